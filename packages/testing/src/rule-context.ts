/**
 * A {@link RuleContext} for calling a contradiction rule's hook directly in a
 * test, over an analysis state, as the analysis gives one to its rules.
 *
 * @since 0.1.0
 */
import { analysis, appendContradictions, isContradictionOpen, openContradiction, resolveContradiction, rewindContradiction } from '@stancelog/core';
import type { AnalysisState, ContradictionRecord, ContradictionsState, Moment, OpenSpec, PositionsState, RegistryState, RuleContext } from '@stancelog/core';
import { shapeOf } from './value-shape.js';

/**
 * What a rule context works on: the registry and positions a rule reads,
 * and the ledger it opens and resolves contradictions in.
 *
 * @example
 * import { analysis } from '@stancelog/core'
 * import type { RuleContextState } from '@stancelog/testing'
 * // An analysis state is one (its rules' own states are the rules' business).
 * const state: RuleContextState = analysis().initial()
 * assert.strictEqual(state.contradictions.byIssue.size, 0)
 * @category rules
 * @since 0.1.0
 */
export type RuleContextState = Pick<AnalysisState, 'registry' | 'positions' | 'contradictions'>;

/**
 * A context for a rule's hooks (`onStatement`, `onChange`, `onRegistry`)
 * called directly: it reads and changes `state` (by default a fresh, empty
 * analysis state) as the analysis does, with core's ledger functions. Use
 * it rather than a context written by hand: {@link RuleContext} gains what
 * rules come to need (`rewind` was added after the first rules), and a
 * hand-written one stops compiling; this one keeps up. To specify a rule
 * as a whole, run it in the analysis with {@link ReducerSpec}
 * (`ReducerSpec.for(analysis({ extraRules: [rule] })).given(...).when(...).thenContradictions(...)`):
 * the hooks are then called as a replay calls them.
 *
 * @example
 * import { analysis, contradictionList, getPosition, momentOf, replay } from '@stancelog/core'
 * import type { ContradictionRule } from '@stancelog/core'
 * import { ruleContext, statement, stored } from '@stancelog/testing'
 * const threatening: ContradictionRule = { type: 'threatening', version: '1', initial: () => undefined,
 *   onStatement: (ctx, _state, entry, p) => { if (entry.kind === 'threat') ctx.open({ type: 'threatening', key: p.key, issues: [p.issue], actors: [p.holder], since: momentOf(entry), statements: [entry.id], summary: `${p.holder} threatens on ${p.issue}` }) } }
 * // The positions the hook is to see, from a replay without the rule.
 * const state = replay(analysis({ rules: [] }), stored([statement({ holder: 'russia', issue: 'black-sea-shipping', kind: 'threat', polarity: '-' })]))
 * const position = getPosition(state.positions, 'russia', 'black-sea-shipping')!
 * const ctx = ruleContext(state)
 * threatening.onStatement!(ctx, undefined, position.current, position, undefined)
 * assert.deepStrictEqual(contradictionList(ctx).map((c) => [c.type, c.status, c.since]), [['threatening', 'open', '2025-01-01']])
 * assert.ok(ctx.isOpen('threatening', 'black-sea-shipping', position.key))
 * @category rules
 * @since 0.1.0
 */
export function ruleContext(state: RuleContextState = analysis().initial()): RuleContext {
  // From JavaScript, a positions() state (the positions a hook is to see, as one may read the docs) failed only
  // at the hook's first read, as 'Cannot read properties of undefined (reading 'byIssue')'.
  const parts = ['registry', 'positions', 'contradictions'] as const;
  if (typeof state !== 'object' || state === null || parts.some((k) => typeof (state as Partial<RuleContextState>)[k] !== 'object' || (state as Partial<RuleContextState>)[k] === null)) {
    throw new TypeError(
      `ruleContext: takes an analysis state, with its registry, positions and contradictions (replay(analysis({ rules: [] }), stored(events)) for the positions a hook is to see), not ${shapeOf(state)}`,
    );
  }
  return {
    get registry(): RegistryState {
      return state.registry;
    },
    get positions(): PositionsState {
      return state.positions;
    },
    get contradictions(): ContradictionsState {
      return state.contradictions;
    },
    open: (spec: OpenSpec) => openContradiction(state.contradictions, spec),
    resolve: (type: string, issue: string, key: string, at: Moment, by?: string) => resolveContradiction(state.contradictions, type, issue, key, at, by),
    isOpen: (type: string, issue: string, key: string) => isContradictionOpen(state.contradictions, type, issue, key),
    rewind: (type: string, issue: string, key: string, keep: number, reopen?: boolean) => rewindContradiction(state.contradictions, type, issue, key, keep, reopen),
    append: (type: string, issue: string, key: string, records: ReadonlyArray<ContradictionRecord>) => appendContradictions(state.contradictions, type, issue, key, records),
  };
}
