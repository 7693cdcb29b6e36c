/**
 * `stancelog timeline`: each holder's stance on each issue over time, one
 * line per statement with its quote, and where the stance changed.
 *
 * @since 0.1.0
 */
import { isLeft, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import type { Command } from 'commander';
import { allPositions, contradictionList, outweighedReports, positionKey, positionList, statementInfo, unheldRetractions } from '@stancelog/core';
import type { AnalysisState, ContradictionView, Polarity, PositionFilter, PositionState, StanceRun, StatementInfo, StatementKind, StoredEvent } from '@stancelog/core';
import { asOfOption, nothingKnownNoteOf, pointWords } from './as-of-option.js';
import type { AsOfOptions } from './as-of-option.js';
import type { CliError } from './cli-error.js';
import { STORE_OPTION_HELP, withAsOfOptions, withSnapshotsOption } from './command-registration.js';
import type { OutcomeSink } from './command-registration.js';
import { emptyAnswer } from './empty-answer.js';
import { checkFilterIdsIn } from './filter-ids.js';
import type { CliIo } from './io.js';
import { statementConditionsText } from './positions.js';
import { withAnalysis } from './read-events.js';
import { loadRules, withRulesOption } from './rules-option.js';
import { correctionMark, correctionsOf, stanceLabel, UNHELD_RETRACTION_LEGEND } from './stance-label.js';
import type { CorrectsRef } from './stance-label.js';
import { oneLine, shownQuote } from './table.js';
import { mentionsRead, statementsRead, statementTags } from './tag-read.js';
import type { TagRead } from './tag-read.js';
import { checkIssueOrWithin, ISSUE_ONLY_HELP, issuesWithin, WITHIN_HELP } from './within-option.js';

/**
 * Options of `stancelog timeline`.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { appendCommand, timelineCommand } from '@stancelog/cli'
 * const cwd = mkdtempSync(join(tmpdir(), 'timeline-'))
 * writeFileSync(join(cwd, 'talks.jsonl'), [
 *   '{"holder":"russia","issue":"ceasefire","kind":"reject","polarity":"-","statedAt":"2025-05-16","source":{"quote":"no truce"}}',
 *   '{"holder":"ukraine","issue":"ceasefire","kind":"demand","polarity":"+","statedAt":"2025-05-20","source":{"quote":"a truce first"}}',
 * ].join('\n'))
 * let out = ''
 * const io = { stdout: { write: (s: string) => (out += s) }, stderr: process.stderr, cwd, env: {} }
 * await appendCommand('talks.jsonl', {}, io)
 * out = ''
 * // Only Ukraine's lines, printed as JSON: the entries the command returns.
 * const r = await timelineCommand({ holder: 'ukraine', json: true }, io)
 * assert.ok(r._tag === 'Right' && r.right.length === 1 && r.right[0]!.holder === 'ukraine')
 * assert.deepStrictEqual(JSON.parse(out), r.right)
 * @category commands
 * @since 0.1.0
 */
export interface TimelineCommandOptions extends AsOfOptions {
  readonly store?: string | undefined;
  readonly json?: boolean | undefined;
  readonly holder?: string | undefined;
  /** Only this issue, not the issues under it (`--issue`; see `within`). */
  readonly issue?: string | undefined;
  /**
   * Only this issue and the issues under it, at any depth, by the issue
   * hierarchy of the registry the analysis reads (as known at `knownAt`
   * when given). Not with `issue`.
   */
  readonly within?: string | undefined;
  /**
   * Whether the log as it is now (no `asOf`, `knownAt`) is analysed from
   * the snapshot kept with it, which is saved again as `positions` saves
   * it (default true; false is `--no-snapshots`): see docs/cli.md,
   * "Snapshots". With it, and `holder`, `issue` or `within`, only the statements the
   * timeline quotes are read, by tag; otherwise the events are read whole,
   * for the quotes.
   */
  readonly snapshots?: boolean | undefined;
  /**
   * JavaScript modules (paths relative to `io.cwd`) whose contradiction
   * rules run beside the built-in ones (`--rules`); when not given, those
   * `$STANCELOG_RULES` names. They change no stance: the analysis is the one `contradictions` runs with them, and so is the snapshot it starts from. See docs/cli.md, "Rules of your own".
   */
  readonly rules?: ReadonlyArray<string> | undefined;
}

/**
 * One statement on a holder's line, and whether the stance changed with it.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { appendCommand, timelineCommand } from '@stancelog/cli'
 * const cwd = mkdtempSync(join(tmpdir(), 'timeline-'))
 * writeFileSync(join(cwd, 'talks.jsonl'), [
 *   '{"holder":"russia","issue":"ceasefire","kind":"reject","polarity":"-","statedAt":"2025-05-16","source":{"quote":"no truce"}}',
 *   '{"holder":"russia","issue":"ceasefire","kind":"accept","polarity":"+","statedAt":"2025-06-02","source":{"quote":"a truce, then"}}',
 * ].join('\n'))
 * const io = { stdout: { write: (s: string) => s.length }, stderr: process.stderr, cwd, env: {} }
 * await appendCommand('talks.jsonl', {}, io)
 * const r = await timelineCommand({ holder: 'russia' }, io)
 * assert.ok(r._tag === 'Right')
 * // From - to +: the second statement is a reversal, marked ⇄ in the text.
 * assert.deepStrictEqual(r.right[0]?.statements.map((s) => [s.stated, s.change, s.quote]), [['2025-05-16', 'first', 'no truce'], ['2025-06-02', 'reversal', 'a truce, then']])
 * @category commands
 * @since 0.1.0
 */
export interface TimelineStatement extends StatementInfo {
  /**
   * `first` for the statement that took the first stance; `reversal` for
   * one with which the holder's own word turned between + and - (a
   * `reversal` contradiction's last statement);
   * `changed` for any other that began a new run of the history (the
   * stance, `+`, `-` or `0`, or only its kind changed); else null.
   */
  readonly change: 'first' | 'changed' | 'reversal' | null;
  /** A third party's account that the holder's own word of the days before outweighs: it sets no stance (see `outweighedReports` in core). */
  readonly outweighed: boolean;
  /**
   * A retraction of a stance (its `polarity`) the holder did not hold as it
   * was said: it withdrew nothing, changed no stance and began no run (see
   * `unheldRetractions` in core). The text prints it `0 retract (of -, not
   * held)` rather than `(drops -)`. False for any other statement.
   */
  readonly withdrewNothing: boolean;
  /**
   * For a corrected statement (one `stancelog correct` appended in place of
   * a statement entered wrongly), its `corrects` as stored: the id of the
   * statement it replaced and the log position of the place it takes; the
   * text marks it `[a correction, in place of #72, recorded 2026-12-07]`.
   * `null` for any other statement.
   */
  readonly corrects: CorrectsRef | null;
}

/**
 * A holder's stance on an issue over time.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { appendCommand, timelineCommand } from '@stancelog/cli'
 * const cwd = mkdtempSync(join(tmpdir(), 'timeline-'))
 * writeFileSync(join(cwd, 'talks.jsonl'), [
 *   '{"holder":"ukraine","issue":"ceasefire","kind":"demand","polarity":"+","statedAt":"2025-05-20","source":{"quote":"a truce first"}}',
 *   '{"holder":"ukraine","issue":"ceasefire","kind":"condition","polarity":"+","conditions":[{"issue":"prisoner-exchange","polarity":"+"}],"statedAt":"2025-06-10","source":{"quote":"a truce once the prisoners are home"}}',
 * ].join('\n'))
 * const io = { stdout: { write: (s: string) => s.length }, stderr: process.stderr, cwd, env: {} }
 * await appendCommand('talks.jsonl', {}, io)
 * const r = await timelineCommand({}, io)
 * assert.ok(r._tag === 'Right')
 * const [entry] = r.right
 * // For a truce (+) since May, on a condition since June: `since` dates the stance, the history each run of it.
 * assert.deepStrictEqual([entry?.holder, entry?.polarity, entry?.kind, entry?.since], ['ukraine', '+', 'condition', '2025-05-20'])
 * assert.deepStrictEqual(entry?.history.map((run) => `${run.kind} from ${run.from}`), ['demand from 2025-05-20', 'condition from 2025-06-10'])
 * @category commands
 * @since 0.1.0
 */
export interface TimelineEntry {
  readonly holder: string;
  readonly issue: string;
  readonly polarity: Polarity;
  readonly kind: StatementKind;
  readonly since: string;
  /** One run per stance, oldest first (as in `positions --json`). */
  readonly history: ReadonlyArray<StanceRun>;
  /** Every statement, in the order of the history (valid time, then log order). */
  readonly statements: ReadonlyArray<TimelineStatement>;
}

/**
 * The statements with which a holder's own stance turned, as the
 * `reversal` rule found the turns: the last statement of each `reversal`
 * contradiction (the first is the word it turned from). What `timeline`
 * marks `⇄`, and the report rings: a reversal is what the rule calls one,
 * not a second reading of the history. So a flip that rests on a third
 * party's report is none, a turn through a hedge (`-`, then `0`, then `+`)
 * is one, as is a turn a report stands in front of (the report begins the
 * run; the holder's own word that follows is the turn).
 *
 * @example
 * import { analysis, contradictionList, openMemoryStore, readAll, replay, statementMade } from '@stancelog/core'
 * import { reversalTurns } from './timeline.js'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'no truce' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'hedge', polarity: '0', statedAt: '2025-03-20', source: { quote: 'we shall see' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-04-01', source: { quote: 'an energy truce, yes' } }),
 * ])
 * const events = await readAll(store)
 * // From - through a hedge to +: the rule finds a turn, with the acceptance.
 * assert.deepStrictEqual([...reversalTurns(contradictionList(replay(analysis(), events)))], [events[2]!.id])
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function reversalTurns(contradictions: ReadonlyArray<ContradictionView>): Set<string> {
  const turns = new Set<string>();
  for (const c of contradictions) {
    const turn = c.type === 'reversal' ? c.statements[c.statements.length - 1] : undefined;
    if (turn !== undefined) turns.add(turn);
  }
  return turns;
}

/**
 * Builds the timeline from the positions' history and the statements:
 * `turns` are the statements with which the holder's stance turned (see
 * {@link reversalTurns}), marked `reversal`; `unheld` the retractions that
 * withdrew nothing (`withdrewNothing`).
 *
 * @example
 * import { timelineEntries } from './timeline.js'
 * assert.deepStrictEqual(timelineEntries([], new Map()), [])
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function timelineEntries(
  positions: ReturnType<typeof positionList>,
  statements: Pick<ReadonlyMap<string, StatementInfo>, 'get'>,
  historyIds?: ReadonlyMap<string, ReadonlyArray<string>>,
  outweighed: ReadonlySet<string> = new Set(),
  turns: ReadonlySet<string> = new Set(),
  unheld: ReadonlySet<string> = new Set(),
  corrections: ReadonlyMap<string, CorrectsRef> = new Map(),
): TimelineEntry[] {
  return positions.map((p) => {
    const starts = new Map<string, 'first' | 'changed'>();
    p.history.forEach((run, i) => {
      const id = run.statements[0];
      if (id !== undefined) starts.set(id, i === 0 ? 'first' : 'changed');
    });
    // Every statement of this holder x issue, outranked ones too, in history order.
    const ids = historyIds?.get(positionKey(p.holder, p.issue)) ?? p.history.flatMap((r) => r.statements);
    const list: TimelineStatement[] = [];
    for (const id of ids) {
      const s = statements.get(id);
      if (s) list.push({ ...s, change: turns.has(id) ? 'reversal' : (starts.get(id) ?? null), outweighed: outweighed.has(id), withdrewNothing: unheld.has(id), corrects: corrections.get(id) ?? null });
    }
    return { holder: p.holder, issue: p.issue, polarity: p.polarity, kind: p.kind, since: p.since, history: p.history, statements: list };
  });
}

/** Whether a timeline filtered by `filter` shows a position: of the holder and of the issue filtered on, when given (as `positionList` filters), and of an issue `within` keeps. */
function shows(filter: PositionFilter, p: Pick<PositionState, 'holder' | 'issue'>, within?: ReadonlySet<string>): boolean {
  return (filter.holder === undefined || p.holder === filter.holder) && (filter.issue === undefined || p.issue === filter.issue) && (within === undefined || within.has(p.issue));
}

/**
 * What a timeline filtered by holder or issue reads of the log, given the
 * analysis: the statements of the positions it shows, by tag (see
 * `statementTags`), and an event mentioning each id filtered on, which
 * the command checks the log mentions (the issue of `within`, the
 * `--within` option, when it shows none). Undefined without a filter (every
 * statement is shown), or when the analysis cannot place one: the whole
 * log is read.
 *
 * @example
 * import { analysis, openMemoryStore, readAll, replay, statementMade } from '@stancelog/core'
 * import { timelineRead } from './timeline.js'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-05-16', source: { quote: 'no truce' } }),
 *   statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-05-18', source: { quote: 'a truce now' } }),
 * ])
 * const events = await readAll(store)
 * const state = replay(analysis(), events)
 * assert.deepStrictEqual(timelineRead(state, { holder: 'ukraine' })?.tags, ['actor:ukraine'])
 * assert.strictEqual(timelineRead(state, { holder: 'ukraine' })?.holdsAll(events.filter((e) => e.tags.includes('actor:ukraine'))), true)
 * assert.strictEqual(timelineRead(state, {}), undefined)
 * // An issue with none under it: --within reads what --issue does.
 * assert.deepStrictEqual(timelineRead(state, {}, 'ceasefire')?.tags, timelineRead(state, { issue: 'ceasefire' })?.tags)
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function timelineRead(state: AnalysisState, filter: PositionFilter, within?: string): TagRead | undefined {
  if (filter.holder === undefined && filter.issue === undefined && within === undefined) return undefined;
  const issues = issuesWithin(state.registry, within);
  const ids = new Set<string>();
  for (const p of allPositions(state.positions)) if (shows(filter, p, issues)) for (const entry of p.history) ids.add(entry.id);
  const mentioned = [
    ...(filter.holder !== undefined ? [`actor:${filter.holder}`] : []),
    ...(filter.issue !== undefined ? [`issue:${filter.issue}`] : []),
  ];
  // No statement to show: see that the log mentions the ids filtered on, to tell an empty timeline from a typo. (An
  // issue under --within shows one only when the log mentions --within's: no need to read for it then.)
  if (ids.size === 0) return mentionsRead(within === undefined ? mentioned : [...mentioned, `issue:${within}`]);
  const tags = statementTags(state, ids);
  return tags === undefined ? undefined : statementsRead(tags, ids, mentioned);
}

/** What the marks of a timeline mean: `→` is any other change of the run, of the stance or of its kind only (a red line restated as a refusal). */
const TIMELINE_LEGEND = "• first stance   → stance or kind changed   ⇄ reversal: the holder's own word turned (+ to - or back)";

/**
 * The human text of a timeline.
 *
 * @example
 * import { timelineText } from './timeline.js'
 * assert.strictEqual(timelineText([]), 'no statements\n')
 * @category output
 * @since 0.1.0
 * @internal
 */
export function timelineText(entries: ReadonlyArray<TimelineEntry>, point?: string): string {
  return [...timelineTextPieces(entries, point)].join('');
}

/**
 * The human text of a timeline (see {@link timelineText}) in pieces, one per
 * holder and issue and one for the legend, each ending with a line break:
 * written one by one, the text of every statement of the log is never one
 * string (200,000 statements made one of 32 MB, and its copy to write).
 *
 * @example
 * import { timelineTextPieces } from './timeline.js'
 * assert.deepStrictEqual([...timelineTextPieces([])], ['no statements\n'])
 * @category output
 * @since 0.1.0
 * @internal
 */
export function* timelineTextPieces(entries: ReadonlyArray<TimelineEntry>, point?: string): Generator<string> {
  if (entries.length === 0) {
    yield 'no statements\n';
    return;
  }
  // A quote or a publisher may hold line breaks or terminal escapes: each line stays one, and inert.
  const piece = (lines: ReadonlyArray<string>): string => lines.map((line) => `${oneLine(line)}\n`).join('');
  for (const e of entries) {
    // "now" only for the log as it is now: as of a date, the stance is that date's.
    const lines = [`${e.holder} on ${e.issue}${point === undefined ? ': now' : `, ${point}:`} ${e.polarity} ${e.kind} since ${e.since}`];
    for (const s of e.statements) {
      const mark = s.change === 'reversal' ? '⇄' : s.change === 'changed' ? '→' : s.change === 'first' ? '•' : s.outweighed ? '◦' : ' ';
      const conditions = statementConditionsText(s);
      const who = [s.speaker, s.reportedBy ? `for ${s.reportedBy}` : null, s.publisher].filter(Boolean).join(', ');
      const corrected = correctionMark(s.corrects, s.recordedAt);
      lines.push(`  ${mark} ${s.stated.padEnd(10)}  ${stanceLabel(s.polarity, s.kind, s.withdrewNothing)}${conditions ? ` (${conditions})` : ''}  ${shownQuote(s.quote)}${who ? ` (${who})` : ''}${corrected ? ` [${corrected}]` : ''}`);
    }
    lines.push('');
    yield piece(lines);
  }
  const legend = [TIMELINE_LEGEND];
  if (entries.some((e) => e.statements.some((s) => s.outweighed))) legend.push("◦ a third party's account that the holder's own word of the days before outweighs");
  if (entries.some((e) => e.statements.some((s) => s.withdrewNothing))) legend.push(UNHELD_RETRACTION_LEGEND);
  yield piece(legend);
}

/**
 * A timeline as `--json` prints it, `JSON.stringify(entries, null, 2)` and a
 * line break, in pieces: one per holder and issue, indented as in the
 * array. Written one by one, the JSON of every statement of the log is never
 * one string: 200,000 statements made one of 146 MB, and its copy to write
 * (a peak of 1.2 GB; 0.7 to 0.8 GB in pieces).
 *
 * @example
 * import { timelineJsonPieces } from './timeline.js'
 * const entries = [{ holder: 'russia', issue: 'ceasefire', polarity: '-', kind: 'reject', since: '2025-05-16', history: [], statements: [] }] as const
 * assert.strictEqual([...timelineJsonPieces(entries)].join(''), JSON.stringify(entries, null, 2) + '\n')
 * assert.deepStrictEqual([...timelineJsonPieces([])], ['[]\n'])
 * @category output
 * @since 0.1.0
 * @internal
 */
export function* timelineJsonPieces(entries: ReadonlyArray<TimelineEntry>): Generator<string> {
  if (entries.length === 0) {
    yield '[]\n';
    return;
  }
  // A string in JSON holds no line break of its own (it is written \n): every one is the layout's, indented a level more in the array.
  for (let i = 0; i < entries.length; i++) {
    yield `${i === 0 ? '[\n' : ''}  ${JSON.stringify(entries[i], null, 2).replace(/\n/g, '\n  ')}${i === entries.length - 1 ? '\n]\n' : ',\n'}`;
  }
}

/**
 * Runs `stancelog timeline`.
 *
 * @example
 * import { timelineCommand } from '@stancelog/cli'
 * const io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: {} }
 * assert.strictEqual((await timelineCommand({ asOf: 'last spring' }, io))._tag, 'Left')
 * @category commands
 * @since 0.1.0
 */
export async function timelineCommand(options: TimelineCommandOptions, io: CliIo): Promise<Either<CliError, ReadonlyArray<TimelineEntry>>> {
  const asOf = asOfOption(options);
  if (isLeft(asOf)) return asOf;
  const one = checkIssueOrWithin(options);
  if (isLeft(one)) return one;
  const filter: PositionFilter = {
    ...(options.holder !== undefined ? { holder: options.holder } : {}),
    ...(options.issue !== undefined ? { issue: options.issue } : {}),
  };
  const rules = await loadRules(options.rules, io);
  if (isLeft(rules)) return rules;
  // As of a date, each holder's history stops there: the snapshot, of the log as it is now, holds what came after.
  return withAnalysis(
    options.store,
    io,
    asOf.right,
    { snapshots: options.snapshots, rules: rules.right },
    async (events, analysed) => {
      // A holder or issue the log never mentions is a typo, not an empty timeline.
      const checked = checkFilterIdsIn(events, [
        { option: '--holder', kind: 'actor', id: options.holder },
        { option: '--issue', kind: 'issue', id: options.issue },
      ]);
      if (isLeft(checked)) return checked;
      const state = analysed();
      const within = issuesWithin(state.registry, options.within);
      const historyIds = new Map<string, string[]>();
      const outweighed = new Set<string>();
      const unheld = new Set<string>();
      // Of the positions shown only: a statement belongs to one position, so another's ids are never looked up.
      for (const p of allPositions(state.positions)) {
        if (!shows(filter, p, within)) continue;
        historyIds.set(p.key, p.history.map((h) => h.id));
        for (const id of outweighedReports(p)) outweighed.add(id);
        for (const id of unheldRetractions(p)) unheld.add(id);
      }
      // The turns the reversal rule found: the timeline marks a reversal where `contradictions` lists one.
      const turns = reversalTurns(contradictionList(state, { type: 'reversal', actor: options.holder, issue: options.issue }));
      const shown = within === undefined ? positionList(state, filter) : positionList(state, filter).filter((p) => within.has(p.issue));
      // Each statement flattened as its line is made: an index of them all, flattened first, stood beside the lines (48 MB of 200,000 statements).
      const made = new Map<string, StoredEvent & { type: 'statement-made' }>();
      for (const e of events) if (e.type === 'statement-made') made.set(e.id, e);
      const statements = { get: (id: string) => { const e = made.get(id); return e === undefined ? undefined : statementInfo(e); } };
      const entries = timelineEntries(shown, statements, historyIds, outweighed, turns, unheld, correctionsOf(events));
      if (entries.length === 0) {
        // Asked only when none is shown: the read then holds the first event of --within's issue, if the log has one.
        const unknown = checkFilterIdsIn(events, [{ option: '--within', kind: 'issue', id: options.within }]);
        if (isLeft(unknown)) return unknown;
        // As positions says: a --known-at before the log learnt any statement (with a date, the whole log was read).
        const note = nothingKnownNoteOf(events, asOf.right);
        if (note !== undefined) io.stderr.write(`stancelog: ${note}\n`);
      }
      // Written a holder and issue at a time: the whole log's text, and its copy to write, made one string each.
      const pieces = options.json
        ? timelineJsonPieces(entries)
        : entries.length === 0
          ? [emptyAnswer('statements', [['holder', options.holder], ['issue', options.issue], ['within', options.within], ['as of', options.asOf], ['known at', options.knownAt]])]
          : timelineTextPieces(entries, pointWords(asOf.right));
      for (const piece of pieces) io.stdout.write(piece);
      return right(entries);
    },
    (state) => timelineRead(state, filter, options.within),
  );
}

/**
 * Registers `stancelog timeline` on the program.
 *
 * @example
 * import { Command } from 'commander'
 * import { registerTimeline } from './timeline.js'
 * const program = new Command('stancelog')
 * registerTimeline(program, { stdout: process.stdout, stderr: process.stderr, cwd: '.', env: {} }, () => undefined)
 * assert.ok(program.commands.some((c) => c.name() === 'timeline'))
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function registerTimeline(program: Command, io: CliIo, done: OutcomeSink): void {
  const command = withSnapshotsOption(
    withAsOfOptions(
      program
        .command('timeline')
        .description("each holder's stance on each issue over time, with the quotes")
        .option('--holder <actor>', 'only this holder')
        .option('--issue <issue>', ISSUE_ONLY_HELP)
        .option('--within <issue>', WITHIN_HELP),
    ),
  )
    .option('--store <path|url>', STORE_OPTION_HELP)
    .option('--json', 'print the timeline as a JSON array');
  withRulesOption(command)
    .action(async (opts: TimelineCommandOptions) => {
      done(await timelineCommand(opts, io));
    });
}
