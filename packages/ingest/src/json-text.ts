/**
 * Reading JSON text that a person wrote (a lexicon, a register of actors, a
 * sidecar of metadata): where it stops being JSON, by line and column, and
 * what was found there. `JSON.parse` says so in the engine's words, which
 * differ between Node versions and, in Node 20, give an offset at best
 * (`Expected ',' or '}' after property value in JSON at position 108`), and
 * no place at all for an unexpected character (`Unexpected token '}',
 * ..."s": ["x", }]}"... is not valid JSON`). jsonc-parser finds the place;
 * this module says in words what is wrong there.
 *
 * @since 0.1.0
 */
import * as E from 'fp-ts/lib/Either.js';
import { getLocation, parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

/**
 * Where a text stops being JSON, and why.
 *
 * @example
 * import { parseJson, type JsonSyntaxError } from '@stancelog/ingest'
 * const r = parseJson('{\n  "name": "port",\n  "issues": [,]\n}')
 * const error: JsonSyntaxError | undefined = r._tag === 'Left' ? r.left : undefined
 * assert.deepStrictEqual(error, {
 *   offset: 33, line: 3, column: 14,
 *   problem: 'expected a value, got ","',
 *   message: 'not JSON at line 3, column 14: expected a value, got ","',
 * })
 * @category input
 * @since 0.1.0
 */
export interface JsonSyntaxError {
  /** The offset in the text of the first character that is not JSON, from 0 (the text's length when it ends too soon). */
  readonly offset: number;
  /** Its line, from 1 (a line ends at `\n`, `\r\n` or a `\r` alone). */
  readonly line: number;
  /** Its column, from 1, in characters (UTF-16 code units, as editors count them); a leading byte order mark is not counted. */
  readonly column: number;
  /** What is wrong there, in words: `expected "," or "}" after a field's value, got the string "aliases" (a "," missing?)`. */
  readonly problem: string;
  /** `not JSON at line L, column C: PROBLEM`, for a message that names the file before it. */
  readonly message: string;
}

/**
 * Parses JSON text as `JSON.parse` does (the same value, the same texts
 * refused), with a leading byte order mark (U+FEFF, which Windows editors
 * write and `JSON.parse` refuses) ignored. Text that is not JSON is a
 * `Left` saying where (line and column, the same whatever the version of
 * Node) and what was found: a comma missing or one too many, a string
 * never closed, a backslash that escapes nothing, a word that is no value,
 * a comment.
 *
 * @example
 * import { parseJson } from '@stancelog/ingest'
 * assert.deepStrictEqual(parseJson('\uFEFF{"name": "port"}'), { _tag: 'Right', right: { name: 'port' } })
 * const missingComma = parseJson('[{ "id": "union",\n   "name": "The union"\n   "aliases": ["HWU"] }]')
 * assert.ok(missingComma._tag === 'Left')
 * assert.strictEqual(missingComma.left.message, 'not JSON at line 3, column 4: expected "," or "}" after a field\'s value, got the string "aliases" (a "," missing?)')
 * const trailing = parseJson('{ "phrases": ["pay rise",] }')
 * assert.ok(trailing._tag === 'Left' && trailing.left.problem === 'expected a value after ",", got "]" (JSON has no "," after the last item of a list)')
 * @category input
 * @since 0.1.0
 */
export function parseJson(text: string): E.Either<JsonSyntaxError, unknown> {
  // A byte order mark is no part of the JSON: skipped, and still counted in offsets (they are the text's).
  const skip = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = skip === 1 ? text.slice(1) : text;
  try {
    // The value is JSON.parse's, and so is the verdict: jsonc-parser builds objects its own way (a "__proto__" key).
    return E.right(JSON.parse(body));
  } catch (error) {
    const found = firstProblem(body) ?? enginePlace(body, error);
    const { line, column } = placeOf(body, found.at);
    return E.left({ offset: found.at + skip, line, column, problem: found.problem, message: `not JSON at line ${line}, column ${column}: ${found.problem}` });
  }
}

interface Problem {
  readonly at: number;
  readonly problem: string;
}

// Where jsonc-parser says nothing (nesting deeper than its recursion allows): the engine's words, at its position if it gives one.
function enginePlace(text: string, error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const at = /at position (\d+)/.exec(message);
  return { at: at ? Math.min(Number(at[1]), text.length) : 0, problem: message.replace(/ in JSON at position \d+.*$/, '') };
}

// Line and column (both from 1) of an offset: a line ends at \n, \r\n, or a \r alone.
function placeOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

// JSON's numbers, and what a person may write for one (.5, 1., 01, 1.5.3, a lone -).
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const NUMBERISH = /^-?[0-9.][0-9.eE+-]*|^-/;
const notANumber = (number: string): string => `${number} is not a number as JSON writes one (digits, with no leading 0, "+" or bare ".")`;
// In a string: a good escape, else (captured) a bad one or a control character.
const STRING_SLIP = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})|(\\u[0-9A-Za-z]{0,4}|\\[^]|[\u0000-\u001f])/g;
// Text of the input as a message quotes it: its control characters as escapes, so that they cannot act on a terminal.
const shown = (raw: string): string => raw.replace(/[\u0000-\u001f]/g, (ch) => JSON.stringify(ch).slice(1, -1));

