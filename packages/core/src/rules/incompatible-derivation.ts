/**
 * The `incompatible` rule's reading of statements read late (older than one
 * their issue has): the batch marks them (`PendingIssue`), and once it is
 * read, each marked holder's pairs are derived anew from the two holders'
 * histories in the order of valid times, where the readings with and
 * without the marked statements may differ, up to where they meet again.
 *
 * Of a holder's records, only those dated around the steps that differ
 * are read for the words the statements displace (`listsAny`). A holder's
 * steps with them and without them are still weighed to the end of its
 * history: stopping where its two positions met again (same stance,
 * firmness, conditions, run start and latest own word) was tried at stop
 * 53 and left out, as a later word can still read the words before that
 * point (a property test found a log read newest first where it did).
 *
 * @since 0.1.0
 */
import { current, isDraft, original } from 'immer';
import type { Draft } from 'immer';
import type { ContradictionRecord, ContradictionsState, IssueLedger } from '../contradictions.js';
import type { RuleContext } from '../contradiction-rule.js';
import { dropEmptyLedger, emptyContradictions, numberedRecord, plainLedger, replaceContradictionRecords, sameRecord } from '../contradictions.js';
import { LedgerContext } from '../ledger-context.js';
import { applyEntry, firstStatedAtOrAfter, getPosition, historyIndexOf } from '../positions.js';
import type { PositionsState, PositionState, StanceChange } from '../positions.js';
import { effectivePolarity, NEVER, sameEntry } from '../stance-entry.js';
import type { StanceEntry } from '../stance-entry.js';
import { FIRM_KINDS } from '../statement.js';
import { scratchAt, scratchCopy } from './scratch-positions.js';
import { clashes, describe, evaluate, pairKey, record } from './incompatible-clash.js';
import type { Side } from './incompatible-clash.js';
import type { IncompatibleState } from './incompatible.js';

/** A history as a plain array: under immer, reading it through a draft would make a draft of every entry read. */
function plain(history: StanceEntry[]): StanceEntry[] {
  return isDraft(history) ? (current(history as Draft<StanceEntry[]>) as StanceEntry[]) : history;
}

/** What deriving a pair anew reads of a position, as a plain object (see `pairSide`). */
type Held = Pick<PositionState, 'holder' | 'issue' | 'key' | 'ownWordsWindow' | 'current' | 'firmKind'> & { readonly history: StanceEntry[] };

/** One entry of a holder's history weighed in order: the change it made, if any, and the holder's stance after it. */
interface Step {
  readonly entry: StanceEntry;
  /** The entry's valid time and log position, kept on the step: merging two holders' steps compares them at every step, and the entries lie far apart in memory. */
  readonly time: number;
  readonly position: number;
  readonly change: StanceChange | undefined;
  readonly side: Side;
}

/** A holder's stance as a position of the scratch positions holds it now (which move on with its words): copied. */
function sideOf(p: PositionState): Side {
  return { holder: p.holder, issue: p.issue, current: p.current, firmKind: p.firmKind };
}

/** The step of `entry`: the change it made, if any, and the holder's stance after it, as `after` (its position once applied) holds it. */
function stepOf(entry: StanceEntry, change: StanceChange | undefined, after: PositionState): Step {
  return { entry, time: entry.validFrom, position: entry.position, change, side: sideOf(after) };
}

/**
 * A holder's steps from an index of its history on,
 * weighed as far as they are read: a derivation that stops where two
 * readings meet again reads only the first few.
 */
class LazySteps {
  readonly before: Side | undefined;
  /** How many steps there are (to the end of the history). */
  readonly length: number;
  private readonly scratch: PositionsState | undefined;
  private readonly weighed: Step[] = [];
  /** The indexes of the steps that change the stance, once asked (see `changes`). */
  private changed: number[] | undefined;

  /** `standing`: the holder's stance after its whole history, given when `from` is its end (a side silent from there on: no need to weigh it again). */
  constructor(positions: PositionsState, private readonly p: Held, private readonly history: ReadonlyArray<StanceEntry>, readonly from: number, standing?: Side) {
    this.length = history.length - from;
    if (this.length === 0 && standing !== undefined) {
      this.scratch = undefined;
      this.before = standing;
      return;
    }
    this.scratch = scratchAt(positions, p, history, from);
    const first = getPosition(this.scratch, p.holder, p.issue);
    this.before = first === undefined ? undefined : sideOf(first);
  }

  /** The step `k` (below `length`). */
  at(k: number): Step {
    const { p, weighed } = this;
    while (weighed.length <= k) {
      const i = this.from + weighed.length;
      const { change, position } = applyEntry(this.scratch!, p.holder, p.issue, this.history[i]!);
      weighed.push(stepOf(this.history[i]!, change, position));
    }
    return weighed[k]!;
  }

  /** The indexes of the steps that change the holder's stance (all steps weighed), in order. */
  changes(): ReadonlyArray<number> {
    if (this.changed === undefined) {
      const changed: number[] = [];
      for (let k = 0; k < this.length; k++) if (this.at(k).change !== undefined) changed.push(k);
      this.changed = changed;
    }
    return this.changed;
  }

