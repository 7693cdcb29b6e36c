/**
 * A custom contradiction rule: a holder threatens on some issue while its
 * stance on the talks is `+` (it says it wants talks). Resolved when the
 * holder's stance on the talks stops being `+`.
 *
 * The log may learn a holder's words out of the order they were said in (an
 * article read late). The rule's records must not depend on that order, so a
 * statement older than one the rule has already weighed for its holder is
 * not weighed alone: the holder's records are derived anew once the batch is
 * read (`onSettle`), from its words in the order of their valid times.
 */
import { applyEntry, contradictionRule, dropEmptyLedger, effectivePolarity, getPosition, momentOf, plainHistory } from '@stancelog/core';
import type { ContradictionRule, PositionsState, PositionState, RuleContext, StanceChange, StanceEntry } from '@stancelog/core';

/** The rule's own state: plain data, so that snapshots keep it. */
export interface ThreatState {
  /** holder -> the issues it has threatened on while talking (open contradictions). */
  readonly open: Map<string, Set<string>>;
  /** Every contradiction ever opened (its key), with the issue its records are filed under: what a derivation anew takes back. */
  readonly opened: Map<string, string>;
  /** holder -> the latest valid time of a word the rule weighed (on the talks, or a threat): an older one was read late. */
  readonly latest: Map<string, number>;
  /** The holders read late in the batch being read, derived anew once it is read. */
  readonly late: Set<string>;
}

const TYPE = 'threat-during-talks';

export function threatDuringTalks(talks = 'peace-talks'): ContradictionRule<ThreatState> {
  /** Weighs a threat against the holder's stance on the talks at the time (`onTalks`, as reading in order has it then). */
  const weighThreat = (ctx: Pick<RuleContext, 'open'>, state: ThreatState, position: Pick<PositionState, 'holder' | 'issue'>, entry: StanceEntry, onTalks: PositionState | undefined): void => {
    if (!onTalks || effectivePolarity(onTalks.current) !== '+') return;
    const key = `${position.holder}:${position.issue}`;
    ctx.open({
      type: TYPE,
      key,
      issues: [position.issue, talks],
      actors: [position.holder],
      since: momentOf(entry),
      statements: [onTalks.current.id, entry.id],
      summary: `${position.holder} threatens on ${position.issue} while supporting ${talks}`,
    });
    state.opened.set(key, position.issue);
    let issues = state.open.get(position.holder);
    if (!issues) state.open.set(position.holder, (issues = new Set()));
    issues.add(position.issue);
  };

  /** The holder's stance on the talks changed: its threats made while talking end when it stops being `+`. */
  const weighTurn = (ctx: Pick<RuleContext, 'resolve'>, state: ThreatState, change: StanceChange): void => {
    if (change.issue !== talks || effectivePolarity(change.after) === '+') return;
    // Ended by the statement that changed the holder's stance on the talks: `resolvedBy` names it.
    for (const issue of state.open.get(change.holder) ?? []) ctx.resolve(TYPE, issue, `${change.holder}:${issue}`, momentOf(change.after), change.statement.id);
    state.open.delete(change.holder);
  };

  /** Whether the rule weighs this word at all: a word on the talks, or a threat on another issue. */
  const weighs = (entry: StanceEntry, issue: string): boolean => issue === talks || entry.kind === 'threat';

  /**
   * Takes back a holder's records and weighs its words again in the order
   * of their valid times (ties in log order, as positions weigh them), on
   * positions of the rule's own.
   */
  const deriveAnew = (ctx: RuleContext, state: ThreatState, holder: string): void => {
    for (const [key, issue] of state.opened) {
      if (!key.startsWith(`${holder}:`)) continue;
      ctx.rewind(TYPE, issue, key, 0);
      dropEmptyLedger(ctx.contradictions, issue);
      state.opened.delete(key);
    }
    state.open.delete(holder);
    const words: Array<{ issue: string; entry: StanceEntry }> = [];
    for (const [issue, holders] of ctx.positions.byIssue) {
      const p = holders.get(holder);
      // plainHistory: under immer (a live update) the history read through the draft would draft every entry.
      if (p) for (const entry of plainHistory(p)) if (weighs(entry, issue)) words.push({ issue, entry });
    }
    words.sort((a, b) => a.entry.validFrom - b.entry.validFrom || a.entry.position - b.entry.position);
    // Weighed as the analysis weighs its positions (its own-words window).
    // Copied only when set: under exactOptionalPropertyTypes an optional field may not be given `undefined`.
    const days = ctx.positions.ownWordsDays;
    const own: PositionsState = { byIssue: new Map(), ...(days !== undefined ? { ownWordsDays: days } : {}) };
    for (const { issue, entry } of words) {
      const { change } = applyEntry(own, holder, issue, entry);
      if (issue === talks) {
        if (change) weighTurn(ctx, state, change);
      } else weighThreat(ctx, state, { holder, issue }, entry, getPosition(own, holder, talks));
    }
  };

  // Built with contradictionRule: checked where it is made (a type that is no name, a version that is no string), as analysis() checks it.
  return contradictionRule({
    type: TYPE,
    // The parameter is part of the version: snapshots are keyed by it, and one
    // made while watching other talks must not be taken for these.
    // 2: a resolved contradiction names the statement that ended it.
    // 3: a word read late is weighed as reading in the order of valid times weighs it.
    version: `3:${talks}`,
    initial: () => ({ open: new Map(), opened: new Map(), latest: new Map(), late: new Set() }),
    onStatement: (ctx, state, entry, position) => {
      if (!weighs(entry, position.issue)) return;
      const latest = state.latest.get(position.holder);
      if (latest !== undefined && entry.validFrom < latest) {
        state.late.add(position.holder);
        return;
      }
      state.latest.set(position.holder, entry.validFrom);
      if (state.late.has(position.holder) || position.issue === talks) return; // derived anew, or weighed in onChange
      weighThreat(ctx, state, position, entry, getPosition(ctx.positions, position.holder, talks));
    },
    onChange: (ctx, state, change) => {
      if (!state.late.has(change.holder)) weighTurn(ctx, state, change);
    },
    onSettle: (ctx, state) => {
      for (const holder of state.late) deriveAnew(ctx, state, holder);
      state.late.clear();
    },
  });
}
