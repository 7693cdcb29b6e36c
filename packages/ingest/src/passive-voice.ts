/**
 * The passive voice: a cue verb with its agent ("the ceasefire was
 * rejected by Kyiv"), whose stance is the agent's on the subject; and its
 * participle after a noun ("a ceasefire proposed by Moscow"), whose stance
 * is the agent's on that noun.
 *
 * @since 0.1.0
 */
import type { Actor } from '@stancelog/core';
import { SAYING_VERBS, type CueRule } from './cue-rules.js';
import { representedActor } from './actor-registry.js';
import { bothSidesAt } from './attribution.js';
import { insideAny, type SentenceContext } from './sentence-context.js';
import type { PhraseMatch } from './phrase-matcher.js';
import { timeAdverbialEnd } from './time-adverbial.js';

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);
const NEGATIONS = new Set(['not', "n't", 'never']);
// Words an agent may be named with: "by both Ukrainian and American officials".
const AGENT_NOUNS = new Set(['official', 'officials', 'side', 'sides', 'delegation', 'delegations', 'authorities', 'government', 'governments', 'negotiators', 'leaders', 'diplomats', 'leadership']);
const SUBJECT_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP']);
const PLAN_NOUNS = new Set(['proposal', 'plan', 'roadmap', 'blueprint', 'framework']);

