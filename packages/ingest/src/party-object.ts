/**
 * The party a verb is said to: "warned Moscow of new sanctions", "is
 * pressing Kyiv to accept talks". For cues that hold only with a party
 * named there: the same verbs with none ("warned of a long war", "pushed
 * the deadline to Friday") say nothing of anyone's stance.
 *
 * @since 0.1.0
 */
import type { ActorMention } from './actor-registry.js';
import type { Token } from './nlp.js';
import { timeAdverbialEnd } from './time-adverbial.js';

/**
 * Where the word of `then` stands when, right after token `from` (before
 * `to`), stand one or more parties of `actors` ("Moscow", "the Kremlin",
 * "Kyiv and Moscow") and then that word; -1 when they do not. An adverb or
 * two may stand before the word ("pressed Kyiv hard to accept"), and
 * "into" counts only before a verb ("pressed Kyiv into accepting talks",
 * not "pushed Kyiv into the city").
 *
 * @example
 * import { buildRegistry } from '@stancelog/ingest'
 * import { findActors } from './actor-registry.js'
 * import { partyThenAt } from './party-object.js'
 * import { tokenize } from './nlp.js'
 * const read = (text: string, verb = 'warned', then = 'of') => {
 *   const { tokens } = tokenize(text, 0)
 *   const actors = findActors(buildRegistry(), tokens, 0, tokens.length)
 *   return partyThenAt(tokens, actors, tokens.findIndex((t) => t.text === verb) + 1, tokens.length, new Set([then]))
 * }
 * assert.strictEqual(read('Washington warned the Kremlin of new sanctions.'), 4)
 * assert.strictEqual(read('Paris warned Kyiv and Moscow of new sanctions.'), 5)
 * assert.strictEqual(read('Paris warned Moscow again of new sanctions.'), 4)
 * assert.strictEqual(read('Kyiv warned of a long war.'), -1)
 * assert.strictEqual(read('Kyiv warned its allies of a long war.'), -1)
 * assert.strictEqual(read('The EU pressed Kyiv hard to accept talks.', 'pressed', 'to'), 5)
 * assert.strictEqual(read("The EU pressed Kyiv's negotiators to accept talks.", 'pressed', 'to'), 6)
 * @category rules
 * @since 0.1.0
 * @internal
 */
export function partyThenAt(tokens: ReadonlyArray<Token>, actors: ReadonlyArray<ActorMention>, from: number, to: number, then: ReadonlySet<string>): number {
  const k = thenAt(tokens, actors, from, to);
  if (k < 0 || k >= to || !then.has(tokens[k]!.norm)) return -1;
  // "pressed Kyiv into accepting talks", not "pushed Kyiv into the city".
  return tokens[k]!.norm !== 'into' || (k + 1 < to && tokens[k + 1]!.pos === 'VERB') ? k : -1;
}

/**
 * Where "to" stands when, right after token `from`, a noun phrase the
 * register does not name ("the established powers", "member states") is
 * followed by "to" and a verb: "pressed the established powers to share
 * their data" presses them as it would a party. -1 when not.
 *
 * @example
 * import { nounPhraseThenTo } from './party-object.js'
 * import { tokenize } from './nlp.js'
 * const read = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   return nounPhraseThenTo(tokens, tokens.findIndex((t) => t.text === 'pressed') + 1, tokens.length)
 * }
 * assert.strictEqual(read('Kyiv pressed the established powers to share their data.'), 5)
 * assert.strictEqual(read('Kyiv pressed ahead to share their data.'), -1)
 * @category rules
 * @since 0.1.0
 * @internal
 */
