import pg from 'pg';
import { isLeft } from 'fp-ts/lib/Either.js';
import { positions as positionsReducer, project, readAll, statementMade, StoreReadError } from '@stancelog/core';
import type { NewEvent, Statement, StoredEvent } from '@stancelog/core';
import { openPostgresStore, StoredRowError } from '@stancelog/store-postgres';
import type { PostgresStore } from '@stancelog/store-postgres';
// The parser is internal to the package (not exported), so it is imported from its module.
import { CopyBinaryParser } from '../src/copy-binary.js';
import { CopyDataReader, CopyOutStream } from '../src/copy-out.js';
import { describePostgres, freshSchema, freshStores } from './postgres-server.js';

const statement = (holder: string, issue: string, quote: string, extra: Partial<Statement> = {}): NewEvent =>
  statementMade({ holder, issue, kind: 'demand', polarity: '+', statedAt: '2025-05-16', source: { quote }, ...extra });

const numbered = (count: number, padding = ''): NewEvent[] => Array.from({ length: count }, (_, i) => statement('ukraine', 'ceasefire', `statement ${i}${padding}`));

const positions = (events: ReadonlyArray<StoredEvent>): number[] => events.map((e) => e.position);
const oneTo = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

const quoteOf = (event: StoredEvent | undefined): string | undefined => (event?.type === 'statement-made' ? event.data.source.quote : undefined);

/** Appends in batches of 1,000, failing the test on an error. */
async function appendAll(store: PostgresStore, events: ReadonlyArray<NewEvent>): Promise<void> {
  for (let i = 0; i < events.length; i += 1_000) {
    const r = await store.append(events.slice(i, i + 1_000));
    if (isLeft(r)) throw new Error(r.left.message);
  }
}

/** Runs the read to its end; returns the error it failed with, if any. */
async function readError(events: AsyncIterable<unknown>): Promise<unknown> {
  try {
    for await (const chunk of events) void chunk;
  } catch (error) {
    return error;
  }
  return undefined;
}

