/**
 * Reading a log file into its {@link LogIndex}: at open, and again for the
 * new tail when a read-only follower sees the file grow.
 *
 * The file is read in large chunks. A batch whose checksum matches is taken
 * as written: its lines are only located (nothing in them is parsed; their
 * ids and tags are read later, if ever, by {@link indexIds} and
 * {@link indexTags}); lines outside batches are parsed and decoded with the
 * codecs. Only what a crashed write can leave at the end of the file (the
 * first lines of a batch, whole and in order, the last one possibly cut
 * short; a last line that is not JSON) is a torn tail, reported and not
 * indexed; a last line that is a complete event is kept, newline or not.
 * So is the last batch when it holds zero bytes, which a power loss leaves
 * in an append whose data had not reached the disk (and no log line
 * holds). A line outside batches may not repeat an id already in the log:
 * the ids of the whole log are read at the first such line, and only then.
 * Anything else wrong is corruption (a batch missing a line in its middle
 * included), and a file whose first line is neither a batch record nor a
 * stored event is not a log at all.
 *
 * @since 0.1.0
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readSync } from 'node:fs';
import { left, right, isLeft } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { eventId, formatIssues, SCHEMA_VERSIONS } from '@stancelog/core';
import { decodeStored } from '@stancelog/core/store-kit';
import type { DecodeIssue, ReadOptions, StoreCorrupt, StoreUnavailable } from '@stancelog/core';
import { duplicateId, indexIds } from './line-envelopes.js';
import { isBatchLine, parseBatchRecord } from './line-format.js';
import type { BatchRecord } from './line-format.js';
import { LineKind } from './log-index.js';
import { nodeSha256 } from './node-sha256.js';
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
  /**
   * Why it was not accepted: `a batch of 3 events, 1 complete` (the
   * events its batch record promises, and those whole), `a batch record
   * without newline`, `a last line that is not JSON`, or zeros a power
   * loss left. It says what the file holds, not how: an append
   * interrupted leaves such an end, and so does a file truncated (a
   * partial restore, a copy cut short).
   */
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

/**
 * Where a log refused for a damaged line points its user: the README's
 * steps to a log that opens again (keep the file, cut before the line,
 * append again what came after it). "Put it back as it was" is no step
 * for a byte that changed.
 * @example
 * import { RECOVERY } from './log-scan.js'
 * assert.match(RECOVERY, /"Recovering a damaged log" in the README of @stancelog\/store-file/)
 * @category file store
 * @since 0.1.0
 * @internal
 */
export const RECOVERY = 'to recover the log, see "Recovering a damaged log" in the README of @stancelog/store-file';

/** A damaged line: refused, naming it, with the way to {@link RECOVERY}. */
function corrupt(path: string, line: number, message: string, issues?: ReadonlyArray<DecodeIssue>): StoreCorrupt {
  return corruptAsIs(path, line, `${message}; ${RECOVERY}`, issues);
}

/** A refusal whose message says what to do itself (a file that is no log, one converted whole). */
function corruptAsIs(path: string, line: number, message: string, issues?: ReadonlyArray<DecodeIssue>): StoreCorrupt {
  return { _tag: 'StoreCorrupt', location: path, line, ...(issues ? { issues } : {}), message: `${path}:${line}: ${message}` };
}

// A file whose first line is neither a batch record nor a stored event is some other file (a statement file
// given as the log, say): refused whole, never taken for a log with a torn tail and cut.
function notALog(path: string, line: number, what: string): StoreCorrupt {
  return corruptAsIs(path, line, `not a stancelog log: its first line is neither a batch record nor a stored event (${what}); the file is left as it is`);
}

const NEWLINE = Buffer.from('\n');

