/**
 * The pipeline for one article: metadata, markup, boilerplate, sentences,
 * attribution, actors, issues, stances, dates, and statements with their
 * evidence and the rules that fired.
 *
 * @since 0.1.0
 */
import * as E from 'fp-ts/lib/Either.js';
import { Statement, type Actor, type Condition } from '@stancelog/core';
import { optionsProblem, type OptionRule } from '@stancelog/core/store-kit';
import { openingDateline, readFrontMatter, mergeMeta, metaProblem, type ArticleMeta } from './article-meta.js';
import { entityStartAt, htmlMeta, looksLikeHtml, maskHtml } from './html.js';
import { classifyLines, type ArticleLine } from './boilerplate.js';
import { firstTokenAt, tokenText, type Token } from './nlp.js';
import { buildRegistry, findActors, personId, representedActor, TITLE_WORDS, type ActorMention, type ActorRegistry } from './actor-registry.js';
import { compileLexicon, type CompiledLexicon, type IssueSense } from './lexicon.js';
import { DEFAULT_LEXICON } from './default-lexicon.js';
import { CUE_RULES, SPEECH_PHRASES, type CueRule } from './cue-rules.js';
import { compilePatterns, matchAll, matchStart, type PhraseMatch, type PhraseMatcher } from './phrase-matcher.js';
import { rememberHeads, withNamedAgain, withTableNamed, type NamedHeads } from './issue-anaphora.js';
import { withoutTalksSettings, withoutTalksTopics } from './talks-topic.js';
import { withoutIssueDocuments } from './issue-documents.js';
import { withPronounSubjects, withSpeakerSubjects, withSubjects } from './subject-phrases.js';
import { objectHeadedBy, objectLeftOut } from './object-head.js';
import { nounPhraseThenTo, partyThenAt } from './party-object.js';
import { findSubject, isPersonName, rememberSurnames, sentenceSpeaker, sentenceSides, sentenceSubject, subjectMentions, unknownNames, type DiscourseState } from './attribution.js';
import { splitClauses } from './clauses.js';
import { readStances, type EarlierStances } from './stance.js';
import { dateOf, MONTHS, readDates, type ResolvedDate } from './dates.js';
import { timeAdverbialEnd, withoutDayParticles } from './time-adverbial.js';
import { readParagraphs } from './paragraphs.js';
import { checkTitle, type SourceInconsistency } from './title-check.js';
import type { SentenceContext, SpeakerRef } from './sentence-context.js';
import { ingestError, type IngestError } from './errors.js';
import { furthestMiss, type Miss, type UnreadSentence } from './unread.js';

/**
 * Options of the pipeline. Build them once with {@link prepareOptions} for
 * a batch: compiling lexicons and registers is the costly part.
 *
 * @example
 * import { ingestText, type IngestOptions } from '@stancelog/ingest'
 * const text = 'The Kremlin demanded a shorter working week on Monday.'
 * const issues = (options: IngestOptions) => {
 *   const r = ingestText(text, { publishedAt: '2025-06-03' }, options)
 *   return r._tag === 'Right' ? r.right.statements.map((s) => s.issue) : []
 * }
 * // No lexicon phrase names the week: by default its noun phrase becomes a provisional issue.
 * assert.deepStrictEqual(issues({}), ['shorter-working-week'])
 * assert.deepStrictEqual(issues({ provisional: false }), [])
 * @category api
 * @since 0.1.0
 */
export interface IngestOptions {
  /** Who can hold a position (default: `buildRegistry()`, the default actors). */
  readonly registry?: ActorRegistry | undefined;
  /** The issues and their phrases (default: `compileLexicon(DEFAULT_LEXICON)`). */
  readonly lexicon?: CompiledLexicon | undefined;
  /** The cue rules (default: `CUE_RULES`). */
  readonly cues?: ReadonlyArray<CueRule> | undefined;
  /** Emit provisional issues where no lexicon entry matches (default true). */
  readonly provisional?: boolean | undefined;
  /** Largest text accepted, in characters (default 5 MB). */
  readonly maxChars?: number | undefined;
}

/**
 * Why a statement came out: the sentence (character offsets) and the rules
 * that fired (see docs/ingest.md, "Reading explain output").
 *
 * @example
 * import { ingestText } from '@stancelog/ingest'
 * const text = 'Kyiv rejected any territorial concessions on Friday, officials said.'
 * const r = ingestText(text, { publishedAt: '2025-05-17' })
 * assert.ok(r._tag === 'Right')
 * const [why] = r.right.explanations
 * assert.strictEqual(text.slice(...why!.sentence), text)
 * // "officials" are named by no one: the rule says so, and the statement has no speaker.
 * assert.deepStrictEqual(why!.rules, ['cue:reject.verb', 'holder:subject/subject.nearest', 'scope:right', 'speaker.unnamed', 'date.weekday-past:on Friday'])
 * assert.strictEqual(r.right.statements[0]?.speaker, undefined)
 * @category api
 * @since 0.1.0
 */
export interface Explanation {
  readonly sentence: readonly [number, number];
  readonly rules: ReadonlyArray<string>;
  readonly provisional: boolean;
}

/**
 * What one article gave: statements (decoded `Statement`s) with one
 * explanation each (same index), source inconsistencies, and the
 * classification of every line.
 *
 * @example
 * import { ingestText, type IngestResult } from '@stancelog/ingest'
 * const r = ingestText('Kyiv rejected any territorial concessions on Friday, officials said.', { publishedAt: '2025-05-17' })
 * assert.ok(r._tag === 'Right')
 * const result: IngestResult = r.right
 * assert.deepStrictEqual(result.statements.map((s) => [s.holder, s.issue, s.kind, s.polarity, s.statedAt]), [['ukraine', 'territorial-concessions', 'reject', '-', '2025-05-16']])
 * assert.strictEqual(result.explanations.length, result.statements.length)
 * assert.deepStrictEqual([result.inconsistencies, result.provisionalIssues, result.unregisteredSpeakers], [[], [], []])
 * // Plain text, not a web page: its quotes are shown as written.
 * assert.strictEqual(result.html, false)
 * const page = ingestText('<p>Kyiv rejected any territorial concessions on Friday, AT&amp;T said.</p>', { publishedAt: '2025-05-17' })
 * assert.ok(page._tag === 'Right' && page.right.html)
 * // A person the register does not know speaks for no actor of it: for themselves, a third party.
 * const pundit = ingestText('Independent analyst John Doe said Kyiv rejects any ceasefire.', { publishedAt: '2025-12-05' })
 * assert.ok(pundit._tag === 'Right')
 * assert.deepStrictEqual(pundit.right.statements.map((s) => [s.holder, s.speaker]), [['ukraine', { name: 'John Doe', actor: 'john-doe' }]])
 * assert.deepStrictEqual(pundit.right.unregisteredSpeakers, [{ id: 'john-doe', kind: 'person', name: 'John Doe' }])
 * // A sentence of prose that gives nothing is listed, with why.
 * const quiet = ingestText('Kyiv rejected any territorial concessions. Delegates met in Geneva.', { publishedAt: '2025-05-17' })
 * assert.deepStrictEqual(quiet._tag === 'Right' && quiet.right.unread.map((u) => [u.sentence, u.reason]), [[[43, 67], 'no-cue']])
 * @category api
 * @since 0.1.0
 */
