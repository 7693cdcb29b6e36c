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
 * times, whatever the order the log learnt them in (ids, dates, status,
 * statements, summaries). A statement read late (older than one its issue
 * has) that changes its holder's stances as read in that order derives the
 * clashes of its holder on its issue anew from the two holders' histories,
 * pair by pair, where they may differ, up to where the readings with and
 * without it meet again.
 *
 * This module keeps the index and hears statements and changes; when two
 * stances clash, and what record that makes, is `incompatible-clash.ts`'s;
 * deriving a holder's clashes anew after a statement read late,
 * `incompatible-derivation.ts`'s.
 *
 * @since 0.1.0
 */
import type { ContradictionRule } from '../contradiction-rule.js';
import type { StanceChange } from '../positions.js';
import { effectivePolarity, NEVER } from '../stance-entry.js';
import type { StanceEntry } from '../stance-entry.js';
import { evaluate } from './incompatible-clash.js';
import { settle } from './incompatible-derivation.js';
import { builtInRule } from '../rule-checks.js';

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
  /**
   * The issues whose clashes are to be derived anew once the batch is read
   * (`onSettle`): statements read late mark them, rather than derive each
   * (an archive read newest first reads almost every statement late).
   * Absent in a snapshot, which is settled: none.
   */
  pending?: Map<string, PendingIssue> | undefined;
}

/**
 * What statements read late on an issue marked to derive anew: the holders
 * whose pairs are derived, each from the earliest valid time it was touched
 * at, and, while one statement alone marked the issue and no other of it was
 * read after it, that statement (its pairs are derived only where it
 * changes them, see `derivePairs`).
 * @example
 * import { analysis, contradictionList, fold, openMemoryStore, readAll, statementMade } from '@stancelog/core'
 * import type { IncompatibleState } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'red-line', polarity: '-', statedAt: '2025-03-13', source: { quote: 'no truce' } }),
 *   statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11', source: { quote: 'a 30-day ceasefire, now' } }),
 * ])
 * const f = fold(analysis())
 * f.pushAll(await readAll(store))
 * // Kyiv's demand, read late, is derived when the fold is done: the clash is found, and nothing is left pending.
 * const state = f.done()
 * assert.strictEqual(contradictionList(state, { type: 'incompatible' }).length, 1)
 * assert.strictEqual((state.rules.get('incompatible') as IncompatibleState).pending, undefined)
 * @category rules
 * @since 0.1.0
 */
export interface PendingIssue {
  /** Holder: the earliest valid time a statement read late touched it at. */
  holders: Map<string, number>;
  /**
   * Holder: the ids of its statements marked, in the order read (read late,
   * or read after the issue was marked). Ids, not places: a correction and
   * the statement it corrects, both counting, share one.
   */
  read: Map<string, string[]>;
  /** The one statement that marked the issue (holder, valid time, id), while it is the only one and the last read of the issue. */
  single: { holder: string; validFrom: number; id: string } | undefined;
}

/**
 * The holders of one issue by the polarity of their stance, and the latest
 * statement on it in the order of valid times (its time, and its place
 * among the words of that time): a statement before that was read late.
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
  /** The latest statement's valid time (minutes). */
  latest: number;
  /**
   * The latest statement's place among the words of its time (its entry's
   * `position`: for a correction, that of the statement it corrects), then
   * its id: a correction read last of its minute may count before the word
   * read before it, and is then read late.
   */
  latestPlace: number;
  /** The latest statement's id, which orders two of one place (see {@link IssueIndex.latestPlace}). */
  latestId: string;
}

function indexOf(state: IncompatibleState, issue: string): IssueIndex {
  let index = state.byIssue.get(issue);
  if (index === undefined) state.byIssue.set(issue, (index = { plus: new Set(), minus: new Set(), latest: NEVER, latestPlace: 0, latestId: '' }));
  return index;
}

/**
 * Marks an issue's clashes of a holder to be derived anew from `entry` on,
 * once the batch is read (see `settle`).
 */
function mark(state: IncompatibleState, holder: string, issue: string, entry: StanceEntry): void {
  const pending = (state.pending ??= new Map());
  const marked = pending.get(issue);
  if (marked === undefined) {
    pending.set(issue, { holders: new Map([[holder, entry.validFrom]]), read: new Map([[holder, [entry.id]]]), single: { holder, validFrom: entry.validFrom, id: entry.id } });
    return;
  }
  marked.single = undefined;
  const earliest = marked.holders.get(holder);
  if (earliest === undefined || entry.validFrom < earliest) marked.holders.set(holder, entry.validFrom);
  const read = marked.read.get(holder);
  if (read === undefined) marked.read.set(holder, [entry.id]);
  else read.push(entry.id);
}

