/**
 * Report frames built from one analysis state a day. Positions and
 * contradictions are stored once each, with the versions their views went
 * through and the frames each version holds in (see stored-positions.ts):
 * a frame itself keeps only its day and its precondition graph.
 *
 * A day built on the day before makes the views only of what may have
 * changed: the positions its statements were on, and the contradiction
 * records that differ from what they were when their views were last made.
 * Making every view each day (core's `positionList` and
 * `contradictionList`), though most were as the day before, made most of
 * the 1.4 GB a 100,000-statement report took to build.
 *
 * @since 0.1.0
 */
import {
  allContradictions,
  allPositions,
  contradictionEvidence,
  contradictionView,
  positionKey,
  positionViewer,
  preconditionEdges,
  takeContradictionChanges,
  trackContradictionChanges,
  validTimeOf,
} from '@stancelog/core';
import type { AnalysisState, ContradictionRecord, ContradictionsState, PositionState, PreconditionEdge, StoredEvent } from '@stancelog/core';
import { deadlockLinks } from './deadlocks.js';
import type { ReportData, ReportFrame } from './report-data.js';
import { ContradictionStore, IdListStore, PositionStore, copied, sameStrings } from './stored-positions.js';
import type { Held, KeptContradictionView, KeptPositionView, ReportContradictionView } from './stored-positions.js';

/** A position whose view was made: how long its history was then, and the view the store kept. */
interface PositionSeen {
  readonly length: number;
  readonly held: Held<KeptPositionView>;
  readonly view: KeptPositionView;
}

/** A contradiction record whose view was made: the record's list of statements and its length then, and that view. */
interface RecordSeen {
  readonly statements: ReadonlyArray<string>;
  readonly count: number;
  /** The record's lists of issues and actors then (see {@link unchanged}). */
  readonly issues: ReadonlyArray<string>;
  readonly actors: ReadonlyArray<string>;
  readonly since: number;
  readonly held: Held<KeptContradictionView>;
  readonly view: KeptContradictionView;
  /** The frame in which one of the positions its sides may rest on changed: its view is weighed again then. */
  reweighAt: number;
  /** The frame in which the tracked ledger said the record changed: its view is made again then. */
  changedAt: number;
}

/**
 * Whether a record still gives the view made of it (and its place in
 * core's order): what `contradictionView` reads of it, compared with that
 * view. Its statements are compared by list and length, not id by id: the
 * ledger only adds ids at a list's end, or gives a record another list
 * (contradictions.ts), and comparing every id of 16,000 records on every
 * day took about a sixth of a large report's build. Its issues and actors
 * are read only when the record holds other lists than it did (the ledger
 * gives a record new lists rather than change its own): reading their
 * strings for every record on every day was about a tenth of the build
 * (a report of 20,000 statements, 18,948 records: 8.3 to 9.6 s of CPU, 7.5
 * to 8.1 s without).
 */
function unchanged(r: ContradictionRecord, seen: RecordSeen): boolean {
  const v = seen.view;
  return (
    r.statements === seen.statements &&
    r.statements.length === seen.count &&
    r.since === seen.since &&
    r.id === v.id &&
    r.type === v.type &&
    r.sinceLabel === v.since &&
    (r.untilLabel ?? null) === v.until &&
    (r.untilLabel === undefined ? null : (r.resolvedBy ?? null)) === v.resolvedBy &&
    r.summary === v.summary &&
    (r.issues === seen.issues || sameStrings(r.issues, v.issues)) &&
    (r.actors === seen.actors || sameStrings(r.actors, v.actors))
  );
}

const MINUTE_MS = 60_000;

/** A record's view, with the sides of it that rest on a third party's report as the state has them. */
function reportView(state: AnalysisState, r: ContradictionRecord): ReportContradictionView {
  const view = contradictionView(r);
  return { ...view, reported: contradictionEvidence(state, view).reported };
}

function sameReports(a: ReportContradictionView['reported'], b: ReportContradictionView['reported']): boolean {
  return a.length === b.length && a.every((x, i) => x.holder === b[i]!.holder && x.issue === b[i]!.issue && x.by === b[i]!.by);
}

