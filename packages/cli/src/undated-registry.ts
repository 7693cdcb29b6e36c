/**
 * Back-filling a log: statements carry the `recordedAt` of when they were
 * learnt, but a registry line (an actor, an alias, an office, an issue)
 * with none is recorded now, so `--known-at` any earlier day sees the
 * statements without the names and the issue hierarchy they need. Said
 * once, as a warning: a log kept live has no such lines.
 *
 * @since 0.1.0
 */
import { dayOf } from '@stancelog/core';
import type { NewEvent } from '@stancelog/core';

// Recorded more than a day before now: a back-fill, not the clock of the machine that wrote the file.
const DAY_MILLIS = 24 * 60 * 60 * 1000;

/**
 * The warning for registry events with no `recordedAt` in an input whose
 * statements were recorded earlier than a day before `now`, naming the
 * first such line (`where[i]` says where event `i` was read) and the
 * earliest statement's day; undefined when there is nothing to say. Only
 * the events `appended` says were written count: one the log held already
 * (the same file appended again) was recorded when it was first appended.
 *
 * @example
 * import { undatedRegistryWarning } from './undated-registry.js'
 * const issue = { type: 'issue-defined', data: { id: 'ceasefire', title: 'Ceasefire', proposition: 'the guns fall silent' } } as const
 * const said = { type: 'statement-made', data: {}, recordedAt: '2025-04-24T08:00:00Z' } as any
 * const now = new Date('2026-01-10T00:00:00Z')
 * assert.strictEqual(undatedRegistryWarning([said, issue], ['a.jsonl line 1', 'a.jsonl line 2'], now),
 *   'a.jsonl line 2: issue-defined has no recordedAt, so it is recorded now, while the statements of this input were recorded from 2025-04-24: --known-at a day before now will not see it; give it a recordedAt')
 * // Appended before, it was not recorded now.
 * assert.strictEqual(undatedRegistryWarning([said, issue], ['', ''], now, () => false), undefined)
 * // Dated, or with no statement recorded earlier, it is not worth a word.
 * assert.strictEqual(undatedRegistryWarning([said, { ...issue, recordedAt: '2025-03-01T00:00:00Z' }], ['', ''], now), undefined)
 * assert.strictEqual(undatedRegistryWarning([issue], [''], now), undefined)
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function undatedRegistryWarning(events: ReadonlyArray<NewEvent>, where: ReadonlyArray<string>, now: Date, appended: (event: NewEvent) => boolean = () => true): string | undefined {
  let earliest: number | undefined;
  const undated: number[] = [];
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.type === 'statement-made') {
      const at = e.recordedAt === undefined ? Number.NaN : Date.parse(e.recordedAt);
      if (at < now.getTime() - DAY_MILLIS && (earliest === undefined || at < earliest)) earliest = at;
    } else if (e.type !== 'event-withdrawn' && e.recordedAt === undefined && appended(e)) undated.push(i);
  }
  if (earliest === undefined || undated.length === 0) return undefined;
  const first = undated[0]!;
  const more = undated.length > 1 ? ` (and ${undated.length - 1} more registry lines)` : '';
  return `${where[first]}: ${events[first]!.type} has no recordedAt${more}, so it is recorded now, while the statements of this input were recorded from ${dayOf(new Date(earliest).toISOString())}: --known-at a day before now will not see it; give it a recordedAt`;
}
