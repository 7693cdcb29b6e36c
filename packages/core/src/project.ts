/**
 * Projecting a store through a reducer, at any point in time.
 *
 * stancelog is bitemporal: a statement has a valid time (`statedAt`, when it
 * was said) and a recorded time (`recordedAt`, when the log learnt it).
 * - `asOf.validTime`: positions as stated by that date;
 * - `asOf.recordedTime`: what the log knew on that date (later corrections
 *   and late-reported statements are left out).
 *
 * @since 0.1.0
 */
import { isLeft, left, right } from './either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import type { StoredEvent } from './envelope.js';
import { unavailable } from './errors.js';
import type { InvalidQuery, StoreError } from './errors.js';
import { StoreReadError } from './event-store.js';
import type { EventStore } from './event-store.js';
import { checkReducer, fold } from './reducer.js';
import type { Fold, Reducer } from './reducer.js';
import type { Snapshot, SnapshotStore } from './snapshot.js';
import { SNAPSHOT_OPTIONS, saveSnapshot, snapshotDue } from './snapshot-save.js';
import { shapeProblem } from './snapshot-shape.js';
import type { ShapeProblem } from './snapshot-shape.js';
import { optionsProblem } from './store-options.js';
import { calendarProblem, endOf, isStatedAt, startOf, timeZoneHint } from './time.js';
import { isWithdrawal, isWithdrawn, withdrawalsOf, withoutWithdrawn } from './withdrawals.js';
import type { StoredWithdrawal, Withdrawals } from './withdrawals.js';

/**
 * A point in bitemporal time. Dates are inclusive: `validTime: '2025-05-20'`
 * keeps statements made on 2025-05-20.
 * @example
 * import { openMemoryStore, readAll, statementMade, visibleAt } from '@stancelog/core'
 * import type { AsOf } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-05-16', source: { quote: 'not before talks' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'hedge', polarity: '0', statedAt: '2025-05-20', source: { quote: 'we will consider it' } }),
 * ])
 * const asOf: AsOf = { validTime: '2025-05-16' } // the whole day
 * assert.deepStrictEqual((await readAll(store)).filter(visibleAt(asOf)).map((e) => e.position), [1])
 * @category projection
 * @since 0.1.0
 */
export interface AsOf {
  /** Keep statements stated up to this time. */
  readonly validTime?: string | undefined;
  /** Keep events recorded up to this time. */
  readonly recordedTime?: string | undefined;
}

/**
 * Options of {@link project}.
 * @example
 * import { openMemoryStore, project, registry } from '@stancelog/core'
 * import type { ProjectOptions } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }], { now: new Date('2025-05-10T00:00:00Z') })
 * await store.append([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kiev' } }], { now: new Date('2025-06-10T00:00:00Z') })
 * const inMay: ProjectOptions = { asOf: { recordedTime: '2025-05' } } // what the log knew by the end of May
 * const r = await project(store, registry(), inMay)
 * assert.ok(r._tag === 'Right')
 * assert.deepStrictEqual(r.right.state.actors.get('ukraine')?.actor.aliases, ['Kyiv'])
 * @category projection
 * @since 0.1.0
 */
export interface ProjectOptions {
  readonly asOf?: AsOf | undefined;
  /** Start from a stored snapshot and save a new one (only without `asOf`). */
  readonly snapshots?: SnapshotStore | undefined;
  /**
   * Save a new snapshot once the replayed tail has at least this many
   * events (default 1,000); at once, whatever the tail, in place of a
   * snapshot ignored (see {@link IgnoredSnapshot}).
   *
   * A function is given the log position the projection replayed to (the
   * `position` it returns: the log's head as this read found it) and
   * returns the threshold, for one that grows with the log, without asking
   * the store for its head first (a round trip, and a head that may have
   * moved by the time the log is read). It is called once the replay ends,
   * when there is a snapshot store, at least one event was replayed, and no
   * snapshot ignored is to be replaced (that one is, at once).
   * @example
   * import { memorySnapshots, openMemoryStore, project, registry } from '@stancelog/core'
   * const store = openMemoryStore()
   * const snapshots = memorySnapshots()
   * const alias = (alias: string) => ({ type: 'alias-added' as const, data: { actor: 'ukraine', alias } })
   * await store.append([alias('Kyiv'), alias('Kiev'), alias('Kyjiw')])
   * // A new snapshot once the tail is a tenth of the log, or 2 events when that is more.
   * const heads: number[] = []
   * const tenth = (head: number) => (heads.push(head), Math.max(2, Math.ceil(head / 10)))
   * await project(store, registry(), { snapshots, snapshotEvery: tenth }) // 3 replayed: saved at 3
   * await store.append([alias('Kijów')])
   * await project(store, registry(), { snapshots, snapshotEvery: tenth }) // a tail of 1: not saved
   * assert.deepStrictEqual(heads, [3, 4])
   * assert.strictEqual((await snapshots.load('registry', registry().version))?.position, 3)
   */
  readonly snapshotEvery?: number | ((head: number) => number) | undefined;
}

