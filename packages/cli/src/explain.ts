/**
 * `stancelog explain ID`: why a contradiction is one: the rule that found
 * it, for a cycle each of its conditions with who set it, the statements
 * behind it with their quotes and sources, and where the holders stand now.
 *
 * @since 0.1.0
 */
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import type { Command } from 'commander';
import { contradictionEvidence, contradictionList, getPosition, isWithdrawn, nearNames, positionList, replay, startOf, statementIndex, unheldRetractions, visibleAt, withdrawalsOf } from '@stancelog/core';
import type { AnalysisState, AsOf, ContradictionView, CycleEdgeEvidence, PositionView, ReportedStance, StatementInfo, StoredEvent } from '@stancelog/core';
import { describeRule, knownRuleDescription } from '@stancelog/report';
import { asOfArguments, asOfOption, pointWords } from './as-of-option.js';
import type { AsOfOptions } from './as-of-option.js';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';
import { STORE_OPTION_HELP, withAsOfOptions, withSnapshotsOption } from './command-registration.js';
import type { OutcomeSink } from './command-registration.js';
import type { CliIo } from './io.js';
import { conditionsText, statementConditionsText } from './positions.js';
import { describeEvent } from './log.js';
import { analyseEvents, withAnalysis } from './read-events.js';
import { analysisWith, loadRules, unknownTypeHint, withRulesOption } from './rules-option.js';
import type { AnyRule } from './rules-option.js';
import { correctionsOf, stanceLabel, UNHELD_RETRACTION_LEGEND } from './stance-label.js';
import type { CorrectsRef } from './stance-label.js';
import { oneLine, shownQuote, withMarks } from './table.js';
import { statementsRead, statementTags } from './tag-read.js';
import type { TagRead } from './tag-read.js';
import { findEvent } from './withdraw.js';

/**
 * Options of `stancelog explain`.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { appendCommand, explainCommand } from '@stancelog/cli'
 * const cwd = mkdtempSync(join(tmpdir(), 'explain-'))
 * writeFileSync(join(cwd, 'talks.jsonl'), [
 *   '{"holder":"russia","issue":"territorial-concessions","kind":"demand","polarity":"+","statedAt":"2025-05-16","source":{"quote":"cede the land"}}',
 *   '{"holder":"ukraine","issue":"territorial-concessions","kind":"red-line","polarity":"-","statedAt":"2025-06-02","source":{"quote":"never"}}',
 * ].join('\n'))
 * const io = { stdout: { write: (s: string) => s.length }, stderr: process.stderr, cwd, env: {} }
 * await appendCommand('talks.jsonl', {}, io)
 * // At the end of May the contradiction did not exist yet.
 * const may = await explainCommand('incompatible', { asOf: '2025-05-31' }, io)
 * assert.ok(may._tag === 'Left' && may.left.message.startsWith('no contradiction "incompatible" (0 as of 2025-05-31)'))
 * assert.strictEqual((await explainCommand('incompatible', {}, io))._tag, 'Right')
 * @category commands
 * @since 0.1.0
 */
export interface ExplainCommandOptions extends AsOfOptions {
  readonly store?: string | undefined;
  readonly json?: boolean | undefined;
  /**
   * Whether the log as it is now (no `asOf`, `knownAt`) is analysed from
   * the snapshot kept with it, which is saved again as `positions` saves
   * it (default true; false is `--no-snapshots`): see docs/cli.md,
   * "Snapshots". With it, only the statements the explanation quotes are
   * read, by tag; without it, the events are read whole, for the quotes.
   */
  readonly snapshots?: boolean | undefined;
  /**
   * JavaScript modules (paths relative to `io.cwd`) whose contradiction
   * rules run beside the built-in ones (`--rules`); when not given, those
   * `$STANCELOG_RULES` names. A contradiction one of them found is explained as the built-in ones are. See docs/cli.md, "Rules of your own".
   */
  readonly rules?: ReadonlyArray<string> | undefined;
}

/**
 * A statement as `stancelog explain` gives it: core's {@link StatementInfo},
 * whether it withdrew nothing, and what it corrects.
 *
 * @example
 * import type { ExplainedStatement } from '@stancelog/cli'
 * const s = { corrects: null, withdrewNothing: false } as Pick<ExplainedStatement, 'corrects' | 'withdrewNothing'>
 * assert.strictEqual(s.corrects, null)
 * @category commands
 * @since 0.1.0
 */
export interface ExplainedStatement extends StatementInfo {
  /** A retraction of a stance the holder did not hold as it was said (see {@link Explanation.statements}). */
  readonly withdrewNothing: boolean;
  /**
   * For a corrected statement (one `stancelog correct` appended in place of
   * a statement entered wrongly), its `corrects` as stored: the id of the
   * statement it replaced and the log position of the place it takes, as in
   * `timeline --json`; `null` for any other statement.
   */
  readonly corrects: CorrectsRef | null;
}

