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
