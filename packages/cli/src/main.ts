/**
 * The `stancelog` command line: `run(argv, io)` parses the arguments, runs
 * one command and returns its exit code (0 ok, 1 a user error, reported on
 * one line of stderr, 2 bad usage). It never calls `process.exit`, so tests
 * and host applications run it in-process.
 *
 * @since 0.1.0
 */
import { Command, CommanderError } from 'commander';
import type { Either } from 'fp-ts/lib/Either.js';
import { registerAlignment } from './alignment.js';
import { registerGraph } from './graph.js';
import { appendCommand } from './append.js';
import { EXIT } from './cli-error.js';
import type { CliError } from './cli-error.js';
import { contradictionsCommand, CONTRADICTION_TYPES } from './contradictions.js';
import type { ContradictionsCommandOptions } from './contradictions.js';
import type { CliIo } from './io.js';
import { logCommand } from './log.js';
import { positionsCommand } from './positions.js';
import type { PositionsCommandOptions } from './positions.js';
import { registerDiff } from './diff.js';
import { registerExplain } from './explain.js';
import { registerIngest } from './ingest.js';
import { registerStore } from './store-migrate.js';
import { registerReport } from './report.js';
import { registerTimeline } from './timeline.js';
import { registerWithdraw } from './withdraw.js';
import { registerCorrect } from './correct.js';
import { registerCopy } from './copy.js';
import { registerRegistry } from './registry-command.js';
import { DATE_OPTION_FORMS, STORE_OPTION_HELP, withAsOfOptions, withSnapshotsOption } from './command-registration.js';
import { hintOtherCommandsOptions, strictOptionValues } from './option-values.js';
import { ruleFailureOf, withRulesOption } from './rules-option.js';
import { maskSecrets } from './store-option.js';
import { inCliTerms } from './store-advice.js';
import { VERSION } from './version.js';
import { ISSUE_ONLY_HELP, WITHIN_HELP } from './within-option.js';
import { withCsvOptions } from './csv-output.js';

// The CLI's version, of its own module (a rule module told which @stancelog/core to install reads it too).
export { VERSION };


/**
 * Runs the `stancelog` command line.
 *
 * @param argv the arguments after the program name (`process.argv.slice(2)`)
 * @returns the exit code
 * @example
 * import { run } from '@stancelog/cli'
 * const out: string[] = []
 * const io = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => out.push(s) }, cwd: process.cwd(), env: {} }
 * assert.strictEqual(await run(['--version'], io), 0)
 * assert.strictEqual(out.join('').trim(), '0.1.0')
 * @category cli
 * @since 0.1.0
 */
