/**
 * Clause segmentation: a sentence cut at clause coordinators, relative
 * words, dashes, long quotes, and condition markers ("if", "unless",
 * "contingent upon"), whose clauses attach to the clause before them; or,
 * when the condition comes first ("If Russia agrees, Kyiv will ..."), to
 * the clause after the comma that ends it.
 *
 * @since 0.1.0
 */
import { CLAUSE_BREAKS, CONDITION_MARKERS, SAYING_VERBS, type ConditionMarker } from './cue-rules.js';
import { compilePatterns, matchAll, QUOTATION_MARKS } from './phrase-matcher.js';
import { insideAny, type SentenceContext } from './sentence-context.js';
import { opensEmbeddedClause } from './embedded-clause.js';
import { timePhraseAt } from './provisional-issue.js';
import type { Token } from './nlp.js';

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
  /**
   * `lifts`: the clause conditioned is denied only until the condition holds
   * ("would not table an offer until ..."): its "not" is the condition's.
   */
  readonly condition?: { readonly marker: ConditionMarker; readonly of: number; readonly lifts?: boolean };
  /** An embedded question ("asked whether Kyiv would accept X"): it states no stance. */
  readonly question?: true;
  /** An adjunct of time naming an issue ("Russia rejected a ceasefire after the talks"): it states no stance. */
  readonly adjunct?: true;
  /**
   * A predicate coordinated with the clause a condition before it conditions
   * ("Kyiv will join talks if Moscow agrees to a truce and will reject X"):
   * its subject is that clause's, not one named in the condition.
   */
  readonly resumes?: true;
  /**
   * A clause after a condition with a subject of its own and a modal (", and
   * it will demand X", "and Kyiv would reject Y"): the condition ends before
   * it; a pronoun there stands for no one named in the condition either.
   */
  readonly ownSubject?: true;
}

const markers = compilePatterns(CONDITION_MARKERS.map((m) => ({ source: m.phrase, value: m })));
const LONG_QUOTE = 5;
// Participles of saying that append a clause after a comma: ", adding that ...".
const ADDING = new Set(['adding', 'saying', 'noting', 'stressing', 'insisting', 'arguing', 'warning', 'explaining', 'telling']);
const OPENING_QUOTES = new Set(['"', '“', '‘', "'", '«', '(']);
// Verbs whose quoted object is talked about, not stood on ("willing to discuss 'a reasonable contribution'").
const NO_STANCE_OBJECT = new Set(['discuss', 'engage', 'consider', 'study', 'examine', 'review', 'debate', 'explore']);
// Words after which a clause starts: a condition there comes before what it conditions.
const CLAUSE_OPENERS = new Set(['that', ':', 'and', 'or', 'so', 'then']);

interface Cut {
  readonly marker: ConditionMarker;
  /** The condition comes first: it conditions the clause after it. */
  readonly fronted: boolean;
  readonly lifts?: boolean;
}

// Whether words follow token `k` (before `to`), a comma before them or not:
// ", otherwise Washington will", ", otherwise, it will"; not ", otherwise."
function clauseAfter(tokens: ReadonlyArray<Token>, k: number, to: number): boolean {
  if (k < to && tokens[k]!.norm === ',') k++;
  return k < to && tokens[k]!.pos !== 'PUNCT';
}

// "has not yet accepted", "has yet to accept": "yet" as an adverb after a negation or an auxiliary, not the
// conjunction of "wants talks, yet Moscow refused".
const BEFORE_ADVERBIAL_YET = new Set(['not', "n't", 'never', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'as']);
function adverbialYet(tokens: ReadonlyArray<Token>, i: number): boolean {
  return tokens[i]!.norm === 'yet' && i > 0 && BEFORE_ADVERBIAL_YET.has(tokens[i - 1]!.norm);
}

// Whether a quote ends on a cue whose object the sentence goes on to name: 'said his government "has not ruled
// out" binding arbitration' quotes a predicate, not a sentence of its own.
function verbQuoted(ctx: SentenceContext, q: { from: number; to: number }): boolean {
  const after = ctx.tokens[q.to];
  return q.to < ctx.to && after !== undefined && after.pos !== 'PUNCT' && ctx.cues.some((c) => c.to === q.to - 1 && c.from > q.from);
}

// Whether a quote goes on with the sentence's own clause: opening on the complement of "be" or "remain" ('the
// royalty was "still too heavy for a mine of our size"'), or on the verb of a subject named before it ('the export ban
// "remains our main concern"'), it quotes what the sentence says of that subject (a review of mining talks).
const LINKING = new Set(['be', 'remain']);
const NAMING = new Set(['NOUN', 'PROPN']);
function complementQuoted(ctx: SentenceContext, q: { from: number; to: number }): boolean {
  let first = q.from;
  if (first < q.to && ctx.tokens[first]!.pos === 'PUNCT') first++;
  let k = q.from - 1;
  if (k > ctx.from && ctx.tokens[k]!.pos === 'PUNCT') k--;
  if (k < ctx.from) return false;
  const before = ctx.tokens[k]!;
  const opening = ctx.tokens[first];
  // 'said the council would "fight the closure of our emergency department"' (a review of hospital talks): a verb
  // quoted after its modal is the clause's own verb too.
  const afterModal = before.pos === 'AUX' && opening !== undefined && opening.pos === 'VERB';
  // 'still opposed "emptying our museums by ministerial decree"' (a review of restitution talks): the quote is the
  // object of the cue right before it.
  // (A verb of the cue's own, not "prepared to" or "willing to discuss", whose quote says how, not what.)
  if (before.pos === 'VERB' && !NO_STANCE_OBJECT.has(before.lemma) && ctx.cues.some((c) => c.to === k + 1 && c.pattern.value.scope === 'right')) return true;
  // 'would return to court "in a heartbeat" if ...': a quote after a cue that opens with a verb and ends on its noun
  // ("go to court") says how, within the clause, as one after the verb does.
  if (before.pos === 'NOUN' && ctx.cues.some((c) => c.to === k + 1 && c.to - c.from > 1 && c.pattern.value.scope === 'right' && ctx.tokens[c.from]!.pos === 'VERB')) return true;
  return LINKING.has(before.lemma) || afterModal || (NAMING.has(before.pos) && opening !== undefined && (opening.pos === 'VERB' || opening.pos === 'AUX'));
}

