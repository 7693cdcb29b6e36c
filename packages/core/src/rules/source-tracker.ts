/**
 * What `conflicting-reports` and `self-contradiction` share: for each holder
 * x issue, the latest stance from each of several voices (sources or
 * speakers), and the pairs of voices currently in conflict. A new stance is
 * compared with the other voices' latest ones; agreement resolves a conflict,
 * disagreement within the time window opens one.
 *
 * @since 0.1.0
 */
import type { ContradictionRule } from '../contradictions.js';
import { momentOf } from '../contradictions.js';
import { effectivePolarity } from '../positions.js';
import type { PositionState, StanceEntry } from '../positions.js';
import type { Polarity } from '../statement.js';

const DAY_MINUTES = 1440;

/**
 * One voice's latest stance.
 * @category rules
 * @since 0.1.0
 */
export interface VoiceStance {
  polarity: Polarity;
  id: string;
  time: number;
  label: string;
  reported: boolean;
}

/**
 * The voices of one holder x issue: each voice's stances of its latest day
 * (a voice can say two things on one day: "open to talks on territory, but
 * recognition is non-negotiable"), and the pairs of voices in conflict.
 * @category rules
 * @since 0.1.0
 */
export interface VoiceBook {
  voices: Map<string, VoiceStance[]>;
  conflicts: Set<string>;
}

/**
 * Voice books by issue, then holder.
 * @category rules
 * @since 0.1.0
 */
export interface VoiceTrackerState {
  byIssue: Map<string, Map<string, VoiceBook>>;
}

/**
 * How a voice rule reads statements.
 * @category rules
 * @since 0.1.0
 */
export interface VoiceRuleSpec {
  readonly type: string;
  readonly version: string;
  readonly windowDays: number;
  /** The voice a statement speaks with, or undefined when the rule ignores it. */
  readonly voiceOf: (entry: StanceEntry) => string | undefined;
  /** Whether two differing stances of two voices conflict. */
  readonly conflicting: (mine: VoiceStance, theirs: VoiceStance) => boolean;
  readonly summary: (position: PositionState, theirVoice: string, theirs: VoiceStance, myVoice: string, mine: VoiceStance) => string;
}

function pairOf(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

const dayOfTime = (time: number): number => Math.floor(time / DAY_MINUTES);

/** Whether some stance of one voice conflicts with some stance of the other. */
function clash(spec: VoiceRuleSpec, window: number, mine: ReadonlyArray<VoiceStance>, theirs: ReadonlyArray<VoiceStance>): boolean {
  for (const m of mine) {
    for (const t of theirs) {
      if (m.polarity !== t.polarity && Math.abs(m.time - t.time) <= window && spec.conflicting(m, t)) return true;
    }
  }
  return false;
}

/**
 * Builds a rule that compares the voices of each holder x issue.
 *
 * @example
 * import { voiceRule } from '@stancelog/core'
 * const rule = voiceRule({ type: 'speakers-disagree', version: '1', windowDays: 3,
 *   voiceOf: (e) => e.speaker, conflicting: (a, b) => a.polarity !== '0' && b.polarity !== '0',
 *   summary: (p, v1, _s1, v2) => `${v1} and ${v2} disagree for ${p.holder}` })
 * assert.strictEqual(rule.type, 'speakers-disagree')
 * @category rules
 * @since 0.1.0
 */
export function voiceRule(spec: VoiceRuleSpec): ContradictionRule<VoiceTrackerState> {
  const window = spec.windowDays * DAY_MINUTES;
  return {
    type: spec.type,
    version: spec.version,
    initial: () => ({ byIssue: new Map() }),
    onStatement: (ctx, state, entry, position) => {
      const voice = spec.voiceOf(entry);
      if (voice === undefined) return;
      let holders = state.byIssue.get(position.issue);
      if (!holders) state.byIssue.set(position.issue, (holders = new Map()));
      let book = holders.get(position.holder);
      if (!book) holders.set(position.holder, (book = { voices: new Map(), conflicts: new Set() }));
      const previous = book.voices.get(voice);
      const polarity = effectivePolarity(entry);
      let sameDay = false;
      if (previous !== undefined) {
        const latest = previous[previous.length - 1]!;
        const day = dayOfTime(entry.validFrom);
        const latestDay = dayOfTime(latest.time);
        if (day < latestDay) return;
        sameDay = day === latestDay;
        // The common case, a voice restating itself: nothing to compare anew
        // (updated in place, a plain loop: no allocation on the hot path).
        if (sameDay || previous.length === 1) {
          for (let i = 0; i < previous.length; i++) {
            const restated = previous[i]!;
            if (restated.polarity !== polarity) continue;
            restated.id = entry.id;
            if (entry.validFrom > restated.time) restated.time = entry.validFrom;
            if (entry.dated) restated.label = entry.label;
            return;
          }
        }
      }
      const mine: VoiceStance = { polarity, id: entry.id, time: entry.validFrom, label: entry.label, reported: !entry.firstHand };
      const stances = sameDay ? [...previous!, mine] : [mine];
      book.voices.set(voice, stances);
      const at = momentOf(entry);
      for (const pair of book.conflicts) {
        const [a, b] = pair.split('|') as [string, string];
        if (a !== voice && b !== voice) continue;
        if (!clash(spec, window, stances, book.voices.get(a === voice ? b : a) ?? [])) {
          book.conflicts.delete(pair);
          ctx.resolve(spec.type, position.issue, `${position.holder}:${pair}`, at);
        }
      }
      if (entry.kind === 'retract') return;
      for (const [other, theirStances] of book.voices) {
        if (other === voice) continue;
        for (const theirs of theirStances) {
          if (theirs.polarity === polarity || Math.abs(mine.time - theirs.time) > window || !spec.conflicting(mine, theirs)) continue;
          const pair = pairOf(voice, other);
          book.conflicts.add(pair);
          const later = mine.time >= theirs.time ? mine : theirs;
          ctx.open({
            type: spec.type,
            key: `${position.holder}:${pair}`,
            issues: [position.issue],
            actors: [position.holder],
            since: { time: later.time, label: later.label },
            statements: theirs.time <= mine.time ? [theirs.id, mine.id] : [mine.id, theirs.id],
            summary: spec.summary(position, other, theirs, voice, mine),
          });
        }
      }
    },
  };
}
