/**
 * `stancelog graph`: the precondition graph (core's `preconditionEdges`),
 * who wants which step taken before which, and the deadlocks: the edges
 * of the `circular-precondition` cycles open as of the date asked. As a
 * table, JSON, CSV, or a drawing's source (Graphviz DOT, Mermaid: see
 * `graph-drawing.ts`).
 *
 * @since 0.1.0
 */
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import type { Command } from 'commander';
import { contradictionEvidence, contradictionList, getPosition, preconditionEdges } from '@stancelog/core';
import type { AnalysisState, EdgeTerm, PreconditionEdge } from '@stancelog/core';
import { listAnalysis } from './analysis-listing.js';
import type { AnalysisListingOptions } from './analysis-listing.js';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';
import { STORE_OPTION_HELP, withAsOfOptions, withSnapshotsOption } from './command-registration.js';
import type { OutcomeSink } from './command-registration.js';
import { withCsvOptions } from './csv-output.js';
import { dotGraph, mermaidGraph, mermaidTooLarge } from './graph-drawing.js';
import type { TextSink, CliIo } from './io.js';
import { withRulesOption } from './rules-option.js';
import { writeTable } from './table.js';
import { issuesWithin } from './within-option.js';

/**
 * A holder's part in an edge as `stancelog graph --json` prints it: core's
 * {@link EdgeTerm}, and whose report it rests on, if not the holder's own
 * words.
 *
 * @example
 * import type { GraphEdgeTerm } from '@stancelog/cli'
 * // France never spoke for itself: its condition is Germany's account of it.
 * const term: GraphEdgeTerm = { holder: 'france', condition: '+', stance: '+', reportedBy: 'germany' }
 * assert.strictEqual(term.reportedBy, 'germany')
 * @category commands
 * @since 0.1.0
 */
export interface GraphEdgeTerm extends EdgeTerm {
  /** The actor whose report the holder's position stands on (its current word a third party's account: `positions` says `reported`), or `null` for the holder's own words. */
  readonly reportedBy: string | null;
}

/**
 * An edge of the precondition graph as `stancelog graph --json` prints it:
 * core's {@link PreconditionEdge} (`from` must hold, or with a condition
 * `-` must not, before `to`, according to each of `holders`), each
 * holder's term with whose report it rests on, and the open
 * `circular-precondition` contradictions it lies on.
 *
 * @example
 * import type { GraphEdgeView } from '@stancelog/cli'
 * const edge: GraphEdgeView = {
 *   from: 'territorial-concessions', to: 'ceasefire', holders: ['russia'],
 *   terms: [{ holder: 'russia', condition: '+', stance: '-', reportedBy: null }],
 *   deadlocks: ['circular-precondition:ceasefire>peace-talks,territorial-concessions>ceasefire'],
 * }
 * assert.strictEqual(edge.deadlocks.length, 1)
 * @category commands
 * @since 0.1.0
 */
export interface GraphEdgeView extends PreconditionEdge {
  readonly terms: ReadonlyArray<GraphEdgeTerm>;
  /** The ids of the open `circular-precondition` contradictions whose cycle runs through this edge (`stancelog explain ID` shows one); empty when it is on none. */
  readonly deadlocks: ReadonlyArray<string>;
}

