/**
 * `reversal`: a holder's own stance on an issue flips over time, from `+` to
 * `-` or back. Only first-hand statements count (a third party's report is
 * not the holder changing its mind). The reversal stays open while the new
 * stance stands; flipping back resolves it and opens a new one, hedging or
 * retracting resolves it. A retraction resolves it only when it withdraws
 * a stance, as positions read it (see `Yielding.withdraws`): one of a
 * stance the holder does not hold as it is said (`retract -` after turning
 * to `+`) withdraws nothing, and the turn stands. A retraction followed the same day by a word of
 * the stance it took back resolves nothing: positions weigh the day as a
 * whole, and that day's stance is the turn's still ("we no longer make it a
 * condition; we accept the budget rule"). Turns follow
 * the order of the holder's words in valid time (ties in log order, as
 * positions weigh them), not the order the log learnt them: whatever that
 * order, the reversals (ids, dates, statements, summaries) are those of
 * reading the statements in the order of their valid times. An own word read
 * late that changes the holder's sequence of stances derives its reversals
 * on the issue anew, up to where they meet the turns already found; a late
 * restatement only becomes the word the next turn turns from, and a late
 * earliest word of the first stance only moves that stance's day. Such
 * derivations are put off until the batch is read (`onSettle`), and done
 * once for all the holder's words read since: an archive read newest first,
 * whose every word adds a turn before all the others (and so renumbers
 * them), costs one derivation, not one per word. What a retraction
 * withdraws depends on the words before it, a third party's among them (the
 * stance held may rest on a report): a word read late before an own
 * retraction, a report too, derives the turns anew from it.
 *
 * @since 0.1.0
 */
import type { Moment } from '../contradictions.js';
import type { ContradictionRule, RuleContext } from '../contradiction-rule.js';
import { dropEmptyLedger, markContradictionChanged, momentOf, numberedRecord } from '../contradictions.js';
import { firstStatedAtOrAfter, getPosition, historyIndexOf } from '../positions.js';
import { effectivePolarity, sameEntry } from '../stance-entry.js';
import { Yielding, yielding } from '../stance-runs.js';
import type { PositionState } from '../positions.js';
import type { StanceEntry } from '../stance-entry.js';
import { builtInRule } from '../rule-checks.js';

const DAY_MINUTES = 1440;
/** Before any valid time (minutes since the epoch; year 0 is about -1.04e9), and a small integer. */
const NEVER = -(2 ** 31);
/** Up to how many words of the history after the last word read late are derived anew without looking for where the turns found resume. */
const SHORT_REST = 32;

/**
 * The last first-hand, non-zero stance of a holder on an issue (`polarity`
 * undefined until there is one), kept on the position. It is always what
 * weighing the holder's own words of the position's history in order
 * (valid time, then log position) leaves, whatever order they were read in.
 * @example
 * import { analysis, getPosition, openMemoryStore, readAll, replay, reversalRule, statementMade } from '@stancelog/core'
 * import type { ReversalSlot } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'a truce would only let Kyiv rearm' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', speaker: { name: 'Donald Trump', actor: 'united-states' }, statedAt: '2025-05-20', source: { quote: 'Putin agreed to a truce' } }),
 * ])
 * // The slot lives on the position; with reversal the only rule that has one, it is the first.
 * const p = getPosition(replay(analysis({ rules: [reversalRule()] }), await readAll(store)).positions, 'russia', 'ceasefire')!
 * const slot = p.slots[0] as ReversalSlot
 * // Two months after russia's own word, the report is the current stance; but only russia's own words move the slot: no reversal.
 * assert.deepStrictEqual([p.current.polarity, slot.polarity, slot.kind], ['+', '-', 'reject'])
 * @category rules
 * @since 0.1.0
 */
export interface ReversalSlot {
  polarity: '+' | '-' | undefined;
  id: string;
  time: number;
  kind: string;
  /** The stance the holder's last turn left, and the day (in whole days since the epoch) it was made: a turn back on that day undoes it. */
  turnedFrom: '+' | '-' | undefined;
  turnedDay: number;
  /** The day (in whole days since the epoch) of the holder's first own stance: a change that day replaces it, as positions weigh the day. */
  firstDay: number;
  /** The time (valid time, minutes) of the holder's latest own word, a hedge or a retraction included: an own word older than it was read late. */
  heard: number;
  /** The day (in whole days since the epoch) a retraction ended the turn then open, until the next firm word: restated that day, the stance stands, and so does the turn. */
  retractedDay: number;
}

