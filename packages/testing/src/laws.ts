/**
 * Reducer laws, checked with fast-check on generated logs:
 * - `determinism`: two replays of the same events give equal states;
 * - `no-mutation`: a live update (`step`) leaves its input state, and the
 *   event, unchanged;
 * - `live-equals-replay`: live updates (`step` one by one, `stepAll` in two
 *   batches) give the state a replay gives;
 * - `snapshot-plus-tail`: a snapshot (encoded by the reducer's own
 *   `snapshot` codec when it has one, copied as `memorySnapshots` copies it,
 *   with `structuredClone`, and decoded) plus a replay of the tail gives the
 *   full replay;
 * - `wall-clock`: the state does not depend on the time the replay runs;
 * - `equal-time-order` (opt-in): events with equal timestamps may arrive in
 *   any order.
 *
 * A broken law throws a {@link LawViolation} whose message holds the shrunk
 * counter-example as a spec ready to paste into a test file.
 *
 * @since 0.1.0
 */
import fc from 'fast-check';
import { replay, step, stepAll, validTimeOf } from '@stancelog/core';
import type { NewEvent, Reducer, StoredEvent } from '@stancelog/core';
import { arbEvents } from './arbitraries.js';
import { eventsCode, specCode } from './event-code.js';
import { withFakeClock } from './fake-clock.js';
import { SpecAssertionError } from './spec-assertion-error.js';
import { canonical, deepCopy, structuralDiff } from './structural-diff.js';
import { stored } from './stored-log.js';

/**
 * The laws {@link checkReducerLaws} knows.
 *
 * @example
 * import { checkReducerLaws, LawViolation } from '@stancelog/testing'
 * import type { LawName } from '@stancelog/testing'
 * import { reducer } from '@stancelog/core'
 * // A reducer that reads the clock breaks "wall-clock".
 * const stamped = reducer({ name: 'stamped', version: '1', initial: () => ({ year: 0 }), recipe: (s) => { s.year = new Date().getUTCFullYear() } })
 * const laws: LawName[] = ['wall-clock']
 * assert.throws(() => checkReducerLaws(stamped, { laws }), (e: unknown) => e instanceof LawViolation && e.law === 'wall-clock')
 * @category laws
 * @since 0.1.0
 */
export type LawName = 'determinism' | 'no-mutation' | 'live-equals-replay' | 'snapshot-plus-tail' | 'wall-clock' | 'equal-time-order';

/**
 * The laws checked by default (`equal-time-order` only when declared).
 *
 * @example
 * import { checkReducerLaws, DEFAULT_LAWS } from '@stancelog/testing'
 * import { reducer } from '@stancelog/core'
 * // A count does not depend on the order of events: declared, `equal-time-order` is checked too.
 * const count = reducer({ name: 'statement-count', version: '1', initial: () => ({ n: 0 }), recipe: (s, e) => { if (e.type === 'statement-made') s.n++ } })
 * const report = checkReducerLaws(count, { orderIndependentAtEqualTime: true, numRuns: 20 })
 * assert.deepStrictEqual(report.laws.map((l) => l.law), [...DEFAULT_LAWS, 'equal-time-order'])
 * @category laws
 * @since 0.1.0
 */
export const DEFAULT_LAWS: ReadonlyArray<LawName> = ['determinism', 'no-mutation', 'live-equals-replay', 'snapshot-plus-tail', 'wall-clock'];

/**
 * Options of {@link checkReducerLaws}.
 *
 * @example
 * import { arbEvents, checkReducerLaws } from '@stancelog/testing'
 * import type { LawOptions } from '@stancelog/testing'
 * import { positionList, positions } from '@stancelog/core'
 * import type { PositionsState } from '@stancelog/core'
 * // Logs of statements only, states compared through the positions users see.
 * const options: LawOptions<PositionsState> = { events: arbEvents({ registry: false }), view: (s) => positionList(s), numRuns: 20 }
 * assert.ok(checkReducerLaws(positions(), options).laws.every((l) => l.runs === 20))
 * @category laws
 * @since 0.1.0
 */
