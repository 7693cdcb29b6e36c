/**
 * Reading a `.jsonl` file of statements: every line is checked before
 * anything is appended, and the first bad line is named with its number and
 * the path of the wrong field.
 *
 * @since 0.1.0
 */
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { decodeIssues, Event, formatIssues, StatementInput, Timestamp } from '@stancelog/core';
import type { NewEvent } from '@stancelog/core';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';

/**
 * The events read from a file, with the line each came from.
 *
 * @example
 * import { parseStatementLines } from './statement-file.js'
 * const r = parseStatementLines('talks.jsonl', '\n{"holder":"russia","issue":"ceasefire","kind":"reject","polarity":"-","source":{"quote":"no truce"}}\n')
 * assert.ok(r._tag === 'Right')
 * // A statement becomes a `statement-made` event; its line number counts the blank line skipped.
 * assert.deepStrictEqual([r.right.events.map((e) => e.type), r.right.lines], [['statement-made'], [2]])
 * @category append
 * @since 0.1.0
 * @internal
 */
export interface ParsedLines {
  readonly events: ReadonlyArray<NewEvent>;
  readonly lines: ReadonlyArray<number>;
}

/**
 * Decodes the text of a `.jsonl` file: one statement (the JSON input
 * contract) or one typed event per line; blank lines are skipped. The
 * first invalid line fails the whole file. `onLine` reports progress.
 *
 * @example
 * import { parseStatementLines } from './statement-file.js'
 * const bad = parseStatementLines('talks.jsonl', '{"holder":"russia","issue":"ceasefire","kind":"reject","polarity":"no","source":{"quote":"q"}}\n')
 * assert.ok(bad._tag === 'Left' && bad.left.message.startsWith('talks.jsonl line 1: polarity'))
 * @category append
 * @since 0.1.0
 * @internal
 */
export function parseStatementLines(
  file: string,
  text: string,
  onLine?: (lineNumber: number, total: number) => void,
): Either<CliError, ParsedLines> {
  const rows = text.split(/\r?\n/);
  const events: NewEvent[] = [];
  const lines: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!.trim();
    onLine?.(i + 1, rows.length);
    if (row === '') continue;
    const where = `${file} line ${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(row);
    } catch (error) {
      return left(cliError(`${where}: not JSON: ${(error as Error).message}`));
    }
    const event = toEvent(value);
    if (isLeft(event)) return left(cliError(`${where}: ${event.left}`));
    events.push(event.right);
    lines.push(i + 1);
  }
  return right({ events, lines });
}

function toEvent(value: unknown): Either<string, NewEvent> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return left('expected a JSON object');
  // A line with a `type` is any event of the log (e.g. `actor-registered`),
  // so a file can carry the registry along with the statements.
  if ('type' in value) {
    const { recordedAt, ...event } = value as { recordedAt?: unknown };
    if (recordedAt !== undefined && !Timestamp.is(recordedAt)) {
      return left(`recordedAt: expected an ISO timestamp or YYYY-MM-DD, got ${JSON.stringify(recordedAt)}`);
    }
    const decoded = Event.decode(event);
    if (isLeft(decoded)) return left(formatIssues(decodeIssues(decoded.left)));
    return right({ ...decoded.right, ...(recordedAt !== undefined ? { recordedAt } : {}) } as NewEvent);
  }
  const decoded = StatementInput.decode(value);
  if (isLeft(decoded)) return left(formatIssues(decodeIssues(decoded.left)));
  const { recordedAt, ...data } = decoded.right;
  return right({ type: 'statement-made', data, ...(recordedAt !== undefined ? { recordedAt } : {}) } as NewEvent);
}
