/**
 * Jest matchers for stancelog states and logs, registered by importing
 * `@stancelog/testing/jest` (in a test file, or in jest's
 * `setupFilesAfterEnv`):
 * - `expect(stateOrEvents).toHavePosition(holder, issue, polarity)`;
 * - `expect(stateOrEvents).toHaveContradiction({ type, actors, issues })`.
 *
 * A list of events is replayed through `analysis()` first, with the default
 * rules: for a rule of your own, replay the events with it and pass the
 * state (`toHaveContradiction` of a type the default rules lack, on a list
 * of events, is an error rather than a test that cannot fail). Both
 * matchers support `.not`.
 *
 * @module @stancelog/testing/jest
 * @since 0.1.0
 */
import { expect } from '@jest/globals';
import type { SyncExpectationResult } from 'expect';
import { analysis, contradictionTypes, defaultRules, replay, withoutWithdrawn } from '@stancelog/core';
import type { AnalysisState, Polarity } from '@stancelog/core';
import { holdsContradictions, holdsPositions, contradictionLabel, contradictionMatches, contradictionViewDiff, contradictionsOf, positionDiff, positionLabel, positionsOf } from './expectations.js';
import type { ExpectedContradiction, ExpectedPosition, WithContradictions, WithPositions } from './expectations.js';
import { stored } from './stored-log.js';
import { shapeOf } from './value-shape.js';
import type { TestEvent } from './stored-log.js';

/**
 * What a position matcher expects besides holder and issue: a polarity, or
 * several fields.
 *
 * @example
 * import { expect } from '@jest/globals'
 * import { statement } from '@stancelog/testing'
 * import type { PositionMatch } from '@stancelog/testing/jest'
 * import '@stancelog/testing/jest'
 * const events = [statement({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11' })]
 * const polarity: PositionMatch = '+'
 * const fields: PositionMatch = { kind: 'demand', since: '2025-03-11' }
 * expect(events).toHavePosition('ukraine', 'ceasefire', polarity)
 * expect(events).toHavePosition('ukraine', 'ceasefire', fields)
 * expect(events).not.toHavePosition('ukraine', 'ceasefire', '-')
 * @category jest
 * @since 0.1.0
 */
export type PositionMatch = Polarity | Omit<ExpectedPosition, 'holder' | 'issue'>;

/**
 * What the matchers accept: a state with positions and/or contradictions,
 * or events to replay through `analysis()`.
 *
 * @example
 * import { expect } from '@jest/globals'
 * import { analysis, replay } from '@stancelog/core'
 * import { statement, stored } from '@stancelog/testing'
 * import type { Analysable } from '@stancelog/testing/jest'
 * import '@stancelog/testing/jest'
 * const events = [
 *   statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' }),
 *   statement({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+' }),
 * ]
 * // The events themselves, or the state a replay of them gives: the same assertion holds.
 * const subjects: Analysable[] = [events, replay(analysis(), stored(events))]
 * for (const subject of subjects) expect(subject).toHaveContradiction({ type: 'incompatible', actors: ['russia', 'ukraine'], issues: ['ceasefire'] })
 * @category jest
 * @since 0.1.0
 */
export type Analysable = WithPositions | WithContradictions | ReadonlyArray<TestEvent>;

// Also for `import { expect } from '@jest/globals'`, whose matchers are those of the `expect` package.
declare module 'expect' {
  // Type parameters must match the expect package's declaration of Matchers.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface Matchers<R extends void | Promise<void>, T = unknown> {
    /** The holder's current stance on the issue is `polarity` (or matches the fields given). */
    toHavePosition(holder: string, issue: string, expected?: PositionMatch): R;
    /** Some contradiction matches (type, and the actors, issues, status... given; actors and issues in any order). */
    toHaveContradiction(expected: ExpectedContradiction): R;
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    // Type parameters must match @types/jest's declaration of Matchers.
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    interface Matchers<R, T = {}> {
      /** The holder's current stance on the issue is `polarity` (or matches the fields given). */
      toHavePosition(holder: string, issue: string, expected?: PositionMatch): R;
      /** Some contradiction matches (type, and the actors, issues, status... given; actors and issues in any order). */
      toHaveContradiction(expected: ExpectedContradiction): R;
    }
  }
}

const DEFAULT_TYPES: ReadonlyArray<string> = defaultRules().map((r) => r.type);

/** Whether a state is an analysis's, with the state of each rule it ran (a ledger alone says nothing of the rules). */
function ranRules(state: unknown): state is AnalysisState {
  return typeof state === 'object' && state !== null && (state as { rules?: unknown }).rules instanceof Map && 'positions' in state && 'contradictions' in state;
}

