// Options from JavaScript or a configuration file are not checked by the
// types: a wrong one is refused, naming it, before anything is opened.
import { existsSync } from 'node:fs';
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
    [{ readonly: true }, 'readonly: not an option (the options are readOnly, fsync, pollIntervalMillis, lockWaitMillis, upcasters; did you mean readOnly?)'],
    [{ upcasters: { type: 'statement-made' } }, 'upcasters: expected an array of upcasters ({ type, from, up }), got {"type":"statement-made"}'],
    [{ upcasters: [{ type: 'statement-made', from: '0', up: () => ({}) }] }, 'upcasters: expected an array of upcasters ({ type, from, up }), got [{"type":"statement-made","from":"0"}]'],
    [{ lockWaitMillis: -1 }, 'lockWaitMillis: expected milliseconds (0 or more), got -1'],
    [{ lockWait: Number.NaN }, 'lockWait: expected milliseconds (0 or more), got NaN'],
    [{ pollIntervalMillis: 0 }, 'pollIntervalMillis: expected milliseconds (more than 0), got 0'],
    [{ pollInterval: '100' }, 'pollInterval: expected milliseconds (more than 0), got "100"'],
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
    const writer = await openFileStore(path, { readOnly: false, fsync: 'never', lockWaitMillis: 0, pollIntervalMillis: undefined, lockWait: undefined, pollInterval: undefined, upcasters: [] });
    expect(isRight(writer)).toBe(true);
    const reader = await openFileStore(path, { readOnly: true, fsync: 'always', pollIntervalMillis: 5, lockWaitMillis: undefined });
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
