/**
 * A store of one's own: an `EventStore` that keeps each event as a JSON
 * string in a `Map` from position to text, the shape of many key-value
 * storages (localStorage, a Redis hash, an object store's keys). The Map
 * is the storage: it outlives the store, and a store opened again on it
 * reads the same log. Built only from the public parts of
 * `@stancelog/core` and its store kit, as the file and PostgreSQL stores
 * are, and checked with the conformance suite they pass
 * (`test/map-store.conformance.test.ts`).
 *
 * To make it yours, replace the three places that touch `storage` (marked
 * STORAGE: count the records, read one, write a batch) with your
 * storage's calls (README.md says how).
 */
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { formatIssues, StoreReadError } from '@stancelog/core';
import type { AppendOptions, AppendResult, EventStore, NewEvent, ReadQuery, StoreCorrupt, StoreError, StoredEvent, Upcaster } from '@stancelog/core';
import { asRead, checkAppend, checkAppendOptions, checkReadQuery, decodeStored, optionsProblem, prepareBatch, subscriberSet, TagIndex, UPCASTERS_OPTION } from '@stancelog/core/store-kit';
import type { CheckedReadQuery } from '@stancelog/core/store-kit';

/** Events per chunk of a read. */
const CHUNK = 500;

/** Options of {@link openMapStore}. */
export interface MapStoreOptions {
  /** Upcasters for events an older schema wrote: read through them, and taken to append as written (what `copyLog` gives). */
  readonly upcasters?: ReadonlyArray<Upcaster> | undefined;
}

// Every option, checked at open: a misspelt one is refused, not ignored.
const OPTIONS = { upcasters: UPCASTERS_OPTION };

/**
 * Opens the log kept in `storage` (an empty Map: an empty log). One store
 * at a time on a Map: the store indexes the log when it opens, and sees
 * only its own appends after. Fails (as a value) when the storage holds
 * something that is no log, naming the entry; a wrong option throws.
 */
