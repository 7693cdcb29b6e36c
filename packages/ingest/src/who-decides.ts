/**
 * Who decides: "territorial questions must be settled only by Kyiv", "it
 * is up to Kyiv to decide on a truce", "a matter for Kyiv alone to
 * decide", "nothing about Ukraine without Ukraine". Such a sentence says
 * who is to take part in or decide the negotiation (a `decides` cue, whose
 * issue the lexicon names: `who-decides` in the default one), and takes
 * no side on the matter to be decided.
 *
 * @since 0.1.0
 */
import type { SentenceContext } from './sentence-context.js';

/**
 * A reading of a `decides` cue: the spans that name the matter to be
 * decided (their issues are no one's stance in that sentence), and whether
 * the cue insists beyond a plain demand ("exclusively", "solely", "must
 * be, and will be"), which makes it a red line.
 * @category rules
 * @since 0.1.0
 * @internal
 */
export interface Decision {
  readonly matter: ReadonlyArray<{ readonly from: number; readonly to: number }>;
  readonly firm: boolean;
}

// What may stand between the matter and the cue: "must be, and will be,"; "is"; "is a".
const CHAIN = new Set(['AUX', 'ADV', 'PART', 'DET']);
const CHAIN_WORDS = new Set([',', 'and', 'to']);
// Words inside a noun phrase that a tagger may read otherwise: "issues concerning Ukraine".
const NOUN_PHRASE_LINKS = new Set(['concerning', 'regarding', 'involving', 'including', 'about', 'over', 'of', 'on', 'in', 'for', 'with', "'s", '-']);
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
const MAX_MATTER = 12;
const FIRM_WORDS = new Set(['exclusively', 'solely']);
// A verb of deciding that ends the cue takes the matter as its object: "up to Kyiv to decide (on) X".
const DECIDING = new Set(['decide', 'determine', 'negotiate', 'discuss', 'settle', 'resolve', 'choose']);

/**
 * Reads the `decides` cue at `cue` in the clause `[from, to)`: undefined
 * when no actor of the register is the one said to decide ("settled only
 * by force", "up to the courts to decide"), so that the cue says nothing.
 * The matter is the noun phrase before the cue's verb and its auxiliaries,
 * and, when the cue ends in a verb of deciding, the rest of the clause
 * after it.
 *
 * @example
 * import { buildRegistry, compileLexicon, CUE_RULES, DEFAULT_LEXICON } from '@stancelog/ingest'
 * import { whoDecides } from './who-decides.js'
 * import { findActors } from './actor-registry.js'
 * import { compilePatterns, matchAll } from './phrase-matcher.js'
 * import { tokenize } from './nlp.js'
 * const cues = compilePatterns(CUE_RULES.filter((c) => c.decides).map((c) => ({ source: c.phrase, value: c })))
 * const read = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   const n = tokens.length
 *   const ctx = { tokens, from: 0, to: n, actors: findActors(buildRegistry(), tokens, 0, n), issues: matchAll(compileLexicon(DEFAULT_LEXICON).matcher, tokens, 0, n), cues: [], quoted: [], speakers: [] }
 *   const cue = matchAll(cues, tokens, 0, n)[0]!
 *   const d = whoDecides(ctx, cue, 0, n)
 *   return d && { matter: d.matter.map((m) => tokens.slice(m.from, m.to).map((t) => t.text).join(' ')).filter((m) => m !== ''), firm: d.firm }
 * }
 * assert.deepStrictEqual(read('Any territorial concessions must be settled solely by Kyiv.'), { matter: ['Any territorial concessions'], firm: true })
 * assert.deepStrictEqual(read('It is up to Kyiv to decide on a truce.'), { matter: ['It', 'on a truce .'], firm: false })
 * assert.strictEqual(read('The dispute must be settled only by peaceful means.'), undefined)
 * @category rules
 * @since 0.1.0
 * @internal
 */
export function whoDecides(ctx: SentenceContext, cue: { readonly from: number; readonly to: number }, from: number, to: number): Decision | undefined {
  // "only by Kyiv", "by Kyiv alone", "up to Kyiv to", "nothing about Ukraine without Ukraine".
  if (!ctx.actors.some((m) => m.titleFrom >= cue.from && m.titleFrom < Math.min(to, cue.to + 3))) return undefined;
  let k = cue.from - 1;
  while (k >= from && (CHAIN.has(ctx.tokens[k]!.pos) || CHAIN_WORDS.has(ctx.tokens[k]!.norm))) k--;
  const chainEnd = k + 1;
  while (k >= from && chainEnd - k <= MAX_MATTER && (NOUN_PHRASE.has(ctx.tokens[k]!.pos) || NOUN_PHRASE_LINKS.has(ctx.tokens[k]!.norm))) k--;
  const matter = [{ from: k + 1, to: chainEnd }];
  const last = ctx.tokens[cue.to - 1]!;
  if (DECIDING.has(last.lemma)) matter.push({ from: cue.to, to });
  const chain = ctx.tokens.slice(chainEnd, cue.to).map((t) => t.norm);
  const firm = chain.some((w) => FIRM_WORDS.has(w)) || (chain.includes('must') && chain.includes('will'));
  return { matter, firm };
}
