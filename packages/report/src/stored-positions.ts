/**
 * Position and contradiction views as a report stores them. Each position
 * (a holder on an issue) and each contradiction is stored once, with the
 * versions its view went through: a version names the frames it holds in
 * (from its `from` to the next version's) and keeps only the fields that
 * changed since the version before. A frame is then what is in force on its
 * day, computed by the page, not a list of every view per day: the lists
 * of 400 days made a 100,000-statement report weigh 478 MB.
 *
 * Lists of statements (a position's evidence, each run of its history, a
 * contradiction's evidence) grow by a few ids from one version to the
 * next, so each is stored once in `idLists`, as what it adds to the list of
 * the version before, its statements named by number into `statementIds`.
 *
 * @since 0.1.0
 */
import type { ContradictionView, PositionView, ReportedStance, StanceRun } from '@stancelog/core';

/**
 * A list of statements in {@link ReportData.idLists}: its first item is the
 * index of the list it extends (`-1` for none), the others are the
 * statements it adds, as indexes into {@link ReportData.statementIds}.
 * @example
 * import { idsOf } from './stored-positions.js'
 * import type { ReportIdList } from '@stancelog/report'
 * const idLists: ReportIdList[] = [[-1, 0, 1], [0, 2]]
 * assert.deepStrictEqual(idsOf({ idLists, statementIds: ['a', 'b', 'c'] }, 1), ['a', 'b', 'c'])
 * @category report
 * @since 0.1.0
 */
export type ReportIdList = ReadonlyArray<number>;

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
 * When a stored version holds: from frame `from` (an index into
 * {@link ReportData.frames}) up to, not including, frame `to`; without
 * `to`, up to the next version's `from`, or to the last frame for the last
 * version.
 * @example
 * import type { ReportVersion } from '@stancelog/report'
 * // Frames 3 and 4 only.
 * const version: ReportVersion = { from: 3, to: 5 }
 * assert.strictEqual(version.to, 5)
 * @category report
 * @since 0.1.0
 */
export interface ReportVersion {
  readonly from: number;
  readonly to?: number | undefined;
}

/**
 * A version of a position's view: the fields of core's `PositionView`
 * that differ from the version before (all of them in the first version),
 * its evidence an index into {@link ReportData.idLists}, and its history
 * as the runs it keeps from the version before's and those that follow.
 * `frameViews` gives the views whole.
 * @example
 * import { reportData } from '@stancelog/report'
 * import { openMemoryStore, readAll, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'no truce' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-14', source: { quote: 'still no truce' } }),
 * ])
 * const data = reportData(await readAll(store))
 * // The second day restates the stance: its version holds from the second frame, with the new date and one more statement.
 * const [first, second] = data.positions[0]!.versions
 * assert.deepStrictEqual([first?.from, second?.from, second?.lastStated], [0, 1, '2025-03-14'])
 * assert.deepStrictEqual(data.idLists[second!.statements!], [first!.statements, 1])
 * @category report
 * @since 0.1.0
 */
export interface ReportPositionVersion extends ReportVersion, Partial<Omit<PositionView, 'holder' | 'issue' | 'statements' | 'history'>> {
  readonly statements?: number | undefined;
  readonly history?: { readonly keep: number; readonly runs: ReadonlyArray<ReportStanceRun> } | undefined;
}

/**
 * A holder's position on an issue, as a report stores it: once, with the
 * versions its view went through (see {@link ReportPositionVersion}).
 * `data.positions` is in the order of core's `positionList`.
 * @example
 * import type { ReportPosition } from '@stancelog/report'
 * const p: ReportPosition = { holder: 'russia', issue: 'ceasefire', versions: [{ from: 0, polarity: '-', kind: 'reject', statements: 0 }] }
 * assert.strictEqual(p.versions.length, 1)
 * @category report
 * @since 0.1.0
 */
export interface ReportPosition {
  readonly holder: string;
  readonly issue: string;
  readonly versions: ReadonlyArray<ReportPositionVersion>;
}

/**
 * A contradiction as a report's frame shows it: core's `ContradictionView`,
 * and the sides of it that rest on a third party's report (core's
 * `contradictionEvidence(state, c).reported`) as they stood that day. A
 * clash that rests on Germany's account of Ukraine's stance is marked so
 * until Ukraine's own word sets that stance, though the record itself may
 * not change then.
 * @example
 * import { frameViews, reportData } from '@stancelog/report'
 * import { openMemoryStore, readAll, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'territorial-concessions', kind: 'demand', polarity: '+', statedAt: '2025-05-16', source: { quote: 'Kyiv must give up the four regions' } }),
 *   statementMade({ holder: 'ukraine', speaker: { name: 'Friedrich Merz', actor: 'germany' }, issue: 'territorial-concessions', kind: 'reject', polarity: '-', statedAt: '2025-05-17', source: { quote: 'Kyiv will not cede land, Merz said' } }),
 *   statementMade({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'red-line', polarity: '-', statedAt: '2025-05-20', source: { quote: 'we will never recognise the occupation' } }),
 * ])
 * const data = reportData(await readAll(store))
 * const reportedOn = (day: number) => frameViews(data, day).contradictions.map((c) => c.reported)
 * // On the 17th the clash rests on Germany's account; from the 20th on Ukraine's own word.
 * assert.deepStrictEqual(reportedOn(1), [[{ holder: 'ukraine', issue: 'territorial-concessions', by: 'germany' }]])
 * assert.deepStrictEqual(reportedOn(2), [[]])
 * @category report
 * @since 0.1.0
 */
