/**
 * `stancelog report --out DIR`: writes the static HTML report (see
 * `@stancelog/report`) of the log, optionally as of a date.
 *
 * @since 0.1.0
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import type { Command } from 'commander';
import { withoutWithdrawn, visibleAt } from '@stancelog/core';
import { buildReport, frameViews, statementDays } from '@stancelog/report';
import { asOfOption, nothingKnownNoteOf } from './as-of-option.js';
import type { AsOfOptions } from './as-of-option.js';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';
import { STORE_OPTION_HELP, withAsOfOptions } from './command-registration.js';
import type { OutcomeSink } from './command-registration.js';
import type { CliIo } from './io.js';
import { progressBar } from './progress.js';
import { readJsonFile } from './json-file.js';
import { counted } from './table.js';
import { withEvents } from './read-events.js';
import { loadRules, withRulesOption } from './rules-option.js';

/**
 * Options of `stancelog report`.
 *
 * @example
 * import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { appendCommand, reportCommand } from '@stancelog/cli'
 * const cwd = mkdtempSync(join(tmpdir(), 'report-'))
 * writeFileSync(join(cwd, 'talks.jsonl'), [
 *   '{"holder":"russia","issue":"territorial-concessions","kind":"demand","polarity":"+","statedAt":"2025-05-16","source":{"quote":"cede the land"}}',
 *   '{"holder":"ukraine","issue":"territorial-concessions","kind":"red-line","polarity":"-","statedAt":"2025-06-02","source":{"quote":"never"}}',
 * ].join('\n'))
 * const io = { stdout: { write: (s: string) => s.length }, stderr: process.stderr, cwd, env: {} }
 * await appendCommand('talks.jsonl', {}, io)
 * // `out` is a folder, relative to the working directory; `title` heads the page.
 * assert.strictEqual((await reportCommand({ out: 'site', title: 'Istanbul talks' }, io))._tag, 'Right')
 * assert.ok(readFileSync(join(cwd, 'site', 'index.html'), 'utf8').includes('<title>Istanbul talks</title>'))
 * @category commands
 * @since 0.1.0
 */
export interface ReportCommandOptions extends AsOfOptions {
  readonly out: string;
  /** Write into `out` even when it holds files other than an earlier report's (those of a report are replaced). */
  readonly force?: boolean | undefined;
  readonly title?: string | undefined;
  /** The language of the log's text, as a language tag such as `de` (`--lang`): see `BuildReportOptions.lang`. */
  readonly lang?: string | undefined;
  readonly store?: string | undefined;
  readonly json?: boolean | undefined;
  /**
   * JavaScript modules (paths relative to `io.cwd`) whose contradiction
   * rules run beside the built-in ones (`--rules`); when not given, those
   * `$STANCELOG_RULES` names. Their contradictions are on the page with the built-in ones', named by their type. See docs/cli.md, "Rules of your own".
   */
  readonly rules?: ReadonlyArray<string> | undefined;
}

/**
 * What `stancelog report` wrote.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { appendCommand, reportCommand } from '@stancelog/cli'
 * const cwd = mkdtempSync(join(tmpdir(), 'report-'))
 * writeFileSync(join(cwd, 'talks.jsonl'), [
 *   '{"holder":"russia","issue":"territorial-concessions","kind":"demand","polarity":"+","statedAt":"2025-05-16","source":{"quote":"cede the land"}}',
 *   '{"holder":"ukraine","issue":"territorial-concessions","kind":"red-line","polarity":"-","statedAt":"2025-06-02","source":{"quote":"never"}}',
 * ].join('\n'))
 * const io = { stdout: { write: (s: string) => s.length }, stderr: process.stderr, cwd, env: {} }
 * await appendCommand('talks.jsonl', {}, io)
 * const r = await reportCommand({ out: 'site' }, io)
 * assert.ok(r._tag === 'Right' && r.right.index === join(cwd, 'site', 'index.html'))
 * // Two days with statements for the slider; the last one has both positions and their contradiction.
 * const { days, from, to, positions, contradictions } = r.right
 * assert.deepStrictEqual({ days, from, to, positions, contradictions }, { days: 2, from: '2025-05-16', to: '2025-06-02', positions: 2, contradictions: 1 })
 * @category commands
 * @since 0.1.0
 */
export interface ReportSummary {
  readonly index: string;
  readonly files: ReadonlyArray<string>;
  /** Days the slider steps through. */
  readonly days: number;
  /** Days with statements: more than `days` when there are too many for the slider, which keeps some, sampled evenly. */
  readonly statementDays: number;
  readonly from: string | null;
  readonly to: string | null;
  readonly positions: number;
  readonly contradictions: number;
}

/**
 * The files a report writes, relative to its folder.
 *
 * @example
 * import { REPORT_FILES } from './report.js'
 * assert.ok(REPORT_FILES.includes('index.html') && REPORT_FILES.includes('data.json'))
 * @category commands
 * @since 0.1.0
 * @internal
 */
