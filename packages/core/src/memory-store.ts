/**
 * The in-memory event store: for tests, browsers and short-lived analyses.
 *
 * @since 0.1.0
 */
import { isLeft, left, right } from './either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { formatIssues } from './decode-error.js';
import type { DecodeIssue } from './decode-error.js';
import { asRead, prepareBatch, StoredEvent } from './envelope.js';
import type { NewEvent, PreparedEvent } from './envelope.js';
import type { StoreCorrupt, StoreError } from './errors.js';
import { SCHEMA_VERSIONS } from './events.js';
import { optionsProblem, UPCASTERS_OPTION } from './store-options.js';
import type { OptionRule } from './store-options.js';
import { decodeStored } from './upcast.js';
import type { ReadOptions, Upcaster } from './upcast.js';
import { rememberWritten } from './upcast-data.js';
import { describeValue } from './value-description.js';
import { checkAppendOptions, checkReadQuery, StoreReadError } from './event-store.js';
import type { AppendOptions, AppendResult, CheckedReadQuery, EventStore, ReadQuery } from './event-store.js';
import { subscriberSet } from './subscription.js';
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
  /**
   * Events the log starts with, already stored elsewhere (`readAll` of
   * another store, `stancelog log --json` of a whole log): positions are
   * kept, so they must run 1, 2, 3 ... without gaps, in order. Checked as
   * the file and PostgreSQL stores check what they read (see
   * {@link memoryStoreOf}): a bad seed throws a `RangeError` naming the
   * entry. Events an app fetched are data, not the program's: give them
   * to `memoryStoreOf`, which returns the refusal as a value.
   */
  readonly events?: ReadonlyArray<StoredEvent> | undefined;
  /**
   * Upcasters for events of older schema versions, as the file and
   * PostgreSQL stores take them: a seed's event of an older schema is read
   * through them, and one appended (as `copyLog` gives an event it read
   * upcast) is kept as it was written and read upcast.
   */
  readonly upcasters?: ReadonlyArray<Upcaster> | undefined;
}

/** The log a memory store keeps: `log[p - 1]` is the event at position `p`, or null for one of a type this version skips. */
interface MemoryLog {
  readonly log: Array<StoredEvent | null>;
  readonly ids: Set<string>;
  readonly tags: TagIndex;
  /** How many entries of `log` are null: while none is, reads take slices as they are. */
  readonly skipped: number;
}

// `events` is checked by checkSeed, which words a wrong value in a few words rather than as all its JSON.
const OPTIONS: Readonly<Record<string, OptionRule>> = { events: { accepts: () => true, expected: 'an array of stored events' }, upcasters: UPCASTERS_OPTION };

// Where the seed's positions go wrong at `index` (those before it run 1 to `index`): a gap, the events out of order, a repeat.
function positionProblem(events: ReadonlyArray<unknown>, index: number, position: number): string {
  const expected = index + 1;
  const at = index === 0 ? `position ${position} first` : `position ${position} after ${index}`;
  if (!Number.isInteger(position) || position < 1) return `${at} (positions are whole numbers, and run 1, 2, 3 ... without gaps)`;
  if (position < expected) return `${at}: events[${position - 1}] is at position ${position} already (positions run 1, 2, 3 ... each once: an event given twice?)`;
  // Only when refusing: is the position expected further on (the events out of order), or nowhere (a gap)?
  for (let j = index + 1; j < events.length; j++) {
    const e = events[j] as { position?: unknown } | null;
    if (typeof e === 'object' && e !== null && e.position === expected) {
      return `${at} (positions run 1, 2, 3 ... in order: position ${expected} is events[${j}]; sort the events by position, oldest first)`;
    }
  }
  return `${at} (positions run 1, 2, 3 ... without gaps: a log filtered by holder or issue, such as stancelog log --holder X --json, is no log to seed a store with)`;
}

