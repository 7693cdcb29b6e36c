/**
 * How a position's history is weighed: its statements grouped by day, the
 * winner of each day (a first-hand word outranks a report, a firm stance a
 * non-committal one), the reports that yield to the holder's own word, and
 * the run of days that makes the current stance, with its conditions and
 * firmness. The positions projection applies statements with these; the
 * output (`position-view.ts`) reads runs with them. Internal: not exported
 * by the package.
 *
 * @since 0.1.0
 */
import type { PositionState } from './positions.js';
import { effectivePolarity, NEVER } from './stance-entry.js';
import type { StanceEntry } from './stance-entry.js';
import type { Condition, Polarity, StatementKind } from './statement.js';

export const DAY_MINUTES = 1440;

/** The UTC day number of an entry: statements of one day are weighed together. */
export function dayNumber(entry: StanceEntry): number {
  return Math.floor(entry.validFrom / DAY_MINUTES);
}

/**
 * Whether a report stated at `report` (valid minutes) comes within the
 * own-words window (`window`, in minutes) after an own word stated at `own`:
 * counted in calendar days, as days are weighed, so that a time of day given
 * to either does not move the end of the window.
 */
export function withinOwnWords(own: number, report: number, window: number): boolean {
  return Math.floor(report / DAY_MINUTES) - Math.floor(own / DAY_MINUTES) < window / DAY_MINUTES;
}

export function rank(e: StanceEntry): number {
  return (e.firstHand ? 2 : 0) + (effectivePolarity(e) !== '0' || e.kind === 'retract' ? 1 : 0);
}

/**
 * Whether `a` outweighs `b`, two entries of one day: the higher rank, then
 * the later in the history's own order (valid time, then log position), so
 * that a day's weighing does not depend on the order the log learnt its
 * words. Of a day's entries the history holds in that order, the winner is
 * the highest-ranked latest one.
 */
export function wins(a: StanceEntry, b: StanceEntry): boolean {
  const ra = rank(a);
  const rb = rank(b);
  return ra !== rb ? ra > rb : a.validFrom !== b.validFrom ? a.validFrom > b.validFrom : a.position !== b.position ? a.position > b.position : a.id > b.id;
}

/** Adds an entry's conditions to a list: a condition on an issue already listed replaces it. Returns whether anything changed. */
export function mergeConditions(into: Condition[], from: ReadonlyArray<Condition>): boolean {
  let changed = false;
  for (const c of from) {
    const i = into.findIndex((x) => x.issue === c.issue);
    if (i < 0) {
      into.push(c);
      changed = true;
    } else if (into[i]!.polarity !== c.polarity) {
      into[i] = c;
      changed = true;
    }
  }
  return changed;
}

/**
 * Tells which entries of a position's history are third parties' reports
 * that yield to the holder's own word: stated within the position's window
 * after the holder's latest own word before them. Asked for indexes from
 * the end of the history backwards, as the walks below do, it reads each
 * entry about once: it remembers the stretch below the last index asked
 * that holds no own word. It also tells which retractions withdraw a
 * stance (`withdraws`): the others, as the reports that yield, set no
 * stance.
 */
export class Yielding {
  // Entries at [bottom, top) are known to be reports (no own word among them).
  private bottom = -1;
  private top = -1;
  /** After `at` answered true: the index of the own word the report yields to. */
  to = -1;
  /** What `withdraws` found, by index: made when first asked (most walks meet no retraction). */
  private withdrawn: Map<number, boolean> | undefined;
  constructor(
    private readonly h: ReadonlyArray<StanceEntry>,
    private readonly window: number,
    // Without any own word, no report yields: the common case of a holder known only from reports costs nothing.
    private readonly none: boolean,
  ) {}
  at(i: number): boolean {
    const e = this.h[i]!;
    if (e.firstHand || this.none || this.window <= 0) return false;
    if (i > this.top || i < this.bottom) this.bottom = this.top = i;
    else this.top = i;
    let j = this.bottom - 1;
    while (j >= 0 && !this.h[j]!.firstHand && withinOwnWords(this.h[j]!.validFrom, e.validFrom, this.window)) j--;
    this.bottom = j + 1;
    this.to = j;
    return j >= 0 && this.h[j]!.firstHand && withinOwnWords(this.h[j]!.validFrom, e.validFrom, this.window);
  }

