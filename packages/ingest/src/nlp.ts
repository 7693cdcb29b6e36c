/**
 * Tokens and sentences from wink-nlp, with character offsets into the
 * original text (wink gives token values and spans, not offsets).
 * Internal: not exported by the package.
 *
 * @since 0.1.0
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * One token: its place in the text, its form, lemma and part of speech.
 * `norm` is lowercase with typographic apostrophes folded to `'`.
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly norm: string;
  readonly lemma: string;
  readonly pos: string;
}

/**
 * A sentence: its token range `[from, to)` and character range.
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export interface SentenceSpan {
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
}

/**
 * The tokens and sentences of one paragraph.
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export interface TokenizedText {
  readonly tokens: ReadonlyArray<Token>;
  readonly sentences: ReadonlyArray<SentenceSpan>;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

// Loading the model takes ~100 ms: do it once, on first use. Only sentence
// splitting and POS (which sets lemmas) run: the pipeline never reads wink's
// entities, negation or sentiment, and skipping them cuts readDoc by a
// quarter with identical tokens, lemmas, tags and sentences.
function instance(): Nlp {
  if (nlp === undefined) nlp = winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

/**
 * Folds case and typographic apostrophes so that `Russia’s` and `Russia's`
 * compare equal.
 *
 * @example
 * import { normalizeWord } from './nlp.js'
 * assert.strictEqual(normalizeWord('Russia’s'), "russia's")
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words hold no typographic apostrophe: skip the regex for them.
  return TYPOGRAPHIC.test(lower) ? lower.replace(TYPOGRAPHIC_ALL, "'") : lower;
}

/**
 * Folds typographic apostrophes to `'`, keeping case (for pattern sources,
 * which are split at apostrophes before they are normalised).
 *
 * @example
 * import { normalizeApostrophes } from './nlp.js'
 * assert.strictEqual(normalizeApostrophes('Workers’'), "Workers'")
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function normalizeApostrophes(word: string): string {
  return TYPOGRAPHIC.test(word) ? word.replace(TYPOGRAPHIC_ALL, "'") : word;
}

const TYPOGRAPHIC = /[\u2019\u2018\u02bc]/;
const TYPOGRAPHIC_ALL = /[\u2019\u2018\u02bc]/g;

/**
 * The possessive pronouns, as a token's `norm` has them: words that open a
 * noun phrase as an article does ("its pension reform", "her backing").
 *
 * @example
 * import { POSSESSIVE_PRONOUNS } from './nlp.js'
 * assert.ok(POSSESSIVE_PRONOUNS.has('its') && !POSSESSIVE_PRONOUNS.has("'s"))
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

/**
 * The words of tokens `[from, to)` as written, with one space where the text
 * had space between them: "Harbour Workers' Union", not "Harbour Workers '
 * Union" (names are shown to readers as speakers).
 *
 * @example
 * import { tokenText, tokenize } from './nlp.js'
 * const { tokens } = tokenize("The Harbour Workers’ Union's  offer", 0)
 * assert.strictEqual(tokenText(tokens, 1, tokens.length), "Harbour Workers’ Union's offer")
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function tokenText(tokens: ReadonlyArray<Token>, from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (k > from && t.start > tokens[k - 1]!.end) out += ' ';
    out += t.text;
  }
  return out;
}

// The hyphens that join a word when written between two without space (a dash, spaced or not, joins none).
const JOINING = new Set(['-', '\u2010', '\u2011']);
// Prefixes that make a word of the same kind ("re-open" is a verb, "co-chair" a noun); other words before a hyphen
// make of a participle a modifier ("water-sharing", "long-awaited", "Qatar-brokered").
const PREFIXES = new Set(['re', 'co', 'pre', 'de', 'un', 'non', 'self', 'counter', 'over', 'under', 'out', 'semi']);
// A month or weekday after a hyphen stays a word of its own: "mid-March" is read as March by the dates.
const DATE_WORDS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const WORD = /^[\p{L}\p{N}][\p{L}\p{N}'.]*$/u;

/**
 * A hyphenated word wink split ("water-sharing" is water, -, sharing), when
 * `hyphen` (at offset `at`) joins the last token to the `next` value (which
 * follows with no space: `adjacent`): a function making the joined token from
 * the next value's lemma and tag. One token is one word to every reader after
 * (an object's noun phrase, a lexicon phrase, an actor's name: "pro-Russian"
 * names no Russia), where a hyphen and a participle ended the phrase.
 */
