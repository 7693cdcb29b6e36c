/**
 * The language rules for kind and polarity: which words mark a demand, a
 * rejection, a red line, a condition... They are about English, not about
 * any one negotiation (issues live in lexicons).
 *
 * @since 0.1.0
 */
import type { Polarity, StatementKind } from '@stancelog/core';

/**
 * Whose stance a cue expresses:
 * - `subject`: the actor before it ("Kyiv rejected ...");
 * - `speaker`: whoever is speaking (modals: "Russia must agree", said Starmer);
 * - `possessor`: the owner of a noun ("Russian demands", "Kyiv's support");
 * - `agent`: the actor after "by" ("deemed unacceptable by Kyiv"), else the subject.
 *
 * @example
 * import { CUE_RULES, ingestText, type HolderRole } from '@stancelog/ingest'
 * const text = "Macron said on Friday that Kyiv's backing for a ceasefire was firm."
 * const holders = (holder: HolderRole) => {
 *   const backing = { id: 'support.backing', phrase: 'backing for', kind: 'support', polarity: '+', holder, scope: 'right' } as const
 *   const r = ingestText(text, { publishedAt: '2025-05-17' }, { cues: [...CUE_RULES, backing], provisional: false })
 *   return r._tag === 'Right' ? r.right.statements.map((s) => [s.holder, s.issue]) : []
 * }
 * assert.deepStrictEqual(holders('possessor'), [['ukraine', 'ceasefire']])
 * assert.deepStrictEqual(holders('speaker'), [['france', 'ceasefire']])
 * @category rules
 * @since 0.1.0
 */
export type HolderRole = 'subject' | 'speaker' | 'possessor' | 'agent';

/**
 * Which issues a cue governs: those after it, before it (in its clause, or
 * within its own gap: "would put the rent cap to a vote"), the whole
 * sentence, or the objects demanded in the clauses before it
 * ("..., demands deemed unacceptable by Kyiv").
 *
 * @example
 * import { CUE_RULES, ingestText, type CueScope } from '@stancelog/ingest'
 * const text = 'Kyiv said on Friday that territorial concessions are a dead letter.'
 * const issues = (scope: CueScope) => {
 *   const deadLetter = { id: 'reject.dead-letter', phrase: 'be a dead letter', kind: 'reject', polarity: '-', holder: 'subject', scope } as const
 *   const r = ingestText(text, { publishedAt: '2025-05-17' }, { cues: [...CUE_RULES, deadLetter], provisional: false })
 *   return r._tag === 'Right' ? r.right.statements.map((s) => [s.holder, s.issue, s.kind]) : []
 * }
 * assert.deepStrictEqual(issues('right'), [])
 * assert.deepStrictEqual(issues('left'), [['ukraine', 'territorial-concessions', 'reject']])
 * @category rules
 * @since 0.1.0
 */
export type CueScope = 'right' | 'left' | 'sentence' | 'back';

/**
 * A cue: a pattern (words separated by spaces, matched by form or lemma;
 * `a|b` lists alternatives, `*` skips up to three words, `#num` is any
 * number) and what it means.
 * `modal` cues make later cues in the clause part of what is demanded;
 * `order` cues set one issue as a condition of another
 * (`condition-first`: "A must precede B"; `main-first`: "B preceded by A").
 *
 * @example
 * import { CUE_RULES, ingestText, type CueRule } from '@stancelog/ingest'
 * const balk: CueRule = { id: 'reject.balk', phrase: 'balk at', kind: 'reject', polarity: '-', holder: 'subject', scope: 'right' }
 * const r = ingestText('Kyiv balked at territorial concessions on Friday.', { publishedAt: '2025-05-17' }, { cues: [...CUE_RULES, balk] })
 * assert.ok(r._tag === 'Right')
 * assert.deepStrictEqual(r.right.statements.map((s) => [s.holder, s.issue, s.kind, s.polarity]), [['ukraine', 'territorial-concessions', 'reject', '-']])
 * assert.ok(r.right.explanations[0]!.rules.includes('cue:reject.balk'))
 * @category rules
 * @since 0.1.0
 */
export interface CueRule {
  readonly id: string;
  readonly phrase: string;
  readonly kind: StatementKind;
  readonly polarity: Polarity;
  readonly holder: HolderRole;
  readonly scope: CueScope;
  readonly modal?: boolean;
  readonly order?: 'condition-first' | 'main-first';
  /** Polarity on the main issue of an order cue ("preconditions for a ceasefire": `-`). */
  readonly mainPolarity?: Polarity;
  /**
   * The cue declares what precedes it a firm requirement (`polarity`), except
   * when that is something given up ("recognition of X", "concessions"):
   * then the polarity flips. "Sovereignty is non-negotiable" insists on
   * sovereignty; "recognition of the annexation is non-negotiable" refuses
   * recognition. See {@link CONCESSION_WORDS}.
   */
  readonly concessionFlips?: boolean;
  /**
   * The cue is a demand only when a clause with its own subject and a verb
   * in the base form follows it (a subjunctive): "Moscow insists that Kyiv
   * withdraw" demands it, "Moscow insists that the talks are going well"
   * demands nothing.
   */
  readonly subjunctive?: boolean;
  /**
   * The cue holds only when the noun phrase right after it is headed by one
   * of these words (lemmas or forms): "signed the grain deal" commits to the
   * deal, "signed a letter" commits to nothing.
   */
  readonly objectHeads?: ReadonlySet<string>;
  /**
   * The cue says who decides or takes part ("X must be settled only by
   * Kyiv", "it is up to Kyiv to decide X"), when an actor of the register
   * is the one named: its issue is the one the lexicon names in the cue's
   * own words (`who-decides` in the default lexicon), and the matter to be
   * decided (X) is no one's stance in that sentence. "Exclusively",
   * "solely" or "must be, and will be" make it a red line.
   */
  readonly decides?: true;
  /**
   * The kind of the stance when the words the cue governs name the
   * opposite of the issue (a lexicon phrase of polarity `-`), and the cue is
   * not denied: a readiness to "continue fighting" is a `threat` against a
   * ceasefire, not support for it.
   */
  readonly againstKind?: StatementKind;
  /**
   * The cue holds only when its object is a bare noun phrase, not one
   * judged by a complement after it: "might consider a ceasefire" weighs
   * the ceasefire, "considers the ceasefire a trap", "considers territorial
   * concessions unacceptable" or "considers that ..." judge it (and are no
   * hedge).
   */
  readonly bareObject?: true;
  /**
   * The cue's first word holds only as a verb: "Moscow offered a truce"
   * proposes it, where the noun of "the pay offer", "discussed their offer"
   * or "the offer was an insult" proposes nothing (a word after an article,
   * a possessive, an adjective, a number or another noun is a noun's).
   */
  readonly verb?: true;
  /**
   * The cue, ending in "to", holds only when a verb follows it (adverbs may
   * stand between): "its threat to walk out of the talks" threatens, "a
   * threat to the talks" names a danger and no one's stance.
   */
  readonly infinitive?: true;
  /**
   * The kind of the stance when the cue is denied by its own "not", with
   * polarity `-`: "will not consider a ceasefire" refuses it (`reject`).
   */
  readonly deniedKind?: StatementKind;
  /**
   * The kind of the stance when "only" restricts the cue to its conditions,
   * with polarity `-` (no X unless they hold, as "preconditions for X"
   * reads): "would only consider a ceasefire after Kyiv withdraws from the
   * regions" is a `condition` on the ceasefire.
   */
  readonly onlyKind?: StatementKind;
  /**
   * The cue holds only when right after it (adverbs may stand between) an
   * issue starts that the lexicon names by a verb: "Kyiv will not cede any
   * territory", "cannot give up the Donbas" (`cede * territory`, `give up *
   * Donbas`), where the verb is the issue's own word and no cue verb is
   * denied. "will not accept X" is read by the accept cue, as before. Told
   * as future ("will", "would") and with no condition, it is a red line.
   */
  readonly issueVerb?: true;
  /**
   * The cue holds only when it is predicative, not before the noun it
   * describes: "such guarantees are unacceptable", "called the plan
   * unacceptable", not "unacceptable demands".
   */
  readonly predicative?: true;
  /**
   * The cue holds only when it heads a list's lead-in with no verb ("The
   * main terms, as set out by the ministry:"), and its holder is the one
   * the lead-in names as their source (see `lead-in.ts`).
   */
  readonly leadIn?: true;
  /**
   * The cue holds only when its object, right after it, is an issue the
   * lexicon names (determiners, adjectives, "to" and a verb of giving may
   * stand between): "will continue military aid", "would halt intelligence
   * sharing", "keep supplying air defence". Verbs this general ("continue",
   * "stop") say nothing about a stance with any other object ("continued
   * shelling the city"), so no provisional issue is read. A phrase of the
   * lexicon that starts with the cue's verb ("stop the fighting", "end the
   * strike") is its object when a party named right before the verb, or a
   * pronoun, does it: the stance is a `commit` with the phrase's own
   * polarity, the verb counted once ("Russia will stop the fighting" is
   * `commit +` on a ceasefire, not a halt of one; rule `kind:own-phrase`).
   * Weighed ("may end the strike") it is a hedge on the phrase's issue, as
   * "may agree to X" is; denied, under a warning, or under another verb
   * ("agreed to end the strike"), the phrase is read as before.
   */
  readonly issueObject?: true;
  /**
   * The cue holds only when right after it stands a party of the register
   * (the one warned or pressed; "the" before it, or several joined by
   * "and"), and then one of these words: "warned Moscow of new sanctions"
   * (`of`), "is pressing Kyiv to accept talks" (`to`). With no party there
   * ("warned of a long war", "pushed the deadline to Friday", "was pressed
   * to agree") the words are no cue at all.
   */
  readonly partyThen?: ReadonlySet<string>;
  /**
   * With `partyThen`: the cue holds only when an issue the lexicon names
   * heads the noun phrase after the party and its word ("warned Moscow of
   * new sanctions"; determiners and adjectives before it allowed). "warned
   * the EU of the risks of lifting sanctions", "of the ceasefire's
   * collapse", "of new sanctions by Moscow" name no threat of the warner's.
   */
  readonly issueAfterParty?: true;
  /**
   * Denied, the cue states nothing: "Washington did not urge (press) Kyiv
   * to accept X" makes no demand, and none against X either. With
   * `deniedKind`, only denied as a fact ("did not look closely at X", "is
   * not weighing X"): refused ahead ("will not consider X", "would not look
   * again at X", "cannot weigh X", "declined to weigh X") it is of that kind.
   */
  readonly deniedStatesNothing?: true;
  /**
   * The judgement holds only after a verb of naming and its object: "called
   * the plan a joke", "branded the offer an insult" (not "a joke" alone).
   */
  readonly named?: true;
  /**
   * The cue answers one thing with another: "would answer any extension of
   * the duties with tariffs on wine", "would respond to new sanctions with
   * X". What follows "with" is the stance's object; what is answered,
   * between, its condition. With no "with" in the clause, no stance.
   */
  readonly answeredWith?: true;

  /**
   * With `partyThen`: the cue holds only when another cue opens right
   * after the party's word: "pushed Moscow to accept a ceasefire" presses
   * for an acceptance, "Russia pushed Ukraine to withdraw from Kherson" may
   * be an army's push, and states nothing.
   */
  readonly cueThen?: true;
  /**
   * The words the phrase's gap (`*`) stands for must be a party the
   * register names: "asked Washington for more aid" (`ask * for`), not
   * "asked what the plan for a truce was".
   */
  readonly partyGap?: true;
}

// What a signature commits to: an agreement, not a letter or a bill.
export const AGREEMENT_WORDS: ReadonlySet<string> = new Set([
  'agreement', 'deal', 'accord', 'truce', 'memorandum', 'pact', 'treaty', 'ceasefire', 'armistice', 'protocol', 'compact', 'settlement', 'contract',
]);

// The nouns of a plan put forward, in "presented a three-phase plan", "unveiled a roadmap".
export const PLAN_WORDS: ReadonlySet<string> = new Set(['plan', 'proposal', 'roadmap', 'blueprint', 'framework', 'initiative', 'draft', 'package', 'resolution', 'counter-proposal', 'counterproposal']);
// The nouns of a text a government or parliament puts forward and passes: "unveiled a draft mining code", "passed
// the budget" (a review of mining and budget talks).
// The nouns of an action a party calls or calls off: "called a general strike", "staged a walkout".
const ACTION_WORDS: ReadonlySet<string> = new Set(['strike', 'walkout', 'stoppage', 'boycott', 'blockade', 'referendum', 'ballot', 'protest', 'protests', 'march']);
const LAW_WORDS: ReadonlySet<string> = new Set(['code', 'bill', 'law', 'legislation', 'budget', 'act', 'amendment', 'resolution']);
// What a party presents: a plan, a text to be passed, a reform ("unveiled its pension reform").
const PRESENTED: ReadonlySet<string> = new Set([...PLAN_WORDS, ...LAW_WORDS, 'reform']);

