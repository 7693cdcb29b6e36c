/**
 * `circular-precondition`: the holders' preconditions form a cycle in the
 * precondition graph (Ukraine: a ceasefire before talks on territory;
 * Russia: territorial concessions before a ceasefire), so no order of steps
 * satisfies them all. Only cycles made by two or more holders are reported:
 * one holder's own circular conditions are its own affair. The edges are
 * the positions' preconditions: the conditions a threat names are what sets
 * it off ("sanctions if the truce is refused"), not a step the holder wants
 * first, and make none.
 *
 * New edges are checked when a holder's conditions change (a breadth-first
 * search over issues, not over the log, one path back per edge: a new edge's
 * own, and those of the edges whose path back may run through an edge that
 * was set, joined or dropped: a cycle left behind one that lost an edge is
 * dated by its conditions); open cycles are re-checked when an edge goes
 * away, and all edges when the issue hierarchy changes (an open cycle left
 * as it is). A cycle
 * closed by a condition read before an older one (read out of the order of
 * valid times) is dated, and told, from the edge set last in valid time.
 * A statement read late derives the cycles anew from the histories with a
 * condition, in the order of valid times, unless it changes no cycle (most
 * late articles restate a stance): then it only joins the rule's positions.
 * A derivation keeps checkpoints along valid time (the graph, the open
 * cycles and their records, before the first word of a minute, every so
 * many words), and the next starts from the last one at or before the
 * earliest statement read late: a late article costs the words stated
 * after it, not the whole log. The first derivation, and the first after a
 * load from a snapshot (which keeps no checkpoint) or a change of the
 * issue hierarchy, reads every history from the start.
 *
 * @since 0.1.0
 */
import type { Moment } from '../contradictions.js';
import type { ContradictionRule, RuleContext } from '../contradiction-rule.js';
import { dropEmptyLedger, momentOf, numberedRecord, sameRecord } from '../contradictions.js';
import type { ContradictionRecord } from '../contradictions.js';
import { addEdge, edgeHolders, emptyGraph, findPath, removeEdge } from '../precondition-graph.js';
import type { PreconditionGraph } from '../precondition-graph.js';
import { applyEntry, currentRunStart, firstStatedAtOrAfter, getPosition, historyIndexOf, historyPrefix, plainHistory, positionOf } from '../positions.js';
import { effectivePolarity, sameConditions, sameEntry, validMinute } from '../stance-entry.js';
import type { PositionsState, PositionState, StanceChange } from '../positions.js';
import type { StanceEntry } from '../stance-entry.js';
import { descendants } from '../registry.js';
import { bringsPreconditions, reportYields, setsPreconditions, withinOwnWords } from '../stance-runs.js';
import { dayOf } from '../time.js';
import { emptyScratch, scratchAt } from './scratch-positions.js';
import { builtInRule } from '../rule-checks.js';
import { current, isDraft } from 'immer';
import type { Draft } from 'immer';

/**
 * The graph, and the edges of each open cycle.
 * @example
 * import { analysis, openMemoryStore, readAll, replay, statementMade } from '@stancelog/core'
 * import type { CircularPreconditionState } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'ukraine', issue: 'peace-talks', kind: 'condition', polarity: '+', conditions: [{ issue: 'ceasefire', polarity: '+' }], statedAt: '2025-04-23', source: { quote: 'a ceasefire first, then talks' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'condition', polarity: '-', conditions: [{ issue: 'peace-talks', polarity: '+' }], statedAt: '2025-07-20', source: { quote: 'no truce before a settlement' } }),
 * ])
 * const { cycles } = replay(analysis(), await readAll(store)).rules.get('circular-precondition') as CircularPreconditionState
 * // One open cycle, kept with its edges so that losing any of them resolves it.
 * assert.deepStrictEqual([...cycles.values()].map((edges) => edges.map((e) => `${e.from} before ${e.to}`).sort()), [['ceasefire before peace-talks', 'peace-talks before ceasefire']])
 * @category rules
 * @since 0.1.0
 */
export interface CircularPreconditionState {
  graph: PreconditionGraph;
  cycles: Map<string, Array<{ from: string; to: string }>>;
  hierarchyVersion: number;
  /** The positions whose history carries a precondition (a condition of a word that is not a threat; holders by issue): only they ever hold an edge. */
  conditioned: Map<string, Set<string>>;
  /** The latest statement of those positions, by valid time then log position: a statement of one of them before it was read late. */
  frontier: number;
  frontierPosition: number;
  /** Every cycle ever opened (its key), with the issue its records are filed under: what a derivation anew takes away. */
  opened: Map<string, string>;
  /**
   * Once a statement was read late: the positions with conditions as reading
   * in the order of valid times makes them, which the rule then reads
   * instead of the analysis's (those weigh two words of one day by the order
   * the log learnt them in). Undefined while every statement came in that order.
   */
  shadow: PositionsState | undefined;
  /**
   * The ledger holds what the derivation anew from the shadow finds (no
   * change of the issue hierarchy since): a statement read late that
   * changes no record may then join the shadow alone (see `leavesRecords`).
   */
  derived: boolean;
  /**
   * For each position a cycle lists the current word of (by its key), the
   * valid times at which one was found (opened, or found again while open)
   * and read it, in the order found. Kept from the derivation anew on.
   */
  checks: Map<string, number[]>;
  /**
   * A statement was read late in the batch being read: the records are
   * derived anew once the batch is read (`onSettle`), not after each such
   * statement (an archive read newest first has one in every few).
   */
  pending: boolean;
}

/**
 * What a position keeps for the rule: whether its history carries a
 * precondition (a condition of a word that is not a threat), so that a
 * statement of a position that never had one costs one look. Those
 * positions share one slot (of each rule made), which the rule never
 * changes: a position's first precondition gives it a slot of its own.
 * @example
 * import { analysis, circularPreconditionRule, getPosition, openMemoryStore, readAll, replay, statementMade } from '@stancelog/core'
 * import type { ConditionedSlot } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([statementMade({ holder: 'ukraine', issue: 'peace-talks', kind: 'condition', polarity: '+', conditions: [{ issue: 'ceasefire', polarity: '+' }], statedAt: '2025-04-23', source: { quote: 'a ceasefire first, then talks' } })])
 * const p = getPosition(replay(analysis({ rules: [circularPreconditionRule()] }), await readAll(store)).positions, 'ukraine', 'peace-talks')!
 * assert.strictEqual((p.slots[0] as ConditionedSlot).conditioned, true)
 * @category rules
 * @since 0.1.0
 */
export interface ConditionedSlot {
  conditioned: boolean;
}

/** "No statement yet" for the frontier: below every valid time, and a small integer (snapshots keep it as a number). */
const NEVER = -(2 ** 31);
/** Before every statement: what `setLast` compares with to find the edge set last, however early. */
const NO_MOMENT: Moment = { time: NEVER, label: '' };

/** What the rule reads and does while it reacts to a change: the analysis's context, or positions derived anew in the order of valid times. */
type View = Pick<RuleContext, 'registry' | 'positions' | 'open' | 'resolve'>;

function cycleKey(edges: ReadonlyArray<{ from: string; to: string }>): string {
  return edges
    .map((e) => `${e.from}>${e.to}`)
    .sort()
    .join(',');
}

