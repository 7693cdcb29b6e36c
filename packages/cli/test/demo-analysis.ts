// The Ukraine demo for the CLI specs: its events appended through the command, and its analysis as core computes it
// from the same events, what the commands' output is compared with.
import { analysis, openMemoryStore, project } from '@stancelog/core';
import type { AnalysisState, AsOf } from '@stancelog/core';
import { sandbox } from './harness.js';
import type { Sandbox } from './harness.js';
import { registryEvents } from '../../../examples/ukraine-2025/src/registry.js';
import { statementEvents } from '../../../examples/ukraine-2025/src/statements.js';

export async function analysedDemo(asOf?: AsOf): Promise<AnalysisState> {
  const store = openMemoryStore();
  await store.append([...registryEvents, ...statementEvents]);
  const r = await project(store, analysis(), asOf ? { asOf } : {});
  if (r._tag === 'Left') throw new Error(r.left.message);
  return r.right.state;
}

/** A sandbox whose log holds the demo's events, appended by `stancelog append` (`args`: its options, `--store demo.jsonl`). */
export async function demoSandbox(...args: string[]): Promise<Sandbox> {
  const box = sandbox();
  box.write('talks.jsonl', [...registryEvents, ...statementEvents]);
  const r = await box.stancelog('append', 'talks.jsonl', ...args);
  if (r.code !== 0) throw new Error(r.stderr);
  return box;
}
