/**
 * Kind and polarity: which actor takes which stance on which issue in a
 * sentence, from the cues, their scope, negation, modality and conditions.
 *
 * @since 0.1.0
 */
import { answeredAfter, quotedAnswer, type QuotedAnswer } from './quoted-answer.js';
import type { Actor, Condition, Polarity, StatementKind } from '@stancelog/core';
import { CONCESSION_WORDS, INFINITIVE_NEGATORS, NEGATORS, OWNING_VERBS, PLAN_WORDS, SAYING_VERBS, WITHDRAWAL_PHRASES, type CueRule } from './cue-rules.js';
import { compilePatterns, matchAll, QUOTATION_MARKS } from './phrase-matcher.js';
import { findSubject, speakerOf, unknownNames, type DiscourseState, type Subject } from './attribution.js';
import { representedActor } from './actor-registry.js';
import { insideAny, quoteStart, type SentenceContext, type SpeakerRef } from './sentence-context.js';
import { addedClause, pastForm, type Clause } from './clauses.js';
import { MONTHS, WEEKDAYS } from './dates.js';
import type { PhraseMatch } from './phrase-matcher.js';
import type { IssueSense } from './lexicon.js';
import { provisionalIssue, timePhraseAt } from './provisional-issue.js';
import { agreedUnnamed, namesEarlierPlan, participleAgent, passiveAgent } from './passive-voice.js';
import { leadInColon, leadInSource } from './lead-in.js';
import { elidedObject, governedVerb, pronounIssue, pronounOfEarlier, pronounOfPrevious, referredKinds, relativeIssue } from './pronoun-issue.js';
import { governedClauseStart, THINKING_VERBS, verbForm } from './coordinated-verb.js';
import { whoDecides, type Decision } from './who-decides.js';
import { listStart } from './listed-conditions.js';
import { embeddingOpener } from './embedded-clause.js';
import { objectLeftOut } from './object-head.js';
import { POSSESSIVE_PRONOUNS, tokenText } from './nlp.js';
import type { Token } from './nlp.js';
import { issueAfterParty } from './party-object.js';
import { timeAdverbialEnd } from './time-adverbial.js';
import type { Miss } from './unread.js';

/**
 * One stance read from a sentence, before it becomes a `Statement`.
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export interface Stance {
  readonly holder: string;
  readonly issue: string;
  readonly kind: StatementKind;
  readonly polarity: Polarity;
  readonly conditions: ReadonlyArray<Condition>;
  readonly speaker?: SpeakerRef;
  readonly confidence: number;
  readonly rules: ReadonlyArray<string>;
  readonly provisional: boolean;
  /** The token where the cue that read it opens, when one did: the clause it is of is dated by its own words. */
  readonly at?: number;
}

type IssueMatch = PhraseMatch<IssueSense>;
/** A clause with the conditions on it, whose words name no subject of its own. */
type MainClause = Clause & { readonly conditionedBy?: ReadonlyArray<Clause>; readonly passOver?: ReadonlyArray<Clause> };

type CueMatch = PhraseMatch<CueRule>;

// The words the search for a clause's subject passes over: its conditions,
// and, for a predicate that resumes a clause after a condition ("... if
// Moscow agrees to a truce and will reject X"), the conditions before it.
function passedOver(clause: MainClause): ReadonlyArray<Clause> | undefined {
  return clause.passOver ? [...(clause.conditionedBy ?? []), ...clause.passOver] : clause.conditionedBy;
}

function flip(p: Polarity): Polarity {
  return p === '+' ? '-' : p === '-' ? '+' : '0';
}

function times(a: Polarity, b: Polarity): Polarity {
  if (a === '0' || b === '0') return '0';
  return a === b ? '+' : '-';
}

const PREDICATE_CONTINUERS = new Set(['including', 'such', 'involving', 'concerning', 'regarding']);

const withdrawalPhrases = compilePatterns(WITHDRAWAL_PHRASES.map((p) => ({ source: p, value: p })));

/**
 * What a withdrawal phrase before a cue does to its stance: withdraws it
 * (`retract`), is denied and leaves it standing (`denied`: "has not
 * dropped its demand"), or is not said to happen (`unasserted`: "could
 * drop", "ready to drop"), which leaves no stance.
 */
interface Withdrawal {
  readonly phrase: string;
  /** `announced`: under "would" ("said it would no longer oppose X"), made unless offered for a price. */
  readonly effect: 'retract' | 'denied' | 'unasserted' | 'announced';
  /** The cue verb the withdrawal is the object of ("agreed to drop its demand"): it says whether the withdrawal is made, and states nothing of its own. */
  readonly governor?: CueMatch;
  /** Where a withdrawal told after its stance's object opens ("its threat of X had been withdrawn"): the object ends there. */
  readonly at?: number;
}

