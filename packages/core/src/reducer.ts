/**
 * Reducers: how a state is computed from the log.
 *
 * A reducer is written as an immer recipe, `(draft, event) => void`, that
 * mutates the state it is given. The same recipe serves two ways:
 * - replay runs it on a private mutable state (immer's `produce` per event
 *   is about a hundred times slower on a long log, so it is kept for live
 *   updates), and deep-freezes the result only when asked (`fold`'s
 *   `freeze`): freezing a million entries costs about as much as replaying
 *   them, and the first live update freezes what it returns anyway;
 * - a live update runs it under `produce`, so the previous state is left
 *   untouched and unchanged parts are shared.
 *
 * @since 0.1.0
 */
import { enableMapSet, freeze, produce } from 'immer';
import type { StoredEvent } from './envelope.js';
import type { EventType } from './events.js';
import type { ActorId, IssueId } from './ids.js';
import { describeValue } from './value-description.js';

let mapSetEnabled = false;
function ensureMapSet(): void {
  if (!mapSetEnabled) {
    enableMapSet();
    mapSetEnabled = true;
  }
}

/**
 * A reducer: a name, a version, an initial state and a recipe.
 *
 * Bump `version` whenever the recipe computes something different: stored
 * snapshots of another version are ignored and the state is rebuilt. A
 * reducer made with parameters that change its state puts them in its
 * version, or a snapshot made with other ones is taken for its own.
 *
 * @example
 * import { openMemoryStore, readAll, reducer, replay, statementMade } from '@stancelog/core'
 * const countByIssue = reducer({
 *   name: 'count-by-issue',
 *   version: '1',
 *   initial: () => new Map<string, number>(),
 *   recipe: (counts, event) => {
 *     if (event.type === 'statement-made') counts.set(event.data.issue, (counts.get(event.data.issue) ?? 0) + 1)
 *   },
 * })
 * const store = openMemoryStore()
 * await store.append([statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', source: { quote: 'no pause now' } })])
 * assert.strictEqual(replay(countByIssue, await readAll(store)).get('ceasefire'), 1)
 * @category reducers
 * @since 0.1.0
 */
export interface Reducer<S, E = StoredEvent> {
  readonly name: string;
  readonly version: string;
  /** A fresh state for an empty log (a new object on each call). */
  readonly initial: () => S;
  /**
   * Applies one event to the state, by changing it (an immer draft, or
   * replay's own state); returns nothing (a value returned is refused with
   * a {@link RecipeError} whose `cause` is a {@link RecipeReturnError}:
   * immer would take it as the new state, a replay would lose it). What it
   * throws reaches the caller as a `RecipeError` naming the event, with the
   * error as its `cause`.
   */
  readonly recipe: (draft: S, event: E) => void;
  /**
   * Finishes what the recipe put off (optional): called once the events of
   * a fold (at `done`), a `stepAll` batch or a `step` are applied, before
   * the state is given out. A recipe whose work for an event depends on the
   * events read after it (one read late may undo what it did) can mark the
   * work and do it once for the batch. Mutates the state it is given, as
   * the recipe does.
   */
  readonly settle?: ((draft: S) => void) | undefined;
  /**
   * How the state is written into a snapshot and read back (optional;
   * without it the state is kept as it is): see {@link SnapshotCodec}.
   */
  readonly snapshot?: SnapshotCodec<S> | undefined;
}