  /** How many steps come before `step` (another holder's) in the order of valid times, then log position. */
  countBefore(step: Step): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (earlier(this.at(mid), step)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * What the entries `marked` of a holder's history (`log`), read late, change in the holder's stances read in the
 * order of valid times: its steps from the first of them (`first`) on
 * weighed with them and without them, up to the last that differ (the
 * holder's stances after each entry: the statement that sets it, its
 * firmness, whether it changed). Undefined when none differ: most entries
 * read late restate a stance without becoming current, and no clash of the
 * holder can differ.
 */
function changedSteps(positions: PositionsState, p: Held, log: ReadonlyArray<StanceEntry>, first: number, marked: (index: number) => boolean): Window | undefined {
  const withScratch = scratchAt(positions, p, log, first);
  const start = getPosition(withScratch, p.holder, p.issue);
  const before = start === undefined ? undefined : sideOf(start);
  // Without them: the same position (copied, not weighed again), the other entries after the first applied to it.
  const withoutScratch = scratchCopy(positions, withScratch, p);
  const same = (x: Side | undefined, y: Side | undefined): boolean => x === y || (x !== undefined && y !== undefined && sameEntry(x.current, y.current) && x.firmKind === y.firmKind);
  const total = log.length - first;
  const withSteps: Step[] = [];
  const withoutSteps: Step[] = [];
  // The last step that differs, counted in the steps with them; a marked entry's own step differs where it changes or moves the stance.
  let last = -1;
  let standing = before;
  for (let k = 0; k < total; k++) {
    const i = first + k;
    const entry = log[i]!;
    const withIt = applyEntry(withScratch, p.holder, p.issue, entry);
    const y = stepOf(entry, withIt.change, withIt.position);
    withSteps.push(y);
    if (marked(i)) {
      if (y.change !== undefined || !same(standing, y.side)) last = k;
      continue;
    }
    const without = applyEntry(withoutScratch, p.holder, p.issue, entry);
    const x = stepOf(entry, without.change, without.position);
    withoutSteps.push(x);
    standing = x.side;
    if ((x.change !== undefined) !== (y.change !== undefined) || !same(x.side, y.side)) last = k;
  }
  if (last < 0) return undefined;
  // The step after the last that differs is weighed from stances that differ (its change's `before`): it is in the window too.
  // Without one, the stances differ to the end.
  if (last + 1 >= total) return { first, before, withSteps, withoutSteps, toTheEnd: true };
  let without = 0;
  for (let k = 0; k <= last + 1; k++) if (!marked(first + k)) without++;
  return { first, before, withSteps: withSteps.slice(0, last + 2), withoutSteps: withoutSteps.slice(0, without), toTheEnd: false };
}

/**
 * The steps of a holder that statements read late change (see
 * `changedSteps`): its stance before the first of them, and its steps up
 * to the step after the last that differs, with them and without them.
 */
interface Window {
  /** The index in the holder's history of the first entry read late. */
  readonly first: number;
  readonly before: Side | undefined;
  /** Whether the holder's stances differ up to the end of its history (no step after the last that differs). */
  readonly toTheEnd: boolean;
  readonly withSteps: ReadonlyArray<Step>;
  readonly withoutSteps: ReadonlyArray<Step>;
}

/** The polarities a side takes (as bits: 1 for `+`, 2 for `-`), from a stance and the steps after it. */
function polarities(first: Side | undefined, ...steps: ReadonlyArray<ReadonlyArray<Step>>): number {
  let bits = first === undefined ? 0 : bitOf(first);
  for (const list of steps) for (const step of list) bits |= bitOf(step.side);
  return bits;
}

function bitOf(side: Side): number {
  return polarityBit(side.current);
}

function polarityBit(entry: StanceEntry): number {
  const polarity = effectivePolarity(entry);
  return polarity === '+' ? 1 : polarity === '-' ? 2 : 0;
}

/** Whether a side that takes the polarities `a` may oppose one that takes `b`. */
function oppose(a: number, b: number): boolean {
  return ((a & 1) !== 0 && (b & 2) !== 0) || ((a & 2) !== 0 && (b & 1) !== 0);
}

/** Whether an entry comes before another of the same valid time: by place, then id (as positions order them). */
function before(x: StanceEntry, y: StanceEntry): boolean {
  return x.position < y.position || (x.position === y.position && x.id < y.id);
}

/**
 * Whether a pair's clashes are the same with the entry read late and
 * without it: weighed with the other side's steps over the window where the
 * holder's steps differ (from the entry to the step after the last that
 * differs, or to the end), both find the same openings and endings. The ledger is then the same
 * after the window, and so is what the steps after it find. `mineBits`:
 * the polarities the holder takes over the window (see `polarities`).
 */
function sameOps(window: Window, mineBits: number, b: PairSide): boolean {
  const logB = b.log;
  const first = window.withSteps[0]!;
  const last = window.withSteps[window.withSteps.length - 1]!;
  // The other side's words before the window (of its first minute, those read before its first entry), then those of the window.
  let from = firstStatedAtOrAfter(logB, first.entry.validFrom);
  while (from < logB.length && logB[from]!.validFrom === first.entry.validFrom && before(logB[from]!, first.entry)) from++;
  let to = from;
  if (window.toTheEnd) to = logB.length;
  else while (to < logB.length && (logB[to]!.validFrom < last.entry.validFrom || (logB[to]!.validFrom === last.entry.validFrom && before(logB[to]!, last.entry)))) to++;
  // No word before the window's end: no stance to clash with (in a log read newest first, most other holders of the issue).
  if (to === 0) return true;
  // Its stance as it stood before the window, and its steps over it: weighed once for the other holders whose windows
  // begin between the same two of its words.
  const steps = b.stepsOf(from);
  const initial = steps.before;
  const theirs: Step[] = [];
  for (let k = 0; k < to - from; k++) theirs.push(steps.at(k));
  // Stances of one polarity (or none) on either side can clash with nothing: most pairs are settled here.
  if (!oppose(polarities(initial, theirs), mineBits)) return true;
  const opsOf = (mineSteps: ReadonlyArray<Step>): unknown[] => {
    const ops: unknown[] = [];
    let mine = window.before;
    let other = initial;
    let i = 0;
    let j = 0;
    while (i < mineSteps.length || j < theirs.length) {
      const step = mineSteps[i];
      const their = theirs[j];
      if (step !== undefined && (their === undefined || earlier(step, their))) {
        i++;
        mine = step.side;
        if (step.change !== undefined && other !== undefined) record(ops, mine, step.change, other);
      } else {
        j++;
        other = their!.side;
        if (their!.change !== undefined && mine !== undefined) record(ops, other, their!.change, mine);
      }
    }
    return ops;
  };
  const withOps = opsOf(window.withSteps);
  const withoutOps = opsOf(window.withoutSteps);
  return withOps.length === withoutOps.length && withOps.every((op, k) => op === withoutOps[k]);
}

/**
 * Derives anew the clashes of a holder with each other holder of its issue
 * after an entry read late (older than a statement the issue has), as
 * reading every statement in the order of valid times finds them. A pair's
 * clashes depend on the two holders' histories only. Each pair is weighed
 * again from the entry's time, or from the start of its clash that spans
 * it: the clashes begun before stand as they are, and none is open there.
 */
function derivePairs(ctx: RuleContext, changed: PositionState, entry: StanceEntry, held: HeldLedger): void {
  const holders = ctx.positions.byIssue.get(changed.issue);
  if (holders === undefined || holders.size < 2) return;
  const mine = pairSide(ctx.positions, changed, (p, log) => {
    const at = historyIndexOf(log, entry);
    return at < 0 ? undefined : changedSteps(ctx.positions, p, log, at, (i) => i === at);
  });
  const window = mine.window;
  if (window === undefined) return;
  // Most words read late restate their holder's stance: all they change is which word stands as its current one for a
  // while, which a clash opened meanwhile lists. None of the holder's clashes listing a word it displaces, none changes.
  const displaced = displacedWords(window, (i) => i === window.first);
  // Its words stand apart in the two readings from the window's first step up to its last (to the end, where they never meet).
  const to = window.toTheEnd ? Infinity : window.withSteps[window.withSteps.length - 1]!.time;
  if (displaced !== undefined && !listsAny(held.ledger(), changed, holders.keys(), displaced, window.withSteps[0]!.time, to)) return;
  const mineBits = polarities(window.before, window.withSteps, window.withoutSteps);
  for (const [holder, other] of holders) {
    if (holder === changed.holder) continue;
    const theirs = pairSide(ctx.positions, other);
    if (!sameOps(window, mineBits, theirs)) derivePair(ctx, held, mine, theirs, mine.log[window.first]!.validFrom);
  }
}

/**
 * The words that statements read late (`marked`) displace as their
 * holder's current one over a window of its steps (see `changedSteps`),
 * when that is all they change: with them and without them, the same
 * changes, made by the same words, and after every step the same polarity
 * and firmness. Undefined when they change more.
 */
function displacedWords(window: Window, marked: (index: number) => boolean): Set<string> | undefined {
  const displaced = new Set<string>();
  // The holder's stance without them, after each step.
  let standing = window.before;
  for (let k = 0, w = 0; k < window.withSteps.length; k++) {
    const y = window.withSteps[k]!;
    if (marked(window.first + k)) {
      if (y.change !== undefined) return undefined;
    } else {
      const x = window.withoutSteps[w++];
      if (x === undefined || (x.change !== undefined) !== (y.change !== undefined)) return undefined;
      if (y.change !== undefined && !sameEntry(x.side.current, y.side.current)) return undefined;
      standing = x.side;
    }
    // A stance where there was none may clash.
    if (standing === undefined) return undefined;
    if (effectivePolarity(y.side.current) !== effectivePolarity(standing.current) || y.side.firmKind !== standing.firmKind) return undefined;
    if (!sameEntry(y.side.current, standing.current)) displaced.add(standing.current.id);
  }
  return displaced;
}

/**
 * Whether a record of a clash of the holder with another holder of its
 * issue lists one of `words`, among those that may have been open from
 * `from` to `to` (valid minutes: the window where the holder's words stand
 * apart in the two readings; Infinity where they never meet again). A clash is dated by the step that opened it (its
 * time is the latest the pair had read), and a pair's records follow one
 * another in valid time: those dated after `to` were opened after it, and
 * one followed by a record dated before `from` was ended before `from`.
 * Found by bisection: a pair's records grow with the log, and only those
 * around the window are read.
 */
function listsAny(ledger: IssueLedger | undefined, p: Pick<PositionState, 'holder' | 'issue'>, holders: Iterable<string>, words: ReadonlySet<string>, from: number, to: number): boolean {
  if (ledger === undefined || words.size === 0) return false;
  // Of every holder of the issue, most hold no record with this one: one lookup each, its key made in one string.
  const prefix = `incompatible:${p.issue}:`;
  for (const other of holders) {
    if (other === p.holder) continue;
    const base = p.holder < other ? `${prefix}${p.holder}~${other}` : `${prefix}${other}~${p.holder}`;
    const status = ledger.status.get(base);
    if (status === undefined) continue;
    // The last record dated no later than `to`.
    let lo = 0;
    let hi = status.opened;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (numberedRecord(ledger, base, mid)!.since <= to) lo = mid;
      else hi = mid - 1;
    }
    for (let n = lo; n >= 1; n--) {
      const record = numberedRecord(ledger, base, n)!;
      for (const id of record.statements) if (words.has(id)) return true;
      // The records before it ended before it was opened.
      if (record.since < from) break;
    }
  }
  return false;
}

/**
 * One side of a pair to derive anew: its position, its history (`log`),
 * its steps from an index of it on, and where statements read late change
 * them (undefined: nowhere).
 */
interface PairSide {
  readonly p: Held;
  readonly log: ReadonlyArray<StanceEntry>;
  readonly stepsOf: (from: number) => LazySteps;
  readonly window: Window | undefined;
  /** The polarities of the words of its history (see `polarities`), and 4 when one of them is firm, once asked (see `mayClash`). */
  bits?: number | undefined;
}

/** Whether two sides may ever clash, read with the statements read late or without them: opposite, and one of them firm. */
function mayClash(a: PairSide, b: PairSide): boolean {
  return canClash(wordsBits(a), wordsBits(b));
}

/** Whether sides that take the polarities and firmness `x` and `y` (see `wordsBits`) may clash. */
function canClash(x: number, y: number): boolean {
  return oppose(x, y) && ((x | y) & 4) !== 0;
}

/** The polarities a side takes over its window, with and without the statements read late, and 4 when it is firm at any step of it. */
function windowBits(side: PairSide): number {
  const { before, withSteps, withoutSteps } = side.window!;
  let bits = polarities(before, withSteps, withoutSteps);
  if (before?.firmKind !== undefined || withSteps.some((s) => s.side.firmKind !== undefined) || withoutSteps.some((s) => s.side.firmKind !== undefined)) bits |= 4;
  return bits;
}

/** A stance is set by one of the words, and made firm by one: the words bound what it may be. */
function wordsBits(side: PairSide): number {
  if (side.bits === undefined) {
    let bits = 0;
    for (const entry of side.log) bits |= polarityBit(entry) | (FIRM_KINDS.has(entry.kind) ? 4 : 0);
    side.bits = bits;
  }
  return side.bits;
}

function pairSide(positions: PositionsState, position: PositionState, windowOf?: (p: Held, log: ReadonlyArray<StanceEntry>) => Window | undefined): PairSide {
  // Read once into a plain object: under immer, reading a draft at every step would go through its proxy, and make a draft of
  // the stance it reads (a statement is never changed: the one it was made of is the same).
  const stance = position.current;
  const log = plain(position.history);
  const p: Held = {
    holder: position.holder,
    issue: position.issue,
    key: position.key,
    ownWordsWindow: position.ownWordsWindow,
    current: isDraft(stance) ? (original(stance as Draft<StanceEntry>) as StanceEntry) : stance,
    firmKind: position.firmKind,
    history: log,
  };
  return { p, log, stepsOf: stepsCache(positions, p, log), window: windowOf?.(p, log) };
}

/**
 * Where the statements a holder had read late in a batch (`read`, by id;
 * the earliest stated at `earliest`) change its steps (see
 * `changedSteps`).
 */
function batchWindow(positions: PositionsState, p: Held, log: ReadonlyArray<StanceEntry>, earliest: number, read: ReadonlyArray<string>): Window | undefined {
  const marked = new Set(read);
  let first = firstStatedAtOrAfter(log, earliest);
  while (first < log.length && !marked.has(log[first]!.id)) first++;
  if (first === log.length) return undefined;
  return changedSteps(positions, p, log, first, (i) => marked.has(log[i]!.id));
}

/** A holder's steps from an index of its history on, weighed once for every pair that starts there. */
function stepsCache(positions: PositionsState, p: Held, log: ReadonlyArray<StanceEntry>): (from: number) => LazySteps {
  const steps = new Map<number, LazySteps>();
  return (from) => {
    let found = steps.get(from);
    if (found === undefined) {
      // Silent from there on, it stands as it is.
      steps.set(from, (found = new LazySteps(positions, p, log, from, from < log.length ? undefined : p)));
    }
    return found;
  };
}

/**
 * An issue's ledger as held when its derivation began, read plain (see
 * `plainLedger`), once: under a live update, a ledger the update changed
 * is copied at each `plainLedger`. Each pair is derived once, and a pair's
 * derivation writes its own records only, so what the copy holds of a pair
 * not derived yet is what the ledger holds.
 */
class HeldLedger {
  private read = false;
  private held: IssueLedger | undefined;
  constructor(
    private readonly contradictions: ContradictionsState,
    private readonly issue: string,
  ) {}

