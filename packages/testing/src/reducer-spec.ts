/**
 * Given / when / then specifications of reducers.
 *
 * `given` events are replayed; `when` events are then applied as a live
 * update (`step`, under immer), and the result is checked against a full
 * replay of all the events as well. Withdrawals are honoured as `project`
 * does: replays leave out what they withdraw, and a withdrawal among the
 * `when` events is applied as a live app must, by replaying again, so a reducer whose live update and
 * replay disagree fails its specs. Assertions throw
 * {@link SpecAssertionError}, so specs run under any test runner.
 *
 * @since 0.1.0
 */
import { isLeft } from 'fp-ts/lib/Either.js';
import { checkAsOf, eventsAsOf, fold, isWithdrawal, step, withoutWithdrawn } from '@stancelog/core';
import type { AsOf, Reducer, StoredEvent } from '@stancelog/core';
import { eventCode } from './event-code.js';
import { contradictionDiff, positionDiff } from './expectations.js';
import type { CompareOptions, ExpectedContradiction, ExpectedPosition, WithContradictions, WithPositions } from './expectations.js';
import { SpecAssertionError } from './spec-assertion-error.js';
import { canonical, deepCopy, structuralDiff } from './structural-diff.js';
import { stored } from './stored-log.js';
import type { TestEvent } from './stored-log.js';

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

type Outcome<S> = { readonly ok: true; readonly state: S } | { readonly ok: false; readonly error: unknown; readonly at: string };

function messageOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

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
    private readonly givenEvents: ReadonlyArray<TestEvent>,
    private readonly whenEvents: ReadonlyArray<TestEvent>,
    private readonly point?: AsOf,
  ) {}

  /** Starts a spec of a reducer. */
  static for<S>(reducer: Reducer<S>): ReducerSpec<S> {
    return new ReducerSpec(reducer, [], []);
  }

  /** The events already in the log (builder events are stored in order, from position 1). */
  given(events: ReadonlyArray<TestEvent>): ReducerSpec<S> {
    return new ReducerSpec(this.reducer, [...this.givenEvents, ...events], this.whenEvents, this.point);
  }

  /** The event(s) under test, applied as a live update after the given ones. */
  when(...events: ReadonlyArray<TestEvent>): ReducerSpec<S> {
    return new ReducerSpec(this.reducer, this.givenEvents, [...this.whenEvents, ...events], this.point);
  }

  /**
   * Checks the state as of a bitemporal point instead: what
   * `project(store, reducer, { asOf })` gives on a log of the given and when
   * events (stated by `validTime`, known on `recordedTime`; withdrawals
   * counted as they were known then).
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
    return new ReducerSpec(this.reducer, this.givenEvents, this.whenEvents, point);
  }

  /** The state after the given and when events; throws the reducer's error, if any. */
  state(): S {
    const o = this.run();
    if (!o.ok) throw new SpecAssertionError(`${this.reducer.name}: the recipe threw at ${o.at}: ${messageOf(o.error)}`);
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
  thenPositions(expected: S extends WithPositions ? ReadonlyArray<ExpectedPosition> : never, options?: CompareOptions): this {
    const diffs = positionDiff(expected as ReadonlyArray<ExpectedPosition>, this.state() as WithPositions, options);
    if (diffs.length) this.fail('positions differ from the ones expected', diffs);
    return this;
  }

  /**
   * Expects these contradictions (only the fields given are compared;
   * actors and issues in any order); by default, no other may exist.
   */
  thenContradictions(expected: S extends WithContradictions ? ReadonlyArray<ExpectedContradiction> : never, options?: CompareOptions): this {
    const diffs = contradictionDiff(expected as ReadonlyArray<ExpectedContradiction>, this.state() as WithContradictions, options);
    if (diffs.length) this.fail('contradictions differ from the ones expected', diffs);
    return this;
  }

  /** Runs a check of your own on the state (its assertion errors pass through). */
  thenState(check: (state: S) => void): this {
    check(this.state());
    return this;
  }

  /** Expects the recipe to throw on a when event (or, without one, on a given event). */
  thenError(expected?: ExpectedError): this {
    const o = this.run();
    if (o.ok) this.fail('expected the recipe to throw, but it returned a state', []);
    else if (expected !== undefined) {
      const error = (o as { error: unknown }).error;
      const message = error instanceof Error ? error.message : String(error);
      const ok =
        typeof expected === 'string' ? message.includes(expected) : expected instanceof RegExp ? expected.test(message) : error instanceof expected;
      const want = typeof expected === 'string' ? `a message containing ${JSON.stringify(expected)}` : expected instanceof RegExp ? `a message matching ${expected}` : `an instance of ${expected.name}`;
      if (!ok) this.fail(`the recipe threw ${messageOf(error)} at ${(o as { at: string }).at}, expected ${want}`, []);
    }
    return this;
  }

  private fail(headline: string, diffs: ReadonlyArray<string>): never {
    const when = this.whenEvents.length ? ` when ${this.whenEvents.map((e) => eventCode(e)).join(', ')}` : '';
    throw new SpecAssertionError(`${this.reducer.name}: ${headline}${diffs.length ? ':' : ''}`, diffs, `(given ${this.givenEvents.length} event(s)${when})`);
  }

  private run(): Outcome<S> {
    if (this.outcome) return this.outcome;
    const all = stored([...this.givenEvents, ...this.whenEvents]);
    if (this.point !== undefined) {
      const checked = checkAsOf(this.point);
      if (isLeft(checked)) throw new SpecAssertionError(`${this.reducer.name}: ${checked.left.message}`);
      // A read at a point in time, as project does it: a replay of what was counted then.
      const then = this.replayed(eventsAsOf(all, checked.right));
      return (this.outcome = then.ok ? { ok: true, state: then.state } : { ok: false, error: then.error, at: `event ${then.index + 1} of those visible as of the point` });
    }
    const given = all.slice(0, this.givenEvents.length);
    const when = all.slice(this.givenEvents.length);
    const replayed = this.replayed(all);
    if (!replayed.ok && replayed.index < given.length) {
      return (this.outcome = { ok: false, error: replayed.error, at: `given event ${replayed.index + 1} (${eventCode(this.givenEvents[replayed.index]!)})` });
    }
    const base = this.replayed(given);
    if (!base.ok) return (this.outcome = { ok: false, error: base.error, at: `given event ${base.index + 1}` });
    let state = base.state;
    const live = step(this.reducer);
    for (let i = 0; i < when.length; i++) {
      if (isWithdrawal(when[i]!)) {
        // A fold cannot undo an event: a live app projects again.
        const again = this.replayed(all.slice(0, given.length + i + 1));
        if (!again.ok) return (this.outcome = { ok: false, error: again.error, at: `when event ${i + 1} (${eventCode(this.whenEvents[i]!)})` });
        state = again.state;
        continue;
      }
      const before = canonical(state);
      const copy = deepCopy(state);
      let next: S;
      try {
        next = live(state, when[i]!);
      } catch (error) {
        return (this.outcome = { ok: false, error, at: `when event ${i + 1} (${eventCode(this.whenEvents[i]!)})` });
      }
      // A live update must leave the state it starts from as it was (readers may still hold it).
      if (canonical(state) !== before) {
        throw new SpecAssertionError(`${this.reducer.name}: the live update (step) changed the state it was given, at when event ${i + 1} (expected = the state before):`, structuralDiff(copy, state, { root: 'input' }));
      }
      state = next;
    }
    if (!replayed.ok) {
      throw new SpecAssertionError(`${this.reducer.name}: the live update succeeded but a replay of the same events threw at event ${replayed.index + 1}: ${messageOf(replayed.error)}`);
    }
    if (when.length > 0) {
      const diffs = structuralDiff(replayed.state, state, { root: 'live' });
      if (diffs.length) throw new SpecAssertionError(`${this.reducer.name}: the live update (step) and a replay of the same events disagree (expected = replay):`, diffs);
    }
    return (this.outcome = { ok: true, state });
  }

  /** A replay of `events` (the spec's, stored from position 1) without what they withdraw; `index` of a failure is in `events`. */
  private replayed(events: ReadonlyArray<StoredEvent>): { ok: true; state: S } | { ok: false; error: unknown; index: number } {
    const f = fold(this.reducer);
    for (const e of withoutWithdrawn(events)) {
      try {
        f.push(e);
      } catch (error) {
        return { ok: false, error, index: events.indexOf(e) };
      }
    }
    return { ok: true, state: f.done() };
  }
}