/**
 * Turns a reducer's state into what a snapshot keeps, and back. Snapshot
 * stores write states with the structured clone algorithm (node:v8's
 * `serialize`), which keeps a shared object shared but writes a string
 * each time it meets it: a state of many records sharing few strings
 * (dates, names) is best written as columns and a table of those strings.
 * `project` and `liveProjection` encode a state before saving it and decode
 * it once loaded; `decode` also receives states saved before the reducer
 * had a codec (a plain state), and returns them as they are. `encode` must
 * not change the state it is given, which may be frozen.
 *
 * @example
 * import { memorySnapshots, openMemoryStore, project, reducer, statementMade } from '@stancelog/core'
 * import type { SnapshotCodec } from '@stancelog/core'
 * // Issues counted in a Map, kept in the snapshot as an array of pairs.
 * const asPairs: SnapshotCodec<Map<string, number>> = {
 *   encode: (counts) => ({ pairs: [...counts] }),
 *   decode: (kept) => (kept instanceof Map ? kept : new Map((kept as { pairs: Array<[string, number]> }).pairs)),
 * }
 * const counts = reducer({
 *   name: 'count-by-issue', version: '1', initial: () => new Map<string, number>(), snapshot: asPairs,
 *   recipe: (m, e) => { if (e.type === 'statement-made') m.set(e.data.issue, (m.get(e.data.issue) ?? 0) + 1) },
 * })
 * const store = openMemoryStore()
 * await store.append([statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', source: { quote: 'no pause now' } })])
 * const snapshots = memorySnapshots()
 * await project(store, counts, { snapshots, snapshotEvery: 1 })
 * assert.strictEqual(JSON.stringify((await snapshots.load('count-by-issue', '1'))?.state), '{"pairs":[["ceasefire",1]]}')
 * const again = await project(store, counts, { snapshots })
 * assert.ok(again._tag === 'Right' && again.right.replayed === 0 && again.right.state.get('ceasefire') === 1)
 * @category reducers
 * @since 0.1.0
 */
export interface SnapshotCodec<S> {
  /** What the snapshot keeps of a state: any value the structured clone algorithm copies. */
  readonly encode: (state: S) => unknown;
  /** The state again, from what a snapshot kept: encoded, or a plain state saved before the codec existed. */
  readonly decode: (kept: unknown) => S;
}

/**
 * Why `spec` is no reducer, or undefined when it is one: a name (a
 * string not empty, without blanks around it), a version (a string not
 * empty), `initial` and `recipe` functions, and, when given, a `settle`
 * function and a `snapshot` of `encode` and `decode` functions.
 */
function reducerProblem(spec: unknown): string | undefined {
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
    return `it is given ${describeValue(spec)}, not a spec (an object with name, version, initial and recipe)`;
  }
  const r = spec as Record<string, unknown>;
  const not = (field: string, what: string, hint = ''): string =>
    r[field] === undefined ? `it has no ${field} (${what})` : `its ${field} is ${describeValue(r[field])}, not ${what}${hint}`;
  const name = r['name'];
  if (typeof name !== 'string') return not('name', "a string naming what it computes; with its version, it keys the reducer's snapshots");
  if (name.trim() === '') return `its name ${JSON.stringify(name)} is blank: name what it computes (with its version, the name keys the reducer's snapshots)`;
  if (name.trim() !== name) return `its name ${JSON.stringify(name)} has blanks around it: write ${JSON.stringify(name.trim())} (it keys the reducer's snapshots)`;
  // From here on the reducer has a name: messages say which one.
  const named = (problem: string): string => `${name}: ${problem}`;
  const version = r['version'];
  if (typeof version !== 'string') return named(not('version', 'a string', typeof version === 'number' ? ` (write version: '${String(version)}')` : ''));
  if (version.trim() === '') return named(`its version ${JSON.stringify(version)} is blank: write one, such as '1' (and bump it when the recipe computes something new)`);
  if (typeof r['initial'] !== 'function') return named(not('initial', 'a function (its state for an empty log)'));
  if (typeof r['recipe'] !== 'function') return named(not('recipe', 'a function ((draft, event) => void)'));
  if (r['settle'] !== undefined && typeof r['settle'] !== 'function') return named(not('settle', 'a function'));
  const codec = r['snapshot'];
  if (codec !== undefined && (typeof codec !== 'object' || codec === null || typeof (codec as Record<string, unknown>)['encode'] !== 'function' || typeof (codec as Record<string, unknown>)['decode'] !== 'function')) {
    return named(not('snapshot', 'a codec (an object of encode and decode functions)'));
  }
  return undefined;
}

