/**
 * The event-store conformance suite: the behaviour every storage adapter
 * (memory, file, PostgreSQL) must show, as jest specifications. An adapter's
 * test file calls {@link describeEventStoreConformance} with a harness that
 * opens fresh stores.
 *
 * @module @stancelog/testing/conformance
 * @since 0.1.0
 */
import { afterAll, describe, expect, it as jestIt } from '@jest/globals';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { eventId, eventWithdrawn, follow, memorySnapshots, positions, project, readAll, statementMade, StoreReadError } from '@stancelog/core';
import type { AppendOptions, AppendResult, Event, EventStore, NewEvent, ReadQuery, Statement, StoredEvent, StoreError, SubscribeOptions } from '@stancelog/core';

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

/** A statement of `holder` on `issue`; `n` makes its quote (and so its id) unique. */
function said(holder: string, issue: string, n: number, extra: Partial<Statement> = {}): Event {
  return statementMade({
    holder,
    issue,
    kind: n % 7 === 3 ? 'reject' : 'demand',
    polarity: n % 7 === 3 ? '-' : '+',
    statedAt: '2025-05-16',
    source: { quote: `statement ${n} of ${holder} on ${issue}`, publisher: 'Conformance Wire' },
    ...extra,
  });
}

function mustAppend(result: Either<StoreError, AppendResult>): AppendResult {
  if (isLeft(result)) throw new Error(`append failed: ${result.left.message}`);
  return result.right;
}

const positionsOf = (events: ReadonlyArray<StoredEvent>): number[] => events.map((e) => e.position);
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

// A specification waits up to 10 s for a delivery (waitUntil), longer than
// jest's default test timeout of 5 s: under that, a store that never
// delivers failed with jest's bare "Exceeded timeout" instead of naming what
// was awaited. Each specification of the suite has 30 s, whatever the
// timeout of the project that runs it.
const SPEC_TIMEOUT_MS = 30_000;
const it = (name: string, spec: Parameters<typeof jestIt>[1]): void => jestIt(name, spec, SPEC_TIMEOUT_MS);

