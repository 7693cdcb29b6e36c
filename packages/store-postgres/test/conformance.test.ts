import { isLeft } from 'fp-ts/lib/Either.js';
import { openPostgresStore } from '@stancelog/store-postgres';
import type { PostgresStore } from '@stancelog/store-postgres';
import { describeEventStoreConformance, describeSnapshotStoreConformance } from '@stancelog/testing/conformance';
import { describePostgres, dropSchemas, openFresh } from './postgres-server.js';

describePostgres('PostgreSQL', (url) => {
  const schemas: string[] = [];
  describeEventStoreConformance('the PostgreSQL store', {
    // Each specification gets a log in a schema of its own.
    open: () => openFresh(url, schemas),
    async reopen(store) {
      const { schema } = store;
      await store.close();
      const r = await openPostgresStore({ url, schema });
      if (isLeft(r)) throw new Error(r.left.message);
      return r.right;
    },
    // As a newer stancelog would write them: the row's columns, and the whole record as body.
    async writeRaw(store, records) {
      const { pool, schema } = store;
      for (const record of records) {
        await pool.query(`insert into "${schema}".events (position, id, tags, body) values ($1, $2, $3, $4)`, [
          record.position,
          record.id,
          record.tags,
          JSON.stringify(record),
        ]);
      }
      return store;
    },
    cleanup: () => dropSchemas(url, schemas),
  });

  const snapshotSchemas: string[] = [];
  describeSnapshotStoreConformance('PostgreSQL snapshots', {
    async open() {
      const log = await openFresh(url, snapshotSchemas);
      return { log, snapshots: log.snapshots };
    },
    // The events deleted, as a restore of the events table to an empty point would leave them; the snapshots table stays.
    async replaceLog({ log, snapshots }) {
      const { pool, schema } = log as PostgresStore;
      await pool.query(`delete from "${schema}".events`);
      return { log, snapshots };
    },
    cleanup: () => dropSchemas(url, snapshotSchemas),
  });
});
