/**
 * The envelope a store puts around each event: a content-hash id, the global
 * position, the time it was recorded, tags for reads across streams, and the
 * schema version of its data.
 *
 * @since 0.1.0
 */
import * as t from 'io-ts';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { isLeft } from './either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { left, right } from './either.js';
import { blankTextIssues, Event, SCHEMA_VERSIONS, StatementMade } from './events.js';
import { canonicalStatement } from './statement-canonical.js';
import { Condition, conditionIssues, Source, Speaker, Statement } from './statement.js';
import { officeIssues } from './actor.js';
import { parentIssues } from './issue.js';
import type { EventType } from './events.js';
import { Timestamp } from './time.js';
import { decodeIssues, formatIssues, unknownFieldIssue, unknownFieldIssues } from './decode-error.js';
import type { DecodeIssue } from './decode-error.js';
import type { InvalidEvent } from './errors.js';
import { upcastData } from './upcast-data.js';
import type { Upcaster } from './upcast.js';

// The model types are written out rather than `t.TypeOf<typeof Codec>`, so that
// signatures, hovers and the API reference name them instead of spelling out
// their fields; packages/core/test/model-types.check.ts keeps each equal to
// what its codec decodes to.

/**
 * The fields a store adds to every event.
 * @example
 * import { Envelope, openMemoryStore } from '@stancelog/core'
 * const event = { type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } } as const
 * const r = await openMemoryStore().append([event])
 * assert.ok(r._tag === 'Right' && Envelope.is(r.right.appended[0]))
 * assert.ok(!Envelope.is(event)) // the store adds these fields, the writer does not
 * @category codecs
 * @since 0.1.0
 */
export const Envelope = t.type(
  {
    id: t.string,
    position: t.number,
    recordedAt: Timestamp,
    schema: t.number,
    tags: t.readonlyArray(t.string),
  },
  'Envelope',
);
/** @category model @since 0.1.0 */
export type Envelope = {
  id: string;
  position: number;
  recordedAt: Timestamp;
  schema: number;
  tags: ReadonlyArray<string>;
};

/**
 * An event as a store holds it.
 *
 * @example
 * import { StoredEvent } from '@stancelog/core'
 * assert.ok(StoredEvent.is({
 *   id: 'a1', position: 1, recordedAt: '2025-05-17T09:00:00Z', schema: 1, tags: ['issue:ceasefire'],
 *   type: 'issue-defined', data: { id: 'ceasefire', title: 'Ceasefire', proposition: 'an immediate ceasefire' },
 * }))
 * @category codecs
 * @since 0.1.0
 */
export const StoredEvent = t.intersection([Envelope, Event], 'StoredEvent');
/** @category model @since 0.1.0 */
export type StoredEvent = Envelope & Event;

/**
 * A stored event of one type.
 *
 * @example
 * import { openMemoryStore, readAll } from '@stancelog/core'
 * import type { StoredEvent, StoredEventOf } from '@stancelog/core'
 * const isAlias = (e: StoredEvent): e is StoredEventOf<'alias-added'> => e.type === 'alias-added'
 * const store = openMemoryStore()
 * await store.append([
 *   { type: 'issue-defined', data: { id: 'ceasefire', title: 'Ceasefire', proposition: 'an immediate ceasefire' } },
 *   { type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } },
 * ])
 * assert.deepStrictEqual((await readAll(store)).filter(isAlias).map((e) => e.data.alias), ['Kyiv'])
 * @category model
 * @since 0.1.0
 */
export type StoredEventOf<T extends EventType> = StoredEvent & { readonly type: T };

/**
 * An event ready to append: everything of a {@link StoredEvent} but its
 * position, which the store gives.
 * @example
 * import { prepareBatch } from '@stancelog/core/store-kit'
 * const r = prepareBatch([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }], { now: new Date('2025-05-17T09:00:00Z') })
 * assert.ok(r._tag === 'Right')
 * const [prepared] = r.right
 * assert.ok(prepared !== undefined && !('position' in prepared) && prepared.recordedAt === '2025-05-17T09:00:00.000Z')
 * @category model
 * @since 0.1.0
 */