describePostgres('reading the PostgreSQL log with COPY', (url) => {
  const { open } = freshStores(url);
  const admin = new pg.Client({ connectionString: url });

  beforeAll(() => admin.connect());
  afterAll(() => admin.end());

  it('reads a log across several pages, one COPY each: every event once, in order, with after and limit', async () => {
    const store = await open({ pageSize: 3 });
    await appendAll(store, numbered(20));
    let checkouts = 0;
    store.pool.on('acquire', () => checkouts++);

    expect(positions(await readAll(store))).toEqual(oneTo(20));
    // Six full pages of 3, then a short one that ends the read.
    expect(checkouts).toBe(7);

    checkouts = 0;
    expect(positions(await readAll(store, { after: 4, limit: 10 }))).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    // Pages of 3, 3, 3 and the 1 the limit leaves.
    expect(checkouts).toBe(4);
    expect(positions(await readAll(store, { after: 18 }))).toEqual([19, 20]);
    expect(positions(await readAll(store, { after: 20 }))).toEqual([]);
    expect(positions(await readAll(store, { limit: 0 }))).toEqual([]);
  });

  it('hands a large page over in batches of about 1,000 while it streams, on one connection', async () => {
    const store = await open();
    await appendAll(store, numbered(2_500));
    let checkouts = 0;
    store.pool.on('acquire', () => checkouts++);
    const batches: number[][] = [];
    for await (const chunk of store.read()) batches.push(positions(chunk));
    expect(batches.flat()).toEqual(oneTo(2_500));
    expect(batches.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...batches.map((b) => b.length))).toBeLessThan(1_500);
    expect(checkouts).toBe(1);
  });

  it('keeps quotes with backslashes, double quotes, tabs, newlines, control characters, emoji and CJK exactly', async () => {
    const store = await open();
    const quotes = [
      'a \\ backslash, two \\\\, a "double quote" and a \'single\' one',
      'tab\tnewline\ncarriage return\r controls \u0001\u0008\u001b\u001f\u007f',
      'emoji 🇺🇦 ✓ 👍🏽, CJK 停火协议 휴전 停戦, and é ß',
    ];
    await store.append(quotes.map((q) => statement('ukraine', 'ceasefire', q)));
    expect((await readAll(store)).map(quoteOf)).toEqual(quotes);

    // The server's own messages, cut at every byte: characters split between two chunks come out whole.
    const stream = admin.query(new CopyOutStream(`copy (select position, body from "${store.schema}".events order by position) to stdout (format binary)`));
    const parts: Buffer[] = [];
    for await (const chunk of stream as AsyncIterable<Buffer>) parts.push(chunk);
    const bytes = Buffer.concat(parts);
    for (let cut = 1; cut < bytes.length; cut++) {
      const parser = new CopyBinaryParser();
      const read: Array<string | undefined> = [];
      const onRow = (row: { text(i: number): string | null }): void => void read.push((JSON.parse(row.text(1)!) as StoredEvent & { data: { source: { quote: string } } }).data.source.quote);
      const reader = new CopyDataReader(parser, onRow);
      reader.push(bytes.subarray(0, cut));
      reader.push(bytes.subarray(cut));
      reader.end();
      parser.end();
      expect([cut, read]).toEqual([cut, quotes]);
    }
  });

  it('leaves the pool usable when the reader stops after the first batch, with no COPY left running', async () => {
    const store = await open({ pool: { max: 1 } });
    await appendAll(store, numbered(3_000, ': padded so that the log is more than the socket buffers hold at once'));
    let removed = 0;
    store.pool.on('remove', () => removed++);
    let first: ReadonlyArray<StoredEvent> = [];
    for await (const chunk of store.read()) {
      first = chunk;
      break;
    }
    expect(first[0]?.position).toBe(1);
    // The connection that was in the middle of the COPY is dropped from the pool and closed, not given back.
    expect(store.pool.totalCount).toBe(0);
    const copying = async (): Promise<number> =>
      (await admin.query(`select 1 from pg_stat_activity where state = 'active' and query like $1`, [`copy (select position, body from "${store.schema}".events%`])).rowCount ?? 0;
    for (let tries = 0; (removed === 0 || (await copying()) > 0) && tries < 100; tries++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(removed).toBe(1);
    expect(await copying()).toBe(0);
    // The pool's one connection is free: a second read gets everything.
    expect(positions(await readAll(store))).toEqual(oneTo(3_000));
    expect(removed).toBe(1);
  });

  it("fails a read, not hangs, when the server ends the COPY's connection in the middle of a page, and the pool stays usable", async () => {
    const store = await open({ pool: { max: 1 } });
    // About 10 MB: more than the socket buffers hold, so the COPY is still running when the reader pauses.
    await appendAll(store, numbered(5_000, ` ${'padding '.repeat(250)}`));
    const read = store.read()[Symbol.asyncIterator]();
    const first = await read.next();
    expect(first.done).toBe(false);
    // The page's COPY is paused, waiting for the reader: its backend is ended under it.
    const ended = await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where state = 'active' and query like $1`, [`copy (select position, body from "${store.schema}".events%`]);
    expect(ended.rowCount).toBe(1);
    let failure: unknown;
    try {
      for (let step = await read.next(); !step.done; step = await read.next());
    } catch (error) {
      failure = error;
    }
    // The error of a read, as every store's: what happened, and where to read on from.
    expect(failure).toBeInstanceOf(StoreReadError);
    const last = (first.value as ReadonlyArray<StoredEvent>).at(-1)!.position;
    expect((failure as StoreReadError).error._tag).toBe('StoreUnavailable');
    expect(String((failure as Error).message)).toMatch(new RegExp(`^read: the connection to the log at .* was lost after position \\d+: .*terminat.*; read on from there \\(after: \\d+\\)$`));
    expect(Number(/after position (\d+)/.exec((failure as Error).message)![1])).toBeGreaterThanOrEqual(last);
    // A new read gets everything, on a new connection.
    expect(positions(await readAll(store))).toEqual(oneTo(5_000));
  });

  it('fails a read whose first connection cannot be made as nothing read, not as lost after a position', async () => {
    const store = await open({ pool: { max: 1 } });
    await appendAll(store, numbered(3));
    const connect = store.pool.connect.bind(store.pool);
    // The server refuses the read's connection (as one down or restarting would).
    store.pool.connect = (async () => {
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    }) as typeof store.pool.connect;
    const failure = await readError(store.read({ after: 2 }));
    expect(failure).toBeInstanceOf(StoreReadError);
    expect((failure as StoreReadError).error._tag).toBe('StoreUnavailable');
    expect(String((failure as Error).message)).toMatch(/^read: the connection to the log at .* failed before the first page was read: .*ECONNREFUSED.*; nothing was read, ask for the read again$/);
    store.pool.connect = connect;
    expect(positions(await readAll(store))).toEqual(oneTo(3));
  });

  it('fails a read on a row that is not valid JSON, naming its position, and the pool stays usable', async () => {
    const store = await open({ pool: { max: 1 } });
    await store.append(numbered(2));
    await store.pool.query(`insert into "${store.schema}".events (position, id, tags, body) values (3, 'hand-written', '{}', '{"position": 3, not json')`);
    await store.append(numbered(3).slice(2));
    const error = await readError(store.read());
    expect(error).toBeInstanceOf(StoredRowError);
    expect((error as StoredRowError).position).toBe(3);
    // The StoreReadError the contract asks of a damaged record: project returns its StoreCorrupt, where it said StoreUnavailable.
    expect(error).toBeInstanceOf(StoreReadError);
    expect((error as StoreReadError).error).toMatchObject({ _tag: 'StoreCorrupt', location: `"${store.schema}".events` });
    const projected = await project(store, positionsReducer());
    expect(projected._tag === 'Left' && projected.left._tag).toBe('StoreCorrupt');
    expect((error as Error).message).toMatch(new RegExp(`^"${store.schema}"\\.events position 3: the body is not valid JSON \\(SyntaxError`));
    expect(positions(await readAll(store, { limit: 2 }))).toEqual([1, 2]);
    expect(positions(await readAll(store, { after: 3 }))).toEqual([4]);
  });

  // A store review edited rows in SQL: the edited quote was read as the original, whose statement, appended again,
  // then counted as a duplicate; a row whose body said another position read as two events at one.
  describe('rows written, changed or deleted by hand behind the store', () => {
    it('refuses an update of an event in place, naming its position, and the row stays as it was', async () => {
      const store = await open();
      await store.append(numbered(2));
      const before = await readAll(store);
      const edit = await store.pool.query(`update "${store.schema}".events set body = replace(body, 'statement 1', 'statement one') where position = 2`).catch((e: unknown) => e);
      expect((edit as Error).message).toBe('the log is append-only: the event at position 2 cannot be changed; correct a statement by withdrawing it and appending the corrected one');
      expect(await readAll(store)).toEqual(before);
    });

    it('fails a read on a row whose body names another position, naming the row', async () => {
      const store = await open();
      await store.append(numbered(2));
      await store.pool.query(`insert into "${store.schema}".events (position, id, tags, body) select 3, 'copied-by-hand', tags, body from "${store.schema}".events where position = 2`);
      for (const query of [{}, { tags: ['issue:ceasefire'] }]) {
        const error = await readError(store.read(query));
        expect(error).toBeInstanceOf(StoredRowError);
        expect((error as StoredRowError).message).toBe(`"${store.schema}".events position 3: the body says position 2 (written or changed by hand?)`);
      }
    });

    it('fails a read of the whole log across a gap (some events deleted), but not a tag read, nor a log restored to an earlier point', async () => {
      const store = await open({ pageSize: 2 });
      await store.append(numbered(6));
      await store.pool.query(`delete from "${store.schema}".events where position in (3, 4)`);
      const error = await readError(store.read());
      expect((error as StoredRowError).position).toBe(5);
      expect((error as Error).message).toBe(`"${store.schema}".events position 5: no event at position 3 to 4 (deleted by hand?): a log is restored to an earlier point by deleting every event after it, not some of them`);
      // Read from after the gap, or by tag, the rows are as they are.
      expect(positions(await readAll(store, { after: 4 }))).toEqual([5, 6]);
      expect(positions(await readAll(store, { tags: ['issue:ceasefire'] }))).toEqual([1, 2, 5, 6]);
      // Every event after a point deleted: a restore, read as it is.
      await store.pool.query(`delete from "${store.schema}".events where position > 2`);
      expect(positions(await readAll(store))).toEqual([1, 2]);
    });
  });

  it('reads by tags that need quoting in SQL, and never runs a tag as SQL', async () => {
    const store = await open();
    await store.append([
      statement('ukraine', 'ceasefire', 'Kyiv wants a full ceasefire'),
      statement('russia', 'ceasefire', 'Moscow rules out a ceasefire', { kind: 'reject', polarity: '-' }),
      statement('russia', 'nato-membership', 'Moscow insists Kyiv stays out of NATO', { polarity: '-' }),
    ]);
    // A row with tags no stancelog writer makes today, written as a newer writer might.
    const [model] = await readAll(store, { limit: 1 });
    const odd = ["actor:o'hara", 'issue:back\\slash "quoted" {braces}, commas'];
    const record = { ...model!, position: 4, id: 'odd-tags', tags: odd };
    await store.pool.query(`insert into "${store.schema}".events (position, id, tags, body) values (4, 'odd-tags', $1, $2)`, [odd, JSON.stringify(record)]);

    expect(positions(await readAll(store, { tags: ["actor:o'hara"] }))).toEqual([4]);
    expect(positions(await readAll(store, { tags: [odd[1]!] }))).toEqual([4]);
    expect(positions(await readAll(store, { tags: ['actor:russia'], after: 2 }))).toEqual([3]);
    const injection = `x']::text[]); drop table "${store.schema}".events; --`;
    expect(positions(await readAll(store, { tags: [injection, "x'); select 1; --", 'actor:russia'] }))).toEqual([2, 3]);
    expect(await store.head()).toBe(4);
  });

  it('goes on from the last row received when a slow reader makes a page outlast the statement time-out', async () => {
    const writer = await open();
    // A log larger than the socket buffers, so the server is still sending when the time-out strikes.
    await appendAll(writer, numbered(12_000, `: ${'a long quote '.repeat(80)}`));
    const reader = await open({ schema: writer.schema, migrate: false, statementTimeoutMillis: 400 });
    let checkouts = 0;
    reader.pool.on('acquire', () => checkouts++);
    const read: number[] = [];
    for await (const chunk of reader.read()) {
      if (read.length === 0) await new Promise((resolve) => setTimeout(resolve, 1_500));
      read.push(...positions(chunk));
    }
    expect(read).toEqual(oneTo(12_000));
    // The page was cut by the time-out and read on with a second COPY.
    expect(checkouts).toBeGreaterThanOrEqual(2);
  });

  it("lets a subscription's handler append to the same store on a pool of one connection", async () => {
    // Subscriptions read with short select pages, so no connection is held while the handler runs.
    const store = await open({ pool: { max: 1 }, connectionTimeoutMillis: 2_000 });
    await appendAll(store, numbered(2_500));
    const results: string[] = [];
    const sub = store.subscribe(async (events) => {
      if (events.every((e) => quoteOf(e)?.startsWith('reply'))) return;
      const r = await store.append([statement('russia', 'ceasefire', `reply to ${events[events.length - 1]!.position}`)]);
      results.push(isLeft(r) ? r.left.message : 'appended');
    });
    await sub.caughtUp;
    await sub.unsubscribe();
    expect(results.length).toBeGreaterThanOrEqual(2);
    expect(results.every((r) => r === 'appended')).toBe(true);
    expect(await store.head()).toBe(2_500 + results.length);
  });

  it('refuses a read whose after or limit is not a whole number before any SQL runs, as a StoreReadError', async () => {
    const store = await open();
    await store.append(numbered(2));
    let checkouts = 0;
    store.pool.on('acquire', () => checkouts++);
    expect(String(await readError(store.read({ after: 1.5 })))).toBe('StoreReadError: read: after must be a position (a whole number, 0 or more), got 1.5');
    expect(String(await readError(store.read({ limit: Number.NaN })))).toBe('StoreReadError: read: limit must be a whole number, 0 or more, got NaN');
    expect(checkouts).toBe(0);
  });

  it('refuses to open with a page size that is not a positive whole number', async () => {
    for (const pageSize of [0, -5, 2.5]) {
      const r = await openPostgresStore({ url, schema: freshSchema(), pageSize });
      expect(isLeft(r) && r.left.message).toBe(`pageSize: expected a positive whole number of rows, got ${pageSize}`);
    }
  });
});