/**
 * The refusal of a line written by an older schema version of its type
 * that no upcaster the store was given turns into this release's, when
 * that alone is why `decodeStored` refused it (`issues`); else undefined.
 * Such a line is not damaged, and is not said to be: the store lacks
 * what it needs to read it (`StoreUnavailable`), and the way out is an
 * upcaster, not the recovery of a damaged log.
 * @example
 * import { decodeStored } from '@stancelog/core/store-kit'
 * import { olderSchema } from './log-scan.js'
 * const line = { id: 'a1', position: 1, recordedAt: '2025-01-01T00:00:00Z', schema: 0, tags: [], type: 'alias-added', data: { actor: 'ukraine', name: 'Kyiv' } }
 * const r = decodeStored(line)
 * assert.ok(r._tag === 'Left')
 * assert.strictEqual(olderSchema('/logs/talks.jsonl', 3, line, r.left)?.message.split(': open')[0], '/logs/talks.jsonl:3: written by an older schema (alias-added version 0; this release reads version 1)')
 * @category file store
 * @since 0.1.0
 * @internal
 */
export function olderSchema(path: string, line: number | undefined, raw: unknown, issues: ReadonlyArray<DecodeIssue>): StoreUnavailable | undefined {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as { type?: unknown; schema?: unknown };
  const current = typeof r.type === 'string' && Object.prototype.hasOwnProperty.call(SCHEMA_VERSIONS, r.type) ? SCHEMA_VERSIONS[r.type as keyof typeof SCHEMA_VERSIONS] : undefined;
  // decodeStored's refusal of an older record for want of its upcaster (or one that threw) is one issue at `schema`.
  if (current === undefined || typeof r.schema !== 'number' || r.schema >= current || issues.length !== 1 || issues[0]!.path !== 'schema') return undefined;
  return {
    _tag: 'StoreUnavailable',
    message: `${line === undefined ? path : `${path}:${line}`}: ${issues[0]!.message.replace(/^schema: /, '')} (the upcasters option of openFileStore); the line is not damaged, and the file is left as it is`,
  };
}

