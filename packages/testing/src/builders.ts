/**
 * Builders for the events of a test log, with defaults that keep tests
 * short: a statement needs only who, on what, what kind and which way.
 *
 * @since 0.1.0
 */
import type { ActorKind, Condition, NewEvent, Office, Polarity, StatementKind, StatementMade } from '@stancelog/core';
import { eventId } from '@stancelog/core';

/**
 * The date a statement is stated on when a test gives none.
 * @category builders
 * @since 0.1.0
 */
export const DEFAULT_STATED_AT = '2025-01-01';

/**
 * The publisher of a statement when a test gives none.
 * @category builders
 * @since 0.1.0
 */
export const DEFAULT_PUBLISHER = 'Test Wire';

/**
 * What {@link statement} takes: the four required fields and optional
 * details. `statedAt: null` makes an undated statement.
 * @category builders
 * @since 0.1.0
 */
export interface StatementSpec {
  readonly holder: string;
  readonly issue: string;
  readonly kind: StatementKind;
  readonly polarity: Polarity;
  /** Default {@link DEFAULT_STATED_AT}; `null` for an undated statement. */
  readonly statedAt?: string | null;
  /** When the log learnt it (default: when the test log stores it). */
  readonly recordedAt?: string;
  readonly conditions?: ReadonlyArray<Condition>;
  readonly speaker?: { readonly name: string; readonly actor?: string };
  /** Default `holder kind polarity issue`, so statements differing in those differ in id. */
  readonly quote?: string;
  /** Default {@link DEFAULT_PUBLISHER}. */
  readonly publisher?: string;
  readonly url?: string;
  readonly confidence?: number;
}

/** A `statement-made` event, with the time it was recorded when a test set one. @category builders @since 0.1.0 */
export type StatementEvent = StatementMade & { readonly recordedAt?: string };

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
 *
 * @example
 * import { statement } from '@stancelog/testing'
 * const e = statement({ holder: 'russia', issue: 'nato-membership', kind: 'demand', polarity: '-' })
 * assert.strictEqual(e.data.statedAt, '2025-01-01')
 * assert.strictEqual(e.data.source.publisher, 'Test Wire')
 * @category builders
 * @since 0.1.0
 */
export function statement(spec: StatementSpec): StatementEvent {
  const statedAt = spec.statedAt === undefined ? DEFAULT_STATED_AT : spec.statedAt;
  const source = {
    quote: spec.quote ?? defaultQuote(spec),
    publisher: spec.publisher ?? DEFAULT_PUBLISHER,
    ...(spec.url !== undefined ? { url: spec.url } : {}),
  };
  const data = {
    holder: spec.holder,
    issue: spec.issue,
    kind: spec.kind,
    polarity: spec.polarity,
    ...(statedAt !== null ? { statedAt } : {}),
    ...(spec.conditions !== undefined ? { conditions: spec.conditions.map((c) => ({ issue: c.issue, polarity: c.polarity })) } : {}),
    ...(spec.speaker !== undefined ? { speaker: { ...spec.speaker } } : {}),
    ...(spec.confidence !== undefined ? { confidence: spec.confidence } : {}),
    source,
  };
  return { type: 'statement-made', data, ...(spec.recordedAt !== undefined ? { recordedAt: spec.recordedAt } : {}) } as StatementEvent;
}

/**
 * What {@link actor} takes besides the id.
 * @category builders
 * @since 0.1.0
 */
export interface ActorSpec {
  readonly kind?: ActorKind;
  readonly name?: string;
  readonly aliases?: ReadonlyArray<string>;
  readonly offices?: ReadonlyArray<Office>;
  readonly recordedAt?: string;
}

function titleOf(id: string): string {
  return id.split(/[-_.]/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
}

/**
 * An `actor-registered` event: a state named after its id unless told
 * otherwise (a person with offices speaks for the actors of its offices).
 *
 * @example
 * import { actor } from '@stancelog/testing'
 * assert.deepStrictEqual(actor('united-states').data, { id: 'united-states', kind: 'state', name: 'United States' })
 * @category builders
 * @since 0.1.0
 */
export function actor(id: string, spec: ActorSpec = {}): NewEvent & { type: 'actor-registered' } {
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
 * @category builders
 * @since 0.1.0
 */
export interface IssueSpec {
  /** The issue this one is settled within. */
  readonly parent?: string;
  readonly title?: string;
  readonly proposition?: string;
  readonly recordedAt?: string;
}

/**
 * An `issue-defined` event, titled after its id unless told otherwise.
 *
 * @example
 * import { issue } from '@stancelog/testing'
 * assert.strictEqual(issue('territorial-concessions', { parent: 'peace-talks' }).data.parent, 'peace-talks')
 * @category builders
 * @since 0.1.0
 */
export function issue(id: string, spec: IssueSpec = {}): NewEvent & { type: 'issue-defined' } {
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