export interface IngestResult {
  readonly meta: ArticleMeta;
  readonly statements: ReadonlyArray<Statement>;
  readonly explanations: ReadonlyArray<Explanation>;
  readonly inconsistencies: ReadonlyArray<SourceInconsistency>;
  readonly lines: ReadonlyArray<ArticleLine>;
  readonly provisionalIssues: ReadonlyArray<string>;
  /**
   * The people the statements name as speakers (`speaker.actor`) that the
   * register does not hold: persons the text names who speak for no actor
   * of the register ("Independent analyst John Doe said ..."), each under an
   * id made of their name, as a person with no office, for the caller to
   * register (a statement naming an id no one registered enters core's
   * registry provisionally, as a state). People of the register who speak
   * for themselves (out of office that day) are not listed: the register
   * has them.
   */
  readonly unregisteredSpeakers: ReadonlyArray<Actor>;
  /**
   * The sentences of the article's prose that gave no statement, in
   * order, each with why (see {@link UnreadSentence}): with `lines`, what
   * tells a reader where an article's statements went.
   */
  readonly unread: ReadonlyArray<UnreadSentence>;
  /**
   * Whether the text was read as a web page (HTML, by its markup, whatever
   * the file's name): its statements' quotes are then the page's text,
   * entities and all, which core's `readableQuote` shows as a reader reads
   * them. A quote of plain text is shown as written: `AT&amp;T` in a
   * `.txt` article is those eight characters.
   */
  readonly html: boolean;
}

/**
 * Options with their matchers compiled, from {@link prepareOptions}; pass
 * them to `ingestText` in place of {@link IngestOptions}.
 *
 * @example
 * import { ingestText, prepareOptions, type PreparedOptions } from '@stancelog/ingest'
 * const prepared: PreparedOptions = prepareOptions({ maxChars: 60 })
 * assert.deepStrictEqual([prepared.maxChars, prepared.provisional, prepared.registry.actors.has('ukraine')], [60, true, true])
 * const ok = ingestText('Kyiv rejected any territorial concessions on Friday.', { publishedAt: '2025-05-17' }, prepared)
 * assert.deepStrictEqual(ok._tag === 'Right' && ok.right.statements.map((s) => s.holder), ['ukraine'])
 * const long = ingestText('Kyiv rejected any territorial concessions on Friday, officials said.', {}, prepared)
 * assert.deepStrictEqual(long._tag === 'Left' && long.left.reason, 'too-large')
 * @category api
 * @since 0.1.0
 */
export interface PreparedOptions {
  readonly registry: ActorRegistry;
  readonly lexicon: CompiledLexicon;
  /** The cue rules, compiled for the pipeline. @internal */
  readonly cues: PhraseMatcher<CueRule>;
  /** The speech verbs, compiled for the pipeline. @internal */
  readonly speech: PhraseMatcher<string>;
  readonly provisional: boolean;
  readonly maxChars: number;
}

const prepared = new WeakMap<object, PreparedOptions>();

/**
 * What `ingestText` takes as options, each checked as given.
 * @internal
 */
export const INGEST_OPTIONS: Readonly<Record<string, OptionRule>> = {
  registry: { accepts: (v) => typeof v === 'object' && v !== null, expected: 'a register of actors (buildRegistry(...))' },
  lexicon: { accepts: (v) => typeof v === 'object' && v !== null, expected: 'a compiled lexicon (compileLexicon(...), loadLexicon(...))' },
  cues: { accepts: (v) => Array.isArray(v), expected: 'an array of cue rules' },
  provisional: { accepts: (v) => typeof v === 'boolean', expected: 'true or false' },
  maxChars: { accepts: (v) => typeof v === 'number' && Number.isInteger(v) && v > 0, expected: 'a whole number of characters, 1 or more' },
};

/**
 * Compiles options (registers, lexicons, rules) for repeated use; the same
 * options object gives the same prepared options.
 *
 * @example
 * import { ingestText, prepareOptions } from '@stancelog/ingest'
 * const options = { provisional: false }
 * const prepared = prepareOptions(options)
 * assert.strictEqual(prepareOptions(options), prepared)
 * const holders = ['Kyiv rejected any new sanctions on Friday.', 'Moscow rejected any ceasefire on Friday.'].map((text) => {
 *   const r = ingestText(text, { publishedAt: '2025-05-17' }, prepared)
 *   return r._tag === 'Right' ? r.right.statements.map((s) => s.holder) : []
 * })
 * assert.deepStrictEqual(holders, [['ukraine'], ['russia']])
 * @category api
 * @since 0.1.0
 */
export function prepareOptions(options: IngestOptions = {}): PreparedOptions {
  const hit = prepared.get(options);
  if (hit) return hit;
  const p: PreparedOptions = {
    registry: options.registry ?? defaults().registry,
    lexicon: options.lexicon ?? defaults().lexicon,
    cues: options.cues ? compilePatterns(options.cues.map((c) => ({ source: c.phrase, value: c }))) : defaults().cues,
    speech: defaults().speech,
    provisional: options.provisional ?? true,
    maxChars: options.maxChars ?? 5 * 1024 * 1024,
  };
  prepared.set(options, p);
  return p;
}

let defaultPrepared: Omit<PreparedOptions, 'provisional' | 'maxChars'> | undefined;
function defaults(): Omit<PreparedOptions, 'provisional' | 'maxChars'> {
  if (!defaultPrepared) {
    defaultPrepared = {
      registry: buildRegistry(),
      lexicon: compileLexicon(DEFAULT_LEXICON),
      cues: compilePatterns(CUE_RULES.map((c) => ({ source: c.phrase, value: c }))),
      speech: compilePatterns(SPEECH_PHRASES.map((s) => ({ source: s, value: s }))),
    };
  }
  return defaultPrepared;
}

const PAST = /^(?:was|were|had|did|said|told)$/;

function isPast(tokens: ReadonlyArray<Token>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && (PAST.test(t.norm) || (t.norm.endsWith('ed') && t.norm !== t.lemma))) return true;
  }
  return false;
}

// The party before the colon of a list item ("Ukraine: no recognition of
// ...", "The Kremlin: ...", "Zelensky: ..." for the state he speaks for):
// an actor of the register named by the item's first words, and nothing
// else before the colon.
function listLabel(tokens: ReadonlyArray<Token>, actors: ReadonlyArray<ActorMention>, from: number, to: number): { actor: Actor; colon: number } | undefined {
  const m = actors.find((a) => a.via === 'name' && (a.titleFrom === from || (a.titleFrom === from + 1 && tokens[from]!.pos === 'DET')));
  if (!m || m.to + 1 >= to || tokens[m.to]!.norm !== ':') return undefined;
  return { actor: m.actor, colon: m.to };
}

// The label's party as the speaker of the item, a person for the actor of
// their office on the item's day.
function labelSpeaker(actor: Actor, date: string | undefined): SpeakerRef {
  const rule = 'speaker.list-label';
  if (actor.kind !== 'person') return { name: actor.name, actor: actor.id, rule };
  const id = representedActor(actor, date);
  return { name: actor.name, ...(id !== undefined ? { actor: id } : {}), person: actor, rule };
}

const PERFECT = new Set(['has', 'have', "'ve"]);

// "Kyiv has refused X", "have rejected": an auxiliary of the perfect, which
// tells what holds up to now rather than what happened on a day.
function hasPerfect(tokens: ReadonlyArray<Token>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.pos === 'AUX' && PERFECT.has(tokens[k]!.norm)) return true;
  return false;
}

// What stands before a finite verb: its subject, an adverb, or "and".
const BEFORE_FINITE = new Set(['NOUN', 'PROPN', 'PRON', 'ADV', 'CCONJ']);

// Whether a sentence tells what happened: a finite verb in the past, regular
// or not ("it said", "the delegation met", "was"), not a participle used as
// an adjective ("for renewed talks") nor one of the perfect or a passive
// ("has refused", "talks are planned").
function toldInPast(tokens: ReadonlyArray<Token>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    if (/^(?:was|were|had|did)$/.test(t.norm)) return true;
    if (t.pos !== 'VERB' || t.norm === t.lemma || /(?:s|ing)$/.test(t.norm)) continue;
    if (k === from || BEFORE_FINITE.has(tokens[k - 1]!.pos)) return true;
  }
  return false;
}

