/**
 * Attribution: who is the subject of a verb, who speaks a sentence or a
 * quote, and whom a pronoun or "both sides" points back to.
 *
 * @since 0.1.0
 */
import type { Actor } from '@stancelog/core';
import { tokenText, type Token } from './nlp.js';
import { actorNameKey, officeHeldIn, representedActor, TITLE_WORDS, type ActorMention } from './actor-registry.js';
import { afterPreposition, insideAny, quoteStart, type SentenceContext, type SpeakerRef } from './sentence-context.js';
import type { PhraseMatch } from './phrase-matcher.js';
import { CLAUSE_BREAKS, CONDITION_MARKERS, PLAN_WORDS, SAYING_VERBS } from './cue-rules.js';

/**
 * What the reader remembers across sentences of an article.
 * @category attribution
 * @since 0.1.0
 * @internal
 */
export interface DiscourseState {
  /** The last person named as a subject (for he/she); `null` for an unregistered person. */
  lastPerson: { name: string; actor: Actor | null } | undefined;
  /** The last non-person actor named as a subject (for they/it). */
  lastActor: Actor | undefined;
  lastSpeaker: SpeakerRef | undefined;
  /** How often each actor but a person is named: "both sides" are the two most named, "the alliance" the one alliance. */
  readonly frequency: Map<string, { actor: Actor; count: number }>;
  /**
   * The day the sentence being read was said (its statements' `statedAt`:
   * the date it names or carries, else the article's), on which a person's
   * office says whom they speak for. The pipeline sets it for each sentence.
   */
  date: string | undefined;
  /**
   * Persons the register does not know, named in full earlier in the
   * article, by surname ("Rolf Andersen" as "andersen"), with the actors
   * their title named ("City Council leader Rolf Andersen"). The pipeline
   * replaces the map (never changes it) when a sentence names someone new,
   * so that a sentence's own state keeps the names that came before it.
   */
  surnames?: Map<string, Subject>;
  /**
   * Registered persons named earlier in the article, by the title of the
   * office they hold on the day ("foreign minister" for Marco Ilves):
   * "the foreign minister said" later is that person; `null` when two
   * persons holding it were named. Replaced, never changed, as `surnames`
   * is.
   */
  titles?: Map<string, Subject | null>;
  /**
   * The registered persons who hold an office, for "the new foreign minister" read on a day when the person named
   * with that title before no longer held it: the one who did then.
   */
  readonly persons?: ReadonlyArray<Actor>;
  /**
   * The subject of the sentence before, in the same paragraph, for "it" or
   * "they" opening the next one: `undefined` for a paragraph's first
   * sentence, `null` when that sentence had no one subject that is an actor
   * (none, a person, or clauses with different subjects).
   */
  previousSubject?: ReadonlyArray<Actor> | null;
  /**
   * The two actors (no persons) a sentence of the article last had for its
   * subject, naming no other as a subject or object ("Valmora and the
   * Movement met in Ardesh"): "the two sides" of the sentences after it.
   */
  lastSides?: ReadonlyArray<Actor>;
  /** Who presented the plan, draft or proposal the article presented last (as its stances are read): "the draft contains X" is theirs. */
  lastPlan?: ReadonlyArray<string>;
}

/**
 * A resolved subject: the actors (several when coordinated: "Starmer and
 * von der Leyen") and the rule that found them.
 * @category attribution
 * @since 0.1.0
 * @internal
 */
export interface Subject {
  readonly actors: ReadonlyArray<Actor>;
  readonly name: string;
  readonly rule: string;
  /** Set when the subject is a person not in the register. */
  readonly unknownPerson?: boolean;
}

const SUBJECT_NOUNS = new Set(['official', 'officials', 'side', 'delegation', 'authorities', 'government', 'negotiators', 'leaders', 'leadership', 'diplomats', 'forces', 'military', 'army', 'president']);
// Nouns after a name for people who are the actor's but do not speak for it.
const NOT_SPEAKING_FOR = new Set([
  'voter', 'voters', 'supporter', 'supporters', 'member', 'members', 'activist', 'activists', 'rebel', 'rebels', 'backbencher',
  'backbenchers', 'critic', 'critics', 'dissident', 'dissidents', 'donor', 'donors', 'sympathiser', 'sympathisers', 'sympathizer',
  'sympathizers', 'grassroots', 'faithful',
]);
const PERSON_PRONOUNS = new Set(['he', 'she']);
const GROUP_PRONOUNS = new Set(['they', 'it']);
const SELF_PRONOUNS = new Set(['we', 'i']);

// Both are asked for several times per sentence (subjects, pronouns,
// discourse memory): compute them once per context.
const subjectCache = new WeakMap<SentenceContext, ActorMention[]>();
const unknownCache = new WeakMap<SentenceContext, Array<{ from: number; to: number }>>();

/**
 * Mentions usable as a subject: not after a preposition (unless they head a
 * gerund: "with Russia making demands"), not inside an issue phrase
 * ("guarantees for Kyiv"), not before a noun for people who do not speak
 * for the actor ("Green Alliance voters"), demonyms only before a noun like
 * "officials".
 *
 * @example
 * import { buildRegistry } from '@stancelog/ingest'
 * import { subjectMentions } from './attribution.js'
 * import { findActors } from './actor-registry.js'
 * import { tokenize } from './nlp.js'
 * const { tokens } = tokenize('Zelensky, after talks with Trump, rejected Russian demands.', 0)
 * const actors = findActors(buildRegistry(), tokens, 0, tokens.length)
 * assert.deepStrictEqual(actors.map((m) => m.actor.id), ['volodymyr-zelensky', 'donald-trump', 'russia'])
 * const ctx = { tokens, from: 0, to: tokens.length, actors, issues: [], cues: [], quoted: [], speakers: [] }
 * // Trump is the object of "with"; "Russian" qualifies demands, not officials.
 * assert.deepStrictEqual(subjectMentions(ctx).map((m) => m.actor.id), ['volodymyr-zelensky'])
 * @category attribution
 * @since 0.1.0
 * @internal
 */
export function subjectMentions(ctx: SentenceContext): ActorMention[] {
  const hit = subjectCache.get(ctx);
  if (hit) return hit;
  // Where the objects of a preposition end: "with Putin and Zelensky" are both its objects.
  const objectEnds = new Set<number>();
  const found = ctx.actors.filter((m) => {
    if (insideAny(ctx.issues, m.from)) return false;
    // "Green Alliance voters rejected X": the voters, not the party. Its members' vote is its decision, though ("Union
    // members voted to ratify the agreement").
    if (m.to < ctx.to && NOT_SPEAKING_FOR.has(ctx.tokens[m.to]!.norm) && !membersVote(ctx, m.to)) return false;
    // "Officials of the Kremlin agreed", "Members of the union voted to ratify": the group speaks for the actor.
    if (groupOf(ctx, m.titleFrom)) return true;
    const and = m.titleFrom - 1;
    // Not "met with Putin and Zelensky rejected ...": a verb right after makes it a subject.
    if (and > ctx.from && ctx.tokens[and]!.norm === 'and' && objectEnds.has(and) && !verbAfter(ctx, m.to)) {
      objectEnds.add(m.to);
      return false;
    }
    // "after Labour rejected a rent cap": "after" opens a clause, and the name is its subject.
    if ((afterPreposition(ctx.tokens, m.titleFrom, ctx.from) && !subjectOfSubordinate(ctx, m)) || afterGerundOfPreposition(ctx, m.titleFrom)) {
      objectEnds.add(m.to);
      // "with Russia making demands": an object that heads a gerund is its subject.
      let k = m.to;
      while (k < ctx.to && ctx.tokens[k]!.pos === 'ADV') k++;
      const next = ctx.tokens[k];
      if (!(next && next.pos === 'VERB' && next.norm.endsWith('ing'))) return false;
    }
    // "Renk told the committee that performers would back X" (a review of music talks): the party told is addressed,
    // no subject of what it is told.
    if (toldAt(ctx, m.titleFrom)) return false;
    if (m.via === 'member') return true;
    if (m.via === 'demonym') {
      const next = ctx.tokens[m.to];
      return next !== undefined && SUBJECT_NOUNS.has(next.norm);
    }
    return true;
  });
  subjectCache.set(ctx, found);
  return found;
}

// Whether a verb of telling stands right before token `at`, past the words of a noun phrase: the phrase from `at` on
// is the one told ("told Kyiv", "told the committee", "told the culture committee").
function toldAt(ctx: SentenceContext, at: number): boolean {
  let j = at - 1;
  while (j >= ctx.from && (ctx.tokens[j]!.pos === 'DET' || ctx.tokens[j]!.pos === 'ADJ' || ctx.tokens[j]!.pos === 'NOUN')) j--;
  return j >= ctx.from && ctx.tokens[j]!.lemma === 'tell' && ctx.tokens[j]!.pos === 'VERB';
}

// Whether the members at `k` ("members", "member") vote, an adverb or "by" a margin between: "members voted (by 78
// percent) to ratify". A membership's vote is the body's decision, as its officials' word is its own.
function membersVote(ctx: SentenceContext, k: number): boolean {
  if (ctx.tokens[k]!.lemma !== 'member') return false;
  let j = k + 1;
  while (j < ctx.to && ctx.tokens[j]!.pos === 'ADV') j++;
  return j < ctx.to && ctx.tokens[j]!.lemma === 'vote' && ctx.tokens[j]!.pos === 'VERB';
}

// Nouns for people who speak or decide for the body named after "of": "officials of the Kremlin".
const GROUP_OF = new Set(['officials', 'representatives', 'delegates', 'negotiators', 'leaders', 'leadership', 'envoys']);

// Whether the name at `titleFrom` is the body of such a group opening its clause ("Officials of the Kremlin agreed"),
// or of its members who vote ("Members of the union voted to ratify").
function groupOf(ctx: SentenceContext, titleFrom: number): boolean {
  let k = titleFrom - 1;
  if (k >= ctx.from && ctx.tokens[k]!.norm === 'the') k--;
  if (k - 1 < ctx.from || ctx.tokens[k]!.norm !== 'of') return false;
  const group = k - 1;
  // Opening the sentence or a clause ("Senior officials of ..." too: the tagger reads a capital first word as a name).
  let j = group - 1;
  while (j >= ctx.from && (ctx.tokens[j]!.pos === 'ADJ' || (j === ctx.from && ctx.tokens[j]!.pos === 'PROPN'))) j--;
  const before = j >= ctx.from ? ctx.tokens[j]! : undefined;
  if (before !== undefined && before.pos !== 'PUNCT' && before.norm !== 'and' && before.norm !== 'but') return false;
  const noun = ctx.tokens[group]!.norm;
  if (GROUP_OF.has(noun)) return true;
  if (noun !== 'members') return false;
  let end = titleFrom;
  while (end < ctx.to && ctx.tokens[end]!.pos !== 'VERB' && ctx.tokens[end]!.pos !== 'AUX') end++;
  return end < ctx.to && ctx.tokens[end]!.lemma === 'vote';
}

// Whether a name is the object of the verb right before it (an article
// between), in a predicate that "and" joins to the one at `at`, with no verb
// of its own in between: "Kyiv met Moscow and demanded X", "accused Moscow
// of stalling and demanded X" (a gerund is none), not "said Moscow rejected
// X and demanded Y", where the name is the subject of both. So is one
// before a participle set off by a comma ("met Moscow, demanding X").
function objectBeforeAnd(ctx: SentenceContext, m: ActorMention, at: number, floor: number): boolean {
  let j = at - 1;
  while (j > m.to && ctx.tokens[j]!.pos === 'ADV') j--;
  // "Qadira met the Brigades on Monday, demanding a truce": a participle after a comma is the subject's, as "and" is.
  const participle = ctx.tokens[j]?.norm === ',' && at < ctx.to && ctx.tokens[at]!.norm.endsWith('ing');
  if (j < m.to || (ctx.tokens[j]!.norm !== 'and' && !participle)) return false;
  let v = m.titleFrom - 1;
  if (v >= floor && ctx.tokens[v]!.pos === 'DET') v--;
  if (v < floor || ctx.tokens[v]!.pos !== 'VERB') return false;
  for (let k = m.to; k < j; k++) {
    const t = ctx.tokens[k]!;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !t.norm.endsWith('ing') && !insideAny(ctx.issues, k)) return false;
    if (t.norm === ',' || t.norm === 'that' || insideAny(ctx.actors, k)) return false;
  }
  return true;
}

// Prepositions that also open a clause: "after Labour rejected X", "before Moscow agreed".
const SUBORDINATORS = new Set(['after', 'before']);

// Whether a name right after "after" or "before" (an article between) is the
// subject of a clause they open: a verb follows it, or another name and a
// verb do ("after Kyiv and Moscow agreed to X"), not "talks after Putin's call".
function subjectOfSubordinate(ctx: SentenceContext, m: ActorMention): boolean {
  let k = m.titleFrom - 1;
  if (k >= ctx.from && ctx.tokens[k]!.pos === 'DET') k--;
  if (k < ctx.from || !SUBORDINATORS.has(ctx.tokens[k]!.norm)) return false;
  if (verbAfter(ctx, m.to)) return true;
  if (m.to >= ctx.to || ctx.tokens[m.to]!.norm !== 'and') return false;
  const other = ctx.actors.find((x) => x.titleFrom === m.to + 1 || (x.titleFrom === m.to + 2 && ctx.tokens[m.to + 1]!.pos === 'DET'));
  return other !== undefined && verbAfter(ctx, other.to);
}