function cycleIssues(edges: ReadonlyArray<{ from: string; to: string }>): string[] {
  const issues = new Set<string>();
  for (const e of edges) {
    issues.add(e.from);
    issues.add(e.to);
  }
  return [...issues].sort();
}

/**
 * When a holder's current stance on an issue first carried a precondition on
 * another: the first word of its run (from `since` on) naming it that is no
 * threat. Undefined when none does (a condition the run carries from a word
 * before it).
 */
function conditionSince(p: PositionState, condition: string): StanceEntry | undefined {
  const h = p.history;
  const lo = currentRunStart(p);
  // A report that yields to the holder's own word names conditions that do not count (see `bringsConditions`), and a
  // threat's name what sets it off: a threat then a demand naming its condition make the edge with the demand.
  for (let i = lo; i < h.length; i++) if (h[i]!.conditions.some((c) => c.issue === condition) && bringsPreconditions(h, h[i]!, p.ownWordsWindow)) return h[i]!;
  return undefined;
}

/**
 * The edge of a cycle set last, in valid time, and when, if later than `at`
 * (a condition read before an older one that closes the cycle with it):
 * each edge holds since the first of its holders set it. In the order of
 * valid times, that edge is the one that closed the cycle.
 */
function setLast(ctx: View, state: CircularPreconditionState, edges: ReadonlyArray<{ from: string; to: string }>, at: Moment): { index: number; at: Moment } | undefined {
  let last: { index: number; at: Moment; position: number } | undefined;
  edges.forEach((e, index) => {
    let first: StanceEntry | undefined;
    for (const holder of edgeHolders(state.graph, e.from, e.to)) {
      const p = getPosition(ctx.positions, holder, e.to);
      const since = p && conditionSince(p, e.from);
      if (since !== undefined && (first === undefined || since.validFrom < first.validFrom || (since.validFrom === first.validFrom && since.position < first.position))) first = since;
    }
    if (first === undefined) return;
    // Of two edges set in one minute, the one the log learnt later: the cycle is told alike whichever edge it was found from.
    const later = last === undefined ? first.validFrom > at.time : first.validFrom > last.at.time || (first.validFrom === last.at.time && first.position > last.position);
    if (later) last = { index, at: momentOf(first), position: first.position };
  });
  return last && { index: last.index, at: last.at };
}

/**
 * Checks whether a new edge closes a cycle, and opens it (dated `at`). `readAt`: the valid time the positions are read
 * at (that of the statement being read), which may be later than `at` (a report that brought a condition to the
 * holder's standing word dates the edge by that word).
 */
function checkEdge(ctx: View, state: CircularPreconditionState, from: string, to: string, at: Moment, readAt: number): void {
  const back = findPath(state.graph, ctx.registry, to, from);
  if (!back) return;
  let edges = [{ from, to }, ...back];
  // Read out of the order of valid times, the cycle closed when its last edge was set: it is dated
  // then and told from that edge, as in that order. Only for a cycle not open yet (opening it again keeps its date).
  const later = state.cycles.has(cycleKey(edges)) ? undefined : setLast(ctx, state, edges, at);
  if (later !== undefined) {
    edges = [...edges.slice(later.index), ...edges.slice(0, later.index)];
    at = later.at;
  }
  const found = cycleKey(edges);
  // One path back is found per edge: a holder who joined the edge joins the other open cycles through it too (else they
  // would go on naming only the holders who had left it).
  for (const [key, through] of state.cycles) {
    if (key !== found && through.some((e) => e.from === from && e.to === to)) openCycle(ctx, state, through, at, readAt);
  }
  openCycle(ctx, state, edges, at, readAt);
}

/**
 * Opens the cycle the edge `from` -> `to` and the shortest path back make, when it is not open yet, dated as
 * `checkEdge` dates one (`byEdges`, a cycle the issue hierarchy closed: by the edge set last, whenever the
 * hierarchy was recorded). An open one is left as it is: nothing of it changed (a
 * change of the issue hierarchy, an edge added elsewhere), and opened again it would take its holders' later words
 * for its evidence.
 */
function openIfNew(ctx: View, state: CircularPreconditionState, from: string, to: string, at: Moment, readAt: number, byEdges: boolean, paths: Sweep): void {
  const back = paths.back(from, to);
  if (back === undefined || back === OPEN) return;
  let edges = [{ from, to }, ...back];
  if (state.cycles.has(cycleKey(edges))) return;
  // Told from the edge set last (found from another edge, as a change of the hierarchy finds it), and dated by it
  // when that is later than `at` or, `byEdges`, at any rate.
  const last = setLast(ctx, state, edges, NO_MOMENT);
  if (last !== undefined) {
    edges = [...edges.slice(last.index), ...edges.slice(0, last.index)];
    if (byEdges || last.at.time > at.time) at = last.at;
  }
  openCycle(ctx, state, edges, at, readAt);
  if (state.cycles.has(cycleKey(edges))) paths.opened(edges);
}

/** Opens the cycle of `edges` (or, open, adds the holders of its edges, and their words, to it), dated `at`. */
function openCycle(ctx: View, state: CircularPreconditionState, edges: Array<{ from: string; to: string }>, at: Moment, readAt: number): void {
  const holdersPerEdge = edges.map((e) => edgeHolders(state.graph, e.from, e.to));
  const actors = new Set<string>();
  for (const hs of holdersPerEdge) for (const h of hs) actors.add(h);
  if (actors.size < 2) return;
  const key = cycleKey(edges);
  // Opening an open cycle again adds the holders who joined its edges since.
  state.cycles.set(key, edges);
  // Sorted: the ledger files a contradiction under its first issue, and a
  // cycle found again from another edge must land on the same record.
  const issues = cycleIssues(edges);
  const statements: string[] = [];
  for (const e of edges) {
    for (const holder of edgeHolders(state.graph, e.from, e.to)) {
      const p = getPosition(ctx.positions, holder, e.to);
      if (p === undefined) continue;
      if (!statements.includes(p.current.id)) statements.push(p.current.id);
      const read = state.checks.get(p.key);
      if (read === undefined) state.checks.set(p.key, [readAt]);
      else if (read[read.length - 1] !== readAt) read.push(readAt);
    }
  }
  const sortedActors = [...actors].sort();
  if (!state.opened.has(key)) state.opened.set(key, issues[0]!);
  ctx.open({
    type: 'circular-precondition',
    key,
    issues,
    actors: sortedActors,
    since: at,
    statements,
    summary: edges.map((e) => edgeSummary(ctx, state, e)).join('; '),
  });
}

/**
 * An edge of a cycle as its summary tells it: its holders, and the question
 * each wants settled first. A condition names a question to settle before
 * the holder's own, whichever way ("no reform, then we sign" wants the
 * reform settled, as no, first), so an edge of a `-` condition is an edge as
 * one of `+` is; its terms are said, as `explain` says them: "liberals:
 * debt-brake-reform before coalition-agreement (if debt-brake-reform -)".
 */
