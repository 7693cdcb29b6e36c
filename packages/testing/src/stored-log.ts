/**
 * A test log: builder events wrapped in the envelope a store would give
 * them (content-hash id, position, recorded time, tags, schema), without a
 * store and without waiting.
 *
 * @since 0.1.0
 */
import { isLeft } from 'fp-ts/lib/Either.js';
import { Event, SCHEMA_VERSIONS, Timestamp, decodeIssues, eventId, formatIssues } from '@stancelog/core';
import { tagsOf } from '@stancelog/core/store-kit';
import type { NewEvent, StoredEvent } from '@stancelog/core';
import { deepCopy } from './structural-diff.js';
import { CLASH_HINT, InvalidTestEvent, PositionClash, describeEvent, firstClash, recordedNoEarlierThanStated } from './log-checks.js';

/**
 * When an event was recorded when neither the test nor the log says. A
 * statement stated later than that is recorded at the end of the period it
 * was stated in instead (`2025-12-01` is recorded `2025-12-01T23:59:59Z`):
 * the log never learns words before they are said.
 *
 * @example
 * import { DEFAULT_RECORDED_AT, TestLog, statement } from '@stancelog/testing'
 * const [e, late] = new TestLog().append(
 *   statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' }),
 *   statement({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-12' }),
 * )
 * assert.strictEqual(e?.recordedAt, DEFAULT_RECORDED_AT)
 * assert.strictEqual(late?.recordedAt, '2025-12-31T23:59:59Z')
 * @category builders
 * @since 0.1.0
 */
export const DEFAULT_RECORDED_AT = '2025-09-01T00:00:00Z';

/**
 * An event in a test: a builder's event, or one already stored.
 *
 * @example
 * import { statement, stored } from '@stancelog/testing'
 * import type { TestEvent } from '@stancelog/testing'
 * const [first] = stored([statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })], { after: 4 })
 * // The stored event keeps its envelope; the builder's event is stored after it.
 * const events: TestEvent[] = [first!, statement({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+' })]
 * assert.deepStrictEqual(stored(events).map((e) => e.position), [5, 6])
 * @category builders
 * @since 0.1.0
 */
export type TestEvent = NewEvent | StoredEvent;

/**
 * Options of {@link stored}.
 *
 * @example
 * import { statement, stored } from '@stancelog/testing'
 * import type { StoredOptions } from '@stancelog/testing'
 * // Events that follow 41 others in the log, learnt on one morning.
 * const options: StoredOptions = { after: 41, recordedAt: '2025-03-14T08:00:00Z' }
 * const [e] = stored([statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })], options)
 * assert.deepStrictEqual([e?.position, e?.recordedAt], [42, '2025-03-14T08:00:00Z'])
 * @category builders
 * @since 0.1.0
 */
export interface StoredOptions {
  /** The position of the event before the first (default 0). */
  readonly after?: number | undefined;
  /** When events without `recordedAt` were recorded (default {@link DEFAULT_RECORDED_AT}, or for a statement stated later, the end of the period it was stated in). */
  readonly recordedAt?: string | undefined;
}

/**
 * Whether an event already has its envelope.
 *
 * @example
 * import { isStored, statement, stored } from '@stancelog/testing'
 * const s = statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })
 * assert.ok(!isStored(s) && isStored(stored([s])[0]!))
 * @category builders
 * @since 0.1.0
 */
export function isStored(event: TestEvent): event is StoredEvent {
  return typeof (event as Partial<StoredEvent>).position === 'number' && typeof (event as Partial<StoredEvent>).id === 'string';
}

