/**
 * Reading a statement as the latest of its position, as reading the history
 * in the order of valid times reads each: whether it can open or resolve
 * anything at all (most statements cannot: the book's bounds tell in a few
 * field reads, and the statement waits to be filed), and if it can, filing
 * it and comparing its voice's stances with the other voices': a voice in
 * conflict that now agrees with the other resolves the pair, and a stance
 * that differs from another voice's within the window opens one. A
 * statement the spec says settles (the holder's own word, for
 * `conflicting-reports`; a speaker's, for `self-contradiction`) first
 * resolves the conflicts between other voices stated before it (and, for
 * `conflicting-reports`, those of its own voice: the holder answered the
 * report), and, where the spec says it ends their period, stances older
 * than it are compared with no later statement.
 *
 * @since 0.1.0
 */
import type { RuleContext } from '../contradiction-rule.js';
import { momentOf } from '../contradictions.js';
import { effectivePolarity } from '../stance-entry.js';
import type { PositionState } from '../positions.js';
import type { StanceEntry } from '../stance-entry.js';
import { anySince, link, otherSince, raiseNewest, restatesOnly, unlink } from './voice-book.js';
import type { VoiceBook, VoiceStance } from './voice-book.js';
import { catchUp, file } from './voice-filing.js';
import { FIRST_HAND, boundVoice, pairWindow } from './voice-spec.js';
import type { VoiceTerms } from './voice-spec.js';
import type { Polarity } from '../statement.js';

/** Reads the statement at `end` of the history as the latest one, as reading in the order of valid times reads each. */
export function readLatest(terms: VoiceTerms, ctx: RuleContext, entry: StanceEntry, voice: string, position: PositionState, book: VoiceBook, history: ReadonlyArray<StanceEntry>, end: number): void {
  const { spec } = terms;
  const polarity = effectivePolarity(entry);
  // Stances stated before the latest settling word (the holder's own, for
  // `conflicting-reports`) are of an earlier period: compared with that word,
  // not with the words after it. `floor` is -2^31 while no word settled.
  const floor = book.settledAt;
  // The voices whose conflicts with this statement's voice it settled: it answered their stances, all stated before it,
  // and is not compared with them (the conflict would open again the moment it ended).
  let answered: ReadonlySet<string> | undefined;
  if (spec.settles !== undefined && spec.settles(entry)) {
    // Rare: a book with a conflict open. It is settled before the statement is weighed as any other.
    if (book.conflicts !== undefined) answered = settle(terms, ctx, entry, voice, position, book, history, end);
    if (terms.endsPeriod && entry.validFrom > floor) book.settledAt = entry.validFrom;
  }
  // The common cases, where filing the latest statement can open or
  // resolve nothing, so it waits (see `VoiceBook.pending`): a voice in no
  // conflict, no other voice having a stance of another polarity within
  // the window; a voice in conflict restating its one stance, still within
  // the window of each voice it is in conflict with (restated past it, its
  // stance no longer counts as of the same period as theirs, and the
  // conflict ends). (A voice's stances are up to date while it is in
  // conflict: it entered the conflict when everything was filed, and
  // restatements change no polarity.)
  // The holder withdrawing its own stance opens no conflict (it may end one); a third party's
  // report that the holder dropped it ("the union has dropped its ratios demand") is an account
  // like any other, and may differ from the holder's own word.
  const withdraws = entry.kind === 'retract' && entry.firstHand;
  const partners = book.conflicts?.get(voice);
  const restating = partners !== undefined && restatesOnly(book.voices.get(voice), polarity);
  // First-hand voices of one kin (`VoiceTerms.firstHandKin`): the bounds tell a report within the window, and any
  // stance of another polarity within the first-hand window, another outlet's account of the holder's words.
  const bound = boundVoice(terms, voice, entry);
  if (partners !== undefined ? restating && stillWithin(terms, book, partners, polarity, entry) : withdraws || !differsWithin(terms, book, bound, polarity, entry.validFrom, floor)) {
    raiseNewest(book, polarity, entry.validFrom, bound);
    book.pending++;
    return;
  }
  if (book.pending > 0) catchUp(terms, book, history, end);
  const stances = file(terms, book, voice, entry, polarity);
  if (stances === undefined) return;
  const mine = stances[stances.length - 1]!;
  const at = momentOf(entry);
  const conflicts = book.conflicts?.get(voice);
  if (conflicts !== undefined) {
    // Deleting from a Set while iterating it is safe.
    for (const other of conflicts) {
      if (clash(terms, stances, book.voices.get(other) ?? [])) continue;
      endPair(terms, ctx, position, book, voice, other, at, entry.id);
    }
  }
  if (withdraws || !differsWithin(terms, book, bound, polarity, mine.time, floor)) return;
  // A restatement leaves the conflicts it did not end as they are (as on the fast path).
  const kept = restating ? book.conflicts?.get(voice) : undefined;
  for (const [other, theirStances] of book.voices) {
    if (other === voice || kept?.has(other) === true || answered?.has(other) === true) continue;
    for (const theirs of theirStances) {
      if (theirs.polarity === polarity || Math.abs(mine.time - theirs.time) > pairWindow(terms, mine, theirs) || theirs.time < floor || !spec.conflicting(mine, theirs)) continue;
      const pair = pairOf(voice, other);
      link(book, voice, other);
      link(book, other, voice);
      if (book.pairs === undefined) book.pairs = new Map();
      let known = book.pairs.get(pair);
      if (known === undefined) {
        // Named as the spec names the voices (a speaker as first written), in the order of those names; two voices
        // the spec names alike (the holder's own words in two outlets, for `conflicting-reports`) by the voices themselves.
        const named = spec.name === undefined ? pair : namedPair(spec.name(position, voice), spec.name(position, other), pair);
        book.pairs.set(pair, (known = { voices: [voice, other], key: `${position.key}:${named}`, id: `${spec.type}:${position.key}:${named}` }));
      }
      const later = mine.time >= theirs.time ? mine : theirs;
      // Told, as listed, earlier stance first.
      const inOrder = theirs.time <= mine.time;
      ctx.open({
        type: spec.type,
        // Holder and issue (the position's key): the same two voices can differ on several issues.
        key: known.key,
        issues: [position.issue],
        actors: [position.holder],
        since: { time: later.time, label: later.label },
        statements: inOrder ? [theirs.id, mine.id] : [mine.id, theirs.id],
        summary: inOrder ? spec.summary(position, nameOf(spec, position, other), theirs, nameOf(spec, position, voice), mine) : spec.summary(position, nameOf(spec, position, voice), mine, nameOf(spec, position, other), theirs),
      });
    }
  }
}

