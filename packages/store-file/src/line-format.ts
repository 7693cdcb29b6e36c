/**
 * The line format of a stancelog file: JSON Lines, one event envelope per
 * line, keys in a fixed order (`id`, `position`, `recordedAt`, `schema`,
 * `tags`, `type`, `data`), so the file reads well in an editor and in `jq`.
 *
 * Each appended batch is preceded by a batch record, itself a JSON line:
 * `{"batch":1000,"first":1,"sha256":"..."}`, the number of event lines that
 * follow, the position of the first, and a SHA-256 of their bytes. The
 * record makes a batch all-or-nothing on disk (a batch with fewer lines than
 * its record promises was torn by a crash) and lets the store trust lines
 * it wrote itself without decoding them again. Readers of the file skip it
 * (`jq 'select(.type)'`).
 *
 * @since 0.1.0
 */
import { createHash } from 'node:crypto';
import type { StoredEvent } from '@stancelog/core';

/**
 * The batch record that precedes every appended batch.
 *
 * @example
 * import { openFileStore } from '@stancelog/store-file'
 * import { parseBatchRecord } from './line-format.js'
 * import type { BatchRecord } from './line-format.js'
 * import { mkdtempSync, readFileSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const path = join(mkdtempSync(join(tmpdir(), 'batch-')), 'talks.jsonl')
 * const opened = await openFileStore(path)
 * if (opened._tag === 'Left') throw new Error(opened.left.message)
 * await opened.right.append([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }, { type: 'alias-added', data: { actor: 'russia', alias: 'Moscow' } }])
 * await opened.right.close()
 * // The log's first line records that append: 2 event lines follow, the first at position 1.
 * const record: BatchRecord | undefined = parseBatchRecord(readFileSync(path, 'utf8').split('\n')[0]!)
 * assert.deepStrictEqual([record?.batch, record?.first], [2, 1])
 * @category file store
 * @since 0.1.0
 * @internal
 */
export interface BatchRecord {
  /** How many event lines follow. */
  readonly batch: number;
  /** The position of the first of them. */
  readonly first: number;
  /** SHA-256 (hex) of the bytes of those lines, newlines included. */
  readonly sha256: string;
}

const BATCH_PREFIX = Buffer.from('{"batch":');

/**
 * Whether the line starting at `start` of `buf` is a batch record.
 *
 * @example
 * import { isBatchLine } from './line-format.js'
 * assert.ok(isBatchLine(Buffer.from('{"batch":1,"first":1,"sha256":"00"}\n'), 0))
 * @category file store
 * @since 0.1.0
 * @internal
 */
export function isBatchLine(buf: Buffer, start: number): boolean {
  if (buf.length - start < BATCH_PREFIX.length) return false;
  for (let i = 0; i < BATCH_PREFIX.length; i++) if (buf[start + i] !== BATCH_PREFIX[i]) return false;
  return true;
}

/**
 * Parses a batch record, or returns `undefined` when the text is not one.
 *
 * @example
 * import { parseBatchRecord } from './line-format.js'
 * const sha256 = 'ab'.repeat(32)
 * assert.deepStrictEqual(parseBatchRecord(`{"batch":2,"first":5,"sha256":"${sha256}"}`), { batch: 2, first: 5, sha256 })
 * assert.strictEqual(parseBatchRecord('{"batch":2,"first":5,"sha256":"ab"}'), undefined)
 * @category file store
 * @since 0.1.0
 * @internal
 */
export function parseBatchRecord(text: string): BatchRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const r = value as Partial<BatchRecord> | null;
  if (r === null || typeof r !== 'object') return undefined;
  if (!Number.isInteger(r.batch) || (r.batch as number) < 1) return undefined;
  if (!Number.isInteger(r.first) || (r.first as number) < 1) return undefined;
  if (typeof r.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(r.sha256)) return undefined;
  return { batch: r.batch as number, first: r.first as number, sha256: r.sha256 };
}

/**
 * The JSON line of a stored event, keys in the file's order.
 *
 * @example
 * import { eventLine } from './line-format.js'
 * const line = eventLine({ id: 'a1', position: 1, recordedAt: '2025-05-17T09:00:00.000Z', schema: 1, tags: ['actor:ukraine'], type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } } as any)
 * assert.ok(line.startsWith('{"id":"a1","position":1,'))
 * @category file store
 * @since 0.1.0
 * @internal
 */
export function eventLine(event: StoredEvent): string {
  // Concatenated rather than stringified as one object: no copy of the event, same bytes.
  return `{"id":${JSON.stringify(event.id)},"position":${event.position},"recordedAt":${JSON.stringify(event.recordedAt)},"schema":${event.schema},"tags":${JSON.stringify(event.tags)},"type":${JSON.stringify(event.type)},"data":${JSON.stringify(event.data)}}`;
}

