/**
 * `@stancelog/core/store-kit`: what an `EventStore` adapter is built
 * from, so that every adapter behaves as the built-in ones do. An app that
 * only opens a store and reads it needs none of this; a store of one's own
 * does (the file and PostgreSQL stores are built from it, and the testing
 * kit's conformance suite holds them all to one behaviour):
 *
 * - {@link prepareBatch}: validates a batch, gives each event its content id,
 *   tags and schema version (the same ids in every store); an app checks
 *   its events with it, before it appends, as `checkEvents` of
 *   `@stancelog/core`;
 * - {@link checkAppend} and {@link TagIndex}: idempotency by id, the expected
 *   position and the tag condition (the same conflicts in every store), and
 *   what a withdrawal or a correction names checked against the log;
 * - {@link checkAppendOptions}, {@link checkReadQuery},
 *   {@link checkSubscribeOptions}, {@link optionsProblem}:
 *   the same errors for a wrong option, named the same way, and
 *   {@link describeValue}, the words they name a wrong value in;
 * - {@link decodeStored}: a stored record decoded and upcast on read, and
 *   {@link asRead}: an event a copy gives as it was written (an older
 *   schema), as a read gives it back;
 * - {@link catchUpSubscription}: catch-up-then-live subscriptions from a read
 *   and a wake-up signal, and {@link subscriberSet}, a store's subscriptions
 *   (subscribed, woken after an append, ended on close, watched for what
 *   others append from the first to the end of the last);
 * - {@link refusedRead}: the read of a store that cannot serve it;
 * - {@link hasAnyTag} and {@link tagsOf}: an event's tags, as reads by tag
 *   match them, and {@link canonicalJson}, the text its id hashes;
 * - {@link Envelope}, {@link StoreReadError}, {@link unavailable} and
 *   {@link withdrawnBy}, also in `@stancelog/core`: a stored record's
 *   envelope, the error a read throws, a `StoreUnavailable` from a driver's
 *   error, the event a withdrawal names.
 *
 * @example
 * import { openMemoryStore, statementMade } from '@stancelog/core'
 * import { prepareBatch } from '@stancelog/core/store-kit'
 * // The id a store gives an event is its content's: the same in every store.
 * const said = statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-05-16', source: { quote: 'no truce' } })
 * const prepared = prepareBatch([said])
 * const store = openMemoryStore()
 * const appended = await store.append([said])
 * assert.ok(prepared._tag === 'Right' && appended._tag === 'Right' && prepared.right[0]!.id === appended.right.appended[0]!.id)
 *
 * @module @stancelog/core/store-kit
 * @since 0.1.0
 */
export { asRead, canonicalJson, prepareBatch, tagsOf } from './envelope.js';
export type { PreparedEvent, PrepareOptions } from './envelope.js';
export { checkAppend, TagIndex, withdrawnBy } from './append-check.js';
export type { AppendContext, LoggedEvent } from './append-check.js';
export { checkAppendOptions, checkReadQuery, checkSubscribeOptions, hasAnyTag, refusedRead, StoreReadError } from './event-store.js';
// Also in @stancelog/core (an application reads them too); here so that a store imports its parts from one place.
export { Envelope } from './envelope.js';
export { unavailable } from './errors.js';
export type { CheckedReadQuery } from './event-store.js';
export * from './store-options.js';
export { decodeStored } from './upcast.js';
export { describeValue } from './value-description.js';
export type { DecodedRecord } from './upcast.js';
export * from './subscription.js';