/**
 * Builds a reducer: gives the spec its type, and checks it. A spec that is
 * no reducer (a name empty or with blanks around it, a version that is no
 * string, `initial` or `recipe` not functions) throws a `RangeError`
 * naming the field, as `analysis()` refuses a rule of one's own: a mistake
 * in the program, said where the reducer is made.
 *
 * A reducer's name and version key its snapshots: two reducers of one
 * name and version take each other's snapshots for their own state. A
 * reducer copied to make a variant is given a name of its own, and a
 * recipe changed is given a new version.
 *
 * @example
 * import { reducer } from '@stancelog/core'
 * const last = reducer({ name: 'last-position', version: '1', initial: () => ({ position: 0 }), recipe: (s, e) => { s.position = e.position } })
 * assert.strictEqual(last.name, 'last-position')
 * // From JavaScript, or cast: a spec that is no reducer is refused, naming the field.
 * assert.throws(() => reducer({ ...last, version: 1 } as any), { name: 'RangeError', message: "reducer: last-position: its version is a number (1), not a string (write version: '1')" })
 * assert.throws(() => reducer({ ...last, name: '' }), /^RangeError: reducer: its name "" is blank: name what it computes/)
 * @category reducers
 * @since 0.1.0
 */
export function reducer<S, E = StoredEvent>(spec: Reducer<S, E>): Reducer<S, E> {
  const problem = reducerProblem(spec);
  if (problem !== undefined) throw new RangeError(`reducer: ${problem}`);
  return spec;
}

/**
 * Refuses a value that is no reducer, with a `TypeError` that names what
 * is missing or wrong and says `caller`'s name: what `fold`, `replay`,
 * `step`, `stepAll`, `project` and `follow` do with the reducer they are
 * given, before its first event, and what the testing kit's
 * `ReducerSpec.for` and `checkReducerLaws` do. A reducer written by hand
 * (an object literal, a cast, from JavaScript) is not checked where it is
 * made, as one `reducer()` builds is: without this, one without a recipe
 * failed at its first event as `recipe is not a function`. It is checked
 * once per call, not per event. A caller of its own (a helper taking a
 * reducer) checks it the same way.
 *
 * @example
 * import { checkReducer, reducer } from '@stancelog/core'
 * const count = reducer({ name: 'count', version: '1', initial: () => ({ n: 0 }), recipe: (s) => { s.n++ } })
 * checkReducer(count, 'myReport') // a reducer: nothing to say
 * assert.throws(() => checkReducer({ name: 'count', initial: () => ({ n: 0 }) }, 'myReport'), {
 *   name: 'TypeError',
 *   message: 'myReport: count: it has no version (a string): build it with reducer() from @stancelog/core, which checks it where it is made',
 * })
 * @category reducers
 * @since 0.1.0
 */
export function checkReducer(value: unknown, caller: string): void {
  const problem = reducerProblem(value);
  if (problem !== undefined) throw new TypeError(`${caller}: ${problem}: build it with reducer() from @stancelog/core, which checks it where it is made`);
}

/**
 * Options of a fold.
 * @example
 * import { reducer, replay } from '@stancelog/core'
 * import type { StoredEvent } from '@stancelog/core'
 * const count = reducer({ name: 'count', version: '1', initial: () => ({ n: 0 }), recipe: (s) => { s.n++ } })
 * const saved = { n: 10 }
 * const state = replay(count, [{} as StoredEvent], { from: saved })
 * assert.strictEqual(state.n, 11)
 * assert.strictEqual(state, saved) // `from` is mutated in place, not copied
 * @category reducers
 * @since 0.1.0
 */
export interface FoldOptions<S> {
  /**
   * Start from this state instead of `initial()`. It is mutated: it must be
   * a state of replay's own, not one that `step` or `stepAll` returned or
   * was given (immer freezes what a step returns, and the parts it shares
   * with the state it was given); continue those with `stepAll`.
   */
  readonly from?: S | undefined;
  /** Deep-freeze the state when done (default false: see the module's notes). */
  readonly freeze?: boolean | undefined;
}

/**
 * A fold in progress: feed it events, then read the state.
 * @example
 * import { fold, openMemoryStore, registry } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }])
 * const f = fold(registry())
 * for await (const chunk of store.read()) f.pushAll(chunk)
 * assert.ok(f.done().actors.has('ukraine'))
 * assert.throws(() => f.pushAll([]), /fold of registry is done/)
 * @category reducers
 * @since 0.1.0
 */
