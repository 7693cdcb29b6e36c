/**
 * The events of a stancelog log: statements, and the registry events that
 * grow the vocabulary (actors, aliases, offices, issues).
 *
 * @since 0.1.0
 */
import * as t from 'io-ts';
import { Actor, ActorName, LoggedActor, LoggedOffice, Office } from './actor.js';
import { decodeIssues } from './decode-error.js';
import type { DecodeIssue } from './decode-error.js';
import { isLeft } from './either.js';
import { ActorId } from './ids.js';
import { Issue, LoggedIssue } from './issue.js';
import { filled, nonBlank, refine } from './refine.js';
import { Statement } from './statement.js';
import type { StatementInput } from './statement.js';
import type { Timestamp } from './time.js';

// The model types are written out rather than `t.TypeOf<typeof Codec>`, so that
// signatures, hovers and the API reference name them instead of spelling out
// their fields; packages/core/test/model-types.check.ts keeps each equal to
// what its codec decodes to.

/**
 * A statement was made (or reported).
 * @example
 * import { StatementMade, statementMade } from '@stancelog/core'
 * const made = statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', source: { quote: 'a pause would help the other side regroup' } })
 * assert.ok(StatementMade.is(made))
 * assert.ok(!StatementMade.is({ ...made, data: { ...made.data, kind: 'refuse' } }))
 * @category codecs
 * @since 0.1.0
 */
export const StatementMade = t.exact(t.type({ type: t.literal('statement-made'), data: Statement }), 'StatementMade');
/** @category model @since 0.1.0 */
export type StatementMade = {
  type: 'statement-made';
  data: Statement;
};

/**
 * An actor joined the registry (or its record was replaced). Its names
 * are read as the log holds them, blank ones too: appending one refuses
 * them (see {@link blankTextIssues}).
 * @example
 * import { ActorRegistered, decodeIssues } from '@stancelog/core'
 * const r = ActorRegistered.decode({ type: 'actor-registered', data: { id: 'ukraine', kind: 'country', name: 'Ukraine' } })
 * assert.ok(r._tag === 'Left' && decodeIssues(r.left)[0]?.path === 'data.kind')
 * @category codecs
 * @since 0.1.0
 */
export const ActorRegistered = t.exact(
  t.type({ type: t.literal('actor-registered'), data: t.exact(LoggedActor) }),
  'ActorRegistered',
);
/** @category model @since 0.1.0 */
export type ActorRegistered = {
  type: 'actor-registered';
  data: Actor;
};

/**
 * Another name by which a registered actor is known.
 * @example
 * import { AliasAdded } from '@stancelog/core'
 * assert.ok(AliasAdded.is({ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }))
 * // The alias is free text; the actor it names must be an id.
 * assert.ok(!AliasAdded.is({ type: 'alias-added', data: { actor: 'Ukraine', alias: 'Kyiv' } }))
 * @category codecs
 * @since 0.1.0
 */
export const AliasAdded = t.exact(
  t.type({ type: t.literal('alias-added'), data: t.exact(t.type({ actor: ActorId, alias: t.string })) }),
  'AliasAdded',
);
/** @category model @since 0.1.0 */
export type AliasAdded = {
  type: 'alias-added';
  data: { actor: ActorId; alias: string };
};

/**
 * A person took (or left, with `until`) an office. Its title is read as
 * the log holds it, a blank one too: appending one refuses it (see
 * {@link blankTextIssues}).
 * @example
 * import { OfficeHeld } from '@stancelog/core'
 * import { tagsOf } from '@stancelog/core/store-kit'
 * const merz: OfficeHeld = { type: 'office-held', data: { person: 'friedrich-merz', office: { actor: 'germany', title: 'Chancellor', from: '2025-05-06' } } }
 * assert.ok(OfficeHeld.is(merz))
 * // Tagged with both the person and the actor they speak for.
 * assert.deepStrictEqual(tagsOf(merz), ['actor:friedrich-merz', 'actor:germany'])
 * @category codecs
 * @since 0.1.0
 */
export const OfficeHeld = t.exact(
  t.type({ type: t.literal('office-held'), data: t.exact(t.type({ person: ActorId, office: t.exact(LoggedOffice) })) }),
  'OfficeHeld',
);
/** @category model @since 0.1.0 */
export type OfficeHeld = {
  type: 'office-held';
  data: { person: ActorId; office: Office };
};

