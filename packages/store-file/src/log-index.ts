/**
 * What a file store keeps in memory about its log: where each event's line
 * is and how to read it back, in typed arrays (13 bytes an event, no object
 * per event). The ids (for idempotent appends) and the tag index (for tag
 * reads and tag conditions) are built from the file on first need, by
 * {@link indexIds} and {@link indexTags}, and kept up to date from then on.
 *
 * @since 0.1.0
 */
import type { TagIndex } from '@stancelog/core/store-kit';
import type { IdSet } from './id-set.js';

/**
 * How to turn an event's line back into an event.
 * - `trusted`: written and checksummed by the store: `JSON.parse` suffices
 *   (an event of an older schema or an unknown type is still decoded or
 *   skipped when read);
 * - `decode`: not verified by a checksum: decoded (and upcast) with the codecs;
 * - `skip`: of a type this version does not know: not read.
 *
 * @example
 * import { encodeBatch, eventLine } from './line-format.js'
 * import { LineKind, LogIndex } from './log-index.js'
 * import { scanLog } from './log-scan.js'
 * import type { StoredEvent } from '@stancelog/core'
 * import { mkdtempSync, openSync, statSync, writeFileSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const kyiv: StoredEvent = { id: 'a1', position: 1, recordedAt: '2025-05-17T09:00:00.000Z', schema: 1, tags: ['actor:ukraine'], type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }
 * const file = join(mkdtempSync(join(tmpdir(), 'kinds-')), 'log.jsonl')
 * // A batch the store wrote, then a line added by hand (no batch record vouches for it).
 * writeFileSync(file, Buffer.concat([encodeBatch([kyiv]), Buffer.from(`${eventLine({ ...kyiv, id: 'a2', position: 2 })}\n`)]))
 * const index = new LogIndex()
 * scanLog(openSync(file, 'r'), statSync(file).size, index, file)
 * assert.deepStrictEqual([index.kindOf(1), index.kindOf(2)], [LineKind.trusted, LineKind.decode])
 * @category file store
 * @since 0.1.0
 */
export const LineKind = { trusted: 0, decode: 1, skip: 2 } as const;
/** @category file store @since 0.1.0 */
export type LineKind = (typeof LineKind)[keyof typeof LineKind];

/**
 * The in-memory index of a log file.
 *
 * @example
 * import { LogIndex, LineKind } from './log-index.js'
 * const index = new LogIndex()
 * index.add(0, 120, LineKind.trusted)
 * assert.strictEqual(index.head, 1)
 * assert.strictEqual(index.endOf(1), 120)
 * @category file store
 * @since 0.1.0
 */
export class LogIndex {
  /** The last position. */
  head = 0;
  /** The byte offset after the last accepted line. */
  end = 0;
  /** The number of lines up to `end`. */
  lines = 0;
  /**
   * Whether the last accepted line ends the file without a newline (a line
   * written by hand or by another tool): a writer adds the newline before
   * it appends, and a follower expects one next.
   */
  unterminated = false;
  /** The ids of the events, once built. */
  ids: IdSet | undefined;
  /** The positions of each tag, once built. */
  tags: TagIndex | undefined;
  private starts = new Float64Array(1024);
  private lengths = new Uint32Array(1024);
  private kinds = new Uint8Array(1024);

  /** Adds the event at position `head + 1`, whose line is `[start, start + length)` (newline excluded). */
  add(start: number, length: number, kind: LineKind): void {
    const i = this.head;
    if (i === this.starts.length) this.grow(i * 2);
    this.starts[i] = start;
    this.lengths[i] = length;
    this.kinds[i] = kind;
    this.head = i + 1;
  }

  /** Forgets the events after `head` (a batch that turned out torn). */
  truncate(head: number): void {
    if (head < this.head) this.head = head;
  }

  /** Makes room for `count` events in all, so that a long scan does not grow the arrays step by step. */
  reserve(count: number): void {
    if (count > this.starts.length) this.grow(count);
  }

  /** The byte offset of the line of `position`. */
  startOf(position: number): number {
    return this.starts[position - 1]!;
  }

  /** The byte offset after the line of `position` (before its newline). */
  endOf(position: number): number {
    return this.starts[position - 1]! + this.lengths[position - 1]!;
  }

  /** How the line of `position` is read. */
  kindOf(position: number): LineKind {
    return this.kinds[position - 1] as LineKind;
  }

  private grow(size: number): void {
    const starts = new Float64Array(size);
    starts.set(this.starts);
    const lengths = new Uint32Array(size);
    lengths.set(this.lengths);
    const kinds = new Uint8Array(size);
    kinds.set(this.kinds);
    this.starts = starts;
    this.lengths = lengths;
    this.kinds = kinds;
  }
}
