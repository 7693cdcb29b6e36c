/**
 * `stancelog diff`: what changed between two dates (valid time): new
 * positions, changed and reversed ones, contradictions opened and resolved.
 *
 * @since 0.1.0
 */
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import type { Command } from 'commander';
import { allContradictions, contradictionList, endOf, positionKey, positionList, startOf } from '@stancelog/core';
import type { AnalysisState, ContradictionView, Polarity, PositionView, StatementKind } from '@stancelog/core';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';
import { dateOption, nothingKnownNoteOf } from './as-of-option.js';
import { shortIds } from './explain.js';
import { DATE_OPTION_FORMS, STORE_OPTION_HELP } from './command-registration.js';
import type { OutcomeSink } from './command-registration.js';
import type { CliIo } from './io.js';
import { periodBefore } from './period-before.js';
import { kindText } from './positions.js';
import { analyseEvents, withEvents } from './read-events.js';
import { loadRules, withRulesOption } from './rules-option.js';
import { renderTable } from './table.js';

/**
 * Options of `stancelog diff`.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { appendCommand, diffCommand } from '@stancelog/cli'
 * const cwd = mkdtempSync(join(tmpdir(), 'diff-'))
 * writeFileSync(join(cwd, 'talks.jsonl'), [
 *   '{"holder":"russia","issue":"ceasefire","kind":"reject","polarity":"-","statedAt":"2025-05-16","source":{"quote":"no truce"}}',
 *   '{"holder":"russia","issue":"ceasefire","kind":"accept","polarity":"+","statedAt":"2025-06-02","source":{"quote":"a truce, then"}}',
 *   '{"holder":"ukraine","issue":"ceasefire","kind":"demand","polarity":"+","statedAt":"2025-05-20","source":{"quote":"a truce first"}}',
 * ].join('\n'))
 * const io = { stdout: { write: (s: string) => s.length }, stderr: process.stderr, cwd, env: {} }
 * await appendCommand('talks.jsonl', {}, io)
 * // Any date form, both inclusive: a month is the whole month. Both first spoke in May; in June nobody new did.
 * const may = await diffCommand({ from: '2025-05', to: '2025-05' }, io)
 * assert.ok(may._tag === 'Right' && may.right.newPositions.map((p) => p.holder).join() === 'russia,ukraine')
 * const june = await diffCommand({ from: '2025-06', to: '2025-06' }, io)
 * assert.ok(june._tag === 'Right' && june.right.newPositions.length === 0 && june.right.changedPositions.length === 1)
 * @category commands
 * @since 0.1.0
 */
export interface DiffCommandOptions {
  readonly from: string;
  readonly to: string;
  /** Both dates as the log knew them at the end of this day (recorded time), as `positions --known-at` reads: what changed, as we knew it then. */
  readonly knownAt?: string | undefined;
  readonly store?: string | undefined;
  readonly json?: boolean | undefined;
  /**
   * JavaScript modules (paths relative to `io.cwd`) whose contradiction
   * rules run beside the built-in ones (`--rules`); when not given, those
   * `$STANCELOG_RULES` names. The contradictions they open and resolve in the period are listed with the built-in ones'. See docs/cli.md, "Rules of your own".
   */
  readonly rules?: ReadonlyArray<string> | undefined;
}

/**
 * A stance at one date.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { appendCommand, diffCommand } from '@stancelog/cli'
 * const cwd = mkdtempSync(join(tmpdir(), 'diff-'))
 * writeFileSync(join(cwd, 'talks.jsonl'), [
 *   '{"holder":"russia","issue":"ceasefire","kind":"reject","polarity":"-","statedAt":"2025-05-16","source":{"quote":"no truce"}}',
 *   '{"holder":"russia","issue":"ceasefire","kind":"accept","polarity":"+","statedAt":"2025-06-02","source":{"quote":"a truce, then"}}',
 * ].join('\n'))
 * const io = { stdout: { write: (s: string) => s.length }, stderr: process.stderr, cwd, env: {} }
 * await appendCommand('talks.jsonl', {}, io)
 * const r = await diffCommand({ from: '2025-05-31', to: '2025-06-30' }, io)
 * assert.ok(r._tag === 'Right')
 * // Russia's stance on each date, each with the day it was first taken.
 * const [change] = r.right.changedPositions
 * assert.deepStrictEqual([change?.before, change?.after], [{ polarity: '-', kind: 'reject', firmKind: null, since: '2025-05-16' }, { polarity: '+', kind: 'accept', firmKind: null, since: '2025-06-02' }])
 * @category commands
 * @since 0.1.0
 */
