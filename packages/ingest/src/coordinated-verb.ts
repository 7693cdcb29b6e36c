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
import type { Token } from './nlp.js';
import type { SentenceContext } from './sentence-context.js';

/**
 * The lemmas of the verbs of hoping, fearing and believing: their clause is
 * what the verb's subject thinks, not what the clause's subject does ("Berlin
 * hopes Moscow will accept X" is no stance of Moscow's), and a verb after
 * "and" that the clause's modal cannot govern is the thinker's second verb
 * ("hopes Moscow will accept X and rejects Y"). One list for both readings,
 * where each kept its own (a leftover of stop 52).
 *
 * @example
 * import { THINKING_VERBS } from './coordinated-verb.js'
 * assert.ok(THINKING_VERBS.has('hope') && THINKING_VERBS.has('fear') && !THINKING_VERBS.has('say'))
 * @category attribution
 * @since 0.1.0
 * @internal
 */
export const THINKING_VERBS: ReadonlySet<string> = new Set(['hope', 'fear', 'believe', 'expect', 'doubt', 'think', 'suspect', 'predict', 'worry', 'assume', 'guess', 'reckon', 'wish', 'bet', 'anticipate', 'imagine', 'trust', 'forecast']);

const MODALS = new Set(['would', 'will', 'could', 'can', 'should', 'shall', 'may', 'might', 'must', "'d", "'ll"]);
// "would have accepted X and signed Y": the participle shares "would have".
const PERFECT_OR_PASSIVE = new Set(['have', 'has', 'had', 'be', 'been']);

/**
 * The form of a verb as the tagger gave it: `ing` (a participle or gerund),
 * `base` (its norm is its lemma), `s` (the third person of the present),
 * else `past`. Two verbs joined by "and" share a subject or a modal when
 * their forms agree ("hopes ... and rejects", "hoped ... and rejected").
 *
 * @example
 * import { verbForm } from './coordinated-verb.js'
 * const t = (norm: string, lemma: string) => ({ norm, lemma })
 * assert.deepStrictEqual([t('rejecting', 'reject'), t('reject', 'reject'), t('rejects', 'reject'), t('rejected', 'reject')].map(verbForm), ['ing', 'base', 's', 'past'])
 * @category attribution
 * @since 0.1.0
 * @internal
 */
export function verbForm(t: Pick<Token, 'norm' | 'lemma'>): 'ing' | 'base' | 's' | 'past' {
  return t.norm.endsWith('ing') ? 'ing' : t.norm === t.lemma ? 'base' : t.norm.endsWith('s') ? 's' : 'past';
}

/**
 * Where to look for the subject of the verb at token `at` (or of the verb
 * right before it, "expressed hope"), when it is a verb in the past after
 * "and" and the clause it follows, opened by "that" after `floor`, has a
 * modal before a verb in the base form: the position of that "that", the
 * subject being the one of the verb before it; the same for a verb in the
 * past or the present ("Berlin hopes Moscow will accept X and rejects Y")
 * after such a clause with no "that", governed by a verb of its own form:
 * the position of the clause's subject; or, after an infinitive
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
 * // A verb in the present or the past after a clause with no "that": the subject of the verb of its form before it.
 * assert.strictEqual(at('Berlin hopes Moscow will accept a truce and rejects a land swap.', 'rejects'), 2)
 * assert.strictEqual(at('Berlin hoped Moscow would accept a truce and rejected a land swap.', 'rejected'), 2)
 * assert.strictEqual(at('Berlin hopes Moscow accepts a truce and rejects a land swap.', 'rejects'), undefined)
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
  if (v.pos !== 'VERB' || v.norm === v.lemma || v.norm.endsWith('ing')) return undefined;
  if (verb - 1 <= floor || !/^(?:and|but)$/.test(ctx.tokens[verb - 1]!.norm)) return undefined;
  // "Berlin hopes Moscow will accept X and rejects Y": a verb in the present cannot share "will" either; it goes on
  // the verb of its own form that governs the clause (a review, stop 51).
  if (v.norm.endsWith('s')) return bareClauseStart(ctx, verb, floor);
  return thatClauseStart(ctx, verb, floor) ?? bareClauseStart(ctx, verb, floor) ?? infinitiveGovernor(ctx, verb, floor);
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

// "Berlin hopes Moscow will accept X and rejects Y", "hoped Moscow would accept X and rejected Y": the clause with a
// modal before a verb in the base form, its subject a few words of a noun phrase, governed with no "that" (or with
// one) by a verb of the same form as the verb after "and": the position of that subject (or "that").
function bareClauseStart(ctx: SentenceContext, verb: number, floor: number): number | undefined {
  let k = verb - 2;
  if (k > floor && ctx.tokens[k]!.norm === ',') k--;
  for (; k > floor && !MODALS.has(ctx.tokens[k]!.norm); k--) if (ctx.tokens[k]!.pos === 'PUNCT' || ctx.tokens[k]!.norm === 'and') return undefined;
  if (k <= floor) return undefined;
  let j = k + 1;
  while (j < verb && (ctx.tokens[j]!.pos === 'ADV' || ctx.tokens[j]!.norm === 'not' || ctx.tokens[j]!.norm === "n't")) j++;
  const base = ctx.tokens[j]!;
  if (PERFECT_OR_PASSIVE.has(base.norm) || base.pos !== 'VERB' || base.norm !== base.lemma) return undefined;
  // Back over the modal's subject ("Moscow", "the union", "the Kremlin's negotiators") to what governs it.
  let s = k - 1;
  while (s > floor && s >= k - 6 && SUBJECT_WORDS.has(ctx.tokens[s]!.pos) && !governingNoun(ctx.tokens[s]!)) s--;
  if (s === k - 1) return undefined;
  const start = s + 1;
  if (ctx.tokens[s]!.norm === 'that' && ctx.tokens[s]!.pos === 'SCONJ') s--;
  const g = ctx.tokens[s]!;
  const v = ctx.tokens[verb]!;
  // Of the verb's own form ("hopes ... and rejects"): `v`, after "and", is one in the present or the past.
  if (s < floor || (g.pos !== 'VERB' && !governingNoun(g)) || verbForm(g) !== verbForm(v)) return undefined;
  return start;
}
const SUBJECT_WORDS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'PRON', 'PART', 'NUM']);
// "Paris fears the union will ...": the tagger reads an inflected verb of thinking or saying as a plural noun.
const governingNoun = (t: { pos: string; norm: string; lemma: string }) => t.pos === 'NOUN' && t.norm !== t.lemma && GOVERNING_VERBS.has(t.lemma);
// The verbs of thinking, and the verbs of saying that govern a clause as they do.
const GOVERNING_VERBS: ReadonlySet<string> = new Set([...THINKING_VERBS, 'say', 'insist', 'claim']);

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
