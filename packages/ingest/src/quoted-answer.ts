/**
 * A quoted "no" given as the answer on an issue the sentence opens with:
 * `On the wealth tax, the Greens said: "Not with us."`, `Asked about the
 * ceasefire, Peskov said "no"`. The quote names no issue, so only the
 * frame before it says what was refused.
 *
 * @since 0.1.0
 */
import type { Token } from './nlp.js';
import type { PhraseMatch } from './phrase-matcher.js';
import type { IssueSense } from './lexicon.js';
import type { SentenceContext } from './sentence-context.js';

// Words that open a sentence on its topic: "On the rent cap,", "Asked about
// X,", "As for X,", "When it comes to X,". Each is a list of word forms.
const TOPIC_OPENERS: ReadonlyArray<ReadonlyArray<string>> = [
  ['on'], ['asked', 'about'], ['asked', 'on'], ['asked', 'over'], ['pressed', 'on'], ['pressed', 'about'], ['questioned', 'about'],
  ['questioned', 'on'], ['as', 'for'], ['as', 'to'], ['regarding'], ['concerning'], ['when', 'it', 'comes', 'to'],
];

const OPENING_WORDS = new Set(TOPIC_OPENERS.map((o) => o[0]!));

// The whole answer, word by word: optional words that only stress it, a
// negator, and optional words that keep it a plain refusal. Anything else
// ("no comment", "not yet", "no decision has been taken") is no such answer.
const STRESS = new Set(['absolutely', 'certainly', 'definitely', 'simply', 'just', 'flatly', 'emphatically', 'frankly', 'oh', 'well', 'and']);
const NEGATORS = new Set(['no', 'nope', 'never', 'not']);
const TAILS: ReadonlyArray<ReadonlyArray<string>> = [
  ['with', 'us'], ['from', 'us'], ['for', 'us'], ['on', 'our', 'watch'], ['under', 'any', 'circumstances'], ['in', 'any', 'form'],
  ['at', 'any', 'price'], ['at', 'all'], ['whatsoever'], ['ever'], ['way'], ['chance'], ['a', 'chance'],
];

function startsWith(words: ReadonlyArray<string>, at: number, phrase: ReadonlyArray<string>): boolean {
  return phrase.every((w, i) => words[at + i] === w);
}

