/**
 * CLI snapshot benchmark: what `stancelog positions --json` costs on a file
 * log, replaying the whole log (`--no-snapshots`), and starting from the
 * snapshot beside it (`<log>.snapshots/`): the first run (which saves it),
 * warm (nothing new), and with a tail of 1,000 new events (too short to be
 * saved again: see `snapshotEvery` in packages/cli/src/analyse.ts). Each run is a
 * fresh process of the built CLI, timed with `/usr/bin/time` (wall time and
 * peak RSS); output goes to /dev/null.
 *
 *   pnpm run build && pnpm exec tsx packages/cli/bench/cli-snapshots.bench.ts [--quick] [--keep DIR]
 *
 * Logs of 200,000 and 1,000,000 statements (`--quick` or BENCH_QUICK=1:
 * 20,000), made with the core's `syntheticLog` (50 holders x 40 issues) and
 * appended in batches of 1,000 through the file store. `--keep DIR` keeps
 * the logs in DIR and reuses them on the next run.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appendAll, benchLog, benchStatements } from './bench-logs.js';

const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const keepAt = process.argv.indexOf('--keep');
const keep = keepAt >= 0 ? resolve(process.argv[keepAt + 1] ?? '') : undefined;
const COUNTS = quick ? [20_000] : [200_000, 1_000_000];
const TAIL = 1_000;
const bin = resolve(dirname(fileURLToPath(import.meta.url)), '../bin/stancelog.js');

interface Run {
  readonly seconds: number;
  /** User + system CPU seconds: steadier than wall time on a shared machine. */
  readonly cpu: number;
  readonly rssMb: number;
}

/** One `stancelog positions --json` process: wall and CPU seconds, peak RSS. */
function positions(path: string, ...flags: string[]): Run {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, bin, 'positions', '--json', '--store', path, ...flags], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const lines = r.stderr.trim().split('\n');
  if (r.status !== 0) throw new Error(`positions ${flags.join(' ')} failed: ${r.stderr}`);
  const [seconds, user, system, kb] = lines[lines.length - 1]!.split(' ').map(Number);
  // Anything else on stderr (a snapshot warning) is worth seeing.
  if (lines.length > 1) console.log(`  stderr: ${lines.slice(0, -1).join(' | ')}`);
  return { seconds: seconds!, cpu: user! + system!, rssMb: Math.round(kb! / 1024) };
}

const best = (runs: Run[]): Run => runs.reduce((a, b) => (b.cpu < a.cpu ? b : a));
const show = (what: string, run: Run): void =>
  console.log(`  ${what.padEnd(44)} ${run.seconds.toFixed(2).padStart(7)} s wall ${run.cpu.toFixed(2).padStart(7)} s CPU   peak RSS ${String(run.rssMb).padStart(5)} MB`);
const sizeOf = (dir: string): number => readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);

async function main(): Promise<void> {
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'stancelog-cli-snapshots-'));
  mkdirSync(dir, { recursive: true });
  console.log(`CLI snapshots: node ${process.version}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  try {
    for (const count of COUNTS) {
      const path = await benchLog(dir, count);
      const snapshots = `${path}.snapshots`;
      rmSync(snapshots, { recursive: true, force: true });
      const rounds = count >= 1_000_000 ? 2 : 3;
      console.log(`${count.toLocaleString('en-US')} statements (${(statSync(path).size / 1e6).toFixed(0)} MB log), best of ${rounds}:`);
      show('cold, --no-snapshots', best(Array.from({ length: rounds }, () => positions(path, '--no-snapshots'))));
      show('first with snapshots (replays, then saves)', positions(path));
      console.log(`  snapshot: ${(sizeOf(snapshots) / 1e6).toFixed(1)} MB`);
      show('warm (snapshot, nothing new)', best(Array.from({ length: rounds }, () => positions(path))));
      // The tail on a copy, so that a kept log stays as built. A snapshot is tied to the file it was made from, so the
      // copy's own is made first (untimed): copied along, the original's would be set aside as another log's.
      const tail = join(dir, `tail-${count}.jsonl`);
      cpSync(path, tail);
      rmSync(`${tail}.snapshots`, { recursive: true, force: true });
      positions(tail);
      // As many a day as in the log, so the tail follows it in time (not statements read late, which cost more).
      await appendAll(tail, benchStatements(TAIL, count + 1, 7, Math.max(1, Math.round((TAIL * 1000) / count))));
      show(`tail of ${TAIL.toLocaleString('en-US')} (replays it, saves none)`, positions(tail));
      show('warm again after the tail', positions(tail));
      show(`tail, --no-snapshots (${(count + TAIL).toLocaleString('en-US')} replayed)`, positions(tail, '--no-snapshots'));
      rmSync(tail);
      rmSync(`${tail}.snapshots`, { recursive: true, force: true });
    }
  } finally {
    if (keep === undefined) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
