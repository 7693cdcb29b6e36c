/**
 * File store benchmark: append statements in batches of 1,000 with fsync;
 * then open the log, read every event, and replay them into the core's
 * `analysis()` reducer, each against a plain baseline run in the same
 * process (chunked reads and `JSON.parse` of every line, then the same fold).
 *
 *   pnpm exec tsx packages/store-file/bench/file-store.bench.ts [--quick]
 *
 * `--quick` (or BENCH_QUICK=1) runs 50,000 statements instead of 1,000,000.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { analysis, fold, statementMade } from '@stancelog/core';
import { prepareBatch } from '@stancelog/core/store-kit';
import type { AnalysisState, Event, StatementKind, Polarity, StoredEvent } from '@stancelog/core';
import { openFileStore } from '@stancelog/store-file';

const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const TOTAL = quick ? 50_000 : 1_000_000;
const BATCH = 1_000;
const HOLDERS = Array.from({ length: 50 }, (_, i) => `holder-${i}`);
const ISSUES = Array.from({ length: 40 }, (_, i) => `issue-${i}`);
const PUBLISHERS = ['Reuters', 'Associated Press', 'AFP', 'Kyiv Independent', 'Interfax', 'BBC News', 'Le Monde', 'Der Spiegel'];
// Paraphrased quotes of about 80 characters, as the ingest step writes them.
const OPENINGS = ['The delegation said', 'Officials told reporters', 'A spokesperson repeated', 'The minister insisted', 'Negotiators signalled'];
const CLAIMS = [
  'that no deal is possible while troops remain',
  'it is ready to talk once the shelling stops',
  'the guarantees on offer fall short of what it needs',
  'any agreement must be signed by both parliaments',
  'sanctions relief has to come before a ceasefire',
  'it will not trade territory for a pause in fighting',
  'monitoring by a neutral mission is acceptable now',
  'the proposal deserves a serious written answer',
];
const BASE_DAY = Date.UTC(2024, 0, 1);

/** The n-th statement: holder and issue cycle; the date makes it unique; one in 50 reverses the stance. */
function nth(n: number): Event {
  const pair = n % (HOLDERS.length * ISSUES.length);
  const round = Math.floor(n / (HOLDERS.length * ISSUES.length));
  const holder = HOLDERS[pair % HOLDERS.length]!;
  const issue = ISSUES[Math.floor(pair / HOLDERS.length)]!;
  const usual: Polarity = pair % 3 === 0 ? '-' : '+';
  const reversed = (round + pair) % 50 === 49;
  const polarity: Polarity = reversed ? (usual === '+' ? '-' : '+') : usual;
  const kind: StatementKind = polarity === '-' ? 'reject' : 'demand';
  const quote = `${OPENINGS[n % OPENINGS.length]!} ${CLAIMS[(n >> 3) % CLAIMS.length]!} (${issue})`;
  return statementMade({
    holder,
    issue,
    kind,
    polarity,
    statedAt: new Date(BASE_DAY + round * 86_400_000).toISOString().slice(0, 10),
    source: { quote, publisher: PUBLISHERS[n % PUBLISHERS.length]!, url: `https://news.example/${2024 + (round >> 8)}/${pair}-${round}` },
  });
}

// The SHA-256 the file store gives prepareBatch for ids.
const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');
const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

/** How many holder-issue positions a replay ended with: both replays must agree. */
const holdersOf = (state: AnalysisState): number => {
  let n = 0;
  for (const holders of state.positions.byIssue.values()) n += holders.size;
  return n;
};

const perSecond = (count: number, ms: number): number => (count / ms) * 1000;
const rate = (count: number, ms: number): string => `${Math.round(perSecond(count, ms)).toLocaleString('en-US')}/s`;

// The machine may be shared: CPU time (user + system) is reported beside
// wall time, as it does not count the time others held the cores.
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
interface Timed {
  readonly wall: number;
  readonly cpu: number;
}
async function timed(run: () => Promise<void> | void): Promise<Timed> {
  const t0 = performance.now();
  const c0 = cpuMs();
  await run();
  return { wall: performance.now() - t0, cpu: cpuMs() - c0 };
}
const both = (count: number, t: Timed): string =>
  `${rate(count, t.wall).padStart(11)} wall (${(t.wall / 1000).toFixed(2)} s), ${rate(count, t.cpu).padStart(11)} CPU (${(t.cpu / 1000).toFixed(2)} s)`;
const ratio = (store: Timed, baseline: Timed): string =>
  `${(baseline.wall / store.wall).toFixed(2)}x the baseline's speed (wall), ${(baseline.cpu / store.cpu).toFixed(2)}x (CPU)`;

