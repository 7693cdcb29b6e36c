/**
 * Reading the log in pages: keyset pagination on the position (each page is
 * one short query, `position > cursor order by position limit n`), so a read
 * holds no transaction or server cursor open while the caller works, and a
 * subscription can retry a page on a new connection.
 *
 * Only the `body` column is fetched, as text, and parsed with `JSON.parse`:
 * it holds the whole stored event (position included), validated when it
 * was appended, so it is trusted; only events of an older schema version go
 * through `decodeStored` (upcasting).
 *
 * @since 0.1.0
 */
import type pg from 'pg';
import { isLeft } from 'fp-ts/lib/Either.js';
import { SCHEMA_VERSIONS, decodeStored } from '@stancelog/core';
import type { ReadOptions, ReadQuery, StoredEvent } from '@stancelog/core';
import type { LogNames } from './schema-name.js';

/** Leaves every column as the text the server sent. */
const asText = { getTypeParser: () => (value: string) => value } as unknown as pg.CustomTypesConfig;

/**
 * Settings of a read.
 */
export interface PageSettings extends ReadOptions {
  /** Rows per page. */
  readonly pageSize: number;
}

/**
 * Raised (thrown from the async iterator) when a stored row cannot be read
 * back as an event: a read has no `Either` to return it in. A subscription
 * passes it to its `onError`.
 *
 * @example
 * import { StoredRowError } from '@stancelog/store-postgres'
 * const e = new StoredRowError(7, '"stancelog".events position 7: data.holder: expected ActorId, got 42')
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
 * Turns a page of rows (each the stored event's JSON) into events.
 */
export function decodePage(
  rows: ReadonlyArray<readonly [string]>,
  names: LogNames,
  options: ReadOptions,
): { readonly events: StoredEvent[]; readonly last: number } {
  const versions: Readonly<Record<string, number>> = options.versions ?? SCHEMA_VERSIONS;
  const events: StoredEvent[] = [];
  let last = 0;
  for (let i = 0; i < rows.length; i++) {
    const body = rows[i]![0];
    let record: { position: number; type?: unknown; schema?: unknown };
    try {
      // One parse per row: faster than joining the page into one document.
      record = JSON.parse(body) as typeof record;
    } catch (error) {
      throw new StoredRowError(NaN, `${names.events}: a row after position ${last} is not valid JSON (${String(error)})`);
    }
    last = record.position;
    if (typeof record.type === 'string' && record.schema === versions[record.type] && Object.prototype.hasOwnProperty.call(versions, record.type)) {
      events.push(record as StoredEvent);
      continue;
    }
    const decoded = decodeStored(record, options);
    if (isLeft(decoded)) {
      throw new StoredRowError(
        record.position,
        `${names.events} position ${record.position}: ${decoded.left.map((issue) => issue.message).join('; ')}`,
      );
    }
    if (decoded.right !== null) events.push(decoded.right);
  }
  return { events, last };
}

/**
 * Something that runs a query: a pool, or a pool wrapped in retries.
 */
export type RunQuery = (query: pg.QueryArrayConfig) => Promise<pg.QueryArrayResult<[string]>>;

/** The position of a stored row, read from its JSON. */
function positionOf(body: string, names: LogNames): number {
  const position = (JSON.parse(body) as { position?: unknown }).position;
  if (typeof position !== 'number') throw new StoredRowError(NaN, `${names.events}: a row's body has no position: ${body.slice(0, 80)}`);
  return position;
}

/**
 * Reads the events matching a query, one page per query. The next page is
 * asked for as soon as a page arrives, so the server and the network work
 * while the caller handles the page.
 */
export async function* readPages(
  run: RunQuery,
  names: LogNames,
  query: ReadQuery,
  settings: PageSettings,
): AsyncIterable<ReadonlyArray<StoredEvent>> {
  const tags = query.tags;
  if (tags !== undefined && tags.length === 0) return;
  let remaining = query.limit ?? Infinity;
  const page = (after: number, size: number): Promise<pg.QueryArrayResult<[string]>> =>
    run(
      tags === undefined
        ? {
            name: `stancelog_read_${names.schema}`,
            text: `select body from ${names.events} where position > $1 order by position limit $2`,
            values: [after, size],
            rowMode: 'array',
            types: asText,
          }
        : {
            name: `stancelog_read_tags_${names.schema}`,
            text: `select body from ${names.events} where position > $1 and tags && $3::text[] order by position limit $2`,
            values: [after, size, tags],
            rowMode: 'array',
            types: asText,
          },
    );
  let size = Math.min(settings.pageSize, remaining);
  let pending: Promise<pg.QueryArrayResult<[string]>> | undefined = page(query.after ?? 0, size);
  try {
    while (pending !== undefined) {
      const rows = (await pending).rows;
      pending = undefined;
      if (rows.length === 0) return;
      remaining -= rows.length;
      // A short page is the end of the log (for now); otherwise prefetch the next one.
      if (rows.length === size && remaining > 0) {
        size = Math.min(settings.pageSize, remaining);
        pending = page(positionOf(rows[rows.length - 1]![0], names), size);
      }
      const { events } = decodePage(rows, names, settings);
      // A page of events this reader skips (unknown types) yields nothing.
      if (events.length > 0) yield events;
    }
  } finally {
    // The caller stopped early: a prefetched page nobody reads must not become an unhandled rejection.
    pending?.catch(() => undefined);
  }
}
