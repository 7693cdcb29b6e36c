/**
 * `stancelog append FILES...`: checks every line of every file (or of the
 * standard input, `-`), then appends them all in one batch (or nothing),
 * and says what was new, what the log already held or the input repeated,
 * and which actors and issues it now knows only from statements.
 *
 * @since 0.1.0
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import cliProgress from 'cli-progress';
import { applyToRegistry, emptyRegistry, eventId, isWithdrawn, nearNames, project, readAll as readLog, registry, replay, withdrawalsOf } from '@stancelog/core';
import type { EventStore, NewEvent, Reducer, RegistryState, StoredEvent } from '@stancelog/core';
import { readEvents } from './read-events.js';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';
import type { CliIo } from './io.js';
import { parseStatementLines } from './statement-file.js';
import { parseStatementTable, statementHeaderOf } from './statement-table.js';
import { decodeUtf8, notUtf8Message } from '@stancelog/ingest';
import { redact, storeSpec, withStore } from './store-option.js';
import { fsProblem } from './fs-error.js';
import { counted, oneLine } from './table.js';
import { lateRegistryWarning, registryDefinitions, undatedRegistryWarning } from './undated-registry.js';
import type { RegistryDefinitions } from './undated-registry.js';
import { speakerWarnings } from './speaker-check.js';
import { nameClashes } from './name-clash.js';
import { snapshotsOf } from './snapshot-option.js';
import { typedPositions } from './withdraw.js';

/**
 * Options of `stancelog append`.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { appendCommand } from '@stancelog/cli'
 * const cwd = mkdtempSync(join(tmpdir(), 'append-'))
 * writeFileSync(join(cwd, 'talks.jsonl'), '{"holder":"russia","issue":"ceasefire","kind":"reject","polarity":"-","source":{"quote":"no truce"}}\n')
 * let out = ''
 * const io = { stdout: { write: (s: string) => (out += s) }, stderr: process.stderr, cwd, env: {} }
 * // `store` names the log (relative to the working directory); `json` prints the report as JSON.
 * const r = await appendCommand('talks.jsonl', { store: 'istanbul.jsonl', json: true }, io)
 * assert.ok(r._tag === 'Right' && r.right.store === 'istanbul.jsonl')
 * assert.deepStrictEqual(JSON.parse(out), r.right)
 * @category commands
 * @since 0.1.0
 */
export interface AppendCommandOptions {
  readonly store?: string | undefined;
  readonly json?: boolean | undefined;
  /**
   * What the inputs hold (`--format`): `jsonl` (a statement or event as
   * JSON per line) or `csv` (a header row, then a statement per row). By
   * default a file is read by its name (`.csv` as CSV, any other as JSON
   * Lines) and the standard input as JSON Lines; a file whose name says the
   * other format is refused.
   */
  readonly format?: string | undefined;
}

/**
 * The format `append` reads an input in: `--format` when given, else the
 * one its name says (`.csv` a table, any other JSON Lines; the standard
 * input, `-`, JSON Lines); or why not, when `--format` says one and the
 * file's name the other (read as told, the file would fail on every line,
 * in words about the wrong format).
 *
 * @example
 * import { inputFormat } from './append.js'
 * assert.deepStrictEqual([inputFormat('talks.csv', undefined), inputFormat('-', undefined), inputFormat('-', 'csv')], [{ _tag: 'Right', right: 'csv' }, { _tag: 'Right', right: 'jsonl' }, { _tag: 'Right', right: 'csv' }])
 * const r = inputFormat('talks.jsonl', 'csv')
 * assert.ok(r._tag === 'Left' && r.left.message === 'talks.jsonl: --format csv, but its name says JSON Lines: rename it talks.csv if it holds CSV, or leave --format out (a file is read by its name; --format is for the standard input, -, and names that say neither)')
 * @category append
 * @since 0.1.0
 * @internal
 */
export function inputFormat(name: string, format: string | undefined): Either<CliError, 'jsonl' | 'csv'> {
  const byName = name === '-' ? undefined : /\.csv$/i.test(name) ? 'csv' : /\.jsonl?$/i.test(name) ? 'jsonl' : undefined;
  if (format === undefined) return right(byName ?? 'jsonl');
  const wanted = format.toLowerCase();
  if (wanted !== 'jsonl' && wanted !== 'csv') return left(cliError(`--format ${JSON.stringify(format)}: expected jsonl (a statement as JSON per line) or csv (a header row, then a statement per row)`));
  if (byName === undefined || byName === wanted) return right(wanted);
  const renamed = name.replace(/\.[^./\\]+$/, wanted === 'csv' ? '.csv' : '.jsonl');
  return left(cliError(`${name}: --format ${wanted}, but its name says ${FORMAT_NAMES[byName]}: rename it ${renamed} if it holds ${FORMAT_NAMES[wanted]}, or leave --format out (a file is read by its name; --format is for the standard input, -, and names that say neither)`));
}

const FORMAT_NAMES = { jsonl: 'JSON Lines', csv: 'CSV' } as const;