/**
 * The seed of a memory store checked and indexed, or the first entry that
 * is wrong. A stored event of the current schema that its codec takes is
 * kept as it is (a check, no copy: the cost of a seed stays low); any other
 * is decoded and upcast, or skipped when its type is unknown to this
 * version, as the file and PostgreSQL stores read their records. Ids are
 * taken as given, not hashed again (a content hash of every event would
 * cost a seed several times its check).
 */
function checkSeed(events: unknown, decoding: ReadOptions): Either<StoreCorrupt, MemoryLog> {
  const corrupt = (message: string, index?: number, issues?: ReadonlyArray<DecodeIssue>): Either<StoreCorrupt, never> =>
    left({ _tag: 'StoreCorrupt', location: 'events', ...(index !== undefined ? { index } : {}), ...(issues ? { issues } : {}), message });
  if (!Array.isArray(events)) return corrupt(`events: expected an array of stored events (readAll of a store, or stancelog log --json of a whole log), got ${describeValue(events)}`);
  const log: Array<StoredEvent | null> = [];
  const ids = new Set<string>();
  const tags = new TagIndex();
  let skipped = 0;
  for (let i = 0; i < events.length; i++) {
    const raw: unknown = events[i];
    let event: StoredEvent | null;
    // A type this version knows, of its schema or a later one (which decodeStored takes as it is too).
    if (StoredEvent.is(raw) && raw.schema >= SCHEMA_VERSIONS[raw.type]) event = raw;
    else {
      const decoded = decodeStored(raw, decoding);
      if (isLeft(decoded)) return corrupt(`events[${i}]: not a valid event: ${formatIssues(decoded.left)}`, i, decoded.left);
      event = decoded.right;
    }
    // decodeStored checked these, of an event of a type this version skips too.
    const { id, position, tags: tagged } = (event ?? raw) as Pick<StoredEvent, 'id' | 'position' | 'tags'>;
    if (position !== i + 1) return corrupt(`events[${i}]: ${positionProblem(events, i, position)}`, i);
    if (ids.has(id)) {
      const first = events.findIndex((e) => (e as { id?: unknown }).id === id);
      return corrupt(`events[${i}]: event ${id} is events[${first}] too (position ${first + 1}): a log holds an event once`, i);
    }
    ids.add(id);
    // Indexed by its tags even when skipped, as the file store does: a tag read then passes over its position.
    tags.add({ tags: tagged, position });
    log.push(event);
    if (event === null) skipped++;
  }
  return right({ log, ids, tags, skipped });
}

/**
 * A memory store that starts with `events`, a log stored elsewhere (read
 * from a store, fetched from a server that ran `stancelog log --json`),
 * or the first entry that is no part of such a log, as a `StoreCorrupt`
 * naming it (`index`, and `events[3]: ...` in the message) and what is
 * wrong. Each entry is checked as the file and PostgreSQL stores check
 * what they read: a stored event whose codec takes it (its envelope and
 * its data; one of an older schema upcast by `options.upcasters`, one of
 * a type this version does not know kept in its place and skipped on
 * read), at position 1, 2, 3 ...
 * in order and without gaps, no id twice. A listing filtered by holder or
 * issue (`stancelog log --holder X --json`) has gaps: it is refused, where
 * it would have read wrong events by tag and appended at positions already
 * taken. What a store refuses in new events only (a blank quote, a
 * condition on its own issue) is not refused here, as a log written before
 * it was refused still reads; ids are taken as given, not hashed again
 * (`copyLog` checks them). Upcasters that are no array of
 * `{ type, from, up }` throw a `RangeError`: a mistake in the program.
 *
 * @example
 * import { memoryStoreOf, openMemoryStore, readAll, statementMade } from '@stancelog/core'
 * const elsewhere = openMemoryStore()
 * await elsewhere.append([
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', source: { quote: 'no truce now' } }),
 *   statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', source: { quote: 'a truce now' } }),
 * ])
 * const fetched = JSON.parse(JSON.stringify(await readAll(elsewhere))) // as a server sends it
 * const r = memoryStoreOf(fetched)
 * assert.ok(r._tag === 'Right' && (await r.right.head()) === 2)
 * // Ukraine's statements only: position 2 with no position 1 before it.
 * const filtered = memoryStoreOf(fetched.filter((e: any) => e.data.holder === 'ukraine'))
 * assert.ok(filtered._tag === 'Left' && filtered.left._tag === 'StoreCorrupt' && filtered.left.index === 0)
 * assert.ok(filtered.left.message.startsWith('events[0]: position 2 first (positions run 1, 2, 3 ... without gaps: a log filtered by holder or issue'))
 * @category store
 * @since 0.1.0
 */
