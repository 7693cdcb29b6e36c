import * as storeFile from '@stancelog/store-file';

describe('the public surface of @stancelog/store-file', () => {
  it('is the store, its snapshots and their listing, what they report and the state of its writer lock; the line format, indexes and how the lock is taken stay internal', () => {
    expect(Object.keys(storeFile).sort()).toEqual(['fileSnapshots', 'lockStatus', 'openFileStore', 'snapshotFiles', 'snapshotFolderOf']);
  });
});
