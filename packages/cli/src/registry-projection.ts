/**
 * The log's registry for a reading command (`registry`, `log --within`):
 * from its snapshot kept with the store (`LOG.snapshots/registry.snapshot`,
 * PostgreSQL's `snapshots` table, the one `append` keeps for its checks)
 * and the events appended since, where each run replayed the whole log.
 *
 * @since 0.1.0
 */
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { project, registry } from '@stancelog/core';
import type { EventStore, RegistryState } from '@stancelog/core';
import { snapshotEvery, snapshotWarning } from './analyse.js';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';
import type { CliIo } from './io.js';
import { snapshotsOf } from './snapshot-option.js';

/**
 * The registry of the log as it is now (withdrawn events left out), as
 * `project(store, registry())` gives it, started from the registry's
 * snapshot when the store keeps one, and saving a new one as the analysis'
 * is saved (once 1,000 events, or a tenth of the log, were replayed). A
 * snapshot that cannot be read or saved changes nothing in the answer: it
 * is said on `io.stderr`, as the analysis' is.
 *
 * @example
 * import { openMemoryStore } from '@stancelog/core'
 * import { projectRegistryNow } from './registry-projection.js'
 * const store = openMemoryStore()
 * await store.append([{ type: 'issue-defined', data: { id: 'ceasefire', title: 'Ceasefire', proposition: 'the guns fall silent' } }])
 * const r = await projectRegistryNow(store, 'memory', { stderr: process.stderr })
 * assert.ok(r._tag === 'Right' && r.right.issues.get('ceasefire')?.issue.title === 'Ceasefire')
 * @category commands
 * @since 0.1.0
 * @internal
 */
export async function projectRegistryNow(store: EventStore, spec: string, io: Pick<CliIo, 'stderr'>): Promise<Either<CliError, RegistryState>> {
  const snapshots = snapshotsOf(store);
  const projected = await project(store, registry(), snapshots ? { snapshots, snapshotEvery } : {});
  if (isLeft(projected)) return left(cliError(`store ${spec}: ${projected.left.message}`));
  const failed = projected.right.snapshotError;
  if (failed !== undefined) io.stderr.write(snapshotWarning(spec, failed));
  return right(projected.right.state);
}
