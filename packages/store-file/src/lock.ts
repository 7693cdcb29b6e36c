/**
 * The writer lock of a file store: a file next to the log, created with
 * exclusive create (`O_EXCL`) and holding the writer's pid and hostname, so
 * two processes never append to the same log. A lock left by a process that
 * died (same host, pid no longer running) is taken over: moved aside by a
 * rename, which only one of several takers can do to that file, and checked
 * to be the very file found stale before it is deleted.
 *
 * @since 0.1.0
 */
import { randomBytes } from 'node:crypto';
import { closeSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { unavailable } from '@stancelog/core';
import type { StoreLocked, StoreUnavailable } from '@stancelog/core';

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
export type StoreLockedBy = StoreLocked & { readonly holder?: LockHolder };

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
  /** Whether a stale lock (of a dead process) was taken over. */
  readonly tookOver?: LockHolder;
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
      return { pid: value.pid, hostname: value.hostname, since: String(value.since ?? '') };
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

function tryCreate(path: string, holder: LockHolder): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${JSON.stringify(holder)}\n`);
  } finally {
    closeSync(fd);
  }
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
  return `${logPath} is locked for writing by ${who} (lock file ${lockPath}); ${advice}`;
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
  const me: LockHolder = { pid: process.pid, hostname: hostname(), since: new Date().toISOString() };
  const held = (tookOver?: LockHolder): WriterLock => ({
    path: lockPath,
    ...(tookOver ? { tookOver } : {}),
    release() {
      const current = readHolder(lockPath);
      if (current && current.pid === me.pid && current.hostname === me.hostname && current.since === me.since) {
        try {
          unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      }
    },
  });
  try {
    // Two attempts: the second after removing a stale lock.
    for (let attempt = 0; attempt < 2; attempt++) {
      if (tryCreate(lockPath, me)) return right(held());
      const seen = identity(lockPath);
      const holder = readHolder(lockPath);
      if (seen === undefined || identity(lockPath) !== seen) continue; // Removed or replaced meanwhile: try again.
      let stale: LockHolder | undefined;
      if (holder === undefined) {
        let age = 0;
        try {
          age = Date.now() - statSync(lockPath).mtimeMs;
        } catch {
          continue; // Removed meanwhile: try again.
        }
        if (age > UNREADABLE_GRACE_MS) stale = { pid: 0, hostname: me.hostname, since: '' };
      } else if (holder.hostname === me.hostname && !isRunning(holder.pid)) {
        stale = holder;
      }
      if (stale === undefined || attempt === 1) {
        return left({ _tag: 'StoreLocked', path: logPath, ...(holder ? { holder } : {}), message: lockedMessage(logPath, lockPath, holder, 0) });
      }
      removeStale(lockPath, seen);
      // Exclusive create: of several takers, one wins; the others find its lock held.
      if (tryCreate(lockPath, me)) return right(held(stale));
    }
    return left({ _tag: 'StoreLocked', path: logPath, message: `${logPath} is locked for writing (lock file ${lockPath})` });
  } catch (error) {
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
