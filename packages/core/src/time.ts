/**
 * Valid time: when something was stated, with the precision it is known to.
 *
 * A stated time is kept as the string the user gave, so that JSON in and
 * out stays readable (and a statement's id, a hash of its content, is that
 * of what was written); its precision follows from its form: `2025-05`
 * (month), `2025-W20` (ISO week), `2025-05-16` (day) or a full ISO
 * timestamp (an instant, with its offset: compared and filtered as the
 * instant it names, so `2025-03-01T10:00:00+02:00` is `08:00Z`). One
 * instant written two ways is two statements to the log: write
 * timestamps one way (UTC, `Z`) to have a repeat recognised.
 *
 * @since 0.1.0
 */
import * as t from 'io-ts';
import { refine } from './refine.js';

/**
 * The precision of a stated time.
 * @example
 * import { precisionOf } from '@stancelog/core'
 * import type { Precision } from '@stancelog/core'
 * const found: Precision[] = ['2025-05', '2025-W20', '2025-05-16', '2025-05-16T09:00:00+02:00'].map(precisionOf)
 * assert.deepStrictEqual(found, ['month', 'week', 'day', 'instant'])
 * @category model
 * @since 0.1.0
 */
export type Precision = 'month' | 'week' | 'day' | 'instant';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const WEEK = /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/;
const DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
// The date and time of day are read here rather than by `Date.parse`, which
// rolls `2025-04-31` over to May 1 and `T24:00` to the next day.
const INSTANT = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|([+-])(\d{2}):?(\d{2}))$/;
const DAY_MS = 86_400_000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface TimeRangeMs {
  readonly start: number;
  readonly end: number;
  readonly precision: Precision;
}

// Parsing a date string costs far more than a Map lookup, and a log repeats
// the same few thousand dates; the cache keeps replay from parsing them again.
const cache = new Map<string, TimeRangeMs | null>();

/** `Date.UTC` without its quirk: the years 0 to 99 stay themselves, not 1900 to 1999. */
function utc(year: number, monthIndex: number, day: number): number {
  return new Date(0).setUTCFullYear(year, monthIndex, day);
}

function isoWeekStart(year: number, week: number): number {
  const jan4 = utc(year, 0, 4);
  const jan4Day = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - jan4Day * DAY_MS + (week - 1) * 7 * DAY_MS;
}

/** The days of a month (1 to 12) of a year. */
function daysIn(year: number, month: number): number {
  return new Date(utc(year, month, 0)).getUTCDate();
}

function parseRange(value: string): TimeRangeMs | null {
  let m = DAY.exec(value);
  if (m) {
    // Reject 2025-02-30 and the like: dates silently roll over.
    if (+m[3]! > daysIn(+m[1]!, +m[2]!)) return null;
    const start = utc(+m[1]!, +m[2]! - 1, +m[3]!);
    return { start, end: start + DAY_MS, precision: 'day' };
  }
  m = MONTH.exec(value);
  if (m) {
    const start = utc(+m[1]!, +m[2]! - 1, 1);
    return { start, end: utc(+m[1]!, +m[2]!, 1), precision: 'month' };
  }
  m = WEEK.exec(value);
  if (m) {
    const start = isoWeekStart(+m[1]!, +m[2]!);
    return { start, end: start + 7 * DAY_MS, precision: 'week' };
  }
  m = INSTANT.exec(value);
  if (m) {
    if (instantProblem(m) !== undefined) return null;
    const [hour, minute, second, offsetHours, offsetMinutes] = [m[4], m[5], m[6], m[9], m[10]].map((n) => +(n ?? 0)) as [number, number, number, number, number];
    // Milliseconds: the first three digits of the fraction, as `Date.parse` reads it.
    const ms = +(m[7] ?? '').slice(0, 3).padEnd(3, '0');
    const offset = (m[8] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
    const start = utc(+m[1]!, +m[2]! - 1, +m[3]!) + ((hour * 60 + minute) * 60 + second) * 1000 + ms - offset;
    return { start, end: start + 1, precision: 'instant' };
  }
  return null;
}

/** What makes the date, time of day or offset of a matched timestamp impossible. */
function instantProblem(m: RegExpExecArray): string | undefined {
  const day = dayProblem(+m[1]!, +m[2]!, +m[3]!);
  if (day !== undefined) return day;
  const time = `${m[4]}:${m[5]}${m[6] !== undefined ? `:${m[6]}` : ''}`;
  if (+m[4]! > 23) return `${time} is not a time of day (hours run from 00 to 23: midnight at the end of a day is 00:00 of the next)`;
  if (+m[5]! > 59) return `${time} is not a time of day (minutes run from 00 to 59)`;
  if (m[6] !== undefined && +m[6] > 59) return `${time} is not a time of day (seconds run from 00 to 59)`;
  if (m[8] !== undefined && (+m[9]! > 23 || +m[10]! > 59)) return `${m[8]}${m[9]}:${m[10]} is not a time zone offset (from -23:59 to +23:59)`;
  return undefined;
}

function dayProblem(year: number, month: number, day: number): string | undefined {
  const days = daysIn(year, month);
  if (day <= days) return undefined;
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return `${date} is not a day of the calendar (${MONTHS[month - 1]} ${month === 2 ? `${String(year).padStart(4, '0')} ` : ''}has ${days} days)`;
}

// A date whose month, day or week number is out of every range ("2025-13-01", "2025-05-00", "2025-W54"): the forms'
// patterns do not match it, but it is plainly a date, and "not a date" would not say what is wrong with it.
const DATE_LIKE = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?=T|$)/;
const WEEK_LIKE = /^(\d{4})-W(\d{2})$/;

