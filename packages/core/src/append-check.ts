/**
 * The checks every store makes before it appends a batch: idempotency by id,
 * then the expected position and the tag condition. Shared so that adapters
 * agree on what a conflict is.
 *
 * @since 0.1.0
 */
import { left, right } from './either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { asRead, batchPlace } from './envelope.js';
import type { PreparedEvent, StoredEvent } from './envelope.js';
import type { AppendConflict, InvalidEvent } from './errors.js';
import type { EventWithdrawn } from './events.js';
import type { Statement } from './statement.js';
import type { AppendOptions } from './event-store.js';

/**
 * Positions of events by tag, for tag reads and tag conditions.
 * @example
 * import { TagIndex } from '@stancelog/core/store-kit'
 * const index = new TagIndex()
 * index.add({ position: 1, tags: ['actor:russia', 'issue:ceasefire'] })
 * index.add({ position: 2, tags: ['actor:ukraine', 'issue:ceasefire'] })
 * assert.strictEqual(index.lastPosition(['actor:russia']), 1)
 * assert.deepStrictEqual(index.positionsAfter(['issue:ceasefire', 'actor:ukraine'], 0), [1, 2])
 * @category store
 * @since 0.1.0
 */
export class TagIndex {
  private readonly byTag = new Map<string, number[]>();

  /** Indexes an event's tags under its position (positions must grow). */
  add(event: Pick<StoredEvent, 'tags' | 'position'>): void {
    for (const tag of event.tags) {
      let list = this.byTag.get(tag);
      if (!list) this.byTag.set(tag, (list = []));
      list.push(event.position);
    }
  }

  /** The last position carrying any of the tags, or 0. */
  lastPosition(tags: ReadonlyArray<string>): number {
    let last = 0;
    for (const tag of tags) {
      const list = this.byTag.get(tag);
      if (list && list.length > 0) last = Math.max(last, list[list.length - 1]!);
    }
    return last;
  }

  /** The positions after `after` carrying any of the tags, in order, without repeats. */
  positionsAfter(tags: ReadonlyArray<string>, after: number): number[] {
    const found = new Set<number>();
    for (const tag of tags) {
      const list = this.byTag.get(tag);
      if (!list) continue;
      // Positions are sorted: binary search for the first one after `after`.
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (list[mid]! <= after) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < list.length; i++) found.add(list[i]!);
    }
    return [...found].sort((a, b) => a - b);
  }
}

/**
 * What a store knows when it checks an append.
 * @example
 * import { checkAppend, prepareBatch, TagIndex } from '@stancelog/core/store-kit'
 * import type { AppendContext } from '@stancelog/core/store-kit'
 * const batch = prepareBatch([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }])
 * assert.ok(batch._tag === 'Right')
 * const stored = new Set(batch.right.map((e) => e.id)) // the log already holds the event
 * const context: AppendContext = { head: 5, has: (id) => stored.has(id), at: () => undefined, positionOf: () => undefined, tags: new TagIndex() }
 * // A retried append that went through is a no-op, whatever position it expected.
 * const r = checkAppend(batch.right, { expectedPosition: 0 }, context)
 * assert.ok(r._tag === 'Right' && r.right.duplicates.length === 1 && r.right.fresh.length === 0)
 * @category store
 * @since 0.1.0
 */
export interface AppendContext {
  readonly head: number;
  /** Whether the log holds an event with this id already (the append skips it). */
  has(id: string): boolean;
  /**
   * The event at a log position from 1 to `head`, or undefined (for one of
   * a type this version skips too): what a new statement's `corrects` is
   * checked against. Asked once for each new correction of the batch whose
   * place is in the log.
   */
  at(position: number): LoggedEvent | undefined;
  /**
   * The log position of the event with this id, or undefined. Asked only
   * for a new correction whose `corrects.event` is not the event at
   * `corrects.position`: a correction of a correction names the copy, which
   * took the place of the statement there, and is found by its id.
   */
  positionOf(id: string): number | undefined;
  readonly tags: Pick<TagIndex, 'lastPosition'>;
}

