/**
 * Provisional issues: when no lexicon phrase names what a cue governs, the
 * object's noun phrase, normalised by lemma, becomes the issue id
 * ("demanded a shorter working week" -> `shorter-working-week`), so a new
 * negotiation still yields statements.
 *
 * @since 0.1.0
 */
import { slugify } from '@stancelog/core';
import type { SentenceContext } from './sentence-context.js';
import { insideAny } from './sentence-context.js';
import { MONTHS, WEEKDAYS } from './dates.js';
import { PLAN_WORDS } from './cue-rules.js';
import { timeAdverbialEnd } from './time-adverbial.js';

const SKIP = new Set(['DET', 'PRON', 'ADP', 'PART', 'NUM', 'AUX', 'ADV', 'SCONJ', 'CCONJ']);
const KEEP = new Set(['NOUN', 'ADJ', 'PROPN', 'VERB']);
// Nouns that name no matter anyone negotiates, whatever qualifies them: "made no progress", "requires effort",
// "would require substantial preparation". Issues of them were noise in the list of provisional ones. So were a
// thing said or done named by its kind ("welcomed the move", "rejected the language"), and a time ("rejected a week
// ago", "the deadline"), in articles on coalition and summit talks.
const VAGUE = new Set([
  'progress', 'effort', 'preparation', 'step', 'way', 'thing', 'matter',
  'move', 'decision', 'announcement', 'statement', 'remark', 'comment', 'development', 'news', 'language', 'wording', 'idea',
  // A quantity, terms or a stance named by their kind ("rejected that figure", "would not seek new conditions").
  'figure', 'number', 'amount', 'condition', 'term', 'response', 'reply', 'approach', 'position', 'stance',
  // What another said, named by its kind ("rejected that distinction", "would not accept further demands").
  'demand', 'request', 'distinction', 'argument', 'suggestion', 'notion', 'claim', 'accusation', 'criticism', 'charge', 'view', 'interpretation', 'version',
  // A stance or a change named by what it is to another ("wants the opposite", "approved the change"; reviews of
  // defence and border talks), and people named as the object ("what officials here call ...").
  'opposite', 'contrary', 'reverse', 'change', 'official',
  // A stance or counsel named by its kind: "would recommend refusal", "accepted almost all of the advice" (a review of
  // airport talks).
  'refusal', 'rejection', 'objection', 'advice', 'recommendation', 'detail',
  // A step of procedure, or a report named by its kind: "would hold hearings in March", "disputed that account", "would
  // oppose any attempt to water it down", "open to discussion", "would not stand in the way of a consensus" (reviews
  // of forty negotiations, where each made an issue of its own).
  'hearing', 'account', 'attempt', 'discussion', 'consensus', 'adoption', 'issue',
  // People and bodies named as those asked or told, not as what is asked: "asked the court to freeze X", "would ask
  // parliament to revisit it", "will ask members to approve the deal", "the winners of the spectrum".
  'member', 'leader', 'winner', 'government', 'parliament', 'court',
  // People and offices named by their role, a thing by the form it takes, and more of something, or room for it: "wrote
  // to the foreign minister", "hired lawyers", "would not accept it in its present form", "wants a great deal more",
  // "asked for more room" (the negotiations' wrong readings, stop 57: each made an issue of its own).
  'minister', 'ministry', 'director', 'lawyer', 'party', 'company', 'form', 'more', 'room', 'behalf',
  // A sum, a meeting or a signature named by its kind: "offered a fixed sum", "asked for a meeting", "welcomed the approval".
  'sum', 'meeting', 'signature', 'approval',
]);
// Times, and events, vague alone only: "a week ago" names none, "a shorter working week" does; "welcomed the vote" and
// "a vote on the treaty" name no issue of a vote (the treaty is one), "a confidence vote" does.
const VAGUE_ALONE = new Set(['time', 'date', 'deadline', 'hour', 'minute', 'day', 'week', 'month', 'year', 'moment', 'vote', 'result', 'outcome', 'weekend', 'period', 'money',
  // A clause or a rule named alone ("would not accept any clause that ..."): "a sunset clause" names one.
  'clause', 'rule', ...WEEKDAYS, ...MONTHS]);
