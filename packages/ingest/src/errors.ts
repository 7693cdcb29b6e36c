/**
 * The errors ingest returns as values: an article that cannot be read is
 * reported, never thrown, and never stops a batch.
 *
 * @since 0.1.0
 */

/**
 * Why an article could not be ingested: `ingestText` and `ingestFiles`
 * return it as a value (`Left`, or in `IngestBatch.errors`), never throw it.
 *
 * @example
 * import { ingestText, type IngestError } from '@stancelog/ingest'
 * const r = ingestText('   ')
 * const error: IngestError | undefined = r._tag === 'Left' ? r.left : undefined
 * assert.deepStrictEqual(error, { _tag: 'IngestError', reason: 'empty', source: '<text>', message: '<text>: the article is empty' })
 * @category errors
 * @since 0.1.0
 */
export interface IngestError {
  readonly _tag: 'IngestError';
  readonly reason: 'empty' | 'binary' | 'invalid-utf8' | 'too-large' | 'unreadable' | 'not-an-article' | 'invalid-metadata' | 'invalid-lexicon' | 'invalid-options';
  /** The file (or `<text>` for strings). */
  readonly source: string;
  readonly message: string;
}

/**
 * Builds an {@link IngestError}.
 *
 * @example
 * import { ingestError } from './errors.js'
 * assert.deepStrictEqual(ingestError('empty', 'a.txt', 'a.txt: the file is empty'), { _tag: 'IngestError', reason: 'empty', source: 'a.txt', message: 'a.txt: the file is empty' })
 * @category errors
 * @since 0.1.0
 * @internal
 */
export function ingestError(reason: IngestError['reason'], source: string, message: string): IngestError {
  return { _tag: 'IngestError', reason, source, message };
}