/**
 * A contradiction, explained.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { appendCommand, explainCommand } from '@stancelog/cli'
 * const cwd = mkdtempSync(join(tmpdir(), 'explain-'))
 * writeFileSync(join(cwd, 'talks.jsonl'), [
 *   '{"holder":"russia","issue":"territorial-concessions","kind":"demand","polarity":"+","statedAt":"2025-05-16","source":{"quote":"cede the land"}}',
 *   '{"holder":"ukraine","issue":"territorial-concessions","kind":"red-line","polarity":"-","statedAt":"2025-06-02","source":{"quote":"never"}}',
 * ].join('\n'))
 * const io = { stdout: { write: (s: string) => s.length }, stderr: process.stderr, cwd, env: {} }
 * await appendCommand('talks.jsonl', {}, io)
 * const r = await explainCommand('incompatible', {}, io)
 * assert.ok(r._tag === 'Right')
 * // The quotes behind it, and where the two holders stand.
 * assert.deepStrictEqual(r.right.statements.map((s) => `${s.holder}: ${s.quote}`), ['russia: cede the land', 'ukraine: never'])
 * assert.deepStrictEqual(r.right.positions.map((p) => `${p.holder} ${p.polarity} ${p.kind}`), ['russia + demand', 'ukraine - red-line'])
 * // Open: nothing ended it yet. Ukraine giving way ends it, and is named with its quote.
 * assert.strictEqual(r.right.endedBy, null)
 * writeFileSync(join(cwd, 'later.jsonl'), '{"holder":"ukraine","issue":"territorial-concessions","kind":"accept","polarity":"+","statedAt":"2025-09-01","source":{"quote":"some land, for peace"}}\n')
 * await appendCommand('later.jsonl', {}, io)
 * const ended = await explainCommand('incompatible', {}, io)
 * assert.ok(ended._tag === 'Right')
 * assert.deepStrictEqual([ended.right.contradiction.until, ended.right.endedBy?.quote, ended.right.endedBy?.id], ['2025-09-01', 'some land, for peace', ended.right.contradiction.resolvedBy])
 * @category commands
 * @since 0.1.0
 */
export interface Explanation {
  readonly contradiction: ContradictionView;
  /** What the rule that found it looks for. */
  readonly rule: string;
  /**
   * The statements that cause it, with quotes and sources, as core's
   * `contradictionEvidence` lists them: for a cycle, those that set its
   * conditions, edge by edge, then the others the contradiction lists.
   * `withdrewNothing` is true for a retraction of a stance the holder did
   * not hold as it was said (core's `unheldRetractions`, as of the point
   * explained), as in `timeline`'s JSON: the text prints it `0 retract (of
   * -, not held)` rather than `(drops -)`.
   */
  readonly statements: ReadonlyArray<ExplainedStatement>;
  /**
   * The statement that ended it (the contradiction's `resolvedBy`), with
   * its quote and source (and `withdrewNothing`, as `statements`): the
   * evidence for its end, as `statements` are for its start. `null` while
   * it is open, and when no single statement ended it (a change of the
   * issue hierarchy).
   */
  readonly endedBy: ExplainedStatement | null;
  /** The current positions of its actors on its issues. */
  readonly positions: ReadonlyArray<PositionView>;
  /**
   * For a `circular-precondition` only: its edges in the order of the cycle,
   * each with the holders who set that condition and the ids of the
   * statements in which they did (all of them in `statements`).
   */
  readonly cycle?: ReadonlyArray<CycleEdgeEvidence> | undefined;
  /**
   * The stances it rests on that are third parties' reports, not the
   * holders' own words (core's `contradictionEvidence`): for an
   * `incompatible` clash and a cycle; empty otherwise.
   */
  readonly reported: ReadonlyArray<ReportedStance>;
}