function rangeProblem(value: string): string | undefined {
  const week = WEEK_LIKE.exec(value);
  if (week) return +week[2]! === 0 || +week[2]! > 53 ? `${week[0]} is not a week of the calendar (ISO weeks run from W01 to W53)` : undefined;
  const m = DATE_LIKE.exec(value);
  if (!m) return undefined;
  if (+m[2]! === 0 || +m[2]! > 12) return `${m[0]} is not ${m[3] === undefined ? 'a month' : 'a day'} of the calendar (months run from 01 to 12)`;
  if (m[3] !== undefined && +m[3] === 0) return `${m[0]} is not a day of the calendar (days run from 01)`;
  return m[3] !== undefined && +m[3] > 31 ? dayProblem(+m[1]!, +m[2]!, +m[3]) : undefined;
}

/**
 * Why a value written as a date cannot be one: a day its month lacks
 * (`2025-04-31`, `2025-02-29`), a month, day or week number out of range
 * (`2025-13-01`, `2025-05-00`, `2025-W54`), or a time of day or offset out
 * of range (`T24:00`, `T09:60`). Such a value is refused rather than read as
 * another day. Undefined for anything else, valid or not (what is not
 * written as a date at all has no calendar to check).
 *
 * @example
 * import { calendarProblem } from '@stancelog/core'
 * assert.strictEqual(calendarProblem('2025-04-31T09:00:00Z'), '2025-04-31 is not a day of the calendar (April has 30 days)')
 * assert.strictEqual(calendarProblem('2025-02-29'), '2025-02-29 is not a day of the calendar (February 2025 has 28 days)')
 * assert.strictEqual(calendarProblem('2025-13-01'), '2025-13-01 is not a day of the calendar (months run from 01 to 12)')
 * assert.strictEqual(calendarProblem('2025-02-03T24:00:00Z'), '24:00:00 is not a time of day (hours run from 00 to 23: midnight at the end of a day is 00:00 of the next)')
 * assert.deepStrictEqual([calendarProblem('2024-02-29T10:00:00+01:00'), calendarProblem('soon')], [undefined, undefined])
 * @category time
 * @since 0.1.0
 */
export function calendarProblem(value: string): string | undefined {
  let m = DAY.exec(value);
  if (m) return dayProblem(+m[1]!, +m[2]!, +m[3]!);
  m = INSTANT.exec(value);
  return m ? instantProblem(m) : rangeProblem(value);
}

