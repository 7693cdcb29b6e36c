/**
 * The precondition graph: issues as nodes, and an edge `A -> B` labelled
 * with the holders who say A must hold before B (a stance on B with the
 * condition A). A condition on a parent issue applies to its sub-issues: if
 * Ukraine wants a ceasefire before peace talks, it wants one before talks on
 * territory, a sub-issue of peace talks.
 *
 * A cycle through the graph is a deadlock: no order of steps satisfies
 * everyone whose conditions make it up.
 *
 * @since 0.1.0
 */
import type { RegistryState } from './registry.js';
import type { Polarity } from './statement.js';

/**
 * Edges by source issue, then target issue, with the holders who set them.
 * @example
 * import { analysis, edgeHolders, openMemoryStore, readAll, replay, statementMade } from '@stancelog/core'
 * import type { CircularPreconditionState } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'ukraine', issue: 'peace-talks', kind: 'condition', polarity: '+', conditions: [{ issue: 'ceasefire', polarity: '+' }], statedAt: '2025-03-11', source: { quote: 'talks, but only after a ceasefire' } }),
 *   statementMade({ holder: 'ukraine', issue: 'peace-talks', kind: 'reject', polarity: '-', statedAt: '2025-04-01', source: { quote: 'no talks while the shelling goes on' } }),
 * ])
 * const events = await readAll(store)
 * // The analysis keeps the graph in the circular-precondition rule's state.
 * const graphAfter = (n: number) => (replay(analysis(), events.slice(0, n)).rules.get('circular-precondition') as CircularPreconditionState).graph
 * assert.deepStrictEqual([...edgeHolders(graphAfter(1), 'ceasefire', 'peace-talks')], ['ukraine'])
 * // Turning against talks drops the condition, and the edge with it.
 * assert.strictEqual(graphAfter(2).edges.size, 0)
 * @category graph
 * @since 0.1.0
 */
export interface PreconditionGraph {
  edges: Map<string, Map<string, Set<string>>>;
}

/**
 * One edge, for output.
 * @example
 * import { analysis, openMemoryStore, preconditionEdges, readAll, replay, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'ukraine', issue: 'peace-talks', kind: 'condition', polarity: '+', conditions: [{ issue: 'ceasefire', polarity: '+' }], statedAt: '2025-03-11', source: { quote: 'talks, but only after a ceasefire' } }),
 *   statementMade({ holder: 'germany', issue: 'peace-talks', kind: 'support', polarity: '+', conditions: [{ issue: 'ceasefire', polarity: '+' }], statedAt: '2025-03-12', source: { quote: 'a ceasefire must come before any talks' } }),
 * ])
 * const [edge] = preconditionEdges(replay(analysis(), await readAll(store)))
 * // Two holders set the same precondition: one edge.
 * assert.deepStrictEqual([edge!.from, edge!.to, edge!.holders], ['ceasefire', 'peace-talks', ['germany', 'ukraine']])
 * @category graph
 * @since 0.1.0
 */
export interface PreconditionEdge {
  readonly from: string;
  readonly to: string;
  readonly holders: ReadonlyArray<string>;
  /**
   * What each holder's condition asks (filled by `preconditionEdges`, which
   * sees the positions; absent from {@link graphEdges}): the polarity its
   * condition requires of `from` ("a ceasefire first" is `+`, "no NATO
   * membership first" is `-`) and its own stance on `to`.
   */
  readonly terms?: ReadonlyArray<EdgeTerm> | undefined;
}

/**
 * One holder's part in a precondition edge.
 * @example
 * import { analysis, openMemoryStore, preconditionEdges, readAll, replay, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', conditions: [{ issue: 'territorial-concessions', polarity: '+' }],
 *   statedAt: '2025-07-20', source: { quote: 'no truce until Kyiv cedes the four regions' } })])
 * const [edge] = preconditionEdges(replay(analysis(), await readAll(store)))
 * // Read: russia says no (-) to a ceasefire until territorial concessions are made (+).
 * assert.deepStrictEqual([edge!.from, edge!.to, edge!.terms], ['territorial-concessions', 'ceasefire', [{ holder: 'russia', condition: '+', stance: '-' }]])
 * @category graph
 * @since 0.1.0
 */
export interface EdgeTerm {
  readonly holder: string;
  /** The polarity the holder's condition requires of the edge's `from` issue. */
  readonly condition: Polarity;
  /** The holder's current stance on the edge's `to` issue. */
  readonly stance: Polarity;
}

/**
 * An empty graph.
 *
 * @example
 * import { emptyGraph } from '@stancelog/core'
 * assert.strictEqual(emptyGraph().edges.size, 0)
 * @category graph
 * @since 0.1.0
 */
export function emptyGraph(): PreconditionGraph {
  return { edges: new Map() };
}

