/**
 * `stancelog alignment`: who stands with whom. For each pair of holders,
 * the issues on which they take the same side and those on which they take
 * opposite sides, a score, and the statements behind each (core's
 * `alignmentList`).
 *
 * @since 0.1.0
 */
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import type { Command } from 'commander';
import { alignmentList } from '@stancelog/core';
import type { AlignmentFilter, AlignmentView } from '@stancelog/core';
import { analyse } from './analyse.js';
import { asOfOption } from './as-of-option.js';
import type { AsOfOptions } from './as-of-option.js';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';
import { STORE_OPTION_HELP, withAsOfOptions, withSnapshotsOption } from './command-registration.js';
import type { OutcomeSink } from './command-registration.js';
import { ALIGNMENT_COLUMNS, alignmentRows, checkCsvOption, withCsvOptions, writeCsv } from './csv-output.js';
import { emptyAnswer } from './empty-answer.js';
import { checkNothingFound } from './filter-ids.js';
import type { CliIo, TextSink } from './io.js';
import { writeJsonArray } from './json-output.js';
import { loadRules, withRulesOption } from './rules-option.js';
import { withStore } from './store-option.js';
import { writeTable } from './table.js';

/**
 * Options of `stancelog alignment`.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { alignmentCommand, appendCommand } from '@stancelog/cli'
 * const cwd = mkdtempSync(join(tmpdir(), 'alignment-'))
 * writeFileSync(join(cwd, 'talks.jsonl'), [
 *   '{"holder":"ukraine","issue":"ceasefire","kind":"demand","polarity":"+","statedAt":"2025-05-16","source":{"quote":"a truce first"}}',
 *   '{"holder":"russia","issue":"ceasefire","kind":"reject","polarity":"-","statedAt":"2025-05-16","source":{"quote":"no truce"}}',
 *   '{"holder":"russia","issue":"ceasefire","kind":"accept","polarity":"+","statedAt":"2025-06-02","source":{"quote":"a truce, then"}}',
 * ].join('\n'))
 * const io = { stdout: { write: (s: string) => s.length }, stderr: process.stderr, cwd, env: {} }
 * await appendCommand('talks.jsonl', {}, io)
 * // At the end of May, opposed; since Russia came round, on the same side.
 * const may = await alignmentCommand({ asOf: '2025-05-31' }, io)
 * const now = await alignmentCommand({}, io)
 * assert.ok(may._tag === 'Right' && now._tag === 'Right')
 * assert.deepStrictEqual([may.right.map((a) => a.score), now.right.map((a) => a.score)], [[-1], [1]])
 * @category commands
 * @since 0.1.0
 */
export interface AlignmentCommandOptions extends AsOfOptions {
  readonly store?: string | undefined;
  readonly json?: boolean | undefined;
  /** Print the pairs as CSV, a row each (`--csv`; not with `json`): see docs/cli.md. */
  readonly csv?: boolean | undefined;
  /** The separator of `--csv`'s cells: `,` (the default), `;` or `tab` (`--separator`): see docs/cli.md. */
  readonly separator?: string | undefined;
  /** With `csv`: a UTF-8 byte order mark first (`--bom`), for a spreadsheet to read non-ASCII text right: see docs/cli.md. */
  readonly bom?: boolean | undefined;
  /** Only the pairs of which this holder is one (`--holder`). */
  readonly holder?: string | undefined;
  /** Only this issue is weighed, not the issues under it (`--issue`). */
  readonly issue?: string | undefined;
  /** Weigh the holders' own words only: leave out the stances that rest on third parties' reports alone (`--first-hand`). */
  readonly firstHand?: boolean | undefined;
  /** Leave out the pairs that share fewer issues (`--min-shared N`: a whole number, 1 or more; 1 by default). */
  readonly minShared?: string | number | undefined;
  /**
   * Whether the log as it is now (no `asOf`, `knownAt`) starts from the
   * snapshot kept with it, and saves one (default true; false is
   * `--no-snapshots`): see docs/cli.md, "Snapshots".
   */
  readonly snapshots?: boolean | undefined;
  /**
   * JavaScript modules (paths relative to `io.cwd`) whose contradiction
   * rules run beside the built-in ones (`--rules`); when not given, those
   * `$STANCELOG_RULES` names. They change no stance: the analysis is the
   * one `contradictions` runs with them, and so is the snapshot it starts
   * from. See docs/cli.md, "Rules of your own".
   */
  readonly rules?: ReadonlyArray<string> | undefined;
}

/**
 * A pair's score as the table shows it: two decimals, signed when not 0.
 *
 * @example
 * import { scoreText } from './alignment.js'
 * assert.deepStrictEqual([1, 1 / 3, 0, -2 / 3].map(scoreText), ['+1.00', '+0.33', '0.00', '-0.67'])
 * @category output
 * @since 0.1.0
 * @internal
 */
export function scoreText(score: number): string {
  return score > 0 ? `+${score.toFixed(2)}` : score.toFixed(2);
}

