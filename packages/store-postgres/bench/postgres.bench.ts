/**
 * Throughput of the PostgreSQL store, with ratios to the file store measured
 * in the same run (both durable: PostgreSQL commits with fsync, the file
 * store with its default `fsync: 'always'`).
 *
 *   export STANCELOG_PG_URL="$(scripts/postgres.sh start)"
 *   pnpm exec tsx packages/store-postgres/bench/postgres.bench.ts [--quick]
 *
 * Measures: single-event appends; appends in batches of 1,000 (by one
 * appender, then by two at once, on another N/2 statements); replay of the
 * whole log (read back, then read back and folded into positions and
 * contradictions by `analysis()`, each three times: the first, then the
 * best of two more), beside the floors of a bare `pg` client on the same
 * table (the paged select, and one binary COPY through `pg-copy-streams`).
 * Targets: at least 20,000 statements/s appended in batches, replay at
 * least 300,000 statements/s (read back, and into the analysis). Full size
 * is 1,000,000 statements; `--quick` (or BENCH_QUICK=1) 50,000.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { isLeft } from 'fp-ts/lib/Either.js';
import { analysis, contradictionList, fold, openMemoryStore, statementMade } from '@stancelog/core';
import type { EventStore, NewEvent } from '@stancelog/core';
import { openFileStore } from '@stancelog/store-file';
import { openPostgresStore } from '@stancelog/store-postgres';

const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
// A full collection before each timed read, as in the core's benchmark: the
// garbage of the pass before (a whole analysis state) is not charged to the next.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const N = quick ? 50_000 : 1_000_000;
const SINGLES = quick ? 300 : 2_000;
const BATCH = 1_000;
const url = process.env.STANCELOG_PG_URL;
if (url === undefined || url === '') {
  console.log('postgres.bench: skipped, STANCELOG_PG_URL is not set (run: export STANCELOG_PG_URL="$(scripts/postgres.sh start)")');
  process.exit(0);
}

const HOLDERS = Array.from({ length: 50 }, (_, i) => `actor-${i}`);
const ISSUES = Array.from({ length: 40 }, (_, i) => `issue-${i}`);

/**
 * Statement `i` of a deterministic synthetic log shaped like real coverage:
 * each holder keeps its stance on an issue, restated again and again by many
 * outlets, in the order they were said (3,000 statements a day); a fifth
 * of the stances flip every 250,000 statements; one statement in twenty
 * carries a condition.
 */
function statement(i: number, tag: string): NewEvent {
  const h = (i * 7) % HOLDERS.length;
  const k = (i * 13 + Math.floor(i / 200)) % ISSUES.length;
  const epoch = Math.floor(i / 250_000);
  const flipped = epoch % 2 === 1 && (h + k) % 5 === 0;
  const positive = ((h * 31 + k * 17) % 2 === 0) !== flipped;
  const kinds = positive ? (['demand', 'propose', 'support'] as const) : (['reject', 'red-line'] as const);
  return statementMade({
    holder: HOLDERS[h]!,
    issue: ISSUES[k]!,
    kind: kinds[(h + k) % kinds.length]!,
    polarity: positive ? '+' : '-',
    statedAt: new Date(Date.UTC(2025, 0, 1) + Math.floor(i / 3_000) * 86_400_000).toISOString().slice(0, 10),
    source: { quote: `${tag} statement ${i}: a paraphrase of what was said, long enough to look like a real quote`, publisher: `Publisher ${i % 20}` },
    ...(i % 20 === 0 ? { conditions: [{ issue: ISSUES[(k + 1) % ISSUES.length]!, polarity: '+' as const }] } : {}),
  });
}

const fmt = (n: number): string => (Number.isNaN(n) ? 'n/a' : Math.round(n).toLocaleString('en-US'));
const ratio = (a: number, b: number): string => (b > 0 && !Number.isNaN(a) ? `${(a / b).toFixed(2)}x` : 'n/a');

async function must<T>(p: Promise<{ _tag: 'Left'; left: { message: string } } | { _tag: 'Right'; right: T }>): Promise<T> {
  const r = await p;
  if (r._tag === 'Left') throw new Error(r.left.message);
  return r.right;
}

/**
 * Figures as they come, on stderr, so a long run shows where it is; with the
 * client's CPU time per statement, which other load on the machine changes
 * less than the wall-clock rates.
 */
function progress(tag: string, what: string, perSecond: number, count?: number, cpu?: NodeJS.CpuUsage): void {
  const client = count !== undefined && cpu !== undefined ? ` (client CPU ${((cpu.user + cpu.system) / count).toFixed(1)} us per statement)` : '';
  process.stderr.write(`  [${tag}] ${what}: ${fmt(perSecond)} /s${client}\n`);
}

interface Figures {
  single: number;
  batched: number;
  paired: number;
  /** The first read of the process. */
  firstReplay: number;
  /** The best of two reads after it. */
  replay: number;
  /** The first replay into the analysis of the process. */
  firstAnalysed: number;
  /** The best of two replays into the analysis after it. */
  analysed: number;
  contradictions: number;
}

