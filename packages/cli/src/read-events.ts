/**
 * Reading the whole log into memory, with a progress bar on a terminal:
 * what `timeline`, `diff`, `explain` and `report` start from, since they
 * need the statements' quotes as well as the analysis.
 *
 * @since 0.1.0
 */
import { left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { analysis, replay, visibleAt, withoutWithdrawn } from '@stancelog/core';
import type { AnalysisState, AsOf, EventStore, StoredEvent } from '@stancelog/core';
import { isLeft } from 'fp-ts/lib/Either.js';
import { withStore } from './store-option.js';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';
import type { CliIo } from './io.js';
import { progressBar } from './progress.js';

/**
 * Every event of the store, in log order.
 *
 * @example
 * import { readEvents } from './read-events.js'
 * import { openMemoryStore } from '@stancelog/core'
 * const io = { stdout: process.stdout, stderr: { write: () => true }, cwd: '.', env: {} }
 * assert.deepStrictEqual(await readEvents(openMemoryStore(), 'memory', io), { _tag: 'Right', right: [] })
 * @category commands
 * @since 0.1.0
 * @internal
 */
export async function readEvents(store: EventStore, spec: string, io: CliIo): Promise<Either<CliError, StoredEvent[]>> {
  const bar = progressBar(io, 'reading the log');
  try {
    const total = await store.head();
    const events: StoredEvent[] = [];
    for await (const chunk of store.read()) {
      for (const e of chunk) events.push(e);
      bar.update(events.length, Math.max(total, events.length));
    }
    return right(events);
  } catch (error) {
    return left(cliError(`store ${spec}: ${error instanceof Error ? error.message : String(error)}`));
  } finally {
    bar.stop();
  }
}

/**
 * The analysis of the events visible at a bitemporal point (all of them
 * without one), without those the log withdraws, as `project` would give it.
 *
 * @example
 * import { analyseEvents } from './read-events.js'
 * assert.strictEqual(analyseEvents([], { validTime: '2025-05-16' }).positions.byIssue.size, 0)
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function analyseEvents(events: ReadonlyArray<StoredEvent>, asOf?: AsOf): AnalysisState {
  return replay(analysis(), withoutWithdrawn(asOf ? events.filter(visibleAt(asOf)) : events));
}

/**
 * Opens the store named by `--store` read-only, reads every event (with a
 * progress bar on a terminal) and hands them to `use`; the store is closed
 * afterwards. What the analyst commands (timeline, diff, explain, report)
 * all start with.
 *
 * @example
 * import { withEvents } from './read-events.js'
 * const r = await withEvents('no-such-log.jsonl', { stdout: process.stdout, stderr: process.stderr, cwd: '.', env: {} }, async (events) => ({ _tag: 'Right', right: events.length }))
 * assert.strictEqual(r._tag, 'Left')
 * @category commands
 * @since 0.1.0
 * @internal
 */
export async function withEvents<A>(
  option: string | undefined,
  io: CliIo,
  use: (events: StoredEvent[]) => Promise<Either<CliError, A>> | Either<CliError, A>,
): Promise<Either<CliError, A>> {
  return withStore(option, io, 'read', async (store, spec) => {
    const events = await readEvents(store, spec, io);
    return isLeft(events) ? events : use(events.right);
  });
}
