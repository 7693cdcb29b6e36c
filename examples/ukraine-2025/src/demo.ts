/**
 * The demo as a function: append the register and the statements to a
 * store (a no-op for what it already holds), then analyse it.
 */
import { isLeft } from 'fp-ts/lib/Either.js';
import { analysis, contradictionList, positionList, project } from '@stancelog/core';
import type { AnalysisState, AppendResult, AsOf, EventStore } from '@stancelog/core';
import { registryEvents } from './registry.js';
import { statementEvents } from './statements.js';

/** Appends the register, then the statements, article by article. */
export async function load(store: EventStore): Promise<AppendResult> {
  // The register first, so issues have their parents when statements arrive.
  const registry = await store.append(registryEvents);
  if (isLeft(registry)) throw new Error(`appending the register failed: ${registry.left.message}`);
  const said = await store.append(statementEvents);
  if (isLeft(said)) throw new Error(`appending the statements failed: ${said.left.message}`);
  return {
    appended: [...registry.right.appended, ...said.right.appended],
    duplicates: [...registry.right.duplicates, ...said.right.duplicates],
    head: said.right.head,
  };
}

/** Positions and contradictions, optionally at a bitemporal point. */
export async function analyse(store: EventStore, asOf?: AsOf) {
  const projected = await project(store, analysis(), asOf ? { asOf } : {});
  if (isLeft(projected)) throw new Error(`analysis failed: ${projected.left.message}`);
  const state: AnalysisState = projected.right.state;
  return { state, positions: positionList(state), contradictions: contradictionList(state) };
}
