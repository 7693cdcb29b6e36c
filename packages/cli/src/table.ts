/**
 * Human output: an aligned plain-text table, one row per line.
 *
 * @since 0.1.0
 */

/**
 * Renders rows under a header, each column padded to its widest cell.
 * The last column is not padded, so lines carry no trailing blanks.
 *
 * @example
 * import { renderTable } from './table.js'
 * const text = renderTable(['holder', 'issue'], [['ukraine', 'ceasefire'], ['russia', 'nato-membership']])
 * assert.strictEqual(text, 'holder   issue\nukraine  ceasefire\nrussia   nato-membership\n')
 * @category output
 * @since 0.1.0
 * @internal
 */
export function renderTable(header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => width(r[c] ?? ''))));
  const line = (row: ReadonlyArray<string>): string =>
    row
      .map((cell, c) => (c === row.length - 1 ? cell : cell + ' '.repeat(widths[c]! - width(cell))))
      .join('  ')
      .trimEnd();
  return all.map(line).join('\n') + '\n';
}

// Code points, not UTF-16 units: names such as "Zelenskyy" or "Türkiye" must line up.
function width(s: string): number {
  return [...s].length;
}
