/**
 * Contradictions as printed and serialised: {@link ContradictionView} (what
 * `stancelog contradictions --json` writes) and {@link contradictionList},
 * the sorted and filtered list of them. Their sides, named as the registry
 * names them, are `contradiction-sides.ts`'s.
 *
 * @since 0.1.0
 */
import { allContradictions } from './contradictions.js';
import type { ContradictionRecord, ContradictionsState } from './contradictions.js';

/**
 * A contradiction as printed and serialised (`stancelog contradictions --json`).
 * @example
 * import { analysis, contradictionList, openMemoryStore, readAll, replay, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11', source: { quote: 'a 30-day ceasefire, now' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'a truce would only let Kyiv rearm' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-03-30', source: { quote: 'we accept a truce' } }),
 * ])
 * const events = await readAll(store)
 * // Russia's change of mind ends the incompatibility (its statement is the evidence) and is itself a reversal.
 * assert.deepStrictEqual(contradictionList(replay(analysis(), events)).map((c) => [c.type, c.since, c.until, c.resolvedBy, c.status]),
 *   [['incompatible', '2025-03-13', '2025-03-30', events[2]!.id, 'resolved'], ['reversal', '2025-03-30', null, null, 'open']])
 * @category contradictions
 * @since 0.1.0
 */
export interface ContradictionView {
  /** Unique in the analysis; a contradiction resolved and then opened again has a new one. */
  readonly id: string;
  /**
   * The rule that found it: a built-in one (`incompatible`,
   * `circular-precondition`, `reversal`, `conflicting-reports`,
   * `self-contradiction`: `defaultRules().map((r) => r.type)`) or a rule of
   * your own (`ContradictionRule.type`). A string, as rules of your own add
   * types: a `switch` on it needs a `default`.
   */
  readonly type: string;
  /** The issues it concerns (a cycle: every issue on it). */
  readonly issues: ReadonlyArray<string>;
  /** The holders it concerns (the one holder, for `reversal`, `conflicting-reports` and `self-contradiction`). */
  readonly actors: ReadonlyArray<string>;
  /** When it began, as the statement that opened it was dated (`2025-05-16`, `2025-W33`, `2025-05`, or the recorded day when undated). */
  readonly since: string;
  /** When it was resolved, dated the same way; `null` while open. */
  readonly until: string | null;
  /**
   * The id of the statement (event) that ended it: the evidence for
   * `until`, as `statements` are for `since`. `null` while open, and when no
   * single statement ended it (a change of the issue hierarchy breaking a
   * cycle; a rule of your own that names none).
   */
  readonly resolvedBy: string | null;
  readonly status: 'open' | 'resolved';
  /** The ids of the events (statements) that cause it: {@link statementOf} finds their quotes and sources, kept by {@link statements}. */
  readonly statements: ReadonlyArray<string>;
  /**
   * One line saying what clashes, for people, naming actors and issues by
   * id (`russia red-line ceasefire (-) against ukraine demand ceasefire
   * (+)`). Not to be parsed: `contradictionSides(state, view)` gives the same
   * structured, each actor and issue with the name the registry gives it.
   */
  readonly summary: string;
}

/**
 * Which contradictions to list.
 * @example
 * import { analysis, contradictionList, openMemoryStore, readAll, replay, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11', source: { quote: 'a 30-day ceasefire, now' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'a truce would only let Kyiv rearm' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-03-30', source: { quote: 'we accept a truce' } }),
 * ])
 * const state = replay(analysis(), await readAll(store))
 * assert.deepStrictEqual(contradictionList(state, { status: 'open' }).map((c) => c.type), ['reversal'])
 * assert.deepStrictEqual(contradictionList(state, { actor: 'ukraine' }).map((c) => c.type), ['incompatible'])
 * @category contradictions
 * @since 0.1.0
 */
export interface ContradictionFilter {
  /**
   * Only this type. Any string, as rules of your own add types: one that no
   * rule has (a typo) matches nothing. {@link contradictionTypes} lists the
   * types an analysis can find, to check a user's choice against.
   */
  readonly type?: string | undefined;
  readonly status?: 'open' | 'resolved' | undefined;
  readonly actor?: string | undefined;
  readonly issue?: string | undefined;
}