// The instants earlier versions accepted and stored, read then by `Date.parse`, which rolls a day its
// month lacks over into the next month (`2025-04-31T09:00:00Z` is 1 May) and `T24:00` into the next day.
const STORED_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * The range of a time read from a log: as `rangeOf` has it, or, for an
 * instant an earlier version accepted and stored though the calendar lacks
 * it, as that version read it. Appends refuse such a value now; a log that
 * holds one still replays as it did, rather than failing on it.
 */
function storedRangeOf(value: string): TimeRangeMs | null {
  const r = rangeOf(value);
  if (r !== null || !STORED_INSTANT.test(value)) return r;
  const start = Date.parse(value);
  return Number.isNaN(start) ? null : { start, end: start + 1, precision: 'instant' };
}

function rangeOf(value: string): TimeRangeMs | null {
  let r = cache.get(value);
  if (r === undefined) {
    r = parseRange(value);
    if (cache.size > 100_000) cache.clear();
    cache.set(value, r);
  }
  return r;
}


const ZONELESS = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/**
 * What to add to an error about a time that looks like a timestamp without
 * its time zone (`2025-07-20T10:00:00`): stancelog never guesses one, and
 * "expected an ISO timestamp" alone does not say what is missing. Empty for
 * anything else.
 *
 * @example
 * import { timeZoneHint } from '@stancelog/core'
 * assert.strictEqual(timeZoneHint('2025-07-20T10:00:00'), ' (a timestamp needs its time zone: 2025-07-20T10:00:00Z, or an offset such as +02:00)')
 * assert.strictEqual(timeZoneHint('soon'), '')
 * @category model
 * @since 0.1.0
 */
export function timeZoneHint(value: unknown): string {
  return typeof value === 'string' && ZONELESS.test(value) ? ` (a timestamp needs its time zone: ${value.replace(' ', 'T')}Z, or an offset such as +02:00)` : '';
}

/**
 * The forms a stated time takes, as the errors about one list them (the
 * codecs' and the CLI's date options' alike).
 *
 * @example
 * import { STATED_AT_FORMS, statedAtProblem } from '@stancelog/core'
 * assert.strictEqual(statedAtProblem('soon'), `not a date or timestamp (expected ${STATED_AT_FORMS})`)
 * @category time
 * @since 0.1.0
 */
export const STATED_AT_FORMS = 'YYYY-MM-DD, YYYY-MM, YYYY-Www or an ISO timestamp';

// "2026-3-12", a date written as one writes it by hand: the form meant, with its zeros, when that is a date.
function paddedHint(value: string): string {
  const m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(value);
  if (m === null) return '';
  const padded = [m[1]!, m[2]!.padStart(2, '0'), ...(m[3] === undefined ? [] : [m[3].padStart(2, '0')])].join('-');
  return padded !== value && rangeOf(padded) !== null ? `; did you mean ${padded}?` : '';
}

/**
 * Why a string is not a stated time, in the words that follow it in an
 * error (`--as-of "16 May": ...`): what the calendar lacks (see
 * {@link calendarProblem}), or that it is in none of the forms, with them
 * ({@link STATED_AT_FORMS}), and the time zone or the zeros it lacks when
 * that is all. Undefined for a stated time.
 *
 * @example
 * import { statedAtProblem } from '@stancelog/core'
 * assert.strictEqual(statedAtProblem('16 May 2025'), 'not a date or timestamp (expected YYYY-MM-DD, YYYY-MM, YYYY-Www or an ISO timestamp)')
 * assert.strictEqual(statedAtProblem('2025-5-16'), 'not a date or timestamp (expected YYYY-MM-DD, YYYY-MM, YYYY-Www or an ISO timestamp); did you mean 2025-05-16?')
 * assert.strictEqual(statedAtProblem('2025-13-01'), '2025-13-01 is not a day of the calendar (months run from 01 to 12)')
 * assert.strictEqual(statedAtProblem('2025-05-16'), undefined)
 * @category time
 * @since 0.1.0
 */
export function statedAtProblem(value: string): string | undefined {
  if (rangeOf(value) !== null) return undefined;
  return calendarProblem(value) ?? `not a date or timestamp (expected ${STATED_AT_FORMS})${timeZoneHint(value)}${paddedHint(value)}`;
}

