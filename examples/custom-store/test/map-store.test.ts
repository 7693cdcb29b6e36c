// What the map store does beyond the conformance suite: a record damaged behind its back, after it opened the log
// (the suite's writeRaw opens the store again, whose open refuses such a record).
import { positions, project, readAll, StoreReadError, statementMade } from '@stancelog/core';
import { openMapStore } from '../src/map-store.js';

describe('the map store, a record damaged after it opened the log', () => {
  const said = (holder: string, quote: string) => statementMade({ holder, issue: 'ceasefire', kind: 'demand', polarity: '+', source: { quote } });

  it('rejects a read with a StoreReadError carrying a StoreCorrupt that names the position, as every store does, and project gives it back as that value', async () => {
    const storage = new Map<number, string>();
    const opened = openMapStore(storage);
    if (opened._tag === 'Left') throw new Error(opened.left.message);
    const store = opened.right;
    await store.append([said('ukraine', 'a truce now'), said('russia', 'a truce later')]);
    storage.set(2, '{"position": 2, not json'); // by another program
    const failed = await readAll(store).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(StoreReadError);
    expect((failed as StoreReadError).error).toMatchObject({ _tag: 'StoreCorrupt', location: 'position 2' });
    expect((failed as StoreReadError).message).toMatch(/^map store, position 2: not JSON \(SyntaxError: /);
    // A plain Error was taken by project for a store that could not be reached (StoreUnavailable).
    const projected = await project(store, positions());
    expect(projected._tag === 'Left' && projected.left._tag).toBe('StoreCorrupt');
    await store.close();
  });
});
