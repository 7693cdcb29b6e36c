/**
 * `stancelog log --csv`: the statements of a log that count, as the rows
 * of a coding sheet that `stancelog append FILE.csv` reads back as the same
 * statements (the same ids). The sheet holds statements only: registry
 * events and withdrawals have no columns, and a withdrawn statement no
 * longer counts. A correction is the statement it makes, written at the
 * place it takes in the log's order (that of the statement it corrects),
 * so that the statements of one holder, issue and time count in the
 * sheet's order as they did in the log's.
 *
 * @since 0.1.0
 */
import type { StoredEvent, StoredEventOf } from '@stancelog/core';
import { BOM, conditionsCell, csvRowWriter, longCellsNote, LongCells, offsetsCell } from './csv-output.js';
import type { LongCell } from './csv-output.js';
import type { CsvFormat } from './csv-output.js';
import type { TextSink } from './io.js';
import { counted } from './table.js';
import { STATEMENT_COLUMNS } from './statement-table.js';

/**
 * A statement as a row of a coding sheet, its cells in
 * `STATEMENT_COLUMNS`' order and in the forms `append FILE.csv` reads (a
 * field left out an empty cell, conditions as `ceasefire +; sanctions -`,
 * offsets as `30..39`), with the time the log recorded it. What a
 * correction says it corrects is left out: that names a statement of this
 * log, which another log does not hold.
 *
 * @example
 * import { statementRow } from './statement-sheet.js'
 * import { STATEMENT_COLUMNS } from './statement-table.js'
 * const e = { id: 'a'.repeat(32), position: 1, recordedAt: '2025-05-17T09:00:00Z', schema: 1, tags: [], type: 'statement-made',
 *   data: { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', conditions: [{ issue: 'territorial-concessions', polarity: '+' }], statedAt: '2025-05', source: { quote: 'not before the land is ours', offsets: [4, 31] }, confidence: 0.8 } } as any
 * const row = statementRow(e)
 * assert.deepStrictEqual(Object.fromEntries(STATEMENT_COLUMNS.map((c, i) => [c, row[i]]).filter(([, cell]) => cell !== '')), {
 *   holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', conditions: 'territorial-concessions +', statedAt: '2025-05',
 *   recordedAt: '2025-05-17T09:00:00Z', 'source.quote': 'not before the land is ours', 'source.offsets': '4..31', confidence: '0.8',
 * })
 * @category output
 * @since 0.1.0
 * @internal
 */
export function statementRow(event: StoredEventOf<'statement-made'>): ReadonlyArray<string> {
  const s = event.data;
  const cells: Record<string, string | undefined> = {
    holder: s.holder,
    issue: s.issue,
    kind: s.kind,
    polarity: s.polarity,
    conditions: s.conditions === undefined ? undefined : conditionsCell(s.conditions),
    statedAt: s.statedAt,
    recordedAt: event.recordedAt,
    'speaker.name': s.speaker?.name,
    'speaker.actor': s.speaker?.actor,
    'source.quote': s.source.quote,
    'source.publisher': s.source.publisher,
    'source.url': s.source.url,
    'source.title': s.source.title,
    'source.publishedAt': s.source.publishedAt,
    'source.offsets': s.source.offsets === undefined ? undefined : offsetsCell(s.source.offsets),
    confidence: s.confidence === undefined ? undefined : String(s.confidence),
  };
  return STATEMENT_COLUMNS.map((column) => cells[column] ?? '');
}

/**
 * Whether a statement's row reads back as the statement itself: not when
 * it has an empty list of conditions (an empty cell is none), or a text
 * with spaces at its ends, or an empty one (`append` trims its cells, and
 * an empty cell is a field left out), or one holding half of a surrogate
 * pair (an emoji cut in two), which UTF-8 has no bytes for: the sheet
 * holds U+FFFD there. Appended from the sheet, such a statement is
 * another, with another id.
 *
 * @example
 * import { fitsSheet } from './statement-sheet.js'
 * const s = { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', source: { quote: 'no truce' } } as any
 * assert.ok(fitsSheet(s))
 * assert.ok(!fitsSheet({ ...s, conditions: [] }))
 * assert.ok(!fitsSheet({ ...s, source: { quote: 'no truce ' } }))
 * assert.ok(!fitsSheet({ ...s, source: { quote: 'no truce \ud83d' } }))
 * assert.ok(fitsSheet({ ...s, source: { quote: 'no truce \ud83d\ude20' } }))
 * @category output
 * @since 0.1.0
 * @internal
 */
