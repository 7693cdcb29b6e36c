/**
 * The event-store contract every storage adapter implements (memory, file,
 * PostgreSQL), and which the shared conformance suite checks.
 *
 * @since 0.1.0
 */
import { left, right } from './either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import type { NewEvent, StoredEvent } from './envelope.js';
import type { InvalidQuery, StoreError } from './errors.js';
import { notAnOption } from './store-options.js';

/**
 * Append only if nothing new matches these tags: no event tagged with any of
 * `tags` has a position greater than `after`. This is a consistency boundary
 * across streams: "record Russia's stance on the ceasefire unless something
 * about the ceasefire arrived since I read position 41".
 * @example
 * import { openMemoryStore, statementMade } from '@stancelog/core'
 * import type { TagCondition } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([{ type: 'issue-defined', data: { id: 'ceasefire', title: 'Ceasefire', proposition: 'an immediate ceasefire' } }])
 * const unlessNews: TagCondition = { tags: ['issue:ceasefire'], after: await store.head() }
 * await store.append([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }]) // the log moves, but not on the ceasefire
 * const r = await store.append([statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', source: { quote: 'not before talks' } })], { condition: unlessNews })
 * assert.ok(r._tag === 'Right' && r.right.head === 3)
 * @category store
 * @since 0.1.0
 */
export interface TagCondition {
  /** At least one tag: a condition on none would always be met, and is refused (`InvalidQuery`). */
  readonly tags: ReadonlyArray<string>;
  readonly after: number;
}

/**
 * Conditions and settings of an append.
 * @example
 * import { openMemoryStore } from '@stancelog/core'
 * import type { AppendOptions } from '@stancelog/core'
 * const store = openMemoryStore()
 * const options: AppendOptions = { expectedPosition: await store.head(), now: new Date('2025-05-17T09:00:00Z') }
 * const r = await store.append([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }], options)
 * assert.ok(r._tag === 'Right' && r.right.appended[0]?.recordedAt === '2025-05-17T09:00:00.000Z')
 * @category store
 * @since 0.1.0
 */
export interface AppendOptions {
  /**
   * The head the writer read: the append fails unless the log's head is
   * still this. `0` means an empty log. A batch whose events are all in the
   * log already succeeds whatever the head (with them as `duplicates`): a
   * retry of an append that went through is a no-op, not a conflict.
   */
  readonly expectedPosition?: number | undefined;
  /** Fails the append if an event matching these tags came after `after` (a batch all in the log already succeeds, as for `expectedPosition`). */
  readonly condition?: TagCondition | undefined;
  /** The time recorded for events that carry no `recordedAt` (defaults to now). */
  readonly now?: Date | undefined;
}

/**
 * What an append did.
 * @example
 * import { eventId, openMemoryStore } from '@stancelog/core'
 * const kyiv = { type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } } as const
 * const store = openMemoryStore()
 * await store.append([kyiv])
 * const r = await store.append([kyiv, { type: 'alias-added', data: { actor: 'ukraine', alias: 'Kiev' } }])
 * assert.ok(r._tag === 'Right' && r.right.appended.length === 1 && r.right.head === 2)
 * assert.deepStrictEqual(r.right.duplicates, [eventId(kyiv)])
 * @category store
 * @since 0.1.0
 */
export interface AppendResult {
  /** The events written, with their positions. */
  readonly appended: ReadonlyArray<StoredEvent>;
  /** Ids of events the log already held: appending them again is a no-op. */
  readonly duplicates: ReadonlyArray<string>;
  /** The log's head after the append. */
  readonly head: number;
}

/**
 * Which events to read. A query the store cannot answer (see
 * {@link checkReadQuery}) fails the read with an `InvalidQuery`.
 * @example
 * import { openMemoryStore, readAll } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   { type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } },
 *   { type: 'alias-added', data: { actor: 'russia', alias: 'Moscow' } },
 *   { type: 'alias-added', data: { actor: 'ukraine', alias: 'Kiev' } },
 * ])
 * const ukraineSince1 = await readAll(store, { tags: ['actor:ukraine'], after: 1 })
 * assert.deepStrictEqual(ukraineSince1.map((e) => e.position), [3])
 * @category store
 * @since 0.1.0
 */