/**
 * A reducer's state and the log position it reflects.
 * @example
 * import { memorySnapshots, openMemoryStore, project, registry } from '@stancelog/core'
 * const store = openMemoryStore()
 * const snapshots = memorySnapshots()
 * await store.append([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }])
 * await project(store, registry(), { snapshots, snapshotEvery: 1 }) // saves a snapshot at position 1
 * await store.append([{ type: 'alias-added', data: { actor: 'russia', alias: 'Moscow' } }])
 * const r = await project(store, registry(), { snapshots })
 * assert.ok(r._tag === 'Right' && r.right.position === 2 && r.right.replayed === 1) // only the tail
 * @category projection
 * @since 0.1.0
 */
export interface Projected<S> {
  readonly state: S;
  readonly position: number;
  /** How many events were replayed (the tail, when a snapshot was used). */
  readonly replayed: number;
  /**
   * With `asOf` only: how many events the state counts, those visible at
   * the point and not withdrawn as of it (as many as {@link eventsAsOf}
   * keeps of the log), of the `position` events read: what a dashboard says
   * as "12 of the log's 45 events were known then". `position` is the log's
   * head however many the point keeps. (Statements alone: keep them with
   * {@link statements}, whose state counts them.) Undefined without `asOf`: the state
   * then counts every event up to `position` but those withdrawn, and a
   * projection from a snapshot reads only the tail, so cannot count them.
   * @example
   * import { openMemoryStore, project, registry } from '@stancelog/core'
   * const store = openMemoryStore()
   * await store.append([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }], { now: new Date('2025-05-10T00:00:00Z') })
   * await store.append([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kiev' } }], { now: new Date('2025-06-10T00:00:00Z') })
   * const known = await project(store, registry(), { asOf: { recordedTime: '2025-05-31' } })
   * assert.ok(known._tag === 'Right' && known.right.counted === 1 && known.right.position === 2)
   * const now = await project(store, registry())
   * assert.ok(now._tag === 'Right' && now.right.counted === undefined)
   */
  readonly counted?: number | undefined;
  /**
   * Why the snapshot store failed, when it did: the state is right all the
   * same (replayed in full when the snapshot could not be loaded, not saved
   * when it could not be saved). Worth a warning: the next projection will
   * replay as much again. A snapshot whose state is not shaped as the
   * reducer's initial state (a Map there, a plain object here: a store that
   * keeps snapshots as JSON) counts as one that could not be loaded: see
   * {@link SnapshotStore}.
   */
  readonly snapshotError?: StoreError | undefined;
  /**
   * The id of the event at `position` (none for an empty log): what a
   * snapshot of this state records to be checked against the log.
   */
  readonly eventId?: string | undefined;
  /**
   * The snapshot found but not used, when one was: the state is right all
   * the same (replayed in full), only the snapshot's work was lost. See
   * {@link IgnoredSnapshot}.
   */
  readonly snapshotIgnored?: IgnoredSnapshot | undefined;
}