/**
 * The state of the `reversal` rule: the holders' turns it is to derive anew
 * once the batch is read (`onSettle`). Its slots on the positions hold the
 * rest.
 * @example
 * import { analysis, contradictionList, fold, openMemoryStore, readAll, reversalRule, statementMade } from '@stancelog/core'
 * import type { ReversalState } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-04-01', source: { quote: 'an energy truce, yes' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'no truce' } }),
 * ])
 * const f = fold(analysis({ rules: [reversalRule()] }))
 * f.pushAll(await readAll(store))
 * // The refusal, read late, is weighed when the fold is done: the turn is found, and nothing is left pending.
 * const state = f.done()
 * assert.deepStrictEqual(contradictionList(state).map((c) => [c.since, c.status]), [['2025-04-01', 'open']])
 * assert.strictEqual((state.rules.get('reversal') as ReversalState).pending, undefined)
 * @category rules
 * @since 0.1.0
 */
export interface ReversalState {
  /**
   * The holders' positions (by position key) whose turns are to be derived
   * anew once the batch is read: an own word read late there changed the
   * holder's sequence of stances. Absent in a snapshot, which is settled: none.
   */
  pending?: Map<string, PendingTurns> | undefined;
}

/**
 * A holder's position whose turns are to be derived anew once the batch is
 * read: the holder's own words read since an own word read late changed its
 * sequence of stances, that one first. The turns found and the slot are
 * those of the holder's other words; these are weighed together when the
 * batch is read, from the earliest of them on.
 * @example
 * import { validMinute } from '@stancelog/core'
 * import type { PendingTurns } from '@stancelog/core'
 * // Two own words of russia on the ceasefire read in this batch (by id), of 13 and 11 March.
 * const pending: PendingTurns = { holder: 'russia', issue: 'ceasefire', slot: 0, read: ['3f2a9c1b0d4e5f60718293a4b5c6d7e8', '9e1b7c2d3a4f5e6071829304a5b6c7d8'], from: validMinute('2025-03-11'), to: validMinute('2025-03-13') }
 * // The history is searched for them between these two valid times only.
 * assert.strictEqual((pending.to - pending.from) / 1440, 2)
 * @category rules
 * @since 0.1.0
 */
export interface PendingTurns {
  readonly holder: string;
  readonly issue: string;
  /** Where the rule's slot sits in the position's `slots`. */
  readonly slot: number;
  /**
   * The ids of the holder's own words read since, in the order read, and
   * of the third parties' reports read since that may change what an own
   * retraction after them withdraws. Ids, not places: a correction and the
   * statement it corrects, both counting, share one.
   */
  read: string[];
  /** The earliest and latest valid times (minutes) of those words: where in the history to look for them. */
  from: number;
  to: number;
}

/**
 * The `reversal` rule.
 *
 * @example
 * import { reversalRule } from '@stancelog/core'
 * assert.strictEqual(reversalRule().type, 'reversal')
 * @category rules
 * @since 0.1.0
 */
