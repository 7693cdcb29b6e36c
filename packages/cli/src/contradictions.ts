/**
 * `stancelog contradictions`: the typed, dated contradictions between (and
 * within) the holders' stances, open or resolved, with their statements.
 *
 * @since 0.1.0
 */
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { contradictionEvidence, contradictionList, defaultRules, nearNames } from '@stancelog/core';
import type { ContradictionFilter, ContradictionView, ReportedStance } from '@stancelog/core';
import { listAnalysis } from './analysis-listing.js';
import type { AnalysisListingOptions } from './analysis-listing.js';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';
import { shortIds } from './explain.js';
import { emptyAnswer } from './empty-answer.js';
import { checkFilterIds } from './filter-ids.js';
import type { CliIo, TextSink } from './io.js';
import { unknownTypeHint } from './rules-option.js';
import { writeTable } from './table.js';
import { CONTRADICTION_COLUMNS, contradictionRows } from './csv-output.js';
import { watchContradictions } from './watch.js';
import { onIssuesWithin } from './within-option.js';

/**
 * Options of `stancelog contradictions`.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { appendCommand, contradictionsCommand } from '@stancelog/cli'
 * const cwd = mkdtempSync(join(tmpdir(), 'contradictions-'))
 * writeFileSync(join(cwd, 'talks.jsonl'), [
 *   '{"holder":"russia","issue":"territorial-concessions","kind":"demand","polarity":"+","statedAt":"2025-05-16","source":{"quote":"cede the land"}}',
 *   '{"holder":"ukraine","issue":"territorial-concessions","kind":"red-line","polarity":"-","statedAt":"2025-05-16","source":{"quote":"never"}}',
 *   '{"holder":"russia","issue":"territorial-concessions","kind":"reject","polarity":"-","statedAt":"2025-06-02","source":{"quote":"no land swap after all"}}',
 * ].join('\n'))
 * const io = { stdout: { write: (s: string) => s.length }, stderr: process.stderr, cwd, env: {} }
 * await appendCommand('talks.jsonl', {}, io)
 * // Russia's turn resolved the incompatibility and opened a reversal.
 * const resolved = await contradictionsCommand({ status: 'resolved' }, io)
 * assert.ok(resolved._tag === 'Right')
 * assert.deepStrictEqual(resolved.right.map((c) => [c.type, c.since, c.until]), [['incompatible', '2025-05-16', '2025-06-02']])
 * @category commands
 * @since 0.1.0
 */
export interface ContradictionsCommandOptions extends AnalysisListingOptions {
  /** Only this type: one of {@link CONTRADICTION_TYPES}, or of a rule `rules` loads. */
  readonly type?: string | undefined;
  /** Only open, or only resolved, contradictions. */
  readonly status?: string | undefined;
  /** Only contradictions involving this actor. */
  readonly actor?: string | undefined;
  /** Only contradictions on this issue, not on the issues under it alone (`--issue`; see `within`). */
  readonly issue?: string | undefined;
  /**
   * Only contradictions on this issue or an issue under it, at any depth,
   * by the issue hierarchy of the registry the analysis reads (as known at
   * `knownAt` when given; with `watch`, as the log grows): `--within
   * peace-talks` keeps an incompatibility on `territorial-concessions`,
   * defined with `parent: "peace-talks"`. Not with `issue`.
   */
  readonly within?: string | undefined;
  /**
   * Print the contradictions, then each change to them (opened, resolved,
   * gone) as the log grows, until `io.interrupted` resolves. With `json`,
   * one JSON object per line.
   */
  readonly watch?: boolean | undefined;
}

/**
 * The contradiction types of the built-in rules: those `--type` accepts
 * unless `--rules` (or `$STANCELOG_RULES`) adds rules, whose types it
 * accepts too.
 *
 * @example
 * import { CONTRADICTION_TYPES } from '@stancelog/cli'
 * assert.deepStrictEqual(CONTRADICTION_TYPES, ['incompatible', 'circular-precondition', 'reversal', 'conflicting-reports', 'self-contradiction'])
 * @category commands
 * @since 0.1.0
 */
export const CONTRADICTION_TYPES: ReadonlyArray<string> = defaultRules().map((r) => r.type);

