/**
 * `circular-precondition`: the holders' conditions form a cycle in the
 * precondition graph (Ukraine: a ceasefire before talks on territory;
 * Russia: territorial concessions before a ceasefire), so no order of steps
 * satisfies them all. Only cycles made by two or more holders are reported:
 * one holder's own circular conditions are its own affair.
 *
 * New edges are checked when a holder's conditions change (a breadth-first
 * search over issues, not over the log); open cycles are re-checked when an
 * edge goes away, and all edges when the issue hierarchy changes. A cycle
 * closed by a condition read before an older one (read out of the order of
 * valid times) is dated, and told, from the edge set last in valid time.
 *
 * @since 0.1.0
 */
import type { ContradictionRule, Moment, RuleContext } from '../contradictions.js';
import { momentOf } from '../contradictions.js';
import { addEdge, edgeHolders, emptyGraph, findPath, removeEdge } from '../precondition-graph.js';
import type { PreconditionGraph } from '../precondition-graph.js';
import { currentRunStart, getPosition, validMinute } from '../positions.js';
import type { PositionState } from '../positions.js';
import { dayOf } from '../time.js';

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
}

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
 * When a holder's current stance on an issue first carried a condition on
 * another: the first word of its run (from `since` on) naming it. Undefined
 * when none does (a condition the run carries from a word before it).
 */
function conditionSince(p: PositionState, condition: string): Moment | undefined {
  const h = p.history;
  const lo = currentRunStart(p);
  for (let i = lo; i < h.length; i++) if (h[i]!.conditions.some((c) => c.issue === condition)) return momentOf(h[i]!);
  return undefined;
}

/**
 * The edge of a cycle set last, in valid time, and when, if later than `at`
 * (a condition read before an older one that closes the cycle with it):
 * each edge holds since the first of its holders set it. In the order of
 * valid times, that edge is the one that closed the cycle.
 */
function setLast(ctx: RuleContext, state: CircularPreconditionState, edges: ReadonlyArray<{ from: string; to: string }>, at: Moment): { index: number; at: Moment } | undefined {
  let last: { index: number; at: Moment } | undefined;
  edges.forEach((e, index) => {
    let first: Moment | undefined;
    for (const holder of edgeHolders(state.graph, e.from, e.to)) {
      const p = getPosition(ctx.positions, holder, e.to);
      const since = p && conditionSince(p, e.from);
      if (since !== undefined && (first === undefined || since.time < first.time)) first = since;
    }
    if (first !== undefined && first.time > (last?.at.time ?? at.time)) last = { index, at: first };
  });
  return last;
}

function checkEdge(ctx: RuleContext, state: CircularPreconditionState, from: string, to: string, at: Moment): void {
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
      if (p && !statements.includes(p.current.id)) statements.push(p.current.id);
    }
  }
  const sortedActors = [...actors].sort();
  ctx.open({
    type: 'circular-precondition',
    key,
    issues,
    actors: sortedActors,
    since: at,
    statements,
    summary: edges.map((e) => `${[...edgeHolders(state.graph, e.from, e.to)].sort().join('+')}: ${e.from} before ${e.to}`).join('; '),
  });
}

/** Resolves the open cycles that lost an edge, at `at`, `by` the statement that dropped it (none for a change of the hierarchy). */
function recheckCycles(ctx: RuleContext, state: CircularPreconditionState, at: Moment, by: string | undefined): void {
  for (const [key, edges] of state.cycles) {
    if (edges.every((e) => edgeHolders(state.graph, e.from, e.to).size > 0)) continue;
    state.cycles.delete(key);
    ctx.resolve('circular-precondition', cycleIssues(edges)[0]!, key, at, by);
  }
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
export function circularPreconditionRule(): ContradictionRule<CircularPreconditionState> {
  return {
    type: 'circular-precondition',
    // 2: a cycle takes a holder's edge besides the one checked: a condition on a sub-issue of the issue it conditions,
    // closed by the descent alone, is none (two holders wanting the wealth tax settled before the coalition were a "cycle");
    // and such an edge, checked after the other holder's edge back, closes the cycle it makes (it was missed in that order).
    // 3: read out of the order of valid times, a cycle is dated when its last edge was set, and told from that edge.
    version: '3',
    initial: () => ({ graph: emptyGraph(), cycles: new Map(), hierarchyVersion: 0 }),
    onChange: (ctx, state, change) => {
      const before = change.conditionsBefore.map((c) => c.issue);
      const after = change.conditionsAfter.map((c) => c.issue);
      const at = momentOf(change.after);
      let removed = false;
      for (const c of before) {
        if (!after.includes(c) && removeEdge(state.graph, c, change.issue, change.holder)) removed = true;
      }
      if (removed) recheckCycles(ctx, state, at, change.statement.id);
      for (const c of after) {
        if (before.includes(c)) continue;
        addEdge(state.graph, c, change.issue, change.holder);
        checkEdge(ctx, state, c, change.issue, at);
      }
    },
    onRegistry: (ctx, state, event) => {
      if (ctx.registry.hierarchyVersion === state.hierarchyVersion) return;
      state.hierarchyVersion = ctx.registry.hierarchyVersion;
      const at = { time: validMinute(event.recordedAt), label: dayOf(event.recordedAt) };
      // No statement ends a cycle the hierarchy broke: it has no `resolvedBy`.
      recheckCycles(ctx, state, at, undefined);
      for (const [from, targets] of state.graph.edges) for (const to of targets.keys()) checkEdge(ctx, state, from, to, at);
    },
  };
}
