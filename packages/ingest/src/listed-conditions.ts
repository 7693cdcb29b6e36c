/**
 * What is set "as preconditions for" a thing: the noun phrase, or list of
 * noun phrases, right before "as" ("Moscow set a halt to arms deliveries
 * and the lifting of sanctions as preconditions for a ceasefire"), not
 * every issue the clause names before it ("Past ceasefire talks ended with
 * Russia making territorial demands as preconditions for a truce": the
 * talks are no precondition).
 *
 * @since 0.1.0
 */
import type { SentenceContext } from './sentence-context.js';
import { insideAny } from './sentence-context.js';

// Words of a noun phrase, and of a list of them.
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const LINKS = new Set(['of', 'to', 'on', 'from', 'in', "'s", '-', ',', 'and', 'or']);
const MAX_WORDS = 24;

/**
 * Where the noun phrases listed right before token `at` start, searching
 * back to `floor`: over the words of noun phrases, the prepositions inside
 * them ("a halt to arms deliveries", "the lifting of sanctions"), the
 * commas and "and" of a list, and lexicon issues whole; a verb ("making",
 * "set") or a clause's punctuation ends it. A gerund after a determiner
 * ("the lifting") is a noun.
 *
 * @example
 * import { compileLexicon, DEFAULT_LEXICON } from '@stancelog/ingest'
 * import { listStart } from './listed-conditions.js'
 * import { matchAll } from './phrase-matcher.js'
 * import { tokenize } from './nlp.js'
 * const listed = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   const ctx = { tokens, from: 0, to: tokens.length, actors: [], issues: matchAll(compileLexicon(DEFAULT_LEXICON).matcher, tokens, 0, tokens.length), cues: [], quoted: [], speakers: [] }
 *   const as = tokens.findIndex((t) => t.norm === 'as')
 *   return tokens.slice(listStart(ctx, as, 0), as).map((t) => t.text).join(' ')
 * }
 * assert.strictEqual(listed('Past ceasefire talks ended with Russia making territorial demands as preconditions for a truce.'), 'territorial demands')
 * assert.strictEqual(listed('Moscow set a halt to arms deliveries and the lifting of sanctions as preconditions for a truce.'), 'a halt to arms deliveries and the lifting of sanctions')
 * @category rules
 * @since 0.1.0
 * @internal
 */
export function listStart(ctx: SentenceContext, at: number, floor: number): number {
  let k = at - 1;
  while (k >= floor && at - k <= MAX_WORDS) {
    const t = ctx.tokens[k]!;
    const gerund = t.pos === 'VERB' && t.norm.endsWith('ing') && k > floor && ctx.tokens[k - 1]!.pos === 'DET';
    if (insideAny(ctx.issues, k) || NOUN_PHRASE.has(t.pos) || LINKS.has(t.norm) || gerund) k--;
    else break;
  }
  // A list does not start with a joint (", and").
  let start = k + 1;
  while (start < at && LINKS.has(ctx.tokens[start]!.norm) && !insideAny(ctx.issues, start)) start++;
  return start;
}
