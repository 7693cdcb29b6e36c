/**
 * Following a store live: project it once (from a snapshot when there is
 * one), then apply each new event as it is appended, as a dashboard or a
 * long-lived reader does.
 *
 * @since 0.1.0
 */
import { isLeft, left } from './either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import type { StoredEvent } from './envelope.js';
import type { InvalidQuery, StoreError } from './errors.js';
import { StoreReadError } from './event-store.js';
import type { EventStore, Subscription } from './event-store.js';
import { projectUntil } from './project.js';
import type { Projected } from './project.js';
import { checkReducer, fold, stepAll } from './reducer.js';
import type { Reducer } from './reducer.js';
import type { SnapshotStore } from './snapshot.js';
import type { OptionRule } from './store-options.js';
import { SNAPSHOT_OPTIONS, saveSnapshot, snapshotDue, snapshotThreshold } from './snapshot-save.js';
import { optionsProblem } from './store-options.js';
import { isWithdrawal } from './withdrawals.js';

/** How long a projection done again for a withdrawal retries a store that is unavailable (see `follow`). */
const REPROJECT_RETRY_MILLIS = 30_000;

/**
 * Options of {@link follow}.
 * @example
 * import { memorySnapshots } from '@stancelog/core'
 * import type { FollowOptions } from '@stancelog/core'
 * const options: FollowOptions<unknown> = { snapshots: memorySnapshots(), snapshotEvery: 500, onChange: (_state, position) => void position }
 * assert.strictEqual(options.snapshotEvery, 500)
 * @category projection
 * @since 0.1.0
 */
export interface FollowOptions<S> {
  /** Start from a stored snapshot, and save one as the state moves on. */
  readonly snapshots?: SnapshotStore | undefined;
  /**
   * Save a snapshot once this many events were applied since the last
   * (default 1,000), counting the tail a projection replayed from the last
   * snapshot without saving one (a reader restarted often still saves); a function is given the position the state stands at
   * (as {@link project}'s option is) and returns that number,
   * for a threshold that grows with the log.
   * @example
   * import { follow, memorySnapshots, openMemoryStore, registry } from '@stancelog/core'
   * const store = openMemoryStore()
   * const snapshots = memorySnapshots()
   * // A tenth of the log, or 2 events when that is more.
   * const live = follow(store, registry(), { snapshots, snapshotEvery: (head) => Math.max(2, Math.ceil(head / 10)) })
   * await live.ready
   * const settled = () => new Promise((resolve) => setTimeout(resolve, 10))
   * for (const alias of ['Kyiv', 'Kiev']) {
   *   await store.append([{ type: 'alias-added', data: { actor: 'ukraine', alias } }])
   *   await settled()
   * }
   * assert.strictEqual((await snapshots.load('registry', registry().version))?.position, 2) // not at 1
   * await live.stop()
   */
  readonly snapshotEvery?: number | ((head: number) => number) | undefined;
  /** Called with the new state after the first projection and after each delivery of new events, before a snapshot of it is saved (which may take seconds). If it throws, following stops (see `onError`); on the first projection, `ready` rejects with it. */
  readonly onChange?: ((state: S, position: number) => void) | undefined;
  /**
   * Called when following stops on an error: the store's refusal (a
   * `StoreError` value), or what the reducer, `onChange` or the storage
   * threw. Without it, following stops without a word, the state no longer
   * moving: give one, or read {@link LiveProjection.error}, which holds the
   * same error.
   */
  readonly onError?: ((error: unknown) => void) | undefined;
  /**
   * Called when a snapshot could not be loaded or saved (a reader whose role
   * may not write the snapshot table): following goes on, from a full replay
   * or without the snapshot. Without it, nothing is said. The snapshot of
   * the first projection is saved once `ready` resolved, so a failure to
   * save it is told here, then, not through `ready` (a load that failed is
   * told before, and the save's failure then not again). If it throws,
   * following stops (see `onError`), as when `onChange` throws; on a load's
   * failure, `ready` rejects with it.
   */
  readonly onSnapshotError?: ((error: StoreError) => void) | undefined;
}

/**
 * A projection that follows its store. `state` and `position` are those of
 * the latest event applied; each live state is a new frozen object (a
 * reader may keep the previous one). `error` says whether following stopped
 * on an error.
 * @example
 * import { follow, openMemoryStore, positions } from '@stancelog/core'
 * import type { LiveProjection, PositionsState } from '@stancelog/core'
 * const live: LiveProjection<PositionsState> = follow(openMemoryStore(), positions())
 * const ready = await live.ready
 * assert.ok(ready._tag === 'Right' && live.position === 0 && live.state.byIssue.size === 0)
 * assert.strictEqual(live.error, undefined) // following
 * await live.stop()
 * @category projection
 * @since 0.1.0
 */
