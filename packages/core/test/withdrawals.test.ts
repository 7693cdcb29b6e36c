import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import fc from 'fast-check';
import {
  analysis,
  contradictionList,
  eventId,
  eventsAsOf,
  eventWithdrawn,
  follow,
  getPosition,
  memorySnapshots,
  openMemoryStore,
  positionList,
  positions,
  project,
  readAll,
  registry,
  replay,
  statementMade,
  withdrawalsOf,
  withoutWithdrawn,
} from '@stancelog/core';
import { checkAppend, prepareBatch, TagIndex } from '@stancelog/core/store-kit';
import type { AnalysisState, AsOf, EventStore, NewEvent, Statement, StoredEvent } from '@stancelog/core';
import { arbEvents, structuralDiff } from '@stancelog/testing';

const s = (over: Partial<Statement> & Pick<Statement, 'holder' | 'issue' | 'kind' | 'polarity'>): Statement => ({
  source: { quote: `${over.holder} on ${over.issue}`, publisher: 'Wire' },
  statedAt: '2025-03-11',
  ...over,
});

const kyivDemands = statementMade(s({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+' }));
const moscowRejects = statementMade(s({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13' }));

async function append(store: EventStore, events: NewEvent[], now?: string): Promise<StoredEvent[]> {
  const r = await store.append(events, now ? { now: new Date(now) } : {});
  if (isLeft(r)) throw new Error(r.left.message);
  return [...r.right.appended];
}

/** Both ways the library honours withdrawals: `project` over the store, and `withoutWithdrawn` over events in memory. */
async function analyseBothWays(store: EventStore, asOf?: AsOf): Promise<AnalysisState> {
  const projected = await project(store, analysis(), asOf ? { asOf } : {});
  if (isLeft(projected)) throw new Error(projected.left.message);
  const { visibleAt } = await import('@stancelog/core');
  const events = await readAll(store);
  const inMemory = replay(analysis(), withoutWithdrawn(asOf ? events.filter(visibleAt(asOf)) : events));
  expect(contradictionList(projected.right.state)).toEqual(contradictionList(inMemory));
  expect(positionList(projected.right.state)).toEqual(positionList(inMemory));
  return projected.right.state;
}

const types = (state: AnalysisState) => contradictionList(state).map((c) => `${c.type} ${c.status}`);

describe('withdrawing an event', () => {
  it('leaves the withdrawn statement out of positions and contradictions, and keeps it in the log', async () => {
    const store = openMemoryStore();
    const [, rejects] = await append(store, [kyivDemands, moscowRejects]);
    expect(types(await analyseBothWays(store))).toEqual(['incompatible open']);
    await append(store, [eventWithdrawn(rejects!.id, 'misquoted: the outlet corrected its report')]);
    const state = await analyseBothWays(store);
    expect(types(state)).toEqual([]);
    expect(getPosition(state.positions, 'russia', 'ceasefire')).toBeUndefined();
    expect((await readAll(store)).map((e) => e.type)).toEqual(['statement-made', 'statement-made', 'event-withdrawn']);
  });

  it('is restored when its withdrawal is withdrawn, and withdrawn again when that is withdrawn in turn', async () => {
    const store = openMemoryStore();
    const [, rejects] = await append(store, [kyivDemands, moscowRejects]);
    const [first] = await append(store, [eventWithdrawn(rejects!.id, 'misquoted')]);
    const [second] = await append(store, [eventWithdrawn(first!.id, 'the quote was right after all')]);
    expect(types(await analyseBothWays(store))).toEqual(['incompatible open']);
    await append(store, [eventWithdrawn(second!.id, 'no: the outlet did correct it')]);
    expect(types(await analyseBothWays(store))).toEqual([]);
  });

  it('is refused for an event the log does not hold yet, nothing of the batch appended: it could never apply', async () => {
    const store = openMemoryStore();
    const r = await store.append([kyivDemands, eventWithdrawn(eventId(moscowRejects), 'withdrawn before it was ever entered')]);
    expect(isLeft(r) && r.left).toMatchObject({ _tag: 'InvalidEvent', index: 1 });
    expect(await store.head()).toBe(0);
  });

  it('applies only to an event before it in the log: in a log that holds one in advance (stores took them once), the id still counts', () => {
    const prepared = prepareBatch([eventWithdrawn(eventId(moscowRejects), 'withdrawn before it was ever entered'), kyivDemands, moscowRejects]);
    if (isLeft(prepared)) throw new Error(prepared.left.message);
    const log: StoredEvent[] = prepared.right.map((e, i) => ({ ...e, position: i + 1 }) as StoredEvent);
    expect(types(replay(analysis(), withoutWithdrawn(log)))).toEqual(['incompatible open']);
  });

  it('counts from when the log recorded it: what was known before the correction still shows the statement', async () => {
    const store = openMemoryStore();
    const [, rejects] = await append(store, [kyivDemands, moscowRejects], '2025-03-14T09:00:00Z');
    await append(store, [eventWithdrawn(rejects!.id, 'misquoted')], '2025-04-01T09:00:00Z');
    expect(types(await analyseBothWays(store, { recordedTime: '2025-03-31' }))).toEqual(['incompatible open']);
    expect(types(await analyseBothWays(store, { recordedTime: '2025-04-01' }))).toEqual([]);
    // Valid time does not hide a correction: the statement is withdrawn from every day it was said.
    expect(types(await analyseBothWays(store, { validTime: '2025-03-20' }))).toEqual([]);
  });

  it('withdraws registry events too: a wrong parent issue no longer applies', async () => {
    const store = openMemoryStore();
    const [wrong] = await append(store, [{ type: 'issue-defined', data: { id: 'black-sea', title: 'Black Sea', proposition: 'safe navigation', parent: 'ceasefire' } }]);
    await append(store, [eventWithdrawn(wrong!.id, 'not a part of the ceasefire talks')]);
    const r = await project(store, registry());
    expect(isRight(r) && [...r.right.state.issues.keys()]).toEqual([]);
  });

  it('is stored once when appended twice, like any event with the same content', async () => {
    const store = openMemoryStore();
    const [, rejects] = await append(store, [kyivDemands, moscowRejects]);
    await append(store, [eventWithdrawn(rejects!.id, 'misquoted')]);
    await append(store, [eventWithdrawn(rejects!.id, 'misquoted')]);
    expect(await store.head()).toBe(3);
  });

  it('refuses a withdrawal that names no event id or gives no reason, naming the field', async () => {
    const store = openMemoryStore();
    const short = await store.append([eventWithdrawn('3f2a9c1b', 'a prefix')]);
    expect(isLeft(short) && short.left.message).toMatch(/data\.event.*an event id \(32 lowercase hex digits/);
    const blank = await store.append([eventWithdrawn('3f2a9c1b0d4e5f60718293a4b5c6d7e8', '  ')]);
    expect(isLeft(blank) && blank.left.message).toMatch(/data\.reason.*a reason \(a non-empty text\)/);
    expect(await store.head()).toBe(0);
  });

  it('refuses a withdrawal of an id that is neither in the log nor before it in the batch, naming it as event N of the batch', async () => {
    const store = openMemoryStore();
    await append(store, [kyivDemands]);
    const stray = 'f'.repeat(32);
    const r = await store.append([moscowRejects, eventWithdrawn(stray, 'entered twice')]);
    expect(isLeft(r) && r.left).toMatchObject({
      _tag: 'InvalidEvent',
      index: 1,
      message: `event 2 of the batch: data.event: no event ${stray} in the log or before the withdrawal in the batch (a withdrawal takes back an earlier event)`,
    });
    expect(await store.head()).toBe(1);
  });

  it("names such a withdrawal by its index in the caller's array when the batch repeats an event (kept once in the log)", async () => {
    const store = openMemoryStore();
    const stray = '0123456789abcdef0123456789abcdef';
    const events = [moscowRejects, moscowRejects, moscowRejects, eventWithdrawn(stray, 'typo')];
    const r = await store.append(events);
    // An app that highlights events[index] highlights the withdrawal, not the second statement.
    expect(isLeft(r) && r.left._tag === 'InvalidEvent' && [r.left.index, events[r.left.index]!.type, r.left.message]).toEqual([
      3,
      'event-withdrawn',
      `event 4 of the batch: data.event: no event ${stray} in the log or before the withdrawal in the batch (a withdrawal takes back an earlier event)`,
    ]);
    expect(await store.head()).toBe(0);
  });

  it('names such a withdrawal by its line when the batch came from a file', () => {
    const stray = '0123456789abcdef0123456789abcdef';
    const prepared = prepareBatch([moscowRejects, moscowRejects, eventWithdrawn(stray, 'typo')], { lines: [2, 5, 9] });
    const r = isRight(prepared) ? checkAppend(prepared.right, {}, { head: 0, has: () => false, at: () => undefined, positionOf: () => undefined, tags: new TagIndex() }) : prepared;
    expect(isLeft(r) && r.left).toMatchObject({ _tag: 'InvalidEvent', index: 2, line: 9, message: expect.stringMatching(/^line 9: data\.event: no event /) });
  });

  it('lists the withdrawals in force by the event they withdraw', async () => {
    const store = openMemoryStore();
    const [demands, rejects] = await append(store, [kyivDemands, moscowRejects]);
    const [w1] = await append(store, [eventWithdrawn(demands!.id, 'entered twice')]);
    await append(store, [eventWithdrawn(rejects!.id, 'misquoted'), eventWithdrawn(w1!.id, 'not a duplicate')]);
    const inForce = withdrawalsOf(await readAll(store));
    expect([...inForce].map(([id, w]) => [id, w.data.reason])).toEqual([
      [w1!.id, 'not a duplicate'],
      [rejects!.id, 'misquoted'],
    ]);
  });
});

describe('project with snapshots and withdrawals', () => {
  it('folds again from the start when a withdrawal names an event inside the snapshot, and saves a snapshot that agrees', async () => {
    const store = openMemoryStore();
    const snapshots = memorySnapshots();
    const [, rejects] = await append(store, [kyivDemands, moscowRejects]);
    const first = await project(store, analysis(), { snapshots, snapshotEvery: 1 });
    expect(isRight(first) && types(first.right.state)).toEqual(['incompatible open']);
    await append(store, [eventWithdrawn(rejects!.id, 'misquoted')]);
    const second = await project(store, analysis(), { snapshots, snapshotEvery: 1 });
    expect(isRight(second) && [types(second.right.state), second.right.position, second.right.replayed]).toEqual([[], 3, 3]);
    // Nothing new: the snapshot saved by the second projection is the state, withdrawal applied.
    const third = await project(store, analysis(), { snapshots, snapshotEvery: 1 });
    expect(isRight(third) && [types(third.right.state), third.right.replayed]).toEqual([[], 0]);
    // A tail without withdrawals goes on from the snapshot.
    await append(store, [statementMade(s({ holder: 'russia', issue: 'ceasefire', kind: 'red-line', polarity: '-', statedAt: '2025-03-20' }))]);
    const fourth = await project(store, analysis(), { snapshots, snapshotEvery: 1 });
    expect(isRight(fourth) && [types(fourth.right.state), fourth.right.replayed]).toEqual([['incompatible open'], 1]);
  });

  it('folds only the tail when its withdrawals take back events of the tail (a correction of a statement appended since)', async () => {
    const store = openMemoryStore();
    const snapshots = memorySnapshots();
    await append(store, [kyivDemands]);
    await project(store, analysis(), { snapshots, snapshotEvery: 1 });
    const [rejects] = await append(store, [moscowRejects]);
    const [withdrawal] = await append(store, [eventWithdrawn(rejects!.id, 'misdated'), statementMade(s({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-14' }))]);
    const r = await project(store, analysis(), { snapshots, snapshotEvery: 1 });
    // The tail is three events, read twice; the one before the snapshot is not read again.
    expect(isRight(r) && [r.right.position, r.right.replayed]).toEqual([4, 3]);
    expect(isRight(r) && contradictionList(r.right.state)).toEqual(contradictionList(await analyseBothWays(store)));
    // That withdrawal is in the snapshot saved since: withdrawn in turn, it restores the statement, read from the start.
    await append(store, [eventWithdrawn(withdrawal!.id, 'the first date was right')]);
    const restored = await project(store, analysis(), { snapshots });
    expect(isRight(restored) && [restored.right.replayed, getPosition(restored.right.state.positions, 'russia', 'ceasefire')!.history.length]).toEqual([5, 2]);
    expect(isRight(restored) && positionList(restored.right.state)).toEqual(positionList(await analyseBothWays(store)));
  });

  it('restores an event of the tail whose withdrawal, of the tail too, is withdrawn, from the snapshot', async () => {
    const store = openMemoryStore();
    const snapshots = memorySnapshots();
    await append(store, [kyivDemands]);
    await project(store, analysis(), { snapshots, snapshotEvery: 1 });
    const [rejects] = await append(store, [moscowRejects]);
    const [w] = await append(store, [eventWithdrawn(rejects!.id, 'misquoted')]);
    await append(store, [eventWithdrawn(w!.id, 'the quote stands')]);
    const r = await project(store, analysis(), { snapshots });
    expect(isRight(r) && [r.right.replayed, types(r.right.state)]).toEqual([3, ['incompatible open']]);
  });

  it('folds again from the start when the snapshot cannot be loaded again for the tail (another saved since)', async () => {
    const store = openMemoryStore();
    const kept = memorySnapshots();
    let loads = 0;
    const snapshots = { load: <S>(name: string, version: string) => (++loads === 2 ? Promise.resolve(undefined) : kept.load<S>(name, version)), save: kept.save.bind(kept) };
    await append(store, [kyivDemands]);
    await project(store, analysis(), { snapshots: kept, snapshotEvery: 1 });
    const [rejects] = await append(store, [moscowRejects]);
    await append(store, [eventWithdrawn(rejects!.id, 'misquoted')]);
    const r = await project(store, analysis(), { snapshots });
    expect(isRight(r) && [loads, r.right.replayed, types(r.right.state)]).toEqual([2, 3, []]);
  });

  it('restores, from a snapshot, an event whose withdrawal is withdrawn later', async () => {
    const store = openMemoryStore();
    const snapshots = memorySnapshots();
    const [, rejects] = await append(store, [kyivDemands, moscowRejects]);
    const [w] = await append(store, [eventWithdrawn(rejects!.id, 'misquoted')]);
    const before = await project(store, positions(), { snapshots, snapshotEvery: 1 });
    expect(isRight(before) && before.right.state.byIssue.get('ceasefire')?.size).toBe(1);
    await append(store, [eventWithdrawn(w!.id, 'the quote stands')]);
    const after = await project(store, positions(), { snapshots, snapshotEvery: 1 });
    expect(isRight(after) && after.right.state.byIssue.get('ceasefire')?.size).toBe(2);
  });

  it('keeps the withdrawals made before the snapshot when a later one folds everything again', async () => {
    const store = openMemoryStore();
    const snapshots = memorySnapshots();
    const [demands, rejects] = await append(store, [kyivDemands, moscowRejects]);
    await append(store, [eventWithdrawn(demands!.id, 'entered under the wrong holder')]);
    await project(store, positions(), { snapshots, snapshotEvery: 1 });
    await append(store, [eventWithdrawn(rejects!.id, 'misquoted')]);
    const r = await project(store, positions(), { snapshots, snapshotEvery: 1 });
    expect(isRight(r) && r.right.state.byIssue.size).toBe(0);
  });

  it('stops the second fold where the first stopped: an event appended in between waits for the next projection', async () => {
    const inner = openMemoryStore();
    const [, rejects] = await append(inner, [kyivDemands, moscowRejects]);
    await append(inner, [eventWithdrawn(rejects!.id, 'misquoted')]);
    let reads = 0;
    const store: EventStore = Object.assign(Object.create(inner) as EventStore, {
      read: (query?: Parameters<EventStore['read']>[0]) => {
        // A writer appends between the two passes.
        if (++reads === 2) void inner.append([statementMade(s({ holder: 'russia', issue: 'ceasefire', kind: 'red-line', polarity: '-', statedAt: '2025-03-20' }))]);
        return inner.read(query);
      },
    });
    const snapshots = memorySnapshots();
    const r = await project(store, analysis(), { snapshots, snapshotEvery: 1 });
    expect(isRight(r) && [r.right.position, types(r.right.state)]).toEqual([3, []]);
    const next = await project(store, analysis(), { snapshots, snapshotEvery: 1 });
    expect(isRight(next) && [next.right.position, next.right.replayed, types(next.right.state)]).toEqual([4, 1, ['incompatible open']]);
  });

  it('leaves a withdrawal appended during the projection to the next one, when folding again after a snapshot', async () => {
    const inner = openMemoryStore();
    const snapshots = memorySnapshots();
    const [demands, rejects] = await append(inner, [kyivDemands, moscowRejects]);
    await project(inner, positions(), { snapshots, snapshotEvery: 1 });
    await append(inner, [eventWithdrawn(demands!.id, 'entered under the wrong holder')]);
    let reads = 0;
    const store: EventStore = Object.assign(Object.create(inner) as EventStore, {
      read: (query?: Parameters<EventStore['read']>[0]) => {
        // A writer withdraws Moscow's statement while the withdrawals are read.
        if (++reads === 2) void inner.append([eventWithdrawn(rejects!.id, 'misquoted')]);
        return inner.read(query);
      },
    });
    const r = await project(store, positions(), { snapshots, snapshotEvery: 1 });
    expect(isRight(r) && [r.right.position, [...r.right.state.byIssue.get('ceasefire')!.keys()]]).toEqual([3, ['russia']]);
    const next = await project(inner, positions(), { snapshots, snapshotEvery: 1 });
    expect(isRight(next) && [next.right.position, next.right.state.byIssue.size]).toEqual([4, 0]);
  });
});

// Logs with withdrawals of earlier events (now and then of a withdrawal), persons in office and issue hierarchies set after
// statements, appended in three batches recorded on three days: what `project` and `follow` give is a replay of the events
// that count (`withoutWithdrawn`, `eventsAsOf`), whatever snapshots were taken between the batches.
describe('project and follow, on generated logs with withdrawals', () => {
  const logs = arbEvents({ maxLength: 25, withdrawals: true, offices: true, hierarchy: true });
  const recorded = ['2025-05-03T00:00:00Z', '2025-05-06T12:00:00Z', '2025-05-12T00:00:00Z'];
  /** The log cut in three batches at two points. */
  const batches = (events: NewEvent[], a: number, b: number): NewEvent[][] => {
    const k = a % (events.length + 1);
    const m = k + (b % (events.length - k + 1));
    return [events.slice(0, k), events.slice(k, m), events.slice(m)];
  };
  /** What a user sees, and what the rules read the hierarchy from. */
  const shown = (state: AnalysisState) => ({ positions: positionList(state), contradictions: contradictionList(state), registry: state.registry });
  const counted = (events: ReadonlyArray<StoredEvent>, asOf: AsOf = {}) => shown(replay(analysis(), eventsAsOf(events, asOf)));

  it('project, from the snapshot each batch leaves, gives a replay of what the log counts', async () => {
    await fc.assert(
      fc.asyncProperty(logs, fc.nat(), fc.nat(), async (events, a, b) => {
        const store = openMemoryStore();
        const snapshots = memorySnapshots();
        let state: AnalysisState | undefined;
        for (const [i, batch] of batches(events, a, b).entries()) {
          await append(store, batch, recorded[i]);
          const r = await project(store, analysis(), { snapshots, snapshotEvery: 1 });
          if (isLeft(r)) throw new Error(r.left.message);
          state = r.right.state;
        }
        expect(structuralDiff(counted(await readAll(store)), shown(state!))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('project, from snapshots taken now and then, gives a replay of what the log counts (tails whose withdrawals take back events of the tail, or before it)', async () => {
    // Batches of one to four events, projected after some of them only: a snapshot's tail is then one batch or several.
    const cuts = fc.array(fc.record({ size: fc.integer({ min: 1, max: 4 }), project: fc.boolean() }), { minLength: 1, maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(logs, cuts, async (events, plan) => {
        const store = openMemoryStore();
        const snapshots = memorySnapshots();
        let at = 0;
        for (const [i, { size, project: projected }] of plan.entries()) {
          const last = i === plan.length - 1;
          await append(store, events.slice(at, last ? events.length : at + size), recorded[i % recorded.length]);
          at += size;
          if (!projected && !last) continue;
          const r = await project(store, analysis(), { snapshots, snapshotEvery: 1 });
          if (isLeft(r)) throw new Error(r.left.message);
          expect(structuralDiff(counted(await readAll(store)), shown(r.right.state))).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('project as of a point gives a replay of what the log counted then (withdrawals as known then)', async () => {
    const validTime = fc.option(fc.constantFrom('2025-05-02', '2025-05-04', '2025-05-07T08:00:00Z', '2025-05'), { nil: undefined });
    const recordedTime = fc.option(fc.constantFrom('2025-05-03', '2025-05-06', '2025-05-06T11:00:00Z', '2025-05-12'), { nil: undefined });
    await fc.assert(
      fc.asyncProperty(logs, fc.nat(), fc.nat(), validTime, recordedTime, async (events, a, b, v, t) => {
        const store = openMemoryStore();
        for (const [i, batch] of batches(events, a, b).entries()) await append(store, batch, recorded[i]);
        const asOf: AsOf = { ...(v !== undefined ? { validTime: v } : {}), ...(t !== undefined ? { recordedTime: t } : {}) };
        const r = await project(store, analysis(), { asOf });
        expect(isRight(r) && structuralDiff(counted(await readAll(store), asOf), shown(r.right.state))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('follow, which projects again at each withdrawal, keeps a replay of what the log counts', async () => {
    await fc.assert(
      fc.asyncProperty(logs, fc.nat(), fc.nat(), fc.boolean(), async (events, a, b, withSnapshots) => {
        const store = openMemoryStore();
        const [first, ...rest] = batches(events, a, b);
        await append(store, first!);
        const live = follow(store, analysis(), withSnapshots ? { snapshots: memorySnapshots(), snapshotEvery: 1 } : {});
        await live.ready;
        for (const batch of rest) await append(store, batch);
        const head = await store.head();
        const deadline = Date.now() + 5000;
        while (live.position < head && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 1));
        await live.stop();
        expect(structuralDiff(counted(await readAll(store)), shown(live.state))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
