/**
 * Dates that are valid but unlikely: worth a word to whoever enters the
 * event, not a refusal (a statement may be dated ahead by mistake, or a
 * clock be wrong, and an append takes both).
 *
 * @since 0.1.0
 */
import type { NewEvent } from './envelope.js';
import { endOf, startOf } from './time.js';

/**
 * An unlikely date of an event: the field's path (`recordedAt`,
 * `data.statedAt`) and what is unlikely about it.
 * @example
 * import { dateWarnings } from '@stancelog/core'
 * import type { DateWarning } from '@stancelog/core'
 * const [w]: ReadonlyArray<DateWarning> = dateWarnings({ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' }, recordedAt: '2031-01-01T00:00:00Z' }, Date.UTC(2026, 0, 1))
 * assert.deepStrictEqual(w, { path: 'recordedAt', message: 'recordedAt 2031-01-01T00:00:00Z is in the future' })
 * @category time
 * @since 0.1.0
 */
export interface DateWarning {
  /** The field, from the event: `recordedAt`, or `data.statedAt`. */
  readonly path: string;
  /** What is unlikely, with the dates: `statedAt 2025-06-02 is after recordedAt 2025-06-01T10:00:00Z`. */
  readonly message: string;
}

/**
 * What is unlikely about the dates of an event to append, as of `now`
 * (milliseconds since the epoch; the clock's by default): a recording
 * time in the future, a statement stated after it was recorded, or, with
 * no recording time given (the store's clock will date it), stated in the
 * future. A stated day, week or month may begin before its recording and
 * end after it: only one that begins after the recording's end is
 * unlikely. `stancelog append` prints these; an app that enters events of
 * its own can do the same before it appends. For an event its codec took
 * (`Event.decode`): the dates are valid stated times.
 * @example
 * import { dateWarnings, statementMade } from '@stancelog/core'
 * const now = Date.UTC(2025, 5, 1, 12) // June 1, noon
 * const truce = statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'propose', polarity: '+', statedAt: '2025-06-20', source: { quote: 'a truce for the harvest' } })
 * // Stated three weeks ahead of today, with no recording time: the store would date it today.
 * assert.deepStrictEqual(dateWarnings(truce, now).map((w) => w.message), ['statedAt 2025-06-20 is in the future'])
 * // Stated as June, recorded on June 1: the month holds its recording, nothing unlikely.
 * assert.deepStrictEqual(dateWarnings({ ...truce, data: { ...truce.data, statedAt: '2025-06' }, recordedAt: '2025-06-01T10:00:00Z' }, now), [])
 * @category time
 * @since 0.1.0
 */
export function dateWarnings(event: NewEvent, now: number = Date.now()): DateWarning[] {
  const found: DateWarning[] = [];
  const recordedAt = event.recordedAt;
  if (recordedAt !== undefined && startOf(recordedAt) > now) found.push({ path: 'recordedAt', message: `recordedAt ${recordedAt} is in the future` });
  if (event.type === 'statement-made' && event.data.statedAt !== undefined) {
    const statedAt = event.data.statedAt;
    // The whole of a stated day, week or month may precede the recording: only a start after its end is unlikely.
    if (recordedAt !== undefined && startOf(statedAt) >= endOf(recordedAt)) found.push({ path: 'data.statedAt', message: `statedAt ${statedAt} is after recordedAt ${recordedAt}` });
    else if (recordedAt === undefined && startOf(statedAt) > now) found.push({ path: 'data.statedAt', message: `statedAt ${statedAt} is in the future` });
  }
  return found;
}
