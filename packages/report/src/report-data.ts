/**
 * The data behind the report: the negotiation replayed day by day in
 * valid time. Each frame shows the positions, contradictions and
 * precondition graph as they stood at the end of one day on which something
 * was said, exactly as `project(store, analysis(), { asOf })` gives them;
 * the page embeds the data as JSON and its slider steps through the frames.
 * Positions and contradictions are stored once each, with the frames each
 * version of their views holds in: the page computes a frame from them.
 *
 * @since 0.1.0
 */
import {
  allPositions,
  analysis,
  applyToRegistry,
  emptyRegistry,
  endOf,
  isWithdrawal,
  isWithdrawn,
  outweighedReports,
  readableQuote,
  unheldRetractions,
  replay,
  validTimeOf,
  statementInfo,
  visibleAt,
  withdrawalsOf,
  withoutWithdrawn,
} from '@stancelog/core';
import type { AnalysisOptions, AnalysisState, AsOf, PositionView, PreconditionEdge, StatementInfo, StoredEvent } from '@stancelog/core';
import { FrameBuilder } from './frame-builder.js';
import { ruleDescriptions } from './rule-descriptions.js';
import { contradictionViewOf, positionViewOf, versionAt } from './stored-positions.js';
import type { ReportContradiction, ReportContradictionView, ReportIdList, ReportPosition } from './stored-positions.js';

/**
 * The analysis as it stood at the end of one day.
 *
 * @example
 * import { frameViews, reportData } from '@stancelog/report'
 * import { openMemoryStore, readAll, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'ukraine', issue: 'peace-talks', kind: 'condition', polarity: '+', conditions: [{ issue: 'ceasefire', polarity: '+' }], statedAt: '2025-04-23', source: { quote: 'a truce first' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'condition', polarity: '+', conditions: [{ issue: 'peace-talks', polarity: '+' }], statedAt: '2025-05-16', source: { quote: 'talks first' } }),
 * ])
 * const data = reportData(await readAll(store))
 * const [april, may] = data.frames
 * // Russia's condition of May closed the cycle: the graph highlights its links from that day.
 * assert.deepStrictEqual([april?.cycleEdges, may?.cycleEdges], [[], ['ceasefire->peace-talks', 'peace-talks->ceasefire']])
 * assert.deepStrictEqual(frameViews(data, may!).contradictions.map((c) => c.type), ['circular-precondition'])
 * @category report
 * @since 0.1.0
 */
export interface ReportFrame {
  /** `YYYY-MM-DD`. */
  readonly day: string;
  /** The precondition graph's edges that day, as indexes into {@link ReportData.edges}. */
  readonly edges: ReadonlyArray<number>;
  /** The links on an open cycle (a deadlock): `from->to` for conditions, `part:parent->child` for sub-issues. */
  readonly cycleEdges: ReadonlyArray<string>;
}

/**
 * A frame with its views rather than their indexes: what the page draws for
 * a day.
 *
 * @example
 * import { frameViews, reportData } from '@stancelog/report'
 * import { openMemoryStore, readAll, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'no truce' } })])
 * const data = reportData(await readAll(store))
 * const views = frameViews(data, data.frames[0]!)
 * assert.deepStrictEqual(views.positions.map((p) => [p.holder, p.polarity]), [['russia', '-']])
 * @category report
 * @since 0.1.0
 */
export interface ReportFrameViews {
  readonly day: string;
  readonly positions: ReadonlyArray<PositionView>;
  /** Core's views, with the sides each rests on that are third parties' reports (see {@link ReportContradictionView}). */
  readonly contradictions: ReadonlyArray<ReportContradictionView>;
  readonly edges: ReadonlyArray<PreconditionEdge>;
  readonly cycleEdges: ReadonlyArray<string>;
}

/**
 * The views of a frame of `data` (the frame, or its index): each position
 * and contradiction in the version in force at that frame.
 *
 * @throws RangeError when `frame` is not one of `data.frames`.
 * @example
 * import { frameViews, reportData } from '@stancelog/report'
 * import { analysis, openMemoryStore, positionList, project, readAll, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'no truce' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-14', source: { quote: 'still no truce' } }),
 * ])
 * const data = reportData(await readAll(store))
 * // A frame's views whole, as a projection at the end of its day gives them.
 * const projected = await project(store, analysis(), { asOf: { validTime: '2025-03-13' } })
 * assert.ok(projected._tag === 'Right')
 * assert.deepStrictEqual(frameViews(data, data.frames[0]!).positions, positionList(projected.right.state))
 * // By index: the second day's view of the same position, restated.
 * assert.deepStrictEqual(frameViews(data, 1).positions.map((p) => p.lastStated), ['2025-03-14'])
 * @category report
 * @since 0.1.0
 */
