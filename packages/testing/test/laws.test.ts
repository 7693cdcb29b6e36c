import { positions, reducer } from '@stancelog/core';
import type { StoredEvent } from '@stancelog/core';
import { identityCounter } from './identity-counter.js';
import fc from 'fast-check';
import { LawViolation, arbEvents, checkReducerLaws, statement } from '@stancelog/testing';

const violation = (run: () => unknown): LawViolation => {
  try {
    run();
  } catch (error) {
    if (error instanceof LawViolation) return error;
    throw error;
  }
  throw new Error('expected a LawViolation, but every law held');
};

const small = { numRuns: 60, events: arbEvents({ maxLength: 8 }) };

describe('checkReducerLaws', () => {
  it('passes a lawful reducer and says what it checked', () => {
    const report = checkReducerLaws(positions(), { numRuns: 30 });
    expect(report.laws.map((l) => l.law)).toEqual(['determinism', 'no-mutation', 'live-equals-replay', 'snapshot-plus-tail', 'wall-clock']);
    expect(report.laws.every((l) => l.runs === 30)).toBe(true);
  });

  it('catches an impure reducer (a counter kept outside the state) under determinism, printing a spec to paste', () => {
    let calls = 0;
    const impure = reducer({ name: 'calls-seen', version: '1', initial: () => ({ seen: 0 }), recipe: (s) => void (s.seen = ++calls) });
    const v = violation(() => checkReducerLaws(impure, { ...small, laws: ['determinism'] }));
    expect(v.law).toBe('determinism');
    expect(v.message).toContain('two replays of the same events give different states');
    expect(v.message).toMatch(/second\.seen: expected \d+, got \d+/);
    // Shrunk to the smallest log that shows it: one event.
    expect(v.counterExample).toMatch(/^ReducerSpec\.for\(callsSeen\)\n  \.given\(\[\n    (statement|issue|actor)\(.*\),\n  \]\)\n  \.then\(/);
    expect(v.message).toContain(v.counterExample);
    expect(v.message).toMatch(/seed: -?\d+, path: '[\d:]+'/);
  });

  it('catches a reducer that mutates its input state under step (a class instance immer does not draft)', () => {
    class Tally {
      count = 0;
    }
    const mutating = reducer({ name: 'tally', version: '1', initial: () => ({ tally: new Tally() }), recipe: (s) => void s.tally.count++ });
    const v = violation(() => checkReducerLaws(mutating, { ...small, laws: ['no-mutation'] }));
    expect(v.message).toContain('step changed its input state');
    // Events are counted from 1, as everywhere in messages: shrunk to one event, it is event 1.
    expect(v.message).toContain('(on event 1; expected = the state before)');
    expect(v.differences[0]).toMatch(/^input\.tally\.count: expected \d+, got \d+$/);
    expect(v.counterExample).toContain('.when(');
  });

  it('catches a reducer that depends on the order of events with equal timestamps, when it declares it does not', () => {
    const lastWord = reducer({
      name: 'last-word',
      version: '1',
      initial: () => ({ last: new Map<string, string>() }),
      recipe: (s, e: StoredEvent) => {
        if (e.type === 'statement-made') s.last.set(e.data.issue, e.data.holder);
      },
    });
    // Without the declaration the law is not checked.
    checkReducerLaws(lastWord, { ...small, numRuns: 20 });
    const v = violation(() => checkReducerLaws(lastWord, { ...small, numRuns: 200, orderIndependentAtEqualTime: true }));
    expect(v.law).toBe('equal-time-order');
    expect(v.differences[0]).toMatch(/^reordered\.last\.get\('[a-z-]+'\): expected '[a-z-]+', got '[a-z-]+'$/);
    expect(v.counterExample).toContain('// the same events in the order that differs');
  });

  it('catches a reducer that reads the wall clock', () => {
    const stamped = reducer({ name: 'stamped', version: '1', initial: () => ({ at: '' }), recipe: (s) => void (s.at = new Date().toISOString().slice(0, 4)) });
    const v = violation(() => checkReducerLaws(stamped, { ...small, laws: ['wall-clock'] }));
    expect(v.differences).toEqual(["later.at: expected '2001', got '2038'"]);
    const now = reducer({ name: 'now', version: '1', initial: () => ({ age: 0 }), recipe: (s) => void (s.age = Math.floor(Date.now() / 1e12)) });
    expect(violation(() => checkReducerLaws(now, { ...small, laws: ['wall-clock'] })).law).toBe('wall-clock');
  });

  it('catches a state that does not survive a snapshot (a class with methods, copied by structuredClone)', () => {
    class Counter {
      n = 0;
      add(): void {
        this.n++;
      }
    }
    const methods = reducer({ name: 'counter', version: '1', initial: () => ({ c: new Counter() }), recipe: (s) => s.c.add() });
    const v = violation(() => checkReducerLaws(methods, { ...small, laws: ['snapshot-plus-tail'] }));
    expect(v.message).toMatch(/a snapshot after event \d+ (cannot be taken or replayed from|plus the tail gives another state)/);
  });

  it('catches a live update that disagrees with a replay', () => {
    const byIdentity = identityCounter('drafts');
    const v = violation(() => checkReducerLaws(byIdentity, { ...small, laws: ['live-equals-replay'] }));
    expect(v.message).toMatch(/disagrees with replay/);
  });

  it('reports a recipe that throws on a valid log, with the log', () => {
    const fussy = reducer({
      name: 'fussy',
      version: '1',
      initial: () => ({}),
      recipe: (_s, e: StoredEvent) => {
        if (e.type === 'statement-made' && e.data.kind === 'threat') throw new Error('threats are not handled');
      },
    });
    const v = violation(() => checkReducerLaws(fussy, { numRuns: 100, laws: ['determinism'], events: fc.array(fc.constant(statement({ holder: 'a', issue: 'b', kind: 'threat', polarity: '+' })), { maxLength: 2 }) }));
    expect(v.message).toContain('the recipe throws on a valid log');
    expect(v.differences).toEqual(['Error: threats are not handled']);
    expect(v.counterExample).toContain("statement({ holder: 'a', issue: 'b', kind: 'threat', polarity: '+' })");
  });
});