// A verb that can be a clause's own predicate: an auxiliary, or a verb not in "-ing" ("will end", "wants").
function finiteVerb(t: Token): boolean {
  return t.pos === 'AUX' || (t.pos === 'VERB' && !t.norm.endsWith('ing'));
}

// Whether the comma at `k` closes a relative clause opened by ", which" or ", who" after a party named at the head of
// its clause ("The union, which ...", "while Moscow, which ..."), with no other comma or mark between. After a name
// that only says where people are from ("Officials from Germany, who ..."), the relative clause is read as before.
function relativeBefore(ctx: SentenceContext, k: number): boolean {
  const { tokens, from } = ctx;
  for (let j = k - 1; j > from && j >= k - 15; j--) {
    const t = tokens[j]!;
    if (t.norm === ',') {
      if (!(j + 2 < k && /^(?:which|who)$/.test(tokens[j + 1]!.norm))) return false;
      const m = ctx.actors.find((a) => a.to === j);
      if (m === undefined) return false;
      let b = Math.min(m.from, m.titleFrom) - 1;
      if (b >= from && tokens[b]!.pos === 'DET') b--;
      // Or a clause with no "that", after the verb it is the object of ("hopes the union, which ..., will end X").
      return b < from || tokens[b]!.pos === 'PUNCT' || tokens[b]!.pos === 'CCONJ' || tokens[b]!.pos === 'SCONJ' || tokens[b]!.norm === 'that' || tokens[b]!.pos === 'VERB';
    }
    if (t.pos === 'PUNCT') return false;
  }
  return false;
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
  const found = matchAll(markers, tokens, from, to);
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i]!;
    // "any deal which requires X": a clause embedded in a cue's object is no clause of its own.
    // "would accept a truce, but only if X": the condition is of the clause before "but".
    if (CLAUSE_BREAKS.has(t.norm)) {
      if (!opensEmbeddedClause(ctx, i) && !butOnly(tokens, found, i) && !adverbialYet(tokens, i)) cuts.set(i, null);
    }
    else if ((t.norm === '-' || t.norm === '--') && t.start > tokens[i - 1]!.end && i + 1 < to && tokens[i + 1]!.start > t.end) cuts.set(i, null);
    else if (t.norm === 'as' && i + 1 < to && (startsSubject(ctx, i + 1) || (tokens[i - 1]?.norm === ',' && nounPhraseThenVerb(tokens, i + 1, to)))) cuts.set(i, null);
    // "did not reject the plan, nor has it ruled out X": "nor" before its auxiliary opens a clause of its own.
    else if (t.norm === 'nor' && i + 1 < to && tokens[i + 1]!.pos === 'AUX') cuts.set(i, null);
    // "said it would comply with the rule, and that it would not challenge the accord" (a review of debris talks): a second
    // thing said, out of the reach of the cue before it.
    else if (t.norm === 'and' && tokens[i - 1]!.norm === ',' && i + 1 < to && tokens[i + 1]!.norm === 'that' && tokens[i + 1]!.pos === 'SCONJ') cuts.set(i, null);
    // "would ratify X only if Y, and warned that Z" (a review of plastics talks): a second saying, no part of the condition.
    else if (t.norm === 'and' && tokens[i - 1]!.norm === ',' && i + 1 < to && tokens[i + 1]!.pos === 'VERB' && SAYING_VERBS.has(tokens[i + 1]!.lemma)) cuts.set(i, null);
    // "would not cede land, adding (that) it wants X": what is added is a clause of its own, out of the reach of the "not" before it.
    else if (t.norm === ',' && addsClause(ctx, i + 1)) cuts.set(i + 1, null);
    // "presented a plan, offering a truce in exchange for X": the participle's condition is of what it offers.
    else if (t.norm === ',' && i + 1 < to && tokens[i + 1]!.norm.endsWith('ing') && ctx.cues.some((c) => c.from === i + 1)) cuts.set(i + 1, null);
    // "Moscow must agree to a truce, otherwise Washington will ..." (", otherwise, it will", ", or else it will"):
    // what follows is no part of what "must" asks.
    else if (t.norm === 'otherwise' && tokens[i - 1]!.norm === ',' && clauseAfter(tokens, i + 1, to)) cuts.set(i, null);
    else if (t.norm === 'or' && tokens[i - 1]!.norm === ',' && i + 1 < to && tokens[i + 1]!.norm === 'else' && clauseAfter(tokens, i + 2, to)) cuts.set(i, null);
    else if (t.norm === 'with' && tokens[i - 1]!.norm === ',' && absoluteClause(ctx, i + 1)) cuts.set(i, null);
    // "The union, which rejects a pay freeze, will end the strike": the main verb after a relative clause set off by
    // commas is no part of it (the refusal reached "end the strike", read as a refusal to end it: a review, stop 51).
    else if (t.norm === ',' && i + 1 < to && finiteVerb(tokens[i + 1]!) && relativeBefore(ctx, i)) cuts.set(i + 1, null);
  }
  // "asked whether Kyiv would accept X", "Whether or not Moscow agrees, ...": a question, to its comma when it comes first.
  const questions = new Set<number>();
  // Adjuncts of time ("after the talks"), by their first token.
  const adjuncts = new Set<number>();
  // Predicates that resume the clause before a condition, by their first token.
  const resumed = new Set<number>();
  // Of those, the clauses with a subject of their own (", and it will demand X").
  const ownSubject = new Set<number>();
  for (let i = from; i < to; i++) {
    if (tokens[i]!.norm !== 'whether') continue;
    questions.add(i);
    if (i > from) cuts.set(i, null);
    const comma = conditionFirst(ctx, i) ? commaAfter(ctx, i + 1) : undefined;
    if (comma !== undefined) cuts.set(comma + 1, cuts.get(comma + 1) ?? null);
  }
  for (const q of quoteTokenSpans) {
    if (q.to - q.from < LONG_QUOTE || verbQuoted(ctx, q)) continue;
    if (q.from > from && q.from < to && !complementQuoted(ctx, q)) cuts.set(q.from, cuts.get(q.from) ?? null);
    if (q.to > from && q.to < to) cuts.set(q.to, cuts.get(q.to) ?? null);
  }
  for (const m of found) {
    // A marker is one cut: the last "as" of "as long as Ukraine..." starts no clause of its own.
    for (let i = m.from + 1; i < m.to; i++) cuts.delete(i);
    // "If Russia agrees to a ceasefire, Kyiv will ...": a condition opening a
    // sentence or a clause runs to its comma and conditions what follows.
    const comma = conditionFirst(ctx, m.from) ? commaAfter(ctx, m.to) : undefined;
    let marker = m.pattern.value;
    let lifts = false;
    // "provided the drivers return to work", not "Washington provided weapons".
    if (marker.clause && !opensClause(ctx, m)) continue;
    // "..., should the bill pass": an "if" told by inversion; "Kyiv should accept X" is a modal.
    if (marker.inverted) {
      if (!invertedCondition(ctx, m)) continue;
      marker = IF_MARKER;
    }
    // "would never give up Crimea, even in exchange for a ceasefire", "will not accept a truce in
    // return for territory": what a refusal would not be bought with conditions nothing, and states nothing.
    if (marker.exchange && m.from > from && (tokens[m.from - 1]!.norm === 'even' || tokens.slice(clauseStart(ctx, m.from), m.from).some((t) => PLAIN_NEGATIONS.has(t.norm)))) {
      const at = tokens[m.from - 1]!.norm === 'even' ? m.from - 1 : m.from;
      cuts.set(at, cuts.get(at) ?? null);
      adjuncts.add(at);
      continue;
    }
    let phraseEnd: number | undefined;
    if (marker.sequence) {
      const { read, end } = sequenceCut(ctx, m, comma);
      if (read === 'none') continue;
      if (read === 'clause' || read === 'adjunct') {
        // Told as past: a clause of its own, no condition.
        if (m.from > from) cuts.set(m.from, cuts.get(m.from) ?? null);
        // "rejected a ceasefire after the talks": the time, to the phrase's end, states nothing.
        if (read === 'adjunct') {
          adjuncts.add(m.from);
          if (end !== undefined && more(ctx, end)) cuts.set(end, cuts.get(end) ?? null);
        }
        continue;
      }
      lifts = read === 'lifts';
      if (lifts) marker = { ...marker, flip: false };
      phraseEnd = end;
    }
    // "would not sign any treaty unless it secured X": a stance denied unless Y is the stance only if Y, its "not" the
    // condition's, as one denied "until" Y is (a precondition, where it read as a threat of refusing).
    // (Not a refusal by the issue's own verb, "will not cede territory unless Y", which stays the refusal it reads as.)
    if (!marker.sequence && marker.flip && mainOf(ctx, m.from, comma).some((t) => PLAIN_NEGATIONS.has(t.norm)) && !ctx.cues.some((c) => c.pattern.value.issueVerb && ctx.issues.some((i) => i.from === c.to)) && namesIssue(ctx, m.to, comma ?? clauseEnd(ctx, m.to))) {
      lifts = true;
      marker = { ...marker, flip: false };
    }
    const cut: Cut = lifts ? { marker, fronted: comma !== undefined, lifts } : { marker, fronted: comma !== undefined };
    if (comma !== undefined) {
      cuts.set(m.from, cut);
      cuts.set(comma + 1, cuts.get(comma + 1) ?? null);
    } else if (m.from > from) {
      // "as if", "even if" still condition.
      cuts.set(m.from, cut);
      // "would only accept talks after a ceasefire, Zelensky said": the condition is the phrase.
      if (phraseEnd !== undefined && more(ctx, phraseEnd)) cuts.set(phraseEnd, cuts.get(phraseEnd) ?? null);
      // "..., contingent upon X, following talks in Riyadh": the adjunct after its comma is no part of the condition.
      const adjunct = adjunctAfter(ctx, m.to);
      if (adjunct !== undefined) cuts.set(adjunct, cuts.get(adjunct) ?? null);
      // "will join talks if Moscow agrees to a truce and will reject X": the predicate after "and" is the main clause's.
      const resume = resumedPredicate(ctx, m);
      if (resume !== undefined) {
        cuts.set(resume.at, cuts.get(resume.at) ?? null);
        resumed.add(resume.at);
        if (resume.own) ownSubject.add(resume.at);
      }
    }
  }
  const points = [...cuts.keys()].filter((p) => p > from).sort((a, b) => a - b);
  const out: Array<{ from: number; to: number; condition?: { marker: ConditionMarker; of: number; lifts?: boolean } }> = [];
  let start = from;
  let cut: Cut | null = cuts.get(from) ?? null;
  let lastMain = -1;
  // Conditions that come first, waiting for the clause they condition.
  const waiting: number[] = [];
  const push = (end: number) => {
    if (end <= start) return;
    const lifts = cut?.lifts ? { lifts: true } : {};
    if (cut?.fronted) {
      waiting.push(out.length);
      out.push({ from: start, to: end, condition: { marker: cut.marker, of: -1, ...lifts } });
    } else if (cut && lastMain >= 0) out.push({ from: start, to: end, condition: { marker: cut.marker, of: lastMain, ...lifts } });
    else if (adjuncts.has(start)) out.push({ from: start, to: end });
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
  if (questions.size === 0 && adjuncts.size === 0 && resumed.size === 0) return out;
  return out.map((c) =>
    c.condition ? c : questions.has(c.from) ? { ...c, question: true as const } : adjuncts.has(c.from) ? { ...c, adjunct: true as const } : resumed.has(c.from) ? { ...c, resumes: true as const, ...(ownSubject.has(c.from) ? { ownSubject: true as const } : {}) } : c,
  );
}