/**
 * Whether quoted words are a plain refusal and nothing more: "No.",
 * "Absolutely not.", "Not with us.", "No, no, never.", "Not a chance."
 *
 * @example
 * import { isRefusalAnswer } from './quoted-answer.js'
 * import { tokenize } from './nlp.js'
 * const refuses = (text: string) => isRefusalAnswer(tokenize(text, 0).tokens)
 * assert.ok(refuses('Not with us.'))
 * assert.ok(refuses('No.'))
 * assert.ok(refuses('No, no, never!'))
 * assert.ok(!refuses('No comment.'))
 * assert.ok(!refuses('Not yet.'))
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function isRefusalAnswer(tokens: ReadonlyArray<Token>): boolean {
  // wink keeps the full stop of a lone "No." in its token.
  const words = tokens.filter((t) => /\w/.test(t.text)).map((t) => t.norm.replace(/\.$/, ''));
  let k = 0;
  while (k < words.length && STRESS.has(words[k]!)) k++;
  if (k >= words.length || !NEGATORS.has(words[k]!)) return false;
  while (k < words.length && (NEGATORS.has(words[k]!) || STRESS.has(words[k]!))) k++;
  if (k === words.length) return true;
  const tail = TAILS.find((t) => startsWith(words, k, t));
  return tail !== undefined && k + tail.length === words.length;
}

// The answer is all that is said: the sentence ends with the quote, or the
// quote ends with a full stop of its own (wink leaves '"No." Labour agreed.'
// one sentence).
function answerEnds(ctx: SentenceContext, start: number, end: number): boolean {
  const rest = ctx.tokens.slice(end, ctx.to);
  if (rest.every((t) => t.pos === 'PUNCT')) return true;
  const said = ctx.tokens.slice(start, end).filter((t) => /\w|[.!?]/.test(t.text));
  return said.length > 0 && /[.!?]$/.test(said[said.length - 1]!.text);
}

/**
 * The issue a sentence opens with as its topic, when what follows is a
 * quoted plain refusal, all that is said to the end of the sentence: the issue refused
 * and the index of the quote's first word (whose speaker holds the
 * refusal). The issue must lie in the opening phrase, before its comma,
 * and outside the quote; undefined otherwise ("On Monday, ...", a quote
 * that says more than "no", or a refusal followed by other words).
 *
 * @example
 * import { DEFAULT_LEXICON, compileLexicon } from '@stancelog/ingest'
 * import { quotedRefusal } from './quoted-answer.js'
 * import { matchAll } from './phrase-matcher.js'
 * import { tokenize } from './nlp.js'
 * const lexicon = compileLexicon(DEFAULT_LEXICON)
 * const read = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   const n = tokens.length
 *   let open = false
 *   const quoted = tokens.map((t) => (t.text === '"' ? ((open = !open), true) : open))
 *   const ctx = { tokens, from: 0, to: n, actors: [], issues: matchAll(lexicon.matcher, tokens, 0, n), cues: [], quoted, speakers: [] }
 *   return quotedRefusal(ctx)?.issue.pattern.value.issue
 * }
 * assert.strictEqual(read('Asked about the ceasefire, Peskov said "no".'), 'ceasefire')
 * assert.strictEqual(read('Asked about the ceasefire, Peskov said "no comment".'), undefined)
 * assert.strictEqual(read('Peskov said "no" on Monday.'), undefined)
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function quotedRefusal(ctx: SentenceContext): { issue: PhraseMatch<IssueSense>; answerAt: number } | undefined {
  // Most sentences open otherwise: decided on their first word, with no copy.
  if (!OPENING_WORDS.has(ctx.tokens[ctx.from]!.norm)) return undefined;
  const words = ctx.tokens.slice(ctx.from, ctx.to).map((t) => t.norm);
  const opener = TOPIC_OPENERS.find((o) => startsWith(words, 0, o));
  if (!opener || ctx.quoted[0]) return undefined;
  const comma = words.indexOf(',');
  if (comma < 0) return undefined;
  const frameEnd = ctx.from + comma;
  const issues = ctx.issues.filter((i) => i.from >= ctx.from + opener.length && i.to <= frameEnd && !ctx.quoted[i.from - ctx.from]);
  // One issue only: "On the truce and the sanctions, ... 'no'" could refuse either.
  if (new Set(issues.map((i) => i.pattern.value.issue)).size !== 1) return undefined;
  // The quote: the first run of quoted words after the opening phrase.
  let start = frameEnd + 1;
  while (start < ctx.to && !ctx.quoted[start - ctx.from]) start++;
  let end = start;
  while (end < ctx.to && ctx.quoted[end - ctx.from]) end++;
  if (start >= ctx.to || !answerEnds(ctx, start, end)) return undefined;
  const answer = ctx.tokens.slice(start, end);
  if (!isRefusalAnswer(answer)) return undefined;
  const answerAt = start + answer.findIndex((t) => /\w/.test(t.text));
  return { issue: issues[0]!, answerAt };
}

const SEPARATORS = new Set([',', ':', ';', '-', '–', '—']);

/**
 * Whether the quoted words after an issue, to the end of its quote, are a
 * separator and a plain refusal: `"A wealth tax: not with us," the Greens
 * said`, `"The rent cap - never."` (the issue named as the topic, then
 * refused), not `"A rent cap, no doubt, would help"`.
 *
 * @example
 * import { refusedAfter } from './quoted-answer.js'
 * import { tokenize } from './nlp.js'
 * const read = (text: string, issueWord: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   let open = false
 *   const quoted = tokens.map((t) => (t.text === '"' ? ((open = !open), true) : open))
 *   const ctx = { tokens, from: 0, to: tokens.length, actors: [], issues: [], cues: [], quoted, speakers: [] }
 *   return refusedAfter(ctx, tokens.findIndex((t) => t.text === issueWord) + 1)
 * }
 * assert.ok(read('"A wealth tax: not with us," the Greens said.', 'tax'))
 * assert.ok(!read('"A wealth tax, no doubt, would help," the Greens said.', 'tax'))
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function refusedAfter(ctx: SentenceContext, issueTo: number): boolean {
  if (issueTo >= ctx.to || !SEPARATORS.has(ctx.tokens[issueTo]!.norm) || !ctx.quoted[issueTo - ctx.from]) return false;
  let end = issueTo + 1;
  // The quote ends at its closing mark, or where the quoted words end.
  while (end < ctx.to && ctx.quoted[end - ctx.from] && !/^["“”«»]$/.test(ctx.tokens[end]!.text)) end++;
  return end > issueTo + 1 && isRefusalAnswer(ctx.tokens.slice(issueTo + 1, end));
}
