/**
 * `buildReport`: writes the static report (index.html and its assets) to a
 * folder. The page opens from disk: no server, no network.
 *
 * @since 0.1.0
 */
import { copyFile, mkdir, open, readFile, rename, rm, rmdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { analysis, checkAsOf, positionList, preconditionEdges } from '@stancelog/core';
import { optionsProblem } from '@stancelog/core/store-kit';
import type { OptionRule } from '@stancelog/core/store-kit';
import type { AnalysisState, StoredEvent } from '@stancelog/core';
import assetFiles from './asset-files.cjs';
import { FrameBuilder } from './frame-builder.js';
import { pageShell, writeData } from './page.js';
import { REPORT_DATA_VERSION, reportData } from './report-data.js';
import type { ReportData, ReportDataOptions } from './report-data.js';
import { reportError } from './report-error.js';
import type { ReportError } from './report-error.js';
import { RULE_DESCRIPTIONS, ruleDescriptions } from './rule-descriptions.js';

/**
 * Options of {@link buildReport}.
 *
 * @example
 * import { mkdtempSync, readFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { buildReport } from '@stancelog/report'
 * import { openMemoryStore, readAll, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-05-16', source: { quote: 'no truce' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-06-02', source: { quote: 'a truce, then' } }),
 * ])
 * // The report as of the end of May, under a title of its own.
 * const r = await buildReport(await readAll(store), { outDir: mkdtempSync(join(tmpdir(), 'report-')), title: 'Istanbul talks', asOf: { validTime: '2025-05-31' } })
 * assert.ok(r._tag === 'Right' && readFileSync(r.right.index, 'utf8').includes('<title>Istanbul talks</title>'))
 * assert.deepStrictEqual(r.right.data.frames.map((f) => f.day), ['2025-05-16'])
 * @category report
 * @since 0.1.0
 */
export interface BuildReportOptions extends ReportDataOptions {
  /**
   * The folder to write to (created if missing, and removed again if the
   * report cannot be written; files of an earlier report are replaced, all
   * of them or, when one cannot be written, none).
   */
  readonly outDir: string;
  /**
   * The language of the log's text (names, titles, quotes), as a language
   * tag such as `de` or `fr-CH`: each piece of it on the page says so, and
   * a browser that can hyphenates a column's heading or a holder's name by
   * that language's rules, and a screen reader reads it in that language.
   * The page's own words stay English (`<html lang="en">`). Unless given,
   * the log's text is taken as English, and not hyphenated.
   */
  readonly lang?: string | undefined;
}

/**
 * What was written.
 *
 * @example
 * import { mkdtempSync, readFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { basename, join } from 'node:path'
 * import { buildReport } from '@stancelog/report'
 * import { openMemoryStore, readAll, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-04-23', source: { quote: 'a truce first' } })])
 * const r = await buildReport(await readAll(store), { outDir: mkdtempSync(join(tmpdir(), 'report-')) })
 * assert.ok(r._tag === 'Right')
 * assert.deepStrictEqual(r.right.files.map((f) => basename(f)), ['index.html', 'cytoscape.min.js', 'cytoscape.LICENSE', 'data.json'])
 * // data.json is `data`, the data the page embeds, as a file for other tools.
 * const dataFile = r.right.files.find((f) => basename(f) === 'data.json')!
 * assert.deepStrictEqual(JSON.parse(readFileSync(dataFile, 'utf8')), JSON.parse(JSON.stringify(r.right.data)))
 * @category report
 * @since 0.1.0
 */
export interface BuiltReport {
  /** The page to open. */
  readonly index: string;
  readonly files: ReadonlyArray<string>;
  readonly data: ReportData;
}

function isAnalysisState(input: unknown): input is AnalysisState {
  return typeof input === 'object' && input !== null && 'positions' in input && 'contradictions' in input && 'registry' in input;
}

/**
 * The report of an analysis state alone: one frame, the present, and no
 * quotes (the state keeps statement ids, not their sources).
 *
 * @example
 * import { stateReportData } from '@stancelog/report'
 * import { analysis, replay } from '@stancelog/core'
 * assert.strictEqual(stateReportData(replay(analysis(), []), '2025-08-13').frames.length, 1)
 * @category report
 * @since 0.1.0
 */
export function stateReportData(state: AnalysisState, day: string, title = 'stancelog report'): ReportData {
  const frames = new FrameBuilder();
  frames.add(day, state);
  const edges = preconditionEdges(state);
  const positions = positionList(state);
  const holders = [...new Set(positions.map((p) => p.holder))].sort();
  const issues = [...new Set([...positions.map((p) => p.issue), ...edges.flatMap((e) => [e.from, e.to])])].sort();
  return {
    version: REPORT_DATA_VERSION,
    title,
    asOf: null,
    holders: holders.map((id) => ({ id, name: state.registry.actors.get(id)?.actor.name ?? id })),
    // No statements, so no reports to name.
    reporters: [],
    issues: issues.map((id) => {
      const issue = state.registry.issues.get(id)?.issue;
      return { id, name: issue?.title ?? id, ...(issue?.parent !== undefined ? { parent: issue.parent } : {}) };
    }),
    statements: {},
    // No statements, so no timeline marks to draw faint.
    outweighed: [],
    withdrewNothing: [],
    ...frames.views(),
    rules: RULE_DESCRIPTIONS,
    // A state holds no withdrawals, nor when its events were recorded.
    corrections: [],
    knownAt: null,
  };
}

// A language tag's shape (BCP 47): a language of two or three letters, then subtags of letters and digits.
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

// What buildReport takes, each option checked as given (the analysis's options and the point by core).
const BUILD_REPORT_OPTIONS: Readonly<Record<string, OptionRule>> = {
  outDir: { accepts: (v) => typeof v === 'string' && v !== '', expected: 'the folder to write to (a path)' },
  title: { accepts: (v) => typeof v === 'string', expected: 'a string' },
  lang: { accepts: (v) => typeof v === 'string' && LANGUAGE_TAG.test(v), expected: 'a language tag, such as de or fr-CH' },
  asOf: { accepts: (v) => typeof v === 'object' && v !== null, expected: 'a bitemporal point { validTime?, recordedTime? }' },
  analysis: { accepts: (v) => typeof v === 'object' && v !== null, expected: "the analysis's options" },
  maxFrames: { accepts: (v) => typeof v === 'number' && Number.isInteger(v) && v >= 1, expected: 'a whole number of frames, 1 or more' },
  onProgress: { accepts: (v) => typeof v === 'function', expected: 'a function (done, total)' },
};

/**
 * Builds the report from the log's events (replayed day by day, so the
 * page's slider can go back in time) or from an analysis state (the present
 * only), and writes it to `outDir`: `index.html`, and `assets/` with the
 * graph library. Failing to write comes back as `Left`, and so does an
 * `asOf` that core's `checkAsOf` refuses (its message names the field;
 * nothing is written).
 *
 * @example
 * import { buildReport } from '@stancelog/report'
 * import { openMemoryStore, readAll, statementMade } from '@stancelog/core'
 * import { mkdtempSync, existsSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const store = openMemoryStore()
 * await store.append([statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-04-23', source: { quote: 'a truce first' } })])
 * const r = await buildReport(await readAll(store), { outDir: mkdtempSync(join(tmpdir(), 'report-')) })
 * assert.ok(r._tag === 'Right' && existsSync(r.right.index))
 * const late = await buildReport(await readAll(store), { outDir: join(tmpdir(), 'never-written'), asOf: { validTime: 'last May' } })
 * assert.ok(late._tag === 'Left' && late.left.message === 'asOf.validTime: not a date or timestamp: "last May"')
 * // The language of the log's text: a tag, checked as the other options are.
 * const german = await buildReport(await readAll(store), { outDir: join(tmpdir(), 'never-written'), lang: 'German' })
 * assert.ok(german._tag === 'Left' && german.left.message.startsWith('buildReport: lang: '))
 * @category report
 * @since 0.1.0
 */
export async function buildReport(
  input: ReadonlyArray<StoredEvent> | AnalysisState,
  options: BuildReportOptions,
): Promise<Either<ReportError, BuiltReport>> {
  // Options from JavaScript or a configuration file, each named as given: a misspelt `outdir` threw node:path's TypeError.
  const wrong = optionsProblem(options, BUILD_REPORT_OPTIONS);
  if (wrong !== undefined) return left(reportError(`buildReport: ${wrong}`));
  if ((options as Partial<BuildReportOptions>).outDir === undefined) return left(reportError('buildReport: outDir: required (the folder to write to)'));
  if (options.analysis !== undefined) {
    try {
      analysis(options.analysis);
    } catch (error) {
      return left(reportError(`buildReport: ${(error as Error).message}`));
    }
  }
  // reportData would throw on a bad point (core's visibleAt does), and a
  // state's report would take a bad validTime as its day: refuse it first.
  if (options.asOf !== undefined) {
    const checked = checkAsOf(options.asOf);
    if (isLeft(checked)) return left(reportError(checked.left.message));
  }
  const data = isAnalysisState(input)
    ? { ...stateReportData(input, options.asOf?.validTime ?? new Date().toISOString().slice(0, 10), options.title), rules: ruleDescriptions(options.analysis) }
    : reportData(input, options);
  let style: string;
  let script: string;
  try {
    [style, script] = await Promise.all([readFile(assetFiles.style, 'utf8'), readFile(assetFiles.script, 'utf8')]);
  } catch (error) {
    return left(reportError(`cannot read the report's assets: ${(error as Error).message}`));
  }
  const assets = join(options.outDir, 'assets');
  const index = join(options.outDir, 'index.html');
  const files = [index, join(assets, 'cytoscape.min.js'), join(assets, 'cytoscape.LICENSE'), join(options.outDir, 'data.json')];
  const tooLarge = () =>
    reportError(
      `the report is too large to write (${data.frames.length} days, ${Object.keys(data.statements).length} statements): its page would pass the longest string JavaScript can hold; build it as of an earlier date (asOf) or over fewer days (maxFrames)`,
    );
  // The page around its data, made before anything is written: a title too long for a string fails here, with nothing written.
  let shell: [string, string];
  try {
    shell = pageShell(data, { style, script, cytoscapeSrc: 'assets/cytoscape.min.js', lang: options.lang });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return left(tooLarge());
  }
  const staged: string[] = [];
  // The folders made for the report, removed again if it fails.
  let made: string[] = [];
  try {
    await makeFolder(assets, made);
    // A folder where a file goes cannot be replaced: refused before anything is written.
    for (const file of files) {
      const found = await stat(file).catch(() => undefined);
      if (found?.isDirectory()) throw new Error(`${file} is a folder`);
    }
    // Each file is written beside its place under a name of its own, then all are renamed into place: a report that
    // fails half-way (a full disk, a file it may not replace) leaves the earlier report as it was, not part old, part new.
    const part = (file: string) => `${file}.${process.pid}.part`;
    for (const [file, from] of [[files[1]!, assetFiles.cytoscape], [files[2]!, assetFiles.cytoscapeLicense]] as const) {
      staged.push(part(file));
      await copyFile(from, part(file));
    }
    staged.push(part(files[3]!), part(index));
    const dataFile = await open(part(files[3]!), 'w');
    try {
      const pageFile = await open(part(index), 'w');
      try {
        if (!(await writeData(data, dataFile, pageFile, shell))) return left(tooLarge());
      } finally {
        await pageFile.close();
      }
    } finally {
      await dataFile.close();
    }
    for (const file of [index, files[3]!, files[1]!, files[2]!]) {
      await rename(part(file), file);
      staged.splice(staged.indexOf(part(file)), 1);
    }
    made = [];
  } catch (error) {
    return left(reportError(`cannot write the report to ${options.outDir}: ${(error as Error).message}`));
  } finally {
    // What a report that failed began to write, and the folders it made for it: nothing is left of it.
    await Promise.all(staged.map((file) => rm(file, { force: true }).catch(() => undefined)));
    for (const dir of made.reverse()) await rmdir(dir).catch(() => undefined);
  }
  return right({ index, files, data });
}

/**
 * Creates a folder and the folders above it that are missing, one at a
 * time: `mkdir(path, { recursive: true })` never returns for a path under
 * `/proc` (Linux says the parent is missing, and Node tries again and again).
 * Each folder it made is added to `made` as it is made, so that a failure
 * half-way leaves none of them.
 */
async function makeFolder(path: string, made: string[]): Promise<void> {
  const missing: string[] = [];
  for (let p = resolve(path); ; p = dirname(p)) {
    const found = await stat(p).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    // A file on the way: mkdir below it says so (ENOTDIR).
    if (found !== undefined) break;
    missing.push(p);
    if (dirname(p) === p) break;
  }
  for (const dir of missing.reverse()) {
    await mkdir(dir).then(
      () => made.push(dir),
      (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
      },
    );
  }
}
