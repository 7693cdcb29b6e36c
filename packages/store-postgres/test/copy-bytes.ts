// Bytes of PostgreSQL's binary COPY format, for the tests of its readers.

export const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');

export const int16 = (n: number): Buffer => {
  const b = Buffer.alloc(2);
  b.writeInt16BE(n);
  return b;
};
export const int32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};
export const int64 = (n: number): Buffer => {
  const b = Buffer.alloc(8);
  b.writeBigInt64BE(BigInt(n));
  return b;
};

export type Field = { readonly int8: number } | { readonly text: string } | null;

/** A binary COPY stream of the rows, as PostgreSQL writes it. */
export function copyStream(rows: ReadonlyArray<ReadonlyArray<Field>>, options: { flags?: number; extension?: Buffer } = {}): Buffer {
  const extension = options.extension ?? Buffer.alloc(0);
  const parts: Buffer[] = [SIGNATURE, int32(options.flags ?? 0), int32(extension.length), extension];
  for (const row of rows) {
    parts.push(int16(row.length));
    for (const field of row) {
      if (field === null) parts.push(int32(-1));
      else {
        const bytes = 'int8' in field ? int64(field.int8) : Buffer.from(field.text, 'utf8');
        parts.push(int32(bytes.length), bytes);
      }
    }
  }
  parts.push(int16(-1));
  return Buffer.concat(parts);
}
