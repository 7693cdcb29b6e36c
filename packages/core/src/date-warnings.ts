/**
 * Dates that are valid but unlikely: worth a word to whoever enters the
 * event, not a refusal (a statement may be dated ahead by mistake, or a
 * clock be wrong, and an append takes both).
 *
 * @since 0.1.0
 */
import type { NewEvent } from './envelope.js';
import { endOf, StatedAt, startOf, Timestamp } from './time.js';

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
 * its own can do the same before it appends, on a form's input as it is:
 * a date that is no valid date (`''`, `2026-02-30`, `20/11/2026`) is no
 * warning but an error, which `checkEvents` (and the append) gives with
 * its path, so this passes over it and never throws.
 * @example
 * import { checkEvents, dateWarnings, statementMade } from '@stancelog/core'
 * const now = Date.UTC(2025, 5, 1, 12) // June 1, noon
 * const truce = statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'propose', polarity: '+', statedAt: '2025-06-20', source: { quote: 'a truce for the harvest' } })
 * // Stated three weeks ahead of today, with no recording time: the store would date it today.
 * assert.deepStrictEqual(dateWarnings(truce, now).map((w) => w.message), ['statedAt 2025-06-20 is in the future'])
 * // Stated as June, recorded on June 1: the month holds its recording, nothing unlikely.
 * assert.deepStrictEqual(dateWarnings({ ...truce, data: { ...truce.data, statedAt: '2025-06' }, recordedAt: '2025-06-01T10:00:00Z' }, now), [])
 * // A date a form got wrong is no warning: the check an append makes names it.
 * const typo = statementMade({ ...truce.data, statedAt: '2025-02-30' })
 * assert.deepStrictEqual(dateWarnings(typo, now), [])
 * const checked = checkEvents([typo])
 * assert.ok(checked._tag === 'Left' && checked.left.issues[0]!.path === 'data.statedAt')
 * @category time
 * @since 0.1.0
 */
export function dateWarnings(event: NewEvent, now: number = Date.now()): DateWarning[] {
  const found: DateWarning[] = [];
  // From a form or from JavaScript, anything: only dates an append would take are read (the append refuses the rest).
  if (typeof event !== 'object' || event === null) return found;
  const recordedAt = Timestamp.is(event.recordedAt) ? event.recordedAt : undefined;
  if (recordedAt !== undefined && startOf(recordedAt) > now) found.push({ path: 'recordedAt', message: `recordedAt ${recordedAt} is in the future` });
  const data: unknown = event.data;
  const statedAt = event.type === 'statement-made' && typeof data === 'object' && data !== null ? (data as { statedAt?: unknown }).statedAt : undefined;
  // A recordedAt given but unreadable leaves the stated time nothing to be weighed against: the append refuses the event.
  if (typeof statedAt === 'string' && StatedAt.is(statedAt) && (recordedAt !== undefined || event.recordedAt === undefined)) {
    // The whole of a stated day, week or month may precede the recording: only a start after its end is unlikely.
    if (recordedAt !== undefined && startOf(statedAt) >= endOf(recordedAt)) found.push({ path: 'data.statedAt', message: `statedAt ${statedAt} is after recordedAt ${recordedAt}` });
    else if (recordedAt === undefined && startOf(statedAt) > now) found.push({ path: 'data.statedAt', message: `statedAt ${statedAt} is in the future` });
  }
  return found;
}
