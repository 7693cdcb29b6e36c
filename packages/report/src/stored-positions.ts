/**
 * Position views as a report stores them. A position's lists of statements
 * grow by a few ids from one day to the next, so a report keeping each
 * day's list whole grows with the square of the log: a 30,000-statement log
 * made a 156 MB page. Each list is stored once, as the ids it adds to the
 * same list of the position's previous view; the report then grows with the
 * log.
 *
 * @since 0.1.0
 */
import { sameConditions } from '@stancelog/core';
import type { ContradictionView, PositionView, StanceRun } from '@stancelog/core';

/**
 * A list of statement ids: the ids of the list `extends` names (an index
 * into the same table), if any, then `ids`.
 * @example
 * import { idsOf } from './stored-positions.js'
 * import type { ReportIdList } from '@stancelog/report'
 * const lists: ReportIdList[] = [{ ids: ['a', 'b'] }, { extends: 0, ids: ['c'] }]
 * assert.deepStrictEqual(idsOf(lists, 1), ['a', 'b', 'c'])
 * @category report
 * @since 0.1.0
 */
export interface ReportIdList {
  readonly extends?: number | undefined;
  readonly ids: ReadonlyArray<string>;
}

/**
 * A run of a position's history as a report stores it: its statements
 * named by index into {@link ReportData.idLists}.
 * @example
 * import type { ReportStanceRun } from '@stancelog/report'
 * const run: ReportStanceRun = { polarity: '-', kind: 'reject', from: '2025-03-13', statements: 0 }
 * assert.strictEqual(run.statements, 0)
 * @category report
 * @since 0.1.0
 */
export interface ReportStanceRun extends Omit<StanceRun, 'statements'> {
  readonly statements: number;
}

/**
 * A position view as a report stores it: a core `PositionView` whose lists
 * of statements (its evidence and each run's) are indexes into
 * {@link ReportData.idLists}. `frameViews` gives the views back whole.
 * @example
 * import { reportData } from '@stancelog/report'
 * import { openMemoryStore, readAll, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'no truce' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-14', source: { quote: 'still no truce' } }),
 * ])
 * const data = reportData(await readAll(store))
 * // The second day's evidence is the first day's and one more statement.
 * const [first, second] = data.positions
 * assert.deepStrictEqual(data.idLists[second!.statements], { extends: first!.statements, ids: [data.idLists[second!.statements]!.ids[0]] })
 * @category report
 * @since 0.1.0
 */
export interface ReportPosition extends Omit<PositionView, 'statements' | 'history'> {
  readonly statements: number;
  readonly history: ReadonlyArray<ReportStanceRun>;
}

/**
 * The ids of a stored list, whole.
 * @example
 * import { idsOf } from './stored-positions.js'
 * assert.deepStrictEqual(idsOf([{ ids: ['a'] }, { extends: 0, ids: [] }, { extends: 1, ids: ['b', 'c'] }], 2), ['a', 'b', 'c'])
 * @category report
 * @since 0.1.0
 * @internal
 */
export function idsOf(lists: ReadonlyArray<ReportIdList>, list: number): string[] {
  // A loop, not recursion: a position stated on every day of a long report extends its list hundreds of times.
  const parts: Array<ReadonlyArray<string>> = [];
  for (let k: number | undefined = list; k !== undefined; k = lists[k]!.extends) parts.push(lists[k]!.ids);
  const ids: string[] = [];
  for (let i = parts.length - 1; i >= 0; i--) for (const id of parts[i]!) ids.push(id);
  return ids;
}

/**
 * A stored position view, whole again.
 * @example
 * import { positionViewOf } from './stored-positions.js'
 * const data = { idLists: [{ ids: ['a'] }, { extends: 0, ids: ['b'] }], positions: [{ holder: 'russia', issue: 'ceasefire', polarity: '-', kind: 'reject',
 *   conditions: [], since: '2025-03-13', lastStated: '2025-03-14', reported: false, firmKind: null, statements: 1, sources: 1,
 *   history: [{ polarity: '-', kind: 'reject', from: '2025-03-13', statements: 1 }] }] } as const
 * assert.deepStrictEqual(positionViewOf(data, 0).statements, ['a', 'b'])
 * @category report
 * @since 0.1.0
 * @internal
 */