export type PreparedEvent = Omit<StoredEvent, 'position'>;

/**
 * What a writer hands to `append`: an event, with the time it was recorded
 * when that is not now.
 * @example
 * import { openMemoryStore } from '@stancelog/core'
 * import type { NewEvent } from '@stancelog/core'
 * // Copying an older log: keep when each event was first recorded.
 * const copied: NewEvent = { type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' }, recordedAt: '2025-05-17T09:00:00Z' }
 * const r = await openMemoryStore().append([copied])
 * assert.ok(r._tag === 'Right' && r.right.appended[0]?.recordedAt === '2025-05-17T09:00:00Z')
 * @category model
 * @since 0.1.0
 */
export type NewEvent = Event & { readonly recordedAt?: string | undefined };

/**
 * JSON with object keys sorted, so equal values hash equally whatever the
 * order their keys were written in.
 *
 * @example
 * import { canonicalJson } from '@stancelog/core/store-kit'
 * assert.strictEqual(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }), '{"a":[2,{"c":4,"d":3}],"b":1}')
 * @category envelope
 * @since 0.1.0
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + canonicalJson(value[i]);
    return out + ']';
  }
  // Ids are hashed on every append: plain loops and `+=` rather than
  // map/filter/join keep this a few times cheaper.
  const record = value as Record<string, unknown>;
  const keys: string[] = [];
  for (const k in record) if (Object.prototype.hasOwnProperty.call(record, k) && record[k] !== undefined) keys.push(k);
  keys.sort();
  let out = '{';
  for (let i = 0; i < keys.length; i++) out += (i > 0 ? ',' : '') + JSON.stringify(keys[i]) + ':' + canonicalJson(record[keys[i]!]);
  return out + '}';
}

/**
 * A SHA-256 implementation returning lowercase hex: stores on Node pass
 * `node:crypto`'s (native, several times faster); the default is the
 * portable one, so the core still runs in browsers. Every implementation
 * gives the same ids.
 * @example
 * import { eventId } from '@stancelog/core'
 * import type { Sha256Hex } from '@stancelog/core'
 * import { createHash } from 'node:crypto'
 * const nodeSha256: Sha256Hex = (text) => createHash('sha256').update(text).digest('hex')
 * const event = { type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } } as const
 * assert.strictEqual(eventId(event, nodeSha256), eventId(event)) // same ids as the portable default
 * @category envelope
 * @since 0.1.0
 */
export type Sha256Hex = (text: string) => string;

const portableSha256: Sha256Hex = (text) => bytesToHex(sha256(utf8ToBytes(text)));

/**
 * The deterministic id of an event: a SHA-256 of its type and data (not of
 * when it was recorded), cut to 128 bits. Appending the same statement twice
 * therefore yields the same id, and the second append is a no-op.
 *
 * @example
 * import { eventId } from '@stancelog/core'
 * const e = { type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } } as const
 * assert.strictEqual(eventId(e as any), eventId({ data: { alias: 'Kyiv', actor: 'ukraine' }, type: 'alias-added' } as any))
 * @category envelope
 * @since 0.1.0
 */
export function eventId(event: Event, hash: Sha256Hex = portableSha256): string {
  return hash(canonicalJson({ type: event.type, data: event.data })).slice(0, 32);
}

/**
 * The tags of an event, for reads across streams: `actor:ID` for every actor
 * it names, `issue:ID` for every issue; a withdrawal has `withdrawal` and
 * `event:ID` of the event it withdraws (so `read({ tags: ['withdrawal'] })`
 * finds every correction).
 *
 * @example
 * import { tagsOf } from '@stancelog/core/store-kit'
 * const tags = tagsOf({ type: 'statement-made', data: { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', source: { quote: 'q' } } } as any)
 * assert.deepStrictEqual(tags, ['actor:russia', 'issue:ceasefire'])
 * assert.deepStrictEqual(tagsOf({ type: 'event-withdrawn', data: { event: '3f2a9c1b0d4e5f60718293a4b5c6d7e8', reason: 'misattributed' } }), ['withdrawal', 'event:3f2a9c1b0d4e5f60718293a4b5c6d7e8'])
 * @category envelope
 * @since 0.1.0
 */
