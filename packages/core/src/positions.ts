/**
 * The positions projection: for each holder and issue, the current stance,
 * since when, on what evidence, and its history.
 *
 * Rules, in valid time (`statedAt`):
 * - the latest stated stance is current; statements without a date count
 *   from the time they were recorded;
 * - within one day, a first-hand statement outweighs a third-party report,
 *   and a firm stance (`+` or `-`) outweighs a non-committal one (`0`);
 *   then the later recorded wins;
 * - the same stance stated again, or reported by several sources, is one
 *   position with several pieces of evidence: `statements` lists them and
 *   `sources` counts the independent publishers;
 * - a `retract` statement withdraws the stance (polarity `0`, kind `retract`).
 *
 * @since 0.1.0
 */
import type { StoredEvent } from './envelope.js';
import { reducer } from './reducer.js';
import type { Reducer } from './reducer.js';
import type { Condition, Polarity, Statement, StatementKind } from './statement.js';
import { isFirstHand } from './statement.js';
import { dayOf, startOf } from './time.js';

const DAY_MS = 86_400_000;

/**
 * One statement in a position's history, reduced to what positions and
 * contradiction rules need.
 * @category positions
 * @since 0.1.0
 */
export interface StanceEntry {
  /** The statement's event id. */
  readonly id: string;
  /** Its log position (breaks ties between statements of the same day). */
  readonly position: number;
  /** Valid time in epoch ms: `statedAt`, or `recordedAt` when the date is unknown. */
  readonly validFrom: number;
  readonly day: number;
  readonly statedAt: string | undefined;
  readonly recordedAt: string;
  readonly polarity: Polarity;
  readonly kind: StatementKind;
  readonly conditions: ReadonlyArray<Condition>;
  readonly firstHand: boolean;
  /** Who attributes the stance: `self` (the holder's own speaker), `actor:ID` (a third party), `publisher:NAME` (the source's own account). */
  readonly attribution: string;
  /** The publisher (or address) the statement was read in, for counting independent sources. */
  readonly publisher: string;
  readonly speaker: string | undefined;
  readonly speakerActor: string | undefined;
}

/**
 * The state of one holder x issue.
 * @category positions
 * @since 0.1.0
 */
export interface PositionState {
  readonly holder: string;
  readonly issue: string;
  /** `holder` and `issue` in one string (see {@link positionKey}). */
  readonly key: string;
  /** Every statement, ordered by valid time then log position. */
  history: StanceEntry[];
  /** The statement that sets the current stance. */
  current: StanceEntry;
  /** Statements that support the current stance, oldest first. */
  evidence: string[];
  /** Independent publishers among the evidence. */
  publishers: Set<string>;
  /** Valid time (ms) of the oldest evidence: the stance holds since then. */
  since: number;
  /** `statedAt` (or recorded day) of the oldest evidence. */
  sinceLabel: string;
}

/**
 * All positions, by issue then holder. Nested so that a live update under
 * immer copies only the small maps of the issue concerned.
 * @category positions
 * @since 0.1.0
 */
export interface PositionsState {
  byIssue: Map<string, Map<string, PositionState>>;
}

/**
 * The position of a holder on an issue, if it has stated one.
 *
 * @example
 * import { getPosition, positions } from '@stancelog/core'
 * assert.strictEqual(getPosition(positions().initial(), 'russia', 'ceasefire'), undefined)
 * @category positions
 * @since 0.1.0
 */
export function getPosition(state: PositionsState, holder: string, issue: string): PositionState | undefined {
  return state.byIssue.get(issue)?.get(holder);
}

/**
 * Every position, issue by issue.
 *
 * @example
 * import { allPositions, positions } from '@stancelog/core'
 * assert.deepStrictEqual([...allPositions(positions().initial())], [])
 * @category positions
 * @since 0.1.0
 */
export function* allPositions(state: PositionsState): Generator<PositionState> {
  for (const holders of state.byIssue.values()) yield* holders.values();
}

/**
 * A change of a holder's current stance on an issue: what contradiction
 * rules react to. `before` is absent for a first statement.
 * @category positions
 * @since 0.1.0
 */
export interface StanceChange {
  readonly holder: string;
  readonly issue: string;
  readonly before: StanceEntry | undefined;
  readonly after: StanceEntry;
  readonly position: PositionState;
}