export interface Fold<S, E = StoredEvent> {
  /** Applies the recipe to one event; throws once the fold is done. */
  push(event: E): void;
  /** Applies the recipe to each event in turn; throws once the fold is done. */
  pushAll(events: Iterable<E>): void;
  /** Returns the state (frozen if asked); the fold cannot be fed afterwards. */
  done(): S;
}

/**
 * Starts a mutable fold: the recipe runs directly on a private state, with
 * no copy per event. Use it to replay a log.
 *
 * @example
 * import { fold, reducer } from '@stancelog/core'
 * const f = fold(reducer({ name: 'n', version: '1', initial: () => ({ n: 0 }), recipe: (s) => { s.n++ } }), { freeze: true })
 * f.push({} as any); f.push({} as any)
 * const state = f.done()
 * assert.strictEqual(state.n, 2)
 * assert.ok(Object.isFrozen(state))
 * @category reducers
 * @since 0.1.0
 */
export function fold<S, E = StoredEvent>(r: Reducer<S, E>, options: FoldOptions<S> = {}): Fold<S, E> {
  checkReducer(r, 'fold');
  const state = options.from ?? r.initial();
  let finished = false;
  const settle = r.settle;
  // A frozen part of `from` makes the recipe throw, in immer's words or the engine's: say what happened, and what to do.
  const frozenFrom = (error: unknown, event: E): unknown =>
    options.from !== undefined && error instanceof Error && /frozen|read.only|not extensible/i.test(error.message)
      ? new Error(
          `fold of ${r.name}: the state given as \`from\` is frozen, at least in part (a state that step or stepAll returned, or gave parts to): a fold mutates its state; continue such a state with stepAll instead (${error.message})`,
          { cause: error },
        )
      : failedAt(r.name, event, error);
  // Caught per event, to name the event a recipe threw on: a try that throws nothing costs nothing in the loop.
  const pushOne = (event: E): void => {
    try {
      applyRecipe(r, state, event);
    } catch (error) {
      throw frozenFrom(error, event);
    }
  };
  return {
    push(event) {
      if (finished) throw new Error(`fold of ${r.name} is done`);
      pushOne(event);
    },
    pushAll(events) {
      if (finished) throw new Error(`fold of ${r.name} is done`);
      // An array (a store's page, most often) is read by index: its iterator's result objects, one an event, escape
      // the loop's try and were a tenth of a replay's garbage.
      if (Array.isArray(events)) for (let i = 0; i < events.length; i++) pushOne(events[i] as E);
      else for (const e of events) pushOne(e);
    },
    done() {
      finished = true;
      // Nothing reads a fold's state before it is done: what the recipe put off is done once, here.
      settle?.(state);
      if (options.freeze) {
        ensureMapSet();
        return freeze(state, true);
      }
      return state;
    },
  };
}

/** Runs a recipe on one event, refusing what it returns (see {@link returnedValue}). */
function applyRecipe<S, E>(r: Pick<Reducer<S, E>, 'name' | 'recipe'>, state: S, event: E): void {
  const out = r.recipe(state, event) as unknown;
  if (out !== undefined) throw returnedValue(r.name, out);
}

/**
 * A recipe's returned value, refused: immer's `produce` would take it as the
 * new state, where a fold runs the recipe on its own state and would lose it.
 */
function returnedValue(name: string, value: unknown): RecipeReturnError {
  const what = Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
  return new RecipeReturnError(
    `the recipe of ${name} returned ${what}: a recipe changes the draft it is given and returns nothing (what it returns is not taken as the new state: write its fields into the draft)`,
  );
}

/**
 * An error a recipe threw, said with the reducer and the event it was
 * reading (its position, id and type, when it is a stored event), the
 * recipe's own error as its cause: a log of a million events fails at one.
 */