export interface LawOptions<S> {
  /** The logs to try (default {@link arbEvents}`()`). */
  readonly events?: fc.Arbitrary<ReadonlyArray<NewEvent>> | undefined;
  /** Runs per law (default 100). */
  readonly numRuns?: number | undefined;
  /** Replay a failure: the seed (and path) a violation reports. */
  readonly seed?: number | undefined;
  readonly path?: string | undefined;
  /** Which laws (default {@link DEFAULT_LAWS}, plus `equal-time-order` when declared). */
  readonly laws?: ReadonlyArray<LawName> | undefined;
  /** The reducer declares that events with equal timestamps commute: adds `equal-time-order`. */
  readonly orderIndependentAtEqualTime?: boolean | undefined;
  /** Compare this view of the state instead of the whole state. */
  readonly view?: ((state: S) => unknown) | undefined;
  /** How a snapshot is copied (default: encoded by the reducer's `snapshot` codec if it has one, copied with `structuredClone` as `memorySnapshots` does, decoded). */
  readonly snapshot?: ((state: S) => S) | undefined;
  /** How the reducer is written in printed specs (default from its name: `concession-tracker` -> `concessionTracker`). */
  readonly name?: string | undefined;
  /** Two wall-clock times to replay under (default 2001-01-01 and 2038-01-19). */
  readonly clocks?: readonly [string, string] | undefined;
}

/**
 * What {@link checkReducerLaws} checked.
 *
 * @example
 * import { checkReducerLaws } from '@stancelog/testing'
 * import type { LawReport } from '@stancelog/testing'
 * import { reducer } from '@stancelog/core'
 * const last = reducer({ name: 'last-position', version: '1', initial: () => ({ position: 0 }), recipe: (s, e) => { s.position = e.position } })
 * // The reducer as printed specs name it, and the runs of each law.
 * const report: LawReport = checkReducerLaws(last, { numRuns: 10 })
 * assert.strictEqual(report.reducer, 'lastPosition')
 * @category laws
 * @since 0.1.0
 */
export interface LawReport {
  readonly reducer: string;
  readonly laws: ReadonlyArray<{ readonly law: LawName; readonly runs: number }>;
}

/**
 * A broken law: which one, the shrunk counter-example as a spec to paste,
 * and the seed and path that replay it.
 *
 * @example
 * import { LawViolation } from '@stancelog/testing'
 * const v = new LawViolation('determinism', 'r', ['two replays differ'], 'ReducerSpec.for(r)', 1, '0')
 * assert.strictEqual(v.law, 'determinism')
 * @category laws
 * @since 0.1.0
 */
export class LawViolation extends SpecAssertionError {
  override readonly name = 'LawViolation';
  constructor(
    readonly law: LawName,
    reducer: string,
    differences: ReadonlyArray<string>,
    readonly counterExample: string,
    readonly seed: number,
    readonly path: string,
    headline = `${reducer} breaks the law "${law}"`,
  ) {
    super(`${headline}:`, differences, `Shrunk counter-example (replay it with { seed: ${seed}, path: '${path}' }), ready to paste:\n\n${counterExample}\n`);
  }
}

/** What a law's predicate throws: the differences, and the spec to print. */
class Broken extends Error {
  constructor(
    readonly headline: string,
    readonly differences: ReadonlyArray<string>,
    readonly example: string,
  ) {
    super(headline);
  }
}

