import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, linkSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
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
    expect(store.recovery.staleLock).toEqual({ pid: gone, hostname: hostname(), since: '2025-05-17T09:00:00.000Z', reason: 'exited' });
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

describe('the lock of a log reached by several paths', () => {
  it('is one lock whichever symbolic link a writer opens the log through', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'real'));
    const real = join(dir, 'real', 'log.jsonl');
    const link = join(dir, 'link.jsonl');
    symlinkSync(join('real', 'log.jsonl'), link);
    // The link names a log not created yet: its writer takes the lock of the file it will create.
    const first = await mustOpen(link);
    const second = await openFileStore(real);
    expect(isLeft(second) && second.left).toMatchObject({ _tag: 'StoreLocked', path: real, lockFile: `${real}.lock`, holder: { pid: process.pid } });
    await first.close();
    // And the other way round, the log existing.
    const byReal = await mustOpen(real);
    const byLink = await openFileStore(link);
    expect(isLeft(byLink) && byLink.left).toMatchObject({ _tag: 'StoreLocked', path: link, lockFile: `${real}.lock` });
    await byReal.close();
    expect(existsSync(`${link}.lock`)).toBe(false);
  });

  it('is one lock when the folder is reached through a symbolic link', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'data'));
    symlinkSync('data', join(dir, 'alias'));
    const first = await mustOpen(join(dir, 'alias', 'log.jsonl'));
    const second = await openFileStore(join(dir, 'data', 'log.jsonl'));
    expect(isLeft(second) && second.left._tag).toBe('StoreLocked');
    await first.close();
  });
});

describe('a writer whose file another process appended to without the lock', () => {
  it('refuses its next append, naming the file, rather than write after bytes it did not write', async () => {
    const dir = tempDir();
    const path = join(dir, 'log.jsonl');
    const writer = await mustOpen(path);
    await writer.append([statement(1)]);
    // A hard link is another real path: its writer takes another lock, and appends unseen.
    linkSync(path, join(dir, 'hard.jsonl'));
    const other = await mustOpen(join(dir, 'hard.jsonl'));
    expect((await other.append([statement(2)]))._tag).toBe('Right');
    await other.close();
    const size = statSync(path).size;
    const r = await writer.append([statement(3)]);
    expect(isLeft(r) && r.left._tag).toBe('StoreUnavailable');
    expect(isLeft(r) && r.left.message).toMatch(new RegExp(`^append: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is ${size} bytes long, but this store wrote it only up to byte \\d+: another process appended to it meanwhile without this store's lock .*; nothing was appended$`));
    expect(statSync(path).size).toBe(size);
    await writer.close();
    const reader = await mustOpen(path, { readOnly: true });
    expect((await readAll(reader)).map((e) => e.position)).toEqual([1, 2]);
    await reader.close();
  });
});

describe('a lock whose pid no longer names its holder', () => {
  const onLinux = process.platform === 'linux' ? it : it.skip;

  it("takes over a lock holding this process's own pid that no store of this process holds (a container started again, its writer pid 1 again)", async () => {
    const path = join(tempDir(), 'log.jsonl');
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: process.pid, hostname: hostname(), since: '2025-01-01T00:00:00.000Z' }));
    const store = await mustOpen(path);
    expect(store.recovery.staleLock).toEqual({ pid: process.pid, hostname: hostname(), since: '2025-01-01T00:00:00.000Z', reason: 'own-pid' });
    await store.close();
  });

  onLinux('takes over a lock whose pid now belongs to a process started after the lock was taken', async () => {
    const path = join(tempDir(), 'log.jsonl');
    const unrelated = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    children.push(unrelated);
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: unrelated.pid, hostname: hostname(), since: '2020-01-01T00:00:00.000Z' }));
    const store = await mustOpen(path);
    expect(store.recovery.staleLock?.pid).toBe(unrelated.pid);
    await store.close();
    // Taken after it started: that process may hold it, so it is not taken over.
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: unrelated.pid, hostname: hostname(), since: new Date(Date.now() + 60_000).toISOString() }));
    expect(isLeft(await openFileStore(path))).toBe(true);
    unrelated.kill('SIGKILL');
    await exited(unrelated);
  });

  onLinux('takes over a lock that records a start time (clock ticks) its pid’s process does not have', async () => {
    const path = join(tempDir(), 'log.jsonl');
    const bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: 1, hostname: hostname(), since: new Date().toISOString(), bootId, startTicks: 123456789 }));
    const store = await mustOpen(path);
    expect(store.recovery.staleLock).toMatchObject({ pid: 1, startTicks: 123456789 });
    // The lock this store wrote records its own start, so that a later process given its pid is told apart.
    expect(JSON.parse(readFileSync(`${path}.lock`, 'utf8'))).toMatchObject({ pid: process.pid, bootId, startTicks: expect.any(Number) });
    await store.close();
  });

  it('names the lock file to remove when its holder runs, for whoever is sure it no longer writes', async () => {
    const path = join(tempDir(), 'log.jsonl');
    const first = await mustOpen(path);
    const second = await openFileStore(path);
    expect(isLeft(second) && second.left.message).toMatch(new RegExp(`if you are sure that no process writes to it any more, remove ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.lock$`));
    await first.close();
  });
});

describe('a writer in a folder it cannot write to', () => {
  it('says that the lock file lives beside the log and the folder must be writable', async () => {
    // Root may write anywhere but /sys; anyone else, not in a folder without write permission.
    const root = process.getuid?.() === 0;
    if (root && process.platform !== 'linux') return;
    const dir = root ? '/sys' : tempDir();
    const path = join(dir, 'stancelog-lock-test.jsonl');
    if (!root) {
      writeFileSync(path, '');
      chmodSync(dir, 0o555);
    }
    try {
      const r = await openFileStore(path);
      if (!isLeft(r)) await r.right.close();
      expect(isLeft(r) && r.left._tag).toBe('StoreUnavailable');
      expect(isLeft(r) && r.left.message).toMatch(
        new RegExp(`^open ${path}: cannot create the lock file ${path}\\.lock \\((EACCES|EPERM)\\): a writer's lock file lives beside the log, and the folder ${dir} is not writable by this user; make the folder writable, or open the log with readOnly: true to read it$`),
      );
    } finally {
      if (!root) chmodSync(dir, 0o755);
    }
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
