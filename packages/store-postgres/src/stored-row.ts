/**
 * A row of the log read back as an event. Only the `body` column (and the
 * position, for cursors and messages) is read: the body holds the whole
 * stored event, validated when it was appended, so it is trusted and costs
 * one `JSON.parse`; only events of an older schema version go through
 * `decodeStored` (upcasting), and events of types this reader does not know
 * are skipped.
 *
 * @since 0.1.0
 */
import { isLeft } from 'fp-ts/lib/Either.js';
import { SCHEMA_VERSIONS, StoreReadError } from '@stancelog/core';
import { decodeStored } from '@stancelog/core/store-kit';
import type { DecodeIssue, ReadOptions, StoredEvent } from '@stancelog/core';
import type { LogNames } from './schema-name.js';

/**
 * Raised (thrown from the async iterator) when a stored row cannot be read
 * back as an event: a read has no `Either` to return it in. A subscription
 * passes it to its `onError`. It is the {@link StoreReadError} every store
 * rejects a read of a damaged record with, as the `EventStore` contract
 * says: its `error` is a `StoreCorrupt` whose `location` is the events
 * table (and `issues`, those of an event that does not decode), and
 * `project` gives it back as that value; `position` names the row.
 *
 * @example
 * import { StoreReadError } from '@stancelog/core'
 * import { StoredRowError } from '@stancelog/store-postgres'
 * const e = new StoredRowError(7, '"stancelog".events position 7: data.polarity: expected one of "0", "+", "-", got 42', '"stancelog".events')
 * assert.strictEqual(e.position, 7)
 * assert.ok(e instanceof StoreReadError && e.error._tag === 'StoreCorrupt' && e.error.location === '"stancelog".events')
 * @category postgres
 * @since 0.1.0
 */
export class StoredRowError extends StoreReadError {
  constructor(
    readonly position: number,
    message: string,
    location = 'events',
    issues?: ReadonlyArray<DecodeIssue>,
  ) {
    super({ _tag: 'StoreCorrupt', location, message, ...(issues !== undefined ? { issues } : {}) });
    this.name = 'StoredRowError';
  }
}

/**
 * Turns one row (its position and body) into the event it holds, or `null`
 * for an event this reader skips; throws a {@link StoredRowError} naming the
 * position for a row it cannot read.
 */
export type RowDecoder = (position: number, body: string) => StoredEvent | null;

/**
 * The decoder of a read's rows, for the schema versions it reads. With
 * `contiguousAfter` (a read of every event after that position) it also
 * refuses a gap in the positions.
 */
export function rowDecoder(names: LogNames, options: ReadOptions, contiguousAfter?: number): RowDecoder {
  const versions: Readonly<Record<string, number>> = options.versions ?? SCHEMA_VERSIONS;
  // A read of every event (no tags) sees positions one after another: a gap is a row deleted by hand.
  let next = contiguousAfter === undefined ? undefined : contiguousAfter + 1;
  return (position, body) => {
    if (next !== undefined) {
      if (position !== next) {
        throw new StoredRowError(
          position,
          `${names.events} position ${position}: no event at position ${next}${position > next + 1 ? ` to ${position - 1}` : ''} (deleted by hand?): a log is restored to an earlier point by deleting every event after it, not some of them`,
          names.events,
        );
      }
      next = position + 1;
    }
    let record: { type?: unknown; schema?: unknown; position?: unknown } | null;
    try {
      record = JSON.parse(body) as typeof record;
    } catch (error) {
      throw new StoredRowError(position, `${names.events} position ${position}: the body is not valid JSON (${String(error)})`, names.events);
    }
    // A row inserted or edited by hand whose body says another position: two events would read at one.
    if (record !== null && typeof record === 'object' && record.position !== position) {
      throw new StoredRowError(position, `${names.events} position ${position}: the body says position ${JSON.stringify(record.position) ?? 'nothing'} (written or changed by hand?)`, names.events);
    }
    if (record !== null && typeof record.type === 'string' && record.schema === versions[record.type] && Object.prototype.hasOwnProperty.call(versions, record.type)) {
      return record as StoredEvent;
    }
    const decoded = decodeStored(record, options);
    if (isLeft(decoded)) {
      const issues = decoded.left;
      // An event of an older schema, refused for want of its upcaster (or one that threw): one issue at `schema`. Said
      // as what it is, with where the upcaster goes, not as damage (as the file store says of such a line).
      const current = record !== null && typeof record.type === 'string' && Object.prototype.hasOwnProperty.call(versions, record.type) ? versions[record.type] : undefined;
      if (current !== undefined && typeof record!.schema === 'number' && record!.schema < current && issues.length === 1 && issues[0]!.path === 'schema') {
        throw new StoredRowError(position, `${names.events} position ${position}: ${issues[0]!.message.replace(/^schema: /, '')} (the upcasters option of openPostgresStore); the row is not damaged, and the table is left as it is`, names.events, issues);
      }
      throw new StoredRowError(position, `${names.events} position ${position}: ${issues.map((issue) => issue.message).join('; ')}`, names.events, issues);
    }
    return decoded.right;
  };
}
