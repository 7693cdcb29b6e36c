/**
 * Clauses embedded in the object of a cue: a relative clause ("rejected a
 * plan that would require Ukraine to cede territory", "any deal which
 * requires it to give up land", "an arrangement under which ...") or the
 * complement of a noun ("wants guarantees that Ukraine will never join
 * NATO"). What such a clause says describes the thing the cue takes a
 * stance on: a cue inside it is nobody's stance, neither the outer
 * subject's nor the clause's own subject's, and its words count only as
 * part of the outer cue's object.
 *
 * @since 0.1.0
 */
import { CLAUSE_BREAKS, type CueRule } from './cue-rules.js';
import { insideAny, type SentenceContext } from './sentence-context.js';
import type { PhraseMatch } from './phrase-matcher.js';

type CueMatch = PhraseMatch<CueRule>;

// Words opening a relative clause or a noun's complement.
const RELATIVE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose']);
// "a deal under which", "a format in which": a preposition before "which".
const PREPOSED_RELATIVES = new Set(['which', 'whom']);
// Words a noun phrase in a verb's object may hold ("any deal", "calls for a plan with Moscow").
const OBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'CCONJ', 'PART']);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your', "'s", "'"]);
// Nouns of time that may stand between a verb and its own "that" clause ("demanded on Monday that ...").
const TIME_WORDS =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|january|february|march|april|may|june|july|august|september|october|november|december|day|week|weekend|month|year|time|today|yesterday|tonight|morning|afternoon|evening|night|hour|moment)$/;