export function reversalRule(): ContradictionRule<ReversalState, ReversalSlot> {
  const initialSlot = (): ReversalSlot => ({ polarity: undefined, id: '', time: 0, kind: '', turnedFrom: undefined, turnedDay: -1, firstDay: -1, heard: NEVER, retractedDay: -1 });

  /**
   * Weighs the holder's next own statement, in the order of the stances'
   * times: `withdraws` is whether, a retraction, it withdraws a stance (as
   * positions read the history up to it; see {@link withdrawsAt}).
   */
  const weigh = (ctx: Ledger, entry: StanceEntry, position: PositionState, last: ReversalSlot, withdraws: boolean): void => {
    const polarity = effectivePolarity(entry);
    last.heard = entry.validFrom;
    if (polarity === '0') {
      // A hedge or a retraction: the stance the holder turned to no longer stands, so the turn is over.
      // Its firm stance is remembered: turning back to it later is no new turn, turning away is.
      // A retraction of a stance not held withdraws nothing: the stance, and the turn, stand.
      if (last.polarity === undefined || !withdraws) return;
      if (entry.kind === 'retract' && ctx.isOpen('reversal', position.issue, position.key)) last.retractedDay = dayOf(entry);
      ctx.resolve('reversal', position.issue, position.key, momentOf(entry), entry.id);
      return;
    }
    const beforePolarity = last.polarity;
    const beforeId = last.id;
    const beforeKind = last.kind;
    last.id = entry.id;
    last.time = entry.validFrom;
    last.kind = entry.kind;
    const day = dayOf(entry);
    const retractedDay = last.retractedDay;
    if (retractedDay !== -1) last.retractedDay = -1;
    if (beforePolarity === polarity) {
      // The turn's stance taken back and stated again the same day ("no longer a condition: we accept"):
      // positions weigh the day as a whole, and its stance is the turn's still.
      if (retractedDay === day) reopenLast(ctx, position);
      return;
    }
    last.polarity = polarity;
    if (beforePolarity === undefined) {
      last.firstDay = day;
      return;
    }
    // The day of the first stance: its last word is that day's stance (as positions weigh it), the earlier one never stood.
    if (day === last.firstDay) return;
    const at = momentOf(entry);
    ctx.resolve('reversal', position.issue, position.key, at, entry.id);
    if (polarity === last.turnedFrom && day === last.turnedDay) {
      // Back where it stood that same morning: the day's word is unchanged, as positions weigh it.
      last.turnedFrom = undefined;
      return;
    }
    last.turnedFrom = beforePolarity;
    last.turnedDay = day;
    ctx.open({
      type: 'reversal',
      key: position.key,
      issues: [position.issue],
      actors: [position.holder],
      since: at,
      statements: [beforeId, entry.id],
      // Turning back is a turn of its own, even on the day the last one ends.
      distinct: true,
      summary: turnSummary(position, beforeKind, beforePolarity, entry.kind, polarity),
    });
  };

  return builtInRule({
    type: 'reversal',
    // 6: a holder's own hedge or retraction ends the turn it had made; turning back is a new turn, unless on the day of the last one, which it undoes.
    // 7: a first stance changed on its own day is replaced, not turned from.
    // 8: a statement read late that changes the holder's own sequence of stances derives its reversals anew, in the order of the stances' times.
    // 9: the slot notes up to when the turns found may differ from the derived ones (`stale`, gone in 11): a derivation anew stops where it meets the turns found, which stand, renumbered (the same turns, found faster).
    // 10: an earliest own word read late finds the change on the old first day behind a third party's report between them.
    // 11: an own word read late is weighed as if read in the order of valid times: a restatement is the word the next turn turns from, an earliest word moves the first stance's day.
    // 12: a retraction that ended a turn, followed the same day by a word of the turn's stance, ends nothing: the day's stance is the turn's still.
    // 13: a state of its own (it had none): the turns an own word read late changes are derived once the batch is read (`pending`).
    // 14: a retraction ends a turn only when it withdraws a stance, as positions read it (one of a stance not held ends none);
    // a word read late before an own retraction, a third party's report too, may change what it withdraws: the turns are derived anew.
    // 15: a correction counts where the statement it corrects did (`corrects`): an own word of the latest own word's time
    // that counts before it is weighed as read late.
    // 16: the words read since are kept by id, not by place: a correction and the statement it corrects, both counting
    // (the withdrawal withdrawn), share one, and the one weighed before was taken for one read since (a turn found twice).
    version: '16',
    initial: () => ({}),
    initialSlot,
    onStatement: (ctx, state, entry, position, last) => {
      const pending = state.pending?.get(position.key);
      if (!entry.firstHand) {
        // A third party's report turns nothing, but the stance held may rest on it: read before an own retraction
        // already weighed, it may change what that withdraws. Among words read late, it is weighed with them.
        if (pending !== undefined && entry.validFrom < pending.to) return markRead(pending, entry);
        if (pending === undefined && entry.validFrom >= last.heard) return;
        const at = historyIndexOf(position.history, entry);
        if (at < 0 || !ownRetractionAhead(position.history, at)) return;
        if (pending !== undefined) return markRead(pending, entry);
      } else {
        // Turns to derive anew once the batch is read: the word is weighed with them then.
        if (pending !== undefined) return markRead(pending, entry);
        // The holder's latest own word (a log read in order has only these): the next in the order of valid times.
        // Of the latest own word's time, it is the next unless an own word counts after it: a correction, read last, counts
        // where the statement it corrects did (`corrects`), and is then read late.
        if (entry.validFrom > last.heard || (entry.validFrom === last.heard && !ownWordAfter(position.history, entry))) return weigh(ctx, entry, position, last, withdrawsAt(position, entry));
      }
      // Read late, older than the holder's latest own word (rare: an archive
      // read backwards, a late article), or a report before an own retraction.
      // The turns found are those of the history without it; it is weighed
      // where it stands among them.
      const history = position.history;
      const at = historyIndexOf(history, entry);
      if (at >= 0 && (!entry.firstHand || weighLate(ctx, history, at, position, last))) {
        (state.pending ??= new Map()).set(position.key, {
          holder: position.holder,
          issue: position.issue,
          slot: position.slots.indexOf(last),
          read: [entry.id],
          from: entry.validFrom,
          to: entry.validFrom,
        });
      }
    },
    onSettle: (ctx, state) => {
      const pending = state.pending;
      if (pending === undefined) return;
      for (const marked of pending.values()) {
        const position = getPosition(ctx.positions, marked.holder, marked.issue)!;
        deriveAnew(ctx, position.history, marked, position, position.slots[marked.slot] as ReversalSlot);
        // Turns taken back to none leave no ledger behind, as a holder that never turned has none.
        dropEmptyLedger(ctx.contradictions, marked.issue);
      }
      delete state.pending;
    },
  });

  /**
   * Weighs an own word read late, at `at` of the history, as if it had been
   * read in the order of valid times. Most words read late (an archive read
   * newest first is a run of them) restate the stance of the word before
   * them, or are the holder's earliest word, of the stance of the next: they
   * change no turn, and are weighed in a few steps. Any other changes the
   * turns from it on: true, they are to be derived anew.
   */
  function weighLate(ctx: RuleContext, history: ReadonlyArray<StanceEntry>, at: number, position: PositionState, last: ReversalSlot): boolean {
    const entry = history[at]!;
    // An own retraction after it may withdraw another stance with it than without it.
    if (ownRetractionAhead(history, at)) return true;
    const yields = yielding(position, history);
    // A retraction of a stance not held changes nothing (and no retraction follows it, to withdraw something else).
    if (entry.kind === 'retract' && !yields.withdraws(at)) return false;
    const polarity = effectivePolarity(entry);
    let before = at - 1;
    // The own word before it that counts: a retraction of a stance not held is none.
    while (before >= 0 && (!history[before]!.firstHand || (history[before]!.kind === 'retract' && !yields.withdraws(before)))) before--;
    if (before >= 0) {
      if (effectivePolarity(history[before]!) !== polarity) return true;
      // A hedge after a hedge: nothing stands to be ended.
      if (polarity !== '0') restate(ctx, history, at, position, last);
      return false;
    }
    // The earliest own word. A hedge before any stance weighs nothing.
    if (polarity === '0') return false;
    let after = at + 1;
    while (after < history.length && !history[after]!.firstHand) after++;
    if (after === history.length) return false;
    if (effectivePolarity(history[after]!) !== polarity) return true;
    // Of the stance the first was: it is taken a day earlier, or the same day.
    const day = dayOf(entry);
    const firstDay = dayOf(history[after]!);
    if (day === firstDay) return false;
    // A change on the old first day replaced the first stance; now it is a
    // turn (from the next own word: a third party's report may stand between them).
    for (let i = after; i < history.length && dayOf(history[i]!) === firstDay; i++) {
      if (history[i]!.firstHand && effectivePolarity(history[i]!) !== polarity) return true;
    }
    last.firstDay = day;
    return false;
  }

  /**
   * Derives the turns anew from the earliest of the holder's own words read
   * since its turns were marked (`marked`) on. The words before it leave the
   * turns they made as they were: weighed again without the ledger, they
   * tell where they leave the slot and how many records stand. From there
   * the history is weighed twice without the ledger, with the words read
   * since and without them, until, past the last of them, both reach the
   * same state at the same word: the words after it turn as they did, so
   * their records stand, renumbered, and only those between are derived
   * anew. A late article takes a few words, not the holder's whole history;
   * an archive read newest first, whose every word adds a turn before all
   * the others, is derived once, not word by word.
   */
  function deriveAnew(ctx: RuleContext, history: ReadonlyArray<StanceEntry>, marked: PendingTurns, position: PositionState, last: ReversalSlot): void {
    const read = new Set(marked.read);
    const isRead = (e: StanceEntry): boolean => read.has(e.id);
    // The words read since lie between the earliest and latest of their valid times.
    let at = firstStatedAtOrAfter(history, marked.from);
    const past = firstStatedAtOrAfter(history, marked.to + 1);
    while (at < past && !isRead(history[at]!)) at++;
    if (at === past) return;
    let lastRead = past - 1;
    while (lastRead > at && !isRead(history[lastRead]!)) lastRead--;
    // What a retraction withdraws, as positions read the history now; it depends on the words before it only.
    const yields = yielding(position, history);
    const withdraws = (i: number): boolean => withdrawsIn(yields, history, i);
    const prefix = new Tally(false);
    const start = initialSlot();
    for (let i = 0; i < at; i++) if (history[i]!.firstHand) weigh(prefix, history[i]!, position, start, withdraws(i));
    const without = new Tally(prefix.lastOpen);
    const withIt = new Tally(prefix.lastOpen);
    const before = copySlot(start);
    const after = copySlot(start);
    let meet = -1;
    // A few words from the end (a log read nearly in order), deriving them all anew costs less than looking for where to stop.
    const far = history.length - lastRead > SHORT_REST;
    // The history without the words read since, as the turns found weighed it: what its retractions withdraw
    // (made when the first is met: most derivations meet none).
    let rest: StanceEntry[] | undefined;
    let restYields: Yielding | undefined;
    // Whether an own firm word came after the words read since: what a retraction after it withdraws is the same
    // with them and without them. Before one, the derivations meet only where no own retraction comes before the next:
    // they might weigh it apart.
    let settled = false;
    for (let i = at; far && i < history.length; i++) {
      const e = history[i]!;
      if (i <= lastRead && read.has(e.id)) {
        if (e.firstHand) weigh(withIt, e, position, after, withdraws(i));
        continue;
      }
      if (rest !== undefined) rest.push(e);
      if (!e.firstHand) continue;
      let withdrawsWithout = true;
      if (e.kind === 'retract' && e.polarity !== '0') {
        if (rest === undefined) {
          rest = history.slice(0, at);
          for (let k = at; k <= i; k++) if (k > lastRead || !read.has(history[k]!.id)) rest.push(history[k]!);
          restYields = new Yielding(rest, position.ownWordsWindow, false);
        }
        withdrawsWithout = restYields!.withdraws(rest.length - 1);
      }
      weigh(without, e, position, before, withdrawsWithout);
      weigh(withIt, e, position, after, withdraws(i));
      if (i <= lastRead) continue;
      if (e.kind !== 'retract' && effectivePolarity(e) !== '0') settled = true;
      if (without.lastOpen === withIt.lastOpen && sameTurnsAhead(before, after, dayOf(e)) && (settled || !ownRetractionAhead(history, i))) {
        meet = i;
        break;
      }
    }
    const { issue, key } = position;
    if (meet < 0) {
      rewindTo(ctx, position, prefix);
      Object.assign(last, start);
      for (let i = at; i < history.length; i++) if (history[i]!.firstHand) weigh(ctx, history[i]!, position, last, withdraws(i));
      return;
    }
    // The last record where they meet (if any) ends as the words after it left it without the words read since:
    // open there, they may have ended it; ended there, a restatement the day of its retraction may have
    // opened it again (and a later word ended it again). Untouched, it stands as the new word left it.
    const ledger = ctx.contradictions.byIssue.get(issue);
    const lastNumber = prefix.records + without.records;
    const record = lastNumber > 0 && ledger !== undefined ? numberedRecord(ledger, `reversal:${key}`, lastNumber) : undefined;
    const endedThereBy = without.lastOpen ? undefined : (without.endBy ?? prefix.endBy);
    const movedLater = record !== undefined && (without.lastOpen ? record.until !== undefined : record.resolvedBy !== endedThereBy);
    const end = movedLater && record.until !== undefined ? { time: record.until, label: record.untilLabel!, by: record.resolvedBy } : undefined;
    const later = ctx.rewind('reversal', issue, key, lastNumber);
    rewindTo(ctx, position, prefix);
    const slot = copySlot(start);
    for (let i = at; i <= meet; i++) if (history[i]!.firstHand) weigh(ctx, history[i]!, position, slot, withdraws(i));
    if (movedLater && !without.lastOpen) reopenLast(ctx, position);
    if (end !== undefined) ctx.resolve('reversal', issue, key, end, end.by);
    ctx.append('reversal', issue, key, later);
    // The slot stands as the words after they meet left it, but for the first day, which the words read since may have moved.
    last.firstDay = slot.firstDay;
  }
}

