/**
 * Creates and upgrades a log's schema. Safe to run twice (applied versions
 * are recorded in a migrations table) and safe to run from several
 * processes at once (they queue on an advisory lock).
 *
 * @since 0.1.0
 */
import type * as pg from 'pg';
import type { Either } from 'fp-ts/lib/Either.js';
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { StoreError } from '@stancelog/core';
import { clientConfig, redactUrl, StoreClient, unreachable } from './connection.js';
import type { ConnectionOptions } from './connection.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';
import { logNames, schemaTarget } from './schema-name.js';
import type { LogNames } from './schema-name.js';
import { optionsProblem } from './options-check.js';

/**
 * Where to migrate: a URL, or connection options with a schema.
 *
 * @example
 * // doc-test: skip (needs a PostgreSQL server; run by the package tests)
 * import { migrate } from '@stancelog/store-postgres'
 * import type { MigrateOptions } from '@stancelog/store-postgres'
 * // A second log in the same database; DDL may wait behind long transactions: allow it 10 minutes.
 * const options: MigrateOptions = { url: process.env.STANCELOG_PG_URL!, schema: 'newsroom', statementTimeoutMillis: 600_000 }
 * const r = await migrate(options)
 * assert.ok(r._tag === 'Right' && r.right.schema === 'newsroom')
 * @category postgres
 * @since 0.1.0
 */
export interface MigrateOptions extends ConnectionOptions {
  /** The schema holding the log (default `stancelog`). */
  readonly schema?: string | undefined;
}

/**
 * What a migration run did.
 *
 * @example
 * // doc-test: skip (needs a PostgreSQL server; run by the package tests)
 * import { migrate, SCHEMA_VERSION } from '@stancelog/store-postgres'
 * import type { MigrateReport } from '@stancelog/store-postgres'
 * await migrate(process.env.STANCELOG_PG_URL!)
 * // Run again, it finds the schema current and applies nothing.
 * const again = await migrate(process.env.STANCELOG_PG_URL!)
 * const report: MigrateReport | undefined = again._tag === 'Right' ? again.right : undefined
 * assert.deepStrictEqual([report?.to, report?.applied], [SCHEMA_VERSION, []])
 * @category postgres
 * @since 0.1.0
 */
export interface MigrateReport {
  readonly schema: string;
  /** The schema version before the run (0: no log yet). */
  readonly from: number;
  /** The schema version after it. */
  readonly to: number;
  /** The migrations this run applied (none when the schema was current). */
  readonly applied: ReadonlyArray<{ readonly version: number; readonly name: string }>;
}

// The names a log's tables take in its schema: any of them there, not made by stancelog, is another application's.
const LOG_TABLES = ['migrations', 'events', 'snapshots', 'identity'];

/**
 * What a schema holds: a stancelog log at a schema version (0 when it holds
 * none yet), or, under the names a log's tables take, tables of another
 * application (`foreign` says which, and how they differ from a log's).
 */
export type SchemaState = { readonly version: number; readonly foreign?: undefined } | { readonly version?: undefined; readonly foreign: string };

/**
 * Reads what a schema holds. A `migrations` table is stancelog's when it
 * has the columns `version` and `name` and records stancelog's migrations
 * under their names, from version 1 on (a later release's versions above
 * this one's are taken as its own, so that they are refused as newer, not
 * as another application's). Without one, any of the log's other tables
 * belongs to someone else: stancelog records migration 1 in the
 * transaction that creates them.
 */
export async function schemaState(client: pg.ClientBase | pg.Pool, names: LogNames): Promise<SchemaState> {
  // The catalog, not information_schema, which shows only the columns the role has a privilege on.
  const found = await client.query<{ relation: string; columns: string[] }>(
    `select c.relname::text as relation, array_agg(a.attname::text order by a.attnum) as columns
       from pg_class c join pg_namespace s on s.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
      where s.nspname = $1 and c.relname = any($2::text[])
      group by c.relname`,
    [names.schema, LOG_TABLES],
  );
  const columns = new Map(found.rows.map((r) => [r.relation, r.columns]));
  const others = LOG_TABLES.filter((t) => t !== 'migrations' && columns.has(t));
  const unrecorded = (): SchemaState =>
    others.length === 0 ? { version: 0 } : { foreign: `${others.join(', ')}: ${others.length === 1 ? 'a table' : 'tables'} that no stancelog migration made` };
  const migrations = columns.get('migrations');
  if (migrations === undefined) return unrecorded();
  if (!migrations.includes('version') || !migrations.includes('name')) {
    return { foreign: `migrations: a table without stancelog's columns version and name; its columns are ${migrations.join(', ')}` };
  }
  // A log records one row a migration: a few. Another application's table may hold many; its first rows tell.
  const rows = (await client.query<{ version: string | null; name: string | null }>(`select version::text as version, name::text as name from ${names.migrations} order by version limit 1000`)).rows;
  // Empty: left by a migration 1 of an earlier release that failed (this one's leaves nothing), or by hand.
  if (rows.length === 0) return unrecorded();
  const recorded = new Map<number, string | null>();
  for (const row of rows) {
    if (row.version === null || !/^[1-9]\d{0,8}$/.test(row.version)) return { foreign: `migrations: it records ${JSON.stringify(row.version)}, no stancelog schema version` };
    recorded.set(Number(row.version), row.name);
  }
  const version = Math.max(...recorded.keys());
  for (const m of MIGRATIONS) {
    if (m.version > version) break;
    const name = recorded.get(m.version);
    if (name === undefined) return { foreign: `migrations: it records version ${version} but no version ${m.version}, stancelog's ${JSON.stringify(m.name)}` };
    if (name !== m.name) return { foreign: `migrations: its version ${m.version} is ${JSON.stringify(name)}, where stancelog's is ${JSON.stringify(m.name)}` };
  }
  return { version };
}

