import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { analysis, contradictionList, eventWithdrawn, follow, memorySnapshots, openMemoryStore, positions, project, RecipeError, reducer, statementMade, StoreReadError } from '@stancelog/core';
import type { EventStore, NewEvent, PositionsState, StoredEvent } from '@stancelog/core';

const said = (holder: string, polarity: '+' | '-', statedAt: string): NewEvent =>
  statementMade({ holder, issue: 'ceasefire', kind: polarity === '+' ? 'demand' : 'reject', polarity, statedAt, source: { quote: `${holder} ${polarity} on ${statedAt}` } });

async function append(store: EventStore, events: NewEvent[]): Promise<StoredEvent[]> {
  const r = await store.append(events);
  if (isLeft(r)) throw new Error(r.left.message);
  return [...r.right.appended];
}

/** Waits until the live projection has reached `position`. */
async function reached(live: { position: number }, position: number): Promise<void> {
  const deadline = Date.now() + 5000;
  while (live.position < position) {
    if (Date.now() > deadline) throw new Error(`still at ${live.position}, expected ${position}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Waits until `condition` holds. */
async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Whether `promise` settles within `millis` (a loose bound: what it checks is that nothing waits out a 30 s retry). */
async function settlesWithin(promise: Promise<unknown>, millis: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), millis)));
  try {
    return await Promise.race([promise.then(() => true, () => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

const holders = (state: PositionsState) => [...(state.byIssue.get('ceasefire')?.keys() ?? [])].sort();

describe('follow', () => {
  it('projects the log as it stands, then applies each new event, equal to a projection of the whole log', async () => {
    const store = openMemoryStore();
    await append(store, [said('ukraine', '+', '2025-03-11')]);
    const changes: number[] = [];
    const live = follow(store, analysis(), { onChange: (_s, position) => void changes.push(position) });
    const ready = await live.ready;
    expect(isRight(ready) && ready.right.position).toBe(1);
    await append(store, [said('russia', '-', '2025-03-13')]);
    await append(store, [said('russia', '+', '2025-04-02')]);
    await reached(live, 3);
    const whole = await project(store, analysis());
    expect(isRight(whole) && contradictionList(live.state)).toEqual(isRight(whole) && contradictionList(whole.right.state));
    expect(changes).toEqual([1, 2, 3]);
    // Live states are frozen: a reader may keep one while the next is made.
    expect(Object.isFrozen(live.state.positions)).toBe(true);
    await live.stop();
  });

  it('applies the events of a delivery as one batch: a reducer that puts work off settles once for them', async () => {
    // Counts the statements it saw in `seen`, and in `settled` how many it had seen each time it settled.
    const batches = reducer({
      name: 'batches',
      version: '1',
      initial: () => ({ seen: 0, settled: [] as number[] }),
      recipe: (s: { seen: number; settled: number[] }, e: StoredEvent) => void (e.type === 'statement-made' && s.seen++),
      settle: (s) => {
        if (s.seen > (s.settled.at(-1) ?? 0)) s.settled.push(s.seen);
      },
    });
    const store = openMemoryStore();
    await append(store, [said('ukraine', '+', '2025-03-11')]);
    const live = follow(store, batches);
    await live.ready;
    await append(store, [said('russia', '-', '2025-03-13'), said('russia', '+', '2025-03-12'), said('belarus', '+', '2025-03-10')]);
    await reached(live, 4);
    expect(live.state.settled).toEqual([1, 4]);
    await live.stop();
  });

  it('projects again on a withdrawal, and on the withdrawal of a withdrawal', async () => {
    const store = openMemoryStore();
    const [, russia] = await append(store, [said('ukraine', '+', '2025-03-11'), said('russia', '-', '2025-03-13')]);
    const live = follow(store, positions());
    await live.ready;
    const [withdrawal] = await append(store, [eventWithdrawn(russia!.id, 'misquoted')]);
    await reached(live, 3);
    expect(holders(live.state)).toEqual(['ukraine']);
    await append(store, [eventWithdrawn(withdrawal!.id, 'the quote stands'), said('belarus', '+', '2025-03-14')]);
    await reached(live, 5);
    expect(holders(live.state)).toEqual(['belarus', 'russia', 'ukraine']);
    // The statement after the withdrawal, in the same delivery, was read by the projection done again, and not applied twice.
    expect(live.state.byIssue.get('ceasefire')?.get('belarus')?.history).toHaveLength(1);
    await live.stop();
  });

  it('projects again from its snapshot when a withdrawal takes back an event appended since it: the tail is read again, not the log', async () => {
    const inner = openMemoryStore();
    const snapshots = memorySnapshots();
    await append(inner, [said('ukraine', '+', '2025-03-11'), said('russia', '-', '2025-03-13')]);
    const reads: Array<number | undefined> = [];
    const store: EventStore = Object.assign(Object.create(inner) as EventStore, {
      read: (query?: Parameters<EventStore['read']>[0]) => (reads.push(query?.after), inner.read(query)),
    });
    const live = follow(store, positions(), { snapshots, snapshotEvery: 2 });
    await live.ready;
    for (let wait = 0; (await snapshots.load('positions', positions().version))?.position !== 2; wait++) {
      if (wait > 1000) throw new Error('the first snapshot was not saved');
      await new Promise((r) => setTimeout(r, 5));
    }
    const [belarus] = await append(inner, [said('belarus', '+', '2025-03-14')]);
    reads.length = 0;
    await append(inner, [eventWithdrawn(belarus!.id, 'another country\'s word')]);
    await reached(live, 4);
    expect(holders(live.state)).toEqual(['russia', 'ukraine']);
    // Read from the snapshot's event on, then its tail again: nothing from the start of the log.
    expect(reads.filter((after) => after !== undefined && after < 3)).toEqual([1, 2]);
    await live.stop();
  });

  it('starts from a snapshot and saves new ones as it goes', async () => {
    const store = openMemoryStore();
    const snapshots = memorySnapshots();
    await append(store, [said('ukraine', '+', '2025-03-11'), said('russia', '-', '2025-03-13')]);
    const first = follow(store, positions(), { snapshots, snapshotEvery: 2 });
    expect(isRight(await first.ready) && (await first.ready)).toMatchObject({ right: { replayed: 2 } });
    // The first snapshot is saved just after ready, behind the deliveries.
    for (let wait = 0; (await snapshots.load('positions', positions().version))?.position !== 2; wait++) {
      if (wait > 1000) throw new Error('the first snapshot was not saved');
      await new Promise((r) => setTimeout(r, 5));
    }
    await append(store, [said('belarus', '+', '2025-03-14')]);
    await append(store, [said('moldova', '+', '2025-03-15')]);
    await reached(first, 4);
    await first.stop();
    expect((await snapshots.load('positions', positions().version))?.position).toBe(4);
    const second = follow(store, positions(), { snapshots });
    const ready = await second.ready;
    expect(isRight(ready) && [ready.right.replayed, holders(second.state)]).toEqual([0, ['belarus', 'moldova', 'russia', 'ukraine']]);
    await second.stop();
  });

  it('counts the tail its first projection replayed without saving towards the next snapshot: a reader restarted often still saves one', async () => {
    const store = openMemoryStore();
    const snapshots = memorySnapshots();
    const savedAt = async () => (await snapshots.load('positions', positions().version))?.position;
    await append(store, [said('ukraine', '+', '2025-03-11'), said('russia', '-', '2025-03-13'), said('belarus', '+', '2025-03-14')]);
    const live = follow(store, positions(), { snapshots, snapshotEvery: 5 });
    expect(isRight(await live.ready) && (await live.ready)).toMatchObject({ right: { replayed: 3 } });
    expect(await savedAt()).toBeUndefined();
    // 3 replayed and 2 applied: 5 since the last snapshot (none).
    await append(store, [said('moldova', '+', '2025-03-15'), said('georgia', '+', '2025-03-16')]);
    await reached(live, 5);
    const deadline = Date.now() + 5000;
    while ((await savedAt()) === undefined && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    expect(await savedAt()).toBe(5);
    await live.stop();
  });

  it('tells onChange of a delivery before it saves the snapshot: a slow save holds up no reader', async () => {
    const store = openMemoryStore();
    const kept = memorySnapshots();
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    let saved = 0;
    const snapshots = { load: kept.load, save: async <S>(s: Parameters<typeof kept.save<S>>[0]) => (await slow, await kept.save(s), void saved++) };
    const changes: number[] = [];
    const live = follow(store, positions(), { snapshots, snapshotEvery: 1, onChange: (_s, position) => void changes.push(position) });
    await live.ready;
    await append(store, [said('ukraine', '+', '2025-03-11')]);
    await reached(live, 1);
    const deadline = Date.now() + 5000;
    while (!changes.includes(1) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    // Told while the save still waits.
    expect([changes, saved]).toEqual([[0, 1], 0]);
    release();
    while (saved === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    expect((await kept.load('positions', positions().version))?.position).toBe(1);
    await live.stop();
  });

  describe('the snapshot of its first projection (a service that restarts on a large log)', () => {
    /** A snapshot store whose saves wait until released, and that counts them. */
    function slowSnapshots() {
      const kept = memorySnapshots();
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      const started: number[] = [];
      const snapshots = { load: kept.load, save: async <S>(s: Parameters<typeof kept.save<S>>[0]) => (started.push(s.position), await released, await kept.save(s)) };
      const savedAt = async () => (await kept.load('positions', positions().version))?.position;
      return { snapshots, release, started, savedAt };
    }

    it('is ready before its snapshot is saved: the save runs behind, and stop() waits for it', async () => {
      const store = openMemoryStore();
      await append(store, [said('ukraine', '+', '2025-03-11'), said('russia', '-', '2025-03-13')]);
      const { snapshots, release, started, savedAt } = slowSnapshots();
      const live = follow(store, positions(), { snapshots, snapshotEvery: 1 });
      const ready = await live.ready;
      // Ready while the save has not even begun (it starts after a turn of the event loop) and nothing is saved.
      expect([isRight(ready) && ready.right.snapshotError, live.position, started, await savedAt()]).toEqual([undefined, 2, [], undefined]);
      await until(() => started.length === 1, 'the save began');
      let stopped = false;
      const stopping = live.stop().then(() => (stopped = true));
      await new Promise((r) => setTimeout(r, 20));
      expect(stopped).toBe(false);
      release();
      await stopping;
      expect(await savedAt()).toBe(2);
    });

    it('lets a delivery go on while it saves, whose own save waits for it and saves the newer state after it', async () => {
      const store = openMemoryStore();
      await append(store, [said('ukraine', '+', '2025-03-11'), said('russia', '-', '2025-03-13')]);
      const { snapshots, release, started, savedAt } = slowSnapshots();
      const changes: number[] = [];
      const live = follow(store, positions(), { snapshots, snapshotEvery: 1, onChange: (_s, position) => void changes.push(position) });
      await live.ready;
      await until(() => started.length === 1, 'the save began');
      await append(store, [said('belarus', '+', '2025-03-14')]);
      await reached(live, 3);
      await until(() => changes.includes(3), 'onChange was told of position 3');
      // Applied and told while the first save still waits; the second save has not begun.
      expect([holders(live.state), started]).toEqual([['belarus', 'russia', 'ukraine'], [2]]);
      release();
      await until(() => started.length === 2, 'the second save began');
      await live.stop();
      expect([started, await savedAt()]).toEqual([[2, 3], 3]);
    });

    it('tells onSnapshotError, not ready, that it could not be saved; following goes on', async () => {
      const store = openMemoryStore();
      await append(store, [said('ukraine', '+', '2025-03-11')]);
      const told: string[] = [];
      const errors: unknown[] = [];
      const readOnly = { load: async () => undefined, save: () => Promise.reject(new Error('permission denied for table snapshots')) };
      const live = follow(store, positions(), { snapshots: readOnly, snapshotEvery: 1, onSnapshotError: (e) => void told.push(e.message), onError: (e) => void errors.push(e) });
      const ready = await live.ready;
      expect(isRight(ready) && ready.right.snapshotError).toBe(undefined);
      await until(() => told.length === 1, 'onSnapshotError was told');
      expect(told).toEqual(['saving the snapshot of positions: permission denied for table snapshots']);
      await append(store, [said('russia', '-', '2025-03-13')]);
      await reached(live, 2);
      expect([errors, live.error]).toEqual([[], undefined]);
      await live.stop();
    });

    it('stops following, telling onError, when onSnapshotError throws on that save, ready having said it follows', async () => {
      const store = openMemoryStore();
      await append(store, [said('ukraine', '+', '2025-03-11')]);
      const errors: unknown[] = [];
      const readOnly = { load: async () => undefined, save: () => Promise.reject(new Error('permission denied for table snapshots')) };
      const live = follow(store, positions(), { snapshots: readOnly, snapshotEvery: 1, onSnapshotError: () => { throw new Error('listener bug'); }, onError: (e) => void errors.push(e) });
      expect(isRight(await live.ready)).toBe(true);
      await until(() => errors.length === 1, 'onError was told');
      expect([(errors[0] as Error).message, (live.error as Error).message]).toEqual(['listener bug', 'listener bug']);
      await append(store, [said('russia', '-', '2025-03-13')]);
      expect(await live.reached(2)).toBe(false);
      expect(live.position).toBe(1);
      await live.stop();
    });

    it('tells of that save\'s failure when stop() came while it ran, as stop() waits for it: no error is lost', async () => {
      const store = openMemoryStore();
      await append(store, [said('ukraine', '+', '2025-03-11')]);
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let saving = false;
      const failing = { load: async () => undefined, save: async () => ((saving = true), await released, Promise.reject(new Error('disk full'))) };
      const told: string[] = [];
      const errors: unknown[] = [];
      const live = follow(store, positions(), { snapshots: failing, snapshotEvery: 1, onSnapshotError: (e) => { told.push(e.message); throw new Error('listener bug'); }, onError: (e) => void errors.push(e) });
      expect(isRight(await live.ready)).toBe(true);
      await until(() => saving, 'the save began');
      const stopped = live.stop();
      release();
      await stopped;
      expect([told, errors.map((e) => (e as Error).message), (live.error as Error).message]).toEqual([['saving the snapshot of positions: disk full'], ['listener bug'], 'listener bug']);
    });
  });

  it('asks a snapshotEvery function for its threshold with the position the state stands at, and saves as it says', async () => {
    const store = openMemoryStore();
    const snapshots = memorySnapshots();
    await append(store, [said('ukraine', '+', '2025-03-11'), said('russia', '-', '2025-03-13')]);
    const asked: number[] = [];
    // Half the log: 2 events applied at position 4, not 1 at position 3.
    const live = follow(store, positions(), { snapshots, snapshotEvery: (head) => (asked.push(head), head / 2) });
    await live.ready;
    const savedAt = async () => (await snapshots.load('positions', positions().version))?.position;
    // The first save runs behind ready.
    const deadline = Date.now() + 5000;
    while ((await savedAt()) === undefined && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    expect(await savedAt()).toBe(2);
    await append(store, [said('belarus', '+', '2025-03-14')]);
    await reached(live, 3);
    expect(await savedAt()).toBe(2);
    await append(store, [said('moldova', '+', '2025-03-15')]);
    await reached(live, 4);
    await live.stop();
    expect([asked, await savedAt()]).toEqual([[2, 3, 4], 4]);
  });

  it('goes on following when snapshots cannot be saved, and says so through onSnapshotError', async () => {
    const store = openMemoryStore();
    await append(store, [said('ukraine', '+', '2025-03-11'), said('russia', '-', '2025-03-13')]);
    const refused: string[] = [];
    const errors: unknown[] = [];
    const readOnly = { load: async () => undefined, save: () => Promise.reject(new Error('permission denied for table snapshots')) };
    const live = follow(store, positions(), { snapshots: readOnly, snapshotEvery: 1, onSnapshotError: (e) => void refused.push(e.message), onError: (e) => void errors.push(e) });
    expect(isRight(await live.ready)).toBe(true);
    await append(store, [said('belarus', '+', '2025-03-14')]);
    await reached(live, 3);
    expect(holders(live.state)).toEqual(['belarus', 'russia', 'ukraine']);
    expect([refused, errors]).toEqual([['saving the snapshot of positions: permission denied for table snapshots', 'saving the snapshot of positions: permission denied for table snapshots'], []]);
    await live.stop();
  });

  it('stops, telling onError, when onSnapshotError throws, as when onChange throws; a failed load and save are told once, by the load', async () => {
    const store = openMemoryStore();
    await append(store, [said('ukraine', '+', '2025-03-11')]);
    const broken = { load: () => Promise.reject(new Error('no table snapshots')), save: () => Promise.reject(new Error('no table snapshots')) };
    const told: string[] = [];
    const errors: unknown[] = [];
    const live = follow(store, positions(), { snapshots: broken, snapshotEvery: 1, onSnapshotError: (e) => { told.push(e.message); throw new Error('listener bug'); }, onError: (e) => void errors.push(e) });
    // Thrown while the first projection is told of: not ready, as when onChange throws then.
    await expect(live.ready).rejects.toThrow('listener bug');
    expect([told, errors.map((e) => (e as Error).message)]).toEqual([['loading the snapshot of positions: no table snapshots'], ['listener bug']]);
    await append(store, [said('russia', '-', '2025-03-13')]);
    await new Promise((r) => setTimeout(r, 50));
    expect(live.position).toBe(1);
    await live.stop();
  });

  it("says why it could not start: the store's refusal, also given to onError", async () => {
    const store = openMemoryStore();
    await store.close();
    const errors: unknown[] = [];
    const live = follow(store, positions(), { onError: (e) => void errors.push(e) });
    const ready = await live.ready;
    expect(isLeft(ready) && ready.left).toEqual({ _tag: 'StoreUnavailable', message: 'read: the store is closed' });
    expect(errors).toEqual([{ _tag: 'StoreUnavailable', message: 'read: the store is closed' }]);
    await live.stop();
  });

  describe('its store closed during the first projection', () => {
    // A store closed once the projection's last read is done, before following begins: what a shutdown racing a start does.
    const closedAfterReading = (store: EventStore): EventStore => {
      let reads = 0;
      return {
        ...store,
        read: (query) =>
          (async function* () {
            yield* store.read(query);
            if (++reads === 1) await store.close();
          })(),
      };
    };

    it('refuses to start, ready a Left naming the closed store, which error holds and onError is told, nothing followed', async () => {
      for (const events of [[], [said('ukraine', '+', '2025-03-11')]]) {
        const memory = openMemoryStore();
        if (events.length > 0) await append(memory, events);
        const errors: unknown[] = [];
        const live = follow(closedAfterReading(memory), positions(), { onError: (e) => void errors.push(e) });
        const ready = await live.ready;
        const refusal = { _tag: 'StoreUnavailable', message: 'subscribe: the store is closed' };
        expect([isLeft(ready) && ready.left, live.error, errors]).toEqual([refusal, refusal, [refusal]]);
        expect(await live.reached(0)).toBe(false);
        await live.stop();
      }
    });

    it("refuses to start when the store closes while the subscription's first read runs: ready a Left saying the store was closed, error and onError as for a refusal (a leftover of stop 49)", async () => {
      for (const events of [[], [said('ukraine', '+', '2025-03-11')]]) {
        const memory = openMemoryStore();
        if (events.length > 0) await append(memory, events);
        // Closed as the follower subscribes: the subscription taken, its first read cut short, no refusal to tell.
        const closing: EventStore = {
          ...memory,
          subscribe: (handler, options) => {
            const sub = memory.subscribe(handler, options);
            void memory.close();
            return sub;
          },
        };
        const errors: unknown[] = [];
        const live = follow(closing, positions(), { onError: (e) => void errors.push(e) });
        const ready = await live.ready;
        const closed = { _tag: 'StoreUnavailable', message: 'subscribe: the store was closed' };
        expect([isLeft(ready) && ready.left, live.error, errors]).toEqual([closed, closed, [closed]]);
        expect(await live.reached(0)).toBe(false);
        await live.stop();
      }
    });

    it('starts on a store whose subscription waits for it a moment (a server restarting), once the subscription caught up', async () => {
      const memory = openMemoryStore();
      await append(memory, [said('ukraine', '+', '2025-03-11')]);
      // A subscription that retries its first read for a while, as PostgreSQL's does on a lost connection, and delivers.
      let waited = false;
      const retrying: EventStore = {
        ...memory,
        subscribe: (handler, options) => {
          const sub = memory.subscribe(handler, options);
          return { caughtUp: new Promise<void>((resolve) => setTimeout(() => ((waited = true), resolve(sub.caughtUp)), 200)), unsubscribe: sub.unsubscribe };
        },
      };
      const errors: unknown[] = [];
      const live = follow(retrying, positions(), { onError: (e) => void errors.push(e) });
      const ready = await live.ready;
      expect([isRight(ready) && ready.right.position, waited, errors, live.error]).toEqual([1, true, [], undefined]);
      await append(memory, [said('russia', '-', '2025-03-13')]);
      expect(await live.reached(2)).toBe(true);
      await live.stop();
    });

    it('stops at once when stopped while its subscription waits for the store', async () => {
      const memory = openMemoryStore();
      const never: EventStore = { ...memory, subscribe: (handler, options) => ({ ...memory.subscribe(handler, options), caughtUp: new Promise<void>(() => undefined) }) };
      const live = follow(never, positions());
      // The projection done, the subscription taken, its catching up waited for.
      await new Promise((r) => setTimeout(r, 20));
      expect(await settlesWithin(live.stop(), 1_000)).toBe(true);
      const ready = await live.ready;
      expect(isLeft(ready) && ready.left.message).toBe('follow: stopped (stop() was called) before its first projection ended: nothing is followed');
    });
  });

  it('refuses an option it does not take (asOf among them: a follower moves with the log), naming it, and reads nothing', async () => {
    let reads = 0;
    const store = openMemoryStore();
    await append(store, [said('russia', '-', '2025-03-13')]);
    const counting: EventStore = Object.assign(Object.create(store) as EventStore, { read: (...args: Parameters<EventStore['read']>) => (reads++, store.read(...args)) });
    const told: unknown[] = [];
    const live = follow(counting, positions(), { onchange: () => undefined, onError: (e: unknown) => told.push(e) } as never);
    const ready = await live.ready;
    const error = { _tag: 'InvalidQuery', message: 'follow: onchange: not an option (the options are snapshots, snapshotEvery, onChange, onError, onSnapshotError; did you mean onChange?)' };
    expect([isLeft(ready) && ready.left, live.error, told, live.position, reads]).toEqual([error, error, [error], 0, 0]);
    await live.stop();
    const asOf = await follow(counting, positions(), { asOf: { validTime: '2025-05-16' } } as never).ready;
    expect(isLeft(asOf) && asOf.left.message).toBe('follow: asOf: not an option (the options are snapshots, snapshotEvery, onChange, onError, onSnapshotError)');
    // A slip of a letter or two is answered with the option meant.
    const slip = await follow(counting, positions(), { snapshotEvry: 500 } as never).ready;
    expect(isLeft(slip) && slip.left.message).toBe('follow: snapshotEvry: not an option (the options are snapshots, snapshotEvery, onChange, onError, onSnapshotError; did you mean snapshotEvery?)');
    const notAFunction = await follow(counting, positions(), { onChange: 'log' } as never).ready;
    expect(isLeft(notAFunction) && notAFunction.left.message).toBe('follow: onChange: expected a function, got "log"');
  });

  it('stops applying events once stopped', async () => {
    const store = openMemoryStore();
    const live = follow(store, positions());
    await live.ready;
    await live.stop();
    await append(store, [said('ukraine', '+', '2025-03-11')]);
    await new Promise((r) => setTimeout(r, 20));
    expect(live.position).toBe(0);
  });

  describe('reached(position): waiting until the state holds an append (a service that reads its own writes)', () => {
    it('resolves true once the state holds the event at the position, onChange told first; at once for one it holds', async () => {
      const store = openMemoryStore();
      const told: number[] = [];
      const live = follow(store, positions(), { onChange: (_s, at) => void told.push(at) });
      const [, second] = await append(store, [said('ukraine', '+', '2025-03-11'), said('russia', '-', '2025-03-12')]);
      expect(await live.reached(second!.position)).toBe(true);
      expect([live.position, holders(live.state), told.at(-1)]).toEqual([2, ['russia', 'ukraine'], 2]);
      expect(await live.reached(1)).toBe(true);
      await live.stop();
    });

    it('resolves true after a withdrawal, once the projection done again holds it', async () => {
      const store = openMemoryStore();
      const [first] = await append(store, [said('ukraine', '+', '2025-03-11')]);
      const live = follow(store, positions());
      await live.ready;
      const [withdrawal] = await append(store, [eventWithdrawn(first!.id, 'misquoted')]);
      expect(await live.reached(withdrawal!.position)).toBe(true);
      expect(holders(live.state)).toEqual([]);
      await live.stop();
    });

    it('resolves false when following stops first: by stop(), by an error, or when it never began', async () => {
      const store = openMemoryStore();
      const live = follow(store, positions());
      await live.ready;
      const waiting = live.reached(5);
      await live.stop();
      expect(await waiting).toBe(false);

      const broken = follow(store, { ...positions(), recipe: () => { throw new RangeError('no room for belarus'); } });
      await broken.ready;
      const waitingBroken = broken.reached(1);
      await append(store, [said('belarus', '+', '2025-03-14')]);
      expect(await waitingBroken).toBe(false);
      expect(broken.error).toBeInstanceOf(RecipeError);
      await broken.stop();

      const refused = follow(store, positions(), { asOf: { validTime: '2025-03-01' } } as never);
      expect(await refused.reached(0)).toBe(false);
    });

    it('throws a RangeError naming a position that is none: a mistake of the program', async () => {
      const live = follow(openMemoryStore(), positions());
      for (const wrong of [-1, 1.5, Number.NaN, '3' as unknown as number]) {
        expect(() => live.reached(wrong)).toThrow(RangeError);
      }
      expect(() => live.reached(-1)).toThrow('reached: position: expected a position of the log (a whole number, 0 or more, such as an appended event\'s position), got -1');
      await live.stop();
    });
  });

  describe('stopped while it projects (a service told to shut down as it starts)', () => {
    // A log of several chunks (the memory store reads 1,024 events at a time), and a reducer that counts what it folds.
    const aliases = (n: number): NewEvent[] => Array.from({ length: n }, (_, i) => ({ type: 'alias-added', data: { actor: 'ukraine', alias: `Kyiv ${i}` } }));
    const counting = () => {
      const seen = { count: 0 };
      const r = reducer({ name: 'counting', version: '1', initial: () => ({ n: 0 }), recipe: (draft: { n: number }) => { draft.n++; seen.count++; } });
      return { r, seen };
    };

    it('ends the first projection at the next chunk rather than replay the whole log, and saves no snapshot', async () => {
      const store = openMemoryStore();
      await append(store, aliases(5000));
      const { r, seen } = counting();
      const snapshots = memorySnapshots();
      let stopped: Promise<void> | undefined;
      const live = follow(store, reducer({ ...r, recipe: (draft: { n: number }, e) => { r.recipe(draft, e); if (seen.count === 1) stopped = live.stop(); } }), { snapshots, snapshotEvery: 1 });
      await live.ready;
      await stopped;
      expect(seen.count).toBeLessThanOrEqual(1024);
      expect(await snapshots.load('counting', '1')).toBeUndefined();
    });

    it('gives ready a Left saying it was stopped, not a Right, which would say that it follows; onError is not told', async () => {
      const store = openMemoryStore();
      await append(store, aliases(3000));
      const errors: unknown[] = [];
      const live = follow(store, counting().r, { onError: (e) => void errors.push(e) });
      await live.stop();
      expect(await live.ready).toEqual({
        _tag: 'Left',
        left: { _tag: 'StoreUnavailable', message: 'follow: stopped (stop() was called) before its first projection ended: nothing is followed' },
      });
      expect([errors, live.error, live.position]).toEqual([[], undefined, 0]);
    });

    it('ends a projection done again for a withdrawal at its next chunk, applying nothing more', async () => {
      const store = openMemoryStore();
      const [first] = await append(store, aliases(3000));
      const seen = { count: 0, stopAt: Infinity };
      let stopped: Promise<void> | undefined;
      const live = follow(store, reducer({ name: 'counting', version: '1', initial: () => ({ n: 0 }), recipe: (draft: { n: number }) => {
        draft.n++;
        if (++seen.count === seen.stopAt) stopped = live.stop();
      } }));
      await live.ready;
      expect(seen.count).toBe(3000);
      seen.stopAt = 3001; // the first event folded again
      await append(store, [eventWithdrawn(first!.id, 'entered twice')]);
      await until(() => stopped !== undefined, 'the projection done again has begun');
      await stopped;
      expect(seen.count - 3000).toBeLessThanOrEqual(1024);
      expect(live.position).toBe(3000);
    });
  });

  it('freezes the state of a projection done again for a withdrawal, as the live ones', async () => {
    const store = openMemoryStore();
    const [, russia] = await append(store, [said('ukraine', '+', '2025-03-11'), said('russia', '-', '2025-03-13')]);
    const frozen: boolean[] = [];
    const live = follow(store, positions(), { onChange: (state) => void frozen.push(Object.isFrozen(state.byIssue.get('ceasefire'))) });
    await live.ready;
    await append(store, [eventWithdrawn(russia!.id, 'misquoted')]);
    await reached(live, 3);
    await append(store, [said('belarus', '+', '2025-03-14')]);
    await reached(live, 4);
    expect(frozen).toEqual([true, true, true]);
    expect(() => (live.state.byIssue as Map<string, unknown>).set('hacked', new Map())).toThrow();
    await live.stop();
  });

  it('stops following and tells onError when onChange throws, the first time included; stop() still resolves', async () => {
    const store = openMemoryStore();
    await append(store, [said('ukraine', '+', '2025-03-11')]);
    const errors: unknown[] = [];
    let calls = 0;
    const live = follow(store, positions(), {
      onChange: () => {
        calls++;
        throw new Error('the dashboard is gone');
      },
      onError: (e) => void errors.push(e),
    });
    await expect(live.ready).rejects.toThrow('the dashboard is gone');
    await append(store, [said('russia', '-', '2025-03-13')]);
    await new Promise((r) => setTimeout(r, 20));
    expect([calls, live.position, (errors[0] as Error).message]).toEqual([1, 1, 'the dashboard is gone']);
    await expect(live.stop()).resolves.toBeUndefined();
  });

  // A store whose reads fail with a StoreUnavailable while `failing` is above 0 (once per read), as one whose connection was lost.
  const flaky = (store: EventStore) => {
    const control = { failing: 0, reads: 0 };
    const wrapped: EventStore = {
      ...store,
      append: (events, options) => store.append(events, options),
      head: () => store.head(),
      subscribe: (handler, options) => store.subscribe(handler, options),
      close: () => store.close(),
      read: (query) => {
        control.reads++;
        if (control.failing > 0) {
          control.failing--;
          return (async function* () {
            throw new StoreReadError({ _tag: 'StoreUnavailable', message: 'read: the connection was lost after position 0' });
          })();
        }
        return store.read(query);
      },
    };
    return { store: wrapped, control };
  };

  it('projects again for a withdrawal on a store unavailable for a moment, rather than stop following', async () => {
    const { store, control } = flaky(openMemoryStore());
    const [, russia] = await append(store, [said('ukraine', '+', '2025-03-11'), said('russia', '-', '2025-03-13')]);
    const errors: unknown[] = [];
    const live = follow(store, analysis(), { onError: (e) => void errors.push(e) });
    await live.ready;
    // The subscription (on the store's own reads) delivers the withdrawal; the projection done again for it finds
    // the store unavailable, twice.
    const reads = control.reads;
    control.failing = 2;
    await append(store, [eventWithdrawn(russia!.id, 'misquoted')]);
    await reached(live, 3);
    expect(control.reads - reads).toBeGreaterThanOrEqual(3);
    await append(store, [said('belarus', '+', '2025-03-14')]);
    await reached(live, 4);
    const whole = await project(store, analysis());
    expect(isRight(whole) && live.state).toEqual(isRight(whole) && whole.right.state);
    expect(errors).toEqual([]);
    await live.stop();
  });

  it('stops at once, when stopped, a projection done again that waits for its store', async () => {
    const { store, control } = flaky(openMemoryStore());
    const [first] = await append(store, [said('ukraine', '+', '2025-03-11')]);
    const errors: unknown[] = [];
    const live = follow(store, positions(), { onError: (e) => void errors.push(e) });
    await live.ready;
    control.failing = 1_000_000;
    await append(store, [eventWithdrawn(first!.id, 'misquoted')]);
    await new Promise((r) => setTimeout(r, 200));
    const started = Date.now();
    await live.stop();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect([errors, live.position]).toEqual([[], 1]);
  });

  it('ends, when its store closes, a projection done again that waits for the store: close() does not wait out the retries', async () => {
    const { store, control } = flaky(openMemoryStore());
    const [first] = await append(store, [said('ukraine', '+', '2025-03-11')]);
    const errors: unknown[] = [];
    const live = follow(store, positions(), { onError: (e) => void errors.push(e) });
    await live.ready;
    const reads = control.reads;
    control.failing = Infinity;
    await append(store, [eventWithdrawn(first!.id, 'misquoted')]);
    await until(() => control.reads - reads >= 3, 'the projection done again is retrying');
    // A retry step is at most a second; the retries would go on for 30.
    expect(await settlesWithin(store.close(), 10_000)).toBe(true);
    // Ended as an idle follower ends when its store closes: nothing more applied, nothing told.
    expect([errors, live.position, live.error]).toEqual([[], 1, undefined]);
    await live.stop();
  });

  it('lets a process whose follower waits for its store exit: the retries hold nothing open', async () => {
    // A script that follows a store whose reads fail, appends a withdrawal, and then has nothing more to do.
    const core = join(__dirname, '..', 'src', 'index.ts');
    const script = `
      import { eventWithdrawn, follow, openMemoryStore, positions, statementMade, StoreReadError } from ${JSON.stringify(core)};
      const store = openMemoryStore();
      let failing = false;
      const flaky = { ...store, append: store.append, head: store.head, subscribe: store.subscribe, close: store.close,
        read: (q) => failing ? (async function* () { throw new StoreReadError({ _tag: 'StoreUnavailable', message: 'read: lost' }); })() : store.read(q) };
      const r = await flaky.append([statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', source: { quote: 'q' } })]);
      const live = follow(flaky, positions());
      await live.ready;
      failing = true;
      await flaky.append([eventWithdrawn(r.right.appended[0].id, 'misquoted')]);
      setTimeout(() => console.log('done'), 200);
    `;
    const started = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: join(__dirname, '..'), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    // Well short of the 30 s the retries last, with room for a slow start of tsx.
    expect([code, out.trim(), Date.now() - started < 20_000]).toEqual([0, 'done', true]);
  }, 60_000);

  describe('error: what following stopped on, for a reader given no onError', () => {
    // Throws on a statement of `holder`, as a reducer with a bug does on the one event it cannot take.
    const throwingOn = (holder: string) => {
      const base = positions();
      return {
        ...base,
        recipe: (draft: PositionsState, e: StoredEvent) => {
          if (e.type === 'statement-made' && (e.data as { holder: string }).holder === holder) throw new RangeError(`no room for ${holder}`);
          base.recipe(draft, e);
        },
      };
    };

    it('holds what the reducer threw on a live event, the state staying where it was; undefined while following', async () => {
      const store = openMemoryStore();
      await append(store, [said('ukraine', '+', '2025-03-11')]);
      const live = follow(store, throwingOn('belarus'));
      await live.ready;
      await append(store, [said('russia', '-', '2025-03-13')]);
      await reached(live, 2);
      expect(live.error).toBeUndefined();
      await append(store, [said('belarus', '+', '2025-03-14')]);
      await until(() => live.error !== undefined, 'following stopped');
      await append(store, [said('moldova', '+', '2025-03-15')]);
      await new Promise((r) => setTimeout(r, 20));
      // What the reducer threw, as the cause of an error that names the event.
      expect([live.position, live.error instanceof RecipeError && live.error.cause instanceof RangeError && live.error.cause.message]).toEqual([2, 'no room for belarus']);
      expect((live.error as Error).message).toMatch(/ failed on the event at position 3 \(statement-made, id \w+\): no room for belarus$/);
      // stop() keeps it: it is still why the state stopped moving.
      await live.stop();
      expect(live.error).toBeInstanceOf(RecipeError);
    });

    it('holds what onChange threw, on a live delivery as on the first call, as onError is told it', async () => {
      const store = openMemoryStore();
      await append(store, [said('ukraine', '+', '2025-03-11')]);
      const thrown = new Error('the dashboard is gone');
      const told: unknown[] = [];
      const onLive = follow(store, positions(), { onChange: (_s, position) => { if (position === 2) throw thrown; } });
      const onFirst = follow(store, positions(), { onChange: () => { throw thrown; }, onError: (e) => void told.push(e) });
      await onLive.ready;
      await expect(onFirst.ready).rejects.toBe(thrown);
      expect([onLive.error, onFirst.error, told]).toEqual([undefined, thrown, [thrown]]);
      await append(store, [said('russia', '-', '2025-03-13')]);
      await until(() => onLive.error !== undefined, 'following stopped');
      expect(onLive.error).toBe(thrown);
      await Promise.all([onLive.stop(), onFirst.stop()]);
    });

    it("holds the store's refusal as a StoreError value: of the first projection, and of one done again for a withdrawal", async () => {
      const closed = openMemoryStore();
      await closed.close();
      const never = follow(closed, positions());
      const ready = await never.ready;
      expect([isLeft(ready) && ready.left, never.error]).toEqual([
        { _tag: 'StoreUnavailable', message: 'read: the store is closed' },
        { _tag: 'StoreUnavailable', message: 'read: the store is closed' },
      ]);
      await never.stop();

      // A store whose reads fail on a corrupt record once `corrupt` is set; its subscriptions read the store itself.
      const memory = openMemoryStore();
      let corrupt = false;
      const refusal = { _tag: 'StoreCorrupt', location: 'events.jsonl', message: 'events.jsonl line 2: not JSON' } as const;
      const store: EventStore = { ...memory, read: (query) => (corrupt ? (async function* () { throw new StoreReadError(refusal); })() : memory.read(query)) };
      const [first] = await append(store, [said('ukraine', '+', '2025-03-11')]);
      const live = follow(store, positions());
      await live.ready;
      corrupt = true;
      await append(store, [eventWithdrawn(first!.id, 'misquoted')]);
      await until(() => live.error !== undefined, 'following stopped');
      expect([live.error, live.position]).toEqual([refusal, 1]);
      await live.stop();
    });

    it('stays undefined when following ends by stop()', async () => {
      const store = openMemoryStore();
      const live = follow(store, positions());
      await live.ready;
      await live.stop();
      await append(store, [said('ukraine', '+', '2025-03-11')]);
      expect(live.error).toBeUndefined();
    });
  });

  it('rejects ready with the error of a reducer that throws: a bug, not a failure of the store', async () => {
    const store = openMemoryStore();
    await append(store, [said('ukraine', '+', '2025-03-11')]);
    const broken = { ...positions(), recipe: () => { throw new RangeError('the recipe is broken'); } };
    const errors: unknown[] = [];
    const live = follow(store, broken, { onError: (e) => void errors.push(e) });
    await expect(live.ready).rejects.toThrow(RecipeError);
    expect(errors).toHaveLength(1);
    await expect(live.stop()).resolves.toBeUndefined();
    await expect(project(store, broken)).rejects.toThrow('the recipe is broken');
  });

  it('does not report ready a follower that stopped: when onChange throws on the first projection, ready rejects with it, as for a reducer', async () => {
    const store = openMemoryStore();
    await append(store, [said('ukraine', '+', '2025-03-11')]);
    const thrown = new Error('boom in my onChange');
    const live = follow(store, analysis(), { onChange: () => { throw thrown; } });
    // Without onError, an app that checked for a Right would believe it follows, and never hear of the log again.
    await expect(live.ready).rejects.toBe(thrown);
    expect(live.error).toBe(thrown);
    await append(store, [said('russia', '-', '2025-03-13')]);
    await new Promise((r) => setTimeout(r, 20));
    expect(live.position).toBe(1);
    await expect(live.stop()).resolves.toBeUndefined();
  });
});