function edgeSummary(ctx: View, state: CircularPreconditionState, e: { from: string; to: string }): string {
  const byTerms = new Map<string, string[]>();
  for (const holder of [...edgeHolders(state.graph, e.from, e.to)].sort()) {
    const polarity = getPosition(ctx.positions, holder, e.to)?.preconditions.find((c) => c.issue === e.from)?.polarity ?? '+';
    const holders = byTerms.get(polarity);
    if (holders === undefined) byTerms.set(polarity, [holder]);
    else holders.push(holder);
  }
  return [...byTerms].map(([polarity, holders]) => `${holders.join('+')}: ${e.from} before ${e.to}${polarity === '+' ? '' : ` (if ${e.from} ${polarity})`}`).join('; ');
}

/**
 * The edges in an order in which each starts at the issue the one before it
 * ends at, or within it (a condition on an issue holds for its sub-issues),
 * back to the first: the cycle they make under the issue hierarchy. Undefined
 * when the hierarchy no longer links them (an issue moved out of another).
 */
function chained(registry: View['registry'], edges: ReadonlyArray<{ from: string; to: string }>): Array<{ from: string; to: string }> | undefined {
  const within = new Map<string, Set<string>>();
  const links = (a: { to: string }, b: { from: string }): boolean => {
    let below = within.get(a.to);
    if (below === undefined) within.set(a.to, (below = descendants(registry, a.to)));
    return below.has(b.from);
  };
  // A cycle may start at any of its edges: from the first, each step tries the edges left (a cycle has a few).
  const order = [edges[0]!];
  const used = new Set<number>([0]);
  const extend = (): boolean => {
    const last = order[order.length - 1]!;
    if (order.length === edges.length) return links(last, order[0]!);
    for (let i = 1; i < edges.length; i++) {
      if (used.has(i) || !links(last, edges[i]!)) continue;
      used.add(i);
      order.push(edges[i]!);
      if (extend()) return true;
      order.pop();
      used.delete(i);
    }
    return false;
  };
  return extend() ? order : undefined;
}

/**
 * Resolves the open cycles that lost an edge, or all but one of their holders (the one left makes its own circular
 * conditions, no deadlock), at `at`, `by` the statement that dropped it.
 */
function recheckCycles(ctx: View, state: CircularPreconditionState, at: Moment, by: string): void {
  for (const [key, edges] of state.cycles) {
    // Whole, and held by two holders or more: one holder's name kept, not a set of them (a drop checks every cycle).
    let whole = true;
    let one: string | undefined;
    let two = false;
    for (const e of edges) {
      const on = edgeHolders(state.graph, e.from, e.to);
      if (on.size === 0) whole = false;
      for (const h of on) {
        if (one === undefined) one = h;
        else if (h !== one) two = true;
      }
    }
    if (whole && two) continue;
    state.cycles.delete(key);
    ctx.resolve('circular-precondition', cycleIssues(edges)[0]!, key, at, by);
  }
}

/**
 * After a change of the issue hierarchy, takes away every record of a cycle
 * whose edges the hierarchy no longer links (an issue moved out of the one a
 * condition covers): the hierarchy is the vocabulary the conditions are read
 * in, for all of valid time, as a cycle it closes is dated by its conditions,
 * not by the day it was recorded. A view as known before the change still
 * shows the cycle. Not every order finds the same, though: a cycle the change
 * leaves linked stays open as it is, where a derivation anew (reading every
 * condition with the hierarchy as it is) may find another of the same
 * edges' paths back, or none; with the hierarchy defined before the
 * statements, every order finds the same.
 */
function forgetUnlinked(ctx: RuleContext, state: CircularPreconditionState): void {
  const emptied = new Set<string>();
  for (const [key, issue] of state.opened) {
    // The key lists the edges (`from>to,...`; ids contain neither `>` nor `,`).
    const order = chained(ctx.registry, key.split(',').map((pair) => {
      const [from = '', to = ''] = pair.split('>');
      return { from, to };
    }));
    if (order !== undefined) {
      // Still a cycle: kept in the order the hierarchy links it in now.
      if (state.cycles.has(key)) state.cycles.set(key, order);
      continue;
    }
    ctx.rewind('circular-precondition', issue, key, 0);
    state.opened.delete(key);
    state.cycles.delete(key);
    emptied.add(issue);
  }
  for (const issue of emptied) dropEmptyLedger(ctx.contradictions, issue);
}

/** Reacts to a change of a holder's stance or preconditions: drops the edges it no longer sets, adds and checks the new ones. */
function react(ctx: View, state: CircularPreconditionState, change: StanceChange): void {
  const before = change.preconditionsBefore;
  const after = change.preconditionsAfter;
  if (before.length === 0 && after.length === 0) return;
  const at = momentOf(change.after);
  const readAt = change.statement.validFrom;
  // One path back is checked per edge, so a change of an edge changes which cycle other edges close when their shortest
  // path back runs through it: a new edge or holder may close one (through a sub-issue: "x before w" and "y before x",
  // y within w), an edge gone may leave a longer one behind the cycle it ends. Those edges are checked again, as a
  // change of the hierarchy, or a derivation anew, checking every edge, would find them.
  // Found in the graph the edges are still in: the paths that ran through them.
  const dropped = before.filter((c) => !after.some((x) => x.issue === c.issue));
  const vanishing = dropped.filter((c) => edgeHolders(state.graph, c.issue, change.issue).size === 1);
  const behindGone = throughEdges(ctx.registry, state.graph, vanishing, change.issue);
  for (const { issue: c } of dropped) removeEdge(state.graph, c, change.issue, change.holder);
  if (dropped.length > 0) recheckCycles(ctx, state, at, change.statement.id);
  const added = after.filter((c) => !before.some((x) => x.issue === c.issue));
  for (const { issue: c } of added) {
    addEdge(state.graph, c, change.issue, change.holder);
    checkEdge(ctx, state, c, change.issue, at, readAt);
  }
  const throughNew = throughEdges(ctx.registry, state.graph, added, change.issue);
  if (throughNew.size === 0 && behindGone.size === 0) return;
  // In the graph's order, as a sweep of every edge checks them. A cycle left behind one that lost an edge was there
  // before, only not the one its edges' paths back found: dated by its edges, as one the hierarchy closes.
  const paths = sweepOf(state.graph, ctx.registry, state.cycles.values());
  for (const [start, targets] of state.graph.edges) {
    for (const end of targets.keys()) {
      if (throughNew.get(start)?.has(end) === true) openIfNew(ctx, state, start, end, at, readAt, false, paths);
      else if (behindGone.get(start)?.has(end) === true) openIfNew(ctx, state, start, end, at, readAt, true, paths);
    }
  }
}

/** Opens the cycle of every edge with its shortest path back that is not open yet (a change of the issue hierarchy). */
function sweep(ctx: View, state: CircularPreconditionState, at: Moment, readAt: number, byEdges: boolean): void {
  const paths = sweepOf(state.graph, ctx.registry, state.cycles.values());
  for (const [start, targets] of state.graph.edges) {
    for (const end of targets.keys()) openIfNew(ctx, state, start, end, at, readAt, byEdges, paths);
  }
}

/** Said of an edge by a sweep: its cycle with its path back is open already. */
const OPEN = 1;

