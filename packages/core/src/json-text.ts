/**
 * Reading JSON text that a person wrote (a lexicon, a register of actors, a
 * sidecar of metadata): where it stops being JSON, by line and column, and
 * what was found there. `JSON.parse` says so in the engine's words, which
 * differ between Node versions and, in Node 20, give an offset at best
 * (`Expected ',' or '}' after property value in JSON at position 108`), and
 * no place at all for an unexpected character (`Unexpected token '}',
 * ..."s": ["x", }]}"... is not valid JSON`).
 *
 * @since 0.1.0
 */
import type { Either } from 'fp-ts/lib/Either.js';
import { left, right } from './either.js';

/**
 * Where a text stops being JSON, and why.
 *
 * @example
 * import { parseJson, type JsonSyntaxError } from '@stancelog/core'
 * const r = parseJson('{\n  "name": "port",\n  "issues": [,]\n}')
 * const error: JsonSyntaxError | undefined = r._tag === 'Left' ? r.left : undefined
 * assert.deepStrictEqual(error, {
 *   offset: 33, line: 3, column: 14,
 *   problem: 'expected a value, got ","',
 *   message: 'not JSON at line 3, column 14: expected a value, got ","',
 * })
 * @category errors
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
 * Parses JSON text as `JSON.parse` does, with a leading byte order mark
 * (U+FEFF, which Windows editors write and `JSON.parse` refuses) ignored.
 * Text that is not JSON is a `Left` saying where (line and column, the
 * same whatever the version of Node) and what was found: a comma missing
 * or one too many, a string never closed, a backslash that escapes
 * nothing, a word that is no value.
 *
 * @example
 * import { parseJson } from '@stancelog/core'
 * assert.deepStrictEqual(parseJson('\uFEFF{"name": "port"}'), { _tag: 'Right', right: { name: 'port' } })
 * const missingComma = parseJson('[{ "id": "union",\n   "name": "The union"\n   "aliases": ["HWU"] }]')
 * assert.ok(missingComma._tag === 'Left')
 * assert.strictEqual(missingComma.left.message, 'not JSON at line 3, column 4: expected "," or "}" after a field\'s value, got the string "aliases" (a "," missing?)')
 * const trailing = parseJson('{ "phrases": ["pay rise",] }')
 * assert.ok(trailing._tag === 'Left' && trailing.left.problem === 'expected a value after ",", got "]" (JSON has no "," after the last item of a list)')
 * @category errors
 * @since 0.1.0
 */
export function parseJson(text: string): Either<JsonSyntaxError, unknown> {
  // A byte order mark is no part of the JSON: skipped, and still counted in offsets (they are the text's).
  const skip = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = skip === 1 ? text.slice(1) : text;
  try {
    return right(JSON.parse(body));
  } catch (error) {
    // The engine's error says what, in its words, but not reliably where: the scan below says both.
    const found = firstProblem(body) ?? enginePlace(body, error);
    const { line, column } = placeOf(body, found.at);
    return left({ offset: found.at + skip, line, column, problem: found.problem, message: `not JSON at line ${line}, column ${column}: ${found.problem}` });
  }
}

interface Problem {
  readonly at: number;
  readonly problem: string;
}

// When the scan finds nothing the engine refused (it should not happen): the engine's words, at its position if it gives one.
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

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
// Text of the input as a message quotes it: its control characters as escapes, so that they cannot act on a terminal.
const shown = (raw: string): string => raw.replace(/[\u0000-\u001f]/g, (ch) => JSON.stringify(ch).slice(1, -1));

// What stands at i, as a message names it: the end, a string, a word, a number, or the character.
function foundAt(text: string, i: number): string {
  if (i >= text.length) return 'the end of the text';
  const c = text[i]!;
  if (c === '"') {
    const end = text.indexOf('"', i + 1);
    const line = text.slice(i + 1, end < 0 ? text.length : end).split(/[\r\n]/)[0]!;
    if (end >= 0 && line.length === end - i - 1 && line.length <= 40) return `the string ${JSON.stringify(line)}`;
    return 'a string';
  }
  const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(i, i + 41))?.[0];
  if (word !== undefined) return word.length > 40 ? `the word ${word.slice(0, 40)}...` : `the word ${word}`;
  const number = /^-?[0-9][0-9.eE+-]*/.exec(text.slice(i, i + 41))?.[0];
  if (number !== undefined) return `the number ${number}`;
  const point = text.codePointAt(i)!;
  return JSON.stringify(String.fromCodePoint(point));
}

