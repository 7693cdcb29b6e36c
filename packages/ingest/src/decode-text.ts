/**
 * From bytes to text: refuses empty, binary, oversized and invalid UTF-8
 * input with an error that says which and where, and, when the bytes say
 * what they are instead (gzip, UTF-16, Latin-1), the command that converts
 * them. `stancelog append` says it of its input in the same words.
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
 * Decodes a file's bytes as UTF-8: an article's, and a lexicon's or an
 * actors file's (`stancelog ingest --lexicon`, `--actors`), whose
 * messages are then worded as an article's. A byte order mark is kept, as a
 * character (U+FEFF), so that offsets in the text are offsets in the file
 * as `readFileSync(path, 'utf8')` reads it; the pipeline treats it as a
 * space. Bytes that are not UTF-8 are named as {@link notUtf8Message}
 * names them: gzip and UTF-16 by their first bytes (before any check for
 * binary data, which their NUL bytes would fail), else the line and byte
 * of the first invalid sequence, with the command that converts Latin-1;
 * `source` names the file, in the message and in that command.
 *
 * @example
 * import { decodeText } from '@stancelog/ingest'
 * import { isLeft } from 'fp-ts/lib/Either.js'
 * assert.ok(isLeft(decodeText(new Uint8Array([0x41, 0x00, 0x42]), 'x.txt')))
 * const bad = decodeText(new Uint8Array([0x61, 0x0a, 0x62, 0x63, 0xe9, 0x64]), 'x.txt')
 * assert.deepStrictEqual(isLeft(bad) && bad.left.message, 'x.txt line 2: not UTF-8: byte 0xe9 at byte 2 of the line (offset 4 in the file); it looks like Latin-1 (ISO 8859-1): convert it to UTF-8 first (iconv -f latin1 -t utf-8 x.txt > x.txt.utf8 && mv x.txt.utf8 x.txt)')
 * const utf16 = decodeText(new Uint8Array([0xff, 0xfe, 0x4f, 0x00, 0x4b, 0x00]), 'x.txt')
 * assert.deepStrictEqual(isLeft(utf16) && utf16.left.reason, 'invalid-utf8')
 * const bom = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x4f, 0x4b]), 'x.txt')
 * assert.deepStrictEqual(bom, { _tag: 'Right', right: '\uFEFFOK' })
 * @category input
 * @since 0.1.0
 */
export function decodeText(bytes: Uint8Array, source: string, maxBytes = DEFAULT_MAX_BYTES): E.Either<IngestError, string> {
  if (bytes.length === 0) return E.left(ingestError('empty', source, `${source}: the file is empty`));
  if (bytes.length > maxBytes) {
    return E.left(ingestError('too-large', source, `${source}: ${bytes.length} bytes is more than the limit of ${maxBytes} bytes`));
  }
  // Converted where it lies, so that a folder's article (and its sidecar) keep their names.
  const notUtf8 = (bad: InvalidUtf8): string => `${source} ${notUtf8Message(bytes, bad, { file: source, then: (command, file) => `${command} > ${file}.utf8 && mv ${file}.utf8 ${file}` })}`;
  const start = byItsStart(bytes);
  if (start !== undefined) {
    // Never UTF-8: a gzip stream and a UTF-16 byte order mark both start with a byte no UTF-8 text starts with.
    const decoded = decodeUtf8(bytes);
    if (E.isLeft(decoded)) return E.left(ingestError(start.compressed ? 'binary' : 'invalid-utf8', source, notUtf8(decoded.left)));
  }
  const probe = bytes.subarray(0, 8192);
  let control = 0;
  for (let i = 0; i < probe.length; i++) {
    const b = probe[i]!;
    if (b === 0) return E.left(ingestError('binary', source, `${source}: binary data (a NUL byte at offset ${i})`));
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > probe.length / 10) return E.left(ingestError('binary', source, `${source}: binary data (${control} control bytes in the first ${probe.length})`));
  return E.mapLeft((bad: InvalidUtf8) => ingestError('invalid-utf8', source, notUtf8(bad)))(decodeUtf8(bytes));
}

// What bytes are, when they are some text's other than UTF-8: what to call it, what to do, and the command that does it.
interface OtherEncoding {
  readonly is: string;
  readonly fix: string;
  readonly command: (file: string) => string;
  readonly compressed?: boolean;
}

/**
 * A word (a file name, an argument) as a POSIX shell reads it back, for a
 * command a message prints: as it is when it holds only characters the
 * shell takes literally, else in single quotes (a `~` is quoted: at the
 * start of a word the shell would read a home folder).
 * @example
 * import { shellWord } from '@stancelog/ingest'
 * assert.strictEqual(shellWord('articles/a.txt'), 'articles/a.txt')
 * assert.strictEqual(shellWord("Kyiv's talks.txt"), `'Kyiv'\\''s talks.txt'`)
 * @category files
 * @since 0.1.0
 * @internal
 */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}

// What the first bytes say the file is: compressed by gzip (its magic bytes), or UTF-16 (its byte order mark, either way round).
function byItsStart(bytes: Uint8Array): OtherEncoding | undefined {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return { is: 'compressed (gzip)', fix: 'decompress it', command: (file) => `zcat ${file}`, compressed: true };
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) return { is: 'UTF-16 (it starts with its byte order mark)', fix: 'convert it to UTF-8', command: (file) => `iconv -f UTF-16 -t UTF-8 ${file}` };
  return undefined;
}