export function memoryStoreOf(events: ReadonlyArray<unknown>, options: Pick<MemoryStoreOptions, 'upcasters'> = {}): Either<StoreCorrupt, EventStore> {
  const problem = optionsProblem(options ?? {}, { upcasters: UPCASTERS_OPTION });
  if (problem !== undefined) throw new RangeError(`memoryStoreOf: ${problem}`);
  const decoding = decodingOf(options ?? {});
  const seed = checkSeed(events, decoding);
  return isLeft(seed) ? seed : right(storeOf(seed.right, decoding));
}

/** What reading and appending need of the options: the upcasters (the schema versions are this release's). */
function decodingOf(options: Pick<MemoryStoreOptions, 'upcasters'>): ReadOptions {
  return options.upcasters !== undefined ? { upcasters: options.upcasters } : {};
}

/**
 * Opens an empty (or pre-filled) in-memory log. A seed (`events`) that is
 * no log throws a `RangeError` naming the entry and what is wrong, with
 * the message {@link memoryStoreOf} returns as a value (which is the way
 * for events an app fetched), as does an option it does not take.
 *
 * A wrong option throws here, where `openFileStore` and `openPostgresStore`
 * return it as a `Left`: each refuses it as it reports its other failures.
 * This open is synchronous and gives the store itself (there is no `Either`
 * to hold a refusal), and its options are the program's own (a test's, a
 * page's): a wrong one is a mistake in the program. The others open what is
 * outside the program (a file, a server), return an `Either` for what they
 * find there, and take options as often read from a configuration file or
 * the environment, whose mistakes are the user's, to be said as a missing
 * file is. So do `project`, `follow`, `read` and `append` (an `InvalidQuery`).
 *
 * @example
 * import { openMemoryStore, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * const r = await store.append([statementMade({ holder: 'russia', issue: 'nato-membership', kind: 'demand', polarity: '-', statedAt: '2025-05-16', source: { quote: 'Ukraine must give up on joining NATO' } })])
 * assert.strictEqual(r._tag === 'Right' && r.right.head, 1)
 * assert.throws(() => openMemoryStore({ events: [{ foo: 1 }] as any }), /^RangeError: events\[0\]: not a valid event: id: required: a string/)
 * @category store
 * @since 0.1.0
 */
export function openMemoryStore(options: MemoryStoreOptions = {}): EventStore {
  // Null options from JavaScript are none, as in every store's checks.
  const given: MemoryStoreOptions = options ?? {};
  const problem = optionsProblem(given, OPTIONS);
  if (problem !== undefined) throw new RangeError(`openMemoryStore: ${problem}`);
  const decoding = decodingOf(given);
  if (given.events === undefined) return storeOf({ log: [], ids: new Set(), tags: new TagIndex(), skipped: 0 }, decoding);
  const seed = checkSeed(given.events, decoding);
  if (isLeft(seed)) throw new RangeError(seed.left.message);
  return storeOf(seed.right, decoding);
}