export function frameViews(
  data: Pick<ReportData, 'statementIds' | 'idLists' | 'positions' | 'contradictions' | 'edges' | 'frames'>,
  frame: ReportFrame | number,
): ReportFrameViews {
  const index = typeof frame === 'number' ? frame : data.frames.indexOf(frame);
  const shown = data.frames[index];
  if (shown === undefined) throw new RangeError(`not a frame of this report: ${typeof frame === 'number' ? frame : frame.day}`);
  const count = data.frames.length;
  const positions: PositionView[] = [];
  data.positions.forEach((p, i) => {
    const v = versionAt(p.versions, index, count);
    if (v >= 0) positions.push(positionViewOf(data, i, v));
  });
  const contradictions: ReportContradictionView[] = [];
  data.contradictions.forEach((c, i) => {
    const v = versionAt(c.versions, index, count);
    if (v >= 0) contradictions.push(contradictionViewOf(data, i, v));
  });
  return { day: shown.day, positions, contradictions, edges: shown.edges.map((i) => data.edges[i]!), cycleEdges: shown.cycleEdges };
}

/**
 * The version of the layout of {@link ReportData} (`data.json`): a tool
 * reading the file checks it first.
 *
 * @example
 * import { REPORT_DATA_VERSION, reportData } from '@stancelog/report'
 * assert.strictEqual(reportData([]).version, REPORT_DATA_VERSION)
 * assert.strictEqual(REPORT_DATA_VERSION, 6)
 * @category report
 * @since 0.1.0
 */
export const REPORT_DATA_VERSION = 6;

/**
 * A withdrawal in force in a report: an event of the log taken back (a
 * statement entered wrongly, read in a retracted article, or corrected),
 * when and why, and what `stancelog correct` appended in its place.
 *
 * @example
 * import type { ReportCorrection } from '@stancelog/report'
 * const c: ReportCorrection = { position: 3, recordedAt: '2026-12-07T12:08:33Z', reason: 'the article was retracted', withdrawn: { position: 2, type: 'statement-made', statement: null }, replacedBy: null }
 * assert.strictEqual(c.replacedBy, null)
 * @category report
 * @since 0.1.0
 */
export interface ReportCorrection {
  /** The withdrawal's log position. */
  readonly position: number;
  /** When the withdrawal was recorded: up to then, the event counted. */
  readonly recordedAt: string;
  readonly reason: string;
  /** The event withdrawn: its log position, its type, and, for a statement, the statement as the page quotes one. */
  readonly withdrawn: { readonly position: number; readonly type: string; readonly statement: StatementInfo | null };
  /** The id of the statement appended in its place (a correction: one of `statements`), or `null`. */
  readonly replacedBy: string | null;
}

/**
 * A holder or an issue, with the name to show.
 *
 * @example
 * import { reportData } from '@stancelog/report'
 * import { openMemoryStore, readAll, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   { type: 'issue-defined', data: { id: 'ceasefire', title: 'Ceasefire', proposition: 'a full ceasefire along the front' } },
 *   statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11', source: { quote: 'a 30-day truce' } }),
 * ])
 * const { holders, issues } = reportData(await readAll(store))
 * // A defined issue shows its title; an actor the log never registered, its id.
 * assert.deepStrictEqual(holders, [{ id: 'ukraine', name: 'ukraine' }])
 * assert.deepStrictEqual(issues, [{ id: 'ceasefire', name: 'Ceasefire', proposition: 'a full ceasefire along the front' }])
 * @category report
 * @since 0.1.0
 */
export interface NamedId {
  readonly id: string;
  readonly name: string;
  /** For an issue: the issue it is part of. */
  readonly parent?: string | undefined;
  /** For an issue: what a `+` stance wants. */
  readonly proposition?: string | undefined;
}