// What is said of a table of statements read as JSON Lines (the standard input, a .jsonl file, one named neither).
function tableNotJson(name: string, columns: ReadonlyArray<string>): string {
  const shown = columns.length > 4 ? `${columns.slice(0, 4).join(', ')}, ...` : columns.join(', ');
  const said = `the header of a table of statements (${shown}), not JSON`;
  if (name === '-') return `${said}: the standard input is read as JSON Lines; give --format csv to read it as a table`;
  if (/\.jsonl?$/i.test(name)) return `${said}: a file named ${name.slice(name.lastIndexOf('.'))} is read as JSON Lines; rename it ${name.replace(/\.[^./\\]+$/, '.csv')} to read it as a table`;
  return `${said}: give --format csv to read it as a table`;
}

/**
 * What `stancelog append --json` prints.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { appendCommand } from '@stancelog/cli'
 * const cwd = mkdtempSync(join(tmpdir(), 'append-'))
 * writeFileSync(join(cwd, 'talks.jsonl'), '{"holder":"russia","issue":"ceasefire","kind":"reject","polarity":"-","source":{"quote":"no truce"}}\n')
 * const io = { stdout: { write: (s: string) => s.length }, stderr: process.stderr, cwd, env: {} }
 * const first = await appendCommand('talks.jsonl', {}, io)
 * // No actor-registered event names russia: it is known only from the statement.
 * assert.ok(first._tag === 'Right' && first.right.appended === 1 && first.right.provisional.actors[0] === 'russia')
 * const again = await appendCommand('talks.jsonl', {}, io) // the same file twice: nothing new
 * assert.ok(again._tag === 'Right' && again.right.appended === 0 && again.right.duplicateIds[0] === first.right.ids[0])
 * // Twice in one input: written once, the other counted as a duplicate the input repeated.
 * const twice = await appendCommand(['talks.jsonl', 'talks.jsonl'], { store: 'other.jsonl' }, io)
 * assert.ok(twice._tag === 'Right' && twice.right.appended === 1 && twice.right.duplicates === 1 && twice.right.repeated === 1)
 * @category commands
 * @since 0.1.0
 */
export interface AppendReport {
  readonly store: string;
  readonly appended: number;
  /** Events read and not written: already in the log (`duplicateIds`), or repeating an earlier line of the input (`repeated`). */
  readonly duplicates: number;
  /** Lines that repeat an event earlier in the input: it is stored once. */
  readonly repeated: number;
  readonly head: number;
  /** Ids of the events written. */
  readonly ids: ReadonlyArray<string>;
  /** Ids of events the log already held (appending them again is a no-op). */
  readonly duplicateIds: ReadonlyArray<string>;
  /** Actors and issues the file named that the registry did not know: registered provisionally. */
  readonly provisional: { readonly actors: ReadonlyArray<string>; readonly issues: ReadonlyArray<string> };
}

// Files this long get a progress bar while they are checked (on a terminal only).
const PROGRESS_FROM = 20_000;

/**
 * Runs `stancelog append`: `files` are paths relative to the working
 * directory, `-` the standard input (`io.stdin`). Every line of every file
 * is checked first; if any is invalid, the invalid lines are named on
 * stderr (the first 20) and nothing is appended, from any file. Suspicious
 * dates are warned about on stderr, and their lines appended.
 *
 * @example
 * import { appendCommand } from '@stancelog/cli'
 * const io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: {} }
 * const r = await appendCommand('missing.jsonl', {}, io)
 * assert.ok(r._tag === 'Left' && r.left.message === 'missing.jsonl: no such file')
 * @category commands
 * @since 0.1.0
 */
