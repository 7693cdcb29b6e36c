/**
 * `stancelog ingest PATHS...`: reads news articles (files or folders of
 * .txt, .text, .md, .html, .htm) with `@stancelog/ingest`, and appends the statements
 * they hold to the log, idempotently: a statement's id is the hash of its
 * content, so ingesting the same article twice adds nothing. One bad file
 * is reported and the others go in.
 *
 * @since 0.1.0
 */
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import type { Command } from 'commander';
import { Actor, eventId, isFirstHand, isStatedAt, nearNames, registry, replay, statedAtProblem, statedWeekProblem, withoutWithdrawn } from '@stancelog/core';
import type { ActorRegistered, IssueDefined, NewEvent, RegistryState, Statement, StoredEvent } from '@stancelog/core';
import { provisionalNames, provisionalText } from './append.js';
import { replacement } from './article-replacement.js';
import type { Replacement } from './article-replacement.js';
import { describeEvent } from './log.js';
import { readIngestLog, type IngestLog } from './ingest-log.js';
import { ARTICLE_EXTENSIONS, buildRegistry, checkActors, compileLexicon, DEFAULT_ACTORS, DEFAULT_LEXICON, definitionsFor, ingestFiles, lexiconWarnings, prepareOptions, readLexicon } from '@stancelog/ingest';
import { readJsonFile } from './json-file.js';
import type { ActorRegistry, ArticleLine, ArticleMeta, CompiledLexicon, Defined, IngestBatch, IngestFilesOptions, SkippedPath, UnreadReason } from '@stancelog/ingest';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';
import { DATE_OPTION_FORMS, STORE_OPTION_HELP } from './command-registration.js';
import { counted, oneLine, shownQuote } from './table.js';
import type { OutcomeSink } from './command-registration.js';
import type { CliIo } from './io.js';
import { fsProblem } from './fs-error.js';
import { lineNumbers } from './line-number.js';
import { progressBar } from './progress.js';
import { readEvents } from './read-events.js';
import { withStore } from './store-option.js';

/**
 * Options of `stancelog ingest`.
 *
 * @example
 * import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { ingestCommand } from '@stancelog/cli'
 * const cwd = mkdtempSync(join(tmpdir(), 'ingest-'))
 * writeFileSync(join(cwd, 'geneva.txt'), '"Russia must agree to a full ceasefire before any peace talks," Zelensky told reporters.\n')
 * let out = ''
 * const io = { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => s.length }, cwd, env: {} }
 * // A dry run printing what `stancelog append` reads: the events defining what the statements name, then one statement a line, dated as published.
 * await ingestCommand(['geneva.txt'], { publishedAt: '2025-06-07', dryRun: true, json: true }, io)
 * const lines = out.trim().split('\n').map((line) => JSON.parse(line))
 * const statements = lines.filter((l) => l.type === undefined)
 * assert.deepStrictEqual(lines.slice(0, lines.length - statements.length).map((e) => `${e.type} ${e.data.id}`).sort(), ['actor-registered ukraine', 'issue-defined ceasefire', 'issue-defined peace-talks'])
 * assert.ok(statements.length > 0 && statements.every((s) => s.holder === 'ukraine' && s.statedAt === '2025-06-07'))
 * assert.ok(!existsSync(join(cwd, 'stancelog.jsonl')))
 * @category commands
 * @since 0.1.0
 */
export interface IngestCommandOptions {
  /** Publication date for every article (`YYYY-MM-DD`); overrides front matter and sidecar files. */
  readonly publishedAt?: string | undefined;
  readonly url?: string | undefined;
  readonly publisher?: string | undefined;
  /**
   * A lexicon JSON file, merged after the default lexicon. Needed on every
   * ingest into the same log: the log defines the issues the statements
   * name (title, proposition, parent), and an `issue-defined` event has no
   * field for their phrases.
   */
  readonly lexicon?: string | undefined;
  /**
   * `false` (`--no-default-lexicon`): read with `lexicon` alone, without the
   * default lexicon of the 2025 Ukraine talks, whose words would otherwise
   * name its issues in another negotiation ("negotiations" as peace talks,
   * "sanctions" as those on Russia). Needs `lexicon`.
   */
  readonly defaultLexicon?: boolean | undefined;
  /**
   * A JSON file holding an array of actors (`id`, `kind`, `name`, `aliases`,
   * `offices`), added to the default register; one with the id of a default
   * actor replaces it. Those the statements name, and the persons whose
   * words they carry (with their offices), are defined in the log, which
   * later ingests read: the others need the file again.
   */
  readonly actors?: string | undefined;
  /** Print the rules that produced each statement (on stderr with `--json`). */
  readonly explain?: boolean | undefined;
  /**
   * Leave out the statements read with a confidence below this (0 to 1):
   * `0.5` leaves out the weakest readings, quoted words with no cue and
   * issues the lexicon does not know (confidence 0.4), about a third of
   * which were right on the project's negotiations against some 85% of the
   * rest (docs/ingest.md). With `replace`, a statement left out counts as
   * not read.
   */
  readonly minConfidence?: number | undefined;
  /**
   * Read and print, but do not write the log. It is read when there is
   * one: for what it defines, for the earlier readings of the articles (a
   * warning names those of an article that reads otherwise now, as the run
   * does), and with `replace` to say what would change. An incomplete end
   * of a file log is left out, with the warning a reading command gives.
   */
  readonly dryRun?: boolean | undefined;
  /**
   * The articles are new versions of ones ingested before (an outlet
   * corrected or updated them): the statements read before at the same
   * address (`source.url`, statements with quote offsets) and not read now
   * are withdrawn, and those read again that an earlier `replace` withdrew
   * are restored; a statement entered by hand (no quote offsets, as an
   * analyst's correction is) is no earlier reading, and stays. Every article needs its own address (`--url` for one
   * file, front matter or a sidecar file, or a saved page's canonical link); a reading that gives no
   * statement where some counted is refused. With `dryRun`, the log is read
   * to say what would change, and not written.
   */
  readonly replace?: boolean | undefined;
  /**
   * Print as JSON lines, the input `stancelog append` reads, what ingest
   * appends: the `actor-registered` and `issue-defined` events defining
   * what the statements name and the log does not define, then one
   * statement per line (not those it leaves out), then, with `replace`,
   * the withdrawals; `append` of them gives the log ingest writes. The log
   * is still written unless `dryRun`; the summary goes to stderr.
   */
  readonly json?: boolean | undefined;
  readonly store?: string | undefined;
}

/**
 * One ingested statement.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { ingestCommand } from '@stancelog/cli'
 * const cwd = mkdtempSync(join(tmpdir(), 'ingest-'))
 * writeFileSync(join(cwd, 'geneva.txt'), '"Russia must agree to a full ceasefire before any peace talks," Zelensky told reporters.\n')
 * const io = { stdout: { write: (s: string) => s.length }, stderr: process.stderr, cwd, env: {} }
 * const r = await ingestCommand([join(cwd, 'geneva.txt')], { publishedAt: '2025-06-07', dryRun: true, explain: true }, io)
 * assert.ok(r._tag === 'Right')
 * const [first] = r.right.statements
 * // Named relative to the working directory, with the rules that read it, and its quote where the article has it.
 * assert.ok(first?.file === 'geneva.txt' && first.rules !== undefined && first.rules.length > 0)
 * assert.deepStrictEqual(first.statement.source.offsets, [0, first.statement.source.quote.length])
 * @category commands
 * @since 0.1.0
 */
