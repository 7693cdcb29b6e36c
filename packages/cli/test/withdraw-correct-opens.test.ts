// How `withdraw` and `correct` open their log (src/withdraw.ts, src/correct.ts, the `write-existing` mode of
// src/store-option.ts): once, as a writer that finds the log there, where a reader's open and then a writer's scanned a
// file log twice (a finding of stop 54: at 200,000 statements the second open was most of what withdraw took).
import { existsSync, readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { openFileStore } from '@stancelog/store-file';
import type { CountedOpen } from './file-store-spy.js';
import { russiaDemandsLand, sandbox, ukraineRefusesLand } from './harness.js';
import type { Sandbox } from './harness.js';

const opens: CountedOpen[] = [];
jest.mock('@stancelog/store-file', () => jest.requireActual<typeof import('./file-store-spy.js')>('./file-store-spy.js').openCountingStore(() => opens));

describe('withdraw and correct open the log', () => {
  let box: Sandbox;
  const events = async (): Promise<number> => (await box.json<unknown[]>('log')).length;
  beforeEach(async () => {
    box = sandbox();
    box.write('talks.jsonl', [russiaDemandsLand, ukraineRefusesLand]);
    expect((await box.stancelog('append', 'talks.jsonl')).code).toBe(0);
    opens.length = 0;
  });
  afterEach(() => box.remove());

  it('once each, as a writer, and read it once: the log is scanned once, not twice', async () => {
    expect((await box.stancelog('withdraw', '2', '--reason', 'misattributed')).code).toBe(0);
    expect(opens).toEqual([{ readOnly: false, reads: 1 }]);
    opens.length = 0;
    expect((await box.stancelog('correct', '1', '--set', 'statedAt=2025-05-15', '--reason', 'said the day before')).code).toBe(0);
    expect(opens).toEqual([{ readOnly: false, reads: 1 }]);
  });

  it('once as a reader for a dry run of correct, which writes nothing and takes no lock', async () => {
    const r = await box.stancelog('correct', '1', '--set', 'statedAt=2025-05-15', '--reason', 'said the day before', '--dry-run');
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(opens).toEqual([{ readOnly: true, reads: 1 }]);
  });

  it('not at all when --store names no log: refused as before, in the reader’s words, and nothing created (no log, no lock file)', async () => {
    const noLog = 'stancelog: no log at typo.jsonl: append statements first (stancelog append FILE.jsonl or FILE.csv), or name a log with --store\n';
    const withdrawn = await box.stancelog('withdraw', '1', '--reason', 'x', '--store', 'typo.jsonl');
    expect([withdrawn.code, withdrawn.stderr]).toEqual([1, noLog]);
    const corrected = await box.stancelog('correct', '1', '--set', 'statedAt=2025-05-15', '--reason', 'x', '--store', 'typo.jsonl');
    expect([corrected.code, corrected.stderr]).toEqual([1, noLog]);
    // In a folder that does not exist either: still no log there, not "no such folder" (which is a writer's word for a new log).
    const deeper = await box.stancelog('withdraw', '1', '--reason', 'x', '--store', 'logz/talks.jsonl');
    expect(deeper.stderr).toBe('stancelog: no log at logz/talks.jsonl: append statements first (stancelog append FILE.jsonl or FILE.csv), or name a log with --store\n');
    expect(opens).toEqual([]);
    expect(readdirSync(box.dir).filter((f) => f.startsWith('typo') || f.startsWith('logz'))).toEqual([]);
  });

  it('not, when the log is deleted while they wait for its lock: refused as no log there, and none created anew, empty (a leftover of stop 54)', async () => {
    const log = join(box.dir, 'stancelog.jsonl');
    const holder = await openFileStore(log);
    if (holder._tag === 'Left') throw new Error(holder.left.message);
    const runs = [box.stancelog('withdraw', '2', '--reason', 'misattributed'), box.stancelog('correct', '1', '--set', 'statedAt=2025-05-15', '--reason', 'said the day before')];
    await new Promise((resolve) => setTimeout(resolve, 200));
    unlinkSync(log);
    await holder.right.close();
    const noLog = 'stancelog: no log at stancelog.jsonl: append statements first (stancelog append FILE.jsonl or FILE.csv), or name a log with --store\n';
    expect((await Promise.all(runs)).map((r) => [r.code, r.stdout, r.stderr])).toEqual([
      [1, '', noLog],
      [1, '', noLog],
    ]);
    expect(readdirSync(box.dir).filter((f) => f.startsWith('stancelog.jsonl'))).toEqual([]);
  });

  it('after another writer is done with it, waiting for its lock as append does', async () => {
    const holder = await openFileStore(join(box.dir, 'stancelog.jsonl'));
    if (holder._tag === 'Left') throw new Error(holder.left.message);
    const runs = [box.stancelog('withdraw', '2', '--reason', 'misattributed'), box.stancelog('correct', '1', '--set', 'statedAt=2025-05-15', '--reason', 'said the day before')];
    setTimeout(() => void holder.right.close(), 200);
    expect((await Promise.all(runs)).map((r) => [r.code, r.stderr])).toEqual([
      [0, ''],
      [0, ''],
    ]);
    expect(await events()).toBe(5);
  });

  it('not, while another writer holds its lock longer than STANCELOG_LOCK_WAIT_MS: refused in the lock’s words, nothing appended; a dry run reads it meanwhile', async () => {
    box.remove();
    box = sandbox({ STANCELOG_LOCK_WAIT_MS: '0' });
    box.write('talks.jsonl', [russiaDemandsLand, ukraineRefusesLand]);
    expect((await box.stancelog('append', 'talks.jsonl')).code).toBe(0);
    const holder = await openFileStore(join(box.dir, 'stancelog.jsonl'));
    if (holder._tag === 'Left') throw new Error(holder.left.message);
    try {
      const busy = `stancelog: store stancelog.jsonl: another stancelog (pid ${process.pid}) is writing to this log (busy). Run the command again when it is done, or wait longer with STANCELOG_LOCK_WAIT_MS=60000; reading commands work meanwhile; if you are sure no stancelog writes to it any more, remove ${join(box.dir, 'stancelog.jsonl')}.lock\n`;
      const withdrawn = await box.stancelog('withdraw', '2', '--reason', 'misattributed');
      expect([withdrawn.code, withdrawn.stdout, withdrawn.stderr]).toEqual([1, '', busy]);
      const corrected = await box.stancelog('correct', '1', '--set', 'statedAt=2025-05-15', '--reason', 'said the day before');
      expect([corrected.code, corrected.stdout, corrected.stderr]).toEqual([1, '', busy]);
      const dry = await box.stancelog('correct', '1', '--set', 'statedAt=2025-05-15', '--reason', 'said the day before', '--dry-run');
      expect([dry.code, dry.stderr]).toEqual([0, '']);
      expect(dry.stdout).toMatch(/dry run: stancelog.jsonl was read, not written\n$/);
      expect(await events()).toBe(2);
    } finally {
      await holder.right.close();
    }
    expect(existsSync(join(box.dir, 'stancelog.jsonl.lock'))).toBe(false);
  });
});
