/**
 * A custom contradiction rule: a holder threatens on some issue while its
 * current stance on the talks is `+` (it says it wants talks). Resolved when
 * the holder's stance on the talks stops being `+`.
 */
import { getPosition, momentOf, effectivePolarity } from '@stancelog/core';
import type { ContradictionRule } from '@stancelog/core';

/** holder -> issues it has threatened on while talking (open contradictions). */
export type ThreatState = Map<string, Set<string>>;

export function threatDuringTalks(talks = 'peace-talks'): ContradictionRule<ThreatState> {
  return {
    type: 'threat-during-talks',
    // The parameter is part of the version: snapshots are keyed by it, and one
    // made while watching other talks must not be taken for these.
    // 2: a resolved contradiction names the statement that ended it.
    version: `2:${talks}`,
    initial: () => new Map(),
    onStatement: (ctx, open, entry, position) => {
      if (entry.kind !== 'threat' || position.issue === talks) return;
      const onTalks = getPosition(ctx.positions, position.holder, talks);
      if (!onTalks || effectivePolarity(onTalks.current) !== '+') return;
      ctx.open({
        type: 'threat-during-talks',
        key: `${position.holder}:${position.issue}`,
        issues: [position.issue, talks],
        actors: [position.holder],
        since: momentOf(entry),
        statements: [onTalks.current.id, entry.id],
        summary: `${position.holder} threatens on ${position.issue} while supporting ${talks}`,
      });
      let issues = open.get(position.holder);
      if (!issues) open.set(position.holder, (issues = new Set()));
      issues.add(position.issue);
    },
    onChange: (ctx, open, change) => {
      if (change.issue !== talks || effectivePolarity(change.after) === '+') return;
      // Ended by the statement that changed the holder's stance on the talks: `resolvedBy` names it.
      for (const issue of open.get(change.holder) ?? []) ctx.resolve('threat-during-talks', issue, `${change.holder}:${issue}`, momentOf(change.after), change.statement.id);
      open.delete(change.holder);
    },
  };
}
