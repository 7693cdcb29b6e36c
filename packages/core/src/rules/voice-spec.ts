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
   * How far apart two first-hand stances of two voices (neither reported:
   * `VoiceStance.reported`) may be and still conflict: less than this many
   * days (0: never); absent, within `windowDays`, as any two stances, and
   * never further. `conflicting-reports` gives `outletWindowDays` (1): two
   * outlets' accounts of the holder's own words differ as sources only when
   * less than a day apart (dated the same day), as the holder may change its
   * mind from one day to the next.
   * @example
   * import { analysis, contradictionList, openMemoryStore, readAll, replay, statementMade, voiceRule } from '@stancelog/core'
   * // Outlets whose accounts of a holder differ: within a week for a report, within a day for the holder's own words.
   * const outletsDiffer = voiceRule({ type: 'outlets-differ', version: '1', windowDays: 7, firstHandWindowDays: 1, voiceOf: (entry) => entry.publisher,
   *   conflicting: (mine, theirs) => mine.polarity !== '0' && theirs.polarity !== '0',
   *   summary: (p, theirVoice, theirs, myVoice, mine) => `${theirVoice} (${theirs.polarity}) and ${myVoice} (${mine.polarity}) differ on ${p.holder}` })
   * const peskov = { name: 'Dmitry Peskov', actor: 'russia' }
   * const store = openMemoryStore()
   * await store.append([
   *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', speaker: peskov, statedAt: '2025-05-16', source: { quote: 'no truce', publisher: 'TASS' } }),
   *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', speaker: peskov, statedAt: '2025-05-20', source: { quote: 'a truce, yes', publisher: 'Reuters' } }),
   * ])
   * // Four days apart: the holder changed its mind, the outlets do not differ.
   * assert.deepStrictEqual(contradictionList(replay(analysis({ rules: [outletsDiffer] }), await readAll(store))), [])
   */
  readonly firstHandWindowDays?: number | undefined;
  /**
   * The voice a statement speaks with, or undefined when the rule ignores it.
   * A voice's statements are expected to be all first-hand or all reported
   * (as an attribution's are): a statement read late is filed on the
   * assumption that a voice's stance is reported or not whatever its words.
   */
  readonly voiceOf: (entry: StanceEntry) => string | undefined;
  /** Whether two differing stances of two voices conflict. */
  readonly conflicting: (mine: VoiceStance, theirs: VoiceStance) => boolean;
  /** The contradiction's summary, from the position, the other voice and its stance, and the voice and stance of the statement at hand (each voice as `name` names it, when the spec gives one). */
  readonly summary: (position: PositionState, theirVoice: string, theirs: VoiceStance, myVoice: string, mine: VoiceStance) => string;
  /**
   * How a voice is named in the keys, ids and summaries of its contradictions; by
   * default the voice itself. For voices that are a normal form (a speaker's
   * name folded to lower case), the name as people wrote it; it should
   * depend only on the position's history up to the voice's first statement
   * in it, so that reading the statements in any order names it alike.
   * Voices may share a name (`conflicting-reports` names the holder's own
   * words `self` whichever outlet printed them): the conflicts of such
   * voices with one other voice are one contradiction, which lists the
   * statements of each, and a conflict between two of them is named by the
   * voices themselves.
   * @example
   * import { analysis, contradictionList, openMemoryStore, readAll, replay, statementMade, voiceRule } from '@stancelog/core'
   * // Speakers told apart whatever their case, named in ids as first written.
   * const asWritten = (p: { history: ReadonlyArray<{ speaker: string | undefined }> }, voice: string) => p.history.find((e) => e.speaker?.toLowerCase() === voice)?.speaker ?? voice
   * const speakers = voiceRule({ type: 'speakers-differ', version: '1', windowDays: 7, voiceOf: (entry) => entry.speaker?.toLowerCase(),
   *   conflicting: (mine, theirs) => mine.polarity !== '0' && theirs.polarity !== '0', name: asWritten,
   *   summary: (p, theirVoice, theirs, myVoice, mine) => `${theirVoice} (${theirs.polarity}) and ${myVoice} (${mine.polarity})` })
   * const store = openMemoryStore()
   * await store.append([
   *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-03-18', speaker: { name: 'Peskov', actor: 'russia' }, source: { quote: 'we accept an energy truce' } }),
   *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-19', speaker: { name: 'LAVROV', actor: 'russia' }, source: { quote: 'no ceasefire' } }),
   *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-03-20', speaker: { name: 'peskov', actor: 'russia' }, source: { quote: 'we accept it' } }),
   * ])
   * const [c] = contradictionList(replay(analysis({ rules: [speakers] }), await readAll(store)))
   * assert.deepStrictEqual([c!.id, c!.summary], ['speakers-differ:russia:ceasefire:LAVROV|Peskov', 'Peskov (+) and LAVROV (-)'])
   */
  readonly name?: ((position: PositionState, voice: string) => string) | undefined;
  /**
   * Whether a statement settles the conflicts of other voices: a conflict
   * between two voices, neither of them the statement's, whose stances were
   * both stated before it (an earlier valid time; a word of the same minute
   * does not) is resolved at the statement's valid time, by it, whatever its
   * polarity. The statement's own voice is then compared with the others as
   * any statement is (it may open a conflict of its own with one of them),
   * and a conflict of its own voice goes on or ends as the two voices'
   * stances say, unless `settlesOwnVoice`. It also closes their period
   * (unless `settlingEndsPeriod` is false): a stance stated before the
   * latest settling statement is not compared with a later statement of
   * another voice (two accounts with the holder's own word between them are
   * not of one time), though the settling statement itself is compared with
   * the stances before it. `conflicting-reports` gives the holder's own word
   * (`entry.firstHand`), which settles its own voice's conflicts too;
   * `self-contradiction` every word (each is a speaker of the holder's), a
   * third speaker's settling the conflict of two others, with no period
   * closed. Absent, no statement settles anything, and conflicts end only by
   * their voices' own words.
   * @example
   * import { analysis, contradictionList, openMemoryStore, readAll, replay, statementMade, voiceRule } from '@stancelog/core'
   * // Outlets that print opposite stances of one holder the same day; the holder's spokesperson, heard after both, settles it.
   * const outletsDiffer = voiceRule({ type: 'outlets-differ', version: '1', windowDays: 1, voiceOf: (entry) => entry.publisher,
   *   conflicting: (mine, theirs) => mine.polarity !== '0' && theirs.polarity !== '0',
   *   settles: (entry) => entry.speaker !== undefined && entry.firstHand,
   *   summary: (p, theirVoice, theirs, myVoice, mine) => `${theirVoice} (${theirs.polarity}) and ${myVoice} (${mine.polarity}) differ on ${p.holder}` })
   * const store = openMemoryStore()
   * await store.append([
   *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-03-18', source: { quote: 'Moscow accepts an energy truce', publisher: 'TASS' } }),
   *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-18', source: { quote: 'Moscow rejects a full ceasefire', publisher: 'Reuters' } }),
   *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-21', speaker: { name: 'Dmitry Peskov', actor: 'russia' },
   *     source: { quote: 'no ceasefire before talks', publisher: 'Izvestia' } }),
   * ])
   * const events = await readAll(store)
   * const [c] = contradictionList(replay(analysis({ rules: [outletsDiffer] }), events))
   * assert.deepStrictEqual([c!.status, c!.since, c!.until, c!.resolvedBy], ['resolved', '2025-03-18', '2025-03-21', events[2]!.id])
   */
  readonly settles?: ((entry: StanceEntry) => boolean) | undefined;
  /**
   * Whether a settling statement (see `settles`) also settles the conflicts
   * of its own voice, the other voice's stances all stated before it
   * (default false: a conflict of its own voice goes on or ends by the two
   * voices' stances). It is then not compared with the stances of the voices
   * it so settled: they were stated before it, and compared, the conflict
   * would open again the moment it ended; a later word of theirs is compared
   * with it as any. `conflicting-reports` sets it: the holder's own word
   * answers a report whichever source it comes through, its own included.
   * @example
   * import { analysis, contradictionList, openMemoryStore, readAll, replay, statementMade, voiceRule } from '@stancelog/core'
   * // An outlet's account of a holder against another's; the first outlet, printing the holder's spokesperson a day later, settles it.
   * const outletsDiffer = voiceRule({ type: 'outlets-differ', version: '1', windowDays: 7, voiceOf: (entry) => entry.publisher,
   *   conflicting: (mine, theirs) => mine.polarity !== '0' && theirs.polarity !== '0',
   *   settles: (entry) => entry.speaker !== undefined && entry.firstHand, settlesOwnVoice: true,
   *   summary: (p, theirVoice, theirs, myVoice, mine) => `${theirVoice} (${theirs.polarity}) and ${myVoice} (${mine.polarity}) differ on ${p.holder}` })
   * const store = openMemoryStore()
   * await store.append([
   *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-03-18', source: { quote: 'Moscow accepts an energy truce', publisher: 'TASS' } }),
   *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-18', source: { quote: 'Moscow rejects a full ceasefire', publisher: 'Reuters' } }),
   *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-03-19', speaker: { name: 'Dmitry Peskov', actor: 'russia' },
   *     source: { quote: 'we accept an energy truce', publisher: 'TASS' } }),
   * ])
   * const events = await readAll(store)
   * // Ended by the spokesperson's word, and not opened again by it: Reuters' account was stated before it.
   * const list = contradictionList(replay(analysis({ rules: [outletsDiffer] }), events))
   * assert.deepStrictEqual(list.map((c) => [c.status, c.since, c.until, c.resolvedBy]), [['resolved', '2025-03-18', '2025-03-19', events[2]!.id]])
   */
  readonly settlesOwnVoice?: boolean | undefined;
  /**
   * Whether a settling statement (see `settles`) closes the period of the
   * stances stated before it, so that they are compared with no later
   * statement of another voice (default true). `self-contradiction` sets it
   * false: every word of it settles, and a word would be compared only with
   * the words since the one before it (a speaker agreeing, or hedging,
   * between two opposite words would hide their conflict); the window alone
   * bounds a period there.
   */
  readonly settlingEndsPeriod?: boolean | undefined;
}

