/**
 * `stancelog alignment`: who stands with whom. For each pair of holders,
 * the issues on which they take the same side and those on which they take
 * opposite sides, a score, and the statements behind each (core's
 * `alignmentList`).
 *
 * @since 0.1.0
 */
import { left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import type { Command } from 'commander';
import { alignmentList } from '@stancelog/core';
import type { AlignmentFilter, AlignmentView } from '@stancelog/core';
import { listAnalysis } from './analysis-listing.js';
import type { AnalysisListingOptions } from './analysis-listing.js';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';
import { STORE_OPTION_HELP, withAsOfOptions, withSnapshotsOption } from './command-registration.js';
import type { OutcomeSink } from './command-registration.js';
import { ALIGNMENT_COLUMNS, alignmentRows, withCsvOptions } from './csv-output.js';
import type { CliIo, TextSink } from './io.js';
import { withRulesOption } from './rules-option.js';
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
export interface AlignmentCommandOptions extends AnalysisListingOptions {
  /** Only the pairs of which this holder is one (`--holder`). */
  readonly holder?: string | undefined;
  /** Only this issue is weighed, not the issues under it (`--issue`). */
  readonly issue?: string | undefined;
  /** Weigh the holders' own words only: leave out the stances that rest on third parties' reports alone (`--first-hand`). */
  readonly firstHand?: boolean | undefined;
  /** Leave out the pairs that share fewer issues (`--min-shared N`: a whole number, 1 or more; 1 by default). */
  readonly minShared?: string | number | undefined;
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
  const minShared = options.minShared === undefined ? '1' : String(options.minShared);
  const least = Number(minShared);
  const filter: AlignmentFilter = {
    ...(options.holder !== undefined ? { holder: options.holder } : {}),
    ...(options.issue !== undefined ? { issue: options.issue } : {}),
    ...(options.firstHand === true ? { firstHandOnly: true } : {}),
  };
  return listAnalysis(options, io, {
    check: () =>
      /^[1-9][0-9]*$/.test(minShared) ? right(undefined) : left(cliError(`--min-shared ${JSON.stringify(minShared)}: expected a whole number of issues, 1 or more`)),
    views: (state) => alignmentList(state, filter).filter((a) => a.evidence.length >= least),
    filterIds: [
      { option: '--holder', kind: 'actor', id: options.holder },
      { option: '--issue', kind: 'issue', id: options.issue },
    ],
    csv: { columns: ALIGNMENT_COLUMNS, rows: alignmentRows },
    nothing: {
      what: 'pairs of holders with a stance on a same issue',
      asked: [
        ['holder', options.holder],
        ['issue', options.issue],
        ['first-hand', options.firstHand === true ? 'only' : undefined],
        ['min shared', options.minShared === undefined ? undefined : String(options.minShared)],
      ],
    },
    table: writeAlignmentTable,
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
