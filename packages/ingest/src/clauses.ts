/**
 * Clause segmentation: a sentence cut at clause coordinators, relative
 * words, dashes, long quotes, and condition markers ("if", "unless",
 * "contingent upon"), whose clauses attach to the clause before them.
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
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function splitClauses(ctx: SentenceContext, quoteTokenSpans: ReadonlyArray<{ from: number; to: number }>): Clause[] {
  const cuts = new Map<number, ConditionMarker | null>();
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
    // "as if", "even if" still condition; "if" opening a sentence conditions what follows.
    if (m.from > from) cuts.set(m.from, m.pattern.value);
  }
  const points = [...cuts.keys()].sort((a, b) => a - b);
  const out: Clause[] = [];
  let start = from;
  let marker: ConditionMarker | null = null;
  let lastMain = -1;
  const push = (end: number) => {
    if (end <= start) return;
    if (marker && lastMain >= 0) out.push({ from: start, to: end, condition: { marker, of: lastMain } });
    else {
      out.push({ from: start, to: end });
      lastMain = out.length - 1;
    }
  };
  for (const p of points) {
    push(p);
    start = p;
    marker = cuts.get(p) ?? null;
  }
  push(to);
  return out;
}

function startsSubject(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (t.pos === 'PRON' && /^(he|she|they|it|we)$/.test(t.norm)) return true;
  return ctx.actors.some((m) => m.titleFrom === i || (m.titleFrom === i + 1 && ctx.tokens[i]!.pos === 'DET'));
}