export async function appendCommand(
  files: string | ReadonlyArray<string>,
  options: AppendCommandOptions,
  io: CliIo,
): Promise<Either<CliError, AppendReport>> {
  const names = typeof files === 'string' ? [files] : files;
  if (names.length === 0) return left(cliError('nothing to append: name one or more .jsonl (or .csv) files, or - for the standard input'));
  if (names.some((n) => n.trim() === '')) return left(cliError('a file name is empty: name .jsonl (or .csv) files, or - for the standard input (an unset shell variable?)'));
  if (names.filter((n) => n === '-').length > 1) return left(cliError('- (the standard input) is named twice: it can be read only once'));
  const formats: Array<'jsonl' | 'csv'> = [];
  for (const name of names) {
    const format = inputFormat(name, options.format);
    if (isLeft(format)) return format;
    formats.push(format.right);
  }
  const events: NewEvent[] = [];
  // Where each event was read (`talks.jsonl line 3`), for what is checked against the log.
  const where: string[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  let errorCount = 0;
  let warningCount = 0;
  for (const [n, name] of names.entries()) {
    const label = name === '-' ? 'stdin' : name;
    const csv = formats[n] === 'csv';
    let bytes: Uint8Array;
    try {
      const stdin = io.stdin ?? process.stdin;
      // Typed at a terminal, the input has no end until the user gives one: say how, rather than seem to hang.
      if (name === '-' && (stdin as { isTTY?: boolean }).isTTY === true) {
        io.stderr.write(`stancelog: reading statements from the terminal, ${csv ? 'a header row, then a statement per row' : 'one JSON object per line'}; end with Ctrl-D (Ctrl-Z then Enter on Windows)\n`);
      }
      bytes = name === '-' ? await readAll(stdin) : await readFile(resolve(io.cwd, name));
    } catch (error) {
      return left(cliError(fsProblem(error, label, csv ? 'a .csv file' : 'a .jsonl file')));
    }
    // Strict UTF-8: a lenient read would turn a bad byte into U+FFFD in a quote without a word.
    const text = decodeUtf8(bytes);
    if (isLeft(text)) {
      if (errorCount++ < MAX_REPORTED) {
        const stdin = name === '-';
        // In the words ingest uses for an article, with a command that appends what it converts. A .csv file is converted
        // in its place: piped on, it is read as the format told (the standard input's is JSON Lines).
        const then =
          csv && !stdin ? (command: string, file: string) => `${command} > ${file}.utf8 && mv ${file}.utf8 ${file}` : (command: string) => `${command} | stancelog append -${csv ? ' --format csv' : ''}`;
        errors.push(`${label} ${notUtf8Message(bytes, text.left, { file: stdin ? 'FILE' : name, whole: stdin ? 'the input' : 'the file', then })}`);
      }
      continue;
    }
    let parsed = checkLines(label, text.right, csv ? parseStatementTable : parseStatementLines, io);
    // A table read as JSON Lines fails on every line: said once, with how to read it as a table. Not when a line holds a
    // statement as JSON: that is JSON Lines under a stray header, whose line is named as any bad line is.
    const header = !csv && parsed.errorCount > 0 && parsed.events.length === 0 ? statementHeaderOf(text.right) : undefined;
    if (header !== undefined) parsed = { events: [], lines: [], errors: [`${label} line ${header.line}: ${tableNotJson(name, header.names)}`], errorCount: 1, warnings: [], warningCount: 0 };
    // Not push(...): a long file would overflow the stack.
    for (let i = 0; i < parsed.events.length; i++) {
      events.push(parsed.events[i]!);
      where.push(`${label} line ${parsed.lines[i]}`);
    }
    errors.push(...parsed.errors.slice(0, Math.max(0, MAX_REPORTED - errors.length)));
    warnings.push(...parsed.warnings.slice(0, Math.max(0, MAX_REPORTED - warnings.length)));
    errorCount += parsed.errorCount;
    warningCount += parsed.warningCount;
  }
  if (errorCount > 0) {
    // The lines that are valid are checked against the log too, in this same pass: one run names every invalid line.
    const refused = events.some((e) => e.type === 'event-withdrawn') ? await withdrawalsRefused(options.store, io, events, where) : [];
    const total = errorCount + refused.length;
    // In the order of the inputs and their lines: a withdrawal refused at line 1 is named before line 2's error, not after
    // (nor left among "more invalid lines").
    const labels = names.map((n) => `${n === '-' ? 'stdin' : n} line `);
    const rank = (message: string): [number, number] => {
      const file = labels.findIndex((l) => message.startsWith(l));
      return file < 0 ? [labels.length, 0] : [file, Number.parseInt(message.slice(labels[file]!.length), 10)];
    };
    const named = [...errors, ...refused]
      .map((message) => ({ message, at: rank(message) }))
      .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1])
      .slice(0, MAX_REPORTED)
      .map((e) => e.message);
    if (total === 1) return left(cliError(refused.length === 1 ? `${refused[0]}; nothing appended` : errors[0]!));
    // One line per bad line, as the other errors are; the last says what came of it.
    for (const e of named) io.stderr.write(`stancelog: ${oneLine(e)}\n`);
    if (total > named.length) io.stderr.write(`stancelog: and ${total - named.length} more invalid lines\n`);
    return left(cliError(`${total} lines are invalid (see above): nothing appended`));
  }
  for (const w of warnings) io.stderr.write(`stancelog: warning: ${oneLine(w)}\n`);
  if (warningCount > warnings.length) io.stderr.write(`stancelog: warning: and ${warningCount - warnings.length} more lines with such dates\n`);
  if (events.length === 0) return appendNothing(names, formats.includes('csv'), options, io);

  return withStore(options.store, io, 'write', async (store, spec) => {
    const named = provisionalNames(events, () => false, () => false);
    let known: { actors: Set<string>; issues: Set<string> };
    try {
      known = { actors: await knownIds(store, 'actor', named.actors), issues: await knownIds(store, 'issue', named.issues) };
    } catch (error) {
      return left(cliError(`store ${spec}: ${error instanceof Error ? error.message : String(error)}`));
    }
    let log: StoredEvent[] | undefined;
    if (events.some((e) => e.type === 'event-withdrawn')) {
      // Withdrawals are checked against the log as `withdraw` checks them; a log is read whole only for them.
      const read = await readEvents(store, spec, io);
      if (isLeft(read)) return read;
      log = read.right;
      const refused = checkWithdrawals(log, events, where);
      if (refused.errors.length > 0) {
        for (const e of refused.errors.slice(0, -1)) io.stderr.write(`stancelog: ${oneLine(e)}\n`);
        return left(cliError(refused.errors.length === 1 ? `${refused.errors[0]}; nothing appended` : `${refused.errors[refused.errors.length - 1]}; ${refused.errors.length} withdrawals name no earlier event (see above): nothing appended`));
      }
      for (const w of refused.warnings) io.stderr.write(`stancelog: warning: ${oneLine(w)}\n`);
    }
    // An issue within one that is within it: every read of the hierarchy would go round (the check needs the log's definitions).
    if (events.some((e) => e.type === 'issue-defined' && (e.data as { parent?: string }).parent !== undefined)) {
      let cycle: string | undefined;
      try {
        cycle = await parentCycle(store, events, where);
      } catch (error) {
        return left(cliError(`store ${spec}: ${error instanceof Error ? error.message : String(error)}`));
      }
      if (cycle !== undefined) return left(cliError(`${cycle}; nothing appended`));
    }
    // An id new to the log one slip from one it has (`liberal` beside `liberals`): appended, as a new actor or issue may
    // be, but said, as the reading commands answer a filter's slip. A hand correction is where such slips are made.
    // The log's registry, projected once (from its snapshot kept with the store) for both checks that need it.
    let logRegistry: Promise<RegistryState> | undefined;
    const registryOfLog = (): Promise<RegistryState> => (logRegistry ??= projectRegistry(store));
    let slips: string[];
    try {
      slips = await nearMisses(registryOfLog, events, where, known);
    } catch (error) {
      return left(cliError(`store ${spec}: ${error instanceof Error ? error.message : String(error)}`));
    }
    for (const w of slips.slice(0, MAX_REPORTED)) io.stderr.write(`stancelog: warning: ${oneLine(w)}\n`);
    if (slips.length > MAX_REPORTED) io.stderr.write(`stancelog: warning: and ${slips.length - MAX_REPORTED} more ids close to ones the log has\n`);
    // A speaker the register's offices contradict: the analysis reads speaker.actor alone, so the line would count for
    // another party, or as a report, without a word. And a name given to two actors, which ingest would read as either.
    let speakers: string[];
    try {
      speakers = await registerProblems(registryOfLog, events, where);
    } catch (error) {
      return left(cliError(`store ${spec}: ${error instanceof Error ? error.message : String(error)}`));
    }
    for (const w of speakers.slice(0, MAX_REPORTED)) io.stderr.write(`stancelog: warning: ${oneLine(w)}\n`);
    if (speakers.length > MAX_REPORTED) io.stderr.write(`stancelog: warning: and ${speakers.length - MAX_REPORTED} more lines the register contradicts\n`);
    // Statements back-filled into a log that defined what they name only later (its registry appended first, with no
    // recordedAt): --known-at between would see them without it. The log's definitions as they were before this append,
    // read for a back-fill alone (from their snapshot, as the registry's: not the whole log); said of what it wrote.
    const backFilled = events.some((e) => e.type === 'statement-made' && e.recordedAt !== undefined && Date.parse(e.recordedAt) < Date.now() - DAY_MILLIS);
    let definitions: RegistryDefinitions | undefined;
    if (backFilled) {
      try {
        definitions = log !== undefined ? replay(registryDefinitions(), log) : await projectState(store, registryDefinitions());
      } catch (error) {
        return left(cliError(`store ${spec}: ${error instanceof Error ? error.message : String(error)}`));
      }
    }
    const result = await store.append(events);
    if (isLeft(result)) return left(cliError(`store ${spec}: ${result.left.message}`));
    // Said of what this append wrote: a registry line the log held already was recorded when it was first appended.
    const written = new Set(result.right.appended.map((e) => e.id));
    const late = definitions && lateRegistryWarning(definitions, events, where, (e) => written.has(eventId(e)));
    if (late !== undefined) io.stderr.write(`stancelog: warning: ${oneLine(late)}\n`);
    const undated = undatedRegistryWarning(events, where, new Date(), (e) => written.has(eventId(e)));
    if (undated !== undefined) io.stderr.write(`stancelog: warning: ${oneLine(undated)}\n`);
    if (result.right.duplicates.length > 0) {
      // As the log stands after this append: a withdrawal in the batch may have restored the duplicate.
      const note = await withdrawnDuplicates(store, result.right.duplicates, log && [...log, ...result.right.appended]);
      if (note !== undefined) io.stderr.write(`stancelog: note: ${note}\n`);
    }
    // The store keeps one of each event repeated in a batch, without a word: what is neither written nor already in the log.
    const repeated = events.length - result.right.appended.length - result.right.duplicates.length;
    const report: AppendReport = {
      store: spec,
      appended: result.right.appended.length,
      duplicates: result.right.duplicates.length + repeated,
      repeated,
      head: result.right.head,
      ids: result.right.appended.map((e) => e.id),
      duplicateIds: result.right.duplicates,
      provisional: provisionalNames(events, (id) => known.actors.has(id), (id) => known.issues.has(id)),
    };
    io.stdout.write(options.json ? JSON.stringify(report, null, 2) + '\n' : describe(report));
    return right(report);
  });
}

