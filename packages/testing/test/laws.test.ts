import { analysis, applyToRegistry, contradictionList, contradictionRule, emptyRegistry, momentOf, positionList, positions, reducer, registry } from '@stancelog/core';
import type { StoredEvent } from '@stancelog/core';
import { eventMarking, holderShouting } from './event-marking.js';
import { identityCounter } from './identity-counter.js';
import fc from 'fast-check';
import { DEFAULT_LAWS, LawViolation, ReducerSpec, actor, arbEvents, arbLog, arbStatement, checkReducerLaws, issue, statement, withdrawal } from '@stancelog/testing';

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
    expect(v.counterExample).toMatch(/^ReducerSpec\.for\(callsSeen\(\)\)\n  \.given\(\[\n    (statement|issue|actor)\(.*\),\n  \]\)\n  \.thenState\(/);
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

  it('catches a reducer that changes the event it reads, saying what it changed, with a counter-example that fails pasted', () => {
    const marking = eventMarking;
    const v = violation(() => checkReducerLaws(marking(), { laws: ['no-mutation'], events: fc.constant([statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })]) }));
    expect(v.message).toContain('step changed the event it was given (event 1; expected = the event before):');
    expect(v.differences).toEqual(["event.data.quote: unexpected 'seen'"]);
    expect(v.counterExample).toContain(".when(statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' }))");
    // The same code, pasted: the spec checks the events it reads too.
    expect(() =>
      ReducerSpec.for(marking())
        .given([])
        .when(statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' }))
        .thenState(() => {
          // what you expect of the state
        }),
    ).toThrow("marking: the recipe changed the event it was given, when event 1 (statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })) (expected = the event as given):\n  event.data.quote: unexpected 'seen'");
  });

  it('catches a reducer that changes its events into ones no store would hold under the default laws, as a change of the event, not as a recipe that threw', () => {
    // The generated log was changed in place by the first law's replay: the next law's log of it was refused as invalid,
    // and that refusal was reported as the recipe's own throw, with a counter-example holding the changed holder.
    const shouting = holderShouting();
    const v = violation(() => checkReducerLaws(shouting, { events: fc.constant([statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })]) }));
    expect(v.law).toBe('no-mutation');
    expect(v.message).toContain('step changed the event it was given (event 1; expected = the event before):');
    expect(v.differences).toEqual(["event.data.holder: expected 'russia', got 'RUSSIA'"]);
    expect(v.counterExample).toContain(".when(statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' }))");
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

  it('refuses an object that is no reducer, naming what it lacks, rather than report its mistake as a recipe that threw on a generated log', () => {
    const byHand = { name: 'hand', version: '1', initial: () => ({ n: 0 }), step: (s: { n: number }) => ({ n: s.n + 1 }) };
    expect(() => checkReducerLaws(byHand as never, { numRuns: 5 })).toThrow(new TypeError('checkReducerLaws: hand: it has no recipe (a function ((draft, event) => void)): build it with reducer() from @stancelog/core, which checks it where it is made'));
  });

  it('reports a recipe that returns a value as one that returned it, not one that threw (a leftover of stop 49)', () => {
    const count = reducer<{ n: number }>({ name: 'count', version: '1', initial: () => ({ n: 0 }), recipe: (s) => ({ n: s.n + 1 }) as unknown as void });
    const v = violation(() => checkReducerLaws(count, { numRuns: 20, laws: ['determinism'], events: fc.array(fc.constant(statement({ holder: 'a', issue: 'b', kind: 'threat', polarity: '+' })), { minLength: 1, maxLength: 2 }) }));
    expect(v.message).toMatch(/^count\(\): the recipe returned a value on a valid generated log \(found while checking "determinism"; it breaks no law, but a recipe returns nothing\)/);
    expect(v.message).not.toContain('threw');
    expect(v.differences).toEqual(['the recipe of count returned an object: a recipe changes the draft it is given and returns nothing (what it returns is not taken as the new state: write its fields into the draft)']);
  });

  it('reports a recipe that throws on a valid log, with the log and the line of the recipe it threw at', () => {
    const fussy = reducer({
      name: 'fussy',
      version: '1',
      initial: () => ({}),
      recipe: (_s, e: StoredEvent) => {
        if (e.type === 'statement-made' && e.data.kind === 'threat') throw new Error('threats are not handled');
      },
    });
    const v = violation(() => checkReducerLaws(fussy, { numRuns: 100, laws: ['determinism'], events: fc.array(fc.constant(statement({ holder: 'a', issue: 'b', kind: 'threat', polarity: '+' })), { maxLength: 2 }) }));
    // Not a broken law: the recipe threw.
    expect(v.message).toMatch(/^fussy\(\): the recipe threw on a valid generated log \(found while checking "determinism"/);
    expect(v.message).not.toContain('breaks the law');
    // What it threw, and where in the reducer's own code (jest shows the line of the call of checkReducerLaws only).
    expect(v.differences[0]).toBe('Error: threats are not handled');
    expect(v.differences[1]).toMatch(/^thrown at recipe \(\S*packages\/testing\/test\/laws\.test\.ts:\d+:\d+\)$/);
    expect(v.counterExample).toContain("statement({ holder: 'a', issue: 'b', kind: 'threat', polarity: '+' })");
  });

  it('says a recipe that writes into an object an earlier run froze keeps state outside the state, and that its log may pass pasted alone', () => {
    // Every run's initial() hands out this one map: immer freezes what a run leaves in it, and a later run writes into that.
    const shared = new Map<string, string[]>();
    const leaky = reducer({
      name: 'leaky',
      version: '1',
      initial: () => ({ said: shared }),
      recipe: (s, e: StoredEvent) => {
        if (e.type !== 'statement-made') return;
        let list = s.said.get(e.data.holder);
        if (!list) s.said.set(e.data.holder, (list = []));
        list.push(e.data.issue);
      },
    });
    const v = violation(() => checkReducerLaws(leaky, small));
    expect(v.message).toMatch(/^leaky\(\): the recipe wrote into an object frozen by an earlier run \(found while checking "[a-z-]+"\): it keeps state outside the state, in a module variable, a closure or an object initial\(\) shares/);
    expect(v.message).not.toContain('it breaks no law');
    expect(v.differences[0]).toMatch(/^TypeError: .*not extensible/);
    expect(v.message).toContain('the log it threw on, which may pass pasted alone (the runs before it froze the object):');
    expect(v.message).not.toContain('ready to paste');
  });

  it('prints a counter-example that compiles and runs as pasted: the factory called, a thenState to fill in', () => {
    const callsSeen = () => {
      let calls = 0;
      return reducer({ name: 'calls-seen', version: '1', initial: () => ({ seen: 0 }), recipe: (s) => void (s.seen = ++calls) });
    };
    const v = violation(() => checkReducerLaws(callsSeen(), { laws: ['determinism'], events: fc.constant([statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })]) }));
    expect(v.counterExample).toBe(
      [
        'ReducerSpec.for(callsSeen())',
        '  .given([',
        "    statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' }),",
        '  ])',
        '  .thenState((state) => {',
        '    // what you expect of the state',
        '  });',
      ].join('\n'),
    );
    // The same code, pasted: pnpm typecheck compiles this file, jest runs it.
    ReducerSpec.for(callsSeen())
      .given([
        statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' }),
      ])
      .thenState((state) => {
        // what you expect of the state
        expect(state.seen).toBeGreaterThan(0);
      });
    // A reducer held in a constant is printed as the name option says.
    const named = violation(() => checkReducerLaws(callsSeen(), { name: 'impure', laws: ['determinism'], events: fc.constant([issue('ceasefire')]) }));
    expect(named.counterExample.startsWith('ReducerSpec.for(impure)\n')).toBe(true);
    expect(named.message.startsWith('impure breaks the law "determinism"')).toBe(true);
  });

  it('prints the counter-example of an analysis ending in a thenContradictions to fill in, which compiles and runs as pasted', () => {
    // Remembers the first word it hears, whatever its date: a rule that depends on reading order.
    const firstHeard = contradictionRule({
      type: 'first-heard',
      version: '1',
      initial: () => ({ first: '' }),
      onStatement: (ctx, s, entry, position) => {
        if (s.first === '') s.first = entry.id;
        else ctx.open({ type: 'first-heard', key: position.key, issues: [position.issue], actors: [position.holder], since: momentOf(entry), statements: [s.first], summary: 'first heard' });
      },
    });
    const withRule = analysis({ rules: [firstHeard] });
    const words = fc.constant([
      statement({ holder: 'norland', issue: 'cod-quota', kind: 'red-line', polarity: '-', statedAt: '2026-03-02' }),
      statement({ holder: 'norland', issue: 'cod-quota', kind: 'red-line', polarity: '-', statedAt: '2026-03-05' }),
    ]);
    const v = violation(() => checkReducerLaws(withRule, { name: 'withRule', laws: ['valid-time-order'], events: words, view: (s) => contradictionList(s) }));
    expect(v.counterExample).toMatch(
      /^ReducerSpec\.for\(withRule\)\n  \.given\(\[\n(    statement\(.*\),\n){2}  \]\)\n  \.thenContradictions\(\[\n    \/\/ the contradictions you expect: every one the state holds \(\{ exhaustive: false \} after the list for some\)\n  \]\);\n/,
    );
    // Pasted, and filled in.
    ReducerSpec.for(withRule)
      .given([
        statement({ holder: 'norland', issue: 'cod-quota', kind: 'red-line', polarity: '-', statedAt: '2026-03-02' }),
      ])
      .thenContradictions([
        // the contradictions you expect: every one the state holds ({ exhaustive: false } after the list for some)
      ]);
  });

  it('keeps registry events in their places under equal-time-order, so reducers embedding the registry pass it', () => {
    const registeredThreats = reducer({
      name: 'registered-threats',
      version: '1',
      initial: () => ({ threats: new Map<string, number>(), registry: emptyRegistry() }),
      recipe: (s, e: StoredEvent) => {
        applyToRegistry(s.registry, e);
        if (e.type === 'statement-made' && e.data.kind === 'threat') s.threats.set(e.data.holder, (s.threats.get(e.data.holder) ?? 0) + 1);
      },
    });
    // Two definitions of one issue, recorded at the same time: the second replaces the first, as read.
    const redefined = fc.constant([
      issue('ceasefire'),
      actor('russia'),
      issue('ceasefire', { parent: 'peace-talks' }),
      statement({ holder: 'russia', issue: 'ceasefire', kind: 'threat', polarity: '+', statedAt: null }),
      statement({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: null }),
    ]);
    checkReducerLaws(registry(), { numRuns: 30, laws: ['equal-time-order'], events: redefined });
    checkReducerLaws(registeredThreats, { numRuns: 30, laws: ['equal-time-order'], events: redefined });
    checkReducerLaws(analysis(), { numRuns: 30, laws: ['equal-time-order'], events: redefined });
    checkReducerLaws(registry(), { numRuns: 200, laws: ['equal-time-order'] });
    checkReducerLaws(registeredThreats, { numRuns: 200, laws: ['equal-time-order'] });
    // Persons named by statements before or after the offices they take, withdrawals kept in their places too.
    const corrected = arbEvents({ withdrawals: true, offices: true, hierarchy: true });
    checkReducerLaws(registry(), { numRuns: 80, laws: ['equal-time-order'], events: corrected });
    checkReducerLaws(registeredThreats, { numRuns: 50, laws: ['equal-time-order'], events: corrected });
  });

  it('reads a log as project reads it: what its withdrawals withdraw is never folded, and a live update projects again at a withdrawal', () => {
    const misquoted = statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', quote: 'misquoted' });
    const fussy = reducer({
      name: 'never-misquoted',
      version: '1',
      initial: () => ({ n: 0 }),
      recipe: (s, e: StoredEvent) => {
        if (e.type === 'statement-made' && e.data.source.quote === 'misquoted') throw new Error('folded a withdrawn statement');
        s.n++;
      },
    });
    const later = (n: number) => statement({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-01-01', quote: `said ${n}` });
    const log = fc.constant([later(1), misquoted, later(2), withdrawal(misquoted, 'the outlet corrected its report'), later(3), later(4)]);
    // Every law but no-mutation, which folds the log up to a cut: before its withdrawal, the statement counts.
    const laws = DEFAULT_LAWS.filter((l) => l !== 'no-mutation');
    checkReducerLaws(fussy, { numRuns: 30, laws: [...laws, 'equal-time-order', 'valid-time-order'], events: log });
    // Restored by a withdrawal of its withdrawal, it is folded again.
    const restored = log.map((events) => [...events, withdrawal(events[3]!, 'the quote was right')]);
    expect(violation(() => checkReducerLaws(fussy, { numRuns: 5, laws: ['determinism'], events: restored })).differences[0]).toBe('Error: folded a withdrawn statement');
  });

  describe('valid-time-order (opt-in): words read late give the state of words read in time', () => {
    const latestByLogOrder = reducer({
      name: 'latest-by-log-order',
      version: '1',
      initial: () => ({ latest: new Map<string, string>() }),
      recipe: (s, e: StoredEvent) => {
        // The commonest bug: the word read last taken for the latest one.
        if (e.type === 'statement-made') s.latest.set(`${e.data.holder} ${e.data.issue}`, e.data.polarity);
      },
    });

    it('is not run unless listed', () => {
      expect(DEFAULT_LAWS).not.toContain('valid-time-order');
      checkReducerLaws(latestByLogOrder, { ...small, laws: DEFAULT_LAWS });
    });

    it('catches a reducer that takes the word read last for the latest, with the late reading to paste and the order that gives the state expected', () => {
      const v = violation(() => checkReducerLaws(latestByLogOrder, { ...small, numRuns: 200, laws: ['valid-time-order'] }));
      expect(v.law).toBe('valid-time-order');
      expect(v.message).toContain('the statements read in another order than that of their valid times give another state than read in that order');
      // The differences begin with `late.`: the headline says what that is.
      expect(v.message).toContain("(expected = read in the order of valid times; `late.` = the state as read in the log's order, the spec below):");
      expect(v.differences[0]).toMatch(/^late\.latest\.get\('[a-z-]+ [a-z-]+'\): expected '[-+0]', got '[-+0]'$/);
      expect(v.counterExample).toMatch(/^ReducerSpec\.for\(latestByLogOrder\(\)\)/);
      expect(v.counterExample).toContain('// the same events read in the order of their valid times give the state expected');
    });

    it('names each statement a difference quotes by what it said, not by its id alone', () => {
      // The ids of the statements, in the order read: a record of a rule that lists its statements as it hears them.
      const idsAsRead = reducer({
        name: 'ids-as-read',
        version: '1',
        initial: () => ({ ids: [] as string[] }),
        recipe: (s, e: StoredEvent) => void (e.type === 'statement-made' && s.ids.push(e.id)),
      });
      const twoWords = fc.constant([
        statement({ holder: 'norland', issue: 'cod-quota', kind: 'red-line', polarity: '-', statedAt: '2026-03-02' }),
        statement({ holder: 'vesteria', issue: 'cod-quota', kind: 'support', polarity: '+', statedAt: '2026-03-05' }),
      ]);
      const v = violation(() => checkReducerLaws(idsAsRead, { numRuns: 50, laws: ['valid-time-order'], events: twoWords }));
      expect(v.differences).toEqual([
        expect.stringMatching(/^late\.ids\[0\]: expected '[0-9a-f]+' \(norland red-line - cod-quota, stated 2026-03-02\), got '[0-9a-f]+' \(vesteria support \+ cod-quota, stated 2026-03-05\)$/),
        expect.stringMatching(/^late\.ids\[1\]: expected '[0-9a-f]+' \(vesteria support \+ cod-quota, stated 2026-03-05\), got '[0-9a-f]+' \(norland red-line - cod-quota, stated 2026-03-02\)$/),
      ]);
      expect(v.message).toContain(v.differences[0]);
    });

    it('passes the positions, which weigh words by valid time', () => {
      checkReducerLaws(positions(), { numRuns: 200, laws: ['valid-time-order'] });
      checkReducerLaws(analysis(), { numRuns: 100, laws: ['valid-time-order'], view: (s) => ({ positions: positionList(s), contradictions: contradictionList(s) }) });
    });

    it('passes them on logs with withdrawals (read after the statements) and persons in office', () => {
      const corrected = arbEvents({ withdrawals: true, offices: true, hierarchy: true });
      checkReducerLaws(positions(), { numRuns: 100, laws: ['valid-time-order'], events: corrected });
      checkReducerLaws(analysis(), { numRuns: 60, laws: ['valid-time-order'], events: corrected, view: (s) => ({ positions: positionList(s), contradictions: contradictionList(s) }) });
    });
  });

  it('refuses an option it does not know, listing those it does, rather than check fewer laws than asked', () => {
    expect(() => checkReducerLaws(positions(), { orderIndependentAtEqualTimes: true } as never)).toThrow(
      new RangeError('checkReducerLaws: orderIndependentAtEqualTimes: not an option (the options are events, numRuns, seed, path, laws, orderIndependentAtEqualTime, view, snapshot, name, clocks; did you mean orderIndependentAtEqualTime?)'),
    );
  });

  it('refuses a list of events where it takes an arbitrary of logs, saying how to pass one log', () => {
    const log = [statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })];
    expect(() => checkReducerLaws(positions(), { events: log as never })).toThrow(
      /^checkReducerLaws: events: expected a fast-check arbitrary of logs \(arbEvents\(\{ \.\.\. \}\); for one log of your own, fc\.constant\(\[\.\.\.events\]\)\), got \[\{"type":"statement-made"/,
    );
    checkReducerLaws(positions(), { events: fc.constant(log), numRuns: 1 });
  });

  it('refuses a number of runs that is no whole number of 1 or more', () => {
    expect(() => checkReducerLaws(positions(), { numRuns: 0 })).toThrow(new RangeError('checkReducerLaws: numRuns: expected a whole number of runs, 1 or more, got 0'));
  });

  it('refuses a law it does not know, listing those it does', () => {
    expect(() => checkReducerLaws(positions(), { laws: ['valid-time' as 'valid-time-order'] })).toThrow(
      'checkReducerLaws: no law named "valid-time" (the laws are determinism, no-mutation, live-equals-replay, snapshot-plus-tail, wall-clock, equal-time-order, valid-time-order)',
    );
  });
});

