/**
 * File system failures said in words a person can act on: a full disk (what
 * to free, and that nothing was written), a log file this user may not
 * write (reading it still works).
 *
 * @since 0.1.0
 */
import type { StoreUnavailable } from '@stancelog/core';

const codeOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * "The disk is full" (or the user's quota used up), with the system's own
 * words after it, when `error` is that failure (`ENOSPC`, `EDQUOT`);
 * undefined for any other.
 *
 * @example
 * import { diskFull } from './fs-problems.js'
 * const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
 * assert.strictEqual(diskFull(enospc), 'the disk is full (ENOSPC: no space left on device, write)')
 * assert.strictEqual(diskFull(Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' })), undefined)
 * @category file store
 * @since 0.1.0
 * @internal
 */
export function diskFull(error: unknown): string | undefined {
  const code = codeOf(error);
  if (code === 'ENOSPC') return `the disk is full (${messageOf(error)})`;
  if (code === 'EDQUOT') return `this user's disk quota is used up (${messageOf(error)})`;
  return undefined;
}

/**
 * What to do about a full disk, said after {@link diskFull}'s words.
 *
 * @example
 * import { FREE_SPACE } from './fs-problems.js'
 * assert.strictEqual(FREE_SPACE, 'free space on that disk and try again')
 * @category file store
 * @since 0.1.0
 * @internal
 */
export const FREE_SPACE = 'free space on that disk and try again';

/**
 * The `StoreUnavailable` of an append whose write (or sync) failed with
 * `error`. `cutBack` is `true` when the bytes of the batch already written
 * were cut back off the file (so nothing of it was appended, and the log is
 * as it was), or the error that cutting them back failed with.
 *
 * @example
 * import { appendFailure } from './fs-problems.js'
 * const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
 * assert.strictEqual(
 *   appendFailure('/data/talks.jsonl', enospc, true).message,
 *   'append to /data/talks.jsonl: the disk is full (ENOSPC: no space left on device, write); nothing was appended (the part of the batch already written was cut back): free space on that disk and try again',
 * )
 * @category file store
 * @since 0.1.0
 * @internal
 */
export function appendFailure(path: string, error: unknown, cutBack: true | unknown): StoreUnavailable {
  const full = diskFull(error);
  const why = full ?? messageOf(error);
  const message =
    cutBack === true
      ? `append to ${path}: ${why}; nothing was appended (the part of the batch already written was cut back)${full ? `: ${FREE_SPACE}` : ''}`
      : `append to ${path}: ${why}; the part of the batch already written could not be cut back (${messageOf(cutBack)}): open the store again before appending (its open cuts an unfinished batch)${full ? '; free space on that disk first' : ''}`;
  return { _tag: 'StoreUnavailable', message, cause: error };
}

/**
 * Why a writer could not open the log file itself (its lock taken), in
 * words, when `error` says it may not write it (`EACCES`, `EPERM`):
 * reading it still works. Undefined for any other failure.
 *
 * @example
 * import { logNotReadable, logNotWritable } from './fs-problems.js'
 * const denied = Object.assign(new Error("EACCES: permission denied, open '/data/talks.jsonl'"), { code: 'EACCES' })
 * assert.strictEqual(
 *   logNotWritable(denied),
 *   'the log file is not writable by this user (EACCES), so it cannot be opened for writing; reading it still works: open it with readOnly: true to read it, or make the file writable for this user to append',
 * )
 * // Not readable either: no advice to read it.
 * assert.strictEqual(logNotWritable(denied, false), 'the log file is neither readable nor writable by this user (EACCES): give this user read access to read it, and write access to append')
 * assert.strictEqual(logNotReadable(denied), 'the log file is not readable by this user (EACCES): give this user read access to read it')
 * @category file store
 * @since 0.1.0
 * @internal
 */
export function logNotWritable(error: unknown, readable = true): string | undefined {
  const code = codeOf(error);
  if (code !== 'EACCES' && code !== 'EPERM') return undefined;
  // A file this user may not read either (chmod 000, another user's private file): readOnly would fail the same way.
  if (!readable) return `the log file is neither readable nor writable by this user (${code}): give this user read access to read it, and write access to append`;
  return `the log file is not writable by this user (${code}), so it cannot be opened for writing; reading it still works: open it with readOnly: true to read it, or make the file writable for this user to append`;
}

/**
 * Why a reader could not open the log file, in words, when `error` says it
 * may not read it (`EACCES`, `EPERM`). Undefined for any other failure.
 * @category file store
 * @since 0.1.0
 * @internal
 */
export function logNotReadable(error: unknown): string | undefined {
  const code = codeOf(error);
  if (code !== 'EACCES' && code !== 'EPERM') return undefined;
  return `the log file is not readable by this user (${code}): give this user read access to read it`;
}
