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