export function fitsSheet(s: StoredEventOf<'statement-made'>['data']): boolean {
  if (s.conditions !== undefined && s.conditions.length === 0) return false;
  const texts = [s.holder, s.issue, s.statedAt, s.speaker?.name, s.speaker?.actor, s.source.quote, s.source.publisher, s.source.url, s.source.title, s.source.publishedAt];
  return texts.every((t) => t === undefined || (t !== '' && t === t.trim() && !LONE_SURROGATE.test(t)));
}

// Half of a surrogate pair: a high one not followed by a low one, or a low one not after a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What a sheet left out of the events it was given, by kind, and the
 * corrections it wrote as the statements they make.
 *
 * @example
 * import type { SheetCounts } from './statement-sheet.js'
 * const counts: SheetCounts = { rows: 25, registry: 19, withdrawals: 1, withdrawn: 1, corrections: 1, misfits: [], longCells: [] }
 * assert.strictEqual(counts.rows, 25)
 * @category output
 * @since 0.1.0
 * @internal
 */
export interface SheetCounts {
  /** The statements written, a row each. */
  readonly rows: number;
  /** Registry events left out (`actor-registered`, `alias-added`, `office-held`, `issue-defined`). */
  readonly registry: number;
  /** Withdrawals left out. */
  readonly withdrawals: number;
  /** Statements left out because a withdrawal in force takes them back. */
  readonly withdrawn: number;
  /** Corrections written as the statements they make, without what they correct. */
  readonly corrections: number;
  /** The log positions of the statements written whose rows read back as other statements (see {@link fitsSheet}). */
  readonly misfits: ReadonlyArray<number>;
  /** The cells longer than a spreadsheet cell holds, by row and column: cut there, the row reads back as another statement. */
  readonly longCells: ReadonlyArray<LongCell>;
}

// The rows are written in pieces of this much text: a write for each row made a large log's sheet a write per statement.
const CHARS_PER_WRITE = 1 << 16;

/**
 * Writes a coding sheet as `format` says: the header (`STATEMENT_COLUMNS`), then a
 * row for each statement `add` is given in log order that `counts` (not
 * taken back by a withdrawal), and counts what it leaves out. The
 * `corrections` that count are written at the place each takes
 * (`corrects.position`), rather than where they were appended, in the
 * order of their ids with the event there when it counts too (the order
 * the log counts them in); one `add` is given that is not among them (appended
 * since they were read) is written where it comes.
 *
 * @example
 * import { sheetWriter } from './statement-sheet.js'
 * const said = (position: number, quote: string, corrects?: object) => ({ id: String(position).repeat(32).slice(0, 32), position, recordedAt: '2025-05-17T09:00:00Z', schema: 1, tags: [], type: 'statement-made',
 *   data: { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', source: { quote }, ...(corrects ? { corrects } : {}) } }) as any
 * const fix = said(4, 'no truce for now', { event: '2'.repeat(32), position: 2 })
 * let out = ''
 * const sheet = sheetWriter({ write: (s) => (out += s) }, { separator: ',', bom: false }, (e) => e.position !== 2, [fix])
 * for (const e of [said(1, 'no truce'), said(2, 'no truce now'), said(3, 'no truce yet'), { position: 4, type: 'event-withdrawn' } as any, fix]) sheet.add(e)
 * const counts = sheet.end()
 * // The correction takes the place of #2, which it corrects: before #3.
 * assert.deepStrictEqual(out.trimEnd().split('\r\n').slice(1).map((row) => row.split(',')[9]), ['no truce', 'no truce for now', 'no truce yet'])
 * assert.deepStrictEqual(counts, { rows: 3, registry: 0, withdrawals: 1, withdrawn: 1, corrections: 1, misfits: [], longCells: [] })
 * @category output
 * @since 0.1.0
 * @internal
 */
