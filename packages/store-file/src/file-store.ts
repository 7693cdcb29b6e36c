/**
 * The embedded event store: one append-only JSON Lines file.
 *
 * One process writes (it holds the lock file next to the log); any number
 * of read-only opens follow it. Earlier lines are never rewritten: the file
 * is opened in append mode, and the only other change ever made is cutting
 * the torn tail a crash left behind, at the next writer's open.
 *
 * @since 0.1.0
 */
import { accessSync, closeSync, constants as fsConstants, fdatasync, fdatasyncSync, fstatSync, fsyncSync, ftruncateSync, mkdirSync, openSync, read as readCallback, readSync, statSync, unlinkSync, write as writeCallback, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { promisify } from 'node:util';
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { formatIssues, SCHEMA_VERSIONS, StoreReadError, unavailable } from '@stancelog/core';
import { asRead, checkAppend, checkAppendOptions, describeValue, checkReadQuery, decodeStored, prepareBatch, subscriberSet } from '@stancelog/core/store-kit';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  NewEvent,
  ReadOptions,
  ReadQuery,
  StoreCorrupt,
  StoredEvent,
  StoreError,
  StoreLocked,
  StoreUnavailable,
  SnapshotStore,
  Upcaster,
} from '@stancelog/core';
import type { CheckedReadQuery } from '@stancelog/core/store-kit';
import { nodeSha256 } from './node-sha256.js';
import { SharedStrings } from './shared-strings.js';
import { fileIdentity, fileProblem, fileStamp } from './file-identity.js';
import { encodeBatchInto } from './line-format.js';
import { eventAt, indexIds, indexTags, lineAt, positionOfId } from './line-envelopes.js';
import { appendFailure, diskFull, FREE_SPACE, logNotReadable, logNotWritable } from './fs-problems.js';
import { LineKind, LogIndex } from './log-index.js';
import { olderSchema, scanLog } from './log-scan.js';
import type { TornTail } from './log-scan.js';
import { realLogPath, waitForLock } from './lock.js';
import type { StaleLock, StoreLockedBy, WriterLock } from './lock.js';
import { checkFileStoreOptions } from './file-store-options.js';
import { fileSnapshots } from './file-snapshots.js';

// Native one-shot SHA-256 for event ids: the same ids as core's portable one, several times faster.

const readAt = promisify(readCallback);
// Written out rather than promisified once: each call looks `write` and `fdatasync` up in node:fs when made, so a
// test can make them fail (a full disk) as the system would.
const writeAt = (fd: number, bytes: Buffer, offset: number, length: number, position: number | null): Promise<{ bytesWritten: number }> =>
  new Promise((resolve, reject) => writeCallback(fd, bytes, offset, length, position, (error, bytesWritten) => (error ? reject(error) : resolve({ bytesWritten }))));
const syncData = (fd: number): Promise<void> => new Promise((resolve, reject) => fdatasync(fd, (error) => (error ? reject(error) : resolve())));

// Reads go to disk in pieces of about this size; events are handed out in
// chunks of at most READ_CHUNK_EVENTS.
const READ_PIECE_BYTES = 8 * 1024 * 1024;
// Small enough that the events of a chunk die young (16k-event chunks measured 2-3x slower, in garbage collection).
const READ_CHUNK_EVENTS = 1024;
// Large batches are written in pieces, so a crash leaves a torn batch (which
// the next open cuts) rather than a write of unknown extent.
const WRITE_PIECE_BYTES = 1024 * 1024;
const NEWLINE = Buffer.from('\n');

// The schema each known type is read at: a trusted line of another schema is upcast.
const versions: Readonly<Record<string, number>> = SCHEMA_VERSIONS;

/**
 * When appends reach the disk.
 * - `always` (default): `fdatasync` after each append, before it resolves;
 *   an append that resolved survives a power loss.
 * - `never`: the operating system writes when it likes; an append that
 *   resolved survives a crash of the process, not of the machine.
 *
 * @example
 * import { openFileStore } from '@stancelog/store-file'
 * import type { FsyncPolicy } from '@stancelog/store-file'
 * import { mkdtempSync, readFileSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const path = join(mkdtempSync(join(tmpdir(), 'import-')), 'talks.jsonl')
 * // A bulk import that can be run again if the machine goes down.
 * const fsync: FsyncPolicy = 'never'
 * const opened = await openFileStore(path, { fsync })
 * if (opened._tag === 'Left') throw new Error(opened.left.message)
 * await opened.right.append([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }])
 * // Not synced, but written: other processes read it at once.
 * assert.ok(readFileSync(path, 'utf8').includes('"alias":"Kyiv"'))
 * await opened.right.close()
 * @category file store
 * @since 0.1.0
 */
export type FsyncPolicy = 'always' | 'never';

/**
 * Options of {@link openFileStore}.
 *
 * @example
 * import { openFileStore } from '@stancelog/store-file'
 * import type { FileStoreOptions } from '@stancelog/store-file'
 * import { readAll } from '@stancelog/core'
 * import { mkdtempSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const path = join(mkdtempSync(join(tmpdir(), 'follow-')), 'talks.jsonl')
 * const writer = await openFileStore(path)
 * // A reader takes no lock: it opens beside the writer and follows its appends.
 * const options: FileStoreOptions = { readOnly: true, pollIntervalMillis: 50 }
 * const reader = await openFileStore(path, options)
 * if (writer._tag === 'Left' || reader._tag === 'Left') throw new Error('cannot open the log')
 * await writer.right.append([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }])
 * assert.strictEqual((await readAll(reader.right)).length, 1)
 * await reader.right.close()
 * await writer.right.close()
 * @category file store
 * @since 0.1.0
 */
