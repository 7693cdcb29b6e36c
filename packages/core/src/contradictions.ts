/**
 * Contradictions: the ledger that records them. The rules that find them
 * implement `contradiction-rule.ts`; they are printed by
 * `contradiction-view.ts`.
 *
 * A contradiction is typed (`incompatible`, `circular-precondition`,
 * `reversal`, `conflicting-reports`, `self-contradiction`, or a user's own
 * type), dated in valid time (`since`, and `until` once resolved), and lists
 * the statements that cause it. Rules are maintained incrementally: each
 * reacts to one statement or one change of stance, and looks only at the
 * holders of the issue concerned, never at the whole log.
 *
 * @since 0.1.0
 */
import { current, isDraft } from 'immer';
import type { Draft } from 'immer';
import type { StanceEntry } from './stance-entry.js';

/**
 * A contradiction as the ledger keeps it.
 * @example
 * import { allContradictions, analysis, openMemoryStore, readAll, replay, statementMade, validMinute } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'propose', polarity: '+', statedAt: '2025-03-01', source: { quote: 'we are open to a truce' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'a truce would only let Kyiv rearm' } }),
 * ])
 * const [record] = allContradictions(replay(analysis(), await readAll(store)).contradictions)
 * // Times are kept in minutes since the epoch, with the label to print; `until` and `resolvedBy` stay undefined while it is open.
 * assert.deepStrictEqual([record!.type, record!.since, record!.sinceLabel, record!.until, record!.resolvedBy], ['reversal', validMinute('2025-03-13'), '2025-03-13', undefined, undefined])
 * // Russia turning back ends the reversal: its statement is the evidence for the end.
 * await store.append([statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'propose', polarity: '+', statedAt: '2025-04-02', source: { quote: 'a truce can be discussed' } })])
 * const events = await readAll(store)
 * const first = allContradictions(replay(analysis(), events).contradictions).next().value!
 * assert.deepStrictEqual([first.untilLabel, first.resolvedBy], ['2025-04-02', events[2]!.id])
 * @category contradictions
 * @since 0.1.0
 */
export interface ContradictionRecord {
  readonly id: string;
  readonly type: string;
  /** Identifies the contradiction within its type (issue and actors); reopening it gives a new id. */
  readonly key: string;
  readonly issues: ReadonlyArray<string>;
  actors: string[];
  /** Valid time (minutes since the epoch) since when it holds. */
  readonly since: number;
  readonly sinceLabel: string;
  until: number | undefined;
  untilLabel: string | undefined;
  /**
   * The id of the statement that ended it, set when it is resolved: the
   * evidence for its end, as `statements` are for its start. What that is
   * depends on the rule (see {@link RuleContext.resolve}). Undefined while it
   * is open, and when no single statement ended it: a change of the issue
   * hierarchy that breaks a cycle, or a rule of your own that gives none.
   * Reopened, it is forgotten with `until`.
   */
  resolvedBy?: string | undefined;
  statements: string[];
  summary: string;
}

/**
 * The contradictions of one issue (a contradiction spanning several issues,
 * a cycle, is filed under its first).
 * @example
 * import { analysis, openMemoryStore, readAll, replay, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'ukraine', issue: 'peace-talks', kind: 'condition', polarity: '+', conditions: [{ issue: 'ceasefire', polarity: '+' }], statedAt: '2025-04-23', source: { quote: 'a ceasefire first, then talks' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'condition', polarity: '-', conditions: [{ issue: 'peace-talks', polarity: '+' }], statedAt: '2025-07-20', source: { quote: 'no truce before a settlement' } }),
 * ])
 * const { contradictions } = replay(analysis(), await readAll(store))
 * // The cycle spans two issues and is filed under the first: peace-talks has no ledger.
 * assert.deepStrictEqual([...contradictions.byIssue.get('ceasefire')!.records.values()].map((r) => [r.type, r.issues]), [['circular-precondition', ['ceasefire', 'peace-talks']]])
 * assert.ok(!contradictions.byIssue.has('peace-talks'))
 * @category contradictions
 * @since 0.1.0
 */
export interface IssueLedger {
  records: Map<string, ContradictionRecord>;
  /** By `type:key` (the id of its first record): how many times it was opened, and the id of the open record, if any. */
  status: Map<string, LedgerStatus>;
}

/**
 * What the ledger knows of one `type:key`: one lookup answers both "is it
 * open?" and "how many times was it opened?".
 * @example
 * import { emptyContradictions, openContradiction, resolveContradiction } from '@stancelog/core'
 * const ledger = emptyContradictions()
 * const spec = { type: 'reversal', key: 'k', issues: ['ceasefire'], actors: ['russia'], statements: ['a', 'b'], summary: 'russia reversed' }
 * openContradiction(ledger, { ...spec, since: { time: 1, label: '2025-03-01' } })
 * resolveContradiction(ledger, 'reversal', 'ceasefire', 'k', { time: 2, label: '2025-04-01' })
 * openContradiction(ledger, { ...spec, since: { time: 3, label: '2025-05-01' } })
 * // Opened twice: the second record gets its own id, and is the open one.
 * assert.deepStrictEqual(ledger.byIssue.get('ceasefire')?.status.get('reversal:k'), { opened: 2, open: 'reversal:k#2' })
 * @category contradictions
 * @since 0.1.0
 */