/**
 * Everything the page shows, as embedded in it.
 *
 * @example
 * import { frameViews, reportData } from '@stancelog/report'
 * import { openMemoryStore, readAll, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([statementMade({ holder: 'russia', issue: 'nato-membership', kind: 'demand', polarity: '-', statedAt: '2025-05-16', source: { quote: 'drop the NATO bid' } })])
 * const data = reportData(await readAll(store), { title: 'Istanbul talks' })
 * // The present is the last frame; its positions name their statements, whose quotes `statements` holds.
 * const [position] = frameViews(data, data.frames[data.frames.length - 1]!).positions
 * assert.strictEqual(data.statements[position?.statements[0] ?? '']?.quote, 'drop the NATO bid')
 * @category report
 * @since 0.1.0
 */
export interface ReportData {
  /**
   * The version of this data's layout: 5 since `reporters` names the
   * actors who report others' stances and hold none of their own; 4 since a contradiction's versions
   * carry `reported` (the sides that rest on a third party's report); 3
   * since `withdrewNothing` lists the retractions that withdrew nothing; 2
   * since positions and contradictions are stored once with the frames
   * their versions hold in (1, without the field, listed every view of
   * every frame).
   */
  readonly version: typeof REPORT_DATA_VERSION;
  readonly title: string;
  /** The bitemporal point the report was built at, if any. */
  readonly asOf: AsOf | null;
  readonly holders: ReadonlyArray<NamedId>;
  /** The actors who report others' stances (speakers for an actor of their own) and hold none: named where their reports are quoted. */
  readonly reporters: ReadonlyArray<NamedId>;
  readonly issues: ReadonlyArray<NamedId>;
  /**
   * The statements the page quotes, by id, each quote as a reader reads it
   * (core's `readableQuote`: a web page's entities, `&ldquo;`, decoded and
   * its inline markup left out), where the log keeps the page's own text.
   */
  readonly statements: Readonly<Record<string, StatementInfo>>;
  /**
   * Ids of the third parties' reports that the holder's own word of the
   * days before outweighs (core's `outweighedReports`): shown as such on the
   * timeline. Yielding looks only at earlier own words, so it is the same in
   * every frame that shows the statement.
   */
  readonly outweighed: ReadonlyArray<string>;
  /**
   * Ids of the retractions of a stance the holder did not hold as it was
   * said (core's `unheldRetractions`): they withdrew nothing and changed no
   * stance, and the timeline shows them so, rather than as a drop (as
   * `stancelog timeline` says `0 retract (of -, not held)`). What a
   * retraction withdraws depends only on the words stated before it, all
   * of them in every frame that shows it: the same in each.
   */
  readonly withdrewNothing: ReadonlyArray<string>;
  /**
   * Every position any frame shows, once each, in the order of core's
   * `positionList`, with the versions its view went through and the frames
   * each holds in: a frame shows the version in force at its index
   * ({@link frameViews} gives a frame's views whole). Lists of every view
   * per day made a 100,000-statement report weigh 478 MB.
   */
  readonly positions: ReadonlyArray<ReportPosition>;
  /**
   * Every contradiction any frame shows, once each, in the order of core's
   * `contradictionList`, stored as `positions` are: fifty holders on forty
   * issues are at odds in thousands of pairs, each gaining a statement
   * whenever either side restates its stance.
   */
  readonly contradictions: ReadonlyArray<ReportContradiction>;
  /**
   * The ids of the statements that lists of statements name, by number: an
   * id is 32 characters, its number a few digits.
   */
  readonly statementIds: ReadonlyArray<string>;
  /**
   * The positions' and contradictions' lists of statements, each stored as
   * what it adds to the same list of the version before (see
   * {@link ReportIdList}).
   */
  readonly idLists: ReadonlyArray<ReportIdList>;
  /** Every distinct precondition edge the frames show, named by index in each frame. */
  readonly edges: ReadonlyArray<PreconditionEdge>;
  /** Frames in day order; the last one is the report's present. {@link frameViews} gives a frame's views. */
  readonly frames: ReadonlyArray<ReportFrame>;
  readonly rules: Readonly<Record<string, string>>;
  /**
   * The withdrawals in force as of the report's point, in log order: each
   * event withdrawn (left out of every section), when and why, and the
   * statement appended in its place. Withdrawals of withdrawals are not
   * listed: what they restored counts again.
   */
  readonly corrections: ReadonlyArray<ReportCorrection>;
  /**
   * When the last event the report knows was recorded: the log as it
   * stood then (with `asOf.recordedTime`, up to that time). `null` for a
   * log with nothing in it.
   */
  readonly knownAt: string | null;
}