export interface LiveProjection<S> {
  /** The current state; read it after `ready` resolves. */
  readonly state: S;
  readonly position: number;
  /**
   * Resolves once the log as it stood was projected and following began
   * (the subscription to new events caught up with what was appended
   * meanwhile, `onChange` told of the projection first): the projection,
   * or the store's refusal as a `Left` (then nothing is followed). A store
   * closed during the first projection refuses it, or refuses the
   * subscription after it, a `StoreUnavailable` that names it closed
   * (`subscribe: the store is closed`), or, closed while the
   * subscription's first read runs, ends it and says so (`subscribe: the
   * store was closed`: see {@link Subscription.endedBy}, which a store of
   * one's own may not give): `error` holds it, `onError` is told (a close
   * once `ready` resolved ends following without a word: stop the
   * follower first).
   * A store briefly unavailable then (a PostgreSQL server restarting) is
   * waited for as its subscription retries its reads: it starts once the
   * store is back, and fails only when the subscription gives up. It does
   * not wait for the snapshot of that projection (given `snapshots`, when
   * one is due), which a large state takes most of a second to write: that is saved
   * just after, as following goes on, and its failure told to
   * `onSnapshotError` (the projection's `snapshotError` says only why a
   * snapshot could not be loaded). Rejects with what was thrown when the reducer, or `onChange`
   * or `onSnapshotError` told of that first projection, throws: a bug of the
   * caller's code, not a failure of the store, and following has stopped
   * (`error` holds it, `onError` is told). So a `Right` means it follows:
   * a follower stopped before its first projection ended (a service told to
   * shut down while it starts) gives a `Left`, `StoreUnavailable`
   * (`follow: stopped (stop() was called) before its first projection
   * ended: nothing is followed`), and `onError` is not told (stopping was
   * asked for).
   * @example
   * import { follow, openMemoryStore, positions } from '@stancelog/core'
   * const live = follow(openMemoryStore(), positions(), { onChange: () => { throw new Error('the dashboard is gone') } })
   * // onChange threw on the first projection: not ready, not following.
   * await assert.rejects(live.ready, /the dashboard is gone/)
   * assert.strictEqual((live.error as Error).message, 'the dashboard is gone')
   * await live.stop()
   */
  readonly ready: Promise<Either<StoreError, Projected<S>>>;
  /**
   * The error following stopped on, as `onError` is told it: the store's
   * refusal (a `StoreError` value, the first projection's included), or
   * what the reducer (as a `RecipeError` naming the event, what it threw
   * its `cause`), `onChange` or `onSnapshotError` threw. `undefined`
   * while it follows, and when following ends without an error: by
   * `stop()`, or by its store's `close()` once `ready` resolved (a store
   * closed during the first projection refuses it: that refusal is the
   * error). A reader that polls the state
   * (a dashboard's refresh) can check it, to say the state stopped moving.
   * @example
   * import { follow, openMemoryStore, positions, RecipeError, statementMade } from '@stancelog/core'
   * const store = openMemoryStore()
   * // A reducer with a bug, and no onError given: following stops on the event it throws on.
   * const buggy = { ...positions(), recipe: () => { throw new RangeError('no room for belarus') } }
   * const live = follow(store, buggy)
   * await live.ready
   * const following = live.error
   * assert.strictEqual(following, undefined)
   * await store.append([statementMade({ holder: 'belarus', issue: 'ceasefire', kind: 'demand', polarity: '+', source: { quote: 'talks in Minsk' } })])
   * await new Promise((resolve) => setTimeout(resolve, 10))
   * // Said with the event it read, what the recipe threw as its cause.
   * assert.ok(live.error instanceof RecipeError && live.error.cause instanceof RangeError && live.position === 0)
   * assert.match(live.error.message, /^positions failed on the event at position 1 \(statement-made, id \w+\): no room for belarus$/)
   * await live.stop() // it keeps the error
   * assert.ok(live.error instanceof RecipeError)
   */
  readonly error: unknown;
  /**
   * Resolves `true` once the state holds the event at `position` (`state`
   * and `position` then stand at it or later, `onChange` told): what a
   * service that appends, then answers from the live state, waits for, so
   * that its answer holds what it appended. Resolves `false` when following
   * stops first (`stop()`, an error: see `error`), or never began (`ready`
   * a `Left`, or rejected). A store closed under a follower that was not
   * stopped ends following without a word, and the wait with it only when
   * a delivery was under way: stop the follower before closing its store,
   * as a shutdown does. A position that is none (`-1`, `1.5`, a string)
   * is a mistake of the program: it throws a `RangeError`.
   * @example
   * import { analysis, follow, openMemoryStore, positionList, statementMade } from '@stancelog/core'
   * const store = openMemoryStore()
   * const live = follow(store, analysis())
   * const appended = await store.append([statementMade({ holder: 'dockers-union', issue: 'night-shifts', kind: 'reject', polarity: '-', statedAt: '2026-03-02', source: { quote: 'no more night shifts' } })])
   * assert.ok(appended._tag === 'Right')
   * // Read your own append: wait for its position, not for a guessed time.
   * assert.strictEqual(await live.reached(appended.right.appended[0]!.position), true)
   * assert.deepStrictEqual(positionList(live.state).map((p) => p.holder), ['dockers-union'])
   * await live.stop()
   * assert.strictEqual(await live.reached(2), false) // stopped: it will not get there
   * assert.throws(() => live.reached(-1), RangeError)
   */
  reached(position: number): Promise<boolean>;
  /**
   * Stops following; resolves when no update is running any more, and a
   * snapshot being saved is saved (cut short, it would leave the older one
   * to start from). A projection under way (the first, or one done again
   * for a withdrawal) ends at the next chunk it reads rather than replay the
   * rest of the log, and saves no snapshot. It leaves `error` as it was
   * (but for a throw of `onSnapshotError` told of the failure of the save
   * it waits for, which `onError` is told and `error` holds, as ever).
   * @example
   * import { follow, openMemoryStore, positions, statementMade } from '@stancelog/core'
   * const store = openMemoryStore()
   * await store.append([statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', source: { quote: 'a ceasefire first' } })])
   * // Told to shut down while it starts (a SIGTERM during the first projection).
   * const live = follow(store, positions())
   * await live.stop()
   * const ready = await live.ready
   * assert.ok(ready._tag === 'Left' && ready.left.message === 'follow: stopped (stop() was called) before its first projection ended: nothing is followed')
   * assert.strictEqual(live.error, undefined) // asked for: no error
   */
  stop(): Promise<void>;
}

