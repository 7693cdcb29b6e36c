import { analysis, contradictionList, isWithdrawal, replay, step, validMinute, withoutWithdrawn } from '@stancelog/core';
import type { ContradictionRule, ContradictionView, NewEvent } from '@stancelog/core';
import fc from 'fast-check';
import { issue, statement, stored, withdrawal } from '@stancelog/testing';

// Small logs of a few holders on a few issues, and the orders they are read
// in: what the order-independence properties of the contradiction rules are
// checked on. A rule's contradictions depend on what was said and when, not
// on the order the log learnt it: a log read in any order finds what reading
// its statements in the order of their valid times finds (ties by log
// position, as positions weigh them).

/** A statement of the generated logs. */
export type Said = ReturnType<typeof statement>;

/** An event of the generated logs: a statement, an issue's definition, a withdrawal. */
export type Logged = Said | NewEvent;

/** The contradictions one rule finds in a log read in its order (without what it withdraws, as `project` reads it). */
export function found(rule: ContradictionRule<any, any>, log: ReadonlyArray<Logged>): ContradictionView[] {
  return contradictionList(replay(analysis({ rules: [rule] }), withoutWithdrawn(stored(log))), { type: rule.type });
}

/**
 * What one rule finds in a log read one event at a time, each a batch of its own (`step`), as `follow` reads it: a
 * withdrawal, which a fold cannot undo, projects the log again.
 */
export function foundLive(rule: ContradictionRule<any, any>, log: ReadonlyArray<Logged>): ContradictionView[] {
  const a = analysis({ rules: [rule] });
  const events = stored(log);
  const state = events.reduce((s, e, i) => (isWithdrawal(e) ? replay(a, withoutWithdrawn(events.slice(0, i + 1))) : step(a)(s, e)), a.initial());
  return contradictionList(state, { type: rule.type });
}

/**
 * The same statements in the order of their valid times; a stable sort keeps the order of the log between statements of
 * one minute. Registry events come first, withdrawals last (each after what it withdraws), both in the log's order.
 */
export function inValidTimeOrder<E extends Logged>(log: ReadonlyArray<E>): E[] {
  const validTime = (e: Said) => validMinute(e.data.statedAt ?? e.recordedAt!);
  const said = log.filter((e): e is E & Said => e.type === 'statement-made');
  return [
    ...log.filter((e) => e.type !== 'statement-made' && e.type !== 'event-withdrawn'),
    ...said.sort((a, b) => validTime(a) - validTime(b)),
    ...log.filter((e) => e.type === 'event-withdrawn'),
  ];
}

/** One statement to generate: who, on what, which way, when, through whom. */
export type Word = {
  holder: string;
  issue: string;
  own: boolean;
  polarity: '+' | '-' | '0';
  retract: boolean;
  day: number;
  hour: number | undefined;
  dated: boolean;
  /** Which of the holder's own speakers says it (own words), or which third party reports it. */
  voice: number;
  /** Whether it makes its stance conditional on the other issue. */
  conditional: boolean;
  /** Whether its condition names the issue above both (`peace-talks`) rather than the other one; see `corrected`. */
  onParent?: boolean | undefined;
  /** Whether a conditional word is a threat (its condition what sets it off, no precondition) rather than a condition. */
  threat?: boolean | undefined;
  /** Whether an own word is an outlet's account with no speaker (the outlet named by `voice`) rather than a speaker's. */
  outlet?: boolean | undefined;
  /** The outlet (by index) that prints an own speaker's word, when not the default publisher: two outlets may print opposite own words. */
  quotedIn?: number | undefined;
};

/**
 * What the words may be, for the rule at hand: the kinds of each polarity,
 * how many own speakers and third parties a holder has, and whether stances
 * may carry a condition on the other issue (a precondition cycle needs them).
 */
export interface WordOptions {
  readonly kinds?: { readonly '+': ReadonlyArray<string>; readonly '-': ReadonlyArray<string>; readonly '0': ReadonlyArray<string> };
  readonly voices?: number;
  readonly conditions?: boolean;
  /** Whether conditions may name `peace-talks`, the issue above both of the logs' issues in some of the hierarchies `corrected` defines. */
  readonly hierarchy?: boolean;
  /** Whether a conditional word may be a threat, whose condition is no precondition (with `conditions`). */
  readonly threats?: boolean;
  /** Whether the holder's own words may come through outlets with no speaker (each outlet a voice of `conflicting-reports`). */
  readonly outlets?: boolean;
  /** Whether the holder's speakers may be quoted by several outlets (each outlet's account of the holder's words a voice of `conflicting-reports`). */
  readonly quotedIn?: boolean;
}

const softKinds = { '+': ['accept', 'agree', 'support'], '-': ['reject', 'red-line'], '0': ['hedge'] } as const;

/** Kinds that make a stance firm among soft ones: what `incompatible` weighs. */
export const firmKinds = { '+': ['accept', 'demand', 'support', 'condition'], '-': ['reject', 'red-line'], '0': ['hedge'] } as const;

