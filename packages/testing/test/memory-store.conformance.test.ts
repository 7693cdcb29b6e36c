import { openMemoryStore } from '@stancelog/core';
import { describeEventStoreConformance } from '@stancelog/testing/conformance';

describeEventStoreConformance('the memory store', { open: async () => openMemoryStore() });
