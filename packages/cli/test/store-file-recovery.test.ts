// What the CLI does about a file log's lock and what opening it repaired (src/store-option.ts).
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { openFileStore } from '@stancelog/store-file';
import { russiaDemandsLand, sandbox, ukraineRefusesLand, ukraineWantsCeasefireFirst } from './harness.js';
import type { Sandbox } from './harness.js';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.remove());

async function holdLock(log: string): Promise<{ close(): Promise<void> }> {
  const opened = await openFileStore(join(box.dir, log));
  if (opened._tag === 'Left') throw new Error(opened.left.message);
  return opened.right;
}

describe('a file given as --store that is not a log', () => {
  it('is refused, naming the file once and line 1, and left as it was (a leftover of stop 49: "store one.jsonl: /dir/one.jsonl:1: ..." named it twice)', async () => {
    // The statement file named as the log by mistake: one statement, no newline at the end.
    const text = JSON.stringify(russiaDemandsLand);
    writeFileSync(join(box.dir, 'one.jsonl'), text);
    const r = await box.stancelog('append', 'one.jsonl', '--store', 'one.jsonl');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `stancelog: store ${join(box.dir, 'one.jsonl')}:1: not a stancelog log: its first line is neither a batch record nor a stored event (JSON without the id, position and type of an event); the file is left as it is\n`,
    );
    expect(readFileSync(join(box.dir, 'one.jsonl'), 'utf8')).toBe(text);
    expect(existsSync(join(box.dir, 'one.jsonl.lock'))).toBe(false);
  });
});

