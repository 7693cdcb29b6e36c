// An app may load two copies of core: its own `import` (the ES build) and a store's `require` (the CommonJS one), or
// two versions. Each has its own classes; a store made with one is read by the other's projections all the same.
import { analysis, copyLog, follow, openMemoryStore, project, StoreReadError } from '@stancelog/core';

type Core = typeof import('@stancelog/core');

// A second copy of core's modules, as a second build of it would be: classes of its own.
function otherCopy(): Core {
  let other: Core | undefined;
  jest.isolateModules(() => {
    other = require('../src/index') as Core;
  });
  return other!;
}

describe('a store made by another copy of core', () => {
  const other = otherCopy();

  it('is another copy indeed: its classes are not these', () => {
    expect(other.StoreReadError).not.toBe(StoreReadError);
    expect(other.openMemoryStore).not.toBe(openMemoryStore);
  });

  it("throws read errors this copy's StoreReadError recognises, and that copy's recognises this one's", () => {
    const error = { _tag: 'StoreUnavailable', message: 'read: the store is closed' } as const;
    expect(new other.StoreReadError(error)).toBeInstanceOf(StoreReadError);
    expect(new StoreReadError(error)).toBeInstanceOf(other.StoreReadError);
    expect(Object.assign(new Error('read: the store is closed'), { error })).not.toBeInstanceOf(StoreReadError);
  });

  it('is refused by project, follow and copyLog as a store of this copy is, in its own words, not as a failure of theirs', async () => {
    const refusals = async (store: ReturnType<typeof openMemoryStore>) => {
      await store.close();
      const live = follow(store, analysis());
      const ready = await live.ready;
      return [await project(store, analysis()), await copyLog(store, openMemoryStore()), ready._tag === 'Left' ? ready.left : ready._tag];
    };
    const theirs = await refusals(other.openMemoryStore());
    expect(theirs).toEqual(await refusals(openMemoryStore()));
    expect(theirs[0]).toEqual({ _tag: 'Left', left: expect.objectContaining({ _tag: 'StoreUnavailable', message: 'read: the store is closed' }) });
  });
});
