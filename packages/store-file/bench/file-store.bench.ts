/**
 * File store benchmark: append 1M statements in batches of 1,000 with fsync,
 * then open the log and read everything back, against a plain `JSON.parse`
 * of every line as the baseline.
 *
 *   pnpm exec tsx packages/store-file/bench/file-store.bench.ts [--quick]
 *
 * `--quick` (or BENCH_QUICK=1) runs 50,000 statements.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareBatch, statementMade } from '@stancelog/core';
import type { Event, StatementKind, Polarity } from '@stancelog/core';
import { openFileStore } from '@stancelog/store-file';

const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const TOTAL = quick ? 50_000 : 1_000_000;
const BATCH = 1_000;
const HOLDERS = Array.from({ length: 50 }, (_, i) => `holder-${i}`);
const ISSUES = Array.from({ length: 40 }, (_, i) => `issue-${i}`);
const PUBLISHERS = ['Reuters', 'AP', 'AFP', 'Kyiv Independent', 'TASS', 'BBC', 'Le Monde', 'Der Spiegel'];
// A shared pool of quotes, as when many outlets relay the same few lines.
const QUOTES = Array.from({ length: 400 }, (_, i) => `position statement ${i}: we have said it before and we say it again, our stance on this matter has not changed`);
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
  return statementMade({
    holder,
    issue,
    kind,
    polarity,
    statedAt: new Date(BASE_DAY + round * 86_400_000).toISOString().slice(0, 10),
    source: { quote: QUOTES[(n * 7) % QUOTES.length]!, publisher: PUBLISHERS[n % PUBLISHERS.length]!, url: `https://news.example/${pair}/${round}` },
  });
}

const rate = (count: number, ms: number): string => `${Math.round((count / ms) * 1000).toLocaleString('en-US')}/s`;

// The machine may be shared: CPU time (user + system) is reported beside
// wall time, as it does not count the time others held the cores.
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const both = (count: number, wallMs: number, cpu: number): string =>
  `${rate(count, wallMs).padStart(11)} wall (${(wallMs / 1000).toFixed(2)} s), ${rate(count, cpu).padStart(11)} CPU (${(cpu / 1000).toFixed(2)} s)`;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'stancelog-bench-'));
  const path = join(dir, 'log.jsonl');
  try {
    console.log(`file store benchmark: ${TOTAL.toLocaleString('en-US')} statements, batches of ${BATCH}`);
    const opened = await openFileStore(path, { fsync: 'always' });
    if (opened._tag === 'Left') throw new Error(opened.left.message);
    const writer = opened.right;
    let appendMs = 0;
    let appendCpu = 0;
    for (let start = 0; start < TOTAL; start += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, TOTAL - start) }, (_, i) => nth(start + i));
      const t0 = performance.now();
      const c0 = cpuMs();
      const r = await writer.append(batch);
      appendMs += performance.now() - t0;
      appendCpu += cpuMs() - c0;
      if (r._tag === 'Left') throw new Error(r.left.message);
      if (r.right.appended.length !== batch.length) throw new Error(`batch at ${start}: ${r.right.duplicates.length} duplicates`);
    }
    await writer.close();
    // How much of the append is the core's validation and content ids (prepareBatch), on a sample.
    const sample = Math.min(TOTAL, 50_000);
    const p0 = cpuMs();
    for (let start = 0; start < sample; start += BATCH) prepareBatch(Array.from({ length: BATCH }, (_, i) => nth(start + i)));
    const prepareCpu = cpuMs() - p0;
    const bytes = statSync(path).size;
    console.log(`append (fsync always): ${both(TOTAL, appendMs, appendCpu)}; file ${(bytes / 1e6).toFixed(0)} MB`);
    console.log(`  core prepareBatch alone (validation, ids; sample of ${sample}): ${rate(sample, prepareCpu)} CPU`);

    // Baseline: read the file in chunks and JSON.parse every line, nothing else.
    const baseline = (): number => {
      const fd = openSync(path, 'r');
      let lines = 0;
      let carry = Buffer.alloc(0);
      for (;;) {
        const chunk = Buffer.allocUnsafe(8 * 1024 * 1024);
        const n = readSync(fd, chunk, 0, chunk.length, null);
        if (n === 0) break;
        const buf = carry.length > 0 ? Buffer.concat([carry, chunk.subarray(0, n)]) : chunk.subarray(0, n);
        let at = 0;
        for (let nl = buf.indexOf(0x0a, at); nl >= 0; nl = buf.indexOf(0x0a, at)) {
          if (JSON.parse(buf.toString('utf8', at, nl)) !== null) lines++;
          at = nl + 1;
        }
        carry = Buffer.from(buf.subarray(at));
      }
      closeSync(fd);
      return lines;
    };
    // The store: open (scan, verify checksums, index) and read every event.
    let t0 = performance.now();
    let c0 = cpuMs();
    const reopened = await openFileStore(path, { readOnly: true });
    if (reopened._tag === 'Left') throw new Error(reopened.left.message);
    const openMs = performance.now() - t0;
    let read = 0;
    let checksum = 0;
    for await (const chunk of reopened.right.read()) {
      for (const e of chunk) checksum += e.position;
      read += chunk.length;
    }
    const totalMs = performance.now() - t0;
    const totalCpu = cpuMs() - c0;
    await reopened.right.close();
    if (read !== TOTAL || checksum !== (TOTAL * (TOTAL + 1)) / 2) throw new Error(`read ${read} events`);
    // A writer's open also indexes every id (for idempotent appends).
    t0 = performance.now();
    c0 = cpuMs();
    const writerAgain = await openFileStore(path);
    if (writerAgain._tag === 'Left') throw new Error(writerAgain.left.message);
    const writerOpenMs = performance.now() - t0;
    const writerOpenCpu = cpuMs() - c0;
    await writerAgain.right.close();
    const storeRss = process.resourceUsage().maxRSS;

    t0 = performance.now();
    c0 = cpuMs();
    const parsed = baseline();
    const baselineMs = performance.now() - t0;
    const baselineCpu = cpuMs() - c0;
    console.log(`baseline JSON.parse:   ${both(parsed, baselineMs, baselineCpu)}; ${parsed} lines (events and batch records)`);
    console.log(`open + read all:       ${both(TOTAL, totalMs, totalCpu)}; read-only open alone ${(openMs / 1000).toFixed(2)} s wall`);
    console.log(`writer open alone:     ${both(TOTAL, writerOpenMs, writerOpenCpu)}`);
    console.log(`ratio to baseline:     ${(baselineMs / totalMs).toFixed(2)}x its speed (wall), ${(baselineCpu / totalCpu).toFixed(2)}x (CPU)`);
    console.log(`peak RSS:              ${Math.round(storeRss / 1024)} MB through append, open and read`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