// Text of a single-byte encoding, by the look of its bytes: no byte above 0x7F is part of a UTF-8 sequence (a file
// partly UTF-8 is mixed, and no one command converts it). Bytes 0x80 to 0x9F are control characters in Latin-1, and
// curly quotes and dashes in Windows-1252: with any of them, the text is Windows-1252's.
function bySingleBytes(bytes: Uint8Array): OtherEncoding | undefined {
  let windows = false;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    if (sequenceAt(bytes, i) > 1) return undefined;
    if (b < 0xa0) windows = true;
    i++;
  }
  return windows
    ? { is: 'Windows-1252 (its bytes 0x80 to 0x9F are curly quotes and dashes there)', fix: 'convert it to UTF-8', command: (file) => `iconv -f windows-1252 -t utf-8 ${file}` }
    : { is: 'Latin-1 (ISO 8859-1)', fix: 'convert it to UTF-8', command: (file) => `iconv -f latin1 -t utf-8 ${file}` };
}

/**
 * How {@link notUtf8Message} words its advice: the file's name in the
 * command, what the input is called, and what is run with the command that
 * converts it.
 *
 * @example
 * import { decodeUtf8, notUtf8Message, type NotUtf8Options } from '@stancelog/ingest'
 * const options: NotUtf8Options = { file: 'FILE', whole: 'the input', then: (command) => `${command} | stancelog append -` }
 * const bytes = new Uint8Array([0x1f, 0x8b, 0x08, 0x00])
 * const r = decodeUtf8(bytes)
 * assert.ok(r._tag === 'Left')
 * assert.strictEqual(notUtf8Message(bytes, r.left, options), 'line 1: not UTF-8: the input is compressed (gzip); decompress it first (zcat FILE | stancelog append -)')
 * @category input
 * @since 0.1.0
 */
export interface NotUtf8Options {
  /** The file the command converts, or a stand-in (`FILE`, for the standard input); quoted for a shell where it needs to be. */
  readonly file: string;
  /** What the input is called: `the file` (the default) or `the input`. */
  readonly whole?: string | undefined;
  /**
   * What to run, given the command that writes the text as UTF-8 on its
   * standard output (`zcat FILE`) and the file as quoted in it: piped on
   * (`zcat FILE | stancelog append -`), or written back in its place.
   */
  readonly then: (command: string, file: string) => string;
}

/**
 * Why bytes are not UTF-8, for a message that names the file before it
 * (`talks.jsonl line 2: ...`): gzip-compressed or UTF-16 when the first
 * bytes say so, with the command that converts it; else the line of the
 * first invalid sequence, its byte, where it is in the line and in the
 * file, and, when every byte above 0x7F stands alone as a single-byte
 * encoding's would, the `iconv` command that converts Latin-1 (or
 * Windows-1252) to UTF-8. `stancelog ingest` and `stancelog append` say
 * it in the same words.
 *
 * @example
 * import { decodeUtf8, notUtf8Message } from '@stancelog/ingest'
 * const bytes = Buffer.from('Talks\nin T\u00fcrkiye\n', 'latin1')
 * const r = decodeUtf8(bytes)
 * assert.ok(r._tag === 'Left')
 * const then = (command: string) => `${command} | stancelog append -`
 * assert.strictEqual(notUtf8Message(bytes, r.left, { file: 'talks.jsonl', then }), 'line 2: not UTF-8: byte 0xfc at byte 4 of the line (offset 10 in the file); it looks like Latin-1 (ISO 8859-1): convert it to UTF-8 first (iconv -f latin1 -t utf-8 talks.jsonl | stancelog append -)')
 * // Partly UTF-8: no one command converts it.
 * const mixed = Buffer.concat([Buffer.from('T\u00fcrkiye '), Buffer.from([0xfc])])
 * const m = decodeUtf8(mixed)
 * assert.ok(m._tag === 'Left' && notUtf8Message(mixed, m.left, { file: 'a.txt', then }).endsWith('; save the file as UTF-8'))
 * @category input
 * @since 0.1.0
 */
export function notUtf8Message(bytes: Uint8Array, bad: InvalidUtf8, options: NotUtf8Options): string {
  const whole = options.whole ?? 'the file';
  const file = shellWord(options.file);
  const advice = (other: OtherEncoding): string => `${other.fix} first (${options.then(other.command(file), file)})`;
  // The first bytes say what the whole is: the first bad byte's place would tell nothing.
  const start = byItsStart(bytes);
  if (start !== undefined) return `line 1: not UTF-8: ${whole} is ${start.is}; ${advice(start)}`;
  const at = `line ${bad.line}: not UTF-8: byte 0x${bad.byte.toString(16).padStart(2, '0')} at byte ${bad.column} of the line (offset ${bad.offset} in ${whole})`;
  const single = bySingleBytes(bytes);
  return single !== undefined ? `${at}; it looks like ${single.is}: ${advice(single)}` : `${at}; save ${whole} as UTF-8`;
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