export interface FileStoreOptions {
  /** Open for reading only: no lock is taken, appends fail, and the store follows another process's appends. */
  readonly readOnly?: boolean | undefined;
  /**
   * Open only a log that is there: a writer given `mustExist: true` creates
   * nothing (no log, no folder, no lock file) where there is none, and
   * fails with `StoreUnavailable` naming the path. It is checked by the
   * open that takes the file, not before it: a log deleted between a
   * caller's own check and the open is refused too, not created anew,
   * empty. A read-only store needs its log to be there anyway. Default
   * false: a writer creates the log.
   *
   * @example
   * import { openFileStore } from '@stancelog/store-file'
   * import { existsSync, mkdtempSync } from 'node:fs'
   * import { join } from 'node:path'
   * import { tmpdir } from 'node:os'
   * const path = join(mkdtempSync(join(tmpdir(), 'exists-')), 'talks.jsonl')
   * // A command that takes events of a log back has nothing to take back from a log not there.
   * const refused = await openFileStore(path, { mustExist: true })
   * assert.ok(refused._tag === 'Left' && refused.left.message === `open ${path}: there is no log there, and this open (mustExist) creates none: check the path, or open it without mustExist to create the log`)
   * assert.strictEqual(existsSync(path), false)
   * const created = await openFileStore(path)
   * if (created._tag === 'Left') throw new Error(created.left.message)
   * await created.right.close()
   * const opened = await openFileStore(path, { mustExist: true })
   * assert.strictEqual(opened._tag, 'Right')
   * if (opened._tag === 'Right') await opened.right.close()
   */
  readonly mustExist?: boolean | undefined;
  /** See {@link FsyncPolicy}. */
  readonly fsync?: FsyncPolicy | undefined;
  /** How often (ms) a read-only store with subscriptions checks the file for new events: more than 0, at most 2^31 - 1 (node's longest timer). Default 100. */
  readonly pollIntervalMillis?: number | undefined;
  /**
   * The former name of {@link FileStoreOptions.pollIntervalMillis}, still read
   * (`pollIntervalMillis` wins when both are given).
   * @deprecated Use `pollIntervalMillis`: time options name their unit, as the PostgreSQL store's do.
   */
  readonly pollInterval?: number | undefined;
  /**
   * How long (ms) a writer waits for the lock while another process (or
   * another store in this one) holds it, retrying until it is free; then
   * the open fails with `StoreLocked`. Default 0: fail at once.
   *
   * @example
   * import { openFileStore } from '@stancelog/store-file'
   * import { readAll } from '@stancelog/core'
   * import { mkdtempSync } from 'node:fs'
   * import { join } from 'node:path'
   * import { tmpdir } from 'node:os'
   * const path = join(mkdtempSync(join(tmpdir(), 'wait-')), 'talks.jsonl')
   * const first = await openFileStore(path)
   * if (first._tag === 'Left') throw new Error(first.left.message)
   * // The first writer is done 100 ms from now.
   * setTimeout(() => void first.right.close(), 100)
   * // Without lockWaitMillis a second writer is refused at once; with it, it waits its turn.
   * const refused = await openFileStore(path)
   * assert.ok(refused._tag === 'Left' && refused.left._tag === 'StoreLocked')
   * const second = await openFileStore(path, { lockWaitMillis: 5000 })
   * if (second._tag === 'Left') throw new Error(second.left.message)
   * await second.right.append([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }])
   * assert.strictEqual((await readAll(second.right)).length, 1)
   * await second.right.close()
   */
  readonly lockWaitMillis?: number | undefined;
  /**
   * The former name of {@link FileStoreOptions.lockWaitMillis}, still read
   * (`lockWaitMillis` wins when both are given).
   * @deprecated Use `lockWaitMillis`: time options name their unit, as the PostgreSQL store's do.
   */
  readonly lockWait?: number | undefined;
  /**
   * Upcasters for lines of an older schema version of their type, as the
   * PostgreSQL store takes them: such a line is read as this release's
   * version, upcast on every read, and never rewritten. Without the
   * upcaster it needs, the open (or the read of a line of a batch, whose
   * lines the open does not decode) fails with a `StoreUnavailable` that
   * says so (`...:3: written by an older schema (statement-made version 0;
   * this release reads version 1): open the store with an upcaster for
   * statement-made 0→1 ...`): the line is not damaged.
   *
   * @example
   * import { openFileStore } from '@stancelog/store-file'
   * import { eventId, readAll } from '@stancelog/core'
   * import type { Upcaster } from '@stancelog/core'
   * import { mkdtempSync, writeFileSync } from 'node:fs'
   * import { join } from 'node:path'
   * import { tmpdir } from 'node:os'
   * const path = join(mkdtempSync(join(tmpdir(), 'old-')), 'talks.jsonl')
   * // A line of a release whose alias-added (version 0) said `name`, not `alias`.
   * const old = { type: 'alias-added', data: { actor: 'ukraine', name: 'Kyiv' } }
   * writeFileSync(path, JSON.stringify({ id: eventId(old as any), position: 1, recordedAt: '2025-01-01T00:00:00Z', schema: 0, tags: ['actor:ukraine'], ...old }) + '\n')
   * const refused = await openFileStore(path)
   * assert.ok(refused._tag === 'Left' && refused.left._tag === 'StoreUnavailable' && refused.left.message.includes('open the store with an upcaster for alias-added 0→1'))
   * const aliasFromName: Upcaster = { type: 'alias-added', from: 0, up: (d: any) => ({ actor: d.actor, alias: d.name }) }
   * const opened = await openFileStore(path, { upcasters: [aliasFromName] })
   * if (opened._tag === 'Left') throw new Error(opened.left.message)
   * const [kyiv] = await readAll(opened.right)
   * assert.ok(kyiv?.type === 'alias-added' && kyiv.data.alias === 'Kyiv')
   * await opened.right.close()
   */
  readonly upcasters?: ReadonlyArray<Upcaster> | undefined;
}