const MODALS = new Set(['will', 'would', "'ll", "'d", 'shall', 'can', 'could', 'may', 'might', 'must', 'should']);
// Modals that resume a stance after its condition: an "if" clause may say what its subject "can" do, seldom what it "will".
const RESUMING = new Set(['will', 'would', "'ll", "'d", 'shall']);

// Where a condition after the stance it conditions gives way to a predicate
// of that stance's subject: "and" (a comma before it or not), adverbs, and a
// "will" or "would" with no subject between ("Kyiv will join talks if Moscow
// agrees to a truce and will reject X", "..., and would then demand Y"). A
// condition states its trigger without a modal of its own, so "and will"
// after one goes back to the clause it conditions, which must have a modal
// too. The position of that "and", or undefined ("if Moscow agrees and
// withdraws", "if Moscow agrees and can guarantee it", "if Moscow would
// agree and would withdraw").
function resumedPredicate(ctx: SentenceContext, m: { from: number; to: number }): { at: number; own: boolean } | undefined {
  const { tokens } = ctx;
  const end = clauseEnd(ctx, m.to);
  const modal = mainOf(ctx, m.from, undefined).some((t) => MODALS.has(t.norm));
  for (let k = m.to + 1; k < end; k++) {
    const t = tokens[k]!;
    if (MODALS.has(t.norm)) return undefined;
    if (t.norm !== 'and') continue;
    // ", and it will demand X", "and Kyiv would then reject Y": a clause with a subject of its own and a modal ends the condition.
    const own = ownSubjectEnd(ctx, k + 1, end);
    let j = own ?? k + 1;
    while (j < end && tokens[j]!.pos === 'ADV') j++;
    if (j < end && own !== undefined && (MODALS.has(tokens[j]!.norm) || saying(tokens[j]!))) return { at: k, own: true };
    if (modal && own === undefined && j < end && RESUMING.has(tokens[j]!.norm)) return { at: k, own: false };
  }
  return undefined;
}

