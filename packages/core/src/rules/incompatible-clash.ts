/**
 * When two holders' stances on an issue clash (`incompatible`), and what
 * weighing a pair does to the ledger: opens the clash, dated by the change
 * that made it, or resolves it. Read by the rule as statements come
 * (`incompatible.ts`) and by its derivation anew (`incompatible-derivation.ts`).
 *
 * @since 0.1.0
 */
import type { RuleContext } from '../contradiction-rule.js';
import { momentOf } from '../contradictions.js';
import type { PositionState, StanceChange } from '../positions.js';
import { effectivePolarity } from '../stance-entry.js';
import type { StanceEntry } from '../stance-entry.js';
import type { StatementKind } from '../statement.js';

export function pairKey(issue: string, a: string, b: string): string {
  return a < b ? `${issue}:${a}~${b}` : `${issue}:${b}~${a}`;
}

/** A holder's stance as the summary names it: by its firm kind when it has one ("red-line", though last restated as "reject"). */
export function describe(p: Side): string {
  return `${p.holder} ${p.firmKind ?? p.current.kind} ${p.issue} (${effectivePolarity(p.current)})`;
}

/** Whether two stances clash: opposite, and at least one firm (made a demand, condition or red line while it holds). */
export function clashes(a: StanceEntry, firmA: StatementKind | undefined, b: StanceEntry, firmB: StatementKind | undefined): boolean {
  const pa = effectivePolarity(a);
  const pb = effectivePolarity(b);
  return pa !== '0' && pb !== '0' && pa !== pb && (firmA !== undefined || firmB !== undefined);
}

/**
 * Weighs a pair again after one side changed from `before`, read in the
 * order of valid times (statements read late derive the pair anew: see
 * `derivePairs`). A pair that clashed neither before nor now has nothing
 * open to resolve: most pairs a change weighs, and their ledger lookups,
 * are spared.
 */
export function evaluate(ctx: Pick<RuleContext, 'open' | 'resolve'>, changed: Side, change: Pick<StanceChange, 'before' | 'firmKindBefore' | 'statement'>, other: Side): void {
  const verdict = verdictOf(changed, change, other);
  if (verdict === undefined) return;
  const key = pairKey(changed.issue, changed.holder, other.holder);
  if (verdict !== RESOLVE) {
    const [first, second] = changed.holder < other.holder ? [changed, other] : [other, changed];
    ctx.open({
      type: 'incompatible',
      key,
      issues: [changed.issue],
      actors: [first.holder, second.holder],
      since: momentOf(verdict),
      statements: [first.current.id, second.current.id],
      summary: `${describe(first)} against ${describe(second)}`,
    });
  } else {
    // Does nothing when the pair was not in contradiction. Ended by the statement that changed this side.
    ctx.resolve('incompatible', changed.issue, key, momentOf(changed.current), change.statement.id);
  }
}

/** The verdict that ends a pair's clash (see `verdictOf`). */
export const RESOLVE = 'resolve';

/**
 * What weighing a pair again after one side changed does: nothing
 * (undefined), open its clash (the entry that dates it) or end it.
 */
export function verdictOf(changed: Side, change: Pick<StanceChange, 'before' | 'firmKindBefore' | 'statement'>, other: Side): StanceEntry | typeof RESOLVE | undefined {
  const a = changed.current;
  const b = other.current;
  const clash = clashes(a, changed.firmKind, b, other.firmKind);
  if (!clash && (change.before === undefined || !clashes(change.before, change.firmKindBefore, b, other.firmKind))) return undefined;
  // The pair is weighed again at every change of either stance, so a clash
  // found now that was not open began with this change: when the changed
  // stance was stated (a demand restated as a condition makes a soft
  // disagreement firm). The changed stance was stated by its current
  // statement, or by a later one that made it firm without becoming
  // current (a report agreeing with the holder's own softer word). For a
  // clash already open, `open` keeps its first date.
  return clash ? (change.statement.validFrom > a.validFrom ? change.statement : a) : RESOLVE;
}

/**
 * Writes down what weighing a pair does to the ledger, to compare (see
 * `sameOps`): what `evaluate` would pass to `open` and `resolve`, as the
 * stances it is made of.
 */
export function record(ops: unknown[], changed: Side, change: Pick<StanceChange, 'before' | 'firmKindBefore' | 'statement'>, other: Side): void {
  const verdict = verdictOf(changed, change, other);
  if (verdict === undefined) return;
  if (verdict === RESOLVE) ops.push(RESOLVE, changed.current.validFrom, changed.current.label, change.statement.id);
  else {
    const [first, second] = changed.holder < other.holder ? [changed, other] : [other, changed];
    ops.push(verdict.validFrom, verdict.label, first.current.id, second.current.id, first.firmKind ?? first.current.kind, effectivePolarity(first.current), second.firmKind ?? second.current.kind, effectivePolarity(second.current));
  }
}

/** What weighing a pair reads of a side: who, and its stance. */
export type Side = Pick<PositionState, 'holder' | 'issue' | 'current' | 'firmKind'>;