function joinHyphenated(tokens: ReadonlyArray<Token>, at: number, hyphen: string, next: string | undefined, adjacent: boolean): ((lemma: string, tag: string) => Token) | undefined {
  const before = tokens[tokens.length - 1];
  if (!JOINING.has(hyphen) || before === undefined || before.end !== at || !adjacent || next === undefined) return undefined;
  if (!WORD.test(before.text) || !WORD.test(next) || DATE_WORDS.test(next)) return undefined;
  // Numbers joined ("11-12 May", "2-1") are ranges and scores, not words.
  if (/^\p{N}+$/u.test(before.text) && /^\p{N}+$/u.test(next)) return undefined;
  return (lemma, tag) => {
    const prefix = PREFIXES.has(before.norm);
    // A participle after a word: a modifier; a particle after a verb or noun ("walk-out", "follow-up"): a noun.
    const pos = prefix ? tag : tag === 'VERB' ? 'ADJ' : /^(?:ADP|ADV|PART)$/.test(tag) ? 'NOUN' : tag === 'PROPN' || before.pos !== 'PROPN' ? tag : 'ADJ';
    const text = `${before.text}${hyphen}${next}`;
    // Read with the ASCII hyphen, as lexicons write it.
    return { start: before.start, end: at + hyphen.length + next.length, text, norm: `${before.norm}-${normalizeWord(next)}`, lemma: `${before.norm}-${pos === 'ADJ' ? normalizeWord(next) : lemma}`, pos };
  };
}

// A word and its possessive "'s" kept as one token (see `tokenize`).
// Forms of verbs wink lemmatises as another word, or not at all: "imagines" is its "imago" (a noun's plural), so
// "Moscow imagines Kyiv will accept X" was no clause thought of, and "staged" its "stag". Mended by the form, only
// where wink gave that wrong lemma (checked over the verbs ingest names and the negotiations' articles, stop 54, and
// over some 250 verbs in -ine, -ge and -se in their four forms, stop 55). A form that is a noun's too ("the confines
// of", "the diagnoses", "the dining room") keeps the noun's lemma after a determiner, a number or a possessive.
const VERB_LEMMAS: ReadonlyMap<string, readonly [wrong: string, right: string, noun?: string]> = new Map<string, readonly [string, string, string?]>([
  ['imagines', ['imago', 'imagine']],
  ['gauges', ['gage', 'gauge']],
  ['gauged', ['gage', 'gauge']],
  ['gauging', ['gage', 'gauge']],
  ['despises', ['despises', 'despise']],
  ['despised', ['despised', 'despise']],
  ['apprises', ['apprises', 'apprise']],
  ['assuages', ['assuages', 'assuage']],
  ['espouses', ['espouses', 'espouse']],
  ['cleanses', ['cleanses', 'cleanse']],
  ['confines', ['confines', 'confine', 'confines']],
  ['diagnoses', ['diagnosis', 'diagnose', 'diagnosis']],
  ['dines', ['dines', 'dine']],
  ['dined', ['din', 'dine']],
  ['dining', ['din', 'dine', 'dining']],
  ['shined', ['shin', 'shine']],
  ['shining', ['shin', 'shine']],
  ['pined', ['pin', 'pine']],
  ['pining', ['pin', 'pine']],
  ['raged', ['rag', 'rage']],
  ['raging', ['rag', 'rage']],
  ['staged', ['stag', 'stage']],
  ['staging', ['stag', 'stage', 'staging']],
  ['waged', ['wag', 'wage']],
  ['waging', ['wag', 'wage']],
  ['primed', ['prim', 'prime']],
  ['priming', ['prim', 'prime']],
  ['coded', ['cod', 'code']],
  ['coding', ['cod', 'code', 'coding']],
  ['disposed', ['disposed', 'dispose']],
  ['excused', ['excused', 'excuse']],
  ['improvised', ['improvised', 'improvise']],
  ['chased', ['chased', 'chase']],
  ['mortgaged', ['mortgaged', 'mortgage']],
  ['showcased', ['showcased', 'showcase']],
  ['showcasing', ['showcasing', 'showcase']],
]);

const ARTICLES = new Set(['a', 'an', 'the']);
const OBJECT_TAGS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);
// What makes the next word a noun's: "the", "two", "their", "Moscow's" (not an adjective: wink tags "union" one in
// "The union confines its strike to X").
const NOUN_BEFORE = /^(?:DET|NUM)$/;

function lemmaOf(norm: string, lemma: string, before: Token | undefined): string {
  const mended = VERB_LEMMAS.get(norm);
  if (mended === undefined || mended[0] !== lemma) return lemma;
  const nounHere = before !== undefined && (NOUN_BEFORE.test(before.pos) || before.norm === "'s" || /^(?:his|her|its|their|our|my|your)$/.test(before.norm));
  return mended[2] !== undefined && nounHere ? mended[2] : mended[1];
}
const POSSESSIVE_WORD = /^(\p{L}[\p{L}\p{N}.'’-]*?)(['’][sS])$/u;

