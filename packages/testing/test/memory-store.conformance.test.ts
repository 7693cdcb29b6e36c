import { memorySnapshots, openMemoryStore } from '@stancelog/core';
import { describeEventStoreConformance, describeSnapshotStoreConformance } from '@stancelog/testing/conformance';

describeEventStoreConformance('the memory store', { open: async () => openMemoryStore() });

describeSnapshotStoreConformance('memory snapshots', {
  open: async () => ({ log: openMemoryStore(), snapshots: memorySnapshots() }),
  replaceLog: async ({ log, snapshots }) => {
    await log.close();
    return { log: openMemoryStore(), snapshots };
  },
});