// The end of the string that opens at i (the offset after its closing quote), or the problem in it.
function scanString(text: string, i: number): number | Problem {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c === 0x0a || c === 0x0d) return { at: i, problem: 'a string opened here is not closed on its line (a closing " missing?)' };
    if (c < 0x20) {
      const hex = `\\u${c.toString(16).padStart(4, '0')}`;
      return { at: j, problem: `a control character (U+${c.toString(16).padStart(4, '0').toUpperCase()}${c === 0x09 ? ', a tab' : ''}) in a string: write it as ${c === 0x09 ? '\\t' : hex}` };
    }
    if (c === 0x5c) {
      const next = text[j + 1];
      if (next === undefined) break;
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return { at: j, problem: `\\u${/^[0-9A-Za-z]{0,4}/.exec(text.slice(j + 2, j + 6))![0]} is no escape of JSON: \\u takes 4 hexadecimal digits` };
        j += 5;
      } else if (ESCAPES.has(next)) j++;
      else return { at: j, problem: `${shown(`\\${next}`)} is no escape of JSON: a backslash is written \\\\ (C:\\\\Users)` };
    }
  }
  return { at: i, problem: 'a string opened here is never closed' };
}

/**
 * The first place `text` is not JSON (RFC 8259), and what is wrong there;
 * undefined when it is JSON. Iterative, so that deep nesting cannot
 * overflow the stack.
 */
function firstProblem(text: string): Problem | undefined {
  // The containers open at i: true for an object, false for a list.
  const open: boolean[] = [];
  type State = 'value' | 'first-value' | 'value-after-comma' | 'first-key' | 'key-after-comma' | 'colon' | 'after-value';
  let state: State = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    const c = text[i];
    const got = (): string => foundAt(text, i);
    if (state === 'after-value') {
      if (open.length === 0) return c === undefined ? undefined : { at: i, problem: `expected the end of the text after the JSON value, got ${got()}` };
      const object = open[open.length - 1]!;
      if (c === ',') state = object ? 'key-after-comma' : 'value-after-comma';
      else if (c === (object ? '}' : ']')) open.pop();
      else {
        // A value where a comma should be: the usual slip, a line added without its comma.
        const missing = c !== undefined && /["{[\-0-9a-z]/.test(c) ? ' (a "," missing?)' : '';
        return { at: i, problem: `expected "," or "${object ? '}' : ']'}" after ${object ? "a field's value" : 'an item of a list'}, got ${got()}${missing}` };
      }
      i++;
      continue;
    }
    if (state === 'colon') {
      if (c !== ':') return { at: i, problem: `expected ":" after the field's name, got ${got()}` };
      state = 'value';
      i++;
      continue;
    }
    if (state === 'first-key' || state === 'key-after-comma') {
      if (c === '}' && state === 'first-key') {
        open.pop();
        state = 'after-value';
        i++;
        continue;
      }
      if (c === '}') return { at: i, problem: 'expected a field after ",", got "}" (JSON has no "," after the last field of an object)' };
      if (c !== '"') return { at: i, problem: `expected a field's name in double quotes, got ${got()}` };
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      state = 'colon';
      i = end;
      continue;
    }
    // A value.
    if (c === ']' && state === 'first-value') {
      open.pop();
      state = 'after-value';
      i++;
      continue;
    }
    if (c === ']' && state === 'value-after-comma') return { at: i, problem: 'expected a value after ",", got "]" (JSON has no "," after the last item of a list)' };
    if (c === '{' || c === '[') {
      open.push(c === '{');
      state = c === '{' ? 'first-key' : 'first-value';
      i++;
      continue;
    }
    if (c === '"') {
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      state = 'after-value';
      i = end;
      continue;
    }
    const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(i, i + 64))?.[0];
    if (word === 'true' || word === 'false' || word === 'null') {
      state = 'after-value';
      i += word.length;
      continue;
    }
    const number = /^-?[0-9.][0-9.eE+-]*|^-/.exec(text.slice(i, i + 64))?.[0];
    if (number !== undefined) {
      if (!NUMBER.test(number)) return { at: i, problem: `${number} is not a number as JSON writes one (digits, with no leading 0, "+" or bare ".")` };
      state = 'after-value';
      i += number.length;
      continue;
    }
    const quote = c === "'" ? ' (strings are in double quotes)' : word !== undefined ? ' (a string in double quotes?)' : '';
    return { at: i, problem: `expected a value${state === 'value-after-comma' ? ' after ","' : ''}, got ${got()}${quote}` };
  }
}
