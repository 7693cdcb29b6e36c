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
 * Clashes are those of reading the statements in the order of their valid
 * times, whatever the order the log learnt them in: a statement read late
 * (older than one its issue has) that changes its holder's stances derives
 * the clashes of its holder on its issue anew from the histories.
 *
 * @since 0.1.0
 */
import { current, isDraft } from 'immer';
import type { Draft } from 'immer';
import type { ContradictionRecord, ContradictionRule, RuleContext } from '../contradictions.js';
import { momentOf } from '../contradictions.js';
import { applyEntry, effectivePolarity, getPosition, historyIndexOf, recomputePosition, sameEntry } from '../positions.js';
import type { PositionsState, PositionState, StanceChange, StanceEntry } from '../positions.js';
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
  byIssue: Map<string, IssueIndex>;
}

/**
 * The holders of one issue by the polarity of their stance, and the latest
 * valid time of a statement on it: a statement older than that was read late.
 * @example
 * import { analysis, openMemoryStore, readAll, replay, statementMade, validMinute } from '@stancelog/core'
 * import type { IncompatibleState } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'a truce would only let Kyiv rearm' } }),
 *   statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11', source: { quote: 'a 30-day ceasefire, now' } }),
 * ])
 * const index = (replay(analysis(), await readAll(store)).rules.get('incompatible') as IncompatibleState).byIssue.get('ceasefire')!
 * // Kyiv's demand, read second, is older than Moscow's refusal: read late.
 * assert.strictEqual(index.latest, validMinute('2025-03-13'))
 * @category rules
 * @since 0.1.0
 */
export interface IssueIndex {
  plus: Set<string>;
  minus: Set<string>;
  latest: number;
  /**
   * The holders with a word read after a later word of its day (undefined
   * while none): their positions weigh the day by log position, reading in
   * the order of valid times by time. Their changes are derived anew, and
   * others' changes are weighed against their stances as read in order.
   */
  disordered: Set<string> | undefined;
}

/** "No statement yet": below every valid time, and a small integer. */
const NEVER = -(2 ** 31);
const DAY_MINUTES = 1440;

function indexOf(state: IncompatibleState, issue: string): IssueIndex {
  let index = state.byIssue.get(issue);
  if (index === undefined) state.byIssue.set(issue, (index = { plus: new Set(), minus: new Set(), latest: NEVER, disordered: undefined }));
  return index;
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
 * Weighs a pair again after one side changed from `before`, read in the
 * order of valid times (statements read late derive the pair anew: see
 * `derivePairs`). A pair that clashed neither before nor now has nothing
 * open to resolve: most pairs a change weighs, and their ledger lookups,
 * are spared.
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
    // disagreement firm). The changed stance was stated by its current
    // statement, or by a later one that made it firm without becoming
    // current (a report agreeing with the holder's own softer word). For a
    // clash already open, `open` keeps its first date.
    const stated = change.statement.validFrom > a.validFrom ? change.statement : a;
    const [first, second] = changed.holder < other.holder ? [changed, other] : [other, changed];
    ctx.open({
      type: 'incompatible',
      key,
      issues: [changed.issue],
      actors: [first.holder, second.holder],
      since: momentOf(stated),
      statements: [first.current.id, second.current.id],
      summary: `${describe(first)} against ${describe(second)}`,
    });
  } else {
    // Does nothing when the pair was not in contradiction. Ended by the statement that changed this side.
    ctx.resolve('incompatible', changed.issue, key, momentOf(a), change.statement.id);
  }
}

/** A history as a plain array: under immer, reading it through a draft would make a draft of every entry read. */
function plain(history: StanceEntry[]): StanceEntry[] {
  return isDraft(history) ? (current(history as Draft<StanceEntry[]>) as StanceEntry[]) : history;
}

/**
 * A history as the log read in the order of valid times would number it.
 * Positions weigh the words of one day by their log position: where a word
 * was read after a later word of its day, the day's stance read in that
 * order may differ from the position's.
 */
function renumbered(history: ReadonlyArray<StanceEntry>): StanceEntry[] {
  return history.map((e, i) => ({ ...e, position: i }));
}