export function tagsOf(event: Event): ReadonlyArray<string> {
  const tags = new Set<string>();
  switch (event.type) {
    case 'statement-made': {
      const s = event.data;
      tags.add(`actor:${s.holder}`);
      if (s.speaker?.actor !== undefined) tags.add(`actor:${s.speaker.actor}`);
      tags.add(`issue:${s.issue}`);
      for (const c of s.conditions ?? []) tags.add(`issue:${c.issue}`);
      break;
    }
    case 'actor-registered':
      tags.add(`actor:${event.data.id}`);
      for (const o of event.data.offices ?? []) tags.add(`actor:${o.actor}`);
      break;
    case 'alias-added':
      tags.add(`actor:${event.data.actor}`);
      break;
    case 'office-held':
      tags.add(`actor:${event.data.person}`);
      tags.add(`actor:${event.data.office.actor}`);
      break;
    case 'issue-defined':
      tags.add(`issue:${event.data.id}`);
      if (event.data.parent !== undefined) tags.add(`issue:${event.data.parent}`);
      break;
    case 'event-withdrawn':
      tags.add('withdrawal');
      tags.add(`event:${event.data.event}`);
      break;
  }
  return [...tags];
}

const NewEventCodec = t.intersection([Event, t.partial({ recordedAt: Timestamp })]);

// The fields an event to append has, and those of the envelope a stored
// event carries besides: an event read from one log can be appended to
// another (a copy), and the store computes these anew.
const EVENT_FIELDS: ReadonlyArray<string> = ['type', 'data', 'recordedAt'];
const ENVELOPE_FIELDS: ReadonlySet<string> = new Set(['id', 'position', 'schema', 'tags']);
const DATA_CODECS: ReadonlyMap<unknown, t.Decoder<unknown, unknown>> = new Map(Event.types.map((member) => [member.type.props.type.value, member.type.props.data]));

// The fields of a statement's objects, read from their codecs (exact
// intersections of the required and the optional fields, or exact objects).
const fieldSet = (codec: { type: { types: ReadonlyArray<{ props: object }> } | { props: object } }): ReadonlySet<string> =>
  new Set('types' in codec.type ? codec.type.types.flatMap((member) => Object.keys(member.props)) : Object.keys(codec.type.props));
const STATEMENT_FIELDS = fieldSet(Statement);
const SOURCE_FIELDS = fieldSet(Source);
const SPEAKER_FIELDS = fieldSet(Speaker);
const CONDITION_FIELDS = fieldSet(Condition);

const onlyFields = (value: object, fields: ReadonlySet<string>): boolean => {
  for (const key in value) if (Object.prototype.hasOwnProperty.call(value, key) && !fields.has(key)) return false;
  return true;
};

// Whether a statement-made event (one `StatementMade.is` took) has only keys
// that something reads: the fast path's check, a few times cheaper than
// `unknownEventFields`, which names what this finds.
function onlyKnownFields(event: StatementMade): boolean {
  for (const key in event) if (Object.prototype.hasOwnProperty.call(event, key) && !EVENT_FIELDS.includes(key) && !ENVELOPE_FIELDS.has(key)) return false;
  const s = event.data;
  if (!onlyFields(s, STATEMENT_FIELDS) || !onlyFields(s.source, SOURCE_FIELDS)) return false;
  if (s.speaker !== undefined && !onlyFields(s.speaker, SPEAKER_FIELDS)) return false;
  for (const c of s.conditions ?? []) if (!onlyFields(c, CONDITION_FIELDS)) return false;
  return true;
}

