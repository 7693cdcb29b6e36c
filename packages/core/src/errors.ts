/**
 * The errors a store returns as values (`Either`): expected failures such as
 * invalid input or a concurrency conflict are never thrown.
 *
 * @since 0.1.0
 */
import type { DecodeIssue } from './decode-error.js';

/**
 * An event of a batch failed to decode; nothing of the batch was appended.
 * `index` is its place in the batch, from 0 (the array index); `line` its
 * line in the file it came from, from 1, when there was one. The message
 * counts from 1: `line 3: ...`, or `event 1 of the batch: ...` for index 0.
 * @example
 * import { openMemoryStore } from '@stancelog/core'
 * const store = openMemoryStore()
 * const r = await store.append([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }, { type: 'alias-added', data: { actor: 'ukraine' } } as any])
 * assert.ok(r._tag === 'Left' && r.left._tag === 'InvalidEvent' && r.left.index === 1)
 * assert.strictEqual(r.left.message, 'event 2 of the batch: data.alias: required: a string')
 * assert.strictEqual(await store.head(), 0) // the valid first event was not appended either
 * @category errors
 * @since 0.1.0
 */
export interface InvalidEvent {
  readonly _tag: 'InvalidEvent';
  /**
   * The place of the event in the array given to `append` (or
   * `prepareBatch`), from 0, repeats counted: `events[index]` is the event
   * refused, even when the batch repeats an event (which the log keeps
   * once). 0 when what was given is no array at all.
   * @example
   * import { eventWithdrawn, openMemoryStore, statementMade } from '@stancelog/core'
   * const said = statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', source: { quote: 'no truce' } })
   * const events = [said, said, eventWithdrawn('0123456789abcdef0123456789abcdef', 'typo')]
   * const r = await openMemoryStore().append(events)
   * assert.ok(r._tag === 'Left' && r.left._tag === 'InvalidEvent' && r.left.index === 2)
   * assert.strictEqual(events[r.left.index]!.type, 'event-withdrawn') // the one to show the user
   * assert.match(r.left.message, /^event 3 of the batch: data\.event: no event 0123456789abcdef0123456789abcdef in the log/)
   */
  readonly index: number;
  /**
   * The line of the file the event came from, from 1, when the batch was
   * read from one (`prepareBatch`'s `lines`, as `stancelog append` gives
   * them); then the message names it (`line 9: ...`) rather than
   * `event N of the batch`. `undefined` for a batch built in code.
   * @example
   * import { prepareBatch } from '@stancelog/core/store-kit'
   * // The second and third lines of a file; the third is refused.
   * const r = prepareBatch([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }, { type: 'alias-added', data: { actor: 'ukraine' } }], { lines: [2, 3] })
   * assert.ok(r._tag === 'Left' && r.left.index === 1 && r.left.line === 3)
   * assert.strictEqual(r.left.message, 'line 3: data.alias: required: a string')
   */
  readonly line?: number | undefined;
  readonly issues: ReadonlyArray<DecodeIssue>;
  readonly message: string;
}

/**
 * The append's condition did not hold: the log moved since the position the
 * writer had read, or events matching its tags were appended since.
 * @example
 * import { openMemoryStore } from '@stancelog/core'
 * const store = openMemoryStore()
 * const head = await store.head()
 * await store.append([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }]) // another writer got there first
 * const r = await store.append([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kiev' } }], { expectedPosition: head })
 * assert.ok(r._tag === 'Left' && r.left._tag === 'AppendConflict' && r.left.actual === 1)
 * assert.strictEqual(r.left.message, 'append expected the log at position 0, but it is at 1: nothing was appended; read what came after position 0, decide again, and retry expecting position 1')
 * @category errors
 * @since 0.1.0
 */
export interface AppendConflict {
  readonly _tag: 'AppendConflict';
  /** What the writer expected (`expectedPosition` or the tag condition's `after`). */
  readonly expected: number;
  /**
   * The log's head (for `expectedPosition`), or the position of the latest
   * event matching the condition's tags: read up to it, then retry with it
   * as `after`.
   */
  readonly actual: number;
  readonly message: string;
}

/**
 * Another process holds the store's writer lock.
 * @example
 * import { openFileStore } from '@stancelog/store-file'
 * import { mkdtempSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const path = join(mkdtempSync(join(tmpdir(), 'stancelog-')), 'talks.jsonl')
 * const writer = await openFileStore(path)
 * const second = await openFileStore(path) // one writer at a time
 * assert.ok(second._tag === 'Left' && second.left._tag === 'StoreLocked' && second.left.path === path)
 * if (writer._tag === 'Right') await writer.right.close()
 * @category errors
 * @since 0.1.0
 */
export interface StoreLocked {
  readonly _tag: 'StoreLocked';
  readonly path: string;
  readonly message: string;
}