function failedAt<E>(name: string, event: E, error: unknown): unknown {
  if (error instanceof RecipeError) return error;
  const e = event as Partial<Pick<StoredEvent, 'position' | 'id' | 'type'>> | undefined;
  const stored = e !== null && typeof e === 'object' && typeof e.position === 'number';
  const where = stored ? ` at position ${e.position} (${e.type}, id ${e.id})` : '';
  const message = error instanceof Error ? error.message : String(error);
  return new RecipeError(`${name} failed on the event${where}: ${message}`, { cause: error, ...(stored ? { event: { position: e.position!, id: String(e.id), type: String(e.type) } } : {}) });
}

/**
 * What core throws, as a {@link RecipeError}'s `cause`, when a recipe returns
 * a value (a mistake in the program, so a `TypeError`): the recipe threw
 * nothing, and a report (a spec's, a law's) can say that it returned one.
 *
 * @example
 * import { RecipeError, RecipeReturnError, reducer, replay } from '@stancelog/core'
 * const counts = reducer({ name: 'counts', version: '1', initial: () => ({ n: 0 }), recipe: (s) => ({ n: s.n + 1 }) as unknown as void })
 * assert.throws(
 *   () => replay(counts, [{ position: 1, id: 'e1', type: 'alias-added' }] as any[]),
 *   (e: unknown) => e instanceof RecipeError && e.cause instanceof RecipeReturnError && e.cause instanceof TypeError && e.cause.message.startsWith('the recipe of counts returned an object'),
 * )
 * @category reducers
 * @since 0.1.0
 */
export class RecipeReturnError extends TypeError {
  override readonly name = 'RecipeReturnError';
}

/**
 * What a fold, `step` or `stepAll` throws when a recipe throws (or returns
 * a value: its `cause` is then a {@link RecipeReturnError}): the reducer
 * and the event it was reading, the recipe's error as `cause`, and that
 * event's log position, id and type as `event` when it is a stored event
 * (for a caller that words the failure itself, as the CLI does a rule's).
 *
 * @example
 * import { RecipeError, reducer, replay } from '@stancelog/core'
 * const picky = reducer({ name: 'picky', version: '1', initial: () => ({ n: 0 }), recipe: (s, e) => { if (e.position === 2) throw new Error('no second event'); s.n++ } })
 * const events = [1, 2, 3].map((position) => ({ position, id: `e${position}`, type: 'alias-added' }) as any)
 * assert.throws(() => replay(picky, events), (e: unknown) => e instanceof RecipeError && e.message === 'picky failed on the event at position 2 (alias-added, id e2): no second event' && (e.cause as Error).message === 'no second event')
 * assert.throws(() => replay(picky, events), { event: { position: 2, id: 'e2', type: 'alias-added' } })
 * @category reducers
 * @since 0.1.0
 */
export class RecipeError extends Error {
  override readonly name = 'RecipeError';
  /** The stored event the recipe was reading: its own log position, id and type (undefined for another value). */
  readonly event: { readonly position: number; readonly id: string; readonly type: string } | undefined;

  constructor(message: string, options?: ErrorOptions & { event?: { readonly position: number; readonly id: string; readonly type: string } | undefined }) {
    super(message, options);
    this.event = options?.event;
  }
}

/**
 * Replays events into a fresh state (or `options.from`) and returns it.
 * Every event given counts: an event withdrawn later in the log (an
 * `event-withdrawn`) is counted all the same, where `project` leaves it out.
 * Replay a log read whole through `withoutWithdrawn` (or `eventsAsOf`) to
 * do as `project` does.
 * A value that is no reducer (written by hand without a version or a
 * recipe) throws a `TypeError` naming what it lacks, before any event is
 * read (see {@link checkReducer}).
 *
 * @example
 * import { replay, reducer } from '@stancelog/core'
 * const r = reducer({ name: 'n', version: '1', initial: () => ({ n: 0 }), recipe: (s) => { s.n++ } })
 * assert.strictEqual(replay(r, [{}, {}, {}] as any[]).n, 3)
 * @category reducers
 * @since 0.1.0
 */
export function replay<S, E = StoredEvent>(r: Reducer<S, E>, events: Iterable<E>, options: FoldOptions<S> = {}): S {
  // Named as replay's, before the fold's own check.
  checkReducer(r, 'replay');
  const f = fold(r, options);
  f.pushAll(events);
  return f.done();
}