/**
 * The stances of one holder (any holder: `undefined`), of the given kinds,
 * that the article stated last before the sentence being read (all those
 * of that one sentence): what "Starmer echoed Kyiv's rejection" takes up
 * when it names no issue, and "this proposal was endorsed by ..." accepts.
 * With `previousSentence`, only if that sentence is the one read just
 * before ("Kyiv proposed a truce. Moscow rejected it.").
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export type EarlierStances = (holder: string | undefined, kinds: ReadonlySet<StatementKind>, previousSentence?: boolean) => ReadonlyArray<{ readonly holder: string; readonly issue: string; readonly polarity: Polarity; readonly conditions?: ReadonlyArray<Condition> }>;

// What "it" after a cue may stand for when its sentence names no issue: a thing proposed or demanded just before.
const PROPOSED: ReadonlySet<StatementKind> = new Set(['propose', 'demand']);

// Kinds that answer a thing put to the holder, and so may leave it out ("Moscow agreed.", "Russia has refused.").
const ANSWERING: ReadonlySet<StatementKind> = new Set(['accept', 'agree', 'reject']);

// Kinds that back what they name: said of the holder's own stance, they restate it.
const ENDORSING: ReadonlySet<StatementKind> = new Set(['support', 'accept', 'agree', 'commit']);

// Whether a noun phrase (an article, a noun, a name) follows at `k`, before `to`: "dropped its demand for X" names
// what it drops, "dropped that demand." or "dropped the demand on Monday" (or "last week") does not.
function nounPhraseAfter(ctx: SentenceContext, k: number, to: number): boolean {
  if (k < to && ctx.tokens[k]!.norm === 'for') return true;
  return k < to && /^(?:DET|NOUN|PROPN|ADJ|NUM)$/.test(ctx.tokens[k]!.pos) && !insideAny(ctx.actors, k) && !timePhraseAt(ctx, k, to);
}

/**
 * Reads the stances of one sentence.
 *
 * @example
 * import { buildRegistry, compileLexicon, CUE_RULES, DEFAULT_LEXICON } from '@stancelog/ingest'
 * import { readStances } from './stance.js'
 * import { splitClauses } from './clauses.js'
 * import { findActors } from './actor-registry.js'
 * import { compilePatterns, matchAll } from './phrase-matcher.js'
 * import { tokenize } from './nlp.js'
 * const { tokens } = tokenize('Moscow would accept a ceasefire only if Kyiv renounces NATO membership.', 0)
 * const n = tokens.length
 * const ctx = {
 *   tokens, from: 0, to: n,
 *   actors: findActors(buildRegistry(), tokens, 0, n),
 *   issues: matchAll(compileLexicon(DEFAULT_LEXICON).matcher, tokens, 0, n),
 *   cues: matchAll(compilePatterns(CUE_RULES.map((c) => ({ source: c.phrase, value: c }))), tokens, 0, n),
 *   quoted: new Array(n).fill(false), speakers: new Array(n).fill(undefined),
 * }
 * const state = { lastPerson: undefined, lastActor: undefined, lastSpeaker: undefined, frequency: new Map(), date: '2025-05-17' }
 * const stances = readStances(ctx, splitClauses(ctx, []), state, { provisional: false })
 * // "renounces" negates NATO membership in the condition, which Moscow asks for as well.
 * assert.deepStrictEqual(stances.map((s) => [s.holder, s.issue, s.kind, s.polarity, s.conditions]), [
 *   ['russia', 'ceasefire', 'accept', '+', [{ issue: 'nato-membership', polarity: '-' }]],
 *   ['russia', 'nato-membership', 'demand', '-', []],
 * ])
 * assert.ok(stances[0]!.rules.includes('condition.marker:only if'))
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function readStances(
  given: SentenceContext,
  clauses: ReadonlyArray<Clause>,
  state: DiscourseState,
  options: { provisional: boolean; earlier?: EarlierStances; misses?: Miss[]; presented?: string[] },
): Stance[] {
  // '"Our members need a pay rise, and the 35-hour week must come before X"': an order of what is asked ("must come
  // before") is read by its cue, the things before it its conditions, as before "need" was a cue (stop 53).
  const ctx = given.cues.some((c) => c.pattern.value.id === 'demand.need') && given.cues.some((c) => c.pattern.value.id === 'condition.precede')
    ? { ...given, cues: given.cues.filter((c) => c.pattern.value.id !== 'demand.need') }
    : given;
  const out: Stance[] = [];
  // Where each cue given up on stopped, for `IngestResult.unread`.
  const misses = options.misses;
  const covered = new Set<IssueMatch>();
  const objects: Array<{ issue: IssueMatch; polarity: Polarity; clause: number }> = [];
  // `traded`: every condition is what is asked in return ("in exchange for X"), which names a price, not a commitment by itself.
  const conditionsOf = new Map<number, { conditions: Condition[]; threat: boolean; rules: string[]; lifts: boolean; traded: boolean }>();
  // The conditions each condition clause names, by its first token: for a quoted "Yes, if ...".
  const conditionsAt = new Map<number, { conditions: Condition[]; rule: string }>();
  // The conditions on an issue named after a preposition of place or source ("unless X wrote it into the tender",
  // "unless new homes were exempted from the freeze"), where the act is done, not what it is, or set aside ("only if it
  // came with a review rather than a ban"): none is asked for (see `unlessDemanded`).
  const placed = new WeakSet<Condition>();

  for (let ci = 0; ci < clauses.length; ci++) {
    const clause = clauses[ci]!;
    if (!clause.condition) continue;
    const conds: Condition[] = [];
    let threat = false;
    const cues = ctx.cues.filter((c) => c.from >= clause.from && c.from < clause.to);
    for (const issue of issuesIn(ctx, clause.from, clause.to)) {
      let p = issue.pattern.value.polarity;
      // A cue that is itself a negating verb ("if Vestria ends its ban", "phases out") counts once, in the negation below.
      for (const c of cues) if (c.from < issue.from && !negatingWord(ctx.tokens[c.from]!) && !phrasalNegator(ctx, c.from, clause.to)) p = times(p, c.pattern.value.polarity === '-' ? '-' : '+');
      p = times(times(times(p, negationParity(ctx, clause.from, issue.from)), undoneAfter(ctx, issue, clause.to, true)), negatedWithin(ctx, issue));
      // "if the wealth tax is off the table": undone, as "if the wealth tax is dropped" is.
      if (cues.some((c) => offTableAfter(ctx, c) === issue)) p = flip(p);
      if (clause.condition.marker.flip) p = flip(p);
      const cond = { issue: issue.pattern.value.issue, polarity: p };
      if (placedAfter(ctx, clause.from, issue.from) || insteadBetween(ctx, clause.from, issue.from) || lastingFor(ctx, clause)) placed.add(cond);
      conds.push(cond);
      covered.add(issue);
    }
    // "unless Moscow complies": the trigger is a refusal, named issue or not ("unless Moscow complies with the sanctions").
    // "urged Valdoria to suspend the tax until the convention is concluded": how long a demanded thing is to last, no
    // threat (reviews of tax and data talks).
    if (clause.condition.marker.flip && !(clause.condition.marker.phrase === 'until|till' && demandGoverns(ctx, clauses[clause.condition.of]))) threat = true;
    // "if the employer does not return", "if it refused a ceasefire": a refusal as trigger makes a threat.
    // A party giving something up ("if Russia withdraws from Kherson", "if Vestria lifts its ban") is
    // what a conditional offer asks, and a word of sequence ("once", "until") names what it waits for,
    // wanted or not: no threat by itself.
    // A term set by "provided", "as long as" and the like is what the holder requires, negative or not ("would pay into
    // the fund as long as it was not used as a step to a cap", a review of plastics talks): no trigger, no threat.
    if ((clause.condition.marker.phrase === 'if' || clause.condition.marker.phrase === 'only if') && refusalIn(ctx, clause.from, clause.to, cues)) threat = true;
    conditionsAt.set(clause.from, { conditions: conds, rule: `condition.marker:${clause.condition.marker.phrase}` });
    const entry = conditionsOf.get(clause.condition.of) ?? { conditions: [], threat: false, rules: [], lifts: false, traded: true };
    entry.conditions.push(...conds);
    entry.threat = entry.threat || threat;
    entry.lifts = entry.lifts || clause.condition.lifts === true;
    entry.traded = entry.traded && clause.condition.marker.exchange === true;
    entry.rules.push(`condition.marker:${clause.condition.marker.phrase}`, ...(clause.condition.lifts ? ['negation:until-condition'] : []));
    conditionsOf.set(clause.condition.of, entry);
  }

  for (let ci = 0; ci < clauses.length; ci++) {
    if (clauses[ci]!.condition) continue;
    // A question asks, and an adjunct of time ("after the talks") tells when; their issues are no one's quoted stance either.
    if (clauses[ci]!.question || clauses[ci]!.adjunct) {
      for (const issue of issuesIn(ctx, clauses[ci]!.from, clauses[ci]!.to)) covered.add(issue);
      if (misses) for (const c of ctx.cues) if (c.from >= clauses[ci]!.from && c.from < clauses[ci]!.to) misses.push({ reason: 'set-aside', cue: c.pattern.value.id, rule: clauses[ci]!.question ? 'question-clause' : 'time-adjunct' });
      continue;
    }
    // "Kyiv said that if Moscow agrees to a ceasefire, it will accept talks":
    // the condition's subject is no antecedent of the clause it conditions.
    const clause: MainClause = {
      ...clauses[ci]!,
      conditionedBy: clauses.filter((c) => c.condition?.of === ci),
      ...(clauses[ci]!.resumes ? { passOver: clauses.filter((c) => c.condition !== undefined && c.to <= clauses[ci]!.from) } : {}),
    };
    // "Kyiv warned it would halt X if Y": what is warned of on a condition is a threat.
    const warnedOf = conditionsOf.get(ci);
    const clauseAttached = warnedOf && !warnedOf.threat && warns(ctx, clauses[ci]!, clauses) ? { ...warnedOf, threat: true, rules: [...warnedOf.rules, 'threat:warned'] } : warnedOf;
    const inClause = ctx.cues.filter((c) => c.from >= clause.from && c.from < clause.to);
    // The withdrawal phrases of the clause, found once for the two uses below (none to look for without a cue).
    const phrases = inClause.length === 0 ? [] : matchAll(withdrawalPhrases, ctx.tokens, clause.from, clause.to);
    // "X must be settled only by Kyiv": who decides, when an actor is named as the one.
    const decisions = new Map<CueMatch, Decision | undefined>();
    for (const c of inClause) if (c.pattern.value.decides) decisions.set(c, whoDecides(ctx, c, clause.from, clause.to));
    // "insists that Kyiv withdraw" demands; "insists that talks are going well" does not.
    // "considers the ceasefire a trap" judges the ceasefire; it does not weigh it.
    // "rejected a plan that would require Kyiv to cede X", "wants guarantees
    // that Kyiv will never join X": a cue in a clause embedded in another
    // cue's object describes that object; it is no one's stance.
    // But a clause of an actor's own on that object ("rejected a truce that Kyiv proposed") is that actor's stance on it.
    const nested = inClause.filter((c) => embeddingOpener(ctx, c) !== undefined && relativeIssue(ctx, c, clause.to) === undefined);
    // What such a clause names is no one's quoted word either: '"Russia rejects the plan, which requires a ceasefire," Peskov said'.
    for (const c of nested) for (const i of issuesIn(ctx, c.from, clause.to)) covered.add(i);
    if (misses) for (const c of nested) misses.push({ reason: 'set-aside', cue: c.pattern.value.id, rule: 'embedded-clause' });
    const cues = outsideWithdrawals(nested.length === 0 ? inClause : inClause.filter((c) => !nested.includes(c)), phrases).filter((c) => {
      // "will strike instead of accepting arbitration": the act set aside is no stance.
      if (insteadBetween(ctx, Math.max(clause.from, c.from - 2), c.from) && !ratherThanUndertaking(ctx, c)) {
        for (const i of issuesIn(ctx, c.from, clause.to)) covered.add(i);
        misses?.push({ reason: 'set-aside', cue: c.pattern.value.id, rule: 'instead-of' });
        return false;
      }
      // "Lumen began blocking news", "would block news if ..." with a lexicon phrase "blocking news" (`+`): the phrase
      // names the act, and the refusal its verb would make is none; the clause reads as one with no cue ("rejected
      // blocking news" refuses it by "rejected"; a review of news-bargaining talks).
      const r = c.pattern.value;
      if (r.polarity === '-' && REFUSING_KINDS.has(r.kind) && ctx.issues.some((i) => i.from <= c.from && c.to <= i.to && i.pattern.value.polarity === '+')) {
        misses?.push({ reason: 'set-aside', cue: r.id, rule: 'act-in-phrase' });
        return false;
      }
      // "Kyiv is under pressure to accept talks", "was urged to accept": what a party is pressed to do is no stance of its own.
      if (pressedTo(ctx, c, clause.from)) {
        for (const i of issuesIn(ctx, c.from, clause.to)) covered.add(i);
        misses?.push({ reason: 'set-aside', cue: c.pattern.value.id, rule: 'pressed-to' });
        return false;
      }
      // "Russia will not withdraw from Kherson until sanctions are lifted": the refusal of a withdrawal
      // waits for its condition, which the clause commits to as before (`commit.conditional`).
      const unfit = unfitForm(ctx, c, clause, decisions) ?? (c.pattern.value.issueVerb && clauseAttached?.lifts && issueVerbAfter(ctx, c, clause.to) === 'giving-up' ? 'until' : undefined);
      if (unfit !== undefined) misses?.push({ reason: 'set-aside', cue: c.pattern.value.id, rule: unfit });
      return unfit === undefined;
    });
    // The matter to be decided is no one's stance here; who decides is, firmly with "exclusively".
    const { aside, firmly } = decidedIssues(ctx, decisions);
    for (const i of aside) covered.add(i);
    const open = (list: ReadonlyArray<IssueMatch>) => (aside.size === 0 ? [...list] : list.filter((i) => !aside.has(i)));
    const objectOf = objectCues(ctx, cues, clause);
    // "no longer insists on X", "dropped its demand for X": the stance withdrawn.
    const withdrawn = withdrawals(ctx, cues, objectOf, clause, phrases);
    // The verb a withdrawal is the object of states nothing itself; the withdrawn stance is its holder's own.
    const withdrawalGovernors = new Set<CueMatch>();
    for (const [c, w] of withdrawn) {
      if (w.governor === undefined) continue;
      withdrawalGovernors.add(w.governor);
      objectOf.delete(c);
    }
    // "The employer discussed the demand for X": a noun cue that is the
    // object of a verb which does not make it the subject's own.
    const notOwn = new Set([...objectOf.keys(), ...cues.filter((c) => !objectOf.has(c) && !withdrawn.has(c) && objectOfOtherVerb(ctx, c, clause))]);
    // "Moscow demands that Kyiv accept X": what Kyiv is to do is what is
    // demanded, as under a modal, whoever owns the demand.
    const complement = cues.find((c) => demandsClause(ctx, c, clause));
    // "sanctions must be lifted and Kyiv must renounce X": each modal governs up to a clause
    // with a subject and an auxiliary of its own after "and", where the next one (if any) does.
    const modals = governingModals(ctx, cues, (c) => (c.pattern.value.modal === true || c === complement) && !notOwn.has(c), clause.from, clause.to);
    // A clause with no cue commits to what it names on a condition, not on a price alone ("would withdraw from X in exchange for Y").
    // So does one threatened "unless" something it names no issue of ("would strike unless the board improved its offer").
    // "The Greens threatened to sue unless Labour dropped X": a threat of an act that names no issue is held over its
    // condition as one told with "would" is (it read nothing: stop 58's readings).
    const threatened = cues.length === 1 ? bareThreat(ctx, cues[0]!, clause) : undefined;
    if ((cues.length === 0 || threatened !== undefined) && clauseAttached && (clauseAttached.conditions.length > 0 || clauseAttached.threat) && !clauseAttached.traded) out.push(...conditionalCommitments(ctx, state, clause, clauseAttached, covered, misses, placed, threatened));
    // "The EU will lift sanctions if Moscow withdraws from X and will resume talks": the predicate after the
    // condition shares the subject and the "will" of a stated commitment, not its condition: a commitment of its own.
    else if (cues.length === 0 && !clauseAttached && clause.resumes && !clause.ownSubject) out.push(...conditionalCommitments(ctx, state, clause, RESUMED, covered, misses));
    // "Kyiv warned it would keep fighting", "..., warning Russia it would keep fighting": a threat against the issue.
    else if (cues.length === 0 && !clauseAttached) out.push(...warnedAgainst(ctx, state, clause, covered), ...announcedEvent(ctx, state, clause, covered), ...saidItWould(ctx, state, clause, covered));
    const before = out.length;
    for (const cue of cues) {
      const rule = cue.pattern.value;
      // "The union rejected X and said the strike would go on until Y": the condition is of what was said, not of the rejection.
      const attached = clauseAttached && !saidAfter(ctx, cue, clause) ? clauseAttached : undefined;
      // Under a modal ("Russia must agree"), later cues in its reach describe what is demanded.
      const governor = governorOf(modals, cue);
      const modal = governor?.cue;
      const underModal = modal !== undefined && cue !== modal && cue.from > modal.from;
      if (underModal && !rule.order) continue;
      // "The EU rejected Russian demands that Kyiv accept X": Kyiv accepts nothing.
      // (Up to the end of its reach: "and Moscow pressed for Y" after it is Moscow's own.)
      const complementReach = complement === undefined ? undefined : modals.find((m) => m.cue === complement);
      if (complement !== undefined && complement !== modal && cue.from > complement.from && !rule.order && (complementReach === undefined || cue.from < complementReach.end)) continue;
      const governing = cue === modal || cue === complement;
      if (withdrawalGovernors.has(cue)) {
        misses?.push({ reason: 'set-aside', cue: rule.id, rule: 'governs-withdrawal' });
        continue;
      }
      // "would no longer oppose the cranes as long as no docker lost his job": a refusal withdrawn on a condition
      // is an acceptance on it, as an objection waived is.
      // One announced under "would" is made, unless offered for a price.
      const told = withdrawn.get(cue);
      const made: Withdrawal | undefined = told?.effect === 'announced' ? { ...told, effect: attached?.traded ? 'unasserted' : 'retract' } : told;
      const objectionLifted = made?.effect === 'retract' && attached !== undefined && !attached.traded && REFUSING_KINDS.has(rule.kind);
      // "would withdraw its support for the rent cap if X", "would pull its backing for a truce unless Y": backing of its
      // own held over the other side, a threat against the thing (the negotiations' misses, stop 55: no stance was read).
      // (A demand dropped on a condition is offered, not threatened: read as before, no stance.)
      const backingHeld = made?.effect === 'retract' && attached !== undefined && !attached.traded && !attached.lifts && rule.polarity === '+' && BACKING_KINDS.has(rule.kind) && attached.rules.some((r) => r === 'condition.marker:if' || r === 'condition.marker:unless');
      const withdrawal = objectionLifted || backingHeld ? undefined : made;
      // A withdrawal only possible or offered is no stance; one on a condition
      // ("will drop its demand for X if ...") is not made yet, and a
      // retraction carries no condition: no stance either. One made for a
      // price ("agreed to drop its demand for X in exchange for Y") is made.
      if (withdrawal?.effect === 'unasserted' || (withdrawal?.effect === 'retract' && attached && !attached.traded)) {
        misses?.push({ reason: 'set-aside', cue: rule.id, rule: 'withdrawal-not-made' });
        continue;
      }
      // "dropped its demand for X before any ceasefire": the order goes with the demand.
      if (rule.order && [...withdrawn].some(([c, w]) => w.effect !== 'denied' && c.from < cue.from)) continue;
      // "The employer dismissed the demand for X": the demand is the thing
      // dismissed, not the employer's; it is someone's only when the text
      // says whose ("the union's demand", "the demand of the union"). A verb
      // governing another ("refused to accept X") has no owner to name.
      // "its stance on the proposed ceasefire": a participle used as an adjective proposes nothing.
      if (attributive(ctx, cue)) {
        misses?.push({ reason: 'set-aside', cue: rule.id, rule: 'attributive' });
        continue;
      }
      // "Russia denied that it had rejected X", "dismissed reports that it had
      // agreed to X": what is denied is no one's stance, nor are reports dismissed.
      const disowned = deniedContent(ctx, cue, clause.from) ? 'denied' : reportsDismissed(ctx, cue, clause.to) ? 'reports-dismissed' : accusedOf(ctx, cue, clause.from) ? 'accused-of' : thoughtOfAnother(ctx, cue.from, state.date) ? 'thought-of-another' : habitual(ctx, cue, clause) ? 'habitual' : undefined;
      if (disowned !== undefined) {
        for (const i of issuesIn(ctx, cue.from, clause.to)) covered.add(i);
        misses?.push({ reason: 'set-aside', cue: rule.id, rule: disowned });
        continue;
      }
      // "A ceasefire was rejected by Kyiv": the agent holds the stance on the subject.
      // "a ceasefire proposed by Moscow": the agent's stance on the noun the
      // participle describes; with no agent ("a truce proposed on Friday"), no one's.
      const passiveVoice = passiveAgent(ctx, state.date, cue, clause, state.lastSides?.map((a) => representedActor(a, state.date) ?? a.id));
      const relative = passiveVoice ? undefined : participleAgent(ctx, state.date, cue, clause);
      if (relative && !relative.holders) {
        misses?.push({ reason: 'no-holder', cue: rule.id, rule: 'participle-agent' });
        continue;
      }
      // "The jobs guarantee had been agreed, Lindqvist said": agreed, with no agent, by the party that says so.
      const agreedBy = passiveVoice || relative ? undefined : ctx.speakers[cue.from - ctx.from]?.actor;
      const agreed = agreedBy === undefined ? undefined : agreedUnnamed(ctx, cue, clause);
      const passive = passiveVoice ?? (relative?.holders ? { ...relative, holders: relative.holders } : agreed && agreedBy ? { ...agreed, holders: { actors: [agreedBy], rule: 'speaker.passive' } } : undefined);
      if (passive) {
        // "The demands were rejected by Lindqvist": a person of the register as the agent speaks for it, as its subject would.
        const agent = passiveVoice?.person === undefined ? undefined : actingPerson({ actors: [passiveVoice.person], name: passiveVoice.person.name, rule: 'agent.passive' }, state);
        const speaker = ctx.speakers[cue.from - ctx.from] ?? agent;
        // The participle's own "not" ("a truce never backed by Paris"), not the main verb's.
        const declared = negatedBefore(ctx, cue, relative ? passive.aux : clause.from) ? flip(rule.polarity) : rule.polarity;
        // "could be accepted by Kyiv", "was not ruled out by Moscow": a hedge, as in the active voice.
        const hedged = passiveHedge(ctx, rule, relative ? cue.from : passive.aux, cue.from, declared !== rule.polarity);
        // What the main clause is conditioned on is not the participle's agent's.
        const conditioned = relative ? undefined : attached;
        const scope = relative ? 'scope:participle-head' : 'scope:passive-subject';
        const named = uniqueIssues(issuesIn(ctx, passive.subject, passive.aux).filter((i) => i.from >= passive.subject && i.to <= passive.aux));
        if (named.length === 0) misses?.push({ reason: 'no-issue', cue: rule.id, rule: 'passive-subject' });
        // The agents' stance on an earlier statement's issue, read as the subject of the passive.
        const onEarlier = (h: string, e: { issue: string; polarity: Polarity }, conditions: Condition[], confidence: number, scope: string, rules: ReadonlyArray<string> = []): void => {
          const sp = speakerFor(speaker, h);
          out.push({
            holder: h,
            issue: e.issue,
            kind: hedged ? 'hedge' : rule.kind,
            polarity: hedged ? '0' : times(declared, e.polarity),
            conditions,
            ...(sp ? { speaker: sp } : {}),
            confidence,
            rules: [`cue:${rule.id}`, `holder:${passive.holders.rule}`, scope, ...(declared !== rule.polarity ? ['negation:before-cue'] : []), ...rules, ...(hedged ? [hedged] : [])],
            provisional: false,
          });
        };
        // "This proposal was endorsed by ...": the items of the proposal stated last.
        if (named.length === 0 && options.earlier && namesEarlierPlan(ctx, passive.subject, passive.aux)) {
          for (const e of options.earlier(undefined, new Set<StatementKind>(['propose']))) {
            for (const h of passive.holders.actors) onEarlier(h, e, [...(e.conditions ?? [])], 0.6, 'scope:earlier-proposal');
          }
        }
        // "Russian demands were rejected by Lindqvist", "The demands were rejected by the union": the stances of that kind
        // the article stated last (the owner's, where the subject names one), as "rejected the demands" reads them; where
        // it was no one's (a leftover of stop 48). A party's own demand named so is no stance of its own on it.
        const referred = named.length === 0 && options.earlier && !namesEarlierPlan(ctx, passive.subject, passive.aux) ? referredKinds(ctx, passive.subject, passive.aux) : undefined;
        if (referred !== undefined) {
          const owner = ctx.actors.find((m) => m.from >= passive.subject && m.to <= passive.aux);
          const ownerId = owner === undefined ? undefined : representedActor(owner.actor, state.date);
          for (const e of options.earlier!(ownerId, referred)) {
            for (const h of passive.holders.actors) {
              if (h !== e.holder) onEarlier(h, e, conditioned?.conditions ?? [], 0.5, 'scope:earlier-named', conditioned?.rules);
            }
          }
        }
        for (const issue of named) {
          covered.add(issue);
          const local = negationParity(ctx, passive.subject, issue.from);
          for (const h of passive.holders.actors) {
            const sp = speakerFor(speaker, h);
            out.push({
              holder: h,
              issue: issue.pattern.value.issue,
              kind: hedged ? 'hedge' : rule.kind,
              polarity: hedged ? '0' : times(times(declared, issue.pattern.value.polarity), local),
              conditions: conditioned?.conditions ?? [],
              ...(sp ? { speaker: sp } : {}),
              confidence: 0.75,
              rules: [`cue:${rule.id}`, `holder:${passive.holders.rule}`, scope, ...(declared !== rule.polarity ? ['negation:before-cue'] : []), ...(local === '-' ? ['negation:in-scope'] : []), ...(conditioned?.rules ?? []), ...(hedged ? [hedged] : [])],
              provisional: false,
            });
          }
        }
        continue;
      }
      // "Macron echoed Kyiv's call for X": the call is Kyiv's, and Macron's too.
      const echo = echoHolders(ctx, state, cue, clause);
      const owner = echo ?? (notOwn.has(cue) && !infinitive(ctx, cue) ? namedHolder(ctx, state, cue, clause) : undefined);
      if (notOwn.has(cue) && !owner) {
        misses?.push({ reason: 'no-holder', cue: rule.id, rule: 'owner' });
        continue;
      }
      // "Russia must agree to a ceasefire before any talks", said Zelensky: the
      // order is part of what the modal's holder (the speaker) demands.
      // Under a demand of a clause ("demands that Kyiv withdraw ... before any X"), the demander's.
      const byModalWord = underModal && modal?.pattern.value.modal === true;
      const demander = byModalWord ? undefined : demanderOf(ctx, state, cue, cues, notOwn, clause);
      // The condition of a demand the text gives to no one is no one's either.
      if (demander === 'none') {
        misses?.push({ reason: 'no-holder', cue: rule.id, rule: 'demander' });
        continue;
      }
      const holders =
        owner ?? (byModalWord ? resolveHolders(ctx, state, modal, clause) : undefined) ?? demander ?? (underModal ? resolveHolders(ctx, state, modal, clause) : undefined) ?? resolveHolders(ctx, state, cue, clause);
      if (!holders) {
        if (misses) {
          const words = holderWords(ctx, cue, clause);
          misses.push({ reason: 'no-holder', cue: rule.id, ...(words !== undefined ? { words } : {}) });
        }
        continue;
      }
      // Who presented a plan, a draft or a proposal: "the draft contains X" in a later sentence is theirs.
      if (rule.id === 'propose.present-plan') options.presented?.push(...holders.actors);
      const base = { speaker: ctx.speakers[cue.from - ctx.from] ?? holders.acting, holderRule: holders.rule };
      // "The Kremlin insists on X – demands deemed unacceptable by Kyiv": the
      // appended judgement of what was demanded is the writer's, not words of
      // the one who demanded, unless it stands within their quoted words.
      const writers = rule.scope === 'back' && !ctx.quoted[cue.from - ctx.from];
      const emit = (issue: string, polarity: Polarity, given: StatementKind, conditions: Condition[], rules: string[], confidence: number, provisional = false) => {
        // What a plan calls for, requires or insists on, its owners propose: the plan is not yet anyone's demand.
        const kind = (holders.rule === 'earlier-plan' || holders.rule.endsWith('subject.plan-owner')) && (given === 'demand' || given === 'condition' || given === 'red-line') ? 'propose' : given;
        for (const h of holders.actors) {
          const said = speakerFor(base.speaker, h);
          const speaker = writers && said?.actor !== h ? undefined : said;
          out.push({
            holder: h,
            issue,
            kind,
            polarity,
            conditions,
            ...(speaker ? { speaker } : {}),
            confidence,
            rules: [`cue:${rule.id}`, `holder:${holders.rule}`, ...rules],
            provisional,
            at: cue.from,
          });
        }
      };
      // "would answer any extension of the duties with tariffs": what follows "with" is threatened, on what is answered.
      const answer = rule.answeredWith ? answeredWith(ctx, cue, clause.to) : undefined;
      if (answer) for (const i of answer.answered) covered.add(i);
      // What a withdrawal was traded for is its price, not a condition of the stance withdrawn.
      const cond = withdrawal?.effect === 'retract' ? [] : [...(attached?.conditions ?? []), ...(answer?.conditions ?? [])];
      // "We will not accept a wealth tax": a refusal declared for the future, with no condition, is a red line.
      // "will not cede territory until ...": what the "not" waits for is no refusal read here.
      if (rule.issueVerb && attached?.lifts) {
        misses?.push({ reason: 'set-aside', cue: rule.id, rule: 'until' });
        continue;
      }
      // '"We will not," Peskov said, "accept X."': a quote split around its attribution, its denial before the break.
      const split = withdrawal ? undefined : splitDenial(ctx, cue);
      const declaredRefusal = !withdrawal && !attached && (futureRefusal(ctx, cue, clause.from) || split === 'future' || emphaticInverted(ctx, cue, clause.from) || (rule.issueVerb === true && (FUTURE.has(ctx.tokens[cue.from]!.lemma) || FUTURE.has(ctx.tokens[cue.to - 1]!.norm))));
      // A withdrawal keeps the polarity withdrawn; its "no" ("no longer"), or
      // the "not" that denies it, is no negation of the stance.
      // "would not table an offer until ...": the "not" is the condition's, not the stance's.
      // "would rather keep the 1998 agreement than accept X": what is preferred against is refused (reviews of climate,
      // budget and aviation talks, whose analysts read it so alike).
      const dispreferred = !withdrawal && preferredAgainst(ctx, cue, clause.from);
      const denied = !withdrawal && !attached?.lifts && (negatedBefore(ctx, cue, clause.from) || split !== undefined || dispreferred);
      // "did not urge Kyiv to accept X": no demand, and none against X. "did not look closely at X": no weighing, and no
      // refusal, which "will not consider X" is (`deniedKind`, refused ahead).
      if (denied && rule.deniedStatesNothing && !(rule.deniedKind !== undefined && refusedAhead(ctx, cue, clause.from))) {
        for (const i of issuesIn(ctx, cue.from, clause.to)) covered.add(i);
        misses?.push({ reason: 'set-aside', cue: rule.id, rule: 'denied' });
        continue;
      }
      // "may accept", "is expected to accept", "did not rule out": no firm stance, a hedge.
      const waived = objectionLifted || (denied && !withdrawal && objectionWaived(ctx, cue, clause.from));
      // "could accept X, provided Y", "could live with X as long as Y": an acceptance on terms, not a mere possibility
      // (the analysts of nine negotiations read it so, most of them only so).
      const onTerms = attached !== undefined && attached.rules.some((r) => r.startsWith('condition.marker:')) && !attached.threat && !attached.lifts && !attached.traded && ACCEPTING_ON_TERMS.has(rule.kind) && rule.polarity === '+';
      const hedged = withdrawal ? undefined : hedgeOf(ctx, cue, clause.from, denied && !waived, onTerms);
      // "will not consider X" refuses it; "would only consider X after Y" sets Y as a condition.
      // A refusal declared for the future stays the red line it is ("will not accept X"), denied kind or not.
      const turned = hedged || withdrawal ? undefined
        : dispreferred ? { kind: 'reject' as const, rule: 'reject:rather-than' }
        : waived ? { kind: 'accept' as const, rule: objectionLifted ? 'accept:objection-withdrawn' : 'accept:will-not-object' }
        // "We have not given up on employee status", "has not abandoned X": what is not taken back is still wanted.
        : denied && rule.kind === 'retract' ? { kind: 'support' as const, rule: KEPT }
        // "will never go to court", "will not sue", "would not launch a legal challenge": going to law refused ahead is
        // the undertaking it denies, `commit -`, as "will not go to court" and "Nobody is going to court" read, where
        // going to law affirmed is `commit +` (a leftover of stop 53: these read as a red line).
        : (declaredRefusal || rule.id === 'red-line.never') && goesToLaw(ctx, cue.to, clause.to) ? { kind: 'commit' as const, rule: 'commit:will-not-go-to-law' }
        : denied && rule.deniedKind && !declaredRefusal ? { kind: rule.deniedKind, rule: `${rule.deniedKind}:denied` }
        : denied && demandForsworn(ctx, cue, clause.from) ? { kind: 'commit' as const, rule: 'commit:will-not-ask' }
        : rule.onlyKind && cond.length > 0 && onlyRestricts(ctx, cue, clause) ? { kind: rule.onlyKind, rule: `${rule.onlyKind}:only` }
        : undefined;
      // "Washington will impose new sanctions otherwise": on a condition the sentence before set, a threat.
      const otherwise = !attached && !declaredRefusal && otherwiseIn(ctx, clause) && THREATENING.has(rule.kind);
      // "Moscow won't sign a peace deal if Kyiv joins NATO": an undertaking denied "if" another acts is held over that act.
      // (Not "would not halt aid if Kyiv agreed to talks": what is not ended is promised.)
      // (Pressure withheld is offered: "would not go to court if the regulator raised the cap" holds back a threat.)
      const withheld = attached !== undefined && !attached.threat && !attached.lifts && cond.length > 0 && denied && rule.kind === 'commit' && rule.polarity === '+' && attached.rules.includes('condition.marker:if') && !pressureIn(ctx, cue.from, clause.to);
      // "reserved the right to suspend the agreement if X" (a review of border talks): a step held in reserve, a threat.
      const reserved = reservedRight(ctx, cue, clause.from);
      const kindFor = (k: StatementKind): StatementKind =>
        backingHeld ? 'threat' : withdrawal?.effect === 'retract' ? 'retract' : hedged ? 'hedge' : turned ? turned.kind : declaredRefusal ? 'red-line' : (attached?.threat || otherwise || withheld || reserved) && THREATENING.has(k) ? 'threat' : k;
      const condRules = [...(attached?.rules ?? []), ...(otherwise && !hedged && !turned && !withdrawal ? ['threat:otherwise'] : []), ...(withheld && !hedged && !turned ? ['threat:withheld'] : []), ...(withdrawal ? [`withdrawal${withdrawal.effect === 'denied' ? '.denied' : ''}:${withdrawal.phrase}`] : []), ...(declaredRefusal && turned?.kind !== 'commit' ? ['red-line:will-not'] : []), ...(hedged ? [hedged] : []), ...(turned ? [turned.rule] : [])];
      const cuePolarity = backingHeld ? '-' : hedged ? '0' : waived || turned?.rule === KEPT ? '+' : turned ? '-' : denied ? flip(rule.polarity) : rule.polarity;
      const negRule = denied && flip(rule.polarity) !== rule.polarity ? ['negation:before-cue'] : [];
      // "Without security guarantees, Kyiv will not sign a ceasefire": "without" set before the refusal, as after its
      // object, insists on the thing it names, and makes the object a condition of it (a review of a spectrum auction).
      const refusing = denied || declaredRefusal ? UNDERTAKINGS.has(rule.kind) : REFUSING_KINDS.has(rule.kind) && rule.polarity === '-';
      const fronted = refusing && !hedged && !withdrawal && rule.scope === 'right' ? frontedWithout(ctx, cue) : undefined;
      if (fronted !== undefined && !covered.has(fronted)) {
        covered.add(fronted);
        emit(fronted.pattern.value.issue, fronted.pattern.value.polarity, declaredRefusal ? 'red-line' : 'demand', cond, ['scope:fronted-without', ...negRule, ...condRules], 0.7);
      }

      if (rule.order) {
        // "set X and Y as preconditions for Z": the conditions are the list before "as", each item negated by its own words ("the lifting of sanctions").
        const listed = ctx.tokens[cue.from]!.norm === 'as' ? listStart(ctx, cue.from, clause.from) : undefined;
        const left = open(issuesIn(ctx, listed ?? clause.from, cue.from).filter((i) => i.to <= cue.from && (listed === undefined || i.from >= listed)));
        // "demands X before any talks can begin, and repeated that ...": what comes after is the order's up to a predicate of its own.
        const right = open(issuesIn(ctx, cue.to, predicateEnd(ctx, cue.to, clause.to)));
        const [named, mainIssues] = rule.order === 'condition-first' ? [left, right] : [right, left];
        // "draft proposals for a potential ceasefire before further talks": what
        // comes first is the drafting; a truce only possible is no precondition.
        const condIssues = named.filter((i) => !onlyPossible(ctx, i));
        if (condIssues.length < named.length) named.forEach((i) => covered.add(i));
        if (mainIssues.length === 0 || condIssues.length === 0) {
          misses?.push(mainIssues.length > 0 && named.length > 0 ? { reason: 'only-possible', cue: rule.id } : { reason: 'no-issue', cue: rule.id });
          continue;
        }
        // "sanctions must be lifted before any talks": the issue before a modal, undone by the passive after it.
        // "demanded that Coral scrap its subsidies before any X": the verb that undoes it, before it.
        const polarityOf = (i: IssueMatch): Polarity =>
          listed === undefined
            ? times(times(i.pattern.value.polarity, i.to < cue.from && MODALS.has(ctx.tokens[i.to]!.norm) ? undoneAfterModal(ctx, i.to + 1, cue.from) : '+'), undoneBefore(ctx, clause.from, i.from))
            : times(i.pattern.value.polarity, negationParity(ctx, listed, i.from));
        const conditions = dedupe(condIssues.map((i) => ({ issue: i.pattern.value.issue, polarity: polarityOf(i) })));
        for (const main of uniqueIssues(mainIssues)) {
          covered.add(main);
          emit(main.pattern.value.issue, times(rule.mainPolarity ?? '+', main.pattern.value.polarity), 'condition', [...conditions, ...cond], ['scope:order', ...condRules], 0.8);
        }
        condIssues.forEach((i) => covered.add(i));
        continue;
      }

      let scoped: IssueMatch[];
      let scopeRule: string;
      if (rule.scope === 'sentence') {
        scoped = open(issuesIn(ctx, ctx.from, ctx.to));
        scopeRule = 'scope:sentence';
      } else if (rule.scope === 'left') {
        // "... would not accept X and that the rebate was not on the table": back to its own "and that" at most.
        // (And within the cue's own gap: "would put the rent cap to a vote".)
        scoped = open([...issuesIn(ctx, secondThat(ctx, clause.from, cue.from), cue.from).filter((i) => i.to <= cue.to), ...issuesIn(ctx, cue.from + 1, cue.to).filter((i) => i.from > cue.from && i.to < cue.to)]);
        scopeRule = 'scope:left';
      } else if (rule.scope === 'back') {
        if (misses && !objects.some((o) => o.clause < ci)) misses.push({ reason: 'no-issue', cue: rule.id });
        for (const o of objects) {
          if (o.clause >= ci) continue;
          covered.add(o.issue);
          emit(o.issue.pattern.value.issue, times(cuePolarity, o.polarity), kindFor(rule.kind), [], ['scope:back', ...negRule, ...condRules], 0.7);
        }
        continue;
      } else {
        const verbal = ctx.tokens[cue.from]!.pos === 'VERB' || verbAfterName(ctx, cue);
        // An order cue later in the clause ("demands as preconditions for X") takes over.
        const nextOrder = cues.find((c) => c.from > cue.from && c.pattern.value.order);
        const limit = nextOrder ? nextOrder.from : clause.to;
        // A stance withdrawn ("dropped its demand for X") reaches as far as the
        // verb's object does: not into "and now demands Y".
        // "is ready to sign X and is willing to join Y if Z": a noun or adjective's reach ends at a predicate of its own too.
        const end = governing ? Math.min(limit, governor?.cue === cue ? governor.end : limit) : !verbal && !withdrawal ? coordinatedEnd(ctx, cue.to, limit) : predicateEnd(ctx, cue.to, limit);
        // A phrase that starts with the cue's own word is the issue's, not the cue's object ("stop the fighting").
        // "would accept arbitration instead of a strike": what is set aside by "instead of" or "rather than" is not accepted.
        // "will accept a pay freeze and end the strike": a lexicon phrase opening at a verb after "and" is that verb's
        // act, read by its own cue, and what follows it is that verb's too: the object ends at the "and" (it was
        // `accept - strike`, a leftover of stop 52).
        const second = issuesIn(ctx, cue.to, end).find((i) => secondOwnPhrase(ctx, cue, i));
        // "would go to court to block any renewal": what going to law is for is its verb's object, read by that verb's
        // cue, not what the party goes to law with.
        const purpose = rule.id === 'commit.go-to-law' && ctx.tokens[cue.to]?.norm === 'to' ? cue.to : undefined;
        scoped = open(
          issuesIn(ctx, answer ? answer.with : cue.from, purpose ?? (second ? verbSubjectEnd(ctx, second.from) : end)).filter((i) => {
            if (i.to <= cue.from || (rule.issueObject && i.from < cue.to && !opensAtCue(ctx, cue, i)) || insteadBetween(ctx, cue.to, i.from) || saidBetween(ctx, cue.to, i.from) || aTimeOrAside(ctx, cue.to, i.from)) return false;
            // "would challenge any prohibition in the Competition Appeal Tribunal" (a review of merger talks): where a verb
            // that holds only on its object acts is not what it acts on.
            if (rule.issueObject && i.from > cue.to && venueBefore(ctx, i.from)) return false;
            // What the object is timed against, or measured by, or the reason given for the stance ("because without it
            // there will be no disarmament"), is read by no rule, quoted or not: no stance of the speaker's either.
            if (!timedAgainst(ctx, cue.to, i.from) && !aMeasureOf(ctx, cue.to, i.from) && !reasonBetween(ctx, cue.to, i.from)) return true;
            covered.add(i);
            return false;
          }),
        );
        // With a phrase of the lexicon opening at its verb ("would pause collection of the tax pending X"), a cue that
        // holds only on its object has that phrase for object, and nothing after it.
        // ("would pay for that at its border", a phrase of the lexicon's own that opens with "pay", is left to the
        // readings of a phrase's verb: a threat there.)
        const own = rule.issueObject && rule.id !== 'commit.will-pay' ? scoped.filter((i) => opensAtCue(ctx, cue, i)) : [];
        if (own.length > 0) scoped = own;
        // "the city would contribute $450 million and the team would commit to X": what is paid for is one thing.
        else if (rule.id === 'commit.will-pay') scoped = scoped.filter((i) => !opensAtCue(ctx, cue, i)).slice(0, 1);
        // What the frame's subject is to include, when it names an issue; else the frame itself ("that the deal include
        // the soldiers": the deal, as demanded).
        const frame = cue === complement ? complementFrame(ctx, cue, clause) : undefined;
        const framed = frame === undefined ? scoped : scoped.filter((i) => i.to <= frame.from || i.from >= frame.to);
        if (framed.length > 0) scoped = framed;
        // "arbitration on the debt", "talks over the dam": what the object is on is its topic, no object of its own.
        const topics = scoped.filter((i) => scoped.some((j) => topicOf(ctx, j, i)));
        if (topics.length > 0) {
          for (const i of topics) covered.add(i);
          scoped = scoped.filter((i) => !topics.includes(i));
        }
        scopeRule = 'scope:right';
        // "Moscow offered a truce, but Kyiv rejected it": the issue named last.
        const standsFor = scoped.length === 0 && !rule.modal ? pronounIssue(ctx, cue, end) : undefined;
        if (standsFor) {
          scoped = [standsFor];
          scopeRule = 'scope:pronoun';
        }
        // "Moscow offered a truce, which Kyiv rejected": the thing the relative clause is of.
        const antecedent = scoped.length === 0 && !rule.modal && !standsFor ? relativeIssue(ctx, cue, end) : undefined;
        if (antecedent) {
          scoped = [antecedent];
          scopeRule = 'scope:relative';
        }
        // "Kyiv backed the deal, but Moscow refused to sign": the agreement named before, its object left out.
        // So for a verb that governs it: "refused to sign".
        const verbAt = rule.objectHeads === undefined ? governedVerb(ctx, cue, clause.to) : -1;
        const governed = verbAt >= 0 ? ctx.cues.find((c) => c.from === verbAt && c.pattern.value.objectHeads !== undefined) : undefined;
        const heads = rule.objectHeads ?? (governed !== undefined && objectLeftOut(ctx.tokens, governed.to, clause.to) ? governed.pattern.value.objectHeads : undefined);
        // "before any ceasefire is signed": in the passive, the thing is its subject, and with no agent no one signs it.
        const passive = cue.from > ctx.from && PASSIVE_AUX.has(ctx.tokens[cue.from - 1]!.norm) && ctx.tokens[cue.to]?.norm !== 'by';
        const elided = scoped.length === 0 && heads !== undefined && !passive ? elidedObject(ctx, cue, heads) : undefined;
        if (elided) {
          scoped = [elided];
          scopeRule = 'scope:elided';
        }
        // "the federation opposes the strike and urged both sides to return to talks": a verb of asking joined by "and" to
        // a verb before it asks for what its own infinitive names ("to return to talks"), not for that verb's object (a
        // leftover of stop 48, from a review of a nurses' strike: read as a demand for the strike).
        if (rule.modal && scoped.length === 0 && !askedOwnThing(ctx, cue, clause)) {
          // "... and Kyiv must comply": not back into the reach of a modal before.
          scoped = open(issuesIn(ctx, governor?.cue === cue ? governor.start : clause.from, cue.from));
          scopeRule = 'scope:left-of-modal';
        }
      }
      if (scoped.length === 0) {
        const before = out.length;
        // "Starmer echoed Kyiv's rejection.": the rejection Kyiv stated last.
        if (echo && options.earlier) {
          const owners = namedHolder(ctx, state, cue, clause)?.actors ?? [];
          const takers = echo.actors.filter((a) => !owners.includes(a));
          const speaker = ctx.speakers[cue.from - ctx.from];
          for (const owner of owners) {
            for (const e of options.earlier(owner, ECHOED_EARLIER[rule.kind] ?? new Set([rule.kind]))) {
              for (const h of takers) {
                const sp = speakerFor(speaker, h);
                out.push({
                  holder: h,
                  issue: e.issue,
                  kind: rule.kind,
                  polarity: e.polarity,
                  conditions: [...(e.conditions ?? [])],
                  ...(sp ? { speaker: sp } : {}),
                  confidence: 0.6,
                  rules: [`cue:${rule.id}`, `holder:${echo.rule}`, `scope:echo-earlier:${owner}`],
                  provisional: false,
                });
              }
            }
          }
          if (owners.length > 0) {
            if (out.length === before) misses?.push({ reason: 'no-issue', cue: rule.id, rule: 'echo-earlier' });
            continue;
          }
        }
        // "Ostrel demanded X. ... Ostrel dropped that demand.": a noun cue withdrawn with nothing after it is the
        // holder's own stance of that kind, stated last.
        if (withdrawal?.effect === 'retract' && options.earlier && ctx.tokens[cue.from]!.pos === 'NOUN' && !nounPhraseAfter(ctx, cue.to, clause.to)) {
          for (const owner of holders.actors) {
            // The stance withdrawn keeps its own polarity: "withdrew its veto" of a refusal (`-`) is a `retract -`.
            for (const e of options.earlier(owner, new Set([rule.kind]))) emit(e.issue, e.polarity, kindFor(rule.kind), cond, ['scope:earlier-own', ...negRule, ...condRules], 0.5);
          }
          if (out.length > before) continue;
        }
        const objectEnd = predicateEnd(ctx, cue.to, clause.to);
        // "The Greens proposed a wealth tax. The CPP rejected the offer.": the stance the article stated last of that kind.
        // "Kyiv proposed a truce. Moscow rejected it.": what the sentence just before proposed or demanded.
        // "Kyiv proposed a truce. Moscow agreed on Tuesday.": the same, its object left out.
        const itOfEarlier =
          rule.scope === 'right' && !rule.modal && options.earlier !== undefined && (pronounOfEarlier(ctx, cue, objectEnd) || (ANSWERING.has(rule.kind) && pronounOfEarlier(ctx, cue, objectEnd, true)));
        const referred = rule.scope === 'right' && !rule.modal && options.earlier ? (itOfEarlier ? PROPOSED : referredKinds(ctx, cue.to, objectEnd)) : undefined;
        // With none stated before ("Russia rejected the plan" opening an article), the plan is an issue of its own, provisionally.
        const stated = referred === undefined ? [] : options.earlier!(undefined, referred, itOfEarlier);
        if (stated.length > 0) {
          for (const e of stated) {
            // Its own offer, named again, is no stance of another's; backed, it is its own stance restated ("Ferhat said she supported the offer").
            if (holders.actors.includes(e.holder) && !ENDORSING.has(rule.kind)) continue;
            emit(e.issue, times(cuePolarity, e.polarity), kindFor(rule.kind), cond, [itOfEarlier ? 'scope:earlier-pronoun' : 'scope:earlier-named', ...negRule, ...condRules], 0.5);
          }
          if (out.length === before) misses?.push({ reason: 'no-issue', cue: rule.id, rule: 'earlier-named' });
          continue;
        }
        // "Members will vote on the agreement. Costa said the leadership would recommend it.": the thing named last.
        const previous = rule.scope === 'right' && !rule.modal ? pronounOfPrevious(ctx, cue, objectEnd) : undefined;
        if (previous === undefined) {
          // "... was agreed by both sides": what follows a passive participle is its agent, no object.
          const agentAfter = cue.from > ctx.from && PASSIVE_AUX.has(ctx.tokens[cue.from - 1]!.norm) && ctx.tokens[cue.to]?.norm === 'by';
          if (options.provisional && rule.scope === 'right' && !rule.modal && rule.kind !== 'hedge' && !rule.issueObject && !agentAfter) {
            const p = provisionalIssue(ctx, answer ? answer.with : cue.to, objectEnd);
            if (p) emit(p.id, cuePolarity, kindFor(rule.kind), cond, ['issue:provisional', ...negRule, ...condRules], 0.4, true);
          }
          if (out.length === before) misses?.push({ reason: 'no-issue', cue: rule.id });
          continue;
        }
        scoped = [previous];
        scopeRule = 'scope:previous-pronoun';
      }
      // The things named after "without" that the objects before them need ("will not end the strike without a pay rise").
      const insistedOn = new Set<IssueMatch>();
      for (const issue of uniqueIssues(scoped)) {
        // A phrase opening at the verb, already read by a cue before it ("warned that Kyiv would continue X"), is that cue's.
        if (rule.issueObject === true && covered.has(issue) && opensAtCue(ctx, cue, issue)) continue;
        covered.add(issue);
        const start = Math.max(cue.to, clause.from);
        // What the verb's object names counts: dismissing a refusal of X is for X.
        // So does a cue in a clause embedded in the object: rejecting a deal that rules out X is for X.
        // So does the cue of a clause hoped of another ("hopes that Moscow will reject X" hopes X fails): the clause is
        // no stance of its subject's (thoughtOfAnother), and the one hoping is for what it hopes is done.
        const hopedOf = rule.id === 'support.hope' ? cues.filter((c) => c.from >= cue.to && c.from < issue.from && thoughtOfAnother(ctx, c.from, state.date)) : [];
        const absorbed = [...(governing ? cues : cues.filter((c) => objectOf.get(c) === cue)), ...nested.filter((c) => c.from >= cue.to), ...hopedOf];
        // "an outsider should not set wages": before its modal, the issue is negated by the "not" after it.
        // "will call off the strike": the cue's own verb with a particle that ends what follows ("call" of "will call").
        // "would block the budget" with a lexicon phrase "block the budget" (`-`): the phrase names the refusal the cue
        // makes, which counts once (its withdrawal, "lifted its veto", or denial turning it as any refusal's would).
        const ownPhrase = rule.issueObject === true && opensAtCue(ctx, cue, issue);
        const saidByPhrase = !ownPhrase && rule.polarity === '-' && issue.from < cue.to && issue.to > cue.from && issue.pattern.value.polarity === '-';
        // "will end the strike", "would stop the fighting", "will keep the department open", with the lexicon's phrase
        // opening with the cue's own verb: the phrase says what is done, and its polarity is the stance's, the verb
        // counted once. These phrases were read by no cue of their own before (a leftover of stop 50: a lexicon phrase
        // that opens with a stance verb). Denied ("will not end the strike"), the phrase is what "will not" refuses, as
        // before: read once, by that cue. Weighed ("may end the strike", "could stop the fighting"), it is a hedge on the
        // phrase, as "may agree to X" is (it read nothing: a review, stop 51), unless a warning holds it ("warned it
        // could hold back the launch if X" is the warning's threat, read by that cue).
        if (ownPhrase && (denied || (hedged && warnedBefore(ctx, cue)))) continue;

        // "Nobody is going to court": a phrase inside the cue ("to court") has its denial counted once, before the cue.
        const inCue = rule.id === 'commit.go-to-law' && issue.from >= cue.from && issue.from < cue.to;
        const local =
          saidByPhrase || ownPhrase || inCue ? '+'
          : issue.from >= cue.to
            ? times(times(negationParity(ctx, start, issue.from, absorbed, attached?.lifts), undoneAfter(ctx, issue, withdrawal?.at ?? clause.to)), phrasalNegator(ctx, cue.to - 1, issue.from) ? '-' : '+')
            : scopeRule === 'scope:left-of-modal'
              ? times(times(notAfter(ctx, cue, clause.to), undoneAfterModal(ctx, cue.to, clause.to)), undoneAtPronoun(ctx, cue, start, clause.to, absorbed, attached?.lifts))
              : scopeRule === 'scope:pronoun'
                ? times(undoneBefore(ctx, clause.from, issue.from), undoneAtPronoun(ctx, cue, start, clause.to, absorbed, attached?.lifts))
                : undoneBefore(ctx, clause.from, issue.from);
        const conceded = rule.concessionFlips === true && namesConcession(ctx, Math.max(clause.from, issue.from - 4), issue.to);
        // "open to talks with Moscow": open to talk about a thing says nothing of it, but of the talks themselves it is acceptance.
        const talksThemselves = rule.id === 'accept.open-to-talk' && !hedged && issue.from < cue.to;
        const declared = conceded ? flip(cuePolarity) : talksThemselves ? (denied ? '-' : '+') : ownPhrase ? times(cuePolarity, rule.polarity) : cuePolarity;
        const polarity = times(times(declared, saidByPhrase ? '+' : issue.pattern.value.polarity), local);
        // "suggesting possible ceasefire options", "proposals for a potential
        // truce": offering to explore a thing is no stance on the thing itself
        // (a refusal of even a possible one still refuses it).
        if (polarity === '+' && !rule.modal && onlyPossible(ctx, issue)) {
          misses?.push({ reason: 'only-possible', cue: rule.id });
          continue;
        }
        // The phrase opening at the cue's verb names an act ("will keep the plant open", "would challenge the permit"):
        // what is left of the cue is the undertaking of it, whatever the verb's own kind.
        const read = ownPhrase ? { kind: 'commit' as const, rules: ['kind:own-phrase'] } : kindOn(rule, issue, firmly.has(issue), negRule.length > 0, givesUp(ctx, issue) || !escalates(ctx, issue));
        const rules = [scopeRule, ...(cue === complement ? ['scope:clause-complement'] : []), ...negRule, ...(local === '-' ? ['negation:in-scope'] : []), ...(conceded ? ['polarity:concession'] : []), ...read.rules, ...condRules];
        // Not open to the talks themselves, it refuses them, as a denied acceptance does.
        // "is suspending its participation in the talks", "ended their involvement": a party that halts its own part in
        // a thing leaves it, a refusal, as walking out of talks is (a leftover of stop 51, with the progressive).
        const given = (talksThemselves && denied) || (rule.id === 'commit.halt' && read.kind === 'commit' && !denied && ownPartHalted(ctx, cue.from, issue.to)) ? kindFor('reject') : kindFor(read.kind);
        // "If the board adopts this plan, we will walk out", "would take the government to court if the levy were imposed"
        // (reviews of school, sugar and wage talks): an act of pressure undertaken if another acts is held over that act.
        const pressure = given === 'commit' && polarity === '+' && !denied && attached !== undefined && attached.rules.includes('condition.marker:if') && pressureIn(ctx, cue.from, issue.to);
        // "was prepared to lower the rate, provided X", "willing to fund the dredging if X": readiness to act on a condition
        // is an offer (propose), or, to press ("prepared to blockade the roads if X"), a threat; it was support (a
        // leftover of stop 52, from the misses of the negotiations).
        const offered = rule.id === 'support.willingness' && given === 'support' && !denied && cond.length > 0 && !attached?.traded;
        // "would ask the courts to block the permit", "asked the court to suspend the ban": what a court is asked to do is
        // asked of it, the demand of the one who goes to law, not that one's own act (stop 56: it read the party's refusal
        // or its own halt).
        const asked = !pressure && !offered && askedOfCourt(ctx, cue);
        // "warned that the group would block consensus if the phase-out language returned": a refusal ahead on a
        // condition, told as a warning, is held over the other side, a threat (stop 56: it read a plain refusal).
        const warnedRefusal = given === 'reject' && cond.length > 0 && !hedged && warnedBefore(ctx, cue);
        // "put a proposal on the table that would impose a hard cap", "The draft would also create a surcharge": what a
        // plan or a text would do is proposed by whoever put it forward, not undertaken (stop 56: it read `commit`).
        const planned = given === 'commit' && rule.kind === 'commit' && !denied && planWouldDo(ctx, cue, clause.from);
        const kind = pressure ? 'threat' : offered ? (polarity === '+' && pressureIn(ctx, cue.to, issue.to) ? 'threat' : 'propose') : asked ? 'demand' : warnedRefusal ? 'threat' : planned ? 'propose' : given;
        // "We will not sign a text without a phase-out", "rejected a truce without guarantees": the text only with one,
        // a condition, not a refusal of the text.
        const withNeeded = (denied || declaredRefusal || REFUSING_KINDS.has(rule.kind)) && !hedged && !withdrawal ? neededWith(ctx, issue, scoped) ?? (issue !== fronted ? fronted : undefined) : undefined;
        if (withNeeded) {
          emit(issue.pattern.value.issue, flip(polarity), 'condition', [...cond, { issue: withNeeded.pattern.value.issue, polarity: withNeeded.pattern.value.polarity }], [...rules, 'condition:not-without'], 0.7);
          insistedOn.add(withNeeded);
          continue;
        }
        // "will not end the strike without a pay rise", "has never ended a strike without one": a verb that undoes its
        // object undoes the strike, not the pay rise, which the holder insists on: a demand for it, as the condition
        // says (it was `commit -`, the verb's undoing counted on it too: a leftover of stop 51).
        if (insistedOn.has(issue) && UNDERTAKINGS.has(rule.kind) && rule.polarity === '-' && denied && local === '-') {
          emit(issue.pattern.value.issue, issue.pattern.value.polarity, 'demand', cond, [...rules, 'kind:insisted-without'], 0.7);
          continue;
        }
        // "the team would not build without substantial public funding", "would not build the homes without a rent cap":
        // an act of its own denied without a thing insists on the thing, a demand for it, where the two negations made it
        // the act's object undertaken (`commit +`; stop 58's readings, `commit.build` read wrong more often than right).
        // (A thing an object of the act's needs is read above, the object's condition: "will not accept X without Y".)
        if (!insistedOn.has(issue) && UNDERTAKINGS.has(rule.kind) && rule.polarity === '+' && denied && local === '-' && afterWithout(ctx, issue, cue.to)) {
          emit(issue.pattern.value.issue, issue.pattern.value.polarity, 'demand', cond, [...rules, 'kind:insisted-without'], 0.7);
          continue;
        }
        // "would vote against any agreement that did not include X" (or "without X"): refusing what lacks X insists on X,
        // a demand, not a refusal (reviews of stadium, league and arms-control talks, whose analysts read it so alike).
        const insisted = kind === 'reject' && local === '-' && polarity === '+' && scoped.some((o) => o !== issue && o.from >= cue.to && o.to <= issue.from);
        emit(issue.pattern.value.issue, polarity, insisted ? 'demand' : kind, cond, insisted ? [...rules, 'kind:refused-without'] : pressure ? [...rules, 'threat:pressure'] : asked ? [...rules, 'demand:asked-of-court'] : warnedRefusal ? [...rules, 'threat:warned-refusal'] : planned ? [...rules, 'propose:plan-would'] : rules, rule.modal ? 0.75 : 0.8);
        if (rule.scope === 'right' && (rule.kind === 'demand' || rule.kind === 'condition') && withdrawal?.effect !== 'retract' && !hedged) {
          objects.push({ issue, polarity: times(issue.pattern.value.polarity, local), clause: ci });
        }
      }
      // "could live with a flexible target but not with a hard cap", "backed the pay freeze but not the strike": what "but
      // not" sets beside the object is refused, where it was passed over (the negotiations' misses, stop 54).
      // ("could support a cap but not the tax": weighed or not, the thing set beside it is refused.)
      const butNot = BUT_NOT_KINDS.has(rule.kind) && rule.polarity === '+' && rule.scope === 'right' && !denied && !withdrawal ? butNotIssue(ctx, scoped, cue.to, ctx.to) : undefined;
      if (butNot !== undefined && !covered.has(butNot)) {
        covered.add(butNot);
        emit(butNot.pattern.value.issue, flip(butNot.pattern.value.polarity), 'reject', [], ['scope:but-not'], 0.7);
      }
    }
    // "would oppose the deal unless it held a pay rise", "would go to court unless X", "would not sign it unless X": a
    // refusal, a threat or an undertaking denied on an "unless" asks for what that names, as an act with no cue does
    // (`unlessDemanded`); backing or an undertaking ("would back the deal unless X") asks for no X, and is left alone.
    if (clauseAttached && !clauseAttached.traded) {
      const terms = clauseAttached.rules.some((r) => TERM_MARKERS.has(r));
      // On terms ("would back the move only if X") only a stance that is no refusal asks for X: "would not approve the
      // text as long as it held a cap" refuses the cap. A thing held back unless Y ("would halt the aid", "withhold the
      // funding for X unless Y") is a threat and asks for Y, as "would sue unless Y" does (stop 58: it asked for nothing).
      const refusing = (s: Stance) => (s.kind === 'threat' && s.rules.includes('cue:commit.halt')) || s.rules.some((r) => /^cue:(?:reject|red-line|threat)\./.test(r) || r === 'negation:before-cue');
      const pressing = (s: Stance) => (terms ? !refusing(s) : clauseAttached.lifts || refusing(s));
      const held = out.slice(before).filter((s) => s.conditions.length > 0 && s.conditions.every((c) => clauseAttached.conditions.includes(c)) && pressing(s));
      for (const h of new Set(held.map((s) => s.holder))) {
        const first = held.find((s) => s.holder === h)!;
        out.push(...unlessDemanded(clauseAttached, { actors: [h], rule: first.rules.find((r) => r.startsWith('holder:'))?.slice('holder:'.length) ?? 'stance' }, first.speaker, held.map((s) => s.issue), placed));
      }
    }
  }

  // What a quoted whole answer states on the issue it answers: "no" refuses
  // it, "not yet" puts it off, "yes" (perhaps "if ...") supports it.
  const answerStance = (issue: IssueMatch, answer: QuotedAnswer) => {
    const cond = answer.conditionAt === undefined ? undefined : [...conditionsAt].find(([from]) => from >= answer.conditionAt! && from <= answer.conditionAt! + 2)?.[1];
    return {
      kind: answer.kind,
      polarity: answer.kind === 'hedge' ? ('0' as const) : answer.kind === 'reject' ? flip(issue.pattern.value.polarity) : issue.pattern.value.polarity,
      conditions: cond?.conditions ?? [],
      rules: [`cue:${answer.kind}.quoted-answer`, 'holder:speaker', 'scope:topic', ...(cond && cond.conditions.length > 0 ? [cond.rule] : [])],
    };
  };

  // "Asked about the ceasefire, Peskov said "no"": the quote answers on the topic.
  const answered = quotedAnswer(ctx);
  // A question's issues are set aside as no one's, but the answer's speaker holds its answer on them.
  const answerer = answered && (answered.question || !covered.has(answered.issue)) ? ctx.speakers[answered.answerAt - ctx.from] : undefined;
  if (answered && answerer?.actor && !answerer.unnamed) {
    covered.add(answered.issue);
    const stance = answerStance(answered.issue, answered.answer);
    for (const other of [answerer, ...(answerer.also ?? [])]) {
      if (!other.actor) continue;
      out.push({
        holder: other.actor,
        issue: answered.issue.pattern.value.issue,
        ...stance,
        speaker: other === answerer ? answerer : { ...other, rule: answerer.rule },
        confidence: 0.5,
        provisional: false,
      });
    }
  }

  // "Ferenc called the arbitration deal 'a blank cheque'", "called the proposal overdue": a thing judged, by name.
  out.push(...calledJudgements(ctx, state, covered));

  // Quoted words on an issue with no cue: the speaker supports it, weakly;
  // or refuses it, when the words negate it ("We will not give up our land").
  for (const issue of ctx.issues) {
    // "The regulator lowered the reserve price", "Kyiv has ceded territory": an act done, told by the lexicon's own verb
    // with its subject right before it, is its doer's undertaking (reviews: a regulator's decisions told with no cue).
    const doer = covered.has(issue) ? undefined : actDoneBy(ctx, state, issue);
    if (doer !== undefined) {
      covered.add(issue);
      out.push({ holder: doer, issue: issue.pattern.value.issue, kind: 'commit', polarity: issue.pattern.value.polarity, conditions: [], confidence: 0.5, rules: ['cue:commit.act', 'holder:subject.act'], provisional: false });
      continue;
    }
    // Or not quoted, an issue said to be none to come: "Zelensky said there would be no ceasefire".
    const denied = !ctx.quoted[issue.from - ctx.from] && thereBeNo(ctx, issue.from);
    if (covered.has(issue) || (!ctx.quoted[issue.from - ctx.from] && !denied)) continue;
    const first = ctx.speakers[issue.from - ctx.from];
    if (!first?.actor) {
      // Quoted words on an issue that no speaker of the register said.
      misses?.push({ reason: 'no-holder', rule: 'quote-speaker', ...(first ? { words: first.name } : {}) });
      continue;
    }
    covered.add(issue);
    // "A wealth tax: not with us," the Greens said. "A rent cap: yes, but
    // not this year": an answer that goes on in words no rule reads states nothing.
    const answered = answeredAfter(ctx, issue.to);
    if (answered === 'unread') continue;
    // '"Nine percent over three years is a pay cut"': what a thing is called is no stance on what it is called; nor is
    // what a speaker calls another's thing ('dismissed the duties as "protectionism dressed up as safeguards"'), a
    // prediction under a condition ('"If they go to prison, nobody will trust this process"'), or words the issue is
    // the subject of, denied ('"Elections are not a prize to be handed out"').
    if (!denied && (namesWhatItIs(ctx, issue.from) || quotedAsName(ctx, issue.from) || quotedCondition(ctx, issue.from) || deniedAfter(ctx, issue.to) || unreadPredicate(ctx, issue))) continue;
    // '"deal or no deal"', '"strike or no strike"': whatever becomes of the thing, no stance on it (stop 56: both halves
    // were read, a support and a refusal).
    if (eitherWay(ctx, issue)) continue;
    const near = Math.max(ctx.from, issue.from - 4);
    const negation = times(negationParity(ctx, near, issue.from), farNegation(ctx, quotedReach(ctx, issue.from), near, issue.from));
    const polarity = times(issue.pattern.value.polarity, negation);
    // '"There will be no release of hostages before Velmora withdraws," Tamer said': denied until a condition holds,
    // it is committed to once the condition holds, as "said there would be no X before Y" reads.
    const ci = clauses.findIndex((c) => issue.from >= c.from && issue.from < c.to);
    const lifted = negation === '-' && !answered ? conditionsOf.get(ci) : undefined;
    const judged = answered || denied || negation === '-' ? undefined : quotedJudgement(ctx, issue);
    const stance = answered
      ? answerStance(issue, answered)
      : judged === '-'
        ? { kind: 'reject' as const, polarity: flip(issue.pattern.value.polarity), conditions: [], rules: ['cue:reject.quoted-judgement', 'holder:speaker'] }
      : !denied && withoutThenDenied(ctx, issue)
        ? { kind: 'demand' as const, polarity: issue.pattern.value.polarity, conditions: [], rules: ['cue:demand.without-denied', 'holder:speaker'] }
      : lifted?.lifts && lifted.conditions.length > 0
        ? { kind: 'commit' as const, polarity: issue.pattern.value.polarity, conditions: [...lifted.conditions], rules: ['cue:commit.conditional', 'holder:speaker', ...lifted.rules] }
        : {
          kind: polarity === '-' ? ('reject' as const) : ('support' as const),
          polarity,
          conditions: [],
          rules: [denied ? 'cue:reject.there-be-no' : polarity === '-' ? 'cue:reject.quoted-mention' : 'cue:support.quoted-mention', 'holder:speaker', ...(negation === '-' ? ['negation:in-scope'] : [])],
        };
    for (const other of [first, ...(first.also ?? [])]) {
      if (!other.actor) continue;
      const speaker = other === first ? first : { ...other, rule: first.rule };
      out.push({ holder: other.actor, issue: issue.pattern.value.issue, ...stance, speaker, confidence: 0.4, provisional: false });
    }
  }
  return dedupeStances(out);
}

// Whether an issue is a half of "X or no X" (or "X or not"): the thing named, then "or no" and the same thing again; or
// the "no X" after "X or".
function eitherWay(ctx: SentenceContext, issue: IssueMatch): boolean {
  const { tokens } = ctx;
  const id = issue.pattern.value.issue;
  if (tokens[issue.to]?.norm === 'or' && (tokens[issue.to + 1]?.norm === 'not' || (tokens[issue.to + 1]?.norm === 'no' && ctx.issues.some((i) => i.from === issue.to + 2 && i.pattern.value.issue === id)))) return true;
  return issue.from - 2 > ctx.from && tokens[issue.from - 1]!.norm === 'no' && tokens[issue.from - 2]!.norm === 'or' && ctx.issues.some((i) => i.to === issue.from - 2 && i.pattern.value.issue === id);
}

// Where a negation before quoted words on an issue may be: the four words
// before it, or back to the start of its quoted clause ('"We are not going
// to let Kyiv join NATO"'), but not past a word that opens a clause of its
// own ('"We will not stop until Kyiv is in NATO"' negates the stopping).
function quotedReach(ctx: SentenceContext, at: number): number {
  let k = at;
  while (k - 1 >= ctx.from && ctx.quoted[k - 1 - ctx.from] && !OPENS_CLAUSE.has(ctx.tokens[k - 1]!.norm)) k--;
  return k;
}

// The plain negations ("not", "never", "nobody") in [from, near), which
// reach the words at `to` unless a list or a clause breaks off between
// ("We will not give up, and a ceasefire ..."). Only plain ones: a verb that
// negates its object ("lifting sanctions would make a truce possible")
// governs that object, not words further on.
function farNegation(ctx: SentenceContext, from: number, near: number, to: number): Polarity {
  let neg = false;
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k]!.norm;
    if (t === ',' || t === ';' || t === 'and' || t === 'or') neg = false;
    // A verb with a particle that gives its object up counts too: "did not give up one gram of our right to enrich" keeps it.
    else if (k < near && (PLAIN_NEGATIONS.has(t) || t === 'nobody' || phrasalNegator(ctx, k, to)) && !insideAny(ctx.issues, k)) neg = !neg;
  }
  return neg ? '-' : '+';
}
const OPENS_CLAUSE = new Set(['until', 'unless', 'if', 'before', 'after', 'because', 'since', 'when', 'while', 'whether', 'that', 'which', 'who', 'but', 'although', 'though', '"', '\u201c', '\u201d', ':', ';', '.', '?', '!']);

// Whether quoted words name the issue as what their subject is ("this offer is a pay cut", "that would be a
// capitulation"): a copula (a "not" after it), an article, adjectives, then the issue. Not when the subject says what
// is wanted ("what we need is a ceasefire", "the only way out is a truce").
function namesWhatItIs(ctx: SentenceContext, at: number): boolean {
  let k = at - 1;
  while (k > ctx.from && ctx.tokens[k]!.pos === 'ADJ') k--;
  if (k <= ctx.from || !INDEFINITE.has(ctx.tokens[k]!.norm)) return false;
  k--;
  if (k > ctx.from && PLAIN_NEGATIONS.has(ctx.tokens[k]!.norm)) k--;
  if (k <= ctx.from || !COPULAS.has(ctx.tokens[k]!.norm)) return false;
  if (ctx.tokens[k]!.norm === 'be' && (k - 1 < ctx.from || !MODALS.has(ctx.tokens[k - 1]!.norm))) return false;
  // "There is a deal to be had": that it exists, not what a thing is. "This is a fair outcome": the thing itself,
  // named by a pronoun, is the issue, called what it is (a re-score: the deal's support was lost).
  const subject = ctx.tokens[ctx.tokens[k]!.norm === 'be' ? k - 2 : k - 1];
  if (subject !== undefined && (subject.norm === 'there' || SELF_NAMING.has(subject.norm))) return false;
  for (let j = k - 1; j >= ctx.from && ctx.quoted[j - ctx.from]; j--) {
    const t = ctx.tokens[j]!;
    if (WANTED_SUBJECT.has(t.lemma) || WANTED_SUBJECT.has(t.norm)) return false;
    if (t.pos === 'PUNCT' && t.norm !== "'" ) break;
  }
  return true;
}
const INDEFINITE = new Set(['a', 'an']);
const SELF_NAMING = new Set(['this', 'that', 'it', "it's", 'which']);

// '"Data localisation is protectionism dressed up as privacy"', '"A quota of 46,000 tonnes is a death sentence for every
// small herd"': quoted words whose subject is the thing, and whose predicate condemns it by the words a "called"
// judgement is read by, refuse it (`-`; they were the speaker's weak support, `+`). One denied right after its verb
// ("is not a surrender") is judged by what follows its comma ("is not a compromise, it is a surrender"), or not at all.
function quotedJudgement(ctx: SentenceContext, issue: IssueMatch): Polarity | undefined {
  let k = issue.to;
  // Past what describes the thing ("in 2038", "that one country observes and the other ignores") to its verb.
  for (; k < Math.min(ctx.to, issue.to + 14) && ctx.quoted[k - ctx.from]; k++) {
    const t = ctx.tokens[k]!;
    if (t.pos === 'PUNCT') return undefined;
    if (COPULAS.has(t.norm) || t.norm === 'are' || t.norm === 'were') break;
  }
  if (k >= ctx.to || !ctx.quoted[k - ctx.from] || !(COPULAS.has(ctx.tokens[k]!.norm) || /^(?:are|were)$/.test(ctx.tokens[k]!.norm))) return undefined;
  let from = k + 1;
  let belittled = false;
  for (; from < ctx.to && ctx.tokens[from]!.pos === 'ADV' && !PLAIN_NEGATIONS.has(ctx.tokens[from]!.norm); from++) belittled ||= BELITTLING.has(ctx.tokens[from]!.norm);
  let to = from;
  while (to < ctx.to && ctx.quoted[to - ctx.from] && !/^[.;!?]$/.test(ctx.tokens[to]!.norm)) to++;
  if (from < to && PLAIN_NEGATIONS.has(ctx.tokens[from]!.norm)) {
    const comma = ctx.tokens.slice(from, to).findIndex((t) => t.norm === ',');
    if (comma < 0) return undefined;
    from += comma + 1;
  }
  // '"A rent cap is just a tax with a longer name"', '"The levy is merely a fine"': the thing belittled as another, with
  // no word of judgement, is refused (the negotiations' misses, stop 55: the speaker's weak support).
  // (Not a beginning: "is just a first step" asks for more of it.)
  const lesser = belittled && INDEFINITE.has(ctx.tokens[from]?.norm ?? '') && !BEGINNINGS.has(ctx.tokens[from + 1]?.norm ?? '');
  return judgementOf(ctx.tokens.slice(from, to)) ?? (lesser ? '-' : undefined);
}
const BELITTLING = new Set(['just', 'merely', 'simply']);
const BEGINNINGS = new Set(['first', 'start', 'beginning', 'step', 'down']);

// Whether words of judgement condemn a thing (`-`) or praise it (`+`): words of one kind only, not after "least" ("the
// least bad option" praises).
function judgementOf(words: ReadonlyArray<Token>): Polarity | undefined {
  const counts = (t: Token, i: number) => i === 0 || words[i - 1]!.norm !== 'least';
  const against = words.some((t, i) => counts(t, i) && (JUDGED_AGAINST.has(t.lemma) || JUDGED_AGAINST.has(t.norm) || (t.norm === 'dressed' && words[i + 1]?.norm === 'up')));
  const forIt = words.some((t, i) => counts(t, i) && (JUDGED_FOR.has(t.lemma) || JUDGED_FOR.has(t.norm)));
  return against === forIt ? undefined : against ? '-' : '+';
}

// "Ferenc called the arbitration deal 'a blank cheque written on our soil'", "Verdant Watch called the proposal overdue",
// "branded the surcharge a second toll in disguise": the subject judges the thing the lexicon names right after the verb,
// against it or for it as the words of the judgement say (`reject -`, `support +`, `cue:*.called-judgement`); words of
// both kinds, or of neither ("called the timetable ambitious", "a price we can carry"), say nothing read (the
// commonest of the misses of the negotiations that stop 52 mended; they were set aside as a name given, see
// quotedAsName). Issues named inside the judgement are its words, no stance.
function calledJudgements(ctx: SentenceContext, state: DiscourseState, covered: Set<IssueMatch>): Stance[] {
  const out: Stance[] = [];
  for (const issue of ctx.issues) {
    if (covered.has(issue)) continue;
    let k = issue.from - 1;
    // ("branded", "labelled": the tagger may read the verb as an adjective.)
    while (k > ctx.from && !JUDGING_VERBS.has(ctx.tokens[k]!.norm) && (ctx.tokens[k]!.pos === 'DET' || ctx.tokens[k]!.pos === 'ADJ' || POSSESSIVE_PRONOUNS.has(ctx.tokens[k]!.norm))) k--;
    const verb = ctx.tokens[k];
    if (verb === undefined || k >= issue.from || !JUDGING_VERBS.has(verb.norm) || ctx.quoted[k - ctx.from]) continue;
    // The judgement: after the thing (and "as"), to the end of its clause, quoted or not.
    let from = issue.to;
    if (from < ctx.to && ctx.tokens[from]!.norm === 'as') from++;
    let to = from;
    let quoted = false;
    for (; to < ctx.to; to++) {
      const t = ctx.tokens[to]!;
      if (QUOTATION_MARKS.has(t.norm)) quoted = !quoted;
      else if (!quoted && (t.norm === ';' || t.norm === '.' || (t.norm === ',' && to > from) || (t.norm === 'and' && to > from + 1))) break;
    }
    const judged = judgementOf(ctx.tokens.slice(from, to));
    if (judged === undefined) continue;
    const against = judged === '-';
    const subject = toHolders(findSubject(ctx, state, k, ctx.from), state, 'subject');
    if (subject === undefined) continue;
    covered.add(issue);
    for (const other of ctx.issues) if (other.from >= from && other.to <= to) covered.add(other);
    const polarity = times(issue.pattern.value.polarity, against ? '-' : '+');
    const speaker = ctx.speakers[k - ctx.from] ?? subject.acting;
    for (const holder of subject.actors) {
      out.push({ holder, issue: issue.pattern.value.issue, kind: against ? 'reject' : 'support', polarity, conditions: [], ...(speaker ? { speaker } : {}), confidence: 0.5, rules: [against ? 'cue:reject.called-judgement' : 'cue:support.called-judgement', `holder:${subject.rule}`], provisional: false, at: k });
    }
  }
  return out;
}
const JUDGING_VERBS = new Set(['called', 'calls', 'call', 'calling', 'branded', 'brands', 'dubbed', 'dubs', 'labelled', 'labeled', 'described', 'describes', 'deemed', 'deems']);
// Words that judge a thing bad or good, in the judgement of "called X Y". Not those of too little ("toothless",
// "inadequate"): who finds a thing too weak wants more of it, not less; nor those of an outcome ("called the strike
// a success"), which judge what was done, not what is negotiated.
const JUDGED_AGAINST = new Set(['betrayal', 'blackmail', 'surrender', 'theft', 'giveaway', 'gift', 'ultimatum', 'non-starter', 'unacceptable', 'outrageous', 'reckless', 'breach', 'invasion', 'leash', 'wall', 'disguise', 'insult', 'scandal', 'disaster', 'catastrophe', 'mistake', 'blunder', 'farce', 'sham', 'joke', 'trap', 'attack', 'death', 'blank', 'unfair', 'unworkable', 'illegal', 'absurd', 'dangerous', 'cruel', 'worthless', 'punitive', 'ruinous', 'nonsense', 'loophole', 'grab', 'robbery', 'extortion', 'excessive', 'false', 'fig', 'second-class', 'humiliation', 'humiliating', 'shameful', 'irresponsible', 'bad', 'worst', 'wrong']);
const JUDGED_FOR = new Set(['basis', 'fair', 'sensible', 'victory', 'best', 'right', 'good', 'great', 'welcome', 'historic', 'breakthrough', 'milestone', 'proof', 'backbone', 'spine', 'choice', 'overdue', 'strongest', 'better', 'reasonable', 'balanced', 'workable', 'solid', 'constructive', 'essential', 'vital', 'worth', 'breathing']);

// Whether the quote holding `at` is a name the sentence gives a thing: after "called", "dubbed", "as" ("dismissed the
// duties as "protectionism ..."", "what she called "a flood of state money"").
function quotedAsName(ctx: SentenceContext, at: number): boolean {
  let k = quoteStart(ctx, at) - 1;
  while (k >= ctx.from && ctx.tokens[k]!.pos === 'PUNCT') k--;
  // 'called it "a surrender dressed up as a treaty"', 'called the framework "..."': the thing named, then its name.
  const end = k;
  while (k >= ctx.from && end - k < 4 && (NAMED_OBJECT.has(ctx.tokens[k]!.pos) || ctx.tokens[k]!.norm === 'it' || ctx.tokens[k]!.norm === 'them') && !NAMING.has(ctx.tokens[k]!.norm)) k--;
  return k >= ctx.from && NAMING.has(ctx.tokens[k]!.norm);
}
const NAMED_OBJECT = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
// The "with" after an answering cue, before the clause's next comma, and what is answered between: its issues, and
// the conditions they make ("answer any new sanctions with X": if sanctions +).
function answeredWith(ctx: SentenceContext, cue: CueMatch, to: number): { with: number; answered: IssueMatch[]; conditions: Condition[] } | undefined {
  for (let k = cue.to; k < to; k++) {
    const t = ctx.tokens[k]!;
    if (t.norm === ',' || t.norm === ';') return undefined;
    if (t.norm !== 'with' || insideAny(ctx.issues, k)) continue;
    const answered = uniqueIssues(issuesIn(ctx, cue.to, k).filter((i) => i.to <= k));
    const conditions = answered.map((i) => ({ issue: i.pattern.value.issue, polarity: times(i.pattern.value.polarity, negationParity(ctx, cue.to, i.from)) }));
    return { with: k + 1, answered, conditions };
  }
  return undefined;
}

// "Korvath was offered a seat on the commission": the subject of a verb of giving in the passive, its object after
// it, is who receives the offer; the one who offers is the agent after "by", or no one named.
function recipientPassive(ctx: SentenceContext, c: CueMatch): boolean {
  const rule = c.pattern.value;
  if ((rule.kind !== 'propose' && rule.kind !== 'commit') || c.from <= ctx.from || !PASSIVE_AUX.has(ctx.tokens[c.from - 1]!.norm)) return false;
  // A participle ("offered", "promised"), not the progressive ("is preparing new sanctions").
  if (!ctx.tokens[c.from]!.norm.endsWith('ed')) return false;
  const next = ctx.tokens[c.to];
  return next !== undefined && (next.pos === 'DET' || next.pos === 'ADJ' || next.pos === 'NOUN' || next.pos === 'NUM');
}

// Whether a verb of naming ("called", "branded") stands before the cue, its object between: "called the plan a joke".
function namedBefore(ctx: SentenceContext, cue: CueMatch, floor: number): boolean {
  for (let k = cue.from - 2; k >= Math.max(floor, cue.from - 7); k--) {
    const t = ctx.tokens[k]!;
    if (NAMING.has(t.norm) && t.norm !== 'as') return true;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}
const NAMING = new Set(['called', 'calls', 'call', 'calling', 'dubbed', 'termed', 'labelled', 'labeled', 'branded', 'as']);

// Whether the quote holding `at` opens with a condition before it ('"If they go to prison, nobody will trust ..."').
function quotedCondition(ctx: SentenceContext, at: number): boolean {
  for (let k = quoteStart(ctx, at); k < at; k++) if (ctx.tokens[k]!.norm === 'if' || ctx.tokens[k]!.norm === 'unless') return true;
  return false;
}

// Quoted words that say something of the issue no rule reads: what it would be ('"A float today would be a leap in
// the dark"'), or a verb no cue names acting on it ('"tear up this agreement"', '"the day anyone touches the
// retirement age"'). Read as backing, they were of the wrong polarity as often as not (a review of bailout talks).
const PHRASAL_PARTICLES = new Set(['up', 'off', 'out', 'down']);
function unreadPredicate(ctx: SentenceContext, issue: IssueMatch): boolean {
  for (let k = issue.to; k + 1 < ctx.to && ctx.quoted[k + 1 - ctx.from]; k++) {
    if (ctx.cues.some((c) => c.from === k)) break;
    if (FUTURE.has(ctx.tokens[k]!.norm) && ctx.tokens[k + 1]!.lemma === 'be') return true;
  }
  let k = issue.from - 1;
  while (k >= ctx.from && (OBJECT_LEAD.has(ctx.tokens[k]!.pos) || POSSESSIVE_PRONOUNS.has(ctx.tokens[k]!.norm)) && ctx.tokens[k]!.pos !== 'ADV') k--;
  // "tear up this agreement": the particle is the verb's (not a preposition's: "decide on X" is decided on).
  if (k > ctx.from && PHRASAL_PARTICLES.has(ctx.tokens[k]!.norm) && ctx.tokens[k - 1]!.pos === 'VERB') k--;
  const verb = ctx.tokens[k];
  return k >= ctx.from && ctx.quoted[k - ctx.from] === true && verb !== undefined && verb.pos === 'VERB' && !ENABLING.has(verb.lemma) && !ctx.cues.some((c) => c.from <= k && k < c.to) && !NEGATORS.has(verb.lemma) && !NEGATORS.has(verb.norm);
}
// "would make talks possible", "let Kyiv join": what is made possible is read as the clause after it reads it.
const ENABLING = new Set(['make', 'let', 'allow', 'enable', 'permit']);

// Whether the issue is the subject of a denied predicate right after it: "is not", "are not", "will never", "can't".
function deniedAfter(ctx: SentenceContext, at: number): boolean {
  let k = at;
  // '"A moratorium that rewards the side that built first is not restraint"': past a relative clause to the predicate.
  if (k < ctx.to && (ctx.tokens[k]!.norm === 'that' || ctx.tokens[k]!.norm === 'which')) {
    for (let j = k + 1; j < Math.min(ctx.to, k + 14) && ctx.quoted[j - ctx.from]; j++) {
      const t = ctx.tokens[j]!;
      if (t.norm === ',' || t.norm === ';') return false;
      if (COPULAS.has(t.norm) || t.norm === 'are') return deniedAfter(ctx, j);
    }
    return false;
  }
  // '"A ceiling means nothing if it cannot be checked"': judged worthless.
  if (ctx.tokens[k]?.lemma === 'mean' && ctx.tokens[k + 1]?.norm === 'nothing') return true;
  if (k < ctx.to && (ctx.tokens[k]!.pos === 'AUX' || COPULAS.has(ctx.tokens[k]!.norm) || ctx.tokens[k]!.norm === 'are')) k++;
  else return false;
  return k < ctx.to && (ctx.tokens[k]!.norm === 'not' || ctx.tokens[k]!.norm === "n't" || ctx.tokens[k]!.norm === 'never');
}
const COPULAS = new Set(['is', 'was', "'s", 'be']);
const WANTED_SUBJECT = new Set(['need', 'want', 'ask', 'demand', 'only', 'answer', 'solution', 'way', 'priority', 'goal', 'aim', 'offer', 'propose', 'seek', 'first']);

// "there will be no X", "there would be no X", "there can be no X": the words right before an issue (an adjective between).
function thereBeNo(ctx: SentenceContext, at: number): boolean {
  let k = at - 1;
  while (k > ctx.from && ctx.tokens[k]!.pos === 'ADJ') k--;
  if (k - 3 < ctx.from || ctx.tokens[k]!.norm !== 'no' || ctx.tokens[k - 1]!.norm !== 'be') return false;
  return THERE_MODALS.has(ctx.tokens[k - 2]!.norm) && ctx.tokens[k - 3]!.norm === 'there';
}
const THERE_MODALS = new Set(['will', 'would', 'can', 'could', 'shall', "'ll"]);

/** A modal cue (or a demand of a clause) and where its reach ends. */
interface Governor {
  readonly cue: CueMatch;
  /** Where the words it governs start: the clause's start, or the end of the reach of the modal before. */
  readonly start: number;
  readonly end: number;
}

