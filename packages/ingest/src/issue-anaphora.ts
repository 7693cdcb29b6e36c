/**
 * A thing named again by its head noun: "the clawback tax" named, "the tax
 * would discourage companies" later is the same issue; so are "the ban"
 * after "a ban on raw ore exports", "the clause" after "the rule-of-law
 * clause" (reviews of mining, budget and medicine-price talks). A head that
 * two issues of the article share names neither.
 *
 * @since 0.1.0
 */
import { AGREEMENT_WORDS, PLAN_WORDS } from './cue-rules.js';
import type { IssueSense } from './lexicon.js';
import type { Token } from './nlp.js';
import { timeAdverbialEnd } from './time-adverbial.js';
import type { Pattern, PhraseMatch, PhraseMatcher } from './phrase-matcher.js';

/**
 * The issues an article has named so far, by the lemma of their phrase's
 * head noun (`null`: two issues share it).
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export type NamedHeads = Map<string, PhraseMatch<IssueSense> | null>;

/**
 * Files the head noun of each issue a sentence named.
 *
 * @example
 * import { compileLexicon, DEFAULT_LEXICON } from '@stancelog/ingest'
 * import { rememberHeads, type NamedHeads } from './issue-anaphora.js'
 * import { matchAll } from './phrase-matcher.js'
 * import { tokenize } from './nlp.js'
 * const { tokens } = tokenize('Kyiv demanded new sanctions.', 0)
 * const heads: NamedHeads = new Map()
 * rememberHeads(heads, tokens, matchAll(compileLexicon(DEFAULT_LEXICON).matcher, tokens, 0, tokens.length))
 * assert.strictEqual(heads.get('sanction')?.pattern.value.issue, 'sanctions')
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function rememberHeads(heads: NamedHeads, tokens: ReadonlyArray<Token>, issues: ReadonlyArray<PhraseMatch<IssueSense>>, from = 0, to = 0): void {
  for (const m of issues) {
    const head = headOf(tokens, m);
    if (head === undefined || (GENERIC.has(head.lemma) && !AGREEMENT_WORDS.has(head.lemma))) continue;
    const known = heads.get(head.lemma);
    if (known === undefined) heads.set(head.lemma, m);
    else if (known !== null && known.pattern.value.issue !== m.pattern.value.issue) heads.set(head.lemma, null);
  }
  // An agreement no issue names ("a confidential agreement", "a side deal", words `[from, to)` of the sentence): "the
  // agreement" in the article, before or after it, may be either, and names neither.
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN' && AGREEMENT_WORDS.has(t.lemma) && !issues.some((m) => m.from <= k && k < m.to)) heads.set(t.lemma, null);
  }
}

/**
 * The sentence's issues with the things it names again by their head noun
 * after "the", "this" or "that" ("the tax"), where its lexicon names none;
 * not a head that begins a compound ("the tax office").
 *
 * @example
 * import { compileLexicon, DEFAULT_LEXICON } from '@stancelog/ingest'
 * import { rememberHeads, withNamedAgain, type NamedHeads } from './issue-anaphora.js'
 * import { matchAll } from './phrase-matcher.js'
 * import { tokenize } from './nlp.js'
 * const lexicon = compileLexicon(DEFAULT_LEXICON).matcher
 * const { tokens } = tokenize('Kyiv demanded new sanctions. Moscow said the sanctions would fail.', 0)
 * const heads: NamedHeads = new Map()
 * rememberHeads(heads, tokens, matchAll(lexicon, tokens, 0, 5))
 * const again = withNamedAgain([], tokens, 5, tokens.length, heads)
 * assert.deepStrictEqual(again.map((m) => [tokens[m.from]!.text, m.pattern.value.issue]), [['the', 'sanctions']])
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function withNamedAgain(
  issues: ReadonlyArray<PhraseMatch<IssueSense>>,
  tokens: ReadonlyArray<Token>,
  from: number,
  to: number,
  heads: NamedHeads,
): ReadonlyArray<PhraseMatch<IssueSense>> {
  let out: PhraseMatch<IssueSense>[] | undefined;
  for (let k = from; k + 1 < to; k++) {
    if (!DEFINITE.has(tokens[k]!.norm)) continue;
    const head = tokens[k + 1]!;
    const named = head.pos === 'NOUN' ? heads.get(head.lemma) : undefined;
    if (!named) continue;
    // "the tax office" is another thing, "the rule of the Commission" one its own words name.
    const next = tokens[k + 2];
    if (next !== undefined && k + 2 < to && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.norm === 'of')) continue;
    // "the agreement on X", "the deal with Y", "not the deal we wanted": an agreement its own words place or describe,
    // not the one named before (but "the agreement on Monday").
    if (AGREEMENT_WORDS.has(head.lemma) && next !== undefined && k + 2 < to && (next.pos === 'PRON' || RELATIVE.has(next.norm) || (PLACING.has(next.norm) && timeAdverbialEnd(tokens, k + 2, to) === k + 2))) continue;
    if (issues.some((m) => m.from <= k + 1 && k + 1 < m.to)) continue;
    (out ??= [...issues]).push({ from: k, to: k + 2, pattern: named.pattern });
  }
  return out === undefined ? issues : out.sort((a, b) => a.from - b.from);
}

/**
 * The sentence's issues with "the table" of "back to the table", "return to
 * the table", "at the table" read as the table the lexicon names in two
 * words ("negotiating table", "bargaining table"), when one issue only has
 * such a phrase: the talks (a review of coalition talks: "urged both parties
 * to come back to the table" read nothing, with "negotiating table" in the
 * lexicon). Only after "to" or "at": "put the offer on the table", "is off
 * the table" name no talks.
 *
 * @example
 * import { compileLexicon } from '@stancelog/ingest'
 * import { withTableNamed } from './issue-anaphora.js'
 * import { tokenize } from './nlp.js'
 * const lexicon = compileLexicon({ name: 'port', issues: [{ id: 'talks', title: 'Talks', proposition: 'the two sides negotiate', phrases: ['talks', 'negotiating table'] }] })
 * const named = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   return withTableNamed([], tokens, 0, tokens.length, lexicon.matcher).map((m) => [tokens[m.from]!.text, m.pattern.value.issue])
 * }
 * assert.deepStrictEqual(named('The union came back to the table.'), [['the', 'talks']])
 * assert.deepStrictEqual(named('The union put a new offer on the table.'), [])
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function withTableNamed(
  issues: ReadonlyArray<PhraseMatch<IssueSense>>,
  tokens: ReadonlyArray<Token>,
  from: number,
  to: number,
  matcher: PhraseMatcher<IssueSense>,
): ReadonlyArray<PhraseMatch<IssueSense>> {
  let out: PhraseMatch<IssueSense>[] | undefined;
  for (let k = from + 1; k + 1 < to; k++) {
    if (tokens[k]!.norm !== 'the' || tokens[k + 1]!.norm !== 'table' || !TABLE_BEFORE.has(tokens[k - 1]!.norm)) continue;
    if (issues.some((m) => m.from <= k + 1 && k + 1 < m.to)) continue;
    const table = tableOf(matcher);
    if (table === undefined) return issues;
    (out ??= [...issues]).push({ from: k, to: k + 2, pattern: table });
  }
  return out === undefined ? issues : out.sort((a, b) => a.from - b.from);
}
const TABLE_BEFORE = new Set(['to', 'at']);

// The pattern of the one issue a lexicon names by a table of two words ("negotiating table"), of polarity `+`.
function tableOf(matcher: PhraseMatcher<IssueSense>): Pattern<IssueSense> | undefined {
  if (tables.has(matcher)) return tables.get(matcher) ?? undefined;
  const found = new Map<string, Pattern<IssueSense>>();
  for (const list of matcher.byFirst.values()) {
    for (const p of list) {
      const words = p.source.trim().split(/\s+/);
      if (words.length === 2 && words[1]!.toLowerCase() === 'table' && /^[a-z-]+$/i.test(words[0]!) && p.value.polarity === '+') found.set(p.value.issue, p);
    }
  }
  const one = found.size === 1 ? [...found.values()][0]! : null;
  tables.set(matcher, one);
  return one ?? undefined;
}
const tables = new WeakMap<PhraseMatcher<IssueSense>, Pattern<IssueSense> | null>();

const DEFINITE = new Set(['the', 'this', 'that']);
const PLACING = new Set(['on', 'over', 'about', 'with', 'between', 'for', 'to', 'among']);
const RELATIVE = new Set(['that', 'which', 'who', 'whose']);

// The head of a noun phrase: its last noun before any preposition ("ban" of "a ban on raw ore exports", "inspectors"
// of "inspectors on the ground"). A verb's phrase has none: "the nurses" of "legislate the nurses back to work" is
// its object.
function headOf(tokens: ReadonlyArray<Token>, m: PhraseMatch<IssueSense>): Token | undefined {
  let head: Token | undefined;
  for (let k = m.from; k < m.to; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB') return undefined;
    if (t.pos === 'ADP') break;
    if (t.pos === 'NOUN') head = t;
  }
  return head;
}

// Nouns of what a negotiation's parties put to each other, which an article names again for more than one thing
// ("a confidential agreement" named, "the agreement" is the deal): what they stand for is read from the statements
// made before (see `referredKinds` in pronoun-issue.ts), not from a phrase's head. An agreement's noun is read from
// its head, when the agreement is one the lexicon names ("signed a coalition agreement ... welcomed the agreement", a
// review of coalition talks) and the article names no other agreement, named or not, with that noun.
const GENERIC: ReadonlySet<string> = new Set([
  ...AGREEMENT_WORDS,
  ...PLAN_WORDS,
  'offer', 'talks', 'negotiation', 'demand', 'idea', 'measure', 'decision', 'step', 'move', 'issue', 'question',
]);
