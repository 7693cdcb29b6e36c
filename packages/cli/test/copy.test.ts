import { appendFileSync, existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { isLeft } from 'fp-ts/lib/Either.js';
import { eventId } from '@stancelog/core';
import { openFileStore } from '@stancelog/store-file';
import { russiaDemandsLand, sandbox, ukraineRefusesLand } from './harness.js';
import type { Sandbox } from './harness.js';

interface StoredEvent {
  id: string;
  position: number;
  recordedAt: string;
  type: string;
  data: unknown;
}
const content = (events: StoredEvent[]) => events.map(({ id, recordedAt, type, data }) => ({ id, recordedAt, type, data }));

describe('stancelog copy', () => {
  let box: Sandbox;
  beforeEach(async () => {
    box = sandbox();
    box.write('talks.jsonl', [russiaDemandsLand, ukraineRefusesLand]);
    expect((await box.stancelog('append', 'talks.jsonl')).code).toBe(0);
    expect((await box.stancelog('withdraw', '2', '--reason', 'misattributed')).code).toBe(0);
  });
  afterEach(() => box.remove());

  it('copies the log to another store, ids, recording times and withdrawals included, and appends only what is missing when run again', async () => {
    const r = await box.stancelog('copy', '--to', 'backup.jsonl', '--batch', '2');
    expect([r.code, r.stderr, r.stdout]).toEqual([0, '', 'copied stancelog.jsonl to backup.jsonl: 3 events read, 3 appended; backup.jsonl holds 3\n']);
    expect(content(await box.json<StoredEvent[]>('log', '--store', 'backup.jsonl'))).toEqual(content(await box.json<StoredEvent[]>('log')));
    expect((await box.json<unknown[]>('contradictions', '--store', 'backup.jsonl'))).toEqual([]);
    box.write('more.jsonl', [{ ...ukraineRefusesLand, statedAt: '2025-06-01', source: { quote: 'still no land' } }]);
    await box.stancelog('append', 'more.jsonl');
    const again = await box.json<Record<string, unknown>>('copy', '--to', 'backup.jsonl');
    expect(again).toEqual({ from: 'stancelog.jsonl', to: 'backup.jsonl', read: 4, appended: 1, duplicates: 3, head: 4 });
  });

  it('copies nothing, and exits 1, when the log holds an event of a type this version does not know (a newer stancelog\'s), which a read skips: a copy would lose it (a review\'s finding)', async () => {
    // A line a newer stancelog wrote, at position 4, then a statement of this one's.
    const newer = { type: 'mood-changed', data: { actor: 'russia', mood: 'tense' } };
    appendFileSync(join(box.dir, 'stancelog.jsonl'), JSON.stringify({ id: eventId(newer as never), position: 4, recordedAt: '2025-06-01T09:00:00.000Z', schema: 1, tags: ['actor:russia'], ...newer }) + '\n');
    box.write('more.jsonl', [{ ...ukraineRefusesLand, statedAt: '2025-06-02', source: { quote: 'still no land' } }]);
    expect((await box.stancelog('append', 'more.jsonl')).code).toBe(0);
    expect((await box.json<unknown[]>('log')).length).toBe(4); // a read skips it
    const r = await box.stancelog('copy', '--to', 'backup.jsonl');
    expect([r.code, r.stdout, r.stderr]).toEqual([
      1,
      '',
      'stancelog: copy stancelog.jsonl: event 4 of the source is of a type this version of stancelog does not know (a newer one wrote it; a read skips it): a copy would lose it, so nothing copied; copy the log with the stancelog that wrote it, or a newer one\n',
    ]);
    expect(await box.json<unknown[]>('log', '--store', 'backup.jsonl')).toEqual([]);
  });

  it('refuses to copy the log onto itself, an empty --to and a bad --batch, writing nothing', async () => {
    const before = readFileSync(join(box.dir, 'stancelog.jsonl'), 'utf8');
    symlinkSync(join(box.dir, 'stancelog.jsonl'), join(box.dir, 'link.jsonl'));
    const refusals = [
      [['copy', '--to', './stancelog.jsonl'], 'stancelog: --to ./stancelog.jsonl: the log itself; name another store to copy it to\n'],
      [['copy', '--to', 'link.jsonl'], 'stancelog: --to link.jsonl: the log itself; name another store to copy it to\n'],
      [['copy', '--to', ''], 'stancelog: --to is empty: name the log file or postgres:// URL to copy to\n'],
      [['copy', '--to', 'b.jsonl', '--batch', '0'], 'stancelog: --batch 0: expected a whole number of events, 1 or more\n'],
      [['copy', '--to', 'b.jsonl', '--store', ''], 'stancelog: --store is empty: name a log file or a postgres:// URL\n'],
    ] as const;
    for (const [argv, stderr] of refusals) {
      const r = await box.stancelog(...argv);
      expect([argv.join(' '), r.code, r.stderr]).toEqual([argv.join(' '), 1, stderr]);
    }
    expect(readFileSync(join(box.dir, 'stancelog.jsonl'), 'utf8')).toBe(before);
    expect((await box.stancelog('log', '--store', 'b.jsonl')).code).toBe(1);
  });

  it('refuses a folder as a store, naming the file it may have meant', async () => {
    mkdirSync(join(box.dir, 'backups'));
    const r = await box.stancelog('copy', '--to', 'backups');
    expect([r.code, r.stderr]).toEqual([1, 'stancelog: --to backups: a folder, not a log file; name the log file in it (such as backups/stancelog.jsonl)\n']);
  });

  it('names the store it copies to as --to in the errors of opening it, not as store, which reads as the source (a review\'s finding)', async () => {
    mkdirSync(join(box.dir, 'backups'));
    const refusals = [
      [['--to', 'backups'], 'stancelog: --to backups: a folder, not a log file; name the log file in it (such as backups/stancelog.jsonl)\n'],
      [['--to', 'nothere/x.jsonl'], 'stancelog: --to nothere/x.jsonl: nothere: no such folder (create it first, or check the path)\n'],
      [['--to', 'file:///tmp/x.jsonl'], 'stancelog: --to file:///tmp/x.jsonl: a file URL: name the log file by its path (/tmp/x.jsonl)\n'],
      // The source keeps its name: a problem with it is the store's.
      [['--store', 'backups', '--to', 'b.jsonl'], 'stancelog: store backups: a folder, not a log file; name the log file in it (such as backups/stancelog.jsonl)\n'],
    ] as const;
    for (const [argv, stderr] of refusals) {
      const r = await box.stancelog('copy', ...argv);
      expect([argv.join(' '), r.code, r.stderr]).toEqual([argv.join(' '), 1, stderr]);
    }
    // A target another writer holds.
    const held = await openFileStore(join(box.dir, 'held.jsonl'));
    if (isLeft(held)) throw new Error(held.left.message);
    const impatient = sandbox({ STANCELOG_LOCK_WAIT_MS: '0' });
    try {
      const target = join(box.dir, 'held.jsonl');
      const r = await impatient.stancelog('copy', '--store', join(box.dir, 'stancelog.jsonl'), '--to', target);
      expect([r.code, r.stderr.split(' is writing')[0]]).toEqual([1, `stancelog: --to ${target}: another stancelog (pid ${process.pid})`]);
    } finally {
      impatient.remove();
      await held.right.close();
    }
  });

  it('refuses a store named with a trailing slash as a folder, rather than creating a file of that name', async () => {
    box.write('talks.jsonl', [russiaDemandsLand]);
    expect((await box.stancelog('append', 'talks.jsonl')).code).toBe(0);
    for (const argv of [['append', 'talks.jsonl', '--store', 'logs/'], ['log', '--store', 'stancelog.jsonl/'], ['copy', '--to', 'backups/']]) {
      const r = await box.stancelog(...argv);
      const spec = argv[argv.length - 1]!;
      const label = argv[argv.length - 2] === '--to' ? '--to' : 'store';
      expect([argv.join(' '), r.code, r.stderr]).toEqual([argv.join(' '), 1, `stancelog: ${label} ${spec}: a folder, not a log file; name the log file in it (such as ${spec}stancelog.jsonl)\n`]);
    }
    expect(['logs', 'backups'].map((name) => existsSync(join(box.dir, name)))).toEqual([false, false]);
  });

  it('refuses to copy into a file that is not a stancelog log, leaving it as it is', async () => {
    box.write('notes.txt', ['my notes']);
    const r = await box.stancelog('copy', '--to', 'notes.txt');
    expect(r.code).toBe(1);
    // Named once, by the path the store opened and the line.
    expect(r.stderr).toMatch(/^stancelog: --to \/\S+\/notes\.txt:1: not a stancelog log/);
    expect(readFileSync(join(box.dir, 'notes.txt'), 'utf8')).toBe('my notes\n');
  });
});
