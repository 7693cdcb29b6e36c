// The fenced TypeScript and JavaScript blocks of a markdown page, what the
// page says of each in a marker, and the results its comments claim: shared
// by the tests that run the code of the READMEs and docs pages
// (page-example-source.ts, testing-doc-source.ts), so that every block a user
// may copy is run or type-checked by one reading of the page.
//
// A block runs alone as written unless a marker, an HTML comment (invisible
// on the page) on the line right above its fence, says otherwise; one marker
// a line, several allowed:
//   <!-- code: continues -->            it goes on from the block before it on the page (its names, its store)
//   <!-- code: in the repository -->    it reads the repository's files (examples/...): run from its root
//   <!-- code: given talks.jsonl -->    it opens a log: run in a folder holding the Ukraine demo's log as talks.jsonl
//   <!-- code: given a PostgreSQL schema -->   it opens $STANCELOG_PG_URL's default schema: run with that URL naming a fresh one (?schema=)
//   <!-- code: type-checked only (why) -->   it cannot run inside a test (it declares jest suites): its types are checked
//   <!-- code: imports -->              the names the page's other blocks use without importing them (docs/testing.md)
//   <!-- code: a module run by PATH --> a file of its own that a test (PATH, from the repository root) reads from the page and runs
// An unknown marker fails the reading, so that a block is never left out by a typo.
//
// What a comment after a statement claims is asserted when the block runs:
//   speaksFor(merz, '2025-08-13') // 'germany'     the expression's value (a literal; any words after it, after `:`, are not)
//   contradictionList(ctx) // [{ type: 'reversal', ... }]   `...` in an object or array: those fields or elements, at least
//   console.log(n, holder) // prints 7 dockers-union   what the call prints (a comment in words, without `prints `, claims nothing)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deepStrictEqual } from 'node:assert';
import { format } from 'node:util';
import ts from 'typescript';

/** What a marker says of a block. */
export type Marker =
  | { readonly kind: 'continues' }
  | { readonly kind: 'in-repository' }
  | { readonly kind: 'given-log'; readonly file: string }
  | { readonly kind: 'given-schema' }
  | { readonly kind: 'type-only'; readonly why: string }
  | { readonly kind: 'imports' }
  | { readonly kind: 'module'; readonly test: string };

/** One fenced ```ts, ```typescript, ```js or ```javascript block of a page. */
export interface CodeBlock {
  /** `page.md:line` of its opening fence, the page's path from the repository root. */
  readonly where: string;
  readonly page: string;
  readonly language: 'ts' | 'js';
  readonly code: string;
  readonly markers: ReadonlyArray<Marker>;
}

const MARKERS: Array<[RegExp, (m: RegExpExecArray) => Marker]> = [
  [/^continues$/, () => ({ kind: 'continues' })],
  [/^in the repository$/, () => ({ kind: 'in-repository' })],
  [/^given (\S+\.jsonl)$/, (m) => ({ kind: 'given-log', file: m[1]! })],
  [/^given a PostgreSQL schema$/, () => ({ kind: 'given-schema' })],
  [/^type-checked only \((.+)\)$/, (m) => ({ kind: 'type-only', why: m[1]! })],
  [/^imports$/, () => ({ kind: 'imports' })],
  [/^a module run by (\S+)$/, (m) => ({ kind: 'module', test: m[1]! })],
];

function marker(text: string, where: string): Marker {
  for (const [pattern, make] of MARKERS) {
    const m = pattern.exec(text);
    if (m) return make(m);
  }
  throw new Error(`${where}: <!-- code: ${text} --> is no marker (test-support/markdown-code-blocks.ts lists them)`);
}

/** Every TypeScript or JavaScript block of `page` (its path from `root`), with its markers. */
export function codeBlocks(root: string, page: string): CodeBlock[] {
  const lines = readFileSync(join(root, page), 'utf8').split('\n');
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^```(ts|typescript|js|javascript)\s*$/.exec(lines[i]!);
    if (!fence) continue;
    const where = `${page}:${i + 1}`;
    const end = lines.indexOf('```', i + 1);
    if (end < 0) throw new Error(`${where}: a \`\`\`${fence[1]} block that is never closed`);
    const markers: Marker[] = [];
    for (let j = i - 1; j >= 0; j--) {
      const m = /^<!-- code: (.*?) -->$/.exec(lines[j]!);
      if (!m) break;
      markers.unshift(marker(m[1]!, where));
    }
    blocks.push({ where, page, language: fence[1]!.startsWith('t') ? 'ts' : 'js', code: lines.slice(i + 1, end).join('\n'), markers });
    i = end;
  }
  return blocks;
}

/** The marker of `kind` of a block, if it has one. */
export function markerOf<K extends Marker['kind']>(block: CodeBlock, kind: K): Extract<Marker, { kind: K }> | undefined {
  return block.markers.find((m): m is Extract<Marker, { kind: K }> => m.kind === kind);
}

