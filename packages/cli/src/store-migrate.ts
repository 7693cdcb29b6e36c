/**
 * `stancelog store migrate --store postgres://...`: creates or upgrades the
 * schema of a PostgreSQL log. Versioned and safe to run twice (or from
 * several machines at once). A file store needs no migration.
 *
 * @since 0.1.0
 */
import type { Command } from 'commander';
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';
import type { OutcomeSink } from './command-registration.js';
import type { CliIo } from './io.js';
import { registerStoreStatus } from './store-status.js';
import { namingStoreOnce, otherUrlOpener, postgresDriverMissing, postgresOpener, redact, storeSpec } from './store-option.js';

/**
 * What a migration did.
 *
 * @example
 * // doc-test: skip (needs a PostgreSQL server; run by packages/cli/test/postgres.test.ts)
 * import { storeMigrateCommand } from '@stancelog/cli'
 * const io = { stdout: process.stdout, stderr: process.stderr, cwd: '.', env: process.env }
 * const r = await storeMigrateCommand({ store: `${process.env['STANCELOG_PG_URL']}?schema=talks` }, io)
 * // The versions applied, if any, lead from `from` to `to`; run again, it applies none.
 * assert.ok(r._tag === 'Right' && r.right.schema === 'talks' && r.right.applied.every((m) => m.version > r.right.from && m.version <= r.right.to))
 * @category commands
 * @since 0.1.0
 */
export interface MigrationOutcome {
  readonly schema: string;
  readonly from: number;
  readonly to: number;
  readonly applied: ReadonlyArray<{ readonly version: number; readonly name: string }>;
}

type Migrate = (options: { url: string; schema?: string }) => Promise<Either<{ message: string }, MigrationOutcome>>;

/**
 * Runs the migration of the store named by `--store` (or `$STANCELOG_STORE`).
 *
 * @example
 * import { storeMigrateCommand } from '@stancelog/cli'
 * const r = await storeMigrateCommand({ store: 'talks.jsonl' }, { stdout: process.stdout, stderr: process.stderr, cwd: '.', env: {} })
 * assert.strictEqual(r._tag, 'Left')
 * @category commands
 * @since 0.1.0
 */
export async function storeMigrateCommand(options: { store?: string; json?: boolean }, io: CliIo): Promise<Either<CliError, MigrationOutcome>> {
  const spec = storeSpec(options.store, io);
  if (!postgresOpener.matches(spec)) {
    if (otherUrlOpener.matches(spec)) {
      const refused = await otherUrlOpener.open(spec, io, 'write');
      if (isLeft(refused)) return refused;
    }
    return left(cliError(`store ${spec}: only a PostgreSQL store (postgres://...) has a schema to migrate; a file store needs none`));
  }
  // A variable specifier keeps bundlers and tsc from requiring the package.
  const name = '@stancelog/store-postgres';
  let mod: { migrate?: Migrate };
  try {
    mod = (await import(name)) as typeof mod;
  } catch (error) {
    return left(postgresDriverMissing(spec, 'migrating', error));
  }
  if (typeof mod.migrate !== 'function') return left(cliError(`store ${redact(spec)}: ${name} has no migrate`));
  // The store reads `?schema=NAME` off the URL itself (and refuses a misspelt one).
  const done = await mod.migrate({ url: spec });
  if (isLeft(done)) return left(cliError(namingStoreOnce(done.left.message, spec, 'store')));
  const r = done.right;
  io.stdout.write(
    options.json
      ? JSON.stringify(r) + '\n'
      : r.applied.length === 0
        ? `schema ${r.schema} is at version ${r.to}: nothing to migrate\n`
        : `schema ${r.schema}: version ${r.from} -> ${r.to} (${r.applied.map((m) => `${m.version} ${m.name}`).join(', ')})\n`,
  );
  return right(r);
}

/**
 * Registers `stancelog store migrate` and `stancelog store status` on the program.
 *
 * @example
 * import { Command } from 'commander'
 * import { registerStore } from './store-migrate.js'
 * const program = new Command('stancelog')
 * registerStore(program, { stdout: process.stdout, stderr: process.stderr, cwd: '.', env: {} }, () => undefined)
 * assert.ok(program.commands.some((c) => c.name() === 'store'))
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function registerStore(program: Command, io: CliIo, done: OutcomeSink): void {
  const store = program.command('store').description('manage the store itself');
  store
    .command('migrate')
    .description('create or upgrade the schema of a PostgreSQL log (versioned; safe to run twice)')
    .option('--store <url>', 'the PostgreSQL log: postgres://user:password@host/db[?schema=NAME]')
    .option('--json', 'print what was done as JSON')
    .action(async (opts: { store?: string; json?: boolean }) => {
      done(await storeMigrateCommand(opts, io));
    });
  registerStoreStatus(store, io, done);
}