/** Whether `raw` has the envelope of a stored event (what tells a log's line from any other JSON). */
function isEnvelope(raw: unknown): boolean {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return false;
  const r = raw as { id?: unknown; position?: unknown; type?: unknown };
  return typeof r.id === 'string' && typeof r.position === 'number' && typeof r.type === 'string';
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads the file `fd` from `index.end` to `size`, adding every accepted event
 * to `index`. Returns the torn tail, if any, or a `StoreCorrupt` naming the
 * file and line (the index then holds the events before it).
 *
 * Only what a crashed write can leave is a torn tail: a batch with fewer
 * lines than its record promises, whose lines are its first ones (the
 * positions it starts at, in order, each a valid event, only the last one
 * possibly cut short), or a last line that is not JSON. A batch that lacks
 * a line in its middle is corruption, never cut. A
 * line that is a complete event but has no newline is accepted (and
 * `index.unterminated` set). A file whose first line is neither a batch
 * record nor a stored event is not a log: `StoreCorrupt` at that line.
 * What would be refused is a torn tail after all when it is the last batch
 * and holds zero bytes (a power loss; see `zeroedTail`). A line outside
 * batches whose id is already in the log is refused, naming both lines.
 *
 * @example
 * import { LogIndex } from './log-index.js'
 * import { scanLog } from './log-scan.js'
 * import { openSync, writeFileSync, mkdtempSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const file = join(mkdtempSync(join(tmpdir(), 'scan-')), 'log.jsonl')
 * // The first append of a log, cut short by a crash in its batch record: all of it is the torn tail.
 * writeFileSync(file, '{"batch":2,"first":1,"sha')
 * const r = scanLog(openSync(file, 'r'), 25, new LogIndex(), file)
 * assert.deepStrictEqual(r._tag === 'Right' && [r.right?.bytes, r.right?.reason], [25, 'a batch record without newline'])
 * // A statement file is not a log: refused, not cut.
 * writeFileSync(file, '{"holder":"russia","issue":"ceasefire","kind":"reject","polarity":"-"}')
 * const other = scanLog(openSync(file, 'r'), 70, new LogIndex(), file)
 * assert.ok(other._tag === 'Left' && other.left.message.startsWith(`${file}:1: not a stancelog log`))
 * @category file store
 * @since 0.1.0
 * @internal
 */
export function scanLog(fd: number, size: number, index: LogIndex, path: string, decoding: ReadOptions = {}): Either<StoreCorrupt | StoreUnavailable, TornTail | undefined> {
  const scanned = scanLines(fd, size, index, path, decoding);
  if (scanned._tag === 'Right') return scanned;
  // Refused: unless what stopped the scan is the zeros a power loss leaves in the last batch.
  const zeroed = zeroedTail(fd, size, index);
  return zeroed === undefined ? scanned : right(zeroed);
}

function scanLines(fd: number, size: number, index: LogIndex, path: string, decoding: ReadOptions): Either<StoreCorrupt | StoreUnavailable, TornTail | undefined> {
  // Lines the store writes are about 300 to 500 bytes: room for as many as that suggests, grown if needed.
  index.reserve(index.head + Math.ceil((size - index.end) / 256));
  let store = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, Math.max(0, size - index.end)));
  let buf = store.subarray(0, 0);
  let bufStart = index.end; // file offset of buf[0]
  let pos = 0; // next line start, in buf
  let lineNo = index.lines;
  let batch: OpenBatch | undefined;
  // The last line read had no newline: the next byte must be its newline.
  let continuing = index.unterminated;
  // Why the rest of the file is a torn tail, once found to be one.
  let torn: string | undefined;

  const accept = (endInBuf: number): void => {
    index.end = bufStart + endInBuf;
    index.lines = lineNo;
  };

  const fail = (error: StoreCorrupt): Either<StoreCorrupt | StoreUnavailable, never> => {
    if (batch) index.truncate(batch.headBefore);
    return left(error);
  };

  // Adds an event line that no checksum vouches for: parsed and decoded in full.
  // `notJson` marks the one failure a torn write can cause.
  const addDecoded = (start: number, end: number, line: number): { error: StoreCorrupt | StoreUnavailable; notJson: boolean } | undefined => {
    const first = index.head === 0;
    let raw: unknown;
    try {
      raw = JSON.parse(buf.toString('utf8', start, end));
    } catch (error) {
      const message = (error as Error).message;
      return { error: first ? notALog(path, line, `not JSON: ${message}`) : corrupt(path, line, `not a JSON line (${message})`), notJson: !first };
    }
    // Read leniently, a byte that is not UTF-8 became U+FFFD: the event would have changed without a word.
    if (!isUtf8(buf.subarray(start, end))) return { error: corrupt(path, line, notUtf8(buf, start, end)), notJson: false };
    if (first && !isEnvelope(raw)) return { error: notALog(path, line, 'JSON without the id, position and type of an event'), notJson: false };
    const decoded = decodeStored(raw, decoding);
    if (isLeft(decoded)) return { error: olderSchema(path, line, raw, decoded.left) ?? corrupt(path, line, `not a valid event: ${formatIssues(decoded.left)}`, decoded.left), notJson: false };
    // decodeStored checked these, of an event of a type this version skips too.
    const r = raw as { id: string; position: number; tags: ReadonlyArray<string> };
    if (r.position !== index.head + 1) return { error: corrupt(path, line, `position ${r.position} where ${index.head + 1} was expected`), notJson: false };
    // No checksum vouches that this line is not a copy of another: the ids of the log are read (from the file, once,
    // at the first such line; a log of only the store's own batches never pays for it) and the line's checked against them.
    if (index.ids === undefined) {
      const built = indexIds(fd, index, path);
      if (isLeft(built)) return { error: built.left, notJson: false };
    }
    if (index.ids!.has(r.id)) return { error: duplicateId(fd, index, path, r.id, r.position, bufStart + start, line), notJson: false };
    const forged = forgedId(raw as { id: string; type: string; data: unknown });
    if (forged !== undefined) return { error: corrupt(path, line, forged), notJson: false };
    index.add(bufStart + start, end - start, decoded.right === null ? LineKind.skip : LineKind.decode);
    // Kept up to date once built (a follower that already served a tag read).
    index.ids?.add(r.id);
    index.tags?.add({ tags: r.tags as string[], position: index.head });
    return undefined;
  };

  // The lines of a batch are vouched for by its checksum: one hash over their bytes, nothing parsed.
  // `newlineMissing`: the batch ends the file, all there but its last newline (`endInBuf` is then the file's end).
  const finishBatch = (b: OpenBatch, endInBuf: number, newlineMissing = false): StoreCorrupt | undefined => {
    const hasher = createHash('sha256').update(buf.subarray(b.bodyStart - bufStart, endInBuf));
    if (newlineMissing) hasher.update(NEWLINE);
    if (hasher.digest('hex') !== b.record.sha256) {
      return (
        changedLine(b, endInBuf) ??
        corrupt(path, b.line, `the ${b.record.batch} lines after this batch record do not match its checksum (changed after they were written?); remove the batch record to have them checked line by line instead`)
      );
    }
    if (b.record.first !== b.headBefore + 1) return corrupt(path, b.line, `batch record says position ${b.record.first} where ${b.headBefore + 1} was expected`);
    return index.ids || index.tags ? indexKnown(b, endInBuf) : undefined;
  };

  // Which line of a batch whose checksum failed was changed, when that can be told: a line
  // ending in \r (the file converted to Windows line endings), a line that is not JSON, or one
  // whose id, a content hash, is no longer the hash of its content.
  const changedLine = (b: OpenBatch, endInBuf: number): StoreCorrupt | undefined => {
    let start = b.offset - bufStart;
    for (let line = b.line; line <= b.line + b.record.batch && start < endInBuf; line++) {
      const nl = buf.indexOf(0x0a, start);
      const end = nl < 0 || nl > endInBuf ? endInBuf : nl;
      if (end > start && buf[end - 1] === 0x0d) return corruptAsIs(path, line, crlf(line));
      if (line > b.line) {
        let raw: unknown;
        try {
          raw = JSON.parse(buf.toString('utf8', start, end));
        } catch (error) {
          return corrupt(path, line, `not a JSON line (${(error as Error).message}), in the batch of line ${b.line}, whose checksum it no longer matches: changed after it was written?`);
        }
        // A line put in place of an event (`{}`, a statement pasted in): named, rather than the batch record.
        if (!isEnvelope(raw) && !isBatchLine(buf, start)) return corrupt(path, line, `JSON without the id, position and type of an event, in the batch of line ${b.line}, whose checksum it no longer matches: changed after it was written?`);
        if (isEnvelope(raw)) {
          const forged = forgedId(raw as { id: string; type: string; data: unknown });
          if (forged !== undefined) return corrupt(path, line, `${forged} (the checksum of the batch record of line ${b.line} no longer matches either)`);
        }
      }
      start = end + 1;
    }
    return undefined;
  };

  // A log whose ids or tags were built (a follower after such reads, a log holding lines without a batch record)
  // adds the batch's; an id already there is refused as it is on a line without a batch record.
  const indexKnown = (b: OpenBatch, endInBuf: number): StoreCorrupt | undefined => {
    let start = b.bodyStart - bufStart;
    for (let p = b.headBefore + 1; p <= index.head; p++) {
      const nl = buf.indexOf(0x0a, start);
      const end = nl < 0 || nl > endInBuf ? endInBuf : nl;
      const e = JSON.parse(buf.toString('utf8', start, end)) as { id: string; tags: string[] };
      if (index.ids?.add(e.id) === false) return duplicateId(fd, index, path, e.id, p, bufStart + start, b.line + p - b.headBefore);
      index.tags?.add({ tags: e.tags, position: p });
      start = end + 1;
    }
    return undefined;
  };

  // Invisible in most editors, a byte order mark would only show as a JSON error on a character no one can see.
  if (index.end === 0 && size >= 3) {
    const head = Buffer.alloc(3);
    if (readSync(fd, head, 0, 3, 0) === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
      return left(corruptAsIs(path, 1, 'the file starts with a byte order mark (the bytes EF BB BF, invisible in most editors): it was saved as "UTF-8 with BOM"; remove those 3 bytes (save it as plain UTF-8). The file is left as it is'));
    }
  }

  for (;;) {
    let nl = buf.indexOf(0x0a, pos);
    if (nl < 0) {
      const loaded = bufStart + buf.length;
      if (loaded < size) {
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
      if (pos >= buf.length) break;
    }
    // The last line of the file may have no newline: it is read to the file's end.
    const terminated = nl >= 0;
    if (!terminated) nl = buf.length;
    const last = bufStart + nl + 1 >= size;
    if (continuing) {
      // Whoever adds to a log whose last line has no newline must write the newline first (a writer of this store does).
      if (!terminated || nl !== pos) return left(corrupt(path, lineNo, 'bytes were added to this line, which had no newline, after it was read'));
      continuing = false;
      index.unterminated = false;
      accept(nl + 1);
      pos = nl + 1;
      continue;
    }
    lineNo++;
    if (batch) {
      if (isBatchLine(buf, pos)) {
        if (!terminated) break; // The next batch's record, cut short: the open batch is torn all the same.
        return fail(corrupt(path, lineNo, `batch record inside the batch of line ${batch.line}, which has ${batch.count} of its ${batch.record.batch} lines`));
      }
      if (!terminated) {
        // The batch's last line, all there but its newline (whose bytes the checksum covers)? Otherwise, cut short.
        if (batch.count + 1 < batch.record.batch) break;
        const hashed = createHash('sha256').update(buf.subarray(batch.bodyStart - bufStart, nl)).update(NEWLINE).digest('hex');
        if (hashed !== batch.record.sha256) break;
      }
      index.add(bufStart + pos, nl - pos, LineKind.trusted);
      if (++batch.count === batch.record.batch) {
        const failure = finishBatch(batch, terminated ? nl + 1 : nl, !terminated);
        if (failure) return fail(failure);
        batch = undefined;
        accept(terminated ? nl + 1 : nl);
      }
    } else if (isBlank(buf, pos, nl)) {
      accept(terminated ? nl + 1 : nl);
    } else if (isBatchLine(buf, pos)) {
      if (!terminated) {
        torn = 'a batch record without newline';
        break;
      }
      const text = buf.toString('utf8', pos, nl);
      const record = parseBatchRecord(text);
      if (!record) {
        if (last && !isJson(text)) {
          torn = 'a last line that is not JSON';
          break;
        }
        return left(corrupt(path, lineNo, 'not a valid batch record'));
      }
      batch = { record, line: lineNo, offset: bufStart + pos, bodyStart: bufStart + nl + 1, headBefore: index.head, count: 0 };
    } else {
      const failure = addDecoded(pos, nl, lineNo);
      if (failure) {
        if (last && failure.notJson) {
          torn = terminated ? 'a last line that is not JSON' : 'a last line without newline that is not JSON';
          break;
        }
        return left(failure.error);
      }
      accept(terminated ? nl + 1 : nl);
    }
    if (!terminated) {
      // A complete last line without newline, kept: the next writer adds the newline.
      if (index.end === bufStart + nl && batch === undefined) index.unterminated = true;
      break;
    }
    pos = nl + 1;
  }

  if (batch) {
    index.truncate(batch.headBefore);
    // A crash leaves the first lines of a batch: anything else is no torn write, and is not cut.
    const broken = notAPrefix(batch, buf.subarray(batch.bodyStart - bufStart, size - bufStart), path, decoding);
    if (broken !== undefined) return left(broken);
  }
  const tailBytes = size - index.end;
  if (tailBytes <= 0) return right(undefined);
  const tail = buf.subarray(index.end - bufStart, size - bufStart);
  let lines = 0;
  for (let i = tail.indexOf(0x0a); i >= 0; i = tail.indexOf(0x0a, i + 1)) lines++;
  const partial = tail[tail.length - 1] !== 0x0a;
  // The events the batch record promises, and those whole: what a reader needs to tell a crash from a file cut short.
  const reason = batch
    ? `a batch of ${batch.record.batch} ${batch.record.batch === 1 ? 'event' : 'events'}, ${batch.count === 0 ? 'none' : batch.count} complete`
    : (torn ?? 'a last line without newline that is not JSON');
  return right({ offset: index.end, bytes: tailBytes, line: index.lines + 1, lines: lines + (partial ? 1 : 0), reason });
}

const ZEROS_PIECE_BYTES = 1024 * 1024;

/**
 * Calls `visit` with each line of the file `fd` from `from` to `to` (the
 * last one possibly without newline), read in pieces; stops when `visit`
 * returns true.
 */
function eachLineIn(fd: number, from: number, to: number, visit: (line: Buffer, terminated: boolean) => boolean | void): void {
  let buf = Buffer.allocUnsafe(Math.min(ZEROS_PIECE_BYTES, Math.max(1, to - from)));
  let kept = 0; // bytes of an unfinished line at the front of buf
  for (let at = from; at < to || kept > 0; ) {
    if (at < to) {
      if (kept === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, kept);
        buf = bigger;
      }
      const n = readSync(fd, buf, kept, Math.min(buf.length - kept, to - at), at);
      if (n === 0) to = at; // The file shrank meanwhile.
      at += n;
      kept += n;
    }
    let start = 0;
    for (let nl = buf.indexOf(0x0a, 0); nl >= 0 && nl < kept; nl = buf.indexOf(0x0a, start)) {
      if (visit(buf.subarray(start, nl), true) === true) return;
      start = nl + 1;
    }
    if (at >= to) {
      if (start < kept) visit(buf.subarray(start, kept), false);
      return;
    }
    buf.copy(buf, 0, start, kept);
    kept -= start;
  }
}

