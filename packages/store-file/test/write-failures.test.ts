// What a writer says, and leaves behind, when the file system refuses it: a full disk, a log file it may not write.
// The failures are made as the system makes them (ENOSPC after a short write, EACCES) by standing in for the
// node:fs call that meets them; no small disk or other user is needed.
import fs, { chmodSync, existsSync, readdirSync, readFileSync, statSync, truncateSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isLeft } from 'fp-ts/lib/Either.js';
import { readAll } from '@stancelog/core';
import { openFileStore } from '@stancelog/store-file';
import { mustOpen, statement, tempDir } from './support.js';

const failure = (code: string, message: string): NodeJS.ErrnoException => Object.assign(new Error(message), { code });
const enospc = (call: string) => failure('ENOSPC', `ENOSPC: no space left on device, ${call}`);

afterEach(() => jest.restoreAllMocks());

async function logOfOne(): Promise<{ path: string; size: number }> {
  const path = join(tempDir(), 'log.jsonl');
  const store = await mustOpen(path);
  await store.append([statement(1)]);
  await store.close();
  return { path, size: statSync(path).size };
}

/** Makes the first write of the file system write half of what it is given, and every later one fail with ENOSPC: a disk filling up. */
function halfThenFull(): { readonly calls: number } {
  const write = fs.write;
  const seen = { calls: 0 };
  jest.spyOn(fs, 'write').mockImplementation(((fd: number, buffer: Buffer, offset: number, length: number, position: null, callback: (e: Error | null, n?: number) => void) => {
    if (seen.calls++ === 0) return write(fd, buffer, offset, Math.floor(length / 2), position, callback);
    return callback(enospc('write'));
  }) as unknown as typeof fs.write);
  return seen;
}

describe('an append on a full disk', () => {
  it('says that the disk is full and that nothing was appended, and cuts back the part of the batch it wrote', async () => {
    const { path, size } = await logOfOne();
    const store = await mustOpen(path);
    // Room for half the batch: a short write, then ENOSPC, as the system does.
    const writes = halfThenFull();
    const r = await store.append([statement(2), statement(3)]);
    expect(isLeft(r) && r.left).toMatchObject({
      _tag: 'StoreUnavailable',
      message: `append to ${path}: the disk is full (ENOSPC: no space left on device, write); nothing was appended (the part of the batch already written was cut back): free space on that disk and try again`,
    });
    expect(writes.calls).toBe(2);
    expect(statSync(path).size).toBe(size);
    // Space freed: the same store appends again, from where it was.
    jest.restoreAllMocks();
    const again = await store.append([statement(2), statement(3)]);
    expect(again._tag === 'Right' && again.right.head).toBe(3);
    await store.close();
    const reopened = await mustOpen(path);
    expect(reopened.recovery).toEqual({});
    expect((await readAll(reopened)).map((e) => e.position)).toEqual([1, 2, 3]);
    await reopened.close();
  });

  it('cuts back a batch written whole whose sync failed: it was not appended either', async () => {
    const { path, size } = await logOfOne();
    const store = await mustOpen(path);
    jest.spyOn(fs, 'fdatasync').mockImplementation(((_fd: number, callback: (e: Error | null) => void) => callback(enospc('fdatasync'))) as unknown as typeof fs.fdatasync);
    const r = await store.append([statement(2)]);
    expect(isLeft(r) && r.left.message).toBe(
      `append to ${path}: the disk is full (ENOSPC: no space left on device, fdatasync); nothing was appended (the part of the batch already written was cut back): free space on that disk and try again`,
    );
    expect(statSync(path).size).toBe(size);
    await store.close();
  });

  it('refuses further appends when what it wrote could not be cut back, until the store is opened again, whose open cuts it', async () => {
    const { path, size } = await logOfOne();
    const store = await mustOpen(path);
    halfThenFull();
    jest.spyOn(fs, 'ftruncateSync').mockImplementation(() => {
      throw failure('EIO', 'EIO: i/o error, ftruncate');
    });
    const r = await store.append([statement(2), statement(3)]);
    expect(isLeft(r) && r.left.message).toBe(
      `append to ${path}: the disk is full (ENOSPC: no space left on device, write); the part of the batch already written could not be cut back (EIO: i/o error, ftruncate): open the store again before appending (its open cuts an unfinished batch); free space on that disk first`,
    );
    jest.restoreAllMocks();
    const refused = await store.append([statement(4)]);
    expect(isLeft(refused) && refused.left.message).toMatch(/an earlier append failed, and the part of its batch already written could not be cut back: open the store again/);
    await store.close();
    const reopened = await mustOpen(path);
    expect(reopened.recovery.tornTail).toMatchObject({ cut: true, offset: size });
    expect(await reopened.head()).toBe(1);
    await reopened.close();
  });
});

