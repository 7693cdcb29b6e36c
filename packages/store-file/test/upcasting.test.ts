// Lines of an older schema version: read through the upcasters the store is
// given, never rewritten; without one, refused as what they are (old, not
// damaged). A review's finding: the file store took no upcasters, and called
// such a line damage.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLeft } from 'fp-ts/lib/Either.js';
import { copyLog, eventId, eventWithdrawn, positions, project, readAll, StoreReadError } from '@stancelog/core';
import type { Event, EventStore, StoredEvent, Upcaster } from '@stancelog/core';
import { openFileStore } from '@stancelog/store-file';
import { encodeBatchInto } from '../src/line-format.js';
import { mustOpen, statement, tempDir } from './support.js';

// Version 0 of statement-made said `stance: 'for' | 'against'` where version 1 says `polarity`.
const polarityFromStance: Upcaster = {
  type: 'statement-made',
  from: 0,
  up: (data) => {
    const { stance, ...rest } = data as { stance: string };
    return { ...rest, polarity: stance === 'for' ? '+' : '-' };
  },
};
const v0data = { holder: 'russia', issue: 'ceasefire', kind: 'reject', stance: 'against', statedAt: '2025-03-13', source: { quote: 'a pause would only help them regroup' } };
// The line an older release wrote: its id the hash of the data as written then.
const v0line = (position: number): StoredEvent =>
  ({
    id: eventId({ type: 'statement-made', data: v0data } as unknown as Event),
    position,
    recordedAt: '2025-03-14T09:00:00.000Z',
    schema: 0,
    tags: ['actor:russia', 'issue:ceasefire'],
    type: 'statement-made',
    data: v0data,
  }) as unknown as StoredEvent;

/** A log of one statement of this release, then the older line, outside any batch (as a hand or another tool adds it). */
async function logWithOldLine(): Promise<string> {
  const path = join(tempDir(), 'talks.jsonl');
  const writer = await mustOpen(path);
  await writer.append([statement(1)]);
  await writer.close();
  appendFileSync(path, JSON.stringify(v0line(2)) + '\n');
  return path;
}

