// Which schema, which log: a `?schema=` on the URL, as the CLI takes it, names it for the library too.
import pg from 'pg';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { statementMade } from '@stancelog/core';
import { migrate, openPostgresStore } from '@stancelog/store-postgres';
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
