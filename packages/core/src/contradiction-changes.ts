/**
 * How the contradictions changed between two states of a log: what a live
 * reader shows when `follow` hands it a new state.
 *
 * @since 0.1.0
 */
import type { ContradictionView } from './contradiction-view.js';

/**
 * How the contradictions changed between two lists of them: those found
 * anew, those resolved since, those open again, and those no longer found
 * (a withdrawal took back a statement they rested on, or a statement read
 * late changed a holder's past).
 * @example
 * import type { ContradictionChanges } from '@stancelog/core'
 * const none: ContradictionChanges = { opened: [], resolved: [], reopened: [], gone: [] }
 * assert.strictEqual(none.opened.length, 0)
 * @category contradictions
 * @since 0.1.0
 */
export interface ContradictionChanges {
  /** Found anew, and open. */
  readonly opened: ReadonlyArray<ContradictionView>;
  /** Open before and resolved since, or found anew already resolved (opened and resolved between the two lists, or read late in the past). */
  readonly resolved: ReadonlyArray<ContradictionView>;
  /** Resolved before, open again (a later statement, or the withdrawal of the one that resolved it). */
  readonly reopened: ReadonlyArray<ContradictionView>;
  /** In the first list, no longer in the second (a withdrawal took back a statement it rested on, or a statement read late changed a holder's past). */
  readonly gone: ReadonlyArray<ContradictionView>;
}

/**
 * The changes from `before` to `after` (two `contradictionList`s, of the
 * states `follow` gave one after the other, say). A contradiction is the
 * same in both when its id, less a record number (`#2`), and its start
 * are: a turn read late in a holder's past numbers the holder's later
 * reversals anew, and each is still the turn it was.
 * @example
 * import { contradictionChanges, contradictionList, follow, openMemoryStore, analysis, statementMade } from '@stancelog/core'
 * import type { ContradictionView } from '@stancelog/core'
 * const store = openMemoryStore()
 * let shown: ReadonlyArray<ContradictionView> = []
 * const said: string[] = []
 * const live = follow(store, analysis(), {
 *   onChange: (state) => {
 *     const now = contradictionList(state)
 *     const { opened, resolved } = contradictionChanges(shown, now)
 *     for (const c of opened) said.push(`opened ${c.type} on ${c.issues.join(', ')}`)
 *     for (const c of resolved) said.push(`resolved ${c.type} on ${c.issues.join(', ')}`)
 *     shown = now
 *   },
 * })
 * await live.ready
 * await store.append([
 *   statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11', source: { quote: 'a full ceasefire now' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'no truce' } }),
 * ])
 * await new Promise((resolve) => setTimeout(resolve, 10))
 * await live.stop()
 * assert.deepStrictEqual(said, ['opened incompatible on ceasefire'])
 * @example
 * import { contradictionChanges } from '@stancelog/core'
 * const c = (id: string, status: 'open' | 'resolved', since = '2025-05-01') => ({ id, status, since }) as any
 * const changes = contradictionChanges([c('a', 'open'), c('b', 'open'), c('r', 'resolved')], [c('a', 'resolved'), c('x', 'open'), c('r', 'open')])
 * assert.deepStrictEqual([changes.opened, changes.resolved, changes.reopened, changes.gone].map((list) => list.map((v) => v.id)), [['x'], ['a'], ['r'], ['b']])
 * // A turn of 9 March read late: the open turn of the 13th becomes record #3, and is unchanged.
 * const late = contradictionChanges([c('reversal:city:subsidy', 'open', '2026-03-13')], [c('reversal:city:subsidy', 'resolved', '2026-03-09'), c('reversal:city:subsidy#2', 'resolved', '2026-03-10'), c('reversal:city:subsidy#3', 'open', '2026-03-13')])
 * assert.deepStrictEqual([late.opened, late.resolved, late.reopened, late.gone].map((list) => list.map((v) => v.id)), [[], ['reversal:city:subsidy', 'reversal:city:subsidy#2'], [], []])
 * @category contradictions
 * @since 0.1.0
 */
export function contradictionChanges(before: ReadonlyArray<ContradictionView>, after: ReadonlyArray<ContradictionView>): ContradictionChanges {
  const identity = (c: ContradictionView): string => `${c.id.replace(/#\d+$/, '')}\u0000${c.since}`;
  // Several records of one identity (turns on one day) are matched in order.
  const was = new Map<string, ContradictionView[]>();
  for (const c of before) {
    const list = was.get(identity(c));
    if (list) list.push(c);
    else was.set(identity(c), [c]);
  }
  const opened: ContradictionView[] = [];
  const resolved: ContradictionView[] = [];
  const reopened: ContradictionView[] = [];
  for (const c of after) {
    const previous = was.get(identity(c))?.shift();
    if (previous === undefined) (c.status === 'open' ? opened : resolved).push(c);
    else if (previous.status === 'open' && c.status === 'resolved') resolved.push(c);
    else if (previous.status === 'resolved' && c.status === 'open') reopened.push(c);
  }
  const gone = [...was.values()].flat();
  return { opened, resolved, reopened, gone };
}