export interface ReadQuery {
  /** Read events whose position is greater than this: a whole number, 0 or more (default 0: from the start). */
  readonly after?: number | undefined;
  /** Read only events carrying at least one of these tags (`actor:russia`, `issue:ceasefire`). */
  readonly tags?: ReadonlyArray<string> | undefined;
  /** Stop after this many events: a whole number, 0 or more (default: no limit). */
  readonly limit?: number | undefined;
}

/**
 * A live subscription. Its handler may end it by calling its own
 * `unsubscribe()`; the rule is whether the handler has awaited anything yet
 * in that call:
 *
 * - before the handler's first `await` (a handler that is not `async`, or
 *   the start of one), `await sub.unsubscribe()` (or `return
 *   sub.unsubscribe()`) resolves at once: the handler call still running is
 *   the caller's own;
 * - after it, call it without awaiting it (`void sub.unsubscribe()`): it
 *   resolves when the handler call ends, so awaiting it there (or returning
 *   it) waits for itself, and neither the handler nor the subscription ever
 *   ends.
 *
 * Either way nothing more is delivered. The same holds for the store's
 * `close()` (it unsubscribes every subscription, before it waits for
 * anything): do not await it from a handler after its first `await`.
 * @example
 * import { openMemoryStore, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * const seen: number[] = []
 * // Ends itself at the first statement of Russia.
 * const sub = store.subscribe(async (events) => {
 *   for (const e of events) seen.push(e.position)
 *   if (!events.some((e) => e.type === 'statement-made' && e.data.holder === 'russia')) return
 *   await sub.unsubscribe() // no await before it in this call: resolves at once
 *   // After an await, it would be `void sub.unsubscribe()`.
 * })
 * await store.append([statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', source: { quote: 'no truce' } })])
 * await sub.caughtUp
 * await new Promise((resolve) => setTimeout(resolve, 10))
 * await store.append([statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', source: { quote: 'a truce first' } })])
 * await new Promise((resolve) => setTimeout(resolve, 10))
 * assert.deepStrictEqual(seen, [1]) // nothing delivered after it unsubscribed
 * @example
 * import { openMemoryStore } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }])
 * const seen: number[] = []
 * const sub = store.subscribe((events) => { for (const e of events) seen.push(e.position) })
 * await sub.caughtUp // the events already in the log were delivered
 * assert.deepStrictEqual(seen, [1])
 * await sub.unsubscribe()
 * @category store
 * @since 0.1.0
 */
export interface Subscription {
  /** Resolves once every event that existed at subscription time was delivered. */
  readonly caughtUp: Promise<void>;
  /**
   * Stops delivery, aborting the handler's `signal`; resolves when no
   * handler call is running any more, except when called from the handler
   * before its first `await` (see {@link Subscription}): then at once. A
   * read that fails after it (cut short by the store's `close()`) is not
   * told to `onError`; what a handler call still running throws is.
   */
  unsubscribe(): Promise<void>;
  /**
   * Why the store ended the subscription, once it did: its `close()`, as a
   * `StoreUnavailable` naming the store (`subscribe: the store was
   * closed`), also when the close came while its first read ran (then
   * `caughtUp` resolves, with nothing more to catch up with, and this says
   * it did not follow: `follow`'s `ready` reads it). `undefined` while it
   * runs, and once it ended otherwise: unsubscribed, or stopped by an error
   * (`onError` was told), or refused (`onError` was told why). The built-in
   * stores and any built on the store kit's `subscriberSet` give it; a
   * store of one's own may not.
   * @example
   * import { openMemoryStore } from '@stancelog/core'
   * const store = openMemoryStore()
   * const sub = store.subscribe(() => undefined)
   * void store.close() // as a shutdown does, while the subscription starts
   * await sub.caughtUp
   * assert.strictEqual(sub.endedBy?.message, 'subscribe: the store was closed')
   */
  readonly endedBy?: StoreError | undefined;
}

