/**
 * Human output: an aligned plain-text table, one row per line.
 *
 * @since 0.1.0
 */
import type { TextSink } from './io.js';

// Rows per write: a log of a million events is written piece by piece, never held as one string.
const ROWS_PER_WRITE = 1000;

/**
 * Writes rows under a header to `sink`, each column padded to its widest
 * cell, `ROWS_PER_WRITE` rows a write. The widths take one pass over the
 * rows (with a loop: spreading a long column into `Math.max` overflows the
 * stack); the text of all rows is never built at once.
 *
 * @example
 * import { writeTable } from './table.js'
 * const writes: string[] = []
 * const rows = Array.from({ length: 2500 }, (_, i) => [String(i + 1), 'ceasefire'])
 * writeTable({ write: (s: string) => writes.push(s) }, ['#', 'issue'], rows)
 * // The header with the first thousand rows, then a write per thousand.
 * assert.strictEqual(writes.length, 3)
 * assert.ok(writes[0]!.startsWith('#     issue\n1     ceasefire\n'))
 * assert.ok(writes[2]!.endsWith('2500  ceasefire\n'))
 * @category output
 * @since 0.1.0
 * @internal
 */
export function writeTable(sink: TextSink, header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): void {
  const widths = header.map(width);
  for (const row of rows) {
    for (let c = 0; c < widths.length; c++) {
      const w = width(oneLine(row[c] ?? ''));
      if (w > widths[c]!) widths[c] = w;
    }
  }
  const line = (row: ReadonlyArray<string>): string => {
    let text = '';
    for (let c = 0; c < row.length; c++) {
      const cell = oneLine(row[c]!);
      text += c === row.length - 1 ? cell : cell + ' '.repeat(Math.max(0, widths[c]! - width(cell))) + '  ';
    }
    return text.trimEnd() + '\n';
  };
  let chunk = line(header);
  for (let i = 0; i < rows.length; i++) {
    chunk += line(rows[i]!);
    if ((i + 1) % ROWS_PER_WRITE === 0) {
      sink.write(chunk);
      chunk = '';
    }
  }
  if (chunk !== '') sink.write(chunk);
}

/**
 * Renders rows under a header, each column padded to its widest cell.
 * The last column is not padded, so lines carry no trailing blanks; a line
 * break inside a cell becomes a space, so a row stays one line.
 *
 * @example
 * import { renderTable } from './table.js'
 * const text = renderTable(['holder', 'issue'], [['ukraine', 'ceasefire'], ['russia', 'nato-membership']])
 * assert.strictEqual(text, 'holder   issue\nukraine  ceasefire\nrussia   nato-membership\n')
 * assert.strictEqual(renderTable(['#', 'reason'], [['1', 'misquoted;\n  see the correction']]), '#  reason\n1  misquoted; see the correction\n')
 * @category output
 * @since 0.1.0
 * @internal
 */
export function renderTable(header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string {
  let text = '';
  writeTable({ write: (s: string) => (text += s) }, header, rows);
  return text;
}

// Line breaks, tabs and the other C0 and C1 control characters.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * A text on one line, safe to print on a terminal: a quote, a publisher or
 * a reason may hold line breaks and tabs (which would break a table's row
 * or a one-line message), or control characters such as the escape that
 * starts an ANSI colour (which would recolour or rewrite the terminal).
 * Line breaks and tabs become a space; any other control character is
 * shown as its escape (`\u001b`), visible and inert.
 * @example
 * import { oneLine } from './table.js'
 * assert.strictEqual(oneLine('misquoted;\n  see the correction'), 'misquoted; see the correction')
 * assert.strictEqual(oneLine('Evil\tWire \u001b[31mred'), 'Evil Wire \\u001b[31mred')
 * @category output
 * @since 0.1.0
 * @internal
 */
export function oneLine(cell: string): string {
  // Most text holds none: the test is cheaper than the replacements on a log of a million lines.
  if (!CONTROL.test(cell)) return cell;
  return cell
    .replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// Code points, not UTF-16 units: names such as "Zelenskyy" or "Türkiye" must line up.
function width(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}
