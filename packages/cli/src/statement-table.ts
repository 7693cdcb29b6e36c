/**
 * Reading a `.csv` file of statements, as a spreadsheet exports it: a
 * header row naming the fields (the JSON input contract's, a nested one by
 * its path: `source.quote`), then a statement per row. Each row is checked
 * as a JSON line is, with the same words, and named by the line it starts
 * on; a column the contract lacks is refused before any row is read, and
 * one with no name is skipped while its cells are empty.
 *
 * @since 0.1.0
 */
import { parse } from 'csv-parse/sync';
import { nearNames } from '@stancelog/core';
import { CSV_SEPARATORS, parseConditionsCell, parseOffsetsCell } from './csv-output.js';
import { lineCollector } from './statement-file.js';
import type { ParsedLines, ParseOptions } from './statement-file.js';

/**
 * The columns a table of statements may have, in the order a template
 * lists them: the statement's fields and `recordedAt`, nested ones by
 * their paths. `conditions` holds each condition as its issue and
 * polarity (`ceasefire +`), several separated by `;`; `source.offsets`
 * the quote's start and end in the text it was read from (`30..39`).
 *
 * @example
 * import { STATEMENT_COLUMNS } from './statement-table.js'
 * assert.deepStrictEqual(STATEMENT_COLUMNS.slice(0, 4), ['holder', 'issue', 'kind', 'polarity'])
 * @category append
 * @since 0.1.0
 * @internal
 */
export const STATEMENT_COLUMNS: ReadonlyArray<string> = [
  'holder',
  'issue',
  'kind',
  'polarity',
  'conditions',
  'statedAt',
  'recordedAt',
  'speaker.name',
  'speaker.actor',
  'source.quote',
  'source.publisher',
  'source.url',
  'source.title',
  'source.publishedAt',
  'source.offsets',
  'confidence',
];

/**
 * Decodes the text of a `.csv` file of statements (cells separated by
 * commas, or by semicolons or tabs where the header is, as spreadsheets
 * set to a decimal comma write them; cells holding the separator, quotes
 * or line breaks quoted as RFC 4180 says; a UTF-8 byte order mark
 * dropped). An empty cell is a field left out; blank rows
 * are skipped. Every row is checked and every wrong one reported, by the
 * line it starts on; a header naming a column twice, or one the contract
 * lacks, is the file's one error (its rows would be read wrong).
 *
 * @example
 * import { parseStatementTable } from './statement-table.js'
 * const text = [
 *   'holder,issue,kind,polarity,conditions,statedAt,source.quote,source.publisher',
 *   'russia,ceasefire,reject,-,territorial-concessions +,2025-05-16,"no truce, not before the land is ours",Harbour Post',
 *   'ukraine,ceasefire,demand,yes,,2025-05-16,a truce first,Harbour Post',
 * ].join('\n')
 * const r = parseStatementTable('talks.csv', text)
 * assert.deepStrictEqual(r.events[0]?.data, {
 *   holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', conditions: [{ issue: 'territorial-concessions', polarity: '+' }],
 *   statedAt: '2025-05-16', source: { quote: 'no truce, not before the land is ours', publisher: 'Harbour Post' },
 * })
 * assert.ok(r.errors[0]!.startsWith('talks.csv line 3: polarity: expected one of '))
 * assert.strictEqual(parseStatementTable('talks.csv', 'holder,isue\n').errors[0], 'talks.csv line 1: column 2, "isue": not a field of a statement (issue?)')
 * @category append
 * @since 0.1.0
 * @internal
 */