/**
 * Stored data could not be read back: a line that is not a valid event, a
 * checksum that does not match, or an entry of the events a memory store is
 * to start with (`memoryStoreOf(events)`) that is no part of a whole log
 * (`location` is then `events`, `index` the entry). Nothing was changed.
 * @example
 * import { statementMade } from '@stancelog/core'
 * import { openFileStore } from '@stancelog/store-file'
 * import { appendFileSync, mkdtempSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const path = join(mkdtempSync(join(tmpdir(), 'stancelog-')), 'talks.jsonl')
 * const writer = await openFileStore(path)
 * assert.ok(writer._tag === 'Right')
 * await writer.right.append([statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', source: { quote: 'no truce now' } })])
 * await writer.right.close()
 * appendFileSync(path, '{"edited":"by hand"}\n') // lines 1 and 2 are the batch the writer wrote
 * const r = await openFileStore(path)
 * assert.ok(r._tag === 'Left' && r.left._tag === 'StoreCorrupt' && r.left.line === 3)
 * assert.ok(r.left.message.startsWith(`${path}:3: not a valid event: id: required: a string`))
 * @category errors
 * @since 0.1.0
 */
export interface StoreCorrupt {
  readonly _tag: 'StoreCorrupt';
  /** The file or table read, or `events` for a memory store's seed. */
  readonly location: string;
  /** The line of the file, from 1, when a file was read. */
  readonly line?: number | undefined;
  /**
   * The entry of a memory store's seed that is wrong, from 0
   * (`events[index]`, as the message names it).
   * @example
   * import { memoryStoreOf } from '@stancelog/core'
   * const r = memoryStoreOf([{ id: 'a1', position: 1, recordedAt: '2025-05-17T09:00:00Z', schema: 1, tags: [], type: 'alias-added', data: { actor: 'ukraine' } }])
   * assert.ok(r._tag === 'Left' && r.left._tag === 'StoreCorrupt' && r.left.index === 0)
   * assert.strictEqual(r.left.message, 'events[0]: not a valid event: data.alias: required: a string')
   * @since 0.1.0
   */
  readonly index?: number | undefined;
  readonly issues?: ReadonlyArray<DecodeIssue> | undefined;
  readonly message: string;
}

/**
 * The storage itself failed (disk, network, server), the store was closed,
 * or it was opened with options it cannot take (an unknown option, a
 * value out of range: named in the message, and nothing opened), or
 * without one it needs (an upcaster for a record of an older schema: the
 * record is not damaged, and the message says which upcaster).
 * @example
 * import { openMemoryStore } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.close()
 * const r = await store.append([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }])
 * assert.deepStrictEqual(r, { _tag: 'Left', left: { _tag: 'StoreUnavailable', message: 'append: the store is closed' } })
 * @category errors
 * @since 0.1.0
 */
export interface StoreUnavailable {
  readonly _tag: 'StoreUnavailable';
  readonly message: string;
  readonly cause?: unknown | undefined;
}

/**
 * A query that cannot be answered as asked (an as-of date that is not a
 * date, say). Nothing was read.
 * @example
 * import { openMemoryStore, project, registry } from '@stancelog/core'
 * const asOf = JSON.parse('{ "validtime": "2025-05-16" }') // as a user typed it
 * const r = await project(openMemoryStore(), registry(), { asOf })
 * assert.deepStrictEqual(r, { _tag: 'Left', left: { _tag: 'InvalidQuery', message: 'project: asOf.validtime: unknown field (expected validTime or recordedTime)' } })
 * @category errors
 * @since 0.1.0
 */
export interface InvalidQuery {
  readonly _tag: 'InvalidQuery';
  readonly message: string;
}

/**
 * Any error a store returns.
 * @example
 * import { openMemoryStore } from '@stancelog/core'
 * import type { StoreError } from '@stancelog/core'
 * // Switch on `_tag`: the compiler checks every error is handled.
 * const retry = (e: StoreError): boolean => {
 *   switch (e._tag) {
 *     case 'AppendConflict': case 'StoreLocked': return true // re-read, or wait, and try again
 *     case 'InvalidEvent': case 'InvalidQuery': case 'StoreCorrupt': case 'StoreUnavailable': return false
 *   }
 * }
 * const r = await openMemoryStore().append([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }], { expectedPosition: 3 })
 * assert.ok(r._tag === 'Left' && retry(r.left))
 * @category errors
 * @since 0.1.0
 */
export type StoreError = InvalidEvent | InvalidQuery | AppendConflict | StoreLocked | StoreCorrupt | StoreUnavailable;

/**
 * Builds a {@link StoreUnavailable} from anything thrown by a driver.
 *
 * @example
 * import { unavailable } from '@stancelog/core'
 * assert.strictEqual(unavailable('open', new Error('EACCES')).message, 'open: EACCES')
 * @category errors
 * @since 0.1.0
 */
export function unavailable(what: string, cause: unknown): StoreUnavailable {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return { _tag: 'StoreUnavailable', message: `${what}: ${reason}`, cause };
}
