/**
 * Projection snapshots kept beside the log, so a reader process starts from
 * its last snapshot and replays only the tail. States are serialised with
 * `node:v8` (the structured-clone format: Maps, Sets and Dates survive).
 *
 * @since 0.1.0
 */
import { deserialize, serialize } from 'node:v8';
import type pg from 'pg';
import type { Snapshot, SnapshotStore } from '@stancelog/core';
import type { LogNames } from './schema-name.js';

/**
 * A {@link SnapshotStore} in the log's `snapshots` table, keyed by reducer
 * name and version. A save never replaces a snapshot of the same reducer
 * and version taken at a later position: several readers may save
 * concurrently, and the most advanced one wins.
 *
 * @example
 * // doc-test: skip (needs a PostgreSQL server; run by the package tests)
 * import { openPostgresStore } from '@stancelog/store-postgres'
 * const r = await openPostgresStore({ url: process.env.STANCELOG_PG_URL!, migrate: true })
 * assert.strictEqual(r._tag, 'Right')
 * if (r._tag === 'Right') {
 *   await r.right.snapshots.save({ reducer: 'count', version: '1', position: 10, state: new Map([['ceasefire', 3]]) })
 *   const s = await r.right.snapshots.load<Map<string, number>>('count', '1')
 *   assert.strictEqual(s?.state.get('ceasefire'), 3)
 *   await r.right.close()
 * }
 * @category postgres
 * @since 0.1.0
 */
export function postgresSnapshots(pool: pg.Pool, names: LogNames): SnapshotStore {
  return {
    async load<S>(reducer: string, version: string): Promise<Snapshot<S> | undefined> {
      const r = await pool.query<{ position: string; state: Buffer }>(
        `select position::text, state from ${names.snapshots} where reducer = $1 and version = $2`,
        [reducer, version],
      );
      const row = r.rows[0];
      if (row === undefined) return undefined;
      return { reducer, version, position: Number(row.position), state: deserialize(row.state) as S };
    },
    async save<S>(snapshot: Snapshot<S>): Promise<void> {
      await pool.query(
        `insert into ${names.snapshots} (reducer, version, position, state) values ($1, $2, $3, $4)
         on conflict (reducer, version) do update
           set position = excluded.position, state = excluded.state, saved_at = now()
           where ${names.snapshots}.position <= excluded.position`,
        [snapshot.reducer, snapshot.version, snapshot.position, serialize(snapshot.state)],
      );
    },
  };
}
