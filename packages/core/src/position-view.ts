/**
 * Positions as printed and serialised: {@link PositionView} (what
 * `stancelog positions --json` writes), its history as runs of one stance,
 * and {@link positionList}, the sorted and filtered list of them.
 *
 * @since 0.1.0
 */
import { allPositions } from './positions.js';
import type { PositionState, PositionsState } from './positions.js';
import { dayNumber, groupStart, groupWinner, runOf, walkRun, yielding } from './stance-runs.js';
import type { Yielding } from './stance-runs.js';
import type { StanceEntry } from './stance-entry.js';
import { effectivePolarity } from './stance-entry.js';
import type { Condition, Polarity, StatementKind } from './statement.js';

/**
 * One stretch of a position's history during which its stance did not change.
 * `statements` are the evidence of its stance: the statements of its days
 * of that stance (`0`: hedges, and retractions that withdrew a stance). A
 * statement that set no stance is in no run: a third party's report the
 * holder's own word outweighs (see `outweighedReports`), and a retraction
 * of a stance the holder did not hold as it was said (see
 * {@link unheldRetractions}); the position's `history` keeps them.
 *
 * @example
 * import { openMemoryStore, positionList, positions, readAll, replay, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'a truce would only let Kyiv rearm' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-20', source: { quote: 'no pause in the fighting' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-04-01', source: { quote: 'we accept an energy truce' } }),
 * ])
 * const [view] = positionList(replay(positions(), await readAll(store)))
 * assert.deepStrictEqual(view!.history.map((run) => [run.from, run.polarity, run.statements.length]), [['2025-03-13', '-', 2], ['2025-04-01', '+', 1]])
 * @example
 * import { openMemoryStore, positionList, positions, readAll, replay, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-04-01', source: { quote: 'we accept an energy truce' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'hedge', polarity: '0', statedAt: '2025-05-01', source: { quote: 'we shall see' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'retract', polarity: '+', statedAt: '2025-05-19', source: { quote: 'the energy truce is off' } }),
 * ])
 * const [view] = positionList(replay(positions(), await readAll(store)))
 * // Russia no longer held + on 19 May (it hedged): the retraction withdrew nothing, and is no evidence of the run of 0.
 * assert.deepStrictEqual(view!.history.map((run) => [run.from, run.polarity, run.statements.length]), [['2025-04-01', '+', 1], ['2025-05-01', '0', 1]])
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
 * @example
 * import { openMemoryStore, positionList, positions, readAll, replay, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11', source: { quote: 'a 30-day ceasefire, now', publisher: 'Kyiv Independent' } }),
 *   statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-12', source: { quote: 'Kyiv insists on a ceasefire', publisher: 'Reuters' } }),
 * ])
 * const [view] = positionList(replay(positions(), await readAll(store)))
 * // One stance, stated twice, read in two independent publishers.
 * assert.deepStrictEqual([view!.since, view!.lastStated, view!.statements.length, view!.sources], ['2025-03-11', '2025-03-12', 2, 2])
 * @category positions
 * @since 0.1.0
 */
export interface PositionView {
  readonly holder: string;
  readonly issue: string;
  readonly polarity: Polarity;
  readonly kind: StatementKind;
  readonly conditions: ReadonlyArray<Condition>;
  /**
   * The conditions among `conditions` that only set off a threat
   * ("sanctions if the truce is refused": `ceasefire -`): shown with the
   * stance, but no step the holder wants taken first, so no edge of the
   * precondition graph and no deadlock (`PositionState.preconditions` holds
   * the others). Empty for most positions.
   */
  readonly triggers: ReadonlyArray<Condition>;
  /**
   * When the current stance (its polarity) was first stated, as stated, or
   * the recorded day when undated. A new kind of the same stance (a demand
   * restated as a condition) keeps `since`; the history dates each kind.
   */
  readonly since: string;
  /** The last time it was stated. */
  readonly lastStated: string;
  /**
   * True when the current statement, which sets the kind and the conditions,
   * is a third party's report, not the holder's own words: for a holder never
   * heard first-hand, or one silent on the issue for 30 days (`ownWordsDays`).
   * A report agreeing with the holder's older words then sets the stance's
   * terms, though those words stay among `statements` (alignment's
   * `firstHandOnly` reads through to them).
   */
  readonly reported: boolean;
  /** The latest demand, condition or red line among the evidence, if any (null): the stance stays that firm while it holds, though restated more softly since. */
  readonly firmKind: StatementKind | null;
  /** The statements that support the current stance. */
  readonly statements: ReadonlyArray<string>;
  /**
   * How many independent sources the evidence comes from: its distinct
   * publishers, a statement naming no publisher counting by its `url`.
   * Statements naming neither count together as one unnamed source: they
   * are evidence from somewhere, so a position resting on them alone has
   * 1, but nothing shows two of them independent. (Beside named sources,
   * the unnamed one may be one of them: the count can then be one too high.)
   */
  readonly sources: number;
  /** The stance's history, oldest first: one run per change of stance. */
  readonly history: ReadonlyArray<StanceRun>;
}