/**
 * A cue verb in the passive with its agent: "(the ceasefire) was rejected
 * by Kyiv", "has been ruled out by Moscow", "was endorsed by both
 * Ukrainian and American officials". The holders are the agents the
 * register knows; the subject is the noun phrase from `subject` to `aux`
 * (where the auxiliaries start): not "a ceasefire" in "Kyiv rejected a
 * ceasefire and talks were backed by Washington". "By both sides" are the
 * `sides` the article named together before, when given.
 *
 * @example
 * import { buildRegistry, CUE_RULES } from '@stancelog/ingest'
 * import { passiveAgent } from './passive-voice.js'
 * import { findActors } from './actor-registry.js'
 * import { compilePatterns, matchAll } from './phrase-matcher.js'
 * import { tokenize } from './nlp.js'
 * const cues = compilePatterns(CUE_RULES.map((c) => ({ source: c.phrase, value: c })))
 * const read = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   const n = tokens.length
 *   const ctx = { tokens, from: 0, to: n, actors: findActors(buildRegistry(), tokens, 0, n), issues: [], cues: matchAll(cues, tokens, 0, n), quoted: [], speakers: [] }
 *   const p = passiveAgent(ctx, '2025-06-04', ctx.cues[0]!, { from: 0, to: n })
 *   return p && [p.holders.actors, tokens.slice(p.subject, p.aux).map((t) => t.text).join(' ')]
 * }
 * assert.deepStrictEqual(read('The truce has been rejected by Kyiv and Paris.'), [['ukraine', 'france'], 'The truce'])
 * assert.strictEqual(read('The truce was rejected on Friday.'), undefined)
 * assert.strictEqual(read('Kyiv rejected the truce.'), undefined)
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function passiveAgent(
  ctx: SentenceContext,
  date: string | undefined,
  cue: PhraseMatch<CueRule>,
  clause: { readonly from: number; readonly to: number },
  sides?: ReadonlyArray<string>,
): { holders: { actors: string[]; rule: string }; subject: number; aux: number; person?: Actor } | undefined {
  const rule = cue.pattern.value;
  const head = ctx.tokens[cue.from]!;
  if (rule.scope !== 'right' || rule.order || rule.modal || head.pos !== 'VERB' || head.norm === head.lemma || head.norm.endsWith('ing') || head.norm.endsWith('s')) return undefined;
  let aux = cue.from - 1;
  while (aux > clause.from && (ctx.tokens[aux]!.pos === 'ADV' || NEGATIONS.has(ctx.tokens[aux]!.norm))) aux--;
  if (aux <= clause.from || !BE_FORMS.has(ctx.tokens[aux]!.norm)) return undefined;
  // "has been", "will be", "was not": the subject ends before the auxiliaries.
  while (aux - 1 > clause.from && (ctx.tokens[aux - 1]!.pos === 'AUX' || ctx.tokens[aux - 1]!.pos === 'ADV' || NEGATIONS.has(ctx.tokens[aux - 1]!.norm))) aux--;
  let k = cue.to;
  while (k < clause.to && ctx.tokens[k]!.pos === 'ADV') k++;
  if (k >= clause.to || ctx.tokens[k]!.norm !== 'by') return undefined;
  const { ids, people } = agentsFrom(ctx, date, k + 1, clause.to);
  // "was welcomed by both sides": the two the article named together before.
  const both = ids.length === 0 && sides !== undefined && bothSidesAt(ctx, k + 1) > 0;
  if (ids.length === 0 && !both) return undefined;
  // "The demands were rejected by Lindqvist": the one person who is the agent speaks for the actor she acts for, as
  // the subject of "Lindqvist rejected the demands" does (a leftover of stop 49: the passive named no speaker).
  const person = !both && ids.length === 1 && people.length === 1 ? people[0] : undefined;
  return { holders: { actors: both ? [...sides!] : ids, rule: both ? 'agent.passive.both-sides' : 'agent.passive' }, subject: nounPhraseStart(ctx, aux, clause.from), aux, ...(person ? { person } : {}) };
}

// The actors the register knows named from `k` on: "Kyiv and Paris", "both
// Ukrainian and American officials", "the French government"; `end` is
// where the last of them ends.
function agentsFrom(ctx: SentenceContext, date: string | undefined, k: number, to: number): { ids: string[]; end: number; people: Actor[] } {
  const ids: string[] = [];
  const people: Actor[] = [];
  let end = k;
  while (k < to) {
    const m = ctx.actors.find((a) => a.titleFrom === k || a.from === k);
    const t = ctx.tokens[k]!;
    if (m) {
      const id = representedActor(m.actor, date);
      if (id !== undefined) ids.push(id);
      if (id !== undefined && m.actor.kind === 'person') people.push(m.actor);
      k = end = m.to;
    } else if (t.norm === ',' && speakerAfter(ctx, k + 1, to)) {
      // "rejected by Lindqvist, Peskov said", "..., a Kremlin spokesman said": the one who says it, after the comma, is
      // no agent, nor is the actor the words name.
      break;
    } else if (t.pos === 'DET' || t.norm === 'and' || t.norm === ',' || AGENT_NOUNS.has(t.norm)) {
      k++;
      if (AGENT_NOUNS.has(t.norm)) end = k;
    } else break;
  }
  return { ids: [...new Set(ids)], end, people };
}

// Whether a speaker, then a verb of saying, starts at `k`: a name the register knows ("Peskov said", "Dmitry Peskov told
// reporters", "Kremlin spokesman Dmitry Peskov said") or words naming none ("a spokesman said", "a government
// spokeswoman told reporters"), or an actor among them ("a Kremlin spokesman said", "Russia's foreign ministry said").
function speakerAfter(ctx: SentenceContext, k: number, to: number): boolean {
  const start = k;
  while (k < to && k - start < MAX_SPEAKER_WORDS) {
    const m = ctx.actors.find((a) => a.titleFrom === k || a.from === k);
    if (m !== undefined && m.to > k) {
      k = m.to;
      continue;
    }
    const t = ctx.tokens[k]!;
    if (t.pos === 'VERB') return k > start && SAYING_VERBS.has(t.lemma);
    // "and" or a comma goes on with a list of agents ("by Lindqvist, Kyiv and Paris").
    if (!SPEAKER_WORDS.has(t.pos) && t.norm !== "'s") return false;
    k++;
  }
  return false;
}

// The words of a speaker named before a verb of saying: "a senior Kremlin official", "a spokesperson for the union".
const SPEAKER_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PART', 'ADV']);
const MAX_SPEAKER_WORDS = 10;

// Where the noun phrase that ends before `end` starts: "the lifting of
// sanctions", "the ceasefire offered by Moscow", "the truce, offered by
// Moscow," (`nested`: the participle of another such phrase, "relief tied
// to | a truce backed by ...", ends it).
function nounPhraseStart(ctx: SentenceContext, end: number, floor: number, nested = true): number {
  let from = end - 1;
  while (from >= floor) {
    const t = ctx.tokens[from]!;
    if (nested && t.norm === ',') {
      const opening = openingComma(ctx, from, floor);
      if (opening === undefined) break;
      from = opening - 1;
      continue;
    }
    const before = from > floor ? ctx.tokens[from - 1]! : undefined;
    const participle = t.pos === 'VERB' && before !== undefined && ((t.norm.endsWith('ing') && before.pos === 'DET') || (nested && t.norm.endsWith('ed') && (before.pos === 'NOUN' || insideAny(ctx.issues, from - 1))));
    if (insideAny(ctx.issues, from) || insideAny(ctx.actors, from) || SUBJECT_PHRASE.has(t.pos) || t.norm === "'s" || participle) from--;
    // "The merger of Carrowmore Trust and the Brackwater Trust was cleared" (a review of hospital talks): "and" inside
    // an "of" phrase joins its objects; elsewhere it ends the phrase ("Kyiv rejected X and talks were backed by Y").
    else if (t.norm === 'and' && ofBefore(ctx, from, floor)) from--;
    else break;
  }
  return from + 1;
}

// Whether "of" stands before the "and" at `and`, with only words of a noun phrase between.
function ofBefore(ctx: SentenceContext, and: number, floor: number): boolean {
  for (let k = and - 1; k >= floor && and - k <= 8; k--) {
    const t = ctx.tokens[k]!;
    if (t.norm === 'of') return true;
    if (!(SUBJECT_PHRASE.has(t.pos) || insideAny(ctx.actors, k))) return false;
  }
  return false;
}

// The comma that opens a participle set off by the comma at `close`
// ("the truce, offered by Moscow,"): a participle after it, a noun before it.
function openingComma(ctx: SentenceContext, close: number, floor: number): number | undefined {
  for (let k = close - 1; k > floor && k > close - 12; k--) {
    if (ctx.tokens[k]!.norm !== ',') continue;
    let a = k + 1;
    while (a < close && ctx.tokens[a]!.pos === 'ADV') a++;
    const after = ctx.tokens[a]!;
    const before = ctx.tokens[k - 1]!;
    const participle = after.pos === 'VERB' && after.norm !== after.lemma && !after.norm.endsWith('ing') && !after.norm.endsWith('s');
    return participle && (before.pos === 'NOUN' || before.pos === 'PROPN' || insideAny(ctx.issues, k - 1)) ? k : undefined;
  }
  return undefined;
}

// The comma that closes a phrase from `k` on, before any verb other than a participle's.
function closingComma(ctx: SentenceContext, k: number, to: number): number | undefined {
  for (const limit = Math.min(to, k + 12); k < limit; k++) {
    const t = ctx.tokens[k]!;
    if (t.norm === ',') return k;
    if (t.pos === 'AUX' || t.pos === 'VERB') return undefined;
  }
  return undefined;
}

// Words that open a verb's object: after one, a participle is a verb in the past with its object ("Moscow offered a truce").
const OBJECT_START = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON']);

/**
 * A cue verb as a participle right after the noun it describes (a reduced
 * relative clause): "a ceasefire proposed by Moscow", "the truce backed by
 * Washington", "the concessions rejected by Kyiv", or set off by commas
 * ("the truce, backed by Washington, held"). With an agent the
 * register knows, the agent holds the stance on that noun phrase, from
 * `subject` to `aux` (where the participle's adverbs start); with none ("a
 * truce proposed on Friday", "a truce backed by force") the participle
 * describes a thing and states no one's stance: `holders` is undefined.
 * Undefined when the cue is no such participle (a verb with its subject or
 * object, "Kyiv rejected the truce", or a passive, see {@link passiveAgent}).
 *
 * @example
 * import { buildRegistry, CUE_RULES } from '@stancelog/ingest'
 * import { participleAgent } from './passive-voice.js'
 * import { findActors } from './actor-registry.js'
 * import { compileLexicon, DEFAULT_LEXICON } from '@stancelog/ingest'
 * import { compilePatterns, matchAll } from './phrase-matcher.js'
 * import { tokenize } from './nlp.js'
 * const cues = compilePatterns(CUE_RULES.map((c) => ({ source: c.phrase, value: c })))
 * const lexicon = compileLexicon(DEFAULT_LEXICON)
 * const read = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   const n = tokens.length
 *   const ctx = { tokens, from: 0, to: n, actors: findActors(buildRegistry(), tokens, 0, n), issues: matchAll(lexicon.matcher, tokens, 0, n), cues: matchAll(cues, tokens, 0, n), quoted: [], speakers: [] }
 *   const cue = ctx.cues[ctx.cues.length - 1]!
 *   const p = participleAgent(ctx, '2025-06-04', cue, { from: 0, to: n })
 *   return p && [p.holders?.actors, tokens.slice(p.subject, p.aux).map((t) => t.text).join(' ')]
 * }
 * assert.deepStrictEqual(read('Kyiv welcomed the truce proposed by Paris and Berlin.'), [['france', 'germany'], 'the truce'])
 * assert.deepStrictEqual(read('Kyiv welcomed the truce proposed on Friday.'), [undefined, 'the truce'])
 * assert.deepStrictEqual(read('The truce, proposed by Paris, held.'), [['france'], 'The truce'])
 * assert.strictEqual(read('Kyiv signed the truce, backed by Paris.'), undefined)
 * assert.strictEqual(read('Kyiv proposed a truce.'), undefined)
 * assert.strictEqual(read('The truce was proposed by Paris.'), undefined)
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function participleAgent(
  ctx: SentenceContext,
  date: string | undefined,
  cue: PhraseMatch<CueRule>,
  clause: { readonly from: number; readonly to: number },
): { holders: { actors: string[]; rule: string } | undefined; subject: number; aux: number } | undefined {
  const rule = cue.pattern.value;
  const head = ctx.tokens[cue.from]!;
  // "put forward by Kyiv": a phrasal verb's participle may look like its base form.
  const participle = head.pos === 'VERB' && !head.norm.endsWith('ing') && !head.norm.endsWith('s') && (head.norm !== head.lemma || cue.to - cue.from > 1);
  if (rule.scope !== 'right' || rule.order || rule.modal || !participle) return undefined;
  let end = cue.from;
  while (end > clause.from && ctx.tokens[end - 1]!.pos === 'ADV') end--;
  // "The truce, backed by Washington, collapsed": set off by commas, with its agent.
  const parenthetical = end - 1 > clause.from && ctx.tokens[end - 1]!.norm === ',';
  if (parenthetical) end--;
  if (end <= clause.from) return undefined;
  const last = ctx.tokens[end - 1]!;
  const issueBefore = insideAny(ctx.issues, end - 1);
  if (!issueBefore && last.pos !== 'NOUN' && last.pos !== 'PROPN') return undefined;
  let k = cue.to;
  while (k < clause.to && ctx.tokens[k]!.pos === 'ADV') k++;
  const agents = k < clause.to && ctx.tokens[k]!.norm === 'by' ? agentsFrom(ctx, date, k + 1, clause.to) : { ids: [], end: k, people: [] };
  // After a comma, only a phrase closed by another one: at the end of the clause it may say how its subject acted.
  if (parenthetical) {
    const closed = agents.ids.length > 0 ? agents.end < clause.to && ctx.tokens[agents.end]!.norm === ',' : closingComma(ctx, k, clause.to) !== undefined;
    if (!closed) return undefined;
    if (agents.ids.length > 0) return { holders: { actors: agents.ids, rule: 'agent.participle' }, subject: nounPhraseStart(ctx, end, clause.from, false), aux: end };
  }
  const ids = agents.ids;
  if (ids.length > 0) return { holders: { actors: ids, rule: 'agent.participle' }, subject: nounPhraseStart(ctx, end, clause.from, false), aux: end };
  // With no agent, only a thing (an issue, not an actor) with no object after the participle.
  if (!issueBefore || insideAny(ctx.actors, end - 1) || (k < clause.to && OBJECT_START.has(ctx.tokens[k]!.pos))) return undefined;
  return { holders: undefined, subject: nounPhraseStart(ctx, end, clause.from, false), aux: end };
}

/**
 * Whether tokens `from` to `to` name only a plan named before: "this
 * proposal", "the plan", "the new peace plan" (a determiner, adjectives or
 * issue words, and a plan noun).
 *
 * @example
 * import { namesEarlierPlan } from './passive-voice.js'
 * import { tokenize } from './nlp.js'
 * const names = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   return namesEarlierPlan({ tokens, from: 0, to: tokens.length, actors: [], issues: [], cues: [], quoted: [], speakers: [] }, 0, tokens.length)
 * }
 * assert.deepStrictEqual([names('This proposal'), names('The new plan'), names('The report'), names('A plan')], [true, true, false, false])
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function namesEarlierPlan(ctx: SentenceContext, from: number, to: number): boolean {
  if (to - from < 2 || !/^(?:this|the|that)$/.test(ctx.tokens[from]!.norm) || !PLAN_NOUNS.has(ctx.tokens[to - 1]!.norm)) return false;
  for (let k = from + 1; k < to - 1; k++) if (ctx.tokens[k]!.pos !== 'ADJ' && !insideAny(ctx.issues, k)) return false;
  return true;
}

/**
 * An agreement told in the passive with no agent and no object, as done:
 * "the jobs guarantee had been agreed", "the timetable was settled on
 * Monday". Said by a party (the sentence's speaker), it is that party's
 * agreement to the subject, as "officials said a haircut was being
 * studied" weighs it by the side that says so (a review of coalition talks
 * read nothing: the subject is no actor). `subject` to `aux` is the noun
 * phrase agreed to. Undefined for an agreement to come ("would be agreed",
 * "must be agreed"), denied ("had not been agreed"), with its agent ("was
 * agreed by both sides", see {@link passiveAgent}) or an object ("was
 * agreed to").
 *
 * @example
 * import { CUE_RULES, compileLexicon, DEFAULT_LEXICON } from '@stancelog/ingest'
 * import { agreedUnnamed } from './passive-voice.js'
 * import { compilePatterns, matchAll } from './phrase-matcher.js'
 * import { tokenize } from './nlp.js'
 * const cues = compilePatterns(CUE_RULES.map((c) => ({ source: c.phrase, value: c })))
 * const lexicon = compileLexicon(DEFAULT_LEXICON)
 * const read = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   const n = tokens.length
 *   const ctx = { tokens, from: 0, to: n, actors: [], issues: matchAll(lexicon.matcher, tokens, 0, n), cues: matchAll(cues, tokens, 0, n), quoted: [], speakers: [] }
 *   const p = agreedUnnamed(ctx, ctx.cues[0]!, { from: 0, to: n })
 *   return p && tokens.slice(p.subject, p.aux).map((t) => t.text).join(' ')
 * }
 * assert.strictEqual(read('The prisoner exchange had been agreed last week.'), 'The prisoner exchange')
 * assert.strictEqual(read('The prisoner exchange would be agreed next week.'), undefined)
 * assert.strictEqual(read('The prisoner exchange had not been agreed.'), undefined)
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function agreedUnnamed(ctx: SentenceContext, cue: PhraseMatch<CueRule>, clause: { readonly from: number; readonly to: number }): { subject: number; aux: number } | undefined {
  const rule = cue.pattern.value;
  const head = ctx.tokens[cue.from]!;
  if (rule.kind !== 'agree' || rule.scope !== 'right' || cue.to - cue.from !== 1 || head.pos !== 'VERB' || !head.norm.endsWith('ed')) return undefined;
  let aux = cue.from - 1;
  while (aux > clause.from && ctx.tokens[aux]!.pos === 'ADV' && !NEGATIONS.has(ctx.tokens[aux]!.norm)) aux--;
  if (aux <= clause.from || !DONE_BE.has(ctx.tokens[aux]!.norm)) return undefined;
  // "had been", "has been": the subject ends before the auxiliaries; a "not" among them denies it.
  while (aux - 1 > clause.from && (ctx.tokens[aux - 1]!.pos === 'AUX' || ctx.tokens[aux - 1]!.pos === 'ADV')) {
    if (NEGATIONS.has(ctx.tokens[aux - 1]!.norm) || FUTURE_AUX.has(ctx.tokens[aux - 1]!.norm)) return undefined;
    aux--;
  }
  // Nothing after the participle but adverbs and when: no agent, no object.
  let k = cue.to;
  while (k < clause.to) {
    const t = ctx.tokens[k]!;
    if (t.pos === 'ADV') k++;
    else {
      const day = timeAdverbialEnd(ctx.tokens, k, clause.to);
      if (day === k) break;
      k = day;
    }
  }
  if (k < clause.to && !(ctx.tokens[k]!.pos === 'PUNCT' && !QUOTES.has(ctx.tokens[k]!.norm))) return undefined;
  const subject = nounPhraseStart(ctx, aux, clause.from);
  return subject < aux && !insideAny(ctx.actors, aux - 1) ? { subject, aux } : undefined;
}
// The auxiliaries of a thing done in the passive ("was agreed", "had been agreed"; not "is agreed", "will be agreed").
const DONE_BE = new Set(['was', 'were', 'been']);
const FUTURE_AUX = new Set(['will', 'would', 'shall', "'ll", 'must', 'should', 'could', 'might', 'may', 'can']);
const QUOTES = new Set(['"', '“', '”']);
