/**
 * Reducer laws, checked with fast-check on generated logs:
 * - `determinism`: two replays of the same events give equal states;
 * - `no-mutation`: a live update (`step`) leaves its input state, and the
 *   event, unchanged;
 * - `live-equals-replay`: live updates (`step` one by one, `stepAll` in two
 *   batches) give the state a replay gives;
 * - `snapshot-plus-tail`: a snapshot (encoded by the reducer's own
 *   `snapshot` codec when it has one, copied as `memorySnapshots` copies it,
 *   with `structuredClone`, and decoded) plus a replay of the tail gives the
 *   full replay;
 * - `wall-clock`: the state does not depend on the time the replay runs;
 * - `equal-time-order` (opt-in): statements with equal valid times may
 *   arrive in any order (registry events are read as they come, so they
 *   keep their order and their places);
 * - `valid-time-order` (opt-in): words read late give the state of words
 *   read in time: the statements of a log, read in any order (after its
 *   registry events), give the state of reading them in the order of their
 *   valid times (`statedAt`).
 *
 * Withdrawals are honoured as `project` and `follow` honour them: every
 * replay leaves out what the log withdraws (the withdrawals in force are
 * folded, as `project` folds them); a live update projects again at a
 * withdrawal, since a fold cannot undo an event, and applies what follows
 * it live; a snapshot is taken after the log's last withdrawal, as one
 * taken before it is set aside. Reordering laws keep each withdrawal after
 * what it withdraws: `equal-time-order` keeps withdrawals in their places,
 * and `valid-time-order` reads them after the statements.
 *
 * A broken law throws a {@link LawViolation} whose message holds the shrunk
 * counter-example as a spec ready to paste into a test file (the reducer
 * written as the `name` option says).
 *
 * @since 0.1.0
 */
import fc from 'fast-check';
import { checkReducer, isWithdrawal, RecipeError, RecipeReturnError, replay, step, stepAll, validTimeOf, withoutWithdrawn } from '@stancelog/core';
import type { NewEvent, Reducer, StoredEvent } from '@stancelog/core';
import { optionsProblem } from '@stancelog/core/store-kit';
import type { OptionRule } from '@stancelog/core/store-kit';
import { arbEvents } from './arbitraries.js';
import { eventsCode, specCode } from './event-code.js';
import { withFakeClock } from './fake-clock.js';
import { SpecAssertionError } from './spec-assertion-error.js';
import { literal } from './show.js';
import { canonical, deepCopy, structuralDiff } from './structural-diff.js';
import { stored } from './stored-log.js';
import { thrownAt } from './thrown-at.js';

/**
 * The laws {@link checkReducerLaws} knows.
 *
 * @example
 * import { checkReducerLaws, LawViolation } from '@stancelog/testing'
 * import type { LawName } from '@stancelog/testing'
 * import { reducer } from '@stancelog/core'
 * // A reducer that reads the clock breaks "wall-clock".
 * const stamped = reducer({ name: 'stamped', version: '1', initial: () => ({ year: 0 }), recipe: (s) => { s.year = new Date().getUTCFullYear() } })
 * const laws: LawName[] = ['wall-clock']
 * assert.throws(() => checkReducerLaws(stamped, { laws }), (e: unknown) => e instanceof LawViolation && e.law === 'wall-clock')
 * @category laws
 * @since 0.1.0
 */
export type LawName = 'determinism' | 'no-mutation' | 'live-equals-replay' | 'snapshot-plus-tail' | 'wall-clock' | 'equal-time-order' | 'valid-time-order';

/**
 * The laws checked by default (`equal-time-order` only when declared,
 * `valid-time-order` only when listed in `laws`).
 *
 * @example
 * import { checkReducerLaws, DEFAULT_LAWS } from '@stancelog/testing'
 * import { reducer } from '@stancelog/core'
 * // A count does not depend on the order of events: declared, `equal-time-order` is checked too.
 * const count = reducer({ name: 'statement-count', version: '1', initial: () => ({ n: 0 }), recipe: (s, e) => { if (e.type === 'statement-made') s.n++ } })
 * const report = checkReducerLaws(count, { orderIndependentAtEqualTime: true, numRuns: 20 })
 * assert.deepStrictEqual(report.laws.map((l) => l.law), [...DEFAULT_LAWS, 'equal-time-order'])
 * @category laws
 * @since 0.1.0
 */
