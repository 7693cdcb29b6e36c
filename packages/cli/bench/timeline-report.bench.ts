/**
 * What `stancelog timeline` without a filter and `stancelog report` cost on
 * a file log, in CPU time and peak memory (RSS): both read every event,
 * the timeline to quote every statement, the report to replay the log as
 * of each day with statements. Each run is a fresh process of the built
 * CLI, timed with `/usr/bin/time` (wall time, user + system CPU, peak RSS);
 * output goes to /dev/null (the report's folder to a temporary one).
 *
 *   pnpm run build && pnpm exec tsx packages/cli/bench/timeline-report.bench.ts [--quick] [--keep DIR] [--only timeline|report]
 *
 * Logs of 20,000 and 200,000 statements (`--quick` or BENCH_QUICK=1:
 * 20,000), made as `cli-snapshots.bench.ts` makes them: the core's
 * `syntheticLog` (50 holders x 40 issues over 1,000 days), each quote made
 * unique, appended in batches of 1,000 through the file store. `--keep
 * DIR` keeps the logs in DIR and reuses them on the next run (the two
 * benchmarks' logs are the same: one DIR serves both). The timeline runs
 * warm (the analysis' snapshot saved by a first, untimed run), as on a log
 * in use; the report uses no snapshot.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchLog } from './bench-logs.js';

const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const flag = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const keep = flag('--keep') === undefined ? undefined : resolve(flag('--keep')!);
const only = flag('--only');
const COUNTS = quick ? [20_000] : [20_000, 200_000];
const bin = resolve(dirname(fileURLToPath(import.meta.url)), '../bin/stancelog.js');

interface Run {
  readonly seconds: number;
  readonly cpu: number;
  readonly rssMb: number;
}

/** One process of the CLI: wall and CPU seconds, peak RSS. */
function run(args: ReadonlyArray<string>): Run {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const lines = r.stderr.trim().split('\n');
  if (r.status !== 0) throw new Error(`stancelog ${args.join(' ')} failed: ${r.stderr}`);
  const [seconds, user, system, kb] = lines[lines.length - 1]!.split(' ').map(Number);
  return { seconds: seconds!, cpu: user! + system!, rssMb: Math.round(kb! / 1024) };
}

const show = (what: string, r: Run): void =>
  console.log(`  ${what.padEnd(36)} ${r.seconds.toFixed(2).padStart(7)} s wall ${r.cpu.toFixed(2).padStart(7)} s CPU   peak RSS ${String(r.rssMb).padStart(5)} MB`);

async function main(): Promise<void> {
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'stancelog-timeline-report-'));
  mkdirSync(dir, { recursive: true });
  console.log(`timeline and report: node ${process.version}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  try {
    for (const count of COUNTS) {
      const path = await benchLog(dir, count);
      console.log(`${count.toLocaleString('en-US')} statements (${(statSync(path).size / 1e6).toFixed(0)} MB log):`);
      if (only === undefined || only === 'timeline') {
        // The snapshot as a log in use has it: saved by a run before.
        run(['positions', '--json', '--store', path]);
        show('timeline (text)', run(['timeline', '--store', path]));
        show('timeline --json', run(['timeline', '--json', '--store', path]));
      }
      if (only === undefined || only === 'report') {
        const out = mkdtempSync(join(tmpdir(), 'stancelog-report-bench-'));
        try {
          show('report', run(['report', '--out', out, '--force', '--store', path]));
        } finally {
          rmSync(out, { recursive: true, force: true });
        }
      }
    }
  } finally {
    if (keep === undefined) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