/**
 * An encoded batch: its bytes and where each event's line starts in them.
 *
 * @example
 * import { encodeBatchInto } from './line-format.js'
 * import type { EncodedBatch } from './line-format.js'
 * import type { StoredEvent } from '@stancelog/core'
 * const kyiv: StoredEvent = { id: 'a1', position: 1, recordedAt: '2025-05-17T09:00:00.000Z', schema: 1, tags: ['actor:ukraine'], type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }
 * const first: EncodedBatch = encodeBatchInto([kyiv])
 * // The next batch is encoded into the same buffer (first.bytes is overwritten: copy what you keep).
 * const second = encodeBatchInto([{ ...kyiv, id: 'a2', position: 2 }], first.scratch)
 * assert.strictEqual(second.scratch, first.scratch)
 * @category file store
 * @since 0.1.0
 * @internal
 */
export interface EncodedBatch {
  /** The batch record, then one line per event, each ending in a newline. */
  readonly bytes: Buffer;
  /** The offset of each event's line in `bytes`, then the offset after the last newline. */
  readonly starts: Uint32Array;
  /** The buffer `bytes` lies in: pass it to the next call to reuse it. */
  readonly scratch: Buffer;
}

/**
 * Encodes a batch into `scratch` (or a bigger buffer when it is too
 * small): each line is written straight into it, and the batch record,
 * whose length is known beforehand, in front once the lines are hashed.
 *
 * @example
 * import { encodeBatchInto } from './line-format.js'
 * const { bytes, starts } = encodeBatchInto([{ id: 'a1', position: 1, recordedAt: '2025-05-17T09:00:00.000Z', schema: 1, tags: [], type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } } as any])
 * assert.ok(bytes.toString('utf8', starts[0], starts[1]).startsWith('{"id":"a1"'))
 * @category file store
 * @since 0.1.0
 * @internal
 */
export function encodeBatchInto(events: ReadonlyArray<StoredEvent>, scratch: Buffer = Buffer.allocUnsafe(0)): EncodedBatch {
  const opening = `{"batch":${events.length},"first":${events[0]?.position ?? 0},"sha256":"`;
  const recordLength = opening.length + 64 + 3; // the hex digest, then "}\n
  let buf = scratch;
  let at = recordLength;
  const starts = new Uint32Array(events.length + 1);
  for (let i = 0; i < events.length; i++) {
    const line = eventLine(events[i]!);
    // At most 3 bytes a UTF-16 unit, and the newline.
    if (buf.length < at + line.length * 3 + 1) {
      const bigger = Buffer.allocUnsafe(Math.max(2 * buf.length, at + line.length * 3 + 1, 64 * 1024));
      buf.copy(bigger, 0, 0, at);
      buf = bigger;
    }
    starts[i] = at;
    at += buf.write(line, at, 'utf8');
    buf[at++] = 0x0a;
  }
  starts[events.length] = at;
  if (buf.length < recordLength) buf = Buffer.allocUnsafe(recordLength);
  const sha256 = createHash('sha256').update(buf.subarray(recordLength, at)).digest('hex');
  buf.write(`${opening}${sha256}"}\n`, 0, 'latin1');
  return { bytes: buf.subarray(0, at), starts, scratch: buf };
}

/**
 * The bytes of one appended batch: its batch record, then one line per event.
 *
 * @example
 * import { encodeBatch } from './line-format.js'
 * const bytes = encodeBatch([{ id: 'a1', position: 1, recordedAt: '2025-05-17T09:00:00.000Z', schema: 1, tags: [], type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } } as any])
 * assert.strictEqual(bytes.toString().split('\n').length, 3)
 * @category file store
 * @since 0.1.0
 * @internal
 */
export function encodeBatch(events: ReadonlyArray<StoredEvent>): Buffer {
  return Buffer.from(encodeBatchInto(events).bytes);
}

/**
 * The envelope fields of a line the store wrote itself, read without
 * parsing the whole line (the tag index is built from them on first need).
 *
 * @example
 * import { lexEnvelope } from './line-format.js'
 * import type { LineEnvelope } from './line-format.js'
 * // A line rewritten by `jq -S -c` (keys sorted): not in the store's key order, so no envelope; the caller parses it in full.
 * const line = Buffer.from('{"data":{"actor":"ukraine","alias":"Kyiv"},"id":"a1","position":1,"recordedAt":"2025-05-17T09:00:00.000Z","schema":1,"tags":["actor:ukraine"],"type":"alias-added"}')
 * const envelope: LineEnvelope | undefined = lexEnvelope(line, 0, line.length)
 * assert.strictEqual(envelope, undefined)
 * @category file store
 * @since 0.1.0
 * @internal
 */
export interface LineEnvelope {
  readonly id: string;
  readonly position: number;
  readonly schema: number;
  readonly tags: ReadonlyArray<string>;
  readonly type: string;
}

