/**
 * Filing statements into a voice book: a voice's stances of its latest
 * day, as reading the history in the order of valid times leaves them. The
 * fast path files nothing (it only counts the statement as pending), so
 * `voices` is caught up from the history when a statement needs it.
 *
 * @since 0.1.0
 */
import { effectivePolarity } from '../stance-entry.js';
import type { StanceEntry } from '../stance-entry.js';
import type { Polarity } from '../statement.js';
import { dayOfTime, raiseNewest } from './voice-book.js';
import type { VoiceBook, VoiceStance } from './voice-book.js';
import { boundVoice } from './voice-spec.js';
import type { VoiceTerms } from './voice-spec.js';

/**
 * Files a statement under its voice. Returns the voice's stances when the
 * statement gave it a new one, or restated its one stance on a later day
 * (to compare with the other voices), or undefined when it restated a
 * stance the same day, or was older than the voice's latest day (nothing
 * to compare anew).
 */
export function file(terms: VoiceTerms, book: VoiceBook, voice: string, entry: StanceEntry, polarity: Polarity): VoiceStance[] | undefined {
  const previous = book.voices.get(voice);
  let sameDay = false;
  if (previous !== undefined) {
    const latest = previous[previous.length - 1]!;
    const day = dayOfTime(entry.validFrom);
    const latestDay = dayOfTime(latest.time);
    if (day < latestDay) return undefined;
    sameDay = day === latestDay;
    if (sameDay || previous.length === 1) {
      for (let i = 0; i < previous.length; i++) {
        const restated = previous[i]!;
        if (restated.polarity !== polarity) continue;
        restated.id = entry.id;
        restated.publisher = entry.publisher;
        if (entry.validFrom > restated.time) restated.time = entry.validFrom;
        raiseNewest(book, polarity, restated.time, boundVoice(terms, voice, entry));
        if (entry.dated) restated.label = entry.label;
        // Restated on a later day, the stance is said anew: it may now lie within
        // the window of another voice's differing stance (a party's "no" twelve
        // days after a rival reported it willing, its earlier "no" being older
        // than the window), so it is compared; a voice in conflict (filed here
        // only when restated past the window of a voice it is in conflict
        // with) may end that conflict.
        return sameDay ? undefined : previous;
      }
    }
  }
  const mine: VoiceStance = { polarity, id: entry.id, time: entry.validFrom, label: entry.label, reported: !entry.firstHand, publisher: entry.publisher };
  const stances = sameDay ? [...previous!, mine] : [mine];
  book.voices.set(voice, stances);
  raiseNewest(book, polarity, mine.time, boundVoice(terms, voice, entry));
  return stances;
}

/**
 * Files the statements left pending: the `pending` latest ones the rule
 * hears before `end` of the history. Filed in order, a voice's dated word
 * of a later day than its word before begins its stances anew (a
 * restatement of its one stance takes the word's id, time and label; a
 * voice's words are all first-hand or all reported): of each voice, only
 * the words from its last such one on are filed, after the voice's stances
 * are dropped. A voice heard on many days between two comparisons is filed
 * once, not once a word.
 */
export function catchUp(terms: VoiceTerms, book: VoiceBook, history: ReadonlyArray<StanceEntry>, end: number): void {
  const { spec } = terms;
  // For each voice with waiting words, the index of the earliest to file: its earliest waiting word, or, written
  // -(i + 1), the word `i` its stances begin anew with. Indexes rather than lists of words: a rule that tells the holder's
  // own words apart by outlet (`conflicting-reports`) has a score of voices waiting, and a list each cost an array each.
  const from = new Map<string, number>();
  let left = book.pending;
  let first = end;
  for (let i = end - 1; i >= 0 && left > 0; i--) {
    const e = history[i]!;
    const voice = spec.voiceOf(e);
    if (voice === undefined) continue;
    left--;
    first = i;
    const at = from.get(voice);
    if (at === undefined) from.set(voice, i);
    else if (at >= 0) {
      const next = history[at]!;
      from.set(voice, next.dated && dayOfTime(e.validFrom) < dayOfTime(next.validFrom) ? -(at + 1) : i);
    }
  }
  book.pending = 0;
  for (const [voice, at] of from) if (at < 0) book.voices.delete(voice);
  // Filed in order; filing one voice reads and writes its own stances only (the bounds were raised as each word was read).
  for (let i = first; i < end; i++) {
    const e = history[i]!;
    const voice = spec.voiceOf(e);
    if (voice === undefined) continue;
    const at = from.get(voice);
    if (at !== undefined && i >= (at < 0 ? -at - 1 : at)) file(terms, book, voice, e, effectivePolarity(e));
  }
}