export const DEFAULT_LAWS: ReadonlyArray<LawName> = ['determinism', 'no-mutation', 'live-equals-replay', 'snapshot-plus-tail', 'wall-clock'];

/**
 * Options of {@link checkReducerLaws}.
 *
 * @example
 * import { arbEvents, checkReducerLaws } from '@stancelog/testing'
 * import type { LawOptions } from '@stancelog/testing'
 * import { positionList, positions } from '@stancelog/core'
 * import type { PositionsState } from '@stancelog/core'
 * // Logs of statements only, states compared through the positions users see.
 * const options: LawOptions<PositionsState> = { events: arbEvents({ registry: false }), view: (s) => positionList(s), numRuns: 20 }
 * assert.ok(checkReducerLaws(positions(), options).laws.every((l) => l.runs === 20))
 * @category laws
 * @since 0.1.0
 */
export interface LawOptions<S> {
  /** The logs to try (default {@link arbEvents}`()`); their withdrawals are honoured, as `project` honours them. */
  readonly events?: fc.Arbitrary<ReadonlyArray<NewEvent>> | undefined;
  /** Runs per law (default 100). */
  readonly numRuns?: number | undefined;
  /** Replay a failure: the seed (and path) a violation reports. */
  readonly seed?: number | undefined;
  readonly path?: string | undefined;
  /** Which laws (default {@link DEFAULT_LAWS}, plus `equal-time-order` when declared); `[...DEFAULT_LAWS, 'valid-time-order']` adds the law of words read late. */
  readonly laws?: ReadonlyArray<LawName> | undefined;
  /** The reducer declares that statements with equal valid times commute (registry events keep their order): adds `equal-time-order`. */
  readonly orderIndependentAtEqualTime?: boolean | undefined;
  /** Compare this view of the state instead of the whole state. */
  readonly view?: ((state: S) => unknown) | undefined;
  /** How a snapshot is copied (default: encoded by the reducer's `snapshot` codec if it has one, copied with `structuredClone` as `memorySnapshots` does, decoded). */
  readonly snapshot?: ((state: S) => S) | undefined;
  /**
   * The expression printed specs make the reducer with, as your test file
   * has it: `'withRule'` for a constant, `'pressureIndex({ strict: true })'`
   * for a factory's call with options. Default: a call of a factory named
   * after the reducer (`concession-tracker` -> `concessionTracker()`), as
   * core's reducers and the template's are made; a reducer held in a
   * constant, or an analysis with rules of its own, needs the name given.
   */
  readonly name?: string | undefined;
  /** Two wall-clock times to replay under (default 2001-01-01 and 2038-01-19). */
  readonly clocks?: readonly [string, string] | undefined;
}

const isFunction = (v: unknown): boolean => typeof v === 'function';
const isText = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '';

// Checked before any law runs: a misspelt option (`orderIndependentAtEqualTimes`) would pass unseen and check
// fewer laws than the test asks for, and a list of events given for `events` failed inside fast-check, naming no option.
const LAW_OPTIONS: Readonly<Record<keyof LawOptions<unknown>, OptionRule>> = {
  events: {
    accepts: (v) => typeof v === 'object' && v !== null && isFunction((v as { generate?: unknown }).generate) && isFunction((v as { shrink?: unknown }).shrink),
    expected: 'a fast-check arbitrary of logs (arbEvents({ ... }); for one log of your own, fc.constant([...events]))',
  },
  numRuns: { accepts: (v) => Number.isInteger(v) && (v as number) >= 1, expected: 'a whole number of runs, 1 or more' },
  seed: { accepts: (v) => Number.isInteger(v), expected: 'the whole number a violation reports' },
  path: { accepts: (v) => typeof v === 'string', expected: 'the path a violation reports (a string)' },
  laws: { accepts: Array.isArray, expected: 'a list of law names' },
  orderIndependentAtEqualTime: { accepts: (v) => typeof v === 'boolean', expected: 'true or false' },
  view: { accepts: isFunction, expected: 'a function of the state' },
  snapshot: { accepts: isFunction, expected: 'a function that copies a state' },
  name: { accepts: isText, expected: 'the expression your test makes the reducer with' },
  clocks: { accepts: (v) => Array.isArray(v) && v.length === 2 && v.every((c) => typeof c === 'string'), expected: 'two timestamps' },
};

