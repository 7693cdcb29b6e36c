/**
 * A catch-up-then-live subscription built from a store's `read` and a wake-up
 * signal. Adapters share it: the memory and file stores wake it on append,
 * PostgreSQL on NOTIFY. A wake-up carries no events; the subscription reads
 * everything after its cursor, so a lost or doubled signal loses or doubles
 * nothing.
 *
 * @since 0.1.0
 */
import type { StoredEvent } from './envelope.js';
import { checkSubscribeOptions, refusedRead } from './event-store.js';
import type { ReadQuery, SubscribeOptions, Subscription } from './event-store.js';
import type { StoreError } from './errors.js';

/**
 * A subscription that can be woken.
 * @example
 * import { openMemoryStore } from '@stancelog/core'
 * import { catchUpSubscription } from '@stancelog/core/store-kit'
 * const store = openMemoryStore()
 * const seen: string[] = []
 * const sub = catchUpSubscription((query) => store.read(query), (events) => { for (const e of events) seen.push(e.type) })
 * await sub.caughtUp
 * await store.append([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }])
 * sub.wake() // what an adapter does on append or NOTIFY: read what is new
 * await new Promise((resolve) => setTimeout(resolve, 0))
 * assert.deepStrictEqual(seen, ['alias-added'])
 * await sub.unsubscribe()
 * @category store
 * @since 0.1.0
 */
export interface WakeableSubscription extends Subscription {
  /** Asks the subscription to read what is new. Cheap; calls coalesce. */
  wake(): void;
}