/**
 * Options of a subscription.
 * @example
 * import { openMemoryStore, StoreReadError } from '@stancelog/core'
 * const errors: unknown[] = []
 * const sub = openMemoryStore().subscribe(() => undefined, { after: -1, onError: (e) => errors.push(e) })
 * await sub.caughtUp // resolves even though the subscription was refused
 * assert.ok(errors[0] instanceof StoreReadError && errors[0].error._tag === 'InvalidQuery')
 * @category store
 * @since 0.1.0
 */
export interface SubscribeOptions {
  /** Deliver events after this position: a whole number, 0 or more (default 0: the whole log, then new events). */
  readonly after?: number | undefined;
  /** Deliver only events carrying one of these tags. */
  readonly tags?: ReadonlyArray<string> | undefined;
  /**
   * Called when delivery stops on an error: a {@link StoreReadError} when the
   * store refused the subscription (closed, invalid `after` or `tags`) or
   * could not read on (a damaged record, its storage lost: see
   * {@link EventStore.read}), otherwise what the handler threw.
   */
  readonly onError?: ((error: unknown) => void) | undefined;
}

/**
 * An append-only log of events: appended in batches, read and followed in
 * position order. Every store (memory, file, PostgreSQL) passes the same
 * conformance suite.
 *
 * @example
 * import { openMemoryStore, statementMade, readAll } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-04-23', source: { quote: 'Kyiv wants a ceasefire first' } })])
 * const events = await readAll(store)
 * assert.strictEqual(events.length, 1)
 * @category store
 * @since 0.1.0
 */
export interface EventStore {
  /**
   * Writes a batch atomically (all or nothing), gives positions 1, 2, 3...
   * without gaps, skips events already in the log (same id), and returns
   * expected failures (invalid event, conflict) as `Left` values. An adapter
   * checks its input first, as the conformance suite asks:
   * {@link @stancelog/core/store-kit!prepareBatch} refuses events that are invalid, or not an array,
   * and {@link checkAppendOptions} options that are not positions, tag lists
   * or dates (`InvalidQuery`).
   */
  append(events: ReadonlyArray<NewEvent>, options?: AppendOptions): Promise<Either<StoreError, AppendResult>>;
  /**
   * Yields the events in position order, in chunks. It has no `Either` to
   * return a failure in: a read of a closed store, or with an invalid query
   * (an `after` or `limit` that is not a whole number, 0 or more), fails at
   * its first step, before anything is read, by rejecting with a
   * {@link StoreReadError} whose `error` is the `StoreUnavailable` or
   * `InvalidQuery` value; a read under way when the store closes fails at
   * its next step the same way (`StoreUnavailable`). Storage failures during
   * a read reject the iteration with a {@link StoreReadError} too, once the
   * events before them are yielded: a record the store cannot read back as
   * an event (damaged, written by hand) carrying a `StoreCorrupt` whose
   * message names it (its position, or its file and line), a lost
   * connection a `StoreUnavailable`. A subscription passes that error to
   * `onError`; `project` and `copyLog` return its value. A store may refuse
   * such a record when it opens the log instead (the file store does).
   */
  read(query?: ReadQuery): AsyncIterable<ReadonlyArray<StoredEvent>>;
  /**
   * The position of the last event (0 for an empty log); on a closed store
   * it rejects with a {@link StoreReadError} (`StoreUnavailable`).
   */
  head(): Promise<number>;
  /**
   * Delivers the events after a position, then new ones as they are
   * appended, each exactly once and in order, one handler call at a time
   * (the next waits for the promise the handler returns). A subscription to
   * a closed store, or with an invalid `after`, delivers nothing and passes
   * a {@link StoreReadError} to `onError`; its `caughtUp` still resolves.
   *
   * The handler is given a `signal`, aborted when the subscription ends: by
   * `unsubscribe()`, the store's `close()`, or an error. Every store gives
   * it ({@link @stancelog/core/store-kit!catchUpSubscription} does), so the type has it required: a
   * handler that has no use for it leaves it out. A handler that
   * waits (a retry, a slow write) should end its wait on it: `unsubscribe()`
   * and `close()` wait for the handler call running. The `AbortError` such
   * a wait rejects with then is not passed to `onError`. A handler may
   * unsubscribe itself, under the rule given at {@link Subscription}: not
   * awaited after its own first `await`.
   */
  subscribe(handler: (events: ReadonlyArray<StoredEvent>, signal: AbortSignal) => void | Promise<void>, options?: SubscribeOptions): Subscription;
  /**
   * Stops the store: an append under way is finished first (its caller
   * hears whether its batch is in the log), subscriptions end (their
   * handlers' `signal` aborted; it waits for the handler calls running), a
   * read under way fails at its next step, and later calls are refused (see
   * each method).
   *
   * An adapter calls each subscription's `unsubscribe()` before its first
   * `await` (before it waits for the append under way, or for anything
   * else), and awaits them after: a handler may await `close()` before its
   * own first `await` (see {@link Subscription}), and an `unsubscribe()`
   * resolves at once only when called while that handler call's own code
   * still runs; called later, it waits for the handler call, which waits for
   * `close()`, and neither ever ends.
   */
  close(): Promise<void>;
}

