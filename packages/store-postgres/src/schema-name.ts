/**
 * Where a store's tables live: one PostgreSQL schema per log, so several
 * logs (or a test per schema) share a database without touching each other.
 * Names of tables, the notification channel and advisory-lock keys all
 * derive from the schema name.
 *
 * @since 0.1.0
 */
import type { Either } from 'fp-ts/lib/Either.js';
import { left, right } from 'fp-ts/lib/Either.js';
import { nearNames } from '@stancelog/core';
import type { StoreUnavailable } from '@stancelog/core';

/** Short enough that `stancelog_<schema>` fits PostgreSQL's 63-byte identifiers. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,47}$/;

/**
 * The schema stancelog uses when none is given.
 *
 * @example
 * import { DEFAULT_SCHEMA } from '@stancelog/store-postgres'
 * assert.strictEqual(DEFAULT_SCHEMA, 'stancelog')
 * @category postgres
 * @since 0.1.0
 */
export const DEFAULT_SCHEMA = 'stancelog';

/**
 * The schema a store's options name, and the URL to connect with: a
 * `?schema=NAME` parameter of the URL (as `stancelog --store` takes it)
 * names the schema as the `schema` option does, and is taken off the URL,
 * which goes to the driver. Refused rather than guessed at, since another
 * schema is another log: a URL and an option naming two schemas, a URL
 * naming one twice, and a parameter that looks like a misspelt `schema`
 * (the driver would pass it on, and the default schema would be opened),
 * or a misspelt `connect_timeout`, or the options `connectionTimeoutMillis`
 * and `statementTimeoutMillis` (the driver would ignore them).
 *
 * @example
 * import { schemaTarget } from '@stancelog/store-postgres'
 * assert.deepStrictEqual(schemaTarget({ url: 'postgres://ana@h/db?schema=talks&sslmode=require' }), { _tag: 'Right', right: { url: 'postgres://ana@h/db?sslmode=require', schema: 'talks' } })
 * assert.deepStrictEqual(schemaTarget({ url: 'postgres://ana@h/db', schema: 'talks' }), { _tag: 'Right', right: { url: 'postgres://ana@h/db', schema: 'talks' } })
 * const both = schemaTarget({ url: 'postgres://ana@h/db?schema=talks', schema: 'trade' })
 * assert.ok(both._tag === 'Left' && both.left.message === 'the URL names the schema talks and the schema option trade: name it once')
 * const slip = schemaTarget({ url: 'postgres://ana@h/db?schma=talks' })
 * assert.ok(slip._tag === 'Left' && slip.left.message === 'the URL parameter schma is no connection setting: schema=talks?')
 * const option = schemaTarget({ url: 'postgres://ana@h/db?connectionTimeoutMillis=1000' })
 * assert.ok(option._tag === 'Left' && option.left.message === 'the URL parameter connectionTimeoutMillis is no connection setting: connect_timeout=1 (in seconds)?')
 * // The statement timeout's option too: the driver reads libpq's statement_timeout, in milliseconds.
 * const statements = schemaTarget({ url: 'postgres://ana@h/db?statementTimeoutMillis=2000' })
 * assert.ok(statements._tag === 'Left' && statements.left.message === 'the URL parameter statementTimeoutMillis is no connection setting: statement_timeout=2000 (in milliseconds)?')
 * @category postgres
 * @since 0.1.0
 */
export function schemaTarget(options: { readonly url: string; readonly schema?: string | undefined }): Either<StoreUnavailable, { url: string; schema: string | undefined }> {
  const q = options.url.indexOf('?');
  if (q < 0) return right({ url: options.url, schema: options.schema });
  const params = new URLSearchParams(options.url.slice(q + 1));
  const refuse = (message: string): Either<StoreUnavailable, never> => left({ _tag: 'StoreUnavailable', message });
  for (const key of new Set(params.keys())) {
    const meant = meantParameter(key, params.get(key) ?? '');
    if (meant !== undefined) return refuse(`the URL parameter ${key} is no connection setting: ${meant}?`);
  }
  const named = params.getAll('schema');
  if (named.length === 0) return right({ url: options.url, schema: options.schema });
  if (new Set(named).size > 1) return refuse(`the URL names the schema ${named.length} times (${named.join(', ')}): name it once`);
  const schema = named[0]!;
  if (options.schema !== undefined && options.schema !== schema) return refuse(`the URL names the schema ${schema} and the schema option ${options.schema}: name it once`);
  params.delete('schema');
  const rest = params.toString();
  return right({ url: options.url.slice(0, q) + (rest ? `?${rest}` : ''), schema });
}

// The URL parameters the store reads itself: the driver has no schema, and ignores connect_timeout.
const STORE_PARAMETERS = ['schema', 'connect_timeout'];