// The keys of an event to append that nothing reads, at any depth: decoding
// would drop them, and a misspelt `stated_at` would leave the statement
// undated without a word. Checked on the raw event, since decoding loses them.
function unknownEventFields(raw: unknown): DecodeIssue[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [];
  const record = raw as Record<string, unknown>;
  const issues: DecodeIssue[] = [];
  for (const key in record) {
    if (Object.prototype.hasOwnProperty.call(record, key) && !EVENT_FIELDS.includes(key) && !ENVELOPE_FIELDS.has(key)) issues.push(unknownFieldIssue(key, EVENT_FIELDS));
  }
  const codec = DATA_CODECS.get(record.type);
  if (codec === undefined) return issues;
  for (const issue of unknownFieldIssues(codec, record.data, 'data')) {
    // `{ type, data: { ...statementInput } }` puts a StatementInput's recordedAt in the wrong place.
    issues.push(issue.path === 'data.recordedAt' ? unknownFieldIssue(issue.path, [], 'recordedAt goes beside data, on the event, as statementMade puts it') : issue);
  }
  return issues;
}

/**
 * Options of {@link prepareBatch}.
 * @example
 * import { prepareBatch } from '@stancelog/core/store-kit'
 * import type { PrepareOptions } from '@stancelog/core/store-kit'
 * // The batch was read from lines 2 and 3 of a .jsonl file.
 * const options: PrepareOptions = { lines: [2, 3] }
 * const r = prepareBatch([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }, { type: 'alias-added', data: { actor: 'ukraine' } }], options)
 * assert.ok(r._tag === 'Left' && r.left.line === 3 && r.left.message === 'line 3: data.alias: required: a string')
 * @category envelope
 * @since 0.1.0
 */
export interface PrepareOptions {
  /** The time recorded for events without `recordedAt` (default: now). */
  readonly now?: Date | undefined;
  /** The line each event came from, for error messages. */
  readonly lines?: ReadonlyArray<number> | undefined;
  /** The SHA-256 used for ids (default: a portable one). */
  readonly hash?: Sha256Hex | undefined;
  /**
   * The store's upcasters: an event that says it is of an older schema
   * version of its type (a `schema` below this release's, as a copy of an
   * upcast event gives it: `copyLog`) is checked through them and
   * prepared as it was written, its id the hash of its data as written.
   * Without the one it needs, it is refused, naming it.
   */
  readonly upcasters?: ReadonlyArray<Upcaster> | undefined;
}

/**
 * An event to append that says it is of an older schema version of its
 * (known) type: what it was written with, and this release's version.
 */
function olderSchemaOf(raw: unknown): { type: EventType; schema: number; target: number } | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { type, schema } = raw as { type?: unknown; schema?: unknown };
  if (typeof type !== 'string' || typeof schema !== 'number' || !Object.prototype.hasOwnProperty.call(SCHEMA_VERSIONS, type)) return undefined;
  const target = SCHEMA_VERSIONS[type as EventType];
  return schema < target ? { type: type as EventType, schema, target } : undefined;
}

// The event as a read gives it back, for an event prepared as written with an older schema (its data upcast): what
// the checks of an append read (the event a withdrawal names), and what a store hands back as appended.
const readForms = new WeakMap<PreparedEvent, PreparedEvent>();

/**
 * `event` as a read of the log gives it back: for an event
 * {@link prepareBatch} prepared as written with an older schema (a copy
 * of an upcast event), its data upcast and this release's `schema`;
 * otherwise `event` itself. A store hands this back as appended (and
 * checks it), and writes `event`.
 * @example
 * import { asRead, prepareBatch } from '@stancelog/core/store-kit'
 * // An alias-added of a release whose version 0 said `name`, copied as it was written.
 * const copied = { type: 'alias-added', schema: 0, data: { actor: 'ukraine', name: 'Kyiv' } }
 * const r = prepareBatch([copied], { upcasters: [{ type: 'alias-added', from: 0, up: (d: any) => ({ actor: d.actor, alias: d.name }) }] })
 * assert.ok(r._tag === 'Right')
 * const [written] = r.right
 * assert.deepStrictEqual([written!.schema, written!.data], [0, { actor: 'ukraine', name: 'Kyiv' }])
 * assert.deepStrictEqual([asRead(written!).schema, asRead(written!).data], [1, { actor: 'ukraine', alias: 'Kyiv' }])
 * @category envelope
 * @since 0.1.0
 */
