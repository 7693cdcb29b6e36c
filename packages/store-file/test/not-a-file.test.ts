import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { isLeft } from 'fp-ts/lib/Either.js';
import { openFileStore } from '@stancelog/store-file';
import { tempDir } from './support.js';

describe('a path that is not a regular file', () => {
  it('is refused for a writer when it is a named pipe: what it appended would be gone', async () => {
    const pipe = join(tempDir(), 'log.jsonl');
    execFileSync('mkfifo', [pipe]);
    const r = await openFileStore(pipe, { fsync: 'never' });
    if (!isLeft(r)) await r.right.close();
    expect(isLeft(r) && r.left).toEqual({ _tag: 'StoreUnavailable', message: `open ${pipe}: a named pipe (FIFO), not a log file` });
  });

  it('is refused for a reader when it is a device, rather than read as an empty log', async () => {
    const r = await openFileStore('/dev/null', { readOnly: true });
    if (!isLeft(r)) await r.right.close();
    expect(isLeft(r) && r.left).toEqual({ _tag: 'StoreUnavailable', message: 'open /dev/null: a device, not a log file' });
  });

  it('is refused when it is a folder, saying so', async () => {
    const folder = join(tempDir(), 'talks');
    mkdirSync(folder);
    const r = await openFileStore(folder, { readOnly: true });
    expect(isLeft(r) && r.left.message).toBe(`open ${folder}: a folder, not a log file`);
  });
});