function storeOf(seed: MemoryLog, decoding: ReadOptions): EventStore {
  const { log, ids, tags, skipped } = seed;
  const subscribers = subscriberSet();
  let closed = false;

  const add = (event: StoredEvent): void => {
    log.push(event);
    ids.add(event.id);
    tags.add(event);
  };

  // Why a read is refused before anything is read, if it is (the subscribers check a subscription's options).
  const refusal = (query: ReadQuery): Either<StoreError, CheckedReadQuery> => (closed ? left({ _tag: 'StoreUnavailable', message: 'read: the store is closed' }) : checkReadQuery(query));

  // A read under way stops at its next step once the store is closed, as in every store.
  const closedDuringRead = (): StoreReadError => new StoreReadError({ _tag: 'StoreUnavailable', message: 'read: the store was closed during the read' });

  async function* read(query: ReadQuery = {}): AsyncIterable<ReadonlyArray<StoredEvent>> {
    const checked = refusal(query);
    if (isLeft(checked)) throw new StoreReadError(checked.left);
    const { after } = checked.right;
    let remaining = checked.right.limit;
    // Positions from the tag index, or all after `after`: read in chunks, passing over events of a type this version skips.
    const byTag = checked.right.tags ? tags.positionsAfter(checked.right.tags, after) : undefined;
    // Counted at each step, as before: a read without tags goes on to events appended while it runs.
    const count = (): number => (byTag ? byTag.length : log.length - after);
    for (let i = 0; i < count() && remaining > 0; ) {
      const end = Math.min(i + CHUNK, i + remaining, count());
      const slice = byTag ? byTag.slice(i, end).map((p) => log[p - 1]!) : log.slice(after + i, after + end);
      i = end;
      const chunk = (skipped === 0 ? slice : slice.filter((e) => e !== null)) as StoredEvent[];
      if (chunk.length === 0) continue;
      remaining -= chunk.length;
      yield chunk;
      if (closed) throw closedDuringRead();
    }
  }

  // Asked only of a correction of a correction (checkAppend): a search from the end, where the copy corrected most likely is.
  const positionOf = (id: string): number | undefined => {
    if (!ids.has(id)) return undefined;
    for (let p = log.length; p >= 1; p--) if (log[p - 1]?.id === id) return p;
    return undefined;
  };

  return {
    async append(events: ReadonlyArray<NewEvent>, given: AppendOptions = {}): Promise<Either<StoreError, AppendResult>> {
      if (closed) return left({ _tag: 'StoreUnavailable', message: 'append: the store is closed' });
      const checkedOptions = checkAppendOptions(given);
      if (isLeft(checkedOptions)) return checkedOptions;
      const opts = checkedOptions.right;
      const prepared = prepareBatch(events, { ...(opts.now ? { now: opts.now } : {}), ...decoding });
      if (isLeft(prepared)) return prepared;
      const checked = checkAppend(prepared.right, opts, { head: log.length, has: (id) => ids.has(id), at: (p) => log[p - 1] ?? undefined, positionOf, tags });
      if (isLeft(checked)) return checked;
      const { fresh, duplicates } = checked.right;
      const appended = fresh.map((e: PreparedEvent, i) => {
        // An event of an older schema (a copy of an upcast one) is kept as a read gives it, upcast, its written form
        // kept aside as decodeStored keeps it for the other stores, for a copy of this store to write.
        const read = asRead(e);
        const stored = { ...read, position: log.length + 1 + i } as StoredEvent;
        if (read !== e) rememberWritten(stored, { schema: e.schema, data: e.data });
        return stored;
      });
      for (const e of appended) add(e);
      if (appended.length > 0) subscribers.wakeAll();
      return right({ appended, duplicates, head: log.length });
    },
    read,
    head: async () => {
      if (closed) throw new StoreReadError({ _tag: 'StoreUnavailable', message: 'head: the store is closed' });
      return log.length;
    },
    subscribe: (handler, opts) => subscribers.subscribe(read, handler, opts),
    async close() {
      closed = true;
      await subscribers.endAll();
    },
  };
}
