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
 * @category errors
 * @since 0.1.0
 */
export interface InvalidEvent {
  readonly _tag: 'InvalidEvent';
  readonly index: number;
  readonly line?: number;
  readonly issues: ReadonlyArray<DecodeIssue>;
  readonly message: string;
}

/**
 * The append's condition did not hold: the log moved since the position the
 * writer had read, or events matching its tags were appended since.
 * @category errors
 * @since 0.1.0
 */
export interface AppendConflict {
  readonly _tag: 'AppendConflict';
  /** What the writer expected (`expectedPosition` or the tag condition's `after`). */
  readonly expected: number;
  /** The log's head, or the position of the first conflicting event. */
  readonly actual: number;
  readonly message: string;
}

/**
 * Another process holds the store's writer lock.
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
 * checksum that does not match. Nothing was changed.
 * @category errors
 * @since 0.1.0
 */
export interface StoreCorrupt {
  readonly _tag: 'StoreCorrupt';
  readonly location: string;
  readonly line?: number;
  readonly issues?: ReadonlyArray<DecodeIssue>;
  readonly message: string;
}

/**
 * The storage itself failed (disk, network, server), or the store was closed.
 * @category errors
 * @since 0.1.0
 */
export interface StoreUnavailable {
  readonly _tag: 'StoreUnavailable';
  readonly message: string;
  readonly cause?: unknown;
}

/**
 * A query that cannot be answered as asked (an as-of date that is not a
 * date, say). Nothing was read.
 * @category errors
 * @since 0.1.0
 */
export interface InvalidQuery {
  readonly _tag: 'InvalidQuery';
  readonly message: string;
}

/**
 * Any error a store returns.
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
