/**
 * Whether the log file a store opened is still the one at its path, as long
 * as it had been read (and, for a writer, no longer than it wrote it).
 *
 * A store keeps its file open. If the file is deleted, or replaced (moved
 * away, restored from a backup with `mv`), the open file is no longer the
 * log at the path: a writer would append to a file nobody reads any more,
 * and a follower would wait for appends that go elsewhere. If the file is
 * cut below what the store had read (rewritten by another tool), what the
 * store indexed no longer matches it. Each is a clear error, not silence.
 *
 * @since 0.1.0
 */
import { fstatSync, statSync } from 'node:fs';

/**
 * The device and inode of an open file: what its path must still name.
 *
 * @example
 * import { fileIdentity } from './file-identity.js'
 * import { mkdtempSync, openSync, writeFileSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const file = join(mkdtempSync(join(tmpdir(), 'identity-')), 'log.jsonl')
 * writeFileSync(file, '')
 * const a = fileIdentity(openSync(file, 'r'))
 * assert.deepStrictEqual(fileIdentity(openSync(file, 'r')), a)
 * @category file store
 * @since 0.1.0
 * @internal
 */
export interface FileIdentity {
  readonly dev: number;
  readonly ino: number;
}

/**
 * The identity of an open file.
 *
 * @example
 * import { fileIdentity } from './file-identity.js'
 * import { mkdtempSync, openSync, writeFileSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const dir = mkdtempSync(join(tmpdir(), 'identity-'))
 * writeFileSync(join(dir, 'a.jsonl'), '')
 * writeFileSync(join(dir, 'b.jsonl'), '')
 * assert.notDeepStrictEqual(fileIdentity(openSync(join(dir, 'a.jsonl'), 'r')), fileIdentity(openSync(join(dir, 'b.jsonl'), 'r')))
 * @category file store
 * @since 0.1.0
 * @internal
 */
export function fileIdentity(fd: number): FileIdentity {
  const { dev, ino } = fstatSync(fd);
  return { dev, ino };
}

/**
 * What happened to the log file since the store opened it, if anything did:
 * the path names no file or another file, or the open file is shorter than
 * the `read` bytes the store had taken from it (or, for a writer, `wrote`,
 * longer: someone else appended). Undefined when all is well.
 *
 * @example
 * import { fileIdentity, fileProblem } from './file-identity.js'
 * import { mkdtempSync, openSync, renameSync, writeFileSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const file = join(mkdtempSync(join(tmpdir(), 'identity-')), 'log.jsonl')
 * writeFileSync(file, '{}\n')
 * const fd = openSync(file, 'r')
 * const opened = fileIdentity(fd)
 * assert.strictEqual(fileProblem(file, fd, opened, 3), undefined)
 * assert.match(fileProblem(file, fd, opened, 10)!, /is 3 bytes long, shorter than the 10 already read/)
 * // A writer that wrote 2 bytes finds 3: another process appended.
 * assert.match(fileProblem(file, fd, opened, 2, true)!, /another process appended to it/)
 * renameSync(file, `${file}.old`)
 * assert.match(fileProblem(file, fd, opened, 3)!, /was deleted or moved away/)
 * writeFileSync(file, '')
 * assert.match(fileProblem(file, fd, opened, 3)!, /is another file than the one opened/)
 * @category file store
 * @since 0.1.0
 * @internal
 */
export function fileProblem(path: string, fd: number, opened: FileIdentity, read: number, wrote = false): string | undefined {
  const now = statSync(path, { throwIfNoEntry: false });
  const reopen = 'open the store again to use the file now at that path';
  if (now === undefined) return `${path} was deleted or moved away since the store opened it (${reopen})`;
  if (now.dev !== opened.dev || now.ino !== opened.ino) return `${path} is another file than the one opened: it was replaced since (${reopen})`;
  const size = fstatSync(fd).size;
  if (size < read) return `${path} is ${size} bytes long, shorter than the ${read} already read: something other than stancelog cut or rewrote it (a log is only ever appended to)`;
  // The lock keeps other writers out only when they take it: one that reached the file by a path the lock does not cover (a hard link) or after its lock file was removed by hand appends unseen.
  if (wrote && size > read) {
    return `${path} is ${size} bytes long, but this store wrote it only up to byte ${read}: another process appended to it meanwhile without this store's lock (through a hard link, or after the lock file was removed by hand?); open the store again to go on from what the file holds now`;
  }
  return undefined;
}

/**
 * What ties a snapshot to the log file it was made from: device, inode and
 * birth time of the open file, as one string. A file deleted and made again
 * under the same name is another file, even when the file system gives it
 * the same inode number: its birth time differs.
 *
 * @example
 * import { fileStamp } from './file-identity.js'
 * import { mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const file = join(mkdtempSync(join(tmpdir(), 'stamp-')), 'log.jsonl')
 * writeFileSync(file, '')
 * const before = fileStamp(openSync(file, 'r'))
 * assert.strictEqual(fileStamp(openSync(file, 'r')), before)
 * rmSync(file)
 * writeFileSync(file, '')
 * assert.notStrictEqual(fileStamp(openSync(file, 'r')), before)
 * @category file store
 * @since 0.1.0
 * @internal
 */
export function fileStamp(fd: number): string {
  const s = fstatSync(fd, { bigint: true });
  // Birth time is 0 where the file system or platform does not record it
  // (Linux before statx, some network file systems): device and inode then
  // stand alone, and a file made again with a reused inode number passes.
  return `${s.dev}:${s.ino}:${s.birthtimeNs}`;
}
