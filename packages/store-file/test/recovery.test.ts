import { appendFileSync, existsSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isLeft } from 'fp-ts/lib/Either.js';
import { eventId, readAll } from '@stancelog/core';
import type { Statement, StoredEvent } from '@stancelog/core';
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

/** Opening `path` for writing fails with StoreCorrupt at `line`, twice (a failed open releases its lock), changing nothing. */
async function expectCorrupt(path: string, line: number, pattern: RegExp): Promise<void> {
  const before = readFileSync(path);
  for (let attempt = 0; attempt < 2; attempt++) {
    const r = await openFileStore(path);
    expect(isLeft(r) && r.left).toMatchObject({ _tag: 'StoreCorrupt', location: path, line });
    expect(isLeft(r) && r.left.message).toMatch(pattern);
    expect(isLeft(r) && r.left.message.startsWith(`${path}:${line}: `)).toBe(true);
  }
  expect(readFileSync(path).equals(before)).toBe(true);
  expect(readdirSync(dirname(path))).toEqual([basename(path)]);
}

describe('opening a file whose last write was torn', () => {
  it('cuts a batch record cut short at the end, keeps every earlier event and reports what was cut', async () => {
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
    expect(store.recovery.tornTail?.reason).toBe('a batch of 3 events, 1 complete');
    expect((await readAll(store)).map((e) => e.position)).toEqual([1, 2]);
    expect(readFileSync(path, 'utf8')).toBe(`${lines.slice(0, 3).join('\n')}\n`);
    await store.close();
  });

  it('names a torn batch of one event in the singular', async () => {
    const { path, size } = await logWithTwoBatches();
    const store = await mustOpen(path);
    await store.append([statement(6)]);
    await store.close();
    // The batch record and half of its one line.
    truncateSync(path, size + Math.floor((statSync(path).size - size) / 2));
    const reopened = await mustOpen(path);
    expect(reopened.recovery.tornTail?.reason).toBe('a batch of 1 event, none complete');
    await reopened.close();
  });

  it('saves the bytes it cuts in a file beside the log, and names that file', async () => {
    const { path, size } = await logWithTwoBatches();
    const whole = readFileSync(path);
    const firstBatchEnd = Buffer.byteLength(`${whole.toString('utf8').split('\n').slice(0, 3).join('\n')}\n`);
    truncateSync(path, size - 10);
    const store = await mustOpen(path);
    const saved = store.recovery.tornTail?.savedTo;
    expect(saved).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.cut-\\d{4}-\\d\\d-\\d\\dT\\d{6}\\.\\d{3}Z$`));
    expect(readFileSync(saved!).equals(whole.subarray(firstBatchEnd, size - 10))).toBe(true);
    await store.close();
  });

  it('cuts nothing, and saves nothing, when opened read-only', async () => {
    const { path, size } = await logWithTwoBatches();
    truncateSync(path, size - 10);
    const reader = await mustOpen(path, { readOnly: true });
    expect(reader.recovery.tornTail).toMatchObject({ cut: false });
    expect(reader.recovery.tornTail?.savedTo).toBeUndefined();
    expect(readdirSync(dirname(path))).toEqual(['log.jsonl']);
    await reader.close();
  });

  it('refuses, and does not cut, a last batch that lacks a line in its middle: a crash leaves only its first lines', async () => {
    const { path } = await logWithTwoBatches();
    const lines = readFileSync(path, 'utf8').split('\n');
    // The second batch (positions 3 to 5, lines 5 to 7) without its middle line: 3 and 5 are acknowledged events.
    lines.splice(5, 1);
    writeFileSync(path, lines.join('\n'));
    await expectCorrupt(path, 6, /position 5 where 4 was expected \(a line of the batch is missing before it\); to recover the log, see "Recovering a damaged log" in the README of @stancelog\/store-file\. The batch of line 4 ends the file unfinished \(3 lines promised\), but a crash leaves only its first lines, whole and in order, so this is no torn write to cut/);
    expect((await openFileStore(path, { readOnly: true }))._tag).toBe('Left');
  });

  it('refuses, and does not cut, a last unfinished batch whose first line was changed', async () => {
    const { path } = await logWithTwoBatches();
    const lines = readFileSync(path, 'utf8').split('\n');
    lines.splice(6, 1);
    writeFileSync(path, lines.join('\n').replace('restated position number 3', 'restated position number 9'));
    await expectCorrupt(path, 5, /is not the hash of the line's content/);
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

describe('opening a log whose last append a power loss cut short, leaving zeros where its data should be', () => {
  // A file system that journals metadata only (ext4, XFS) may keep the file's new size and not all of the data
  // written before it: what is missing reads as zero bytes, a page (4096 bytes) or more, with any bytes after it intact.
  async function zeroed(range: (bounds: { firstBatchEnd: number; size: number }) => [number, number]): Promise<{ path: string; before: Buffer; firstBatchEnd: number; firstNul: number }> {
    const { path, size } = await logWithTwoBatches();
    const bytes = readFileSync(path);
    const firstBatchEnd = Buffer.byteLength(`${bytes.toString('utf8').split('\n').slice(0, 3).join('\n')}\n`);
    const [from, to] = range({ firstBatchEnd, size });
    const before = Buffer.concat([bytes.subarray(0, from), Buffer.alloc(to - from), bytes.subarray(Math.min(to, size))]);
    writeFileSync(path, before);
    return { path, before, firstBatchEnd, firstNul: from };
  }

  const zerosReason = (at: number) => `zero bytes (NUL) at byte ${at}, in the last batch: an append cut short by a power loss (the file's new size reached the disk before all of its data)`;

  it('cuts the last batch when zeros stand in the middle of its lines, saving the bytes, and keeps every batch before it', async () => {
    const { path, before, firstBatchEnd, firstNul } = await zeroed(({ firstBatchEnd: b }) => [b + 150, b + 400]);
    const store = await mustOpen(path);
    expect(store.recovery.tornTail).toMatchObject({ cut: true, offset: firstBatchEnd, bytes: before.length - firstBatchEnd, line: 4, reason: zerosReason(firstNul) });
    expect(readFileSync(store.recovery.tornTail!.savedTo!).equals(before.subarray(firstBatchEnd))).toBe(true);
    expect(readFileSync(path).equals(before.subarray(0, firstBatchEnd))).toBe(true);
    expect((await readAll(store)).map((e) => e.position)).toEqual([1, 2]);
    const r = await store.append([statement(3)]);
    expect(r._tag === 'Right' && r.right.head).toBe(3);
    await store.close();
  });

  it('cuts the last batch when the zeros cover its batch record, in part or whole', async () => {
    for (const skip of [20, 0]) {
      const { path, before, firstBatchEnd, firstNul } = await zeroed(({ firstBatchEnd: b }) => [b + skip, b + 200]);
      const store = await mustOpen(path);
      expect(store.recovery.tornTail).toMatchObject({ cut: true, offset: firstBatchEnd, bytes: before.length - firstBatchEnd, line: 4, reason: zerosReason(firstNul) });
      expect(await store.head()).toBe(2);
      await store.close();
    }
  });

  it('cuts the last batch when zeros run to the end of the file, past what was written (its last line cut short, as a crash leaves it)', async () => {
    const { path, size } = await logWithTwoBatches();
    const firstBatchEnd = Buffer.byteLength(`${readFileSync(path, 'utf8').split('\n').slice(0, 3).join('\n')}\n`);
    truncateSync(path, size - 100);
    appendFileSync(path, Buffer.alloc(4096));
    const store = await mustOpen(path);
    expect(store.recovery.tornTail).toMatchObject({ cut: true, offset: firstBatchEnd, bytes: size - 100 + 4096 - firstBatchEnd, reason: 'a batch of 3 events, 2 complete' });
    expect(statSync(path).size).toBe(firstBatchEnd);
    await store.close();
  });

  it('cuts the whole file when the zeros are in the first append of a log, after its batch record', async () => {
    const { path } = await logWithTwoBatches();
    const bytes = readFileSync(path);
    // The first batch's record, its first line, zeros in its second, then that line's end: zeros, not a line cut short.
    const secondLine = bytes.indexOf(0x0a, bytes.indexOf(0x0a) + 1) + 1;
    const firstBatchEnd = bytes.indexOf(0x0a, secondLine) + 1;
    writeFileSync(path, Buffer.concat([bytes.subarray(0, secondLine + 50), Buffer.alloc(100), bytes.subarray(secondLine + 150, firstBatchEnd)]));
    const store = await mustOpen(path);
    expect(store.recovery.tornTail).toMatchObject({ cut: true, offset: 0, line: 1, reason: zerosReason(secondLine + 50) });
    expect(statSync(path).size).toBe(0);
    await store.close();
  });

  it('is left in place by a reader, which reads the batches before it', async () => {
    const { path, before, firstBatchEnd } = await zeroed(({ firstBatchEnd: b }) => [b + 150, b + 400]);
    const reader = await mustOpen(path, { readOnly: true });
    expect(reader.recovery.tornTail).toMatchObject({ cut: false, offset: firstBatchEnd, line: 4 });
    expect(reader.recovery.tornTail?.savedTo).toBeUndefined();
    expect((await readAll(reader)).map((e) => e.position)).toEqual([1, 2]);
    await reader.close();
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dirname(path))).toEqual(['log.jsonl']);
  });

  it('refuses, and cuts nothing, when the zeros are in a batch before the last whole one: no crash leaves that', async () => {
    // Zeros in line 2 (position 1), in the first batch: the second batch after it is whole.
    const { path } = await zeroed(() => [150, 200]);
    await expectCorrupt(path, 2, /not a JSON line/);
  });

  it('refuses, and cuts nothing, when a whole batch follows the zeros', async () => {
    const { path, size } = await logWithTwoBatches();
    const store = await mustOpen(path);
    await store.append([statement(6)]);
    await store.close();
    const bytes = readFileSync(path);
    const firstBatchEnd = Buffer.byteLength(`${bytes.toString('utf8').split('\n').slice(0, 3).join('\n')}\n`);
    // Zeros in the second batch; the third, after them, is whole and matches its checksum.
    bytes.fill(0, firstBatchEnd + 150, firstBatchEnd + 400);
    writeFileSync(path, bytes);
    expect(size).toBeLessThan(bytes.length);
    const r = await openFileStore(path);
    expect(isLeft(r) && r.left).toMatchObject({ _tag: 'StoreCorrupt', location: path });
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(readdirSync(dirname(path))).toEqual(['log.jsonl']);
  });
});

describe('opening a corrupt file', () => {
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

  it('refuses an unverified line holding a byte that is not UTF-8, naming the line and the byte, rather than reading U+FFFD into a quote', async () => {
    const { path } = await logWithTwoBatches();
    // Without their batch records the lines are checked one by one; a byte of one quote is then overwritten.
    const text = readFileSync(path, 'utf8').split('\n').filter((l) => !l.startsWith('{"batch"')).join('\n');
    const bytes = Buffer.from(text, 'utf8');
    const at = bytes.indexOf('restated position number 2');
    bytes[at + 2] = 0xff;
    writeFileSync(path, bytes);
    const lineStart = bytes.lastIndexOf(0x0a, at) + 1;
    await expectCorrupt(path, 2, new RegExp(`: not UTF-8: byte 0xff at byte ${at + 2 - lineStart} of the line `));
    expect((await openFileStore(path, { readOnly: true }))._tag).toBe('Left');
  });

  it('refuses a batch whose lines were changed after they were written, naming the line changed, not only its batch record', async () => {
    const { path } = await logWithTwoBatches();
    const text = readFileSync(path, 'utf8');
    // Position 4 is line 6: the second batch's record is line 4, its lines 5 to 7.
    writeFileSync(path, text.replace('restated position number 4', 'restated position number 9'));
    await expectCorrupt(path, 6, /is not the hash of the line's content .*\(the checksum of the batch record of line 4 no longer matches either\); to recover the log, see "Recovering a damaged log" in the README of @stancelog\/store-file$/);
  });

  it('names the batch record when no line can be told to have changed', async () => {
    const { path } = await logWithTwoBatches();
    const text = readFileSync(path, 'utf8');
    // A time changed: ids hash type and data only, so only the checksum tells.
    const recordedAt = /"recordedAt":"([^"]+)"/.exec(text.split('\n')[5]!)![1]!;
    writeFileSync(path, text.replace(`"position":4,"recordedAt":"${recordedAt}"`, `"position":4,"recordedAt":"1999-01-01T00:00:00.000Z"`));
    await expectCorrupt(path, 4, /the 3 lines after this batch record do not match its checksum/);
  });

  it('names Windows line endings as such, at the first line that has one', async () => {
    const { path } = await logWithTwoBatches();
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\n/g, '\r\n'));
    await expectCorrupt(path, 1, /line 1 ends with \\r\\n: the log was converted to Windows line endings\?/);
  });

  it('names a byte order mark at the start, rather than failing to parse a character no one can see', async () => {
    const { path } = await logWithTwoBatches();
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(path)]));
    await expectCorrupt(path, 1, /the file starts with a byte order mark \(the bytes EF BB BF/);
    expect((await openFileStore(path, { readOnly: true }))._tag).toBe('Left');
  });

  it('refuses, and does not cut, a last batch record that is JSON but not a valid one', async () => {
    const { path } = await logWithTwoBatches();
    appendFileSync(path, '{"batch":0,"first":6}\n');
    await expectCorrupt(path, 8, /not a valid batch record/);
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

  it('refuses a line whose content changed after it was written, naming the line and both ids, and leaves the file as it is', async () => {
    const { path } = await logWithTwoBatches();
    const store = await mustOpen(path);
    const events = await readAll(store);
    await store.close();
    // The batch records dropped (so no checksum vouches for the lines), then a quote corrected in place.
    const edited = events.map((e, i) => (i === 2 ? ({ ...e, data: { ...(e.data as Statement), source: { quote: 'corrected by hand' } } } as StoredEvent) : e));
    const text = edited.map((e) => `${JSON.stringify(e)}\n`).join('');
    writeFileSync(path, text);
    const r = await openFileStore(path);
    expect(isLeft(r) && r.left).toMatchObject({ _tag: 'StoreCorrupt', location: path, line: 3 });
    const message = isLeft(r) ? r.left.message : '';
    expect(message).toContain(`event id ${events[2]!.id} is not the hash of the line's content (${eventId(edited[2]!)})`);
    expect(message).toContain('stancelog withdraw');
    // The corrected copy is recorded when it is made: a copy that kept the line's recordedAt would count from then, beside the line it corrects.
    expect(message).toContain('appending the corrected one, recorded now (the line without its id, position, schema, tags, recordedAt and quote offsets, changed where it was wrong');
    // Nothing cut or rewritten: the statement the old id names cannot come back as a "duplicate" of the edited one.
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('writes JSON lines, an envelope per event in a fixed key order, after a batch record', async () => {
    const { path } = await logWithTwoBatches();
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => ('batch' in l ? `batch of ${String(l.batch)}` : l.position))).toEqual(['batch of 2', 1, 2, 'batch of 3', 3, 4, 5]);
    expect(Object.keys(lines[1]!)).toEqual(['id', 'position', 'recordedAt', 'schema', 'tags', 'type', 'data']);
  });
});