/**
 * Adds a holder to the edge `from -> to`; returns whether the edge is new.
 *
 * @example
 * import { addEdge, emptyGraph } from '@stancelog/core'
 * const g = emptyGraph()
 * assert.ok(addEdge(g, 'ceasefire', 'peace-talks', 'ukraine'))
 * assert.ok(!addEdge(g, 'ceasefire', 'peace-talks', 'germany'))
 * @category graph
 * @since 0.1.0
 */
export function addEdge(graph: PreconditionGraph, from: string, to: string, holder: string): boolean {
  let out = graph.edges.get(from);
  if (!out) graph.edges.set(from, (out = new Map()));
  let holders = out.get(to);
  const fresh = !holders;
  if (!holders) out.set(to, (holders = new Set()));
  holders.add(holder);
  return fresh;
}

/**
 * Removes a holder from the edge `from -> to` (and the edge when no holder
 * is left); returns whether the edge is gone.
 *
 * @example
 * import { addEdge, emptyGraph, removeEdge } from '@stancelog/core'
 * const g = emptyGraph()
 * addEdge(g, 'ceasefire', 'peace-talks', 'ukraine')
 * assert.ok(removeEdge(g, 'ceasefire', 'peace-talks', 'ukraine'))
 * @category graph
 * @since 0.1.0
 */
export function removeEdge(graph: PreconditionGraph, from: string, to: string, holder: string): boolean {
  const out = graph.edges.get(from);
  const holders = out?.get(to);
  if (!out || !holders) return false;
  holders.delete(holder);
  if (holders.size > 0) return false;
  out.delete(to);
  if (out.size === 0) graph.edges.delete(from);
  return true;
}

/**
 * The holders of an edge (empty when there is none).
 *
 * @example
 * import { edgeHolders, emptyGraph } from '@stancelog/core'
 * assert.strictEqual(edgeHolders(emptyGraph(), 'a', 'b').size, 0)
 * @category graph
 * @since 0.1.0
 */
export function edgeHolders(graph: PreconditionGraph, from: string, to: string): ReadonlySet<string> {
  return graph.edges.get(from)?.get(to) ?? new Set();
}

/**
 * Finds a shortest path of edges from `start` to `goal`, where moving from
 * an issue down to one of its sub-issues is free. Returns the edges taken,
 * or undefined when `goal` cannot be reached. The path takes one edge at
 * least, and passes through neither `start` nor `goal` but at its ends: a descent alone
 * is no one's precondition, so a condition on a sub-issue of the issue it
 * conditions ("no coalition before the wealth tax is settled") makes no
 * cycle by itself.
 *
 * @example
 * import { addEdge, emptyGraph, emptyRegistry, findPath } from '@stancelog/core'
 * const g = emptyGraph()
 * addEdge(g, 'ceasefire', 'peace-talks', 'ukraine')
 * assert.deepStrictEqual(findPath(g, emptyRegistry(), 'ceasefire', 'peace-talks'), [{ from: 'ceasefire', to: 'peace-talks' }])
 * @example
 * import { addEdge, emptyGraph, findPath, openMemoryStore, project, registry } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   { type: 'issue-defined', data: { id: 'government-formation', title: 'Coalition', proposition: 'a coalition is formed' } },
 *   { type: 'issue-defined', data: { id: 'wealth-tax', title: 'Wealth tax', proposition: 'a wealth tax is introduced', parent: 'government-formation' } },
 * ])
 * const r = await project(store, registry())
 * assert.ok(r._tag === 'Right')
 * const g = emptyGraph()
 * addEdge(g, 'wealth-tax', 'government-formation', 'liberals')
 * // The coalition contains the wealth tax, but getting there takes no one's condition: no path.
 * assert.strictEqual(findPath(g, r.right.state, 'government-formation', 'wealth-tax'), undefined)
 * addEdge(g, 'government-formation', 'wealth-tax', 'social-democrats')
 * assert.deepStrictEqual(findPath(g, r.right.state, 'government-formation', 'wealth-tax'), [{ from: 'government-formation', to: 'wealth-tax' }])
 * @category graph
 * @since 0.1.0
 */
export function findPath(
  graph: PreconditionGraph,
  registry: RegistryState,
  start: string,
  goal: string,
): Array<{ from: string; to: string }> | undefined {
  if (goal === start) return undefined;
  const via = search(graph, registry, start, goal);
  return via.at[1].has(goal) ? pathTo(via, goal) : undefined;
}