export const REPORT_FILES: ReadonlyArray<string> = ['index.html', 'data.json', 'assets/cytoscape.min.js', 'assets/cytoscape.LICENSE'];

// The fields every report's data.json has: how an earlier report is told from someone's site.
const REPORT_DATA_FIELDS = ['title', 'asOf', 'holders', 'issues', 'statements', 'frames', 'rules'];

/** A file a report writes, or one it was writing when its run was cut short (`index.html.<pid>.part`). */
function isReportFile(path: string): boolean {
  return REPORT_FILES.includes(path.replace(/\.\d+\.part$/, ''));
}

/**
 * Why `report` should not write into `dir` without `--force`, or undefined
 * when it may: `dir` is missing, empty, or an earlier report (nothing but
 * the files a report writes, with a `data.json` a report wrote), or a
 * report cut short before its data (nothing but its `assets`, and the
 * files it was writing).
 *
 * @example
 * import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { foreignFiles } from './report.js'
 * const dir = mkdtempSync(join(tmpdir(), 'site-'))
 * assert.strictEqual(foreignFiles(dir), undefined)
 * writeFileSync(join(dir, 'index.html'), '<h1>my site</h1>')
 * assert.strictEqual(foreignFiles(dir), 'the folder is not empty and holds no stancelog report (no data.json of one)')
 * writeFileSync(join(dir, 'data.json'), JSON.stringify({ title: 't', asOf: null, holders: [], issues: [], statements: {}, frames: [], rules: {} }))
 * assert.strictEqual(foreignFiles(dir), undefined)
 * // What a run cut short left half-written is the report's own.
 * writeFileSync(join(dir, 'index.html.4242.part'), '<!doctype html>')
 * assert.strictEqual(foreignFiles(dir), undefined)
 * mkdirSync(join(dir, 'notes'))
 * assert.strictEqual(foreignFiles(dir), 'the folder holds other files than a report (notes)')
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function foreignFiles(dir: string): string | undefined {
  let entries: string[];
  try {
    if (!statSync(dir).isDirectory()) return undefined; // the report's own error names it
    entries = readdirSync(dir);
  } catch {
    return undefined; // missing: created
  }
  if (entries.length === 0) return undefined;
  const others: string[] = [];
  for (const entry of entries) {
    if (entry === 'assets') {
      let assets: string[];
      try {
        assets = readdirSync(join(dir, 'assets'));
      } catch {
        others.push(entry);
        continue;
      }
      for (const a of assets) if (!isReportFile(`assets/${a}`)) others.push(`assets/${a}`);
    } else if (!isReportFile(entry)) {
      others.push(entry);
    }
  }
  if (others.length > 0) {
    const shown = others.sort().slice(0, 5).join(', ');
    return `the folder holds other files than a report (${shown}${others.length > 5 ? `, and ${others.length - 5} more` : ''})`;
  }
  // Only the assets a report copies first: a report cut short (a full disk), to be written again.
  if (!entries.includes('data.json') && !entries.includes('index.html')) return undefined;
  const read = readJsonFile('data.json', dir, "a report's data");
  if (isLeft(read)) return 'the folder is not empty and holds no stancelog report (no data.json of one)';
  const data = read.right;
  const isReport = data !== null && typeof data === 'object' && REPORT_DATA_FIELDS.every((f) => f in data);
  return isReport ? undefined : 'the folder is not empty and holds no stancelog report (its data.json is not one)';
}

/**
 * Why `--out` cannot be a folder to write to, or undefined when it can: it
 * is a file, or a file stands where one of the folders above it should be.
 * Checked before the log is read, so the user reads words rather than the
 * `ENOTDIR` of a `mkdir`.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { outFolderProblem } from './report.js'
 * const cwd = mkdtempSync(join(tmpdir(), 'out-'))
 * writeFileSync(join(cwd, 'f.txt'), 'notes')
 * assert.strictEqual(outFolderProblem('f.txt', cwd), '--out f.txt is a file, not a folder')
 * assert.strictEqual(outFolderProblem('f.txt/site', cwd), '--out f.txt/site: f.txt is a file, not a folder')
 * assert.strictEqual(outFolderProblem('new/site', cwd), undefined)
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function outFolderProblem(out: string, cwd: string): string | undefined {
  const outDir = resolve(cwd, out);
  // The nearest part of the path that exists: the rest is created.
  for (let path = outDir; ; path = dirname(path)) {
    let isFolder: boolean | undefined;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      isFolder = undefined;
    }
    if (isFolder === false) {
      if (path === outDir) return `--out ${out} is a file, not a folder`;
      const shown = path.startsWith(cwd + sep) ? relative(cwd, path) : path;
      return `--out ${out}: ${shown} is a file, not a folder`;
    }
    if (isFolder === true || dirname(path) === path) return undefined;
  }
}

/**
 * Runs `stancelog report`.
 *
 * @example
 * import { reportCommand } from '@stancelog/cli'
 * const io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: {} }
 * assert.strictEqual((await reportCommand({ out: 'r', asOf: 'June' }, io))._tag, 'Left')
 * @category commands
 * @since 0.1.0
 */
