/**
 * The positions projection: for each holder and issue, the current stance,
 * since when, on what evidence, and its history.
 *
 * Rules, in valid time (`statedAt`):
 * - the latest stated stance is current; statements without a date count
 *   from the time they were recorded;
 * - within one day, a first-hand statement outweighs a third-party report,
 *   and a firm stance (`+` or `-`) outweighs a non-committal one (`0`);
 *   then the later stated wins, and of one minute the later recorded (the
 *   one the log learnt later), so that a day is weighed alike whatever order
 *   the log learnt its statements in. A correction (a statement's
 *   `corrects`, as `stancelog correct` appends it) counts where the
 *   statement it corrects did, not after the words the log learnt since. A statement dated to the day alone
 *   counts from the day's start: one stated at a time of that day is later;
 * - a holder's own word outweighs third parties' reports for a while after
 *   it (30 days by default, `ownWordsDays`, counted in calendar days): a
 *   report stated within that time of the holder's latest own word before
 *   it is evidence when it agrees (its firmness counts, its conditions do
 *   not: they are the reporter's account of the holder's terms), and sets no
 *   stance when it does not (the `conflicting-reports` rule flags it). "Putin agreed to a truce", said by
 *   another government three days after Moscow rejected one, leaves
 *   Moscow's stance as it stated it;
 * - the same stance stated again, or reported by several sources, is one
 *   position with several pieces of evidence: `statements` lists them and
 *   `sources` counts the independent publishers;
 * - conditions accumulate while the stance holds: "talks, but only after a
 *   ceasefire" followed by "we propose a meeting next week" still carries
 *   the ceasefire condition; a change of polarity or a retraction drops
 *   them, and a later condition on the same issue replaces an earlier one;
 *   a retraction starts the stance anew even when the holder restates it
 *   later the same day ("we drop the precondition; talks can start next week");
 * - so does firmness: a stance made a demand, a condition or a red line
 *   stays one while it holds (`firmKind`), though restated more softly ("we
 *   reject any cession of land" after "no land is a red line");
 * - the conditions a threat names are what sets it off ("sanctions if the
 *   truce is refused"), not steps the holder wants taken first: they are
 *   conditions of the stance, not `preconditions` (which gather alike from
 *   the stance's other words, and make the precondition graph);
 * - a `retract` statement withdraws the stance of its polarity (polarity
 *   `0`, kind `retract`), when it is the one held as the retraction is said
 *   (in valid time, the words of its day before it weighed with those of
 *   earlier days), or the withdrawal of it said again; `retract 0` names
 *   no stance, and withdraws whatever is held, as does a retraction with
 *   nothing before it. A retraction of a stance not held ("Moscow dropped
 *   its demand" after Moscow turned from it) changes nothing: it stays in
 *   the history, as an outranked word does, and sets no stance, ends no
 *   run and is no evidence of one.
 *
 * This module keeps the state and applies statements to it, in any order.
 * A statement as kept is `stance-entry.ts`'s; weighing a history by days
 * and runs, `stance-runs.ts`'s; positions as printed, `position-view.ts`'s.
 *
 * @since 0.1.0
 */
import { current, isDraft, original } from 'immer';
import { positionsSnapshot } from './positions-snapshot.js';
import type { Draft } from 'immer';
import type { StoredEvent } from './envelope.js';
import { reducer } from './reducer.js';
import type { Reducer } from './reducer.js';
import { effectivePolarity, NEVER, NO_CONDITIONS, sameConditions, sameEntry, sameStance, stanceEntry } from './stance-entry.js';
import type { StanceEntry } from './stance-entry.js';
import { dayNumber, DAY_MINUTES, firmKindOf, groupEnd, groupStart, groupWinner, insertionIndex, latestWinner, mergeConditions, runFrom, runOf, setsPreconditions, termsOf, wins, withinOwnWords, yielding } from './stance-runs.js';
import type { Yielding } from './stance-runs.js';
import type { Condition, Polarity, StatementKind } from './statement.js';

/** How long a holder's own word outweighs third parties' reports, by default: the `conflicting-reports` rule's window. */
const OWN_WORDS_DAYS = 30;

/**
 * The state of one holder x issue.
 * @example
 * import { getPosition, openMemoryStore, positions, readAll, replay, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'ukraine', issue: 'peace-talks', kind: 'condition', polarity: '+', conditions: [{ issue: 'ceasefire', polarity: '+' }], statedAt: '2025-03-11', source: { quote: 'talks, but only after a ceasefire' } }),
 *   statementMade({ holder: 'ukraine', issue: 'peace-talks', kind: 'propose', polarity: '+', statedAt: '2025-05-15', source: { quote: 'we propose a meeting next week' } }),
 *   statementMade({ holder: 'european-union', issue: 'sanctions', kind: 'threat', polarity: '+', conditions: [{ issue: 'ceasefire', polarity: '-' }], statedAt: '2025-05-01', source: { quote: 'sanctions if the truce is refused' } }),
 * ])
 * const state = replay(positions(), await readAll(store))
 * const p = getPosition(state, 'ukraine', 'peace-talks')!
 * // The proposal is current, still carries the ceasefire condition, and the stance holds since March.
 * assert.deepStrictEqual([p.current.kind, p.conditions, p.sinceLabel, p.history.length], ['propose', [{ issue: 'ceasefire', polarity: '+' }], '2025-03-11', 2])
 * // A threat's trigger is a condition of its position, and no precondition: nothing waits on it.
 * const threat = getPosition(state, 'european-union', 'sanctions')!
 * assert.deepStrictEqual([threat.conditions, threat.preconditions], [[{ issue: 'ceasefire', polarity: '-' }], []])
 * @category positions
 * @since 0.1.0
 */