/**
 * The `incompatible` rule.
 *
 * @example
 * import { analysis, incompatibleRule } from '@stancelog/core'
 * const onlyIncompatibilities = analysis({ rules: [incompatibleRule()] })
 * assert.strictEqual(onlyIncompatibilities.name, 'analysis(incompatible@9)')
 * @category rules
 * @since 0.1.0
 */
export function incompatibleRule(): ContradictionRule<IncompatibleState> {
  return builtInRule({
    type: 'incompatible',
    // 2: a clash begins when the change that made it was stated, not when the two polarities began.
    // 3: a stance made firm stays firm while it holds: a softer restatement resolves nothing.
    // 4: a clash that a later report made firm begins with that report.
    // 5: read out of the order of valid times, a clash begins when it would read in that order: a statement read late
    // that shows it began earlier moves its start back; one that clashes with a stance made firm later begins then.
    // 6: a statement read late (older than one its issue has) that changes its holder's stances derives the clashes of
    // its holder anew, as reading in the order of valid times finds them: which, since when, and what they list.
    // 7: (its code as it was) a word that makes a threat's condition a precondition is a change of its position, which
    // the clash it is in lists (the positions' preconditions).
    // 8: a statement of the minute of its issue's latest that counts before it (a correction, which counts where the
    // statement it corrects did) is read late: a clash it opens and a later word of that minute ends is found.
    // 9: the statements marked are kept by id, not by place: a correction and the statement it corrects, both counting
    // (the withdrawal withdrawn), share one, and the one read earlier was taken for the one marked (a clash missed);
    // two holders' steps of one place (a copy that moved a word to another holder) are ordered by id, as positions order them.
    version: '9',
    initial: () => ({ byIssue: new Map() }),
    onStatement: (_ctx, state, entry, position) => {
      const index = indexOf(state, position.issue);
      // In the order positions weigh words: valid time, then place among the words of that time (a correction's is the
      // statement's it corrects), then id. Three fields kept beside the index: no lookup or allocation per statement.
      if (entry.validFrom > index.latest || (entry.validFrom === index.latest && (entry.position > index.latestPlace || (entry.position === index.latestPlace && entry.id > index.latestId)))) {
        index.latest = entry.validFrom;
        index.latestPlace = entry.position;
        index.latestId = entry.id;
        // Of an issue marked in this batch: marked too, so that the ledger holds what reading without the marked statements finds
        // (see `settle`); the derivation takes every marked holder's pairs.
        if (state.pending?.has(position.issue) === true) mark(state, position.holder, position.issue, entry);
        return;
      }
      // Read late. Derived once the batch is read: an archive read newest first reads almost every statement late.
      mark(state, position.holder, position.issue, entry);
    },
    onSettle: settle,
    onChange: (ctx, state, change: StanceChange) => {
      const index = indexOf(state, change.issue);
      index.plus.delete(change.holder);
      index.minus.delete(change.holder);
      // Read late, or of an issue marked in this batch, its holder's clashes are derived anew once the batch is read
      // (`onStatement`), this change weighed with them.
      if (change.statement.validFrom >= index.latest && state.pending?.has(change.issue) !== true) {
        const holders = ctx.positions.byIssue.get(change.issue)!;
        const changed = holders.get(change.holder)!;
        // A pair clashes only across polarities: a holder of `+` is weighed only if this side holds `-` now or held it
        // before (a clash to open, or one to resolve), and so for `-`. The other set, often half the issue's holders, is
        // skipped: each of its holders would be looked up and weighed for nothing.
        const now = effectivePolarity(changed.current);
        const then = change.before === undefined ? '0' : effectivePolarity(change.before);
        if (now === '-' || then === '-') for (const holder of index.plus) evaluate(ctx, changed, change, holders.get(holder)!);
        if (now === '+' || then === '+') for (const holder of index.minus) evaluate(ctx, changed, change, holders.get(holder)!);
      }
      const polarity = effectivePolarity(change.after);
      if (polarity === '+') index.plus.add(change.holder);
      else if (polarity === '-') index.minus.add(change.holder);
    },
  });
}
