/**
 * Builders for the events of a test log, with defaults that keep tests
 * short: a statement needs only who, on what, what kind and which way.
 *
 * @since 0.1.0
 */
import type { ActorKind, Condition, NewEvent, Office, Polarity, Source, StatementKind, StatementMade } from '@stancelog/core';
import { eventId, nearNames } from '@stancelog/core';

// A test in JavaScript has no excess-property check: a misspelt field (`statedat`, `parnt`) was dropped, and the
// event built with the default in its place (stated on 2025-01-01, an issue with no parent) without a word.
function checkFields(caller: string, what: string, spec: unknown, fields: ReadonlyArray<string>): void {
  // What is no object is left to the event's own checks, which name it when the event is stored.
  if (typeof spec !== 'object' || spec === null) return;
  for (const key in spec) {
    if (fields.includes(key)) continue;
    const near = nearNames(key, fields);
    throw new RangeError(`${caller}: ${key}: not a field of ${what} (its fields are ${fields.join(', ')}${near.length > 0 ? `; did you mean ${near.join(' or ')}?` : ''})`);
  }
}

const STATEMENT_FIELDS: ReadonlyArray<keyof StatementSpec> = ['holder', 'issue', 'kind', 'polarity', 'statedAt', 'recordedAt', 'conditions', 'speaker', 'quote', 'publisher', 'url', 'confidence', 'source'];
const ACTOR_FIELDS: ReadonlyArray<keyof ActorSpec> = ['kind', 'name', 'aliases', 'offices', 'recordedAt'];
const ISSUE_FIELDS: ReadonlyArray<keyof IssueSpec> = ['parent', 'title', 'proposition', 'recordedAt'];

/**
 * The date a statement is stated on when a test gives none.
 *
 * @example
 * import { DEFAULT_STATED_AT, positionsOf, statement, stored } from '@stancelog/testing'
 * import { positions, replay } from '@stancelog/core'
 * const state = replay(positions(), stored([statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })]))
 * // Given no date, the statement holds from the default day.
 * assert.strictEqual(positionsOf(state)[0]?.since, DEFAULT_STATED_AT)
 * @category builders
 * @since 0.1.0
 */
export const DEFAULT_STATED_AT = '2025-01-01';

/**
 * The publisher of a statement when a test gives none.
 *
 * @example
 * import { DEFAULT_PUBLISHER, idOf, statement } from '@stancelog/testing'
 * const said = { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' } as const
 * // Naming the default publisher gives the very same statement (same id); another publisher, another report.
 * assert.strictEqual(idOf(statement({ ...said, publisher: DEFAULT_PUBLISHER })), idOf(statement(said)))
 * assert.notStrictEqual(idOf(statement({ ...said, publisher: 'TASS' })), idOf(statement(said)))
 * @category builders
 * @since 0.1.0
 */
export const DEFAULT_PUBLISHER = 'Test Wire';

/**
 * What {@link statement} takes: the four required fields and optional
 * details. `statedAt: null` makes an undated statement.
 *
 * @example
 * import { statement } from '@stancelog/testing'
 * import type { StatementSpec } from '@stancelog/testing'
 * const redLine: StatementSpec = { holder: 'ukraine', issue: 'territorial-concessions', kind: 'red-line', polarity: '-', speaker: { name: 'Volodymyr Zelensky', actor: 'ukraine' } }
 * // The same words from a source that gives no date.
 * assert.strictEqual(statement({ ...redLine, statedAt: null }).data.statedAt, undefined)
 * @category builders
 * @since 0.1.0
 */
export interface StatementSpec {
  readonly holder: string;
  readonly issue: string;
  readonly kind: StatementKind;
  readonly polarity: Polarity;
  /** Default {@link DEFAULT_STATED_AT}; `null` for an undated statement. */
  readonly statedAt?: string | null | undefined;
  /** When the log learnt it (default: when the test log stores it). */
  readonly recordedAt?: string | undefined;
  readonly conditions?: ReadonlyArray<Condition> | undefined;
  readonly speaker?: { readonly name: string; readonly actor?: string | undefined } | undefined;
  /** Default `holder kind polarity issue`, so statements differing in those differ in id. */
  readonly quote?: string | undefined;
  /** Default {@link DEFAULT_PUBLISHER}; `null` for a statement that names no publisher. */
  readonly publisher?: string | null | undefined;
  readonly url?: string | undefined;
  readonly confidence?: number | undefined;
  /**
   * The rest of the source, as core's `Statement` has it (`title`,
   * `publishedAt`, `offsets`; `quote`, `publisher` and `url` too, though the
   * fields of the same name above win over these).
   */
  readonly source?: Partial<Source> | undefined;
}

