/**
 * The commands that list what the analysis holds (`positions`,
 * `alignment`, `graph`, `contradictions`): one run of checks before the
 * store is opened, one projection, one way of telling a typo from an empty
 * answer, and one way of writing the list (a table, `--json` or `--csv`).
 *
 * @since 0.1.0
 */
import { isLeft, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import type { AnalysisState, AsOf, EventStore } from '@stancelog/core';
import { analyse } from './analyse.js';
import { asOfOption } from './as-of-option.js';
import type { AsOfOptions } from './as-of-option.js';
import type { CliError } from './cli-error.js';
import { checkCsvOption, writeCsv } from './csv-output.js';
import { emptyAnswer } from './empty-answer.js';
import { checkNothingFound } from './filter-ids.js';
import type { IdFilter } from './filter-ids.js';
import type { CliIo, TextSink } from './io.js';
import { writeJsonArray } from './json-output.js';
import { loadRules } from './rules-option.js';
import type { AnyRule } from './rules-option.js';
import { withStore } from './store-option.js';
import { checkIssueOrWithin } from './within-option.js';

/**
 * The options every command that lists the analysis takes: the dates,
 * the store, the output's format, the snapshot and the rules of one's own.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { appendCommand, positionsCommand } from '@stancelog/cli'
 * import type { AnalysisListingOptions } from '@stancelog/cli'
 * const cwd = mkdtempSync(join(tmpdir(), 'listing-'))
 * writeFileSync(join(cwd, 'talks.jsonl'), '{"holder":"russia","issue":"ceasefire","kind":"reject","polarity":"-","statedAt":"2025-05-16","source":{"quote":"no truce"}}\n')
 * const io = { stdout: { write: (s: string) => s.length }, stderr: process.stderr, cwd, env: {} }
 * await appendCommand('talks.jsonl', {}, io)
 * // As a spreadsheet set to a decimal comma reads it, as of the day after the statement.
 * const options: AnalysisListingOptions = { csv: true, separator: ';', asOf: '2025-05-17', snapshots: false }
 * const r = await positionsCommand(options, io)
 * assert.ok(r._tag === 'Right' && r.right.length === 1)
 * @category commands
 * @since 0.1.0
 */
export interface AnalysisListingOptions extends AsOfOptions {
  /** The store to read (`--store`: a file's path, or a `postgres://` URL); by default `$STANCELOG_STORE`, or the file store in `io.cwd`. */
  readonly store?: string | undefined;
  /** Print the list as a JSON array (`--json`). */
  readonly json?: boolean | undefined;
  /** Print the list as CSV, a row each (`--csv`; not with `json`, nor with another format or a watch the command takes): see docs/cli.md. */
  readonly csv?: boolean | undefined;
  /** The separator of `--csv`'s cells: `,` (the default), `;` or `tab` (`--separator`): see docs/cli.md. */
  readonly separator?: string | undefined;
  /** With `csv`: a UTF-8 byte order mark first (`--bom`), for a spreadsheet to read non-ASCII text right: see docs/cli.md. */
  readonly bom?: boolean | undefined;
  /**
   * Whether the log as it is now (no `asOf`, `knownAt`) starts from the
   * snapshot kept with it, and saves one (default true; false is
   * `--no-snapshots`): see docs/cli.md, "Snapshots".
   */
  readonly snapshots?: boolean | undefined;
  /**
   * JavaScript modules (paths relative to `io.cwd`) whose contradiction
   * rules run beside the built-in ones (`--rules`, given once per module);
   * when not given, those `$STANCELOG_RULES` names. They change no
   * stance, but the analysis, and the snapshot it starts from, are then
   * those of the built-in rules and these. See docs/cli.md, "Rules of your
   * own".
   */
  readonly rules?: ReadonlyArray<string> | undefined;
}

/**
 * What a command that lists the analysis says of its own: its checks, the
 * list it takes from the analysis, the filters a typo hides in, and how
 * the list is written. {@link listAnalysis} runs it.
 *
 * @example
 * import { positionList } from '@stancelog/core'
 * import type { PositionView } from '@stancelog/core'
 * import type { AnalysisListing } from './analysis-listing.js'
 * const listing: AnalysisListing<PositionView> = {
 *   views: (state) => positionList(state),
 *   filterIds: [],
 *   csv: { columns: ['holder'], rows: (views) => views.map((p) => [p.holder]) },
 *   nothing: { what: 'positions', asked: [] },
 *   table: (sink, views) => sink.write(views.map((p) => p.holder).join('\n')),
 * }
 * assert.strictEqual(listing.nothing.what, 'positions')
 * @category commands
 * @since 0.1.0
 * @internal
 */
export interface AnalysisListing<V> {
  /** The command's own checks of its options, after the dates', `--issue`'s with `--within`, and `--csv`'s, before `--rules` is read. */
  readonly check?: (() => Either<CliError, unknown>) | undefined;
  /** The checks that need the rules loaded (the types they find), with the dates asked; before the store is opened. */
  readonly checkWithRules?: ((rules: ReadonlyArray<AnyRule>, asOf: AsOf | undefined) => Either<CliError, unknown>) | undefined;
  /** An answer other than the list, once the store is open (contradictions' `--watch`); when undefined, the list. */
  readonly instead?: ((store: EventStore, spec: string, rules: ReadonlyArray<AnyRule>) => Promise<Either<CliError, ReadonlyArray<V>>>) | undefined;
  /** The list, of the analysis. */
  readonly views: (state: AnalysisState) => ReadonlyArray<V>;
  /** The ids the list was filtered on: when it is empty, one the log never mentions is refused as a typo. */
  readonly filterIds: ReadonlyArray<IdFilter>;
  /** `--csv`'s header and its rows. */
  readonly csv: { readonly columns: ReadonlyArray<string>; readonly rows: (views: ReadonlyArray<V>) => Iterable<ReadonlyArray<string | number>> };
  /** Writes a format of the command's own (graph's `--dot`), when given: true when it did. */
  readonly draw?: ((views: ReadonlyArray<V>, state: AnalysisState) => boolean) | undefined;
  /** What an empty list is called, and the filters asked, as {@link emptyAnswer} takes them; the dates follow. */
  readonly nothing: { readonly what: string; readonly asked: ReadonlyArray<readonly [string, string | undefined]> };
  /** Writes the human table of a list not empty. */
  readonly table: (sink: TextSink, views: ReadonlyArray<V>, state: AnalysisState) => void;
}

/**
 * Runs a command that lists the analysis: checks the dates, `--issue`
 * with `--within`, `--csv` and the command's own options (`check`), reads
 * `--rules` and checks what needs them (`checkWithRules`), each refusal as
 * its own message and in that order, all before the store is opened;
 * then projects the analysis at the dates (from the snapshot, for the log
 * as it is now), takes the list, and writes it: `--json`, `--csv`, a
 * format of the command's own, the line an empty answer is, or the table.
 * An empty list filtered on an id the log never mentions is a typo, and
 * refused as one.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { positionList } from '@stancelog/core'
 * import { appendCommand } from '@stancelog/cli'
 * import { listAnalysis } from './analysis-listing.js'
 * import type { AnalysisListing } from './analysis-listing.js'
 * const cwd = mkdtempSync(join(tmpdir(), 'listing-'))
 * writeFileSync(join(cwd, 'talks.jsonl'), '{"holder":"russia","issue":"ceasefire","kind":"reject","polarity":"-","statedAt":"2025-05-16","source":{"quote":"no truce"}}\n')
 * let out = ''
 * const io = { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => s.length }, cwd, env: {} }
 * await appendCommand('talks.jsonl', {}, io)
 * out = ''
 * const holders: AnalysisListing<{ readonly holder: string }> = {
 *   views: (state) => positionList(state),
 *   filterIds: [],
 *   csv: { columns: ['holder'], rows: (views) => views.map((p) => [p.holder]) },
 *   nothing: { what: 'holders', asked: [] },
 *   table: (sink, views) => sink.write(views.map((p) => `${p.holder}\n`).join('')),
 * }
 * const refused = await listAnalysis({ asOf: 'last spring' }, io, holders)
 * assert.ok(refused._tag === 'Left' && refused.left.message.startsWith('--as-of'))
 * await listAnalysis({ asOf: '2025-05-01' }, io, holders)
 * await listAnalysis({}, io, holders)
 * await listAnalysis({ csv: true }, io, holders)
 * assert.strictEqual(out, 'no holders (as of 2025-05-01)\nrussia\nholder\r\nrussia\r\n')
 * @category commands
 * @since 0.1.0
 * @internal
 */
export async function listAnalysis<V>(
  options: AnalysisListingOptions & { readonly issue?: string | undefined; readonly within?: string | undefined },
  io: CliIo,
  listing: AnalysisListing<V>,
): Promise<Either<CliError, ReadonlyArray<V>>> {
  const asOf = asOfOption(options);
  if (isLeft(asOf)) return asOf;
  const one = checkIssueOrWithin(options);
  if (isLeft(one)) return one;
  const csv = checkCsvOption(options);
  if (isLeft(csv)) return csv;
  const own = listing.check?.();
  if (own !== undefined && isLeft(own)) return own;
  const rules = await loadRules(options.rules, io);
  if (isLeft(rules)) return rules;
  const withRules = listing.checkWithRules?.(rules.right, asOf.right);
  if (withRules !== undefined && isLeft(withRules)) return withRules;
  return withStore(options.store, io, 'read', async (store, spec) => {
    if (listing.instead !== undefined) return listing.instead(store, spec, rules.right);
    const state = await analyse(store, spec, asOf.right, { snapshots: options.snapshots, io, rules: rules.right });
    if (isLeft(state)) return state;
    const views = listing.views(state.right);
    // Nothing found for an id the log never mentions is a typo, not an empty answer.
    // (Asked only then: the check reads the log by tag, which a file store indexes on first use.)
    if (views.length === 0) {
      const checked = await checkNothingFound(store, spec, listing.filterIds, asOf.right, io);
      if (isLeft(checked)) return checked;
    }
    // Written piece by piece: the text of a few hundred thousand rows is never one string.
    if (options.json) writeJsonArray(io.stdout, views);
    // A table for a spreadsheet: its header even when empty, as a program reading it expects.
    else if (options.csv) writeCsv(io.stdout, listing.csv.columns, listing.csv.rows(views), csv.right, io.stderr);
    else if (listing.draw?.(views, state.right) !== true) {
      if (views.length === 0) io.stdout.write(emptyAnswer(listing.nothing.what, [...listing.nothing.asked, ['as of', options.asOf], ['known at', options.knownAt]]));
      else listing.table(io.stdout, views, state.right);
    }
    return right(views);
  });
}
