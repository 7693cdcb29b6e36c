/**
 * `stancelog registry`: the register the log holds, as the analysis reads
 * it: each actor with its kind, name, aliases and dated offices, each issue
 * with its title and parent, and which of them only statements named
 * (provisional).
 *
 * @since 0.1.0
 */
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import type { Command } from 'commander';
import { project, registry } from '@stancelog/core';
import type { ActorKind, Office, RegistryState } from '@stancelog/core';
import { dateOption } from './as-of-option.js';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';
import { STORE_OPTION_HELP } from './command-registration.js';
import type { OutcomeSink } from './command-registration.js';
import type { CliIo } from './io.js';
import { projectRegistryNow } from './registry-projection.js';
import { withStore } from './store-option.js';
import { renderTable } from './table.js';

/**
 * Options of `stancelog registry`.
 *
 * @example
 * import type { RegistryCommandOptions } from '@stancelog/cli'
 * const options: RegistryCommandOptions = { knownAt: '2026-02-01', json: true }
 * assert.strictEqual(options.knownAt, '2026-02-01')
 * @category commands
 * @since 0.1.0
 */
export interface RegistryCommandOptions {
  /** The register as the log knew it on that date (recorded time); registry events have no valid time. */
  readonly knownAt?: string | undefined;
  /** `--store`: a path or a `postgres://` URL (default `./stancelog.jsonl`, or `$STANCELOG_STORE`). */
  readonly store?: string | undefined;
  /** Print the register as JSON. */
  readonly json?: boolean | undefined;
}

/**
 * The register of a log, as `stancelog registry --json` prints it: actors
 * and issues in the order of their ids.
 *
 * @example
 * import type { RegistryListing } from '@stancelog/cli'
 * const listing: RegistryListing = { actors: [{ id: 'greens', kind: 'organisation', name: 'Green Future', aliases: ['Green League'], offices: [], provisional: false }], issues: [] }
 * assert.strictEqual(listing.actors[0]!.name, 'Green Future')
 * @category commands
 * @since 0.1.0
 */
export interface RegistryListing {
  readonly actors: ReadonlyArray<{
    readonly id: string;
    readonly kind: ActorKind;
    /** The name registered last (the id while provisional). */
    readonly name: string;
    readonly aliases: ReadonlyArray<string>;
    readonly offices: ReadonlyArray<Office>;
    /** Only statements, offices or aliases named it: no `actor-registered` yet. */
    readonly provisional: boolean;
  }>;
  readonly issues: ReadonlyArray<{
    readonly id: string;
    readonly title: string;
    readonly proposition: string;
    readonly parent: string | null;
    /** Only statements named it: no `issue-defined` yet. */
    readonly provisional: boolean;
  }>;
}

function officeText(office: Office): string {
  return `${office.title} of ${office.actor} from ${office.from}${office.until !== undefined ? ` until ${office.until}` : ''}`;
}

/**
 * Runs `stancelog registry`: the register of the log (withdrawn events left
 * out), or as the log knew it on `knownAt`, as two tables (actors, issues)
 * or as JSON. What a study checks before it trusts the positions: who is
 * still provisional, which offices a person holds and until when, a
 * party's aliases after a rename, the issue hierarchy.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { appendCommand, registryCommand } from '@stancelog/cli'
 * const dir = mkdtempSync(join(tmpdir(), 'registry-'))
 * let out = ''
 * const io = { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true }, cwd: dir, env: {} }
 * writeFileSync(join(dir, 'in.jsonl'), [
 *   { type: 'actor-registered', data: { id: 'tomas-lind', kind: 'person', name: 'Tomas Lind', offices: [{ actor: 'centre', title: 'Party Leader', from: '2015-09-01', until: '2026-02-20' }] } },
 *   { holder: 'centre', issue: 'wealth-tax', kind: 'red-line', polarity: '-', source: { quote: 'never' } },
 * ].map((l) => JSON.stringify(l)).join('\n') + '\n')
 * await appendCommand(['in.jsonl'], {}, io)
 * out = ''
 * const r = await registryCommand({ json: true }, io)
 * assert.ok(r._tag === 'Right')
 * assert.deepStrictEqual(r.right.actors.map((a) => [a.id, a.kind, a.provisional]), [['centre', 'state', true], ['tomas-lind', 'person', false]])
 * assert.deepStrictEqual(r.right.issues.map((i) => [i.id, i.provisional]), [['wealth-tax', true]])
 * @category commands
 * @since 0.1.0
 */
