/**
 * Matching word patterns against tokens, by form or by lemma, in time linear
 * in the number of tokens (patterns are short and indexed by first word).
 *
 * A pattern is words separated by spaces; a word may list alternatives with
 * `|` (`cede|surrender`), `*` skips up to three tokens, and `#num` is any
 * number ("7", "7-2", "78"). Double quotation
 * marks between two words of a pattern are passed over ('was "out of the
 * question"' matches `was out of the question`). A hyphenated word
 * (`cease-fire`) matches the text's word whether wink keeps it as one token
 * or splits it at its hyphens.
 * Internal: not exported by the package.
 *
 * @since 0.1.0
 */
import type { Token } from './nlp.js';
import { normalizeApostrophes, normalizeWord } from './nlp.js';

/**
 * A compiled pattern with the value it stands for.
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export interface Pattern<V> {
  readonly source: string;
  readonly words: ReadonlyArray<PatternWord | 'gap'>;
  readonly value: V;
}

/**
 * One word of a pattern: its alternatives as single tokens (`forms`, which
 * hold the hyphenated ones whole) and, apart, the hyphenated alternatives,
 * which may also stand in the text as several tokens.
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export interface PatternWord {
  readonly forms: ReadonlySet<string>;
  readonly hyphenated: ReadonlyArray<string>;
  /** Whether any number matches (`#num` among the alternatives). */
  readonly number?: true;
}