async function measure(store: EventStore, tag: string): Promise<Figures> {
  let t = performance.now();
  for (let i = 0; i < SINGLES; i++) await must(store.append([statement(i, `${tag}-single`)]));
  const single = SINGLES / ((performance.now() - t) / 1000);
  progress(tag, 'single appends', single);

  t = performance.now();
  let cpu = process.cpuUsage();
  for (let i = 0; i < N; i += BATCH) {
    const batch: NewEvent[] = [];
    for (let j = i; j < Math.min(N, i + BATCH); j++) batch.push(statement(j, tag));
    await must(store.append(batch));
  }
  const batched = N / ((performance.now() - t) / 1000);
  progress(tag, 'batched appends', batched, N, process.cpuUsage(cpu));

  // Two appenders in one process: one validates and hashes its next batch while the other's is written.
  const HALF = N / 2;
  t = performance.now();
  await Promise.all(
    [0, 1].map(async (w) => {
      // Appender w takes every other batch of statements N..N+HALF, so the log stays in the order statements were said.
      for (let i = N + w * BATCH; i < N + HALF; i += 2 * BATCH) {
        const batch: NewEvent[] = [];
        for (let j = i; j < Math.min(N + HALF, i + BATCH); j++) batch.push(statement(j, tag));
        await must(store.append(batch));
      }
    }),
  );
  const paired = HALF / ((performance.now() - t) / 1000);
  progress(tag, 'batched appends, two appenders', paired);

  const total = SINGLES + N + HALF;
  // Three reads: the first in a process that has read nothing yet (as a
  // command that replays once), then the best of two more (as a long-lived
  // reader), the way the file store's read is measured.
  let firstReplay = NaN;
  let replay = 0;
  for (let round = 0; round < 3; round++) {
    gc();
    t = performance.now();
    cpu = process.cpuUsage();
    let read = 0;
    for await (const chunk of store.read()) read += chunk.length;
    const rate = read / ((performance.now() - t) / 1000);
    if (read !== total) throw new Error(`${tag}: read ${read} events, expected ${total}`);
    progress(tag, round === 0 ? 'replay, first read' : 'replay, again', rate, read, process.cpuUsage(cpu));
    if (round === 0) firstReplay = rate;
    else replay = Math.max(replay, rate);
  }

  // Into the analysis, measured as the read back is: the first in a process
  // that has analysed nothing yet (a command that replays once), then the
  // best of two more (a long-lived reader that builds its state again).
  // The analysis is another package's work in progress: a failure there is reported, not fatal.
  let firstAnalysed = NaN;
  let analysed = NaN;
  let contradictions = NaN;
  try {
    for (let round = 0; round < 3; round++) {
      gc();
      const { rate, cpu: used, found } = await analyseOnce(store, total);
      progress(tag, round === 0 ? 'replay into the analysis, first' : 'replay into the analysis, again', rate, total, used);
      if (round === 0) firstAnalysed = rate;
      else analysed = Math.max(Number.isNaN(analysed) ? 0 : analysed, rate);
      if (round > 0 && found !== contradictions) throw new Error(`${tag}: the analysis found ${found} contradictions, the first one ${contradictions}`);
      contradictions = found;
    }
  } catch (error) {
    console.log(`  (${tag}: the analysis failed: ${error instanceof Error ? error.message : String(error)})`);
  }
  return { single, batched, paired, firstReplay, replay, firstAnalysed, analysed, contradictions };
}

/**
 * One replay into the analysis: its rate, the client's CPU time, and the
 * contradictions it found. A function of its own so that its state is
 * garbage once it returns, and the collection before the next pass frees
 * it: held by the loop that timed the passes, it stayed alive through the
 * next pass (297 MiB of heap left by that collection at full size, against
 * 13 MiB now), whose collections traced it again.
 */
async function analyseOnce(store: EventStore, total: number): Promise<{ rate: number; cpu: NodeJS.CpuUsage; found: number }> {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const f = fold(analysis());
  for await (const chunk of store.read()) f.pushAll(chunk);
  const state = f.done();
  const rate = total / ((performance.now() - t) / 1000);
  return { rate, cpu: process.cpuUsage(cpu), found: contradictionList(state).length };
}

/**
 * The client's floors, measured on the same table. The paged select query
 * the store used before COPY, run by a bare `pg` client: rows fetched as
 * text and nothing else done with them, then the same with one `JSON.parse`
 * a row (all the store adds to a trusted row). And the COPY through the
 * library made for it, which the store's read used before it read the
 * messages where they lie (`copy-out.ts`): one `COPY (select body ...) TO
 * STDOUT (FORMAT binary)` of the whole log through `pg-copy-streams`, the
 * rows cut out of its stream by a minimal loop and each given to
 * `JSON.parse`.
 */