export function sheetWriter(sink: TextSink, format: CsvFormat, counts: (event: StoredEvent) => boolean, corrections: ReadonlyArray<StoredEventOf<'statement-made'>>) {
  let text = '';
  const line = csvRowWriter({ write: (s) => void (text += s) }, format.separator);
  const flush = (): void => {
    if (text !== '') sink.write(text);
    text = '';
  };
  // The corrections by the place they take, then by id: at one place (a correction, and the statement it corrects
  // restored, or another correction), the log counts its statements in the order of their ids, whenever appended.
  const placeOf = (e: StoredEventOf<'statement-made'>): number => e.data.corrects?.position ?? e.position;
  const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const pending = [...corrections].sort((a, b) => placeOf(a) - placeOf(b) || byId(a.id, b.id));
  const placed = new Set(pending.map((e) => e.id));
  let next = 0;
  const tally = { rows: 0, registry: 0, withdrawals: 0, withdrawn: 0, corrections: 0 };
  const misfits: number[] = [];
  const long = new LongCells(STATEMENT_COLUMNS);
  const write = (e: StoredEventOf<'statement-made'>): void => {
    const row = statementRow(e);
    long.check(row);
    line(row);
    tally.rows++;
    if (e.data.corrects !== undefined) tally.corrections++;
    if (!fitsSheet(e.data)) misfits.push(e.position);
    if (text.length >= CHARS_PER_WRITE) flush();
  };
  // The corrections whose place is before `position`, and with `id`, those at that place whose ids come before it:
  // written before the event there.
  const writePlacedBefore = (position: number, id?: string): void => {
    const before = (c: StoredEventOf<'statement-made'>): boolean => placeOf(c) < position || (id !== undefined && placeOf(c) === position && byId(c.id, id) < 0);
    for (; next < pending.length && before(pending[next]!); next++) write(pending[next]!);
  };
  if (format.bom) text += BOM;
  line(STATEMENT_COLUMNS);
  return {
    /** The next event of the listing, in log order. */
    add(e: StoredEvent): void {
      writePlacedBefore(e.position);
      if (e.type === 'event-withdrawn') tally.withdrawals++;
      else if (e.type !== 'statement-made') tally.registry++;
      else if (!counts(e)) tally.withdrawn++;
      else if (!placed.has(e.id)) {
        writePlacedBefore(e.position, e.id);
        write(e);
      }
    },
    /** The statements given a row so far. */
    rows: (): number => tally.rows,
    /** Writes what is left and says what the sheet holds. */
    end(): SheetCounts {
      writePlacedBefore(Number.POSITIVE_INFINITY);
      flush();
      return { ...tally, misfits, longCells: long.found };
    },
  };
}

/**
 * What `log --csv` says on stderr of a sheet (the sheet itself is meant
 * for another log): what it left out, how it wrote the corrections, and
 * the statements whose rows read back as others; undefined when there is
 * nothing to say.
 *
 * @example
 * import { sheetNote } from './statement-sheet.js'
 * assert.strictEqual(sheetNote({ rows: 2, registry: 0, withdrawals: 0, withdrawn: 0, corrections: 0, misfits: [], longCells: [] }), undefined)
 * assert.strictEqual(sheetNote({ rows: 2, registry: 3, withdrawals: 0, withdrawn: 0, corrections: 0, misfits: [], longCells: [] }), 'stancelog: the sheet holds 2 statements that count; left out: 3 registry events (stancelog copy --to OTHER.jsonl copies the whole log, log --json lists every event)\n')
 * @category output
 * @since 0.1.0
 * @internal
 */
export function sheetNote(c: SheetCounts): string | undefined {
  const out = [
    ...(c.registry > 0 ? [counted(c.registry, 'registry event')] : []),
    ...(c.withdrawals > 0 ? [counted(c.withdrawals, 'withdrawal')] : []),
    ...(c.withdrawn > 0 ? [`${counted(c.withdrawn, 'statement')} withdrawn`] : []),
  ];
  let note = '';
  if (out.length > 0) note += `stancelog: the sheet holds ${counted(c.rows, 'statement')} that ${c.rows === 1 ? 'counts' : 'count'}; left out: ${out.join(', ')} (stancelog copy --to OTHER.jsonl copies the whole log, log --json lists every event)\n`;
  if (c.corrections > 0) {
    note += `stancelog: ${counted(c.corrections, 'correction')} written as the ${c.corrections === 1 ? 'statement it makes' : 'statements they make'}, at the place of the one corrected: appended from the sheet, ${c.corrections === 1 ? 'it is a statement' : 'they are statements'} of ${c.corrections === 1 ? 'its' : 'their'} own, with ${c.corrections === 1 ? 'an id' : 'ids'} of ${c.corrections === 1 ? 'its' : 'their'} own\n`;
  }
  if (c.misfits.length > 0) {
    const shown = c.misfits.slice(0, 10).map((p) => `#${p}`).join(', ') + (c.misfits.length > 10 ? `, and ${c.misfits.length - 10} more` : '');
    note += `stancelog: warning: ${counted(c.misfits.length, 'statement')} (${shown}) ${c.misfits.length === 1 ? 'has' : 'have'} what a cell cannot hold as it is (an empty list of conditions, a text with spaces at its ends, an empty one, or half of a surrogate pair): appended from the sheet, ${c.misfits.length === 1 ? 'it is another statement, with another id' : 'they are other statements, with other ids'}\n`;
  }
  note += longCellsNote(c.longCells, `: saved from it so and appended, ${c.longCells.length === 1 ? 'its row is another statement' : 'their rows are other statements'}`) ?? '';
  return note === '' ? undefined : note;
}
