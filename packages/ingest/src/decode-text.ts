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
 * Decodes an article's bytes as UTF-8.
 *
 * @example
 * import { decodeText } from './decode-text.js'
 * import { isLeft } from 'fp-ts/lib/Either.js'
 * assert.ok(isLeft(decodeText(new Uint8Array([0xff, 0xfe, 0x00]), 'x.txt')))
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
    return E.right(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    let at = 0;
    // Find the first bad byte so the message can point at it.
    for (let step = 1024; at < bytes.length; at += step) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, Math.min(bytes.length, at + step + 4)), { stream: true });
      } catch {
        break;
      }
    }
    return E.left(ingestError('invalid-utf8', source, `${source}: not valid UTF-8 (near byte ${at})`));
  }
}