export function asRead(event: PreparedEvent): PreparedEvent {
  return readForms.get(event) ?? event;
}

function notABatch(value: unknown): InvalidEvent {
  const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
  const actual =
    value === undefined ? 'nothing'
    : typeof type === 'string' ? `one ${JSON.stringify(type)} event`
    : value === null ? 'null'
    : typeof value === 'object' ? 'an object'
    : `a ${typeof value}`;
  const hint = typeof type === 'string' ? ': pass it as [event]' : '';
  return {
    _tag: 'InvalidEvent',
    index: 0,
    issues: [{ path: '', expected: 'an array of events', actual, message: `expected an array of events, got ${actual}` }],
    message: `append: expected an array of events, got ${actual}${hint}`,
  };
}

// Where each prepared event stood in the batch its caller passed: events repeated in the batch are kept once, so an
// index in the prepared batch may name another event of the caller's (a check made after this one, as `checkAppend`'s
// of withdrawals, reports the caller's). Kept aside so the prepared events, which stores write, carry nothing more;
// and only where it differs from the index in the prepared batch (after a repeat) or names a line: an entry for every
// event of an append cost the file store's appends a tenth of their speed.
const placeInBatch = new WeakMap<PreparedEvent, BatchPlace>();

/**
 * Where an event stood in the batch given to {@link prepareBatch}: its
 * `index` in the caller's array (from 0), its `line` when the batch came
 * from a file, and `text`, how error messages name it (`line 3`, or
 * `event 1 of the batch` for index 0).
 * @example
 * import { batchPlace, prepareBatch } from './envelope.js'
 * const alias = { type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } } as const
 * const r = prepareBatch([alias, alias, { type: 'alias-added', data: { actor: 'ukraine', alias: 'Kiev' } }])
 * assert.ok(r._tag === 'Right' && r.right.length === 2) // the repeat is kept once
 * assert.deepStrictEqual(batchPlace(r.right[1]!, 1), { index: 2, text: 'event 3 of the batch' })
 * @since 0.1.0
 */
export interface BatchPlace {
  readonly index: number;
  readonly line?: number;
  readonly text: string;
}

/**
 * Where `event` stood in the batch its caller gave {@link prepareBatch} (see
 * {@link BatchPlace}); for an event that did not come from it (a store's own
 * batch), its place `index` in the batch it is checked in.
 * @example
 * import { batchPlace, prepareBatch } from './envelope.js'
 * const r = prepareBatch([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }], { lines: [7] })
 * assert.ok(r._tag === 'Right')
 * assert.deepStrictEqual(batchPlace(r.right[0]!, 0), { index: 0, line: 7, text: 'line 7' })
 * assert.deepStrictEqual(batchPlace({ ...r.right[0]! }, 4), { index: 4, text: 'event 5 of the batch' })
 * @since 0.1.0
 */
export function batchPlace(event: PreparedEvent, index: number): BatchPlace {
  return placeInBatch.get(event) ?? placeAt(index, undefined);
}

/** How messages name the event at `index` of a batch, from 0: by its line when it came from a file, else counted from 1. */
function placeAt(index: number, line: number | undefined): BatchPlace {
  return line !== undefined ? { index, line, text: `line ${line}` } : { index, text: `event ${index + 1} of the batch` };
}

/**
 * What an append refuses in an event whose codec took it, beyond its codec:
 * a statement conditioned on its own issue or on one issue both ways, a
 * blank text (a quote, a speaker's or an actor's name, an issue's title), an
 * office that ends before it begins, an issue within itself. A log written
 * before these were refused still reads; `copyLog` checks its events with
 * this before it copies any.
 *
 * @example
 * import { contentIssues } from '@stancelog/core'
 * const said = { type: 'statement-made', data: { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', source: { quote: ' ' } } } as const
 * assert.deepStrictEqual(contentIssues(said).map((i) => i.path), ['data.source.quote'])
 * @category store
 * @since 0.1.0
 */