export interface ReportContradictionView extends ContradictionView {
  readonly reported: ReadonlyArray<ReportedStance>;
}

/**
 * A version of a contradiction's view: the fields of core's
 * `ContradictionView` that differ from the version before (all of them in
 * the first), its statements an index into {@link ReportData.idLists}.
 * @example
 * import { reportData } from '@stancelog/report'
 * import { openMemoryStore, readAll, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * const said = (holder: string, kind: 'demand' | 'red-line' | 'reject', statedAt: string) =>
 *   statementMade({ holder, issue: 'ceasefire', kind, polarity: kind === 'demand' ? '+' : '-', statedAt, source: { quote: `${holder}, ${statedAt}` } })
 * await store.append([said('ukraine', 'demand', '2025-03-11'), said('russia', 'red-line', '2025-03-13'), said('russia', 'reject', '2025-03-14')])
 * const data = reportData(await readAll(store))
 * // Russia's refusal in other words adds one statement to the clash, and changes nothing else.
 * const [c] = data.contradictions
 * assert.strictEqual(c?.id, 'incompatible:ceasefire:russia~ukraine')
 * const [first, second] = c!.versions
 * assert.deepStrictEqual(Object.keys(second!), ['from', 'statements'])
 * // Its list: the first version's, and one statement more.
 * const list = data.idLists[second!.statements!]!
 * assert.deepStrictEqual([list[0], list.length], [first!.statements, 2])
 * @category report
 * @since 0.1.0
 */
export interface ReportContradictionVersion extends ReportVersion, Partial<Omit<ReportContradictionView, 'id' | 'statements'>> {
  readonly statements?: number | undefined;
}

/**
 * A contradiction, as a report stores it: once, with the versions its view
 * went through. `data.contradictions` is in the order of core's
 * `contradictionList` (by start, then id).
 * @example
 * import type { ReportContradiction } from '@stancelog/report'
 * const c: ReportContradiction = { id: 'reversal:ceasefire:russia:1', versions: [{ from: 4, type: 'reversal', status: 'open', statements: 2 }] }
 * assert.strictEqual(c.versions[0]?.from, 4)
 * @category report
 * @since 0.1.0
 */
export interface ReportContradiction {
  readonly id: string;
  readonly versions: ReadonlyArray<ReportContradictionVersion>;
}

/** What resolving a stored view needs of the report's data. */
type Lists = { readonly idLists: ReadonlyArray<ReportIdList>; readonly statementIds: ReadonlyArray<string> };

/**
 * The ids of a stored list, whole.
 * @example
 * import { idsOf } from './stored-positions.js'
 * assert.deepStrictEqual(idsOf({ idLists: [[-1, 0], [0], [1, 1, 2]], statementIds: ['a', 'b', 'c'] }, 2), ['a', 'b', 'c'])
 * @category report
 * @since 0.1.0
 * @internal
 */
export function idsOf(data: Lists, list: number): string[] {
  // A loop, not recursion: a position stated on every day of a long report extends its list hundreds of times.
  const parts: ReportIdList[] = [];
  for (let k = list; k >= 0; k = data.idLists[k]![0]!) parts.push(data.idLists[k]!);
  const ids: string[] = [];
  for (let i = parts.length - 1; i >= 0; i--) for (let j = 1; j < parts[i]!.length; j++) ids.push(data.statementIds[parts[i]![j]!]!);
  return ids;
}

/**
 * The index of the version of `versions` in force at frame `frame` of
 * `frameCount`, or -1 when none is.
 * @example
 * import { versionAt } from './stored-positions.js'
 * const versions = [{ from: 1 }, { from: 3, to: 4 }, { from: 6 }]
 * assert.deepStrictEqual([0, 1, 2, 3, 4, 5, 6, 7].map((f) => versionAt(versions, f, 8)), [-1, 0, 0, 1, -1, -1, 2, 2])
 * @category report
 * @since 0.1.0
 * @internal
 */
export function versionAt(versions: ReadonlyArray<ReportVersion>, frame: number, frameCount: number): number {
  // The last version that starts by the frame, then whether it still holds.
  let lo = 0;
  let hi = versions.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (versions[mid]!.from <= frame) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return -1;
  const end = versions[found]!.to ?? versions[found + 1]?.from ?? frameCount;
  return frame < end ? found : -1;
}

