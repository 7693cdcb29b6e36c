/**
 * Strict UTF-8: input that is not valid UTF-8 is refused rather than read
 * with U+FFFD in place of the bad bytes, which would change quotes without
 * a word. The error says where the first bad sequence is.
 *
 * @since 0.1.0
 */
import { left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';

/**
 * Where bytes stop being UTF-8.
 *
 * @example
 * import { decodeUtf8 } from './utf8.js'
 * import type { InvalidUtf8 } from './utf8.js'
 * const r = decodeUtf8(Buffer.from([0x61, 0x0a, 0x62, 0xff]))
 * assert.ok(r._tag === 'Left')
 * const where: InvalidUtf8 = r.left
 * assert.deepStrictEqual(where, { offset: 3, line: 2, column: 1, byte: 0xff })
 * @category input
 * @since 0.1.0
 * @internal
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

const fatal = new TextDecoder('utf-8', { fatal: true });

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
 * Decodes UTF-8 text (a leading byte-order mark is dropped), or says where
 * the first invalid sequence is: its byte offset, line and byte in the line.
 *
 * @example
 * import { decodeUtf8 } from './utf8.js'
 * assert.deepStrictEqual(decodeUtf8(Buffer.from('Türkiye\n', 'utf8')), { _tag: 'Right', right: 'Türkiye\n' })
 * // Latin-1 "ü" (0xfc) on the second line, after "T".
 * const r = decodeUtf8(Buffer.concat([Buffer.from('ok\nT'), Buffer.from([0xfc]), Buffer.from('rkiye\n')]))
 * assert.ok(r._tag === 'Left' && r.left.line === 2 && r.left.column === 1 && r.left.offset === 4)
 * @category input
 * @since 0.1.0
 * @internal
 */
export function decodeUtf8(bytes: Uint8Array): Either<InvalidUtf8, string> {
  try {
    return right(fatal.decode(bytes));
  } catch {
    // The decoder says only that something is wrong: find where, on the slow path.
  }
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceAt(bytes, i);
    if (n === 0) return left({ offset: i, line, column: i - lineStart, byte: bytes[i]! });
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
    i += n;
  }
  // Not reached when the decoder and this scan agree; say something true anyway.
  return left({ offset: 0, line: 1, column: 0, byte: bytes[0] ?? 0 });
}