// The modals of a clause that govern what follows them, in order: the
// first, then the first after the end of its reach, and so on. A modal
// reaches to the end of the clause, or to "and" before a clause with a
// subject and an auxiliary of its own ("sanctions must be lifted and Kyiv
// must renounce X", "... and peace talks must begin"); a predicate with
// none ("must withdraw from X and accept Y") is still in its reach.
function governingModals(ctx: SentenceContext, cues: ReadonlyArray<CueMatch>, governs: (c: CueMatch) => boolean, from: number, to: number): ReadonlyArray<Governor> {
  let out: Governor[] | undefined;
  let after = from;
  for (const cue of cues) {
    if (cue.from < after || !governs(cue)) continue;
    let end = to;
    // "urged Moscow to accept X and offered Y": a verb in the past after "and", when the governing verb is in
    // the past too, is another predicate of its subject, not part of what it asks.
    const pastGovernor = ctx.tokens[cue.from]!.pos === 'VERB' && pastForm(ctx.tokens[cue.from]!);
    for (let k = cue.to + 1; k < to; k++) {
      if (ctx.tokens[k]!.norm === 'and' && (auxAfterNounPhrase(ctx, k + 1, to) || partyThenCue(ctx, k + 1, to) || pronounSubjectAt(ctx, k + 1, to) || (pastGovernor && pastVerbAt(ctx, k + 1, to)))) {
        end = k;
        break;
      }
    }
    (out ??= []).push({ cue, start: after, end });
    after = end;
  }
  return out ?? NO_GOVERNORS;
}
const NO_GOVERNORS: ReadonlyArray<Governor> = [];

// The clause's first "will" or "would" (or "'ll", "shall"): where a clause with no cue undertakes, warns or announces.
function futureModal(ctx: SentenceContext, clause: Clause): number {
  for (let k = clause.from; k < clause.to; k++) if (ctx.tokens[k]!.pos === 'AUX' && FUTURE.has(ctx.tokens[k]!.norm)) return k;
  return -1;
}

// The issue named right after the modal, adverbs between (not a negation): "would (soon) strike", "would keep fighting".
function issueAfterModal(ctx: SentenceContext, modal: number, clause: Clause, covered: ReadonlySet<IssueMatch>): IssueMatch | undefined {
  let at = modal + 1;
  while (at < clause.to && ctx.tokens[at]!.pos === 'ADV' && !PLAIN_NEGATIONS.has(ctx.tokens[at]!.norm)) at++;
  return ctx.issues.find((i) => i.from === at && !covered.has(i));
}

// Whether a clause with a pronoun for subject opens at `k`: "and he proposed", "and they will".
function pronounSubjectAt(ctx: SentenceContext, k: number, to: number): boolean {
  return k + 1 < to && SUBJECT_PRONOUNS.has(ctx.tokens[k]!.norm) && (ctx.tokens[k + 1]!.pos === 'VERB' || ctx.tokens[k + 1]!.pos === 'AUX');
}
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

// Whether a verb in the past stands at `k` (adverbs skipped): "and (then) offered".
function pastVerbAt(ctx: SentenceContext, k: number, to: number): boolean {
  while (k < to && ctx.tokens[k]!.pos === 'ADV') k++;
  return k < to && ctx.tokens[k]!.pos === 'VERB' && pastForm(ctx.tokens[k]!);
}

// The modal whose reach a cue is in (itself, for a modal that governs).
function governorOf(modals: ReadonlyArray<Governor>, cue: CueMatch): Governor | undefined {
  for (let i = modals.length - 1; i >= 0; i--) {
    const m = modals[i]!;
    if (m.cue.from <= cue.from) return cue.from < m.end || m.cue === cue ? m : undefined;
  }
  return undefined;
}

// Whether a party is named right before token `at`, past auxiliaries and adverbs ("the authority would also expect").
function partyRightBefore(ctx: SentenceContext, at: number, floor: number): boolean {
  let k = at - 1;
  while (k >= floor && (ctx.tokens[k]!.pos === 'AUX' || ctx.tokens[k]!.pos === 'ADV' || ctx.tokens[k]!.pos === 'PART')) k--;
  // (Or a pronoun standing for one: "it expected Moscow to X", "the department, which expected ...".)
  return k >= floor && (ctx.actors.some((m) => m.to - 1 === k) || ctx.tokens[k]!.pos === 'PRON');
}

// Verbs that carry on what the verb after them does ("voted to keep demanding X", "to continue opposing X").
const CONTINUING: ReadonlySet<string> = new Set(['keep', 'continue']);

// Why a cue is not in the form its rule needs (undefined: it is), in the
// order the checks run: "insists that the talks are going well" is no
// demand, "considers the ceasefire a trap" weighs nothing.
function unfitForm(ctx: SentenceContext, c: CueMatch, clause: Clause, decisions: ReadonlyMap<CueMatch, Decision | undefined>): string | undefined {
  const r = c.pattern.value;
  if (r.subjunctive && !demandsClause(ctx, c, clause)) return 'not-subjunctive';
  if (r.decides && decisions.get(c) === undefined) return 'no-one-decides';
  if (r.bareObject && judgedObject(ctx, c, clause.to)) return 'judged-object';
  if (r.verb && nounUse(ctx, c)) return 'noun-use';
  if (r.infinitive && !verbAfter(ctx, c, clause.to)) return 'no-verb-after';
  // "Diplomats expect Moscow to reject X" foretells, where "the department expected Northsound to X" asks: only a party
  // named right before the verb (its auxiliaries and adverbs between) expects as one asks.
  if (r.id === 'demand.expect-to' && !partyRightBefore(ctx, c.from, clause.from)) return 'no-party-expecting';
  // "The government needs parliament's approval", "a resolution needs nine votes", "would need about 7 million cubic
  // metres", "a step it says is needed": a procedure's requirement, a quantity, or a thing with no party before it, no
  // demand (only "Kyiv would need a ceasefire", "we need guarantees" ask).
  if (r.id === 'demand.need' && (!partyRightBefore(ctx, c.from, clause.from) || neededForProcedure(ctx, c.to, clause.to))) return 'no-party-needing';
  // "voted to reject a wealth tax", "voted to keep demanding X": the verb voted for is a cue of its own, and says the stance.
  if (r.id === 'agree.vote-to') {
    const at = CONTINUING.has(ctx.tokens[c.to]?.lemma ?? '') ? c.to + 1 : c.to;
    if (ctx.cues.some((o) => o !== c && o.from === at && o.pattern.value.issueObject !== true)) return 'cue-voted-for';
  }
  // "declined to rule out X", "refused to rule out X": as "did not rule out X", the ruling out denied (see
  // INFINITIVE_NEGATORS) leaves X open; the refusing verb is no cue of its own there ("refused to sign X" is).
  if (r.id === 'reject.verb' && INFINITIVE_NEGATORS.has(ctx.tokens[c.from]!.lemma) && ctx.tokens[c.to]?.norm === 'to' && ctx.cues.some((o) => o.from === c.to + 1 && o.pattern.value.id === 'reject.rule-out')) return 'cue-refused';
  if (r.issueVerb && !issueVerbAfter(ctx, c, clause.to)) return 'no-issue-verb';
  if (r.predicative && !predicative(ctx, c)) return 'not-predicative';
  if (r.leadIn && leadInColon(ctx, c) < 0) return 'no-lead-in';
  // "The merger was cleared by the authority" (a review of hospital talks): in the passive, the object is the subject.
  if (r.issueObject && !issueObjectAfter(ctx, c, clause.to) && passiveAgent(ctx, undefined, c, clause) === undefined) return 'no-issue-object';
  if (r.issueAfterParty && !issueAfterParty(ctx.tokens, ctx.actors, ctx.issues, c.to, ctx.to)) return 'no-issue-after-party';
  if (r.named && !namedBefore(ctx, c, clause.from)) return 'not-named';
  if (r.answeredWith && answeredWith(ctx, c, clause.to) === undefined) return 'nothing-answered-with';
  if (r.id === 'accept.allow' && thingAllows(ctx, c, clause.from)) return 'thing-allows';
  if (r.id === 'accept.ready-for' && textReady(ctx, c, clause.from)) return 'text-ready';
  if (r.id === 'commit.pass' && neededToPass(ctx, c, clause.from)) return 'needed-to-pass';
  if (r.id === 'commit.build' && !partyBuilds(ctx, c, clause.from)) return 'no-party-builds';
  if (recipientPassive(ctx, c)) return 'passive-recipient';
  // "pushed back a ban", "would come back with a revised version": the particle of another verb, not "back" a thing.
  if (ctx.tokens[c.from]!.norm === 'back' && c.from > ctx.from && ctx.tokens[c.from - 1]!.pos === 'VERB') return 'particle';
  return undefined;
}

const FIRST_PERSON = new Set(['we', 'i']);

// "Boroka said it would build a smelter", "Zavaria is building the pipeline", "is ready to build it": building is an
// undertaking where a party or a pronoun is the verb's subject, or a verb or adjective governs its "to"; not where a
// noun does ("a permit to build a mine", "grants to build a paint shop"), nor a participle ("a plant built for 200,000
// cars"), a command ("Build it here"), or a subject no party names ("carmakers build models in Coral plants"): eleven
// of the cue's fourteen wrong readings in the negotiations (stop 52).
// Whether what is needed, after `at`, is a quantity ("about 7 million cubic metres"), the assent or help a procedure
// or a plan asks ("parliament's approval", "the consent of all members", "nine votes", "its cooperation"), or a thing a
// clause describes ('"binding guarantees" that no member would walk away', read as "wants guarantees that X" is not
// here: left as it was read).
function neededForProcedure(ctx: SentenceContext, at: number, to: number): boolean {
  for (let k = at; k < to && k < at + 6; k++) {
    const t = ctx.tokens[k]!;
    if (t.pos === 'NUM' || PROCEDURE_WORDS.has(t.lemma)) return true;
    if (t.norm === 'that' && k > at) return true;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'ADV' && t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'PART' && !QUOTATION_MARKS.has(t.norm) && !POSSESSIVE_PRONOUNS.has(t.norm)) return false;
  }
  return false;
}
const PROCEDURE_WORDS: ReadonlySet<string> = new Set(['approval', 'consent', 'backing', 'vote', 'votes', 'majority', 'signature', 'ratification', 'assent', 'permission', 'authorisation', 'authorization', 'support', 'cooperation', 'co-operation', 'help']);

function partyBuilds(ctx: SentenceContext, c: CueMatch, floor: number): boolean {
  let k = c.from - 1;
  // (A quotation mark between: 'the company "will not build X"'.)
  while (k >= floor && (ctx.tokens[k]!.pos === 'ADV' || ctx.tokens[k]!.pos === 'AUX' || PLAIN_NEGATIONS.has(ctx.tokens[k]!.norm) || QUOTATION_MARKS.has(ctx.tokens[k]!.norm))) k--;
  if (k < floor) return false;
  const before = ctx.tokens[k]!;
  if (before.norm === 'to') return k - 1 >= floor && (ctx.tokens[k - 1]!.pos === 'VERB' || ctx.tokens[k - 1]!.pos === 'ADJ');
  if (ctx.tokens[c.from]!.norm === 'built' && !(ctx.tokens[c.from - 1]?.pos === 'AUX')) return false;
  return before.pos === 'PRON' || ctx.actors.some((m) => m.to - 1 === k);
}

// "The widening would allow the largest ships to pass", "a clause that would allow a majority vote", "a break clause
// allowing the ministry to end it", "had not been allowed onto the ridge": what a thing allows, or one is allowed, is
// no party's acceptance (eleven of the seventeen wrong readings of "allow" in the negotiations, stop 52). A body's own
// rules or mandate allowing it ("the fund's rules did not allow X") speak for the body, as before.
// "a bill would be ready for consultation by the autumn", "wants a final text ready for the cabinet": a text made ready
// for a step is no party's acceptance of it (two readings of the negotiations, both wrong, none right: stop 58).
function textReady(ctx: SentenceContext, c: CueMatch, floor: number): boolean {
  let k = c.from - 1;
  while (k >= floor && (ctx.tokens[k]!.pos === 'ADV' || ctx.tokens[k]!.pos === 'AUX' || ctx.tokens[k]!.pos === 'PART')) k--;
  if (k < floor || ctx.actors.some((m) => m.from <= k && k < m.to)) return false;
  const t = ctx.tokens[k]!;
  return READIED_TEXTS.has(t.lemma) || READIED_TEXTS.has(t.norm);
}
// "the coalition would need support from two opposition parties to pass the bill", "A resolution needs nine votes to
// pass": what passing a text needs is told, not undertaken by the party named nearest (of commit.pass's readings of
// the negotiations two were wrong, both so worded, and one right: stop 58).
function neededToPass(ctx: SentenceContext, c: CueMatch, floor: number): boolean {
  if (c.from - 1 < floor || ctx.tokens[c.from - 1]!.norm !== 'to') return false;
  // (Not "needs to pass the bill": the party's own task.)
  for (let k = c.from - 3; k >= floor; k--) if (NEEDING.has(ctx.tokens[k]!.lemma)) return true;
  return false;
}
const NEEDING: ReadonlySet<string> = new Set(['need', 'require']);
// Whether "without" stands right before the issue, past its determiner and modifiers, after `floor`.
function afterWithout(ctx: SentenceContext, issue: IssueMatch, floor: number): boolean {
  let k = issue.from - 1;
  while (k >= floor && (OBJECT_LEAD.has(ctx.tokens[k]!.pos) || ctx.tokens[k]!.pos === 'NOUN') && ctx.tokens[k]!.norm !== 'without') k--;
  return k >= floor && ctx.tokens[k]!.norm === 'without';
}

// Texts a party drafts and makes ready for a step of its passage.
const READIED_TEXTS: ReadonlySet<string> = new Set(['bill', 'text', 'draft', 'law', 'legislation', 'proposal', 'report', 'document', 'regulation', 'rules', 'version', 'budget']);

function thingAllows(ctx: SentenceContext, c: CueMatch, floor: number): boolean {
  const verb = ctx.tokens[c.from]!;
  let k = c.from - 1;
  while (k >= floor && (ctx.tokens[k]!.pos === 'ADV' || ctx.tokens[k]!.pos === 'AUX' || PLAIN_NEGATIONS.has(ctx.tokens[k]!.norm))) {
    if (PASSIVE_AUX.has(ctx.tokens[k]!.norm) && verb.norm.endsWith('ed')) return true;
    k--;
  }
  if (k < floor) return false;
  const before = ctx.tokens[k]!;
  if (/^(?:that|which)$/.test(before.norm)) return !ctx.actors.some((m) => m.to === k);
  if (ctx.actors.some((m) => m.to - 1 === k) || before.pos === 'PRON') return false;
  if (before.pos !== 'NOUN' && before.pos !== 'PROPN') return false;
  // The noun's owner: "the Commission's mandate", "the organisation's rules".
  let j = k - 1;
  while (j >= floor && (ctx.tokens[j]!.pos === 'NOUN' || ctx.tokens[j]!.pos === 'ADJ')) j--;
  if (j >= floor && ctx.tokens[j]!.norm === "'s" && ctx.actors.some((m) => m.to === j)) return false;
  return true;
}

// Whether "and" and a verb of saying stand between a cue and an issue ("called on the Union to extend the duties and
// warned that any deal ...", "repeated the demand that X be lifted, and said the bloc would impose Y"): what is said
// after is said, not the cue's object.
function saidBetween(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) {
    if (ctx.tokens[k]!.norm !== 'and' || ctx.quoted[k - ctx.from]) continue;
    let j = k + 1;
    while (j < to && ctx.tokens[j]!.pos === 'ADV') j++;
    const v = ctx.tokens[j];
    if (j < to && v !== undefined && v.pos === 'VERB' && SAYING_VERBS.has(v.lemma)) return true;
  }
  return false;
}

// Whether a time or an aside stands between a cue and an issue, which is then the time's or the aside's, no item of the
// object (a review of peace and trade talks): a clause of time ("dropped its demand that troops leave before it
// disarms"), a span of time ("within 30 days of a ceasefire taking effect", "for the duration of the talks", ", hours
// after a strike ended"), what someone called it (", in what officials called the biggest step of the talks"), or what
// it was part of ("as part of the deal").
function aTimeOrAside(ctx: SentenceContext, from: number, to: number): boolean {
  const { tokens } = ctx;
  // "The union's demands, according to a bargaining update sent to members, are: ...": the source, set off by commas,
  // is no part of what is demanded, which follows it (the negotiations' wrong readings, stop 57: the update's
  // "bargaining" was read as a demand for contract talks).
  let source = false;
  for (let k = from; k < to; k++) {
    // (Closed by a comma, or by the colon of a list that follows: "The main terms, according to a summary: - X".)
    if ((tokens[k]!.norm !== ',' && tokens[k]!.norm !== ':') || ctx.quoted[k - ctx.from]) continue;
    source = tokens[k]!.norm === ',' && tokens[k + 1]?.norm === 'according' && tokens[k + 2]?.norm === 'to';
  }
  if (source) return true;
  // "would refuse to read pages written during the strike": a thing after "during" or "throughout" is when, not what
  // (the negotiations' wrong readings, stop 57: the strike was refused).
  let before = to - 1;
  while (before >= from && /^(?:DET|ADJ|NUM)$/.test(tokens[before]!.pos)) before--;
  if (before >= from && (tokens[before]!.norm === 'during' || tokens[before]!.norm === 'throughout')) return true;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!.norm;
    if (t === 'what' && k > from && (tokens[k - 1]!.pos === 'ADP' || tokens[k - 1]!.norm === ',')) return true;
    if (t === 'within' && k + 3 < to && tokens[k + 1]!.pos === 'NUM' && tokens[k + 3]!.norm === 'of') return true;
    if (t === 'duration' && tokens[k - 1]?.norm === 'the' && tokens[k - 2]?.norm === 'for' && tokens[k + 1]?.norm === 'of') return true;
    if (TIME_CLAUSE.has(t) && k + 1 < to && tokens[k + 1]!.pos === 'PRON' && tokens[k + 1]!.norm !== 'what') return true;
    // "..., hours after a 48-hour strike ended": when it was done, told by what came before.
    if (SPANS.has(t) && k + 1 < to && (tokens[k + 1]!.norm === 'after' || tokens[k + 1]!.norm === 'before')) return true;
    // "withdrew its threat to set a quota as part of the deal": what the thing withdrawn went with.
    if (t === 'as' && tokens[k + 1]?.norm === 'part' && tokens[k + 2]?.norm === 'of') return true;

  }
  return false;
}
// Whether issue `i` is what issue `j` is on: "arbitration on the debt", "arbitration over a disputed debt" (a
// preposition of topic right after `j`, then only the words of a noun phrase, with its own prepositions).
function topicOf(ctx: SentenceContext, j: IssueMatch, i: IssueMatch): boolean {
  if (j.to >= i.from || !TOPIC_PREPOSITIONS.has(ctx.tokens[j.to]!.norm)) return false;
  for (let k = j.to + 1; k < i.from; k++) {
    const t = ctx.tokens[k]!;
    if (!TOPIC_WORDS.has(t.pos) || t.norm === 'and' || t.norm === 'or') return false;
  }
  return true;
}
const TOPIC_PREPOSITIONS = new Set(['on', 'over', 'about', 'concerning', 'regarding']);
const TOPIC_WORDS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'ADP']);

// Where the last "and that" before `at` opens a second reported clause (after `from`), else `from`.
function secondThat(ctx: SentenceContext, from: number, at: number): number {
  for (let k = at - 1; k > from; k--) if (ctx.tokens[k]!.norm === 'that' && ctx.tokens[k - 1]!.norm === 'and') return k + 1;
  return from;
}

// Whether a reason is given between ("because ...", "now that the cap was gone": a review of pension talks, "given that").
function reasonBetween(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const n = ctx.tokens[k]!.norm;
    if (n === 'because' || ((n === 'now' || n === 'given') && k + 1 < to && ctx.tokens[k + 1]!.norm === 'that')) return true;
  }
  return false;
}
const SPANS = new Set(['minutes', 'hours', 'days', 'weeks', 'months', 'moments', 'shortly', 'soon', 'just', 'immediately']);
const TIME_CLAUSE = new Set(['before', 'after', 'until', 'once', 'while', 'when']);

// Whether the issue at `at` is a measure of the object before it ("would not accept enrichment above 3.67 percent",
// where the lexicon names the cap by its figure): a word of degree right before it, after the object's noun.
function aMeasureOf(ctx: SentenceContext, from: number, at: number): boolean {
  let k = at - 1;
  while (k > from && ctx.tokens[k]!.pos === 'DET') k--;
  if (k <= from || !DEGREE.has(ctx.tokens[k]!.norm)) return false;
  const before = ctx.tokens[k - 1]!;
  return before.pos === 'NOUN' || insideAny(ctx.issues, k - 1);
}
const DEGREE = new Set(['above', 'below', 'beyond', 'exceeding']);

// Whether the cue is the verb after "than" in "would rather A than B" ("than to accept", "than ever accept"): the "rather"
// earlier in the clause, not right before "than" ("A rather than B" sets B aside: see `insteadBetween`).
function preferredAgainst(ctx: SentenceContext, cue: CueMatch, floor: number): boolean {
  let k = cue.from - 1;
  while (k > floor && (ctx.tokens[k]!.norm === 'to' || ctx.tokens[k]!.pos === 'ADV')) k--;
  return k > floor && ctx.tokens[k]!.norm === 'than' && (ratherBefore(ctx, floor, k) || ratherThanUndertaking(ctx, cue));
}

