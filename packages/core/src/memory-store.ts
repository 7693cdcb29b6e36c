/**
 * The in-memory event store: for tests, browsers and short-lived analyses.
 *
 * @since 0.1.0
 */
import { isLeft, left, right } from './either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { prepareBatch } from './envelope.js';
import type { NewEvent, PreparedEvent, StoredEvent } from './envelope.js';
import type { StoreError } from './errors.js';
import { checkAppendOptions, checkReadQuery, checkSubscribeOptions, refusedRead, StoreReadError } from './event-store.js';
import type { AppendOptions, AppendResult, CheckedReadQuery, EventStore, ReadQuery, SubscribeOptions, Subscription } from './event-store.js';
import { catchUpSubscription } from './subscription.js';
import type { WakeableSubscription } from './subscription.js';
import { checkAppend, TagIndex } from './append-check.js';

const CHUNK = 1024;

/**
 * Options of the memory store.
 * @example
 * import { openMemoryStore, readAll } from '@stancelog/core'
 * const kyiv = { type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } } as const
 * const original = openMemoryStore()
 * await original.append([kyiv])
 * const copy = openMemoryStore({ events: await readAll(original) })
 * const r = await copy.append([kyiv]) // the copy knows the event already
 * assert.ok(r._tag === 'Right' && r.right.duplicates.length === 1 && r.right.head === 1)
 * @category store
 * @since 0.1.0
 */
export interface MemoryStoreOptions {
  /** Events the log starts with (already stored elsewhere: positions are kept). */
  readonly events?: ReadonlyArray<StoredEvent> | undefined;
}

/**
 * Opens an empty (or pre-filled) in-memory log.
 *
 * @example
 * import { openMemoryStore, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * const r = await store.append([statementMade({ holder: 'russia', issue: 'nato-membership', kind: 'demand', polarity: '-', statedAt: '2025-05-16', source: { quote: 'Ukraine must give up on joining NATO' } })])
 * assert.strictEqual(r._tag === 'Right' && r.right.head, 1)
 * @category store
 * @since 0.1.0
 */
export function openMemoryStore(options: MemoryStoreOptions = {}): EventStore {
  const log: StoredEvent[] = [];
  const ids = new Set<string>();
  const tags = new TagIndex();
  const subscriptions = new Set<WakeableSubscription>();
  let closed = false;

  const add = (event: StoredEvent): void => {
    log.push(event);
    ids.add(event.id);
    tags.add(event);
  };
  for (const e of options.events ?? []) add(e);

  // Why a read or subscription is refused before anything is read, if it is.
  const refusal = (query: ReadQuery | SubscribeOptions, what: 'read' | 'subscribe'): Either<StoreError, CheckedReadQuery> =>
    closed ? left({ _tag: 'StoreUnavailable', message: `${what}: the store is closed` }) : what === 'read' ? checkReadQuery(query) : checkSubscribeOptions(query);

  // A read under way stops at its next step once the store is closed, as in every store.
  const closedDuringRead = (): StoreReadError => new StoreReadError({ _tag: 'StoreUnavailable', message: 'read: the store was closed during the read' });

  async function* read(query: ReadQuery = {}): AsyncIterable<ReadonlyArray<StoredEvent>> {
    const checked = refusal(query, 'read');
    if (isLeft(checked)) throw new StoreReadError(checked.left);
    const { after } = checked.right;
    let remaining = checked.right.limit;
    if (checked.right.tags) {
      const positions = tags.positionsAfter(checked.right.tags, after);
      for (let i = 0; i < positions.length && remaining > 0; i += CHUNK) {
        const chunk = positions.slice(i, Math.min(i + CHUNK, i + remaining)).map((p) => log[p - 1]!);
        remaining -= chunk.length;
        yield chunk;
        if (closed) throw closedDuringRead();
      }
      return;
    }
    for (let i = after; i < log.length && remaining > 0; i += CHUNK) {
      const chunk = log.slice(i, Math.min(i + CHUNK, i + remaining, log.length));
      remaining -= chunk.length;
      yield chunk;
      if (closed) throw closedDuringRead();
    }
  }

  return {
    async append(events: ReadonlyArray<NewEvent>, given: AppendOptions = {}): Promise<Either<StoreError, AppendResult>> {
      if (closed) return left({ _tag: 'StoreUnavailable', message: 'append: the store is closed' });
      const checkedOptions = checkAppendOptions(given);
      if (isLeft(checkedOptions)) return checkedOptions;
      const opts = checkedOptions.right;
      const prepared = prepareBatch(events, { ...(opts.now ? { now: opts.now } : {}) });
      if (isLeft(prepared)) return prepared;
      const checked = checkAppend(prepared.right, opts, { head: log.length, has: (id) => ids.has(id), tags });
      if (isLeft(checked)) return checked;
      const { fresh, duplicates } = checked.right;
      const appended = fresh.map((e: PreparedEvent, i) => ({ ...e, position: log.length + 1 + i }) as StoredEvent);
      for (const e of appended) add(e);
      if (appended.length > 0) for (const s of subscriptions) s.wake();
      return right({ appended, duplicates, head: log.length });
    },
    read,
    head: async () => {
      if (closed) throw new StoreReadError({ _tag: 'StoreUnavailable', message: 'head: the store is closed' });
      return log.length;
    },
    subscribe(handler, opts: SubscribeOptions = {}): Subscription {
      const refused = refusal(opts, 'subscribe');
      // A refused subscription fails its first read: onError hears of it, and caughtUp resolves.
      if (isLeft(refused)) return catchUpSubscription(refusedRead(refused.left), handler, opts);
      const sub = catchUpSubscription(read, handler, opts);
      subscriptions.add(sub);
      return {
        caughtUp: sub.caughtUp,
        unsubscribe: async () => {
          subscriptions.delete(sub);
          await sub.unsubscribe();
        },
      };
    },
    async close() {
      closed = true;
      await Promise.all([...subscriptions].map((s) => s.unsubscribe()));
      subscriptions.clear();
    },
  };
}
