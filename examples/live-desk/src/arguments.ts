/**
 * The command line of `main.ts`: `[LOG] [PORT] [--read-only]`, read into
 * the desk's options, or what is wrong with it, named.
 */
import { isAbsolute, resolve } from 'node:path';
import { left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';

/** What the command line asks for. */
export interface DeskArguments {
  /** The log, resolved against the directory the command was typed in. */
  readonly log: string;
  readonly port: number;
  readonly readOnly: boolean;
}

const USAGE = 'usage: start [LOG] [PORT] [--read-only]';

/**
 * Reads the arguments. `cwd` is where the user typed the command: `pnpm
 * --filter ... start` runs the script in the example's folder, and says
 * where it was typed in `INIT_CWD`, against which a relative LOG is
 * resolved (a log named `strike.jsonl` is the one the user sees there).
 */
export function deskArguments(args: ReadonlyArray<string>, cwd: string): Either<string, DeskArguments> {
  const options = args.filter((a) => a.startsWith('-') && a !== '-');
  // A mistyped option (`--readonly`) would otherwise be taken for nothing, and the desk open as a writer.
  const unknown = options.find((a) => a !== '--read-only');
  if (unknown !== undefined) return left(`${JSON.stringify(unknown)}: no such option (the one option is --read-only); ${USAGE}`);
  const words = args.filter((a) => !options.includes(a));
  if (words.length > 2) return left(`${JSON.stringify(words[2])}: one argument too many (LOG, then PORT); ${USAGE}`);
  const [log = 'desk.jsonl', port = '8080'] = words;
  if (!/^\d+$/.test(port) || Number(port) > 65535) return left(`PORT: expected a port number from 0 to 65535, got ${JSON.stringify(port)}`);
  return right({ log: isAbsolute(log) ? log : resolve(cwd, log), port: Number(port), readOnly: options.length > 0 });
}
