import { pbkdf2 } from 'node:crypto';
import { join } from 'node:path';
import { StoreReadError } from '@stancelog/core';
import { mustOpen, statement, tempDir } from './support.js';

/**
 * Keeps libuv's thread pool busy for a while: a file read asked for now waits
 * behind these, and so is made on the descriptor only after the store closed
 * it, as a read of a long log is when a close comes a tick after it started.
 */
function busyThreadPool(): Promise<unknown> {
  const threads = Number(process.env['UV_THREADPOOL_SIZE'] ?? '') || 4;
  return Promise.all(Array.from({ length: threads }, () => new Promise((done) => pbkdf2('busy', 'salt', 200_000, 32, 'sha256', done))));
}

describe('a read of a file store closed while the file is being read', () => {
  it('fails with a StoreUnavailable saying the store was closed during the read, not with the EBADF of the closed descriptor (a leftover of stop 49)', async () => {
    const path = join(tempDir(), 'log.jsonl');
    const store = await mustOpen(path);
    await store.append(Array.from({ length: 2000 }, (_, i) => statement(i + 1)));
    const busy = busyThreadPool();
    const reading = store.read()[Symbol.asyncIterator]();
    // Its first piece is asked of the file now, and read once the pool is free: after the close.
    const first = reading.next();
    await store.close();
    const error = await first.then(
      () => undefined,
      (e: unknown) => e,
    );
    await busy;
    expect(error).toBeInstanceOf(StoreReadError);
    expect((error as StoreReadError).error).toEqual({ _tag: 'StoreUnavailable', message: `read: ${path} was closed during the read` });
  });
});