/**
 * The graph as it stands, for a sweep over many of its edges (opening cycles changes no edge). `back(from, to)`: for
 * the edge `from` -> `to`, `findPath`'s path back from `to` to `from`, undefined when there is none, or `OPEN` when the
 * cycle it makes with the edge is open already, told without building the path (at 1M statements, 12,750 of a
 * replay's 13,006 are); `opened(edges)`: notes a cycle opened meanwhile. One breadth-first search from each issue
 * edges end at, kept for the sweep (in a dense graph a search per edge was most of a derivation's time). The issues a
 * search may reach are numbered once for the sweep, and searched over arrays of small integers: searches keyed by
 * issue ids, and the paths and keys built to find their cycles open, were a third of the rule's time and most of its
 * garbage.
 */
interface Sweep {
  back(from: string, to: string): Array<{ from: string; to: string }> | undefined | typeof OPEN;
  opened(edges: ReadonlyArray<{ from: string; to: string }>): void;
}

function sweepOf(graph: PreconditionGraph, registry: View['registry'], cycles: Iterable<ReadonlyArray<{ from: string; to: string }>>): Sweep {
  // The issues, numbered: every edge's ends, and what they reach by edges and sub-issues (all a search may reach).
  const ids = new Map<string, number>();
  const names: string[] = [];
  const number = (name: string): number => {
    let n = ids.get(name);
    if (n === undefined) {
      ids.set(name, (n = names.length));
      names.push(name);
    }
    return n;
  };
  for (const [from, targets] of graph.edges) {
    number(from);
    for (const to of targets.keys()) number(to);
  }
  // In the order numbered (new issues join the end), each issue's sub-issues, then its edges, as a search reads them:
  // where they start in `kids` and in `outs` (and end: the next issue's start). The edges are numbered by their place
  // in `outs`, which holds their ends; `starts`, their starts.
  const kidStart: number[] = [];
  const kids: number[] = [];
  const outStart: number[] = [];
  const outs: number[] = [];
  const starts: number[] = [];
  for (let n = 0; n < names.length; n++) {
    kidStart.push(kids.length);
    for (const child of registry.children.get(names[n]!) ?? []) kids.push(number(child));
    outStart.push(outs.length);
    for (const to of graph.edges.get(names[n]!)?.keys() ?? []) {
      outs.push(number(to));
      starts.push(n);
    }
  }
  kidStart.push(kids.length);
  outStart.push(outs.length);
  const size = names.length;
  const edgeOf = (from: number, to: number): number => {
    for (let e = outStart[from]!; e < outStart[from + 1]!; e++) if (outs[e] === to) return e;
    return -1;
  };

  // A search from an issue, as `pathsFrom` searches: over (issue, whether an edge was taken yet), down to a sub-issue
  // free, along an edge taken, never back to its start. What is kept of it, one array: for each issue, the index of its
  // state reached without an edge (-1: none), then with one; for each state (two an issue at most), the state it was
  // reached from (-1: the start); then the edge taken (-1: a descent). A state's issue, and whether an edge was taken,
  // serve the search alone: `queue`, shared by the sweep's searches.
  const searches = new Map<number, Int32Array>();
  const queue = new Int32Array(4 * size);
  const search = (start: number): Int32Array => {
    let via = searches.get(start);
    if (via !== undefined) return via;
    searches.set(start, (via = new Int32Array(6 * size)));
    via.fill(-1, 0, 2 * size);
    via[start] = 0;
    queue[0] = start;
    queue[2 * size] = 0;
    via[2 * size] = via[4 * size] = -1;
    let count = 1;
    const reach = (at: number, t: number, head: number, edge: number): void => {
      via![t * size + at] = count;
      queue[count] = at;
      queue[2 * size + count] = t;
      via![2 * size + count] = head;
      via![4 * size + count] = edge;
      count++;
    };
    for (let head = 0; head < count; head++) {
      const at = queue[head]!;
      const t = queue[2 * size + head]!;
      for (let k = kidStart[at]!; k < kidStart[at + 1]!; k++) if (kids[k] !== start && via[t * size + kids[k]!]! < 0) reach(kids[k]!, t, head, -1);
      for (let e = outStart[at]!; e < outStart[at + 1]!; e++) if (outs[e] !== start && via[size + outs[e]!]! < 0) reach(outs[e]!, 1, head, e);
    }
    return via;
  };

  // The open cycles, each by the numbers of its edges, sorted and joined (a path back takes an edge once at most).
  const open = new Set<string>();
  const keyOf = (numbers: Int32Array): string => numbers.sort().join();
  const opened = (edges: ReadonlyArray<{ from: string; to: string }>): void => {
    const numbers = new Int32Array(edges.length);
    for (let i = 0; i < edges.length; i++) {
      const from = ids.get(edges[i]!.from);
      const to = ids.get(edges[i]!.to);
      // With an edge gone from the graph, it is no cycle a sweep finds.
      if (from === undefined || to === undefined || (numbers[i] = edgeOf(from, to)) < 0) return;
    }
    open.add(keyOf(numbers));
  };
  for (const edges of cycles) opened(edges);

  // The edge asked about, then its path back from its end.
  const cycle = new Int32Array(outs.length + 1);
  const back = (from: string, to: string): Array<{ from: string; to: string }> | undefined | typeof OPEN => {
    const start = ids.get(to)!;
    const goal = ids.get(from)!;
    const via = search(start);
    // Reached by descent alone, the goal was passed through on the way to others, where `findPath` stops: it tells.
    if (via[goal]! >= 0) return findPath(graph, registry, to, from);
    const reached = via[size + goal]!;
    if (reached < 0) return undefined;
    let length = 0;
    cycle[length++] = edgeOf(goal, start);
    for (let k = reached; via[2 * size + k]! >= 0; k = via[2 * size + k]!) if (via[4 * size + k]! >= 0) cycle[length++] = via[4 * size + k]!;
    if (open.has(keyOf(cycle.slice(0, length)))) return OPEN;
    const path: Array<{ from: string; to: string }> = [];
    for (let i = length - 1; i > 0; i--) path.push({ from: names[starts[cycle[i]!]!]!, to: names[outs[cycle[i]!]!]! });
    return path;
  };
  return { back, opened };
}

/**
 * The edges (their ends by their starts) whose path back may run through one of the edges from `froms` to `to`: those
 * that end where such an edge's start is reached from, and start where `to` reaches. No other edge's path back can
 * take them.
 */
function throughEdges(registry: View['registry'], graph: PreconditionGraph, froms: ReadonlyArray<{ issue: string }>, to: string): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  if (froms.length === 0) return edges;
  const ahead = reached([to], (node, reach) => {
    for (const child of registry.children.get(node) ?? []) reach(child);
    for (const end of graph.edges.get(node)?.keys() ?? []) reach(end);
  });
  const sources = new Map<string, string[]>();
  for (const [start, targets] of graph.edges) {
    for (const end of targets.keys()) {
      const list = sources.get(end);
      if (list === undefined) sources.set(end, [start]);
      else list.push(start);
    }
  }
  const behind = reached(
    froms.map((c) => c.issue),
    (node, reach) => {
      const parent = registry.issues.get(node)?.issue.parent;
      if (parent !== undefined) reach(parent);
      for (const start of sources.get(node) ?? []) reach(start);
    },
  );
  for (const start of ahead) {
    for (const end of graph.edges.get(start)?.keys() ?? []) if (behind.has(end)) edges.set(start, (edges.get(start) ?? new Set()).add(end));
  }
  return edges;
}

