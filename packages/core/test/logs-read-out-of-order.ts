import { analysis, contradictionList, replay, validMinute } from '@stancelog/core';
import type { ContradictionRule, ContradictionView } from '@stancelog/core';
import fc from 'fast-check';
import { statement, stored } from '@stancelog/testing';

// Small logs of a few holders on a few issues, and the orders they are read
// in: what the order-independence properties of the contradiction rules are
// checked on. A rule's contradictions depend on what was said and when, not
// on the order the log learnt it: a log read in any order finds what reading
// its statements in the order of their valid times finds (ties by log
// position, as positions weigh them).

/** A statement of the generated logs. */
export type Said = ReturnType<typeof statement>;

/** The contradictions one rule finds in a log read in its order. */
export function found(rule: ContradictionRule<any, any>, log: ReadonlyArray<Said>): ContradictionView[] {
  return contradictionList(replay(analysis({ rules: [rule] }), stored(log)), { type: rule.type });
}

/** The same statements in the order of their valid times; a stable sort keeps the order of the log between statements of one minute. */
export function inValidTimeOrder(log: ReadonlyArray<Said>): Said[] {
  const validTime = (e: Said) => validMinute(e.data.statedAt ?? e.recordedAt!);
  return [...log].sort((a, b) => validTime(a) - validTime(b));
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
}

const softKinds = { '+': ['accept', 'agree', 'support'], '-': ['reject', 'red-line'], '0': ['hedge'] } as const;

/** Kinds that make a stance firm among soft ones: what `incompatible` weighs. */
export const firmKinds = { '+': ['accept', 'demand', 'support', 'condition'], '-': ['reject', 'red-line'], '0': ['hedge'] } as const;

const speakers = [
  { own: { name: 'Spokesperson' }, other: { name: 'Envoy', actor: 'mediator' } },
  { own: { name: 'Minister' }, other: { name: 'Observer', actor: 'monitor' } },
];

const issues = ['ceasefire', 'prisoner-exchange'];

function said(word: Word, index: number, options: WordOptions): Said {
  const kinds = options.kinds ?? softKinds;
  const day = `2025-05-${String(word.day).padStart(2, '0')}`;
  const at = word.hour === undefined ? day : `${day}T${String(word.hour).padStart(2, '0')}:00:00Z`;
  const conditional = word.conditional && !word.retract && word.polarity !== '0';
  const kind = word.retract ? 'retract' : conditional ? 'condition' : kinds[word.polarity][index % kinds[word.polarity].length]!;
  const voice = speakers[word.voice]!;
  return statement({
    holder: word.holder,
    issue: word.issue,
    kind: kind as Said['data']['kind'],
    polarity: word.polarity,
    // Undated: it counts from when it was recorded.
    statedAt: word.dated ? at : null,
    recordedAt: `${day}T${String(word.hour ?? 12).padStart(2, '0')}:30:00Z`,
    speaker: word.own ? { ...voice.own, actor: word.holder } : voice.other,
    ...(conditional ? { conditions: [{ issue: issues.find((i) => i !== word.issue)!, polarity: '+' as const }] } : {}),
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
