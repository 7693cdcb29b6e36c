// The parser is internal to the package (not exported), so it is imported from its module.
import { CopyBinaryParser, CopyFormatError } from '../src/copy-binary.js';
import type { CopyRow } from '../src/copy-binary.js';
import { copyStream, int16, int32 } from './copy-bytes.js';
import type { Field } from './copy-bytes.js';

type Read = Array<Array<number | string | null>>;

/** Feeds the chunks to a parser; returns the rows it read (int8 first field, text after). */
function parse(chunks: ReadonlyArray<Buffer>): Read {
  const parser = new CopyBinaryParser();
  const rows: Read = [];
  const onRow = (row: CopyRow): void => {
    const fields: Array<number | string | null> = [];
    for (let i = 0; i < row.fieldCount; i++) fields.push(i === 0 ? row.int64(i) : row.text(i));
    rows.push(fields);
  };
  for (const chunk of chunks) parser.push(chunk, onRow);
  parser.end();
  return rows;
}

const failure = (chunks: ReadonlyArray<Buffer>): unknown => {
  try {
    parse(chunks);
  } catch (error) {
    return error;
  }
  return undefined;
};

// Every character class a quote may hold, several of them more than one byte in UTF-8.
const awkward = [
  'back\\slash \\\\ and "double quotes"',
  'tab\there, newline\nthere, carriage return\r, controls \u0001\u001f\u007f',
  'emoji 🇺🇦 ✓ 👍🏽, CJK 停火协议 and 휴전, accents é ß ø',
  '',
  'x'.repeat(300),
];
const rows: ReadonlyArray<ReadonlyArray<Field>> = awkward.map((text, i) => [{ int8: i + 1 }, { text }]);
const expected: Read = awkward.map((text, i) => [i + 1, text]);

describe('the binary COPY parser', () => {
  it('reads rows of a stream given in one chunk', () => {
    expect(parse([copyStream(rows)])).toEqual(expected);
  });

  it('reads the same rows whatever byte the stream is split at, characters split across chunks included', () => {
    const stream = copyStream(rows);
    for (let cut = 1; cut < stream.length; cut++) {
      expect([cut, parse([stream.subarray(0, cut), stream.subarray(cut)])]).toEqual([cut, expected]);
    }
  });

  it('reads the same rows from a stream cut into three pieces at every pair of offsets', () => {
    const stream = copyStream(rows.slice(0, 3));
    for (let a = 1; a < stream.length; a += 3) {
      for (let b = a + 1; b < stream.length; b += 5) {
        expect(parse([stream.subarray(0, a), stream.subarray(a, b), stream.subarray(b)])).toEqual(expected.slice(0, 3));
      }
    }
  });

  it('reads a stream given one byte at a time', () => {
    const stream = copyStream(rows);
    expect(parse(Array.from(stream, (byte) => Buffer.from([byte])))).toEqual(expected);
  });

  it('reads NULL fields, rows of other widths, a header extension, large and negative integers', () => {
    const stream = copyStream(
      [
        [{ int8: 2 ** 53 - 1 }, null, { text: 'after a NULL' }],
        [{ int8: -42 }],
        [{ int8: 2 ** 32 + 7 }, { text: 'two' }],
      ],
      { extension: Buffer.from('ignored extension') },
    );
    expect(parse([stream])).toEqual([[2 ** 53 - 1, null, 'after a NULL'], [-42], [2 ** 32 + 7, 'two']]);
  });

  it('refuses to read a field of another size as an int8, and a field the row does not have', () => {
    const parser = new CopyBinaryParser();
    const errors: string[] = [];
    parser.push(copyStream([[{ text: 'abc' }]]), (row) => {
      for (const read of [() => row.int64(0), () => row.text(1)]) {
        try {
          read();
        } catch (error) {
          errors.push((error as Error).message);
        }
      }
    });
    expect(errors).toEqual(['field 0 has 3 bytes, an int8 has 8', 'field 1: the row has 1 fields']);
  });

  it('reads an empty result: header and trailer only', () => {
    expect(parse([copyStream([])])).toEqual([]);
  });

  it('hands on a row far larger than its chunks once, whole, when its last byte arrives', () => {
    const text = 'y'.repeat(50_000) + '停火';
    const stream = copyStream([[{ int8: 1 }, { text }]]);
    const rowEnd = stream.length - 2; // before the trailer
    const parser = new CopyBinaryParser();
    const seen: Array<string | null> = [];
    const onRow = (row: CopyRow): void => void seen.push(row.text(1));
    for (let at = 0; at < rowEnd; at += 997) {
      expect(seen).toHaveLength(0);
      parser.push(stream.subarray(at, Math.min(at + 997, rowEnd)), onRow);
    }
    expect(seen).toEqual([text]);
    expect(parser.done).toBe(false);
    parser.push(stream.subarray(rowEnd), onRow);
    parser.end();
    expect(parser.done).toBe(true);
    expect(parser.rowCount).toBe(1);
  });

  it('refuses a stream that does not start with the signature, saying what it got', () => {
    const csv = Buffer.from('1,"a quote"\n2,"another one"\n');
    const error = failure([csv]);
    expect(error).toBeInstanceOf(CopyFormatError);
    expect((error as Error).message).toMatch(/^not a binary COPY stream: the signature is "1,\\"a quote\\"/);
  });

  it('refuses rows with OIDs and unknown critical flags', () => {
    expect((failure([copyStream(rows, { flags: 1 << 16 })]) as Error).message).toMatch(/OIDs \(flag bit 16\)/);
    expect((failure([copyStream(rows, { flags: 1 << 20 })]) as Error).message).toBe('unknown critical flags in the header: 0x100000');
    // Bits 0 to 15 are not critical: a reader ignores them.
    expect(parse([copyStream(rows, { flags: 1 << 3 })])).toEqual(expected);
  });

  it('refuses a stream cut inside a row, inside the header or before the trailer, naming where', () => {
    const stream = copyStream(rows);
    expect((failure([stream.subarray(0, 40)]) as Error).message).toMatch(/^the stream ended inside row 1 \(at byte 19, 21 bytes of it received\)$/);
    expect((failure([stream.subarray(0, 12)]) as Error).message).toBe('the stream ended inside the header, after 12 bytes');
    expect((failure([stream.subarray(0, stream.length - 2)]) as Error).message).toBe(`the stream ended after row ${awkward.length} without the trailer`);
    expect((failure([]) as Error).message).toBe('the stream is empty: no binary COPY header');
  });

  it('refuses bytes after the trailer, and negative counts and lengths', () => {
    const stream = copyStream(rows);
    expect((failure([stream, Buffer.from('x')]) as Error).message).toBe(`1 byte after the trailer, at byte ${stream.length}`);
    expect((failure([Buffer.concat([stream, Buffer.from('xy')])]) as Error).message).toBe(`2 bytes after the trailer, at byte ${stream.length}`);
    const header = copyStream([]).subarray(0, 19);
    expect((failure([Buffer.concat([header, int16(-2)])]) as Error).message).toBe('row 1 (at byte 19) has a field count of -2');
    expect((failure([Buffer.concat([header, int16(1), int32(-5)])]) as Error).message).toBe('row 1 (at byte 19), field 0 has a length of -5');
  });

  it('passes on an error thrown by the row callback', () => {
    const parser = new CopyBinaryParser();
    expect(() =>
      parser.push(copyStream(rows), () => {
        throw new Error('a row the caller refuses');
      }),
    ).toThrow('a row the caller refuses');
  });
});
