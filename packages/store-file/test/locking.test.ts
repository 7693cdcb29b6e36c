import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { isLeft } from 'fp-ts/lib/Either.js';
import { readAll } from '@stancelog/core';
import { openFileStore } from '@stancelog/store-file';
import { mustOpen, statement, tempDir } from './support.js';

const root = resolve(__dirname, '../../..');
const script = resolve(__dirname, 'fixtures/writer-process.ts');
const children: ChildProcess[] = [];

// One node process (no tsx wrapper), so that killing it kills the writer.
// tsx resolves the workspace packages through the root tsconfig's paths.
function startWriter(command: string, path: string, ...args: string[]): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', script, command, path, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return child;
}

afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** Resolves with the first stdout line of `child` matching `pattern`. */
function lineOf(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolveLine, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => pattern.test(l));
      if (line !== undefined) resolveLine(line);
    });
    child.on('exit', (code) => reject(new Error(`writer exited with ${String(code)} before printing ${String(pattern)}: ${out}${err}`)));
  });
}

const exited = (child: ChildProcess): Promise<void> => new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r() : child.on('exit', () => r())));

describe('the writer lock', () => {
  it('refuses a second writer in the same process, naming the log and the holder pid', async () => {
    const path = join(tempDir(), 'log.jsonl');
    const first = await mustOpen(path);
    const second = await openFileStore(path);
    expect(isLeft(second) && second.left).toMatchObject({ _tag: 'StoreLocked', path, holder: { pid: process.pid, hostname: hostname() } });
    expect(isLeft(second) && second.left.message).toContain(`${path} is locked for writing by pid ${process.pid}`);
    // Typed as such: the holder is read without a cast (this line did not compile while the error type was StoreError).
    expect(isLeft(second) && second.left._tag === 'StoreLocked' && second.left.holder?.pid).toBe(process.pid);
    await first.close();
    expect(existsSync(`${path}.lock`)).toBe(false);
    const third = await mustOpen(path);
    await third.close();
  });

  it('refuses a writer in another process while this one holds the lock', async () => {
    const path = join(tempDir(), 'log.jsonl');
    const store = await mustOpen(path);
    const child = startWriter('try-open', path);
    const result = JSON.parse(await lineOf(child, /^\{/)) as { _tag: string; path: string; message: string };
    await exited(child);
    expect(result).toMatchObject({ _tag: 'StoreLocked', path });
    expect(result.message).toContain(`pid ${process.pid}`);
    await store.close();
  });

  it('takes over the lock of a writer that was killed', async () => {
    const path = join(tempDir(), 'log.jsonl');
    const child = startWriter('hold', path);
    await lineOf(child, /^ready$/);
    const locked = await openFileStore(path);
    expect(isLeft(locked) && locked.left._tag).toBe('StoreLocked');
    child.kill('SIGKILL');
    await exited(child);
    const store = await mustOpen(path);
    expect(store.recovery.staleLock?.pid).toBe(child.pid);
    expect(JSON.parse(readFileSync(`${path}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
    await store.close();
  });

  it('takes over a lock left by a pid that no longer runs', async () => {
    const path = join(tempDir(), 'log.jsonl');
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: gone, hostname: hostname(), since: '2025-05-17T09:00:00.000Z' }));
    const store = await mustOpen(path);
    expect(store.recovery.staleLock).toEqual({ pid: gone, hostname: hostname(), since: '2025-05-17T09:00:00.000Z' });
    await store.close();
  });

  it('lets exactly one of several processes racing to take over the same stale lock win', async () => {
    const path = join(tempDir(), 'log.jsonl');
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: gone, hostname: hostname(), since: '2025-05-17T09:00:00.000Z' }));
    const racers = Array.from({ length: 4 }, () => startWriter('hold', path));
    // Each either holds the lock ("ready") or exits refused; the winners keep running.
    const outcomes = await Promise.all(racers.map((child) => lineOf(child, /^ready$/).then(() => 'holds', () => 'refused')));
    expect(outcomes.filter((o) => o === 'holds')).toHaveLength(1);
    const winner = racers[outcomes.indexOf('holds')]!;
    expect(JSON.parse(readFileSync(`${path}.lock`, 'utf8'))).toMatchObject({ pid: winner.pid });
    winner.kill('SIGKILL');
    await exited(winner);
  }, 60_000);

  it('does not take over a lock held on another host', async () => {
    const path = join(tempDir(), 'log.jsonl');
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: 1, hostname: `not-${hostname()}`, since: '2025-05-17T09:00:00.000Z' }));
    const r = await openFileStore(path);
    expect(isLeft(r) && r.left.message).toContain(`pid 1 on not-${hostname()}`);
  });
});

describe('waiting for the lock (lockWaitMillis)', () => {
  it('opens once the holder in this process closes', async () => {
    const path = join(tempDir(), 'log.jsonl');
    const first = await mustOpen(path);
    const started = Date.now();
    setTimeout(() => void first.close(), 150);
    const second = await mustOpen(path, { lockWaitMillis: 10_000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(JSON.parse(readFileSync(`${path}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
    await second.close();
  });

  it('fails with StoreLocked, saying how long it waited, when the lock is held longer than the wait', async () => {
    const path = join(tempDir(), 'log.jsonl');
    const holder = await mustOpen(path);
    const started = Date.now();
    const r = await openFileStore(path, { lockWaitMillis: 200 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(195);
    expect(isLeft(r) && r.left).toMatchObject({ _tag: 'StoreLocked', path, holder: { pid: process.pid } });
    expect(isLeft(r) && r.left.message).toContain(`${path} is locked for writing by pid ${process.pid}`);
    expect(isLeft(r) && r.left.message).toContain('waited 200 ms for it; open it with readOnly: true to read, or with a longer lockWaitMillis');
    await holder.close();
  });

  it('still reads the wait from its deprecated name lockWait, the new name winning when both are given', async () => {
    const path = join(tempDir(), 'log.jsonl');
    const holder = await mustOpen(path);
    const old = await openFileStore(path, { lockWait: 100 });
    expect(isLeft(old) && old.left.message).toContain('waited 100 ms for it');
    const both = await openFileStore(path, { lockWait: 100, lockWaitMillis: 50 });
    expect(isLeft(both) && both.left.message).toContain('waited 50 ms for it');
    await holder.close();
  });

  it('lets 4 processes that append at once all append, each batch whole, no event lost or doubled', async () => {
    const path = join(tempDir(), 'log.jsonl');
    // This process holds the lock until all 4 are trying to take it: they all have to wait.
    const holder = await mustOpen(path);
    const racers = Array.from({ length: 4 }, (_, n) => startWriter('append-waiting', path, String(n)));
    // Each racer's head, or why it failed (listened to from the start: a racer may fail at once).
    const appended = racers.map((child) => lineOf(child, /^appended \d+$/).then((l) => Number(l.split(' ')[1]), (error: Error) => error.message));
    await Promise.all(racers.map((child) => lineOf(child, /^opening$/)));
    await new Promise((r) => setTimeout(r, 300));
    await holder.close();
    const heads = (await Promise.all(appended)) as number[];
    await Promise.all(racers.map(exited));
    expect([...heads].sort((a, b) => a - b)).toEqual([25, 50, 75, 100]);
    expect(racers.map((child) => child.exitCode)).toEqual([0, 0, 0, 0]);
    const store = await mustOpen(path);
    const events = await readAll(store);
    await store.close();
    expect(events.map((e) => e.position)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(new Set(events.map((e) => e.id)).size).toBe(100);
    for (let n = 0; n < 4; n++) {
      const mine = events.filter((e) => e.type === 'statement-made' && e.data.holder === `racer-${n}`).map((e) => e.position);
      // One batch each, in one piece: 25 consecutive positions ending at the head that racer reported.
      expect(mine).toEqual(Array.from({ length: 25 }, (_, i) => heads[n]! - 24 + i));
    }
  }, 60_000);
});

describe('a writer killed in the middle of an append', () => {
  it('leaves a torn batch that the next open cuts, keeping the events before it', async () => {
    // The kill lands while the large batch is being written: the file has
    // grown past the committed events but the batch is not complete yet.
    let torn = false;
    for (let attempt = 0; attempt < 3 && !torn; attempt++) {
      const path = join(tempDir(), 'log.jsonl');
      const child = startWriter('append-forever', path);
      const committed = Number((await lineOf(child, /^committed \d+$/)).split(' ')[1]);
      while (statSync(path).size <= committed) await new Promise((r) => setImmediate(r));
      child.kill('SIGKILL');
      await exited(child);
      const sizeAtKill = statSync(path).size;
      const store = await mustOpen(path);
      const events = await readAll(store);
      const head = await store.head();
      // All or nothing: the large batch is either whole or gone.
      expect([100, 100_100]).toContain(head);
      expect(events.map((e) => e.position)).toEqual(Array.from({ length: head }, (_, i) => i + 1));
      if (head === 100) {
        torn = true;
        expect(store.recovery.tornTail).toMatchObject({ cut: true, offset: committed, bytes: sizeAtKill - committed, line: 102 });
        expect(statSync(path).size).toBe(committed);
        const r = await store.append([statement(1, 'russia')]);
        expect(r._tag === 'Right' && r.right.head).toBe(101);
      }
      await store.close();
    }
    expect(torn).toBe(true);
  }, 60_000);
});