/**
 * What applying one statement did: its entry, the position it joined, and
 * the change of current stance when there was one.
 * @category positions
 * @since 0.1.0
 */
export interface StatementApplied {
  readonly entry: StanceEntry;
  readonly position: PositionState;
  readonly change: StanceChange | undefined;
}

/**
 * One string for a holder x issue.
 *
 * @example
 * import { positionKey } from '@stancelog/core'
 * assert.strictEqual(positionKey('russia', 'ceasefire'), 'russia\u0000ceasefire')
 * @category positions
 * @since 0.1.0
 */
export function positionKey(holder: string, issue: string): string {
  return `${holder}\u0000${issue}`;
}

/**
 * The stance a statement expresses: a retraction is a withdrawn, `0` stance.
 *
 * @example
 * import { effectivePolarity } from '@stancelog/core'
 * assert.strictEqual(effectivePolarity({ kind: 'retract', polarity: '+' } as any), '0')
 * @category positions
 * @since 0.1.0
 */
export function effectivePolarity(entry: Pick<StanceEntry, 'kind' | 'polarity'>): Polarity {
  return entry.kind === 'retract' ? '0' : entry.polarity;
}

/**
 * Reduces a stored statement to a {@link StanceEntry}.
 *
 * @example
 * import { stanceEntry } from '@stancelog/core'
 * const e = stanceEntry({ id: 'a', position: 1, recordedAt: '2025-05-17T09:00:00Z', type: 'statement-made',
 *   data: { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-05-16', source: { quote: 'q', publisher: 'P' } } } as any)
 * assert.strictEqual(e.attribution, 'publisher:P')
 * @category positions
 * @since 0.1.0
 */
export function stanceEntry(event: StoredEvent & { type: 'statement-made' }): StanceEntry {
  const s: Statement = event.data;
  const validFrom = startOf(s.statedAt ?? event.recordedAt);
  const firstHand = isFirstHand(s);
  const publisher = s.source.publisher ?? s.source.url ?? 'unknown';
  const speakerActor = s.speaker?.actor;
  return {
    id: event.id,
    position: event.position,
    validFrom,
    day: Math.floor(validFrom / DAY_MS),
    statedAt: s.statedAt,
    recordedAt: event.recordedAt,
    polarity: s.polarity,
    kind: s.kind,
    conditions: s.conditions ?? [],
    firstHand,
    attribution: !firstHand ? `actor:${speakerActor}` : speakerActor !== undefined ? 'self' : `publisher:${publisher}`,
    publisher,
    speaker: s.speaker?.name,
    speakerActor,
  };
}

function rank(e: StanceEntry): number {
  return (e.firstHand ? 2 : 0) + (effectivePolarity(e) !== '0' || e.kind === 'retract' ? 1 : 0);
}

function wins(a: StanceEntry, b: StanceEntry): boolean {
  const ra = rank(a);
  const rb = rank(b);
  return ra !== rb ? ra > rb : a.position > b.position;
}

function conditionsEqual(a: ReadonlyArray<Condition>, b: ReadonlyArray<Condition>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.issue !== b[i]!.issue || a[i]!.polarity !== b[i]!.polarity) return false;
  return true;
}

/**
 * Whether two entries express the same stance (polarity, kind, conditions).
 *
 * @example
 * import { sameStance } from '@stancelog/core'
 * assert.ok(sameStance({ polarity: '+', kind: 'demand', conditions: [] } as any, { polarity: '+', kind: 'demand', conditions: [] } as any))
 * @category positions
 * @since 0.1.0
 */
export function sameStance(a: StanceEntry, b: StanceEntry): boolean {
  return effectivePolarity(a) === effectivePolarity(b) && a.kind === b.kind && conditionsEqual(a.conditions, b.conditions);
}

/** The winner of the day group ending at index `end` (inclusive), and where the group starts. */
function groupWinner(history: ReadonlyArray<StanceEntry>, end: number): { winner: StanceEntry; start: number } {
  let winner = history[end]!;
  let i = end - 1;
  const day = winner.day;
  for (; i >= 0 && history[i]!.day === day; i--) {
    if (wins(history[i]!, winner)) winner = history[i]!;
  }
  return { winner, start: i + 1 };
}

/**
 * Recomputes the current stance, its evidence and since when it holds, by
 * walking the history back from the end one day at a time until a day whose
 * winning stance has another polarity.
 */