// Verbs by which a negotiation's matters are decided, in the "who decides" cues.
const DECIDING_VERBS = 'decide|determine|negotiate|discuss|settle|resolve|choose';

// Participles of undoing a thing, said of it in the passive ("the tariffs would be lifted", "would not be dropped").
const UNDONE = 'dropped|scrapped|withdrawn|abandoned|shelved|lifted|ditched';

// The days a vote is dated by, between the verb and what it decides (see `agree.vote-to`).
const VOTE_DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|weekend';

// An agreement reached, laid before those who ratify it (see `commit.put-to-vote`).
const AGREEMENT_NOUNS = 'agreement|deal|accord|treaty|pact|settlement|text';

// What a party is said to be able to bear ("something we could live with"), and the adverbs that may stand before the
// verb ("could responsibly sign"); see `accept.something-could`.
const ABLE = 'can|could|would|will|might';
const ABLE_ADVERBS = 'responsibly|easily|happily|readily|comfortably|probably|certainly|reasonably|possibly';

// A party's word given, told by its noun (see `commit.noun`).
const PLEDGE_NOUNS = 'commitment|commitments|pledge|pledges|promise|promises|undertaking|undertakings|vow|vows';

const c = (
  id: string,
  phrase: string,
  kind: StatementKind,
  polarity: Polarity,
  holder: HolderRole,
  scope: CueScope,
  extra: Partial<CueRule> = {},
): CueRule => ({ id, phrase, kind, polarity, holder, scope, ...extra });

/**
 * The default cue rules, used when `IngestOptions.cues` is not given; pass
 * them along with your own to extend them (see {@link CueRule}).
 *
 * @example
 * import { CUE_RULES, ingestText } from '@stancelog/ingest'
 * const text = 'Kyiv rejected any territorial concessions on Friday.'
 * const kinds = (cues: typeof CUE_RULES) => {
 *   const r = ingestText(text, { publishedAt: '2025-05-17' }, { cues, provisional: false })
 *   return r._tag === 'Right' ? r.right.statements.map((s) => s.kind) : []
 * }
 * assert.deepStrictEqual(kinds(CUE_RULES), ['reject'])
 * assert.deepStrictEqual(kinds(CUE_RULES.filter((c) => c.kind !== 'reject')), [])
 * @category rules
 * @since 0.1.0
 */