/** The end of a pasted spec of a state with contradictions: it compiles as pasted, and lists none until you write them. */
const CONTRADICTIONS_TO_FILL_IN = '.thenContradictions([\n    // the contradictions you expect: every one the state holds ({ exhaustive: false } after the list for some)\n  ])';

// The initial state, or none when initial() throws: the laws report that as the reducer's own failure, on their first run.
function initialOrNone<S>(reducer: Reducer<S>): S | undefined {
  try {
    return reducer.initial();
  } catch {
    return undefined;
  }
}

/**
 * What {@link checkReducerLaws} checked.
 *
 * @example
 * import { checkReducerLaws } from '@stancelog/testing'
 * import type { LawReport } from '@stancelog/testing'
 * import { reducer } from '@stancelog/core'
 * const last = reducer({ name: 'last-position', version: '1', initial: () => ({ position: 0 }), recipe: (s, e) => { s.position = e.position } })
 * // The reducer as printed specs name it, and the runs of each law.
 * const report: LawReport = checkReducerLaws(last, { numRuns: 10 })
 * assert.strictEqual(report.reducer, 'lastPosition()')
 * @category laws
 * @since 0.1.0
 */
export interface LawReport {
  readonly reducer: string;
  readonly laws: ReadonlyArray<{ readonly law: LawName; readonly runs: number }>;
}

/**
 * A broken law: which one, the shrunk counter-example as a spec to paste,
 * and the seed and path that replay it.
 *
 * @example
 * import { LawViolation } from '@stancelog/testing'
 * const v = new LawViolation('determinism', 'r', ['two replays differ'], 'ReducerSpec.for(r)', 1, '0')
 * assert.strictEqual(v.law, 'determinism')
 * @category laws
 * @since 0.1.0
 */
export class LawViolation extends SpecAssertionError {
  override readonly name = 'LawViolation';
  constructor(
    readonly law: LawName,
    reducer: string,
    differences: ReadonlyArray<string>,
    readonly counterExample: string,
    readonly seed: number,
    readonly path: string,
    headline = `${reducer} breaks the law "${law}"`,
    pasted = 'ready to paste',
  ) {
    super(`${headline}:`, differences, `Shrunk counter-example (replay it with { seed: ${seed}, path: '${path}' }), ${pasted}:\n\n${counterExample}\n`);
  }
}

/** What a law's predicate throws: the differences, and the spec to print; `pasted` when the recipe threw rather than broke the law, saying how its spec reproduces. */
class Broken extends Error {
  constructor(
    readonly headline: string,
    readonly differences: ReadonlyArray<string>,
    readonly example: string,
    readonly pasted?: string,
  ) {
    super(headline);
  }
}

/**
 * A write into a frozen, non-extensible or read-only object (V8's
 * TypeErrors, immer's error on a frozen Map or Set): immer froze, in an
 * earlier run, state the recipe reaches from outside the state it was given.
 */
function wroteFrozen(error: unknown): boolean {
  if (error instanceof RecipeError) return wroteFrozen(error.cause);
  if (!(error instanceof Error)) return false;
  if (/frozen and should not be mutated|\[Immer\] minified error nr: 2\b/.test(error.message)) return true;
  return error instanceof TypeError && /not extensible|read[- ]only|Cannot (add|assign to|delete|define|redefine) property/.test(error.message);
}

/** Whether core refused a value the recipe returned (it threw nothing). */
function returned(error: unknown): boolean {
  return (error instanceof RecipeError ? error.cause : error) instanceof RecipeReturnError;
}

