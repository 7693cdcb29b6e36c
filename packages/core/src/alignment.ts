/**
 * Alignment, who stands with whom: for each pair of holders, the issues on
 * which their current stances are the same and those on which they are
 * opposite (discourse network analysis' congruence and conflict between
 * actors), with the statements behind each. A view computed on demand from
 * the positions, as {@link positionList} and {@link contradictionList} are:
 * the replay keeps no state for it.
 *
 * @since 0.1.0
 */
import type { PositionState, PositionsState } from './positions.js';
import { effectivePolarity } from './stance-entry.js';
import type { StanceEntry } from './stance-entry.js';
import { runOf } from './stance-runs.js';
import type { Polarity } from './statement.js';

/**
 * The two current statements behind a pair's stances on one issue, in the
 * order of the pair's actors.
 * @example
 * import { alignmentList, openMemoryStore, positions, readAll, replay, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11', source: { quote: 'a 30-day ceasefire, now' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'a truce would only let Kyiv rearm' } }),
 * ])
 * const [ukraine, russia] = await readAll(store)
 * const [pair] = alignmentList(replay(positions(), [ukraine!, russia!]))
 * // russia comes first in the pair, and its statement first in the evidence.
 * assert.deepStrictEqual(pair!.evidence, [{ issue: 'ceasefire', statements: [russia!.id, ukraine!.id] }])
 * @category alignment
 * @since 0.1.0
 */
export interface AlignmentEvidence {
  readonly issue: string;
  /**
   * The ids of the statements that set the two actors' current stances on
   * `issue` (`PositionState.current`), the first actor's first; with
   * `firstHandOnly`, of a stance a report set, the holder's own latest word
   * backing it.
   */
  readonly statements: readonly [string, string];
}

/**
 * Two holders, how often they take the same side and how often opposite
 * sides (what `stancelog alignment --json` writes).
 * @example
 * import { alignmentList, openMemoryStore, positions, readAll, replay, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11', source: { quote: 'a 30-day ceasefire, now' } }),
 *   statementMade({ holder: 'ukraine', issue: 'nato-membership', kind: 'demand', polarity: '+', statedAt: '2025-03-11', source: { quote: 'a path to NATO' } }),
 *   statementMade({ holder: 'ukraine', issue: 'peace-talks', kind: 'support', polarity: '+', statedAt: '2025-03-11', source: { quote: 'we are ready to talk' } }),
 *   statementMade({ holder: 'germany', issue: 'ceasefire', kind: 'support', polarity: '+', statedAt: '2025-03-12', source: { quote: 'Berlin backs a truce' } }),
 *   statementMade({ holder: 'germany', issue: 'peace-talks', kind: 'support', polarity: '+', statedAt: '2025-03-12', source: { quote: 'talks are the way' } }),
 *   statementMade({ holder: 'germany', issue: 'nato-membership', kind: 'reject', polarity: '-', statedAt: '2025-03-12', source: { quote: 'no NATO seat soon' } }),
 * ])
 * const [pair] = alignmentList(replay(positions(), await readAll(store)))
 * // Two issues of three on the same side: (2 - 1) / (2 + 1).
 * assert.deepStrictEqual([pair!.actors, pair!.agree, pair!.disagree, pair!.score], [['germany', 'ukraine'], ['ceasefire', 'peace-talks'], ['nato-membership'], 1 / 3])
 * @category alignment
 * @since 0.1.0
 */
export interface AlignmentView {
  /** The two holders, in code-unit order (as {@link positionList} sorts holders). */
  readonly actors: readonly [string, string];
  /**
   * `(agree - disagree) / (agree + disagree)`, counting issues: 1 when the
   * two take the same side on every issue they share, -1 when opposite
   * sides on every one, 0 when as often one as the other.
   */
  readonly score: number;
  /** The issues on which both hold the same stance, `+` or `-`, sorted. */
  readonly agree: ReadonlyArray<string>;
  /** The issues on which one holds `+` and the other `-`, sorted. */
  readonly disagree: ReadonlyArray<string>;
  /** For each issue of `agree` and `disagree`, sorted by issue, the two statements behind it. */
  readonly evidence: ReadonlyArray<AlignmentEvidence>;
}

