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

/**
 * Projects the store through `analysis()` as of the given dates.
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
export async function analyse(store: EventStore, spec: string, asOf: AsOf | undefined): Promise<Either<CliError, AnalysisState>> {
  const projected = await project(store, analysis(), asOf ? { asOf } : {});
  if (isLeft(projected)) return left(cliError(`store ${spec}: ${projected.left.message}`));
  return right(projected.right.state);
}
