/**
 * `self-contradiction`: two of the holder's own speakers take opposite
 * stances (`+` against `-`) on the same issue within `windowDays` of each
 * other. Resolved when the speakers come to agree. A speaker counts as the
 * holder's own only when its `actor` is the holder: a speaker named without
 * an actor is read as the publisher's account.
 *
 * @since 0.1.0
 */
import type { ContradictionRule } from '../contradiction-rule.js';
import type { VoiceBook } from './voice-book.js';
import { voiceRule } from './voice-rule.js';
import type { VoiceRuleState } from './voice-rule.js';

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
  return voiceRule({
    type: 'self-contradiction',
    // 4: keys hold the issue (holder:issue:speakers): two speakers differing on two issues had one id.
    // 5: a speaker restating its stance on a later day is compared anew with the other speakers.
    // 6: a conflict found from the later of its two stances, read first, is told earlier stance first.
    // 7: a statement read late is found as reading in the order of valid times finds it (what it opens and ends, dates, statements).
    // 8: a speaker in conflict restating its stance past the window of the other's ends the conflict.
    version: `8:${windowDays}`,
    windowDays,
    voiceOf: (entry) => (entry.attribution === 'self' ? entry.speaker : undefined),
    conflicting: (mine, theirs) => mine.polarity !== '0' && theirs.polarity !== '0',
    summary: (p, theirVoice, theirs, myVoice, mine) =>
      `${theirVoice} (${theirs.polarity}) and ${myVoice} (${mine.polarity}) both speak for ${p.holder} on ${p.issue}`,
  });
}
