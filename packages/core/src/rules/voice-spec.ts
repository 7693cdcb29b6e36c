/**
 * What a voice rule is made of: the spec its caller gives
 * (`conflicting-reports` and `self-contradiction` give one each), and the
 * terms the engine's modules pass one another, made once per rule: the
 * spec and its window in minutes. Plain functions taking the terms, rather
 * than closures over the spec, keep each module to its one concept; every
 * rule shares their code, and a statement allocates nothing for it.
 *
 * @since 0.1.0
 */
import type { PositionState } from '../positions.js';
import type { StanceEntry } from '../stance-entry.js';
import { DAY_MINUTES } from './voice-book.js';
import type { VoiceStance } from './voice-book.js';

/**
 * How a voice rule reads statements.
 * @example
 * import { analysis, contradictionList, openMemoryStore, readAll, replay, statementMade, voiceRule } from '@stancelog/core'
 * // Outlets that print opposite stances of one holder within a week.
 * const outletsDiffer = voiceRule({ type: 'outlets-differ', version: '1', windowDays: 7, voiceOf: (entry) => entry.publisher,
 *   conflicting: (mine, theirs) => mine.polarity !== '0' && theirs.polarity !== '0',
 *   summary: (p, theirVoice, theirs, myVoice, mine) => `${theirVoice} (${theirs.polarity}) and ${myVoice} (${mine.polarity}) differ on ${p.holder}` })
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-03-18', source: { quote: 'Moscow accepts an energy truce', publisher: 'TASS' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-19', source: { quote: 'Moscow rejects a full ceasefire', publisher: 'Reuters' } }),
 * ])
 * const state = replay(analysis({ rules: [outletsDiffer] }), await readAll(store))
 * assert.deepStrictEqual(contradictionList(state).map((c) => c.summary), ['TASS (+) and Reuters (-) differ on russia'])
 * @category rules
 * @since 0.1.0
 */
export interface VoiceRuleSpec {
  readonly type: string;
  readonly version: string;
  readonly windowDays: number;
  /**
   * The voice a statement speaks with, or undefined when the rule ignores it.
   * A voice's statements are expected to be all first-hand or all reported
   * (as an attribution's are): a statement read late is filed on the
   * assumption that a voice's stance is reported or not whatever its words.
   */
  readonly voiceOf: (entry: StanceEntry) => string | undefined;
  /** Whether two differing stances of two voices conflict. */
  readonly conflicting: (mine: VoiceStance, theirs: VoiceStance) => boolean;
  /** The contradiction's summary, from the position, the other voice and its stance, and the voice and stance of the statement at hand. */
  readonly summary: (position: PositionState, theirVoice: string, theirs: VoiceStance, myVoice: string, mine: VoiceStance) => string;
}

/** A voice rule's spec, and its window in minutes: how far apart two stances may be and still conflict. */
export interface VoiceTerms {
  readonly spec: VoiceRuleSpec;
  readonly window: number;
}

/** The terms of a spec. */
export function termsOf(spec: VoiceRuleSpec): VoiceTerms {
  return { spec, window: spec.windowDays * DAY_MINUTES };
}