export interface StanceAt {
  readonly polarity: Polarity;
  readonly kind: StatementKind;
  /**
   * The firmness the stance keeps (as `positions --json`'s `firmKind`): a
   * red line restated as a refusal is `kind: 'reject', firmKind:
   * 'red-line'`, shown "reject (red-line held)". Null when no demand,
   * condition or red line made it firm.
   */
  readonly firmKind: StatementKind | null;
  readonly since: string;
}

/**
 * A position that changed between the two dates.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { appendCommand, diffCommand } from '@stancelog/cli'
 * const cwd = mkdtempSync(join(tmpdir(), 'diff-'))
 * writeFileSync(join(cwd, 'talks.jsonl'), [
 *   '{"holder":"ukraine","issue":"ceasefire","kind":"demand","polarity":"+","statedAt":"2025-05-20","source":{"quote":"a truce first"}}',
 *   '{"holder":"ukraine","issue":"ceasefire","kind":"condition","polarity":"+","conditions":[{"issue":"prisoner-exchange","polarity":"+"}],"statedAt":"2025-06-10","source":{"quote":"a truce once the prisoners are home"}}',
 * ].join('\n'))
 * const io = { stdout: { write: (s: string) => s.length }, stderr: process.stderr, cwd, env: {} }
 * await appendCommand('talks.jsonl', {}, io)
 * const r = await diffCommand({ from: '2025-05-31', to: '2025-06-30' }, io)
 * assert.ok(r._tag === 'Right')
 * // From a demand to a condition, + both times: changed, but not a reversal.
 * assert.deepStrictEqual(r.right.changedPositions.map((c) => [c.holder, c.issue, c.reversal]), [['ukraine', 'ceasefire', false]])
 * @category commands
 * @since 0.1.0
 */
export interface ChangedPosition {
  readonly holder: string;
  readonly issue: string;
  readonly before: StanceAt;
  readonly after: StanceAt;
  /**
   * The holder's own word turned between + and - in the period: a
   * `reversal` contradiction of this holder on this issue began in it
   * (listed in `contradictionsOpened`), as `contradictions` and `timeline`
   * tell a reversal. A flip that rests on a third party's report is none; a
   * turn through a hedge (-, then 0, then +) is one.
   */
  readonly reversal: boolean;
  /**
   * When the position took its form at `to` (the first statement of its
   * latest run of one polarity and kind): the day the change happened,
   * where `after.since` dates the polarity alone.
   */
  readonly changedOn: string;
}

/**
 * What changed between two dates.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { appendCommand, diffCommand } from '@stancelog/cli'
 * const cwd = mkdtempSync(join(tmpdir(), 'diff-'))
 * writeFileSync(join(cwd, 'talks.jsonl'), [
 *   '{"holder":"russia","issue":"territorial-concessions","kind":"demand","polarity":"+","statedAt":"2025-05-16","source":{"quote":"cede the land"}}',
 *   '{"holder":"ukraine","issue":"territorial-concessions","kind":"red-line","polarity":"-","statedAt":"2025-06-02","source":{"quote":"never"}}',
 * ].join('\n'))
 * const io = { stdout: { write: (s: string) => s.length }, stderr: process.stderr, cwd, env: {} }
 * await appendCommand('talks.jsonl', {}, io)
 * const r = await diffCommand({ from: '2025-05-31', to: '2025-06-30' }, io)
 * assert.ok(r._tag === 'Right')
 * // Ukraine's red line in June met Russia's demand of May.
 * assert.deepStrictEqual(r.right.newPositions.map((p) => p.holder), ['ukraine'])
 * assert.deepStrictEqual(r.right.contradictionsOpened.map((c) => [c.type, c.since]), [['incompatible', '2025-06-02']])
 * @category commands
 * @since 0.1.0
 */
