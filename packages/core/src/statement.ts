/**
 * Statements: the core event. One actor's stated position on one issue.
 *
 * "A ceasefire must precede any talks", said by Ukraine, is a statement with
 * `holder: 'ukraine'`, `issue: 'peace-talks'`, `kind: 'condition'`,
 * `polarity: '+'` and the condition `{ issue: 'ceasefire', polarity: '+' }`.
 * When the speaker speaks for another actor than the holder ("Merz said
 * Ukraine is open to..."), the statement is a third-party report.
 *
 * @since 0.1.0
 */
import * as t from 'io-ts';
import { refine } from './refine.js';
import { ActorId, IssueId } from './ids.js';
import { StatedAt, Timestamp } from './time.js';
import type { DecodeIssue } from './decode-error.js';

// The model types are written out rather than `t.TypeOf<typeof Codec>`, so that
// signatures, hovers and the API reference name them instead of spelling out
// their fields; packages/core/test/model-types.check.ts keeps each equal to
// what its codec decodes to.

/**
 * What the holder does with the issue's proposition.
 *
 * - `demand`, `condition`, `red-line`: firm stances that others must meet;
 * - `propose`, `accept`, `agree`, `support`, `commit`: softer positive acts;
 * - `reject`, `threat`: opposition or pressure;
 * - `hedge`: non-committal; `retract`: withdraws the holder's earlier stance.
 *
 * @example
 * import { StatementKind, decodeIssues } from '@stancelog/core'
 * assert.ok(StatementKind.is('red-line'))
 * const r = StatementKind.decode('redline')
 * assert.ok(r._tag === 'Left' && decodeIssues(r.left)[0]?.expected.startsWith('one of "demand", "propose"'))
 * @category codecs
 * @since 0.1.0
 */
export const StatementKind = t.keyof(
  {
    demand: null,
    propose: null,
    accept: null,
    agree: null,
    reject: null,
    'red-line': null,
    condition: null,
    threat: null,
    commit: null,
    retract: null,
    hedge: null,
    support: null,
  },
  'StatementKind',
);
/** @category model @since 0.1.0 */
export type StatementKind = t.TypeOf<typeof StatementKind>;

/**
 * The kinds that others must meet: an opposite stance against one of these
 * is an incompatibility, not a mere disagreement.
 *
 * @example
 * import { FIRM_KINDS } from '@stancelog/core'
 * assert.ok(FIRM_KINDS.has('red-line'))
 * @category model
 * @since 0.1.0
 */
export const FIRM_KINDS: ReadonlySet<StatementKind> = new Set<StatementKind>(['demand', 'condition', 'red-line']);

/**
 * `+` wants or accepts the proposition, `-` rejects it, `0` is non-committal.
 * @example
 * import { Polarity } from '@stancelog/core'
 * assert.ok(Polarity.is('0')) // non-committal: the string "0"...
 * assert.ok(!Polarity.is(0)) // ...not the number
 * @category codecs
 * @since 0.1.0
 */
export const Polarity = t.keyof({ '+': null, '-': null, '0': null }, 'Polarity');
/** @category model @since 0.1.0 */
export type Polarity = t.TypeOf<typeof Polarity>;

/**
 * An issue that must hold (with the given polarity) before the holder's
 * stance applies: "a ceasefire must precede talks" has the condition
 * `{ issue: 'ceasefire', polarity: '+' }`.
 * @example
 * import { Condition } from '@stancelog/core'
 * // "A ceasefire must precede any talks": decoding keeps only the known fields.
 * const r = Condition.decode({ issue: 'ceasefire', polarity: '+', note: 'first' })
 * assert.deepStrictEqual(r, { _tag: 'Right', right: { issue: 'ceasefire', polarity: '+' } })
 * @category codecs
 * @since 0.1.0
 */
export const Condition = t.exact(t.type({ issue: IssueId, polarity: Polarity }), 'Condition');
/** @category model @since 0.1.0 */
export type Condition = {
  /** The issue that must be settled first, by id (`ceasefire`); not the statement's own. */
  issue: IssueId;
  /** How it must be settled: `'+'` its proposition holds ("a ceasefire first"), `'-'` it does not ("no reform, then we sign"). */
  polarity: Polarity;
};

/**
 * Who said it: a name and, when known, the actor they spoke for. Without
 * `actor` the statement is not a third party's report, but it is not
 * known to come from the holder's own side either: it counts as the
 * publisher's account (attribution `publisher:NAME`), so it never takes part
 * in a `self-contradiction`, which needs speakers known to speak for the
 * holder.
 * @example
 * import { Speaker } from '@stancelog/core'
 * assert.ok(Speaker.is({ name: 'Dmitry Peskov' })) // whom he spoke for left open
 * assert.ok(Speaker.is({ name: 'Friedrich Merz', actor: 'germany' }))
 * assert.ok(!Speaker.is({ name: 'Friedrich Merz', actor: 'Germany' })) // `actor` is an id, not a name
 * @category codecs
 * @since 0.1.0
 */
