/**
 * A verb in the past coordinated with a verb that governs a clause: in "He
 * added that Trump would press for a summit and expressed hope that ...",
 * "expressed" cannot share the "would" of "press", so it is "added"'s
 * second verb, and "He" its subject, not Trump. So in "Varga urged both
 * sides to return to talks and offered a conciliator": "offered" is
 * "urged"'s second verb.
 *
 * @since 0.1.0
 */
import type { SentenceContext } from './sentence-context.js';

const MODALS = new Set(['would', 'will', 'could', 'can', 'should', 'shall', 'may', 'might', 'must', "'d", "'ll"]);
// "would have accepted X and signed Y": the participle shares "would have".
const PERFECT_OR_PASSIVE = new Set(['have', 'has', 'had', 'be', 'been']);

/**
 * Where to look for the subject of the verb at token `at` (or of the verb
 * right before it, "expressed hope"), when it is a verb in the past after
 * "and" and the clause it follows, opened by "that" after `floor`, has a
 * modal before a verb in the base form: the position of that "that", the
 * subject being the one of the verb before it; or, after an infinitive
 * that a verb in the past governs ("urged Trump to press for X and
 * rejected Y"), the position of that verb. Undefined otherwise ("Kyiv
 * said that Moscow would attack and would not stop", "Moscow accepted and
 * signed").
 *
 * @example
 * import { governedClauseStart } from './coordinated-verb.js'
 * import { tokenize } from './nlp.js'
 * const at = (text: string, word: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   const ctx = { tokens, from: 0, to: tokens.length, actors: [], issues: [], cues: [], quoted: [], speakers: [] }
 *   return governedClauseStart(ctx, tokens.findIndex((t) => t.text === word), 0)
 * }
 * assert.strictEqual(at('Macron said that Trump would press for talks and rejected a delay.', 'rejected'), 2)
 * assert.strictEqual(at('Macron said that Trump would press for talks and reject a delay.', 'reject'), undefined)
 * assert.strictEqual(at('Macron said that Trump would have pressed for talks and rejected a delay.', 'rejected'), undefined)
 * // Or a verb in the past with an infinitive after its object: that verb's own subject.
 * assert.strictEqual(at('Macron urged Trump to press for talks and rejected a delay.', 'rejected'), 1)
 * @category attribution
 * @since 0.1.0
 * @internal
 */
export function governedClauseStart(ctx: SentenceContext, at: number, floor: number): number | undefined {
  let verb = at;
  if (verb - 1 > floor && ctx.tokens[verb - 1]!.pos === 'VERB') verb--;
  const v = ctx.tokens[verb]!;
  if (v.pos !== 'VERB' || v.norm === v.lemma || v.norm.endsWith('ing') || v.norm.endsWith('s')) return undefined;
  if (verb - 1 <= floor || ctx.tokens[verb - 1]!.norm !== 'and') return undefined;
  return thatClauseStart(ctx, verb, floor) ?? infinitiveGovernor(ctx, verb, floor);
}

// "He added that Trump would press for a summit and expressed hope": the "that" of the clause with a modal.
function thatClauseStart(ctx: SentenceContext, verb: number, floor: number): number | undefined {
  let modal = false;
  for (let k = verb - 2; k > floor; k--) {
    const t = ctx.tokens[k]!;
    if (t.norm === 'that' && t.pos === 'SCONJ') return modal && ctx.tokens[k - 1]!.pos === 'VERB' ? k : undefined;
    if (!MODALS.has(t.norm)) continue;
    let j = k + 1;
    while (j < verb && (ctx.tokens[j]!.pos === 'ADV' || ctx.tokens[j]!.norm === 'not' || ctx.tokens[j]!.norm === "n't")) j++;
    const base = ctx.tokens[j]!;
    if (PERFECT_OR_PASSIVE.has(base.norm) || base.pos !== 'VERB' || base.norm !== base.lemma) return undefined;
    modal = true;
  }
  return undefined;
}

// "Varga urged both sides to return to talks and offered the conciliator": a verb in the past cannot go on the
// infinitive a verb in the past governs; it is that verb's second one, and the position of that verb is returned.
function infinitiveGovernor(ctx: SentenceContext, verb: number, floor: number): number | undefined {
  for (let k = verb - 2; k > floor; k--) {
    const t = ctx.tokens[k]!;
    if (t.norm === 'that' || t.pos === 'PUNCT') return undefined;
    const base = ctx.tokens[k + 1]!;
    if (t.norm !== 'to' || base.pos !== 'VERB' || base.norm !== base.lemma) continue;
    // The governing verb, its object between: "urged (both sides) to".
    for (let j = k - 1; j > floor && j >= k - 5; j--) {
      const g = ctx.tokens[j]!;
      if (g.pos === 'VERB') return g.norm !== g.lemma && !g.norm.endsWith('ing') && !g.norm.endsWith('s') ? j : undefined;
    }
    return undefined;
  }
  return undefined;
}
