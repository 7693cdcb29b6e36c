/**
 * `stancelog positions`: each holder's current stance on each issue, with
 * its conditions, since when it holds, whether it rests on a third party's
 * report, and the statements behind it.
 *
 * @since 0.1.0
 */
import type { Either } from 'fp-ts/lib/Either.js';
import { positionList } from '@stancelog/core';
import type { PositionView } from '@stancelog/core';
import { listAnalysis } from './analysis-listing.js';
import type { AnalysisListingOptions } from './analysis-listing.js';
import type { CliError } from './cli-error.js';
import type { CliIo, TextSink } from './io.js';
import { writeTable } from './table.js';
import { POSITION_COLUMNS, positionRows } from './csv-output.js';
import { issuesWithin } from './within-option.js';

/**
 * Options of `stancelog positions`.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { appendCommand, positionsCommand } from '@stancelog/cli'
 * const cwd = mkdtempSync(join(tmpdir(), 'positions-'))
 * writeFileSync(join(cwd, 'talks.jsonl'), [
 *   '{"holder":"russia","issue":"ceasefire","kind":"reject","polarity":"-","statedAt":"2025-05-16","source":{"quote":"no truce"}}',
 *   '{"holder":"russia","issue":"ceasefire","kind":"accept","polarity":"+","statedAt":"2025-06-02","source":{"quote":"a truce, then"}}',
 *   '{"holder":"ukraine","issue":"ceasefire","kind":"demand","polarity":"+","statedAt":"2025-05-20","source":{"quote":"a truce first"}}',
 * ].join('\n'))
 * const io = { stdout: { write: (s: string) => s.length }, stderr: process.stderr, cwd, env: {} }
 * await appendCommand('talks.jsonl', {}, io)
 * // Russia's stance at the end of May, before it came round.
 * const r = await positionsCommand({ holder: 'russia', asOf: '2025-05-31' }, io)
 * assert.ok(r._tag === 'Right')
 * assert.deepStrictEqual(r.right.map((p) => [p.holder, p.polarity, p.kind]), [['russia', '-', 'reject']])
 * @category commands
 * @since 0.1.0
 */
export interface PositionsCommandOptions extends AnalysisListingOptions {
  /** Only this holder (`--holder`). */
  readonly holder?: string | undefined;
  /** Only this issue, not the issues under it (`--issue`; see `within`). */
  readonly issue?: string | undefined;
  /**
   * Only this issue and the issues under it, at any depth, by the issue
   * hierarchy of the registry the analysis reads (as known at `knownAt`
   * when given): `--within peace-talks` keeps `territorial-concessions`,
   * defined with `parent: "peace-talks"`. Not with `issue`.
   */
  readonly within?: string | undefined;
}

/**
 * The conditions of a stance, as a short text: `if ceasefire +`; one of
 * `triggers` (what sets a threat off, no precondition) is marked so.
 *
 * @example
 * import { conditionsText } from './positions.js'
 * assert.strictEqual(conditionsText([{ issue: 'ceasefire', polarity: '+' }]), 'if ceasefire +')
 * assert.strictEqual(conditionsText([]), '')
 * const trigger = { issue: 'ceasefire', polarity: '-' }
 * assert.strictEqual(conditionsText([trigger, { issue: 'prisoner-exchange', polarity: '+' }], [trigger]), 'if ceasefire - (trigger), prisoner-exchange +')
 * @category output
 * @since 0.1.0
 * @internal
 */
export function conditionsText(
  conditions: ReadonlyArray<{ readonly issue: string; readonly polarity: string }>,
  triggers: ReadonlyArray<{ readonly issue: string; readonly polarity: string }> = [],
): string {
  const marked = (c: { readonly issue: string; readonly polarity: string }): string =>
    triggers.some((t) => t.issue === c.issue && t.polarity === c.polarity) ? `${c.issue} ${c.polarity} (trigger)` : `${c.issue} ${c.polarity}`;
  return conditions.length === 0 ? '' : `if ${conditions.map(marked).join(', ')}`;
}

/**
 * The conditions of one statement, as {@link conditionsText} writes a
 * position's: a threat's conditions are what sets it off, each marked
 * `(trigger)` (as `positions` marks a position's `triggers`); any other
 * kind's are preconditions.
 *
 * @example
 * import { statementConditionsText } from './positions.js'
 * const conditions = [{ issue: 'digital-tax', polarity: '+' }]
 * assert.strictEqual(statementConditionsText({ kind: 'threat', conditions }), 'if digital-tax + (trigger)')
 * assert.strictEqual(statementConditionsText({ kind: 'condition', conditions }), 'if digital-tax +')
 * @category output
 * @since 0.1.0
 * @internal
 */
