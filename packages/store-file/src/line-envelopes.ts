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
import { TagIndex } from '@stancelog/core';
import type { StoreCorrupt } from '@stancelog/core';
import { IdSet } from './id-set.js';
import { idSpan, lexEnvelope } from './line-format.js';
import type { LogIndex } from './log-index.js';

const PIECE_BYTES = 8 * 1024 * 1024;

/**
 * Calls `visit` with the bytes of the line of every position from `from`
 * to `index.head`, reading the file `fd` in large pieces.
 */
function eachLine(fd: number, index: LogIndex, from: number, visit: (buf: Buffer, start: number, end: number, position: number) => void): void {
  let buf = Buffer.alloc(0);
  let bufStart = 0;
  let bufEnd = 0;
  for (let p = from; p <= index.head; p++) {
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
    visit(buf, start - bufStart, end - bufStart, p);
  }
}

const parseLine = (buf: Buffer, start: number, end: number): { id?: unknown; tags?: unknown } => JSON.parse(buf.toString('utf8', start, end)) as { id?: unknown; tags?: unknown };

/**
 * Builds the ids of the log's events (once; later appends add theirs), or
 * a `StoreCorrupt` when an id occurs twice.
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
  if (twice) {
    return left({ _tag: 'StoreCorrupt', location: path, message: `${path}: event ${twice.id} at position ${twice.position} is already in the log` });
  }
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