/**
 * A voice as the spec names it in summaries (a speaker as first written). A
 * function of its own, not a closure in `readLatest`: one there would make
 * every call, the fast path's too, allocate a context for what it captures.
 */
function nameOf(spec: VoiceTerms['spec'], position: PositionState, voice: string): string {
  return spec.name === undefined ? voice : spec.name(position, voice);
}

/**
 * Settles the conflicts between voices other than `voice` (and, with
 * `VoiceRuleSpec.settlesOwnVoice`, those of `voice` too) whose stances were
 * all stated before the settling statement (see `VoiceRuleSpec.settles`):
 * each pair is resolved at its valid time, by it. Returns the voices whose
 * conflicts with `voice` it settled, if any.
 */
function settle(terms: VoiceTerms, ctx: RuleContext, entry: StanceEntry, voice: string, position: PositionState, book: VoiceBook, history: ReadonlyArray<StanceEntry>, end: number): Set<string> | undefined {
  const own = terms.settlesOwnVoice;
  const conflicts = book.conflicts!;
  // Most often, for a rule whose every word settles (`self-contradiction`), the only conflict is the statement's own
  // voice's: nothing to settle, and the book is left to wait (restatements take the fast path).
  if (!own && !otherPair(conflicts, voice)) return undefined;
  // The stances of the voices in conflict, with the times of their latest restatements.
  if (book.pending > 0) catchUp(terms, book, history, end);
  let at: ReturnType<typeof momentOf> | undefined;
  let answered: Set<string> | undefined;
  // Deleting from a Map or a Set while iterating it is safe; each pair is met from both sides and settled from the first.
  for (const [a, others] of conflicts) {
    if ((a === voice && !own) || latestTime(book, a) >= entry.validFrom) continue;
    for (const b of others) {
      if ((b === voice && !own) || latestTime(book, b) >= entry.validFrom) continue;
      endPair(terms, ctx, position, book, a, b, (at ??= momentOf(entry)), entry.id);
      // The holder's answer (`settlesOwnVoice`) is not weighed against the accounts it answered, whichever source it
      // came through: the conflict would open again, between other sources, the moment it ended.
      if (own) (answered ??= new Set()).add(a).add(b);
      else if (a === voice || b === voice) (answered ??= new Set()).add(a === voice ? b : a);
    }
  }
  return answered;
}