/**
 * What opening the store found and repaired.
 *
 * @example
 * import { openFileStore } from '@stancelog/store-file'
 * import type { Recovery } from '@stancelog/store-file'
 * import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const path = join(mkdtempSync(join(tmpdir(), 'crash-')), 'talks.jsonl')
 * // A crash in the middle of the first append left half a batch record.
 * writeFileSync(path, '{"batch":1,"first":1,"sha2')
 * const opened = await openFileStore(path)
 * if (opened._tag === 'Left') throw new Error(opened.left.message)
 * const recovery: Recovery = opened.right.recovery
 * assert.deepStrictEqual([recovery.tornTail?.cut, recovery.tornTail?.reason, statSync(path).size], [true, 'a batch record without newline', 0])
 * // The bytes cut were saved first, beside the log.
 * assert.strictEqual(readFileSync(recovery.tornTail!.savedTo!, 'utf8'), '{"batch":1,"first":1,"sha2')
 * await opened.right.close()
 * @category file store
 * @since 0.1.0
 */
export interface Recovery {
  /**
   * The torn tail, an end of the file that is no whole batch (an append
   * interrupted, or a file truncated or damaged: the file cannot tell
   * which), cut from the file (writer) or left for the writer to finish
   * or cut (read-only). A writer saves the bytes it cuts first, in
   * `savedTo`: the log's real path with `.cut-<time>` added (synced to
   * disk before the cut).
   */
  readonly tornTail?: (TornTail & { readonly cut: boolean; readonly savedTo?: string | undefined }) | undefined;
  /** A lock left by a process that no longer holds it, taken over, and why (see {@link StaleLock}). */
  readonly staleLock?: StaleLock | undefined;
}

/**
 * An event store kept in a file.
 *
 * @example
 * import { openFileStore } from '@stancelog/store-file'
 * import type { FileStore } from '@stancelog/store-file'
 * import { mkdtempSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const dir = mkdtempSync(join(tmpdir(), 'store-'))
 * // Missing directories are created; the path is kept absolute.
 * const opened = await openFileStore(join(dir, 'logs', '2025', 'talks.jsonl'))
 * if (opened._tag === 'Left') throw new Error(opened.left.message)
 * const store: FileStore = opened.right
 * assert.deepStrictEqual([store.path, store.readOnly, store.recovery], [join(dir, 'logs', '2025', 'talks.jsonl'), false, {}])
 * await store.close()
 * @category file store
 * @since 0.1.0
 */
export interface FileStore extends EventStore {
  /** The log file's absolute path. */
  readonly path: string;
  readonly readOnly: boolean;
  readonly recovery: Recovery;
  /**
   * Projection snapshots kept beside the log, in the folder
   * {@link snapshotFolderOf} names (created by the first save): what
   * `project(store, reducer, { snapshots: store.snapshots })` starts from, as
   * with the PostgreSQL store's. Safe to delete at any time. A `readOnly`
   * store's is the same folder, and saves to it: a reader writes no byte of
   * the log, but a projection given its snapshots saves them there, shared
   * with the writer (as the CLI's reading commands do). Give a reader no
   * `snapshots` for it to write nothing.
   * @example
   * import { openFileStore, snapshotFolderOf } from '@stancelog/store-file'
   * import { positions, project, statementMade } from '@stancelog/core'
   * import { existsSync, mkdtempSync } from 'node:fs'
   * import { join } from 'node:path'
   * import { tmpdir } from 'node:os'
   * const path = join(mkdtempSync(join(tmpdir(), 'store-')), 'talks.jsonl')
   * const writer = await openFileStore(path)
   * if (writer._tag === 'Left') throw new Error(writer.left.message)
   * await writer.right.append([statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', source: { quote: 'a truce now' } })])
   * const reader = await openFileStore(path, { readOnly: true })
   * if (reader._tag === 'Left') throw new Error(reader.left.message)
   * await project(reader.right, positions()) // no snapshots given: nothing written
   * assert.strictEqual(existsSync(snapshotFolderOf(path)), false)
   * await project(reader.right, positions(), { snapshots: reader.right.snapshots, snapshotEvery: 1 })
   * assert.strictEqual(existsSync(snapshotFolderOf(path)), true) // saved by the reader, for the writer too
   * await Promise.all([reader.right.close(), writer.right.close()])
   */
  readonly snapshots: SnapshotStore;
}