export interface LedgerStatus {
  opened: number;
  open: string | undefined;
}

/**
 * Every contradiction found, open and resolved, by issue. Partitioned so
 * that a live update under immer copies only the ledger of one issue.
 * @example
 * import { analysis, openMemoryStore, readAll, replay, statementMade, step } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11', source: { quote: 'a 30-day ceasefire, now' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'a truce would only let Kyiv rearm' } }),
 *   statementMade({ holder: 'ukraine', issue: 'nato-membership', kind: 'red-line', polarity: '+', statedAt: '2025-05-16', source: { quote: 'NATO membership is not negotiable' } }),
 *   statementMade({ holder: 'russia', issue: 'nato-membership', kind: 'demand', polarity: '-', statedAt: '2025-05-16', source: { quote: 'Ukraine must drop its NATO bid' } }),
 * ])
 * const events = await readAll(store)
 * const before = replay(analysis(), events.slice(0, 3))
 * const after = step(analysis())(before, events[3]!)
 * // A live update finds a contradiction on nato-membership: the ledger changes, the ceasefire ledger is shared, not copied.
 * assert.ok(after.contradictions !== before.contradictions && after.contradictions.byIssue.get('ceasefire') === before.contradictions.byIssue.get('ceasefire'))
 * @category contradictions
 * @since 0.1.0
 */
export interface ContradictionsState {
  byIssue: Map<string, IssueLedger>;
}

/**
 * A moment in valid time: minutes since the epoch, and how to print it.
 * @example
 * import { getPosition, momentOf, openMemoryStore, positions, readAll, replay, statementMade, validMinute } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', source: { quote: 'no truce' } })], { now: new Date('2025-05-17T09:30:00Z') })
 * const p = getPosition(replay(positions(), await readAll(store)), 'russia', 'ceasefire')!
 * // Undated: the statement counts from when it was recorded, printed as that day.
 * assert.deepStrictEqual(momentOf(p.current), { time: validMinute('2025-05-17T09:30:00Z'), label: '2025-05-17' })
 * @category contradictions
 * @since 0.1.0
 */
export interface Moment {
  readonly time: number;
  readonly label: string;
}

/**
 * The valid-time moment of a stance entry.
 *
 * @example
 * import { momentOf } from '@stancelog/core'
 * assert.strictEqual(momentOf({ validFrom: 0, label: '1970-01-01' } as any).label, '1970-01-01')
 * @category contradictions
 * @since 0.1.0
 */
export function momentOf(entry: Pick<StanceEntry, 'validFrom' | 'label'>): Moment {
  return { time: entry.validFrom, label: entry.label };
}

/**
 * What a rule gives to open a contradiction.
 * @example
 * import { contradictionList, emptyContradictions, openContradiction } from '@stancelog/core'
 * import type { OpenSpec } from '@stancelog/core'
 * const spec: OpenSpec = { type: 'incompatible', key: 'ceasefire:russia~ukraine', issues: ['ceasefire'], actors: ['russia', 'ukraine'],
 *   since: { time: 0, label: '2025-03-13' }, statements: ['a', 'b'], summary: 'ukraine demands a ceasefire, russia rejects it' }
 * const ledger = emptyContradictions()
 * openContradiction(ledger, spec)
 * openContradiction(ledger, { ...spec, statements: ['c'] })
 * // The same type and key while open: one contradiction, with one more statement.
 * assert.deepStrictEqual(contradictionList(ledger).map((c) => c.statements), [['a', 'b', 'c']])
 * @category contradictions
 * @since 0.1.0
 */
export interface OpenSpec {
  readonly type: string;
  readonly key: string;
  readonly issues: ReadonlyArray<string>;
  readonly actors: ReadonlyArray<string>;
  readonly since: Moment;
  readonly statements: ReadonlyArray<string>;
  readonly summary: string;
  /**
   * A contradiction of its own even when the last one of this type and key
   * ended at or after `since`. By default that one is reopened instead: it
   * never stopped (two statements of one day read one after the other). A
   * reversal sets it: a holder turning back at once has made a second turn,
   * not undone the first.
   */
  readonly distinct?: boolean | undefined;
}

/**
 * An empty ledger.
 *
 * @example
 * import { emptyContradictions } from '@stancelog/core'
 * assert.strictEqual(emptyContradictions().byIssue.size, 0)
 * @category contradictions
 * @since 0.1.0
 */
export function emptyContradictions(): ContradictionsState {
  return { byIssue: new Map() };
}

// Change tracking, for a reader that follows one ledger as a replay changes it in place (the report's frames, one a
// day). Off unless a reader asks: the writes below then cost one test of `tracking`, which the replay does not feel.
// Kept beside the state, not in it: a snapshot, a copy or a live update's draft of the state knows nothing of it.
let tracking = false;
const trackers = new WeakMap<ContradictionsState, Map<ContradictionRecord, string>>();

/** Notes that a write touched `record`, filed under `issue` (or taken out of it), when `state` is tracked. */
function touched(state: ContradictionsState, issue: string, record: ContradictionRecord): void {
  if (tracking) trackers.get(state)?.set(record, issue);
}

