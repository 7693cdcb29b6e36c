/**
 * The PostgreSQL server of the tests: `scripts/postgres.sh start` starts it
 * and prints its URL, which the tests read from STANCELOG_PG_URL. Each test
 * log lives in a fresh schema, dropped at the end.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { isLeft } from 'fp-ts/lib/Either.js';
import { openPostgresStore } from '@stancelog/store-postgres';
import type { PostgresStore, PostgresStoreOptions } from '@stancelog/store-postgres';

export const PG_URL = process.env.STANCELOG_PG_URL;
const SKIP = process.env.STANCELOG_PG_SKIP === '1';

/**
 * `describe` for PostgreSQL tests: skipped when STANCELOG_PG_SKIP=1; when no
 * server is configured, one failing test says how to start it.
 */
export function describePostgres(name: string, body: (url: string) => void): void {
  if (SKIP) {
    describe.skip(name, () => it('needs PostgreSQL (STANCELOG_PG_SKIP=1)', () => undefined));
    return;
  }
  if (PG_URL === undefined || PG_URL === '') {
    describe(name, () => {
      it('needs a PostgreSQL server', () => {
        throw new Error(
          'STANCELOG_PG_URL is not set: run `scripts/postgres.sh start` and export STANCELOG_PG_URL="$(scripts/postgres.sh url)" (or set STANCELOG_PG_SKIP=1 to skip the PostgreSQL tests)',
        );
      });
    });
    return;
  }
  describe(name, () => body(PG_URL));
}

/** A schema name no other test uses. */
export function freshSchema(prefix = 't'): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

/** Drops the test schemas. */
export async function dropSchemas(url: string, schemas: Iterable<string>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const s of schemas) await client.query(`drop schema if exists "${s}" cascade`);
  } finally {
    await client.end();
  }
}

/** Opens a migrated store in a fresh schema; remembers the schema for `dropSchemas`. */
export async function openFresh(url: string, schemas: string[], options: Partial<PostgresStoreOptions> = {}): Promise<PostgresStore> {
  const schema = options.schema ?? freshSchema();
  schemas.push(schema);
  const r = await openPostgresStore({ url, schema, migrate: true, ...options });
  if (isLeft(r)) throw new Error(r.left.message);
  return r.right;
}

/**
 * Stores on fresh schemas for one suite (call it inside a `describe`): they
 * are closed, and their schemas (with any a test adds to `schemas`)
 * dropped, after the suite.
 */
export function freshStores(url: string): { open: (options?: Partial<PostgresStoreOptions>) => Promise<PostgresStore>; schemas: string[] } {
  const schemas: string[] = [];
  const stores: PostgresStore[] = [];
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await dropSchemas(url, schemas);
  });
  const open = async (options: Partial<PostgresStoreOptions> = {}): Promise<PostgresStore> => {
    const store = await openFresh(url, schemas, options);
    stores.push(store);
    return store;
  };
  return { open, schemas };
}
