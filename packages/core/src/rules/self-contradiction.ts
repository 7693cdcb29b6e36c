/**
 * `self-contradiction`: two of the holder's own speakers take opposite
 * stances (`+` against `-`) on the same issue within `windowDays` of each
 * other. Resolved when the speakers come to agree.
 *
 * @since 0.1.0
 */
import type { ContradictionRule } from '../contradictions.js';
import { momentOf } from '../contradictions.js';
import { effectivePolarity } from '../positions.js';
import type { Polarity } from '../statement.js';

const DAY_MS = 86_400_000;

/**
 * The latest stance of each of a holder's speakers, per holder x issue.
 * @category rules
 * @since 0.1.0
 */
export interface SelfContradictionState {
  bySpeaker: Map<string, Map<string, { polarity: Polarity; id: string; time: number; label: string }>>;
}

/**
 * Options of the `self-contradiction` rule.
 * @category rules
 * @since 0.1.0
 */
export interface SelfContradictionOptions {
  /** How far apart (days) two speakers' statements may be and still count as the same period. Default 7. */
  readonly windowDays?: number;
}

/**
 * The `self-contradiction` rule.
 *
 * @example
 * import { selfContradictionRule } from '@stancelog/core'
 * assert.strictEqual(selfContradictionRule().type, 'self-contradiction')
 * @category rules
 * @since 0.1.0
 */
export function selfContradictionRule(options: SelfContradictionOptions = {}): ContradictionRule<SelfContradictionState> {
  const windowDays = options.windowDays ?? 7;
  const window = windowDays * DAY_MS;
  return {
    type: 'self-contradiction',
    version: `1:${windowDays}`,
    initial: () => ({ bySpeaker: new Map() }),
    onStatement: (ctx, state, entry, position) => {
      if (entry.attribution !== 'self' || entry.speaker === undefined) return;
      const key = `${position.holder}:${position.issue}`;
      let speakers = state.bySpeaker.get(key);
      if (!speakers) state.bySpeaker.set(key, (speakers = new Map()));
      const previous = speakers.get(entry.speaker);
      if (previous && entry.validFrom < previous.time) return;
      const mine = { polarity: effectivePolarity(entry), id: entry.id, time: entry.validFrom, label: momentOf(entry).label };
      speakers.set(entry.speaker, mine);
      for (const [speaker, theirs] of speakers) {
        if (speaker === entry.speaker) continue;
        const slotKey = `${key}:${speaker < entry.speaker ? `${speaker}|${entry.speaker}` : `${entry.speaker}|${speaker}`}`;
        if (mine.polarity === theirs.polarity) {
          ctx.resolve('self-contradiction', slotKey, momentOf(entry));
          continue;
        }
        if (mine.polarity === '0' || theirs.polarity === '0' || Math.abs(mine.time - theirs.time) > window) continue;
        const later = mine.time >= theirs.time ? mine : theirs;
        ctx.open({
          type: 'self-contradiction',
          key: slotKey,
          issues: [position.issue],
          actors: [position.holder],
          since: { time: later.time, label: later.label },
          statements: theirs.time <= mine.time ? [theirs.id, mine.id] : [mine.id, theirs.id],
          summary: `${speaker} (${theirs.polarity}) and ${entry.speaker} (${mine.polarity}) both speak for ${position.holder} on ${position.issue}`,
        });
      }
    },
  };
}
