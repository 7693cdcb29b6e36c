/**
 * Given / when / then specifications of reducers.
 *
 * `given` events are replayed; `when` events are then applied as a live
 * update (`step`, under immer), and the result is checked against a full
 * replay of all the events as well. Withdrawals are honoured as `project`
 * does: replays leave out what they withdraw, and a withdrawal among the
 * `when` events is applied as a live app must, by replaying again, so a reducer whose live update and
 * replay disagree fails its specs, as does a recipe that changes an event
 * it reads. Assertions throw
 * {@link SpecAssertionError}, so specs run under any test runner.
 *
 * @since 0.1.0
 */
import { isLeft } from 'fp-ts/lib/Either.js';
import { checkAsOf, checkReducer, eventsAsOf, fold, isWithdrawal, positions, RecipeError, RecipeReturnError, replay, step, withoutWithdrawn } from '@stancelog/core';
import type { AnalysisState, AsOf, PositionsState, Reducer, StoredEvent } from '@stancelog/core';
import { describeValue, optionsProblem } from '@stancelog/core/store-kit';
import type { OptionRule } from '@stancelog/core/store-kit';
import { eventCode } from './event-code.js';
import { literal } from './show.js';
import { contradictionDiff, positionDiff } from './expectations.js';
import type { CompareOptions, ExpectedContradiction, ExpectedPosition, WithContradictions, WithPositions } from './expectations.js';
import { CLASH_HINT, InvalidTestEvent, PositionClash, orphanWithdrawal } from './log-checks.js';
import { SpecAssertionError } from './spec-assertion-error.js';
import { canonical, deepCopy, structuralDiff } from './structural-diff.js';
import { stored } from './stored-log.js';
import type { TestEvent } from './stored-log.js';
import { thrownAt, thrownInOurs } from './thrown-at.js';
import { isMap } from './realm-tags.js';

/**
 * What a `thenError` expects: a part of the message, a pattern, or an error class.
 *
 * @example
 * import { ReducerSpec, statement } from '@stancelog/testing'
 * import type { ExpectedError } from '@stancelog/testing'
 * import { reducer } from '@stancelog/core'
 * const dated = reducer({ name: 'dated', version: '1', initial: () => ({ n: 0 }), recipe: (s, e) => { if (e.type === 'statement-made' && e.data.statedAt === undefined) throw new RangeError(`${e.id} is undated`); s.n++ } })
 * const spec = ReducerSpec.for(dated).when(statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: null }))
 * // A class, a part of the message, a pattern: each is met.
 * const forms: ExpectedError[] = [RangeError, 'is undated', /undated$/]
 * for (const expected of forms) spec.thenError(expected)
 * assert.throws(() => spec.thenError(TypeError), /expected an instance of TypeError/)
 * @category specs
 * @since 0.1.0
 */
export type ExpectedError = string | RegExp | (abstract new (...args: any[]) => Error);

/** Where a recipe threw: among the given events or the when events. */
type Stage = 'given' | 'when';
type Outcome<S> = { readonly ok: true; readonly state: S } | { readonly ok: false; readonly error: unknown; readonly at: string; readonly stage: Stage };

/**
 * Options of {@link ReducerSpec.for}.
 *
 * @example
 * import { ReducerSpec, statement } from '@stancelog/testing'
 * import type { SpecOptions } from '@stancelog/testing'
 * import { analysis } from '@stancelog/core'
 * // An analysis with rules of its own has a long name: messages use the one given.
 * const options: SpecOptions = { name: 'withRule' }
 * const spec = ReducerSpec.for(analysis({ reportWindowDays: 7 }), options).given([statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })])
 * assert.throws(() => spec.thenPositions([]), /withRule: positions differ/)
 * @category specs
 * @since 0.1.0
 */
export interface SpecOptions {
  /** How messages name the reducer (default: its `name`). */
  readonly name?: string | undefined;
}

// A misspelt option (`nmae`) would leave messages naming the reducer otherwise than the test asked.
const SPEC_OPTIONS: Readonly<Record<keyof SpecOptions, OptionRule>> = {
  name: { accepts: (v) => typeof v === 'string' && v.trim() !== '', expected: 'how messages name the reducer (a name or an expression)' },
};

