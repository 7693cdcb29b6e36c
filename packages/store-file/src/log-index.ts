/**
 * What a file store keeps in memory about its log: where each event's line
 * is, how to read it back, the ids (for idempotency) and tags (for tag reads
 * and conditions). Events themselves stay on disk, so memory grows by tens
 * of bytes per event, not by the event's size.
 *
 * @since 0.1.0
 */
import { TagIndex } from '@stancelog/core';

/**
 * How to turn an event's line back into an event.
 * - `trusted`: written and checksummed by the store, `JSON.parse` suffices;
 * - `decode`: not verified by a checksum, or of an older schema: decoded
 *   (and upcast) with the codecs;
 * - `skip`: of a type this version does not know: not read.
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
 * import { LogIndex, LineKind } from '@stancelog/store-file'
 * const index = new LogIndex()
 * index.add('a1', ['actor:ukraine'], 0, 120, LineKind.trusted)
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
  /** The ids of the events, kept only by a writer (for idempotency): a read-only store never needs them. */
  readonly ids = new Set<string>();
  readonly tags = new TagIndex();
  private starts = new Float64Array(1024);
  private lengths = new Uint32Array(1024);
  private kinds = new Uint8Array(1024);

  /** @param trackIds whether to keep the ids (a writer's index does). */
  constructor(readonly trackIds = true) {}

  /** Adds the event at position `head + 1`, whose line is `[start, start + length)` (newline excluded). */
  add(id: string, tags: ReadonlyArray<string>, start: number, length: number, kind: LineKind): void {
    const i = this.head;
    if (i === this.starts.length) this.grow();
    this.starts[i] = start;
    this.lengths[i] = length;
    this.kinds[i] = kind;
    this.head = i + 1;
    if (this.trackIds) this.ids.add(id);
    this.tags.add({ tags, position: i + 1 });
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

  private grow(): void {
    const size = this.starts.length * 2;
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
