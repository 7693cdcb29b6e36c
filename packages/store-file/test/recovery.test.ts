import { appendFileSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLeft } from 'fp-ts/lib/Either.js';
import { readAll } from '@stancelog/core';
import { openFileStore } from '@stancelog/store-file';
import { mustOpen, statement, tempDir } from './support.js';

async function logWithTwoBatches(): Promise<{ path: string; size: number }> {
  const path = join(tempDir(), 'log.jsonl');
  const store = await mustOpen(path);
  await store.append([statement(1), statement(2)]);
  await store.append([statement(3), statement(4), statement(5)]);
  await store.close();
  return { path, size: statSync(path).size };
}

describe('opening a file whose last write was torn', () => {
  it('cuts a last line without newline, keeps every earlier event and reports what was cut', async () => {
    const { path, size } = await logWithTwoBatches();
    const torn = '{"batch":1,"first":6,"sha256":"ab';
    appendFileSync(path, torn);
    const store = await mustOpen(path);
    expect(store.recovery.tornTail).toMatchObject({ cut: true, offset: size, bytes: Buffer.byteLength(torn), line: 8, lines: 1 });
    expect(statSync(path).size).toBe(size);
    expect((await readAll(store)).map((e) => e.position)).toEqual([1, 2, 3, 4, 5]);
    const r = await store.append([statement(6)]);
    expect(r._tag === 'Right' && r.right.head).toBe(6);
    await store.close();
    const again = await mustOpen(path);
    expect(again.recovery.tornTail).toBeUndefined();
    expect(await again.head()).toBe(6);
    await again.close();
  });

  it('cuts a last line that is not JSON', async () => {
    const { path, size } = await logWithTwoBatches();
    appendFileSync(path, Buffer.from([0, 0, 0, 0, 0x0a]));
    const store = await mustOpen(path);
    expect(store.recovery.tornTail).toMatchObject({ cut: true, bytes: 5, lines: 1, reason: 'a last line that is not JSON' });
    expect(statSync(path).size).toBe(size);
    expect(await store.head()).toBe(5);
    await store.close();
  });

  it('cuts a batch with fewer complete lines than its batch record promises, whole', async () => {
    const { path } = await logWithTwoBatches();
    const text = readFileSync(path, 'utf8');
    const lines = text.split('\n');
    // Keep the first batch, the second batch's record and one of its three lines.
    const kept = `${lines.slice(0, 5).join('\n')}\n`;
    truncateSync(path, Buffer.byteLength(kept));
    const firstBatchEnd = Buffer.byteLength(`${lines.slice(0, 3).join('\n')}\n`);
    const store = await mustOpen(path);
    expect(store.recovery.tornTail).toMatchObject({ cut: true, offset: firstBatchEnd, line: 4, lines: 2 });
    expect(store.recovery.tornTail?.reason).toBe("a batch of 3 events with 1 complete line");
    expect((await readAll(store)).map((e) => e.position)).toEqual([1, 2]);
    expect(readFileSync(path, 'utf8')).toBe(`${lines.slice(0, 3).join('\n')}\n`);
    await store.close();
  });

  it('leaves a torn tail in place when opened read-only', async () => {
    const { path, size } = await logWithTwoBatches();
    appendFileSync(path, '{"id":"0123');
    const reader = await mustOpen(path, { readOnly: true });
    expect(reader.recovery.tornTail).toMatchObject({ cut: false, offset: size });
    expect(statSync(path).size).toBe(size + 11);
    expect(await reader.head()).toBe(5);
    await reader.close();
  });
});

describe('opening a corrupt file', () => {
  async function expectCorrupt(path: string, line: number, pattern: RegExp): Promise<void> {
    const before = readFileSync(path);
    for (let attempt = 0; attempt < 2; attempt++) {
      // Twice: a failed open releases its lock.
      const r = await openFileStore(path);
      expect(isLeft(r) && r.left).toMatchObject({ _tag: 'StoreCorrupt', location: path, line });
      expect(isLeft(r) && r.left.message).toMatch(pattern);
      expect(isLeft(r) && r.left.message.startsWith(`${path}:${line}: `)).toBe(true);
    }
    expect(readFileSync(path).equals(before)).toBe(true);
  }

  it('refuses a line in the middle that is not JSON, naming file and line, changing nothing', async () => {
    const { path } = await logWithTwoBatches();
    const lines = readFileSync(path, 'utf8').split('\n');
    lines.splice(3, 0, '{"id": oops');
    writeFileSync(path, lines.join('\n'));
    await expectCorrupt(path, 4, /not a JSON line/);
  });

  it('refuses an unverified line that is not a valid event, naming the field', async () => {
    const { path } = await logWithTwoBatches();
    const lines = readFileSync(path, 'utf8').split('\n');
    const event = JSON.parse(lines[1]!) as { data: { polarity: string } };
    event.data.polarity = 'perhaps';
    // Without its batch record the line is checked in full.
    writeFileSync(path, [JSON.stringify({ ...event, position: 1 }), ...lines.slice(3)].join('\n').replace(/"position":3,/, '"position":2,'));
    const r = await openFileStore(path);
    expect(isLeft(r) && r.left).toMatchObject({ _tag: 'StoreCorrupt', line: 1 });
    expect(isLeft(r) && r.left._tag === 'StoreCorrupt' && r.left.issues?.map((i) => i.path)).toContain('data.polarity');
  });

  it('refuses a batch whose lines were changed after they were written, naming its batch record', async () => {
    const { path } = await logWithTwoBatches();
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('restated position number 4', 'restated position number 9'));
    await expectCorrupt(path, 4, /do not match its checksum/);
  });

  it('refuses a gap in positions', async () => {
    const { path } = await logWithTwoBatches();
    const lines = readFileSync(path, 'utf8').split('\n');
    // Drop the second batch's record and its first line: position 4 follows 2.
    writeFileSync(path, [...lines.slice(0, 3), ...lines.slice(5)].join('\n'));
    await expectCorrupt(path, 4, /position 4 where 3 was expected/);
  });
});

describe('lines written by hand or by other tools', () => {
  it('accepts event lines without batch records, decoding them', async () => {
    const { path } = await logWithTwoBatches();
    const store = await mustOpen(path);
    const events = await readAll(store);
    await store.close();
    // What `jq -c 'select(.type)'` makes of the file.
    writeFileSync(path, events.map((e) => `${JSON.stringify(e)}\n`).join(''));
    const reopened = await mustOpen(path);
    expect(await readAll(reopened)).toEqual(events);
    const r = await reopened.append([statement(6)]);
    expect(r._tag === 'Right' && r.right.head).toBe(6);
    await reopened.close();
  });

  it('writes JSON lines, an envelope per event in a fixed key order, after a batch record', async () => {
    const { path } = await logWithTwoBatches();
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => ('batch' in l ? `batch of ${String(l.batch)}` : l.position))).toEqual(['batch of 2', 1, 2, 'batch of 3', 3, 4, 5]);
    expect(Object.keys(lines[1]!)).toEqual(['id', 'position', 'recordedAt', 'schema', 'tags', 'type', 'data']);
  });
});