export async function registryCommand(options: RegistryCommandOptions, io: CliIo): Promise<Either<CliError, RegistryListing>> {
  const knownAt = options.knownAt === undefined ? undefined : dateOption('--known-at', options.knownAt);
  if (knownAt !== undefined && isLeft(knownAt)) return knownAt;
  return withStore(options.store, io, 'read', async (store, spec) => {
    // As the log is now, from the registry's snapshot and the events since; as of a date, a replay up to it (a snapshot holds what came after).
    let state: RegistryState;
    if (knownAt === undefined) {
      const now = await projectRegistryNow(store, spec, io);
      if (isLeft(now)) return now;
      state = now.right;
    } else {
      const projected = await project(store, registry(), { asOf: { recordedTime: knownAt.right } });
      if (isLeft(projected)) return left(cliError(`store ${spec}: ${projected.left.message}`));
      state = projected.right.state;
    }
    const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const listing: RegistryListing = {
      actors: [...state.actors.values()]
        .map(({ actor, provisional }) => ({ id: actor.id, kind: actor.kind, name: actor.name, aliases: [...(actor.aliases ?? [])], offices: [...(actor.offices ?? [])], provisional }))
        .sort(byId),
      issues: [...state.issues.values()]
        .map(({ issue, provisional }) => ({ id: issue.id, title: issue.title, proposition: issue.proposition, parent: issue.parent ?? null, provisional }))
        .sort(byId),
    };
    if (options.json) {
      io.stdout.write(JSON.stringify(listing, null, 2) + '\n');
      return right(listing);
    }
    const when = options.knownAt !== undefined ? ` (known at ${options.knownAt})` : '';
    if (listing.actors.length === 0 && listing.issues.length === 0) {
      io.stdout.write(`no actors and no issues in the log${when}\n`);
      return right(listing);
    }
    // A provisional entry says so where its name would be: only statements named it, and its name is its id.
    const actorRows = listing.actors.map((a) => [a.id, a.kind, a.provisional ? '(provisional)' : a.name, a.aliases.join(', '), a.offices.map(officeText).join('; ')]);
    const issueRows = listing.issues.map((i) => [i.id, i.provisional ? '(provisional)' : i.title, i.parent ?? '', i.provisional ? '' : i.proposition]);
    io.stdout.write(`ACTORS${when}\n${renderTable(['id', 'kind', 'name', 'aliases', 'offices'], actorRows)}\n`);
    io.stdout.write(`ISSUES${when}\n${renderTable(['id', 'title', 'within', 'proposition'], issueRows)}`);
    return right(listing);
  });
}

/**
 * Declares `stancelog registry` on the program.
 *
 * @example
 * import { Command } from 'commander'
 * import { registerRegistry } from './registry-command.js'
 * const program = new Command()
 * registerRegistry(program, { stdout: { write: () => true }, stderr: { write: () => true }, cwd: '.', env: {} } as any, () => {})
 * assert.ok(program.commands.some((c) => c.name() === 'registry'))
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function registerRegistry(program: Command, io: CliIo, done: OutcomeSink): void {
  program
    .command('registry')
    .description('the register of the log: each actor with its kind, name, aliases and dated offices, each issue with its title and parent, and which only statements named (provisional)')
    .option('--known-at <date>', 'as the log knew it on that date (recorded time: a name or office recorded later is left out)')
    .option('--store <path|url>', STORE_OPTION_HELP)
    .option('--json', 'print the register as JSON: { actors, issues }')
    .action(async (opts: RegistryCommandOptions) => {
      done(await registryCommand(opts, io));
    });
}