/**
 * An issue was defined (or its definition replaced). Its title and
 * proposition are read as the log holds them, blank ones too: appending
 * one refuses them (see {@link blankTextIssues}).
 * @example
 * import { openMemoryStore, project, registry } from '@stancelog/core'
 * import type { IssueDefined } from '@stancelog/core'
 * const define = (title: string): IssueDefined => ({ type: 'issue-defined', data: { id: 'ceasefire', title, proposition: 'an immediate, full ceasefire' } })
 * const store = openMemoryStore()
 * await store.append([define('Truce'), define('Ceasefire')])
 * const r = await project(store, registry())
 * assert.ok(r._tag === 'Right' && r.right.state.issues.get('ceasefire')?.issue.title === 'Ceasefire') // the later definition wins
 * @category codecs
 * @since 0.1.0
 */
export const IssueDefined = t.exact(t.type({ type: t.literal('issue-defined'), data: t.exact(LoggedIssue) }), 'IssueDefined');
/** @category model @since 0.1.0 */
export type IssueDefined = {
  type: 'issue-defined';
  data: Issue;
};

// A statement is evidence: what it rests on must be there to read.
const Quote = nonBlank('Quote', 'a quote (not blank)', 'empty: give the words the statement rests on (a quote, or a paraphrase of what was said)');
// A speaker is named: a blank name made keys and summaries that name no one ("Ann (+) and  (-) both speak for ...").
const SpeakerName = nonBlank('SpeakerName', 'a name (not blank)', "empty: give the speaker's name, or leave speaker out (the holder's own word, unnamed)");

// The texts an event to append gives that must not be blank, by its type: checked with the codecs of what one gives
// (Actor, Issue), the events' own codecs taking any string so that a log written before stays readable.
const GIVEN_TEXTS: ReadonlyMap<string, t.Decoder<unknown, unknown>> = new Map<string, t.Decoder<unknown, unknown>>([
  ['actor-registered', t.type({ data: Actor })],
  ['alias-added', t.type({ data: t.type({ alias: ActorName }) })],
  ['office-held', t.type({ data: t.type({ office: Office }) })],
  ['issue-defined', t.type({ data: Issue })],
  ['statement-made', t.type({ data: t.intersection([t.type({ source: t.type({ quote: Quote }) }), t.partial({ speaker: t.type({ name: SpeakerName }) })]) })],
]);

/**
 * What is wrong with the texts an event gives that its codec does not
 * see: an actor's `name` or one of its `aliases`, the `title` of an
 * office (of an actor's `offices`, or of an `office-held` event), an
 * `alias-added` event's `alias`, an issue's `title` or `proposition`, a
 * statement's `source.quote` or `speaker.name` that is blank (empty, or
 * spaces only): it would name no one and nothing in tables, summaries and
 * reports, or leave a statement with no words to rest on. The paths start
 * at `data` (`data.name`, `data.aliases[1]`, `data.offices[0].title`).
 * Appending refuses such an event (see `prepareBatch`), as the
 * {@link Actor}, {@link Office} and {@link Issue} codecs refuse such
 * values; the events' codecs take them, so that a log written before
 * stays readable. For an event its codec took.
 *
 * @example
 * import { blankTextIssues } from '@stancelog/core'
 * const union = { type: 'actor-registered', data: { id: 'nurses-union', kind: 'organisation', name: '', aliases: ['RNU', ' '] } } as const
 * assert.deepStrictEqual(blankTextIssues(union).map((i) => i.path), ['data.name', 'data.aliases[1]'])
 * const pay = { type: 'issue-defined', data: { id: 'pay-rise', title: 'Pay rise', proposition: '  ' } } as const
 * assert.deepStrictEqual(blankTextIssues(pay).map((i) => i.message), ['data.proposition: empty: give the proposition a + stance wants (and a - stance rejects)'])
 * assert.deepStrictEqual(blankTextIssues({ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }), [])
 * const silva = { type: 'office-held', data: { person: 'marta-silva', office: { actor: 'nurses-union', title: ' ', from: '2023-01-01' } } } as const
 * assert.deepStrictEqual(blankTextIssues(silva).map((i) => i.path), ['data.office.title'])
 * const said = { type: 'statement-made', data: { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', speaker: { name: ' ' }, source: { quote: '' } } } as const
 * assert.deepStrictEqual(blankTextIssues(said).map((i) => i.path), ['data.source.quote', 'data.speaker.name'])
 * @category model
 * @since 0.1.0
 */
