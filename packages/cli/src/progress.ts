/**
 * A progress bar for long work, drawn on stderr only when a person watches
 * it (a TTY); piped or redirected output stays quiet.
 *
 * @since 0.1.0
 */
import cliProgress from 'cli-progress';
import type { CliIo } from './io.js';

/**
 * Reports how far some work has got.
 *
 * @example
 * import { progressBar } from './progress.js'
 * import type { Progress } from './progress.js'
 * // On a terminal (`isTTY`), `update` draws the bar and `stop` clears it.
 * let drawn = ''
 * const bar: Progress = progressBar({ stdout: process.stdout, stderr: { write: (s: string) => (drawn += s), isTTY: true }, cwd: '.', env: {} }, 'reading the log')
 * bar.update(5, 10)
 * bar.stop()
 * assert.ok(drawn.includes('reading the log') && drawn.includes('5/10'))
 * @category output
 * @since 0.1.0
 * @internal
 */
export interface Progress {
  update(done: number, total: number): void;
  /** Removes the bar (it is cleared, not left on the terminal). */
  stop(): void;
}

const QUIET: Progress = { update: () => undefined, stop: () => undefined };

/**
 * A bar labelled `label` on a TTY, nothing otherwise.
 *
 * @example
 * import { progressBar } from './progress.js'
 * const written: string[] = []
 * const bar = progressBar({ stdout: process.stdout, stderr: { write: (s: string) => written.push(s) }, cwd: '.', env: {} }, 'reading')
 * bar.update(5, 10)
 * bar.stop()
 * assert.deepStrictEqual(written, [])
 * @category output
 * @since 0.1.0
 * @internal
 */
export function progressBar(io: CliIo, label: string): Progress {
  if (!io.stderr.isTTY) return QUIET;
  const bar = new cliProgress.SingleBar(
    { stream: io.stderr as unknown as NodeJS.WritableStream, format: `${label} {bar} {value}/{total}`, clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.setTotal(total);
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