/**
 * What `AppendContext.at` gives of an event of the log: its id, type and
 * data (a stored event is one), as stored.
 * @example
 * import type { LoggedEvent } from '@stancelog/core/store-kit'
 * const alias: LoggedEvent = { id: '3f2a9c1b0d4e5f60718293a4b5c6d7e8', type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }
 * assert.strictEqual(alias.type, 'alias-added')
 * @category store
 * @since 0.1.0
 */
export interface LoggedEvent {
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
}

/**
 * The id of the event a prepared event withdraws, if it is a withdrawal: what
 * `checkAppend` must be able to look up in the log (`AppendContext.has`).
 *
 * @example
 * import { eventWithdrawn, withdrawnBy } from '@stancelog/core'
 * import { prepareBatch } from '@stancelog/core/store-kit'
 * const r = prepareBatch([eventWithdrawn('3f2a9c1b0d4e5f60718293a4b5c6d7e8', 'entered twice')])
 * assert.ok(r._tag === 'Right' && withdrawnBy(r.right[0]!) === '3f2a9c1b0d4e5f60718293a4b5c6d7e8')
 * @category store
 * @since 0.1.0
 */
export function withdrawnBy(event: Pick<PreparedEvent, 'type' | 'data'>): string | undefined {
  // An event prepared as written with an older schema names what it withdraws as a read of it will (upcast).
  const read = asRead(event as PreparedEvent);
  return read.type === 'event-withdrawn' ? (read.data as EventWithdrawn['data']).event : undefined;
}

/**
 * The first new withdrawal of the batch whose event is neither in the log
 * nor earlier in the batch, as the error that refuses the batch. A
 * withdrawal only takes back an event before it: one of an id mistyped, or
 * copied from another log, would stay in the log for good and never apply.
 */
function orphanWithdrawal(batch: ReadonlyArray<PreparedEvent>, context: Pick<AppendContext, 'has'>): InvalidEvent | undefined {
  const earlier = new Set<string>();
  for (let index = 0; index < batch.length; index++) {
    const e = batch[index]!;
    const target = withdrawnBy(e);
    if (target !== undefined && !context.has(e.id) && !context.has(target) && !earlier.has(target)) {
      const message = `data.event: no event ${target} in the log or before the withdrawal in the batch (a withdrawal takes back an earlier event)`;
      // Where the caller had it: `index` counts the batch with its repeats kept once, so it could name another event.
      const { text, ...at } = batchPlace(e, index);
      return { _tag: 'InvalidEvent', ...at, issues: [{ path: 'data.event', expected: 'the id of an event before the withdrawal', actual: target, message }], message: `${text}: ${message}` };
    }
    earlier.add(e.id);
  }
  return undefined;
}

/**
 * The first new statement of the batch that says it corrects one at a place
 * not before its own (`corrects.position` at or past the position it is
 * appended at), as the error that refuses the batch: a correction takes the
 * place of a statement before it in the log (a position mistyped, or copied
 * from another log). `fresh` are the batch's new events, appended from
 * `head + 1` on, in order.
 */
function misplacedCorrection(batch: ReadonlyArray<PreparedEvent>, fresh: ReadonlyArray<PreparedEvent>, head: number): InvalidEvent | undefined {
  for (let i = 0; i < fresh.length; i++) {
    const e = fresh[i]!;
    const corrects = e.type === 'statement-made' ? (e.data as Statement).corrects : undefined;
    const position = head + i + 1;
    if (corrects === undefined || corrects.position < position) continue;
    const message = `data.corrects.position: ${corrects.position} is not before the statement's own position (${position}): a correction takes the place of a statement before it in the log (its # in stancelog log)`;
    const { text, ...at } = batchPlace(e, batch.indexOf(e));
    return { _tag: 'InvalidEvent', ...at, issues: [{ path: 'data.corrects.position', expected: `a log position before ${position}`, actual: String(corrects.position), message }], message: `${text}: ${message}` };
  }
  return undefined;
}

