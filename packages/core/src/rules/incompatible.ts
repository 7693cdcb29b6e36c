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
 * A statement read late (older than its position's latest) re-dates the open
 * clashes of its holder on its issue as the reading in the order of valid
 * times dates them; clashes resolved before it was read stay as found.
 *
 * @since 0.1.0
 */
import type { ContradictionRule, Moment, RuleContext } from '../contradictions.js';
import { momentOf, redateContradiction } from '../contradictions.js';
import { currentRunStart, effectivePolarity, getPosition, sameEntry } from '../positions.js';
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
    let since = stated.validFrom >= other.since ? momentOf(stated) : { time: other.since, label: other.sinceLabel };
    // Read out of the order of valid times (the change read late, or the
    // other side known from later words), the other side may have been made
    // firm only after this: the clash began then.
    if (readLate(changed, change.statement) || other.history[other.history.length - 1]!.validFrom > stated.validFrom) {
      const began = clashBegan(changed, other);
      if (began !== undefined && began.time > since.time) since = began;
    }
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
 * The first statement of a stance's current run that made it firm, if
 * earlier than `limit`: walked from the run's start (the first entry at or
 * after `since`), stopping at the first firm one or at `limit`. Asked only
 * when statements are read out of the order of valid times.
 */
function firmedAt(p: PositionState, limit: number): Moment | undefined {
  if (p.firmKind === undefined) return undefined;
  const h = p.history;
  const polarity = effectivePolarity(p.current);
  const lo = currentRunStart(p);
  for (let i = lo; i < h.length && h[i]!.validFrom < limit; i++) {
    const e = h[i]!;
    if (effectivePolarity(e) === polarity && (e.kind === 'demand' || e.kind === 'condition' || e.kind === 'red-line')) return momentOf(e);
  }
  return undefined;
}

/**
 * When the clash of two stances that clash now began, read in the order of
 * valid times, if before `limit`: when the later of the two stances began,
 * or when the first of them was made firm, if later still. Each stance holds
 * without a break since its `since`, and stays firm once made firm, so the
 * clash holds without a break since then. Undefined when it began at
 * `limit` or later.
 */
function clashBegan(a: PositionState, b: PositionState, limit = Infinity): Moment | undefined {
  const began: Moment = a.since >= b.since ? { time: a.since, label: a.sinceLabel } : { time: b.since, label: b.sinceLabel };
  if (began.time >= limit) return undefined;
  const fa = firmedAt(a, limit);
  const fb = firmedAt(b, fa === undefined ? limit : fa.time + 1);
  const firm = fb ?? fa;
  if (firm === undefined) return undefined;
  return firm.time > began.time ? firm : began;
}

/**
 * After a statement read late (an article found in an archive), moves the
 * start of the open clashes of its holder on its issue back to when they
 * began as read in the order of valid times: a stance it shows held earlier
 * than the log knew has clashed since earlier. The clash found again is filed
 * as the in-order reading files it: with the one resolved before it if they
 * meet (it never stopped). Only earlier: a start the log knew stands.
 */
function redateOpen(ctx: RuleContext, index: { plus: Set<string>; minus: Set<string> }, p: PositionState): void {
  const polarity = effectivePolarity(p.current);
  if (polarity === '0') return;
  const ledger = ctx.contradictions.byIssue.get(p.issue);
  if (ledger === undefined) return;
  const holders = ctx.positions.byIssue.get(p.issue)!;
  // Only stances of the other polarity clash with this one.
  for (const holder of polarity === '+' ? index.minus : index.plus) {
    const other = holders.get(holder)!;
    if (!clashes(p.current, p.firmKind, other.current, other.firmKind)) continue;
    const key = pairKey(p.issue, p.holder, holder);
    const status = ledger.status.get(`incompatible:${key}`);
    if (status === undefined || status.open === undefined) continue;
    const began = clashBegan(p, other, ledger.records.get(status.open)!.since);
    if (began !== undefined) redateContradiction(ctx.contradictions, 'incompatible', p.issue, key, began);
  }
}

/** Whether an entry was read late: its position's history holds a later statement. */
function readLate(p: PositionState, entry: StanceEntry): boolean {
  return !sameEntry(p.history[p.history.length - 1]!, entry);
}

/**
 * The `incompatible` rule.
 *
 * @example
 * import { analysis, incompatibleRule } from '@stancelog/core'
 * const onlyIncompatibilities = analysis({ rules: [incompatibleRule()] })
 * assert.strictEqual(onlyIncompatibilities.name, 'analysis(incompatible@5)')
 * @category rules
 * @since 0.1.0
 */
export function incompatibleRule(): ContradictionRule<IncompatibleState> {
  return {
    type: 'incompatible',
    // 2: a clash begins when the change that made it was stated, not when the two polarities began.
    // 3: a stance made firm stays firm while it holds: a softer restatement resolves nothing.
    // 4: a clash that a later report made firm begins with that report.
    // 5: read out of the order of valid times, a clash begins when it would read in that order: a statement read late
    // that shows it began earlier moves its start back; one that clashes with a stance made firm later begins then.
    version: '5',
    initial: () => ({ byIssue: new Map() }),
    onStatement: (ctx, state, entry, position) => {
      // Only a word of the current stance, within its run, can show the run began, or was made firm, earlier.
      if (entry.validFrom < position.since || effectivePolarity(entry) !== effectivePolarity(position.current) || !readLate(position, entry)) return;
      const index = state.byIssue.get(position.issue);
      if (index !== undefined) redateOpen(ctx, index, position);
    },
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
      if (readLate(changed, change.statement)) redateOpen(ctx, index, changed);
    },
  };
}
