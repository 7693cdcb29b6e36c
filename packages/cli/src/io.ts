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
  /** Writes the text as given, line ends included; what it returns is ignored. */
  write(text: string): unknown;
  /** True when a person is watching (progress bars are drawn only then). */
  readonly isTTY?: boolean | undefined;
  /**
   * True once the sink takes no more text: its reader went away
   * (`stancelog log | head`) or its stream failed. A command that writes
   * many lines as it reads the log stops reading then; a sink that never
   * closes leaves it undefined.
   */
  readonly closed?: boolean | undefined;
  /**
   * Resolves once the sink has passed on the text written so far, or at
   * once when none waits (a pipe whose reader is slower than the command
   * buffers what it cannot pass on yet). A command that writes a long
   * listing as it reads waits on it between chunks, so that the reader sets
   * the pace and the listing does not pile up in memory. It also resolves
   * when the sink closes. A sink that never holds text back leaves it
   * undefined.
   */
  readonly drained?: (() => Promise<void>) | undefined;
}

/**
 * The world of one CLI run.
 *
 * @example
 * import { mkdtempSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { Readable } from 'node:stream'
 * import { run } from '@stancelog/cli'
 * import type { CliIo } from '@stancelog/cli'
 * let out = ''
 * // Statements piped in: `stancelog append -` reads `stdin`.
 * const line = '{"holder":"russia","issue":"ceasefire","kind":"reject","polarity":"-","source":{"quote":"no truce"}}\n'
 * const io: CliIo = { stdout: { write: (s) => (out += s) }, stderr: process.stderr, cwd: mkdtempSync(join(tmpdir(), 'io-')), env: {}, stdin: Readable.from([line]) }
 * assert.strictEqual(await run(['append', '-'], io), 0)
 * assert.ok(out.startsWith('appended 1 event to stancelog.jsonl\n'))
 * @category cli
 * @since 0.1.0
 */
export interface CliIo {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  /** Relative paths (`--store`, the appended file) resolve against this. */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * What `stancelog append -` reads: the standard input. When it is not
   * given, `process.stdin` is read.
   */
  readonly stdin?: AsyncIterable<Uint8Array | string> | undefined;
  /**
   * Resolves when the user asks a command that runs until stopped
   * (`contradictions --watch`) to stop. The `stancelog` command resolves it
   * on Ctrl-C (SIGINT) or SIGTERM, listening only once a command asks.
   */
  readonly interrupted?: (() => Promise<void>) | undefined;
  /**
   * Told as `--rules` (or `$STANCELOG_RULES`) starts loading a module, with
   * what names it (`--rules threats.mjs`); the function it returns is called
   * once the module has loaded, or failed to. Code of the user's own runs in
   * the process from then on: the `stancelog` command then sends console
   * output (`console.log`) to stderr, where it cannot mix with the
   * command's, exits once the command is done and its output written even
   * if a module left a timer or a connection open, and names a module whose
   * top-level await never settles.
   */
  readonly loadingRules?: ((module: string) => () => void) | undefined;
}