// ", and the Greens said they would sue unless Y", "and Labour warned that X": a subject of its own that says a thing
// opens another main clause, with conditions of its own; the condition before ends at the "and" (both conditions went
// to the first subject, stop 57). A subject that does a thing ("unless X dropped Y and Labour kept Z") may be the
// condition's, and stays in it.
function saying(t: Token): boolean {
  return t.pos === 'VERB' && SAYING_VERBS.has(t.lemma);
}

// Where the subject of a clause starting at `at` ends: a subject pronoun ("it",
// "they", "we") or a name the register knows ("Kyiv", "the Kremlin"); undefined if neither opens it.
function ownSubjectEnd(ctx: SentenceContext, at: number, end: number): number | undefined {
  if (at >= end) return undefined;
  const t = ctx.tokens[at]!;
  if (t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.norm)) return at + 1;
  const actor = ctx.actors.find((a) => a.titleFrom === at || a.from === at || (a.from === at + 1 && ctx.tokens[at]!.norm === 'the'));
  return actor && actor.to < end ? actor.to : undefined;
}

// "but only if", "but only after", "but only once": "but" opens no clause
// of its own, so that the condition goes with the clause before it.
function butOnly(tokens: ReadonlyArray<Token>, found: ReadonlyArray<{ from: number }>, at: number): boolean {
  if (tokens[at]!.norm !== 'but' || tokens[at + 1]?.norm !== 'only') return false;
  return found.some((m) => m.from === at + 1 || m.from === at + 2);
}

// Whether words other than punctuation follow token `at` in the sentence.
function more(ctx: SentenceContext, at: number): boolean {
  for (let k = at; k < ctx.to; k++) if (ctx.tokens[k]!.pos !== 'PUNCT') return true;
  return false;
}

