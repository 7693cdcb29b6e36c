// Which schema, which log: a `?schema=` on the URL, as the CLI takes it, names it for the library too.
import pg from 'pg';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { statementMade } from '@stancelog/core';
import { migrate, openPostgresStore, redactUrl, SCHEMA_VERSION } from '@stancelog/store-postgres';
import { describePostgres, dropSchemas, freshSchema } from './postgres-server.js';

describePostgres('a schema named on the URL', (url) => {
  const schemas: string[] = [];
  afterAll(() => dropSchemas(url, schemas));
  const fresh = (): string => {
    const schema = freshSchema('url');
    schemas.push(schema);
    return schema;
  };
  const schemaExists = async (schema: string): Promise<boolean> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query('select 1 from information_schema.schemata where schema_name = $1', [schema])).rowCount === 1;
    } finally {
      await client.end();
    }
  };

  it('is the one migrate(url) creates and openPostgresStore({ url }) opens, as the CLI would', async () => {
    const schema = fresh();
    const migrated = await migrate(`${url}?schema=${schema}`);
    expect(isRight(migrated) && migrated.right.schema).toBe(schema);
    expect(await schemaExists(schema)).toBe(true);
    const opened = await openPostgresStore({ url: `${url}?schema=${schema}` });
    if (isLeft(opened)) throw new Error(opened.left.message);
    const appended = await opened.right.append([statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11', source: { quote: 'a truce now' } })]);
    expect(isRight(appended)).toBe(true);
    await opened.right.close();
    // The same log, named by the option instead.
    const again = await openPostgresStore({ url, schema });
    if (isLeft(again)) throw new Error(again.left.message);
    expect(await again.right.head()).toBe(1);
    await again.right.close();
  });

  it('is refused when the option names another, when named twice differently, or misspelt, before anything is created', async () => {
    const schema = fresh();
    const other = fresh();
    const both = await openPostgresStore({ url: `${url}?schema=${schema}`, schema: other, migrate: true });
    expect(isLeft(both) && both.left.message).toMatch(new RegExp(`the URL names the schema ${schema} and the schema option ${other}: name it once$`));
    const twice = await migrate(`${url}?schema=${schema}&schema=${other}`);
    expect(isLeft(twice) && twice.left.message).toMatch(/^migrate: the URL names the schema 2 times/);
    const slip = await migrate(`${url}?schma=${schema}`);
    expect(isLeft(slip) && slip.left.message).toBe(`migrate: the URL parameter schma is no connection setting: schema=${schema}?`);
    // So is a misspelt connect_timeout, and the option's name, which the driver ignored without a word.
    const timeout = await migrate(`${url}?schema=${schema}&connect_timout=3`);
    expect(isLeft(timeout) && timeout.left.message).toBe('migrate: the URL parameter connect_timout is no connection setting: connect_timeout=3?');
    const option = await openPostgresStore({ url: `${url}?schema=${schema}&connectionTimeoutMillis=1000`, migrate: true });
    expect(isLeft(option) && option.left.message).toMatch(/: the URL parameter connectionTimeoutMillis is no connection setting: connect_timeout=1 \(in seconds\)\?$/);
    expect([await schemaExists(schema), await schemaExists(other)]).toEqual([false, false]);
  });

  it('at a version newer than this release is refused by migrate too, as the stores refuse to open it', async () => {
    const schema = fresh();
    expect(isRight(await migrate({ url, schema }))).toBe(true);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`insert into "${schema}".migrations (version, name) values (99, 'from a later release')`);
    } finally {
      await client.end();
    }
    const r = await migrate({ url, schema });
    expect(isLeft(r) && r.left.message).toMatch(new RegExp(`schema ${schema} is at version 99, newer than this release's \\d+: upgrade stancelog$`));
  });
});

