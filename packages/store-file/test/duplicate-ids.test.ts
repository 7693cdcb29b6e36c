import { appendFileSync, closeSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLeft } from 'fp-ts/lib/Either.js';
import { eventId, readAll } from '@stancelog/core';
import type { StoredEvent } from '@stancelog/core';
import { openFileStore } from '@stancelog/store-file';
import { encodeBatch } from '../src/line-format.js';
import { LogIndex } from '../src/log-index.js';
import { scanLog } from '../src/log-scan.js';
import { mustOpen, statement, tempDir } from './support.js';

/** A log of one batch of `n` statements, written by the store: line 1 its batch record, line 1 + i the event at position i. */
async function logOf(n: number): Promise<string> {
  const path = join(tempDir(), 'log.jsonl');
  const store = await mustOpen(path);
  await store.append(Array.from({ length: n }, (_, i) => statement(i + 1)));
  await store.close();
  return path;
}

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Opening `path` fails alike for a reader and a writer: StoreCorrupt at `line`, its message matching `pattern`; nothing changes. */
async function expectRefused(path: string, line: number, pattern: RegExp): Promise<void> {
  const before = readFileSync(path);
  for (const options of [{ readOnly: true }, {}]) {
    const r = await openFileStore(path, options);
    if (!isLeft(r)) await r.right.close();
    expect(isLeft(r) && r.left).toMatchObject({ _tag: 'StoreCorrupt', location: path, line });
    expect(isLeft(r) && r.left.message).toMatch(new RegExp(`^${escaped(path)}:${line}: `));
    expect(isLeft(r) && r.left.message).toMatch(pattern);
  }
  expect(readFileSync(path).equals(before)).toBe(true);
}

describe('an event id that occurs twice in a log', () => {
  it('fails the open, for readers and writers alike, when a line without a batch record copies a line of the store, naming both lines', async () => {
    const path = await logOf(9);
    const lines = readFileSync(path, 'utf8').split('\n');
    // The first statement again, at the next position: a line pasted by hand, no batch record vouching for it.
    appendFileSync(path, `${lines[1]!.replace('"position":1,', '"position":10,')}\n`);
    const id = (JSON.parse(lines[1]!) as { id: string }).id;
    await expectRefused(path, 11, new RegExp(`event ${id} at position 10 is already in the log, at line 2 \\(position 1\\): a line copied, or added twice .*The file is left as it is$`));
  });

  it('fails the open when two lines without batch records hold the same id, whatever their content', async () => {
    const path = await logOf(3);
    const events = await (async () => {
      const store = await mustOpen(path, { readOnly: true });
      const all = await readAll(store);
      await store.close();
      return all;
    })();
    // Lines of another tool (ids of its own), the second reusing the first's id for another event.
    const own = (position: number, n: number) => JSON.stringify({ ...events[0]!, id: 'entered-by-hand', position, data: { ...(statement(n).data as object) } });
    appendFileSync(path, `${own(4, 4)}\n${own(5, 5)}\n`);
    await expectRefused(path, 6, /event entered-by-hand at position 5 is already in the log, at line 5 \(position 4\)/);
  });

  it('fails the open when a batch of the store holds the id of an earlier line without a batch record', async () => {
    const path = await logOf(2);
    const store = await mustOpen(path, { readOnly: true });
    const [first] = await readAll(store);
    await store.close();
    // Position 3, by another tool: the id the store gives the third statement. Then a batch of the store (its checksum
    // sound) holding that very event at position 4: its line is trusted, its id is not.
    const third = { ...first!, id: eventId(statement(3)), position: 3, data: statement(3).data } as StoredEvent;
    appendFileSync(path, `${JSON.stringify(third)}\n`);
    appendFileSync(path, encodeBatch([{ ...third, position: 4 }]));
    await expectRefused(path, 6, new RegExp(`event ${third.id} at position 4 is already in the log, at line 4 \\(position 3\\)`));
  });

  it('builds no id set at open for a log of the store’s own batches, and the ids of the whole log once a line of another tool is met', async () => {
    const path = await logOf(5);
    const scanned = (): LogIndex => {
      const index = new LogIndex();
      const fd = openSync(path, 'r');
      try {
        expect(scanLog(fd, statSync(path).size, index, path)._tag).toBe('Right');
      } finally {
        closeSync(fd);
      }
      return index;
    };
    // Trusted lines: only located, nothing read from them at open.
    expect(scanned().ids).toBeUndefined();
    const store = await mustOpen(path, { readOnly: true });
    const fifth = (await readAll(store))[4]!;
    await store.close();
    appendFileSync(path, `${JSON.stringify({ ...fifth, id: 'entered-by-hand', position: 6 })}\n`);
    const index = scanned();
    expect(index.ids?.size).toBe(6);
    expect(index.ids?.has(fifth.id) && index.ids.has('entered-by-hand')).toBe(true);
  });

  it('is refused to a reader following the log when another tool appends the copy after it opened', async () => {
    const path = await logOf(2);
    const reader = await mustOpen(path, { readOnly: true });
    expect(await reader.head()).toBe(2);
    const lines = readFileSync(path, 'utf8').split('\n');
    appendFileSync(path, `${lines[2]!.replace('"position":2,', '"position":3,')}\n`);
    const failed = await reader.head().catch((e: unknown) => e);
    expect(failed).toMatchObject({ error: { _tag: 'StoreCorrupt', location: path, line: 4 } });
    expect((failed as Error).message).toMatch(/at position 3 is already in the log, at line 3 \(position 2\)/);
    await reader.close();
  });

  it('in two batches of the store (a batch copied whole, its record given the next position), refuses the first append, naming both lines', async () => {
    const path = await logOf(2);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, `${text}${text.replace('"first":1,', '"first":3,')}`);
    // Each batch matches its checksum: the open trusts them, and only the writer's id set, read at its first append, sees the copy.
    const store = await mustOpen(path);
    const r = await store.append([statement(9)]);
    const id = (JSON.parse(text.split('\n')[1]!) as { id: string }).id;
    expect(isLeft(r) && r.left).toMatchObject({ _tag: 'StoreCorrupt', location: path, line: 5 });
    expect(isLeft(r) && r.left.message).toMatch(new RegExp(`^${escaped(path)}:5: event ${id} at position 3 is already in the log, at line 2 \\(position 1\\)`));
    await store.close();
  });
});
