/**
 * Reading a `.jsonl` file of statements: every line is checked before
 * anything is appended, and every bad line is named with its number and
 * the path of each wrong or unknown field. Dates that look wrong (stated
 * after they were recorded, recorded in the future) are warnings.
 *
 * @since 0.1.0
 */
import { isLeft, isRight, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { blankTextIssues, conditionIssues, dateWarnings, decodeIssues, Event, officeIssues, parentIssues, formatIssues, StatementInput, statedWeekIssues, Timestamp, unknownFieldIssue, unknownFieldIssues } from '@stancelog/core';
import type { NewEvent } from '@stancelog/core';
import { parseJson, shellWord } from '@stancelog/ingest';
import { parseJsonLine } from './json-file.js';

/**
 * The events read from a file, with the line each came from, and what was
 * wrong with the others.
 *
 * @example
 * import { parseStatementLines } from './statement-file.js'
 * const r = parseStatementLines('talks.jsonl', '\n{"holder":"russia","issue":"ceasefire","kind":"reject","polarity":"-","source":{"quote":"no truce"}}\n')
 * // A statement becomes a `statement-made` event; its line number counts the blank line skipped.
 * assert.deepStrictEqual([r.events.map((e) => e.type), r.lines, r.errors], [['statement-made'], [2], []])
 * @category append
 * @since 0.1.0
 * @internal
 */
export interface ParsedLines {
  readonly events: ReadonlyArray<NewEvent>;
  readonly lines: ReadonlyArray<number>;
  /** One message per invalid line (`talks.jsonl line 3: ...`), the first `maxReported` of them. */
  readonly errors: ReadonlyArray<string>;
  /** How many lines are invalid, all told. */
  readonly errorCount: number;
  /** One message per suspicious date (the line still goes in), the first `maxReported` of them. */
  readonly warnings: ReadonlyArray<string>;
  readonly warningCount: number;
}

/**
 * Options of {@link parseStatementLines}.
 *
 * @example
 * import { parseStatementLines } from './statement-file.js'
 * const line = '{"holder":"russia","issue":"ceasefire","kind":"reject","polarity":"-","statedAt":"2025-06-01","source":{"quote":"q"}}'
 * // Without a recordedAt the line is recorded now: stated in June 2025 is in the future on 1 May 2025.
 * const r = parseStatementLines('talks.jsonl', line, { now: new Date('2025-05-01T00:00:00Z') })
 * assert.deepStrictEqual(r.warnings, ['talks.jsonl line 1: statedAt 2025-06-01 is in the future'])
 * @category append
 * @since 0.1.0
 * @internal
 */
export interface ParseOptions {
  /** Progress: called before each line. */
  readonly onLine?: ((lineNumber: number, total: number) => void) | undefined;
  /** Messages kept, for errors and warnings each (default 20); the counts go on. */
  readonly maxReported?: number | undefined;
  /** What "the future" is measured from (default: now). */
  readonly now?: Date | undefined;
}

/**
 * Decodes the text of a `.jsonl` file: one statement (the JSON input
 * contract) or one typed event per line; blank lines are skipped. Every
 * line is checked, and every invalid one reported: a value of the wrong
 * type, a missing field, or a field the contract does not have (a typo
 * would otherwise be dropped without a word).
 *
 * @example
 * import { parseStatementLines } from './statement-file.js'
 * const text = [
 *   '{"holder":"russia","issue":"ceasefire","kind":"reject","polarity":"no","source":{"quote":"q"}}',
 *   '{"holder":"russia","issue":"ceasefire","kind":"reject","polarity":"-","stated_at":"2025-05-16","source":{"quote":"q"}}',
 * ].join('\n')
 * const r = parseStatementLines('talks.jsonl', text)
 * assert.strictEqual(r.errorCount, 2)
 * assert.ok(r.errors[0]!.startsWith('talks.jsonl line 1: polarity: expected one of '))
 * assert.strictEqual(r.errors[1], 'talks.jsonl line 2: stated_at: unknown field (statedAt?)')
 * @category append
 * @since 0.1.0
 * @internal
 */
export function parseStatementLines(file: string, text: string, options: ParseOptions = {}): ParsedLines {
  const rows = text.split(/\r?\n/);
  const found = lineCollector(file, options);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!.trim();
    options.onLine?.(i + 1, rows.length);
    if (row === '') continue;
    const parsed = parseJsonLine(row);
    if (isLeft(parsed)) {
      const whole = found.empty() ? wholeFileJson(text) : undefined;
      if (whole !== undefined) {
        // A JSON array or object written over many lines: one error, not one per line.
        found.fail(
          i + 1,
          whole.storedEvents
            ? `${whole.text}, not JSON Lines of statements: stancelog copy moves events from one log to another, ids and recording times kept; to append them, leave out their envelopes (id, position, schema, tags), which the store computes (jq -c '.[] | ${DROP_ENVELOPE}' does both)`
            : `${whole.text}, not JSON Lines: write each statement as one JSON object on a line of its own (jq -c '${whole.text.includes('JSON array') ? '.[]' : '.'}' converts it)`,
        );
        return found.stopped();
      }
      found.fail(i + 1, parsed.left);
      continue;
    }
    const value = parsed.right;
    if (isBatchRecord(value)) {
      if (found.empty()) {
        // A log file named as the input: one error for the file, not one per stored event.
        const from = file === 'stdin' ? 'LOG' : shellWord(file);
        found.fail(i + 1, `this is a stancelog log (a batch record, then stored events), not a file of statements: stancelog copy --store ${from} --to OTHER.jsonl adds its events to another log, ids and recording times kept`);
        return found.stopped();
      }
      found.fail(i + 1, 'a batch record of a stancelog log file, not an event (a log file was joined to this one?): leave it out');
      continue;
    }
    found.add(i + 1, value);
  }
  return found.done();
}