describe('a file that is not a stancelog log', () => {
  // What `stancelog append talks.jsonl --store talks.jsonl` used to cut to nothing: a statement file, one line, no newline.
  const statementLine = '{"holder":"russia","issue":"ceasefire","kind":"reject","polarity":"-","source":{"quote":"only one"}}';

  async function expectNotALog(path: string, line: number, detail: RegExp): Promise<void> {
    const before = readFileSync(path);
    for (const options of [{}, { readOnly: true }]) {
      const r = await openFileStore(path, options);
      expect(isLeft(r) && r.left).toMatchObject({ _tag: 'StoreCorrupt', location: path, line });
      expect(isLeft(r) && r.left.message).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line}: not a stancelog log: `));
      expect(isLeft(r) && r.left.message).toMatch(detail);
    }
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}.lock`)).toBe(false);
  }

  it('is refused when its first line is JSON but no event, naming the file and line 1, and left unchanged', async () => {
    const path = join(tempDir(), 'talks.jsonl');
    writeFileSync(path, statementLine);
    await expectNotALog(path, 1, /neither a batch record nor a stored event \(JSON without the id, position and type of an event\)/);
    writeFileSync(path, `${statementLine}\n${statementLine}\n`);
    await expectNotALog(path, 1, /JSON without the id/);
  });

  it('is refused when its only line is not JSON, newline or not: that is no torn tail of a log', async () => {
    const path = join(tempDir(), 'notes.jsonl');
    writeFileSync(path, 'meeting notes, 17 May\n');
    await expectNotALog(path, 1, /not JSON/);
    writeFileSync(path, Buffer.from([0, 0, 0, 0, 0x0a]));
    await expectNotALog(path, 1, /not JSON/);
    writeFileSync(path, 'meeting notes');
    await expectNotALog(path, 1, /not JSON/);
  });

  it('names the first line that is not blank', async () => {
    const path = join(tempDir(), 'talks.jsonl');
    writeFileSync(path, `\n  \n${statementLine}`);
    await expectNotALog(path, 3, /JSON without the id/);
  });

  it('is still a log when its first line is a batch record cut short (the first append crashed): that is cut', async () => {
    const path = join(tempDir(), 'talks.jsonl');
    writeFileSync(path, '{"batch":3,"first":1,"sha256":"ab');
    const store = await mustOpen(path);
    expect(store.recovery.tornTail).toMatchObject({ cut: true, offset: 0, bytes: 33, line: 1, reason: 'a batch record without newline' });
    expect(statSync(path).size).toBe(0);
    await store.close();
  });
});