/**
 * What changed in a tracked ledger since it was last asked (see
 * {@link trackContradictionChanges}): the records changed or filed, and
 * those taken out of it.
 * @example
 * import type { LedgerChanges } from '@stancelog/core'
 * const none: LedgerChanges = { changed: [], gone: [] }
 * assert.strictEqual(none.changed.length + none.gone.length, 0)
 * @category contradictions
 * @since 0.1.0
 */
export interface LedgerChanges {
  /** The records in the ledger now that were filed, or changed in place, since: each once, in no particular order. */
  readonly changed: ReadonlyArray<ContradictionRecord>;
  /** The records that were in it and are no longer (taken back, or taken away to be filed again under another number and not filed yet). */
  readonly gone: ReadonlyArray<ContradictionRecord>;
}

/**
 * Starts noting which records of a ledger change, for a reader that
 * follows a state a replay changes in place (`replay(..., { from })`) and
 * would otherwise compare every record each time to find the few that
 * changed (the report's frames, one a day: 25,795 records on 400 days).
 * Every write of this module notes the records it touches, and a rule that
 * changes a record in place without them says so with
 * {@link markContradictionChanged} (the built-in rules do). A rule of one's
 * own (`extraRules`) is given the ledger and may change a record in place
 * unnoticed: a reader of an analysis with such rules compares the records
 * itself. The changes are kept beside the state (not in it, nor in its
 * snapshot): a copy of the state, or a live update's draft of it, is not
 * tracked. Called again on a tracked ledger, it forgets what it noted.
 * Nothing is noted, at no cost to a replay, until some ledger is tracked.
 * @example
 * import { analysis, replay, statementMade, takeContradictionChanges, trackContradictionChanges } from '@stancelog/core'
 * import type { StatementKind, StoredEvent } from '@stancelog/core'
 * const said = (n: number, holder: string, polarity: '+' | '-', statedAt: string, kind: StatementKind = polarity === '+' ? 'demand' : 'reject') =>
 *   ({ ...statementMade({ holder, issue: 'ceasefire', kind, polarity, statedAt, source: { quote: `q${n}` } }), id: `s${n}`, position: n, schema: 1 }) as StoredEvent
 * const state = replay(analysis(), [said(1, 'ukraine', '+', '2025-03-11'), said(2, 'russia', '-', '2025-03-13')])
 * trackContradictionChanges(state.contradictions)
 * assert.deepStrictEqual(takeContradictionChanges(state.contradictions), { changed: [], gone: [] })
 * // Russia makes its refusal a red line: the clash, changed in place, lists one statement more.
 * replay(analysis(), [said(3, 'russia', '-', '2025-03-20', 'red-line')], { from: state })
 * const { changed } = takeContradictionChanges(state.contradictions)!
 * assert.deepStrictEqual(changed.map((r) => [r.type, r.statements]), [['incompatible', ['s2', 's1', 's3']]])
 * @category contradictions
 * @since 0.1.0
 */
export function trackContradictionChanges(state: ContradictionsState): void {
  tracking = true;
  trackers.set(state, new Map());
}

/**
 * What changed in a ledger since {@link trackContradictionChanges}, or
 * since this was last called for it (it starts noting anew); undefined
 * when the ledger is not tracked. A record counts as changed when a write
 * touched it, even if it wrote what was there.
 * @example
 * import { emptyContradictions, openContradiction, resolveContradiction, rewindContradiction, takeContradictionChanges, trackContradictionChanges } from '@stancelog/core'
 * const ledger = emptyContradictions()
 * assert.strictEqual(takeContradictionChanges(ledger), undefined) // not tracked
 * trackContradictionChanges(ledger)
 * openContradiction(ledger, { type: 'reversal', key: 'russia:ceasefire', issues: ['ceasefire'], actors: ['russia'], since: { time: 0, label: '2025-03-01' }, statements: ['a', 'b'], summary: 'russia reversed' })
 * resolveContradiction(ledger, 'reversal', 'ceasefire', 'russia:ceasefire', { time: 1, label: '2025-04-01' })
 * // Opened and resolved since: changed, once.
 * assert.deepStrictEqual(takeContradictionChanges(ledger)!.changed.map((r) => [r.id, r.untilLabel]), [['reversal:russia:ceasefire', '2025-04-01']])
 * rewindContradiction(ledger, 'reversal', 'ceasefire', 'russia:ceasefire', 0)
 * assert.deepStrictEqual(takeContradictionChanges(ledger)!.gone.map((r) => r.id), ['reversal:russia:ceasefire'])
 * @category contradictions
 * @since 0.1.0
 */
export function takeContradictionChanges(state: ContradictionsState): LedgerChanges | undefined {
  const noted = trackers.get(state);
  if (noted === undefined) return undefined;
  trackers.set(state, new Map());
  const changed: ContradictionRecord[] = [];
  const gone: ContradictionRecord[] = [];
  // Where a write left it: filed under the issue it was last written under, by its id, or not.
  for (const [record, issue] of noted) (state.byIssue.get(issue)?.records.get(record.id) === record ? changed : gone).push(record);
  return { changed, gone };
}

