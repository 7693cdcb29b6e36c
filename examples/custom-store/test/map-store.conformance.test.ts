// The map store held to the suite every stancelog store passes. The harness
// keeps each store's Map: `reopen` opens a store again on it (the durability
// checks), and `writeRaw` writes records into it as a newer stancelog would.
import { openMapStore } from '../src/map-store.js';
import type { EventStore } from '@stancelog/core';
import { describeEventStoreConformance } from '@stancelog/testing/conformance';

const storageOf = new WeakMap<EventStore, Map<number, string>>();

function open(storage: Map<number, string>): EventStore {
  const opened = openMapStore(storage);
  if (opened._tag === 'Left') throw new Error(opened.left.message);
  storageOf.set(opened.right, storage);
  return opened.right;
}

describeEventStoreConformance('the map store', {
  open: async () => open(new Map()),
  async reopen(store) {
    await store.close();
    return open(storageOf.get(store)!);
  },
  async writeRaw(store, records) {
    await store.close();
    const storage = storageOf.get(store)!;
    for (const record of records) storage.set(record['position'] as number, JSON.stringify(record));
    return open(storage);
  },
});