/**
 * A stated time: `YYYY-MM`, `YYYY-Www`, `YYYY-MM-DD` or an ISO timestamp,
 * of a day the calendar has and a time of day that exists (see
 * {@link calendarProblem}). A value refused is named with why: its field,
 * the value, and what the calendar lacks or the forms it takes
 * (`statedAt: "16 May 2025" is not a date or timestamp (expected ...)`).
 *
 * @example
 * import { StatedAt, decodeIssues } from '@stancelog/core'
 * import * as t from 'io-ts'
 * import { isRight } from 'fp-ts/lib/Either.js'
 * assert.ok(isRight(StatedAt.decode('2025-05')))
 * assert.ok(!isRight(StatedAt.decode('May 2025')))
 * assert.ok(!StatedAt.is('2025-04-31T09:00:00Z')) // April has 30 days, in a timestamp too
 * const said = (statedAt: string) => {
 *   const r = t.type({ statedAt: StatedAt }).decode({ statedAt })
 *   return r._tag === 'Left' ? decodeIssues(r.left)[0]?.message : undefined
 * }
 * assert.strictEqual(said('16 May 2025'), 'statedAt: "16 May 2025" is not a date or timestamp (expected YYYY-MM-DD, YYYY-MM, YYYY-Www or an ISO timestamp)')
 * assert.strictEqual(said('2025-13-01'), 'statedAt: 2025-13-01 is not a day of the calendar (months run from 01 to 12)')
 * @category codecs
 * @since 0.1.0
 */
export const StatedAt = refine(t.string, (s) => rangeOf(s) !== null, 'StatedAt', `a date or timestamp (${STATED_AT_FORMS})`, (s) => calendarProblem(s) ?? `${JSON.stringify(s)} is ${statedAtProblem(s)}`);
/** @category model @since 0.1.0 */
export type StatedAt = t.TypeOf<typeof StatedAt>;


const TIMESTAMP_FORMS = 'an ISO timestamp (2025-05-17T09:00:00Z) or a day (2025-05-17)';

/**
 * An ISO-8601 timestamp with a time zone (`2025-05-17T09:00:00Z`), as used
 * for `recordedAt`. A plain date (`2025-05-17`) is accepted too and means
 * the start of that day in UTC. A value refused is named with why, as a
 * {@link StatedAt}'s is: a month or a week is no time of recording.
 *
 * @example
 * import { Timestamp, decodeIssues } from '@stancelog/core'
 * import * as t from 'io-ts'
 * assert.ok(Timestamp.is('2025-05-17T09:00:00Z'))
 * assert.ok(!Timestamp.is('2025-05-17T24:00:00Z')) // midnight ending the day is 2025-05-18T00:00:00Z
 * const r = t.type({ recordedAt: Timestamp }).decode({ recordedAt: '2025-05' })
 * assert.ok(r._tag === 'Left' && decodeIssues(r.left)[0]?.message === 'recordedAt: "2025-05" is a month, not a time of recording: expected an ISO timestamp (2025-05-17T09:00:00Z) or a day (2025-05-17)')
 * @category codecs
 * @since 0.1.0
 */
export const Timestamp = refine(
  t.string,
  (s) => {
    const r = rangeOf(s);
    return r !== null && (r.precision === 'instant' || r.precision === 'day');
  },
  'Timestamp',
  TIMESTAMP_FORMS,
  (s) => {
    const r = rangeOf(s);
    if (r !== null) return `${JSON.stringify(s)} is a ${r.precision}, not a time of recording: expected ${TIMESTAMP_FORMS}`;
    return calendarProblem(s) ?? `${JSON.stringify(s)} is not a timestamp or a day: expected ${TIMESTAMP_FORMS}${timeZoneHint(s)}`;
  },
);
/** @category model @since 0.1.0 */
export type Timestamp = t.TypeOf<typeof Timestamp>;

/**
 * The precision of a stated time, read from its form.
 *
 * @example
 * import { precisionOf } from '@stancelog/core'
 * assert.strictEqual(precisionOf('2025-05'), 'month')
 * assert.strictEqual(precisionOf('2025-05-16'), 'day')
 * @category time
 * @since 0.1.0
 */