/**
 * Ingests one article given as a string (plain text, or HTML, with or
 * without a front-matter block). `source` names it in errors. A
 * `publishedAt` that is no date, given or in front matter (when none is
 * given: a date given takes its place), and a front-matter block never
 * closed, are `invalid-metadata` errors; an HTML
 * page's `<title>` is the article's title (without the site's name after
 * its headline, "Talks stall | Wire"), the date its markup gives
 * (`<meta property="article:published_time">`...) its publication date,
 * its `<link rel="canonical">` (or `og:url`) its address and its
 * `og:site_name` (or JSON-LD `publisher`) its publisher, each when no
 * other is given.
 *
 * @example
 * import { ingestText } from '@stancelog/ingest'
 * import { isRight } from 'fp-ts/lib/Either.js'
 * const r = ingestText('Kyiv rejected any territorial concessions on Friday, officials said.', { publishedAt: '2025-05-17' })
 * assert.ok(isRight(r) && r.right.statements[0]?.holder === 'ukraine')
 * const undated = ingestText('Kyiv rejected any territorial concessions.', { publishedAt: 'yesterday' }, {}, 'a.txt')
 * assert.deepStrictEqual(undated._tag === 'Left' && [undated.left.reason, undated.left.message], ['invalid-metadata', 'a.txt: publishedAt: "yesterday" is not a date or timestamp (expected YYYY-MM-DD, YYYY-MM, YYYY-Www or an ISO timestamp)'])
 * const page = ingestText('<html><head><title>Talks stall</title></head><body><p>Kyiv rejected any territorial concessions.</p></body></html>')
 * assert.ok(isRight(page) && page.right.statements[0]?.source.title === 'Talks stall')
 * const saved = ingestText('<html><head><title>Talks stall | Wire</title><link rel="canonical" href="https://wire.example/talks"><meta property="og:site_name" content="Wire"></head><body><p>Kyiv rejected any territorial concessions.</p></body></html>')
 * assert.deepStrictEqual(isRight(saved) && saved.right.meta, { title: 'Talks stall', url: 'https://wire.example/talks', publisher: 'Wire' })
 * const marked = ingestText('<html><head><meta property="article:published_time" content="2025-05-19T08:00:00Z"></head><body><p>Kyiv rejected any territorial concessions on Friday.</p></body></html>')
 * assert.deepStrictEqual(isRight(marked) && marked.right.statements.map((s) => [s.source.publishedAt, s.statedAt]), [['2025-05-19', '2025-05-16']])
 * @category api
 * @since 0.1.0
 */