/**
 * The view of a stored position's version `version`, whole again.
 * @example
 * import { positionViewOf } from './stored-positions.js'
 * const data = { statementIds: ['a', 'b'], idLists: [[-1, 0], [0, 1]], positions: [{ holder: 'russia', issue: 'ceasefire', versions: [
 *   { from: 0, polarity: '-', kind: 'reject', conditions: [], triggers: [], since: '2025-03-13', lastStated: '2025-03-13', reported: false, firmKind: null, statements: 0, sources: 1,
 *     history: { keep: 0, runs: [{ polarity: '-', kind: 'reject', from: '2025-03-13', statements: 0 }] } },
 *   { from: 1, lastStated: '2025-03-14', statements: 1, history: { keep: 0, runs: [{ polarity: '-', kind: 'reject', from: '2025-03-13', statements: 1 }] } }] }] } as const
 * const view = positionViewOf(data, 0, 1)
 * assert.deepStrictEqual([view.lastStated, view.statements, view.history[0]?.statements], ['2025-03-14', ['a', 'b'], ['a', 'b']])
 * @category report
 * @since 0.1.0
 * @internal
 */
export function positionViewOf(data: Lists & { readonly positions: ReadonlyArray<ReportPosition> }, index: number, version: number): PositionView {
  const stored = data.positions[index]!;
  const fields: Record<string, unknown> = {};
  let statements = -1;
  let history: ReadonlyArray<ReportStanceRun> = [];
  for (let k = 0; k <= version; k++) {
    const { from: _from, to: _to, statements: list, history: runs, ...changed } = stored.versions[k]!;
    Object.assign(fields, changed);
    if (list !== undefined) statements = list;
    if (runs !== undefined) history = [...history.slice(0, runs.keep), ...runs.runs];
  }
  return {
    holder: stored.holder,
    issue: stored.issue,
    ...(fields as Omit<PositionView, 'holder' | 'issue' | 'statements' | 'history'>),
    statements: idsOf(data, statements),
    history: history.map((run) => ({ ...run, statements: idsOf(data, run.statements) })),
  };
}

/**
 * The view of a stored contradiction's version `version`, whole again.
 * @example
 * import { contradictionViewOf } from './stored-positions.js'
 * const data = { statementIds: ['a', 'b'], idLists: [[-1, 0], [0, 1]], contradictions: [{ id: 'reversal:ceasefire:russia:1', versions: [{ from: 0, type: 'reversal', issues: ['ceasefire'],
 *   actors: ['russia'], since: '2025-03-14', until: null, resolvedBy: null, status: 'open', statements: 0, summary: 'russia turned', reported: [] }, { from: 2, statements: 1 }] }] } as const
 * assert.deepStrictEqual([contradictionViewOf(data, 0, 0).statements, contradictionViewOf(data, 0, 1).statements], [['a'], ['a', 'b']])
 * @category report
 * @since 0.1.0
 * @internal
 */
export function contradictionViewOf(data: Lists & { readonly contradictions: ReadonlyArray<ReportContradiction> }, index: number, version: number): ReportContradictionView {
  const stored = data.contradictions[index]!;
  const fields: Record<string, unknown> = {};
  let statements = -1;
  for (let k = 0; k <= version; k++) {
    const { from: _from, to: _to, statements: list, ...changed } = stored.versions[k]!;
    Object.assign(fields, changed);
    if (list !== undefined) statements = list;
  }
  return { id: stored.id, ...(fields as Omit<ReportContradictionView, 'id' | 'statements'>), statements: idsOf(data, statements) };
}

/** Whether `of` begins with the ids of `prefix`. */
function isPrefix(prefix: ReadonlyArray<string>, of: ReadonlyArray<string>): boolean {
  if (of.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (prefix[i] !== of[i]) return false;
  return true;
}

/**
 * Whether two lists of strings hold the same items in the same order.
 *
 * @example
 * import { sameStrings } from './stored-positions.js'
 * assert.ok(sameStrings(['a', 'b'], ['a', 'b']) && !sameStrings(['a'], ['a', 'b']))
 * @category report
 * @since 0.1.0
 * @internal
 */
export const sameStrings = (a: ReadonlyArray<string>, b: ReadonlyArray<string>): boolean => a.length === b.length && isPrefix(a, b);

/** Whether two values of a view's field are the same: lists by their items, objects as JSON. */
function sameValue(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (Array.isArray(x) && Array.isArray(y) && x.length === y.length) {
    let i = 0;
    while (i < x.length && x[i] === y[i]) i++;
    if (i === x.length) return true;
  }
  return typeof x === 'object' && x !== null && typeof y === 'object' && y !== null && JSON.stringify(x) === JSON.stringify(y);
}

/**
 * Whether two views have the same fields, `skipped` aside. Allocates
 * nothing: it runs for every position and contradiction of every day (16,000
 * contradictions on 400 days), and the garbage of lists of fields made the
 * build of a large report take 1.4 GB.
 */
function sameFields(a: object, b: object, skipped: ReadonlySet<string>): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const field in y) if (!skipped.has(field) && !sameValue(x[field], y[field])) return false;
  for (const field in x) if (!skipped.has(field) && !(field in y)) return false;
  return true;
}

