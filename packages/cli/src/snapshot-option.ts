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

const isSnapshotStore = (value: unknown): value is SnapshotStore =>
  typeof value === 'object' && value !== null && typeof (value as SnapshotStore).load === 'function' && typeof (value as SnapshotStore).save === 'function';

/**
 * The snapshot store kept with a store the CLI opened (`store.snapshots`:
 * a file store's folder beside its log, a PostgreSQL store's table), none
 * for a kind of store that keeps none. `--store` hands the commands an
 * `EventStore`, which the contract does not give snapshots.
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
 * assert.ok(opened._tag === 'Right' && snapshotsOf(opened.right) === opened.right.snapshots)
 * if (opened._tag === 'Right') await opened.right.close()
 * @category store
 * @since 0.1.0
 * @internal
 */
export function snapshotsOf(store: EventStore): SnapshotStore | undefined {
  const own = (store as { snapshots?: unknown }).snapshots;
  return isSnapshotStore(own) ? own : undefined;
}
