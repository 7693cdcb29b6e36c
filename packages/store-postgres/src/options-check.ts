/**
 * Checks the options of `openPostgresStore` and `migrate` before any
 * connection is made. The types say what is allowed, but a JavaScript
 * caller, or options read from a configuration file, are not checked by
 * them: a misspelt `schma: 'talks'` would otherwise open (and with
 * `migrate`, create) the default schema, and `migrate: 'no'` would migrate.
 *
 * @since 0.1.0
 */

type Check = (value: unknown) => boolean;

const millis: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const OPTIONS: Readonly<Record<string, readonly [Check, string]>> = {
  url: [(v) => typeof v === 'string', 'a postgres:// URL'],
  schema: [(v) => typeof v === 'string', 'a schema name'],
  migrate: [(v) => typeof v === 'boolean', 'true or false'],
  connectionTimeoutMillis: [millis, 'milliseconds (0 or more)'],
  statementTimeoutMillis: [millis, 'milliseconds (0 or more)'],
  statementTimeout: [millis, 'milliseconds (0 or more)'],
  retryMillis: [millis, 'milliseconds (0 or more)'],
  logCheckMillis: [millis, 'milliseconds (0 or more)'],
  applicationName: [(v) => typeof v === 'string', 'a string'],
  pool: [(v) => typeof v === 'object' && v !== null, 'an object ({ max, idleTimeoutMillis })'],
  pageSize: [() => true, ''], // checked, with its own message, by openPostgresStore
  onConnectionLost: [(v) => typeof v === 'function', 'a function'],
  onConnectionRestored: [(v) => typeof v === 'function', 'a function'],
  upcasters: [Array.isArray, 'an array of upcasters'],
  versions: [(v) => typeof v === 'object' && v !== null, 'an object of schema versions by event type'],
};
const POOL: Readonly<Record<string, readonly [Check, string]>> = {
  max: [(v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 1, 'a whole number of connections, 1 or more'],
  idleTimeoutMillis: [millis, 'milliseconds (0 or more)'],
};

// NaN and Infinity as they are, not as JSON's null.
const shown = (value: unknown): string =>
  typeof value === 'function' ? 'a function' : typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));

function fieldsProblem(options: object, known: Readonly<Record<string, readonly [Check, string]>>, prefix: string): string | undefined {
  for (const [key, value] of Object.entries(options)) {
    const rule = known[key];
    if (rule === undefined) return `${prefix}${key}: not an option (the options are ${Object.keys(known).filter((k) => k !== 'statementTimeout').join(', ')})`;
    if (value !== undefined && !rule[0](value)) return `${prefix}${key}: expected ${rule[1]}, got ${shown(value)}`;
  }
  return undefined;
}

/**
 * What is wrong with the options, naming the option (`pool.max: expected a
 * whole number of connections, 1 or more, got 0`), or undefined when
 * nothing is. Options left undefined are taken as not given.
 */
export function optionsProblem(options: object): string | undefined {
  if (typeof options !== 'object' || options === null) return `expected an object of options, got ${shown(options)}`;
  const top = fieldsProblem(options, OPTIONS, '');
  if (top !== undefined) return top;
  const pool = (options as { pool?: unknown }).pool;
  return pool === undefined ? undefined : fieldsProblem(pool as object, POOL, 'pool.');
}