/**
 * The reducer as a pure `(state, event) => state` function, under immer's
 * `produce`: the input state's contents are never changed, and the new state
 * shares its unchanged parts. As with `replay`, a withdrawal is one more
 * event to the recipe: it takes back nothing already stepped (`follow` does
 * the projection again for one). Like any state immer returns, the new state is
 * frozen, shared parts included: once given to `step`, a state is read, or
 * stepped again, but no longer a fold's `from`.
 *
 * @example
 * import { step, reducer } from '@stancelog/core'
 * const r = reducer({ name: 'n', version: '1', initial: () => ({ n: 0 }), recipe: (s) => { s.n++ } })
 * const s0 = r.initial()
 * const s1 = step(r)(s0, {} as any)
 * assert.strictEqual(s0.n, 0)
 * assert.strictEqual(s1.n, 1)
 * @category reducers
 * @since 0.1.0
 */
export function step<S, E = StoredEvent>(r: Reducer<S, E>): (state: S, event: E) => S {
  // Once, where the step is made: not again at each event it applies.
  checkReducer(r, 'step');
  ensureMapSet();
  return (state, event) =>
    produce(state, (draft: S) => {
      try {
        applyRecipe(r, draft, event);
      } catch (error) {
        throw failedAt(r.name, event, error);
      }
      r.settle?.(draft);
    }) as S;
}

/**
 * Applies a batch of events under one `produce`: cheaper than one per event,
 * and the previous state is still left untouched.
 *
 * @example
 * import { stepAll, reducer } from '@stancelog/core'
 * const r = reducer({ name: 'n', version: '1', initial: () => ({ n: 0 }), recipe: (s) => { s.n++ } })
 * assert.strictEqual(stepAll(r)(r.initial(), [{}, {}] as any[]).n, 2)
 * @category reducers
 * @since 0.1.0
 */
export function stepAll<S, E = StoredEvent>(r: Reducer<S, E>): (state: S, events: Iterable<E>) => S {
  checkReducer(r, 'stepAll');
  ensureMapSet();
  return (state, events) =>
    produce(state, (draft: S) => {
      for (const e of events) {
        try {
          applyRecipe(r, draft, e);
        } catch (error) {
          throw failedAt(r.name, e, error);
        }
      }
      r.settle?.(draft);
    }) as S;
}

/**
 * The state of each reducer of a record.
 *
 * @example
 * import { combine, reducer, registry } from '@stancelog/core'
 * import type { StatesOf } from '@stancelog/core'
 * const parts = { registry: registry(), count: reducer({ name: 'count', version: '1', initial: () => ({ n: 0 }), recipe: (s) => { s.n++ } }) }
 * const initial: StatesOf<typeof parts> = combine(parts).initial()
 * assert.strictEqual(initial.count.n, 0)
 * assert.strictEqual(initial.registry.actors.size, 0)
 * @category reducers
 * @since 0.1.0
 */
export type StatesOf<R extends Record<string, Reducer<any, any>>> = { [K in keyof R]: R[K] extends Reducer<infer S, any> ? S : never };

/**
 * Runs several reducers side by side, each on its own part of one state.
 * Each part is checked as {@link reducer} checks a spec, and one that is
 * no reducer throws a `RangeError` naming the part.
 *
 * @example
 * import { combine, reducer, replay } from '@stancelog/core'
 * const count = reducer({ name: 'count', version: '1', initial: () => ({ n: 0 }), recipe: (s) => { s.n++ } })
 * const last = reducer({ name: 'last', version: '1', initial: () => ({ p: 0 }), recipe: (s, e: any) => { s.p = e.position } })
 * const both = combine({ count, last })
 * assert.deepStrictEqual(replay(both, [{ position: 7 }] as any[]), { count: { n: 1 }, last: { p: 7 } })
 * assert.throws(() => combine({ count, last: { ...last, version: 2 } as any }), { message: "combine: its part last is no reducer: last: its version is a number (2), not a string (write version: '2')" })
 * @category combinators
 * @since 0.1.0
 */
