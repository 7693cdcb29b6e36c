/**
 * `--csv`: a command's rows as a spreadsheet opens them (RFC 4180: a header
 * row, cells holding a comma, a quote or a line break quoted), for the
 * tables analysts keep beside the log. Lists in a cell (the statements of
 * a position, the actors of a contradiction) are joined with `; `, and a
 * condition is its issue and polarity (`ceasefire +`), as a `.csv` file of
 * statements gives them to `stancelog append`.
 *
 * @since 0.1.0
 */
import { left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { stringify } from 'csv-stringify/sync';
import type { Command } from 'commander';
import type { AlignmentView, Condition, ContradictionView, PositionView } from '@stancelog/core';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';
import type { TextSink } from './io.js';

/**
 * How `--csv` writes a table: the separator of its cells, and whether a
 * UTF-8 byte order mark comes first (`--bom`).
 *
 * @example
 * import type { CsvFormat } from './csv-output.js'
 * const excel: CsvFormat = { separator: ';', bom: true }
 * assert.ok(excel.bom)
 * @category output
 * @since 0.1.0
 * @internal
 */
export interface CsvFormat {
  readonly separator: string;
  readonly bom: boolean;
}

/**
 * Refuses `--csv` with `--json` (two formats for one output) and with
 * `--watch` (a stream of changes is no table), a `--separator` other than
 * `,`, `;` or `tab`, and `--separator` or `--bom` without `--csv`; gives
 * how the table is written (cells separated by `,` and no byte order
 * mark by default).
 *
 * @example
 * import { checkCsvOption } from './csv-output.js'
 * const r = checkCsvOption({ csv: true, json: true })
 * assert.ok(r._tag === 'Left' && r.left.message === '--csv and --json: give one (--csv writes a table for a spreadsheet, --json the whole of each row)')
 * assert.deepStrictEqual(checkCsvOption({ csv: true }), { _tag: 'Right', right: { separator: ',', bom: false } })
 * assert.deepStrictEqual(checkCsvOption({ csv: true, separator: 'tab', bom: true }), { _tag: 'Right', right: { separator: '\t', bom: true } })
 * assert.strictEqual(checkCsvOption({ bom: true })._tag, 'Left')
 * @category output
 * @since 0.1.0
 * @internal
 */
export function checkCsvOption(options: {
  readonly csv?: boolean | undefined;
  readonly json?: boolean | undefined;
  readonly watch?: boolean | undefined;
  readonly separator?: string | undefined;
  readonly bom?: boolean | undefined;
}): Either<CliError, CsvFormat> {
  if (options.separator !== undefined && options.csv !== true) return left(cliError(`--separator ${options.separator}: only with --csv (the separator of its cells)`));
  if (options.bom === true && options.csv !== true) return left(cliError('--bom: only with --csv (a byte order mark before its header, for a spreadsheet to read non-ASCII text right)'));
  const separator = options.separator === undefined ? ',' : SEPARATORS.get(options.separator.toLowerCase());
  if (separator === undefined) return left(cliError(`--separator ${JSON.stringify(options.separator)}: expected , or ; or tab (; as a spreadsheet set to a decimal comma reads a file opened from disk)`));
  const format = { separator, bom: options.bom === true };
  if (options.csv !== true) return right(format);
  if (options.json === true) return left(cliError('--csv and --json: give one (--csv writes a table for a spreadsheet, --json the whole of each row)'));
  if (options.watch === true) return left(cliError('--csv and --watch: a table is written once; --watch --json prints each change as a JSON line'));
  return right(format);
}

// The help of `--separator`.
const CSV_SEPARATOR_HELP = 'with --csv: the separator of its cells, , (the default), ; or tab (; for a spreadsheet set to a decimal comma)';

// The help of `--bom`.
const CSV_BOM_HELP = 'with --csv: a UTF-8 byte order mark first, without which a spreadsheet opening the file (Excel, by a double-click) misreads non-ASCII text; append skips it';

/**
 * Adds `--csv` (with its help, which says what the table holds), and the
 * `--separator` and `--bom` that go with it, to a command: every command
 * that writes a table takes all three (`checkCsvOption` reads them), where
 * each spelt them and one took two of the three.
 *
 * @example
 * import { Command } from 'commander'
 * import { withCsvOptions } from './csv-output.js'
 * const command = withCsvOptions(new Command('positions'), 'print the positions as CSV').action(() => undefined)
 * command.parse(['--csv', '--separator', ';', '--bom'], { from: 'user' })
 * assert.deepStrictEqual(command.opts(), { csv: true, separator: ';', bom: true })
 * @category output
 * @since 0.1.0
 * @internal
 */
export function withCsvOptions(command: Command, csvHelp: string): Command {
  return command.option('--csv', csvHelp).option('--separator <char>', CSV_SEPARATOR_HELP).option('--bom', CSV_BOM_HELP);
}

// What --separator takes: the separators `append` reads a .csv file by.
/**
 * The separators a table of cells may use, each with its character, the
 * word `--separator` takes for it and its name in messages: those `append`
 * reads a `.csv` file by and `--csv` writes.
 *
 * @example
 * import { CSV_SEPARATORS } from './csv-output.js'
 * assert.deepStrictEqual(CSV_SEPARATORS.map((s) => s.name), ['comma', 'semicolon', 'tab'])
 * @category output
 * @since 0.1.0
 * @internal
 */
export const CSV_SEPARATORS: ReadonlyArray<{ readonly char: string; readonly option: string; readonly name: string }> = [
  { char: ',', option: ',', name: 'comma' },
  { char: ';', option: ';', name: 'semicolon' },
  { char: '\t', option: 'tab', name: 'tab' },
];

// --separator's word (a tab itself too, as a shell passes $'\t'), to the character.
const SEPARATORS: ReadonlyMap<string, string> = new Map(CSV_SEPARATORS.flatMap((s) => [[s.option, s.char], [s.char, s.char]] as const));

/**
 * Conditions as one cell: `ceasefire +; territorial-concessions -`, what
 * {@link parseConditionsCell} reads back.
 *
 * @example
 * import { conditionsCell } from './csv-output.js'
 * assert.strictEqual(conditionsCell([{ issue: 'ceasefire', polarity: '+' }, { issue: 'territorial-concessions', polarity: '-' }]), 'ceasefire +; territorial-concessions -')
 * @category output
 * @since 0.1.0
 * @internal
 */
export function conditionsCell(conditions: ReadonlyArray<Condition>): string {
  return conditions.map((c) => `${c.issue} ${c.polarity}`).join('; ');
}

// A condition in a cell: the issue, then its polarity, apart or not (`ceasefire +`, `ceasefire+`).
const CONDITION = /^(.*?)\s*([+\-0])$/;

/**
 * The conditions of a cell written as {@link conditionsCell} writes them
 * (the space before the polarity may be left out), or what is wrong with
 * the first that is not.
 *
 * @example
 * import { parseConditionsCell } from './csv-output.js'
 * assert.deepStrictEqual(parseConditionsCell('ceasefire +;territorial-concessions-'), [{ issue: 'ceasefire', polarity: '+' }, { issue: 'territorial-concessions', polarity: '-' }])
 * assert.strictEqual(parseConditionsCell('ceasefire'), '"ceasefire": expected an issue and its polarity (ceasefire +), several separated by ;')
 * @category output
 * @since 0.1.0
 * @internal
 */
export function parseConditionsCell(cell: string): Array<{ issue: string; polarity: string }> | string {
  const conditions = [];
  for (const part of cell.split(';').map((p) => p.trim()).filter((p) => p !== '')) {
    const m = CONDITION.exec(part);
    if (m === null || m[1] === '') return `${JSON.stringify(part)}: expected an issue and its polarity (ceasefire +), several separated by ;`;
    conditions.push({ issue: m[1]!, polarity: m[2]! });
  }
  return conditions;
}

/**
 * A quote's offsets in the text it was read from as one cell: `30..39`
 * (start, then end), what {@link parseOffsetsCell} reads back. Not
 * `30-39`: a spreadsheet takes `1-12` for a date.
 *
 * @example
 * import { offsetsCell } from './csv-output.js'
 * assert.strictEqual(offsetsCell([30, 39]), '30..39')
 * @category output
 * @since 0.1.0
 * @internal
 */
export function offsetsCell(offsets: readonly [number, number] | ReadonlyArray<number>): string {
  return `${offsets[0]}..${offsets[1]}`;
}

/**
 * The offsets of a cell written as {@link offsetsCell} writes them (spaces
 * around `..` allowed), or what is wrong with it; the codec then checks
 * that the end is not before the start.
 *
 * @example
 * import { parseOffsetsCell } from './csv-output.js'
 * assert.deepStrictEqual(parseOffsetsCell('30 .. 39'), [30, 39])
 * assert.strictEqual(parseOffsetsCell('30-39'), '"30-39": expected the start and end of the quote in the text it was read from, as 30..39')
 * @category output
 * @since 0.1.0
 * @internal
 */
export function parseOffsetsCell(cell: string): [number, number] | string {
  const m = /^(\d+)\s*\.\.\s*(\d+)$/.exec(cell.trim());
  if (m === null) return `${JSON.stringify(cell)}: expected the start and end of the quote in the text it was read from, as 30..39`;
  return [Number(m[1]), Number(m[2])];
}

/**
 * Writes a header and rows as CSV, a row at a time (a large list is never
 * one string), as `format` says: its cells separated by `,` unless told
 * otherwise, and a byte order mark first when told. A cell longer than a
 * spreadsheet cell holds is warned of on `warnings` (see {@link LongCells}).
 *
 * @example
 * import { writeCsv } from './csv-output.js'
 * let out = ''
 * writeCsv({ write: (s) => (out += s) }, ['holder', 'quote'], [['russia', 'no truce, not now']])
 * assert.strictEqual(out, 'holder,quote\r\nrussia,"no truce, not now"\r\n')
 * out = ''
 * writeCsv({ write: (s) => (out += s) }, ['holder', 'quote'], [['russia', 'no truce; not now']], { separator: ';', bom: true })
 * assert.strictEqual(out, '\uFEFFholder;quote\r\nrussia;"no truce; not now"\r\n')
 * @category output
 * @since 0.1.0
 * @internal
 */
export function writeCsv(
  sink: TextSink,
  header: ReadonlyArray<string>,
  rows: Iterable<ReadonlyArray<string | number>>,
  format: Partial<CsvFormat> = {},
  warnings?: TextSink,
): void {
  const line = csvRowWriter(sink, format.separator);
  const long = new LongCells(header);
  if (format.bom === true) sink.write(BOM);
  line(header);
  for (const row of rows) {
    long.check(row);
    line(row);
  }
  const note = long.note();
  if (note !== undefined) warnings?.write(note);
}

/**
 * The most characters a cell of Excel holds: a longer one is cut there
 * when the sheet is opened, and saved so.
 *
 * @example
 * import { CELL_LIMIT } from './csv-output.js'
 * assert.strictEqual(CELL_LIMIT, 32_767)
 * @category output
 * @since 0.1.0
 * @internal
 */
export const CELL_LIMIT = 32_767;

/**
 * The cells of a table, as it is written row by row, longer than a
 * spreadsheet cell holds ({@link CELL_LIMIT}), named by row (the header is
 * row 1, as a spreadsheet numbers them) and column (its letter and
 * header), and the warning that names them.
 *
 * @example
 * import { LongCells } from './csv-output.js'
 * const long = new LongCells(['holder', 'quote'])
 * long.check(['russia', 'no truce'])
 * long.check(['ukraine', 'x'.repeat(40_000)])
 * assert.deepStrictEqual(long.found, [{ row: 3, column: 'B (quote)', length: 40_000 }])
 * assert.strictEqual(long.note(), 'stancelog: warning: a cell holds more characters than a spreadsheet cell does (32,767; Excel opens it cut there): row 3, column B (quote), 40,000 characters\n')
 * @category output
 * @since 0.1.0
 * @internal
 */
export class LongCells {
  readonly found: LongCell[] = [];
  // The header is row 1.
  private row = 1;

  constructor(private readonly header: ReadonlyArray<string>) {}

  /** The next row, as written after those checked before. */
  check(cells: ReadonlyArray<string | number>): void {
    this.row++;
    cells.forEach((cell, i) => {
      if (typeof cell === 'string' && cell.length > CELL_LIMIT) this.found.push({ row: this.row, column: `${columnLetters(i)} (${this.header[i] ?? i + 1})`, length: cell.length });
    });
  }

  /** The warning of the cells found, if any (see {@link longCellsNote}). */
  note(): string | undefined {
    return longCellsNote(this.found);
  }
}

/**
 * A cell longer than a spreadsheet cell holds: its row (the header is row
 * 1) and its column, by letter and header.
 *
 * @example
 * import type { LongCell } from './csv-output.js'
 * const cell: LongCell = { row: 2, column: 'J (source.quote)', length: 40_000 }
 * assert.strictEqual(cell.row, 2)
 * @category output
 * @since 0.1.0
 * @internal
 */
export interface LongCell {
  readonly row: number;
  readonly column: string;
  readonly length: number;
}

/**
 * The warning of cells longer than a spreadsheet cell holds, a line ended
 * (undefined for none): the first ten named, and how many more there are;
 * `more` is added to it (what a cut cell does to the table read back).
 *
 * @example
 * import { longCellsNote } from './csv-output.js'
 * assert.strictEqual(longCellsNote([]), undefined)
 * const cells = Array.from({ length: 12 }, (_, i) => ({ row: i + 2, column: 'B (quote)', length: 40_000 }))
 * assert.ok(longCellsNote(cells)!.startsWith('stancelog: warning: 12 cells hold more characters than a spreadsheet cell does'))
 * assert.ok(longCellsNote(cells)!.endsWith('row 11, column B (quote), 40,000 characters; and 2 more\n'))
 * @category output
 * @since 0.1.0
 * @internal
 */
export function longCellsNote(found: ReadonlyArray<LongCell>, more = ''): string | undefined {
  const n = found.length;
  if (n === 0) return undefined;
  const shown = found.slice(0, 10).map((c) => `row ${c.row}, column ${c.column}, ${c.length.toLocaleString('en-US')} characters`).join('; ');
  return `stancelog: warning: ${n === 1 ? 'a cell holds' : `${n} cells hold`} more characters than a spreadsheet cell does (${CELL_LIMIT.toLocaleString('en-US')}; Excel opens ${n === 1 ? 'it' : 'them'} cut there): ${shown}${n > 10 ? `; and ${n - 10} more` : ''}${more}\n`;
}

/** A column's letters as a spreadsheet names it: A to Z, then AA. */
function columnLetters(index: number): string {
  let out = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/**
 * The UTF-8 byte order mark `--bom` writes first: the sign a spreadsheet
 * opening a file reads its text as UTF-8 by (without it, Excel reads
 * `Zürich` as `ZÃ¼rich`).
 *
 * @example
 * import { BOM } from './csv-output.js'
 * assert.deepStrictEqual([...Buffer.from(BOM, 'utf8')], [0xef, 0xbb, 0xbf])
 * @category output
 * @since 0.1.0
 * @internal
 */
export const BOM = '\uFEFF';

/**
 * A function that writes one row of cells to `sink` as CSV, separated by
 * `separator`: for a table written as it is read.
 *
 * @example
 * import { csvRowWriter } from './csv-output.js'
 * let out = ''
 * const line = csvRowWriter({ write: (s) => (out += s) }, ';')
 * line(['russia', 'no truce; not now', 2])
 * assert.strictEqual(out, 'russia;"no truce; not now";2\r\n')
 * out = ''
 * line(['russia', 'no truce\nnot now'])
 * assert.strictEqual(out, 'russia;"no truce\nnot now"\r\n')
 * @category output
 * @since 0.1.0
 * @internal
 */
export function csvRowWriter(sink: TextSink, separator = ','): (cells: ReadonlyArray<string | number>) => void {
  // CRLF, as RFC 4180 and the spreadsheets that read it have it. A cell holding a lone LF or CR is quoted too: a
  // spreadsheet ends a row there (csv-stringify quotes only the record delimiter once it is given).
  return (cells) => void sink.write(stringify([cells as Array<string | number>], { record_delimiter: 'windows', quote_record_delimiter: true, delimiter: separator }));
}

/** The columns of `positions --csv`. @internal */
export const POSITION_COLUMNS = ['holder', 'issue', 'polarity', 'kind', 'conditions', 'since', 'lastStated', 'reported', 'firmKind', 'sources', 'statements'] as const;

/**
 * Positions as `positions --csv` writes them: one row each, in
 * {@link POSITION_COLUMNS}' order (the history is left out: `timeline`
 * tells it).
 *
 * @example
 * import { positionRows } from './csv-output.js'
 * const [row] = positionRows([{ holder: 'russia', issue: 'ceasefire', polarity: '-', kind: 'reject', conditions: [], triggers: [], since: '2025-05-16', lastStated: '2025-05-16', reported: false, firmKind: null, statements: ['a', 'b'], sources: 2, history: [] }])
 * assert.deepStrictEqual(row, ['russia', 'ceasefire', '-', 'reject', '', '2025-05-16', '2025-05-16', 'false', '', 2, 'a; b'])
 * @category output
 * @since 0.1.0
 * @internal
 */
export function* positionRows(views: Iterable<PositionView>): Generator<ReadonlyArray<string | number>> {
  for (const p of views) {
    yield [p.holder, p.issue, p.polarity, p.kind, conditionsCell(p.conditions), p.since, p.lastStated, String(p.reported), p.firmKind ?? '', p.sources, p.statements.join('; ')];
  }
}

/** The columns of `contradictions --csv`. @internal */
export const CONTRADICTION_COLUMNS = ['id', 'type', 'status', 'since', 'until', 'issues', 'actors', 'statements', 'resolvedBy', 'summary'] as const;

/**
 * Contradictions as `contradictions --csv` writes them: one row each, in
 * {@link CONTRADICTION_COLUMNS}' order.
 *
 * @example
 * import { contradictionRows } from './csv-output.js'
 * const [row] = contradictionRows([{ id: 'incompatible:ceasefire:russia|ukraine', type: 'incompatible', issues: ['ceasefire'], actors: ['russia', 'ukraine'], since: '2025-05-16', until: null, resolvedBy: null, status: 'open', statements: ['a', 'b'], summary: 'russia - against ukraine + on ceasefire' }])
 * assert.deepStrictEqual(row!.slice(2, 8), ['open', '2025-05-16', '', 'ceasefire', 'russia; ukraine', 'a; b'])
 * @category output
 * @since 0.1.0
 * @internal
 */
export function* contradictionRows(views: Iterable<ContradictionView>): Generator<ReadonlyArray<string | number>> {
  for (const c of views) {
    yield [c.id, c.type, c.status, c.since, c.until ?? '', c.issues.join('; '), c.actors.join('; '), c.statements.join('; '), c.resolvedBy ?? '', c.summary];
  }
}

/** The columns of `alignment --csv`. @internal */
export const ALIGNMENT_COLUMNS = ['actors', 'score', 'agree', 'disagree', 'evidence'] as const;

/**
 * Pairs as `alignment --csv` writes them: one row each, in
 * {@link ALIGNMENT_COLUMNS}' order. A list is joined with `; `, and an
 * issue's evidence is the issue and its two statement ids, apart
 * (`ceasefire ID1 ID2`: ids hold no space).
 *
 * @example
 * import { alignmentRows } from './csv-output.js'
 * const [row] = alignmentRows([{ actors: ['russia', 'ukraine'], score: -1, agree: [], disagree: ['ceasefire'], evidence: [{ issue: 'ceasefire', statements: ['a', 'b'] }] }])
 * assert.deepStrictEqual(row, ['russia; ukraine', -1, '', 'ceasefire', 'ceasefire a b'])
 * @category output
 * @since 0.1.0
 * @internal
 */
export function* alignmentRows(views: Iterable<AlignmentView>): Generator<ReadonlyArray<string | number>> {
  for (const a of views) {
    yield [a.actors.join('; '), a.score, a.agree.join('; '), a.disagree.join('; '), a.evidence.map((e) => `${e.issue} ${e.statements.join(' ')}`).join('; ')];
  }
}
