/**
 * The period just before a date, at the date's precision: what an
 * inclusive start date (`diff --from`) is compared from. A date stands for
 * its whole period (`--as-of 2025-03` is the end of March), so the state
 * before a period begins is the state at the end of the one before it.
 *
 * @since 0.1.0
 */
import { precisionOf, startOf } from '@stancelog/core';

const DAY_MS = 86_400_000;

/** The ISO week (`YYYY-Www`) holding a UTC instant: the week of its Thursday. */
function isoWeekOf(ms: number): string {
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday = 0
  const thursday = ms - weekday * DAY_MS + 3 * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - new Date(0).setUTCFullYear(year, 0, 1)) / (7 * DAY_MS));
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

/**
 * The day, month, ISO week or instant just before `date`, in the same form
 * as `date`: it ends where `date` begins. `undefined` when nothing can be
 * dated before it (`0000-01-01`, the first day a date can name); a week
 * whose week before falls in year -1 (`0000-W01`) gets the day before it.
 *
 * @example
 * import { periodBefore } from './period-before.js'
 * import { endOf, startOf } from '@stancelog/core'
 * assert.strictEqual(periodBefore('2025-03-01'), '2025-02-28')
 * assert.strictEqual(periodBefore('2025-01'), '2024-12')
 * assert.strictEqual(periodBefore('2026-W01'), '2025-W52')
 * assert.strictEqual(periodBefore('2025-03-06T09:00:00Z'), '2025-03-06T08:59:59.999Z')
 * // Whatever the form, the period before ends where the date begins.
 * assert.strictEqual(endOf(periodBefore('2025-W10')!), startOf('2025-W10'))
 * // Nothing is dated before the first day of year 0.
 * assert.strictEqual(periodBefore('0000-01'), undefined)
 * assert.strictEqual(periodBefore('0000-W01'), '0000-01-02')
 * @category time
 * @since 0.1.0
 * @internal
 */
export function periodBefore(date: string): string | undefined {
  const start = startOf(date);
  if (start <= FIRST_DAY) return undefined;
  switch (precisionOf(date)) {
    case 'day':
      return new Date(start - DAY_MS).toISOString().slice(0, 10);
    case 'month':
      return new Date(start - DAY_MS).toISOString().slice(0, 7);
    case 'week':
      return start - 7 * DAY_MS < FIRST_DAY ? new Date(start - DAY_MS).toISOString().slice(0, 10) : isoWeekOf(start - DAY_MS);
    case 'instant':
      return new Date(start - 1).toISOString();
  }
}

// The start of 0000-01-01, the first day a date can name (the years of dates have four digits).
const FIRST_DAY = startOf('0000-01-01');
