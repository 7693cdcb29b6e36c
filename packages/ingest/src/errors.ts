/**
 * The errors ingest returns as values: an article that cannot be read is
 * reported, never thrown, and never stops a batch.
 *
 * @since 0.1.0
 */

/**
 * Why an article could not be ingested.
 * @category errors
 * @since 0.1.0
 */
export interface IngestError {
  readonly _tag: 'IngestError';
  readonly reason: 'empty' | 'binary' | 'invalid-utf8' | 'too-large' | 'unreadable' | 'invalid-metadata' | 'invalid-lexicon';
  /** The file (or `<text>` for strings). */
  readonly source: string;
  readonly message: string;
}

/**
 * Builds an {@link IngestError}.
 *
 * @example
 * import { ingestError } from '@stancelog/ingest'
 * assert.strictEqual(ingestError('empty', 'a.txt', 'a.txt: the file is empty').reason, 'empty')
 * @category errors
 * @since 0.1.0
 */
export function ingestError(reason: IngestError['reason'], source: string, message: string): IngestError {
  return { _tag: 'IngestError', reason, source, message };
}