/**
 * Whether the entry at index `i` of a position's history, a retraction,
 * withdraws a stance as positions read it ({@link Yielding.withdraws}); true
 * of any other word, and of a retraction of `0` (it withdraws whatever is held).
 */
function withdrawsIn(yields: Yielding, history: ReadonlyArray<StanceEntry>, i: number): boolean {
  const e = history[i]!;
  return e.kind !== 'retract' || e.polarity === '0' || yields.withdraws(i);
}

/**
 * Whether an own word comes after `entry` in a history (which holds it): a
 * log read in order puts the entry last, or after it only reports, found in
 * a step or two.
 */
function ownWordAfter(history: ReadonlyArray<StanceEntry>, entry: StanceEntry): boolean {
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i]!;
    if (sameEntry(e, entry)) return false;
    if (e.firstHand) return true;
  }
  return false;
}

/** {@link withdrawsIn} for an entry of the position's history (its latest own word, as read in order). */
function withdrawsAt(position: PositionState, entry: StanceEntry): boolean {
  if (entry.kind !== 'retract' || entry.polarity === '0') return true;
  const history = position.history;
  return withdrawsIn(yielding(position, history), history, historyIndexOf(history, entry));
}

/**
 * Whether an own retraction that names a stance follows index `at` of the
 * history before a word that fixes the stance held from it on, whatever
 * came before (as positions find it): a firm word that is no retraction,
 * the holder's own (or any, when the entry at `at` is a report: a report
 * makes no report yield). Only then may the entry at `at` change what an
 * own retraction withdraws: the common case, found in a step or two.
 */