export function ingestText(text: string, meta: ArticleMeta = {}, options: IngestOptions | PreparedOptions = {}, source = '<text>'): E.Either<IngestError, IngestResult> {
  // Options from JavaScript, each named as given: a misspelt one ("lexicn") was passed over, and the default read instead.
  const wrong = 'speech' in options ? undefined : optionsProblem(options, INGEST_OPTIONS);
  if (wrong !== undefined) return E.left(ingestError('invalid-options', source, `ingestText: ${wrong}`));
  const opts = 'speech' in options ? (options as PreparedOptions) : prepareOptions(options as IngestOptions);
  if (text.trim().length === 0) return E.left(ingestError('empty', source, `${source}: the article is empty`));
  if (text.length > opts.maxChars) return E.left(ingestError('too-large', source, `${source}: ${text.length} characters is more than the limit of ${opts.maxChars}`));
  const front = readFrontMatter(text);
  const problem = metaProblem(meta, front, source);
  if (problem) return E.left(ingestError('invalid-metadata', source, problem));
  let body = front ? ' '.repeat(front.length) + text.slice(front.length) : text;
  let page: ArticleMeta | undefined;
  const html = looksLikeHtml(body);
  if (html) {
    // The publisher given or in front matter names the site whose name the page's title may end with.
    page = htmlMeta(body, [meta.publisher, front?.meta.publisher].filter((p): p is string => p !== undefined && p.length > 0));
    body = maskHtml(body);
  }
  // Markup or front matter alone (a page drawn by script, a template) is an
  // empty article: said so, rather than "no statement found".
  if (body.trim().length === 0) {
    return E.left(ingestError('empty', source, `${source}: the article is empty: ${html ? 'the page has no text outside its markup' : 'it has no text after its front matter'}`));
  }
  // The page's own markup comes last: a title, date, address or publisher given or in front matter wins;
  // with no date from any of them, the dateline's ("VARNHOLM, 4 March 2026 - ...").
  const merged = mergeMeta(meta, front?.meta, page);
  // The article's own dateline, in its first lines: a later paragraph that opens like one
  // (a roundup's "MOSCOW, June 2, 2025 - ...") is read as any other, its date its sentence's.
  const opening = openingDateline(body);
  const dateline = merged.publishedAt === undefined ? opening?.date : undefined;
  const info = dateline !== undefined ? { ...merged, publishedAt: dateline } : merged;
  const lines = classifyLines(body, 0, body.length, info.title);
  const date = info.publishedAt;
  const state: DiscourseState = { lastPerson: undefined, lastActor: undefined, lastSpeaker: undefined, frequency: new Map(), date, surnames: new Map(), titles: new Map(), persons: [...opts.registry.actors.values()].filter((a) => a.kind === 'person' && (a.offices ?? []).length > 0) };
  const statements: Statement[] = [];
  const explanations: Explanation[] = [];
  const unread: UnreadSentence[] = [];
  const inconsistencies: SourceInconsistency[] = [];
  const provisional = new Set<string>();
  // People the register does not know who speak in the statements, by id.
  const people = new Map<string, Actor>();
  // The stances of a holder that the article stated last, for an echo that names no issue.
  // Where the sentence read before the one being read starts (its statements' `sentence[0]`).
  let previousSentence = -1;
  let currentSentence = -1;
  const earlier: EarlierStances = (holder, kinds, previousOnly) => {
    for (let i = statements.length - 1; i >= 0; i--) {
      const s = statements[i]!;
      if ((holder !== undefined && s.holder !== holder) || !kinds.has(s.kind)) continue;
      const at = explanations[i]!.sentence[0];
      if (previousOnly && at !== previousSentence) return [];
      return statements.filter((x, j) => explanations[j]!.sentence[0] === at && (holder === undefined || x.holder === holder) && kinds.has(x.kind));
    }
    return [];
  };
  const sourceBase = {
    publisher: info.publisher || undefined,
    url: info.url || undefined,
    title: info.title || undefined,
    publishedAt: date || undefined,
  };

  // The issues named so far, by head noun: "the tax" after "the clawback tax".
  const heads: NamedHeads = new Map();
  const paragraphs = readParagraphs(body, lines, opening, (tokens, from, to) => matchAll(opts.lexicon.matcher, tokens, from, to), date);
  // Who presented a plan last in the article: "the plan" of a later sentence, in this paragraph or another, is theirs.
  let lastPlan: ReadonlyArray<string> | undefined;
  for (const { content, readings } of paragraphs) {
    const listedSeen = content.rule === 'listed-objects' ? new Set<string>() : undefined;
    for (const { line, paragraph, tokens, quotes: quoteTokens, sentences, dates } of readings) {
      const contexts: SentenceContext[] = [];
      const sentenceSpeakers: Array<SpeakerRef | undefined> = [];
      // Where each sentence's speaker starts speaking (see `speakerScope`).
      const speakerFrom: number[] = [];
      const speakerTo: number[] = [];
      // The discourse state as each sentence found it: its stances are read
      // after the whole paragraph, and a pronoun or a surname there points
      // back to what came before it, not to the end of the paragraph ("Kyiv
      // rejected talks. It wants a ceasefire. Moscow said nothing.": "It" is Kyiv).
      const sentenceStates: DiscourseState[] = [];
      // The party a list item's label names, for each sentence (see listLabel).
      const labels: Array<SpeakerRef | undefined> = [];
      // A pronoun opening a paragraph's first sentence has no sentence before it there.
      state.previousSubject = undefined;
      // The date each sentence of the paragraph names itself (resolved once:
      // a later sentence may ask for it again, below).
      const ownDates = new Map<number, ResolvedDate | undefined>();
      const ownDate = (si: number): ResolvedDate | undefined => {
        if (ownDates.has(si)) return ownDates.get(si);
        const sentence = sentences[si]!;
        const past = isPast(tokens, sentence.from, sentence.to);
        const found = dateOf(dates[si]!, (offset) => pastAt(contexts[si]!, firstTokenAt(tokens, sentence.start + offset), past));
        ownDates.set(si, found);
        return found;
      };
      // "On Tuesday, March 11, the delegation met US officials. It said it would
      // accept X.": a sentence told in the simple past that names no date of
      // its own goes on with the story of the one before it, and is dated as
      // the nearest earlier sentence of its paragraph that names one, if that
      // one is told in the past too (talks "next week" are no day anything was
      // said). One in the present ("It wants X") or the perfect ("Kyiv has
      // refused X") states the position as of the article.
      const carriedDate = (si: number): ResolvedDate | undefined => {
        const sentence = sentences[si]!;
        if (si === 0 || !toldInPast(tokens, sentence.from, sentence.to) || hasPerfect(tokens, sentence.from, sentence.to)) return undefined;
        for (let sj = si - 1; sj >= 0; sj--) {
          const earlier = ownDate(sj);
          if (earlier === undefined) continue;
          return toldInPast(tokens, sentences[sj]!.from, sentences[sj]!.to) ? { value: earlier.value, rule: 'date.previous-sentence', text: earlier.text } : undefined;
        }
        return undefined;
      };
      // The day each sentence was said, as its statements' `statedAt` give it
      // (undefined: the article's date).
      const sentenceDates: Array<ResolvedDate | undefined> = [];
      // "Russia rejected the plan on Monday, and Ukraine now backs it": each clause of a sentence joined so is dated
      // by its own words (the second took the first's Monday: a leftover of stop 51); one that names none is the
      // article's, or, told in the simple past as the first is, goes on with its story and its day. Where the second
      // clause opens (`joined`) and the day of each, for a sentence of two such clauses (resolved once: the title
      // check and the stances ask for it).
      const splits = new Map<number, { joined: number; dates: readonly [ResolvedDate | undefined, ResolvedDate | undefined] } | undefined>();
      const clauseSplit = (si: number) => {
        if (splits.has(si)) return splits.get(si);
        const ctx = contexts[si]!;
        const sentence = sentences[si]!;
        const joined = joinedClauseAt(ctx);
        let found: { joined: number; dates: readonly [ResolvedDate | undefined, ResolvedDate | undefined] } | undefined;
        if (joined !== undefined) {
          const words = paragraph.slice(sentence.start - line.start, sentence.end - line.start);
          const cut = tokens[joined]!.start - sentence.start;
          const past = isPast(tokens, sentence.from, sentence.to);
          const pastFrom = (base: number) => (offset: number) => pastAt(ctx, firstTokenAt(tokens, sentence.start + base + offset), past);
          const own = dateOf(readDates(words.slice(0, cut), date), pastFrom(0));
          const first = own ?? (ownDates.get(si) === undefined ? sentenceDates[si] : carriedDate(si));
          const second = dateOf(readDates(words.slice(cut), date), pastFrom(cut)) ?? (toldInPast(tokens, joined, sentence.to) && !hasPerfect(tokens, joined, sentence.to) ? first : undefined);
          found = { joined, dates: [first, second] }
        }
        splits.set(si, found);
        return found;
      };
      // "Reyes said on March 20 that Northland rejects X, and Berg said on May 2 that it backs X": where the second of
      // two clauses joined by ", and" tells a saying of its own, its speaker is the one that saying names, with the
      // office held on that clause's day (Berg was the speaker of neither clause, or read on March 20 and so speaking
      // for himself: a leftover of stop 52); with no saying in the first clause, the second's speaker is the
      // sentence's, as before, with that office. "..., and Kyiv backs it, Sybiha said": a saying put after its words is
      // the whole sentence's, as before.
      const clauseSpeakers: Array<{ joined: number; speakers: readonly [SpeakerRef | undefined, SpeakerRef | undefined] } | undefined> = [];
      const ownClauseSpeakers = (si: number, speech: ReadonlyArray<PhraseMatch<string>>, speaker: SpeakerRef | undefined) => {
        const ctx = contexts[si]!;
        const joined = joinedClauseAt(ctx);
        if (joined === undefined) return undefined;
        if (!speech.some((v) => v.from >= joined && !sayingAfterWords(tokens, joined, v.from))) {
          // "Northland rejected X on March 20, and it backed X on May 2, Berg said": a saying put after both clauses is
          // the whole sentence's, its speaker read on each clause's own day (Berg was read on March 20 for both, and
          // so spoke for himself of May 2 too: a leftover of stop 53).
          const day = clauseSplit(si)!.dates[1]?.value;
          if (speaker === undefined || day === undefined || day === state.date || !speech.every((v) => v.from >= joined && sayingAfterWords(tokens, joined, v.from))) return undefined;
          return { joined, speakers: [speaker, sentenceSpeaker(ctx, { ...state, date: day }, speech)] as const };
        }
        const split = clauseSplit(si)!;
        const day = { ...state, date: split.dates[1]?.value ?? date };
        const second = speech.filter((v) => v.from >= joined);
        if (second.length === speech.length) {
          const again = sentenceSpeaker(ctx, day, speech);
          return { joined, speakers: [again, again] as const };
        }
        return { joined, speakers: [speaker, sentenceSpeaker(ctx, day, second)] as const };
      };
      // Pass 1: mentions, dates and speakers of each sentence, in order.
      for (let si = 0; si < sentences.length; si++) {
        const s = sentences[si]!;
        const quoted = new Array<boolean>(s.to - s.from).fill(false);
        for (const q of quoteTokens) for (let k = Math.max(q.from, s.from); k < Math.min(q.to, s.to); k++) quoted[k - s.from] = true;
        const actors = findActors(opts.registry, tokens, s.from, s.to);
        // "- Ukraine: no recognition of occupied territory": a point of a list
        // that opens with a party and a colon gives that party's position, in
        // its words, as a quote it is the speaker of would.
        const label = line.rule === 'list-item' && s.from === sentences[0]!.from ? listLabel(tokens, actors, s.from, s.to) : undefined;
        if (label) quoted.fill(true, label.colon + 1 - s.from);
        const ctx: SentenceContext = {
          tokens,
          from: s.from,
          to: s.to,
          actors,
          // "ready for talks on territorial questions": what talks are about is no stance of its own;
          // "demanded X in the talks": nor is where a stance is taken.
          // "Russia must first withdraw from X", "if Moscow accepts a truce and withdraws from X": the phrase read with its subject.
          issues: withoutTalksSettings(withoutTalksTopics(withSubjects(withTableNamed(withoutIssueDocuments(withNamedAgain(matchAll(opts.lexicon.matcher, tokens, s.from, s.to), tokens, s.from, s.to, heads), tokens, s.to), tokens, s.from, s.to, opts.lexicon.matcher), opts.lexicon.matcher, tokens, s.from, s.to, actors), tokens, s.from, s.to, opts.lexicon.matcher), tokens, s.from, actors),
          // "insisted on Monday that ...": the day's "on" is no particle of the verb (`time-adverbial.ts`).
          cues: partyCuesChecked(objectCuesChecked(pastModalsDropped(ownReconsidering(opts.cues, opts.lexicon.matcher, heldToPledge(calledForAhead(opts.cues, withAsideBeforeFor(opts.cues, opts.lexicon.matcher, withoutDayParticles(opts.cues, matchAll(opts.cues, tokens, s.from, s.to), tokens, s.to), tokens, s.from, s.to), tokens, s.to), tokens, s.to), tokens, s.to), tokens), tokens, s.from, s.to), tokens, actors, s.to),
          quoted,
          speakers: new Array<SpeakerRef | undefined>(s.to - s.from).fill(undefined),
          previousIssues: si > 0 ? contexts[si - 1]!.issues : undefined,
        };
        contexts.push(ctx);
        rememberHeads(heads, tokens, ctx.issues, s.from, s.to);
        // The day the sentence was said: its offices are those of that day
        // (a minister speaks for the state while in office), not of the day
        // the article came out, which may be weeks later.
        const resolved = ownDate(si) ?? carriedDate(si);
        sentenceDates.push(resolved);
        state.date = resolved?.value ?? date;
        labels.push(label ? labelSpeaker(label.actor, state.date) : undefined);
        sentenceStates.push({ ...state });
        const speech = matchAll(opts.speech, tokens, s.from, s.to);
        const speaker = sentenceSpeaker(ctx, state, speech);
        clauseSpeakers.push(speech.length > 0 ? ownClauseSpeakers(si, speech, speaker) : undefined);
        speakerFrom.push(speakerScope(tokens, s.from, speech));
        speakerTo.push(speakerEnd(tokens, s.to, speech, actors));
        // A new map, the one above being that sentence's.
        if (unknownNames(ctx).length > 0) state.surnames = new Map(state.surnames);
        rememberSurnames(ctx, state);
        sentenceSpeakers.push(speaker);
        remember(ctx, state);
        state.previousSubject = sentenceSubject(ctx, sentenceStates[sentenceStates.length - 1]!);
        state.lastSides = sentenceSides(ctx, state.previousSubject) ?? state.lastSides;
        if (speaker) state.lastSpeaker = speaker;
        // A title is checked on the day of its own clause ("Chancellor Scholz rejected X in March, and in June
        // Chancellor Merz backed it": Merz on the June, where he was checked on March, a leftover of stop 52).
        const split = ctx.actors.some((m) => m.title !== '' && m.actor.kind === 'person') ? clauseSplit(si) : undefined;
        for (const m of ctx.actors) {
          const day = split === undefined ? state.date : (split.dates[m.from >= split.joined ? 1 : 0]?.value ?? date);
          if (day === undefined) continue;
          const found = checkTitle(m, day, opts.registry.actors.values(), [tokens[m.titleFrom]!.start, tokens[m.to - 1]!.end]);
          if (found) inconsistencies.push(found);
        }
      }
      // Pass 2: quotes take the speaker of the sentence that attributes them.
      const quoteSpeakers = quoteTokens.map((q) => {
        const closing = sentences.findIndex((s) => s.from <= q.to - 1 && q.to - 1 < s.to);
        const opening = sentences.findIndex((s) => s.from <= q.from && q.from < s.to);
        return sentenceSpeakers[closing] ?? sentenceSpeakers[opening] ?? sentenceSpeakers[closing + 1] ?? state.lastSpeaker;
      });
      // Pass 3: stances.
      for (let si = 0; si < contexts.length; si++) {
        const ctx = contexts[si]!;
        const speakers = ctx.speakers as Array<SpeakerRef | undefined>;
        for (let k = ctx.from; k < ctx.to; k++) {
          const q = quoteTokens.findIndex((x) => x.from <= k && k < x.to);
          const byClause = clauseSpeakers[si];
          speakers[k - ctx.from] =
            q >= 0 ? quoteSpeakers[q]
            : ctx.quoted[k - ctx.from] && labels[si] ? labels[si]
            : byClause !== undefined ? byClause.speakers[k >= byClause.joined ? 1 : 0]
            : k >= speakerFrom[si]! && k < speakerTo[si]! ? sentenceSpeakers[si] : undefined;
        }
        const sentence = sentences[si]!;
        const last = tokens[sentence.to - 1]!;
        // A sentence opening with an entity ("&ldquo;We ...") begins at the entity, not at its ";".
        const quoteStart = html ? entityStartAt(text, sentence.start) : sentence.start;
        previousSentence = currentSentence;
        currentSentence = quoteStart;
        // Questions ask; they do not state positions.
        if (last.norm === '?' || (tokens[sentence.to - 2]?.norm === '?' && /^["”’]$/.test(last.text))) {
          unread.push({ sentence: [quoteStart, sentence.end], reason: 'question' });
          continue;
        }
        // '"We will not withdraw from Kherson," Lavrov said': a quoted "we" is read as its speaker's
        // party in the phrases it is the subject of, now that the quote's speaker is known.
        const quotedSelf = withSpeakerSubjects(ctx.issues, opts.lexicon.matcher, tokens, ctx.from, ctx.to, ctx.actors, (k) => (ctx.quoted[k - ctx.from] ? speakers[k - ctx.from]?.actor : undefined));
        // "Russia said it will not withdraw from Kherson": "it" read as the one actor it stands for, as the holder is found.
        const issues = withPronounSubjects(quotedSelf, opts.lexicon.matcher, tokens, ctx.from, ctx.to, ctx.actors, (k) => {
          const subject = findSubject(ctx, sentenceStates[si]!, k + 1, ctx.from);
          return subject && subject.actors.length === 1 && !subject.unknownPerson ? subject.actors[0]!.id : undefined;
        });
        const read = issues === ctx.issues ? ctx : { ...ctx, issues };
        const misses: Miss[] = [];
        const presented: string[] = [];
        const sentenceState = lastPlan === undefined ? sentenceStates[si]! : { ...sentenceStates[si]!, lastPlan };
        const clauses = splitClauses(read, quoteTokens);
        let stances = readStances(read, clauses, sentenceState, { provisional: opts.provisional, earlier, misses, presented });
        const split = stances.some((st) => st.at !== undefined) ? clauseSplit(si) : undefined;
        // A clause of another day is read again on its own day: who holds an office then, and so whom a person acts
        // and speaks for ("..., and on June 10 Chancellor Merz backed it" is Germany's, where on the first clause's
        // March day Merz spoke for himself: a leftover of stop 52).
        if (split !== undefined) {
          for (const part of [0, 1] as const) {
            const day = split.dates[part]?.value ?? date;
            if (day === sentenceState.date) continue;
            const own = (st: { at?: number }) => st.at !== undefined && (st.at >= split.joined ? 1 : 0) === part;
            const again = readStances(read, clauses, { ...sentenceState, date: day }, { provisional: opts.provisional, earlier, misses: [], presented: [] });
            stances = [...stances.filter((st) => !own(st)), ...again.filter(own)].sort((a, b) => (a.at ?? Infinity) - (b.at ?? Infinity));
          }
        }
        if (presented.length > 0) lastPlan = [...new Set(presented)];
        const found = statements.length;
        if (stances.length === 0) {
          unread.push(unreadSentence([quoteStart, sentence.end], misses));
          continue;
        }
        const sentenceDate = sentenceDates[si];
        for (const st of stances) {
          const resolved = split !== undefined && st.at !== undefined ? split.dates[st.at >= split.joined ? 1 : 0] : sentenceDate;
          const statedAt = resolved?.value ?? date;
          // Built key by key (same order as before): object spreads here were
          // a visible share of the time per statement.
          const quote = text.slice(quoteStart, sentence.end);
          const source: Record<string, unknown> = {};
          if (sourceBase.publisher !== undefined) source.publisher = sourceBase.publisher;
          if (sourceBase.url !== undefined) source.url = sourceBase.url;
          if (sourceBase.title !== undefined) source.title = sourceBase.title;
          if (sourceBase.publishedAt !== undefined) source.publishedAt = sourceBase.publishedAt;
          source.quote = quote;
          source.offsets = [quoteStart, sentence.end];
          const candidate: Record<string, unknown> = { holder: st.holder, issue: st.issue, kind: st.kind, polarity: st.polarity };
          const conditions = appendableConditions(st.issue, st.conditions);
          if (conditions.length > 0) candidate.conditions = conditions;
          if (statedAt) candidate.statedAt = statedAt;
          const said = st.speaker && !st.speaker.unnamed ? statementSpeaker(st.speaker, statedAt, opts.registry) : undefined;
          if (said) candidate.speaker = said.speaker;
          candidate.source = source;
          candidate.confidence = st.confidence;
          // `is`, not `decode`: the candidate is built here with no extra keys,
          // so checking it is enough, and is several times cheaper.
          if (!Statement.is(candidate)) continue;
          // A lead-in read with each of its points states its own words once, not once a point.
          if (listedSeen !== undefined) {
            const key = JSON.stringify([st.holder, st.issue, st.kind, st.polarity, conditions, said?.speaker?.name]);
            if (listedSeen.has(key)) continue;
            listedSeen.add(key);
          }
          statements.push(candidate);
          if (st.provisional) provisional.add(st.issue);
          if (said?.person) people.set(said.person.id, said.person);
          explanations.push({
            sentence: [quoteStart, sentence.end],
            rules: [...st.rules, ...(st.conditions.some((c) => c.issue === st.issue) ? [OWN_ISSUE_DROPPED] : []), ...(st.speaker ? [st.speaker.rule] : []), ...(said?.rule ? [said.rule] : []), resolved ? `${resolved.rule}:${resolved.text}` : date ? 'date.article' : 'date.unknown'],
            provisional: st.provisional,
          });
        }
        // Stances that were no valid statement: the furthest a cue got is still the best account.
        if (statements.length === found) unread.push(unreadSentence([quoteStart, sentence.end], misses));
      }
    }
  }
  return E.right({ meta: info, statements, explanations, inconsistencies, lines, provisionalIssues: [...provisional], unregisteredSpeakers: [...people.values()], unread, html });
}

// "would call for a boycott", "will call on its members to X": asked for, read by the cue of calling for or on from
// "call", where "would call" (an act called, `commit.will-act`) took the words first, leftmost, and read an undertaking
// of the boycott (the negotiations' misses, stop 52).
function calledForAhead(matcher: PhraseMatcher<CueRule>, cues: PhraseMatch<CueRule>[], tokens: ReadonlyArray<Token>, to: number): PhraseMatch<CueRule>[] {
  return cues.map((c) => {
    if (c.pattern.value.id !== 'commit.will-act' || tokens[c.to - 1]!.lemma !== 'call' || !/^(?:for|on|upon)$/.test(tokens[c.to]?.norm ?? '')) return c;
    return matchStart(matcher, tokens, c.to - 1, to) ?? c;
  });
}

// "should never have been imposed", "must have known", "should have consulted the unions": a modal before "have" and a
// participle judges what was done, or not done, and asks nothing now (the negotiations' wrong readings, stop 57: "a
// tariff that should never have been imposed" was a demand against the tariff). "should have no trouble" still asks.
function pastModalsDropped(cues: PhraseMatch<CueRule>[], tokens: ReadonlyArray<Token>): PhraseMatch<CueRule>[] {
  return cues.filter((c) => {
    if (c.pattern.value.id !== 'demand.modal' || !/^(?:should|must)$/.test(tokens[c.from]!.norm)) return true;
    let k = c.to;
    while (/^(?:not|never|n't|also|still)$/.test(tokens[k]?.norm ?? '')) k++;
    const participle = tokens[k + 1];
    return !(tokens[k]?.norm === 'have' && participle !== undefined && (participle.pos === 'VERB' || participle.pos === 'AUX') && participle.norm !== participle.lemma);
  });
}

// "we would have to review X" (`threat.would-have-to`): a party's own reconsidering, with a pronoun for subject; then the
// "have to" inside it is no demand of the speaker's. With a party named ("the ministry would have to review X"), what
// is asked of that party, as before.
function ownReconsidering(matcher: PhraseMatcher<CueRule>, lexicon: PhraseMatcher<IssueSense>, cues: PhraseMatch<CueRule>[], tokens: ReadonlyArray<Token>, to: number): PhraseMatch<CueRule>[] {
  if (!cues.some((c) => c.pattern.value.id === 'threat.would-have-to')) return cues;
  return cues.flatMap((c) => {
    if (c.pattern.value.id !== 'threat.would-have-to') return [c];
    // (And on a thing the lexicon names right after it: "would have to look again at the future of its plant" is left
    // to the readings of the sentence as before.)
    const thing = matchAll(lexicon, tokens, c.to, Math.min(to, c.to + 8)).some((i) => i.from <= c.to + 3);
    if (thing && c.from > 0 && /^(?:we|it|they|i)$/.test(tokens[c.from - 1]!.norm)) return [c];
    // The cues its words hold read as they were: the modal "have to" and the verb after it.
    const out: PhraseMatch<CueRule>[] = [];
    for (let k = c.from + 1; k < c.to; k++) {
      const m = matchStart(matcher, tokens, k, to);
      if (m !== undefined && m.pattern.value.id !== 'threat.would-have-to') {
        out.push(m);
        k = m.to - 1;
      }
    }
    return out;
  });
}

// "would press at next year's summit for X", "pressed until the final hours for X": where or until when a party presses
// or lobbies, between the verb and its "for", is no part of the cue, which read nothing (the negotiations' misses,
// stop 54); the cue is matched as if those words were not there.
function withAsideBeforeFor(matcher: PhraseMatcher<CueRule>, lexicon: PhraseMatcher<IssueSense>, cues: PhraseMatch<CueRule>[], tokens: ReadonlyArray<Token>, from: number, to: number): PhraseMatch<CueRule>[] {
  const out = [...cues];
  let changed = false;
  for (let k = from; k + 3 < to; k++) {
    if (!PRESSING.has(tokens[k]!.lemma) || tokens[k]!.pos !== 'VERB' || !/^(?:at|until|in|during|throughout)$/.test(tokens[k + 1]!.norm)) continue;
    let f = k + 2;
    while (f < to && f <= k + 7 && /^(?:DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(tokens[f]!.pos) && tokens[f]!.norm !== 'for') f++;
    if (f >= to || tokens[f]!.norm !== 'for' || f === k + 2 || out.some((c) => c.from === k && c.to > k + 1)) continue;
    // (Only for a thing the lexicon names right after: "for a full point" makes no provisional issue of it.)
    if (!matchAll(lexicon, tokens, f + 1, Math.min(to, f + 9)).some((i) => i.from <= f + 4)) continue;
    const view = [tokens[k]!, ...tokens.slice(f, to)];
    const m = matchStart(matcher, view, 0, view.length);
    if (m === undefined || m.to < 2) continue;
    // (In place of the verb read alone: "press" as pressing a party to act, which names none here.)
    const alone = out.findIndex((c) => c.from === k);
    if (alone >= 0) out.splice(alone, 1);
    out.push({ from: k, to: k + m.to + (f - k - 1), pattern: m.pattern });
    changed = true;
  }
  return changed ? out.sort((a, b) => a.from - b.from) : cues;
}
const PRESSING: ReadonlySet<string> = new Set(['press', 'push', 'lobby', 'campaign', 'argue', 'fight']);

// "would hold Moscow to its pledge to stop the fighting": holding a party to its word undertakes nothing of the
// holder's; the pledge is the party's, read by the cue of its noun (a leftover of stop 53, where "would hold" read the
// holder's own undertaking of what was pledged).
function heldToPledge(cues: PhraseMatch<CueRule>[], tokens: ReadonlyArray<Token>, to: number): PhraseMatch<CueRule>[] {
  return cues.filter((c) => {
    if (c.pattern.value.id !== 'commit.will-act' || tokens[c.to - 1]!.lemma !== 'hold') return true;
    for (let k = c.to; k + 2 < to && k < c.to + 8; k++) {
      const t = tokens[k]!;
      // (Before the verb's check: wink tags "undertaking" a verb.)
      if (t.norm === 'to' && POSSESSIVE_DETERMINERS.has(tokens[k + 1]!.norm) && (PLEDGE_NOUNS.has(tokens[k + 2]!.lemma) || PLEDGE_NOUNS.has(tokens[k + 2]!.norm))) return false;
      if (t.pos === 'PUNCT' || t.pos === 'VERB') return true;
    }
    return true;
  });
}
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our', 'your', 'my']);
const PLEDGE_NOUNS: ReadonlySet<string> = new Set(['pledge', 'promise', 'commitment', 'word', 'undertaking', 'vow', 'guarantee', 'assurance', 'obligation', 'agreement', 'deal', 'terms']);

// Where a clause with a subject of its own opens after ", and", ", but", ", while" or ";" (its subject a party or a
// pronoun, a verb or a cue right after it): its first token.
function joinedClauseAt(ctx: SentenceContext): number | undefined {
  const { tokens } = ctx;
  for (let k = ctx.from + 1; k < ctx.to - 2; k++) {
    if (ctx.quoted[k - ctx.from]) continue;
    const t = tokens[k]!;
    let s = t.norm === ';' ? k + 1 : t.norm === ',' && /^(?:and|but|while|whereas)$/.test(tokens[k + 1]!.norm) ? k + 2 : undefined;
    if (s === undefined || s >= ctx.to) continue;
    // "and in June the chancellor backed it": the clause, its time with it, opens after the conjunction.
    const opens = s;
    s = clauseTimeEnd(tokens, s, ctx.to);
    // (A month before a name may be read as its title: "in June Merz" names Merz.)
    const party = ctx.actors.find((m) => Math.min(m.from, m.titleFrom) === s || m.from === s || (m.from === s + 1 && tokens[s]!.pos === 'DET'));
    let e = party !== undefined ? party.to : tokens[s]!.pos === 'PRON' && /^(?:he|she|it|they|we)$/.test(tokens[s]!.norm) ? s + 1 : titleAlone(tokens, s, ctx.to);
    if (e === undefined) continue;
    while (e < ctx.to && tokens[e]!.pos === 'ADV') e++;
    // (Or a cue's word the tagger reads as a noun: "Ukraine backs it".)
    if (e < ctx.to && (tokens[e]!.pos === 'VERB' || tokens[e]!.pos === 'AUX' || ctx.cues.some((c) => c.from === e))) return opens;
  }
  return undefined;
}

// "and in May the new foreign minister backed it": the end of a title alone after "the" (an office's words, "new" or
// "incoming" before them), which names the one who holds it on the clause's day (a leftover of stop 53).
function titleAlone(tokens: ReadonlyArray<Token>, s: number, to: number): number | undefined {
  if (tokens[s]!.norm !== 'the') return undefined;
  let k = s + 1;
  if (k < to && /^(?:new|incoming|current)$/.test(tokens[k]!.norm)) k++;
  const first = k;
  while (k < to && k < first + 4 && TITLE_WORDS.has(tokens[k]!.norm)) k++;
  return k > first && tokens[k - 1]!.pos === 'NOUN' ? k : undefined;
}

// Whether the saying at `v` comes after the words it tells, set off by a comma from them, with only its speaker
// between ("..., and Kyiv backs it, Sybiha said", "..., said Sybiha"): the saying of the whole sentence.
function sayingAfterWords(tokens: ReadonlyArray<Token>, from: number, v: number): boolean {
  for (let k = v - 1; k > from && k >= v - 6; k--) {
    if (tokens[k]!.norm === ',') return true;
    if (!/^(?:PROPN|NOUN|DET|ADJ|PRON|PART)$/.test(tokens[k]!.pos)) return false;
  }
  return false;
}

// Past a time that opens a clause, and its comma ("and in June the chancellor backed it", "and on Tuesday, Kyiv ...",
// "and last week Moscow ..."): the token after it, or `k` when none opens there.
function clauseTimeEnd(tokens: ReadonlyArray<Token>, k: number, to: number): number {
  const at = (i: number) => (i < to ? tokens[i]!.norm : undefined);
  let e = timeAdverbialEnd(tokens, k, to);
  // "in June", "in March 2025", "in 2024": a month or a year, which a day's adverbial leaves out.
  if (e === k && at(k) === 'in' && (MONTHS.includes(at(k + 1) ?? '') || /^\d{4}$/.test(at(k + 1) ?? ''))) e = /^\d{4}$/.test(at(k + 2) ?? '') ? k + 3 : k + 2;
  return e > k && at(e) === ',' ? e + 1 : e;
}

// A sentence that gave nothing, with the miss that got furthest; no miss
// means no cue was there to read (outside its conditions).
function unreadSentence(sentence: readonly [number, number], misses: ReadonlyArray<Miss>): UnreadSentence {
  const m = furthestMiss(misses);
  return m ? { sentence, ...m } : { sentence, reason: 'no-cue' };
}

// A statement's speaker: the name, and the actor spoken for. A person named
// who speaks for no actor of the register on the day (a former minister, a
// commentator) speaks for themselves: their own id, so that the statement
// is a third party's report, as core reads a speaker whose actor is not the
// holder, and not the holder's own word, as it reads a speaker with no
// actor. That is the register's id for its people (`alma-reyes`), and an id
// made of the name for others (`john-doe`, returned as `person` for the
// caller to register). Words that name no one ("according to diplomatic
// sources") keep no actor: the publisher's account, which core reads as
// the holder's own word, whoever the sources were.
function statementSpeaker(
  sp: SpeakerRef,
  statedAt: string | undefined,
  registry: ActorRegistry,
): { speaker: { name: string; actor?: string }; rule?: string; person?: Actor } {
  if (sp.actor !== undefined) return { speaker: { name: sp.name, actor: sp.actor } };
  const rule = 'speaker.for-self';
  if (sp.person) {
    // Undated, a person with several offices still open is one whose actor is unknown, not no one's.
    const open = (sp.person.offices ?? []).filter((o) => o.until === undefined);
    if (statedAt === undefined && open.length > 1) return { speaker: { name: sp.name } };
    return { speaker: { name: sp.name, actor: sp.person.id }, rule };
  }
  const id = sp.unknownPerson && isPersonName(sp.name) ? personId(sp.name, registry) : undefined;
  if (id === undefined) return { speaker: { name: sp.name } };
  return { speaker: { name: sp.name, actor: id }, rule, person: { id, kind: 'person', name: sp.name } };
}

const FUTURE = new Set(['will', "'ll", 'shall', 'would', "'d", 'wo']);
const PRESENT_FORMS = new Set(['is', 'are', 'am', "'s", "'re", "'m"]);
const NOUN_BEFORE = new Set(['DET', 'ADJ', 'NUM']);
const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', "'s"]);

// Whether the words a date at token `at` belongs to are told as past: the
// tense of the nearest verb before it in its sentence (or quote), read through
// an infinitive to the verb governing it ("agree to return on Monday" is
// present, "agreed to return on Monday" past) and a modal ("will sign on
// Monday" is to come); with no verb before it, the sentence's (`fallback`).
function pastAt(ctx: SentenceContext, at: number, fallback: boolean): boolean {
  const quoted = ctx.quoted[at - ctx.from] === true;
  for (let k = at - 1; k >= ctx.from; k--) {
    if ((ctx.quoted[k - ctx.from] === true) !== quoted) break;
    const t = ctx.tokens[k]!;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    if (FUTURE.has(t.norm)) return false;
    const before = ctx.tokens[k - 1];
    // A noun tagged as a verb: "the address", "in his video address on Saturday".
    if (t.pos === 'VERB' && nounLike(ctx, k)) continue;
    // A word of an issue's phrase ("rejected the A9 widening on Wednesday", where the lexicon names "A9 widening"), or a
    // gerund of a noun phrase ("the planned widening"): a thing named, no verb that tells when (a review of coalition
    // talks, where the weekday fell back to the article's day).
    if (t.pos === 'VERB' && (ctx.issues.some((i) => i.from <= k && k < i.to) || gerundOfNounPhrase(ctx, k))) continue;
    // "to return": the verb that governs it decides.
    if (before && k - 1 >= ctx.from && before.norm === 'to') continue;
    // "will sign", "would be confirmed": to come.
    for (let j = k - 1; j >= Math.max(ctx.from, k - 3); j--) {
      const n = ctx.tokens[j]!;
      if (FUTURE.has(n.norm)) return false;
      if (!(n.pos === 'AUX' || n.pos === 'ADV' || n.pos === 'PART')) break;
    }
    if (/^(?:was|were|had|did)$/.test(t.norm)) return true;
    return t.norm !== t.lemma && !PRESENT_FORMS.has(t.norm) && !/(?:s|ing)$/.test(t.norm);
  }
  return fallback;
}

// A word tagged as a verb after a determiner, adjective or possessive, or
// ending a noun phrase after a preposition ("in his video address").
function nounLike(ctx: SentenceContext, k: number): boolean {
  const before = ctx.tokens[k - 1];
  if (!before || k - 1 < ctx.from) return false;
  if (NOUN_BEFORE.has(before.pos) || POSSESSIVE.has(before.norm)) return true;
  for (let j = k - 1; j >= ctx.from; j--) {
    const t = ctx.tokens[j]!;
    if (t.pos === 'ADP') return true;
    if (!(t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET' || t.pos === 'PROPN' || POSSESSIVE.has(t.norm))) return false;
  }
  return false;
}

// A gerund after a determiner or a possessive, with adjectives, names, numbers or participles between ("the A9
// widening", "the planned widening", "its long-delayed rebuilding"): a noun.
function gerundOfNounPhrase(ctx: SentenceContext, k: number): boolean {
  if (!ctx.tokens[k]!.norm.endsWith('ing')) return false;
  for (let j = k - 1; j >= ctx.from; j--) {
    const t = ctx.tokens[j]!;
    if (t.pos === 'DET' || POSSESSIVE.has(t.norm)) return true;
    if (!(t.pos === 'ADJ' || t.pos === 'PROPN' || t.pos === 'NUM' || t.pos === 'NOUN' || (t.pos === 'VERB' && t.norm.endsWith('ed')))) return false;
  }
  return false;
}

function remember(ctx: SentenceContext, state: DiscourseState): void {
  const subjects = subjectMentions(ctx);
  const unknown = unknownNames(ctx);
  const events: Array<{ at: number; person?: { name: string; actor: Actor | null }; actor?: Actor }> = [];
  for (const m of subjects) events.push(m.actor.kind === 'person' ? { at: m.from, person: { name: m.actor.name, actor: m.actor } } : { at: m.from, actor: m.actor });
  for (const u of unknown) events.push({ at: u.from, person: { name: tokenText(ctx.tokens, u.from, u.to), actor: null } });
  events.sort((a, b) => a.at - b.at);
  for (const e of events) {
    if (e.person) state.lastPerson = e.person;
    if (e.actor) state.lastActor = e.actor;
  }
  // "both sides": states, a state and a bloc, or organisations where fewer than two states are named (blocs were left
  // out of the count, so "both sides" of the EU and one state were no one); "the alliance": the one the article named.
  for (const m of ctx.actors) {
    if (m.actor.kind === 'person') continue;
    const f = state.frequency.get(m.actor.id) ?? { actor: m.actor, count: 0 };
    f.count++;
    state.frequency.set(m.actor.id, f);
  }
}

// Where the words a sentence's speaker says start: the sentence's start, but
// for a participle of saying set off by a comma after a clause of its own
// ("Kyiv and Minsk signed the truce, but Moscow refused to sign, saying X"),
// that clause's start: the one who says X said nothing of the signing.
function speakerScope(tokens: ReadonlyArray<Token>, from: number, speech: ReadonlyArray<{ readonly from: number }>): number {
  if (speech.length === 0 || !speech.every((v) => v.from > from && tokens[v.from - 1]!.norm === ',' && tokens[v.from]!.norm.endsWith('ing'))) return from;
  for (let k = speech[0]!.from - 1; k > from; k--) if (SPEAKER_BREAKS.has(tokens[k]!.norm)) return k;
  return from;
}
const SPEAKER_BREAKS = new Set(['but', 'while', 'whereas', ';']);

// Where the words a sentence's speaker says end: the sentence's end, but for a clause the writer sets against what was
// said, ", while" or ", whereas" before a party named as its subject, after every verb of saying ("The port authority
// insists that X is non-negotiable, while the union demands a freeze on X": the union's demand is the writer's account,
// where it was read as the port authority's report of it, and the two accounts as conflicting; a review of a port
// strike).
function speakerEnd(tokens: ReadonlyArray<Token>, to: number, speech: ReadonlyArray<{ readonly from: number }>, actors: ReadonlyArray<ActorMention>): number {
  if (speech.length === 0) return to;
  const said = Math.max(...speech.map((v) => v.from));
  for (let k = said + 1; k + 2 < to; k++) {
    if (tokens[k]!.norm !== ',' || !(tokens[k + 1]!.norm === 'while' || tokens[k + 1]!.norm === 'whereas')) continue;
    let subject = k + 2;
    while (subject < to && tokens[subject]!.pos === 'DET') subject++;
    if (actors.some((m) => m.titleFrom >= k + 2 && m.titleFrom <= subject)) return k;
  }
  return to;
}

// "signed the deal" commits, "signed a letter" does not: a cue that holds
// only with certain objects is dropped without one (most sentences have no
// such cue, and keep their matches as found). With its object left out
// ("Kyiv backed the deal, but Moscow refused to sign"), one named before it
// in the sentence is its object (see `elidedObject`).
function objectCuesChecked(cues: PhraseMatch<CueRule>[], tokens: ReadonlyArray<Token>, from: number, to: number): PhraseMatch<CueRule>[] {
  if (!cues.some((c) => c.pattern.value.objectHeads !== undefined)) return cues;
  return cues.filter((c) => {
    const heads = c.pattern.value.objectHeads;
    if (heads === undefined || objectHeadedBy(tokens, c.to, to, heads)) return true;
    return objectLeftOut(tokens, c.to, to) && tokens.slice(from, c.from).some((t) => heads.has(t.lemma) || heads.has(t.norm));
  });
}

// "warned Moscow of X", "pressing Kyiv to accept X": a cue that holds only
// with a party named after it is dropped without one ("warned of a long war").
function partyCuesChecked(cues: PhraseMatch<CueRule>[], tokens: ReadonlyArray<Token>, actors: ReadonlyArray<ActorMention>, to: number): PhraseMatch<CueRule>[] {
  if (!cues.some((c) => c.pattern.value.partyThen !== undefined || c.pattern.value.partyGap)) return cues;
  return cues.filter((c) => {
    const rule = c.pattern.value;
    // "asked Washington for X": the gap of "ask * for" is the party.
    if (rule.partyGap) return partyThenAt(tokens, actors, c.from + 1, to, new Set([tokens[c.to - 1]!.norm])) === c.to - 1;
    if (rule.partyThen === undefined) return true;
    // "pressed the established powers to share X" (a review of debris talks): pressing any body named to act is pressing.
    let at = partyThenAt(tokens, actors, c.to, to, rule.partyThen);
    if (at < 0 && rule.id === 'demand.press-to') at = nounPhraseThenTo(tokens, c.to, to);
    // "pushed Moscow to accept a ceasefire", not "pushed Ukraine to withdraw from Kherson".
    return at >= 0 && (!rule.cueThen || cues.some((x) => x !== c && x.from === at + 1));
  });
}

// Named among the rules when a condition on the statement's own issue was
// left off: "will impose new sanctions unless Moscow complies with the
// existing sanctions" is still a threat, whose trigger names no other issue.
const OWN_ISSUE_DROPPED = 'condition.own-issue';

// The conditions a store takes (core's `conditionIssues`): none on the
// statement's own issue ("a truce, if the truce is refused" read as the
// truce conditioned on itself orders nothing), and an issue named once
// (its first reading kept). A store refuses the whole batch of an article
// set for one such statement; the stance itself still stands.
function appendableConditions(issue: string, conditions: ReadonlyArray<Condition>): Condition[] {
  const kept: Condition[] = [];
  for (const c of conditions) if (c.issue !== issue && !kept.some((k) => k.issue === c.issue)) kept.push(c);
  return kept;
}
