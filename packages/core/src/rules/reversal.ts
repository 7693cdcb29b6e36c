/**
 * `reversal`: a holder's own stance on an issue flips over time, from `+` to
 * `-` or back. Only first-hand statements count (a third party's report is
 * not the holder changing its mind). The reversal stays open while the new
 * stance stands; flipping back resolves it and opens a new one. Turns follow
 * the order of the holder's words in time: one read late that changes that
 * order's stances derives the holder's reversals on the issue anew.
 *
 * @since 0.1.0
 */
import type { ContradictionRule, RuleContext } from '../contradictions.js';
import { momentOf } from '../contradictions.js';
import { effectivePolarity, historyIndexOf } from '../positions.js';
import type { PositionState, StanceEntry } from '../positions.js';

const DAY_MINUTES = 1440;
/** Before any valid time (minutes since the epoch; year 0 is about -1.04e9), and a small integer. */
const NEVER = -(2 ** 31);
/** `stale` after a restatement read late that no stance follows: the holder's last words may be named otherwise, up to any time. */
const STALE_ONWARDS = Number.MAX_SAFE_INTEGER - 1;
/** `stale` once the turns found may be more or fewer than the derived ones (a first day moved under a day's change): every derivation anew runs to the end. */
const STALE_FOR_GOOD = Number.MAX_SAFE_INTEGER;
/** Up to how many words of the history after a word read late are derived anew without looking for where the turns found resume. */
const SHORT_REST = 32;