describe('what a writing command repairs when it opens a file log', () => {
  it('says on one line of stderr that it cut an incomplete end of the log: its line, bytes and reason, where it saved them, and what to do', async () => {
    box.write('talks.jsonl', [russiaDemandsLand, ukraineRefusesLand]);
    await box.stancelog('append', 'talks.jsonl');
    const log = join(box.dir, 'stancelog.jsonl');
    const size = statSync(log).size;
    appendFileSync(log, '{"batch":1,"first":3,"sha256":"ab');
    box.write('more.jsonl', [ukraineWantsCeasefireFirst]);
    const r = await box.stancelog('append', 'more.jsonl');
    expect(r.code).toBe(0);
    const saved = readdirSync(box.dir).find((f) => f.startsWith('stancelog.jsonl.cut-'))!;
    expect(r.stderr).toBe(
      `stancelog: warning: store stancelog.jsonl: the end of the log was incomplete: line 4, 33 bytes (a batch record without newline); it was cut, and its bytes saved in ${join(box.dir, saved)}. Either a command was interrupted while appending it: run it again to append its statements; or the file was truncated or damaged (a partial restore, a copy cut short): restore the log from a copy (the saved bytes hold what was cut)\n`,
    );
    expect(readFileSync(join(box.dir, saved), 'utf8')).toBe('{"batch":1,"first":3,"sha256":"ab');
    expect(r.stdout).toContain('appended 1 event to stancelog.jsonl');
    expect(statSync(log).size).toBeGreaterThan(size);
  });

  it('leaves a torn tail to the next writer when it only reads, and says on one line of stderr that it left it out', async () => {
    box.write('talks.jsonl', [russiaDemandsLand, ukraineRefusesLand]);
    await box.stancelog('append', 'talks.jsonl');
    const log = join(box.dir, 'stancelog.jsonl');
    appendFileSync(log, '{"batch":1,"first":3,"sha256":"ab');
    const before = readFileSync(log);
    const read = await box.stancelog('log');
    expect(read.code).toBe(0);
    expect(read.stderr).toBe(
      'stancelog: warning: store stancelog.jsonl: left out the incomplete end of the log: line 4, 33 bytes (a batch record without newline): a command appending it now, or one interrupted while appending it, or a file truncated or damaged (the next writing command cuts it, saving its bytes beside the log)\n',
    );
    expect(readFileSync(log).equals(before)).toBe(true);
  });

  it('says of a log truncated after a command that ended well (a partial restore) what its end holds, the events expected and found, and both remedies, not only that a command was interrupted (a review\'s finding)', async () => {
    box.write('talks.jsonl', [russiaDemandsLand]);
    await box.stancelog('append', 'talks.jsonl');
    box.write('more.jsonl', [ukraineRefusesLand, ukraineWantsCeasefireFirst]);
    await box.stancelog('append', 'more.jsonl');
    // head -c -100 stancelog.jsonl > c.jsonl
    const whole = readFileSync(join(box.dir, 'stancelog.jsonl'));
    writeFileSync(join(box.dir, 'c.jsonl'), whole.subarray(0, whole.length - 100));
    const read = await box.stancelog('log', '--store', 'c.jsonl');
    expect([read.code, read.stdout.trimEnd().split('\n').length - 1]).toEqual([0, 1]);
    expect(read.stderr).toMatch(/^stancelog: warning: store c\.jsonl: left out the incomplete end of the log: lines 3-5, \d+ bytes \(a batch of 2 events, 1 complete\): a command appending it now, or one interrupted while appending it, or a file truncated or damaged /);
    const written = await box.stancelog('append', 'talks.jsonl', '--store', 'c.jsonl');
    const saved = readdirSync(box.dir).find((f) => f.startsWith('c.jsonl.cut-'))!;
    expect(written.stderr).toMatch(/^stancelog: warning: store c\.jsonl: the end of the log was incomplete: lines 3-5, \d+ bytes \(a batch of 2 events, 1 complete\); it was cut, and its bytes saved in /);
    expect(written.stderr).toContain(`${join(box.dir, saved)}. Either a command was interrupted while appending it: run it again to append its statements; or the file was truncated or damaged (a partial restore, a copy cut short): restore the log from a copy (the saved bytes hold what was cut)\n`);
    // Its statement was in the log already: the log is its first batch, the rest of the copy saved beside it.
    expect(written.stdout.split('\n')[0]).toBe('appended 0 events to c.jsonl (1 duplicate already in the log, skipped)');
    const kept = readFileSync(join(box.dir, 'c.jsonl'));
    expect(Buffer.concat([kept, readFileSync(join(box.dir, saved))]).equals(whole.subarray(0, whole.length - 100))).toBe(true);
  });

  it('says, on ingest --dry-run, that it left out an incomplete end of the log, as a reading command does: the actors that end registers are not read, and the summary points to --actors (a review\'s finding)', async () => {
    const actors = [
      { id: 'dockers-union', kind: 'organisation', name: "Harbour Workers' Union", aliases: ['the union'] },
      { id: 'marta-silva', kind: 'person', name: 'Marta Silva', offices: [{ actor: 'dockers-union', title: 'General Secretary', from: '2023-01-01' }] },
    ];
    writeFileSync(join(box.dir, 'actors.json'), JSON.stringify(actors));
    writeFileSync(join(box.dir, 'first.txt'), '---\npublishedAt: 2026-02-12\n---\nMarta Silva said on Monday that the union rejects any ceasefire.\n');
    writeFileSync(join(box.dir, 'later.txt'), '---\npublishedAt: 2026-02-20\n---\nMarta Silva said on Thursday that the union would never accept new sanctions.\n');
    box.write('talks.jsonl', [russiaDemandsLand]);
    await box.stancelog('append', 'talks.jsonl');
    expect((await box.stancelog('ingest', 'first.txt', '--actors', 'actors.json')).code).toBe(0);
    // head -c -100 stancelog.jsonl > c.jsonl: the batch that registered the union and Marta Silva (and the issue, and the statement) is cut short.
    const whole = readFileSync(join(box.dir, 'stancelog.jsonl'));
    writeFileSync(join(box.dir, 'c.jsonl'), whole.subarray(0, whole.length - 100));
    const dry = await box.stancelog('ingest', 'later.txt', '--store', 'c.jsonl', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('name the actors of these articles with --actors FILE.json\n');
    expect(dry.stderr).toMatch(
      /^stancelog: warning: store c\.jsonl: left out the incomplete end of the log: lines 3-7, \d+ bytes \(a batch of 4 events, 3 complete\): a command appending it now, or one interrupted while appending it, or a file truncated or damaged \(the next writing command cuts it, saving its bytes beside the log\)\n$/,
    );
    // Read, not written: nothing cut, nothing saved beside it.
    expect(readFileSync(join(box.dir, 'c.jsonl')).equals(whole.subarray(0, whole.length - 100))).toBe(true);
    expect(readdirSync(box.dir).filter((f) => f.includes('.cut-'))).toEqual([]);
  });

  describe('on an append that writes nothing, and so only reads the log (a leftover of stop 47)', () => {
    const LEFT_OUT = /^stancelog: warning: store stancelog\.jsonl: left out the incomplete end of the log: lines 3-4, \d+ bytes \(a batch of 1 event, none complete\): .*\(the next writing command cuts it, saving its bytes beside the log\)$/;
    // A log of two batches, the second (ukraine's statement) cut short: the id of the statement it held.
    async function tornLog(): Promise<string> {
      box.write('talks.jsonl', [russiaDemandsLand]);
      await box.stancelog('append', 'talks.jsonl');
      box.write('more.jsonl', [ukraineRefusesLand]);
      await box.stancelog('append', 'more.jsonl');
      const ids = (JSON.parse((await box.stancelog('log', '--json')).stdout) as Array<{ id: string }>).map((e) => e.id);
      const whole = readFileSync(join(box.dir, 'stancelog.jsonl'));
      writeFileSync(join(box.dir, 'stancelog.jsonl'), whole.subarray(0, whole.length - 40));
      return ids[1]!;
    }

    it('says, for an input with no statement, that it left out an incomplete end of the log, as a reading command does, and cuts nothing', async () => {
      await tornLog();
      const before = readFileSync(join(box.dir, 'stancelog.jsonl'));
      writeFileSync(join(box.dir, 'empty.jsonl'), '');
      const r = await box.stancelog('append', 'empty.jsonl');
      expect([r.code, r.stdout]).toEqual([0, 'appended 0 events to stancelog.jsonl\n']);
      const said = r.stderr.trimEnd().split('\n');
      expect(said[0]).toBe('stancelog: warning: empty.jsonl holds no statements (only blank lines, or nothing): nothing appended');
      expect(said[1]).toMatch(LEFT_OUT);
      expect(said).toHaveLength(2);
      expect(readFileSync(join(box.dir, 'stancelog.jsonl')).equals(before)).toBe(true);
    });

    it('says why a withdrawal of an event in that end is refused, when other lines are invalid: the end was left out', async () => {
      const ukraine = await tornLog();
      box.write('fix.jsonl', [{ type: 'event-withdrawn', data: { event: ukraine, reason: 'misdated' } }, { holder: 'ukraine' }]);
      const r = await box.stancelog('append', 'fix.jsonl');
      expect(r.code).toBe(1);
      const said = r.stderr.trimEnd().split('\n');
      expect(said[0]).toMatch(LEFT_OUT);
      expect(said[1]).toBe(`stancelog: fix.jsonl line 1: data.event: no event ${ukraine} in the log or before this line (a withdrawal takes back an earlier event)`);
      expect(said[said.length - 1]).toBe('stancelog: 2 lines are invalid (see above): nothing appended');
    });
  });

  it('refuses, cutting nothing, a last batch missing a line in its middle: those are appended statements, not a torn write', async () => {
    box.write('talks.jsonl', [russiaDemandsLand, ukraineRefusesLand, ukraineWantsCeasefireFirst]);
    await box.stancelog('append', 'talks.jsonl');
    const log = join(box.dir, 'stancelog.jsonl');
    const lines = readFileSync(log, 'utf8').split('\n');
    lines.splice(2, 1);
    writeFileSync(log, lines.join('\n'));
    const before = readFileSync(log);
    box.write('more.jsonl', [{ ...russiaDemandsLand, source: { ...russiaDemandsLand.source, quote: 'Moscow repeats its claim' } }]);
    for (const argv of [['append', 'more.jsonl'], ['log']]) {
      const r = await box.stancelog(...argv);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^stancelog: store \/.*stancelog\.jsonl:3: position 3 where 2 was expected \(a line of the batch is missing before it\);.* so this is no torn write to cut: the file is left as it is\n$/);
    }
    expect(readFileSync(log).equals(before)).toBe(true);
    expect(readdirSync(box.dir).filter((f) => f.includes('.cut-'))).toEqual([]);
  });

  it('says on one line of stderr that it took over the lock of a writer that no longer runs', async () => {
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(join(box.dir, 'stancelog.jsonl.lock'), JSON.stringify({ pid: gone, hostname: hostname(), since: '2025-05-17T09:00:00.000Z' }));
    box.write('talks.jsonl', [russiaDemandsLand]);
    const r = await box.stancelog('append', 'talks.jsonl');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`stancelog: warning: store stancelog.jsonl: took over the lock left by pid ${gone} since 2025-05-17T09:00:00.000Z, which no longer runs\n`);
  });
});

