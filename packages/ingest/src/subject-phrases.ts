/**
 * Issue phrases read with their subject: a lexicon may name the same verb
 * with its subject to give it the other polarity ("Russia withdraws from
 * Kherson" is no concession, "withdraws from Kherson" is one). The
 * subject is often not right before the verb: an adverb stands between
 * ("Russia must first withdraw from Kherson"), a verb governs it as an
 * infinitive ("Russia refuses to withdraw from Kherson"), or the verb is the second
 * of a coordinated predicate ("if Moscow accepts a truce and withdraws from
 * Kherson"). Such a phrase is read as if its subject stood before it.
 *
 * @since 0.1.0
 */
import type { ActorMention } from './actor-registry.js';
import type { Token } from './nlp.js';
import { matchAll, type PhraseMatch, type PhraseMatcher } from './phrase-matcher.js';

/**
 * `issues` (matched in `tokens[from, to)`), each phrase that opens with a
 * verb and has no actor right before it read again with its subject
 * (an actor of `actors`) put before it: where the lexicon has a phrase
 * for the two, that phrase's sense replaces the verb's own, over the same
 * tokens. Adverbs and auxiliaries between the subject and the verb, or a
 * predicate coordinated before it, are passed over.
 *
 * @example
 * import { compileLexicon, DEFAULT_LEXICON, buildRegistry } from '@stancelog/ingest'
 * import { findActors } from './actor-registry.js'
 * import { matchAll } from './phrase-matcher.js'
 * import { tokenize } from './nlp.js'
 * import { withSubjects } from './subject-phrases.js'
 * const { matcher } = compileLexicon(DEFAULT_LEXICON)
 * const { tokens } = tokenize('Russia must first withdraw from Kherson.', 0)
 * const actors = findActors(buildRegistry(), tokens, 0, tokens.length)
 * const read = withSubjects(matchAll(matcher, tokens, 0, tokens.length), matcher, tokens, 0, actors)
 * assert.deepStrictEqual(read.map((m) => [m.pattern.value.issue, m.pattern.value.polarity]), [['territorial-concessions', '-']])
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function withSubjects<V>(issues: ReadonlyArray<PhraseMatch<V>>, matcher: PhraseMatcher<V>, tokens: ReadonlyArray<Token>, from: number, actors: ReadonlyArray<ActorMention>): PhraseMatch<V>[] {
  return issues.map((m) => {
    if (tokens[m.from]!.pos !== 'VERB' || actors.some((a) => a.to === m.from)) return m;
    const subject = subjectOf(tokens, from, m.from, actors);
    if (!subject) return m;
    const phrase = tokens.slice(m.from, m.to);
    // The subject as written ("Moscow"), else by its id ("russia" for "the Kremlin").
    for (const words of [tokens.slice(subject.from, subject.to), [idToken(subject)]]) {
      const seq = [...words, ...phrase];
      const found = matchAll(matcher, seq, 0, seq.length).find((x) => x.from === 0 && x.to === seq.length);
      if (found) return found.pattern === m.pattern ? m : { ...m, pattern: found.pattern };
    }
    return m;
  });
}

// Words between a subject and its verb: "must first", "will then", "has now".
const BETWEEN = new Set(['ADV', 'AUX', 'PART']);
// Where the search for the subject of a coordinated predicate stops: a new clause.
const CLAUSE_EDGE = new Set([',', ';', ':', 'if', 'unless', 'that', 'once', 'until', 'after', 'before', 'when', 'whether', 'but', 'or', '"', '“', '”']);
// How far back a coordinated predicate's subject is looked for.
const REACH = 12;

// The actor that is the subject of the verb at `at`: right before it,
// adverbs and auxiliaries between ("Russia must first withdraw"), or,
// after "and", the subject of the predicate before ("Moscow accepts a
// truce and withdraws"): the nearest actor followed by a verb.
function subjectOf(tokens: ReadonlyArray<Token>, from: number, at: number, actors: ReadonlyArray<ActorMention>): ActorMention | undefined {
  let k = at - 1;
  while (k >= from && BETWEEN.has(tokens[k]!.pos)) k--;
  // "Russia refuses to withdraw", "Moscow is ready to pull out of": the subject of the verb (or adjective) that governs
  // the infinitive, with no actor of its own before "to" ("Kyiv urged Moscow to withdraw": Moscow).
  for (let depth = 0; depth < 2 && k > from && tokens[k + 1]?.norm === 'to' && /^(?:VERB|ADJ)$/.test(tokens[k]!.pos) && !actors.some((a) => a.to === k + 1); depth++) {
    k--;
    while (k >= from && BETWEEN.has(tokens[k]!.pos)) k--;
  }
  const right = actors.find((a) => a.to === k + 1);
  if (right) return right;
  if (k < from || tokens[k]!.norm !== 'and') return undefined;
  for (let j = k - 1; j >= Math.max(from, k - REACH); j--) {
    if (CLAUSE_EDGE.has(tokens[j]!.norm)) return undefined;
    const actor = actors.find((a) => a.to === j + 1);
    const next = tokens[j + 1];
    if (actor && next && (next.pos === 'VERB' || next.pos === 'AUX')) return actor;
  }
  return undefined;
}

// A token standing for the actor by its id, as a lexicon may name it ("russia").
function idToken(subject: ActorMention): Token {
  const id = subject.actor.id.toLowerCase();
  return { start: 0, end: 0, text: id, norm: id, lemma: id, pos: 'PROPN' };
}
