/**
 * What `conflicting-reports` and `self-contradiction` share: for each holder
 * x issue, the latest stance from each of several voices (sources or
 * speakers), and the pairs of voices currently in conflict. A new stance is
 * compared with the other voices' latest ones; agreement resolves a conflict,
 * disagreement within the time window opens one. Statements are compared in
 * the order of their valid times, whatever the order the log learnt them
 * in: a statement read late that may open or end a conflict derives the
 * rule's records on its holder x issue anew.
 *
 * @since 0.1.0
 */
import type { ContradictionRecord, ContradictionRule, IssueLedger, RuleContext } from '../contradictions.js';
import { momentOf } from '../contradictions.js';
import { effectivePolarity, historyIndexOf, sameEntry } from '../positions.js';
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
  /**
   * The voices whose entry in `voices` must be filed anew from the history
   * before it is read (undefined while none): a statement read late that can
   * open and resolve nothing still changes what its voice's stances are (a
   * word of the voice's latest day, a label an undated restatement keeps),
   * as reading in the order of valid times would have filed it.
   */
  stale: Set<string> | undefined;
  /** The pairs of voices this rule ever found in conflict on the position (by the pair as in the contradictions' keys): what a derivation anew takes away. Undefined while none. */
  pairs: Map<string, VoicePair> | undefined;
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

  /** Files the statements left pending, oldest first: the `pending` latest ones the rule hears before `end` of the history, `skip` (read late) aside. */
  const catchUp = (book: VoiceBook, history: ReadonlyArray<StanceEntry>, end: number, skip?: StanceEntry): void => {
    const waiting: StanceEntry[] = [];
    const voices: string[] = [];
    for (let i = end - 1; i >= 0 && waiting.length < book.pending; i--) {
      const e = history[i]!;
      const voice = skip !== undefined && sameEntry(e, skip) ? undefined : spec.voiceOf(e);
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

  /**
   * Files the stances of some voices anew from the statements before `end`
   * of the history, as reading them in order leaves them. A voice's dated
   * word of a later day than its word before begins its stances anew (a
   * restatement of its one stance takes the word's id, time and label; a
   * voice's words are all first-hand or all reported), so only its words
   * from the last such one on are filed: the history is walked back until
   * each voice reaches one.
   */
  const refileVoices = (book: VoiceBook, history: ReadonlyArray<StanceEntry>, end: number, voices: ReadonlySet<string>): void => {
    // Each voice's words, latest first, up to the one its stances begin anew with.
    const words = new Map<string, StanceEntry[]>();
    const begun = new Set<string>();
    for (let i = end - 1; i >= 0 && begun.size < voices.size; i--) {
      const e = history[i]!;
      const voice = spec.voiceOf(e);
      if (voice === undefined || !voices.has(voice) || begun.has(voice)) continue;
      let list = words.get(voice);
      if (list === undefined) words.set(voice, (list = []));
      const next = list.length > 0 ? list[list.length - 1]! : undefined;
      if (next !== undefined && next.dated && dayOfTime(e.validFrom) < dayOfTime(next.validFrom)) begun.add(voice);
      else list.push(e);
    }
    for (const voice of voices) {
      book.voices.delete(voice);
      const list = words.get(voice);
      if (list === undefined) continue;
      for (let i = list.length - 1; i >= 0; i--) file(book, voice, list[i]!, effectivePolarity(list[i]!));
    }
  };

  /** Reads the statement at `end` of the history as the latest one, as reading in the order of valid times reads each. */
  const step = (ctx: RuleContext, entry: StanceEntry, voice: string, position: PositionState, book: VoiceBook, history: ReadonlyArray<StanceEntry>, end: number): void => {
    const polarity = effectivePolarity(entry);
    // The common cases, where filing the latest statement can open or
    // resolve nothing, so it waits (see `VoiceBook.pending`): a voice in no
    // conflict, no other voice having a stance of another polarity within
    // the window; a voice in conflict restating its one stance. (A voice's
    // stances are up to date while it is in conflict: it entered the
    // conflict when everything was filed, and restatements change no
    // polarity; unless a statement read late left `voices` stale.)
    // The holder withdrawing its own stance opens no conflict (it may end one); a third party's
    // report that the holder dropped it ("the union has dropped its ratios demand") is an account
    // like any other, and may differ from the holder's own word.
    const withdraws = entry.kind === 'retract' && entry.firstHand;
    const inConflict = book.conflicts === undefined ? false : book.conflicts.has(voice);
    if (inConflict ? book.stale === undefined && restatesOnly(book.voices.get(voice), polarity) : withdraws || !otherSince(book, voice, polarity, entry.validFrom - window)) {
      raiseNewest(book, polarity, entry.validFrom, voice);
      book.pending++;
      return;
    }
    if (book.pending > 0) catchUp(book, history, end);
    if (book.stale !== undefined) {
      refileVoices(book, history, end, book.stale);
      book.stale = undefined;
    }
    const stances = file(book, voice, entry, polarity);
    if (stances === undefined) return;
    const mine = stances[stances.length - 1]!;
    const at = momentOf(entry);
    const conflicts = book.conflicts?.get(voice);
    if (conflicts !== undefined) {
      // Deleting from a Set while iterating it is safe.
      for (const other of conflicts) {
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
        if (book.pairs === undefined) book.pairs = new Map();
        let known = book.pairs.get(pair);
        if (known === undefined) book.pairs.set(pair, (known = { voices: [voice, other], key: `${position.key}:${pair}`, id: `${spec.type}:${position.key}:${pair}` }));
        const later = mine.time >= theirs.time ? mine : theirs;
        // Told, as listed, earlier stance first.
        const inOrder = theirs.time <= mine.time;
        ctx.open({
          type: spec.type,
          // Holder and issue (the position's key): the same two voices can differ on several issues.
          key: known.key,
          issues: [position.issue],
          actors: [position.holder],
          since: { time: later.time, label: later.label },
          statements: inOrder ? [theirs.id, mine.id] : [mine.id, theirs.id],
          summary: inOrder ? spec.summary(position, other, theirs, voice, mine) : spec.summary(position, voice, mine, other, theirs),
        });
      }
    }
  };

  /** The record of a pair numbered `n`. */
  const recordOf = (ledger: IssueLedger, base: string, n: number): ContradictionRecord => ledger.records.get(n === 1 ? base : `${base}#${n}`)!;

  /**
   * How many records of a pair of voices on the position began before
   * `time` (`since` below it; at or below it with `atOrBefore`). Records of a
   * pair follow one another in valid time (one opens after the one before
   * ended), so they are found by bisection.
   */
  const begunBefore = (ledger: IssueLedger, base: string, time: number, atOrBefore: boolean): number => {
    const opened = ledger.status.get(base)?.opened ?? 0;
    if (opened === 0) return 0;
    // Most often all of them: a statement read late is seldom older than the last conflict.
    const last = recordOf(ledger, base, opened).since;
    if (last < time || (atOrBefore && last === time)) return opened;
    let lo = 1;
    let hi = opened;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const since = recordOf(ledger, base, mid).since;
      if (since < time || (atOrBefore && since === time)) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };

  /** Whether reading in the order of valid times may find a voice in conflict with another at `time`: a record of one of its pairs spans it. */
  const inConflictAt = (ctx: RuleContext, position: PositionState, book: VoiceBook, voice: string, time: number): boolean => {
    const ledger = ctx.contradictions.byIssue.get(position.issue);
    if (ledger === undefined || book.pairs === undefined) return false;
    for (const { voices: [a, b], id: base } of book.pairs.values()) {
      if (a !== voice && b !== voice) continue;
      const n = begunBefore(ledger, base, time, true);
      if (n === 0) continue;
      const until = recordOf(ledger, base, n).until;
      if (until === undefined || until >= time) return true;
    }
    return false;
  };

  /**
   * Whether the statement at `at` of the history, read late, may change what
   * reading in the order of valid times opens or resolves. Read in order, it
   * would end a conflict only if its voice was in one; it would open one, or
   * change one another voice opens or ends, only with another voice's stance
   * about as old as its own, or as old as a stance it leaves its voice with:
   * its voice's words of its day, and its undated words after it, which keep
   * a label it gave or the stance it ended (a dated word of a later day
   * begins the voice's stances anew; a voice's words are all first-hand or
   * all reported, as the built-in rules' voices are). Another voice's word
   * within the window (and a day: a word of that day may have been compared
   * from its start) of those is what may matter.
   */
  const mayMatter = (ctx: RuleContext, history: ReadonlyArray<StanceEntry>, at: number, voice: string, position: PositionState, book: VoiceBook): boolean => {
    if (alone(book, voice) || restatesUnread(history, at, voice)) return false;
    const time = history[at]!.validFrom;
    if (inConflictAt(ctx, position, book, voice, time)) return true;
    const reach = window + DAY_MINUTES;
    for (let i = at - 1; i >= 0 && history[i]!.validFrom >= time - reach; i--) {
      const other = spec.voiceOf(history[i]!);
      if (other !== undefined && other !== voice) return true;
    }
    // Up to where its voice's stances may differ for it: its voice's words up to a dated word of a later day than the word before.
    let until = time;
    let day = dayOfTime(time);
    for (let i = at + 1; i < history.length; i++) {
      const e = history[i]!;
      if (spec.voiceOf(e) !== voice) continue;
      const eDay = dayOfTime(e.validFrom);
      if (e.dated && eDay > day) break;
      until = e.validFrom;
      day = eDay;
    }
    for (let i = at + 1; i < history.length && history[i]!.validFrom <= until + reach; i++) {
      const other = spec.voiceOf(history[i]!);
      if (other !== undefined && other !== voice) return true;
    }
    return false;
  };

  /**
   * Whether the statement at `at` of the history, read late, restates its
   * voice's one stance (of its polarity, the voice's only one of its last day
   * before it), finds no other voice that said otherwise within the window
   * before it (when said on a later day, it is compared with them), and no
   * one reads the stance before the voice's next word, a dated one of a
   * later day: its id, time and label are the stance's only until that
   * word, which sets them as it would have without it, and no other voice
   * speaks in between to compare with them. The most common
   * statement read late (a restatement, shuffled a few places) costs a few
   * steps, whether its voice is in a conflict or not.
   */
  const restatesUnread = (history: ReadonlyArray<StanceEntry>, at: number, voice: string): boolean => {
    const entry = history[at]!;
    const polarity = effectivePolarity(entry);
    const day = dayOfTime(entry.validFrom);
    let next = at + 1;
    for (; next < history.length; next++) {
      const other = spec.voiceOf(history[next]!);
      if (other === undefined) continue;
      if (other !== voice) return false;
      break;
    }
    if (next === history.length || !history[next]!.dated || dayOfTime(history[next]!.validFrom) <= day) return false;
    // The voice's words of its last day before it: all of its polarity, one stance.
    let lastDay: number | undefined;
    for (let i = at - 1; i >= 0; i--) {
      const e = history[i]!;
      if (spec.voiceOf(e) !== voice) continue;
      const eDay = dayOfTime(e.validFrom);
      if (lastDay === undefined) lastDay = eDay;
      else if (eDay < lastDay) break;
      if (effectivePolarity(e) !== polarity) return false;
    }
    if (lastDay === undefined) return false;
    // Said on a later day, it is compared with the others: none of them may have said otherwise within the window.
    if (lastDay < day) {
      for (let i = at - 1; i >= 0 && history[i]!.validFrom >= entry.validFrom - window - DAY_MINUTES; i--) {
        const e = history[i]!;
        const other = spec.voiceOf(e);
        if (other !== undefined && other !== voice && effectivePolarity(e) !== polarity) return false;
      }
    }
    return true;
  };

  /**
   * Derives the rule's records on the position anew, and its book, from a
   * statement read late that may matter (at `at` of the history) on, as
   * reading in the order of valid times finds them. It starts from the
   * latest time at or before the statement's that no record of the position
   * spans: the records begun before it stand as they are, and no voice is
   * in conflict there; the stances of the voices that speak from there on
   * are filed anew as they stood then, and every statement from there on is
   * read again in order.
   */
  const deriveFrom = (ctx: RuleContext, position: PositionState, book: VoiceBook, history: ReadonlyArray<StanceEntry>, at: number): void => {
    const entry = history[at]!;
    const { issue, key } = position;
    let start = entry.validFrom;
    let from = at;
    const ledger = ctx.contradictions.byIssue.get(issue);
    const pairs = book.pairs;
    if (ledger !== undefined && pairs !== undefined) {
      // A record begun before it and still open, that no statement from there
      // on touched (each adds its own id), stands as it stood there.
      for (let moved = true; moved; ) {
        moved = false;
        from = firstAtOrAfter(history, start, at);
        let recent: Set<string> | undefined;
        for (const { id: base } of pairs.values()) {
          const n = begunBefore(ledger, base, start, false);
          if (n === 0) continue;
          const record = recordOf(ledger, base, n);
          if (record.until !== undefined && record.until < start) continue;
          if (record.until === undefined) {
            if (recent === undefined) {
              recent = new Set();
              for (let i = from; i < history.length; i++) recent.add(history[i]!.id);
            }
            const untouched = recent;
            if (!record.statements.some((id) => untouched.has(id))) continue;
          }
          start = record.since;
          moved = true;
        }
      }
    } else from = firstAtOrAfter(history, start, at);
    book.conflicts = undefined;
    if (ledger !== undefined && pairs !== undefined) {
      for (const { voices: [a, b], key: pairKey, id: base } of pairs.values()) {
        const kept = begunBefore(ledger, base, start, false);
        if (kept < (ledger.status.get(base)?.opened ?? 0)) ctx.rewind(spec.type, issue, pairKey, kept);
        if (kept > 0 && recordOf(ledger, base, kept).until === undefined) {
          link(book, a, b);
          link(book, b, a);
        }
      }
    }
    const speaking = new Set(book.stale);
    for (let i = from; i < history.length; i++) {
      const voice = spec.voiceOf(history[i]!);
      if (voice !== undefined) speaking.add(voice);
    }
    refileVoices(book, history, from, speaking);
    book.pending = 0;
    book.stale = undefined;
    for (let i = from; i < history.length; i++) {
      const e = history[i]!;
      const voice = spec.voiceOf(e);
      if (voice !== undefined) step(ctx, e, voice, position, book, history, i);
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
      stale: undefined,
      pairs: undefined,
    }),
    onStatement: (ctx, _state, entry, position, book) => {
      const voice = spec.voiceOf(entry);
      if (voice === undefined) return;
      const history = position.history;
      const end = history.length - 1;
      if (sameEntry(history[end]!, entry)) return step(ctx, entry, voice, position, book, history, end);
      // Read late, older than the latest statement (rare: an archive read
      // backwards, a late article): found as reading in the order of valid
      // times finds it. Most such statements can open and resolve nothing,
      // and only change what their voice's stances are.
      raiseNewest(book, effectivePolarity(entry), entry.validFrom, voice);
      // What waits is the tail of the history without it: filed now, before it joins `voices` in its place.
      if (book.pending > 0) catchUp(book, history, history.length, entry);
      const at = historyIndexOf(history, entry);
      if (at >= 0 && mayMatter(ctx, history, at, voice, position, book)) deriveFrom(ctx, position, book, history, at);
      else (book.stale ??= new Set()).add(voice);
    },
  };
}

/** The index of the first statement of the history (up to `end`) stated at or after `time`, by bisection. */
function firstAtOrAfter(history: ReadonlyArray<StanceEntry>, time: number, end: number): number {
  let lo = 0;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (history[mid]!.validFrom < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether no voice but `voice` was ever heard on the position (the bounds name the latest voice of each polarity, and bound the others). */
function alone(book: VoiceBook, voice: string): boolean {
  return (
    (book.newestPlusBy === undefined || book.newestPlusBy === voice) &&
    book.newestPlusByOthers === NEVER &&
    (book.newestMinusBy === undefined || book.newestMinusBy === voice) &&
    book.newestMinusByOthers === NEVER &&
    (book.newestZeroBy === undefined || book.newestZeroBy === voice) &&
    book.newestZeroByOthers === NEVER
  );
}