/**
 * A snapshot {@link project} found and did not start from, and why:
 * - `other-log`: the log no longer holds, at the snapshot's position, the
 *   event the snapshot was made after (`Snapshot.eventId`): it is another
 *   log, or the same one cut back or rewritten (a file deleted and started
 *   again, a schema dropped and created again, a restore to an earlier
 *   point). Starting from it would give another log's state, silently.
 * - `unverifiable`: the snapshot records no `eventId` (saved by a release
 *   before 0.1.0's checks, or by hand), so which log it belongs to cannot
 *   be checked: it is not trusted.
 *
 * Either way the projection replays the log in full and saves a snapshot
 * of its own (when `snapshotEvery` allows), which replaces the one ignored.
 *
 * @example
 * import { memorySnapshots, openMemoryStore, project, registry } from '@stancelog/core'
 * import type { IgnoredSnapshot } from '@stancelog/core'
 * const snapshots = memorySnapshots()
 * const a = openMemoryStore()
 * await a.append([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }])
 * await project(a, registry(), { snapshots, snapshotEvery: 1 })
 * // Another log, read with the same snapshots: its position 1 holds another event.
 * const b = openMemoryStore()
 * await b.append([{ type: 'alias-added', data: { actor: 'russia', alias: 'Moscow' } }])
 * const r = await project(b, registry(), { snapshots })
 * assert.ok(r._tag === 'Right')
 * const ignored: IgnoredSnapshot | undefined = r.right.snapshotIgnored
 * assert.deepStrictEqual(ignored, { position: 1, reason: 'other-log' })
 * assert.deepStrictEqual([...r.right.state.actors.keys()], ['russia'])
 * @category projection
 * @since 0.1.0
 */
export interface IgnoredSnapshot {
  /** The position the snapshot was taken at. */
  readonly position: number;
  readonly reason: 'other-log' | 'unverifiable';
}

/**
 * The valid time of an event, in epoch milliseconds: a statement's
 * `statedAt`, or when the date is unknown or the event is not a statement,
 * the time it was recorded.
 *
 * @example
 * import { validTimeOf } from '@stancelog/core'
 * const e = { type: 'statement-made', recordedAt: '2025-06-01T00:00:00Z', data: { statedAt: '2025-05-16' } } as any
 * assert.strictEqual(validTimeOf(e), Date.UTC(2025, 4, 16))
 * @category projection
 * @since 0.1.0
 */
export function validTimeOf(event: StoredEvent): number {
  if (event.type === 'statement-made' && event.data.statedAt !== undefined) return startOf(event.data.statedAt);
  return startOf(event.recordedAt);
}

const AS_OF_FIELDS: ReadonlyArray<string> = ['validTime', 'recordedTime'];

/**
 * The command line's name of a time (`--as-of`, `--known-at`), written in
 * code (`knownAt`, `asOf`, `known_at`...), as this API names it: in code
 * `asOf` is the bitemporal point, holding both times.
 */
function commandLineTime(name: string): { readonly option: string; readonly field: 'validTime' | 'recordedTime' } | undefined {
  const word = name.toLowerCase().replace(/[-_ ]/g, '');
  if (word === 'knownat') return { option: '--known-at', field: 'recordedTime' };
  if (word === 'asof') return { option: '--as-of', field: 'validTime' };
  return undefined;
}

// What `project` takes; `asOf` itself is checked by `checkAsOf`, field by field.
const PROJECT_OPTIONS = { asOf: { accepts: () => true, expected: 'a bitemporal point' }, ...SNAPSHOT_OPTIONS };

/**
 * Checks a bitemporal point, as {@link project} does before it reads: each
 * time given must be a date or timestamp (`2025-05-16`, `2025-05`,
 * `2025-W20`, `2025-05-16T09:00:00Z`), and no other field is allowed (a
 * misspelt `validtime` would otherwise be ignored without a word). The
 * error names the field.
 *
 * @example
 * import { checkAsOf, visibleAt } from '@stancelog/core'
 * assert.deepStrictEqual(checkAsOf({ validTime: '2025-05-16' }), { _tag: 'Right', right: { validTime: '2025-05-16' } })
 * const bad = checkAsOf({ recordedTime: 'last May' })
 * assert.ok(bad._tag === 'Left' && bad.left.message === 'asOf.recordedTime: not a date or timestamp: "last May"')
 * // The command line's --known-at and --as-of are the two fields of one point in code.
 * const known = checkAsOf({ knownAt: '2025-05-16' } as any)
 * assert.ok(known._tag === 'Left' && known.left.message === "asOf.knownAt: unknown field: the command line's --known-at is recordedTime here")
 * const date = checkAsOf({ validTime: new Date('2025-05-16') as any })
 * assert.ok(date._tag === 'Left' && date.left.message === 'asOf.validTime: expected a date or timestamp as a string, got a Date (pass date.toISOString())')
 * // Check first, then filter: visibleAt cannot throw on a checked point.
 * const checked = checkAsOf({ recordedTime: '2025-06-01' })
 * assert.ok(checked._tag === 'Right' && visibleAt(checked.right)({ type: 'alias-added', recordedAt: '2025-06-01T23:00:00Z' } as any))
 * @category projection
 * @since 0.1.0
 */
