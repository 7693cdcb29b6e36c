/**
 * Reading the log in pages of short select queries: the read path of live
 * subscriptions. Keyset pagination on the position: each page is one query,
 * `position > cursor order by position limit n` (at most 2,000 rows). A page
 * arrives whole and its connection goes back to the pool at once: a
 * subscription holds a connection only while a query runs, never while its
 * handler does (so a handler may append to the same store whatever the
 * pool's size), and holds no transaction or server cursor. A page that fails
 * on a lost connection can be asked again on a new one.
 *
 * `store.read` streams large pages with COPY instead (`copy-read.ts`):
 * faster, but it holds a connection while the caller works.
 *
 * @since 0.1.0
 */
import type * as pg from 'pg';
import type { ReadOptions, ReadQuery, StoredEvent } from '@stancelog/core';
import { statementName } from './schema-name.js';
import type { LogNames } from './schema-name.js';
import { rowDecoder } from './stored-row.js';

/** Leaves every column as the text the server sent. */
const asText = { getTypeParser: () => (value: string) => value } as unknown as pg.CustomTypesConfig;

/**
 * Settings of a read.
 */
export interface PageSettings extends ReadOptions {
  /** Rows per page. */
  readonly pageSize: number;
}

/** A row as selected: its position and its body, as text. */
type Row = [string, string];

/**
 * Something that runs a query: a pool, or a pool wrapped in retries.
 */
export type RunQuery = (query: pg.QueryArrayConfig) => Promise<pg.QueryArrayResult<Row>>;

/**
 * Reads the events matching a query, one page per query. The next page is
 * asked for as soon as a page arrives, so the server and the network work
 * while the caller handles the page.
 */
export async function* readPages(run: RunQuery, names: LogNames, query: ReadQuery, settings: PageSettings): AsyncIterable<ReadonlyArray<StoredEvent>> {
  const tags = query.tags;
  if (tags !== undefined && tags.length === 0) return;
  let remaining = query.limit ?? Infinity;
  const decode = rowDecoder(names, settings, tags === undefined ? (query.after ?? 0) : undefined);
  const page = (after: number, size: number): Promise<pg.QueryArrayResult<Row>> =>
    run(
      tags === undefined
        ? {
            name: statementName('read', names.schema),
            text: `select position, body from ${names.events} where position > $1 order by position limit $2`,
            values: [after, size],
            rowMode: 'array',
            types: asText,
          }
        : {
            name: statementName('read_tags', names.schema),
            text: `select position, body from ${names.events} where position > $1 and tags && $3::text[] order by position limit $2`,
            values: [after, size, tags],
            rowMode: 'array',
            types: asText,
          },
    );
  let size = Math.min(settings.pageSize, remaining);
  let pending: Promise<pg.QueryArrayResult<Row>> | undefined = page(query.after ?? 0, size);
  try {
    while (pending !== undefined) {
      const rows = (await pending).rows;
      pending = undefined;
      if (rows.length === 0) return;
      remaining -= rows.length;
      // A short page is the end of the log (for now); otherwise prefetch the next one.
      if (rows.length === size && remaining > 0) {
        size = Math.min(settings.pageSize, remaining);
        pending = page(Number(rows[rows.length - 1]![0]), size);
      }
      const events: StoredEvent[] = [];
      for (const [position, body] of rows) {
        const event = decode(Number(position), body);
        // Events of types this reader does not know are skipped.
        if (event !== null) events.push(event);
      }
      if (events.length > 0) yield events;
    }
  } finally {
    // The caller stopped early: a prefetched page nobody reads must not become an unhandled rejection.
    pending?.catch(() => undefined);
  }
}
