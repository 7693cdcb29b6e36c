import { isLeft, isRight, left, right } from 'fp-ts/lib/Either.js';
import {
  analysis,
  contradictionList,
  eventsAsOf,
  eventWithdrawn,
  memorySnapshots,
  openMemoryStore,
  positionList,
  project,
  statementMade,
  stepAll,
  replay,
  readAll,
  reducer,
  registry,
  StoreReadError,
} from '@stancelog/core';
import type { AsOf, EventStore, SnapshotStore, Statement, StoreCorrupt, StoredEvent } from '@stancelog/core';

const s = (over: Partial<Statement> & Pick<Statement, 'holder' | 'issue' | 'kind' | 'polarity'>): Statement => ({
  source: { quote: `${over.holder} on ${over.issue}`, publisher: 'Wire' },
  ...over,
});

async function negotiation() {
  const store = openMemoryStore();
  await store.append([statementMade(s({ holder: 'russia', issue: 'territorial-concessions', kind: 'demand', polarity: '+', statedAt: '2025-05-16' }))], {
    now: new Date('2025-05-17T09:00:00Z'),
  });
  await store.append([statementMade(s({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'reject', polarity: '-', statedAt: '2025-05-16' }))], {
    now: new Date('2025-05-17T10:00:00Z'),
  });
  // Read late: stated in March, recorded in June.
  await store.append([statementMade(s({ holder: 'ukraine', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-03-11' }))], {
    now: new Date('2025-06-02T08:00:00Z'),
  });
  return store;
}

describe('project', () => {
  it('answers "as stated by" a date (valid time)', async () => {
    const store = await negotiation();
    const r = await project(store, analysis(), { asOf: { validTime: '2025-04-30' } });
    expect(isRight(r) && positionList(r.right.state).map((p) => [p.holder, p.issue])).toEqual([['ukraine', 'ceasefire']]);
  });

  it('says how many events a point keeps (its state counts), beside the log\'s head, and only for a point', async () => {
    const store = await negotiation();
    const log = await readAll(store);
    const [withdrawal] = await (async () => {
      const r = await store.append([eventWithdrawn(log[0]!.id, 'misattributed')], { now: new Date('2025-06-03T08:00:00Z') });
      if (isLeft(r)) throw new Error(r.left.message);
      return r.right.appended;
    })();
    const counted = async (asOf: AsOf) => {
      const r = await project(store, analysis(), { asOf });
      return isRight(r) ? [r.right.counted, r.right.position] : r.left.message;
    };
    // Known on 1 June: the first two events; stated by April: the one read late (and the withdrawal, known by now, takes the first).
    expect(await counted({ recordedTime: '2025-06-01' })).toEqual([2, 4]);
    expect(await counted({ validTime: '2025-04-30' })).toEqual([2, 4]);
    expect(await counted({})).toEqual([3, 4]);
    for (const asOf of [{ recordedTime: '2025-06-01' }, { validTime: '2025-04-30' }, {}]) {
      expect((await counted(asOf))[0]).toBe(eventsAsOf(await readAll(store), asOf).length);
    }
    expect(withdrawal!.position).toBe(4);
    const whole = await project(store, analysis());
    expect(isRight(whole) && whole.right.counted).toBeUndefined();
  });

  it('answers "what we knew on" a date (recorded time)', async () => {
    const store = await negotiation();
    const r = await project(store, analysis(), { asOf: { recordedTime: '2025-06-01' } });
    expect(isRight(r) && positionList(r.right.state).map((p) => p.issue)).toEqual(['territorial-concessions', 'territorial-concessions']);
    expect(isRight(r) && contradictionList(r.right.state).map((c) => c.type)).toEqual(['incompatible']);
  });

  it('names a malformed as-of date, as project names its other options (a review\'s finding: it said asOf.validTime alone)', async () => {
    const r = await project(await negotiation(), analysis(), { asOf: { validTime: 'last May' } });
    expect(isLeft(r) && [r.left._tag, r.left.message]).toEqual(['InvalidQuery', 'project: asOf.validTime: not a date or timestamp: "last May"']);
    const shape = await project(await negotiation(), analysis(), { asOf: '2000-01-01' as never });
    expect(isLeft(shape) && shape.left.message).toBe('project: asOf: expected { validTime?, recordedTime? }, got "2000-01-01"');
  });

  it("passes on the store's own refusal: a closed store is StoreUnavailable with the store's message", async () => {
    const store = await negotiation();
    await store.close();
    const r = await project(store, analysis());
    expect(isLeft(r) && [r.left._tag, r.left.message]).toEqual(['StoreUnavailable', 'read: the store is closed']);
  });

  // Why project's error type stays StoreError, not InvalidQuery | StoreUnavailable (all the built-in stores
  // produce): a store of one's own may refuse a read with any StoreError, and project passes it on as it is.
  it("passes on any StoreError a store's read carries (a StoreCorrupt found mid-read), and any other failure as StoreUnavailable", async () => {
    const store = await negotiation();
    const corrupt: StoreCorrupt = { _tag: 'StoreCorrupt', location: 'talks.db', line: 7, message: 'talks.db:7: not a valid event' };
    const failing = (thrown: unknown): EventStore => ({ ...store, read: async function* () { throw thrown; } });
    expect(await project(failing(new StoreReadError(corrupt)), analysis())).toEqual(left(corrupt));
    const r = await project(failing(new Error('disk on fire')), analysis());
    expect(isLeft(r) && [r.left._tag, r.left.message]).toEqual(['StoreUnavailable', 'project: disk on fire']);
  });

  it('starts from a snapshot of the same reducer version and replays only the tail', async () => {
    const store = await negotiation();
    const snapshots = memorySnapshots();
    const first = await project(store, analysis(), { snapshots, snapshotEvery: 1 });
    expect(isRight(first) && first.right.replayed).toBe(3);
    await store.append([statementMade(s({ holder: 'russia', issue: 'nato-membership', kind: 'demand', polarity: '-', statedAt: '2025-05-16' }))]);
    const second = await project(store, analysis(), { snapshots });
    expect(isRight(second) && second.right.replayed).toBe(1);
    const full = await project(store, analysis());
    expect(isRight(second) && isRight(full) && positionList(second.right.state)).toEqual(isRight(full) && positionList(full.right.state));
  });

  it('asks a snapshotEvery function for its threshold with the position it replayed to, and saves when the tail reaches it', async () => {
    const store = await negotiation();
    const snapshots = memorySnapshots();
    const asked: number[] = [];
    // The whole log as threshold: saved only by a run that replayed all of it.
    const wholeLog = (head: number) => (asked.push(head), head);
    await project(store, analysis(), { snapshots, snapshotEvery: wholeLog });
    expect([asked, (await snapshots.load('analysis', analysis().version))?.position]).toEqual([[3], 3]);
    await store.append(['2025-05-16', '2025-05-20'].map((statedAt) => statementMade(s({ holder: 'russia', issue: 'nato-membership', kind: 'demand', polarity: '-', statedAt }))));
    const tail = await project(store, analysis(), { snapshots, snapshotEvery: wholeLog });
    // A tail of 2 in a log of 5: not saved.
    expect([isRight(tail) && tail.right.replayed, asked, (await snapshots.load('analysis', analysis().version))?.position]).toEqual([2, [3, 5], 3]);
    const saved = await project(store, analysis(), { snapshots, snapshotEvery: (head) => (asked.push(head), 2) });
    expect([isRight(saved) && saved.right.position, asked, (await snapshots.load('analysis', analysis().version))?.position]).toEqual([5, [3, 5, 5], 5]);
  });

  it('gives the snapshotEvery function the position the replay reached, not the head of a log appended to since', async () => {
    const store = await negotiation();
    const snapshots = memorySnapshots();
    // Another process appends right after the read ended, before the threshold is asked for.
    const appendedAfterTheRead: EventStore = {
      ...store,
      read: async function* (query) {
        yield* store.read(query);
        await store.append([statementMade(s({ holder: 'belarus', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-05-16' }))]);
      },
    };
    const asked: number[] = [];
    const r = await project(appendedAfterTheRead, analysis(), { snapshots, snapshotEvery: (head) => (asked.push(head), 3) });
    expect([isRight(r) && r.right.position, await store.head(), asked]).toEqual([3, 4, [3]]);
    expect((await snapshots.load('analysis', analysis().version))?.position).toBe(3);
  });

  it('keeps the state when the snapshot store fails, and says why: a snapshot only spares work', async () => {
    const store = await negotiation();
    const failing = (what: 'load' | 'save'): SnapshotStore => {
      const inner = memorySnapshots();
      return {
        load: (reducer, version) => (what === 'load' ? Promise.reject(new Error('permission denied for table snapshots')) : inner.load(reducer, version)),
        save: (snapshot) => (what === 'save' ? Promise.reject(new Error('permission denied for table snapshots')) : inner.save(snapshot)),
      };
    };
    const full = await project(store, analysis());
    for (const what of ['load', 'save'] as const) {
      const r = await project(store, analysis(), { snapshots: failing(what), snapshotEvery: 1 });
      expect(isRight(r) && [r.right.replayed, r.right.snapshotError]).toEqual([
        3,
        { _tag: 'StoreUnavailable', message: `${what === 'load' ? 'loading' : 'saving'} the snapshot of analysis: permission denied for table snapshots`, cause: expect.any(Error) },
      ]);
      expect(isRight(r) && isRight(full) && positionList(r.right.state)).toEqual(isRight(full) && positionList(full.right.state));
    }
    const fine = await project(store, analysis(), { snapshots: memorySnapshots(), snapshotEvery: 1 });
    expect(isRight(fine) && 'snapshotError' in fine.right).toBe(false);
  });

  it('says of a snapshot saved by a reducer whose state had another shape, under the same name and version, to give the reducer a new version, not to blame the snapshot store', async () => {
    const store = openMemoryStore();
    await store.append([statementMade({ holder: 'france', issue: 'beef-quota', kind: 'commit', polarity: '+', statedAt: '2025-02-10', source: { quote: 'we can live with the quota' } })]);
    // One name and version, whatever the state: the mistake under test.
    const count = <S extends object>(recipe: (s: S, e: StoredEvent) => void, initial: () => S) => reducer<S>({ name: 'kinds-per-month', version: '1', initial, recipe });
    const snapshots = memorySnapshots();
    await project(store, count((s: { byHolder: Map<string, number> }, e) => void s.byHolder.set(String(e.position), 1), () => ({ byHolder: new Map() })), { snapshots, snapshotEvery: 1 });
    // A field added, the version left as it was: the snapshot store kept the state as it was given (no JSON here).
    const added = await project(store, count((s: { byHolder: Map<string, number>; total: Map<string, number> }, e) => void s.total.set(String(e.position), 1), () => ({ byHolder: new Map(), total: new Map() })), { snapshots });
    expect(isRight(added) && [added.right.replayed, added.right.snapshotError?.message]).toEqual([
      1,
      'loading the snapshot of kinds-per-month: state.total is a Map in the initial state, but missing in the snapshot: the snapshot was saved by kinds-per-month version "1" when its state had another shape; give the reducer a new version whenever its state changes (snapshots are keyed by its name and version), and its snapshots are then made anew',
    ]);
    // A Map become a plain object: JSON never makes a Map.
    const object = await project(store, count((s: { byHolder: Record<string, number> }, e) => void (s.byHolder[String(e.position)] = 1), () => ({ byHolder: {} })), { snapshots });
    expect(isRight(object) && object.right.snapshotError?.message).toMatch(/state\.byHolder is a plain object in the initial state, but a Map in the snapshot: the snapshot was saved by kinds-per-month version "1" when its state had another shape; give the reducer a new version/);
  });

  it('ignores a snapshot whose state is not shaped as the initial state (kept as JSON: its Maps come back as objects), says why, and replays in full', async () => {
    const store = openMemoryStore();
    await store.append([
      { type: 'actor-registered', data: { id: 'northland', kind: 'state', name: 'Northland' } },
      { type: 'alias-added', data: { actor: 'northland', alias: 'the North' } },
    ]);
    // The obvious store for Redis, S3 or files, and the wrong one.
    const kept = new Map<string, string>();
    const asJson: SnapshotStore = {
      load: async (reducer) => (kept.has(reducer) ? JSON.parse(kept.get(reducer)!) : undefined),
      save: async (snapshot) => void kept.set(snapshot.reducer, JSON.stringify(snapshot)),
    };
    const first = await project(store, registry(), { snapshots: asJson, snapshotEvery: 1 });
    expect(isRight(first) && first.right.replayed).toBe(2);
    // Started from it, the state was a Right whose Maps were plain objects: `state.actors.get is not a function`, later.
    const second = await project(store, registry(), { snapshots: asJson, snapshotEvery: 1 });
    expect(isRight(second) && [second.right.replayed, second.right.snapshotError, second.right.state.actors.get('northland')?.actor.aliases]).toEqual([
      2,
      {
        _tag: 'StoreUnavailable',
        message:
          'loading the snapshot of registry: state.actors is a Map in the initial state, but a plain object in the snapshot: a snapshot store must keep a state as a structured clone does (v8.serialize, structuredClone), not as JSON, which turns Maps and Sets into plain objects',
      },
      ['the North'],
    ]);
    // Copied by structuredClone (its Maps of another realm, under jest), it keeps its shape, and is started from.
    const snapshots = memorySnapshots();
    await project(store, registry(), { snapshots, snapshotEvery: 1 });
    const cloned = await project(store, registry(), { snapshots, snapshotEvery: 1 });
    expect(isRight(cloned) && [cloned.right.replayed, 'snapshotError' in cloned.right]).toEqual([0, false]);
  });

  it('ignores a snapshot whose event the log no longer holds at its position (a log cut back and appended to), and says so', async () => {
    const store = await negotiation();
    const snapshots = memorySnapshots();
    await project(store, analysis(), { snapshots, snapshotEvery: 1 });
    const [first, second] = await readAll(store);
    // The same log up to position 2, then another statement where the snapshot's third was.
    const other = openMemoryStore();
    await other.append([first!, second!].map((e) => ({ type: e.type, data: e.data }) as never));
    await other.append([statementMade(s({ holder: 'russia', issue: 'nato-membership', kind: 'demand', polarity: '-', statedAt: '2025-05-16' }))]);
    const r = await project(other, analysis(), { snapshots });
    const full = await project(other, analysis());
    expect(isRight(r) && [r.right.replayed, r.right.snapshotIgnored]).toEqual([3, { position: 3, reason: 'other-log' }]);
    expect(isRight(r) && isRight(full) && positionList(r.right.state)).toEqual(isRight(full) && positionList(full.right.state));
  });

  it('ignores a snapshot taken by another version of the reducer', async () => {
    const store = await negotiation();
    const snapshots = memorySnapshots();
    await project(store, analysis(), { snapshots, snapshotEvery: 1 });
    const other = await project(store, analysis({ reportWindowDays: 5 }), { snapshots });
    expect(isRight(other) && other.right.replayed).toBe(3);
  });

  it('gives the same state live, one produce per event, as by replay, and leaves the old state untouched', async () => {
    const events = await readAll(await negotiation());
    const r = analysis();
    const live = stepAll(r);
    let state = r.initial();
    const states = [state];
    for (const e of events) states.push((state = live(state, [e])));
    expect(positionList(state)).toEqual(positionList(replay(r, events)));
    expect(contradictionList(state)).toEqual(contradictionList(replay(r, events)));
    expect(positionList(states[2]!)).toHaveLength(2);
    expect(contradictionList(states[1]!)).toEqual([]);
  });
});

describe('project with a reducer that has a bug', () => {
  const store = openMemoryStore();
  beforeAll(async () => {
    await store.append([statementMade(s({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11' }))]);
  });

  it('rejects with the error of an initial state that throws, rather than call it a failure of the store', async () => {
    const broken = { ...analysis(), initial: () => { throw new RangeError('initial is broken'); } };
    await expect(project(store, broken)).rejects.toThrow('initial is broken');
  });

  it('rejects with the error of a rule that throws once the batch is read', async () => {
    const failing = analysis({ extraRules: [{ type: 'failing', version: '1', initial: () => ({}), onSettle: () => { throw new RangeError('settling is broken'); } }] });
    await expect(project(store, failing)).rejects.toThrow('settling is broken');
  });

  it('takes null options (from JavaScript) as none', async () => {
    const r = await project(store, analysis(), null as never);
    expect(isRight(r) && positionList(r.right.state).map((p) => p.holder)).toEqual(['ukraine']);
  });
});

describe('checkAsOf', () => {
  it('returns a wrong as-of point as a value naming the field, which project passes on without reading', async () => {
    const { checkAsOf } = await import('@stancelog/core');
    expect(checkAsOf({ validTime: '2025-05', recordedTime: '2025-06-01T09:00:00Z' })).toEqual(right({ validTime: '2025-05', recordedTime: '2025-06-01T09:00:00Z' }));
    expect(checkAsOf({ recordedTime: 'yesterday' })).toEqual(left({ _tag: 'InvalidQuery', message: 'asOf.recordedTime: not a date or timestamp: "yesterday"' }));
    expect(checkAsOf({ validTime: 20250516 } as never)).toEqual(left({ _tag: 'InvalidQuery', message: 'asOf.validTime: expected a date or timestamp as a string, got 20250516' }));
    // A Date is the likeliest slip (AppendOptions.now takes one): said as a Date, not as the string JSON makes of it.
    expect(checkAsOf({ recordedTime: new Date('2025-03-06') } as never)).toEqual(left({ _tag: 'InvalidQuery', message: 'asOf.recordedTime: expected a date or timestamp as a string, got a Date (pass date.toISOString())' }));
    expect(checkAsOf({ validtime: '2025-05-16' } as never)).toEqual(left({ _tag: 'InvalidQuery', message: 'asOf.validtime: unknown field (expected validTime or recordedTime)' }));
    expect(checkAsOf(null as never)).toEqual(left({ _tag: 'InvalidQuery', message: 'asOf: expected { validTime?, recordedTime? }, got null' }));
    // The command line's words, written in code (a review's finding): said which field they are here.
    expect(checkAsOf({ validTime: '2025-05-16', knownAt: '2025-05-17' } as never)).toEqual(left({ _tag: 'InvalidQuery', message: "asOf.knownAt: unknown field: the command line's --known-at is recordedTime here" }));
    expect(checkAsOf({ asOf: '2025-05-16' } as never)).toEqual(left({ _tag: 'InvalidQuery', message: "asOf.asOf: unknown field: the command line's --as-of is validTime here" }));
    expect(checkAsOf({ known_at: '2025-05-17' } as never)).toEqual(left({ _tag: 'InvalidQuery', message: "asOf.known_at: unknown field: the command line's --known-at is recordedTime here" }));
    let reads = 0;
    const store = await negotiation();
    const counting: typeof store = Object.assign(Object.create(store) as typeof store, { read: (...args: Parameters<typeof store.read>) => (reads++, store.read(...args)) });
    const r = await project(counting, analysis(), { asOf: { validtime: '2025-05-16' } as never });
    expect([isLeft(r) && r.left, reads]).toEqual([{ _tag: 'InvalidQuery', message: 'project: asOf.validtime: unknown field (expected validTime or recordedTime)' }, 0]);
  });
});

describe('project options', () => {
  it('refuses an option it does not take, or a value of the wrong kind, naming it, before reading anything', async () => {
    let reads = 0;
    const store = await negotiation();
    const counting: typeof store = Object.assign(Object.create(store) as typeof store, { read: (...args: Parameters<typeof store.read>) => (reads++, store.read(...args)) });
    const refusal = async (options: unknown) => {
      const r = await project(counting, analysis(), options as never);
      return isLeft(r) ? r.left : undefined;
    };
    // A misspelt asOf would have given the state of today.
    expect(await refusal({ asof: { validTime: '2025-05-16' } })).toEqual({ _tag: 'InvalidQuery', message: 'project: asof: not an option (the options are asOf, snapshots, snapshotEvery; did you mean asOf?)' });
    // The command line's --known-at, as an option of its own (a review's finding): said where it goes.
    expect((await refusal({ knownAt: '2025-05-16' }))?.message).toBe("project: knownAt: not an option (the options are asOf, snapshots, snapshotEvery): the command line's --known-at is asOf: { recordedTime } here");
    expect((await refusal({ snapshotevery: 5 }))?.message).toBe('project: snapshotevery: not an option (the options are asOf, snapshots, snapshotEvery; did you mean snapshotEvery?)');
    expect((await refusal({ snapshots: {} }))?.message).toBe('project: snapshots: expected a snapshot store (an object with load and save), got {}');
    expect((await refusal({ snapshotEvery: -1 }))?.message).toBe('project: snapshotEvery: expected a number of events, 0 or more, or a function of the log position, got -1');
    expect(reads).toBe(0);
    // Options left undefined, and none at all, are taken.
    expect(isLeft(await project(counting, analysis(), { asOf: undefined, snapshots: undefined }))).toBe(false);
    expect(isLeft(await project(counting, analysis(), null as never))).toBe(false);
  });
});

describe('visibleAt', () => {
  it('throws the error checkAsOf returns, as a RangeError, when given an unchecked point', async () => {
    const { visibleAt } = await import('@stancelog/core');
    expect(() => visibleAt({ recordedTime: 'yesterday' })).toThrow(new RangeError('asOf.recordedTime: not a date or timestamp: "yesterday"'));
    expect(() => visibleAt({ validtime: '2025-05-16' } as never)).toThrow(RangeError);
  });


  it('filters registry events by recorded time only', async () => {
    const { visibleAt } = await import('@stancelog/core');
    const issue = { type: 'issue-defined', recordedAt: '2025-09-01T00:00:00Z', data: {} } as never;
    expect(visibleAt({ validTime: '2025-04-01' })(issue)).toBe(true);
    expect(visibleAt({ recordedTime: '2025-08-31' })(issue)).toBe(false);
  });
});