function camel(name: string): string {
  return name.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

interface LawInput {
  readonly events: ReadonlyArray<NewEvent>;
  readonly cut: number;
  readonly keys: ReadonlyArray<number>;
}

/** Events in their slots, those of equal valid time reordered by `keys`. */
function reorderAtEqualTime(log: ReadonlyArray<StoredEvent>, keys: ReadonlyArray<number>): StoredEvent[] {
  const groups = new Map<number, number[]>();
  log.forEach((e, i) => {
    const t = validTimeOf(e);
    const g = groups.get(t);
    if (g) g.push(i);
    else groups.set(t, [i]);
  });
  const out = [...log];
  for (const slots of groups.values()) {
    const members = [...slots].sort((a, b) => (keys[a] ?? a) - (keys[b] ?? b) || a - b);
    slots.forEach((slot, k) => (out[slot] = log[members[k]!]!));
  }
  return out;
}

/**
 * Checks a reducer's laws on generated logs and throws a
 * {@link LawViolation} for the first law broken, with the shrunk
 * counter-example printed as a `ReducerSpec` to paste. Returns what was
 * checked. Synchronous, so it runs under any test runner.
 *
 * @example
 * import { checkReducerLaws } from '@stancelog/testing'
 * import { positions } from '@stancelog/core'
 * const report = checkReducerLaws(positions(), { numRuns: 5 })
 * assert.strictEqual(report.laws.length, 5)
 * @category laws
 * @since 0.1.0
 */
export function checkReducerLaws<S>(reducer: Reducer<S>, options: LawOptions<S> = {}): LawReport {
  const name = options.name ?? camel(reducer.name);
  const view = options.view ?? ((s: S) => s);
  const codec = reducer.snapshot;
  const copy = options.snapshot ?? (codec ? (s: S) => codec.decode(structuredClone(codec.encode(s))) : (s: S) => structuredClone(s));
  const numRuns = options.numRuns ?? 100;
  const clocks = options.clocks ?? ['2001-01-01T00:00:00Z', '2038-01-19T03:14:07Z'];
  const laws = options.laws ?? [...DEFAULT_LAWS, ...(options.orderIndependentAtEqualTime ? (['equal-time-order'] as const) : [])];
  const events = options.events ?? arbEvents();
  const input: fc.Arbitrary<LawInput> = fc.record({
    events: events as fc.Arbitrary<ReadonlyArray<NewEvent>>,
    cut: fc.nat(),
    keys: fc.array(fc.nat(99), { maxLength: 30 }),
  });

  const compare = (expected: S, actual: S, root: string): string[] => structuralDiff(view(expected), view(actual), { root });
  const full = (log: ReadonlyArray<StoredEvent>, given: ReadonlyArray<NewEvent>, law: string): S => {
    try {
      return replay(reducer, log);
    } catch (error) {
      throw new Broken(`the recipe throws on a valid log (while checking "${law}")`, [messageOf(error)], specCode(name, given));
    }
  };

  const predicates: Record<LawName, (i: LawInput) => void> = {
    determinism: ({ events: given }) => {
      const log = stored(given);
      const a = full(log, given, 'determinism');
      const b = full(log, given, 'determinism');
      const d = compare(a, b, 'second');
      if (d.length) throw new Broken('two replays of the same events give different states (first = expected)', d, specCode(name, given));
    },
    'no-mutation': ({ events: given, cut }) => {
      const log = stored(given);
      if (log.length === 0) return;
      const k = cut % log.length;
      let state = full(log.slice(0, k), given, 'no-mutation');
      const live = step(reducer);
      for (let i = k; i < log.length; i++) {
        const before = canonical(state);
        const eventBefore = canonical(log[i]);
        const snapshot = deepCopy(state);
        const next = live(state, log[i]!);
        const example = specCode(name, given.slice(0, i), [given[i]!]);
        if (canonical(log[i]) !== eventBefore) throw new Broken(`step changed the event it was given (event ${i + 1})`, [], example);
        if (canonical(state) !== before) {
          throw new Broken(`step changed its input state (on event ${i + 1}; expected = the state before)`, structuralDiff(snapshot, state, { root: 'input' }), example);
        }
        state = next;
      }
    },
    'live-equals-replay': ({ events: given, cut }) => {
      const log = stored(given);
      const replayed = full(log, given, 'live-equals-replay');
      const live = step(reducer);
      let one: S = reducer.initial();
      log.forEach((e) => (one = live(one, e)));
      let d = compare(replayed, one, 'live');
      if (d.length) throw new Broken('step, event by event, disagrees with replay (expected = replay)', d, specCode(name, given));
      const k = log.length === 0 ? 0 : cut % (log.length + 1);
      const batches = stepAll(reducer);
      const two = batches(batches(reducer.initial(), log.slice(0, k)), log.slice(k));
      d = compare(replayed, two, 'live');
      if (d.length) throw new Broken(`stepAll in two batches (split after event ${k}) disagrees with replay (expected = replay)`, d, specCode(name, given.slice(0, k), given.slice(k)));
    },
    'snapshot-plus-tail': ({ events: given, cut }) => {
      const log = stored(given);
      const replayed = full(log, given, 'snapshot-plus-tail');
      const k = log.length === 0 ? 0 : cut % (log.length + 1);
      let restored: S;
      try {
        const snapshot = copy(replay(reducer, log.slice(0, k)));
        restored = replay(reducer, log.slice(k), { from: snapshot });
      } catch (error) {
        throw new Broken(`a snapshot after event ${k} cannot be taken or replayed from`, [messageOf(error)], specCode(name, given));
      }
      const d = compare(replayed, restored, 'restored');
      if (d.length) {
        throw new Broken(
          `a snapshot after event ${k} plus the tail gives another state than a full replay (expected = full replay)`,
          d,
          `// snapshot after the first ${k} event(s)\n${specCode(name, given)}`,
        );
      }
    },
    'wall-clock': ({ events: given }) => {
      const log = stored(given);
      const a = withFakeClock(clocks[0], () => full(log, given, 'wall-clock'));
      const b = withFakeClock(clocks[1], () => full(log, given, 'wall-clock'));
      const d = compare(a, b, 'later');
      if (d.length) throw new Broken(`replays at ${clocks[0]} and at ${clocks[1]} give different states (expected = the earlier)`, d, specCode(name, given));
    },
    'equal-time-order': ({ events: given, keys }) => {
      const log = stored(given);
      const reordered = reorderAtEqualTime(log, keys);
      if (reordered.every((e, i) => e === log[i])) return;
      const a = full(log, given, 'equal-time-order');
      const b = full(reordered, given, 'equal-time-order');
      const d = compare(a, b, 'reordered');
      if (d.length) {
        const byId = new Map(log.map((e, i) => [e, given[i]!]));
        throw new Broken(
          'events with equal timestamps, in another order, give another state (expected = log order)',
          d,
          `${specCode(name, given, [], '.then(/* the state you expect */)')}\n\n// the same events in the order that differs (envelopes kept: ids and positions travel with the events):\n// ${eventsCode(reordered.map((e) => byId.get(e)!), '').split('\n').join('\n// ')}\n// positions in that order: ${reordered.map((e) => e.position).join(', ')}`,
        );
      }
    },
  };

  const report: { law: LawName; runs: number }[] = [];
  for (const law of laws) {
    const details = fc.check(
      fc.property(input, (i) => {
        predicates[law](i);
      }),
      { numRuns, ...(options.seed !== undefined ? { seed: options.seed } : {}), ...(options.path !== undefined ? { path: options.path } : {}) },
    );
    if (details.failed) {
      const error = details.errorInstance;
      if (error instanceof Broken) {
        throw new LawViolation(law, name, error.differences, error.example, details.seed, details.counterexamplePath ?? '', `${name} breaks the law "${law}" after ${details.numRuns} run(s) and ${details.numShrinks} shrink(s): ${error.headline}`);
      }
      const example = details.counterexample ? specCode(name, details.counterexample[0].events) : '(none)';
      throw new LawViolation(law, name, [messageOf(error)], example, details.seed, details.counterexamplePath ?? '');
    }
    report.push({ law, runs: details.numRuns });
  }
  return { reducer: name, laws: report };
}
