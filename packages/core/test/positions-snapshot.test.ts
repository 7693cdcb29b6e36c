import { serialize } from 'node:v8';
import {
  allContradictions,
  analysis,
  combine,
  contradictionList,
  emptyContradictions,
  filter,
  getPosition,
  memorySnapshots,
  openContradiction,
  ofType,
  openMemoryStore,
  positionList,
  positions,
  project,
  readAll,
  replay,
  resolveContradiction,
  statementMade,
} from '@stancelog/core';
import type { AnalysisState, ContradictionsState, PositionsState, Snapshot, SnapshotStore, Statement, StoredEvent } from '@stancelog/core';
import { decodeLedger, encodeLedger } from '../src/ledger-snapshot.js';
import { IdTable, ShapeTable, decodeIds, decodeShapes, narrow } from '../src/snapshot-columns.js';

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
 * Twelve holders on five issues, half of them holding to their stance and
 * half turning every five days: the ledger keeps a record for each pair
 * that disagrees, opened again and again (`#2`, `#3`, ...).
 */
async function quarrelsomeLog(count: number) {
  const store = openMemoryStore();
  const batch = [];
  for (let i = 0; i < count; i++) {
    const h = i % 12;
    const day = Math.floor(i / 20);
    const plus = h < 6 || Math.floor(day / 5) % 2 === 0;
    batch.push(
      statementMade(
        s({
          holder: `holder-${h}`,
          issue: `issue-${i % 5}`,
          kind: plus ? 'demand' : 'reject',
          polarity: plus ? '+' : '-',
          statedAt: new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10),
          source: { quote: `statement ${i}`, publisher: `Wire ${i % 4}` },
        }),
      ),
    );
  }
  await store.append(batch, { now: new Date('2025-07-01T00:00:00Z') });
  return store;
}