/**
 * Which pairs and issues {@link alignmentList} weighs.
 * @example
 * import { alignmentList, openMemoryStore, positions, readAll, replay, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11', source: { quote: 'a 30-day ceasefire, now' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'a truce would only let Kyiv rearm' } }),
 *   statementMade({ holder: 'germany', issue: 'ceasefire', kind: 'support', polarity: '+', statedAt: '2025-03-14', source: { quote: 'Berlin backs a truce' } }),
 *   // France's support, as Germany's chancellor tells it: a third party's report.
 *   statementMade({ holder: 'france', issue: 'ceasefire', kind: 'support', polarity: '+', speaker: { name: 'Friedrich Merz', actor: 'germany' }, statedAt: '2025-03-14', source: { quote: 'Paris wants a truce too' } }),
 * ])
 * const state = replay(positions(), await readAll(store))
 * const pairs = (filter: object) => alignmentList(state, filter).map((a) => a.actors.join('+'))
 * assert.deepStrictEqual(pairs({ holder: 'russia' }), ['france+russia', 'germany+russia', 'russia+ukraine'])
 * // France's stance is only reported: first-hand, it is left out.
 * assert.deepStrictEqual(pairs({ holder: 'russia', firstHandOnly: true }), ['germany+russia', 'russia+ukraine'])
 * @category alignment
 * @since 0.1.0
 */
export interface AlignmentFilter {
  /** Only the pairs of which this holder is one. */
  readonly holder?: string | undefined;
  /** Only this issue is weighed (not the issues under it). */
  readonly issue?: string | undefined;
  /**
   * Weigh the holders' own words only: a position whose current stance a
   * third party's report set (a `PositionView`'s `reported`) counts when the
   * holder's own words back it too (they are among its evidence, the report
   * restating them), with the holder's latest own statement of it as
   * evidence; when they do not, it is left out (its stance is not taken
   * back to what the holder said before: the log knows better since).
   */
  readonly firstHandOnly?: boolean | undefined;
}

/** A holder's stance on an issue as weighed: its holder, and the statement that sets it. */
type Weighed = Pick<PositionState, 'holder' | 'current'>;

/** A pair as its issues are being gathered. */
interface PairBeingMade {
  readonly actors: readonly [string, string];
  agree: string[];
  disagree: string[];
  evidence: AlignmentEvidence[];
}

/**
 * Every pair of holders that both hold a firm stance (`+` or `-`) on at
 * least one same issue, with the issues on which they agree and disagree,
 * sorted by score (highest first), then by the number of issues they share
 * (most first), then by their ids. A stance of `0` (a hedge, a
 * retraction) is neither agreement nor disagreement, and a pair sharing
 * only such stances is not listed. The polarity decides, not the kind;
 * stances are compared on one same issue only (a parent issue's with a
 * sub-issue's, never), and the conditions attached to them change nothing.
 *
 * Computed at each call from the positions as they are: one pass over them,
 * plus a step for each pair of holders on each issue both hold a stance on
 * (each an entry of the answer's `evidence`; with `holder`, only its
 * pairs), so O(positions) beside the size of the answer (with
 * `firstHandOnly`, a position a report set walks its evidence too). The replay keeps
 * no state for it, so it costs nothing to a replay that never asks. For the alignment as of a date, or as the
 * log knew it then, project the state with `asOf` first (see the example).
 * A query, not a check: a holder or issue that nothing names lists nothing.
 *
 * @example
 * import { alignmentList, analysis, openMemoryStore, project, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11', source: { quote: 'a 30-day ceasefire, now' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'a truce would only let Kyiv rearm' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-03-30', source: { quote: 'we accept a truce' } }),
 * ])
 * const scores = async (validTime?: string) => {
 *   const r = await project(store, analysis(), validTime === undefined ? {} : { asOf: { validTime } })
 *   assert.ok(r._tag === 'Right')
 *   return alignmentList(r.right.state).map((a) => [a.actors.join('+'), a.score])
 * }
 * // Opposed in mid-March; once Russia accepts, on the same side.
 * assert.deepStrictEqual(await scores('2025-03-20'), [['russia+ukraine', -1]])
 * assert.deepStrictEqual(await scores(), [['russia+ukraine', 1]])
 * @category alignment
 * @since 0.1.0
 */
