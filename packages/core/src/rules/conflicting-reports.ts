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
 * The holder's own words are one source against a report, whichever
 * outlet printed them; but two outlets printing opposite own words of the
 * holder (`+` against `-`) less than `outletWindowDays` apart (default 1:
 * dated the same day) are two sources too: on 16 May 2025 TASS quotes
 * Peskov rejecting a 30-day ceasefire and Reuters quotes him accepting it
 * ("russia itself in TASS (-) against russia itself in Reuters (+)").
 * Outlets are told apart by `StanceEntry.publisher` (the publisher, or the
 * address of a statement naming none); a statement naming neither is told
 * apart from none. The window is short because a holder may change its
 * mind: the same two words dated a day apart are read as a turn (the
 * `reversal` rule's), not as accounts that differ. A later own word, in
 * whichever outlet, settles such a conflict as it settles any.
 *
 * The summary names the sources as people read them ("accounts of ukraine
 * on territorial-concessions differ: Daily (-) against germany (0)"): the
 * holder itself, the reporting actor's id, the publisher's name, or "an
 * unnamed source" when a statement names neither publisher nor address.
 * Keys and ids keep the attributions themselves (`actor:germany`,
 * `publisher:Daily`, `self`), and the holder's own words by outlet where
 * two outlets differ (`self@Reuters|self@TASS`).
 *
 * @since 0.1.0
 */
import type { ContradictionRule } from '../contradiction-rule.js';
import { RecentNames, recentIndex } from '../stance-entry.js';
import type { StanceEntry } from '../stance-entry.js';
import type { VoiceBook, VoiceStance } from './voice-book.js';
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
  /**
   * How far apart two outlets' accounts of the holder's own words may be
   * stated and still conflict: less than this many days (default 1: dated
   * the same day, or less than 24 hours apart; 0: never; past `windowDays`
   * it widens nothing), one `+` and one `-`, printed by two publishers. Not
   * a number of days, 0 or more, it throws a `RangeError`.
   * @example
   * import { analysis, conflictingReportsRule, contradictionList, openMemoryStore, readAll, replay, statementMade } from '@stancelog/core'
   * const store = openMemoryStore()
   * const peskov = { name: 'Dmitry Peskov', actor: 'russia' }
   * await store.append([
   *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', speaker: peskov, statedAt: '2025-05-16', source: { quote: 'no 30-day ceasefire', publisher: 'TASS' } }),
   *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', speaker: peskov, statedAt: '2025-05-17', source: { quote: 'we accept a 30-day ceasefire', publisher: 'Reuters' } }),
   * ])
   * const events = await readAll(store)
   * const found = (outletWindowDays?: number) => contradictionList(replay(analysis({ rules: [conflictingReportsRule({ outletWindowDays })] }), events)).map((c) => c.summary)
   * // A day apart: a turn by default (the reversal rule's), two accounts that differ with a window of 2 days.
   * assert.deepStrictEqual(found(), [])
   * assert.deepStrictEqual(found(2), ['accounts of russia on ceasefire differ: russia itself in TASS (-) against russia itself in Reuters (+)'])
   */
  readonly outletWindowDays?: number | undefined;
}

/**
 * A source as people read it, from its attribution (see `StanceEntry.attribution`).
 *
 * @example
 * import { sourceName } from '@stancelog/core'
 * assert.deepStrictEqual(['self', 'self@Daily', 'actor:germany', 'publisher:Daily', 'publisher:unknown'].map((a) => sourceName(a, 'ukraine')),
 *   ['ukraine itself', 'ukraine itself in Daily', 'germany', 'Daily', 'an unnamed source'])
 * @category rules
 * @since 0.1.0
 */
export function sourceName(attribution: string, holder: string): string {
  if (attribution === 'self') return `${holder} itself`;
  // The holder's own words as one outlet printed them (see `conflictingReportsRule`).
  if (attribution.startsWith('self@')) return `${holder} itself in ${attribution.slice(5)}`;
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
 * assert.strictEqual(conflictingReportsRule({ windowDays: 14 }).version, '14:14:1')
 * @category rules
 * @since 0.1.0
 */
export function conflictingReportsRule(options: ConflictingReportsOptions = {}): ContradictionRule<VoiceRuleState, VoiceBook> {
  const windowDays = options.windowDays ?? 30;
  const outletWindowDays = options.outletWindowDays ?? 1;
  if (!(typeof outletWindowDays === 'number' && outletWindowDays >= 0)) {
    throw new RangeError(`conflictingReportsRule: outletWindowDays: expected a number of days, 0 or more, got ${String(outletWindowDays)}`);
  }
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
    // 14: two outlets printing opposite own words of the holder less than `outletWindowDays` (1) apart are accounts that differ.
    version: `14:${windowDays}:${outletWindowDays}`,
    windowDays,
    voiceOf: ownWordsByOutlet,
    // The holder's own words are `self` against a report, whichever outlet printed them.
    name: (_position, voice) => (voice.startsWith('self@') ? 'self' : voice),
    // Two first-hand accounts (the holder's own words in two outlets) are compared only within the outlet window.
    firstHandWindowDays: outletWindowDays,
    conflicting: (mine, theirs) => mine.reported || theirs.reported || outletsDiffer(mine, theirs),
    settles: (entry) => entry.firstHand,
    settlesOwnVoice: true,
    summary: (p, theirVoice, theirs, myVoice, mine) => {
      // Two outlets' accounts of the holder's own words: each named by its outlet.
      const outlets = !mine.reported && !theirs.reported;
      return `accounts of ${p.holder} on ${p.issue} differ: ${sourceName(outlets ? outletVoice(theirVoice, theirs) : theirVoice, p.holder)} (${theirs.polarity}) against ${sourceName(outlets ? outletVoice(myVoice, mine) : myVoice, p.holder)} (${mine.polarity})`;
    },
  }));
}