// "after meeting Merz", "before calling Putin": the object of a gerund
// that a preposition governs (the article before the name skipped).
function afterGerundOfPreposition(ctx: SentenceContext, titleFrom: number): boolean {
  let k = titleFrom - 1;
  if (k >= ctx.from && ctx.tokens[k]!.pos === 'DET') k--;
  if (k - 1 < ctx.from) return false;
  const gerund = ctx.tokens[k]!;
  const governor = ctx.tokens[k - 1]!;
  // wink may tag the gerund a noun ("after meeting/NOUN Merz").
  return (gerund.pos === 'VERB' || gerund.pos === 'NOUN') && gerund.norm.endsWith('ing') && (governor.pos === 'ADP' || governor.pos === 'SCONJ');
}

function verbAfter(ctx: SentenceContext, at: number): boolean {
  let k = at;
  while (k < ctx.to && ctx.tokens[k]!.pos === 'ADV') k++;
  return k < ctx.to && (ctx.tokens[k]!.pos === 'VERB' || ctx.tokens[k]!.pos === 'AUX');
}

/**
 * Runs of capitalised proper nouns that name no registered actor: persons
 * and bodies the register does not know ("Dame Emily Thornberry").
 * @example
 * import { buildRegistry } from '@stancelog/ingest'
 * import { unknownNames } from './attribution.js'
 * import { findActors } from './actor-registry.js'
 * import { tokenize } from './nlp.js'
 * const { tokens } = tokenize('Dame Emily Thornberry met Keir Starmer in London.', 0)
 * const ctx = { tokens, from: 0, to: tokens.length, actors: findActors(buildRegistry(), tokens, 0, tokens.length), issues: [], cues: [], quoted: [], speakers: [] }
 * // Keir Starmer and London (the UK) are registered: only the Dame is unknown.
 * assert.deepStrictEqual(unknownNames(ctx).map((u) => tokens.slice(u.from, u.to).map((t) => t.text).join(' ')), ['Dame Emily Thornberry'])
 * // A calling before the name is no part of it.
 * const said = tokenize('Commentator Mary Roe said the plan would fail.', 0).tokens
 * const names = unknownNames({ ...ctx, tokens: said, to: said.length, actors: [] }).map((u) => said.slice(u.from, u.to).map((t) => t.text).join(' '))
 * assert.deepStrictEqual(names, ['Mary Roe'])
 * @category attribution
 * @since 0.1.0
 * @internal
 */
export function unknownNames(ctx: SentenceContext): Array<{ from: number; to: number }> {
  const hit = unknownCache.get(ctx);
  if (hit) return hit;
  const out: Array<{ from: number; to: number }> = [];
  unknownCache.set(ctx, out);
  const spans = ctx.actors.map((a) => ({ from: a.titleFrom, to: a.to }));
  let i = ctx.from;
  while (i < ctx.to) {
    const t = ctx.tokens[i]!;
    if (t.pos === 'PROPN' && /^[A-Z]/.test(t.text) && !insideAny(spans, i)) {
      let j = i + 1;
      while (j < ctx.to && ctx.tokens[j]!.pos === 'PROPN' && /^[A-Z]/.test(ctx.tokens[j]!.text)) j++;
      // "Commentator Mary Roe said ...": a calling capitalised at the start of a sentence is no part of the name.
      let first = i;
      while (first < j && OCCUPATIONS.has(ctx.tokens[first]!.norm)) first++;
      // Whether the name follows a preposition ("a call with Foreign Minister ...") is asked of the words as written.
      const name = nameStart(ctx.tokens, first, j);
      if (j - name >= 2 && !afterPreposition(ctx.tokens, first, ctx.from)) out.push({ from: name, to: j });
      i = j;
    } else i++;
  }
  return out;
}

// Callings written before a name, never part of it ("Commentator Mary Roe", "Analyst John Doe").
const OCCUPATIONS = new Set([
  'commentator', 'analyst', 'columnist', 'economist', 'historian', 'professor', 'researcher', 'expert', 'observer',
  'journalist', 'reporter', 'correspondent', 'mediator', 'activist', 'lawyer', 'diplomat', 'pundit', 'scholar', 'strategist',
  'consultant', 'academic', 'author', 'writer', 'editor',
]);

// Where a person's name starts among tokens[from, to): "Foreign Minister Andrii Sybiha" names Andrii
// Sybiha, the office being no part of the name, when every word before the last two is an office's
// ("General Motors CEO Mary Barra" is kept whole: a word of no office stands among them).
function nameStart(tokens: ReadonlyArray<Token>, from: number, to: number): number {
  if (to - from <= 2) return from;
  let k = from;
  while (k < to - 2 && OFFICES.has(tokens[k]!.norm)) k++;
  return k === to - 2 ? k : from;
}

// Words of offices written before a name ("Foreign Minister", "Deputy Prime Minister", "Special Envoy").
const OFFICES = new Set([
  'president', 'vice', 'prime', 'deputy', 'foreign', 'defence', 'defense', 'interior', 'finance', 'minister', 'chancellor',
  'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'state', 'ambassador', 'envoy', 'special', 'general', 'senator',
  'governor', 'premier', 'mayor', 'commander', 'admiral', 'colonel', 'lieutenant',
]);

function mentionName(tokens: ReadonlyArray<Token>, m: ActorMention): string {
  return m.actor.kind === 'person' ? m.actor.name : tokenText(tokens, m.from, m.to);
}

function coordinated(ctx: SentenceContext, usable: ReadonlyArray<ActorMention>, m: ActorMention, floor: number): ActorMention[] {
  const out = [m];
  let current = m;
  // "Britain, France and Germany": once an "and" joined the last two, a comma joins those before them.
  let joined = false;
  for (;;) {
    const prev = [...usable].reverse().find((x) => x.to <= current.titleFrom && x.from >= floor);
    if (!prev) break;
    const between = ctx.tokens.slice(prev.to, current.titleFrom);
    const listed = joined && between.length === 1 && between[0]!.norm === ',';
    if (between.length > 8 || (!listed && !between.some((t) => t.norm === 'and'))) break;
    joined = true;
    // "Moscow demands neutrality and Kyiv ...": a verb wink reads as a noun is no part of a name.
    if (ctx.cues.some((c) => c.from >= prev.to && c.from < current.titleFrom)) break;
    if (!between.every((t) => t.norm === 'and' || t.norm === ',' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'DET' || t.pos === 'ADJ')) break;
    out.unshift(prev);
    current = prev;
  }
  return out;
}

/**
 * The two most-named states of the article, for "both sides".
 * @example
 * import { DEFAULT_ACTORS } from '@stancelog/ingest'
 * import { bothSides } from './attribution.js'
 * const actor = (id: string) => DEFAULT_ACTORS.find((a) => a.id === id)!
 * const frequency = new Map([
 *   ['ukraine', { actor: actor('ukraine'), count: 4 }],
 *   ['nato', { actor: actor('nato'), count: 9 }], // an organisation is no side
 *   ['turkey', { actor: actor('turkey'), count: 1 }],
 *   ['russia', { actor: actor('russia'), count: 3 }],
 * ])
 * const state = { lastPerson: undefined, lastActor: undefined, lastSpeaker: undefined, frequency, date: undefined }
 * assert.deepStrictEqual(bothSides(state).map((a) => a.id), ['ukraine', 'russia'])
 * // With fewer than two states named, the two organisations named most.
 * const union = { id: 'union', kind: 'organisation', name: 'Union' } as const
 * const employer = { id: 'employer', kind: 'organisation', name: 'Employer' } as const
 * const talks = new Map([['union', { actor: union, count: 2 }], ['employer', { actor: employer, count: 3 }], ['ukraine', { actor: actor('ukraine'), count: 5 }]])
 * assert.deepStrictEqual(bothSides({ ...state, frequency: talks }).map((a) => a.id), ['employer', 'union'])
 * // With one state, a bloc named is the other side.
 * const trade = new Map([['european-union', { actor: actor('european-union'), count: 3 }], ['ukraine', { actor: actor('ukraine'), count: 2 }], ['nato', { actor: actor('nato'), count: 4 }]])
 * assert.deepStrictEqual(bothSides({ ...state, frequency: trade }).map((a) => a.id), ['european-union', 'ukraine'])
 * @category attribution
 * @since 0.1.0
 * @internal
 */
export function bothSides(state: DiscourseState): Actor[] {
  const ranked = [...state.frequency.values()].sort((a, b) => b.count - a.count);
  const states = ranked.filter((f) => f.actor.kind === 'state');
  // Trade talks between a bloc and a state (the EU and Tarvania) name one state: the bloc is the other side. Talks
  // between parties or between a union and an employer name no two states: their sides are the two organisations named most.
  const withBlocs = states.length >= 2 ? states : ranked.filter((f) => f.actor.kind === 'state' || f.actor.kind === 'bloc');
  const sides = withBlocs.length >= 2 ? withBlocs : ranked.filter((f) => f.actor.kind === 'organisation');
  return sides.slice(0, 2).map((f) => f.actor);
}

// Whether a name of the register ends right before the comma `j` and opens its clause ("while Moscow, he said,"), not
// one that only qualifies a noun of another ("A Social Renewal government, she said, would ...": no subject found
// before the saying is surer than the speaker, read as before).
function nameOpensClauseAt(ctx: SentenceContext, j: number, floor: number): boolean {
  const m = ctx.actors.find((x) => x.to === j);
  if (m === undefined) return false;
  let b = m.titleFrom - 1;
  if (b >= floor && ctx.tokens[b]!.pos === 'DET') b--;
  if (b < floor || b < ctx.from) return true;
  const before = ctx.tokens[b]!;
  return before.pos === 'PUNCT' || before.pos === 'CCONJ' || before.pos === 'SCONJ' || before.norm === 'that' || before.norm === 'while' || before.norm === 'whereas';
}

// The comma that opens a saying set off by commas and ending at the comma `k` (", he said,", ", officials told
// reporters,", ", said Peskov,"), with a word before it: a sayer and one verb of saying, nothing else.
function insertedSayingBefore(ctx: SentenceContext, k: number, floor: number): number | undefined {
  let verbs = 0;
  for (let j = k - 1; j > floor && j >= k - 6; j--) {
    const t = ctx.tokens[j]!;
    if (t.norm === ',') return verbs === 1 && j + 1 < k - 1 && !ctx.quoted[j - ctx.from] && nameOpensClauseAt(ctx, j, floor) ? j : undefined;
    // "The company, Moor said,": a name of the register is the sayer, whatever the tagger makes of a name that is also
    // a verb ("Moor", "Hunt"), which ended the search and gave the company's refusal to Moor's union (a review, stop 51).
    if (insideAny(ctx.actors, j)) continue;
    if (t.pos === 'PUNCT' || t.norm === 'that' || CLAUSE_BREAKS.has(t.norm)) return undefined;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      if (!SAYING_VERBS.has(t.lemma) || !/^(?:said|says|told|tells|added|adds|noted|notes)$/.test(t.norm)) return undefined;
      verbs++;
    }
  }
  return undefined;
}

// The comma that opens an aside ending at the comma `k`, when a participle opens it (", asked whether X would Y,",
// ", speaking after a meeting with X,") and no comma is inside it; a verb's subject is before it.
function participleAsideBefore(ctx: SentenceContext, k: number, floor: number): number | undefined {
  for (let j = k - 1; j > floor && k - j <= MAX_ASIDE; j--) {
    if (ctx.tokens[j]!.norm !== ',') continue;
    const opens = ctx.tokens[j + 1]!;
    return j + 2 < k && !ctx.quoted[j - ctx.from] && opens.pos === 'VERB' && /(?:ed|ing)$/.test(opens.norm) ? j : undefined;
  }
  return undefined;
}
// The longest aside passed over, in tokens: a question with a condition of its own fits.
const MAX_ASIDE = 30;

/**
 * The subject of the word at token `at`: the nearest usable actor mention,
 * pronoun or "both sides" before it, searching back to token `floor`. The
 * spans of `skip` (the conditions on a clause) are passed over, and name no
 * antecedent for a pronoun either.
 *
 * @example
 * import { buildRegistry, DEFAULT_ACTORS } from '@stancelog/ingest'
 * import { findSubject } from './attribution.js'
 * import { findActors } from './actor-registry.js'
 * import { tokenize } from './nlp.js'
 * const read = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   const ctx = { tokens, from: 0, to: tokens.length, actors: findActors(buildRegistry(), tokens, 0, tokens.length), issues: [], cues: [], quoted: [], speakers: [] }
 *   return { ctx, at: tokens.findIndex((t) => t.text === 'rejected') }
 * }
 * const zelensky = DEFAULT_ACTORS.find((a) => a.id === 'volodymyr-zelensky')!
 * const state = { lastPerson: { name: zelensky.name, actor: zelensky }, lastActor: undefined, lastSpeaker: undefined, frequency: new Map(), date: undefined }
 * // "He" is the last person named as a subject in the article.
 * const he = read('He rejected the plan.')
 * assert.deepStrictEqual(findSubject(he.ctx, state, he.at, 0), { actors: [zelensky], name: 'Volodymyr Zelensky', rule: 'subject.pronoun' })
 * // Coordinated subjects are all holders.
 * const both = read('Macron and Merz rejected the plan.')
 * assert.deepStrictEqual(findSubject(both.ctx, state, both.at, 0)?.actors.map((a) => a.id), ['emmanuel-macron', 'friedrich-merz'])
 * // "it" is Kyiv, not Moscow, the subject of the condition passed over (tokens 2 to 7).
 * const cond = read('Kyiv said if Moscow agrees to it, it rejected the plan.')
 * assert.deepStrictEqual(findSubject(cond.ctx, state, cond.at, 0)?.actors.map((a) => a.id), ['russia'])
 * assert.deepStrictEqual(findSubject(cond.ctx, state, cond.at, 0, { skip: [{ from: 2, to: 8 }] })?.actors.map((a) => a.id), ['ukraine'])
 * @category attribution
 * @since 0.1.0
 * @internal
 */