// Global (Symbol.for): the same symbol in every copy of core a process loads.
const STORE_READ_ERROR = Symbol.for('@stancelog/core/StoreReadError');

/**
 * What a read or a subscription fails with when the store refuses it: the
 * store is closed, or closed while the read was under way
 * (`StoreUnavailable`), or the query is invalid (`InvalidQuery`); or when
 * it cannot go on: a record it cannot read back as an event
 * (`StoreCorrupt`, naming it), its storage lost (`StoreUnavailable`). A
 * read is an async iterable, with no `Either` to return the failure in, so
 * it rejects with this error, which carries the `StoreError` value as
 * `error`; a subscription passes it to `onError`.
 *
 * @example
 * import { openMemoryStore, readAll, StoreReadError } from '@stancelog/core'
 * const store = openMemoryStore()
 * const failed = await readAll(store, { after: -1 }).catch((e: unknown) => e)
 * assert.ok(failed instanceof StoreReadError)
 * assert.strictEqual(failed.error._tag, 'InvalidQuery')
 * assert.strictEqual(failed.message, 'read: after must be a position (a whole number, 0 or more), got -1')
 * @category store
 * @since 0.1.0
 */
export class StoreReadError extends Error {
  constructor(readonly error: StoreError) {
    super(error.message);
    this.name = 'StoreReadError';
    // Off the type (a symbol the declarations cannot name): read by `instanceof` alone.
    Object.defineProperty(this, STORE_READ_ERROR, { value: true });
  }

