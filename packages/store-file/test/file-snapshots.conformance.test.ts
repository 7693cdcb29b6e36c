import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileSnapshots, openFileStore } from '@stancelog/store-file';
import type { FileStore } from '@stancelog/store-file';
import { describeSnapshotStoreConformance } from '@stancelog/testing/conformance';

const dir = mkdtempSync(join(tmpdir(), 'stancelog-snapshot-conformance-'));
let n = 0;

async function open(path: string): Promise<FileStore> {
  const r = await openFileStore(path);
  if (r._tag === 'Left') throw new Error(r.left.message);
  return r.right;
}

describeSnapshotStoreConformance('file snapshots', {
  // A log file and its snapshot directory beside it, as the CLI keeps them.
  async open() {
    const path = join(dir, `log-${++n}.jsonl`);
    return { log: await open(path), snapshots: fileSnapshots(`${path}.snapshots`) };
  },
  // The log file deleted and started again under the same name; its snapshot directory stays.
  async replaceLog({ log, snapshots }) {
    const { path } = log as FileStore;
    await log.close();
    rmSync(path);
    return { log: await open(path), snapshots };
  },
  async cleanup() {
    rmSync(dir, { recursive: true, force: true });
  },
});