/**
 * Options of {@link reportData}.
 *
 * @example
 * import { reportData } from '@stancelog/report'
 * import { openMemoryStore, readAll, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * const said = (statedAt: string) => statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt, source: { quote: `a truce, ${statedAt}` } })
 * await store.append([said('2025-05-16'), said('2025-06-02'), said('2025-07-23')])
 * const progress: string[] = []
 * const data = reportData(await readAll(store), { maxFrames: 2, onProgress: (done, total) => progress.push(`${done}/${total}`) })
 * // Three days, two frames: the days are sampled, the first and the last kept.
 * assert.deepStrictEqual(data.frames.map((f) => f.day), ['2025-05-16', '2025-07-23'])
 * assert.deepStrictEqual(progress, ['1/2', '2/2'])
 * @category report
 * @since 0.1.0
 */
export interface ReportDataOptions {
  readonly title?: string | undefined;
  readonly asOf?: AsOf | undefined;
  readonly analysis?: AnalysisOptions | undefined;
  /** At most this many frames (default 400): beyond, days are sampled evenly, the first and the last always kept. */
  readonly maxFrames?: number | undefined;
  /** Called after each frame is computed. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

/**
 * The days on which something was stated, in order.
 *
 * @example
 * import { statementDays } from '@stancelog/report'
 * const e = (statedAt: string) => ({ type: 'statement-made', recordedAt: '2025-09-01T00:00:00Z', data: { statedAt } }) as any
 * assert.deepStrictEqual(statementDays([e('2025-05-16'), e('2025-W33'), e('2025-05-16')]), ['2025-05-16', '2025-08-11'])
 * @category report
 * @since 0.1.0
 */
export function statementDays(events: Iterable<StoredEvent>): string[] {
  const days = new Set<number>();
  for (const e of events) if (e.type === 'statement-made') days.add(validTimeOf(e));
  return [...days].sort((a, b) => a - b).map((t) => new Date(t).toISOString().slice(0, 10));
}

// Evenly, from the first day to the last: the slider reaches where the negotiation began and where it stands.
function sample(days: string[], max: number): string[] {
  if (days.length <= max) return days;
  if (max <= 1) return days.slice(-1);
  const out: string[] = [];
  for (let i = 0; i < max; i++) out.push(days[Math.round((i * (days.length - 1)) / (max - 1))]!);
  return [...new Set(out)];
}


/**
 * Replays the events day by day and gathers what the page shows.
 *
 * It expects a checked `asOf`, as core's `visibleAt` does: check one that
 * comes from outside with `checkAsOf` first, which returns the error as a
 * value naming the field (`buildReport` does so).
 *
 * @throws RangeError when `checkAsOf` refuses `options.asOf`.
 * @example
 * import { frameViews, reportData } from '@stancelog/report'
 * import { openMemoryStore, readAll, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'nato-membership', kind: 'demand', polarity: '-', statedAt: '2025-05-16', source: { quote: 'drop the NATO bid' } }),
 *   statementMade({ holder: 'ukraine', issue: 'nato-membership', kind: 'red-line', polarity: '+', statedAt: '2025-06-02', source: { quote: 'never' } }),
 * ])
 * const events = await readAll(store)
 * const data = reportData(events)
 * assert.deepStrictEqual(data.frames.map((_, i) => frameViews(data, i).positions.length), [1, 2])
 * assert.throws(() => reportData(events, { asOf: { validTime: 'June' } }), /asOf\.validTime: not a date or timestamp/)
 * @category report
 * @since 0.1.0
 */
export function reportData(events: ReadonlyArray<StoredEvent>, options: ReportDataOptions = {}): ReportData {
  // What the log knew at the as-of point, its corrections known by then applied.
  const recorded = options.asOf?.recordedTime !== undefined ? events.filter(visibleAt({ recordedTime: options.asOf.recordedTime })) : events;
  // The withdrawals themselves are left out too, once applied: the analysis reads nothing of them, and one folded with
  // the registry before the day's statements (it has no valid time) put the whole log behind it in log order, so that
  // every frame after it was replayed whole (a report of 20,000 statements after a day's appends and withdrawals: 89 s
  // of CPU time where it took 9.7).
  const known = withoutWithdrawn(options.asOf ? events.filter(visibleAt(options.asOf)) : events).filter((e) => !isWithdrawal(e));
  const days = sample(statementDays(known), options.maxFrames ?? 400);
  const reducer = analysis(options.analysis);
  // The ledger says which records each day changed, where the built-in rules alone write it; rules of one's own (any
  // rules given, which may be of one's own under a built-in type) may change a record unseen: every record is compared.
  const ownRules = options.analysis?.rules !== undefined || (options.analysis?.extraRules?.length ?? 0) > 0;
  const built = new FrameBuilder(ownRules ? 'compared' : 'tracked');
  // `known` is already as of the report's point: a day's frame folds its
  // registry events and the statements stated by the end of the day. Each
  // day's statements are folded into the day before's state, whatever their
  // place in the log: the analysis finds in statements read in any order
  // what it finds reading them in the order of valid times (core's
  // rules-order properties), which is how the days fold them. The registry's
  // events have no valid time: each is folded into the first day's state in
  // its place in the log, and where that place matters (see
  // `orderedIndexes`), a statement before it in the log, of a later day,
  // makes that day a replay of the log whole, as the log has it. A replay
  // per day made 100,000 statements take 20 minutes.
  const validTimes = known.map((e) => (e.type === 'statement-made' ? validTimeOf(e) : -Infinity));
  const ordered = orderedIndexes(known);
  const byValidTime = known.flatMap((e, i) => (e.type === 'statement-made' ? [i] : [])).sort((a, b) => validTimes[a]! - validTimes[b]! || a - b);
  let next = 0;
  let last: AnalysisState | undefined;
  // The log index of the last registry event whose place matters that `last` has folded.
  let lastFolded = -1;
  for (const day of days) {
    const end = endOf(day);
    const added: number[] = [];
    while (next < byValidTime.length && validTimes[byValidTime[next]!]! < end) added.push(byValidTime[next++]!);
    added.sort((a, b) => a - b);
    // The statements folded into the day before's state, for the frame to make only the views they may change; none when the day is replayed whole.
    let folded: StoredEvent[] | undefined;
    if (last !== undefined && (added.length === 0 || added[0]! > lastFolded)) {
      folded = added.map((i) => known[i]!);
      if (folded.length > 0) last = replay(reducer, folded, { from: last });
    } else {
      const visible: StoredEvent[] = [];
      known.forEach((e, i) => {
        if (validTimes[i]! < end) visible.push(e);
      });
      last = replay(reducer, visible);
      lastFolded = -1;
      known.forEach((_, i) => {
        if (validTimes[i]! < end && ordered[i]) lastFolded = i;
      });
    }
    built.add(day, last, folded);
    options.onProgress?.(built.frames.length, days.length);
  }
  let final: AnalysisState | undefined = last ?? replay(reducer, known);
  last = undefined;
  const outweighed: string[] = [];
  const withdrewNothing: string[] = [];
  for (const p of allPositions(final.positions)) {
    for (const id of outweighedReports(p)) outweighed.push(id);
    for (const id of unheldRetractions(p)) withdrewNothing.push(id);
  }
  // Of the state, only the names are read from here on: the state, and what the frames saw in it, are let go before
  // the statements are indexed, not held beside them (the report's peak of memory is here).
  const { registry } = final;
  final = undefined;
  const views = built.views();
  // The page shows quotes to readers: as read, a web page's entities decoded (the log keeps the page's text, for its offsets).
  // Made as the page's record straight away: an index of the statements first, then the record made of it, put both
  // on the report's peak of memory, which is at its end.
  const statements: Record<string, StatementInfo> = {};
  for (const e of known) {
    if (e.type !== 'statement-made') continue;
    const s = statementInfo(e);
    const quote = readableQuote(s.quote);
    statements[e.id] = quote === s.quote ? s : { ...s, quote };
  }
  const holderIds = new Set<string>();
  const issueIds = new Set<string>();
  for (const id in statements) {
    const s = statements[id]!;
    holderIds.add(s.holder);
    issueIds.add(s.issue);
    for (const c of s.conditions) issueIds.add(c.issue);
  }
  const holders = [...holderIds].sort().map((id) => ({ id, name: registry.actors.get(id)?.actor.name ?? id }));
  const reporterIds = new Set<string>();
  for (const id in statements) {
    const s = statements[id]!;
    if (s.reportedBy !== null && !holderIds.has(s.reportedBy)) reporterIds.add(s.reportedBy);
  }
  const reporters = [...reporterIds].sort().map((id) => ({ id, name: registry.actors.get(id)?.actor.name ?? id }));
  const issues = [...issueIds].sort().map((id): NamedId => {
    const issue = registry.issues.get(id)?.issue;
    return {
      id,
      name: issue?.title ?? id,
      ...(issue?.parent !== undefined ? { parent: issue.parent } : {}),
      ...(issue?.proposition !== undefined ? { proposition: issue.proposition } : {}),
    };
  });
  return {
    version: REPORT_DATA_VERSION,
    title: options.title ?? 'stancelog report',
    asOf: options.asOf ?? null,
    holders,
    reporters,
    issues,
    statements,
    outweighed,
    withdrewNothing,
    ...views,
    // What the page says of each type: the rules of one's own (extraRules, or rules) with theirs.
    rules: ruleDescriptions(options.analysis),
    corrections: correctionsOf(recorded),
    knownAt: recorded.reduce<string | null>((latest, e) => (latest === null || Date.parse(e.recordedAt) > Date.parse(latest) ? e.recordedAt : latest), null),
  };
}

/**
 * For each event of `events` (in log order, withdrawals applied and left
 * out), whether the analysis depends on where it stands among the
 * statements: no statement does (the statements' own order does not
 * matter, see `reportData`); a registry event does only when it moves an
 * issue in the hierarchy that a statement before it (as issue or
 * condition) named, or that has sub-issues. An actor, an alias, an office,
 * an issue named anew or defined again as it was, or a sub-issue defined
 * before anything is said of it (as ingest defines the issues of an
 * article just before its statements) changes no position, contradiction
 * or edge wherever it is folded: the rules read the registry only for the
 * hierarchy (see `RegistryState.hierarchyVersion`), and a link no word
 * reaches yet changes no cycle. Checked against a replay as of each day by
 * the report's specs, with registry events in every place of the log.
 */
function orderedIndexes(events: ReadonlyArray<StoredEvent>): boolean[] {
  const registry = emptyRegistry();
  const named = new Set<string>();
  return events.map((e) => {
    if (e.type === 'statement-made') {
      named.add(e.data.issue);
      for (const c of e.data.conditions ?? []) named.add(c.issue);
      applyToRegistry(registry, e);
      return false;
    }
    const version = registry.hierarchyVersion;
    applyToRegistry(registry, e);
    if (registry.hierarchyVersion === version) return false;
    return e.type !== 'issue-defined' || named.has(e.data.id) || (registry.children.get(e.data.id)?.size ?? 0) > 0;
  });
}

// The withdrawals in force among `events` (those known at the report's recorded time), of events other than withdrawals.
function correctionsOf(events: ReadonlyArray<StoredEvent>): ReportCorrection[] {
  const inForce = withdrawalsOf(events);
  const out: ReportCorrection[] = [];
  if (inForce.size === 0) return out;
  // The events withdrawn alone, by id: a map of every event of the log was some megabytes more at the report's peak.
  const byId = new Map<string, StoredEvent>();
  for (const e of events) if (inForce.has(e.id)) byId.set(e.id, e);
  for (const [target, w] of inForce) {
    const withdrawn = byId.get(target);
    if (withdrawn === undefined || withdrawn.type === 'event-withdrawn') continue;
    const statement = withdrawn.type === 'statement-made' ? statementInfo(withdrawn) : null;
    const copy = events.find((e) => e.type === 'statement-made' && e.data.corrects?.event === target && !isWithdrawn(inForce, e));
    out.push({
      position: w.position,
      recordedAt: w.recordedAt,
      reason: w.data.reason,
      withdrawn: { position: withdrawn.position, type: withdrawn.type, statement: statement === null ? null : { ...statement, quote: readableQuote(statement.quote) } },
      replacedBy: copy?.id ?? null,
    });
  }
  return out.sort((a, b) => a.position - b.position);
}

/**
 * The frame in force on a day: the last one on or before it.
 *
 * @example
 * import { frameAt } from '@stancelog/report'
 * const frames = [{ day: '2025-05-16' }, { day: '2025-06-02' }] as any
 * assert.strictEqual(frameAt(frames, '2025-05-31')?.day, '2025-05-16')
 * assert.strictEqual(frameAt(frames, '2025-05-01'), undefined)
 * @category report
 * @since 0.1.0
 */
export function frameAt(frames: ReadonlyArray<ReportFrame>, day: string): ReportFrame | undefined {
  let found: ReportFrame | undefined;
  for (const f of frames) {
    if (f.day > day) break;
    found = f;
  }
  return found;
}