/** The place a logged statement says it corrects, if it is a statement that says one. */
function placeCorrected(event: LoggedEvent | undefined): number | undefined {
  if (event?.type !== 'statement-made') return undefined;
  const corrects = (event.data as Partial<Statement> | null)?.corrects;
  return typeof corrects?.position === 'number' ? corrects.position : undefined;
}

/**
 * The first new statement of the batch whose `corrects.event` is not the
 * statement at `corrects.position` (nor a correction that took that place,
 * as the correction of a correction names it), as the error that refuses
 * the batch: a correction that named one statement and took another's
 * place would count there, in the other's stead. Run after
 * `misplacedCorrection`, so every place is before its correction's own
 * position: in the log (`context.at`) or earlier in the batch. One lookup
 * by position per correction; by id only when the ids differ.
 */
function wrongCorrection(batch: ReadonlyArray<PreparedEvent>, fresh: ReadonlyArray<PreparedEvent>, context: AppendContext): InvalidEvent | undefined {
  const { head } = context;
  let inBatch: Map<string, number> | undefined;
  const eventAt = (position: number): LoggedEvent | undefined => (position > head ? fresh[position - head - 1] : context.at(position));
  const positionOf = (id: string): number | undefined => {
    // The positions of the batch's new events, made once, and only for a batch with a correction of a correction.
    inBatch ??= new Map(fresh.map((e, i) => [e.id, head + i + 1]));
    return inBatch.get(id) ?? context.positionOf(id);
  };
  for (let i = 0; i < fresh.length; i++) {
    const e = fresh[i]!;
    const corrects = e.type === 'statement-made' ? (e.data as Statement).corrects : undefined;
    if (corrects === undefined) continue;
    const { event: named, position: place } = corrects;
    const there = eventAt(place);
    const isStatement = there?.type === 'statement-made';
    if (isStatement && there!.id === named) continue;
    let other: LoggedEvent | undefined;
    if (there?.id !== named) {
      const at = positionOf(named);
      other = at !== undefined && at < head + i + 1 ? eventAt(at) : undefined;
      if (isStatement && placeCorrected(other) === place) continue;
    }
    const what = (x: LoggedEvent): string => (x.type === 'statement-made' ? `statement ${x.id}` : `the ${x.type} event ${x.id}`);
    const held = there === undefined ? 'an event of a type this version does not read' : what(there);
    const message =
      there?.id === named
        ? `data.corrects.event: ${named}, at position ${place}, is an event of type ${there.type}, not a statement: a correction replaces a statement (withdraw the ${there.type} event and append it anew, without corrects)`
        : `data.corrects.event: ${named}${other !== undefined && other.type !== 'statement-made' ? ` (an event of type ${other.type})` : ''} is not the statement at position ${place}, which is ${held}: a correction names the statement it replaces and takes its place; give corrects.position the # of ${named} in stancelog log (of a correction, the place it took), or corrects.event the id of the statement at ${place}`;
    const { text, ...at } = batchPlace(e, batch.indexOf(e));
    return {
      _tag: 'InvalidEvent',
      ...at,
      issues: [{ path: 'data.corrects.event', expected: `the id of the statement at position ${place}, or of a correction that took its place`, actual: named, message }],
      message: `${text}: ${message}`,
    };
  }
  return undefined;
}

