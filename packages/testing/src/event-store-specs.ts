/**
 * The specifications of the event-store conformance suite (internal):
 * `describeEventStoreConformance` declares them with jest; the kit's own
 * tests run them one by one against stores broken on purpose, to check
 * what each failure says.
 *
 * Every check fails with a sentence naming the operation, what came back
 * and what was expected (conformance-checks.ts): jest prints no code frame
 * for a failure under `node_modules`, where an adapter's project runs the
 * suite from, so the message is all its author sees.
 *
 * @since 0.1.0
 */
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { eventId, eventWithdrawn, follow, memorySnapshots, positions, project, readAll, statementMade, StoreReadError } from '@stancelog/core';
import type { AppendOptions, Event, EventStore, NewEvent, PositionsState, ReadQuery, Statement, StoredEvent, StoreError, SubscribeOptions } from '@stancelog/core';
import type { ConformanceHarness } from './conformance.js';
import {
  delivered,
  errorLabel,
  events,
  fail,
  matches,
  mustAppend,
  mustBeRefusal,
  mustConflict,
  mustRefuse,
  mustSettle,
  positionList,
  same,
  samePositions,
  sameValue,
  settled,
  shown,
  tryAppend,
  waitUntil,
} from './conformance-checks.js';
import type { SpecApi } from './conformance-checks.js';

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

const positionsOf = (events: ReadonlyArray<StoredEvent>): number[] => events.map((e) => e.position);
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
/** A read's query as messages name the read: `read({ after: 2 })`. */
const reading = (query?: ReadQuery): string => `read(${query === undefined ? '' : shown(query)})`;
const readPositions = async (store: EventStore, query?: ReadQuery): Promise<number[]> => positionsOf(await readAll(store, query));

// How long a close, an unsubscribe or a handler's own close() may take: a
// loose bound, for what must not wait out a 30 s retry, well within the 30 s
// of a specification (jest's bare "Exceeded timeout" names nothing).
const SETTLE_MS = 10_000;

// What most likely holds up a close() that does not resolve, said where one does not.
const CLOSE_RULE =
  "call unsubscribe() on every subscription before close() awaits anything (an append under way, a connection), then wait for them: an unsubscribe() called from close()'s continuation waits for the handler call running, and a handler that awaits close() is that call";

/** The advice for an append that refuses a withdrawal of an event the log holds. */
const withdrawalHint = (error: StoreError): string | undefined =>
  error._tag === 'InvalidEvent' && /no event \S+ in the log/.test(error.message)
    ? "the event withdrawn is in the log: checkAppend's context must answer has(id) for every id in the log, as it serves both the dedup of ids and the check of withdrawals"
    : undefined;

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

/** Runs a read to its end: how many events it yielded, and what it failed with. */
async function attempt(events: AsyncIterable<ReadonlyArray<StoredEvent>>): Promise<{ yielded: number; error: unknown }> {
  let yielded = 0;
  try {
    for await (const chunk of events) yielded += chunk.length;
  } catch (error) {
    return { yielded, error };
  }
  return { yielded, error: undefined };
}

/** Fails unless the read is refused at its first step, before anything is read, with a StoreReadError carrying a `tag` whose message matches. */
async function mustRefuseRead(events: AsyncIterable<ReadonlyArray<StoredEvent>>, tag: StoreError['_tag'], message: RegExp, what: string): Promise<void> {
  const { yielded, error } = await attempt(events);
  const wanted = `a StoreReadError carrying a ${tag} at its first step, before anything is read`;
  if (error === undefined) fail(`${what}: yielded ${yielded === 0 ? 'nothing' : `${yielded} event${yielded === 1 ? '' : 's'}`} and ended without an error; expected ${wanted}`);
  if (yielded > 0) fail(`${what}: yielded ${yielded} event${yielded === 1 ? '' : 's'} before it failed; expected ${wanted}`);
  mustBeRefusal(error, tag, message, what);
}

/** Fails unless a subscription refused (by its options, or a closed store) delivered nothing and told onError one StoreReadError. */
function mustBeRefusedSubscription(seen: ReadonlyArray<number>, errors: ReadonlyArray<unknown>, tag: StoreError['_tag'], message: RegExp, what: string): void {
  // The refusal first: a store that ignored an option delivered events, and its failure should say why.
  if (errors.length !== 1) {
    fail(`${what}: onError was told ${errors.length === 0 ? 'nothing' : `${errors.length} errors (${errors.map((e) => shown(e)).join(', ')})`}${seen.length > 0 ? `, and it delivered ${positionList(seen)}` : ''}; expected one StoreReadError carrying a ${tag}, and nothing delivered`);
  }
  mustBeRefusal(errors[0], tag, message, `${what}: what onError was told`);
  samePositions(seen, [], `${what}: what it delivered`);
}

/**
 * Declares the conformance specifications for the adapter `name` with
 * `api` (see `describeEventStoreConformance`).
 */
