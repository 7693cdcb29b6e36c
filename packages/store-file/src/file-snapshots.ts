/**
 * Snapshots kept as files in a directory, one per reducer, serialised with
 * `node:v8` so Maps, Sets and Dates survive. A snapshot is written to a
 * temporary file and renamed over the old one, so a crash leaves either the
 * old snapshot or the new one, never half of one.
 *
 * @since 0.1.0
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
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

/**
 * A {@link SnapshotStore} in the directory `dir` (created when needed).
 * A snapshot that cannot be read (missing, of another version, damaged)
 * loads as nothing: the caller rebuilds the state from the log. The
 * directory belongs to one log: keep it beside that log (the CLI uses
 * `<log file>.snapshots/`); `project` checks each snapshot's `eventId`
 * against the log all the same, and ignores one of another log.
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
export function fileSnapshots(dir: string): SnapshotStore {
  const root = resolve(dir);
  return {
    async load<S>(reducer: string, version: string): Promise<Snapshot<S> | undefined> {
      let bytes: Buffer;
      try {
        bytes = await readFile(join(root, fileName(reducer)));
      } catch {
        return undefined;
      }
      let value: Partial<Snapshot<S>>;
      try {
        value = deserialize(bytes) as Partial<Snapshot<S>>;
      } catch {
        return undefined;
      }
      if (value.reducer !== reducer || value.version !== version || typeof value.position !== 'number') return undefined;
      // One saved before snapshots recorded their event loads without it: `project` then ignores it.
      const { eventId, ...rest } = value;
      return (typeof eventId === 'string' ? { ...rest, eventId } : rest) as Snapshot<S>;
    },
    async save<S>(snapshot: Snapshot<S>): Promise<void> {
      await mkdir(root, { recursive: true });
      const target = join(root, fileName(snapshot.reducer));
      const temp = `${target}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
      const handle = await open(temp, 'w');
      try {
        const { reducer, version, position, eventId, state } = snapshot;
        await handle.writeFile(serialize({ reducer, version, position, ...(eventId !== undefined ? { eventId } : {}), state }));
        await handle.sync();
      } catch (error) {
        await handle.close();
        await unlink(temp).catch(() => undefined);
        throw error;
      }
      await handle.close();
      await rename(temp, target);
    },
  };
}