/**
 * The relative word (or the preposition before it) that opens the
 * embedded clause a cue stands in, when that clause hangs on a noun in the
 * object of another cue of the sentence; undefined otherwise. A clause on
 * an actor ("talks with Kyiv, which wants X", "Russia, which rejected the
 * plan"), on a noun no cue governs ("the plan that Russia rejected"), and
 * the complement of the verb itself ("demanded (on Monday) that Ukraine
 * withdraw") or of a cue noun ("Russian demands that Kyiv withdraw", read
 * as a demand of that clause) are not embedded.
 *
 * @example
 * import { CUE_RULES } from '@stancelog/ingest'
 * import { embeddingOpener } from './embedded-clause.js'
 * import { compilePatterns, matchAll } from './phrase-matcher.js'
 * import { tokenize } from './nlp.js'
 * const cuesOf = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   const cues = matchAll(compilePatterns(CUE_RULES.map((c) => ({ source: c.phrase, value: c }))), tokens, 0, tokens.length)
 *   const ctx = { tokens, from: 0, to: tokens.length, actors: [], issues: [], cues, quoted: [], speakers: [] }
 *   return cues.map((c) => [c.pattern.value.id, embeddingOpener(ctx, c) !== undefined])
 * }
 * assert.deepStrictEqual(cuesOf('Moscow rejected a plan that would require Kyiv to cede land.'), [['reject.verb', false], ['demand.require', true]])
 * assert.deepStrictEqual(cuesOf('Moscow demanded that Kyiv cede land.'), [['demand.verb', false]])
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function embeddingOpener(ctx: SentenceContext, cue: CueMatch): number | undefined {
  const { tokens } = ctx;
  for (let r = cue.from - 1; r > ctx.from; r--) {
    const t = tokens[r]!;
    if (RELATIVE_WORDS.has(t.norm)) {
      const opener = PREPOSED_RELATIVES.has(t.norm) && tokens[r - 1]!.pos === 'ADP' ? r - 1 : r;
      const verb = opener > ctx.from ? governingCue(ctx, cue, opener) : undefined;
      if (verb !== undefined) return endedBefore(ctx, verb, opener, cue) ? undefined : opener;
    }
    // Another clause ("but", "while", ";"), or a relative clause that is not embedded, ends the search.
    if (CLAUSE_BREAKS.has(t.norm)) return undefined;
    // So does a participle set off by a comma: "dismissed reports that X, saying (that) any deal must Y" says Y.
    if (t.pos === 'VERB' && t.norm.endsWith('ing') && tokens[r - 1]!.norm === ',') return undefined;
  }
  return undefined;
}

/**
 * Whether a restrictive relative word at `r` ("any deal which requires
 * ...", "an arrangement under which ...", no comma before it) opens a
 * clause embedded in the object of a cue before it: the clause is then no
 * clause of its own, and the cue's object runs through it.
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function opensEmbeddedClause(ctx: SentenceContext, r: number): boolean {
  const { tokens } = ctx;
  // "allies who support X": a clause on people describes them, and stays a clause of its own.
  if (r <= ctx.from + 1 || !PREPOSED_RELATIVES.has(tokens[r]!.norm)) return false;
  const opener = tokens[r - 1]!.pos === 'ADP' ? r - 1 : r;
  return tokens[opener - 1]!.norm !== ',' && governingCue(ctx, undefined, opener) !== undefined;
}

// The form of a finite verb, to tell a verb coordinated with the governing
// cue ("rejected a truce that Kyiv proposed and demanded X") from one of the
// embedded clause ("any deal that requires X and rewards Y").
function verbForm(t: { norm: string; lemma: string }): 'base' | 'third' | 'past' | 'ing' {
  if (t.norm === t.lemma) return 'base';
  if (t.norm.endsWith('ing')) return 'ing';
  return t.norm.endsWith('s') ? 'third' : 'past';
}

// Whether the embedded clause opened at `opener` ends before `cue`: at "and"
// or a comma before a verb of the same form as the governing cue's.
function endedBefore(ctx: SentenceContext, verb: CueMatch, opener: number, cue: CueMatch): boolean {
  const { tokens } = ctx;
  const own = tokens.slice(verb.from, verb.to).find((t) => t.pos === 'VERB');
  if (!own) return false;
  for (let k = opener + 1; k < cue.to; k++) {
    if (tokens[k]!.norm !== 'and' && tokens[k]!.norm !== ',') continue;
    let j = k + 1;
    while (j < cue.to && tokens[j]!.pos === 'ADV') j++;
    if (j < cue.to && tokens[j]!.pos === 'VERB' && verbForm(tokens[j]!) === verbForm(own)) return true;
  }
  return false;
}

// The cue other than `cue`, before it, in whose object the word before
// `opener` (past one comma) heads a noun phrase.
function governingCue(ctx: SentenceContext, cue: CueMatch | undefined, opener: number): CueMatch | undefined {
  const { tokens } = ctx;
  let head = opener - 1;
  if (tokens[head]!.norm === ',' && head - 1 > ctx.from) head--;
  const h = tokens[head]!;
  const noun = h.pos === 'NOUN' || h.pos === 'PROPN' || insideAny(ctx.issues, head);
  if (!noun || TIME_WORDS.test(h.norm) || ctx.actors.some((m) => m.from <= head && head < m.to)) return undefined;
  // "rejected Russian demands that Kyiv withdraw ... before any X": the clause is the demand's own (see demandsClause).
  if (ctx.cues.some((c) => c.from <= head && head < c.to)) return undefined;
  // A retraction governs no clause: "have not abandoned the principle that weapons must be handed in" still demands it
  // (what is dropped with a clause of its own is read by the withdrawal phrases: "dropped its demand that ...").
  return ctx.cues.find((v) => v !== cue && v.to <= head && v.pattern.value.scope === 'right' && !v.pattern.value.order && v.pattern.value.kind !== 'retract' && objectReaches(ctx, v, head));
}

// Whether the words from the end of cue `v` to `head` are a noun phrase it
// governs: no verb (but a cue verb that `v` governs: "refused to accept any
// deal"), no clause break, and not a preposition right after a verb
// ("demanded in a statement that ...": an adjunct, not its object).
function objectReaches(ctx: SentenceContext, v: CueMatch, head: number): boolean {
  const { tokens } = ctx;
  const verbal = tokens.slice(v.from, v.to).some((t) => t.pos === 'VERB');
  if (verbal && v.to <= head && tokens[v.to]!.pos === 'ADP' && tokens[v.to]!.norm !== 'for') return false;
  for (let k = v.to; k < head; k++) {
    const t = tokens[k]!;
    if (CLAUSE_BREAKS.has(t.norm) || RELATIVE_WORDS.has(t.norm)) return false;
    if (insideAny(ctx.issues, k) || insideAny(ctx.actors, k) || POSSESSIVES.has(t.norm)) continue;
    if (t.norm === 'to' || ctx.cues.some((c) => c !== v && c.from <= k && k < c.to)) continue;
    if (!OBJECT_WORDS.has(t.pos) && !(t.pos === 'PRON' && k > v.to && tokens[k - 1]!.norm === 'to')) return false;
  }
  return true;
}