export function contentIssues(event: Event): DecodeIssue[] {
  if (event.type === 'statement-made') return [...conditionIssues(event.data, 'data'), ...blankTextIssues(event)];
  return [...officeIssues(event), ...parentIssues(event), ...blankTextIssues(event)];
}

/**
 * Validates a batch of events and wraps each in its envelope (without a
 * position). The whole batch fails on the first invalid event, whose error
 * names the path of every wrong field and where the event is: its `index`
 * in `events` (from 0), its `line` (`lines[index]`) when the batch came
 * from a file. The message counts as people do: `line 3: ...` from a file,
 * else `event 1 of the batch: ...` for `index` 0. A key nothing reads, at
 * any depth, is refused, naming its path and the near field name
 * (`data.stated_at: unknown field (statedAt?)`) rather than dropped: a
 * misspelt optional field would leave the event without it. The envelope
 * of an event read from a log (`id`, `position`, `schema`, `tags`) is no
 * such key: the store computes it anew, and keeps the event's own
 * `recordedAt`; but an event whose `schema` is below this release's
 * version of its type (a copy of an event upcast on read: `copyLog`) is
 * checked through `options.upcasters` and prepared as it was written,
 * that `schema` and its data kept, its id the hash of that data (refused
 * without the upcaster it needs; {@link asRead} gives it as a read will).
 * A statement's conditions must not name its own issue, nor one issue
 * with two polarities ({@link conditionIssues}); a registry
 * event's name, alias, title or proposition must not be blank
 * ({@link blankTextIssues}). Events
 * repeated within the batch are kept once. A value that is not an array
 * (one event passed without `[ ]`, from JavaScript or through a cast) fails whole, with
 * `index` 0: `append: expected an array of events, got one "statement-made"
 * event: pass it as [event]`.
 *
 * @example
 * import { prepareBatch } from '@stancelog/core/store-kit'
 * const r = prepareBatch([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }], { now: new Date('2025-05-17T09:00:00Z') })
 * assert.strictEqual(r._tag, 'Right')
 * const bad = prepareBatch([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }, { type: 'alias-added', data: { actor: 'Ukraine!', alias: 'Kyiv' } }])
 * assert.ok(bad._tag === 'Left' && bad.left.index === 1 && bad.left.message.startsWith('event 2 of the batch: data.actor: '))
 * const misspelt = prepareBatch([{ type: 'alias-added', data: { actor: 'ukraine', alais: 'Kyiv' } }])
 * assert.ok(misspelt._tag === 'Left' && misspelt.left.message === 'event 1 of the batch: data.alias: required: a string; data.alais: unknown field (alias?)')
 * @category envelope
 * @since 0.1.0
 */