/**
 * Options of `stancelog graph`.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { appendCommand, graphCommand } from '@stancelog/cli'
 * const cwd = mkdtempSync(join(tmpdir(), 'graph-'))
 * writeFileSync(join(cwd, 'talks.jsonl'), [
 *   '{"holder":"ukraine","issue":"peace-talks","kind":"condition","polarity":"+","conditions":[{"issue":"ceasefire","polarity":"+"}],"statedAt":"2025-05-16","source":{"quote":"a truce, then talks"}}',
 *   '{"holder":"russia","issue":"ceasefire","kind":"reject","polarity":"-","conditions":[{"issue":"peace-talks","polarity":"+"}],"statedAt":"2025-06-02","source":{"quote":"no truce before talks"}}',
 * ].join('\n'))
 * const io = { stdout: { write: (s: string) => s.length }, stderr: process.stderr, cwd, env: {} }
 * await appendCommand('talks.jsonl', {}, io)
 * // In May, one edge and no deadlock; since June, each wants the other's step first.
 * const may = await graphCommand({ asOf: '2025-05-31' }, io)
 * const now = await graphCommand({ deadlocks: true }, io)
 * assert.ok(may._tag === 'Right' && now._tag === 'Right')
 * assert.deepStrictEqual(may.right.map((e) => [e.from, e.to, e.deadlocks.length]), [['ceasefire', 'peace-talks', 0]])
 * assert.deepStrictEqual(now.right.map((e) => `${e.from} before ${e.to}`), ['ceasefire before peace-talks', 'peace-talks before ceasefire'])
 * @category commands
 * @since 0.1.0
 */
export interface GraphCommandOptions extends AnalysisListingOptions {
  /** Print the graph as Graphviz DOT (`--dot`), for `dot -Tsvg`. */
  readonly dot?: boolean | undefined;
  /** Print the graph as a Mermaid flowchart (`--mermaid`), which Markdown viewers draw. */
  readonly mermaid?: boolean | undefined;
  /** Only this holder's preconditions (`--holder`). */
  readonly holder?: string | undefined;
  /** Only the edges from or to this issue, not the issues under it (`--issue`; see `within`). */
  readonly issue?: string | undefined;
  /**
   * Only the edges from or to this issue or an issue under it, at any depth,
   * by the issue hierarchy of the registry the analysis reads (`--within`):
   * `--within peace-talks` keeps an edge to `territorial-concessions`,
   * defined with `parent: "peace-talks"`. Not with `issue`.
   */
  readonly within?: string | undefined;
  /** Only the edges on an open deadlock (`--deadlocks`). */
  readonly deadlocks?: boolean | undefined;
}

/**
 * The precondition graph's edges as of a state, each with the open
 * deadlocks it lies on; with `holder`, only that holder's terms (and the
 * edges it sets), with `issue`, only the edges from or to it, with
 * `within`, only those from or to it or an issue under it.
 *
 * @example
 * import { analysis, openMemoryStore, readAll, replay, statementMade } from '@stancelog/core'
 * import { graphEdgeViews } from './graph.js'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'ukraine', issue: 'peace-talks', kind: 'condition', polarity: '+', conditions: [{ issue: 'ceasefire', polarity: '+' }], statedAt: '2025-05-16', source: { quote: 'a truce, then talks' } }),
 *   statementMade({ holder: 'germany', issue: 'peace-talks', kind: 'support', polarity: '+', conditions: [{ issue: 'ceasefire', polarity: '+' }], statedAt: '2025-05-17', source: { quote: 'a truce must come first' } }),
 * ])
 * const state = replay(analysis(), await readAll(store))
 * assert.deepStrictEqual(graphEdgeViews(state).map((e) => e.holders), [['germany', 'ukraine']])
 * assert.deepStrictEqual(graphEdgeViews(state, { holder: 'germany' }).map((e) => e.terms), [[{ holder: 'germany', condition: '+', stance: '+', reportedBy: null }]])
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function graphEdgeViews(
  state: AnalysisState,
  filter: { readonly holder?: string | undefined; readonly issue?: string | undefined; readonly within?: string | undefined; readonly deadlocks?: boolean | undefined } = {},
): GraphEdgeView[] {
  const within = issuesWithin(state.registry, filter.within);
  const onCycles = new Map<string, string[]>();
  for (const cycle of contradictionList(state, { type: 'circular-precondition', status: 'open' })) {
    for (const edge of contradictionEvidence(state, cycle).cycle) {
      const key = `${edge.from}>${edge.to}`;
      onCycles.set(key, [...(onCycles.get(key) ?? []), cycle.id]);
    }
  }
  const views: GraphEdgeView[] = [];
  for (const edge of preconditionEdges(state)) {
    if (filter.issue !== undefined && edge.from !== filter.issue && edge.to !== filter.issue) continue;
    if (within !== undefined && !within.has(edge.from) && !within.has(edge.to)) continue;
    const terms = (edge.terms ?? [])
      .filter((t) => filter.holder === undefined || t.holder === filter.holder)
      .map((t) => ({ ...t, reportedBy: reporterOf(state, t.holder, edge.to) }));
    if (terms.length === 0) continue;
    const deadlocks = [...new Set(onCycles.get(`${edge.from}>${edge.to}`) ?? [])].sort();
    if (filter.deadlocks === true && deadlocks.length === 0) continue;
    views.push({ from: edge.from, to: edge.to, holders: terms.map((t) => t.holder), terms, deadlocks });
  }
  return views;
}

/** The actor whose account the holder's position on `issue` stands on (as core's contradictionEvidence says), or null for its own words. */
function reporterOf(state: AnalysisState, holder: string, issue: string): string | null {
  const current = getPosition(state.positions, holder, issue)?.current;
  return current === undefined || current.firstHand ? null : current.attribution.slice('actor:'.length);
}

