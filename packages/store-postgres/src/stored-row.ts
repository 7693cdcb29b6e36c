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
import { SCHEMA_VERSIONS } from '@stancelog/core';
import { decodeStored } from '@stancelog/core/store-kit';
import type { ReadOptions, StoredEvent } from '@stancelog/core';
import type { LogNames } from './schema-name.js';

/**
 * Raised (thrown from the async iterator) when a stored row cannot be read
 * back as an event: a read has no `Either` to return it in. A subscription
 * passes it to its `onError`.
 *
 * @example
 * import { StoredRowError } from '@stancelog/store-postgres'
 * const e = new StoredRowError(7, '"stancelog".events position 7: data.polarity: expected one of "0", "+", "-", got 42')
 * assert.strictEqual(e.position, 7)
 * @category postgres
 * @since 0.1.0
 */
export class StoredRowError extends Error {
  constructor(
    readonly position: number,
    message: string,
  ) {
    super(message);
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
 * The decoder of a read's rows, for the schema versions it reads.
 */
export function rowDecoder(names: LogNames, options: ReadOptions): RowDecoder {
  const versions: Readonly<Record<string, number>> = options.versions ?? SCHEMA_VERSIONS;
  return (position, body) => {
    let record: { type?: unknown; schema?: unknown } | null;
    try {
      record = JSON.parse(body) as typeof record;
    } catch (error) {
      throw new StoredRowError(position, `${names.events} position ${position}: the body is not valid JSON (${String(error)})`);
    }
    if (record !== null && typeof record.type === 'string' && record.schema === versions[record.type] && Object.prototype.hasOwnProperty.call(versions, record.type)) {
      return record as StoredEvent;
    }
    const decoded = decodeStored(record, options);
    if (isLeft(decoded)) {
      throw new StoredRowError(position, `${names.events} position ${position}: ${decoded.left.map((issue) => issue.message).join('; ')}`);
    }
    return decoded.right;
  };
}
