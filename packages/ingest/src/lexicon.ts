/**
 * Issue lexicons: data (JSON) that maps phrases to issue ids. Users write
 * their own for negotiations the default one does not cover.
 *
 * @since 0.1.0
 */
import * as t from 'io-ts';
import { Issue, IssueId, Polarity } from '@stancelog/core';
import { compilePatterns, type PhraseMatcher } from './phrase-matcher.js';

// The types are written out rather than `t.TypeOf<typeof Codec>`, so that
// signatures and the API reference name them (and core's Issue) instead of
// spelling out their fields; test/lexicon-types.check.ts keeps each equal to
// what its codec decodes to.

/**
 * A phrase of a lexicon entry: the pattern, and the polarity the phrase
 * itself carries ("continue fighting" is a ceasefire phrase with `-`).
 * A pattern is words separated by spaces, matched by form or lemma; `a|b`
 * lists alternatives and `*` skips up to three words.
 *
 * @example
 * import { LexiconPhrase } from '@stancelog/ingest'
 * assert.ok(LexiconPhrase.is('pay rise'))
 * assert.ok(LexiconPhrase.is({ phrase: 'pay freeze', polarity: '-' }))
 * assert.ok(!LexiconPhrase.is({ phrase: 'pay freeze', polarity: 'down' }))
 * @category codecs
 * @since 0.1.0
 */
export const LexiconPhrase = t.union([
  t.string,
  t.intersection([t.type({ phrase: t.string }), t.partial({ polarity: Polarity })]),
]);
/** @category lexicon @since 0.1.0 */
export type LexiconPhrase = string | { phrase: string; polarity?: Polarity | undefined };

/**
 * One issue (a core `Issue`: `id`, `title`, `proposition`, optional
 * `parent`) with the phrases that name it.
 *
 * @example
 * import { LexiconEntry } from '@stancelog/ingest'
 * const entry = { id: 'strike', title: 'Strike', proposition: 'the union strikes', phrases: ['walkout', 'industrial action'] }
 * assert.strictEqual(LexiconEntry.decode(entry)._tag, 'Right')
 * assert.strictEqual(LexiconEntry.decode({ ...entry, phrases: undefined })._tag, 'Left')
 * @category codecs
 * @since 0.1.0
 */
export const LexiconEntry = t.intersection([Issue, t.type({ phrases: t.array(LexiconPhrase) })], 'LexiconEntry');
/** @category lexicon @since 0.1.0 */
export type LexiconEntry = Issue & { phrases: LexiconPhrase[] };

/**
 * A lexicon file: `{ "name": ..., "issues": [ { id, title, proposition, phrases } ] }`.
 *
 * @example
 * import { Lexicon } from '@stancelog/ingest'
 * assert.ok(Lexicon.is({ name: 'pay', issues: [{ id: 'wage-increase', title: 'Wage increase', proposition: 'wages rise', phrases: ['pay rise'] }] }))
 * @category codecs
 * @since 0.1.0
 */
export const Lexicon = t.type({ name: t.string, issues: t.array(LexiconEntry) }, 'Lexicon');
/** @category lexicon @since 0.1.0 */
export type Lexicon = { name: string; issues: LexiconEntry[] };

/**
 * What a matched issue phrase stands for.
 * @category lexicon
 * @since 0.1.0
 * @internal
 */
export interface IssueSense {
  readonly issue: IssueId;
  readonly polarity: Polarity;
}

