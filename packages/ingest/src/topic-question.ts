/**
 * A quote that asks its own question on an issue and answers it: `"A
 * wealth tax? Not with us," the Greens said`. The sentence splitter cuts
 * at the question mark; the question names the issue, the answer after it
 * says what the speaker holds, so the two are read as one sentence.
 *
 * @since 0.1.0
 */
import type { SentenceSpan, Token } from './nlp.js';
import type { PhraseMatch } from './phrase-matcher.js';

// Words a bare question on a topic may open with: "And a wealth tax?", "What about the rent cap?"
const LEADS: ReadonlyArray<ReadonlyArray<string>> = [['and'], ['what', 'about'], ['how', 'about'], ['as', 'for']];
const OPENING_QUOTES = new Set(['"', '“', '«']);

// Whether tokens [from, to) are a bare question on one issue: an optional
// lead and article, the issue's words, and the question mark.
function bareTopicQuestion(tokens: ReadonlyArray<Token>, from: number, to: number, issues: ReadonlyArray<PhraseMatch<unknown>>): boolean {
  if (tokens[to - 1]?.norm !== '?') return false;
  let k = from;
  if (k < to && OPENING_QUOTES.has(tokens[k]!.text)) k++;
  const lead = LEADS.find((l) => l.every((w, i) => tokens[k + i]?.norm === w));
  if (lead) k += lead.length;
  const issue = issues.find((m) => (m.from === k || (m.from === k + 1 && tokens[k]!.pos === 'DET')) && m.to === to - 1);
  return issue !== undefined;
}

/**
 * The sentences of a paragraph, with a bare question on an issue inside a
 * quote joined to the sentence after it when the quote goes on there.
 * `issuesOf` gives the issues named in a span of tokens; `quotes` are the
 * token spans of the paragraph's quotes.
 *
 * @example
 * import { DEFAULT_LEXICON, compileLexicon } from '@stancelog/ingest'
 * import { joinTopicQuestions } from './topic-question.js'
 * import { matchAll } from './phrase-matcher.js'
 * import { tokenize } from './nlp.js'
 * const lexicon = compileLexicon(DEFAULT_LEXICON)
 * const join = (text: string) => {
 *   const { tokens, sentences } = tokenize(text, 0)
 *   const open = tokens.findIndex((t) => t.text === '"')
 *   const close = tokens.findIndex((t, i) => i > open && t.text === '"')
 *   return joinTopicQuestions(sentences, tokens, [{ from: open, to: close + 1 }], (a, b) => matchAll(lexicon.matcher, tokens, a, b)).length
 * }
 * assert.strictEqual(join('"A ceasefire? Never," Kyiv said.'), 1)
 * assert.strictEqual(join('"Will Moscow sign a ceasefire? We doubt it," Kyiv said.'), 2)
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function joinTopicQuestions(
  sentences: ReadonlyArray<SentenceSpan>,
  tokens: ReadonlyArray<Token>,
  quotes: ReadonlyArray<{ from: number; to: number }>,
  issuesOf: (from: number, to: number) => ReadonlyArray<PhraseMatch<unknown>>,
): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const next = sentences[i + 1];
    // Most sentences end otherwise: decided on the last token first.
    if (next && tokens[s.to - 1]!.norm === '?') {
      const quote = quotes.find((q) => q.from <= s.from + 1 && q.from >= s.from && q.to > next.from);
      if (quote && bareTopicQuestion(tokens, s.from, s.to, issuesOf(s.from, s.to))) {
        out.push({ from: s.from, to: next.to, start: s.start, end: next.end });
        i++;
        continue;
      }
    }
    out.push(s);
  }
  return out;
}