// A third only where `voices` asks for three: a third own speaker settles the conflicts of the other two for
// `self-contradiction` (the logs of two voices draw the same words as before).
const speakers = [
  { own: { name: 'Spokesperson' }, other: { name: 'Envoy', actor: 'mediator' } },
  { own: { name: 'Minister' }, other: { name: 'Observer', actor: 'monitor' } },
  { own: { name: 'Ambassador' }, other: { name: 'Analyst', actor: 'think-tank' } },
];

const issues = ['ceasefire', 'prisoner-exchange'];

/** The outlets that print the holder's own words with no speaker, by `voice`. */
const outlets = ['Nordpost', 'Courier', 'Herald'];

function said(word: Word, index: number, options: WordOptions): Said {
  const kinds = options.kinds ?? softKinds;
  const day = `2025-05-${String(word.day).padStart(2, '0')}`;
  const at = word.hour === undefined ? day : `${day}T${String(word.hour).padStart(2, '0')}:00:00Z`;
  const conditional = word.conditional && !word.retract && word.polarity !== '0';
  const kind = word.retract ? 'retract' : conditional ? (word.threat === true ? 'threat' : 'condition') : kinds[word.polarity][index % kinds[word.polarity].length]!;
  const voice = speakers[word.voice]!;
  return statement({
    holder: word.holder,
    issue: word.issue,
    kind: kind as Said['data']['kind'],
    polarity: word.polarity,
    // Undated: it counts from when it was recorded.
    statedAt: word.dated ? at : null,
    recordedAt: `${day}T${String(word.hour ?? 12).padStart(2, '0')}:30:00Z`,
    ...(word.own && word.outlet === true ? { publisher: outlets[word.voice]! } : { speaker: word.own ? { ...voice.own, actor: word.holder } : voice.other }),
    ...(word.own && word.outlet !== true && word.quotedIn !== undefined ? { publisher: outlets[word.quotedIn]! } : {}),
    ...(conditional ? { conditions: [{ issue: word.onParent === true ? 'peace-talks' : issues.find((i) => i !== word.issue)!, polarity: '+' as const }] } : {}),
    // One quote per statement: two alike would be one event.
    quote: `statement ${index}`,
  });
}

/** Words of the small logs. */
export function words(options: WordOptions = {}): fc.Arbitrary<Word> {
  return fc.record({
    holder: fc.constantFrom('russia', 'ukraine'),
    issue: fc.constantFrom(...issues),
    own: fc.constantFrom(true, true, true, false),
    polarity: fc.constantFrom('+', '-', '+', '-', '0'),
    retract: fc.constantFrom(false, false, false, false, true),
    day: fc.integer({ min: 1, max: 5 }),
    hour: fc.option(fc.constantFrom(8, 12, 17), { nil: undefined }),
    dated: fc.constantFrom(true, true, true, true, false),
    voice: (options.voices ?? 1) > 1 ? fc.integer({ min: 0, max: Math.min(options.voices!, speakers.length) - 1 }) : fc.constant(0),
    conditional: options.conditions === true ? fc.constantFrom(false, true) : fc.constant(false),
    onParent: options.hierarchy === true && options.conditions === true ? fc.constantFrom(false, false, true) : fc.constant(undefined),
    // Only where asked: a key more would draw other words for the logs of every other property.
    ...(options.threats === true && options.conditions === true ? { threat: fc.boolean() } : {}),
    ...(options.outlets === true ? { outlet: fc.boolean() } : {}),
    ...(options.quotedIn === true ? { quotedIn: fc.option(fc.integer({ min: 0, max: outlets.length - 1 }), { nil: undefined }) } : {}),
  });
}

/** Makes statements of words, in the order given. */
export function logOf(list: ReadonlyArray<Word>, options: WordOptions = {}): Said[] {
  return list.map((w, i) => said(w, i, options));
}

/** A log and the order it is read in (up to 14 statements, of one or two holders on one or two issues). */
export function logs(options: WordOptions = {}): fc.Arbitrary<[Said[], Said[]]> {
  return fc
    .tuple(fc.array(words(options), { minLength: 1, maxLength: 14 }), fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 }))
    .map(([list, holders, issueCount]) =>
      logOf(
        list.map((w) => ({ ...w, holder: holders === 1 ? 'russia' : w.holder, issue: issueCount === 1 ? 'ceasefire' : w.issue })),
        options,
      ),
    )
    .chain((log) => fc.tuple(fc.constant(log), fc.shuffledSubarray(log, { minLength: log.length, maxLength: log.length })));
}

/** Long histories of one holder on one issue, mostly its own words (past 32 words: where a rule derives anew up to a bound). */
export function longLogs(options: WordOptions = {}): fc.Arbitrary<[Said[], Said[]]> {
  return fc
    .array(
      words(options).map((w) => ({ ...w, holder: 'russia', issue: 'ceasefire', own: w.own || w.day % 2 === 0 })),
      { minLength: 34, maxLength: 70 },
    )
    .map((list) => logOf(list.map((w, i) => ({ ...w, day: 1 + ((i * 7 + w.day) % 9) })), options))
    .chain((log) => fc.tuple(fc.constant(log), fc.shuffledSubarray(log, { minLength: log.length, maxLength: log.length })));
}

