import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openFileStore } from '@stancelog/store-file';
import type { FileStore, FileStoreOptions } from '@stancelog/store-file';
import { describeEventStoreConformance } from '@stancelog/testing/conformance';

function fileHarness(options: FileStoreOptions) {
  const dir = mkdtempSync(join(tmpdir(), 'stancelog-conformance-'));
  let n = 0;
  const open = async (path: string): Promise<FileStore> => {
    const r = await openFileStore(path, options);
    if (r._tag === 'Left') throw new Error(r.left.message);
    return r.right;
  };
  return {
    open: () => open(join(dir, `log-${++n}.jsonl`)),
    // The harness's store type is the file store's, as open gives it: its path, no cast.
    async reopen(store: FileStore) {
      const { path } = store;
      await store.close();
      return open(path);
    },
    async writeRaw(store: FileStore, records: ReadonlyArray<Record<string, unknown>>) {
      const { path } = store;
      await store.close();
      // As a newer writer would: a plain line per event, no batch record.
      appendFileSync(path, records.map((r) => `${JSON.stringify(r)}\n`).join(''));
      return open(path);
    },
    async cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describeEventStoreConformance('the file store', fileHarness({}));
describeEventStoreConformance('the file store without fsync', fileHarness({ fsync: 'never' }));