/** The nodes reached from `nodes` by `next` (which hands each next node of one to `reach`), `nodes` themselves included. */
function reached(nodes: ReadonlyArray<string>, next: (node: string, reach: (n: string) => void) => void): Set<string> {
  const found = new Set(nodes);
  const queue = [...nodes];
  const reach = (n: string): void => {
    if (found.has(n)) return;
    found.add(n);
    queue.push(n);
  };
  while (queue.length > 0) next(queue.pop()!, reach);
  return found;
}

/** Whether an entry is the latest of its position's history. */
function isLast(position: PositionState, entry: StanceEntry): boolean {
  const history = position.history;
  return sameEntry(history[history.length - 1]!, entry);
}

/** Moves the frontier up to a statement, if later. */
function advance(state: CircularPreconditionState, entry: StanceEntry): boolean {
  if (entry.validFrom < state.frontier || (entry.validFrom === state.frontier && entry.position <= state.frontierPosition)) return false;
  state.frontier = entry.validFrom;
  state.frontierPosition = entry.position;
  return true;
}

/** The view of the rule's own positions, once it keeps them; the cycles whose records it opens or resolves noted in `touched` (for the next checkpoint). */
function shadowView(ctx: RuleContext, positions: PositionsState, touched: Set<string> | undefined): View {
  return {
    registry: ctx.registry,
    positions,
    open: (spec) => {
      touched?.add(spec.key);
      ctx.open(spec);
    },
    resolve: (type, issue, key, at, by) => {
      touched?.add(key);
      ctx.resolve(type, issue, key, at, by);
    },
  };
}

/**
 * Derives the rule's records anew, and its graph and cycles, after a
 * statement read late (older than a statement of a position with
 * conditions read before it): the positions with conditions are made again,
 * on positions of the rule's own, from their histories in the order of
 * valid times (ties in log order, as positions weigh them), and their
 * changes handled as reading in that order makes them. A cycle spans
 * issues and holders, and which cycle an edge closes depends on the whole
 * graph: the derivation takes every such position, and no other. It is
 * done once per batch (`onSettle`, and before a registry event), not once
 * per statement read late: an archive read newest first reads almost every
 * statement late.
 *
 * What comes before `from` (the earliest valid time the batch read late)
 * stands: the derivation starts from the last checkpoint at or before it
 * (see {@link Checkpoint}), and derives only the words from the
 * checkpoint's minute on, so that a late article costs what follows its
 * valid time, not the whole log. Without one (the first derivation, one
 * after a load from a snapshot or a change of the issue hierarchy), from
 * the start.
 */
function deriveAnew(ctx: RuleContext, state: CircularPreconditionState, from: number): void {
  const kept = state.derived && state.shadow !== undefined ? checkpointsOf(state) : undefined;
  const at = kept === undefined ? -1 : lastAtOrBefore(kept.marks, from);
  const mark = at < 0 ? undefined : kept!.marks[at]!;
  rewindTo(ctx, state, kept, at);
  const start = mark === undefined ? NEVER : mark.time;
  // The positions as they stood at the checkpoint: those with no word since as the rule holds them, the others made
  // again from their words before it (a position's words before a time make it as reading them in order does).
  const positions = emptyScratch(ctx.positions);
  const histories: Merged[] = [];
  // Read as they stand, not through drafts (a draft of each position read, and a copy of each under \`current\`).
  const shadow = state.shadow === undefined || !isDraft(state.shadow) ? state.shadow : current(state.shadow as Draft<PositionsState>);
  for (const [issue, holders] of state.conditioned) {
    for (const holder of holders) {
      const p = getPosition(ctx.positions, holder, issue);
      const history = p === undefined ? [] : plainHistory(p);
      const first = start === NEVER ? 0 : firstStatedAtOrAfter(history, start);
      if (first < history.length) histories.push({ holder, issue, history, at: first });
      if (first === 0) continue;
      const plain = shadow === undefined ? undefined : getPosition(shadow, holder, issue);
      // As the checkpoint keeps it, when its words before the checkpoint are those it had then (a word read late since, that
      // changed no record, joined them); else weighed again (its current run read).
      const saved = mark?.positions.get(p!.key);
      const standing =
        plain !== undefined && first === history.length && plain.history.length === history.length
          ? plain
          : saved !== undefined && saved.count === first
            ? { ...saved.position, history: historyPrefix(history, first) }
            : positionOf(p!, historyPrefix(history, first));
      let byHolder = positions.byIssue.get(issue);
      if (byHolder === undefined) positions.byIssue.set(issue, (byHolder = new Map()));
      byHolder.set(holder, standing);
    }
  }
  const touched = new Set<string>();
  // The positions a word was applied to since the last checkpoint.
  const moved = new Map<string, PositionState>();
  const view = shadowView(ctx, positions, touched);
  const marks: Checkpoint[] = at < 0 ? [] : kept!.marks.slice(0, at + 1);
  let count = mark === undefined ? 0 : mark.count;
  let minute = start;
  let since = 0;
  inValidTimeOrder(histories, (holder, issue, entry) => {
    // A checkpoint before the first word of a minute (a late word of that minute is read from it, among the others).
    if (entry.validFrom !== minute) {
      minute = entry.validFrom;
      if (since >= spacing(count, state, marks[marks.length - 1])) {
        marks.push(checkpoint(ctx, state, minute, count, marks[marks.length - 1], touched, moved));
        touched.clear();
        moved.clear();
        since = 0;
      }
    }
    const { position, change } = applyEntry(positions, holder, issue, entry);
    moved.set(position.key, position);
    if (change !== undefined) react(view, state, change);
    count++;
    since++;
  });
  // Under a live update, immer freezes what the update made, element by element: a history, frozen here at once, it
  // passes over (at 1M statements, some 100,000 words: a third of a derivation's time). A replay keeps them as they are.
  if (isDraft(state)) for (const byHolder of positions.byIssue.values()) for (const p of byHolder.values()) Object.freeze(p.history);
  state.shadow = positions;
  state.derived = true;
  setCheckpoints(state, new Checkpoints(marks, count, since, minute, touched, new Set(moved.keys())));
}

/**
 * The rule's graph, open cycles and records as they stood before the first
 * word of a valid minute, in a derivation in the order of valid times: a
 * statement read late, of that minute or later, is derived from here on
 * (see `deriveAnew`). The positions with conditions are kept without their
 * histories (the words before `time` of the analysis's own). Never changed
 * once made (a state of an earlier update may hold it still).
 */
interface Checkpoint {
  /** The valid minute: the state before every word stated at or after it. */
  readonly time: number;
  /** How many words of positions with conditions the derivation had read by then. */
  readonly count: number;
  readonly graph: PreconditionGraph;
  readonly cycles: ReadonlyMap<string, Array<{ from: string; to: string }>>;
  readonly opened: ReadonlyMap<string, string>;
  /** For each cycle ever opened by then (by key): how many records it had, and a copy of its last. */
  readonly records: ReadonlyMap<string, { readonly opened: number; readonly last: ContradictionRecord }>;
  /** The cycles whose records were opened or resolved since the checkpoint before: the others' are as that one has them. */
  readonly touched: ReadonlySet<string>;
  /**
   * The positions with conditions as they stood (each without its history, and how many words it had then), by key:
   * those a derivation read to. One read in order since (under a live update, a draft) is left out, and made again.
   */
  readonly positions: ReadonlyMap<string, { readonly position: PositionState; readonly count: number }>;
}

