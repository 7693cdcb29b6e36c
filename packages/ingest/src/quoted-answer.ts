/**
 * A quoted "no", "not yet" or "yes" given as the answer on an issue the
 * sentence opens with: `On the wealth tax, the Greens said: "Not with
 * us."`, `Asked about the ceasefire, Peskov said "no"`. The quote names no
 * issue, so only the frame before it says what was answered.
 *
 * @since 0.1.0
 */
import type { Token } from './nlp.js';
import { QUOTATION_MARKS, type PhraseMatch } from './phrase-matcher.js';
import type { IssueSense } from './lexicon.js';
import type { SentenceContext } from './sentence-context.js';

// Words that open a sentence on its topic: "On the rent cap,", "Asked about
// X,", "As for X,", "When it comes to X,". Each is a list of word forms.
const TOPIC_OPENERS: ReadonlyArray<ReadonlyArray<string>> = [
  ['on'], ['asked', 'about'], ['asked', 'on'], ['asked', 'over'], ['pressed', 'on'], ['pressed', 'about'], ['questioned', 'about'],
  ['questioned', 'on'], ['as', 'for'], ['as', 'to'], ['regarding'], ['concerning'], ['when', 'it', 'comes', 'to'],
  // "Asked whether the government would impose a cooling-off period, she said: ...": the question's issue.
  ['asked', 'whether'], ['asked', 'if'], ['pressed', 'on', 'whether'],
];
// Openers of a question whose first issue is the one asked about ("Asked whether X would impose Y to stop Z": Y).
const QUESTION_OPENERS = new Set(['whether', 'if']);

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