export interface AnalysisDiff {
  readonly from: string;
  readonly to: string;
  /** With `--known-at`: the day whose end both dates are seen from (recorded time). */
  readonly knownAt?: string | undefined;
  readonly newPositions: ReadonlyArray<PositionView>;
  readonly changedPositions: ReadonlyArray<ChangedPosition>;
  /** Contradictions that exist at the end of `to` and did not before `from`. */
  readonly contradictionsOpened: ReadonlyArray<ContradictionView>;
  /** Contradictions resolved at the end of `to` that were open, or not yet found, before `from`. */
  readonly contradictionsResolved: ReadonlyArray<ContradictionView>;
  /**
   * Contradictions open before `from` that the analysis at `to` does not find at
   * all. The rules follow the log in the order it learnt things: when one
   * side's statement was read after the other side had already changed, the
   * clash that held in between is seen by the analysis of a day inside it,
   * not by that of a later day. Listed as they stood before `from`.
   */
  readonly contradictionsNoLongerFound: ReadonlyArray<ContradictionView>;
}

const stanceOf = (p: PositionView): StanceAt => ({ polarity: p.polarity, kind: p.kind, firmKind: p.firmKind, since: p.since });

/**
 * Compares the analysis at two dates.
 *
 * @example
 * import { analysisDiff } from './diff.js'
 * import { analysis, replay } from '@stancelog/core'
 * const empty = replay(analysis(), [])
 * assert.deepStrictEqual(analysisDiff(empty, empty, '2025-05-01', '2025-06-01').newPositions, [])
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function analysisDiff(before: AnalysisState, after: AnalysisState, from: string, to: string): AnalysisDiff {
  const earlier = new Map(contradictionList(before).map((c) => [c.id, c]));
  const later = contradictionList(after);
  const found = new Set(later.map((c) => c.id));
  const contradictionsOpened = later.filter((c) => !earlier.has(c.id));
  // The holders that turned in the period, as the reversal rule tells a turn: the reversals opened in it.
  const turned = new Set(contradictionsOpened.flatMap((c) => (c.type === 'reversal' ? c.actors.flatMap((a) => c.issues.map((i) => positionKey(a, i))) : [])));
  const then = new Map(positionList(before).map((p) => [positionKey(p.holder, p.issue), p]));
  const newPositions: PositionView[] = [];
  const changedPositions: ChangedPosition[] = [];
  for (const p of positionList(after)) {
    const key = positionKey(p.holder, p.issue);
    const old = then.get(key);
    if (!old) newPositions.push(p);
    else if (old.polarity !== p.polarity || old.kind !== p.kind || old.firmKind !== p.firmKind) {
      // A stance made firm (or no longer held firm) under the same words: changed when the firm word was said.
      const firmOnly = old.polarity === p.polarity && old.kind === p.kind;
      const firmRun = firmOnly && p.firmKind !== null ? [...p.history].reverse().find((r) => r.kind === p.firmKind) : undefined;
      const changedOn = firmRun?.from ?? p.history[p.history.length - 1]?.from ?? p.since;
      changedPositions.push({ holder: p.holder, issue: p.issue, before: stanceOf(old), after: stanceOf(p), reversal: turned.has(key), changedOn });
    }
  }
  return {
    from,
    to,
    newPositions,
    changedPositions,
    contradictionsOpened,
    contradictionsResolved: later.filter((c) => c.status === 'resolved' && earlier.get(c.id)?.status !== 'resolved'),
    contradictionsNoLongerFound: [...earlier.values()].filter((c) => c.status === 'open' && !found.has(c.id)),
  };
}

/**
 * The human text of a diff. A contradiction's id is its short form, as
 * `contradictions` prints it: the shortest prefix that names it alone
 * among `ids` (by default the ids listed; `diff` gives those of every
 * contradiction of both dates), so that `explain` with `--as-of` of the
 * diff's `to` finds it, and it needs no quotes (a full id may hold `|`).
 *
 * @example
 * import { diffText } from './diff.js'
 * const text = diffText({ from: '2025-05-01', to: '2025-06-01', newPositions: [], changedPositions: [], contradictionsOpened: [], contradictionsResolved: [], contradictionsNoLongerFound: [] })
 * assert.ok(text.startsWith('from 2025-05-01 to 2025-06-01: nothing changed'))
 * const c = { id: 'conflicting-reports:health-authority:pay-rise:actor:nurses-union|self', type: 'conflicting-reports', issues: ['pay-rise'], actors: ['health-authority'], since: '2025-05-02', until: null, resolvedBy: null, status: 'open', statements: [], summary: 'accounts differ' } as const
 * const opened = diffText({ from: '2025-05-01', to: '2025-06-01', newPositions: [], changedPositions: [], contradictionsOpened: [c], contradictionsResolved: [], contradictionsNoLongerFound: [] })
 * assert.ok(opened.includes('\nconflicting-reports  2025-05-02') && opened.endsWith('explain one with stancelog explain ID --as-of 2025-06-01\n'))
 * @category output
 * @since 0.1.0
 * @internal
 */
