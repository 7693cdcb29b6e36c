/**
 * Snapshots kept as files in a directory, one per reducer, serialised with
 * `node:v8` so Maps, Sets and Dates survive. A snapshot is written to a
 * temporary file and renamed over the old one, so a crash leaves either the
 * old snapshot or the new one, never half of one.
 *
 * A file holds a header line, `stancelog snapshot 2 sha256=<hex>`, then the
 * serialised snapshot, whose SHA-256 the header records: bytes changed after
 * the save are found, not shown as the answer. The snapshot of a file
 * store's log also records which file it was made from (`fileStamp` in
 * file-identity.ts).
 *
 * @since 0.1.0
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Snapshot, SnapshotStore } from '@stancelog/core';

// A file name stays well under the 255 bytes file systems allow, with the
// save's temporary suffix: a long reducer name (an analysis with many rules,
// a combine of many reducers) keeps its start, readable, and a hash of the rest.
// The snapshot itself records the full name, which `load` checks.
const fileName = (reducer: string): string => {
  const encoded = encodeURIComponent(reducer);
  return `${encoded.length <= 120 ? encoded : `${encoded.slice(0, 80)}~${createHash('sha256').update(reducer).digest('hex').slice(0, 32)}`}.snapshot`;
};

// A temporary file left by a save is no longer being written once its process is gone (the pid in its name) and it
// has not changed for this long: a save running on another host sharing the folder (where the pid means nothing)
// writes on, and is left alone.
const LEFT_TEMPORARY_MILLIS = 60_000;

/** Whether a process of this pid runs on this host (one another user runs counts as running). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Removes the temporary files of a snapshot left by saves that a crash (a
 * kill -9, a power loss) cut short: each was as large as the snapshot, and
 * one was left per crash, never read and never removed. Best effort: what
 * cannot be listed or removed is left, and the save stands.
 */
async function removeLeftTemporaries(root: string, snapshotFile: string): Promise<void> {
  const names = await readdir(root).catch(() => [] as string[]);
  for (const name of names) {
    const left = /^(.+)\.(\d+)\.[0-9a-f]{12}\.tmp$/.exec(name);
    if (left === null || left[1] !== snapshotFile || Number(left[2]) === process.pid || running(Number(left[2]))) continue;
    const path = join(root, name);
    const changed = await stat(path).then((s) => s.mtimeMs, () => undefined);
    if (changed !== undefined && Date.now() - changed >= LEFT_TEMPORARY_MILLIS) await unlink(path).catch(() => undefined);
  }
}

const HEADER = 'stancelog snapshot 2 sha256=';
const HEADER_BYTES = Buffer.from(HEADER, 'latin1');
// The header, 64 hex digits and a newline.
const BODY_START = HEADER_BYTES.length + 64 + 1;

/**
 * What `load` gives as the event id of a snapshot made from another log
 * file than the store's: no event has it, so `project` finds the log does
 * not hold the snapshot's event, ignores it as a snapshot of another log
 * (`other-log`) and replaces it. A log deleted and made again from edited
 * statements may hold, at the snapshot's position, the very event the
 * snapshot recorded: only the file tells them apart.
 */
const OF_ANOTHER_FILE = '(a snapshot of another log file)';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

interface Saved {
  readonly reducer?: unknown;
  readonly version?: unknown;
  readonly position?: unknown;
  readonly eventId?: unknown;
  /** The log file it was made from (`fileStamp`), when saved by a file store. */
  readonly logFile?: unknown;
  readonly state?: unknown;
}

/**
 * A snapshot file of a folder of {@link fileSnapshots}, as it says of
 * itself: the reducer, version and position it was saved with (when the
 * file cannot be read as a snapshot, the reducer its name was made of, and
 * no version or position), whether its bytes still match the checksum
 * saved with them (`checked`), and its size.
 * Its state is not given: a listing, as `stancelog store status` shows it.
 * @example
 * import { fileSnapshots, snapshotFiles } from '@stancelog/store-file'
 * import { mkdtempSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const dir = mkdtempSync(join(tmpdir(), 'snapshots-'))
 * await fileSnapshots(dir).save({ reducer: 'positions', version: '12', position: 42, state: {} })
 * const [file] = await snapshotFiles(dir)
 * assert.deepStrictEqual([file?.reducer, file?.version, file?.position, file?.checked], ['positions', '12', 42, true])
 * @category file store
 * @since 0.1.0
 */
export interface SnapshotFile {
  /** The file's path. */
  readonly file: string;
  readonly bytes: number;
  readonly reducer: string;
  readonly version: string | undefined;
  readonly position: number | undefined;
  readonly checked: boolean;
}

/**
 * The snapshot files in `dir` (a folder of {@link fileSnapshots}; none
 * when it does not exist), in the order of their reducers' names, each read
 * whole (its heading is in its body) but its state not kept.
 * @example
 * import { snapshotFiles } from '@stancelog/store-file'
 * assert.deepStrictEqual(await snapshotFiles('/nonexistent/talks.jsonl.snapshots'), [])
 * @category file store
 * @since 0.1.0
 */
