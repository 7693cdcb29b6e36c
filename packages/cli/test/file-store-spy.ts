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
import type { NewEvent } from '@stancelog/core';
import type { FileStore } from '@stancelog/store-file';

type StoreFile = typeof import('@stancelog/store-file');

export function fileStoreSpy(change: (store: FileStore, options: Parameters<StoreFile['openFileStore']>[1]) => Partial<FileStore>): StoreFile {
  const actual = jest.requireActual<StoreFile>('@stancelog/store-file');
  return {
    ...actual,
    openFileStore: async (...args: Parameters<StoreFile['openFileStore']>) => {
      const opened = await actual.openFileStore(...args);
      if (opened._tag === 'Left') return opened;
      // The store's own methods under the changed ones.
      return { _tag: 'Right', right: Object.assign(Object.create(opened.right) as FileStore, change(opened.right, args[1])) };
    },
  };
}

/**
 * The module with another command's events appended just before the
 * command's own append: those `take()` gives at that moment (it gives each
 * once), for a test of what a command does when another writes between its
 * read of the log and its append (the interleaving made deterministic).
 *
 *   let otherCommand: ReadonlyArray<NewEvent> = [];
 *   jest.mock('@stancelog/store-file', () =>
 *     jest.requireActual<typeof import('./file-store-spy.js')>('./file-store-spy.js').appendingBefore(() => {
 *       const other = otherCommand;
 *       otherCommand = [];
 *       return other;
 *     }));
 */
export function appendingBefore(take: () => ReadonlyArray<NewEvent>): StoreFile {
  return fileStoreSpy((store) => ({
    append: async (events, options) => {
      const other = take();
      if (other.length > 0) {
        const wrote = await store.append(other);
        if (wrote._tag === 'Left') throw new Error(wrote.left.message);
      }
      return store.append(events, options);
    },
  }));
}

/** One read of the log a command made: its query, as JSON, and how many events it yielded. */
export interface CountedRead {
  query: string;
  events: number;
}

/**
 * The module with every read of each store pushed onto the list `reads`
 * gives (its query and the events it yielded), for a test that checks a
 * command reads no more of its log than it must: a read of the whole log is
 * the cost that grows with the log. The list is asked for at each read, not
 * at the mock's making: jest runs the factory before the test's own
 * variables are set.
 *
 *   const reads: CountedRead[] = [];
 *   jest.mock('@stancelog/store-file', () =>
 *     jest.requireActual<typeof import('./file-store-spy.js')>('./file-store-spy.js').readCountingStore(() => reads));
 */
export function readCountingStore(reads: () => CountedRead[]): StoreFile {
  return fileStoreSpy((store) => ({
    read: (query) => {
      const counted = { query: JSON.stringify(query ?? {}), events: 0 };
      reads().push(counted);
      return (async function* () {
        for await (const chunk of store.read(query)) {
          counted.events += chunk.length;
          yield chunk;
        }
      })();
    },
  }));
}

/** One open of a log a command made: as a reader (`readOnly`) or a writer, and how many reads of it the command made. */
export interface CountedOpen {
  readOnly: boolean;
  reads: number;
}

/**
 * The module with every open of a log that succeeded pushed onto the list
 * `opens` gives, for a test that checks a command opens its log no more
 * often than it must: a file log's open scans the whole file. The list is
 * asked for at each open, as {@link readCountingStore}'s is.
 *
 *   const opens: CountedOpen[] = [];
 *   jest.mock('@stancelog/store-file', () =>
 *     jest.requireActual<typeof import('./file-store-spy.js')>('./file-store-spy.js').openCountingStore(() => opens));
 */
export function openCountingStore(opens: () => CountedOpen[]): StoreFile {
  return fileStoreSpy((store, options) => {
    const counted: CountedOpen = { readOnly: options?.readOnly === true, reads: 0 };
    opens().push(counted);
    return {
      read: (query) => {
        counted.reads += 1;
        return store.read(query);
      },
    };
  });
}