/**
 * The checkpoints of a derivation (in the order of their times), and how
 * far reading in order went past the last (`count` words in all, `since`
 * of them since the last checkpoint, the last in minute `minute`). Kept on
 * the rule's state under a symbol: a snapshot (a structured clone, which
 * copies no property keyed by a symbol) leaves them out, and immer neither
 * drafts nor freezes an instance of a class. Its list is never changed
 * (another one takes its place): a state of an earlier update keeps its
 * own. Its counts are only where the next checkpoint goes.
 */
class Checkpoints {
  /** The earliest valid time read late in the batch being read: the derivation to come starts at or before it. */
  from = Infinity;
  constructor(
    readonly marks: ReadonlyArray<Checkpoint>,
    public count: number,
    public since: number,
    public minute: number,
    /** The cycles whose records were opened or resolved since the last checkpoint. */
    readonly touched: Set<string> = new Set(),
    /** The positions (by key) a word was applied to since the last checkpoint. */
    readonly moved: Set<string> = new Set(),
  ) {}
}

/** Counts a word read in order into the rule's positions, and makes a checkpoint before it when it starts a minute and enough were read since the last. */
function readInOrder(ctx: RuleContext, state: CircularPreconditionState, entry: StanceEntry, key: string): void {
  const kept = checkpointsOf(state);
  if (kept === undefined) return;
  if (entry.validFrom !== kept.minute && kept.since >= spacing(kept.count, state, kept.marks[kept.marks.length - 1])) {
    const mark = checkpoint(ctx, state, entry.validFrom, kept.count, kept.marks[kept.marks.length - 1], kept.touched, [...kept.moved].map((k) => [k, undefined]));
    setCheckpoints(state, new Checkpoints([...kept.marks, mark], kept.count + 1, 1, entry.validFrom, new Set(), new Set([key])));
    return;
  }
  kept.minute = entry.validFrom;
  kept.count++;
  kept.since++;
  kept.moved.add(key);
}

const CHECKPOINTS = Symbol('circular-precondition checkpoints');

type WithCheckpoints = CircularPreconditionState & { [CHECKPOINTS]?: Checkpoints | undefined };

function checkpointsOf(state: CircularPreconditionState): Checkpoints | undefined {
  return (state as WithCheckpoints)[CHECKPOINTS];
}

function setCheckpoints(state: CircularPreconditionState, checkpoints: Checkpoints | undefined): void {
  (state as WithCheckpoints)[CHECKPOINTS] = checkpoints;
}

/**
 * How many words after a checkpoint the next is made, `count` read so far:
 * a 32nd of them (a statement read late derives at most that many words
 * more than those stated after it), and at least four times what a
 * checkpoint copies (a cycle's record, a position), so that making them
 * costs a derivation a few percent (at 100,000 statements, a checkpoint
 * every 8 words doubled the first derivation's time). At 1M statements,
 * some 100,000 words with conditions, about 60 checkpoints.
 */
function spacing(count: number, state: CircularPreconditionState, last: Checkpoint | undefined): number {
  return Math.max(8, count >>> 5, 4 * (state.opened.size + (last?.positions.size ?? 0)));
}

/** The index of the last checkpoint at or before a valid minute (-1: none). */
function lastAtOrBefore(marks: ReadonlyArray<Checkpoint>, time: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (marks[mid]!.time <= time) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * A checkpoint of the rule's state as it stands, before the words of minute `time`: the records of the cycles
 * `touched` since the checkpoint before (`previous`) copied, the others' taken from it; likewise the positions
 * `moved` since (one given as undefined is left out).
 */
function checkpoint(
  ctx: RuleContext,
  state: CircularPreconditionState,
  time: number,
  count: number,
  previous: Checkpoint | undefined,
  touched: ReadonlySet<string>,
  moved: Iterable<[string, PositionState | undefined]>,
): Checkpoint {
  const positions = new Map(previous?.positions);
  for (const [key, p] of moved) {
    if (p === undefined) positions.delete(key);
    else positions.set(key, { position: { ...p, history: [] }, count: p.history.length });
  }
  const graph = copyGraph(state.graph);
  const records = new Map(previous?.records);
  for (const key of touched) {
    const issue = state.opened.get(key);
    if (issue === undefined) continue;
    const base = `circular-precondition:${key}`;
    const ledger = ctx.contradictions.byIssue.get(issue);
    const opened = ledger?.status.get(base)?.opened ?? 0;
    const last = opened === 0 ? undefined : numberedRecord(ledger!, base, opened);
    if (last !== undefined) records.set(key, { opened, last: copyRecord(last) });
    else records.delete(key);
  }
  const cycles = new Map<string, Array<{ from: string; to: string }>>();
  for (const [key, edges] of state.cycles) cycles.set(key, isDraft(edges) ? current(edges) : edges);
  return { time, count, graph, cycles, opened: new Map(state.opened), records, touched: new Set(touched), positions };
}

/** A record as it stands, of its own (its lists copied, not drafts). */
function copyRecord(r: ContradictionRecord): ContradictionRecord {
  return { ...r, issues: [...r.issues], actors: [...r.actors], statements: [...r.statements] };
}

/** A graph of its own, with the same edges and holders. */
function copyGraph(graph: PreconditionGraph): PreconditionGraph {
  const copy = emptyGraph();
  for (const [from, targets] of graph.edges) copy.edges.set(from, new Map([...targets].map(([to, holders]) => [to, new Set(holders)])));
  return copy;
}

/**
 * Takes the rule's records, graph, cycles and checks back to a checkpoint
 * (with none, to nothing): a cycle opened since loses its records, one
 * whose last record changed since gets it back as it was (and loses those
 * after it); the others are left as they are.
 */
function rewindTo(ctx: RuleContext, state: CircularPreconditionState, kept: Checkpoints | undefined, at: number): void {
  const mark = at < 0 ? undefined : kept!.marks[at];
  // The cycles whose records changed since the checkpoint: those touched after it.
  const changed = new Set(kept?.touched);
  for (let i = at + 1; kept !== undefined && i < kept.marks.length; i++) for (const key of kept.marks[i]!.touched) changed.add(key);
  const emptied = new Set<string>();
  for (const [key, issue] of state.opened) {
    const was = mark?.records.get(key);
    if (was !== undefined && !changed.has(key)) continue;
    if (was === undefined) {
      ctx.rewind('circular-precondition', issue, key, 0);
      emptied.add(issue);
      continue;
    }
    const base = `circular-precondition:${key}`;
    const ledger = ctx.contradictions.byIssue.get(issue);
    const status = ledger?.status.get(base);
    if (status !== undefined && status.opened === was.opened && sameRecord(numberedRecord(ledger!, base, was.opened), was.last)) continue;
    ctx.rewind('circular-precondition', issue, key, was.opened - 1);
    ctx.append('circular-precondition', issue, key, [copyRecord(was.last)]);
  }
  for (const issue of emptied) dropEmptyLedger(ctx.contradictions, issue);
  if (mark === undefined) {
    state.graph = emptyGraph();
    state.cycles = new Map();
    state.opened = new Map();
    state.checks = new Map();
    return;
  }
  state.graph = copyGraph(mark.graph);
  state.cycles = new Map(mark.cycles);
  state.opened = new Map(mark.opened);
  // A check is the valid time it was read at, in the order read: those from the checkpoint's minute on go.
  for (const [key, times] of [...state.checks]) {
    const plain = isDraft(times) ? (current(times) as number[]) : times;
    const k = firstAtOrAfter(plain, mark.time);
    if (k === 0) state.checks.delete(key);
    else if (k < plain.length) state.checks.set(key, plain.slice(0, k));
  }
}

/**
 * Makes the rule's position of a holder on an issue one it may write to: a
 * derivation under a live update leaves its positions frozen, or takes them
 * frozen from the update before, and a word read after it in the same
 * update (a batch) is applied to them as they are, not to drafts. Made
 * again from its history, then; a draft, or a position of a replay, is
 * left as it is.
 */
function thaw(positions: PositionsState, holder: string, issue: string): void {
  if (isDraft(positions)) return;
  const p = getPosition(positions, holder, issue);
  if (p !== undefined && (Object.isFrozen(p) || Object.isFrozen(p.history))) positions.byIssue.get(issue)!.set(holder, positionOf(p, [...p.history]));
}

/** A position's history being merged with the others, and the index of its next entry. */
interface Merged {
  readonly holder: string;
  readonly issue: string;
  readonly history: ReadonlyArray<StanceEntry>;
  at: number;
}

/** Whether `a`'s next entry comes before `b`'s: by valid time, then log position (a history's own order). */
function before(a: Merged, b: Merged): boolean {
  const x = a.history[a.at]!;
  const y = b.history[b.at]!;
  return x.validFrom < y.validFrom || (x.validFrom === y.validFrom && x.position < y.position);
}

/**
 * Visits the entries of every history (none empty) in the order of valid
 * times, then log positions. Each history is in that order already: they
 * are merged through a heap of their next entries, not gathered and sorted
 * (at 1M statements, some 100,000 entries: gathering them took 35 ms and
 * sorting them 40).
 */
function inValidTimeOrder(heap: Merged[], visit: (holder: string, issue: string, entry: StanceEntry) => void): void {
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      if (l >= heap.length) return;
      const r = l + 1;
      const least = r < heap.length && before(heap[r]!, heap[l]!) ? r : l;
      if (!before(heap[least]!, heap[i]!)) return;
      [heap[i], heap[least]] = [heap[least]!, heap[i]!];
      i = least;
    }
  };
  for (let i = (heap.length >>> 1) - 1; i >= 0; i--) down(i);
  while (heap.length > 0) {
    const top = heap[0]!;
    visit(top.holder, top.issue, top.history[top.at]!);
    if (++top.at === top.history.length) {
      const last = heap.pop()!;
      if (heap.length === 0) return;
      heap[0] = last;
    }
    down(0);
  }
}

