/**
 * Reading the JSON a user gives the CLI: a JSON file (`ingest --actors`, a
 * report's `data.json`) or a line of a JSON Lines file (`append`). One
 * parser for all, `@stancelog/ingest`'s `parseJson` (the lexicon's): text
 * that is not JSON is said by its file, line and column, in words that are
 * the same whatever the version of Node (`JSON.parse`'s change with it, and
 * give a character offset, not a column).
 *
 * @since 0.1.0
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { decodeText, parseJson } from '@stancelog/ingest';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';
import { fsProblem } from './fs-error.js';

/**
 * The value of the JSON file at `file` (relative to `cwd`, and named in
 * errors as given): a file that cannot be read is said as every path the
 * user gives is (`what` says what it should have been, for a folder given
 * instead); one that is not UTF-8 (UTF-16, gzip, Latin-1) as an article
 * is, with the command that converts it; text that is not JSON by its line
 * and column. A leading byte order mark is skipped.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { readJsonFile } from './json-file.js'
 * const dir = mkdtempSync(join(tmpdir(), 'json-'))
 * writeFileSync(join(dir, 'actors.json'), '[{ "id": "union",\n  "name": "The union"\n  "kind": "organisation" }]')
 * const r = readJsonFile('actors.json', dir, 'a JSON file of actors')
 * assert.ok(r._tag === 'Left' && r.left.message === 'actors.json: not JSON at line 3, column 3: expected "," or "}" after a field\'s value, got the string "kind" (a "," missing?)')
 * const none = readJsonFile('nope.json', dir, 'a JSON file of actors')
 * assert.ok(none._tag === 'Left' && none.left.message === 'nope.json: no such file')
 * @category input
 * @since 0.1.0
 * @internal
 */
export function readJsonFile(file: string, cwd: string, what: string): Either<CliError, unknown> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(cwd, file));
  } catch (error) {
    return left(cliError(fsProblem(error, file, what)));
  }
  const text = decodeText(bytes, file, Infinity);
  if (isLeft(text)) return left(cliError(text.left.message));
  const parsed = parseJson(text.right);
  return isLeft(parsed) ? left(cliError(`${file}: ${parsed.left.message}`)) : right(parsed.right);
}

/**
 * The value of one line of a JSON Lines file; a `Left` says where in the
 * line it stops being JSON, and what was found there, for a message that
 * names the file and line before it (`talks.jsonl line 4: not JSON at
 * column 21: ...`). As fast as `JSON.parse` on a line that is JSON: only a
 * line that is not is read again for the words.
 *
 * @example
 * import { parseJsonLine } from './json-file.js'
 * assert.deepStrictEqual(parseJsonLine('{"holder": "russia"}'), { _tag: 'Right', right: { holder: 'russia' } })
 * const r = parseJsonLine('{"holder": "russia" "issue": "ceasefire"}')
 * assert.deepStrictEqual(r, { _tag: 'Left', left: 'not JSON at column 21: expected "," or "}" after a field\'s value, got the string "issue" (a "," missing?)' })
 * @category input
 * @since 0.1.0
 * @internal
 */
export function parseJsonLine(line: string): Either<string, unknown> {
  try {
    return right(JSON.parse(line));
  } catch {
    const parsed = parseJson(line);
    // A line is one line: its column is its offset (a lone carriage return within it would make parseJson count two).
    return isLeft(parsed) ? left(`not JSON at column ${parsed.left.offset + 1}: ${parsed.left.problem}`) : right(parsed.right);
  }
}
