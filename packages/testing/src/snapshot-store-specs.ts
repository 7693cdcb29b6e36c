/**
 * The specifications of the snapshot-store conformance suite (internal):
 * `describeSnapshotStoreConformance` declares them with jest; the kit's own
 * tests run them one by one against stores broken on purpose, to check
 * what each failure says.
 *
 * @since 0.1.0
 */
import { isLeft } from 'fp-ts/lib/Either.js';
import { positionList, positions, project, readAll, statementMade } from '@stancelog/core';
import type { Event, EventStore, PositionsState, Projected, SnapshotStore } from '@stancelog/core';
import { errorLabel, fail, mustAppend, same } from './conformance-checks.js';
import type { SpecApi } from './conformance-checks.js';
import type { LogWithSnapshots, SnapshotConformanceHarness } from './snapshot-conformance.js';
import { isDate, isMap, isSet } from './realm-tags.js';
import { brief } from './show.js';
import { structuralDiff } from './structural-diff.js';

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
  mustAppend(await log.append(events), `appending ${events.length} statements to the log`);
}

/** A projection of positions(), from `snapshots` when given; a snapshot store that fails (snapshotError) fails the specification. */
async function projected(log: EventStore, snapshots?: SnapshotStore, snapshotEvery = 1): Promise<Projected<PositionsState>> {
  const call = snapshots ? `project(log, positions(), { snapshots, snapshotEvery: ${snapshotEvery} })` : 'project(log, positions())';
  const r = await project(log, positions(), snapshots ? { snapshots, snapshotEvery } : {});
  if (isLeft(r)) fail(`${call} failed with ${errorLabel(r.left)}`);
  if (r.right.snapshotError !== undefined) fail(`${call} told snapshotError: ${r.right.snapshotError.message}`);
  return r.right;
}

/** What a value of a state is, as messages name it. */
function kind(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (isMap(v)) return 'a Map';
  if (isSet(v)) return 'a Set';
  if (isDate(v)) return 'a Date';
  if (typeof v !== 'object') return `a ${typeof v}`;
  const proto = Object.getPrototypeOf(v);
  return proto === null || Object.getPrototypeOf(proto) === null ? 'a plain object' : `an instance of ${proto.constructor?.name ?? 'a class'}`;
}

/** The first place where `loaded` is of another kind than `saved` (a Map come back as a plain object), said as such. */
function kindChange(saved: unknown, loaded: unknown, path: string): string | undefined {
  const was = kind(saved);
  const is = kind(loaded);
  if (was !== is) return `${path} was ${was}, came back as ${is}`;
  if (isMap(saved) && isMap(loaded)) {
    for (const [k, v] of saved) {
      const change = loaded.has(k) ? kindChange(v, loaded.get(k), `${path}.get(${brief(k, 40)})`) : undefined;
      if (change !== undefined) return change;
    }
  } else if (Array.isArray(saved) && Array.isArray(loaded)) {
    for (const [i, v] of saved.entries()) {
      const change = i < loaded.length ? kindChange(v, loaded[i], `${path}[${i}]`) : undefined;
      if (change !== undefined) return change;
    }
  } else if (was === 'a plain object') {
    const a = saved as Record<string, unknown>;
    const b = loaded as Record<string, unknown>;
    for (const k of Object.keys(a)) {
      const change = k in b ? kindChange(a[k], b[k], /^[A-Za-z_$][\w$]*$/.test(k) ? `${path}.${k}` : `${path}[${brief(k, 40)}]`) : undefined;
      if (change !== undefined) return change;
    }
  }
  return undefined;
}

// What to do about a state that did not survive the round trip.
const KEEP_AS_A_CLONE = 'keep a snapshot as a structured clone does (node:v8 serialize and deserialize, as bytes or base64; structuredClone in memory): JSON turns Maps and Sets into plain objects';

/** Fails unless the state loaded is the state saved: which field changed kind (a Map come back as a plain object), or which values differ. */
function sameState(loaded: unknown, saved: unknown, what: string): void {
  const change = kindChange(saved, loaded, 'state');
  if (change !== undefined) fail(`${what}: the state loaded is not the state saved: ${change} (${KEEP_AS_A_CLONE})`);
  const differences = structuralDiff(saved, loaded, { root: 'state', limit: 3 });
  if (differences.length > 0) fail(`${what}: the state loaded is not the state saved: ${differences.join('; ')}`);
}

/**
 * Declares the snapshot-store specifications for the adapter `name` with
 * `api` (see `describeSnapshotStoreConformance`).
 */