export function checkAsOf(asOf: AsOf): Either<InvalidQuery, AsOf> {
  const invalid = (message: string): Either<InvalidQuery, AsOf> => left({ _tag: 'InvalidQuery', message });
  if (typeof asOf !== 'object' || asOf === null || Array.isArray(asOf)) return invalid(`asOf: expected { validTime?, recordedTime? }, got ${JSON.stringify(asOf)}`);
  for (const [name, value] of Object.entries(asOf)) {
    if (!AS_OF_FIELDS.includes(name)) {
      // The command line's words (`knownAt: '2025-05-16'`): said which field they are here.
      const cli = commandLineTime(name);
      return invalid(cli ? `asOf.${name}: unknown field: the command line's ${cli.option} is ${cli.field} here` : `asOf.${name}: unknown field (expected validTime or recordedTime)`);
    }
    if (value !== undefined && typeof value !== 'string') return invalid(`asOf.${name}: expected a date or timestamp as a string, got ${notAString(value)}`);
    if (value !== undefined && !isStatedAt(value)) {
      // A day the calendar lacks says so (February has 28 days), rather than that it is no date at all.
      const problem = calendarProblem(value);
      return invalid(problem !== undefined ? `asOf.${name}: ${problem}` : `asOf.${name}: not a date or timestamp: ${JSON.stringify(value)}${timeZoneHint(value)}`);
    }
  }
  return right(asOf);
}

/** A value that should have been a string, as an error names it: a `Date` (JSON would show it as the string it is not) with the way out. */
function notAString(value: unknown): string {
  if (Object.prototype.toString.call(value) === '[object Date]') return 'a Date (pass date.toISOString())';
  return typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
}

/**
 * A predicate keeping the events visible at a bitemporal point: statements
 * stated and recorded by then, registry events recorded by then.
 *
 * It expects a checked point: check one that comes from outside with
 * {@link checkAsOf}, which returns the error as a value (as `project` does);
 * given a point `checkAsOf` refuses, `visibleAt` throws that error's message
 * as a `RangeError`, a programming error.
 *
 * @throws RangeError when `checkAsOf` refuses the point.
 * @example
 * import { visibleAt } from '@stancelog/core'
 * const known = visibleAt({ recordedTime: '2025-06-01' })
 * assert.ok(known({ type: 'alias-added', recordedAt: '2025-06-01T23:00:00Z' } as any))
 * assert.ok(!known({ type: 'alias-added', recordedAt: '2025-06-02T00:00:00Z' } as any))
 * assert.throws(() => visibleAt({ validTime: 'May' }), RangeError)
 * @category projection
 * @since 0.1.0
 */
export function visibleAt(asOf: AsOf): (event: StoredEvent) => boolean {
  const checked = checkAsOf(asOf);
  if (isLeft(checked)) throw new RangeError(checked.left.message);
  const validEnd = asOf.validTime !== undefined ? endOf(asOf.validTime) : Infinity;
  const recordedEnd = asOf.recordedTime !== undefined ? endOf(asOf.recordedTime) : Infinity;
  // Registry events (actors, issues, offices) are vocabulary, not stances: a
  // hierarchy registered today still applies to what was stated last year,
  // so they are filtered by recorded time only.
  return (event) =>
    startOf(event.recordedAt) < recordedEnd && (event.type !== 'statement-made' || validTimeOf(event) < validEnd);
}

/** Carries a recipe's own error out of the read loop, past the handling of the store's failures. */
class RecipeFailed {
  constructor(readonly cause: unknown) {}
}

/** Runs the reducer's own code (its initial state, its rules settling a batch): what that throws is a bug of the reducer, thrown as is by `project`. */
function reducerCode<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw new RecipeFailed(error);
  }
}