/**
 * The last first-hand, non-zero stance of a holder on an issue (`polarity`
 * undefined until there is one), kept on the position.
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
  /**
   * Up to what valid time the turns found may differ from the turns derived
   * anew from the history (an own restatement read late is not weighed, so
   * the turn after it names the word before it): a derivation anew that
   * starts before it goes on past it. `-2^31` while they do not;
   * `Number.MAX_SAFE_INTEGER` once they may be more or fewer, for good.
   */
  stale: number;
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
export function reversalRule(): ContradictionRule<undefined, ReversalSlot> {
  const initialSlot = (): ReversalSlot => ({ polarity: undefined, id: '', time: 0, kind: '', turnedFrom: undefined, turnedDay: -1, firstDay: -1, heard: NEVER, stale: NEVER });

  /** Weighs the holder's next own statement, in the order of the stances' times. */
  const weigh = (ctx: Pick<RuleContext, 'open' | 'resolve'>, entry: StanceEntry, position: PositionState, last: ReversalSlot): void => {
    const polarity = effectivePolarity(entry);
    last.heard = entry.validFrom;
    if (polarity === '0') {
      // A hedge or a retraction: the stance the holder turned to no longer stands, so the turn is over.
      // Its firm stance is remembered: turning back to it later is no new turn, turning away is.
      if (last.polarity !== undefined) ctx.resolve('reversal', position.issue, position.key, momentOf(entry));
      return;
    }
    const beforePolarity = last.polarity;
    const beforeId = last.id;
    const beforeKind = last.kind;
    last.id = entry.id;
    last.time = entry.validFrom;
    last.kind = entry.kind;
    if (beforePolarity === polarity) return;
    last.polarity = polarity;
    const day = dayOf(entry);
    if (beforePolarity === undefined) {
      last.firstDay = day;
      return;
    }
    // The day of the first stance: its last word is that day's stance (as positions weigh it), the earlier one never stood.
    if (day === last.firstDay) return;
    const at = momentOf(entry);
    ctx.resolve('reversal', position.issue, position.key, at);
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
      summary: `${position.holder} went from ${beforeKind} (${beforePolarity}) to ${entry.kind} (${polarity}) on ${position.issue}`,
    });
  };

  return {
    type: 'reversal',
    // 6: a holder's own hedge or retraction ends the turn it had made; turning back is a new turn, unless on the day of the last one, which it undoes.
    // 7: a first stance changed on its own day is replaced, not turned from.
    // 8: a statement read late that changes the holder's own sequence of stances derives its reversals anew, in the order of the stances' times.
    // 9: the slot notes up to when the turns found may differ from the derived ones (`stale`): a derivation anew stops where it meets the turns found, which stand, renumbered (the same turns, found faster).
    // 10: an earliest own word read late finds the change on the old first day behind a third party's report between them.
    version: '10',
    initial: () => undefined,
    initialSlot,
    onStatement: (ctx, _state, entry, position, last) => {
      if (!entry.firstHand) return;
      if (entry.validFrom >= last.heard) {
        // Rare: a change of stance on the day of the first stance.
        if (dayOf(entry) === last.firstDay && last.stale !== STALE_FOR_GOOD && movedFirstDay(entry, position.history, last)) last.stale = STALE_FOR_GOOD;
        return weigh(ctx, entry, position, last);
      }
      // Read late, older than the holder's latest own word. As a restatement
      // between two words of its stance it changes no turn; otherwise the
      // turns are derived anew from the history (rare: a log read in order
      // never comes here, and an archive read backwards mostly restates).
      const history = position.history;
      const at = historyIndexOf(history, entry);
      if (at < 0) {
        last.stale = STALE_FOR_GOOD;
        return;
      }
      if (!changesTurns(history, at)) return markStale(history, at, last);
      deriveAnew(ctx, history, at, position, last);
    },
  };

  /**
   * Derives the turns anew from the word at `at` of the history on. The
   * words before it leave the turns they made as they were: weighed again
   * without the ledger, they tell where they leave the slot and how many
   * records stand. From there the history is weighed twice without the
   * ledger, with the new word and without it, until both reach the same
   * state at the same word: the words after it turn as they did, so their
   * records stand, renumbered, and only those between are derived anew. An
   * archive read newest first, whose every earliest word of another stance
   * adds a turn before all the others, takes a few words each, not them all.
   */
  function deriveAnew(ctx: RuleContext, history: ReadonlyArray<StanceEntry>, at: number, position: PositionState, last: ReversalSlot): void {
    const prefix = new Tally(false);
    const start = initialSlot();
    for (let i = 0; i < at; i++) if (history[i]!.firstHand) weigh(prefix, history[i]!, position, start);
    const without = new Tally(prefix.lastOpen);
    const withIt = new Tally(prefix.lastOpen);
    const before = copySlot(start);
    const after = copySlot(start);
    weigh(withIt, history[at]!, position, after);
    let meet = -1;
    // A few words from the end (a log read nearly in order), deriving them all anew costs less than looking for where to stop.
    const far = history.length - at > SHORT_REST;
    for (let i = at + 1; far && i < history.length; i++) {
      const e = history[i]!;
      if (!e.firstHand) continue;
      weigh(without, e, position, before);
      weigh(withIt, e, position, after);
      if (e.validFrom > last.stale && without.lastOpen === withIt.lastOpen && sameTurnsAhead(before, after, dayOf(e))) {
        meet = i;
        break;
      }
    }
    const { issue, key } = position;
    // Turns found up to the time of this word are derived anew, later ones stand or are derived anew too.
    if (last.stale !== STALE_FOR_GOOD) last.stale = Math.min(last.stale, history[at]!.validFrom);
    if (meet < 0) {
      const stale = last.stale;
      ctx.rewind('reversal', issue, key, prefix.records, prefix.lastOpen);
      Object.assign(last, start);
      for (let i = at; i < history.length; i++) if (history[i]!.firstHand) weigh(ctx, history[i]!, position, last);
      last.stale = stale;
      return;
    }
    // The record open where they meet (if any) ends as it ended without the new word.
    const records = ctx.contradictions.byIssue.get(issue)?.records;
    const openNumber = prefix.records + without.records;
    const open = without.lastOpen && openNumber > 0 ? records?.get(openNumber === 1 ? `reversal:${key}` : `reversal:${key}#${openNumber}`) : undefined;
    const end = open?.until === undefined ? undefined : { time: open.until, label: open.untilLabel! };
    const later = ctx.rewind('reversal', issue, key, openNumber);
    ctx.rewind('reversal', issue, key, prefix.records, prefix.lastOpen);
    const slot = copySlot(start);
    for (let i = at; i <= meet; i++) if (history[i]!.firstHand) weigh(ctx, history[i]!, position, slot);
    if (end !== undefined) ctx.resolve('reversal', issue, key, end);
    ctx.append('reversal', issue, key, later);
    // The slot stands as the words after they meet left it, but for the first day, which the new word may have moved.
    last.firstDay = slot.firstDay;
  }
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
  stale: s.stale,
});

