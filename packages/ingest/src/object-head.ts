/**
 * The head noun of a verb's object, for cues that hold only with certain
 * objects: "signed the grain deal" signs an agreement, "signed a letter"
 * does not.
 *
 * @since 0.1.0
 */
import { POSSESSIVE_PRONOUNS, type Token } from './nlp.js';

// Words of a noun phrase before its head: "the", "a new", "the 2026 grain".
const MODIFIERS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART']);
const MAX_OBJECT = 6;

/**
 * Whether the noun phrase right after token `from` (before `to`) is headed
 * by one of `heads` (by lemma or form): the last noun of its first run of
 * determiners, adjectives and nouns ("a coalition agreement on Monday":
 * "agreement"; "the memorandum of understanding": "memorandum").
 *
 * @example
 * import { objectHeadedBy } from './object-head.js'
 * import { tokenize } from './nlp.js'
 * const heads = new Set(['agreement', 'deal'])
 * const read = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   return objectHeadedBy(tokens, tokens.findIndex((t) => t.text === 'signed') + 1, tokens.length, heads)
 * }
 * assert.strictEqual(read('Both parties signed a coalition agreement on Monday.'), true)
 * assert.strictEqual(read('Kyiv signed the grain deal.'), true)
 * assert.strictEqual(read('The minister signed a letter.'), false)
 * assert.strictEqual(read('The board signed off on nothing.'), false)
 * @category rules
 * @since 0.1.0
 * @internal
 */
export function objectHeadedBy(tokens: ReadonlyArray<Token>, from: number, to: number, heads: ReadonlySet<string>): boolean {
  let head: Token | undefined;
  for (let k = from; k < to && k < from + MAX_OBJECT; k++) {
    const t = tokens[k]!;
    // "unveiled its pension reform": a possessive pronoun opens the object as an article does.
    if (!MODIFIERS.has(t.pos) && !(k === from && POSSESSIVE_PRONOUNS.has(t.norm))) break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = t;
  }
  return head !== undefined && (heads.has(head.lemma) || heads.has(head.norm));
}

/**
 * Whether a verb ending at `from` has no object after it: the clause ends,
 * or a conjunction, "only" or a condition follows ("refused to sign.",
 * "would sign only if ...", "refused to sign and walked out").
 *
 * @example
 * import { objectLeftOut } from './object-head.js'
 * import { tokenize } from './nlp.js'
 * const after = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   return objectLeftOut(tokens, tokens.findIndex((t) => t.lemma === 'sign') + 1, tokens.length)
 * }
 * assert.ok(after('Moscow refused to sign.'))
 * assert.ok(after('Moscow would sign only if sanctions were lifted.'))
 * assert.ok(after('The truce was signed by Moscow.'))
 * assert.ok(!after('Moscow refused to sign the deal.'))
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function objectLeftOut(tokens: ReadonlyArray<Token>, from: number, to: number): boolean {
  if (from >= to) return true;
  const t = tokens[from]!;
  // "The deal was signed by Kyiv": a passive's object is its subject, before it.
  return t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.norm === 'only' || t.norm === 'unless' || t.norm === 'if' || t.norm === 'by';
}