/**
 * Says that a rule changed a record of a ledger in place, past this
 * module's writes (as the `reversal` rule names anew the word a turn
 * turned from): a reader tracking the ledger (see
 * {@link trackContradictionChanges}) then sees it among the changes. Does
 * nothing when the ledger is not tracked.
 * @example
 * import { emptyContradictions, markContradictionChanged, openContradiction, takeContradictionChanges, trackContradictionChanges } from '@stancelog/core'
 * const ledger = emptyContradictions()
 * openContradiction(ledger, { type: 'reversal', key: 'russia:ceasefire', issues: ['ceasefire'], actors: ['russia'], since: { time: 0, label: '2025-03-01' }, statements: ['a', 'b'], summary: 'russia went from reject (-) to accept (+)' })
 * trackContradictionChanges(ledger)
 * const record = ledger.byIssue.get('ceasefire')!.records.get('reversal:russia:ceasefire')!
 * record.summary = 'russia went from hedge (0) to accept (+)'
 * markContradictionChanged(ledger, 'ceasefire', record)
 * assert.deepStrictEqual(takeContradictionChanges(ledger)!.changed, [record])
 * @category contradictions
 * @since 0.1.0
 */
export function markContradictionChanged(state: ContradictionsState, issue: string, record: ContradictionRecord): void {
  touched(state, issue, record);
}

// A summary, key or id built by concatenation is a rope in V8: a 32-byte
// node per piece, every piece kept alive. Reading a character flattens it
// into one block (the trick of the `flatstr` package). Where stances flip
// often the ledger keeps hundreds of thousands of records, and flat strings
// take half the memory. The xor keeps the read from being optimised away.
let flattened = 0;
function flat(text: string): string {
  flattened ^= text.length > 0 ? text.charCodeAt(0) : 0;
  return text;
}

/**
 * An issue's ledger as a plain object, to read. Under immer (a live
 * update), the first record read through the drafted ledger copies its
 * map of records, and each record read is a draft of its own: a rule that
 * looks through records to decide whether to change any reads this
 * instead, and writes through `ctx` only when it does. A ledger not
 * changed yet in the update is its original, at no cost; one already
 * changed is copied whole, as it stands, at each call: a rule that may ask
 * for it once for each of many positions of a batch (statements read out
 * of order) reads the few records it compares through the draft instead.
 * Outside a draft it is the ledger itself. Read it, never change it.
 * @example
 * import { emptyContradictions, openContradiction, plainLedger } from '@stancelog/core'
 * import { enableMapSet, isDraft, produce } from 'immer'
 * enableMapSet() // the state holds Maps: immer drafts them once this is called (core calls it on its first live update)
 * const state = emptyContradictions()
 * openContradiction(state, { type: 'reversal', key: 'russia:ceasefire', issues: ['ceasefire'], actors: ['russia'], since: { time: 0, label: '2025-03-01' }, statements: ['a', 'b'], summary: 'russia reversed' })
 * assert.strictEqual(plainLedger(state, 'ceasefire'), state.byIssue.get('ceasefire'))
 * produce(state, (draft) => {
 *   const ledger = plainLedger(draft, 'ceasefire')!
 *   assert.ok(!isDraft(ledger) && !isDraft(ledger.records.get('reversal:russia:ceasefire')))
 * })
 * @category contradictions
 * @since 0.1.0
 */
export function plainLedger(state: ContradictionsState, issue: string): IssueLedger | undefined {
  const ledger = state.byIssue.get(issue);
  return ledger !== undefined && isDraft(ledger) ? (current(ledger as Draft<IssueLedger>) as IssueLedger) : ledger;
}

/** The id of record `n` of the contradiction whose first record's id is `first` (see {@link numberedRecord}). */
function recordId(first: string, n: number): string {
  return n === 1 ? first : `${first}#${n}`;
}

/**
 * Record `n` (counted from 1, in the order opened) of a contradiction filed
 * in an issue's ledger, named by the id of its first record (`type:key`, the
 * key of its {@link LedgerStatus}): that id itself, then `#2`, `#3` and so on
 * after it. Undefined past the last (`status.opened`). Records of one
 * contradiction follow one another in valid time, so a rule can find by
 * bisection the first begun after a moment.
 * @example
 * import { emptyContradictions, numberedRecord, openContradiction, resolveContradiction } from '@stancelog/core'
 * const state = emptyContradictions()
 * const spec = { type: 'reversal', key: 'russia:ceasefire', issues: ['ceasefire'], actors: ['russia'], statements: ['a', 'b'], summary: 'russia reversed', distinct: true }
 * openContradiction(state, { ...spec, since: { time: 0, label: '2025-03-01' } })
 * resolveContradiction(state, 'reversal', 'ceasefire', 'russia:ceasefire', { time: 1, label: '2025-04-01' })
 * openContradiction(state, { ...spec, since: { time: 1, label: '2025-04-01' } })
 * const ledger = state.byIssue.get('ceasefire')!
 * assert.deepStrictEqual([1, 2, 3].map((n) => numberedRecord(ledger, 'reversal:russia:ceasefire', n)?.id), ['reversal:russia:ceasefire', 'reversal:russia:ceasefire#2', undefined])
 * @category contradictions
 * @since 0.1.0
 */
export function numberedRecord(ledger: IssueLedger, first: string, n: number): ContradictionRecord | undefined {
  return ledger.records.get(recordId(first, n));
}

function statusOf(state: ContradictionsState, type: string, issue: string, key: string): LedgerStatus | undefined {
  return state.byIssue.get(issue)?.status.get(`${type}:${key}`);
}