/**
 * The parameter a URL's `key` was meant to be, with its value, when it looks like a misspelt one of the store's, or
 * names the option of one (`connectionTimeoutMillis`, `statementTimeoutMillis`): the driver would ignore it without a word.
 */
function meantParameter(key: string, value: string): string | undefined {
  if (STORE_PARAMETERS.includes(key)) return undefined;
  if (key.toLowerCase() === 'connectiontimeoutmillis') return `connect_timeout=${/^\d+$/.test(value) ? Math.ceil(Number(value) / 1_000) : 'SECONDS'} (in seconds)`;
  if (key.toLowerCase() === 'statementtimeoutmillis') return `statement_timeout=${/^\d+$/.test(value) ? value : 'MILLISECONDS'} (in milliseconds)`;
  const near = nearNames(key, STORE_PARAMETERS)[0];
  return near === undefined ? undefined : `${near}=${value}`;
}

/**
 * The SQL names of one log's objects, already quoted.
 *
 * @example
 * import { logNames } from '@stancelog/store-postgres'
 * import type { LogNames } from '@stancelog/store-postgres'
 * const named = logNames('newsroom')
 * if (named._tag === 'Left') throw new Error(named.left.message)
 * const names: LogNames = named.right
 * // For the application's own SQL on the store's pool, and its own LISTEN for appends.
 * assert.deepStrictEqual([`select count(*) from ${names.events}`, `listen ${names.channel}`], ['select count(*) from "newsroom".events', 'listen stancelog_newsroom'])
 * @category postgres
 * @since 0.1.0
 */
export interface LogNames {
  /** The bare schema name (`stancelog`). */
  readonly schema: string;
  /** `"stancelog".events` */
  readonly events: string;
  /** `"stancelog".snapshots` */
  readonly snapshots: string;
  /** `"stancelog".migrations` */
  readonly migrations: string;
  /** `"stancelog".identity`: one row, the random id drawn when the log was created (schema version 2 on). */
  readonly identity: string;
  /** The LISTEN/NOTIFY channel woken by appends (`stancelog_<schema>`). */
  readonly channel: string;
  /** Key of the advisory lock that serialises appends: `[class, object]`. */
  readonly appendLock: readonly [number, number];
  /** Key of the advisory lock that serialises migrations. */
  readonly migrateLock: readonly [number, number];
}

/** 32-bit FNV-1a, signed: the object half of an advisory-lock key. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/**
 * The name of a prepared statement of the log in `schema`: `stancelog_<kind>_<schema>`, or, where that is
 * longer than PostgreSQL's 63 bytes (the driver warns, on every new connection, that it would be cut), the
 * schema's first letters and a hash of the whole name.
 */
export function statementName(kind: string, schema: string): string {
  const full = `stancelog_${kind}_${schema}`;
  if (full.length <= 63) return full;
  const hash = (fnv1a(schema) >>> 0).toString(36);
  return `stancelog_${kind}_${schema.slice(0, 63 - full.length + schema.length - hash.length - 1)}_${hash}`;
}

// Lock classes ("STL" + 1, 2): keep stancelog's advisory locks apart from the application's.
const APPEND_LOCK_CLASS = 0x53544c01;
const MIGRATE_LOCK_CLASS = 0x53544c02;

/**
 * Checks a schema name and derives the names of the log's objects.
 *
 * @example
 * import { logNames } from '@stancelog/store-postgres'
 * const r = logNames('newsroom')
 * assert.strictEqual(r._tag === 'Right' && r.right.events, '"newsroom".events')
 * assert.strictEqual(logNames('News Room')._tag, 'Left')
 * @category postgres
 * @since 0.1.0
 */
export function logNames(schema: string = DEFAULT_SCHEMA): Either<StoreUnavailable, LogNames> {
  if (!SCHEMA_NAME.test(schema)) {
    return left({
      _tag: 'StoreUnavailable',
      message: `schema: expected a lowercase name of letters, digits and underscores (at most 48), got ${JSON.stringify(schema)}`,
    });
  }
  // The server keeps names beginning pg_ for its own schemas, and refuses them in words less clear than these.
  if (schema.startsWith('pg_')) return left({ _tag: 'StoreUnavailable', message: `schema: names beginning pg_ are PostgreSQL's own, got ${JSON.stringify(schema)}` });
  const q = `"${schema}"`;
  const key = fnv1a(schema);
  return right({
    schema,
    events: `${q}.events`,
    snapshots: `${q}.snapshots`,
    migrations: `${q}.migrations`,
    identity: `${q}.identity`,
    channel: `stancelog_${schema}`,
    appendLock: [APPEND_LOCK_CLASS, key],
    migrateLock: [MIGRATE_LOCK_CLASS, key],
  });
}