async function waitUntil(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Whether `promise` settles within `millis`: a loose bound, for what must not wait out a 30 s retry. */
async function settlesWithin(promise: Promise<unknown>, millis: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), millis)));
  try {
    return await Promise.race([promise.then(() => true, () => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** `store`, but its reads fail with a StoreUnavailable (as on a lost connection) once `failing` is set; its subscriptions read the store itself. */
function failingReads(store: EventStore): { store: EventStore; control: { failing: boolean; refused: number } } {
  const control = { failing: false, refused: 0 };
  const wrapped: EventStore = {
    append: (events, options) => store.append(events, options),
    head: () => store.head(),
    subscribe: (handler, options) => store.subscribe(handler, options),
    close: () => store.close(),
    read: (query) => {
      if (!control.failing) return store.read(query);
      control.refused++;
      return (async function* () {
        throw new StoreReadError({ _tag: 'StoreUnavailable', message: 'read: the connection was lost after position 0' });
      })();
    },
  };
  return { store: wrapped, control };
}

/**
 * Declares the conformance specifications for the adapter `name`.
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
  // Opens a fresh store for one specification and closes whatever store it ends with.
  async function withStore(body: (store: S) => Promise<EventStore | void>): Promise<void> {
    const store = await harness.open();
    let last: EventStore = store;
    try {
      last = (await body(store)) ?? store;
    } finally {
      await last.close();
    }
  }

  describe(`${name} (event-store conformance)`, () => {
    afterAll(async () => {
      await harness.cleanup?.();
    });

    describe('positions', () => {
      it('numbers events 1..n across batches, without gaps', () =>
        withStore(async (store) => {
          expect(await store.head()).toBe(0);
          const first = mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]));
          expect(positionsOf(first.appended)).toEqual([1]);
          const second = mustAppend(await store.append([said('russia', 'ceasefire', 2), said('russia', 'nato-membership', 3), said('ukraine', 'security-guarantees', 4)]));
          expect(positionsOf(second.appended)).toEqual([2, 3, 4]);
          expect(second.head).toBe(4);
          expect(await store.head()).toBe(4);
          expect(positionsOf(await readAll(store))).toEqual([1, 2, 3, 4]);
        }));

      it('reads back what it appended, with id, tags and schema in the envelope', () =>
        withStore(async (store) => {
          const event = said('ukraine', 'ceasefire', 1, { conditions: [{ issue: 'prisoner-exchange', polarity: '+' }] });
          const { appended } = mustAppend(await store.append([event]));
          const [stored] = await readAll(store);
          expect(stored).toEqual(appended[0]);
          expect(stored?.id).toBe(eventId(event));
          expect(stored?.tags).toEqual(['actor:ukraine', 'issue:ceasefire', 'issue:prisoner-exchange']);
          expect(stored?.schema).toBe(1);
          expect(stored?.data).toEqual(event.data);
        }));
    });

    describe('atomic batches', () => {
      it('refuses a batch with an invalid event anywhere, appending nothing, naming its index and field', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]));
          const bad = { type: 'statement-made', data: { ...said('russia', 'ceasefire', 2).data, polarity: 'maybe' } } as unknown as NewEvent;
          const r = await store.append([said('russia', 'ceasefire', 3), said('russia', 'ceasefire', 4), bad]);
          expect(isLeft(r) && r.left._tag).toBe('InvalidEvent');
          if (isLeft(r) && r.left._tag === 'InvalidEvent') {
            expect(r.left.index).toBe(2);
            expect(r.left.issues.map((i) => i.path)).toContain('data.polarity');
            expect(r.left.message).toMatch(/^event 3 of the batch: data\.polarity: /);
          }
          expect(await store.head()).toBe(1);
          expect(positionsOf(await readAll(store))).toEqual([1]);
        }));

      it('names the path of a nested field', () =>
        withStore(async (store) => {
          const data = { ...said('ukraine', 'peace-talks', 1).data, conditions: [{ issue: 'ceasefire', polarity: '+' }, { issue: 'ceasefire', polarity: 'soon' }] };
          const r = await store.append([said('ukraine', 'ceasefire', 2), { type: 'statement-made', data } as unknown as NewEvent]);
          expect(isLeft(r) && r.left._tag === 'InvalidEvent' && r.left.issues.map((i) => i.path)).toEqual(['data.conditions[1].polarity']);
          expect(isLeft(r) && r.left.message).toMatch(/^event 2 of the batch: data\.conditions\[1\]\.polarity: /);
          expect(isLeft(r) && r.left._tag === 'InvalidEvent' && r.left.index).toBe(1);
          expect(await store.head()).toBe(0);
        }));
      it('refuses a batch that is not an array (one event passed without [ ]), appending nothing', () =>
        withStore(async (store) => {
          // From JavaScript, or past a cast: `append(event)` for `append([event])` once appended nothing and answered Right.
          const single = said('ukraine', 'ceasefire', 1) as unknown as ReadonlyArray<NewEvent>;
          const r = await store.append(single);
          expect(isLeft(r) && r.left._tag).toBe('InvalidEvent');
          expect(isLeft(r) && r.left.message).toBe('append: expected an array of events, got one "statement-made" event: pass it as [event]');
          const none = await store.append(undefined as unknown as ReadonlyArray<NewEvent>);
          expect(isLeft(none) && none.left.message).toBe('append: expected an array of events, got nothing');
          expect(await store.head()).toBe(0);
        }));
      it('refuses an event that throws when read (a getter, from JavaScript) as invalid, naming it, appending nothing', () =>
        withStore(async (store) => {
          const event = said('ukraine', 'ceasefire', 1) as unknown as { data: Record<string, unknown> };
          const boom = (): never => {
            throw new Error('boom');
          };
          // Its source a Proxy whose every read throws.
          const trap = { ...event, data: { ...event.data, source: new Proxy({}, { get: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, has: boom }) } };
          // The file store said StoreUnavailable, the others threw.
          const r = await store.append([said('russia', 'ceasefire', 2), trap as unknown as NewEvent]);
          expect(isLeft(r) && r.left).toMatchObject({ _tag: 'InvalidEvent', index: 1, message: 'event 2 of the batch: reading it threw: boom' });
          expect(await store.head()).toBe(0);
        }));
      it('refuses a now it could not read back (a year past 9999) for an event without recordedAt, appending nothing', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]));
          // (An invalid Date is refused before, as an option: see 'append options'.)
          const far = await store.append([{ ...said('russia', 'ceasefire', 3), recordedAt: '2025-05-17T09:00:00Z' } as NewEvent, said('russia', 'ceasefire', 4)], { now: new Date('+010000-01-01T00:00:00Z') });
          expect(isLeft(far) && far.left._tag === 'InvalidEvent' && [far.left.index, far.left.issues.map((i) => i.path)]).toEqual([1, ['recordedAt']]);
          expect(isLeft(far) && far.left.message).toBe("event 2 of the batch: recordedAt: expected a time from year 0000 to 9999 (none is given, so the append's now), got +010000-01-01T00:00:00.000Z");
          expect(positionsOf(await readAll(store))).toEqual([1]);
          // An event that gives its own recordedAt does not need the append's now.
          mustAppend(await store.append([{ ...said('russia', 'ceasefire', 5), recordedAt: '2025-05-17T09:00:00Z' } as NewEvent], { now: new Date('+010000-01-01T00:00:00Z') }));
          expect(await store.head()).toBe(2);
        }));
    });

    describe('append options', () => {
      it('refuses options that are no position, tag list or date with InvalidQuery, naming the field, appending nothing', () =>
        withStore(async (store) => {
          // From JavaScript (a query parameter, say): a string position once read as a conflict with itself
          // ("expected the log at position 0, but it is at 0"), and a string of tags was read letter by letter.
          const event = said('ukraine', 'ceasefire', 1);
          const cases: Array<[unknown, string]> = [
            [{ expectedPosition: '0' }, 'append: expectedPosition must be a position (a whole number, 0 or more), got "0"'],
            [{ expectedPosition: -1 }, 'append: expectedPosition must be a position (a whole number, 0 or more), got -1'],
            [{ condition: { tags: 'issue:ceasefire', after: 0 } }, 'append: condition.tags must be a list of strings, got "issue:ceasefire"'],
            // A tag list a program computed and found empty: the condition was always met, and the append went through unchecked.
            [{ condition: { tags: [], after: 0 } }, 'append: condition.tags must name at least one tag, got []: a condition on no tags is always met (for "the log has not moved", pass expectedPosition)'],
            // As a read's: no tag holds one, and PostgreSQL's query failed on it where the others' matched nothing.
            [{ condition: { tags: ['issue:cease\u0000fire'], after: 0 } }, 'append: condition.tags hold no NUL character, got "issue:cease\\u0000fire"'],
            [{ condition: { tags: ['issue:ceasefire'], after: 1.5 } }, 'append: condition.after must be a position (a whole number, 0 or more), got 1.5'],
            [{ condition: { tags: ['issue:ceasefire'] } }, 'append: condition.after must be a position (a whole number, 0 or more), got undefined'],
            [{ now: '2025-05-17' }, 'append: now must be a valid Date, got "2025-05-17"'],
            [{ now: new Date('never') }, 'append: now must be a valid Date, got an invalid Date'],
            // A misspelt name was ignored: the append ran without the check it asked for.
            [{ expectedposition: 0 }, 'append: expectedposition: not an option (the options are expectedPosition, condition, now)'],
            [{ condition: { tags: ['issue:ceasefire'], after: 0, before: 3 } }, 'append: condition.before: not an option (the options are tags, after)'],
            // A driver's bigint (as pg may hand back a position): named as written, where formatting it once threw.
            [{ expectedPosition: BigInt(0) }, 'append: expectedPosition must be a position (a whole number, 0 or more), got 0n'],
            [{ condition: { tags: ['issue:ceasefire'], after: BigInt(0) } }, 'append: condition.after must be a position (a whole number, 0 or more), got 0n'],
          ];
          for (const [options, message] of cases) {
            const r = await store.append([event], options as AppendOptions);
            expect(isLeft(r) && r.left).toEqual({ _tag: 'InvalidQuery', message });
          }
          expect(await store.head()).toBe(0);
          // Absent is absent: undefined (and null, as reads take it) ask for no check.
          expect(mustAppend(await store.append([event], { expectedPosition: undefined, condition: undefined, now: undefined } as unknown as AppendOptions)).head).toBe(1);
          // A null expectedPosition was a conflict no retry could clear ("expected the log at position null").
          const next = said('russia', 'ceasefire', 2);
          expect(mustAppend(await store.append([next], { expectedPosition: null, condition: null, now: null } as unknown as AppendOptions)).head).toBe(2);
        }));

      it('takes null options from JavaScript as none, in append, read and subscribe alike', () =>
        withStore(async (store) => {
          expect(mustAppend(await store.append([said('ukraine', 'ceasefire', 1)], null as unknown as AppendOptions)).head).toBe(1);
          const read: StoredEvent[] = [];
          for await (const batch of store.read(null as unknown as ReadQuery)) read.push(...batch);
          expect(read.map((e) => e.position)).toEqual([1]);
          const heard: StoredEvent[] = [];
          const sub = store.subscribe((events) => void heard.push(...events), null as unknown as SubscribeOptions);
          await sub.caughtUp;
          await sub.unsubscribe();
          expect(heard.map((e) => e.position)).toEqual([1]);
        }));
    });

    describe('idempotency', () => {
      it('treats the same statement appended twice as a no-op, reported in duplicates', () =>
        withStore(async (store) => {
          const event = said('ukraine', 'ceasefire', 1);
          mustAppend(await store.append([event]));
          const again = mustAppend(await store.append([event]));
          expect(again.appended).toEqual([]);
          expect(again.duplicates).toEqual([eventId(event)]);
          expect(again.head).toBe(1);
          const mixed = mustAppend(await store.append([event, said('russia', 'ceasefire', 2)]));
          expect(positionsOf(mixed.appended)).toEqual([2]);
          expect(mixed.duplicates).toEqual([eventId(event)]);
          expect(positionsOf(await readAll(store))).toEqual([1, 2]);
        }));

      it('lets a retried batch of duplicates succeed even with a stale expectedPosition', () =>
        withStore(async (store) => {
          const batch = [said('ukraine', 'ceasefire', 1), said('russia', 'ceasefire', 2)];
          mustAppend(await store.append(batch, { expectedPosition: 0 }));
          const retry = await store.append(batch, { expectedPosition: 0 });
          expect(isRight(retry) && retry.right.appended).toEqual([]);
          expect(isRight(retry) && retry.right.duplicates).toEqual(batch.map((e) => eventId(e)));
          expect(await store.head()).toBe(2);
        }));

      it('keeps an event repeated within one batch once', () =>
        withStore(async (store) => {
          const event = said('ukraine', 'ceasefire', 1);
          const r = mustAppend(await store.append([event, event]));
          expect(positionsOf(r.appended)).toEqual([1]);
          expect(await store.head()).toBe(1);
        }));
    });

    describe('conditions', () => {
      it('returns an AppendConflict when the log moved past expectedPosition, appending nothing', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]));
          const r = await store.append([said('russia', 'ceasefire', 2)], { expectedPosition: 0 });
          expect(isLeft(r) && r.left).toMatchObject({ _tag: 'AppendConflict', expected: 0, actual: 1 });
          expect(await store.head()).toBe(1);
          const ok = await store.append([said('russia', 'ceasefire', 2)], { expectedPosition: 1 });
          expect(isRight(ok) && ok.right.head).toBe(2);
        }));

      it('refuses an append when an event with one of the condition tags came after its position', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1), said('russia', 'nato-membership', 2)]));
          const r = await store.append([said('russia', 'ceasefire', 3)], { condition: { tags: ['issue:security-guarantees', 'issue:ceasefire'], after: 0 } });
          expect(isLeft(r) && r.left).toMatchObject({ _tag: 'AppendConflict', expected: 0, actual: 1 });
          expect(await store.head()).toBe(2);
        }));

      it('names the latest event with one of the condition tags as actual, the position to read up to before retrying', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1), said('russia', 'nato-membership', 2), said('russia', 'ceasefire', 3)]));
          const r = await store.append([said('ukraine', 'ceasefire', 4)], { condition: { tags: ['issue:ceasefire'], after: 0 } });
          expect(isLeft(r) && r.left).toMatchObject({ _tag: 'AppendConflict', expected: 0, actual: 3 });
          const retried = await store.append([said('ukraine', 'ceasefire', 4)], { condition: { tags: ['issue:ceasefire'], after: 3 } });
          expect(isRight(retried) && retried.right.head).toBe(4);
        }));

      it('accepts an append when nothing with the condition tags came after its position, whatever else did', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1), said('russia', 'nato-membership', 2)]));
          const r = await store.append([said('russia', 'ceasefire', 3)], { condition: { tags: ['issue:ceasefire'], after: 1 } });
          expect(isRight(r) && positionsOf(r.right.appended)).toEqual([3]);
          const unseen = await store.append([said('russia', 'ceasefire', 4)], { condition: { tags: ['actor:belarus'], after: 0 } });
          expect(isRight(unseen) && unseen.right.head).toBe(4);
        }));

      it('lets exactly one of concurrent appends with the same expectedPosition win', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]));
          const results = await Promise.all(
            range(2, 7).map((n) => store.append([said('russia', 'ceasefire', n), said('russia', 'nato-membership', n)], { expectedPosition: 1 })),
          );
          expect(results.filter(isRight)).toHaveLength(1);
          for (const r of results.filter(isLeft)) expect(r.left._tag).toBe('AppendConflict');
          expect(await store.head()).toBe(3);
          expect(positionsOf(await readAll(store))).toEqual([1, 2, 3]);
        }));
    });

    describe('concurrent appends', () => {
      it('lands every one of concurrent appends without an expectedPosition, each batch whole and in one run of positions, 1..n without gaps', () =>
        withStore(async (store) => {
          const results = await Promise.all(
            range(1, 8).map((n) => store.append([said('russia', 'ceasefire', n), said('ukraine', 'ceasefire', n), said('germany', 'ceasefire', n)])),
          );
          const batches = results.map((r) => positionsOf(mustAppend(r).appended));
          // Each batch's positions follow one another: no other writer's event lands inside it.
          for (const p of batches) expect(p).toEqual([p[0]!, p[0]! + 1, p[0]! + 2]);
          // Each append's head is at least its last event; the store's, all of them.
          results.forEach((r, i) => expect(mustAppend(r).head).toBeGreaterThanOrEqual(batches[i]![2]!));
          expect(batches.flat().sort((a, b) => a - b)).toEqual(range(1, 24));
          expect(await store.head()).toBe(24);
          // Read back in position order, each batch's events in the order given.
          const read = await readAll(store);
          expect(positionsOf(read)).toEqual(range(1, 24));
          for (const r of results) expect(mustAppend(r).appended.map((e) => e.id)).toEqual(read.slice(mustAppend(r).appended[0]!.position - 1, mustAppend(r).appended[0]!.position + 2).map((e) => e.id));
        }));
    });

    describe('reads', () => {
      async function fiveEvents(store: EventStore): Promise<void> {
        mustAppend(
          await store.append([
            said('ukraine', 'ceasefire', 1),
            said('russia', 'nato-membership', 2),
            said('united-states', 'ceasefire', 3),
            said('russia', 'sanctions-relief', 4),
            said('european-union', 'sanctions-relief', 5),
          ]),
        );
      }

      it('reads the events after a position', () =>
        withStore(async (store) => {
          await fiveEvents(store);
          expect(positionsOf(await readAll(store, { after: 2 }))).toEqual([3, 4, 5]);
          expect(positionsOf(await readAll(store, { after: 5 }))).toEqual([]);
        }));

      it('reads the events carrying any of the tags, in order', () =>
        withStore(async (store) => {
          await fiveEvents(store);
          expect(positionsOf(await readAll(store, { tags: ['actor:russia', 'issue:ceasefire'] }))).toEqual([1, 2, 3, 4]);
          expect(positionsOf(await readAll(store, { tags: ['issue:sanctions-relief'], after: 4 }))).toEqual([5]);
          expect(positionsOf(await readAll(store, { tags: ['actor:china'] }))).toEqual([]);
        }));

      it('stops after limit events', () =>
        withStore(async (store) => {
          await fiveEvents(store);
          expect(positionsOf(await readAll(store, { limit: 2 }))).toEqual([1, 2]);
          expect(positionsOf(await readAll(store, { after: 1, tags: ['actor:russia', 'actor:european-union'], limit: 2 }))).toEqual([2, 4]);
        }));

      it('yields a long log in non-empty chunks, in position order', () =>
        withStore(async (store) => {
          for (let b = 0; b < 6; b++) {
            mustAppend(await store.append(range(1, 1000).map((i) => said(`holder-${i % 13}`, `issue-${i % 17}`, b * 1000 + i))));
          }
          const chunks: number[][] = [];
          for await (const chunk of store.read()) chunks.push(positionsOf(chunk));
          expect(chunks.length).toBeGreaterThan(0);
          for (const c of chunks) expect(c.length).toBeGreaterThan(0);
          expect(chunks.flat()).toEqual(range(1, 6000));
        }));
    });

    describe('refused reads', () => {
      // Runs a read to its end: how many events it yielded, and what it failed with.
      async function attempt(events: AsyncIterable<ReadonlyArray<StoredEvent>>): Promise<{ yielded: number; error: unknown }> {
        let yielded = 0;
        try {
          for await (const chunk of events) yielded += chunk.length;
        } catch (error) {
          return { yielded, error };
        }
        return { yielded, error: undefined };
      }

      // What a refused read or subscription fails with: the StoreError value, carried by a StoreReadError.
      function expectRefusal(error: unknown, tag: StoreError['_tag'], message: RegExp): void {
        expect(error).toBeInstanceOf(StoreReadError);
        expect((error as StoreReadError).error).toMatchObject({ _tag: tag, message: expect.stringMatching(message) });
        expect((error as StoreReadError).message).toBe((error as StoreReadError).error.message);
      }

      const notPositions = [-1, 2.5, Number.NaN, Number.POSITIVE_INFINITY];
      // The message of a refused `field` (after, limit) that names the value it got.
      const naming = (what: string, field: string, value: number): RegExp => new RegExp(`^${what}: ${field} .*, got ${String(value).replace('.', '\\.')}$`);

      it('refuses a read after something that is not a position (-1, 2.5, NaN, Infinity) with an InvalidQuery naming it, reading nothing', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1), said('russia', 'ceasefire', 2)]));
          for (const after of notPositions) {
            for (const query of [{ after }, { after, tags: ['issue:ceasefire'] }]) {
              const { yielded, error } = await attempt(store.read(query));
              expect(yielded).toBe(0);
              expectRefusal(error, 'InvalidQuery', naming('read', 'after', after));
            }
          }
          // A bigint, as a driver may hand a position back: named as written (formatting it once threw a TypeError).
          for (const query of [{ after: BigInt(1) }, { limit: BigInt(1) }]) {
            const { yielded, error } = await attempt(store.read(query as unknown as ReadQuery));
            expect(yielded).toBe(0);
            expectRefusal(error, 'InvalidQuery', /^read: (after|limit) .*, got 1n$/);
          }
          // Nothing changed: the store reads and appends as before.
          expect(positionsOf(await readAll(store, { after: 1 }))).toEqual([2]);
          expect(mustAppend(await store.append([said('russia', 'nato-membership', 3)])).head).toBe(3);
        }));

      it('refuses a read whose limit is not a whole number, 0 or more, or whose tags are not a list of strings, naming them', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]));
          for (const limit of [-1, 0.5, Number.NaN]) {
            const { yielded, error } = await attempt(store.read({ limit }));
            expect(yielded).toBe(0);
            expectRefusal(error, 'InvalidQuery', naming('read', 'limit', limit));
          }
          // A lone tag instead of a list (from JavaScript, or data cast to a query).
          const { yielded, error } = await attempt(store.read({ tags: 'actor:ukraine' as unknown as string[] }));
          expect(yielded).toBe(0);
          expectRefusal(error, 'InvalidQuery', /^read: tags must be a list of strings, got "actor:ukraine"$/);
          expect(positionsOf(await readAll(store, { limit: 0 }))).toEqual([]);
        }));

      it('refuses a read or a subscription with a misspelt option, naming it, rather than ignore it', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1), said('russia', 'ceasefire', 2)]));
          const { yielded, error } = await attempt(store.read({ afterr: 1 } as ReadQuery));
          expect(yielded).toBe(0);
          expectRefusal(error, 'InvalidQuery', /^read: afterr: not an option \(the options are after, tags, limit\)$/);
          const seen: number[] = [];
          const errors: unknown[] = [];
          const sub = store.subscribe((events) => void seen.push(...positionsOf(events)), { Tags: ['actor:russia'], onError: (e) => errors.push(e) } as SubscribeOptions);
          await sub.caughtUp;
          await sub.unsubscribe();
          // The refusal first: a store that ignored the option delivered events, and its failure should say why.
          expect(errors).toHaveLength(1);
          expectRefusal(errors[0], 'InvalidQuery', /^subscribe: Tags: not an option \(the options are after, tags, onError\)$/);
          expect(seen).toEqual([]);
        }));

      it('refuses a subscription whose onError is no function: caughtUp rejects, naming it, and nothing is delivered', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]));
          const seen: number[] = [];
          const sub = store.subscribe((events) => void seen.push(...positionsOf(events)), { onError: 'console' } as unknown as SubscribeOptions);
          const refused = await sub.caughtUp.then(() => undefined, (error: unknown) => error);
          expectRefusal(refused, 'InvalidQuery', /^subscribe: onError must be a function, got "console"$/);
          expect(seen).toEqual([]);
          await sub.unsubscribe();
        }));

      it('refuses a read of a closed store with a StoreUnavailable, even one begun before the close', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]));
          const begun = store.read();
          await store.close();
          for (const read of [begun, store.read(), store.read({ tags: ['issue:ceasefire'] })]) {
            const { yielded, error } = await attempt(read);
            expect(yielded).toBe(0);
            expectRefusal(error, 'StoreUnavailable', /^read: .*closed$/);
          }
        }));

      it('refuses the head of a closed store with a StoreUnavailable', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]));
          await store.close();
          expectRefusal(await store.head().then(() => undefined, (e: unknown) => e), 'StoreUnavailable', /^head: .*closed$/);
        }));

      it('stops a read under way when the store closes: its next steps fail with a StoreUnavailable, and it never reaches the end', () =>
        withStore(async (store) => {
          for (let b = 0; b < 5; b++) mustAppend(await store.append(range(1, 1000).map((i) => said('ukraine', 'ceasefire', b * 1000 + i))));
          const reading = store.read()[Symbol.asyncIterator]();
          const first = await reading.next();
          expect(first.done).toBe(false);
          // Not awaited before reading on: a store may finish closing only once the read lets go of what it holds (a connection).
          const closing = store.close();
          const { yielded, error } = await attempt({ [Symbol.asyncIterator]: () => reading });
          await closing;
          expect((first.done ? 0 : first.value.length) + yielded).toBeLessThan(5000);
          expectRefusal(error, 'StoreUnavailable', /^read: .*closed during the read$/);
        }));

      it('refuses a subscription after something that is not a position: nothing delivered, onError told why, caughtUp resolved', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]));
          for (const [i, after] of notPositions.entries()) {
            const seen: number[] = [];
            const errors: unknown[] = [];
            const sub = store.subscribe((events) => void seen.push(...positionsOf(events)), { after, onError: (e) => errors.push(e) });
            await sub.caughtUp;
            // Not delivered either: the subscription stopped before it began.
            mustAppend(await store.append([said('russia', 'ceasefire', 100 + i)]));
            await new Promise((r) => setTimeout(r, 50));
            await sub.unsubscribe();
            expect(seen).toEqual([]);
            expect(errors).toHaveLength(1);
            expectRefusal(errors[0], 'InvalidQuery', naming('subscribe', 'after', after));
          }
        }));

      it('refuses a subscription to a closed store: nothing delivered, onError told why, caughtUp resolved', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]));
          await store.close();
          const seen: number[] = [];
          const errors: unknown[] = [];
          const sub = store.subscribe((events) => void seen.push(...positionsOf(events)), { onError: (e) => errors.push(e) });
          await sub.caughtUp;
          await sub.unsubscribe();
          expect(seen).toEqual([]);
          expect(errors).toHaveLength(1);
          expectRefusal(errors[0], 'StoreUnavailable', /^subscribe: .*closed$/);
        }));
    });

    describe('subscriptions', () => {
      it('delivers the past events, resolves caughtUp, then delivers new ones, each once and in order', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1), said('russia', 'ceasefire', 2)]));
          const seen: number[] = [];
          const sub = store.subscribe((events) => {
            for (const e of events) seen.push(e.position);
          });
          await sub.caughtUp;
          expect(seen).toEqual([1, 2]);
          mustAppend(await store.append([said('russia', 'nato-membership', 3)]));
          mustAppend(await store.append([said('ukraine', 'nato-membership', 4), said('ukraine', 'ceasefire', 5)]));
          await waitUntil(() => seen.length >= 5, 'five events are delivered');
          await sub.unsubscribe();
          expect(seen).toEqual([1, 2, 3, 4, 5]);
        }));

      it('delivers each event once when appends race with the catch-up', () =>
        withStore(async (store) => {
          mustAppend(await store.append(range(1, 50).map((n) => said('ukraine', 'ceasefire', n))));
          const seen: number[] = [];
          const sub = store.subscribe(async (events) => {
            for (const e of events) seen.push(e.position);
            await new Promise((r) => setTimeout(r, 1));
          });
          const appends = range(1, 10).map((b) => store.append([said('russia', 'ceasefire', 100 + b)]));
          await Promise.all(appends);
          await sub.caughtUp;
          await waitUntil(() => seen.length >= 60, 'sixty events are delivered');
          await sub.unsubscribe();
          expect(seen).toEqual(range(1, 60));
        }));

      it('delivers only events after `after` carrying the tags', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1), said('russia', 'ceasefire', 2), said('russia', 'nato-membership', 3)]));
          const seen: number[] = [];
          const sub = store.subscribe((events) => void seen.push(...positionsOf(events)), { after: 1, tags: ['actor:russia'] });
          await sub.caughtUp;
          expect(seen).toEqual([2, 3]);
          mustAppend(await store.append([said('ukraine', 'nato-membership', 4), said('russia', 'sanctions-relief', 5)]));
          await waitUntil(() => seen.length >= 3, 'the russian statement is delivered');
          await sub.unsubscribe();
          expect(seen).toEqual([2, 3, 5]);
        }));

      it('stops delivering after unsubscribe', () =>
        withStore(async (store) => {
          const seen: number[] = [];
          const sub = store.subscribe((events) => void seen.push(...positionsOf(events)));
          await sub.caughtUp;
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]));
          await waitUntil(() => seen.length >= 1, 'the first event is delivered');
          await sub.unsubscribe();
          mustAppend(await store.append([said('ukraine', 'ceasefire', 2)]));
          // A second subscriber sees the event: the first had every chance to see it too.
          const other: number[] = [];
          const witness = store.subscribe((events) => void other.push(...positionsOf(events)));
          await witness.caughtUp;
          await waitUntil(() => other.length >= 2, 'the witness sees both events');
          await new Promise((r) => setTimeout(r, 50));
          await witness.unsubscribe();
          expect(seen).toEqual([1]);
        }));

      it('lets a handler unsubscribe itself, awaiting it: caughtUp resolves, and nothing more is delivered', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1), said('russia', 'ceasefire', 2)]));
          const seen: number[] = [];
          let unsubscribed = false;
          const sub = store.subscribe(async (events) => {
            seen.push(...positionsOf(events));
            // Awaited from the handler, it must not wait for the handler call that awaits it.
            await sub.unsubscribe();
            unsubscribed = true;
          });
          await sub.caughtUp;
          expect(unsubscribed).toBe(true);
          mustAppend(await store.append([said('ukraine', 'ceasefire', 3)]));
          const other: number[] = [];
          const witness = store.subscribe((events) => void other.push(...positionsOf(events)));
          await witness.caughtUp;
          await new Promise((r) => setTimeout(r, 50));
          await witness.unsubscribe();
          expect(seen).toEqual([1, 2]);
          expect(other).toEqual([1, 2, 3]);
        }));

      it('gives its handler a signal aborted when the subscription ends: by unsubscribe(), or by the store closing while the handler waits', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]));
          const signals: AbortSignal[] = [];
          const first = store.subscribe((_events, signal) => void signals.push(signal));
          await first.caughtUp;
          expect(signals.map((s) => s.aborted)).toEqual([false]);
          await first.unsubscribe();
          expect(signals.map((s) => s.aborted)).toEqual([true]);
          // A handler that waits for something (a retry, a slow write) until its subscription ends: close() ends the wait.
          const errors: unknown[] = [];
          let waiting = false;
          const second = store.subscribe(
            (_events, signal) =>
              new Promise<void>((resolve) => {
                waiting = true;
                signal.addEventListener('abort', () => resolve());
              }),
            { onError: (e) => void errors.push(e) },
          );
          await waitUntil(() => waiting, 'the handler waits');
          expect(await settlesWithin(store.close(), 10_000)).toBe(true);
          // A read under way that the close cuts short is no error of an ended subscription.
          await second.caughtUp;
          expect(errors).toEqual([]);
        }));

      it('closes when a handler closes it before its first await, and waits for it there: the store is closed, nothing hangs', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]));
          let handled!: () => void;
          const done = new Promise<void>((resolve) => (handled = resolve));
          store.subscribe(async () => {
            // The rule of Subscription: awaited before the handler's first await, close() resolves.
            await store.close();
            handled();
          });
          expect(await settlesWithin(done, 10_000)).toBe(true);
          const after = await store.append([said('russia', 'ceasefire', 2)]);
          expect(isLeft(after) && after.left._tag).toBe('StoreUnavailable');
        }));

      it("tells onError nothing of the AbortError a handler's wait rejects with when the subscription ends (a signal-aware timer, a fetch)", () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]));
          const errors: unknown[] = [];
          let waiting = false;
          const sub = store.subscribe(
            (_events, signal) =>
              new Promise<void>((_resolve, reject) => {
                waiting = true;
                // What a signal-aware wait does: reject with the signal's reason, an AbortError.
                signal.addEventListener('abort', () => reject(signal.reason));
              }),
            { onError: (e) => void errors.push(e) },
          );
          await waitUntil(() => waiting, 'the handler waits');
          expect(await settlesWithin(sub.unsubscribe(), 10_000)).toBe(true);
          await sub.caughtUp;
          expect(errors).toEqual([]);
        }));

      it('stops a subscription whose handler throws: onError is told what it threw, nothing more is delivered, others go on', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]));
          const errors: unknown[] = [];
          let calls = 0;
          const thrown = new Error('the dashboard failed to render');
          const failing = store.subscribe(
            () => {
              calls++;
              if (calls === 2) throw thrown;
            },
            { onError: (e) => void errors.push(e) },
          );
          const seen: number[] = [];
          const healthy = store.subscribe((events) => void seen.push(...positionsOf(events)));
          await Promise.all([failing.caughtUp, healthy.caughtUp]);
          mustAppend(await store.append([said('russia', 'ceasefire', 2)]));
          await waitUntil(() => errors.length === 1 && seen.length === 2, 'the handler threw and the other subscription went on');
          mustAppend(await store.append([said('russia', 'ceasefire', 3)]));
          await waitUntil(() => seen.length === 3, 'the other subscription sees the third event');
          await new Promise((r) => setTimeout(r, 50));
          await failing.unsubscribe();
          await healthy.unsubscribe();
          expect(errors).toEqual([thrown]);
          expect(calls).toBe(2);
          expect(seen).toEqual([1, 2, 3]);
        }));

      it('delivers every event once and in order to each of 100 subscriptions, slow ones included, as batches arrive', () =>
        withStore(async (store) => {
          mustAppend(await store.append(range(1, 20).map((n) => said('ukraine', 'ceasefire', n))));
          const seen: number[][] = Array.from({ length: 100 }, () => []);
          const subs = seen.map((list, i) =>
            store.subscribe(async (events) => {
              list.push(...positionsOf(events));
              if (i % 10 === 0) await new Promise((r) => setTimeout(r, 20));
            }),
          );
          for (let b = 0; b < 5; b++) mustAppend(await store.append(range(1, b + 1).map((n) => said('russia', 'ceasefire', 100 * b + n))));
          await Promise.all(subs.map((s) => s.caughtUp));
          await waitUntil(() => seen.every((list) => list.length >= 35), 'every subscription sees the 35 events');
          await Promise.all(subs.map((s) => s.unsubscribe()));
          for (const list of seen) expect(list).toEqual(range(1, 35));
        }));
    });

    describe('ids', () => {
      it('takes __proto__ and constructor as ordinary actor and issue ids', () =>
        withStore(async (store) => {
          const events: Event[] = [
            { type: 'actor-registered', data: { id: '__proto__', kind: 'state', name: 'Proto' } },
            { type: 'actor-registered', data: { id: 'constructor', kind: 'bloc', name: 'Constructor' } },
            { type: 'issue-defined', data: { id: 'hasownproperty', title: 'Own', proposition: 'an odd issue id' } },
            said('__proto__', 'constructor', 1),
            said('constructor', '__proto__', 2),
          ];
          mustAppend(await store.append(events));
          const all = await readAll(store);
          expect(all.map((e) => e.data)).toEqual(events.map((e) => e.data));
          expect(positionsOf(await readAll(store, { tags: ['actor:__proto__'] }))).toEqual([1, 4]);
          expect(positionsOf(await readAll(store, { tags: ['issue:constructor'] }))).toEqual([4]);
          expect(positionsOf(await readAll(store, { tags: ['actor:toString'] }))).toEqual([]);
          const r = await store.append([said('__proto__', 'hasownproperty', 3)], { condition: { tags: ['actor:__proto__'], after: 3 } });
          expect(isLeft(r) && r.left._tag).toBe('AppendConflict');
          const statement = all[3]?.data as Statement;
          expect(Object.prototype.hasOwnProperty.call(statement, 'holder') && statement.holder).toBe('__proto__');
        }));
    });

    describe('withdrawals', () => {
      it('stores a withdrawal, finds it by its tags, and projects without the event it withdraws, from a snapshot too', () =>
        withStore(async (store) => {
          const snapshots = memorySnapshots();
          const { appended } = mustAppend(await store.append([said('ukraine', 'ceasefire', 1), said('russia', 'ceasefire', 2)]));
          const statesOf = async () => {
            const r = await project(store, positions(), { snapshots, snapshotEvery: 1 });
            if (isLeft(r)) throw new Error(r.left.message);
            return [...(r.right.state.byIssue.get('ceasefire')?.keys() ?? [])].sort();
          };
          expect(await statesOf()).toEqual(['russia', 'ukraine']);
          const withdrawal = mustAppend(await store.append([eventWithdrawn(appended[1]!.id, 'misattributed')])).appended[0]!;
          expect(withdrawal.tags).toEqual(['withdrawal', `event:${appended[1]!.id}`]);
          expect(await readAll(store, { tags: ['withdrawal'] })).toEqual([withdrawal]);
          expect(await statesOf()).toEqual(['ukraine']);
          mustAppend(await store.append([eventWithdrawn(withdrawal.id, 'the attribution was right')]));
          expect(await statesOf()).toEqual(['russia', 'ukraine']);
        }));

      it('refuses a withdrawal of an event neither in the log nor before it in the batch, appending nothing of the batch', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]));
          // A mistyped id, or one copied from another log: kept, it would stay in the log for good and never apply.
          const stray = '0123456789abcdef0123456789abcdef';
          const r = await store.append([said('russia', 'ceasefire', 2), eventWithdrawn(stray, 'misattributed')]);
          expect(isLeft(r) && r.left).toMatchObject({ _tag: 'InvalidEvent', message: expect.stringContaining(`data.event: no event ${stray} in the log`) });
          expect(await store.head()).toBe(1);
          // An event of the same batch, before the withdrawal, may be withdrawn (a correction sent with the mistake).
          const russia = said('russia', 'ceasefire', 3);
          const both = mustAppend(await store.append([russia, eventWithdrawn(eventId(russia), 'misattributed')]));
          expect(both.appended.map((e) => e.type)).toEqual(['statement-made', 'event-withdrawn']);
        }));
    });

    describe('live projections', () => {
      it('keeps a followed projection equal to a projection of the whole log as statements and withdrawals arrive', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]));
          const live = follow(store, positions());
          await live.ready;
          const { appended } = mustAppend(await store.append([said('russia', 'ceasefire', 2), said('belarus', 'ceasefire', 4)]));
          mustAppend(await store.append([eventWithdrawn(appended[0]!.id, 'misattributed')]));
          await waitUntil(() => live.position === 4, 'the live projection reached position 4');
          const whole = await project(store, positions());
          expect(isRight(whole) && [...whole.right.state.byIssue.get('ceasefire')!.keys()].sort()).toEqual(['belarus', 'ukraine']);
          expect(isRight(whole) && [...live.state.byIssue.get('ceasefire')!.keys()].sort()).toEqual(['belarus', 'ukraine']);
          await live.stop();
        }));

      // A projection done again for a withdrawal, on a store unavailable, is retried for 30 s; a retry step is at most a second.
      for (const ending of ['stop()', "the store's close()"] as const) {
        it(`ends a projection done again for a withdrawal that waits for its store at once on ${ending}, telling no error`, () =>
          withStore(async (real) => {
            const { store, control } = failingReads(real);
            const { appended } = mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]));
            const errors: unknown[] = [];
            const live = follow(store, positions(), { onError: (e) => void errors.push(e) });
            await live.ready;
            control.failing = true;
            mustAppend(await store.append([eventWithdrawn(appended[0]!.id, 'misattributed')]));
            await waitUntil(() => control.refused >= 3, 'the projection done again is retried');
            expect(await settlesWithin(ending === 'stop()' ? live.stop() : store.close(), 10_000)).toBe(true);
            expect([errors, live.position, live.error]).toEqual([[], 1, undefined]);
            await live.stop();
          }));
      }
    });

    describe('recordedAt', () => {
      it('records `now` for events without recordedAt and keeps an explicit one', () =>
        withStore(async (store) => {
          const now = new Date('2025-05-17T09:00:00Z');
          const explicit = { ...said('russia', 'ceasefire', 2), recordedAt: '2025-04-24T08:00:00Z' } as NewEvent;
          const r = mustAppend(await store.append([said('ukraine', 'ceasefire', 1), explicit], { now }));
          expect(r.appended.map((e) => e.recordedAt)).toEqual(['2025-05-17T09:00:00.000Z', '2025-04-24T08:00:00Z']);
          expect((await readAll(store)).map((e) => e.recordedAt)).toEqual(['2025-05-17T09:00:00.000Z', '2025-04-24T08:00:00Z']);
        }));

      it('defaults `now` to the current time', () =>
        withStore(async (store) => {
          const before = Date.now();
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]));
          const after = Date.now();
          const [e] = await readAll(store);
          const at = Date.parse(e!.recordedAt);
          expect(at).toBeGreaterThanOrEqual(before - 1);
          expect(at).toBeLessThanOrEqual(after + 1);
        }));

      it('gives the same statement recorded at another time the same id', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)], { now: new Date('2025-05-17T09:00:00Z') }));
          const later = mustAppend(await store.append([said('ukraine', 'ceasefire', 1)], { now: new Date('2025-06-01T09:00:00Z') }));
          expect(later.appended).toEqual([]);
          expect((await readAll(store))[0]?.recordedAt).toBe('2025-05-17T09:00:00.000Z');
        }));
    });

    const reopen = harness.reopen?.bind(harness);
    (reopen ? describe : describe.skip)('durability', () => {
      it('keeps every event, id and tag across a reopen', () =>
        withStore(async (first) => {
          mustAppend(await first.append([said('ukraine', 'ceasefire', 1), said('russia', 'ceasefire', 2)]));
          mustAppend(await first.append([said('russia', 'nato-membership', 3)], { now: new Date('2025-05-17T09:00:00Z') }));
          const before = await readAll(first);
          const store = await reopen!(first);
          expect(await readAll(store)).toEqual(before);
          expect(await store.head()).toBe(3);
          // The tags too, as rebuilt by the open: a read by tag and a tag condition before anything new is appended.
          expect(positionsOf(await readAll(store, { tags: ['issue:nato-membership'] }))).toEqual([3]);
          const stale = await store.append([said('ukraine', 'ceasefire', 5)], { condition: { tags: ['issue:nato-membership'], after: 2 } });
          expect(isLeft(stale) && stale.left).toMatchObject({ _tag: 'AppendConflict', actual: 3 });
          const again = mustAppend(await store.append([said('russia', 'ceasefire', 2), said('ukraine', 'nato-membership', 4)]));
          expect(again.duplicates).toEqual([eventId(said('russia', 'ceasefire', 2))]);
          expect(positionsOf(again.appended)).toEqual([4]);
          const conflict = await store.append([said('ukraine', 'ceasefire', 5)], { condition: { tags: ['issue:nato-membership'], after: 2 } });
          expect(isLeft(conflict) && conflict.left).toMatchObject({ _tag: 'AppendConflict', actual: 4 });
          return store;
        }));

      it('finishes an append under way before it closes: the append is acknowledged, and kept', () =>
        withStore(async (first) => {
          mustAppend(await first.append([said('ukraine', 'ceasefire', 1)]));
          // Not awaited: the close comes while the append is under way.
          const appending = first.append([said('russia', 'ceasefire', 2), said('russia', 'nato-membership', 3)]);
          const closing = first.close();
          const appended = mustAppend(await appending);
          await closing;
          expect(positionsOf(appended.appended)).toEqual([2, 3]);
          const store = await reopen!(first);
          expect(positionsOf(await readAll(store))).toEqual([1, 2, 3]);
          return store;
        }));
    });

    const writeRaw = harness.writeRaw?.bind(harness);
    (writeRaw ? describe : describe.skip)('forward compatibility', () => {
      it('skips events of a type written by a newer version, keeping their positions', () =>
        withStore(async (first) => {
          mustAppend(await first.append([said('ukraine', 'ceasefire', 1)]));
          // Its id is the hash of its content, as the newer version made it.
          const mood = { type: 'mood-changed', data: { actor: 'ukraine', mood: 'hopeful' } };
          const store = await writeRaw!(first, [
            {
              id: eventId(mood as unknown as Event),
              position: 2,
              recordedAt: '2025-05-17T09:00:00Z',
              schema: 1,
              tags: ['actor:ukraine', 'issue:ceasefire'],
              type: 'mood-changed',
              data: { actor: 'ukraine', mood: 'hopeful' },
            },
          ]);
          expect(await store.head()).toBe(2);
          const r = mustAppend(await store.append([said('russia', 'ceasefire', 3)]));
          expect(positionsOf(r.appended)).toEqual([3]);
          expect(positionsOf(await readAll(store))).toEqual([1, 3]);
          expect(positionsOf(await readAll(store, { tags: ['actor:ukraine'] }))).toEqual([1]);
          return store;
        }));
    });
  });
}
export * from './snapshot-conformance.js';
