/**
 * @stancelog/store-file: the embedded stancelog event store, an append-only
 * JSON Lines file with a writer lock, an fsync policy and recovery of a
 * write torn by a crash; and snapshots kept as files.
 *
 * The public surface is the store, its options and what it reports; the
 * line format, the indexes and the lock are internal (tagged `@internal`).
 *
 * @packageDocumentation
 */
export { openFileStore, snapshotFolderOf } from './file-store.js';
export type { FileStore, FileStoreError, FileStoreOptions, FsyncPolicy, Recovery } from './file-store.js';
export type { TornTail } from './log-scan.js';
export { lockStatus } from './lock.js';
export type { LockHolder, LockStatus, StaleLock, StoreLockedBy } from './lock.js';
export { fileSnapshots, snapshotFiles } from './file-snapshots.js';
export type { SnapshotFile } from './file-snapshots.js';
