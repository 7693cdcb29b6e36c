/**
 * The papers of an issue: a lexicon's one-word phrase that names a paper of
 * its own ("the tender documents", "the tender's scoring rules") names that
 * paper, what it holds, not the issue.
 *
 * @since 0.1.0
 */
import type { PhraseMatch } from './phrase-matcher.js';
import type { IssueSense } from './lexicon.js';
import type { Token } from './nlp.js';

// Nouns of a paper whose content is what is said of it.
const PAPERS: ReadonlySet<string> = new Set([
  'document', 'documents', 'paper', 'papers', 'rule', 'rules', 'criterion', 'criteria', 'specification', 'specifications',
  'wording', 'guideline', 'guidelines', 'notice',
]);

/**
 * The issue matches without those of one word that name a paper of their
 * own: followed by one of a paper's nouns ("the tender documents would
 * require X"), or by "'s" and, past up to two modifiers, one ("publish the
 * tender's scoring rules"). A lexicon that names re-tendering a route by
 * "tender" read those papers, what they hold and when they are out, as the
 * re-tendering (the negotiations' misreads, stop 57); a phrase of two words
 * or more is left as it is, and so is a paper that is itself an issue.
 *
 * @example
 * import { compileLexicon } from './lexicon.js'
 * import { matchAll } from './phrase-matcher.js'
 * import { tokenize } from './nlp.js'
 * import { withoutIssueDocuments } from './issue-documents.js'
 * const { matcher } = compileLexicon({ name: 'ferry', issues: [{ id: 'retender', title: 'Re-tendering', proposition: 'the route is put out to tender', phrases: ['tender'] }] })
 * const issues = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   return withoutIssueDocuments(matchAll(matcher, tokens, 0, tokens.length), tokens, tokens.length).map((m) => m.pattern.value.issue)
 * }
 * assert.deepStrictEqual(issues('The council backs a tender.'), ['retender'])
 * assert.deepStrictEqual(issues('The tender documents will require a crew transfer.'), [])
 * assert.deepStrictEqual(issues("The council wants the tender's scoring rules published."), [])
 * @category rules
 * @since 0.1.0
 * @internal
 */
export function withoutIssueDocuments(issues: ReadonlyArray<PhraseMatch<IssueSense>>, tokens: ReadonlyArray<Token>, to: number): ReadonlyArray<PhraseMatch<IssueSense>> {
  const papers = issues.filter((m) => m.to - m.from === 1 && paperAt(tokens, m.to, to, issues));
  return papers.length === 0 ? issues : issues.filter((m) => !papers.includes(m));
}

const MODIFIERS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'VERB']);

// Whether a paper's noun follows at `at`, right after the word or after its "'s" and up to two modifiers.
function paperAt(tokens: ReadonlyArray<Token>, at: number, to: number, issues: ReadonlyArray<PhraseMatch<IssueSense>>): boolean {
  let k = at;
  if (k < to && tokens[k]!.norm === "'s") {
    k++;
    while (k < to && k < at + 3 && !PAPERS.has(tokens[k]!.norm) && MODIFIERS.has(tokens[k]!.pos)) k++;
  }
  return k < to && PAPERS.has(tokens[k]!.norm) && !issues.some((i) => i.from <= k && k < i.to);
}