export function openMapStore(storage: Map<number, string>, options: MapStoreOptions = {}): Either<StoreCorrupt, EventStore> {
  const problem = optionsProblem(options ?? {}, OPTIONS);
  if (problem !== undefined) throw new RangeError(`openMapStore: ${problem}`);
  const decoding = options?.upcasters !== undefined ? { upcasters: options.upcasters } : {};

  // What an append checks against: the ids in the log and the positions of each tag, rebuilt from the storage.
  const ids = new Set<string>();
  const tags = new TagIndex();
  let head = 0;
  // What a record that is no event is, at the open (as a value) and on a read (in the StoreReadError it rejects with).
  const corruptAt = (position: number, why: string): StoreCorrupt => ({ _tag: 'StoreCorrupt', location: `position ${position}`, message: `map store, position ${position}: ${why}` });

  /**
   * The record at `position` and the event a read gives of it: null for an event of a type a newer stancelog
   * wrote (skipped on read, its place and tags kept). Or what is wrong with it.
   */
  const recordAt = (position: number): Either<string, { record: StoredEvent; event: StoredEvent | null }> => {
    const text = storage.get(position); // STORAGE: read one record
    if (text === undefined) return left('no event there (positions run 1, 2, 3 ... without gaps)');
    let record: StoredEvent;
    try {
      record = JSON.parse(text) as StoredEvent;
    } catch (error) {
      return left(`not JSON (${String(error)})`);
    }
    // Checks the record (its envelope too, of a type it skips), and upcasts one an older schema wrote.
    const decoded = decodeStored(record, decoding);
    if (isLeft(decoded)) return left(formatIssues(decoded.left));
    if (record.position !== position) return left(`the record says position ${JSON.stringify(record.position)}`);
    return right({ record, event: decoded.right });
  };

  // STORAGE: how many records there are (positions run 1 to that, without gaps).
  for (let position = 1; position <= storage.size; position++) {
    const read = recordAt(position);
    if (isLeft(read)) return left(corruptAt(position, read.left));
    ids.add(read.right.record.id);
    tags.add(read.right.record);
    head = position;
  }

  // Catch-up-then-live subscriptions over `read`, woken after each append, ended by close().
  const subscribers = subscriberSet();
  let closed = false;
  // Appends run one at a time: with a storage that answers asynchronously, two would otherwise read the same head.
  let appending: Promise<unknown> = Promise.resolve();

  const refusal = (query: ReadQuery | null | undefined): Either<StoreError, CheckedReadQuery> => (closed ? left({ _tag: 'StoreUnavailable', message: 'read: the store is closed' }) : checkReadQuery(query));

  async function* read(query: ReadQuery = {}): AsyncIterable<ReadonlyArray<StoredEvent>> {
    const checked = refusal(query);
    if (isLeft(checked)) throw new StoreReadError(checked.left);
    const { after, limit } = checked.right;
    // By tag: the positions the index holds; otherwise every position after `after`, up to the head as it grows.
    const byTag = checked.right.tags ? tags.positionsAfter(checked.right.tags, after) : undefined;
    let given = 0;
    let chunk: StoredEvent[] = [];
    for (let i = 0; given + chunk.length < limit; i++) {
      const position = byTag ? byTag[i] : after + 1 + i;
      if (position === undefined || position > head) break;
      const found = recordAt(position);
      // A record broken since the open (by another program): the read rejects as the contract says, with a
      // StoreReadError carrying a StoreCorrupt that names it (a plain Error was taken by project for a lost server).
      if (isLeft(found)) throw new StoreReadError(corruptAt(position, found.left));
      if (found.right.event !== null) chunk.push(found.right.event);
      if (chunk.length === CHUNK) {
        given += chunk.length;
        yield chunk;
        chunk = [];
        if (closed) throw new StoreReadError({ _tag: 'StoreUnavailable', message: 'read: the store was closed during the read' });
      }
    }
    if (chunk.length > 0) yield chunk;
    if (closed) throw new StoreReadError({ _tag: 'StoreUnavailable', message: 'read: the store was closed during the read' });
  }

  // The event at a position, for the check of a correction (one lookup each).
  const eventAt = (position: number): StoredEvent | undefined => {
    const found = recordAt(position);
    return isLeft(found) ? undefined : (found.right.event ?? undefined);
  };
  // Asked only of a correction of a correction: STORAGE with an index of ids to positions looks it up there.
  const positionOf = (id: string): number | undefined => {
    if (!ids.has(id)) return undefined;
    for (let position = head; position >= 1; position--) if (eventAt(position)?.id === id) return position;
    return undefined;
  };

  async function appendNow(events: ReadonlyArray<NewEvent>, given: AppendOptions): Promise<Either<StoreError, AppendResult>> {
    const checkedOptions = checkAppendOptions(given);
    if (isLeft(checkedOptions)) return checkedOptions;
    const opts = checkedOptions.right;
    // Validates the batch, and gives each event its content id (the same as in every store), tags and schema.
    const prepared = prepareBatch(events, { ...(opts.now ? { now: opts.now } : {}), ...decoding });
    if (isLeft(prepared)) return prepared;
    // Duplicates, the expected position, the tag condition, withdrawals of events not in the log, corrections
    // that name another statement than the one whose place they take.
    const checked = checkAppend(prepared.right, opts, { head, has: (id) => ids.has(id), at: eventAt, positionOf, tags });
    if (isLeft(checked)) return checked;
    // Each event written as prepared (one an older schema wrote, as copyLog gives it, as it was written), and
    // handed back as a read gives it.
    const records = checked.right.fresh.map((e, i) => ({ id: e.id, position: head + 1 + i, recordedAt: e.recordedAt, schema: e.schema, tags: e.tags, type: e.type, data: e.data }));
    const appended = checked.right.fresh.map((e, i) => ({ ...asRead(e), position: records[i]!.position }) as StoredEvent);
    // STORAGE: write the batch, all or nothing (in one transaction); only then is the index updated.
    for (const record of records) storage.set(record.position, JSON.stringify(record));
    for (const e of appended) {
      ids.add(e.id);
      tags.add(e);
    }
    head += appended.length;
    if (appended.length > 0) subscribers.wakeAll();
    return right({ appended, duplicates: checked.right.duplicates, head });
  }

  const store: EventStore = {
    append(events, given = {}) {
      if (closed) return Promise.resolve(left({ _tag: 'StoreUnavailable', message: 'append: the store is closed' }));
      const run = appending.then(() => appendNow(events, given));
      appending = run.catch(() => undefined);
      return run;
    },
    read,
    async head() {
      if (closed) throw new StoreReadError({ _tag: 'StoreUnavailable', message: 'head: the store is closed' });
      return head;
    },
    // Catch-up from `read`, then a read again each time an append wakes it; refused (onError told) once closed.
    subscribe: (handler, opts) => subscribers.subscribe(read, handler, opts),
    async close() {
      closed = true;
      // The subscriptions end before any await: a handler may await close() before its own first await.
      const ending = subscribers.endAll();
      await appending; // the append under way is finished, and its caller hears of it
      await ending;
    },
  };
  return right(store);
}
