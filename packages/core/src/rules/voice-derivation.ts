/**
 * A statement read late (older than the latest of its position: an archive
 * read backwards, a late article) is found as reading the history in the
 * order of valid times finds it. Most such statements can open and resolve
 * nothing, and only leave their voice's stances to be filed anew: the
 * question is asked cheaply first (`mayMatter`). One that may matter
 * derives the rule's records on its holder x issue anew (`deriveFrom`),
 * from the latest time before it that no record spans: the records begun
 * before stand, those after are rewound, and the statements from there on
 * are read again in order.
 *
 * @since 0.1.0
 */
import type { IssueLedger, RuleContext } from '../contradictions.js';
import { numberedRecord } from '../contradictions.js';
import { effectivePolarity, firstStatedAtOrAfter } from '../positions.js';
import type { PositionState, StanceEntry } from '../positions.js';
import { alone, DAY_MINUTES, dayOfTime, link } from './voice-book.js';
import type { VoiceBook } from './voice-book.js';
import { readLatest } from './voice-conflicts.js';
import { refileVoices } from './voice-filing.js';
import type { VoiceTerms } from './voice-spec.js';

/**
 * How many records of a pair of voices on the position began before
 * `time` (`since` below it; at or below it with `atOrBefore`). Records of a
 * pair follow one another in valid time (one opens after the one before
 * ended), so they are found by bisection.
 */