// Words that say which one of those is meant, and name no more than it: "accepted the extra year", "the final vote",
// "in the final week" (the negotiations' wrong readings, stop 57).
const WHICH_ONE = new Set(['extra', 'final', 'first', 'last', 'further', 'additional', 'same']);
const PAGES = /^[a-z]+-page$/;
// A share of a thing: "a fifth", "half of the revenue", "the rest of the text" name how much, not a matter of their own.
const SHARES = new Set(['half', 'third', 'quarter', 'fifth', 'tenth', 'rest', 'part', 'portion', 'share']);

// A document of terms named by its kind, with no noun to say what it is about: "presented a new draft", "rejected the
// revised offer", "a draft resolution" name no matter ("a peace plan", "the pay offer" do).
// So is a deal named by its kind: "signed the agreement", "welcomed the accord" (reviews of election, farm and news talks:
// every negotiation has deals, and "agreement" as an issue would make one of all of them).
const DOCUMENTS: ReadonlySet<string> = new Set([...PLAN_WORDS, 'text', 'document', 'paper', 'offer', 'counteroffer', 'counterproposal', 'agreement', 'deal', 'accord', 'pact', 'arrangement', 'compromise', 'settlement',
  // So is the law negotiated over, named by its kind: "would comply with the law", "would oppose the bill" (a review of
  // platform-work talks; "the pension bill" still names one).
  'law', 'bill', 'legislation', 'decree',
  // And a paper filed, sent or voted on, named by its kind: "sent a letter", "welcomed the filing", "voted against the
  // motion" (the negotiations' wrong readings, stop 57).
  'letter', 'filing', 'application', 'dossier', 'opinion', 'message', 'motion', 'ordinance']);

// A day named by a word of its own after the object: "rejected the offer yesterday" (a review of a port strike, where it
// made an issue `offer-yesterday`, and the document named by its kind an issue after all).
const DAY_AFTER: ReadonlySet<string> = new Set(['tomorrow']);

// What makes a time of one of those: "last week", "next month", "this year".
const DEICTIC = new Set(['last', 'next', 'this', 'past', 'coming', 'previous', 'following']);

/**
 * Whether the words at `k` name a time ("last week", "next month"): what a
 * cue is dated by, not its object ("dropped that demand last week").
 *
 * @example
 * import { timePhraseAt } from './provisional-issue.js'
 * import { tokenize } from './nlp.js'
 * const { tokens } = tokenize('It dropped that demand last week.', 0)
 * const ctx = { tokens, from: 0, to: tokens.length, actors: [], issues: [], cues: [], quoted: [], speakers: [] }
 * assert.ok(timePhraseAt(ctx, 4, tokens.length) && !timePhraseAt(ctx, 2, tokens.length))
 * @category issues
 * @since 0.1.0
 * @internal
 */
export function timePhraseAt(ctx: SentenceContext, k: number, to: number): boolean {
  return k + 1 < to && DEICTIC.has(ctx.tokens[k]!.norm) && VAGUE_ALONE.has(ctx.tokens[k + 1]!.lemma);
}

/**
 * The provisional issue of the object after token `from`, if a noun heads it.
 *
 * @example
 * import { provisionalIssue } from './provisional-issue.js'
 * import { tokenize } from './nlp.js'
 * const { tokens } = tokenize('The union demanded a shorter working week.', 0)
 * const ctx = { tokens, from: 0, to: tokens.length, actors: [], issues: [], cues: [], quoted: [], speakers: [] }
 * const demanded = tokens.findIndex((t) => t.text === 'demanded')
 * // Determiners are skipped, nouns by lemma: "working weeks" would give the same id.
 * assert.deepStrictEqual(provisionalIssue(ctx, demanded + 1, tokens.length), { id: 'shorter-working-week', phrase: 'shorter working week' })
 * // No noun, no issue.
 * assert.strictEqual(provisionalIssue(ctx, tokens.length - 1, tokens.length), undefined)
 * // Nor quoted words: the speaker's own, not the lexicon's.
 * const quote = tokenize('The union said the board "offered crumbs".', 0).tokens
 * const offered = quote.findIndex((t) => t.text === 'offered')
 * assert.strictEqual(provisionalIssue({ ...ctx, tokens: quote, to: quote.length, quoted: quote.map((_, i) => i >= offered - 1) }, offered + 1, quote.length), undefined)
 * // Nor a noun that names no matter: "further progress".
 * const vague = tokenize('The union demanded further progress.', 0).tokens
 * assert.strictEqual(provisionalIssue({ ...ctx, tokens: vague, to: vague.length }, 3, vague.length), undefined)
 * @category issues
 * @since 0.1.0
 * @internal
 */
