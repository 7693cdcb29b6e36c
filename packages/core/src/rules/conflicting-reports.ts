/**
 * `conflicting-reports`: different sources attribute different stances to
 * the same holder on the same issue at about the same time, and at least one
 * of them is a third party's report ("Germany's chancellor says Ukraine is
 * open to talks on territory" while another account says Ukraine refuses).
 *
 * A source is who attributes the stance: the holder itself, a third-party
 * actor, or a publisher's own account. Two attributions are "at about the
 * same time" when stated within `windowDays` of each other (default 30). The
 * conflict is resolved when one of the sources comes to agree with the
 * other, or restates its account past the window of the other's, or when
 * the holder's own word (a first-hand statement), stated after both
 * accounts, settles it, whatever it says and whichever source it comes
 * through: another outlet, a spokesperson, or the very source of one of the
 * two accounts (the holder's spokesperson answering a report against what
 * its commissioner said: the holder has answered the report). That word is
 * then weighed as any other, and may open a conflict of its own with a
 * report it differs from, but not with the accounts of the conflicts it
 * settled (those would open again the moment they ended); the
 * accounts stated before it are no longer compared with later ones. A third
 * party's report that the holder dropped its stance (a `retract`: "the union
 * has dropped its ratios demand") is an account of `0` like any other; the
 * holder's own retraction opens no conflict.
 *
 * The summary names the sources as people read them ("accounts of ukraine
 * on territorial-concessions differ: Daily (-) against germany (0)"): the
 * holder itself, the reporting actor's id, the publisher's name, or "an
 * unnamed source" when a statement names neither publisher nor address.
 * Keys and ids keep the attributions themselves (`actor:germany`,
 * `publisher:Daily`).
 *
 * @since 0.1.0
 */
import type { ContradictionRule } from '../contradiction-rule.js';
import type { VoiceBook } from './voice-book.js';
import { voiceRule } from './voice-rule.js';
import type { VoiceRuleState } from './voice-rule.js';
import { builtInRule } from '../rule-checks.js';

/**
 * Options of the `conflicting-reports` rule.
 * @example
 * import { analysis, conflictingReportsRule, contradictionList, openMemoryStore, readAll, replay, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'reject', polarity: '-', speaker: { name: 'Volodymyr Zelensky', actor: 'ukraine' }, statedAt: '2025-07-01', source: { quote: 'we will not give our land to the occupier' } }),
 *   statementMade({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'hedge', polarity: '0', speaker: { name: 'Friedrich Merz', actor: 'germany' }, statedAt: '2025-08-15', source: { quote: 'Kyiv is open to talks on territory' } }),
 * ])
 * const events = await readAll(store)
 * const found = (windowDays?: number) => contradictionList(replay(analysis({ rules: [conflictingReportsRule({ windowDays })] }), events)).length
 * // 45 days apart: too far for the default 30-day window, close enough for 60.
 * assert.deepStrictEqual([found(), found(60)], [0, 1])
 * @category rules
 * @since 0.1.0
 */
export interface ConflictingReportsOptions {
  /** How far apart (days) two attributions may be stated and still conflict. Default 30. */
  readonly windowDays?: number | undefined;
}

/**
 * A source as people read it, from its attribution (see `StanceEntry.attribution`).
 *
 * @example
 * import { sourceName } from '@stancelog/core'
 * assert.deepStrictEqual(['self', 'actor:germany', 'publisher:Daily', 'publisher:unknown'].map((a) => sourceName(a, 'ukraine')),
 *   ['ukraine itself', 'germany', 'Daily', 'an unnamed source'])
 * @category rules
 * @since 0.1.0
 */
export function sourceName(attribution: string, holder: string): string {
  if (attribution === 'self') return `${holder} itself`;
  if (attribution.startsWith('actor:')) return attribution.slice(6);
  // `stanceEntry` files a statement naming neither publisher nor url under 'unknown'.
  if (attribution === 'publisher:unknown') return 'an unnamed source';
  return attribution.startsWith('publisher:') ? attribution.slice(10) : attribution;
}

/**
 * The `conflicting-reports` rule.
 *
 * @example
 * import { conflictingReportsRule } from '@stancelog/core'
 * assert.strictEqual(conflictingReportsRule({ windowDays: 14 }).version, '13:14')
 * @category rules
 * @since 0.1.0
 */
export function conflictingReportsRule(options: ConflictingReportsOptions = {}): ContradictionRule<VoiceRuleState, VoiceBook> {
  const windowDays = options.windowDays ?? 30;
  return builtInRule(voiceRule({
    type: 'conflicting-reports',
    // 4: summaries name sources as people read them (snapshots rebuilt).
    // 5: keys hold the issue (holder:issue:voices): two voices differing on two issues had one id.
    // 6: a third party's report of a retraction may differ from the holder's own word.
    // 7: a voice restating its stance on a later day is compared anew (a report, then the holder's own word restating an old stance).
    // 8: a conflict found from the later of its two stances, read first, is told earlier stance first.
    // 9: a statement read late is found as reading in the order of valid times finds it (what it opens and ends, dates, statements).
    // 10: a voice in conflict restating its stance past the window of the other's ends the conflict.
    // 11: the holder's own word through a third source, stated after both accounts, settles their conflict; accounts before it are not compared with later ones.
    // 12: the holder's own word settles, after both accounts, a conflict of its own source too (a spokesperson answering a report), and opens none with the accounts it settled.
    // 13: a `#`, `|` or `%` in a source's name is escaped in the key (a `#` made it read as a record's number).
    version: `13:${windowDays}`,
    windowDays,
    voiceOf: (entry) => entry.attribution,
    conflicting: (mine, theirs) => mine.reported || theirs.reported,
    settles: (entry) => entry.firstHand,
    settlesOwnVoice: true,
    summary: (p, theirVoice, theirs, myVoice, mine) =>
      `accounts of ${p.holder} on ${p.issue} differ: ${sourceName(theirVoice, p.holder)} (${theirs.polarity}) against ${sourceName(myVoice, p.holder)} (${mine.polarity})`,
  }));
}
