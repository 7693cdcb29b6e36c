/**
 * The events of a stancelog log: statements, and the registry events that
 * grow the vocabulary (actors, aliases, offices, issues).
 *
 * @since 0.1.0
 */
import * as t from 'io-ts';
import { Actor, Office } from './actor.js';
import { ActorId } from './ids.js';
import { Issue } from './issue.js';
import { Statement } from './statement.js';

/**
 * A statement was made (or reported).
 * @category codecs
 * @since 0.1.0
 */
export const StatementMade = t.exact(t.type({ type: t.literal('statement-made'), data: Statement }), 'StatementMade');
/** @category model @since 0.1.0 */
export type StatementMade = t.TypeOf<typeof StatementMade>;

/**
 * An actor joined the registry (or its record was replaced).
 * @category codecs
 * @since 0.1.0
 */
export const ActorRegistered = t.exact(
  t.type({ type: t.literal('actor-registered'), data: t.exact(Actor) }),
  'ActorRegistered',
);
/** @category model @since 0.1.0 */
export type ActorRegistered = t.TypeOf<typeof ActorRegistered>;

/**
 * Another name by which a registered actor is known.
 * @category codecs
 * @since 0.1.0
 */
export const AliasAdded = t.exact(
  t.type({ type: t.literal('alias-added'), data: t.exact(t.type({ actor: ActorId, alias: t.string })) }),
  'AliasAdded',
);
/** @category model @since 0.1.0 */
export type AliasAdded = t.TypeOf<typeof AliasAdded>;

/**
 * A person took (or left, with `until`) an office.
 * @category codecs
 * @since 0.1.0
 */
export const OfficeHeld = t.exact(
  t.type({ type: t.literal('office-held'), data: t.exact(t.type({ person: ActorId, office: t.exact(Office) })) }),
  'OfficeHeld',
);
/** @category model @since 0.1.0 */
export type OfficeHeld = t.TypeOf<typeof OfficeHeld>;

/**
 * An issue was defined (or its definition replaced).
 * @category codecs
 * @since 0.1.0
 */
export const IssueDefined = t.exact(t.type({ type: t.literal('issue-defined'), data: t.exact(Issue) }), 'IssueDefined');
/** @category model @since 0.1.0 */
export type IssueDefined = t.TypeOf<typeof IssueDefined>;

/**
 * Any event of the log, discriminated by `type`.
 *
 * @example
 * import { Event } from '@stancelog/core'
 * assert.ok(Event.is({ type: 'issue-defined', data: { id: 'ceasefire', title: 'Ceasefire', proposition: 'an immediate ceasefire' } }))
 * @category codecs
 * @since 0.1.0
 */
export const Event = t.union([StatementMade, ActorRegistered, AliasAdded, OfficeHeld, IssueDefined], 'Event');
/** @category model @since 0.1.0 */
export type Event = t.TypeOf<typeof Event>;

/**
 * The type of an event, its discriminant: `statement-made`, or one of the
 * registry events `actor-registered`, `alias-added`, `office-held`,
 * `issue-defined`. Narrowing on it gives the event's `data`.
 *
 * @example
 * import { Event, SCHEMA_VERSIONS } from '@stancelog/core'
 * import type { EventType } from '@stancelog/core'
 * const typeOf = (raw: unknown): EventType | undefined => (Event.is(raw) ? raw.type : undefined)
 * assert.strictEqual(typeOf({ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }), 'alias-added')
 * assert.strictEqual(typeOf({ type: 'alias-removed', data: { actor: 'ukraine', alias: 'Kyiv' } }), undefined)
 * // Every type has a schema version.
 * const types: EventType[] = ['statement-made', 'actor-registered', 'alias-added', 'office-held', 'issue-defined']
 * assert.deepStrictEqual(Object.keys(SCHEMA_VERSIONS).sort(), [...types].sort())
 * @category model
 * @since 0.1.0
 */
export type EventType = Event['type'];

/**
 * The current schema version of each event type. An event stored with an
 * older version is upcast on read (see `upcast.ts`).
 * @category model
 * @since 0.1.0
 */
export const SCHEMA_VERSIONS: Readonly<Record<EventType, number>> = {
  'statement-made': 1,
  'actor-registered': 1,
  'alias-added': 1,
  'office-held': 1,
  'issue-defined': 1,
};

/**
 * Builds a `statement-made` event.
 *
 * @example
 * import { statementMade } from '@stancelog/core'
 * const e = statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', source: { quote: 'q' } } as any)
 * assert.strictEqual(e.type, 'statement-made')
 * @category constructors
 * @since 0.1.0
 */
export function statementMade(data: Statement): StatementMade {
  return { type: 'statement-made', data };
}