// A schema is a log's alone: one that holds another application's tables under the names a log's take
// (`migrations` and `events` are common ones) is refused, saying so, where it was taken for a log.
describePostgres('a schema holding tables of another application', (url) => {
  const schemas: string[] = [];
  afterAll(() => dropSchemas(url, schemas));
  const sql = async <T extends pg.QueryResultRow = pg.QueryResultRow>(text: string): Promise<T[]> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<T>(text)).rows;
    } finally {
      await client.end();
    }
  };
  // A schema made by someone else, with its tables.
  const theirs = async (ddl: (schema: string) => string): Promise<string> => {
    const schema = freshSchema('theirs');
    schemas.push(schema);
    await sql(`create schema "${schema}"; ${ddl(schema)}`);
    return schema;
  };
  const tables = async (schema: string): Promise<string[]> =>
    (await sql<{ t: string }>(`select table_name::text as t from information_schema.tables where table_schema = '${schema}' order by 1`)).map((r) => r.t);
  const where = (schema: string): string => `${redactUrl(url)} schema ${schema}`;
  const advice = ': give the log a schema of its own, which nothing else uses (?schema=NAME on the URL, or the schema option)';
  // What migrate and openPostgresStore (with and without migrate) say of it.
  const refusals = async (schema: string): Promise<string[]> => {
    const messages: string[] = [];
    const migrated = await migrate(`${url}?schema=${schema}`);
    messages.push(isLeft(migrated) ? migrated.left.message : 'migrated');
    for (const migrating of [false, true]) {
      const opened = await openPostgresStore({ url, schema, migrate: migrating });
      if (isRight(opened)) await opened.right.close();
      messages.push(isLeft(opened) ? opened.left.message : 'opened');
    }
    return messages;
  };

  it("is refused for a migrations table recording another application's versions, however many, and left as it was", async () => {
    const schema = await theirs((s) => `create table "${s}".migrations (version integer primary key, name text, applied_at timestamptz);
      insert into "${s}".migrations select g, 'app migration ' || g, now() from generate_series(1, 3) g`);
    const refused = `${where(schema)} holds tables that are not a stancelog log (migrations: its version 1 is "app migration 1", where stancelog's is "events and snapshots")${advice}`;
    expect(await refusals(schema)).toEqual([`migrate: ${refused}`, refused, `migrate: ${refused}`]);
    // At version 12, newer than this release's: still another application's, not a later stancelog.
    await sql(`insert into "${schema}".migrations select g, 'app migration ' || g, now() from generate_series(4, 12) g`);
    expect(await refusals(schema)).toEqual([`migrate: ${refused}`, refused, `migrate: ${refused}`]);
    // One versioned by date has no version 1 at all.
    await sql(`delete from "${schema}".migrations; insert into "${schema}".migrations values (20250301, 'create users', now())`);
    expect((await refusals(schema))[0]).toBe(`migrate: ${where(schema)} holds tables that are not a stancelog log (migrations: it records version 20250301 but no version 1, stancelog's "events and snapshots")${advice}`);
    expect(await tables(schema)).toEqual(['migrations']);
    expect(await sql(`select count(*)::int as n from "${schema}".migrations`)).toEqual([{ n: 1 }]);
  });

  it('is refused for a migrations table of another shape (knex), naming its columns, where the SQL failed', async () => {
    const schema = await theirs((s) => `create table "${s}".migrations (id serial primary key, name varchar(255), batch int, migration_time timestamptz)`);
    const refused = `${where(schema)} holds tables that are not a stancelog log (migrations: a table without stancelog's columns version and name; its columns are id, name, batch, migration_time)${advice}`;
    expect(await refusals(schema)).toEqual([`migrate: ${refused}`, refused, `migrate: ${refused}`]);
    expect(await tables(schema)).toEqual(['migrations']);
  });

  it('is refused for an events table with no migrations beside it, leaving no migrations table behind, where it said to run migrate', async () => {
    const schema = await theirs((s) => `create table "${s}".events (id serial primary key, headline text)`);
    const refused = `${where(schema)} holds tables that are not a stancelog log (events: a table that no stancelog migration made)${advice}`;
    expect(await refusals(schema)).toEqual([`migrate: ${refused}`, refused, `migrate: ${refused}`]);
    expect(await tables(schema)).toEqual(['events']);
  });

  it('is migrated when all it holds is an empty migrations table (left by a failed migration of an earlier release)', async () => {
    const schema = await theirs((s) => `create table "${s}".migrations (version integer primary key, name text not null, applied_at timestamptz not null default now())`);
    const migrated = await migrate({ url, schema });
    expect(isRight(migrated) && [migrated.right.from, migrated.right.to]).toEqual([0, SCHEMA_VERSION]);
  });

  it('keeps nothing of a migration 1 that fails: no migrations table, no events', async () => {
    // A relation of its own named as the log's tag index, which migration 1 then cannot create.
    const schema = await theirs((s) => `create table "${s}".events_tags (x int)`);
    const failed = await migrate({ url, schema });
    expect(isLeft(failed) && failed.left.message).toBe(`migrate: migration 1 (events and snapshots) failed on schema ${schema} of ${redactUrl(url)}: relation "events_tags" already exists (SQLSTATE 42P07)`);
    expect(await tables(schema)).toEqual(['events_tags']);
  });
});
