/**
 * The writer lock of a file store: a file next to the log, created with
 * exclusive create (`O_EXCL`) and holding the writer's pid and hostname, so
 * two processes never append to the same log. Its name comes from the log's
 * real path ({@link realLogPath}), so every path to one file (a symbolic
 * link, a folder reached through one) shares one lock. A lock left by a
 * process that no longer holds it (same host: its pid no longer runs, or now
 * belongs to a process started after the lock was taken, or is this
 * process's own while none of its stores holds the lock) is taken over:
 * moved aside by a rename, which only one of several takers can do to that
 * file, and checked to be the very file found stale before it is deleted.
 *
 * @since 0.1.0
 */
import { randomBytes } from 'node:crypto';
import { closeSync, linkSync, lstatSync, openSync, readFileSync, readlinkSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { unavailable } from '@stancelog/core';
import type { StoreLocked, StoreUnavailable } from '@stancelog/core';
import { diskFull, FREE_SPACE } from './fs-problems.js';

/**
 * Who holds a lock.
 *
 * @example
 * import { openFileStore } from '@stancelog/store-file'
 * import type { LockHolder } from '@stancelog/store-file'
 * import { spawnSync } from 'node:child_process'
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { hostname, tmpdir } from 'node:os'
 * const path = join(mkdtempSync(join(tmpdir(), 'stale-')), 'talks.jsonl')
 * // The lock of a writer that died without releasing it (a process that has exited).
 * const dead = spawnSync(process.execPath, ['-e', '']).pid
 * writeFileSync(`${path}.lock`, JSON.stringify({ pid: dead, hostname: hostname(), since: '2025-05-17T09:00:00.000Z' }))
 * const opened = await openFileStore(path)
 * if (opened._tag === 'Left') throw new Error(opened.left.message)
 * const holder: LockHolder | undefined = opened.right.recovery.staleLock
 * assert.strictEqual(holder?.pid, dead)
 * await opened.right.close()
 * @category file store
 * @since 0.1.0
 */
export interface LockHolder {
  readonly pid: number;
  readonly hostname: string;
  /** When the lock was taken (ISO time). */
  readonly since: string;
  /**
   * On Linux, the holder's boot (`/proc/sys/kernel/random/boot_id`) and
   * start time (clock ticks since boot, `/proc/<pid>/stat`): what tells the
   * holder from a later process given the same pid. Absent in locks of
   * earlier releases and where `/proc` is not available.
   */
  readonly bootId?: string | undefined;
  readonly startTicks?: number | undefined;
}

/**
 * A lock taken over, and why its holder no longer held it: its process
 * `exited`; its pid now belongs to another process, started after the lock
 * was taken (`pid-reused`, after a restart); it names this very process,
 * which holds no such lock (`own-pid`, pid 1 in a container started again);
 * or the lock file never held a holder (`unreadable`, pid 0).
 *
 * @example
 * import type { StaleLock } from '@stancelog/store-file'
 * const stale: StaleLock = { pid: 4242, hostname: 'analyst-laptop', since: '2025-05-17T09:00:00.000Z', reason: 'exited' }
 * assert.strictEqual(stale.reason, 'exited')
 * @category file store
 * @since 0.1.0
 */
export interface StaleLock extends LockHolder {
  readonly reason: 'exited' | 'pid-reused' | 'own-pid' | 'unreadable';
}

/**
 * A {@link StoreLocked} error that names the holder.
 *
 * @example
 * import { openFileStore } from '@stancelog/store-file'
 * import type { StoreLockedBy } from '@stancelog/store-file'
 * import { mkdtempSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const path = join(mkdtempSync(join(tmpdir(), 'locked-')), 'talks.jsonl')
 * const writer = await openFileStore(path)
 * const second = await openFileStore(path)
 * // openFileStore's StoreLocked is a StoreLockedBy: it names the holder, when the lock file could be read.
 * const locked: StoreLockedBy | undefined = second._tag === 'Left' && second.left._tag === 'StoreLocked' ? second.left : undefined
 * assert.strictEqual(locked?.holder?.pid, process.pid)
 * if (writer._tag === 'Right') await writer.right.close()
 * @category file store
 * @since 0.1.0
 */
export type StoreLockedBy = StoreLocked & {
  readonly holder?: LockHolder;
  /** The lock file: what to remove by hand, once sure its holder no longer writes to the log. */
  readonly lockFile?: string;
};

/**
 * A held lock.
 *
 * @example
 * import { acquireLock } from './lock.js'
 * import type { WriterLock } from './lock.js'
 * import { existsSync, mkdtempSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const dir = mkdtempSync(join(tmpdir(), 'writer-'))
 * const taken = acquireLock(join(dir, 'log.jsonl.lock'), join(dir, 'log.jsonl'))
 * if (taken._tag === 'Left') throw new Error(taken.left.message)
 * const lock: WriterLock = taken.right
 * lock.release()
 * assert.ok(!existsSync(lock.path))
 * @category file store
 * @since 0.1.0
 * @internal
 */
export interface WriterLock {
  readonly path: string;
  /** The stale lock taken over, if one was. */
  readonly tookOver?: StaleLock | undefined;
  /** Removes the lock file, if it is still ours. */
  release(): void;
}

// A lock file that is empty or unreadable may belong to a writer that is
// between creating it and writing its pid: only older ones count as stale.
const UNREADABLE_GRACE_MS = 2000;

function readHolder(path: string): LockHolder | undefined {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    if (typeof value.pid === 'number' && typeof value.hostname === 'string') {
      return {
        pid: value.pid,
        hostname: value.hostname,
        since: String(value.since ?? ''),
        ...(typeof value.bootId === 'string' ? { bootId: value.bootId } : {}),
        ...(typeof value.startTicks === 'number' ? { startTicks: value.startTicks } : {}),
      };
    }
  } catch {
    // Fall through: unreadable.
  }
  return undefined;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// The locks the stores of this process hold (by lock path), shared by every
// copy of this module loaded in it (ESM and CommonJS builds): a lock naming
// this process's pid that none of them holds was left by an earlier process
// given the same pid (pid 1 in a container started again), not by this one.
const HELD_KEY = Symbol.for('@stancelog/store-file: locks held by this process');
const heldHere: Set<string> = ((globalThis as Record<symbol, unknown>)[HELD_KEY] as Set<string> | undefined) ?? new Set<string>();
(globalThis as Record<symbol, unknown>)[HELD_KEY] = heldHere;

interface ProcessStart {
  readonly bootId: string;
  readonly ticks: number;
  /** When it started, in epoch ms, to the second (`/proc/stat`'s btime is in whole seconds). */
  readonly startedMs: number;
}

// Linux reports process times in USER_HZ, 100 on every architecture it runs on.
const TICKS_PER_SECOND = 100;

/** When the process `pid` started, from `/proc` (Linux); undefined where that cannot be read. */
function processStart(pid: number): ProcessStart | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2, the command, is in parentheses and may hold spaces: count the fields after its last ')', from field 3.
    const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[22 - 3]);
    const btime = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
    const bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    if (!Number.isFinite(ticks) || !Number.isFinite(btime) || bootId === '') return undefined;
    return { bootId, ticks, startedMs: btime * 1000 + (ticks * 1000) / TICKS_PER_SECOND };
  } catch {
    return undefined;
  }
}