/**
 * Which positions to list.
 * @example
 * import { openMemoryStore, positionList, positions, readAll, replay, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11', source: { quote: 'a 30-day ceasefire, now' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'a truce would only let Kyiv rearm' } }),
 *   statementMade({ holder: 'ukraine', issue: 'peace-talks', kind: 'propose', polarity: '+', statedAt: '2025-05-15', source: { quote: 'we propose a meeting next week' } }),
 * ])
 * const state = replay(positions(), await readAll(store))
 * assert.deepStrictEqual(positionList(state, { holder: 'ukraine' }).map((v) => v.issue), ['ceasefire', 'peace-talks'])
 * assert.deepStrictEqual(positionList(state, { issue: 'ceasefire' }).map((v) => v.holder), ['russia', 'ukraine'])
 * @category positions
 * @since 0.1.0
 */
export interface PositionFilter {
  readonly holder?: string | undefined;
  readonly issue?: string | undefined;
}

/** A run of a history as it is being folded: its statements grow. */
interface RunBeingMade {
  polarity: Polarity;
  kind: StatementKind;
  from: string;
  statements: string[];
}

function historyOf(p: PositionState): StanceRun[] {
  const runs: RunBeingMade[] = [];
  foldDays(runs, p.history, 0, p.history.length, yielding(p, p.history));
  return runs;
}

/**
 * Folds the day groups of `h` from index `start` to `stop` (each a group's
 * first index, or the history's length) into `runs`: a run per change of
 * stance. A day is weighed only from the words up to it.
 */
function foldDays(runs: RunBeingMade[], h: ReadonlyArray<StanceEntry>, start: number, stop: number, yields: Yielding): void {
  while (start < stop) {
    let end = start;
    while (end + 1 < h.length && dayNumber(h[end + 1]!) === dayNumber(h[start]!)) end++;
    const { winner } = groupWinner(h, end, yields);
    const last = runs[runs.length - 1];
    // A day of reports that all yield to the holder's own word: those that agree are evidence of the run it falls in.
    const polarity = winner === undefined ? last!.polarity : effectivePolarity(winner);
    const ids: string[] = [];
    // A retraction of a stance not held is evidence of nothing held, of no run's (see `unheldRetractions`).
    for (let i = start; i <= end; i++) if (effectivePolarity(h[i]!) === polarity && (h[i]!.kind !== 'retract' || yields.withdraws(i))) ids.push(h[i]!.id);
    if (winner === undefined || (last && last.polarity === polarity && last.kind === winner.kind)) last!.statements.push(...ids);
    else runs.push({ polarity, kind: winner.kind, from: winner.label, statements: ids });
    start = end + 1;
  }
}

