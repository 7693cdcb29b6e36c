/**
 * Matching word patterns against tokens, by form or by lemma, in time linear
 * in the number of tokens (patterns are short and indexed by first word).
 *
 * A pattern is words separated by spaces; a word may list alternatives with
 * `|` (`cede|surrender`), and `*` skips up to three tokens.
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
  readonly words: ReadonlyArray<ReadonlySet<string> | 'gap'>;
  readonly value: V;
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

// Splits a pattern word the way wink splits text: "non-negotiable" stays
// one token, "U.S.-led" and "Russia's" do not; here we only need to split
// off a possessive and separate hyphens that wink separates. wink also cuts
// a word-final apostrophe ("Workers' Union" is Workers, ', Union) but keeps
// one inside a word ("O'Brien"); typographic apostrophes are folded first.
function words(source: string): string[] {
  return source
    .trim()
    .split(/\s+/)
    .flatMap((w) => splitApostrophe(normalizeApostrophes(w)))
    .filter((w) => w.length > 0);
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
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function compilePatterns<V>(entries: ReadonlyArray<{ source: string; value: V }>): PhraseMatcher<V> {
  const byFirst = new Map<string, Pattern<V>[]>();
  for (const { source, value } of entries) {
    const ws = words(source).map((w) =>
      w === '*' ? ('gap' as const) : new Set(w.split('|').map((a) => normalizeWord(a))),
    );
    if (ws.length === 0 || ws[0] === 'gap') continue;
    const pattern: Pattern<V> = { source, words: ws, value };
    for (const first of ws[0] as Set<string>) {
      const list = byFirst.get(first) ?? [];
      list.push(pattern);
      byFirst.set(first, list);
    }
  }
  return { byFirst };
}

function wordMatches(set: ReadonlySet<string>, token: Token): boolean {
  return set.has(token.norm) || set.has(token.lemma);
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
        if (wordMatches(next, tokens[k]!)) {
          found = k;
          break;
        }
      }
      if (found < 0) return -1;
      t = found + 1;
      w++;
      continue;
    }
    if (t >= end || !wordMatches(word, tokens[t]!)) return -1;
    t++;
  }
  return t;
}

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
    if (best) {
      out.push(best);
      i = best.to;
    } else i++;
  }
  return out;
}