/**
 * The events a projection as of a point counts, for events in memory: those
 * visible then ({@link visibleAt}), without the ones a withdrawal visible
 * then takes back. This is what `project(store, reducer, { asOf })` folds;
 * filtering in the other order would let a withdrawal recorded after the
 * point hide a statement the log still counted then.
 *
 * @throws RangeError when `checkAsOf` refuses the point (check first).
 * @example
 * import { eventWithdrawn, eventsAsOf, openMemoryStore, readAll, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * const made = await store.append([statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'no truce, a blog wrote' } })], { now: new Date('2025-03-14T09:00:00Z') })
 * if (made._tag === 'Left') throw new Error(made.left.message)
 * await store.append([eventWithdrawn(made.right.appended[0]!.id, 'the blog corrected itself')], { now: new Date('2025-04-01T09:00:00Z') })
 * const log = await readAll(store)
 * // Known on 31 March, the statement counted; known today, it does not.
 * const statements = (asOf: object) => eventsAsOf(log, asOf).filter((e) => e.type === 'statement-made').length
 * assert.deepStrictEqual([statements({ recordedTime: '2025-03-31' }), statements({})], [1, 0])
 * @category projection
 * @since 0.1.0
 */
export function eventsAsOf(events: ReadonlyArray<StoredEvent>, asOf: AsOf): StoredEvent[] {
  return withoutWithdrawn(events.filter(visibleAt(asOf)));
}

/** Every withdrawal of the log up to `position` that `shown` keeps, in log order. */
async function readWithdrawals(store: EventStore, shown: (e: StoredEvent) => boolean, position: number): Promise<StoredWithdrawal[]> {
  const found: StoredWithdrawal[] = [];
  for await (const chunk of store.read({ tags: ['withdrawal'] })) {
    for (const e of chunk) {
      // One appended since the first pass belongs to the next projection, as the events it would withdraw are folded up to `position` here.
      if (e.position > position) return found;
      if (isWithdrawal(e) && shown(e)) found.push(e);
    }
  }
  return found;
}

/** How many ids of a snapshot's tail are kept to tell whether its withdrawals withdraw events of the tail only (about 8 MB at most). */
const TAIL_IDS = 100_000;

/** What one pass over the log folded. */
interface Replayed<S> {
  readonly state: S;
  readonly position: number;
  readonly replayed: number;
  /** How many of them the reducer was given (shown, and not withdrawn). */
  readonly counted: number;
  readonly eventId: string | undefined;
}

/**
 * Folds the log from a snapshot (the tail after it) or from the start.
 * From a snapshot, the read starts at the snapshot's own event, which the
 * log must still hold at that position: when it does not (another log, or
 * this one cut back or rewritten), nothing is folded and the answer is
 * undefined. The check costs no extra read.
 */
