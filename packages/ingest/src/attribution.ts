/**
 * Attribution: who is the subject of a verb, who speaks a sentence or a
 * quote, and whom a pronoun or "both sides" points back to.
 *
 * @since 0.1.0
 */
import type { Actor } from '@stancelog/core';
import { tokenText, type Token } from './nlp.js';
import { representedActor, TITLE_WORDS, type ActorMention } from './actor-registry.js';
import { afterPreposition, insideAny, type SentenceContext, type SpeakerRef } from './sentence-context.js';
import type { PhraseMatch } from './phrase-matcher.js';

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
  /** How often each state is named: "both sides" are the two most named. */
  readonly frequency: Map<string, { actor: Actor; count: number }>;
  readonly date: string | undefined;
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
 * ("guarantees for Kyiv"), demonyms only before a noun like "officials".
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
  const found = ctx.actors.filter((m) => {
    if (insideAny(ctx.issues, m.from)) return false;
    if (afterPreposition(ctx.tokens, m.titleFrom, ctx.from)) {
      // "with Russia making demands": an object that heads a gerund is its subject.
      let k = m.to;
      while (k < ctx.to && ctx.tokens[k]!.pos === 'ADV') k++;
      const next = ctx.tokens[k];
      if (!(next && next.pos === 'VERB' && next.norm.endsWith('ing'))) return false;
    }
    if (m.via === 'demonym') {
      const next = ctx.tokens[m.to];
      return next !== undefined && SUBJECT_NOUNS.has(next.norm);
    }
    return true;
  });
  subjectCache.set(ctx, found);
  return found;
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
      if (j - i >= 2 && !afterPreposition(ctx.tokens, i, ctx.from)) out.push({ from: i, to: j });
      i = j;
    } else i++;
  }
  return out;
}

function mentionName(tokens: ReadonlyArray<Token>, m: ActorMention): string {
  return m.actor.kind === 'person' ? m.actor.name : tokens.slice(m.from, m.to).map((t) => t.text).join(' ');
}