/**
 * Whether two first-hand accounts of the holder (within the outlet window)
 * differ as two sources do: opposite (`+` against `-`, the voice rule having
 * found them different), printed by two named outlets. A hedge beside a
 * refusal is the holder saying two things, as outlets quote one speech by
 * its parts.
 */
function outletsDiffer(mine: VoiceStance, theirs: VoiceStance): boolean {
  return mine.polarity !== '0' && theirs.polarity !== '0' && mine.publisher !== theirs.publisher && mine.publisher !== 'unknown' && theirs.publisher !== 'unknown';
}

/** A voice's name with its outlet, for the holder's own words (`self` as `self@TASS`). */
function outletVoice(name: string, stance: VoiceStance): string {
  return name === 'self' && stance.publisher !== 'unknown' ? ownVoice(stance.publisher) : name;
}

/**
 * The voice of a statement: its attribution, but the holder's own speaker
 * is told apart by the outlet that printed it (`self@TASS`; `self` when it
 * names none), so that two outlets' accounts of its words may differ.
 */
function ownWordsByOutlet(entry: StanceEntry): string {
  return entry.attribution === 'self' && entry.publisher !== 'unknown' ? ownVoice(entry.publisher) : entry.attribution;
}

// One voice string per outlet: a statement costs a comparison (the very string, most often), not a new string or a
// map's lookup (cleared past 100,000 outlets, so that it stays bounded).
const ownVoices = new Map<string, string>();
const recentOwn = new RecentNames();
function ownVoice(publisher: string): string {
  const at = recentIndex(publisher);
  if (recentOwn.names[at] === publisher) return recentOwn.values[at]!;
  let voice = ownVoices.get(publisher);
  if (voice === undefined) {
    if (ownVoices.size > 100_000) ownVoices.clear();
    ownVoices.set(publisher, (voice = `self@${publisher}`));
  }
  recentOwn.names[at] = publisher;
  recentOwn.values[at] = voice;
  return voice;
}
