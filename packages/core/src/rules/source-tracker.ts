/**
 * What `conflicting-reports` and `self-contradiction` share: for each holder
 * x issue, the latest stance from each of several voices (sources or
 * speakers), and the pairs of voices currently in conflict. A new stance is
 * compared with the other voices' latest ones; agreement resolves a conflict,
 * disagreement within the time window opens one.
 *
 * @since 0.1.0
 */
import type { ContradictionRule } from '../contradictions.js';
import { momentOf } from '../contradictions.js';
import { effectivePolarity, sameEntry } from '../positions.js';
import type { PositionState, StanceEntry } from '../positions.js';
import type { Polarity } from '../statement.js';

const DAY_MINUTES = 1440;

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
   * voice changes; -2^31 while there is none), the voice that set it, and a bound on the latest time of
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
}

function raiseNewest(book: VoiceBook, polarity: Polarity, time: number, voice: string): void {
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
function otherSince(book: VoiceBook, voice: string, polarity: Polarity, since: number): boolean {
  return (
    (polarity !== '+' && (voice === book.newestPlusBy ? book.newestPlusByOthers : book.newestPlus) >= since) ||
    (polarity !== '-' && (voice === book.newestMinusBy ? book.newestMinusByOthers : book.newestMinus) >= since) ||
    (polarity !== '0' && (voice === book.newestZeroBy ? book.newestZeroByOthers : book.newestZero) >= since)
  );
}

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
  /** The voice a statement speaks with, or undefined when the rule ignores it. */
  readonly voiceOf: (entry: StanceEntry) => string | undefined;
  /** Whether two differing stances of two voices conflict. */
  readonly conflicting: (mine: VoiceStance, theirs: VoiceStance) => boolean;
  /** The contradiction's summary, from the position, the other voice and its stance, and the voice and stance of the statement at hand. */
  readonly summary: (position: PositionState, theirVoice: string, theirs: VoiceStance, myVoice: string, mine: VoiceStance) => string;
}

