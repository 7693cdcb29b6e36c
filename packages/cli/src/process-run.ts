/**
 * The `stancelog` executable's process: runs the CLI with this process's
 * streams, signals and exit code (`bin/stancelog.js` calls
 * {@link runStancelog}, and nothing else).
 *
 * @since 0.1.0
 */
import { inspect } from 'node:util';
import { run } from './main.js';
import { outputSink } from './process-output.js';

/** A stream the process writes to, as far as finishing the process needs. */
interface Flushable {
  write(text: string, done: (error?: Error | null) => void): boolean;
  readonly writable?: boolean | undefined;
  readonly destroyed?: boolean | undefined;
}

/**
 * Resolves once what was written to `stream` before has been handed to the
 * system (an empty write's callback comes after those before it), or at
 * once when the stream takes nothing more (its reader went away).
 *
 * @example
 * import { Writable } from 'node:stream'
 * import { flushed } from './process-run.js'
 * const written: string[] = []
 * const slow = new Writable({ write: (chunk, _encoding, done) => void setTimeout(() => { written.push(String(chunk)); done() }, 20) })
 * slow.write('positions\n')
 * await flushed(slow)
 * assert.strictEqual(written.join(''), 'positions\n')
 * @category cli
 * @since 0.1.0
 * @internal
 */
export function flushed(stream: Flushable): Promise<void> {
  if (stream.destroyed === true || stream.writable === false) return Promise.resolve();
  return new Promise((resolve) => {
    try {
      stream.write('', () => resolve());
    } catch {
      resolve();
    }
  });
}

/**
 * Sends what `console.log`, `console.info`, `console.debug`, `console.dir`
 * and `console.table` print to stderr (`console.error`), for the rest of
 * the process: code of the user's own (a rule module) that prints cannot
 * mix its text with a command's output (`--json`). Returns a function that
 * undoes it.
 *
 * @example
 * import { consoleToStderr } from './process-run.js'
 * const said: string[] = []
 * const fake = { log: (..._a: unknown[]) => said.push('stdout'), info: () => undefined, debug: () => undefined, dir: () => undefined, table: () => undefined, error: (...a: unknown[]) => said.push(`stderr ${a.join(' ')}`) } as unknown as Console
 * const undo = consoleToStderr(fake)
 * fake.log('loading', 'rule')
 * fake.dir({ a: 1 })
 * undo()
 * fake.log('again')
 * assert.deepStrictEqual(said, ['stderr loading rule', 'stderr { a: 1 }', 'stdout'])
 * @category cli
 * @since 0.1.0
 * @internal
 */
export function consoleToStderr(target: Console): () => void {
  const methods = ['log', 'info', 'debug', 'dir', 'table'] as const;
  const before = methods.map((m) => [m, Object.getOwnPropertyDescriptor(target, m)] as const);
  const error = target.error.bind(target);
  const toStderr = (...args: unknown[]): void => error(...args);
  for (const m of ['log', 'info', 'debug', 'table'] as const) target[m] = toStderr;
  target.dir = (item: unknown, options?: object): void => error(inspect(item, options));
  return () => {
    for (const [m, descriptor] of before) {
      if (descriptor !== undefined) Object.defineProperty(target, m, descriptor);
      else delete (target as unknown as Record<string, unknown>)[m];
    }
  };
}

/** The process as the executable uses it: a subset of Node's `process`, so that a test can give another. */
export type StancelogProcess = Pick<NodeJS.Process, 'argv' | 'cwd' | 'env' | 'stdout' | 'stderr' | 'once' | 'on' | 'exit'> & { exitCode?: number | string | null | undefined };

/**
 * Runs `stancelog` with the arguments and streams of `proc` (Node's
 * process), and sets its exit code. A reader that stops early closes the
 * pipe (further output is dropped); output that fails otherwise is said
 * once on stderr, and the exit code is then 1. Ctrl-C is listened to only
 * when a command that runs until stopped asks (`contradictions --watch`,
 * once it has read the log). When a command loaded modules of rules
 * (`--rules`), their console output goes to stderr, and the process exits
 * once the command is done and its output written, whatever a module left
 * running (a timer, a connection); a module whose top-level await never
 * settles is named on stderr (exit 1). What such a module writes to
 * `process.stdout` goes to stderr too: stdout carries the command's output
 * alone.
 *
 * @category cli
 * @since 0.1.0
 * @internal
 */
export async function runStancelog(proc: StancelogProcess = process): Promise<void> {
  // A command that runs until stopped (`contradictions --watch`) also stops
  // when its reader goes (`--watch | head -1` waits for one change).
  let stdoutClosed = (): void => undefined;
  const readerGone = new Promise<void>((resolve) => (stdoutClosed = resolve));

  // Listened to only when a command that runs until stopped asks: Ctrl-C
  // still ends every other command at once.
  const interrupted = (): Promise<void> =>
    new Promise((resolve) => {
      proc.once('SIGINT', () => resolve());
      proc.once('SIGTERM', () => resolve());
      void readerGone.then(resolve);
    });

  // The modules of --rules being loaded, by what named them: one still loading when Node finds nothing left to
  // do has a top-level await that never settles (Node would exit with code 13 and say nothing).
  // The command's output goes to stdout by its own writer: once modules of rules run, what they write there goes to stderr.
  const stdoutWrite = proc.stdout.write.bind(proc.stdout) as (text: string, done?: (error?: Error | null) => void) => boolean;
  const stdout = {
    write: (text: string, done?: (error?: Error | null) => void): boolean => stdoutWrite(text, done),
    on: (event: 'error', listener: (error: NodeJS.ErrnoException) => void) => proc.stdout.on(event, listener),
    once: (event: 'drain', listener: () => void) => proc.stdout.once(event, listener),
    get isTTY() {
      return proc.stdout.isTTY;
    },
    get writable() {
      return proc.stdout.writable;
    },
    get destroyed() {
      return proc.stdout.destroyed;
    },
  };
  const loading = new Set<string>();
  let ownCode = false;
  const loadingRules = (module: string): (() => void) => {
    if (!ownCode) {
      ownCode = true;
      consoleToStderr(console);
      proc.stdout.write = proc.stderr.write.bind(proc.stderr) as typeof proc.stdout.write;
      proc.on('exit', () => {
        if (loading.size === 0) return;
        proc.stderr.write(`stancelog: ${[...loading].join(', ')}: its top-level await never settled (it waits for something nothing will do)\n`);
        proc.exitCode = 1;
      });
    }
    loading.add(module);
    return () => void loading.delete(module);
  };

  let outputFailed = false;
  const code = await run(proc.argv.slice(2), {
    stdout: outputSink(stdout, 'stdout', {
      closed: () => stdoutClosed(),
      failed: (message) => {
        outputFailed = true;
        proc.stderr.write(`${message}\n`);
        // The failure may be reported after the command has returned.
        if (!proc.exitCode) proc.exitCode = 1;
      },
    }),
    stderr: outputSink(proc.stderr, 'stderr'),
    cwd: proc.cwd(),
    env: proc.env,
    interrupted,
    loadingRules,
  });
  proc.exitCode = outputFailed && code === 0 ? 1 : code;
  if (ownCode) {
    // A module's timer or connection would keep the process alive: its work is done once the output is written.
    await Promise.all([flushed(stdout), flushed(proc.stderr)]);
    proc.exit();
  }
}
