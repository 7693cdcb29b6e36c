/**
 * The snapshot-store conformance suite: what every {@link SnapshotStore}
 * (memory, file, PostgreSQL) must do for `project` to start from its
 * snapshots safely, as jest specifications: keep a snapshot whole (with the
 * id of the event it was taken at), and never let a snapshot of one log be
 * applied to another.
 *
 * @since 0.1.0
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { isLeft } from 'fp-ts/lib/Either.js';
import { positionList, positions, project, readAll, statementMade } from '@stancelog/core';
import type { Event, EventStore, PositionsState, Projected, SnapshotStore } from '@stancelog/core';

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

/** `n` statements of one holder on one issue, turning each `flipEvery`; `tag` tells two logs' statements apart. */
function statements(n: number, tag: string, from = 1): Event[] {
  return Array.from({ length: n }, (_, i) =>
    statementMade({
      holder: 'russia',
      issue: `issue-${(from + i) % 3}`,
      kind: (from + i) % 4 === 0 ? 'reject' : 'demand',
      polarity: (from + i) % 4 === 0 ? '-' : '+',
      statedAt: '2025-05-16',
      source: { quote: `${tag} statement ${from + i}` },
    }),
  );
}

async function append(log: EventStore, events: ReadonlyArray<Event>): Promise<void> {
  const r = await log.append(events);
  if (isLeft(r)) throw new Error(`append failed: ${r.left.message}`);
}

async function projected(log: EventStore, snapshots?: SnapshotStore, snapshotEvery = 1): Promise<Projected<PositionsState>> {
  const r = await project(log, positions(), snapshots ? { snapshots, snapshotEvery } : {});
  if (isLeft(r)) throw new Error(`project failed: ${r.left.message}`);
  return r.right;
}

/**
 * Declares the snapshot-store specifications for the adapter `name`.
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
  async function withPair(body: (pair: LogWithSnapshots) => Promise<LogWithSnapshots | void>): Promise<void> {
    const pair = await harness.open();
    let last = pair;
    try {
      last = (await body(pair)) ?? pair;
    } finally {
      await last.log.close();
    }
  }

  describe(`${name} (snapshot-store conformance)`, () => {
    afterAll(async () => {
      await harness.cleanup?.();
    });

    describe('keeping snapshots', () => {
      it('loads what it saved, the event id included, as a copy the caller may change', () =>
        withPair(async ({ snapshots }) => {
          await snapshots.save({ reducer: 'count', version: '1', position: 12, eventId: 'event-12', state: { byIssue: new Map([['ceasefire', new Set(['russia'])]]) } });
          const loaded = await snapshots.load<{ byIssue: Map<string, Set<string>> }>('count', '1');
          expect(loaded && [loaded.reducer, loaded.version, loaded.position, loaded.eventId]).toEqual(['count', '1', 12, 'event-12']);
          expect([...(loaded?.state.byIssue.get('ceasefire') ?? [])]).toEqual(['russia']);
          loaded?.state.byIssue.clear();
          const again = await snapshots.load<{ byIssue: Map<string, Set<string>> }>('count', '1');
          expect(again?.state.byIssue.size).toBe(1);
        }));

      it('loads nothing for another version or another reducer', () =>
        withPair(async ({ snapshots }) => {
          await snapshots.save({ reducer: 'count', version: '1', position: 3, eventId: 'event-3', state: 3 });
          expect(await snapshots.load('count', '2')).toBeUndefined();
          expect(await snapshots.load('other', '1')).toBeUndefined();
        }));

      it('loads a snapshot saved without an event id without one', () =>
        withPair(async ({ snapshots }) => {
          await snapshots.save({ reducer: 'count', version: '1', position: 3, state: 3 });
          const loaded = await snapshots.load<number>('count', '1');
          expect(loaded && [loaded.position, loaded.eventId, loaded.state]).toEqual([3, undefined, 3]);
        }));
    });

    describe('projecting from a snapshot', () => {
      it('saves the id of the event at its position, and replays only the tail after it', () =>
        withPair(async ({ log, snapshots }) => {
          await append(log, statements(5, 'a'));
          const first = await projected(log, snapshots);
          const saved = await snapshots.load(positions().name, positions().version);
          expect(saved && [saved.position, saved.eventId]).toEqual([5, (await readAll(log))[4]!.id]);
          expect(first.eventId).toBe(saved?.eventId);
          await append(log, statements(2, 'a', 6));
          const second = await projected(log, snapshots);
          expect([second.replayed, second.position, second.snapshotIgnored]).toEqual([2, 7, undefined]);
          expect(positionList(second.state)).toEqual(positionList((await projected(log)).state));
        }));

      it('ignores a snapshot of the log it replaced, longer or shorter, and replays the new one in full', () =>
        withPair(async (pair) => {
          await append(pair.log, statements(6, 'old'));
          await projected(pair.log, pair.snapshots);
          for (const length of [8, 4]) {
            pair = await harness.replaceLog(pair);
            await append(pair.log, statements(length, `new-${length}`));
            const r = await projected(pair.log, pair.snapshots, 1_000);
            expect([r.replayed, r.position, r.snapshotIgnored]).toEqual([length, length, { position: length === 8 ? 6 : 8, reason: 'other-log' }]);
            expect(positionList(r.state)).toEqual(positionList((await projected(pair.log)).state));
            // The snapshot ignored was replaced at once, though shorter than snapshotEvery: the next projection starts from it.
            const next = await projected(pair.log, pair.snapshots, 1_000);
            expect([next.replayed, next.snapshotIgnored]).toEqual([0, undefined]);
          }
          return pair;
        }));

      it('ignores a snapshot without an event id, which it cannot tie to a log, and replaces it', () =>
        withPair(async ({ log, snapshots }) => {
          await append(log, statements(4, 'a'));
          // As a release before the check saved it, from another log: four statements of the same holder, all turned.
          await snapshots.save({ reducer: positions().name, version: positions().version, position: 4, state: positions().initial() });
          const r = await projected(log, snapshots, 1_000);
          expect([r.replayed, r.snapshotIgnored]).toEqual([4, { position: 4, reason: 'unverifiable' }]);
          expect(positionList(r.state)).toEqual(positionList((await projected(log)).state));
          expect((await snapshots.load(positions().name, positions().version))?.eventId).toBe((await readAll(log))[3]!.id);
        }));
    });
  });
}