export const CUE_RULES: ReadonlyArray<CueRule> = [
  // Order of conditions.
  c('condition.precede', 'must|should|has|have|need|needs precede|come', 'condition', '+', 'speaker', 'right', { order: 'condition-first' }),
  c('condition.precede', 'must|should come before', 'condition', '+', 'speaker', 'right', { order: 'condition-first' }),
  // "Withdrawal comes first.", "a ceasefire must come first" (a review of border talks), with nothing named to follow
  // it: the thing before is demanded first.
  c('demand.first', 'must|should come first', 'demand', '+', 'speaker', 'left'),
  c('demand.first', 'comes first', 'demand', '+', 'speaker', 'left'),
  c('condition.precede', 'precede', 'condition', '+', 'speaker', 'right', { order: 'condition-first' }),
  c('condition.preceded-by', 'be|being preceded by', 'condition', '+', 'speaker', 'right', { order: 'main-first' }),
  c('condition.preceded-by', 'should|must be preceded by', 'condition', '+', 'speaker', 'right', { order: 'main-first' }),
  c('condition.before-any', 'before any|entering|further|starting', 'condition', '+', 'subject', 'right', { order: 'condition-first' }),
  // "wants X before it enters talks": as "before entering talks", what its subject is to do once X holds.
  c('condition.before-any', 'before it|they|we enters|enter|starts|start|begins|begin|joins|join|resumes|resume', 'condition', '+', 'subject', 'right', { order: 'condition-first' }),
  c('condition.precondition-for', 'as * precondition|preconditions|prerequisite|prerequisites for', 'condition', '+', 'subject', 'right', { order: 'condition-first', mainPolarity: '-' }),
  c('condition.precondition-for', 'precondition|preconditions|prerequisite|prerequisites for', 'condition', '+', 'subject', 'right', { order: 'condition-first', mainPolarity: '-' }),
  // Modal demands: what someone must do, as the speaker wants it.
  c('demand.modal', 'must', 'demand', '+', 'speaker', 'right', { modal: true }),
  c('demand.modal', 'need|needs to', 'demand', '+', 'speaker', 'right', { modal: true }),
  // "Kyiv would need a ceasefire first", "the authority needs a guaranteed share", '"we need binding guarantees"': what a
  // party needs it asks for (a leftover of stop 52: it read nothing, or quoted words' weak support).
  c('demand.need', 'need|needs|needed', 'demand', '+', 'subject', 'right', { verb: true }),
  c('demand.modal', 'have|has to', 'demand', '+', 'speaker', 'right', { modal: true }),
  c('demand.modal', 'should', 'demand', '+', 'speaker', 'right', { modal: true }),
  // '"If the ministry's money disappears, we would have to look again at the emergency department"', "said it would have
  // to review the discount": what a party says it would be driven to reconsider of its own it holds over the other side,
  // a threat against it, where "have to" read a demand for it (the negotiations' misses, stop 54). Only with a pronoun
  // for subject (`ingest-text.ts`): "the ministry would have to review X" is still asked of the ministry.
  c('threat.would-have-to', 'would|will have to review|reconsider|rethink|revisit|reassess', 'threat', '-', 'subject', 'right'),
  c('threat.would-have-to', 'would|will have to look again|afresh at', 'threat', '-', 'subject', 'right'),
  c('threat.would-have-to', 'would|will also have to review|reconsider|rethink|revisit|reassess', 'threat', '-', 'subject', 'right'),
  c('demand.essential', 'be essential|necessary|indispensable|vital', 'demand', '+', 'speaker', 'left'),
  c('demand.necessity', 'necessity|need for', 'demand', '+', 'subject', 'right', { modal: true }),
  // Demands.
  c('demand.call-for', 'call|calls|called|calling for', 'demand', '+', 'subject', 'right'),
  c('demand.call-on', 'call|calls|called|calling on', 'demand', '+', 'subject', 'right', { modal: true }),
  c('demand.urge', 'urge', 'demand', '+', 'subject', 'right', { modal: true, deniedStatesNothing: true }),
  // "The EU is pressing Kyiv (hard) to accept talks", "pressed Kyiv into accepting talks": what the party pressed is
  // to do is wanted, as after "urge"; the passive ("was pressed to") names no one pressing, and the party pressed
  // states nothing (`pressed-to`). "push" only before a cue ("pushed Moscow to accept a ceasefire"): "Russia pushed
  // Ukraine to withdraw from Kherson" may be an army's push.
  c('demand.press-to', 'press|pressure', 'demand', '+', 'subject', 'right', { modal: true, partyThen: new Set(['to', 'into']), deniedStatesNothing: true }),
  c('demand.press-to', 'push', 'demand', '+', 'subject', 'right', { modal: true, partyThen: new Set(['to', 'into']), cueThen: true, deniedStatesNothing: true }),
  // "told the government to hold the election this year", "ordered Kyiv to withdraw": as after "urge", what the party
  // told is to do is wanted; only with the party and its "to" ("told reporters that ..." is saying).
  c('demand.tell-to', 'tell|order', 'demand', '+', 'subject', 'right', { modal: true, partyThen: new Set(['to']), deniedStatesNothing: true }),
  // "gives the industry until the end of June to agree a voluntary code" (a review of music talks): a deadline set for
  // what the party given it is to do, which the one setting it asks for.
  c('demand.deadline', 'give|gives|gave|given|giving * until', 'demand', '+', 'subject', 'right', { modal: true }),
  // "the department expected Northsound to honour the full timetable", "would expect the trusts to run a consultation"
  // (reviews of ferry and hospital talks): a party's expectation of another is what it asks of it.
  c('demand.expect-to', 'expect', 'demand', '+', 'subject', 'right', { modal: true, partyThen: new Set(['to']), deniedStatesNothing: true }),
  c('demand.insist-on', 'insist on', 'demand', '+', 'subject', 'right'),
  // "The Movement asks for a national election", "asked Valmora for an amnesty" (a review of peace talks: set aside as an "ask that" with no subjunctive).
  c('demand.ask-for', 'ask for', 'demand', '+', 'subject', 'right', { deniedStatesNothing: true }),
  c('demand.ask-for', 'ask * for', 'demand', '+', 'subject', 'right', { partyGap: true, deniedStatesNothing: true }),
  // "would invite the SDP and the Greens to exploratory talks": talks put to the parties invited (a review of coalition talks).
  c('propose.invite', 'invite', 'propose', '+', 'subject', 'right', { partyThen: new Set(['to']) }),
  // Denied, no demand: "We are not asking anyone to close factories" (a review of trade talks: a demand against them).
  c('demand.insist-that', 'insist|ask', 'demand', '+', 'subject', 'right', { subjunctive: true, deniedStatesNothing: true }),
  // "is adamant that Kyiv must abandon X": insisting, said of the one who insists.
  c('demand.insist-that', 'be adamant|insistent that', 'demand', '+', 'subject', 'right', { subjunctive: true, deniedStatesNothing: true }),
  c('demand.insistence', 'insistence on', 'demand', '+', 'possessor', 'right'),
  // "dropped its insistence that the waiver be limited to vaccines" (a review of patent talks).
  c('demand.insistence', 'insistence that', 'demand', '+', 'possessor', 'right', { subjunctive: true }),
  c('demand.verb', 'demand', 'demand', '+', 'possessor', 'right'),
  c('demand.push-for', 'push|press|pushing|pressing for', 'demand', '+', 'subject', 'right'),
  // "adding pressure on Moscow to accept talks": what another is pressed to do is wanted, as after "urge", not done.
  c('demand.pressure', 'add|put|increase|exert|apply|mount|pile|ramp|step|heap|ratchet * pressure on|upon', 'demand', '+', 'subject', 'right'),
  c('demand.advocate', 'advocate for', 'demand', '+', 'subject', 'right'),
  // "has championed a wealth tax", "promoted a fuel standard": a thing put forward, named right after the verb.
  // ("pushing a fuel standard" too, but "push" is `demand.press-to`'s, and one cue is read where two start alike.)
  c('support.promote', 'champion|promote|advocate', 'support', '+', 'subject', 'right', { verb: true, issueObject: true }),
  c('demand.seek', 'seek', 'demand', '+', 'subject', 'right'),
  c('demand.request', 'request', 'demand', '+', 'possessor', 'right'),
  c('demand.require', 'require', 'demand', '+', 'subject', 'right'),
  c('demand.want', 'want', 'demand', '+', 'subject', 'right', { deniedKind: 'reject' }),
  // Who decides, not what: "X must be settled only by Kyiv", "X is for Kyiv alone to decide",
  // "it is up to Kyiv to decide on X", "nothing about Ukraine without Ukraine".
  c('demand.who-decides', `${DECIDING_VERBS} only|exclusively|solely by`, 'demand', '+', 'speaker', 'right', { decides: true }),
  c('demand.who-decides', `${DECIDING_VERBS} by * alone|only`, 'demand', '+', 'speaker', 'right', { decides: true }),
  c('demand.who-decides', `up to * to ${DECIDING_VERBS}`, 'demand', '+', 'speaker', 'right', { decides: true }),
  c('demand.who-decides', `up to * alone|only to ${DECIDING_VERBS}`, 'demand', '+', 'speaker', 'right', { decides: true }),
  c('demand.who-decides', `be|matter|question for * to ${DECIDING_VERBS}`, 'demand', '+', 'speaker', 'right', { decides: true }),
  c('demand.who-decides', `be|matter|question for * alone|only to ${DECIDING_VERBS}`, 'demand', '+', 'speaker', 'right', { decides: true }),
  c('demand.who-decides', 'nothing about * without', 'demand', '+', 'speaker', 'right', { decides: true }),
  // Rejections and red lines.
  c('reject.verb', 'reject|refuse|dismiss|oppose|rebuff|spurn', 'reject', '-', 'subject', 'right'),
  // "declined to withdraw the closure plan" keeps it, as "refused to" does (a review of teachers' talks); "declined the offer".
  c('reject.verb', 'decline|declined|declines|declining', 'reject', '-', 'subject', 'right', { verb: true }),
  c('reject.criticise', 'criticise|criticize|condemn|denounce|decry|deplore|lambast|assail|regret', 'reject', '-', 'subject', 'right', { verb: true, issueObject: true }),
  c('reject.lobby-against', 'lobby|lobbied|lobbies|lobbying|warn|warned|warns|warning against', 'reject', '-', 'subject', 'right', { issueObject: true }),
  // "The board also advised against night flights" (a review of airport talks).
  c('reject.lobby-against', 'advise|advised|advises|advising against', 'reject', '-', 'subject', 'right', { issueObject: true }),
  // "business would fight any increase in contributions" (a review of pension talks): opposed, named right after the
  // verb ("fighting in the east", "fight on" name nothing; "fight for X" is `demand.fight-for`).
  c('reject.fight', 'fight|fights|fought|fighting', 'reject', '-', 'subject', 'right', { verb: true, issueObject: true }),
  c('demand.fight-for', 'fight|fights|fought|fighting for', 'demand', '+', 'subject', 'right'),
  // "Aurelion had resisted the idea" (a review of medicine-price talks).
  c('reject.verb', 'resist|resists|resisted|resisting', 'reject', '-', 'subject', 'right', { verb: true }),
  // "will vote against the coalition agreement".
  c('reject.vote-against', 'vote against', 'reject', '-', 'subject', 'right'),
  // "would vote for the agreement", "voted in favour of it" (a review of league bargaining): backed, as voting against refuses.
  // Denied, a refusal, as backing refused is ("will not vote for a law that ...": it was `support -`; stop 52).
  c('support.vote-for', 'vote|votes|voted|voting for', 'support', '+', 'subject', 'right', { verb: true, deniedKind: 'reject' }),
  // "The council voted to renew the mission", "voted to keep the duties": decided, the verb after "to" saying which way.
  c('agree.vote-to', 'vote|votes|voted to', 'agree', '+', 'subject', 'right', { infinitive: true }),
  c('agree.vote-to', 'vote|votes|voted overwhelmingly|unanimously|narrowly|heavily|again|formally to', 'agree', '+', 'subject', 'right', { infinitive: true }),
  c('agree.vote-to', 'vote|votes|voted by * percent|margin|majority to', 'agree', '+', 'subject', 'right', { infinitive: true }),
  // "voted on Wednesday to renew the mission", "voted unanimously late Thursday to call the strike", "voted on Thursday
  // night to begin", "voted 19 to 12 late Wednesday to freeze rents" (reviews of peacekeeping, rent and water talks): the
  // day named between, which no object of the vote is ("voted on the plan to cut X" names none, and reads as nothing).
  c('agree.vote-to', `vote|votes|voted * ${VOTE_DAYS} to`, 'agree', '+', 'subject', 'right', { infinitive: true }),
  c('agree.vote-to', `vote|votes|voted * ${VOTE_DAYS} night|morning|evening|afternoon to`, 'agree', '+', 'subject', 'right', { infinitive: true }),
  c('agree.vote-to', `vote|votes|voted * to * ${VOTE_DAYS} to`, 'agree', '+', 'subject', 'right', { infinitive: true }),
  c('agree.vote-to', `vote|votes|voted * to * ${VOTE_DAYS} night|morning|evening|afternoon to`, 'agree', '+', 'subject', 'right', { infinitive: true }),
  // "voted 7-2 to create the board", "voted 7 to 2 to create it", "voted 19 to 8 for a motion" (reviews of police and
  // airport talks): the tally between.
  c('agree.vote-to', 'vote|votes|voted #num to', 'agree', '+', 'subject', 'right', { infinitive: true }),
  c('agree.vote-to', 'vote|votes|voted #num to #num to', 'agree', '+', 'subject', 'right', { infinitive: true }),
  c('support.vote-for', 'vote|votes|voted #num to #num for', 'support', '+', 'subject', 'right', { verb: true, deniedKind: 'reject' }),
  c('support.vote-for', 'vote|votes|voted #num for', 'support', '+', 'subject', 'right', { verb: true, deniedKind: 'reject' }),
  c('support.vote-for', 'vote|votes|voted|voting in favour|favor of', 'support', '+', 'subject', 'right', { verb: true, deniedKind: 'reject' }),
  // "the authority cleared the merger" (a review of merger talks): approved ("cleared the way" clears no issue).
  c('accept.verb', 'clear|clears|cleared', 'accept', '+', 'subject', 'right', { verb: true, issueObject: true }),
  // "Russia has no intention of withdrawing from Kherson": a refusal of what the gerund names, not an intention denied.
  c('reject.no-intention', 'have|has|had no intention of|to', 'reject', '-', 'subject', 'right'),
  // "has absolutely no intention of", "has no intention whatsoever of", "does not have any intention of": the same.
  c('reject.no-intention', 'have|has|had absolutely|simply no intention of|to', 'reject', '-', 'subject', 'right'),
  c('reject.no-intention', 'have|has|had no intention whatsoever of|to', 'reject', '-', 'subject', 'right'),
  c('reject.no-intention', 'not have any intention of|to', 'reject', '-', 'subject', 'right'),
  c('reject.no-intention', 'have|has|had no plan|plans to', 'reject', '-', 'subject', 'right'),
  // "had no plans for a wealth tax this year", 'has "no appetite" for a rent cap', "saw no need for a ballot": the thing
  // refused, as "no plans to" refuses the act (the negotiations' misses, stop 55: they read nothing).
  c('reject.no-intention', 'have|has|had no plan|plans|appetite for', 'reject', '-', 'subject', 'right'),
  c('reject.no-intention', 'see|sees|saw|seeing no need for', 'reject', '-', 'subject', 'right'),
  // "saw no reason for UN monitors to be posted in the city" (stop 56): as "no need for" it.
  c('reject.no-intention', 'see|sees|saw|seeing|find|finds|found no reason for', 'reject', '-', 'subject', 'right'),
  // "The board held out against a staffing ratio": refused, and went on refusing.
  c('reject.hold-out', 'hold|held|holding out against', 'reject', '-', 'subject', 'right'),
  c('reject.rule-out', 'rule out', 'reject', '-', 'subject', 'right'),
  c('reject.turn-down', 'turn down', 'reject', '-', 'subject', 'right'),
  // "Lerania disputes the debt" (not "the disputed debt": a verb only).
  c('reject.dispute', 'dispute|contest', 'reject', '-', 'subject', 'right', { verb: true }),
  // "would challenge the decree", "would challenge in court any attempt to lift the moratorium" (a review of forest
  // talks): opposed, with the thing right after the verb or after where ("in court" names no thing challenged).
  c('reject.dispute', 'challenge|challenged|challenges|challenging', 'reject', '-', 'subject', 'right', { verb: true, issueObject: true }),
  c('reject.dispute', 'challenge|challenged|challenges|challenging in court', 'reject', '-', 'subject', 'right', { issueObject: true }),
  // "said it would campaign against the treaty".
  c('reject.campaign', 'campaign|campaigned|campaigning against', 'reject', '-', 'subject', 'right'),
  // "The federation threw out the pay offer".
  c('reject.turn-down', 'throw|threw|thrown|throwing out', 'reject', '-', 'subject', 'right'),
  // "ruled it out", "turned them down": the pronoun stands for an issue named before.
  c('reject.rule-out', 'rule it|them out', 'reject', '-', 'subject', 'right'),
  c('reject.turn-down', 'turn it|them down', 'reject', '-', 'subject', 'right'),
  c('reject.noun', 'rejection|refusal', 'reject', '-', 'possessor', 'right'),
  // "Brescovia has vetoed the budget", "blocked the deal"; "its veto on the budget", lifted or withdrawn as a
  // demand is (a review of budget talks).
  c('reject.veto', 'vetoed|vetoes|vetoing|block|blocked|blocks', 'reject', '-', 'subject', 'right', { verb: true }),
  // The bare word, noun or verb: "its veto on the budget" is its owner's, "will veto the budget" its subject's.
  c('reject.veto', 'veto', 'reject', '-', 'possessor', 'right'),
  c('reject.objection', 'objection|objections|opposition to', 'reject', '-', 'possessor', 'right'),
  // "had no objection to accident insurance", "no objection in principle to the vacancy tax" (reviews of platform-work
  // and rent talks, whose analysts both read an acceptance): held as a position, not a refusal merely not made.
  c('accept.no-objection', 'have|has|had no objection|objections to', 'accept', '+', 'subject', 'right'),
  c('accept.no-objection', 'have|has|had no objection|objections in principle to', 'accept', '+', 'subject', 'right'),
  // "objected to the monitors"; denied ("did not object to them") it is a refusal not made, as "raised no objection to" is;
  // denied for the future ("would not object to them"), an acceptance (see `objectionWaived`).
  c('reject.object-to', 'object to', 'reject', '-', 'subject', 'right', { verb: true }),
  // Refusals said in an image: "balked at the cap", "poured cold water on the plan", "bristled at the demand".
  c('reject.balk', 'balk|balked|balks|balking|baulk|baulked|baulks|baulking|bristle|bristled|bristles|bristling at', 'reject', '-', 'subject', 'right'),
  c('reject.cold-water', 'pour|poured|pours|pouring cold water on', 'reject', '-', 'subject', 'right'),
  // "came out against the toll", "came out in favour of X" (a review of rail-tunnel talks): a stance made public.
  c('reject.come-out', 'come|came|comes|coming out against', 'reject', '-', 'subject', 'right'),
  c('support.come-out', 'come|came|comes|coming out in favour|favor of', 'support', '+', 'subject', 'right'),
  // "would stand in the way of a deal" blocks it; "would not stand in the way of X" lets it be, as "will not object to".
  c('reject.stand-in-way', 'stand|stands|stood|standing in the way of', 'reject', '-', 'subject', 'right'),
  c('reject.back', 'deem|deemed|deems unacceptable', 'reject', '-', 'agent', 'back'),
  c('reject.back', 'unacceptable to', 'reject', '-', 'agent', 'back'),
  c('reject.back', 'see|sees|saw as capitulation|surrender', 'reject', '-', 'subject', 'back'),
  c('reject.back', 'non-starter|non-starters', 'reject', '-', 'subject', 'back'),
  // "A wealth tax is out of the question": refused, not a quoted mention in favour.
  c('reject.out-of-question', 'be out of the question', 'reject', '-', 'subject', 'left'),
  // "Dual citizenship remains out of the question", "stayed out of the question" (stop 56: "be" only was read).
  c('reject.out-of-question', 'remain|stay out of the question', 'reject', '-', 'subject', 'left'),
  c('reject.out-of-question', 'will|would remain|stay out of the question', 'reject', '-', 'subject', 'left'),
  // "Kyiv will not cede any territory", "cannot give up the Donbas": the issue's own verb denied, no cue verb.
  c('reject.will-not-do', 'will|would not', 'reject', '-', 'subject', 'right', { issueVerb: true }),
  c('reject.cannot-do', 'can|cannot not', 'reject', '-', 'subject', 'right', { issueVerb: true }),
  // "Under no circumstances will Kyiv cede the occupied regions", "Nor will Kyiv give up X": the firm negation fronted,
  // the auxiliary before the subject (a stop's leftover, 48). The subject stands between the cue and the issue's verb.
  c('reject.will-not-do', 'under|in no circumstances will|would', 'reject', '-', 'subject', 'right', { issueVerb: true }),
  c('reject.will-not-do', 'at no time|point will|would', 'reject', '-', 'subject', 'right', { issueVerb: true }),
  c('reject.will-not-do', 'in no case will|would', 'reject', '-', 'subject', 'right', { issueVerb: true }),
  c('reject.will-not-do', 'never|nor|neither will|would', 'reject', '-', 'subject', 'right', { issueVerb: true }),
  // "Moscow called such guarantees unacceptable", "a ceasefire is not acceptable", "Kyiv is against any
  // territorial concessions", "a truce is not on the table": a position stated by an adjective or a preposition.
  c('reject.unacceptable', 'unacceptable|unthinkable', 'reject', '-', 'subject', 'left', { predicative: true }),
  // "said a job guarantee until 2035 was "commercially impossible"" (a review of a port strike).
  c('reject.unacceptable', 'impossible|unworkable|unaffordable|unrealistic', 'reject', '-', 'subject', 'left', { predicative: true }),
  // "called the royalty rate confiscatory", "said the cut was unfair" (a review of mining talks): a judgement that
  // condemns the thing, said of it as it stands.
  c('reject.unacceptable', 'confiscatory|punitive|excessive|unfair|unjust|illegal|unlawful|illegitimate|discriminatory|ruinous|absurd|outrageous|unreasonable|unsustainable|counterproductive', 'reject', '-', 'subject', 'left', { predicative: true }),
  // "said the tax would discourage companies from launching new medicines", "warned that the cap would hurt patients"
  // (reviews of medicine-price and bailout talks): a harm the thing is said to do is a judgement against it; a good
  // it is said to do, one for it. Said of what is to come: "intended to deter aggression" judges nothing.
  c('reject.harms', 'would|will|could|might|may discourage|hurt|harm|damage|undermine|jeopardise|jeopardize|endanger|cripple|stifle|devastate|wreck|ruin', 'reject', '-', 'subject', 'left'),
  // "any fixed cap would cost the city jobs", "a coal exit before 2035 would cost jobs", "would only hurt Ukraine",
  // "would destroy the industry" (a leftover of stop 52: they read nothing; "would cost 260 million" is a price, and
  // "would cost lives" is left out: "any delay in aid would cost lives" backs the aid).
  c('reject.harms', 'would|will|could|might|may destroy|kill', 'reject', '-', 'subject', 'left'),
  c('reject.harms', 'would|will|could|might|may cost * jobs|livelihoods', 'reject', '-', 'subject', 'left'),
  c('reject.harms', 'would|will|could|might|may only|also|simply|just|seriously|badly|severely|further discourage|hurt|harm|damage|undermine|jeopardise|jeopardize|endanger|cripple|stifle|devastate|wreck|ruin|destroy|kill', 'reject', '-', 'subject', 'left'),
  c('support.helps', 'would|will|could|might|may help|benefit|strengthen|boost', 'support', '+', 'subject', 'left'),
  // "said the rise in the fee cap would not be dropped" (a review of tuition talks): kept, firmly, whatever is asked.
  c('red-line.not-undone', `will|would not be ${UNDONE}|reversed`, 'red-line', '+', 'subject', 'left'),
  // "said the tariffs would be lifted only once X", "the notice would be withdrawn only if X" (reviews of tax and mining
  // talks): an undertaking to undo the thing, on its terms.
  c('commit.undone', `will|would be ${UNDONE}|suspended|removed`, 'commit', '-', 'speaker', 'left', { onlyKind: 'condition' }),
  // "said the rent cap would stay", "the tariffs will remain in force until X", "the strike would stay on": a thing the
  // lexicon names kept, told as a plain future fact, is the undertaking of the one who says so (the negotiations'
  // misses, stop 55: they read nothing); kept closed or shut, it is kept undone.
  c('commit.kept', 'will|would stay|remain', 'commit', '+', 'speaker', 'left', { onlyKind: 'condition' }),
  c('commit.kept', 'will|would stay|remain closed|shut|suspended|frozen', 'commit', '-', 'speaker', 'left', { onlyKind: 'condition' }),
  // "said the 9 percent royalty was still too heavy for a mine of our size" (a review of mining talks): too much of
  // the thing (not "too low", which may ask for more of it).
  c('reject.unacceptable', 'too heavy|high|steep|costly|expensive|burdensome|harsh|onerous|severe|much', 'reject', '-', 'subject', 'left', { predicative: true }),
  // "said the staffing floor was too low", "the fund is too small": too little of a thing is a call for more of it (the
  // analysts of the negotiations read it so: "wants a higher one"; the negotiations' misses, stop 54).
  c('demand.too-little', 'too low|small|little|short|weak|modest|few|narrow|timid', 'demand', '+', 'subject', 'left', { predicative: true }),
  // "the export ban remains our main concern" (a review of mining talks): the thing still objected to.
  c('reject.concern', 'be|remain a|an|our|the|their|its|his|her concern', 'reject', '-', 'subject', 'left'),
  c('reject.concern', 'be|remain a|an|our|the|their|its|his|her main|major|serious|chief|key|big|biggest|great|grave|real concern', 'reject', '-', 'subject', 'left'),
  // "said the royalty increase breached the stability clause": the thing judged unlawful (not "breach", more often
  // the noun: "found Ashera in breach").
  c('reject.breach', 'breached|violate|violated|violates|contravene|contravened|contravenes', 'reject', '-', 'subject', 'left', { verb: true }),
  // '"The final offer is an insult"', "called the plan a joke": a judgement that refuses it.
  c('reject.insult', 'be an insult|affront|provocation', 'reject', '-', 'subject', 'left'),
  c('reject.insult', 'be a joke|trap', 'reject', '-', 'subject', 'left'),
  c('reject.insult', 'be a slap in the face', 'reject', '-', 'subject', 'left'),
  // "described the proposal as a death sentence for our harbours" (a review of fisheries talks), "a non-starter".
  c('reject.insult', 'be|as a non-starter|betrayal|disaster', 'reject', '-', 'subject', 'left'),
  c('reject.insult', 'be|as a death sentence', 'reject', '-', 'subject', 'left'),
  // "Kyiv called the plan a joke", "branded the offer an insult": the judgement of the thing named.
  c('reject.insult', 'a|an joke|trap|insult|affront|provocation|non-starter|betrayal|disaster', 'reject', '-', 'subject', 'left', { named: true }),
  c('reject.unacceptable', "be|remain not|n't acceptable", 'reject', '-', 'subject', 'left'),
  c('reject.against', 'be|remain against', 'reject', '-', 'subject', 'right'),
  // "Ostrel was not against a drought guarantee": a refusal not made, as "raised no objection to" is.
  c('hedge.not-against', "be|remain not|n't against", 'hedge', '0', 'subject', 'right'),
  c('reject.against', 'be|remain firmly|strongly|resolutely|categorically|fundamentally|flatly|still against', 'reject', '-', 'subject', 'right'),
  c('reject.off-table', "be|remain not|n't on the table", 'reject', '-', 'subject', 'left'),
  c('reject.off-table', 'be|remain off the table', 'reject', '-', 'subject', 'left'),
  // "the wealth tax is no longer on the table", "had been taken off the table" (a review of coalition talks): as "off the
  // table". In a condition each undoes the issue before it, as "is dropped" does ("if the wealth tax is off the table").
  c('reject.off-table', 'be|remain no longer on the table', 'reject', '-', 'subject', 'left'),
  c('reject.off-table', 'be taken|removed off the table', 'reject', '-', 'subject', 'left'),
  // "the sharing arrangement was not on the agenda" (a review of fisheries talks).
  c('reject.off-table', "be|remain not|n't on the agenda", 'reject', '-', 'subject', 'left'),
  c('reject.off-table', 'be|remain off the agenda', 'reject', '-', 'subject', 'left'),
  // "was not on our agenda this year", "is not on its table" (the negotiations' misses, stop 55): the party's own.
  c('reject.off-table', "be|remain not|n't on our|its|their|his|her agenda|table", 'reject', '-', 'subject', 'left'),
  c('reject.off-table', 'be|remain off our|its|their|his|her agenda|table', 'reject', '-', 'subject', 'left'),
  c('red-line.non-negotiable', 'be non-negotiable', 'red-line', '+', 'subject', 'left', { concessionFlips: true }),
  c('red-line.non-negotiable', 'non-negotiable', 'red-line', '+', 'subject', 'left', { concessionFlips: true }),
  // "the migration cap is not up for negotiation", "... not a bargaining chip": as non-negotiable (a review of articles on coalition talks).
  c('red-line.non-negotiable', 'be not up for negotiation|debate|discussion|grabs', 'red-line', '+', 'subject', 'left', { concessionFlips: true }),
  c('red-line.non-negotiable', 'be not a bargaining chip', 'red-line', '+', 'subject', 'left', { concessionFlips: true }),
  c('red-line.non-negotiable', 'be no bargaining chip', 'red-line', '+', 'subject', 'left', { concessionFlips: true }),
  // "Ukraine's path to NATO membership is irreversible": insisted on, as "non-negotiable" is.
  c('red-line.irreversible', 'irreversible', 'red-line', '+', 'subject', 'left', { concessionFlips: true, predicative: true }),
  c('red-line.red-line', 'be * red line', 'red-line', '-', 'subject', 'left'),
  c('red-line.never', 'will|would never', 'red-line', '-', 'subject', 'right', { modal: true }),
  // "will under no circumstances support X", "would in no case accept X": as firm as "never".
  c('red-line.never', 'will|would|can|could under|in no circumstances|case', 'red-line', '-', 'subject', 'right', { modal: true }),
  // "would accept nothing short of a ban", "would settle for nothing less than a written ban" (reviews of debris and
  // screenwriters' talks): the thing named is the least the holder will take.
  c('red-line.nothing-less', 'accept|accepts|accepted|accepting nothing less than', 'red-line', '+', 'subject', 'right'),
  c('red-line.nothing-less', 'accept|accepts|accepted|accepting nothing short of', 'red-line', '+', 'subject', 'right'),
  c('red-line.nothing-less', 'settle|settles|settled|settling for nothing less than', 'red-line', '+', 'subject', 'right'),
  c('red-line.nothing-less', 'settle|settles|settled|settling for nothing short of', 'red-line', '+', 'subject', 'right'),
  // "would not accept anything less than X": its denial, the same (the cue refuses what falls short of X).
  c('red-line.nothing-less', 'accept anything less than', 'red-line', '-', 'subject', 'right'),
  c('red-line.nothing-less', 'accept anything short of', 'red-line', '-', 'subject', 'right'),
  c('red-line.nothing-less', 'settle for anything less than', 'red-line', '-', 'subject', 'right'),
  c('red-line.nothing-less', 'settle for anything short of', 'red-line', '-', 'subject', 'right'),
  c('red-line.never', 'never accept|agree', 'red-line', '-', 'subject', 'right'),
  // Acceptance and agreement.
  c('agree.in-principle', 'agree in principle', 'agree', '+', 'subject', 'right'),
  // Denied, a refusal, as a denied acceptance is: "had not agreed to any limit on automation".
  c('agree.verb', 'agree to|on', 'agree', '+', 'subject', 'right', { deniedKind: 'reject' }),
  // "the two sides settled on a bonus": agreed on it.
  c('agree.verb', 'settle|settled|settles on', 'agree', '+', 'subject', 'right', { deniedKind: 'reject' }),
  // "Kyiv and Moscow struck a deal on X", "clinched an agreement on X": agreed on it.
  c('agree.strike-deal', 'strike|struck|strikes|striking|clinch|clinched|clinches|clinching a|an deal|agreement|accord on', 'agree', '+', 'subject', 'right'),
  // The verb alone, its object right after it or parted from it by when it was said: "agreed a deal",
  // "Aldria, Kesmaren and the Union agreed early on Wednesday to cut the catch".
  c('agree.verb', 'agree', 'agree', '+', 'subject', 'right', { verb: true }),
  c('agree.reach', 'reach|reached * agreement on', 'agree', '+', 'subject', 'right', { deniedStatesNothing: true }),
  // "The dockers and the operators reached a tentative agreement": the agreement reached is agreed to, as the lexicon
  // names it ("agreement", "deal"), or as what the agreement does, after it. Reached only: one to reach is hoped for
  // ("hoped the two sides would reach a deal", "failed to reach an agreement").
  // Not reached ("have not reached a deal"), it states no stance on what the deal would hold.
  c('agree.reach', 'reached a|an * agreement|deal|accord|settlement', 'agree', '+', 'subject', 'right', { deniedStatesNothing: true }),
  c('accept.readiness', 'readiness|willingness|ready|willing|prepared to accept', 'accept', '+', 'possessor', 'right', { deniedKind: 'reject' }),
  // Denied, a refusal: "cannot accept X", "did not accept X" (`accept -` before, a kind no refusal is filed under).
  c('accept.verb', 'accept|approve', 'accept', '+', 'subject', 'right', { deniedKind: 'reject' }),
  // "The Greens endorsed the agreement" (a review of coalition talks): backed in public, as "support" does; denied, a
  // refusal as an acceptance denied is ("would not endorse the deal", "cannot endorse it").
  c('support.endorse', 'endorse', 'support', '+', 'subject', 'right', { deniedKind: 'reject' }),
  // Approval and coming round said in an image: "signed off on the budget", "gave the green light to X", "came round to
  // X", "has warmed to the idea of X".
  c('accept.sign-off', 'sign|signed|signs|signing off on', 'accept', '+', 'subject', 'right', { issueObject: true, deniedKind: 'reject' }),
  c('accept.green-light', 'give|gave|given|gives|giving * green light to|for', 'accept', '+', 'subject', 'right', { deniedKind: 'reject' }),
  c('accept.come-round', 'come|came|comes|coming round|around to', 'accept', '+', 'subject', 'right', { issueObject: true }),
  c('support.warm-to', 'warm|warmed|warms|warming to', 'support', '+', 'subject', 'right', { issueObject: true }),
  // "said it would comply with the law" (a review of platform-work talks): accepted, as a rule to keep (not "twelve
  // months to comply with the rule", which gives time to someone else).
  c('accept.comply', 'will|would|shall comply with', 'accept', '+', 'subject', 'right', { deniedKind: 'reject' }),
  c('accept.comply', 'complies|complied with', 'accept', '+', 'subject', 'right', { deniedKind: 'reject' }),
  // "said the council's offer 'remains on the table'", "The quota remains on the table" (reviews of water and trade
  // talks): an offer still made, by whoever says so.
  c('commit.on-table', 'remain|remains|remained on the table', 'commit', '+', 'speaker', 'left'),
  // "could live with a solidarity surcharge": borne, if not wanted.
  c('accept.live-with', 'live with', 'accept', '+', 'subject', 'right'),
  // "could work with the crew transfer requirement", "will work within the ceiling" (the negotiations' misses, stop 55):
  // a thing the lexicon names made do with, as "live with" it (not a party worked with: only an issue as its object).
  c('accept.live-with', 'can|could|would|will work with|within', 'accept', '+', 'subject', 'right', { issueObject: true }),
  // "A rent cap is something we could live with", 'a time-limited waiver "is something I could defend"', "was not something
  // the union can responsibly sign": the thing before the copula borne (or backed) by whoever is said to be able to,
  // the verb's stance on it, as "could live with a rent cap" reads; denied, refused (the negotiations' misses, stop 56).
  c('accept.something-could', `something * ${ABLE} live|work with`, 'accept', '+', 'subject', 'left', { deniedKind: 'reject' }),
  c('accept.something-could', `something * ${ABLE} ${ABLE_ADVERBS} live|work with`, 'accept', '+', 'subject', 'left', { deniedKind: 'reject' }),
  c('accept.something-could', `something * ${ABLE} accept|defend|tolerate|sign`, 'accept', '+', 'subject', 'left', { deniedKind: 'reject' }),
  c('accept.something-could', `something * ${ABLE} ${ABLE_ADVERBS} accept|defend|tolerate|sign`, 'accept', '+', 'subject', 'left', { deniedKind: 'reject' }),
  c('support.something-could', `something * ${ABLE} support|back|endorse`, 'support', '+', 'subject', 'left', { deniedKind: 'reject' }),
  c('support.something-could', `something * ${ABLE} ${ABLE_ADVERBS} support|back|endorse`, 'support', '+', 'subject', 'left', { deniedKind: 'reject' }),
  // "... is something Kyiv would never accept": refused for good, as "would never accept it" is.
  c('red-line.something-never', `something * ${ABLE} never live|work with`, 'red-line', '-', 'subject', 'left'),
  c('red-line.something-never', `something * ${ABLE} never accept|tolerate|sign|support|back|endorse`, 'red-line', '-', 'subject', 'left'),
  // "would settle for a smaller donation share", "could settle for about 1.6 billion" (reviews of vaccine, reactor and
  // water talks): less than asked, taken.
  c('accept.settle-for', 'settle for', 'accept', '+', 'subject', 'right'),
  // "Moscow will not allow Ukraine to join NATO": letting it happen is accepting it.
  // Denied, a refusal: "would not permit fuel in any form" (a review of aid-corridor talks), as "would not accept" is.
  c('accept.allow', 'allow|permit|tolerate', 'accept', '+', 'subject', 'right', { deniedKind: 'reject', verb: true }),
  // "its acceptance of convoy inspections", and so "withdrawing its acceptance of X" takes it back (see WITHDRAWAL_PHRASES).
  c('accept.noun', 'acceptance of', 'accept', '+', 'possessor', 'right'),
  c('accept.open-to-talk', 'open to negotiate|negotiating|discuss|discussing|talk|talking', 'accept', '0', 'subject', 'right'),
  // "willing to discuss a wealth tax": as open to it, a talk offered, no support ("willing to negotiate X" stays support: a review of articles on coalition talks).
  c('accept.open-to-talk', 'willing|ready|prepared to discuss|talk', 'accept', '0', 'subject', 'right'),
  c('accept.open-to', 'open to', 'accept', '+', 'subject', 'right'),
  // "signalled openness to X" (the one open to it holds it); "averse to X" refuses it ("not averse to X" leaves it open).
  c('accept.open-to', 'openness|receptiveness to', 'accept', '+', 'possessor', 'right'),
  c('reject.averse', 'averse to', 'reject', '-', 'subject', 'right', { deniedKind: 'accept' }),
  // "Berlin is keen on X": wants it.
  c('support.keen', 'be keen on', 'support', '+', 'subject', 'right'),
  c('accept.ready-for', 'ready for', 'accept', '+', 'subject', 'right'),
  // "ready to sign a truce" supports it; "ready to continue fighting" threatens against it.
  c('support.willingness', 'willingness|readiness|ready|willing|prepared to', 'support', '+', 'possessor', 'right', { againstKind: 'threat' }),
  // Proposals, commitments, support.
  // wink tags ", offering a truce" a noun, its lemma "offering": the form is listed (after an article or a noun, "the
  // offering", "a peace offering", it is the noun's still).
  c('propose.verb', 'propose|suggest|offer|offering', 'propose', '+', 'subject', 'right', { verb: true }),
  // "floated a six-month truce", "mooted a cap": put forward to be weighed.
  c('propose.float', 'float|floated|floats|floating|moot|mooted|moots', 'propose', '+', 'subject', 'right', { verb: true, issueObject: true }),
  // "The employers made an offer of a 6% rise", "tabled a new offer": the noun with a verb of putting it forward.
  c('propose.make-offer', 'make|table|submit|present|raise|improve|increase|sweeten|revise * offer|offers', 'propose', '+', 'subject', 'right'),
  c('propose.noun', 'proposal for', 'propose', '+', 'possessor', 'right'),
  c('propose.put-forward', 'put forward', 'propose', '+', 'subject', 'right'),
  // "Qadira presented a three-phase plan", "tabled a proposal", "published a draft code": the plan is proposed (not "at the table").
  c('propose.present-plan', 'present|table|unveil|submit|outline|publish|circulate', 'propose', '+', 'subject', 'right', { verb: true, objectHeads: PRESENTED }),
  // "set out its long-awaited pension reform" (a review of pension talks).
  c('propose.present-plan', 'set|sets|setting out', 'propose', '+', 'subject', 'right', { objectHeads: PRESENTED }),
  // "The main terms, as set out by the ministry:" and the points under it: each a term its source agreed to.
  c('agree.terms', 'terms|provisions|elements', 'agree', '+', 'agent', 'right', { leadIn: true }),
  // "The confederation called a 48-hour general strike", "staged a walkout" (a review of bailout talks): an action of the
  // holder's own, called, is undertaken; "called off the general strike", the undertaking taken back.
  // (Ahead, "will call off the strike", "urged it to call off", the particle ends the thing: see PHRASAL_NEGATORS.)
  c('commit.call', 'call|called|calls|stage|staged|stages', 'commit', '+', 'subject', 'right', { verb: true, objectHeads: ACTION_WORDS }),
  c('retract.call-off', 'called|calls off', 'retract', '+', 'subject', 'right'),
  // "The Greens walked out of the coalition talks", "returned to the talks", "came back to the table" (a review of
  // coalition talks): leaving talks refuses them and going back takes part in them, told as done (a past form, or the
  // present of a report). Ahead ("will walk out of the talks if X", "threatened to walk out of", "urged them to return
  // to the talks") it is read as before, an undertaking or what is asked; "walked out" alone is a strike.
  c('reject.walk-out', 'walked|walks out of', 'reject', '-', 'subject', 'right', { issueObject: true }),
  c('commit.return-to', 'returned|returns to', 'commit', '+', 'subject', 'right', { issueObject: true }),
  c('commit.return-to', 'came|comes back to', 'commit', '+', 'subject', 'right', { issueObject: true }),
  c('commit.return-to', 'rejoined|rejoins', 'commit', '+', 'subject', 'right', { issueObject: true }),
  // "will return to the talks next week", "is returning to the table": the return undertaken, as "will end the strike"
  // is ("would return to the talks if X" is read by the condition it is given, "will not return" as a refusal).
  c('commit.return-to', 'will|shall return to', 'commit', '+', 'subject', 'right', { issueObject: true }),
  c('commit.return-to', 'is|are returning to', 'commit', '+', 'subject', 'right', { issueObject: true }),
  c('commit.return-to', 'will|shall rejoin', 'commit', '+', 'subject', 'right', { issueObject: true }),
  // "The owners gave up the hard cap", "had given up on mandatory technology transfer", "dropped the youth rate": the
  // holder's own demand or plan taken back (a review of patent talks). Done, not offered: "would drop its complaint if
  // ..." is an undertaking on terms, "would not give up X" a red line (read as before, with the verb as a negator);
  // denied, "has not given up on X", the stance is kept.
  c('retract.drop', 'dropped|abandoned|shelved|ditched|withdrew', 'retract', '+', 'subject', 'right', { verb: true, issueObject: true }),
  // ("given up on X" too: "on" may lead the object, see `issueObjectAfter`.)
  c('retract.drop', 'gave|given up', 'retract', '+', 'subject', 'right', { issueObject: true }),
  // "Dorvana has backed away from the idea of capping exports jointly" (a review of cocoa talks).
  c('retract.drop', 'backed away from', 'retract', '+', 'subject', 'right', { issueObject: true }),
  // "stepped back from its demand for a 2045 deadline", "sees Tunewell retreat from the payment threshold" (reviews of
  // plastics and music talks).
  c('retract.drop', 'stepped back from', 'retract', '+', 'subject', 'right', { issueObject: true }),
  c('retract.drop', 'retreat|retreats|retreated from', 'retract', '+', 'subject', 'right', { issueObject: true }),
  // "Parliament passed a new mining code", "adopted the budget": enacted, committed to.
  c('commit.pass', 'pass|passed|passes|adopt|adopted|adopts|enact|enacted|enacts', 'commit', '+', 'subject', 'right', { verb: true, objectHeads: LAW_WORDS }),
  // "Altamira filed for international arbitration": asked for.
  c('demand.file-for', 'file|filed|files|filing for', 'demand', '+', 'subject', 'right'),
  c('propose.present-plan', 'lay out', 'propose', '+', 'subject', 'right', { objectHeads: PLAN_WORDS }),
  // "Paris drafted a truce plan", "the plan drafted by Paris" (not the noun: "a draft of the plan").
  c('propose.drafted', 'drafted', 'propose', '+', 'subject', 'right'),
  // "lawmakers were drafting a clawback tax" (a review of medicine-price talks); not the noun ("the draft"), nor a
  // drafting to come ("are to begin drafting the treaty": a pattern's word matches a lemma too, so "draft" would).
  c('propose.drafted', 'be drafting', 'propose', '+', 'subject', 'right'),
  // "would press ahead with the clawback tax", "went ahead with the strike": undertaken, whatever others say.
  c('commit.go-ahead', 'press|pressed|pressing|push|pushed|pushing|forge|forged|go|goes|went|going ahead with', 'commit', '+', 'subject', 'right'),
  // "would press on with its lawsuit", "carried on with the strike" (the negotiations' misses, stop 55): as "ahead with".
  c('commit.go-ahead', 'press|pressed|pressing|push|pushed|pushing|carry|carries|carried|carrying|go|goes|went|going on with', 'commit', '+', 'subject', 'right'),
  // "would put the agreement to parliament in May", "will put the deal to a vote" (the negotiations' misses, stop 55): an
  // agreement laid before those who ratify it, undertaken. Not another thing so laid: "will put their offer to a
  // ballot" lets the members decide it.
  c('commit.put-to-vote', `will|would put * ${AGREEMENT_NOUNS} to a|the vote|referendum|ballot`, 'commit', '+', 'subject', 'left'),
  c('commit.put-to-vote', `will|would put * ${AGREEMENT_NOUNS} to parliament`, 'commit', '+', 'subject', 'left'),
  // "Kyiv's plan includes X, Y and Z", "a proposal that included X", "a plan with X": each item is proposed.
  c('propose.plan-includes', 'plan|proposal|offer|package|roadmap|blueprint|framework|draft include|envisage|contain|comprise|foresee', 'propose', '+', 'possessor', 'right'),
  c('propose.plan-includes', 'plan|proposal|offer|package|roadmap|blueprint|framework|draft that include|envisage|contain|comprise|foresee', 'propose', '+', 'possessor', 'right'),
  c('propose.plan-includes', 'plan|proposal|roadmap|blueprint|framework with|including|containing', 'propose', '+', 'possessor', 'right'),
  // "The final offer from the federation included X": the plan's owner after "from", the verb after it.
  c('propose.plan-includes', 'plan|proposal|offer|package|roadmap|blueprint|framework|draft from * include|included|includes|contain|contained|contains|envisage|envisaged|envisages', 'propose', '+', 'possessor', 'right'),
  // "Under the plan, 140 posts would go", "Under the plan:" and its items (reviews of school, congestion and sugar talks).
  c('propose.plan-includes', 'under the|its|their|this plan|proposal|offer|package|roadmap|blueprint|framework|draft|scheme', 'propose', '+', 'possessor', 'right'),
  c('commit.announce-intention', 'announce * intention to', 'commit', '+', 'subject', 'right'),
  c('commit.verb', 'pledge|promise|vow|commit to', 'commit', '+', 'subject', 'right'),
  // "reaffirmed its commitment to a ceasefire", "Kyiv welcomed Moscow's promise of a truce", "would hold Moscow to its
  // undertaking on X": a pledge told by its noun is its owner's, whoever tells of it (a leftover of stop 54: the noun
  // read nothing but "pledge to"). Owned only: "demanded a firm commitment to X" pledges nothing of the one who asks.
  c('commit.noun', `its|their|his|her|our ${PLEDGE_NOUNS} to|of|on`, 'commit', '+', 'possessor', 'right'),
  c('commit.noun', `'s ${PLEDGE_NOUNS} to|of|on`, 'commit', '+', 'possessor', 'right'),
  // "Boroka said it would build a smelter" (a review of mining talks).
  c('commit.build', 'build|construct', 'commit', '+', 'subject', 'right', { verb: true }),
  // "Korvath would observe the moratorium", "abide by the ruling": keeping to a thing undertakes it.
  c('commit.observe', 'observe|honour|honor|uphold', 'commit', '+', 'subject', 'right', { verb: true }),
  c('commit.observe', 'abide by', 'commit', '+', 'subject', 'right'),
  // "Germany pledged military aid to Kyiv", "pledged on Friday to hold talks".
  c('commit.verb', 'pledge|promise|vow', 'commit', '+', 'subject', 'right', { verb: true }),
  // "Kyiv and Moscow signed the grain deal": each signatory commits to what the agreement names.
  // Initialled (its past forms only: "the initial plan" is none) or ratified, it is committed to as signed.
  c('commit.sign', 'sign|ratify|initialled|initialed|initialling|initialing', 'commit', '+', 'subject', 'right', { objectHeads: AGREEMENT_WORDS }),
  c('commit.will-act', 'will|would call|launch|hold|stage|impose|announce', 'commit', '+', 'subject', 'right'),
  // "will not hesitate to revive a legal challenge if the night ban is weakened" (reviews of airport and music talks):
  // an undertaking, its "not" the hesitation's.
  c('commit.not-hesitate', 'will|would not|never hesitate to', 'commit', '+', 'subject', 'right', { modal: true }),
  // "Under the deal, the Department will raise this year's subsidy", "would provide military aid" (a review of ferry
  // talks): what the holder will give, named right after the verb, it undertakes to give.
  c('commit.will-act', 'will|would provide|extend|raise|increase|fund|finance|introduce|restore|expand|grant|supply', 'commit', '+', 'subject', 'right', { issueObject: true }),
  // "would create a surcharge", "will establish a fund", and with "also" between ("would also impose X"): the same
  // undertakings (stop 56; a plan's subject makes them proposals, see stance's `planWouldDo`).
  c('commit.will-act', 'will|would create|establish', 'commit', '+', 'subject', 'right', { issueObject: true }),
  c('commit.will-act', 'will|would also impose|create|establish|provide|extend|raise|increase|fund|finance|introduce|restore|expand|grant|supply', 'commit', '+', 'subject', 'right', { issueObject: true }),
  // "would contribute 40 million crowns to the retraining fund", "will pay 7 million a year toward the night bus": money
  // the holder will give to what the lexicon names (the negotiations' misses, stop 54: deal terms told as plain future
  // facts, the commonest family their reviews name). A charge paid ("would pay the royalty") is none.
  c('commit.will-pay', 'will|would pay|contribute|invest', 'commit', '+', 'subject', 'right', { issueObject: true }),
  c('commit.prepare', 'prepare|preparing', 'commit', '+', 'subject', 'right'),
  // "The landlords will go to court", "would take the council to court over the freeze", '"We will see the ministry in
  // court"', "will be in the courts" (a leftover of stop 52: they read nothing, or a quoted mention's weak support):
  // going to law told ahead is undertaken, and under a condition a threat, as "would launch a legal challenge if X" is.
  c('commit.go-to-law', 'go|goes|went|going|return|returns|returned|returning|turn|turns|turned|turning to court|courts|arbitration', 'commit', '+', 'subject', 'right'),
  c('commit.go-to-law', 'go|goes|went|going|return|returns|returned|returning straight|back to court|courts|arbitration', 'commit', '+', 'subject', 'right'),
  c('commit.go-to-law', 'go|goes|went|going|return|returns|returned|returning straight back to court|courts|arbitration', 'commit', '+', 'subject', 'right'),
  c('commit.go-to-law', 'go|goes|went|going|return|returns|returned|returning|turn|turns|turned|turning to the courts|tribunal', 'commit', '+', 'subject', 'right'),
  c('commit.go-to-law', 'take|takes|took|taking * to court|courts|arbitration', 'commit', '+', 'subject', 'right'),
  c('commit.go-to-law', 'take|takes|took|taking * to the courts|tribunal', 'commit', '+', 'subject', 'right'),
  // "would take the case to international arbitration", "to the constitutional court": the venue named with its kind
  // before it (the negotiations' misses, stop 54).
  c('commit.go-to-law', 'take|takes|took|taking * to international|binding|constitutional|supreme|high arbitration|court|courts|tribunal', 'commit', '+', 'subject', 'right'),
  c('commit.go-to-law', 'take|takes|took|taking * to the constitutional|supreme|high|administrative court|courts|tribunal', 'commit', '+', 'subject', 'right'),
  c('commit.go-to-law', 'go|goes|went|going|return|returns|returned|returning|turn|turns|turned|turning to international|binding arbitration', 'commit', '+', 'subject', 'right'),
  c('commit.go-to-law', 'will|would|shall see * in court|courts|arbitration', 'commit', '+', 'subject', 'right'),
  c('commit.go-to-law', 'will|would|shall be in court|the courts', 'commit', '+', 'subject', 'right'),
  // "would ask the courts to block the permit", "asked a judge to suspend the ban" (stop 56: it read a demand of the
  // courts themselves): going to law, what the court is asked to do the party's demand (see stance's `askedOfCourt`).
  c('commit.go-to-law', 'ask|asks|asked|asking the|a court|courts|judge|tribunal', 'commit', '+', 'subject', 'right'),
  c('support.intention', 'intention of', 'support', '+', 'agent', 'right'),
  c('support.intention', 'intention to|is', 'support', '+', 'possessor', 'right'),
  c('support.noun', 'support for', 'support', '+', 'possessor', 'right'),
  // Denied, a refusal, as "endorse" is: "would not support X", "did not back X", "cannot support X" reject X; a red line
  // takes firmer words ("would never support X", "under no circumstances", "non-negotiable"), each a cue of its own.
  c('support.verb', 'support|back|welcome|favour|favor', 'support', '+', 'subject', 'right', { verb: true, deniedKind: 'reject' }),
  // "would prefer a compensation fund", "would have preferred a statutory licence", "sympathetic to the threshold",
  // "its preference for a fuel standard" (reviews of debris, music and shipping talks): what the holder would choose.
  c('support.prefer', 'prefer|prefers|preferred', 'support', '+', 'subject', 'right', { verb: true, issueObject: true, deniedKind: 'reject' }),
  c('support.prefer', 'preference for', 'support', '+', 'possessor', 'right'),
  c('support.sympathetic', 'be sympathetic to', 'support', '+', 'subject', 'right'),
  // "the town is firmly behind the extension", "stood behind the deal", "threw its weight behind X", "sees a strong case
  // for X" (a review of reactor talks): backing said in an image.
  c('support.behind', 'be|stand behind', 'support', '+', 'subject', 'right', { issueObject: true }),
  c('support.behind', 'be|stand firmly|fully|squarely|solidly|strongly|foursquare behind', 'support', '+', 'subject', 'right', { issueObject: true }),
  c('support.behind', 'throw * weight behind', 'support', '+', 'subject', 'right'),
  c('support.case-for', 'make|see a|the case for', 'support', '+', 'subject', 'right'),
  c('support.case-for', 'make|see a|the strong|clear|good|compelling|powerful case for', 'support', '+', 'subject', 'right'),
  // "gave the code a cautious welcome", "gave the agreement a guarded welcome" (reviews of music, transit and restitution
  // talks): welcomed, if warily, the thing named before it.
  c('support.welcome-given', 'a|an cautious|guarded|qualified|warm|broad|muted welcome', 'support', '+', 'subject', 'left'),
  // "Dhazir and Vantor have argued for national self-reporting" (a review of plastics talks): pressed for, as analysts read
  // it; against, opposed.
  c('demand.argue-for', 'argue|argues|argued|arguing for', 'demand', '+', 'subject', 'right'),
  // "is holding out for a price ceiling" (a review of vaccine talks): refusing less until it has it.
  c('demand.hold-out-for', 'hold out for', 'demand', '+', 'subject', 'right'),
  c('reject.argue-against', 'argue|argues|argued|arguing against', 'reject', '-', 'subject', 'right'),
  // Praise and blame of a thing the lexicon names, right after the verb: "hailed the ceasefire deal", "condemned the
  // sanctions", "lobbied for a price cap". Only with such an object ("praised the negotiators", "condemned the attack"
  // name none), as general verbs of judgement carry a stance only on a matter negotiated.
  c('support.praise', 'praise|hail|applaud|commend|laud|champion', 'support', '+', 'subject', 'right', { verb: true, issueObject: true }),
  c('demand.lobby', 'lobby|lobbied|lobbies|lobbying|campaign|campaigned|campaigns|campaigning for', 'demand', '+', 'subject', 'right', { issueObject: true }),
  // "The union voted to authorise a strike": what a body authorises, it backs.
  c('support.authorise', 'authorise|authorize', 'support', '+', 'subject', 'right', { verb: true }),
  // "The union voted to recommend the settlement": put to its members as one to take.
  c('support.recommend', 'recommend', 'support', '+', 'subject', 'right', { verb: true }),
  // "defended the deal": backed against its critics (what is defended is an agreement, a plan or a decision, not a city).
  c('support.defend', 'defend|defended|defending', 'support', '+', 'subject', 'right', { verb: true, objectHeads: new Set([...AGREEMENT_WORDS, ...PLAN_WORDS, 'decision', 'offer', 'proposal', 'position']) }),
  // "The drought clause was a step in the right direction", "called the offer a step in the right direction".
  c('support.right-direction', 'be a|another step in the right direction', 'support', '+', 'subject', 'left'),
  // "the renewal of access rights was a fair price" (a review of fisheries talks): a judgement that accepts it.
  c('support.fair', 'be a fair|reasonable|good price|deal|offer|compromise|solution|bargain|start|basis', 'support', '+', 'subject', 'left'),
  // "called the sale of Pulse a price worth paying" (a review of merger talks).
  c('support.fair', 'a price worth paying', 'support', '+', 'subject', 'left'),
  // "the plan was not a basis for discussion" (a review of sugar-levy talks): a thing to talk from, or, denied, refused.
  c('support.fair', 'a|the basis for', 'support', '+', 'subject', 'left', { deniedKind: 'reject' }),
  // "Kesz said the mechanism was acceptable", "said it was satisfied with the regional funds" (a review of budget talks).
  c('accept.acceptable', 'be|remain acceptable', 'accept', '+', 'subject', 'left', { predicative: true }),
  // "said the offer was fair", "called the compromise reasonable": the thing judged acceptable.
  c('accept.acceptable', 'fair|reasonable|balanced|sensible|workable|realistic', 'accept', '+', 'subject', 'left', { predicative: true }),
  c('support.satisfied', 'satisfied|happy|content with', 'support', '+', 'subject', 'right'),
  c('support.right-direction', 'be steps in the right direction', 'support', '+', 'subject', 'left'),
  c('support.right-direction', 'step|steps in the right direction', 'support', '+', 'subject', 'left'),
  c('support.hope', 'hope that|for', 'support', '+', 'subject', 'right'),
  // "Berlin's hope is that Moscow will accept a ceasefire": the noun joined to its clause by "is" hopes what "hopes
  // that" does, for the one whose hope it is (a leftover of stop 52: it read nothing).
  c('support.hope', 'hope be that', 'support', '+', 'possessor', 'right'),
  c('support.desire', 'desire to|for', 'support', '+', 'possessor', 'right'),
  // Going on with, or stopping, what a party gives or does: "Washington would continue military aid",
  // "Germany will keep supplying air defence" back it (support +).
  // "The White House would halt intelligence sharing", "suspended military aid": the holder undertakes to
  // stop it, an act of its own rather than a refusal of someone's demand (commit -); made on a condition
  // ("unless Kyiv signs") it becomes a threat, as any commitment does.
  c('support.continue', 'continue|keep|maintain', 'support', '+', 'subject', 'right', { issueObject: true }),
  c('commit.halt', 'halt|stop|suspend|pause|freeze|end|cease|withhold|terminate|cut', 'commit', '-', 'subject', 'right', { issueObject: true }),
  // "would not hesitate to hold back a payment" (a review of rail-tunnel talks): withholding it.
  c('commit.halt', 'hold|holds|held|holding back', 'commit', '-', 'subject', 'right', { issueObject: true }),
  c('commit.halt', 'cut off', 'commit', '-', 'subject', 'right', { issueObject: true }),
  c('commit.halt', 'phase out', 'commit', '-', 'subject', 'right', { issueObject: true }),
  c('commit.halt', 'wind down', 'commit', '-', 'subject', 'right', { issueObject: true }),
  // Threats and hedges.
  c('threat.verb', 'threaten', 'threat', '+', 'subject', 'right'),
  // "would treat any sanctions as an act of war", "treats the blockade as a declaration of war" (stop 56: they read
  // nothing): the thing named between is refused with a warning of what answers it, a threat against it.
  c('threat.treat-as-war', 'treat|treats|treated|treating * as an act of war|hostility|aggression', 'threat', '-', 'subject', 'left', { deniedStatesNothing: true }),
  c('threat.treat-as-war', 'treat|treats|treated|treating * as a declaration of war|hostilities', 'threat', '-', 'subject', 'left', { deniedStatesNothing: true }),
  // Retaliation: "would retaliate with tariffs", "would answer any extension of them with tariffs on wine".
  c('threat.retaliate', 'retaliate|reply with', 'threat', '+', 'subject', 'right'),
  c('threat.retaliate', 'hit back with', 'threat', '+', 'subject', 'right'),
  c('threat.answer', 'answer|counter', 'threat', '+', 'subject', 'right', { verb: true, answeredWith: true }),
  c('threat.answer', 'respond|react to', 'threat', '+', 'subject', 'right', { answeredWith: true }),
  // "repeated its threat to walk out of the talks"; withdrawn ("withdrew its threat to ...") it is retracted.
  c('threat.noun', 'threat|threats to', 'threat', '+', 'possessor', 'right', { infinitive: true }),
  // "dropped its threat of a compulsory licence" (a review of medicine-price talks): the holder's own threat, named by
  // its "its" or "their" ("the threat of sanctions" is a danger, no one's stance).
  c('threat.noun', 'its|their threat|threats of', 'threat', '+', 'subject', 'right'),
  // "Washington warned Moscow of new sanctions", "..., warning Moscow of X": what the warner would do (wink may tag ", warning" a noun).
  c('threat.warn-of', 'warn|warning', 'threat', '+', 'subject', 'right', { partyThen: new Set(['of']), issueAfterParty: true }),
  c('hedge.ahead', "let 's|us not get ahead", 'hedge', '0', 'speaker', 'sentence'),
  c('hedge.early', 'too early|soon to', 'hedge', '0', 'speaker', 'sentence'),
  c('hedge.premature', 'premature', 'hedge', '0', 'speaker', 'sentence'),
  // "officials said a haircut was being studied" (a review of bailout talks): weighed, by the side that says so.
  c('hedge.weighed', 'be being studied|considered|examined|weighed|reviewed|discussed', 'hedge', '0', 'speaker', 'left'),
  c('hedge.undecided', 'not yet decided', 'hedge', '0', 'speaker', 'sentence'),
  // '"Nobody wants to strike"', '"No one on this board wants to raise fares"': a party's reluctance to do a thing, told of
  // everyone, is no refusal of what it may yet do (the negotiations' wrong readings, stop 57: both read a refusal).
  // ("Nobody wants a wealth tax" is still read as before: a thing no one wants, not an act.)
  c('hedge.nobody-wants', 'nobody|noone * wants|want to', 'hedge', '0', 'speaker', 'right', { infinitive: true }),
  c('hedge.nobody-wants', 'no one * wants|want to', 'hedge', '0', 'speaker', 'right', { infinitive: true }),
  c('hedge.seen', 'remain|remains to be seen', 'hedge', '0', 'speaker', 'sentence'),
  // "might consider a ceasefire", "is considering a prisoner swap": weighed, not accepted.
  // Weighing denied refuses the thing: "will not consider X", "has never seriously considered X", "is not weighing X"
  // (it was weighed, `hedge 0`: a leftover of stop 54).
  c('hedge.consider', 'consider', 'hedge', '0', 'subject', 'right', { bareObject: true, deniedKind: 'reject', onlyKind: 'condition' }),
  // "is weighing a truce", "mulled a price cap", "would explore a swap": weighed, not yet taken up.
  c('hedge.consider', 'weigh|weighing|mull|mulling|mulled|explore|exploring|explored|assess|assessing', 'hedge', '0', 'subject', 'right', { verb: true, issueObject: true, deniedKind: 'reject' }),
  // "would look closely at the proposals", "would look very seriously at bidding", "would look again at X": weighed too
  // (the negotiations' misses, stop 54: they read nothing). Refused ahead ("would not look again at X", "cannot look
  // closely at X") it is refused; not looking closely told as a fact ("did not look closely at X") refuses nothing, and
  // weighs nothing either (a leftover of stop 54: it read `hedge 0`).
  c('hedge.consider', 'look|looks|looked|looking closely|carefully|seriously|again|afresh at', 'hedge', '0', 'subject', 'right', { issueObject: true, deniedKind: 'reject', deniedStatesNothing: true }),
  c('hedge.consider', 'look|looks|looked|looking very closely|carefully|seriously at', 'hedge', '0', 'subject', 'right', { issueObject: true, deniedKind: 'reject', deniedStatesNothing: true }),
  // "could look at a retention bonus", "a bonus was worth exploring": weighed, as "consider" weighs it.
  c('hedge.consider', 'could|would|might look at', 'hedge', '0', 'subject', 'right'),
  // "was studying it carefully" (still weighing it; "studied the plan" says nothing), "reserves its position on the
  // framework" (a review of arms control talks).
  c('hedge.consider', 'studying', 'hedge', '0', 'subject', 'right', { verb: true }),
  c('hedge.reserve', 'reserve|reserves|reserved|reserving its|their|our position on', 'hedge', '0', 'subject', 'right'),
  c('hedge.reserve', 'reserve|reserves|reserved|reserving its|their|our position', 'hedge', '0', 'subject', 'left'),
  c('hedge.worth-exploring', 'be worth exploring|considering|discussing', 'hedge', '0', 'subject', 'left'),
  // "does not rule anything in or out on X", "is sceptical of X" (a review of peace and trade talks): the issue left open, doubted.
  c('hedge.in-or-out', 'rule anything|nothing in or out', 'hedge', '0', 'subject', 'right'),
  c('hedge.sceptical', 'sceptical|skeptical of|about', 'hedge', '0', 'subject', 'right', { deniedStatesNothing: true }),
  // "has reservations about X", "is lukewarm about X": doubts, no refusal.
  c('hedge.reservations', 'reservations about|over|on', 'hedge', '0', 'possessor', 'right', { deniedStatesNothing: true }),
  c('hedge.sceptical', 'lukewarm about|on|towards|toward', 'hedge', '0', 'subject', 'right', { deniedStatesNothing: true }),
  // Left open on purpose: "declined to comment on the price freeze", "remained neutral on arbitration", "takes no
  // position on the threat" (analysts of eight negotiations read each as a hedge). "declined to say whether the Union
  // would accept X" leaves what it would accept open: the stance asked about, a hedge.
  c('hedge.no-comment', 'decline|declined|declining|refuse|refused|refusing to comment on', 'hedge', '0', 'subject', 'right'),
  c('hedge.no-comment', 'decline|declined|declining|refuse|refused|refusing to give|provide|offer details|specifics of|on|about', 'hedge', '0', 'subject', 'right'),
  // "declined to take a position on public ownership" (a review of water talks): left open, as "takes no position on".
  c('hedge.no-comment', 'decline|declined|declining|refuse|refused|refusing to take a position|stance|side on', 'hedge', '0', 'subject', 'right'),
  // Declined only: "refused to discuss the levy" refuses to negotiate it, which says either stance (its own levy kept, a cut refused).
  c('hedge.no-comment', 'decline|declined|declining to discuss', 'hedge', '0', 'subject', 'right'),
  c('hedge.no-comment', 'decline|declined|declining|refuse|refused|refusing to say|disclose|speculate whether|if|about|on', 'hedge', '0', 'subject', 'sentence'),
  c('hedge.neutral', 'remain|remained|remains|stay|stayed|stays|be|is|was neutral on|about', 'hedge', '0', 'subject', 'right'),
  c('hedge.neutral', 'take|takes|took|taking no position on', 'hedge', '0', 'subject', 'right'),
  // "was leaning against litigation", "is leaning towards new sanctions" (stop 56: they read nothing): not yet decided,
  // with a side it tends to, a hedge of that polarity.
  c('hedge.leaning', 'lean|leans|leaning|leaned|leant towards|toward', 'hedge', '+', 'subject', 'right', { deniedStatesNothing: true }),
  c('hedge.leaning', 'lean|leans|leaning|leaned|leant against', 'hedge', '-', 'subject', 'right', { deniedStatesNothing: true }),
  c('hedge.leaning', 'be inclined to', 'hedge', '+', 'subject', 'right', { deniedStatesNothing: true }),
  // "had not yet taken a position on X", "has not decided whether to impose X", "keeps an open mind about X": left open
  // too (the negotiations' misses, stop 55: they read nothing).
  c('hedge.neutral', 'have|has|had not taken|adopted a position|stance on', 'hedge', '0', 'subject', 'right'),
  c('hedge.neutral', 'have|has|had not yet taken|adopted a position|stance on', 'hedge', '0', 'subject', 'right'),
  c('hedge.neutral', 'have|has|had yet to take|adopt a position|stance on', 'hedge', '0', 'subject', 'right'),
  // (What is left undecided is asked, "whether to back X", in a clause of its own: the sentence is the scope, as of
  // "declined to say whether".)
  c('hedge.neutral', 'have|has|had not decided|determined on', 'hedge', '0', 'subject', 'right'),
  c('hedge.neutral', 'have|has|had not yet decided|determined on', 'hedge', '0', 'subject', 'right'),
  c('hedge.neutral', 'have|has|had not decided|determined whether|if', 'hedge', '0', 'subject', 'sentence'),
  c('hedge.neutral', 'have|has|had not yet decided|determined whether|if', 'hedge', '0', 'subject', 'sentence'),
  c('hedge.neutral', 'have|has|had|keep|keeps|kept|keeping an open mind about|on', 'hedge', '0', 'subject', 'right'),
  // "willing to consider a rent cap" weighs it, as "consider" does: no support besides.
  c('hedge.consider', 'willingness|readiness|ready|willing|prepared to consider', 'hedge', '0', 'possessor', 'right', { bareObject: true, deniedKind: 'reject', onlyKind: 'condition' }),
  // "willing to look at a rent cap", "open to looking at X": weighed, as "would look at X" is (stop 55).
  c('hedge.consider', 'willingness|readiness|ready|willing|prepared to look at', 'hedge', '0', 'possessor', 'right'),
  c('hedge.consider', 'open to looking at', 'hedge', '0', 'subject', 'right'),
  // "the ministry was looking at a drought fund", "is looking at a discounted pass": weighing it now (stop 55).
  c('hedge.consider', 'be looking at', 'hedge', '0', 'subject', 'right', { issueObject: true }),
  // "new sanctions were one option among several", "a cap is among the options": weighed, no more (stop 55).
  c('hedge.option', 'be one option|idea|possibility among several|many|others', 'hedge', '0', 'speaker', 'left'),
  c('hedge.option', 'be among the options|possibilities|ideas', 'hedge', '0', 'speaker', 'left'),
];