export interface IngestedStatement {
  /** The id of its `statement-made` event (the same for the same statement). */
  readonly id: string;
  /** The article it was read from, relative to the working directory when inside it. */
  readonly file: string;
  /**
   * The statement, with its quote and offsets in `source`: what `--json`
   * prints, one per line, and what `stancelog append` accepts.
   */
  readonly statement: Statement;
  /**
   * The 1-based line of the article its quote starts on (what the human
   * output prints as `FILE:LINE`); `source.offsets` has the character
   * offsets. Absent when the statement has no offsets.
   */
  readonly line?: number | undefined;
  /** The rules that fired (with `--explain`). */
  readonly rules?: ReadonlyArray<string> | undefined;
}

/**
 * What `stancelog ingest` did.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { ingestCommand } from '@stancelog/cli'
 * const cwd = mkdtempSync(join(tmpdir(), 'ingest-'))
 * writeFileSync(join(cwd, 'geneva.txt'), '"Russia must agree to a full ceasefire before any peace talks," Zelensky told reporters.\n')
 * const io = { stdout: { write: (s: string) => s.length }, stderr: process.stderr, cwd, env: {} }
 * const first = await ingestCommand(['geneva.txt'], { publishedAt: '2025-06-07' }, io)
 * // The log did not know Ukraine: the batch registers it, from the default register.
 * assert.ok(first._tag === 'Right' && first.right.errors.length === 0 && first.right.defined.actors.includes('ukraine'))
 * const again = await ingestCommand(['geneva.txt'], { publishedAt: '2025-06-07' }, io)
 * assert.ok(again._tag === 'Right' && again.right.appended === 0 && again.right.duplicates === first.right.statements.length)
 * @category commands
 * @since 0.1.0
 */
export interface IngestSummary {
  readonly files: number;
  readonly statements: ReadonlyArray<IngestedStatement>;
  /** One line per file that could not be ingested, naming it. */
  readonly errors: ReadonlyArray<string>;
  /** Events written; 0 with `--dry-run`. */
  readonly appended: number;
  /** Events the log already held (ingested before). */
  readonly duplicates: number;
  /**
   * Lexicon issues and register actors the log did not define yet, defined
   * with this batch: those its append wrote, not those another writer
   * appended between this run's read of the log and its append.
   */
  readonly defined: { readonly actors: ReadonlyArray<string>; readonly issues: ReadonlyArray<string> };
  /**
   * Actors and issues the statements this append wrote, or the offices of
   * the actors it defined, name that neither the log, the register nor the
   * lexicon defines (a holder's office at an actor the register does not
   * hold): registered provisionally, as
   * `append` does. A statement the log held already (one withdrawn by
   * hand, read again) is not written, and names none. With `--dry-run`,
   * those the run would register so, by the log as read (or none, with no
   * log): the review before the append names them, as the append does.
   */
  readonly provisional: { readonly actors: ReadonlyArray<string>; readonly issues: ReadonlyArray<string> };
  /** With `replace`: the statements read before at these articles' addresses and withdrawn, as they are not in them now (ids). */
  readonly withdrawn: ReadonlyArray<string>;
  /** With `replace`: the statements read again that an earlier `replace` had withdrawn, restored (ids). */
  readonly restored: ReadonlyArray<string>;
  /** Statements read with a confidence below `minConfidence`, left out (not printed, not appended). */
  readonly belowConfidence: number;
}

/**
 * Reads the actors file of `--actors`: a JSON array of core `Actor`s. A
 * `Left` names the file and, for a bad actor, its index and field
 * (`actors.json: [1].offices[0].from: "soon" is not a date or timestamp (expected YYYY-MM-DD, YYYY-MM, YYYY-Www or an ISO timestamp)`),
 * or for text that is not JSON, the line and column where it stops being
 * JSON, as `readLexicon` does for a lexicon; a file that is not UTF-8
 * (UTF-16, gzip, Latin-1) is named as an article is, with the command that
 * converts it.
 * Two entries with one id, or one name (or alias) on two entries, are refused.
 *
 * @param file the path as the user gave it (named in errors)
 * @param cwd the directory it is relative to
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { loadActorsFile } from './ingest.js'
 * const dir = mkdtempSync(join(tmpdir(), 'actors-'))
 * writeFileSync(join(dir, 'actors.json'), JSON.stringify([
 *   { id: 'dockers-union', kind: 'organisation', name: "Harbour Workers' Union", aliases: ['HWU'] },
 *   { id: 'port-authority', kind: 'employer', name: 'Port Authority' },
 * ]))
 * const r = loadActorsFile('actors.json', dir)
 * assert.ok(r._tag === 'Left' && r.left.message === 'actors.json: [1].kind: expected one of "state", "bloc", "organisation", "person", got "employer"')
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function loadActorsFile(file: string, cwd: string): Either<CliError, ReadonlyArray<Actor>> {
  // Read, decoded and parsed as every JSON file the CLI reads is: UTF-16, gzip, Latin-1 said as an article's and a
  // lexicon's are, with the command that converts it; where it stops being JSON by line and column.
  const parsed = readJsonFile(file, cwd, 'a JSON file of actors');
  if (isLeft(parsed)) return parsed;
  const actors = checkActors(parsed.right);
  return isLeft(actors) ? left(cliError(`${file}: ${actors.left}`)) : actors;
}

/**
 * Runs `stancelog ingest`. A `Left` when nothing could be done (a bad
 * option, a bad lexicon or actors file, an unusable log) or when some
 * files failed (after the others went in).
 *
 * @example
 * import { ingestCommand } from '@stancelog/cli'
 * const io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: {} }
 * const r = await ingestCommand(['a.txt'], { publishedAt: 'last June', dryRun: true }, io)
 * assert.strictEqual(r._tag, 'Left')
 * @category commands
 * @since 0.1.0
 */
