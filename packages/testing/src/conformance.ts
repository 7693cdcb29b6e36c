/**
 * The event-store conformance suite: the behaviour every storage adapter
 * (memory, file, PostgreSQL) must show, as jest specifications. An adapter's
 * test file calls {@link describeEventStoreConformance} with a harness that
 * opens fresh stores.
 *
 * @module @stancelog/testing/conformance
 * @since 0.1.0
 */
import type { EventStore } from '@stancelog/core';
import { jestSpecs } from './conformance-checks.js';
import { declareEventStoreSpecs } from './event-store-specs.js';

// A specification waits up to 10 s for a delivery, a close or an
// unsubscribe, longer than jest's default test timeout of 5 s: under that, a
// store that never delivers failed with jest's bare "Exceeded timeout"
// instead of naming what was awaited. Each specification of the suite has
// 30 s, whatever the timeout of the project that runs it.
const SPEC_TIMEOUT_MS = 30_000;

/**
 * How the suite opens, reopens and removes stores of one adapter. `S` is
 * the adapter's own store type, inferred from `open`: `reopen` and
 * `writeRaw` get the store `open` gave, with its own fields (a path, a
 * schema), no cast needed.
 *
 * @example
 * import { openMemoryStore } from '@stancelog/core'
 * import type { ConformanceHarness } from '@stancelog/testing/conformance'
 * // No reopen: a memory store does not outlive itself, so the durability checks are skipped.
 * const harness: ConformanceHarness = { open: async () => openMemoryStore() }
 * const store = await harness.open()
 * assert.strictEqual(await store.head(), 0) // each open gives a fresh, empty store
 * @category conformance
 * @since 0.1.0
 */
export interface ConformanceHarness<S extends EventStore = EventStore> {
  /** A fresh, empty store. */
  open(): Promise<S>;
  /** Close and reopen the same store (for durability checks); omit for stores that cannot. */
  reopen?(store: S): Promise<S>;
  /** Remove everything the harness created. */
  cleanup?(): Promise<void>;
  /**
   * Write records to the store's storage as they are, as a newer version of
   * stancelog would (with event types this one does not know), and return
   * the store to use from then on. Each record is a whole stored event,
   * envelope included (`id`, `position` following the log's head,
   * `recordedAt`, `schema`, `tags`, `type`, `data`); `store` is open when
   * given: close it (or write beside it) and return a store opened anew on
   * the storage. Omit when the harness cannot; the check that unknown types
   * are skipped is then left out.
   */
  writeRaw?(store: S, records: ReadonlyArray<Record<string, unknown>>): Promise<S>;
}

/**
 * Declares the conformance specifications for the adapter `name`. A
 * failure is a sentence that names what the suite did, what came back and
 * what it expected (jest shows no code of a file under `node_modules`):
 * `an append with expectedPosition 0 to a log at 1: the append succeeded
 * (head 2, appended [2]); expected an AppendConflict { expected: 0,
 * actual: 1 }, appending nothing`. What it waits for (a delivery, a close)
 * it waits for 10 s at most, and says what it saw.
 *
 * @example
 * // doc-test: skip (declares jest suites; run by packages/testing/test/memory-store.conformance.test.ts)
 * import { openMemoryStore } from '@stancelog/core'
 * import { describeEventStoreConformance } from '@stancelog/testing/conformance'
 * describeEventStoreConformance('memory store', { open: async () => openMemoryStore() })
 * @category conformance
 * @since 0.1.0
 */
export function describeEventStoreConformance<S extends EventStore>(name: string, harness: ConformanceHarness<S>): void {
  declareEventStoreSpecs(name, harness, jestSpecs(SPEC_TIMEOUT_MS));
}
export * from './snapshot-conformance.js';