/**
 * The ids of the retractions in a position's history that withdrew nothing:
 * each names a stance (`+` or `-`) the holder did not hold as it was said
 * (in valid time, weighed with the words before it; see the `retract`
 * statement in `positions.ts`): "Moscow dropped its demand" after Moscow
 * had turned from it. Such a retraction set no stance, began and ended no
 * run, and is evidence of none (it is in no run's `statements`). For
 * output that shows every statement, such as a timeline, to say so. A
 * retraction of `0`, or one with nothing before it, withdraws whatever is
 * held: never listed. A third party's account of one is listed as the
 * holder's own would be (it may be outweighed as well: see `outweighedReports`).
 *
 * @example
 * import { getPosition, openMemoryStore, positions, readAll, replay, statementMade, unheldRetractions } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'a truce would only let Kyiv rearm' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-04-01', source: { quote: 'we accept an energy truce' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'retract', polarity: '-', statedAt: '2025-05-19', source: { quote: 'we no longer refuse a truce' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'retract', polarity: '+', statedAt: '2025-06-02', source: { quote: 'the energy truce is off' } }),
 * ])
 * const p = getPosition(replay(positions(), await readAll(store)), 'russia', 'ceasefire')!
 * // Dropping - on 19 May withdrew nothing (russia held +); dropping + on 2 June withdrew it.
 * assert.deepStrictEqual([...unheldRetractions(p)], [p.history[2]!.id])
 * assert.deepStrictEqual([p.current.kind, p.current.polarity], ['retract', '+'])
 * @category positions
 * @since 0.1.0
 */
export function unheldRetractions(p: PositionState): ReadonlySet<string> {
  const h = p.history;
  const ids = new Set<string>();
  let yields: ReturnType<typeof yielding> | undefined;
  for (let i = 0; i < h.length; i++) {
    const e = h[i]!;
    if (e.kind === 'retract' && e.polarity !== '0' && !(yields ??= yielding(p, h)).withdraws(i)) ids.add(e.id);
  }
  return ids;
}

/**
 * Renders one position for output.
 *
 * A frozen position (one of a state `follow` gives, `step` or `stepAll`
 * returns, or a fold made with `freeze: true`) never changes, and has one
 * view: asked again, for this state or a later one that shares the
 * position, this returns the same view object (frozen too), so a UI that
 * memoises a row on its view (`React.memo`) draws it again only when the
 * position changed. What a live state shares with the one before it: what
 * its events left unchanged, as immer leaves it (the registry when no
 * registry event came; each issue's positions,
 * `state.positions.byIssue.get(issue)`, and contradictions,
 * `state.contradictions.byIssue.get(issue)`, when nothing touched that
 * issue; on an issue touched, the positions of the holders who said
 * nothing). A withdrawal makes `follow` project again: the state after it
 * shares nothing, and every view is new. A position of a state still
 * being replayed (`replay`, `project`: not frozen) changes in place, so
 * its view is made anew at each call, as a view kept would go stale.
 *
 * @example
 * import { positions, replay, positionView, getPosition } from '@stancelog/core'
 * const state = replay(positions(), [{ id: 'a', position: 1, recordedAt: '2025-05-17T09:00:00Z', type: 'statement-made',
 *   data: { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-05-16', source: { quote: 'q' } } }] as any[])
 * assert.strictEqual(positionView(getPosition(state, 'russia', 'ceasefire')!).since, '2025-05-16')
 * // A threat's condition is what sets it off: shown among the conditions, and named a trigger.
 * const threat = replay(positions(), [{ id: 'b', position: 1, recordedAt: '2025-05-17T09:00:00Z', type: 'statement-made',
 *   data: { holder: 'united-states', issue: 'sanctions', kind: 'threat', polarity: '+', conditions: [{ issue: 'ceasefire', polarity: '-' }], statedAt: '2025-05-16', source: { quote: 'q' } } }] as any[])
 * const view = positionView(getPosition(threat, 'united-states', 'sanctions')!)
 * assert.deepStrictEqual([view.conditions, view.triggers], [[{ issue: 'ceasefire', polarity: '-' }], [{ issue: 'ceasefire', polarity: '-' }]])
 * @example
 * import { getPosition, positions, positionView, replay, step } from '@stancelog/core'
 * import type { StoredEvent } from '@stancelog/core'
 * const said = (position: number, holder: string, polarity: '+' | '-'): StoredEvent => ({ id: `e${position}`, position, recordedAt: '2025-05-17T09:00:00Z', schema: 1, tags: [], type: 'statement-made',
 *   data: { holder, issue: 'ceasefire', kind: polarity === '+' ? 'demand' : 'reject', polarity, statedAt: '2025-05-16', source: { quote: 'q' } } } as StoredEvent)
 * const before = replay(positions(), [said(1, 'russia', '-'), said(2, 'ukraine', '+')], { freeze: true })
 * const after = step(positions())(before, said(3, 'ukraine', '-'))
 * const view = (state: typeof before, holder: string) => positionView(getPosition(state, holder, 'ceasefire')!)
 * // Russia said nothing: its position, and so its view, is the one before; Ukraine's is new.
 * assert.ok(view(after, 'russia') === view(before, 'russia') && view(after, 'ukraine') !== view(before, 'ukraine'))
 * assert.ok(Object.isFrozen(view(after, 'russia')))
 * @category positions
 * @since 0.1.0
 */
