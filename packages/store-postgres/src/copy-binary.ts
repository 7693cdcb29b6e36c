/**
 * A parser of PostgreSQL's binary COPY format (`COPY ... TO STDOUT (FORMAT
 * binary)`), fed the stream's chunks as they arrive.
 *
 * The format: an 11-byte signature (`PGCOPY\n\377\r\n\0`), an int32 of
 * flags, an int32 length of a header extension and the extension; then each
 * row as an int16 field count (-1: the trailer, the end of the data) and,
 * per field, an int32 length (-1: NULL) and that many bytes. Integers are
 * big-endian.
 *
 * A row may span chunks, and a multi-byte UTF-8 character may be split
 * between two of them: a row is handed on only once all its bytes are in one
 * buffer, so its text is decoded whole. Only the unfinished tail of a chunk
 * is kept (and joined to what follows it once enough has arrived to make
 * progress), never the whole stream.
 *
 * @since 0.1.0
 */

/** `PGCOPY\n\377\r\n\0` */
const SIGNATURE = Buffer.from([0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00]);
/** Signature, flags and the extension's length. */
const HEADER_BYTES = SIGNATURE.length + 8;
/** Bit 16 of the flags: each row carries an OID first (only servers before 12 send it). */
const HAS_OIDS = 1 << 16;
/** Bits 17 to 31: critical flags a reader that does not know them must refuse. */
const UNKNOWN_CRITICAL = ~((1 << 17) - 1);

const byteCount = (n: number): string => (n === 1 ? '1 byte' : `${n} bytes`);

/**
 * Thrown when the bytes are not a binary COPY stream, or end before its
 * trailer: the data was not what the query asked for, or the stream was cut.
 * @since 0.1.0
 */
export class CopyFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CopyFormatError';
  }
}

/**
 * One row, as a view of the buffer holding it. The parser reuses one view
 * for every row: read the fields in the callback, do not keep the view.
 * @since 0.1.0
 */
export interface CopyRow {
  /** Number of fields of the row. */
  readonly fieldCount: number;
  /** Field `i` (from 0) as UTF-8 text (a `text` column); `null` for NULL. */
  text(i: number): string | null;
  /** Field `i` as a `bigint` column's value; `null` for NULL. Exact up to 2^53. */
  int64(i: number): number | null;
}

class RowView implements CopyRow {
  buffer: Buffer = SIGNATURE;
  fieldCount = 0;
  starts = new Int32Array(4);
  lengths = new Int32Array(4);

  text(i: number): string | null {
    const length = this.lengthOf(i);
    if (length < 0) return null;
    const start = this.starts[i]!;
    return this.buffer.toString('utf8', start, start + length);
  }

  int64(i: number): number | null {
    const length = this.lengthOf(i);
    if (length < 0) return null;
    if (length !== 8) throw new CopyFormatError(`field ${i} has ${byteCount(length)}, an int8 has 8`);
    const start = this.starts[i]!;
    // Two halves instead of readBigInt64BE: no BigInt per row.
    return this.buffer.readInt32BE(start) * 0x1_0000_0000 + this.buffer.readUInt32BE(start + 4);
  }

  private lengthOf(i: number): number {
    if (!(i >= 0 && i < this.fieldCount)) throw new RangeError(`field ${i}: the row has ${this.fieldCount} fields`);
    return this.lengths[i]!;
  }

  /** Makes room for `count` fields. */
  reserve(count: number): void {
    if (count <= this.starts.length) return;
    const size = Math.max(count, this.starts.length * 2);
    this.starts = new Int32Array(size);
    this.lengths = new Int32Array(size);
  }
}

/**
 * Parses a binary COPY stream chunk by chunk, calling back once per row.
 *
 * @example
 * // doc-test: skip (an internal module, not exported by the package; tested in test/copy-binary.test.ts)
 * import { CopyBinaryParser } from './copy-binary.js'
 * // The data of a `COPY ... TO STDOUT (FORMAT binary)`, chunk by chunk (copy-out.ts finds it in the COPY's messages, and passes ranges to pushRange).
 * declare const copyStream: AsyncIterable<Buffer>
 * const parser = new CopyBinaryParser()
 * for await (const chunk of copyStream) parser.push(chunk, (row) => console.log(row.int64(0), row.text(1)))
 * parser.end()
 * @since 0.1.0
 */
export class CopyBinaryParser {
  private readonly row = new RowView();
  private headerDone = false;
  private trailerSeen = false;
  /** Bytes of the stream before the start of `pending`'s first buffer (for messages). */
  private offset = 0;
  /** The unfinished tail, and the chunks that arrived after it. */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** How many bytes `pending` must hold before parsing can make progress. */
  private needed = 0;
  private rows = 0;

  /** Whether the trailer has been read: the data is complete. */
  get done(): boolean {
    return this.trailerSeen;
  }

  /** Rows read so far. */
  get rowCount(): number {
    return this.rows;
  }