/**
 * The shortest paths back from `start` to many goals, found by one
 * breadth-first search: a function giving, for a goal, what
 * `findPath(graph, registry, start, goal)` gives, or `null` where one search
 * cannot tell (a goal reached by descent alone from `start`, which
 * `findPath` may not pass through: ask it). A sweep over the edges that end
 * at one issue asks it once, where it asked `findPath` once an edge (in a
 * dense graph, most of a derivation's time).
 *
 * @example
 * import { addEdge, emptyGraph, emptyRegistry, findPath, pathsFrom } from '@stancelog/core'
 * const g = emptyGraph()
 * addEdge(g, 'ceasefire', 'peace-talks', 'ukraine')
 * addEdge(g, 'peace-talks', 'sanctions', 'russia')
 * const back = pathsFrom(g, emptyRegistry(), 'ceasefire')
 * assert.deepStrictEqual(back('sanctions'), findPath(g, emptyRegistry(), 'ceasefire', 'sanctions'))
 * assert.strictEqual(back('elections'), undefined)
 * @category graph
 * @since 0.1.0
 */
export function pathsFrom(graph: PreconditionGraph, registry: RegistryState, start: string): (goal: string) => Array<{ from: string; to: string }> | undefined | null {
  // As `findPath` searches, without stopping at a goal: a state is reached first by the same step in both (a search
  // for one goal only stops, after it, and passes over no state of this one's but the goal's own by descent).
  const via = search(graph, registry, start, undefined);
  return (goal) => {
    if (goal === start) return undefined;
    // Reached by descent alone, the goal was passed through here on the way to others, where findPath stops.
    if (via.at[0].has(goal)) return null;
    return via.at[1].has(goal) ? pathTo(via, goal) : undefined;
  };
}

/**
 * How a search reached its states, in the order reached: each state's issue,
 * whether an edge was taken yet (0 or 1), the state it was reached from (its
 * index; -1 for the start) and whether by an edge; and, for each `taken`,
 * the index of each issue's state. Parallel arrays, not an object a state:
 * a derivation anew runs a few hundred thousand searches.
 */
interface Reached {
  readonly nodes: string[];
  readonly taken: Array<0 | 1>;
  readonly from: number[];
  readonly edge: boolean[];
  readonly at: readonly [Map<string, number>, Map<string, number>];
}

/**
 * Breadth-first over (issue, whether an edge was taken yet), from `start`, as `findPath` searches: moving down to a
 * sub-issue is free, and no state goes back to `start`. With a `goal`, the goal reached by descent alone is not gone
 * through, and the search stops once it is reached by an edge. A change of an edge runs it once per issue its paths
 * may take (see circular-precondition), and a derivation anew a few hundred thousand times.
 */
function search(graph: PreconditionGraph, registry: RegistryState, start: string, goal: string | undefined): Reached {
  const via: Reached = { nodes: [start], taken: [0], from: [-1], edge: [false], at: [new Map([[start, 0]]), new Map()] };
  const { nodes, taken, from, edge, at } = via;
  for (let head = 0; head < nodes.length; head++) {
    const node = nodes[head]!;
    const t = taken[head]!;
    if (node === goal) {
      if (t === 1) break;
      continue; // reached by descent alone: the path may not pass through its goal
    }
    // Down to a sub-issue, free; along an edge, taken. Nor through its start: the two halves of such a path would be
    // cycles of their own, or no cycles.
    const children = registry.children.get(node);
    if (children !== undefined)
      for (const child of children) {
        if (child === start || at[t].has(child)) continue;
        at[t].set(child, nodes.length);
        nodes.push(child), taken.push(t), from.push(head), edge.push(false);
      }
    const targets = graph.edges.get(node);
    if (targets !== undefined)
      for (const to of targets.keys()) {
        if (to === start || at[1].has(to)) continue;
        at[1].set(to, nodes.length);
        nodes.push(to), taken.push(1), from.push(head), edge.push(true);
      }
  }
  return via;
}

/** The edges of the path a search took from `start` to `goal`, reached by an edge. */
function pathTo(via: Reached, goal: string): Array<{ from: string; to: string }> {
  const path: Array<{ from: string; to: string }> = [];
  for (let k = via.at[1].get(goal)!; via.from[k]! >= 0; k = via.from[k]!) if (via.edge[k]) path.push({ from: via.nodes[via.from[k]!]!, to: via.nodes[k]! });
  return path.reverse();
}

/**
 * Every edge of the graph, sorted.
 *
 * @example
 * import { addEdge, emptyGraph, graphEdges } from '@stancelog/core'
 * const g = emptyGraph()
 * addEdge(g, 'ceasefire', 'peace-talks', 'ukraine')
 * assert.deepStrictEqual(graphEdges(g), [{ from: 'ceasefire', to: 'peace-talks', holders: ['ukraine'] }])
 * @category graph
 * @since 0.1.0
 */
export function graphEdges(graph: PreconditionGraph): PreconditionEdge[] {
  const out: PreconditionEdge[] = [];
  for (const [from, targets] of graph.edges) {
    for (const [to, holders] of targets) out.push({ from, to, holders: [...holders].sort() });
  }
  return out.sort((a, b) => (a.from + '\u0000' + a.to < b.from + '\u0000' + b.to ? -1 : 1));
}