  /**
   * Whether a value is a store's read error, made by this copy of core or
   * by another: an app that loads both of core's builds (its own
   * `import`, a store's `require`), or two versions of it, has two
   * classes, and a store made with one throws errors the other must
   * still tell from a bug, rather than name them twice (`project: read:
   * the store is closed`).
   * @example
   * import { StoreReadError } from '@stancelog/core'
   * assert.ok(new StoreReadError({ _tag: 'StoreUnavailable', message: 'read: the store is closed' }) instanceof StoreReadError)
   * assert.ok(!(new Error('read: the store is closed') instanceof StoreReadError))
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [STORE_READ_ERROR]?: unknown })[STORE_READ_ERROR] === true;
  }
}

/**
 * A query's `after` and `limit` as a store uses them, defaults applied.
 *
 * @example
 * import { checkReadQuery } from '@stancelog/core/store-kit'
 * assert.deepStrictEqual(checkReadQuery({}), { _tag: 'Right', right: { after: 0, limit: Infinity, tags: undefined } })
 * @category store
 * @since 0.1.0
 */
export interface CheckedReadQuery {
  readonly after: number;
  /** `Infinity` when the query sets no limit. */
  readonly limit: number;
  readonly tags: ReadonlyArray<string> | undefined;
}

// The names each takes, said as `optionsProblem` says a store's (store-options.ts).
// A misspelt one (`expectedposition`) was ignored without a word: the append
// then ran without the check it asked for.
const READ_OPTIONS = ['after', 'tags', 'limit'];
const SUBSCRIBE_OPTIONS = ['after', 'tags', 'onError'];
const APPEND_OPTIONS = ['expectedPosition', 'condition', 'now'];
const CONDITION_FIELDS = ['tags', 'after'];

/** The first own key of `options` not among `names`, said as an error (undefined when there is none, or no object). */
function unknownOption(options: unknown, names: ReadonlyArray<string>, prefix = ''): string | undefined {
  if (typeof options !== 'object' || options === null) return undefined;
  const key = Object.keys(options).find((k) => !names.includes(k));
  return key === undefined ? undefined : notAnOption(key, names, prefix);
}

// A BigInt (a position as a driver may hand one back) is shown as written, where JSON.stringify would throw.
const shown = (value: unknown): string =>
  typeof value === 'number' || value === undefined ? String(value) : typeof value === 'bigint' ? `${value}n` : (JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)) ?? String(value));
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/**
 * Checks a read's query the way every store does before it reads anything:
 * `after` must be a position and `limit` a count (whole numbers, 0 or more;
 * `NaN`, `-1`, `1.5` and `Infinity` are refused), `tags` a list of strings,
 * and no other name is taken. `what` starts the error's message (`read`, or
 * the caller's own name for it). A subscription's options are checked by
 * {@link checkSubscribeOptions}.
 *
 * @example
 * import { checkReadQuery } from '@stancelog/core/store-kit'
 * const r = checkReadQuery({ after: Number.NaN })
 * assert.ok(r._tag === 'Left' && r.left.message === 'read: after must be a position (a whole number, 0 or more), got NaN')
 * const ok = checkReadQuery({ after: 3, tags: ['actor:russia'] })
 * assert.ok(ok._tag === 'Right' && ok.right.after === 3 && ok.right.limit === Infinity)
 * @category store
 * @since 0.1.0
 */
export function checkReadQuery(query: ReadQuery | null | undefined, what = 'read'): Either<InvalidQuery, CheckedReadQuery> {
  return checkQuery(query, what, READ_OPTIONS);
}

/**
 * Checks a subscription's options the way every store does before it
 * subscribes: `after` and `tags` as {@link checkReadQuery} checks them,
 * `onError` besides, and no other name (no `limit`: a subscription has no
 * end). A store hands a refusal to `catchUpSubscription` as the read
 * `refusedRead(error)`, so that `onError` hears of it.
 *
 * @example
 * import { checkSubscribeOptions } from '@stancelog/core/store-kit'
 * const r = checkSubscribeOptions({ Tags: ['actor:russia'] } as any)
 * assert.ok(r._tag === 'Left' && r.left.message === 'subscribe: Tags: not an option (the options are after, tags, onError; did you mean tags?)')
 * const ok = checkSubscribeOptions({ after: 2, onError: () => undefined })
 * assert.ok(ok._tag === 'Right' && ok.right.after === 2)
 * const handler = checkSubscribeOptions({ onError: 'log' } as any)
 * assert.ok(handler._tag === 'Left' && handler.left.message === 'subscribe: onError must be a function, got "log"')
 * @category store
 * @since 0.1.0
 */
export function checkSubscribeOptions(options: SubscribeOptions | null | undefined, what = 'subscribe'): Either<InvalidQuery, CheckedReadQuery> {
  const checked = checkQuery(options, what, SUBSCRIBE_OPTIONS);
  // A handler of errors that is no function would fail only when an error comes, in place of telling it.
  const onError = checked._tag === 'Right' ? (options?.onError ?? undefined) : undefined;
  if (onError !== undefined && typeof onError !== 'function') return left({ _tag: 'InvalidQuery', message: `${what}: onError must be a function, got ${shown(onError)}` });
  return checked;
}

