/**
 * The errors of building a report.
 *
 * @since 0.1.0
 */

/**
 * Building the report failed: its `asOf` is not a bitemporal point (the
 * message names the field, as core's `checkAsOf` does), the output folder
 * could not be written, or an asset could not be read.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { buildReport } from '@stancelog/report'
 * import type { ReportError } from '@stancelog/report'
 * const file = join(mkdtempSync(join(tmpdir(), 'report-')), 'notes.txt')
 * writeFileSync(file, 'a file, not a folder')
 * const r = await buildReport([], { outDir: file })
 * const error: ReportError | undefined = r._tag === 'Left' ? r.left : undefined
 * assert.ok(error?.message.startsWith(`cannot write the report to ${file}: `))
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
