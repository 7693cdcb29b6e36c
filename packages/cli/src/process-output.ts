/**
 * The `stancelog` executable's output streams: `process.stdout` and
 * `process.stderr` as the CLI's text sinks, surviving a reader that goes
 * away and a destination that fails.
 *
 * @since 0.1.0
 */
import type { TextSink } from './io.js';

/** A Node stream the CLI prints to (`process.stdout`, `process.stderr`). */
export interface OutputStream {
  write(text: string): boolean;
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
  once(event: 'drain', listener: () => void): unknown;
  readonly isTTY?: boolean | undefined;
}

/** What an output sink reports when its stream stops taking text. */
export interface OutputEnd {
  /** Called once, when the stream stops taking text (a closed pipe or a failure). */
  readonly closed?: (() => void) | undefined;
  /**
   * Called once with a one-line message when the stream fails for another
   * reason than its reader going away (a full disk, `> /dev/full`, an I/O
   * error). Not given for stderr: there is nowhere left to say it.
   */
  readonly failed?: ((message: string) => void) | undefined;
}

/**
 * `stream` as a text sink that never throws. A reader that stops early
 * (`stancelog log | head`) closes the pipe: further output is dropped
 * quietly, and the command still finishes what it was doing (an append in
 * progress completes). Any other write failure (ENOSPC when stdout is a
 * file on a full disk) drops further output too, and is reported once
 * through `end.failed`, so the command can say so and exit 1 rather than
 * die with a stack trace. Either way the sink's `closed` is true from then
 * on, so that a command listing the log stops reading it. While the
 * stream holds text its reader has not taken yet (a pipe to a slower
 * program), `drained()` waits for it to drain.
 *
 * @example
 * import { Writable } from 'node:stream'
 * import { outputSink } from './process-output.js'
 * // A destination that has no room: the failure is reported, not thrown.
 * const full = new Writable({ write: (_chunk, _encoding, done) => done(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })) })
 * const said: string[] = []
 * const sink = outputSink(full, 'stdout', { failed: (m) => said.push(m) })
 * sink.write('positions\n')
 * await new Promise((resolve) => setImmediate(resolve))
 * sink.write('dropped\n')
 * assert.deepStrictEqual(said, ['stancelog: cannot write to stdout: ENOSPC: no space left on device, write'])
 * @category cli
 * @since 0.1.0
 * @internal
 */
export function outputSink(stream: OutputStream, name: string, end: OutputEnd = {}): TextSink {
  let closed = false;
  // Set while the stream holds text it could not pass on yet (its write returned false), until it drains or closes.
  let full: Promise<void> | undefined;
  let release = (): void => {};
  const stop = (error: NodeJS.ErrnoException): void => {
    if (closed) return;
    closed = true;
    release();
    if (error.code !== 'EPIPE') end.failed?.(`stancelog: cannot write to ${name}: ${error.message}`);
    end.closed?.();
  };
  stream.on('error', stop);
  return {
    write: (text: string) => {
      if (closed) return true;
      try {
        const taken = stream.write(text);
        if (!taken && full === undefined) {
          full = new Promise((resolve) => {
            release = () => {
              full = undefined;
              resolve();
            };
          });
          stream.once('drain', () => release());
        }
        return taken;
      } catch (error) {
        // A synchronous stream (stdout redirected to a file) may throw rather than emit.
        stop(error as NodeJS.ErrnoException);
        return true;
      }
    },
    get isTTY() {
      return stream.isTTY;
    },
    get closed() {
      return closed;
    },
    drained: () => full ?? Promise.resolve(),
  };
}
