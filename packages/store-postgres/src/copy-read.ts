/**
 * Reading the log with `COPY ... TO STDOUT (FORMAT binary)`: the read path
 * of `store.read`. The server sends a page of rows as one stream of
 * CopyData messages, read where they lie in the socket's chunks (see
 * `copy-out.ts`), and the rows are parsed as they arrive (`copy-binary.ts`).
 *
 * Pages are keyset-paged on the position like the select path
 * (`position > cursor order by position limit n`), but large (50,000 rows by
 * default): a page costs a round trip with nothing in flight, since the next
 * page's cursor is known only at the end of the current one. While a page
 * streams, its events go to the caller in batches of about 1,000, and the
 * stream is paused while the caller works, so memory stays bounded by a
 * batch and the socket's buffers, not by the page. The page therefore holds
 * a pool connection, and on the server a running statement (and its
 * snapshot), until the caller has taken its last batch; the connection goes
 * back to the pool before that last batch is handed over.
 *
 * A slow caller can make a page outlast the statement time-out: the server
 * then cancels the COPY, and the read goes on from the last row it received
 * with a new COPY (the rows before it were not lost, and keyset paging makes
 * the restart exact). A caller that stops early (`break`) gives the
 * connection back broken (`release(error)`), which closes it: the pool
 * never hands out a connection in the middle of a COPY.
 *
 * COPY takes no parameters, so the statement is built as text: only
 * integers this module checked are inlined, and tags are quoted with the
 * driver's `escapeLiteral`.
 *
 * @since 0.1.0
 */
import type * as pg from 'pg';
import type { ReadOptions, ReadQuery, StoredEvent } from '@stancelog/core';
import { CopyBinaryParser } from './copy-binary.js';
import type { CopyRow } from './copy-binary.js';
import { CopyDataReader, CopyOutStream } from './copy-out.js';
import { holdClient } from './connection.js';
import { rowDecoder } from './stored-row.js';
import type { LogNames } from './schema-name.js';

/** Events handed to the caller at a time: big enough to amortise the `await`, small enough for the cache. */
const BATCH = 1_000;

/**
 * Settings of a COPY read.
 */
export interface CopySettings extends ReadOptions {
  /** Rows per COPY statement. */
  readonly pageSize: number;
  /** Run on the first page's connection before its COPY (the store checks there that the log is still the one it opened); throw to stop the read. */
  readonly beforeFirstPage?: ((client: pg.ClientBase) => Promise<void>) | undefined;
}

/**
 * A whole number, or an error naming the setting: the guard on what is
 * inlined into the COPY statement. The store refuses a query with a bad
 * `after` or `limit` (as a `StoreReadError`) before it gets here, so this
 * throws only on a bug.
 */
function integer(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new TypeError(`read: ${what} must be an integer, got ${String(value)}`);
  return value;
}

/** The server cancelled the statement because it ran past `statement_timeout`. */
function isStatementTimeout(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  return e?.code === '57014' && typeof e.message === 'string' && /statement timeout/.test(e.message);
}

/**
 * The COPY statement of a page.
 */
export function copyStatement(names: LogNames, after: number, size: number, tags: ReadonlyArray<string> | undefined, escapeLiteral: (text: string) => string): string {
  const tagged = tags === undefined ? '' : ` and tags && array[${tags.map((tag) => escapeLiteral(String(tag))).join(', ')}]::text[]`;
  return `copy (select position, body from ${names.events} where position > ${integer(after, 'after')}${tagged} order by position limit ${integer(size, 'the page size')}) to stdout (format binary)`;
}

/**
 * Reads the events matching a query, one COPY statement per page, each on
 * a connection taken from the pool for the length of the page.
 */
export async function* readByCopy(pool: pg.Pool, names: LogNames, query: ReadQuery, settings: CopySettings): AsyncIterable<ReadonlyArray<StoredEvent>> {
  const tags = query.tags;
  if (tags !== undefined && tags.length === 0) return;
  let cursor = integer(query.after ?? 0, 'after');
  let remaining = query.limit === undefined ? Infinity : integer(query.limit, 'limit');
  const pageSize = integer(settings.pageSize, 'the page size');
  const decode = rowDecoder(names, settings, tags === undefined ? cursor : undefined);

  let batch: StoredEvent[] = [];
  let rows = 0;
  let first = true;
  const onRow = (row: CopyRow): void => {
    if (row.fieldCount !== 2) throw new Error(`${names.events}: the COPY of a page sent a row of ${row.fieldCount} fields, not 2`);
    const position = row.int64(0)!;
    cursor = position;
    rows++;
    const event = decode(position, row.text(1)!);
    // Events of types this reader does not know are skipped.
    if (event !== null) batch.push(event);
  };

  while (remaining > 0) {
    const size = Math.min(pageSize, remaining);
    const { client, release } = await holdClient(pool);
    rows = 0;
    try {
      if (first && settings.beforeFirstPage !== undefined) await settings.beforeFirstPage(client);
      first = false;
      const stream = client.query(new CopyOutStream(copyStatement(names, cursor, size, tags, (text) => client.escapeLiteral(text))));
      // Once the read stops early the stream is destroyed, and the driver still reports the closed connection to it.
      stream.on('error', () => undefined);
      const parser = new CopyBinaryParser();
      const reader = new CopyDataReader(parser, onRow);
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        reader.push(chunk);
        if (batch.length >= BATCH) {
          const full = batch;
          batch = [];
          yield full;
        }
      }
      reader.end();
      parser.end();
      release();
    } catch (error) {
      // Never give a connection whose COPY failed back for reuse.
      release(error instanceof Error ? error : new Error(String(error)));
      // A page that outlasted the statement time-out (a slow caller) goes on from the last row received.
      if (!(isStatementTimeout(error) && rows > 0)) throw error;
      remaining -= rows;
      continue;
    } finally {
      // The caller stopped early: the COPY is still running on this connection, which must be closed, not reused.
      release(new Error('the read stopped before the end of its page'));
    }
    remaining -= rows;
    if (batch.length > 0) {
      const last = batch;
      batch = [];
      yield last;
    }
    // A short page is the end of the log (for now).
    if (rows < size) return;
  }
}