/**
 * Whether a statement read late leaves the rule's records as they are, so
 * that it joins the rule's positions alone, without the derivation anew
 * (which takes the histories of every position with conditions: its cost
 * grows with the log). Weighed in its holder's history in the order of
 * valid times, with it and without it, it must change, after no word, the
 * position's conditions (the graph's edges), the polarity of its stance or
 * the first word of its run to name each condition (when an edge was set:
 * see `conditionSince`), nor the word standing when an edge was set or
 * dropped. What it may still change is which word stands as the
 * position's current one for a while: no cycle may have been found, and
 * listed that word, meanwhile. Most late statements are restatements: they
 * pass. The derivation itself must stand (no change of the issue hierarchy
 * since, which checks every edge as read).
 */
function leavesRecords(ctx: RuleContext, state: CircularPreconditionState, position: PositionState, entry: StanceEntry): boolean {
  if (state.shadow === undefined || !state.derived || state.pending) return false;
  const history = plainHistory(position);
  const at = historyIndexOf(history, entry);
  if (at < 0) return false;
  // An own word read late may make reports after it yield, and their conditions no longer count: which words name a
  // condition then differs between the two readings below in more than this one word.
  if (entry.firstHand && yieldsAnew(history, at, position.ownWordsWindow)) return false;
  const { holder, issue } = position;
  // Up to it, the two readings are the same: both start from the position its words before it make.
  const withIt = scratchAt(ctx.positions, position, history, at);
  const without = scratchAt(ctx.positions, position, history, at);
  // The index of the first word from `since` on, up to index `upto`, that names a condition on `on` (-1: none), the
  // statement read late counted or not. Once found it stays found as the history goes on: kept, and a search that found
  // none goes on from where it stopped.
  const found = new Map<string, { index: number; next: number }>();
  const firstNaming = (since: number, on: string, upto: number, counted: boolean): number => {
    const key = `${since}|${on}|${counted}`;
    let search = found.get(key);
    if (search === undefined) found.set(key, (search = { index: -1, next: firstStatedAtOrAfter(history, since) }));
    for (; search.index < 0 && search.next <= upto; search.next++) {
      const k = search.next;
      if ((counted || k !== at) && history[k]!.conditions.some((c) => c.issue === on) && bringsPreconditions(history, history[k]!, position.ownWordsWindow)) search.index = k;
    }
    return search.index;
  };
  // An edge set or dropped is dated by the word standing after it.
  const edges = (c: StanceChange | undefined): boolean => c !== undefined && !sameConditions(c.preconditionsBefore, c.preconditionsAfter);
  // The spans of valid time over which the two readings differ in the word that stands as current (from the step where
  // they part to the one where they meet again): a cycle found within one would list another word.
  const spans: Array<[number, number]> = [];
  let parted: number | undefined;
  let other = getPosition(without, holder, issue);
  for (let i = at; i < history.length; i++) {
    const mine = applyEntry(withIt, holder, issue, history[i]!);
    if (i !== at) {
      const theirs = applyEntry(without, holder, issue, history[i]!);
      other = theirs.position;
      if (edges(mine.change) !== edges(theirs.change) || (edges(mine.change) && !sameEntry(mine.position.current, other.current))) return false;
    }
    const p = mine.position;
    if (other === undefined) {
      // Before the position's first word: without a precondition it holds no edge, and no cycle lists it.
      if (p.preconditions.length > 0) return false;
      continue;
    }
    // The edges are its preconditions (a threat's conditions, which set it off, make none).
    if (effectivePolarity(p.current) !== effectivePolarity(other.current) || !sameConditions(p.preconditions, other.preconditions)) return false;
    // When each edge was set: the first word of the run to name it (see `conditionSince`).
    if (p.since !== other.since || entry.conditions.length > 0) {
      for (const c of p.preconditions) if (firstNaming(p.since, c.issue, i, true) !== firstNaming(other.since, c.issue, i, false)) return false;
    }
    const time = history[i]!.validFrom;
    if (!sameEntry(p.current, other.current)) parted ??= time;
    else if (parted !== undefined) {
      spans.push([parted, time]);
      parted = undefined;
    }
  }
  if (parted !== undefined) spans.push([parted, Infinity]);
  // Found in valid time order: a bisection finds the first at or after a span's start. Bounds count in: a cycle found
  // at the same minute as a word may have been found before or after it.
  const checks = state.checks.get(position.key);
  if (checks === undefined) return true;
  return spans.every(([from, to]) => {
    const k = firstAtOrAfter(checks, from);
    return k === checks.length || checks[k]! > to;
  });
}