describe('a last line without newline', () => {
  /** The log of two batches as `jq -c 'select(.type)'` writes it: event lines only. */
  async function handWrittenLog(): Promise<{ path: string; text: string }> {
    const { path } = await logWithTwoBatches();
    const text = readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('{"id"'))
      .join('\n');
    writeFileSync(path, text);
    return { path, text };
  }

  it('is kept when it is a complete event: readers see it, a writer cuts nothing', async () => {
    const { path, text } = await handWrittenLog();
    const reader = await mustOpen(path, { readOnly: true });
    expect(reader.recovery).toEqual({});
    expect((await readAll(reader)).map((e) => e.position)).toEqual([1, 2, 3, 4, 5]);
    await reader.close();
    const writer = await mustOpen(path);
    expect(writer.recovery).toEqual({});
    expect(await writer.head()).toBe(5);
    await writer.close();
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('is ended with a newline by the next append, which changes no earlier byte', async () => {
    const { path, text } = await handWrittenLog();
    const writer = await mustOpen(path);
    const r = await writer.append([statement(6)]);
    expect(r._tag === 'Right' && r.right.head).toBe(6);
    expect((await readAll(writer)).map((e) => e.position)).toEqual([1, 2, 3, 4, 5, 6]);
    await writer.close();
    const after = readFileSync(path, 'utf8');
    expect(after.startsWith(`${text}\n{"batch":1,"first":6,`)).toBe(true);
    const again = await mustOpen(path);
    expect(again.recovery).toEqual({});
    expect((await readAll(again)).map((e) => e.position)).toEqual([1, 2, 3, 4, 5, 6]);
    await again.close();
  });

  it('is kept when it ends a batch that is whole but for that newline', async () => {
    const { path, size } = await logWithTwoBatches();
    truncateSync(path, size - 1);
    const store = await mustOpen(path);
    expect(store.recovery).toEqual({});
    expect(await store.head()).toBe(5);
    const r = await store.append([statement(6)]);
    expect(r._tag === 'Right' && r.right.head).toBe(6);
    await store.close();
    const again = await mustOpen(path);
    expect((await readAll(again)).map((e) => e.position)).toEqual([1, 2, 3, 4, 5, 6]);
    await again.close();
  });

  it('is cut, with its whole batch, when it is cut short', async () => {
    const { path, size } = await logWithTwoBatches();
    const firstBatchEnd = Buffer.byteLength(`${readFileSync(path, 'utf8').split('\n').slice(0, 3).join('\n')}\n`);
    truncateSync(path, size - 10);
    const store = await mustOpen(path);
    expect(store.recovery.tornTail).toMatchObject({ cut: true, offset: firstBatchEnd, reason: 'a batch of 3 events, 2 complete' });
    expect(await store.head()).toBe(2);
    await store.close();
  });

  it('is cut when it is not JSON, after hand-written lines too', async () => {
    const { path, text } = await handWrittenLog();
    writeFileSync(path, `${text}\n{"id":"0123`);
    const store = await mustOpen(path);
    expect(store.recovery.tornTail).toMatchObject({ cut: true, offset: Buffer.byteLength(text) + 1, bytes: 11, line: 6, lines: 1, reason: 'a last line without newline that is not JSON' });
    expect(readFileSync(path, 'utf8')).toBe(`${text}\n`);
    await store.close();
  });

  it('is refused, not cut, when it is JSON but not a valid event', async () => {
    const { path, text } = await handWrittenLog();
    writeFileSync(path, `${text}\n{"id":"x","position":6,"type":"statement-made","data":{}}`);
    const before = readFileSync(path);
    const r = await openFileStore(path);
    expect(isLeft(r) && r.left).toMatchObject({ _tag: 'StoreCorrupt', location: path, line: 6 });
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('is kept by a reader that already indexed the tags, when the batch it ends is whole but for that newline', async () => {
    const { path } = await logWithTwoBatches();
    const text = readFileSync(path, 'utf8');
    const lines = text.split('\n');
    const firstBatch = `${lines.slice(0, 3).join('\n')}\n`;
    writeFileSync(path, firstBatch);
    const reader = await mustOpen(path, { readOnly: true });
    expect((await readAll(reader, { tags: ['actor:ukraine'] })).map((e) => e.position)).toEqual([1, 2]);
    appendFileSync(path, text.slice(firstBatch.length, -1));
    expect((await readAll(reader, { tags: ['actor:ukraine'] })).map((e) => e.position)).toEqual([1, 2, 3, 4, 5]);
    await reader.close();
  });

  it('is followed by a reader: the writer’s newline and later batches are read, bytes added to the line are refused', async () => {
    const { path } = await handWrittenLog();
    const reader = await mustOpen(path, { readOnly: true });
    expect(await reader.head()).toBe(5);
    const writer = await mustOpen(path);
    await writer.append([statement(6)]);
    await writer.close();
    expect((await readAll(reader)).map((e) => e.position)).toEqual([1, 2, 3, 4, 5, 6]);
    await reader.close();

    const { path: other } = await handWrittenLog();
    const follower = await mustOpen(other, { readOnly: true });
    expect(await follower.head()).toBe(5);
    appendFileSync(other, '{"id":"0123"}\n');
    await expect(follower.head()).rejects.toThrow(`${other}:5: bytes were added to this line, which had no newline, after it was read`);
    await follower.close();
  });
});

describe('a damaged log, recovered as the README says ("Recovering a damaged log")', () => {
  const README = join(__dirname, '..', 'README.md');
  const pointer = 'to recover the log, see "Recovering a damaged log" in the README of @stancelog/store-file';

  it('is pointed to that section by each refusal of a damaged line; the section is there', async () => {
    expect(readFileSync(README, 'utf8')).toContain('\n## Recovering a damaged log\n');
    const damaged: Array<[string, (lines: string[]) => void]> = [
      ['a line changed', (lines) => void (lines[5] = lines[5]!.replace('number 4', 'number 9'))],
      ['a line that is not JSON', (lines) => void lines.splice(3, 0, '{"id": oops')],
      ['a time changed (only the checksum tells)', (lines) => void (lines[5] = lines[5]!.replace(/"recordedAt":"[^"]+"/, '"recordedAt":"1999-01-01T00:00:00.000Z"'))],
      ['a line missing from the last batch', (lines) => void lines.splice(5, 1)],
    ];
    const told: string[] = [];
    for (const [what, damage] of damaged) {
      const { path } = await logWithTwoBatches();
      const lines = readFileSync(path, 'utf8').split('\n');
      damage(lines);
      writeFileSync(path, lines.join('\n'));
      const r = await openFileStore(path);
      if (isLeft(r) && r.left._tag === 'StoreCorrupt' && r.left.message.includes(pointer)) told.push(what);
    }
    expect(told).toEqual(damaged.map(([what]) => what));
  });

  it('is not pointed there for a file that is no log: nothing in it to recover', async () => {
    const path = join(tempDir(), 'talks.jsonl');
    writeFileSync(path, '{"holder":"russia","issue":"ceasefire","kind":"reject","polarity":"-"}\n');
    const r = await openFileStore(path);
    expect(isLeft(r) && r.left.message).toMatch(/not a stancelog log: .*; the file is left as it is$/);
  });

  it('names a line put in place of an event in a batch ({}), not the batch record', async () => {
    const { path } = await logWithTwoBatches();
    const lines = readFileSync(path, 'utf8').split('\n');
    lines[5] = '{}';
    writeFileSync(path, lines.join('\n'));
    await expectCorrupt(path, 6, /^.*:6: JSON without the id, position and type of an event, in the batch of line 4, whose checksum it no longer matches/);
  });

  // Batches of lines 1-3 (positions 1, 2), 4-7 (3 to 5) and 8-9 (6): a line damaged at the start, middle and end of a batch.
  for (const line of [5, 6, 7, 9]) {
    it(`opens again from the lines before the damaged one (line ${line}), and takes back every other event, ids and recording times kept`, async () => {
      const { path } = await logWithTwoBatches();
      const store = await mustOpen(path);
      await store.append([statement(6)]);
      const before = await readAll(store);
      await store.close();
      const lines = readFileSync(path, 'utf8').split('\n');
      const position = JSON.parse(lines[line - 1]!).position as number;
      lines[line - 1] = lines[line - 1]!.replace(/number \d/, 'number 0');
      writeFileSync(path, lines.join('\n'));
      const refused = await openFileStore(path);
      expect(isLeft(refused) && refused.left).toMatchObject({ _tag: 'StoreCorrupt', line });
      // 2. The lines before the named one, in a new file (head -n).
      const repaired = join(dirname(path), 'repaired.jsonl');
      writeFileSync(repaired, lines.slice(0, line - 1).map((l) => `${l}\n`).join(''));
      // 3. Opened for writing: what is left of the damaged line's batch is cut as a torn tail, and kept.
      const reopened = await mustOpen(repaired);
      const cut = reopened.recovery.tornTail;
      expect(cut === undefined || (cut.cut && cut.savedTo !== undefined && existsSync(cut.savedTo))).toBe(true);
      // 4. Every event of the damaged file but the damaged line, appended again.
      const events = lines.filter((l, i) => i !== line - 1 && l.trim() !== '').map((l) => JSON.parse(l) as Record<string, unknown>).filter((e) => 'type' in e);
      const r = await reopened.append(events as never);
      expect(isLeft(r) && r.left.message).toBe(false);
      const after = await readAll(reopened);
      await reopened.close();
      const kept = (events: ReadonlyArray<StoredEvent>) => events.map((e) => [e.id, e.recordedAt]);
      expect(kept(after)).toEqual(kept(before.filter((e) => e.position !== position)));
      expect(readFileSync(path, 'utf8')).toBe(lines.join('\n')); // the damaged file, as it was
    });
  }
});