export function blankTextIssues(event: { readonly type: string; readonly data: unknown }): DecodeIssue[] {
  // Every statement of an append is checked: its two texts are read first, and decoded only when one is blank.
  if (event.type === 'statement-made' && filledStatement(event.data as { source?: { quote?: unknown }; speaker?: { name?: unknown } })) return [];
  const decoded = GIVEN_TEXTS.get(event.type)?.decode(event);
  return decoded !== undefined && isLeft(decoded) ? [...decodeIssues(decoded.left)] : [];
}

const filledStatement = (data: { source?: { quote?: unknown }; speaker?: { name?: unknown } }): boolean =>
  filled(data.source?.quote) && (data.speaker === undefined || filled(data.speaker.name));

/**
 * The id of an event already in the log: 32 lowercase hex digits, the start
 * of the SHA-256 of its content (`stancelog log --json` prints it).
 *
 * @example
 * import { EventRef } from '@stancelog/core'
 * assert.ok(EventRef.is('3f2a9c1b0d4e5f60718293a4b5c6d7e8'))
 * assert.ok(!EventRef.is('3f2a9c1b')) // a prefix is not an id
 * @category codecs
 * @since 0.1.0
 */
export const EventRef = refine(t.string, (s) => /^[0-9a-f]{32}$/.test(s), 'EventRef', 'an event id (32 lowercase hex digits, as "stancelog log --json" prints it)');
/** @category model @since 0.1.0 */
export type EventRef = t.TypeOf<typeof EventRef>;

/**
 * A correction of the log: the event `event` (a statement entered wrongly, a
 * wrong office or alias) no longer counts, for `reason`. The log keeps both
 * the event and its withdrawal, so what was known before the withdrawal was
 * recorded can still be asked (`asOf.recordedTime`). A withdrawal can itself
 * be withdrawn, which restores the event. It applies to an event before it
 * in the log.
 *
 * @example
 * import { eventWithdrawn, openMemoryStore, positions, project, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * const r = await store.append([statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-11', source: { quote: 'Kyiv rejects a truce' } })])
 * assert.ok(r._tag === 'Right')
 * // The quote was Moscow's, not Kyiv's: withdraw the statement.
 * await store.append([eventWithdrawn(r.right.appended[0]!.id, 'the quote was Russia\'s, misattributed')])
 * const p = await project(store, positions())
 * assert.ok(p._tag === 'Right' && p.right.state.byIssue.size === 0)
 * @category codecs
 * @since 0.1.0
 */
export const EventWithdrawn = t.exact(
  t.type({
    type: t.literal('event-withdrawn'),
    data: t.exact(t.type({ event: EventRef, reason: refine(t.string, (s) => s.trim() !== '', 'Reason', 'a reason (a non-empty text)') })),
  }),
  'EventWithdrawn',
);
/** @category model @since 0.1.0 */
export type EventWithdrawn = {
  type: 'event-withdrawn';
  data: { event: EventRef; reason: string };
};

/**
 * Any event of the log, discriminated by `type`.
 *
 * @example
 * import { Event } from '@stancelog/core'
 * assert.ok(Event.is({ type: 'issue-defined', data: { id: 'ceasefire', title: 'Ceasefire', proposition: 'an immediate ceasefire' } }))
 * @category codecs
 * @since 0.1.0
 */
export const Event = t.union([StatementMade, ActorRegistered, AliasAdded, OfficeHeld, IssueDefined, EventWithdrawn], 'Event');
/** @category model @since 0.1.0 */
export type Event = StatementMade | ActorRegistered | AliasAdded | OfficeHeld | IssueDefined | EventWithdrawn;

