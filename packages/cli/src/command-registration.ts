/**
 * What the command modules share to register themselves on the
 * `stancelog` program: where a command hands its outcome, and the help
 * texts of the common options.
 *
 * @since 0.1.0
 */
import type { Command } from 'commander';
import { STATED_AT_FORMS } from '@stancelog/core';
import type { Either } from 'fp-ts/lib/Either.js';
import type { CliError } from './cli-error.js';
import { DEFAULT_STORE } from './store-option.js';

/**
 * Receives a command's outcome; `run` turns a `Left` into one line on
 * stderr and exit code 1.
 *
 * @example
 * import { Command } from 'commander'
 * import { registerTimeline } from './timeline.js'
 * import type { OutcomeSink } from './command-registration.js'
 * const outcomes: Array<Parameters<OutcomeSink>[0]> = []
 * const done: OutcomeSink = (outcome) => void outcomes.push(outcome)
 * const program = new Command('stancelog')
 * registerTimeline(program, { stdout: process.stdout, stderr: process.stderr, cwd: '.', env: {} }, done)
 * await program.parseAsync(['timeline', '--as-of', 'soon'], { from: 'user' })
 * assert.ok(outcomes[0]?._tag === 'Left' && outcomes[0].left.message.startsWith('--as-of "soon": not a date'))
 * @category cli
 * @since 0.1.0
 * @internal
 */
export type OutcomeSink = (outcome: Either<CliError, unknown>) => void;

/**
 * Help of `--store`.
 *
 * @example
 * import { Command } from 'commander'
 * import { registerDiff } from './diff.js'
 * import { STORE_OPTION_HELP } from './command-registration.js'
 * const program = new Command('stancelog')
 * registerDiff(program, { stdout: process.stdout, stderr: process.stderr, cwd: '.', env: {} }, () => undefined)
 * const store = program.commands.find((c) => c.name() === 'diff')?.options.find((o) => o.long === '--store')
 * assert.strictEqual(store?.description, STORE_OPTION_HELP)
 * @category cli
 * @since 0.1.0
 * @internal
 */
export const STORE_OPTION_HELP = `the log: a file path (default ./${DEFAULT_STORE}, or $STANCELOG_STORE) or a postgres:// URL`;

/**
 * The date forms the date options accept: core's, which a statement's
 * `statedAt` takes and its errors list.
 *
 * @example
 * import { dateOption } from './as-of-option.js'
 * import { DATE_OPTION_FORMS } from './command-registration.js'
 * for (const date of ['2025-05-16', '2025-05', '2025-W20', '2025-05-16T09:00:00Z']) assert.strictEqual(dateOption('--as-of', date)._tag, 'Right')
 * // A date refused: the error lists the forms.
 * const r = dateOption('--as-of', 'soon')
 * assert.ok(r._tag === 'Left' && r.left.message.endsWith(`(expected ${DATE_OPTION_FORMS})`))
 * @category cli
 * @since 0.1.0
 * @internal
 */
export const DATE_OPTION_FORMS = STATED_AT_FORMS;

/**
 * Adds the bitemporal pair `--as-of` (valid time) and `--known-at`
 * (recorded time) to a command, with the same help everywhere.
 *
 * @example
 * import { Command } from 'commander'
 * import { withAsOfOptions } from './command-registration.js'
 * const command = withAsOfOptions(new Command('positions'))
 * assert.deepStrictEqual(command.options.map((o) => o.long), ['--as-of', '--known-at'])
 * @category cli
 * @since 0.1.0
 * @internal
 */
export function withAsOfOptions(command: Command): Command {
  return command
    .option('--as-of <date>', `as stated by this date (valid time: ${DATE_OPTION_FORMS})`)
    .option('--known-at <date>', `as the log knew it on this date (recorded time: ${DATE_OPTION_FORMS})`);
}

/**
 * Help of `--no-snapshots`.
 *
 * @example
 * import { Command } from 'commander'
 * import { SNAPSHOTS_OPTION_HELP, withSnapshotsOption } from './command-registration.js'
 * const command = withSnapshotsOption(new Command('positions'))
 * assert.strictEqual(command.options.find((o) => o.long === '--no-snapshots')?.description, SNAPSHOTS_OPTION_HELP)
 * @category cli
 * @since 0.1.0
 * @internal
 */
export const SNAPSHOTS_OPTION_HELP = 'replay the whole log: neither start from nor save the snapshot kept beside it (LOG.snapshots/, or the schema\'s snapshots table)';

/**
 * Adds `--no-snapshots` to a command that shows the analysis: `snapshots`
 * is then true unless it is given.
 *
 * @example
 * import { Command } from 'commander'
 * import { withSnapshotsOption } from './command-registration.js'
 * const command = withSnapshotsOption(new Command('positions')).action(() => undefined)
 * command.parse(['--no-snapshots'], { from: 'user' })
 * assert.strictEqual(command.opts().snapshots, false)
 * @category cli
 * @since 0.1.0
 * @internal
 */
export function withSnapshotsOption(command: Command): Command {
  return command.option('--no-snapshots', SNAPSHOTS_OPTION_HELP);
}
