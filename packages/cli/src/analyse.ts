/**
 * Runs the built-in analysis (positions and contradictions) over a store,
 * at a bitemporal point: what `positions`, `contradictions`, `timeline` and
 * `explain` show, from the snapshot kept with the store for the log as it
 * is now.
 *
 * @since 0.1.0
 */
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { project } from '@stancelog/core';
import type { AnalysisState, AsOf, EventStore, StoreError } from '@stancelog/core';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';
import type { CliIo } from './io.js';
import { analysisWith } from './rules-option.js';
import type { AnyRule } from './rules-option.js';
import { snapshotsOf } from './snapshot-option.js';

/**
 * How many events a run must replay after the snapshot before it saves a
 * new one, for a log of `head` events (the position the run read to, which
 * `project` hands it): 1,000, or a tenth of the log when that is more. Saving costs about as much as replaying the whole log
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
 * The warning a run prints when the snapshot could not be loaded or saved:
 * the answer stands, only the next run's time is lost. A watch (`who`:
 * `'watch'`) says it once, and goes on.
 *
 * @example
 * import { snapshotWarning } from './analyse.js'
 * const line = snapshotWarning('talks.jsonl', { _tag: 'StoreUnavailable', message: 'saving the snapshot of analysis: EROFS' })
 * assert.ok(line.startsWith('stancelog: warning: store talks.jsonl: saving the snapshot of analysis: EROFS; the answer is right all the same'))
 * assert.ok(snapshotWarning('talks.jsonl', { _tag: 'StoreUnavailable', message: 'EROFS' }, 'watch').includes('; the watch goes on,'))
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function snapshotWarning(spec: string, error: StoreError, who: 'run' | 'watch' = 'run'): string {
  // Not "the whole log": a save refused keeps the last snapshot saved, which the next run starts from.
  const cost =
    who === 'run'
      ? 'the answer is right all the same, but the next run replays again what this one did (the log since the last snapshot saved, or all of it)'
      : 'the watch goes on, but the next run replays the log since the last snapshot saved (or all of it) again, and the watch says no more of it';
  return `stancelog: warning: store ${spec}: ${error.message}; ${cost} (--no-snapshots not to try)\n`;
}

/**
 * The analysis of a store and the log position it reflects: what
 * {@link analyseAt} answers.
 *
 * @example
 * import { analyseAt } from './analyse.js'
 * import type { Analysed } from './analyse.js'
 * import { openMemoryStore } from '@stancelog/core'
 * const r = await analyseAt(openMemoryStore(), 'memory', undefined)
 * const analysed: Analysed | undefined = r._tag === 'Right' ? r.right : undefined
 * assert.strictEqual(analysed?.position, 0)
 * @category commands
 * @since 0.1.0
 * @internal
 */
export interface Analysed {
  readonly state: AnalysisState;
  /** The position of the last event read (0 for an empty log). */
  readonly position: number;
}

/**
 * What {@link analyseAt} and {@link analyse} take besides the store and
 * the point: whether to use the snapshot, where to warn, and the rules of
 * the user's own (`--rules`) to run beside the built-in ones.
 *
 * @example
 * import type { AnalyseOptions } from './analyse.js'
 * const options: AnalyseOptions = { snapshots: false, rules: [] }
 * assert.strictEqual(options.snapshots, false)
 * @category commands
 * @since 0.1.0
 * @internal
 */
export interface AnalyseOptions {
  /** False: neither read nor save the snapshot (`--no-snapshots`). */
  readonly snapshots?: boolean | undefined;
  /** Where a snapshot that could not be read or saved is said. */
  readonly io?: Pick<CliIo, 'stderr'> | undefined;
  /** Rules run beside the built-in ones (see `loadRules`); the analysis, and its snapshot, are then another. */
  readonly rules?: ReadonlyArray<AnyRule> | undefined;
}

/**
 * Projects the store through `analysis()` (with `rules` added, when
 * given) as of the given dates. The log
 * as it is now (no `asOf`) starts from the snapshot kept with the store
 * ({@link snapshotsOf}) unless `snapshots` is false, and saves one when it
 * replayed {@link snapshotEvery} events or more (of the log as this read
 * found it: no separate question to the store for its head). A snapshot
 * that cannot be read or saved (a read-only folder, a role without
 * `insert` on the snapshots table) changes nothing in the answer: it is
 * said once on `io.stderr`, as a warning ({@link snapshotWarning}). A
 * snapshot of another log (the file deleted and started again) is ignored
 * without a word: it costs a full replay, once.
 *
 * @example
 * import { analyseAt } from './analyse.js'
 * import { memorySnapshots, openMemoryStore, statementMade } from '@stancelog/core'
 * const store = { ...openMemoryStore(), snapshots: memorySnapshots() }
 * await store.append([statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-05-16', source: { quote: 'no truce' } })])
 * const r = await analyseAt(store, 'memory', undefined)
 * assert.ok(r._tag === 'Right' && r.right.position === 1 && r.right.state.positions.byIssue.has('ceasefire'))
 * @category commands
 * @since 0.1.0
 * @internal
 */
export async function analyseAt(
  store: EventStore,
  spec: string,
  asOf: AsOf | undefined,
  options: AnalyseOptions = {},
): Promise<Either<CliError, Analysed>> {
  // As of a point, project reads no snapshot: it would hold events after it.
  const snapshots = asOf === undefined && options.snapshots !== false ? snapshotsOf(store) : undefined;
  const projected = await project(store, analysisWith(options.rules), asOf ? { asOf } : snapshots ? { snapshots, snapshotEvery } : {});
  if (isLeft(projected)) return left(cliError(`store ${spec}: ${projected.left.message}`));
  const failed = projected.right.snapshotError;
  if (failed !== undefined) options.io?.stderr.write(snapshotWarning(spec, failed));
  return right({ state: projected.right.state, position: projected.right.position });
}

/**
 * The analysis of {@link analyseAt}, without its position: what
 * `positions` and `contradictions` print.
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
  options: AnalyseOptions = {},
): Promise<Either<CliError, AnalysisState>> {
  const analysed = await analyseAt(store, spec, asOf, options);
  return isLeft(analysed) ? analysed : right(analysed.right.state);
}