/**
 * An input with no statement at all (an empty file, blank lines, and when
 * `table`, a table's header alone): said on stderr, as a file emptied by a
 * failed export or a wrong redirect is likelier than a wish to append
 * nothing. The log is not written, nor
 * created when there is none; the report is of the log as it is, and what
 * its read-only open says (an incomplete end left out) is said, as a
 * reading command says it. A log that does not open is not "no log".
 */
async function appendNothing(names: ReadonlyArray<string>, table: boolean, options: AppendCommandOptions, io: CliIo): Promise<Either<CliError, AppendReport>> {
  const inputs = names.map((n) => (n === '-' ? 'the standard input' : n));
  const holds = inputs.length === 1 ? `${inputs[0]} holds` : `${inputs.join(', ')} hold`;
  // A table's header is no blank line: a sheet of a header alone is what `log --csv` writes where no statement counts.
  io.stderr.write(`stancelog: warning: ${holds} no statements (${table ? 'a header alone, blank lines' : 'only blank lines'}, or nothing): nothing appended\n`);
  const spec = redact(storeSpec(options.store, io));
  // Read-only: no log is created, and none locked, for nothing. A log that cannot be opened (none yet) is at 0.
  const head = await withStore(options.store, io, 'read', async (store) => right(await store.head().catch(() => 0)));
  const report: AppendReport = { store: spec, appended: 0, duplicates: 0, repeated: 0, head: isLeft(head) ? 0 : head.right, ids: [], duplicateIds: [], provisional: { actors: [], issues: [] } };
  // The file opener's words for a log that is not there (store-option.ts); any other refusal is of a log that is.
  const noLog = isLeft(head) && head.left.message.startsWith('no log at ');
  // Said of a log that did not open (one of an older schema, a damaged one), as it would be said on the next append.
  if (isLeft(head) && !noLog) io.stderr.write(`stancelog: warning: ${oneLine(head.left.message)}\n`);
  // Said when there is no log: "appended 0 events to new.jsonl" alone reads as if one were there now.
  const text = describe(report).replace(/\n$/, noLog ? ' (no log there yet, and none was created)\n' : isLeft(head) ? ' (the log did not open: see above)\n' : '\n');
  io.stdout.write(options.json ? JSON.stringify(report, null, 2) + '\n' : text);
  return right(report);
}