/**
 * Tokenizes `text` (a slice of a larger document starting at `base`):
 * offsets are those of the larger document.
 *
 * @example
 * import { tokenize } from './nlp.js'
 * const t = tokenize('Mr. Smith said so. U.S. officials agreed.', 100)
 * assert.strictEqual(t.sentences.length, 2)
 * assert.deepStrictEqual([t.tokens[1]!.text, t.tokens[1]!.start], ['Smith', 104])
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function tokenize(text: string, base: number): TokenizedText {
  const n = instance();
  const its = n.its;
  const doc = n.readDoc(text);
  const values = doc.tokens().out() as string[];
  const lemmas = doc.tokens().out(its.lemma as never) as unknown as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  // Maps wink's token index to ours: a token we cannot place is dropped.
  const indexOf: number[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const at = text.indexOf(value, cursor);
    // wink never reorders text, so a value should be found close ahead; a
    // far-away hit would mean a normalised token: skip it rather than drift.
    // Spaces skipped are no drift (a list read a point at a time blanks the points between).
    if (at < 0 || (at - cursor > 64 && text.slice(cursor, at).trim().length > 0)) {
      indexOf.push(tokens.length);
      continue;
    }
    cursor = at + value.length;
    const joined = joinHyphenated(tokens, base + at, value, values[i + 1], text.startsWith(values[i + 1] ?? '\u0000', cursor));
    if (joined !== undefined) {
      // The hyphen and the word after it join the word before: wink's two indexes map to that one token.
      tokens[tokens.length - 1] = joined(normalizeWord(lemmas[i + 1] ?? values[i + 1]!), tags[i + 1] ?? 'X');
      indexOf.push(tokens.length - 1, tokens.length - 1);
      cursor += values[i + 1]!.length;
      i++;
      continue;
    }
    indexOf.push(tokens.length);
    // wink splits "year's" into "year" and "'s", but once it has met "year's" before a punctuation mark ("last
    // year's,") it keeps the word in its cache whole and returns it whole from then on: split it as it first did, so
    // that what ingest reads does not depend on what it read before (a name's possessive went unmatched).
    const possessive = POSSESSIVE_WORD.exec(value);
    if (possessive !== null) {
      const word = possessive[1]!;
      const tag = tags[i] ?? 'X';
      const pos = tag === 'PROPN' && word[0] === word[0]!.toLowerCase() ? 'NOUN' : tag;
      tokens.push({ start: base + at, end: base + at + word.length, text: word, norm: normalizeWord(word), lemma: normalizeWord(word), pos });
      const mark = value.slice(word.length);
      tokens.push({ start: base + at + word.length, end: base + at + value.length, text: mark, norm: normalizeWord(mark), lemma: normalizeWord(mark), pos: 'PART' });
      continue;
    }
    tokens.push({
      start: base + at,
      end: base + at + value.length,
      text: value,
      norm: normalizeWord(value),
      lemma: lemmaOf(normalizeWord(value), normalizeWord(lemmas[i] ?? value), tokens[tokens.length - 1]),
      pos: tags[i] ?? 'X',
    });
  }
  indexOf.push(tokens.length);
  // "according to": wink's lemma "accord" would read a lexicon's "accord" (an agreement) in every attribution.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.norm === 'according' && tokens[i + 1]!.norm === 'to') tokens[i] = { ...tokens[i]!, lemma: 'according', pos: 'ADP' };
  }
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB') continue;
    // "agreed to a pay rise": wink tags "pay" a verb after "to" and "a"; a bare verb right after an article is a noun's.
    if (ARTICLES.has(tokens[i - 1]!.norm) && t.norm === t.lemma && t.text === t.norm) tokens[i] = { ...t, pos: 'NOUN' };
    // "would go to court", "took the ministry to court over X": "court" after "to" with no object of its own is the
    // place, not the verb of "to court voters".
    else if (t.norm === 'court' && tokens[i - 1]!.norm === 'to' && !OBJECT_TAGS.has(tokens[i + 1]?.pos ?? '')) tokens[i] = { ...t, pos: 'NOUN' };
  }
  const sentences: SentenceSpan[] = [];
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  for (const [a, b] of spans) {
    const from = indexOf[a] ?? tokens.length;
    const to = indexOf[b + 1] ?? tokens.length;
    if (to <= from) continue;
    sentences.push({ from, to, start: tokens[from]!.start, end: tokens[to - 1]!.end });
  }
  return { tokens, sentences };
}

/**
 * The index of the first token of `tokens` (sorted by start) that starts at
 * or after `offset`; `tokens.length` if none does.
 *
 * @example
 * import { firstTokenAt, tokenize } from './nlp.js'
 * const { tokens } = tokenize('Kyiv said no to talks.', 0)
 * assert.deepStrictEqual([0, 5, 6, 99].map((offset) => firstTokenAt(tokens, offset)), [0, 1, 2, 6])
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function firstTokenAt(tokens: ReadonlyArray<Token>, offset: number): number {
  // Binary search: tokens are sorted by start.
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
