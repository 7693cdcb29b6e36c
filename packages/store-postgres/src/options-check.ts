/**
 * Checks the options of `openPostgresStore` and `migrate` before any
 * connection is made. The types say what is allowed, but a JavaScript
 * caller, or options read from a configuration file, are not checked by
 * them: a misspelt `schma: 'talks'` would otherwise open (and with
 * `migrate`, create) the default schema, and `migrate: 'no'` would migrate.
 *
 * @since 0.1.0
 */

import { optionsProblem as problemOf, UPCASTERS_OPTION } from '@stancelog/core/store-kit';
import type { OptionRule } from '@stancelog/core/store-kit';

const is = (accepts: (value: unknown) => boolean, expected: string): OptionRule => ({ accepts, expected });
const millis = is((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0, 'milliseconds (0 or more)');
// What becomes a timer (pg's, the log check's) or the server's statement_timeout takes at most 2^31 - 1 ms (about 24.8
// days): node runs a longer timer after 1 ms (a connection timed out at once, the log checked every millisecond).
// The connection module bounds libpq's connect_timeout and PGCONNECT_TIMEOUT, in seconds, by it too.
export const LONGEST_TIMER_MILLIS = 2 ** 31 - 1;
const timer = is((v) => typeof v === 'number' && v >= 0 && v <= LONGEST_TIMER_MILLIS, `milliseconds (0 or more, at most ${LONGEST_TIMER_MILLIS})`);
// An interval of 0 runs every millisecond, as a query after a query.
const interval = is((v) => typeof v === 'number' && v > 0 && v <= LONGEST_TIMER_MILLIS, `milliseconds (more than 0, at most ${LONGEST_TIMER_MILLIS})`);
const OPTIONS: Readonly<Record<string, OptionRule>> = {
  url: is((v) => typeof v === 'string' && v.trim() !== '', 'a postgres:// URL'),
  schema: is((v) => typeof v === 'string', 'a schema name'),
  migrate: is((v) => typeof v === 'boolean', 'true or false'),
  connectionTimeoutMillis: timer,
  statementTimeoutMillis: timer,
  statementTimeout: { ...timer, alias: true },
  retryMillis: millis,
  logCheckMillis: interval,
  applicationName: is((v) => typeof v === 'string', 'a string'),
  pool: is((v) => typeof v === 'object' && v !== null, 'an object ({ max, idleTimeoutMillis })'),
  pageSize: is(() => true, ''), // checked, with its own message, by openPostgresStore
  onConnectionLost: is((v) => typeof v === 'function', 'a function'),
  onConnectionRestored: is((v) => typeof v === 'function', 'a function'),
  // Each one's shape too, by the rule the file and memory stores use: an upcaster without `up` failed only at the first old row.
  upcasters: UPCASTERS_OPTION,
  // Taken once (the options extended ReadOptions), but only by reads: appends prepared events by this release's
  // versions, so a type left out was appended and never read back. A store reads and writes this release's versions,
  // as the file and memory stores do; an older schema's events are read through upcasters.
  versions: {
    accepts: (v) => v === undefined,
    expected: "nothing: a store reads and writes this release's schema versions (events of an older one are read through upcasters)",
    alias: true,
  },
};
const POOL: Readonly<Record<string, OptionRule>> = {
  max: is((v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 1, 'a whole number of connections, 1 or more'),
  idleTimeoutMillis: timer,
};

/**
 * What is wrong with the options, naming the option (`pool.max: expected a
 * whole number of connections, 1 or more, got 0`), or undefined when
 * nothing is. Options left undefined are taken as not given.
 */
export function optionsProblem(options: object): string | undefined {
  const top = problemOf(options, OPTIONS);
  if (top !== undefined) return top;
  // `{ url: process.env.STANCELOG_PG_URL }` with the variable unset: no URL at all, where one is needed.
  if ((options as { url?: unknown }).url === undefined) return 'url: expected a postgres:// URL, got nothing (is the variable it was read from set?)';
  const pool = (options as { pool?: unknown }).pool;
  return pool === undefined ? undefined : problemOf(pool, POOL, 'pool.');
}
