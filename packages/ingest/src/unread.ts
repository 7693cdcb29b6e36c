/**
 * Why a sentence of the article's prose gave no statement: the furthest
 * the reading of its cues got before it gave up (`IngestResult.unread`).
 *
 * @since 0.1.0
 */

/**
 * Why a prose sentence gave no statement, from the step where the reading
 * gave up, earliest first:
 * - `question`: it asks ("Will the union accept arbitration?"), and a question states no position;
 * - `no-cue`: no cue of the rules (a stance verb or phrase: "demanded",
 *   "rejected", "is ready to") and no issue in the quoted words of a known speaker;
 * - `set-aside`: a cue, in a use that states no one's stance
 *   (`UnreadSentence.rule` says which: "the proposed truce", "denied that it had rejected X"...);
 * - `no-holder`: a cue, but no actor of the register as its subject, owner
 *   or speaker ("the drivers are ready to accept X" with no actor called "the drivers");
 * - `no-issue`: a cue and a holder, but no issue of the lexicon in its
 *   scope (and no provisional issue, when those are off or none could be made);
 * - `only-possible`: the issue is named only as possible ("proposed a possible truce").
 *
 * @example
 * import { ingestText, type UnreadReason } from '@stancelog/ingest'
 * const r = ingestText('The weather in Geneva was mild on Friday.', { publishedAt: '2025-05-17' })
 * const reasons: UnreadReason[] = r._tag === 'Right' ? r.right.unread.map((u) => u.reason) : []
 * assert.deepStrictEqual(reasons, ['no-cue'])
 * @category api
 * @since 0.1.0
 */
export type UnreadReason = 'question' | 'no-cue' | 'set-aside' | 'no-holder' | 'no-issue' | 'only-possible';

/**
 * A sentence of the article's prose (a line not set aside as boilerplate)
 * that gave no statement, and why (see {@link UnreadReason}). The lines set
 * aside are in `IngestResult.lines`; these are the sentences read and lost.
 *
 * @example
 * import { ingestText } from '@stancelog/ingest'
 * const text = 'Kyiv rejected any territorial concessions on Friday. The porters are ready to accept a ceasefire.'
 * const r = ingestText(text, { publishedAt: '2025-05-17' })
 * assert.ok(r._tag === 'Right')
 * assert.strictEqual(r.right.statements.length, 1)
 * const [lost] = r.right.unread
 * assert.strictEqual(text.slice(...lost!.sentence), 'The porters are ready to accept a ceasefire.')
 * // "The porters" name no actor of the register: no one holds the readiness.
 * assert.deepStrictEqual([lost!.reason, lost!.cue, lost!.words], ['no-holder', 'accept.readiness', 'The porters'])
 * @category api
 * @since 0.1.0
 */
export interface UnreadSentence {
  /** Character offsets of the sentence in the text, as `Explanation.sentence`. */
  readonly sentence: readonly [number, number];
  readonly reason: UnreadReason;
  /** The cue rule (`CueRule.id`) the reason is about; absent for `question` and `no-cue`. */
  readonly cue?: string;
  /**
   * Which check gave up, where the reason has several. With `set-aside`:
   * `question-clause` ("asked whether ..."), `time-adjunct`,
   * `embedded-clause` ("a deal that requires X"), `attributive` ("the
   * proposed truce"), `denied`, `reports-dismissed`, `accused-of`,
   * `thought-of-another` ("The company hopes the union will accept X": what
   * the company hopes, fears or believes, not the union's word),
   * `habitual` ("The union ends the strike every year": a habit told in
   * the simple present with an adverb of frequency, no stance of the day),
   * `thing-allows` ("a clause that would allow X", "had been allowed to
   * X": what a thing allows, or one is allowed, is no party's acceptance),
   * `no-party-builds` ("a permit to build a mine", "a plant built for
   * cars": building no party undertakes),
   * `pressed-to` ("is under pressure to accept X", "was urged to accept X"),
   * `withdrawal-not-made` ("could drop its demand"), `until`, or a form the
   * cue's rule needs and lacks (`not-subjunctive`, `no-one-decides`,
   * `judged-object`, `no-verb-after`, `no-issue-verb`, `not-predicative`, `no-lead-in`, `no-issue-object`,
   * `no-party-expecting`: "diplomats expect Moscow to X" foretells, no party asks; `no-party-needing`: "the plan
   * needs X", "needs the approval of parliament": no party asks for what is needed).
   * With `no-holder`: `owner` (a demand named with no owner: "discussed
   * the demand for X"), `demander`, `participle-agent` ("a truce offered on
   * Friday"), `quote-speaker` (quoted words no speaker of the register
   * said). With `no-issue`: `passive-subject`, `echo-earlier`, `earlier-named` ("rejected the offer" where the offers stated before are the holder's own).
   */
  readonly rule?: string;
  /**
   * With `no-holder`: the words read as the cue's subject ("the drivers",
   * "a spokesperson"), as written, when a noun phrase or pronoun stands
   * right before the cue; add them to the register (as an alias) if they
   * name a party.
   */
  readonly words?: string;
}

/**
 * Where the reading of one cue of a sentence gave up; several per
 * sentence, one per cue or quoted issue given up on.
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export interface Miss {
  readonly reason: Exclude<UnreadReason, 'question' | 'no-cue'>;
  readonly cue?: string;
  readonly rule?: string;
  readonly words?: string;
}

// The later the step, the more of the sentence was understood, and the
// nearer the reason is to what the reader has to fix.
const STEP: Readonly<Record<Miss['reason'], number>> = { 'set-aside': 0, 'no-holder': 1, 'no-issue': 2, 'only-possible': 3 };

/**
 * The miss that tells most about a sentence: the one that got furthest,
 * the first of those in the sentence.
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function furthestMiss(misses: ReadonlyArray<Miss>): Miss | undefined {
  let best: Miss | undefined;
  for (const m of misses) if (!best || STEP[m.reason] > STEP[best.reason]) best = m;
  return best;
}
