import type { StoredEvent } from '@stancelog/core';

/**
 * How a statement's stance reads in a listing: its polarity and kind, and
 * for a retraction the `0` it leaves with the stance it drops, since the
 * polarity of a retraction is the one withdrawn ("the Greens no longer rule
 * out a cap" is `retract -`), and "- retract" read as a refusal. A
 * retraction of a stance the holder did not hold as it was said
 * (`withdrewNothing`: see `unheldRetractions` in core) drops nothing, and
 * says so: `0 retract (of -, not held)`. What `timeline` and `explain`
 * print for each statement.
 *
 * @example
 * import { stanceLabel } from './stance-label.js'
 * assert.strictEqual(stanceLabel('-', 'red-line'), '- red-line')
 * assert.strictEqual(stanceLabel('-', 'retract'), '0 retract (drops -)')
 * assert.strictEqual(stanceLabel('-', 'retract', true), '0 retract (of -, not held)')
 * @since 0.1.0
 */
export function stanceLabel(polarity: string, kind: string, withdrewNothing = false): string {
  if (kind !== 'retract') return `${polarity} ${kind}`;
  return withdrewNothing ? `0 retract (of ${polarity}, not held)` : `0 retract (drops ${polarity})`;
}

/**
 * What a retraction that withdrew nothing means, for the legend of a
 * listing that shows one (`timeline`, `explain`).
 *
 * @example
 * import { UNHELD_RETRACTION_LEGEND } from './stance-label.js'
 * assert.ok(UNHELD_RETRACTION_LEGEND.startsWith('0 retract (of +/-, not held): '))
 * @since 0.1.0
 * @internal
 */
export const UNHELD_RETRACTION_LEGEND =
  '0 retract (of +/-, not held): a retraction of a stance the holder did not hold as it was said; it withdrew nothing, and changed no stance';

/**
 * What a corrected statement says it corrects, as stored (`corrects` of
 * the statement `stancelog correct` appends): the id of the statement it
 * was appended in place of, and the log position of the place it takes.
 *
 * @example
 * import type { CorrectsRef } from './stance-label.js'
 * const ref: CorrectsRef = { event: 'ab12cd34ef56ab12cd34ef56ab12cd34', position: 72 }
 * assert.strictEqual(ref.position, 72)
 * @since 0.1.0
 */
export interface CorrectsRef {
  readonly event: string;
  readonly position: number;
}

/**
 * The `corrects` of each statement of `events` that has one, by the
 * statement's id: what `timeline` and `explain` say of a correction.
 *
 * @example
 * import { correctionsOf } from './stance-label.js'
 * const copy = { id: 'c1', type: 'statement-made', data: { corrects: { event: 'a1', position: 3 } } }
 * assert.deepStrictEqual([...correctionsOf([copy as any, { id: 'a2', type: 'statement-made', data: {} } as any])], [['c1', { event: 'a1', position: 3 }]])
 * @since 0.1.0
 */
export function correctionsOf(events: Iterable<StoredEvent>): Map<string, CorrectsRef> {
  const out = new Map<string, CorrectsRef>();
  for (const e of events) if (e.type === 'statement-made' && e.data.corrects !== undefined) out.set(e.id, { event: e.data.corrects.event, position: e.data.corrects.position });
  return out;
}

/**
 * How `timeline` and `explain` mark a corrected statement: the place it
 * takes, and the day it was recorded (when the correction was made);
 * empty for any other statement.
 *
 * @example
 * import { correctionMark } from './stance-label.js'
 * assert.strictEqual(correctionMark({ event: 'a1', position: 72 }, '2026-12-07T12:08:26.105Z'), 'a correction, in place of #72, recorded 2026-12-07')
 * assert.strictEqual(correctionMark(null, '2026-12-07T12:08:26.105Z'), '')
 * @since 0.1.0
 */
export function correctionMark(corrects: CorrectsRef | null, recordedAt: string): string {
  return corrects === null ? '' : `a correction, in place of #${corrects.position}, recorded ${recordedAt.slice(0, 10)}`;
}