export function prepareBatch(
  events: ReadonlyArray<unknown>,
  options: PrepareOptions = {},
): Either<InvalidEvent, ReadonlyArray<PreparedEvent>> {
  // The type says array, but JavaScript callers (and casts) can pass one event
  // or nothing: the loop below would then append nothing and answer Right.
  if (!Array.isArray(events)) return left(notABatch(events));
  const now = options.now ?? new Date();
  // A `now` the log could not read back (an invalid Date, a year past 9999) is
  // refused here rather than written: every later read of the log would fail on it.
  const nowIso = Number.isNaN(now.getTime()) ? undefined : now.toISOString();
  const recordedNow = nowIso !== undefined && Timestamp.is(nowIso) ? nowIso : undefined;
  const lines = options.lines;
  // Counted from 1 in the message, as lines are; `index` stays the array index.
  const where = (index: number): BatchPlace => placeAt(index, lines?.[index]);
  const unrecordable = (index: number): Either<InvalidEvent, never> => {
    const { text, ...at } = where(index);
    const issue: DecodeIssue = {
      path: 'recordedAt',
      expected: "a time from year 0000 to 9999 (none is given, so the append's now)",
      actual: nowIso ?? 'Invalid Date',
      message: `recordedAt: expected a time from year 0000 to 9999 (none is given, so the append's now), got ${nowIso ?? 'Invalid Date'}`,
    };
    return left({ _tag: 'InvalidEvent', ...at, issues: [issue], message: `${text}: ${issue.message}` });
  };
  const invalid = (index: number, issues: ReadonlyArray<DecodeIssue>): Either<InvalidEvent, never> => {
    const { text, ...at } = where(index);
    return left({ _tag: 'InvalidEvent', ...at, issues, message: `${text}: ${formatIssues(issues)}` });
  };
  const prepared: PreparedEvent[] = [];
  const ids = new Set<string>();
  const hash = options.hash ?? portableSha256;
  let index = 0;
  try {
    for (; index < events.length; index++) {
      const raw = events[index];
      // Fast path: a valid statement is copied and canonicalised in one walk.
      if (StatementMade.is(raw) && onlyKnownFields(raw) && olderSchemaOf(raw) === undefined) {
        const recordedAt = (raw as { recordedAt?: unknown }).recordedAt;
        if (recordedAt === undefined || Timestamp.is(recordedAt)) {
          const conditions = [...conditionIssues(raw.data, 'data'), ...blankTextIssues(raw)];
          if (conditions.length > 0) return invalid(index, conditions);
          if (recordedAt === undefined && recordedNow === undefined) return unrecordable(index);
          const { copy, json } = canonicalStatement(raw.data);
          const id = hash(json).slice(0, 32);
          if (ids.has(id)) continue;
          ids.add(id);
          const event: StatementMade = { type: 'statement-made', data: copy };
          const p: PreparedEvent = { id, recordedAt: (recordedAt ?? recordedNow) as Timestamp, schema: SCHEMA_VERSIONS['statement-made'], tags: tagsOf(event), ...event };
          if (lines !== undefined || prepared.length !== index) placeInBatch.set(p, where(index));
          prepared.push(p);
          continue;
        }
      }
      // Of an older schema (a copy of an upcast event): checked as upcast, kept as written (the log is never rewritten,
      // and its id is the hash of what was written).
      const older = olderSchemaOf(raw);
      let checkedAs = raw;
      if (older !== undefined) {
        const upcast = upcastData(older.type, older.schema, (raw as { data?: unknown }).data, older.target, options.upcasters ?? []);
        if (isLeft(upcast)) return invalid(index, [upcast.left]);
        checkedAs = { ...(raw as object), data: upcast.right };
      }
      const decoded = NewEventCodec.decode(checkedAs);
      const unknown = unknownEventFields(checkedAs);
      if (isLeft(decoded) || unknown.length > 0) return invalid(index, [...(isLeft(decoded) ? decodeIssues(decoded.left) : []), ...unknown]);
      const refused = contentIssues(decoded.right);
      if (refused.length > 0) return invalid(index, refused);
      const { recordedAt, ...rest } = decoded.right as NewEvent & { recordedAt?: Timestamp };
      if (recordedAt === undefined && recordedNow === undefined) return unrecordable(index);
      const event = rest as Event;
      const written = older !== undefined ? ({ type: event.type, data: (raw as { data: unknown }).data } as Event) : event;
      const id = eventId(written, hash);
      if (ids.has(id)) continue;
      ids.add(id);
      const p = {
        id,
        recordedAt: (recordedAt ?? recordedNow) as Timestamp,
        schema: older?.schema ?? SCHEMA_VERSIONS[event.type],
        tags: tagsOf(event),
        ...written,
      } as PreparedEvent;
      if (older !== undefined) readForms.set(p, { ...p, schema: older.target, data: event.data } as PreparedEvent);
      if (lines !== undefined || prepared.length !== index) placeInBatch.set(p, where(index));
      prepared.push(p);
    }
  } catch (error) {
    // An event that throws when read (a getter, a Proxy, from JavaScript): refused as invalid in every store, naming it,
    // where the file store gave StoreUnavailable and the others threw.
    const message = error instanceof Error ? error.message : String(error);
    return invalid(index, [{ path: '', expected: 'an event whose fields can be read', actual: `one that threw when read (${message})`, message: `reading it threw: ${message}` }]);
  }
  return right(prepared);
}