/**
 * The fields of `view` that differ from `before` (all of them without
 * `before`), `skipped` aside: every field, so that one core adds later is
 * kept too.
 */
function changedFields(before: object | undefined, view: object, skipped: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(view)) {
    if (skipped.has(field)) continue;
    if (before === undefined || !sameValue((before as Record<string, unknown>)[field], value)) out[field] = value;
  }
  return out;
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
  // Loops that call itself only for objects: a contradiction's view changes each time a statement joins it, and
  // copying its hundreds of ids one call each took about a seventh of a large report's build.
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      out[i] = v !== null && typeof v === 'object' ? copied(v) : v;
    }
    return out as T;
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[k];
      out[k] = v !== null && typeof v === 'object' ? copied(v) : v;
    }
    return out as T;
  }
  return value;
}

/**
 * The table of a report's lists of statements ({@link ReportData.idLists}),
 * each list stored as what it adds to an earlier one when it begins with
 * it, its statements numbered in {@link ReportData.statementIds}.
 *
 * @example
 * import { IdListStore } from './stored-positions.js'
 * const lists = new IdListStore()
 * const first = lists.list(['a', 'b'], undefined)
 * // The same list again is the same entry; a longer one adds its new ids; another one is stored whole.
 * assert.deepStrictEqual([lists.list(['a', 'b'], first), lists.list(['a', 'b', 'c'], first), lists.list(['d'], first)], [0, 1, 2])
 * assert.deepStrictEqual([lists.idLists, lists.statementIds], [[[-1, 0, 1], [0, 2], [-1, 3]], ['a', 'b', 'c', 'd']])
 * // What a stored list holds is told from the table: the stores keep no copy of the ids of a view's lists.
 * assert.deepStrictEqual([lists.holds(1, ['a', 'b', 'c']), lists.holds(1, ['a', 'b']), lists.holds(1, ['a', 'x', 'c'])], [true, false, false])
 * @category report
 * @since 0.1.0
 * @internal
 */
export class IdListStore {
  readonly idLists: number[][] = [];
  readonly statementIds: string[] = [];
  private readonly numbers = new Map<string, number>();
  /** How many ids each list holds, whole (the lists it extends included). */
  private readonly lengths: number[] = [];

  /**
   * The index of a list of ids: the list `earlier` (an index of this
   * table) itself, what the list adds to it, or the whole list. `whole`,
   * when given, is the list `earlier` whole (see {@link WholeList}): it is
   * read instead of the table, and made the list returned.
   */
  list(ids: ReadonlyArray<string>, earlier: number | undefined, whole?: WholeList): number {
    if (earlier !== undefined && this.beginsWith(ids, earlier, whole)) {
      const had = this.lengths[earlier]!;
      if (ids.length === had) return earlier;
      const added = ids.slice(had).map((id) => this.numberOf(id));
      this.lengths.push(ids.length);
      const index = this.idLists.push([earlier, ...added]) - 1;
      if (whole?.list === earlier) whole.extend(index, added);
      return index;
    }
    const numbers = ids.map((id) => this.numberOf(id));
    this.lengths.push(ids.length);
    const index = this.idLists.push([-1, ...numbers]) - 1;
    whole?.reset(index, numbers);
    return index;
  }

  /** Whether the list at `index` holds `ids`, no more, no fewer (`whole`: as for {@link list}). */
  holds(index: number, ids: ReadonlyArray<string>, whole?: WholeList): boolean {
    return this.lengths[index] === ids.length && this.beginsWith(ids, index, whole);
  }

  /**
   * Whether `ids` begins with the ids of the list at `index`: read from the
   * table, its last part first (where a list that changed differs). The
   * stores compared each view's lists with a copy of the lists of the
   * view before, a copy made for every version: the most of what a
   * 200,000-statement report's build left for the collector to find in its
   * old space.
   */
  private beginsWith(ids: ReadonlyArray<string>, index: number, whole: WholeList | undefined): boolean {
    let end = this.lengths[index]!;
    if (end > ids.length) return false;
    if (whole?.list === index) {
      const numbers = whole.numbers;
      for (let i = end - 1; i >= 0; i--) if (this.statementIds[numbers[i]!] !== ids[i]) return false;
      return true;
    }
    for (let k = index; k >= 0; ) {
      const part = this.idLists[k]!;
      const start = end - (part.length - 1);
      for (let j = part.length - 1; j >= 1; j--) if (this.statementIds[part[j]!] !== ids[start + j - 1]) return false;
      end = start;
      k = part[0]!;
    }
    return true;
  }

  // A statement id (32 characters) stored once, then named by a number of a few digits.
  private numberOf(id: string): number {
    let n = this.numbers.get(id);
    if (n === undefined) {
      n = this.statementIds.push(id) - 1;
      this.numbers.set(id, n);
    }
    return n;
  }
}