  /**
   * Whether the retraction at index `i` withdraws a stance: the one its
   * polarity names is the stance held just before it (as reading the history
   * in order up to it weighs it: the words of its day before it with those
   * of earlier days), or the withdrawal of that stance, restated. A
   * retraction of `0` names neither `+` nor `-`: it withdraws whatever is
   * held. The earliest statement of a history has nothing before it: it
   * withdraws what the holder held, unknown. Any other (Moscow dropping a
   * demand it never made, or had turned from) sets no stance, cuts no run,
   * and is no evidence of one: it stays in the history as what was said.
   * Whether one does depends on whether those before it do: they are found
   * first, oldest first, and remembered.
   */
  withdraws(i: number): boolean {
    if (this.namesAny(i)) return true;
    const withdrawn = (this.withdrawn ??= new Map());
    const known = withdrawn.get(i);
    if (known !== undefined) return known;
    // The retractions to settle, the one asked first: one before it whose answer is needed comes on top of it.
    const pending = [i];
    while (pending.length > 0) {
      const k = pending[pending.length - 1]!;
      const held = this.heldBefore(k, withdrawn);
      if (typeof held === 'number') {
        pending.push(held);
        continue;
      }
      withdrawn.set(k, held === undefined || held.polarity === this.h[k]!.polarity);
      pending.pop();
    }
    return withdrawn.get(i)!;
  }

  /** Whether the retraction at index `i` withdraws a stance whatever was held: it names none (`0`), or nothing came before it. */
  private namesAny(i: number): boolean {
    return i === 0 || this.h[i]!.polarity === '0';
  }

  /**
   * The stance held just before index `k`: the winner of the latest day that
   * has one, of the entries before `k` (see `groupWinner`). A retraction
   * whose own answer is not known yet stops the walk: its index is returned,
   * to be settled first.
   */
  private heldBefore(k: number, withdrawn: ReadonlyMap<number, boolean>): StanceEntry | number | undefined {
    const h = this.h;
    let i = k - 1;
    while (i >= 0) {
      const day = dayNumber(h[i]!);
      let winner: StanceEntry | undefined;
      for (; i >= 0 && dayNumber(h[i]!) === day; i--) {
        const e = h[i]!;
        if ((winner !== undefined && !wins(e, winner)) || this.at(i)) continue;
        if (e.kind === 'retract' && !this.namesAny(i)) {
          const known = withdrawn.get(i);
          if (known === undefined) return i;
          if (!known) continue;
        }
        winner = e;
      }
      if (winner !== undefined) return winner;
    }
    return undefined;
  }
}

export function yielding(p: PositionState, h: ReadonlyArray<StanceEntry>): Yielding {
  return new Yielding(h, p.ownWordsWindow, p.lastOwn === NEVER);
}

/** The kind of an entry when it makes its stance firm (`FIRM_KINDS`, spelt out: replay asks it of every statement, and a set lookup cost more). */
export function firmKindOf(entry: StanceEntry): StatementKind | undefined {
  const kind = entry.kind;
  return kind === 'demand' || kind === 'condition' || kind === 'red-line' ? kind : undefined;
}

/**
 * The winner of the day group ending at index `end` (inclusive), and where
 * the group starts. A report that yields to the holder's own word never
 * wins, nor does a retraction of a stance not held (see
 * {@link Yielding.withdraws}): when every statement of the day is one of
 * these, the day has no winner.
 */
export function groupWinner(history: ReadonlyArray<StanceEntry>, end: number, yields: Yielding): { winner: StanceEntry | undefined; start: number } {
  let winner: StanceEntry | undefined;
  let i = end;
  const day = dayNumber(history[end]!);
  for (; i >= 0 && dayNumber(history[i]!) === day; i--) {
    const e = history[i]!;
    if ((winner === undefined || wins(e, winner)) && !yields.at(i) && (e.kind !== 'retract' || yields.withdraws(i))) winner = e;
  }
  return { winner, start: i + 1 };
}