export function nounPhraseThenTo(tokens: ReadonlyArray<Token>, from: number, to: number): number {
  let k = from;
  let nouns = 0;
  while (k < to && k - from < 6 && PHRASE.has(tokens[k]!.pos)) {
    if (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN') nouns++;
    k++;
  }
  return nouns > 0 && k + 1 < to && tokens[k]!.norm === 'to' && tokens[k + 1]!.pos === 'VERB' ? k : -1;
}
const PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

// Words that may stand between the party and the word after it: "pressed Kyiv hard to", "warned Moscow again of".
const MANNER = new Set(['ADV']);
const MANNER_WORDS = new Set(['hard']);

// The word after the parties right after token `from`, any adverbs and a time
// after them ("Moscow hard to", "Moscow on Monday to"), or -1 when no party stands there.
function thenAt(tokens: ReadonlyArray<Token>, actors: ReadonlyArray<ActorMention>, from: number, to: number): number {
  let k = partyEnd(tokens, actors, from, to);
  if (k < 0) return k;
  for (let n = 0; n < 2 && k < to && (MANNER.has(tokens[k]!.pos) || MANNER_WORDS.has(tokens[k]!.norm)); n++) k++;
  // "urged Kyiv on Monday to", "pressed Moscow last week to": when it was said.
  return timeAdverbialEnd(tokens, k, to);
}

// The token right after the parties that stand right after token `from`
// ("Moscow", "the Kremlin", "Kyiv and Moscow"), or -1 when none stands there.
function partyEnd(tokens: ReadonlyArray<Token>, actors: ReadonlyArray<ActorMention>, from: number, to: number): number {
  let k = from;
  let parties = 0;
  while (k < to) {
    const m = actors.find((a) => a.titleFrom === k || (a.titleFrom === k + 1 && tokens[k]!.pos === 'DET'));
    if (!m || m.via !== 'name') return -1;
    parties++;
    k = m.to;
    // "told Russia's government to", "pressed Kyiv's negotiators to": the party's people, told for it.
    if (k + 1 < to && (tokens[k]!.norm === "'s" || tokens[k]!.norm === "'") && tokens[k + 1]!.pos === 'NOUN') k += 2;
    // "Kyiv and Moscow", "Kyiv, Moscow and Minsk".
    if (k < to && (tokens[k]!.norm === 'and' || tokens[k]!.norm === ',')) k++;
    else break;
  }
  return parties > 0 ? k : -1;
}

// Words that may stand before the issue in the noun phrase after "of":
// "the", "new", "further", "tougher", "more", "even".
const ISSUE_LEAD = new Set(['DET', 'ADJ', 'NUM', 'ADV']);

/**
 * Whether, after the parties right after token `from` and the word after
 * them ("warned Moscow of"), the noun phrase is headed by an issue of
 * `issues`: the issue starts it (determiners and adjectives before it
 * allowed: "of new sanctions", "of tougher sanctions") and nothing it
 * only qualifies follows it. "of the risks of lifting sanctions", "of the
 * dangers of a ceasefire" name a risk, not the issue; "of the ceasefire's
 * collapse" (a possessive) and "of a ceasefire deadline" (a noun after it)
 * another head; and "of new sanctions by Moscow" another party's act.
 *
 * @example
 * import { buildRegistry, compileLexicon, DEFAULT_LEXICON } from '@stancelog/ingest'
 * import { findActors } from './actor-registry.js'
 * import { matchAll } from './phrase-matcher.js'
 * import { issueAfterParty } from './party-object.js'
 * import { tokenize } from './nlp.js'
 * const { matcher } = compileLexicon(DEFAULT_LEXICON)
 * const read = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   const actors = findActors(buildRegistry(), tokens, 0, tokens.length)
 *   const issues = matchAll(matcher, tokens, 0, tokens.length)
 *   return issueAfterParty(tokens, actors, issues, tokens.findIndex((t) => t.text === 'warned') + 1, tokens.length)
 * }
 * assert.strictEqual(read('Washington warned Moscow of new sanctions.'), true)
 * assert.strictEqual(read('Zelensky warned Trump of the dangers of a ceasefire.'), false)
 * assert.strictEqual(read("Kyiv warned Moscow of the ceasefire's collapse."), false)
 * assert.strictEqual(read('Kyiv warned the EU of new sanctions by Moscow.'), false)
 * @category rules
 * @since 0.1.0
 * @internal
 */
export function issueAfterParty(
  tokens: ReadonlyArray<Token>,
  actors: ReadonlyArray<ActorMention>,
  issues: ReadonlyArray<{ readonly from: number; readonly to: number }>,
  from: number,
  to: number,
): boolean {
  const then = thenAt(tokens, actors, from, to);
  if (then < 0) return false;
  for (let k = then + 1; k < to; k++) {
    const issue = issues.find((i) => i.from === k);
    if (issue) return issueHeads(tokens, actors, issue.to, to);
    if (!ISSUE_LEAD.has(tokens[k]!.pos)) return false;
  }
  return false;
}

// Whether an issue ending before token `k` heads its noun phrase: no
// possessive, no noun after it, no "by" and a party (the act another's).
function issueHeads(tokens: ReadonlyArray<Token>, actors: ReadonlyArray<ActorMention>, k: number, to: number): boolean {
  if (k >= to) return true;
  const t = tokens[k]!;
  if (t.norm === "'s" || t.norm === '\u2019s' || t.norm === "'" || t.pos === 'NOUN' || t.pos === 'PROPN') return false;
  return !(t.norm === 'by' && partyEnd(tokens, actors, k + 1, to) >= 0);
}