export function diffText(d: AnalysisDiff, ids?: ReadonlyArray<string>): string {
  const total =
    d.newPositions.length + d.changedPositions.length + d.contradictionsOpened.length + d.contradictionsResolved.length + d.contradictionsNoLongerFound.length;
  const period = `from ${d.from} to ${d.to}${d.knownAt !== undefined ? `, as known at ${d.knownAt}` : ''}`;
  if (total === 0) return `${period}: nothing changed\n`;
  const parts = [`${period}\n`];
  if (d.newPositions.length > 0) {
    parts.push(`\nNEW POSITIONS (${d.newPositions.length})\n`);
    parts.push(renderTable(['holder', 'issue', 'stance', 'kind', 'since'], d.newPositions.map((p) => [p.holder, p.issue, p.polarity, kindText(p), p.since])));
  }
  if (d.changedPositions.length > 0) {
    const reversals = d.changedPositions.filter((c) => c.reversal).length;
    parts.push(`\nCHANGED POSITIONS (${d.changedPositions.length}, ${reversals} reversal${reversals === 1 ? '' : 's'})\n`);
    parts.push(
      renderTable(
        ['holder', 'issue', 'before', 'after', 'changed on', 'since', 'reversal'],
        d.changedPositions.map((c) => [c.holder, c.issue, `${c.before.polarity} ${kindText(c.before)}`, `${c.after.polarity} ${kindText(c.after)}`, c.changedOn, c.after.since, c.reversal ? 'yes' : '']),
      ),
    );
  }
  const listed = [...d.contradictionsOpened, ...d.contradictionsResolved, ...d.contradictionsNoLongerFound];
  const short = shortIds(ids ?? listed.map((c) => c.id));
  for (const [title, list] of [
    ['CONTRADICTIONS OPENED', d.contradictionsOpened],
    ['CONTRADICTIONS RESOLVED', d.contradictionsResolved],
    ['CONTRADICTIONS NO LONGER FOUND (open before --from; one side was read late, after the clash had ended: see it with --as-of a day inside it)', d.contradictionsNoLongerFound],
  ] as const) {
    if (list.length === 0) continue;
    parts.push(`\n${title} (${list.length})\n`);
    parts.push(renderTable(['id', 'since', 'until', 'summary'], list.map((c) => [short.get(c.id) ?? c.id, c.since, c.until ?? '', c.summary])));
  }
  // The short ids name one contradiction each as of --to: said so, with the dates explain then takes.
  if (d.contradictionsOpened.length + d.contradictionsResolved.length > 0) {
    parts.push(`\nexplain one with stancelog explain ID --as-of ${d.to}${d.knownAt !== undefined ? ` --known-at ${d.knownAt}` : ''}\n`);
  }
  return parts.join('');
}