/** Adds the statements a record does not list yet. */
function addStatements(record: ContradictionRecord, ids: ReadonlyArray<string>): void {
  if (!isDraft(record)) {
    for (const id of ids) if (!record.statements.includes(id)) record.statements.push(id);
    return;
  }
  // A live update's draft: a long clash lists hundreds, and each one read or pushed through the draft's proxy is a
  // trap. Searched plain and written as a new list, which later reads of this update get back as it is, unproxied.
  const listed = plainStrings(record.statements);
  let next: string[] | undefined;
  for (const id of ids) if (!listed.includes(id) && !next?.includes(id)) (next ??= [...listed]).push(id);
  if (next !== undefined) record.statements = next;
}

/** Adds the actors a record does not list yet, keeping the list sorted. */
function addActors(record: ContradictionRecord, actors: ReadonlyArray<string>): void {
  const listed = plainStrings(record.actors);
  if (actors.some((a) => !listed.includes(a))) record.actors = [...new Set([...listed, ...actors])].sort();
}

/** A list as it stands, read without a draft's proxy (a copy of it when the draft was written). */
function plainStrings(list: string[]): ReadonlyArray<string> {
  return isDraft(list) ? current(list) : list;
}

function ledgerOf(state: ContradictionsState, issue: string): IssueLedger {
  let ledger = state.byIssue.get(issue);
  if (!ledger) state.byIssue.set(issue, (ledger = { records: new Map(), status: new Map() }));
  return ledger;
}

/**
 * Every contradiction of the ledger, in no particular order.
 *
 * @example
 * import { allContradictions, emptyContradictions } from '@stancelog/core'
 * assert.deepStrictEqual([...allContradictions(emptyContradictions())], [])
 * @category contradictions
 * @since 0.1.0
 */
export function* allContradictions(state: ContradictionsState): Generator<ContradictionRecord> {
  for (const ledger of state.byIssue.values()) yield* ledger.records.values();
}

/**
 * Opens a contradiction in the ledger (or adds statements and actors to the
 * open one).
 *
 * @example
 * import { emptyContradictions, openContradiction } from '@stancelog/core'
 * const ledger = emptyContradictions()
 * openContradiction(ledger, { type: 'incompatible', key: 'ceasefire:russia~ukraine', issues: ['ceasefire'], actors: ['russia', 'ukraine'],
 *   since: { time: 0, label: '2025-04-23' }, statements: ['a', 'b'], summary: 'ukraine demands a ceasefire, russia rejects it' })
 * assert.ok(ledger.byIssue.get('ceasefire')?.records.has('incompatible:ceasefire:russia~ukraine'))
 * @category contradictions
 * @since 0.1.0
 */
export function openContradiction(state: ContradictionsState, spec: OpenSpec): void {
  const ledger = ledgerOf(state, spec.issues[0] ?? '');
  const base = `${spec.type}:${spec.key}`;
  let status = ledger.status.get(base);
  if (status !== undefined && status.open !== undefined) {
    const record = ledger.records.get(status.open)!;
    addStatements(record, spec.statements);
    // Another holder can join an open contradiction (a second voice in a deadlock).
    addActors(record, spec.actors);
    // The summary says what holds now: a side that changed its words while the contradiction stays open is named by its latest.
    if (record.summary !== spec.summary) record.summary = flat(spec.summary);
    touched(state, spec.issues[0] ?? '', record);
    return;
  }
  if (status === undefined) ledger.status.set(base, (status = { opened: 0, open: undefined }));
  const n = status.opened + 1;
  // Resolved, then found again holding since before it was resolved (two
  // statements of one day read one after the other): it never stopped, so
  // the same contradiction is reopened rather than a new one counted.
  const last = n === 1 ? undefined : numberedRecord(ledger, base, n - 1);
  if (last && last.until !== undefined && spec.since.time <= last.until && spec.distinct !== true) {
    last.until = undefined;
    last.untilLabel = undefined;
    last.resolvedBy = undefined;
    addStatements(last, spec.statements);
    // As when it is open: a holder found in it now joins it (a deadlock whose edge another holder took over the same day).
    addActors(last, spec.actors);
    if (last.summary !== spec.summary) last.summary = flat(spec.summary);
    status.open = last.id;
    touched(state, spec.issues[0] ?? '', last);
    return;
  }
  status.opened = n;
  const id = recordId(base, n);
  const record: ContradictionRecord = {
    id: flat(id),
    type: spec.type,
    // Opened again (two holders whose stances keep crossing), a contradiction
    // shares with its previous record what did not change: where stances flip
    // often the ledger holds a record per reopening, and these took half of
    // each. Records never change these in place (statements, which grow, are not shared).
    key: last !== undefined && last.key === spec.key ? last.key : flat(spec.key),
    issues: last !== undefined && sameStrings(last.issues, spec.issues) ? last.issues : [...spec.issues],
    actors: last !== undefined && sameStrings(last.actors, spec.actors) ? last.actors : [...spec.actors],
    since: spec.since.time,
    sinceLabel: spec.since.label,
    until: undefined,
    untilLabel: undefined,
    resolvedBy: undefined,
    statements: [...spec.statements],
    summary: sharedSummary(ledger, base, n, last, spec.summary),
  };
  ledger.records.set(id, record);
  status.open = id;
  touched(state, spec.issues[0] ?? '', record);
}

/**
 * The summary of a record opened again, as one string with the earlier
 * record's that reads the same: two holders whose stances keep crossing
 * alternate between two summaries (which of them wants what), so the
 * record before the last is looked at too.
 */