async function replayFrom<S>(
  store: EventStore,
  reducer: Reducer<S>,
  shown: (e: StoredEvent) => boolean,
  feed: (f: Fold<S>, e: StoredEvent) => void,
  snapshot: (Snapshot<S> & { readonly eventId: string }) | undefined,
  reload: () => Promise<Snapshot<S> | undefined> = async () => undefined,
): Promise<Replayed<S> | undefined> {
  const f = reducerCode(() => fold(reducer, snapshot ? { from: snapshot.state } : {}));
  let position = snapshot?.position ?? 0;
  let eventId = snapshot?.eventId;
  let replayed = 0;
  let counted = 0;
  let unchecked = snapshot !== undefined;
  // Folding stops at the first withdrawal: what it withdraws was folded
  // already (a snapshot included), so the events are then folded again,
  // from the start, without what the withdrawals in force withdraw.
  const withdrawals: StoredWithdrawal[] = [];
  // The ids of a snapshot's tail, while it is short: a withdrawal there of an event of the tail (a correction of a
  // statement appended since) leaves the snapshot's state as it was, and only the tail is folded again.
  let tail: Set<string> | undefined = snapshot ? new Set() : undefined;
  for await (const chunk of store.read({ after: snapshot ? snapshot.position - 1 : 0 })) {
    for (const e of chunk) {
      if (unchecked) {
        // The snapshot's state is mutated by the fold: it is dropped with it, and the caller starts again from nothing.
        if (e.position !== snapshot!.position || e.id !== snapshot!.eventId) return undefined;
        unchecked = false;
        continue;
      }
      replayed++;
      position = e.position;
      eventId = e.id;
      if (tail !== undefined) tail = tail.size < TAIL_IDS ? tail.add(e.id) : undefined;
      if (!shown(e)) continue;
      if (isWithdrawal(e)) withdrawals.push(e);
      else if (withdrawals.length === 0) {
        feed(f, e);
        counted++;
      }
    }
  }
  // A log that ends before the snapshot's position was cut back, or replaced by a shorter one.
  if (unchecked) return undefined;
  if (withdrawals.length > 0 && tail !== undefined && withdrawals.every((w) => tail!.has(w.data.event))) {
    // Each withdraws (or restores) an event of the tail only: the snapshot's state, loaded anew (the fold changed it),
    // still holds, and the tail is folded again without what they withdraw (a withdrawal before the snapshot withdraws
    // nothing of the tail: a withdrawal follows what it withdraws). The fold left is not settled: nothing reads it.
    const again = await reload();
    if (again !== undefined && again.position === snapshot!.position && again.eventId === snapshot!.eventId) {
      return refold(store, reducer, shown, feed, { state: again.state, position: again.position }, position, withdrawalsOf(withdrawals), eventId);
    }
  }
  if (withdrawals.length > 0) {
    // Those before a snapshot were applied when it was made; their fate may have changed since.
    const inForce = withdrawalsOf(snapshot ? await readWithdrawals(store, shown, position) : withdrawals);
    return refold(store, reducer, shown, feed, undefined, position, inForce, eventId);
  }
  return { state: reducerCode(() => f.done()), position, replayed, counted, eventId };
}

/**
 * Folds the log again, from a snapshot's state or from the start, up to
 * `position` (where the first pass stopped: the position returned, and
 * saved with a snapshot, is the state's), without the events `inForce`
 * withdraws. Positions have no gaps, so the limit ends the read there (a
 * read left early costs a PostgreSQL store its connection); the check
 * below still stops it when events of unknown types were skipped.
 */
async function refold<S>(
  store: EventStore,
  reducer: Reducer<S>,
  shown: (e: StoredEvent) => boolean,
  feed: (f: Fold<S>, e: StoredEvent) => void,
  from: { readonly state: S; readonly position: number } | undefined,
  position: number,
  inForce: Withdrawals,
  eventId: string | undefined,
): Promise<Replayed<S>> {
  const f = reducerCode(() => fold(reducer, from ? { from: from.state } : {}));
  const start = from?.position ?? 0;
  let replayed = 0;
  let counted = 0;
  read: for await (const chunk of store.read({ after: start, limit: position - start })) {
    for (const e of chunk) {
      if (e.position > position) break read;
      replayed++;
      if (shown(e) && !isWithdrawn(inForce, e)) {
        feed(f, e);
        counted++;
      }
    }
  }
  return { state: reducerCode(() => f.done()), position, replayed, counted, eventId };
}

/**
 * Replays a store through a reducer, optionally as of a bitemporal point,
 * optionally from a snapshot, without the events the log withdraws (see
 * `withdrawals.ts`: a log with withdrawals is read twice, since what they
 * withdraw comes before them; from a snapshot whose tail's withdrawals
 * take back events of the tail only, the tail alone). A reducer whose own code throws (its initial
 * state, a recipe, a rule's hook) has a bug: its error is thrown (the
 * promise rejects), never taken for a failure of the store. Failures come back as `Left`: an option it
 * does not take, or an `asOf` that {@link checkAsOf} refuses, as `InvalidQuery` (nothing read); a read the
 * store refuses with a {@link StoreReadError}, as the `StoreError` it
 * carries (the built-in stores: `StoreUnavailable` or `InvalidQuery`; a
 * store of your own may carry another, such as `StoreCorrupt`); any other
 * failure of the read as `StoreUnavailable`. It never appends, so never
 * fails with `AppendConflict`, `InvalidEvent` or `StoreLocked`. (The type
 * stays `StoreError`: narrowed, it would refuse the stores of your own their
 * errors, and make a `switch` that names every tag fail to compile.)
 * A reducer that is no reducer (written by hand without a version or a
 * recipe) is refused before anything is read: the promise rejects with a
 * `TypeError` naming what it lacks (see {@link checkReducer}).
 *
 * @example
 * import { openMemoryStore, project, positions, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-04-23', source: { quote: 'a ceasefire first' } })])
 * const r = await project(store, positions(), { asOf: { validTime: '2025-04-22' } })
 * assert.ok(r._tag === 'Right' && r.right.state.byIssue.size === 0)
 * // A misspelt option is refused, not ignored (which would give the state of today).
 * const typo = await project(store, positions(), { asof: { validTime: '2025-04-22' } } as any)
 * assert.ok(typo._tag === 'Left' && typo.left.message === 'project: asof: not an option (the options are asOf, snapshots, snapshotEvery; did you mean asOf?)')
 * @category projection
 * @since 0.1.0
 */