// Core's orders: `positionList` (holder, then issue) and `contradictionList` (start, then id). Views are stored in
// them, as the lists of statements they add are numbered in the order they are stored.
const byHolderThenIssue = (a: PositionState, b: PositionState): number =>
  a.holder < b.holder ? -1 : a.holder > b.holder ? 1 : a.issue < b.issue ? -1 : a.issue > b.issue ? 1 : 0;
const byStartThenId = (a: ContradictionRecord, b: ContradictionRecord): number => a.since - b.since || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Distinct values, each kept once and named by its index (equal as JSON,
 * equal here). A value is kept as a copy: a view shares its lists with the
 * analysis state, which the next day's statements change in place.
 */
class Interned<T> {
  readonly values: T[] = [];
  private readonly indexes = new Map<string, number>();
  indexOf(value: T): number {
    const key = JSON.stringify(value);
    let i = this.indexes.get(key);
    if (i === undefined) {
      i = this.values.push(copied(value)) - 1;
      this.indexes.set(key, i);
    }
    return i;
  }
}

/**
 * How the builder finds the records that changed from one day to the next
 * (see {@link FrameBuilder}): `tracked`, the ledger says which (core's
 * `trackContradictionChanges`), or `compared`, every record is compared
 * with what it was, each day. The ledger knows of every change the built-in
 * rules make; a rule of one's own is given the ledger and may change a
 * record in place unseen, so an analysis with such rules is compared.
 */
export type RecordChanges = 'tracked' | 'compared';

/**
 * Gathers frames, one analysis state a day.
 *
 * @example
 * import { FrameBuilder } from './frame-builder.js'
 * import { analysis, replay } from '@stancelog/core'
 * const said = (id: string, statedAt: string, polarity: '+' | '-') => ({ id, position: 1, recordedAt: `${statedAt}T09:00:00Z`, schema: 1, tags: [], type: 'statement-made',
 *   data: { holder: 'russia', issue: 'ceasefire', kind: polarity === '-' ? 'reject' : 'accept', polarity, statedAt, source: { quote: id } } }) as any
 * const built = new FrameBuilder()
 * const state = replay(analysis(), [said('a', '2025-05-16', '-')])
 * built.add('2025-05-16', state)
 * // Nothing said on the 17th: the position holds on, in its one version.
 * built.add('2025-05-17', state, [])
 * // The 18th's statement, folded into the same state, turns Russia: a new version from the third frame on.
 * const turn = said('b', '2025-05-18', '+')
 * built.add('2025-05-18', replay(analysis(), [turn], { from: state }), [turn])
 * const { frames, positions } = built.views()
 * assert.deepStrictEqual([frames.map((f) => f.day), positions.map((p) => p.versions.map((v) => [v.from, v.polarity]))],
 *   [['2025-05-16', '2025-05-17', '2025-05-18'], [[[0, '-'], [2, '+']]]])
 * @category report
 * @since 0.1.0
 * @internal
 */
export class FrameBuilder {
  readonly frames: ReportFrame[] = [];
  // Positions and contradictions grow from day to day: stored as versions, their lists of statements in one table.
  private readonly lists = new IdListStore();
  private readonly positions = new PositionStore(this.lists);
  private readonly contradictions: ContradictionStore;
  private readonly edges = new Interned<PreconditionEdge>();
  /** The state of the frame before, and what its positions and records were when their views were last made. */
  private state: AnalysisState | undefined;
  private positionsSeen = new Map<PositionState, PositionSeen>();
  private recordsSeen = new Map<ContradictionRecord, RecordSeen>();
  /** The records whose views were made, by the positions (holder and issue) their sides may rest on. */
  private recordsOf = new Map<string, Set<ContradictionRecord>>();
  /** The ledger whose changes are tracked (`tracked`), the state's since the last frame that made every view. */
  private ledger: ContradictionsState | undefined;
  /**
   * Views of the state's positions, each made from what making it the day before left (core's `positionViewer`):
   * walking each changed position's whole history again each day made about a tenth of a 200,000-statement report's
   * CPU time, and 1.7 of the 4.6 GB it allocated.
   */
  private viewOf = positionViewer();

