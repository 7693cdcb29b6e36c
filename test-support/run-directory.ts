// A temporary directory of its own for every jest run, removed when the run
// ends. Tests and doc examples make scratch directories with
// `mkdtempSync(join(tmpdir(), ...))` and rarely remove them; pointing
// `TMPDIR` (which `os.tmpdir()` reads, in the workers and in every process
// they spawn, Chromium included) at a directory of the run cleans them all
// up in one place, whether the tests passed or failed. A run killed before
// its teardown leaves its directory; the next run removes it, as the process
// named in its name is gone.
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The name of every run directory starts so, followed by the pid of the jest process and a dash. */
export const RUN_DIRECTORY_PREFIX = 'stancelog-jest-';

const RUN_DIRECTORY = new RegExp(`^${RUN_DIRECTORY_PREFIX}(\\d+)-`);

/** Whether a process runs with that pid (one of another user counts as running). */
export function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the run directories in `base` whose jest process is gone; returns their names. */
export function sweepAbandonedRuns(base: string, runs: (pid: number) => boolean = processRuns): string[] {
  const swept: string[] = [];
  for (const name of readdirSync(base)) {
    const pid = RUN_DIRECTORY.exec(name)?.[1];
    if (pid === undefined || runs(Number(pid))) continue;
    try {
      rmSync(join(base, name), { recursive: true, force: true });
      swept.push(name);
    } catch {
      // Another user's, or being removed by another run: not ours to insist on.
    }
  }
  return swept;
}

/** Makes the directory of the jest run `pid` in `base`, after sweeping the ones abandoned there. */
export function openRunDirectory(base: string, pid: number = process.pid): string {
  sweepAbandonedRuns(base);
  const dir = mkdtempSync(join(base, `${RUN_DIRECTORY_PREFIX}${pid}-`));
  // Passable by other users, as /tmp is (each scratch directory in it is
  // still private): a server a test starts may run as a user of its own
  // (PostgreSQL, started as root, runs as postgres).
  chmodSync(dir, 0o711);
  return dir;
}

/** Removes a run directory and everything the run left in it. */
export function closeRunDirectory(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