/**
 * The rest of the file after the last accepted line, as a torn tail, when
 * it is the last batch of an append that a power loss cut short, or
 * undefined. A file system that journals metadata only (ext4, XFS) may
 * keep the file's new size after a power loss and not the data written
 * before it: those bytes read back as zeros (NUL), anywhere in the append
 * that had not reached the disk, with the bytes after them intact or not.
 * No log line holds a NUL byte (JSON escapes control characters), so
 * nothing but that can put one there. The rest counts as such a tail when
 * it holds a NUL byte, starts at a batch record (or at what zeros left of
 * one: after accepted lines, the zeros may start at the record itself),
 * and holds no batch whose lines are whole and match its checksum (which
 * would be an append made after the zeros: then they are no torn write,
 * and the log is refused). What comes before the last accepted line is
 * never part of it.
 */
function zeroedTail(fd: number, size: number, index: LogIndex): TornTail | undefined {
  const from = index.end;
  if (from >= size) return undefined;
  let firstNul = -1;
  let at = from;
  eachLineIn(fd, from, size, (line) => {
    const i = line.indexOf(0);
    if (i >= 0) {
      firstNul = at + i;
      return true;
    }
    at += line.length + 1;
    return false;
  });
  if (firstNul < 0) return undefined;
  // The rest starts at a batch record, or at a part of one that zeros follow (the record itself zeroed, after accepted lines).
  // (At the start of the file, only a whole record's opening tells a log from a file of zeros, which is none.)
  const opening = Buffer.alloc(Math.min(BATCH_OPENING.length, size - from));
  readSync(fd, opening, 0, opening.length, from);
  const beforeNul = opening.indexOf(0);
  const startsABatch = isBatchLine(opening, 0) || (from > 0 && beforeNul >= 0 && opening.subarray(0, beforeNul).equals(BATCH_OPENING.subarray(0, beforeNul)));
  if (!startsABatch) return undefined;
  // A whole batch after it would be a later append, which a crash cannot leave after a torn one.
  let open: { record: BatchRecord; left: number; hash: ReturnType<typeof createHash> } | undefined;
  let whole = false;
  let lines = 0;
  let partial = false;
  eachLineIn(fd, from, size, (line, terminated) => {
    if (terminated) lines++;
    else partial = true;
    if (isBatchLine(line, 0)) {
      const record = line.indexOf(0) < 0 ? parseBatchRecord(line.toString('utf8')) : undefined;
      open = record ? { record, left: record.batch, hash: createHash('sha256') } : undefined;
      return false;
    }
    if (open === undefined) return false;
    open.hash.update(line).update(NEWLINE);
    if (--open.left === 0) {
      whole = open.hash.digest('hex') === open.record.sha256;
      open = undefined;
    }
    return whole;
  });
  if (whole) return undefined;
  return {
    offset: from,
    bytes: size - from,
    line: index.lines + 1,
    lines: lines + (partial ? 1 : 0),
    reason: `zero bytes (NUL) at byte ${firstNul}, in the last batch: an append cut short by a power loss (the file's new size reached the disk before all of its data)`,
  };
}

