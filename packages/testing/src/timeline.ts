/**
 * A small language for dated sequences of statements: a cursor moves
 * through time, and each statement is stated on the cursor's day. It is
 * recorded on the latest day the timeline has reached: the same day while
 * the cursor moves forward, later when `on` goes back (a late report), as
 * the log's recorded time never runs backwards.
 *
 * @since 0.1.0
 */
import type { NewEvent } from '@stancelog/core';
import { statement } from './builders.js';
import type { StatementSpec } from './builders.js';

const DAY_MS = 86_400_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DURATION = /^\s*(\d+)\s*(day|week|month)s?\s*$/;

function parseDay(day: string, where: string): number {
  const ms = DAY.test(day) ? Date.parse(`${day}T00:00:00Z`) : NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day) throw new RangeError(`${where}: not a day (YYYY-MM-DD): ${JSON.stringify(day)}`);
  return ms;
}

/**
 * A statement said on the timeline's current day: a {@link StatementSpec}
 * without `statedAt`.
 *
 * @example
 * import { idOf, timeline } from '@stancelog/testing'
 * import type { Said } from '@stancelog/testing'
 * const refusal: Said = { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', publisher: 'TASS' }
 * // The same words a week later are a second statement: the timeline dates each.
 * const events = timeline('2025-03-12', (t) => t.say(refusal).after('1 week').say(refusal))
 * assert.strictEqual(new Set(events.map(idOf)).size, 2)
 * @category timeline
 * @since 0.1.0
 */
export type Said = Omit<StatementSpec, 'statedAt'>;

/**
 * The builder a {@link timeline} callback receives. Every method returns the
 * builder, so steps chain.
 *
 * @example
 * import { timeline } from '@stancelog/testing'
 * import type { TimelineBuilder } from '@stancelog/testing'
 * // A step shared by several tests: a round of talks, then a week's pause.
 * const round = (t: TimelineBuilder): TimelineBuilder => t.say({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' }).after('1 week')
 * let end = ''
 * timeline('2025-05-16', (t) => (end = round(round(t)).today))
 * assert.strictEqual(end, '2025-05-30')
 * @category timeline
 * @since 0.1.0
 */
export interface TimelineBuilder {
  /**
   * Statements stated on the current day, recorded at noon of the latest
   * day reached (the current day, unless `on` went back), unless they give
   * their own `recordedAt`.
   */
  say(...statements: ReadonlyArray<Said>): TimelineBuilder;
  /** Other events (registry events), recorded at noon of the latest day reached. */
  add(...events: ReadonlyArray<NewEvent>): TimelineBuilder;
  /**
   * Moves the cursor forward: `'3 days'`, `'1 week'`, `'2 months'`, or a
   * number of days. A month on from a day the next month lacks is that
   * month's last day (31 January + 1 month is 28 February).
   */
  after(duration: string | number): TimelineBuilder;
  /**
   * Moves the cursor to a day (`YYYY-MM-DD`). Forward, it is `after`; back,
   * what follows is a late report: stated that earlier day, recorded on the
   * latest day reached, so `asOf.recordedTime` before that day leaves it
   * out. `after` then moves on from the earlier day.
   */
  on(day: string): TimelineBuilder;
  /** The current day (valid time). */
  readonly today: string;
}

/**
 * Builds a dated sequence of events from a start day.
 *
 * @example
 * import { timeline } from '@stancelog/testing'
 * const events = timeline('2025-05-16', (t) =>
 *   t.say({ holder: 'russia', issue: 'nato-membership', kind: 'demand', polarity: '-' })
 *     .after('3 days')
 *     .say({ holder: 'ukraine', issue: 'nato-membership', kind: 'red-line', polarity: '+' }))
 * assert.deepStrictEqual(events.map((e) => e.type === 'statement-made' && e.data.statedAt), ['2025-05-16', '2025-05-19'])
 * // Back to an earlier day: a late report, stated then, recorded on the latest day reached.
 * const [, late] = timeline('2025-05-16', (t) =>
 *   t.say({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })
 *     .on('2025-05-10')
 *     .say({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+' }))
 * assert.deepStrictEqual([late?.type === 'statement-made' && late.data.statedAt, late?.recordedAt], ['2025-05-10', '2025-05-16T12:00:00Z'])
 * @category timeline
 * @since 0.1.0
 */
export function timeline(start: string, build: (t: TimelineBuilder) => unknown): NewEvent[] {
  let cursor = parseDay(start, 'timeline start');
  // The latest day the cursor reached: what is said after `on` went back is learnt no earlier.
  let latest = cursor;
  const events: NewEvent[] = [];
  const dayString = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const recordedAt = () => `${dayString(latest)}T12:00:00Z`;
  const moveTo = (ms: number) => {
    cursor = ms;
    latest = Math.max(latest, ms);
  };
  const builder: TimelineBuilder = {
    say(...statements) {
      const day = dayString(cursor);
      const recorded = recordedAt();
      for (const s of statements) events.push(statement({ recordedAt: recorded, ...s, statedAt: day }));
      return builder;
    },
    add(...more) {
      const recorded = recordedAt();
      for (const e of more) events.push({ recordedAt: recorded, ...e } as NewEvent);
      return builder;
    },
    after(duration) {
      if (typeof duration === 'number') {
        if (!Number.isInteger(duration) || duration < 0) throw new RangeError(`timeline.after: not a whole number of days: ${duration}`);
        moveTo(cursor + duration * DAY_MS);
        return builder;
      }
      const m = DURATION.exec(duration);
      if (!m) throw new RangeError(`timeline.after: expected '<n> days|weeks|months', got ${JSON.stringify(duration)}`);
      const n = Number(m[1]);
      if (m[2] === 'month') {
        const d = new Date(cursor);
        // Clamped to the month's last day: Date.UTC would run 31 January + 1 month on into March.
        const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n + 1, 0)).getUTCDate();
        moveTo(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, Math.min(d.getUTCDate(), lastDay)));
      } else moveTo(cursor + n * (m[2] === 'week' ? 7 : 1) * DAY_MS);
      return builder;
    },
    on(day) {
      moveTo(parseDay(day, 'timeline.on'));
      return builder;
    },
    get today() {
      return dayString(cursor);
    },
  };
  build(builder);
  return events;
}