function coordinated(ctx: SentenceContext, usable: ReadonlyArray<ActorMention>, m: ActorMention, floor: number): ActorMention[] {
  const out = [m];
  let current = m;
  for (;;) {
    const prev = [...usable].reverse().find((x) => x.to <= current.titleFrom && x.from >= floor);
    if (!prev) break;
    const between = ctx.tokens.slice(prev.to, current.titleFrom);
    if (between.length > 8 || !between.some((t) => t.norm === 'and')) break;
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
 * @category attribution
 * @since 0.1.0
 * @internal
 */
export function bothSides(state: DiscourseState): Actor[] {
  return [...state.frequency.values()]
    .filter((f) => f.actor.kind === 'state')
    .sort((a, b) => b.count - a.count)
    .slice(0, 2)
    .map((f) => f.actor);
}

/**
 * The subject of the word at token `at`: the nearest usable actor mention,
 * pronoun or "both sides" before it, searching back to token `floor`.
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
 * @category attribution
 * @since 0.1.0
 * @internal
 */
export function findSubject(
  ctx: SentenceContext,
  state: DiscourseState,
  at: number,
  floor: number,
  options: { skipQuoted?: boolean } = {},
): Subject | undefined {
  const usable = subjectMentions(ctx);
  const unknown = unknownNames(ctx);
  for (let k = at - 1; k >= floor; k--) {
    if (options.skipQuoted && ctx.quoted[k - ctx.from]) continue;
    const t = ctx.tokens[k]!;
    const m = usable.find((x) => x.to - 1 === k);
    if (m) {
      const all = coordinated(ctx, usable, m, floor);
      return { actors: all.map((x) => x.actor), name: mentionName(ctx.tokens, all[0]!), rule: all.length > 1 ? 'subject.coordinated' : 'subject.nearest' };
    }
    const u = unknown.find((x) => x.to - 1 === k);
    if (u) return { actors: [], name: ctx.tokens.slice(u.from, u.to).map((x) => x.text).join(' '), rule: 'subject.unregistered', unknownPerson: true };
    if (PERSON_PRONOUNS.has(t.norm)) {
      const p = personBefore(ctx, k) ?? state.lastPerson;
      if (!p) return undefined;
      return p.actor ? { actors: [p.actor], name: p.name, rule: 'subject.pronoun' } : { actors: [], name: p.name, rule: 'subject.pronoun', unknownPerson: true };
    }
    if (GROUP_PRONOUNS.has(t.norm) && t.pos === 'PRON') {
      const a = groupBefore(ctx, usable, k) ?? state.lastActor;
      return a ? { actors: [a], name: a.name, rule: 'subject.pronoun' } : undefined;
    }
    if (SELF_PRONOUNS.has(t.norm)) {
      const s = ctx.speakers[k - ctx.from];
      if (s?.person) return { actors: [s.person], name: s.name, rule: 'subject.self' };
      return undefined;
    }
    if ((t.norm === 'sides' || t.norm === 'parties') && k > floor && /^(both|two)$/.test(ctx.tokens[k - 1]!.norm)) {
      const both = bothSides(state);
      if (both.length === 2) return { actors: both, name: 'both sides', rule: 'subject.both-sides' };
    }
  }
  return undefined;
}

function personBefore(ctx: SentenceContext, k: number): { name: string; actor: Actor | null } | undefined {
  const usable = subjectMentions(ctx).filter((m) => m.to <= k);
  const unknown = unknownNames(ctx).filter((u) => u.to <= k);
  const p = [...usable].reverse().find((m) => m.actor.kind === 'person');
  const u = unknown[unknown.length - 1];
  if (u && (!p || u.from > p.from)) return { name: ctx.tokens.slice(u.from, u.to).map((x) => x.text).join(' '), actor: null };
  return p ? { name: p.actor.name, actor: p.actor } : undefined;
}

function groupBefore(ctx: SentenceContext, usable: ReadonlyArray<ActorMention>, k: number): Actor | undefined {
  return [...usable].reverse().find((m) => m.to <= k && m.actor.kind !== 'person')?.actor;
}

/**
 * Turns a subject into a speaker (the first actor of a coordination).
 * @example
 * import { DEFAULT_ACTORS } from '@stancelog/ingest'
 * import { speakerOf } from './attribution.js'
 * const merz = DEFAULT_ACTORS.find((a) => a.id === 'friedrich-merz')!
 * // A person speaks for the actor of the office held on the date.
 * assert.deepStrictEqual(speakerOf({ actors: [merz], name: 'Merz', rule: 'subject.nearest' }, '2025-08-13'), { name: 'Friedrich Merz', actor: 'germany', person: merz, rule: 'subject.nearest' })
 * assert.deepStrictEqual(speakerOf({ actors: [], name: 'diplomatic sources', rule: 'speaker.according-to' }, '2025-08-13'), { name: 'diplomatic sources', rule: 'speaker.according-to' })
 * @category attribution
 * @since 0.1.0
 * @internal
 */
export function speakerOf(subject: Subject, date: string | undefined): SpeakerRef {
  const a = subject.actors[0];
  if (!a) return { name: subject.name, rule: subject.rule };
  const represented = representedActor(a, date);
  return {
    name: a.kind === 'person' ? a.name : subject.name,
    ...(represented !== undefined ? { actor: represented } : {}),
    ...(a.kind === 'person' ? { person: a } : {}),
    rule: subject.rule,
  };
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
  for (const v of speech) {
    if (ctx.quoted[v.from - ctx.from]) continue;
    const head = ctx.tokens[v.from]!;
    const according = v.pattern.value === 'according to';
    if (!according && head.pos !== 'VERB') continue;
    if (!according) {
      const subject = findSubject(ctx, state, v.from, ctx.from, { skipQuoted: true });
      if (subject) return { ...speakerOf(subject, state.date), rule: `speaker.${subject.rule}` };
    }
    // "said Peskov", "according to diplomatic sources"
    const right = ctx.actors.find((m) => m.titleFrom >= v.to && m.titleFrom <= v.to + 4 && !ctx.quoted[m.from - ctx.from]);
    if (right) return { ...speakerOf({ actors: [right.actor], name: mentionName(ctx.tokens, right), rule: 'after-verb' }, state.date), rule: 'speaker.after-verb' };
    if (according) {
      let j = v.to;
      while (j < ctx.to && ctx.tokens[j]!.pos !== 'PUNCT' && j < v.to + 6) j++;
      if (j > v.to) return { name: ctx.tokens.slice(v.to, j).map((t) => t.text).join(' '), rule: 'speaker.according-to' };
    }
  }
  return undefined;
}