// The first error jsonc-parser finds, in words; undefined when it finds none.
function firstProblem(text: string): Problem | undefined {
  const errors: ParseError[] = [];
  try {
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    return undefined; // RangeError: its parser recurses, JSON.parse does not
  }
  const first = errors[0];
  if (first === undefined) return undefined;
  const { offset, length } = first;
  const code = printParseErrorCode(first.error);
  // A string where a value or a field's name may stand (else it is out of place, whatever is in it).
  const string = code === 'UnexpectedEndOfString' || code === 'InvalidEscapeCharacter' || code === 'InvalidUnicode' || code === 'InvalidCharacter';
  if (string && /^[{[,:]?$/.test(tokenBefore(text, offset))) {
    // jsonc-parser names the string, and of its slips the last: the first is named, where it is.
    const slip = inString(text.slice(offset, offset + length));
    if (slip !== undefined) return { at: offset + slip.at, problem: slip.problem };
    return { at: offset, problem: `a string opened here is ${offset + length < text.length ? 'not closed on its line (a closing " missing?)' : 'never closed'}` };
  }
  // Else a token out of place, or one JSON does not have (a word, a quote, a comment, a number JSON does not write).
  const problem = outOfPlace(text, offset);
  // true+, null': jsonc-parser reads one unknown word where JSON reads a value, then what follows it.
  const value = code === 'InvalidSymbol' && problem.problem.startsWith('expected a value') ? /^(?:true|false|null)(?![\w$])/.exec(text.slice(offset, offset + 6)) : null;
  return value ? outOfPlace(text, offset + value[0].length) : problem;
}

// The last character before `at` that is not whitespace: where the token before it ends (before the first error, all is JSON).
function tokenBefore(text: string, at: number): string {
  const before = text.slice(0, at).trimEnd();
  return before.slice(-1);
}

// The first slip inside a string's text (from its opening quote), if any: a bad escape or a control character.
function inString(string: string): Problem | undefined {
  for (const m of string.matchAll(STRING_SLIP)) {
    const slip = m[1];
    if (slip === undefined) continue;
    if (slip.startsWith('\\u')) return { at: m.index, problem: `${slip} is no escape of JSON: \\u takes 4 hexadecimal digits` };
    if (slip.startsWith('\\')) return { at: m.index, problem: `${shown(slip)} is no escape of JSON: a backslash is written \\\\ (C:\\\\Users)` };
    const hex = slip.charCodeAt(0).toString(16).padStart(4, '0');
    return { at: m.index, problem: `a control character (U+${hex.toUpperCase()}${slip === '\t' ? ', a tab' : ''}) in a string: write it as ${slip === '\t' ? '\\t' : `\\u${hex}`}` };
  }
  return undefined;
}

// What stands at `at`, where jsonc-parser found a token out of place or one JSON does not have, and what JSON has there:
// what the token before calls for, in the list or object jsonc-parser locates `at` in.
function outOfPlace(text: string, at: number): Problem {
  const c = text[at];
  const got = foundAt(text, at);
  const hint = (otherwise: string): string => (got === 'a comment' ? ' (JSON has no comments)' : otherwise);
  const prev = tokenBefore(text, at);
  const { path, previousNode } = getLocation(text, at);
  const list = typeof path[path.length - 1] === 'number';
  if (prev === ',' && c === '}' && !list) return { at, problem: 'expected a field after ",", got "}" (JSON has no "," after the last field of an object)' };
  if (prev === '{' || (prev === ',' && !list)) return { at, problem: `expected a field's name in double quotes, got ${got}${hint('')}` };
  // A number JSON does not write where a value goes, or right after the number before it (01, 1.5.3, 4e-3-2: jsonc-parser reads two).
  const value = prev === '' || prev === ':' || prev === '[' || prev === ',';
  let start = at;
  if (/[0-9.eE+-]/.test(c ?? '') && /[0-9.]/.test(text[at - 1] ?? '')) while (start > 0 && /[0-9.eE+-]/.test(text[start - 1]!)) start--;
  const number = value || start < at ? NUMBERISH.exec(text.slice(start, start + 64))?.[0] : undefined;
  if (number !== undefined && !NUMBER.test(number)) return { at: start, problem: notANumber(number) };
  if (value) {
    const why = prev === ',' && c === ']' ? ' (JSON has no "," after the last item of a list)' : c === "'" ? ' (strings are in double quotes)' : /[A-Za-z_$]/.test(c ?? '') ? ' (a string in double quotes?)' : '';
    return { at, problem: `expected a value${prev === ',' ? ' after ","' : ''}, got ${got}${hint(why)}` };
  }
  // After a string: a field's name (jsonc-parser's last node, ended before `at`), or a value.
  if (previousNode?.type === 'property' && previousNode.offset + previousNode.length <= at) return { at, problem: `expected ":" after the field's name, got ${got}${hint('')}` };
  if (path.length === 0) return { at, problem: `expected the end of the text after the JSON value, got ${got}${hint('')}` };
  // A value where a comma should be: the usual slip, a line added without its comma.
  const missing = c !== undefined && /["{[\-0-9a-z]/.test(c) ? ' (a "," missing?)' : '';
  return { at, problem: `expected "," or "${list ? ']' : '}'}" after ${list ? 'an item of a list' : "a field's value"}, got ${got}${hint(missing)}` };
}

// What stands at i, as a message names it: the end, a comment, a string, a word, a number, or the character.
function foundAt(text: string, i: number): string {
  if (i >= text.length) return 'the end of the text';
  if (text.startsWith('//', i) || text.startsWith('/*', i)) return 'a comment';
  if (text[i] === '"') {
    const end = text.indexOf('"', i + 1);
    const line = text.slice(i + 1, end < 0 ? text.length : end).split(/[\r\n]/)[0]!;
    return end >= 0 && line.length === end - i - 1 && line.length <= 40 ? `the string ${JSON.stringify(line)}` : 'a string';
  }
  const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(i, i + 41))?.[0];
  if (word !== undefined) return word.length > 40 ? `the word ${word.slice(0, 40)}...` : `the word ${word}`;
  const number = /^-?[0-9][0-9.eE+-]*/.exec(text.slice(i, i + 41))?.[0];
  if (number !== undefined) return `the number ${number}`;
  return JSON.stringify(String.fromCodePoint(text.codePointAt(i)!));
}