/** The headline of a recipe that threw, and how its spec reproduces: the log is to blame, unless the throw is a write into state an earlier run froze. */
function threwOn(error: unknown, law: string): { headline: string; pasted: string } {
  // A value returned is refused by core (a RecipeReturnError): the recipe threw nothing.
  if (returned(error)) return { headline: `the recipe returned a value on a valid generated log (found while checking "${law}"; it breaks no law, but a recipe returns nothing)`, pasted: 'ready to paste' };
  if (!wroteFrozen(error)) return { headline: `the recipe threw on a valid generated log (found while checking "${law}"; it breaks no law, the log is one the reducer must read)`, pasted: 'ready to paste' };
  return {
    headline: `the recipe wrote into an object frozen by an earlier run (found while checking "${law}"): it keeps state outside the state, in a module variable, a closure or an object initial() shares, where the laws require each run to own its state`,
    // Frozen by the runs before it, so the log alone may not throw.
    pasted: 'the log it threw on, which may pass pasted alone (the runs before it froze the object)',
  };
}

/** The index of the log's last withdrawal, -1 when it has none. */
/**
 * The differences, each id of a statement of the log they quote followed by
 * what the statement said: the ids of generated events are content hashes,
 * which name nothing the reader can find in the counter-example, where a
 * spec's difference names the statement (holder, kind, polarity, issue).
 */
function namingStatements(differences: ReadonlyArray<string>, log: ReadonlyArray<StoredEvent>): string[] {
  const said = new Map<string, string>();
  for (const e of log) {
    if (e.type !== 'statement-made') continue;
    const d = e.data;
    said.set(literal(e.id), `(${d.holder} ${d.kind} ${d.polarity} ${d.issue}, ${d.statedAt === null ? 'undated' : `stated ${d.statedAt}`})`);
  }
  if (said.size === 0) return [...differences];
  // A quoted string of the diff: `'...'`, escapes and all, as `literal` writes it.
  return differences.map((line) => line.replace(/'(?:[^'\\]|\\.)*'/g, (quoted) => (said.has(quoted) ? `${quoted} ${said.get(quoted)}` : quoted)));
}

function lastWithdrawal(log: ReadonlyArray<StoredEvent>): number {
  for (let i = log.length - 1; i >= 0; i--) if (isWithdrawal(log[i]!)) return i;
  return -1;
}

function camel(name: string): string {
  return name.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''));
}

function messageOf(error: unknown): string {
  // The recipe's own error: the spec printed with it says at which event.
  if (error instanceof RecipeError) return messageOf(error.cause);
  // Core's refusal of a returned value says what happened in its message: its class name adds nothing.
  if (error instanceof RecipeReturnError) return error.message;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** What a recipe threw, and on a line of its own where in one's own code (jest shows only the line of the law's call). */
function threwLines(error: unknown): string[] {
  const where = thrownAt(error);
  return where === undefined ? [messageOf(error)] : [messageOf(error), where];
}

interface LawInput {
  readonly events: ReadonlyArray<NewEvent>;
  readonly cut: number;
  readonly keys: ReadonlyArray<number>;
}

/**
 * Events in their slots, statements of equal valid time reordered by `keys`.
 * Registry events keep their slots: they are read as they come (a second
 * definition of an issue replaces the first), so their order is the log's
 * to say, and no reducer embedding the registry could pass otherwise.
 */
function reorderAtEqualTime(log: ReadonlyArray<StoredEvent>, keys: ReadonlyArray<number>): StoredEvent[] {
  const groups = new Map<number, number[]>();
  log.forEach((e, i) => {
    if (e.type !== 'statement-made') return;
    const t = validTimeOf(e);
    const g = groups.get(t);
    if (g) g.push(i);
    else groups.set(t, [i]);
  });
  const out = [...log];
  for (const slots of groups.values()) {
    const members = [...slots].sort((a, b) => (keys[a] ?? a) - (keys[b] ?? b) || a - b);
    slots.forEach((slot, k) => (out[slot] = log[members[k]!]!));
  }
  return out;
}

/**
 * A log read late and the same log read in time: registry events first, in
 * their order, then the statements, shuffled by `keys` (late) or sorted by
 * valid time (in time), then the withdrawals, in their order (each after
 * what it withdraws, as a store wants it). Statements of equal valid time
 * keep their order in both, so the law asks only about valid time
 * (`equal-time-order` asks the rest).
 */