function ownRetractionAhead(history: ReadonlyArray<StanceEntry>, at: number): boolean {
  const report = !history[at]!.firstHand;
  for (let k = at + 1; k < history.length; k++) {
    const e = history[k]!;
    if (e.kind === 'retract') {
      if (e.firstHand && e.polarity !== '0') return true;
      continue;
    }
    if (e.polarity !== '0' && (e.firstHand || report)) return false;
  }
  return false;
}

/** Notes an own word read while its holder's turns are marked to be derived anew. */
function markRead(marked: PendingTurns, entry: StanceEntry): void {
  marked.read.push(entry.id);
  if (entry.validFrom < marked.from) marked.from = entry.validFrom;
  if (entry.validFrom > marked.to) marked.to = entry.validFrom;
}

/** A copy of a slot, of the shape of every other (a spread makes objects of another, and `weigh` slower on all). */
const copySlot = (s: ReversalSlot): ReversalSlot => ({
  polarity: s.polarity,
  id: s.id,
  time: s.time,
  kind: s.kind,
  turnedFrom: s.turnedFrom,
  turnedDay: s.turnedDay,
  firstDay: s.firstDay,
  heard: s.heard,
  retractedDay: s.retractedDay,
});

/**
 * Whether two derivations that reached these slots at a word of this day
 * turn alike at every later word: the same stance, last word and turn, and
 * the same first day and day of a retraction that ended a turn unless both
 * are past (a later word is on this day or after).
 */
