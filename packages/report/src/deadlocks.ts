/**
 * Deadlocks to highlight in the precondition graph: the edges of the cycles
 * that the `circular-precondition` rule holds open (cycles made by two or
 * more holders), and the "part of" links they pass through, since moving
 * from an issue down to one of its sub-issues is free in that rule.
 *
 * @since 0.1.0
 */
import type { AnalysisState, CircularPreconditionState, RegistryState } from '@stancelog/core';

/**
 * The links on an open cycle: condition edges as `from->to`, and descents
 * from an issue to a sub-issue as `part:parent->child`, sorted.
 *
 * @example
 * import { deadlockLinks } from '@stancelog/report'
 * import { analysis, replay } from '@stancelog/core'
 * assert.deepStrictEqual(deadlockLinks(replay(analysis(), [])), [])
 * @category report
 * @since 0.1.0
 */
export function deadlockLinks(state: AnalysisState): string[] {
  const rule = state.rules.get('circular-precondition') as CircularPreconditionState | undefined;
  if (!rule) return [];
  const links = new Set<string>();
  for (const edges of rule.cycles.values()) {
    edges.forEach((e, i) => {
      links.add(`${e.from}->${e.to}`);
      const next = edges[(i + 1) % edges.length]!;
      for (const link of descent(state.registry, e.to, next.from)) links.add(link);
    });
  }
  return [...links].sort();
}

/** The `part:` links from `ancestor` down to `issue` (none when they are the same). */
function descent(registry: RegistryState, ancestor: string, issue: string): string[] {
  const out: string[] = [];
  let node = issue;
  for (let guard = 0; node !== ancestor && guard < 64; guard++) {
    const parent = registry.issues.get(node)?.issue.parent;
    if (parent === undefined) return [];
    out.push(`part:${parent}->${node}`);
    node = parent;
  }
  return node === ancestor ? out : [];
}