/**
 * The human table of contradictions: open ones first, then resolved. Its
 * first column is the short form of each id that `stancelog explain`
 * takes, unique among `all` (the contradictions `explain` searches at the
 * same dates; by default the ones shown).
 *
 * @example
 * import { contradictionsTable } from './contradictions.js'
 * const c = (id: string) => ({ id, type: 'reversal', issues: ['ceasefire'], actors: ['russia'], since: '2025-03-01', until: null, resolvedBy: null, status: 'open', statements: [], summary: 'russia turned' }) as const
 * const text = contradictionsTable([c('reversal:russia:ceasefire'), c('reversal:russia:peace-talks')])
 * assert.deepStrictEqual(text.split('\n').map((line) => line.split(' ')[0]), ['id', 'reversal:russia:ceasefire', 'reversal:russia:peace-talks', ''])
 * // Filtered to one, it still names it so that explain finds only it.
 * assert.ok(contradictionsTable([c('reversal:russia:ceasefire')], [c('reversal:russia:ceasefire'), c('reversal:russia:peace-talks')]).includes('\nreversal:russia:ceasefire '))
 * assert.ok(contradictionsTable([c('reversal:russia:ceasefire')]).includes('\nreversal '))
 * @category output
 * @since 0.1.0
 * @internal
 */
export function contradictionsTable(views: ReadonlyArray<ContradictionView>, all: ReadonlyArray<ContradictionView> = views, reportsOf?: ReportsOf): string {
  let text = '';
  writeContradictionsTable({ write: (s: string) => (text += s) }, views, all, reportsOf);
  return text;
}

/**
 * The stances a contradiction rests on that are third parties' reports
 * (core's `contradictionEvidence(state, c).reported`).
 * @example
 * import type { ReportsOf } from './contradictions.js'
 * const none: ReportsOf = () => []
 * assert.deepStrictEqual(none({} as any), [])
 * @category output
 * @since 0.1.0
 * @internal
 */
export type ReportsOf = (c: ContradictionView) => ReadonlyArray<ReportedStance>;

/**
 * What the table adds to an open contradiction's summary when it rests on
 * third parties' reports: "; ukraine as reported by germany".
 * @example
 * import { onReports } from './contradictions.js'
 * assert.strictEqual(onReports([{ holder: 'ukraine', issue: 'territorial-concessions', by: 'germany' }]), '; ukraine as reported by germany')
 * assert.strictEqual(onReports([]), '')
 * @category output
 * @since 0.1.0
 * @internal
 */
export function onReports(reported: ReadonlyArray<ReportedStance>): string {
  return reported.length === 0 ? '' : `; ${reported.map((r) => `${r.holder} as reported by ${r.by}`).join(', ')}`;
}

/**
 * Writes {@link contradictionsTable} to a sink a thousand rows at a time: a
 * log whose stances flip often has hundreds of thousands of
 * contradictions, whose table is never held as one string.
 *
 * @example
 * import { writeContradictionsTable } from './contradictions.js'
 * const c = (id: string) => ({ id, type: 'reversal', issues: ['ceasefire'], actors: ['russia'], since: '2025-03-01', until: null, resolvedBy: null, status: 'open', statements: [], summary: 'russia turned' }) as const
 * const writes: string[] = []
 * writeContradictionsTable({ write: (s: string) => writes.push(s) }, Array.from({ length: 1500 }, (_, i) => c(`reversal:russia:issue-${i}`)))
 * assert.strictEqual(writes.length, 2)
 * @category output
 * @since 0.1.0
 * @internal
 */
export function writeContradictionsTable(sink: TextSink, views: ReadonlyArray<ContradictionView>, all: ReadonlyArray<ContradictionView> = views, reportsOf?: ReportsOf): void {
  const short = shortIds(all.map((c) => c.id));
  const rows = openFirst(views).map((c) => [
    short.get(c.id) ?? c.id,
    c.type,
    c.issues.join(', '),
    c.actors.join(', '),
    c.since,
    c.status === 'open' ? 'open' : `resolved ${c.until ?? ''}`.trim(),
    // An open clash or deadlock that rests on one party's account of another is that party's reading: said with it.
    c.status === 'open' && reportsOf !== undefined ? c.summary + onReports(reportsOf(c)) : c.summary,
  ]);
  writeTable(sink, ['id', 'type', 'issues', 'actors', 'since', 'status', 'summary'], rows);
}

// A slip of a letter ("reversals", "resolve"), said as the ids of `explain` are: "expected one of" lists them all, and the
// one meant is then to be found among five or more.
function meant(value: string, among: ReadonlyArray<string>): string {
  const near = nearNames(value, among);
  return near.length > 0 ? `; did you mean ${near.join(' or ')}?` : '';
}

