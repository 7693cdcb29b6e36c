/**
 * Human output: an aligned plain-text table, one row per line.
 *
 * @since 0.1.0
 */
import { readableQuote } from '@stancelog/core';
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
  const widths = columnWidths(header, rows);
  let chunk = tableLine(header, widths);
  for (let i = 0; i < rows.length; i++) {
    chunk += tableLine(rows[i]!, widths);
    if ((i + 1) % ROWS_PER_WRITE === 0) {
      sink.write(chunk);
      chunk = '';
      // Nobody reads the rest (`| head`): formatting it is wasted.
      if (sink.closed === true) return;
    }
  }
  if (chunk !== '') sink.write(chunk);
}

/** Each column's width: its widest cell among the header and `rows`, and at least `least`. */
function columnWidths(header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>, least: ReadonlyArray<number> = []): number[] {
  // A loop, not a spread into Math.max: a long column overflows the stack.
  const widths = header.map((h, c) => Math.max(width(h), least[c] ?? 0));
  for (const row of rows) {
    for (let c = 0; c < widths.length; c++) {
      const w = width(oneLine(row[c] ?? ''));
      if (w > widths[c]!) widths[c] = w;
    }
  }
  return widths;
}

/** A row padded to `widths`; a cell wider than its column widens it, so the rows after it line up again. */
function tableLine(row: ReadonlyArray<string>, widths: number[]): string {
  let text = '';
  for (let c = 0; c < row.length; c++) {
    const cell = oneLine(row[c]!);
    const w = width(cell);
    if (c < row.length - 1 && w > widths[c]!) widths[c] = w;
    text += c === row.length - 1 ? cell : cell + ' '.repeat(Math.max(0, widths[c]! - w)) + '  ';
  }
  return text.trimEnd() + '\n';
}

/**
 * A table written while its rows are still being read: {@link tableWriter}.
 *
 * @category output
 * @since 0.1.0
 * @internal
 */
export interface TableWriter {
  /** Adds a row; dropped once the sink is closed. */
  add(row: ReadonlyArray<string>): void;
  /** Writes what is left. */
  end(): void;
}

/**
 * A table whose rows come one by one, from a read that may be long, and
 * that is written before the read ends: a reader that stops early
 * (`stancelog log | head`) then stops the read too. A table of up to
 * `ROWS_PER_WRITE` rows is written as {@link writeTable} writes it. A
 * longer one cannot wait for its last row to know its widths: it is
 * aligned on its first rows and on `least` (the widest cell each column
 * may have, where that is known before), and a later row wider than that
 * widens its column from that row on.
 *
 * @example
 * import { tableWriter } from './table.js'
 * const writes: string[] = []
 * const table = tableWriter({ write: (s: string) => writes.push(s) }, ['#', 'issue'], [4, 0])
 * for (let i = 1; i <= 1001; i++) table.add([String(i), i === 1001 ? 'peace-talks' : 'ceasefire'])
 * // The first thousand rows are written before the last row is added.
 * assert.strictEqual(writes.length, 1)
 * table.end()
 * assert.ok(writes[0]!.startsWith('#     issue\n1     ceasefire\n'))
 * assert.strictEqual(writes[1], '1001  peace-talks\n')
 * // A short table is aligned on all its rows, as writeTable aligns it.
 * let text = ''
 * const short = tableWriter({ write: (s: string) => (text += s) }, ['#', 'issue'], [4, 0])
 * short.add(['1', 'ceasefire'])
 * short.end()
 * assert.strictEqual(text, '#  issue\n1  ceasefire\n')
 * @category output
 * @since 0.1.0
 * @internal
 */
export function tableWriter(sink: TextSink, header: ReadonlyArray<string>, least: ReadonlyArray<number> = []): TableWriter {
  const buffered: Array<ReadonlyArray<string>> = [];
  let widths: number[] | undefined;
  let chunk = '';
  let count = 0;
  const flush = (): void => {
    if (chunk !== '') sink.write(chunk);
    chunk = '';
  };
  return {
    add(row) {
      if (sink.closed === true) return;
      if (widths === undefined) {
        buffered.push(row);
        if (buffered.length < ROWS_PER_WRITE) return;
        widths = columnWidths(header, buffered, least);
        chunk = tableLine(header, widths);
        for (const r of buffered) chunk += tableLine(r, widths);
        buffered.length = 0;
        return flush();
      }
      chunk += tableLine(row, widths);
      if (++count % ROWS_PER_WRITE === 0) flush();
    },
    end() {
      if (sink.closed === true) return;
      if (widths === undefined) return writeTable(sink, header, buffered);
      flush();
    },
  };
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

// A quote that carries its own marks (ingest quotes whole sentences, some of which open with one) gets no more, as in the
// report; nor does a headline that opens with a quote.
const OPENING_MARK = /^["“”„«»‘’‚'‹›「『]/;

/**
 * A quote as the human output shows it: as a reader reads it (core's
 * `readableQuote`: a web page's entities decoded, its inline markup left
 * out; the log keeps the page's text, which the quote's offsets point
 * into), on one line ({@link oneLine}), cut after `most` characters with
 * "…", and between `marks` unless it opens with a quote mark of its own.
 * `html: false` says the quote is known to be plain text (an article read
 * as such): shown as written, `&amp;` and all. A quote of the log is not
 * known to be either, and is read as a page's.
 *
 * @example
 * import { shownQuote } from './table.js'
 * assert.strictEqual(shownQuote('&ldquo;We have listened,&rdquo; Aalto said.'), '“We have listened,” Aalto said.')
 * assert.strictEqual(shownQuote('no truce'), '“no truce”')
 * assert.strictEqual(shownQuote('a source at AT&amp;T said', { html: false }), '“a source at AT&amp;T said”')
 * assert.strictEqual(shownQuote('Kyiv <b>rejected</b> any truce on Friday.', { most: 12, marks: ['"', '"'] }), '"Kyiv reject…"')
 * @category output
 * @since 0.1.0
 * @internal
 */
export function shownQuote(quote: string, options: { readonly most?: number; readonly marks?: readonly [string, string]; readonly html?: boolean } = {}): string {
  const whole = oneLine(options.html === false ? quote : readableQuote(quote));
  const most = options.most ?? Infinity;
  const text = whole.length > most ? whole.slice(0, most - 1) + '…' : whole;
  return withMarks(text, options.marks);
}

/**
 * Text between `marks` (“ and ” unless told), unless it opens with a quote
 * mark of its own, as a quote or a headline may ('"Not one euro more,"
 * say the Greens'): marked twice, it would read as a quote within a quote.
 *
 * @example
 * import { withMarks } from './table.js'
 * assert.strictEqual(withMarks('Talks stall in Geneva'), '“Talks stall in Geneva”')
 * assert.strictEqual(withMarks('"No truce," says Kyiv'), '"No truce," says Kyiv')
 * assert.strictEqual(withMarks('no truce', ['"', '"']), '"no truce"')
 * @category output
 * @since 0.1.0
 * @internal
 */
export function withMarks(text: string, marks: readonly [string, string] = ['“', '”']): string {
  return OPENING_MARK.test(text) ? text : `${marks[0]}${text}${marks[1]}`;
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

/**
 * A count in words that agree with it: "1 day", "2 days".
 * @example
 * import { counted } from './table.js'
 * assert.deepStrictEqual([counted(1, 'day'), counted(0, 'event'), counted(2, 'duplicate')], ['1 day', '0 events', '2 duplicates'])
 * @category output
 * @since 0.1.0
 * @internal
 */
export function counted(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
