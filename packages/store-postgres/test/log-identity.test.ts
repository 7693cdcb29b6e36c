import pg from 'pg';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { serialize } from 'node:v8';
import { positions, project, readAll, statementMade } from '@stancelog/core';
import type { NewEvent, StoredEvent } from '@stancelog/core';
import { logNames, migrate, MIGRATIONS, openPostgresStore, SCHEMA_VERSION } from '@stancelog/store-postgres';
import type { PostgresStore, PostgresStoreOptions } from '@stancelog/store-postgres';
import { describePostgres, dropSchemas, freshSchema } from './postgres-server.js';

const statements = (from: number, to: number, source = 'old'): NewEvent[] =>
  Array.from({ length: to - from + 1 }, (_, i) =>
    statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-05-16', source: { quote: `${source} statement ${from + i}` } }),
  );

const until = async (condition: () => boolean, what: string, timeoutMillis = 15_000): Promise<void> => {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMillis) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String((error as { message?: unknown })?.message ?? error));

describePostgres('a PostgreSQL log dropped, created again or restored to an earlier point while a store has it open', (url) => {
  const schemas: string[] = [];
  const stores: PostgresStore[] = [];
  const admin = new pg.Client({ connectionString: url });
  beforeAll(() => admin.connect());
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await admin.end();
    await dropSchemas(url, schemas);
  });

  const newSchema = (): string => {
    const schema = freshSchema('pgid');
    schemas.push(schema);
    return schema;
  };
  const openOn = async (schema: string, options: Partial<PostgresStoreOptions> = {}): Promise<PostgresStore> => {
    const r = await openPostgresStore({ url, schema, migrate: true, ...options });
    if (isLeft(r)) throw new Error(r.left.message);
    stores.push(r.right);
    return r.right;
  };
  const where = (schema: string): string => `the log at ${new URL(url).protocol}//${new URL(url).username}@${new URL(url).host}${new URL(url).pathname} schema ${schema}`;
  /** Drops the schema and creates it again, as `stancelog store migrate` on an empty database would. */
  const recreate = async (schema: string): Promise<void> => {
    await admin.query(`drop schema "${schema}" cascade`);
    expect(isRight(await migrate({ url, schema }))).toBe(true);
  };
  /**
   * A subscription from the start (once caught up and listening: the listener's first wake-up comes after),
   * collecting what it is given and the error that stops it.
   */
  const watch = async (store: PostgresStore, tags?: string[]) => {
    const seen: StoredEvent[] = [];
    const errors: unknown[] = [];
    const sub = store.subscribe((events) => void seen.push(...events), { onError: (error) => errors.push(error), ...(tags ? { tags } : {}) });
    await sub.caughtUp;
    const deadline = Date.now() + 10_000;
    const listen = [`listen "stancelog_${store.schema}"`];
    while ((await admin.query('select 1 from pg_stat_activity where query = $1 and state = $2', [...listen, 'idle'])).rowCount === 0) {
      if (Date.now() > deadline) throw new Error('the store never listened');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { seen, errors, sub };
  };

  describe('a subscription', () => {
    it('stops with an error naming the log when the schema is dropped and created again, and a writer appends positions it had read', async () => {
      const schema = newSchema();
      const writer = await openOn(schema);
      await writer.append(statements(1, 200));
      const reader = await openOn(schema, { migrate: false });
      const w = await watch(reader);
      expect(w.seen).toHaveLength(200);
      await recreate(schema);
      const newWriter = await openOn(schema);
      await newWriter.append(statements(1, 205, 'new'));
      await until(() => w.errors.length > 0, 'the subscription stopped');
      expect(messageOf(w.errors[0])).toBe(`${where(schema)} was replaced (its identity changed) since this reader opened it: open it again`);
      expect(w.seen).toHaveLength(200);
    });

    it('stops when the schema is dropped, even when nothing is appended after', async () => {
      const schema = newSchema();
      const writer = await openOn(schema);
      await writer.append(statements(1, 3));
      const reader = await openOn(schema, { migrate: false, logCheckMillis: 100 });
      const w = await watch(reader);
      await admin.query(`drop schema "${schema}" cascade`);
      await until(() => w.errors.length > 0, 'the subscription stopped');
      expect(messageOf(w.errors[0])).toBe(
        `${where(schema)} is gone (its schema or its tables were dropped) since this reader opened it: open it again once it is back`,
      );
    });

    it('refuses to open a schema marked version 2 or later whose identity was taken away by hand, rather than open it unchecked', async () => {
      const schema = newSchema();
      const writer = await openOn(schema);
      await writer.append(statements(1, 2));
      await admin.query(`delete from "${schema}".identity`);
      const r = await openPostgresStore({ url, schema });
      expect(isLeft(r) && r.left.message).toMatch(new RegExp(`schema ${schema} is marked version ${SCHEMA_VERSION} but has no log identity \\(its identity table is missing or empty\\): it was made or changed by hand`));
    });

    it('takes a log emptied by hand (truncate) and appended again as another log: its snapshots go, and a subscription stops', async () => {
      const schema = newSchema();
      const writer = await openOn(schema);
      await writer.append(statements(1, 5));
      const first = await project(writer, positions(), { snapshots: writer.snapshots, snapshotEvery: 1 });
      expect(isRight(first) && first.right.position).toBe(5);
      const reader = await openOn(schema, { migrate: false, logCheckMillis: 100 });
      const w = await watch(reader);
      // The same five but the first, edited: the event at the snapshot's position is the same as before.
      await admin.query(`truncate "${schema}".events`);
      const fresh = await openOn(schema, { migrate: false });
      await fresh.append([...statements(1, 1, 'edited'), ...statements(2, 5)]);
      expect((await admin.query(`select count(*)::int as n from "${schema}".snapshots`)).rows[0].n).toBe(0);
      const again = await project(fresh, positions(), { snapshots: fresh.snapshots });
      expect(isRight(again) && again.right.replayed).toBe(5);
      await until(() => w.errors.length > 0, 'the subscription stopped');
      expect(messageOf(w.errors[0])).toMatch(/was replaced \(its identity changed\) since this reader opened it|restored to an earlier point or replaced since/);
    });

    it('stops when the log is restored to an earlier point and appended to (a restore keeps the identity): another event at the position it had read', async () => {
      const schema = newSchema();
      const writer = await openOn(schema);
      await writer.append(statements(1, 5));
      const reader = await openOn(schema, { migrate: false });
      const w = await watch(reader);
      // The log as a backup taken at position 3 holds it.
      await admin.query(`delete from "${schema}".events where position > 3`);
      await writer.append(statements(4, 8, 'after the restore'));
      await until(() => w.errors.length > 0, 'the subscription stopped');
      expect(messageOf(w.errors[0])).toMatch(/holds another event at position 5 than the one this reader read there: it was restored to an earlier point/);
      expect(w.seen.map((e) => e.position)).toEqual([1, 2, 3, 4, 5]);
    });

    it('stops when the log is restored to an earlier point and nothing is appended: it ends before what was read', async () => {
      const schema = newSchema();
      const writer = await openOn(schema);
      await writer.append(statements(1, 5));
      const reader = await openOn(schema, { migrate: false, logCheckMillis: 100 });
      const w = await watch(reader);
      await admin.query(`delete from "${schema}".events where position > 3`);
      await until(() => w.errors.length > 0, 'the subscription stopped');
      expect(messageOf(w.errors[0])).toBe(
        `${where(schema)} ends at position 3, before position 5 that this reader had read: it was restored to an earlier point or replaced since (open it again, and read it from the start)`,
      );
    });

    it('goes on when the log is restored to a point after the last event it was given (of its tags), and reads the log as restored', async () => {
      const schema = newSchema();
      const writer = await openOn(schema);
      const russia = (quote: string): NewEvent =>
        statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-05-16', source: { quote } });
      await writer.append([russia('no ceasefire'), ...statements(2, 5)]);
      const reader = await openOn(schema, { migrate: false, logCheckMillis: 100 });
      const w = await watch(reader, ['actor:russia']);
      await admin.query(`delete from "${schema}".events where position > 3`);
      await writer.append([russia('still no ceasefire')]);
      await until(() => w.seen.length === 2, 'the new event arrived');
      expect([w.seen.map((e) => [e.position, e.data]), w.errors]).toEqual([
        [
          [1, expect.objectContaining({ source: { quote: 'no ceasefire' } })],
          [4, expect.objectContaining({ source: { quote: 'still no ceasefire' } })],
        ],
        [],
      ]);
    });
  });

  describe('reads, head and appends', () => {
    it('refuses an append of a writer opened on the log the schema held before, appending nothing', async () => {
      const schema = newSchema();
      const writer = await openOn(schema);
      await writer.append(statements(1, 2));
      await recreate(schema);
      const r = await writer.append(statements(3, 3));
      expect(isLeft(r) && r.left).toEqual({
        _tag: 'StoreUnavailable',
        message: `append: ${where(schema)} was replaced (its identity changed) since this writer opened it: open it again; nothing was appended`,
      });
      expect(await (await openOn(schema, { migrate: false })).head()).toBe(0);
      await admin.query(`drop schema "${schema}" cascade`);
      const gone = await writer.append(statements(3, 3));
      expect(isLeft(gone) && gone.left.message).toBe(
        `append: ${where(schema)} is gone (its schema or its tables were dropped) since this writer opened it: open it again once it is back; nothing was appended`,
      );
    });

    it('fails a read and a head of the log replaced since the store opened it', async () => {
      const schema = newSchema();
      const store = await openOn(schema);
      await store.append(statements(1, 2));
      await recreate(schema);
      const replaced = `${where(schema)} was replaced (its identity changed) since this reader opened it: open it again`;
      await expect(readAll(store)).rejects.toThrow(replaced);
      await expect(store.head()).rejects.toThrow(replaced);
      await admin.query(`drop schema "${schema}" cascade`);
      await expect(readAll(store)).rejects.toThrow(/is gone \(its schema or its tables were dropped\)/);
      await expect(store.head()).rejects.toThrow(/is gone \(its schema or its tables were dropped\)/);
    });
  });

  describe('the identity', () => {
    /** A schema as a release before the identity left it: migration 1 only. */
    const versionOne = async (schema: string): Promise<void> => {
      const n = logNames(schema);
      if (isLeft(n)) throw new Error(n.left.message);
      await admin.query(`create schema "${schema}"`);
      await admin.query(`create table ${n.right.migrations} (version integer primary key, name text not null, applied_at timestamptz not null default now())`);
      await admin.query(MIGRATIONS[0]!.sql(n.right));
      await admin.query(`insert into ${n.right.migrations} (version, name) values (1, $1)`, [MIGRATIONS[0]!.name]);
    };

    it("keeps, on a log of an older release, snapshots that project ignores and refuses to save one, saying to migrate; migrated, they are replaced", async () => {
      const schema = newSchema();
      await versionOne(schema);
      const old = await openOn(schema, { migrate: false });
      expect(isRight(await old.append(statements(1, 3)))).toBe(true);
      const refused = await project(old, positions(), { snapshots: old.snapshots, snapshotEvery: 1 });
      expect(isRight(refused) && [refused.right.replayed, refused.right.snapshotError?.message]).toEqual([
        3,
        `saving the snapshot of positions: schema ${schema} is older than version 3, whose snapshots record the event they were taken at: run stancelog store migrate --store <this URL>`,
      ]);
      // As a release before version 3 saved it: no event to tie it to this log.
      await admin.query(`insert into "${schema}".snapshots (reducer, version, position, state) values ($1, $2, 3, $3)`, [
        positions().name,
        positions().version,
        serialize(positions().initial()),
      ]);
      const ignored = await project(old, positions(), { snapshots: old.snapshots });
      expect(isRight(ignored) && [ignored.right.replayed, ignored.right.snapshotIgnored]).toEqual([3, { position: 3, reason: 'unverifiable' }]);
      expect(isRight(await migrate({ url, schema }))).toBe(true);
      const current = await openOn(schema, { migrate: false });
      const replaced = await project(current, positions(), { snapshots: current.snapshots });
      expect(isRight(replaced) && [replaced.right.replayed, replaced.right.snapshotIgnored, replaced.right.snapshotError]).toEqual([3, { position: 3, reason: 'unverifiable' }, undefined]);
      const next = await project(current, positions(), { snapshots: current.snapshots });
      expect(isRight(next) && [next.right.replayed, next.right.snapshotIgnored]).toEqual([0, undefined]);
    });

    it('is drawn when a log is created: two logs, two identities', async () => {
      const [a, b] = [newSchema(), newSchema()];
      await openOn(a);
      await openOn(b);
      const ids = await Promise.all([a, b].map(async (s) => (await admin.query<{ id: string }>(`select id from "${s}".identity`)).rows.map((r) => r.id)));
      expect(ids.map((list) => list.length)).toEqual([1, 1]);
      expect(ids[0]![0]).toMatch(/^[0-9a-f]{32}$/);
      expect(ids[0]![0]).not.toBe(ids[1]![0]);
    });

    it('is given to a log of an older release by migrate, once; until then its stores read and write it without one', async () => {
      const schema = newSchema();
      await versionOne(schema);
      // No identity yet: readers and writers open the log and work as before.
      const old = await openOn(schema, { migrate: false, logCheckMillis: 100 });
      expect(isRight(await old.append(statements(1, 3)))).toBe(true);
      expect((await readAll(old)).map((e) => e.position)).toEqual([1, 2, 3]);
      const w = await watch(old);
      const migrated = await migrate({ url, schema });
      expect(isRight(migrated) && migrated.right).toEqual({ schema, from: 1, to: SCHEMA_VERSION, applied: [{ version: 2, name: 'identity' }, { version: 3, name: 'snapshot event' }, { version: 4, name: 'truncate draws a new identity' }, { version: 5, name: 'events are never changed' }] });
      const id = (await admin.query<{ id: string }>(`select id from "${schema}".identity`)).rows;
      expect(id).toHaveLength(1);
      // The migration run again (by hand) changes nothing.
      const n = logNames(schema);
      if (isLeft(n)) throw new Error(n.left.message);
      await admin.query(MIGRATIONS[1]!.sql(n.right));
      expect((await admin.query<{ id: string }>(`select id from "${schema}".identity`)).rows).toEqual(id);
      // The store opened without one goes on (it checks no identity), and still sees a log cut back under it.
      expect(isRight(await old.append(statements(4, 4)))).toBe(true);
      await until(() => w.seen.length === 4, 'the append arrived');
      await admin.query(`delete from "${schema}".events where position > 2`);
      await until(() => w.errors.length > 0, 'the subscription stopped');
      expect(messageOf(w.errors[0])).toMatch(/ends at position 2, before position 4 that this reader had read/);
    });
  });
});