/** A read's query or a subscription's options, of which `names` are the options taken. */
function checkQuery(asked: ReadQuery | SubscribeOptions | null | undefined, what: string, names: ReadonlyArray<string>): Either<InvalidQuery, CheckedReadQuery> {
  // From JavaScript, `read(null)` asks for the defaults, as `read()` does; `read(3)` is refused, not read as `{}`.
  if (asked === null || asked === undefined) asked = {};
  if (typeof asked !== 'object') return left({ _tag: 'InvalidQuery', message: `${what}: expected an object of options, got ${shown(asked)}` });
  // A subscription's options have no limit: one there is refused as not an option, before it is read.
  const query: ReadQuery = asked;
  const unknown = unknownOption(query, names);
  if (unknown !== undefined) return left({ _tag: 'InvalidQuery', message: `${what}: ${unknown}` });
  // `null` counts as absent, as it always did with the stores' defaults.
  const after = query.after ?? 0;
  if (!isCount(after)) return left({ _tag: 'InvalidQuery', message: `${what}: after must be a position (a whole number, 0 or more), got ${shown(after)}` });
  const limit = query.limit ?? undefined;
  if (limit !== undefined && !isCount(limit)) return left({ _tag: 'InvalidQuery', message: `${what}: limit must be a whole number, 0 or more, got ${shown(limit)}` });
  const tags = query.tags ?? undefined;
  if (tags !== undefined && (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string'))) {
    return left({ _tag: 'InvalidQuery', message: `${what}: tags must be a list of strings, got ${shown(tags)}` });
  }
  // No tag holds one (ids do not), and PostgreSQL takes none in a text: refused alike in every store.
  const nul = tags?.find((t) => t.includes('\u0000'));
  if (nul !== undefined) return left({ _tag: 'InvalidQuery', message: `${what}: tags hold no NUL character, got ${shown(nul)}` });
  return right({ after, limit: limit ?? Infinity, tags });
}

/**
 * Checks an append's options the way every store does before it appends
 * anything: `expectedPosition` and `condition.after` must be positions
 * (whole numbers, 0 or more), `condition.tags` a list of at least one
 * string, none holding a NUL character (a condition on no tags would
 * always be met; no tag holds a NUL), `now` a
 * valid `Date`, and no other name is taken (`expectedposition` is refused
 * rather than ignored). Absent (`undefined` or `null`) asks for no check, and
 * is left out of the options returned, which a store then reads. The types
 * say as much; this is for options that come from JavaScript or from
 * outside (a query parameter), where `'3'` once read as a conflict ("expected
 * the log at position 3, but it is at 3") and a string of tags was matched
 * letter by letter.
 *
 * @example
 * import { checkAppendOptions } from '@stancelog/core/store-kit'
 * assert.strictEqual(checkAppendOptions({ expectedPosition: 3 })._tag, 'Right')
 * const r = checkAppendOptions({ condition: { tags: 'issue:ceasefire', after: 0 } } as any)
 * assert.ok(r._tag === 'Left' && r.left.message === 'append: condition.tags must be a list of strings, got "issue:ceasefire"')
 * const none = checkAppendOptions({ condition: { tags: [], after: 0 } })
 * assert.ok(none._tag === 'Left' && none.left.message.startsWith('append: condition.tags must name at least one tag, got []'))
 * const nul = checkAppendOptions({ condition: { tags: ['issue:cease\u0000fire'], after: 0 } })
 * assert.ok(nul._tag === 'Left' && nul.left.message === 'append: condition.tags hold no NUL character, got "issue:cease\\u0000fire"')
 * const misspelt = checkAppendOptions({ expectedposition: 3 } as any)
 * assert.ok(misspelt._tag === 'Left' && misspelt.left.message === 'append: expectedposition: not an option (the options are expectedPosition, condition, now; did you mean expectedPosition?)')
 * // From JavaScript: null is no options, a number is refused.
 * assert.strictEqual(checkAppendOptions(null)._tag, 'Right')
 * assert.strictEqual((checkAppendOptions(3 as any) as any).left.message, 'append: expected an object of options, got 3')
 * @category store
 * @since 0.1.0
 */
export function checkAppendOptions(options: AppendOptions | null | undefined, what = 'append'): Either<InvalidQuery, AppendOptions> {
  const refuse = (message: string): Either<InvalidQuery, AppendOptions> => left({ _tag: 'InvalidQuery', message: `${what}: ${message}` });
  // From JavaScript, `append(events, null)` asks for no check, as `append(events)` does (it failed reading a field of null).
  if (options === null || options === undefined) return right({});
  if (typeof options !== 'object') return refuse(`expected an object of options, got ${shown(options)}`);
  const unknown = unknownOption(options, APPEND_OPTIONS) ?? unknownOption(options.condition, CONDITION_FIELDS, 'condition.');
  if (unknown !== undefined) return refuse(unknown);
  const position = (field: string, value: unknown) => `${field} must be a position (a whole number, 0 or more), got ${shown(value)}`;
  const expected = options.expectedPosition ?? undefined;
  if (expected !== undefined && !isCount(expected)) return refuse(position('expectedPosition', expected));
  const condition = options.condition ?? undefined;
  if (condition !== undefined) {
    const { tags, after } = condition as { tags?: unknown; after?: unknown };
    if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string')) return refuse(`condition.tags must be a list of strings, got ${shown(tags)}`);
    // No event carries one of no tags, so the condition would always be met: a tag list a program computed and
    // found empty would turn a read-decide-write into an unconditional append.
    if (tags.length === 0) return refuse('condition.tags must name at least one tag, got []: a condition on no tags is always met (for "the log has not moved", pass expectedPosition)');
    // As a read's tags: none holds one, and PostgreSQL takes none in a text (its query failed, the others' matched nothing).
    const nul = tags.find((t: string) => t.includes('\u0000'));
    if (nul !== undefined) return refuse(`condition.tags hold no NUL character, got ${shown(nul)}`);
    if (!isCount(after)) return refuse(position('condition.after', after));
  }
  const now = options.now ?? undefined;
  if (now !== undefined) {
    // Not `instanceof`: a Date from another realm (a vm, jest's sandbox) is a Date too.
    const isDate = Object.prototype.toString.call(now) === '[object Date]';
    if (!isDate || Number.isNaN(now.getTime())) return refuse(`now must be a valid Date, got ${isDate ? 'an invalid Date' : shown(now)}`);
  }
  // The options as checked, a null among them left out: what a store then reads of them is what was checked.
  return right({ ...(expected !== undefined ? { expectedPosition: expected } : {}), ...(condition !== undefined ? { condition } : {}), ...(now !== undefined ? { now } : {}) });
}

/**
 * A read that fails at its first step with a {@link StoreReadError}
 * carrying `error`: what an adapter gives `catchUpSubscription` for a
 * subscription it refuses, so that `onError` hears of it and `caughtUp`
 * still resolves.
 *
 * @example
 * import { StoreReadError } from '@stancelog/core'
 * import { refusedRead } from '@stancelog/core/store-kit'
 * const read = refusedRead({ _tag: 'StoreUnavailable', message: 'read: the store is closed' })
 * let failed: unknown
 * try { for await (const chunk of read()) void chunk } catch (e) { failed = e }
 * assert.ok(failed instanceof StoreReadError && failed.error._tag === 'StoreUnavailable')
 * @category store
 * @since 0.1.0
 */
export function refusedRead(error: StoreError): (query?: ReadQuery) => AsyncIterable<never> {
  return async function* refused() {
    throw new StoreReadError(error);
  };
}

/**
 * Reads every event matching a query into one array. Rejects as the read
 * does (a {@link StoreReadError} for a closed store or an invalid query).
 *
 * @example
 * import { openMemoryStore, readAll } from '@stancelog/core'
 * assert.deepStrictEqual(await readAll(openMemoryStore()), [])
 * @category store
 * @since 0.1.0
 */
export async function readAll(store: EventStore, query?: ReadQuery): Promise<ReadonlyArray<StoredEvent>> {
  const all: StoredEvent[] = [];
  for await (const chunk of store.read(query)) {
    for (const e of chunk) all.push(e);
  }
  return all;
}

/**
 * Whether an event carries at least one of the tags.
 *
 * @example
 * import { hasAnyTag } from '@stancelog/core/store-kit'
 * assert.ok(hasAnyTag({ tags: ['issue:ceasefire'] } as any, ['actor:russia', 'issue:ceasefire']))
 * @category store
 * @since 0.1.0
 */
export function hasAnyTag(event: Pick<StoredEvent, 'tags'>, tags: ReadonlyArray<string>): boolean {
  for (const t of event.tags) if (tags.includes(t)) return true;
  return false;
}