// A lock of an earlier release records no start ticks: its holder's pid counts as
// reused when that process started after the lock was taken, by more than this
// (btime is in whole seconds, and the clock may have been set since).
const START_MARGIN_MS = 5000;

/**
 * Why the lock of `holder` (on this host), at `lockPath`, is held by no
 * process any more, if it is not: undefined while its holder may still
 * write. Where `/proc` cannot be read, a running pid counts as the holder,
 * as it always did.
 */
function whyGone(holder: LockHolder, lockPath: string): StaleLock['reason'] | undefined {
  if (holder.pid === process.pid) return heldHere.has(lockPath) ? undefined : 'own-pid';
  if (!isRunning(holder.pid)) return 'exited';
  const now = processStart(holder.pid);
  if (now === undefined) return undefined;
  const reused =
    holder.bootId !== undefined && holder.startTicks !== undefined
      ? holder.bootId !== now.bootId || holder.startTicks !== now.ticks
      : Number.isFinite(Date.parse(holder.since)) && now.startedMs > Date.parse(holder.since) + START_MARGIN_MS;
  return reused ? 'pid-reused' : undefined;
}

/**
 * The writer lock of a file log, read without taking it (as `stancelog
 * store status` shows it): `free`; `held` by a process that runs on this
 * host, or by one on another host, which this one cannot check; or
 * `stale`, left by a process that no longer runs (or whose pid another
 * process has since been given), or a lock file that names no holder and
 * is older than a writer takes to write its pid: the next writer takes
 * it over, as the file store judges when it opens the log.
 *
 * @example
 * import { lockStatus, openFileStore } from '@stancelog/store-file'
 * import { mkdtempSync, realpathSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const path = join(realpathSync(mkdtempSync(join(tmpdir(), 'status-'))), 'talks.jsonl')
 * const writer = await openFileStore(path)
 * if (writer._tag === 'Left') throw new Error(writer.left.message)
 * const held = lockStatus(path)
 * assert.deepStrictEqual([held.state, held.state !== 'free' && held.pid, held.state !== 'free' && held.file], ['held', process.pid, `${path}.lock`])
 * await writer.right.close()
 * assert.deepStrictEqual(lockStatus(path), { state: 'free' })
 * @category file store
 * @since 0.1.0
 */
