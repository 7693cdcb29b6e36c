/**
 * `conflicting-reports`: different sources attribute different stances to
 * the same holder on the same issue at about the same time, and at least one
 * of them is a third party's report ("Germany's chancellor says Ukraine is
 * open to talks on territory" while another account says Ukraine refuses).
 *
 * A source is who attributes the stance: the holder itself, a third-party
 * actor, or a publisher's own account. Two attributions are "at about the
 * same time" when stated within `windowDays` of each other. The conflict is
 * resolved when one of the sources comes to agree with the other.
 *
 * @since 0.1.0
 */
import type { ContradictionRule } from '../contradictions.js';
import { voiceRule } from './source-tracker.js';
import type { VoiceBook } from './source-tracker.js';

/**
 * Options of the `conflicting-reports` rule.
 * @category rules
 * @since 0.1.0
 */
export interface ConflictingReportsOptions {
  /** How far apart (days) two attributions may be stated and still conflict. Default 30. */
  readonly windowDays?: number;
}

/**
 * The `conflicting-reports` rule.
 *
 * @example
 * import { conflictingReportsRule } from '@stancelog/core'
 * assert.strictEqual(conflictingReportsRule({ windowDays: 14 }).version, '3:14')
 * @category rules
 * @since 0.1.0
 */
export function conflictingReportsRule(options: ConflictingReportsOptions = {}): ContradictionRule<undefined, VoiceBook> {
  const windowDays = options.windowDays ?? 30;
  return voiceRule({
    type: 'conflicting-reports',
    version: `3:${windowDays}`,
    windowDays,
    voiceOf: (entry) => entry.attribution,
    conflicting: (mine, theirs) => mine.reported || theirs.reported,
    summary: (p, theirVoice, theirs, myVoice, mine) =>
      `${theirVoice} reports ${p.holder} at ${theirs.polarity} on ${p.issue}, ${myVoice} at ${mine.polarity}`,
  });
}