/**
 * The withdrawals among the valid lines of a batch that has invalid ones,
 * checked against the log read-only (nothing is appended, so no log is
 * created or locked). A log that cannot be read adds nothing: the invalid
 * lines are reported all the same, and the check runs when they are fixed.
 * What the open says is said: a withdrawal of an event in an incomplete
 * end the read left out is refused, and the warning says why.
 */
async function withdrawalsRefused(option: string | undefined, io: CliIo, events: ReadonlyArray<NewEvent>, where: ReadonlyArray<string>): Promise<string[]> {
  const checked = await withStore(option, io, 'read', async (store, spec) => {
    const read = await readEvents(store, spec, io);
    return isLeft(read) ? read : right(checkWithdrawals(read.right, events, where).errors);
  });
  return isLeft(checked) ? [] : checked.right;
}

/**
 * The withdrawals of a batch checked against the log: one naming an event
 * neither in the log nor earlier in the batch withdraws nothing, ever (a
 * withdrawal applies to an earlier event), so it is an error; one naming an
 * event already withdrawn is appended with a warning.
 */
function checkWithdrawals(log: ReadonlyArray<StoredEvent>, events: ReadonlyArray<NewEvent>, where: ReadonlyArray<string>): { errors: string[]; warnings: string[] } {
  const positions = new Map(log.map((e) => [e.id, e.position]));
  // When the log learnt each event (those of the batch that say): a withdrawal recorded before it would make the log
  // have known of the withdrawal before the event, and change what --known-at answers of the days between.
  const recorded = new Map(log.map((e) => [e.id, e.recordedAt]));
  const inForce = withdrawalsOf(log);
  const errors: string[] = [];
  const warnings: string[] = [];
  const earlier = new Set<string>();
  events.forEach((e, i) => {
    const id = eventId(e);
    // A withdrawal already in the log (the same file appended again) is a duplicate, not a new claim.
    if (e.type === 'event-withdrawn' && !positions.has(id)) {
      const target = e.data.event;
      const position = positions.get(target);
      const targetRecorded = recorded.get(target);
      if (position === undefined && !earlier.has(target)) errors.push(`${where[i]}: data.event: no event ${target} in the log or before this line (a withdrawal takes back an earlier event)`);
      else if (e.recordedAt !== undefined && targetRecorded !== undefined && Date.parse(e.recordedAt) < Date.parse(targetRecorded)) {
        errors.push(`${where[i]}: recordedAt: ${e.recordedAt} is before the event it withdraws was recorded (${targetRecorded}): a withdrawal is recorded after what it takes back (leave recordedAt out to record it now)`);
      } else if (position !== undefined && isWithdrawn(inForce, { id: target, position })) {
        const by = inForce.get(target)!;
        warnings.push(`${where[i]}: #${position} is already withdrawn (by #${by.position}); withdrawing that withdrawal alone will not restore it now`);
      }
    }
    earlier.add(id);
    if (e.recordedAt !== undefined) recorded.set(id, e.recordedAt);
  });
  return { errors, warnings };
}