export const Speaker = t.exact(
  t.intersection([t.type({ name: t.string }), t.partial({ actor: ActorId })]),
  'Speaker',
);
/** @category model @since 0.1.0 */
export type Speaker = {
  /** The speaker's name as the source gives it (`'Dmitry Peskov'`); names that differ only in case or white space are one speaker. */
  name: string;
  /**
   * The id of the actor they spoke for (`'germany'`), when known. Another
   * actor than the holder makes the statement a third-party report ("Merz
   * said Ukraine will not recognise the occupation": holder `ukraine`,
   * speaker Merz for `germany`); the holder's id makes it the holder's own
   * word. Left out, it is the publisher's account, which counts as the
   * holder's own word (but takes no part in a `self-contradiction`).
   */
  actor?: ActorId | undefined;
};

/**
 * A number from 0 to 1.
 * @example
 * import { Confidence } from '@stancelog/core'
 * assert.ok(Confidence.is(0.8))
 * assert.ok(!Confidence.is(80)) // a share, not a percentage
 * @category codecs
 * @since 0.1.0
 */
export const Confidence = refine(t.number, (n) => n >= 0 && n <= 1, 'Confidence', 'a confidence from 0 to 1');
/** @category model @since 0.1.0 */
export type Confidence = t.TypeOf<typeof Confidence>;

/**
 * Character offsets `[start, end)` of the quote in the source text.
 * @example
 * import { Offsets } from '@stancelog/core'
 * const text = 'Kyiv wants an immediate, full ceasefire'
 * const quote: Offsets = [30, 39]
 * assert.ok(Offsets.is(quote) && text.slice(quote[0], quote[1]) === 'ceasefire')
 * assert.ok(!Offsets.is([39, 30])) // the end comes after the start
 * assert.ok(!Offsets.is([30, 39, 40])) // two numbers, no more
 * @category codecs
 * @since 0.1.0
 */
export const Offsets = refine(
  // An array checked for its two items, not io-ts's tuple, which drops the items past its own silently ([1, 2, "junk"] read as [1, 2]).
  t.array(t.number),
  (o) => o.length === 2 && Number.isInteger(o[0]) && Number.isInteger(o[1]) && o[0]! >= 0 && o[0]! <= o[1]!,
  'Offsets',
  'offsets [start, end]: whole numbers, 0 <= start <= end',
  (o) => (o.length === 2 ? undefined : `offsets [start, end] hold two numbers, not ${o.length}`),
) as unknown as t.Type<[number, number], [number, number], unknown>;
/** @category model @since 0.1.0 */
export type Offsets = t.TypeOf<typeof Offsets>;

/**
 * Where the statement was read: the quote (required) and, when known, the
 * publisher, address, title, publication date and the quote's offsets.
 * @example
 * import { Source, decodeIssues, formatIssues } from '@stancelog/core'
 * assert.ok(Source.is({ quote: 'a ceasefire must come first', publisher: 'Reuters', publishedAt: '2025-04-24' }))
 * const r = Source.decode({ publisher: 'Reuters' })
 * assert.ok(r._tag === 'Left' && formatIssues(decodeIssues(r.left)) === 'quote: required: a string')
 * @category codecs
 * @since 0.1.0
 */
export const Source = t.exact(
  t.intersection([
    t.type({ quote: t.string }),
    t.partial({ publisher: t.string, url: t.string, title: t.string, publishedAt: StatedAt, offsets: Offsets }),
  ]),
  'Source',
);
/** @category model @since 0.1.0 */
export type Source = {
  /** The words the statement rests on, as the source has them (required): a web page's text, entities and markup and all, at `offsets`; `readableQuote` shows it to a reader. */
  quote: string;
  /** Who published it (`'Reuters'`): a statement whose speaker names no actor is its account. */
  publisher?: string | undefined;
  /** The address it was read at. */
  url?: string | undefined;
  /** The title of the article or document. */
  title?: string | undefined;
  /** When it was published, in the forms `statedAt` takes (`2025-05-16`, `2025-W33`, `2025-05`, a timestamp with its zone): a string, not a `Date`. */
  publishedAt?: StatedAt | undefined;
  /** Character offsets `[start, end)` of `quote` in the source's text. */
  offsets?: Offsets | undefined;
};

