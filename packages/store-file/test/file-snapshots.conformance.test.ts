import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openFileStore, snapshotFolderOf } from '@stancelog/store-file';
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
  // A log file and the snapshot folder the store keeps beside it (`store.snapshots`, what the CLI uses).
  async open() {
    const log = await open(join(dir, `log-${++n}.jsonl`));
    return { log, snapshots: log.snapshots };
  },
  // The log file deleted and started again under the same name; its snapshot folder stays, and the new store keeps its snapshots there.
  async replaceLog({ log }) {
    const { path } = log as FileStore;
    await log.close();
    rmSync(path);
    const again = await open(path);
    return { log: again, snapshots: again.snapshots };
  },
  async cleanup() {
    rmSync(dir, { recursive: true, force: true });
  },
});

describe('a file store\'s snapshots', () => {
  it('are kept in the folder beside its log that snapshotFolderOf names', async () => {
    const path = join(dir, 'beside.jsonl');
    const log = await open(path);
    await log.snapshots.save({ reducer: 'count', version: '1', position: 0, state: { n: 0 } });
    await log.close();
    expect(readdirSync(snapshotFolderOf(path))).toEqual(['count.snapshot']);
  });
});