/** Whether `error` is what a wait ended by an abort rejects with (a DOMException named AbortError, a signal's default reason). */
function aborted(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/**
 * Creates a subscription over `read`, delivering chunks to `handler` in order.
 * A handler that throws (or rejects) stops the subscription: nothing more is
 * delivered, and `onError` is told. The handler is given a `signal`, aborted
 * when the subscription ends (unsubscribed, by its store's `close()` too, or
 * on an error), so that a handler that waits can stop waiting: an
 * unsubscribe waits for the handler call running. A read that fails once
 * unsubscribed (a store closing) is not told to `onError`, nor is the
 * `AbortError` a handler's wait ended by the signal rejects with. A handler may
 * unsubscribe itself: called in the handler's code before its first `await`,
 * `unsubscribe()` resolves at once (the handler call still running is the
 * caller's own); called after one, do not await it (`void
 * sub.unsubscribe()`): it resolves when the handler call ends, which would
 * wait for itself.
 *
 * @example
 * import { openMemoryStore, statementMade } from '@stancelog/core'
 * import { catchUpSubscription } from '@stancelog/core/store-kit'
 * const store = openMemoryStore()
 * await store.append([statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', source: { quote: 'a full ceasefire first' } })])
 * // An adapter builds its `subscribe` on its own `read` like this.
 * const seen: number[] = []
 * const sub = catchUpSubscription((query) => store.read(query), (events) => { for (const e of events) seen.push(e.position) })
 * await sub.caughtUp
 * assert.deepStrictEqual(seen, [1])
 * await sub.unsubscribe()
 * @example
 * import { openMemoryStore, statementMade } from '@stancelog/core'
 * import { catchUpSubscription } from '@stancelog/core/store-kit'
 * const store = openMemoryStore()
 * await store.append([statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', source: { quote: 'a full ceasefire first' } })])
 * // A handler that waits (here, for ever) ends its wait when the subscription ends.
 * const sub = catchUpSubscription((query) => store.read(query), (_events, signal) => new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve())))
 * await new Promise((resolve) => setTimeout(resolve, 10))
 * await sub.unsubscribe() // resolves: the handler's wait ended
 * @category store
 * @since 0.1.0
 */
export function catchUpSubscription(
  read: (query: ReadQuery) => AsyncIterable<ReadonlyArray<StoredEvent>>,
  handler: (events: ReadonlyArray<StoredEvent>, signal: AbortSignal) => void | Promise<void>,
  given: SubscribeOptions | null = {},
): WakeableSubscription {
  // From JavaScript, `subscribe(handler, null)` asks for the defaults, as every store's checks take it.
  const options = given ?? {};
  let cursor = options.after ?? 0;
  let stopped = false;
  let pending = false;
  let running: Promise<void> = Promise.resolve();
  // True while the handler's own synchronous code runs: an unsubscribe it makes then cannot wait for the handler.
  let calling = false;
  // Aborted when delivery stops: a handler that waits (a retry, a slow write) ends its wait rather than hold up an
  // unsubscribe, or its store's close(), which waits for the handler call.
  const ended = new AbortController();
  // True from a handler call until it settles: what fails then is the handler's, told even after an unsubscribe.
  let handling = false;

  const drain = async (): Promise<void> => {
    while (pending && !stopped) {
      pending = false;
      for await (const chunk of read({ after: cursor, ...(options.tags ? { tags: options.tags } : {}) })) {
        if (stopped) return;
        if (chunk.length === 0) continue;
        let called: void | Promise<void>;
        handling = true;
        calling = true;
        try {
          called = handler(chunk, ended.signal);
        } finally {
          calling = false;
        }
        await called;
        handling = false;
        cursor = chunk[chunk.length - 1]!.position;
      }
    }
  };

  const schedule = (): Promise<void> => {
    pending = true;
    running = running.then(drain).catch((error: unknown) => {
      const unsubscribed = stopped;
      const byHandler = handling;
      handling = false;
      stopped = true;
      ended.abort();
      // A read cut short after an unsubscribe (the store's close() unsubscribes, then fails reads under way) is what
      // was asked for, not news; nor is a handler's wait ended by the signal (a signal-aware timer or fetch rejects
      // with its AbortError). What else a handler throws is a bug, news whenever it comes.
      if (unsubscribed && (!byHandler || aborted(error))) return;
      if (typeof options.onError === 'function') options.onError(error);
      // One that is no function cannot be told (its store refuses it so): the error rejects caughtUp, rather than a
      // TypeError that names nothing.
      else if (options.onError != null) throw error;
    });
    return running;
  };

  const caughtUp = schedule();
  return {
    caughtUp,
    wake: () => {
      if (!stopped) void schedule();
    },
    unsubscribe: async () => {
      stopped = true;
      ended.abort();
      // From the handler itself (`await sub.unsubscribe()`, or `return sub.unsubscribe()`, in its code before
      // its first await), waiting for the handler call to end would wait for itself: nothing is delivered any
      // more, and the only handler call still running is the caller's own.
      if (calling) return;
      // What ended the subscription was told (onError, or caughtUp's rejection): ending it is no failure.
      await running.catch(() => undefined);
    },
  };
}

/**
 * The subscriptions of one store: it subscribes through them, wakes them
 * after an append, and ends them on close, where each store kept a set of
 * its own and wrote the same lines around it. The memory, file and
 * PostgreSQL stores keep theirs so, as may a store of one's own (the
 * template's map store). A store woken from outside (the file store's
 * polling, PostgreSQL's `LISTEN`) gives what starts that watching
 * ({@link SubscriberSetOptions.watch}): it runs from the first
 * subscription to the end of the last.
 *
 * @example
 * import { openMemoryStore, StoreReadError } from '@stancelog/core'
 * import { subscriberSet } from '@stancelog/core/store-kit'
 * const log = openMemoryStore() // stands for a store's own storage and read
 * const subscribers = subscriberSet()
 * const seen: number[] = []
 * const sub = subscribers.subscribe((query) => log.read(query), (events) => { for (const e of events) seen.push(e.position) })
 * await sub.caughtUp
 * await log.append([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }])
 * subscribers.wakeAll() // what the store's append does once it appended something
 * await new Promise((resolve) => setTimeout(resolve, 10))
 * assert.deepStrictEqual(seen, [1])
 * await subscribers.endAll() // in close(), before its first await
 * assert.strictEqual(sub.endedBy?.message, 'subscribe: the store was closed') // why it ended
 * const errors: unknown[] = []
 * await subscribers.subscribe((query) => log.read(query), () => undefined, { onError: (e) => errors.push(e) }).caughtUp
 * assert.ok(errors[0] instanceof StoreReadError && errors[0].message === 'subscribe: the store is closed')
 * @category store
 * @since 0.1.0
 */
export interface SubscriberSet {
  /**
   * Subscribes `handler` over the store's `read`, its options checked as
   * every store checks them ({@link checkSubscribeOptions}). One refused
   * (an invalid option, or the store closed: `endAll` was called) delivers
   * nothing, tells `onError` a {@link StoreReadError}, and its `caughtUp`
   * resolves; one taken is kept until it ends (unsubscribed, stopped by an
   * error, or by `endAll`), woken by `wakeAll`. `ended`, when given, is
   * called once as it ends: the store's own state of it (the PostgreSQL
   * store's check of the position it read up to) goes with it.
   */
  subscribe(
    read: (query: ReadQuery) => AsyncIterable<ReadonlyArray<StoredEvent>>,
    handler: (events: ReadonlyArray<StoredEvent>, signal: AbortSignal) => void | Promise<void>,
    options?: SubscribeOptions | null,
    ended?: () => void,
  ): Subscription;
  /** Wakes every subscription, to read what is new: after an append that appended something. Cheap. */
  wakeAll(): void;
  /** How many subscriptions are open. */
  readonly size: number;
  /**
   * Ends every subscription, each then saying it ended because the store
   * closed (its `endedBy`: `subscribe: the store was closed`, the store
   * named as {@link SubscriberSetOptions.name} says), and refuses those
   * asked for after, as a closed store does; stops the watching. Call it in
   * `close()` before its first `await` (a handler may await `close()`
   * before its own first `await`: see {@link Subscription}), and await
   * what it returns once the store has waited for the rest (the append
   * under way): it resolves when no handler call runs any more and the
   * watching stopped.
   */
  endAll(): Promise<void>;
}

/**
 * Options of {@link subscriberSet}.
 * @example
 * import { subscriberSet } from '@stancelog/core/store-kit'
 * import type { SubscriberSetOptions } from '@stancelog/core/store-kit'
 * let polls = 0
 * // A store that looks for what others appended, while it has subscriptions.
 * const options: SubscriberSetOptions = { name: '/home/ana/talks.jsonl', watch: () => { const timer = setInterval(() => polls++, 100); return () => clearInterval(timer) } }
 * const subscribers = subscriberSet(options)
 * await subscribers.endAll()
 * assert.strictEqual(polls, 0)
 * @category store
 * @since 0.1.0
 */
export interface SubscriberSetOptions {
  /**
   * The store as its messages name it (default `the store`): a
   * subscription asked for once it closed is refused with `subscribe:
   * <name> is closed`, and one it ended says `subscribe: <name> was
   * closed`. The file store gives its path.
   */
  readonly name?: string | undefined;
  /**
   * Starts what wakes the subscriptions from outside the store (the file
   * store's polling of a log another process appends to, PostgreSQL's
   * `LISTEN`), called as the first subscription is taken; returns what
   * stops it, called as the last one ends (unsubscribed, stopped by an
   * error, or by `endAll`) and awaited by that `unsubscribe()` and by
   * `endAll`. A subscription taken later starts it again (the stop of the
   * former may still be under way).
   */
  readonly watch?: (() => () => void | Promise<void>) | undefined;
}

/**
 * The subscriptions of one store (see {@link SubscriberSet}).
 *
 * @example
 * import { subscriberSet } from '@stancelog/core/store-kit'
 * const subscribers = subscriberSet()
 * assert.strictEqual(subscribers.size, 0)
 * await subscribers.endAll()
 * @category store
 * @since 0.1.0
 */
export function subscriberSet(options: SubscriberSetOptions = {}): SubscriberSet {
  const name = options.name ?? 'the store';
  /** One subscription taken: leaving the set, it is ended by the store's close() when `closed` is given. */
  interface Entry {
    readonly sub: WakeableSubscription;
    readonly leave: (closed?: StoreError) => Promise<void>;
  }
  const open = new Set<Entry>();
  let ended = false;
  let stopWatching: (() => void | Promise<void>) | undefined;

  // The last subscription gone: the watching stops, and a later subscription starts it again.
  const stopIfIdle = async (): Promise<void> => {
    if (open.size > 0 || stopWatching === undefined) return;
    const stop = stopWatching;
    stopWatching = undefined;
    await stop();
  };

  return {
    subscribe(read, handler, given = {}, onEnded) {
      // From JavaScript, null options are none, as every store's checks take them.
      const asked = given ?? {};
      const checked = ended ? undefined : checkSubscribeOptions(asked);
      // A refused subscription fails its first read: onError hears of it, and caughtUp resolves.
      if (checked === undefined) return catchUpSubscription(refusedRead({ _tag: 'StoreUnavailable', message: `subscribe: ${name} is closed` }), handler, asked);
      if (checked._tag === 'Left') return catchUpSubscription(refusedRead(checked.left), handler, asked);
      let endedBy: StoreError | undefined;
      const entry: Entry = {
        // Once, whichever comes first: an unsubscribe, the error that stopped it, or the store's close.
        leave: (closed) => {
          if (!open.delete(entry)) return Promise.resolve();
          endedBy = closed;
          onEnded?.();
          return stopIfIdle();
        },
        // A subscription stopped by an error leaves too: nothing wakes it any more, and it keeps no watching running.
        sub: catchUpSubscription(read, handler, {
          ...asked,
          onError: (error: unknown) => {
            void entry.leave();
            asked.onError?.(error);
          },
        }),
      };
      open.add(entry);
      if (stopWatching === undefined && options.watch !== undefined) stopWatching = options.watch();
      return {
        caughtUp: entry.sub.caughtUp,
        get endedBy() {
          return endedBy;
        },
        unsubscribe: async () => {
          const left = entry.leave();
          await entry.sub.unsubscribe();
          await left;
        },
      };
    },
    wakeAll() {
      for (const e of open) e.sub.wake();
    },
    get size() {
      return open.size;
    },
    endAll() {
      ended = true;
      const closed: StoreError = { _tag: 'StoreUnavailable', message: `subscribe: ${name} was closed` };
      const entries = [...open];
      // Every unsubscribe() called now, before anything is awaited; waited for together, with the watching's stop.
      const leaving = entries.map((e) => e.leave(closed));
      const ending = entries.map((e) => e.sub.unsubscribe());
      return Promise.all([...ending, ...leaving]).then(() => undefined);
    },
  };
}