/** A note when some of the events the log already held are withdrawn: appending them again does not bring them back. */
async function withdrawnDuplicates(store: EventStore, duplicates: ReadonlyArray<string>, log: ReadonlyArray<StoredEvent> | undefined): Promise<string | undefined> {
  let withdrawals: ReadonlyArray<StoredEvent>;
  try {
    withdrawals = log ?? (await readLog(store, { tags: ['withdrawal'] }));
  } catch {
    return undefined; // a note, not the append's outcome
  }
  const inForce = withdrawalsOf(withdrawals);
  const by = duplicates.flatMap((id) => inForce.get(id) ?? []);
  if (by.length === 0) return undefined;
  const positions = by.map((w) => w.position);
  if (by.length === 1) return `an event already in the log was withdrawn (by #${positions[0]}: ${oneLine(by[0]!.data.reason)}): appending it again does not bring it back; stancelog withdraw ${typedPositions(positions)} --reason ... does`;
  return `${by.length} events already in the log were withdrawn (by #${positions.join(', #')}): appending them again does not bring them back; stancelog withdraw ${typedPositions(positions)} --reason ... does`;
}

// Invalid lines (and warnings) named one by one; beyond, they are counted.
const MAX_REPORTED = 20;

async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  return Buffer.concat(chunks);
}

/**
 * Which of these ids the log's registry already knows, without replaying
 * the log: each id's events are read by its tag (`actor:ID`, `issue:ID`),
 * one at a time, until one of them registers it. Usually the first does;
 * an issue named only as another's parent is tagged but not registered,
 * hence the fold rather than "any tagged event".
 */
async function knownIds(store: EventStore, kind: 'actor' | 'issue', ids: ReadonlyArray<string>): Promise<Set<string>> {
  const known = new Set<string>();
  for (const id of ids) {
    const scratch = emptyRegistry();
    const registered = (): boolean => (kind === 'actor' ? scratch.actors.has(id) : scratch.issues.has(id));
    let after = 0;
    for (let found = true; found && !registered(); ) {
      found = false;
      // One event a read: a read stopped early costs the PostgreSQL store its connection.
      for await (const batch of store.read({ tags: [`${kind}:${id}`], after, limit: 1 })) {
        for (const event of batch) {
          applyToRegistry(scratch, event);
          after = event.position;
          found = true;
        }
      }
    }
    if (registered()) known.add(id);
  }
  return known;
}

/**
 * Each actor and issue id a batch names (a statement's holder, speaker,
 * issue and conditions; an office's actor, an alias's actor, a parent),
 * once, by the first line and field that names it.
 */
function idMentions(events: ReadonlyArray<NewEvent>, where: ReadonlyArray<string>): Array<{ kind: 'actor' | 'issue'; id: string; at: string }> {
  const seen = new Set<string>();
  const out: Array<{ kind: 'actor' | 'issue'; id: string; at: string }> = [];
  const add = (kind: 'actor' | 'issue', id: string | undefined, at: string): void => {
    if (id === undefined || seen.has(`${kind}:${id}`)) return;
    seen.add(`${kind}:${id}`);
    out.push({ kind, id, at });
  };
  events.forEach((e, i) => {
    const line = where[i]!;
    switch (e.type) {
      case 'statement-made':
        add('actor', e.data.holder, `${line}: holder`);
        add('actor', e.data.speaker?.actor, `${line}: speaker.actor`);
        add('issue', e.data.issue, `${line}: issue`);
        (e.data.conditions ?? []).forEach((c, k) => add('issue', c.issue, `${line}: conditions[${k}].issue`));
        break;
      case 'actor-registered':
        (e.data.offices ?? []).forEach((o, k) => add('actor', o.actor, `${line}: data.offices[${k}].actor`));
        break;
      case 'office-held':
        add('actor', e.data.office.actor, `${line}: data.office.actor`);
        break;
      case 'alias-added':
        add('actor', e.data.actor, `${line}: data.actor`);
        break;
      case 'issue-defined':
        add('issue', e.data.parent, `${line}: data.parent`);
        break;
    }
  });
  return out;
}

/**
 * The ids a batch names that neither the log nor the batch's own
 * `actor-registered` and `issue-defined` lines have, and that are one slip
 * from an id they do have (as `nearNames` judges a filter's slip): a
 * warning each, naming the line, the field and the id meant. The log's ids
 * are its registry's (every actor and issue an event names, and each
 * issue named as a parent), from the projection `registered` gives, read
 * only when an id is new: the snapshot and the events since, not the whole
 * log. Those `known` holds already (found by tag) are no slips. An id that
 * only withdrawn events name is not offered as the one meant: withdrawn,
 * it is no id of the log for the registry or the analysis either (a slip
 * withdrawn is not what a new line meant).
 */
