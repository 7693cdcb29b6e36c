/**
 * The topic of talks: "talks on territorial questions", "negotiations about
 * NATO membership", "a discussion of sanctions". What talks are about is no
 * stance of its own: being ready for talks on territory is a stance on the
 * talks, not on ceding territory. The issues named as such a topic are left
 * out of a sentence's issues, and the talks keep the stance; a noun of talks
 * the lexicon does not name ("a discussion of X") stands for the issue the
 * lexicon's "talks" names.
 *
 * @since 0.1.0
 */
import { matchAll, type PhraseMatch, type PhraseMatcher } from './phrase-matcher.js';
import { tokenize, type Token } from './nlp.js';
import type { IssueSense } from './lexicon.js';

// Nouns of talks (by form): the plural "talks" only, "talk of X" being rumour.
const TALKS = new Set(['talks', 'negotiations', 'negotiation', 'discussions', 'discussion', 'dialogue']);
// What opens a topic after them; "of" only after a discussion ("talks of a truce" is rumour).
const ABOUT = new Set(['on', 'about', 'over', 'regarding', 'concerning']);
const OF_AFTER = new Set(['discussion', 'discussions']);
// The parties talked with, between the noun and its topic: "talks with Washington and Moscow on X".
const WITH = new Set(['with', 'between']);
const MAX_WITH = 5;
// Words of the topic's noun phrase before an issue's phrase: "the future of",
// "more complex issues such as", "Ukraine's", "our".
const MODIFIERS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART', 'ADV']);
const LINKS = new Set(['such', 'as', 'including', 'of', 'the', 'my', 'our', 'your', 'his', 'her', 'its', 'their']);
const MAX_GAP = 6;
// Items of a listed topic: "talks on territory and NATO membership".
const LIST = new Set(['and', 'or', ',']);

// The issue the lexicon's own "talks" names, once per lexicon.
const talksSenses = new WeakMap<object, PhraseMatch<IssueSense> | null>();
function talksSense(matcher: PhraseMatcher<IssueSense>): PhraseMatch<IssueSense> | undefined {
  let found = talksSenses.get(matcher);
  if (found === undefined) {
    const { tokens } = tokenize('talks', 0);
    const m = matchAll(matcher, tokens, 0, tokens.length)[0];
    found = m && m.to === tokens.length ? m : null;
    talksSenses.set(matcher, found);
  }
  return found ?? undefined;
}

// Whether tokens [from, to) may all stand before an issue's phrase in a topic.
function modifiersOnly(tokens: ReadonlyArray<Token>, from: number, to: number): boolean {
  if (to - from > MAX_GAP) return false;
  for (let k = from; k < to; k++) if (!MODIFIERS.has(tokens[k]!.pos) && !LINKS.has(tokens[k]!.norm)) return false;
  return true;
}

/**
 * The issues of `tokens[from, to)` (`issues`, from `matchAll`, in text
 * order) less those named as the topic of talks; a noun of talks no issue
 * names takes the issue the lexicon's "talks" names when its topic is one.
 *
 * @example
 * import { withoutTalksTopics } from './talks-topic.js'
 * import { compileLexicon } from './lexicon.js'
 * import { DEFAULT_LEXICON } from './default-lexicon.js'
 * import { matchAll } from './phrase-matcher.js'
 * import { tokenize } from './nlp.js'
 * const { matcher } = compileLexicon(DEFAULT_LEXICON)
 * const issues = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   return withoutTalksTopics(matchAll(matcher, tokens, 0, tokens.length), tokens, 0, tokens.length, matcher).map((m) => m.pattern.value.issue)
 * }
 * assert.deepStrictEqual(issues('Kyiv is ready for talks on territorial concessions.'), ['peace-talks'])
 * assert.deepStrictEqual(issues('Kyiv wants talks with Moscow about a ceasefire and NATO membership.'), ['peace-talks'])
 * assert.deepStrictEqual(issues('Kyiv proposed a discussion of sanctions.'), ['peace-talks'])
 * assert.deepStrictEqual(issues('Kyiv wants talks and rejects territorial concessions.'), ['peace-talks', 'territorial-concessions'])
 * assert.deepStrictEqual(issues('Kyiv refuses to discuss territorial concessions.'), ['territorial-concessions'])
 * @category rules
 * @since 0.1.0
 * @internal
 */
export function withoutTalksTopics(
  issues: PhraseMatch<IssueSense>[],
  tokens: ReadonlyArray<Token>,
  from: number,
  to: number,
  matcher: PhraseMatcher<IssueSense>,
): PhraseMatch<IssueSense>[] {
  if (issues.length === 0) return issues;
  let topics: Set<PhraseMatch<IssueSense>> | undefined;
  let added: Array<PhraseMatch<IssueSense>> | undefined;
  for (let i = from; i < to - 2; i++) {
    const noun = tokens[i]!;
    if (!TALKS.has(noun.norm) || (noun.pos !== 'NOUN' && noun.pos !== 'PROPN')) continue;
    // "talks with Moscow on X": past the party talked with, to the topic's preposition.
    let p = i + 1;
    if (WITH.has(tokens[p]!.norm)) {
      let k = p + 1;
      while (k < to && k <= p + MAX_WITH && !ABOUT.has(tokens[k]!.norm) && (MODIFIERS.has(tokens[k]!.pos) || LIST.has(tokens[k]!.norm))) k++;
      p = k;
    }
    if (p >= to) continue;
    const prep = tokens[p]!.norm;
    if (!ABOUT.has(prep) && !(prep === 'of' && OF_AFTER.has(noun.norm))) continue;
    // The topic: the issue right after its modifiers, and those listed with it.
    let at = p + 1;
    const own = issues.find((m) => m.from <= i && m.to > i);
    const found: Array<PhraseMatch<IssueSense>> = [];
    for (const m of issues) {
      if (m.from < at || m === own) continue;
      if (!modifiersOnly(tokens, at, m.from)) break;
      found.push(m);
      // "and", "or", a comma, then the next item.
      at = m.to;
      if (at < to && LIST.has(tokens[at]!.norm)) at++;
      else break;
    }
    if (found.length === 0) continue;
    topics ??= new Set();
    for (const m of found) topics.add(m);
    if (own === undefined) {
      const talks = talksSense(matcher);
      if (talks) (added ??= []).push({ from: i, to: i + 1, pattern: talks.pattern });
    }
  }
  if (topics === undefined) return issues;
  const kept = issues.filter((m) => !topics!.has(m));
  return added === undefined ? kept : [...kept, ...added].sort((a, b) => a.from - b.from);
}