/**
 * The folder that keeps a file log's snapshots ({@link FileStore.snapshots}):
 * the log's path with `.snapshots` added.
 *
 * @example
 * import { snapshotFolderOf } from '@stancelog/store-file'
 * assert.strictEqual(snapshotFolderOf('/data/talks.jsonl'), '/data/talks.jsonl.snapshots')
 * @category file store
 * @since 0.1.0
 */
export function snapshotFolderOf(logPath: string): string {
  return `${logPath}.snapshots`;
}

// Opening a named pipe blocks until something writes to it (the command
// hangs), and a device or a folder is no log: each is refused before it is opened.
function otherThanAFile(file: string): string | undefined {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (stat === undefined || stat.isFile()) return undefined;
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * What {@link openFileStore} fails with: a `StoreError`, whose
 * `StoreLocked` is a {@link StoreLockedBy}, naming the process that holds
 * the lock (when its lock file could be read).
 *
 * @example
 * import { openFileStore } from '@stancelog/store-file'
 * import type { FileStoreError } from '@stancelog/store-file'
 * import { mkdtempSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const path = join(mkdtempSync(join(tmpdir(), 'locked-')), 'talks.jsonl')
 * const writer = await openFileStore(path)
 * const second = await openFileStore(path)
 * const explain = (e: FileStoreError): string => (e._tag === 'StoreLocked' ? `held by pid ${e.holder?.pid ?? '?'}` : e.message)
 * assert.strictEqual(second._tag === 'Left' && explain(second.left), `held by pid ${process.pid}`)
 * if (writer._tag === 'Right') await writer.right.close()
 * @category file store
 * @since 0.1.0
 */
export type FileStoreError = Exclude<StoreError, StoreLocked> | StoreLockedBy;

/**
 * Opens the log file at `path`, a writer creating it (and its folder) if
 * needed, unless `mustExist` says not to; a read-only store needs it to exist. The writer's lock is the
 * log's real path (symbolic links resolved) with `.lock` added, so every
 * path to one file shares one lock. Fails with `StoreLocked` when another process writes to
 * it (after waiting `lockWaitMillis` for it), `StoreCorrupt` when the file is
 * not a log (its first line is neither a batch record nor a stored event) or
 * a line before the tail is not a valid event (the file is then left as it
 * is), `StoreUnavailable` when the file cannot be opened, or, before
 * anything is opened, when an option is unknown or holds what it cannot
 * (`open talks.jsonl: fsync: expected "always" or "never", got "on"`), one
 * inherited (`Object.create(defaults)`) too, or the options are no object
 * (an array). That is a value, as this open's other failures are, where
 * `openMemoryStore` (synchronous, with no `Either` to return) throws a
 * `RangeError`: a file store's options are as often read from a
 * configuration file or the environment as written in the program, and
 * their mistakes are said as a log that is not there is. A writer cuts a torn tail (reported in `recovery`),
 * after saving its bytes beside the log; nothing else is ever cut.
 *
 * @example
 * import { openFileStore } from '@stancelog/store-file'
 * import { readAll, statementMade } from '@stancelog/core'
 * import { mkdtempSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const opened = await openFileStore(join(mkdtempSync(join(tmpdir(), 'stancelog-')), 'talks.jsonl'))
 * if (opened._tag === 'Left') throw new Error(opened.left.message)
 * const store = opened.right
 * await store.append([statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'a pause would only help the other side regroup' } })])
 * assert.strictEqual((await readAll(store)).length, 1)
 * await store.close()
 * @category file store
 * @since 0.1.0
 */
export async function openFileStore(path: string, options: FileStoreOptions = {}): Promise<Either<FileStoreError, FileStore>> {
  const wrongPath = pathProblem(path);
  if (wrongPath !== undefined) return left({ _tag: 'StoreUnavailable', message: `open: path: ${wrongPath}` });
  const file = resolve(path);
  const checked = checkFileStoreOptions(file, options);
  if (isLeft(checked)) return checked;
  const readOnly = options.readOnly ?? false;
  const mustExist = options.mustExist ?? false;
  let lock: WriterLock | undefined;
  let fd: number | undefined;
  const index = new LogIndex();
  let tornTail: TornTail | undefined;
  let savedTo: string | undefined;
  try {
    const other = otherThanAFile(file);
    if (other !== undefined) return left({ _tag: 'StoreUnavailable', message: `open ${file}: ${other}, not a log file` });
    // Refused before the folder and the lock file are made; the open below, which creates nothing, refuses one deleted meanwhile.
    if (mustExist && !readOnly && statSync(file, { throwIfNoEntry: false }) === undefined) return left(noLog(file));
    let real = file;
    if (!readOnly) {
      mkdirSync(dirname(file), { recursive: true });
      // Every path to the file (a symbolic link) must name the same lock, or two writers both take "the" lock.
      real = realLogPath(file);
      const locked = await waitForLock(`${real}.lock`, file, options.lockWaitMillis ?? options.lockWait ?? 0);
      if (isLeft(locked)) return locked;
      lock = locked.right;
    }
    // Append mode: every write lands at the end, whatever else happens.
    try {
      // Without O_CREAT where the log must exist: between the check above and here, it may have been deleted.
      fd = openSync(file, readOnly ? 'r' : mustExist ? fsConstants.O_RDWR | fsConstants.O_APPEND : 'a+');
    } catch (error) {
      if (mustExist && !readOnly && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        lock?.release();
        return left(noLog(file, error));
      }
      // The lock taken, the log itself refused: a file made read-only (chmod a-w), or another user's.
      const refused = readOnly ? logNotReadable(error) : logNotWritable(error, readable(file));
      if (refused === undefined) throw error;
      lock?.release();
      return left({ _tag: 'StoreUnavailable', message: `open ${file}: ${refused}`, cause: error });
    }
    const scanned = scanLog(fd, fstatSync(fd).size, index, file, decodingOf(options));
    if (isLeft(scanned)) {
      closeSync(fd);
      lock?.release();
      return scanned;
    }
    tornTail = scanned.right;
    if (tornTail && !readOnly) {
      // Cut bytes are kept: a tail the scan took for torn may still hold what someone needs.
      const saved = saveTornTail(fd, real, tornTail);
      if (isLeft(saved)) {
        closeSync(fd);
        lock?.release();
        return saved;
      }
      savedTo = saved.right;
      ftruncateSync(fd, tornTail.offset);
      fdatasyncSync(fd);
    }
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    lock?.release();
    if (readOnly && (error as NodeJS.ErrnoException).code === 'ENOENT') {
      return left(unavailable(`open ${file}`, new Error('there is no log there yet, and a read-only store does not create one: open it for writing first (a writer creates it)', { cause: error })));
    }
    const full = diskFull(error);
    if (full !== undefined) return left({ _tag: 'StoreUnavailable', message: `open ${file}: ${full}: ${FREE_SPACE}`, cause: error });
    return left(unavailable(`open ${file}`, error));
  }
  const recovery: Recovery = {
    ...(tornTail ? { tornTail: { ...tornTail, cut: !readOnly, ...(savedTo !== undefined ? { savedTo } : {}) } } : {}),
    ...(lock?.tookOver ? { staleLock: lock.tookOver } : {}),
  };
  return right(fileStore(file, fd, index, lock, recovery, options));
}

// What a writer opened with `mustExist` says of a path with no log: the path, and what to do.
function noLog(file: string, cause?: unknown): StoreUnavailable {
  const message = `open ${file}: there is no log there, and this open (mustExist) creates none: check the path, or open it without mustExist to create the log`;
  return cause === undefined ? { _tag: 'StoreUnavailable', message } : { _tag: 'StoreUnavailable', message, cause };
}

const SAVE_PIECE_BYTES = 8 * 1024 * 1024;

/**
 * Copies the torn tail to a new file beside the log (`<real path>.cut-<time>`),
 * synced to disk with its folder entry, before it is cut: the file's name,
 * or why it could not be saved (and nothing is cut).
 */
function saveTornTail(fd: number, real: string, tail: TornTail): Either<StoreUnavailable, string> {
  // Colons are left out of the time: a file name with them cannot be copied to every file system.
  const base = `${real}.cut-${new Date().toISOString().replace(/:/g, '')}`;
  let name = base;
  let out: number | undefined;
  let created = false;
  try {
    for (let n = 1; out === undefined; n++) {
      try {
        out = openSync(name, 'wx');
        created = true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n > 100) throw error;
        name = `${base}-${n}`;
      }
    }
    const piece = Buffer.allocUnsafe(Math.min(SAVE_PIECE_BYTES, tail.bytes));
    for (let done = 0; done < tail.bytes; ) {
      const n = readSync(fd, piece, 0, Math.min(piece.length, tail.bytes - done), tail.offset + done);
      if (n === 0) break;
      for (let written = 0; written < n; ) written += writeSync(out, piece, written, n - written);
      done += n;
    }
    fsyncSync(out);
    closeSync(out);
    out = undefined;
    syncFolder(dirname(name));
    return right(name);
  } catch (error) {
    if (out !== undefined) closeSync(out);
    // A file holding part of the tail, or none of it, is no copy: left behind, each attempt would add one.
    if (created) {
      try {
        unlinkSync(name);
      } catch {
        // Gone already.
      }
    }
    const what = `open ${real}: the torn tail (line ${tail.line}, ${tail.bytes} bytes) must be saved to ${name} before it is cut, and could not be; nothing was cut`;
    const full = diskFull(error);
    return left(full !== undefined ? { _tag: 'StoreUnavailable', message: `${what}: ${full}: ${FREE_SPACE}`, cause: error } : unavailable(what, error));
  }
}

// A new file's name reaches the disk with its folder: synced, or a power loss may lose the file.
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Not every platform can sync a folder (Windows): the file itself is synced.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** What reading a line needs of the options: the upcasters (the schema versions are this release's). */
function decodingOf(options: FileStoreOptions): ReadOptions {
  return options.upcasters !== undefined ? { upcasters: options.upcasters } : {};
}

function fileStore(
  path: string,
  fd: number,
  index: LogIndex,
  lock: WriterLock | undefined,
  recovery: Recovery,
  options: FileStoreOptions,
): FileStore {
  const readOnly = lock === undefined;
  const fsync = options.fsync ?? 'always';
  const decoding = decodingOf(options);
  let closed = false;
  // The end of the subscriptions, once close() began.
  let ending: Promise<void> | undefined;
  let appends: Promise<unknown> = Promise.resolve();
  // The writer's batches are encoded into this buffer, reused from append to append (appends run one at a time).
  let scratch: Buffer = Buffer.allocUnsafe(0);
  // Why appends are refused after one failed and the bytes it wrote could not be cut back.
  let leftOver: string | undefined;

  // The file opened: a path that names another file, or none, is an error, not a log gone quiet.
  const opened = fileIdentity(fd);
  const lineEnd = Buffer.alloc(1);

  // A read-only store indexes what the writer appended since it last looked.
  const refresh = (): void => {
    if (!readOnly || closed) return;
    // Thrown as every read failure is, so `head()` and `read()` reject alike.
    const problem = fileProblem(path, fd, opened, index.end);
    if (problem !== undefined) throw new StoreReadError({ _tag: 'StoreUnavailable', message: problem });
    const size = fstatSync(fd).size;
    if (size <= index.end) return;
    // A file cut and written again in place (same file, grown past what was read before this looked) would be read
    // from the middle of one of its lines: the line end the events read so far ended with must still be there.
    if (index.end > 0 && !index.unterminated && readSync(fd, lineEnd, 0, 1, index.end - 1) === 1 && lineEnd[0] !== 0x0a) {
      throw new StoreReadError({
        _tag: 'StoreUnavailable',
        message: `${path} no longer ends a line at byte ${index.end}, where the ${index.head} events already read end: something other than stancelog cut or rewrote it (a log is only ever appended to); open the store again to read the file as it is now`,
      });
    }
    const before = index.head;
    try {
      const scanned = scanLog(fd, size, index, path, decoding);
      if (isLeft(scanned)) throw new StoreReadError(scanned.left);
    } finally {
      // Whoever found the new events (a read, head(), one subscription's catch-up, or the poll), every subscription
      // hears of them: the poll compares with the head it last saw, and would otherwise take them for old news.
      if (index.head !== before) subscribers.wakeAll();
    }
  };

  const poll = (): void => {
    try {
      refresh();
    } catch {
      // Woken, the subscriptions read again and report it through their onError.
      subscribers.wakeAll();
    }
  };
  // A read-only store looks for what the writer appended while it has subscriptions, from the first to the end of the last.
  const pollEvery = options.pollIntervalMillis ?? options.pollInterval ?? 100;
  const subscribers = subscriberSet({
    name: path,
    ...(readOnly
      ? {
          watch: () => {
            const poller = setInterval(poll, pollEvery);
            return () => clearInterval(poller);
          },
        }
      : {}),
  });

  // A read under way stops at its next step once the store is closed, as in every store.
  const closedDuringRead = (): StoreReadError => new StoreReadError({ _tag: 'StoreUnavailable', message: `read: ${path} was closed during the read` });

  // The piece of the file holding the lines of positions(i) onward (at most
  // `wanted` of them), at most READ_PIECE_BYTES (or one line), read into
  // `into` (or a bigger buffer when it is too small).
  interface Piece {
    readonly first: number;
    readonly last: number;
    readonly base: number;
    readonly bytes: Buffer;
  }
  const readPiece = async (positions: (i: number) => number, count: number, i: number, wanted: number, into: Buffer): Promise<Piece> => {
    const base = index.startOf(positions(i));
    let lo = i;
    let hi = Math.min(count - 1, i + wanted - 1);
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (index.endOf(positions(mid)) - base <= READ_PIECE_BYTES) lo = mid;
      else hi = mid - 1;
    }
    const length = index.endOf(positions(lo)) - base;
    const bytes = into.length >= length ? into : Buffer.allocUnsafe(Math.max(length, READ_PIECE_BYTES));
    let filled = 0;
    while (filled < length) {
      // The descriptor may be closed, and its number reused by another file: never read from it again.
      if (closed) throw closedDuringRead();
      let bytesRead: number;
      try {
        ({ bytesRead } = await readAt(fd, bytes, filled, length - filled, base + filled));
      } catch (error) {
        // Closed while the file was read (an EBADF, or whatever the descriptor's new file says): said as such.
        if (closed) throw closedDuringRead();
        throw error;
      }
      if (closed) throw closedDuringRead();
      if (bytesRead === 0) {
        throw new StoreReadError({
          _tag: 'StoreUnavailable',
          message: `${path}: the file ended at byte ${base + filled}, before the event at position ${positions(lo)}: something other than stancelog cut it (a log is only ever appended to); open the store again to read the file as it is now`,
        });
      }
      filled += bytesRead;
    }
    return { first: i, last: lo, base, bytes };
  };

  // A line read back as other than what was read at open (changed in place since, by hand or by another tool), as
  // every read failure is thrown: a StoreReadError, here carrying the StoreCorrupt that names the file and line.
  // The line of position p, or undefined when it cannot be read now (then named by its position alone).
  const lineOf = (p: number): number | undefined => {
    try {
      return lineAt(fd, index.startOf(p));
    } catch {
      return undefined;
    }
  };
  const changedSinceOpen = (p: number, problem: string, issues?: StoreCorrupt['issues']): StoreReadError => {
    const line = lineOf(p);
    const where = line === undefined ? path : `${path}:${line}`;
    return new StoreReadError({
      _tag: 'StoreCorrupt',
      location: path,
      ...(line !== undefined ? { line } : {}),
      ...(issues ? { issues } : {}),
      message: `${where}: the line of position ${p} ${problem}: changed in place (by hand or by another tool) after the store opened the log? A log is only ever appended to; the file is left as it is`,
    });
  };

  async function* readPositions(positions: (i: number) => number, count: number, limit: number): AsyncGenerator<ReadonlyArray<StoredEvent>> {
    let remaining = limit;
    // Two buffers, reused: the next piece is read (off the main thread) while this one is parsed.
    let spare: Buffer = Buffer.allocUnsafe(0);
    let next: Promise<Piece> | undefined = count > 0 && remaining > 0 ? readPiece(positions, count, 0, remaining, Buffer.allocUnsafe(0)) : undefined;
    // The texts that repeat from line to line, one string each for the whole read.
    const shared = new SharedStrings();
    try {
      while (next !== undefined) {
        const { first, last, base, bytes: piece } = await next;
        // The descriptor may be closed, and its number reused by another file: never read from it again.
        if (closed) throw closedDuringRead();
        // Read ahead only when the rest of the read needs more than this piece (some lines may be skipped: then after it).
        next = last + 1 < count && remaining > last - first + 1 ? readPiece(positions, count, last + 1, remaining - (last - first + 1), spare) : undefined;
        spare = piece;
        let chunk: StoredEvent[] = [];
        for (let j = first; j <= last && remaining > 0; j++) {
          const p = positions(j);
          const kind = index.kindOf(p);
          if (kind === LineKind.skip) continue;
          const text = piece.toString('utf8', index.startOf(p) - base, index.endOf(p) - base);
          let event: StoredEvent;
          try {
            event = JSON.parse(text) as StoredEvent;
          } catch (error) {
            throw changedSinceOpen(p, `is no longer a JSON line (${(error as Error).message})`);
          }
          // Checked at open, and not again (a line is not hashed at every read): one look at its position, which costs nothing.
          if (event === null || event.position !== p) {
            throw changedSinceOpen(p, `now holds ${typeof event === 'object' && event !== null && 'position' in event ? `position ${String((event as { position: unknown }).position)}` : 'no event'}`);
          }
          // A trusted line of the current schema is the event (its texts shared); any other is decoded (upcast, or skipped when of an unknown type).
          if (kind === LineKind.trusted && versions[event.type] === event.schema) event = shared.share(event);
          else {
            const decoded = decodeStored(event, decoding);
            if (isLeft(decoded)) {
              // A line of a batch (not decoded at open) of an older schema, with no upcaster for it: not changed, only old.
              const old = olderSchema(path, lineOf(p), event, decoded.left);
              if (old !== undefined) throw new StoreReadError(old);
              throw changedSinceOpen(p, `is no longer a valid event (${formatIssues(decoded.left)})`, decoded.left);
            }
            if (decoded.right === null) continue;
            event = decoded.right;
          }
          chunk.push(event);
          remaining--;
          if (chunk.length === READ_CHUNK_EVENTS) {
            yield chunk;
            if (closed) throw closedDuringRead();
            chunk = [];
          }
        }
        if (chunk.length > 0) {
          yield chunk;
          if (closed) throw closedDuringRead();
        }
        if (next === undefined && remaining > 0 && last + 1 < count) next = readPiece(positions, count, last + 1, remaining, spare);
      }
    } finally {
      // A reader that stops early leaves a read in flight: its outcome no longer matters.
      next?.catch(() => undefined);
    }
  }

  // Why a read is refused before anything is read, if it is (the subscribers check a subscription's options).
  const refusal = (query: ReadQuery): Either<StoreError, CheckedReadQuery> => (closed ? left({ _tag: 'StoreUnavailable', message: `read: ${path} is closed` }) : checkReadQuery(query));

  async function* read(query: ReadQuery = {}): AsyncIterable<ReadonlyArray<StoredEvent>> {
    const checked = refusal(query);
    if (isLeft(checked)) throw new StoreReadError(checked.left);
    refresh();
    const { after, limit, tags } = checked.right;
    if (tags) {
      const positions = indexTags(fd, index).positionsAfter(tags, after);
      yield* readPositions((i) => positions[i]!, positions.length, limit);
    } else {
      yield* readPositions((i) => after + 1 + i, Math.max(0, index.head - after), limit);
    }
  }

  const writeBatch = async (bytes: Buffer): Promise<void> => {
    for (let offset = 0; offset < bytes.length; ) {
      const { bytesWritten } = await writeAt(fd, bytes, offset, Math.min(WRITE_PIECE_BYTES, bytes.length - offset), null);
      offset += bytesWritten;
    }
    if (fsync === 'always') await syncData(fd);
  };

  const appendNow = async (events: ReadonlyArray<NewEvent>, given: AppendOptions | null | undefined): Promise<Either<StoreError, AppendResult>> => {
    if (closed) return left({ _tag: 'StoreUnavailable', message: `append: ${path} is closed` });
    if (readOnly) return left({ _tag: 'StoreUnavailable', message: `append: ${path} is open read-only` });
    if (leftOver !== undefined) return left({ _tag: 'StoreUnavailable', message: `append: ${path}: ${leftOver}` });
    const checkedOptions = checkAppendOptions(given);
    if (isLeft(checkedOptions)) return checkedOptions;
    // Null options ask for no check, as absent ones do (the memory store's reading): only the checked options are used.
    const opts = checkedOptions.right;
    const prepared = prepareBatch(events, { ...(opts.now ? { now: opts.now } : {}), hash: nodeSha256, ...decoding });
    if (isLeft(prepared)) return prepared;
    // The ids are read from the file at the first append, the tags at the first tag condition.
    const built = indexIds(fd, index, path);
    if (isLeft(built)) return built;
    const ids = built.right;
    const tags = { lastPosition: (t: ReadonlyArray<string>) => indexTags(fd, index).lastPosition(t) };
    const checked = checkAppend(prepared.right, opts, {
      head: index.head,
      has: (id) => ids.has(id),
      // One line read for each correction; a search of the file only for a correction of a correction.
      at: (p) => eventAt(fd, index, p),
      positionOf: (id) => (ids.has(id) ? positionOfId(fd, index, id) : undefined),
      tags,
    });
    if (isLeft(checked)) return checked;
    const { fresh, duplicates } = checked.right;
    if (fresh.length === 0) return right({ appended: [], duplicates, head: index.head });
    const appended: StoredEvent[] = new Array<StoredEvent>(fresh.length);
    for (let i = 0; i < fresh.length; i++) {
      const e = fresh[i]!;
      // The fields a line holds and no other (the input may carry more): what a read gives back later.
      appended[i] = { id: e.id, position: index.head + 1 + i, recordedAt: e.recordedAt, schema: e.schema, tags: e.tags, type: e.type, data: e.data } as StoredEvent;
    }
    // Written to a file deleted or replaced since, the batch would be lost to every reader of the path;
    // written after bytes another process appended, it would corrupt the log.
    const problem = fileProblem(path, fd, opened, index.end, true);
    if (problem !== undefined) return left({ _tag: 'StoreUnavailable', message: `append: ${problem}; nothing was appended` });
    const encoded = encodeBatchInto(appended, scratch);
    scratch = encoded.scratch;
    const { bytes, starts } = encoded;
    try {
      if (index.unterminated) {
        // The last line (added by hand or by another tool) has no newline: end it, adding one byte, before the batch.
        await writeAt(fd, NEWLINE, 0, 1, null);
        index.end += 1;
        index.unterminated = false;
      }
      await writeBatch(bytes);
    } catch (error) {
      // Leave no partial batch behind (a full disk stops a write part way): the next append starts clean.
      let cutBack: unknown = true;
      try {
        ftruncateSync(fd, index.end);
      } catch (cutError) {
        // The next open cuts it instead; until then this store appends no more after bytes it did not mean to leave.
        cutBack = cutError;
        leftOver = `an earlier append failed, and the part of its batch already written could not be cut back: open the store again (its open cuts an unfinished batch)`;
      }
      return left(appendFailure(path, error, cutBack));
    }
    for (let i = 0; i < appended.length; i++) {
      const e = appended[i]!;
      index.add(index.end + starts[i]!, starts[i + 1]! - 1 - starts[i]!, LineKind.trusted);
      ids.add(e.id);
      index.tags?.add(e);
    }
    index.end += bytes.length;
    index.lines += appended.length + 1;
    subscribers.wakeAll();
    // An event of an older schema (a copy of an upcast one) is written as it was, and handed back as a read gives it: upcast.
    const handedBack = fresh.some((e) => asRead(e) !== e) ? appended.map((e, i) => ({ ...asRead(fresh[i]!), position: e.position }) as StoredEvent) : appended;
    return right({ appended: handedBack, duplicates, head: index.head });
  };

  return {
    path,
    readOnly,
    recovery,
    // Tied to this file: a snapshot of the log deleted and made again is not this log's.
    snapshots: fileSnapshots(snapshotFolderOf(path), fileStamp(fd)),
    append(events, opts = {}) {
      // One append at a time: each checks its conditions against the head the previous one left.
      const result = appends.then(() => appendNow(events, opts));
      appends = result.catch(() => undefined);
      return result.catch((error: unknown) => left(unavailable(`append to ${path}`, error)));
    },
    read,
    async head() {
      if (closed) throw new StoreReadError({ _tag: 'StoreUnavailable', message: `head: ${path} is closed` });
      refresh();
      return index.head;
    },
    subscribe: (handler, opts) => subscribers.subscribe(read, handler, opts),
    async close() {
      if (closed || ending !== undefined) return;
      // The subscriptions end before any wait (a handler may close the store before its first await: see
      // Subscription), and one asked for meanwhile is refused, as the store is closing.
      ending = subscribers.endAll();
      await appends;
      closed = true;
      await ending;
      closeSync(fd);
      lock?.release();
    },
  };
}

// Whether this user may read the file (asked after a refused open for writing, to say what still works).
function readable(file: string): boolean {
  try {
    accessSync(file, fsConstants.R_OK);
    return true;
  } catch {
    return false;
  }
}

// What is wrong with a log's path, from JavaScript or a configuration (an
// environment variable unset, a URL): node's TypeError named no store, "" opened
// the working folder, and "postgres://host/db" made folders named after it.
function pathProblem(path: unknown): string | undefined {
  if (typeof path !== 'string') {
    const url = typeof path === 'object' && path !== null && path instanceof URL;
    return `expected the path of a log file (a string), got ${url ? `a URL object (${path.protocol}//...): a file: URL's path is fileURLToPath(url)` : describeValue(path)}`;
  }
  if (path.trim() === '') return 'expected the path of a log file, got an empty string';
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(path)?.[1];
  if (scheme !== undefined) {
    const hint = /^postgres(ql)?$/i.test(scheme) ? 'open a PostgreSQL log with openPostgresStore' : scheme.toLowerCase() === 'file' ? "a file: URL's path is fileURLToPath(url)" : 'give the path of a file';
    return `expected the path of a log file, got a ${scheme}:// URL: ${hint}`;
  }
  return undefined;
}