/**
 * What a corrected statement replaces (a statement's `corrects`): the
 * statement withdrawn for it (`event`, its id), and the place in the log's
 * order it takes (`position`): the log position of that statement, or,
 * when that one was itself a correction, the place it took. Of the words
 * of its holder on its issue stated at one time, which count in log order,
 * the correction counts where the statement it replaces did, not after the
 * words the log learnt since. `stancelog correct` writes it.
 *
 * @example
 * import { Corrects, decodeIssues, formatIssues } from '@stancelog/core'
 * assert.ok(Corrects.is({ event: '3f2a9c1b0d4e5f60718293a4b5c6d7e8', position: 2 }))
 * const r = Corrects.decode({ event: '3f2a9c1b0d4e5f60718293a4b5c6d7e8', position: 0 })
 * assert.ok(r._tag === 'Left' && formatIssues(decodeIssues(r.left)).startsWith('position: '))
 * @category codecs
 * @since 0.1.0
 */
export const Corrects = t.exact(
  t.type({
    event: refine(t.string, (s) => /^[0-9a-f]{32}$/.test(s), 'EventRef', 'an event id (32 lowercase hex digits, as "stancelog log --json" prints it)'),
    position: refine(t.number, (n) => Number.isSafeInteger(n) && n >= 1, 'LogPosition', 'a log position (a whole number from 1, the # of stancelog log)'),
  }),
  'Corrects',
);
/** @category model @since 0.1.0 */
export type Corrects = {
  /** The id of the statement it replaces (withdrawn in the same append). */
  event: string;
  /** The place in the log's order it takes: that statement's log position, or the place that statement took when it was a correction. */
  position: number;
};

/**
 * A statement as stored: everything but the time it was recorded, which is
 * the envelope's (so the same statement appended twice has one id).
 * `statedAt` is absent when the date is unknown. Decoding drops fields it
 * does not know, as io-ts's exact codecs do; appending refuses them (see
 * `prepareBatch`), so that a misspelt `stated_at` is not lost without a word.
 *
 * @example
 * import { Statement } from '@stancelog/core'
 * import { isRight } from 'fp-ts/lib/Either.js'
 * const decoded = Statement.decode({
 *   holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-',
 *   conditions: [{ issue: 'territorial-concessions', polarity: '+' }],
 *   statedAt: '2025-07-20', source: { quote: 'territorial demands set as preconditions for a ceasefire' },
 * })
 * assert.ok(isRight(decoded))
 * @category codecs
 * @since 0.1.0
 */
export const Statement = t.exact(
  t.intersection([
    t.type({ holder: ActorId, issue: IssueId, kind: StatementKind, polarity: Polarity, source: Source }),
    t.partial({
      speaker: Speaker,
      conditions: t.readonlyArray(Condition),
      statedAt: StatedAt,
      confidence: Confidence,
      corrects: Corrects,
    }),
  ]),
  'Statement',
);
/** @category model @since 0.1.0 */
export type Statement = {
  /** Whose position it is, by actor id (`'ukraine'`), whoever said it: see `speaker` for a third party's report. */
  holder: ActorId;
  /** The issue, by id (`'ceasefire'`): a `+` stance wants its proposition. */
  issue: IssueId;
  /**
   * What the holder does: `demand`, `condition`, `red-line` (firm: others
   * must meet them), `propose`, `accept`, `agree`, `support`, `commit`,
   * `reject`, `threat`, `hedge`, `retract`.
   */
  kind: StatementKind;
  /** `'+'` wants the issue's proposition, `'-'` rejects it, `'0'` is non-committal (the string `'0'`, not the number). */
  polarity: Polarity;
  /** Where it was read: `quote` (required), and when known `publisher`, `url`, `title`, `publishedAt`, `offsets`. */
  source: Source;
  /**
   * Who said it: `name`, and the `actor` they spoke for. When that actor
   * is not the holder, the statement is a third-party report; with no
   * speaker, or one with no `actor`, it is the publisher's account, which
   * counts as the holder's own word.
   */
  speaker?: Speaker | undefined;
  /**
   * Issues (each with a polarity) that must hold before the stance applies:
   * "a ceasefire must come before talks" is `kind: 'condition'` on
   * `peace-talks` with `[{ issue: 'ceasefire', polarity: '+' }]`. Not the
   * statement's own issue, nor one issue both ways (an append refuses both).
   */
  conditions?: ReadonlyArray<Condition> | undefined;
  /**
   * When it was said (valid time), as precise as known: a day
   * `'2025-05-16'`, an ISO week `'2025-W33'`, a month `'2025-05'`, or an
   * ISO timestamp with its zone `'2025-05-16T09:30:00Z'`. A string, not a
   * `Date` (`date.toISOString()`). Left out when unknown: the recorded time
   * stands in.
   */
  statedAt?: StatedAt | undefined;
  /** How sure the reading is, from 0 to 1 (a share, not a percentage): `stancelog ingest` sets it, `--min-confidence` filters on it. */
  confidence?: Confidence | undefined;
  /**
   * For a corrected statement, the statement it replaces and the place it
   * takes in the log's order (see {@link Corrects}): appended with the
   * withdrawal of that statement, it counts where that one counted among
   * the words of its time.
   */
  corrects?: Corrects | undefined;
};