function rescan(p: PositionState): void {
  const h = p.history;
  const { winner } = groupWinner(h, h.length - 1);
  p.current = winner;
  const polarity = effectivePolarity(winner);
  const evidence: StanceEntry[] = [];
  let end = h.length - 1;
  while (end >= 0) {
    const group = groupWinner(h, end);
    if (effectivePolarity(group.winner) !== polarity) break;
    for (let i = end; i >= group.start; i--) {
      if (effectivePolarity(h[i]!) === polarity) evidence.push(h[i]!);
    }
    end = group.start - 1;
  }
  evidence.reverse();
  p.evidence = evidence.map((e) => e.id);
  p.publishers = new Set(evidence.map((e) => e.publisher));
  const first = evidence[0] ?? winner;
  p.since = first.validFrom;
  p.sinceLabel = first.statedAt ?? dayOf(first.recordedAt);
}

/**
 * Applies one statement to the positions (a recipe: mutates `state`) and
 * returns its entry, its position and the change of the holder's current
 * stance, if any.
 *
 * @example
 * import { applyStatement, positions } from '@stancelog/core'
 * const state = positions().initial()
 * const { change } = applyStatement(state, { id: 'a', position: 1, recordedAt: '2025-05-17T09:00:00Z', type: 'statement-made',
 *   data: { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-05-16', source: { quote: 'q' } } } as any)
 * assert.strictEqual(change?.after.polarity, '-')
 * @category positions
 * @since 0.1.0
 */
export function applyStatement(state: PositionsState, event: StoredEvent & { type: 'statement-made' }): StatementApplied {
  const entry = stanceEntry(event);
  const { holder, issue } = event.data;
  let holders = state.byIssue.get(issue);
  if (!holders) state.byIssue.set(issue, (holders = new Map()));
  const p = holders.get(holder);
  if (!p) {
    const created: PositionState = {
      holder,
      issue,
      key: positionKey(holder, issue),
      history: [entry],
      current: entry,
      evidence: [entry.id],
      publishers: new Set([entry.publisher]),
      since: entry.validFrom,
      sinceLabel: entry.statedAt ?? dayOf(entry.recordedAt),
    };
    holders.set(holder, created);
    return { entry, position: created, change: { holder: created.holder, issue: created.issue, before: undefined, after: entry, position: created } };
  }
  const before = p.current;
  const h = p.history;
  const last = h[h.length - 1]!;
  if (entry.validFrom > last.validFrom || (entry.validFrom === last.validFrom && entry.position > last.position)) {
    h.push(entry);
    const winner = entry.day === last.day ? groupWinner(h, h.length - 1).winner : entry;
    const polarity = effectivePolarity(before);
    if (effectivePolarity(winner) === polarity && effectivePolarity(entry) === polarity) {
      // The common case: the same stance again. Extend the evidence.
      p.current = winner;
      p.evidence.push(entry.id);
      p.publishers.add(entry.publisher);
    } else if (winner.id === before.id) {
      // An outranked statement of the same day: history only.
    } else {
      rescan(p);
    }
  } else {
    // A statement older than the latest one (an article read late): insert it
    // in valid-time order; the stance and its evidence may change.
    let i = h.length - 1;
    while (i >= 0 && (h[i]!.validFrom > entry.validFrom || (h[i]!.validFrom === entry.validFrom && h[i]!.position > entry.position))) i--;
    h.splice(i + 1, 0, entry);
    rescan(p);
  }
  const after = p.current;
  // Compare ids, not objects: under immer, one entry reached by two paths is two drafts.
  if (after.id === before.id || sameStance(after, before)) return { entry, position: p, change: undefined };
  return { entry, position: p, change: { holder: p.holder, issue: p.issue, before, after, position: p } };
}

/**
 * The positions reducer on its own (without contradictions).
 *
 * @example
 * import { positions, replay, positionList } from '@stancelog/core'
 * const state = replay(positions(), [{ id: 'a', position: 1, recordedAt: '2025-05-17T09:00:00Z', type: 'statement-made',
 *   data: { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-05-16', source: { quote: 'q' } } }] as any[])
 * assert.strictEqual(positionList(state)[0]?.polarity, '-')
 * @category positions
 * @since 0.1.0
 */