export function findSubject(
  ctx: SentenceContext,
  state: DiscourseState,
  at: number,
  floor: number,
  options: { skipQuoted?: boolean; skip?: ReadonlyArray<{ from: number; to: number }> } = {},
): Subject | undefined {
  const skip = options.skip ?? [];
  // Words the search passes over (a condition, for the clause it conditions)
  // name no subject and no antecedent.
  const outside = (x: { from: number }) => skip.length === 0 || !insideAny(skip, x.from);
  const usable = skip.length === 0 ? subjectMentions(ctx) : subjectMentions(ctx).filter(outside);
  const unknown = skip.length === 0 ? unknownNames(ctx) : unknownNames(ctx).filter(outside);
  for (let k = at - 1; k >= floor; k--) {
    if (options.skipQuoted && ctx.quoted[k - ctx.from]) continue;
    if (skip.length > 0 && insideAny(skip, k)) continue;
    const t = ctx.tokens[k]!;
    // "The union, which the employers called stubborn, rejected X": the subject is not in the clause set off before it.
    if (t.norm === ',') {
      // The clause may have been opened before the floor (a clause break): the search then ends there.
      const opened = relativeOpenedBefore(ctx, k);
      if (opened !== undefined) {
        k = opened;
        continue;
      }
      // "The Alliance and Bluewake, a coalition of environmental groups, want X" (a review of plastics talks): an
      // indefinite apposition describes the name before it, and the names in it are none of the subject.
      const apposed = indefiniteAppositionBefore(ctx, usable, k, floor);
      if (apposed !== undefined) {
        k = apposed;
        continue;
      }
      // "while Moscow, he said, rejects it": the one who says it, set off by commas between a subject and its verb,
      // is no subject of that verb (he was, and the clause was read as Kyiv's: a leftover of stop 50).
      const inserted = insertedSayingBefore(ctx, k, floor);
      if (inserted !== undefined) {
        k = inserted;
        continue;
      }
      // "Dahl, asked whether the Greens would drop the cap, said ...": the names of an aside a participle opens, set
      // off by commas right before the verb, are none of its subject (the Greens were the speaker: a leftover of stop 56).
      const aside = k === at - 1 ? participleAsideBefore(ctx, k, floor) : undefined;
      if (aside !== undefined) {
        k = aside;
        continue;
      }
    }
    // "Andrade, whose coalition partners threatened to quit, ...": in a "whose" clause, the noun after it is the
    // subject, and no name the search would find before it.
    if (t.norm === 'whose' && k + 1 < at && !ctx.actors.some((x) => x.titleFrom === k + 1)) return undefined;
    const m = usable.find((x) => x.to - 1 === k);
    // "Dockworkers at Brennport, Castria's largest container port, will strike": a possessive in an apposition
    // set off by commas describes the place before it; the subject is before the apposition.
    if (m && possessiveApposition(ctx, m, at)) {
      k = m.titleFrom - 1;
      continue;
    }
    // "wrote to the finance ministry asking it to block the levy" (a review of cocoa talks): the one written to, right
    // before the participle, is no subject of it; the writer is.
    if (m && addresseeBeforeParticiple(ctx, m, at)) {
      k = m.titleFrom;
      continue;
    }
    // "said it would back the islands' demand for the fund but warned against X": a name whose possessive
    // is part of the object of a verb or preposition before it owns a thing in that object, and is no subject.
    if (m && possessorInObject(ctx, m, at, floor)) {
      k = m.titleFrom;
      continue;
    }
    // "Kyiv met Moscow and demanded X": the object of the verb before "and" is not the subject after it.
    if (m && objectBeforeAnd(ctx, m, at, floor)) {
      k = m.titleFrom;
      continue;
    }
    if (m) {
      const all = coordinated(ctx, usable, m, floor);
      return { actors: all.map((x) => x.actor), name: mentionName(ctx.tokens, all[0]!), rule: all.length > 1 ? 'subject.coordinated' : 'subject.nearest' };
    }
    // "told the committee that ...": the body told is no subject either.
    if (ctx.tokens[k]!.pos === 'NOUN' && toldAt(ctx, k)) continue;
    // "The foreign minister rejected X", after "Foreign Minister Marco Ilves" earlier in the article.
    const byTitle = ctx.tokens[k]!.pos === 'NOUN' ? titleEndingAt(ctx, state, k, floor) : undefined;
    if (byTitle) return byTitle;
    const byKind = organisationNamedAgain(ctx, state, k, at) ?? documentNamedAgain(ctx, state, k, at);
    if (byKind) return byKind;
    const u = unknown.find((x) => x.to - 1 === k);
    // "Andersen", after "City Council leader Rolf Andersen".
    const known = u ? undefined : bySurname(ctx, state, k);
    if (known) return known;
    if (u) {
      // "Port Authority spokeswoman Ana Lima": she speaks for the Port Authority.
      const titled = titledSubject(ctx, u, state.date, floor);
      if (titled) return titled;
      // "Ann Moss of Labour": she speaks for Labour.
      const affiliated = affiliatedSubject(ctx, u);
      if (affiliated) return { actors: affiliated.actors, name: affiliated.name, rule: affiliated.rule };
      return { actors: [], name: tokenText(ctx.tokens, u.from, u.to), rule: 'subject.unregistered', unknownPerson: true };
    }
    // "Members would accept a levy of 10 cents, he said" (a review of sugar-levy talks): bare "members", opening their
    // clause, are those of the body the one quoted speaks for.
    if (t.norm === 'members' && (k === ctx.from || ctx.tokens[k - 1]!.pos === 'PUNCT' || ctx.tokens[k - 1]!.pos === 'CCONJ')) {
      const speaker = ctx.speakers[k - ctx.from];
      if (speaker?.person && !speaker.unnamed) return { actors: [speaker.person], name: speaker.name, rule: 'subject.speaker-members' };
    }
    // "Vos accused Aalders of betraying his voters and said his party would vote against X": the party of the one
    // who says it, not of the last person named (a review of articles on coalition talks).
    if (POSSESSIVE_PERSON.has(t.norm) && k + 1 < at && (OWN_GROUP_NOUNS.has(ctx.tokens[k + 1]!.lemma) || OWN_PEOPLE_NOUNS.has(ctx.tokens[k + 1]!.lemma))) {
      const sayer = saidSubject(ctx, state, k, 'he');
      if (sayer) return sayer;
      // "his commanders would accept X, he said": the group of the one the sentence quotes.
      const speaker = OWN_PEOPLE_NOUNS.has(ctx.tokens[k + 1]!.lemma) ? ctx.speakers[k - ctx.from] : undefined;
      if (speaker?.person && !speaker.unnamed) return { actors: [speaker.person], name: speaker.name, rule: 'subject.speaker-group' };
      // "Zelensky met Macron. His government has also backed X": the body of the person last named as a subject.
      const last = state.lastPerson;
      if (k === ctx.from && OWN_GROUP_NOUNS.has(ctx.tokens[k + 1]!.lemma) && last?.actor) return { actors: [last.actor], name: last.name, rule: 'subject.person-group' };
    }
    // "Its fighters would disarm only after X, she said": the people of the group "its" stands for, as "it" would.
    // "Its list of demands calls for X", "Its proposal calls for X" (a review of farm talks): so is its document.
    if (POSSESSIVE_GROUP.has(t.norm) && k + 1 < at && (OWN_PEOPLE_NOUNS.has(ctx.tokens[k + 1]!.lemma) || OWN_DOCUMENT_NOUNS.has(ctx.tokens[k + 1]!.lemma))) {
      const sayer = saidSubject(ctx, state, k, 'it');
      if (sayer) return sayer;
      // What its plan calls for, it proposes (`subject.plan-owner`: see the stances' `emit`).
      const rule = PLAN_WORDS.has(ctx.tokens[k + 1]!.lemma) ? 'subject.plan-owner' : 'subject.possessive';
      const before = groupBefore(usable, k);
      // Opening its sentence, "its" stands for the subject of the sentence before, as "it" does ("Kyiv met Moscow. Its
      // delegation called for X" is Kyiv's), before the actor named last.
      const previous = k === ctx.from && before === undefined && state.previousSubject !== undefined ? previousSentenceSubject(state.previousSubject, t.norm === 'its' ? 'it' : 'they') : undefined;
      if (previous) return { ...previous, rule };
      const a = before ?? state.lastActor;
      if (a) return { actors: [a], name: a.name, rule };
    }
    // "X urged Y to accept a truce, otherwise it will impose sanctions": the one who asked.
    const asker = (PERSON_PRONOUNS.has(t.norm) || (GROUP_PRONOUNS.has(t.norm) && t.pos === 'PRON')) ? otherwiseSubject(ctx, state, k) : undefined;
    if (asker) return asker;
    if (PERSON_PRONOUNS.has(t.norm)) {
      // "People close to Vastrick said she was willing to X", "officials close to the attorney general said she ..."
      // (reviews of pesticide and police talks): the one they are close to.
      const close = personCloseTo(ctx, state, k, floor);
      if (close) return close;
      const p = personBefore(ctx, usable, unknown, k) ?? state.lastPerson;
      if (!p) return undefined;
      return p.actor ? { actors: [p.actor], name: p.name, rule: 'subject.pronoun' } : { actors: [], name: p.name, rule: 'subject.pronoun', unknownPerson: true };
    }
    if (GROUP_PRONOUNS.has(t.norm) && t.pos === 'PRON') {
      const sayer = saidSubject(ctx, state, k);
      if (sayer) return sayer;
      const before = groupBefore(usable, k);
      // '"Enrichment is our right, and it is not up for negotiation"': in a quote, "it" after an issue the quote named,
      // with no party between, is the issue, not a party (the one named before the quote was taken for the holder).
      if (t.norm === 'it' && ctx.quoted[k - ctx.from] && itIsTheIssue(ctx, usable, k)) return undefined;
      // "Labour met the Greens. It rejected X.": the subject of the sentence before.
      if (!before && state.previousSubject !== undefined) return previousSentenceSubject(state.previousSubject, t.norm);
      const a = before ?? state.lastActor;
      return a ? { actors: [a], name: a.name, rule: 'subject.pronoun' } : undefined;
    }
    if (SELF_PRONOUNS.has(t.norm)) {
      const s = ctx.speakers[k - ctx.from];
      // "We ...", said Macron and Merz: both.
      if (s?.person) return { actors: [s.person, ...(s.also ?? []).flatMap((o) => (o.person ? [o.person] : []))], name: s.name, rule: 'subject.self' };
      return undefined;
    }
    // "Both said they wanted a ceasefire": "both" standing for the two sides, before its verb.
    // Not after its auxiliary ("Exporters and the board have both asked for X", a review of cocoa talks): there it floats
    // off the subject named before it, which is found as any subject is.
    // Nor right after a party named ("Brightwell and Lodestar both backed the fund", a review of debris talks).
    const bothAlone =
      t.norm === 'both' &&
      k + 1 < ctx.to &&
      /^(?:VERB|AUX)$/.test(ctx.tokens[k + 1]!.pos) &&
      !(k > ctx.from && /^(?:VERB|AUX)$/.test(ctx.tokens[k - 1]!.pos)) &&
      !usable.some((x) => x.to === k);
    if (bothAlone || (k > floor && bothSidesAt(ctx, k - 1) === k + 1)) {
      // "Valmora and the Movement met in Ardesh. [...] The two sides said ...": the two a sentence before had for subject.
      if (state.lastSides) return { actors: [...state.lastSides], name: 'both sides', rule: 'subject.both-sides.named' };
      const both = bothSides(state);
      if (both.length === 2) return { actors: both, name: 'both sides', rule: 'subject.both-sides' };
    }
  }
  return undefined;
}

// Where the apposition closed by the comma at `close` opens (its own comma), when it is an indefinite noun phrase
// right after a name (", a coalition of environmental groups,"), with no verb in it.
function indefiniteAppositionBefore(ctx: SentenceContext, usable: ReadonlyArray<ActorMention>, close: number, floor: number): number | undefined {
  for (let j = close - 1; j > floor && close - j <= 12; j--) {
    const t = ctx.tokens[j]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return undefined;
    if (t.norm !== ',') continue;
    return (ctx.tokens[j + 1]!.norm === 'a' || ctx.tokens[j + 1]!.norm === 'an') && usable.some((m) => m.to === j) ? j : undefined;
  }
  return undefined;
}