function readLateAndInTime(given: ReadonlyArray<NewEvent>, keys: ReadonlyArray<number>): { late: NewEvent[]; inTime: NewEvent[] } {
  const log = stored(given);
  const registry = given.filter((e) => e.type !== 'statement-made' && e.type !== 'event-withdrawn');
  const withdrawals = given.filter((e) => e.type === 'event-withdrawn');
  const said = given.map((e, i) => ({ e, i, t: validTimeOf(log[i]!) })).filter(({ e }) => e.type === 'statement-made');
  const inTime = [...said].sort((a, b) => a.t - b.t || a.i - b.i);
  const shuffled = [...said].sort((a, b) => (keys[a.i] ?? a.i) - (keys[b.i] ?? b.i) || a.i - b.i);
  // Refill each valid time's slots with its statements in log order.
  const byTime = new Map<number, NewEvent[]>();
  for (const { e, t } of inTime) byTime.set(t, [...(byTime.get(t) ?? []), e]);
  const late = shuffled.map(({ t }) => byTime.get(t)!.shift()!);
  return { late: [...registry, ...late, ...withdrawals], inTime: [...registry, ...inTime.map(({ e }) => e), ...withdrawals] };
}

/**
 * Checks a reducer's laws on generated logs and throws a
 * {@link LawViolation} for the first law broken, with the shrunk
 * counter-example printed as a `ReducerSpec` to paste. Returns what was
 * checked. Synchronous, so it runs under any test runner.
 *
 * @example
 * import { checkReducerLaws } from '@stancelog/testing'
 * import { positions } from '@stancelog/core'
 * const report = checkReducerLaws(positions(), { numRuns: 5 })
 * assert.strictEqual(report.laws.length, 5)
 * // A reducer written by hand is checked as reducer() checks one: here it lacks a version.
 * const byHand = { name: 'count', initial: () => ({ n: 0 }), recipe: (s: { n: number }) => { s.n++ } }
 * assert.throws(() => checkReducerLaws(byHand as any), { name: 'TypeError', message: 'checkReducerLaws: count: it has no version (a string): build it with reducer() from @stancelog/core, which checks it where it is made' })
 * // A misspelt option is refused, not passed over (it would check fewer laws than asked).
 * assert.throws(() => checkReducerLaws(positions(), { numruns: 5 } as any), { name: 'RangeError', message: /^checkReducerLaws: numruns: not an option \(the options are events, numRuns, / })
 * @category laws
 * @since 0.1.0
 */
