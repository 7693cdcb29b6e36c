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
import type { PhraseMatch } from './phrase-matcher.js';

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
export function rememberHeads(heads: NamedHeads, tokens: ReadonlyArray<Token>, issues: ReadonlyArray<PhraseMatch<IssueSense>>): void {
  for (const m of issues) {
    const head = headOf(tokens, m);
    if (head === undefined || GENERIC.has(head.lemma)) continue;
    const known = heads.get(head.lemma);
    if (known === undefined) heads.set(head.lemma, m);
    else if (known !== null && known.pattern.value.issue !== m.pattern.value.issue) heads.set(head.lemma, null);
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
    if (issues.some((m) => m.from <= k + 1 && k + 1 < m.to)) continue;
    (out ??= [...issues]).push({ from: k, to: k + 2, pattern: named.pattern });
  }
  return out === undefined ? issues : out.sort((a, b) => a.from - b.from);
}

const DEFINITE = new Set(['the', 'this', 'that']);

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
// made before (see `referredKinds` in pronoun-issue.ts), not from a phrase's head.
const GENERIC: ReadonlySet<string> = new Set([
  ...AGREEMENT_WORDS,
  ...PLAN_WORDS,
  'offer', 'talks', 'negotiation', 'demand', 'idea', 'measure', 'decision', 'step', 'move', 'issue', 'question',
]);
