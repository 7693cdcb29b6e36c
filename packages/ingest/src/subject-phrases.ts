/**
 * Issue phrases read with their subject: a lexicon may name the same verb
 * with its subject to give it the other polarity ("Russia withdraws from
 * Kherson" is no concession, "withdraws from Kherson" is one). The
 * subject is often not right before the verb: an adverb stands between
 * ("Russia must first withdraw from Kherson"), a verb governs it as an
 * infinitive ("Russia refuses to withdraw from Kherson"), or the verb is the second
 * of a coordinated predicate ("if Moscow accepts a truce and withdraws from
 * Kherson"). Such a phrase is read as if its subject stood before it; so
 * is a verb that opens a phrase only with its subject ("Russia will not
 * withdraw its troops from Kherson"), and a quoted "we" is read as the
 * speaker's party once the quote's speaker is known.
 *
 * @since 0.1.0
 */
import type { ActorMention } from './actor-registry.js';
import type { Token } from './nlp.js';
import { matchStart, type PhraseMatch, type PhraseMatcher } from './phrase-matcher.js';

/**
 * `issues` (matched in `tokens[from, to)`), each phrase that opens with a
 * verb and has no actor right before it read again with its subject
 * (an actor of `actors`) put before it: where the lexicon has a phrase
 * for the two, that phrase's sense replaces the verb's own, over the same
 * tokens. Adverbs and auxiliaries between the subject and the verb, or a
 * predicate coordinated before it, are passed over. A verb that opens no
 * phrase alone may open one with its subject: "Russia will not withdraw
 * its troops from Kherson" (the lexicon names troops withdrawn only with
 * whose they are) is read as the phrase of "Russia withdraw its troops
 * from Kherson", over the words from the verb on.
 *
 * @example
 * import { compileLexicon, DEFAULT_LEXICON, buildRegistry } from '@stancelog/ingest'
 * import { findActors } from './actor-registry.js'
 * import { matchAll } from './phrase-matcher.js'
 * import { tokenize } from './nlp.js'
 * import { withSubjects } from './subject-phrases.js'
 * const { matcher } = compileLexicon(DEFAULT_LEXICON)
 * const read = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   const actors = findActors(buildRegistry(), tokens, 0, tokens.length)
 *   return withSubjects(matchAll(matcher, tokens, 0, tokens.length), matcher, tokens, 0, tokens.length, actors).map((m) => [m.pattern.value.issue, m.pattern.value.polarity])
 * }
 * assert.deepStrictEqual(read('Russia must first withdraw from Kherson.'), [['territorial-concessions', '-']])
 * assert.deepStrictEqual(read('Russia will not withdraw its troops from Kherson.'), [['territorial-concessions', '-']])
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function withSubjects<V>(issues: ReadonlyArray<PhraseMatch<V>>, matcher: PhraseMatcher<V>, tokens: ReadonlyArray<Token>, from: number, to: number, actors: ReadonlyArray<ActorMention>): PhraseMatch<V>[] {
  const actorAt = (k: number) => actors.find((a) => a.to === k + 1);
  const read = reread(issues, matcher, tokens, from, to, actors, (k) => {
    const subject = actorAt(k);
    // The subject as written ("Moscow"), else by its id ("russia" for "the Kremlin").
    return subject ? [tokens.slice(subject.from, subject.to), [idToken(subject.actor.id)]] : undefined;
  });
  return read.some((m) => invertedSubject(tokens, from, m, actors)) ? read.map((m) => ({ ...m, from: invertedSubject(tokens, from, m, actors)?.to ?? m.from })) : read;
}

// "Nor will Russia withdraw from Kherson", "Never will Moscow pull out of Crimea": after a fronted negation, the
// subject stands between the auxiliary and the verb, right before it, so the phrase the lexicon names with its subject
// is matched from the subject on. It is read from its verb, as "Russia will not withdraw from Kherson" is: no issue
// started at the verb a refusal of the issue's own verb looks for, and the subject inside the issue was no holder
// (set aside as `no-issue-verb`, a leftover of stop 49).
function invertedSubject<V>(tokens: ReadonlyArray<Token>, from: number, m: PhraseMatch<V>, actors: ReadonlyArray<ActorMention>): ActorMention | undefined {
  if (m.from - 1 < from || tokens[m.from - 1]!.pos !== 'AUX') return undefined;
  const subject = actors.find((a) => a.from === m.from && a.to < m.to);
  return subject !== undefined && tokens[subject.to]!.pos === 'VERB' ? subject : undefined;
}

/**
 * The same, for a subject that is a quoted "we" or "I": read as the party
 * of the one who says it (`selfActor`, the id of the quote's speaker's
 * actor), as its name would be: '"We will not withdraw from Kherson,"
 * Lavrov said' is Russia's withdrawal refused, as '"Russia will not
 * withdraw ..."' is. `issues` is returned as it is when no such "we"
 * stands in the sentence.
 *
 * @example
 * import { compileLexicon, DEFAULT_LEXICON } from '@stancelog/ingest'
 * import { matchAll } from './phrase-matcher.js'
 * import { tokenize } from './nlp.js'
 * import { withSpeakerSubjects } from './subject-phrases.js'
 * const { matcher } = compileLexicon(DEFAULT_LEXICON)
 * const { tokens } = tokenize('"We will not withdraw from Kherson," Lavrov said.', 0)
 * const issues = matchAll(matcher, tokens, 0, tokens.length)
 * const read = withSpeakerSubjects(issues, matcher, tokens, 0, tokens.length, [], (k) => (k < 8 ? 'russia' : undefined))
 * assert.deepStrictEqual(read.map((m) => [m.pattern.value.issue, m.pattern.value.polarity]), [['territorial-concessions', '-']])
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function withSpeakerSubjects<V>(
  issues: ReadonlyArray<PhraseMatch<V>>,
  matcher: PhraseMatcher<V>,
  tokens: ReadonlyArray<Token>,
  from: number,
  to: number,
  actors: ReadonlyArray<ActorMention>,
  selfActor: (k: number) => string | undefined,
): ReadonlyArray<PhraseMatch<V>> {
  return withPronounsAs(issues, matcher, tokens, from, to, actors, SELF, selfActor);
}

const SELF = new Set(['we', 'i']);

/**
 * The same, for a subject that is "it" or "they", read as the one actor it
 * stands for (`actorOf`, the id of the actor the pronoun is resolved to, as
 * the stance's holder is): "Russia said it will not withdraw from Kherson"
 * is Russia's withdrawal refused, as "Russia will not withdraw ..." is.
 * `issues` is returned as it is when no such pronoun stands in the sentence,
 * and a pronoun `actorOf` resolves to no single actor is no subject.
 *
 * @example
 * import { compileLexicon, DEFAULT_LEXICON } from '@stancelog/ingest'
 * import { matchAll } from './phrase-matcher.js'
 * import { tokenize } from './nlp.js'
 * import { withPronounSubjects } from './subject-phrases.js'
 * const { matcher } = compileLexicon(DEFAULT_LEXICON)
 * const { tokens } = tokenize('Russia said it will not withdraw from Kherson.', 0)
 * const issues = matchAll(matcher, tokens, 0, tokens.length)
 * const read = withPronounSubjects(issues, matcher, tokens, 0, tokens.length, [], (k) => (k === 2 ? 'russia' : undefined))
 * assert.deepStrictEqual(read.map((m) => [m.pattern.value.issue, m.pattern.value.polarity]), [['territorial-concessions', '-']])
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function withPronounSubjects<V>(
  issues: ReadonlyArray<PhraseMatch<V>>,
  matcher: PhraseMatcher<V>,
  tokens: ReadonlyArray<Token>,
  from: number,
  to: number,
  actors: ReadonlyArray<ActorMention>,
  actorOf: (k: number) => string | undefined,
): ReadonlyArray<PhraseMatch<V>> {
  return withPronounsAs(issues, matcher, tokens, from, to, actors, GROUP, actorOf);
}

const GROUP = new Set(['it', 'they']);

// The phrases of `issues` reread with each pronoun of `pronouns` that `actorOf` resolves as the subject it stands
// for. Most sentences have no such pronoun: one pass over the words, and nothing else.
function withPronounsAs<V>(
  issues: ReadonlyArray<PhraseMatch<V>>,
  matcher: PhraseMatcher<V>,
  tokens: ReadonlyArray<Token>,
  from: number,
  to: number,
  actors: ReadonlyArray<ActorMention>,
  pronouns: ReadonlySet<string>,
  actorOf: (k: number) => string | undefined,
): ReadonlyArray<PhraseMatch<V>> {
  const pronoun = (k: number): boolean => tokens[k]!.pos === 'PRON' && pronouns.has(tokens[k]!.norm);
  let first = -1;
  for (let k = from; k < to && first < 0; k++) if (pronoun(k) && actorOf(k) !== undefined) first = k;
  if (first < 0) return issues;
  return reread(issues, matcher, tokens, first, to, actors, (k) => {
    const id = pronoun(k) ? actorOf(k) : undefined;
    return id === undefined ? undefined : [[idToken(id)]];
  });
}

// The words that are a second word of some phrase of a matcher (a gap
// skipped: no word is): once per matcher, for a cheap test of a verb.
const seconds = new WeakMap<object, ReadonlySet<string>>();
function secondWords(matcher: PhraseMatcher<unknown>): ReadonlySet<string> {
  let set = seconds.get(matcher);
  if (set) return set;
  const words = new Set<string>();
  for (const patterns of matcher.byFirst.values()) {
    for (const p of patterns) {
      const w = p.words[1];
      if (w !== undefined && w !== 'gap') for (const f of w.forms) words.add(f);
    }
  }
  seconds.set(matcher, (set = words));
  return set;
}
// How many words after the verb a phrase read with its subject may take: "withdraw all its troops from the Zaporizhzhia region".
const PHRASE_REACH = 12;

// Each verb of `tokens[from, to)` whose subject `subjectWords` finds (the
// word sequences to try for a subject ending at a token) read with it:
// a phrase opening with the verb takes the sense of the phrase with the
// subject before it; a verb opening none may open one with it, which
// then replaces the phrases it overlaps.
function reread<V>(
  issues: ReadonlyArray<PhraseMatch<V>>,
  matcher: PhraseMatcher<V>,
  tokens: ReadonlyArray<Token>,
  from: number,
  to: number,
  actors: ReadonlyArray<ActorMention>,
  subjectWords: (k: number) => ReadonlyArray<ReadonlyArray<Token>> | undefined,
): PhraseMatch<V>[] {
  let changed = false;
  const out = issues.map((m) => {
    if (m.from < from || tokens[m.from]!.pos !== 'VERB' || actors.some((a) => a.to === m.from)) return m;
    const at = subjectOf(tokens, from, m.from, actors, subjectWords);
    if (!at) return m;
    const phrase = tokens.slice(m.from, m.to);
    for (const words of at) {
      const seq = [...words, ...phrase];
      const found = matchStart(matcher, seq, 0, seq.length);
      if (found && found.to === seq.length) {
        if (found.pattern === m.pattern) return m;
        changed = true;
        return { ...m, pattern: found.pattern };
      }
    }
    return m;
  });
  // Verbs that open no phrase alone: "Russia will not withdraw its troops from Kherson".
  // Only a word that is the second of some phrase may follow a subject in one.
  const seconds = secondWords(matcher);
  let added: PhraseMatch<V>[] | undefined;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB' || !(seconds.has(t.norm) || seconds.has(t.lemma)) || out.some((m) => m.from <= k && k < m.to)) continue;
    const at = subjectOf(tokens, from, k, actors, subjectWords);
    if (!at) continue;
    const rest = tokens.slice(k, Math.min(to, k + PHRASE_REACH));
    for (const words of at) {
      // Only phrases that open with the subject's word are worth trying.
      if (!matcher.byFirst.has(words[0]!.norm) && !matcher.byFirst.has(words[0]!.lemma)) continue;
      const seq = [...words, ...rest];
      const found = matchStart(matcher, seq, 0, seq.length);
      if (!found || found.to <= words.length) continue;
      (added ??= []).push({ from: k, to: k + found.to - words.length, pattern: found.pattern });
      break;
    }
  }
  if (!added) return changed ? out : (issues as PhraseMatch<V>[]);
  const extra = added;
  return [...out.filter((m) => !extra.some((x) => m.from < x.to && x.from < m.to)), ...extra].sort((a, b) => a.from - b.from);
}

// Words between a subject and its verb: "must first", "will then", "has now".
const BETWEEN = new Set(['ADV', 'AUX', 'PART']);
// Where the search for the subject of a coordinated predicate stops: a new clause.
const CLAUSE_EDGE = new Set([',', ';', ':', 'if', 'unless', 'that', 'once', 'until', 'after', 'before', 'when', 'whether', 'but', 'or', '"', '“', '”']);
// How far back a coordinated predicate's subject is looked for.
const REACH = 12;

// The subject of the verb at `at` (the words to read it by, from
// `subjectWords`): right before it, adverbs and auxiliaries between
// ("Russia must first withdraw"), or, after "and", the subject of the
// predicate before ("Moscow accepts a truce and withdraws"): the nearest
// subject followed by a verb.
function subjectOf(
  tokens: ReadonlyArray<Token>,
  from: number,
  at: number,
  actors: ReadonlyArray<ActorMention>,
  subjectWords: (k: number) => ReadonlyArray<ReadonlyArray<Token>> | undefined,
): ReadonlyArray<ReadonlyArray<Token>> | undefined {
  let k = at - 1;
  // "Russia has no intention of withdrawing (to withdraw) from X", "has no plans to withdraw": the subject of "has".
  // "has no intention whatsoever of", "does not have any intention of": the words before "no" (or "any") are passed over below.
  if (k - 2 >= from && (tokens[k]!.norm === 'of' || tokens[k]!.norm === 'to')) {
    const j = tokens[k - 1]!.norm === 'whatsoever' ? k - 2 : k - 1;
    if (j - 1 >= from && (tokens[j]!.lemma === 'intention' || tokens[j]!.lemma === 'plan') && (tokens[j - 1]!.norm === 'no' || tokens[j - 1]!.norm === 'any')) k = j - 2;
  }
  while (k >= from && BETWEEN.has(tokens[k]!.pos)) k--;
  // "Russia refuses to withdraw", "Moscow is ready to pull out of": the subject of the verb (or adjective) that governs
  // the infinitive, with no actor of its own before "to" ("Kyiv urged Moscow to withdraw": Moscow).
  for (let depth = 0; depth < 2 && k > from && tokens[k + 1]?.norm === 'to' && /^(?:VERB|ADJ)$/.test(tokens[k]!.pos) && !actors.some((a) => a.to === k + 1); depth++) {
    k--;
    while (k >= from && BETWEEN.has(tokens[k]!.pos)) k--;
  }
  if (k < from) return undefined;
  const right = subjectWords(k);
  if (right) return right;
  if (tokens[k]!.norm !== 'and') return undefined;
  for (let j = k - 1; j >= Math.max(from, k - REACH); j--) {
    if (CLAUSE_EDGE.has(tokens[j]!.norm)) return undefined;
    const next = tokens[j + 1];
    if (!next || (next.pos !== 'VERB' && next.pos !== 'AUX')) continue;
    const subject = subjectWords(j);
    if (subject) return subject;
  }
  return undefined;
}

// A token standing for the actor by its id, as a lexicon may name it ("russia").
function idToken(actorId: string): Token {
  const id = actorId.toLowerCase();
  return { start: 0, end: 0, text: id, norm: id, lemma: id, pos: 'PROPN' };
}