function sharedSummary(ledger: IssueLedger, base: string, n: number, last: ContradictionRecord | undefined, summary: string): string {
  if (last === undefined) return flat(summary);
  if (last.summary === summary) return last.summary;
  const before = n >= 3 ? numberedRecord(ledger, base, n - 2) : undefined;
  return before !== undefined && before.summary === summary ? before.summary : flat(summary);
}

function sameStrings(a: ReadonlyArray<string>, b: ReadonlyArray<string>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Whether two records say the same, field by field: for a rule that
 * derives its records into a ledger of its own and writes them only where
 * they differ from those held (see {@link plainLedger}).
 * @example
 * import { emptyContradictions, openContradiction, plainLedger, sameRecord } from '@stancelog/core'
 * const spec = { type: 'reversal', key: 'russia:ceasefire', issues: ['ceasefire'], actors: ['russia'], since: { time: 0, label: '2025-03-01' }, statements: ['a', 'b'], summary: 'russia reversed' }
 * const [x, y] = [emptyContradictions(), emptyContradictions()]
 * openContradiction(x, spec)
 * openContradiction(y, { ...spec, statements: ['a', 'c'] })
 * const record = (state: typeof x) => plainLedger(state, 'ceasefire')!.records.get('reversal:russia:ceasefire')
 * assert.ok(sameRecord(record(x), record(x)) && !sameRecord(record(x), record(y)) && !sameRecord(record(x), undefined))
 * @category contradictions
 * @since 0.1.0
 */
export function sameRecord(a: ContradictionRecord | undefined, b: ContradictionRecord | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return (
    a.id === b.id &&
    a.type === b.type &&
    a.key === b.key &&
    a.since === b.since &&
    a.sinceLabel === b.sinceLabel &&
    a.until === b.until &&
    a.untilLabel === b.untilLabel &&
    a.resolvedBy === b.resolvedBy &&
    a.summary === b.summary &&
    sameStrings(a.issues, b.issues) &&
    sameStrings(a.actors, b.actors) &&
    sameStrings(a.statements, b.statements)
  );
}

/**
 * Resolves an open contradiction at a moment, `by` a statement (its id, kept
 * as the record's `resolvedBy`) when one ended it.
 *
 * @example
 * import { emptyContradictions, openContradiction, resolveContradiction } from '@stancelog/core'
 * const ledger = emptyContradictions()
 * openContradiction(ledger, { type: 'reversal', key: 'russia:ceasefire', issues: ['ceasefire'], actors: ['russia'],
 *   since: { time: 0, label: '2025-03-01' }, statements: ['a', 'b'], summary: 'russia reversed' })
 * resolveContradiction(ledger, 'reversal', 'ceasefire', 'russia:ceasefire', { time: 1, label: '2025-04-01' }, 'c')
 * const record = ledger.byIssue.get('ceasefire')?.records.get('reversal:russia:ceasefire')
 * assert.deepStrictEqual([record?.untilLabel, record?.resolvedBy], ['2025-04-01', 'c'])
 * @category contradictions
 * @since 0.1.0
 */
export function resolveContradiction(state: ContradictionsState, type: string, issue: string, key: string, at: Moment, by?: string): void {
  const status = statusOf(state, type, issue, key);
  if (status === undefined || status.open === undefined) return;
  const record = state.byIssue.get(issue)!.records.get(status.open)!;
  // A contradiction cannot end before it began (a late-read older statement).
  record.until = Math.max(at.time, record.since);
  record.untilLabel = at.time >= record.since ? at.label : record.sinceLabel;
  record.resolvedBy = by;
  status.open = undefined;
  touched(state, issue, record);
}

/**
 * Takes a contradiction of a type and key, filed under an issue, back to its
 * first `keep` records, open or resolved: the later ones are taken away
 * (and returned, oldest first), and with `reopen` the last one kept is open
 * again (its end forgotten). The next `openContradiction` of it is record
 * `keep + 1`. For a rule that derives its records anew from some point of a
 * holder's history on (the `reversal` rule, when a statement read late
 * changes the holder's past); the records taken away can be filed again
 * after the new ones with {@link appendContradictions}.
 *
 * @example
 * import { emptyContradictions, openContradiction, resolveContradiction, rewindContradiction } from '@stancelog/core'
 * const ledger = emptyContradictions()
 * const spec = { type: 'reversal', key: 'russia:ceasefire', issues: ['ceasefire'], actors: ['russia'], statements: ['a', 'b'], summary: 'russia reversed', distinct: true }
 * openContradiction(ledger, { ...spec, since: { time: 0, label: '2025-03-01' } })
 * resolveContradiction(ledger, 'reversal', 'ceasefire', 'russia:ceasefire', { time: 1, label: '2025-04-01' })
 * openContradiction(ledger, { ...spec, since: { time: 1, label: '2025-04-01' } })
 * // Back to the first record, open again: the second is forgotten.
 * rewindContradiction(ledger, 'reversal', 'ceasefire', 'russia:ceasefire', 1, true)
 * const records = [...ledger.byIssue.get('ceasefire')!.records.values()]
 * assert.deepStrictEqual(records.map((r) => [r.id, r.until]), [['reversal:russia:ceasefire', undefined]])
 * // Back to none: the next one opened is the first again.
 * rewindContradiction(ledger, 'reversal', 'ceasefire', 'russia:ceasefire', 0)
 * assert.strictEqual(ledger.byIssue.get('ceasefire')?.records.size, 0)
 * @category contradictions
 * @since 0.1.0
 */
export function rewindContradiction(state: ContradictionsState, type: string, issue: string, key: string, keep: number, reopen = false): ContradictionRecord[] {
  const ledger = state.byIssue.get(issue);
  const base = `${type}:${key}`;
  const status = ledger?.status.get(base);
  if (ledger === undefined || status === undefined) return [];
  const taken: ContradictionRecord[] = [];
  for (let n = Math.max(keep, 0) + 1; n <= status.opened; n++) {
    const id = recordId(base, n);
    const record = ledger.records.get(id);
    if (record === undefined) continue;
    taken.push(record);
    ledger.records.delete(id);
    touched(state, issue, record);
  }
  if (keep <= 0) {
    ledger.status.delete(base);
    return taken;
  }
  const kept = Math.min(keep, status.opened);
  status.opened = kept;
  const last = numberedRecord(ledger, base, kept)!;
  if (reopen) {
    last.until = undefined;
    last.untilLabel = undefined;
    last.resolvedBy = undefined;
    status.open = last.id;
    touched(state, issue, last);
  } else status.open = last.until === undefined ? last.id : undefined;
  return taken;
}

/**
 * Puts a contradiction's records (filed under `issue`, `base` being
 * `type:key`) as a rule derived them in a ledger of its own, numbered and
 * named there as this ledger names them: `records` in place of those it
 * holds under their ids, the ids `taken` (held past the last derived) taken
 * away, and `status` (undefined: none opened) as the rule's ledger has it.
 * Under a live update this writes each of them once, where
 * {@link rewindContradiction} then {@link appendContradictions} would read
 * each record taken back, and the status, through the draft (a draft of
 * its own each).
 *
 * @example
 * import { emptyContradictions, openContradiction, replaceContradictionRecords, resolveContradiction } from '@stancelog/core'
 * const spec = { type: 'incompatible', key: 'ceasefire:russia~ukraine', issues: ['ceasefire'], actors: ['russia', 'ukraine'], since: { time: 0, label: '2025-03-13' }, statements: ['a', 'b'], summary: 'at odds' }
 * const held = emptyContradictions()
 * openContradiction(held, spec)
 * // Derived anew in a ledger of its own: the clash ended on 1 April.
 * const derived = emptyContradictions()
 * openContradiction(derived, spec)
 * resolveContradiction(derived, 'incompatible', 'ceasefire', 'ceasefire:russia~ukraine', { time: 1, label: '2025-04-01' }, 'c')
 * const base = 'incompatible:ceasefire:russia~ukraine'
 * const ledger = derived.byIssue.get('ceasefire')!
 * replaceContradictionRecords(held, 'ceasefire', base, [ledger.records.get(base)!], [], ledger.status.get(base))
 * assert.deepStrictEqual([held.byIssue.get('ceasefire')!.records.get(base)!.untilLabel, held.byIssue.get('ceasefire')!.status.get(base)], ['2025-04-01', { opened: 1, open: undefined }])
 * @category contradictions
 * @since 0.1.0
 */
export function replaceContradictionRecords(
  state: ContradictionsState,
  issue: string,
  base: string,
  records: ReadonlyArray<ContradictionRecord>,
  taken: ReadonlyArray<string>,
  status: LedgerStatus | undefined,
): void {
  const ledger = ledgerOf(state, issue);
  if (tracking) {
    // The records put in place of others (another object under the same id) and those taken away, before they go.
    for (const id of taken) {
      const record = ledger.records.get(id);
      if (record !== undefined) touched(state, issue, record);
    }
    for (const record of records) {
      const was = ledger.records.get(record.id);
      if (was !== undefined && was !== record) touched(state, issue, was);
      touched(state, issue, record);
    }
  }
  for (const record of records) ledger.records.set(record.id, record);
  for (const id of taken) ledger.records.delete(id);
  if (status === undefined) ledger.status.delete(base);
  else ledger.status.set(base, { opened: status.opened, open: status.open });
}

/**
 * Files records of a contradiction of a type and key (filed under an issue)
 * after its last one, numbered on: each gets the id of its new number, and
 * the contradiction is open if the last of them is. For the records a
 * {@link rewindContradiction} took away, when a rule that derived some
 * anew finds that the ones after them stand as they were, only their number
 * moved (the `reversal` rule: a turn found late in a holder's past leaves
 * the later turns as they were, one further on).
 *
 * @example
 * import { emptyContradictions, openContradiction, resolveContradiction, rewindContradiction, appendContradictions } from '@stancelog/core'
 * const ledger = emptyContradictions()
 * const spec = { type: 'reversal', key: 'russia:ceasefire', issues: ['ceasefire'], actors: ['russia'], statements: ['a', 'b'], summary: 'russia reversed', distinct: true }
 * openContradiction(ledger, { ...spec, since: { time: 0, label: '2025-03-01' } })
 * resolveContradiction(ledger, 'reversal', 'ceasefire', 'russia:ceasefire', { time: 1, label: '2025-04-01' })
 * openContradiction(ledger, { ...spec, since: { time: 1, label: '2025-04-01' } })
 * // A turn found before the first: the two found before come after it, renumbered.
 * const later = rewindContradiction(ledger, 'reversal', 'ceasefire', 'russia:ceasefire', 0)
 * openContradiction(ledger, { ...spec, since: { time: -1, label: '2025-02-01' } })
 * resolveContradiction(ledger, 'reversal', 'ceasefire', 'russia:ceasefire', { time: 0, label: '2025-03-01' })
 * appendContradictions(ledger, 'reversal', 'ceasefire', 'russia:ceasefire', later)
 * const records = [...ledger.byIssue.get('ceasefire')!.records.values()]
 * assert.deepStrictEqual(records.map((r) => [r.id, r.sinceLabel, r.untilLabel]), [
 *   ['reversal:russia:ceasefire', '2025-02-01', '2025-03-01'],
 *   ['reversal:russia:ceasefire#2', '2025-03-01', '2025-04-01'],
 *   ['reversal:russia:ceasefire#3', '2025-04-01', undefined],
 * ])
 * @category contradictions
 * @since 0.1.0
 */
export function appendContradictions(state: ContradictionsState, type: string, issue: string, key: string, records: ReadonlyArray<ContradictionRecord>): void {
  if (records.length === 0) return;
  const ledger = ledgerOf(state, issue);
  const base = `${type}:${key}`;
  let status = ledger.status.get(base);
  if (status === undefined) ledger.status.set(base, (status = { opened: 0, open: undefined }));
  // Records taken away together are numbered one after the other: where a
  // new number is the old number of another, its id (a string already made
  // and hashed) is used again, as a turn found late moves thousands by one.
  const oldFirst = numberOf(records[0]!.id, base);
  const consecutive = oldFirst > 0 && numberOf(records[records.length - 1]!.id, base) === oldFirst + records.length - 1;
  const shift = status.opened + 1 - oldFirst;
  const oldIds = consecutive ? records.map((r) => r.id) : [];
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    const n = ++status.opened;
    const reused = oldIds[i + shift];
    const id = reused ?? flat(recordId(base, n));
    if (tracking) {
      // Another record under the number it takes (none, after a rewind; a rule of one's own may file over one).
      const was = ledger.records.get(id);
      if (was !== undefined && was !== record) touched(state, issue, was);
    }
    // Taken out of this ledger, the record is filed again under its new number rather than copied (under immer, it is a draft).
    (record as { id: string }).id = id;
    ledger.records.set(id, record);
    status.open = record.until === undefined ? id : undefined;
    touched(state, issue, record);
  }
}

