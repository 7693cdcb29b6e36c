/**
 * The book a voice rule keeps on each holder x issue: each voice's latest
 * stances, the voices in conflict with one another, the pairs ever found in
 * conflict, and the polarity bounds that let most statements skip every
 * comparison. Filing stances into it is `voice-filing.ts`'s; comparing them
 * `voice-conflicts.ts`'s. Its own part is what a single statement needs
 * cheaply: the bounds (raised and asked in a few field reads, no walk over
 * the voices) and the links between voices in conflict.
 *
 * @since 0.1.0
 */
import type { Polarity } from '../statement.js';

export const DAY_MINUTES = 1440;

/** The day (since the epoch) of a valid time in minutes: a voice's stances are those of its latest day. */
export const dayOfTime = (time: number): number => Math.floor(time / DAY_MINUTES);

/**
 * "No stance yet" for the polarity bounds: below every valid time (whole
 * minutes since the epoch; year 0 is about -1.04e9) and, unlike -Infinity,
 * a small integer, which V8 keeps in the book itself. A field holding a
 * double points to a separate number object: one more cache miss for each
 * bound the fast path reads.
 */
const NEVER = -(2 ** 31);

/**
 * One voice's latest stance.
 * @example
 * import { analysis, conflictingReportsRule, getPosition, openMemoryStore, readAll, replay, statementMade } from '@stancelog/core'
 * import type { VoiceBook } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'reject', polarity: '-', speaker: { name: 'Volodymyr Zelensky', actor: 'ukraine' }, statedAt: '2025-08-16', source: { quote: 'we will not give our land to the occupier' } }),
 *   statementMade({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'hedge', polarity: '0', speaker: { name: 'Friedrich Merz', actor: 'germany' }, statedAt: '2025-08-19', source: { quote: 'Kyiv is open to talks on territory' } }),
 * ])
 * const p = getPosition(replay(analysis({ rules: [conflictingReportsRule()] }), await readAll(store)).positions, 'ukraine', 'territorial-concessions')!
 * const [germany] = (p.slots[0] as VoiceBook).voices.get('actor:germany')!
 * assert.deepStrictEqual([germany!.polarity, germany!.label, germany!.reported], ['0', '2025-08-19', true])
 * @category rules
 * @since 0.1.0
 */
export interface VoiceStance {
  polarity: Polarity;
  id: string;
  time: number;
  label: string;
  reported: boolean;
  /** The publisher (or address) of the statement that stated it last (`StanceEntry.publisher`; `unknown` when it named neither): which outlet printed it. */
  publisher: string;
}

/**
 * The voices of one holder x issue: each voice's stances of its latest day
 * (a voice can say two things on one day: "open to talks on territory, but
 * recognition is non-negotiable"), and for each voice the voices it is in
 * conflict with (both ways).
 * @example
 * import { analysis, conflictingReportsRule, getPosition, openMemoryStore, readAll, replay, statementMade } from '@stancelog/core'
 * import type { VoiceBook } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'reject', polarity: '-', speaker: { name: 'Volodymyr Zelensky', actor: 'ukraine' }, statedAt: '2025-08-16', source: { quote: 'we will not give our land to the occupier' } }),
 *   statementMade({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'hedge', polarity: '0', speaker: { name: 'Friedrich Merz', actor: 'germany' }, statedAt: '2025-08-19', source: { quote: 'Kyiv is open to talks on territory' } }),
 * ])
 * // A voice rule keeps one book per position, in the position's slots.
 * const p = getPosition(replay(analysis({ rules: [conflictingReportsRule()] }), await readAll(store)).positions, 'ukraine', 'territorial-concessions')!
 * const book = p.slots[0] as VoiceBook
 * // Ukraine's own account and Germany's are in conflict, both ways.
 * assert.deepStrictEqual([[...book.conflicts!.get('self')!], [...book.conflicts!.get('actor:germany')!]], [['actor:germany'], ['self']])
 * @category rules
 * @since 0.1.0
 */
export interface VoiceBook {
  voices: Map<string, VoiceStance[]>;
  /** Undefined while no voice is in conflict, as in most books: the fast path then reads nothing but the book. */
  conflicts: Map<string, Set<string>> | undefined;
  /**
   * For each polarity, a bound on the latest time of any voice's stance of
   * that polarity (never lower than the truth; it may stay higher after a
   * voice changes; -2^31 while there is none), the voice that set it (the
   * first-hand voices as one, where their window is the shorter: see
   * `VoiceRuleSpec.firstHandWindowDays`), and a bound on the latest time of
   * the other voices. A new stance compares itself with the other voices
   * only when another voice's stance of another polarity may lie within the
   * window: most statements skip the walk over every voice, including a
   * voice's first words after it changed its own stance.
   */
  newestPlus: number;
  newestPlusBy: string | undefined;
  newestPlusByOthers: number;
  newestMinus: number;
  newestMinusBy: string | undefined;
  newestMinusByOthers: number;
  newestZero: number;
  newestZeroBy: string | undefined;
  newestZeroByOthers: number;
  /**
   * How many of the latest statements of the position's history (those this
   * rule hears) are not in `voices` yet. A statement that can neither open
   * nor resolve a conflict (its voice in no conflict and no other voice's
   * stance of another polarity within the window, or its voice in conflict
   * restating its one stance) only raises the bounds: `voices` catches up from the
   * history, in order, when a statement needs it. Replay then touches one
   * object per statement instead of a voice's entry in a map. So `voices`
   * may lag behind the history: read it after a statement that compared.
   */
  pending: number;
  /** The pairs of voices this rule ever found in conflict on the position (by the pair of voices, as `a|b`): what a derivation anew takes away. Undefined while none. */
  pairs: Map<string, VoicePair> | undefined;
  /**
   * The valid time of the latest statement that settles the other voices'
   * conflicts and ends their period (see `VoiceRuleSpec.settles` and
   * `settlingEndsPeriod`; -2^31 while none): a stance stated before it is
   * not compared with a later statement of another voice.
   */
  settledAt: number;
}