export function alignmentList(state: PositionsState | { positions: PositionsState }, filter: AlignmentFilter = {}): AlignmentView[] {
  const all = 'byIssue' in state ? state : state.positions;
  // First actor, then second: no key is built of two ids, so no id can be mistaken for a separator.
  const pairs = new Map<string, Map<string, PairBeingMade>>();
  const firm: Weighed[] = [];
  for (const [issue, holders] of issuesOf(all, filter.issue)) {
    firm.length = 0;
    for (const p of holders.values()) {
      if (effectivePolarity(p.current) === '0') continue;
      if (filter.firstHandOnly !== true || p.current.firstHand) firm.push(p);
      else {
        // A report set the stance; the holder's own words may back it still (rare: the run is walked only then).
        const own = latestOwnWord(p);
        if (own !== undefined) firm.push({ holder: p.holder, current: own });
      }
    }
    if (firm.length < 2) continue;
    firm.sort((a, b) => compareIds(a.holder, b.holder));
    if (filter.holder === undefined) {
      for (let i = 0; i < firm.length; i++) for (let j = i + 1; j < firm.length; j++) addIssue(pairs, issue, firm[i]!, firm[j]!);
      continue;
    }
    // With a holder, only its pairs: k steps for k holders on the issue, not k^2 to keep k of them.
    const only = firm.findIndex((p) => p.holder === filter.holder);
    if (only >= 0) for (let k = 0; k < firm.length; k++) if (k !== only) addIssue(pairs, issue, firm[Math.min(k, only)]!, firm[Math.max(k, only)]!);
  }
  const out: AlignmentView[] = [];
  for (const seconds of pairs.values()) {
    for (const pair of seconds.values()) {
      const agree = pair.agree.sort(compareIds);
      const disagree = pair.disagree.sort(compareIds);
      const evidence = pair.evidence.sort((x, y) => compareIds(x.issue, y.issue));
      out.push({ actors: pair.actors, score: (agree.length - disagree.length) / (agree.length + disagree.length), agree, disagree, evidence });
    }
  }
  return out.sort(
    (x, y) =>
      y.score - x.score ||
      y.evidence.length - x.evidence.length ||
      compareIds(x.actors[0], y.actors[0]) ||
      compareIds(x.actors[1], y.actors[1]),
  );
}

/** Adds an issue both hold a stance on to the pair of `a` and `b` (`a` first by id). */
function addIssue(pairs: Map<string, Map<string, PairBeingMade>>, issue: string, a: Weighed, b: Weighed): void {
  let seconds = pairs.get(a.holder);
  if (seconds === undefined) pairs.set(a.holder, (seconds = new Map()));
  let pair = seconds.get(b.holder);
  if (pair === undefined) seconds.set(b.holder, (pair = { actors: [a.holder, b.holder], agree: [], disagree: [], evidence: [] }));
  (polarityOf(a) === polarityOf(b) ? pair.agree : pair.disagree).push(issue);
  pair.evidence.push({ issue, statements: [a.current.id, b.current.id] });
}

/** The issues to weigh with their holders: all of them, or the one asked for. */
function issuesOf(all: PositionsState, issue: string | undefined): Iterable<[string, Map<string, PositionState>]> {
  if (issue === undefined) return all.byIssue;
  const holders = all.byIssue.get(issue);
  return holders === undefined ? [] : [[issue, holders]];
}

function polarityOf(p: Weighed): Polarity {
  return effectivePolarity(p.current);
}

/** The holder's latest own statement among the evidence of its current stance, if any. */
function latestOwnWord(p: PositionState): StanceEntry | undefined {
  const run = runOf(p);
  for (let i = run.length - 1; i >= 0; i--) if (run[i]!.firstHand) return run[i];
  return undefined;
}

// Code-unit order, as positionList sorts ids (not the locale's: the same order everywhere).
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