export async function reportCommand(options: ReportCommandOptions, io: CliIo): Promise<Either<CliError, ReportSummary>> {
  const asOf = asOfOption(options);
  if (isLeft(asOf)) return asOf;
  // An empty --out is the working directory: a shell variable never set (--out "$SITE").
  if (options.out.trim() === '') return left(cliError('--out is empty: name the folder to write the report to'));
  const outDir = resolve(io.cwd, options.out);
  const notFolder = outFolderProblem(options.out, io.cwd);
  if (notFolder !== undefined) return left(cliError(notFolder));
  if (!options.force) {
    const refused = foreignFiles(outDir);
    if (refused !== undefined) {
      return left(cliError(`--out ${options.out}: ${refused}; name an empty or new folder, or add --force to write the report's files (${REPORT_FILES.join(', ')}) into it anyway`));
    }
  }
  const rules = await loadRules(options.rules, io);
  if (isLeft(rules)) return rules;
  // No snapshot: the slider's frames are states as of each day, which a snapshot of the log as it is now cannot give.
  return withEvents(options.store, io, async (events) => {
    const bar = progressBar(io, 'replaying day by day');
    const built = await buildReport(events, {
      outDir,
      ...(asOf.right ? { asOf: asOf.right } : {}),
      ...(rules.right.length > 0 ? { analysis: { extraRules: rules.right } } : {}),
      ...(options.title !== undefined ? { title: options.title } : {}),
      ...(options.lang !== undefined ? { lang: options.lang } : {}),
      onProgress: (done, total) => bar.update(done, total),
    }).finally(() => bar.stop());
    if (isLeft(built)) {
      // An option the command passes on as it was given is named as the user gave it, not as buildReport's.
      const lang = 'buildReport: lang: ';
      return left(cliError(built.left.message.startsWith(lang) ? `--lang: ${built.left.message.slice(lang.length)}` : built.left.message));
    }
    const frames = built.right.data.frames;
    const last = frames[frames.length - 1];
    // An empty report at a --known-at before the log learnt any statement: said, as positions says it.
    if (frames.length === 0) {
      const note = nothingKnownNoteOf(events, asOf.right);
      if (note !== undefined) io.stderr.write(`stancelog: ${note}\n`);
    }
    // The present's views: frames name only their day, the views are stored with the frames they hold in.
    const present = last === undefined ? undefined : frameViews(built.right.data, frames.length - 1);
    const summary: ReportSummary = {
      index: built.right.index,
      files: built.right.files,
      days: frames.length,
      // As the report reads the log: as of its point, corrections applied.
      statementDays: statementDays(withoutWithdrawn(asOf.right ? events.filter(visibleAt(asOf.right)) : events)).length,
      from: frames[0]?.day ?? null,
      to: last?.day ?? null,
      positions: present?.positions.length ?? 0,
      contradictions: present?.contradictions.length ?? 0,
    };
    io.stdout.write(
      options.json
        ? JSON.stringify(summary, null, 2) + '\n'
        : `report written to ${summary.index}\n${counted(summary.statementDays, 'day')} with statements${summary.from ? ` (${summary.from} to ${summary.to})` : ''}${summary.days < summary.statementDays ? `, ${summary.days} of them on the slider (sampled evenly, the first and the last kept)` : ''}, ${counted(summary.positions, 'position')}, ${counted(summary.contradictions, 'contradiction')}\nopen it in a browser: no server needed\n`,
    );
    return right(summary);
  });
}

/**
 * Registers `stancelog report` on the program.
 *
 * @example
 * import { Command } from 'commander'
 * import { registerReport } from './report.js'
 * const program = new Command('stancelog')
 * registerReport(program, { stdout: process.stdout, stderr: process.stderr, cwd: '.', env: {} }, () => undefined)
 * assert.ok(program.commands.some((c) => c.name() === 'report'))
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function registerReport(program: Command, io: CliIo, done: OutcomeSink): void {
  const command = withAsOfOptions(
    program
      .command('report')
      .description('write a static HTML report (positions, timeline, precondition graph, contradictions, as-of slider) to a folder')
      .requiredOption('--out <dir>', 'the folder to write index.html and its assets to'),
  )
    .option('--title <text>', 'the title of the page')
    .option('--lang <tag>', "the language of the log's names, titles and quotes (de, fr-CH): the page hyphenates and reads them by it")
    .option('--force', 'write into --out even when it holds files other than an earlier report')
    .option('--store <path|url>', STORE_OPTION_HELP)
    .option('--json', 'print what was written as JSON');
  withRulesOption(command)
    .action(async (opts: ReportCommandOptions) => {
      done(await reportCommand(opts, io));
    });
}