/** The index of the first entry of a history stated at or after `time`, by bisection. */
function firstAtOrAfter(history: ReadonlyArray<StanceEntry>, time: number): number {
  let lo = 0;
  let hi = history.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (history[mid]!.validFrom < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A holder's history as the rule weighs it: renumbered (see `renumbered`) when read out of order within a day. */
function inOrderHistory(index: IssueIndex, p: PositionState): ReadonlyArray<StanceEntry> {
  const history = plain(p.history);
  return index.disordered?.has(p.holder) ? renumbered(history) : history;
}

/** A holder's position as reading its words in the order of valid times leaves it (for a holder read out of order within a day). */
function inOrderPosition(positions: PositionsState, p: PositionState): PositionState {
  const history = renumbered(plain(p.history));
  return getPosition(scratchOf(positions, [[p, history, history.length]]), p.holder, p.issue)!;
}

/**
 * Positions of the rule's own for weighing histories again: each holder's
 * position as its first `count` entries leave it (none while `count` is 0;
 * positions are the same whatever order their entries were read in).
 */
function scratchOf(positions: PositionsState, sides: ReadonlyArray<[PositionState, ReadonlyArray<StanceEntry>, number]>): PositionsState {
  const scratch: PositionsState = positions.ownWordsDays === undefined ? { byIssue: new Map() } : { byIssue: new Map(), ownWordsDays: positions.ownWordsDays };
  for (const [p, history, count] of sides) {
    let holders = scratch.byIssue.get(p.issue);
    if (holders === undefined) scratch.byIssue.set(p.issue, (holders = new Map()));
    if (count === 0) continue;
    const prefix: PositionState = { holder: p.holder, issue: p.issue, key: p.key, history: history.slice(0, count), current: history[0]!, conditions: [], firmKind: undefined, since: 0, sinceLabel: '', slots: [], lastOwn: 0, ownWordsWindow: p.ownWordsWindow };
    holders.set(p.holder, recomputePosition(prefix));
  }
  return scratch;
}

/**
 * Whether the entry at `at` of a holder's history, read late, changes what
 * the holder's stance was at any time, read in the order of valid times:
 * its stances after each of its entries from there on (the statement that
 * sets it, its firmness, whether it changed), weighed with the entry and
 * without it. Most entries read late restate a stance without becoming
 * current: no clash of the holder can differ.
 */
function changesStances(positions: PositionsState, p: PositionState, history: ReadonlyArray<StanceEntry>, at: number): boolean {
  if (at === 0) return true;
  const without = scratchOf(positions, [[p, history, at]]);
  const withIt = scratchOf(positions, [[p, history, at]]);
  const a = getPosition(without, p.holder, p.issue)!;
  const b = getPosition(withIt, p.holder, p.issue)!;
  const entry = history[at]!;
  if (applyEntry(withIt, p.holder, p.issue, entry).change !== undefined || !sameEntry(a.current, b.current) || a.firmKind !== b.firmKind) return true;
  for (let i = at + 1; i < history.length; i++) {
    const e = history[i]!;
    const changedA = applyEntry(without, p.holder, p.issue, e).change !== undefined;
    const changedB = applyEntry(withIt, p.holder, p.issue, e).change !== undefined;
    if (changedA !== changedB || !sameEntry(a.current, b.current) || a.firmKind !== b.firmKind) return true;
  }
  return false;
}

/**
 * Derives anew the clashes of a holder with each other holder of its issue
 * after an entry read late (older than a statement the issue has), as
 * reading every statement in the order of valid times finds them. A pair's
 * clashes depend on the two holders' histories only. Each pair is weighed
 * again from the entry's time, or from the start of its clash that spans
 * it: the clashes begun before stand as they are, and none is open there.
 */
function derivePairs(ctx: RuleContext, index: IssueIndex, changed: PositionState, entry: StanceEntry): void {
  const holders = ctx.positions.byIssue.get(changed.issue);
  if (holders === undefined || holders.size < 2) return;
  const history = plain(changed.history);
  const at = historyIndexOf(history, entry);
  if (at < 0) return;
  const mine = inOrderHistory(index, changed);
  if (!changesStances(ctx.positions, changed, mine, at)) return;
  for (const [holder, other] of holders) {
    if (holder !== changed.holder) derivePair(ctx, changed, history, mine, other, plain(other.history), inOrderHistory(index, other), entry.validFrom);
  }
}

/** Derives anew the clashes of two holders from `time` on (see `derivePairs`). */
function derivePair(
  ctx: RuleContext,
  a: PositionState,
  logA: ReadonlyArray<StanceEntry>,
  ha: ReadonlyArray<StanceEntry>,
  b: PositionState,
  logB: ReadonlyArray<StanceEntry>,
  hb: ReadonlyArray<StanceEntry>,
  time: number,
): void {
  const issue = a.issue;
  const key = pairKey(issue, a.holder, b.holder);
  const base = `incompatible:${key}`;
  const ledger = ctx.contradictions.byIssue.get(issue);
  const opened = ledger?.status.get(base)?.opened ?? 0;
  let start = time;
  let kept = opened;
  if (opened > 0) {
    // Records of a pair follow one another in valid time: those begun at or after `start` are derived anew.
    const recordOf = (n: number): ContradictionRecord => ledger!.records.get(n === 1 ? base : `${base}#${n}`)!;
    while (kept > 0 && recordOf(kept).since >= start) kept--;
    // A clash that spans the start is derived anew from its own start: the one before it ended earlier.
    if (kept > 0) {
      const spanning = recordOf(kept);
      if (spanning.until === undefined || spanning.until >= start) {
        start = spanning.since;
        kept--;
      }
    }
    if (kept < opened) ctx.rewind('incompatible', issue, key, kept);
  }
  let i = firstAtOrAfter(ha, start);
  let j = firstAtOrAfter(hb, start);
  const scratch = scratchOf(ctx.positions, [
    [a, ha, i],
    [b, hb, j],
  ]);
  // The two histories merged in the order of valid times, ties in log order, as positions weigh them.
  while (i < ha.length || j < hb.length) {
    const fromA = j === hb.length || (i < ha.length && (ha[i]!.validFrom < hb[j]!.validFrom || (ha[i]!.validFrom === hb[j]!.validFrom && logA[i]!.position < logB[j]!.position)));
    const [side, next] = fromA ? [a, ha[i++]!] : [b, hb[j++]!];
    const { change } = applyEntry(scratch, side.holder, issue, next);
    if (change === undefined) continue;
    const other = getPosition(scratch, side === a ? b.holder : a.holder, issue);
    if (other !== undefined) evaluate(ctx, change.position, change, other);
  }
}

/**
 * The `incompatible` rule.
 *
 * @example
 * import { analysis, incompatibleRule } from '@stancelog/core'
 * const onlyIncompatibilities = analysis({ rules: [incompatibleRule()] })
 * assert.strictEqual(onlyIncompatibilities.name, 'analysis(incompatible@6)')
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
    // 6: a statement read late (older than one its issue has) that changes its holder's stances derives the clashes of
    // its holder anew, as reading in the order of valid times finds them: which, since when, and what they list.
    version: '6',
    initial: () => ({ byIssue: new Map() }),
    onStatement: (ctx, state, entry, position) => {
      const index = indexOf(state, position.issue);
      if (entry.validFrom >= index.latest) {
        index.latest = entry.validFrom;
        // A holder read out of order within a day: its changes as positions find them may not be those of the order of valid times.
        if (index.disordered !== undefined && index.disordered.has(position.holder)) derivePairs(ctx, index, position, entry);
        return;
      }
      // Read late. Read after a later word of its day, it leaves the position weighing that day otherwise than the order of valid times.
      const history = plain(position.history);
      const next = history[historyIndexOf(history, entry) + 1];
      if (next !== undefined && Math.floor(next.validFrom / DAY_MINUTES) === Math.floor(entry.validFrom / DAY_MINUTES)) (index.disordered ??= new Set()).add(position.holder);
      derivePairs(ctx, index, position, entry);
    },
    onChange: (ctx, state, change: StanceChange) => {
      const index = indexOf(state, change.issue);
      index.plus.delete(change.holder);
      index.minus.delete(change.holder);
      const disordered = index.disordered;
      // Read late, or of a holder read out of order within a day, its holder's clashes were derived anew (`onStatement`), this change weighed with them.
      if (change.statement.validFrom >= index.latest && (disordered === undefined || !disordered.has(change.holder))) {
        const changed = getPosition(ctx.positions, change.holder, change.issue)!;
        for (const set of [index.plus, index.minus]) {
          for (const holder of set) {
            if (disordered === undefined || !disordered.has(holder)) evaluate(ctx, changed, change, getPosition(ctx.positions, holder, change.issue)!);
          }
        }
        // Weighed against their stances as read in order, whatever their positions' polarities.
        if (disordered !== undefined) for (const holder of disordered) evaluate(ctx, changed, change, inOrderPosition(ctx.positions, getPosition(ctx.positions, holder, change.issue)!));
      }
      const polarity = effectivePolarity(change.after);
      if (polarity === '+') index.plus.add(change.holder);
      else if (polarity === '-') index.minus.add(change.holder);
    },
  };
}