/**
 * A position's view as {@link PositionStore} keeps it, to tell the next
 * view of the position from it: its fields, and its history's runs,
 * without their lists of statements, which the store's table of lists
 * holds ({@link IdListStore}).
 *
 * @example
 * import { PositionStore } from './stored-positions.js'
 * import type { KeptPositionView } from './stored-positions.js'
 * const store = new PositionStore()
 * const kept: KeptPositionView = store.add({ holder: 'russia', issue: 'ceasefire', polarity: '-', kind: 'reject', conditions: [], triggers: [], since: '2025-03-13',
 *   lastStated: '2025-03-13', reported: false, firmKind: null, statements: ['a'], sources: 1, history: [{ polarity: '-', kind: 'reject', from: '2025-03-13', statements: ['a'] }] }, 0).view
 * assert.deepStrictEqual(kept.history, [{ polarity: '-', kind: 'reject', from: '2025-03-13' }])
 * @category report
 * @since 0.1.0
 * @internal
 */
export type KeptPositionView = Omit<PositionView, 'statements' | 'history'> & { readonly history: ReadonlyArray<Omit<StanceRun, 'statements'>> };

/**
 * A contradiction's view as {@link ContradictionStore} keeps it: its
 * fields, without its list of statements (see {@link KeptPositionView}).
 *
 * @example
 * import { ContradictionStore } from './stored-positions.js'
 * import type { KeptContradictionView } from './stored-positions.js'
 * const store = new ContradictionStore()
 * const kept: KeptContradictionView = store.add({ id: 'incompatible:ceasefire:russia~ukraine', type: 'incompatible', issues: ['ceasefire'], actors: ['russia', 'ukraine'],
 *   since: '2025-03-13', until: null, resolvedBy: null, status: 'open', statements: ['a', 'b'], summary: 'at odds', reported: [] }, 0, () => 0).view
 * assert.ok(!('statements' in kept) && kept.actors.length === 2)
 * @category report
 * @since 0.1.0
 * @internal
 */
export type KeptContradictionView = Omit<ReportContradictionView, 'statements'>;

/**
 * One list of the table whole, its statements' numbers in one array: a
 * record's latest list, which a store reads its next list against. Read
 * from the table, a list is the parts each version added (hundreds, for a
 * record that grows every day), scattered: reading them for every changed
 * record of every day took a 200,000-statement report's build some
 * seconds more than comparing copies of the lists did. It grows in place
 * as its list does, and holds 4 bytes a statement, outside the heap.
 *
 * @example
 * import { IdListStore, WholeList } from './stored-positions.js'
 * const lists = new IdListStore()
 * const whole = new WholeList()
 * const first = lists.list(['a', 'b'], undefined, whole)
 * const second = lists.list(['a', 'b', 'c'], first, whole)
 * assert.deepStrictEqual([whole.list, [...whole.numbers.subarray(0, 3)]], [second, [0, 1, 2]])
 * assert.ok(lists.holds(second, ['a', 'b', 'c'], whole) && !lists.holds(second, ['a', 'x', 'c'], whole))
 * @category report
 * @since 0.1.0
 * @internal
 */
export class WholeList {
  /** The index of the list in the table (-1: none yet). */
  list = -1;
  /** Its statements' numbers (more room than it uses). */
  numbers = new Int32Array(8);
  private length = 0;

  /** Now the list `list`, of `numbers`. */
  reset(list: number, numbers: ReadonlyArray<number>): void {
    if (numbers.length > this.numbers.length) this.numbers = new Int32Array(room(numbers.length));
    this.numbers.set(numbers);
    this.length = numbers.length;
    this.list = list;
  }

  /** Now the list `list`: this one and `added` after it. */
  extend(list: number, added: ReadonlyArray<number>): void {
    const length = this.length + added.length;
    if (length > this.numbers.length) {
      const grown = new Int32Array(room(length));
      grown.set(this.numbers.subarray(0, this.length));
      this.numbers = grown;
    }
    this.numbers.set(added, this.length);
    this.length = length;
    this.list = list;
  }
}

/** Room for `n` numbers: the next power of two, twice what it holds at most. */
const room = (n: number): number => 2 ** Math.ceil(Math.log2(Math.max(n, 8)));

/**
 * What a store gives back for a view it was given: the record's latest view
 * as stored, to carry the record on into the next frames without making
 * its view again (`PositionStore.carry`, `ContradictionStore.carry`).
 *
 * @example
 * import { PositionStore } from './stored-positions.js'
 * const store = new PositionStore()
 * const view = { holder: 'russia', issue: 'ceasefire', polarity: '-', kind: 'reject', conditions: [], triggers: [], since: '2025-03-13',
 *   lastStated: '2025-03-13', reported: false, firmKind: null, statements: ['a'], sources: 1, history: [{ polarity: '-', kind: 'reject', from: '2025-03-13', statements: ['a'] }] } as const
 * const held = store.add(view, 0)
 * // A copy: the analysis changes the lists of the view it gave in place. Its lists of statements are kept numbered, in the store's table.
 * assert.ok(held.view !== view && held.view.conditions !== view.conditions && !('statements' in held.view))
 * @category report
 * @since 0.1.0
 * @internal
 */