/**
 * Finds a contradiction by id, or by a prefix that names only one.
 *
 * @example
 * import { findContradiction } from './explain.js'
 * const list = [{ id: 'reversal:russia:ceasefire' }, { id: 'incompatible:ceasefire:russia~ukraine' }] as any[]
 * assert.strictEqual((findContradiction(list, 'reversal') as any).right.id, 'reversal:russia:ceasefire')
 * assert.strictEqual(findContradiction(list, 'x')._tag, 'Left')
 * // As of a date, the count is of that date's contradictions, and so is the listing it points to.
 * const r = findContradiction(list, 'circular', { validTime: '2025-03-05' })
 * assert.ok(r._tag === 'Left' && r.left.message === 'no contradiction "circular" (2 as of 2025-03-05): list their ids with stancelog contradictions --as-of 2025-03-05')
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function findContradiction(list: ReadonlyArray<ContradictionView>, id: string, asOf?: AsOf): Either<CliError, ContradictionView> {
  const exact = list.find((c) => c.id === id);
  if (exact) return right(exact);
  // An empty id is a prefix of every id: it names nothing in particular (a shell variable never set, as in explain "$ID").
  if (id.trim() === '') return left(cliError(`the id is empty: give a contradiction's id, or its first words (stancelog contradictions lists them${asOfArguments(asOf)})`));
  const prefixed = list.filter((c) => c.id.startsWith(id));
  if (prefixed.length === 1) return right(prefixed[0]!);
  if (prefixed.length > 1) {
    // A short prefix of a large log's ids names thousands: the first few show how to go on, the listing has them all.
    const shown = prefixed.slice(0, MAX_LISTED).map((c) => c.id);
    const more = prefixed.length > MAX_LISTED ? `, and ${prefixed.length - MAX_LISTED} more (stancelog contradictions${asOfArguments(asOf)} lists them)` : '';
    return left(cliError(`${JSON.stringify(id)} names ${prefixed.length} contradictions: ${shown.join(', ')}${more}`));
  }
  const count = `${list.length} ${pointWords(asOf) ?? 'in the log'}`;
  // A slip of a letter or of case: the ids nearest to it, or their prefixes as long as the one given (carried on
  // to the end of a word, as the listing shows them: `reversl` is `reversal`, not `reversa`).
  const shownAs = new Map<string, string>();
  for (const c of list) {
    shownAs.set(c.id, c.id);
    const end = c.id.slice(id.length).search(/[:~,>| ]/);
    if (!shownAs.has(c.id.slice(0, id.length))) shownAs.set(c.id.slice(0, id.length), end < 0 ? c.id : c.id.slice(0, id.length + end));
  }
  const near = [...new Set(nearNames(id, shownAs.keys()).map((n) => shownAs.get(n)!))];
  if (near.length > 0) return left(cliError(`no contradiction ${JSON.stringify(id)} (${count}); did you mean ${near.join(' or ')}?`));
  return left(cliError(`no contradiction ${JSON.stringify(id)} (${count}): list their ids with stancelog contradictions${asOfArguments(asOf)}`));
}

// The ids an ambiguous prefix lists by name.
const MAX_LISTED = 10;

/**
 * For each id, the shortest prefix that {@link findContradiction} resolves
 * to it among `ids`, carried on to the end of the word it stops in (ids
 * are words joined by `:`, `~`, `,`, `>`, `|` and spaces), so that it
 * reads as a name: `reversal` rather than `r`. An id that is a prefix of
 * another is its own short form, as an exact match wins. A speaker's name
 * in an id (`self-contradiction:...:Kenji Arao`) is cut before its space
 * when what comes before names the id alone, so that the short form is one
 * word on a command line; only a name that the prefix of another id runs
 * into past its space (`Kenji Arao`, `Kenji Aoki`) keeps one (`explain`
 * takes it unquoted too: see {@link explainCommand}).
 *
 * @example
 * import { shortIds } from './explain.js'
 * const ids = ['incompatible:ceasefire:russia~ukraine', 'incompatible:ceasefire:russia~united-states', 'reversal:russia:peace-talks']
 * assert.deepStrictEqual([...shortIds(ids).values()], ['incompatible:ceasefire:russia~ukraine', 'incompatible:ceasefire:russia~united-states', 'reversal'])
 * const voices = ['self-contradiction:pc:dispute-body:Kenji Arao', 'self-contradiction:pc:dispute-body:Lisa Moana']
 * assert.deepStrictEqual([...shortIds(voices).values()], ['self-contradiction:pc:dispute-body:Kenji', 'self-contradiction:pc:dispute-body:Lisa'])
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function shortIds(ids: ReadonlyArray<string>): Map<string, string> {
  const sorted = [...new Set(ids)].sort();
  const common = (a: string | undefined, b: string): number => {
    if (a === undefined) return 0;
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  };
  const short = new Map<string, string>();
  sorted.forEach((id, i) => {
    // Among sorted ids, the neighbours share the longest prefixes with this one.
    let length = Math.min(id.length, Math.max(common(sorted[i - 1], id), common(sorted[i + 1], id)) + 1);
    while (length < id.length && !SEPARATORS.has(id[length]!)) length++;
    short.set(id, id.slice(0, length));
  });
  return new Map(ids.map((id) => [id, short.get(id)!]));
}

const SEPARATORS = new Set([':', '~', ',', '>', '|', ' ']);

/**
 * The human text of an explanation. A cycle's conditions come first, in
 * the order of the cycle, each with the holder who set it and the
 * statements that said so; then every statement with its source, and for
 * a resolved contradiction the statement that ended it, shown alike.
 * `point`: the point in time explained, in words (`pointWords`), for the
 * heading of where the holders stood. `ruleDescribed`: whether the rule
 * that found it gives a description (`knownRuleDescription`; default
 * true): where it gives none, `e.rule` says only what found it, and the
 * WHY line is that alone.
 *
 * @example
 * import { explanationText } from './explain.js'
 * const text = explanationText({ contradiction: { id: 'x', type: 'reversal', issues: ['ceasefire'], actors: ['russia'], since: '2025-03-01', until: null, resolvedBy: null, status: 'open', statements: [], summary: 'russia reversed' }, rule: 'a flip', statements: [], endedBy: null, positions: [], reported: [] })
 * assert.ok(text.startsWith('x\n'))
 * const said = { id: 's1', holder: 'ukraine', issue: 'peace-talks', kind: 'condition', polarity: '+', conditions: [{ issue: 'ceasefire', polarity: '+' }], stated: '2025-04-23', recordedAt: '2025-04-24T09:00:00Z', quote: 'a ceasefire first', publisher: null, url: null, link: null, title: null, speaker: null, reportedBy: null, withdrewNothing: false, corrects: null } as const
 * const cycle = explanationText({
 *   contradiction: { id: 'c', type: 'circular-precondition', issues: ['ceasefire', 'peace-talks'], actors: ['russia', 'ukraine'], since: '2025-07-20', until: null, resolvedBy: null, status: 'open', statements: ['s1'], summary: 'a deadlock' },
 *   rule: 'a cycle', statements: [said], endedBy: null, positions: [],
 *   cycle: [{ from: 'ceasefire', to: 'peace-talks', holders: [{ holder: 'ukraine', condition: '+', statements: ['s1'], reportedBy: 'germany' }] }],
 *   reported: [{ holder: 'ukraine', issue: 'peace-talks', by: 'germany' }],
 * })
 * assert.ok(cycle.includes('  ukraine: ceasefire before peace-talks\n    2025-04-23  “a ceasefire first”; id s1\n'))
 * // Ukraine's condition is Germany's account of it: the deadlock is that reading, and the text says so before the evidence.
 * assert.ok(cycle.includes("\n\nON REPORTS: a stance it rests on is a third party's account, not the holder's own word\n  ukraine on peace-talks, as germany reports it\n"))
 * const ended = explanationText({
 *   contradiction: { id: 'r', type: 'reversal', issues: ['peace-talks'], actors: ['ukraine'], since: '2025-04-01', until: '2025-04-23', resolvedBy: 's1', status: 'resolved', statements: [], summary: 'ukraine turned' },
 *   rule: 'a flip', statements: [], endedBy: said, positions: [], reported: [],
 * })
 * assert.ok(ended.includes('ENDED BY\n  2025-04-23  ukraine: + condition on peace-talks (if ceasefire +)\n    “a ceasefire first”\n'))
 * // A retraction of a stance the holder did not hold reads as timeline prints it, and timeline's legend says what that means.
 * const retracted = { ...said, kind: 'retract', polarity: '-', conditions: [], withdrewNothing: true } as const
 * const unheld = explanationText({ contradiction: { id: 'q', type: 'conflicting-reports', issues: ['peace-talks'], actors: ['ukraine'], since: '2025-04-23', until: null, resolvedBy: null, status: 'open', statements: ['s1'], summary: 'accounts differ' }, rule: 'accounts differ', statements: [retracted], endedBy: null, positions: [], reported: [] })
 * assert.ok(unheld.includes('\n  2025-04-23  ukraine: 0 retract (of -, not held) on peace-talks\n'))
 * assert.ok(unheld.endsWith('\n\n0 retract (of +/-, not held): a retraction of a stance the holder did not hold as it was said; it withdrew nothing, and changed no stance\n'))
 * // A rule of one's own (--rules): what it found is all that is known of it.
 * const own = explanationText({ contradiction: { id: 't', type: 'threat-count', issues: ['ceasefire'], actors: ['russia'], since: '2025-03-01', until: null, resolvedBy: null, status: 'open', statements: [], summary: 'russia threatened' }, rule: 'found by the rule threat-count (not a built-in rule)', statements: [], endedBy: null, positions: [], reported: [] }, { ruleDescribed: false })
 * assert.ok(own.includes('\nWHY: found by the rule threat-count (not a built-in rule).\n'))
 * // One that gives a description is explained by it, as a built-in rule is.
 * const described = explanationText({ contradiction: { id: 't', type: 'threat-count', issues: ['ceasefire'], actors: ['russia'], since: '2025-03-01', until: null, resolvedBy: null, status: 'open', statements: [], summary: 'russia threatened' }, rule: 'a holder threatens', statements: [], endedBy: null, positions: [], reported: [] })
 * assert.ok(described.includes('\nWHY: the rule threat-count fires when a holder threatens.\n'))
 * @category output
 * @since 0.1.0
 * @internal
 */
