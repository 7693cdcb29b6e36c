/**
 * A test log: builder events wrapped in the envelope a store would give
 * them (content-hash id, position, recorded time, tags, schema), without a
 * store and without waiting.
 *
 * @since 0.1.0
 */
import { isLeft } from 'fp-ts/lib/Either.js';
import { Event, SCHEMA_VERSIONS, Timestamp, decodeIssues, eventId, formatIssues, tagsOf } from '@stancelog/core';
import type { NewEvent, StoredEvent } from '@stancelog/core';

/**
 * When an event was recorded when neither the test nor the log says.
 *
 * @example
 * import { DEFAULT_RECORDED_AT, TestLog, statement } from '@stancelog/testing'
 * const [e] = new TestLog().append(statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' }))
 * assert.strictEqual(e?.recordedAt, DEFAULT_RECORDED_AT)
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
  /** When events without `recordedAt` were recorded (default {@link DEFAULT_RECORDED_AT}). */
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
 * Wraps events in envelopes, numbering positions from `after + 1`. Events
 * already stored keep their envelope. Unlike a store, a repeated event is
 * kept (a test decides exactly what the reducer sees). An invalid event
 * throws, naming its index and fields: it is a mistake in the test.
 *
 * @example
 * import { statement, stored } from '@stancelog/testing'
 * const [e] = stored([statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })])
 * assert.strictEqual(e?.position, 1)
 * assert.deepStrictEqual(e?.tags, ['actor:russia', 'issue:ceasefire'])
 * @category builders
 * @since 0.1.0
 */
export function stored(events: ReadonlyArray<TestEvent>, options: StoredOptions = {}): StoredEvent[] {
  let position = options.after ?? 0;
  const fallback = options.recordedAt ?? DEFAULT_RECORDED_AT;
  return events.map((e, index) => {
    if (isStored(e)) {
      position = Math.max(position, e.position);
      return e;
    }
    const { recordedAt, ...rest } = e as NewEvent & { recordedAt?: string };
    const decoded = Event.decode(rest);
    if (isLeft(decoded)) throw new TypeError(`test event ${index + 1} (${(e as { type?: string }).type ?? 'no type'}) is invalid: ${formatIssues(decodeIssues(decoded.left))}`);
    const when = recordedAt ?? fallback;
    if (!Timestamp.is(when)) throw new TypeError(`test event ${index + 1}: recordedAt is not a timestamp: ${JSON.stringify(when)}`);
    const event = decoded.right;
    position += 1;
    return { id: eventId(event), position, recordedAt: when, schema: SCHEMA_VERSIONS[event.type], tags: tagsOf(event), ...event } as StoredEvent;
  });
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