/**
 * Projects `store` through `reducer` (see {@link project}: withdrawals
 * honoured, from a snapshot when `snapshots` has one), then follows it:
 * each new event is applied as a live update (`step`), and a withdrawal,
 * which a fold cannot undo, projects the log again. Snapshots are saved as
 * it goes, so the next reader starts from one. A projection done again that
 * the store refuses as unavailable (its connection lost a moment after it
 * delivered the withdrawal) is tried again for up to 30 seconds, as a
 * subscription waits for its store, before following stops. `stop()`, or
 * the store's `close()`, ends those retries at once (within one step), and
 * they hold no process open. An option it does not take (a misspelt
 * `onchange`; `asOf`, which a follower moving with the log has none of) is
 * refused before anything is read: `ready` gives it as `InvalidQuery`. When following stops on an error, `onError`
 * is told, and the projection's `error` holds it.
 * A value that is no reducer (written by hand without a version or a
 * recipe) throws a `TypeError` naming what it lacks (see {@link checkReducer}).
 *
 * @example
 * import { eventWithdrawn, follow, openMemoryStore, positions, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * const live = follow(store, positions())
 * await live.ready
 * const r = await store.append([statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'no truce' } })])
 * const settled = () => new Promise((resolve) => setTimeout(resolve, 10))
 * await settled()
 * assert.strictEqual(live.state.byIssue.get('ceasefire')?.get('russia')?.current.polarity, '-')
 * assert.ok(r._tag === 'Right')
 * await store.append([eventWithdrawn(r.right.appended[0]!.id, 'misquoted')])
 * await settled()
 * assert.strictEqual(live.state.byIssue.size, 0)
 * await live.stop()
 * @category projection
 * @since 0.1.0
 */