describe('a file log holding a line of an older schema version', () => {
  it('opens with an upcaster for it, reads the line upcast under the id it was written with, and never rewrites it', async () => {
    const path = await logWithOldLine();
    const before = readFileSync(path, 'utf8');
    const store = await mustOpen(path, { upcasters: [polarityFromStance] });
    const events = await readAll(store);
    expect(events.map((e) => [e.position, e.schema, e.type === 'statement-made' && e.data.polarity])).toEqual([[1, 1, '+'], [2, 1, '-']]);
    expect(events[1]!.id).toBe(v0line(2).id);
    // Appends go on after it; the line stays as it was written.
    const r = await store.append([statement(3)]);
    expect(isLeft(r) ? r.left.message : r.right.head).toBe(3);
    await store.close();
    expect(readFileSync(path, 'utf8').startsWith(before)).toBe(true);
  });

  it('refuses to open it without the upcaster, saying it is of an older schema and which upcaster it needs, not that it is damaged', async () => {
    const path = await logWithOldLine();
    const before = readFileSync(path, 'utf8');
    const r = await openFileStore(path);
    if (!isLeft(r)) await r.right.close();
    expect(isLeft(r) && r.left).toEqual({
      _tag: 'StoreUnavailable',
      message: `${path}:3: written by an older schema (statement-made version 0; this release reads version 1): open the store with an upcaster for statement-made 0→1 (the upcasters option of openFileStore); the line is not damaged, and the file is left as it is`,
    });
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('reads a line of an older schema in a batch the older release wrote (the open decodes no line of a batch) through the upcaster, and without it fails the read saying so', async () => {
    const path = join(tempDir(), 'talks.jsonl');
    writeFileSync(path, encodeBatchInto([v0line(1)]).bytes);
    const upcasting = await mustOpen(path, { readOnly: true, upcasters: [polarityFromStance] });
    expect((await readAll(upcasting)).map((e) => e.type === 'statement-made' && e.data.polarity)).toEqual(['-']);
    await upcasting.close();
    const plain = await mustOpen(path, { readOnly: true });
    const failed = await readAll(plain).catch((e: unknown) => e);
    await plain.close();
    expect(failed).toBeInstanceOf(StoreReadError);
    expect((failed as StoreReadError).error).toEqual({
      _tag: 'StoreUnavailable',
      message: `${path}:2: written by an older schema (statement-made version 0; this release reads version 1): open the store with an upcaster for statement-made 0→1 (the upcasters option of openFileStore); the line is not damaged, and the file is left as it is`,
    });
  });

  it('follows a writer through the upcasters when a reader sees an older line appended', async () => {
    const path = join(tempDir(), 'talks.jsonl');
    const writer = await mustOpen(path);
    await writer.append([statement(1)]);
    await writer.close();
    const reader = await mustOpen(path, { readOnly: true, upcasters: [polarityFromStance] });
    expect(await reader.head()).toBe(1);
    appendFileSync(path, JSON.stringify(v0line(2)) + '\n');
    expect((await readAll(reader)).map((e) => e.type === 'statement-made' && e.data.polarity)).toEqual(['+', '-']);
    await reader.close();
  });

  it('is copied to another file log as it was written (copyLog): the same id, schema and data, a withdrawal of it still applying, the copy reading it upcast, and a copy run again appending nothing', async () => {
    const path = await logWithOldLine();
    const source = await mustOpen(path, { upcasters: [polarityFromStance] });
    const withdrawn = await source.append([eventWithdrawn(v0line(2).id, 'misattributed')]);
    expect(isLeft(withdrawn) ? withdrawn.left.message : withdrawn.right.head).toBe(3);
    const copyPath = join(tempDir(), 'copy.jsonl');
    const target = await mustOpen(copyPath, { upcasters: [polarityFromStance] });
    const r = await copyLog(source, target, { batchSize: 2 });
    expect(isLeft(r) ? r.left.message : r.right).toEqual({ read: 3, appended: 3, duplicates: 0, head: 3 });
    // The line as the older release wrote it, under its id.
    const lines = readFileSync(copyPath, 'utf8').split('\n').filter((l) => l.startsWith('{"id"')).map((l) => JSON.parse(l) as StoredEvent);
    expect(lines.map((l) => [l.position, l.schema])).toEqual([[1, 1], [2, 0], [3, 1]]);
    expect(lines[1]).toEqual({ ...v0line(2), recordedAt: '2025-03-14T09:00:00.000Z' });
    const [sourceEvents, copiedEvents] = [await readAll(source), await readAll(target)];
    expect(copiedEvents).toEqual(sourceEvents);
    const positionsOf = async (store: EventStore) => {
      const p = await project(store, positions());
      if (isLeft(p)) throw new Error(p.left.message);
      return [...p.right.state.byIssue.values()].flatMap((byHolder) => [...byHolder.keys()]);
    };
    expect(await positionsOf(target)).toEqual(['ukraine']); // russia's statement withdrawn in the copy too
    expect(await copyLog(source, target)).toEqual({ _tag: 'Right', right: { read: 3, appended: 0, duplicates: 3, head: 3 } });
    await Promise.all([source.close(), target.close()]);
    // Opened again, the copy reads as the source.
    const again = await mustOpen(copyPath, { upcasters: [polarityFromStance] });
    expect(await readAll(again)).toEqual(sourceEvents);
    await again.close();
  });

  it('hands back an event of an older schema it appended as a read gives it: upcast', async () => {
    const store = await mustOpen(join(tempDir(), 'talks.jsonl'), { upcasters: [polarityFromStance] });
    const { position: _position, id: _id, tags: _tags, ...written } = v0line(1);
    const r = await store.append([written as never]);
    expect(isLeft(r) ? r.left.message : r.right.appended.map((e) => [e.id, e.schema, e.type === 'statement-made' && e.data.polarity])).toEqual([[v0line(1).id, 1, '-']]);
    expect(await readAll(store)).toEqual(isLeft(r) ? [] : r.right.appended);
    await store.close();
  });
});