export function positionView(p: PositionState): PositionView {
  // Only a frozen position is known never to change (its history too: a replay pushes to it in place).
  if (!Object.isFrozen(p) || !Object.isFrozen(p.history)) return renderPosition(p);
  let view = frozenViews.get(p);
  if (view === undefined) frozenViews.set(p, (view = freezeView(renderPosition(p))));
  return view;
}

// The views of frozen positions, each kept while its position is.
const frozenViews = new WeakMap<PositionState, PositionView>();

// A view given to every caller is frozen, as its position is: one caller's change would show in another's.
function freezeView(view: PositionView): PositionView {
  Object.freeze(view.triggers);
  Object.freeze(view.statements);
  for (const run of view.history) Object.freeze(Object.freeze(run).statements);
  Object.freeze(view.history);
  return Object.freeze(view);
}

function renderPosition(p: PositionState, run: ReadonlyArray<StanceEntry> = runOf(p), history: ReadonlyArray<StanceRun> = historyOf(p)): PositionView {
  const c = p.current;
  return {
    holder: p.holder,
    issue: p.issue,
    polarity: effectivePolarity(c),
    kind: c.kind,
    conditions: p.conditions,
    triggers: p.preconditions === p.conditions ? [] : p.conditions.filter((c) => !p.preconditions.some((q) => q.issue === c.issue && q.polarity === c.polarity)),
    since: p.sinceLabel,
    lastStated: c.label,
    reported: !c.firstHand,
    firmKind: p.firmKind ?? null,
    statements: run.map((e) => e.id),
    sources: new Set(run.map((e) => e.publisher)).size,
    history,
  };
}

/** The current run's statements before the last day, as a walk back from there found them (see `walkRun`). */
interface RunBefore {
  readonly polarity: Polarity;
  /** Oldest first: those a won day backs (the viewer's own list, which the next view of the position may grow in place). */
  readonly run: StanceEntry[];
  /** Whether the walk met a won day: if not, `run` is empty, and the days after it count only if one of them is won. */
  readonly won: boolean;
}

/** What viewing a position left, to go on from: the history as folded up to its last day, and the run before it. */
interface Viewed {
  /** The index of the history's last day's first word then: the days before it are weighed for good. */
  readonly settled: number;
  /** The word before it (undefined when it is 0), by which a history that only grew after it is known. */
  readonly before: StanceEntry | undefined;
  readonly window: number;
  /** The runs of the days before `settled`, folded (the viewer's own lists: a view is given copies). */
  readonly runs: RunBeingMade[];
  readonly runBefore: RunBefore;
}

/** `list` with the items of `more` pushed after its own. */
function appended<T>(list: T[], more: ReadonlyArray<T>): T[] {
  for (const item of more) list.push(item);
  return list;
}

/** A walk back over later days (`walkRun`), then the run before them: the run the whole walk finds, oldest first. */
function joinRun(later: ReturnType<typeof walkRun>, before: RunBefore | undefined): { readonly run: StanceEntry[]; readonly won: boolean } {
  // Unbroken, the walk goes on into the run before; the days it walked count when a won day comes before them.
  if (!later.broken && before !== undefined && before.won) return { run: [...before.run, ...later.run.reverse()], won: true };
  later.run.length = later.kept;
  return { run: later.run.reverse(), won: later.won };
}

