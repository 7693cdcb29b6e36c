/**
 * What the command modules share to register themselves on the
 * `stancelog` program: where a command hands its outcome, and the help
 * texts of the common options.
 *
 * @since 0.1.0
 */
import type { Command } from 'commander';
import type { Either } from 'fp-ts/lib/Either.js';
import type { CliError } from './cli-error.js';
import { DEFAULT_STORE } from './store-option.js';

/**
 * Receives a command's outcome; `run` turns a `Left` into one line on
 * stderr and exit code 1.
 * @category cli
 * @since 0.1.0
 */
export type OutcomeSink = (outcome: Either<CliError, unknown>) => void;

/**
 * Help of `--store`.
 * @category cli
 * @since 0.1.0
 */
export const STORE_OPTION_HELP = `the log: a file path (default ./${DEFAULT_STORE}, or $STANCELOG_STORE) or a postgres:// URL`;

/**
 * The date forms the date options accept.
 * @category cli
 * @since 0.1.0
 */
export const DATE_OPTION_FORMS = 'YYYY-MM-DD, YYYY-MM, YYYY-Www or an ISO timestamp';

/**
 * Adds the bitemporal pair `--as-of` (valid time) and `--known-at`
 * (recorded time) to a command, with the same help everywhere.
 *
 * @example
 * import { Command } from 'commander'
 * import { withAsOfOptions } from '@stancelog/cli'
 * const command = withAsOfOptions(new Command('positions'))
 * assert.deepStrictEqual(command.options.map((o) => o.long), ['--as-of', '--known-at'])
 * @category cli
 * @since 0.1.0
 */
export function withAsOfOptions(command: Command): Command {
  return command
    .option('--as-of <date>', `as stated by this date (valid time: ${DATE_OPTION_FORMS})`)
    .option('--known-at <date>', `as the log knew it on this date (recorded time: ${DATE_OPTION_FORMS})`);
}