export function positionViewOf(data: { readonly positions: ReadonlyArray<ReportPosition>; readonly idLists: ReadonlyArray<ReportIdList> }, index: number): PositionView {
  const stored = data.positions[index]!;
  return {
    ...stored,
    statements: idsOf(data.idLists, stored.statements),
    history: stored.history.map((run) => ({ ...run, statements: idsOf(data.idLists, run.statements) })),
  };
}

/** Whether `of` begins with the ids of `prefix`. */
function isPrefix(prefix: ReadonlyArray<string>, of: ReadonlyArray<string>): boolean {
  if (of.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (prefix[i] !== of[i]) return false;
  return true;
}

const sameStrings = (a: ReadonlyArray<string>, b: ReadonlyArray<string>): boolean => a.length === b.length && isPrefix(a, b);

/** Whether two views of one position are the same (everything but holder and issue compared). */
function sameView(a: PositionView, b: PositionView): boolean {
  return (
    a.polarity === b.polarity &&
    a.kind === b.kind &&
    a.since === b.since &&
    a.lastStated === b.lastStated &&
    a.reported === b.reported &&
    a.firmKind === b.firmKind &&
    a.sources === b.sources &&
    sameConditions(a.conditions, b.conditions) &&
    sameStrings(a.statements, b.statements) &&
    a.history.length === b.history.length &&
    a.history.every((run, i) => {
      const other = b.history[i]!;
      return run.polarity === other.polarity && run.kind === other.kind && run.from === other.from && sameStrings(run.statements, other.statements);
    })
  );
}

/**
 * Stores the position views of a report's frames: each view once, its
 * lists as what they add to the position's previous view's.
 *
 * @example
 * import { PositionStore } from './stored-positions.js'
 * const store = new PositionStore()
 * const view = (statements: string[]) => ({ holder: 'russia', issue: 'ceasefire', polarity: '-', kind: 'reject', conditions: [], since: '2025-03-13',
 *   lastStated: '2025-03-13', reported: false, firmKind: null, statements, sources: 1, history: [{ polarity: '-', kind: 'reject', from: '2025-03-13', statements }] }) as const
 * // The same view twice is one; a longer one stores only its new id, once for its evidence and its run, which name the same statements.
 * assert.deepStrictEqual([store.indexOf(view(['a'])), store.indexOf(view(['a'])), store.indexOf(view(['a', 'b']))], [0, 0, 1])
 * assert.deepStrictEqual(store.idLists, [{ ids: ['a'] }, { extends: 0, ids: ['b'] }])
 * assert.deepStrictEqual(store.positions[1]?.history[0]?.statements, store.positions[1]?.statements)
 * @category report
 * @since 0.1.0
 * @internal
 */
export class PositionStore {
  readonly positions: ReportPosition[] = [];
  /** Each position's latest view, whole, with its index and its stored form. */
  private readonly latest = new Map<string, { view: PositionView; index: number; stored: ReportPosition }>();

  /** `lists`: the table of id lists, shared with the contradictions' store. */
  constructor(private readonly lists: IdListStore = new IdListStore()) {}

  get idLists(): ReportIdList[] {
    return this.lists.idLists;
  }

  indexOf(shared: PositionView): number {
    const key = `${shared.holder}\u0000${shared.issue}`;
    const before = this.latest.get(key);
    // Days go forward: a position's view is either the one it had last or a new one.
    if (before !== undefined && sameView(before.view, shared)) return before.index;
    // Kept as a copy: a view's conditions are the analysis state's, which the next day's statements may change in place.
    const view: PositionView = { ...shared, conditions: shared.conditions.map((c) => ({ ...c })), statements: [...shared.statements], history: shared.history.map((run) => ({ ...run, statements: [...run.statements] })) };
    // The evidence lists may share their first ids with the previous view's; the runs, run by run.
    const statements = this.lists.list(view.statements, before?.view.statements, before?.stored.statements);
    const history = view.history.map((run, i) => ({
      ...run,
      // Most positions never changed: their one run's statements are their evidence, stored once for both.
      statements: sameStrings(run.statements, view.statements)
        ? statements
        : this.lists.list(run.statements, before?.view.history[i]?.statements, before?.stored.history[i]?.statements),
    }));
    const stored: ReportPosition = { ...view, statements, history };
    const index = this.positions.push(stored) - 1;
    this.latest.set(key, { view, index, stored });
    return index;
  }
}

/**
 * The table of a report's lists of statement ids ({@link ReportData.idLists}),
 * each list stored as what it adds to an earlier one when it begins with it.
 *
 * @example
 * import { IdListStore } from './stored-positions.js'
 * const lists = new IdListStore()
 * const first = lists.list(['a', 'b'], undefined, undefined)
 * // The same list again is the same entry; a longer one adds its new ids; another one is stored whole.
 * assert.deepStrictEqual([lists.list(['a', 'b'], ['a', 'b'], first), lists.list(['a', 'b', 'c'], ['a', 'b'], first), lists.list(['d'], ['a', 'b'], first)], [0, 1, 2])
 * assert.deepStrictEqual(lists.idLists, [{ ids: ['a', 'b'] }, { extends: 0, ids: ['c'] }, { ids: ['d'] }])
 * @category report
 * @since 0.1.0
 * @internal
 */
export class IdListStore {
  readonly idLists: ReportIdList[] = [];

  /** The index of a list of ids: the earlier list itself, what it adds to the earlier list, or the whole list. */
  list(ids: ReadonlyArray<string>, earlier: ReadonlyArray<string> | undefined, earlierIndex: number | undefined): number {
    if (earlier !== undefined && earlierIndex !== undefined && isPrefix(earlier, ids)) {
      if (ids.length === earlier.length) return earlierIndex;
      return this.idLists.push({ extends: earlierIndex, ids: ids.slice(earlier.length) }) - 1;
    }
    return this.idLists.push({ ids: [...ids] }) - 1;
  }
}

/**
 * A contradiction view as a report stores it: a core `ContradictionView`
 * whose statements are an index into {@link ReportData.idLists}, stored as
 * what they add to the contradiction's view of the day before (two holders
 * at odds on an issue gather a statement each time either restates its
 * stance). `frameViews` gives the views back whole.
 * @example
 * import { reportData } from '@stancelog/report'
 * import { openMemoryStore, readAll, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * const said = (holder: string, kind: 'demand' | 'red-line' | 'reject', statedAt: string) =>
 *   statementMade({ holder, issue: 'ceasefire', kind, polarity: kind === 'demand' ? '+' : '-', statedAt, source: { quote: `${holder}, ${statedAt}` } })
 * await store.append([said('ukraine', 'demand', '2025-03-11'), said('russia', 'red-line', '2025-03-13'), said('russia', 'reject', '2025-03-14')])
 * const data = reportData(await readAll(store))
 * // Russia's refusal in other words adds one statement to the clash: the day's view stores that one, extending the day before's list.
 * const [first, second] = data.contradictions
 * assert.deepStrictEqual([first?.id, second?.id], ['incompatible:ceasefire:russia~ukraine', 'incompatible:ceasefire:russia~ukraine'])
 * assert.deepStrictEqual([data.idLists[second!.statements]?.extends, data.idLists[second!.statements]?.ids.length], [first!.statements, 1])
 * @category report
 * @since 0.1.0
 */
export interface ReportContradiction extends Omit<ContradictionView, 'statements'> {
  readonly statements: number;
}

/**
 * A stored contradiction view, whole again.
 * @example
 * import { contradictionViewOf } from './stored-positions.js'
 * const data = { idLists: [{ ids: ['a'] }, { extends: 0, ids: ['b'] }], contradictions: [{ id: 'reversal:ceasefire:russia:1', type: 'reversal', issues: ['ceasefire'],
 *   actors: ['russia'], since: '2025-03-14', until: null, resolvedBy: null, status: 'open', statements: 1, summary: 'russia turned' }] } as const
 * assert.deepStrictEqual(contradictionViewOf(data, 0).statements, ['a', 'b'])
 * @category report
 * @since 0.1.0
 * @internal
 */
export function contradictionViewOf(data: { readonly contradictions: ReadonlyArray<ReportContradiction>; readonly idLists: ReadonlyArray<ReportIdList> }, index: number): ContradictionView {
  const stored = data.contradictions[index]!;
  return { ...stored, statements: idsOf(data.idLists, stored.statements) };
}

/**
 * A deep copy of a view (plain objects and arrays): views share their lists
 * with the analysis state, which the next day's statements change in place.
 *
 * @example
 * import { copied } from './stored-positions.js'
 * const view = { id: 'c', statements: ['a'], terms: [{ holder: 'russia' }] }
 * const copy = copied(view)
 * view.statements.push('b'); view.terms[0]!.holder = 'ukraine'
 * assert.deepStrictEqual(copy, { id: 'c', statements: ['a'], terms: [{ holder: 'russia' }] })
 * @category report
 * @since 0.1.0
 * @internal
 */
export function copied<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copied) as T;
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copied(v)])) as T;
  return value;
}

