/**
 * @stancelog/store-postgres: the stancelog event store on PostgreSQL, for
 * many writers and readers sharing one durable log.
 *
 * @packageDocumentation
 */
export { DEFAULT_SCHEMA, logNames, schemaTarget } from './schema-name.js';
export type { LogNames } from './schema-name.js';
export { clientConfig, redactUrl } from './connection.js';
export type { ConnectionOptions } from './connection.js';
export { MIGRATIONS, OLDEST_OPENABLE_VERSION, SCHEMA_VERSION } from './migrations.js';
export type { Migration } from './migrations.js';
export { migrate } from './migrate.js';
export type { MigrateOptions, MigrateReport } from './migrate.js';
export { StoredRowError } from './stored-row.js';
export { postgresSnapshots } from './snapshots.js';
export { openPostgresStore } from './postgres-store.js';
export type { PostgresStore, PostgresStoreOptions } from './postgres-store.js';