/**
 * Where a pattern matched: token range `[from, to)`.
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export interface PhraseMatch<V> {
  readonly from: number;
  readonly to: number;
  readonly pattern: Pattern<V>;
}

/**
 * A set of patterns indexed by their first word.
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export interface PhraseMatcher<V> {
  readonly byFirst: ReadonlyMap<string, ReadonlyArray<Pattern<V>>>;
}

const MAX_GAP = 3;

// Splits a pattern into words the way wink splits text at apostrophes: it
// cuts a possessive and a word-final apostrophe ("Workers' Union" is Workers,
// ', Union) but keeps one inside a word ("O'Brien"); typographic apostrophes
// are folded first. Hyphens are left in the word: wink splits some
// hyphenated words ("cease-fire" is cease, -, fire) and keeps others whole
// ("non-negotiable"), so the matcher reads a hyphenated word either way.
function words(source: string): string[] {
  return (
    source
      .trim()
      // A hyphen set apart between two words ("pay - rise", as lexicons listed a word wink split) is the word's own.
      .replace(/(?<=[\p{L}\p{N}]) - (?=[\p{L}\p{N}])/gu, '-')
      .split(/\s+/)
      .flatMap((w) => splitApostrophe(normalizeApostrophes(w)))
      .flatMap(splitSymbols)
      .filter((w) => w.length > 0)
  );
}

// A currency sign before a number and a percent sign after one are words of their own, as wink reads "$640 million"
// and "50%" in a text ($, 640, million; 50, %): a phrase written so matched nothing (a review of stadium talks).
function splitSymbols(w: string): string[] {
  const m = /^([$€£¥]?)(\d[\d.,]*)(%?)$/.exec(w);
  return m === null ? [w] : [m[1]!, m[2]!, m[3]!].filter((x) => x.length > 0);
}

function splitApostrophe(w: string): string[] {
  if (w.length > 2 && w.endsWith("'s")) return [w.slice(0, -2), "'s"];
  if (w.length > 1 && w.endsWith("'")) return [w.slice(0, -1), "'"];
  return [w];
}

/**
 * Compiles patterns into a matcher.
 *
 * @example
 * import { compilePatterns, matchAll } from './phrase-matcher.js'
 * import { tokenize } from './nlp.js'
 * const m = compilePatterns([{ source: 'cede|surrender * territory', value: 'land' }])
 * const t = tokenize('Ukraine must cede occupied territory.', 0)
 * assert.strictEqual(matchAll(m, t.tokens, 0, t.tokens.length)[0]?.pattern.value, 'land')
 * // `#num`: any number, however written.
 * const tally = compilePatterns([{ source: 'voted #num to', value: 'tally' }])
 * const v = tokenize('The council voted 7-2 to create a board.', 0)
 * assert.strictEqual(matchAll(tally, v.tokens, 0, v.tokens.length)[0]?.pattern.value, 'tally')
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function compilePatterns<V>(entries: ReadonlyArray<{ source: string; value: V }>): PhraseMatcher<V> {
  const byFirst = new Map<string, Pattern<V>[]>();
  for (const { source, value } of entries) {
    const ws = words(source).map((w) => (w === '*' ? ('gap' as const) : patternWord(w)));
    if (ws.length === 0 || ws[0] === 'gap') continue;
    const pattern: Pattern<V> = { source, words: ws, value };
    for (const first of firstTokens(ws[0] as PatternWord)) {
      const list = byFirst.get(first) ?? [];
      list.push(pattern);
      byFirst.set(first, list);
    }
  }
  return { byFirst };
}

function patternWord(w: string): PatternWord {
  const alternatives = w.split('|');
  const forms = new Set(alternatives.filter((a) => a !== NUMBER).map((a) => normalizeWord(a)));
  // A lone '-' left (a pattern's first or last word) is a word of its own.
  const hyphenated = [...forms].filter((f) => f.length > 1 && f.includes('-'));
  return alternatives.includes(NUMBER) ? { forms, hyphenated, number: true } : { forms, hyphenated };
}
const NUMBER = '#num';

// The tokens a word's match can start with: each form, and each hyphenated
// form's leading parts ("work", "work-to", "work-to-rule"), since wink may
// split the word at any of its hyphens.
function firstTokens(word: PatternWord): Set<string> {
  const out = new Set(word.forms);
  for (const h of word.hyphenated) {
    for (let at = h.indexOf('-'); at > 0; at = h.indexOf('-', at + 1)) out.add(h.slice(0, at));
  }
  return out;
}

// The hyphens wink gives a token of its own when it splits a word: the ASCII
// one and the Unicode hyphens (U+2010, and U+2011, which does not break);
// never a dash, which joins no word.
const HYPHENS: ReadonlySet<string> = new Set(['-', '\u2010', '\u2011']);

// Where `word` ends if it matches at token `t`, or -1. A hyphenated form
// matches as the one token wink keeps ("non-negotiable"), or as its parts
// and hyphens written without space between them ("pay - rise" is a dash
// between two words, not the word "pay-rise"); each part by form or lemma
// ("pay-rises" ends in the token "rises", whose lemma is "rise").
function wordEnd(word: PatternWord, tokens: ReadonlyArray<Token>, t: number, end: number): number {
  if (t >= end) return -1;
  const token = tokens[t]!;
  if (word.forms.has(token.norm) || word.forms.has(token.lemma) || (word.number === true && token.pos === 'NUM')) return t + 1;
  for (const h of word.hyphenated) {
    const e = hyphenatedEnd(h, tokens, t, end);
    if (e > 0) return e;
  }
  return -1;
}

function hyphenatedEnd(form: string, tokens: ReadonlyArray<Token>, t: number, end: number): number {
  // `at` is where the rest of `form` starts; parts and hyphens alternate.
  let at = 0;
  for (let k = t; k < end; k += 2) {
    const part = tokens[k]!;
    if (k > t && part.start !== tokens[k - 1]!.end) return -1;
    const rest = form.slice(at);
    if (rest === part.norm || rest === part.lemma) return k + 1;
    // A leading part must be the token's form: a lemma ends a word, never starts a part of one.
    if (!(rest.startsWith(part.norm) && rest[part.norm.length] === '-')) return -1;
    const hyphen = tokens[k + 1];
    if (k + 1 >= end || hyphen === undefined || !HYPHENS.has(hyphen.norm) || hyphen.start !== part.end) return -1;
    at += part.norm.length + 1;
  }
  return -1;
}

function matchAt<V>(pattern: Pattern<V>, tokens: ReadonlyArray<Token>, i: number, end: number): number {
  // Greedy with bounded gaps: patterns are a few words, so this is O(1) per start.
  let t = i;
  for (let w = 0; w < pattern.words.length; w++) {
    const word = pattern.words[w]!;
    if (word === 'gap') {
      const next = pattern.words[w + 1];
      if (next === undefined || next === 'gap') return -1;
      let found = -1;
      for (let k = t; k < Math.min(end, t + MAX_GAP + 1); k++) {
        found = wordEnd(next, tokens, k, end);
        if (found > 0) break;
      }
      if (found < 0) return -1;
      t = found;
      w++;
      continue;
    }
    // A quotation mark between two words of a phrase stands outside it: 'a wealth tax was "out of the question"'.
    if (w > 0) while (t < end && QUOTATION_MARKS.has(tokens[t]!.norm)) t++;
    t = wordEnd(word, tokens, t, end);
    if (t < 0) return -1;
  }
  return t;
}

// Double quotation marks only: a single one may be an apostrophe, a word of a name ("Workers' Union").
/** Quotation marks as tokens: a phrase's words may stand on either side of one. @internal */
export const QUOTATION_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', '„', '«', '»', '‟']);

