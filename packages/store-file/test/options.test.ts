// Options from JavaScript or a configuration file are not checked by the
// types: a wrong one is refused, naming it, before anything is opened.
import { existsSync, readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { openFileStore } from '@stancelog/store-file';
import type { FileStoreOptions } from '@stancelog/store-file';
import { statement, tempDir } from './support.js';

const asOptions = (o: Record<string, unknown>): FileStoreOptions => o as FileStoreOptions;

describe('the options of openFileStore', () => {
  it.each([
    [{ fsync: 'on' }, 'fsync: expected "always" or "never", got "on"'],
    [{ readOnly: 'yes' }, 'readOnly: expected true or false, got "yes"'],
    [{ mustExist: 1 }, 'mustExist: expected true or false, got 1'],
    [{ readonly: true }, 'readonly: not an option (the options are readOnly, mustExist, fsync, pollIntervalMillis, lockWaitMillis, upcasters; did you mean readOnly?)'],
    [{ upcasters: { type: 'statement-made' } }, 'upcasters: expected an array of upcasters ({ type, from, up }), got {"type":"statement-made"}'],
    [{ upcasters: [{ type: 'statement-made', from: '0', up: () => ({}) }] }, 'upcasters: expected an array of upcasters ({ type, from, up }), got [{"type":"statement-made","from":"0"}]'],
    [{ lockWaitMillis: -1 }, 'lockWaitMillis: expected milliseconds (0 or more), got -1'],
    [{ lockWait: Number.NaN }, 'lockWait: expected milliseconds (0 or more), got NaN'],
    [{ pollIntervalMillis: 0 }, 'pollIntervalMillis: expected milliseconds (more than 0, at most 2147483647), got 0'],
    [{ pollInterval: '100' }, 'pollInterval: expected milliseconds (more than 0, at most 2147483647), got "100"'],
    // Longer than a timer of node's can wait: the reader polled every millisecond instead (stop 57, a newsroom's desk).
    [{ pollIntervalMillis: 2 ** 31 }, 'pollIntervalMillis: expected milliseconds (more than 0, at most 2147483647), got 2147483648'],
  ])('refuses %j, naming the option, and creates nothing', async (options, problem) => {
    const path = join(tempDir(), 'talks', 'log.jsonl');
    const r = await openFileStore(path, asOptions(options));
    if (!isLeft(r)) await r.right.close();
    expect(isLeft(r) && r.left).toEqual({ _tag: 'StoreUnavailable', message: `open ${path}: ${problem}` });
    expect(existsSync(join(path, '..'))).toBe(false); // no folder, no lock
  });

  it('refuses an option it would read inherited, and options that are an array, as a Left, creating nothing (a leftover of stop 50: it opened read-only on an inherited readOnly: "yes", and took [] as no options)', async () => {
    for (const [options, problem] of [
      [Object.create({ readOnly: 'yes' }), 'readOnly: expected true or false, got "yes"'],
      [[], 'expected an object of options, got []'],
    ] as const) {
      const path = join(tempDir(), 'talks', 'log.jsonl');
      const r = await openFileStore(path, options as FileStoreOptions);
      if (!isLeft(r)) await r.right.close();
      expect(isLeft(r) && r.left).toEqual({ _tag: 'StoreUnavailable', message: `open ${path}: ${problem}` });
      expect(existsSync(join(path, '..'))).toBe(false);
    }
  });

  it('takes every option it documents, and undefined for any of them', async () => {
    const path = join(tempDir(), 'log.jsonl');
    const writer = await openFileStore(path, { readOnly: false, mustExist: undefined, fsync: 'never', lockWaitMillis: 0, pollIntervalMillis: undefined, lockWait: undefined, pollInterval: undefined, upcasters: [] });
    expect(isRight(writer)).toBe(true);
    const reader = await openFileStore(path, { readOnly: true, mustExist: true, fsync: 'always', pollIntervalMillis: 5, lockWaitMillis: undefined });
    expect(isRight(reader)).toBe(true);
    if (isRight(reader)) await reader.right.close();
    if (isRight(writer)) await writer.right.close();
  });

  it('takes null append options as none, as the memory store does, rather than fail reading a field of null', async () => {
    const path = join(tempDir(), 'log.jsonl');
    const store = await openFileStore(path);
    if (isLeft(store)) throw new Error(store.left.message);
    const r = await store.right.append([statement(1)], null as unknown as undefined);
    expect(r._tag === 'Right' && r.right.head).toBe(1);
    await store.right.close();
  });
});

describe('openFileStore with mustExist', () => {
  const noLog = (path: string) => `open ${path}: there is no log there, and this open (mustExist) creates none: check the path, or open it without mustExist to create the log`;

  it('refuses, as a writer, a log that is not there, naming the path and what to do, and creates nothing (no log, no folder, no lock file)', async () => {
    const path = join(tempDir(), 'talks', 'log.jsonl');
    const r = await openFileStore(path, { mustExist: true });
    if (!isLeft(r)) await r.right.close();
    expect(isLeft(r) && r.left).toEqual({ _tag: 'StoreUnavailable', message: noLog(path) });
    expect(existsSync(join(path, '..'))).toBe(false);
  });

  it('refuses a log deleted while it waited for the lock, rather than create it anew, empty (a leftover of stop 54)', async () => {
    const dir = tempDir();
    const path = join(dir, 'log.jsonl');
    const holder = await openFileStore(path);
    if (isLeft(holder)) throw new Error(holder.left.message);
    await holder.right.append([statement(1)]);
    // Past the check that the log is there, the open waits for the holder's lock; the log is deleted meanwhile.
    const waiting = openFileStore(path, { mustExist: true, lockWaitMillis: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    unlinkSync(path);
    await holder.right.close();
    const r = await waiting;
    if (!isLeft(r)) await r.right.close();
    expect(isLeft(r) && { _tag: r.left._tag, message: r.left.message }).toEqual({ _tag: 'StoreUnavailable', message: noLog(path) });
    expect(readdirSync(dir)).toEqual([]); // no log made, and the lock it took released
  });

  it('opens a log that is there for writing, as without it', async () => {
    const path = join(tempDir(), 'log.jsonl');
    const first = await openFileStore(path);
    if (isLeft(first)) throw new Error(first.left.message);
    await first.right.append([statement(1)]);
    await first.right.close();
    const again = await openFileStore(path, { mustExist: true });
    if (isLeft(again)) throw new Error(again.left.message);
    const r = await again.right.append([statement(2)]);
    expect(r._tag === 'Right' && r.right.head).toBe(2);
    await again.right.close();
  });
});