export function declareEventStoreSpecs<S extends EventStore>(name: string, harness: ConformanceHarness<S>, api: SpecApi): void {
  const { describe, it } = api;

  // Opens a fresh store for one specification and closes whatever store it ends with. The close is bounded: one
  // that hung (a subscription waiting for a handler that waits for it) replaced the specification's own failure by
  // jest's bare timeout.
  async function withStore(body: (store: S) => Promise<EventStore | void>): Promise<void> {
    const store = await harness.open();
    let last: EventStore = store;
    let failure: { error: unknown } | undefined;
    try {
      last = (await body(store)) ?? store;
    } catch (error) {
      failure = { error };
    }
    const closing = await settled(last.close(), SETTLE_MS);
    if (failure !== undefined) throw failure.error;
    if (closing.state === 'rejected') throw closing.error;
    if (closing.state === 'pending') fail(`close() at the end of the specification did not resolve in ${SETTLE_MS / 1000} s: finish the append under way, end the subscriptions (${CLOSE_RULE})`);
  }

  describe(`${name} (event-store conformance)`, () => {
    api.afterAll(async () => {
      await harness.cleanup?.();
    });

    describe('positions', () => {
      it('numbers events 1..n across batches, without gaps', () =>
        withStore(async (store) => {
          same(await store.head(), 0, 'head() of a new store');
          const first = mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]), 'appending one event to an empty log');
          samePositions(positionsOf(first.appended), [1], 'appending one event to an empty log');
          const second = mustAppend(await store.append([said('russia', 'ceasefire', 2), said('russia', 'nato-membership', 3), said('ukraine', 'security-guarantees', 4)]), 'appending three events to a log at 1');
          samePositions(positionsOf(second.appended), [2, 3, 4], 'appending three events to a log at 1');
          same(second.head, 4, 'the head that append answered');
          same(await store.head(), 4, 'head() after appending four events');
          samePositions(await readPositions(store), [1, 2, 3, 4], 'a read of the whole log');
        }));

      it('reads back what it appended, with id, tags and schema in the envelope', () =>
        withStore(async (store) => {
          const event = said('ukraine', 'ceasefire', 1, { conditions: [{ issue: 'prisoner-exchange', polarity: '+' }] });
          const { appended } = mustAppend(await store.append([event]), 'appending one event');
          const [stored] = await readAll(store);
          if (stored === undefined) fail('a read of a log of one event: read nothing');
          same(stored.id, eventId(event), 'the id of the event read back (the hash of its content, eventId(event): prepareBatch gives it)');
          same(stored.tags, ['actor:ukraine', 'issue:ceasefire', 'issue:prisoner-exchange'], 'the tags of the event read back');
          same(stored.schema, 1, 'the schema of the event read back');
          sameValue(stored.data, event.data, 'the data of the event read back', 'data');
          sameValue(stored, appended[0], 'the event read back, against the one the append returned', 'event');
        }));
    });

    describe('atomic batches', () => {
      it('refuses a batch with an invalid event anywhere, appending nothing, naming its index and field', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]), 'appending a first event');
          const bad = { type: 'statement-made', data: { ...said('russia', 'ceasefire', 2).data, polarity: 'maybe' } } as unknown as NewEvent;
          const what = 'appending three events, the third of polarity "maybe"';
          const refused = mustRefuse(await store.append([said('russia', 'ceasefire', 3), said('russia', 'ceasefire', 4), bad]), 'InvalidEvent', what);
          same(refused.index, 2, `${what}: the InvalidEvent's index (of the invalid event in the whole batch, from 0)`);
          const paths = refused.issues.map((i) => i.path);
          if (!paths.includes('data.polarity')) fail(`${what}: the InvalidEvent's issues name ${shown(paths)}; expected 'data.polarity' among them`);
          matches(refused.message, /^event 3 of the batch: data\.polarity: /, `${what}: the InvalidEvent's message`);
          same(await store.head(), 1, `head() after ${what} (nothing of the batch may be appended)`);
          samePositions(await readPositions(store), [1], `a read after ${what} (nothing of the batch may be appended)`);
        }));

      it('names the path of a nested field', () =>
        withStore(async (store) => {
          const data = { ...said('ukraine', 'peace-talks', 1).data, conditions: [{ issue: 'ceasefire', polarity: '+' }, { issue: 'ceasefire', polarity: 'soon' }] };
          const what = 'appending two events, the second with conditions[1].polarity "soon"';
          const refused = mustRefuse(await store.append([said('ukraine', 'ceasefire', 2), { type: 'statement-made', data } as unknown as NewEvent]), 'InvalidEvent', what);
          same(refused.issues.map((i) => i.path), ['data.conditions[1].polarity'], `${what}: the InvalidEvent's issue paths`);
          matches(refused.message, /^event 2 of the batch: data\.conditions\[1\]\.polarity: /, `${what}: the InvalidEvent's message`);
          same(refused.index, 1, `${what}: the InvalidEvent's index`);
          same(await store.head(), 0, `head() after ${what} (nothing of the batch may be appended)`);
        }));
      it('refuses a batch that is not an array (one event passed without [ ]), appending nothing', () =>
        withStore(async (store) => {
          // From JavaScript, or past a cast: `append(event)` for `append([event])` once appended nothing and answered Right.
          const single = said('ukraine', 'ceasefire', 1) as unknown as ReadonlyArray<NewEvent>;
          const one = mustRefuse(await tryAppend(() => store.append(single), 'append(event), one event without [ ]'), 'InvalidEvent', 'append(event), one event without [ ]');
          same(one.message, 'append: expected an array of events, got one "statement-made" event: pass it as [event]', "append(event): the InvalidEvent's message");
          const none = mustRefuse(await tryAppend(() => store.append(undefined as unknown as ReadonlyArray<NewEvent>), 'append(undefined)'), 'InvalidEvent', 'append(undefined)');
          same(none.message, 'append: expected an array of events, got nothing', "append(undefined): the InvalidEvent's message");
          same(await store.head(), 0, 'head() after the refused appends');
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
          const what = 'appending two events, the second of which throws when read';
          const refused = mustRefuse(await tryAppend(() => store.append([said('russia', 'ceasefire', 2), trap as unknown as NewEvent]), what), 'InvalidEvent', what);
          same([refused.index, refused.message], [1, 'event 2 of the batch: reading it threw: boom'], `${what}: the InvalidEvent's index and message`);
          same(await store.head(), 0, `head() after ${what}`);
        }));
      it('refuses a now it could not read back (a year past 9999) for an event without recordedAt, appending nothing', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]), 'appending a first event');
          // (An invalid Date is refused before, as an option: see 'append options'.)
          const what = 'appending, with now in the year 10000, two events, the second without recordedAt';
          const far = mustRefuse(
            await store.append([{ ...said('russia', 'ceasefire', 3), recordedAt: '2025-05-17T09:00:00Z' } as NewEvent, said('russia', 'ceasefire', 4)], { now: new Date('+010000-01-01T00:00:00Z') }),
            'InvalidEvent',
            what,
          );
          same([far.index, far.issues.map((i) => i.path)], [1, ['recordedAt']], `${what}: the InvalidEvent's index and issue paths`);
          same(far.message, "event 2 of the batch: recordedAt: expected a time from year 0000 to 9999 (none is given, so the append's now), got +010000-01-01T00:00:00.000Z", `${what}: the InvalidEvent's message`);
          samePositions(await readPositions(store), [1], `a read after ${what} (nothing of the batch may be appended)`);
          // An event that gives its own recordedAt does not need the append's now.
          mustAppend(await store.append([{ ...said('russia', 'ceasefire', 5), recordedAt: '2025-05-17T09:00:00Z' } as NewEvent], { now: new Date('+010000-01-01T00:00:00Z') }), 'appending, with now in the year 10000, an event that gives its own recordedAt');
          same(await store.head(), 2, 'head() after it');
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
            [{ expectedposition: 0 }, 'append: expectedposition: not an option (the options are expectedPosition, condition, now; did you mean expectedPosition?)'],
            [{ condition: { tags: ['issue:ceasefire'], after: 0, before: 3 } }, 'append: condition.before: not an option (the options are tags, after)'],
            // A driver's bigint (as pg may hand back a position): named as written, where formatting it once threw.
            [{ expectedPosition: BigInt(0) }, 'append: expectedPosition must be a position (a whole number, 0 or more), got 0n'],
            [{ condition: { tags: ['issue:ceasefire'], after: BigInt(0) } }, 'append: condition.after must be a position (a whole number, 0 or more), got 0n'],
          ];
          for (const [options, message] of cases) {
            // Named by the refusal expected: an invalid Date or a bigint has no literal form to print.
            const what = `an append whose options should be refused with "${message}" (checkAppendOptions refuses them so)`;
            sameValue(mustRefuse(await store.append([event], options as AppendOptions), 'InvalidQuery', what), { _tag: 'InvalidQuery', message }, what, 'error');
          }
          same(await store.head(), 0, 'head() after the refused appends');
          // Absent is absent: undefined (and null, as reads take it) ask for no check.
          const undefinedOptions = 'an append with expectedPosition, condition and now undefined (asking for no check)';
          same(mustAppend(await store.append([event], { expectedPosition: undefined, condition: undefined, now: undefined } as unknown as AppendOptions), undefinedOptions).head, 1, `${undefinedOptions}: its head`);
          // A null expectedPosition was a conflict no retry could clear ("expected the log at position null").
          const next = said('russia', 'ceasefire', 2);
          const nullOptions = 'an append with expectedPosition, condition and now null (from JavaScript: asking for no check)';
          same(mustAppend(await store.append([next], { expectedPosition: null, condition: null, now: null } as unknown as AppendOptions), nullOptions).head, 2, `${nullOptions}: its head`);
        }));

      it('takes null options from JavaScript as none, in append, read and subscribe alike', () =>
        withStore(async (store) => {
          same(mustAppend(await store.append([said('ukraine', 'ceasefire', 1)], null as unknown as AppendOptions), 'append(events, null)').head, 1, 'append(events, null): its head');
          const read: StoredEvent[] = [];
          for await (const batch of store.read(null as unknown as ReadQuery)) read.push(...batch);
          samePositions(positionsOf(read), [1], 'read(null)');
          const heard: StoredEvent[] = [];
          const sub = store.subscribe((events) => void heard.push(...events), null as unknown as SubscribeOptions);
          await sub.caughtUp;
          await sub.unsubscribe();
          samePositions(positionsOf(heard), [1], 'what subscribe(handler, null) delivered');
        }));
    });

    describe('idempotency', () => {
      it('treats the same statement appended twice as a no-op, reported in duplicates', () =>
        withStore(async (store) => {
          const event = said('ukraine', 'ceasefire', 1);
          mustAppend(await store.append([event]), 'appending a first event');
          const what = 'appending the event at position 1 again (the same content, so the same id)';
          const again = mustAppend(await store.append([event]), what);
          if (again.appended.length > 0) fail(`${what}: appended ${events(again.appended)}; expected nothing appended, and its id in duplicates (checkAppend looks ids up with AppendContext.has)`);
          same(again.duplicates, [eventId(event)], `${what}: duplicates`);
          same(again.head, 1, `${what}: its head`);
          const mixed = mustAppend(await store.append([event, said('russia', 'ceasefire', 2)]), 'appending it again with a new event');
          samePositions(positionsOf(mixed.appended), [2], 'appending it again with a new event: appended');
          same(mixed.duplicates, [eventId(event)], 'appending it again with a new event: duplicates');
          samePositions(await readPositions(store), [1, 2], 'a read of the whole log');
        }));

      it('lets a retried batch of duplicates succeed even with a stale expectedPosition', () =>
        withStore(async (store) => {
          const batch = [said('ukraine', 'ceasefire', 1), said('russia', 'ceasefire', 2)];
          mustAppend(await store.append(batch, { expectedPosition: 0 }), 'appending two events with expectedPosition 0 to an empty log');
          const what = 'appending the same two events again with expectedPosition 0 (a retry of an append that went through)';
          const retry = mustAppend(await store.append(batch, { expectedPosition: 0 }), what, (e) =>
            e._tag === 'AppendConflict' ? 'a batch whose events are all in the log already succeeds whatever the head, its events as duplicates: checkAppend sees so before it checks the position' : undefined,
          );
          if (retry.appended.length > 0) fail(`${what}: appended ${events(retry.appended)}; expected nothing appended`);
          same(retry.duplicates, batch.map((e) => eventId(e)), `${what}: duplicates`);
          same(await store.head(), 2, `head() after ${what}`);
        }));

      it('keeps an event repeated within one batch once', () =>
        withStore(async (store) => {
          const event = said('ukraine', 'ceasefire', 1);
          const what = 'appending a batch holding one event twice';
          samePositions(positionsOf(mustAppend(await store.append([event, event]), what).appended), [1], `${what} (kept once)`);
          same(await store.head(), 1, `head() after ${what}`);
        }));
    });

    describe('conditions', () => {
      it('returns an AppendConflict when the log moved past expectedPosition, appending nothing', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]), 'appending a first event');
          mustConflict(await store.append([said('russia', 'ceasefire', 2)], { expectedPosition: 0 }), { expected: 0, actual: 1 }, 'an append with expectedPosition 0 to a log at 1');
          same(await store.head(), 1, 'head() after the conflict (nothing may be appended)');
          const what = 'an append with expectedPosition 1 to a log at 1';
          same(mustAppend(await store.append([said('russia', 'ceasefire', 2)], { expectedPosition: 1 }), what).head, 2, `${what}: its head`);
        }));

      it('refuses an append when an event with one of the condition tags came after its position', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1), said('russia', 'nato-membership', 2)]), 'appending two events');
          const r = await store.append([said('russia', 'ceasefire', 3)], { condition: { tags: ['issue:security-guarantees', 'issue:ceasefire'], after: 0 } });
          mustConflict(r, { expected: 0, actual: 1 }, "an append on the condition { tags: ['issue:security-guarantees', 'issue:ceasefire'], after: 0 }, event 1 tagged issue:ceasefire");
          same(await store.head(), 2, 'head() after the conflict (nothing may be appended)');
        }));

      it('names the latest event with one of the condition tags as actual, the position to read up to before retrying', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1), said('russia', 'nato-membership', 2), said('russia', 'ceasefire', 3)]), 'appending three events');
          const r = await store.append([said('ukraine', 'ceasefire', 4)], { condition: { tags: ['issue:ceasefire'], after: 0 } });
          mustConflict(r, { expected: 0, actual: 3 }, "an append on the condition { tags: ['issue:ceasefire'], after: 0 }, events 1 and 3 tagged issue:ceasefire");
          const what = "the same append retried on the condition { tags: ['issue:ceasefire'], after: 3 }";
          same(mustAppend(await store.append([said('ukraine', 'ceasefire', 4)], { condition: { tags: ['issue:ceasefire'], after: 3 } }), what).head, 4, `${what}: its head`);
        }));

      it('accepts an append when nothing with the condition tags came after its position, whatever else did', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1), said('russia', 'nato-membership', 2)]), 'appending two events');
          const what = "an append on the condition { tags: ['issue:ceasefire'], after: 1 }, nothing tagged issue:ceasefire after 1";
          samePositions(positionsOf(mustAppend(await store.append([said('russia', 'ceasefire', 3)], { condition: { tags: ['issue:ceasefire'], after: 1 } }), what).appended), [3], what);
          const unseen = "an append on the condition { tags: ['actor:belarus'], after: 0 }, nothing tagged actor:belarus";
          same(mustAppend(await store.append([said('russia', 'ceasefire', 4)], { condition: { tags: ['actor:belarus'], after: 0 } }), unseen).head, 4, `${unseen}: its head`);
        }));

      it('lets exactly one of concurrent appends with the same expectedPosition win', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]), 'appending a first event');
          const results = await Promise.all(
            range(2, 7).map((n) => store.append([said('russia', 'ceasefire', n), said('russia', 'nato-membership', n)], { expectedPosition: 1 })),
          );
          const what = 'six concurrent appends of two events with expectedPosition 1, to a log at 1';
          const won = results.filter(isRight);
          if (won.length !== 1) {
            const refusals = [...new Set(results.filter(isLeft).map((r) => errorLabel(r.left)))];
            const outcome = won.length === 0 ? `none succeeded (refused with ${refusals.join('; ')})` : `${won.length} succeeded, appending ${won.map((r) => positionList(positionsOf(r.right.appended))).join(', ')}`;
            fail(`${what}: ${outcome}; expected exactly one to succeed, the others refused with AppendConflict (check the position and write under one lock or transaction)`);
          }
          for (const r of results) if (isLeft(r) && r.left._tag !== 'AppendConflict') fail(`${what}: one was refused with ${errorLabel(r.left)}; expected AppendConflict`);
          same(await store.head(), 3, `head() after ${what}`);
          samePositions(await readPositions(store), [1, 2, 3], `a read after ${what}`);
        }));
    });

    describe('concurrent appends', () => {
      it('lands every one of concurrent appends without an expectedPosition, each batch whole and in one run of positions, 1..n without gaps', () =>
        withStore(async (store) => {
          const results = await Promise.all(
            range(1, 8).map((n) => store.append([said('russia', 'ceasefire', n), said('ukraine', 'ceasefire', n), said('germany', 'ceasefire', n)])),
          );
          const what = 'eight concurrent appends of three events, without expectedPosition';
          const appended = results.map((r, i) => mustAppend(r, `${what}: append ${i + 1}`));
          const batches = appended.map((a) => positionsOf(a.appended));
          // Each batch's positions follow one another: no other writer's event lands inside it.
          for (const [i, p] of batches.entries()) {
            if (!(p.length === 3 && p[1] === p[0]! + 1 && p[2] === p[0]! + 2)) fail(`${what}: append ${i + 1} landed at positions ${positionList(p)}; expected three positions in a row (no other writer's event inside a batch)`);
          }
          // Each append's head is at least its last event; the store's, all of them.
          for (const [i, a] of appended.entries()) if (a.head < batches[i]![2]!) fail(`${what}: append ${i + 1} answered head ${a.head}, before its own last event at ${batches[i]![2]}`);
          samePositions(batches.flat().sort((a, b) => a - b), range(1, 24), `${what}: the positions of all the batches`);
          same(await store.head(), 24, `head() after ${what}`);
          // Read back in position order, each batch's events in the order given.
          const read = await readAll(store);
          samePositions(positionsOf(read), range(1, 24), `a read after ${what}`);
          for (const [i, a] of appended.entries()) {
            const at = a.appended[0]!.position;
            same(a.appended.map((e) => e.id), read.slice(at - 1, at + 2).map((e) => e.id), `${what}: the ids of append ${i + 1}'s events, against those read at positions ${at}..${at + 2}`);
          }
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
          'appending five events',
        );
      }
      /** Fails unless `query` reads `expected` of the five events. */
      async function mustRead(store: EventStore, query: ReadQuery, expected: number[]): Promise<void> {
        samePositions(await readPositions(store, query), expected, `${reading(query)} of a log of five events`);
      }

      it('reads the events after a position', () =>
        withStore(async (store) => {
          await fiveEvents(store);
          await mustRead(store, { after: 2 }, [3, 4, 5]);
          await mustRead(store, { after: 5 }, []);
        }));

      it('reads the events carrying any of the tags, in order', () =>
        withStore(async (store) => {
          await fiveEvents(store);
          await mustRead(store, { tags: ['actor:russia', 'issue:ceasefire'] }, [1, 2, 3, 4]);
          await mustRead(store, { tags: ['issue:sanctions-relief'], after: 4 }, [5]);
          await mustRead(store, { tags: ['actor:china'] }, []);
        }));

      it('stops after limit events', () =>
        withStore(async (store) => {
          await fiveEvents(store);
          await mustRead(store, { limit: 2 }, [1, 2]);
          await mustRead(store, { after: 1, tags: ['actor:russia', 'actor:european-union'], limit: 2 }, [2, 4]);
        }));

      it('yields a long log in non-empty chunks, in position order', () =>
        withStore(async (store) => {
          for (let b = 0; b < 6; b++) {
            mustAppend(await store.append(range(1, 1000).map((i) => said(`holder-${i % 13}`, `issue-${i % 17}`, b * 1000 + i))), `appending batch ${b + 1} of six of 1,000 events`);
          }
          const chunks: number[][] = [];
          for await (const chunk of store.read()) chunks.push(positionsOf(chunk));
          const what = 'a read of a log of 6,000 events';
          if (chunks.length === 0) fail(`${what}: yielded no chunk`);
          const empty = chunks.findIndex((c) => c.length === 0);
          if (empty >= 0) fail(`${what}: chunk ${empty + 1} of ${chunks.length} was empty; yield only chunks that hold events`);
          samePositions(chunks.flat(), range(1, 6000), what);
        }));
    });

    describe('refused reads', () => {
      const notPositions = [-1, 2.5, Number.NaN, Number.POSITIVE_INFINITY];
      // The message of a refused `field` (after, limit) that names the value it got.
      const naming = (what: string, field: string, value: number): RegExp => new RegExp(`^${what}: ${field} .*, got ${String(value).replace('.', '\\.')}$`);

      it('refuses a read after something that is not a position (-1, 2.5, NaN, Infinity) with an InvalidQuery naming it, reading nothing', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1), said('russia', 'ceasefire', 2)]), 'appending two events');
          for (const after of notPositions) {
            for (const query of [{ after }, { after, tags: ['issue:ceasefire'] }]) {
              await mustRefuseRead(store.read(query), 'InvalidQuery', naming('read', 'after', after), reading(query));
            }
          }
          // A bigint, as a driver may hand a position back: named as written (formatting it once threw a TypeError).
          for (const query of [{ after: BigInt(1) }, { limit: BigInt(1) }]) {
            await mustRefuseRead(store.read(query as unknown as ReadQuery), 'InvalidQuery', /^read: (after|limit) .*, got 1n$/, `read({ ${Object.keys(query)[0]}: 1n })`);
          }
          // Nothing changed: the store reads and appends as before.
          samePositions(await readPositions(store, { after: 1 }), [2], 'read({ after: 1 }) after the refused reads');
          same(mustAppend(await store.append([said('russia', 'nato-membership', 3)]), 'an append after the refused reads').head, 3, 'the head of an append after the refused reads');
        }));

      it('refuses a read whose limit is not a whole number, 0 or more, or whose tags are not a list of strings, naming them', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]), 'appending a first event');
          for (const limit of [-1, 0.5, Number.NaN]) await mustRefuseRead(store.read({ limit }), 'InvalidQuery', naming('read', 'limit', limit), reading({ limit }));
          // A lone tag instead of a list (from JavaScript, or data cast to a query).
          await mustRefuseRead(store.read({ tags: 'actor:ukraine' as unknown as string[] }), 'InvalidQuery', /^read: tags must be a list of strings, got "actor:ukraine"$/, "read({ tags: 'actor:ukraine' })");
          samePositions(await readPositions(store, { limit: 0 }), [], 'read({ limit: 0 })');
        }));

      it('refuses a read or a subscription with a misspelt option, naming it, rather than ignore it', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1), said('russia', 'ceasefire', 2)]), 'appending two events');
          await mustRefuseRead(store.read({ afterr: 1 } as ReadQuery), 'InvalidQuery', /^read: afterr: not an option \(the options are after, tags, limit; did you mean after\?\)$/, 'read({ afterr: 1 })');
          const seen: number[] = [];
          const errors: unknown[] = [];
          const sub = store.subscribe((events) => void seen.push(...positionsOf(events)), { Tags: ['actor:russia'], onError: (e) => errors.push(e) } as SubscribeOptions);
          await sub.caughtUp;
          await sub.unsubscribe();
          mustBeRefusedSubscription(seen, errors, 'InvalidQuery', /^subscribe: Tags: not an option \(the options are after, tags, onError; did you mean tags\?\)$/, "subscribe(handler, { Tags: ['actor:russia'] }) (checkSubscribeOptions refuses it)");
        }));

      it('refuses a subscription whose onError is no function: caughtUp rejects, naming it, and nothing is delivered', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]), 'appending a first event');
          const seen: number[] = [];
          const sub = store.subscribe((events) => void seen.push(...positionsOf(events)), { onError: 'console' } as unknown as SubscribeOptions);
          const what = "subscribe(handler, { onError: 'console' })";
          const refused = await sub.caughtUp.then(() => undefined, (error: unknown) => error);
          if (refused === undefined) fail(`${what}: caughtUp resolved; expected it to reject with a StoreReadError carrying an InvalidQuery (checkSubscribeOptions refuses it)`);
          mustBeRefusal(refused, 'InvalidQuery', /^subscribe: onError must be a function, got "console"$/, `${what}: what caughtUp rejected with`);
          samePositions(seen, [], `${what}: what it delivered`);
          await sub.unsubscribe();
        }));

      it('refuses a read of a closed store with a StoreUnavailable, even one begun before the close', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]), 'appending a first event');
          const begun = store.read();
          await store.close();
          const reads: Array<[AsyncIterable<ReadonlyArray<StoredEvent>>, string]> = [
            [begun, 'a read begun before close() and iterated after it'],
            [store.read(), 'read() of a closed store'],
            [store.read({ tags: ['issue:ceasefire'] }), "read({ tags: ['issue:ceasefire'] }) of a closed store"],
          ];
          for (const [read, what] of reads) await mustRefuseRead(read, 'StoreUnavailable', /^read: .*closed$/, what);
        }));

      it('refuses the head of a closed store with a StoreUnavailable', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]), 'appending a first event');
          await store.close();
          const head = await store.head().then(
            (position) => ({ position }),
            (error: unknown) => ({ error }),
          );
          if ('position' in head) fail(`head() of a closed store resolved with ${head.position}; expected it to reject with a StoreReadError carrying a StoreUnavailable ("head: the store is closed")`);
          mustBeRefusal(head.error, 'StoreUnavailable', /^head: .*closed$/, 'head() of a closed store');
        }));

      it('stops a read under way when the store closes: its next steps fail with a StoreUnavailable, and it never reaches the end', () =>
        withStore(async (store) => {
          for (let b = 0; b < 5; b++) mustAppend(await store.append(range(1, 1000).map((i) => said('ukraine', 'ceasefire', b * 1000 + i))), `appending batch ${b + 1} of five of 1,000 events`);
          const reading = store.read()[Symbol.asyncIterator]();
          const first = await reading.next();
          const what = 'a read of 5,000 events, the store closed after its first chunk';
          if (first.done) fail(`${what}: yielded nothing before the close`);
          // Not awaited before reading on: a store may finish closing only once the read lets go of what it holds (a connection).
          const closing = store.close();
          const { yielded, error } = await attempt({ [Symbol.asyncIterator]: () => reading });
          await closing;
          const total = first.value.length + yielded;
          if (error === undefined) fail(`${what}: read ${total} events${total === 5000 ? ', to the end,' : ''} and ended without an error; expected its next step after the close to fail with a StoreUnavailable ("read: ... closed during the read"): check the store is open before each chunk`);
          if (total >= 5000) fail(`${what}: read all 5,000 events before it failed; expected it to stop at its next step after the close`);
          mustBeRefusal(error, 'StoreUnavailable', /^read: .*closed during the read$/, what);
        }));

      it('refuses a subscription after something that is not a position: nothing delivered, onError told why, caughtUp resolved', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]), 'appending a first event');
          for (const [i, after] of notPositions.entries()) {
            const seen: number[] = [];
            const errors: unknown[] = [];
            const sub = store.subscribe((events) => void seen.push(...positionsOf(events)), { after, onError: (e) => errors.push(e) });
            await sub.caughtUp;
            // Not delivered either: the subscription stopped before it began.
            mustAppend(await store.append([said('russia', 'ceasefire', 100 + i)]), 'an append after the refused subscription');
            await new Promise((r) => setTimeout(r, 50));
            await sub.unsubscribe();
            mustBeRefusedSubscription(seen, errors, 'InvalidQuery', naming('subscribe', 'after', after), `subscribe(handler, { after: ${after} })`);
          }
        }));

      it('refuses a subscription to a closed store: nothing delivered, onError told why, caughtUp resolved', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]), 'appending a first event');
          await store.close();
          const seen: number[] = [];
          const errors: unknown[] = [];
          const sub = store.subscribe((events) => void seen.push(...positionsOf(events)), { onError: (e) => errors.push(e) });
          await sub.caughtUp;
          await sub.unsubscribe();
          mustBeRefusedSubscription(seen, errors, 'StoreUnavailable', /^subscribe: .*closed$/, 'subscribe() to a closed store');
        }));
    });

    describe('subscriptions', () => {
      it('delivers the past events, resolves caughtUp, then delivers new ones, each once and in order', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1), said('russia', 'ceasefire', 2)]), 'appending two events');
          const seen: number[] = [];
          const sub = store.subscribe((events) => {
            for (const e of events) seen.push(e.position);
          });
          await sub.caughtUp;
          samePositions(seen, [1, 2], 'what a subscription to a log of two events delivered by the time caughtUp resolved');
          mustAppend(await store.append([said('russia', 'nato-membership', 3)]), 'appending a third event');
          mustAppend(await store.append([said('ukraine', 'nato-membership', 4), said('ukraine', 'ceasefire', 5)]), 'appending a fourth and a fifth');
          await waitUntil(() => seen.length >= 5, 'five events are delivered (two in the log, three appended after caughtUp)', () => delivered(seen, range(1, 5)));
          await sub.unsubscribe();
          samePositions(seen, range(1, 5), 'what the subscription delivered');
        }));

      it('delivers each event once when appends race with the catch-up', () =>
        withStore(async (store) => {
          mustAppend(await store.append(range(1, 50).map((n) => said('ukraine', 'ceasefire', n))), 'appending fifty events');
          const seen: number[] = [];
          const sub = store.subscribe(async (events) => {
            for (const e of events) seen.push(e.position);
            await new Promise((r) => setTimeout(r, 1));
          });
          const appends = range(1, 10).map((b) => store.append([said('russia', 'ceasefire', 100 + b)]));
          for (const [i, r] of (await Promise.all(appends)).entries()) mustAppend(r, `append ${i + 1} of ten made during the catch-up`);
          await sub.caughtUp;
          const what = 'sixty events are delivered (fifty in the log, ten appended while the subscription caught up, which it must deliver too)';
          await waitUntil(() => seen.length >= 60, what, () => delivered(seen, range(1, 60)));
          await sub.unsubscribe();
          samePositions(seen, range(1, 60), 'what the subscription delivered (each event once and in order)');
        }));

      it('delivers only events after `after` carrying the tags', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1), said('russia', 'ceasefire', 2), said('russia', 'nato-membership', 3)]), 'appending three events');
          const seen: number[] = [];
          const sub = store.subscribe((events) => void seen.push(...positionsOf(events)), { after: 1, tags: ['actor:russia'] });
          const what = "subscribe(handler, { after: 1, tags: ['actor:russia'] })";
          await sub.caughtUp;
          samePositions(seen, [2, 3], `${what}: what it delivered by caughtUp`);
          mustAppend(await store.append([said('ukraine', 'nato-membership', 4), said('russia', 'sanctions-relief', 5)]), 'appending an event of ukraine and one of russia');
          await waitUntil(() => seen.length >= 3, 'the russian statement is delivered', () => delivered(seen, [2, 3, 5]));
          await sub.unsubscribe();
          samePositions(seen, [2, 3, 5], `${what}: what it delivered (event 4, of ukraine, does not carry the tag)`);
        }));

      it('stops delivering after unsubscribe', () =>
        withStore(async (store) => {
          const seen: number[] = [];
          const sub = store.subscribe((events) => void seen.push(...positionsOf(events)));
          await sub.caughtUp;
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]), 'appending a first event');
          await waitUntil(() => seen.length >= 1, 'the first event is delivered', () => delivered(seen, [1]));
          await sub.unsubscribe();
          mustAppend(await store.append([said('ukraine', 'ceasefire', 2)]), 'appending a second event after the unsubscribe');
          // A second subscriber sees the event: the first had every chance to see it too.
          const other: number[] = [];
          const witness = store.subscribe((events) => void other.push(...positionsOf(events)));
          await witness.caughtUp;
          await waitUntil(() => other.length >= 2, 'a second subscription sees both events', () => delivered(other, [1, 2]));
          await new Promise((r) => setTimeout(r, 50));
          await witness.unsubscribe();
          samePositions(seen, [1], 'what a subscription delivered, unsubscribed before event 2 was appended');
        }));

      it('lets a handler unsubscribe itself, awaiting it: caughtUp resolves, and nothing more is delivered', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1), said('russia', 'ceasefire', 2)]), 'appending two events');
          const seen: number[] = [];
          let unsubscribed = false;
          const sub = store.subscribe(async (events) => {
            seen.push(...positionsOf(events));
            // Awaited from the handler, it must not wait for the handler call that awaits it.
            await sub.unsubscribe();
            unsubscribed = true;
          });
          await mustSettle(
            sub.caughtUp,
            SETTLE_MS,
            'caughtUp of a subscription whose handler awaits its own unsubscribe()',
            "an unsubscribe() called from the handler before its first await resolves at once (catchUpSubscription's does): it must not wait for the handler call that awaits it",
          );
          same(unsubscribed, true, "whether the handler's await sub.unsubscribe() had resolved by caughtUp");
          mustAppend(await store.append([said('ukraine', 'ceasefire', 3)]), 'appending a third event');
          const other: number[] = [];
          const witness = store.subscribe((events) => void other.push(...positionsOf(events)));
          await witness.caughtUp;
          await new Promise((r) => setTimeout(r, 50));
          await witness.unsubscribe();
          samePositions(seen, [1, 2], 'what the handler that unsubscribed itself was delivered (nothing after its unsubscribe)');
          samePositions(other, [1, 2, 3], 'what a second subscription delivered');
        }));

      it('gives its handler a signal aborted when the subscription ends: by unsubscribe(), or by the store closing while the handler waits', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]), 'appending a first event');
          // Typed as it may come from a store in JavaScript, or past a cast.
          const signals: Array<AbortSignal | undefined> = [];
          const first = store.subscribe((_events, signal) => void signals.push(signal));
          await first.caughtUp;
          if (signals.length !== 1) fail(`a subscription to a log of one event called its handler ${signals.length} times by caughtUp; expected once`);
          const signal = signals[0];
          if (typeof signal?.aborted !== 'boolean') fail(`the handler was given ${shown(signal)} as its signal; expected an AbortSignal (give the handler one, as catchUpSubscription does)`);
          same(signal.aborted, false, 'whether the signal of a subscription running is aborted');
          await first.unsubscribe();
          same(signal.aborted, true, 'whether the signal is aborted once unsubscribe() resolved');
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
          await mustSettle(store.close(), SETTLE_MS, 'close(), with a handler waiting on its signal', "close() must end every subscription (unsubscribe() aborts its handler's signal), then wait for the handler calls running");
          // A read under way that the close cuts short is no error of an ended subscription.
          await second.caughtUp;
          if (errors.length > 0) fail(`onError of a subscription ended by close() was told ${errors.map((e) => shown(e)).join(', ')}; expected nothing (a read cut short by the close is no error of an ended subscription)`);
        }));

      it('says a subscription was ended by the store closing, also one whose first read ran then: endedBy, a StoreUnavailable naming the store closed', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]), 'appending a first event');
          const running = store.subscribe(() => undefined);
          await running.caughtUp;
          same(running.endedBy, undefined, 'the endedBy of a subscription running');
          const unsubscribed = store.subscribe(() => undefined);
          await unsubscribed.caughtUp;
          await unsubscribed.unsubscribe();
          // Closed as it starts (a shutdown racing a start): its first read under way, or about to be, and cut short.
          const starting = store.subscribe(() => undefined);
          await mustSettle(store.close(), SETTLE_MS, 'close(), with a subscription starting', CLOSE_RULE);
          await starting.caughtUp;
          const cases: Array<[typeof running, string]> = [
            [running, 'a subscription running when the store closed'],
            [starting, 'a subscription whose first read ran when the store closed'],
          ];
          for (const [sub, what] of cases) {
            const ended = sub.endedBy;
            if (ended === undefined) fail(`${what}: endedBy is undefined; expected a StoreUnavailable naming the store closed ("subscribe: the store was closed"): keep the subscriptions in a subscriberSet, whose endAll says so`);
            same(ended._tag, 'StoreUnavailable', `${what}: the _tag of its endedBy`);
            matches(ended.message, /^subscribe: .*closed$/, `${what}: the message of its endedBy`);
          }
          same(unsubscribed.endedBy, undefined, 'the endedBy of a subscription unsubscribed before the close (it ended as asked)');
        }));

      it('closes when a handler closes it before its first await, and waits for it there: the store is closed, nothing hangs', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]), 'appending a first event');
          let handled!: () => void;
          const done = new Promise<void>((resolve) => (handled = resolve));
          store.subscribe(async () => {
            // The rule of Subscription: awaited before the handler's first await, close() resolves.
            await store.close();
            handled();
          });
          await mustSettle(done, SETTLE_MS, "close() awaited in a handler before the handler's first await", CLOSE_RULE);
          mustRefuse(await store.append([said('russia', 'ceasefire', 2)]), 'StoreUnavailable', 'an append once close() resolved');
        }));

      it("tells onError nothing of the AbortError a handler's wait rejects with when the subscription ends (a signal-aware timer, a fetch)", () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]), 'appending a first event');
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
          await mustSettle(sub.unsubscribe(), SETTLE_MS, 'unsubscribe() of a subscription whose handler waits on its signal', "unsubscribe() must abort the handler's signal, ending its wait");
          await sub.caughtUp;
          if (errors.length > 0) fail(`onError was told ${errors.map((e) => shown(e)).join(', ')}; expected nothing: the AbortError a handler's wait rejects with once its subscription ended is no error`);
        }));

      it('stops a subscription whose handler throws: onError is told what it threw, nothing more is delivered, others go on', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]), 'appending a first event');
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
          mustAppend(await store.append([said('russia', 'ceasefire', 2)]), 'appending a second event');
          const state = (): string => `onError was told ${errors.length} error${errors.length === 1 ? '' : 's'}, the other subscription delivered ${positionList(seen)}`;
          await waitUntil(() => errors.length === 1 && seen.length === 2, 'the handler threw (on its second call) and the other subscription went on', state);
          mustAppend(await store.append([said('russia', 'ceasefire', 3)]), 'appending a third event');
          await waitUntil(() => seen.length === 3, 'the other subscription sees the third event', () => delivered(seen, [1, 2, 3]));
          await new Promise((r) => setTimeout(r, 50));
          await failing.unsubscribe();
          await healthy.unsubscribe();
          if (errors.length !== 1 || errors[0] !== thrown) fail(`onError of the subscription whose handler threw was told ${errors.map((e) => shown(e)).join(', ') || 'nothing'}; expected what the handler threw, once`);
          same(calls, 2, 'how many times the handler that threw on its second call was called (nothing is delivered once it threw)');
          samePositions(seen, [1, 2, 3], 'what the other subscription delivered');
        }));

      it('delivers every event once and in order to each of 100 subscriptions, slow ones included, as batches arrive', () =>
        withStore(async (store) => {
          mustAppend(await store.append(range(1, 20).map((n) => said('ukraine', 'ceasefire', n))), 'appending twenty events');
          const seen: number[][] = Array.from({ length: 100 }, () => []);
          const subs = seen.map((list, i) =>
            store.subscribe(async (events) => {
              list.push(...positionsOf(events));
              if (i % 10 === 0) await new Promise((r) => setTimeout(r, 20));
            }),
          );
          for (let b = 0; b < 5; b++) mustAppend(await store.append(range(1, b + 1).map((n) => said('russia', 'ceasefire', 100 * b + n))), `appending batch ${b + 1} of five`);
          await Promise.all(subs.map((s) => s.caughtUp));
          const behind = (): string => {
            const late = seen.flatMap((list, i) => (list.length < 35 ? [i] : []));
            return `${late.length} did not; subscription ${late[0]! + 1}: ${delivered(seen[late[0]!]!, range(1, 35))}`;
          };
          await waitUntil(() => seen.every((list) => list.length >= 35), 'each of 100 subscriptions sees the 35 events', behind);
          await Promise.all(subs.map((s) => s.unsubscribe()));
          for (const [i, list] of seen.entries()) samePositions(list, range(1, 35), `what subscription ${i + 1} of 100 delivered`);
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
          mustAppend(await store.append(events), 'appending events of the actors __proto__ and constructor');
          const all = await readAll(store);
          sameValue(all.map((e) => e.data), events.map((e) => e.data), 'the data of the events read back', 'data');
          samePositions(await readPositions(store, { tags: ['actor:__proto__'] }), [1, 4], "read({ tags: ['actor:__proto__'] })");
          samePositions(await readPositions(store, { tags: ['issue:constructor'] }), [4], "read({ tags: ['issue:constructor'] })");
          samePositions(await readPositions(store, { tags: ['actor:toString'] }), [], "read({ tags: ['actor:toString'] })");
          const r = await store.append([said('__proto__', 'hasownproperty', 3)], { condition: { tags: ['actor:__proto__'], after: 3 } });
          mustConflict(r, { expected: 3, actual: 4 }, "an append on the condition { tags: ['actor:__proto__'], after: 3 }, event 4 tagged actor:__proto__");
          const statement = all[3]?.data as Statement;
          same(Object.prototype.hasOwnProperty.call(statement, 'holder') && statement.holder, '__proto__', 'the holder of event 4 read back (an own field)');
        }));
    });

    describe('withdrawals', () => {
      it('stores a withdrawal, finds it by its tags, and projects without the event it withdraws, from a snapshot too', () =>
        withStore(async (store) => {
          const snapshots = memorySnapshots();
          const { appended } = mustAppend(await store.append([said('ukraine', 'ceasefire', 1), said('russia', 'ceasefire', 2)]), 'appending two statements');
          const statesOf = async (): Promise<string[]> => {
            const r = await project(store, positions(), { snapshots, snapshotEvery: 1 });
            if (isLeft(r)) fail(`project(store, positions(), { snapshots, snapshotEvery: 1 }) failed with ${errorLabel(r.left)}`);
            return [...(r.right.state.byIssue.get('ceasefire')?.keys() ?? [])].sort();
          };
          same(await statesOf(), ['russia', 'ukraine'], 'the holders on the ceasefire, projected before any withdrawal');
          const id = appended[1]!.id;
          const withdrawal = mustAppend(await store.append([eventWithdrawn(id, 'misattributed')]), `appending a withdrawal of event 2 (${id})`, withdrawalHint).appended[0];
          if (withdrawal === undefined) fail(`appending a withdrawal of event 2 (${id}): appended nothing`);
          same(withdrawal.tags, ['withdrawal', `event:${id}`], "the withdrawal's tags");
          sameValue(await readAll(store, { tags: ['withdrawal'] }), [withdrawal], "read({ tags: ['withdrawal'] }), against the withdrawal appended", 'events');
          same(await statesOf(), ['ukraine'], 'the holders projected once event 2 is withdrawn');
          mustAppend(await store.append([eventWithdrawn(withdrawal.id, 'the attribution was right')]), `appending a withdrawal of the withdrawal (${withdrawal.id})`, withdrawalHint);
          same(await statesOf(), ['russia', 'ukraine'], 'the holders projected once the withdrawal is withdrawn');
        }));

      it('refuses a withdrawal of an event neither in the log nor before it in the batch, appending nothing of the batch', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]), 'appending a first event');
          // A mistyped id, or one copied from another log: kept, it would stay in the log for good and never apply.
          const stray = '0123456789abcdef0123456789abcdef';
          const what = `appending a statement and a withdrawal of ${stray}, the id of no event`;
          const refused = mustRefuse(await store.append([said('russia', 'ceasefire', 2), eventWithdrawn(stray, 'misattributed')]), 'InvalidEvent', what);
          if (!refused.message.includes(`data.event: no event ${stray} in the log`)) fail(`${what}: the InvalidEvent's message is ${shown(refused.message)}; expected it to say "data.event: no event ${stray} in the log"`);
          same(await store.head(), 1, `head() after ${what} (nothing of the batch may be appended)`);
          // An event of the same batch, before the withdrawal, may be withdrawn (a correction sent with the mistake).
          const russia = said('russia', 'ceasefire', 3);
          const both = mustAppend(await store.append([russia, eventWithdrawn(eventId(russia), 'misattributed')]), 'appending a statement and, after it in the same batch, its withdrawal');
          same(both.appended.map((e) => e.type), ['statement-made', 'event-withdrawn'], 'the types of the events that batch appended');
        }));

      it("refuses a correction whose corrects.event is not the statement at corrects.position, nor a correction that took that place, appending nothing of the batch", () =>
        withStore(async (store) => {
          const [first, second] = mustAppend(await store.append([said('ukraine', 'ceasefire', 1), said('russia', 'ceasefire', 2)]), 'appending two statements').appended;
          if (first === undefined || second === undefined) fail('appending two statements: appended fewer than two');
          const alias = mustAppend(await store.append([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }]), 'appending an alias').appended[0]!;
          const copyOf = (n: number, event: string, position: number): Event => said('ukraine', 'ceasefire', n, { corrects: { event, position } });
          // A hand-written correction that names the statement at #2 and takes the place of #1 would count there, in #1's stead.
          const refusals: Array<[string, Event, string]> = [
            [`a copy naming ${second.id} (position 2) that takes position 1`, copyOf(4, second.id, 1), `data.corrects.event: ${second.id} is not the statement at position 1, which is statement ${first.id}`],
            [`a copy naming the alias ${alias.id} at its position 3`, copyOf(5, alias.id, 3), `data.corrects.event: ${alias.id}, at position 3, is an event of type alias-added, not a statement`],
          ];
          for (const [copy, event, message] of refusals) {
            const what = `appending a withdrawal of ${first.id} and ${copy}`;
            const refused = mustRefuse(await store.append([eventWithdrawn(first.id, 'misquoted'), event]), 'InvalidEvent', what);
            if (!refused.message.startsWith(`event 2 of the batch: ${message}`)) {
              fail(`${what}: the InvalidEvent's message is ${shown(refused.message)}; expected it to start "event 2 of the batch: ${message}" (checkAppend's context must answer at(position) with the event there)`);
            }
            same(await store.head(), 3, `head() after ${what} (nothing of the batch may be appended)`);
          }
          const copy = copyOf(6, first.id, 1);
          mustAppend(await store.append([eventWithdrawn(first.id, 'misquoted'), copy]), `appending a withdrawal of ${first.id} and its copy, which takes position 1`);
          // A correction of that copy names the copy and takes the place the copy took.
          const again = copyOf(7, eventId(copy), 1);
          const hint = (error: StoreError): string | undefined =>
            error._tag === 'InvalidEvent' && error.message.includes('is not the statement at position 1')
              ? "the copy corrected took position 1: checkAppend's context must answer positionOf(id) with the position of the event of that id, and at(position) with the event there"
              : undefined;
          mustAppend(await store.append([eventWithdrawn(eventId(copy), 'misquoted again'), again]), `appending a withdrawal of the copy ${eventId(copy)} and a correction of it, which takes position 1`, hint);
          const elsewhere = copyOf(8, eventId(again), 2);
          const what = `appending a correction of ${eventId(again)} (which took position 1) that takes position 2`;
          const refused = mustRefuse(await store.append([elsewhere]), 'InvalidEvent', what);
          if (!refused.message.includes(`data.corrects.event: ${eventId(again)} is not the statement at position 2`)) fail(`${what}: the InvalidEvent's message is ${shown(refused.message)}; expected it to say "data.corrects.event: ${eventId(again)} is not the statement at position 2"`);
          same(await store.head(), 7, `head() after ${what} (nothing of the batch may be appended)`);
        }));
    });

    describe('live projections', () => {
      const holders = (state: PositionsState): string[] => [...(state.byIssue.get('ceasefire')?.keys() ?? [])].sort();

      it('keeps a followed projection equal to a projection of the whole log as statements and withdrawals arrive', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]), 'appending a first statement');
          const live = follow(store, positions());
          await live.ready;
          const { appended } = mustAppend(await store.append([said('russia', 'ceasefire', 2), said('belarus', 'ceasefire', 4)]), 'appending two statements');
          mustAppend(await store.append([eventWithdrawn(appended[0]!.id, 'misattributed')]), `appending a withdrawal of event 2 (${appended[0]!.id})`, withdrawalHint);
          await waitUntil(() => live.position === 4, 'the live projection (follow) reaches position 4', () => `it is at ${live.position}${live.error !== undefined ? `, stopped on ${shown(live.error)}` : ''}`);
          const whole = await project(store, positions());
          if (isLeft(whole)) fail(`project(store, positions()) failed with ${errorLabel(whole.left)}`);
          same(holders(whole.right.state), ['belarus', 'ukraine'], 'the holders on the ceasefire of a projection of the whole log (event 2 withdrawn)');
          same(holders(live.state), ['belarus', 'ukraine'], 'the holders on the ceasefire of the live projection (follow)');
          await live.stop();
        }));

      it("refuses to start a follower whose store closes while its subscription's first read runs: ready a Left naming the store closed, onError told", () =>
        withStore(async (real) => {
          mustAppend(await real.append([said('ukraine', 'ceasefire', 1)]), 'appending a first statement');
          // Closed as the follower subscribes, after its first projection: a shutdown racing a start.
          const closing: EventStore = {
            append: (events, options) => real.append(events, options),
            read: (query) => real.read(query),
            head: () => real.head(),
            close: () => real.close(),
            subscribe: (handler, options) => {
              const sub = real.subscribe(handler, options);
              void real.close();
              return sub;
            },
          };
          const errors: unknown[] = [];
          const live = follow(closing, positions(), { onError: (e) => void errors.push(e) });
          const ready = await live.ready;
          const what = 'follow() on a store closed as its subscription started';
          if (!isLeft(ready)) fail(`${what}: ready resolved Right (position ${ready.right.position}), as if it followed; expected a Left, a StoreUnavailable naming the store closed: give the subscription an endedBy (a subscriberSet's endAll does)`);
          same(ready.left._tag, 'StoreUnavailable', `${what}: the _tag of ready's Left`);
          matches(ready.left.message, /^subscribe: .*closed$/, `${what}: the message of ready's Left`);
          same([errors, live.error], [[ready.left], ready.left], `${what}: what onError was told, and error`);
          await live.stop();
        }));

      // A projection done again for a withdrawal, on a store unavailable, is retried for 30 s; a retry step is at most a second.
      for (const ending of ['stop()', "the store's close()"] as const) {
        it(`ends a projection done again for a withdrawal that waits for its store at once on ${ending}, telling no error`, () =>
          withStore(async (real) => {
            const { store, control } = failingReads(real);
            const { appended } = mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]), 'appending a first statement');
            const errors: unknown[] = [];
            const live = follow(store, positions(), { onError: (e) => void errors.push(e) });
            await live.ready;
            control.failing = true;
            mustAppend(await store.append([eventWithdrawn(appended[0]!.id, 'misattributed')]), `appending a withdrawal of event 1 (${appended[0]!.id})`, withdrawalHint);
            await waitUntil(() => control.refused >= 3, 'the projection done again for the withdrawal retries its read', () => `${control.refused} reads refused so far`);
            await mustSettle(
              ending === 'stop()' ? live.stop() : store.close(),
              SETTLE_MS,
              `${ending}, with a live projection retrying a read`,
              ending === 'stop()' ? "stop() unsubscribes the projection's subscription, whose unsubscribe() must abort its handler's signal" : CLOSE_RULE,
            );
            same([errors, live.position, live.error], [[], 1, undefined], `what the live projection told onError, its position and its error once ended by ${ending}`);
            await live.stop();
          }));
      }
    });

    describe('recordedAt', () => {
      it('records `now` for events without recordedAt and keeps an explicit one', () =>
        withStore(async (store) => {
          const now = new Date('2025-05-17T09:00:00Z');
          const explicit = { ...said('russia', 'ceasefire', 2), recordedAt: '2025-04-24T08:00:00Z' } as NewEvent;
          const what = 'appending, with now 2025-05-17T09:00:00Z, an event without recordedAt and one recorded at 2025-04-24T08:00:00Z';
          const r = mustAppend(await store.append([said('ukraine', 'ceasefire', 1), explicit], { now }), what);
          same(r.appended.map((e) => e.recordedAt), ['2025-05-17T09:00:00.000Z', '2025-04-24T08:00:00Z'], `${what}: the recordedAt of the events the append returned`);
          same((await readAll(store)).map((e) => e.recordedAt), ['2025-05-17T09:00:00.000Z', '2025-04-24T08:00:00Z'], `${what}: the recordedAt of the events read back`);
        }));

      it('defaults `now` to the current time', () =>
        withStore(async (store) => {
          const before = Date.now();
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)]), 'appending an event without now');
          const after = Date.now();
          const [e] = await readAll(store);
          if (e === undefined) fail('a read of a log of one event: read nothing');
          const at = Date.parse(e.recordedAt);
          if (!(at >= before - 1 && at <= after + 1)) {
            fail(`the recordedAt of an event appended without now, read back: ${e.recordedAt}; expected the time of the append, from ${new Date(before).toISOString()} to ${new Date(after).toISOString()}`);
          }
        }));

      it('gives the same statement recorded at another time the same id', () =>
        withStore(async (store) => {
          mustAppend(await store.append([said('ukraine', 'ceasefire', 1)], { now: new Date('2025-05-17T09:00:00Z') }), 'appending a first event, with now 2025-05-17T09:00:00Z');
          const what = 'appending the same statement again, with now 2025-06-01T09:00:00Z';
          const later = mustAppend(await store.append([said('ukraine', 'ceasefire', 1)], { now: new Date('2025-06-01T09:00:00Z') }), what);
          if (later.appended.length > 0) fail(`${what}: appended ${events(later.appended)}; expected nothing appended (an event's id is the hash of its content, recordedAt left out: the same statement recorded at another time is a duplicate)`);
          same((await readAll(store))[0]?.recordedAt, '2025-05-17T09:00:00.000Z', 'the recordedAt of the event at position 1, read back (as first recorded)');
        }));
    });

    const reopen = harness.reopen?.bind(harness);
    (reopen ? describe : api.skip)('durability', () => {
      it('keeps every event, id and tag across a reopen', () =>
        withStore(async (first) => {
          mustAppend(await first.append([said('ukraine', 'ceasefire', 1), said('russia', 'ceasefire', 2)]), 'appending two events');
          mustAppend(await first.append([said('russia', 'nato-membership', 3)], { now: new Date('2025-05-17T09:00:00Z') }), 'appending a third event');
          const before = await readAll(first);
          const store = await reopen!(first);
          sameValue(await readAll(store), before, 'a read of the whole log after a reopen, against one before it', 'events');
          same(await store.head(), 3, 'head() after a reopen');
          // The tags too, as rebuilt by the open: a read by tag and a tag condition before anything new is appended.
          samePositions(await readPositions(store, { tags: ['issue:nato-membership'] }), [3], "read({ tags: ['issue:nato-membership'] }) right after a reopen (rebuild the tag index when you open a log)");
          const stale = await store.append([said('ukraine', 'ceasefire', 5)], { condition: { tags: ['issue:nato-membership'], after: 2 } });
          mustConflict(stale, { actual: 3 }, "right after a reopen, an append on the condition { tags: ['issue:nato-membership'], after: 2 }, event 3 tagged issue:nato-membership (rebuild the tag index when you open a log)");
          const what = 'after a reopen, appending event 2 again with a new event';
          const again = mustAppend(await store.append([said('russia', 'ceasefire', 2), said('ukraine', 'nato-membership', 4)]), what);
          same(again.duplicates, [eventId(said('russia', 'ceasefire', 2))], `${what}: duplicates (reload the ids in the log when you open it: checkAppend's has(id) answers from them)`);
          samePositions(positionsOf(again.appended), [4], `${what}: appended`);
          const conflict = await store.append([said('ukraine', 'ceasefire', 5)], { condition: { tags: ['issue:nato-membership'], after: 2 } });
          mustConflict(conflict, { actual: 4 }, "an append on the condition { tags: ['issue:nato-membership'], after: 2 }, events 3 and 4 tagged issue:nato-membership");
          return store;
        }));

      it('finishes an append under way before it closes: the append is acknowledged, and kept', () =>
        withStore(async (first) => {
          mustAppend(await first.append([said('ukraine', 'ceasefire', 1)]), 'appending a first event');
          // Not awaited: the close comes while the append is under way.
          const appending = first.append([said('russia', 'ceasefire', 2), said('russia', 'nato-membership', 3)]);
          const closing = first.close();
          const what = 'an append under way when close() was called';
          const appended = mustAppend(await appending, what);
          await mustSettle(closing, SETTLE_MS, `close(), called with ${what}`);
          samePositions(positionsOf(appended.appended), [2, 3], what);
          const store = await reopen!(first);
          samePositions(await readPositions(store), [1, 2, 3], `a read after a reopen (${what}, acknowledged, must be kept)`);
          return store;
        }));
    });

    const writeRaw = harness.writeRaw?.bind(harness);
    (writeRaw ? describe : api.skip)('forward compatibility', () => {
      it('skips events of a type written by a newer version, keeping their positions', () =>
        withStore(async (first) => {
          mustAppend(await first.append([said('ukraine', 'ceasefire', 1)]), 'appending a first event');
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
          const unknown = 'event 2, of a type this version does not know (mood-changed)';
          same(await store.head(), 2, `head() once writeRaw wrote ${unknown} (the head counts it)`);
          const after = `an append after ${unknown}`;
          samePositions(positionsOf(mustAppend(await store.append([said('russia', 'ceasefire', 3)]), after).appended), [3], after);
          samePositions(await readPositions(store), [1, 3], `a read of the whole log (${unknown}, left out)`);
          samePositions(await readPositions(store, { tags: ['actor:ukraine'] }), [1], `read({ tags: ['actor:ukraine'] }) once writeRaw reopened the log (${unknown}, left out; rebuild the tag index when you open a log)`);
          return store;
        }));
    });

    // What the contract says of a damaged record (EventStore.read): a read rejects with a StoreReadError carrying a
    // StoreCorrupt, which project and copyLog return as that value; a plain Error was taken for a lost server.
    (writeRaw ? describe : api.skip)('damaged records', () => {
      it('refuses a record that is no event (written by hand): at the open, or as a read and a subscription that fail with a StoreReadError carrying a StoreCorrupt naming its position, after the events before it', () =>
        withStore(async (first) => {
          mustAppend(await first.append([said('ukraine', 'ceasefire', 1)]), 'appending a first event');
          // Its schema no number: no store takes it without decoding it (PostgreSQL reads a body of the current schema as it is).
          const damaged = { id: 'written-by-hand', position: 2, recordedAt: '2025-05-17T09:00:00Z', schema: 'one', tags: ['actor:ukraine', 'issue:ceasefire'], type: 'statement-made', data: { holder: 'ukraine' } };
          let store: S;
          try {
            store = await writeRaw!(first, [damaged]);
          } catch {
            // The store refused the log when it opened it again (the file store does): its open is its own, as is what it says.
            return;
          }
          const what = 'event 2, a record written by hand whose schema is "one"';
          const corrupt = 'a StoreReadError carrying a StoreCorrupt whose message names position 2 (decode each record as it is read: decodeStored refuses it)';
          const wanted = `${corrupt}, or the open to refuse the log`;
          const read: number[] = [];
          let error: unknown;
          try {
            for await (const chunk of store.read()) read.push(...positionsOf(chunk));
          } catch (e) {
            error = e;
          }
          if (error === undefined) fail(`a read of the whole log once writeRaw wrote ${what}: read ${positionList(read)} and ended without an error; expected ${wanted}`);
          if (read.some((p) => p >= 2)) fail(`a read of the whole log once writeRaw wrote ${what}: read ${positionList(read)} before it failed; expected nothing at or after position 2`);
          mustBeRefusal(error, 'StoreCorrupt', /\bposition 2\b/, `a read of the whole log once writeRaw wrote ${what}`);
          const seen: number[] = [];
          const errors: unknown[] = [];
          const sub = store.subscribe((events) => void seen.push(...positionsOf(events)), { onError: (e) => errors.push(e) });
          await mustSettle(sub.caughtUp, SETTLE_MS, `the caughtUp of a subscription to a log holding ${what}`);
          await sub.unsubscribe();
          const told = `what onError was told by a subscription to a log holding ${what}`;
          if (errors.length !== 1) fail(`${told}: ${errors.length === 0 ? 'nothing' : `${errors.length} errors (${errors.map((e) => shown(e)).join(', ')})`}, and it delivered ${positionList(seen)}; expected one ${corrupt}`);
          mustBeRefusal(errors[0], 'StoreCorrupt', /\bposition 2\b/, told);
          if (seen.some((p) => p >= 2)) fail(`a subscription to a log holding ${what}: delivered ${positionList(seen)}; expected nothing at or after position 2`);
          return store;
        }));
    });
  });
}