/**
 * A pair of voices found in conflict on a position: the voices, the key of
 * its contradictions and the id of its first record.
 * @example
 * import { analysis, conflictingReportsRule, getPosition, openMemoryStore, readAll, replay, statementMade } from '@stancelog/core'
 * import type { VoiceBook } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'reject', polarity: '-', speaker: { name: 'Volodymyr Zelensky', actor: 'ukraine' }, statedAt: '2025-08-16', source: { quote: 'we will not give our land to the occupier' } }),
 *   statementMade({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'hedge', polarity: '0', speaker: { name: 'Friedrich Merz', actor: 'germany' }, statedAt: '2025-08-19', source: { quote: 'Kyiv is open to talks on territory' } }),
 * ])
 * const p = getPosition(replay(analysis({ rules: [conflictingReportsRule()] }), await readAll(store)).positions, 'ukraine', 'territorial-concessions')!
 * const [pair] = (p.slots[0] as VoiceBook).pairs!.values()
 * assert.deepStrictEqual(pair, { voices: ['actor:germany', 'self'], key: 'ukraine:territorial-concessions:actor:germany|self', id: 'conflicting-reports:ukraine:territorial-concessions:actor:germany|self' })
 * @category rules
 * @since 0.1.0
 */
export interface VoicePair {
  readonly voices: readonly [string, string];
  readonly key: string;
  readonly id: string;
}

/** A book with no voice yet: what a position's slot starts with. Every field is set here, in this order, so that every book has one shape. */
export function emptyBook(): VoiceBook {
  return {
    voices: new Map(),
    conflicts: undefined,
    newestPlus: NEVER,
    newestPlusBy: undefined,
    newestPlusByOthers: NEVER,
    newestMinus: NEVER,
    newestMinusBy: undefined,
    newestMinusByOthers: NEVER,
    newestZero: NEVER,
    newestZeroBy: undefined,
    newestZeroByOthers: NEVER,
    pending: 0,
    pairs: undefined,
    settledAt: NEVER,
  };
}

/** Raises the bounds of `polarity` for a stance of `voice` at `time` (see `VoiceBook.newestPlus`). */
export function raiseNewest(book: VoiceBook, polarity: Polarity, time: number, voice: string): void {
  // Three copies of one update, one per polarity: flat fields on the book
  // keep the fast path on one object.
  if (polarity === '+') {
    if (voice === book.newestPlusBy) {
      if (time > book.newestPlus) book.newestPlus = time;
    } else if (time > book.newestPlus) {
      book.newestPlusByOthers = book.newestPlus;
      book.newestPlus = time;
      book.newestPlusBy = voice;
    } else if (time > book.newestPlusByOthers) book.newestPlusByOthers = time;
  } else if (polarity === '-') {
    if (voice === book.newestMinusBy) {
      if (time > book.newestMinus) book.newestMinus = time;
    } else if (time > book.newestMinus) {
      book.newestMinusByOthers = book.newestMinus;
      book.newestMinus = time;
      book.newestMinusBy = voice;
    } else if (time > book.newestMinusByOthers) book.newestMinusByOthers = time;
  } else if (voice === book.newestZeroBy) {
    if (time > book.newestZero) book.newestZero = time;
  } else if (time > book.newestZero) {
    book.newestZeroByOthers = book.newestZero;
    book.newestZero = time;
    book.newestZeroBy = voice;
  } else if (time > book.newestZeroByOthers) book.newestZeroByOthers = time;
}

/**
 * Whether a voice other than `voice` may have a stance of a polarity other
 * than `polarity` as late as `since`. A voice never conflicts with itself.
 */
export function otherSince(book: VoiceBook, voice: string, polarity: Polarity, since: number): boolean {
  return (
    (polarity !== '+' && (voice === book.newestPlusBy ? book.newestPlusByOthers : book.newestPlus) >= since) ||
    (polarity !== '-' && (voice === book.newestMinusBy ? book.newestMinusByOthers : book.newestMinus) >= since) ||
    (polarity !== '0' && (voice === book.newestZeroBy ? book.newestZeroByOthers : book.newestZero) >= since)
  );
}

/** Whether any voice may have a stance of a polarity other than `polarity` as late as `since` (its own included). */
export function anySince(book: VoiceBook, polarity: Polarity, since: number): boolean {
  return (polarity !== '+' && book.newestPlus >= since) || (polarity !== '-' && book.newestMinus >= since) || (polarity !== '0' && book.newestZero >= since);
}

/** Puts `a` in conflict with `b` (one way). */
export function link(book: VoiceBook, a: string, b: string): void {
  const conflicts = (book.conflicts ??= new Map());
  let set = conflicts.get(a);
  if (set === undefined) conflicts.set(a, (set = new Set()));
  set.add(b);
}

/** Ends `a`'s conflict with `b` (one way), leaving no empty set and no empty map. */
export function unlink(book: VoiceBook, a: string, b: string): void {
  const set = book.conflicts?.get(a);
  if (set === undefined || !set.delete(b) || set.size > 0) return;
  book.conflicts!.delete(a);
  if (book.conflicts!.size === 0) book.conflicts = undefined;
}

/** Whether a voice's stances are one stance of this polarity: a later statement of it only restates it. */
export function restatesOnly(stances: ReadonlyArray<VoiceStance> | undefined, polarity: Polarity): boolean {
  return stances !== undefined && stances.length === 1 && stances[0]!.polarity === polarity;
}