export type LockStatus =
  | { readonly state: 'free' }
  | {
      readonly state: 'held' | 'stale';
      /** The holder's pid (0: a lock file that names none, being written or damaged). */
      readonly pid: number;
      readonly hostname: string;
      /** When it was taken (ISO time), as the lock file says. */
      readonly since: string;
      /** The lock file: what to remove, once sure its holder writes no more. */
      readonly file: string;
    };

/**
 * The {@link LockStatus} of the log at `logPath`: its lock file is the
 * log's real path (symbolic links resolved) with `.lock` added, as the
 * file store takes it.
 *
 * @example
 * import { lockStatus } from '@stancelog/store-file'
 * assert.deepStrictEqual(lockStatus('/nonexistent/talks.jsonl'), { state: 'free' })
 * @category file store
 * @since 0.1.0
 */
export function lockStatus(logPath: string): LockStatus {
  let file: string;
  try {
    file = `${realpathSync(logPath)}.lock`;
  } catch {
    file = `${logPath}.lock`;
  }
  const stat = statSync(file, { throwIfNoEntry: false });
  if (stat === undefined) return { state: 'free' };
  const holder = readHolder(file);
  if (holder === undefined) {
    // A writer between creating the file and writing its pid, or a damaged file: stale only once older than that takes.
    return { state: Date.now() - stat.mtimeMs > UNREADABLE_GRACE_MS ? 'stale' : 'held', pid: 0, hostname: '', since: '', file };
  }
  // Another host's process cannot be checked from here.
  const gone = holder.hostname === hostname() ? whyGone(holder, file) : undefined;
  return { state: gone === undefined ? 'held' : 'stale', pid: holder.pid, hostname: holder.hostname, since: holder.since, file };
}

function tryCreate(path: string, holder: LockHolder): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    const bytes = Buffer.from(`${JSON.stringify(holder)}\n`);
    // A short write (the disk filling up) is followed by another, which then fails.
    for (let done = 0; done < bytes.length; ) {
      const n = writeSync(fd, bytes, done, bytes.length - done);
      if (n === 0) throw new Error(`the lock file ${path} took no bytes`);
      done += n;
    }
  } catch (error) {
    closeSync(fd);
    // Left empty (or half written), the lock would read as a holder that never wrote its pid: the next writer
    // waits for it, then takes it over with a warning. It is this process's own, made a moment ago: removed.
    try {
      unlinkSync(path);
    } catch {
      // Gone already.
    }
    throw error;
  }
  closeSync(fd);
  return true;
}

// What tells one lock file from another that later took its name: inode,
// modification time and size (an inode number alone may be reused).
function identity(path: string): string | undefined {
  try {
    const s = statSync(path, { bigint: true });
    return `${s.ino}:${s.mtimeNs}:${s.size}`;
  } catch {
    return undefined;
  }
}

/**
 * Removes the stale lock file whose identity is `stale`, and only it. Two
 * takers may both find the same lock stale: the one whose rename moves it
 * aside removes it; the other's rename fails, or moves a fresh lock of the
 * first, which it then puts back.
 */
