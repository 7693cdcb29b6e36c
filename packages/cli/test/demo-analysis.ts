// The Ukraine demo's analysis as core computes it, from the same events the CLI specs append: what the commands'
// output is compared with.
import { analysis, openMemoryStore, project } from '@stancelog/core';
import type { AnalysisState, AsOf } from '@stancelog/core';
import { registryEvents } from '../../../examples/ukraine-2025/src/registry.js';
import { statementEvents } from '../../../examples/ukraine-2025/src/statements.js';

export async function analysedDemo(asOf?: AsOf): Promise<AnalysisState> {
  const store = openMemoryStore();
  await store.append([...registryEvents, ...statementEvents]);
  const r = await project(store, analysis(), asOf ? { asOf } : {});
  if (r._tag === 'Left') throw new Error(r.left.message);
  return r.right.state;
}
