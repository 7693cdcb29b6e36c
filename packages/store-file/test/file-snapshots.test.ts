import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileSnapshots } from '@stancelog/store-file';
import { tempDir } from './support.js';

describe('file snapshots', () => {
  it('keeps Maps, Sets and Dates across a save and a load from another store on the same directory', async () => {
    const dir = tempDir();
    const state = { positions: new Map([['russia', new Set(['ceasefire', 'nato-membership'])]]), at: new Date('2025-05-17T09:00:00Z') };
    await fileSnapshots(dir).save({ reducer: 'positions', version: '3', position: 120, state });
    const loaded = await fileSnapshots(dir).load<typeof state>('positions', '3');
    // node:v8 builds the Map outside jest's sandbox: compare through its own methods.
    expect(loaded && { ...loaded, state: undefined }).toEqual({ reducer: 'positions', version: '3', position: 120, state: undefined });
    const russia = loaded?.state.positions.get('russia');
    expect(Object.prototype.toString.call(russia)).toBe('[object Set]');
    expect([...(russia ?? [])]).toEqual(['ceasefire', 'nato-membership']);
    expect(loaded?.state.at.toISOString()).toBe('2025-05-17T09:00:00.000Z');
  });

  it('loads nothing for another version of the reducer, or for an unknown reducer', async () => {
    const snapshots = fileSnapshots(tempDir());
    await snapshots.save({ reducer: 'positions', version: '3', position: 120, state: 1 });
    expect(await snapshots.load('positions', '4')).toBeUndefined();
    expect(await snapshots.load('contradictions', '3')).toBeUndefined();
  });

  it('replaces a snapshot by renaming a complete file over it, leaving no temporary file', async () => {
    const dir = tempDir();
    const snapshots = fileSnapshots(dir);
    await snapshots.save({ reducer: 'positions', version: '1', position: 10, state: 'old' });
    await snapshots.save({ reducer: 'positions', version: '1', position: 20, state: 'new' });
    expect((await snapshots.load('positions', '1'))?.position).toBe(20);
    expect(readdirSync(dir)).toEqual(['positions.snapshot']);
  });

  it('keeps reducers whose names hold slashes or dots apart, inside the directory', async () => {
    const dir = tempDir();
    const snapshots = fileSnapshots(dir);
    await snapshots.save({ reducer: '../escape', version: '1', position: 1, state: 'a' });
    await snapshots.save({ reducer: 'a/b', version: '1', position: 2, state: 'b' });
    expect((await snapshots.load('../escape', '1'))?.state).toBe('a');
    expect((await snapshots.load('a/b', '1'))?.state).toBe('b');
    expect(readdirSync(dir).sort()).toEqual(['..%2Fescape.snapshot', 'a%2Fb.snapshot']);
  });

  it('keeps a reducer with a name too long for a file name, apart from one sharing its start', async () => {
    const dir = tempDir();
    const snapshots = fileSnapshots(dir);
    const long = (end: string) => `analysis(${Array.from({ length: 20 }, (_, i) => `rule-${i}@3:30`).join(',')},${end})`;
    await snapshots.save({ reducer: long('a'), version: '1', position: 1, state: 'a' });
    await snapshots.save({ reducer: long('b'), version: '1', position: 2, state: 'b' });
    expect([(await snapshots.load(long('a'), '1'))?.state, (await snapshots.load(long('b'), '1'))?.state]).toEqual(['a', 'b']);
    expect(readdirSync(dir).every((name) => name.length < 130)).toBe(true);
  });

  it('loads nothing from a damaged snapshot, so the state is rebuilt from the log', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'positions.snapshot'), 'not a v8 serialisation');
    expect(await fileSnapshots(dir).load('positions', '1')).toBeUndefined();
  });
});