/** The ledger in plain values: each issue's records and statuses, in their order, fields undefined or missing alike. */
const ledgerView = (state: ContradictionsState) =>
  JSON.parse(JSON.stringify([...state.byIssue].map(([issue, l]) => [issue, [...l.records], [...l.status]])));

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
    expect(kept.positions.format).toBe('positions-columns@2');
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
    expect([kept.positions.format, kept.analysis.positions.format]).toEqual(['positions-columns@2', 'positions-columns@2']);
    const again = await project(store, both, { snapshots });
    expect(again._tag === 'Right' && again.right.replayed).toBe(0);
    const full = replay(both, await readAll(store));
    expect(again._tag === 'Right' && [view(again.right.state.positions), view(again.right.state.analysis)]).toEqual([view(full.positions), view(full.analysis)]);
  });

  it("keep the ledger as columns, a statement as an index into the snapshot's one table of ids, and read back the records and statuses a replay gives", async () => {
    const store = await quarrelsomeLog(3000);
    const snapshots = keeping();
    await project(store, analysis(), { snapshots, snapshotEvery: 1 });
    const kept = snapshots.kept[0]!.state as { format: string; contradictions: { records: { statements: ArrayLike<number> } }; ids: { count: number; packed: Uint8Array } };
    expect(kept.format).toBe('analysis-columns@1');
    // The ids of the statements are the table's, 16 bytes each: the ledger names each by its index.
    expect(kept.ids.packed.length).toBe(kept.ids.count * 16);
    expect(typeof kept.contradictions.records.statements[0]).toBe('number');
    const again = await project(store, analysis(), { snapshots });
    expect(again._tag === 'Right' && again.right.replayed).toBe(0);
    const state = (again as { right: { state: AnalysisState } }).right.state;
    const full = replay(analysis(), await readAll(store));
    const records = [...allContradictions(full.contradictions)];
    // Opened again and again, resolved by a statement: what the ledger's encoding must give back.
    expect(records.some((r) => r.id.endsWith('#3')) && records.some((r) => r.resolvedBy !== undefined)).toBe(true);
    expect(ledgerView(state.contradictions)).toEqual(ledgerView(full.contradictions));
    expect(view(state)).toEqual(view(full));
    // Records read back have the fields, in the order, of records replayed.
    expect(Object.keys(allContradictions(state.contradictions).next().value!)).toEqual(Object.keys(records[0]!));
  });

  it("take a quarter of the room of the analysis' state written as objects, where the ledger holds many records", async () => {
    const state = replay(analysis(), await readAll(await quarrelsomeLog(3000)));
    expect(allContradictions(state.contradictions).next().done).toBe(false);
    expect(serialize(analysis().snapshot!.encode(state)).length).toBeLessThan(serialize(state).length / 4);
  });

  it('refuse a snapshot kept in an older encoding, replaying the state rather than misreading it', async () => {
    const store = await busyLog(40);
    const events = await readAll(store);
    const head = events[events.length - 1]!;
    const snapshots = memorySnapshots();
    // The positions as the previous encoding wrote them (an empty state, to be misread as one), under this version.
    const older = { format: 'positions-columns@1', strings: [undefined], conditions: [[]], byIssue: new Map(), rest: {} };
    await snapshots.save({ reducer: positions().name, version: positions().version, position: head.position, eventId: head.id, state: older });
    const r = await project(store, positions(), { snapshots });
    expect(r._tag === 'Right' && [r.right.replayed, r.right.snapshotError?.message]).toEqual([events.length, expect.stringMatching(/^loading the snapshot of positions: /)]);
    expect(r._tag === 'Right' && positionList(r.right.state)).toEqual(positionList(replay(positions(), events)));
    // The analysis' snapshot of the previous encoding: its positions as columns, its ledger as objects.
    await snapshots.save({ reducer: analysis().name, version: analysis().version, position: head.position, eventId: head.id, state: { registry: {}, positions: older, contradictions: emptyContradictions(), rules: new Map() } });
    const a = await project(store, analysis(), { snapshots });
    expect(a._tag === 'Right' && [a.right.replayed, a.right.snapshotError?.message]).toEqual([events.length, expect.stringMatching(/^loading the snapshot of analysis: /)]);
  });

  it('give back ids that are not 32 hex digits, and numbers of every kind, as they were', () => {
    const table = new IdTable();
    const ids = ['b309ccbb8cfa66dd43ec3e66400c7f72', 'an-id-of-my-own', 'B309CCBB8CFA66DD43EC3E66400C7F72', '', '00000000000000000000000000000000'];
    for (const id of ids) table.push(id);
    expect(table.of('another')).toBe(5);
    expect(table.of('an-id-of-my-own')).toBe(1);
    expect(decodeIds(structuredClone(table.encode()))).toEqual([...ids, 'another']);
    const numbers = [0, 1, -1, 255, 65_536, 2 ** 32, -(2 ** 40), 1.5, -0, NaN, Infinity];
    expect([...narrow(numbers)]).toEqual(numbers);
    expect(Object.is(narrow([-0])[0], -0)).toBe(true);
    expect(narrow([1, 200]).BYTES_PER_ELEMENT).toBe(1);
    expect(narrow([1, 70_000]).BYTES_PER_ELEMENT).toBe(4);
  });

  it("give back a ledger's records whose ids are not their contradiction's numbers, and summaries of any spacing", () => {
    const ledger = emptyContradictions();
    const spec = { type: 'reversal', key: 'ceasefire:russia', issues: ['ceasefire'], actors: ['russia'], statements: ['a', 'b'], summary: ' russia  turned ' };
    openContradiction(ledger, { ...spec, since: { time: 1, label: '2025-03-01' } });
    resolveContradiction(ledger, 'reversal', 'ceasefire', 'ceasefire:russia', { time: 2, label: '2025-04-01' }, 'c');
    openContradiction(ledger, { ...spec, summary: '', since: { time: 3.5, label: '2025-05-01' } });
    const records = ledger.byIssue.get('ceasefire')!.records;
    // A rule of one's own may file a record under an id of its own.
    records.set('mine', { ...records.get('reversal:ceasefire:russia')!, id: 'mine', key: 'no-colon' });
    ledger.byIssue.get('ceasefire')!.status.set('typeless', { opened: 1, open: 'elsewhere' });
    const ids = new IdTable();
    const encoded = encodeLedger(ledger, ids);
    expect(ledgerView(decodeLedger(structuredClone(encoded), decodeIds(ids.encode())))).toEqual(ledgerView(ledger));
  });

  it("keep the rules' slots with each object's field names once, giving back what was shared shared, and values of other kinds as they were", async () => {
    const state = replay(analysis(), await readAll(await quarrelsomeLog(600)));
    const kept = analysis().snapshot!.encode(state) as { positions: { shapes: unknown[]; byIssue: Map<string, Map<string, { slots: unknown }>> } };
    // A few sets of field names for all the positions' slots, not one per object.
    expect(kept.positions.shapes.length).toBeLessThan(20);
    expect(JSON.stringify([...kept.positions.byIssue.values()][0]!.values().next().value!.slots)).not.toMatch(/newestPlus/);
    class Counter {
      n = 1;
    }
    const bare = Object.assign(Object.create(null) as Record<string, number>, { n: 2 });
    const shared = { kind: 'demand', at: 3 };
    const cycle: { self?: unknown; items: unknown[] } = { items: [shared, shared] };
    cycle.self = cycle;
    const slots = [cycle, new Map([['a', shared]]), new Set([shared]), new Date(0), new Counter(), bare, [undefined, null, 'x', 1.5], { b: 1, a: 2 }, { a: 2, b: 1 }];
    const table = new ShapeTable();
    const encoded = table.encode(slots);
    const read = decodeShapes(table.shapes, structuredClone(encoded), new Map()) as typeof slots;
    const [c, m, set, date, counter, noProto, list, ba, ab] = read as [typeof cycle, Map<string, unknown>, Set<unknown>, Date, Counter, Record<string, number>, unknown[], object, object];
    expect(c.self).toBe(c);
    expect(c.items[0]).toBe(c.items[1]);
    expect([m.get('a'), [...set][0]]).toEqual([c.items[0], c.items[0]]);
    expect(m.get('a')).toBe(c.items[0]);
    // A class instance and an object without a prototype come back as the structured clone gives them: plain objects.
    expect([date.getTime(), counter, noProto.n, list]).toEqual([0, { n: 1 }, 2, [undefined, null, 'x', 1.5]]);
    // Fields in their order: two orders, two shapes.
    expect([Object.keys(ba), Object.keys(ab)]).toEqual([['b', 'a'], ['a', 'b']]);
  });
});
