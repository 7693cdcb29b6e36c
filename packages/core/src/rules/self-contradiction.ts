/**
 * `self-contradiction`: two of the holder's own speakers take opposite
 * stances (`+` against `-`) on the same issue within `windowDays` of each
 * other (default 7). Resolved when the speakers come to agree. A speaker counts as the
 * holder's own only when its `actor` is the holder: a speaker named without
 * an actor is read as the publisher's account. Names that differ only in
 * case, in white space around or within them, or in Unicode normalisation
 * form (NFC, NFD) are one speaker ({@link speakerVoice}), named in ids and
 * summaries as first written (trimmed) on the position, in the order of
 * valid times. A conflict also ends with a later word of a third speaker of
 * the holder, both speakers' stances stated before it (a word of the same
 * minute does not), whatever it says: the holder's line set again. A
 * restatement by one of the two does not: they still disagree. Words before
 * a third speaker's are still compared with later ones within the window
 * (every word of this rule settles: a period closed by each would compare
 * a word only with the words since the one before it), so the third
 * speaker's word may open a conflict of its own, and a speaker of the pair
 * saying its word again within the window of the other's opens theirs
 * again.
 *
 * @since 0.1.0
 */
import type { ContradictionRule } from '../contradiction-rule.js';
import { plainHistory } from '../positions.js';
import type { PositionState } from '../positions.js';
import { RecentNames, recentIndex } from '../stance-entry.js';
import type { VoiceBook } from './voice-book.js';
import { voiceRule } from './voice-rule.js';
import type { VoiceRuleState } from './voice-rule.js';
import { builtInRule } from '../rule-checks.js';

/**
 * Options of the `self-contradiction` rule.
 * @example
 * import { analysis, contradictionList, openMemoryStore, readAll, replay, selfContradictionRule, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'propose', polarity: '+', speaker: { name: 'Peskov', actor: 'russia' }, statedAt: '2025-06-01', source: { quote: 'we are open to a pause' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', speaker: { name: 'Lavrov', actor: 'russia' }, statedAt: '2025-06-11', source: { quote: 'a pause is out of the question' } }),
 * ])
 * const events = await readAll(store)
 * const found = (windowDays?: number) => contradictionList(replay(analysis({ rules: [selfContradictionRule({ windowDays })] }), events)).map((c) => c.summary)
 * // Ten days apart: not the same period by default (7 days), the same one with a 14-day window.
 * assert.deepStrictEqual(found(), [])
 * assert.deepStrictEqual(found(14), ['Peskov (+) and Lavrov (-) both speak for russia on ceasefire'])
 * @category rules
 * @since 0.1.0
 */
export interface SelfContradictionOptions {
  /** How far apart (days) two speakers' statements may be and still count as the same period. Default 7. */
  readonly windowDays?: number | undefined;
}

// One voice per distinct name as written: a statement costs a lookup, not a
// normalisation (cleared past 100,000 names, so that it stays bounded).
const speakerVoices = new Map<string, string>();

/**
 * The voice of a speaker's name, as `self-contradiction` compares them: in
 * lower case, its white space trimmed and each run of it one space, in
 * Unicode normalisation form C. Names that differ only so are one speaker.
 *
 * @example
 * import { speakerVoice } from '@stancelog/core'
 * // 'é' written as one code point (NFC) and as 'e' with a combining accent (NFD).
 * assert.deepStrictEqual(['Jon Dahl', ' jon  dahl ', 'JON\tDAHL', 'Ren\u00e9 Ott', 'rene\u0301 ott'].map(speakerVoice), ['jon dahl', 'jon dahl', 'jon dahl', 'ren\u00e9 ott', 'ren\u00e9 ott'])
 * @category rules
 * @since 0.1.0
 */
export function speakerVoice(name: string): string {
  // Most statements name a speaker met a few statements before: one comparison, rather than the map's lookup.
  const at = recentIndex(name);
  if (recentSpeakers.names[at] === name) return recentSpeakers.values[at]!;
  let voice = speakerVoices.get(name);
  if (voice === undefined) {
    if (speakerVoices.size > 100_000) speakerVoices.clear();
    voice = name.trim().replace(/\s+/g, ' ').toLowerCase().normalize('NFC');
    speakerVoices.set(name, voice);
  }
  recentSpeakers.names[at] = name;
  recentSpeakers.values[at] = voice;
  return voice;
}
const recentSpeakers = new RecentNames();

/** A speaker's name as first written (trimmed) on the position, in the order of valid times: how ids and summaries name its voice. */
function firstWritten(position: PositionState, voice: string): string {
  for (const e of plainHistory(position)) {
    if (e.attribution === 'self' && e.speaker !== undefined && speakerVoice(e.speaker) === voice) return e.speaker.trim();
  }
  return voice;
}

/**
 * The `self-contradiction` rule.
 *
 * @example
 * import { selfContradictionRule } from '@stancelog/core'
 * assert.strictEqual(selfContradictionRule().type, 'self-contradiction')
 * @category rules
 * @since 0.1.0
 */
export function selfContradictionRule(options: SelfContradictionOptions = {}): ContradictionRule<VoiceRuleState, VoiceBook> {
  const windowDays = options.windowDays ?? 7;
  return builtInRule(voiceRule({
    type: 'self-contradiction',
    // 4: keys hold the issue (holder:issue:speakers): two speakers differing on two issues had one id.
    // 5: a speaker restating its stance on a later day is compared anew with the other speakers.
    // 6: a conflict found from the later of its two stances, read first, is told earlier stance first.
    // 7: a statement read late is found as reading in the order of valid times finds it (what it opens and ends, dates, statements).
    // 8: a speaker in conflict restating its stance past the window of the other's ends the conflict.
    // 9: names that differ only in case, white space or Unicode normalisation form are one speaker, named as first written.
    // 10: a later word of a third speaker, stated after both speakers' stances, settles their conflict, whatever it says.
    // 11: a `#`, `|` or `%` in a speaker's name is escaped in the key (a `#` made it read as a record's number).
    version: `11:${windowDays}`,
    windowDays,
    voiceOf: (entry) => (entry.attribution === 'self' && entry.speaker !== undefined ? speakerVoice(entry.speaker) : undefined),
    conflicting: (mine, theirs) => mine.polarity !== '0' && theirs.polarity !== '0',
    // Every word is of one of the holder's speakers: each settles the conflicts of two others, and closes no period.
    settles: () => true,
    settlingEndsPeriod: false,
    name: firstWritten,
    summary: (p, theirVoice, theirs, myVoice, mine) =>
      `${theirVoice} (${theirs.polarity}) and ${myVoice} (${mine.polarity}) both speak for ${p.holder} on ${p.issue}`,
  }));
}