/**
 * Wraps copies of events in envelopes, numbering positions from `after + 1`
 * (a recipe that writes into an event it reads changes the copy, never the
 * test's own event, which later specs read too). Events already stored keep
 * their envelope. Unlike a store, a repeated event is
 * kept (a test decides exactly what the reducer sees). An invalid event
 * throws, naming its index and fields: it is a mistake in the test. So do
 * events already stored whose positions repeat or go back (two `stored()`
 * calls each number from 1): store them in one call instead.
 *
 * @example
 * import { statement, stored } from '@stancelog/testing'
 * const [e] = stored([statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })])
 * assert.strictEqual(e?.position, 1)
 * assert.deepStrictEqual(e?.tags, ['actor:russia', 'issue:ceasefire'])
 * // Stored apart, both are at position 1: mixed, they are refused.
 * const [other] = stored([statement({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+' })])
 * assert.throws(() => stored([e!, other!]), /events 1 and 2 .* both at position 1/)
 * @category builders
 * @since 0.1.0
 */
export function stored(events: ReadonlyArray<TestEvent>, options: StoredOptions = {}): StoredEvent[] {
  let position = options.after ?? 0;
  const log = events.map((given, index) => {
    // A copy: a recipe that writes into the event it reads changes the log's, not the test's own (a constant
    // event shared by specs, a law's generated log), so the spec or law names the change on the event as given.
    const e = deepCopy(given);
    if (isStored(e)) {
      position = Math.max(position, e.position);
      return e;
    }
    const { recordedAt, ...rest } = e as NewEvent & { recordedAt?: string };
    const decoded = Event.decode(rest);
    if (isLeft(decoded)) {
      const problem = formatIssues(decodeIssues(decoded.left));
      throw new InvalidTestEvent(index, problem, `test event ${index + 1} (${(e as { type?: string }).type ?? 'no type'}) is invalid: ${problem}`);
    }
    const event = decoded.right;
    // Only the kit's own default moves: a time the test gives is the test's to choose.
    const when = recordedAt ?? (options.recordedAt ?? recordedNoEarlierThanStated(event, DEFAULT_RECORDED_AT));
    if (!Timestamp.is(when)) {
      const problem = `recordedAt is not a timestamp: ${JSON.stringify(when)}`;
      throw new InvalidTestEvent(index, problem, `test event ${index + 1}: ${problem}`);
    }
    position += 1;
    return { id: eventId(event), position, recordedAt: when, schema: SCHEMA_VERSIONS[event.type], tags: tagsOf(event), ...event } as StoredEvent;
  });
  const clash = firstClash(log);
  if (clash) {
    const [a, b] = [log[clash.earlier]!, log[clash.later]!];
    const where = a.position === b.position ? `both at position ${a.position}` : `at positions ${a.position} and ${b.position}, in that order`;
    throw new PositionClash(
      clash.earlier,
      clash.later,
      [a.position, b.position],
      `stored: test events ${clash.earlier + 1} and ${clash.later + 1} (${describeEvent(a)}; ${describeEvent(b)}) are ${where}: ${CLASH_HINT}`,
    );
  }
  return log;
}

/**
 * An in-memory test log that grows: each `append` stores events after the
 * ones before, so positions keep increasing across calls.
 *
 * @example
 * import { TestLog, statement } from '@stancelog/testing'
 * const log = new TestLog()
 * log.append(statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' }))
 * const [e] = log.append(statement({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+' }))
 * assert.strictEqual(e?.position, 2)
 * assert.strictEqual(log.events.length, 2)
 * @category builders
 * @since 0.1.0
 */
export class TestLog {
  private readonly all: StoredEvent[] = [];
  constructor(private readonly options: Omit<StoredOptions, 'after'> = {}) {}
  /** Stores events after the last one and returns them stored. */
  append(...events: ReadonlyArray<TestEvent>): StoredEvent[] {
    const added = stored(events, { ...this.options, after: this.head });
    const first = added[0];
    if (first !== undefined && first.position <= this.head) {
      throw new RangeError(`TestLog.append: the first event (${describeEvent(first)}) is at position ${first.position}, not after the log's last (${this.head}): append it unstored, and the log numbers it`);
    }
    this.all.push(...added);
    return added;
  }
  /** Every event stored so far, in log order. */
  get events(): ReadonlyArray<StoredEvent> {
    return this.all;
  }
  /** The position of the last event (0 when empty). */
  get head(): number {
    return this.all.length === 0 ? 0 : this.all[this.all.length - 1]!.position;
  }
}