/** Whether two views of one contradiction are the same: every field, lists by their items (a field core adds later too). */
function sameContradiction(a: ContradictionView, b: ContradictionView): boolean {
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const field of fields) {
    const x: unknown = (a as unknown as Record<string, unknown>)[field];
    const y: unknown = (b as unknown as Record<string, unknown>)[field];
    if (x === y) continue;
    if (Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((v, i) => v === y[i])) continue;
    if (typeof x === 'object' && x !== null && typeof y === 'object' && y !== null && JSON.stringify(x) === JSON.stringify(y)) continue;
    return false;
  }
  return true;
}

/**
 * Stores the contradiction views of a report's frames: a view unchanged
 * since the day before is kept once, and a view's statements as what they
 * add to its previous view's. Comparing a view with the day before's, not
 * with every view as JSON, keeps thousands of contradictions a day cheap.
 *
 * @example
 * import { ContradictionStore } from './stored-positions.js'
 * const store = new ContradictionStore()
 * const view = (statements: string[], until: string | null = null) => ({ id: 'incompatible:ceasefire:russia~ukraine', type: 'incompatible', issues: ['ceasefire'],
 *   actors: ['russia', 'ukraine'], since: '2025-03-13', until, resolvedBy: null, status: until ? 'resolved' : 'open', statements, summary: 'at odds' }) as const
 * assert.deepStrictEqual([store.indexOf(view(['a', 'b'])), store.indexOf(view(['a', 'b'])), store.indexOf(view(['a', 'b', 'c'])), store.indexOf(view(['a', 'b', 'c'], '2025-04-01'))], [0, 0, 1, 2])
 * assert.deepStrictEqual(store.idLists, [{ ids: ['a', 'b'] }, { extends: 0, ids: ['c'] }])
 * @category report
 * @since 0.1.0
 * @internal
 */
export class ContradictionStore {
  readonly contradictions: ReportContradiction[] = [];
  /** Each contradiction's latest view, whole (a copy), with its index and its stored form. */
  private readonly latest = new Map<string, { view: ContradictionView; index: number; stored: ReportContradiction }>();

  constructor(private readonly lists: IdListStore = new IdListStore()) {}

  get idLists(): ReportIdList[] {
    return this.lists.idLists;
  }

  indexOf(shared: ContradictionView): number {
    const before = this.latest.get(shared.id);
    if (before !== undefined && sameContradiction(before.view, shared)) return before.index;
    // A copy: a view's lists are the analysis state's, which the next day's statements change in place.
    const view = copied(shared);
    const stored: ReportContradiction = { ...view, statements: this.lists.list(view.statements, before?.view.statements, before?.stored.statements) };
    const index = this.contradictions.push(stored) - 1;
    this.latest.set(view.id, { view, index, stored });
    return index;
  }
}