/** The baseline: the file read in 8 MB chunks, every line `JSON.parse`d, events handed to `sink`. */
function plainParse(path: string, sink: (event: StoredEvent) => void): number {
  const fd = openSync(path, 'r');
  let events = 0;
  let carry = Buffer.alloc(0);
  const chunk = Buffer.allocUnsafe(8 * 1024 * 1024);
  for (;;) {
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    const buf = carry.length > 0 ? Buffer.concat([carry, chunk.subarray(0, n)]) : chunk.subarray(0, n);
    let at = 0;
    for (let nl = buf.indexOf(0x0a, at); nl >= 0; nl = buf.indexOf(0x0a, at)) {
      const value = JSON.parse(buf.toString('utf8', at, nl)) as StoredEvent & { batch?: number };
      if (value.batch === undefined) {
        sink(value);
        events++;
      }
      at = nl + 1;
    }
    carry = Buffer.from(buf.subarray(at));
  }
  closeSync(fd);
  return events;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'stancelog-bench-'));
  const path = join(dir, 'log.jsonl');
  try {
    console.log(`file store benchmark: ${TOTAL.toLocaleString('en-US')} statements, batches of ${BATCH}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} on this machine`);
    const opened = await openFileStore(path, { fsync: 'always' });
    if (opened._tag === 'Left') throw new Error(opened.left.message);
    const writer = opened.right;
    let appendWall = 0;
    let appendCpu = 0;
    for (let start = 0; start < TOTAL; start += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, TOTAL - start) }, (_, i) => nth(start + i));
      const t = await timed(async () => {
        const r = await writer.append(batch);
        if (r._tag === 'Left') throw new Error(r.left.message);
        if (r.right.appended.length !== batch.length) throw new Error(`batch at ${start}: ${r.right.duplicates.length} duplicates`);
      });
      appendWall += t.wall;
      appendCpu += t.cpu;
    }
    await writer.close();
    // How much of the append is the core's validation and content ids (prepareBatch), on a sample.
    const sample = Math.min(TOTAL, 50_000);
    const prepared = await timed(() => {
      for (let start = 0; start < sample; start += BATCH) prepareBatch(Array.from({ length: BATCH }, (_, i) => nth(start + i)), { hash: sha256Hex });
    });
    const bytes = statSync(path).size;
    console.log(`line size:             ${Math.round(bytes / TOTAL)} bytes a statement on average; file ${(bytes / 1e6).toFixed(0)} MB`);
    console.log(`append (fsync always): ${both(TOTAL, { wall: appendWall, cpu: appendCpu })}`);
    console.log(`  of which core prepareBatch (validation, ids with native SHA-256; sample of ${sample.toLocaleString('en-US')}): ${rate(sample, prepared.cpu)} CPU alone, so ${((1e3 / perSecond(TOTAL, appendCpu) - 1e3 / perSecond(sample, prepared.cpu)) * 1000).toFixed(1)} µs CPU a statement in the store`);
    const appendRss = peakRssMb();

    // Baseline and store alternate, three rounds each, and the best of each
    // counts: the machine may be shared, and the first round warms the JIT.
    let parsed = 0;
    const baselineRuns: Timed[] = [];
    const storeRuns: Timed[] = [];
    const openRuns: number[] = [];
    for (let round = 0; round < 3; round++) {
      baselineRuns.push(await timed(() => void (parsed = plainParse(path, () => undefined))));
      let read = 0;
      let positions = 0;
      storeRuns.push(
        await timed(async () => {
          const t0 = performance.now();
          const r = await openFileStore(path, { readOnly: true });
          if (r._tag === 'Left') throw new Error(r.left.message);
          openRuns.push(performance.now() - t0);
          for await (const chunk of r.right.read()) {
            for (const e of chunk) positions += e.position;
            read += chunk.length;
          }
          await r.right.close();
        }),
      );
      if (read !== TOTAL || positions !== (TOTAL * (TOTAL + 1)) / 2 || parsed !== TOTAL) throw new Error(`read ${read} events, baseline ${parsed}`);
    }
    const best = (runs: Timed[]): Timed => runs.reduce((a, b) => (b.wall < a.wall ? b : a));
    const baseline = best(baselineRuns);
    const readAll = best(storeRuns);
    const openMs = Math.min(...openRuns);
    const readRss = peakRssMb();

    // Replay into the analysis reducer (positions and contradictions).
    let baselineHolders = 0;
    const baselineReplay = await timed(() => {
      const f = fold(analysis());
      plainParse(path, (e) => f.push(e));
      baselineHolders = holdersOf(f.done());
    });
    let storeHolders = 0;
    const storeReplay = await timed(async () => {
      const r = await openFileStore(path, { readOnly: true });
      if (r._tag === 'Left') throw new Error(r.left.message);
      const f = fold(analysis());
      for await (const chunk of r.right.read()) f.pushAll(chunk);
      storeHolders = holdersOf(f.done());
      await r.right.close();
    });
    if (baselineHolders !== storeHolders || storeHolders === 0) throw new Error(`replays differ: ${baselineHolders} and ${storeHolders} positions`);
    const replayRss = peakRssMb();

    // A writer's first append reads the ids back from the file (lazily, once).
    let writerOpenMs = 0;
    const firstAppend = await timed(async () => {
      const t0 = performance.now();
      const r = await openFileStore(path);
      if (r._tag === 'Left') throw new Error(r.left.message);
      writerOpenMs = performance.now() - t0;
      const a = await r.right.append([nth(TOTAL)]);
      if (a._tag === 'Left') throw new Error(a.left.message);
      await r.right.close();
    });

    console.log(`baseline JSON.parse:   ${both(TOTAL, baseline)} (chunked reads, every line parsed, nothing checked; best of 3)`);
    console.log(`open (read-only):      ${openMs.toFixed(0)} ms (checksums verified, lines located, nothing parsed; best of 3)`);
    console.log(`open + read all:       ${both(TOTAL, readAll)}; ${ratio(readAll, baseline)} (best of 3)`);
    console.log(`baseline + analysis(): ${both(TOTAL, baselineReplay)} (the same parse, folded into analysis())`);
    console.log(`open + read + replay:  ${both(TOTAL, storeReplay)}; ${ratio(storeReplay, baselineReplay)}`);
    console.log(`writer open:           ${writerOpenMs.toFixed(0)} ms; open + first append (builds the id set): ${firstAppend.wall.toFixed(0)} ms`);
    console.log(`peak RSS:              ${appendRss} MB after the appends, ${readRss} MB after open + read, ${replayRss} MB after the replays (one analysis state at a time)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