/**
 * Words that introduce a condition on the clause before them. `flip`
 * reverses the condition's polarity ("unless").
 * @category rules
 * @since 0.1.0
 * @internal
 */
export interface ConditionMarker {
  readonly phrase: string;
  readonly flip: boolean;
  /**
   * A word of sequence ("once", "until", "before"), which conditions only a
   * clause (a subject and a verb: not "until Friday") that is not told as
   * past ("once the offer was confirmed, the drivers returned"), and:
   * - `then`: as it is ("once", "as soon as", "after");
   * - `until`: a stance denied until Y is the stance if Y ("would not table
   *   an offer until the drivers return": propose + if they return), one not
   *   denied holds unless Y (`flip`);
   * - `not-before`: only a stance denied ("no offer before the strike ends")
   *   is conditioned, as with `until`.
   */
  readonly sequence?: 'then' | 'until' | 'not-before';
  /**
   * Conditions only a main clause told as future ("When sanctions are
   * lifted, Russia will accept a ceasefire"), and never a clause that is
   * itself future, an indirect question ("would not say when talks will
   * start"), nor a relative one after a noun of time ("the day when ..."): "when".
   */
  readonly future?: boolean;
  /**
   * Conditions only when a clause follows (a subject and a verb), and not
   * right after a name, a pronoun or an auxiliary: "will table an offer
   * provided the drivers return to work", not "Washington provided aid".
   */
  readonly clause?: boolean;
  /**
   * What is asked in return ("offered a truce in exchange for sanctions
   * relief"): a condition, unless "even" or a refusal puts it aside ("would
   * never give up Crimea, even in exchange for a ceasefire", "will not accept
   * a truce in return for territory"), which conditions nothing.
   */
  readonly exchange?: boolean;
  /**
   * A condition told by inverting its subject and auxiliary ("should the bill
   * pass", "Should the talks fail, ..."): read as "if", and only where a
   * clause starts (a sentence, a comma) with a subject and a verb after it,
   * not the modal of "Kyiv should accept X".
   */
  readonly inverted?: boolean;
}