const BATCH_OPENING = Buffer.from('{"batch":');

function isBlank(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

function crlf(line: number): string {
  return `line ${line} ends with \\r\\n: the log was converted to Windows line endings? (a batch's checksum covers its newlines) Convert it back (dos2unix); the file is left as it is`;
}

/**
 * Why the lines after the record of a batch that ends the file unfinished
 * (`body`) are not what a crash leaves, or undefined when they are: a crash
 * cuts an append short, so its lines are the batch's first ones, whole and
 * at the positions it starts at, only the last one possibly cut short (no
 * newline). A line missing in the middle, or changed, is corruption: cutting
 * the batch would cut appended events with it.
 */
function notAPrefix(batch: OpenBatch, body: Buffer, path: string, decoding: ReadOptions): StoreCorrupt | undefined {
  // The way to recover said after the problem: the message ends as those of the other refusals to cut do.
  const why = (line: number, problem: string): StoreCorrupt =>
    corruptAsIs(
      path,
      line,
      `${problem}; ${RECOVERY}. The batch of line ${batch.line} ends the file unfinished (${batch.record.batch} lines promised), but a crash leaves only its first lines, whole and in order, so this is no torn write to cut: the file is left as it is`,
    );
  if (batch.record.first !== batch.headBefore + 1) return why(batch.line, `batch record says position ${batch.record.first} where ${batch.headBefore + 1} was expected`);
  let start = 0;
  for (let i = 0; start < body.length; i++) {
    const nl = body.indexOf(0x0a, start);
    const end = nl < 0 ? body.length : nl;
    const line = batch.line + 1 + i;
    const text = body.toString('utf8', start, end);
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      // The last bytes, cut short by the crash: the one line that may be torn.
      if (nl < 0) return undefined;
      if (isBatchLine(body, start)) return why(line, `a batch record where line ${i + 1} of the batch was expected`);
      if (body[end - 1] === 0x0d) return why(line, crlf(line));
      return why(line, `not a JSON line (${(error as Error).message})`);
    }
    if (!isEnvelope(raw)) return why(line, 'JSON without the id, position and type of an event');
    const position = (raw as { position: number }).position;
    const expected = batch.record.first + i;
    if (position !== expected) return why(line, `position ${position} where ${expected} was expected${position > expected ? ` (a line of the batch is missing before it)` : ''}`);
    if (i >= batch.record.batch) return why(line, `more lines than the ${batch.record.batch} the batch record promises`);
    const decoded = decodeStored(raw, decoding);
    // A line only of an older schema, with no upcaster for it, is whole all the same: what a crash leaves.
    if (isLeft(decoded) && olderSchema(path, line, raw, decoded.left) === undefined) return why(line, `not a valid event: ${formatIssues(decoded.left)}`);
    const forged = forgedId(raw as { id: string; type: string; data: unknown });
    if (forged !== undefined) return why(line, forged);
    start = end + 1;
  }
  return undefined;
}