  ledger(): IssueLedger | undefined {
    if (!this.read) {
      this.held = plainLedger(this.contradictions, this.issue);
      this.read = true;
    }
    return this.held;
  }
}

/**
 * Derives anew what the statements read late in a batch marked (see
 * `PendingIssue`). One statement alone, read last of its issue, is weighed
 * where it changes its holder's pairs (`derivePairs`); several are weighed
 * together: where each marked holder's steps differ with its marked
 * statements and without them, a pair is derived anew up to where the two
 * readings meet again (`derivePair`). The ledger holds what reading without
 * them finds: once an issue is marked, the batch's other statements of it
 * are marked too rather than weighed as read.
 */
export function settle(ctx: RuleContext, state: IncompatibleState): void {
  const pending = state.pending;
  if (pending === undefined || pending.size === 0) return;
  const live = isDraft(ctx.contradictions);
  for (const [issue, marked] of pending) {
    const holders = ctx.positions.byIssue.get(issue);
    if (holders === undefined || holders.size < 2) continue;
    const held = new HeldLedger(ctx.contradictions, issue);
    if (marked.single !== undefined) {
      const { holder, validFrom, id } = marked.single;
      const p = holders.get(holder)!;
      const log = plain(p.history);
      let i = firstStatedAtOrAfter(log, validFrom);
      while (i < log.length && log[i]!.id !== id) i++;
      if (i < log.length) derivePairs(ctx, p, log[i]!, held);
      continue;
    }
    const sides = new Map<string, PairSide>();
    const sideOf = (holder: string): PairSide => {
      let side = sides.get(holder);
      if (side === undefined) {
        const read = marked.read.get(holder);
        const windowOf = read === undefined ? undefined : (p: Held, log: ReadonlyArray<StanceEntry>) => batchWindow(ctx.positions, p, log, marked.holders.get(holder)!, read);
        sides.set(holder, (side = pairSide(ctx.positions, holders.get(holder)!, windowOf)));
      }
      return side;
    };
    const startOf = (side: PairSide): number => side.log[side.window!.first]!.validFrom;
    const done = new Set<string>();
    for (const holder of [...marked.read.keys()].sort()) {
      const a = sideOf(holder);
      for (const other of holders.keys()) {
        if (other === holder || done.has(other)) continue;
        const b = sideOf(other);
        // Neither side's steps differ without the statements marked: the pair's clashes are those the ledger has.
        if (a.window === undefined && b.window === undefined) continue;
        // Nor where the two never clash. (Where one side's differ, `sameOps` looks at the other's words over its window only:
        // reading all of them would cost a batch as much as every holder of the issue has said.)
        if (a.window !== undefined && b.window !== undefined) {
          const from = Math.min(startOf(a), startOf(b));
          // Most such pairs (restatements read late on both sides) find what the ledger has. Under a live update, that is
          // checked first: writing the same records again through immer's drafts costs more than the check.
          if (mayClash(a, b) && !(live && sameReadings(a, b, from))) derivePair(ctx, held, a, b, from);
        } else {
          const [changed, theirs] = a.window !== undefined ? [a, b] : [b, a];
          const window = changed.window!;
          const mine = windowBits(changed);
          // The other side's words bound its stances: a pair that can clash in neither reading needs no scratch position of it.
          if (canClash(mine, wordsBits(theirs)) && !sameOps(window, mine & 3, theirs)) derivePair(ctx, held, changed, theirs, startOf(changed));
        }
      }
      done.add(holder);
    }
  }
  for (const issue of pending.keys()) dropEmptyLedger(ctx.contradictions, issue);
  delete state.pending;
}

/** Whether two sides clash (either missing: not). */
function sidesClash(a: Side | undefined, b: Side | undefined): boolean {
  return a !== undefined && b !== undefined && clashes(a.current, a.firmKind, b.current, b.firmKind);
}

/** A pair's stances as the summary of their clash tells them (lower holder first). */
function summaryOf(x: Side, y: Side): string {
  const [first, second] = x.holder < y.holder ? [x, y] : [y, x];
  return `${describe(first)} against ${describe(second)}`;
}

/**
 * What weighing a pair does to its records, followed without writing them
 * (see `evaluate`): how many it opens, whether one is open, and of the last,
 * its statements and the stances its summary tells.
 */
class PairReading {
  records = 0;
  clash = false;
  ended = NEVER;
  ids: Set<string> | undefined;
  last: [Side, Side] | undefined;