export interface Held<V> {
  readonly view: V;
}

/** A record being built: its versions, the frame it was last seen in, and its latest view whole. */
interface Building<V, S, R> extends Held<V> {
  readonly record: R & { readonly versions: Array<{ from: number; to?: number | undefined; [field: string]: unknown }> };
  lastFrame: number;
  view: V;
  stored: S;
  /** Set when another record took its place in the store (a contradiction whose start moved). */
  retired?: true;
  /** Shown in every frame from `lastFrame` on until it is ended (a store of records that go on unless told: see `ContradictionStore`). */
  on?: boolean;
}

/** Whether a record was shown in the frame before `frame`. */
function shownBefore(b: Building<unknown, unknown, unknown>, frame: number): boolean {
  return b.lastFrame === frame - 1 || b.on === true;
}

/**
 * Carries a record's version on into `frame`, when the store still holds
 * `view` as its latest (no other view was stored for it since) and the
 * record was in the frame before: what adding a view equal to it would do.
 */
function carryOn<V>(b: Building<V, unknown, unknown>, view: V, frame: number): boolean {
  if (b.retired === true || b.view !== view || !shownBefore(b, frame)) return false;
  b.lastFrame = frame;
  return true;
}

/** Ends each record's last version where it was last seen, when that is before the last frame. */
function closeVersions(building: Iterable<Building<unknown, unknown, unknown>>, frameCount: number): void {
  for (const b of building) {
    const last = b.record.versions[b.record.versions.length - 1]!;
    if (b.on !== true && b.lastFrame + 1 < frameCount) last.to = b.lastFrame + 1;
    else delete last.to;
  }
}

/** Starts a version at `frame`, ending the one before explicitly when the record was not seen in the frame before. */
function nextVersion<V, S, R>(b: Building<V, S, R>, frame: number, version: Record<string, unknown>): void {
  const last = b.record.versions[b.record.versions.length - 1]!;
  if (!shownBefore(b, frame)) last.to = b.lastFrame + 1;
  b.record.versions.push({ from: frame, ...version });
  b.lastFrame = frame;
}

const POSITION_SKIPPED = new Set(['holder', 'issue', 'statements', 'history']);

/** The lists of statements of a position's latest version, as indexes into the table of lists: its evidence, and each run's. */
interface PositionLists {
  readonly statements: number;
  readonly runs: ReadonlyArray<number>;
  /** The evidence's list whole. */
  readonly whole: WholeList;
}

/** A copy of a position's view, its lists of statements left out (the store's table holds them). */
function keptPosition(view: PositionView): KeptPositionView {
  const { statements: _statements, history, ...fields } = view;
  return { ...copied(fields), history: history.map(({ statements: _ids, ...run }) => run) };
}

/** A copy of a contradiction's view, its list of statements left out. */
function keptContradiction(view: ReportContradictionView): KeptContradictionView {
  const { statements: _statements, ...fields } = view;
  return copied(fields);
}

/**
 * Stores the position views of a report's frames: each position once,
 * with its versions (see {@link ReportPositionVersion}).
 *
 * @example
 * import { PositionStore } from './stored-positions.js'
 * const store = new PositionStore()
 * const view = (statements: string[]) => ({ holder: 'russia', issue: 'ceasefire', polarity: '-', kind: 'reject', conditions: [], triggers: [], since: '2025-03-13',
 *   lastStated: '2025-03-13', reported: false, firmKind: null, statements, sources: 1, history: [{ polarity: '-', kind: 'reject', from: '2025-03-13', statements }] }) as const
 * // The same view on frames 0 and 1 is one version; a longer one on frame 2 stores its new list and its one run, the evidence's list.
 * store.add(view(['a']), 0); store.add(view(['a']), 1); store.add(view(['a', 'b']), 2)
 * assert.deepStrictEqual(store.done(3)[0]!.versions.map((v) => [v.from, v.to]), [[0, undefined], [2, undefined]])
 * assert.deepStrictEqual(store.positions[0]!.versions[1], { from: 2, statements: 1, history: { keep: 0, runs: [{ polarity: '-', kind: 'reject', from: '2025-03-13', statements: 1 }] } })
 * assert.deepStrictEqual(store.idLists, [[-1, 0], [0, 1]])
 * @category report
 * @since 0.1.0
 * @internal
 */
export class PositionStore {
  readonly positions: ReportPosition[] = [];
  private readonly building = new Map<string, Building<KeptPositionView, PositionLists, ReportPosition>>();

  /** `lists`: the table of id lists, shared with the contradictions' store. */
  constructor(private readonly lists: IdListStore = new IdListStore()) {}

  get idLists(): number[][] {
    return this.lists.idLists;
  }