/**
 * The condition markers.
 * @example
 * import { CONDITION_MARKERS } from './cue-rules.js'
 * assert.deepStrictEqual(CONDITION_MARKERS.filter((m) => m.flip).map((m) => m.phrase), ['unless', 'until|till'])
 * assert.deepStrictEqual(CONDITION_MARKERS.filter((m) => m.sequence === 'then').map((m) => m.phrase), ['once', 'as soon as', 'after', 'when', 'the day|moment|minute|instant'])
 * @category rules
 * @since 0.1.0
 * @internal
 */
export const CONDITION_MARKERS: ReadonlyArray<ConditionMarker> = [
  { phrase: 'if', flip: false },
  { phrase: 'only if', flip: false },
  { phrase: 'unless', flip: true },
  { phrase: 'contingent upon|on', flip: false },
  { phrase: 'conditional upon|on', flip: false },
  { phrase: 'provided that', flip: false },
  { phrase: 'on condition that', flip: false },
  { phrase: 'on the condition that', flip: false },
  { phrase: 'provided|providing', flip: false, clause: true },
  { phrase: 'in exchange|return for', flip: false, exchange: true },
  { phrase: 'as long as', flip: false },
  { phrase: 'so long as', flip: false },
  { phrase: 'until|till', flip: true, sequence: 'until' },
  { phrase: 'before', flip: false, sequence: 'not-before' },
  { phrase: 'once', flip: false, sequence: 'then' },
  { phrase: 'as soon as', flip: false, sequence: 'then' },
  { phrase: 'after', flip: false, sequence: 'then' },
  { phrase: 'when', flip: false, sequence: 'then', future: true },
  // "must be lifted the day the agreement takes effect": a time that is to come, named by the clause after it.
  { phrase: 'the day|moment|minute|instant', flip: false, sequence: 'then', clause: true },
  { phrase: 'should', flip: false, inverted: true },
];