  /** After a step of either side (`changed`, its change if any), the two sides standing as `mine` and `other`. */
  step(mine: Side | undefined, other: Side | undefined, changed: Side, change: Pick<StanceChange, 'statement'> | undefined): void {
    if (change === undefined || mine === undefined || other === undefined) return;
    const now = sidesClash(mine, other);
    if (now) {
      // Found again when it was ended, at a minute no later than the end, it is the one ended, open again (see `openContradiction`).
      if (!this.clash && Math.max(change.statement.validFrom, changed.current.validFrom) > this.ended) {
        this.records++;
        this.ids = new Set();
      }
      this.ids!.add(mine.current.id);
      this.ids!.add(other.current.id);
      this.last = [mine, other];
    } else if (this.clash) this.ended = changed.current.validFrom;
    this.clash = now;
  }

  /** The summary of its open clash. */
  summary(): string {
    return summaryOf(this.last![0], this.last![1]);
  }
}

/**
 * Whether a step comes before another in the order of valid times, ties in log order, as positions weigh them: by
 * place, then id (a correction that moved a word to another holder shares the place of the statement it corrects).
 */
function earlier(x: Step, y: Step): boolean {
  return x.time < y.time || (x.time === y.time && (x.position < y.position || (x.position === y.position && x.entry.id < y.entry.id)));
}

const NO_STEPS: ReadonlyArray<Step> = [];

/** Which of the next steps (of either side with the statements read late, then without them) comes first: 0 to 3, or -1 when none is left. */
function firstStep(a: Step | undefined, b: Step | undefined, c: Step | undefined, d: Step | undefined): number {
  let next = a;
  let which = a === undefined ? -1 : 0;
  if (b !== undefined && (next === undefined || earlier(b, next))) {
    next = b;
    which = 1;
  }
  if (c !== undefined && (next === undefined || earlier(c, next))) {
    next = c;
    which = 2;
  }
  if (d !== undefined && (next === undefined || earlier(d, next))) which = 3;
  return which;
}

/**
 * The index (in its history) of a side's last step that differs without
 * the statements read late: -1 where none does, Infinity where they differ
 * to the end of its history.
 */
function windowEnd(side: PairSide): number {
  const w = side.window;
  return w === undefined ? -1 : w.toTheEnd ? Infinity : w.first + w.withSteps.length - 1;
}

/**
 * What merging two holders' steps finds (see `derivePair`): the steps that
 * change a side, in the order of valid times, ties in log order, as
 * positions weigh them, two numbers each: an index `i` of `a`'s steps as
 * `i` (one of `b`'s as `~i`), then how many of the other side's steps came
 * before it (the steps that change nothing are many, and weigh nothing but
 * the other side's stance). And, where the readings with the statements
 * read late and without them meet again, what the reading without them
 * found up to there.
 */
interface PairWalk {
  readonly merged: ReadonlyArray<number>;
  /** Undefined where the readings never meet. */
  readonly met?: {
    /** Whether a clash is open where they meet (in both readings). */
    readonly open: boolean;
    /** How many records reading without the statements opened up to there. */
    readonly records: number;
    /** How many statements its open record listed there. */
    readonly listed: number;
  };
}

/**
 * Merges only the steps that change either side: where one side's steps
 * differ to the end of its history, the readings never meet, and each
 * change is weighed against the other side's stance standing then (the
 * count of its steps before it found by bisection), so the steps that
 * change nothing need not be merged one by one.
 */
function mergeChanges(stepsA: LazySteps, stepsB: LazySteps): PairWalk {
  const merged: number[] = [];
  const changesA = stepsA.changes();
  const changesB = stepsB.changes();
  let x = 0;
  let y = 0;
  while (x < changesA.length || y < changesB.length) {
    const stepA = x < changesA.length ? stepsA.at(changesA[x]!) : undefined;
    const stepB = y < changesB.length ? stepsB.at(changesB[y]!) : undefined;
    if (stepA !== undefined && (stepB === undefined || !earlier(stepB, stepA))) merged.push(changesA[x++]!, stepsB.countBefore(stepA));
    else merged.push(~changesB[y++]!, stepsA.countBefore(stepB!));
  }
  return { merged };
}

/** Whether both readings have a clash open that lists the same of the two sides' standing words, under the same summary. */
function sameClashOpen(withIt: PairReading, without: PairReading, mine: Side, other: Side): boolean {
  return (
    without.records > 0 &&
    withIt.ids !== undefined &&
    without.ids !== undefined &&
    withIt.ids.has(mine.current.id) === without.ids.has(mine.current.id) &&
    withIt.ids.has(other.current.id) === without.ids.has(other.current.id) &&
    withIt.summary() === without.summary()
  );
}

/** Which readings of a pair a step is weighed in (see `SideWalk.take`), as bits: with the statements read late, without them. */
const WITH_THEM = 1;
const WITHOUT_THEM = 2;

/**
 * One side of a pair as `PairWalker` walks it, in both readings at once:
 * its steps with the statements read late (`steps`) and, for the steps of
 * its window, without them (its `withoutSteps`), how far each reading has
 * taken them, and its stance standing in each.
 */
class SideWalk {
  /** Its stance standing with the statements read late, and without them. */
  with: Side | undefined;
  without: Side | undefined;
  /** How many of `steps` have been taken. */
  taken = 0;
  private takenWithout = 0;
  private readonly first: number;
  private readonly end: number;
  private readonly withoutSteps: ReadonlyArray<Step>;