/**
 * Runs `stancelog diff`.
 *
 * @example
 * import { diffCommand } from '@stancelog/cli'
 * const io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: {} }
 * const r = await diffCommand({ from: '2025-06-01', to: '2025-05-01' }, io)
 * assert.ok(r._tag === 'Left' && r.left.message.includes('--from'))
 * @category commands
 * @since 0.1.0
 */
export async function diffCommand(options: DiffCommandOptions, io: CliIo): Promise<Either<CliError, AnalysisDiff>> {
  for (const [flag, value] of [['--from', options.from], ['--to', options.to], ['--known-at', options.knownAt]] as const) {
    if (value === undefined) continue;
    const checked = dateOption(flag, value);
    if (isLeft(checked)) return checked;
  }
  if (startOf(options.from) >= endOf(options.to)) return left(cliError(`--from ${options.from} is after --to ${options.to}`));
  // Both dates are inclusive: what was stated on --from's day (month, week) counts, so the
  // earlier state is that of the end of the period before it.
  const since = periodBefore(options.from);
  const rules = await loadRules(options.rules, io);
  if (isLeft(rules)) return rules;
  // No snapshot: both states are as of a date, and a snapshot of the log as it is now holds what came after them.
  return withEvents(options.store, io, async (events) => {
    const known = options.knownAt !== undefined ? { recordedTime: options.knownAt } : {};
    // Before the first day a date can name, nothing was stated: the period starts from an empty analysis.
    const before = since === undefined ? analyseEvents([], undefined, rules.right) : analyseEvents(events, { validTime: since, ...known }, rules.right);
    const after = analyseEvents(events, { validTime: options.to, ...known }, rules.right);
    const changes = analysisDiff(before, after, options.from, options.to);
    const d = options.knownAt !== undefined ? { ...changes, knownAt: options.knownAt } : changes;
    // Short ids unique among every contradiction of both dates, not only those listed (JSON keeps the full ones).
    const ids = (): string[] => [...allContradictions(before.contradictions), ...allContradictions(after.contradictions)].map((r) => r.id);
    // "Nothing changed" at a --known-at before the log recorded anything says nothing of the period: as positions says it.
    const note = nothingKnownNoteOf(events, options.knownAt !== undefined ? { recordedTime: options.knownAt } : undefined);
    if (note !== undefined) io.stderr.write(`stancelog: ${note}\n`);
    io.stdout.write(options.json ? JSON.stringify(d, null, 2) + '\n' : diffText(d, ids()));
    return right(d);
  });
}

/**
 * Registers `stancelog diff` on the program.
 *
 * @example
 * import { Command } from 'commander'
 * import { registerDiff } from './diff.js'
 * const program = new Command('stancelog')
 * registerDiff(program, { stdout: process.stdout, stderr: process.stderr, cwd: '.', env: {} }, () => undefined)
 * assert.ok(program.commands.some((c) => c.name() === 'diff'))
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function registerDiff(program: Command, io: CliIo, done: OutcomeSink): void {
  const command = program
    .command('diff')
    .description('what changed between two dates: new positions, reversals, contradictions opened and resolved')
    .requiredOption('--from <date>', `the earlier date (valid time: ${DATE_OPTION_FORMS})`)
    .requiredOption('--to <date>', `the later date (${DATE_OPTION_FORMS})`)
    .option('--known-at <date>', 'both dates as the log knew them at the end of this day (recorded time)')
    .option('--store <path|url>', STORE_OPTION_HELP)
    .option('--json', 'print the changes as JSON');
  withRulesOption(command)
    .action(async (opts: DiffCommandOptions) => {
      done(await diffCommand(opts, io));
    });
}