export function provisionalIssue(ctx: SentenceContext, from: number, to: number): { id: string; phrase: string } | undefined {
  let k = from;
  while (k < to && SKIP.has(ctx.tokens[k]!.pos)) {
    // ("half of the revenue", where the tagger makes "half" a determiner.)
    if (SHARES.has(ctx.tokens[k]!.norm) && ctx.tokens[k + 1]?.norm === 'of') return undefined;
    k++;
  }
  if (timePhraseAt(ctx, k, to)) return undefined;
  // Quoted words are the speaker's own, often figurative ("has offered crumbs", "a level playing field", "a bag of
  // rice"): they name an issue only in the lexicon's words. Of 47 provisional issues read in the negotiations' quotes
  // and prose, analysts listed none; most of those from quotes named no matter negotiated.
  if (k < to && ctx.quoted[k - ctx.from] === true) return undefined;
  const start = k;
  const words: string[] = [];
  let nouns = 0;
  let otherNouns = 0;
  while (k < to && words.length < 4) {
    const t = ctx.tokens[k]!;
    // "the reopening of the ports": an "of" phrase belongs to the object.
    if (t.norm === 'of' && words.length > 0) {
      if (words.length === 1 && SHARES.has(words[0]!)) return undefined;
      k++;
      while (k < to && ctx.tokens[k]!.pos === 'DET') k++;
      continue;
    }
    // "the minister's proposal": the words before "'s" name whose the thing is, not what it is about (they made an issue
    // `minister` of the proposal, in a review of a port strike); the thing follows.
    if (words.length > 0 && t.pos === 'PART' && (t.norm === "'s" || t.norm === "'")) {
      words.length = 0;
      nouns = 0;
      otherNouns = 0;
      k++;
      continue;
    }
    // "a six-page letter", "its four-page proposal": the length of a paper says nothing of what it is about.
    if (PAGES.test(t.norm)) {
      k++;
      continue;
    }
    if (!KEEP.has(t.pos) || insideAny(ctx.actors.map((a) => ({ from: a.titleFrom, to: a.to })), k)) break;
    // "a revised version next year", "the offer yesterday", "the plan Monday": the time is no part of the thing.
    if (words.length > 0 && (timePhraseAt(ctx, k, to) || timeAdverbialEnd(ctx.tokens, k, to) > k || DAY_AFTER.has(t.norm))) break;
    if (t.pos === 'VERB' && words.length > 0) break;
    words.push(t.pos === 'NOUN' ? t.lemma : t.norm);
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      nouns++;
      if (!DOCUMENTS.has(t.lemma)) otherNouns++;
    }
    k++;
  }
  if (nouns === 0) return undefined;
  // "welcomed the study of regional rates": the words hold an issue the lexicon names, which a rule set aside (what is
  // studied is not welcomed); no issue of their own either.
  if (ctx.issues.some((i) => i.from >= start && i.from < k)) return undefined;
  // Headed by its last word, as English noun phrases are.
  const head = words[words.length - 1]!;
  const alone = words.length === 1 || (words.length === 2 && WHICH_ONE.has(words[0]!));
  if (VAGUE.has(head) || (alone && (VAGUE_ALONE.has(head) || SHARES.has(head))) || (otherNouns === 0 && DOCUMENTS.has(head))) return undefined;
  const id = slugify(words.join(' '));
  return id.length > 1 ? { id, phrase: words.join(' ') } : undefined;
}