describe('opening a writer on a full disk', () => {
  it('leaves no empty lock file behind when the lock cannot be written, and says the disk is full', async () => {
    const { path } = await logOfOne();
    // The lock's pid is the first thing an open writes.
    jest.spyOn(fs, 'writeSync').mockImplementationOnce(() => {
      throw enospc('write');
    });
    const r = await openFileStore(path);
    expect(isLeft(r) && r.left).toMatchObject({
      _tag: 'StoreUnavailable',
      message: `open ${path}: cannot write the lock file ${path}.lock: the disk is full (ENOSPC: no space left on device, write); nothing was appended or changed: free space on that disk and try again`,
    });
    expect(existsSync(`${path}.lock`)).toBe(false);
    // Space freed, the next writer opens at once, with no lock to take over.
    jest.restoreAllMocks();
    const next = await mustOpen(path);
    expect(next.recovery).toEqual({});
    await next.close();
  });

  it('leaves no file behind when the torn tail cannot be saved, cuts nothing, and says the disk is full', async () => {
    const { path, size } = await logOfOne();
    truncateSync(path, size - 10);
    const before = readFileSync(path);
    const writeSync = fs.writeSync;
    let calls = 0;
    // The lock is written; the copy of the tail meets a full disk.
    jest.spyOn(fs, 'writeSync').mockImplementation(((...args: Parameters<typeof fs.writeSync>) => {
      if (calls++ === 0) return writeSync(...args);
      throw enospc('write');
    }) as typeof fs.writeSync);
    for (let attempt = 0; attempt < 2; attempt++) {
      calls = 0;
      const r = await openFileStore(path);
      expect(isLeft(r) && r.left._tag).toBe('StoreUnavailable');
      expect(isLeft(r) && r.left.message).toMatch(
        new RegExp(`^open ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the torn tail \\(line 1, ${size - 10} bytes\\) must be saved to .*\\.cut-[^ ]+ before it is cut, and could not be; nothing was cut: the disk is full \\(ENOSPC: no space left on device, write\\): free space on that disk and try again$`),
      );
    }
    expect(readdirSync(dirname(path))).toEqual([basename(path)]);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('opening for writing a log file this user may not write', () => {
  it('says that the file is not writable by this user and that reading it still works, and leaves no lock behind', async () => {
    const { path } = await logOfOne();
    const root = process.getuid?.() === 0;
    // Root writes any file: the refusal is then made as the system makes it for anyone else.
    if (root) {
      const openSync = fs.openSync;
      jest.spyOn(fs, 'openSync').mockImplementation(((file: fs.PathLike, flags?: fs.OpenMode, mode?: fs.Mode) => {
        if (file === path && flags === 'a+') throw failure('EACCES', `EACCES: permission denied, open '${path}'`);
        return openSync(file, flags ?? 'r', mode);
      }) as typeof fs.openSync);
    } else chmodSync(path, 0o444);
    try {
      const r = await openFileStore(path);
      expect(isLeft(r) && r.left).toMatchObject({
        _tag: 'StoreUnavailable',
        message: `open ${path}: the log file is not writable by this user (EACCES), so it cannot be opened for writing; reading it still works: open it with readOnly: true to read it, or make the file writable for this user to append`,
      });
      expect(existsSync(`${path}.lock`)).toBe(false);
      const reader = await mustOpen(path, { readOnly: true });
      expect(await reader.head()).toBe(1);
      await reader.close();
    } finally {
      if (!root) chmodSync(path, 0o644);
    }
  });
});

describe('opening a log file this user may neither read nor write (mode 000)', () => {
  it('says so, for a writer and a reader alike, with no advice to read it that would fail', async () => {
    const { path } = await logOfOne();
    const root = process.getuid?.() === 0;
    if (root) {
      const { openSync, accessSync } = fs;
      jest.spyOn(fs, 'openSync').mockImplementation(((file: fs.PathLike, flags?: fs.OpenMode, mode?: fs.Mode) => {
        if (file === path) throw failure('EACCES', `EACCES: permission denied, open '${path}'`);
        return openSync(file, flags ?? 'r', mode);
      }) as typeof fs.openSync);
      jest.spyOn(fs, 'accessSync').mockImplementation(((file: fs.PathLike, mode?: number) => {
        if (file === path) throw failure('EACCES', `EACCES: permission denied, access '${path}'`);
        return accessSync(file, mode);
      }) as typeof fs.accessSync);
    } else chmodSync(path, 0o000);
    try {
      const writer = await openFileStore(path);
      expect(isLeft(writer) && writer.left).toMatchObject({
        _tag: 'StoreUnavailable',
        message: `open ${path}: the log file is neither readable nor writable by this user (EACCES): give this user read access to read it, and write access to append`,
      });
      expect(existsSync(`${path}.lock`)).toBe(false);
      const reader = await openFileStore(path, { readOnly: true });
      expect(isLeft(reader) && reader.left).toMatchObject({ _tag: 'StoreUnavailable', message: `open ${path}: the log file is not readable by this user (EACCES): give this user read access to read it` });
    } finally {
      if (!root) chmodSync(path, 0o644);
    }
  });
});