export function parseStatementTable(file: string, text: string, options: ParseOptions = {}): ParsedLines {
  const found = lineCollector(file, options);
  const sep = sepLine(text);
  if (sep !== undefined) text = sep.rest;
  let rows: ReadonlyArray<{ record: string[]; info: { lines: number } }>;
  // Where the last row read ended: a quote left open is said from the line after it.
  let lastEnd = 0;
  const delimiter = sep?.separator ?? delimiterOf(text);
  try {
    rows = parse(text, {
      bom: true,
      delimiter,
      info: true,
      skip_empty_lines: true,
      // Rows of another length are said here, with their line, rather than thrown.
      relax_column_count: true,
      on_record: (record, context) => {
        lastEnd = context.lines;
        return record;
      },
      // With `info`, each row comes as its record and where it ended.
    }) as unknown as typeof rows;
  } catch (error) {
    const e = error as { code?: string; message?: string; lines?: number; column?: number };
    if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
      const opened = firstNonBlankLineAfter(text, lastEnd);
      found.fail(opened, 'a quoted cell is never closed: a quote (") inside a quoted cell is written twice ("")');
    } else found.fail(e.lines ?? lastEnd + 1, quoteProblem(e, headerNames(text, delimiter)) ?? `not CSV: ${e.message ?? String(error)}`);
    return found.stopped();
  }
  if (rows.length === 0) return found.done();
  const header = rows[0]!;
  const columns = header.record.map((c) => c.trim());
  const wrong = columnProblem(columns);
  if (wrong !== undefined) {
    found.fail(startLine(header), wrong);
    return found.stopped();
  }
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const line = startLine(row);
    options.onLine?.(r, rows.length - 1);
    const cells = row.record;
    // A row of empty cells (`,,,,`) is a blank row as a spreadsheet exports the rows it formatted but left empty.
    if (cells.every((cell) => cell.trim() === '')) continue;
    if (cells.length !== columns.length) {
      // Too many: a cell holding the separator unquoted; too few: one left out (a spreadsheet writes an empty one as nothing).
      const name = CSV_SEPARATORS.find((s) => s.char === delimiter)?.name ?? delimiter;
      const advice = cells.length > columns.length ? `a cell holding a ${name} is quoted ("...")` : `a cell is missing: each column has one, an empty one written as nothing between two ${name}s`;
      found.fail(line, `${cells.length} ${cells.length === 1 ? 'cell' : 'cells'} where the header (line ${startLine(header)}) names ${columns.length} columns: ${advice}`);
      continue;
    }
    // A column with no name is one a spreadsheet exports because it was formatted, as it does rows: skipped while empty.
    const stray = columns.findIndex((name, i) => name === '' && cells[i]!.trim() !== '');
    if (stray >= 0) {
      found.fail(line, `column ${stray + 1} has no name in the header (line ${startLine(header)}) but holds ${JSON.stringify(cells[stray]!.trim())}: name it by a field of a statement (${STATEMENT_COLUMNS.join(', ')}), or empty it`);
      continue;
    }
    const statement = rowObject(columns, cells);
    if (typeof statement === 'string') {
      found.fail(line, statement);
      continue;
    }
    // The codec names the field and the forms it takes; a table's cell may hold a date as the spreadsheet displays it,
    // which is fixed in the spreadsheet: said after the row's error.
    found.add(line, statement, spreadsheetDateHint(columns, cells));
  }
  return found.done();
}

/**
 * The line a text's table of statements starts with, when its first line
 * that is not blank is one: the header's names, split by the separator
 * that finds the most columns of a statement in it (or the one a first
 * line `sep=;` names), at least two of them (one, `holder`, could be a
 * word of anything). Undefined otherwise. For
 * a table given where JSON Lines were expected.
 *
 * @example
 * import { statementHeaderOf } from './statement-table.js'
 * assert.deepStrictEqual(statementHeaderOf('\nholder;issue;kind;polarity;source.quote\nrussia;ceasefire;reject;-;no'), { line: 2, names: ['holder', 'issue', 'kind', 'polarity', 'source.quote'] })
 * assert.strictEqual(statementHeaderOf('sep=;\nholder;issue;kind;polarity;source.quote')?.line, 2)
 * assert.strictEqual(statementHeaderOf('{"holder":"russia"}'), undefined)
 * @category append
 * @since 0.1.0
 * @internal
 */
export function statementHeaderOf(text: string): { readonly line: number; readonly names: ReadonlyArray<string> } | undefined {
  const sep = sepLine(text);
  if (sep !== undefined) text = sep.rest;
  const names = headerNames(text, sep?.separator ?? delimiterOf(text));
  if (names.filter((name) => STATEMENT_COLUMNS.includes(name)).length < 2) return undefined;
  return { line: text.replace(/^\uFEFF/, '').split(/\r?\n/).findIndex((line) => line.trim() !== '') + 1, names };
}

// `sep=;` on the first line tells Excel the separator (users add it, some tools write it): taken at its word, and
// left as a blank line, so that the lines keep their numbers.
function sepLine(text: string): { readonly separator: string; readonly rest: string } | undefined {
  const sep = /^(\uFEFF?)"?sep=([^\r\n"])"?[ \t]*(?=\r?\n|$)/i.exec(text);
  return sep === null ? undefined : { separator: sep[2]!, rest: sep[1]! + text.slice(sep[0].length) };
}

const DATE_COLUMNS = ['statedAt', 'recordedAt', 'source.publishedAt'];

// A month's name as an English spreadsheet shows it, short or whole.
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

// A date as a spreadsheet shows and exports a cell it took for one: `02.03.2026`, `3/2/2026 18:00`, `2026/03/02`, or
// its serial number (`46083`, days since 1899-12-30); a month (`2026-03`) as `Mar-26` or `Mar 2026`, a day as
// `2-Mar-26` or `02 March 2026`.
const SHOWN_DATE = new RegExp(
  String.raw`^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}/\d{1,2}/\d{1,2}|\d{5}(?:[.,]\d+)?|(?:\d{1,2}[- ])?${MONTH}\.?[- ]\d{2,4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?$`,
  'i',
);