/**
 * Why a schema is refused, when it is: tables of another application in it,
 * or a log of a schema version newer than this release's.
 */
export function schemaRefusal(url: string, names: LogNames, state: SchemaState): string | undefined {
  if (state.foreign !== undefined) {
    return `${redactUrl(url)} schema ${names.schema} holds tables that are not a stancelog log (${state.foreign}): give the log a schema of its own, which nothing else uses (?schema=NAME on the URL, or the schema option)`;
  }
  return state.version > SCHEMA_VERSION ? `${redactUrl(url)} schema ${names.schema} is at version ${state.version}, newer than this release's ${SCHEMA_VERSION}: upgrade stancelog` : undefined;
}

/**
 * Brings a log's schema to the version of this release. A schema already
 * at this version is left as it is, without any DDL or lock: reading its
 * `migrations` table is all it takes, so workers whose role may not create
 * anything run it at start-up as well. A schema that holds tables of
 * another application under the names of a log's (`migrations`, `events`)
 * is refused before any DDL, and a first migration that fails leaves
 * nothing behind.
 *
 * @example
 * // doc-test: skip (needs a PostgreSQL server; run by the package tests)
 * import { migrate } from '@stancelog/store-postgres'
 * const r = await migrate(process.env.STANCELOG_PG_URL!)
 * if (r._tag === 'Right') console.log(`schema ${r.right.schema}: version ${r.right.from} -> ${r.right.to}`)
 * @category postgres
 * @since 0.1.0
 */
export async function migrate(target: string | MigrateOptions): Promise<Either<StoreError, MigrateReport>> {
  const given: MigrateOptions = typeof target === 'string' ? { url: target } : target;
  const problem = optionsProblem(given);
  if (problem !== undefined) return left({ _tag: 'StoreUnavailable', message: `migrate: ${problem}` });
  // `migrate(url)` with the URL the CLI takes, `?schema=NAME` and all: that schema, not the default.
  const named = schemaTarget(given);
  if (isLeft(named)) return left({ _tag: 'StoreUnavailable', message: `migrate: ${named.left.message}` });
  const options: MigrateOptions = { ...given, ...named.right };
  const names = logNames(options.schema);
  if (isLeft(names)) return names;
  // DDL may wait behind long transactions: allow it minutes, not the store's 30 s.
  const config = clientConfig({ ...options, statementTimeoutMillis: options.statementTimeoutMillis ?? options.statementTimeout ?? 300_000 });
  if (isLeft(config)) return config;
  const client = new StoreClient(config.right);
  client.on('error', () => {
    // Reported by the failing query below; without a listener it would crash the process.
  });
  try {
    await client.connect();
  } catch (error) {
    return left(unreachable('migrate: cannot connect to', options.url, error, config.right.connectionTimeoutMillis));
  }
  const n = names.right;
  try {
    // A current schema needs nothing, and no DDL: a worker's role that may only read and insert migrates at start-up too
    // (CREATE SCHEMA IF NOT EXISTS needs CREATE on the database even when the schema exists).
    // The schema's version, or why it is refused before any DDL: another application's tables, or a version newer
    // than this release knows (which the stores refuse to open, so a deploy that migrates first must hear of it here).
    const inspect = async (): Promise<Either<StoreError, number>> => {
      const state = await schemaState(client, n);
      const refused = schemaRefusal(options.url, n, state);
      return refused !== undefined ? left({ _tag: 'StoreUnavailable', message: `migrate: ${refused}` }) : right(state.version ?? 0);
    };
    const current = await inspect();
    if (isLeft(current) || current.right === SCHEMA_VERSION) return isLeft(current) ? current : right({ schema: n.schema, from: SCHEMA_VERSION, to: SCHEMA_VERSION, applied: [] });
    await client.query('select pg_advisory_lock($1, $2)', [...n.migrateLock]);
    try {
      // Again under the lock: another process may have migrated meanwhile.
      const locked = await inspect();
      if (isLeft(locked)) return locked;
      const from = locked.right;
      const applied: Array<{ version: number; name: string }> = [];
      for (const m of MIGRATIONS) {
        if (m.version <= from) continue;
        await client.query('begin');
        try {
          // The schema and its migrations table are made in the first migration's transaction: one that fails
          // leaves nothing behind (no empty migrations table in a schema of someone else's).
          if (from === 0 && applied.length === 0) {
            await client.query(`create schema if not exists "${n.schema}"`);
            await client.query(`create table if not exists ${n.migrations} (
              version integer primary key,
              name text not null,
              applied_at timestamptz not null default now()
            )`);
          }
          await client.query(m.sql(n));
          await client.query(`insert into ${n.migrations} (version, name) values ($1, $2)`, [m.version, m.name]);
          await client.query('commit');
        } catch (error) {
          await client.query('rollback').catch(() => undefined);
          return left(unreachable(`migrate: migration ${m.version} (${m.name}) failed on schema ${n.schema} of`, options.url, error));
        }
        applied.push({ version: m.version, name: m.name });
      }
      const to = applied.length > 0 ? applied[applied.length - 1]!.version : from;
      return right({ schema: n.schema, from, to, applied });
    } finally {
      await client.query('select pg_advisory_unlock($1, $2)', [...n.migrateLock]).catch(() => undefined);
    }
  } catch (error) {
    return left(unreachable(`migrate: schema ${n.schema} of`, options.url, error));
  } finally {
    await client.end().catch(() => undefined);
  }
}