/**
 * A `statement-made` event, with the time it was recorded when a test set one.
 *
 * @example
 * import { statement, stored } from '@stancelog/testing'
 * import type { StatementEvent } from '@stancelog/testing'
 * // A helper of a test: the statement as learnt later than it was said.
 * const learntOn = (s: StatementEvent, recordedAt: string): StatementEvent => ({ ...s, recordedAt })
 * const [e] = stored([learntOn(statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-12' }), '2025-03-14T08:00:00Z')])
 * assert.strictEqual(e?.recordedAt, '2025-03-14T08:00:00Z')
 * @category builders
 * @since 0.1.0
 */
export type StatementEvent = StatementMade & { readonly recordedAt?: string | undefined };

/**
 * The quote {@link statement} uses when none is given.
 *
 * @example
 * import { defaultQuote } from '@stancelog/testing'
 * assert.strictEqual(defaultQuote({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' }), 'russia reject - ceasefire')
 * @category builders
 * @since 0.1.0
 */
export function defaultQuote(s: Pick<StatementSpec, 'holder' | 'issue' | 'kind' | 'polarity'>): string {
  return `${s.holder} ${s.kind} ${s.polarity} ${s.issue}`;
}

/**
 * A `statement-made` event with defaults: stated on {@link DEFAULT_STATED_AT},
 * published by {@link DEFAULT_PUBLISHER}, with a quote made of its fields.
 * A field that is none of {@link StatementSpec}'s (from JavaScript, where
 * nothing checks it) is refused with a `RangeError` naming it, rather
 * than dropped for its default.
 *
 * @example
 * import { statement } from '@stancelog/testing'
 * const e = statement({ holder: 'russia', issue: 'nato-membership', kind: 'demand', polarity: '-' })
 * assert.strictEqual(e.data.statedAt, '2025-01-01')
 * assert.strictEqual(e.data.source.publisher, 'Test Wire')
 * assert.throws(() => statement({ ...e.data, statedat: '2025-03-02' } as any), { name: 'RangeError', message: /^statement: statedat: not a field of a statement \(its fields are holder, .*; did you mean statedAt\?\)$/ })
 * @category builders
 * @since 0.1.0
 */
export function statement(spec: StatementSpec): StatementEvent {
  checkFields('statement', 'a statement', spec, STATEMENT_FIELDS);
  const statedAt = spec.statedAt === undefined ? DEFAULT_STATED_AT : spec.statedAt;
  const { quote, publisher, url, ...rest } = spec.source ?? {};
  const named = spec.publisher === undefined ? (publisher ?? DEFAULT_PUBLISHER) : spec.publisher;
  const at = spec.url ?? url;
  const source = {
    quote: spec.quote ?? quote ?? defaultQuote(spec),
    ...(named !== null ? { publisher: named } : {}),
    ...(at !== undefined ? { url: at } : {}),
    ...rest,
  };
  const data = {
    holder: spec.holder,
    issue: spec.issue,
    kind: spec.kind,
    polarity: spec.polarity,
    ...(statedAt !== null ? { statedAt } : {}),
    ...(spec.conditions !== undefined ? { conditions: spec.conditions.map((c) => ({ issue: c.issue, polarity: c.polarity })) } : {}),
    // An actor given as undefined is left out, as if not given (exactOptionalPropertyTypes users forward maybe-values).
    ...(spec.speaker !== undefined ? { speaker: spec.speaker.actor !== undefined ? { name: spec.speaker.name, actor: spec.speaker.actor } : { name: spec.speaker.name } } : {}),
    ...(spec.confidence !== undefined ? { confidence: spec.confidence } : {}),
    source,
  };
  return { type: 'statement-made', data, ...(spec.recordedAt !== undefined ? { recordedAt: spec.recordedAt } : {}) } as StatementEvent;
}

/**
 * What {@link actor} takes besides the id.
 *
 * @example
 * import { actor, stored } from '@stancelog/testing'
 * import type { ActorSpec } from '@stancelog/testing'
 * const president: ActorSpec = { name: 'Volodymyr Zelensky', offices: [{ actor: 'ukraine', title: 'President', from: '2019-05-20' }] }
 * // A person with an office: the registration is tagged with the actor the person speaks for too.
 * const [e] = stored([actor('volodymyr-zelensky', president)])
 * assert.deepStrictEqual(e?.tags, ['actor:volodymyr-zelensky', 'actor:ukraine'])
 * @category builders
 * @since 0.1.0
 */
export interface ActorSpec {
  readonly kind?: ActorKind | undefined;
  readonly name?: string | undefined;
  readonly aliases?: ReadonlyArray<string> | undefined;
  readonly offices?: ReadonlyArray<Office> | undefined;
  readonly recordedAt?: string | undefined;
}