/**
 * The columns of `graph`'s table and of `graph --csv`: a row per holder of
 * an edge.
 *
 * @example
 * import { GRAPH_COLUMNS } from './graph.js'
 * assert.deepStrictEqual([...GRAPH_COLUMNS], ['holder', 'first', 'then', 'stance', 'evidence', 'deadlocks'])
 * @category output
 * @since 0.1.0
 * @internal
 */
export const GRAPH_COLUMNS = ['holder', 'first', 'then', 'stance', 'evidence', 'deadlocks'] as const;

/**
 * A row per holder of each edge, in {@link GRAPH_COLUMNS}' order: the
 * holder, the condition it sets (`ceasefire +`: a ceasefire first;
 * `nato-membership -`: no membership first), the issue it sets it on, its
 * stance on that issue, what that stance rests on (`own words`, or
 * `reported by germany`), and the deadlocks the edge lies on (`; `-joined).
 *
 * @example
 * import { graphRows } from './graph.js'
 * const [row] = graphRows([{ from: 'territorial-concessions', to: 'ceasefire', holders: ['russia'], terms: [{ holder: 'russia', condition: '+', stance: '-', reportedBy: 'germany' }], deadlocks: [] }])
 * assert.deepStrictEqual(row, ['russia', 'territorial-concessions +', 'ceasefire', '-', 'reported by germany', ''])
 * @category output
 * @since 0.1.0
 * @internal
 */
export function* graphRows(views: Iterable<GraphEdgeView>): Generator<ReadonlyArray<string>> {
  for (const edge of views) {
    for (const t of edge.terms) {
      const evidence = t.reportedBy === null ? 'own words' : `reported by ${t.reportedBy}`;
      yield [t.holder, `${edge.from} ${t.condition}`, edge.to, t.stance, evidence, edge.deadlocks.join('; ')];
    }
  }
}

/** Refuses two output formats at once: each writes the whole output. */
function checkFormat(options: GraphCommandOptions): Either<CliError, void> {
  const given = (['json', 'csv', 'dot', 'mermaid'] as const).filter((f) => options[f] === true);
  if (given.length > 1) return left(cliError(`${given.map((f) => `--${f}`).join(' and ')}: give one output format (--json, --csv, --dot or --mermaid)`));
  return right(undefined);
}

/**
 * Runs `stancelog graph`.
 *
 * @example
 * import { graphCommand } from '@stancelog/cli'
 * const io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: {} }
 * const r = await graphCommand({ dot: true, mermaid: true }, io)
 * assert.ok(r._tag === 'Left' && r.left.message === '--dot and --mermaid: give one output format (--json, --csv, --dot or --mermaid)')
 * @category commands
 * @since 0.1.0
 */