  /**
   * Reads the rows `chunk` completes. `onRow` may throw: the error
   * propagates, and the parser should then be dropped.
   */
  push(chunk: Buffer, onRow: (row: CopyRow) => void): void {
    this.pushRange(chunk, 0, chunk.length, onRow);
  }

  /**
   * Reads the rows that bytes `start` to `end` of `source` complete, as
   * {@link push} reads a chunk: for a reader that finds the data inside
   * protocol messages, whole rows are read where they lie, with no buffer
   * made per row. A row left unfinished at `end` is kept (a view of
   * `source`, which must not change afterwards) to be joined to what
   * follows.
   */
  pushRange(source: Buffer, start: number, end: number, onRow: (row: CopyRow) => void): void {
    if (end <= start) return;
    if (this.trailerSeen) throw new CopyFormatError(`${byteCount(end - start)} after the trailer, at byte ${this.offset}`);
    let buffer = source;
    let from = start;
    let to = end;
    if (this.pendingBytes > 0) {
      this.pending.push(source.subarray(start, end));
      this.pendingBytes += end - start;
      if (this.pendingBytes < this.needed) return;
      // One copy per step of progress, of the tail and the chunks since: not of the stream.
      buffer = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending, this.pendingBytes);
      from = 0;
      to = buffer.length;
    }
    this.pending = [];
    this.pendingBytes = 0;
    this.needed = 0;
    const used = this.parse(buffer, from, to, onRow);
    if (used < to) {
      if (this.trailerSeen) throw new CopyFormatError(`${byteCount(to - used)} after the trailer, at byte ${this.offset + used - from}`);
      this.pending.push(buffer.subarray(used, to));
      this.pendingBytes = to - used;
    }
    this.offset += used - from;
  }

  /** Checks that the stream ended with its trailer, after whole rows. */
  end(): void {
    if (this.trailerSeen) return;
    if (!this.headerDone) {
      throw new CopyFormatError(
        this.offset + this.pendingBytes === 0 ? 'the stream is empty: no binary COPY header' : `the stream ended inside the header, after ${byteCount(this.pendingBytes)}`,
      );
    }
    if (this.pendingBytes > 0) throw new CopyFormatError(`the stream ended inside row ${this.rows + 1} (at byte ${this.offset}, ${byteCount(this.pendingBytes)} of it received)`);
    throw new CopyFormatError(`the stream ended after row ${this.rows} without the trailer`);
  }

  /** Parses bytes `start` to `n` of `buffer`; returns where it stopped (after whole rows only); sets `needed` when it stops short. */
  private parse(buffer: Buffer, start: number, n: number, onRow: (row: CopyRow) => void): number {
    let at = start;
    if (!this.headerDone) {
      if (n - at < HEADER_BYTES) return this.short(HEADER_BYTES, at);
      if (!buffer.subarray(at, at + SIGNATURE.length).equals(SIGNATURE)) {
        throw new CopyFormatError(`not a binary COPY stream: the signature is ${JSON.stringify(buffer.toString('latin1', at, at + SIGNATURE.length))}`);
      }
      const flags = buffer.readInt32BE(at + SIGNATURE.length);
      if ((flags & HAS_OIDS) !== 0) throw new CopyFormatError('the rows carry OIDs (flag bit 16), which this reader does not expect');
      if ((flags & UNKNOWN_CRITICAL) !== 0) throw new CopyFormatError(`unknown critical flags in the header: 0x${(flags >>> 0).toString(16)}`);
      const extension = buffer.readInt32BE(at + SIGNATURE.length + 4);
      if (extension < 0) throw new CopyFormatError(`the header extension has a negative length (${extension})`);
      if (n - at < HEADER_BYTES + extension) return this.short(HEADER_BYTES + extension, at);
      at += HEADER_BYTES + extension;
      this.headerDone = true;
    }
    const row = this.row;
    row.buffer = buffer;
    while (at < n) {
      if (n - at < 2) return this.short(2, at);
      const fields = buffer.readInt16BE(at);
      if (fields === -1) {
        this.trailerSeen = true;
        return at + 2;
      }
      if (fields < 0) throw new CopyFormatError(`row ${this.rows + 1} (at byte ${this.offset + at - start}) has a field count of ${fields}`);
      row.reserve(fields);
      let p = at + 2;
      for (let i = 0; i < fields; i++) {
        if (n - p < 4) return this.short(p + 4 - at, at);
        const length = buffer.readInt32BE(p);
        p += 4;
        if (length < -1) throw new CopyFormatError(`row ${this.rows + 1} (at byte ${this.offset + at - start}), field ${i} has a length of ${length}`);
        if (length > 0 && n - p < length) return this.short(p + length - at, at);
        row.starts[i] = p;
        row.lengths[i] = length;
        if (length > 0) p += length;
      }
      row.fieldCount = fields;
      this.rows++;
      at = p;
      onRow(row);
    }
    return at;
  }

  /** Stops short of a row (or the header) starting at `at` that needs `bytes` bytes from there. */
  private short(bytes: number, at = 0): number {
    this.needed = bytes;
    return at;
  }
}