  /** `isB`: the side is the pair's `b`, whose steps `PairWalk.merged` lists complemented. */
  constructor(side: PairSide, readonly steps: LazySteps, private readonly isB: boolean) {
    this.first = side.window?.first ?? Infinity;
    this.end = windowEnd(side);
    this.withoutSteps = side.window?.withoutSteps ?? NO_STEPS;
    this.with = this.without = steps.before;
  }

  /** Its next step with the statements read late, if any is left. */
  nextWith(): Step | undefined {
    return this.taken < this.steps.length ? this.steps.at(this.taken) : undefined;
  }

  /** Its next step without them (in its window), if any is left. */
  nextWithout(): Step | undefined {
    return this.withoutSteps[this.takenWithout];
  }

  /** Its step taken last with the statements read late, as `PairWalk.merged` lists it. */
  lastTaken(): number {
    return this.isB ? ~(this.taken - 1) : this.taken - 1;
  }

  /**
   * Takes `step`, its next step with the statements read late (`withThem`)
   * or without them, and says which readings weigh it: a step with them
   * outside its window is the same in both.
   */
  take(step: Step, withThem: boolean): number {
    if (!withThem) {
      this.takenWithout++;
      this.without = step.side;
      return WITHOUT_THEM;
    }
    this.with = step.side;
    const at = this.steps.from + this.taken++;
    if (at >= this.first && at <= this.end) return WITH_THEM;
    this.without = step.side;
    return WITH_THEM | WITHOUT_THEM;
  }