// "would sue rather than accept any loss", "walked out rather than take part in a vote": an undertaking after "rather
// than" is one the subject refuses, for what it did or would do instead (reviews of bailout and shipping talks). Its
// verb in the bare form only: "instead of accepting X" and "rather than a truce" set the thing aside, no more.
function ratherThanUndertaking(ctx: SentenceContext, cue: CueMatch): boolean {
  const t = ctx.tokens[cue.from]!;
  return cue.from - 2 > ctx.from && ctx.tokens[cue.from - 1]!.norm === 'than' && ctx.tokens[cue.from - 2]!.norm === 'rather' && t.pos === 'VERB' && t.norm === t.lemma && UNDERTAKINGS.has(cue.pattern.value.kind);
}

// A "rather" between `from` and the "than" at `than`, not right before it.
function ratherBefore(ctx: SentenceContext, from: number, than: number): boolean {
  for (let k = from; k < than - 1; k++) if (ctx.tokens[k]!.norm === 'rather') return true;
  return false;
}

// Whether "instead of" or "rather than" stands between tokens `from` and `to`: what follows it is set aside, not taken.
function insteadBetween(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) {
    const a = ctx.tokens[k]!.norm;
    const b = ctx.tokens[k + 1]!.norm;
    // What is set aside ends at a comma: "would raise the age to 64 rather than 65, keep pensions indexed" keeps them.
    if (((a === 'instead' && b === 'of') || (a === 'rather' && b === 'than')) && !commaBetween(ctx, k + 2, to)) return true;
    // "would never accept a quota in place of the duties" (a re-score: a red line against the duties too).
    if (a === 'in' && b === 'place' && ctx.tokens[k + 2]?.norm === 'of' && k + 2 < to) return true;
    // "asked for a review of the levy": what is reviewed is no more asked for than kept (a re-score: a demand of the levy).
    if (EXAMINING.has(ctx.tokens[k]!.lemma) && (b === 'of' || b === 'into') && ctx.tokens[k]!.pos === 'NOUN') return true;
    // "urged the fund to cover the drug without waiting for the talks": how it is to be done, the talks no object of
    // it, for or against (a review of medicine-price talks). Not the issue's own gerund ("without lifting sanctions"),
    // nor one that undoes it ("without scrapping split shifts" keeps them).
    if (a === 'without' && b.endsWith('ing') && b.length > 4 && !NEGATORS.has(b) && !NEGATORS.has(ctx.tokens[k + 1]!.lemma)) return true;
  }
  return false;
}
const EXAMINING = new Set(['review', 'study', 'assessment', 'audit', 'inquiry', 'investigation', 'evaluation', 'examination']);

function commaBetween(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.tokens[k]!.norm === ',' || ctx.tokens[k]!.norm === ';') return true;
  return false;
}

// Whether a relative clause between `from` and an issue at `to` times the object against it: "any cap that outlasts
// the sanctions", "a truce that precedes the talks" measure the thing by the issue, which is no part of it (as what a
// deal "requires" is).
function timedAgainst(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = to - 1; k >= from; k--) {
    const t = ctx.tokens[k]!;
    if (t.norm !== 'that' && t.norm !== 'which') continue;
    let j = k + 1;
    while (j < to && (ctx.tokens[j]!.pos === 'ADV' || ctx.tokens[j]!.pos === 'AUX' || ctx.tokens[j]!.pos === 'PART')) j++;
    return j < to && TIMED_AGAINST.has(ctx.tokens[j]!.lemma);
  }
  return false;
}
const TIMED_AGAINST = new Set(['outlast', 'outlive', 'survive', 'precede', 'predate', 'postdate', 'follow', 'exceed', 'supersede', 'replace', 'expire']);

// The word before a noun in its noun phrase: an article or determiner, a possessive, an adjective, a number, a noun.
const NOUN_PHRASE_BEFORE = new Set(['DET', 'ADJ', 'NUM', 'NOUN']);
const ARTICLE_WORDS = new Set(['a', 'an', 'the']);

// A cue's first word used as a noun, in a noun phrase ("the pay offer", "their offer", "an improved offer"), not as the
// verb it is as a cue ("Moscow offered a truce"; after a name, "Kyiv offers talks", wink's noun is the verb). "No offer
// before the strike ends" denies the act, as "will not offer" does: read as the cue, denied.
function nounUse(ctx: SentenceContext, cue: CueMatch): boolean {
  const head = ctx.tokens[cue.from]!;
  if (cue.from <= ctx.from) return false;
  const before = ctx.tokens[cue.from - 1]!;
  // Right after an article, whatever the tagger made of it: "a back door" backs nothing.
  if (ARTICLE_WORDS.has(before.norm)) return true;
  // "would not issue land permits": a noun after a verb's object, whatever the tagger made of it, heads that object.
  if (head.pos === 'VERB' && before.pos === 'NOUN' && cue.from - 2 >= ctx.from && ctx.tokens[cue.from - 2]!.pos === 'VERB') return true;
  // "The EU, which backs new sanctions": wink may tag the verb after a relative word a noun.
  if (head.pos !== 'NOUN' || before.norm === 'no' || RELATIVES.has(before.norm)) return false;
  return NOUN_PHRASE_BEFORE.has(before.pos) || POSSESSIVE_PRONOUNS.has(before.norm) || before.norm === "'s";
}

// Whether a verb follows a cue ending in "to" (adverbs may stand between): its "to" is an infinitive's.
function verbAfter(ctx: SentenceContext, cue: CueMatch, end: number): boolean {
  let k = cue.to;
  while (k < end && ctx.tokens[k]!.pos === 'ADV') k++;
  return k < end && ctx.tokens[k]!.pos === 'VERB';
}

// The words a cue's holder was looked for in, to name in `unread`: the
// speaker's for a cue the speaker holds ("a spokesperson"), else the noun
// phrase or pronoun right before the cue ("the drivers are ready to").
function holderWords(ctx: SentenceContext, cue: CueMatch, clause: Clause): string | undefined {
  if (cue.pattern.value.holder === 'speaker') return ctx.speakers[cue.from - ctx.from]?.name;
  const head = subjectHead(ctx, cue, clause);
  if (head === undefined) return undefined;
  // Quoted "we" is the speaker's: the words to name are those the speaker was found in ("a spokesperson").
  if (ctx.tokens[head]!.pos === 'PRON') return (FIRST_PERSON.has(ctx.tokens[head]!.norm) && ctx.quoted[head - ctx.from] ? ctx.speakers[head - ctx.from]?.name : undefined) ?? ctx.tokens[head]!.text;
  let k = head;
  while (k >= clause.from && (SUBJECT_WORDS.has(ctx.tokens[k]!.pos) || POSSESSIVE_PRONOUNS.has(ctx.tokens[k]!.norm) || ctx.tokens[k]!.norm === "'s")) k--;
  return k === head ? undefined : tokenText(ctx.tokens, k + 1, head + 1);
}

// The issues a clause's "who decides" cues set aside: those named in the
// matter to be decided ("territorial questions must be settled only by
// Kyiv"), and those named in the words of a cue where no actor decides
// ("settled only by peaceful means" says how, not who); and those a firm
// decision names in its own words ("... exclusively by Kyiv": who decides,
// as a red line).
function decidedIssues(ctx: SentenceContext, decisions: ReadonlyMap<CueMatch, Decision | undefined>): { aside: ReadonlySet<IssueMatch>; firmly: ReadonlySet<IssueMatch> } {
  if (decisions.size === 0) return { aside: new Set(), firmly: new Set() };
  const all = [...decisions];
  const within = (i: IssueMatch, s: { from: number; to: number }) => i.from >= s.from && i.to <= s.to;
  const aside = new Set(ctx.issues.filter((i) => all.some(([c, d]) => (d ? d.matter.some((m) => within(i, m)) : within(i, c)))));
  const firmly = new Set(ctx.issues.filter((i) => all.some(([c, d]) => d?.firm === true && i.from < c.to && i.to > c.from)));
  return { aside, firmly };
}

// The kind a cue gives its stance on one issue, before conditions and
// withdrawals: a demand naming who decides "exclusively" is a red line,
// and a cue of `againstKind` not denied ("ready to continue fighting") on a
// phrase naming the issue's opposite takes that kind.
// A phrase whose `-` is its subject's giving a thing up ("Moscow is ready
// to withdraw from Kherson"), or that names no going on with a fight
// ("ready to loosen the debt brake": a concession), is no threat: readiness
// for it is readiness to give ground (`givingUp`).
function kindOn(rule: CueRule, issue: IssueMatch, firm: boolean, denied: boolean, givingUp = false): { kind: StatementKind; rules: string[] } {
  if (firm && rule.kind === 'demand') return { kind: 'red-line', rules: ['red-line:who-decides'] };
  if (rule.againstKind && !denied && !givingUp && issue.pattern.value.polarity === '-') return { kind: rule.againstKind, rules: [`${rule.againstKind}:against-issue`] };
  return { kind: rule.kind, rules: [] };
}

// The speaker of a holder's stance: of several named together, the one
// who speaks for that holder ("Macron and Merz said": Merz for Germany).
function speakerFor(speaker: SpeakerRef | undefined, holder: string): SpeakerRef | undefined {
  if (!speaker?.also || speaker.actor === holder) return speaker;
  const other = speaker.also.find((o) => o.actor === holder);
  return other ? { ...other, rule: speaker.rule } : speaker;
}

const PLAIN_NEGATIONS = new Set(['not', "n't", 'never', 'no']);
const FUTURE = new Set(['will', "'ll", 'shall', 'would', "'d"]);

// "Kyiv warned (Russia) it would keep fighting", "..., warning it would
// continue the war": the warner's declared intent to do what a phrase of
// the issue's opposite names (a verb of polarity `-` that gives nothing up)
// is a threat against the issue, as a readiness to do it is
// (`threat:against-issue`), and a warning makes one (`threat:warned`). The
// clause's subject is a pronoun or the warner itself, "will" or "would"
// before the phrase, and no "not" between; the holder is the one who warns.
function warnedAgainst(ctx: SentenceContext, state: DiscourseState, clause: MainClause, covered: Set<IssueMatch>): Stance[] {
  const { tokens } = ctx;
  const modal = futureModal(ctx, clause);
  if (modal < 0) return [];
  const issue = issueAfterModal(ctx, modal, clause, covered);
  if (!issue || issue.pattern.value.polarity !== '-' || tokens[issue.from]!.pos !== 'VERB' || givesUp(ctx, issue)) return [];
  // The subject right before the modal, adverbs between.
  let s = modal - 1;
  while (s >= clause.from && tokens[s]!.pos === 'ADV') s--;
  if (s < ctx.from) return [];
  // The warning: ", warning (X) (that) it would", or "X warned (Y) (that) it would", no other verb between.
  let warn = -1;
  for (let k = s - 1; k >= Math.max(ctx.from, s - 6); k--) {
    const t = tokens[k]!;
    // wink may tag ", warning" a noun.
    if ((t.lemma === 'warn' && t.pos === 'VERB') || (t.norm === 'warning' && addedClause(ctx, k))) {
      warn = k;
      break;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.norm === ',') break;
  }
  if (warn < 0 || ctx.quoted[warn - ctx.from] !== ctx.quoted[modal - ctx.from]) return [];
  const added = addedClause(ctx, warn);
  const warner = added ? toHolders(findSubject(ctx, state, warn, ctx.from, {}), state, 'subject.saying-participle') : toHolders(findSubject(ctx, state, warn, clause.from, {}), state, 'subject');
  if (!warner) return [];
  // "warning Russia it would ...": "it" is the warner; a subject named is another party, unless it is the warner.
  const subj = tokens[s]!;
  const pronoun = subj.pos === 'PRON' && /^(?:it|we|they)$/.test(subj.norm);
  const named = ctx.actors.find((a) => a.to === s + 1);
  if (!pronoun && !(named && warner.actors.includes(representedActor(named.actor, state.date) ?? ''))) return [];
  covered.add(issue);
  const speaker = ctx.speakers[modal - ctx.from];
  return modalStances(warner.actors, issue, 'threat', issue.pattern.value.polarity, speaker, ['cue:threat.warned', `holder:${warner.rule}`, 'scope:right', 'threat:against-issue', 'threat:warned']);
}

// Kinds a condition refused turns into a threat.
const THREATENING = new Set<StatementKind>(['demand', 'support', 'commit', 'propose']);

// Acts of pressure: what a party does to make another give way (a strike, a walkout, a boycott, a blockade, a case in
// court, a veto, sanctions, retaliation), by their words' lemmas.
// Going to law by its other names too ("would launch a legal challenge if X", "seek a judicial review", "take it to
// arbitration", "an injunction"), which read as an undertaking under a condition (a leftover of stop 52).
const PRESSURE_WORDS: ReadonlySet<string> = new Set(['strike', 'walkout', 'stoppage', 'boycott', 'blockade', 'court', 'courts', 'lawsuit', 'litigation', 'sue', 'legal', 'judicial', 'arbitration', 'injunction', 'veto', 'sanction', 'sanctions', 'retaliate', 'retaliation', 'retaliatory', 'picket', 'occupation']);

// Whether an act of pressure is named in the words from `from` to `to`: "walk out" as its two words.
function pressureIn(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k]!;
    if (PRESSURE_WORDS.has(t.lemma) || PRESSURE_WORDS.has(t.norm)) return true;
    if (t.lemma === 'walk' && ctx.tokens[k + 1]?.norm === 'out') return true;
  }
  return false;
}

// "reserves the right to", "reserved its right to" right before the cue.
function reservedRight(ctx: SentenceContext, cue: CueMatch, floor: number): boolean {
  const k = cue.from - 1;
  return k - 3 >= floor && ctx.tokens[k]!.norm === 'to' && ctx.tokens[k - 1]!.norm === 'right' && (ctx.tokens[k - 2]!.norm === 'the' || POSSESSIVE_PRONOUNS.has(ctx.tokens[k - 2]!.norm)) && ctx.tokens[k - 3]!.lemma === 'reserve';
}

// "Washington will impose new sanctions otherwise", "Otherwise, Kyiv will
// ...", "..., otherwise Washington will ...": "otherwise" at the start or the
// end of a clause stands for a condition refused (what was asked before is
// not done), which the stance is on: a threat, with a condition this
// reading does not name.
function otherwiseIn(ctx: SentenceContext, clause: Clause): boolean {
  const { tokens } = ctx;
  let first = clause.from;
  while (first < clause.to && (tokens[first]!.pos === 'PUNCT' || tokens[first]!.pos === 'CCONJ')) first++;
  let last = clause.to - 1;
  while (last > first && tokens[last]!.pos === 'PUNCT') last--;
  // ", or else it will ...": "or" is passed over as a conjunction.
  return tokens[first]?.norm === 'otherwise' || (tokens[first]?.norm === 'else' && tokens[first - 1]?.norm === 'or') || (tokens[last]?.norm === 'otherwise' && tokens[last - 1]?.norm !== 'or');
}

// What a resumed predicate with no cue commits to is not conditioned: "... if Y and will resume talks".
const RESUMED = { conditions: [], threat: false, rules: ['commit.resumed'], lifts: false } as const;

// Verbs by which a thing announced comes about: "the talks will begin", "the strike would go ahead", "the cranes will
// enter service", "the deal will take effect"; and in the passive, "would be commissioned", "will be held".
const COMING_ABOUT = new Set(['begin', 'start', 'resume', 'proceed', 'open', 'go', 'take', 'enter', 'launch', 'commence']);
const COME_ABOUT_PARTICIPLES = new Set(['held', 'signed', 'implemented', 'commissioned', 'introduced', 'launched', 'completed', 'installed', 'opened', 'resumed', 'imposed', 'published', 'sent', 'enforced', 'applied', 'collected', 'built', 'created', 'established', 'released', 'granted', 'extended', 'raised', 'increased', 'reinstated', 'restored', 'lodged', 'filed', 'submitted', 'tabled', 'presented', 'renewed', 'paid', 'funded', 'deployed', 'ratified', 'adopted', 'approved', 'enacted', 'passed', 'delivered', 'provided', 'offered']);
// The words after the verb that make it come about, where one must: "go ahead", "take effect", "enter service".
const COMING_ABOUT_WITH: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['go', new Set(['ahead'])],
  ['take', new Set(['effect', 'place'])],
  ['enter', new Set(['service', 'force', 'operation'])],
]);

// The issue named right before a future modal whose verb makes it come about ("the strike would go ahead", "its
// first cranes will begin operating", "the talks will be held"): what the clause announces will happen.
function comesAbout(ctx: SentenceContext, modal: number, clause: Clause): IssueMatch | undefined {
  const { tokens } = ctx;
  let s = modal - 1;
  while (s >= clause.from && tokens[s]!.pos === 'ADV') s--;
  const issue = ctx.issues.find((i) => i.to === s + 1 && i.from >= clause.from);
  if (issue === undefined) return undefined;
  let v = modal + 1;
  while (v < clause.to && (tokens[v]!.pos === 'ADV' || NEGATIONS.has(tokens[v]!.norm))) v++;
  const verb = tokens[v];
  if (verb === undefined) return undefined;
  if (verb.norm === 'be') return COME_ABOUT_PARTICIPLES.has(tokens[v + 1]?.norm ?? '') ? issue : undefined;
  if (!COMING_ABOUT.has(verb.lemma)) return undefined;
  const needs = COMING_ABOUT_WITH.get(verb.lemma);
  return needs === undefined || needs.has(tokens[v + 1]?.norm ?? '') ? issue : undefined;
}

// An issue named right before a verb of coming about in the present ("the strike starts", "the tariffs take effect",
// "the walkout goes ahead"), the verb's words after it where it needs them: the issue and the verb.
function presentComingAbout(ctx: SentenceContext, clause: Clause): { issue: IssueMatch; verb: number } | undefined {
  for (const issue of ctx.issues) {
    if (issue.from < clause.from || issue.to >= clause.to) continue;
    const verb = ctx.tokens[issue.to]!;
    if (verb.pos !== 'VERB' || verbForm(verb) !== 's' || !COMING_ABOUT.has(verb.lemma)) continue;
    const needs = COMING_ABOUT_WITH.get(verb.lemma);
    if (needs === undefined || needs.has(ctx.tokens[issue.to + 1]?.norm ?? '')) return { issue, verb: issue.to };
  }
  return undefined;
}

// The actor a thing announced is done to: "would be imposed on Russia", "would be applied against Meridian's
// exporters" (the name right after "on" or "against" after the participle, "the" allowed).
function doneTo(ctx: SentenceContext, modal: number, to: number): SentenceContext['actors'][number] | undefined {
  let k = modal + 1;
  while (k < to && !COME_ABOUT_PARTICIPLES.has(ctx.tokens[k]!.norm)) k++;
  const prep = ctx.tokens[k + 1];
  if (k >= to || prep === undefined || (prep.norm !== 'on' && prep.norm !== 'against')) return undefined;
  return ctx.actors.find((a) => a.from === k + 2 || (a.from === k + 3 && ctx.tokens[k + 2]!.norm === 'the'));
}

// "Halden said its first cranes would begin operating in January", "Moscow said the talks will be held on
// Monday": a clause with no cue that announces a thing will come about is the announcer's undertaking (denied,
// "would not go ahead", against it), the one who says it or whose quote it is.
function announcedEvent(ctx: SentenceContext, state: DiscourseState, clause: MainClause, covered: Set<IssueMatch>): Stance[] {
  const modal = futureModal(ctx, clause);
  if (modal < 0) return [];
  const issue = comesAbout(ctx, modal, clause);
  if (issue === undefined || covered.has(issue)) return [];
  const speaker = ctx.speakers[modal - ctx.from];
  const quoted = ctx.quoted[modal - ctx.from] === true;
  const announcer = quoted ? (speaker?.actor !== undefined ? { actors: [speaker.actor], rule: 'speaker' } : undefined) : sayerBefore(ctx, state, issue.from, clause);
  if (announcer === undefined || announcer.actors.length === 0) return [];
  // "Peskov said new sanctions would be imposed on Russia": done to the one who says so, it is no undertaking of theirs.
  const target = doneTo(ctx, modal, clause.to);
  if (target !== undefined && announcer.actors.includes(representedActor(target.actor, state.date) ?? '')) return [];
  covered.add(issue);
  const denied = deniedModal(ctx, modal, clause.to);
  return modalStances(announcer.actors, issue, 'commit', times(issue.pattern.value.polarity, denied ? '-' : '+'), speaker, ['cue:commit.announced', `holder:${announcer.rule}`, 'scope:left-of-modal', ...(denied ? ['negation:before-cue'] : [])]);
}

// The stances of a clause with no cue, read from its modal (warned, announced, said it would): one per holder,
// unconditioned, weaker than a cue's.
function modalStances(holders: ReadonlyArray<string>, issue: IssueMatch, kind: StatementKind, polarity: Polarity, speaker: SpeakerRef | undefined, rules: string[]): Stance[] {
  return holders.map((h) => ({ holder: h, issue: issue.pattern.value.issue, kind, polarity, conditions: [], ...(speaker ? { speaker } : {}), confidence: 0.6, rules, provisional: false }));
}

// "The union said it would strike", '"We will disarm," Kell said': an issue the lexicon names by its own verb,
// right after "will" or "would", with the one who says it (or "we") for subject, is that one's undertaking (denied,
// it is read by `reject.will-not-do`). Another's subject ("said Russia would withdraw") is a report, no undertaking.
function saidItWould(ctx: SentenceContext, state: DiscourseState, clause: MainClause, covered: Set<IssueMatch>): Stance[] {
  const { tokens } = ctx;
  const modal = futureModal(ctx, clause);
  if (modal <= clause.from) return [];
  const issue = issueAfterModal(ctx, modal, clause, covered);
  const pronoun = tokens[modal - 1]!;
  // "In return, Vantrell will guarantee 2,400 jobs", "Under the agreement, the region will waive X" (reviews of plant and
  // tunnel deals): in a sentence that tells a deal's terms, a party named right before "will" undertakes what the verb
  // after it names, the thing or its undoing ("would" tells what might; "Trump will meet Putin on Friday", with no deal
  // told, is an event foretold).
  const byName = ctx.actors.find((a) => a.to === modal && a.via === 'name');
  const speaker = ctx.speakers[modal - ctx.from];
  // "Amory said ... and that the council would ring-fence the revenue": the body the one quoted speaks for, named.
  const own = byName !== undefined && speaker?.actor !== undefined && !speaker.unnamed && representedActor(byName.actor, state.date) === speaker.actor;
  const deal = byName !== undefined && (tokens[modal]!.norm === 'will' || tokens[modal]!.norm === 'shall') && tellsDeal(ctx);
  const named = own || deal;
  // Of the thing itself: "would continue the war" (a phrase of its opposite) said without a warning states nothing, as
  // it does of the body the one quoted speaks for; the terms of a deal may undo a thing ("will waive the repayment").
  if (issue === undefined || (issue.pattern.value.polarity !== '+' && !deal) || (tokens[issue.from]!.pos !== 'VERB' && tokens[issue.from]!.pos !== 'NOUN') || givesUp(ctx, issue)) return [];
  // "fishermen will lose access": what befalls a party is none of its undertakings.
  if (named && (UNDERGOING.has(tokens[issue.from]!.lemma) || SUFFERING_VERBS.has(tokens[issue.from]!.lemma))) return [];
  if (!named && !/^(?:it|they|we)$/.test(pronoun.norm)) return [];
  // "I never said we would overrule": not said.
  if (modal - 2 >= ctx.from && unsaid(ctx, modal - 2, ctx.from)) return [];
  const subject = toHolders(findSubject(ctx, state, modal, clause.from, { skip: passedOver(clause) }), state, 'subject');
  if (subject === undefined || (!named && !/sayer|self/.test(subject.rule))) return [];
  covered.add(issue);
  // 'would walk out "the same day" if ...', 'would return to court "in a heartbeat" if ...': an act of pressure on a
  // condition the clauses did not attach (a quote between) is held over it, as one attached is (see `pressureIn`).
  const pressure = pressureIn(ctx, modal + 1, issue.to) && ctx.tokens.slice(issue.to, ctx.to).some((t) => t.norm === 'if' || t.norm === 'unless');
  return modalStances(subject.actors, issue, pressure ? 'threat' : 'commit', issue.pattern.value.polarity, speaker, [named ? 'cue:commit.will-do' : 'cue:commit.said-it-would', `holder:${subject.rule}`, 'scope:right', ...(pressure ? ['threat:pressure'] : [])]);
}

// Whether the words at `from` (past adverbs) go to law: a cue of going there ("go to court", "take X to arbitration"),
// "sue" or "litigate", or a verb of starting one ("launch", "file", "bring", "pursue") before its name ("a legal
// challenge", "a lawsuit", "a judicial review", "legal action").
// Whether a cue told with "will" or "would" has a plan or a text for its subject: "The draft would create X", "a
// proposal on the table that would impose X", "The proposal, set out in a notice, would also create X" (the head noun
// of the subject, or the noun a "that" or "which" right before the modal stands for, within a few words).
function planWouldDo(ctx: SentenceContext, cue: CueMatch, clauseFrom: number): boolean {
  const { tokens } = ctx;
  if (!FUTURE.has(tokens[cue.from]!.norm)) return false;
  let k = cue.from - 1;
  while (k >= ctx.from && tokens[k]!.pos === 'ADV') k--;
  if (k < ctx.from) return false;
  const isPlan = (j: number) => tokens[j]!.pos === 'NOUN' && (PLAN_WORDS.has(tokens[j]!.lemma) || PLAN_TEXTS.has(tokens[j]!.lemma));
  // After "that" or "which": the noun it stands for, back past a place ("a proposal on the table that").
  if (tokens[k]!.norm === 'that' || tokens[k]!.norm === 'which') {
    for (let j = k - 1; j >= Math.max(ctx.from, k - 5); j--) {
      if (isPlan(j)) return true;
      if (tokens[j]!.pos === 'VERB') return false;
    }
    return false;
  }
  // Else the head of the subject, past an aside set off by commas ("The proposal, set out in a notice, would").
  if (tokens[k]!.norm === ',') k = (asideOpening(ctx, k) ?? k) - 1;
  return k >= Math.max(ctx.from, clauseFrom) && isPlan(k);
}
// Texts put forward besides plans: "the offer", "a consultation paper", "the bill", "the notice".
const PLAN_TEXTS = new Set(['offer', 'paper', 'bill', 'text', 'document', 'notice', 'decree', 'ordinance', 'code', 'proposals']);

// Whether a cue opens the infinitive after "ask the court(s) to", "asked a judge to": see `commit.go-to-law`.
function askedOfCourt(ctx: SentenceContext, cue: CueMatch): boolean {
  const to = cue.from - 1;
  return to > ctx.from && ctx.tokens[to]!.norm === 'to' && ctx.cues.some((c) => c.to === to && c.pattern.value.id === 'commit.go-to-law' && ctx.tokens[c.from]!.lemma === 'ask');
}

function goesToLaw(ctx: SentenceContext, from: number, to: number): boolean {
  let k = from;
  while (k < to && ctx.tokens[k]!.pos === 'ADV') k++;
  if (k >= to) return false;
  if (ctx.cues.some((c) => c.from === k && c.pattern.value.id === 'commit.go-to-law')) return true;
  const t = ctx.tokens[k]!;
  if (t.lemma === 'sue' || t.lemma === 'litigate') return true;
  if (!LAUNCHING.has(t.lemma)) return false;
  for (let j = k + 1; j < to && j <= k + 4; j++) {
    const w = ctx.tokens[j]!.norm;
    if (LAW_NOUNS.has(w) || ((w === 'legal' || w === 'judicial') && /^(?:challenge|challenges|action|review|proceedings)$/.test(ctx.tokens[j + 1]?.norm ?? ''))) return true;
  }
  return false;
}
const LAUNCHING: ReadonlySet<string> = new Set(['launch', 'file', 'bring', 'mount', 'pursue', 'start', 'take', 'seek', 'lodge']);
const LAW_NOUNS: ReadonlySet<string> = new Set(['lawsuit', 'lawsuits', 'litigation', 'injunction', 'arbitration', 'suit']);

// The issue "but not" sets beside a cue's last object ("X but not Y", "X, but not with Y"): not a time or a condition
// ("but not before X", "but not if X"), and the thing itself right after, its article and adjectives between.
const BUT_NOT_KINDS: ReadonlySet<StatementKind> = new Set(['accept', 'support', 'agree']);
function butNotIssue(ctx: SentenceContext, scoped: ReadonlyArray<IssueMatch>, from: number, to: number): IssueMatch | undefined {
  // Past the object, what it is of or for ("a flexible target for migration"), quoted or not: no verb, no clause.
  let k = Math.max(from, ...scoped.map((i) => i.to));
  for (const stop = k + 8; k < to && k < stop && ctx.tokens[k]!.norm !== 'but'; k++) {
    const t = ctx.tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || (t.pos === 'PUNCT' && t.norm !== ',' && !QUOTATION_MARKS.has(t.norm)) || (t.norm === ',' && ctx.tokens[k + 1]?.norm !== 'but')) return undefined;
  }
  if (!(k + 2 < to && ctx.tokens[k]!.norm === 'but' && ctx.tokens[k + 1]!.norm === 'not')) return undefined;
  k += 2;
  if (/^(?:with|to|on|for)$/.test(ctx.tokens[k]!.norm)) k++;
  for (let j = k; j < to && j <= k + 3; j++) {
    const issue = ctx.issues.find((i) => i.from === j);
    if (issue !== undefined) return issue;
    const t = ctx.tokens[j]!;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM') return undefined;
  }
  return undefined;
}

// Whether a sentence tells the terms of a deal: it names one ("under the agreement", "as part of the deal", "a letter of
// intent under which") or what is given for what ("in return", "in exchange").
function tellsDeal(ctx: SentenceContext): boolean {
  for (let k = ctx.from; k < ctx.to; k++) {
    const t = ctx.tokens[k]!;
    if (DEAL_WORDS.has(t.lemma)) return true;
    if ((t.norm === 'return' || t.norm === 'exchange') && ctx.tokens[k - 1]?.norm === 'in') return true;
  }
  return false;
}
const DEAL_WORDS: ReadonlySet<string> = new Set(['agreement', 'deal', 'accord', 'pact', 'compromise', 'settlement', 'intent']);

// Who says the clause that starts near `at`: "X said (that) ...", "X has announced ...", the verb of saying right
// before the clause's subject (its determiners and adjectives passed over).
function sayerBefore(ctx: SentenceContext, state: DiscourseState, at: number, clause: Clause): Holders | undefined {
  let k = at - 1;
  while (k >= ctx.from && (SUBJECT_WORDS.has(ctx.tokens[k]!.pos) || POSSESSIVE_PRONOUNS.has(ctx.tokens[k]!.norm)) && !insideAny(ctx.actors, k)) k--;
  if (k >= ctx.from && ctx.tokens[k]!.norm === 'that') k--;
  const verb = ctx.tokens[k];
  if (verb === undefined || verb.pos !== 'VERB' || !ANNOUNCING.has(verb.lemma)) return undefined;
  return toHolders(findSubject(ctx, state, k, Math.min(clause.from, k), {}), state, 'subject.announcer');
}
const ANNOUNCING = new Set(['say', 'announce', 'confirm', 'state', 'declare', 'tell']);

// Whether the modal at `modal` is denied right after it ("would not", "will never", "won't").
function deniedModal(ctx: SentenceContext, modal: number, to: number): boolean {
  let k = modal + 1;
  while (k < to && ctx.tokens[k]!.pos === 'ADV' && !NEGATIONS.has(ctx.tokens[k]!.norm)) k++;
  return k < to && NEGATIONS.has(ctx.tokens[k]!.norm);
}

// "The union will return to work once the offer is confirmed": a clause
// with no cue, conditioned, whose subject says it will do what an issue
// names, commits to it on the condition.
function conditionalCommitments(
  ctx: SentenceContext,
  state: DiscourseState,
  clause: MainClause,
  attached: { readonly conditions: ReadonlyArray<Condition>; readonly threat: boolean; readonly rules: ReadonlyArray<string>; readonly lifts: boolean },
  covered: Set<IssueMatch>,
  misses: Miss[] | undefined,
  placed: WeakSet<Condition> = new WeakSet(),
  threatened?: number,
): Stance[] {
  // (A threat of an act, "threatened to sue", stands for the modal: the act is what the party would do.)
  let modal = threatened ?? futureModal(ctx, clause);
  // "Moscow faces new sanctions if it rejects X": said in the present, as "would face" is.
  const faces = modal < 0 ? presentSuffering(ctx, clause.from, clause.to) : undefined;
  if (faces !== undefined) modal = faces;
  // '"If X, the strike starts the same day"': a thing that comes about, told in the present on a condition, as with
  // "will" (it read nothing: the negotiations' misses, stop 54).
  const present = modal < 0 && attached.conditions.length > 0 ? presentComingAbout(ctx, clause) : undefined;
  if (present !== undefined) modal = present.verb;
  if (modal < 0 || ctx.quoted[modal - ctx.from] !== ctx.quoted[clause.from - ctx.from]) return [];
  const subject =
    toHolders(findSubject(ctx, state, modal, clause.from, { skip: passedOver(clause) }), state, 'subject') ??
    // "... and will resume talks": the subject of the clause the predicate resumes.
    (clause.resumes && !clause.ownSubject ? toHolders(findSubject(ctx, state, clause.from, ctx.from, { skip: passedOver(clause) }), state, 'subject.earlier-clause') : undefined);
  // "Russia would face new sanctions if it refused a ceasefire", Trump warned:
  // the subject suffers what the issue names; it is the speaker who acts,
  // or the one who warns of it ("Washington backed X, warning Moscow would face Y if Z").
  const suffered = faces !== undefined || suffersAfter(ctx, modal + 1, clause.to);
  const speakerActors = suffered ? speakerHoldersAt(ctx, modal) ?? sayingSubject(ctx, state, clause) : undefined;
  // "the strike would go ahead unless ...": the thing that will come about, named before the modal.
  const happening = present?.issue ?? comesAbout(ctx, modal, clause);
  // "The union said that if X, the strike would begin at once": a thing that comes about has no subject that is a party;
  // the one who says so undertakes it (it read nothing: the negotiations' misses, stop 54).
  const holders = suffered ? (speakerActors && !speakerActors.actors.some((a) => subject?.actors.includes(a)) ? speakerActors : undefined) : subject ?? (happening !== undefined ? speakerHoldersAt(ctx, modal) ?? sayingSubject(ctx, state, clause) : undefined);
  if (!holders) {
    misses?.push({ reason: 'no-holder', cue: 'commit.conditional' });
    return [];
  }
  const issues = happening && !covered.has(happening) ? [happening] : uniqueIssues(issuesIn(ctx, modal + 1, clause.to).filter((i) => !covered.has(i)));
  const speaker = ctx.speakers[modal - ctx.from];
  // "Labour would walk out if the Greens introduced a wealth tax", "would table a censure motion if the government
  // pushed the bill through": an act of pressure that names no issue, held over what the condition names, is a threat
  // against that (stop 56: these read nothing).
  if (issues.length === 0 && !suffered && happening === undefined && heldOver(ctx, modal, clause, attached, threatened !== undefined)) {
    return attached.conditions.flatMap((c) => holders.actors.map((h) => ({
      holder: h,
      issue: c.issue,
      kind: 'threat' as const,
      polarity: flip(c.polarity),
      conditions: [],
      ...(speaker ? { speaker } : {}),
      confidence: 0.6,
      rules: ['cue:threat.pressure-if', `holder:${holders.rule}`, ...attached.rules],
      provisional: false,
    })));
  }
  // (On terms, an act denied or one of pressure refuses what they name: "would withhold the permits for as long as X".)
  const onTerms = attached.rules.some((r) => TERM_MARKERS.has(r));
  const refused = onTerms && (deniedModal(ctx, modal, clause.to) || threatened !== undefined || pressingIn(ctx, modal + 1, clause.to));
  const out: Stance[] = suffered || refused ? [] : unlessDemanded(attached, holders, speaker, issues.map((i) => i.pattern.value.issue), placed);
  if (issues.length === 0 && out.length === 0) misses?.push({ reason: 'no-issue', cue: 'commit.conditional' });
  // "Sundara would not contribute to the fund if the text imposed X": what a party will not do if another acts
  // is held over that act, a threat (with "unless" the "not" is the condition's, and the clause commits).
  const withheld = !attached.threat && !attached.lifts && !suffered && deniedModal(ctx, modal, clause.to);
  for (const issue of issues) {
    covered.add(issue);
    const local = times(times(negationParity(ctx, modal + 1, issue.from, [], attached.lifts), undoneAfter(ctx, issue, clause.to)), negatedWithin(ctx, issue));
    const polarity = times(issue.pattern.value.polarity, local);
    // (What is not ended is promised: "would not end the aid if ...".)
    // An act of pressure undertaken if another acts ("If the board adopts this plan, we will walk out") is a threat too.
    // ("the strike would go ahead if X": the act of pressure named before the modal, as the thing that comes about.)
    const pressure = !attached.threat && !withheld && !suffered && polarity === '+' && attached.rules.includes('condition.marker:if') && (pressureIn(ctx, modal + 1, issue.to) || (issue === happening && pressureIn(ctx, issue.from, issue.to)));
    const threat = attached.threat || (withheld && polarity === '-') || pressure;
    for (const h of holders.actors) {
      out.push({
        holder: h,
        issue: issue.pattern.value.issue,
        kind: threat ? 'threat' : 'commit',
        polarity,
        conditions: [...attached.conditions],
        ...(speaker ? { speaker } : {}),
        confidence: 0.6,
        rules: ['cue:commit.conditional', `holder:${holders.rule}`, 'scope:right', ...(local === '-' ? ['negation:in-scope'] : []), ...attached.rules, ...(pressure ? ['threat:pressure'] : threat && !attached.threat ? ['threat:withheld'] : [])],
        provisional: false,
      });
    }
  }
  return out;
}

// "would strike unless the board offered a pay rise", "would not sign unless X": what a party's own act waits on,
// marked "unless", is what it asks for, whatever the act (the negotiations' misses: it read nothing, or only the act).
// The condition holds its issue flipped ("unless X" is "if not X"), so the demand is of the opposite polarity, but where
// a "not" before it was the condition's ("would not sign unless X" is "would sign only if X", `lifts`) it holds X as
// asked. An issue the act names itself is the act's, not asked for. Only where every condition is marked "unless":
// with "if" beside it the two cannot be told apart.
function unlessDemanded(
  attached: { readonly conditions: ReadonlyArray<Condition>; readonly rules: ReadonlyArray<string>; readonly lifts: boolean },
  holders: Holders,
  speaker: Stance['speaker'] | undefined,
  named: ReadonlyArray<string>,
  placed: WeakSet<Condition>,
): Stance[] {
  const markers = attached.rules.filter((r) => r.startsWith('condition.marker:'));
  const unless = markers.length > 0 && markers.every((r) => r === 'condition.marker:unless');
  const terms = markers.length > 0 && markers.every((r) => TERM_MARKERS.has(r));
  if (!unless && !terms) return [];
  const asked = attached.conditions.filter((c, i, all) => !named.includes(c.issue) && !placed.has(c) && all.findIndex((d) => d.issue === c.issue) === i);
  return asked.flatMap((c) => holders.actors.map((h) => ({
    holder: h,
    issue: c.issue,
    kind: 'demand' as const,
    polarity: terms || attached.lifts ? c.polarity : flip(c.polarity),
    conditions: [],
    ...(speaker ? { speaker } : {}),
    confidence: 0.6,
    rules: [terms ? 'cue:demand.on-terms' : 'cue:demand.held-unless', `holder:${holders.rule}`, ...attached.rules],
    provisional: false,
  })));
}

