/**
 * `incompatible`: two holders' current stances on the same issue are
 * opposite (`+` against `-`) and at least one of them is a demand, a
 * condition or a red line. A disagreement between two soft stances
 * (a proposal and a rejection) is not reported. A stance made firm stays
 * firm while it holds (the position's `firmKind`): restating a red line as
 * a plain refusal resolves nothing.
 *
 * Maintained per issue with an index of holders by polarity: a change of one
 * holder's stance is checked against the other holders of that issue only.
 *
 * @since 0.1.0
 */
import type { ContradictionRule, RuleContext } from '../contradictions.js';
import { momentOf } from '../contradictions.js';
import { effectivePolarity, getPosition } from '../positions.js';
import type { PositionState, StanceChange, StanceEntry } from '../positions.js';
import type { StatementKind } from '../statement.js';

/**
 * Holders of each issue with a `+` or `-` stance.
 * @example
 * import { analysis, openMemoryStore, readAll, replay, statementMade } from '@stancelog/core'
 * import type { IncompatibleState } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11', source: { quote: 'a 30-day ceasefire, now' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'a truce would only let Kyiv rearm' } }),
 *   statementMade({ holder: 'united-states', issue: 'ceasefire', kind: 'hedge', polarity: '0', statedAt: '2025-03-14', source: { quote: 'we will see what both sides say' } }),
 * ])
 * const index = (replay(analysis(), await readAll(store)).rules.get('incompatible') as IncompatibleState).byIssue.get('ceasefire')!
 * // A change of stance is checked against these holders only; a non-committal one is in neither set.
 * assert.deepStrictEqual([[...index.plus], [...index.minus]], [['ukraine'], ['russia']])
 * @category rules
 * @since 0.1.0
 */
export interface IncompatibleState {
  byIssue: Map<string, { plus: Set<string>; minus: Set<string> }>;
}

function pairKey(issue: string, a: string, b: string): string {
  return a < b ? `${issue}:${a}~${b}` : `${issue}:${b}~${a}`;
}

/** A holder's stance as the summary names it: by its firm kind when it has one ("red-line", though last restated as "reject"). */
function describe(p: PositionState): string {
  return `${p.holder} ${p.firmKind ?? p.current.kind} ${p.issue} (${effectivePolarity(p.current)})`;
}

/** Whether two stances clash: opposite, and at least one firm (made a demand, condition or red line while it holds). */
function clashes(a: StanceEntry, firmA: StatementKind | undefined, b: StanceEntry, firmB: StatementKind | undefined): boolean {
  const pa = effectivePolarity(a);
  const pb = effectivePolarity(b);
  return pa !== '0' && pb !== '0' && pa !== pb && (firmA !== undefined || firmB !== undefined);
}

/**
 * Weighs a pair again after one side changed from `before`. A pair that
 * clashed neither before nor now has nothing open to resolve: most pairs a
 * change weighs, and their ledger lookups, are spared.
 */
function evaluate(ctx: RuleContext, changed: PositionState, change: StanceChange, other: PositionState): void {
  const a = changed.current;
  const b = other.current;
  const clash = clashes(a, changed.firmKind, b, other.firmKind);
  if (!clash && (change.before === undefined || !clashes(change.before, change.firmKindBefore, b, other.firmKind))) return;
  const key = pairKey(changed.issue, changed.holder, other.holder);
  if (clash) {
    // The pair is weighed again at every change of either stance, so a clash
    // found now that was not open began with this change: when the changed
    // stance was stated (a demand restated as a condition makes a soft
    // disagreement firm), or when the other one was, if later (a statement
    // read late). The changed stance was stated by its current statement,
    // or by a later one that made it firm without becoming current (a
    // report agreeing with the holder's own softer word). For a clash
    // already open, `open` keeps its first date.
    const stated = change.statement.validFrom > a.validFrom ? change.statement : a;
    const since = stated.validFrom >= other.since ? momentOf(stated) : { time: other.since, label: other.sinceLabel };
    const [first, second] = changed.holder < other.holder ? [changed, other] : [other, changed];
    ctx.open({
      type: 'incompatible',
      key,
      issues: [changed.issue],
      actors: [first.holder, second.holder],
      since,
      statements: [first.current.id, second.current.id],
      summary: `${describe(first)} against ${describe(second)}`,
    });
  } else {
    // Does nothing when the pair was not in contradiction. Ended by the statement that changed this side.
    ctx.resolve('incompatible', changed.issue, key, momentOf(a), change.statement.id);
  }
}

/**
 * The `incompatible` rule.
 *
 * @example
 * import { analysis, incompatibleRule } from '@stancelog/core'
 * const onlyIncompatibilities = analysis({ rules: [incompatibleRule()] })
 * assert.strictEqual(onlyIncompatibilities.name, 'analysis(incompatible@4)')
 * @category rules
 * @since 0.1.0
 */
export function incompatibleRule(): ContradictionRule<IncompatibleState> {
  return {
    type: 'incompatible',
    // 2: a clash begins when the change that made it was stated, not when the two polarities began.
    // 3: a stance made firm stays firm while it holds: a softer restatement resolves nothing.
    // 4: a clash that a later report made firm begins with that report.
    version: '4',
    initial: () => ({ byIssue: new Map() }),
    onChange: (ctx, state, change: StanceChange) => {
      let index = state.byIssue.get(change.issue);
      if (!index) state.byIssue.set(change.issue, (index = { plus: new Set(), minus: new Set() }));
      index.plus.delete(change.holder);
      index.minus.delete(change.holder);
      const changed = getPosition(ctx.positions, change.holder, change.issue)!;
      for (const set of [index.plus, index.minus]) {
        for (const holder of set) {
          evaluate(ctx, changed, change, getPosition(ctx.positions, holder, change.issue)!);
        }
      }
      const polarity = effectivePolarity(change.after);
      if (polarity === '+') index.plus.add(change.holder);
      else if (polarity === '-') index.minus.add(change.holder);
    },
  };
}