/**
 * Verbs of saying (by lemma) and other attribution phrases.
 * @example
 * import { SPEECH_PHRASES } from './cue-rules.js'
 * assert.ok(SPEECH_PHRASES.includes('reiterate') && SPEECH_PHRASES.includes('according to'))
 * @category rules
 * @since 0.1.0
 * @internal
 */
export const SPEECH_PHRASES: ReadonlyArray<string> = [
  'say', 'state', 'tell', 'stress', 'insist', 'reiterate', 'remark', 'note', 'emphasize', 'emphasise', 'add', 'confirm',
  'announce', 'indicate', 'assert', 'warn', 'declare', 'explain', 'claim', 'comment', 'point out', 'underscore', 'acknowledge',
  'mention', 'write', 'tweet', 'post', 'reply', 'respond', 'argue', 'urge', 'signal', 'repeat', 'according to', 'told',
  'said', 'stated', 'stating', 'asserting', 'insisting',
];

/**
 * Verbs of saying (by lemma) that, after "and", say a thing of their own:
 * "called for X and warned that Y", "would ratify X only if Y, and warned
 * that Z": what follows is said, neither the object of a cue before them nor
 * part of a condition.
 * @example
 * import { SAYING_VERBS } from './cue-rules.js'
 * assert.ok(SAYING_VERBS.has('warn') && !SAYING_VERBS.has('accept'))
 * @category rules
 * @since 0.1.0
 * @internal
 */
