/**
 * The error the kit's assertions throw. Any test runner reports a thrown
 * error as a failure, so the kit needs none in particular.
 *
 * @since 0.1.0
 */

/**
 * A failed expectation of the kit: `message` is readable on its own, and
 * `differences` lists each difference found (one line each).
 *
 * @example
 * import { SpecAssertionError } from '@stancelog/testing'
 * const e = new SpecAssertionError('positions differ', ["russia × ceasefire: polarity is '+', expected '-'"])
 * assert.ok(e.message.includes('russia × ceasefire'))
 * @category assertions
 * @since 0.1.0
 */
export class SpecAssertionError extends Error {
  override readonly name: string = 'SpecAssertionError';
  readonly differences: ReadonlyArray<string>;
  /**
   * `options.cause`: what was thrown, when a recipe or a rule threw (kept
   * with its stack for a debugger; the message names where it was thrown).
   */
  constructor(headline: string, differences: ReadonlyArray<string> = [], details?: string, options?: { readonly cause?: unknown }) {
    const body = differences.map((d) => `  ${d}`).join('\n');
    super([headline, body, details].filter((s) => s !== undefined && s !== '').join('\n'), options);
    this.differences = differences;
  }
}