function removeStale(path: string, stale: string): void {
  const aside = `${path}.stale-${process.pid}-${randomBytes(6).toString('hex')}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // Another taker moved it first.
    throw error;
  }
  if (identity(aside) !== stale) {
    try {
      linkSync(aside, path); // Fails if a lock exists again: then that one counts.
    } catch {
      // Leave it: the exclusive create below decides.
    }
  }
  unlinkSync(aside);
}

function lockedMessage(logPath: string, lockPath: string, holder: LockHolder | undefined, waitedMs: number): string {
  const who = holder ? `pid ${holder.pid} on ${holder.hostname}${holder.since ? ` since ${holder.since}` : ''}` : 'a process that is starting';
  const advice = waitedMs > 0 ? `waited ${waitedMs} ms for it; open it with readOnly: true to read, or with a longer lockWaitMillis` : 'open it with readOnly: true to read, or with lockWaitMillis to wait for the lock';
  // A pid reused by an unrelated process cannot always be told apart (no /proc, another host): only a person can be sure.
  return `${logPath} is locked for writing by ${who} (lock file ${lockPath}); ${advice}; if you are sure that no process writes to it any more, remove ${lockPath}`;
}

// Why the lock file cannot be made, when the reason is the folder it lives in.
function lockFolderProblem(lockPath: string, error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== 'EACCES' && code !== 'EPERM' && code !== 'EROFS') return undefined;
  const why = code === 'EROFS' ? 'is on a read-only file system' : 'is not writable by this user';
  return `cannot create the lock file ${lockPath} (${code}): a writer's lock file lives beside the log, and the folder ${dirname(lockPath)} ${why}; make the folder writable, or open the log with readOnly: true to read it`;
}

/**
 * The log's real path, symbolic links resolved, also before the log exists
 * (then the real path of its folder and its name, following a link that
 * names a file not made yet). The writer lock is this path with `.lock`
 * added, so that two paths to one file (a symbolic link to it, a folder
 * reached through one) name one lock, and two writers cannot both take
 * "the" lock. The log's folder must exist.
 *
 * @example
 * import { realLogPath } from './lock.js'
 * import { mkdirSync, mkdtempSync, realpathSync, symlinkSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const dir = realpathSync(mkdtempSync(join(tmpdir(), 'real-')))
 * mkdirSync(join(dir, 'real'))
 * // A link to a log that does not exist yet names the log's own path, and so its lock.
 * symlinkSync(join('real', 'log.jsonl'), join(dir, 'link.jsonl'))
 * assert.strictEqual(realLogPath(join(dir, 'link.jsonl')), join(dir, 'real', 'log.jsonl'))
 * assert.strictEqual(realLogPath(join(dir, 'real', 'log.jsonl')), join(dir, 'real', 'log.jsonl'))
 * @category file store
 * @since 0.1.0
 * @internal
 */