export function follow<S>(store: EventStore, reducer: Reducer<S>, options: FollowOptions<S> = {}): LiveProjection<S> {
  // A reducer written by hand without a version or a recipe is the program's mistake: thrown, before anything is read.
  checkReducer(reducer, 'follow');
  // A misspelt option (`onchange`, `asOf`, which a follower does not take) would be ignored without a word: refused,
  // named, before anything is read.
  // `null` from JavaScript counts as no options, as `undefined` does.
  options ??= {};
  const problem = optionsProblem(options, FOLLOW_OPTIONS, 'follow: ');
  if (problem !== undefined) return refused(reducer, { _tag: 'InvalidQuery', message: problem }, options.onError);
  const given = options.snapshotEvery;
  const every = (head: number): number => Math.max(1, snapshotThreshold(given, head));
  // The threshold a projection last asked for: with what it replayed, it tells whether that projection saved a snapshot.
  let threshold = Infinity;
  const projectOptions = options.snapshots ? { snapshots: options.snapshots, snapshotEvery: (head: number) => (threshold = every(head)) } : {};
  // A tail a projection replayed without saving it counts towards the next snapshot, as events applied live do: a
  // reader restarted more often than every `snapshotEvery` events would otherwise never save one past the last.
  const unsavedAfter = (projected: Projected<S>): number =>
    projected.snapshotIgnored !== undefined || projected.replayed >= threshold ? 0 : projected.replayed;
  const applyAll = stepAll(reducer);
  let state: S = reducer.initial();
  let position = 0;
  // The id of the event at `position`, saved with a snapshot to tie it to this log.
  let eventId: string | undefined;
  let unsaved = 0;
  let stopped = false;
  let subscription: Subscription | undefined;

  // A projection's state is frozen like the live ones: a reader may keep any state it was given.
  const frozen = (projected: S): S => fold(reducer, { from: projected, freeze: true }).done();

  // A snapshot that failed is news, not a reason to stop; a listener that throws stops following, as onChange's throw does.
  const tellSnapshotError = (error: StoreError): void => options.onSnapshotError?.(error);

  // The saves run one after another, each of the state as it stands when it starts (the first one runs behind the
  // deliveries): two at once could end in the wrong order, an older snapshot put over a newer one. A save's failure
  // is told unless `quiet` (a load that failed was told already: the save most likely failed for the same reason);
  // the promise rejects with what onSnapshotError threw.
  let saving: Promise<unknown> = Promise.resolve();
  const save = (quiet = false): Promise<void> => {
    const saved = saving.then(async () => {
      unsaved = 0;
      // Of the state as it stands now: the arguments are read before the save waits for anything.
      const error = await saveSnapshot(options.snapshots!, reducer, position, eventId, state);
      if (error !== undefined && !quiet) tellSnapshotError(error);
    });
    saving = saved.catch(() => undefined);
    return saved;
  };

  // Aborted by stop(): it cuts short a pause of the retries below.
  const stopping = new AbortController();
  // The error following stopped on, as onError is told it (kept first: a later one is a consequence).
  let failed = false;
  let failure: unknown;
  // The waits of reached(): each resolved once the state stands at its position, or with false once following stops.
  const waits: Array<{ readonly position: number; readonly resolve: (at: boolean) => void }> = [];
  const settleWaits = (following: boolean): void => {
    for (let i = waits.length - 1; i >= 0; i--) {
      const wait = waits[i]!;
      if (!following || wait.position <= position) {
        waits.splice(i, 1);
        wait.resolve(following);
      }
    }
  };
  const fail = (error: unknown): void => {
    if (!failed) {
      failed = true;
      failure = error;
    }
    settleWaits(false);
    options.onError?.(error);
  };

  // A pause of the retries below, cut short by stop() or by the end of the subscription (its store closing).
  const pause = (millis: number, delivery: AbortSignal | undefined): Promise<void> =>
    new Promise<void>((resolve) => {
      const signals = [stopping.signal, delivery].filter((s): s is AbortSignal => s !== undefined);
      const done = (): void => {
        clearTimeout(timer);
        for (const s of signals) s.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, millis);
      // The retries hold no process open: one with nothing else to do exits, as it would with an idle follower.
      (timer as { unref?: () => void }).unref?.();
      for (const s of signals) s.addEventListener('abort', done);
      if (signals.some((s) => s.aborted)) done();
    });

  const projectAgain = async (ended: () => boolean, delivery: AbortSignal | undefined): Promise<void> => {
    // The store delivered the withdrawal, so it was there a moment ago: a store unavailable now (a connection lost
    // with its server restarting, a pool that could not connect in time while this process was busy) is most likely
    // back soon, and the subscription would wait for it. Retried for as long as a PostgreSQL subscription retries its
    // own reads by default; what else the store refuses stops following at once. A closed store refuses with
    // StoreUnavailable too: its close() ends the subscription (aborting `delivery`), which ends the retries.
    const started = Date.now();
    let wait = 50;
    let r = await projectUntil(store, reducer, projectOptions, stopping.signal);
    while (isLeft(r) && r.left._tag === 'StoreUnavailable' && !ended() && Date.now() - started < REPROJECT_RETRY_MILLIS) {
      await pause(wait, delivery);
      wait = Math.min(wait * 2, 1_000);
      if (ended()) break;
      r = await projectUntil(store, reducer, projectOptions, stopping.signal);
    }
    // Stopped, or the subscription ended, meanwhile: nothing more is applied, and nothing is told (as when a store
    // closes under an idle follower).
    if (ended()) return;
    // Thrown, it stops the subscription and reaches onError, as the store's own read failures do.
    if (isLeft(r)) throw new StoreReadError(r.left);
    if (r.right.snapshotError !== undefined) tellSnapshotError(r.right.snapshotError);
    state = frozen(r.right.state);
    position = r.right.position;
    eventId = r.right.eventId;
    unsaved = unsavedAfter(r.right);
  };

  // `delivery` is aborted when the subscription ends (unsubscribed, or its store closed); a store not built on
  // catchUpSubscription may give none.
  const deliver = async (events: ReadonlyArray<StoredEvent>, delivery?: AbortSignal): Promise<void> => {
    const ended = (): boolean => stopped || delivery?.aborted === true;
    const before = position;
    // The events between withdrawals are applied as one batch: nothing reads the states between them (no await comes
    // between), and a batch settles once (a rule deriving its records anew after statements read late does it once).
    let run: StoredEvent[] = [];
    const applyRun = (): void => {
      if (run.length === 0) return;
      state = applyAll(state, run);
      position = run[run.length - 1]!.position;
      eventId = run[run.length - 1]!.id;
      unsaved += run.length;
      run = [];
    };
    for (const e of events) {
      if (ended()) return settleWaits(false);
      // A projection done again for a withdrawal has read past these already.
      if (e.position <= Math.max(position, run[run.length - 1]?.position ?? 0)) continue;
      if (isWithdrawal(e)) {
        applyRun();
        await projectAgain(ended, delivery);
        continue;
      }
      run.push(e);
    }
    if (ended()) return settleWaits(false);
    applyRun();
    if (position === before) return;
    // Told first: a snapshot of a large state takes seconds to write, and the reader should not wait for it.
    options.onChange?.(state, position);
    settleWaits(true);
    if (options.snapshots && unsaved >= every(position)) await save();
  };

  const ready = (async (): Promise<Either<StoreError, Projected<S>>> => {
    let r: Either<StoreError, Projected<S>>;
    try {
      // Its snapshot is saved once it is ready (below): a save of a large state takes a second, which no reader waits for.
      r = await projectUntil(store, reducer, projectOptions, stopping.signal, false);
    } catch (error) {
      // The reducer threw: a bug, not a refusal of the store.
      fail(error);
      throw error;
    }
    // Stopped meanwhile (the replay cut short, or done): asked for, so nothing is told, and it is no Right, which
    // would say that it follows.
    if (stopped) return left(stoppedBeforeReady);
    if (isLeft(r)) {
      fail(r.left);
      return r;
    }
    state = frozen(r.right.state);
    position = r.right.position;
    eventId = r.right.eventId;
    unsaved = unsavedAfter(r.right);
    // The store's refusal of the subscription before it caught up: a store closed during the first projection (after
    // its last read) refuses it at once, and a Right would say that it follows.
    let starting = true;
    let refusal: StoreError | undefined;
    subscription = store.subscribe(deliver, {
      after: position,
      // After stop(), a read cut short by it (a store closing meanwhile) is no news: stopping was asked for.
      onError: (error) => {
        if (stopped) return;
        if (starting && error instanceof StoreReadError) refusal = error.error;
        fail(error instanceof StoreReadError ? error.error : error);
      },
    });
    try {
      if (r.right.snapshotError !== undefined) tellSnapshotError(r.right.snapshotError);
      options.onChange?.(state, position);
    } catch (error) {
      // As a throw from onChange (or onSnapshotError) on a live delivery does: following stops, onError is told. And
      // `ready` rejects, as for a reducer's throw: a follower that stopped is not reported as ready, and the throw is
      // the caller's bug, not a refusal of the store (which a Left would say).
      stopped = true;
      await subscription.unsubscribe();
      fail(error);
      throw error;
    }
    // Following began once the subscription caught up. A store that is closed refuses it on its first read; one that
    // is briefly unavailable (a PostgreSQL server restarting) is waited for, as its subscription retries its reads,
    // and starts as it comes back. stop() cuts the wait short.
    await untilStopped(subscription.caughtUp.catch(() => undefined), stopping.signal);
    starting = false;
    if (stopped) return left(stoppedBeforeReady);
    if (refusal !== undefined) return left(refusal);
    // Closed while the subscription's first read ran (or since it caught up): it ended, said by the store, where its
    // read cut short by the close is no error of an ended subscription. A Right would say that it follows.
    const closed = subscription.endedBy;
    if (closed !== undefined) {
      fail(closed);
      return left(closed);
    }
    if (options.snapshots && snapshotDue(r.right, every)) {
      const loadFailed = r.right.snapshotError !== undefined;
      // The save to come takes the tail replayed (and what is delivered before it runs): none of it counts towards the next.
      unsaved = 0;
      // After a turn of the event loop: the caller's code after `await live.ready` runs first, not the save's encoding.
      const turn = new Promise<void>((resolve) => setTimeout(resolve, 0));
      saving = turn;
      // A throw of onSnapshotError stops following, as on a delivery: onError is told, `error` holds it. Told after
      // stop() too, which waits for this save (told before stop() resolves): a bug of the caller's, not lost.
      save(loadFailed).catch(async (error: unknown) => {
        const following = !stopped;
        stopped = true;
        fail(error);
        if (following) await subscription?.unsubscribe();
      });
    }
    return r;
  })();

  return {
    get state() {
      return state;
    },
    get position() {
      return position;
    },
    get error() {
      return failure;
    },
    ready,
    reached: (at) => {
      checkReached(at);
      return ready.then(
        (r) => {
          if (isLeft(r)) return false;
          if (position >= at) return true;
          if (stopped || failed) return false;
          return new Promise<boolean>((resolve) => waits.push({ position: at, resolve }));
        },
        () => false,
      );
    },
    stop: async () => {
      stopped = true;
      stopping.abort();
      settleWaits(false);
      await ready.catch(() => undefined);
      await subscription?.unsubscribe();
      // A save under way is let end: cut short, it would leave the previous snapshot (or none) to start from.
      await saving;
    },
  };
}

