/**
 * Report benchmark: what `buildReport` costs on a log of days, in CPU time
 * and peak memory, and the size of the page it writes. Its speed is given
 * as a ratio to a replay of the same log into the analysis in the same
 * process (a report replays the log day by day, up to 400 frames, and
 * keeps every view's versions: the replay is the least it can do).
 *
 *   pnpm exec tsx packages/report/bench/report.bench.ts [--quick]
 *
 * Logs of 20,000 and 100,000 statements (`--quick` or BENCH_QUICK=1:
 * 20,000) made with the core's `syntheticLog`: 50 holders x 40 issues over
 * two years, a stance turning in about one restatement of fifty (the
 * report's views change often), every quote its own. Each size runs in a
 * process of its own, so that its peak RSS is its own; it includes the
 * log's events, built before.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analysis, replay } from '@stancelog/core';
import type { StoredEvent } from '@stancelog/core';
import { buildReport } from '../src/index.js';
import { syntheticLog } from '../../core/bench/synthetic.js';

const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const COUNTS = quick ? [20_000] : [20_000, 100_000];

interface Measured {
  readonly count: number;
  readonly frames: number;
  readonly buildCpuMs: number;
  readonly replayCpuMs: number;
  readonly peakRssBytes: number;
  readonly pageBytes: number;
  readonly dataBytes: number;
}

/** The process's CPU time (user and system) spent in `run`, in milliseconds: other processes on a shared machine weigh less than on wall time. */
async function cpuTime<T>(run: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const before = process.cpuUsage();
  const value = await run();
  const spent = process.cpuUsage(before);
  return { value, ms: (spent.user + spent.system) / 1000 };
}

/** One size, in this process: build the report, then replay the log once (after: the report's peak is the process's). */
async function measure(count: number): Promise<Measured> {
  // A quote of its own per statement, as articles have: the page carries every quote.
  const events: StoredEvent[] = [];
  for (const e of syntheticLog({ count, days: 730, flipRate: 0.02, seed: 7 })) {
    events.push(e.type === 'statement-made' ? { ...e, data: { ...e.data, source: { ...e.data.source, quote: `${e.data.source.quote} (statement ${e.position})` } } } : e);
  }
  const out = mkdtempSync(join(tmpdir(), 'report-bench-'));
  try {
    const built = await cpuTime(() => buildReport(events, { outDir: out, title: 'benchmark' }));
    if (built.value._tag === 'Left') throw new Error(built.value.left.message);
    const replayed = await cpuTime(() => replay(analysis(), events));
    return {
      count,
      frames: built.value.right.data.frames.length,
      buildCpuMs: built.ms,
      replayCpuMs: replayed.ms,
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
      pageBytes: statSync(built.value.right.index).size,
      dataBytes: statSync(join(out, 'data.json')).size,
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const childAt = process.argv.indexOf('--child');
if (childAt >= 0) {
  process.stdout.write(`${JSON.stringify(await measure(Number(process.argv[childAt + 1])))}\n`);
} else {
  const self = fileURLToPath(import.meta.url);
  const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  console.log(`report build (buildReport: data.json and index.html), load average ${loadavg()[0]!.toFixed(1)}`);
  console.log('  statements  frames    build CPU   replay CPU   build / replay   peak RSS   index.html   data.json');
  for (const count of COUNTS) {
    const r = spawnSync(process.execPath, [...process.execArgv, self, '--child', String(count)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (r.status !== 0) throw new Error(`the run of ${count} statements failed (exit ${r.status ?? r.signal}):\n${r.stderr}`);
    const m = JSON.parse(r.stdout.trim().split('\n').pop()!) as Measured;
    console.log(
      `  ${m.count.toLocaleString('en').padStart(10)}  ${String(m.frames).padStart(6)}  ${`${(m.buildCpuMs / 1000).toFixed(1)} s`.padStart(11)}  ${`${(m.replayCpuMs / 1000).toFixed(2)} s`.padStart(11)}  ${`${(m.buildCpuMs / m.replayCpuMs).toFixed(1)}x`.padStart(15)}  ${mb(m.peakRssBytes).padStart(9)}  ${mb(m.pageBytes).padStart(11)}  ${mb(m.dataBytes).padStart(10)}`,
    );
  }
}