/** The literal a claim's comment begins with (`'germany'`, `undefined: not yet`, `[{ a: 1, ... }]`), or undefined when it is words. */
function claimedLiteral(comment: string): string | undefined {
  const simple = /^(undefined|null|true|false|-?\d[\d_.]*)(?=$|[:,;]|\s)/.exec(comment)?.[1];
  if (simple !== undefined) return simple;
  const open = comment[0];
  if (open === undefined || !`'"\`[{`.includes(open)) return undefined;
  // The end of a string, or of a bracket balanced outside strings.
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < comment.length; i++) {
    const c = comment[i]!;
    if (quote !== undefined) {
      if (c === '\\') i++;
      else if (c === quote) {
        quote = undefined;
        if (depth === 0) return comment.slice(0, i + 1);
      }
    } else if (`'"\``.includes(c)) quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      if (--depth === 0) return comment.slice(0, i + 1);
    }
  }
  return undefined;
}

/** Whether `actual` holds what `expected` gives: all of it, or (`partial`) the fields and elements it names, `...` standing for more. */
function holds(actual: unknown, expected: unknown, partial: boolean): boolean {
  if (!partial || typeof expected !== 'object' || expected === null) {
    try {
      deepStrictEqual(actual, expected);
      return true;
    } catch {
      return false;
    }
  }
  if (typeof actual !== 'object' || actual === null) return false;
  if (Array.isArray(expected)) return Array.isArray(actual) && actual.length >= expected.length && expected.every((e, i) => holds(actual[i], e, true));
  return Object.entries(expected).every(([k, v]) => holds((actual as Record<string, unknown>)[k], v, true));
}

/** The checks of what a block's comments claim, as the code `withClaimsAsserted` makes calls them (`__claims`), and the claims they checked. */
export interface ClaimChecks {
  value(actual: unknown, expected: unknown, partial: boolean, where: string): void;
  printed(log: (...args: unknown[]) => void, text: string, where: string, ...args: unknown[]): void;
  /** The `page.md:line` of each claim checked so far: one a run never reached is no check (a branch not taken). */
  readonly checked: Set<string>;
}

/** Fresh checks, for one run of a block (a runner passes them to it as `__claims`). */
export function claimChecks(): ClaimChecks {
  const checked = new Set<string>();
  return {
    checked,
    value(actual, expected, partial, where) {
      checked.add(where);
      if (!holds(actual, expected, partial)) throw new Error(`${where}: the comment says ${format('%o', expected)}${partial ? ' (at least)' : ''}, the code gives ${format('%o', actual)}`);
    },
    printed(log, text, where, ...args) {
      checked.add(where);
      const printed = format(...args);
      if (printed !== text) throw new Error(`${where}: the comment says it prints ${JSON.stringify(text)}, it prints ${JSON.stringify(printed)}`);
      log(...args);
    },
  };
}

/**
 * The block's code with each statement whose comment claims a result made a
 * check of that result (calls to `__claims`, see `claimChecks`), and where
 * the claims are. `where` is the block's `page.md:line`; `lines`, the page's
 * line of each line of `code` where it is more than the block (the blocks it
 * continues before it), the block's own lines after its fence otherwise.
 */
export function withClaimsAsserted(code: string, where: string, lines?: ReadonlyArray<number>): { code: string; claims: string[] } {
  const source = ts.createSourceFile('block.ts', code, ts.ScriptTarget.ES2022, true);
  const [page, fence] = [where.replace(/:\d+$/, ''), Number(/:(\d+)$/.exec(where)?.[1] ?? 0)];
  const pageLine = (i: number): number => lines?.[i] ?? fence + i + 1;
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const claims: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node)) {
      const comment = ts.getTrailingCommentRanges(code, node.end)?.[0];
      const text = comment?.kind === ts.SyntaxKind.SingleLineCommentTrivia ? code.slice(comment.pos + 2, comment.end).trim() : undefined;
      if (text !== undefined) {
        const line = `${page}:${pageLine(source.getLineAndCharacterOfPosition(node.getStart()).line)}`;
        const at = JSON.stringify(line);
        const e = node.expression;
        const start = node.getStart();
        const printed = /^prints (.*)$/.exec(text)?.[1];
        if (ts.isCallExpression(e) && e.expression.getText() === 'console.log') {
          if (printed !== undefined) {
            const args = e.arguments.map((a) => a.getText()).join(', ');
            claims.push(line);
            edits.push({ start, end: node.end, text: `__claims.printed(console.log, ${JSON.stringify(printed)}, ${at}${args === '' ? '' : `, ${args}`});` });
          }
        } else {
          const literal = claimedLiteral(text);
          if (literal !== undefined) {
            const partial = /,\s*\.\.\.\s*[}\]]/.test(literal);
            const expected = literal.replace(/,\s*\.\.\.\s*(?=[}\]])/g, ' ');
            claims.push(line);
            edits.push({ start, end: node.end, text: `__claims.value(${e.getText()}, ${expected}, ${partial}, ${at});` });
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return { code: out, claims };
}