/**
 * Takes away an issue's ledger that holds no record and no status any more
 * (every contradiction filed under it was taken back, see
 * {@link rewindContradiction}), as if it had never been: for a rule that
 * derives its records anew once per batch, so that the batch leaves the
 * state that reading its events one at a time leaves (which derives, and
 * takes back, records in between). A ledger with anything in it stays.
 *
 * @example
 * import { dropEmptyLedger, emptyContradictions, openContradiction, rewindContradiction } from '@stancelog/core'
 * const state = emptyContradictions()
 * openContradiction(state, { type: 'incompatible', key: 'ceasefire:russia~ukraine', issues: ['ceasefire'], actors: ['russia', 'ukraine'],
 *   since: { time: 0, label: '1970-01-01' }, statements: ['a', 'b'], summary: 'russia against ukraine' })
 * dropEmptyLedger(state, 'ceasefire')
 * assert.ok(state.byIssue.has('ceasefire')) // it holds a record
 * rewindContradiction(state, 'incompatible', 'ceasefire', 'ceasefire:russia~ukraine', 0)
 * dropEmptyLedger(state, 'ceasefire')
 * assert.ok(!state.byIssue.has('ceasefire'))
 * @category contradictions
 * @since 0.1.0
 */
export function dropEmptyLedger(state: ContradictionsState, issue: string): void {
  const ledger = state.byIssue.get(issue);
  if (ledger !== undefined && ledger.records.size === 0 && ledger.status.size === 0) state.byIssue.delete(issue);
}

/** The number of a record from its id (`base`, `base#2`, ...), 0 if it is none of the contradiction's. */
function numberOf(id: string, base: string): number {
  if (id === base) return 1;
  if (id.length <= base.length + 1 || !id.startsWith(base) || id.charCodeAt(base.length) !== 35) return 0;
  const n = Number(id.slice(base.length + 1));
  return Number.isInteger(n) && n > 1 ? n : 0;
}

/**
 * Whether a contradiction of a type and key, filed under an issue, is open.
 *
 * @example
 * import { emptyContradictions, isContradictionOpen, openContradiction } from '@stancelog/core'
 * const ledger = emptyContradictions()
 * openContradiction(ledger, { type: 'reversal', key: 'russia:ceasefire', issues: ['ceasefire'], actors: ['russia'],
 *   since: { time: 0, label: '2025-03-01' }, statements: ['a', 'b'], summary: 'russia reversed' })
 * assert.ok(isContradictionOpen(ledger, 'reversal', 'ceasefire', 'russia:ceasefire'))
 * @category contradictions
 * @since 0.1.0
 */
export function isContradictionOpen(state: ContradictionsState, type: string, issue: string, key: string): boolean {
  return statusOf(state, type, issue, key)?.open !== undefined;
}