function sameTurnsAhead(a: ReversalSlot, b: ReversalSlot, day: number): boolean {
  return (
    a.polarity === b.polarity &&
    a.id === b.id &&
    a.time === b.time &&
    a.kind === b.kind &&
    a.turnedFrom === b.turnedFrom &&
    a.turnedDay === b.turnedDay &&
    a.heard === b.heard &&
    (a.firstDay === b.firstDay || (a.firstDay < day && b.firstDay < day)) &&
    (a.retractedDay === b.retractedDay || (a.retractedDay < day && b.retractedDay < day))
  );
}

/**
 * Weighs an own restatement read late (at `at` of the history, of the firm
 * stance of the own word before it): no turn comes or goes, but the holder's
 * next turn turns from it when nothing of its stance follows it first; with
 * no firm word after it, it is the holder's last word.
 */
function restate(ctx: RuleContext, history: ReadonlyArray<StanceEntry>, at: number, position: PositionState, last: ReversalSlot): void {
  const entry = history[at]!;
  const polarity = effectivePolarity(entry);
  for (let i = at + 1; i < history.length; i++) {
    const next = history[i]!;
    if (!next.firstHand) continue;
    const turned = effectivePolarity(next);
    if (turned === '0') continue;
    // Another word of the stance: it is the one a turn names.
    if (turned === polarity) return;
    return nameTurnFrom(ctx, position, entry, next);
  }
  last.id = entry.id;
  last.time = entry.validFrom;
  last.kind = entry.kind;
}