export function explanationText(e: Explanation, { point, ruleDescribed = true }: { readonly point?: string | undefined; readonly ruleDescribed?: boolean } = {}): string {
  const c = e.contradiction;
  const lines = [
    c.id,
    `  ${c.summary}`,
    `  ${c.type}, ${c.status === 'open' ? `open since ${c.since}` : `from ${c.since}, resolved ${c.until}`}; issues: ${c.issues.join(', ')}; actors: ${c.actors.join(', ')}`,
    '',
    // A rule of one's own (--rules) that gives no description has no sentence of what it looks for: its type says what it found.
    ruleDescribed ? `WHY: the rule ${c.type} fires when ${e.rule}.` : `WHY: ${e.rule}.`,
  ];
  // A clash or a deadlock that rests on one party's account of another is that party's reading: said before the evidence.
  if (e.reported.length > 0) {
    lines.push('', "ON REPORTS: a stance it rests on is a third party's account, not the holder's own word");
    for (const r of e.reported) lines.push(`  ${r.holder} on ${r.issue}, as ${r.by} reports it`);
  }
  if (e.cycle && e.cycle.length > 0) {
    const byId = new Map(e.statements.map((s) => [s.id, s]));
    lines.push('', `THE CYCLE (${e.cycle.length} steps, in order)`);
    e.cycle.forEach((edge, i) => {
      for (const h of edge.holders) {
        // A condition that the issue not hold ("no NATO membership first") says so.
        lines.push(`  ${h.holder}: ${edge.from} before ${edge.to}${h.condition === '+' ? '' : ` (if ${edge.from} ${h.condition})`}`);
        for (const id of h.statements) {
          const s = byId.get(id);
          lines.push(s ? `    ${s.stated}  ${shownQuote(s.quote)}; id ${id}` : `    id ${id}`);
        }
      }
      // The cycle goes on from here down the issue hierarchy, a step no holder's condition names, and readers miss it.
      const next = e.cycle![(i + 1) % e.cycle!.length]!;
      if (next.from !== edge.to) lines.push(`  (${edge.to} includes ${next.from})`);
    });
  }
  lines.push('', `STATEMENTS (${e.statements.length})`);
  for (const s of e.statements) lines.push(...statementLines(s));
  if (c.status === 'resolved') {
    lines.push('', 'ENDED BY');
    if (e.endedBy) lines.push(...statementLines(e.endedBy));
    else lines.push(c.resolvedBy ? `  id ${c.resolvedBy}` : '  no single statement (a change of the issue hierarchy)');
  }
  if (e.positions.length > 0) {
    lines.push('', point === undefined ? 'WHERE THEY STAND NOW' : `WHERE THEY STOOD ${point.toUpperCase()}`);
    for (const p of e.positions) {
      const conditions = conditionsText(p.conditions, p.triggers);
      const firm = p.firmKind !== null && p.firmKind !== p.kind ? `, a ${p.firmKind} while it holds` : '';
      lines.push(`  ${p.holder} on ${p.issue}: ${p.polarity} ${p.kind}${conditions ? ` (${conditions})` : ''} since ${p.since}${firm}${p.reported ? ', reported by a third party' : ''}`);
    }
  }
  // A retraction that withdrew nothing reads as timeline prints it, with timeline's legend.
  if (e.statements.some((s) => s.withdrewNothing) || e.endedBy?.withdrewNothing === true) lines.push('', UNHELD_RETRACTION_LEGEND);
  // A quote, a title or a publisher may hold line breaks or terminal escapes: each line stays one, and inert.
  return lines.map(oneLine).join('\n') + '\n';
}