function begunBefore(ledger: IssueLedger, base: string, time: number, atOrBefore: boolean): number {
  const opened = ledger.status.get(base)?.opened ?? 0;
  if (opened === 0) return 0;
  // Most often all of them: a statement read late is seldom older than the last conflict.
  const last = numberedRecord(ledger, base, opened)!.since;
  if (last < time || (atOrBefore && last === time)) return opened;
  let lo = 1;
  let hi = opened;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const since = numberedRecord(ledger, base, mid)!.since;
    if (since < time || (atOrBefore && since === time)) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Whether reading in the order of valid times may find a voice in conflict with another at `time`: a record of one of its pairs spans it. */
function inConflictAt(ctx: RuleContext, position: PositionState, book: VoiceBook, voice: string, time: number): boolean {
  const ledger = ctx.contradictions.byIssue.get(position.issue);
  if (ledger === undefined || book.pairs === undefined) return false;
  for (const { voices: [a, b], id: base } of book.pairs.values()) {
    if (a !== voice && b !== voice) continue;
    const n = begunBefore(ledger, base, time, true);
    if (n === 0) continue;
    const until = numberedRecord(ledger, base, n)!.until;
    if (until === undefined || until >= time) return true;
  }
  return false;
}

/**
 * Whether the statement at `at` of the history, read late, may change what
 * reading in the order of valid times opens or resolves. Read in order, it
 * would end a conflict only if its voice was in one; it would open one, or
 * change one another voice opens or ends, only with another voice's stance
 * about as old as its own, or as old as a stance it leaves its voice with:
 * its voice's words of its day, and its undated words after it, which keep
 * a label it gave or the stance it ended (a dated word of a later day
 * begins the voice's stances anew; a voice's words are all first-hand or
 * all reported, as the built-in rules' voices are). Another voice's word
 * within the window (and a day: a word of that day may have been compared
 * from its start) of those is what may matter.
 */
export function mayMatter(terms: VoiceTerms, ctx: RuleContext, history: ReadonlyArray<StanceEntry>, at: number, voice: string, position: PositionState, book: VoiceBook): boolean {
  const { spec, window } = terms;
  if (alone(book, voice) || restatesUnread(terms, history, at, voice)) return false;
  const time = history[at]!.validFrom;
  if (inConflictAt(ctx, position, book, voice, time)) return true;
  const reach = window + DAY_MINUTES;
  for (let i = at - 1; i >= 0 && history[i]!.validFrom >= time - reach; i--) {
    const other = spec.voiceOf(history[i]!);
    if (other !== undefined && other !== voice) return true;
  }
  // Up to where its voice's stances may differ for it: its voice's words up to a dated word of a later day than the word before.
  let until = time;
  let day = dayOfTime(time);
  for (let i = at + 1; i < history.length; i++) {
    const e = history[i]!;
    if (spec.voiceOf(e) !== voice) continue;
    const eDay = dayOfTime(e.validFrom);
    if (e.dated && eDay > day) break;
    until = e.validFrom;
    day = eDay;
  }
  for (let i = at + 1; i < history.length && history[i]!.validFrom <= until + reach; i++) {
    const other = spec.voiceOf(history[i]!);
    if (other !== undefined && other !== voice) return true;
  }
  return false;
}

/**
 * Whether the statement at `at` of the history, read late, restates its
 * voice's one stance (of its polarity, the voice's only one of its last day
 * before it), finds no other voice that said otherwise within the window
 * before it (when said on a later day, it is compared with them), and no
 * one reads the stance before the voice's next word, a dated one of a
 * later day: its id, time and label are the stance's only until that
 * word, which sets them as it would have without it, and no other voice
 * speaks in between to compare with them. The most common
 * statement read late (a restatement, shuffled a few places) costs a few
 * steps, whether its voice is in a conflict or not.
 */
function restatesUnread(terms: VoiceTerms, history: ReadonlyArray<StanceEntry>, at: number, voice: string): boolean {
  const { spec, window } = terms;
  const entry = history[at]!;
  const polarity = effectivePolarity(entry);
  const day = dayOfTime(entry.validFrom);
  let next = at + 1;
  for (; next < history.length; next++) {
    const other = spec.voiceOf(history[next]!);
    if (other === undefined) continue;
    if (other !== voice) return false;
    break;
  }
  if (next === history.length || !history[next]!.dated || dayOfTime(history[next]!.validFrom) <= day) return false;
  // The voice's words of its last day before it: all of its polarity, one stance.
  let lastDay: number | undefined;
  for (let i = at - 1; i >= 0; i--) {
    const e = history[i]!;
    if (spec.voiceOf(e) !== voice) continue;
    const eDay = dayOfTime(e.validFrom);
    if (lastDay === undefined) lastDay = eDay;
    else if (eDay < lastDay) break;
    if (effectivePolarity(e) !== polarity) return false;
  }
  if (lastDay === undefined) return false;
  // Said on a later day, it is compared with the others: none of them may have said otherwise within the window.
  if (lastDay < day) {
    for (let i = at - 1; i >= 0 && history[i]!.validFrom >= entry.validFrom - window - DAY_MINUTES; i--) {
      const e = history[i]!;
      const other = spec.voiceOf(e);
      if (other !== undefined && other !== voice && effectivePolarity(e) !== polarity) return false;
    }
  }
  return true;
}

/**
 * Derives the rule's records on the position anew, and its book, from a
 * statement read late that may matter (at `at` of the history) on, as
 * reading in the order of valid times finds them. It starts from the
 * latest time at or before the statement's that no record of the position
 * spans: the records begun before it stand as they are, and no voice is
 * in conflict there; the stances of the voices that speak from there on
 * are filed anew as they stood then, and every statement from there on is
 * read again in order.
 */
export function deriveFrom(terms: VoiceTerms, ctx: RuleContext, position: PositionState, book: VoiceBook, history: ReadonlyArray<StanceEntry>, at: number): void {
  const { spec } = terms;
  const entry = history[at]!;
  const { issue } = position;
  let start = entry.validFrom;
  let from = at;
  const ledger = ctx.contradictions.byIssue.get(issue);
  const pairs = book.pairs;
  if (ledger !== undefined && pairs !== undefined) {
    // A record begun before it and still open, that no statement from there
    // on touched (each adds its own id), stands as it stood there.
    for (let moved = true; moved; ) {
      moved = false;
      from = firstStatedAtOrAfter(history, start, at);
      let recent: Set<string> | undefined;
      for (const { id: base } of pairs.values()) {
        const n = begunBefore(ledger, base, start, false);
        if (n === 0) continue;
        const record = numberedRecord(ledger, base, n)!;
        if (record.until !== undefined && record.until < start) continue;
        if (record.until === undefined) {
          if (recent === undefined) {
            recent = new Set();
            for (let i = from; i < history.length; i++) recent.add(history[i]!.id);
          }
          const untouched = recent;
          if (!record.statements.some((id) => untouched.has(id))) continue;
        }
        start = record.since;
        moved = true;
      }
    }
  } else from = firstStatedAtOrAfter(history, start, at);
  book.conflicts = undefined;
  if (ledger !== undefined && pairs !== undefined) {
    for (const { voices: [a, b], key: pairKey, id: base } of pairs.values()) {
      const kept = begunBefore(ledger, base, start, false);
      if (kept < (ledger.status.get(base)?.opened ?? 0)) ctx.rewind(spec.type, issue, pairKey, kept);
      if (kept > 0 && numberedRecord(ledger, base, kept)!.until === undefined) {
        link(book, a, b);
        link(book, b, a);
      }
    }
  }
  const speaking = new Set(book.stale);
  for (let i = from; i < history.length; i++) {
    const voice = spec.voiceOf(history[i]!);
    if (voice !== undefined) speaking.add(voice);
  }
  refileVoices(terms, book, history, from, speaking);
  book.pending = 0;
  book.stale = undefined;
  for (let i = from; i < history.length; i++) {
    const e = history[i]!;
    const voice = spec.voiceOf(e);
    if (voice !== undefined) readLatest(terms, ctx, e, voice, position, book, history, i);
  }
}

