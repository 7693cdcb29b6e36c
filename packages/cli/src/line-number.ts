/**
 * Line numbers for character offsets: ingest places a statement's quote and
 * a line it set aside by character offsets in the article, and a reader
 * (or an editor's `FILE:LINE`) wants the line.
 *
 * @since 0.1.0
 */

/**
 * A function from a character offset in `text` to its 1-based line number
 * (lines end at `\n`, or at a `\r` alone, as an old Mac editor saved them;
 * a `\r\n` counts once).
 *
 * @example
 * import { lineNumbers } from './line-number.js'
 * const lineOf = lineNumbers('Title\n\nFirst line.\nSecond line.')
 * assert.deepStrictEqual([lineOf(0), lineOf(5), lineOf(6), lineOf(7), lineOf(19)], [1, 1, 2, 3, 4])
 * const mac = lineNumbers('One.\rTwo.\r\nThree.')
 * assert.deepStrictEqual([mac(0), mac(5), mac(11)], [1, 2, 3])
 * @category output
 * @since 0.1.0
 * @internal
 */
export function lineNumbers(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  // A carriage return alone ends a line too: its starts go in among the others, in order.
  if (text.includes('\r')) {
    for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 0x0a) starts.push(i + 1);
    starts.sort((a, b) => a - b);
  }
  return (offset) => {
    // The last line start at or before the offset: a binary search, as an article may have thousands of lines.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