const PLAIN_NEGATIONS = new Set(['not', "n't", 'never', 'no']);
const BACKSHIFT = new Set(['would', "'d", 'could']);
const FUTURE = new Set(['will', "'ll", 'shall', 'would', "'d"]);
// Nouns a relative "when" follows: "the day when", "at a time when".
const TIME_NOUNS = new Set(['day', 'time', 'moment', 'week', 'month', 'year', 'period', 'point', 'era', 'hour', 'stage', 'date', 'night', 'morning', 'evening', 'occasion', 'age', 'season']);
const PRESENT_FORMS = new Set(['is', 'are', 'am', "'s", "'re", "'m"]);
// Words that may open the subject of a clause after a word of sequence.
const SUBJECT_START = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'ADJ', 'NUM']);
// A year ("until 2035"), a time named by "last", "next" or "the end of" ("until next year", "until the end of the
// month"), "last" or "later" alone: when a thing lasts or starts, no condition, whatever verb comes later in the clause.
function aTimeAt(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  if (/^(?:1[89]|2\d)\d\d$/.test(t.norm)) return true;
  if (timePhraseAt(ctx, k, ctx.to)) return true;
  // "leaving cooking gas until last, and ..." (a review of bailout talks): an order, no condition.
  const after = ctx.tokens[k + 1];
  if ((t.norm === 'last' || t.norm === 'later') && (k + 1 >= ctx.to || after === undefined || after.pos === 'PUNCT' || after.pos === 'CCONJ')) return true;
  return t.norm === 'the' && ctx.tokens[k + 1]?.norm === 'end' && ctx.tokens[k + 2]?.norm === 'of';
}

const WEEKDAY_OR_MONTH = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|now|then|again|more|further|recently)$/;

/**
 * How a word of sequence ("until", "once", "before") at `m` reads: no cut
 * ("until Friday", "once again", "before any talks", a "before" after a
 * stance not denied), a `clause` of its own told as past, a condition, or a
 * condition that `lifts` the denial of what it conditions.
 */
function sequenceCut(ctx: SentenceContext, m: { from: number; to: number; pattern: { value: ConditionMarker } }, comma: number | undefined): SequenceRead {
  const { tokens } = ctx;
  // "before any ceasefire", "must come before" are order cues of their own.
  if (ctx.cues.some((c) => c.pattern.value.order && c.from <= m.from && m.from < c.to)) return NO_CUT;
  const next = tokens[m.to];
  // A subject: a noun phrase, or words the lexicon or register names ("once sanctions are lifted").
  const subject = next !== undefined && (SUBJECT_START.has(next.pos) || insideAny(ctx.issues, m.to) || insideAny(ctx.actors, m.to));
  if (!subject || m.to >= ctx.to || WEEKDAY_OR_MONTH.test(next.norm) || aTimeAt(ctx, m.to)) return NO_CUT;
  // A subject and a verb before the clause ends: "until the drivers return to work".
  const end = comma ?? clauseEnd(ctx, m.to);
  // "only after a ceasefire", "not ... before a truce": a noun phrase naming an issue, and no verb.
  const phrase = m.pattern.value.future ? undefined : issuePhraseEnd(ctx, m.to, end);
  if (phrase !== undefined) return { read: phraseCut(ctx, m, comma), end: phrase };
  let verb: Token | undefined;
  for (let k = m.to + 1; k < end && verb === undefined; k++) {
    // "said after talks with Merz that Russia must ...": the verb after "that" is another clause's.
    if (tokens[k]!.norm === 'that') break;
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX' || nounAsVerb(ctx, k, end)) verb = tokens[k];
  }
  if (!verb) return NO_CUT;
  // The rest of the sentence's clause: after the comma of a condition that comes first, else before the word.
  const main = mainOf(ctx, m.from, comma);
  if (m.pattern.value.future) {
    // "When the talks began on Monday, Russia rejected ...": a story, "would" or not.
    if (pastForm(verb)) return { read: 'clause' };
    // "the day when talks start", "would not say when talks will start", "when talks start, Russia rejects ...".
    const before = m.from > ctx.from ? tokens[m.from - 1] : undefined;
    if ((before && TIME_NOUNS.has(before.lemma)) || tokens.slice(m.to, end).some((t) => FUTURE.has(t.norm)) || !main.some((t) => FUTURE.has(t.norm))) return NO_CUT;
  }
  if (pastForm(verb) && !main.some((t) => BACKSHIFT.has(t.norm))) return { read: 'clause' };
  const denied = main.some((t) => PLAIN_NEGATIONS.has(t.norm));
  const sequence = m.pattern.value.sequence;
  if (sequence === 'not-before' && !denied) return NO_CUT;
  return { read: denied && sequence !== 'then' ? 'lifts' : 'condition' };
}

// Whether a marker that needs a clause (`ConditionMarker.clause`) has one:
// not after a name, a pronoun or an auxiliary ("Washington provided",
// "has provided"), and a subject and a verb after it.
function opensClause(ctx: SentenceContext, m: { from: number; to: number }): boolean {
  const prev = m.from > ctx.from ? ctx.tokens[m.from - 1]! : undefined;
  if (prev && (prev.pos === 'AUX' || prev.pos === 'PRON' || ctx.actors.some((a) => a.to === m.from))) return false;
  const next = ctx.tokens[m.to];
  if (!next || !(SUBJECT_START.has(next.pos) || insideAny(ctx.issues, m.to) || insideAny(ctx.actors, m.to))) return false;
  const end = clauseEnd(ctx, m.to);
  for (let k = m.to + 1; k < end; k++) {
    if (ctx.tokens[k]!.norm === ',' || ctx.tokens[k]!.norm === 'that') return false;
    if (ctx.tokens[k]!.pos === 'VERB' || ctx.tokens[k]!.pos === 'AUX' || nounAsVerb(ctx, k, end)) return true;
  }
  return false;
}