  /** Adds a position's view at frame `frame` (frames in order); returns what the store holds for the position. */
  add(shared: PositionView, frame: number): Held<KeptPositionView> {
    const key = `${shared.holder}\u0000${shared.issue}`;
    const before = this.building.get(key);
    // Days go forward: a position's view is either the one it had last or a new one.
    if (before !== undefined && before.lastFrame === frame - 1 && this.sameView(before, shared)) {
      before.lastFrame = frame;
      return before;
    }
    // The view's lists are read now, into the table (the analysis changes them in place); the rest is kept as a copy.
    const whole = before?.stored.whole ?? new WholeList();
    const statements = this.lists.list(shared.statements, before?.stored.statements, whole);
    // The runs the history keeps from the version before; the others are stored, their lists as what they add.
    let keep = 0;
    if (before !== undefined) {
      while (keep < shared.history.length && keep < before.view.history.length && this.sameRun(before.view.history[keep]!, before.stored.runs[keep]!, shared.history[keep]!)) keep++;
    }
    const runs = shared.history.map((run, i) =>
      i < keep
        ? before!.stored.runs[i]!
        : // Most positions never changed: their one run's statements are their evidence, stored once for both.
          sameStrings(run.statements, shared.statements)
          ? statements
          : this.lists.list(run.statements, before?.stored.runs[i]),
    );
    const view = keptPosition(shared);
    const version: Record<string, unknown> = changedFields(before?.view, view, POSITION_SKIPPED);
    if (before === undefined || statements !== before.stored.statements) version.statements = statements;
    if (before === undefined || keep < before.view.history.length || keep < view.history.length) {
      version.history = { keep, runs: shared.history.slice(keep).map((run, j) => ({ ...run, statements: runs[keep + j]! })) };
    }
    const stored = { statements, runs, whole };
    if (before === undefined) {
      const record = { holder: view.holder, issue: view.issue, versions: [{ from: frame, ...version }] };
      this.positions.push(record);
      const held = { record, lastFrame: frame, view, stored };
      this.building.set(key, held);
      return held;
    }
    nextVersion(before, frame, version);
    before.view = view;
    before.stored = stored;
    return before;
  }

  /**
   * Shows a position at frame `frame` in the view `held` had when `add` gave
   * it, without comparing views: for a position whose state did not change
   * since. False (nothing done) when that is not the view stored last or the
   * position was not in the frame before: `add` its view instead.
   */
  carry(held: Held<KeptPositionView>, view: KeptPositionView, frame: number): boolean {
    return carryOn(held as Building<KeptPositionView, unknown, unknown>, view, frame);
  }

  /** Whether a position's view is the one it had last (everything but holder and issue compared). */
  private sameView(before: Building<KeptPositionView, PositionLists, ReportPosition>, view: PositionView): boolean {
    return (
      sameFields(before.view, view, POSITION_SKIPPED) &&
      this.lists.holds(before.stored.statements, view.statements, before.stored.whole) &&
      before.view.history.length === view.history.length &&
      view.history.every((run, i) => this.sameRun(before.view.history[i]!, before.stored.runs[i]!, run))
    );
  }

  /** Whether a run of the history is one the store keeps (its fields, and its list of statements at index `list`). */
  private sameRun(kept: Omit<StanceRun, 'statements'>, list: number, run: StanceRun): boolean {
    return kept.polarity === run.polarity && kept.kind === run.kind && kept.from === run.from && this.lists.holds(list, run.statements);
  }

  /** The positions, in the order of core's `positionList` (by holder, then issue), once all `frameCount` frames are added. */
  done(frameCount: number): ReportPosition[] {
    closeVersions(this.building.values(), frameCount);
    return this.positions.sort((a, b) => (a.holder < b.holder ? -1 : a.holder > b.holder ? 1 : a.issue < b.issue ? -1 : a.issue > b.issue ? 1 : 0));
  }
}

const CONTRADICTION_SKIPPED = new Set(['id', 'statements']);

/**
 * Stores the contradiction views of a report's frames: each contradiction
 * once, with its versions (see {@link ReportContradictionVersion}).
 * Comparing a view with the day before's, not with every view, keeps
 * thousands of contradictions a day cheap.
 *
 * @example
 * import { ContradictionStore } from './stored-positions.js'
 * const store = new ContradictionStore()
 * const view = (statements: string[], until: string | null = null) => ({ id: 'incompatible:ceasefire:russia~ukraine', type: 'incompatible', issues: ['ceasefire'],
 *   actors: ['russia', 'ukraine'], since: '2025-03-13', until, resolvedBy: null, status: until ? 'resolved' : 'open', statements, summary: 'at odds', reported: [] }) as const
 * const since = (id: string) => 0
 * store.add(view(['a', 'b']), 0, since); store.add(view(['a', 'b']), 1, since); store.add(view(['a', 'b', 'c']), 2, since); store.add(view(['a', 'b', 'c'], '2025-04-01'), 3, since)
 * const [c] = store.done(5)
 * assert.deepStrictEqual(c!.versions.slice(1), [{ from: 2, statements: 1 }, { from: 3, until: '2025-04-01', status: 'resolved', to: 4 }])
 * assert.deepStrictEqual(store.idLists, [[-1, 0, 1], [0, 2]])
 * // A start that moved (a statement read late): another record from then on, and the first ends where it was last seen.
 * const moved = new ContradictionStore()
 * moved.add(view(['a']), 0, since); moved.add(view(['a']), 1, since); moved.add({ ...view(['a']), since: '2025-03-10' }, 2, since)
 * const [earlier, later] = moved.done(3).sort((x, y) => x.versions[0]!.from - y.versions[0]!.from)
 * assert.deepStrictEqual([earlier!.versions[0]!.to, later!.versions[0]!.from], [2, 2])
 * @category report
 * @since 0.1.0
 * @internal
 */