export interface PositionState {
  readonly holder: string;
  readonly issue: string;
  /** `holder` and `issue` in one string (see {@link positionKey}). */
  readonly key: string;
  /** Every statement, ordered by valid time then log position (a correction at the place of the statement it corrects: see {@link StanceEntry.position}). */
  history: StanceEntry[];
  /** The statement that sets the current stance. */
  current: StanceEntry;
  /** The conditions of the current stance, gathered from its evidence (not from reports that yield to the holder's own word: see {@link PositionsOptions.ownWordsDays}). */
  conditions: Condition[];
  /**
   * The conditions of the current stance that are preconditions, gathered
   * as `conditions` are from its words that are not threats: a threat's
   * conditions set it off ("sanctions if the truce is refused"), nothing
   * waits on them. What the precondition graph is made of. It may be the
   * very array of `conditions` (while no threat brought one, a replay
   * shares it): never change either in place.
   */
  preconditions: Condition[];
  /**
   * The latest demand, condition or red line among the current stance's
   * evidence, if any: a stance made firm stays firm while it holds, though
   * later restated more softly (a red line, then "we reject it").
   */
  firmKind: StatementKind | undefined;
  /** Valid time (minutes since the epoch) of the oldest evidence: the stance holds since then. */
  since: number;
  /** `statedAt` (or recorded day) of the oldest evidence. */
  sinceLabel: string;
  /** The contradiction rules' own state for this holder x issue (see `ContradictionRule.initialSlot`), filled by the analysis. */
  slots: unknown[];
  /** Valid time (minutes since the epoch) of the holder's latest own word in the history; -2^31 while it has none. */
  lastOwn: number;
  /** For how long (minutes) the holder's own word outweighs third parties' reports (see {@link PositionsOptions}). */
  readonly ownWordsWindow: number;
}

/**
 * All positions, by issue then holder. Nested so that a live update under
 * immer copies only the small maps of the issue concerned.
 * @example
 * import { analysis, openMemoryStore, readAll, replay, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11', source: { quote: 'a 30-day ceasefire, now' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'a truce would only let Kyiv rearm' } }),
 * ])
 * const { positions } = replay(analysis(), await readAll(store))
 * // By issue, then holder: every holder's stance on one issue is one lookup.
 * assert.deepStrictEqual([...positions.byIssue.get('ceasefire')!.keys()], ['ukraine', 'russia'])
 * @category positions
 * @since 0.1.0
 */
export interface PositionsState {
  byIssue: Map<string, Map<string, PositionState>>;
  /** The window of {@link PositionsOptions.ownWordsDays}, in days (30 when absent). */
  readonly ownWordsDays?: number | undefined;
}

/**
 * Options of the positions projection.
 * @example
 * import { openMemoryStore, positionList, positions, readAll, replay, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'a truce would only let Kyiv rearm' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', speaker: { name: 'Donald Trump', actor: 'united-states' }, statedAt: '2025-03-18', source: { quote: 'Putin agreed to a truce' } }),
 * ])
 * const events = await readAll(store)
 * const stance = (ownWordsDays?: number) => positionList(replay(positions({ ownWordsDays }), events))[0]!.polarity
 * // Five days after Moscow's own refusal, Washington's account of it does not set its stance; with a window of 3 days, it does.
 * assert.deepStrictEqual([stance(), stance(3)], ['-', '+'])
 * @category positions
 * @since 0.1.0
 */
export interface PositionsOptions {
  /**
   * For how many days after a holder's own word third parties' reports of
   * its stance yield to it (default 30), counted in calendar days whatever
   * time of day either gives (a report of the 30th day after is out): such a
   * report is evidence when it agrees, and sets no stance when it does not.
   * 0: only on the same day.
   */
  readonly ownWordsDays?: number | undefined;
}

/**
 * The position of a holder on an issue, if it has stated one.
 *
 * @example
 * import { getPosition, positions } from '@stancelog/core'
 * assert.strictEqual(getPosition(positions().initial(), 'russia', 'ceasefire'), undefined)
 * @category positions
 * @since 0.1.0
 */
export function getPosition(state: PositionsState, holder: string, issue: string): PositionState | undefined {
  return state.byIssue.get(issue)?.get(holder);
}

/**
 * Every position, issue by issue.
 *
 * @example
 * import { allPositions, positions } from '@stancelog/core'
 * assert.deepStrictEqual([...allPositions(positions().initial())], [])
 * @category positions
 * @since 0.1.0
 */
export function* allPositions(state: PositionsState): Generator<PositionState> {
  for (const holders of state.byIssue.values()) yield* holders.values();
}

/**
 * A change of a holder's current stance on an issue: what contradiction
 * rules react to. `before` is absent for a first statement.
 * @example
 * import { analysis, openMemoryStore, readAll, replay, statementMade } from '@stancelog/core'
 * import type { ContradictionRule, StanceChange } from '@stancelog/core'
 * const changes: StanceChange[] = []
 * const watch: ContradictionRule = { type: 'watch', version: '1', initial: () => undefined, onChange: (_ctx, _state, change) => void changes.push(change) }
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'ukraine', issue: 'peace-talks', kind: 'propose', polarity: '+', statedAt: '2025-03-11', source: { quote: 'we are ready for talks' } }),
 *   statementMade({ holder: 'ukraine', issue: 'peace-talks', kind: 'propose', polarity: '+', conditions: [{ issue: 'ceasefire', polarity: '+' }], statedAt: '2025-03-12', source: { quote: 'talks once the guns fall silent' } }),
 * ])
 * replay(analysis({ extraRules: [watch] }), await readAll(store))
 * // The same stance with a new condition is a change too: the circular-precondition rule reacts to it.
 * assert.deepStrictEqual(changes.map((c) => [c.before?.polarity, c.after.polarity, c.conditionsAfter.map((x) => x.issue)]), [[undefined, '+', []], ['+', '+', ['ceasefire']]])
 * @category positions
 * @since 0.1.0
 */