/**
 * What `explain` reads of the log for a contradiction, given the analysis:
 * the statements behind it and the one that ended it, by tag (see
 * `statementTags`); undefined when the analysis cannot place one (the
 * whole log is read). Nothing when the id names no contradiction: the
 * refusal needs no quote.
 *
 * @example
 * import { analysis, openMemoryStore, readAll, replay, statementMade } from '@stancelog/core'
 * import { explanationRead } from './explain.js'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-05-16', source: { quote: 'no truce' } }),
 *   statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-05-18', source: { quote: 'a truce now' } }),
 *   statementMade({ holder: 'ukraine', issue: 'sanctions', kind: 'demand', polarity: '+', statedAt: '2025-05-18', source: { quote: 'more of them' } }),
 * ])
 * const state = replay(analysis(), await readAll(store))
 * // Two statements on the ceasefire: fewer than Russia's and Ukraine's three.
 * assert.deepStrictEqual(explanationRead(state, 'incompatible')?.tags, ['issue:ceasefire'])
 * // An id that names none: the withdrawals, to look for it as known before them (none here: nothing more to read).
 * assert.deepStrictEqual(explanationRead(state, 'no-such-id')?.tags, ['withdrawal'])
 * assert.ok(explanationRead(state, 'no-such-id')?.holdsAll([]))
 * // A statement's position or id, which explain answers is no contradiction: the whole log, to say what it is.
 * assert.strictEqual(explanationRead(state, '#2'), undefined)
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function explanationRead(state: AnalysisState, id: string): TagRead | undefined {
  const found = findContradiction(contradictionList(state), id);
  if (isLeft(found)) {
    // An event of the log, named as withdraw names one (`78`, `#78`, an id): the whole log, to say what it is.
    if (EVENT_REF.test(id)) return undefined;
    // Any other: the withdrawals first, and when the log has some, the whole log, to look for it as known before them.
    return { tags: ['withdrawal'], holdsAll: (events) => events.length === 0 };
  }
  const c = found.right;
  const ids = new Set(contradictionEvidence(state, c).statements);
  if (c.resolvedBy !== null) ids.add(c.resolvedBy);
  const tags = statementTags(state, ids);
  return tags === undefined ? undefined : statementsRead(tags, ids);
}

/** A statement as an explanation prints it: when, who, what stance on what (a retraction that withdrew nothing says so); the quote; the source and ids. */
function statementLines(s: ExplainedStatement): string[] {
  const conditions = statementConditionsText(s);
  const source = [s.speaker ? `${s.speaker}${s.reportedBy ? ` (speaking for ${s.reportedBy})` : ''}` : null, s.publisher, s.title ? withMarks(s.title) : null, s.url]
    .filter(Boolean)
    .join(', ');
  return [
    `  ${s.stated}  ${s.holder}: ${stanceLabel(s.polarity, s.kind, s.withdrewNothing)} on ${s.issue}${conditions ? ` (${conditions})` : ''}`,
    `    ${shownQuote(s.quote)}`,
    `    — ${source || 'no source named'}; recorded ${s.recordedAt}; id ${s.id}${s.corrects ? `; a correction, in place of #${s.corrects.position}` : ''}`,
  ];
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
  const rules = await loadRules(options.rules, io);
  if (isLeft(rules)) return rules;
  return withAnalysis(
    options.store,
    io,
    asOf.right,
    { snapshots: options.snapshots, rules: rules.right },
    async (events, analysed) => {
      const state = analysed();
      const point = pointWords(asOf.right);
      const found = findContradiction(contradictionList(state), id, asOf.right);
      if (isLeft(found)) {
        // An event of the log, named as withdraw and correct name one (a statement a correction appended, say): no contradiction.
        const event = eventNamed(events, id);
        if (event !== undefined) return left(cliError(eventNotContradiction(events, id, event, asOf.right)));
        // A number or hex digits no event has: no type either.
        if (EVENT_REF.test(id)) return left(cliError(`${found.left.message}; nor is ${id} the position or id of an event of the log`));
        // One a withdrawal took away (a statement withdrawn, or corrected): where it was found, and what took it, rather than a near id.
        const gone = goneWithWithdrawal(events, id, asOf.right, rules.right);
        if (gone !== undefined) return left(cliError(`no contradiction ${JSON.stringify(id)} (${contradictionList(state).length} ${point ?? 'in the log'}): ${gone}`));
        // Of a type no rule run finds (nor the beginning of one): the rule of one's own that finds it was not given.
        const hint = found.left.message.startsWith('no contradiction ') ? unknownTypeHint(id.split(':')[0]!, rules.right) : '';
        return hint === '' ? found : left(cliError(`${found.left.message}${hint}`));
      }
      const c = found.right;
      const statements = statementIndex(events);
      const evidence = contradictionEvidence(state, c);
      // Whether a statement is a retraction that withdrew nothing: its position's history, as of the point explained, says.
      const unheld = new Map<string, ReadonlySet<string>>();
      const withdrewNothing = (s: StatementInfo): boolean => {
        if (s.kind !== 'retract') return false;
        const key = `${s.holder}\u0000${s.issue}`;
        let ids = unheld.get(key);
        if (ids === undefined) {
          const p = getPosition(state.positions, s.holder, s.issue);
          unheld.set(key, (ids = p === undefined ? new Set() : unheldRetractions(p)));
        }
        return ids.has(s.id);
      };
      const corrections = correctionsOf(events);
      const explained = (s: StatementInfo): ExplainedStatement => ({ ...s, withdrewNothing: withdrewNothing(s), corrects: corrections.get(s.id) ?? null });
      const endedBy = c.resolvedBy === null ? undefined : statements.get(c.resolvedBy);
      const ruleDescribed = knownRuleDescription(c.type, rules.right) !== undefined;
      const explanation: Explanation = {
        contradiction: c,
        rule: describeRule(c.type, rules.right),
        statements: evidence.statements.flatMap((s) => {
          const found = statements.get(s);
          return found ? [explained(found)] : [];
        }),
        endedBy: endedBy === undefined ? null : explained(endedBy),
        positions: positionList(state).filter((p) => c.actors.includes(p.holder) && c.issues.includes(p.issue)),
        ...(c.type === 'circular-precondition' ? { cycle: evidence.cycle } : {}),
        reported: evidence.reported,
      };
      io.stdout.write(options.json ? JSON.stringify(explanation, null, 2) + '\n' : explanationText(explanation, { point, ruleDescribed }));
      return right(explanation);
    },
    (state) => explanationRead(state, id),
  );
}

