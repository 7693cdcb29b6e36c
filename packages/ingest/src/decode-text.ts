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
  try {
    return E.right(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes));
  } catch {
    const at = firstInvalidByte(bytes);
    return E.left(ingestError('invalid-utf8', source, `${source}: not valid UTF-8 at byte ${at} (0x${bytes[at]!.toString(16).padStart(2, '0')})`));
  }
}

// The offset of the first byte that starts no valid UTF-8 sequence (a
// sequence cut short is reported at its first byte). Only run on failure.
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b < 0x80) n = 0;
    else if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      n = 2;
      // No overlong forms (E0 80..9F) and no surrogates (ED A0..BF).
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 3;
      // No overlong forms (F0 80..8F) and nothing above U+10FFFF (F4 90..).
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return bytes.length - 1;
}