export interface StanceChange {
  readonly holder: string;
  readonly issue: string;
  readonly before: StanceEntry | undefined;
  readonly after: StanceEntry;
  /** The position's conditions before and after the change. */
  readonly conditionsBefore: ReadonlyArray<Condition>;
  readonly conditionsAfter: ReadonlyArray<Condition>;
  /** The position's preconditions (its conditions not brought by threats) before and after the change. */
  readonly preconditionsBefore: ReadonlyArray<Condition>;
  readonly preconditionsAfter: ReadonlyArray<Condition>;
  /** The position's `firmKind` before and after the change. */
  readonly firmKindBefore: StatementKind | undefined;
  readonly firmKindAfter: StatementKind | undefined;
  /**
   * The statement whose applying made the change: the new current stance,
   * or evidence of the same stance that brought it a condition or made it
   * firm (an agreeing report, a restatement of an earlier day read late).
   */
  readonly statement: StanceEntry;
  readonly position: PositionState;
}

/**
 * What applying one statement did: its entry, the position it joined, and
 * the change of current stance when there was one.
 * @example
 * import { applyStatement, openMemoryStore, positions, readAll, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'a truce would only let Kyiv rearm', publisher: 'TASS' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-14', source: { quote: 'no pause in the fighting', publisher: 'RIA' } }),
 * ])
 * const state = positions().initial()
 * const [first, again] = (await readAll(store)).flatMap((e) => (e.type === 'statement-made' ? [applyStatement(state, e)] : []))
 * // Restating a stance adds evidence to the position but changes nothing.
 * assert.ok(first!.change !== undefined && again!.change === undefined)
 * assert.strictEqual(again!.position.history.length, 2)
 * @category positions
 * @since 0.1.0
 */
export interface StatementApplied {
  readonly entry: StanceEntry;
  readonly position: PositionState;
  readonly change: StanceChange | undefined;
}

/**
 * One string for a holder x issue: `holder:issue`. Ids never hold a colon,
 * so the key is unambiguous, and it can be printed and typed (rules use it in
 * contradiction ids: `reversal:russia:ceasefire`).
 *
 * @example
 * import { positionKey } from '@stancelog/core'
 * assert.strictEqual(positionKey('russia', 'ceasefire'), 'russia:ceasefire')
 * @category positions
 * @since 0.1.0
 */
export function positionKey(holder: string, issue: string): string {
  return `${holder}:${issue}`;
}

/** Recomputes the current stance, since when it holds and its conditions, from the history. */
function rescan(p: PositionState): void {
  const h = p.history;
  p.current = latestWinner(h, yielding(p, h));
  const run = runOf(p);
  const terms = p.current.kind === 'retract' ? { conditions: [], preconditions: [], firmKind: undefined } : termsOf(run, h, p.ownWordsWindow);
  p.conditions = terms.conditions;
  p.preconditions = terms.preconditions;
  p.firmKind = terms.firmKind;
  const first = run[0] ?? p.current;
  p.since = first.validFrom;
  p.sinceLabel = first.label;
}

/**
 * The ids of the third parties' reports in a position's history that the
 * holder's own word outweighs (see {@link PositionsOptions.ownWordsDays}):
 * stated within the window after the holder's latest own word before them,
 * with another stance than that word's, they set no stance. For output that
 * shows every statement, such as a timeline, to say why a later report did
 * not change the stance. (Reports that agree with the own word are evidence
 * of its stance, and are not listed.)
 *
 * @example
 * import { getPosition, openMemoryStore, outweighedReports, positions, readAll, replay, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'a truce would only let Kyiv rearm' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', speaker: { name: 'Donald Trump', actor: 'united-states' }, statedAt: '2025-03-16', source: { quote: 'Putin agreed to a truce' } }),
 * ])
 * const p = getPosition(replay(positions(), await readAll(store)), 'russia', 'ceasefire')!
 * assert.deepStrictEqual([...outweighedReports(p)], [p.history[1]!.id])
 * assert.strictEqual(p.current.polarity, '-')
 * @category positions
 * @since 0.1.0
 */
export function outweighedReports(p: PositionState): ReadonlySet<string> {
  const h = p.history;
  const yields = yielding(p, h);
  const ids = new Set<string>();
  for (let i = h.length - 1; i >= 0; i--) if (yields.at(i) && effectivePolarity(h[i]!) !== effectivePolarity(h[yields.to]!)) ids.add(h[i]!.id);
  return ids;
}

/**
 * Where an entry stands in a position's history (ordered by valid time, then
 * log position), found by bisection; -1 when it is not there. For rules that
 * look at the words around a statement read late.
 *
 * @example
 * import { getPosition, historyIndexOf, openMemoryStore, positions, readAll, replay, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-20', source: { quote: 'no truce' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'a truce would only let Kyiv rearm' } }),
 * ])
 * const p = getPosition(replay(positions(), await readAll(store)), 'russia', 'ceasefire')!
 * // Read second, stated first: it is first in the history.
 * const late = p.history.find((e) => e.label === '2025-03-13')!
 * assert.deepStrictEqual([historyIndexOf(p.history, late), historyIndexOf(p.history, { ...late, position: 99 })], [0, -1])
 * @category positions
 * @since 0.1.0
 */
export function historyIndexOf(history: ReadonlyArray<StanceEntry>, entry: StanceEntry): number {
  const at = insertionIndex(history, entry);
  return at < history.length && sameEntry(history[at]!, entry) ? at : -1;
}

/**
 * Where a position's current run begins in its history: the index of the
 * first entry stated at or after `since` (found by bisection). For rules that
 * look for the word of the run that first did something (made the stance
 * firm, set a condition).
 *
 * @example
 * import { currentRunStart, getPosition, openMemoryStore, positions, readAll, replay, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'no truce' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-04-01', source: { quote: 'an energy truce, yes' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-04-08', source: { quote: 'we keep to the truce' } }),
 * ])
 * const p = getPosition(replay(positions(), await readAll(store)), 'russia', 'ceasefire')!
 * assert.strictEqual(currentRunStart(p), 1) // the run of + began with the word of April 1
 * @category positions
 * @since 0.1.0
 */