/**
 * Names `from` as the word the turn made at `to` turned from, if `to` made
 * one (a change of the first stance on its day, or a turn undone on its day,
 * makes none). The turns are numbered in the order of valid times: the one
 * opened at `to` is found by bisection on `since`.
 */
function nameTurnFrom(ctx: RuleContext, position: PositionState, from: StanceEntry, to: StanceEntry): void {
  const ledger = ctx.contradictions.byIssue.get(position.issue);
  const base = `reversal:${position.key}`;
  const opened = ledger?.status.get(base)?.opened ?? 0;
  if (ledger === undefined || opened === 0) return;
  const record = (n: number) => numberedRecord(ledger, base, n)!;
  let lo = 1;
  let hi = opened + 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (record(mid).since < to.validFrom) lo = mid + 1;
    else hi = mid;
  }
  for (let n = lo; n <= opened && record(n).since === to.validFrom; n++) {
    const turn = record(n);
    if (turn.statements[1] !== to.id) continue;
    turn.statements = [from.id, to.id];
    turn.summary = turnSummary(position, from.kind, effectivePolarity(from), to.kind, effectivePolarity(to));
    // Changed in place, past the ledger's writes: a reader tracking the ledger (the report's frames) is told.
    markContradictionChanged(ctx.contradictions, position.issue, turn);
    return;
  }
}

/** What a turn's record says: from which word's kind and stance to which. */
const turnSummary = (position: PositionState, fromKind: string, from: string, toKind: string, to: string): string =>
  `${position.holder} went from ${fromKind} (${from}) to ${toKind} (${to}) on ${position.issue}`;

const dayOf = (entry: StanceEntry): number => Math.floor(entry.validFrom / DAY_MINUTES);

/** Counts what a rule would open and resolve, touching no ledger. */
class Tally implements Pick<RuleContext, 'open' | 'resolve' | 'isOpen'> {
  records = 0;
  /** When the last turn it saw open was ended (undefined if none was), and by which statement. */
  end: Moment | undefined;
  endBy: string | undefined;
  constructor(public lastOpen: boolean) {}
  open(): void {
    this.records++;
    this.lastOpen = true;
  }
  resolve(_type: string, _issue: string, _key: string, at: Moment, by?: string): void {
    if (this.lastOpen) {
      this.end = at;
      this.endBy = by;
    }
    this.lastOpen = false;
  }
  isOpen(): boolean {
    return this.lastOpen;
  }
}

/** Where `weigh` files the turns: the ledger, or a tally of what it would file. */
type Ledger = RuleContext | Tally;

/**
 * Takes the holder's turns on the issue back to those the words before a
 * word read late made, as they left them. The last of them may have been
 * ended by a retraction, opened again by a restatement of that day after
 * the word read late, and ended again later: it ends where the words
 * before ended it.
 */
function rewindTo(ctx: RuleContext, position: PositionState, prefix: Tally): void {
  ctx.rewind('reversal', position.issue, position.key, prefix.records, true);
  if (!prefix.lastOpen && prefix.end !== undefined) ctx.resolve('reversal', position.issue, position.key, prefix.end, prefix.endBy);
}

/** Takes back the end of the holder's last turn on the issue: it is open again. */
function reopenLast(ctx: Ledger, position: PositionState): void {
  if (ctx instanceof Tally) {
    ctx.lastOpen = true;
    return;
  }
  const opened = ctx.contradictions.byIssue.get(position.issue)?.status.get(`reversal:${position.key}`)?.opened ?? 0;
  if (opened > 0) ctx.rewind('reversal', position.issue, position.key, opened, true);
}