/**
 * Gathers what the lines of one file give, as {@link ParsedLines} says it:
 * each value read off a line checked as a statement or typed event (the
 * same checks, the same words, whatever the file's format), the errors and
 * date warnings numbered by line, the first `maxReported` of each kept.
 *
 * @example
 * import { lineCollector } from './statement-file.js'
 * const found = lineCollector('talks.csv', {})
 * found.add(2, { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: 'no', source: { quote: 'q' } })
 * found.fail(3, 'not CSV')
 * const r = found.done()
 * assert.deepStrictEqual([r.errorCount, r.errors[1]], [2, 'talks.csv line 3: not CSV'])
 * assert.ok(r.errors[0]!.startsWith('talks.csv line 2: polarity: expected one of '))
 * @category append
 * @since 0.1.0
 * @internal
 */
export function lineCollector(file: string, options: Pick<ParseOptions, 'maxReported' | 'now'>) {
  const max = options.maxReported ?? 20;
  const now = (options.now ?? new Date()).getTime();
  const events: NewEvent[] = [];
  const lines: number[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  let errorCount = 0;
  let warningCount = 0;
  const fail = (line: number, message: string): void => {
    if (errorCount++ < max) errors.push(`${file} line ${line}: ${message}`);
  };
  return {
    fail,
    /** Nothing read yet, right or wrong: a first line that says what the whole file is. */
    empty: (): boolean => errorCount === 0 && events.length === 0,
    /**
     * A value read off line `line` (a JSON line, a table's row as an object): checked, then kept or said wrong, with
     * `hint` (how to mend it where the value came from) after what is wrong.
     */
    add: (line: number, value: unknown, hint?: string): void => {
      let event: Either<string, NewEvent>;
      try {
        event = toEvent(value);
      } catch (error) {
        // The codecs and the field checks recurse: thousands of nested arrays exhaust the stack.
        if (!(error instanceof RangeError)) throw error;
        return fail(line, 'nested too deeply to be an event (arrays or objects thousands of levels deep)');
      }
      if (isLeft(event)) return fail(line, hint === undefined ? event.left : `${event.left} (${hint})`);
      for (const w of dateWarnings(event.right, now)) if (warningCount++ < max) warnings.push(`${file} line ${line}: ${w.message}`);
      events.push(event.right);
      lines.push(line);
    },
    /** The file said wrong as a whole: its error alone. */
    stopped: (): ParsedLines => ({ events: [], lines: [], errors, errorCount, warnings: [], warningCount: 0 }),
    done: (): ParsedLines => ({ events, lines, errors, errorCount, warnings, warningCount }),
  };
}

// The fields of a stored event's envelope: the store computes them, a line does not carry them.
const ENVELOPE = new Set(['id', 'position', 'schema', 'tags']);

// What log --json adds to a stored event, beside its envelope.
const LOG_JSON_FIELDS = ['withdrawnBy'];

// The jq filter that turns a stored event (a log file's line, an element of log --json) into a line to append.
const DROP_ENVELOPE = `del(${[...ENVELOPE, ...LOG_JSON_FIELDS].map((f) => `.${f}`).join(', ')})`;

// A stored event, envelope and all: its id and position say so (a line of a log file, or of log --json's array).
function isStoredEvent(value: object): boolean {
  return 'id' in value && 'position' in value && 'type' in value;
}

// The first line of each batch a file log writes (`{"batch": 2, "first": 3, "sha256": "..."}`).
function isBatchRecord(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && 'batch' in value && 'sha256' in value && !('type' in value) && !('holder' in value);
}

// A typed line's own fields: the event's, and the recordedAt read off the line before the codec sees the event.
const EVENT_LINE_FIELDS: ReadonlyArray<string> = ['type', 'data', 'recordedAt'];

// What is wrong with a line, and the keys of it no codec declares (core's
// walk); `lineFields`, when given, are the names a top-level key is among.
function problems(issues: ReadonlyArray<string>, codec: typeof Event | typeof StatementInput, value: object, lineFields?: ReadonlyArray<string>): ReadonlyArray<string> {
  const unknown = unknownFieldIssues(codec, value).map((issue) => {
    if (!Object.prototype.hasOwnProperty.call(value, issue.path)) return issue.message;
    if (ENVELOPE.has(issue.path)) return unknownFieldIssue(issue.path, [], 'the store computes it: leave it out').message;
    return lineFields ? unknownFieldIssue(issue.path, lineFields).message : issue.message;
  });
  return [...issues, ...unknown];
}

// What a file whose first line is not JSON holds, when the whole of it is.
function wholeFileJson(text: string): { readonly text: string; readonly storedEvents: boolean } | undefined {
  const parsed = parseJson(text);
  if (isLeft(parsed)) return undefined;
  const value = parsed.right;
  if (Array.isArray(value) && value.length > 0 && value.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v) && isStoredEvent(v))) {
    return { text: `the file is one JSON array of ${value.length} stored ${value.length === 1 ? 'event' : 'events'} (as stancelog log --json prints them) written over several lines`, storedEvents: true };
  }
  if (Array.isArray(value)) return { text: `the file is one JSON array (of ${value.length} ${value.length === 1 ? 'value' : 'values'}) written over several lines`, storedEvents: false };
  if (value !== null && typeof value === 'object') return { text: 'the file is one JSON object written over several lines', storedEvents: false };
  return undefined;
}