export async function snapshotFiles(dir: string): Promise<SnapshotFile[]> {
  const root = resolve(dir);
  let names: string[];
  try {
    names = (await readdir(root)).filter((n) => n.endsWith('.snapshot'));
  } catch {
    return [];
  }
  const found: SnapshotFile[] = [];
  for (const name of names) {
    const file = join(root, name);
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch {
      continue; // Removed meanwhile (a save renames over it): not there to list.
    }
    const { body, checked } = bodyOf(bytes);
    let value: Saved | undefined;
    try {
      value = deserialize(body) as Saved;
    } catch {
      // Unreadable: listed with what its name says.
    }
    const named = typeof value?.reducer === 'string' && typeof value.version === 'string' && typeof value.position === 'number';
    found.push({
      file,
      bytes: bytes.length,
      reducer: named ? (value!.reducer as string) : reducerNamed(name),
      version: named ? (value!.version as string) : undefined,
      position: named ? (value!.position as number) : undefined,
      checked: named && checked,
    });
  }
  return found.sort((a, b) => (a.reducer < b.reducer ? -1 : a.reducer > b.reducer ? 1 : 0));
}

/** The reducer a snapshot file's name was made of (see `fileName`; a long one shortened, with a hash, or one no save made, as it stands). */
function reducerNamed(name: string): string {
  const stem = name.slice(0, -'.snapshot'.length);
  try {
    return decodeURIComponent(stem);
  } catch {
    return stem;
  }
}

/** A snapshot file's body (the serialised snapshot, after its header when it has one) and whether its checksum holds. */
function bodyOf(bytes: Buffer): { body: Uint8Array; checked: boolean } {
  const headed = bytes.subarray(0, HEADER_BYTES.length).equals(HEADER_BYTES);
  const body: Uint8Array = headed ? bytes.subarray(BODY_START) : bytes;
  // Bytes changed since the save (an edit, a damaged disk) are not trusted, as those saved without a checksum are not.
  const checked = headed && bytes[BODY_START - 1] === 0x0a && bytes.toString('latin1', HEADER_BYTES.length, BODY_START - 1) === sha256(body);
  return { body, checked };
}

/**
 * A {@link SnapshotStore} in the directory `dir` (created when needed).
 * A snapshot that cannot be read (missing, of another version, damaged)
 * loads as nothing: the caller rebuilds the state from the log. One whose
 * bytes no longer match the checksum saved with them, or saved before
 * snapshots had a checksum, loads without its event id, so `project`
 * ignores it as `unverifiable` (never starting from bytes nothing vouches
 * for) and replaces it at once.
 *
 * The directory belongs to one log: keep it beside that log (the CLI uses
 * `<log file>.snapshots/`). `logFile`, given by a file store
 * (`FileStore.snapshots`), ties each snapshot to the log file it was
 * made from: a snapshot of another file (the log deleted and made again)
 * loads with an event id no event has, and `project` ignores it as one of
 * another log. `project` checks each snapshot's `eventId` against the log
 * all the same.
 *
 * A save writes a temporary file beside the snapshot and renames it over
 * it; a save that fails removes it, and one a crash cut short (its process
 * gone, the file unchanged for a minute) is removed by the next save of
 * that snapshot.
 *
 * @example
 * import { fileSnapshots } from '@stancelog/store-file'
 * import { mkdtempSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const snapshots = fileSnapshots(mkdtempSync(join(tmpdir(), 'snapshots-')))
 * await snapshots.save({ reducer: 'positions', version: '1', position: 42, state: new Map([['russia', new Set(['ceasefire'])]]) })
 * const s = await snapshots.load<Map<string, Set<string>>>('positions', '1')
 * assert.ok(s?.state.get('russia')?.has('ceasefire'))
 * @category file store
 * @since 0.1.0
 */
export function fileSnapshots(dir: string, logFile?: string): SnapshotStore {
  const root = resolve(dir);
  return {
    async load<S>(reducer: string, version: string): Promise<Snapshot<S> | undefined> {
      const file = join(root, fileName(reducer));
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch {
        return undefined;
      }
      const { body, checked } = bodyOf(bytes);
      let value: Saved;
      try {
        value = deserialize(body) as Saved;
      } catch {
        return undefined;
      }
      if (value === null || typeof value !== 'object' || value.reducer !== reducer || value.version !== version || typeof value.position !== 'number') return undefined;
      const snapshot = { reducer, version, position: value.position, state: value.state as S };
      // Unchecked (no checksum, saved before they were kept, or one that fails): nothing vouches for its bytes naming its
      // event, so none is given, and `project` ignores it as unverifiable and saves a new one in its place at once.
      if (!checked || typeof value.eventId !== 'string') return snapshot;
      const ofAnotherFile = logFile !== undefined && typeof value.logFile === 'string' && value.logFile !== logFile;
      return { ...snapshot, eventId: ofAnotherFile ? OF_ANOTHER_FILE : value.eventId };
    },
    async save<S>(snapshot: Snapshot<S>): Promise<void> {
      await mkdir(root, { recursive: true });
      const target = join(root, fileName(snapshot.reducer));
      const temp = `${target}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
      const { reducer, version, position, eventId, state } = snapshot;
      const body = serialize({ reducer, version, position, ...(eventId !== undefined ? { eventId } : {}), ...(logFile !== undefined ? { logFile } : {}), state });
      const handle = await open(temp, 'w');
      try {
        try {
          await handle.writeFile(`${HEADER}${sha256(body)}\n`);
          await handle.writeFile(body);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temp, target);
        await removeLeftTemporaries(root, fileName(snapshot.reducer));
      } catch (error) {
        // A save that fails at any step leaves no temporary file (one a failing rename left behind was a full copy, every run).
        await unlink(temp).catch(() => undefined);
        throw error;
      }
    },
  };
}
