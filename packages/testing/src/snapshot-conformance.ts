/**
 * The snapshot-store conformance suite: what every {@link SnapshotStore}
 * (memory, file, PostgreSQL) must do for `project` to start from its
 * snapshots safely, as jest specifications: keep a snapshot whole (with the
 * id of the event it was taken at), and never let a snapshot of one log be
 * applied to another.
 *
 * @since 0.1.0
 */
import type { EventStore, SnapshotStore } from '@stancelog/core';
import { jestSpecs } from './conformance-checks.js';
import { declareSnapshotStoreSpecs } from './snapshot-store-specs.js';

/**
 * A log and the snapshot store kept with it.
 *
 * @example
 * import { memorySnapshots, openMemoryStore } from '@stancelog/core'
 * import type { LogWithSnapshots } from '@stancelog/testing/conformance'
 * const pair: LogWithSnapshots = { log: openMemoryStore(), snapshots: memorySnapshots() }
 * assert.strictEqual(await pair.log.head(), 0)
 * @category conformance
 * @since 0.1.0
 */
export interface LogWithSnapshots {
  readonly log: EventStore;
  readonly snapshots: SnapshotStore;
}

/**
 * How the snapshot suite opens a log with its snapshot store, and replaces
 * the log under its snapshots.
 *
 * @example
 * import { memorySnapshots, openMemoryStore } from '@stancelog/core'
 * import type { SnapshotConformanceHarness } from '@stancelog/testing/conformance'
 * const harness: SnapshotConformanceHarness = {
 *   open: async () => ({ log: openMemoryStore(), snapshots: memorySnapshots() }),
 *   // Another, empty log in its place; the snapshots stay.
 *   replaceLog: async ({ snapshots }) => ({ log: openMemoryStore(), snapshots }),
 * }
 * const pair = await harness.open()
 * assert.strictEqual((await harness.replaceLog(pair)).snapshots, pair.snapshots)
 * @category conformance
 * @since 0.1.0
 */
export interface SnapshotConformanceHarness {
  /** A fresh, empty log and an empty snapshot store of its own. */
  open(): Promise<LogWithSnapshots>;
  /**
   * The log emptied or replaced in place, as a file deleted and started
   * again or a table of events restored to an earlier point would leave it,
   * its snapshots kept: the pair to use from then on (the old log may be
   * closed).
   */
  replaceLog(pair: LogWithSnapshots): Promise<LogWithSnapshots>;
  /** Remove everything the harness created. */
  cleanup?(): Promise<void>;
}

/**
 * Declares the snapshot-store specifications for the adapter `name`. The
 * first one saves a state of Maps and Sets and loads it back: a store that
 * keeps snapshots as JSON fails it with the field that did not survive
 * (`the state loaded is not the state saved: state.byIssue was a Map, came
 * back as a plain object`). Keep them as a structured clone does (see
 * `SnapshotStore` in `@stancelog/core`).
 *
 * @example
 * // doc-test: skip (declares jest suites; run by packages/testing/test/memory-store.conformance.test.ts)
 * import { memorySnapshots, openMemoryStore } from '@stancelog/core'
 * import { describeSnapshotStoreConformance } from '@stancelog/testing/conformance'
 * describeSnapshotStoreConformance('memory snapshots', {
 *   open: async () => ({ log: openMemoryStore(), snapshots: memorySnapshots() }),
 *   replaceLog: async ({ snapshots }) => ({ log: openMemoryStore(), snapshots }),
 * })
 * @category conformance
 * @since 0.1.0
 */
export function describeSnapshotStoreConformance(name: string, harness: SnapshotConformanceHarness): void {
  declareSnapshotStoreSpecs(name, harness, jestSpecs());
}