export async function ingestCommand(paths: ReadonlyArray<string>, options: IngestCommandOptions, io: CliIo): Promise<Either<CliError, IngestSummary>> {
  // An empty path is the working directory: a shell variable never set (ingest "$DIR") would read every file there.
  if (paths.some((p) => p.trim() === '')) return left(cliError('an article path is empty: name article files or folders (an unset shell variable?)'));
  // "cat article.txt | stancelog ingest -", as append reads "-" (a review of a port strike, where it said "-: no such
  // file"): articles are read from files, whose name, sidecar and front matter say what they are.
  if (paths.includes('-')) return left(cliError('-: ingest reads article files and folders, not the standard input (as append - does): save the text as a file (article.txt, with its date in front matter or --published-at) and give its path'));
  if (options.publishedAt !== undefined && !isStatedAt(options.publishedAt)) {
    // In core's words, as --as-of and a statement's statedAt are refused: a day the calendar lacks (February 2025 has 28
    // days), or the forms, with the time zone a timestamp lacks.
    return left(cliError(`--published-at ${options.publishedAt}: ${statedAtProblem(options.publishedAt) ?? 'not a date or timestamp'}`));
  }
  if (options.minConfidence !== undefined && !(typeof options.minConfidence === 'number' && options.minConfidence >= 0 && options.minConfidence <= 1)) {
    return left(cliError(`--min-confidence ${String(options.minConfidence)}: expected a number from 0 to 1 (0.5 leaves out the weakest readings)`));
  }
  // The same file named twice is one article (read once, counted once).
  const named = new Set<string>();
  paths = paths.filter((p) => !named.has(resolve(io.cwd, p)) && named.add(resolve(io.cwd, p)) !== undefined);
  // A week 53 its year lacks reads, but appends refuse it: say so before reading the articles (and with --dry-run).
  const weekProblem = options.publishedAt !== undefined ? statedWeekProblem(options.publishedAt) : undefined;
  if (weekProblem !== undefined) return left(cliError(`--published-at ${options.publishedAt}: ${weekProblem}`));
  const meta: ArticleMeta = {
    ...(options.publishedAt !== undefined ? { publishedAt: options.publishedAt } : {}),
    ...(options.url !== undefined ? { url: options.url } : {}),
    ...(options.publisher !== undefined ? { publisher: options.publisher } : {}),
  };
  let filesOptions: IngestFilesOptions = { meta };
  // Warns of the lexicon's parents that nothing defines, given the issues of the log (once).
  let parentsWarned: (logIssues: Iterable<string>) => void = () => undefined;
  if (options.defaultLexicon === false && options.lexicon === undefined) {
    return left(cliError('--no-default-lexicon needs --lexicon FILE: without a lexicon the articles would name no issue it knows'));
  }
  if (options.lexicon !== undefined) {
    const path = resolve(io.cwd, options.lexicon);
    // Said as every path the user gives is (`nope.json: no such file`), and named as it was given.
    try {
      accessSync(path, constants.R_OK);
      if (statSync(path).isDirectory()) return left(cliError(`--lexicon ${options.lexicon} is a folder, not a lexicon JSON file`));
    } catch (error) {
      return left(cliError(`--lexicon ${fsProblem(error, options.lexicon, 'a lexicon JSON file')}`));
    }
    const replace = options.defaultLexicon === false;
    const lexicon = readLexicon(path, replace);
    if (isLeft(lexicon)) return left(cliError(`--lexicon ${lexicon.left.message.split(path).join(options.lexicon)}`));
    filesOptions = { ...filesOptions, lexicon: replace ? compileLexicon(lexicon.right) : compileLexicon(DEFAULT_LEXICON, lexicon.right) };
    // A lexicon that decodes may still read wrong (a thing listed with the polarity of what does away with it): said, not refused.
    const warned = lexiconWarnings(lexicon.right);
    for (const w of warned) io.stderr.write(`stancelog: warning: --lexicon ${options.lexicon}: ${w}\n`);
    // A parent neither the lexicon, the default one nor the log defines (a misspelt one): said once the log is read, as
    // the log may define it. Not refused: an issue may be named before it is defined.
    const { lexicon: file } = options;
    const defaults = replace ? [] : DEFAULT_LEXICON.issues.map((i) => i.id);
    parentsWarned = (logIssues) => {
      for (const w of lexiconWarnings(lexicon.right, { issues: [...defaults, ...logIssues] })) {
        if (!warned.includes(w)) io.stderr.write(`stancelog: warning: --lexicon ${file}: ${w}\n`);
      }
      parentsWarned = () => undefined;
    };
  }
  let fileActors: ReadonlyArray<Actor> = [];
  if (options.actors !== undefined) {
    const actors = loadActorsFile(options.actors, io.cwd);
    if (isLeft(actors)) return left(cliError(`--actors ${actors.left.message}`));
    fileActors = actors.right;
  }
  // The register: the default one, then the actors the log registers (read once the log is open), then --actors.
  const readArticles = (logActors: ReadonlyArray<Actor>): Reading => {
    const replaced = new Set([...logActors, ...fileActors].map((a) => a.id));
    const register = [...DEFAULT_ACTORS.filter((a) => !replaced.has(a.id)), ...logActors.filter((a) => !fileActors.some((f) => f.id === a.id)), ...fileActors];
    const known = buildRegistry(register);
    const actorWarnings = options.actors === undefined ? [] : [...namesTaken(register.slice(0, register.length - fileActors.length), fileActors, options.actors), ...officesAstray(register, fileActors, options.actors)];
    const bar = progressBar(io, 'ingesting');
    const batch = ingestFiles(
      paths.map((p) => resolve(io.cwd, p)),
      { ...filesOptions, registry: known, onFile: (_path, index, total) => bar.update(index + 1, total) },
    );
    bar.stop();
    const people = fileActors.filter((a) => a.kind === 'person');
    return { batch, registry: known, lexicon: prepareOptions(filesOptions).lexicon, people, actorWarnings, ...statementsOf(batch, options, io) };
  };
  let reading = readArticles([]);
  const { batch: first } = reading;
  // Only folders were given, holding no article: what they hold instead is why.
  if (first.files.length === 0) {
    const held = paths.map((p) => {
      const within = first.skipped.filter((k) => k.folder === resolve(io.cwd, p));
      return within.length === 0 ? `${p} holds nothing` : `${p} holds ${skippedWords(within)}`;
    });
    return left(cliError(`no article files found in the paths given: ${held.join('; ')}`));
  }
  // The addresses whose earlier statements --replace compares with this
  // reading, checked before anything is printed or written. An article's
  // address is its metadata's, whoever the register knows.
  const replaced = new Map<string, string>();
  if (options.replace) {
    for (const file of first.files) {
      if (isLeft(file.result)) continue;
      const url = file.result.right.meta.url;
      const name = displayPath(file.path, io.cwd);
      // A saved page is given its address by its own markup: one that marks none is told so.
      const page = /\.html?$/i.test(file.path) ? ' (its page marks none: no <link rel="canonical"> or og:url)' : '';
      if (url === undefined) return left(cliError(`--replace: ${name} has no address to find its earlier version by${page}; give --url, or a url in its front matter or sidecar file`));
      const other = replaced.get(url);
      // One address for two articles (as --url gives every file): the one would withdraw what the other said.
      if (other !== undefined) return left(cliError(`--replace: ${other} and ${name} have the same address ${url}; replace one article at a time, or give each its own url (front matter or sidecar file)`));
      replaced.set(url, name);
    }
  }
  const addresses = new Set<string>();
  for (const file of first.files) if (!isLeft(file.result) && file.result.right.meta.url !== undefined) addresses.add(file.result.right.meta.url);
  // Read again, once, when the log registers actors the register lacks or knows otherwise (their aliases, their offices).
  const withLog = (known: RegistryState): void => {
    const logActors = actorsToAdd(known, reading.registry.actors, fileActors);
    if (logActors.length > 0) reading = readArticles(logActors);
  };
  // Every path of the message relative to the working directory: the command that converts a file names it twice or more.
  const errors = first.errors.map((e) => e.message.split(io.cwd + '/').join(''));
  // `definitions`: what ingest appends (or would append) before the statements, of what they name and the log does not
  // define; `leftOut`: the statements it does not append (withdrawn by hand, read again where an edit moved them). With
  // --json, stdout is then what ingest appends, so that `append` of it gives the log ingest writes: without the
  // definitions, `append` would register the actors provisionally, as states, and the issues untitled.
  const printReading = (definitions: ReadonlyArray<ActorRegistered | IssueDefined> = [], leftOut: ReadonlySet<string> = new Set()): void => {
    const { batch, statements } = reading;
    // The lines of stdout printed so far, for --explain to name the line of each statement.
    let printed = 0;
    if (options.json) {
      for (const e of definitions) io.stdout.write(JSON.stringify(e) + '\n');
      printed = definitions.length;
    }
    for (const s of statements) {
      if (!options.json) {
        io.stdout.write(describeStatement(s, reading.plainText.has(s)));
        continue;
      }
      if (leftOut.has(s.id)) continue;
      // stdout stays what `append` reads; the rules go to the reader on stderr, with the line of stdout they are of.
      io.stdout.write(JSON.stringify(s.statement) + '\n');
      printed++;
      if (s.rules) io.stderr.write(`line ${printed} (${where(s)}) rules: ${s.rules.join(' ')}\n`);
    }
    if (options.explain) for (const file of batch.files) if (!isLeft(file.result)) reportDropped(file.path, file.result.right, io);
    for (const e of errors) io.stderr.write(`stancelog: ${oneLine(e)}\n`);
    // What the folders hold and was not read: the count of articles read would say nothing of it.
    for (const folder of new Set(first.skipped.map((k) => k.folder))) {
      io.stderr.write(`stancelog: warning: ${oneLine(`${displayPath(folder, io.cwd)}: skipped ${skippedWords(first.skipped.filter((k) => k.folder === folder))}`)}\n`);
    }
    for (const w of reading.actorWarnings) io.stderr.write(`stancelog: warning: ${w}\n`);
    // An article no date was found for: its statements that name no day of their own are dated by the day they are
    // recorded, which makes them the latest word on their issues. A batch of back-filled coverage would rewrite the
    // current positions without a word: said, naming the way to date it.
    for (const file of batch.files) {
      if (isLeft(file.result) || file.result.right.meta.publishedAt !== undefined) continue;
      const name = displayPath(file.path, io.cwd);
      const undated = statements.filter((s) => s.file === name && s.statement.statedAt === undefined).length;
      if (undated === 0) continue;
      const which = undated === 1 ? 'its statement that names no day of its own is' : `its ${undated} statements that name no day of their own are`;
      io.stderr.write(
        `stancelog: warning: ${oneLine(`${name}: no publication date found (in front matter, a sidecar file, the page's markup or a dateline): ${which} dated by the day ${undated === 1 ? 'it is' : 'they are'} recorded; give --published-at DATE`)}\n`,
      );
    }
    // A title the register says the person did not hold then: the statements are read all the same, and the reader told.
    for (const file of batch.files) {
      if (isLeft(file.result) || file.result.right.inconsistencies.length === 0) continue;
      const lineOf = articleLines(file.path);
      for (const i of file.result.right.inconsistencies) {
        io.stderr.write(`stancelog: warning: ${oneLine(`${displayPath(file.path, io.cwd)}:${lineOf?.(i.offsets[0]) ?? '?'}: ${i.message}`)}\n`);
      }
    }
  };

  const none = { actors: [], issues: [] };
  // What a dry run would register provisionally: the definitions it would append and the statements it would append,
  // against what the log defines. A reviewer learnt of an issue read from an article's words ("the minister's
  // proposal" as an issue `minister`) only once it was in the log (a review of a port strike).
  const wouldRegister = (known: Defined, leftOut: ReadonlySet<string> = new Set()): IngestSummary['provisional'] =>
    provisionalNames(
      [...definitionsOf(reading, known), ...reading.events.filter((e) => e.type === 'statement-made' && !leftOut.has(eventId(e)))],
      (id) => known.actors?.has(id) ?? false,
      (id) => known.issues?.has(id) ?? false,
    );
  const summary = (appended: number, duplicates: number, defined: IngestSummary['defined'], plan?: Replacement, provisional: IngestSummary['provisional'] = none): IngestSummary => ({
    files: first.files.length,
    statements: reading.statements,
    errors,
    appended,
    duplicates,
    defined,
    provisional,
    withdrawn: (plan?.withdrawn ?? []).map((e) => e.id),
    restored: (plan?.restored ?? []).map((e) => e.id),
    belowConfidence: reading.belowConfidence,
  });
  // --replace: the plan against the log as it is, made before anything is printed (a refusal prints nothing else).
  const plan = (log: ReadonlyArray<StoredEvent>): Either<CliError, Replacement> =>
    replacement(log, reading.events, new Set(replaced.keys()), new Date().toISOString().slice(0, 10));
  // Reported after the statements (as what would be done, on a dry run): with --json, the withdrawals (and those that
  // restore) on stdout, so that `append` of the lines does what ingest does to the log.
  const reportPlan = (r: Replacement, dryRun: boolean, unknownIssue: (issue: string) => boolean): void => {
    const out = options.json ? io.stderr : io.stdout;
    const verb = dryRun ? 'would withdraw' : 'withdraws';
    for (const e of r.withdrawn) out.write(`--replace ${verb} #${e.position}: ${describeEvent(e)}\n`);
    // As the warning of an article that reads otherwise says it: withdrawn for want of the earlier ingest's lexicon.
    const unnamed = [...new Set(r.withdrawn.flatMap((e) => (e.type === 'statement-made' ? [e.data.issue] : [])).filter(unknownIssue))];
    if (unnamed.length > 0) {
      io.stderr.write(
        `stancelog: warning: --replace ${verb} statements on ${unnamed.join(', ')}, ${unnamed.length === 1 ? 'an issue' : 'issues'} the log defines and no lexicon of this run has: ` +
          `the log keeps no lexicon, so give the earlier ingest's --lexicon again${dryRun ? '' : ' (the withdrawals are in the log: run ingest --replace again with it to restore what it reads)'}\n`,
      );
    }
    for (const e of r.restored) out.write(`--replace ${dryRun ? 'would restore' : 'restores'} #${e.position}: ${describeEvent(e)}\n`);
    for (const { statement, by } of r.heldByHand) out.write(`--replace leaves #${statement.position} withdrawn: read again, but withdrawn by hand (#${by.position})\n`);
    if (options.json) for (const w of r.withdrawals) io.stdout.write(JSON.stringify(w) + '\n');
  };
  const finish = (s: IngestSummary, spec: string | undefined, readFrom?: string): Either<CliError, IngestSummary> => {
    (options.json ? io.stderr : io.stdout).write(describeSummary(s, spec, readFrom, nothingFound(reading.batch, options.actors !== undefined)));
    if (s.errors.length > 0) return left(cliError(`${s.errors.length} of ${s.files} files could not be ingested (see above)`));
    return right(s);
  };
  if (options.dryRun) {
    // The log is read, not written: for its actors when there is one, and for what --replace would withdraw. What its open
    // says is said as a reading command says it (an incomplete end left out: the actors it registers are not read).
    const looked = await withStore(options.store, io, 'read', async (store, spec) => {
      if (replaced.size === 0) {
        // Read for the earlier readings of these articles too: a dry run warns, as the run would, of one that reads otherwise now.
        const log = await readIngestLog(store, addresses, unaddressedQuotes(reading.statements)).catch(() => undefined);
        if (log !== undefined) withLog(log.registry);
        parentsWarned(log?.registry.issues.keys() ?? []);
        const compared = compareWithEarlierReadings(log?.earlier ?? [], reading.events, reading.batch.files, io, lexiconLeftOut(reading.lexicon, log?.registry));
        const { leftOut } = compared;
        const warnings = [...compared.warnings, ...unaddressedReadBefore(reading.statements, log?.readBefore)];
        printReading(definitionsOf(reading, log?.registry ?? {}), leftOut);
        for (const w of warnings) io.stderr.write(w);
        return right(finish(summary(0, 0, none, undefined, wouldRegister(log?.registry ?? {}, leftOut)), undefined, log === undefined ? undefined : `${spec} was read for the actors it registers`));
      }
      const read = await readEvents(store, spec, io);
      if (isLeft(read)) return read;
      const known = replay(registry(), withoutWithdrawn(read.right));
      withLog(known);
      parentsWarned(known.issues.keys());
      const r = plan(read.right);
      if (isLeft(r)) return r;
      printReading(definitionsOf(reading, known), r.right.leftOut);
      reportPlan(r.right, true, lexiconLeftOut(reading.lexicon, known));
      return right(finish(summary(0, 0, none, undefined, wouldRegister(known, r.right.leftOut)), undefined, `${spec} was read for --replace`));
    });
    if (isLeft(looked)) {
      if (replaced.size > 0) return looked;
      // No log yet (or none that opens): the statements as the register reads them.
      parentsWarned([]);
      printReading(definitionsOf(reading, {}));
      return finish(summary(0, 0, none, undefined, wouldRegister({})), undefined);
    }
    return looked.right;
  }

  if (first.errors.length === first.files.length) {
    printReading();
    // Nothing read, nothing to append: a misspelt path must not leave an empty log behind.
    (options.json ? io.stderr : io.stdout).write(`read 0 articles of ${first.files.length}: the log was not opened\n`);
    return left(cliError(`${first.errors.length} of ${first.files.length} files could not be ingested (see above)`));
  }
  return withStore(options.store, io, 'write', async (store, spec) => {
    // The log is read once: whole with --replace (the registry then comes
    // from it), else streamed for the registry and the earlier readings of
    // the articles read again.
    let log: StoredEvent[] | undefined;
    let earlier: StoredEvent[] = [];
    let readBefore: IngestLog['readBefore'];
    let known: RegistryState;
    if (replaced.size > 0) {
      const read = await readEvents(store, spec, io);
      if (isLeft(read)) return read;
      log = read.right;
      known = replay(registry(), withoutWithdrawn(log));
    } else {
      try {
        ({ registry: known, earlier, readBefore } = await readIngestLog(store, addresses, unaddressedQuotes(reading.statements)));
      } catch (error) {
        return left(cliError(`store ${spec}: ${error instanceof Error ? error.message : String(error)}`));
      }
    }
    withLog(known);
    parentsWarned(known.issues.keys());
    const { events } = reading;
    const { actors, issues } = known;
    // Name what the statements mention and the log does not define yet, from
    // the lexicon and the register the statements were read with.
    const definitions = definitionsOf(reading, known);
    let changes: Replacement | undefined;
    let leftOut: ReadonlySet<string>;
    let warnings: ReadonlyArray<string> = [];
    if (log) {
      const r = plan(log);
      if (isLeft(r)) return r;
      changes = r.right;
      leftOut = changes.leftOut;
    } else {
      ({ leftOut, warnings } = compareWithEarlierReadings(earlier, events, reading.batch.files, io, lexiconLeftOut(reading.lexicon, known)));
      warnings = [...warnings, ...unaddressedReadBefore(reading.statements, readBefore)];
    }
    printReading(definitions, leftOut);
    for (const w of warnings) io.stderr.write(w);
    if (changes) reportPlan(changes, false, lexiconLeftOut(reading.lexicon, known));
    const withdrawals = changes?.withdrawals ?? [];
    const toAppend = [...definitions, ...(leftOut.size > 0 ? events.filter((e) => !leftOut.has(eventId(e))) : events), ...withdrawals];
    if (toAppend.length === 0) return finish(summary(0, 0, none), spec);
    const result = await store.append(toAppend);
    if (isLeft(result)) return left(cliError(`store ${spec}: ${result.left.message}`));
    // Defined: what this append wrote, not what the log lacked when read: another writer (a second ingest on a
    // PostgreSQL log) may have appended some of the same definitions since, and this append skipped them as duplicates.
    const written = result.right.appended;
    // What the statements this append wrote name and neither the log nor this batch's definitions do: a statement the
    // log held already (withdrawn, read again) registers nothing now.
    const provisional = provisionalNames(
      [...definitions, ...written.filter((e) => e.type === 'statement-made')],
      (id) => actors.has(id),
      (id) => issues.has(id),
    );
    const defined = {
      actors: written.flatMap((e) => (e.type === 'actor-registered' ? [e.data.id] : [])),
      issues: written.flatMap((e) => (e.type === 'issue-defined' ? [e.data.id] : [])),
    };
    return finish(summary(written.length, result.right.duplicates.length, defined, changes, provisional), spec);
  });
}

/**
 * The events defining what the reading's statements name and the log
 * (`defined`) lacks: the register's actors, the people who speak for
 * themselves, the people of `--actors` whose words the statements carry
 * (so that a later ingest without the file reads them as this one did),
 * the lexicon's issues.
 */
function definitionsOf(reading: Reading, defined: Defined): Array<ActorRegistered | IssueDefined> {
  const statements = reading.events.flatMap((e) => (e.type === 'statement-made' ? [e.data] : []));
  return definitionsFor(statements, { registry: reading.registry, lexicon: reading.lexicon, speakers: reading.batch.unregisteredSpeakers, people: reading.people }, defined);
}

/** The articles as read with one register: the batch, the register, and the statements found, as printed and as events. */
interface Reading {
  readonly batch: IngestBatch;
  /**
   * What the actors file may read otherwise than meant (a warning each): a name it takes from another actor of the
   * register, an office at an actor nothing defines whose id is close to one the register holds (a misspelt id).
   */
  readonly actorWarnings: ReadonlyArray<string>;
  readonly registry: ActorRegistry;
  readonly lexicon: CompiledLexicon;
  /** The persons of `--actors`: defined in the log when they speak, as `definitionsFor`'s `people`. */
  readonly people: ReadonlyArray<Actor>;
  readonly statements: IngestedStatement[];
  /** The statements read from plain text, not a web page: the human output shows their quotes as written. */
  readonly plainText: ReadonlySet<IngestedStatement>;
  readonly events: NewEvent[];
  /** Statements left out for a confidence below `--min-confidence`. */
  readonly belowConfidence: number;
}

/**
 * The names (and aliases) of the actors file that other actors of the
 * register hold too ("Kyiv" for a city council, where the default register
 * has it for Ukraine): the file's actor takes them, as `buildRegistry`
 * gives a name to the later actor, and the reader is told.
 */
function namesTaken(earlier: ReadonlyArray<Actor>, fileActors: ReadonlyArray<Actor>, file: string): string[] {
  const key = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();
  const holders = new Map<string, Actor>();
  for (const a of earlier) for (const name of [a.name, ...(a.aliases ?? [])]) holders.set(key(name), a);
  const out: string[] = [];
  for (const a of fileActors) {
    for (const name of [a.name, ...(a.aliases ?? [])]) {
      const other = holders.get(key(name));
      if (other !== undefined && other.id !== a.id) out.push(`--actors ${file}: ${JSON.stringify(name)} is also a name of ${other.id} (${other.name}) in the register: the articles' ${JSON.stringify(name)} is read as ${a.id}`);
    }
  }
  return out;
}

/**
 * The offices of the actors file at an actor the register (the default
 * one, the log's, the file's) does not hold, whose id is close to one it
 * does ("sdpp" for "sdp"): what the person says for it would be held by a
 * new actor, registered provisionally, beside the party meant. An office at
 * an actor nothing names and nothing is close to is left alone: the log
 * may define it later.
 */
function officesAstray(register: ReadonlyArray<Actor>, fileActors: ReadonlyArray<Actor>, file: string): string[] {
  const ids = new Set(register.map((a) => a.id));
  const out: string[] = [];
  fileActors.forEach((a, i) => {
    (a.offices ?? []).forEach((o, k) => {
      if (ids.has(o.actor)) return;
      const near = nearNames(o.actor, ids);
      if (near.length === 0) return;
      out.push(`--actors ${file}: [${i}].offices[${k}].actor: "${o.actor}" is no actor of the register or the log; did you mean ${near.join(' or ')}? (what ${a.id} says for it is held by ${o.actor}, a new actor registered provisionally)`);
    });
  });
  return out;
}

/** The statements of a batch, as printed (with the line of their quote) and as events to append (an article's repeated sentence once). */
function statementsOf(batch: IngestBatch, options: IngestCommandOptions, io: CliIo): Pick<Reading, 'statements' | 'plainText' | 'events' | 'belowConfidence'> {
  const statements: IngestedStatement[] = [];
  const plainText = new Set<IngestedStatement>();
  const events: NewEvent[] = [];
  const seen = new Set<string>();
  let belowConfidence = 0;
  for (const file of batch.files) {
    if (isLeft(file.result)) continue;
    const { statements: found, explanations, html } = file.result.right;
    // The offsets are those of the file as read as UTF-8: read again for the line numbers.
    const lineOf = found.length > 0 ? articleLines(file.path) : undefined;
    found.forEach((s, i) => {
      if (options.minConfidence !== undefined && (s.confidence ?? 1) < options.minConfidence) {
        belowConfidence++;
        return;
      }
      const event: NewEvent = { type: 'statement-made', data: s };
      const id = eventId(event);
      const rules = options.explain ? { rules: explanations[i]?.rules ?? [] } : {};
      const start = s.source.offsets?.[0];
      const line = start !== undefined && lineOf ? { line: lineOf(start) } : {};
      const ingested: IngestedStatement = { id, file: displayPath(file.path, io.cwd), statement: s, ...line, ...rules };
      statements.push(ingested);
      if (!html) plainText.add(ingested);
      // An article may repeat a sentence: one event is enough.
      if (!seen.has(id)) events.push(event);
      seen.add(id);
    });
  }
  return { statements, plainText, events, belowConfidence };
}

/**
 * The actors the log registers (not provisionally) that the register the
 * articles were read with lacks, or knows otherwise (other aliases, other
 * offices: an office the log recorded since), leaving out those of
 * `--actors`, which the user gave for this reading.
 */
function actorsToAdd(known: RegistryState, register: ReadonlyMap<string, Actor>, fileActors: ReadonlyArray<Actor>): Actor[] {
  const shape = (a: Actor): string => JSON.stringify([a.kind, a.name, [...(a.aliases ?? [])].sort(), (a.offices ?? []).map((o) => [o.actor, o.title, o.from, o.until ?? null])]);
  const out: Actor[] = [];
  for (const { actor, provisional } of known.actors.values()) {
    if (provisional || fileActors.some((f) => f.id === actor.id)) continue;
    const mine = register.get(actor.id);
    if (mine === undefined || shape(mine) !== shape(actor)) out.push(actor);
  }
  return out;
}

/**
 * Without `--replace`, a new reading of articles ingested before is compared
 * with the earlier one. Statements of the earlier reading that still count
 * and are not read now stay, and a warning names them: appending the new
 * reading beside them would otherwise leave both in force without a word
 * (after an update of stancelog reads the article otherwise, or the outlet
 * edited it). A statement withdrawn by hand and read again where an edit
 * moved it stays out, as with `--replace`. Returns the ids to leave out,
 * and the warnings, for the caller to print after the statements (a dry
 * run prints them too).
 */
function compareWithEarlierReadings(
  earlier: ReadonlyArray<StoredEvent>,
  events: ReadonlyArray<NewEvent>,
  files: ReturnType<typeof ingestFiles>['files'],
  io: CliIo,
  unknownIssue: (issue: string) => boolean,
): { readonly leftOut: ReadonlySet<string>; readonly warnings: ReadonlyArray<string> } {
  const urls = addressesOf(events);
  if (urls.size === 0) return { leftOut: new Set(), warnings: [] };
  // Every address read now gives statements: the comparison cannot refuse.
  const r = replacement(earlier, events, urls, new Date().toISOString().slice(0, 10));
  if (isLeft(r)) return { leftOut: new Set(), warnings: [] };
  const warnings: string[] = [];
  const stale = new Map<string, StoredEvent[]>();
  for (const e of r.right.withdrawn) {
    const url = (e as StoredEvent & { type: 'statement-made' }).data.source.url!;
    stale.set(url, [...(stale.get(url) ?? []), e]);
  }
  const { moved } = r.right;
  for (const [url, old] of stale) {
    const names = files.filter((f) => !isLeft(f.result) && f.result.right.meta.url === url).map((f) => displayPath(f.path, io.cwd));
    // Read again where an edit above them moved them, they are new statements beside the earlier ones: both count now.
    const again = old.filter((e) => moved.has(e.id));
    const gone = old.filter((e) => !moved.has(e.id));
    const parts: string[] = [];
    if (again.length > 0) parts.push(`${positionsOf(again)} of the earlier reading ${again.length === 1 ? 'is' : 'are'} read again at other offsets (an edit moved ${again.length === 1 ? 'it' : 'them'}), and now ${again.length === 1 ? 'counts' : 'count'} twice`);
    if (gone.length > 0) parts.push(`${positionsOf(gone)} of the earlier reading still ${gone.length === 1 ? 'counts' : 'count'} and ${gone.length === 1 ? 'is' : 'are'} not read now`);
    const them = old.length === 1 ? 'it' : 'them';
    // Read without the lexicon they were read with, the earlier statements' issues are no words of this run's: --replace
    // would put provisional issues of the article's words in their place (a review's finding). The log keeps no phrases.
    const unnamed = [...new Set(gone.map((e) => (e as StoredEvent & { type: 'statement-made' }).data.issue).filter(unknownIssue))];
    const advice =
      unnamed.length > 0
        ? `${unnamed.length === 1 ? 'its issue' : 'their issues'} ${unnamed.join(', ')} ${unnamed.length === 1 ? 'is' : 'are'} in no lexicon of this run: the log keeps no lexicon, so give the earlier ingest's --lexicon again; ` +
          `ingest --replace would withdraw ${them}, and read the article without it`
        : `ingest --replace withdraws the earlier reading of ${them} (with --dry-run, it lists the changes)`;
    warnings.push(`stancelog: warning: ${names.join(', ') || url} (${url}) reads otherwise than when it was ingested: ${parts.join('; ')}; ${advice}\n`);
  }
  return { leftOut: r.right.leftOut, warnings };
}

/**
 * Whether an issue the log defines (with an `issue-defined` event, as an
 * earlier ingest defines its lexicon's) is one the lexicon of this run does
 * not have: a statement of the earlier reading on it is not read now for
 * want of that lexicon, likelier than for an edit of the article.
 */
function lexiconLeftOut(lexicon: CompiledLexicon, known: RegistryState | undefined): (issue: string) => boolean {
  const words = new Set(lexicon.lexicon.issues.map((i) => i.id));
  return (issue) => !words.has(issue) && known?.issues.get(issue)?.provisional === false;
}

/** The quotes of the statements read from articles with no address (no `source.url`). */
function unaddressedQuotes(statements: ReadonlyArray<IngestedStatement>): Set<string> {
  return new Set(statements.filter((s) => s.statement.source.url === undefined).map((s) => s.statement.source.quote));
}

/**
 * An article with no address is compared with no earlier reading: the log
 * cannot tell its statements from another article's (a file's path is not
 * recorded, and its publisher, title and date may be missing, shared by
 * another article, or changed by the edit). When the log quotes some of
 * its sentences in statements of an article with no address, it was
 * ingested before; when it reads otherwise now (a statement the log does
 * not hold), a warning says that what its earlier reading said and this
 * one does not is not looked for, and how to have later readings compared
 * (a leftover of stop 48).
 */
function unaddressedReadBefore(statements: ReadonlyArray<IngestedStatement>, readBefore: IngestLog['readBefore']): string[] {
  if (readBefore === undefined || readBefore.quotes.size === 0) return [];
  // By quote: an edit above a sentence moves its offsets, and so gives its statement another id.
  const byFile = new Map<string, { all: Set<string>; before: Set<string> }>();
  for (const s of statements) {
    if (s.statement.source.url !== undefined) continue;
    const f = byFile.get(s.file) ?? { all: new Set<string>(), before: new Set<string>() };
    f.all.add(s.id);
    if (readBefore.quotes.has(s.statement.source.quote)) f.before.add(s.id);
    byFile.set(s.file, f);
  }
  const out: string[] = [];
  for (const [file, { all, before }] of byFile) {
    // Read as it was (each statement in the log already), it is the same reading: nothing to say, as of one with a url.
    if (before.size === 0 || [...all].every((id) => readBefore.ids.has(id))) continue;
    const share = before.size === all.size ? `each of its ${all.size} statements quotes a sentence the log has read before` : `${before.size} of its ${all.size} statements quote sentences the log has read before`;
    out.push(
      `stancelog: warning: ${file} was ingested before (${share}), but has no address: its earlier reading cannot be told from other articles', ` +
        `so what it said then and does not say now is not looked for, as it is for an article with a url; give it its url (--url, or url in its front matter or sidecar file) to have later readings compared (and --replace)\n`,
    );
  }
  return out;
}

/** The addresses of the articles the statements were read from. */
function addressesOf(events: ReadonlyArray<NewEvent>): Set<string> {
  const urls = new Set<string>();
  for (const e of events) if (e.type === 'statement-made' && e.data.source.url !== undefined) urls.add(e.data.source.url);
  return urls;
}

/** Log positions for a message: the first 20, then how many more. */
function positionsOf(events: ReadonlyArray<StoredEvent>): string {
  const shown = events.slice(0, 20).map((e) => `#${e.position}`).join(', ');
  return events.length > 20 ? `${shown} and ${events.length - 20} more` : shown;
}

// One article's reading, as ingestFiles gives it.
type ArticleReading = Extract<IngestBatch['files'][number]['result'], { readonly _tag: 'Right' }>['right'];

// With --explain, the lines read as boilerplate and the sentences of prose
// that gave no statement, on stderr, in the order of the file: why an
// article gave fewer statements than its reader expected.
function reportDropped(path: string, reading: ArticleReading, io: CliIo): void {
  const dropped: ReadonlyArray<ArticleLine> = reading.lines.filter((l) => !l.content);
  if (dropped.length === 0 && reading.unread.length === 0) return;
  const text = readFileSync(path, 'utf8');
  const lineOf = lineNumbers(text);
  // A sentence may run over several lines of the file: shown on one.
  const shown = (words: string) => (words.length > 80 ? `${words.slice(0, 79)}…` : words);
  const notes = [
    ...dropped.map((l) => ({ at: l.start, note: `not read (${l.rule}): ${shown(text.slice(l.start, l.end))}` })),
    ...reading.unread.map((u) => ({ at: u.sentence[0], note: `no statement (${unreadWhy(u)}): ${shown(oneLine(text.slice(u.sentence[0], u.sentence[1])))}` })),
  ].sort((a, b) => a.at - b.at);
  for (const n of notes) io.stderr.write(`${displayPath(path, io.cwd)}:${lineOf(n.at)}  ${n.note}\n`);
}

// "no holder "the drivers"; cue accept.readiness": the reason, the words a
// holder was looked for in, and the rule and cue it is about.
function unreadWhy(u: ArticleReading['unread'][number]): string {
  const head = `${u.reason.replace(/-/g, ' ')}${u.words !== undefined ? ` "${oneLine(u.words)}"` : ''}`;
  const details = [...(u.rule !== undefined ? [u.rule] : []), ...(u.cue !== undefined ? [`cue ${u.cue}`] : [])];
  return details.length > 0 ? `${head}; ${details.join(', ')}` : head;
}

// A file read a moment ago may be gone by now: then no line numbers, rather than a failure.
function articleLines(path: string): ((offset: number) => number) | undefined {
  try {
    return lineNumbers(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * What a folder holds and ingest did not read, in words: its subfolders
 * ("sub/ (a folder: give it as a path of its own)") and its files of other
 * extensions ("c.docx (not .txt, .text, .md, .html or .htm)"), the first
 * ten of each named, the rest counted.
 */
function skippedWords(skipped: ReadonlyArray<SkippedPath>): string {
  const named = (names: ReadonlyArray<string>): string => listed(names.length > 10 ? [...names.slice(0, 10), `${names.length - 10} more`] : names, 'and');
  const folders = skipped.filter((k) => k.reason === 'folder').map((k) => `${k.name}/`);
  const others = skipped.filter((k) => k.reason === 'not-an-article').map((k) => k.name);
  const parts = [
    ...(folders.length === 0 ? [] : [`${named(folders)} (${folders.length === 1 ? 'a folder: give it' : 'folders: give each'} as a path of its own)`]),
    ...(others.length === 0 ? [] : [`${named(others)} (not ${listed(ARTICLE_EXTENSIONS, 'or')})`]),
  ];
  return parts.join(' and ');
}

// "a, b and c", "a, b or c".
function listed(items: ReadonlyArray<string>, last: 'and' | 'or'): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]!}`;
}

function displayPath(path: string, cwd: string): string {
  return path.startsWith(cwd + '/') ? path.slice(cwd.length + 1) : path;
}

function where(s: IngestedStatement): string {
  return `${s.file}:${s.line ?? '?'}`;
}

function describeStatement(s: IngestedStatement, plainText: boolean): string {
  const st = s.statement;
  const conditions = st.conditions && st.conditions.length > 0 ? ` if ${st.conditions.map((c) => `${c.issue} ${c.polarity}`).join(', ')}` : '';
  // Described as the analysis weighs it (core's isFirstHand): a report when the speaker speaks for another actor; a
  // speaker for no actor ("the source", "officials") gives the publisher's account, which counts as the holder's own word.
  const speaker =
    st.speaker === undefined || st.speaker.actor === st.holder
      ? ''
      : isFirstHand(st)
        ? ` (according to ${oneLine(st.speaker.name)}: counts as ${st.holder}'s own word)`
        : ` (reported by ${oneLine(st.speaker.name)})`;
  // On one line (an article wrapped within a paragraph puts line breaks in its quotes), as a reader reads it (a page's
  // entities decoded; plain text as written: "AT&amp;T" in a .txt is what it says), and not wrapped twice when it
  // opens with its own quote mark.
  const shown = shownQuote(st.source.quote, { most: 100, marks: ['"', '"'], html: !plainText });
  let text = `${where(s)}  ${st.statedAt ?? 'date unknown'}  ${st.holder} ${st.kind} ${st.polarity} ${st.issue}${conditions}${speaker}\n    ${shown}\n`;
  if (s.rules) text += `    rules: ${s.rules.join(' ')}\n`;
  return text;
}

/**
 * Why a batch gave no statement, for its summary: with no `--actors`, the usual reason (the articles' parties are not
 * in the default register); else the sentences passed over, counted by why (the register was given, so advice to give
 * one would send the reader the wrong way).
 */
function nothingFound(batch: IngestBatch, actorsGiven: boolean): string {
  const unread = batch.files.flatMap((f) => (isLeft(f.result) ? [] : f.result.right.unread));
  if (!actorsGiven && (unread.length === 0 || unread.some((u) => u.reason === 'no-holder'))) {
    return 'no statement found: a statement needs a holder the actor register knows; name the actors of these articles with --actors FILE.json';
  }
  if (unread.length === 0) return 'no statement found: no sentence of prose in these articles';
  const why: Record<UnreadReason, string> = {
    'no-cue': 'with no stance in words the reader knows',
    'no-holder': 'with no holder the actor register knows',
    'no-issue': 'with no issue the lexicon knows',
    'set-aside': "set aside as stating no one's stance (a question put, a denial, a thing named)",
    'only-possible': 'only of a possibility',
    question: 'questions',
  };
  const counts = new Map<UnreadReason, number>();
  for (const u of unread) counts.set(u.reason, (counts.get(u.reason) ?? 0) + 1);
  const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${n} ${why[reason]}`);
  return `no statement found: of ${counted(unread.length, 'sentence')} passed over, ${parts.join(', ')} (--explain shows each)`;
}

function describeSummary(s: IngestSummary, spec: string | undefined, readFrom: string | undefined, nothing: string): string {
  const read = s.files - s.errors.length;
  let text = `read ${counted(read, 'article')} of ${s.files}: ${counted(s.statements.length, 'statement')}\n`;
  if (s.belowConfidence > 0) text += `left out ${counted(s.belowConfidence, 'statement')} read with a confidence below --min-confidence\n`;
  if (read > 0 && s.statements.length === 0) text += `${nothing}\n`;
  if (spec === undefined) return text + (readFrom === undefined ? 'dry run: the log was not opened\n' : `dry run: ${readFrom}, not written\n`) + wouldRegisterText(s.provisional);
  text += `appended ${counted(s.appended, 'event')} to ${spec}`;
  text += s.duplicates > 0 ? ` (${counted(s.duplicates, 'event')} already in the log, skipped)\n` : '\n';
  if (s.defined.actors.length > 0) text += `defined actors: ${s.defined.actors.join(', ')}\n`;
  if (s.defined.issues.length > 0) text += `defined issues: ${s.defined.issues.join(', ')}\n`;
  // The withdrawals are events of the same append, counted above with the others.
  if (s.withdrawn.length > 0) text += `withdrew ${counted(s.withdrawn.length, 'statement')} read before at these articles' addresses and not in them now, in the same append (stancelog log marks ${s.withdrawn.length === 1 ? 'it' : 'them'})\n`;
  if (s.restored.length > 0) text += `restored ${counted(s.restored.length, 'statement')} read again, withdrawn by an earlier --replace, in the same append\n`;
  return text + provisionalText(s.provisional);
}

// What a dry run would register provisionally, said as the append says it, and where a name for it goes.
function wouldRegisterText({ actors, issues }: IngestSummary['provisional']): string {
  let text = '';
  if (actors.length > 0) text += `would register provisionally (actors): ${actors.join(', ')}\n`;
  if (issues.length > 0) text += `would register provisionally (issues): ${issues.join(', ')}\n`;
  if (actors.length + issues.length > 0) text += 'name them in --actors or --lexicon (or correct the statements after the ingest) to give them names and kinds\n';
  return text;
}

/**
 * Registers `stancelog ingest` on the program.
 *
 * @example
 * import { Command } from 'commander'
 * import { registerIngest } from './ingest.js'
 * const program = new Command('stancelog')
 * registerIngest(program, { stdout: process.stdout, stderr: process.stderr, cwd: '.', env: {} }, () => undefined)
 * assert.ok(program.commands.some((c) => c.name() === 'ingest'))
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function registerIngest(program: Command, io: CliIo, done: OutcomeSink): void {
  program
    .command('ingest')
    .description('read news articles (files or folders) and append the statements they hold, each with its quote; the same article twice adds nothing')
    .argument('<paths...>', `article files, or folders of them (their ${ARTICLE_EXTENSIONS.join(', ')} files; not their subfolders)`)
    .option('--published-at <date>', `publication date of every article (${DATE_OPTION_FORMS}), over front matter and sidecar files`)
    .option('--url <url>', 'address of the article(s)')
    .option('--publisher <name>', 'publisher of the article(s)')
    .option('--lexicon <file>', 'a lexicon JSON file (issues and their phrases), merged after the default one; give it on every ingest: the log keeps the issues the statements name, not their phrases')
    .option('--no-default-lexicon', "read with --lexicon alone, without the default lexicon of the 2025 Ukraine talks (whose words, 'negotiations', 'sanctions', would name its issues in another negotiation)")
    .option('--actors <file>', 'a JSON array of actors (id, kind, name, aliases, offices) added to the default register and the actors the log registers (over both), so their names are recognised; those the statements name, and the persons whose words they carry, are defined in the log with their aliases and offices, so later ingests into it read them without the file')
    .option('--min-confidence <n>', 'leave out the statements read with a confidence below n (0 to 1): 0.5 leaves out quoted words with no cue and issues the lexicon does not know (confidence 0.4), the weakest readings')
    .option('--explain', 'print the rules that produced each statement (on stderr with --json, naming the line of stdout it is on), and the lines not read as prose (on stderr)')
    .option('--dry-run', 'print the statements without writing the log (it is read, when there is one, for the actors and issues it defines, to warn as the run does of an article that reads otherwise than when it was ingested, and with --replace to list what would change)')
    .option('--replace', 'the articles are updated versions of ones ingested before: withdraw the statements read before from the same address and not read now (an analyst\'s correction of a statement withdrawn by hand stays)')
    .option('--json', 'print one statement per line as JSON, as `stancelog append` reads it; the log is still written unless --dry-run, and the summary goes to stderr; the actors and issues the statements name whom the log does not define come first, as actor-registered and issue-defined lines, and with --replace the withdrawals come last: append of the lines gives the log ingest writes')
    .option('--store <path|url>', STORE_OPTION_HELP)
    .action(async (paths: string[], opts: Omit<IngestCommandOptions, 'minConfidence'> & { minConfidence?: string }) => {
      // Read as a number here, said as typed when it is none ("--min-confidence high").
      const raw = opts.minConfidence;
      const min = raw === undefined ? undefined : raw.trim() === '' ? Number.NaN : Number(raw);
      if (min !== undefined && !(min >= 0 && min <= 1)) return done(left(cliError(`--min-confidence ${raw}: expected a number from 0 to 1 (0.5 leaves out the weakest readings)`)));
      done(await ingestCommand(paths, { ...opts, minConfidence: min }, io));
    });
}