export async function project<S>(
  store: EventStore,
  reducer: Reducer<S>,
  options: ProjectOptions = {},
): Promise<Either<StoreError, Projected<S>>> {
  // A reducer written by hand without a version or a recipe is the program's mistake, refused before anything is read.
  checkReducer(reducer, 'project');
  return projectUntil(store, reducer, options, undefined);
}

/** Ends a replay that its caller no longer waits for, past the handling of the store's failures. */
class ProjectionStopped {}

/**
 * {@link project}, given a signal that ends the replay at the next event it
 * folds once aborted (and saves no snapshot): what `follow` uses, so that
 * its `stop()` does not wait for a replay of the whole log. A stopped
 * projection is a `StoreUnavailable` naming `project`; its caller says why
 * it stopped. With `save` false, it saves no snapshot even when one is due
 * (`snapshotError` then says only why one could not be loaded): `follow`
 * saves its first one once it is ready, so as not to wait for the save.
 *
 * @example
 * import { openMemoryStore, positions, projectUntil, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', source: { quote: 'a ceasefire first' } })])
 * const stop = new AbortController()
 * stop.abort()
 * const r = await projectUntil(store, positions(), {}, stop.signal)
 * assert.ok(r._tag === 'Left' && r.left.message === 'project: stopped before the replay ended (at position 0)')
 * @category projection
 * @since 0.1.0
 * @internal
 */