const ID_OPEN = Buffer.from('{"id":"');
const POSITION_KEY = Buffer.from('","position":');
const RECORDED_KEY = Buffer.from(',"recordedAt":"');
const SCHEMA_KEY = Buffer.from('","schema":');
const TAGS_KEY = Buffer.from(',"tags":[');
const TYPE_KEY = Buffer.from(',"type":"');
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

const hasAt = (buf: Buffer, at: number, mark: Buffer): boolean => {
  if (at + mark.length > buf.length) return false;
  for (let k = 0; k < mark.length; k++) if (buf[at + k] !== mark[k]) return false;
  return true;
};

// Reads the digits at `at`; returns [value, index after them] or undefined.
const digitsAt = (buf: Buffer, at: number, end: number): [number, number] | undefined => {
  let value = 0;
  let i = at;
  for (; i < end; i++) {
    const c = buf[i]!;
    if (c < 0x30 || c > 0x39) break;
    value = value * 10 + (c - 0x30);
  }
  return i === at ? undefined : [value, i];
};

// The end of a string whose content starts at `at`; undefined when it holds escapes.
const stringEnd = (buf: Buffer, at: number, end: number): number | undefined => {
  const close = buf.indexOf(QUOTE, at);
  if (close < 0 || close >= end) return undefined;
  for (let i = at; i < close; i++) if (buf[i] === BACKSLASH) return undefined;
  return close;
};

/**
 * Where the id of a line the store wrote starts (`{"id":"` followed by 32
 * hex digits and `"`), or -1 when the line does not start that way.
 *
 * @example
 * import { idSpan } from './line-format.js'
 * const buf = Buffer.from('{"id":"0123456789abcdef0123456789abcdef","position":1}')
 * assert.strictEqual(idSpan(buf, 0, buf.length), 7)
 * @category file store
 * @since 0.1.0
 * @internal
 */
export function idSpan(buf: Buffer, start: number, end: number): number {
  const at = start + ID_OPEN.length;
  if (at + 32 >= end || buf[at + 32] !== QUOTE || !hasAt(buf, start, ID_OPEN)) return -1;
  return at;
}

/**
 * Reads the envelope of an event line from `buf[start, end)`, relying on the
 * key order {@link eventLine} writes. Returns `undefined` when the line does
 * not have that exact shape (the caller then parses it in full).
 *
 * @example
 * import { eventLine, lexEnvelope } from './line-format.js'
 * const buf = Buffer.from(eventLine({ id: 'a1', position: 7, recordedAt: '2025-05-17T09:00:00.000Z', schema: 1, tags: ['actor:ukraine'], type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } } as any))
 * assert.deepStrictEqual(lexEnvelope(buf, 0, buf.length), { id: 'a1', position: 7, schema: 1, tags: ['actor:ukraine'], type: 'alias-added' })
 * @category file store
 * @since 0.1.0
 * @internal
 */
export function lexEnvelope(buf: Buffer, start: number, end: number): LineEnvelope | undefined {
  // Byte by byte, allocating only the strings kept: this runs once per event at every open.
  // The envelope is ASCII (hex ids, digits, ISO times, slug tags), so latin1 is exact.
  if (!hasAt(buf, start, ID_OPEN)) return undefined;
  let i = start + ID_OPEN.length;
  const idEnd = stringEnd(buf, i, end);
  if (idEnd === undefined || !hasAt(buf, idEnd, POSITION_KEY)) return undefined;
  const id = buf.toString('latin1', i, idEnd);
  const position = digitsAt(buf, idEnd + POSITION_KEY.length, end);
  if (position === undefined || !hasAt(buf, position[1], RECORDED_KEY)) return undefined;
  const recordedEnd = stringEnd(buf, position[1] + RECORDED_KEY.length, end);
  if (recordedEnd === undefined || !hasAt(buf, recordedEnd, SCHEMA_KEY)) return undefined;
  const schema = digitsAt(buf, recordedEnd + SCHEMA_KEY.length, end);
  if (schema === undefined || !hasAt(buf, schema[1], TAGS_KEY)) return undefined;
  i = schema[1] + TAGS_KEY.length;
  const tags: string[] = [];
  if (buf[i] === 0x5d) i++;
  else {
    for (;;) {
      if (buf[i] !== QUOTE) return undefined;
      const tagEnd = stringEnd(buf, i + 1, end);
      if (tagEnd === undefined) return undefined;
      tags.push(buf.toString('latin1', i + 1, tagEnd));
      i = tagEnd + 1;
      if (buf[i] === 0x2c) i++;
      else if (buf[i] === 0x5d) {
        i++;
        break;
      } else return undefined;
    }
  }
  if (!hasAt(buf, i, TYPE_KEY)) return undefined;
  const typeEnd = stringEnd(buf, i + TYPE_KEY.length, end);
  if (typeEnd === undefined) return undefined;
  return { id, position: position[0], schema: schema[0], tags, type: buf.toString('latin1', i + TYPE_KEY.length, typeEnd) };
}