// Where the first byte that is not UTF-8 is: the first byte that the lenient decoding does not give back.
/** The shape of the ids the stores give: 128 bits of a content hash, in hex. */
const HASH_ID = /^[0-9a-f]{32}$/;

/**
 * Why a line's id, shaped as a content hash, is not the hash of its content,
 * or undefined when it is (or is an id of another shape, as tools that write
 * lines of their own may give). A line changed by hand after it was written
 * keeps its old id: appending the statement it held would then count as a
 * duplicate and be lost, so such a log is refused rather than read.
 */
function forgedId(raw: { id: string; type: string; data: unknown }): string | undefined {
  if (!HASH_ID.test(raw.id)) return undefined;
  // The hash the id was made with when the line was written: of its type and data as they were (before any upcast).
  const computed = eventId(raw as Parameters<typeof eventId>[0], nodeSha256);
  if (computed === raw.id) return undefined;
  return `event id ${raw.id} is not the hash of the line's content (${computed}): was the line changed after it was written? Put it back as it was if you know what it held, and correct a statement by withdrawing it (\`stancelog withdraw\`) and appending the corrected one, recorded now (the line without its id, position, schema, tags, recordedAt and quote offsets, changed where it was wrong: docs/cli.md, stancelog withdraw); a line another tool wrote may use id ${computed}, or an id of another shape`;
}

function notUtf8(buf: Buffer, start: number, end: number): string {
  const again = Buffer.from(buf.toString('utf8', start, end), 'utf8');
  let i = 0;
  while (i < end - start && again[i] === buf[start + i]) i++;
  return `not UTF-8: byte 0x${(buf[start + i] ?? 0).toString(16).padStart(2, '0')} at byte ${i} of the line (changed by hand or by another tool?); the file is left as it is`;
}
