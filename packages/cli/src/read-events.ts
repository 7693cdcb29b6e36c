/**
 * Reading the whole log into memory, with a progress bar on a terminal:
 * what `timeline`, `diff`, `explain` and `report` start from, since they
 * need the statements' quotes as well as the analysis.
 *
 * @since 0.1.0
 */
import { left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { analysis, replay, visibleAt } from '@stancelog/core';
import type { AnalysisState, AsOf, EventStore, StoredEvent } from '@stancelog/core';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';
import type { CliIo } from './io.js';
import { progressBar } from './progress.js';

/**
 * Every event of the store, in log order.
 *
 * @example
 * import { readEvents } from '@stancelog/cli'
 * import { openMemoryStore } from '@stancelog/core'
 * const io = { stdout: process.stdout, stderr: { write: () => true }, cwd: '.', env: {} }
 * assert.deepStrictEqual(await readEvents(openMemoryStore(), 'memory', io), { _tag: 'Right', right: [] })
 * @category commands
 * @since 0.1.0
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
 * without one), as `project` would give it.
 *
 * @example
 * import { analyseEvents } from '@stancelog/cli'
 * assert.strictEqual(analyseEvents([], { validTime: '2025-05-16' }).positions.byIssue.size, 0)
 * @category commands
 * @since 0.1.0
 */
export function analyseEvents(events: ReadonlyArray<StoredEvent>, asOf?: AsOf): AnalysisState {
  return replay(analysis(), asOf ? events.filter(visibleAt(asOf)) : events);
}
