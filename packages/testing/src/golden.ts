/**
 * Golden files: a state's positions and contradictions as a stable,
 * readable text, compared with a file committed next to the tests. Run with
 * `UPDATE_GOLDEN=1` to write (or rewrite) the files, then review the diff.
 *
 * @since 0.1.0
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContradictionView, PositionView } from '@stancelog/core';
import { contradictionsOf, holdsContradictions, holdsPositions, positionsOf } from './expectations.js';
import type { WithContradictions, WithPositions } from './expectations.js';
import { SpecAssertionError } from './spec-assertion-error.js';
import { shapeOf } from './value-shape.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function positionLine(p: PositionView): string {
  const conditions = p.conditions.length ? ` if ${p.conditions.map((c) => `${c.issue}${c.polarity}`).join(' & ')}` : '';
  const history = p.history.length > 1 ? `\n    history: ${p.history.map((r) => `${r.polarity} ${r.kind} ${r.from}`).join(' -> ')}` : '';
  return `  ${p.holder} × ${p.issue}: ${p.polarity} ${p.kind}${conditions} since ${p.since}${p.reported ? ' (reported)' : ''} · ${plural(p.statements.length, 'statement')}, ${plural(p.sources, 'source')}${history}`;
}

function contradictionLine(c: ContradictionView): string {
  const when = c.status === 'open' ? `${c.since} -> open` : `${c.since} -> ${c.until}`;
  return `  ${c.type} [${c.actors.join(', ')}] on ${c.issues.join(', ')}: ${when} · ${plural(c.statements.length, 'statement')}\n    ${c.summary}`;
}

/**
 * The positions and contradictions of a state as text: positions sorted by
 * holder and issue, contradictions oldest first; statement ids are left out
 * (only counted), so the text reads well in a review.
 *
 * @example
 * import { toGoldenText, stored, statement } from '@stancelog/testing'
 * import { analysis, replay } from '@stancelog/core'
 * const state = replay(analysis(), stored([statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })]))
 * assert.ok(toGoldenText(state).includes('russia × ceasefire: - reject since 2025-01-01'))
 * @category golden
 * @since 0.1.0
 */
export function toGoldenText(state: WithPositions | WithContradictions): string {
  // From JavaScript, another reducer's state gave an empty text, which every later state matched.
  if (!holdsPositions(state) && !holdsContradictions(state)) {
    throw new TypeError(
      `toGoldenText: writes the positions and contradictions of a state of analysis() or positions() (or a ledger), and this one, ${shapeOf(state)}, has neither: write a text of your reducer's state yourself, and pass it to expectGolden`,
    );
  }
  const lines: string[] = [];
  const positioned = holdsPositions(state);
  if (positioned) {
    const ps = positionsOf(state);
    lines.push(`positions (${ps.length})`, ...ps.map(positionLine));
  }
  // An empty ledger looks like empty positions: print it as contradictions only when it holds no positions part.
  if ('contradictions' in state || (!positioned && holdsContradictions(state))) {
    const cs = contradictionsOf(state as WithContradictions);
    if (lines.length) lines.push('');
    lines.push(`contradictions (${cs.length})`, ...cs.map(contradictionLine));
  }
  return `${lines.join('\n')}\n`;
}

/** The longest common subsequence of lines, as a list of kept/removed/added lines. */
function lineDiff(a: ReadonlyArray<string>, b: ReadonlyArray<string>): string[] {
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      i++;
      j++;
    } else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) out.push(`line ${i + 1} - ${a[i++]}`);
    else out.push(`line ${j + 1} + ${b[j++]}`);
  }
  return out;
}

/**
 * Compares a text with a golden file. With `UPDATE_GOLDEN=1` in the
 * environment, writes the file instead (creating its folder). Throws a
 * {@link SpecAssertionError} listing the lines that differ (`-` golden,
 * `+` actual) or saying the file is missing. A relative path is resolved
 * from the working directory; under jest, pass `join(__dirname, ...)`.
 *
 * @example
 * import { expectGolden } from '@stancelog/testing'
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const file = join(mkdtempSync(join(tmpdir(), 'golden-')), 'state.txt')
 * writeFileSync(file, 'positions (0)\n')
 * expectGolden('positions (0)\n', file)
 * @category golden
 * @since 0.1.0
 */
export function expectGolden(text: string, file: string | URL): void {
  // A state passed for its text (from JavaScript) failed as 'text.replace is not a function'.
  if (typeof text !== 'string') throw new TypeError(`expectGolden: compares a text, not ${shapeOf(text)}: pass toGoldenText(state) for a state of analysis() or positions(), or a text of your own reducer's state`);
  const path = typeof file === 'string' ? resolve(file) : fileURLToPath(file);
  const actual = text.replace(/\r\n/g, '\n');
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new SpecAssertionError(`golden file ${path} does not exist: run the test with UPDATE_GOLDEN=1 to write it, then review and commit it`);
  const golden = readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
  if (golden === actual) return;
  const diff = lineDiff(golden.split('\n'), actual.split('\n'));
  const shown = diff.slice(0, 40);
  if (diff.length > shown.length) shown.push(`… and ${diff.length - shown.length} more`);
  throw new SpecAssertionError(`the text differs from golden file ${path} (- golden, + actual; rerun with UPDATE_GOLDEN=1 to accept):`, shown);
}