export function realLogPath(logPath: string): string {
  let at = resolve(logPath);
  for (let hops = 0; hops < 40; hops++) {
    try {
      return realpathSync(at);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const link = lstatSync(at, { throwIfNoEntry: false });
    if (link?.isSymbolicLink()) {
      at = resolve(dirname(at), readlinkSync(at));
      continue;
    }
    return join(realpathSync(dirname(at)), basename(at));
  }
  throw new Error(`${logPath}: too many levels of symbolic links`);
}

/**
 * Takes the writer lock `lockPath` for the log `logPath`, or returns a
 * `StoreLocked` naming the log and the holder's pid and host.
 *
 * @example
 * import { acquireLock } from './lock.js'
 * import { mkdtempSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const dir = mkdtempSync(join(tmpdir(), 'lock-'))
 * const lock = acquireLock(join(dir, 'log.jsonl.lock'), join(dir, 'log.jsonl'))
 * assert.strictEqual(lock._tag, 'Right')
 * if (lock._tag === 'Right') lock.right.release()
 * @category file store
 * @since 0.1.0
 * @internal
 */
export function acquireLock(lockPath: string, logPath: string): Either<StoreLockedBy | StoreUnavailable, WriterLock> {
  const started = processStart(process.pid);
  const me: LockHolder = {
    pid: process.pid,
    hostname: hostname(),
    since: new Date().toISOString(),
    ...(started ? { bootId: started.bootId, startTicks: started.ticks } : {}),
  };
  const held = (tookOver?: StaleLock): WriterLock => {
    heldHere.add(lockPath);
    return {
      path: lockPath,
      ...(tookOver ? { tookOver } : {}),
      release() {
        heldHere.delete(lockPath);
        const current = readHolder(lockPath);
        if (current && current.pid === me.pid && current.hostname === me.hostname && current.since === me.since) {
          try {
            unlinkSync(lockPath);
          } catch {
            // Already gone: nothing to release.
          }
        }
      },
    };
  };
  try {
    // Two attempts: the second after removing a stale lock.
    for (let attempt = 0; attempt < 2; attempt++) {
      if (tryCreate(lockPath, me)) return right(held());
      const seen = identity(lockPath);
      const holder = readHolder(lockPath);
      if (seen === undefined || identity(lockPath) !== seen) continue; // Removed or replaced meanwhile: try again.
      let stale: StaleLock | undefined;
      if (holder === undefined) {
        let age = 0;
        try {
          age = Date.now() - statSync(lockPath).mtimeMs;
        } catch {
          continue; // Removed meanwhile: try again.
        }
        if (age > UNREADABLE_GRACE_MS) stale = { pid: 0, hostname: me.hostname, since: '', reason: 'unreadable' };
      } else if (holder.hostname === me.hostname) {
        const reason = whyGone(holder, lockPath);
        if (reason !== undefined) stale = { ...holder, reason };
      }
      if (stale === undefined || attempt === 1) {
        return left({ _tag: 'StoreLocked', path: logPath, lockFile: lockPath, ...(holder ? { holder } : {}), message: lockedMessage(logPath, lockPath, holder, 0) });
      }
      removeStale(lockPath, seen);
      // Exclusive create: of several takers, one wins; the others find its lock held.
      if (tryCreate(lockPath, me)) return right(held(stale));
    }
    return left({ _tag: 'StoreLocked', path: logPath, lockFile: lockPath, message: `${logPath} is locked for writing (lock file ${lockPath})` });
  } catch (error) {
    const folder = lockFolderProblem(lockPath, error);
    if (folder !== undefined) return left({ _tag: 'StoreUnavailable', message: `open ${logPath}: ${folder}`, cause: error });
    const full = diskFull(error);
    if (full !== undefined) return left({ _tag: 'StoreUnavailable', message: `open ${logPath}: cannot write the lock file ${lockPath}: ${full}; nothing was appended or changed: ${FREE_SPACE}`, cause: error });
    return left(unavailable(`lock ${lockPath}`, error));
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// Retries start fast (a CLI command holds the lock for milliseconds) and back off to this.
const MAX_RETRY_MS = 100;

/**
 * {@link acquireLock}, retried while another live writer holds the lock,
 * for up to `waitMs` milliseconds; then the `StoreLocked` says how long it
 * waited. Retries back off from a few milliseconds to 100, with jitter, so
 * that several waiters do not retry in step.
 *
 * @example
 * import { acquireLock, waitForLock } from './lock.js'
 * import { mkdtempSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const dir = mkdtempSync(join(tmpdir(), 'wait-'))
 * const [lockPath, logPath] = [join(dir, 'log.jsonl.lock'), join(dir, 'log.jsonl')]
 * const first = acquireLock(lockPath, logPath)
 * if (first._tag === 'Left') throw new Error(first.left.message)
 * // Held for 50 ms: a waiter of up to 5 s gets the lock once it is released.
 * setTimeout(() => first.right.release(), 50)
 * const second = await waitForLock(lockPath, logPath, 5000)
 * assert.strictEqual(second._tag, 'Right')
 * if (second._tag === 'Right') second.right.release()
 * @category file store
 * @since 0.1.0
 * @internal
 */
export async function waitForLock(lockPath: string, logPath: string, waitMs: number): Promise<Either<StoreLockedBy | StoreUnavailable, WriterLock>> {
  const started = Date.now();
  let retry = 2;
  for (;;) {
    const taken = acquireLock(lockPath, logPath);
    // `!(waitMs > 0)`: NaN too means no wait, rather than a wait that never ends.
    if (taken._tag === 'Right' || taken.left._tag !== 'StoreLocked' || !(waitMs > 0)) return taken;
    const remaining = started + waitMs - Date.now();
    if (remaining <= 0) return left({ ...taken.left, message: lockedMessage(logPath, lockPath, taken.left.holder, waitMs) });
    await sleep(Math.min(remaining, retry * (0.5 + Math.random())));
    retry = Math.min(retry * 2, MAX_RETRY_MS);
  }
}