async function nearMisses(registered: () => Promise<RegistryState>, events: ReadonlyArray<NewEvent>, where: ReadonlyArray<string>, known: { actors: ReadonlySet<string>; issues: ReadonlySet<string> }): Promise<string[]> {
  const defined = { actor: new Set<string>(), issue: new Set<string>() };
  for (const e of events) {
    if (e.type === 'actor-registered') defined.actor.add(e.data.id);
    if (e.type === 'issue-defined') defined.issue.add(e.data.id);
  }
  const mentions = idMentions(events, where).filter((m) => !defined[m.kind].has(m.id) && !(m.kind === 'actor' ? known.actors : known.issues).has(m.id));
  if (mentions.length === 0) return [];
  const state = await registered();
  // An issue named only as another's parent is in the registry's hierarchy, not among its issues.
  const ids = { actor: new Set([...state.actors.keys(), ...defined.actor]), issue: new Set([...state.issues.keys(), ...state.children.keys(), ...defined.issue]) };
  return mentions.flatMap((m) => {
    if (ids[m.kind].has(m.id)) return [];
    const near = nearNames(m.id, ids[m.kind]);
    return near.length === 0 ? [] : [`${m.at} ${JSON.stringify(m.id)} is no ${m.kind} of the log; did you mean ${near.join(' or ')}? (appended all the same, as a new ${m.kind})`];
  });
}

// Recorded more than a day before now: a back-fill, not the clock of the machine that wrote the file.
const DAY_MILLIS = 24 * 60 * 60 * 1000;

// What the register says against a batch: names it gives that another actor has, then the speakers it contradicts,
// against the log's registry (`registered`, withdrawn events left out) with the batch's own registry events applied; no
// read of the log when the batch gives no name and names no speaker.
async function registerProblems(registered: () => Promise<RegistryState>, events: ReadonlyArray<NewEvent>, where: ReadonlyArray<string>): Promise<string[]> {
  if (!events.some((e) => (e.type === 'statement-made' && e.data.speaker !== undefined) || e.type === 'alias-added' || e.type === 'actor-registered')) return [];
  // nameClashes applies the batch's registry events to it: this is the projection's last reader (after nearMisses).
  const known = await registered();
  const clashes = nameClashes(events, where, known);
  return [...clashes, ...speakerWarnings(events, where, known, new Date())].map((w) => `${w} (appended all the same)`);
}

// The log's registry (withdrawn events left out), from its snapshot kept with the store (`LOG.snapshots/registry.snapshot`,
// PostgreSQL's table), which it saves as the analysis' is saved: each append is a process of its own, and a replay of
// the whole log for a registry of a few hundred events was a fifth of a one-line append's time at 100,000 events. A
// snapshot that cannot be loaded or saved costs that replay, and changes no warning: it is not said here (the reading
// commands say it of the analysis', kept in the same place).
async function projectRegistry(store: EventStore): Promise<RegistryState> {
  return projectState(store, registry());
}

/** A projection of the log from its snapshot kept with the store, if any (see `projectRegistry`); a store's failure is thrown. */
async function projectState<S>(store: EventStore, of: Reducer<S>): Promise<S> {
  const snapshots = snapshotsOf(store);
  const projected = await project(store, of, snapshots ? { snapshots } : {});
  if (isLeft(projected)) throw new Error(projected.left.message);
  return projected.right.state;
}

/**
 * The first `issue-defined` line of the batch whose parent makes the issues
 * a cycle (a within b within a), with the log's definitions and the batch's
 * (its last of an issue counts), as an error naming the line; undefined
 * when there is none. Only the issues up the chain are read from the log.
 */
async function parentCycle(store: EventStore, events: ReadonlyArray<NewEvent>, where: ReadonlyArray<string>): Promise<string | undefined> {
  const inBatch = new Map<string, string | undefined>();
  for (const e of events) if (e.type === 'issue-defined') inBatch.set(e.data.id, e.data.parent);
  const fromLog = new Map<string, string | undefined>();
  const parentOf = async (id: string): Promise<string | undefined> => {
    if (inBatch.has(id)) return inBatch.get(id);
    if (!fromLog.has(id)) {
      const scratch = emptyRegistry();
      // An issue's definitions, and its sub-issues' (tagged with it too): the registry keeps its own.
      for await (const batch of store.read({ tags: [`issue:${id}`] })) for (const event of batch) applyToRegistry(scratch, event);
      fromLog.set(id, scratch.issues.get(id)?.issue.parent);
    }
    return fromLog.get(id);
  };
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.type !== 'issue-defined' || e.data.parent === undefined || inBatch.get(e.data.id) !== e.data.parent) continue;
    const chain = [e.data.id];
    for (let node: string | undefined = e.data.parent; node !== undefined && chain.length <= 64; node = await parentOf(node)) {
      chain.push(node);
      if (node === e.data.id) {
        return `${where[i]}: data.parent: ${JSON.stringify(e.data.parent)} makes a cycle of issues (${chain.join(' within ')}): an issue is not within itself`;
      }
    }
  }
  return undefined;
}