function describeExpected(expected: ExpectedError): string {
  return typeof expected === 'string' ? `an error whose message contains ${JSON.stringify(expected)}` : expected instanceof RegExp ? `an error whose message matches ${expected}` : `an instance of ${expected.name}`;
}

function messageOf(error: unknown): string {
  // Core's refusal of a returned value says what happened in its message: its class name adds nothing.
  if (error instanceof RecipeReturnError) return error.message;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

// What to write for a throw a replay would wrap: its own class when it has one, else a part of its message.
function unwrappedHint(error: unknown): string {
  return error instanceof Error && error.constructor.name !== '' ? `thenError(${error.constructor.name}) or a part of its message` : 'a part of its message';
}

// A recipe that returned a value threw nothing: core refused the value (a RecipeReturnError), and the spec says so.
function didWhat(error: unknown): string {
  return error instanceof RecipeReturnError ? 'returned a value' : 'threw';
}

// Jest shows the line of the spec, not of the code that threw: the frame of one's own code is named on a line of its own.
// An analysis that threw in core's code with none of one's own below: a rule broke the state core then read.
function whereLine(error: unknown, reducer?: Reducer<unknown>): string {
  // Core threw it on the recipe's return, below no frame of the recipe's: there is no line of one's own to name.
  if (error instanceof RecipeReturnError) return '';
  const where = thrownAt(error);
  if (where !== undefined) return `\n  ${where}`;
  if (reducer !== undefined && thrownInOurs(error) && isAnalysisState(reducer.initial())) {
    return "\n  thrown in @stancelog/core's code, not in yours: did a rule write into what it reads (ctx.positions, or the entry or position a hook is given), which it must leave as it is?";
  }
  return '';
}

// An analysis' state, whichever rules it runs: its four parts (Maps by tag, as a state may come from another realm).
/** Whether a value looks like one event (a builder's or a stored one): an object with a string `type`. */
function isEventLike(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function isAnalysisState(state: unknown): state is AnalysisState {
  if (typeof state !== 'object' || state === null) return false;
  const s = state as Partial<Record<keyof AnalysisState, unknown>>;
  return isMap(s.rules) && typeof s.registry === 'object' && typeof s.contradictions === 'object' && typeof s.positions === 'object' && s.positions !== null && isMap((s.positions as { byIssue?: unknown }).byIssue);
}

// What the recipe threw: core names the event in a RecipeError, and the spec names it in its own words (given event 2).
function recipeThrew(error: unknown): unknown {
  return error instanceof RecipeError ? error.cause : error;
}

// What thenPositions and thenContradictions take for a reducer whose state holds none: a text the compiler's error
// quotes ("... is not assignable to parameter of type 'thenPositions reads ...'"), where `never` said nothing.
type NoPositions = 'thenPositions reads positions: give it a reducer whose state has them (positions(), analysis())';
type NoContradictions = 'thenContradictions reads contradictions: give it a reducer whose state has them (analysis(), or a ledger)';

/**
 * A reducer specification. Immutable: each step returns a new spec, and the
 * `then` methods return the spec, so several expectations chain.
 *
 * @example
 * import { ReducerSpec, statement } from '@stancelog/testing'
 * import { positions } from '@stancelog/core'
 * ReducerSpec.for(positions())
 *   .given([statement({ holder: 'russia', issue: 'ceasefire', kind: 'hedge', polarity: '0', statedAt: '2025-03-12' })])
 *   .when(statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-04-23' }))
 *   .thenPositions([{ holder: 'russia', issue: 'ceasefire', polarity: '-', since: '2025-04-23' }])
 * @category specs
 * @since 0.1.0
 */
export class ReducerSpec<S> {
  private outcome: Outcome<S> | undefined;

  private constructor(
    readonly reducer: Reducer<S>,
    private readonly label: string,
    private readonly givenEvents: ReadonlyArray<TestEvent>,
    private readonly whenEvents: ReadonlyArray<TestEvent>,
    private readonly point?: AsOf,
  ) {}

  /**
   * Starts a spec of a reducer; `options.name` is how messages name it
   * (default: the reducer's own name). An object that is no reducer (one
   * written by hand, without a version or a recipe) throws a `TypeError`
   * naming what it lacks, as `reducer()` of core names it.
   */
  static for<S>(reducer: Reducer<S>, options: SpecOptions = {}): ReducerSpec<S> {
    checkReducer(reducer, 'ReducerSpec.for');
    const problem = optionsProblem(options, SPEC_OPTIONS);
    if (problem !== undefined) throw new RangeError(`ReducerSpec.for: ${problem}`);
    return new ReducerSpec(reducer, options.name ?? reducer.name, [], []);
  }

  /**
   * The events already in the log. Builder events are stored in order,
   * after the events before them; events already stored keep their
   * positions, which must increase through the given and then the when
   * events (store them in one `stored([...])` call).
   */
  given(events: ReadonlyArray<TestEvent>): ReducerSpec<S> {
    // From JavaScript, one event given bare failed as 'events is not iterable'.
    const value: unknown = events;
    if (!Array.isArray(value)) throw new TypeError(`ReducerSpec.given: takes a list of events, given([event, ...]), not ${isEventLike(value) ? `one event (${eventCode(value as TestEvent)})` : describeValue(value)}`);
    return new ReducerSpec(this.reducer, this.label, [...this.givenEvents, ...events], this.whenEvents, this.point);
  }

  /** The event(s) under test, applied as a live update after the given ones. */
  when(...events: ReadonlyArray<TestEvent>): ReducerSpec<S> {
    // A list passed as one argument was stored as one event with no type.
    const list = events.findIndex((e) => Array.isArray(e));
    if (list >= 0) throw new TypeError(`ReducerSpec.when: takes the events as arguments, when(a, b), not a list (argument ${list + 1}): write when(...events)`);
    return new ReducerSpec(this.reducer, this.label, this.givenEvents, [...this.whenEvents, ...events], this.point);
  }

  /**
   * Checks the state as of a bitemporal point instead: what
   * `project(store, reducer, { asOf })` gives on a log of the given and when
   * events (stated by `validTime`, known on `recordedTime`; withdrawals
   * counted as they were known then). The read is a replay only: the live
   * update of the when events, and its check against a replay, are skipped
   * (specify those without `asOf`). A failing spec names the point and the events it
   * did not count there.
   *
   * @example
   * import { ReducerSpec, statement } from '@stancelog/testing'
   * import { positions } from '@stancelog/core'
   * ReducerSpec.for(positions())
   *   .given([statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13' })])
   *   .when(statement({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-04-01' }))
   *   .asOf({ validTime: '2025-03-31' })
   *   .thenPositions([{ holder: 'russia', issue: 'ceasefire', polarity: '-' }])
   */
  asOf(point: AsOf): ReducerSpec<S> {
    return new ReducerSpec(this.reducer, this.label, this.givenEvents, this.whenEvents, point);
  }

  /** The state after the given and when events; throws the reducer's error, if any. */
  state(): S {
    const o = this.run();
    if (!o.ok) throw new SpecAssertionError(`${this.label}: the recipe ${didWhat(o.error)} at ${o.at}: ${messageOf(o.error)}${whereLine(o.error, this.reducer as Reducer<unknown>)}`, [], undefined, { cause: o.error });
    return o.state;
  }

  /**
   * Expects exactly this state (Maps and Sets compare by content).
   *
   * A spec has a `then` method, so JavaScript takes it for a promise when a
   * test returns or awaits it: called that way (with a callback), it
   * resolves at once instead of comparing.
   */
  then(expected: S): this {
    if (typeof expected === 'function' && typeof this.reducer.initial() !== 'function') {
      (expected as (value: undefined) => void)(undefined);
      return this;
    }
    const diffs = structuralDiff(expected, this.state());
    if (diffs.length) this.fail('the state differs from the one expected', diffs);
    return this;
  }

  /**
   * Expects these positions (only the fields given are compared); by
   * default, no other position may exist.
   */
  thenPositions(expected: S extends WithPositions ? ReadonlyArray<ExpectedPosition> : NoPositions, options?: CompareOptions): this {
    const diffs = positionDiff(expected as ReadonlyArray<ExpectedPosition>, this.state() as WithPositions, options);
    if (diffs.length) this.fail('positions differ from the ones expected', listed(diffs));
    return this;
  }

  /**
   * Expects these contradictions (only the fields given are compared;
   * actors, issues and statements in any order); by default, no other may
   * exist. Statements missing or extra are named with what they said.
   */
  thenContradictions(expected: S extends WithContradictions ? ReadonlyArray<ExpectedContradiction> : NoContradictions, options?: CompareOptions): this {
    const diffs = contradictionDiff(expected as ReadonlyArray<ExpectedContradiction>, this.state() as WithContradictions, options, [...this.givenEvents, ...this.whenEvents] as ReadonlyArray<StoredEvent>);
    if (diffs.length) this.fail('contradictions differ from the ones expected', listed(diffs));
    return this;
  }

  /** Runs a check of your own on the state (its assertion errors pass through). */
  thenState(check: (state: S) => void): this {
    check(this.state());
    return this;
  }

  /**
   * Expects the recipe to throw on a when event (or, without one, on a given
   * event): with when events, a throw at a given event fails the spec, as the
   * event under test is the when event. A recipe that returns a value
   * throws nothing: core's refusal of the value (a `RecipeReturnError`, a
   * `TypeError`) meets `thenError(RecipeReturnError)` or a part of its
   * message, not `thenError(TypeError)`, `thenError(Error)` or `thenError()`.
   */
  thenError(expected?: ExpectedError): this {
    const want = expected === undefined ? 'a throw' : describeExpected(expected);
    const o = this.run();
    if (o.ok) this.fail(`expected the recipe to throw${expected === undefined ? '' : ` ${want}`}, but it returned a state`, []);
    const { error, at, stage } = o as Extract<Outcome<S>, { ok: false }>;
    if (stage === 'given' && this.whenEvents.length > 0) {
      this.fail(`the recipe ${didWhat(error)} at ${at}, not at the when event (expected ${want} there): ${messageOf(error)}${whereLine(error, this.reducer as Reducer<unknown>)}`, [], error);
    }
    const returned = error instanceof RecipeReturnError;
    // Core's refusal of a returned value is a TypeError, but the recipe threw nothing: it meets a class asked for only when
    // that class is RecipeReturnError (or one of its own), not TypeError or Error, nor a bare thenError().
    const ok =
      expected === undefined ? !returned
      : typeof expected === 'string' ? (error instanceof Error ? error.message : String(error)).includes(expected)
      : expected instanceof RegExp ? expected.test(error instanceof Error ? error.message : String(error))
      : returned ? expected === RecipeReturnError || expected.prototype instanceof RecipeReturnError
      : error instanceof expected;
    if (!ok) {
      const refusal = returned && typeof expected !== 'string' && !(expected instanceof RegExp) && (expected === undefined || error instanceof expected) ? '; thenError(RecipeReturnError) expects that refusal' : '';
      // A replay wraps what a recipe throws in a RecipeError; the spec matches what the recipe threw, as the docs say.
      const wrapper = typeof expected === 'function' && (expected === RecipeError || expected.prototype instanceof RecipeError) ? ` (a spec matches what the recipe threw, not the RecipeError a replay wraps it in: ${unwrappedHint(error)})` : '';
      this.fail(`the recipe ${returned ? 'returned a value' : `threw ${messageOf(error)}`} at ${at}, expected ${want}${returned ? ` (${messageOf(error)}${refusal})` : wrapper}${whereLine(error, this.reducer as Reducer<unknown>)}`, [], error);
    }
    return this;
  }

  private fail(headline: string, diffs: ReadonlyArray<string>, cause?: unknown): never {
    const when = this.whenEvents.length ? ` when ${this.whenEvents.map((e) => eventCode(e)).join(', ')}` : '';
    throw new SpecAssertionError(`${this.label}: ${headline}${diffs.length ? ':' : ''}`, diffs, `(given ${this.givenEvents.length} event(s)${when}${this.pointNote()})`, cause === undefined ? undefined : { cause });
  }

  /**
   * The point a spec read at, and the events it did not count there: without
   * it, a spec failing as of a point reads as one failing on all its events
   * (a statement recorded after the point, left out, looks like one the
   * reducer missed).
   */
  private pointNote(): string {
    if (this.point === undefined) return '';
    const checked = checkAsOf(this.point);
    if (isLeft(checked)) return '';
    const all = this.log();
    const counted = new Set(eventsAsOf(all, checked.right));
    const left = all.flatMap((e, i) => (counted.has(e) ? [] : [this.where(i)]));
    const named = left.slice(0, 3).join('; ') + (left.length > 3 ? `; and ${left.length - 3} more` : '');
    return `, read as of ${literal(this.point)}: ${all.length - left.length} of the ${all.length} counted${left.length > 0 ? ` (not counted: ${named})` : ''}`;
  }

  /** `given event 2` or `when event 1`, from an index in given + when. */
  private where(index: number): string {
    const given = this.givenEvents.length;
    const event = index < given ? this.givenEvents[index]! : this.whenEvents[index - given]!;
    return `${index < given ? `given event ${index + 1}` : `when event ${index - given + 1}`} (${eventCode(event)})`;
  }

  /** The spec's events, stored as the log would hold them; a log no store would hold is refused. */
  private log(): StoredEvent[] {
    let all: StoredEvent[];
    try {
      all = stored([...this.givenEvents, ...this.whenEvents]);
    } catch (error) {
      // Named as given or when, with the spec: stored()'s index runs over both lists.
      if (error instanceof InvalidTestEvent) throw new SpecAssertionError(`${this.label}: ${this.where(error.index)} is invalid: ${error.problem}`);
      if (!(error instanceof PositionClash)) throw error;
      const [a, b] = error.positions;
      throw new SpecAssertionError(
        `${this.label}: ${this.where(error.earlier)} and ${this.where(error.later)} are ${a === b ? `both at log position ${a}` : `at log positions ${a} and ${b}, in that order`}: ${CLASH_HINT}`,
      );
    }
    const orphan = orphanWithdrawal(all);
    if (orphan) throw new SpecAssertionError(`${this.label}: ${this.where(orphan.index)}: ${orphan.message}`);
    return all;
  }

  private run(): Outcome<S> {
    if (this.outcome) return this.outcome;
    const all = this.log();
    const copies = all.map((e) => deepCopy(e));
    const outcome = this.read(all);
    // A recipe must leave the events it reads as they were (a store, and other readers, hold them): the law no-mutation's check, in the spec it prints.
    all.forEach((e, i) => {
      const diffs = structuralDiff(copies[i], e, { root: 'event' });
      if (diffs.length) throw new SpecAssertionError(`${this.label}: the recipe changed the event it was given, ${this.where(i)} (expected = the event as given):`, diffs);
    });
    if (outcome.ok && this.point === undefined) this.positionsLeftAlone(outcome.state, all);
    return (this.outcome = outcome);
  }

  /**
   * An analysis' rules read its positions and never write them, but nothing
   * stops a hook that does (`ctx.positions`, the entry or position it is
   * given): its positions must be those `positions()` computes from the same
   * events, or a rule wrote into them, which otherwise shows, if at all, as
   * a TypeError in core or a law broken in another rule's state.
   */
  private positionsLeftAlone(state: S, all: ReadonlyArray<StoredEvent>): void {
    if (!isAnalysisState(state)) return;
    const own = replay(positions({ ownWordsDays: state.positions.ownWordsDays }), withoutWithdrawn(all));
    // Less the rules' slots, which the analysis keeps on each position for its rules (positions() keeps none).
    const stances = (p: PositionsState) =>
      new Map([...p.byIssue].map(([issue, holders]) => [issue, new Map([...holders].map(([holder, { slots: _slots, ...stance }]) => [holder, stance]))]));
    const diffs = structuralDiff(stances(own), stances(state.positions), { root: 'positions.byIssue' });
    if (diffs.length) {
      throw new SpecAssertionError(
        `${this.label}: the analysis' positions are not those positions() computes from the same events (expected = positions()): a rule of its own changed what it reads (ctx.positions, or the entry or position a hook is given), which a rule reads and never writes:`,
        diffs,
      );
    }
  }

  /** The spec's events read: replayed at a point in time, or the given replayed and the when applied live, checked against a replay. */
  private read(all: ReadonlyArray<StoredEvent>): Outcome<S> {
    if (this.point !== undefined) {
      const checked = checkAsOf(this.point);
      if (isLeft(checked)) throw new SpecAssertionError(`${this.label}: ${checked.left.message}`);
      // A read at a point in time, as project does it: a replay of what was counted then.
      const visible = eventsAsOf(all, checked.right);
      const then = this.replayed(visible);
      if (then.ok) return { ok: true, state: then.state };
      const index = all.indexOf(visible[then.index]!);
      return { ok: false, error: then.error, at: `${this.where(index)}, event ${then.index + 1} of those visible as of the point`, stage: index < this.givenEvents.length ? 'given' : 'when' };
    }
    const given = all.slice(0, this.givenEvents.length);
    const when = all.slice(this.givenEvents.length);
    const replayed = this.replayed(all);
    if (!replayed.ok && replayed.index < given.length) {
      return { ok: false, error: replayed.error, at: this.where(replayed.index), stage: 'given' };
    }
    const base = this.replayed(given);
    if (!base.ok) return { ok: false, error: base.error, at: this.where(base.index), stage: 'given' };
    let state = base.state;
    const live = step(this.reducer);
    for (let i = 0; i < when.length; i++) {
      if (isWithdrawal(when[i]!)) {
        // A fold cannot undo an event: a live app projects again.
        const again = this.replayed(all.slice(0, given.length + i + 1));
        if (!again.ok) return { ok: false, error: again.error, at: this.where(again.index), stage: again.index < given.length ? 'given' : 'when' };
        state = again.state;
        continue;
      }
      const before = canonical(state);
      const copy = deepCopy(state);
      let next: S;
      try {
        next = live(state, when[i]!);
      } catch (error) {
        return { ok: false, error: recipeThrew(error), at: this.where(given.length + i), stage: 'when' };
      }
      // A live update must leave the state it starts from as it was (readers may still hold it).
      if (canonical(state) !== before) {
        throw new SpecAssertionError(`${this.label}: the live update (step) changed the state it was given, at when event ${i + 1} (expected = the state before):`, structuralDiff(copy, state, { root: 'input' }));
      }
      state = next;
    }
    if (!replayed.ok) {
      throw new SpecAssertionError(`${this.label}: the live update succeeded but a replay of the same events ${didWhat(replayed.error)} at event ${replayed.index + 1}: ${messageOf(replayed.error)}`);
    }
    if (when.length > 0) {
      const diffs = structuralDiff(replayed.state, state, { root: 'live' });
      if (diffs.length) throw new SpecAssertionError(`${this.label}: the live update (step) and a replay of the same events disagree (expected = replay):`, diffs);
    }
    return { ok: true, state };
  }

  /** A replay of `events` (the spec's, stored from position 1) without what they withdraw; `index` of a failure is in `events`. */
  private replayed(events: ReadonlyArray<StoredEvent>): { ok: true; state: S } | { ok: false; error: unknown; index: number } {
    const f = fold(this.reducer);
    for (const e of withoutWithdrawn(events)) {
      try {
        f.push(e);
      } catch (error) {
        return { ok: false, error: recipeThrew(error), index: events.indexOf(e) };
      }
    }
    return { ok: true, state: f.done() };
  }
}

/** How many differences of positions or contradictions a failing spec lists (as `structuralDiff` stops at twenty). */
const LISTED = 20;

/**
 * The first {@link LISTED} differences, then a line counting the rest: a
 * state sixty positions off listed sixty lines, the few that were expected
 * drowned among them (the missing and differing come first, the unexpected after).
 */
function listed(diffs: ReadonlyArray<string>): ReadonlyArray<string> {
  return diffs.length <= LISTED ? diffs : [...diffs.slice(0, LISTED), `and ${diffs.length - LISTED} more differences, not listed`];
}