  /** Whether both readings have taken every step of its window. */
  pastWindow(): boolean {
    return this.steps.from + this.taken > this.end && this.takenWithout === this.withoutSteps.length;
  }
}

/**
 * The two sides of a pair walked together in both readings, with the
 * statements read late and without them, step by step in the order of
 * valid times, ties in log order, as positions weigh them.
 */
class PairWalker {
  readonly a: SideWalk;
  readonly b: SideWalk;
  /** The side whose step was taken last, and the other. */
  moved: SideWalk;
  other: SideWalk;
  /** Which readings weigh the step taken last (`WITH_THEM`, `WITHOUT_THEM`). */
  readings = 0;

  constructor(a: PairSide, b: PairSide, stepsA: LazySteps, stepsB: LazySteps) {
    this.a = this.moved = new SideWalk(a, stepsA, false);
    this.b = this.other = new SideWalk(b, stepsB, true);
  }

  /** Takes the first of the two sides' next steps in either reading, and returns it: undefined when none is left. */
  take(): Step | undefined {
    const { a, b } = this;
    const stepA = a.nextWith();
    const stepB = b.nextWith();
    const stepWithoutA = a.nextWithout();
    const stepWithoutB = b.nextWithout();
    const which = firstStep(stepA, stepB, stepWithoutA, stepWithoutB);
    const next = which === 0 ? stepA : which === 1 ? stepB : which === 2 ? stepWithoutA : stepWithoutB;
    if (next === undefined) return undefined;
    const isA = which === 0 || which === 2;
    this.moved = isA ? a : b;
    this.other = isA ? b : a;
    this.readings = this.moved.take(next, which < 2);
    return next;
  }

