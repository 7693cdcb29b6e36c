/**
 * Running code under a fixed wall clock, to show that a reducer does not
 * read it.
 *
 * @since 0.1.0
 */

/**
 * Runs `run` with `Date.now()` and `new Date()` fixed at `now` (epoch ms or
 * an ISO string), then restores the real clock, even when `run` throws.
 * Dates built from a value (`new Date(ms)`, `Date.UTC`, `Date.parse`) are
 * unaffected.
 *
 * @example
 * import { withFakeClock } from '@stancelog/testing'
 * const year = withFakeClock('2031-06-01T00:00:00Z', () => new Date().getUTCFullYear())
 * assert.strictEqual(year, 2031)
 * @category laws
 * @since 0.1.0
 */
export function withFakeClock<T>(now: number | string, run: () => T): T {
  const RealDate = globalThis.Date;
  const fixed = typeof now === 'number' ? now : RealDate.parse(now);
  if (Number.isNaN(fixed)) throw new RangeError(`withFakeClock: not a time: ${JSON.stringify(now)}`);
  class FakeDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(fixed);
      else super(...(args as [string]));
    }
    static override now(): number {
      return fixed;
    }
  }
  globalThis.Date = FakeDate as DateConstructor;
  try {
    return run();
  } finally {
    globalThis.Date = RealDate;
  }
}
