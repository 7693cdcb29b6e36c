// What the conformance suites say when a store fails them: each specification is run on its own against a memory
// store broken on purpose, and its failure must name the operation, what came back and what was expected. Jest
// prints no code frame for a failure under node_modules, where an adapter's project runs the suite from: a bare
// `Received: false` there said nothing of which call gave what.
import { memorySnapshots, openMemoryStore } from '@stancelog/core';
import type { EventStore, Snapshot, SnapshotStore, StoredEvent, Subscription } from '@stancelog/core';
import type { SpecApi } from '../src/conformance-checks.js';
import { declareEventStoreSpecs } from '../src/event-store-specs.js';
import { declareSnapshotStoreSpecs } from '../src/snapshot-store-specs.js';

/** The specifications `declare` makes, by their path under the suite (`conditions › returns ...`), not run. */
function specsOf(declare: (api: SpecApi) => void): Map<string, () => Promise<void>> {
  const specs = new Map<string, () => Promise<void>>();
  const path: string[] = [];
  const group = (name: string, body: () => void): void => {
    path.push(name);
    body();
    path.pop();
  };
  declare({ describe: group, skip: () => undefined, it: (name, spec) => void specs.set([...path.slice(1), name].join(' › '), spec), afterAll: () => undefined });
  return specs;
}

/** Runs one specification of the event-store suite against the memory store changed by `bug`. */
function runAgainst(bug: (store: EventStore) => Partial<EventStore>, spec: string): Promise<void> {
  const specs = specsOf((api) =>
    declareEventStoreSpecs('broken', { open: async () => {
      const store = openMemoryStore();
      return { ...store, ...bug(store) };
    } }, api),
  );
  const run = specs.get(spec);
  if (run === undefined) throw new Error(`no specification "${spec}" among ${[...specs.keys()].join(', ')}`);
  return run();
}

/** The events of a read, each changed by `f`. */
function mapped(read: AsyncIterable<ReadonlyArray<StoredEvent>>, f: (e: StoredEvent) => StoredEvent): AsyncIterable<ReadonlyArray<StoredEvent>> {
  return (async function* () {
    for await (const chunk of read) yield chunk.map(f);
  })();
}

