/**
 * The snapshots `positions` and `contradictions` start from: the analysis'
 * state saved at a position of the log, so a run replays only the events
 * appended since (see docs/cli.md, "Snapshots"). A file log keeps them in
 * the folder `<log file>.snapshots/` beside it; a PostgreSQL log in its
 * schema's `snapshots` table. `--no-snapshots` neither reads nor saves one.
 *
 * @since 0.1.0
 */
import type { EventStore, SnapshotStore } from '@stancelog/core';
import { fileSnapshots } from '@stancelog/store-file';
import type { FileStore } from '@stancelog/store-file';

/**
 * The folder that keeps a file log's snapshots: the log's path with
 * `.snapshots` added (`talks.jsonl.snapshots/`). Safe to delete at any time:
 * the next run replays the log and saves a snapshot again.
 *
 * @example
 * import { snapshotFolderOf } from './snapshot-option.js'
 * assert.strictEqual(snapshotFolderOf('/data/talks.jsonl'), '/data/talks.jsonl.snapshots')
 * @category store
 * @since 0.1.0
 * @internal
 */
export function snapshotFolderOf(logPath: string): string {
  return `${logPath}.snapshots`;
}

const isSnapshotStore = (value: unknown): value is SnapshotStore =>
  typeof value === 'object' && value !== null && typeof (value as SnapshotStore).load === 'function' && typeof (value as SnapshotStore).save === 'function';

/**
 * The snapshot store kept with a store the CLI opened: a PostgreSQL store's
 * own (`store.snapshots`), a file store's folder ({@link snapshotFolderOf}),
 * none for another kind of store. Told apart by what they hold, since
 * `--store` hands the commands an `EventStore`.
 *
 * @example
 * import { mkdtempSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { memorySnapshots, openMemoryStore } from '@stancelog/core'
 * import { openFileStore } from '@stancelog/store-file'
 * import { snapshotsOf } from './snapshot-option.js'
 * assert.strictEqual(snapshotsOf(openMemoryStore()), undefined)
 * const pg = { ...openMemoryStore(), snapshots: memorySnapshots() }
 * assert.strictEqual(snapshotsOf(pg), pg.snapshots)
 * const opened = await openFileStore(join(mkdtempSync(join(tmpdir(), 'snapshots-')), 'talks.jsonl'))
 * assert.ok(opened._tag === 'Right' && snapshotsOf(opened.right) !== undefined)
 * if (opened._tag === 'Right') await opened.right.close()
 * @category store
 * @since 0.1.0
 * @internal
 */
export function snapshotsOf(store: EventStore): SnapshotStore | undefined {
  const own = (store as { snapshots?: unknown }).snapshots;
  if (isSnapshotStore(own)) return own;
  const path = (store as Partial<FileStore>).path;
  return typeof path === 'string' ? fileSnapshots(snapshotFolderOf(path)) : undefined;
}
