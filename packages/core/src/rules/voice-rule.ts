/**
 * What `conflicting-reports` and `self-contradiction` share: for each holder
 * x issue, the latest stance from each of several voices (sources or
 * speakers), and the pairs of voices currently in conflict. A new stance is
 * compared with the other voices' latest ones; agreement resolves a conflict,
 * disagreement within the time window opens one. Statements are compared in
 * the order of their valid times, whatever the order the log learnt them
 * in: a statement read late that may open or end a conflict derives the
 * rule's records on its holder x issue anew.
 *
 * This module assembles the rule from the engine's parts: the spec
 * (`voice-spec.ts`), the book kept on each position (`voice-book.ts`),
 * filing stances into it (`voice-filing.ts`), reading a statement in order
 * (`voice-conflicts.ts`) and one read late (`voice-derivation.ts`).
 *
 * @since 0.1.0
 */
import type { ContradictionRule } from '../contradictions.js';
import { effectivePolarity, historyIndexOf, sameEntry } from '../positions.js';
import { emptyBook, raiseNewest } from './voice-book.js';
import type { VoiceBook } from './voice-book.js';
import { readLatest } from './voice-conflicts.js';
import { deriveFrom, mayMatter } from './voice-derivation.js';
import { catchUp } from './voice-filing.js';
import { termsOf } from './voice-spec.js';
import type { VoiceRuleSpec } from './voice-spec.js';

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
export function voiceRule(spec: VoiceRuleSpec): ContradictionRule<undefined, VoiceBook> {
  const terms = termsOf(spec);
  return {
    type: spec.type,
    version: spec.version,
    initial: () => undefined,
    // The book lives on the position: a statement costs no lookup by issue and holder.
    initialSlot: emptyBook,
    onStatement: (ctx, _state, entry, position, book) => {
      const voice = spec.voiceOf(entry);
      if (voice === undefined) return;
      const history = position.history;
      const end = history.length - 1;
      if (sameEntry(history[end]!, entry)) return readLatest(terms, ctx, entry, voice, position, book, history, end);
      // Read late, older than the latest statement (rare: an archive read
      // backwards, a late article): found as reading in the order of valid
      // times finds it. Most such statements can open and resolve nothing,
      // and only change what their voice's stances are.
      raiseNewest(book, effectivePolarity(entry), entry.validFrom, voice);
      // What waits is the tail of the history without it: filed now, before it joins `voices` in its place.
      if (book.pending > 0) catchUp(terms, book, history, history.length, entry);
      const at = historyIndexOf(history, entry);
      if (at >= 0 && mayMatter(terms, ctx, history, at, voice, position, book)) deriveFrom(terms, ctx, position, book, history, at);
      else (book.stale ??= new Set()).add(voice);
    },
  };
}
