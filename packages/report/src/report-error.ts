/**
 * The errors of building a report.
 *
 * @since 0.1.0
 */

/**
 * Building the report failed: its `asOf` is not a bitemporal point (the
 * message names the field, as core's `checkAsOf` does), the output folder
 * could not be written, or an asset could not be read.
 * @category report
 * @since 0.1.0
 */
export interface ReportError {
  readonly _tag: 'ReportError';
  /** Names what failed and where (the path). */
  readonly message: string;
}

/**
 * Builds a {@link ReportError}.
 *
 * @example
 * import { reportError } from '@stancelog/report'
 * assert.strictEqual(reportError('cannot write /x').message, 'cannot write /x')
 * @category report
 * @since 0.1.0
 */
export function reportError(message: string): ReportError {
  return { _tag: 'ReportError', message };
}