/**
 * Whether two derivations that reached these slots at a word of this day
 * turn alike at every later word: the same stance, last word and turn, and
 * the same first day unless both are past (a later word is on this day or after).
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
    (a.firstDay === b.firstDay || (a.firstDay < day && b.firstDay < day))
  );
}

/**
 * Notes how far the turns found may now differ from the turns derived anew,
 * for an own word read late that is not weighed (it changes no turn, as
 * `changesTurns` tells). A restatement: the turn at the next firm word would
 * name it. The holder's earliest word, of its first stance on an earlier
 * day: the first day moves, and a change of stance read in order later on
 * the old one is a turn the turns found lack (see `movedFirstDay`; a change
 * already in the history there makes `changesTurns` derive them anew).
 */
function markStale(history: ReadonlyArray<StanceEntry>, at: number, last: ReversalSlot): void {
  const entry = history[at]!;
  const polarity = effectivePolarity(entry);
  if (last.stale === STALE_FOR_GOOD || polarity === '0') return;
  let restates = false;
  for (let i = at - 1; i >= 0 && !restates; i--) restates = history[i]!.firstHand;
  if (!restates) {
    // Only a lone own word is left to mark (the first day moving is watched for by `movedFirstDay`).
    let next = at + 1;
    while (next < history.length && !history[next]!.firstHand) next++;
    if (next === history.length) last.stale = STALE_FOR_GOOD;
    return;
  }
  for (let i = at + 1; i < history.length; i++) {
    const e = history[i]!;
    if (e.firstHand && effectivePolarity(e) !== '0') {
      last.stale = Math.max(last.stale, e.validFrom);
      return;
    }
  }
  last.stale = Math.max(last.stale, STALE_ONWARDS);
}

/**
 * Whether a word read in order changes the stance on the day the slot has
 * for the first stance's, while an earlier word read late (and not weighed)
 * has moved that day: weighed, it is taken for the first stance replaced,
 * where a derivation anew finds a turn.
 */
function movedFirstDay(entry: StanceEntry, history: ReadonlyArray<StanceEntry>, last: ReversalSlot): boolean {
  const polarity = effectivePolarity(entry);
  if (last.polarity === undefined || polarity === '0' || polarity === last.polarity || dayOf(entry) !== last.firstDay) return false;
  for (const e of history) if (e.firstHand && effectivePolarity(e) !== '0') return dayOf(e) !== last.firstDay;
  return false;
}

/**
 * Whether an own statement inserted in the history may change the holder's
 * turns: its stance differs from that of the own word before it; or, as the
 * holder's earliest word, it differs from the next, or it moves the first
 * stance's day, on which a change was no turn. A restatement changes no turn
 * (the turn it precedes keeps naming the earlier word it turned from). An
 * archive read backwards is a run of restatements and earliest words: each
 * is checked in a few steps, not derived anew.
 */
function changesTurns(history: ReadonlyArray<StanceEntry>, at: number): boolean {
  const entry = history[at]!;
  const polarity = effectivePolarity(entry);
  let before: StanceEntry | undefined;
  for (let i = at - 1; i >= 0 && before === undefined; i--) if (history[i]!.firstHand) before = history[i];
  let after: StanceEntry | undefined;
  let afterAt = -1;
  for (let i = at + 1; i < history.length && after === undefined; i++) {
    if (history[i]!.firstHand) {
      after = history[i];
      afterAt = i;
    }
  }
  // After a word of its own stance, it restates it: any turn at the next word was there already.
  if (before !== undefined) return effectivePolarity(before) !== polarity;
  // The earliest own word. A hedge before any stance weighs nothing.
  if (after === undefined || polarity === '0') return false;
  if (effectivePolarity(after) !== polarity) return true;
  // The same stance, earlier: the day of the first stance moves, and a change on the old first day becomes a turn.
  const firstDay = dayOf(after);
  if (dayOf(entry) === firstDay) return false;
  // From the next own word: a third party's report between them, on an earlier day, hid the old first day's change.
  for (let i = afterAt; i < history.length && dayOf(history[i]!) === firstDay; i++) {
    const e = history[i]!;
    if (e.firstHand && effectivePolarity(e) !== polarity) return true;
  }
  return false;
}

const dayOf = (entry: StanceEntry): number => Math.floor(entry.validFrom / DAY_MINUTES);

/** Counts what a rule would open and resolve, touching no ledger. */
class Tally implements Pick<RuleContext, 'open' | 'resolve'> {
  records = 0;
  constructor(public lastOpen: boolean) {}
  open(): void {
    this.records++;
    this.lastOpen = true;
  }
  resolve(): void {
    this.lastOpen = false;
  }
}
