/**
 * From bytes to text: refuses empty, binary, oversized and invalid UTF-8
 * input with an error that says which and where.
 *
 * @since 0.1.0
 */
import * as E from 'fp-ts/lib/Either.js';
import { ingestError, type IngestError } from './errors.js';

/**
 * The default largest article, in bytes (news articles are under 100 KB).
 * @category input
 * @since 0.1.0
 * @internal
 */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Decodes an article's bytes as UTF-8. A byte order mark is kept, as a
 * character (U+FEFF), so that offsets in the text are offsets in the file
 * as `readFileSync(path, 'utf8')` reads it; the pipeline treats it as a
 * space. Invalid UTF-8 is reported at the exact offset of the first byte
 * that is no part of a valid character.
 *
 * @example
 * import { decodeText } from './decode-text.js'
 * import { isLeft } from 'fp-ts/lib/Either.js'
 * assert.ok(isLeft(decodeText(new Uint8Array([0xff, 0xfe, 0x00]), 'x.txt')))
 * const bad = decodeText(new Uint8Array([0x61, 0x62, 0x63, 0xff, 0x64]), 'x.txt')
 * assert.deepStrictEqual(isLeft(bad) && bad.left.message, 'x.txt: not valid UTF-8 at byte 3 (0xff)')
 * const bom = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x4f, 0x4b]), 'x.txt')
 * assert.deepStrictEqual(bom, { _tag: 'Right', right: '\uFEFFOK' })
 * @category input
 * @since 0.1.0
 * @internal
 */
export function decodeText(bytes: Uint8Array, source: string, maxBytes = DEFAULT_MAX_BYTES): E.Either<IngestError, string> {
  if (bytes.length === 0) return E.left(ingestError('empty', source, `${source}: the file is empty`));
  if (bytes.length > maxBytes) {
    return E.left(ingestError('too-large', source, `${source}: ${bytes.length} bytes is more than the limit of ${maxBytes} bytes`));
  }
  const probe = bytes.subarray(0, 8192);
  let control = 0;
  for (let i = 0; i < probe.length; i++) {
    const b = probe[i]!;
    if (b === 0) return E.left(ingestError('binary', source, `${source}: binary data (a NUL byte at offset ${i})`));
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > probe.length / 10) return E.left(ingestError('binary', source, `${source}: binary data (${control} control bytes in the first ${probe.length})`));
  return E.mapLeft((bad: InvalidUtf8) =>
    ingestError('invalid-utf8', source, `${source}: not valid UTF-8 at byte ${bad.offset} (0x${bad.byte.toString(16).padStart(2, '0')})`),
  )(decodeUtf8(bytes));
}

/**
 * Where the first invalid UTF-8 sequence of some bytes is.
 *
 * @example
 * import { decodeUtf8, type InvalidUtf8 } from '@stancelog/ingest'
 * const r = decodeUtf8(Buffer.concat([Buffer.from('ok\nT'), Buffer.from([0xfc]), Buffer.from('rkiye\n')]))
 * const bad: InvalidUtf8 | undefined = r._tag === 'Left' ? r.left : undefined
 * assert.deepStrictEqual(bad, { offset: 4, line: 2, column: 1, byte: 0xfc })
 * @category input
 * @since 0.1.0
 */
export interface InvalidUtf8 {
  /** Byte offset of the first invalid sequence in the input, from 0. */
  readonly offset: number;
  /** Its line, from 1. */
  readonly line: number;
  /** Its byte offset within that line, from 0. */
  readonly column: number;
  /** The first byte of the sequence. */
  readonly byte: number;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

// Length of the valid sequence starting at i, or 0 (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF, no truncated sequence).
function sequenceAt(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => i + k < bytes.length && bytes[i + k]! >= lo && bytes[i + k]! <= hi;
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const lo = b0 === 0xe0 ? 0xa0 : 0x80;
    const hi = b0 === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const lo = b0 === 0xf0 ? 0x90 : 0x80;
    const hi = b0 === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * Decodes bytes as strict UTF-8 (a lenient read turns a bad byte into
 * U+FFFD without a word), keeping a byte order mark as U+FEFF. When the
 * bytes are not UTF-8, says where the first invalid sequence is: its byte
 * offset, line, and byte in the line. Used for articles and, by the CLI,
 * for statement files.
 *
 * @example
 * import { decodeUtf8 } from '@stancelog/ingest'
 * assert.deepStrictEqual(decodeUtf8(Buffer.from('Türkiye\n', 'utf8')), { _tag: 'Right', right: 'Türkiye\n' })
 * const r = decodeUtf8(new Uint8Array([0x61, 0x62, 0x63, 0xff, 0x64]))
 * assert.ok(r._tag === 'Left' && r.left.offset === 3 && r.left.byte === 0xff)
 * @category input
 * @since 0.1.0
 */
export function decodeUtf8(bytes: Uint8Array): E.Either<InvalidUtf8, string> {
  try {
    return E.right(strictUtf8.decode(bytes));
  } catch {
    // The decoder says only that something is wrong: find where, on the slow path.
  }
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceAt(bytes, i);
    if (n === 0) return E.left({ offset: i, line, column: i - lineStart, byte: bytes[i]! });
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
    i += n;
  }
  // Not reached when the decoder and this scan agree; say something true anyway.
  return E.left({ offset: 0, line: 1, column: 0, byte: bytes[0] ?? 0 });
}