describe('the arbitraries of logs', () => {
  it('refuse an option they do not know, or a value of the wrong kind, where they are made: the laws would run on logs of another shape', () => {
    // `holder` was ignored (the default holders drawn); a misspelt kind made events stored() refused, reported by the laws as the reducer's throw.
    expect(() => arbEvents({ holder: ['israel'] } as never)).toThrow(
      new RangeError('arbEvents: holder: not an option (the options are holders, issues, publishers, kinds, from, days, mixedPrecision, speakers, conditions, registry, withdrawals, offices, hierarchy, minLength, maxLength; did you mean holders?)'),
    );
    expect(() => arbEvents({ kinds: ['propose', 'red-lines' as 'red-line'] })).toThrow(/^arbEvents: kinds: expected a list of statement kinds \(demand, propose, .*\), got \["propose","red-lines"\]$/);
    expect(() => arbStatement({ holders: 'israel' as never })).toThrow(new RangeError('arbStatement: holders: expected a list of one actor id or more, got "israel"'));
    expect(() => arbLog({ from: '2025-5-1' })).toThrow(new RangeError('arbLog: from: expected a day, YYYY-MM-DD, got "2025-5-1"'));
    expect(() => arbEvents({ days: 0 })).toThrow(new RangeError('arbEvents: days: expected a whole number of days, 1 or more, got 0'));
    // The shape the docs give a rule's laws is taken as it is.
    expect(fc.sample(arbEvents({ holders: ['israel'], issues: ['hostage-deal'], kinds: ['propose', 'red-line', 'demand'], days: 30, maxLength: 8 }), 5).length).toBe(5);
  });
});
