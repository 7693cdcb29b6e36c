// What the CLI shows when a file log or its snapshots are not what they were: a log rebuilt under
// its snapshots, a snapshot changed by hand, a lock left by an earlier process whose pid was reused.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { sandbox } from './harness.js';
import type { Sandbox } from './harness.js';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.remove());

interface Position {
  holder: string;
  issue: string;
  polarity: string;
}

const poland = (polarity: '+' | '-', quote: string) => ({ holder: 'poland', issue: 'sanctions', kind: 'demand', polarity, statedAt: '2025-01-01', source: { quote } });
// Enough statements after Poland's for positions to save a snapshot (1,000 replayed).
const filler = Array.from({ length: 1_200 }, (_, i) => ({ holder: 'russia', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-02-01', source: { quote: `filler ${i}` } }));
const polandOf = async (...argv: string[]): Promise<string | undefined> => (await box.json<Position[]>('positions', ...argv)).find((p) => p.holder === 'poland')?.polarity;

describe('positions on a file log', () => {
  it('shows the corrected statement of a log deleted and appended again, not the snapshot of the old file', async () => {
    await box.stancelog('append', box.write('stmts.jsonl', [poland('+', 'Poland demands sanctions'), ...filler]));
    expect(await polandOf()).toBe('+');
    rmSync(join(box.dir, 'stancelog.jsonl'));
    // The same statements but the first: the event at the snapshot's position is the same as before.
    await box.stancelog('append', box.write('fixed.jsonl', [poland('-', 'Poland rejects sanctions'), ...filler]));
    expect(await polandOf()).toBe('-');
    expect(await polandOf('--no-snapshots')).toBe('-');
  });

  it('shows the log’s answer, not that of a snapshot changed since it was saved, and saves a sound one in its place', async () => {
    await box.stancelog('append', box.write('stmts.jsonl', [poland('-', 'Poland rejects sanctions'), ...filler]));
    await box.stancelog('positions');
    const file = join(box.dir, 'stancelog.jsonl.snapshots', 'analysis.snapshot');
    writeFileSync(file, Buffer.from(readFileSync(file).toString('latin1').replace('poland', 'polanx'), 'latin1'));
    const r = await box.stancelog('positions', '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as Position[]).map((p) => p.holder)).toEqual(['poland', 'russia']);
    // Replaced at once, not left to be read and set aside on every run.
    expect(readFileSync(file).toString('latin1')).toContain('poland');
    expect(readFileSync(file).toString('latin1')).not.toContain('polanx');
  });
});

describe('a writing command on a file log whose lock names a pid given to another process since', () => {
  (process.platform === 'linux' ? it : it.skip)('takes the lock over, saying so, instead of waiting for a process that does not write to the log', async () => {
    const unrelated = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      writeFileSync(join(box.dir, 'stancelog.jsonl.lock'), JSON.stringify({ pid: unrelated.pid, hostname: hostname(), since: '2020-01-01T00:00:00.000Z' }));
      const r = await box.stancelog('append', box.write('s.jsonl', [poland('+', 'q')]));
      expect(r.code).toBe(0);
      expect(r.stderr).toBe(
        `stancelog: warning: store stancelog.jsonl: took over the lock left by pid ${unrelated.pid} since 2020-01-01T00:00:00.000Z, which no longer runs (that pid now belongs to another process)\n`,
      );
    } finally {
      unrelated.kill('SIGKILL');
    }
  });

  it('takes over a lock holding its own pid, which no store of it holds (a container started again)', async () => {
    writeFileSync(join(box.dir, 'stancelog.jsonl.lock'), JSON.stringify({ pid: process.pid, hostname: hostname(), since: '2020-01-01T00:00:00.000Z' }));
    const r = await box.stancelog('append', box.write('s.jsonl', [poland('+', 'q')]));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`stancelog: warning: store stancelog.jsonl: took over the lock left by pid ${process.pid} since 2020-01-01T00:00:00.000Z, which no longer runs (that pid is now this command’s)\n`);
  });
});