export const SAYING_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'note', 'confirm', 'claim', 'write', 'stress', 'warn', 'argue', 'announce', 'repeat', 'insist', 'signal',
]);

/**
 * Words (forms or lemmas) that name giving something up: declared
 * non-negotiable (a cue with `concessionFlips`), the thing they head is
 * refused, not required.
 * @example
 * import { CONCESSION_WORDS, ingestText } from '@stancelog/ingest'
 * assert.ok(CONCESSION_WORDS.has('recognition'))
 * const r = ingestText('Zelensky said recognition of the annexation is non-negotiable.', { publishedAt: '2025-08-13' })
 * assert.ok(r._tag === 'Right')
 * const s = r.right.statements.find((x) => x.issue === 'territorial-concessions')
 * assert.deepStrictEqual([s?.kind, s?.polarity], ['red-line', '-'])
 * @category rules
 * @since 0.1.0
 */
export const CONCESSION_WORDS: ReadonlySet<string> = new Set([
  'concession', 'concessions', 'recognition', 'recognising', 'recognizing', 'acknowledgment', 'acknowledgement', 'acknowledging',
  'legitimisation', 'legitimization', 'legitimising', 'legitimizing', 'legalisation', 'legalization', 'cession', 'ceding', 'cede',
  'surrender', 'surrendering', 'capitulation', 'handover', 'handing', 'giving', 'compromise', 'compromises',
]);

