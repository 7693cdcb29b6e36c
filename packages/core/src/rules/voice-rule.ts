/**
 * What `conflicting-reports` and `self-contradiction` share: for each holder
 * x issue, the latest stance from each of several voices (sources or
 * speakers), and the pairs of voices currently in conflict. A new stance is
 * compared with the other voices' latest ones; agreement resolves a conflict,
 * disagreement within the time window opens one, and a statement the spec
 * says settles (`VoiceRuleSpec.settles`) resolves the conflicts of the other
 * voices stated before it (and, with `settlesOwnVoice`, those of its own
 * voice). Statements are compared in
 * the order of their valid times, whatever the order the log learnt them
 * in: a statement read late has its holder x issue read anew, in that
 * order, once the batch is read (`voice-derivation.ts`).
 *
 * This module assembles the rule from the engine's parts: the spec
 * (`voice-spec.ts`), the book kept on each position (`voice-book.ts`),
 * filing stances into it (`voice-filing.ts`), reading a statement in order
 * (`voice-conflicts.ts`) and one read late (`voice-derivation.ts`).
 *
 * @since 0.1.0
 */
import type { ContradictionRule } from '../contradiction-rule.js';
import { dropEmptyLedger } from '../contradictions.js';
import { getPosition } from '../positions.js';
import { sameEntry } from '../stance-entry.js';
import { emptyBook } from './voice-book.js';
import type { VoiceBook } from './voice-book.js';
import { readLatest } from './voice-conflicts.js';
import { readAnew } from './voice-derivation.js';
import { termsOf } from './voice-spec.js';
import type { VoiceRuleSpec } from './voice-spec.js';

/**
 * The state of a rule built by {@link voiceRule}: the positions to read
 * anew once the batch is read. Its books on the
 * positions hold the rest.
 * @example
 * import { analysis, conflictingReportsRule, contradictionList, fold, openMemoryStore, readAll, statementMade } from '@stancelog/core'
 * import type { VoiceRuleState } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', speaker: { name: 'Donald Trump', actor: 'united-states' }, statedAt: '2025-03-19', source: { quote: 'Putin agreed to a truce', publisher: 'Wire' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', speaker: { name: 'Yuri Ushakov', actor: 'russia' }, statedAt: '2025-03-18', source: { quote: 'no general truce', publisher: 'Daily' } }),
 * ])
 * const f = fold(analysis({ rules: [conflictingReportsRule()] }))
 * f.pushAll(await readAll(store))
 * // The refusal, read late, is weighed when the fold is done: the conflict is found, and nothing is left pending.
 * const state = f.done()
 * assert.deepStrictEqual(contradictionList(state).map((c) => [c.type, c.since]), [['conflicting-reports', '2025-03-19']])
 * assert.strictEqual((state.rules.get('conflicting-reports') as VoiceRuleState).pending, undefined)
 * @category rules
 * @since 0.1.0
 */
export interface VoiceRuleState {
  /**
   * The positions (by position key) to read anew once the batch is read: a
   * statement older than their latest was read there. Absent in a
   * snapshot, which is settled: none.
   */
  pending?: Map<string, PendingVoices> | undefined;
}

/**
 * A position a voice rule is to read anew once the batch is read (see
 * {@link VoiceRuleState}): its holder, its issue, and where the rule's book
 * sits in its slots.
 * @example
 * import type { PendingVoices } from '@stancelog/core'
 * const pending: PendingVoices = { holder: 'russia', issue: 'ceasefire', slot: 0 }
 * assert.strictEqual(pending.slot, 0)
 * @category rules
 * @since 0.1.0
 */
export interface PendingVoices {
  readonly holder: string;
  readonly issue: string;
  /** Where the rule's book sits in the position's `slots`. */
  readonly slot: number;
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
export function voiceRule(spec: VoiceRuleSpec): ContradictionRule<VoiceRuleState, VoiceBook> {
  const terms = termsOf(spec);
  return {
    type: spec.type,
    version: spec.version,
    initial: () => ({}),
    // The book lives on the position: a statement costs no lookup by issue and holder.
    initialSlot: emptyBook,
    onStatement: (ctx, state, entry, position, book) => {
      const voice = spec.voiceOf(entry);
      if (voice === undefined) return;
      // To be read anew once the batch is read: the statement is read with the others then.
      if (state.pending?.has(position.key) === true) return;
      const history = position.history;
      const end = history.length - 1;
      if (sameEntry(history[end]!, entry)) return readLatest(terms, ctx, entry, voice, position, book, history, end);
      // Read late, older than the latest statement (rare: an archive read
      // backwards, a late article): the position is read anew, in the order
      // of valid times, once the batch is read.
      (state.pending ??= new Map()).set(position.key, { holder: position.holder, issue: position.issue, slot: position.slots.indexOf(book) });
    },
    onSettle: (ctx, state) => {
      const pending = state.pending;
      if (pending === undefined) return;
      for (const marked of pending.values()) {
        const position = getPosition(ctx.positions, marked.holder, marked.issue)!;
        readAnew(terms, ctx, position, position.slots[marked.slot] as VoiceBook);
        // Records taken back to none leave no ledger behind, as a position that never had any has none.
        dropEmptyLedger(ctx.contradictions, marked.issue);
      }
      delete state.pending;
    },
  };
}