/**
 * Makes the views of the positions of a state that a replay goes on
 * changing in place (`replay(..., { from })`), each from what making its
 * view the time before left, where {@link positionView} walks the
 * position's whole history each time: for a reader that views the same
 * positions again and again as statements are folded in (the report, a
 * frame a day). A day's words are weighed only from the words up to it, so
 * a position whose history only grew after the days viewed before (by
 * words of later days, or of its last day) has those days' runs folded
 * already, and its current run walked back to there; one that gained a
 * word of an earlier day is viewed whole. A view is the one `positionView`
 * gives, in a new object each time (a frozen position's is
 * `positionView`'s own). The viewer keeps, for each position it viewed
 * while the position lives, its runs and current run: let it go with the
 * state.
 * @example
 * import { analysis, positionViewer, positionView, replay, getPosition, statementMade } from '@stancelog/core'
 * import type { StoredEvent } from '@stancelog/core'
 * const said = (n: number, polarity: '+' | '-', statedAt: string) =>
 *   ({ ...statementMade({ holder: 'russia', issue: 'ceasefire', kind: polarity === '+' ? 'accept' : 'reject', polarity, statedAt, source: { quote: `q${n}` } }), id: `s${n}`, position: n, schema: 1 }) as StoredEvent
 * const reducer = analysis()
 * const state = replay(reducer, [said(1, '-', '2025-03-01'), said(2, '-', '2025-03-05')])
 * const view = positionViewer()
 * const p = getPosition(state.positions, 'russia', 'ceasefire')!
 * assert.deepStrictEqual(view(p).statements, ['s1', 's2'])
 * // A day later, Russia turns: the view goes on from the runs it found, and is the one positionView gives.
 * replay(reducer, [said(3, '+', '2025-03-10')], { from: state })
 * assert.deepStrictEqual(view(p), positionView(p))
 * assert.deepStrictEqual(view(p).history.map((run) => [run.polarity, run.statements]), [['-', ['s1', 's2']], ['+', ['s3']]])
 * @category positions
 * @since 0.1.0
 */
export function positionViewer(): (p: PositionState) => PositionView {
  const viewed = new WeakMap<PositionState, Viewed>();
  return (p) => {
    if (Object.isFrozen(p) && Object.isFrozen(p.history)) return positionView(p);
    const h = p.history;
    const polarity = effectivePolarity(p.current);
    const was = viewed.get(p);
    // The days before `settled` are as they were when nothing was put among them or joined their last day.
    const from =
      was !== undefined &&
      was.window === p.ownWordsWindow &&
      h.length >= was.settled &&
      (was.settled === 0 || (h[was.settled - 1] === was.before && (h.length === was.settled || dayNumber(h[was.settled]!) !== dayNumber(was.before!))))
        ? was
        : undefined;
    const settled = groupStart(h, h.length - 1);
    const runs = from?.runs ?? [];
    const start = from?.settled ?? 0;
    const yields = yielding(p, h);
    foldDays(runs, h, start, settled, yields);
    const history = runs.map((r) => ({ ...r, statements: [...r.statements] }));
    foldDays(history, h, settled, h.length, yields);
    // The run walked back over the days since, then the run before them when it was of the current stance.
    const kept = from !== undefined && from.runBefore.polarity === polarity ? from.runBefore : undefined;
    const walked = walkRun(h, settled - 1, kept === undefined ? 0 : start, polarity, yields);
    // Where the walk goes on into the run before, that run grows in place: a new list of it at each view, kept until
    // the next, made a report's frames leave a position's whole run to the collector at every view of it.
    const runBefore: RunBefore =
      kept !== undefined && !walked.broken && kept.won ? { polarity, run: appended(kept.run, walked.run.reverse()), won: true } : { polarity, ...joinRun(walked, kept) };
    const { run } = joinRun(walkRun(h, h.length - 1, settled, polarity, yields), runBefore);
    viewed.set(p, { settled, before: h[settled - 1], window: p.ownWordsWindow, runs, runBefore });
    return renderPosition(p, run, history);
  };
}

/**
 * The positions, sorted by holder then issue, optionally filtered. A new
 * list at each call; of a frozen state (a live one), its views are those
 * of {@link positionView}: the same objects for the positions a later
 * state shares.
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
