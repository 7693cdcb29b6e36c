/**
 * `conflicting-reports`: different sources attribute different stances to
 * the same holder on the same issue at about the same time, and at least one
 * of them is a third party's report ("Germany's chancellor says Ukraine is
 * open to talks on territory" while another account says Ukraine refuses).
 *
 * A source is who attributes the stance: the holder itself, a third-party
 * actor, or a publisher's own account. Two attributions are "at about the
 * same time" when stated within `windowDays` of each other. The conflict is
 * resolved when one of the sources comes to agree with the other.
 *
 * @since 0.1.0
 */
import type { ContradictionRule } from '../contradictions.js';
import { momentOf } from '../contradictions.js';
import { effectivePolarity } from '../positions.js';
import type { Polarity } from '../statement.js';

const DAY_MS = 86_400_000;

/**
 * The latest attribution by each source, per holder x issue.
 * @category rules
 * @since 0.1.0
 */
export interface ConflictingReportsState {
  bySource: Map<string, Map<string, { polarity: Polarity; id: string; time: number; label: string; reported: boolean }>>;
}

/**
 * Options of the `conflicting-reports` rule.
 * @category rules
 * @since 0.1.0
 */
export interface ConflictingReportsOptions {
  /** How far apart (days) two attributions may be stated and still conflict. Default 30. */
  readonly windowDays?: number;
}

/**
 * The `conflicting-reports` rule.
 *
 * @example
 * import { conflictingReportsRule } from '@stancelog/core'
 * assert.strictEqual(conflictingReportsRule({ windowDays: 14 }).version, '1:14')
 * @category rules
 * @since 0.1.0
 */
export function conflictingReportsRule(options: ConflictingReportsOptions = {}): ContradictionRule<ConflictingReportsState> {
  const windowDays = options.windowDays ?? 30;
  const window = windowDays * DAY_MS;
  return {
    type: 'conflicting-reports',
    version: `1:${windowDays}`,
    initial: () => ({ bySource: new Map() }),
    onStatement: (ctx, state, entry, position) => {
      const key = `${position.holder}:${position.issue}`;
      let sources = state.bySource.get(key);
      if (!sources) state.bySource.set(key, (sources = new Map()));
      const previous = sources.get(entry.attribution);
      if (previous && entry.validFrom < previous.time) return;
      const mine = { polarity: effectivePolarity(entry), id: entry.id, time: entry.validFrom, label: momentOf(entry).label, reported: !entry.firstHand };
      sources.set(entry.attribution, mine);
      for (const [source, theirs] of sources) {
        if (source === entry.attribution) continue;
        const pair = source < entry.attribution ? `${source}|${entry.attribution}` : `${entry.attribution}|${source}`;
        const slotKey = `${key}:${pair}`;
        if (mine.polarity === theirs.polarity) {
          ctx.resolve('conflicting-reports', slotKey, momentOf(entry));
          continue;
        }
        if (entry.kind === 'retract' || !(mine.reported || theirs.reported) || Math.abs(mine.time - theirs.time) > window) continue;
        const later = mine.time >= theirs.time ? mine : theirs;
        ctx.open({
          type: 'conflicting-reports',
          key: slotKey,
          issues: [position.issue],
          actors: [position.holder],
          since: { time: later.time, label: later.label },
          statements: theirs.time <= mine.time ? [theirs.id, mine.id] : [mine.id, theirs.id],
          summary: `${source} reports ${position.holder} at ${theirs.polarity} on ${position.issue}, ${entry.attribution} at ${mine.polarity}`,
        });
      }
    },
  };
}
