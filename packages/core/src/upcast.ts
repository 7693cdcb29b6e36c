/**
 * Upcasting: reading events written by an older schema version.
 *
 * The log is never rewritten. When the shape of an event's data changes, the
 * schema version of its type goes up and an upcaster turns data of the old
 * version into the new one as events are read. Events of a type this version
 * of stancelog does not know are skipped on read, not fatal, so an older
 * reader can follow a log written by a newer one (a copy, which would lose
 * them, refuses them: `copyLog`).
 *
 * @since 0.1.0
 */
import type { Either } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { isLeft, left, right } from './either.js';
import { SCHEMA_VERSIONS } from './events.js';
import type { EventType } from './events.js';
import { Envelope, StoredEvent } from './envelope.js';
import { decodeIssues } from './decode-error.js';
import type { DecodeIssue } from './decode-error.js';
import type { ReadQuery } from './event-store.js'; // for the {@link} in ReadOptions' doc
import { rememberWritten, upcastData } from './upcast-data.js';

/**
 * Turns the data of one event type from schema version `from` to `from + 1`.
 *
 * @example
 * import { decodeStored } from '@stancelog/core/store-kit'
 * import type { Upcaster } from '@stancelog/core'
 * // Version 0 statements said `stance: 'for' | 'against'` instead of a polarity.
 * const polarityFromStance: Upcaster = {
 *   type: 'statement-made',
 *   from: 0,
 *   up: ({ stance, ...rest }: any) => ({ ...rest, polarity: stance === 'for' ? '+' : '-' }),
 * }
 * const old = { id: 's1', position: 1, recordedAt: '2025-01-01T00:00:00Z', schema: 0, tags: [], type: 'statement-made',
 *   data: { holder: 'russia', issue: 'ceasefire', kind: 'reject', stance: 'against', source: { quote: 'no pause now' } } }
 * const r = decodeStored(old, { upcasters: [polarityFromStance] })
 * assert.ok(r._tag === 'Right' && r.right?.type === 'statement-made' && r.right.data.polarity === '-')
 * @category upcasting
 * @since 0.1.0
 */
export interface Upcaster {
  readonly type: EventType;
  readonly from: number;
  /** Turns data of version `from` into data of version `from + 1`. */
  readonly up: (data: unknown) => unknown;
}

/**
 * Options for decoding stored records ({@link decodeStored}; the file
 * and PostgreSQL stores take the same `upcasters` when opened). Not what
 * `store.read(...)` takes: that is a {@link ReadQuery} (`after`, `tags`,
 * `limit`).
 * @example
 * import { decodeStored } from '@stancelog/core/store-kit'
 * import type { ReadOptions } from '@stancelog/core'
 * // Written by a release whose alias-added (version 0) said `name`, not `alias`.
 * const old = { id: 'a1', position: 1, recordedAt: '2025-01-01T00:00:00Z', schema: 0, tags: [], type: 'alias-added', data: { actor: 'ukraine', name: 'Kyiv' } }
 * const options: ReadOptions = { upcasters: [{ type: 'alias-added', from: 0, up: (d: any) => ({ actor: d.actor, alias: d.name }) }] }
 * const r = decodeStored(old, options)
 * assert.ok(r._tag === 'Right' && r.right?.type === 'alias-added' && r.right.data.alias === 'Kyiv')
 * assert.strictEqual(decodeStored(old)._tag, 'Left') // without the upcaster, it cannot be read
 * @category upcasting
 * @since 0.1.0
 */
export interface ReadOptions {
  /**
   * Upcasters for older schema versions (this release ships none: every
   * event type is at its first version, 1). A store given them also takes
   * an event of an older schema to append (as `copyLog` gives one it read
   * upcast), checked through them and kept as it was written.
   */
  readonly upcasters?: ReadonlyArray<Upcaster> | undefined;
  /** The current schema version of each type (defaults to this release's). */
  readonly versions?: Readonly<Record<string, number>> | undefined;
}

/**
 * The result of decoding one stored record: the event, or `null` when its
 * type is unknown to this reader and it is skipped.
 * @example
 * import { decodeStored } from '@stancelog/core/store-kit'
 * import type { DecodedRecord } from '@stancelog/core/store-kit'
 * const envelope = { id: 'a1', position: 1, recordedAt: '2025-01-01T00:00:00Z', schema: 1, tags: [] }
 * const read = (record: unknown): DecodedRecord => { const r = decodeStored(record); if (r._tag === 'Left') throw new Error(r.left[0]?.message); return r.right }
 * assert.strictEqual(read({ ...envelope, type: 'mood-changed', data: {} }), null) // a newer writer's type: skip it
 * assert.strictEqual(read({ ...envelope, type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } })?.type, 'alias-added')
 * @category upcasting
 * @since 0.1.0
 */
export type DecodedRecord = StoredEvent | null;

/** What a store reads of a record it skips: its place in the log. */
const SkippedEnvelope = t.type({ id: Envelope.props.id, position: Envelope.props.position, tags: Envelope.props.tags }, 'SkippedEnvelope');

/**
 * Decodes a record read from storage into a {@link StoredEvent}, upcasting
 * its data when it was written by an older schema version. Returns `null`
 * for an event type this reader does not know, once the part of its
 * envelope a store reads is checked: its `id`, `position` and `tags` (a
 * record of an unknown type with no position is refused as any other).
 *
 * @example
 * import { decodeStored } from '@stancelog/core/store-kit'
 * const r = decodeStored({ id: 'x', position: 1, recordedAt: '2025-01-01T00:00:00Z', schema: 1, tags: [], type: 'mood-changed', data: {} })
 * assert.deepStrictEqual(r, { _tag: 'Right', right: null })
 * const broken = decodeStored({ id: 'x', recordedAt: '2025-01-01T00:00:00Z', schema: 1, tags: [], type: 'mood-changed', data: {} })
 * assert.ok(broken._tag === 'Left' && broken.left[0]!.path === 'position')
 * @category upcasting
 * @since 0.1.0
 */
export function decodeStored(
  record: unknown,
  options: ReadOptions = {},
): Either<ReadonlyArray<DecodeIssue>, DecodedRecord> {
  const versions: Readonly<Record<string, number>> = options.versions ?? SCHEMA_VERSIONS;
  const raw = record as { type?: unknown; schema?: unknown; data?: unknown } | null;
  if (raw !== null && typeof raw === 'object' && typeof raw.type === 'string') {
    const target = Object.prototype.hasOwnProperty.call(versions, raw.type) ? versions[raw.type] : undefined;
    if (target === undefined) {
      // Skipped, but the store still counts its position and may index its tags: they must be there (what else a newer
      // version writes in its envelope this one does not read).
      const placed = SkippedEnvelope.decode(record);
      return isLeft(placed) ? left(decodeIssues(placed.left)) : right(null);
    }
    if (typeof raw.schema === 'number' && raw.schema < target) {
      const data = upcastData(raw.type, raw.schema, raw.data, target, options.upcasters ?? []);
      if (isLeft(data)) return left([data.left]);
      const upcast = StoredEvent.decode({ ...raw, schema: target, data: data.right });
      if (isLeft(upcast)) return left(decodeIssues(upcast.left));
      // Its id is the hash of the data as written: what a copy checks it against, and writes (copyLog).
      rememberWritten(upcast.right, { schema: raw.schema, data: raw.data });
      return right(upcast.right);
    }
  }
  const decoded = StoredEvent.decode(record);
  return isLeft(decoded) ? left(decodeIssues(decoded.left)) : right(decoded.right);
}