  /** Whether both readings have taken every step of both windows: from there on the two readings step alike. */
  pastWindows(): boolean {
    return this.a.pastWindow() && this.b.pastWindow();
  }
}

/**
 * Merges two holders' steps one by one, reading the pair twice as it goes,
 * with the statements read late and without them (a side's steps of index
 * `first` to `end` of its window are weighed without them from its
 * `withoutSteps`), up to where the two readings meet again: past both
 * windows, where the pair does not clash, or where both readings have a
 * clash open that lists the same of the sides' standing words under the
 * same summary (the steps after list only these and later words).
 */
function mergeUntilMet(a: PairSide, b: PairSide, stepsA: LazySteps, stepsB: LazySteps): PairWalk {
  const walk = new PairWalker(a, b, stepsA, stepsB);
  const { a: sideA, b: sideB } = walk;
  const withIt = new PairReading();
  const without = new PairReading();
  withIt.clash = without.clash = sidesClash(sideA.with, sideB.with);
  const merged: number[] = [];
  for (;;) {
    const next = walk.take();
    if (next === undefined) return { merged };
    if ((walk.readings & WITH_THEM) !== 0) {
      if (next.change !== undefined) merged.push(walk.moved.lastTaken(), walk.other.taken);
      withIt.step(sideA.with, sideB.with, next.side, next.change);
    }
    if ((walk.readings & WITHOUT_THEM) !== 0) without.step(sideA.without, sideB.without, next.side, next.change);
    // Past both windows, what follows is the same in both readings (and later than any end).
    if (walk.pastWindows()) {
      const nextA = sideA.nextWith()?.time;
      const nextB = sideB.nextWith()?.time;
      const after = nextA === undefined ? nextB : nextB === undefined ? nextA : Math.min(nextA, nextB);
      if (after !== undefined && after > next.time && (!withIt.clash || sameClashOpen(withIt, without, sideA.with!, sideB.with!))) {
        return { merged, met: { open: withIt.clash, records: without.records, listed: without.ids?.size ?? 0 } };
      }
    }
  }
}

/**
 * Whether reading a pair whose two sides' steps both differ without the
 * statements read late (see `changedSteps`) finds the same with them and
 * without them: merged from `from` (no later than either window's first
 * step, where the readings agree) past both windows, both pass the same to
 * `open` and `resolve` (see `record`). Past both windows the two sides
 * stand and step alike in both readings: the ledger, which holds the
 * reading without them, is then the one to keep. Where a side's steps
 * differ to the end of its history, both are merged to the end.
 */
function sameReadings(a: PairSide, b: PairSide, from: number): boolean {
  const walk = new PairWalker(a, b, a.stepsOf(firstStatedAtOrAfter(a.log, from)), b.stepsOf(firstStatedAtOrAfter(b.log, from)));
  const withOps: unknown[] = [];
  const withoutOps: unknown[] = [];
  // Each step is weighed in both readings where it is outside its side's window, in one where it is in it.
  while (!walk.pastWindows()) {
    const next = walk.take();
    if (next === undefined) break;
    if (next.change === undefined) continue;
    const other = walk.other;
    if ((walk.readings & WITH_THEM) !== 0 && other.with !== undefined) record(withOps, next.side, next.change, other.with);
    if ((walk.readings & WITHOUT_THEM) !== 0 && other.without !== undefined) record(withoutOps, next.side, next.change, other.without);
  }
  return withOps.length === withoutOps.length && withOps.every((op, k) => op === withoutOps[k]);
}

/**
 * Where a pair's records are derived anew from: of the `opened` records of
 * the pair (`base`), those begun at or after `from` are, and a clash that
 * spans it is derived anew from its own start (the one before it ended
 * earlier). Returns how many records stand (`kept`) and the start.
 */
function keptBefore(ledger: IssueLedger | undefined, base: string, opened: number, from: number): { kept: number; start: number } {
  let kept = opened;
  let start = from;
  if (opened === 0) return { kept, start };
  // Records of a pair follow one another in valid time.
  const recordOf = (n: number): ContradictionRecord => numberedRecord(ledger!, base, n)!;
  while (kept > 0 && recordOf(kept).since >= start) kept--;
  if (kept > 0) {
    const spanning = recordOf(kept);
    if (spanning.until === undefined || spanning.until >= start) {
      start = spanning.since;
      kept--;
    }
  }
  return { kept, start };
}

/**
 * Derives anew the clashes of two holders after statements read late
 * changed the steps of either or both (their `window`s, see `changedSteps`):
 * weighed from `from0` (no later than the first of them), or the start of
 * a clash that spans it, up to where the two readings, with the statements
 * and without them, meet again (see `mergeUntilMet`). The ledger holds
 * what reading without them finds: no clash is open there in either
 * reading, or the same one, and the two sides' steps are the same from
 * there on, so the clashes after it are those the ledger has, numbered on
 * after the ones derived anew.
 */
function derivePair(ctx: RuleContext, held: HeldLedger, a: PairSide, b: PairSide, from0: number): void {
  const issue = a.p.issue;
  if (!isDraft(ctx.contradictions)) {
    deriveInto(ctx, ctx.contradictions.byIssue.get(issue), a, b, from0);
    return;
  }
  // A live update: derived in a ledger of the pair's own, from copies of its records as held, and only the records from
  // the first that differs written to the draft (`replaceContradictionRecords`). Through the draft, each record read, opened or taken
  // back is a draft of its own that immer finalizes, and most pairs derived anew change one record, or none.
  const key = pairKey(issue, a.p.holder, b.p.holder);
  const base = `incompatible:${key}`;
  const ledger = held.ledger();
  const status = ledger?.status.get(base);
  const opened = status?.opened ?? 0;
  const heldRecords: ContradictionRecord[] = [];
  const own = emptyContradictions();
  if (opened > 0) {
    const records = new Map<string, ContradictionRecord>();
    for (let n = 1; n <= opened; n++) {
      const record = numberedRecord(ledger!, base, n)!;
      heldRecords.push(record);
      // Copied: a record is changed in place (its statements, its end), and taken back and filed again under another number.
      records.set(record.id, { ...record, statements: [...record.statements] });
    }
    own.byIssue.set(issue, { records, status: new Map([[base, { opened, open: status!.open }]]) });
  }
  deriveInto(new LedgerContext(ctx.registry, ctx.positions, own), own.byIssue.get(issue), a, b, from0);
  // The pair's records as derived (a pair that held none has its ledger made there by its first opening).
  const after = own.byIssue.get(issue);
  const now = after?.status.get(base)?.opened ?? 0;
  let same = 0;
  while (same < opened && same < now && sameRecord(heldRecords[same], numberedRecord(after!, base, same + 1))) same++;
  if (same === opened && same === now) return;
  const fresh: ContradictionRecord[] = [];
  for (let n = same + 1; n <= now; n++) fresh.push(numberedRecord(after!, base, n)!);
  const taken = heldRecords.slice(now).map((r) => r.id);
  replaceContradictionRecords(ctx.contradictions, issue, base, fresh, taken, after?.status.get(base));
}

/** `derivePair`'s derivation, written through `ctx` into the ledger `ledger` (the issue's, read plain) is of. */
function deriveInto(ctx: RuleContext, ledger: IssueLedger | undefined, a: PairSide, b: PairSide, from0: number): void {
  const issue = a.p.issue;
  const key = pairKey(issue, a.p.holder, b.p.holder);
  const base = `incompatible:${key}`;
  const opened = ledger?.status.get(base)?.opened ?? 0;
  const { kept, start } = keptBefore(ledger, base, opened, from0);
  const stepsA = a.stepsOf(firstStatedAtOrAfter(a.log, start));
  const stepsB = b.stepsOf(firstStatedAtOrAfter(b.log, start));
  const { merged, met } = windowEnd(a) === Infinity || windowEnd(b) === Infinity ? mergeChanges(stepsA, stepsB) : mergeUntilMet(a, b, stepsA, stepsB);
  // The records after they meet stand, numbered on after those derived anew; the one open there (if any) goes on as it went on
  // without the statements: what it listed after they met, its summary and end.
  const beforeMeeting = met === undefined ? 0 : kept + met.records - (met.open ? 1 : 0);
  const later = met !== undefined && beforeMeeting < opened ? ctx.rewind('incompatible', issue, key, beforeMeeting) : [];
  if (kept < opened) ctx.rewind('incompatible', issue, key, kept);
  for (let k = 0; k < merged.length; k += 2) {
    const at = merged[k]!;
    const seen = merged[k + 1]!;
    if (at >= 0) {
      const step = stepsA.at(at);
      const standing = seen > 0 ? stepsB.at(seen - 1).side : stepsB.before;
      if (standing !== undefined) evaluate(ctx, step.side, step.change!, standing);
    } else {
      const step = stepsB.at(~at);
      const standing = seen > 0 ? stepsA.at(seen - 1).side : stepsA.before;
      if (standing !== undefined) evaluate(ctx, step.side, step.change!, standing);
    }
  }
  if (met?.open === true) {
    const goesOn = later.shift()!;
    const [first, second] = a.p.holder < b.p.holder ? [a.p.holder, b.p.holder] : [b.p.holder, a.p.holder];
    const since = { time: goesOn.since, label: goesOn.sinceLabel };
    // Open already: adds what it listed after they met, and takes its summary (its date stays).
    ctx.open({ type: 'incompatible', key, issues: [issue], actors: [first, second], since, statements: goesOn.statements.slice(met.listed), summary: goesOn.summary });
    if (goesOn.until !== undefined) ctx.resolve('incompatible', issue, key, { time: goesOn.until, label: goesOn.untilLabel! }, goesOn.resolvedBy);
  }
  ctx.append('incompatible', issue, key, later);
}
