import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLeft } from 'fp-ts/lib/Either.js';
import { readAll } from '@stancelog/core';
import { IdSet } from '../src/id-set.js';
import { mustOpen, statement, tempDir } from './support.js';

describe('the id set of a writer', () => {
  it('holds store-made hex ids and any other id, and nothing else', () => {
    const ids = new IdSet();
    const hex = Array.from({ length: 5000 }, (_, i) => ((i + 1) * 2654435761).toString(16).padStart(32, '0').slice(-32));
    for (const id of hex) expect(ids.add(id)).toBe(true);
    expect(ids.add('written by hand')).toBe(true);
    expect(ids.add('00000000000000000000000000000000')).toBe(true);
    expect(ids.add(hex[17]!)).toBe(false);
    expect(ids.size).toBe(5002);
    for (const id of hex) expect(ids.has(id)).toBe(true);
    expect(ids.has('written by hand')).toBe(true);
    expect(ids.has('00000000000000000000000000000000')).toBe(true);
    expect(ids.has('ffffffffffffffffffffffffffffffff')).toBe(false);
    expect(ids.has('ABCDEF0123456789ABCDEF0123456789')).toBe(false);
  });

  it('reads the same ids from the bytes of a line as from strings', () => {
    const ids = new IdSet();
    const line = Buffer.from('{"id":"0123456789abcdef0123456789abcdef","position":1}');
    expect(ids.addHex(line, 7)).toBe(true);
    expect(ids.has('0123456789abcdef0123456789abcdef')).toBe(true);
    expect(ids.add('0123456789abcdef0123456789abcdef')).toBe(false);
    expect(ids.addHex(Buffer.from('{"id":"not-hex-at-all-not-hex-at-all!"}'), 7)).toBeUndefined();
  });
});

describe('a store reopened on an existing log', () => {
  async function logOf(events: number): Promise<string> {
    const path = join(tempDir(), 'log.jsonl');
    const store = await mustOpen(path);
    await store.append(Array.from({ length: events }, (_, i) => statement(i, i % 2 === 0 ? 'ukraine' : 'russia')));
    await store.close();
    return path;
  }

  it('skips events already in the log, read back from the file at the first append', async () => {
    const path = await logOf(10);
    const store = await mustOpen(path);
    const r = await store.append([statement(3, 'russia'), statement(10)]);
    expect(r._tag === 'Right' && r.right.duplicates.length).toBe(1);
    expect(r._tag === 'Right' && r.right.appended.map((e) => e.position)).toEqual([11]);
    const again = await store.append([statement(10)]);
    expect(again._tag === 'Right' && again.right).toMatchObject({ appended: [], head: 11 });
    await store.close();
  });

  it('answers tag reads and tag conditions from the file, then keeps them up to date', async () => {
    const path = await logOf(6);
    const store = await mustOpen(path);
    expect((await readAll(store, { tags: ['actor:russia'] })).map((e) => e.position)).toEqual([2, 4, 6]);
    const refused = await store.append([statement(7, 'russia')], { condition: { tags: ['actor:russia'], after: 4 } });
    expect(isLeft(refused) && refused.left._tag).toBe('AppendConflict');
    const accepted = await store.append([statement(7, 'russia')], { condition: { tags: ['actor:russia'], after: 6 } });
    expect(accepted._tag === 'Right' && accepted.right.head).toBe(7);
    expect((await readAll(store, { tags: ['actor:russia'] })).map((e) => e.position)).toEqual([2, 4, 6, 7]);
    await store.close();
  });

  it("keeps a follower's tag index up to date with the writer's later batches", async () => {
    const path = await logOf(2);
    const writer = await mustOpen(path);
    const reader = await mustOpen(path, { readOnly: true });
    expect((await readAll(reader, { tags: ['actor:russia'] })).map((e) => e.position)).toEqual([2]);
    await writer.append([statement(20, 'russia'), statement(21)]);
    expect((await readAll(reader, { tags: ['actor:russia'] })).map((e) => e.position)).toEqual([2, 3]);
    await reader.close();
    await writer.close();
  });

  it('indexes lines written by hand as well as its own', async () => {
    const path = await logOf(2);
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    // A third event, re-keyed by hand (another key order, an id of another tool's) and appended without a batch record.
    const third = JSON.parse(lines[2]!.replace('"position":2', '"position":3')) as Record<string, unknown>;
    const { data, type, tags, schema, recordedAt, position } = third;
    const id = 'entered-by-hand-3';
    writeFileSync(path, `${lines.join('\n')}\n${JSON.stringify({ data, type, tags, schema, recordedAt, position, id })}\n`);
    const store = await mustOpen(path);
    expect((await readAll(store, { tags: ['actor:russia'] })).map((e) => e.position)).toEqual([2, 3]);
    const r = await store.append([statement(1, 'russia')]);
    expect(r._tag === 'Right' && r.right.duplicates).toHaveLength(1);
    await store.close();
  });
});