function toEvent(value: unknown): Either<string, NewEvent> {
  if (Array.isArray(value)) return left(`expected a JSON object, got an array (of ${value.length} ${value.length === 1 ? 'value' : 'values'}): write each statement as one JSON object on a line of its own`);
  if (value === null || typeof value !== 'object') return left('expected a JSON object');
  if (isStoredEvent(value)) {
    // Copied from a log file or log --json: one word for the envelope, then what else is wrong with the event.
    const envelope = Object.keys(value).filter((k) => ENVELOPE.has(k) || LOG_JSON_FIELDS.includes(k));
    const event = Object.fromEntries(Object.entries(value).filter(([k]) => !envelope.includes(k)));
    const said = `${envelope.join(', ')}: the envelope of a stored event (a line of a log file, or of log --json), which the store computes: leave it out (jq -c '${DROP_ENVELOPE}'), or copy a whole log with stancelog copy`;
    const rest = toEvent(event);
    return left(isLeft(rest) ? `${said}; ${rest.left}` : said);
  }
  // A line with a `type` is any event of the log (e.g. `actor-registered`),
  // so a file can carry the registry along with the statements.
  if ('type' in value) {
    // The event's fields written beside its type rather than in data: said once, rather than each as unknown.
    const beside = Object.keys(value).filter((k) => !EVENT_LINE_FIELDS.includes(k));
    if (!('data' in value) && beside.length > 0) {
      const statement = (value as { type?: unknown }).type === 'statement-made';
      return left(
        `data: missing: a line with a type holds the event's fields in "data", and ${beside.join(', ')} ${beside.length === 1 ? 'is' : 'are'} beside it: ${statement ? 'leave "type" out (a line without one is a statement), or ' : ''}move ${beside.length === 1 ? 'it' : 'them'} into "data": {...}`,
      );
    }
    const { recordedAt, ...event } = value as { recordedAt?: unknown };
    const found: string[] = [];
    if (recordedAt !== undefined && !Timestamp.is(recordedAt)) {
      found.push(`recordedAt: expected an ISO timestamp or YYYY-MM-DD, got ${JSON.stringify(recordedAt)}`);
    }
    const decoded = Event.decode(event);
    if (isLeft(decoded)) found.push(formatIssues(decodeIssues(decoded.left)));
    const all = [...problems(found, Event, event, EVENT_LINE_FIELDS)];
    if ((event as { type?: unknown }).type === 'statement-made') all.push(...blankFields((event as { data?: unknown }).data, 'data.'));
    if (isRight(decoded)) for (const issue of statedWeekIssues(decoded.right)) all.push(issue.message);
    // What the store refuses too, said here with the line's number (the store could only name the batch's event).
    if (isRight(decoded) && decoded.right.type === 'statement-made') for (const issue of conditionIssues(decoded.right.data, 'data')) all.push(issue.message);
    // A statement's blank texts are said above, decoded or not.
    if (isRight(decoded)) for (const issue of [...officeIssues(decoded.right), ...parentIssues(decoded.right), ...(decoded.right.type === 'statement-made' ? [] : blankTextIssues(decoded.right))]) all.push(issue.message);
    if (all.length > 0 || isLeft(decoded)) return left(all.join('; '));
    return right({ ...decoded.right, ...(recordedAt !== undefined ? { recordedAt } : {}) } as NewEvent);
  }
  const decoded = StatementInput.decode(value);
  const all = [...problems(isLeft(decoded) ? [formatIssues(decodeIssues(decoded.left))] : [], StatementInput, value)];
  // Said with the line's other errors, not on the next run once they are mended.
  all.push(...blankFields(value, ''));
  // A statement line is the event's data: its paths without "data.".
  if (isRight(decoded)) for (const issue of statedWeekIssues({ type: 'statement-made', data: decoded.right })) all.push(issue.message.replace(/^data\./, ''));
  if (isRight(decoded)) for (const issue of conditionIssues(decoded.right)) all.push(issue.message);
  if (all.length > 0 || isLeft(decoded)) return left(all.join('; '));
  const { recordedAt, ...data } = decoded.right;
  return right({ type: 'statement-made', data, ...(recordedAt !== undefined ? { recordedAt } : {}) } as NewEvent);
}

// The blank texts of a statement's data, decoded or not, as errors with their paths after `prefix`: core's check of an
// append (a statement needs words to rest on, and a named speaker), said here with the line's other errors.
function blankFields(data: unknown, prefix: string): string[] {
  return blankTextIssues({ type: 'statement-made', data: data ?? {} })
    .filter((issue) => issue.expected.endsWith('(not blank)'))
    .map((issue) => `${prefix}${issue.message.replace(/^data\./, '')}`);
}