/**
 * Writes the human table of pairs: the two actors, how many issues they
 * agree and disagree on, the score, and the issues of each.
 *
 * @example
 * import { writeAlignmentTable } from './alignment.js'
 * let out = ''
 * writeAlignmentTable({ write: (s: string) => (out += s) }, [{ actors: ['russia', 'ukraine'], score: -1 / 3, agree: ['prisoner-exchange'], disagree: ['ceasefire', 'nato-membership'], evidence: [] }])
 * assert.deepStrictEqual(out.split('\n'), [
 *   'actors           agree  disagree  score  issues',
 *   'russia, ukraine  1      2         -0.33  agree: prisoner-exchange; disagree: ceasefire, nato-membership',
 *   '',
 * ])
 * @category output
 * @since 0.1.0
 * @internal
 */
export function writeAlignmentTable(sink: TextSink, views: ReadonlyArray<AlignmentView>): void {
  const rows = views.map((a) => [
    a.actors.join(', '),
    String(a.agree.length),
    String(a.disagree.length),
    scoreText(a.score),
    [a.agree.length > 0 ? `agree: ${a.agree.join(', ')}` : '', a.disagree.length > 0 ? `disagree: ${a.disagree.join(', ')}` : ''].filter((s) => s !== '').join('; '),
  ]);
  writeTable(sink, ['actors', 'agree', 'disagree', 'score', 'issues'], rows);
}

/**
 * Runs `stancelog alignment`.
 *
 * @example
 * import { alignmentCommand } from '@stancelog/cli'
 * const io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: {} }
 * const r = await alignmentCommand({ minShared: 'two' }, io)
 * assert.ok(r._tag === 'Left' && r.left.message === '--min-shared "two": expected a whole number of issues, 1 or more')
 * assert.strictEqual((await alignmentCommand({ asOf: 'yesterday' }, io))._tag, 'Left')
 * @category commands
 * @since 0.1.0
 */
export async function alignmentCommand(options: AlignmentCommandOptions, io: CliIo): Promise<Either<CliError, ReadonlyArray<AlignmentView>>> {
  const asOf = asOfOption(options);
  if (isLeft(asOf)) return asOf;
  const csv = checkCsvOption(options);
  if (isLeft(csv)) return csv;
  const minShared = options.minShared === undefined ? '1' : String(options.minShared);
  if (!/^[1-9][0-9]*$/.test(minShared)) {
    return left(cliError(`--min-shared ${JSON.stringify(minShared)}: expected a whole number of issues, 1 or more`));
  }
  const rules = await loadRules(options.rules, io);
  if (isLeft(rules)) return rules;
  const filter: AlignmentFilter = {
    ...(options.holder !== undefined ? { holder: options.holder } : {}),
    ...(options.issue !== undefined ? { issue: options.issue } : {}),
    ...(options.firstHand === true ? { firstHandOnly: true } : {}),
  };
  const least = Number(minShared);
  return withStore(options.store, io, 'read', async (store, spec) => {
    const state = await analyse(store, spec, asOf.right, { snapshots: options.snapshots, io, rules: rules.right });
    if (isLeft(state)) return state;
    const views = alignmentList(state.right, filter).filter((a) => a.evidence.length >= least);
    // Nothing found for a holder or issue the log never mentions is a typo, not "no pairs".
    if (views.length === 0) {
      const checked = await checkNothingFound(store, spec, [
        { option: '--holder', kind: 'actor', id: options.holder },
        { option: '--issue', kind: 'issue', id: options.issue },
      ], asOf.right, io);
      if (isLeft(checked)) return checked;
    }
    if (options.json) writeJsonArray(io.stdout, views);
    // A table for a spreadsheet: its header even when empty, as a program reading it expects.
    else if (options.csv) writeCsv(io.stdout, ALIGNMENT_COLUMNS, alignmentRows(views), csv.right, io.stderr);
    else if (views.length === 0) {
      const asked = [
        ['holder', options.holder],
        ['issue', options.issue],
        ['first-hand', options.firstHand === true ? 'only' : undefined],
        ['min shared', options.minShared === undefined ? undefined : String(options.minShared)],
        ['as of', options.asOf],
        ['known at', options.knownAt],
      ] as const;
      io.stdout.write(emptyAnswer('pairs of holders with a stance on a same issue', asked));
    } else writeAlignmentTable(io.stdout, views);
    return right(views);
  });
}

/**
 * Registers `stancelog alignment` on the program.
 *
 * @example
 * import { Command } from 'commander'
 * import { registerAlignment } from './alignment.js'
 * const program = new Command('stancelog')
 * registerAlignment(program, { stdout: process.stdout, stderr: process.stderr, cwd: '.', env: {} }, () => undefined)
 * assert.ok(program.commands.some((c) => c.name() === 'alignment'))
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function registerAlignment(program: Command, io: CliIo, done: OutcomeSink): void {
  const command = withAsOfOptions(
    program
      .command('alignment')
      .description('who stands with whom: for each pair of holders, the issues on which they take the same side and opposite sides'),
  )
    .option('--holder <actor>', 'only the pairs of which this holder is one')
    .option('--issue <issue>', 'only this issue, not the issues under it')
    .option('--first-hand', "the holders' own words only: leave out the stances that rest on third parties' reports alone")
    .option('--min-shared <n>', 'leave out the pairs that share fewer issues (default 1)')
    .option('--store <path|url>', STORE_OPTION_HELP)
    .option('--json', 'print the pairs as a JSON array');
  withRulesOption(withSnapshotsOption(withCsvOptions(command, 'print the pairs as CSV, a row each, for a spreadsheet'))).action(async (opts: AlignmentCommandOptions) => {
    done(await alignmentCommand(opts, io));
  });
}