export function combine<R extends Record<string, Reducer<any, E>>, E = StoredEvent>(reducers: R): Reducer<StatesOf<R>, E> {
  if (typeof reducers !== 'object' || reducers === null || Array.isArray(reducers)) {
    throw new RangeError(`combine: it is given ${describeValue(reducers)}, not an object of reducers by the name of their part of the state ({ positions: positions(), mine })`);
  }
  const entries = Object.entries(reducers);
  if (entries.length === 0) throw new RangeError('combine: it is given no reducer: give an object of reducers by the name of their part of the state ({ positions: positions(), mine })');
  // Checked as reducer() checks a spec: a part not made with it (a plain object, a spread copy) would otherwise fail at its
  // first event, or keep snapshots under a blank name.
  for (const [key, r] of entries) {
    const problem = reducerProblem(r);
    if (problem !== undefined) throw new RangeError(`combine: its part ${key} is no reducer: ${problem}`);
  }
  const settling = entries.filter(([, r]) => r.settle !== undefined);
  const coded = entries.filter(([, r]) => r.snapshot !== undefined);
  return {
    name: `combine(${entries.map(([k, r]) => `${k}:${r.name}`).join(',')})`,
    version: entries.map(([, r]) => r.version).join('+'),
    initial: () => {
      const s: Record<string, unknown> = {};
      for (const [k, r] of entries) s[k] = r.initial();
      return s as StatesOf<R>;
    },
    recipe: (draft, event) => {
      const d = draft as Record<string, unknown>;
      for (const [k, r] of entries) applyRecipe(r, d[k], event);
    },
    ...(settling.length === 0
      ? {}
      : {
          settle: (draft: StatesOf<R>) => {
            const d = draft as Record<string, unknown>;
            for (const [k, r] of settling) r.settle!(d[k]);
          },
        }),
    // Each part kept as its own reducer keeps it.
    ...(coded.length === 0
      ? {}
      : {
          snapshot: {
            encode: (state: StatesOf<R>) => {
              const kept: Record<string, unknown> = { ...state };
              for (const [k, r] of coded) kept[k] = r.snapshot!.encode((state as Record<string, unknown>)[k]);
              return kept;
            },
            decode: (kept: unknown) => {
              const state: Record<string, unknown> = { ...(kept as Record<string, unknown>) };
              for (const [k, r] of coded) state[k] = r.snapshot!.decode(state[k]);
              return state as StatesOf<R>;
            },
          },
        }),
  };
}

/**
 * Keeps only the events a predicate accepts (data-last, for `pipe`).
 *
 * `label` names what the predicate keeps. It becomes part of the reducer's
 * name (`label(name)`), which is what snapshots are kept under: two filters
 * of one reducer need two labels, or the snapshot of one would be taken for
 * the other's state. Nothing can tell two predicates apart (two closures of
 * one function, say), so the label is required. The reducer it is given
 * is checked as {@link reducer} checks a spec.
 *
 * @example
 * import { filter, reducer, replay } from '@stancelog/core'
 * import { pipe } from 'fp-ts/lib/function.js'
 * const count = reducer({ name: 'count', version: '1', initial: () => ({ n: 0 }), recipe: (s) => { s.n++ } })
 * const statementsOnly = pipe(count, filter((e: any) => e.type === 'statement-made', 'statements'))
 * assert.strictEqual(statementsOnly.name, 'statements(count)')
 * assert.strictEqual(replay(statementsOnly, [{ type: 'statement-made' }, { type: 'alias-added' }] as any[]).n, 1)
 * assert.throws(() => pipe({ ...count, name: '' }, filter(() => true, 'all')), /^RangeError: filter all: the reducer it is given is no reducer: its name "" is blank/)
 * @category combinators
 * @since 0.1.0
 */