// How many recordings of withdrawals, the latest first, a contradiction no longer found is looked for before: one replay
// of the log finds whether it was there before any of them (seenBefore), then a replay each, until it is found.
const GONE_LOOKBACK = 5;

/**
 * For an id that names no contradiction: whether one of the last five
 * recordings of withdrawals (up to the point asked; those that withdrew a
 * statement of a holder or an issue the id names, when some did) took it away, i.e. it is
 * found as known just before that recording and not as known at it. Says
 * where it was found, what that recording withdrew (and appended in its
 * place), and the `explain` that shows it as it stood; undefined otherwise.
 * One replay of the log first reads whether any contradiction then had
 * the id: an id that never named one (a slip) costs that replay, not one
 * per recording.
 *
 * @example
 * import { goneWithWithdrawal } from './explain.js'
 * const s = (id: string, position: number, holder: string, polarity: string, recordedAt: string) => ({ id, position, recordedAt, schema: 1, tags: [], type: 'statement-made', data: { holder, issue: 'quotas', kind: 'demand', polarity, statedAt: '2026-10-01', source: { quote: holder } } })
 * const events = [
 *   s('a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1', 1, 'north', '+', '2026-10-02T09:00:00.000Z'),
 *   s('b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2', 2, 'south', '-', '2026-10-02T09:00:00.000Z'),
 *   { id: 'c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3', position: 3, recordedAt: '2026-11-05T10:00:00.000Z', schema: 1, tags: [], type: 'event-withdrawn', data: { event: 'b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2', reason: 'the article was retracted' } },
 * ] as any[]
 * // A prefix that names it as it stood: the full id is said too.
 * assert.strictEqual(
 *   goneWithWithdrawal(events, 'incompatible:quotas', undefined, []),
 *   'it was found as known at 2026-11-05T09:59:59.999Z (as incompatible:quotas:north~south), and went with what was recorded at 2026-11-05T10:00:00.000Z: #3 withdrew #2 (south demand quotas -): the article was retracted; stancelog explain incompatible:quotas --known-at 2026-11-05T09:59:59.999Z explains it as it stood',
 * )
 * assert.strictEqual(goneWithWithdrawal(events, 'reversal', undefined, []), undefined)
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function goneWithWithdrawal(events: ReadonlyArray<StoredEvent>, id: string, asOf: AsOf | undefined, rules: ReadonlyArray<AnyRule>): string | undefined {
  const known = asOf?.recordedTime !== undefined ? visibleAt({ recordedTime: asOf.recordedTime }) : () => true;
  const withdrawals = events.filter((e) => e.type === 'event-withdrawn' && known(e));
  // The recordings whose withdrawals could bear on it: of a statement whose holder or issue the id names (ids name them),
  // or of any other event (a withdrawal, an issue's parent); when none is such (a type alone), the latest ones.
  const byId = new Map(events.map((e) => [e.id, e]));
  const bears = (w: StoredEvent): boolean => {
    const target = w.type === 'event-withdrawn' ? byId.get(w.data.event) : undefined;
    return target === undefined || target.type !== 'statement-made' || id.includes(target.data.holder) || id.includes(target.data.issue);
  };
  const instantsOf = (ws: ReadonlyArray<StoredEvent>) => [...new Set(ws.map((w) => new Date(w.recordedAt).toISOString()))].sort().reverse().slice(0, GONE_LOOKBACK);
  const bearing = instantsOf(withdrawals.filter(bears));
  const instants = bearing.length > 0 ? bearing : instantsOf(withdrawals);
  if (instants.length === 0 || !seenBefore(events, id, instants, asOf, rules)) return undefined;
  const at = (recordedTime: string) => ({ ...(asOf?.validTime !== undefined ? { validTime: asOf.validTime } : {}), recordedTime });
  const foundAt = (recordedTime: string) => {
    const found = findContradiction(contradictionList(analyseEvents(events, at(recordedTime), rules)), id);
    return isLeft(found) ? undefined : found.right;
  };
  for (const instant of instants) {
    const before = new Date(Date.parse(instant) - 1).toISOString();
    const was = foundAt(before);
    if (was === undefined) continue;
    // Still found once that recording is in: something recorded later took it away, no withdrawal of these.
    if (foundAt(instant) !== undefined) return undefined;
    const positionOf = (eventId: string) => events.find((e) => e.id === eventId)?.position;
    const recorded = events.filter((e) => new Date(e.recordedAt).toISOString() === instant);
    const what = recorded.flatMap((w) => {
      if (w.type !== 'event-withdrawn') return [];
      const target = events.find((e) => e.id === w.data.event);
      if (target === undefined) return [];
      const copy = recorded.find((e) => e.type === 'statement-made' && e.data.corrects?.event === target.id);
      return [`#${w.position} withdrew #${target.position} (${oneLine(describeEvent(target, positionOf))})${copy === undefined ? '' : `, #${copy.position} in its place (${oneLine(describeEvent(copy, positionOf))})`}: ${oneLine(w.data.reason)}`];
    });
    const named = was.id === id ? id : was.id;
    const point = (asOf?.validTime !== undefined ? ` --as-of ${asOf.validTime}` : '') + ` --known-at ${before}`;
    return `it was found as known at ${before}${named === id ? '' : ` (as ${named})`}, and went with what was recorded at ${instant}: ${what.join('; ')}; stancelog explain ${id}${point} explains it as it stood`;
  }
  return undefined;
}

/**
 * Whether a contradiction with `id` (or an id it begins) was found as known
 * just before one of `instants` (ISO times): one replay of the log, in its
 * order, up to the latest of them, which reads the contradictions at each.
 * It leaves out the statements every one of those points leaves out (those
 * withdrawn before the earliest, and not restored since), and counts those
 * a withdrawal recorded between them took back, in the states before it
 * and after alike: a contradiction they were part of is seen, and the
 * replay of each point then says where it went. True, for those replays to
 * decide, when the log is not in the order it was recorded (an import
 * keeps its events' recordedAt): its prefixes are then no states as known.
 * What it cannot see: a contradiction that only the withdrawal of a
 * statement at one of these recordings made (the statement stood in the
 * way of it), and that a later one took away; the search then says no
 * more of it than of a slip. (A retraction between two opposite words does
 * not stand in the way: the reversal is found with it too.)
 */