export function declareSnapshotStoreSpecs(name: string, harness: SnapshotConformanceHarness, api: SpecApi): void {
  const { describe, it } = api;

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
    api.afterAll(async () => {
      await harness.cleanup?.();
    });

    describe('keeping snapshots', () => {
      it('loads what it saved, the event id included, as a copy the caller may change', () =>
        withPair(async ({ snapshots }) => {
          const state = (): { byIssue: Map<string, Set<string>> } => ({ byIssue: new Map([['ceasefire', new Set(['russia'])]]) });
          await snapshots.save({ reducer: 'count', version: '1', position: 12, eventId: 'event-12', state: state() });
          const what = "snapshots.load('count', '1') after a save";
          const loaded = await snapshots.load<{ byIssue: Map<string, Set<string>> }>('count', '1');
          if (loaded === undefined) fail(`${what}: loaded nothing; expected the snapshot saved`);
          same([loaded.reducer, loaded.version, loaded.position, loaded.eventId], ['count', '1', 12, 'event-12'], `${what}: its reducer, version, position and eventId`);
          sameState(loaded.state, state(), what);
          loaded.state.byIssue.clear();
          const again = await snapshots.load<{ byIssue: Map<string, Set<string>> }>('count', '1');
          same(again?.state.byIssue.size, 1, `${what}, once the state of an earlier load was changed: the size of state.byIssue (load gives a copy, never the object it keeps)`);
        }));

      it('loads nothing for another version or another reducer', () =>
        withPair(async ({ snapshots }) => {
          await snapshots.save({ reducer: 'count', version: '1', position: 3, eventId: 'event-3', state: 3 });
          same(await snapshots.load('count', '2'), undefined, "snapshots.load('count', '2'), only version 1 saved");
          same(await snapshots.load('other', '1'), undefined, "snapshots.load('other', '1'), only 'count' saved");
        }));

      it('loads a snapshot saved without an event id without one', () =>
        withPair(async ({ snapshots }) => {
          await snapshots.save({ reducer: 'count', version: '1', position: 3, state: 3 });
          const loaded = await snapshots.load<number>('count', '1');
          same(loaded && [loaded.position, loaded.eventId, loaded.state], [3, undefined, 3], "snapshots.load('count', '1') of a snapshot saved without an eventId: its position, eventId and state");
        }));
    });

    describe('projecting from a snapshot', () => {
      it('saves the id of the event at its position, and replays only the tail after it', () =>
        withPair(async ({ log, snapshots }) => {
          await append(log, statements(5, 'a'));
          const first = await projected(log, snapshots);
          const saved = await snapshots.load(positions().name, positions().version);
          same(saved && [saved.position, saved.eventId], [5, (await readAll(log))[4]!.id], 'the position and eventId of the snapshot a projection of five events saved');
          same(first.eventId, saved?.eventId, "the projection's eventId, against its snapshot's");
          await append(log, statements(2, 'a', 6));
          const second = await projected(log, snapshots);
          same([second.replayed, second.position, second.snapshotIgnored], [2, 7, undefined], 'a projection from that snapshot, two events appended since: [replayed, position, snapshotIgnored]');
          same(positionList(second.state), positionList((await projected(log)).state), 'the positions projected from the snapshot, against those of a full replay');
        }));

      it('ignores a snapshot of the log it replaced, longer or shorter, and replays the new one in full', () =>
        withPair(async (pair) => {
          await append(pair.log, statements(6, 'old'));
          await projected(pair.log, pair.snapshots);
          for (const length of [8, 4]) {
            pair = await harness.replaceLog(pair);
            await append(pair.log, statements(length, `new-${length}`));
            const r = await projected(pair.log, pair.snapshots, 1_000);
            const what = `a projection of a log of ${length} events that replaced the one the snapshot was taken of`;
            same([r.replayed, r.position, r.snapshotIgnored], [length, length, { position: length === 8 ? 6 : 8, reason: 'other-log' }], `${what}: [replayed, position, snapshotIgnored]`);
            same(positionList(r.state), positionList((await projected(pair.log)).state), `${what}: the positions, against those of a full replay`);
            // The snapshot ignored was replaced at once, though shorter than snapshotEvery: the next projection starts from it.
            const next = await projected(pair.log, pair.snapshots, 1_000);
            same([next.replayed, next.snapshotIgnored], [0, undefined], `the projection after it, from the snapshot that replaced the one ignored: [replayed, snapshotIgnored]`);
          }
          return pair;
        }));

      it('ignores a snapshot without an event id, which it cannot tie to a log, and replaces it', () =>
        withPair(async ({ log, snapshots }) => {
          await append(log, statements(4, 'a'));
          // As a release before the check saved it, from another log: four statements of the same holder, all turned.
          await snapshots.save({ reducer: positions().name, version: positions().version, position: 4, state: positions().initial() });
          const r = await projected(log, snapshots, 1_000);
          const what = 'a projection, the snapshot saved without an eventId';
          same([r.replayed, r.snapshotIgnored], [4, { position: 4, reason: 'unverifiable' }], `${what}: [replayed, snapshotIgnored]`);
          same(positionList(r.state), positionList((await projected(log)).state), `${what}: the positions, against those of a full replay`);
          same((await snapshots.load(positions().name, positions().version))?.eventId, (await readAll(log))[3]!.id, 'the eventId of the snapshot that replaced it');
        }));
    });
  });
}