describe('the event-store conformance suite, failing', () => {
  it('says of an append that should have conflicted, and went through, what it did and what was expected', async () => {
    const ignoresExpected = (store: EventStore): Partial<EventStore> => ({ append: (events, options) => store.append(events, { ...options, expectedPosition: undefined }) });
    await expect(runAgainst(ignoresExpected, 'conditions › returns an AppendConflict when the log moved past expectedPosition, appending nothing')).rejects.toThrow(
      'an append with expectedPosition 0 to a log at 1: the append succeeded (head 2, appended [2]); expected an AppendConflict { expected: 0, actual: 1 }, appending nothing',
    );
    // Six results, in a line rather than 6 KB of JSON.
    await expect(runAgainst(ignoresExpected, 'conditions › lets exactly one of concurrent appends with the same expectedPosition win')).rejects.toThrow(
      'six concurrent appends of two events with expectedPosition 1, to a log at 1: 6 succeeded, appending [2, 3], [4, 5], [6, 7], [8, 9], [10, 11], [12, 13]; expected exactly one to succeed, the others refused with AppendConflict (check the position and write under one lock or transaction)',
    );
  });

  it('names the tag condition an append ignored, where it once said `Expected: "AppendConflict" Received: false`', async () => {
    const ignoresCondition = (store: EventStore): Partial<EventStore> => ({ append: (events, options) => store.append(events, { ...options, condition: undefined }) });
    await expect(runAgainst(ignoresCondition, 'ids › takes __proto__ and constructor as ordinary actor and issue ids')).rejects.toThrow(
      "an append on the condition { tags: ['actor:__proto__'], after: 3 }, event 4 tagged actor:__proto__: the append succeeded (head 6, appended [6]); expected an AppendConflict { expected: 3, actual: 4 }, appending nothing",
    );
  });

  it('says which positions are missing and which were not expected', async () => {
    // Positions 1, 3, 5...: a store that leaves a gap after each event.
    const gaps = (store: EventStore): Partial<EventStore> => ({
      append: async (events, options) => {
        const r = await store.append(events, options);
        return r._tag === 'Left' ? r : { ...r, right: { ...r.right, appended: r.right.appended.map((e) => ({ ...e, position: 2 * e.position - 1 })) } };
      },
    });
    await expect(runAgainst(gaps, 'positions › numbers events 1..n across batches, without gaps')).rejects.toThrow(
      'appending three events to a log at 1: positions [3, 5, 7], expected [2..4] (missing [2, 4]; not expected [5, 7])',
    );
  });

  it('names the field of an event read back that differs from the one appended', async () => {
    const recordedAtLost = (store: EventStore): Partial<EventStore> => ({ read: (query) => mapped(store.read(query), (e) => ({ ...e, recordedAt: '2030-01-01T00:00:00.000Z' })) });
    await expect(runAgainst(recordedAtLost, 'positions › reads back what it appended, with id, tags and schema in the envelope')).rejects.toThrow(
      /^the event read back, against the one the append returned: event\.recordedAt: expected '\d{4}-\d\d-\d\dT[\d:.]+Z', got '2030-01-01T00:00:00\.000Z'$/,
    );
  });

  it('says what head() of a closed store resolved with', async () => {
    const noCloseCheck = (store: EventStore): Partial<EventStore> => {
      let closed = false;
      return { head: () => (closed ? Promise.resolve(1) : store.head()), close: async () => void (closed = true) };
    };
    await expect(runAgainst(noCloseCheck, 'refused reads › refuses the head of a closed store with a StoreUnavailable')).rejects.toThrow(
      'head() of a closed store resolved with 1; expected it to reject with a StoreReadError carrying a StoreUnavailable ("head: the store is closed")',
    );
  });

  it('says, when it times out waiting for deliveries, how many came and which positions are missing', async () => {
    // Catches up, then never listens.
    const missesNew = (store: EventStore): Partial<EventStore> => ({
      subscribe: (handler, options) => {
        const caughtUp = (async () => {
          for await (const chunk of store.read({ after: options?.after ?? 0 })) await handler(chunk, new AbortController().signal);
        })();
        return { caughtUp, unsubscribe: async () => undefined };
      },
    });
    await expect(runAgainst(missesNew, 'subscriptions › delivers the past events, resolves caughtUp, then delivers new ones, each once and in order')).rejects.toThrow(
      'timed out after 10 s waiting until five events are delivered (two in the log, three appended after caughtUp): 2 delivered [1, 2], missing [3..5]',
    );
  }, 20_000);

  it('says that close() must end the subscriptions before it awaits anything, within its own bound, its own close() after it bounded too', async () => {
    // A close() that waits before it unsubscribes: the handler awaiting it waits for it, and it for the handler.
    const closesLate = (store: EventStore): Partial<EventStore> => {
      const subscriptions = new Set<Subscription>();
      return {
        subscribe: (handler, options) => {
          const sub = store.subscribe(handler, options);
          subscriptions.add(sub);
          return sub;
        },
        close: async () => {
          await Promise.resolve();
          await Promise.all([...subscriptions].map((s) => s.unsubscribe()));
          await store.close();
        },
      };
    };
    await expect(runAgainst(closesLate, 'subscriptions › closes when a handler closes it before its first await, and waits for it there: the store is closed, nothing hangs')).rejects.toThrow(
      "close() awaited in a handler before the handler's first await did not resolve in 10 s: call unsubscribe() on every subscription before close() awaits anything (an append under way, a connection), then wait for them: an unsubscribe() called from close()'s continuation waits for the handler call running, and a handler that awaits close() is that call",
    );
  }, 28_000);
});

