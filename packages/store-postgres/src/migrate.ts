/**
 * Creates and upgrades a log's schema. Safe to run twice (applied versions
 * are recorded in a migrations table) and safe to run from several
 * processes at once (they queue on an advisory lock).
 *
 * @since 0.1.0
 */
import pg from 'pg';
import type { Either } from 'fp-ts/lib/Either.js';
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { StoreError } from '@stancelog/core';
import { clientConfig, redactUrl, unreachable } from './connection.js';
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

/**
 * The schema version recorded in a schema (0 when it holds no log).
 */
export async function schemaVersion(client: pg.ClientBase | pg.Pool, names: LogNames): Promise<number> {
  const exists = await client.query<{ present: boolean }>('select to_regclass($1) is not null as present', [names.migrations]);
  if (!exists.rows[0]?.present) return 0;
  const r = await client.query<{ version: number | null }>(`select max(version) as version from ${names.migrations}`);
  return r.rows[0]?.version ?? 0;
}

/**
 * Brings a log's schema to the version of this release. A schema already
 * at this version is left as it is, without any DDL or lock: reading its
 * `migrations` table is all it takes, so workers whose role may not create
 * anything run it at start-up as well.
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
  const client = new pg.Client(config.right);
  client.on('error', () => {
    // Reported by the failing query below; without a listener it would crash the process.
  });
  try {
    await client.connect();
  } catch (error) {
    return left(unreachable('migrate: cannot connect to', options.url, error));
  }
  const n = names.right;
  try {
    // A current schema needs nothing, and no DDL: a worker's role that may only read and insert migrates at start-up too
    // (CREATE SCHEMA IF NOT EXISTS needs CREATE on the database even when the schema exists).
    const current = await schemaVersion(client, n);
    // Newer than this release knows: the stores refuse to open it, so a deploy that migrates first must hear of it here.
    if (current > SCHEMA_VERSION) {
      return left({ _tag: 'StoreUnavailable', message: `migrate: ${redactUrl(options.url)} schema ${n.schema} is at version ${current}, newer than this release's ${SCHEMA_VERSION}: upgrade stancelog` });
    }
    if (current === SCHEMA_VERSION) return right({ schema: n.schema, from: current, to: current, applied: [] });
    await client.query('select pg_advisory_lock($1, $2)', [...n.migrateLock]);
    try {
      await client.query(`create schema if not exists "${n.schema}"`);
      await client.query(`create table if not exists ${n.migrations} (
        version integer primary key,
        name text not null,
        applied_at timestamptz not null default now()
      )`);
      const from = await schemaVersion(client, n);
      const applied: Array<{ version: number; name: string }> = [];
      for (const m of MIGRATIONS) {
        if (m.version <= from) continue;
        await client.query('begin');
        try {
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
