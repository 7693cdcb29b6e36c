/**
 * `stancelog explain ID`: why a contradiction is one: the rule that found
 * it, the statements behind it with their quotes and sources, and where
 * the holders stand now.
 *
 * @since 0.1.0
 */
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import type { Command } from 'commander';
import { contradictionList, positionList } from '@stancelog/core';
import type { ContradictionView, PositionView } from '@stancelog/core';
import { describeRule, statementIndex } from '@stancelog/report';
import type { StatementInfo } from '@stancelog/report';
import { asOfOption } from './as-of-option.js';
import type { AsOfOptions } from './as-of-option.js';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';
import { STORE_OPTION_HELP, withAsOfOptions } from './command-registration.js';
import type { OutcomeSink } from './command-registration.js';
import type { CliIo } from './io.js';
import { conditionsText } from './positions.js';
import { analyseEvents, withEvents } from './read-events.js';

/**
 * Options of `stancelog explain`.
 * @category commands
 * @since 0.1.0
 */
export interface ExplainCommandOptions extends AsOfOptions {
  readonly store?: string;
  readonly json?: boolean;
}

/**
 * A contradiction, explained.
 * @category commands
 * @since 0.1.0
 */
export interface Explanation {
  readonly contradiction: ContradictionView;
  /** What the rule that found it looks for. */
  readonly rule: string;
  /** The statements that cause it, with quotes and sources. */
  readonly statements: ReadonlyArray<StatementInfo>;
  /** The current positions of its actors on its issues. */
  readonly positions: ReadonlyArray<PositionView>;
}

/**
 * Finds a contradiction by id, or by a prefix that names only one.
 *
 * @example
 * import { findContradiction } from '@stancelog/cli'
 * const list = [{ id: 'reversal:russia:ceasefire' }, { id: 'incompatible:ceasefire:russia~ukraine' }] as any[]
 * assert.strictEqual((findContradiction(list, 'reversal') as any).right.id, 'reversal:russia:ceasefire')
 * assert.strictEqual(findContradiction(list, 'x')._tag, 'Left')
 * @category commands
 * @since 0.1.0
 */
export function findContradiction(list: ReadonlyArray<ContradictionView>, id: string): Either<CliError, ContradictionView> {
  const exact = list.find((c) => c.id === id);
  if (exact) return right(exact);
  const prefixed = list.filter((c) => c.id.startsWith(id));
  if (prefixed.length === 1) return right(prefixed[0]!);
  if (prefixed.length > 1) return left(cliError(`${JSON.stringify(id)} names ${prefixed.length} contradictions: ${prefixed.map((c) => c.id).join(', ')}`));
  return left(cliError(`no contradiction ${JSON.stringify(id)} (${list.length} in the log): list their ids with stancelog contradictions`));
}

/**
 * The human text of an explanation.
 *
 * @example
 * import { explanationText } from '@stancelog/cli'
 * const text = explanationText({ contradiction: { id: 'x', type: 'reversal', issues: ['ceasefire'], actors: ['russia'], since: '2025-03-01', until: null, status: 'open', statements: [], summary: 'russia reversed' }, rule: 'a flip', statements: [], positions: [] })
 * assert.ok(text.startsWith('x\n'))
 * @category output
 * @since 0.1.0
 */
export function explanationText(e: Explanation): string {
  const c = e.contradiction;
  const lines = [
    c.id,
    `  ${c.summary}`,
    `  ${c.type}, ${c.status === 'open' ? `open since ${c.since}` : `from ${c.since}, resolved ${c.until}`}; issues: ${c.issues.join(', ')}; actors: ${c.actors.join(', ')}`,
    '',
    `WHY: the rule ${c.type} fires when ${e.rule}.`,
    '',
    `STATEMENTS (${e.statements.length})`,
  ];
  for (const s of e.statements) {
    const conditions = conditionsText(s.conditions);
    lines.push(`  ${s.stated}  ${s.holder}: ${s.polarity} ${s.kind} on ${s.issue}${conditions ? ` (${conditions})` : ''}`);
    lines.push(`    “${s.quote}”`);
    const source = [s.speaker ? `${s.speaker}${s.reportedBy ? ` (speaking for ${s.reportedBy})` : ''}` : null, s.publisher, s.title ? `“${s.title}”` : null, s.url]
      .filter(Boolean)
      .join(', ');
    lines.push(`    — ${source || 'no source named'}; recorded ${s.recordedAt}; id ${s.id}`);
  }
  if (e.positions.length > 0) {
    lines.push('', 'WHERE THEY STAND NOW');
    for (const p of e.positions) {
      const conditions = conditionsText(p.conditions);
      lines.push(`  ${p.holder} on ${p.issue}: ${p.polarity} ${p.kind}${conditions ? ` (${conditions})` : ''} since ${p.since}${p.reported ? ', reported by a third party' : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}

/**
 * Runs `stancelog explain`.
 *
 * @example
 * import { explainCommand } from '@stancelog/cli'
 * const io = { stdout: process.stdout, stderr: process.stderr, cwd: '/nonexistent', env: {} }
 * assert.strictEqual((await explainCommand('incompatible:ceasefire:russia~ukraine', {}, io))._tag, 'Left')
 * @category commands
 * @since 0.1.0
 */
export async function explainCommand(id: string, options: ExplainCommandOptions, io: CliIo): Promise<Either<CliError, Explanation>> {
  const asOf = asOfOption(options);
  if (isLeft(asOf)) return asOf;
  return withEvents(options.store, io, async (events) => {
    const state = analyseEvents(events, asOf.right);
    const found = findContradiction(contradictionList(state), id);
    if (isLeft(found)) return found;
    const c = found.right;
    const statements = statementIndex(events);
    const explanation: Explanation = {
      contradiction: c,
      rule: describeRule(c.type),
      statements: c.statements.flatMap((s) => statements.get(s) ?? []),
      positions: positionList(state).filter((p) => c.actors.includes(p.holder) && c.issues.includes(p.issue)),
    };
    io.stdout.write(options.json ? JSON.stringify(explanation, null, 2) + '\n' : explanationText(explanation));
    return right(explanation);
  });
}

/**
 * Registers `stancelog explain` on the program.
 *
 * @example
 * import { Command } from 'commander'
 * import { registerExplain } from '@stancelog/cli'
 * const program = new Command('stancelog')
 * registerExplain(program, { stdout: process.stdout, stderr: process.stderr, cwd: '.', env: {} }, () => undefined)
 * assert.ok(program.commands.some((c) => c.name() === 'explain'))
 * @category commands
 * @since 0.1.0
 */
export function registerExplain(program: Command, io: CliIo, done: OutcomeSink): void {
  withAsOfOptions(
    program
      .command('explain')
      .description('why a contradiction is one: the rule, the statements, their quotes and sources')
      .argument('<id>', 'the contradiction id (as stancelog contradictions --json prints it), or a prefix naming only one'),
  )
    .option('--store <path|url>', STORE_OPTION_HELP)
    .option('--json', 'print the explanation as JSON')
    .action(async (id: string, opts: ExplainCommandOptions) => {
      done(await explainCommand(id, opts, io));
    });
}
