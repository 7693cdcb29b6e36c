import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { statementMade } from '@stancelog/core';
import type { Event } from '@stancelog/core';
import { openFileStore } from '@stancelog/store-file';
import type { FileStore, FileStoreOptions } from '@stancelog/store-file';

const created: string[] = [];

/** A fresh directory under the system's temp dir, removed after the file's tests. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stancelog-file-'));
  created.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A statement made unique by `n`. */
export const statement = (n: number, holder = 'ukraine', issue = 'ceasefire'): Event =>
  statementMade({
    holder,
    issue,
    kind: 'demand',
    polarity: '+',
    statedAt: '2025-05-16',
    source: { quote: `restated position number ${n}`, publisher: 'Wire' },
  });

/** Opens a store, failing the test on a Left. */
export async function mustOpen(path: string, options: FileStoreOptions = {}): Promise<FileStore> {
  const r = await openFileStore(path, options);
  if (r._tag === 'Left') throw new Error(`open failed: ${r.left.message}`);
  return r.right;
}