export async function graphCommand(options: GraphCommandOptions, io: CliIo): Promise<Either<CliError, ReadonlyArray<GraphEdgeView>>> {
  const format = checkFormat(options);
  if (isLeft(format)) return format;
  return listAnalysis(options, io, {
    views: (state) => graphEdgeViews(state, options),
    filterIds: [
      { option: '--holder', kind: 'actor', id: options.holder },
      { option: '--issue', kind: 'issue', id: options.issue },
      { option: '--within', kind: 'issue', id: options.within },
    ],
    csv: { columns: GRAPH_COLUMNS, rows: graphRows },
    draw: (views, state) => {
      if (options.dot) io.stdout.write(dotGraph(views, state.registry));
      else if (options.mermaid) {
        const chart = mermaidGraph(views, state.registry);
        io.stdout.write(chart);
        // Written all the same (a viewer configured otherwise draws it), but said: a page would show an error instead.
        const tooLarge = mermaidTooLarge(chart);
        if (tooLarge !== undefined) io.stderr.write(`stancelog: warning: the chart has ${tooLarge}: narrow it with --deadlocks, --issue, --within or --holder, or draw it with --dot\n`);
      } else return false;
      return true;
    },
    nothing: {
      what: 'preconditions',
      asked: [
        ['holder', options.holder],
        ['issue', options.issue],
        ['within', options.within],
        ['deadlocks', options.deadlocks === true ? 'only' : undefined],
      ],
    },
    table: writeGraphTable,
  });
}

/**
 * Writes the human table: a row per holder of each edge.
 *
 * @example
 * import { writeGraphTable } from './graph.js'
 * let out = ''
 * writeGraphTable({ write: (s: string) => (out += s) }, [{ from: 'ceasefire', to: 'peace-talks', holders: ['ukraine'], terms: [{ holder: 'ukraine', condition: '+', stance: '+', reportedBy: null }], deadlocks: ['circular-precondition:x'] }])
 * assert.deepStrictEqual(out.split('\n'), [
 *   'holder   first        then         stance  evidence   deadlocks',
 *   'ukraine  ceasefire +  peace-talks  +       own words  circular-precondition:x',
 *   '',
 * ])
 * @category output
 * @since 0.1.0
 * @internal
 */
export function writeGraphTable(sink: TextSink, views: ReadonlyArray<GraphEdgeView>): void {
  writeTable(sink, [...GRAPH_COLUMNS], [...graphRows(views)].map((row) => [...row]));
}

/**
 * Registers `stancelog graph` on the program.
 *
 * @example
 * import { Command } from 'commander'
 * import { registerGraph } from './graph.js'
 * const program = new Command('stancelog')
 * registerGraph(program, { stdout: process.stdout, stderr: process.stderr, cwd: '.', env: {} }, () => undefined)
 * assert.ok(program.commands.some((c) => c.name() === 'graph'))
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function registerGraph(program: Command, io: CliIo, done: OutcomeSink): void {
  const command = withAsOfOptions(
    program
      .command('graph')
      .description('the precondition graph: which step each holder wants taken before which, and the deadlocks (cycles) among them'),
  )
    .option('--holder <actor>', "only this holder's preconditions")
    .option('--issue <issue>', 'only the edges from or to this issue, not the issues under it (see --within)')
    .option('--within <issue>', 'only the edges from or to this issue or the issues under it (defined with parent, at any depth), by the hierarchy the registry holds (at --known-at when given)')
    .option('--deadlocks', 'only the edges on an open deadlock (a circular-precondition contradiction)')
    .option('--store <path|url>', STORE_OPTION_HELP)
    .option('--json', 'print the edges as a JSON array')
    .option('--dot', 'print the graph as Graphviz DOT (dot -Tsvg draws it)')
    .option('--mermaid', 'print the graph as a Mermaid flowchart (Markdown viewers draw it)');
  withRulesOption(withSnapshotsOption(withCsvOptions(command, 'print a row per holder of each edge as CSV, for a spreadsheet'))).action(async (opts: GraphCommandOptions) => {
    done(await graphCommand(opts, io));
  });
}
