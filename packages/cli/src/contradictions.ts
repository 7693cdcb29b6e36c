/**
 * `stancelog contradictions`: the typed, dated contradictions between (and
 * within) the holders' stances, open or resolved, with their statements.
 *
 * @since 0.1.0
 */
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { contradictionList } from '@stancelog/core';
import type { ContradictionFilter, ContradictionView } from '@stancelog/core';
import { analyse } from './analyse.js';
import { asOfOption } from './as-of-option.js';
import type { AsOfOptions } from './as-of-option.js';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';
import type { CliIo } from './io.js';
import { withStore } from './store-option.js';
import { renderTable } from './table.js';

/**
 * Options of `stancelog contradictions`.
 * @category commands
 * @since 0.1.0
 */
export interface ContradictionsCommandOptions extends AsOfOptions {
  readonly store?: string;
  readonly json?: boolean;
  /** Only this type (`incompatible`, `circular-precondition`, `reversal`, ...). */
  readonly type?: string;
  /** Only open, or only resolved, contradictions. */
  readonly status?: string;
  /** Only contradictions involving this actor. */
  readonly actor?: string;
  /** Only contradictions on this issue. */
  readonly issue?: string;
}

/**
 * The human table of contradictions: open ones first, then resolved.
 *
 * @example
 * import { contradictionsTable } from '@stancelog/cli'
 * const text = contradictionsTable([])
 * assert.ok(text.startsWith('type'))
 * @category output
 * @since 0.1.0
 */
export function contradictionsTable(views: ReadonlyArray<ContradictionView>): string {
  const ordered = [...views.filter((c) => c.status === 'open'), ...views.filter((c) => c.status !== 'open')];
  const rows = ordered.map((c) => [
    c.type,
    c.issues.join(', '),
    c.actors.join(', '),
    c.since,
    c.status === 'open' ? 'open' : `resolved ${c.until ?? ''}`.trim(),
    c.summary,
  ]);
  return renderTable(['type', 'issues', 'actors', 'since', 'status', 'summary'], rows);
}

/**
 * Runs `stancelog contradictions`.
 *
 * @example
 * import { contradictionsCommand } from '@stancelog/cli'
 * const io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: {} }
 * assert.strictEqual((await contradictionsCommand({ knownAt: 'soon' }, io))._tag, 'Left')
 * @category commands
 * @since 0.1.0
 */
export async function contradictionsCommand(
  options: ContradictionsCommandOptions,
  io: CliIo,
): Promise<Either<CliError, ReadonlyArray<ContradictionView>>> {
  const asOf = asOfOption(options);
  if (isLeft(asOf)) return asOf;
  const status = options.status;
  if (status !== undefined && status !== 'open' && status !== 'resolved') {
    return left(cliError(`--status ${JSON.stringify(status)}: expected open or resolved`));
  }
  const filter: ContradictionFilter = {
    ...(options.type !== undefined ? { type: options.type } : {}),
    ...(status !== undefined ? { status: status as 'open' | 'resolved' } : {}),
    ...(options.actor !== undefined ? { actor: options.actor } : {}),
    ...(options.issue !== undefined ? { issue: options.issue } : {}),
  };
  return withStore(options.store, io, 'read', async (store, spec) => {
    const state = await analyse(store, spec, asOf.right);
    if (isLeft(state)) return state;
    const views = contradictionList(state.right, filter);
    io.stdout.write(options.json ? JSON.stringify(views, null, 2) + '\n' : contradictionsTable(views));
    return right(views);
  });
}