/**
 * Words that negate what follows them within a clause, by lemma: "not",
 * verbs that end or undo a thing ("lift sanctions"), and the nouns that
 * name its end ("the abolition of split shifts": rejecting it is keeping
 * them).
 * @example
 * import { NEGATORS } from './cue-rules.js'
 * assert.ok(NEGATORS.has('renounce') && !NEGATORS.has('accept'))
 * assert.ok(NEGATORS.has('abolition') && NEGATORS.has('removal') && NEGATORS.has('veto'))
 * @category rules
 * @since 0.1.0
 * @internal
 */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not', "n't", 'no', 'never', 'nobody', 'without', 'renounce', 'renouncing', 'abandon', 'drop', 'stop', 'avoid', 'avoiding', 'halt',
  'suspend', 'end', 'forgo', 'forego', 'lift', 'ease', 'scrap', 'cancel', 'against', 'deny',
  // The nouns, which the tagger may leave unlemmatised: "in return for an easing of sanctions" (a leftover of stop 50).
  'lifting', 'easing',
  'shelve', 'abolish', 'abolition', 'abolishing', 'remove', 'removal', 'removing', 'eliminate', 'elimination', 'eliminating', 'repeal',
  'cancellation', 'suspension', 'termination', 'terminate', 'scrapping', 'ending', 'withdraw', 'withdrawal', 'retract', 'rescind', 'quit',
  // Acting against a thing: "threatened to block the agreement", "vowed to veto the text" (a review of coalition and summit articles).
  'block', 'blocking', 'veto', 'vetoing', 'thwart', 'torpedo', 'scupper',
  // Less of it, or something else in its place: "demanded that Meridian halve the car tariff", "a cut in the tariff",
  // "replace the steel duties with a quota" (a review of trade talks: each was a demand for the tariff).
  'halve', 'halving', 'reduce', 'reducing', 'reduction', 'cut', 'cutting', 'lower', 'lowering', 'slash', 'slashing', 'trim', 'curb', 'cap', 'capping', 'replace',
  // Spared it: "an opt-out from any target above 3 percent", "exempt from any rise" (reviews of defence and wage talks).
  'opt-out', 'exempt', 'exemption', 'exemptions', 'derogation',
  // Left out of it: "any deal that excludes security guarantees" (a review of arms control talks).
  'exclude', 'excludes', 'excluding', 'exclusion', 'omit', 'omits', 'omitting',
  // Wanting it: "would fight any permit that lacked a hard cap" (a review of mining talks), "the lack of guarantees".
  'lack', 'lacks', 'lacked', 'lacking',
  // Undone by the one who decided it: "unless the steel tariffs were reversed", "would overturn the ban", "revoke the licence".
  'reverse', 'reversal', 'overturn', 'revoke', 'revocation',
]);

/**
 * Words (forms or lemmas) that refuse the verb after their "to" without
 * being a cue themselves: "declined to accept X" does not accept X.
 * @example
 * import { ingestText } from '@stancelog/ingest'
 * import { INFINITIVE_NEGATORS } from './cue-rules.js'
 * assert.ok(INFINITIVE_NEGATORS.has('decline') && !INFINITIVE_NEGATORS.has('agree'))
 * const r = ingestText('Kyiv declined to accept a ceasefire on Friday, Zelensky said.', { publishedAt: '2025-05-17' })
 * assert.deepStrictEqual(r._tag === 'Right' && r.right.statements.map((s) => [s.holder, s.issue, s.kind, s.polarity]), [['ukraine', 'ceasefire', 'reject', '-']])
 * @category rules
 * @since 0.1.0
 * @internal
 */
export const INFINITIVE_NEGATORS: ReadonlySet<string> = new Set(['decline', 'declined', 'refuse', 'refused', 'unwilling', 'reluctant', 'loath', 'loth']);

/**
 * Verbs (forms or lemmas) that make the demand, proposal or call they take
 * as object the subject's own: "made a demand for X", "renewed its call
 * for X", "stressed the need for X". Any other verb ("discussed the demand
 * for X", "responded to calls for X") leaves it to whoever the text says
 * owns it ("the union's demand"), or to no one.
 * @example
 * import { ingestText } from '@stancelog/ingest'
 * import { OWNING_VERBS } from './cue-rules.js'
 * assert.ok(OWNING_VERBS.has('renew') && !OWNING_VERBS.has('discuss'))
 * const holders = (verb: string) => {
 *   const r = ingestText(`Kyiv ${verb} the demand for a ceasefire on Friday.`, { publishedAt: '2025-05-17' })
 *   return r._tag === 'Right' ? r.right.statements.map((s) => [s.holder, s.issue, s.kind]) : []
 * }
 * assert.deepStrictEqual(holders('renewed'), [['ukraine', 'ceasefire', 'demand']])
 * assert.deepStrictEqual(holders('discussed'), [])
 * @category rules
 * @since 0.1.0
 * @internal
 */
export const OWNING_VERBS: ReadonlySet<string> = new Set([
  'make', 'issue', 'put', 'renew', 'repeat', 'reiterate', 'restate', 'reaffirm', 'present', 'submit', 'table', 'tabled', 'voice',
  'express', 'raise', 'press', 'lay', 'set', 'outline', 'state', 'stress', 'emphasize', 'emphasise', 'underline', 'underscore', 'highlight',
  'note', 'acknowledge', 'recognise', 'recognize', 'point', 'cite',
  'have', 'keep', 'maintain', 'stick', 'deliver', 'send', 'file', 'lodge', 'announce', 'unveil', 'signal', 'declare', 'confirm',
  'draft', 'prepare', 'formulate', 'advance', 'pursue', 'insist', 'show', 'extend', 'step',
]);

/**
 * Words (forms or lemmas) that withdraw the stance of the cue right after
 * them (determiners, possessives, adjectives, adverbs, "to" and verbs of
 * {@link OWNING_VERBS} may stand between): "no longer insists on X",
 * "dropped its demand for X", "has ceased to demand X" are retractions of
 * the demand for X. Denied ("has not dropped its demand") the stance
 * stands; only possible, offered or conditional ("could drop", "ready to
 * drop", "will drop ... if ...") it is no stance at all.
 * @example
 * import { ingestText } from '@stancelog/ingest'
 * import { WITHDRAWAL_PHRASES } from './cue-rules.js'
 * assert.ok(WITHDRAWAL_PHRASES.includes('no longer') && WITHDRAWAL_PHRASES.includes('drop'))
 * const read = (text: string) => {
 *   const r = ingestText(text, { publishedAt: '2025-05-17' })
 *   return r._tag === 'Right' ? r.right.statements.map((s) => [s.holder, s.issue, s.kind, s.polarity]) : []
 * }
 * assert.deepStrictEqual(read('Kyiv dropped its demand for a ceasefire on Friday.'), [['ukraine', 'ceasefire', 'retract', '+']])
 * assert.deepStrictEqual(read('Kyiv has not dropped its demand for a ceasefire.'), [['ukraine', 'ceasefire', 'demand', '+']])
 * @category rules
 * @since 0.1.0
 * @internal
 */
export const WITHDRAWAL_PHRASES: ReadonlyArray<string> = [
  'no longer', 'drop', 'abandon', 'withdraw', 'retract', 'rescind', 'relinquish', 'shelve', 'ditch', 'waive', 'end', 'give up', 'lift',
  'back away from', 'walk back', 'back down from|on', 'climb down from|on', 'row back on|from', 'stop', 'cease', 'quit',
  'step back from', 'retreat from',
  // "broke its promise of a rent cap", "reneged on its pledge to X": a pledge told by its noun (`commit.noun`) undone.
  'break', 'renege on', 'go back on',
];

/**
 * Words that end a clause: coordinators of clauses, relative and
 * subordinating words. Conditions ("if") are handled apart.
 * @example
 * import { CLAUSE_BREAKS } from './cue-rules.js'
 * assert.ok(CLAUSE_BREAKS.has('but') && !CLAUSE_BREAKS.has('and'))
 * @category rules
 * @since 0.1.0
 * @internal
 */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  ';', '—', '–', 'but', 'while', 'whereas', 'although', 'though', 'however', 'which', 'where', 'who', 'whom', 'yet', 'meanwhile',
]);