function seenBefore(events: ReadonlyArray<StoredEvent>, id: string, instants: ReadonlyArray<string>, asOf: AsOf | undefined, rules: ReadonlyArray<AnyRule>): boolean {
  // An empty id names nothing (findContradiction says so), whatever the log held.
  if (id.trim() === '') return false;
  const times = instants.map((instant) => Date.parse(instant)).sort((a, b) => a - b);
  const valid = asOf?.validTime !== undefined ? visibleAt({ validTime: asOf.validTime }) : () => true;
  const inForce = times.map((t) => withdrawalsOf(events.filter((e) => e.type === 'event-withdrawn' && startOf(e.recordedAt) < t)));
  const latest = times[times.length - 1]!;
  const counted: StoredEvent[] = [];
  let previous = -Infinity;
  for (const e of events) {
    const recorded = startOf(e.recordedAt);
    if (recorded < previous) return true;
    previous = recorded;
    if (recorded < latest && valid(e) && !inForce.every((w) => isWithdrawn(w, e))) counted.push(e);
  }
  const reducer = analysisWith(rules);
  const state = reducer.initial();
  let next = 0;
  for (const t of times) {
    const from = next;
    while (next < counted.length && startOf(counted[next]!.recordedAt) < t) next++;
    // Folded on from where the last point left it (`from` is the state, changed in place), as a log read in pages is.
    replay(reducer, counted.slice(from, next), { from: state });
    if (contradictionList(state).some((c) => c.id.startsWith(id))) return true;
  }
  return false;
}

