/**
 * What a command talks to: its output streams, working directory and
 * environment. Passed in rather than read from `process`, so tests run
 * commands in-process and a host application can embed the CLI.
 *
 * @since 0.1.0
 */

/**
 * A stream the CLI writes text to (`process.stdout`, or a buffer in tests).
 *
 * @example
 * import { run } from '@stancelog/cli'
 * import type { TextSink } from '@stancelog/cli'
 * // A sink that keeps the text: how tests and host applications read what a command printed.
 * let text = ''
 * const stdout: TextSink = { write: (s) => (text += s) }
 * assert.strictEqual(await run(['log', '--help'], { stdout, stderr: stdout, cwd: '.', env: {} }), 0)
 * assert.ok(text.startsWith('Usage: stancelog log [options]\n'))
 * @category cli
 * @since 0.1.0
 */
export interface TextSink {
  write(text: string): unknown;
  /** True when a person is watching (progress bars are drawn only then). */
  readonly isTTY?: boolean;
}

/**
 * The world of one CLI run.
 *
 * @example
 * import type { CliIo } from '@stancelog/cli'
 * const io: CliIo = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }
 * @category cli
 * @since 0.1.0
 */
export interface CliIo {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  /** Relative paths (`--store`, the appended file) resolve against this. */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}
