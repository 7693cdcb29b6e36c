/**
 * What the pipeline knows about one sentence while reading it: its tokens,
 * the actors, issues, cues and quotes in it, and who speaks at each token.
 *
 * @since 0.1.0
 */
import type { Actor } from '@stancelog/core';
import type { Token } from './nlp.js';
import type { ActorMention } from './actor-registry.js';
import type { PhraseMatch } from './phrase-matcher.js';
import type { IssueSense } from './lexicon.js';
import type { CueRule } from './cue-rules.js';

/**
 * Who speaks: the name as written and, when known, the actor spoken for.
 * @category attribution
 * @since 0.1.0
 * @internal
 */
export interface SpeakerRef {
  readonly name: string;
  readonly actor?: string;
  readonly person?: Actor;
  readonly rule: string;
  /**
   * Set for a speaker the text does not name ("a spokesperson said"):
   * `name` is then the words as written, for explanations only, and the
   * statement gets no speaker.
   */
  readonly unnamed?: true;
  /**
   * Set for a person the register does not know, named in the text
   * ("Independent analyst John Doe", "he" or "Doe" standing for them),
   * when no actor is known for them: they speak for themselves, and the
   * statement names them under an id made of their name (`personId`).
   */
  readonly unknownPerson?: true;
  /**
   * The others named with this speaker ("Macron and Merz said"), each for
   * the actor they speak for: what the speaker wants, they want too.
   */
  readonly also?: ReadonlyArray<SpeakerRef>;
}

/**
 * A sentence being read.
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export interface SentenceContext {
  readonly tokens: ReadonlyArray<Token>;
  readonly from: number;
  readonly to: number;
  readonly actors: ReadonlyArray<ActorMention>;
  readonly issues: ReadonlyArray<PhraseMatch<IssueSense>>;
  readonly cues: ReadonlyArray<PhraseMatch<CueRule>>;
  /** For each token of the sentence (index minus `from`), whether it is inside a quote. */
  readonly quoted: ReadonlyArray<boolean>;
  /** For each token, the speaker of the words there, if any. */
  readonly speakers: ReadonlyArray<SpeakerRef | undefined>;
  /**
   * The issues the sentence before it in the paragraph named: what "it" or
   * "them" after a cue stands for when the sentence names none before the
   * pronoun ("Members will vote on the agreement. Costa said the leadership
   * would recommend it.").
   */
  readonly previousIssues?: ReadonlyArray<PhraseMatch<IssueSense>>;
}

const PREPOSITIONS = new Set([
  'with', 'to', 'on', 'from', 'against', 'for', 'of', 'by', 'about', 'between', 'into', 'toward', 'towards', 'over', 'at',
  'in', 'after', 'before', 'than', 'among', 'like', 'via', 'upon', 'onto', 'through', 'across', 'including', 'including',
]);

/**
 * Whether a mention is the object of a preposition ("talks with Trump"),
 * and so not a subject.
 *
 * @example
 * import { afterPreposition } from './sentence-context.js'
 * import { tokenize } from './nlp.js'
 * const { tokens } = tokenize('Zelensky held talks with the Kremlin.', 0)
 * const kremlin = tokens.findIndex((t) => t.text === 'Kremlin')
 * assert.ok(afterPreposition(tokens, kremlin, 0)) // "with the Kremlin": the article is skipped
 * assert.ok(!afterPreposition(tokens, 0, 0)) // Zelensky opens the sentence
 * @category attribution
 * @since 0.1.0
 * @internal
 */
export function afterPreposition(tokens: ReadonlyArray<Token>, titleFrom: number, floor: number): boolean {
  let k = titleFrom - 1;
  // "with the Kremlin", "to Russia's Vladimir Putin"
  while (k >= floor && (tokens[k]!.pos === 'DET' || tokens[k]!.norm === "'s")) k--;
  return k >= floor && PREPOSITIONS.has(tokens[k]!.norm);
}

/**
 * Where the quote holding the token at `at` begins (`at` itself when the
 * token before it is not quoted).
 * @example
 * import { quoteStart } from './sentence-context.js'
 * const ctx = { from: 0, quoted: [false, true, true, true] } as any
 * assert.strictEqual(quoteStart(ctx, 3), 1)
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function quoteStart(ctx: Pick<SentenceContext, 'from' | 'quoted'>, at: number): number {
  let k = at;
  while (k - 1 >= ctx.from && ctx.quoted[k - 1 - ctx.from]) k--;
  return k;
}

/**
 * Whether token `i` lies inside any of the spans.
 * @example
 * import { insideAny } from './sentence-context.js'
 * assert.ok(insideAny([{ from: 5, to: 6 }, { from: 1, to: 3 }], 2))
 * assert.ok(!insideAny([{ from: 1, to: 3 }], 3)) // spans are [from, to)
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function insideAny(spans: ReadonlyArray<{ from: number; to: number }>, i: number): boolean {
  for (const s of spans) if (s.from <= i && i < s.to) return true;
  return false;
}