/** The index of the first entry of the day group holding index `i`. */
export function groupStart(history: ReadonlyArray<StanceEntry>, i: number): number {
  const day = dayNumber(history[i]!);
  let start = i;
  while (start > 0 && dayNumber(history[start - 1]!) === day) start--;
  return start;
}

/** The index of the last entry of the day group holding index `i`. */
export function groupEnd(history: ReadonlyArray<StanceEntry>, i: number): number {
  const day = dayNumber(history[i]!);
  let end = i;
  while (end + 1 < history.length && dayNumber(history[end + 1]!) === day) end++;
  return end;
}

/** The winner of the latest day that has one: the current stance. */
export function latestWinner(h: ReadonlyArray<StanceEntry>, yields: Yielding): StanceEntry {
  for (let end = h.length - 1; end >= 0; ) {
    const group = groupWinner(h, end, yields);
    if (group.winner !== undefined) return group.winner;
    end = group.start - 1;
  }
  // The earliest statement never yields (no own word precedes it), and as a retraction it withdraws whatever was held.
  return h[0]!;
}

/**
 * The statements of the current run, oldest first: walking back from the
 * end one day at a time, the days whose winning stance has the current
 * polarity, and in them the statements of that polarity. A day of reports
 * that all yield to the holder's own word (or of retractions of stances not
 * held) neither ends the run nor starts it: its statements of the run's
 * polarity count when the run goes on before it. A retraction of a stance
 * not held counts in no run. Computed when asked (for output), not kept: that keeps replay
 * from storing a second list per statement.
 */
export function runOf(p: PositionState): StanceEntry[] {
  const h = p.history;
  return runFrom(h, h.length - 1, effectivePolarity(p.current), yielding(p, h));
}

/**
 * The run of `polarity` that `runOf` walks, from the day group ending at
 * index `end` back, oldest first: where a run is walked from its first day
 * rather than its latest (see `extendRun`), the same walk.
 */
export function runFrom(h: ReadonlyArray<StanceEntry>, end: number, polarity: Polarity, yields: Yielding): StanceEntry[] {
  const { run, kept } = walkRun(h, end, 0, polarity, yields);
  run.length = kept;
  return run.reverse();
}

/**
 * A stretch of the walk `runFrom` makes, from the day group ending at `end`
 * back to the one starting at `stop` (a group's first index): `run`, the
 * statements of `polarity` it met, latest first; `kept`, how many of them a
 * won day backs (`won`: whether it met a won day); `broken`, whether the
 * run ended in the stretch (a day won by another stance, or a retraction
 * cutting it). Each day is weighed only from the history up to it, so a
 * stretch walked once holds while only later words are added (see
 * `position-view.ts`'s `positionViewer`).
 */
export function walkRun(h: ReadonlyArray<StanceEntry>, end: number, stop: number, polarity: Polarity, yields: Yielding): { run: StanceEntry[]; kept: number; won: boolean; broken: boolean } {
  const run: StanceEntry[] = [];
  // How many of `run` a won day backs: those of days without a winner count only when one comes before them.
  let kept = 0;
  let won = false;
  while (end >= stop) {
    const group = groupWinner(h, end, yields);
    if (group.winner !== undefined && effectivePolarity(group.winner) !== polarity) return { run, kept, won, broken: true };
    // A retraction earlier in the winner's day than the winner ends a run of a firm stance there:
    // "we drop the precondition; talks can start next week" states it anew, without its conditions.
    // (Of a stance of 0, a retraction is one more piece of evidence.)
    let below = false;
    let retracted = false;
    for (let i = end; i >= group.start; i--) {
      const e = h[i]!;
      if (below && e.kind === 'retract' && !yields.at(i) && yields.withdraws(i)) {
        retracted = true;
        break;
      }
      // A retraction of a stance not held is no evidence of the stance of 0 either.
      if (effectivePolarity(e) === polarity && (e.kind !== 'retract' || yields.withdraws(i))) run.push(e);
      if (e === group.winner && polarity !== '0') below = true;
    }
    if (group.winner !== undefined) {
      kept = run.length;
      won = true;
    }
    if (retracted) return { run, kept, won, broken: true };
    end = group.start - 1;
  }
  return { run, kept, won, broken: false };
}