function spreadsheetDateHint(columns: ReadonlyArray<string>, cells: ReadonlyArray<string>): string | undefined {
  const shown = columns.filter((c, i) => DATE_COLUMNS.includes(c) && SHOWN_DATE.test(cells[i]!.trim()));
  if (shown.length === 0) return undefined;
  return `${shown.join(', ')} ${shown.length === 1 ? 'holds a date as a spreadsheet shows it' : 'hold dates as a spreadsheet shows them'}: format ${shown.length === 1 ? 'that column' : 'those columns'} as text and write 2026-03-02 (a month as 2026-03, a time as 2026-03-02T18:00:00Z), then export again`;
}

// The first line that is not blank, the byte order mark dropped: the header, as csv-parse reads it.
function headerLine(text: string): string {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
}

// The header's names, split as simply as a header needs (its names hold no separator): for an error that stops the
// parse before the header is read.
function headerNames(text: string, delimiter: string): ReadonlyArray<string> {
  return headerLine(text).split(delimiter).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
}

// csv-parse's refusals of a quote where RFC 4180 allows none, in a table's words: the column by its number from 1 and
// its name (csv-parse counts fields from 0), and what to write instead.
function quoteProblem(e: { code?: string; column?: number }, names: ReadonlyArray<string>): string | undefined {
  if (e.code !== 'INVALID_OPENING_QUOTE' && e.code !== 'CSV_INVALID_CLOSING_QUOTE') return undefined;
  const name = e.column === undefined ? undefined : names[e.column];
  const at = e.column === undefined ? 'a cell' : `column ${e.column + 1}${name ? ` (${name})` : ''}`;
  return e.code === 'INVALID_OPENING_QUOTE'
    ? `${at}: a quote (") in a cell not quoted whole, or a space before its opening quote: quote the whole cell, with no space before it, and write each quote inside it twice ("say ""no""")`
    : `${at}: text after a quoted cell's closing quote: a quote (") inside a quoted cell is written twice ("")`;
}

// A spreadsheet writes `;` between cells where the decimal mark is a comma (much of Europe), and a tab when told to: the
// header says which, as the one that splits it into the most columns a statement has.
function delimiterOf(text: string): string {
  let best = ',';
  let most = 0;
  for (const { char: delimiter } of CSV_SEPARATORS) {
    const known = headerNames(text, delimiter).filter((name) => STATEMENT_COLUMNS.includes(name)).length;
    if (known > most) [best, most] = [delimiter, known];
  }
  return best;
}

// The line a row starts on: where it ends, less the line breaks its quoted cells hold.
function startLine(row: { record: string[]; info: { lines: number } }): number {
  let breaks = 0;
  for (const cell of row.record) for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) breaks++;
  return row.info.lines - breaks;
}

function firstNonBlankLineAfter(text: string, line: number): number {
  const lines = text.split(/\r?\n/);
  for (let i = line; i < lines.length; i++) if (lines[i]!.trim() !== '') return i + 1;
  return line + 1;
}

function columnProblem(columns: ReadonlyArray<string>): string | undefined {
  for (let i = 0; i < columns.length; i++) {
    const name = columns[i]!;
    const at = `column ${i + 1}, ${JSON.stringify(name)}`;
    // Unnamed: said at the first row that fills it, if one does.
    if (name === '') continue;
    if (!STATEMENT_COLUMNS.includes(name)) {
      const near = nearNames(name, STATEMENT_COLUMNS);
      return `${at}: not a field of a statement (${near.length > 0 ? `${near.join(', ')}?` : `the columns are ${STATEMENT_COLUMNS.join(', ')}`})`;
    }
    const first = columns.indexOf(name);
    if (first < i) return `${at}: named twice (column ${first + 1} too)`;
  }
  return undefined;
}

// A row as the statement a JSON line would hold, or what is wrong with a cell the codecs cannot say in a table's words.
function rowObject(columns: ReadonlyArray<string>, cells: ReadonlyArray<string>): Record<string, unknown> | string {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    const cell = cells[i]!.trim();
    if (cell === '' || column === '') continue;
    let value: unknown = cell;
    if (column === 'confidence') {
      // A number where the cell reads as one (with a decimal comma too, as a spreadsheet that separates cells by
      // semicolons writes it); otherwise the text, for the codec to name it as a JSON line's would be.
      const n = Number(/^\d*,\d+$/.test(cell) ? cell.replace(',', '.') : cell);
      value = Number.isNaN(n) ? cell : n;
    } else if (column === 'conditions') {
      const conditions = parseConditionsCell(cell);
      if (typeof conditions === 'string') return `conditions: ${conditions}`;
      value = conditions;
    } else if (column === 'source.offsets') {
      const offsets = parseOffsetsCell(cell);
      if (typeof offsets === 'string') return `source.offsets: ${offsets}`;
      value = offsets;
    }
    const [head, field] = column.split('.') as [string, string | undefined];
    if (field === undefined) out[head] = value;
    else ((out[head] ??= {}) as Record<string, unknown>)[field] = value;
  }
  return out;
}
