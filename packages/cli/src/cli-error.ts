/**
 * The errors a command reports to its user: one line on stderr and exit
 * code 1. Usage errors (unknown option, missing argument) are commander's
 * and exit with 2.
 *
 * @since 0.1.0
 */
import { inCliTerms } from './store-advice.js';
import { oneLine } from './table.js';

/**
 * A failure the user can act on: a bad file, a missing store, a locked log.
 *
 * @example
 * import { appendCommand } from '@stancelog/cli'
 * import type { CliError } from '@stancelog/cli'
 * // The Left of a command: `run` prints "stancelog: " and its message on stderr, and exits with 1.
 * const r = await appendCommand('talks.jsonl', {}, { stdout: process.stdout, stderr: process.stderr, cwd: '/nonexistent', env: {} })
 * const error: CliError | undefined = r._tag === 'Left' ? r.left : undefined
 * assert.strictEqual(error?.message, 'talks.jsonl: no such file')
 * @category cli
 * @since 0.1.0
 */
export interface CliError {
  readonly _tag: 'CliError';
  /** One line, naming what is wrong and where. */
  readonly message: string;
}

/**
 * Builds a {@link CliError}.
 *
 * @example
 * import { cliError } from './cli-error.js'
 * assert.strictEqual(cliError('no log at ./stancelog.jsonl').message, 'no log at ./stancelog.jsonl')
 * assert.strictEqual(cliError('talks.jsonl line 1: b\u001b[31mad: unknown field').message, 'talks.jsonl line 1: b\\u001b[31mad: unknown field')
 * @category cli
 * @since 0.1.0
 * @internal
 */
export function cliError(message: string): CliError {
  // One line: the exit message must not spill over several lines of a terminal; and a control character
  // it quotes from an input (a field name, a line that is not JSON) shows as its escape rather than recolour the terminal.
  // A store's message quoted in it gives advice in the store API's terms (`readOnly: true`): the CLI's user is told what to run instead.
  return { _tag: 'CliError', message: oneLine(inCliTerms(message)) };
}

/**
 * The exit codes of `stancelog`: 0 done, 1 a user error, 2 bad usage.
 *
 * @example
 * import { EXIT } from '@stancelog/cli'
 * assert.strictEqual(EXIT.usage, 2)
 * @category cli
 * @since 0.1.0
 */
export const EXIT = { ok: 0, user: 1, usage: 2 } as const;
