/**
 * The `--as-of` and `--known-at` options: a bitemporal point.
 * `--as-of` is valid time (what had been stated by then), `--known-at` is
 * recorded time (what the log had learnt by then).
 *
 * @since 0.1.0
 */
import { left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { isStatedAt } from '@stancelog/core';
import type { AsOf } from '@stancelog/core';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';

/**
 * The options as given on the command line.
 * @category options
 * @since 0.1.0
 */
export interface AsOfOptions {
  readonly asOf?: string;
  readonly knownAt?: string;
}

/**
 * Checks the dates and builds the point for `project`.
 *
 * @example
 * import { asOfOption } from '@stancelog/cli'
 * const r = asOfOption({ asOf: '2025-05-20', knownAt: '2025-06-01' })
 * assert.deepStrictEqual(r, { _tag: 'Right', right: { validTime: '2025-05-20', recordedTime: '2025-06-01' } })
 * assert.strictEqual(asOfOption({ asOf: 'May 20' })._tag, 'Left')
 * @category options
 * @since 0.1.0
 */
export function asOfOption(options: AsOfOptions): Either<CliError, AsOf | undefined> {
  for (const [flag, value] of [['--as-of', options.asOf], ['--known-at', options.knownAt]] as const) {
    if (value !== undefined && !isStatedAt(value)) {
      return left(cliError(`${flag} ${JSON.stringify(value)}: expected a date (YYYY-MM-DD, YYYY-MM, YYYY-Www) or an ISO timestamp`));
    }
  }
  if (options.asOf === undefined && options.knownAt === undefined) return right(undefined);
  return right({
    ...(options.asOf !== undefined ? { validTime: options.asOf } : {}),
    ...(options.knownAt !== undefined ? { recordedTime: options.knownAt } : {}),
  });
}