// Whether a mention is the possessive opening an apposition set off by commas before `at`: ", Castria's largest
// port,".
// Whether a name with a possessive ("the islands' demand", "Moscow's plan") follows a word that takes it as
// (part of) its object: a verb, a preposition, or an adverb the tagger read for a verb ("back"); not a verb of
// saying, after which it opens a clause of its own ("said Moscow's negotiators rejected X").
// The cue itself in the possessed words ("the islands' demand"), the name is its holder: only a cue past
// a word that ends them (a preposition, a conjunction, a comma, a verb) is outside.
function possessorInObject(ctx: SentenceContext, m: ActorMention, at: number, floor: number): boolean {
  const marker = ctx.tokens[m.to]?.norm;
  if (marker !== "'s" && marker !== "'") return false;
  let ended = false;
  for (let k = m.to + 1; k < at && !ended; k++) ended = OBJECT_ENDS.has(ctx.tokens[k]!.pos);
  // "accepted the directorate's findings but called the timetable unrealistic" (a review of telecom talks): the object
  // ends where the clause searched from begins.
  if (!ended && at < ctx.to && (ctx.tokens[at]!.pos === 'CCONJ' || CLAUSE_BREAKS.has(ctx.tokens[at]!.norm))) ended = true;
  if (!ended) return false;
  let j = m.titleFrom - 1;
  if (j >= floor && ctx.tokens[j]!.pos === 'DET') j--;
  if (j < floor) return false;
  const t = ctx.tokens[j]!;
  // A phrase set first ("Under the government's proposal, X would be freed"): whose plan it is, it says whose stance follows.
  if (t.pos === 'ADP' && (j === ctx.from || ctx.tokens[j - 1]!.pos === 'PUNCT')) return false;
  return (t.pos === 'VERB' || t.pos === 'ADP' || t.pos === 'ADV') && !SAYING.has(t.lemma) && t.lemma !== 'tell' && t.norm !== 'that';
}

const OBJECT_ENDS = new Set(['ADP', 'CCONJ', 'PUNCT', 'VERB', 'AUX']);

