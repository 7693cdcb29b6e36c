// The Ukraine 2025 demo's register and statements, as stored events.
import { openMemoryStore, readAll } from '@stancelog/core';
import type { StoredEvent } from '@stancelog/core';
import { registryEvents } from '../../../examples/ukraine-2025/src/registry.js';
import { statementEvents } from '../../../examples/ukraine-2025/src/statements.js';

export async function demoEvents(): Promise<ReadonlyArray<StoredEvent>> {
  const store = openMemoryStore();
  for (const batch of [registryEvents, statementEvents]) {
    const r = await store.append(batch);
    if (r._tag === 'Left') throw new Error(r.left.message);
  }
  return readAll(store);
}
