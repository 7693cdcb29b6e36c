/**
 * How a statement's stance reads in a listing: its polarity and kind, and
 * for a retraction the `0` it leaves with the stance it drops, since the
 * polarity of a retraction is the one withdrawn ("the Greens no longer rule
 * out a cap" is `retract -`), and "- retract" read as a refusal.
 *
 * @example
 * import { stanceLabel } from './stance-label.js'
 * assert.strictEqual(stanceLabel('-', 'red-line'), '- red-line')
 * assert.strictEqual(stanceLabel('-', 'retract'), '0 retract (drops -)')
 * @since 0.1.0
 */
export function stanceLabel(polarity: string, kind: string): string {
  return kind === 'retract' ? `0 retract (drops ${polarity})` : `${polarity} ${kind}`;
}