export function filter<E>(predicate: (event: E) => boolean, label: string): <S>(r: Reducer<S, E>) => Reducer<S, E> {
  if (typeof label !== 'string' || label.trim() === '') throw new TypeError('filter: give a label naming what the predicate keeps (it keys the snapshots of the filtered reducer)');
  if (typeof predicate !== 'function') throw new TypeError(`filter ${label}: its predicate is ${describeValue(predicate)}, not a function of an event that says whether to keep it`);
  return (r) => {
    // Checked as reducer() checks a spec: the filtered reducer takes its name and version.
    const problem = reducerProblem(r);
    if (problem !== undefined) throw new RangeError(`filter ${label}: the reducer it is given is no reducer: ${problem}`);
    return filtered(r, predicate, label);
  };
}

/** `r` on the events `predicate` keeps, named `label(name)`. */
function filtered<S, E>(r: Reducer<S, E>, predicate: (event: E) => boolean, label: string): Reducer<S, E> {
  return {
    name: `${label}(${r.name})`,
    version: r.version,
    initial: r.initial,
    recipe: (draft, event) => {
      if (predicate(event)) applyRecipe(r, draft, event);
    },
    ...(r.settle === undefined ? {} : { settle: r.settle }),
    ...(r.snapshot === undefined ? {} : { snapshot: r.snapshot }),
  };
}

/**
 * Keeps only the events of some types.
 *
 * @example
 * import { ofType, reducer, replay } from '@stancelog/core'
 * const count = reducer({ name: 'count', version: '1', initial: () => ({ n: 0 }), recipe: (s) => { s.n++ } })
 * assert.strictEqual(replay(ofType('issue-defined')(count), [{ type: 'issue-defined' }, { type: 'alias-added' }] as any[]).n, 1)
 * @category combinators
 * @since 0.1.0
 */
export function ofType(...types: ReadonlyArray<EventType>): <S>(r: Reducer<S, StoredEvent>) => Reducer<S, StoredEvent> {
  const set = new Set<string>(types);
  return filter((e: StoredEvent) => set.has(e.type), `ofType(${types.join(',')})`);
}

/**
 * The part of the negotiation a scoped reducer sees.
 * @example
 * import { openMemoryStore, project, reducer, scope, statementMade } from '@stancelog/core'
 * import type { Scope } from '@stancelog/core'
 * const russia: Scope = { holders: ['russia'] }
 * const count = reducer({ name: 'count', version: '1', initial: () => ({ n: 0 }), recipe: (s) => { s.n++ } })
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', source: { quote: 'not before talks' } }),
 *   statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', source: { quote: 'a ceasefire first' } }),
 *   { type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } },
 * ])
 * const r = await project(store, scope(russia)(count))
 * assert.ok(r._tag === 'Right' && r.right.state.n === 2) // Russia's statement, and the registry event
 * @category combinators
 * @since 0.1.0
 */
export interface Scope {
  readonly holders?: ReadonlyArray<ActorId | string> | undefined;
  readonly issues?: ReadonlyArray<IssueId | string> | undefined;
}

/**
 * Restricts a reducer to the statements of some holders and/or on some
 * issues (registry events always pass, so names still resolve).
 *
 * @example
 * import { scope, reducer, replay } from '@stancelog/core'
 * const count = reducer({ name: 'count', version: '1', initial: () => ({ n: 0 }), recipe: (s) => { s.n++ } })
 * const onCeasefire = scope({ issues: ['ceasefire'] })(count)
 * const events = [
 *   { type: 'statement-made', data: { holder: 'ukraine', issue: 'ceasefire' } },
 *   { type: 'statement-made', data: { holder: 'ukraine', issue: 'sanctions' } },
 * ] as any[]
 * assert.strictEqual(replay(onCeasefire, events).n, 1)
 * @category combinators
 * @since 0.1.0
 */
export function scope(s: Scope): <S>(r: Reducer<S, StoredEvent>) => Reducer<S, StoredEvent> {
  const holders = s.holders ? new Set<string>(s.holders) : undefined;
  const issues = s.issues ? new Set<string>(s.issues) : undefined;
  const label = `scope(${[...(holders ?? [])].join(',')}|${[...(issues ?? [])].join(',')})`;
  return filter((e: StoredEvent) => {
    if (e.type !== 'statement-made') return true;
    return (!holders || holders.has(e.data.holder)) && (!issues || issues.has(e.data.issue));
  }, label);
}
