/**
 * The event-store contract every storage adapter implements (memory, file,
 * PostgreSQL), and which the shared conformance suite checks.
 *
 * @since 0.1.0
 */
import type { Either } from 'fp-ts/lib/Either.js';
import type { NewEvent, StoredEvent } from './envelope.js';
import type { StoreError } from './errors.js';

/**
 * Append only if nothing new matches these tags: no event tagged with any of
 * `tags` has a position greater than `after`. This is a consistency boundary
 * across streams: "record Russia's stance on the ceasefire unless something
 * about the ceasefire arrived since I read position 41".
 * @category store
 * @since 0.1.0
 */
export interface TagCondition {
  readonly tags: ReadonlyArray<string>;
  readonly after: number;
}

/**
 * Conditions and settings of an append.
 * @category store
 * @since 0.1.0
 */
export interface AppendOptions {
  /** The head the writer read: the append fails unless the log's head is still this. `0` means an empty log. */
  readonly expectedPosition?: number;
  /** Fails the append if an event matching these tags came after `after`. */
  readonly condition?: TagCondition;
  /** The time recorded for events that carry no `recordedAt` (defaults to now). */
  readonly now?: Date;
}

/**
 * What an append did.
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
 * Which events to read.
 * @category store
 * @since 0.1.0
 */
export interface ReadQuery {
  /** Read events whose position is greater than this (default 0: from the start). */
  readonly after?: number;
  /** Read only events carrying at least one of these tags (`actor:russia`, `issue:ceasefire`). */
  readonly tags?: ReadonlyArray<string>;
  /** Stop after this many events. */
  readonly limit?: number;
}

/**
 * A live subscription.
 * @category store
 * @since 0.1.0
 */
export interface Subscription {
  /** Resolves once every event that existed at subscription time was delivered. */
  readonly caughtUp: Promise<void>;
  /** Stops delivery; resolves when no handler call is running any more. */
  unsubscribe(): Promise<void>;
}

/**
 * Options of a subscription.
 * @category store
 * @since 0.1.0
 */
export interface SubscribeOptions {
  /** Deliver events after this position (default 0: the whole log, then new events). */
  readonly after?: number;
  /** Deliver only events carrying one of these tags. */
  readonly tags?: ReadonlyArray<string>;
  /** Called when delivery stops on an error (a failing handler, storage lost). */
  readonly onError?: (error: unknown) => void;
}

/**
 * An append-only log of events.
 *
 * - `append` writes a batch atomically (all or nothing), gives positions
 *   1, 2, 3... without gaps, skips events already in the log (same id), and
 *   returns expected failures (invalid event, conflict) as `Left` values.
 * - `read` yields the events in position order, in chunks.
 * - `subscribe` delivers the events after a position, then new ones as they
 *   are appended, each exactly once and in order.
 *
 * @example
 * import { openMemoryStore, statementMade, readAll } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-04-23', source: { quote: 'Kyiv wants a ceasefire first' } } as any)])
 * const events = await readAll(store)
 * assert.strictEqual(events.length, 1)
 * @category store
 * @since 0.1.0
 */
export interface EventStore {
  append(events: ReadonlyArray<NewEvent>, options?: AppendOptions): Promise<Either<StoreError, AppendResult>>;
  read(query?: ReadQuery): AsyncIterable<ReadonlyArray<StoredEvent>>;
  head(): Promise<number>;
  subscribe(handler: (events: ReadonlyArray<StoredEvent>) => void | Promise<void>, options?: SubscribeOptions): Subscription;
  close(): Promise<void>;
}

/**
 * Reads every event matching a query into one array.
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
 * import { hasAnyTag } from '@stancelog/core'
 * assert.ok(hasAnyTag({ tags: ['issue:ceasefire'] } as any, ['actor:russia', 'issue:ceasefire']))
 * @category store
 * @since 0.1.0
 */
export function hasAnyTag(event: Pick<StoredEvent, 'tags'>, tags: ReadonlyArray<string>): boolean {
  for (const t of event.tags) if (tags.includes(t)) return true;
  return false;
}