// The markers of a term the holder sets on its own act ("would lend the money on condition that X", "would back the
// move only if X", "provided X"): what it names is asked for as named (see `unlessDemanded`).
const TERM_MARKERS = new Set(['only if', 'provided that', 'on condition that', 'on the condition that', 'provided|providing', 'as long as', 'so long as', 'contingent upon|on', 'conditional upon|on'].map((m) => `condition.marker:${m}`));

// "wants a share of the revenue for as long as the mine operates", "a clause that runs at least as long as the bonds":
// "as long as" after "for" or "at least" says how long a thing is to last, not a term the holder sets on it, and what
// it names is not asked for (two wrong readings of the negotiations, none right: stop 58). An act of pressure kept up
// so long is still a threat against it (`heldOver`).
function lastingFor(ctx: SentenceContext, clause: Clause): boolean {
  if (clause.condition?.marker.phrase !== 'as long as') return false;
  const before = ctx.tokens[clause.from - 1];
  return clause.from > ctx.from && before !== undefined && (before.norm === 'for' || (before.norm === 'least' && ctx.tokens[clause.from - 2]?.norm === 'at'));
}

// Prepositions that name where an act is done or what it is taken from, not what it is (see `placed`).
const PLACING = new Set(['into', 'from', 'in', 'inside', 'within', 'at', 'on', 'onto']);
const MODIFYING = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

// Whether the words before `at`, past up to four of its determiners and modifiers ("into the tender", "from both the
// freeze", "from its news bargaining bill"), are one of PLACING.
function placedAfter(ctx: SentenceContext, from: number, at: number): boolean {
  let k = at - 1;
  while (k > from && k >= at - 4 && (MODIFYING.has(ctx.tokens[k]!.pos) || ctx.tokens[k]!.norm === 'both' || POSSESSIVE_PRONOUNS.has(ctx.tokens[k]!.norm))) k--;
  return k >= from && PLACING.has(ctx.tokens[k]!.norm);
}

// Whether an act of pressure after the modal ("would walk out", "would table a censure motion", "would blockade the
// port") is held over a condition marked "if" or "unless" that names an issue, and not denied. One kept up "as long as"
// a thing holds ("would withhold its votes for as long as the Greens kept the wealth tax") is held over it as one "if"
// it holds is, warned of or not: a threat that lasts while its trigger does, not a term asked for (it asked for the
// wealth tax: stop 57's readings).
function heldOver(ctx: SentenceContext, modal: number, clause: Clause, attached: { readonly conditions: ReadonlyArray<Condition>; readonly rules: ReadonlyArray<string>; readonly threat: boolean }, threatened = false): boolean {
  const lasting = attached.rules.some((r) => LASTING.has(r));
  if (attached.conditions.length === 0 || (attached.threat && !lasting) || !(lasting || attached.rules.some((r) => r === 'condition.marker:if' || r === 'condition.marker:unless'))) return false;
  if (deniedModal(ctx, modal, clause.to)) return false;
  return threatened || pressingIn(ctx, modal + 1, clause.to);
}

// The "to" of a threat of an act that names no issue ("threatened to sue", "threatens to walk out"), not denied, or
// undefined: the act threatened is what the party would do (see `conditionalCommitments`).
function bareThreat(ctx: SentenceContext, cue: CueMatch, clause: Clause): number | undefined {
  if (cue.pattern.value.id !== 'threat.verb' || ctx.tokens[cue.to]?.norm !== 'to' || ctx.tokens[cue.to + 1]?.pos !== 'VERB') return undefined;
  if (issuesIn(ctx, cue.to, clause.to).length > 0) return undefined;
  for (let k = Math.max(clause.from, cue.from - 3); k < cue.from; k++) if (PLAIN_NEGATIONS.has(ctx.tokens[k]!.norm)) return undefined;
  return cue.to;
}

// Whether an act of pressure is named in `[from, to)`, one of `PRESSURE_WORDS` or of `PRESSING_ACTS`.
function pressingIn(ctx: SentenceContext, from: number, to: number): boolean {
  if (pressureIn(ctx, from, to)) return true;
  for (let k = from; k < to; k++) if (PRESSING_ACTS.has(ctx.tokens[k]!.lemma)) return true;
  return false;
}
// Acts of pressure besides those of `PRESSURE_WORDS`: a motion of censure, quitting, withholding (votes, permits).
const PRESSING_ACTS = new Set(['censure', 'quit', 'withhold']);
// The markers of a term that lasts: the act holds while the thing does.
const LASTING = new Set(['as long as', 'so long as'].map((m) => `condition.marker:${m}`));

// Verbs by which the subject undergoes what their object names: "would face
// sanctions", "risks new sanctions", "will incur penalties".
const SUFFERING_VERBS = new Set(['face', 'risk', 'incur', 'suffer']);

// Whether the verb right after a modal (adverbs between) is one of SUFFERING_VERBS.
function suffersAfter(ctx: SentenceContext, from: number, to: number): boolean {
  let k = from;
  while (k < to && ctx.tokens[k]!.pos === 'ADV') k++;
  return k < to && ctx.tokens[k]!.pos === 'VERB' && SUFFERING_VERBS.has(ctx.tokens[k]!.lemma);
}

// A verb of SUFFERING_VERBS in the present, in `[from, to)` ("faces",
// "risks"): its position, or undefined.
function presentSuffering(ctx: SentenceContext, from: number, to: number): number | undefined {
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k]!;
    if (t.pos === 'VERB' && SUFFERING_VERBS.has(t.lemma) && t.norm !== t.lemma && t.norm.endsWith('s')) return k;
  }
  return undefined;
}

// The subject of the clause before a participle of saying that opens
// `clause` (", warning Moscow would face sanctions if ..."): the one who
// says it, as a speaker would be.
function sayingSubject(ctx: SentenceContext, state: DiscourseState, clause: Clause): Holders | undefined {
  if (!addedClause(ctx, clause.from)) return undefined;
  return toHolders(findSubject(ctx, state, clause.from, ctx.from, {}), state, 'subject.saying-participle');
}

// The actors of the speaker at a token, with those named with them.
function speakerHoldersAt(ctx: SentenceContext, k: number): Holders | undefined {
  const speaker = ctx.speakers[k - ctx.from];
  if (!speaker?.actor) return undefined;
  return { actors: [...new Set([speaker.actor, ...(speaker.also ?? []).flatMap((o) => (o.actor ? [o.actor] : []))])], rule: 'speaker' };
}

const HYPOTHETICAL = new Set(['would', 'could', 'might', 'may', 'can', "'d"]);

// The cues of a clause whose stance a withdrawal phrase before them withdraws
// ("no longer insists on", "dropped its demand for", "has ceased to demand"),
// or that "not ... any longer" does. A cue that is the object of another cue
// verb is read through that verb ("refused to drop its demand"), as always.
function withdrawals(
  ctx: SentenceContext,
  cues: ReadonlyArray<CueMatch>,
  objectOf: ReadonlyMap<CueMatch, CueMatch>,
  clause: Clause,
  phrases: ReadonlyArray<PhraseMatch<string>>,
): Map<CueMatch, Withdrawal> {
  const out = new Map<CueMatch, Withdrawal>();
  for (const cue of cues) {
    const rule = cue.pattern.value;
    if (rule.order || rule.kind === 'hedge' || rule.holder === 'speaker') continue;
    const w = [...phrases].reverse().find((p) => p.to <= cue.from && leadsTo(ctx, p.to, cue.from));
    const governor = objectOf.get(cue);
    if (governor) {
      // "agreed to drop their demand for X" withdraws the demand; "refused to drop it" keeps it standing.
      const made = w && governor.to <= w.from && leadsTo(ctx, governor.to, w.from) ? governedWithdrawal(ctx, governor, clause.from) : undefined;
      if (made) out.set(cue, { phrase: w!.pattern.value, effect: made, governor });
      continue;
    }
    if (w) out.set(cue, { phrase: w.pattern.value, effect: withdrawalEffect(ctx, w.from, clause.from) });
    else if (negatedBefore(ctx, cue, clause.from) && anyLonger(ctx, cue.to, clause.to)) out.set(cue, { phrase: 'not any longer', effect: 'retract' });
    else {
      const after = withdrawnAfter(ctx, cue, clause.to);
      if (after !== undefined) out.set(cue, { phrase: ctx.tokens[after.participle]!.norm, effect: 'retract', at: after.at });
    }
  }
  return out;
}

// "its threat of new sanctions had been withdrawn", "their demand for X was dropped" (the negotiations' misses, stop 55:
// the threat was read as made): a stance named by its noun, owned, said in the passive to be taken back right after its
// object, before any other verb of the clause. Where the passive opens, and its participle.
function withdrawnAfter(ctx: SentenceContext, cue: CueMatch, to: number): { at: number; participle: number } | undefined {
  const first = ctx.tokens[cue.from]!;
  const ownedBefore = cue.from > ctx.from && (POSSESSIVE_PRONOUNS.has(ctx.tokens[cue.from - 1]!.norm) || ctx.tokens[cue.from - 1]!.norm === "'s");
  const ownedWithin = POSSESSIVE_PRONOUNS.has(first.norm) && ctx.tokens[cue.from + 1]?.pos === 'NOUN';
  if (!(ownedWithin || (ownedBefore && first.pos === 'NOUN'))) return undefined;
  for (let k = cue.to; k + 1 < to && k < cue.to + 12; k++) {
    const t = ctx.tokens[k]!;
    // "had been withdrawn", "has been dropped", "was shelved".
    const aux = PASSIVE_AUX.has(t.norm) ? k : HAVE_FORMS.has(t.norm) && ctx.tokens[k + 1]?.norm === 'been' ? k : -1;
    if (aux >= 0) {
      let j = aux + 1;
      if (ctx.tokens[j]?.norm === 'been') j++;
      return j < to && WITHDRAWN_PARTICIPLES.has(ctx.tokens[j]!.norm) ? { at: aux, participle: j } : undefined;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'SCONJ') return undefined;
  }
  return undefined;
}
const HAVE_FORMS = new Set(['had', 'has', 'have']);
const WITHDRAWN_PARTICIPLES = new Set(['withdrawn', 'dropped', 'abandoned', 'shelved', 'rescinded', 'retracted', 'ditched']);

// What the verb governing a withdrawal says of it: agreed, decided or
// promised, it is made ("agreed to drop their demand"), unless that verb is
// denied; refused, it is not ("refused to drop its demand", the demand
// stands); offered or only weighed, it is not said to happen.
function governedWithdrawal(ctx: SentenceContext, governor: CueMatch, floor: number): Withdrawal['effect'] | undefined {
  const kind = governor.pattern.value.kind;
  if (kind === 'agree' || kind === 'accept' || kind === 'commit') return negatedBefore(ctx, governor, floor) ? 'denied' : 'retract';
  if (kind === 'reject' || kind === 'red-line') return negatedBefore(ctx, governor, floor) ? 'retract' : 'denied';
  if (kind === 'propose' || kind === 'support') return 'unasserted';
  return undefined;
}

// A cue word inside a longer withdrawal phrase is no cue: "backed away from
// X" does not back X.
function outsideWithdrawals(cues: ReadonlyArray<CueMatch>, phrases: ReadonlyArray<PhraseMatch<string>>): ReadonlyArray<CueMatch> {
  const long = phrases.filter((p) => p.to - p.from > 1);
  if (long.length === 0) return cues;
  return cues.filter((c) => !long.some((p) => p.from <= c.from && c.to <= p.to && p.to - p.from > c.to - c.from));
}

// Whether only words that leave the cue the object of the withdrawal stand
// between them: "dropped its long-standing demand", "ceased to demand", "no
// longer makes the demand".
function leadsTo(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k]!;
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'ADV' || t.pos === 'NUM' || t.pos === 'AUX' || POSSESSIVE_PRONOUNS.has(t.norm) || t.norm === 'to') continue;
    // "dropped that demand": wink tags a demonstrative before a noun a conjunction.
    if ((t.norm === 'that' || t.norm === 'this') && k + 1 === to) continue;
    if (t.pos === 'VERB' && (OWNING_VERBS.has(t.lemma) || OWNING_VERBS.has(t.norm))) continue;
    // A compound modifier: "long-standing".
    if (t.norm === '-' && k + 1 < to) {
      k++;
      continue;
    }
    return false;
  }
  return true;
}

// Denied ("has not dropped", "declined to drop"), or only possible or
// offered ("could drop", "ready to drop"), announced ("said it would no
// longer oppose"), or made.
function withdrawalEffect(ctx: SentenceContext, at: number, floor: number): Withdrawal['effect'] {
  for (let k = at - 1; k >= Math.max(floor, at - 3); k--) {
    const t = ctx.tokens[k]!;
    if (k === at - 1 && t.norm === 'to') {
      const governor = ctx.tokens[k - 1];
      return governor && k - 1 >= floor && (INFINITIVE_NEGATORS.has(governor.norm) || INFINITIVE_NEGATORS.has(governor.lemma)) ? 'denied' : 'unasserted';
    }
    if (t.norm === 'not' || t.norm === "n't" || t.norm === 'never') return 'denied';
    if (t.norm === 'would' || t.norm === "'d") return 'announced';
    if (HYPOTHETICAL.has(t.norm)) return 'unasserted';
  }
  return 'retract';
}

// "any longer", "anymore", or "any more" ending the clause.
function anyLonger(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const n = ctx.tokens[k]!.norm;
    if (n === 'anymore') return true;
    if (n !== 'any' || k + 1 >= to) continue;
    const next = ctx.tokens[k + 1]!.norm;
    if (next === 'longer' || (next === 'more' && (k + 2 >= to || ctx.tokens[k + 2]!.pos === 'PUNCT'))) return true;
  }
  return false;
}

// "the recognition of X", "territorial concessions": the words naming the
// thing declared (up to four before the issue phrase, and the phrase itself).
function namesConcession(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k]!;
    if (CONCESSION_WORDS.has(t.norm) || CONCESSION_WORDS.has(t.lemma)) return true;
  }
  return false;
}

function issuesIn(ctx: SentenceContext, from: number, to: number): IssueMatch[] {
  return ctx.issues.filter((i) => i.to > from && i.from < to);
}

function uniqueIssues(list: ReadonlyArray<IssueMatch>): IssueMatch[] {
  const seen = new Set<string>();
  return list.filter((i) => {
    const key = i.pattern.value.issue;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function dedupe(list: ReadonlyArray<Condition>): Condition[] {
  const seen = new Set<string>();
  return list.filter((c) => {
    const k = `${c.issue}|${c.polarity}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function dedupeStances(list: ReadonlyArray<Stance>): Stance[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const k = `${s.holder}|${s.issue}|${s.polarity}|${s.kind}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const ATTRIBUTION_VERBS = new Set(['say', 'said', 'tell', 'told', 'add', 'note', 'report', 'confirm', 'claim', 'write', 'stress', 'insist']);

// A coordinated predicate (", delay the process", "and now demands Y",
// adverbs between) ends a verb's object, and so does an inserted
// attribution (", officials said, as the talks stalled").
function predicateEnd(ctx: SentenceContext, from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    const t = ctx.tokens[k]!;
    // "said it would not accept X and that the rebate was ...": a second reported clause.
    if (t.norm === 'and' && ctx.tokens[k + 1]?.norm === 'that' && k + 1 < to) return k;
    if (t.norm === ',' && !ctx.quoted[k - ctx.from] && attributionFollows(ctx, k + 1, to)) return k;
    // "would rather keep X than accept Y": Y is no part of what is kept.
    if (t.norm === 'than' && ratherBefore(ctx, Math.max(ctx.from, from - 6), k)) return k;
    // "turned down X, warning Moscow of new sanctions": the warning is a predicate of its own (wink may tag it a noun).
    if (t.norm === 'warning' && ctx.tokens[k - 1]!.norm === ',' && ctx.cues.some((c) => c.from === k)) return k - 1;
    // "rejected the plan, offering a truce instead": so is any participle of a cue (wink may tag "offering" a noun too).
    if (t.norm.endsWith('ing') && ctx.tokens[k - 1]!.norm === ',' && ctx.cues.some((c) => c.from === k)) return k - 1;
    if (participleAside(ctx, k)) return k - 1;
    // "rejected new sanctions and peace talks were backed by ...": a clause with a subject of its own.
    if (t.norm === 'and' && auxAfterNounPhrase(ctx, k + 1, to)) return k;
    // "supports X and is ready to impose Y": a predicate of its own, with its own auxiliary.
    if (t.norm === 'and' && ownPredicateAt(ctx, k, to)) return k;
    // "will not accept any deal, and we will strike unless Y": a clause with a pronoun for subject (a review of strike
    // articles: the strike was read as accepted, "not ... unless" reaching over the comma).
    if (t.norm === 'and' && pronounSubjectAt(ctx, k + 1, to)) return k;
    if (t.pos !== 'VERB' || PREDICATE_CONTINUERS.has(t.norm)) continue;
    let j = k - 1;
    while (j > from && ctx.tokens[j]!.pos === 'ADV') j--;
    // "and Kyiv rejects Y": a clause of its own, with its subject.
    const subject = ctx.actors.find((m) => m.to - 1 === j && m.via === 'name');
    if (subject && subject.titleFrom - 1 > from) {
      j = subject.titleFrom - 1;
      if (ctx.tokens[j]!.pos === 'DET' && j - 1 > from) j--;
    }
    const prev = ctx.tokens[j]!;
    // "an agreement that would raise X, keep Y and widen Z": bare verbs sharing the modal of a relative clause after
    // the cue say what its object does, each one (a review of pension talks).
    if ((prev.norm === ',' || prev.norm === 'and') && !insideAny(ctx.issues, k) && !(t.norm === t.lemma && relativeModalBetween(ctx, from, j))) return k;
  }
  return to;
}

// Whether "that" or "which" and a modal ("that would", "which will") open a clause between `from` and `to`.
function relativeModalBetween(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) {
    const n = ctx.tokens[k]!.norm;
    if ((n === 'that' || n === 'which') && RELATIVE_MODALS.has(ctx.tokens[k + 1]!.norm)) return true;
  }
  return false;
}
const RELATIVE_MODALS = new Set(['would', 'will', 'could', 'should', 'shall', 'must']);

const FINITE_AUX = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'should', 'must', 'may', 'might', 'shall']);

// A finite auxiliary at `k`, after adverbs ("and is now ready to"): a coordinated predicate's start.
function finiteAuxAt(ctx: SentenceContext, k: number, to: number): boolean {
  while (k < to && ctx.tokens[k]!.pos === 'ADV') k++;
  return k < to && FINITE_AUX.has(ctx.tokens[k]!.norm) && !insideAny(ctx.issues, k);
}

// "supports X and is ready to impose Y" (the "and" at `k`): a predicate of
// its own, with its own auxiliary and a cue before `to` to read what it names.
// One with none ("supports X and will join talks if Y") goes on with the verb
// before it, which reads its issues and its condition, as it did.
function ownPredicateAt(ctx: SentenceContext, k: number, to: number): boolean {
  return finiteAuxAt(ctx, k + 1, to) && ctx.cues.some((c) => c.from > k + 1 && c.from < to);
}

// Where the reach of a cue that is no verb ("ready to", "readiness for") ends: at a coordinated predicate of its own.
function coordinatedEnd(ctx: SentenceContext, from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    if (ctx.tokens[k]!.norm === 'and' && ownPredicateAt(ctx, k, to)) return k;
    if (participleAside(ctx, k)) return k - 1;
  }
  return to;
}

// "would not reimburse X, opening months of bargaining over the price": a participle after a comma tells what the
// stance brings about, no object of it (a review of medicine-price talks); not "including", nor an issue's own word
// (wink may tag the participle a noun).
function participleAside(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  return t.norm.endsWith('ing') && t.norm.length > 5 && ctx.tokens[k - 1]!.norm === ',' && (t.pos === 'VERB' || t.pos === 'NOUN') && !PREDICATE_CONTINUERS.has(t.norm) && !insideAny(ctx.issues, k);
}

// A noun phrase of at most six words followed by a finite auxiliary: the
// subject and the start of a clause.
function auxAfterNounPhrase(ctx: SentenceContext, from: number, to: number): boolean {
  let k = from;
  while (k < to && k - from < 6 && (SUBJECT_START.has(ctx.tokens[k]!.pos) || insideAny(ctx.issues, k) || insideAny(ctx.actors, k))) k++;
  return k > from && k < to && FINITE_AUX.has(ctx.tokens[k]!.norm);
}

const SUBJECT_START = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

// "..., with Kyiv insisting that X recognise Y and the powers pressing for Z", "... and Moscow pressed for Z": after
// "and", a party and a verb that is a cue of its own: that party's predicate, out of the reach of what comes before.
function partyThenCue(ctx: SentenceContext, from: number, to: number): boolean {
  const party = ctx.actors.find((m) => (m.titleFrom === from || (m.titleFrom === from + 1 && ctx.tokens[from]!.pos === 'DET')) && m.to < to);
  return party !== undefined && ctx.tokens[party.to]!.pos === 'VERB' && ctx.cues.some((c) => c.from === party.to);
}

// The speaker may be a long phrase ("a source close to the talks said"):
// any words but another verb (a participle after a noun, "people briefed
// on the talks", is still the speaker's phrase).
function attributionFollows(ctx: SentenceContext, from: number, to: number): boolean {
  // ", according to two people briefed on the talks": the talks are no part of what was dropped (a review of league talks).
  if (ctx.tokens[from]?.norm === 'according' && ctx.tokens[from + 1]?.norm === 'to' && from + 1 < to) return true;
  for (let k = from; k < Math.min(to, from + 9); k++) {
    const t = ctx.tokens[k]!;
    if (t.pos === 'VERB' && (ATTRIBUTION_VERBS.has(t.norm) || ATTRIBUTION_VERBS.has(t.lemma))) return true;
    if (t.pos === 'PUNCT') return false;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !(t.norm.endsWith('ed') && k > from && ctx.tokens[k - 1]!.pos === 'NOUN')) return false;
  }
  return false;
}

const PASSIVE_AUX = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'get', 'gets', 'got']);

// Whether a verb of wanting, needing or expecting governs the noun phrase that ends right before `at` ("wants the
// quota ...", "expects the levy ..."): what follows it is the state wanted of the thing.
function wantedBefore(ctx: SentenceContext, at: number): boolean {
  let k = at - 1;
  while (k >= ctx.from && /^(?:DET|ADJ|NUM|NOUN)$/.test(ctx.tokens[k]!.pos) && at - k <= 5) k--;
  return k >= ctx.from && ctx.tokens[k]!.pos === 'VERB' && WANTING.has(ctx.tokens[k]!.lemma);
}
const WANTING: ReadonlySet<string> = new Set(['want', 'need', 'expect', 'like', 'prefer', 'wish']);

// "that sanctions be lifted", "wants sanctions lifted", "if military aid is suspended": a negating
// verb after the issue, in the passive, undoes it as one before it would ("lift sanctions").
// `refusals`: in a condition, a refusing cue in the passive refuses it too ("if the truce is refused").
function undoneAfter(ctx: SentenceContext, issue: IssueMatch, to: number, refusals = false): Polarity {
  // In a condition, the issue's own verb denied: "if the talks did not begin" waits for no talks; "if sanctions are
  // not lifted", for sanctions kept (a verb that undoes it, denied, leaves it as it is).
  if (refusals) {
    let j = issue.to;
    if (j < to && DENIABLE_AUX.has(ctx.tokens[j]!.norm)) j++;
    if (j < to && (ctx.tokens[j]!.norm === 'not' || ctx.tokens[j]!.norm === "n't" || ctx.tokens[j]!.norm === 'never')) {
      j++;
      while (j < to && ctx.tokens[j]!.pos === 'ADV') j++;
      const v = ctx.tokens[j];
      // Only a verb by which the issue comes about: "if the truce was not broken" (or "delayed", "harmed") keeps it.
      if (j < to && v !== undefined && v.pos === 'VERB' && REALIZING.has(v.lemma)) return '-';
    }
  }
  let k = issue.to;
  // "called for the sanctions to be lifted": the infinitive's "to" before the passive's "be".
  if (k + 1 < to && ctx.tokens[k]!.norm === 'to' && ctx.tokens[k + 1]!.norm === 'be') k++;
  const auxFrom = k;
  while (k < to && k < auxFrom + 2 && PASSIVE_AUX.has(ctx.tokens[k]!.norm)) k++;
  if (k >= to) return '+';
  const t = ctx.tokens[k]!;
  // "before the strike ends", "if the war stops": the issue ends by itself.
  // wink may tag the verb a noun ("military aid stops/NOUN").
  // (Not a thing wanted finished or concluded, "wants the text finished by March": completed, the negotiations' misses,
  // stop 55.)
  const completed = /ed$/.test(t.norm) && COMPLETING.has(t.lemma) && wantedBefore(ctx, issue.from);
  if (k === issue.to && !completed && (t.pos === 'VERB' || (t.pos === 'NOUN' && t.norm !== t.lemma && t.norm.endsWith('s'))) && ENDING.has(t.lemma)) {
    const next = ctx.tokens[k + 1];
    if (k + 1 >= to || !next || /^(?:PUNCT|ADV|ADP|CCONJ|SCONJ)$/.test(next.pos)) return '-';
  }
  // A participle in "-ed", or any after the passive's auxiliary ("that the bill be withdrawn").
  if ((/ed$/.test(t.norm) || (k > auxFrom && t.pos === 'VERB')) && t.norm !== t.lemma && NEGATORS.has(t.lemma)) return '-';
  // "wants all rebates phased out by 2033": a participle with the particle that ends its object.
  if (/ed$/.test(t.norm) && phrasalNegator(ctx, k, to)) return '-';
  // "that the car tariff be cut": a participle that is its own base form, after the passive's "be".
  if (k > issue.to && t.pos === 'VERB' && t.norm === t.lemma && NEGATORS.has(t.norm) && PASSIVE_AUX.has(ctx.tokens[k - 1]!.norm)) return '-';
  // "wants the duty-free quota cut to 25,000 tonnes", "wants the levy cut by half": such a participle right after the
  // thing, with no object of its own (the negotiations' misses, stop 54: it was wanted, `+`). "The tariffs cut jobs"
  // has one.
  if (k === issue.to && t.pos === 'VERB' && t.norm === t.lemma && NEGATORS.has(t.norm) && wantedBefore(ctx, issue.from) && !/^(?:DET|NOUN|PROPN|PRON|ADJ)$/.test(ctx.tokens[k + 1]?.pos ?? 'PUNCT')) return '-';
  // "if the truce is refused", "unless the deal is ruled out": the passive of "if Moscow refuses the
  // truce". Only in a condition: in a main clause the cue is read as a passive of its own.
  if (refusals && k > issue.to && t.norm !== t.lemma && ctx.cues.some((c) => c.from === k && c.pattern.value.polarity === '-' && REFUSING_KINDS.has(c.pattern.value.kind))) return '-';
  return '+';
}

const ENDING = new Set(['end', 'stop', 'cease', 'halt', 'finish', 'conclude']);
const COMPLETING = new Set(['finish', 'conclude', 'complete']);
// Verbs by which an issue comes about, denied in a condition: "if the talks did not begin", "if the deal is not signed".
const REALIZING = new Set(['begin', 'start', 'resume', 'happen', 'occur', 'hold', 'open', 'proceed', 'materialise', 'materialize', 'succeed', 'sign', 'agree', 'approve', 'ratify', 'implement', 'take', 'go', 'come', 'arrive', 'pass', 'adopt', 'accept']);
// The auxiliaries a "not" after a subject follows: "the talks did not begin", "sanctions are not lifted".
const DENIABLE_AUX = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might']);

// "cede no territory", "give up none of its land": a plain "no" inside the words an issue's phrase skips.
function negatedWithin(ctx: SentenceContext, issue: IssueMatch): Polarity {
  let neg = false;
  for (let k = issue.from + 1; k < issue.to - 1; k++) if (PLAIN_NEGATIONS.has(ctx.tokens[k]!.norm) || ctx.tokens[k]!.norm === 'none') neg = !neg;
  return neg ? '-' : '+';
}

// `lifted`: a plain "not", "never" or "no" counts for nothing (the stance's denial is its condition's).
// "until the end of June", "by the end of the year" (a review of music talks): a time, no thing ended.
function endOfTime(ctx: SentenceContext, k: number): boolean {
  if (ctx.tokens[k]!.norm !== 'end' || ctx.tokens[k + 1]?.norm !== 'of') return false;
  let j = k + 2;
  if (ctx.tokens[j]?.pos === 'DET') j++;
  const t = ctx.tokens[j];
  return t !== undefined && (TIME_WORDS.has(t.lemma) || MONTHS.includes(t.lemma) || /^\d{4}$/.test(t.norm));
}
const TIME_WORDS: ReadonlySet<string> = new Set(['year', 'month', 'week', 'day', 'season', 'summer', 'winter', 'spring', 'autumn', 'quarter', 'term', 'decade', 'session']);

function negationParity(ctx: SentenceContext, from: number, to: number, absorbed: ReadonlyArray<CueMatch> = [], lifted = false): Polarity {
  let neg = false;
  // Where "replace" negated: what it is replaced "with" or "by" is wanted ("replace the duties with a quota").
  let replaced = false;
  for (let k = from; k < to; k++) {
    if (insideAny(ctx.issues, k)) continue;
    const t = ctx.tokens[k]!;
    // A negating verb governs one item of a list: "renounce X, and accept Y".
    if (t.norm === ',' || t.norm === ';' || t.norm === 'and' || t.norm === 'or') {
      neg = false;
      replaced = false;
      continue;
    }
    if (replaced && (t.norm === 'with' || t.norm === 'by')) {
      neg = !neg;
      replaced = false;
      continue;
    }
    if (t.lemma === 'replace' && !insideAny(absorbed, k)) replaced = true;
    const cue = absorbed.find((c) => c.from === k);
    if (lifted && PLAIN_NEGATIONS.has(t.norm)) continue;
    // An undertaking taken back under a demand ("called on Kyiv to drop the claim") is a demand against the thing.
    if (cue && (cue.pattern.value.polarity === '-' || cue.pattern.value.kind === 'retract')) neg = !neg;
    else if (!insideAny(absorbed, k) && (NEGATORS.has(t.norm) || NEGATORS.has(t.lemma) || phrasalNegator(ctx, k, to) || failsTo(ctx, k) || leavesOut(ctx, k) || stopOf(ctx, k, to)) && !liftedToLevel(ctx, k) && !endOfTime(ctx, k) && !noTroubleAt(ctx, k)) neg = !neg;
  }
  return neg ? '-' : '+';
}

// "should have no trouble persuading the voters", "would have no problem with a cap": no difficulty in doing a thing
// negates the difficulty, not the thing (the negotiations' wrong readings, stop 57: demands against what was asked).
function noTroubleAt(ctx: SentenceContext, k: number): boolean {
  const next = ctx.tokens[k + 1];
  const after = ctx.tokens[k + 2];
  if (ctx.tokens[k]!.norm !== 'no' || next === undefined || !EASE.has(next.lemma) || after === undefined) return false;
  return /^(?:with|in|about)$/.test(after.norm) || (after.pos === 'VERB' && after.norm.endsWith('ing'));
}
const EASE: ReadonlySet<string> = new Set(['trouble', 'problem', 'difficulty', 'qualm', 'hesitation']);

// "demands a freeze on the automated terminal", "a ban on automation", "a moratorium on X", "a pause in X" (a review of
// a port strike: each read as demanding X, where "a halt to X" refused it): a noun of stopping right before the thing
// stopped, its preposition and article between. Only then: "a freeze on weapons under joint monitoring" stops no
// monitoring, and "the four paused blocks" are blocks.
function stopOf(ctx: SentenceContext, k: number, to: number): boolean {
  const t = ctx.tokens[k]!;
  if (t.pos !== 'NOUN' || !STOPPING.has(t.lemma) || !(ctx.tokens[k + 1]?.norm === 'on' || ctx.tokens[k + 1]?.norm === 'in' || ctx.tokens[k + 1]?.norm === 'of')) return false;
  let j = k + 2;
  while (j < to && (ctx.tokens[j]!.pos === 'DET' || ctx.tokens[j]!.pos === 'ADJ')) j++;
  return j === to;
}
const STOPPING: ReadonlySet<string> = new Set(['ban', 'freeze', 'moratorium', 'pause']);

// "agreed to lift the health-plan contribution to 11.5 percent", "by 0.6 points": lifted to a level, or by an amount,
// is raised, not done away with (a review of screenwriters' talks; "lift the sanctions" still ends them).
function liftedToLevel(ctx: SentenceContext, k: number): boolean {
  if (ctx.tokens[k]!.lemma !== 'lift') return false;
  for (let j = k + 1; j + 1 < Math.min(ctx.to, k + 10); j++) {
    const t = ctx.tokens[j]!;
    if (t.norm === ',' || t.norm === ';' || t.pos === 'VERB') return false;
    // "to 11.5 percent", "by 0.6 percentage points" (a review of pension talks); "by March" is when, not how much.
    if ((t.norm === 'to' || t.norm === 'by') && (ctx.tokens[j + 1]!.pos === 'NUM' || /^[$€£]/.test(ctx.tokens[j + 1]!.text))) return true;
  }
  return false;
}

