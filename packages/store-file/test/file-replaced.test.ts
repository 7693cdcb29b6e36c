import { closeSync, openSync, readFileSync, renameSync, rmSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { isLeft } from 'fp-ts/lib/Either.js';
import { readAll, StoreReadError } from '@stancelog/core';
import type { FileStore } from '@stancelog/store-file';
import { mustOpen, statement, tempDir } from './support.js';

describe('a log file deleted, replaced or cut while a store has it open', () => {
  it('refuses a writer the append, which would go to a file no reader of the path sees, and keeps the moved file whole', async () => {
    const path = join(tempDir(), 'log.jsonl');
    const writer = await mustOpen(path);
    await writer.append([statement(1)]);
    renameSync(path, `${path}.moved`);
    const kept = readFileSync(`${path}.moved`, 'utf8');
    const r = await writer.append([statement(2)]);
    expect(isLeft(r) && r.left).toEqual({
      _tag: 'StoreUnavailable',
      message: `append: ${path} was deleted or moved away since the store opened it (open the store again to use the file now at that path); nothing was appended`,
    });
    expect(readFileSync(`${path}.moved`, 'utf8')).toBe(kept);
    await writer.close();
  });

  it('refuses a writer the append when another file now has the path', async () => {
    const path = join(tempDir(), 'log.jsonl');
    const writer = await mustOpen(path);
    await writer.append([statement(1)]);
    rmSync(path);
    writeFileSync(path, '');
    const r = await writer.append([statement(2)]);
    expect(isLeft(r) && r.left.message).toMatch(/is another file than the one opened: it was replaced since/);
    expect(readFileSync(path, 'utf8')).toBe('');
    await writer.close();
  });

  it('goes on appending when nothing happened to the file', async () => {
    const path = join(tempDir(), 'log.jsonl');
    const writer = await mustOpen(path);
    await writer.append([statement(1)]);
    await writer.append([statement(2)]);
    expect((await readAll(writer)).map((e) => e.position)).toEqual([1, 2]);
    await writer.close();
  });

  it('fails a reader, and stops its subscription with the reason, when the file is cut below what it read', async () => {
    const path = join(tempDir(), 'log.jsonl');
    const writer = await mustOpen(path);
    await writer.append([statement(1), statement(2)]);
    await writer.close();
    const reader = await mustOpen(path, { readOnly: true, pollIntervalMillis: 10 });
    const errors: unknown[] = [];
    const sub = reader.subscribe(() => undefined, { onError: (e) => void errors.push(e) });
    await sub.caughtUp;
    truncateSync(path, 10);
    const deadline = Date.now() + 10_000;
    while (errors.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(String((errors[0] as Error | undefined)?.message)).toMatch(/is 10 bytes long, shorter than the \d+ already read: something other than stancelog cut or rewrote it/);
    await expect(reader.head()).rejects.toThrow(/shorter than the \d+ already read/);
    await sub.unsubscribe();
    await reader.close();
  });

  it('stops a subscription with the reason when the file is cut and written again in place past what it read', async () => {
    const path = join(tempDir(), 'log.jsonl');
    const writer = await mustOpen(path);
    await writer.append([statement(1), statement(2)]);
    await writer.close();
    // It looks rarely: the new log has grown past what it read by the time it does.
    const reader = await mustOpen(path, { readOnly: true, pollIntervalMillis: 300 });
    const errors: unknown[] = [];
    const seen: number[] = [];
    const sub = reader.subscribe((events) => void seen.push(...events.map((e) => e.position)), { onError: (e) => void errors.push(e) });
    try {
      await sub.caughtUp;
      const read = readFileSync(path).length;
      truncateSync(path, 0);
      const again = await mustOpen(path);
      for (let n = 10; readFileSync(path).length <= read; n++) await again.append([statement(n, 'russia')]);
      await again.close();
      const deadline = Date.now() + 10_000;
      while (errors.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      expect(seen).toEqual([1, 2]);
      expect(errors[0]).toBeInstanceOf(StoreReadError);
      expect((errors[0] as StoreReadError).error).toEqual({
        _tag: 'StoreUnavailable',
        message: `${path} no longer ends a line at byte ${read}, where the 2 events already read end: something other than stancelog cut or rewrote it (a log is only ever appended to); open the store again to read the file as it is now`,
      });
    } finally {
      await sub.unsubscribe();
      await reader.close();
    }
  });

  it('fails a reader whose file was deleted, rather than waiting for appends that can no longer come', async () => {
    const path = join(tempDir(), 'log.jsonl');
    const writer = await mustOpen(path);
    await writer.append([statement(1)]);
    await writer.close();
    const reader = await mustOpen(path, { readOnly: true });
    expect(await reader.head()).toBe(1);
    rmSync(path);
    await expect(readAll(reader)).rejects.toThrow(`${path} was deleted or moved away since the store opened it`);
    await reader.close();
  });

  it("rejects a reader's head() with the store's read error, as its reads do, when the file was replaced", async () => {
    const path = join(tempDir(), 'log.jsonl');
    const writer = await mustOpen(path);
    await writer.append([statement(1)]);
    await writer.close();
    const reader = await mustOpen(path, { readOnly: true });
    rmSync(path);
    writeFileSync(path, '');
    const failure = await reader.head().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(StoreReadError);
    expect((failure as StoreReadError).error).toEqual({ _tag: 'StoreUnavailable', message: `${path} is another file than the one opened: it was replaced since (open the store again to use the file now at that path)` });
    await reader.close();
  });
});

describe('a line of the log changed in place after the store opened it', () => {
  /** A log of two batches (positions 1 and 2, then 3 and 4: line 5 holds position 3), open as a reader and as a writer. */
  async function openedTwice(): Promise<{ path: string; stores: FileStore[] }> {
    const path = join(tempDir(), 'log.jsonl');
    const writer = await mustOpen(path);
    await writer.append([statement(1), statement(2)]);
    await writer.append([statement(3), statement(4)]);
    const reader = await mustOpen(path, { readOnly: true });
    return { path, stores: [reader, writer] };
  }

  /** Overwrites the bytes `from` with `to` (the same length) in the file, as an editor saving in place does. */
  function overwrite(path: string, from: string, to: string): void {
    const text = readFileSync(path, 'utf8');
    expect(Buffer.byteLength(from)).toBe(Buffer.byteLength(to));
    const fd = openSync(path, 'r+');
    writeSync(fd, to, Buffer.byteLength(text.slice(0, text.indexOf(from))));
    closeSync(fd);
  }

  it('fails the read with a StoreReadError naming the file and line when the line is no longer JSON', async () => {
    const { path, stores } = await openedTwice();
    overwrite(path, '"position":3,', '"position":3{');
    for (const store of stores) {
      const failed = await readAll(store).catch((e: unknown) => e);
      expect(failed).toBeInstanceOf(StoreReadError);
      expect((failed as StoreReadError).error).toMatchObject({ _tag: 'StoreCorrupt', location: path, line: 5 });
      expect((failed as StoreReadError).message).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5: the line of position 3 is no longer a JSON line \\(.*\\): changed in place \\(by hand or by another tool\\) after the store opened the log\\?`));
      // The events before it were handed out; a read that stops before it is answered.
      expect((await readAll(store, { limit: 2 })).map((e) => e.position)).toEqual([1, 2]);
    }
    for (const store of stores) await store.close();
  });

  it('fails the read the same way when the line now holds another position', async () => {
    const { path, stores } = await openedTwice();
    overwrite(path, '"position":4,', '"position":7,');
    for (const store of stores) {
      const failed = await readAll(store).catch((e: unknown) => e);
      expect(failed).toBeInstanceOf(StoreReadError);
      expect((failed as StoreReadError).error).toMatchObject({ _tag: 'StoreCorrupt', location: path, line: 6 });
      expect((failed as StoreReadError).message).toContain(`${path}:6: the line of position 4 now holds position 7`);
    }
    for (const store of stores) await store.close();
  });
});