/**
 * Archives of three holders on one issue over a month (20 to 60 statements), whose stances mostly hold (most words restate
 * the holder's last polarity), read newest first with a few pairs of statements swapped: a statement read late there changes
 * its holder's stances only up to its next words, where derivations that stop where two readings meet again stop.
 */
export function archives(options: WordOptions = {}): fc.Arbitrary<Said[]> {
  const holders = ['russia', 'ukraine', 'belarus'];
  return fc
    .tuple(fc.array(words(options), { minLength: 20, maxLength: 60 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }))
    .map(([list, swaps]) => {
      const last = new Map<string, Word['polarity']>();
      const log = logOf(
        list.map((w, i) => {
          const holder = holders[(i * 7 + w.day) % 3]!;
          const held = last.get(holder);
          const polarity = held !== undefined && w.day !== 5 ? held : w.polarity;
          last.set(holder, polarity);
          return { ...w, holder, issue: 'ceasefire', polarity, day: 1 + Math.floor((i * 28) / list.length) };
        }),
        options,
      );
      const read = log.reverse();
      for (const [x, y] of swaps) [read[x % read.length], read[y % read.length]] = [read[y % read.length]!, read[x % read.length]!];
      return read;
    });
}

/**
 * Logs read in the order of valid times but for a few late articles: up to
 * five of their statements come last. Two holders on the two issues, their
 * stances often conditional on the other issue, over ten days: cycles open
 * and close, and most statements restate a stance, as late articles mostly
 * do. A rule may fold such a statement in without deriving its records anew
 * (the circular-precondition rule, when the statement changes no cycle).
 */
export function lateArticles(options: WordOptions = {}): fc.Arbitrary<Said[]> {
  return fc
    .tuple(fc.array(words(options), { minLength: 8, maxLength: 40 }), fc.uniqueArray(fc.nat(), { maxLength: 5 }))
    .map(([list, late]) => {
      // A stance mostly holds (a word of day 5 may change it), and often carries its condition.
      const held = new Map<string, Word['polarity']>();
      const words = list.map((w, i) => {
        const key = `${w.holder}|${w.issue}`;
        const polarity = held.get(key) !== undefined && w.day !== 5 ? held.get(key)! : w.polarity;
        held.set(key, polarity);
        return { ...w, polarity, conditional: options.conditions === true && (w.conditional || w.hour !== 17), day: 1 + ((i * 3 + w.day) % 10) };
      });
      const log = inValidTimeOrder(logOf(words, options));
      const moved = new Set(late.map((k) => k % log.length));
      return [...log.filter((_, k) => !moved.has(k)), ...log.filter((_, k) => moved.has(k))];
    });
}

/**
 * The issue hierarchies of corrected logs, defined before the statements
 * (read as they come, a hierarchy changed between statements changes what
 * the rules read them with; reading in any order is claimed for a
 * hierarchy that stands): none, both issues within `peace-talks`, or one
 * within the other.
 */
const hierarchies: ReadonlyArray<ReadonlyArray<NewEvent>> = [
  [],
  [issue('peace-talks'), issue('ceasefire', { parent: 'peace-talks' }), issue('prisoner-exchange', { parent: 'peace-talks' })],
  [issue('prisoner-exchange', { parent: 'ceasefire' })],
  [issue('ceasefire', { parent: 'prisoner-exchange' }), issue('prisoner-exchange', { parent: 'peace-talks' })],
];

/**
 * A log read in some order, corrected: an issue hierarchy defined first
 * (with `hierarchy`), and up to three withdrawals, each somewhere after the
 * event it withdraws (a statement, or now and then a withdrawal, which
 * restores what it withdrew). What the log withdraws is as if never said,
 * so a rule finds in it what reading the rest in the order of valid times
 * finds ({@link inValidTimeOrder} keeps each withdrawal after its event).
 */
export function corrected(read: fc.Arbitrary<ReadonlyArray<Said>>, options: WordOptions = {}): fc.Arbitrary<Logged[]> {
  const pick = fc.record({ at: fc.nat({ max: 100 }), target: fc.nat({ max: 100 }) });
  return fc
    .tuple(read, options.hierarchy === true ? fc.nat({ max: hierarchies.length - 1 }) : fc.constant(0), fc.array(pick, { maxLength: 3 }))
    .map(([said, h, picks]) => {
      const log: Logged[] = [...said];
      for (const [n, { at, target }] of picks.entries()) {
        const place = 1 + (at % log.length);
        log.splice(place, 0, withdrawal(log[target % place]!, `correction ${n}`));
      }
      return [...hierarchies[h]!, ...log];
    });
}