/**
 * Whether a report with conditions after the own word at index `at`, up to
 * the holder's next own word, yields to it and did not without it: its
 * conditions counted before the word was read, and no longer do.
 */
function yieldsAnew(history: ReadonlyArray<StanceEntry>, at: number, window: number): boolean {
  for (let k = at + 1; k < history.length && !history[k]!.firstHand; k++) {
    // Past the window of the word, no report yields to it.
    if (!withinOwnWords(history[at]!.validFrom, history[k]!.validFrom, window)) break;
    if (history[k]!.conditions.length > 0 && reportYields(history, k, window) && !reportYields(history, k, window, at)) return true;
  }
  return false;
}

/** The index of the first of ascending numbers at or after `value` (their length when none is). */
function firstAtOrAfter(values: ReadonlyArray<number>, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The `circular-precondition` rule.
 *
 * @example
 * import { circularPreconditionRule } from '@stancelog/core'
 * assert.strictEqual(circularPreconditionRule().type, 'circular-precondition')
 * @category rules
 * @since 0.1.0
 */
export function circularPreconditionRule(): ContradictionRule<CircularPreconditionState, ConditionedSlot> {
  // One slot for every position that never had a precondition (most), shared: the rule reads it at every statement, and
  // a slot of each position's own was one more object, out of the cache, to read. Never written: a position's first
  // precondition puts a slot of its own in its place (a state copied keeps its positions' slots shared, as one copy).
  const unconditioned: ConditionedSlot = { conditioned: false };
  return builtInRule({
    type: 'circular-precondition',
    // 2: a cycle takes a holder's edge besides the one checked: a condition on a sub-issue of the issue it conditions,
    // closed by the descent alone, is none (two holders wanting the wealth tax settled before the coalition were a "cycle");
    // and such an edge, checked after the other holder's edge back, closes the cycle it makes (it was missed in that order).
    // 3: read out of the order of valid times, a cycle is dated when its last edge was set, and told from that edge.
    // 4: a statement read late (older than one of a position with conditions read before it) derives the cycles anew from
    // the positions' histories in the order of valid times: dates, statements and summaries as reading in that order finds them.
    // 5: (the same records) a statement read late that changes no record joins the rule's positions without a derivation anew.
    // 6: a cycle a change of the issue hierarchy closes is dated by the condition set last, not by the hierarchy's record.
    // 7: a change of the issue hierarchy that no longer links a cycle's edges (an issue moved out of the one conditioned)
    // takes its records away, as reading its conditions with that hierarchy from the start finds no cycle.
    // 8: a holder who joins an edge of open cycles joins each of them (not only the one its edge's path back finds), and a
    // cycle found again at its end (another holder taking over a dropped edge the same day) lists that holder too.
    // 9: the edges are the positions' preconditions: a threat's conditions (what sets it off) make none.
    // 10: a summary says the terms of an edge of a condition other than `+` ("(if debt-brake-reform -)").
    // 11: a new edge opens, besides its own cycle, that of every other edge whose path back now runs through it; a change
    // of the issue hierarchy opens new cycles only (an open one keeps its evidence); a cycle is told from the edge set
    // last, of two set in one minute the one the log learnt later.
    // 12: the edges whose path back may run through an edge that was joined or dropped are checked too (a holder joining
    // an edge last, or a cycle left behind one that lost an edge, was found only by a later change elsewhere, or never);
    // a cycle left with one holder (the others dropped their conditions, its edges held still) is resolved.
    version: '12',
    initial: () => ({
      graph: emptyGraph(),
      cycles: new Map(),
      hierarchyVersion: 0,
      conditioned: new Map(),
      frontier: NEVER,
      frontierPosition: 0,
      opened: new Map(),
      shadow: undefined,
      derived: false,
      checks: new Map(),
      pending: false,
    }),
    initialSlot: () => unconditioned,
    onStatement: (ctx, state, entry, position, slot) => {
      let inOrder: boolean;
      // The shadow (once there is one) holds the words of a position conditioned before this statement, and no other.
      const shadowed = slot.conditioned;
      if (!slot.conditioned) {
        // A position that never had a precondition holds no edge: its words matter to no cycle (a threat's conditions make none).
        if (entry.conditions.length === 0 || !setsPreconditions(entry)) return;
        position.slots[position.slots.indexOf(slot)] = { conditioned: true };
        let holders = state.conditioned.get(position.issue);
        if (holders === undefined) state.conditioned.set(position.issue, (holders = new Set()));
        holders.add(position.holder);
        // Its words read before count from now on (a position weighs them as reading in the order of valid times
        // does, whatever order they were read in). Kept by the rule, its positions take the new one from its history.
        inOrder = advance(state, entry) && isLast(position, entry) && state.shadow === undefined;
      } else inOrder = advance(state, entry) && isLast(position, entry);
      if (!inOrder) {
        // The latest of its words: a history is ordered by valid time, then log position, as the frontier is.
        const history = plainHistory(position);
        advance(state, history[history.length - 1]!);
        // Read late (a late article, an archive read backwards), most words change no cycle: they join the rule's positions.
        if (shadowed && leavesRecords(ctx, state, position, entry)) {
          thaw(state.shadow!, position.holder, position.issue);
          applyEntry(state.shadow!, position.holder, position.issue, entry);
          return;
        }
        // Otherwise the cycles are derived anew, its change with them, once the batch is read: the derivation takes every
        // statement read by then, from its valid time on (a position's first precondition, from its first word on).
        state.pending = true;
        const kept = checkpointsOf(state);
        if (kept !== undefined) kept.from = Math.min(kept.from, shadowed ? entry.validFrom : history[0]!.validFrom);
        return;
      }
      if (state.pending) return; // the derivation to come takes it
      if (state.shadow === undefined) return; // its change comes to `onChange`
      if (state.derived) readInOrder(ctx, state, entry, position.key);
      thaw(state.shadow, position.holder, position.issue);
      const { change } = applyEntry(state.shadow, position.holder, position.issue, entry);
      if (change !== undefined) react(shadowView(ctx, state.shadow, checkpointsOf(state)?.touched), state, change);
    },
    // Once the rule keeps its own positions, it handles their changes itself (in `onStatement`).
    onChange: (ctx, state, change) => {
      if (state.shadow === undefined && !state.pending) react(ctx, state, change);
    },
    onSettle: (ctx, state) => {
      if (!state.pending) return;
      state.pending = false;
      deriveAnew(ctx, state, checkpointsOf(state)?.from ?? NEVER);
    },
    onRegistry: (ctx, state, event) => {
      if (ctx.registry.hierarchyVersion === state.hierarchyVersion) return;
      state.hierarchyVersion = ctx.registry.hierarchyVersion;
      // Checked now, as read, not as the derivation anew would find them: no checkpoint of the derivation stands.
      state.derived = false;
      setCheckpoints(state, undefined);
      const at = { time: validMinute(event.recordedAt), label: dayOf(event.recordedAt) };
      forgetUnlinked(ctx, state);
      // A cycle the hierarchy closes is dated by its holders' words, not by the day the vocabulary was recorded (an ingest
      // defines issues after the statements that name them): as of any day, the conditions stated by then make it.
      sweep(ctx, state, at, at.time, true);
    },
  });
}
