import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { closeRunDirectory, openRunDirectory, RUN_DIRECTORY_PREFIX, sweepAbandonedRuns } from '../run-directory';

describe('the temporary directory of a jest run', () => {
  it('is where os.tmpdir() points in the tests, a directory of this run', () => {
    expect(basename(tmpdir())).toMatch(new RegExp(`^${RUN_DIRECTORY_PREFIX}\\d+-`));
    expect(existsSync(tmpdir())).toBe(true);
  });

  it('is also where the processes the tests spawn make theirs', () => {
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("node:os").tmpdir())'], { encoding: 'utf8' });
    expect(child.stdout).toBe(tmpdir());
  });

  describe('opened in a base directory and closed', () => {
    const base = (): string => mkdtempSync(join(tmpdir(), 'base-'));

    it('is named for the jest process and removed with all it holds when closed', () => {
      const dir = openRunDirectory(base(), 4242);
      expect(basename(dir)).toMatch(new RegExp(`^${RUN_DIRECTORY_PREFIX}4242-`));
      mkdirSync(join(dir, 'report-x', 'deep'), { recursive: true });
      writeFileSync(join(dir, 'report-x', 'deep', 'index.html'), '<p>');
      closeRunDirectory(dir);
      expect(existsSync(dir)).toBe(false);
    });

    it('sweeps the directories of runs whose process is gone (a run killed before its teardown), and keeps those of live runs and everything else', () => {
      const b = base();
      const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
      mkdirSync(join(b, `${RUN_DIRECTORY_PREFIX}${gone}-abc123`, 'ingest-x'), { recursive: true });
      mkdirSync(join(b, `${RUN_DIRECTORY_PREFIX}${process.pid}-def456`));
      mkdirSync(join(b, 'report-unrelated'));
      const dir = openRunDirectory(b, process.pid);
      expect(readdirSync(b).sort()).toEqual([`${RUN_DIRECTORY_PREFIX}${process.pid}-def456`, basename(dir), 'report-unrelated'].sort());
    });

    it('sweeps nothing of a run still going, as told by the process check', () => {
      const b = base();
      mkdirSync(join(b, `${RUN_DIRECTORY_PREFIX}7-abc123`));
      expect(sweepAbandonedRuns(b, () => true)).toEqual([]);
      expect(sweepAbandonedRuns(b, () => false)).toEqual([`${RUN_DIRECTORY_PREFIX}7-abc123`]);
      expect(readdirSync(b)).toEqual([]);
    });
  });

});