function analysed(received: unknown): unknown {
  return Array.isArray(received) ? replay(analysis(), withoutWithdrawn(stored(received as ReadonlyArray<TestEvent>))) : received;
}

/**
 * The matchers, for `expect.extend` in a runner with jest's `expect` API
 * (importing `@stancelog/testing/jest` registers them with jest's).
 *
 * @example
 * import { statement } from '@stancelog/testing'
 * import { stancelogMatchers } from '@stancelog/testing/jest'
 * const events = [statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })]
 * assert.strictEqual(stancelogMatchers.toHavePosition(events, 'russia', 'ceasefire', '-').pass, true)
 * const wrong = stancelogMatchers.toHavePosition(events, 'russia', 'ceasefire', '+')
 * assert.strictEqual(wrong.pass, false)
 * assert.match(wrong.message(), /^expected russia × ceasefire to be '\+'/)
 * @category jest
 * @since 0.1.0
 */
export const stancelogMatchers = {
  /** `toHavePosition`: the position of `holder` on `issue` in the state (or the replayed events) matches `expected`. */
  toHavePosition(received: unknown, holder: string, issue: string, expected?: PositionMatch): SyncExpectationResult {
    const state = analysed(received);
    const label = positionLabel({ holder, issue });
    if (!holdsPositions(state)) {
      return { pass: false, message: () => `expected a state with positions (the positions reducer's, or one with a \`positions\` part) or a list of events, got ${shapeOf(state)}` };
    }
    const want: ExpectedPosition = typeof expected === 'string' ? { holder, issue, polarity: expected } : { holder, issue, ...(expected ?? {}) };
    const diffs = positionDiff([want], state, { exhaustive: false });
    const actual = positionsOf(state).find((p) => p.holder === holder && p.issue === issue);
    const now = actual ? `${actual.polarity} ${actual.kind} since ${actual.since}` : 'no position';
    return {
      pass: diffs.length === 0,
      message: () =>
        diffs.length === 0
          ? `expected ${label} not to be ${typeof expected === 'string' ? `'${expected}'` : 'as given'}, but it is (${now})`
          : `expected ${label} ${expected === undefined ? 'to exist' : typeof expected === 'string' ? `to be '${expected}'` : 'to match'}:\n  ${diffs.join('\n  ')}`,
    };
  },
  /** `toHaveContradiction`: some contradiction in the state (or the replayed events) matches `expected`. */
  toHaveContradiction(received: unknown, expected: ExpectedContradiction): SyncExpectationResult {
    // A rule the default analysis lacks never runs on a list of events: `.not` would always pass, the positive form always fail for no visible reason.
    if (Array.isArray(received) && !DEFAULT_TYPES.includes(expected.type)) {
      throw new Error(
        `toHaveContradiction: a list of events is replayed with the default analysis(), which has no rule of type '${expected.type}' (its types: ${DEFAULT_TYPES.join(', ')}); replay the events with your rules, e.g. replay(analysis({ extraRules: [...] }), stored(events)), and pass the state`,
      );
    }
    const state = analysed(received);
    if (!holdsContradictions(state)) {
      return { pass: false, message: () => `expected a state with contradictions (a ledger, or one with a \`contradictions\` part) or a list of events, got ${shapeOf(state)}` };
    }
    // So with an analysis's state, which knows the rules it ran: a type none of them has (a typo) would pass `.not` always.
    const types = ranRules(state) ? contradictionTypes(state) : undefined;
    if (types && !types.includes(expected.type)) {
      throw new Error(
        `toHaveContradiction: the analysis ran no rule of type '${expected.type}' (${types.length ? `its types: ${types.join(', ')}` : 'it ran no rules'}); check the type's spelling, or replay with the rule that finds it (analysis({ extraRules: [...] }))`,
      );
    }
    const all = contradictionsOf(state);
    const found = all.find((c) => contradictionMatches(expected, c));
    return {
      pass: found !== undefined,
      message: () =>
        found
          ? `expected no contradiction like ${contradictionLabel(expected)}, but found ${found.id} (${found.summary})`
          : `expected a contradiction like ${contradictionLabel(expected)}:\n  ${contradictionViewDiff([expected], all, { exhaustive: false }, Array.isArray(received) ? (received as ReadonlyArray<TestEvent>) : undefined).join('\n  ')}${all.length ? `\n  the state holds: ${all.map((c) => contradictionLabel(c)).join('; ')}` : '\n  the state holds none'}`,
    };
  },
};

expect.extend(stancelogMatchers);
