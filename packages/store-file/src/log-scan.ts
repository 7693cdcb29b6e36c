/**
 * Reading a log file into its {@link LogIndex}: at open, and again for the
 * new tail when a read-only follower sees the file grow.
 *
 * The file is read in large chunks. A batch whose checksum matches is taken
 * as written (only its envelopes are read, without parsing whole lines);
 * lines outside batches are parsed and decoded with the codecs. What cannot
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
import { decodeStored, formatIssues, SCHEMA_VERSIONS } from '@stancelog/core';
import type { DecodeIssue, StoreCorrupt } from '@stancelog/core';
import { isBatchLine, lexEnvelope, parseBatchRecord } from './line-format.js';
import type { BatchRecord } from './line-format.js';
import { LineKind } from './log-index.js';
import type { LogIndex } from './log-index.js';

const CHUNK_BYTES = 8 * 1024 * 1024;

/**
 * The part of the file after the last accepted line, when there is one.
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
  /** File offsets of the event lines collected so far: start, end (newline excluded). */
  readonly spans: number[];
}

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const versions: Readonly<Record<string, number>> = SCHEMA_VERSIONS;

function corrupt(path: string, line: number, message: string, issues?: ReadonlyArray<DecodeIssue>): StoreCorrupt {
  return { _tag: 'StoreCorrupt', location: path, line, ...(issues ? { issues } : {}), message: `${path}:${line}: ${message}` };
}

/**
 * Reads the file `fd` from `index.end` to `size`, adding every accepted event
 * to `index`. Returns the torn tail, if any, or a `StoreCorrupt` naming the
 * file and line (the index then holds the events before it).
 *
 * @example
 * import { LogIndex, scanLog } from '@stancelog/store-file'
 * import { openSync, writeFileSync, mkdtempSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const file = join(mkdtempSync(join(tmpdir(), 'scan-')), 'log.jsonl')
 * writeFileSync(file, '{"id":"x","posi')
 * const r = scanLog(openSync(file, 'r'), 15, new LogIndex(), file)
 * assert.strictEqual(r._tag === 'Right' && r.right?.bytes, 15)
 * @category file store
 * @since 0.1.0
 */
export function scanLog(fd: number, size: number, index: LogIndex, path: string): Either<StoreCorrupt, TornTail | undefined> {
  let buf = Buffer.alloc(0);
  let bufStart = index.end; // file offset of buf[0]
  let pos = 0; // next line start, in buf
  let lineNo = index.lines;
  let batch: OpenBatch | undefined;

  const accept = (endInBuf: number): void => {
    index.end = bufStart + endInBuf;
    index.lines = lineNo;
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
    return addEvent(r.id, r.position, r.tags as string[], start, end, decoded.right === null ? LineKind.skip : LineKind.decode, line);
  };

  const addEvent = (id: string, position: number, tags: ReadonlyArray<string>, start: number, end: number, kind: LineKind, line: number): StoreCorrupt | undefined => {
    if (position !== index.head + 1) return corrupt(path, line, `position ${position} where ${index.head + 1} was expected`);
    if (index.trackIds && index.ids.has(id)) return corrupt(path, line, `event ${id} is already in the log`);
    index.add(id, tags, bufStart + start, end - start, kind);
    return undefined;
  };

  const finishBatch = (b: OpenBatch): StoreCorrupt | undefined => {
    const first = b.spans[0]! - bufStart;
    const last = b.spans[b.spans.length - 1]! - bufStart;
    const digest = createHash('sha256').update(buf.subarray(first, last + 1)).digest('hex');
    if (digest !== b.record.sha256) {
      return corrupt(path, b.line, `the ${b.record.batch} lines after this batch record do not match its checksum (changed after they were written?); remove the batch record to have them checked line by line instead`);
    }
    if (b.record.first !== index.head + 1) return corrupt(path, b.line, `batch record says position ${b.record.first} where ${index.head + 1} was expected`);
    for (let i = 0; i < b.spans.length; i += 2) {
      const start = b.spans[i]! - bufStart;
      const end = b.spans[i + 1]! - bufStart;
      const line = b.line + 1 + i / 2;
      const env = lexEnvelope(buf, start, end);
      let failure: StoreCorrupt | undefined;
      if (env === undefined) failure = addDecoded(start, end, line);
      else if (hasOwn(versions, env.type) && versions[env.type] === env.schema) {
        failure = addEvent(env.id, env.position, env.tags, start, end, LineKind.trusted, line);
      } else failure = addDecoded(start, end, line);
      if (failure) return failure;
    }
    return undefined;
  };

  for (;;) {
    const nl = buf.indexOf(0x0a, pos);
    if (nl < 0) {
      const loaded = bufStart + buf.length;
      if (loaded >= size) break;
      // Keep the open batch (its lines are checked together) or the partial line.
      const keepFrom = batch ? batch.offset : bufStart + pos;
      const want = Math.min(Math.max(CHUNK_BYTES, loaded - keepFrom), size - loaded);
      const next = Buffer.allocUnsafe(loaded - keepFrom + want);
      buf.copy(next, 0, keepFrom - bufStart);
      let filled = loaded - keepFrom;
      while (filled < next.length) {
        const n = readSync(fd, next, filled, next.length - filled, keepFrom + filled);
        if (n === 0) break;
        filled += n;
      }
      pos -= keepFrom - bufStart;
      buf = filled === next.length ? next : next.subarray(0, filled);
      bufStart = keepFrom;
      if (filled < next.length) size = bufStart + filled; // The file shrank meanwhile.
      continue;
    }
    lineNo++;
    const isLast = bufStart + nl + 1 >= size;
    if (batch) {
      if (isBatchLine(buf, pos)) return left(corrupt(path, lineNo, `batch record inside the batch of line ${batch.line}, which has ${batch.spans.length / 2} of its ${batch.record.batch} lines`));
      batch.spans.push(bufStart + pos, bufStart + nl);
      if (batch.spans.length / 2 === batch.record.batch) {
        const failure = finishBatch(batch);
        if (failure) return left(failure);
        batch = undefined;
        accept(nl + 1);
      }
    } else if (isBlank(buf, pos, nl)) {
      accept(nl + 1);
    } else if (isBatchLine(buf, pos)) {
      const record = parseBatchRecord(buf.toString('utf8', pos, nl));
      if (!record) {
        if (isLast) break;
        return left(corrupt(path, lineNo, 'not a valid batch record'));
      }
      batch = { record, line: lineNo, offset: bufStart + pos, spans: [] };
    } else {
      const failure = addDecoded(pos, nl, lineNo);
      if (failure) {
        if (isLast && failure.message.includes('not a JSON line')) break;
        return left(failure);
      }
      accept(nl + 1);
    }
    pos = nl + 1;
  }

  const tailBytes = size - index.end;
  if (tailBytes <= 0) return right(undefined);
  const tail = buf.subarray(index.end - bufStart, size - bufStart);
  let lines = 0;
  for (let i = tail.indexOf(0x0a); i >= 0; i = tail.indexOf(0x0a, i + 1)) lines++;
  const partial = tail[tail.length - 1] !== 0x0a;
  const reason = batch
    ? `a batch of ${batch.record.batch} events with ${batch.spans.length / 2} complete lines`
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