  /**
   * `changes`: `tracked` (the default) when the analysis runs the built-in
   * rules only, `compared` when it runs rules of one's own (see
   * {@link RecordChanges}).
   */
  constructor(private readonly changes: RecordChanges = 'tracked') {
    // Tracked, a contradiction goes on in its view until its record changes or goes: none is carried into each frame.
    this.contradictions = new ContradictionStore(this.lists, changes === 'tracked');
  }

  /**
   * Adds the frame of a day, as the analysis stood at its end. `added`: the
   * statements folded into the state of the frame before to make `state`
   * (the same object, changed in place); without it, or given another
   * state (one replayed anew), every view is made.
   */
  add(day: string, state: AnalysisState, added?: ReadonlyArray<StoredEvent>): void {
    const frame = this.frames.length;
    this.frames.push({ day, edges: preconditionEdges(state).map((v) => this.edges.indexOf(v)), cycleEdges: deadlockLinks(state) });
    if (state !== this.state || added === undefined) {
      // What was seen belongs to another state (and keeping it would keep that state alive).
      this.state = state;
      this.positionsSeen = new Map();
      this.recordsSeen = new Map();
      this.recordsOf = new Map();
      this.ledger = undefined;
      this.viewOf = positionViewer();
    }
    // The records changed since the frame before, as the ledger tracked them; none tracked (a state new to the builder,
    // or rules of one's own), every record is compared, and the ledger is tracked from here on.
    const ledgerChanges = this.ledger === state.contradictions ? takeContradictionChanges(state.contradictions) : undefined;
    if (this.changes === 'tracked' && ledgerChanges === undefined) {
      trackContradictionChanges(state.contradictions);
      this.ledger = state.contradictions;
    }
    // A statement changes only the position it is on (holder and issue): the others' views are as they were. Should
    // anything else lengthen a history, its view is made too. Each position a statement was added to, with the
    // earliest valid time (minutes) of those added.
    const earliest = new Map<string, number>();
    for (const e of added ?? []) {
      if (e.type !== 'statement-made') continue;
      const key = positionKey(e.data.holder, e.data.issue);
      const at = Math.floor(validTimeOf(e) / MINUTE_MS);
      earliest.set(key, Math.min(at, earliest.get(key) ?? at));
    }
    const positions: PositionState[] = [];
    for (const p of allPositions(state.positions)) {
      const seen = this.positionsSeen.get(p);
      if (seen !== undefined && !earliest.has(p.key) && seen.length === p.history.length && this.positions.carry(seen.held, seen.view, frame)) continue;
      positions.push(p);
    }
    // Positions whose current word is, or was, a third party's report: what an open record's sides rest on may change.
    const onReports = new Set<string>();
    for (const p of positions.sort(byHolderThenIssue)) {
      const before = this.positionsSeen.get(p)?.view.reported ?? true;
      const held = this.positions.add(this.viewOf(p), frame);
      if (before || held.view.reported) onReports.add(p.key);
      this.positionsSeen.set(p, { length: p.history.length, held, view: held.view });
    }
    // Which sides rest on a report depends on the sides' positions, which change without the record (Ukraine's own word
    // restating what Germany reported of it): a record one of whose positions changed is weighed again. An open one
    // reads their current words: only a position whose word is or was a report changes what it rests on. A resolved
    // one reads them as they stood before its end: only a statement from then or before does (a day built on the day
    // before adds none).
    const reweighed: Array<[ContradictionRecord, RecordSeen]> = [];
    for (const p of positions) {
      const from = earliest.get(p.key) ?? -Infinity;
      const reports = onReports.has(p.key);
      for (const r of this.recordsOf.get(p.key) ?? []) {
        // The record's end read first: most records filed under a position ended before the day's words.
        if (!(r.until === undefined ? reports : from <= r.until)) continue;
        const seen = this.recordsSeen.get(r);
        if (seen !== undefined && seen.reweighAt !== frame) {
          seen.reweighAt = frame;
          reweighed.push([r, seen]);
        }
      }
    }
    // A rule may change any record (a cycle filed under another issue, records renumbered after a word read late),
    // and changes them in place. A record the ledger says is unchanged, or that is as its view was, shows that view on
    // (weighed again where a position it rests on changed); the others' views are made.
    const records: Array<[ContradictionRecord, ReportContradictionView]> = [];
    const consider = (r: ContradictionRecord, seen: RecordSeen | undefined, same: boolean): void => {
      if (same && seen!.reweighAt !== frame && this.contradictions.carry(seen!.held, seen!.view, frame)) return;
      const view = reportView(state, r);
      if (same && sameReports(view.reported, seen!.view.reported) && this.contradictions.carry(seen!.held, seen!.view, frame)) return;
      records.push([r, view]);
    };
    // Tracked, the views a changed record or one gone showed: ended once the frame's views are added, unless shown on.
    const left: Array<Held<KeptContradictionView>> = [];
    if (ledgerChanges !== undefined) {
      // Tracked: only the records changed, and those weighed again, are looked at; the others go on in their views
      // (the store's `goOn`). Comparing each of 25,795 records on each of 400 days took about 9 s of a
      // 200,000-statement report's 24, and carrying each into each frame some 5 s more of its profile. A record gone
      // from the ledger is not shown on (if it comes back, it is filed again, a change).
      for (const r of ledgerChanges.gone) {
        const seen = this.recordsSeen.get(r);
        if (seen === undefined) continue;
        left.push(seen.held);
        this.recordsSeen.delete(r);
      }
      for (const r of ledgerChanges.changed) {
        const seen = this.recordsSeen.get(r);
        if (seen !== undefined) {
          seen.changedAt = frame;
          left.push(seen.held);
        }
        consider(r, seen, false);
      }
      for (const [r, seen] of reweighed) if (seen.changedAt !== frame && this.recordsSeen.get(r) === seen) consider(r, seen, true);
    } else {
      // Compared: each with what its view was, which allocates nothing where making its view did.
      for (const r of allContradictions(state.contradictions)) {
        const seen = this.recordsSeen.get(r);
        consider(r, seen, seen !== undefined && unchanged(r, seen));
      }
    }
    for (const [r, view] of records.sort(([a], [b]) => byStartThenId(a, b))) {
      const held = this.contradictions.add(view, frame, () => r.since);
      const was = this.recordsSeen.get(r)?.view;
      this.recordsSeen.set(r, { statements: r.statements, count: r.statements.length, issues: r.issues, actors: r.actors, since: r.since, held, view: held.view, reweighAt: -1, changedAt: -1 });
      if (was !== undefined && sameStrings(was.actors, r.actors) && sameStrings(was.issues, r.issues)) continue;
      // Filed under each position it may rest on: its holders' on its issues (a cycle's sides are on some of them).
      for (const holder of r.actors) {
        for (const issue of r.issues) {
          const key = positionKey(holder, issue);
          const filed = this.recordsOf.get(key);
          if (filed === undefined) this.recordsOf.set(key, new Set([r]));
          else filed.add(r);
        }
      }
    }
    if (ledgerChanges !== undefined) for (const held of left) this.contradictions.end(held, frame);
    // Every record was looked at: a view that goes on without one to show it ends (a state replayed anew).
    else if (this.changes === 'tracked') this.contradictions.endUnseen(frame);
  }

  /**
   * The frames and the views they show. Call once, after the last frame:
   * the builder then lets go of the last state and of what it saw in it,
   * so that the rest of the report's data is made without them beside it.
   */
  views(): Pick<ReportData, 'statementIds' | 'idLists' | 'positions' | 'contradictions' | 'edges' | 'frames'> {
    const views = {
      statementIds: this.lists.statementIds,
      idLists: this.lists.idLists,
      positions: this.positions.done(this.frames.length),
      contradictions: this.contradictions.done(this.frames.length),
      edges: this.edges.values,
      frames: this.frames,
    };
    this.state = undefined;
    this.positionsSeen = new Map();
    this.recordsSeen = new Map();
    this.recordsOf = new Map();
    this.ledger = undefined;
    this.viewOf = positionViewer();
    return views;
  }
}
