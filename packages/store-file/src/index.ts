/**
 * @stancelog/store-file: the embedded stancelog event store, an append-only
 * JSON Lines file with a writer lock, an fsync policy and recovery of a
 * write torn by a crash; and snapshots kept as files.
 *
 * @packageDocumentation
 */
export * from './line-format.js';
export * from './log-index.js';
export * from './log-scan.js';
export * from './id-set.js';
export * from './line-envelopes.js';
export * from './lock.js';
export * from './file-store.js';
export * from './file-snapshots.js';
