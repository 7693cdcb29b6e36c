/**
 * A pronoun that stands for an issue: "Moscow offered a truce, but Kyiv
 * rejected it", "Paris wants a leaders' meeting and hopes that it can take
 * place in Geneva". The issue is the one the sentence named last before it.
 *
 * @since 0.1.0
 */
import { NEGATORS } from './cue-rules.js';
import { WEEKDAYS } from './dates.js';
import type { IssueSense } from './lexicon.js';
import { QUOTATION_MARKS, type PhraseMatch } from './phrase-matcher.js';
import { timePhraseAt } from './provisional-issue.js';
import type { SentenceContext } from './sentence-context.js';
import type { StatementKind } from '@stancelog/core';

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", "'re"]);
// What comes after the verb's object: its end, an adverb, a preposition.
const AFTER_OBJECT = new Set(['PUNCT', 'ADV', 'ADP', 'CCONJ', 'SCONJ', 'PART']);
// A thing that stops or fails is no longer hoped for ("hopes it will collapse").
const UNDOING = new Set(['end', 'stop', 'cease', 'halt', 'fail', 'collapse', 'stall', 'break']);

/**
 * The issue a pronoun right after a cue stands for, when the cue names no
 * issue of its own: its object ("rejected it", "welcomed them on Tuesday",
 * "ruled it out"),
 * or the subject of the clause of a cue that ends in "that" ("hopes that it
 * can take place"), where the clause does not undo it ("that it will not
 * happen", "that it fails") and "it" is no placeholder ("hopes that it is
 * possible to ..."). The antecedent is the issue named last before the
 * pronoun in the sentence, of its number ("it" is not "sanctions", "them"
 * is), and, for the subject of a clause, with no state or body named
 * between them ("After the truce, Kyiv hopes that it can ...": Kyiv).
 *
 * @example
 * import { buildRegistry, compileLexicon, CUE_RULES, DEFAULT_LEXICON } from '@stancelog/ingest'
 * import { pronounIssue } from './pronoun-issue.js'
 * import { findActors } from './actor-registry.js'
 * import { compilePatterns, matchAll } from './phrase-matcher.js'
 * import { tokenize } from './nlp.js'
 * const cues = compilePatterns(CUE_RULES.map((c) => ({ source: c.phrase, value: c })))
 * const lexicon = compileLexicon(DEFAULT_LEXICON)
 * const read = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   const n = tokens.length
 *   const ctx = { tokens, from: 0, to: n, actors: findActors(buildRegistry(), tokens, 0, n), issues: matchAll(lexicon.matcher, tokens, 0, n), cues: matchAll(cues, tokens, 0, n), quoted: [], speakers: [] }
 *   const cue = ctx.cues[ctx.cues.length - 1]!
 *   return pronounIssue(ctx, cue, n)?.pattern.value.issue
 * }
 * assert.strictEqual(read('Moscow offered a truce, but Kyiv rejected it.'), 'ceasefire')
 * assert.strictEqual(read('Moscow offered a truce, but Kyiv ruled it out.'), 'ceasefire')
 * assert.strictEqual(read('Paris offered a trilateral meeting and hopes that it can happen soon.'), 'leaders-meeting')
 * assert.strictEqual(read('Paris offered a trilateral meeting and hopes that it will fail.'), undefined)
 * assert.strictEqual(read('Brussels tightened sanctions and Kyiv welcomed it.'), undefined)
 * // A state named after the issue is what "it" stands for as a subject.
 * assert.strictEqual(read('After the truce, Kyiv hopes that it can be admitted soon.'), undefined)
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function pronounIssue(
  ctx: SentenceContext,
  cue: { readonly from: number; readonly to: number },
  end: number,
): PhraseMatch<IssueSense> | undefined {
  const found = pronounAfter(ctx, cue, end);
  if (found === undefined) return undefined;
  const { at, after, inside, clauseSubject } = found;
  const pronoun = ctx.tokens[at]!;
  const next = ctx.tokens[after];
  if (clauseSubject && next !== undefined) {
    // The subject of a clause: only after "that", of a thing that is to happen.
    if (inside || ctx.tokens[cue.to - 1]!.norm !== 'that' || (next.pos !== 'AUX' && next.pos !== 'VERB')) return undefined;
    if (BE_FORMS.has(next.norm) && after + 1 < end && ctx.tokens[after + 1]!.pos === 'ADJ') return undefined;
    for (let k = after; k < end; k++) {
      const t = ctx.tokens[k]!;
      if (NEGATORS.has(t.norm) || NEGATORS.has(t.lemma) || UNDOING.has(t.lemma)) return undefined;
    }
  }
  const plural = pronoun.norm === 'them';
  for (let i = ctx.issues.length - 1; i >= 0; i--) {
    const issue = ctx.issues[i]!;
    if (issue.to > cue.from || issue.from < ctx.from) continue;
    // "After the truce, Kyiv hopes that it can join": a state or body named after the issue is the subject's antecedent.
    if (clauseSubject && ctx.actors.some((m) => m.from >= issue.to && m.to <= at && m.actor.kind !== 'person')) return undefined;
    return pluralHead(ctx, issue) === plural ? issue : undefined;
  }
  return undefined;
}

/**
 * The issue the object pronoun of a cue stands for when its sentence names
 * none before it, and no statement read just before gives it (see
 * `pronounOfEarlier`): the issue the sentence before, in the same
 * paragraph, named last, of the pronoun's number ("Members will vote on the
 * agreement. Costa said the leadership would recommend it."), read where
 * the pronoun stands. Not a clause's subject: "it" opening a clause is more
 * often the party the sentence before was about.
 *
 * @example
 * import { compileLexicon, DEFAULT_LEXICON } from '@stancelog/ingest'
 * import { pronounOfPrevious } from './pronoun-issue.js'
 * import { matchAll } from './phrase-matcher.js'
 * import { tokenize } from './nlp.js'
 * const { tokens } = tokenize('Diplomats discussed the truce. Kyiv rejected it.', 0)
 * const lexicon = compileLexicon(DEFAULT_LEXICON).matcher
 * const ctx = { tokens, from: 5, to: tokens.length, actors: [], issues: [], cues: [], quoted: [], speakers: [], previousIssues: matchAll(lexicon, tokens, 0, 5) }
 * assert.strictEqual(pronounOfPrevious(ctx, { from: 6, to: 7 }, tokens.length)?.pattern.value.issue, 'ceasefire')
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function pronounOfPrevious(ctx: SentenceContext, cue: { readonly from: number; readonly to: number }, end: number): PhraseMatch<IssueSense> | undefined {
  const earlier = ctx.previousIssues?.[ctx.previousIssues.length - 1];
  if (earlier === undefined || ctx.issues.some((i) => i.from >= ctx.from && i.to <= cue.from)) return undefined;
  const found = pronounAfter(ctx, cue, end);
  if (found === undefined || found.clauseSubject) return undefined;
  return pluralHead(ctx, earlier) === (ctx.tokens[found.at]!.norm === 'them') ? { from: found.at, to: found.at + 1, pattern: earlier.pattern } : undefined;
}

function pluralHead(ctx: SentenceContext, issue: PhraseMatch<IssueSense>): boolean {
  const head = ctx.tokens[issue.to - 1]!;
  return head.pos === 'NOUN' && head.norm !== head.lemma && head.norm.endsWith('s');
}

// The pronoun ("it", "them") a cue takes: its object ("rejected it"), inside a phrasal cue ("ruled it out"), the
// object of the verb it governs ("refused to sign it"), or the subject of a clause after it (`clauseSubject`).
function pronounAfter(ctx: SentenceContext, cue: { readonly from: number; readonly to: number }, end: number): { at: number; after: number; inside: boolean; clauseSubject: boolean } | undefined {
  const inside = cue.to - cue.from > 2 && isPronoun(ctx, cue.to - 2);
  let at = inside ? cue.to - 2 : cue.to;
  const governed = inside ? -1 : governedVerb(ctx, cue, end);
  if (governed >= 0) at = governed + 1;
  // 'said the government "will consider" it': the quotation mark closing the cue's words stands outside them.
  while (!inside && at < end && QUOTATION_MARKS.has(ctx.tokens[at]!.norm)) at++;
  if (at >= end || !isPronoun(ctx, at)) return undefined;
  const after = inside ? cue.to : at + 1;
  const next = after < end ? ctx.tokens[after]! : undefined;
  // "rejected it last week": a time after the object, not a clause "it" opens.
  return { at, after, inside, clauseSubject: next !== undefined && !AFTER_OBJECT.has(next.pos) && !timePhraseAt(ctx, after, end) };
}

/**
 * Whether a cue's object is "it" that stands for no issue its own sentence
 * names before it ("Kyiv proposed a truce. Moscow rejected it."), or, with
 * `leftOut`, is left out ("Moscow agreed on Tuesday."): what the sentence
 * before proposed or demanded, for its caller to find.
 * @example
 * import { buildRegistry, compileLexicon, CUE_RULES, DEFAULT_LEXICON } from '@stancelog/ingest'
 * import { pronounOfEarlier } from './pronoun-issue.js'
 * import { findActors } from './actor-registry.js'
 * import { compilePatterns, matchAll } from './phrase-matcher.js'
 * import { tokenize } from './nlp.js'
 * const cues = compilePatterns(CUE_RULES.map((c) => ({ source: c.phrase, value: c })))
 * const lexicon = compileLexicon(DEFAULT_LEXICON)
 * const read = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   const n = tokens.length
 *   const ctx = { tokens, from: 0, to: n, actors: findActors(buildRegistry(), tokens, 0, n), issues: matchAll(lexicon.matcher, tokens, 0, n), cues: matchAll(cues, tokens, 0, n), quoted: [], speakers: [] }
 *   return pronounOfEarlier(ctx, ctx.cues[ctx.cues.length - 1]!, n)
 * }
 * assert.strictEqual(read('Moscow rejected it on Tuesday.'), true)
 * // An issue named before it in the sentence is what it stands for; "them" is no proposal.
 * assert.strictEqual(read('Kyiv wants a truce, but Moscow rejected it.'), false)
 * assert.strictEqual(read('Moscow rejected them.'), false)
 * // Nor when a predicate before the cue names a thing it may stand for.
 * assert.strictEqual(read('Brussels put 2050 on the table and wanted others to commit to it.'), false)
 * const ctx = (text: string) => { const { tokens } = tokenize(text, 0); return { tokens, from: 0, to: tokens.length, actors: findActors(buildRegistry(), tokens, 0, tokens.length), issues: [], cues: matchAll(cues, tokens, 0, tokens.length), quoted: [], speakers: [] } }
 * const agreed = ctx('Moscow agreed on Tuesday.')
 * assert.strictEqual(pronounOfEarlier(agreed, agreed.cues[0]!, agreed.to, true), true)
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function pronounOfEarlier(ctx: SentenceContext, cue: { readonly from: number; readonly to: number }, end: number, leftOut = false): boolean {
  const found = pronounAfter(ctx, cue, end);
  if (leftOut ? found !== undefined || !nothingAfter(ctx, cue.to, end) : found === undefined || found.clauseSubject || ctx.tokens[found.at]!.norm !== 'it') return false;
  if (ctx.issues.some((i) => i.to <= cue.from && i.from >= ctx.from)) return false;
  // Nor a thing the sentence's predicates name before the cue ("was ready to put 2050 on the table but wanted
  // others to commit to it"); its subject's words ("Moscow's foreign minister") are no antecedent.
  let predicate = false;
  for (let k = ctx.from; k < cue.from; k++) {
    const t = ctx.tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') predicate = true;
    else if (predicate && (t.pos === 'NOUN' || t.pos === 'NUM') && !ctx.actors.some((m) => k >= m.from && k < m.to)) return false;
  }
  return true;
}

// Whether a verb's object is left out: after it only adverbs and a time ("Moscow agreed on Tuesday.", "last week"), then the
// clause ends ("Russia has refused.", "... refused, and ...", "... agreed if ...").
function nothingAfter(ctx: SentenceContext, from: number, to: number): boolean {
  let k = from;
  // "agreed on Tuesday": a cue "agree on" that took the weekday's "on".
  if (k < to && ctx.tokens[k - 1]?.norm === 'on' && WEEKDAYS.includes(ctx.tokens[k]!.norm)) k++;
  while (k < to && ctx.tokens[k]!.pos === 'ADV') k++;
  if (k + 1 < to && ctx.tokens[k]!.norm === 'on' && WEEKDAYS.includes(ctx.tokens[k + 1]!.norm)) k += 2;
  // "Moscow agreed last week.": a time, no object.
  else if (timePhraseAt(ctx, k, to)) k += 2;
  if (k >= to) return true;
  const t = ctx.tokens[k]!;
  return t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.norm === 'if' || t.norm === 'unless' || t.norm === 'only';
}

/**
 * Where the verb a cue governs stands, in "refused to sign", "agreed to
 * sign" (the cue ending in "to"), before `end`; -1 when none does.
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function governedVerb(ctx: SentenceContext, cue: { readonly to: number }, end: number): number {
  const at = ctx.tokens[cue.to]?.norm === 'to' ? cue.to + 1 : ctx.tokens[cue.to - 1]?.norm === 'to' ? cue.to : -1;
  return at >= 0 && at < end && ctx.tokens[at]!.pos === 'VERB' ? at : -1;
}

function isPronoun(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  return t.pos === 'PRON' && (t.norm === 'it' || t.norm === 'them');
}

// What a subject is obliged to do: "must", "should", "ought", or "has to", "needs to".
const OBLIGED = new Set(['must', 'should', 'ought']);
const OBLIGED_BEFORE_TO = new Set(['has', 'have', 'had', 'need', 'needs']);

// Words of an auxiliary or an adverb that may stand between the subject of a relative clause and its verb ("which the union has long opposed").
const BETWEEN_SUBJECT_AND_VERB = new Set(['AUX', 'ADV', 'PART']);

/**
 * The issue a relative clause's verb takes as its object where it has none
 * after it: the thing named right before ", which" or "that" ("Moscow
 * offered a truce, which Kyiv rejected"), or before an apposition of its
 * own ("... automated cranes, a plan the union has opposed"). The clause
 * has a subject of its own, an actor of the register, between the relative
 * word and the verb (", which wants X" is the antecedent's own demand, read
 * as the subject's); the verb has no object after it.
 *
 * @example
 * import { buildRegistry, compileLexicon, CUE_RULES, DEFAULT_LEXICON } from '@stancelog/ingest'
 * import { relativeIssue } from './pronoun-issue.js'
 * import { findActors } from './actor-registry.js'
 * import { compilePatterns, matchAll } from './phrase-matcher.js'
 * import { tokenize } from './nlp.js'
 * const cues = compilePatterns(CUE_RULES.map((c) => ({ source: c.phrase, value: c })))
 * const lexicon = compileLexicon(DEFAULT_LEXICON)
 * const read = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   const n = tokens.length
 *   const ctx = { tokens, from: 0, to: n, actors: findActors(buildRegistry(), tokens, 0, n), issues: matchAll(lexicon.matcher, tokens, 0, n), cues: matchAll(cues, tokens, 0, n), quoted: [], speakers: [] }
 *   // The clause's verb: its last cue that is one ("as a trap" is a judgement's).
 *   const cue = ctx.cues.filter((c) => tokens[c.from]!.pos === 'VERB').at(-1)!
 *   return relativeIssue(ctx, cue, n)?.pattern.value.issue
 * }
 * assert.strictEqual(read('Moscow offered a truce, which Kyiv rejected.'), 'ceasefire')
 * assert.strictEqual(read('Moscow offered a truce that Kyiv has rejected.'), 'ceasefire')
 * assert.strictEqual(read('Moscow offered a truce, a plan Kyiv rejected on Friday.'), 'ceasefire')
 * assert.strictEqual(read('Moscow offered a truce, which Kyiv rejected as a trap.'), 'ceasefire')
 * assert.strictEqual(read('Moscow offered a truce, which Kyiv rejected in favour of talks.'), undefined)
 * assert.strictEqual(read('Kyiv said that Moscow rejected it.'), undefined)
 * // What the subject is to do is a demand made of it, not its stance.
 * assert.strictEqual(read('Moscow offered a truce that Kyiv must accept.'), undefined)
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function relativeIssue(ctx: SentenceContext, cue: { readonly from: number; readonly to: number }, end: number): PhraseMatch<IssueSense> | undefined {
  // No object after the verb: the clause ends, or goes on with an adverb or a preposition's phrase naming no issue.
  if (cue.to < end && !AFTER_OBJECT.has(ctx.tokens[cue.to]!.pos)) return undefined;
  // An issue before the clause ends (at a comma: ", which Kyiv rejected, and demanded X") is the verb's own.
  let stop = cue.to;
  while (stop < end && ctx.tokens[stop]!.norm !== ',' && ctx.tokens[stop]!.norm !== ';') stop++;
  if (ctx.issues.some((i) => i.from >= cue.to && i.from < stop)) return undefined;
  // The subject: an actor of the register, then auxiliaries and adverbs up to the verb.
  let k = cue.from - 1;
  while (k > ctx.from && BETWEEN_SUBJECT_AND_VERB.has(ctx.tokens[k]!.pos)) k--;
  const subject = ctx.actors.find((m) => m.to === k + 1 && m.via === 'name');
  if (!subject) return undefined;
  // "a truce that Kyiv must accept": what the subject is to do is someone else's demand, not its stance.
  for (let j = subject.to; j < cue.from; j++) {
    const t = ctx.tokens[j]!.norm;
    if (OBLIGED.has(t) || (OBLIGED_BEFORE_TO.has(t) && ctx.tokens[j + 1]?.norm === 'to')) return undefined;
  }
  let at = subject.titleFrom - 1;
  if (at > ctx.from && ctx.tokens[at]!.pos === 'DET' && ctx.tokens[at]!.norm === 'the') at--;
  if (at <= ctx.from) return undefined;
  const word = ctx.tokens[at]!;
  // Where the antecedent ends: right before "that", before ", which" or "which", before ", a plan".
  let before: number;
  if (word.norm === 'that') before = at;
  else if (word.norm === 'which') before = ctx.tokens[at - 1]!.norm === ',' ? at - 1 : at;
  // ", a plan the union has opposed": a noun in apposition, after a comma.
  // Only a noun that renames the thing: ", a sequence the government had rejected" is of what the clause before says.
  else if (word.pos === 'NOUN' && RENAMING.has(word.lemma) && at - 2 > ctx.from && ctx.tokens[at - 1]!.pos === 'DET' && ctx.tokens[at - 2]!.norm === ',') before = at - 2;
  else return undefined;
  return ctx.issues.find((i) => i.to === before && i.from >= ctx.from);
}

// Nouns in apposition that rename the thing named before them: ", a demand Moscow rejected", ", a step Kyiv welcomed".
const RENAMING = new Set(['demand', 'offer', 'proposal', 'plan', 'idea', 'suggestion', 'initiative', 'compromise', 'request', 'call', 'condition', 'precondition', 'ultimatum', 'step', 'move', 'measure', 'deal', 'agreement', 'arrangement', 'concession', 'option', 'scheme', 'policy', 'position', 'stance']);

// Nouns that name a stance stated before, by the kinds of statement that state it.
const REFERENT_NOUNS: ReadonlyMap<string, ReadonlySet<StatementKind>> = new Map<string, ReadonlySet<StatementKind>>([
  ...['proposal', 'plan', 'idea', 'suggestion', 'initiative'].map((n) => [n, new Set<StatementKind>(['propose'])] as const),
  // "The Movement would accept trials. Ardesh welcomed the offer.": what a party offers to accept or do is an offer too.
  // Not a commitment: "Valmora and the Movement signed a ceasefire. Ardesh welcomed the offer." (a re-score).
  ...['offer', 'compromise'].map((n) => [n, new Set<StatementKind>(['propose', 'accept'])] as const),
  ...['demand', 'request', 'call', 'ultimatum'].map((n) => [n, new Set<StatementKind>(['demand'])] as const),
  ...['condition', 'precondition'].map((n) => [n, new Set<StatementKind>(['condition'])] as const),
]);
// What may stand before such a noun: "the", "this", "that", "its", "their", "his", "her", "the new", "Berlin's".
const REFERRING = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her']);

/**
 * The kinds of the statement that a noun phrase right after a cue refers
 * back to, when it names nothing but a stance stated before: "The CPP
 * rejected the offer" (a proposal stated earlier in the article), "backed
 * the demand", "turned down their latest proposal", "dismissed Berlin's
 * plan". Undefined for a phrase that names more ("the offer of talks",
 * "the pay offer": an issue, or a noun before the head) or that introduces
 * one ("an offer", "a plan").
 *
 * @example
 * import { referredKinds } from './pronoun-issue.js'
 * import { tokenize } from './nlp.js'
 * const kinds = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   const ctx = { tokens, from: 0, to: tokens.length, actors: [], issues: [], cues: [], quoted: [], speakers: [] }
 *   const at = tokens.findIndex((t) => t.norm === 'rejected') + 1
 *   const k = referredKinds(ctx, at, tokens.length)
 *   return k && [...k]
 * }
 * assert.deepStrictEqual(kinds('The party rejected the offer.'), ['propose', 'accept'])
 * assert.deepStrictEqual(kinds('The party rejected their latest demand on Monday.'), ['demand'])
 * assert.strictEqual(kinds('The party rejected an offer.'), undefined)
 * assert.strictEqual(kinds('The party rejected the offer of talks.'), undefined)
 * assert.deepStrictEqual(kinds("The party rejected the mediator's proposal."), ['propose'])
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function referredKinds(ctx: SentenceContext, from: number, to: number): ReadonlySet<StatementKind> | undefined {
  let k = from;
  const first = ctx.tokens[k];
  if (first === undefined || k >= to) return undefined;
  // "the offer", "Berlin's offer", "the EU's offer", "Russian demands".
  if (REFERRING.has(first.norm)) {
    k++;
    // "the minister's proposal", "the mediator's plan" (a review of a port strike): an owner named by a role, not by
    // a name the register holds, before the head.
    let j = k;
    while (j < to && j < k + 3 && ctx.tokens[j]!.pos === 'NOUN') j++;
    if (first.norm === 'the' && j > k && j < to && ctx.tokens[j]!.norm === "'s") k = j + 1;
  }
  else {
    const demonym = ctx.actors.find((m) => m.titleFrom === k && m.via === 'demonym');
    const owner = ctx.actors.find((m) => (m.titleFrom === k || m.titleFrom === k + 1) && m.via === 'name');
    if (demonym !== undefined) k = demonym.to;
    else if (!owner || ctx.tokens[owner.to]?.norm !== "'s") return undefined;
    else k = owner.to + 1;
  }
  while (k < to && (ctx.tokens[k]!.pos === 'ADJ' || ctx.tokens[k]!.pos === 'ADV')) k++;
  const head = ctx.tokens[k];
  if (head === undefined || k >= to) return undefined;
  const kinds = REFERENT_NOUNS.get(head.lemma) ?? REFERENT_NOUNS.get(head.norm);
  if (kinds === undefined) return undefined;
  // Naming more than the stance: "the offer of talks", "the demand for a truce", "the offer the union put".
  const next = ctx.tokens[k + 1];
  if (next !== undefined && k + 1 < to && (next.norm === 'of' || next.norm === 'for' || next.norm === 'to' || next.pos === 'NOUN' || next.pos === 'PROPN')) return undefined;
  return kinds;
}

/**
 * The issue a cue that takes only certain objects ("sign" an agreement)
 * stands for with its object left out: the one the sentence named last
 * before it with such a head noun ("Kyiv backed the deal, but Moscow
 * refused to sign": the deal). Its caller checks the object is left out
 * (`objectLeftOut`).
 *
 * @example
 * import { buildRegistry, compileLexicon, CUE_RULES, DEFAULT_LEXICON } from '@stancelog/ingest'
 * import { elidedObject } from './pronoun-issue.js'
 * import { findActors } from './actor-registry.js'
 * import { compilePatterns, matchAll } from './phrase-matcher.js'
 * import { tokenize } from './nlp.js'
 * const cues = compilePatterns(CUE_RULES.map((c) => ({ source: c.phrase, value: c })))
 * const lexicon = compileLexicon(DEFAULT_LEXICON)
 * const read = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   const n = tokens.length
 *   const ctx = { tokens, from: 0, to: n, actors: findActors(buildRegistry(), tokens, 0, n), issues: matchAll(lexicon.matcher, tokens, 0, n), cues: matchAll(cues, tokens, 0, n), quoted: [], speakers: [] }
 *   const sign = ctx.cues.find((c) => c.pattern.value.id === 'commit.sign')!
 *   return elidedObject(ctx, sign, sign.pattern.value.objectHeads!)?.pattern.value.issue
 * }
 * assert.strictEqual(read('Kyiv backed the truce, but Moscow refused to sign.'), 'ceasefire')
 * assert.strictEqual(read('Kyiv backed sanctions, but Moscow refused to sign.'), undefined)
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function elidedObject(ctx: SentenceContext, cue: { readonly from: number }, heads: ReadonlySet<string>): PhraseMatch<IssueSense> | undefined {
  for (let i = ctx.issues.length - 1; i >= 0; i--) {
    const issue = ctx.issues[i]!;
    if (issue.to > cue.from || issue.from < ctx.from) continue;
    const head = ctx.tokens[issue.to - 1]!;
    if (heads.has(head.lemma) || heads.has(head.norm)) return issue;
  }
  return undefined;
}