/**
 * All matches in `tokens[from, to)`, longest first where they overlap
 * (the result holds no two overlapping matches), in text order.
 *
 * @example
 * import { compilePatterns, matchAll } from './phrase-matcher.js'
 * import { tokenize } from './nlp.js'
 * const m = compilePatterns([{ source: 'peace', value: 1 }, { source: 'peace talks', value: 2 }])
 * const t = tokenize('They want peace talks.', 0)
 * assert.deepStrictEqual(matchAll(m, t.tokens, 0, t.tokens.length).map((x) => x.pattern.value), [2])
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function matchAll<V>(
  matcher: PhraseMatcher<V>,
  tokens: ReadonlyArray<Token>,
  from: number,
  to: number,
): PhraseMatch<V>[] {
  const out: PhraseMatch<V>[] = [];
  let i = from;
  while (i < to) {
    const best = matchStart(matcher, tokens, i, to);
    if (best) {
      out.push(best);
      i = best.to;
    } else i++;
  }
  return out;
}

/**
 * The longest match that starts at token `i` (before `to`), if any: one
 * step of `matchAll`.
 *
 * @example
 * import { compilePatterns, matchStart } from './phrase-matcher.js'
 * import { tokenize } from './nlp.js'
 * const m = compilePatterns([{ source: 'peace', value: 1 }, { source: 'peace talks', value: 2 }])
 * const t = tokenize('They want peace talks.', 0)
 * assert.strictEqual(matchStart(m, t.tokens, 2, t.tokens.length)?.pattern.value, 2)
 * assert.strictEqual(matchStart(m, t.tokens, 1, t.tokens.length), undefined)
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function matchStart<V>(matcher: PhraseMatcher<V>, tokens: ReadonlyArray<Token>, i: number, to: number): PhraseMatch<V> | undefined {
  const token = tokens[i]!;
  let best: PhraseMatch<V> | undefined;
  // Most tokens start no pattern: two map lookups, no allocation.
  const byNorm = matcher.byFirst.get(token.norm);
  const byLemma = token.lemma === token.norm ? undefined : matcher.byFirst.get(token.lemma);
  if (byNorm !== undefined) {
    for (const p of byNorm) {
      const e = matchAt(p, tokens, i, to);
      if (e > 0 && (best === undefined || e > best.to)) best = { from: i, to: e, pattern: p };
    }
  }
  if (byLemma !== undefined) {
    for (const p of byLemma) {
      // A pattern listed under both the form and the lemma is tried once.
      if (byNorm !== undefined && byNorm.includes(p)) continue;
      const e = matchAt(p, tokens, i, to);
      if (e > 0 && (best === undefined || e > best.to)) best = { from: i, to: e, pattern: p };
    }
  }
  return best;
}