// The marker an inverted condition reads as.
const IF_MARKER = CONDITION_MARKERS.find((m) => m.phrase === 'if')!;

// Whether "should" at `m` opens an inverted condition: at a sentence's or a clause's start (after a comma, a dash or an
// opening quotation mark), a subject right after it, then a verb in its base form: "Should the talks fail",
// ", should the bill pass".
function invertedCondition(ctx: SentenceContext, m: { from: number; to: number }): boolean {
  let k = m.from - 1;
  while (k >= ctx.from && QUOTATION_MARKS.has(ctx.tokens[k]!.norm)) k--;
  // Right after the words it conditions too ("would look at every legal avenue should the bill pass"), but not in a
  // question ("Why should Kyiv pay?").
  if (k >= ctx.from && !INVERSION_AFTER.has(ctx.tokens[k]!.norm) && (WH_WORDS.has(ctx.tokens[k]!.norm) || ctx.tokens.slice(m.to, ctx.to).some((t) => t.norm === '?'))) return false;
  const end = clauseEnd(ctx, m.to);
  let j = m.to;
  let subject = 0;
  while (j < end && j - m.to < 8 && (SUBJECT_START.has(ctx.tokens[j]!.pos) || insideAny(ctx.actors, j) || insideAny(ctx.issues, j) || ctx.tokens[j]!.norm === "'s")) {
    subject++;
    j++;
  }
  if (subject === 0 || j >= end) return false;
  const verb = ctx.tokens[j]!;
  return (verb.pos === 'VERB' || verb.pos === 'AUX' || nounAsVerb(ctx, j, end)) && (verb.norm === verb.lemma || verb.norm === 'be');
}
const WH_WORDS = new Set(['what', 'why', 'how', 'when', 'where', 'who', 'whom', 'which', 'whether']);
const INVERSION_AFTER = new Set([',', ';', '-', '–', '—', ':']);

const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'any', 'new', 'this', 'that']);

// A word wink tags as a noun where a verb stands: after a plural subject or
// a name, before its object ("until the operators table a new offer").
function nounAsVerb(ctx: SentenceContext, k: number, end: number): boolean {
  const t = ctx.tokens[k]!;
  if (t.pos !== 'NOUN' || k + 1 >= end || !OBJECT_OPENERS.has(ctx.tokens[k + 1]!.norm)) return false;
  const prev = ctx.tokens[k - 1]!;
  return ctx.actors.some((a) => a.to === k) || (prev.pos === 'NOUN' && prev.norm !== prev.lemma && prev.norm.endsWith('s'));
}

/**
 * How a word of sequence reads: no cut, a clause of its own told as past,
 * a condition, a condition that `lifts` the denial of what it conditions,
 * or an `adjunct` of time that states nothing ("rejected a ceasefire after
 * the talks"); `end` closes a noun phrase read as a condition or an adjunct.
 */
interface SequenceRead {
  readonly read: 'none' | 'clause' | 'condition' | 'lifts' | 'adjunct';
  readonly end?: number;
}
const NO_CUT: SequenceRead = { read: 'none' };

// Whether an issue is named in [from, to): a condition "unless" one that names none ("unless others contributed")
// stays the threat it reads as.
function namesIssue(ctx: SentenceContext, from: number, to: number): boolean {
  return ctx.issues.some((i) => i.from >= from && i.from < to);
}

// The rest of the sentence's clause: after the comma of a condition that comes first, else before the word.
// "said Kyiv would not sign, adding that it wants X before Y": a clause opened by "that" is the word's own, apart from the one before it.
function mainOf(ctx: SentenceContext, at: number, comma: number | undefined): ReadonlyArray<Token> {
  if (comma !== undefined) return ctx.tokens.slice(comma + 1, clauseEnd(ctx, comma + 1));
  let start = clauseStart(ctx, at);
  // "could accept X, but only once Y": the clause before "but", whose condition it is (see `butOnly`).
  const but = start - 1;
  if (but > ctx.from && ctx.tokens[but]!.norm === 'but' && ctx.tokens[but + 1]?.norm === 'only') start = clauseStart(ctx, but - (ctx.tokens[but - 1]!.norm === ',' ? 1 : 0));
  for (let k = at - 1; k > start; k--) {
    if (ctx.tokens[k]!.norm === 'that' && ctx.tokens[k]!.pos === 'SCONJ') {
      start = k + 1;
      break;
    }
    // "would not join any exchange and would sue unless X": a predicate of its own after "and" and a modal, naming an
    // issue the first does not, whose condition it is; the "not" of the first is no part of it (stop 56: it was read
    // as lifted by the condition). One that names the first's issue again ("will not agree to a truce and will keep
    // fighting unless Z") leaves the condition to both.
    if (ctx.tokens[k]!.norm === 'and' && FUTURE.has(ctx.tokens[k + 1]?.norm ?? '') && ownIssueAfter(ctx, start, k, at)) {
      start = k + 1;
      break;
    }
    // ", adding it wants X before Y": the clause added, as after "that".
    if (ctx.tokens[k - 1]!.norm === ',' && addsClause(ctx, k)) {
      start = k + 1;
      break;
    }
  }
  return ctx.tokens.slice(start, at);
}

