// The precondition graph's searches: one search from an issue gives the path back to each goal that a search for
// that goal alone gives (the circular-precondition rule's sweeps rely on it).
import fc from 'fast-check';
import { addEdge, applyToRegistry, emptyGraph, emptyRegistry, findPath, pathsFrom } from '@stancelog/core';

const issues = ['a', 'b', 'c', 'd', 'e', 'f'];
const arbIssue = fc.constantFrom(...issues);

describe('pathsFrom', () => {
  it('gives, for every goal, the path findPath gives, or says it cannot tell (a goal reached by descent alone)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(arbIssue, arbIssue), { maxLength: 14 }), fc.array(fc.tuple(arbIssue, arbIssue), { maxLength: 4 }), (edges, parents) => {
        const graph = emptyGraph();
        for (const [from, to] of edges) if (from !== to) addEdge(graph, from, to, 'h');
        const registry = emptyRegistry();
        // A hierarchy without cycles: a parent earlier in the alphabet.
        for (const [child, parent] of parents) {
          if (parent < child) applyToRegistry(registry, { type: 'issue-defined', data: { id: child, title: child, proposition: child, parent } } as never);
        }
        for (const start of issues) {
          const search = pathsFrom(graph, registry, start);
          for (const goal of issues) {
            const found = search(goal);
            if (found !== null) expect([start, goal, found]).toEqual([start, goal, findPath(graph, registry, start, goal)]);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('cannot tell a goal reached by descent alone, which a path back may not pass through', () => {
    const registry = emptyRegistry();
    applyToRegistry(registry, { type: 'issue-defined', data: { id: 'talks', title: 'Talks', proposition: 'talks' } } as never);
    applyToRegistry(registry, { type: 'issue-defined', data: { id: 'territory', title: 'Territory', proposition: 'land', parent: 'talks' } } as never);
    const graph = emptyGraph();
    addEdge(graph, 'talks', 'ceasefire', 'russia');
    addEdge(graph, 'ceasefire', 'territory', 'ukraine');
    // Territory lies within talks: the one search reaches it by descent first, and its path back is findPath's to find.
    expect(pathsFrom(graph, registry, 'talks')('territory')).toBeNull();
    expect(findPath(graph, registry, 'talks', 'territory')).toEqual([
      { from: 'talks', to: 'ceasefire' },
      { from: 'ceasefire', to: 'territory' },
    ]);
  });
});