/**
 * Renders one contradiction for output.
 *
 * A frozen record (one of a state `follow` gives, `step` or `stepAll`
 * returns, or a fold made with `freeze: true`) never changes, and has one
 * view: asked again, for this state or a later one that shares the record,
 * this returns the same view object (frozen too), so a UI that memoises a
 * row on its view draws it again only when the contradiction changed. A
 * live state shares with the one before it what its events left unchanged:
 * each issue's contradictions (`state.contradictions.byIssue.get(issue)`)
 * when nothing touched that issue, and on an issue touched, the records no
 * rule changed (see {@link positionView} for the rest). A withdrawal makes
 * `follow` project again: every view after it is new. A record of a state
 * still being replayed (`replay`, `project`: not frozen) changes in place
 * (resolved, its actors grown), so its view is made anew at each call.
 *
 * @example
 * import { contradictionView } from '@stancelog/core'
 * const v = contradictionView({ id: 'x', type: 'reversal', key: 'k', issues: ['i'], actors: ['a'], since: 0, sinceLabel: '2025-01-01', until: undefined, untilLabel: undefined, statements: [], summary: 's' })
 * assert.strictEqual(v.status, 'open')
 * @example
 * import { analysis, allContradictions, contradictionView, openMemoryStore, readAll, replay, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11', source: { quote: 'a 30-day ceasefire, now' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'a truce would only let Kyiv rearm' } }),
 * ])
 * const events = await readAll(store)
 * // A frozen state: its record has one view, whoever asks.
 * const [frozen] = allContradictions(replay(analysis(), events, { freeze: true }).contradictions)
 * assert.strictEqual(contradictionView(frozen!), contradictionView(frozen!))
 * // A replay's own state may still change: each call renders it anew.
 * const [mutable] = allContradictions(replay(analysis(), events).contradictions)
 * assert.notStrictEqual(contradictionView(mutable!), contradictionView(mutable!))
 * @category contradictions
 * @since 0.1.0
 */
export function contradictionView(record: ContradictionRecord): ContradictionView {
  // Only a frozen record is known never to change (its lists too: a replay may add to them in place).
  if (!Object.isFrozen(record) || !Object.isFrozen(record.actors) || !Object.isFrozen(record.statements)) return renderContradiction(record);
  let view = frozenViews.get(record);
  if (view === undefined) frozenViews.set(record, (view = Object.freeze(renderContradiction(record))));
  return view;
}

// The views of frozen records, each kept while its record is.
const frozenViews = new WeakMap<ContradictionRecord, ContradictionView>();

function renderContradiction(record: ContradictionRecord): ContradictionView {
  return {
    id: record.id,
    type: record.type,
    issues: record.issues,
    actors: record.actors,
    since: record.sinceLabel,
    until: record.untilLabel ?? null,
    resolvedBy: record.untilLabel === undefined ? null : (record.resolvedBy ?? null),
    status: record.untilLabel === undefined ? 'open' : 'resolved',
    statements: record.statements,
    summary: record.summary,
  };
}

/**
 * The contradictions, oldest first, optionally filtered. A query, not a
 * check: a filter naming a type, actor or issue that nothing has lists
 * nothing (see {@link contradictionTypes} to refuse an unknown type). A
 * new list at each call; of a frozen state (a live one), its views are
 * those of {@link contradictionView}: the same objects for the records a
 * later state shares.
 *
 * @example
 * import { contradictionList, emptyContradictions } from '@stancelog/core'
 * assert.deepStrictEqual(contradictionList(emptyContradictions()), [])
 * @category contradictions
 * @since 0.1.0
 */
export function contradictionList(
  state: ContradictionsState | { contradictions: ContradictionsState },
  filter: ContradictionFilter = {},
): ContradictionView[] {
  const ledger = 'contradictions' in state ? state.contradictions : state;
  const out: ContradictionRecord[] = [];
  for (const r of allContradictions(ledger)) {
    if (filter.type !== undefined && r.type !== filter.type) continue;
    if (filter.status !== undefined && (r.untilLabel === undefined ? 'open' : 'resolved') !== filter.status) continue;
    if (filter.actor !== undefined && !r.actors.includes(filter.actor)) continue;
    if (filter.issue !== undefined && !r.issues.includes(filter.issue)) continue;
    out.push(r);
  }
  out.sort((a, b) => a.since - b.since || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return out.map(contradictionView);
}