/**
 * Splits a prepared batch into new events and duplicates, and checks the
 * append's conditions. A batch made only of duplicates succeeds whatever
 * the conditions say: retrying an append that went through is a no-op.
 * A new withdrawal of an event that is neither in the log nor earlier in
 * the batch fails it as an `InvalidEvent` naming it as every other does
 * (so does a statement whose `corrects.position` is not before its own,
 * or whose `corrects.event` is not the statement at that place, nor a
 * correction that took it):
 * its `index` (and `line`) in the batch given to `prepareBatch`, repeats
 * counted, or in `batch` for events that did not come from it.
 * `context.has` must answer for those events' ids too; `context.at` and
 * `context.positionOf` for the statements corrected.
 *
 * @example
 * import { checkAppend, TagIndex } from '@stancelog/core/store-kit'
 * const r = checkAppend([], { expectedPosition: 3 }, { head: 2, has: () => false, at: () => undefined, positionOf: () => undefined, tags: new TagIndex() })
 * assert.strictEqual(r._tag, 'Right')
 * const withdrawal = { id: 'w1', type: 'event-withdrawn', data: { event: '0123456789abcdef0123456789abcdef', reason: 'misattributed' }, recordedAt: '2025-05-17T09:00:00Z', schema: 1, tags: ['withdrawal'] } as any
 * const orphan = checkAppend([withdrawal], {}, { head: 2, has: () => false, at: () => undefined, positionOf: () => undefined, tags: new TagIndex() })
 * assert.ok(orphan._tag === 'Left' && orphan.left._tag === 'InvalidEvent' && orphan.left.index === 0 && orphan.left.message.startsWith('event 1 of the batch: data.event: no event 0123456789abcdef0123456789abcdef in the log'))
 * // A correction names the statement at the place it takes (here position 1, an alias, not a statement).
 * const alias = { id: '0123456789abcdef0123456789abcdef', type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }
 * const copy = { ...withdrawal, id: 'c1', type: 'statement-made', data: { holder: 'ukraine', issue: 'ceasefire', kind: 'accept', polarity: '+', source: { quote: 'We accept.' }, corrects: { event: alias.id, position: 1 } } }
 * const wrong = checkAppend([copy], {}, { head: 2, has: () => false, at: (p) => (p === 1 ? alias : undefined), positionOf: () => 1, tags: new TagIndex() })
 * assert.ok(wrong._tag === 'Left' && wrong.left._tag === 'InvalidEvent' && wrong.left.issues![0]!.path === 'data.corrects.event')
 * @category store
 * @since 0.1.0
 */
export function checkAppend(
  batch: ReadonlyArray<PreparedEvent>,
  options: AppendOptions,
  context: AppendContext,
): Either<AppendConflict | InvalidEvent, { fresh: ReadonlyArray<PreparedEvent>; duplicates: ReadonlyArray<string> }> {
  const fresh: PreparedEvent[] = [];
  const duplicates: string[] = [];
  for (const e of batch) {
    if (context.has(e.id)) duplicates.push(e.id);
    else fresh.push(e);
  }
  if (fresh.length === 0) return right({ fresh, duplicates });
  const orphan = orphanWithdrawal(batch, context);
  if (orphan !== undefined) return left(orphan);
  const misplaced = misplacedCorrection(batch, fresh, context.head);
  if (misplaced !== undefined) return left(misplaced);
  const wrong = wrongCorrection(batch, fresh, context);
  if (wrong !== undefined) return left(wrong);
  // `null` asks for no check, as `checkAppendOptions` reads it (from JavaScript; the types say `undefined`).
  const expected = options.expectedPosition ?? undefined;
  if (expected !== undefined && expected !== context.head) {
    return left({
      _tag: 'AppendConflict',
      expected,
      actual: context.head,
      // What to do, for the logs a message reaches: the caller's code reads _tag and the positions.
      message: `append expected the log at position ${expected}, but it is at ${context.head}: nothing was appended; read what came after position ${expected}, decide again, and retry expecting position ${context.head}`,
    });
  }
  if (options.condition) {
    const last = context.tags.lastPosition(options.condition.tags);
    if (last > options.condition.after) {
      return left({
        _tag: 'AppendConflict',
        expected: options.condition.after,
        actual: last,
        message: `append expected nothing tagged ${options.condition.tags.join(', ')} after position ${options.condition.after}, but position ${last} is: nothing was appended; read what came, decide again, and retry with after: ${last}`,
      });
    }
  }
  return right({ fresh, duplicates });
}