export function positions(): Reducer<PositionsState> {
  return reducer({
    name: 'positions',
    version: '1',
    initial: () => ({ byIssue: new Map() }),
    recipe: (state, event) => {
      if (event.type === 'statement-made') applyStatement(state, event);
    },
  });
}

/**
 * One stretch of a position's history during which its stance did not change.
 * @category positions
 * @since 0.1.0
 */
export interface StanceRun {
  readonly polarity: Polarity;
  readonly kind: StatementKind;
  readonly from: string;
  readonly statements: ReadonlyArray<string>;
}

/**
 * A position as printed and serialised (`stancelog positions --json`).
 * @category positions
 * @since 0.1.0
 */
export interface PositionView {
  readonly holder: string;
  readonly issue: string;
  readonly polarity: Polarity;
  readonly kind: StatementKind;
  readonly conditions: ReadonlyArray<Condition>;
  /** When the current stance was first stated (as stated, or the recorded day when undated). */
  readonly since: string;
  /** The last time it was stated. */
  readonly lastStated: string;
  /** True when the current stance rests on a third party's report, not on the holder's own words. */
  readonly reported: boolean;
  /** The statements that support the current stance. */
  readonly statements: ReadonlyArray<string>;
  /** How many independent publishers the evidence comes from. */
  readonly sources: number;
  /** The stance's history, oldest first: one run per change of stance. */
  readonly history: ReadonlyArray<StanceRun>;
}

/**
 * Which positions to list.
 * @category positions
 * @since 0.1.0
 */
export interface PositionFilter {
  readonly holder?: string;
  readonly issue?: string;
}

function historyOf(p: PositionState): StanceRun[] {
  const runs: { polarity: Polarity; kind: StatementKind; from: string; statements: string[] }[] = [];
  const h = p.history;
  let start = 0;
  while (start < h.length) {
    let end = start;
    while (end + 1 < h.length && h[end + 1]!.day === h[start]!.day) end++;
    const { winner } = groupWinner(h, end);
    const polarity = effectivePolarity(winner);
    const last = runs[runs.length - 1];
    const ids = h.slice(start, end + 1).filter((e) => effectivePolarity(e) === polarity).map((e) => e.id);
    if (last && last.polarity === polarity && last.kind === winner.kind) last.statements.push(...ids);
    else runs.push({ polarity, kind: winner.kind, from: winner.statedAt ?? dayOf(winner.recordedAt), statements: ids });
    start = end + 1;
  }
  return runs;
}

/**
 * Renders one position for output.
 *
 * @example
 * import { positions, replay, positionView, getPosition } from '@stancelog/core'
 * const state = replay(positions(), [{ id: 'a', position: 1, recordedAt: '2025-05-17T09:00:00Z', type: 'statement-made',
 *   data: { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-05-16', source: { quote: 'q' } } }] as any[])
 * assert.strictEqual(positionView(getPosition(state, 'russia', 'ceasefire')!).since, '2025-05-16')
 * @category positions
 * @since 0.1.0
 */
export function positionView(p: PositionState): PositionView {
  const c = p.current;
  return {
    holder: p.holder,
    issue: p.issue,
    polarity: effectivePolarity(c),
    kind: c.kind,
    conditions: c.conditions,
    since: p.sinceLabel,
    lastStated: c.statedAt ?? dayOf(c.recordedAt),
    reported: !c.firstHand,
    statements: p.evidence,
    sources: p.publishers.size,
    history: historyOf(p),
  };
}

/**
 * The positions, sorted by holder then issue, optionally filtered.
 *
 * @example
 * import { positions, replay, positionList } from '@stancelog/core'
 * assert.deepStrictEqual(positionList(replay(positions(), [])), [])
 * @category positions
 * @since 0.1.0
 */
export function positionList(state: PositionsState | { positions: PositionsState }, filter: PositionFilter = {}): PositionView[] {
  const all = 'byIssue' in state ? state : state.positions;
  const out: PositionView[] = [];
  for (const p of allPositions(all)) {
    if (filter.holder !== undefined && p.holder !== filter.holder) continue;
    if (filter.issue !== undefined && p.issue !== filter.issue) continue;
    out.push(positionView(p));
  }
  return out.sort((a, b) => (a.holder < b.holder ? -1 : a.holder > b.holder ? 1 : a.issue < b.issue ? -1 : a.issue > b.issue ? 1 : 0));
}
