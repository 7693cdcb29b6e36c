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
 * as `date`: it ends where `date` begins.
 *
 * @example
 * import { periodBefore } from './period-before.js'
 * import { endOf, startOf } from '@stancelog/core'
 * assert.strictEqual(periodBefore('2025-03-01'), '2025-02-28')
 * assert.strictEqual(periodBefore('2025-01'), '2024-12')
 * assert.strictEqual(periodBefore('2026-W01'), '2025-W52')
 * assert.strictEqual(periodBefore('2025-03-06T09:00:00Z'), '2025-03-06T08:59:59.999Z')
 * // Whatever the form, the period before ends where the date begins.
 * assert.strictEqual(endOf(periodBefore('2025-W10')), startOf('2025-W10'))
 * @category time
 * @since 0.1.0
 * @internal
 */
export function periodBefore(date: string): string {
  const start = startOf(date);
  switch (precisionOf(date)) {
    case 'day':
      return new Date(start - DAY_MS).toISOString().slice(0, 10);
    case 'month':
      return new Date(start - DAY_MS).toISOString().slice(0, 7);
    case 'week':
      return isoWeekOf(start - DAY_MS);
    case 'instant':
      return new Date(start - 1).toISOString();
  }
}