function pairOf(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function link(book: VoiceBook, a: string, b: string): void {
  const conflicts = (book.conflicts ??= new Map());
  let set = conflicts.get(a);
  if (set === undefined) conflicts.set(a, (set = new Set()));
  set.add(b);
}

/** Ends `a`'s conflict with `b` (one way), leaving no empty set and no empty map. */
function unlink(book: VoiceBook, a: string, b: string): void {
  const set = book.conflicts?.get(a);
  if (set === undefined || !set.delete(b) || set.size > 0) return;
  book.conflicts!.delete(a);
  if (book.conflicts!.size === 0) book.conflicts = undefined;
}

/** Whether a voice's stances are one stance of this polarity: a later statement of it only restates it. */
function restatesOnly(stances: ReadonlyArray<VoiceStance> | undefined, polarity: Polarity): boolean {
  return stances !== undefined && stances.length === 1 && stances[0]!.polarity === polarity;
}

const dayOfTime = (time: number): number => Math.floor(time / DAY_MINUTES);

/** Whether some stance of one voice conflicts with some stance of the other. */
function clash(spec: VoiceRuleSpec, window: number, mine: ReadonlyArray<VoiceStance>, theirs: ReadonlyArray<VoiceStance>): boolean {
  for (const m of mine) {
    for (const t of theirs) {
      if (m.polarity !== t.polarity && Math.abs(m.time - t.time) <= window && spec.conflicting(m, t)) return true;
    }
  }
  return false;
}

/**
 * Builds a rule that compares the voices of each holder x issue.
 *
 * @example
 * import { voiceRule } from '@stancelog/core'
 * const rule = voiceRule({ type: 'speakers-disagree', version: '1', windowDays: 3,
 *   voiceOf: (e) => e.speaker, conflicting: (a, b) => a.polarity !== '0' && b.polarity !== '0',
 *   summary: (p, v1, _s1, v2) => `${v1} and ${v2} disagree for ${p.holder}` })
 * assert.strictEqual(rule.type, 'speakers-disagree')
 * @category rules
 * @since 0.1.0
 */
export function voiceRule(spec: VoiceRuleSpec): ContradictionRule<undefined, VoiceBook> {
  const window = spec.windowDays * DAY_MINUTES;

  /**
   * Files a statement under its voice. Returns the voice's stances when the
   * statement gave it a new one, or restated its one stance on a later day
   * (to compare with the other voices), or undefined when it restated a
   * stance the same day, restated one of a voice in conflict, or was older
   * than the voice's latest day (nothing to compare anew).
   */
  const file = (book: VoiceBook, voice: string, entry: StanceEntry, polarity: Polarity): VoiceStance[] | undefined => {
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
          if (entry.validFrom > restated.time) restated.time = entry.validFrom;
          raiseNewest(book, polarity, restated.time, voice);
          if (entry.dated) restated.label = entry.label;
          // Restated on a later day, the stance is said anew: it may now lie within
          // the window of another voice's differing stance (a party's "no" twelve
          // days after a rival reported it willing, its earlier "no" being older
          // than the window), so it is compared. A voice in conflict keeps its
          // conflicts as they are, as its restatements on the fast path do.
          return sameDay || book.conflicts?.has(voice) === true ? undefined : previous;
        }
      }
    }
    const mine: VoiceStance = { polarity, id: entry.id, time: entry.validFrom, label: entry.label, reported: !entry.firstHand };
    const stances = sameDay ? [...previous!, mine] : [mine];
    book.voices.set(voice, stances);
    raiseNewest(book, polarity, mine.time, voice);
    return stances;
  };

  /** Files the statements left pending, oldest first: the `pending` latest ones the rule hears, `skip` aside. */
  const catchUp = (book: VoiceBook, history: ReadonlyArray<StanceEntry>, skip: StanceEntry): void => {
    const waiting: StanceEntry[] = [];
    const voices: string[] = [];
    for (let i = history.length - 1; i >= 0 && waiting.length < book.pending; i--) {
      const e = history[i]!;
      const voice = sameEntry(e, skip) ? undefined : spec.voiceOf(e);
      if (voice === undefined) continue;
      waiting.push(e);
      voices.push(voice);
    }
    book.pending = 0;
    for (let i = waiting.length - 1; i >= 0; i--) {
      const e = waiting[i]!;
      file(book, voices[i]!, e, effectivePolarity(e));
    }
  };

  return {
    type: spec.type,
    version: spec.version,
    initial: () => undefined,
    // The book lives on the position: a statement costs no lookup by issue and holder.
    initialSlot: () => ({
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
    }),
    onStatement: (ctx, _state, entry, position, book) => {
      const voice = spec.voiceOf(entry);
      if (voice === undefined) return;
      const polarity = effectivePolarity(entry);
      const history = position.history;
      const latest = history[history.length - 1]!;
      // The common cases, where filing the latest statement can open or
      // resolve nothing, so it waits (see `VoiceBook.pending`): a voice in no
      // conflict, no other voice having a stance of another polarity within
      // the window; a voice in conflict restating its one stance. (A voice's
      // stances are up to date while it is in conflict: it entered the
      // conflict when everything was filed, and restatements change no
      // polarity.)
      // The holder withdrawing its own stance opens no conflict (it may end one); a third party's
      // report that the holder dropped it ("the union has dropped its ratios demand") is an account
      // like any other, and may differ from the holder's own word.
      const withdraws = entry.kind === 'retract' && entry.firstHand;
      if (sameEntry(latest, entry)) {
        const inConflict = book.conflicts === undefined ? false : book.conflicts.has(voice);
        if (inConflict ? restatesOnly(book.voices.get(voice), polarity) : withdraws || !otherSince(book, voice, polarity, entry.validFrom - window)) {
          raiseNewest(book, polarity, entry.validFrom, voice);
          book.pending++;
          return;
        }
      }
      // Statements read out of order file everything waiting first: what
      // waits is then always the history's tail.
      if (book.pending > 0) catchUp(book, history, entry);
      const stances = file(book, voice, entry, polarity);
      if (stances === undefined) return;
      const mine = stances[stances.length - 1]!;
      const at = momentOf(entry);
      const inConflict = book.conflicts?.get(voice);
      if (inConflict !== undefined) {
        // Deleting from a Set while iterating it is safe.
        for (const other of inConflict) {
          if (clash(spec, window, stances, book.voices.get(other) ?? [])) continue;
          unlink(book, voice, other);
          unlink(book, other, voice);
          ctx.resolve(spec.type, position.issue, `${position.key}:${pairOf(voice, other)}`, at, entry.id);
        }
      }
      if (withdraws || !otherSince(book, voice, polarity, mine.time - window)) return;
      for (const [other, theirStances] of book.voices) {
        if (other === voice) continue;
        for (const theirs of theirStances) {
          if (theirs.polarity === polarity || Math.abs(mine.time - theirs.time) > window || !spec.conflicting(mine, theirs)) continue;
          const pair = pairOf(voice, other);
          link(book, voice, other);
          link(book, other, voice);
          const later = mine.time >= theirs.time ? mine : theirs;
          // Told, as listed, earlier stance first: as reading in the order of
          // valid times tells it, though the later one was read first.
          const inOrder = theirs.time <= mine.time;
          ctx.open({
            type: spec.type,
            // Holder and issue (the position's key): the same two voices can differ on several issues.
            key: `${position.key}:${pair}`,
            issues: [position.issue],
            actors: [position.holder],
            since: { time: later.time, label: later.label },
            statements: inOrder ? [theirs.id, mine.id] : [mine.id, theirs.id],
            summary: inOrder ? spec.summary(position, other, theirs, voice, mine) : spec.summary(position, voice, mine, other, theirs),
          });
        }
      }
    },
  };
}
