/**
 * The module `@stancelog/store-file` with every store its `openFileStore`
 * opens changed by `change` (methods of its own over the store's), for a
 * `jest.mock` factory: a test counts what a command reads of its log, or
 * steers what happens to it between two calls.
 *
 *   jest.mock('@stancelog/store-file', () =>
 *     jest.requireActual<typeof import('./file-store-spy.js')>('./file-store-spy.js').fileStoreSpy((store) => ({ read: ... })));
 *
 * A module of its own, importing no package at load: the harness imports
 * the CLI, which imports the very module being mocked.
 */
import type { FileStore } from '@stancelog/store-file';

type StoreFile = typeof import('@stancelog/store-file');

export function fileStoreSpy(change: (store: FileStore) => Partial<FileStore>): StoreFile {
  const actual = jest.requireActual<StoreFile>('@stancelog/store-file');
  return {
    ...actual,
    openFileStore: async (...args: Parameters<StoreFile['openFileStore']>) => {
      const opened = await actual.openFileStore(...args);
      if (opened._tag === 'Left') return opened;
      // The store's own methods under the changed ones.
      return { _tag: 'Right', right: Object.assign(Object.create(opened.right) as FileStore, change(opened.right)) };
    },
  };
}