/** Ends the conflict of two voices, and their contradiction. */
function endPair(terms: VoiceTerms, ctx: RuleContext, position: PositionState, book: VoiceBook, a: string, b: string, at: ReturnType<typeof momentOf>, by: string): void {
  unlink(book, a, b);
  unlink(book, b, a);
  // Two pairs of voices the spec names alike share a contradiction (the holder's own words in two outlets of one minute
  // against one report, for `conflicting-reports`): one that still differs finds it again at once, as of this time, and it
  // is reopened, not counted anew.
  ctx.resolve(terms.spec.type, position.issue, book.pairs!.get(pairOf(a, b))!.key, at, by);
}

/** A pair's key part from the names of its voices, or from the voices themselves (`pair`) when the two names are one. */
function namedPair(a: string, b: string, pair: string): string {
  return a === b ? pair : pairOf(a, b);
}

/** Whether two voices other than `voice` are in conflict. */
function otherPair(conflicts: ReadonlyMap<string, ReadonlySet<string>>, voice: string): boolean {
  for (const [a, others] of conflicts) {
    if (a === voice) continue;
    for (const b of others) if (b !== voice) return true;
  }
  return false;
}

/** The time of a voice's latest stance. */
function latestTime(book: VoiceBook, voice: string): number {
  let latest = -Infinity;
  for (const s of book.voices.get(voice) ?? []) if (s.time > latest) latest = s.time;
  return latest;
}

/**
 * Whether a stance of `polarity` at `time` still differs, within the window,
 * from a stance of each of `partners` (voices in conflict with the voice
 * restating it): a restatement that leaves every conflict as it is.
 */
function stillWithin(terms: VoiceTerms, book: VoiceBook, partners: ReadonlySet<string>, polarity: string, entry: StanceEntry): boolean {
  const mine = { reported: !entry.firstHand };
  for (const other of partners) {
    if (!(book.voices.get(other) ?? []).some((t) => t.polarity !== polarity && Math.abs(entry.validFrom - t.time) <= pairWindow(terms, mine, t))) return false;
  }
  return true;
}

/**
 * Whether a word of `polarity` at `time`, its voice known to the bounds as
 * `bound`, may differ from a stance within reach: another voice's (another
 * kin's) within the window, or, for first-hand voices of one kin, any
 * stance within the first-hand window. Stances before `floor` are out of
 * reach (see `VoiceBook.settledAt`).
 */
function differsWithin(terms: VoiceTerms, book: VoiceBook, bound: string, polarity: Polarity, time: number, floor: number): boolean {
  const since = time - terms.window > floor ? time - terms.window : floor;
  if (otherSince(book, bound, polarity, since)) return true;
  if (bound !== FIRST_HAND) return false;
  const near = time - terms.firstHandWindow > floor ? time - terms.firstHandWindow : floor;
  return anySince(book, polarity, near);
}

/**
 * A voice's name as a part of a key: a speaker or a publisher is free text,
 * and a `#` in it would read as a record's number (`A|B#2`, the second
 * record of A against B, was also A against "B#2", and one of them was
 * lost), a `|` as the line between two names. Those (and `%`) are escaped
 * as in a URL; other names are as written.
 */
function keyPart(name: string): string {
  return /[%#|]/.test(name) ? name.replace(/%/g, '%25').replace(/#/g, '%23').replace(/\|/g, '%7C') : name;
}

/** The two voices of a pair, as the contradictions' keys name it: the same whichever speaks first. */
function pairOf(voice: string, other: string): string {
  const a = keyPart(voice);
  const b = keyPart(other);
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Whether some stance of one voice conflicts with some stance of the other. */
function clash(terms: VoiceTerms, mine: ReadonlyArray<VoiceStance>, theirs: ReadonlyArray<VoiceStance>): boolean {
  const { spec } = terms;
  for (const m of mine) {
    for (const t of theirs) {
      if (m.polarity !== t.polarity && Math.abs(m.time - t.time) <= pairWindow(terms, m, t) && spec.conflicting(m, t)) return true;
    }
  }
  return false;
}