describe('the event-store conformance suite, of a damaged record', () => {
  // A store whose reads fail on a record written by hand with a plain Error, as the example's map store once did:
  // project took it for a lost server (StoreUnavailable).
  const specs = specsOf((api) =>
    declareEventStoreSpecs(
      'plain errors',
      {
        open: async () => openMemoryStore(),
        writeRaw: async (store) => ({
          ...store,
          read: (query) =>
            (async function* () {
              yield* store.read(query);
              throw new Error('map store, position 2: schema: expected a number');
            })(),
        }),
      },
      api,
    ),
  );

  it('says what a read of it failed with, and what the contract asks for', async () => {
    const run = specs.get('damaged records › refuses a record that is no event (written by hand): at the open, or as a read and a subscription that fail with a StoreReadError carrying a StoreCorrupt naming its position, after the events before it');
    await expect(run!()).rejects.toThrow(
      'a read of the whole log once writeRaw wrote event 2, a record written by hand whose schema is "one": Error: map store, position 2: schema: expected a number; expected a StoreReadError carrying a StoreCorrupt whose message matches /\\bposition 2\\b/ (a refusal is thrown as a StoreReadError, its StoreError value as `error`)',
    );
  });

  it('passes a store whose open refuses the log (writeRaw rejects)', async () => {
    const refusing = specsOf((api) => declareEventStoreSpecs('refusing', { open: async () => openMemoryStore(), writeRaw: async () => Promise.reject(new Error('map store, position 2: schema: expected a number')) }, api));
    await expect(refusing.get([...refusing.keys()].find((k) => k.startsWith('damaged records'))!)!()).resolves.toBeUndefined();
  });
});

describe('the snapshot-store conformance suite, failing', () => {
  // The obvious store for Redis, S3 or files, and the wrong one: JSON turns Maps and Sets into plain objects.
  const jsonSnapshots = (): SnapshotStore => {
    const kept = new Map<string, string>();
    return {
      load: async <S>(reducer: string, version: string) => {
        const text = kept.get(reducer);
        const snapshot = text === undefined ? undefined : (JSON.parse(text) as Snapshot<S>);
        return snapshot?.version === version ? snapshot : undefined;
      },
      save: async (snapshot) => void kept.set(snapshot.reducer, JSON.stringify(snapshot)),
    };
  };
  const specs = specsOf((api) =>
    declareSnapshotStoreSpecs('json', { open: async () => ({ log: openMemoryStore(), snapshots: jsonSnapshots() }), replaceLog: async ({ snapshots }) => ({ log: openMemoryStore(), snapshots }) }, api),
  );

  it('says which field of the state did not survive the round trip, and how to keep one', async () => {
    await expect(specs.get('keeping snapshots › loads what it saved, the event id included, as a copy the caller may change')!()).rejects.toThrow(
      "snapshots.load('count', '1') after a save: the state loaded is not the state saved: state.byIssue was a Map, came back as a plain object (keep a snapshot as a structured clone does (node:v8 serialize and deserialize, as bytes or base64; structuredClone in memory): JSON turns Maps and Sets into plain objects)",
    );
  });

  it("says why a projection could not start from the snapshot: project's snapshotError", async () => {
    await expect(specs.get('projecting from a snapshot › saves the id of the event at its position, and replays only the tail after it')!()).rejects.toThrow(
      "project(log, positions(), { snapshots, snapshotEvery: 1 }) told snapshotError: loading the snapshot of positions: state.byIssue is a Map in the reducer's encoding of its initial state, but a plain object in the snapshot: a snapshot store must keep a state as a structured clone does (v8.serialize, structuredClone), not as JSON, which turns Maps and Sets into plain objects",
    );
  });

  it('passes a store that keeps snapshots as a structured clone does', async () => {
    const clean = specsOf((api) => declareSnapshotStoreSpecs('memory', { open: async () => ({ log: openMemoryStore(), snapshots: memorySnapshots() }), replaceLog: async ({ snapshots }) => ({ log: openMemoryStore(), snapshots }) }, api));
    for (const spec of clean.values()) await spec();
    expect(clean.size).toBe(specs.size);
  });
});
