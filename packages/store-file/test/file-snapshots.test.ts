import { mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { positionList, positions, project, statementMade } from '@stancelog/core';
import type { Event } from '@stancelog/core';
import { fileSnapshots } from '@stancelog/store-file';
import { mustOpen, statement, tempDir } from './support.js';

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

  it("removes, at its next save, the temporary file of a save that a crash cut short (its process gone), and leaves a running one's", async () => {
    const dir = tempDir();
    const snapshots = fileSnapshots(dir);
    await snapshots.save({ reducer: 'positions', version: '1', position: 10, state: 'old' });
    // A pid no process has (above Linux's pid_max), and this process's parent, which runs.
    const crashed = 'positions.snapshot.4194999.0123456789ab.tmp';
    const running = `positions.snapshot.${process.ppid}.0123456789ab.tmp`;
    const recent = 'positions.snapshot.4194998.0123456789ab.tmp';
    const another = 'contradictions.snapshot.4194999.0123456789ab.tmp';
    for (const name of [crashed, running, recent, another]) writeFileSync(join(dir, name), 'half a snapshot');
    const aMinuteAgo = new Date(Date.now() - 61_000);
    for (const name of [crashed, running, another]) utimesSync(join(dir, name), aMinuteAgo, aMinuteAgo);
    await snapshots.save({ reducer: 'positions', version: '1', position: 20, state: 'new' });
    // The one still changing may be a save on another host sharing the folder; another reducer's waits for its own save.
    expect(readdirSync(dir).sort()).toEqual([another, 'positions.snapshot', recent, running].sort());
    expect((await snapshots.load('positions', '1'))?.state).toBe('new');
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

  it('loads a snapshot whose bytes changed after it was saved without its event id, so that project never starts from it, and replaces it', async () => {
    const dir = tempDir();
    const snapshots = fileSnapshots(dir);
    await snapshots.save({ reducer: 'positions', version: '1', position: 7, eventId: 'e7', state: { holder: 'poland' } });
    const file = join(dir, 'positions.snapshot');
    writeFileSync(file, Buffer.from(readFileSync(file).toString('latin1').replace('poland', 'polanx'), 'latin1'));
    const loaded = await snapshots.load('positions', '1');
    expect(loaded?.position).toBe(7);
    expect(loaded?.eventId).toBeUndefined();
  });

  it('loads a snapshot saved before snapshots had a checksum without its event id, so that project ignores it as unverifiable and replaces it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'positions.snapshot'), serialize({ reducer: 'positions', version: '1', position: 7, eventId: 'e7', state: 'old' }));
    expect(await fileSnapshots(dir).load('positions', '1')).toEqual({ reducer: 'positions', version: '1', position: 7, state: 'old' });
  });

  it('leaves no temporary file behind when the rename over the old snapshot fails', async () => {
    const dir = tempDir();
    // A folder where the snapshot goes: the rename fails.
    mkdirSync(join(dir, 'positions.snapshot'));
    const snapshots = fileSnapshots(dir);
    await expect(snapshots.save({ reducer: 'positions', version: '1', position: 1, state: 'x' })).rejects.toThrow();
    await expect(snapshots.save({ reducer: 'positions', version: '1', position: 1, state: 'x' })).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['positions.snapshot']);
  });
});

describe("a file store's snapshots, tied to its log file", () => {
  const said = (polarity: '+' | '-', quote: string): Event =>
    statementMade({ holder: 'poland', issue: 'sanctions', kind: 'demand', polarity, statedAt: '2025-01-01', source: { quote } });

  it('ignore, as of another log, a snapshot of the log deleted and made again with an earlier statement corrected, though the event at its position is the same', async () => {
    const path = join(tempDir(), 'log.jsonl');
    const filler = Array.from({ length: 20 }, (_, i) => statement(i));
    const first = await mustOpen(path);
    await first.append([said('+', 'Poland demands sanctions'), ...filler]);
    await project(first, positions(), { snapshots: first.snapshots, snapshotEvery: 1 });
    await first.close();
    rmSync(path);
    const again = await mustOpen(path);
    await again.append([said('-', 'Poland rejects sanctions'), ...filler]);
    const r = await project(again, positions(), { snapshots: again.snapshots, snapshotEvery: 1_000 });
    if (r._tag === 'Left') throw new Error(r.left.message);
    expect(r.right.snapshotIgnored).toEqual({ position: 21, reason: 'other-log' });
    expect(positionList(r.right.state).find((p) => p.holder === 'poland')?.polarity).toBe('-');
    // Replaced at once by one of this file: the next projection starts from it.
    const next = await project(again, positions(), { snapshots: again.snapshots, snapshotEvery: 1_000 });
    expect(next._tag === 'Right' && [next.right.replayed, next.right.snapshotIgnored]).toEqual([0, undefined]);
    await again.close();
  });

  it('are kept by a store opened on the same file again', async () => {
    const path = join(tempDir(), 'log.jsonl');
    const first = await mustOpen(path);
    await first.append([statement(1), statement(2)]);
    await project(first, positions(), { snapshots: first.snapshots, snapshotEvery: 1 });
    await first.close();
    const again = await mustOpen(path, { readOnly: true });
    const r = await project(again, positions(), { snapshots: again.snapshots });
    expect(r._tag === 'Right' && [r.right.replayed, r.right.snapshotIgnored]).toEqual([0, undefined]);
    await again.close();
  });
});
