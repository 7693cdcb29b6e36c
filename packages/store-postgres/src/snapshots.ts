/**
 * Projection snapshots kept beside the log, so a reader process starts from
 * its last snapshot and replays only the tail. States are serialised with
 * `node:v8` (the structured-clone format: Maps, Sets and Dates survive).
 *
 * @since 0.1.0
 */
import { deserialize, serialize } from 'node:v8';
import type * as pg from 'pg';
import type { Snapshot, SnapshotStore } from '@stancelog/core';
import type { LogNames } from './schema-name.js';

// undefined_column: a schema of version 2 or older, whose snapshots table has no event_id yet.
const isMissingColumn = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === '42703';
// insufficient_privilege: a reader's role granted select on the snapshots table, and not the right to save one.
const isDenied = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === '42501';

/**
 * A {@link SnapshotStore} in the log's `snapshots` table, keyed by reducer
 * name and version, with the id of the event at the snapshot's position
 * (`event_id`, schema version 3) that `project` checks against the log. A
 * save never replaces a snapshot of the same reducer and version taken at
 * a later position, as long as that one belongs to this log (the events
 * table holds its event at its position): several readers may save
 * concurrently, and the most advanced one wins, while a snapshot left by
 * the log's events before they were replaced gives way to the first new one.
 *
 * On a schema of version 2 or older (opened without migrating), snapshots
 * load without their event, so `project` ignores them, and a save fails,
 * saying to run `stancelog store migrate`.
 *
 * @example
 * // doc-test: skip (needs a PostgreSQL server; run by the package tests)
 * import { openPostgresStore } from '@stancelog/store-postgres'
 * const r = await openPostgresStore({ url: process.env.STANCELOG_PG_URL!, migrate: true })
 * assert.strictEqual(r._tag, 'Right')
 * if (r._tag === 'Right') {
 *   await r.right.snapshots.save({ reducer: 'count', version: '1', position: 10, eventId: 'e10', state: new Map([['ceasefire', 3]]) })
 *   const s = await r.right.snapshots.load<Map<string, number>>('count', '1')
 *   assert.strictEqual(s?.state.get('ceasefire'), 3)
 *   assert.strictEqual(s?.eventId, 'e10')
 *   await r.right.close()
 * }
 * @category postgres
 * @since 0.1.0
 */
export function postgresSnapshots(pool: pg.Pool, names: LogNames): SnapshotStore {
  const select = async (withEvent: boolean, reducer: string, version: string) =>
    pool.query<{ position: string; event_id: string | null; state: Buffer }>(
      `select position::text, ${withEvent ? 'event_id' : 'null::text as event_id'}, state from ${names.snapshots} where reducer = $1 and version = $2`,
      [reducer, version],
    );
  return {
    async load<S>(reducer: string, version: string): Promise<Snapshot<S> | undefined> {
      let r;
      try {
        r = await select(true, reducer, version);
      } catch (error) {
        if (!isMissingColumn(error)) throw error;
        r = await select(false, reducer, version);
      }
      const row = r.rows[0];
      if (row === undefined) return undefined;
      const state = deserialize(row.state) as S;
      return { reducer, version, position: Number(row.position), ...(row.event_id !== null ? { eventId: row.event_id } : {}), state };
    },
    async save<S>(snapshot: Snapshot<S>): Promise<void> {
      try {
        await pool.query(
          `insert into ${names.snapshots} as s (reducer, version, position, event_id, state) values ($1, $2, $3, $4, $5)
           on conflict (reducer, version) do update
             set position = excluded.position, event_id = excluded.event_id, state = excluded.state, saved_at = now()
             where s.position <= excluded.position
               or not exists (select 1 from ${names.events} e where e.position = s.position and e.id = s.event_id)`,
          [snapshot.reducer, snapshot.version, snapshot.position, snapshot.eventId ?? null, serialize(snapshot.state)],
        );
      } catch (error) {
        // The grant it lacks, as an append refused names its own (docs/postgres.md, Roles).
        if (isDenied(error)) {
          throw new Error(
            `${(error as Error).message} (SQLSTATE 42501): this role may read snapshots but not save them: grant it insert, update on ${names.snapshots} (docs/postgres.md, Roles)`,
            { cause: error },
          );
        }
        if (!isMissingColumn(error)) throw error;
        throw new Error(
          `schema ${names.schema} is older than version 3, whose snapshots record the event they were taken at: run stancelog store migrate --store <this URL>`,
          { cause: error },
        );
      }
    },
  };
}