async function clientFloor(schema: string): Promise<{ fetch: number; parse: number; copy: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const asText = { getTypeParser: () => (value: string) => value };
  let selected = 0;
  const pass = async (parse: boolean): Promise<number> => {
    const t = performance.now();
    let after = 0;
    let rows = 0;
    for (;;) {
      const page = await client.query<[string, string]>({
        text: `select body, position from "${schema}".events where position > $1 order by position limit 2000`,
        values: [after],
        rowMode: 'array',
        types: asText as never,
      });
      if (page.rows.length === 0) break;
      if (parse) for (const row of page.rows) JSON.parse(row[0]);
      rows += page.rows.length;
      after = Number(page.rows[page.rows.length - 1]![1]);
    }
    selected = rows;
    return rows / ((performance.now() - t) / 1000);
  };
  const copyPass = async (): Promise<number> => {
    const t = performance.now();
    let rows = 0;
    const stream = client.query(copyTo(`copy (select body from "${schema}".events order by position) to stdout (format binary)`));
    let tail: Buffer | undefined;
    let header = true;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const buf = tail === undefined ? chunk : Buffer.concat([tail, chunk]);
      let at = 0;
      if (header) {
        // Signature, flags, the extension's length and the extension.
        if (buf.length < 19 || buf.length < 19 + buf.readInt32BE(15)) {
          tail = buf;
          continue;
        }
        at = 19 + buf.readInt32BE(15);
        header = false;
      }
      while (buf.length - at >= 6) {
        if (buf.readInt16BE(at) === -1) break;
        const length = buf.readInt32BE(at + 2);
        if (buf.length - at < 6 + length) break;
        JSON.parse(buf.toString('utf8', at + 6, at + 6 + length));
        rows++;
        at += 6 + length;
      }
      tail = at < buf.length ? buf.subarray(at) : undefined;
    }
    if (rows !== selected) throw new Error(`bare COPY: read ${rows} rows, the select read ${selected}`);
    return rows / ((performance.now() - t) / 1000);
  };
  try {
    return { fetch: await pass(false), parse: await pass(true), copy: await copyPass() };
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  console.log(`postgres.bench: ${fmt(N)} statements in batches of ${fmt(BATCH)}, ${fmt(SINGLES)} single appends${quick ? ' (quick)' : ''}`);
  const schema = `bench_${process.pid}`;
  const pgStore = await must(openPostgresStore({ url: url!, schema, migrate: true, statementTimeout: 0 }));
  const dir = mkdtempSync(join(tmpdir(), 'stancelog-bench-'));
  try {
    const p = await measure(pgStore, 'pg');
    const floor = await clientFloor(schema);
    progress('pg', 'bare client, rows fetched as text', floor.fetch);
    progress('pg', 'bare client, rows fetched and parsed', floor.parse);
    progress('pg', 'bare client, COPY through pg-copy-streams, parsed', floor.copy);
    await pgStore.close();

    let baselineName = 'file store';
    let baseline: EventStore;
    const file = await openFileStore(join(dir, 'bench.jsonl'));
    if (isLeft(file)) {
      baselineName = 'memory store';
      baseline = openMemoryStore();
    } else baseline = file.right;
    const b = await measure(baseline, 'base');
    await baseline.close();

    const row = (what: string, pv: number, bv: number): string =>
      `  ${what.padEnd(34)} ${fmt(pv).padStart(11)} /s   ${baselineName} ${fmt(bv).padStart(11)} /s   ratio ${ratio(pv, bv)}`;
    console.log(row('append, single events', p.single, b.single));
    console.log(row(`append, batches of ${fmt(BATCH)}`, p.batched, b.batched));
    console.log(row('append, batches, two appenders', p.paired, b.paired));
    console.log(row('replay (read back), first read', p.firstReplay, b.firstReplay));
    console.log(row('replay (read back), best of 2 after', p.replay, b.replay));
    console.log(`  ${'bare pg client, fetch only'.padEnd(34)} ${fmt(floor.fetch).padStart(11)} /s   store replay / bare fetch ${ratio(p.replay, floor.fetch)}`);
    console.log(`  ${'bare pg client, fetch + JSON.parse'.padEnd(34)} ${fmt(floor.parse).padStart(11)} /s   store replay / bare fetch + parse ${ratio(p.replay, floor.parse)}`);
    console.log(`  ${'pg-copy-streams COPY + JSON.parse'.padEnd(34)} ${fmt(floor.copy).padStart(11)} /s   store replay / that COPY + parse ${ratio(p.replay, floor.copy)}`);
    console.log(row('into the analysis, first', p.firstAnalysed, b.firstAnalysed));
    console.log(row('into the analysis, best of 2 after', p.analysed, b.analysed));
    console.log(`  contradictions found: postgres ${fmt(p.contradictions)}, ${baselineName} ${fmt(b.contradictions)}`);
    const ok = (v: number, target: number): string => (v >= target ? 'met' : 'MISSED');
    console.log(`  targets: batched append >= 20,000/s ${ok(p.batched, 20_000)}; replay >= 300,000/s, read back ${ok(p.replay, 300_000)} (first read ${ok(p.firstReplay, 300_000)}),`);
    console.log(`           into positions+contradictions ${ok(p.analysed, 300_000)} (first ${ok(p.firstAnalysed, 300_000)})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop schema if exists "${schema}" cascade`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
