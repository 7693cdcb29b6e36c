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
  const initialSlot = (): ReversalSlot => ({ polarity: undefined, id: '', time: 0, kind: '', turnedFrom: undefined, turnedDay: -1, firstDay: -1, heard: NEVER });

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
    version: '8',
    initial: () => undefined,
    initialSlot,
    onStatement: (ctx, _state, entry, position, last) => {
      if (!entry.firstHand) return;
      if (entry.validFrom >= last.heard) return weigh(ctx, entry, position, last);
      // Read late, older than the holder's latest own word. As a restatement
      // between two words of its stance it changes no turn; otherwise the
      // turns are derived anew from the history (rare: a log read in order
      // never comes here, and an archive read backwards mostly restates).
      const history = position.history;
      const at = historyIndexOf(history, entry);
      if (at < 0 || !changesTurns(history, at)) return;
      // The words before it leave the turns they made as they were: weighed
      // again without the ledger, they tell where they leave the slot and how
      // many records stand; the rest are derived anew from it on.
      const tally = new Tally();
      Object.assign(last, initialSlot());
      for (let i = 0; i < at; i++) if (history[i]!.firstHand) weigh(tally, history[i]!, position, last);
      ctx.rewind('reversal', position.issue, position.key, tally.records, tally.lastOpen);
      for (let i = at; i < history.length; i++) if (history[i]!.firstHand) weigh(ctx, history[i]!, position, last);
    },
  };
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
  for (let i = at + 1; i < history.length && after === undefined; i++) if (history[i]!.firstHand) after = history[i];
  // After a word of its own stance, it restates it: any turn at the next word was there already.
  if (before !== undefined) return effectivePolarity(before) !== polarity;
  // The earliest own word. A hedge before any stance weighs nothing.
  if (after === undefined || polarity === '0') return false;
  if (effectivePolarity(after) !== polarity) return true;
  // The same stance, earlier: the day of the first stance moves, and a change on the old first day becomes a turn.
  const firstDay = dayOf(after);
  if (dayOf(entry) === firstDay) return false;
  for (let i = at + 1; i < history.length && dayOf(history[i]!) === firstDay; i++) {
    const e = history[i]!;
    if (e.firstHand && effectivePolarity(e) !== polarity) return true;
  }
  return false;
}

const dayOf = (entry: StanceEntry): number => Math.floor(entry.validFrom / DAY_MINUTES);

/** Counts what a rule would open and resolve, touching no ledger. */
class Tally implements Pick<RuleContext, 'open' | 'resolve'> {
  records = 0;
  lastOpen = false;
  open(): void {
    this.records++;
    this.lastOpen = true;
  }
  resolve(): void {
    this.lastOpen = false;
  }
}