/**
 * The type of an event, its discriminant: `statement-made`, one of the
 * registry events `actor-registered`, `alias-added`, `office-held`,
 * `issue-defined`, or the correction `event-withdrawn`. Narrowing on it
 * gives the event's `data`.
 *
 * @example
 * import { Event, SCHEMA_VERSIONS } from '@stancelog/core'
 * import type { EventType } from '@stancelog/core'
 * const typeOf = (raw: unknown): EventType | undefined => (Event.is(raw) ? raw.type : undefined)
 * assert.strictEqual(typeOf({ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }), 'alias-added')
 * assert.strictEqual(typeOf({ type: 'alias-removed', data: { actor: 'ukraine', alias: 'Kyiv' } }), undefined)
 * // Every type has a schema version.
 * const types: EventType[] = ['statement-made', 'actor-registered', 'alias-added', 'office-held', 'issue-defined', 'event-withdrawn']
 * assert.deepStrictEqual(Object.keys(SCHEMA_VERSIONS).sort(), [...types].sort())
 * @category model
 * @since 0.1.0
 */
export type EventType = Event['type'];

/**
 * The current schema version of each event type. An event stored with an
 * older version is upcast on read (see `upcast.ts`).
 * @example
 * import { SCHEMA_VERSIONS, openMemoryStore } from '@stancelog/core'
 * const r = await openMemoryStore().append([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }])
 * // A store writes each event with its type's current version.
 * assert.ok(r._tag === 'Right' && r.right.appended[0]?.schema === SCHEMA_VERSIONS['alias-added'])
 * @category model
 * @since 0.1.0
 */
export const SCHEMA_VERSIONS: Readonly<Record<EventType, number>> = {
  'statement-made': 1,
  'actor-registered': 1,
  'alias-added': 1,
  'office-held': 1,
  'issue-defined': 1,
  'event-withdrawn': 1,
};

/**
 * Builds a `statement-made` event. A {@link StatementInput}'s `recordedAt`
 * (when the log learnt of the statement) is not part of the statement: it
 * goes on the event, beside `data`, where a store takes it as the
 * envelope's `recordedAt` (without one, the store records the time of
 * appending). It checks nothing, as {@link eventWithdrawn} does not:
 * the store checks the event when it is appended, and refuses what is not
 * a statement (nothing, from JavaScript, included) as it refuses a
 * misspelt field, naming it (`data: required: ...`).
 *
 * @example
 * import { openMemoryStore, statementMade } from '@stancelog/core'
 * const e = statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', source: { quote: 'q' } })
 * assert.strictEqual(e.type, 'statement-made')
 * // Logged the morning after it was said: the store keeps that time.
 * const late = statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-04-23', recordedAt: '2025-04-24T08:00:00Z', source: { quote: 'q' } })
 * assert.ok(late.recordedAt === '2025-04-24T08:00:00Z' && !('recordedAt' in late.data))
 * const r = await openMemoryStore().append([late])
 * assert.ok(r._tag === 'Right' && r.right.appended[0]?.recordedAt === '2025-04-24T08:00:00Z')
 * // Given nothing (from JavaScript): the append refuses it, as a value.
 * const nothing = await openMemoryStore().append([statementMade(undefined as never)])
 * assert.ok(nothing._tag === 'Left' && nothing.left.message.startsWith('event 1 of the batch: data: required: '))
 * @category constructors
 * @since 0.1.0
 */
export function statementMade(input: StatementInput): StatementMade & { recordedAt?: Timestamp | undefined } {
  // Not an object (nothing, from JavaScript): passed on as it is, as eventWithdrawn passes on what it is given, for the
  // store to refuse with the rest of the batch (`data: required: ...`), where `in` would throw a bare TypeError here.
  if (typeof input !== 'object' || input === null || !('recordedAt' in input)) return { type: 'statement-made', data: input };
  const { recordedAt, ...data } = input;
  return recordedAt === undefined ? { type: 'statement-made', data } : { type: 'statement-made', data, recordedAt };
}

/**
 * Builds an `event-withdrawn` event: the correction that withdraws the event
 * `event` (its id) for `reason`. Like {@link statementMade}, it checks
 * nothing: the store refuses, when it is appended, an id that is not one
 * or names no event before it, and a blank reason.
 *
 * @example
 * import { EventWithdrawn, eventWithdrawn } from '@stancelog/core'
 * const e = eventWithdrawn('3f2a9c1b0d4e5f60718293a4b5c6d7e8', 'entered twice under two dates')
 * assert.ok(EventWithdrawn.is(e) && e.data.event === '3f2a9c1b0d4e5f60718293a4b5c6d7e8')
 * @category constructors
 * @since 0.1.0
 */
export function eventWithdrawn(event: string, reason: string): EventWithdrawn {
  return { type: 'event-withdrawn', data: { event, reason } };
}
