/**
 * Runs the built-in analysis (positions and contradictions) over a store,
 * at a bitemporal point: what `positions` and `contradictions` print.
 *
 * @since 0.1.0
 */
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { analysis, project } from '@stancelog/core';
import type { AnalysisState, AsOf, EventStore } from '@stancelog/core';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';
import type { CliIo } from './io.js';
import { snapshotsOf } from './snapshot-option.js';

/**
 * How many events a run must replay after the snapshot before it saves a
 * new one, for a log of `head` events: 1,000, or a tenth of the log when
 * that is more. Saving costs about as much as replaying the whole log
 * (the state is serialised whole), so a snapshot is saved again only once
 * the tail each run replays costs a good part of that; until then a run
 * loads the snapshot and replays the tail (see docs/benchmarks.md, "CLI
 * snapshots").
 *
 * @example
 * import { snapshotEvery } from './analyse.js'
 * assert.deepStrictEqual([snapshotEvery(5_000), snapshotEvery(200_000), snapshotEvery(1_000_000)], [1_000, 20_000, 100_000])
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function snapshotEvery(head: number): number {
  return Math.max(1_000, Math.ceil(head / 10));
}

/**
 * Projects the store through `analysis()` as of the given dates. The log
 * as it is now (no `asOf`) starts from the snapshot kept with the store
 * ({@link snapshotsOf}) unless `snapshots` is false, and saves one when it
 * replayed {@link snapshotEvery} events or more. A snapshot that cannot be read or saved
 * (a read-only folder, a role without `insert` on the snapshots table)
 * changes nothing in the answer: it is said once on `io.stderr`, as a
 * warning. A snapshot of another log (the file deleted and started again)
 * is ignored without a word: it costs a full replay, once.
 *
 * @example
 * import { analyse } from './analyse.js'
 * import { openMemoryStore } from '@stancelog/core'
 * const r = await analyse(openMemoryStore(), 'memory', { validTime: '2025-05-20' })
 * assert.strictEqual(r._tag, 'Right')
 * @category commands
 * @since 0.1.0
 * @internal
 */
export async function analyse(
  store: EventStore,
  spec: string,
  asOf: AsOf | undefined,
  options: { readonly snapshots?: boolean | undefined; readonly io?: Pick<CliIo, 'stderr'> } = {},
): Promise<Either<CliError, AnalysisState>> {
  // As of a point, project reads no snapshot: it would hold events after it.
  const snapshots = asOf === undefined && options.snapshots !== false ? snapshotsOf(store) : undefined;
  // A store that cannot say its head cannot be read either: project says why.
  const every = snapshots ? snapshotEvery(await store.head().catch(() => 0)) : undefined;
  const projected = await project(store, analysis(), asOf ? { asOf } : snapshots ? { snapshots, snapshotEvery: every } : {});
  if (isLeft(projected)) return left(cliError(`store ${spec}: ${projected.left.message}`));
  const failed = projected.right.snapshotError;
  if (failed !== undefined) {
    options.io?.stderr.write(
      `stancelog: warning: store ${spec}: ${failed.message}; the answer is right all the same, but the next run replays the whole log again (--no-snapshots not to try)\n`,
    );
  }
  return right(projected.right.state);
}