// A position (`78`, `#78`) or an id (or its first 4 or more hex digits), as withdraw and correct name an event.
const EVENT_REF = /^(?:#?[0-9]+|[0-9a-f]{4,})$/i;

// The event of the log `ref` names as a position or an id, if any.
function eventNamed(events: ReadonlyArray<StoredEvent>, ref: string): StoredEvent | undefined {
  if (!EVENT_REF.test(ref)) return undefined;
  const found = findEvent(events, ref);
  return isLeft(found) ? undefined : found.right;
}

/**
 * What `explain` answers when given an event of the log rather than a
 * contradiction: what the event is (a correction's copy saying what it
 * corrects, a withdrawn one by what), and where a statement is shown.
 *
 * @example
 * import { eventNotContradiction } from './explain.js'
 * const wrong = { id: 'aa11aa11aa11aa11aa11aa11aa11aa11', position: 1, type: 'statement-made', data: { holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', source: { quote: 'a truce' } } }
 * const withdrawal = { id: 'bb22bb22bb22bb22bb22bb22bb22bb22', position: 2, type: 'event-withdrawn', data: { event: wrong.id, reason: 'it was Minsk' } }
 * const copy = { id: 'cc33cc33cc33cc33cc33cc33cc33cc33', position: 3, type: 'statement-made', data: { ...wrong.data, holder: 'belarus', corrects: { event: wrong.id, position: 1 } } }
 * const events = [wrong, withdrawal, copy] as any[]
 * assert.strictEqual(
 *   eventNotContradiction(events, '3', copy as any, undefined),
 *   '#3 is a statement (belarus demand ceasefire +, correcting #1), not a contradiction: explain takes a contradiction\'s id (stancelog contradictions lists them); stancelog timeline --holder belarus --issue ceasefire shows the statement among its holder\'s words',
 * )
 * const withdrawn = eventNotContradiction(events, 'aa11', wrong as any, undefined)
 * assert.ok(withdrawn.startsWith('aa11 is #1, a statement (ukraine demand ceasefire +, withdrawn by #2: it was Minsk)'))
 * assert.ok(withdrawn.endsWith('stancelog log --holder ukraine --issue ceasefire lists it'))
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function eventNotContradiction(events: ReadonlyArray<StoredEvent>, ref: string, event: StoredEvent, asOf: AsOf | undefined): string {
  const positionOf = (id: string): number | undefined => events.find((e) => e.id === id)?.position;
  const notes: string[] = [];
  if (event.type === 'statement-made' && event.data.corrects !== undefined) {
    const corrected = positionOf(event.data.corrects.event);
    if (corrected !== undefined) notes.push(`correcting #${corrected}`);
  }
  const by = withdrawalsOf(events).get(event.id);
  if (by !== undefined) notes.push(`withdrawn by #${by.position}: ${by.data.reason}`);
  const what = event.type === 'statement-made' ? 'a statement' : event.type === 'event-withdrawn' ? 'a withdrawal' : `an event of the register (${event.type})`;
  const described = oneLine(describeEvent(event, positionOf) + (notes.length > 0 ? `, ${notes.join(', ')}` : ''));
  // A position is named as log prints it; an id, with the position it has.
  const named = ref.replace(/^#/, '') === String(event.position) ? `#${event.position} is` : `${ref} is #${event.position},`;
  // Timeline shows the statements that count; log lists every event, a withdrawn one marked.
  const shown =
    event.type === 'statement-made' && by === undefined
      ? `; stancelog timeline --holder ${event.data.holder} --issue ${event.data.issue}${asOfArguments(asOf)} shows the statement among its holder's words`
      : event.type === 'statement-made'
        ? `; stancelog log --holder ${event.data.holder} --issue ${event.data.issue} lists it`
        : '; stancelog log lists it';
  return `${named} ${what} (${described}), not a contradiction: explain takes a contradiction's id (stancelog contradictions${asOfArguments(asOf)} lists them)${shown}`;
}

/**
 * Registers `stancelog explain` on the program.
 *
 * @example
 * import { Command } from 'commander'
 * import { registerExplain } from './explain.js'
 * const program = new Command('stancelog')
 * registerExplain(program, { stdout: process.stdout, stderr: process.stderr, cwd: '.', env: {} }, () => undefined)
 * assert.ok(program.commands.some((c) => c.name() === 'explain'))
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function registerExplain(program: Command, io: CliIo, done: OutcomeSink): void {
  const command = withSnapshotsOption(
    withAsOfOptions(
      program
        .command('explain')
        .description('why a contradiction is one: the rule, the statements, their quotes and sources')
        // Variadic: an id holding a speaker's name (`self-contradiction:...:Kenji Arao`) given unquoted is its words, joined by a space.
        .argument('<id...>', 'the contradiction id (as stancelog contradictions --json prints it), or a prefix naming only one (as its id column prints it)'),
    ),
  )
    .option('--store <path|url>', STORE_OPTION_HELP)
    .option('--json', 'print the explanation as JSON');
  withRulesOption(command)
    .action(async (words: ReadonlyArray<string>, opts: ExplainCommandOptions) => {
      done(await explainCommand(words.join(' '), opts, io));
    });
}
