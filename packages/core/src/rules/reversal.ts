/**
 * `reversal`: a holder's own stance on an issue flips over time, from `+` to
 * `-` or back. Only first-hand statements count (a third party's report is
 * not the holder changing its mind). The reversal stays open while the new
 * stance stands; flipping back resolves it and opens a new one.
 *
 * @since 0.1.0
 */
import type { ContradictionRule } from '../contradictions.js';
import { momentOf } from '../contradictions.js';
import { effectivePolarity } from '../positions.js';

/**
 * The last first-hand, non-zero stance of each holder, by issue.
 * @category rules
 * @since 0.1.0
 */
export interface ReversalState {
  byIssue: Map<string, Map<string, { polarity: '+' | '-'; id: string; time: number; kind: string }>>;
}

/**
 * The `reversal` rule.
 *
 * @example
 * import { reversalRule } from '@stancelog/core'
 * assert.strictEqual(reversalRule().type, 'reversal')
 * @category rules
 * @since 0.1.0
 */
export function reversalRule(): ContradictionRule<ReversalState> {
  return {
    type: 'reversal',
    version: '1',
    initial: () => ({ byIssue: new Map() }),
    onStatement: (ctx, state, entry, position) => {
      if (!entry.firstHand) return;
      const polarity = effectivePolarity(entry);
      if (polarity === '0') return;
      let holders = state.byIssue.get(position.issue);
      if (!holders) state.byIssue.set(position.issue, (holders = new Map()));
      const last = holders.get(position.holder);
      // A late-read statement older than the last own stance is history, not a flip now.
      if (last && entry.validFrom < last.time) return;
      if (last && last.polarity === polarity) {
        last.id = entry.id;
        last.time = entry.validFrom;
        last.kind = entry.kind;
        return;
      }
      holders.set(position.holder, { polarity, id: entry.id, time: entry.validFrom, kind: entry.kind });
      if (!last) return;
      const at = momentOf(entry);
      ctx.resolve('reversal', position.issue, position.key, at);
      ctx.open({
        type: 'reversal',
        key: position.key,
        issues: [position.issue],
        actors: [position.holder],
        since: at,
        statements: [last.id, entry.id],
        summary: `${position.holder} went from ${last.kind} (${last.polarity}) to ${entry.kind} (${polarity}) on ${position.issue}`,
      });
    },
  };
}