/**
 * What a whole quoted answer states on the issue it answers: `reject` for
 * a plain refusal, `hedge` for an answer that puts it off without refusing
 * it ("Not yet.", "Maybe later.", "We'll see."), `support` for a plain yes
 * ("Yes.", "Of course.", "We agree."), which may end in a condition
 * ("Yes, if Kyiv withdraws."): `conditionAt` is then the index of its
 * marker in `tokens`.
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export interface QuotedAnswer {
  readonly kind: 'reject' | 'hedge' | 'support';
  readonly conditionAt?: number;
}

// Answers that leave the issue open for now: the same statement as "too
// early to say" or "not yet decided", which the lexicon reads as a hedge.
const HEDGES: ReadonlyArray<ReadonlyArray<string>> = [
  ['not', 'yet'], ['not', 'now'], ['not', 'for', 'now'], ['not', 'right', 'now'], ['not', 'at', 'this', 'stage'], ['not', 'at', 'this', 'point'],
  ['maybe', 'later'], ['perhaps', 'later'], ['maybe', 'one', 'day'], ['perhaps', 'one', 'day'], ['maybe'], ['perhaps'], ['later'],
  ['we', "'ll", 'see'], ['we', 'will', 'see'], ['we', 'shall', 'see'], ['let', "'s", 'see'], ['wait', 'and', 'see'], ['too', 'early', 'to', 'say'],
  // Declining to say now (a review of a port strike): "I am not going to speculate about that today", "a conversation for another day".
  ['i', 'am', 'not', 'going', 'to', 'speculate'], ['i', "'m", 'not', 'going', 'to', 'speculate'], ['we', 'are', 'not', 'going', 'to', 'speculate'],
  ['i', 'will', 'not', 'speculate'], ['i', 'won', "'t", 'speculate'], ['a', 'conversation', 'for', 'another', 'day'], ['a', 'question', 'for', 'another', 'day'],
  ['i', 'will', 'not', 'answer', 'hypothetical', 'questions'], ['i', 'do', 'not', 'answer', 'hypothetical', 'questions'], ['i', 'do', "n't", 'answer', 'hypothetical', 'questions'],
  // Every option kept (reviews of rent and budget talks): "Nothing is off the table", "Everything is still on the table".
  ['nothing', 'is', 'off', 'the', 'table'], ['nothing', "'s", 'off', 'the', 'table'], ['everything', 'is', 'on', 'the', 'table'], ['everything', 'is', 'still', 'on', 'the', 'table'],
  ['all', 'options', 'are', 'on', 'the', 'table'], ['nothing', 'is', 'excluded'], ['nothing', 'is', 'ruled', 'out'],
];
// Words a hedge may go on with and stay one: "... about that today", "... at this stage".
const HEDGE_STRESS = new Set([...STRESS, 'about', 'on', 'that', 'this', 'it', 'today', 'now', 'yet', 'at', 'stage', 'point', 'far', 'much', 'still']);
// A plain yes: "absolutely", "certainly" and "definitely" alone are one too.
const AFFIRMATIVES: ReadonlyArray<ReadonlyArray<string>> = [
  ['yes'], ['yeah'], ['yep'], ['absolutely'], ['certainly'], ['definitely'], ['of', 'course'], ['sure'], ['indeed'], ['gladly'],
  ['we', 'agree'], ['agreed'], ['by', 'all', 'means'], ['we', 'support', 'it'], ['we', 'are', 'in', 'favour'], ['we', "'re", 'in', 'favour'],
];
// Markers of a condition a yes may end with: "Yes, if ...", "Yes, provided that ...".
const CONDITIONS: ReadonlyArray<ReadonlyArray<string>> = [['if'], ['only', 'if'], ['provided', 'that'], ['provided'], ['as', 'long', 'as']];
// Words an answer opens with: "yes, but ..." and "no, not this year" are
// answers that go on in words no rule here reads.
const ANSWER_OPENERS = new Set(['yes', 'yeah', 'yep', 'no', 'never', 'not', 'maybe', 'perhaps']);

function answerWords(tokens: ReadonlyArray<Token>): { words: string[]; at: number[] } {
  const words: string[] = [];
  const at: number[] = [];
  tokens.forEach((t, i) => {
    if (!/\w/.test(t.text)) return;
    // wink keeps the full stop of a lone "No." in its token.
    words.push(t.norm.replace(/\.$/, ''));
    at.push(i);
  });
  return { words, at };
}

// Whether words[k..] is all phrases of `list` and stress words, at least one phrase.
function allOf(words: ReadonlyArray<string>, k: number, list: ReadonlyArray<ReadonlyArray<string>>, stress: ReadonlySet<string>): { matched: boolean; end: number } {
  let seen = false;
  while (k < words.length) {
    const phrase = [...list].sort((a, b) => b.length - a.length).find((p) => startsWith(words, k, p));
    if (phrase) {
      seen = true;
      k += phrase.length;
    } else if (stress.has(words[k]!)) k++;
    else break;
  }
  return { matched: seen, end: k };
}

const YES_STRESS = new Set([...STRESS].filter((w) => !AFFIRMATIVES.some((a) => a[0] === w)));

/**
 * What quoted words state as a whole answer, or undefined when they are
 * no such answer ("No comment.", "Yes, but not this year.").
 *
 * @example
 * import { readAnswer } from './quoted-answer.js'
 * import { tokenize } from './nlp.js'
 * const kind = (text: string) => readAnswer(tokenize(text, 0).tokens)?.kind
 * assert.strictEqual(kind('Not with us.'), 'reject')
 * assert.strictEqual(kind('Not yet.'), 'hedge')
 * assert.strictEqual(kind("We'll see."), 'hedge')
 * assert.strictEqual(kind('Yes, of course.'), 'support')
 * assert.strictEqual(kind('Yes, if they pay.'), 'support')
 * assert.strictEqual(kind('Yes, but not this year.'), undefined)
 * assert.strictEqual(kind('No comment.'), undefined)
 * assert.strictEqual(kind('Not while I am in office.'), 'reject')
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function readAnswer(tokens: ReadonlyArray<Token>): QuotedAnswer | undefined {
  if (isRefusalAnswer(tokens)) return { kind: 'reject' };
  const { words, at } = answerWords(tokens);
  if (words.length === 0) return undefined;
  // "Not while I am secretary-general.", "Not as long as we govern.", "Not under this government." (a review of
  // defence talks): refused for as long as the speaker has a say ("Not until ..." waits for something: not this).
  if (words[0] === 'not' && (words[1] === 'while' || words[1] === 'under' || (words[1] === 'as' && words[2] === 'long' && words[3] === 'as'))) return { kind: 'reject' };
  const hedge = allOf(words, 0, HEDGES, HEDGE_STRESS);
  if (hedge.matched && hedge.end === words.length) return { kind: 'hedge' };
  const yes = allOf(words, 0, AFFIRMATIVES, YES_STRESS);
  if (!yes.matched) return undefined;
  if (yes.end === words.length) return { kind: 'support' };
  const condition = CONDITIONS.find((c) => startsWith(words, yes.end, c));
  return condition ? { kind: 'support', conditionAt: at[yes.end]! } : undefined;
}

// Whether quoted words open as an answer does, a word set off by a comma or
// dash ("Yes, but ...", "No - not this year"; not "no doubt").
function opensAnswer(tokens: ReadonlyArray<Token>): boolean {
  const { words, at } = answerWords(tokens);
  let k = 0;
  while (k < words.length && STRESS.has(words[k]!)) k++;
  const next = tokens[at[k]! + 1];
  return k < words.length && ANSWER_OPENERS.has(words[k]!) && next !== undefined && SEPARATORS.has(next.norm);
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
 * quoted whole answer (see {@link readAnswer}), all that is said to the end
 * of the sentence: the issue answered, the index of the quote's first word
 * (whose speaker holds the answer) and the answer, and whether the opening
 * phrase is a question ("Asked whether X would ...", whose issues no one
 * holds but by the answer). The issue must lie in the opening phrase, before its comma,
 * and outside the quote; undefined otherwise ("On Monday, ...", a quote
 * that says more than "no", or a refusal followed by other words).
 *
 * @example
 * import { DEFAULT_LEXICON, compileLexicon } from '@stancelog/ingest'
 * import { quotedAnswer } from './quoted-answer.js'
 * import { matchAll } from './phrase-matcher.js'
 * import { tokenize } from './nlp.js'
 * const lexicon = compileLexicon(DEFAULT_LEXICON)
 * const read = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   const n = tokens.length
 *   let open = false
 *   const quoted = tokens.map((t) => (t.text === '"' ? ((open = !open), true) : open))
 *   const ctx = { tokens, from: 0, to: n, actors: [], issues: matchAll(lexicon.matcher, tokens, 0, n), cues: [], quoted, speakers: [] }
 *   const found = quotedAnswer(ctx)
 *   return found && `${found.answer.kind} ${found.issue.pattern.value.issue}`
 * }
 * assert.strictEqual(read('Asked about the ceasefire, Peskov said "no".'), 'reject ceasefire')
 * assert.strictEqual(read('Asked about the ceasefire, Peskov said "not yet".'), 'hedge ceasefire')
 * assert.strictEqual(read('Asked about the ceasefire, Peskov said "no comment".'), undefined)
 * assert.strictEqual(read('Peskov said "no" on Monday.'), undefined)
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function quotedAnswer(ctx: SentenceContext): { issue: PhraseMatch<IssueSense>; answerAt: number; answer: QuotedAnswer; question: boolean } | undefined {
  // Most sentences open otherwise: decided on their first words, with no copy.
  const from = OPENING_WORDS.has(ctx.tokens[ctx.from]!.norm) ? ctx.from : askedAfterName(ctx);
  if (from === undefined) return undefined;
  const words = ctx.tokens.slice(from, ctx.to).map((t) => t.norm);
  const opener = TOPIC_OPENERS.find((o) => startsWith(words, 0, o));
  if (!opener || ctx.quoted[from - ctx.from]) return undefined;
  const question = QUESTION_OPENERS.has(opener[opener.length - 1]!);
  // A question's frame ends at the first comma after the first issue it names: "Asked whether sugar beet growers, the
  // heaviest users, would be granted an exemption, she said ..." (a review of pesticide talks) asks of the exemption.
  const asked = question ? ctx.issues.find((i) => i.from >= from + opener.length && !ctx.quoted[i.from - ctx.from]) : undefined;
  const comma = asked === undefined ? words.indexOf(',') : words.indexOf(',', asked.to - from);
  if (comma < 0) return undefined;
  const frameEnd = from + comma;
  const named = ctx.issues.filter((i) => i.from >= from + opener.length && i.to <= frameEnd && !ctx.quoted[i.from - ctx.from]);
  // A question asks about the first issue it names; otherwise one issue only: "On the truce and the sanctions, ...
  // 'no'" could refuse either.
  const issues = question ? named.slice(0, 1) : named;
  if (new Set(issues.map((i) => i.pattern.value.issue)).size !== 1) return undefined;
  // The quote: the first run of quoted words after the opening phrase.
  let start = frameEnd + 1;
  while (start < ctx.to && !ctx.quoted[start - ctx.from]) start++;
  let end = start;
  while (end < ctx.to && ctx.quoted[end - ctx.from]) end++;
  if (start >= ctx.to) return undefined;
  const whole = answerEnds(ctx, start, end);
  // A question's answer may go on after its quote: 'said the question was "under review" and that ...', 'would "not
  // speculate about hypotheticals," adding that ...' (reviews of reactor and news talks): what goes on is read apart.
  if (!whole && !(question && goesOn(ctx, end))) return undefined;
  const quote = ctx.tokens.slice(start, end);
  // A question answered in words that name no issue and state no stance ("We will decide when we see the bill", "I
  // am not going to negotiate through a newspaper") leaves what was asked open: a hedge (the analysts of six
  // negotiations read each so).
  // (A cue that holds only on an issue named after it, which none is here, states none: "the company 'prefers to talk'".)
  const answerTo = whole ? ctx.to : end;
  const evaded = question && ctx.tokens.slice(start, answerTo).some((t) => /\w/.test(t.text)) && !ctx.issues.some((i) => i.from >= start && i.from < answerTo) && !ctx.cues.some((c) => c.from >= start && c.from < answerTo && c.pattern.value.issueObject !== true);
  const answer = (whole ? readAnswer(quote) : undefined) ?? (evaded ? { kind: 'hedge' as const } : undefined);
  if (!answer) return undefined;
  const answerAt = start + quote.findIndex((t) => /\w/.test(t.text));
  return { issue: issues[0]!, answerAt, answer: answer.conditionAt === undefined ? answer : { ...answer, conditionAt: start + answer.conditionAt }, question };
}

// "Fenwick, asked whether the company would bid, said it was "far too early to say."": the frame set off after the
// name that answers, as if it opened the sentence (stop 56: only a frame opening it was read). Only a name or a
// noun phrase before it, no verb.
const ASKED_AFTER_NAME = new Set(['asked', 'pressed', 'questioned']);
function askedAfterName(ctx: SentenceContext): number | undefined {
  for (let k = ctx.from + 1; k < Math.min(ctx.to, ctx.from + 8); k++) {
    const t = ctx.tokens[k]!;
    if (t.norm === ',') return ASKED_AFTER_NAME.has(ctx.tokens[k + 1]?.norm ?? '') && k > ctx.from ? k + 1 : undefined;
    if (t.pos === 'VERB' || t.pos === 'AUX' || ctx.quoted[k - ctx.from]) return undefined;
  }
  return undefined;
}

// Words that go on after a quoted answer with another thing said: "and that ...", ", adding that ...".
function goesOn(ctx: SentenceContext, end: number): boolean {
  let k = end;
  while (k < ctx.to && (ctx.tokens[k]!.norm === ',' || QUOTATION_MARKS.has(ctx.tokens[k]!.norm))) k++;
  const next = ctx.tokens[k]?.norm;
  return k < ctx.to && ((next === 'and' && ctx.tokens[k + 1]?.norm === 'that') || next === 'adding' || next === 'but');
}

// "A wealth tax? Not with us": a question on the issue, answered (see topic-question.ts).
const SEPARATORS = new Set([',', ':', ';', '-', '–', '—', '?']);

/**
 * The answer the quoted words after an issue give, to the end of its
 * quote, after a separator: `"A wealth tax: not with us," the Greens
 * said`, `"The rent cap - never."`, `"A rent cap: not yet."` (the issue
 * named as the topic, then answered); `'unread'` for words that open as
 * an answer and go on ("A rent cap: yes, but not this year"); undefined
 * for anything else (`"A rent cap, no doubt, would help"`).
 *
 * @example
 * import { answeredAfter } from './quoted-answer.js'
 * import { tokenize } from './nlp.js'
 * const read = (text: string, issueWord: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   let open = false
 *   const quoted = tokens.map((t) => (t.text === '"' ? ((open = !open), true) : open))
 *   const ctx = { tokens, from: 0, to: tokens.length, actors: [], issues: [], cues: [], quoted, speakers: [] }
 *   const found = answeredAfter(ctx, tokens.findIndex((t) => t.text === issueWord) + 1)
 *   return typeof found === 'object' ? found.kind : found
 * }
 * assert.strictEqual(read('"A wealth tax: not with us," the Greens said.', 'tax'), 'reject')
 * assert.strictEqual(read('"A wealth tax: not yet," the Greens said.', 'tax'), 'hedge')
 * assert.strictEqual(read('"A wealth tax: yes, but later," the Greens said.', 'tax'), 'unread')
 * assert.strictEqual(read('"A wealth tax, no doubt, would help," the Greens said.', 'tax'), undefined)
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function answeredAfter(ctx: SentenceContext, issueTo: number): QuotedAnswer | 'unread' | undefined {
  if (issueTo >= ctx.to || !SEPARATORS.has(ctx.tokens[issueTo]!.norm) || !ctx.quoted[issueTo - ctx.from]) return undefined;
  let end = issueTo + 1;
  // The quote ends at its closing mark, or where the quoted words end.
  while (end < ctx.to && ctx.quoted[end - ctx.from] && !/^["“”«»]$/.test(ctx.tokens[end]!.text)) end++;
  if (end === issueTo + 1) return undefined;
  const words = ctx.tokens.slice(issueTo + 1, end);
  const answer = readAnswer(words);
  if (answer) return answer.conditionAt === undefined ? answer : { ...answer, conditionAt: issueTo + 1 + answer.conditionAt };
  // A question on the issue answered in other words ("A wealth tax? It would ruin us") asks, as any question does.
  return opensAnswer(words) || ctx.tokens[issueTo]!.norm === '?' ? 'unread' : undefined;
}
