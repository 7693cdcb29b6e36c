import { serialize } from 'node:v8';
import {
  analysis,
  combine,
  contradictionList,
  filter,
  getPosition,
  memorySnapshots,
  ofType,
  openMemoryStore,
  positionList,
  positions,
  project,
  readAll,
  replay,
  statementMade,
} from '@stancelog/core';
import type { AnalysisState, PositionsState, Snapshot, SnapshotStore, Statement, StoredEvent } from '@stancelog/core';

const s = (over: Partial<Statement> & Pick<Statement, 'holder' | 'issue' | 'kind' | 'polarity'>): Statement => ({
  source: { quote: `${over.holder} on ${over.issue}`, publisher: 'Wire' },
  ...over,
});

/** Many statements of a few holders, days, publishers and speakers: what a real log's histories look like. */
async function busyLog(count: number) {
  const store = openMemoryStore();
  const holders = ['russia', 'ukraine', 'united-states'];
  const issues = ['ceasefire', 'territorial-concessions'];
  const batch = [];
  for (let i = 0; i < count; i++) {
    const holder = holders[i % 3]!;
    const reported = i % 5 === 0;
    batch.push(
      statementMade(
        s({
          holder,
          issue: issues[i % 2]!,
          kind: i % 7 === 0 ? 'condition' : i % 11 === 0 ? 'retract' : 'demand',
          polarity: (i >> 4) % 2 === 0 ? '+' : '-',
          ...(i % 7 === 0 ? { conditions: [{ issue: 'peace-talks', polarity: '+' as const }] } : {}),
          statedAt: `2025-0${1 + (i % 6)}-1${i % 10}`,
          ...(reported ? { speaker: { name: 'Friedrich Merz', actor: 'germany' } } : i % 3 === 1 ? { speaker: { name: 'Andrii Sybiha', actor: holder } } : {}),
          source: { quote: `statement ${i}`, publisher: `Wire ${i % 4}` },
        }),
      ),
    );
  }
  await store.append(batch, { now: new Date('2025-07-01T00:00:00Z') });
  return store;
}

/**
 * What a state holds, in plain values: each position with its history, and
 * the contradictions. (Maps copied by structuredClone are of another realm
 * than jest's, so states are compared through this view.)
 */
// Maps and Sets as arrays, whatever their realm (`instanceof` tells only jest's own).
const plainMapsAndSets = (_key: string, v: unknown): unknown => (/^\[object (Map|Set)\]$/.test(Object.prototype.toString.call(v)) ? [...(v as Iterable<unknown>)] : v);

function view(state: PositionsState | AnalysisState) {
  const ps = 'byIssue' in state ? state : state.positions;
  const histories = [...ps.byIssue.values()].flatMap((holders) => [...holders.values()].map((p) => ({ ...p, history: p.history.map((e) => ({ ...e })), current: { ...p.current }, slots: JSON.stringify(p.slots, plainMapsAndSets) })));
  return { positions: positionList(ps), histories: JSON.parse(JSON.stringify(histories)), contradictions: 'byIssue' in state ? [] : contradictionList(state) };
}

/** A snapshot store that also lets the test see what it keeps. */
function keeping(): SnapshotStore & { kept: Snapshot<unknown>[] } {
  const inner = memorySnapshots();
  const kept: Snapshot<unknown>[] = [];
  return {
    kept,
    load: (reducer, version) => inner.load(reducer, version),
    save: async (snapshot) => {
      kept.push(snapshot);
      await inner.save(snapshot);
    },
  };
}

describe('snapshots of positions and of the analysis', () => {
  it('keep each history as columns with one table of strings, and read back the state a replay gives', async () => {
    const store = await busyLog(600);
    const snapshots = keeping();
    const first = await project(store, analysis(), { snapshots, snapshotEvery: 1 });
    const kept = snapshots.kept[0]!.state as { positions: { format: string; strings: unknown[] } };
    expect(kept.positions.format).toBe('positions-columns@1');
    // Four publishers, three attributions, a few dozen days, kinds and speakers: not one string per entry.
    expect(kept.positions.strings.length).toBeLessThan(80);
    const again = await project(store, analysis(), { snapshots });
    expect(again._tag === 'Right' && again.right.replayed).toBe(0);
    const full = replay(analysis(), await readAll(store));
    const state = (again as { right: { state: AnalysisState } }).right.state;
    expect(view(state)).toEqual(view(full));
    expect(first._tag === 'Right' && view(first.right.state)).toEqual(view(full));
    expect(contradictionList(state).length).toBeGreaterThan(0);
  });

  it('take less room than the state written as objects', async () => {
    const store = await busyLog(2000);
    const state = replay(positions(), await readAll(store));
    const codec = positions().snapshot!;
    expect(serialize(codec.encode(state)).length).toBeLessThan(serialize(state).length / 2);
  });

  it("make a position's current entry the entry of its history again, as a replay has it", async () => {
    const store = await busyLog(300);
    const codec = positions().snapshot!;
    const read = codec.decode(structuredClone(codec.encode(replay(positions(), await readAll(store)))));
    for (const holder of ['russia', 'ukraine', 'united-states']) {
      const p = getPosition(read, holder, 'ceasefire')!;
      expect(p.history.includes(p.current)).toBe(true);
    }
  });

  it('give back the entries with the fields, and field order, of entries replayed', async () => {
    const store = await busyLog(50);
    const codec = positions().snapshot!;
    const replayed = replay(positions(), await readAll(store));
    const read = codec.decode(structuredClone(codec.encode(replayed)));
    const entry = getPosition(read, 'russia', 'ceasefire')!.history[0]!;
    expect(Object.keys(entry)).toEqual(Object.keys(getPosition(replayed, 'russia', 'ceasefire')!.history[0]!));
    expect(Number.isInteger(entry.position) && Number.isInteger(entry.validFrom)).toBe(true);
  });

  it('read a snapshot saved as a plain state, before histories were kept as columns, as it is', async () => {
    const store = await busyLog(40);
    const events = await readAll(store);
    const snapshots = memorySnapshots();
    const head = events[events.length - 1]!;
    // As an earlier release saved it: the state itself.
    await snapshots.save<PositionsState>({ reducer: positions().name, version: positions().version, position: head.position, eventId: head.id, state: replay(positions(), events) });
    const r = await project(store, positions(), { snapshots });
    expect(r._tag === 'Right' && [r.right.replayed, r.right.snapshotIgnored]).toEqual([0, undefined]);
    expect(r._tag === 'Right' && positionList(r.right.state)).toEqual(positionList(replay(positions(), events)));
  });

  it('are kept by combined and filtered reducers, each part by its own codec', async () => {
    const store = await busyLog(200);
    const snapshots = keeping();
    const both = combine({ positions: ofType('statement-made')(positions()), analysis: filter((_e: StoredEvent) => true, 'all')(analysis()) });
    await project(store, both, { snapshots, snapshotEvery: 1 });
    const kept = snapshots.kept[0]!.state as { positions: { format: string }; analysis: { positions: { format: string } } };
    expect([kept.positions.format, kept.analysis.positions.format]).toEqual(['positions-columns@1', 'positions-columns@1']);
    const again = await project(store, both, { snapshots });
    expect(again._tag === 'Right' && again.right.replayed).toBe(0);
    const full = replay(both, await readAll(store));
    expect(again._tag === 'Right' && [view(again.right.state.positions), view(again.right.state.analysis)]).toEqual([view(full.positions), view(full.analysis)]);
  });
});
