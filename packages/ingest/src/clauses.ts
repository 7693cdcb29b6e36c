/**
 * Clause segmentation: a sentence cut at clause coordinators, relative
 * words, dashes, long quotes, and condition markers ("if", "unless",
 * "contingent upon"), whose clauses attach to the clause before them; or,
 * when the condition comes first ("If Russia agrees, Kyiv will ..."), to
 * the clause after the comma that ends it.
 *
 * @since 0.1.0
 */
import { CLAUSE_BREAKS, CONDITION_MARKERS, type ConditionMarker } from './cue-rules.js';
import { compilePatterns, matchAll } from './phrase-matcher.js';
import type { SentenceContext } from './sentence-context.js';

/**
 * A clause: tokens `[from, to)`; a condition clause names its marker and
 * the clause it conditions.
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export interface Clause {
  readonly from: number;
  readonly to: number;
  readonly condition?: { readonly marker: ConditionMarker; readonly of: number };
}

const markers = compilePatterns(CONDITION_MARKERS.map((m) => ({ source: m.phrase, value: m })));
const LONG_QUOTE = 5;
const OPENING_QUOTES = new Set(['"', '“', '‘', "'", '«', '(']);
// Words after which a clause starts: a condition there comes before what it conditions.
const CLAUSE_OPENERS = new Set(['that', ':', 'and', 'or', 'so', 'then']);

interface Cut {
  readonly marker: ConditionMarker;
  /** The condition comes first: it conditions the clause after it. */
  readonly fronted: boolean;
}

/**
 * Splits a sentence into clauses.
 *
 * @example
 * import { buildRegistry } from '@stancelog/ingest'
 * import { splitClauses } from './clauses.js'
 * import { findActors } from './actor-registry.js'
 * import { tokenize } from './nlp.js'
 * const { tokens } = tokenize('Moscow would accept a ceasefire only if Kyiv renounces NATO membership, but the talks stalled.', 0)
 * const ctx = { tokens, from: 0, to: tokens.length, actors: findActors(buildRegistry(), tokens, 0, tokens.length), issues: [], cues: [], quoted: [], speakers: [] }
 * const text = (c: { from: number; to: number }) => tokens.slice(c.from, c.to).map((t) => t.text).join(' ')
 * const clauses = splitClauses(ctx, [])
 * assert.deepStrictEqual(clauses.map(text), ['Moscow would accept a ceasefire', 'only if Kyiv renounces NATO membership ,', 'but the talks stalled .'])
 * // The "only if" clause conditions the first one.
 * assert.deepStrictEqual(clauses.map((c) => c.condition && [c.condition.marker.phrase, c.condition.of]), [undefined, ['only if', 0], undefined])
 * // A condition that comes first, up to its comma, conditions the clause after it.
 * const first = tokenize('Peskov said that unless sanctions are lifted, Moscow will reject a ceasefire.', 0).tokens
 * const fctx = { ...ctx, tokens: first, to: first.length, actors: findActors(buildRegistry(), first, 0, first.length) }
 * const fronted = splitClauses(fctx, [])
 * assert.deepStrictEqual(fronted.map((c) => first.slice(c.from, c.to).map((t) => t.text).join(' ')), ['Peskov said that', 'unless sanctions are lifted ,', 'Moscow will reject a ceasefire .'])
 * assert.deepStrictEqual(fronted.map((c) => c.condition && [c.condition.marker.phrase, c.condition.of]), [undefined, ['unless', 2], undefined])
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function splitClauses(ctx: SentenceContext, quoteTokenSpans: ReadonlyArray<{ from: number; to: number }>): Clause[] {
  const cuts = new Map<number, Cut | null>();
  const { tokens, from, to } = ctx;
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i]!;
    if (CLAUSE_BREAKS.has(t.norm)) cuts.set(i, null);
    else if ((t.norm === '-' || t.norm === '--') && t.start > tokens[i - 1]!.end && i + 1 < to && tokens[i + 1]!.start > t.end) cuts.set(i, null);
    else if (t.norm === 'as' && i + 1 < to && startsSubject(ctx, i + 1)) cuts.set(i, null);
  }
  for (const q of quoteTokenSpans) {
    if (q.to - q.from < LONG_QUOTE) continue;
    if (q.from > from && q.from < to) cuts.set(q.from, cuts.get(q.from) ?? null);
    if (q.to > from && q.to < to) cuts.set(q.to, cuts.get(q.to) ?? null);
  }
  for (const m of matchAll(markers, tokens, from, to)) {
    // A marker is one cut: the last "as" of "as long as Ukraine..." starts no clause of its own.
    for (let i = m.from + 1; i < m.to; i++) cuts.delete(i);
    // "If Russia agrees to a ceasefire, Kyiv will ...": a condition opening a
    // sentence or a clause runs to its comma and conditions what follows.
    const comma = conditionFirst(ctx, m.from) ? commaAfter(ctx, m.to) : undefined;
    if (comma !== undefined) {
      cuts.set(m.from, { marker: m.pattern.value, fronted: true });
      cuts.set(comma + 1, cuts.get(comma + 1) ?? null);
    } else if (m.from > from) {
      // "as if", "even if" still condition.
      cuts.set(m.from, { marker: m.pattern.value, fronted: false });
    }
  }
  const points = [...cuts.keys()].filter((p) => p > from).sort((a, b) => a - b);
  const out: Array<{ from: number; to: number; condition?: { marker: ConditionMarker; of: number } }> = [];
  let start = from;
  let cut: Cut | null = cuts.get(from) ?? null;
  let lastMain = -1;
  // Conditions that come first, waiting for the clause they condition.
  const waiting: number[] = [];
  const push = (end: number) => {
    if (end <= start) return;
    if (cut?.fronted) {
      waiting.push(out.length);
      out.push({ from: start, to: end, condition: { marker: cut.marker, of: -1 } });
    } else if (cut && lastMain >= 0) out.push({ from: start, to: end, condition: { marker: cut.marker, of: lastMain } });
    else {
      out.push({ from: start, to: end });
      lastMain = out.length - 1;
      for (const w of waiting.splice(0)) out[w]!.condition!.of = lastMain;
    }
  };
  for (const p of points) {
    push(p);
    start = p;
    cut = cuts.get(p) ?? null;
  }
  push(to);
  // A condition first with no clause after it conditions the one before, as any other.
  for (const w of waiting) {
    if (lastMain >= 0) out[w]!.condition!.of = lastMain;
    else delete out[w]!.condition;
  }
  return out;
}

// Whether a condition marker opens a sentence or a clause (after opening
// quotes and "even"): at the start, or after "that", a colon, "and", "but"...
function conditionFirst(ctx: SentenceContext, at: number): boolean {
  let k = at - 1;
  while (k >= ctx.from && (OPENING_QUOTES.has(ctx.tokens[k]!.norm) || ctx.tokens[k]!.norm === 'even')) k--;
  if (k < ctx.from) return true;
  const t = ctx.tokens[k]!.norm;
  return CLAUSE_OPENERS.has(t) || CLAUSE_BREAKS.has(t);
}

// The comma that ends a condition opening a clause, if any before the sentence ends.
function commaAfter(ctx: SentenceContext, from: number): number | undefined {
  for (let k = from; k < ctx.to - 1; k++) if (ctx.tokens[k]!.norm === ',') return k;
  return undefined;
}

function startsSubject(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (t.pos === 'PRON' && /^(he|she|they|it|we)$/.test(t.norm)) return true;
  return ctx.actors.some((m) => m.titleFrom === i || (m.titleFrom === i + 1 && ctx.tokens[i]!.pos === 'DET'));
}