function checkLines(file: string, text: string, parse: typeof parseStatementLines, io: CliIo): ReturnType<typeof parseStatementLines> {
  if (!io.stderr.isTTY || text.length < PROGRESS_FROM * 100) return parse(file, text, { maxReported: MAX_REPORTED });
  const bar = new cliProgress.SingleBar(
    { stream: io.stderr as unknown as NodeJS.WritableStream, format: 'checking {bar} {value}/{total} lines', clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  try {
    return parse(file, text, {
      maxReported: MAX_REPORTED,
      onLine: (line, total) => {
        if (!started) {
          bar.start(total, 0);
          started = true;
        }
        if (line % 1000 === 0 || line === total) bar.update(line);
      },
    });
  } finally {
    bar.stop();
  }
}

/**
 * The actors and issues a batch names that neither the registry nor the
 * batch's own registry events define: those its statements, offices and
 * aliases name, which the registry registers provisionally.
 *
 * @example
 * import { provisionalNames } from './append.js'
 * const events = [{ type: 'statement-made', data: { holder: 'poland', issue: 'grain-exports', kind: 'demand', polarity: '+', source: { quote: 'q' } } }] as any
 * assert.deepStrictEqual(provisionalNames(events, () => false, () => false), { actors: ['poland'], issues: ['grain-exports'] })
 * // An office or an alias of an actor nobody registered registers it provisionally too, the office's holder as well.
 * const office = { type: 'office-held', data: { person: 'maja-holm', office: { actor: 'centre', title: 'Party Leader', from: '2026-02-21' } } } as any
 * assert.deepStrictEqual(provisionalNames([office, { type: 'alias-added', data: { actor: 'greens', alias: 'Green League' } } as any], (id) => id === 'centre', () => false), { actors: ['greens', 'maja-holm'], issues: [] })
 * // So does an office given at registration: the person is registered, the actor of the office is not.
 * const lind = { type: 'actor-registered', data: { id: 'tomas-lind', kind: 'person', name: 'Tomas Lind', offices: [{ actor: 'centre', title: 'Party Leader', from: '2015-09-01' }] } } as any
 * assert.deepStrictEqual(provisionalNames([lind], () => false, () => false), { actors: ['centre'], issues: [] })
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function provisionalNames(
  events: ReadonlyArray<NewEvent>,
  actorKnown: (id: string) => boolean,
  issueKnown: (id: string) => boolean,
): { actors: string[]; issues: string[] } {
  const definedActors = new Set<string>();
  const definedIssues = new Set<string>();
  for (const e of events) {
    if (e.type === 'actor-registered') definedActors.add(e.data.id);
    if (e.type === 'issue-defined') definedIssues.add(e.data.id);
  }
  const actors = new Set<string>();
  const issues = new Set<string>();
  const actor = (id: string | undefined): void => {
    if (id !== undefined && !actorKnown(id) && !definedActors.has(id)) actors.add(id);
  };
  const issue = (id: string): void => {
    if (!issueKnown(id) && !definedIssues.has(id)) issues.add(id);
  };
  for (const e of events) {
    // What the registry registers provisionally: the ids of a statement, and those of an office (held, or given at registration) or an alias.
    if (e.type === 'statement-made') {
      actor(e.data.holder);
      actor(e.data.speaker?.actor);
      issue(e.data.issue);
      for (const c of e.data.conditions ?? []) issue(c.issue);
    } else if (e.type === 'office-held') {
      actor(e.data.person);
      actor(e.data.office.actor);
    } else if (e.type === 'alias-added') actor(e.data.actor);
    else if (e.type === 'actor-registered') for (const o of e.data.offices ?? []) actor(o.actor);
  }
  return { actors: [...actors].sort(), issues: [...issues].sort() };
}

function describe(r: AppendReport): string {
  let text = `appended ${counted(r.appended, 'event')} to ${r.store}`;
  const inLog = r.duplicates - r.repeated;
  if (r.repeated === 0 && inLog > 0) text += ` (${counted(inLog, 'duplicate')} already in the log, skipped)`;
  const earlier = r.repeated === 1 ? 'an earlier line' : 'earlier lines';
  if (r.repeated > 0 && inLog === 0) text += ` (${counted(r.repeated, 'duplicate')} of ${earlier}, skipped)`;
  if (r.repeated > 0 && inLog > 0) text += ` (${counted(r.duplicates, 'duplicate')} skipped: ${inLog} already in the log, ${r.repeated} of ${earlier})`;
  text += '\n';
  return text + provisionalText(r.provisional);
}

/**
 * The lines of a report that name the actors and issues registered
 * provisionally, and how to register them properly; empty when there are
 * none. `append` and `ingest` say it alike.
 *
 * @example
 * import { provisionalText } from './append.js'
 * assert.strictEqual(provisionalText({ actors: [], issues: ['ceasefire'] }), 'registered provisionally (issues): ceasefire\nregister them with actor-registered / issue-defined events to give them names and kinds\n')
 * assert.strictEqual(provisionalText({ actors: [], issues: [] }), '')
 * @category output
 * @since 0.1.0
 * @internal
 */
export function provisionalText(provisional: AppendReport['provisional']): string {
  const { actors, issues } = provisional;
  let text = '';
  if (actors.length > 0) text += `registered provisionally (actors): ${actors.join(', ')}\n`;
  if (issues.length > 0) text += `registered provisionally (issues): ${issues.join(', ')}\n`;
  if (actors.length + issues.length > 0) text += 'register them with actor-registered / issue-defined events to give them names and kinds\n';
  return text;
}
