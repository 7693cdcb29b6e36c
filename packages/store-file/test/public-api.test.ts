import * as storeFile from '@stancelog/store-file';

describe('the public surface of @stancelog/store-file', () => {
  it('is the store, its snapshots and what they report; the line format, indexes and lock stay internal', () => {
    expect(Object.keys(storeFile).sort()).toEqual(['fileSnapshots', 'openFileStore', 'snapshotFolderOf']);
  });
});