export async function run(argv: ReadonlyArray<string>, io: CliIo): Promise<number> {
  let outcome: Either<CliError, unknown> | undefined;
  // The last guard on passwords: a message that quotes a store's URL in a way of its own (a driver's, or a usage error quoting the option) shows none.
  const masked = (message: string): string =>
    [...argv.map((arg) => arg.replace(/^--?[a-z-]+=/i, '')), io.env['STANCELOG_STORE'] ?? ''].reduce((m, spec) => maskSecrets(m, spec), message);
  const program = new Command('stancelog')
    .description('Record what each party in a negotiation has said it wants, and see their positions and contradictions.')
    .version(VERSION)
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(masked(s)),
    })
    .exitOverride()
    .showHelpAfterError('(run stancelog --help for usage)');

  program
    .command('append')
    .description('check every line of .jsonl (or .csv) files of statements, then append them all (or nothing, if any line is invalid)')
    .argument('<files...>', 'files of one statement (or event) as JSON per line, or .csv files of a statement per row under a header of field names; - reads the standard input (JSON Lines, or CSV with --format csv)')
    .option('--store <path|url>', STORE_OPTION_HELP)
    .option('--format <format>', 'jsonl or csv: what the standard input (-) holds, and files whose name says neither (by default JSON Lines); a file named .jsonl or .csv is read by its name, and refused with the other')
    .option('--json', 'print the report as JSON')
    .action(async (files: string[], opts: { store?: string; json?: boolean; format?: string }) => {
      outcome = await appendCommand(files, opts, io);
    });

  withCsvOptions(
    program
      .command('log')
      .description('list the events of the log in order')
      .option('--holder <actor>', 'only statements held by this actor (and registry events about it)')
      .option('--issue <issue>', 'only events about this issue, not about the issues under it (see --within)')
      .option('--within <issue>', 'only events about this issue or an issue under it (defined with parent, at any depth), by the hierarchy the registry holds')
      .option('--known-at <date>', `only the events the log had recorded by this date, marked by the withdrawals it had recorded (recorded time: ${DATE_OPTION_FORMS})`)
      .option('--store <path|url>', STORE_OPTION_HELP)
      .option('--json', 'print the events as a JSON array'),
    'print the statements that count as a coding sheet (CSV) that append FILE.csv reads back as the same statements: registry events, withdrawals and withdrawn statements left out (copy moves them), a correction written as the statement it makes, at the place of the one it corrects',
  ).action(async (opts: { holder?: string; issue?: string; within?: string; knownAt?: string; store?: string; json?: boolean; csv?: boolean; separator?: string; bom?: boolean }) => {
    outcome = await logCommand(opts, io);
  });

  const positions = withCsvOptions(
    withAsOfOptions(
      program
        .command('positions')
        .description("each holder's current stance on each issue"),
    )
      .option('--holder <actor>', 'only this holder')
      .option('--issue <issue>', ISSUE_ONLY_HELP)
      .option('--within <issue>', WITHIN_HELP)
      .option('--store <path|url>', STORE_OPTION_HELP)
      .option('--json', 'print the positions as a JSON array'),
    'print the positions as CSV, a row each, for a spreadsheet',
  );
  withRulesOption(withSnapshotsOption(positions)).action(async (opts: PositionsCommandOptions) => {
    outcome = await positionsCommand(opts, io);
  });

  const contradictions = withCsvOptions(
    withAsOfOptions(
      program
        .command('contradictions')
        .description("the contradictions between and within the holders' stances, open and resolved"),
    )
      .option('--type <type>', `only this type: ${CONTRADICTION_TYPES.join(', ')}, or that of a rule of --rules`)
      .option('--status <status>', 'only open or only resolved contradictions')
      .option('--actor <actor>', 'only contradictions involving this actor')
      .option('--issue <issue>', 'only contradictions on this issue, not those on the issues under it alone (see --within)')
      .option('--within <issue>', 'only contradictions on this issue or an issue under it (defined with parent, at any depth), by the hierarchy the registry holds (at --known-at when given)')
      .option('--store <path|url>', STORE_OPTION_HELP)
      .option('--json', 'print the contradictions as a JSON array (with --watch: one JSON object per line)'),
    'print the contradictions as CSV, a row each, for a spreadsheet (not with --watch)',
  ).option('--watch', 'then print each change as the log grows (another process appending or ingesting), until Ctrl-C');
  withRulesOption(withSnapshotsOption(contradictions)).action(async (opts: ContradictionsCommandOptions) => {
    outcome = await contradictionsCommand(opts, io);
  });

  const done = (o: Either<CliError, unknown>): void => void (outcome = o);
  registerAlignment(program, io, done);
  registerGraph(program, io, done);
  registerRegistry(program, io, done);
  registerTimeline(program, io, done);
  registerDiff(program, io, done);
  registerExplain(program, io, done);
  registerReport(program, io, done);
  registerIngest(program, io, done);
  registerWithdraw(program, io, done);
  registerCorrect(program, io, done);
  registerCopy(program, io, done);
  registerStore(program, io, done);
  // A usage error points at the help of the command it is in (stancelog store migrate --help), not only at the list of commands.
  const pointToHelp = (command: Command, path: string): void => {
    for (const sub of command.commands) {
      sub.showHelpAfterError(`(run ${path} ${sub.name()} --help for usage)`);
      pointToHelp(sub, `${path} ${sub.name()}`);
    }
  };
  pointToHelp(program, 'stancelog');
  strictOptionValues(program);
  hintOtherCommandsOptions(program);

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    // A rule of one's own that failed says so itself, with its file and the event (core's replay error carries it).
    const shown = ruleFailureOf(error) ?? error;
    io.stderr.write(`stancelog: unexpected failure: ${masked(inCliTerms(shown instanceof Error ? shown.message : String(shown)))}\n`);
    return EXIT.user;
  }
  if (outcome && outcome._tag === 'Left') {
    io.stderr.write(`stancelog: ${masked(outcome.left.message)}\n`);
    return EXIT.user;
  }
  return EXIT.ok;
}