// The actor who did what a lexicon phrase opening on its verb names, told in the past ("lowered the reserve price",
// "has ceded territory"), with its subject right before the verb and no "not", condition or quotation marks about it.
function actDoneBy(ctx: SentenceContext, state: DiscourseState, issue: IssueMatch): string | undefined {
  const verb = ctx.tokens[issue.from]!;
  if (ctx.quoted[issue.from - ctx.from] || verb.pos !== 'VERB' || !pastForm(verb) || verb.norm.endsWith('ing') || CONTACTS.has(verb.lemma) || qualifiesNounAfter(ctx, issue)) return undefined;
  let k = issue.from - 1;
  let perfect = false;
  while (k >= ctx.from) {
    const t = ctx.tokens[k]!;
    if (/^(?:not|never|n't)$/.test(t.norm)) return undefined;
    // "the regulator on Thursday lowered ...": the day between the subject and its verb.
    if (k - 1 >= ctx.from && ctx.tokens[k - 1]!.norm === 'on' && WEEKDAY_NAMES.has(t.norm)) k -= 2;
    else if (t.pos === 'ADV') k--;
    else if (/^(?:has|have|had)$/.test(t.norm)) {
      perfect = true;
      k--;
    } else break;
  }
  // "was lowered", "were ceded": a participle of the passive, no act of a subject.
  if (!perfect && k >= ctx.from && PASSIVE_AUX.has(ctx.tokens[k]!.norm)) return undefined;
  const m = ctx.actors.find((a) => a.to - 1 === k && a.via === 'name');
  if (m === undefined || (m.titleFrom > ctx.from && ACT_SETTINGS.has(ctx.tokens[m.titleFrom - 1]!.norm))) return undefined;
  return representedActor(m.actor, state.date);
}
const WEEKDAY_NAMES: ReadonlySet<string> = new Set(WEEKDAYS);
// Meeting or talking to someone is a contact, no act on a matter ("Zelensky met Putin on Monday").
const CONTACTS = new Set(['meet', 'talk', 'speak', 'call', 'visit', 'phone', 'host', 'receive']);
// Words before a subject that make what it did a condition, a time or a question, not a thing done.
const ACT_SETTINGS = new Set(['if', 'unless', 'once', 'when', 'until', 'whether', 'after', 'before', 'because', 'since', 'than', 'as', 'that', 'while', 'time']);

// What a cue denied may undertake: "will not sign", "cannot accept", "would not agree to" (not "will not reject").
const UNDERTAKINGS: ReadonlySet<StatementKind> = new Set(['accept', 'agree', 'commit', 'support', 'propose']);
// A party's own backing of a thing, which it may hold over the other side ("would withdraw its support for X if Y").
const BACKING_KINDS: ReadonlySet<StatementKind> = new Set(['accept', 'agree', 'commit', 'support']);

// The issue after "without" opening the clause or the sentence the cue stands in ("Without security guarantees, Kyiv
// will not sign", '"Without a reserved block we will not bid"'), before the cue's subject.
function frontedWithout(ctx: SentenceContext, cue: CueMatch): IssueMatch | undefined {
  for (let k = cue.from - 1; k >= Math.max(ctx.from, cue.from - 12); k--) {
    if (ctx.tokens[k]!.norm !== 'without') continue;
    if (!withoutOpens(ctx, k)) return undefined;
    let j = k + 1;
    while (j < cue.from && (ctx.tokens[j]!.pos === 'DET' || ctx.tokens[j]!.pos === 'ADJ')) j++;
    return ctx.issues.find((i) => i.from === j && i.to < cue.from);
  }
  return undefined;
}

// Whether the "without" at `k` opens the sentence, a quote or a clause ("said that without X", ", but without X").
function withoutOpens(ctx: SentenceContext, k: number): boolean {
  return k === ctx.from || /^[,;:"“]$/.test(ctx.tokens[k - 1]!.text) || OPENING_WITHOUT.has(ctx.tokens[k - 1]!.norm);
}
const OPENING_WITHOUT = new Set(['that', 'but', 'and', 'so']);

// '"Without security guarantees we will not sign anything"': quoted words that make the issue the price of what they
// refuse, with no cue to read them by, insist on it (where "without" alone would refuse it).
function withoutThenDenied(ctx: SentenceContext, issue: IssueMatch): boolean {
  let k = issue.from - 1;
  while (k > ctx.from && (ctx.tokens[k]!.pos === 'DET' || ctx.tokens[k]!.pos === 'ADJ')) k--;
  if (k < ctx.from || ctx.tokens[k]!.norm !== 'without') return false;
  if (!withoutOpens(ctx, k)) return false;
  // '"Without the data, a coordination office is a switchboard with no lines"', '"Without an arbitrator, the
  // platforms simply wait us out"': "without" opening the quote, its phrase closed by a comma, tells what lacking the
  // thing would bring, whatever the words after: the thing insisted on (the misses of the negotiations, stop 52).
  const opensQuote = k === ctx.from || /^["“]$/.test(ctx.tokens[k - 1]!.text);
  for (let j = issue.to; j < Math.min(ctx.to, issue.to + 8); j++) {
    const n = ctx.tokens[j]!.norm;
    if (n === 'not' || n === "n't" || n === 'never' || n === 'cannot' || n === 'no' || n === 'nothing') return true;
    if (n === ',' && opensQuote && j <= issue.to + 3 && ctx.quoted[j - ctx.from]) return true;
    if (n === '.' || n === ';') return false;
  }
  return false;
}

// The issue right after "without" that follows `issue` ("a text without a phase-out"), among the cue's objects.
function neededWith(ctx: SentenceContext, issue: IssueMatch, scoped: ReadonlyArray<IssueMatch>): IssueMatch | undefined {
  if (ctx.tokens[issue.to]?.norm !== 'without') return undefined;
  let k = issue.to + 1;
  while (k < ctx.to && (ctx.tokens[k]!.pos === 'DET' || ctx.tokens[k]!.pos === 'ADJ')) k++;
  return scoped.find((i) => i.from <= k && k < i.to && i !== issue);
}

// "leaves safe staffing ratios out of the contract": the particle after the issue its verb governs.
function leavesOut(ctx: SentenceContext, k: number): boolean {
  if (ctx.tokens[k]!.lemma !== 'leave') return false;
  let j = k + 1;
  while (j < ctx.to && (ctx.tokens[j]!.pos === 'DET' || ctx.tokens[j]!.pos === 'ADJ')) j++;
  const issue = ctx.issues.find((i) => i.from <= j && j < i.to && i.from > k);
  // ("leaves sea-launched missiles outside its scope", "outside the deal": the negotiations' wrong readings, stop 57.)
  return issue !== undefined && (ctx.tokens[issue.to]?.norm === 'out' || ctx.tokens[issue.to]?.norm === 'outside');
}

// "failed to secure a deal": not doing it (not "failed talks", a thing that came to nothing).
function failsTo(ctx: SentenceContext, k: number): boolean {
  return ctx.tokens[k]!.lemma === 'fail' && ctx.tokens[k + 1]?.norm === 'to';
}

const REFUSING_KINDS = new Set<StatementKind>(['reject', 'red-line']);

// Whether "and" and a verb of saying (or a finite auxiliary) stand between a
// cue and the conditions of its clause: "rejected X and said the strike would
// continue until Y" conditions what was said, not the rejection.
function saidAfter(ctx: SentenceContext, cue: CueMatch, clause: MainClause): boolean {
  const first = (clause.conditionedBy ?? []).reduce((min, c) => (c.from > cue.from ? Math.min(min, c.from) : min), ctx.to);
  if (first === ctx.to) return false;
  for (let k = cue.to; k + 1 < first; k++) {
    const next = ctx.tokens[k + 1]!;
    if (ctx.tokens[k]!.norm === 'and' && next.pos === 'VERB' && (ATTRIBUTION_VERBS.has(next.norm) || ATTRIBUTION_VERBS.has(next.lemma))) return true;
    // "supports X and is ready to impose Y if Z": the condition is of the later predicate, with its own auxiliary.
    if (ctx.tokens[k]!.norm === 'and' && ownPredicateAt(ctx, k, first) && (ownIssueBetween(ctx, cue, k, first) || !modalIn(ctx, clause.from, k))) return true;
  }
  return false;
}

const MODALS = new Set([...FUTURE, 'can', 'could', 'may', 'might', 'must', 'should']);

// Whether a modal stands in tokens [from, to): "will not agree to a truce
// and will keep fighting unless Y" shares its mood with the predicate after
// "and", which the condition may then be of as a whole; "backs talks and
// would accept them if Y" states the backing as a fact, unconditioned.
function modalIn(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (MODALS.has(ctx.tokens[k]!.norm)) return true;
  return false;
}

// Whether the predicate after the "and" at `k`, up to `to`, names an issue
// the cue's own words before it do not: "is ready to sign a truce and is
// willing to join talks if Y" (the talks are its own). One that names none,
// or restates the same ("will not accept a truce and will keep fighting
// unless Y", "... and will press on unless Y"), states nothing of its own:
// the condition holds for the whole coordinated sentence.
function ownIssueBetween(ctx: SentenceContext, cue: CueMatch, k: number, to: number): boolean {
  const before = new Set(issuesIn(ctx, cue.from, k).map((i) => i.pattern.value.issue));
  return issuesIn(ctx, k + 1, to).some((i) => i.from > k && !before.has(i.pattern.value.issue));
}

// Whether the sentence warns of what a clause says, by a verb "warn" outside
// quotes and outside the conditions: "Kyiv warned it would halt the exchange
// if ...", "Norland would impose tariffs if ..., the minister warned".
function warns(ctx: SentenceContext, clause: Clause, clauses: ReadonlyArray<Clause>): boolean {
  const conditions = clauses.filter((c) => c.condition !== undefined);
  for (let k = ctx.from; k < ctx.to; k++) {
    const t = ctx.tokens[k]!;
    // ", warning that ...": a participle the tagger may read as the noun.
    const warning = (t.lemma === 'warn' && t.pos === 'VERB') || (t.norm === 'warning' && k > ctx.from && ctx.tokens[k - 1]!.norm === ',');
    if (!warning || ctx.quoted[k - ctx.from] !== ctx.quoted[clause.from - ctx.from]) continue;
    // "said X would ratify it only if Y, and warned that Z": a second saying warns of what follows it only.
    if (k >= clause.to && k - 2 >= ctx.from && ctx.tokens[k - 1]!.norm === 'and' && ctx.tokens[k - 2]!.norm === ',') continue;
    // "warned that X would withhold Y as long as Z, and said the council would back W only if V": nor does a warning
    // reach past a second saying of its own (the backing was read as a threat: stop 58).
    if (k < clause.from && saidBetween(ctx, k + 1, clause.to)) continue;
    if (!insideAny(conditions, k) || attributionAfterComma(ctx, k)) return true;
  }
  return false;
}

// "..., the minister warned": a verb after a comma and its subject's noun
// phrase, which a condition before it runs into.
function attributionAfterComma(ctx: SentenceContext, verb: number): boolean {
  for (let k = verb - 1; k >= Math.max(ctx.from, verb - 6); k--) {
    const t = ctx.tokens[k]!;
    if (t.norm === ',') return k < verb - 1;
    if (!(SUBJECT_START.has(t.pos) || insideAny(ctx.actors, k))) return false;
  }
  return false;
}

function negatingWord(t: { readonly norm: string; readonly lemma: string }): boolean {
  return NEGATORS.has(t.norm) || NEGATORS.has(t.lemma);
}

// Whether a part of a condition (up to a comma, "and" or "or") is a refusal:
// denied by a plain "not", "never" or "no" ("if Moscow does not accept a
// truce"), or a refusing cue ("if it turned down a truce"), once, not twice
// ("if Moscow does not reject X"). A verb that undoes a thing ("lifts",
// "withdraws from") is none, and one that undoes a refusal ("drops its
// opposition to X") takes it back.
function refusalIn(ctx: SentenceContext, from: number, to: number, cues: ReadonlyArray<CueMatch>): boolean {
  let neg = false;
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k]!;
    if (t.norm === ',' || t.norm === ';' || t.norm === 'and' || t.norm === 'or') {
      if (neg) return true;
      continue;
    }
    const cue = cues.find((c) => c.from === k);
    // "if the wealth tax is off the table" (or "not on the table", "no longer on the table"): the issue given up, no refusal.
    if (cue !== undefined && offTableAfter(ctx, cue) !== undefined) {
      k = cue.to - 1;
      continue;
    }
    if (insideAny(ctx.issues, k) && !cue) continue;
    // "if Moscow failed to agree to a ceasefire": not doing it, as "did not".
    if (PLAIN_NEGATIONS.has(t.norm) || failsTo(ctx, k)) neg = !neg;
    // A verb's cue used as a noun refuses nothing ("if the lawyers concluded it would survive a court challenge").
    else if (cue && cue.pattern.value.polarity === '-' && REFUSING_KINDS.has(cue.pattern.value.kind) && !(cue.pattern.value.verb && nounUse(ctx, cue)) && !undoneRefusal(ctx, k, from)) neg = !neg;
  }
  return neg;
}

// The issue an "off the table" cue ("is off the table", "is not on the table", "is no longer on the table", "has been
// taken off the table") is said of, right before it, auxiliaries between ("for the wealth tax to be off the table"): in a condition,
// what the other side gives up (a review of coalition talks: "only if the wealth tax is off the table" read as a
// threat on the tax kept).
function offTableAfter(ctx: SentenceContext, cue: CueMatch): IssueMatch | undefined {
  if (cue.pattern.value.id !== 'reject.off-table') return undefined;
  // "has been taken off the table", "to be off the table": auxiliaries and adverbs between.
  let at = cue.from;
  while (at > ctx.from && (ctx.tokens[at - 1]!.pos === 'AUX' || ctx.tokens[at - 1]!.pos === 'ADV' || ctx.tokens[at - 1]!.norm === 'to') && !insideAny(ctx.issues, at - 1)) at--;
  return ctx.issues.find((i) => i.to === at);
}

// "drops its opposition to", "ends its rejection of": a verb undoing the refusal cue at `at`.
function undoneRefusal(ctx: SentenceContext, at: number, floor: number): boolean {
  for (let k = at - 1; k >= Math.max(floor, at - 4); k--) {
    const t = ctx.tokens[k]!;
    if (t.pos === 'DET' || t.pos === 'ADJ' || POSSESSIVE_PRONOUNS.has(t.norm)) continue;
    return !PLAIN_NEGATIONS.has(t.norm) && negatingWord(t);
  }
  return false;
}

// A verb or noun that undoes the issue right before it (three words at most, from `from`), not a plain "not": "halving
// the car tariff was not on the table", "scrap its subsidies before any X".
function undoneBefore(ctx: SentenceContext, from: number, at: number): Polarity {
  let neg = false;
  for (let k = Math.max(from, at - 3); k < at; k++) {
    const t = ctx.tokens[k]!;
    if (insideAny(ctx.issues, k) || PLAIN_NEGATIONS.has(t.norm)) continue;
    if (t.norm === ',' || t.norm === 'and' || t.norm === 'or') neg = false;
    else if (NEGATORS.has(t.norm) || (t.pos === 'VERB' && NEGATORS.has(t.lemma)) || phrasalNegator(ctx, k, at)) neg = !neg;
  }
  return neg ? '-' : '+';
}

// "opposes the strike and urged the union to call it off" (or "to end it", "to drop it"): the infinitive the cue
// governs, whose object is the pronoun, undoes what the pronoun stands for, as it would the issue named there ("to call
// off the strike"); the pronoun, read as the issue named before the cue, was a demand for the strike (a leftover of stop 49).
function undoneAtPronoun(ctx: SentenceContext, cue: CueMatch, start: number, to: number, absorbed: ReadonlyArray<CueMatch>, lifted: boolean | undefined): Polarity {
  const at = infinitivePronoun(ctx, start, to);
  if (at === undefined) return '+';
  const verb = ctx.tokens[at - 1]!;
  // "call it off": the particle after the pronoun.
  const split = (PHRASAL_NEGATORS.get(verb.lemma) ?? []).some((words) => words.every((w, i) => ctx.tokens[at + 1 + i]?.norm === w));
  return times(negationParity(ctx, start, at, absorbed, lifted), split ? '-' : '+');
}

// Where "it" or "them" is the object of an infinitive after `from` ("to call it off", "the union to end it"), before
// a comma or a clause of its own.
function infinitivePronoun(ctx: SentenceContext, from: number, to: number): number | undefined {
  for (let k = Math.max(ctx.from, from - 1); k < Math.min(to, from + 8) - 2; k++) {
    const t = ctx.tokens[k]!;
    if (k >= from && (t.pos === 'PUNCT' || t.norm === 'and' || t.norm === 'that')) return undefined;
    const object = ctx.tokens[k + 2]!;
    if (t.norm === 'to' && ctx.tokens[k + 1]!.pos === 'VERB' && object.pos === 'PRON' && (object.norm === 'it' || object.norm === 'them')) return k + 2;
  }
  return undefined;
}

// Verbs whose particles make them give a thing up or end it: "give up its
// NATO bid", "pull out of the talks", "call off the ceasefire", "walk out of
// the talks" (not "walk out" alone, which is a strike: "walk out over pay").
const PHRASAL_NEGATORS: ReadonlyMap<string, ReadonlyArray<ReadonlyArray<string>>> = new Map([
  ['give', [['up']]],
  ['pull', [['out']]],
  ['back', [['out']]],
  ['walk', [['away'], ['out', 'of']]],
  ['call', [['off']]],
  ['wind', [['down']]],
  ['phase', [['out']]],
  ['leave', [['out']]],
  // "agreed to set aside the localisation annex" (a review of data-pact talks).
  ['set', [['aside']]],
  // "would hold off on the tariffs it had threatened" (a review of tax talks): not done, for now.
  ['hold', [['off']]],
  // "would not trade away arbitration" (a review of news-bargaining talks): given up in a bargain.
  ['trade', [['away']]],
  ['bargain', [['away']]],
  ['sign', [['away']]],
  ['negotiate', [['away']]],
]);

function phrasalNegator(ctx: SentenceContext, k: number, to: number): boolean {
  const t = ctx.tokens[k]!;
  const particles = PHRASAL_NEGATORS.get(t.lemma);
  // wink tags some of these verbs nouns before their particle ("that Washington phase out its sanctions").
  if (particles === undefined || (t.pos !== 'VERB' && t.pos !== 'NOUN')) return false;
  return particles.some((words) => k + words.length < to && words.every((w, i) => ctx.tokens[k + 1 + i]!.norm === w) && !keptFor(ctx, t, k + 1 + words.length));
}

// "unless a fifth of the flats were set aside as affordable housing", "set aside for a fund": a thing set aside for a
// use, or as one, is kept for it, not given up (the negotiations' misses, stop 57: read as asking for no such fund).
function keptFor(ctx: SentenceContext, verb: Token, after: number): boolean {
  const next = ctx.tokens[after]?.norm;
  return verb.lemma === 'set' && (next === 'for' || next === 'as');
}

// "should not", "mustn't", "should never": the modal's own negation.
function notAfter(ctx: SentenceContext, cue: CueMatch, to: number): Polarity {
  for (let k = cue.to; k < Math.min(to, cue.to + 2); k++) {
    const n = ctx.tokens[k]!.norm;
    if (n === 'not' || n === "n't" || n === 'never') return '-';
    if (ctx.tokens[k]!.pos !== 'ADV') break;
  }
  return '+';
}

// "the sanctions must be lifted", "sanctions should not be eased": the issue
// before a modal undone by a negating verb in the passive after it ("must
// be lifted" is "must lift the sanctions"), its own "not" apart.
function undoneAfterModal(ctx: SentenceContext, from: number, to: number): Polarity {
  let k = from;
  // "must first be lifted": wink may tag the adverb an adjective.
  while (k < to && k < from + 3 && (ctx.tokens[k]!.pos === 'ADV' || ctx.tokens[k]!.norm === 'first' || PLAIN_NEGATIONS.has(ctx.tokens[k]!.norm))) k++;
  if (k >= to || ctx.tokens[k]!.norm !== 'be') return '+';
  k++;
  while (k < to && ctx.tokens[k]!.pos === 'ADV') k++;
  const t = ctx.tokens[k];
  // After "be", a participle that is its own base form too ("must be cut").
  if (!t || (t.norm === t.lemma ? !(t.pos === 'VERB' && NEGATORS.has(t.norm)) : !/(?:ed|en|wn)$/.test(t.norm))) return '+';
  return NEGATORS.has(t.lemma) || phrasalNegator(ctx, k, to) ? '-' : '+';
}

// A cue that opens the second part of a quote split around its attribution ('"We will not," Peskov said, "accept X."'),
// where the first part ends on a denied auxiliary: the cue is denied, as in the quote whole ('future' after "will not").
function splitDenial(ctx: SentenceContext, cue: CueMatch): 'future' | 'plain' | undefined {
  const open = cue.from - 1;
  if (open <= ctx.from || !ctx.quoted[cue.from - ctx.from] || !/^["“]$/.test(ctx.tokens[open]!.text)) return undefined;
  // Back over the attribution (not quoted) to the first part's last word.
  let k = open - 1;
  while (k > ctx.from && !ctx.quoted[k - ctx.from]) k--;
  while (k > ctx.from && ctx.tokens[k]!.pos === 'PUNCT') k--;
  const last = ctx.tokens[k]!;
  if (last.norm === 'cannot') return 'plain';
  if (!(last.norm === 'not' || last.norm === "n't" || last.norm === 'never') || k - 1 < ctx.from) return undefined;
  const aux = ctx.tokens[k - 1]!;
  if (FUTURE.has(aux.norm) || aux.norm === 'wo') return 'future';
  return aux.pos === 'AUX' || aux.pos === 'VERB' ? 'plain' : undefined;
}

function negatedBefore(ctx: SentenceContext, cue: CueMatch, floor: number): boolean {
  // "declined to accept X", "is unwilling to accept X", "has yet to accept X"
  if (infinitive(ctx, cue) && cue.from - 2 >= floor) {
    const t = ctx.tokens[cue.from - 2]!;
    if (INFINITIVE_NEGATORS.has(t.norm) || INFINITIVE_NEGATORS.has(t.lemma)) return true;
    if (t.norm === 'yet' && cue.from - 3 >= floor && ctx.tokens[cue.from - 3]!.pos === 'AUX') return true;
  }
  // "could withhold her backing for X" (a review of defence talks): the support held back.
  let w = cue.from - 1;
  if (w > floor && (POSSESSIVE_PRONOUNS.has(ctx.tokens[w]!.norm) || ctx.tokens[w]!.norm === 'the')) w--;
  if (w >= floor && ctx.tokens[w]!.lemma === 'withhold') return true;
  // "would not, whatever pressure came from its carmakers, agree to X": the negation before an aside set off by commas.
  const last = overAside(ctx, cue.from - 1);
  const lowest = last === cue.from - 1 ? Math.max(floor, cue.from - 3) : Math.max(ctx.from, last - 2);
  for (let k = last; k >= lowest; k--) {
    const n = ctx.tokens[k]!.norm;
    if (n === 'not' || n === "n't" || n === 'never' || n === 'no' || n === 'nobody') return true;
  }
  return norInverted(ctx, cue, floor) || emphaticInverted(ctx, cue, floor) || negativeSubject(ctx, cue, floor);
}

// "Nobody from the union has agreed to X", "No one here will accept X", "None of us supports X" (a review of a port
// strike, where each read as agreeing to X): a subject that names no one denies its verb whatever words qualify it, as
// "Nobody has agreed to X" does; a verb, a clause's opening or a punctuation mark between them ends the subject.
function negativeSubject(ctx: SentenceContext, cue: CueMatch, floor: number): boolean {
  for (let k = cue.from - 1; k >= Math.max(floor, cue.from - 8); k--) {
    const t = ctx.tokens[k]!;
    if (t.norm === 'nobody' || t.norm === 'none' || (t.norm === 'one' && k - 1 >= floor && ctx.tokens[k - 1]!.norm === 'no')) return true;
    if (t.pos === 'VERB' || t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.norm === 'that' || t.norm === 'who' || t.norm === 'which') return false;
  }
  return false;
}

// "Nor has the department ruled out a reduced timetable" (a review of ferry talks): "nor" or "neither" opening the
// clause, its auxiliary before the subject, denies the verb after the subject.
function norInverted(ctx: SentenceContext, cue: CueMatch, floor: number): boolean {
  const k = clauseOpening(ctx, floor);
  if (!(ctx.tokens[k]!.norm === 'nor' || ctx.tokens[k]!.norm === 'neither')) return false;
  return invertedBefore(ctx, cue, k + 1);
}

// "Never will Kyiv accept X", "Under no circumstances would Kyiv back X": a clause opened by a firm negation, its
// auxiliary of the future (or "can") before the subject, refuses as "would never accept X" does: a red line, whatever
// the verb. "Never has Kyiv backed X" tells of the past, and is no more than "has not backed X".
function emphaticInverted(ctx: SentenceContext, cue: CueMatch, floor: number): boolean {
  const k = clauseOpening(ctx, floor);
  const words = (n: number) => ctx.tokens.slice(k, Math.min(k + n, cue.from)).map((t) => t.norm).join(' ');
  const opener = words(1) === 'never' ? 1 : EMPHATIC_OPENERS.has(words(3)) ? 3 : 0;
  const aux = ctx.tokens[k + opener];
  return opener > 0 && aux !== undefined && (FUTURE.has(aux.norm) || aux.norm === 'can' || aux.norm === 'could') && invertedBefore(ctx, cue, k + opener);
}
const EMPHATIC_OPENERS = new Set(['under no circumstances', 'in no circumstances', 'in no case', 'at no time', 'at no point']);

// Where a clause's own words start: after a "but" or "and" joining it to the one before.
function clauseOpening(ctx: SentenceContext, floor: number): number {
  return floor < ctx.to && (ctx.tokens[floor]!.norm === 'but' || ctx.tokens[floor]!.norm === 'and') ? floor + 1 : floor;
}

// Whether an auxiliary stands at `aux`, then the subject up to the cue: a noun phrase or a name, no verb of its own.
function invertedBefore(ctx: SentenceContext, cue: CueMatch, aux: number): boolean {
  if (aux + 1 >= cue.from || ctx.tokens[aux]!.pos !== 'AUX') return false;
  for (let j = aux + 1; j < cue.from; j++) if (ctx.tokens[j]!.pos === 'VERB' || ctx.tokens[j]!.pos === 'AUX') return false;
  return true;
}

// The word before an aside set off by commas that ends at `k` (", whatever pressure came from Washington,"; at most
// twelve words, no quote), or `k` itself.
function overAside(ctx: SentenceContext, k: number): number {
  if (k <= ctx.from || ctx.tokens[k]!.norm !== ',') return k;
  for (let j = k - 1; j > ctx.from && j >= k - 12; j--) {
    const t = ctx.tokens[j]!;
    if (QUOTATION_MARKS.has(t.norm) || t.norm === ';') return k;
    if (t.norm === ',') return j - 1;
  }
  return k;
}

// Verbs that deny what their "that" clause or gerund says ("denied that it
// had rejected X", "denied rejecting X"), and nouns of what is said of
// someone ("reports", "claims"), which they or verbs of dismissal take
// ("dismissed reports that ...", "refuted suggestions that ...").
const DENYING_VERBS = new Set(['deny', 'refute', 'dispute', 'rebut']);
const DISMISSING_VERBS = new Set([...DENYING_VERBS, 'dismiss', 'reject']);
// "claims to the regions", "claims on Crimea", "claims over the land": a claim to a thing.
const CLAIMED_THING = new Set(['to', 'on', 'over']);
const REPORT_NOUNS = new Set(['report', 'claim', 'suggestion', 'allegation', 'rumour', 'rumor', 'speculation', 'assertion', 'accusation']);

// Whether a cue is in what a verb of denial denies: its "that" clause ("denied
// that it had rejected X", "the Kremlin denied reports that it had
// rejected X") or its gerund ("denied rejecting X", "denied having
// rejected X"). Another verb between ("denied that talks had collapsed and
// said it supports X") ends what is denied.
function deniedContent(ctx: SentenceContext, cue: CueMatch, floor: number): boolean {
  for (let k = cue.from - 1; k >= Math.max(floor, cue.from - 10); k--) {
    const t = ctx.tokens[k]!;
    if (k === cue.from - 1 && t.norm === 'having') continue;
    if (t.pos === 'VERB' && DENYING_VERBS.has(t.lemma)) {
      // "denied on Tuesday agreeing to X": the day the denial was made is no part of what it denies.
      const denied = pastTimes(ctx, k + 1, cue.from);
      return denied === cue.from || (denied === cue.from - 1 && ctx.tokens[denied]!.norm === 'having') || clauseWithoutThat(ctx, denied, cue.from);
    }
    // "I never said we would overrule", "did not say that Kyiv would accept X" (a review of wage talks): what was not
    // said is no one's stance.
    if (t.pos === 'VERB' && unsaid(ctx, k, floor)) return true;
    if (t.norm === 'that' && k > floor) {
      let j = k - 1;
      // "denied on Tuesday that it had agreed to X", "denied in a statement that ...": journalists put the day (or the
      // channel) between the verb and its clause, which was then read as the stance it denies (a review of a port strike).
      for (let d = j; d >= Math.max(floor, k - 8); d--) {
        const verb = ctx.tokens[d]!;
        if (verb.pos === 'VERB' && (DENYING_VERBS.has(verb.lemma) || unsaid(ctx, d, floor)) && pastTimes(ctx, d + 1, k) === k) return true;
      }
      // "denied reports in the Castrian press that ...": the report noun before a phrase that says where it ran.
      j = reportBeforePhrase(ctx, j, floor);
      if (!REPORT_NOUNS.has(ctx.tokens[j]!.lemma)) return false;
      j--;
      while (j >= floor && (ctx.tokens[j]!.pos === 'DET' || ctx.tokens[j]!.pos === 'ADJ' || insideAny(ctx.actors, j))) j--;
      return j >= floor && ctx.tokens[j]!.pos === 'VERB' && DISMISSING_VERBS.has(ctx.tokens[j]!.lemma);
    }
    if (t.pos === 'VERB' || t.pos === 'PUNCT' || t.pos === 'CCONJ') return false;
  }
  return false;
}

// Whether the words from `k` to the cue at `to` open a clause with no "that" before it, its subject a pronoun or a party
// and then an auxiliary ("denied it would end the strike", "denied Moscow had agreed to X"): what is denied, as after
// "denied that" ("The union denied it would end the strike" was the union's undertaking to end it: a review, stop 51).
function clauseWithoutThat(ctx: SentenceContext, k: number, to: number): boolean {
  const subject = ctx.tokens[k];
  if (subject === undefined || k >= to) return false;
  const party = ctx.actors.find((m) => m.from === k);
  let j = party !== undefined ? party.to : subject.pos === 'PRON' && DENIED_SUBJECTS.has(subject.norm) ? k + 1 : k;
  if (j === k || j >= to || ctx.tokens[j]!.pos !== 'AUX') return false;
  while (j < to && (ctx.tokens[j]!.pos === 'AUX' || ctx.tokens[j]!.pos === 'ADV' || PLAIN_NEGATIONS.has(ctx.tokens[j]!.norm))) j++;
  return j === to;
}
const DENIED_SUBJECTS = new Set(['it', 'they', 'he', 'she', 'we', 'i']);

// The token after the times and channels that start at `k` (before `to`): "on Tuesday", "last week", "yesterday",
// "in a statement on Monday"; `k` when none starts there.
function pastTimes(ctx: SentenceContext, k: number, to: number): number {
  for (;;) {
    const timed = timeAdverbialEnd(ctx.tokens, k, to);
    const said = k + 2 < to && ctx.tokens[k]!.norm === 'in' && ctx.tokens[k + 1]!.pos === 'DET' && CHANNELS.has(ctx.tokens[k + 2]!.lemma) ? k + 3 : k;
    const next = Math.max(timed, said);
    if (next === k) return k;
    k = next;
  }
}
const CHANNELS = new Set(['statement', 'interview', 'letter', 'briefing', 'post', 'speech']);

// A verb of saying at `k` denied right before it ("never said", "did not say", "didn't suggest").
function unsaid(ctx: SentenceContext, k: number, floor: number): boolean {
  if (!UNSAYABLE.has(ctx.tokens[k]!.lemma)) return false;
  for (let j = k - 1; j >= Math.max(floor, k - 2); j--) {
    const n = ctx.tokens[j]!.norm;
    if (n === 'not' || n === "n't" || n === 'never') return true;
  }
  return false;
}
const UNSAYABLE = new Set(['say', 'suggest', 'claim', 'promise', 'announce']);

// "Kyiv accused Moscow of rejecting a ceasefire", "Moscow was accused by
// Kyiv of stalling X": a gerund cue after "accuse ... of" is what one party
// charges another with, which is neither's stance.
function accusedOf(ctx: SentenceContext, cue: CueMatch, floor: number): boolean {
  const of = cue.from - 1;
  if (of <= floor || ctx.tokens[of]!.norm !== 'of' || !ctx.tokens[cue.from]!.norm.endsWith('ing')) return false;
  for (let k = of - 1; k >= Math.max(floor, of - 6); k--) {
    const t = ctx.tokens[k]!;
    if (t.pos === 'VERB' && t.lemma === 'accuse') return true;
    if (!(insideAny(ctx.actors, k) || /^(?:DET|PRON|PROPN|ADV)$/.test(t.pos) || t.norm === 'by' || t.norm === "'s")) return false;
  }
  return false;
}

// Whether a cue verb's object is a report of what someone said or did:
// "dismissed reports that it had agreed to X", "rejected claims that ...",
// "denied rumours of a deal", "dismissed the reports". What the reports say
// is not what is dismissed: the cue states nothing. ("Rejected Russian
// claims to the regions" is a claim to a thing, read as before.)
// The report noun ("reports") before a prepositional phrase ending at `at` ("in the Castrian press", "by a
// newspaper"), if one is there; else `at`.
function reportBeforePhrase(ctx: SentenceContext, at: number, floor: number): number {
  for (let j = at; j > Math.max(floor, at - 6); j--) {
    const t = ctx.tokens[j]!;
    if (t.pos === 'ADP') return j - 1 >= floor && REPORT_NOUNS.has(ctx.tokens[j - 1]!.lemma) ? j - 1 : at;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN') return at;
  }
  return at;
}

function reportsDismissed(ctx: SentenceContext, cue: CueMatch, to: number): boolean {
  const rule = cue.pattern.value;
  if (rule.scope !== 'right' || rule.order || rule.modal || ctx.tokens[cue.from]!.pos !== 'VERB') return false;
  let k = cue.to;
  while (k < to && (ctx.tokens[k]!.pos === 'DET' || ctx.tokens[k]!.pos === 'ADJ' || insideAny(ctx.actors, k))) k++;
  if (k >= to || !REPORT_NOUNS.has(ctx.tokens[k]!.lemma)) return false;
  const next = k + 1 < to ? ctx.tokens[k + 1]!.norm : undefined;
  return !(ctx.tokens[k]!.lemma === 'claim' && next !== undefined && CLAIMED_THING.has(next));
}

// Whether the object of a cue is followed by a complement that judges it
// ("considers the ceasefire a trap", "considers territorial concessions
// unacceptable", "considered talks as premature"), or is a clause ("considers
// that ...").
function judgedObject(ctx: SentenceContext, cue: CueMatch, to: number): boolean {
  if (cue.to < to && ctx.tokens[cue.to]!.norm === 'that') return true;
  const object = ctx.issues.find((i) => i.from >= cue.to && i.from <= cue.to + 3 && i.to <= to);
  if (!object || object.to >= to) return false;
  const next = ctx.tokens[object.to]!;
  return next.pos === 'ADJ' || next.pos === 'DET' || next.norm === 'as' || (next.norm === 'to' && object.to + 1 < to && ctx.tokens[object.to + 1]!.norm === 'be');
}

// "would only consider X after Y", "will consider X only once Y", "only if
// Y": "only" among the words right before the cue (auxiliaries and
// adverbs), or right before a condition of its clause.
function onlyRestricts(ctx: SentenceContext, cue: CueMatch, clause: MainClause): boolean {
  for (let k = cue.from - 1; k >= Math.max(clause.from, cue.from - 3); k--) {
    const t = ctx.tokens[k]!;
    if (t.norm === 'only') return true;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') break;
  }
  return (clause.conditionedBy ?? []).some((c) => [c.from - 1, c.from].some((k) => k >= ctx.from && k < ctx.to && ctx.tokens[k]!.norm === 'only'));
}

// Modals of possibility: "Kyiv may accept X" says it might, not that it does.
const POSSIBILITY = new Set(['may', 'might', 'could']);
// "is expected to", "is likely to", "seems unlikely to", "is poised to":
// words by which the writer or others foretell what the subject will do.
const PREDICTION_WORDS = new Set(['expected', 'likely', 'unlikely', 'poised', 'predicted', 'tipped', 'forecast']);
// "Analysts expect Moscow to accept X": verbs foretelling what the actor after them will do.
const PREDICTING_VERBS = new Set(['expect', 'predict', 'anticipate', 'forecast']);
// Words that may stand between a modal and its verb: "could well accept",
// "may yet agree", "might be ready to accept", "could have accepted".
const MODAL_GAP = new Set(['be', 'have', 'also', 'still', 'yet', 'well', 'eventually', 'even', 'soon', 'now', 'ultimately', 'possibly', 'perhaps']);

/**
 * Why a cue states no firm stance but a non-committal one (`hedge`, `0`):
 * - `hedge:possibility`: a modal of possibility governs it ("Ukraine may
 *   accept a ceasefire", "signalled it could accept", "might not agree");
 *   "could not accept" is "cannot" told in the past, a refusal, and
 *   "can", "will", "would" keep the stance;
 * - `hedge:prediction`: it is foretold, not said ("Russia is unlikely to
 *   accept a ceasefire", "is expected to sign", "analysts expect Moscow to
 *   accept"); "is set to" (a plan) keeps the stance;
 * - `hedge:not-rejected`: a rejection denied by its own "not" ("did not
 *   rule out talks", "has not rejected the plan") leaves the issue open; it
 *   neither rejects nor accepts it;
 * - `hedge:stopped-short`: "stopped short of demanding X": not gone that
 *   far, nor refused it.
 * - `hedge:avoided`: "avoided committing to X": not done, nor refused.
 * Only cues of the subject or possessor, whose issues are after them, are
 * read so: a modal demand ("must") or an order cue is not.
 */
function hedgeOf(ctx: SentenceContext, cue: CueMatch, floor: number, denied: boolean, onTerms = false): string | undefined {
  const rule = cue.pattern.value;
  // "a land swap was not unacceptable": a judgement denied, as a rejection is ("did not reject").
  if (rule.scope === 'left' && rule.predicative && denied && rule.kind === 'reject') return 'hedge:not-rejected';
  if (rule.modal || rule.order || rule.kind === 'hedge' || rule.holder === 'speaker' || rule.scope !== 'right') return undefined;
  // "stopped short of demanding X" (a review of election talks: "a non-demand; at most a hedge"): not gone that far, nor refused.
  if (cue.from - 3 >= floor && ctx.tokens[cue.from - 1]!.norm === 'of' && ctx.tokens[cue.from - 2]!.norm === 'short' && ctx.tokens[cue.from - 3]!.lemma === 'stop') return 'hedge:stopped-short';
  // "avoided committing to a referendum", "avoided backing X" (a review of accession talks): not done, nor refused.
  if (cue.from - 1 >= floor && ctx.tokens[cue.from - 1]!.lemma === 'avoid' && ctx.tokens[cue.from]!.norm.endsWith('ing')) return 'hedge:avoided';
  // "was 'not in a position today' to commit to a deaccession law" (a review of restitution talks): not yet able, no refusal
  // (looked for from the sentence's start: a quote of its own may end the clause before the cue).
  if (notInPosition(ctx, cue.from)) return 'hedge:not-in-position';
  let negated = false;
  let k = cue.from - 1;
  while (k >= floor && cue.from - k <= 4) {
    const t = ctx.tokens[k]!;
    if (PLAIN_NEGATIONS.has(t.norm)) negated = true;
    else if (!(t.pos === 'ADV' || MODAL_GAP.has(t.norm))) break;
    k--;
  }
  if (k >= floor) {
    const t = ctx.tokens[k]!;
    // "could not accept": a refusal; "may not", "might not": still only possible.
    // "could accept X, provided Y": "could" says on what terms, not whether (`onTerms`); "may accept X if Y" stays possible.
    if (POSSIBILITY.has(t.norm) && (t.pos === 'AUX' || t.pos === 'VERB')) return t.norm === 'could' && (negated || onTerms || COULD_TAKE.has(rule.id)) ? undefined : 'hedge:possibility';
    if (t.norm === 'to' && k - 1 >= floor) {
      const before = ctx.tokens[k - 1]!;
      if (PREDICTION_WORDS.has(before.norm)) return 'hedge:prediction';
      // "expect Moscow to accept": an actor between the verb and "to".
      const m = ctx.actors.find((a) => a.to === k);
      const verb = m && m.titleFrom - 1 >= floor ? ctx.tokens[m.titleFrom - 1]! : undefined;
      if (verb && verb.pos === 'VERB' && PREDICTING_VERBS.has(verb.lemma)) return 'hedge:prediction';
    }
  }
  return denied && rule.kind === 'reject' ? 'hedge:not-rejected' : undefined;
}

// Whether "not in a position (today) to" stands right before the cue at `at` (quotation marks and a time word between),
// looked for from the sentence's start.
function notInPosition(ctx: SentenceContext, at: number): boolean {
  const floor = ctx.from;
  let k = at - 1;
  const skip = () => {
    while (k >= floor && QUOTATION_MARKS.has(ctx.tokens[k]!.norm)) k--;
  };
  skip();
  if (k < floor || ctx.tokens[k]!.norm !== 'to') return false;
  k--;
  skip();
  if (k >= floor && (ctx.tokens[k]!.pos === 'NOUN' || ctx.tokens[k]!.pos === 'ADV') && ctx.tokens[k]!.norm !== 'position') k--;
  skip();
  const words = ['position', 'a', 'in'];
  for (const w of words) {
    if (k < floor || ctx.tokens[k]!.norm !== w) return false;
    k--;
  }
  skip();
  return k >= floor && (ctx.tokens[k]!.norm === 'not' || ctx.tokens[k]!.norm === "n't");
}

// Cues whose "could" says what the holder would take, not what it might do: "could live with X", "could settle for X"
// (read as acceptance in five of the seven negotiations of the corpus that say it).
const COULD_TAKE: ReadonlySet<string> = new Set(['accept.live-with', 'accept.settle-for']);

// Kinds of a cue that a condition attached to its "could" turns from a possibility into terms ("could accept X, provided Y").
const ACCEPTING_ON_TERMS = new Set<StatementKind>(['accept', 'support', 'agree']);

// Adjectives by which a noun phrase names only a possibility, not the thing
// itself: "a possible ceasefire", "a potential truce", "an eventual deal".
const POSSIBLE_ONLY = new Set(['possible', 'potential', 'eventual', 'hypothetical', 'prospective']);

// Whether the issue is named as only possible: one of POSSIBLE_ONLY among the
// adjectives and determiners right before it, in the same noun phrase.
function onlyPossible(ctx: SentenceContext, issue: IssueMatch): boolean {
  for (let k = issue.from - 1; k >= ctx.from && issue.from - k <= 3; k--) {
    const t = ctx.tokens[k]!;
    if (POSSIBLE_ONLY.has(t.norm)) return true;
    if (!(t.pos === 'ADJ' || t.pos === 'DET' || t.pos === 'ADV')) return false;
  }
  return false;
}

// The same in the passive, from the auxiliaries between `from` and the
// participle at `to`: "a ceasefire could be accepted by Kyiv", "talks were
// not ruled out by Moscow".
function passiveHedge(ctx: SentenceContext, rule: CueRule, from: number, to: number, denied: boolean): string | undefined {
  if (rule.modal || rule.order || rule.kind === 'hedge') return undefined;
  const words = ctx.tokens.slice(from, to);
  const modal = words.find((t) => POSSIBILITY.has(t.norm) && (t.pos === 'AUX' || t.pos === 'VERB'));
  if (modal && !(modal.norm === 'could' && words.some((t) => PLAIN_NEGATIONS.has(t.norm)))) return 'hedge:possibility';
  return denied && rule.kind === 'reject' ? 'hedge:not-rejected' : undefined;
}

// Cues whose refusal in the future tense is a red line: accepting, agreeing,
// signing; not allowing ("will not allow Ukraine to join" is about another's act). Not backing: "would not support
// X", as "would not endorse X", rejects it (the analysts who read "would not support any cap" a red line read it a
// rejection as well); "would never support X" draws the red line.
const REFUSABLE = new Set(['accept.verb', 'accept.sign-off', 'agree.verb', 'agree.in-principle']);

// Verbs of going on with a fight, or stepping it up: what the phrase of a `-` ready to be done threatens.
const ESCALATING = new Set(['continue', 'keep', 'resume', 'escalate', 'intensify', 'prolong', 'step', 'press', 'fight', 'wage', 'expand', 'widen']);

// Whether a phrase names going on with a fight ("continue fighting", "keep up the strikes"), by its first word.
function escalates(ctx: SentenceContext, issue: IssueMatch): boolean {
  const t = ctx.tokens[issue.from]!;
  return ESCALATING.has(t.lemma) || ESCALATING.has(t.norm);
}

// "Kyiv will not cede any territory": an issue named by its own verb (its
// first word a verb: "cede", "give up", "withdraw from") right after the
// cue, adverbs between ("will not simply give up").
// Whether a verb of asking ("urged", "called on") joined by "and" to a verb before it in its clause names what it asks
// for after it: its infinitive's object, a noun the lexicon may not name ("urged both sides to return to talks").
function askedOwnThing(ctx: SentenceContext, cue: CueMatch, clause: { readonly from: number; readonly to: number }): boolean {
  const head = ctx.tokens[cue.from]!;
  if (head.pos !== 'VERB' || cue.from - 1 <= clause.from || ctx.tokens[cue.from - 1]!.norm !== 'and') return false;
  let to = cue.to;
  while (to < clause.to && ctx.tokens[to]!.norm !== 'to') to++;
  if (to + 1 >= clause.to || ctx.tokens[to + 1]!.pos !== 'VERB') return false;
  for (let k = to + 2; k < clause.to; k++) {
    const t = ctx.tokens[k]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return true;
    // "to return to talks": the tagger reads the last word, after "to", as a verb.
    if (t.pos === 'VERB' && ctx.tokens[k - 1]!.norm === 'to' && (k + 1 >= clause.to || ctx.tokens[k + 1]!.pos === 'PUNCT')) return true;
    if (t.pos === 'PRON' || t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'CCONJ') return false;
  }
  return false;
}

// Where the issue's verb may start after a cue: right after it, or, after a fronted negation and its auxiliary
// ("Under no circumstances will Kyiv cede X", "Nor will it give up X"), after the subject between them (a name or a
// noun phrase, no verb of its own, at most five words); undefined when no subject stands there.
function invertedSubjectEnd(ctx: SentenceContext, cue: CueMatch, to: number): number | undefined {
  if (!FUTURE.has(ctx.tokens[cue.to - 1]!.norm) || FUTURE.has(ctx.tokens[cue.from]!.norm)) return cue.to;
  let k = cue.to;
  while (k < to && k - cue.to < 5 && ctx.tokens[k]!.pos !== 'VERB' && ctx.tokens[k]!.pos !== 'AUX' && ctx.tokens[k]!.pos !== 'PUNCT') k++;
  return k > cue.to && k < to ? k : undefined;
}

// Whether an issue's phrase opens with a verb that gives a thing up ("withdraw from", "pull out of", "give up").
function givesUp(ctx: SentenceContext, issue: IssueMatch): boolean {
  const t = ctx.tokens[issue.from]!;
  return t.pos === 'VERB' && (negatingWord(t) || phrasalNegator(ctx, issue.from, issue.to));
}

function issueVerbAfter(ctx: SentenceContext, cue: CueMatch, to: number): 'plain' | 'giving-up' | undefined {
  let k = invertedSubjectEnd(ctx, cue, to);
  if (k === undefined) return undefined;
  while (k < to && k - cue.to < 2 && ctx.tokens[k]!.pos === 'ADV') k++;
  const issue = ctx.issues.find((i) => i.from === k);
  // "We will not continue the war" refuses the opposite of a ceasefire: no refusal of one (the quoted mention reads it).
  // "Russia will not withdraw from Kherson" refuses to give up what the phrase gives up, whichever side's act it names:
  // a verb that gives a thing up ("withdraw", "pull out") refused is a refusal, of polarity `+` where its subject makes it `-`.
  const verb = ctx.tokens[k];
  if (verb === undefined || verb.pos !== 'VERB') return undefined;
  if (issue !== undefined) return issue.pattern.value.polarity === '+' ? 'plain' : givesUp(ctx, issue) ? 'giving-up' : undefined;
  // "will not touch pensions", "would not remove the subsidy", "will not sign off on a programme" (a review of bailout
  // talks): a verb of the holder's own with the issue for its object. Undoing it ("remove") turns the polarity, as the
  // negation between cue and issue reads it; a verb of telling or waiting takes no stance, and a cue's verb ("would
  // not accept") is read as its own rule reads it.
  if (NO_STANCE_VERBS.has(verb.lemma) || ctx.cues.some((c) => c.from <= k && k < c.to) || conditionAfter(ctx, k)) return undefined;
  const negating = NEGATORS.has(verb.norm) || NEGATORS.has(verb.lemma);
  for (let j = k + 1; j < Math.min(to, k + 5); j++) {
    const object = ctx.issues.find((i) => i.from === j);
    if (object !== undefined) return object.pattern.value.polarity === '+' || negating ? 'plain' : undefined;
    const t = ctx.tokens[j]!;
    if (!(OBJECT_LEAD.has(t.pos) || POSSESSIVE_PRONOUNS.has(t.norm) || VERB_PARTICLES.has(t.norm)) || t.pos === 'ADV' && j > k + 1) return undefined;
  }
  return undefined;
}

// "would not contribute to the fund if ...", "until ...": held over a condition, the refusal is a threat or a
// condition, which the readings of a clause with no cue give.
function conditionAfter(ctx: SentenceContext, k: number): boolean {
  for (let j = k + 1; j < ctx.to; j++) if (CONDITION_WORDS.has(ctx.tokens[j]!.norm)) return true;
  return false;
}
const CONDITION_WORDS = new Set(['if', 'unless', 'until']);

const NO_STANCE_VERBS = new Set(['say', 'comment', 'discuss', 'talk', 'address', 'answer', 'explain', 'speculate', 'confirm', 'disclose', 'reveal', 'elaborate', 'wait', 'be', 'have', 'do', 'get', 'go', 'come', 'let', 'know', 'see', 'expect', 'rule']);
const VERB_PARTICLES = new Set(['on', 'off', 'up', 'to', 'with']);

// Words that may stand between a cue of going on or stopping and its object:
// "suspend all", "halt its", "continue to provide", "keep on supplying".
const OBJECT_LEAD = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PART']);

// Whether an issue the lexicon names starts right after a verb cue, as its
// object (see CueRule.issueObject): "continue military aid", "keep
// supplying air defence" (the supplying is the issue's own phrase), not
// "stop demanding X" (another cue) nor "continued shelling Kharkiv".
// Gerunds of what befalls the subject rather than what it does: "Coral plants kept receiving credits" backs nothing.
const UNDERGOING = new Set(['receive', 'get', 'enjoy', 'face', 'lose', 'suffer', 'see']);

// The rule of a retraction denied: the stance kept.
const KEPT = 'support:not-given-up';

// Words for a thing proposed or attempted, named before its terms ("the idea of X", "any move to X").
const IDEA_WORDS = new Set(['idea', 'notion', 'prospect', 'move', 'attempt', 'bid', 'effort']);

// Whether the verb group opening at `k` ("will accept", "accepts") has a party named right before it for subject, and a
// verb of hoping, fearing or believing before that ("The company hopes the union will accept a pay freeze", "fears that
// the union will reject X", "believes Kyiv supports X"): what the company hopes is said, not the union's stance, which
// the union never stated; nor is it the company's, whose hope for another's act says no more of the issue than that
// (a review, stop 51). The party's own words of itself are left as they were read: a pronoun for subject ("We hope we
// can accept the offer") or its own speaker ('"Nobody doubts that Kyiv will accept X," Zelensky said'); so are
// "expects the union to accept X" and "said the union would accept X".
function thoughtOfAnother(ctx: SentenceContext, k: number, date: string | undefined): boolean {
  let j = k - 1;
  for (;;) {
    while (j >= ctx.from && (ctx.tokens[j]!.pos === 'ADV' || ctx.tokens[j]!.pos === 'AUX' || PLAIN_NEGATIONS.has(ctx.tokens[j]!.norm))) j--;
    // "believes the union, which rejects X, will accept Y": an aside about the party stands between it and its verb.
    const aside = j >= ctx.from && ctx.tokens[j]!.norm === ',' ? asideOpening(ctx, j) : undefined;
    if (aside === undefined) break;
    j = aside - 1;
  }
  // "hopes Moscow will accept X and reject Y", "hopes Moscow accepts X and rejects Y": a verb sharing the hoped one's
  // modal, or its form, is hoped of the other too; one the modal cannot govern ("and rejects Y") is the hoper's own.
  if (j > ctx.from && /^(?:and|but)$/.test(ctx.tokens[j]!.norm) && governedClauseStart(ctx, k, ctx.from) === undefined) {
    for (let v = j - 1; v > ctx.from && v >= j - 10; v--) {
      const t = ctx.tokens[v]!;
      if (t.pos === 'PUNCT' || t.pos === 'CCONJ') return false;
      if (t.pos !== 'VERB') continue;
      let g = v;
      while (g - 1 >= ctx.from && (ctx.tokens[g - 1]!.pos === 'ADV' || ctx.tokens[g - 1]!.pos === 'AUX' || PLAIN_NEGATIONS.has(ctx.tokens[g - 1]!.norm))) g--;
      return thoughtOfAnother(ctx, g, date);
    }
    return false;
  }
  const party = ctx.actors.find((m) => m.to - 1 === j);
  if (party === undefined) return false;
  const speaker = ctx.speakers[k - ctx.from]?.actor;
  if (speaker !== undefined && speaker === representedActor(party.actor, date)) return false;
  let b = Math.min(party.from, party.titleFrom) - 1;
  if (b >= ctx.from && ctx.tokens[b]!.pos === 'DET') b--;
  if (b >= ctx.from && ctx.tokens[b]!.norm === 'that') b--;
  if (b < ctx.from) return false;
  return mindWord(ctx, b);
}

// "The union ends the strike every year in May", "Kyiv usually rejects X": a verb in the simple present with an adverb
// of frequency tells a habit, no stance taken on the day (a leftover of stop 51: it was the union's undertaking).
// "always" and "never" are left out: "always rejects X", "never accepts X" state a position held, as "has always".
function habitual(ctx: SentenceContext, cue: CueMatch, clause: { readonly from: number; readonly to: number }): boolean {
  // A state holds now, however often its object recurs ("wants a pay rise every year"): acts only.
  if (!ACTS.has(cue.pattern.value.kind)) return false;
  let v = cue.from;
  while (v < cue.to && ctx.tokens[v]!.pos !== 'VERB') v++;
  if (v >= cue.to) return false;
  const verb = ctx.tokens[v]!;
  if (verb.norm.endsWith('ing') || verb.norm.endsWith('ed')) return false;
  const present = verb.norm !== verb.lemma ? verb.norm.endsWith('s') : true;
  let k = v - 1;
  while (k >= clause.from && ctx.tokens[k]!.pos === 'ADV') k--;
  // A modal, an auxiliary or "to" before the verb: no simple present ("will end", "agreed to end", "does not").
  if (!present || (k >= clause.from && (ctx.tokens[k]!.pos === 'AUX' || ctx.tokens[k]!.pos === 'PART' || ctx.tokens[k]!.norm === 'to'))) return false;
  // The frequency the verb's own: before it, or after it with no other verb between ("wants to raise fares each year"
  // wants yearly rises, now).
  for (let j = clause.from; j < clause.to; j++) {
    const t = ctx.tokens[j]!;
    if (j > v && (t.pos === 'VERB' || t.pos === 'AUX' || t.norm === 'to')) return false;
    if (FREQUENCY_ADVERBS.has(t.norm)) return true;
    if ((t.norm === 'every' || t.norm === 'each') && j + 1 < clause.to && RECURRING.test(ctx.tokens[j + 1]!.norm)) return true;
  }
  return false;
}
const ACTS: ReadonlySet<StatementKind> = new Set(['commit', 'reject', 'accept', 'agree', 'propose', 'retract']);
const FREQUENCY_ADVERBS = new Set(['usually', 'typically', 'routinely', 'normally', 'traditionally', 'regularly', 'habitually', 'annually', 'often', 'frequently', 'sometimes', 'customarily', 'generally']);
const RECURRING = /^(?:year|month|week|day|spring|summer|autumn|fall|winter|season|time|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

// Whether the word at `b`, before a clause's subject (and its "that"), tells what one hopes, fears or believes of it.
function mindWord(ctx: SentenceContext, b: number): boolean {
  const t = ctx.tokens[b]!;
  // "Berlin's hope is that Moscow will accept X", "The fear in Paris was that ...": the same thought, told by a noun
  // that "is" joins to the clause (a review, stop 51: it was Moscow's acceptance, where "hopes that" was not).
  if (/^(?:is|was|'s|remains|remained)$/.test(t.norm)) {
    let j = b - 1;
    const place = ctx.actors.find((m) => m.to - 1 === j);
    if (place !== undefined && place.from - 1 > ctx.from && ctx.tokens[place.from - 1]!.pos === 'ADP') j = place.from - 2;
    return j >= ctx.from && ctx.tokens[j]!.pos === 'NOUN' && MIND_NOUNS.has(ctx.tokens[j]!.lemma);
  }
  // A verb of thinking (or a noun the tagger makes of one: "The company fears the union ..."). "Berlin is confident
  // Moscow will accept X", "said it was convinced that Kyiv would reject X": the same thought, told by an adjective (or
  // a participle the tagger reads as a verb).
  return ((t.pos === 'VERB' || t.pos === 'NOUN') && THINKING_VERBS.has(t.lemma)) || ((t.pos === 'ADJ' || t.pos === 'VERB') && MIND_ADJECTIVES.has(t.norm));
}
const MIND_NOUNS = new Set(['hope', 'fear', 'belief', 'expectation', 'worry', 'concern', 'assumption', 'conviction', 'suspicion', 'bet', 'wish', 'prediction', 'view', 'assessment']);
const MIND_ADJECTIVES = new Set(['confident', 'hopeful', 'optimistic', 'pessimistic', 'convinced', 'sure', 'certain', 'afraid', 'worried', 'fearful', 'doubtful', 'concerned']);

// Nouns of time after a phrase, no compound with it ("will end the strike Monday", "ended the strike last week").
const TIME_NOUNS = new Set(['week', 'day', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'tomorrow', 'today', 'tonight', 'yesterday', 'hour', 'time']);

// "ended the strike vote", "will end the strike ballot": the phrase's last word only qualifies the noun after it, and
// the act is on that noun, not on the phrase's issue (a review, stop 51).
function qualifiesNounAfter(ctx: SentenceContext, issue: IssueMatch): boolean {
  const next = issue.to < ctx.to ? ctx.tokens[issue.to] : undefined;
  return next !== undefined && next.pos === 'NOUN' && !TIME_NOUNS.has(next.lemma);
}

// Whether a verb of warning or threatening stands a few words before the cue ("warned it could hold back the launch").
function warnedBefore(ctx: SentenceContext, cue: CueMatch): boolean {
  for (let k = cue.from - 1; k >= Math.max(ctx.from, cue.from - 6); k--) if (/^(?:warn|threaten)$/.test(ctx.tokens[k]!.lemma)) return true;
  return false;
}

// The comma that opens an aside ending at the comma `k`, with a word before it: a saying (", Moor said,", ", said
// Moor,", ", she said on Friday,") or a few words with no verb (", however,", ", for its part,"); none where the words
// hold another verb or open a clause (", which ...", ", and ...").
function asideOpening(ctx: SentenceContext, k: number): number | undefined {
  let sayings = 0;
  let plain = true;
  for (let j = k - 1; j > ctx.from && j >= k - 15; j--) {
    const t = ctx.tokens[j]!;
    // A relative clause about the party (", which rejects a pay freeze,") tells of it, and is passed over too.
    if (t.norm === ',') return j < k - 1 && !ctx.quoted[j - ctx.from] && ((plain && sayings <= 1 && j >= k - 7) || /^(?:which|who)$/.test(ctx.tokens[j + 1]!.norm)) ? j : undefined;
    if (t.pos === 'PUNCT') return undefined;
    if (!plain) continue;
    if (insideAny(ctx.actors, j)) continue;
    if (t.pos === 'CCONJ' || t.pos === 'SCONJ' || /^(?:that|which|who|whom|whose|if|when|while)$/.test(t.norm)) plain = false;
    else if (t.pos === 'VERB' || t.pos === 'AUX') {
      if (!/^(?:said|says|told|tells|added|adds|noted|notes)$/.test(t.norm)) plain = false;
      else sayings++;
    }
  }
  return undefined;
}

// Whether a lexicon phrase opens at the cue's verb and goes on past the cue ("end the strike" at "will end", "provide
// weapons" at "would provide"), the verb the predicate of its clause: the phrase names what the verb does, and is the
// cue's object. Not an infinitive or a gerund ("agreed to end the strike", read by "agreed to"; "urged them to keep
// the plant open", "a date for phasing out coal", "ending a lockout"), nor a noun ("the 4 percent cut to X"), nor a
// relative clause's verb ("a cap that keeps pace"): there the phrase is no act of the clause's subject.
function opensAtCue(ctx: SentenceContext, cue: CueMatch, issue: IssueMatch): boolean {
  if (!(issue.from >= cue.from && issue.from < cue.to && issue.to > cue.to)) return false;
  // A phrase of the issue's opposite is read so only after a verb that undoes ("will end the strike", "suspend the
  // tariff"): "said it would continue the war" is no undertaking on a ceasefire without a warning (see threat.warned).
  if (issue.pattern.value.polarity === '-' && cue.pattern.value.polarity !== '-') return false;
  // Denied ("will not end the strike"), it is read by the cue that denies it, or by the quoted words, as before; weighed
  // ("could end the strike"), the caller reads a hedge.
  for (let k = cue.from - 1; k >= Math.max(ctx.from, cue.from - 3); k--) {
    const t = ctx.tokens[k]!;
    if (PLAIN_NEGATIONS.has(t.norm) || t.norm === 'cannot') return false;
  }
  const verb = ctx.tokens[issue.from]!;
  if (verb.pos !== 'VERB' || (verb.norm.endsWith('ing') && !progressive(ctx, issue.from))) return false;
  // "the 4 percent cut to farm payments": a verb right after a number or an adjective is a noun.
  const right = issue.from - 1 >= ctx.from ? ctx.tokens[issue.from - 1]! : undefined;
  if (right !== undefined && (right.pos === 'NUM' || right.pos === 'ADJ' || (right.norm === 'percent' && issue.from - 2 >= ctx.from && ctx.tokens[issue.from - 2]!.pos === 'NUM'))) return false;
  // "be kept on servers": in the passive, the thing is the subject, and no one named does it ("is ending" is no passive).
  if (right !== undefined && PASSIVE_AUX.has(right.norm) && !verb.norm.endsWith('ing')) return false;
  let k = verbSubjectEnd(ctx, issue.from);
  // "will end the strike and suspend the overtime ban" (a leftover of stop 51: only the first was read): a verb after
  // "and", of the form of the verb before it, shares that verb's subject, and its denial ("cannot freeze X and cut Y").
  if (k > ctx.from && ctx.tokens[k]!.norm === 'and') {
    const first = coordinatedVerb(ctx, k, verb);
    if (first === undefined) return false;
    const subject = verbSubjectEnd(ctx, first);
    for (let j = first - 1; j > subject; j--) if (PLAIN_NEGATIONS.has(ctx.tokens[j]!.norm) || ctx.tokens[j]!.norm === 'cannot') return false;
    k = subject;
  }
  const before = k >= ctx.from ? ctx.tokens[k]! : undefined;
  // Its subject right before it: a party the register names, or a pronoun ("the plant can keep running", "members
  // would keep their beans": no party named does it).
  if (before === undefined || !(before.pos === 'PRON' || ctx.actors.some((m) => m.to - 1 === k))) return false;
  if (before.norm === 'to' || before.pos === 'ADP' || before.pos === 'DET' || /^(?:that|which|who)$/.test(before.norm)) return false;
  // "The company hopes the union will end the strike", "fears the union will keep the blockade", "believes that ...":
  // the clause is what another hopes, fears or believes, no act or undertaking of its subject's (a review, stop 51).
  const party = ctx.actors.find((m) => m.to - 1 === k);
  let b = (party ? Math.min(party.from, party.titleFrom) : k) - 1;
  if (b >= ctx.from && ctx.tokens[b]!.pos === 'DET') b--;
  if (b >= ctx.from && ctx.tokens[b]!.norm === 'that') b--;
  if (b >= ctx.from && mindWord(ctx, b)) return false;
  if (qualifiesNounAfter(ctx, issue)) return false;
  // "would want part of the revenue returned to the industry": a participle after the object of another verb (not
  // one of saying) tells what that verb wants done, no act of the noun's. "that Calvane postpone the closure": a verb
  // in the base form after "that" and its subject, with no auxiliary, is what is asked, no act either.
  if (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'PRON') {
    let j = k;
    while (j >= ctx.from && /^(?:NOUN|PROPN|DET|ADJ|NUM|PRON|ADV)$/.test(ctx.tokens[j]!.pos) || (j >= ctx.from && ctx.tokens[j]!.norm === 'of')) j--;
    const lead = j >= ctx.from ? ctx.tokens[j]! : undefined;
    if (lead?.pos === 'VERB' && !SAYING_VERBS.has(lead.lemma) && verb.norm.endsWith('ed') && k === issue.from - 1) return false;
    if (lead?.norm === 'that' && k === issue.from - 1 && verb.norm === verb.lemma) return false;
  }
  return true;
}

// Whether the phrase `issue` opens at the verb of another cue after "and", that cue's own phrase ("will accept a pay
// freeze and end the strike": "end the strike" is what "end" does, sharing "accept"'s subject; a leftover of stop 52).
function secondOwnPhrase(ctx: SentenceContext, cue: CueMatch, issue: IssueMatch): boolean {
  const and = verbSubjectEnd(ctx, issue.from);
  if (and <= cue.to - 1 || ctx.tokens[and]!.norm !== 'and') return false;
  return ctx.cues.some((c) => c !== cue && c.pattern.value.issueObject === true && opensAtCue(ctx, c, issue));
}

// Where the subject of the verb at `v` ends: back over adverbs, negations and auxiliaries ("would also raise"), "is
// going to", and an aside set off by commas ("The union, Moor said, will end the strike", "The union, for its part,
// will ...": it hid the party, a review, stop 51), to what stands before the verb group; past the people of a party
// ("The union leaders will end the strike", "the union's negotiators": a leftover of stop 51), to the party.
function verbSubjectEnd(ctx: SentenceContext, v: number): number {
  let k = v - 1;
  for (;;) {
    while (k >= ctx.from && (ctx.tokens[k]!.pos === 'ADV' || ctx.tokens[k]!.pos === 'AUX' || PLAIN_NEGATIONS.has(ctx.tokens[k]!.norm))) k--;
    if (k - 2 >= ctx.from && ctx.tokens[k]!.norm === 'to' && ctx.tokens[k - 1]!.norm === 'going' && BE_FORMS_BEFORE_NOT.has(ctx.tokens[k - 2]!.norm)) {
      k -= 3;
      continue;
    }
    const aside = k >= ctx.from && ctx.tokens[k]!.norm === ',' ? asideOpening(ctx, k) : undefined;
    if (aside === undefined) break;
    k = aside - 1;
  }
  if (k > ctx.from && ctx.tokens[k]!.pos === 'NOUN' && PARTY_PEOPLE.has(ctx.tokens[k]!.lemma)) {
    let a = k - 1;
    if (a > ctx.from && (ctx.tokens[a]!.norm === "'s" || ctx.tokens[a]!.norm === "'")) a--;
    if (ctx.actors.some((m) => m.to - 1 === a)) return a;
  }
  return k;
}
const PARTY_PEOPLE = new Set(['leader', 'leadership', 'member', 'negotiator', 'official', 'representative', 'boss', 'chief', 'delegate', 'delegation', 'executive', 'steward', 'team']);

// Whether the words from a verb of halting to the end of its object name the holder's own part in the thing ("suspending
// its participation in the talks", "ended their involvement in X").
function ownPartHalted(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from + 1; k + 1 < Math.min(to, from + 5); k++) {
    if (/^(?:its|their|our)$/.test(ctx.tokens[k]!.norm) && OWN_PARTS.has(ctx.tokens[k + 1]!.lemma)) return true;
  }
  return false;
}
const OWN_PARTS = new Set(['participation', 'involvement', 'membership', 'presence', 'attendance']);

// "is ending the strike", "are suspending the ban", "will be ending": a participle in "-ing" after a form of "be".
function progressive(ctx: SentenceContext, v: number): boolean {
  let k = v - 1;
  while (k >= ctx.from && ctx.tokens[k]!.pos === 'ADV') k--;
  if (k < ctx.from) return false;
  if (/^(?:is|are|am|was|were|'s|'re|'m|be)$/.test(ctx.tokens[k]!.norm)) return true;
  // "is ending the strike and suspending the ban": the second shares the first's "is".
  if (ctx.tokens[k]!.norm !== 'and') return false;
  const first = coordinatedVerb(ctx, k, ctx.tokens[v]!);
  return first !== undefined && progressive(ctx, first);
}

// The verb before the "and" at `and`, in its clause, of the form of `verb` (base, past, "-s" or "-ing"): the one it
// is joined to. None past a comma, another conjunction or a clause's opening.
function coordinatedVerb(ctx: SentenceContext, and: number, verb: Token): number | undefined {
  for (let p = and - 1; p > ctx.from && p >= and - 8; p--) {
    const t = ctx.tokens[p]!;
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || /^(?:that|which|who)$/.test(t.norm)) return undefined;
    // "agreed to a pay rise and ended the strike": a word after a determiner is a noun's, whatever its tag.
    if (t.pos === 'VERB' && ctx.tokens[p - 1]!.pos === 'DET') continue;
    if (t.pos === 'VERB') return verbForm(t) === verbForm(verb) ? p : undefined;
    // "will back a truce and stop the fighting": a cue's verb after a modal, which the tagger took for an adverb.
    if (verbForm(verb) === 'base' && MODALS.has(ctx.tokens[p - 1]!.norm) && ctx.cues.some((c) => c.from === p)) return p;
  }
  return undefined;
}

function issueObjectAfter(ctx: SentenceContext, cue: CueMatch, to: number): boolean {
  // The verb: the cue's first word, or its last after a modal ("will provide"); a participle after "have" that the
  // tagger took for an adjective ("would have preferred X") is one too.
  const head = ctx.tokens[cue.from]!;
  const participle = head.pos === 'ADJ' && head.norm.endsWith('ed') && cue.from > ctx.from && ctx.tokens[cue.from - 1]!.lemma === 'have';
  // 'would "fight the closure"': after a modal and a quotation mark, the tagger may take the verb for a noun.
  // 'the department "will not" sign off on X' (a review of school talks): the modal and its negation quoted, the verb not.
  let m = cue.from - 1;
  if (m > ctx.from && QUOTATION_MARKS.has(ctx.tokens[m]!.norm)) m--;
  if (m > ctx.from && PLAIN_NEGATIONS.has(ctx.tokens[m]!.norm)) m--;
  const afterModal = head.pos === 'NOUN' && m >= ctx.from && ctx.tokens[m]!.pos === 'AUX' && MODALS.has(ctx.tokens[m]!.norm);
  // "is firmly behind X": "be" and a preposition, the verb of a place taken.
  const auxiliary = head.pos === 'AUX' && (ctx.tokens[cue.to - 1]!.pos === 'VERB' || ctx.tokens[cue.to - 1]!.pos === 'ADP');
  if (head.pos !== 'VERB' && !participle && !afterModal && !auxiliary) return false;
  if (ctx.issues.some((i) => opensAtCue(ctx, cue, i) && i.to <= to) && cue.pattern.value.id !== 'commit.will-pay') return true;
  let limit = Math.min(to, cue.to + 4);
  for (let k = cue.to; k < limit; k++) {
    const issue = ctx.issues.find((i) => i.from === k);
    // "would pay the royalty", "will pay no dividends": a charge paid is borne, not given; what is given goes "to",
    // "into" or "toward" a thing, or is paid "for" it.
    if (issue !== undefined && GIVING.has(ctx.tokens[cue.to - 1]!.lemma) && !ctx.tokens.slice(cue.to, k).some((w) => /^(?:to|into|toward|towards|for|in)$/.test(w.norm))) return false;
    // "condemned the ceasefire violations": the issue's words only modify the object's head noun.
    // "would fight in court": an issue whose phrase opens with a preposition is where, not what ("in court").
    if (issue !== undefined) return ctx.tokens[issue.from]!.pos !== 'ADP' && !(issue.to < to && ctx.tokens[issue.to]!.pos === 'NOUN' && !insideAny(ctx.issues, issue.to));
    const t = ctx.tokens[k]!;
    // "would withhold the building permits for the viaduct", "suspend the city's funding for X": what lets a thing go
    // ahead, held back, holds back the thing it is for (the permits read nothing, and the viaduct, under "would", was
    // read as undertaken: stop 58's readings).
    const means = k === cue.to && cue.pattern.value.id === 'commit.halt' ? meansFor(ctx, k, to) : -1;
    if (means >= 0) {
      k = means;
      limit = Math.min(to, means + 5);
      continue;
    }
    if (ctx.cues.some((c) => c.from <= k && k < c.to)) return false;
    // "abandoned its plan to raise the interest on loans", "backed away from the idea of capping exports", "would fight
    // any move to lower the rate" (reviews of tuition, cocoa and tax talks): the plan, idea or move is its terms.
    const plan = (PLAN_WORDS.has(t.lemma) || IDEA_WORDS.has(t.lemma)) && (ctx.tokens[k + 1]?.norm === 'to' || ctx.tokens[k + 1]?.norm === 'of');
    if (plan) {
      k++;
      limit = Math.min(to, limit + 2);
      continue;
    }
    // "would contribute $60 million a year to X": an amount given, and where it goes, lead to what it is given to.
    const amount = GIVING.has(ctx.tokens[cue.to - 1]!.lemma) && (t.pos === 'NUM' || t.pos === 'SYM' || AMOUNT_WORDS.has(t.norm) || (ctx.tokens[k - 1]!.pos === 'NUM' && t.pos === 'NOUN') || /^(?:into|toward|towards|for|per|each|a|in)$/.test(t.norm));
    // "will pay for that at its border": what is paid for is the pronoun's.
    if (GIVING.has(ctx.tokens[cue.to - 1]!.lemma) && ctx.tokens[k - 1]!.norm === 'for' && /^(?:that|this|it|them)$/.test(t.norm)) return false;
    if (amount) limit = Math.min(to, Math.max(limit, k + 4));
    // 'would fight "any rent cap"': the object quoted, its opening mark right after the verb (stop 56: the quote was
    // read as the speaker's weak support of the thing fought). Not a mark that closes a quoted verb ('"regrets" the cap').
    const quoteOpens = k === cue.to && QUOTATION_MARKS.has(t.norm) && ctx.quoted[k + 1 - ctx.from] === true && ctx.quoted[k - 1 - ctx.from] !== true;
    const lead = amount || OBJECT_LEAD.has(t.pos) || POSSESSIVE_PRONOUNS.has(t.norm) || t.norm === 'to' || t.norm === 'on' || quoteOpens;
    // "continue to provide X", "continue building X": the verb after "to", or the gerund (wink may tag it a noun), is how it goes on.
    const verb = (t.pos === 'VERB' && ctx.tokens[k - 1]!.norm === 'to') || (k === cue.to && (t.pos === 'VERB' || t.pos === 'NOUN') && t.norm.endsWith('ing') && !UNDERGOING.has(t.lemma));
    if (!lead && !verb) return false;
  }
  return false;
}

// The "for" after what lets a thing go ahead (a permit, approval, funding), the object that opens at `at`, past its
// determiner and up to three words that modify it ("the building permits for", "the city's funding for"), or -1.
function meansFor(ctx: SentenceContext, at: number, to: number): number {
  let k = at;
  if (k < to && (ctx.tokens[k]!.pos === 'DET' || POSSESSIVE_PRONOUNS.has(ctx.tokens[k]!.norm))) k++;
  for (const last = Math.min(to - 1, k + 4); k < last; k++) {
    const t = ctx.tokens[k]!;
    if (GOING_AHEAD_MEANS.has(t.lemma) || GOING_AHEAD_MEANS.has(t.norm)) return ctx.tokens[k + 1]!.norm === 'for' ? k + 1 : -1;
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'PROPN' && t.pos !== 'PART') return -1;
  }
  return -1;
}
// What lets a thing go ahead, which a party may hold back from it.
const GOING_AHEAD_MEANS: ReadonlySet<string> = new Set(['permit', 'permission', 'approval', 'consent', 'licence', 'license', 'funding', 'money', 'fund', 'subsidy', 'grant', 'payment']);

const GIVING: ReadonlySet<string> = new Set(['pay', 'contribute', 'invest']);
const AMOUNT_WORDS: ReadonlySet<string> = new Set(['$', '€', '£', 'million', 'billion', 'percent', 'least', 'up', 'year', 'annually', 'more', 'than']);

// "such guarantees are unacceptable", "called the plan unacceptable": the
// adjective says what the thing is, where "unacceptable demands" only
// describes the demands (a noun, an adjective or an issue right after it).
function predicative(ctx: SentenceContext, cue: CueMatch): boolean {
  if (cue.to >= ctx.to) return true;
  const next = ctx.tokens[cue.to]!;
  return !(next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || insideAny(ctx.issues, cue.to));
}

// "will not accept", "would never agree to", "won't sign": the cue's "not"
// or "never" right after "will" or "would" (adverbs may stand between).
// "does not accept" rejects what is on the table; "will not accept" says
// what will never be on it.
function futureRefusal(ctx: SentenceContext, cue: CueMatch, floor: number): boolean {
  const rule = cue.pattern.value;
  if (rule.polarity !== '+' || !(REFUSABLE.has(rule.id) || rule.objectHeads !== undefined)) return false;
  return deniedForFuture(ctx, cue, floor);
}

// A refusal or objection denied for the future: "would not object to monitors", "will not oppose a truce" says what
// the holder will accept (where "did not object" only made no objection: a hedge).
function objectionWaived(ctx: SentenceContext, cue: CueMatch, floor: number): boolean {
  return WAIVABLE.has(cue.pattern.value.id) && deniedForFuture(ctx, cue, floor);
}
// "would not challenge the accord in national courts" (a review of debris talks): a challenge forsworn accepts it too.
const WAIVABLE = new Set(['reject.verb', 'reject.object-to', 'reject.stand-in-way', 'reject.dispute']);

// A demand denied for the future: "Boroka would not seek arbitration", "will not ask for compensation" undertake not to
// press for the thing (commit -), where "demand -" would say they ask for its opposite (a review of mining talks).
function demandForsworn(ctx: SentenceContext, cue: CueMatch, floor: number): boolean {
  return FORSWEARABLE.has(cue.pattern.value.id) && deniedForFuture(ctx, cue, floor);
}
const FORSWEARABLE = new Set(['demand.seek', 'demand.verb', 'demand.ask-for', 'demand.call-for', 'demand.push-for', 'demand.insist-on', 'demand.request', 'demand.file-for']);

// A cue refused ahead: denied for the future ("will not consider X", "cannot weigh X") or by a verb of refusing
// ("declined to consider X"), not merely denied as a fact ("has not considered X", "has yet to weigh X").
function refusedAhead(ctx: SentenceContext, cue: CueMatch, floor: number): boolean {
  if (deniedForFuture(ctx, cue, floor)) return true;
  const t = cue.from - 2 >= floor && infinitive(ctx, cue) ? ctx.tokens[cue.from - 2]! : undefined;
  return t !== undefined && (INFINITIVE_NEGATORS.has(t.norm) || INFINITIVE_NEGATORS.has(t.lemma));
}

// Whether the cue is denied by "will not", "would not", "won't", "is not going to" (adverbs and an aside between).
function deniedForFuture(ctx: SentenceContext, cue: CueMatch, floor: number): boolean {
  let k = overAside(ctx, cue.from - 1);
  if (k !== cue.from - 1) floor = Math.min(floor, k - 2);
  // "is not going to accept X": the future of "going to", as of "will".
  const goingTo = k - 1 >= floor && ctx.tokens[k]!.norm === 'to' && ctx.tokens[k - 1]!.norm === 'going';
  if (goingTo) k -= 2;
  while (k >= floor && cue.from - k <= 5 && ctx.tokens[k]!.pos === 'ADV' && !NEGATIONS.has(ctx.tokens[k]!.norm)) k--;
  if (k - 1 < floor || !NEGATIONS.has(ctx.tokens[k]!.norm)) return false;
  const aux = ctx.tokens[k - 1]!;
  // "cannot sign", "can't accept": refused as firmly as "will not" (a review of gas transit talks).
  return goingTo ? BE_FORMS_BEFORE_NOT.has(aux.norm) : FUTURE.has(aux.norm) || aux.norm === 'wo' || aux.norm === 'can' || aux.norm === 'ca';
}
const BE_FORMS_BEFORE_NOT = new Set(['is', 'are', 'am', 'was', 'were', "'s", "'re", "'m"]);
const NEGATIONS = new Set(['not', "n't", 'never']);

interface Holders {
  readonly actors: ReadonlyArray<string>;
  readonly rule: string;
  /** The person named as the subject who acts for the holder ("Green Alliance leader Mira Sand rejected X"). */
  readonly acting?: SpeakerRef;
}

function toHolders(subject: Subject | undefined, state: DiscourseState, rule: string): Holders | undefined {
  if (!subject || subject.actors.length === 0) return undefined;
  const ids = subject.actors.map((a: Actor) => representedActor(a, state.date)).filter((x): x is string => x !== undefined);
  if (ids.length === 0) return undefined;
  const acting = actingPerson(subject, state);
  return { actors: [...new Set(ids)], rule: `${rule}/${subject.rule}`, ...(acting ? { acting } : {}) };
}

// A person named as the subject speaks for the holder with the stance they
// take ("Finance Minister Karl Dahl rejected X", "Labour's deputy leader Ann
// Moss rejected X", "Ann Moss of Labour rejected X", and "Dahl rejected X" after one of these): the speaker, as if
// they had said it, unless a verb of saying names another.
function actingPerson(subject: Subject, state: DiscourseState): SpeakerRef | undefined {
  const titled = subject.rule === 'subject.titled-person' || subject.rule === 'subject.person-of-actor' || subject.rule === 'subject.surname';
  if (!titled && !(subject.actors.length === 1 && subject.actors[0]!.kind === 'person')) return undefined;
  const sp = speakerOf(subject, state.date);
  return sp.actor === undefined ? undefined : { ...sp, rule: 'speaker.acting-person' };
}

function resolveHolders(ctx: SentenceContext, state: DiscourseState, cue: CueMatch, clause: MainClause): Holders | undefined {
  const rule = cue.pattern.value;
  const speaker = ctx.speakers[cue.from - ctx.from];
  // "Macron and Merz said Russia must ...": each speaker holds the stance.
  const speakerHolders = speaker?.actor ? { actors: [...new Set([speaker.actor, ...(speaker.also ?? []).flatMap((o) => (o.actor ? [o.actor] : []))])], rule: 'speaker' } : undefined;
  // "He added that Trump would press for X and expressed hope that Y": the subject of "added".
  // (", and rejects Y", "but rejects Y" may open a clause of their own: the search goes back past it.)
  const governed = governedClauseStart(ctx, cue.from, clause.from) ?? (clause.from >= cue.from - 3 ? governedClauseStart(ctx, cue.from, ctx.from) : undefined);
  // "Kyiv said Russians want X", "Kyiv said the soldiers want X": a subject
  // naming no actor is the subject still; no actor named before it is
  // ("both sides" in it is: the search stops where it starts).
  const phrase = !rule.order && rule.scope === 'right' && unknownNounSubject(ctx, cue, clause) && pluralHead(ctx, cue, clause) ? subjectPhraseStart(ctx, cue, clause) : undefined;
  // "Under no circumstances will Kyiv cede X": the subject after the fronted negation's auxiliary.
  const inverted = rule.issueVerb ? invertedSubjectEnd(ctx, cue, clause.to) : undefined;
  const subject = () =>
    inverted !== undefined && inverted > cue.to ? toHolders(findSubject(ctx, state, inverted, cue.to, { skip: passedOver(clause) }), state, 'subject.inverted') :
    phrase !== undefined ? toHolders(findSubject(ctx, state, cue.from, phrase, { skip: passedOver(clause) }), state, 'subject') :
    (governed !== undefined ? toHolders(findSubject(ctx, state, governed, governed < clause.from ? ctx.from : clause.from, { skip: passedOver(clause) }), state, 'subject.governing-verb') : undefined) ??
    toHolders(findSubject(ctx, state, cue.from, clause.from, { skip: passedOver(clause) }), state, 'subject') ??
    (RELATIVES.has(ctx.tokens[clause.from]!.norm)
      ? (closedAfterObject(ctx, cue, clause) ? undefined : relativeAntecedent(ctx, state, clause))
      // "a day after the assembly's media committee voted to keep X": a clause set under another by "after", "when"
      // or "because", whose own subject names no actor, is not the earlier clause's subject's (a review of
      // news-bargaining talks). ("said the government would not object to X" still is: its subject stands for it.)
      // "said it was disappointed that the draft rejected its proposal" (a review of wage talks): what a document does
      // is not the earlier clause's subject's doing.
      : subordinateUnknownSubject(ctx, cue, clause) || documentSubject(ctx, cue, clause, false) ? undefined
      : toHolders(findSubject(ctx, state, clause.from, ctx.from, { skip: passedOver(clause) }), state, 'subject.earlier-clause'));
  // "The drivers' representatives are ready to accept X, the mediator said":
  // a subject the register does not know is not the speaker.
  // "Europe unveiled its plan, which requires X, Kallas said": the clause says what the plan requires, not the speaker.
  const fallback = speakerHolders && !unknownNounSubject(ctx, cue, clause) && !describesThing(ctx, state, cue, clause) ? speakerHolders : undefined;
  // "Kyiv presented a draft on Monday. The draft calls for a truce": what the plan presented last says is its owners'.
  const planned = (): Holders | undefined => (state.lastPlan !== undefined && documentSubject(ctx, cue, clause) ? { actors: [...state.lastPlan], rule: 'earlier-plan' } : undefined);
  // "that the draft rejected its proposed exemption": a document that acts is the plan presented last, or no one's
  // (its words are not those of a subject before it, nor the speaker's).
  // (Not a judgement of the document: "the draft was a good start" is the speaker's.)
  if (rule.holder !== 'speaker' && rule.scope === 'right' && !rule.order && documentSubject(ctx, cue, clause, false)) return planned();
  if (rule.holder === 'subject' && relativeOfNoActor(ctx, cue)) return undefined;
  if (rule.leadIn) {
    const source = leadInSource(ctx.actors, cue.to, leadInColon(ctx, cue));
    const id = source && representedActor(source.actor, state.date);
    return id !== undefined ? { actors: [id], rule: 'agent.lead-in' } : undefined;
  }
  switch (rule.holder) {
    case 'speaker':
      if (rule.order) return speakerHolders ?? subject();
      return speakerHolders;
    case 'possessor': {
      // "Russian demands", "Kyiv's support", "his desire"; a verb in the past owns nothing: the name before it is its
      // subject ("Kyiv and Washington demanded X"), and a person so named speaks for the holder ("Lindqvist demanded on
      // Monday that ...", read as the party's possession, with no speaker, as "Lindqvist rejected X" is not).
      const head = ctx.tokens[cue.from]!;
      if (head.pos === 'VERB' && head.norm.endsWith('ed')) {
        const all = subject();
        if (all !== undefined) return all;
      }
      const p = possessorOf(ctx, state, cue, clause);
      if (p === 'none') return undefined;
      if (p) return p;
      const of = ofActor(ctx, cue);
      if (of) return of;
      // "The final offer from the federation included X".
      if (rule.id === 'propose.plan-includes' && ctx.tokens[cue.from + 1]?.norm === 'from') {
        const m = ctx.actors.find((a) => a.titleFrom > cue.from + 1 && a.titleFrom <= cue.from + 3 && a.to < cue.to);
        const id = m && representedActor(m.actor, state.date);
        if (id !== undefined) return { actors: [id], rule: 'agent.from' };
      }
      // "Kyiv presented a draft on Monday. The draft contains X": the plan presented last in the article.
      if (rule.id === 'propose.plan-includes' && state.lastPlan !== undefined && ((cue.from > ctx.from && DEFINITE.has(ctx.tokens[cue.from - 1]!.norm)) || (ctx.tokens[cue.from]!.norm === 'under' && DEFINITE.has(ctx.tokens[cue.from + 1]!.norm)))) {
        return { actors: [...state.lastPlan], rule: 'earlier-plan' };
      }
      return subject() ?? planned() ?? fallback;
    }
    case 'agent': {
      const by = ofActor(ctx, cue);
      if (by) return by;
      return subject() ?? planned() ?? fallback;
    }
    default:
      return subject() ?? planned() ?? fallback;
  }
}

// Whether the subject right before a cue is a plan named again: "the draft", "the new text", "this proposal".
// `owned`: "its", "their" count as "the" does (a plan named again); without it, only an article: "Its proposal calls
// for X" says whose it is, and is read as the possessor's (see attribution's `findSubject`).
function documentSubject(ctx: SentenceContext, cue: CueMatch, clause: Clause, owned = true): boolean {
  const k = subjectHead(ctx, cue, clause);
  if (k === undefined || ctx.tokens[k]!.pos !== 'NOUN' || !(PLAN_WORDS.has(ctx.tokens[k]!.lemma) || DOCUMENT_NOUNS.has(ctx.tokens[k]!.lemma))) return false;
  let j = k - 1;
  while (j >= clause.from && ctx.tokens[j]!.pos === 'ADJ') j--;
  return j >= clause.from && DEFINITE.has(ctx.tokens[j]!.norm) && (owned || !POSSESSIVE_PRONOUNS.has(ctx.tokens[j]!.norm));
}

const RELATIVES = new Set(['which', 'who']);
// Documents named as the subject besides plans: "the new text", "the document", "the paper".
const DOCUMENT_NOUNS = new Set(['text', 'document', 'paper']);
// Prepositions after which a name says where a thing or people are, not who acts: "carmakers in Meridian", "a delegation from Kyiv".
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'at']);
// People who speak for the body named after them ("officials from Meridian, who ..." are Meridian's), by lemma.
const REPRESENTATIVES = new Set(['official', 'officials', 'side', 'delegation', 'authority', 'authorities', 'government', 'negotiator', 'negotiators', 'leader', 'leaders', 'leadership', 'diplomat', 'diplomats', 'representative', 'representatives', 'delegate', 'delegates', 'envoy', 'envoys', 'minister', 'ministers', 'aide', 'aides', 'spokesperson', 'spokesman', 'spokeswoman', 'source', 'sources']);
// A noun, or one the tagger calls a name for its capital ("Carmakers in Meridian" opening a sentence).
const NOUN_POS = new Set(['NOUN', 'PROPN']);
const DEFINITE = new Set(['the', 'this', 'that', 'its', 'their']);

// ", which wants X" after a name: the name, even as the object of a
// preposition ("talks with Kyiv, which wants X"); after any other noun
// ("the offer, which demands X"), no actor at all.
function relativeAntecedent(ctx: SentenceContext, state: DiscourseState, clause: Clause): Holders | undefined {
  let k = clause.from - 1;
  if (k >= ctx.from && ctx.tokens[k]!.norm === ',') k--;
  const m = ctx.actors.find((a) => a.to - 1 === k);
  if (!m || m.via !== 'name') return undefined;
  if (placeOfNoun(ctx, m, clause)) return undefined;
  const id = representedActor(m.actor, state.date);
  return id !== undefined ? { actors: [id], rule: 'subject.relative' } : undefined;
}

// Whether a cue comes after a ", which" clause closed by a comma, on a name that is the object of a preposition: "Its
// application to the region, which the Courier has seen, asks for X" is the application's, and the region no subject
// of it (it was the region's demand: the negotiations' wrong readings, stop 57).
function closedAfterObject(ctx: SentenceContext, cue: CueMatch, clause: Clause): boolean {
  const m = ctx.actors.find((a) => a.to === (ctx.tokens[clause.from - 1]?.norm === ',' ? clause.from - 1 : clause.from));
  if (m === undefined || m.titleFrom - 1 < ctx.from || !ADDRESSED.has(ctx.tokens[m.titleFrom - 1]!.norm)) return false;
  for (let k = clause.from + 1; k < cue.from; k++) if (ctx.tokens[k]!.norm === ',' && !ctx.quoted[k - ctx.from]) return true;
  return false;
}
// Prepositions before a party a thing is sent to or aimed at ("its application to the region", "talks with Kyiv"), not
// one that makes or speaks through it ("Marek, president of the federation, which ...", "drafted by X, who ...").
const ADDRESSED: ReadonlySet<string> = new Set(['to', 'with', 'against', 'toward', 'towards', 'on', 'over']);

// Whether the name before ", which" says where the plural noun before it is, and the clause is the noun's:
// "Carmakers in Meridian, which had lobbied against X", "exporters from Meridian, who". Not people who speak
// for it ("officials from Meridian, who"), a plan it made ("the offer from the federation, which"), or a
// clause whose verb is singular ("monitors from Ardesh, which shares a border").
function placeOfNoun(ctx: SentenceContext, m: { from: number }, clause: Clause): boolean {
  const before = m.from - 1;
  if (before <= ctx.from || !PLACE_PREPOSITIONS.has(ctx.tokens[before]!.norm)) return false;
  const head = ctx.tokens[before - 1]!;
  if (!NOUN_POS.has(head.pos) || !head.norm.endsWith('s') || REPRESENTATIVES.has(head.lemma) || PLAN_WORDS.has(head.lemma)) return false;
  if (ctx.actors.some((a) => a.from <= before - 1 && a.to > before - 1)) return false;
  let v = clause.from + 1;
  while (v < ctx.to && ctx.tokens[v]!.pos !== 'VERB' && ctx.tokens[v]!.pos !== 'AUX') v++;
  const verb = ctx.tokens[v];
  return verb === undefined || !SINGULAR_VERB.test(verb.norm) || verb.norm === verb.lemma;
}

// A verb of the third person singular in the present ("has", "is", "shares"): its subject is no plural noun.
const SINGULAR_VERB = /^(?:has|is|does|[a-z]+s)$/;

// Whether a cue stands in a ", which ..." clause on a thing, with no subject
// of its own before the cue: what it says describes the thing ("the plan,
// which requires X"), and is no one's stance, not even the speaker's.
function describesThing(ctx: SentenceContext, state: DiscourseState, cue: CueMatch, clause: Clause): boolean {
  if (ctx.tokens[clause.from]!.norm !== 'which' || clause.from === ctx.from) return false;
  return relativeAntecedent(ctx, state, clause) === undefined && findSubject(ctx, state, cue.from, clause.from, { skip: [] }) === undefined;
}

const SUBJECT_GAP = new Set(['AUX', 'ADV', 'PART', 'ADJ']);

// Whether the words right before a cue ("... representatives are ready to")
// end in a common noun that names no actor and no issue: a subject the
// register does not know.
function unknownNounSubject(ctx: SentenceContext, cue: CueMatch, clause: Clause): boolean {
  const k = subjectHead(ctx, cue, clause);
  if (k === undefined) return false;
  const t = ctx.tokens[k]!;
  // A common noun, or a people ("Ukrainians", "Russians"): a capitalised plural.
  const noun = (t.pos === 'NOUN' && /^[a-z]/.test(t.text)) || ((t.pos === 'NOUN' || t.pos === 'PROPN') && /^[A-Z][a-z]+s$/.test(t.text));
  return noun && !insideAny(ctx.actors, k) && !insideAny(ctx.issues, k) && !insideAny(unknownNames(ctx), k);
}

// Whether the subject right before a cue names no actor and opens a clause set under another ("a day after the
// media committee voted").
// "open to anyone who wants a ceasefire", "a vote written by the man who wants to win it", "would help workers who want to
// move": a cue whose subject is "who" after a noun or pronoun that names no actor is that one's, no party's, where the
// speaker or the subject of the clause before was taken for it (the negotiations' wrong readings, stop 56). After a name
// ("the Greens, who want X") the name holds it, as before.
function relativeOfNoActor(ctx: SentenceContext, cue: CueMatch): boolean {
  let k = cue.from - 1;
  while (k > ctx.from && SUBJECT_GAP.has(ctx.tokens[k]!.pos)) k--;
  if (k <= ctx.from || ctx.tokens[k]!.norm !== 'who') return false;
  const antecedent = ctx.tokens[k - 1]!.norm === ',' ? k - 2 : k - 1;
  return antecedent >= ctx.from && !ctx.actors.some((m) => m.from <= antecedent && antecedent < m.to);
}

function subordinateUnknownSubject(ctx: SentenceContext, cue: CueMatch, clause: Clause): boolean {
  if (!unknownNounSubject(ctx, cue, clause)) return false;
  const start = subjectPhraseStart(ctx, cue, clause);
  return start !== undefined && start - 1 >= ctx.from && SUBORDINATORS.has(ctx.tokens[start - 1]!.norm);
}
const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'since', 'until', 'because', 'although', 'though', 'once', 'as']);

// Whether the subject right before a cue ends in a plural ("the soldiers",
// "Russians"): a singular may stand for an actor named before ("Ann Moss
// said the party would not accept X").
function pluralHead(ctx: SentenceContext, cue: CueMatch, clause: Clause): boolean {
  const k = subjectHead(ctx, cue, clause);
  if (k === undefined) return false;
  const t = ctx.tokens[k]!;
  return /s$/.test(t.norm) && (t.norm !== t.lemma || /^[A-Z]/.test(t.text));
}

// The last word of the subject right before a cue, past auxiliaries and adverbs.
function subjectHead(ctx: SentenceContext, cue: CueMatch, clause: Clause): number | undefined {
  let k = cue.from - 1;
  while (k >= clause.from && (SUBJECT_GAP.has(ctx.tokens[k]!.pos) || ctx.tokens[k]!.norm === 'to')) k--;
  return k < clause.from ? undefined : k;
}

const SUBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

// Where the noun phrase that ends right before a cue starts, when it names
// no actor ("the soldiers", "most Russians"; not "Kyiv's negotiators",
// "Russian diplomats"): undefined when it names one.
function subjectPhraseStart(ctx: SentenceContext, cue: CueMatch, clause: Clause): number | undefined {
  let k = subjectHead(ctx, cue, clause);
  if (k === undefined) return undefined;
  for (; k >= clause.from; k--) {
    if (insideAny(ctx.actors, k)) return undefined;
    const t = ctx.tokens[k]!;
    if (!SUBJECT_WORDS.has(t.pos) && !POSSESSIVE_PRONOUNS.has(t.norm) && t.norm !== "'s" && t.norm !== "'") break;
  }
  // "Zelensky and his European allies called for X": one of a coordinated subject, read as before.
  if (k >= clause.from && (ctx.tokens[k]!.norm === 'and' || ctx.tokens[k]!.norm === ',')) return undefined;
  return k + 1;
}

// "Russia demands that Ukraine withdraw from the regions before any ceasefire":
// an order cue that reads its holder from the subject ("before any X"), whose
// nearest subject stands inside the complement of an earlier demand of the
// clause, names the one asked to act; the condition is the demander's
// ('none' when the demand is no one's: "discussed the demand that ...").
function demanderOf(
  ctx: SentenceContext,
  state: DiscourseState,
  cue: CueMatch,
  cues: ReadonlyArray<CueMatch>,
  notOwn: ReadonlySet<CueMatch>,
  clause: MainClause,
): Holders | 'none' | undefined {
  const rule = cue.pattern.value;
  if (!rule.order || rule.holder !== 'subject') return undefined;
  for (let i = cues.length - 1; i >= 0; i--) {
    const d = cues[i]!;
    const r = d.pattern.value;
    if (d.to > cue.from || r.kind !== 'demand' || r.order || r.scope !== 'right') continue;
    if (!findSubject(ctx, state, cue.from, d.to)) return undefined;
    // A demand that is the object of another verb is the owner's the text names, or no one's.
    const holders = notOwn.has(d) ? namedHolder(ctx, state, d, clause) : resolveHolders(ctx, state, d, clause);
    return holders ? { actors: holders.actors, rule: `demander/${holders.rule}` } : 'none';
  }
  return undefined;
}

// Cues naming a thing in the object of a verb cue: "dismissed the demand
// for X", "turned down the offer of X", "rejected calls for X". Each maps
// to the verb cue whose object it is in.
function objectCues(ctx: SentenceContext, cues: ReadonlyArray<CueMatch>, clause: Clause): Map<CueMatch, CueMatch> {
  const out = new Map<CueMatch, CueMatch>();
  if (cues.length < 2) return out;
  for (const verb of cues) {
    const rule = verb.pattern.value;
    if (rule.scope !== 'right' || rule.modal || rule.order || out.has(verb)) continue;
    // "would go to court to block X": going to law names its own venue; a verb after it tells what it is for, its own.
    if (rule.id === 'commit.go-to-law') continue;
    if (!ctx.tokens.slice(verb.from, verb.to).some((t) => t.pos === 'VERB')) {
      // "ready to cut tariffs", "willing to halt aid": a readiness reads through the verb that ends
      // what it names (the readiness is against it), which is no commitment of its own yet.
      // "has no intention of accepting X": the refusal reads through the gerund, as "refused to accept X" does.
      const gerund = ctx.tokens[verb.to - 1]!.norm === 'of' && rule.kind === 'reject';
      if (ctx.tokens[verb.to - 1]!.norm !== 'to' && !gerund) continue;
      const c = cues.find((x) => x.from === verb.to && (gerund || x.pattern.value.polarity === '-') && x.pattern.value.scope === 'right' && !x.pattern.value.order && ctx.tokens[x.from]!.pos === 'VERB');
      if (c && !out.has(c)) out.set(c, verb);
      continue;
    }
    const nextOrder = cues.find((c) => c.from > verb.from && c.pattern.value.order);
    const end = predicateEnd(ctx, verb.to, nextOrder ? nextOrder.from : clause.to);
    for (const c of cues) {
      if (c.from < verb.to || c.from >= end || out.has(c) || c.pattern.value.order || c.pattern.value.scope !== 'right') continue;
      if (namesThing(ctx, c, verb) || complementOf(ctx, c, verb)) out.set(c, verb);
    }
  }
  return out;
}

// A cue verb after "to" is what the verb before it governs: "refused to
// accept X", "rejected calls (from Kyiv) to accept X". Its stance is the
// outer verb's ("refused to accept" rejects), not one of its own.
function complementOf(ctx: SentenceContext, c: CueMatch, verb: CueMatch): boolean {
  if (!infinitive(ctx, c)) return false;
  for (let k = verb.to; k < c.from - 1; k++) {
    const t = ctx.tokens[k]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !nounLike(ctx, k))) return false;
  }
  return true;
}