/**
 * A statement as users write it (one JSON object per line of a `.jsonl`
 * file): a {@link Statement} with an optional `recordedAt`, which defaults
 * to the time of appending. `statementMade` puts the `recordedAt` on the
 * event, beside the statement, where stores take it.
 *
 * @example
 * import { StatementInput } from '@stancelog/core'
 * assert.ok(StatementInput.is({
 *   holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+',
 *   statedAt: '2025-04-23', recordedAt: '2025-04-24T08:00:00Z',
 *   source: { quote: 'Kyiv wants an immediate, full ceasefire' },
 * }))
 * @category codecs
 * @since 0.1.0
 */
export const StatementInput = t.intersection([Statement, t.partial({ recordedAt: Timestamp })], 'StatementInput');
/** @category model @since 0.1.0 */
export type StatementInput = Statement & {
  /**
   * When the log learnt of it (recorded time): an ISO timestamp with its
   * zone (`'2025-04-24T08:00:00Z'`) or a day. Default: the time of
   * appending. It goes on the event, not in the statement.
   */
  recordedAt?: Timestamp | undefined;
};

/**
 * What is wrong with a statement's conditions that its codec does not see: a
 * condition on the statement's own issue ("peace talks, if peace talks"
 * orders nothing), and an issue named twice with different polarities (both
 * cannot hold). The paths start at `path` (`data` for an event's). Appending
 * refuses such a statement (see `prepareBatch`); the codecs take it, so that
 * a log written before stays readable.
 *
 * @example
 * import { conditionIssues } from '@stancelog/core'
 * import type { Statement } from '@stancelog/core'
 * const talks: Statement = { holder: 'ukraine', issue: 'peace-talks', kind: 'condition', polarity: '+', conditions: [{ issue: 'peace-talks', polarity: '+' }], source: { quote: 'talks only if talks' } }
 * assert.deepStrictEqual(conditionIssues(talks).map((i) => i.message), ['conditions[0].issue: a statement cannot be conditioned on its own issue (peace-talks)'])
 * const both: Statement = { ...talks, conditions: [{ issue: 'ceasefire', polarity: '+' }, { issue: 'ceasefire', polarity: '-' }] }
 * assert.deepStrictEqual(conditionIssues(both, 'data').map((i) => i.message), ['data.conditions[1].polarity: ceasefire is already a condition with polarity "+" (conditions[0]): it cannot also be one with "-"'])
 * @category model
 * @since 0.1.0
 */
export function conditionIssues(statement: Statement, path = ''): DecodeIssue[] {
  const issues: DecodeIssue[] = [];
  // Every statement appended is checked: most have no conditions, or one.
  if (statement.conditions === undefined || (statement.conditions.length === 1 && statement.conditions[0]!.issue !== statement.issue)) return issues;
  const at = (i: number, field: string): string => `${path === '' ? '' : `${path}.`}conditions[${i}].${field}`;
  const first = new Map<string, number>();
  const conditions = statement.conditions ?? [];
  conditions.forEach((c, i) => {
    if (c.issue === statement.issue) {
      const where = at(i, 'issue');
      issues.push({ path: where, expected: `an issue other than the statement's own (${statement.issue})`, actual: JSON.stringify(c.issue), message: `${where}: a statement cannot be conditioned on its own issue (${c.issue})` });
      return;
    }
    const before = first.get(c.issue);
    if (before === undefined) {
      first.set(c.issue, i);
      return;
    }
    const earlier = conditions[before]!.polarity;
    if (earlier === c.polarity) return; // said twice: the same condition
    const where = at(i, 'polarity');
    issues.push({
      path: where,
      expected: `${JSON.stringify(earlier)}, as conditions[${before}] has it`,
      actual: JSON.stringify(c.polarity),
      message: `${where}: ${c.issue} is already a condition with polarity ${JSON.stringify(earlier)} (conditions[${before}]): it cannot also be one with ${JSON.stringify(c.polarity)}`,
    });
  });
  return issues;
}

/**
 * Whether the statement is the holder's own (the speaker speaks for the
 * holder, or no speaker is named) rather than a third party's report.
 *
 * @example
 * import { isFirstHand, Statement } from '@stancelog/core'
 * const s = { holder: 'ukraine', speaker: { name: 'Friedrich Merz', actor: 'germany' } } as unknown as Statement
 * assert.strictEqual(isFirstHand(s), false)
 * @category model
 * @since 0.1.0
 */
export function isFirstHand(statement: Statement): boolean {
  const actor = statement.speaker?.actor;
  return actor === undefined || actor === statement.holder;
}