/**
 * A lexicon ready for matching, for `IngestOptions.lexicon` (the matcher is
 * the pipeline's; build one with {@link compileLexicon}).
 *
 * @example
 * import { compileLexicon, DEFAULT_LEXICON, ingestText, type CompiledLexicon } from '@stancelog/ingest'
 * const port = { name: 'port', issues: [{ id: 'strike', title: 'Strike', proposition: 'the union strikes', phrases: ['walkout'] }] }
 * const lexicon: CompiledLexicon = compileLexicon(DEFAULT_LEXICON, port)
 * assert.strictEqual(lexicon.lexicon.name, `${DEFAULT_LEXICON.name}+port`)
 * assert.ok(lexicon.lexicon.issues.some((i) => i.id === 'ceasefire') && lexicon.lexicon.issues.some((i) => i.id === 'strike'))
 * const r = ingestText('Kyiv rejected a walkout on Friday.', { publishedAt: '2025-05-17' }, { lexicon, provisional: false })
 * assert.ok(r._tag === 'Right')
 * assert.deepStrictEqual(r.right.statements.map((s) => [s.holder, s.issue, s.polarity]), [['ukraine', 'strike', '-']])
 * @category lexicon
 * @since 0.1.0
 */
export interface CompiledLexicon {
  readonly lexicon: Lexicon;
  /** Every phrase, compiled for the pipeline. @internal */
  readonly matcher: PhraseMatcher<IssueSense>;
}

/**
 * Compiles one or more lexicons (later ones may add phrases to the same ids)
 * for `IngestOptions.lexicon`. Pass `DEFAULT_LEXICON` first to keep its
 * issues. A phrase a later lexicon names too is read as the later one says.
 *
 * @example
 * import { buildRegistry, compileLexicon, DEFAULT_LEXICON, ingestText } from '@stancelog/ingest'
 * const lexicon = compileLexicon(DEFAULT_LEXICON, { name: 'port', issues: [{ id: 'strike', title: 'Strike', proposition: 'the union strikes', phrases: ['walkout'] }] })
 * const registry = buildRegistry([{ id: 'dockers-union', kind: 'organisation', name: "Harbour Workers' Union", aliases: ['the union'] }])
 * const r = ingestText('The union threatened a walkout and rejected any truce on Monday.', { publishedAt: '2026-02-12' }, { lexicon, registry })
 * assert.ok(r._tag === 'Right')
 * assert.deepStrictEqual(r.right.statements.map((s) => [s.holder, s.issue, s.kind, s.polarity]), [
 *   ['dockers-union', 'strike', 'threat', '+'],
 *   ['dockers-union', 'ceasefire', 'reject', '-'],
 * ])
 * // "talks" is the default lexicon's peace talks; a lexicon of a strike makes it mediation.
 * const strike = compileLexicon(DEFAULT_LEXICON, { name: 'strike', issues: [{ id: 'mediation', title: 'Mediation', proposition: 'a mediator settles the dispute', phrases: ['talks'] }] })
 * const talks = ingestText('The union rejected talks on Monday.', { publishedAt: '2026-02-12' }, { lexicon: strike, registry })
 * assert.ok(talks._tag === 'Right' && talks.right.statements[0]?.issue === 'mediation')
 * @category lexicon
 * @since 0.1.0
 */
export function compileLexicon(...lexicons: ReadonlyArray<Lexicon>): CompiledLexicon {
  // By phrase as written (case and spacing aside): a phrase a later lexicon
  // names takes the senses it gives there, and loses those of the lexicons
  // before it ("talks" in a strike's lexicon is its mediation, not the
  // default's peace talks). Within one lexicon a phrase may name several issues.
  const byPhrase = new Map<string, Array<{ source: string; value: IssueSense }>>();
  for (const lexicon of lexicons) {
    const own = new Map<string, Array<{ source: string; value: IssueSense }>>();
    for (const issue of lexicon.issues) {
      for (const p of issue.phrases) {
        const phrase = typeof p === 'string' ? p : p.phrase;
        const polarity = typeof p === 'string' ? '+' : (p.polarity ?? '+');
        const key = phrase.toLowerCase().trim().replace(/\s+/g, ' ');
        const senses = own.get(key) ?? [];
        senses.push({ source: phrase, value: { issue: issue.id, polarity } });
        own.set(key, senses);
      }
    }
    for (const [key, senses] of own) byPhrase.set(key, senses);
  }
  const merged: Lexicon = { name: lexicons.map((l) => l.name).join('+'), issues: lexicons.flatMap((l) => l.issues) };
  return { lexicon: merged, matcher: compilePatterns([...byPhrase.values()].flat()) };
}
