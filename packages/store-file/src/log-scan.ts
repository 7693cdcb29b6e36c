/**
 * Reading a log file into its {@link LogIndex}: at open, and again for the
 * new tail when a read-only follower sees the file grow.
 *
 * The file is read in large chunks. A batch whose checksum matches is taken
 * as written: its lines are only located (nothing in them is parsed; their
 * ids and tags are read later, if ever, by {@link indexIds} and
 * {@link indexTags}); lines outside batches are parsed and decoded with the
 * codecs. What cannot
 * be accepted at the end of the file (a line without newline, a last line
 * that does not parse, a batch with fewer lines than its record promises) is
 * the torn tail of a crashed write and is reported, not indexed. Anything
 * wrong before the tail is corruption.
 *
 * @since 0.1.0
 */
import { createHash } from 'node:crypto';
import { readSync } from 'node:fs';
import { left, right, isLeft } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { decodeStored, formatIssues } from '@stancelog/core';
import type { DecodeIssue, StoreCorrupt } from '@stancelog/core';
import { isBatchLine, parseBatchRecord } from './line-format.js';
import type { BatchRecord } from './line-format.js';
import { LineKind } from './log-index.js';
import type { LogIndex } from './log-index.js';

const CHUNK_BYTES = 8 * 1024 * 1024;

/**
 * The part of the file after the last accepted line, when there is one.
 *
 * @example
 * import { encodeBatchInto } from './line-format.js'
 * import { LogIndex } from './log-index.js'
 * import { scanLog } from './log-scan.js'
 * import type { TornTail } from '@stancelog/store-file'
 * import type { StoredEvent } from '@stancelog/core'
 * import { mkdtempSync, openSync, writeFileSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const kyiv: StoredEvent = { id: 'a1', position: 1, recordedAt: '2025-05-17T09:00:00.000Z', schema: 1, tags: ['actor:ukraine'], type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }
 * const { bytes, starts } = encodeBatchInto([kyiv, { ...kyiv, id: 'a2', position: 2, data: { actor: 'ukraine', alias: 'Kiev' } }])
 * // A crash after the first of the batch's 2 lines reached the disk: the whole batch, record included, is the tail.
 * const file = join(mkdtempSync(join(tmpdir(), 'torn-')), 'log.jsonl')
 * writeFileSync(file, bytes.subarray(0, starts[1]))
 * const scanned = scanLog(openSync(file, 'r'), starts[1]!, new LogIndex(), file)
 * const tail: TornTail | undefined = scanned._tag === 'Right' ? scanned.right : undefined
 * assert.deepStrictEqual([tail?.offset, tail?.line, tail?.lines], [0, 1, 2])
 * @category file store
 * @since 0.1.0
 */
export interface TornTail {
  /** Byte offset where the tail starts (the end of the last good line). */
  readonly offset: number;
  /** Its size in bytes. */
  readonly bytes: number;
  /** The line number (1-based) where it starts. */
  readonly line: number;
  /** How many lines it spans (the last one possibly without newline). */
  readonly lines: number;
  /** Why it was not accepted. */
  readonly reason: string;
}

interface OpenBatch {
  readonly record: BatchRecord;
  readonly line: number;
  /** File offset of the batch record's line. */
  readonly offset: number;
  /** File offset of its first event line. */
  readonly bodyStart: number;
  /** The head before the batch: its lines are indexed as they come, and dropped if it turns out torn. */
  readonly headBefore: number;
  /** How many of its lines were seen. */
  count: number;
}

function corrupt(path: string, line: number, message: string, issues?: ReadonlyArray<DecodeIssue>): StoreCorrupt {
  return { _tag: 'StoreCorrupt', location: path, line, ...(issues ? { issues } : {}), message: `${path}:${line}: ${message}` };
}