export function checkReducerLaws<S>(reducer: Reducer<S>, options: LawOptions<S> = {}): LawReport {
  checkReducer(reducer, 'checkReducerLaws');
  const problem = optionsProblem(options, LAW_OPTIONS);
  if (problem !== undefined) throw new RangeError(`checkReducerLaws: ${problem}`);
  const name = options.name ?? `${camel(reducer.name)}()`;
  const view = options.view ?? ((s: S) => s);
  const codec = reducer.snapshot;
  const copy = options.snapshot ?? (codec ? (s: S) => codec.decode(structuredClone(codec.encode(s))) : (s: S) => structuredClone(s));
  const numRuns = options.numRuns ?? 100;
  const clocks = options.clocks ?? ['2001-01-01T00:00:00Z', '2038-01-19T03:14:07Z'];
  const laws = options.laws ?? [...DEFAULT_LAWS, ...(options.orderIndependentAtEqualTime ? (['equal-time-order'] as const) : [])];
  const known: ReadonlyArray<LawName> = [...DEFAULT_LAWS, 'equal-time-order', 'valid-time-order'];
  const unknown = laws.filter((l) => !known.includes(l));
  if (unknown.length > 0) throw new RangeError(`checkReducerLaws: no law named ${unknown.map((l) => JSON.stringify(l)).join(', ')} (the laws are ${known.join(', ')})`);
  const events = options.events ?? arbEvents();
  // A state with contradictions (an analysis) is specified by them, as docs/testing.md teaches:
  // the pasted spec ends in thenContradictions to fill in, not a thenState that leaves the reader to find them.
  const initial = initialOrNone(reducer);
  const then = typeof initial === 'object' && initial !== null && 'contradictions' in initial ? CONTRADICTIONS_TO_FILL_IN : undefined;
  const spec = (given: ReadonlyArray<NewEvent>, when: ReadonlyArray<NewEvent> = []): string => specCode(name, given, when, then);
  const input: fc.Arbitrary<LawInput> = fc.record({
    events: events as fc.Arbitrary<ReadonlyArray<NewEvent>>,
    cut: fc.nat(),
    keys: fc.array(fc.nat(99), { maxLength: 30 }),
  });

  const compare = (expected: S, actual: S, root: string, log: ReadonlyArray<StoredEvent>): string[] => namingStatements(structuralDiff(view(expected), view(actual), { root }), log);
  // A replay of what the log counts, as `project` folds it: without the events its withdrawals withdraw.
  const full = (log: ReadonlyArray<StoredEvent>, given: ReadonlyArray<NewEvent>, law: string): S => {
    try {
      return replay(reducer, withoutWithdrawn(log));
    } catch (error) {
      const { headline, pasted } = threwOn(error, law);
      throw new Broken(headline, threwLines(error), spec(given), pasted);
    }
  };

  const predicates: Record<LawName, (i: LawInput) => void> = {
    determinism: ({ events: given }) => {
      const log = stored(given);
      const a = full(log, given, 'determinism');
      const b = full(log, given, 'determinism');
      const d = compare(a, b, 'second', log);
      if (d.length) throw new Broken('two replays of the same events give different states (first = expected)', d, spec(given));
    },
    'no-mutation': ({ events: given, cut }) => {
      const log = stored(given);
      if (log.length === 0) return;
      const k = cut % log.length;
      let state = full(log.slice(0, k), given, 'no-mutation');
      const live = step(reducer);
      for (let i = k; i < log.length; i++) {
        // A fold cannot undo an event: at a withdrawal, a live app projects again (as `follow` does).
        if (isWithdrawal(log[i]!)) {
          state = full(log.slice(0, i + 1), given, 'no-mutation');
          continue;
        }
        const before = canonical(state);
        const eventBefore = canonical(log[i]);
        const eventCopy = deepCopy(log[i]);
        const snapshot = deepCopy(state);
        const next = live(state, log[i]!);
        const example = spec(given.slice(0, i), [given[i]!]);
        if (canonical(log[i]) !== eventBefore) throw new Broken(`step changed the event it was given (event ${i + 1}; expected = the event before)`, structuralDiff(eventCopy, log[i], { root: 'event' }), example);
        if (canonical(state) !== before) {
          throw new Broken(`step changed its input state (on event ${i + 1}; expected = the state before)`, structuralDiff(snapshot, state, { root: 'input' }), example);
        }
        state = next;
      }
    },
    'live-equals-replay': ({ events: given, cut }) => {
      const log = stored(given);
      const replayed = full(log, given, 'live-equals-replay');
      // As `follow` applies a log: its last withdrawal projects it again (a fold cannot undo an event), what follows is applied live.
      const from = lastWithdrawal(log) + 1;
      const start = (): S => (from === 0 ? reducer.initial() : full(log.slice(0, from), given, 'live-equals-replay'));
      const live = step(reducer);
      let one: S = start();
      log.slice(from).forEach((e) => (one = live(one, e)));
      let d = compare(replayed, one, 'live', log);
      if (d.length) throw new Broken('step, event by event, disagrees with replay (expected = replay)', d, spec(given));
      const k = from + cut % (log.length - from + 1);
      const batches = stepAll(reducer);
      const two = batches(batches(start(), log.slice(from, k)), log.slice(k));
      d = compare(replayed, two, 'live', log);
      if (d.length) throw new Broken(`stepAll in two batches (split after event ${k}) disagrees with replay (expected = replay)`, d, spec(given.slice(0, k), given.slice(k)));
    },
    'snapshot-plus-tail': ({ events: given, cut }) => {
      const log = stored(given);
      const replayed = full(log, given, 'snapshot-plus-tail');
      // After the last withdrawal: `project` sets aside a snapshot that a withdrawal after it may change, and folds the log anew.
      const from = lastWithdrawal(log) + 1;
      const k = from + cut % (log.length - from + 1);
      let restored: S;
      try {
        const snapshot = copy(replay(reducer, withoutWithdrawn(log.slice(0, k))));
        restored = replay(reducer, log.slice(k), { from: snapshot });
      } catch (error) {
        throw new Broken(`a snapshot after event ${k} cannot be taken or replayed from`, threwLines(error), spec(given));
      }
      const d = compare(replayed, restored, 'restored', log);
      if (d.length) {
        throw new Broken(
          `a snapshot after event ${k} plus the tail gives another state than a full replay (expected = full replay)`,
          d,
          `// snapshot after the first ${k} event(s)\n${spec(given)}`,
        );
      }
    },
    'wall-clock': ({ events: given }) => {
      const log = stored(given);
      const a = withFakeClock(clocks[0], () => full(log, given, 'wall-clock'));
      const b = withFakeClock(clocks[1], () => full(log, given, 'wall-clock'));
      const d = compare(a, b, 'later', log);
      if (d.length) throw new Broken(`replays at ${clocks[0]} and at ${clocks[1]} give different states (expected = the earlier)`, d, spec(given));
    },
    'equal-time-order': ({ events: given, keys }) => {
      const log = stored(given);
      const reordered = reorderAtEqualTime(log, keys);
      if (reordered.every((e, i) => e === log[i])) return;
      const a = full(log, given, 'equal-time-order');
      const b = full(reordered, given, 'equal-time-order');
      const d = compare(a, b, 'reordered', log);
      if (d.length) {
        const byId = new Map(log.map((e, i) => [e, given[i]!]));
        throw new Broken(
          'statements with equal valid times, in another order, give another state (expected = log order)',
          d,
          `${spec(given)}\n\n// the same events in the order that differs (envelopes kept: ids and positions travel with the events):\n// ${eventsCode(reordered.map((e) => byId.get(e)!), '').split('\n').join('\n// ')}\n// positions in that order: ${reordered.map((e) => e.position).join(', ')}`,
        );
      }
    },
    'valid-time-order': ({ events: given, keys }) => {
      const { late, inTime } = readLateAndInTime(given, keys);
      if (late.every((e, i) => e === inTime[i])) return;
      // The log as read, late words and all; the same envelopes (ids and positions travel) read in valid-time order.
      const log = stored(late);
      const envelope = new Map(late.map((e, i) => [e, log[i]!]));
      const a = full(inTime.map((e) => envelope.get(e)!), late, 'valid-time-order');
      const b = full(log, late, 'valid-time-order');
      const d = compare(a, b, 'late', log);
      if (d.length) {
        throw new Broken(
          'the statements read in another order than that of their valid times give another state than read in that order (expected = read in the order of valid times; `late.` = the state as read in the log\'s order, the spec below)',
          d,
          `${spec(late)}\n\n// the same events read in the order of their valid times give the state expected (envelopes kept: ids and positions travel with the events):\n// ${eventsCode(inTime, '').split('\n').join('\n// ')}\n// positions in that order: ${inTime.map((e) => envelope.get(e)!.position).join(', ')}`,
        );
      }
    },
  };

  const report: { law: LawName; runs: number }[] = [];
  for (const law of laws) {
    const details = fc.check(
      fc.property(input, (i) => {
        predicates[law](i);
      }),
      { numRuns, ...(options.seed !== undefined ? { seed: options.seed } : {}), ...(options.path !== undefined ? { path: options.path } : {}) },
    );
    if (details.failed) {
      const error = details.errorInstance;
      const found = `after ${details.numRuns} run(s) and ${details.numShrinks} shrink(s)`;
      if (error instanceof Broken) {
        const headline = error.pasted !== undefined ? `${name}: ${error.headline}, ${found}` : `${name} breaks the law "${law}" ${found}: ${error.headline}`;
        throw new LawViolation(law, name, error.differences, error.example, details.seed, details.counterexamplePath ?? '', headline, error.pasted);
      }
      // Anything else was thrown by the reducer itself (its recipe under step or stepAll): no law is broken.
      const example = details.counterexample ? spec(details.counterexample[0].events) : '(none)';
      const { headline, pasted } = threwOn(error, law);
      throw new LawViolation(law, name, threwLines(error), example, details.seed, details.counterexamplePath ?? '', `${name}: ${headline}, ${found}`, pasted);
    }
    report.push({ law, runs: details.numRuns });
  }
  return { reducer: name, laws: report };
}