// An id of no word ("_") is its own title: a blank name or title is refused when appended.
function titleOf(id: string): string {
  return id.split(/[-_.]/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ') || id;
}

/**
 * An `actor-registered` event: a state named after its id unless told
 * otherwise (a person with offices speaks for the actors of its offices).
 * A field that is none of {@link ActorSpec}'s is refused with a
 * `RangeError` naming it (a misspelt `alias` registered no alias).
 *
 * @example
 * import { actor } from '@stancelog/testing'
 * assert.deepStrictEqual(actor('united-states').data, { id: 'united-states', kind: 'state', name: 'United States' })
 * assert.throws(() => actor('united-states', { alias: ['Washington'] } as any), { name: 'RangeError', message: /^actor: alias: not a field of an actor \(.*; did you mean aliases\?\)$/ })
 * @category builders
 * @since 0.1.0
 */
export function actor(id: string, spec: ActorSpec = {}): NewEvent & { type: 'actor-registered' } {
  checkFields('actor', 'an actor', spec, ACTOR_FIELDS);
  const data = {
    id,
    kind: spec.kind ?? (spec.offices ? 'person' : 'state'),
    name: spec.name ?? titleOf(id),
    ...(spec.aliases ? { aliases: [...spec.aliases] } : {}),
    ...(spec.offices ? { offices: spec.offices.map((o) => ({ ...o })) } : {}),
  };
  return { type: 'actor-registered', data, ...(spec.recordedAt !== undefined ? { recordedAt: spec.recordedAt } : {}) } as NewEvent & { type: 'actor-registered' };
}

/**
 * What {@link issue} takes besides the id.
 *
 * @example
 * import { issue } from '@stancelog/testing'
 * import type { IssueSpec } from '@stancelog/testing'
 * const spec: IssueSpec = { proposition: 'Ukraine cedes the territory Russia occupies' }
 * // What is not given is made from the id.
 * assert.deepStrictEqual(issue('territorial-concessions', spec).data, { id: 'territorial-concessions', title: 'Territorial Concessions', proposition: 'Ukraine cedes the territory Russia occupies' })
 * @category builders
 * @since 0.1.0
 */
export interface IssueSpec {
  /** The issue this one is settled within. */
  readonly parent?: string | undefined;
  readonly title?: string | undefined;
  readonly proposition?: string | undefined;
  readonly recordedAt?: string | undefined;
}

/**
 * An `issue-defined` event, titled after its id unless told otherwise. A
 * field that is none of {@link IssueSpec}'s is refused with a `RangeError`
 * naming it (a misspelt `parnt` made an issue with no parent).
 *
 * @example
 * import { issue } from '@stancelog/testing'
 * assert.strictEqual(issue('territorial-concessions', { parent: 'peace-talks' }).data.parent, 'peace-talks')
 * assert.throws(() => issue('territorial-concessions', { parnt: 'peace-talks' } as any), { name: 'RangeError', message: 'issue: parnt: not a field of an issue (its fields are parent, title, proposition, recordedAt; did you mean parent?)' })
 * @category builders
 * @since 0.1.0
 */
export function issue(id: string, spec: IssueSpec = {}): NewEvent & { type: 'issue-defined' } {
  checkFields('issue', 'an issue', spec, ISSUE_FIELDS);
  const data = {
    id,
    title: spec.title ?? titleOf(id),
    proposition: spec.proposition ?? titleOf(id),
    ...(spec.parent !== undefined ? { parent: spec.parent } : {}),
  };
  return { type: 'issue-defined', data, ...(spec.recordedAt !== undefined ? { recordedAt: spec.recordedAt } : {}) } as NewEvent & { type: 'issue-defined' };
}

/**
 * An `alias-added` event.
 *
 * @example
 * import { alias } from '@stancelog/testing'
 * assert.deepStrictEqual(alias('ukraine', 'Kyiv').data, { actor: 'ukraine', alias: 'Kyiv' })
 * @category builders
 * @since 0.1.0
 */
export function alias(actorId: string, name: string): NewEvent & { type: 'alias-added' } {
  return { type: 'alias-added', data: { actor: actorId, alias: name } } as NewEvent & { type: 'alias-added' };
}

/**
 * An `event-withdrawn` event: withdraws `event` (a builder's event, or an
 * event id) for `reason`.
 *
 * @example
 * import { ReducerSpec, statement, withdrawal } from '@stancelog/testing'
 * import { analysis } from '@stancelog/core'
 * const misquoted = statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })
 * ReducerSpec.for(analysis())
 *   .given([statement({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+' }), misquoted])
 *   .when(withdrawal(misquoted, 'the outlet corrected its report'))
 *   .thenContradictions([])
 * @category builders
 * @since 0.1.0
 */
export function withdrawal(event: NewEvent | string, reason = 'withdrawn'): NewEvent & { type: 'event-withdrawn' } {
  return { type: 'event-withdrawn', data: { event: typeof event === 'string' ? event : eventId(event), reason } };
}

/**
 * The id a store gives an event (a hash of its type and data), to name
 * statements in expectations.
 *
 * @example
 * import { idOf, statement } from '@stancelog/testing'
 * const s = statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })
 * assert.strictEqual(idOf(s), idOf({ ...s, recordedAt: '2030-01-01T00:00:00Z' }))
 * @category builders
 * @since 0.1.0
 */
export function idOf(event: NewEvent): string {
  return eventId(event);
}