/**
 * Reads the file `fd` from `index.end` to `size`, adding every accepted event
 * to `index`. Returns the torn tail, if any, or a `StoreCorrupt` naming the
 * file and line (the index then holds the events before it).
 *
 * @example
 * import { LogIndex } from './log-index.js'
 * import { scanLog } from './log-scan.js'
 * import { openSync, writeFileSync, mkdtempSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const file = join(mkdtempSync(join(tmpdir(), 'scan-')), 'log.jsonl')
 * writeFileSync(file, '{"id":"x","posi')
 * const r = scanLog(openSync(file, 'r'), 15, new LogIndex(), file)
 * assert.strictEqual(r._tag === 'Right' && r.right?.bytes, 15)
 * @category file store
 * @since 0.1.0
 * @internal
 */
export function scanLog(fd: number, size: number, index: LogIndex, path: string): Either<StoreCorrupt, TornTail | undefined> {
  // Lines the store writes are about 300 to 500 bytes: room for as many as that suggests, grown if needed.
  index.reserve(index.head + Math.ceil((size - index.end) / 256));
  let store = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, Math.max(0, size - index.end)));
  let buf = store.subarray(0, 0);
  let bufStart = index.end; // file offset of buf[0]
  let pos = 0; // next line start, in buf
  let lineNo = index.lines;
  let batch: OpenBatch | undefined;

  const accept = (endInBuf: number): void => {
    index.end = bufStart + endInBuf;
    index.lines = lineNo;
  };

  const fail = (error: StoreCorrupt): Either<StoreCorrupt, never> => {
    if (batch) index.truncate(batch.headBefore);
    return left(error);
  };

  // Adds an event line that no checksum vouches for: parsed and decoded in full.
  const addDecoded = (start: number, end: number, line: number): StoreCorrupt | undefined => {
    let raw: unknown;
    try {
      raw = JSON.parse(buf.toString('utf8', start, end));
    } catch (error) {
      return corrupt(path, line, `not a JSON line (${(error as Error).message})`);
    }
    const decoded = decodeStored(raw);
    if (isLeft(decoded)) return corrupt(path, line, `not a valid event: ${formatIssues(decoded.left)}`, decoded.left);
    const r = raw as { id?: unknown; position?: unknown; tags?: unknown };
    if (typeof r.id !== 'string' || typeof r.position !== 'number' || !Array.isArray(r.tags) || !r.tags.every((t) => typeof t === 'string')) {
      return corrupt(path, line, 'an event of an unknown type without a valid id, position and tags');
    }
    if (r.position !== index.head + 1) return corrupt(path, line, `position ${r.position} where ${index.head + 1} was expected`);
    if (index.ids?.has(r.id)) return corrupt(path, line, `event ${r.id} is already in the log`);
    index.add(bufStart + start, end - start, decoded.right === null ? LineKind.skip : LineKind.decode);
    // Kept up to date once built (a follower that already served a tag read).
    index.ids?.add(r.id);
    index.tags?.add({ tags: r.tags as string[], position: index.head });
    return undefined;
  };

  // The lines of a batch are vouched for by its checksum: one hash over their bytes, nothing parsed.
  const finishBatch = (b: OpenBatch, endInBuf: number): StoreCorrupt | undefined => {
    const digest = createHash('sha256').update(buf.subarray(b.bodyStart - bufStart, endInBuf)).digest('hex');
    if (digest !== b.record.sha256) {
      return corrupt(path, b.line, `the ${b.record.batch} lines after this batch record do not match its checksum (changed after they were written?); remove the batch record to have them checked line by line instead`);
    }
    if (b.record.first !== b.headBefore + 1) return corrupt(path, b.line, `batch record says position ${b.record.first} where ${b.headBefore + 1} was expected`);
    if (index.ids || index.tags) indexKnown(b, endInBuf);
    return undefined;
  };

  // A follower that already built its ids or tags adds the batch's (only after such reads).
  const indexKnown = (b: OpenBatch, endInBuf: number): void => {
    let start = b.bodyStart - bufStart;
    for (let p = b.headBefore + 1; p <= index.head; p++) {
      const end = buf.indexOf(0x0a, start);
      const e = JSON.parse(buf.toString('utf8', start, Math.min(end, endInBuf))) as { id: string; tags: string[] };
      index.ids?.add(e.id);
      index.tags?.add({ tags: e.tags, position: p });
      start = end + 1;
    }
  };

  for (;;) {
    const nl = buf.indexOf(0x0a, pos);
    if (nl < 0) {
      const loaded = bufStart + buf.length;
      if (loaded >= size) break;
      // Keep the open batch (its lines are checked together) or the partial line,
      // moved to the front of a buffer reused from chunk to chunk: a fresh 8 MB
      // buffer for every chunk costs full garbage collections.
      const keepFrom = batch ? batch.offset : bufStart + pos;
      const kept = loaded - keepFrom;
      const want = Math.min(Math.max(CHUNK_BYTES, kept), size - loaded);
      if (store.length < kept + want) {
        const bigger = Buffer.allocUnsafe(Math.max(kept + want, store.length * 2));
        buf.copy(bigger, 0, keepFrom - bufStart);
        store = bigger;
      } else if (kept > 0) store.copyWithin(0, keepFrom - bufStart, loaded - bufStart);
      let filled = kept;
      while (filled < kept + want) {
        const n = readSync(fd, store, filled, kept + want - filled, keepFrom + filled);
        if (n === 0) break;
        filled += n;
      }
      pos -= keepFrom - bufStart;
      buf = store.subarray(0, filled);
      bufStart = keepFrom;
      if (filled < kept + want) size = bufStart + filled; // The file shrank meanwhile.
      continue;
    }
    lineNo++;
    if (batch) {
      if (isBatchLine(buf, pos)) return fail(corrupt(path, lineNo, `batch record inside the batch of line ${batch.line}, which has ${batch.count} of its ${batch.record.batch} lines`));
      index.add(bufStart + pos, nl - pos, LineKind.trusted);
      if (++batch.count === batch.record.batch) {
        const failure = finishBatch(batch, nl + 1);
        if (failure) return fail(failure);
        batch = undefined;
        accept(nl + 1);
      }
    } else if (isBlank(buf, pos, nl)) {
      accept(nl + 1);
    } else if (isBatchLine(buf, pos)) {
      const record = parseBatchRecord(buf.toString('utf8', pos, nl));
      if (!record) {
        if (bufStart + nl + 1 >= size) break;
        return left(corrupt(path, lineNo, 'not a valid batch record'));
      }
      batch = { record, line: lineNo, offset: bufStart + pos, bodyStart: bufStart + nl + 1, headBefore: index.head, count: 0 };
    } else {
      const failure = addDecoded(pos, nl, lineNo);
      if (failure) {
        if (bufStart + nl + 1 >= size && failure.message.includes('not a JSON line')) break;
        return left(failure);
      }
      accept(nl + 1);
    }
    pos = nl + 1;
  }

  if (batch) index.truncate(batch.headBefore);
  const tailBytes = size - index.end;
  if (tailBytes <= 0) return right(undefined);
  const tail = buf.subarray(index.end - bufStart, size - bufStart);
  let lines = 0;
  for (let i = tail.indexOf(0x0a); i >= 0; i = tail.indexOf(0x0a, i + 1)) lines++;
  const partial = tail[tail.length - 1] !== 0x0a;
  const reason = batch
    ? `a batch of ${batch.record.batch} events with ${batch.count} complete ${batch.count === 1 ? 'line' : 'lines'}`
    : partial
      ? 'a last line without newline'
      : 'a last line that is not JSON';
  return right({ offset: index.end, bytes: tailBytes, line: index.lines + 1, lines: lines + (partial ? 1 : 0), reason });
}

function isBlank(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}