export function precisionOf(value: string): Precision {
  const r = storedRangeOf(value);
  if (!r) throw new RangeError(`not a stated time: ${JSON.stringify(value)}`);
  return r.precision;
}

/**
 * The first millisecond (UTC epoch) a stated time covers: `2025-05` starts on
 * 2025-05-01. Used to order statements and to filter by valid time. An
 * instant on no day of the calendar, which appends refuse but earlier
 * versions stored, is read as they read it (rolled over).
 *
 * @example
 * import { isStatedAt, startOf } from '@stancelog/core'
 * assert.strictEqual(startOf('2025-05'), Date.UTC(2025, 4, 1))
 * // Refused by appends now, but read as earlier releases stored and read it (1 May): such a log still replays.
 * assert.ok(!isStatedAt('2025-04-31T09:00:00Z') && startOf('2025-04-31T09:00:00Z') === Date.UTC(2025, 4, 1, 9))
 * @category time
 * @since 0.1.0
 */
export function startOf(value: string): number {
  const r = storedRangeOf(value);
  if (!r) throw new RangeError(`not a stated time: ${JSON.stringify(value)}`);
  return r.start;
}

/**
 * The first millisecond after a stated time: `2025-05` ends where June begins.
 *
 * @example
 * import { endOf } from '@stancelog/core'
 * assert.strictEqual(endOf('2025-05-16'), Date.UTC(2025, 4, 17))
 * @category time
 * @since 0.1.0
 */
export function endOf(value: string): number {
  const r = storedRangeOf(value);
  if (!r) throw new RangeError(`not a stated time: ${JSON.stringify(value)}`);
  return r.end;
}

/**
 * Whether two stated times share some moment: `2025-05` overlaps `2025-05-16`,
 * `2025-05-16` does not overlap `2025-05-17`.
 *
 * @example
 * import { overlaps } from '@stancelog/core'
 * assert.ok(overlaps('2025-05', '2025-05-16'))
 * @category time
 * @since 0.1.0
 */
export function overlaps(a: string, b: string): boolean {
  return startOf(a) < endOf(b) && startOf(b) < endOf(a);
}

/**
 * What is wrong with a stated time that reads but should not be written: a
 * week 53 in a year of 52 ISO weeks (`2025-W53` reads as 2026's first week).
 * The CLI and ingest refuse it in new input; the codecs and stores take it,
 * so that a log holding one stays readable and copyable.
 *
 * @example
 * import { statedWeekProblem } from '@stancelog/core'
 * assert.strictEqual(statedWeekProblem('2025-W53'), '2025 has 52 ISO weeks: 2025-W53 is 2026-W01')
 * assert.deepStrictEqual([statedWeekProblem('2026-W53'), statedWeekProblem('2025-05-16')], [undefined, undefined])
 * @category time
 * @since 0.1.0
 */
export function statedWeekProblem(value: string): string | undefined {
  const m = WEEK.exec(value);
  if (!m || m[2] !== '53') return undefined;
  const year = +m[1]!;
  if (isoWeekStart(year, 53) < isoWeekStart(year + 1, 1)) return undefined;
  return `${m[1]} has 52 ISO weeks: ${value} is ${String(year + 1).padStart(4, '0')}-W01`;
}

/**
 * Whether a string is a valid stated time.
 *
 * @example
 * import { isStatedAt } from '@stancelog/core'
 * assert.ok(isStatedAt('2025-W20'))
 * @category time
 * @since 0.1.0
 */
export function isStatedAt(value: string): boolean {
  return rangeOf(value) !== null;
}

/**
 * The day (`YYYY-MM-DD`) a stated time starts on, for display.
 *
 * @example
 * import { dayOf } from '@stancelog/core'
 * assert.strictEqual(dayOf('2025-05-17T09:00:00Z'), '2025-05-17')
 * @category time
 * @since 0.1.0
 */
export function dayOf(value: string): string {
  return new Date(startOf(value)).toISOString().slice(0, 10);
}