/**
 * Runs `stancelog contradictions`.
 *
 * @example
 * import { contradictionsCommand } from '@stancelog/cli'
 * const io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: {} }
 * assert.strictEqual((await contradictionsCommand({ knownAt: 'soon' }, io))._tag, 'Left')
 * const bogus = await contradictionsCommand({ type: 'bogus' }, io)
 * assert.ok(bogus._tag === 'Left' && bogus.left.message.startsWith('--type "bogus": expected one of incompatible, '))
 * // Rules of one's own come from JavaScript modules; one that is not there is named.
 * const missing = await contradictionsCommand({ rules: ['no-such-rules.mjs'] }, io)
 * assert.ok(missing._tag === 'Left' && missing.left.message === '--rules no-such-rules.mjs: no such file')
 * @category commands
 * @since 0.1.0
 */
export async function contradictionsCommand(
  options: ContradictionsCommandOptions,
  io: CliIo,
): Promise<Either<CliError, ReadonlyArray<ContradictionView>>> {
  const status = options.status;
  const filter: ContradictionFilter = {
    ...(options.type !== undefined ? { type: options.type } : {}),
    ...(status !== undefined ? { status: status as 'open' | 'resolved' } : {}),
    ...(options.actor !== undefined ? { actor: options.actor } : {}),
    ...(options.issue !== undefined ? { issue: options.issue } : {}),
  };
  // The filters an empty answer names (and, but for a watch, the dates after them).
  const asked = [['type', options.type], ['status', status], ['actor', options.actor], ['issue', options.issue], ['within', options.within]] as const;
  return listAnalysis(options, io, {
    check: () =>
      status !== undefined && status !== 'open' && status !== 'resolved'
        ? left(cliError(`--status ${JSON.stringify(status)}: expected open or resolved${meant(status, ['open', 'resolved'])}`))
        : right(undefined),
    checkWithRules: (rules, asOf) => {
      // An unknown type would match nothing and look like "no contradictions". The types are those of the analysis run:
      // the built-in rules', and those of --rules.
      const types = [...CONTRADICTION_TYPES, ...rules.map((r) => r.type)];
      if (options.type !== undefined && !types.includes(options.type)) {
        return left(cliError(`--type ${JSON.stringify(options.type)}: expected one of ${types.join(', ')}${meant(options.type, types)}${unknownTypeHint(options.type, rules)}`));
      }
      if (options.watch && asOf !== undefined) return left(cliError('--watch follows the log as it grows: it takes no --as-of or --known-at'));
      return right(undefined);
    },
    instead: options.watch
      ? async (store, spec, rules) => {
          // An id the log does not mention yet may be what the watch waits for: a warning, not a refusal.
          const checked = await checkFilterIds(store, spec, [
            { option: '--actor', kind: 'actor', id: options.actor },
            { option: '--issue', kind: 'issue', id: options.issue },
            { option: '--within', kind: 'issue', id: options.within },
          ]);
          if (isLeft(checked)) io.stderr.write(`stancelog: warning: ${checked.left.message}; watching for it anyway\n`);
          return watchContradictions(store, spec, filter, options.json === true, io, (views, state) =>
            options.json
              ? JSON.stringify({ contradictions: views }) + '\n'
              : // None yet is said as `contradictions` says it, not as a table of headers only.
                views.length === 0
                ? emptyAnswer('contradictions', asked)
                : contradictionsTable(views, contradictionList(state), (c) => contradictionEvidence(state, c).reported),
            { snapshots: options.snapshots, rules, within: options.within },
          );
        }
      : undefined,
    views: (state) => onIssuesWithin(contradictionList(state, filter), state, options.within),
    filterIds: [
      { option: '--actor', kind: 'actor', id: options.actor },
      { option: '--issue', kind: 'issue', id: options.issue },
      { option: '--within', kind: 'issue', id: options.within },
    ],
    // In the table's order, open ones first: the rows a reader compares with it.
    csv: { columns: CONTRADICTION_COLUMNS, rows: (views) => contradictionRows(openFirst(views)) },
    nothing: { what: 'contradictions', asked },
    // Short ids unique among all the contradictions, as explain (at the same dates) looks among them all.
    table: (sink, views, state) => writeContradictionsTable(sink, views, contradictionList(state), (c) => contradictionEvidence(state, c).reported),
  });
}

// Open contradictions first, then resolved ones, each in the order given: the table's order, and --csv's.
function openFirst(views: ReadonlyArray<ContradictionView>): ContradictionView[] {
  return [...views.filter((c) => c.status === 'open'), ...views.filter((c) => c.status !== 'open')];
}