export async function projectUntil<S>(
  store: EventStore,
  reducer: Reducer<S>,
  options: ProjectOptions | null | undefined,
  stop: AbortSignal | undefined,
  save = true,
): Promise<Either<StoreError, Projected<S>>> {
  // `null` from JavaScript counts as no options, as `undefined` does.
  options ??= {};
  // A misspelt option (`asof`) would give the state of today without a word: refused, named.
  const problem = optionsProblem(options, PROJECT_OPTIONS, 'project: ');
  if (problem !== undefined) {
    // The command line's --known-at written as an option of its own: said where it goes.
    const known = Object.keys(options).find((k) => commandLineTime(k)?.option === '--known-at' && problem.startsWith(`project: ${k}: `));
    return left({ _tag: 'InvalidQuery', message: known === undefined ? problem : `${problem}: the command line's --known-at is asOf: { recordedTime } here` });
  }
  let visible: ((e: StoredEvent) => boolean) | undefined;
  if (options.asOf) {
    const asOf = checkAsOf(options.asOf);
    // Named as project's other options are ("project: asof: not an option").
    if (isLeft(asOf)) return left({ ...asOf.left, message: `project: ${asOf.left.message}` });
    visible = visibleAt(asOf.right);
  }
  const snapshots = visible ? undefined : options.snapshots;
  const shown = visible ?? (() => true);
  // A snapshot only spares work: one that cannot be loaded or saved (a reader
  // whose role may not write the snapshot table) costs a full replay, or the
  // next replay's time, never the projection.
  let snapshotError: StoreError | undefined;
  // A store that keeps snapshots as JSON gives Maps and Sets back as plain objects: started from, the state was
  // broken without a word (or a codec's decode failed on it, naming a field of its own). Such a snapshot is refused
  // as one that cannot be loaded is, the field named, and the log replayed in full. A shape JSON cannot give (a field
  // missing, a Map where an object is now) is the commoner mistake: a reducer whose state changed, its version not.
  const misshapen = (problem: ShapeProblem): StoreError => ({
    _tag: 'StoreUnavailable',
    message: problem.fromJson
      ? `loading the snapshot of ${reducer.name}: ${problem.message}: a snapshot store must keep a state as a structured clone does (v8.serialize, structuredClone), not as JSON, which turns Maps and Sets into plain objects`
      : `loading the snapshot of ${reducer.name}: ${problem.message}: the snapshot was saved by ${reducer.name} version ${JSON.stringify(reducer.version)} when its state had another shape; give the reducer a new version whenever its state changes (snapshots are keyed by its name and version), and its snapshots are then made anew`,
  });
  const loadSnapshot = async (store: SnapshotStore): Promise<Snapshot<S> | undefined> => {
    let kept: Snapshot<unknown> | undefined;
    try {
      kept = await store.load<unknown>(reducer.name, reducer.version);
    } catch (error) {
      snapshotError = unavailable(`loading the snapshot of ${reducer.name}`, error);
      return undefined;
    }
    if (kept === undefined) return undefined;
    const codec = reducer.snapshot;
    let state: S;
    try {
      state = codec === undefined ? (kept.state as S) : codec.decode(kept.state);
    } catch (error) {
      const problem = codec && shapeProblem(reducerCode(() => codec.encode(reducer.initial())), kept.state, "the reducer's encoding of its initial state");
      snapshotError = problem !== undefined ? misshapen(problem) : unavailable(`loading the snapshot of ${reducer.name}`, error);
      return undefined;
    }
    const problem = shapeProblem(reducerCode(() => reducer.initial()), state);
    if (problem !== undefined) {
      snapshotError = misshapen(problem);
      return undefined;
    }
    return { ...kept, state };
  };
  // A recipe that throws is a bug of the reducer, not a failure of the store: it is thrown as it is, below.
  let folded = 0;
  const feed = (f: Fold<S>, e: StoredEvent): void => {
    // Checked at each event, it takes effect at the next chunk: a fold runs a chunk without yielding.
    if (stop?.aborted === true) throw new ProjectionStopped();
    folded = e.position;
    try {
      f.push(e);
    } catch (error) {
      throw new RecipeFailed(error);
    }
  };
  try {
    const loaded = snapshots ? await loadSnapshot(snapshots) : undefined;
    let snapshotIgnored: IgnoredSnapshot | undefined;
    let pass: Replayed<S> | undefined;
    if (loaded !== undefined) {
      if (typeof loaded.eventId !== 'string' || !Number.isSafeInteger(loaded.position) || loaded.position < 1) {
        snapshotIgnored = { position: loaded.position, reason: 'unverifiable' };
      } else {
        pass = await replayFrom(store, reducer, shown, feed, loaded as Snapshot<S> & { eventId: string }, () => loadSnapshot(snapshots!));
        if (pass === undefined) snapshotIgnored = { position: loaded.position, reason: 'other-log' };
      }
    }
    pass ??= await replayFrom(store, reducer, shown, feed, undefined);
    // Stopped after the last event was folded: no snapshot is saved for a caller that no longer waits.
    if (stop?.aborted === true) throw new ProjectionStopped();
    const { state, position, replayed, counted, eventId } = pass!;
    if (save && snapshots && snapshotDue({ position, replayed, eventId, snapshotIgnored }, options.snapshotEvery)) {
      // A load that failed first says more: the save most likely failed for the same reason.
      snapshotError ??= await saveSnapshot(snapshots, reducer, position, eventId, state);
    }
    return right({
      state,
      position,
      replayed,
      // Counted only at a point: without one, a snapshot's events are not read again to count them.
      ...(visible !== undefined ? { counted } : {}),
      ...(eventId !== undefined ? { eventId } : {}),
      ...(snapshotError !== undefined ? { snapshotError } : {}),
      ...(snapshotIgnored !== undefined ? { snapshotIgnored } : {}),
    });
  } catch (error) {
    if (error instanceof RecipeFailed) throw error.cause;
    if (error instanceof ProjectionStopped) return left({ _tag: 'StoreUnavailable', message: `project: stopped before the replay ended (at position ${folded})` });
    // A store that refuses the read says why as a value: pass it on as is.
    return left(error instanceof StoreReadError ? error.error : unavailable('project', error));
  }
}