/**
 * A voice rule's spec, its window in minutes (how far apart two stances may
 * be and still conflict), and what a settling statement does, its options
 * read once: whether it settles its own voice's conflicts, and whether it
 * closes the period of the stances before it (`VoiceBook.settledAt`).
 */
export interface VoiceTerms {
  readonly spec: VoiceRuleSpec;
  readonly window: number;
  /** The window of two first-hand stances, in minutes (see `VoiceRuleSpec.firstHandWindowDays`). */
  readonly firstHandWindow: number;
  /**
   * Whether first-hand voices are one kin in the book's bounds (their
   * window being the shorter): a first-hand word then skips the comparisons
   * when no report of another polarity lies within the window and no stance
   * of another polarity within the first-hand one, as a voice's own words do.
   */
  readonly firstHandKin: boolean;
  readonly settlesOwnVoice: boolean;
  readonly endsPeriod: boolean;
}

/** The terms of a spec. */
export function termsOf(spec: VoiceRuleSpec): VoiceTerms {
  const window = spec.windowDays * DAY_MINUTES;
  // Less than the days given apart: a minute less, valid times being whole minutes.
  const firstHandWindow = spec.firstHandWindowDays === undefined ? window : Math.min(spec.firstHandWindowDays * DAY_MINUTES - 1, window);
  return { spec, window, firstHandWindow, firstHandKin: firstHandWindow < window, settlesOwnVoice: spec.settlesOwnVoice === true, endsPeriod: spec.settlingEndsPeriod !== false };
}

/** What the book's bounds know a first-hand word by when first-hand voices are one kin: a name no voice has (it begins with a control character). */
export const FIRST_HAND = '\u0000first-hand';

/** The voice the book's bounds know a word of `voice` by: its kin's, for a first-hand word whose window is the shorter. */
export function boundVoice(terms: VoiceTerms, voice: string, entry: StanceEntry): string {
  return terms.firstHandKin && entry.firstHand ? FIRST_HAND : voice;
}

/** How far apart two stances may be and still conflict: the first-hand window when neither is reported. */
export function pairWindow(terms: VoiceTerms, mine: { readonly reported: boolean }, theirs: { readonly reported: boolean }): number {
  return mine.reported || theirs.reported ? terms.window : terms.firstHandWindow;
}