export function statementConditionsText(s: {
  readonly kind: string;
  readonly conditions: ReadonlyArray<{ readonly issue: string; readonly polarity: string }>;
}): string {
  return conditionsText(s.conditions, s.kind === 'threat' ? s.conditions : []);
}

/**
 * The kind of a position as the table shows it: the kind said last, and the
 * firmness the stance keeps when that was said more softly ("reject
 * (red-line held)"), as `incompatible` weighs it.
 *
 * @example
 * import { kindText } from './positions.js'
 * assert.strictEqual(kindText({ kind: 'reject', firmKind: 'red-line' }), 'reject (red-line held)')
 * assert.strictEqual(kindText({ kind: 'demand', firmKind: 'demand' }), 'demand')
 * @category output
 * @since 0.1.0
 * @internal
 */
export function kindText(p: Pick<PositionView, 'kind' | 'firmKind'>): string {
  return p.firmKind !== null && p.firmKind !== p.kind ? `${p.kind} (${p.firmKind} held)` : p.kind;
}

/**
 * The human table of positions.
 *
 * @example
 * import { positionsTable } from './positions.js'
 * const text = positionsTable([{ holder: 'ukraine', issue: 'ceasefire', polarity: '+', kind: 'demand', conditions: [], triggers: [], since: '2025-03-11', lastStated: '2025-08-13', reported: false, firmKind: 'demand', statements: ['a', 'b'], sources: 2, history: [] }])
 * assert.ok(text.split('\n')[1]!.startsWith('ukraine'))
 * @category output
 * @since 0.1.0
 * @internal
 */
export function positionsTable(views: ReadonlyArray<PositionView>): string {
  let text = '';
  writePositionsTable({ write: (s: string) => (text += s) }, views);
  return text;
}

/**
 * Writes {@link positionsTable} to a sink a thousand rows at a time.
 *
 * @example
 * import { writePositionsTable } from './positions.js'
 * const writes: string[] = []
 * writePositionsTable({ write: (s: string) => writes.push(s) }, [{ holder: 'ukraine', issue: 'ceasefire', polarity: '+', kind: 'demand', conditions: [], triggers: [], since: '2025-03-11', lastStated: '2025-08-13', reported: false, firmKind: 'demand', statements: ['a', 'b'], sources: 2, history: [] }])
 * assert.ok(writes.join('').split('\n')[1]!.startsWith('ukraine'))
 * @category output
 * @since 0.1.0
 * @internal
 */
export function writePositionsTable(sink: TextSink, views: ReadonlyArray<PositionView>): void {
  const rows = views.map((p) => [
    p.holder,
    p.issue,
    p.polarity,
    kindText(p),
    conditionsText(p.conditions, p.triggers),
    p.since,
    p.reported ? 'reported' : 'own words',
    String(p.statements.length),
    String(p.sources),
  ]);
  writeTable(sink, ['holder', 'issue', 'stance', 'kind', 'conditions', 'since', 'evidence', 'statements', 'sources'], rows);
}

/**
 * Runs `stancelog positions`.
 *
 * @example
 * import { positionsCommand } from '@stancelog/cli'
 * const io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: {} }
 * assert.strictEqual((await positionsCommand({ asOf: 'yesterday' }, io))._tag, 'Left')
 * @category commands
 * @since 0.1.0
 */
export async function positionsCommand(options: PositionsCommandOptions, io: CliIo): Promise<Either<CliError, ReadonlyArray<PositionView>>> {
  const filter = {
    ...(options.holder !== undefined ? { holder: options.holder } : {}),
    ...(options.issue !== undefined ? { issue: options.issue } : {}),
  };
  return listAnalysis(options, io, {
    views: (state) => {
      const within = issuesWithin(state.registry, options.within);
      return within === undefined ? positionList(state, filter) : positionList(state, filter).filter((p) => within.has(p.issue));
    },
    filterIds: [
      { option: '--holder', kind: 'actor', id: options.holder },
      { option: '--issue', kind: 'issue', id: options.issue },
      { option: '--within', kind: 'issue', id: options.within },
    ],
    csv: { columns: POSITION_COLUMNS, rows: positionRows },
    nothing: { what: 'positions', asked: [['holder', options.holder], ['issue', options.issue], ['within', options.within]] },
    table: writePositionsTable,
  });
}