function possessiveApposition(ctx: SentenceContext, m: ActorMention, at: number): boolean {
  if (ctx.tokens[m.to]?.norm !== "'s" || m.titleFrom - 1 < ctx.from || ctx.tokens[m.titleFrom - 1]!.norm !== ',') return false;
  for (let k = m.to + 1; k < at; k++) {
    const t = ctx.tokens[k]!;
    if (t.norm === ',') return true;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}

/**
 * Where "both sides", "the two sides", "both parties" starting at `k` ends
 * (past "sides"), or -1: the two sides a text has named, as a subject or
 * as a passive's agent ("was welcomed by both sides").
 *
 * @example
 * import { bothSidesAt } from './attribution.js'
 * import { tokenize } from './nlp.js'
 * const { tokens } = tokenize('It was welcomed by the two sides.', 0)
 * const ctx = { tokens, from: 0, to: tokens.length, actors: [], issues: [], cues: [], quoted: [], speakers: [] }
 * assert.deepStrictEqual([bothSidesAt(ctx, 4), bothSidesAt(ctx, 3)], [7, -1])
 * @category attribution
 * @since 0.1.0
 * @internal
 */
export function bothSidesAt(ctx: SentenceContext, k: number): number {
  if (ctx.tokens[k]?.norm === 'the') k++;
  return k + 1 < ctx.to && /^(?:both|two)$/.test(ctx.tokens[k]!.norm) && /^(?:sides|parties)$/.test(ctx.tokens[k + 1]!.norm) ? k + 2 : -1;
}

// Words that open a relative clause set off by commas (", which ...,", ", who ...,").
const RELATIVE_OPENERS = new Set(['which', 'who', 'whom', 'whose']);

// The comma that opens the relative clause token `at` stands in (or, at a
// comma, the one it closes): the nearest comma before it, when a relative
// word follows that comma; undefined otherwise.
function relativeOpenedBefore(ctx: SentenceContext, at: number): number | undefined {
  for (let j = at - 1; j >= ctx.from; j--) {
    const t = ctx.tokens[j]!;
    if (t.norm === ';' || ctx.quoted[j - ctx.from]) return undefined;
    if (t.norm === ',') return j + 1 < at && RELATIVE_OPENERS.has(ctx.tokens[j + 1]!.norm) ? j : undefined;
  }
  return undefined;
}

// Whether the verb at `at` is that of a clause within an apposition set off by a comma, its relative word left out:
// ", a plan Velmora said it would study", ", the deal Kyiv says it wants" (an article, nouns, then a name).
function inAppositionClause(ctx: SentenceContext, at: number): boolean {
  const m = ctx.actors.find((x) => x.to === at);
  if (m === undefined) return false;
  let k = m.titleFrom - 1;
  if (k <= ctx.from || ctx.tokens[k]!.pos !== 'NOUN') return false;
  while (k > ctx.from && (ctx.tokens[k]!.pos === 'NOUN' || ctx.tokens[k]!.pos === 'ADJ')) k--;
  return ctx.tokens[k]!.pos === 'DET' && k - 1 >= ctx.from && ctx.tokens[k - 1]!.norm === ',';
}

/**
 * Whether the word at `at` is in a relative clause opened after a comma
 * (", which the employers said was final"): back to the nearest comma, a
 * relative word right after it.
 * @example
 * import { inRelativeClause } from './attribution.js'
 * import { tokenize } from './nlp.js'
 * const at = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   const ctx = { tokens, from: 0, to: tokens.length, actors: [], issues: [], cues: [], quoted: new Array(tokens.length).fill(false), speakers: [] }
 *   return inRelativeClause(ctx, tokens.findIndex((t) => t.text === 'said'))
 * }
 * assert.ok(at('Kyiv rejected the offer, which Moscow said was final.'))
 * assert.ok(!at('Kyiv rejected the offer, Moscow said.'))
 * @category attribution
 * @since 0.1.0
 * @internal
 */
export function inRelativeClause(ctx: SentenceContext, at: number): boolean {
  return relativeOpenedBefore(ctx, at) !== undefined;
}

// "Washington urged Moscow to accept a truce, otherwise it will impose
// sanctions": "otherwise" says what follows if what was asked is not done,
// and what follows is done by the one who asked (a threat), not by the party
// asked, whom the nearest name would give. A pronoun right after it (a
// comma between or not), or after "or else", stands for the subject of the sentence's first
// verb before "otherwise", when the pronoun can stand for it: "he" or "she"
// for a person, "it" for one actor that is none, "they" for a group or
// several. Otherwise (no verb before it in the sentence: "Otherwise, it
// will ..." opening one) the pronoun is read as any other.
function otherwiseSubject(ctx: SentenceContext, state: DiscourseState, k: number): Subject | undefined {
  let o = k - 1;
  if (o > ctx.from && ctx.tokens[o]!.norm === ',') o--;
  // ", or else it will ..." as ", otherwise it will ...".
  const orElse = o > ctx.from && ctx.tokens[o]!.norm === 'else' && ctx.tokens[o - 1]!.norm === 'or';
  if (orElse) o--;
  if (o <= ctx.from || (ctx.tokens[o]!.norm !== 'otherwise' && !orElse)) return undefined;
  let verb = ctx.from;
  while (verb < o && !VERBAL.has(ctx.tokens[verb]!.pos)) verb++;
  if (verb >= o) return undefined;
  const main = findSubject(ctx, state, verb, ctx.from);
  if (!main || main.actors.length === 0) return undefined;
  return pronounFits(ctx.tokens[k]!.norm, main) ? { ...main, rule: 'subject.otherwise' } : undefined;
}

// Whether a pronoun can stand for a subject: "he" or "she" for a person, "it" for one actor that is none, "they" for
// a group or several.
function pronounFits(pronoun: string, subject: Subject): boolean {
  const persons = subject.actors.filter((a) => a.kind === 'person').length;
  return PERSON_PRONOUNS.has(pronoun) ? subject.actors.length === 1 && persons === 1 : pronoun === 'it' ? subject.actors.length === 1 && persons === 0 : persons === 0 || subject.actors.length > 1;
}

// Verbs of saying after which "it" or "they" is most often the one who says: "The operators met the union and said it
// was ready to ...", where the nearest name before the pronoun is the union.
// By lemma; fewer than the verbs of attribution (SPEECH_PHRASES): after "told it" or "urged it", "it" is the one told.
const SAYING = new Set(['say', 'add', 'state', 'insist', 'stress', 'reiterate', 'announce', 'confirm', 'indicate', 'signal']);

// "X met Y and said it was ready": "it" (or "they") right after a verb of saying (a "that" between or not) stands for
// the one who says it, when it can (an organisation or a state for "it", a group or several for "they"): the subject
// of the verb of saying, found as any subject is ("X met Y and said" is X's saying).
// "his party", "her government": the group a person speaks for, after a verb of saying.
const POSSESSIVE_PERSON = new Set(['his', 'her']);
const OWN_GROUP_NOUNS = new Set(['party', 'government', 'union', 'country', 'movement', 'alliance', 'group', 'side', 'bloc', 'faction', 'organisation', 'organization', 'coalition']);
// "his commanders", "her members", "its fighters": the people who act for the group (a review of peace and trade talks).
const OWN_PEOPLE_NOUNS = new Set(['member', 'commander', 'fighter', 'negotiator', 'official', 'delegate', 'delegation', 'soldier', 'troop', 'force', 'leadership']);
const POSSESSIVE_GROUP = new Set(['its', 'their']);
// A group's own documents of terms: "its proposal", "their list of demands", "its letter".
const OWN_DOCUMENT_NOUNS = new Set(['proposal', 'plan', 'offer', 'list', 'letter', 'statement', 'draft', 'text', 'communique', 'declaration']);

function saidSubject(ctx: SentenceContext, state: DiscourseState, k: number, as = ctx.tokens[k]!.norm): Subject | undefined {
  let v = k - 1;
  if (v > ctx.from && ctx.tokens[v]!.norm === 'that') v--;
  const teller = tellerOf(ctx, state, v, k, as);
  if (teller !== undefined) return teller;
  if (v <= ctx.from || ctx.quoted[v - ctx.from] || !SAYING.has(ctx.tokens[v]!.lemma) || ctx.tokens[v]!.pos !== 'VERB') return undefined;
  const sayer = findSubject(ctx, state, v, ctx.from);
  if (!sayer || sayer.actors.length === 0 || sayer.rule === 'subject.pronoun') return undefined;
  return pronounFits(as, sayer) ? { ...sayer, rule: 'subject.sayer' } : undefined;
}

// "the company had told the fund ...", "the firm will fight it": an organisation named again by what it is, when the
// register does not know the words ("the company" cannot be an alias where two companies negotiate): the one the
// sentence names last before it, else the subject of the sentence before, else the one last named (a review of
// medicine-price talks). So is any actor but a person by a noun of its name: "the alliance" after "the Alliance of Small
// Island States" (climate talks), "the league" after "the Union Baseball League".
function organisationNamedAgain(ctx: SentenceContext, state: DiscourseState, k: number, at: number): Subject | undefined {
  const t = ctx.tokens[k]!;
  if (t.pos !== 'NOUN' || k === ctx.from || ctx.tokens[k - 1]!.norm !== 'the') return undefined;
  if (k + 1 < at && ctx.tokens[k + 1]!.pos === 'NOUN') return undefined;
  if (!ORGANISATION_NOUNS.has(t.lemma)) {
    // Only the one so headed the article names ("the party" among parties is none of them), as a subject ("engage with
    // the authority and had offered": not the authority's offer).
    if (k - 2 >= ctx.from && ctx.tokens[k - 2]!.pos === 'ADP') return undefined;
    const headed = [...state.frequency.values()].filter(({ actor: a }) => a.kind !== 'person' && a.kind !== 'state' && headedBy(a, t.norm));
    return headed.length === 1 ? { actors: [headed[0]!.actor], name: tokenText(ctx.tokens, k - 1, k + 1), rule: 'subject.organisation-noun' } : undefined;
  }
  // "Aasmo said the federation would call strikes" (a review of wage talks): the speaker's own organisation, when its
  // name is headed by the noun, over any named before.
  const speakerId = ctx.speakers[k - ctx.from]?.actor;
  const own = speakerId === undefined ? undefined : state.frequency.get(speakerId)?.actor;
  if (own !== undefined && own.kind === 'organisation' && headedBy(own, t.norm)) return { actors: [own], name: tokenText(ctx.tokens, k - 1, k + 1), rule: 'subject.organisation-noun' };
  let named: Actor | undefined;
  for (const m of ctx.actors) if (m.to <= k - 1 && m.actor.kind === 'organisation') named = m.actor;
  const previous = state.previousSubject?.length === 1 ? state.previousSubject[0] : undefined;
  const actor = named ?? [previous, state.lastActor].find((a) => a?.kind === 'organisation');
  return actor ? { actors: [actor], name: tokenText(ctx.tokens, k - 1, k + 1), rule: 'subject.organisation-noun' } : undefined;
}
// "The communique, read out after the session, also called for X" (a review of election talks), opening the sentence
// after one whose subject was an actor (or, failing that, the actor last named as a subject): a document said to say
// what its issuer says. Only a document of one issuer's words ("the draft", "the report" may be anyone's).
function documentNamedAgain(ctx: SentenceContext, state: DiscourseState, k: number, at: number): Subject | undefined {
  const t = ctx.tokens[k]!;
  if (t.pos !== 'NOUN' || !ISSUED_DOCUMENTS.has(t.lemma) || k !== ctx.from + 1 || ctx.tokens[ctx.from]!.norm !== 'the') return undefined;
  if (k + 1 < at && ctx.tokens[k + 1]!.pos === 'NOUN') return undefined;
  const previous = state.previousSubject?.length === 1 ? state.previousSubject[0] : undefined;
  const actor = previous ?? state.lastActor;
  return actor !== undefined && actor.kind !== 'person' ? { actors: [actor], name: tokenText(ctx.tokens, k - 1, k + 1), rule: 'subject.document' } : undefined;
}
const ISSUED_DOCUMENTS = new Set(['communique', 'communiqué', 'statement', 'declaration', 'letter']);

// Whether a name of the actor is headed by the noun: "Alliance of Small Island States", "Union Baseball League", NATO's
// "North Atlantic Alliance".
function headedBy(actor: Actor, noun: string): boolean {
  return [actor.name, ...(actor.aliases ?? [])].some((name) => {
    const words = name.toLowerCase().split(/\s+/);
    const of = words.indexOf('of');
    return words[of > 0 ? of - 1 : words.length - 1] === noun;
  });
}
const ORGANISATION_NOUNS = new Set(['company', 'firm', 'group', 'drugmaker', 'insurer', 'lender', 'bank', 'manufacturer', 'producer', 'miner', 'operator', 'carrier', 'airline', 'utility', 'federation', 'confederation', 'association']);

// "Aurelion told the fund that it would hold back the launch", "assured Kyiv it will": what the pronoun will do is the
// teller's, past the one told; "told the fund it must" is the one told's (a review of medicine-price talks).
function tellerOf(ctx: SentenceContext, state: DiscourseState, v: number, k: number, as: string): Subject | undefined {
  const told = ctx.actors.find((m) => m.to - 1 === v);
  const verb = told === undefined ? -1 : told.titleFrom - 1;
  if (verb <= ctx.from || !TELLING.has(ctx.tokens[verb]!.lemma) || ctx.tokens[verb]!.pos !== 'VERB' || !INTENDING.has(ctx.tokens[k + 1]?.norm ?? '')) return undefined;
  const teller = findSubject(ctx, state, verb, ctx.from);
  if (!teller || teller.actors.length === 0 || teller.rule === 'subject.pronoun') return undefined;
  return pronounFits(as, teller) ? { ...teller, rule: 'subject.teller' } : undefined;
}
const INTENDING = new Set(['would', 'will', "'ll", 'intends', 'intended', 'planned', 'plans', 'wanted', 'wants']);

function bySurname(ctx: SentenceContext, state: DiscourseState, k: number): Subject | undefined {
  const t = ctx.tokens[k]!;
  if (!state.surnames || t.pos !== 'PROPN' || !/^[A-ZÀ-Þ]/.test(t.text) || insideAny(ctx.actors, k)) return undefined;
  const prev = ctx.tokens[k - 1];
  if (prev && k - 1 >= ctx.from && prev.pos === 'PROPN' && /^[A-ZÀ-Þ]/.test(prev.text)) return undefined;
  const s = state.surnames.get(t.norm);
  return s ? { ...s, rule: 'subject.surname' } : undefined;
}

/**
 * Remembers the persons the register does not know that a sentence names
 * in full, by surname, with the actor their title names: "Andersen" later
 * in the article is "City Council leader Rolf Andersen".
 * @example
 * import { buildRegistry, DEFAULT_ACTORS } from '@stancelog/ingest'
 * import { findSubject, rememberSurnames } from './attribution.js'
 * import { findActors } from './actor-registry.js'
 * import { tokenize } from './nlp.js'
 * const registry = buildRegistry(DEFAULT_ACTORS)
 * const ctxOf = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   return { tokens, from: 0, to: tokens.length, actors: findActors(registry, tokens, 0, tokens.length), issues: [], cues: [], quoted: [], speakers: [] }
 * }
 * const state = { lastPerson: undefined, lastActor: undefined, lastSpeaker: undefined, frequency: new Map(), date: '2025-06-04', surnames: new Map() }
 * rememberSurnames(ctxOf('Kremlin aide Ivan Petrov met the envoy.'), state)
 * const later = ctxOf('Petrov rejected the plan.')
 * assert.deepStrictEqual(findSubject(later, state, 1, 0), { actors: [DEFAULT_ACTORS.find((a) => a.id === 'russia')], name: 'Ivan Petrov', rule: 'subject.surname' })
 * @category attribution
 * @since 0.1.0
 * @internal
 */
export function rememberSurnames(ctx: SentenceContext, state: DiscourseState): void {
  rememberTitles(ctx, state);
  if (!state.surnames) return;
  for (const u of unknownNames(ctx)) {
    const last = ctx.tokens[u.to - 1]!;
    if (ctx.tokens[u.to - 1]!.pos !== 'PROPN') continue;
    const titled = titledSubject(ctx, u, state.date, ctx.from) ?? affiliatedSubject(ctx, u);
    const name = titled?.name ?? tokenText(ctx.tokens, u.from, u.to);
    state.surnames.set(last.norm, titled ? { actors: titled.actors, name, rule: 'subject.surname' } : { actors: [], name, rule: 'subject.surname', unknownPerson: true });
  }
}

// "It" stands for one actor that is no person, "they" for one group or
// for the actors named together ("Labour and the Greens met. They ...").
function previousSentenceSubject(actors: ReadonlyArray<Actor> | null, pronoun: string): Subject | undefined {
  if (!actors || actors.length === 0) return undefined;
  if (pronoun === 'it' && (actors.length > 1 || actors[0]!.kind === 'person')) return undefined;
  if (actors.length === 1 && actors[0]!.kind === 'person') return undefined;
  return { actors, name: actors[0]!.name, rule: 'subject.previous-sentence' };
}

/**
 * The one subject of a sentence, for a pronoun opening the next one: the
 * actors before its first verb, or `null` when it has none, when that
 * subject is a person's, or when a later clause has a subject of its own
 * ("Labour rejected X and the Greens accepted Y": either could be "they").
 *
 * @example
 * import { buildRegistry } from '@stancelog/ingest'
 * import { sentenceSubject } from './attribution.js'
 * import { findActors } from './actor-registry.js'
 * import { tokenize } from './nlp.js'
 * const read = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   const n = tokens.length
 *   const ctx = { tokens, from: 0, to: n, actors: findActors(buildRegistry(), tokens, 0, n), issues: [], cues: [], quoted: new Array(n).fill(false), speakers: [] }
 *   const state = { lastPerson: undefined, lastActor: undefined, lastSpeaker: undefined, frequency: new Map(), date: '2025-06-04' }
 *   return sentenceSubject(ctx, state)?.map((a) => a.id) ?? null
 * }
 * assert.deepStrictEqual(read('Kyiv met Moscow on Monday.'), ['ukraine'])
 * assert.deepStrictEqual(read('Kyiv and Paris met on Monday.'), ['ukraine', 'france'])
 * assert.strictEqual(read('Kyiv waited and Moscow stalled.'), null)
 * assert.strictEqual(read('The talks resumed on Monday.'), null)
 * assert.strictEqual(read('It rejected a truce.'), null) // "it" with no sentence before
 * @category attribution
 * @since 0.1.0
 * @internal
 */
export function sentenceSubject(ctx: SentenceContext, state: DiscourseState): ReadonlyArray<Actor> | null {
  const usable = subjectMentions(ctx).filter((m) => !ctx.quoted[m.from - ctx.from]);
  // With no name, a pronoun may be the subject ("It rejected X. It also ...").
  let verb = usable[0]?.to ?? ctx.from;
  while (verb < ctx.to && !(VERBAL.has(ctx.tokens[verb]!.pos) && !ctx.quoted[verb - ctx.from])) verb++;
  if (verb >= ctx.to) return null;
  const subject = findSubject(ctx, state, verb, ctx.from, { skipQuoted: true });
  if (!subject || subject.actors.length === 0 || subject.unknownPerson) return null;
  // Another clause's own subject: a name after the verb with a verb right after it.
  const other = usable.some((m) => m.from > verb && !subject.actors.includes(m.actor) && verbAfter(ctx, m.to));
  return other ? null : subject.actors;
}
const VERBAL = new Set(['VERB', 'AUX']);

/**
 * The two sides a sentence names: its subject when that is two actors (no
 * persons) and no other actor is its subject or object ("Valmora and the
 * Movement met in Ardesh", not "Labour and the Greens hosted Kyiv and
 * Moscow", whose sides are the guests).
 * @category attribution
 * @since 0.1.0
 * @internal
 */
export function sentenceSides(ctx: SentenceContext, subject: ReadonlyArray<Actor> | null | undefined): ReadonlyArray<Actor> | undefined {
  if (!subject || subject.length !== 2 || subject.some((a) => a.kind === 'person')) return undefined;
  return subjectMentions(ctx).some((m) => m.actor.kind !== 'person' && !subject.includes(m.actor)) ? undefined : subject;
}

function personBefore(
  ctx: SentenceContext,
  mentions: ReadonlyArray<ActorMention>,
  names: ReadonlyArray<{ from: number; to: number }>,
  k: number,
): { name: string; actor: Actor | null } | undefined {
  const usable = mentions.filter((m) => m.to <= k);
  const unknown = names.filter((u) => u.to <= k);
  const p = [...usable].reverse().find((m) => m.actor.kind === 'person');
  const u = unknown[unknown.length - 1];
  if (u && (!p || u.from > p.from)) return { name: tokenText(ctx.tokens, u.from, u.to), actor: null };
  return p ? { name: p.actor.name, actor: p.actor } : undefined;
}

// Whether an issue stands between the quote's start (or the last party named in it) and "it" at `k`.
function itIsTheIssue(ctx: SentenceContext, usable: ReadonlyArray<ActorMention>, k: number): boolean {
  const start = quoteStart(ctx, k);
  const party = usable.reduce((last, m) => (m.to <= k && m.from >= start ? Math.max(last, m.to) : last), start);
  return ctx.issues.some((i) => i.from >= party && i.to <= k);
}

// The person named right after "close to" before the pronoun at `k`, by name or by a title named before.
function personCloseTo(ctx: SentenceContext, state: DiscourseState, k: number, floor: number): Subject | undefined {
  for (let j = Math.max(ctx.from, floor); j + 2 < k; j++) {
    if (ctx.tokens[j]!.norm !== 'close' || ctx.tokens[j + 1]!.norm !== 'to') continue;
    let at = j + 2;
    const m = ctx.actors.find((x) => x.titleFrom === at && x.to <= k);
    if (m) return m.actor.kind === 'person' ? { actors: [m.actor], name: m.actor.name, rule: 'subject.pronoun.close-to' } : undefined;
    // "close to the attorney general said she": the title's last word before the verb of saying.
    while (at < k && (ctx.tokens[at]!.pos === 'NOUN' || ctx.tokens[at]!.pos === 'ADJ' || ctx.tokens[at]!.pos === 'PROPN' || ctx.tokens[at]!.norm === 'the')) at++;
    const titled = at - 1 > j + 2 ? titleEndingAt(ctx, state, at - 1, j + 2) : undefined;
    return titled && titled.actors.length > 0 ? { ...titled, rule: 'subject.pronoun.close-to' } : undefined;
  }
  return undefined;
}

function groupBefore(usable: ReadonlyArray<ActorMention>, k: number): Actor | undefined {
  return [...usable].reverse().find((m) => m.to <= k && m.actor.kind !== 'person')?.actor;
}

/**
 * Turns a subject into a speaker: the first actor of a coordination, with
 * the others as `also` ("Macron and Merz said").
 * @example
 * import { DEFAULT_ACTORS } from '@stancelog/ingest'
 * import { speakerOf } from './attribution.js'
 * const merz = DEFAULT_ACTORS.find((a) => a.id === 'friedrich-merz')!
 * // A person speaks for the actor of the office held on the date.
 * assert.deepStrictEqual(speakerOf({ actors: [merz], name: 'Merz', rule: 'subject.nearest' }, '2025-08-13'), { name: 'Friedrich Merz', actor: 'germany', person: merz, rule: 'subject.nearest' })
 * assert.deepStrictEqual(speakerOf({ actors: [], name: 'diplomatic sources', rule: 'speaker.according-to' }, '2025-08-13'), { name: 'diplomatic sources', rule: 'speaker.according-to' })
 * const macron = DEFAULT_ACTORS.find((a) => a.id === 'emmanuel-macron')!
 * const both = speakerOf({ actors: [macron, merz], name: 'Emmanuel Macron', rule: 'subject.coordinated' }, '2025-08-13')
 * assert.deepStrictEqual([both.name, both.actor, both.also?.map((s) => [s.name, s.actor])], ['Emmanuel Macron', 'france', [['Friedrich Merz', 'germany']]])
 * @category attribution
 * @since 0.1.0
 * @internal
 */
export function speakerOf(subject: Subject, date: string | undefined): SpeakerRef {
  const a = subject.actors[0];
  if (!a) return { name: subject.name, rule: subject.rule, ...(subject.unknownPerson ? { unknownPerson: true as const } : {}) };
  const represented = representedActor(a, date);
  const also = subject.actors.slice(1).map((o) => speakerOf({ actors: [o], name: o.name, rule: subject.rule }, date));
  return {
    // A body named by its own name or an alias ("the health authority", "Health authority officials") is one voice:
    // printed as the register names it, so that the self-contradiction rule hears one speaker, not two who disagree.
    // So is one named by the noun that heads its name ("The union has told the ministry ..."): "The union" is no
    // person's name, and two voices of one union read as two speakers of it (a leftover of stop 48).
    name: a.kind === 'person' || namesBody(subject.name, a) || subject.rule === 'subject.organisation-noun' ? a.name : subject.name,
    ...(represented !== undefined ? { actor: represented } : {}),
    ...(a.kind === 'person' ? { person: a } : {}),
    rule: subject.rule,
    ...(also.length > 0 ? { also } : {}),
  };
}

/** A body's name or alias as compared: as the register's names are matched, without a trailing possessive. */
function bodyName(name: string): string {
  return actorNameKey(name).replace(/['’]s?$/, '');
}

/** Whether `name`, as the text wrote it, is the actor's own name or one of its aliases (not another body speaking for it). */
function namesBody(name: string, actor: Actor): boolean {
  const asWritten = bodyName(name);
  return asWritten === bodyName(actor.name) || (actor.aliases ?? []).some((alias) => bodyName(alias) === asWritten);
}

// Words of a title between an actor and a name: "spokesman", "chief
// executive", "lead negotiator" (any lower-case noun or adjective will do:
// "Kremlin aide Yuri Ushakov").
const ROLE_WORDS = new Set([
  ...TITLE_WORDS, 'executive', 'director', 'officer', 'official', 'aide', 'representative', 'press', 'deputy', 'vice',
  'assistant', 'senior', 'organiser', 'organizer', 'steward', 'treasurer', 'chairman', 'chairwoman', 'chairperson',
  'manager', 'boss', 'governor', 'mayor', 'commissioner', 'counsel', 'convenor', 'convener', 'media',
]);
const POSSESSIVE = new Set(["'s", "'"]);
const PAST_ROLE = new Set(['former', 'ex', 'ex-', 'retired', 'late', 'then', 'onetime', 'one-time']);

function isRoleWord(t: Token): boolean {
  if (ROLE_WORDS.has(t.norm)) return true;
  return (t.pos === 'NOUN' || t.pos === 'ADJ') && /^[a-z]/.test(t.text);
}

// Heads of the names of bodies, which a possessive may own as it owns a
// person: "Russia's Foreign Ministry", "Ukraine's Armed Forces".
const INSTITUTION_WORDS = new Set([
  'ministry', 'office', 'department', 'agency', 'service', 'services', 'forces', 'force', 'army', 'navy', 'fleet', 'guard', 'command',
  'council', 'party', 'government', 'parliament', 'assembly', 'senate', 'house', 'court', 'commission', 'committee', 'cabinet',
  'union', 'bank', 'embassy', 'administration', 'group', 'front', 'alliance', 'board', 'authority', 'agreement', 'plan', 'deal',
]);

// A person's name: proper nouns only, none the head of a body's name.
function isPersonalName(words: ReadonlyArray<Token>): boolean {
  return words.every((t) => t.pos === 'PROPN' && !INSTITUTION_WORDS.has(t.norm));
}

/**
 * Whether a speaker's name, as written, is a person's: two capitalised words
 * or more, none the head of a body's name ("John Doe", "Dame Emily
 * Thornberry"; not "diplomatic sources", "Reuters", "State Department").
 * @example
 * import { isPersonName } from './attribution.js'
 * assert.deepStrictEqual(['John Doe', 'Reuters', 'State Department', 'diplomatic sources'].map(isPersonName), [true, false, false, false])
 * @category attribution
 * @since 0.1.0
 * @internal
 */
export function isPersonName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length >= 2 && words.every((w) => /^[A-ZÀ-Þ]/.test(w) && !INSTITUTION_WORDS.has(w.toLowerCase()));
}

// The mark of a speaker named by a person's name the register does not
// know ("John Doe"; not "diplomatic sources", "Reuters" or "the State
// Department"): two words of a name or more.
function personal(words: ReadonlyArray<Token>): { unknownPerson?: true } {
  return words.length >= 2 && words.every((t) => /^[A-ZÀ-Þ]/.test(t.text)) && isPersonalName(words) ? { unknownPerson: true } : {};
}

function isNameWord(t: Token): boolean {
  return /^[A-ZÀ-Þ]/.test(t.text) && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X') && !ROLE_WORDS.has(t.norm);
}

/**
 * A person named with a title that names the actor they speak for, the
 * title starting at token `at`: "(the) Kremlin spokesman Dmitry Peskov",
 * "Port Authority spokeswoman Ana Lima", "Russia's lead negotiator ...".
 * The speaker is the person; the actor spoken for is the one their dated
 * office gives for a person of the register, and the actor of the title
 * for anyone else. `to` is the token after the name.
 *
 * @example
 * import { buildRegistry } from '@stancelog/ingest'
 * import { titledPerson } from './attribution.js'
 * import { findActors } from './actor-registry.js'
 * import { tokenize } from './nlp.js'
 * const read = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   const ctx = { tokens, from: 0, to: tokens.length, actors: findActors(buildRegistry(), tokens, 0, tokens.length), issues: [], cues: [], quoted: [], speakers: [] }
 *   const p = titledPerson(ctx, tokens.findIndex((t) => t.text === 'said') + 1, '2025-06-04')
 *   return p && [p.speaker.name, p.speaker.actor, p.speaker.rule]
 * }
 * assert.deepStrictEqual(read('No, said Kremlin spokesman Dmitry Peskov.'), ['Dmitry Peskov', 'russia', 'speaker.titled-person'])
 * // A person the register does not know speaks for the actor of the title.
 * assert.deepStrictEqual(read('No, said Kremlin aide Ivan Petrov.'), ['Ivan Petrov', 'russia', 'speaker.titled-person'])
 * assert.deepStrictEqual(read('No, said former Kremlin aide Ivan Petrov.'), ['Ivan Petrov', undefined, 'speaker.titled-person'])
 * assert.strictEqual(read('No, said the Kremlin.'), undefined)
 * @category attribution
 * @since 0.1.0
 * @internal
 */
export function titledPerson(ctx: SentenceContext, at: number, date: string | undefined): { speaker: SpeakerRef; to: number } | undefined {
  // "the Kremlin" may be an alias of its own, or "the" and "Kremlin".
  let start = at;
  const orgAt = (i: number) => ctx.actors.find((m) => m.from === i && m.actor.kind !== 'person');
  while (start < ctx.to && start < at + 2 && !orgAt(start) && (ctx.tokens[start]!.pos === 'DET' || PAST_ROLE.has(ctx.tokens[start]!.norm))) start++;
  const org = orgAt(start);
  if (!org || ctx.quoted[org.from - ctx.from]) return undefined;
  let k = org.to;
  if (k < ctx.to && POSSESSIVE.has(ctx.tokens[k]!.norm)) k++;
  const roleFrom = k;
  while (k < ctx.to && k - roleFrom < 4 && isRoleWord(ctx.tokens[k]!) && !ctx.actors.some((m) => m.from === k && m.actor.kind === 'person')) k++;
  // "Labour's Ann Moss": a possessive is title enough for a person's name
  // right after it, not for an institution ("Russia's Foreign Ministry").
  const bare = k === roleFrom;
  if (bare && !POSSESSIVE.has(ctx.tokens[roleFrom - 1]!.norm)) return undefined;
  // "the Green Alliance's leader, Mira Sand, ...": the name set off by commas.
  const apposed = POSSESSIVE.has(ctx.tokens[roleFrom - 1]!.norm) && k + 1 < ctx.to && ctx.tokens[k]!.norm === ',';
  if (apposed) k++;
  const rule = 'speaker.titled-person';
  const person = ctx.actors.find((m) => m.from === k && m.actor.kind === 'person');
  // The register's dated offices decide for a person it knows (a title it
  // contradicts is reported by the title check, not believed).
  if (person) return { speaker: speakerOf({ actors: [person.actor], name: person.actor.name, rule }, date), to: person.to };
  let j = k;
  while (j < ctx.to && isNameWord(ctx.tokens[j]!) && !insideAny(ctx.actors, j)) j++;
  if (j - k < 2 || (apposed && !(j < ctx.to && ctx.tokens[j]!.norm === ','))) return undefined;
  if (bare && !isPersonalName(ctx.tokens.slice(k, j))) return undefined;
  // "former Kremlin aide Ivan Petrov" no longer speaks for the Kremlin.
  const past = ctx.tokens.slice(Math.max(ctx.from, at - 1), k).some((t) => PAST_ROLE.has(t.norm));
  const represented = past ? undefined : representedActor(org.actor, date);
  const name = tokenText(ctx.tokens, k, j);
  return { speaker: represented !== undefined ? { name, actor: represented, rule } : { name, rule, ...personal(ctx.tokens.slice(k, j)) }, to: j };
}

// An unregistered name ending a title that names an actor: the actor, under the person's name.
function titledSubject(ctx: SentenceContext, u: { from: number; to: number }, date: string | undefined, floor: number): Subject | undefined {
  for (const m of ctx.actors) {
    if (m.actor.kind === 'person' || m.from < floor || m.to > u.from || u.from - m.to > 5) continue;
    const at = m.from > floor && ctx.tokens[m.from - 1]!.pos === 'DET' ? m.from - 1 : m.from;
    const p = titledPerson(ctx, at, date);
    if (p && p.to === u.to && p.speaker.actor !== undefined) return { actors: [m.actor], name: p.speaker.name, rule: 'subject.titled-person' };
  }
  return undefined;
}

// "Ann Moss of Labour", "Ann Moss, of the Greens,": a person's name, then
// "of" and an actor the register knows, speaks for that actor. Not a body's
// name ("the Central Bank of Russia", "Ministry of Defence"): its words must
// all be a person's, and the actor must end the phrase.
function affiliatedSubject(ctx: SentenceContext, u: { from: number; to: number }): (Subject & { readonly end: number }) | undefined {
  let k = u.to;
  if (k < ctx.to && ctx.tokens[k]!.norm === ',') k++;
  if (k >= ctx.to || ctx.tokens[k]!.norm !== 'of') return undefined;
  k++;
  // "of the Kremlin": the article may be part of the actor's alias or not.
  const at = k < ctx.to && ctx.tokens[k]!.pos === 'DET' ? [k, k + 1] : [k];
  const m = ctx.actors.find((x) => at.includes(x.from) && x.actor.kind !== 'person');
  if (!m || ctx.quoted[m.from - ctx.from] || !isPersonalName(ctx.tokens.slice(u.from, u.to))) return undefined;
  // "of Russia Today", "of the Labour Council": the actor only begins a body's name.
  if (m.to < ctx.to && /^[A-ZÀ-Þ]/.test(ctx.tokens[m.to]!.text)) return undefined;
  return { actors: [m.actor], name: tokenText(ctx.tokens, u.from, u.to), rule: 'subject.person-of-actor', end: m.to };
}

// "Erik Sand, the SDP's parliamentary leader, said", "Erik Sand, the parliamentary leader of the SDP, said": a name,
// then set off by commas an apposition of lower-case words of a role and an actor's name (its possessive before them,
// or "of" and the name after them), right before the verb: the person, for that actor. A person of the register is
// read by the register's dated offices, as with no apposition ("Jonas Berg, the SDP's deputy leader, said the party
// opposed X" was read as said by no one, the words after "said" taken for an unnamed speaker, or by the party the
// apposition names: a review of coalition talks).
function appositionSpeaker(ctx: SentenceContext, verb: number): Subject | undefined {
  if (verb - 1 <= ctx.from || ctx.tokens[verb - 1]!.norm !== ',') return undefined;
  let open = verb - 2;
  while (open > ctx.from && verb - open <= 10 && ctx.tokens[open]!.norm !== ',') open--;
  if (open <= ctx.from || ctx.tokens[open]!.norm !== ',') return undefined;
  const m = roleApposition(ctx, open + 1, verb - 1);
  const person = ctx.actors.find((x) => x.to === open && x.actor.kind === 'person' && !ctx.quoted[x.from - ctx.from]);
  // "Ruth Okafor, the union's general secretary, told reporters": the group named by a noun, not a name. A person of the
  // register speaks by her offices on the day, so the role alone says she speaks as one; "the union" was the speaker,
  // named so, and two words of hers on one day read as two speakers of the union (a review of a nurses' strike).
  if (m === undefined) return person !== undefined && nounRoleApposition(ctx, open + 1, verb - 1) ? { actors: [person.actor], name: person.actor.name, rule: 'subject.apposition' } : undefined;
  if (person !== undefined) return { actors: [person.actor], name: person.actor.name, rule: 'subject.apposition' };
  const u = unknownNames(ctx).find((x) => x.to === open);
  if (u === undefined || !isPersonalName(ctx.tokens.slice(u.from, u.to))) return undefined;
  return { actors: [m.actor], name: tokenText(ctx.tokens, u.from, u.to), rule: 'subject.apposition' };
}

// An apposition of a role in a group named by a noun, `[from, to)`: "the union's general secretary", "(the) general
// secretary of the union".
function nounRoleApposition(ctx: SentenceContext, from: number, to: number): boolean {
  const roles = (a: number, b: number) => a < b && ctx.tokens.slice(a, b).every((t) => /^[a-z]/.test(t.text) && isRoleWord(t));
  const group = (t: Token | undefined) => t !== undefined && t.pos === 'NOUN' && /^[a-z]/.test(t.text);
  if (from >= to || ctx.tokens[from]!.norm !== 'the') return false;
  const marker = ctx.tokens[from + 2]?.norm;
  if (group(ctx.tokens[from + 1]) && (marker === "'s" || marker === "'")) return roles(from + 3, to);
  const of = ctx.tokens.slice(from, to).findIndex((t) => t.norm === 'of') + from;
  return of > from + 1 && roles(from + 1, of) && to === of + 3 && ctx.tokens[of + 1]!.norm === 'the' && group(ctx.tokens[of + 2]);
}

// The actor an apposition of a role names, `[from, to)`: "the SDP's deputy leader", "(the) deputy leader of the SDP".
function roleApposition(ctx: SentenceContext, from: number, to: number): ActorMention | undefined {
  const roles = (a: number, b: number) => a < b && ctx.tokens.slice(a, b).every((t) => /^[a-z]/.test(t.text) && isRoleWord(t));
  let k = from;
  if (k < to && ctx.tokens[k]!.pos === 'DET') k++;
  const owner = ctx.actors.find((x) => x.from === k && x.actor.kind !== 'person');
  if (owner !== undefined) return ctx.tokens[owner.to]?.norm === "'s" && roles(owner.to + 1, to) ? owner : undefined;
  const of = ctx.tokens.slice(k, to).findIndex((t) => t.norm === 'of') + k;
  if (of <= k || !roles(k, of)) return undefined;
  const at = ctx.tokens[of + 1]?.pos === 'DET' ? [of + 1, of + 2] : [of + 1];
  return ctx.actors.find((x) => at.includes(x.from) && x.to === to && x.actor.kind !== 'person');
}

// "..., said Ann Moss of Labour.": the person, for the actor, after the verb.
function affiliatedAfter(ctx: SentenceContext, at: number, date: string | undefined): { speaker: SpeakerRef; to: number } | undefined {
  const u = unknownNames(ctx).find((x) => x.from === at);
  const found = u && affiliatedSubject(ctx, u);
  if (!found) return undefined;
  return { speaker: { ...speakerOf(found, date), rule: 'speaker.person-of-actor' }, to: found.end };
}

// A registered person named (with their titles) right after the verb: "said Chancellor Friedrich Merz".
function personRightAfter(ctx: SentenceContext, at: number, date: string | undefined): { speaker: SpeakerRef; to: number } | undefined {
  const m = ctx.actors.find((x) => x.actor.kind === 'person' && (x.titleFrom === at || (x.titleFrom === at + 1 && ctx.tokens[at]!.pos === 'DET')));
  if (!m || ctx.quoted[m.from - ctx.from]) return undefined;
  return { speaker: { ...speakerOf({ actors: [m.actor], name: m.actor.name, rule: 'after-verb' }, date), rule: 'speaker.after-verb' }, to: m.to };
}

// A name after lower-case words of a title right after the verb: "said
// mediator Ines Varga", "said union steward Jo Berg" (the register's
// person, or a name it does not know, speaking for no one it can tell).
function roledNameAfter(ctx: SentenceContext, at: number, date: string | undefined): { speaker: SpeakerRef; to: number } | undefined {
  let k = at;
  if (k < ctx.to && ctx.tokens[k]!.pos === 'DET') k++;
  const roles = k;
  while (k < ctx.to && k - roles < 3 && /^[a-z]/.test(ctx.tokens[k]!.text) && isRoleWord(ctx.tokens[k]!)) k++;
  if (k === roles || ctx.quoted[k - ctx.from]) return undefined;
  const m = ctx.actors.find((x) => x.actor.kind === 'person' && x.titleFrom === k);
  if (m) return { speaker: { ...speakerOf({ actors: [m.actor], name: m.actor.name, rule: 'after-verb' }, date), rule: 'speaker.after-verb' }, to: m.to };
  if (insideAny(ctx.actors, k)) return undefined;
  let j = k;
  while (j < ctx.to && isNameWord(ctx.tokens[j]!) && !insideAny(ctx.actors, j)) j++;
  return j - k >= 2 ? { speaker: { name: tokenText(ctx.tokens, k, j), rule: 'speaker.after-verb', ...personal(ctx.tokens.slice(k, j)) }, to: j } : undefined;
}

const AFTER_INVERTED = new Set([',', '.', ';', ':', '!', 'on', 'in', 'at', 'during', 'after', 'late', 'earlier', 'yesterday', 'today', 'when', 'who']);

// "..., said X." and "..., said X on Friday": the verb follows a comma (or a
// closing quote) and the name ends the sentence or its clause. Not "Merz,
// in Berlin, said Zelensky must ...", where the name starts what was said.
function inverted(ctx: SentenceContext, verb: number, nameEnd: number): boolean {
  if (verb <= ctx.from) return false;
  const before = ctx.tokens[verb - 1]!;
  if (!(before.norm === ',' || /^["”’»]$/.test(before.text))) return false;
  return nameEnd >= ctx.to || AFTER_INVERTED.has(ctx.tokens[nameEnd]!.norm);
}

// Words between a speaker's noun and the actor it speaks for: "a
// spokesperson for the union", "officials in Brussels" (not "a source close
// to the Kremlin": being close to it is not speaking for it).
const SPEAKS_FOR = new Set(['for', 'of', 'from', 'at', 'in']);
const PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'ADP', 'PROPN', 'PART', 'ADV']);
const MAX_PHRASE = 10;
// Verbs of saying whose object is the one told ("told reporters", "briefed diplomats").
const TELLING = new Set(['tell', 'inform', 'brief', 'assure', 'remind', 'notify', 'promise']);
// The plural nouns of speakers not named, which wink may tag names at a sentence's start.
const UNNAMED_SPEAKERS = new Set(['sources', 'officials', 'diplomats', 'people', 'aides', 'insiders', 'analysts', 'observers', 'witnesses', 'negotiators']);

// A noun phrase of common nouns ("a spokesperson", "officials", "a source
// close to the talks", "people present"), at most MAX_PHRASE tokens from
// `from` (exclusive `to`), with no person's name and no pronoun in it.
function unnamedPhrase(ctx: SentenceContext, from: number, to: number): boolean {
  if (to <= from || to - from > MAX_PHRASE || ctx.quoted[from - ctx.from]) return false;
  const words = ctx.tokens.slice(from, to);
  const first = words[0]!;
  // "Sources said ...": wink tags a capitalised common noun opening a sentence a name. "A senior Social Democrat": one
  // member of a party, as "a senior official" is one of a government.
  const member = (k: number) => ctx.actors.some((m) => m.via === 'member' && m.from <= k && k < m.to);
  const noun = (t: Token, k: number) => t.pos === 'NOUN' || UNNAMED_SPEAKERS.has(t.norm) || member(k);
  if (!(first.pos === 'DET' || first.pos === 'ADJ' || first.pos === 'NUM' || noun(first, from))) return false;
  // A name is one word of the phrase, apostrophes included ("Workers' Union").
  const fits = (t: Token, k: number) => PHRASE_POS.has(t.pos) || (t.pos === 'VERB' && t.norm.endsWith('ed')) || insideAny(ctx.actors, k);
  if (!words.every((t, i) => fits(t, from + i))) return false;
  if (!words.some((t, i) => noun(t, from + i))) return false;
  if (unknownNames(ctx).some((u) => u.from < to && u.to > from)) return false;
  return !ctx.actors.some((m) => m.actor.kind === 'person' && m.from < to && m.to > from);
}

// Registered persons of the sentence, by the title of the office they hold on its day (see `DiscourseState.titles`).
function rememberTitles(ctx: SentenceContext, state: DiscourseState): void {
  if (!state.titles || state.date === undefined) return;
  let copied = false;
  for (const m of ctx.actors) {
    if (m.actor.kind !== 'person') continue;
    const office = officeHeldIn(m.actor.offices ?? [], state.date);
    if (office?.title === undefined) continue;
    if (!copied) state.titles = new Map(state.titles);
    copied = true;
    const title = office.title.toLowerCase();
    const known = state.titles.get(title);
    // Two foreign ministers named in one article: "the foreign minister" is neither, but by its own sentence.
    state.titles.set(title, known === undefined || known?.actors[0] === m.actor ? titleSubject(m.actor) : null);
  }
}

function titleSubject(person: Actor): Subject {
  return { actors: [person], name: person.name, rule: 'subject.title-named-before' };
}

// The person of the sentence who holds the office named `title` on its day, if one does; else, of one of the sentence
// who held it on another day, the one who holds it on this day ("Reyes rejected X in March, and in May the new foreign
// minister backed it").
function titleInSentence(ctx: SentenceContext, state: DiscourseState, title: string): Actor | undefined {
  if (state.date === undefined) return undefined;
  const date = state.date;
  const named = (t: string | undefined) => t !== undefined && (t.toLowerCase() === title || t.toLowerCase().endsWith(` ${title}`));
  const held = (m: ActorMention) => m.actor.kind === 'person' && named(officeHeldIn(m.actor.offices ?? [], date)?.title);
  const here = ctx.actors.find(held)?.actor;
  if (here !== undefined) return here;
  const before = ctx.actors.find((m) => m.actor.kind === 'person' && (m.actor.offices ?? []).some((o) => named(o.title)))?.actor;
  return before === undefined ? undefined : successor(state, before, date);
}

// Who holds, on `date`, the office the person `held` holds on the day the article named them or held once: the person
// themself, else the one the register has in it then (none when none, or several, do).
function successor(state: DiscourseState, held: Actor, date: string, title?: string): Actor | undefined {
  const office = (held.offices ?? []).find((o) => title === undefined || o.title?.toLowerCase() === title);
  if (office === undefined || office.title === undefined) return undefined;
  const same = (a: Actor) => (a.offices ?? []).some((o) => o.actor === office.actor && o.title === office.title && officeHeldIn([o], date) !== undefined);
  if (same(held)) return held;
  const holders = (state.persons ?? []).filter(same);
  return holders.length === 1 ? holders[0] : undefined;
}

// "the foreign minister said", "the minister said": the person named earlier in the article who holds that office
// (the title in full, or its last word when one title only ends with it). "The new foreign minister", on a day when
// that person no longer held it, is the one who did (a leftover of stop 53: it was no one).
function titleNamedBefore(ctx: SentenceContext, state: DiscourseState, phrase: { from: number; to: number }): Subject | undefined {
  if (!state.titles || ctx.tokens[phrase.from]!.norm !== 'the' || phrase.to - phrase.from < 2) return undefined;
  const all = ctx.tokens.slice(phrase.from + 1, phrase.to).map((t) => t.norm);
  const fresh = all.length > 1 && TITLE_QUALIFIERS.has(all[0]!);
  const words = (fresh ? all.slice(1) : all).join(' ');
  const here = titleInSentence(ctx, state, words);
  if (here) return titleSubject(here);
  if (state.titles.size === 0) return undefined;
  const onTheDay = (subject: Subject | null | undefined, title: string): Subject | undefined => {
    const person = subject?.actors[0];
    if (subject == null || person === undefined || state.date === undefined) return subject ?? undefined;
    const now = successor(state, person, state.date, title);
    return now === person ? subject : now !== undefined ? titleSubject(now) : undefined;
  };
  const full = state.titles.get(words);
  if (full !== undefined || words.includes(' ')) return onTheDay(full, words);
  const ending = [...state.titles].filter(([title]) => title.endsWith(` ${words}`));
  return ending.length === 1 ? onTheDay(ending[0]![1], ending[0]![0]) : undefined;
}
// Words before a title that say which holder of it is meant: the one in office on the day.
const TITLE_QUALIFIERS: ReadonlySet<string> = new Set(['new', 'incoming', 'current', 'present']);

// The title phrase ending at token `k` ("The foreign minister"), back to its "the", if it names one (see above).
function titleEndingAt(ctx: SentenceContext, state: DiscourseState, k: number, floor: number): Subject | undefined {
  // (A person of the sentence itself may hold it: "Reyes rejected X in March, and in May the new foreign minister ...".)
  if (!state.titles || (state.titles.size === 0 && !ctx.actors.some((m) => m.actor.kind === 'person'))) return undefined;
  for (let j = k - 1; j >= Math.max(floor, k - 4); j--) {
    if (ctx.tokens[j]!.norm === 'the') return titleNamedBefore(ctx, state, { from: j, to: k + 1 });
    // ("new" the tagger may read as an adverb.)
    if (ctx.tokens[j]!.pos !== 'NOUN' && ctx.tokens[j]!.pos !== 'ADJ' && ctx.tokens[j]!.pos !== 'PROPN' && !TITLE_QUALIFIERS.has(ctx.tokens[j]!.norm)) return undefined;
  }
  return undefined;
}

// The phrase that is the subject of the verb at `verb`: back to a comma, a
// conjunction or the sentence start.
function unnamedPhraseBefore(ctx: SentenceContext, verb: number): { from: number; to: number } | undefined {
  // "An official, speaking on condition of anonymity, said ...": the aside between commas is passed over.
  verb = beforeAside(ctx, verb);
  let k = verb - 1;
  while (k >= ctx.from && verb - k <= MAX_PHRASE) {
    const t = ctx.tokens[k]!;
    if (!insideAny(ctx.actors, k) && (t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.norm === 'that')) break;
    k--;
  }
  const from = k + 1;
  // "a plan Velmora said it would study": a name right after a noun is the subject of a clause of its own, the noun
  // what it is about ("officials in Brussels said" names theirs after a preposition).
  const last = ctx.actors.find((m) => m.to === verb && m.titleFrom > from);
  if (last !== undefined && ctx.tokens[last.titleFrom - 1]!.pos === 'NOUN') return undefined;
  return from < verb && unnamedPhrase(ctx, from, verb) ? { from, to: verb } : undefined;
}

// Where the words before a verb end, past an aside set off by commas that a participle or "who" opens
// (", speaking on condition of anonymity,", ", who asked not to be named,").
function beforeAside(ctx: SentenceContext, verb: number): number {
  if (verb - 1 <= ctx.from || ctx.tokens[verb - 1]!.norm !== ',') return verb;
  for (let k = verb - 2; k > ctx.from && verb - k <= MAX_PHRASE + 2; k--) {
    if (ctx.tokens[k]!.norm !== ',') continue;
    const opens = ctx.tokens[k + 1]!;
    return (opens.pos === 'VERB' && /(?:ing|ed)$/.test(opens.norm)) || opens.norm === 'who' ? k : verb;
  }
  return verb;
}

// "..., said a spokesperson." / "..., said a spokesperson for the union on
// Friday.": the phrase after a verb put before its subject, ending the clause.
function unnamedPhraseAfter(ctx: SentenceContext, verb: number, from: number): { from: number; to: number } | undefined {
  if (verb <= ctx.from) return undefined;
  const before = ctx.tokens[verb - 1]!;
  if (!(before.norm === ',' || /^["”’»]$/.test(before.text))) return undefined;
  for (let to = Math.min(ctx.to, from + MAX_PHRASE); to > from; to--) {
    if (inverted(ctx, verb, to) && unnamedPhrase(ctx, from, to)) return { from, to };
  }
  return undefined;
}

// An unnamed speaker, speaking for the actor the phrase names ("a Kremlin
// spokesperson", "a spokesperson for the union"), or for no one.
function unnamedSpeaker(ctx: SentenceContext, phrase: { from: number; to: number }, date: string | undefined): SpeakerRef {
  for (const m of ctx.actors) {
    if (m.titleFrom < phrase.from || m.to > phrase.to || m.actor.kind === 'person') continue;
    let k = m.titleFrom - 1;
    while (k >= phrase.from && ctx.tokens[k]!.pos === 'DET') k--;
    const prep = k >= phrase.from && ctx.tokens[k]!.pos === 'ADP' ? ctx.tokens[k]!.norm : undefined;
    if (prep !== undefined && !SPEAKS_FOR.has(prep)) continue;
    const actor = representedActor(m.actor, date);
    // Named by the words as written ("a spokesperson for the union"), not by the actor's name: the phrase names no one.
    if (actor !== undefined) return { name: tokenText(ctx.tokens, phrase.from, phrase.to), actor, rule: 'speaker.unnamed-for' };
  }
  return { name: tokenText(ctx.tokens, phrase.from, phrase.to), rule: 'speaker.unnamed', unnamed: true };
}

// The speaker an unnamed phrase stands for ("a US official", "Kremlin
// officials"), under the phrase as written: the actor's name ("US",
// "Kremlin") is no one's name.
function unnamedFor(speaker: SpeakerRef, phrase: string, rule: string): SpeakerRef {
  const { person: _person, ...rest } = speaker;
  return { ...rest, name: phrase, ...(speaker.also ? { also: speaker.also.map((o) => unnamedFor(o, phrase, rule)) } : {}), rule };
}

// Conjunctions that open a condition: the one-word condition markers ("if", "unless", "until", "provided"...) but those of
// a time ("after the meeting Merz said" dates his saying), and "whether".
const CONDITION_OPENERS = new Set([
  ...CONDITION_MARKERS.flatMap((m) => (m.phrase.includes(' ') || (m.sequence !== undefined && m.sequence !== 'until') ? [] : m.phrase.split('|'))),
  'whether',
]);

// Whether the word at `at` is in a clause opened by such a conjunction: back to the nearest comma or the sentence's start.
function inCondition(ctx: SentenceContext, at: number): boolean {
  for (let k = at - 1; k >= ctx.from && k >= at - 10; k--) {
    const t = ctx.tokens[k]!;
    if (t.norm === ',' || t.norm === ';' || ctx.quoted[k - ctx.from]) return false;
    if (CONDITION_OPENERS.has(t.norm)) return true;
  }
  return false;
}

/**
 * The speaker of a sentence from its verb of saying outside quotes
 * ("X said", "said X", "according to X").
 *
 * @example
 * import { buildRegistry } from '@stancelog/ingest'
 * import { sentenceSpeaker } from './attribution.js'
 * import { findActors } from './actor-registry.js'
 * import { SPEECH_PHRASES } from './cue-rules.js'
 * import { compilePatterns, matchAll } from './phrase-matcher.js'
 * import { tokenize } from './nlp.js'
 * const speech = compilePatterns(SPEECH_PHRASES.map((s) => ({ source: s, value: s })))
 * const speakerOfText = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   const n = tokens.length
 *   const ctx = { tokens, from: 0, to: n, actors: findActors(buildRegistry(), tokens, 0, n), issues: [], cues: [], quoted: new Array(n).fill(false), speakers: [] }
 *   const state = { lastPerson: undefined, lastActor: undefined, lastSpeaker: undefined, frequency: new Map(), date: '2025-03-12' }
 *   const s = sentenceSpeaker(ctx, state, matchAll(speech, tokens, 0, n))
 *   return s && [s.name, s.actor, s.rule]
 * }
 * assert.deepStrictEqual(speakerOfText('Russia must withdraw, Starmer said on Wednesday.'), ['Keir Starmer', 'united-kingdom', 'speaker.subject.nearest'])
 * assert.deepStrictEqual(speakerOfText('A deal is close, according to diplomatic sources.'), ['diplomatic sources', undefined, 'speaker.according-to'])
 * assert.strictEqual(speakerOfText('Russia must withdraw.'), undefined)
 * @category attribution
 * @since 0.1.0
 * @internal
 */
export function sentenceSpeaker(
  ctx: SentenceContext,
  state: DiscourseState,
  speech: ReadonlyArray<PhraseMatch<string>>,
): SpeakerRef | undefined {
  const vouching = accordingToApposed(ctx, state, speech);
  if (vouching) return vouching;
  for (const v of speech) {
    if (ctx.quoted[v.from - ctx.from]) continue;
    const head = ctx.tokens[v.from]!;
    const according = v.pattern.value === 'according to';
    if (!according && head.pos !== 'VERB') continue;
    // "too early to say whether Kyiv ...", "declined to comment": an infinitive says no one spoke.
    if (!according && v.from > ctx.from && ctx.tokens[v.from - 1]!.norm === 'to') continue;
    // "... will walk out if the EU insists on sanctions, Brandt said": a verb of a condition says what it hangs on, not who spoke.
    if (!according && inCondition(ctx, v.from)) continue;
    // "The union rejected the offer, which the employers said was final": what a relative clause says is of the thing it is on.
    if (!according && inRelativeClause(ctx, v.from)) continue;
    // "Qadira proposed monitors, a plan Velmora said it would study": so does one in an apposition.
    if (!according && inAppositionClause(ctx, v.from)) continue;
    // "said Kremlin spokesman Dmitry Peskov": the person, for the Kremlin.
    const titled = titledPerson(ctx, v.to, state.date);
    if (!according) {
      // "..., said Kremlin spokesman Dmitry Peskov.": a verb put before its
      // subject; the words before the comma are what was said.
      const after = titled ?? personRightAfter(ctx, v.to, state.date) ?? roledNameAfter(ctx, v.to, state.date) ?? affiliatedAfter(ctx, v.to, state.date);
      if (after && inverted(ctx, v.from, after.to)) return after.speaker;
      // "..., said a spokesperson.", "..., a spokesperson said.": the one
      // who speaks is not named, and no earlier subject stands in for them.
      // "..., told reporters that": who is told is not who speaks.
      // "Erik Sand, the SDP's parliamentary leader, said (the party ...)": the person the apposition names, for the party
      // it names; the words after the verb are what was said, no speaker put after it.
      const apposed = appositionSpeaker(ctx, v.from);
      if (apposed) return { ...speakerOf(apposed, state.date), rule: 'speaker.apposition' };
      const unnamedAfter = TELLING.has(head.lemma) ? undefined : unnamedPhraseAfter(ctx, v.from, v.to);
      if (unnamedAfter) {
        const titledBefore = titleNamedBefore(ctx, state, unnamedAfter);
        return titledBefore ? { ...speakerOf(titledBefore, state.date), rule: 'speaker.title-named-before' } : unnamedSpeaker(ctx, unnamedAfter, state.date);
      }
      const unnamedBefore = unnamedPhraseBefore(ctx, v.from);
      const titledBefore = unnamedBefore && titleNamedBefore(ctx, state, unnamedBefore);
      if (titledBefore) return { ...speakerOf(titledBefore, state.date), rule: 'speaker.title-named-before' };
      if (unnamedBefore) {
        // "a Kremlin spokesperson", "Ukrainian officials": the phrase's own actor.
        const own = findSubject(ctx, state, v.from, unnamedBefore.from, { skipQuoted: true });
        if (own) {
          const phrase = tokenText(ctx.tokens, unnamedBefore.from, unnamedBefore.to);
          // "The health authority said", the body's alias: the body itself speaks, under the name the register gives it.
          const itself = own.actors.length === 1 && own.actors[0]!.kind !== 'person' && namesBody(phrase, own.actors[0]!);
          return itself ? { ...speakerOf(own, state.date), rule: `speaker.${own.rule}` } : unnamedFor(speakerOf(own, state.date), phrase, `speaker.${own.rule}`);
        }
        return unnamedSpeaker(ctx, unnamedBefore, state.date);
      }
      const subject = findSubject(ctx, state, v.from, ctx.from, { skipQuoted: true });
      if (subject) return { ...speakerOf(subject, state.date), rule: `speaker.${subject.rule}` };
    }
    if (titled) return titled.speaker;
    // "said Peskov", "according to diplomatic sources"
    // Not the subject of what was said ("said the Brigades could accept X"): a verb of its own follows it; nor the one
    // told to act ("urged the government to accept X").
    const right = ctx.actors.find((m) => m.titleFrom >= v.to && m.titleFrom <= v.to + 4 && !ctx.quoted[m.from - ctx.from] && !(m.to < ctx.to && (/^(?:VERB|AUX)$/.test(ctx.tokens[m.to]!.pos) || ctx.tokens[m.to]!.norm === 'to')));
    if (right) return { ...speakerOf({ actors: [right.actor], name: mentionName(ctx.tokens, right), rule: 'after-verb' }, state.date), rule: 'speaker.after-verb' };
    if (according) {
      let j = v.to;
      while (j < ctx.to && ctx.tokens[j]!.pos !== 'PUNCT' && j < v.to + 6) j++;
      // "according to John Doe": a person, as "said John Doe" names one;
      // "according to diplomatic sources" names no one.
      if (j > v.to) {
        const start = nameStart(ctx.tokens, v.to, j);
        return { name: tokenText(ctx.tokens, start, j), rule: 'speaker.according-to', ...personal(ctx.tokens.slice(start, j)) };
      }
    }
  }
  return undefined;
}

// "..., according to its president, Piet Lindqvist": the person the apposition names is who spoke, rather than the
// subject of a "said" before it or the words "its president" (a leftover of stop 48, from a review of a nurses'
// strike). A person of the register speaks by her offices on the day; a name it does not know, for the party of the
// title: the one it names ("the union's president"), or, for "its" or "their", the actor that opens the sentence.
function accordingToApposed(ctx: SentenceContext, state: DiscourseState, speech: ReadonlyArray<PhraseMatch<string>>): SpeakerRef | undefined {
  const v = speech.find((m) => m.pattern.value === 'according to' && !ctx.quoted[m.from - ctx.from]);
  if (v === undefined) return undefined;
  let comma = v.to + 1;
  while (comma < ctx.to && comma <= v.to + 5 && ctx.tokens[comma]!.norm !== ',') comma++;
  if (comma >= ctx.to || ctx.tokens[comma]!.norm !== ',') return undefined;
  const roles = (a: number, b: number) => a < b && ctx.tokens.slice(a, b).every((t) => /^[a-z]/.test(t.text) && isRoleWord(t));
  const pronoun = OWNING_PRONOUNS.has(ctx.tokens[v.to]!.norm) && roles(v.to + 1, comma);
  const titled = pronoun ? undefined : roleApposition(ctx, v.to, comma);
  if (!pronoun && titled === undefined) return undefined;
  let end = comma + 1;
  while (end < ctx.to && ctx.tokens[end]!.pos !== 'PUNCT') end++;
  const person = ctx.actors.find((x) => x.titleFrom === comma + 1 && x.to === end && x.actor.kind === 'person');
  if (person !== undefined) return { ...speakerOf({ actors: [person.actor], name: person.actor.name, rule: 'apposition' }, state.date), rule: 'speaker.according-to' };
  const words = ctx.tokens.slice(comma + 1, end);
  if (words.length < 2 || !isPersonalName(words)) return undefined;
  const name = tokenText(ctx.tokens, comma + 1, end);
  const opening = ctx.actors.find((x) => x.actor.kind !== 'person' && (x.titleFrom === ctx.from || (x.titleFrom === ctx.from + 1 && ctx.tokens[ctx.from]!.pos === 'DET')));
  const party = titled?.actor ?? opening?.actor;
  return party === undefined ? { name, rule: 'speaker.according-to', unknownPerson: true } : { ...speakerOf({ actors: [party], name, rule: 'apposition' }, state.date), rule: 'speaker.according-to' };
}
const OWNING_PRONOUNS = new Set(['its', 'their', 'his', 'her']);

// Whether the name `m`, after "to", stands right before an -ing verb at `at` that has no subject of its own:
// "wrote to Moscow asking it to X", "sent a letter to Moscow urging it to X".
function addresseeBeforeParticiple(ctx: SentenceContext, m: { titleFrom: number; to: number }, at: number): boolean {
  const verb = ctx.tokens[at];
  return m.to === at && verb !== undefined && verb.pos === 'VERB' && verb.norm.endsWith('ing') && m.titleFrom > ctx.from && ctx.tokens[m.titleFrom - 1]!.norm === 'to';
}
