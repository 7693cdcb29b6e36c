/**
 * Quote spans in a paragraph: straight and typographic quotes, mismatched
 * pairs (`"...”`), and quotes left open to the paragraph's end.
 *
 * @since 0.1.0
 */

/**
 * A quote: character range `[start, end)` including its quote marks.
 * @category attribution
 * @since 0.1.0
 * @internal
 */
export interface QuoteSpan {
  readonly start: number;
  readonly end: number;
}

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * The quote spans of `text[start, end)`, in one linear scan.
 *
 * @example
 * import { findQuotes } from './quotes.js'
 * const text = 'He said, "we agree” and left.'
 * const [q] = findQuotes(text, 0, text.length)
 * assert.strictEqual(text.slice(q!.start, q!.end), '"we agree”')
 * @category attribution
 * @since 0.1.0
 * @internal
 */
export function findQuotes(text: string, start: number, end: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  for (let i = start; i < end; i++) {
    // Letters and spaces, nearly every character, are no quote mark.
    const code = text.charCodeAt(i);
    if (code !== 34 && code < 0xab) continue;
    const ch = text[i]!;
    if (ch === '"') {
      if (open < 0) open = i;
      else {
        out.push({ start: open, end: i + 1 });
        open = -1;
      }
    } else if (OPENERS.has(ch)) {
      // A second opener while one is open: the first was never closed.
      open = i;
    } else if (CLOSERS.has(ch)) {
      if (open >= 0) out.push({ start: open, end: i + 1 });
      open = -1;
    } else if (ch === '‘' && !isLetter(text[i - 1]) && open < 0) {
      // Single quotes double as apostrophes: only a ‘ at a word start opens.
      const close = text.indexOf('’', i + 1);
      if (close > 0 && close < end && !isLetter(text[close + 1])) {
        out.push({ start: i, end: close + 1 });
        i = close;
      }
    }
  }
  // A quote that runs on to the end of the paragraph (continued quotes).
  if (open >= 0) out.push({ start: open, end });
  return out;
}