// Whether the words in [and, at) name an issue that those in [from, and) do not.
function ownIssueAfter(ctx: SentenceContext, from: number, and: number, at: number): boolean {
  const before = new Set(ctx.issues.filter((i) => i.from >= from && i.to <= and).map((i) => i.pattern.value.issue));
  return ctx.issues.some((i) => i.from > and && i.to <= at && !before.has(i.pattern.value.issue));
}

// Words before an issue in a noun phrase after a word of sequence: "after a full ceasefire", "before Ukraine's withdrawal from ...".
const PHRASE_LEAD = new Set(['DET', 'ADJ', 'NUM']);
const PHRASE_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const PHRASE_LINKS = new Set(['of', 'with', 'between', 'in', 'on', "'s", 'its', 'their', 'his', 'her', 'our']);

// Where a noun phrase naming an issue ends, when the words of sequence are
// followed by one and nothing else up to a comma or the clause's end ("after
// a ceasefire", "before a full truce with Moscow", "until sanctions relief"):
// no verb, so no clause ("once the offer is confirmed" reads as a clause).
function issuePhraseEnd(ctx: SentenceContext, from: number, end: number): number | undefined {
  const { tokens } = ctx;
  let k = from;
  while (k < end && k - from < 4 && !ctx.issues.some((i) => i.from === k) && (PHRASE_LEAD.has(tokens[k]!.pos) || PHRASE_LINKS.has(tokens[k]!.norm) || insideAny(ctx.actors, k))) k++;
  const issue = ctx.issues.find((i) => i.from === k);
  if (!issue || issue.to > end) return undefined;
  k = issue.to;
  while (k < end && (insideAny(ctx.issues, k) || insideAny(ctx.actors, k) || PHRASE_WORDS.has(tokens[k]!.pos) || PHRASE_LINKS.has(tokens[k]!.norm))) k++;
  // The phrase is all there is, up to a comma or the clause's end: "after a ceasefire and Moscow agrees" is more.
  if (k < end && tokens[k]!.pos !== 'PUNCT') return undefined;
  // An issue's phrase may be a clause itself ("after Russia withdraws from Kherson"): a finite verb in it.
  for (let j = from; j < k; j++) if ((tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') && !tokens[j]!.norm.endsWith('ing')) return undefined;
  return k;
}

// How a noun phrase naming an issue after a word of sequence reads, from
// the clause it goes with:
// - told as past ("Russia rejected a ceasefire after the talks", "did not
//   accept talks before a truce"): the time of a story, an `adjunct`;
// - denied, "before" or "until" ("will not accept talks before a
//   ceasefire"): the stance once the issue holds (`lifts`);
// - "after" (or "once") with "only" before it or its verb ("would only
//   accept negotiations after a ceasefire", "said it was ready to accept
//   talks only after a truce"), or with "will" or "would": a `condition`;
//   in the present, denied or neither, the time of the stance (`adjunct`);
// - "until", not denied: held as long as the issue does not hold
//   (`condition`, flipped), as for a clause; a "before" not denied stays a time (`none`);
// - set off by a comma ("..., after peace talks in Jeddah"): the time of the sentence (`adjunct`).
function phraseCut(ctx: SentenceContext, m: { from: number; to: number; pattern: { value: ConditionMarker } }, comma: number | undefined): SequenceRead['read'] {
  // "Kyiv will accept a truce if Moscow agrees, after peace talks in Jeddah": set off by a comma, the time of the sentence.
  if (comma === undefined && m.from > ctx.from && ctx.tokens[m.from - 1]!.norm === ',') return 'adjunct';
  const main = mainOf(ctx, m.from, comma);
  const denied = main.some((t) => PLAIN_NEGATIONS.has(t.norm));
  const sequence = m.pattern.value.sequence;
  // "said it was ready to accept talks only after a truce": "only" restricts, in reported speech too.
  if (sequence === 'then' && !denied && onlyBefore(ctx, main, m.from)) return 'condition';
  const modal = main.some((t) => FUTURE.has(t.norm) || BACKSHIFT.has(t.norm));
  if (!modal && main.some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && pastForm(t))) return 'adjunct';
  if (sequence === 'then') return !denied && modal ? 'condition' : 'adjunct';
  if (denied) return 'lifts';
  return sequence === 'until' ? 'condition' : 'none';
}

// "only" right before the word of sequence, or before a verb of the clause ("would only accept").
function onlyBefore(ctx: SentenceContext, main: ReadonlyArray<Token>, at: number): boolean {
  if (at > ctx.from && ctx.tokens[at - 1]!.norm === 'only') return true;
  return main.some((t, i) => t.norm === 'only' && i + 1 < main.length && /^(?:VERB|AUX|ADV)$/.test(main[i + 1]!.pos));
}

// A finite verb in the past: "returned", "was", "had", "paid" (not "is", "pays", "return").
/**
 * Whether a verb's form is of the past ("rejected", "was", "had"): a
 * participle's form too, which the caller tells apart by where it stands.
 *
 * @example
 * import { pastForm } from './clauses.js'
 * import { tokenize } from './nlp.js'
 * const [, offered, , , accepts] = tokenize('Moscow offered talks and accepts', 0).tokens
 * assert.ok(pastForm(offered!) && !pastForm(accepts!))
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function pastForm(t: Token): boolean {
  if (/^(?:was|were|had|did)$/.test(t.norm)) return true;
  return t.norm !== t.lemma && !PRESENT_FORMS.has(t.norm) && !/(?:s|ing)$/.test(t.norm);
}

function clauseEnd(ctx: SentenceContext, from: number): number {
  for (let k = from; k < ctx.to; k++) if (CLAUSE_BREAKS.has(ctx.tokens[k]!.norm)) return k;
  return ctx.to;
}

function clauseStart(ctx: SentenceContext, at: number): number {
  for (let k = at - 1; k >= ctx.from; k--) if (CLAUSE_BREAKS.has(ctx.tokens[k]!.norm)) return k + 1;
  return ctx.from;
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

// Prepositions that open an adjunct of the whole sentence after a comma: "following talks in Riyadh", "amid pressure from Washington".
const ADJUNCT_OPENERS = new Set(['following', 'after', 'amid', 'amidst', 'despite', 'ahead']);

// Where an adjunct set off by a comma starts, after token `from` and before the clause ends, if any.
function adjunctAfter(ctx: SentenceContext, from: number): number | undefined {
  for (let k = from; k < ctx.to - 1; k++) {
    const t = ctx.tokens[k]!.norm;
    if (CLAUSE_BREAKS.has(t)) return undefined;
    if (t === ',' && ADJUNCT_OPENERS.has(ctx.tokens[k + 1]!.norm)) return k + 1;
  }
  return undefined;
}

const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * Whether the clause starting at token `at` is one a participle of saying
 * appends after a comma (", adding that ...", ", warning Moscow would face
 * X"): what it says is said by the subject of the clause before.
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function addedClause(ctx: SentenceContext, at: number): boolean {
  return at > ctx.from && ctx.tokens[at - 1]!.norm === ',' && addsClause(ctx, at);
}
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);
const OBJECT_PRONOUNS = new Set(['me', 'us', 'him', 'her', 'them']);
const FINITE_AUX = new Set(['is', 'are', 'am', 'was', 'were', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'should', 'must', 'may', 'might', 'shall', 'does', 'do', 'did', "'s", "'re", "'ll", "'d", "'ve"]);

// Whether the participle of saying at `at` (after a comma) appends a clause
// of its own: "that" after it (", adding that it wants X"), or a subject and
// a finite verb with the "that" left out (", adding it wants X", ", insisting
// Russia must withdraw"). Not an object ("adding pressure on Moscow",
// "warning Moscow of sanctions", "urging Kyiv to accept X").
function addsClause(ctx: SentenceContext, at: number): boolean {
  const { tokens } = ctx;
  if (at + 1 >= ctx.to || !ADDING.has(tokens[at]!.norm)) return false;
  if (tokens[at + 1]!.norm === 'that') return true;
  let k = at + 1;
  const first = tokens[k]!;
  // The one told ("warning Russia", "telling them"), when a clause follows: "that", or a subject pronoun and its verb.
  let told = false;
  if (first.pos === 'PRON' && SUBJECT_PRONOUNS.has(first.norm)) k++;
  else if (first.pos === 'PRON' && OBJECT_PRONOUNS.has(first.norm)) {
    k++;
    told = true;
  } else {
    while (k < ctx.to && k - at <= 6 && (NOUN_PHRASE.has(tokens[k]!.pos) || insideAny(ctx.actors, k) || insideAny(ctx.issues, k))) k++;
    // An actor told, not a thing ("noting the plan that ...").
    told = ctx.actors.some((a) => a.from >= at + 1 && a.to === k);
  }
  if (k === at + 1 || k >= ctx.to) return false;
  // "warning Russia (that) it would keep fighting", "telling them that ...".
  if (told && tokens[k]!.norm === 'that') return true;
  if (told && tokens[k]!.pos === 'PRON' && SUBJECT_PRONOUNS.has(tokens[k]!.norm)) k++;
  else if (told && first.pos === 'PRON') return false;
  // Adverbs before the verb: "adding it would never cede X", "it now wants X".
  while (k < ctx.to && tokens[k]!.pos === 'ADV' && tokens[k]!.norm !== 'not') k++;
  const v = tokens[k];
  if (!v) return false;
  if (FINITE_AUX.has(v.norm)) return true;
  // A finite verb: "wants", "rejected", "want" (not "to", not a gerund).
  return v.pos === 'VERB' && !v.norm.endsWith('ing');
}

// ", with the EU preparing new sanctions", ", with talks set for Monday": a
// noun phrase and a participle after "with" make a clause of their own, not
// more of the object of the verb before.
function absoluteClause(ctx: SentenceContext, from: number): boolean {
  let k = from;
  while (k < ctx.to && k - from < 6 && (NOUN_PHRASE.has(ctx.tokens[k]!.pos) || insideAny(ctx.actors, k))) k++;
  return k > from && k < ctx.to && ctx.tokens[k]!.pos === 'VERB' && /(?:ing|ed)$|^(?:set|held|made|put|kept|left)$/.test(ctx.tokens[k]!.norm);
}

// Whether a noun phrase and then a finite verb start at token `i` (", as the talks turned to money"): a clause of its
// own after ", as", not the end of the object before it (", as well as X", ", as a condition" are none).
function nounPhraseThenVerb(tokens: ReadonlyArray<Token>, i: number, to: number): boolean {
  let k = i;
  if (k < to && tokens[k]!.pos === 'DET') k++;
  const head = k;
  while (k < to && tokens[k]!.pos !== 'DET' && NOUN_PHRASE.has(tokens[k]!.pos)) k++;
  return k > head && k < to && (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX');
}

function startsSubject(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (t.pos === 'PRON' && /^(he|she|they|it|we)$/.test(t.norm)) return true;
  return ctx.actors.some((m) => m.titleFrom === i || (m.titleFrom === i + 1 && ctx.tokens[i]!.pos === 'DET'));
}