export class ContradictionStore {
  private readonly contradictions: ReportContradiction[] = [];
  /** The contradictions' starts (core's minutes), by record: with the id, the order core lists them in. */
  private readonly starts = new Map<ReportContradiction, number>();
  private readonly building = new Map<string, Building<KeptContradictionView, { statements: number; whole: WholeList }, ReportContradiction>>();

  /**
   * `goOn`: a contradiction added is shown in every frame after, in its
   * latest view, until it is ended (`end`, `endUnseen`), where otherwise it
   * is shown in a frame only when added or carried into it: for a caller
   * that is told which records changed, and need not carry each of the
   * others into each frame.
   */
  constructor(
    private readonly lists: IdListStore = new IdListStore(),
    private readonly goOn = false,
  ) {}

  get idLists(): number[][] {
    return this.lists.idLists;
  }

  /**
   * Adds a contradiction's view at frame `frame` (frames in order); `since(id)`: when it began, in core's minutes
   * (asked only of a contradiction new to the report, or whose start moved).
   */
  add(shared: ReportContradictionView, frame: number, since: (id: string) => number): Held<KeptContradictionView> {
    let before = this.building.get(shared.id);
    // A start that moved would move it in core's order: another record.
    if (before !== undefined && before.view.since !== shared.since) {
      // Ended where it was last seen: no later version of it will say so (seen the frame before, it had no end yet).
      before.record.versions[before.record.versions.length - 1]!.to = before.on === true ? frame : before.lastFrame + 1;
      before.retired = true;
      before.on = false;
      this.building.delete(shared.id);
      before = undefined;
    }
    if (before !== undefined && shownBefore(before, frame) && this.lists.holds(before.stored.statements, shared.statements, before.stored.whole) && sameFields(before.view, shared, CONTRADICTION_SKIPPED)) {
      before.lastFrame = frame;
      return before;
    }
    // Its statements read into the table now, the rest kept as a copy: a view's lists are the analysis state's, which the
    // next day's statements change in place.
    const view = keptContradiction(shared);
    const whole = before?.stored.whole ?? new WholeList();
    const statements = this.lists.list(shared.statements, before?.stored.statements, whole);
    const version = changedFields(before?.view, view, CONTRADICTION_SKIPPED);
    if (before === undefined || statements !== before.stored.statements) version.statements = statements;
    if (before === undefined) {
      const record = { id: view.id, versions: [{ from: frame, ...version }] };
      this.contradictions.push(record);
      this.starts.set(record, since(view.id));
      const held = { record, lastFrame: frame, view, stored: { statements, whole }, on: this.goOn };
      this.building.set(view.id, held);
      return held;
    }
    nextVersion(before, frame, version);
    before.view = view;
    before.stored = { statements, whole };
    before.on = this.goOn;
    return before;
  }

  /**
   * Ends a contradiction that goes on (see the constructor's `goOn`) with
   * the frame before `frame`, unless it was added or carried into `frame`
   * (another record took it over).
   */
  end(held: Held<KeptContradictionView>, frame: number): void {
    const b = held as Building<KeptContradictionView, unknown, unknown>;
    if (b.on !== true || b.lastFrame === frame) return;
    b.on = false;
    b.lastFrame = frame - 1;
  }

  /** Ends, with the frame before `frame`, every contradiction that goes on and was not added or carried into `frame`. */
  endUnseen(frame: number): void {
    for (const b of this.building.values()) this.end(b, frame);
  }

  /** As `PositionStore.carry`: shows a contradiction at `frame` in the view `held` had, if that is still its latest. */
  carry(held: Held<KeptContradictionView>, view: KeptContradictionView, frame: number): boolean {
    return carryOn(held as Building<KeptContradictionView, unknown, unknown>, view, frame);
  }

  /** The contradictions, in the order of core's `contradictionList` (by start, then id), once all `frameCount` frames are added. */
  done(frameCount: number): ReportContradiction[] {
    closeVersions(this.building.values(), frameCount);
    return this.contradictions.sort((a, b) => this.starts.get(a)! - this.starts.get(b)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