describe('writing commands on a file log another stancelog writes to', () => {
  it('wait for its lock: 4 appends run at once all append, no statement lost or doubled', async () => {
    const files = [russiaDemandsLand, ukraineRefusesLand, ukraineWantsCeasefireFirst, { ...russiaDemandsLand, source: { ...russiaDemandsLand.source, quote: 'Moscow repeats its claim' } }].map((s, i) =>
      box.write(`s${i}.jsonl`, [s]),
    );
    // Held until all 4 have started: each has to wait for it, then for the others.
    const holder = await holdLock('stancelog.jsonl');
    const runs = files.map((f) => box.stancelog('append', f));
    setTimeout(() => void holder.close(), 200);
    const results = await Promise.all(runs);
    expect(results.map((r) => [r.code, r.stderr])).toEqual(Array.from({ length: 4 }, () => [0, '']));
    const events = await box.json<Array<{ position: number; id: string }>>('log');
    expect(events.map((e) => e.position)).toEqual([1, 2, 3, 4]);
    expect(new Set(events.map((e) => e.id)).size).toBe(4);
  });

  it('fail, when the lock is held longer than STANCELOG_LOCK_WAIT_MS, saying what a user can do', async () => {
    box = sandbox({ STANCELOG_LOCK_WAIT_MS: '150' });
    box.write('talks.jsonl', [russiaDemandsLand]);
    const holder = await holdLock('stancelog.jsonl');
    const started = Date.now();
    const r = await box.stancelog('append', 'talks.jsonl');
    expect(Date.now() - started).toBeGreaterThanOrEqual(145);
    await holder.close();
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `stancelog: store stancelog.jsonl: another stancelog (pid ${process.pid}) is writing to this log (still busy after waiting 0.15 s). Run the command again when it is done, or wait longer with STANCELOG_LOCK_WAIT_MS=60000; reading commands work meanwhile; if you are sure no stancelog writes to it any more, remove ${join(box.dir, 'stancelog.jsonl')}.lock\n`,
    );
  });

  it('name the host, and the lock file to remove if that writer is gone, when the lock is held on another host', async () => {
    box = sandbox({ STANCELOG_LOCK_WAIT_MS: '0' });
    writeFileSync(join(box.dir, 'stancelog.jsonl.lock'), JSON.stringify({ pid: 4242, hostname: `not-${hostname()}`, since: '2025-05-17T09:00:00.000Z' }));
    box.write('talks.jsonl', [russiaDemandsLand]);
    const r = await box.stancelog('append', 'talks.jsonl');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `stancelog: store stancelog.jsonl: another stancelog (pid 4242 on not-${hostname()}) is writing to this log (busy). Run the command again when it is done, or wait longer with STANCELOG_LOCK_WAIT_MS=60000; reading commands work meanwhile; if no stancelog runs on not-${hostname()} any more, remove ${join(box.dir, 'stancelog.jsonl')}.lock\n`,
    );
  });

  it('refuse a STANCELOG_LOCK_WAIT_MS that is not a whole number of milliseconds, naming it', async () => {
    box = sandbox({ STANCELOG_LOCK_WAIT_MS: '10s' });
    box.write('talks.jsonl', [russiaDemandsLand]);
    const r = await box.stancelog('append', 'talks.jsonl');
    expect(r).toMatchObject({ code: 1, stderr: 'stancelog: STANCELOG_LOCK_WAIT_MS must be a whole number of milliseconds (0 or more), got "10s"\n' });
    expect(existsSync(join(box.dir, 'stancelog.jsonl'))).toBe(false);
  });
});