/** What `ready` gives a follower stopped before its first projection ended. */
const stoppedBeforeReady: StoreError = {
  _tag: 'StoreUnavailable',
  message: 'follow: stopped (stop() was called) before its first projection ended: nothing is followed',
};

/** Resolves when `promise` settles or `signal` aborts, whichever comes first, leaving no listener behind. */
function untilStopped(promise: Promise<unknown>, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const done = (): void => {
      signal.removeEventListener('abort', done);
      resolve();
    };
    signal.addEventListener('abort', done);
    void promise.then(done, done);
  });
}

/** A position to wait for that is none is a mistake of the program, not an answer to give: thrown, named. */
function checkReached(at: unknown): void {
  if (typeof at !== 'number' || !Number.isSafeInteger(at) || at < 0) {
    throw new RangeError(`reached: position: expected a position of the log (a whole number, 0 or more, such as an appended event's position), got ${typeof at === 'string' ? JSON.stringify(at) : String(at)}`);
  }
}

const aFunction: OptionRule = { accepts: (v) => typeof v === 'function', expected: 'a function' };
// What `follow` takes: no `asOf` (a follower moves with the log; `project` answers as of a point).
const FOLLOW_OPTIONS: Readonly<Record<string, OptionRule>> = { ...SNAPSHOT_OPTIONS, onChange: aFunction, onError: aFunction, onSnapshotError: aFunction };

/** A follower refused before it read anything: `ready` gives the error, `error` holds it, `onError` is told. */
function refused<S>(reducer: Reducer<S>, error: InvalidQuery, onError: ((error: unknown) => void) | undefined): LiveProjection<S> {
  const state = reducer.initial();
  // Told as a refused projection is told, after the call returns (a listener set up by then hears it).
  const ready = Promise.resolve().then(() => {
    if (typeof onError === 'function') onError(error);
    return left(error) as Either<StoreError, Projected<S>>;
  });
  const reached = (at: number): Promise<boolean> => {
    checkReached(at);
    return ready.then(() => false);
  };
  return { state, position: 0, error, ready, reached, stop: async () => void (await ready.catch(() => undefined)) };
}
