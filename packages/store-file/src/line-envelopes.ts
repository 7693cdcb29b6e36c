/**
 * The ids and the tag index of a log, built from the file on first need
 * rather than at every open: a reader replaying the log needs neither, a
 * writer needs the ids at its first append, tag reads and tag conditions
 * need the tags. Both are read from the known prefix of lines the store
 * wrote (`{"id":"…","position":…,"recordedAt":"…","schema":…,"tags":[…]`),
 * falling back to `JSON.parse` for lines of another shape.
 *
 * @since 0.1.0
 */
import { readSync } from 'node:fs';
import { left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { TagIndex } from '@stancelog/core/store-kit';
import type { LoggedEvent } from '@stancelog/core/store-kit';
import type { StoreCorrupt } from '@stancelog/core';
import { IdSet } from './id-set.js';
import { idSpan, lexEnvelope } from './line-format.js';
import type { LogIndex } from './log-index.js';

const PIECE_BYTES = 8 * 1024 * 1024;

/**
 * Calls `visit` with the bytes of the line of every position from `from`
 * to `index.head`, reading the file `fd` in large pieces.
 */
function eachLine(fd: number, index: LogIndex, from: number, visit: (buf: Buffer, start: number, end: number, position: number) => boolean | void, to = index.head): void {
  let buf = Buffer.alloc(0);
  let bufStart = 0;
  let bufEnd = 0;
  for (let p = from; p <= to; p++) {
    const start = index.startOf(p);
    const end = index.endOf(p);
    if (start < bufStart || end > bufEnd) {
      const length = Math.max(end - start, Math.min(PIECE_BYTES, index.end - start));
      if (buf.length < length) buf = Buffer.allocUnsafe(Math.max(length, Math.min(PIECE_BYTES, index.end)));
      let filled = 0;
      while (filled < length) {
        const n = readSync(fd, buf, filled, length - filled, start + filled);
        if (n === 0) throw new Error(`the file ended at byte ${start + filled}, before the event at position ${p}`);
        filled += n;
      }
      bufStart = start;
      bufEnd = start + length;
    }
    // `true`: found what it looked for, read no further.
    if (visit(buf, start - bufStart, end - bufStart, p) === true) return;
  }
}

const parseLine = (buf: Buffer, start: number, end: number): { id?: unknown; tags?: unknown } => JSON.parse(buf.toString('utf8', start, end)) as { id?: unknown; tags?: unknown };

/**
 * The line number (1-based) of the line that starts at byte `offset` of the
 * file `fd`: the newlines before it, counted. It reads the file up to
 * there, so it is for error messages, which name a line, not for the
 * common path (the index keeps offsets, not line numbers).
 *
 * @example
 * import { lineAt } from './line-envelopes.js'
 * import { mkdtempSync, openSync, writeFileSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const file = join(mkdtempSync(join(tmpdir(), 'line-')), 'log.jsonl')
 * writeFileSync(file, '{"a":1}\n\n{"b":2}\n')
 * assert.deepStrictEqual([lineAt(openSync(file, 'r'), 0), lineAt(openSync(file, 'r'), 9)], [1, 3])
 * @category file store
 * @since 0.1.0
 * @internal
 */
export function lineAt(fd: number, offset: number): number {
  const piece = Buffer.allocUnsafe(Math.min(PIECE_BYTES, Math.max(1, offset)));
  let line = 1;
  for (let at = 0; at < offset; ) {
    const n = readSync(fd, piece, 0, Math.min(piece.length, offset - at), at);
    if (n === 0) break;
    for (let i = piece.indexOf(0x0a); i >= 0 && i < n; i = piece.indexOf(0x0a, i + 1)) line++;
    at += n;
  }
  return line;
}

/** The position of the first event whose id is `id`, among positions 1 to `before - 1`; undefined when none is. */
function firstPositionOf(fd: number, index: LogIndex, id: string, before: number): number | undefined {
  let found: number | undefined;
  eachLine(
    fd,
    index,
    1,
    (buf, start, end, position) => {
      const span = idSpan(buf, start, end);
      const lineId = span >= 0 ? buf.toString('latin1', span, span + 32) : String(parseLine(buf, start, end).id);
      if (lineId !== id) return false;
      found = position;
      return true;
    },
    Math.min(index.head, before - 1),
  );
  return found;
}

/**
 * The event at `position`, read from its line alone (what an append checks
 * a correction's `corrects` against), or undefined when the line holds no
 * event with an id and a type.
 *
 * @example
 * import { encodeBatch } from './line-format.js'
 * import { eventAt, positionOfId } from './line-envelopes.js'
 * import { LogIndex } from './log-index.js'
 * import { scanLog } from './log-scan.js'
 * import { mkdtempSync, openSync, statSync, writeFileSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const file = join(mkdtempSync(join(tmpdir(), 'event-at-')), 'log.jsonl')
 * const id = '0123456789abcdef0123456789abcdef'
 * writeFileSync(file, encodeBatch([{ id, position: 1, recordedAt: '2025-05-17T09:00:00.000Z', schema: 1, tags: [], type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } } as any]))
 * const fd = openSync(file, 'r')
 * const index = new LogIndex()
 * scanLog(fd, statSync(file).size, index, file)
 * assert.deepStrictEqual([eventAt(fd, index, 1)?.id, eventAt(fd, index, 1)?.type, positionOfId(fd, index, id)], [id, 'alias-added', 1])
 * @category file store
 * @since 0.1.0
 * @internal
 */
export function eventAt(fd: number, index: LogIndex, position: number): LoggedEvent | undefined {
  const start = index.startOf(position);
  const buf = Buffer.allocUnsafe(index.endOf(position) - start);
  for (let filled = 0; filled < buf.length; ) {
    const n = readSync(fd, buf, filled, buf.length - filled, start + filled);
    if (n === 0) return undefined;
    filled += n;
  }
  try {
    const event = JSON.parse(buf.toString('utf8')) as Partial<LoggedEvent> | null;
    return typeof event?.id === 'string' && typeof event.type === 'string' ? (event as LoggedEvent) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The position of the event whose id is `id`, found by reading the log's
 * lines from the first: for the one check that needs it, that of a
 * correction of a correction, not for the common path.
 *
 * @example
 * import { positionOfId } from './line-envelopes.js'
 * import { LogIndex } from './log-index.js'
 * import { mkdtempSync, openSync, writeFileSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const file = join(mkdtempSync(join(tmpdir(), 'position-of-')), 'log.jsonl')
 * writeFileSync(file, '')
 * assert.strictEqual(positionOfId(openSync(file, 'r'), new LogIndex(), '0123456789abcdef0123456789abcdef'), undefined)
 * @category file store
 * @since 0.1.0
 * @internal
 */
export function positionOfId(fd: number, index: LogIndex, id: string): number | undefined {
  return firstPositionOf(fd, index, id, index.head + 1);
}

/**
 * The `StoreCorrupt` of an event id found a second time, on the line at
 * byte `offset` (line `line`, when the caller knows it), at `position`:
 * naming the file, that line, and the line of the first occurrence (found
 * by reading the file again: this is the error path). An id stands for one
 * event: read twice, a statement would count twice (in positions, in
 * contradictions), and which of the two a later append skips as a
 * duplicate would be left to chance.
 *
 * @example
 * import { duplicateId } from './line-envelopes.js'
 * import { encodeBatch } from './line-format.js'
 * import { LogIndex } from './log-index.js'
 * import { scanLog } from './log-scan.js'
 * import { mkdtempSync, openSync, statSync, writeFileSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const file = join(mkdtempSync(join(tmpdir(), 'twice-')), 'log.jsonl')
 * const id = '0123456789abcdef0123456789abcdef'
 * writeFileSync(file, encodeBatch([{ id, position: 1, recordedAt: '2025-05-17T09:00:00.000Z', schema: 1, tags: [], type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } } as any]))
 * const fd = openSync(file, 'r')
 * const index = new LogIndex()
 * scanLog(fd, statSync(file).size, index, file)
 * // The same id met again at position 2, on line 3: the first is on line 2 (line 1 is the batch record).
 * const e = duplicateId(fd, index, file, id, 2, statSync(file).size, 3)
 * assert.deepStrictEqual([e.line, e.message.startsWith(`${file}:3: event ${id} at position 2 is already in the log, at line 2 (position 1)`)], [3, true])
 * @category file store
 * @since 0.1.0
 * @internal
 */
export function duplicateId(fd: number, index: LogIndex, path: string, id: string, position: number, offset: number, line = lineAt(fd, offset)): StoreCorrupt {
  const first = firstPositionOf(fd, index, id, position);
  const where = first === undefined ? 'earlier' : `at line ${lineAt(fd, index.startOf(first))} (position ${first})`;
  return {
    _tag: 'StoreCorrupt',
    location: path,
    line,
    message: `${path}:${line}: event ${id} at position ${position} is already in the log, ${where}: a line copied, or added twice by hand or by another tool? An event is read once; remove the copy (a line the store did not write is checked when the log is opened). The file is left as it is`,
  };
}

/**
 * Builds the ids of the log's events (once; later appends add theirs), or
 * a `StoreCorrupt` when an id occurs twice, naming the line of each.
 *
 * @example
 * import { encodeBatch } from './line-format.js'
 * import { indexIds } from './line-envelopes.js'
 * import { LogIndex } from './log-index.js'
 * import { scanLog } from './log-scan.js'
 * import { mkdtempSync, openSync, statSync, writeFileSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const file = join(mkdtempSync(join(tmpdir(), 'ids-')), 'log.jsonl')
 * writeFileSync(file, encodeBatch([{ id: '0123456789abcdef0123456789abcdef', position: 1, recordedAt: '2025-05-17T09:00:00.000Z', schema: 1, tags: ['actor:ukraine'], type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } } as any]))
 * const fd = openSync(file, 'r')
 * const index = new LogIndex()
 * scanLog(fd, statSync(file).size, index, file)
 * const ids = indexIds(fd, index, file)
 * assert.ok(ids._tag === 'Right' && ids.right.has('0123456789abcdef0123456789abcdef'))
 * @category file store
 * @since 0.1.0
 * @internal
 */
export function indexIds(fd: number, index: LogIndex, path: string): Either<StoreCorrupt, IdSet> {
  if (index.ids) return right(index.ids);
  const ids = new IdSet();
  let twice: { id: string; position: number } | undefined;
  eachLine(fd, index, 1, (buf, start, end, position) => {
    if (twice) return;
    const span = idSpan(buf, start, end);
    const hex = span >= 0 ? ids.addHex(buf, span) : undefined;
    if (hex === true) return;
    const id = hex === false ? buf.toString('latin1', span, span + 32) : String(parseLine(buf, start, end).id);
    if (hex === false || !ids.add(id)) twice = { id, position };
  });
  if (twice) return left(duplicateId(fd, index, path, twice.id, twice.position, index.startOf(twice.position)));
  index.ids = ids;
  return right(ids);
}

/**
 * Builds the tag index of the log (once; later appends add theirs).
 *
 * @example
 * import { encodeBatch } from './line-format.js'
 * import { indexTags } from './line-envelopes.js'
 * import { LogIndex } from './log-index.js'
 * import { scanLog } from './log-scan.js'
 * import { mkdtempSync, openSync, statSync, writeFileSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const file = join(mkdtempSync(join(tmpdir(), 'tags-')), 'log.jsonl')
 * writeFileSync(file, encodeBatch([{ id: '0123456789abcdef0123456789abcdef', position: 1, recordedAt: '2025-05-17T09:00:00.000Z', schema: 1, tags: ['actor:ukraine'], type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } } as any]))
 * const fd = openSync(file, 'r')
 * const index = new LogIndex()
 * scanLog(fd, statSync(file).size, index, file)
 * assert.deepStrictEqual(indexTags(fd, index).positionsAfter(['actor:ukraine'], 0), [1])
 * @category file store
 * @since 0.1.0
 * @internal
 */
export function indexTags(fd: number, index: LogIndex): TagIndex {
  if (index.tags) return index.tags;
  const tags = new TagIndex();
  const entry: { tags: ReadonlyArray<string>; position: number } = { tags: [], position: 0 };
  eachLine(fd, index, 1, (buf, start, end, position) => {
    const env = lexEnvelope(buf, start, end);
    const found = env ? env.tags : parseLine(buf, start, end).tags;
    entry.tags = Array.isArray(found) ? (found as string[]) : [];
    entry.position = position;
    tags.add(entry);
  });
  index.tags = tags;
  return tags;
}