// Participles of pressing a party to act ("was urged to", "is being pressed to"), and the forms of "be" (or "get")
// before them; "pressure" with "under" or "faces" ("is under pressure from Washington to").
const PRESSING = new Set(['pressure', 'pressured', 'pressed', 'pushed', 'urged', 'asked', 'told', 'called', 'encouraged', 'lobbied']);
const PASSIVE_BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'get', 'gets', 'got', 'getting']);
// Words of a phrase naming who presses, between the pressing word and "to": "from Washington", "by its allies", "on".
const PRESSER_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV']);

// Whether a cue is what a party is pressed to do, or the pressing itself
// in the passive: "(Kyiv is) under pressure (from Washington) to accept
// talks", "faces growing pressure to", "was urged (by its allies) to
// accept", "has been called on to". Neither states the pressed party's
// stance; who presses is not read here ("put pressure on Kyiv to accept"
// is the subject's demand, `demand.pressure`).
function pressedTo(ctx: SentenceContext, c: CueMatch, floor: number): boolean {
  const { tokens } = ctx;
  // The pressing verb itself in the passive: "was urged to accept", "was called on to".
  const head = tokens[c.from]!;
  if (c.pattern.value.modal && head.pos === 'VERB' && head.norm !== head.lemma && head.norm.endsWith('ed') && passiveBefore(ctx, c.from, floor)) return true;
  if (!infinitive(ctx, c)) return false;
  let k = c.from - 2;
  // "from Washington", "by its European allies", "on": who presses, or the particle of "called on".
  const stop = Math.max(floor, k - 6);
  for (let j = k; j >= stop; j--) {
    const t = tokens[j]!;
    if (t.norm === 'from' || t.norm === 'by') {
      k = j - 1;
      break;
    }
    if (!(PRESSER_WORDS.has(t.pos) || insideAny(ctx.actors, j))) break;
  }
  if (k >= floor && tokens[k]!.norm === 'on' && tokens[k - 1]?.norm === 'called') k--;
  // "under growing pressure", "faces mounting pressure".
  let w = k;
  if (w >= floor && tokens[w]!.lemma === 'pressure' && tokens[w]!.pos === 'NOUN') {
    w--;
    while (w >= floor && (tokens[w]!.pos === 'ADJ' || tokens[w]!.pos === 'ADV' || tokens[w]!.pos === 'DET' || (tokens[w]!.pos === 'VERB' && tokens[w]!.norm.endsWith('ing')))) w--;
    return w >= floor && (tokens[w]!.norm === 'under' || tokens[w]!.lemma === 'face' || tokens[w]!.lemma === 'feel');
  }
  // wink may tag the participle an adjective ("is being pressured").
  return w >= floor && PRESSING.has(tokens[w]!.norm) && (tokens[w]!.pos === 'VERB' || tokens[w]!.pos === 'ADJ') && passiveBefore(ctx, w, floor);
}

