/**
 * `self-contradiction`: two of the holder's own speakers take opposite
 * stances (`+` against `-`) on the same issue within `windowDays` of each
 * other. Resolved when the speakers come to agree.
 *
 * @since 0.1.0
 */
import type { ContradictionRule } from '../contradictions.js';
import { voiceRule } from './source-tracker.js';
import type { VoiceBook } from './source-tracker.js';

/**
 * Options of the `self-contradiction` rule.
 * @category rules
 * @since 0.1.0
 */
export interface SelfContradictionOptions {
  /** How far apart (days) two speakers' statements may be and still count as the same period. Default 7. */
  readonly windowDays?: number;
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
export function selfContradictionRule(options: SelfContradictionOptions = {}): ContradictionRule<undefined, VoiceBook> {
  const windowDays = options.windowDays ?? 7;
  return voiceRule({
    type: 'self-contradiction',
    version: `3:${windowDays}`,
    windowDays,
    voiceOf: (entry) => (entry.attribution === 'self' ? entry.speaker : undefined),
    conflicting: (mine, theirs) => mine.polarity !== '0' && theirs.polarity !== '0',
    summary: (p, theirVoice, theirs, myVoice, mine) =>
      `${theirVoice} (${theirs.polarity}) and ${myVoice} (${mine.polarity}) both speak for ${p.holder} on ${p.issue}`,
  });
}