export function currentRunStart(p: PositionState): number {
  return firstStatedAtOrAfter(p.history, p.since);
}

/**
 * The index of the first entry of a history (up to index `end`, exclusive;
 * the whole history by default) stated at or after `time` (valid minutes,
 * see {@link validMinute}), found by bisection: a history is ordered by
 * valid time. `end` when none is. For rules of your own that look at a
 * holder's words from a point in time on.
 *
 * @example
 * import { firstStatedAtOrAfter, getPosition, openMemoryStore, positions, readAll, replay, statementMade, validMinute } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'no truce now' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-04-01', source: { quote: 'a truce, on terms' } }),
 * ])
 * const h = getPosition(replay(positions(), await readAll(store)), 'russia', 'ceasefire')!.history
 * assert.deepStrictEqual([firstStatedAtOrAfter(h, validMinute('2025-03-20')), firstStatedAtOrAfter(h, validMinute('2025-05-01'))], [1, 2])
 * @category positions
 * @since 0.1.0
 */
export function firstStatedAtOrAfter(history: ReadonlyArray<StanceEntry>, time: number, end: number = history.length): number {
  let lo = 0;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (history[mid]!.validFrom < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An entry read through a draft, as the plain (never modified) entry it stands for. */
function plainEntry(entry: StanceEntry): StanceEntry {
  return isDraft(entry) ? original(entry as Draft<StanceEntry>)! : entry;
}

/**
 * A position's history as a plain array. Under immer (a live update), the
 * position a rule is given is a draft, and reading its history through the
 * draft makes a draft of every entry read: a rule that walks a whole
 * history (to derive its records anew) reads this instead. Outside a draft
 * it is the history itself. Read it, never change it.
 *
 * @example
 * import { getPosition, plainHistory, positions, replay } from '@stancelog/core'
 * import { enableMapSet, isDraft, produce } from 'immer'
 * enableMapSet() // the state holds Maps: immer drafts them once this is called (core calls it on its first live update)
 * const state = replay(positions(), [{ id: 'a', position: 1, recordedAt: '2025-05-17T09:00:00Z', type: 'statement-made',
 *   data: { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-05-16', source: { quote: 'q' } } }] as any[])
 * const p = getPosition(state, 'russia', 'ceasefire')!
 * assert.strictEqual(plainHistory(p), p.history)
 * produce(state, (draft) => {
 *   const history = plainHistory(getPosition(draft, 'russia', 'ceasefire')!)
 *   assert.ok(!isDraft(history) && !isDraft(history[0]))
 * })
 * @category positions
 * @since 0.1.0
 */
export function plainHistory(p: PositionState): StanceEntry[] {
  const h = p.history;
  return isDraft(h) ? current(h as Draft<StanceEntry[]>) : h;
}

/**
 * Puts an entry into a position's history (`h`, read with `plainHistory`) at
 * an index, and returns the history now on the position. Replay inserts into
 * its private array. Under immer (a live update) the position gets a frozen
 * copy instead: a drafted array is visited element by element when the
 * update ends, to freeze it, a cost that grows with the position's history
 * (about 500 entries at 1M statements) where it should grow with the issue's
 * holders. A frozen array is not visited.
 */
function insertEntry(p: PositionState, h: StanceEntry[], at: number, entry: StanceEntry): StanceEntry[] {
  if (!isDraft(p)) {
    if (at === h.length) h.push(entry);
    else h.splice(at, 0, entry);
    return h;
  }
  // Spread, not `slice`: V8 (Node 20) slices a frozen array, as the last
  // live update left this one, on a slow path: 14 µs against 0.6 for 500
  // entries, which made a live update grow with the position's history.
  const next = [...h];
  if (at === next.length) next.push(entry);
  else next.splice(at, 0, entry);
  p.history = Object.freeze(next) as StanceEntry[];
  return next;
}

/**
 * The first `count` entries of a history, as a new array: what
 * {@link positionOf} takes to weigh again the words before a statement read
 * late. Use it rather than `history.slice(0, count)` in a rule: the
 * histories of a state a live update made are frozen, and V8 (Node 20)
 * slices a frozen array on a slow path (14 µs against 0.6 for 500 entries).
 *
 * @example
 * import { getPosition, historyPrefix, openMemoryStore, positions, readAll, replay, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'no truce' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-03-30', source: { quote: 'we accept a truce' } }),
 * ])
 * const p = getPosition(replay(positions(), await readAll(store)), 'russia', 'ceasefire')!
 * assert.deepStrictEqual(historyPrefix(p.history, 1).map((e) => e.kind), ['reject'])
 * @category positions
 * @since 0.1.0
 */
export function historyPrefix(history: ReadonlyArray<StanceEntry>, count: number): StanceEntry[] {
  // Only what it keeps is copied: a prefix near a long history's start costs what it holds, not what the history does.
  const n = Math.min(count, history.length);
  const prefix: StanceEntry[] = [];
  for (let i = 0; i < n; i++) prefix.push(history[i]!);
  return prefix;
}

/**
 * Inserts a statement older than the latest one (an article read late) and
 * updates the position, rescanning only when the current run can change.
 * Most late statements land before the run (an archive read newest first):
 * they change nothing above the run's first day, so only the days before it
 * are walked (`extendRun`), and reading a history backwards costs about what
 * reading it forwards does rather than a rescan of it per statement.
 */
function insertOlder(p: PositionState, entry: StanceEntry): void {
  const history = plainHistory(p);
  const at = insertionIndex(history, entry);
  const h = insertEntry(p, history, at, entry);
  if (entry.kind === 'retract' || retractionAhead(h, at)) {
    // What a retraction withdraws is the stance held when it was said (see `Yielding.withdraws`): a retraction read
    // late, or a word read late before one, may change what it withdraws, and what later ones do. Rare: recomputed.
    if (entry.firstHand && entry.validFrom > p.lastOwn) p.lastOwn = entry.validFrom;
    rescan(p);
    return;
  }
  const day = dayNumber(entry);
  const runDay = Math.floor(p.since / DAY_MINUTES);
  const polarity = effectivePolarity(p.current);
  // Days after the current stance's hold only reports that yield (see `latestWinner`).
  const currentDay = dayNumber(p.current);
  if (entry.firstHand) {
    if (entry.validFrom > p.lastOwn) p.lastOwn = entry.validFrom;
    // Reports after it may now yield to it: what stood on them may fall.
    const reach = yieldReach(p, h, at);
    if (reach > at) {
      // A word before the run whose reports, up to days before the current
      // stance's, all keep to the run's stance: those days lose at most their
      // winner and stay in the run, which may only reach further back.
      // Reports that brought conditions bring none once they yield (see `bringsConditions`): recomputed.
      if (day < runDay && dayNumber(h[reach]!) < currentDay && noneBut(h, Math.max(at + 1, groupStart(h, currentRunStart(p))), groupEnd(h, reach), polarity) && !anyConditions(h, at + 1, reach)) extendRun(p, h);
      else rescan(p);
      return;
    }
  }
  if (day === runDay && day < currentDay && effectivePolarity(entry) === polarity && entry.conditions.length === 0) {
    // One more word of the stance on the run's first day (not the current
    // stance's), adding nothing but itself and its firmness: where the day
    // holds no retraction (which the word, winning the day, could put below
    // it and so cut the run there), the run may only reach further back, or
    // begin earlier in the day.
    if (noneBut(h, groupStart(h, at), groupEnd(h, at), undefined)) {
      // A firm word becomes the run's latest firm word when none of the stance
      // comes after it (unless the run was recomputed: after a withdrawal, a
      // stance has no firmness). Read newest first, an archive puts each word
      // last of its day, and most of its firm words would otherwise rescan
      // the history.
      if (extendRun(p, h) && firmKindOf(entry) !== undefined && (p.firmKind === undefined || !firmAfter(h, at, polarity))) p.firmKind = entry.kind;
    } else rescan(p);
    return;
  }
  if (day >= currentDay || day === runDay) {
    // The current stance's day or a later one, or the run's first day, gained a statement: it may win it.
    rescan(p);
    return;
  }
  const same = effectivePolarity(entry) === polarity;
  const winsItsDay = (): boolean => {
    const { winner } = groupWinner(h, groupEnd(h, at), yielding(p, h));
    return winner !== undefined && sameEntry(winner, entry);
  };
  if (day > runDay) {
    // Inside the run: the same stance may bring conditions (which later
    // ones override, so they are merged again in order) or firmness; another stance
    // splits the run if it wins its day (a retraction, read late, was recomputed above).
    // Without an own-words window, a first-hand word may also win its day above
    // a third party's retraction that the day's winner outranked (with one, the
    // retraction yields to that winner): the run is then cut there.
    const cutBelow = (): boolean => entry.firstHand && p.ownWordsWindow <= 0 && !noneBut(h, groupStart(h, at), at - 1, undefined);
    if (!same) {
      if (winsItsDay()) rescan(p);
    } else if (entry.conditions.length > 0 || p.current.kind === 'retract' || cutBelow()) rescan(p);
    // A firm word of the stance, and nothing more: every word after it to the end is of the run, so it is the run's latest
    // firm word when no firm word of the stance follows it (found in a step or two: most runs are restated in one kind),
    // where a rescan walked the whole run, which grows with the log.
    else if (firmKindOf(entry) !== undefined && !firmAfter(h, at, polarity)) p.firmKind = entry.kind;
    return;
  }
  // Before the run: it can only extend it, when no day between it and the
  // run's first has a winner (days of reports only may have none).
  if (!same || !winsItsDay()) return;
  for (let k = groupEnd(h, at) + 1; k < h.length && dayNumber(h[k]!) < runDay; k++) if (h[k]!.firstHand) return;
  extendRun(p, h);
}

/**
 * Whether a retraction follows index `at` of `h` (the entry just inserted
 * there) before a word that fixes the stance held from it on, whatever came
 * before: a firm word that is no retraction, which no word before it of its
 * day outranks, and no report after it yields to a word before it. A
 * first-hand one is such a word; so is a report, when the entry is a report
 * too (it makes no report yield). A retraction after such a word withdraws
 * what it did, and the entry changes none: the common case, found in a step
 * or two.
 */
function retractionAhead(h: ReadonlyArray<StanceEntry>, at: number): boolean {
  const report = !h[at]!.firstHand;
  for (let k = at + 1; k < h.length; k++) {
    const e = h[k]!;
    if (e.kind === 'retract') return true;
    if (e.polarity !== '0' && (e.firstHand || report)) return false;
  }
  return false;
}

/**
 * After statements changed only days before the current run's first (`h`,
 * the position's history, holds them): the run reaches back over them when
 * they carry on its stance. The current stance and the run's days are as
 * they were, so the run is walked from its first day back (`runFrom`), and
 * the conditions of the words found are merged before those the run had:
 * merged in order, later words override earlier ones. False when it had to
 * recompute the position instead (`rescan`).
 */
function extendRun(p: PositionState, h: ReadonlyArray<StanceEntry>): boolean {
  if (p.current.kind === 'retract') {
    rescan(p);
    return false;
  }
  const run = runFrom(h, groupEnd(h, currentRunStart(p)), effectivePolarity(p.current), yielding(p, h));
  const first = run[0];
  // No day won from the run's first back: its first day lost its winner, with none before it to carry it.
  if (first === undefined) {
    rescan(p);
    return false;
  }
  if (first.validFrom === p.since && first.label === p.sinceLabel) return true;
  // The run's first day is walked again; merging its conditions again before the run's own changes nothing.
  const { conditions, preconditions, firmKind } = termsOf(run, h, p.ownWordsWindow);
  // One array while no threat brought a condition, to either part of the run (see `PositionState.preconditions`).
  const shared = preconditions === conditions && p.preconditions === p.conditions;
  const pre = shared ? conditions : preconditions === conditions ? [...preconditions] : preconditions;
  mergeConditions(conditions, p.conditions);
  if (!shared) mergeConditions(pre, p.preconditions);
  if (!sameConditions(conditions, p.conditions)) p.conditions = conditions;
  if (shared) {
    if (p.preconditions !== p.conditions) p.preconditions = p.conditions;
  } else if (!sameConditions(pre, p.preconditions)) p.preconditions = pre;
  // The latest firm word of the run: one of the run as it was, when it had one.
  if (p.firmKind === undefined) p.firmKind = firmKind;
  p.since = first.validFrom;
  p.sinceLabel = first.label;
  return true;
}

/** Whether a firm word of `polarity` follows index `at` in the history. Walks until it finds one: most runs are restated in one kind. */
function firmAfter(h: ReadonlyArray<StanceEntry>, at: number, polarity: Polarity): boolean {
  for (let i = at + 1; i < h.length; i++) if (effectivePolarity(h[i]!) === polarity && firmKindOf(h[i]!) !== undefined) return true;
  return false;
}

/** Whether an entry from index `from` to `to` (inclusive) carries conditions. */
function anyConditions(h: ReadonlyArray<StanceEntry>, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (h[i]!.conditions.length > 0) return true;
  return false;
}

/**
 * Whether the entries from index `from` to `to` (inclusive) are all words of
 * `polarity`, none a retraction (`polarity` undefined: whatever their
 * stance, none a retraction).
 */
function noneBut(h: ReadonlyArray<StanceEntry>, from: number, to: number, polarity: Polarity | undefined): boolean {
  for (let i = from; i <= to; i++) {
    const e = h[i]!;
    if (e.kind === 'retract' || (polarity !== undefined && effectivePolarity(e) !== polarity)) return false;
  }
  return true;
}

/**
 * The index of the last statement after an own word (at index `at`) that
 * may yield to it now and did not before: the third parties' reports that
 * follow it within the window, up to the holder's next own word (those after
 * the next own word yield, or not, to that one). `at` when there is none.
 */
function yieldReach(p: PositionState, h: ReadonlyArray<StanceEntry>, at: number): number {
  let k = at + 1;
  while (k < h.length && !h[k]!.firstHand && withinOwnWords(h[at]!.validFrom, h[k]!.validFrom, p.ownWordsWindow)) k++;
  return k - 1;
}

/**
 * Applies one statement to the positions (a recipe: mutates `state`) and
 * returns its entry, its position and the change of the holder's current
 * stance, if any.
 *
 * @example
 * import { applyStatement, positions } from '@stancelog/core'
 * const state = positions().initial()
 * const { change } = applyStatement(state, { id: 'a', position: 1, recordedAt: '2025-05-17T09:00:00Z', type: 'statement-made',
 *   data: { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-05-16', source: { quote: 'q' } } } as any)
 * assert.strictEqual(change?.after.polarity, '-')
 * @category positions
 * @since 0.1.0
 */
export function applyStatement(state: PositionsState, event: StoredEvent & { type: 'statement-made' }): StatementApplied {
  return applyEntry(state, event.data.holder, event.data.issue, stanceEntry(event));
}

/**
 * Applies one stance entry of a holder on an issue to the positions (a
 * recipe: mutates `state`), as {@link applyStatement} applies the statement
 * it was made of. For a rule that derives its records anew from positions'
 * histories: applied to a scratch state in the order of valid times, the
 * entries of a history give the changes reading them in that order gives.
 *
 * @example
 * import { applyEntry, applyStatement, getPosition, positions } from '@stancelog/core'
 * const state = positions().initial()
 * applyStatement(state, { id: 'a', position: 1, recordedAt: '2025-05-17T09:00:00Z', type: 'statement-made',
 *   data: { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-05-16', source: { quote: 'q' } } } as any)
 * // The same entry, applied to a scratch state: the same position.
 * const scratch = positions().initial()
 * applyEntry(scratch, 'russia', 'ceasefire', getPosition(state, 'russia', 'ceasefire')!.current)
 * assert.strictEqual(getPosition(scratch, 'russia', 'ceasefire')!.sinceLabel, '2025-05-16')
 * @category positions
 * @since 0.1.0
 */
export function applyEntry(state: PositionsState, holder: string, issue: string, entry: StanceEntry): StatementApplied {
  applyTo(state, holder, issue, entry, applying);
  const { position, change } = applying;
  applying.position = applying.change = undefined;
  return { entry, position: position!, change };
}
// `applyEntry`'s: read at once, so one serves every call (`applyTo` applies no other entry meanwhile).
const applying: Applying = { position: undefined, change: undefined };

/**
 * Where {@link applyTo} leaves what applying an entry did: its position, and
 * the change of current stance when there was one. A replay passes one for
 * all its statements (the analysis, the positions reducer), rather than
 * make a result object per statement. Read it at once, and clear it: under
 * immer it holds drafts.
 * @internal
 */
export interface Applying {
  position: PositionState | undefined;
  change: StanceChange | undefined;
}

/**
 * What {@link applyEntry} does, its result left in `out` (see {@link Applying}).
 * @internal
 */
export function applyTo(state: PositionsState, holder: string, issue: string, entry: StanceEntry, out: Applying): void {
  let holders = state.byIssue.get(issue);
  if (!holders) state.byIssue.set(issue, (holders = new Map()));
  const p = holders.get(holder);
  if (!p) {
    const conditions = entry.kind === 'retract' ? [] : [...entry.conditions];
    const created: PositionState = {
      holder,
      issue,
      key: positionKey(holder, issue),
      history: [entry],
      current: entry,
      conditions,
      preconditions: setsPreconditions(entry) ? conditions : [],
      firmKind: firmKindOf(entry),
      since: entry.validFrom,
      sinceLabel: entry.label,
      slots: [],
      lastOwn: entry.firstHand ? entry.validFrom : NEVER,
      ownWordsWindow: (state.ownWordsDays ?? OWN_WORDS_DAYS) * DAY_MINUTES,
    };
    holders.set(holder, created);
    out.position = created;
    out.change = {
      holder,
      issue,
      before: undefined,
      after: entry,
      conditionsBefore: NO_CONDITIONS,
      conditionsAfter: created.conditions,
      preconditionsBefore: NO_CONDITIONS,
      preconditionsAfter: created.preconditions,
      firmKindBefore: undefined,
      firmKindAfter: created.firmKind,
      statement: entry,
      position: created,
    };
    return;
  }
  const before = p.current;
  const conditionsBefore = p.conditions;
  const preconditionsBefore = p.preconditions;
  const firmKindBefore = p.firmKind;
  const history = plainHistory(p);
  const last = history[history.length - 1]!;
  if (entry.validFrom > last.validFrom || (entry.validFrom === last.validFrom && (entry.position > last.position || (entry.position === last.position && entry.id > last.id)))) {
    // Under immer the position gets a new array: `history` is the one without the entry.
    const h = insertEntry(p, history, history.length, entry);
    if (entry.firstHand) p.lastOwn = entry.validFrom;
    else if (p.lastOwn !== NEVER && withinOwnWords(p.lastOwn, entry.validFrom, p.ownWordsWindow)) {
      // A report that yields to the holder's own word: evidence of the stance when it agrees (its firmness with it,
      // not its conditions: see `bringsConditions`), no change otherwise.
      if (before.kind === 'retract') rescan(p);
      else if (effectivePolarity(entry) === effectivePolarity(before) && firmKindOf(entry) !== undefined && entry.kind !== p.firmKind) p.firmKind = entry.kind;
      out.position = p;
      out.change = changeOf(p, entry, before, conditionsBefore, preconditionsBefore, firmKindBefore);
      return;
    }
    // The current stance is the winner of the latest day that has one (days
    // after it hold only reports that yield): a statement of its day need
    // only be weighed against it (walking the day again would make a day of
    // k statements cost k^2, as for undated archives).
    const winner = dayNumber(entry) === dayNumber(before) && wins(before, entry) ? plainEntry(before) : entry;
    const polarity = effectivePolarity(before);
    if (winner.kind === 'retract' || before.kind === 'retract') {
      // A withdrawal, or a word after one: rare, recomputed in full.
      rescan(p);
    } else if (effectivePolarity(winner) === polarity && effectivePolarity(entry) === polarity && (dayNumber(entry) !== dayNumber(before) || !cutsItsDay(p, h, before, winner))) {
      // The common case: the same stance again, one more piece of evidence.
      p.current = winner;
      gather(p, entry);
    } else if (!sameEntry(winner, before)) {
      rescan(p);
    }
    // Otherwise an outranked statement of the same day: history only.
  } else {
    insertOlder(p, entry);
  }
  out.position = p;
  out.change = changeOf(p, entry, before, conditionsBefore, preconditionsBefore, firmKindBefore);
}

/**
 * Whether the latest entry of `h`, `winner`, newly winning the day of the
 * current stance `before`, puts below it a retraction of that day read
 * after `before` (one outranked by it): the run is then cut there (see
 * `runOf`). Walks only the entries read since `before` won the day, each of
 * which the new winner then leaves below it: a day of k statements costs k
 * steps in all.
 */
function cutsItsDay(p: PositionState, h: ReadonlyArray<StanceEntry>, before: StanceEntry, winner: StanceEntry): boolean {
  if (sameEntry(winner, before) || effectivePolarity(winner) === '0' || dayNumber(winner) !== dayNumber(before)) return false;
  let yields: Yielding | undefined;
  for (let i = h.length - 2; i >= 0 && !sameEntry(h[i]!, before); i--) {
    if (h[i]!.kind === 'retract' && !(yields ??= yielding(p, h)).at(i)) return true;
  }
  return false;
}

/** Adds what a new piece of evidence of the current stance brings to it: its conditions, and its firmness. */
function gather(p: PositionState, entry: StanceEntry): void {
  if (entry.kind === 'retract') return;
  if (entry.conditions.length > 0) {
    // Read before `conditions` changes: while no threat brought a condition the two are one array, and stay one.
    // (Under immer, read through the draft, they are two drafts: merged apart, to the same result.)
    const shared = p.preconditions === p.conditions;
    const merged = [...p.conditions];
    const changed = mergeConditions(merged, entry.conditions);
    if (changed) p.conditions = merged;
    if (setsPreconditions(entry)) {
      if (shared) {
        if (changed) p.preconditions = merged;
      } else {
        const pre = [...p.preconditions];
        if (mergeConditions(pre, entry.conditions)) p.preconditions = pre;
      }
    }
  }
  if (entry.kind !== p.firmKind && firmKindOf(entry) !== undefined) p.firmKind = entry.kind;
}

/** The change applying an entry to a position made, if any, given its stance, conditions, preconditions and firmness before. */
function changeOf(
  p: PositionState,
  entry: StanceEntry,
  before: StanceEntry,
  conditionsBefore: ReadonlyArray<Condition>,
  preconditionsBefore: ReadonlyArray<Condition>,
  firmKindBefore: StatementKind | undefined,
): StanceChange | undefined {
  const after = p.current;
  const conditionsChanged = p.conditions !== conditionsBefore && !sameConditions(p.conditions, conditionsBefore);
  // A word that is no threat naming a threat's condition makes it a precondition, the conditions as they were.
  const preconditionsChanged = p.preconditions !== preconditionsBefore && !sameConditions(p.preconditions, preconditionsBefore);
  if (!conditionsChanged && !preconditionsChanged && p.firmKind === firmKindBefore && (sameEntry(after, before) || sameStance(after, before))) return undefined;
  return {
    holder: p.holder,
    issue: p.issue,
    before,
    after,
    conditionsBefore,
    conditionsAfter: p.conditions,
    preconditionsBefore,
    preconditionsAfter: p.preconditions,
    firmKindBefore,
    firmKindAfter: p.firmKind,
    statement: entry,
    position: p,
  };
}

/**
 * Recomputes a position from its history alone, as a check of the
 * incremental updates (and for positions edited by hand).
 *
 * @example
 * import { positions, replay, getPosition, recomputePosition } from '@stancelog/core'
 * const state = replay(positions(), [{ id: 'a', position: 1, recordedAt: '2025-05-17T09:00:00Z', type: 'statement-made',
 *   data: { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-05-16', source: { quote: 'q' } } }] as any[])
 * const p = getPosition(state, 'russia', 'ceasefire')!
 * assert.deepStrictEqual(recomputePosition(p).since, p.since)
 * @category positions
 * @since 0.1.0
 */
export function recomputePosition(p: PositionState): PositionState {
  let lastOwn = NEVER;
  for (const e of p.history) if (e.firstHand && e.validFrom > lastOwn) lastOwn = e.validFrom;
  const copy: PositionState = { ...p, history: [...p.history], conditions: [], preconditions: [], lastOwn };
  rescan(copy);
  return copy;
}

/**
 * The position a history of a holder on an issue gives (it becomes the
 * position's own: not copied), as reading its entries in any order leaves
 * it: of `like`'s holder, issue and own-words window. For a rule that
 * weighs a part of a history again (the entries before a statement read
 * late), it costs about what the current stance's run is long, where
 * {@link recomputePosition} reads every entry.
 *
 * @example
 * import { getPosition, historyPrefix, openMemoryStore, positionOf, positions, readAll, replay, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'no truce' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-03-30', source: { quote: 'we accept a truce' } }),
 * ])
 * const p = getPosition(replay(positions(), await readAll(store)), 'russia', 'ceasefire')!
 * // Before its acceptance, Russia refused.
 * assert.strictEqual(positionOf(p, historyPrefix(p.history, 1)).current.kind, 'reject')
 * @category positions
 * @since 0.1.0
 */
export function positionOf(like: Pick<PositionState, 'holder' | 'issue' | 'key' | 'ownWordsWindow'>, history: StanceEntry[]): PositionState {
  // The history is ordered by valid time: the holder's latest own word is its last one.
  let own = history.length - 1;
  while (own >= 0 && !history[own]!.firstHand) own--;
  const p: PositionState = {
    holder: like.holder,
    issue: like.issue,
    key: like.key,
    history,
    current: history[0]!,
    conditions: [],
    preconditions: [],
    firmKind: undefined,
    since: 0,
    sinceLabel: '',
    slots: [],
    lastOwn: own < 0 ? NEVER : history[own]!.validFrom,
    ownWordsWindow: like.ownWordsWindow,
  };
  rescan(p);
  return p;
}

/**
 * The positions reducer on its own (without contradictions).
 *
 * @example
 * import { positions, replay, positionList } from '@stancelog/core'
 * const state = replay(positions(), [{ id: 'a', position: 1, recordedAt: '2025-05-17T09:00:00Z', type: 'statement-made',
 *   data: { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-05-16', source: { quote: 'q' } } }] as any[])
 * assert.strictEqual(positionList(state)[0]?.polarity, '-')
 * @category positions
 * @since 0.1.0
 */
export function positions(options: PositionsOptions = {}): Reducer<PositionsState> {
  const { ownWordsDays } = options;
  if (ownWordsDays !== undefined && !(ownWordsDays >= 0)) throw new RangeError(`ownWordsDays must be a number of days, 0 or more (got ${ownWordsDays})`);
  const window = ownWordsDays === undefined || ownWordsDays === OWN_WORDS_DAYS ? '' : `:${ownWordsDays}`;
  const out: Applying = { position: undefined, change: undefined };
  return reducer({
    name: `positions${window}`,
    snapshot: positionsSnapshot,
    // 2: position keys are holder:issue (they held a NUL byte).
    // 3: reports yield to the holder's own word for a while after it.
    // 4: a stance made firm stays firm while it holds (firmKind).
    // 5: a retraction earlier in the day than a restatement starts the stance anew; the own-words window counts calendar days.
    // 6: read late, a word of the current stance's day that outranks it is current though later days hold reports that
    // yield; a word newly winning its day above a third party's retraction of that day ends the run there.
    // 7: the words of one day of equal rank are weighed by valid time, then log position (not by log position alone);
    // without an own-words window, a first-hand word read late that wins its day above a third party's retraction cuts the run.
    // 8: a report that yields to the holder's own word brings the stance no conditions (its firmness it still brings).
    // 9: a position keeps its preconditions (its conditions not brought by threats) beside its conditions.
    // 10: a retraction withdraws only the stance of its polarity held as it is said (`retract 0` whatever is held): one of a
    // stance not held changes nothing (no stance of 0, no run cut, no evidence).
    // 11: a correction (a statement's `corrects`) takes the place of the statement it corrects among the words of its
    // time, where it counted after every word the log learnt since.
    // 12: (the same state) a snapshot keeps narrower columns and the ids packed (positions-columns@2): older ones are made anew.
    version: `12${window}`,
    initial: (): PositionsState => (ownWordsDays === undefined ? { byIssue: new Map() } : { byIssue: new Map(), ownWordsDays }),
    recipe: (state, event) => {
      if (event.type !== 'statement-made') return;
      applyTo(state, event.data.holder, event.data.issue, stanceEntry(event), out);
      out.position = out.change = undefined;
    },
  });
}
