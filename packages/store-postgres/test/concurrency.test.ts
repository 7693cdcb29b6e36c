import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import pg from 'pg';
import { isRight } from 'fp-ts/lib/Either.js';
import { readAll, statementMade } from '@stancelog/core';
import type { StoredEvent } from '@stancelog/core';
import type { PostgresStore } from '@stancelog/store-postgres';
import { describePostgres, dropSchemas, openFresh } from './postgres-server.js';

const ROOT = resolve(__dirname, '../../..');
const WRITER = resolve(__dirname, 'fixtures/writer.ts');

/** A writer process (see fixtures/writer.ts) and the lines it printed. */
interface Writer {
  readonly child: ChildProcess;
  readonly lines: string[];
  readonly exited: Promise<number | null>;
  /** Resolves when a line matching `pattern` was printed. */
  waitFor(pattern: RegExp): Promise<void>;
  go(): void;
}

function startWriter(url: string, schema: string, writer: number, count: number, batch: number, mode: 'expected' | 'fixed'): Writer {
  // node --import tsx (not the tsx CLI, which forks): SIGKILL must hit the process that writes.
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, schema, String(writer), String(count), String(batch), mode], {
    cwd: ROOT,
    env: { ...process.env, STANCELOG_PG_URL: url },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: Array<{ pattern: RegExp; resolve: () => void }> = [];
  let stderr = '';
  let buffered = '';
  child.stdout!.setEncoding('utf8').on('data', (text: string) => {
    buffered += text;
    let nl: number;
    while ((nl = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      lines.push(line);
      for (let i = waiters.length - 1; i >= 0; i--) {
        if (waiters[i]!.pattern.test(line)) waiters.splice(i, 1)[0]!.resolve();
      }
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  void exited.then((code) => {
    if (code !== 0 && code !== null) process.stderr.write(`writer ${writer} exited with ${code}: ${stderr}\n`);
  });
  return {
    child,
    lines,
    exited,
    waitFor: (pattern) =>
      lines.some((l) => pattern.test(l))
        ? Promise.resolve()
        : Promise.race([
            new Promise<void>((res) => waiters.push({ pattern, resolve: res })),
            exited.then((code) => {
              throw new Error(`writer ${writer} exited (${code}) before printing ${pattern}: ${stderr}`);
            }),
          ]),
    go: () => child.stdin!.end('go\n'),
  };
}

/** Writer and sequence number of a test statement ("writer 3 statement 17"). */
function origin(event: StoredEvent): { writer: number; seq: number } {
  const quote = event.type === 'statement-made' ? event.data.source.quote : '';
  const m = /^writer (\d+) statement (\d+)$/.exec(quote);
  if (!m) throw new Error(`position ${event.position} is not a test statement: ${quote}`);
  return { writer: Number(m[1]), seq: Number(m[2]) };
}

describePostgres('the PostgreSQL store under concurrent processes', (url) => {
  const schemas: string[] = [];
  const stores: PostgresStore[] = [];
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await dropSchemas(url, schemas);
  });

  it('loses and duplicates nothing from 8 writer processes racing on expected positions, and live readers see every event once, in order', async () => {
    const WRITERS = 8;
    const PER_WRITER = 10_000;
    const TOTAL = WRITERS * PER_WRITER;
    const store = await openFresh(url, schemas);
    stores.push(store);

    // Two live readers: the whole log, and one writer's statements by tag.
    const all: number[] = [];
    const disorder: string[] = [];
    const sub = store.subscribe((events) => {
      for (const e of events) {
        if (e.position !== all.length + 1) disorder.push(`got ${e.position} after ${all.length}`);
        all.push(e.position);
      }
    });
    const third: number[] = [];
    const tagged = store.subscribe((events) => {
      for (const e of events) third.push(origin(e).seq);
    }, { tags: ['actor:writer-3'] });
    await Promise.all([sub.caughtUp, tagged.caughtUp]);

    const writers = Array.from({ length: WRITERS }, (_, w) => startWriter(url, store.schema, w, PER_WRITER, 200, 'expected'));
    await Promise.all(writers.map((w) => w.waitFor(/^ready$/)));
    for (const w of writers) w.go();
    expect(await Promise.all(writers.map((w) => w.exited))).toEqual(Array(WRITERS).fill(0));

    const conflicts = writers.map((w) => JSON.parse(w.lines[w.lines.length - 1]!) as { conflicts: number }).reduce((n, s) => n + s.conflicts, 0);
    expect(conflicts).toBeGreaterThan(0);

    expect(await store.head()).toBe(TOTAL);
    const events = await readAll(store);
    expect(events.map((e) => e.position)).toEqual(Array.from({ length: TOTAL }, (_, i) => i + 1));
    expect(new Set(events.map((e) => e.id)).size).toBe(TOTAL);
    // Each writer's statements are all there, once, in the order it appended them.
    const seqs: number[][] = Array.from({ length: WRITERS }, () => []);
    for (const e of events) {
      const { writer, seq } = origin(e);
      seqs[writer]!.push(seq);
    }
    for (const s of seqs) expect(s).toEqual(Array.from({ length: PER_WRITER }, (_, i) => i));

    const started = Date.now();
    while ((all.length < TOTAL || third.length < PER_WRITER) && Date.now() - started < 30_000) await new Promise((r) => setTimeout(r, 50));
    expect(disorder).toEqual([]);
    expect(all.length).toBe(TOTAL);
    expect(third).toEqual(Array.from({ length: PER_WRITER }, (_, i) => i));
    await Promise.all([sub.unsubscribe(), tagged.unsubscribe()]);
  }, 150_000);

  it('leaves a batch all there or not at all when its writer is killed with SIGKILL in the middle of it', async () => {
    const BATCH = 2_000;
    const store = await openFresh(url, schemas);
    stores.push(store);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      for (const writer of [0, 1, 2]) {
        const w = startWriter(url, store.schema, writer, 1_000_000, BATCH, 'fixed');
        await w.waitFor(/^ready$/);
        w.go();
        await w.waitFor(new RegExp(`^appended ${writer}$`));
        // Kill while the writer's transaction has written rows and not committed yet.
        const started = Date.now();
        for (;;) {
          const r = await admin.query(
            `select 1 from pg_stat_activity where application_name = $1 and backend_xid is not null and state <> 'idle'`,
            [`stancelog-writer-${writer}`],
          );
          if ((r.rowCount ?? 0) > 0) break;
          if (Date.now() - started > 20_000) throw new Error('never saw the writer inside a transaction');
        }
        w.child.kill('SIGKILL');
        expect(await w.exited).toBeNull();

        const events = (await readAll(store)).filter((e) => origin(e).writer === writer);
        const seqs = events.map((e) => origin(e).seq);
        expect(seqs.length % BATCH).toBe(0);
        expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i));
        expect(seqs.length).toBeGreaterThanOrEqual((writer + 1) * BATCH);
      }
      // The killed writers' locks went with their sessions: the log still takes appends.
      const head = await store.head();
      const r = await store.append([statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', source: { quote: 'after the kills' } })], { expectedPosition: head });
      expect(isRight(r) && r.right.head).toBe(head + 1);
    } finally {
      await admin.end();
    }
  }, 60_000);
});
