/**
 * `stancelog copy --to TARGET`: copy the log to another store (a file store
 * outgrown for PostgreSQL, a PostgreSQL log backed up to a file).
 *
 * @since 0.1.0
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import type { Command } from 'commander';
import { copyLog } from '@stancelog/core';
import type { CopyReport } from '@stancelog/core';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';
import { STORE_OPTION_HELP } from './command-registration.js';
import type { OutcomeSink } from './command-registration.js';
import type { CliIo } from './io.js';
import { progressBar } from './progress.js';
import { redact, storeOpeners, storeSpec, withStore } from './store-option.js';

/**
 * Options of `stancelog copy`.
 * @example
 * import type { CopyCommandOptions } from '@stancelog/cli'
 * const options: CopyCommandOptions = { to: 'postgres://stancelog@db.example.org/talks', store: 'talks.jsonl' }
 * assert.strictEqual(options.json, undefined)
 * @category commands
 * @since 0.1.0
 */
export interface CopyCommandOptions {
  /** The store to copy to: a file path or a `postgres://` URL. */
  readonly to: string;
  /** The store to copy from (default: as every command's `--store`). */
  readonly store?: string | undefined;
  readonly json?: boolean | undefined;
  /** Events per append (default 1,000). */
  readonly batch?: string | undefined;
}

/**
 * What `stancelog copy` did: the two stores (passwords masked) and
 * {@link CopyReport}'s counts.
 * @example
 * import { appendCommand, copyCommand } from '@stancelog/cli'
 * import type { Copied } from '@stancelog/cli'
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * const dir = mkdtempSync(join(tmpdir(), 'stancelog-'))
 * const quiet = { write: () => true }
 * const io = { stdout: quiet, stderr: quiet, cwd: dir, env: {} }
 * writeFileSync(join(dir, 'in.jsonl'), JSON.stringify({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', source: { quote: 'a truce now' } }) + '\n')
 * await appendCommand(['in.jsonl'], {}, io)
 * const r = await copyCommand({ to: 'backup.jsonl' }, io)
 * assert.ok(r._tag === 'Right')
 * const copied: Copied = r.right
 * assert.deepStrictEqual([copied.from, copied.to, copied.appended], ['stancelog.jsonl', 'backup.jsonl', 1])
 * @category commands
 * @since 0.1.0
 */
export interface Copied extends CopyReport {
  readonly from: string;
  readonly to: string;
}

const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Whether two store options name one store: the same file, or the same URL. */
function sameStore(a: string, b: string, cwd: string): boolean {
  // The file store is the last opener: it takes whatever the others do not.
  const isFile = (spec: string) => storeOpeners.find((o) => o.matches(spec)) === storeOpeners[storeOpeners.length - 1];
  if (!(isFile(a) && isFile(b))) return a === b;
  const [x, y] = [resolve(cwd, a), resolve(cwd, b)];
  // Through a symbolic or hard link, the same file has another name.
  const [sx, sy] = [statSync(x, { throwIfNoEntry: false }), statSync(y, { throwIfNoEntry: false })];
  return sx !== undefined && sy !== undefined ? sx.dev === sy.dev && sx.ino === sy.ino : x === y;
}

/**
 * Runs `stancelog copy --to TARGET`: appends every event of the log to
 * `TARGET`, in order and with its recording time, in batches. Ids stay the
 * same; a copy run again (after an interruption, or to bring a backup up to
 * date) appends only what is missing.
 *
 * @example
 * import { copyCommand } from '@stancelog/cli'
 * const io = { stdout: process.stdout, stderr: process.stderr, cwd: '/tmp', env: {} }
 * const r = await copyCommand({ to: 'stancelog.jsonl' }, io)
 * assert.ok(r._tag === 'Left' && r.left.message.startsWith('--to stancelog.jsonl: the log itself'))
 * @category commands
 * @since 0.1.0
 */
export async function copyCommand(options: CopyCommandOptions, io: CliIo): Promise<Either<CliError, Copied>> {
  if (typeof options.to !== 'string' || options.to.trim() === '') return left(cliError('--to is empty: name the log file or postgres:// URL to copy to'));
  const from = storeSpec(options.store, io);
  if (sameStore(from, options.to, io.cwd)) return left(cliError(`--to ${redact(options.to)}: the log itself; name another store to copy it to`));
  const batchSize = options.batch === undefined ? 1000 : Number(options.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1) return left(cliError(`--batch ${options.batch}: expected a whole number of events, 1 or more`));
  return withStore(options.store, io, 'read', (source, sourceSpec) =>
    withStore(options.to, io, 'write', async (target, targetSpec) => {
      const bar = progressBar(io, 'copying');
      const copied = await copyLog(source, target, { batchSize, hash: sha256Hex, onProgress: (read, total) => bar.update(read, total) }).finally(() => bar.stop());
      if (isLeft(copied)) {
        // What is wrong with the source is said of it alone; a store's failure may be either's.
        const which = copied.left._tag === 'CopyMismatch' || copied.left._tag === 'CopyIncomplete' ? sourceSpec : `${sourceSpec} to ${targetSpec}`;
        return left(cliError(`copy ${which}: ${copied.left.message}`));
      }
      const result: Copied = { from: sourceSpec, to: targetSpec, ...copied.right };
      if (options.json) io.stdout.write(JSON.stringify(result, null, 2) + '\n');
      else {
        const already = result.duplicates > 0 ? `, ${result.duplicates} already there` : '';
        io.stdout.write(`copied ${sourceSpec} to ${targetSpec}: ${result.read} event${result.read === 1 ? '' : 's'} read, ${result.appended} appended${already}; ${targetSpec} holds ${result.head}\n`);
      }
      return right(result);
    }, '--to'),
  );
}

/**
 * Registers `stancelog copy` on the program.
 *
 * @example
 * import { Command } from 'commander'
 * import { registerCopy } from './copy.js'
 * const program = new Command('stancelog')
 * registerCopy(program, { stdout: process.stdout, stderr: process.stderr, cwd: '.', env: {} }, () => undefined)
 * assert.ok(program.commands.some((c) => c.name() === 'copy'))
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function registerCopy(program: Command, io: CliIo, done: OutcomeSink): void {
  program
    .command('copy')
    .description('copy the log, in order and with its recording times, to another store (a file or postgres:// URL); run again, it appends only what is missing')
    .requiredOption('--to <path|url>', 'the store to copy to')
    .option('--store <path|url>', STORE_OPTION_HELP)
    .option('--batch <n>', 'events per append (default 1000)')
    .option('--json', 'print what was copied as JSON')
    .action(async (opts: CopyCommandOptions) => {
      done(await copyCommand(opts, io));
    });
}