/** Where an entry goes in a history ordered by valid time, then place in the log (`position`, then id: see `StanceEntry.position`) (binary search). */
export function insertionIndex(history: ReadonlyArray<StanceEntry>, entry: StanceEntry): number {
  let lo = 0;
  let hi = history.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const m = history[mid]!;
    // One place for two entries (a correction and the statement it corrects, both counting): the id orders them.
    if (m.validFrom < entry.validFrom || (m.validFrom === entry.validFrom && (m.position < entry.position || (m.position === entry.position && m.id < entry.id)))) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether the entry at index `i` of `h` is a report that yields to the
 * holder's own word (as {@link Yielding} tells, for one entry rather than a
 * walk): the nearest own word before it (`skip` aside) is within the window.
 */
export function reportYields(h: ReadonlyArray<StanceEntry>, i: number, window: number, skip = -1): boolean {
  const e = h[i]!;
  if (e.firstHand || window <= 0) return false;
  for (let j = i - 1; j >= 0; j--) {
    // `skip`: the history as it is without that entry (a word read late, weighed with it and without it).
    if (j === skip) continue;
    const o = h[j]!;
    if (!withinOwnWords(o.validFrom, e.validFrom, window)) return false;
    if (o.firstHand) return true;
  }
  return false;
}

/**
 * Whether a word's conditions count in its stance. A report that yields to
 * the holder's own word is evidence of the stance when it agrees, and may
 * make it firm (how hard the holder holds it), but the terms it adds are the
 * reporter's account of what the holder wants, not the holder's word ("Kyiv
 * only wants talks after a truce", said by Moscow three days after Kyiv
 * offered talks with none): they count only where no own word stands over
 * the report, as its stance would. A deadlock is not made of them.
 */
export function bringsConditions(h: ReadonlyArray<StanceEntry>, e: StanceEntry, window: number): boolean {
  if (e.conditions.length === 0) return false;
  return e.firstHand || !reportYields(h, insertionIndex(h, e), window);
}

/**
 * Whether a word's conditions are preconditions: steps the holder wants
 * taken first. A threat's conditions are what sets it off ("sanctions if
 * the truce is refused"): the position shows them, but nothing waits on
 * them, and no deadlock is made of them.
 */
export function setsPreconditions(e: StanceEntry): boolean {
  return e.kind !== 'threat';
}

/**
 * Whether a word brings its stance preconditions: conditions that count
 * (see {@link bringsConditions}) of a word that is not a threat (see
 * {@link setsPreconditions}).
 */
export function bringsPreconditions(h: ReadonlyArray<StanceEntry>, e: StanceEntry, window: number): boolean {
  return setsPreconditions(e) && bringsConditions(h, e, window);
}

/**
 * The conditions of a run's words merged in order (later words override
 * earlier ones), those of reports that yield left out (see
 * {@link bringsConditions}; `h` is the history the run is of), the same
 * merged over the words that are not threats (its preconditions: the very
 * array of its conditions while no threat brought one), and its latest firm
 * kind.
 */
export function termsOf(
  run: ReadonlyArray<StanceEntry>,
  h: ReadonlyArray<StanceEntry>,
  window: number,
): { conditions: Condition[]; preconditions: Condition[]; firmKind: StatementKind | undefined } {
  const conditions: Condition[] = [];
  // Shared with `conditions` until a threat brings a condition: most runs hold none.
  let preconditions: Condition[] | undefined;
  let firmKind: StatementKind | undefined;
  for (const e of run) {
    if (bringsConditions(h, e, window)) {
      if (!setsPreconditions(e)) preconditions ??= [...conditions];
      else if (preconditions !== undefined) mergeConditions(preconditions, e.conditions);
      mergeConditions(conditions, e.conditions);
    }
    firmKind = firmKindOf(e) ?? firmKind;
  }
  return { conditions, preconditions: preconditions ?? conditions, firmKind };
}