// A form of "be" (or "get") right before token `at`, adverbs between: "was (strongly) urged", "is being pressed".
function passiveBefore(ctx: SentenceContext, at: number, floor: number): boolean {
  let k = at - 1;
  while (k >= floor && ctx.tokens[k]!.pos === 'ADV') k--;
  return k >= floor && PASSIVE_BE.has(ctx.tokens[k]!.norm);
}

function infinitive(ctx: SentenceContext, c: CueMatch): boolean {
  return ctx.tokens[c.from]!.pos === 'VERB' && c.from > ctx.from && ctx.tokens[c.from - 1]!.norm === 'to';
}

// A word wink tags as a verb where no verb can stand: after a verb ("rejected
// calls"), a determiner, adjective, possessive or participle ("renewed calls").
function nounLike(ctx: SentenceContext, k: number): boolean {
  const prev = ctx.tokens[k - 1];
  return prev !== undefined && (prev.pos === 'VERB' || prev.pos === 'DET' || prev.pos === 'ADJ' || prev.norm === "'s");
}

/**
 * Verbs (lemmas) by which the subject takes up a stance it names as
 * another's or as no one's: "echoed Kyiv's rejection of X", "shared the
 * call for X", "joined Zelensky in calling for X".
 */
const ECHO_VERBS = new Set(['echo', 'share', 'second', 'join', 'amplify', 'embrace']);
const ECHOED_KINDS = new Set<StatementKind>(['demand', 'reject', 'support', 'propose']);
// A rejection echoed takes up a red line as well.
const ECHOED_EARLIER: Partial<Record<StatementKind, ReadonlySet<StatementKind>>> = { reject: new Set<StatementKind>(['reject', 'red-line']) };

// The holders of a stance named as the object of an echoing verb: whoever
// the text says owns it, and the verb's subject.
function echoHolders(ctx: SentenceContext, state: DiscourseState, cue: CueMatch, clause: MainClause): Holders | undefined {
  const verb = echoVerbOf(ctx, cue, clause);
  if (verb === undefined) return undefined;
  const subject = toHolders(findSubject(ctx, state, verb, clause.from, { skip: passedOver(clause) }), state, 'echo');
  if (!subject) return undefined;
  const named = namedHolder(ctx, state, cue, clause)?.actors ?? [];
  // "joined Zelensky in calling for X": Zelensky calls for it too.
  const joined = ctx.actors.filter((m) => m.from > verb && m.to < cue.from).map((m) => representedActor(m.actor, state.date));
  return { actors: [...new Set([...named, ...joined.filter((id): id is string => id !== undefined), ...subject.actors])], rule: subject.rule };
}

// The echoing verb whose object a noun cue heads, past determiners,
// adjectives and a possessor ("echoed Kyiv's rejection"), or the "join" of
// "joined Zelensky in calling for X".
function echoVerbOf(ctx: SentenceContext, cue: CueMatch, clause: Clause): number | undefined {
  const rule = cue.pattern.value;
  if (!ECHOED_KINDS.has(rule.kind) || rule.scope !== 'right' || rule.order) return undefined;
  const head = ctx.tokens[cue.from]!;
  let k = cue.from - 1;
  const gerund = head.pos === 'VERB' && head.norm.endsWith('ing');
  if (gerund) {
    if (k < clause.from || ctx.tokens[k]!.norm !== 'in') return undefined;
    k--;
  } else if (head.pos !== 'NOUN' && !(head.pos === 'VERB' && k >= clause.from && nounLike(ctx, cue.from))) return undefined;
  while (k >= clause.from) {
    const t = ctx.tokens[k]!;
    const m = ctx.actors.find((a) => a.to - 1 === k);
    if (m && m.titleFrom >= clause.from) k = m.titleFrom - 1;
    else if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.norm === "'s" || POSSESSIVE_PRONOUNS.has(t.norm)) k--;
    else break;
  }
  if (k < clause.from) return undefined;
  const verb = ctx.tokens[k]!;
  if (verb.pos !== 'VERB' || !ECHO_VERBS.has(verb.lemma) || (gerund && verb.lemma !== 'join')) return undefined;
  return k;
}

const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);

// A one-word cue in the past participle between an article and a noun:
// "the proposed ceasefire", "a suggested truce" (whose, the text does not
// say; "Kyiv's proposed truce" names its owner and stays a proposal).
function attributive(ctx: SentenceContext, cue: CueMatch): boolean {
  const head = ctx.tokens[cue.from]!;
  if (cue.to - cue.from !== 1 || head.pos !== 'VERB' || !head.norm.endsWith('ed') || cue.from <= ctx.from || cue.to >= ctx.to) return false;
  const next = ctx.tokens[cue.to]!;
  return ARTICLES.has(ctx.tokens[cue.from - 1]!.norm) && (next.pos === 'NOUN' || next.pos === 'PROPN' || insideAny(ctx.issues, cue.to));
}

const OBJECT_START = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON']);

// A word wink tags as a noun where a verb stands: right after a name (not
// a demonym, not "Kyiv's") and before its object ("Moscow demands
// neutrality and ..."), where "Moscow demands were ..." and "Moscow demands
// for X" keep the noun.
function verbAfterName(ctx: SentenceContext, cue: CueMatch): boolean {
  const head = ctx.tokens[cue.from]!;
  if (head.pos !== 'NOUN' || cue.to - cue.from !== 1 || !head.norm.endsWith('s') || cue.to >= ctx.to) return false;
  const name = ctx.actors.find((m) => m.to === cue.from);
  if (!name || name.via !== 'name') return false;
  const next = ctx.tokens[cue.to]!;
  return OBJECT_START.has(next.pos) && !insideAny(ctx.actors, cue.to - 1);
}

const COMPLEMENT_SUBJECT = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

// A demand whose object is a clause with a subject of its own: "demands
// (that) Kyiv accept X", "wants Ukraine to renounce X", "requires that
// sanctions be lifted". The verb after the subject is in its base form
// (subjunctive or infinitive): "the demands that Kyiv rejected" is a
// relative clause, and "demands that Kyiv accepts" states what is so.
function demandsClause(ctx: SentenceContext, cue: CueMatch, clause: Clause): boolean {
  return complementVerb(ctx, cue, clause) !== undefined;
}

// Verbs whose subject frames what is demanded: "demanded that any treaty include binding arbitration" demands the
// arbitration, not the treaty ("demanded that the ceasefire begin at once" demands the ceasefire).
const FRAMING_VERBS = new Set(['include', 'contain', 'cover', 'provide', 'guarantee', 'ensure', 'mention', 'respect', 'reflect', 'enshrine', 'spell', 'recognize', 'address', 'protect', 'preserve']);

/**
 * The words of a demanded clause's subject, `[from, to)`, when its verb frames what is demanded ("that any treaty
 * include X"): no issue named there is demanded.
 */
function complementFrame(ctx: SentenceContext, cue: CueMatch, clause: Clause): { from: number; to: number } | undefined {
  const verb = complementVerb(ctx, cue, clause);
  if (verb === undefined || !FRAMING_VERBS.has(ctx.tokens[verb.at]!.lemma)) return undefined;
  return { from: verb.subject, to: verb.at };
}

// The verb of the clause a demand cue takes for its object ("demands that Kyiv accept X", "demands Kyiv accept X"),
// and where that clause's subject starts; undefined when the cue takes none.
function complementVerb(ctx: SentenceContext, cue: CueMatch, clause: Clause): { subject: number; at: number } | undefined {
  const rule = cue.pattern.value;
  if (rule.kind !== 'demand' || rule.scope !== 'right' || rule.modal || rule.order) return undefined;
  let k = cue.to;
  // "insisted on Monday that Kyiv withdraw": the day it was said stands before the clause demanded.
  const said = timeAdverbialEnd(ctx.tokens, k, clause.to);
  if (said > k && said < clause.to && ctx.tokens[said]!.norm === 'that') k = said;
  if (k < clause.to && ctx.tokens[k]!.norm === 'that') k++;
  const subject = k;
  // A cue starts the verb even where wink reads a noun ("that Moscow rule out").
  const cueAt = (i: number) => (ctx.tokens[i]!.pos === 'VERB' || ctx.tokens[i]!.pos === 'NOUN') && ctx.cues.some((c) => c.from === i && !c.pattern.value.order);
  // So does a bare noun after a name, before an article or a possessive: "that Velmora release its prisoners".
  const bareVerbAt = (i: number) =>
    i > subject && insideAny(ctx.actors, i - 1) && !insideAny(ctx.actors, i) && ctx.tokens[i]!.pos === 'NOUN' && ctx.tokens[i]!.norm === ctx.tokens[i]!.lemma && i + 1 < clause.to && (ctx.tokens[i + 1]!.pos === 'DET' || POSSESSIVE_PRONOUNS.has(ctx.tokens[i + 1]!.norm));
  while (k < clause.to && k - subject < 8 && !(k > subject && (cueAt(k) || bareVerbAt(k)))) {
    const t = ctx.tokens[k]!;
    if (insideAny(ctx.actors, k) || t.norm === "'s" || (COMPLEMENT_SUBJECT.has(t.pos) && t.norm !== 'that')) k++;
    else break;
  }
  if (k === subject || k >= clause.to) return undefined;
  // "asked the government on Monday to approve X": the time it was asked stands before the verb asked for.
  const timed = timeAdverbialEnd(ctx.tokens, k, clause.to);
  if (timed > k && timed < clause.to && ctx.tokens[timed]!.norm === 'to') k = timed;
  if (ctx.tokens[k]!.norm === 'to' && k + 1 < clause.to) k++;
  else if (ctx.tokens[k]!.norm === 'be') return { subject, at: k };
  const verb = ctx.tokens[k]!;
  return (verb.pos === 'VERB' || cueAt(k) || bareVerbAt(k)) && baseForm(verb) && !verb.norm.endsWith('ing') ? { subject, at: k } : undefined;
}

// A verb in its base form: its lemma, spelt either way ("recognise", whose lemma wink spells "recognize").
function baseForm(t: Token): boolean {
  return t.norm === t.lemma || t.norm.replace(/ise$/, 'ize') === t.lemma || t.norm.replace(/yse$/, 'yze') === t.lemma;
}


// Whether a noun cue is the object of a verb that does not make it the
// subject's own ("discussed the demand for X", "responded to calls for X"),
// where the verb is no cue (cue verbs: see objectCues).
function objectOfOtherVerb(ctx: SentenceContext, c: CueMatch, clause: Clause): boolean {
  const head = ctx.tokens[c.from]!;
  // A gerund after a verb is a verb ("continued calling for X"), and a
  // participle an adjective ("a proposed ceasefire"), not a demand named.
  const noun = head.pos === 'NOUN' || (head.pos === 'VERB' && !/(ing|ed)$/.test(head.norm) && c.from > clause.from && nounLike(ctx, c.from));
  if (!noun) return false;
  let k = c.from - 1;
  // Determiners, adjectives and numbers before the noun; a participle after
  // one of them is an adjective too ("the detailed proposals").
  while (k >= clause.from) {
    const t = ctx.tokens[k]!;
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || POSSESSIVE_PRONOUNS.has(t.norm)) k--;
    else if (t.pos === 'VERB' && t.norm.endsWith('ed') && k > clause.from && /^(DET|ADJ|VERB|AUX)$/.test(ctx.tokens[k - 1]!.pos)) k--;
    else break;
  }
  if (k < clause.from) return false;
  let verb = ctx.tokens[k]!;
  // "responded to the demand for X": the verb before the preposition.
  if (verb.pos === 'ADP' && k - 1 >= clause.from) verb = ctx.tokens[k - 1]!;
  if (verb.pos !== 'VERB') return false;
  return !(OWNING_VERBS.has(verb.lemma) || OWNING_VERBS.has(verb.norm));
}

// A noun ("the demand"), or a word wink tags as a verb where no verb can
// stand: right after the verb ("rejected calls for"), after a determiner,
// adjective, possessive or participle ("renewed calls").
function namesThing(ctx: SentenceContext, c: CueMatch, verb: CueMatch): boolean {
  const head = ctx.tokens[c.from]!;
  if (head.pos === 'NOUN') return true;
  if (head.pos !== 'VERB') return false;
  if (c.from === verb.to) return true;
  const prev = ctx.tokens[c.from - 1]!;
  return prev.pos === 'DET' || prev.pos === 'ADJ' || prev.norm === "'s" || (prev.pos === 'VERB' && prev.norm.endsWith('ed'));
}

// The holder the text names for a noun: its possessor ("Russian demands",
// "the union's offer") or the actor after "of"/"by" ("the demands of Moscow").
function namedHolder(ctx: SentenceContext, state: DiscourseState, cue: CueMatch, clause: Clause): Holders | undefined {
  const p = possessorOf(ctx, state, cue, clause);
  return p === 'none' ? undefined : p ?? ofActor(ctx, cue);
}

// "Russian demands", "Kyiv's support"; 'none' for a mention that speaks for
// no one on the date, undefined when no possessor is named.
function possessorOf(ctx: SentenceContext, state: DiscourseState, cue: CueMatch, clause: Clause): Holders | 'none' | undefined {
  for (let k = cue.from - 1; k >= Math.max(clause.from, cue.from - 3); k--) {
    const t = ctx.tokens[k]!;
    const m = ctx.actors.find((a) => a.to - 1 === k);
    if (m && !insideAny(ctx.issues, k)) {
      const id = representedActor(m.actor, state.date);
      return id ? { actors: [id], rule: 'possessor' } : 'none';
    }
    if (/^(his|her|its|their)$/.test(t.norm)) break;
    if (!(t.pos === 'ADJ' || t.pos === 'DET' || t.norm === "'s" || t.pos === 'NOUN')) break;
  }
  return undefined;
}

function ofActor(ctx: SentenceContext, cue: CueMatch): Holders | undefined {
  // "demands of Moscow", "deemed unacceptable by Kyiv", "intention of the United States"
  for (let k = cue.to - 1; k < Math.min(ctx.to, cue.to + 2); k++) {
    const n = ctx.tokens[k]!.norm;
    if (n !== 'by' && n !== 'of') continue;
    const m = ctx.actors.find((a) => a.titleFrom > k && a.titleFrom <= k + 2);
    if (m) return { actors: [m.actor.id], rule: `agent.${n}` };
  }
  return undefined;
}

// Whether a demand's cue stands in the clause (the clause a condition is of).
function demandGoverns(ctx: SentenceContext, clause: { from: number; to: number } | undefined): boolean {
  return clause !== undefined && ctx.cues.some((c) => c.from >= clause.from && c.from < clause.to && c.pattern.value.kind === 'demand');
}

// Whether the words before an issue make it a place ("in the Competition Appeal Tribunal", "before the court").
function venueBefore(ctx: SentenceContext, at: number): boolean {
  let k = at - 1;
  if (k > ctx.from && (ctx.tokens[k]!.norm === 'the' || ctx.tokens[k]!.norm === 'a')) k--;
  // ("would look closely at the proposals": an "at" that ends the cue is its own, not a venue.)
  return k >= ctx.from && VENUE_PREPOSITIONS.has(ctx.tokens[k]!.norm) && !ctx.cues.some((c) => c.to === k + 1 && c.from < k);
}
const VENUE_PREPOSITIONS = new Set(['in', 'before', 'at']);
