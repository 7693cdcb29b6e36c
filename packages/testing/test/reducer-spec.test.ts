import { analysis, contradictionRule, positions, RecipeError, RecipeReturnError, reducer } from '@stancelog/core';
import type { StoredEvent } from '@stancelog/core';
import { eventMarking, holderShouting } from './event-marking.js';
import { identityCounter } from './identity-counter.js';
import { ReducerSpec, SpecAssertionError, eventCode, idOf, statement, stored, withdrawal } from '@stancelog/testing';
import '@stancelog/testing/jest';

const failure = (run: () => unknown): SpecAssertionError => {
  try {
    run();
  } catch (error) {
    if (error instanceof SpecAssertionError) return error;
    throw error;
  }
  throw new Error('expected a SpecAssertionError, but nothing was thrown');
};

const countByIssue = reducer({
  name: 'count-by-issue',
  version: '1',
  initial: () => ({ counts: new Map<string, number>() }),
  recipe: (s, e: StoredEvent) => {
    if (e.type === 'statement-made') s.counts.set(e.data.issue, (s.counts.get(e.data.issue) ?? 0) + 1);
  },
});

describe('ReducerSpec', () => {
  it('passes when the state after given and when is the one expected, comparing Maps by content', () => {
    ReducerSpec.for(countByIssue)
      .given([statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })])
      .when(statement({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+' }))
      .then({ counts: new Map([['ceasefire', 2]]) });
  });

  it('names the path of each difference of a whole state', () => {
    const e = failure(() =>
      ReducerSpec.for(countByIssue)
        .given([statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })])
        .then({ counts: new Map([['ceasefire', 2], ['sanctions', 1]]) }),
    );
    expect(e.differences).toEqual(["state.counts.get('ceasefire'): expected 2, got 1", "state.counts.get('sanctions'): missing (expected 1)"]);
  });

  it('says that more differences than the twenty it lists are left out, rather than let twenty pass for all', () => {
    const issues = Array.from({ length: 25 }, (_, i) => `issue-${String(i).padStart(2, '0')}`);
    const e = failure(() =>
      ReducerSpec.for(countByIssue)
        .given(issues.map((issue) => statement({ holder: 'russia', issue, kind: 'reject', polarity: '-' })))
        .then({ counts: new Map() }),
    );
    expect(e.differences.slice(0, 2)).toEqual(["state.counts.get('issue-00'): unexpected 1", "state.counts.get('issue-01'): unexpected 1"]);
    expect(e.differences).toHaveLength(21);
    expect(e.differences[20]).toBe('state: and more differences, not listed (the comparison stops after 20)');
    // Twenty differences exactly: all are listed, and nothing more is said.
    const twenty = failure(() => ReducerSpec.for(countByIssue).given(issues.slice(0, 20).map((issue) => statement({ holder: 'russia', issue, kind: 'reject', polarity: '-' }))).then({ counts: new Map() }));
    expect(twenty.differences).toHaveLength(20);
    expect(twenty.message).not.toContain('more differences');
  });

  it('lists twenty differences of positions or contradictions, the expected ones first, then counts the rest', () => {
    const issues = Array.from({ length: 30 }, (_, i) => `issue-${String(i).padStart(2, '0')}`);
    const given = [
      ...issues.map((issue) => statement({ holder: 'russia', issue, kind: 'demand', polarity: '+' })),
      ...issues.map((issue) => statement({ holder: 'ukraine', issue, kind: 'red-line', polarity: '-' })),
    ];
    const p = failure(() => ReducerSpec.for(analysis()).given(given).thenPositions([{ holder: 'russia', issue: 'issue-29', polarity: '-' }]));
    // The one position expected is named first, not drowned among the 59 unexpected.
    expect(p.differences[0]).toBe("russia × issue-29: polarity is '+', expected '-'");
    expect(p.differences).toHaveLength(21);
    expect(p.differences[20]).toBe('and 40 more differences, not listed');
    const c = failure(() => ReducerSpec.for(analysis()).given(given).thenContradictions([]));
    expect(c.differences).toHaveLength(21);
    expect(c.differences[20]).toBe('and 10 more differences, not listed');
  });

  it('names the holder × issue whose position differs, and positions missing or unexpected', () => {
    const e = failure(() =>
      ReducerSpec.for(positions())
        .given([
          statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-04-23' }),
          statement({ holder: 'ukraine', issue: 'sanctions', kind: 'demand', polarity: '+' }),
        ])
        .thenPositions([
          { holder: 'russia', issue: 'ceasefire', polarity: '+', since: '2025-04-23' },
          { holder: 'ukraine', issue: 'ceasefire', polarity: '+' },
        ]),
    );
    expect(e.differences).toEqual([
      "russia × ceasefire: polarity is '-', expected '+'",
      'ukraine × ceasefire: missing (ukraine has positions on sanctions)',
      'ukraine × sanctions: unexpected (+ demand since 2025-01-01)',
    ]);
    expect(e.message).toContain('positions differ');
  });

  it('names the contradiction that differs, against the closest one found', () => {
    const spec = ReducerSpec.for(analysis()).given([
      statement({ holder: 'russia', issue: 'territorial-concessions', kind: 'demand', polarity: '+', statedAt: '2025-05-16' }),
      statement({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'reject', polarity: '-', statedAt: '2025-05-16' }),
    ]);
    spec.thenContradictions([{ type: 'incompatible', actors: ['ukraine', 'russia'], issues: ['territorial-concessions'], status: 'open' }]);
    const e = failure(() => spec.thenContradictions([{ type: 'incompatible', actors: ['russia', 'ukraine'], status: 'resolved' }, { type: 'reversal', actors: ['russia'] }]));
    expect(e.differences).toEqual([
      "incompatible [russia, ukraine]: status is 'open', expected 'resolved' (closest: incompatible [russia, ukraine] on territorial-concessions, since 2025-05-16, open)",
      'missing: reversal [russia] (no reversal found; found: incompatible (1))',
    ]);
  });

  it('names a field an expectation gives that no position or contradiction has, with the one meant, where it read as the state lacking it', () => {
    const spec = ReducerSpec.for(analysis()).given([
      statement({ holder: 'russia', issue: 'territorial-concessions', kind: 'demand', polarity: '+', statedAt: '2025-05-16' }),
      statement({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'reject', polarity: '-', statedAt: '2025-05-16' }),
    ]);
    // As JavaScript writes it, unchecked: `actor` for `actors`, `polarty` for `polarity`.
    const c = failure(() => spec.thenContradictions([{ type: 'incompatible', actor: ['russia', 'ukraine'] } as never]));
    expect(c.differences).toEqual([
      'incompatible: actor is no field of a contradiction (the fields are id, type, issues, actors, since, until, resolvedBy, status, statements, summary; did you mean actors?) (closest: incompatible [russia, ukraine] on territorial-concessions, since 2025-05-16, open)',
    ]);
    const p = failure(() => spec.thenPositions([{ holder: 'russia', issue: 'territorial-concessions', polarty: '+' } as never], { exhaustive: false }));
    expect(p.differences).toEqual([
      'russia × territorial-concessions: polarty is no field of a position (the fields are holder, issue, polarity, kind, conditions, triggers, since, lastStated, reported, firmKind, statements, sources, history; did you mean polarity?)',
    ]);
  });

  it('checks the state as of a point in time, as project gives it: stated by, and known on, with withdrawals as then known', () => {
    const rejects = statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', recordedAt: '2025-03-14T09:00:00Z' });
    const accepts = statement({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-04-01', recordedAt: '2025-04-02T09:00:00Z' });
    const spec = ReducerSpec.for(positions()).given([rejects]).when(accepts);
    spec.thenPositions([{ holder: 'russia', issue: 'ceasefire', polarity: '+' }]);
    spec.asOf({ validTime: '2025-03-31' }).thenPositions([{ holder: 'russia', issue: 'ceasefire', polarity: '-' }]);
    spec.asOf({ recordedTime: '2025-04-01' }).thenPositions([{ holder: 'russia', issue: 'ceasefire', polarity: '-' }]);
    // Withdrawn on 10 April: known on the 5th, the acceptance still counted.
    const taken = spec.when({ ...withdrawal(accepts, 'misreported'), recordedAt: '2025-04-10T09:00:00Z' });
    taken.thenPositions([{ holder: 'russia', issue: 'ceasefire', polarity: '-' }]);
    taken.asOf({ recordedTime: '2025-04-05' }).thenPositions([{ holder: 'russia', issue: 'ceasefire', polarity: '+' }]);
    expect(failure(() => spec.asOf({ validTime: 'May' }).state()).message).toBe('positions: asOf.validTime: not a date or timestamp: "May"');
  });

  it('says, when a spec read as of a point fails, the point and the events it did not count there', () => {
    const line = statement({ holder: 'norland', issue: 'cod-quota', kind: 'red-line', polarity: '-', statedAt: '2026-03-02' });
    const late = statement({ holder: 'vesteria', issue: 'cod-quota', kind: 'support', polarity: '+', statedAt: '2026-03-05', recordedAt: '2026-03-20T00:00:00Z' });
    const e = failure(() => ReducerSpec.for(analysis()).given([line]).when(late).asOf({ recordedTime: '2026-03-10' }).thenContradictions([{ type: 'incompatible' }]));
    expect(e.message).toContain(
      `(given 1 event(s) when ${eventCode(late)}, read as of { recordedTime: '2026-03-10' }: 1 of the 2 counted (not counted: when event 1 (${eventCode(late)})))`,
    );
    // Read with no point, the spec says nothing of one.
    expect(failure(() => ReducerSpec.for(analysis()).given([line]).thenContradictions([{ type: 'incompatible' }])).message).toContain('(given 1 event(s))');
  });

  it('compares the statements of a contradiction as a set, and names those missing or extra with what they said', () => {
    const demand = statement({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11' });
    const refusal = statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', quote: 'no truce now' });
    const hedge = statement({ holder: 'russia', issue: 'sanctions', kind: 'hedge', polarity: '0' });
    const spec = ReducerSpec.for(analysis()).given([demand, hedge]).when(refusal);
    for (const order of [[idOf(demand), idOf(refusal)], [idOf(refusal), idOf(demand)]]) spec.thenContradictions([{ type: 'incompatible', statements: order }]);
    const e = failure(() => spec.thenContradictions([{ type: 'incompatible', statements: [idOf(demand), idOf(hedge)] }]));
    expect(e.differences).toEqual([
      `incompatible: statements differ: missing '${idOf(hedge)}' (russia hedge 0 sanctions: 'russia hedge 0 sanctions'); extra '${idOf(refusal)}' (russia reject - ceasefire: 'no truce now') (closest: incompatible [russia, ukraine] on ceasefire, since 2025-03-13, open)`,
    ]);
  });

  it('reports contradictions nobody expected unless told not to be exhaustive', () => {
    const spec = ReducerSpec.for(analysis()).given([
      statement({ holder: 'russia', issue: 'ceasefire', kind: 'demand', polarity: '+' }),
      statement({ holder: 'ukraine', issue: 'ceasefire', kind: 'reject', polarity: '-' }),
    ]);
    expect(failure(() => spec.thenContradictions([])).differences[0]).toMatch(/^unexpected: incompatible \[russia, ukraine\] on ceasefire \(since 2025-01-01, open\)/);
    spec.thenContradictions([], { exhaustive: false });
  });

  // Counts events, and refuses threats.
  const strict = reducer({
    name: 'strict',
    version: '1',
    initial: () => ({ n: 0 }),
    recipe: (s, e: StoredEvent) => {
      if (e.type === 'statement-made' && e.data.kind === 'threat') throw new RangeError(`no threats: ${e.data.holder}`);
      s.n++;
    },
  });

  it('expects the recipe to throw with thenError, and fails when it does not or throws otherwise', () => {
    const spec = ReducerSpec.for(strict).given([statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })]);
    spec.when(statement({ holder: 'russia', issue: 'sanctions', kind: 'threat', polarity: '+' })).thenError(RangeError).thenError('no threats: russia').thenError(/threats/);
    expect(failure(() => spec.thenError()).message).toContain('expected the recipe to throw, but it returned a state');
    const wrong = failure(() => spec.when(statement({ holder: 'russia', issue: 'sanctions', kind: 'threat', polarity: '+' })).thenError(TypeError));
    expect(wrong.message).toContain('expected an instance of TypeError');
    expect(failure(() => spec.given([statement({ holder: 'a', issue: 'b', kind: 'threat', polarity: '+' })]).then({ n: 1 })).message).toMatch(/the recipe threw at given event 2 .*RangeError: no threats: a/);
  });

  it("tells a spec expecting core's RecipeError that it matches what the recipe threw, and which class that was", () => {
    const when = ReducerSpec.for(strict).when(statement({ holder: 'russia', issue: 'sanctions', kind: 'threat', polarity: '+' }));
    expect(failure(() => when.thenError(RecipeError)).message).toContain(
      'expected an instance of RecipeError (a spec matches what the recipe threw, not the RecipeError a replay wraps it in: thenError(RangeError) or a part of its message)',
    );
    // Any other class that does not match reads as before.
    expect(failure(() => when.thenError(TypeError)).message).not.toContain('a replay wraps');
  });

  it('says that a recipe returned a value, where core refused it, rather than that it threw (a leftover of stop 49)', () => {
    const count = reducer<{ n: number }>({ name: 'count', version: '1', initial: () => ({ n: 0 }), recipe: (s) => ({ n: s.n + 1 }) as unknown as void });
    const said = 'the recipe of count returned an object: a recipe changes the draft it is given and returns nothing (what it returns is not taken as the new state: write its fields into the draft)';
    const when = ReducerSpec.for(count).given([]).when(statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' }));
    const e = failure(() => when.then({ n: 1 }));
    expect(e.message).toBe(`count: the recipe returned a value at when event 1 (${eventCode(statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' }))}): ${said}`);
    expect(e.message).not.toContain('threw');
    // Expected to throw something else, it is said the same way.
    expect(failure(() => when.thenError(RangeError)).message).toContain(`count: the recipe returned a value at when event 1 (${eventCode(statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' }))}), expected an instance of RangeError (${said})`);
    // Among the given events, before a when event.
    const given = ReducerSpec.for(count).given([statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })]).when(statement({ holder: 'russia', issue: 'sanctions', kind: 'reject', polarity: '-' }));
    expect(failure(() => given.thenError()).message).toMatch(/^count: the recipe returned a value at given event 1 \(.*\), not at the when event \(expected a throw there\): the recipe of count returned an object/);
  });

  it('does not take a recipe that returned a value for one that threw a TypeError, an Error, or anything (core refuses the value with a RecipeReturnError, a TypeError)', () => {
    const count = reducer<{ n: number }>({ name: 'count', version: '1', initial: () => ({ n: 0 }), recipe: (s) => ({ n: s.n + 1 }) as unknown as void });
    const said = 'the recipe of count returned an object: a recipe changes the draft it is given and returns nothing (what it returns is not taken as the new state: write its fields into the draft)';
    const event = eventCode(statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' }));
    const when = ReducerSpec.for(count).given([]).when(statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' }));
    expect(failure(() => when.thenError(TypeError)).message).toContain(
      `count: the recipe returned a value at when event 1 (${event}), expected an instance of TypeError (${said}; thenError(RecipeReturnError) expects that refusal)`,
    );
    expect(failure(() => when.thenError(Error)).message).toContain('count: the recipe returned a value at when event 1');
    expect(failure(() => when.thenError()).message).toContain(`count: the recipe returned a value at when event 1 (${event}), expected a throw (${said}; thenError(RecipeReturnError) expects that refusal)`);
    // The refusal itself is expected by its own class, or by its message.
    when.thenError(RecipeReturnError).thenError('returned an object');
  });

  it('names the line of one\'s own code a rule of the analysis threw at, beside what it threw, and keeps the error as the cause', () => {
    // A rule that reads a field its state does not have: jest shows the spec's line only, so the message names the rule's.
    const careless = contradictionRule({
      type: 'careless',
      version: '1',
      initial: () => ({ seen: new Map<string, string>() }),
      onStatement: (_ctx, state, entry, position) => {
        if (entry.kind === 'reject') (state as unknown as { commitments: Map<string, string> }).commitments.get(position.holder);
      },
    });
    const e = failure(() =>
      ReducerSpec.for(analysis({ extraRules: [careless] }), { name: 'withRule' })
        .given([statement({ holder: 'france', issue: 'beef-quota', kind: 'commit', polarity: '+', statedAt: '2025-02-10' })])
        .when(statement({ holder: 'france', issue: 'beef-quota', kind: 'reject', polarity: '-', statedAt: '2025-04-01' }))
        .thenContradictions([]),
    );
    expect(e.message).toMatch(/^withRule: the recipe threw at when event 1 \(.*\): TypeError: Cannot read properties of undefined \(reading 'get'\)\n  thrown at onStatement \(\S*packages\/testing\/test\/reducer-spec\.test\.ts:\d+:\d+\)$/);
    expect(e.cause).toBeInstanceOf(TypeError);
    // thenError's failures name it too.
    const wrong = failure(() => ReducerSpec.for(strict).given([statement({ holder: 'russia', issue: 'sanctions', kind: 'threat', polarity: '+' })]).thenError(TypeError));
    expect(wrong.message).toMatch(/expected an instance of TypeError\n  thrown at recipe \(\S*reducer-spec\.test\.ts:\d+:\d+\)/);
  });

  it('fails when a rule of the analysis changes what it reads (an entry it is given), naming the stance changed, where the spec of its contradictions alone passed', () => {
    // A rule that writes into the entry it hears: the positions then say what no statement said.
    const meddling = contradictionRule({
      type: 'meddling',
      version: '1',
      initial: () => ({}),
      onStatement: (_ctx, _state, entry) => {
        if (entry.kind === 'reject') (entry as { polarity: string }).polarity = '+';
      },
    });
    const e = failure(() =>
      ReducerSpec.for(analysis({ rules: [meddling] }), { name: 'withRule' })
        .given([statement({ holder: 'france', issue: 'beef-quota', kind: 'commit', polarity: '+', statedAt: '2025-02-10' })])
        .when(statement({ holder: 'france', issue: 'beef-quota', kind: 'reject', polarity: '-', statedAt: '2025-04-01' }))
        .thenContradictions([]),
    );
    expect(e.message).toMatch(/^withRule: the analysis' positions are not those positions\(\) computes from the same events \(expected = positions\(\)\): a rule of its own changed what it reads \(ctx\.positions, or the entry or position a hook is given\), which a rule reads and never writes:\n  positions\.byIssue\.get\('beef-quota'\)\.get\('france'\)\.\S+: expected '-', got '\+'/);
  });

  it('says of an analysis that threw in core\'s code, with no line of one\'s own below, that a rule may have written into what it reads', () => {
    // The rule returns; the built-in rules then read the positions it broke.
    const deleting = contradictionRule({
      type: 'deleting',
      version: '1',
      initial: () => ({}),
      onStatement: (ctx, _state, _entry, position) => void (ctx.positions.byIssue as Map<string, unknown>).delete(position.issue),
    });
    const e = failure(() =>
      ReducerSpec.for(analysis({ extraRules: [deleting] }), { name: 'withRule' })
        .given([statement({ holder: 'france', issue: 'beef-quota', kind: 'commit', polarity: '+', statedAt: '2025-02-10' })])
        .when(statement({ holder: 'france', issue: 'beef-quota', kind: 'reject', polarity: '-', statedAt: '2025-04-01' }))
        .thenContradictions([]),
    );
    expect(e.message).toMatch(/^withRule: the recipe threw at given event 1 \(.*\): TypeError: .*\n  thrown in @stancelog\/core's code, not in yours: did a rule write into what it reads \(ctx\.positions, or the entry or position a hook is given\), which it must leave as it is\?$/);
  });

  it('refuses an object that is no reducer, naming what it lacks, rather than report its mistake as a recipe that threw', () => {
    // Written by hand, as a reducer of another library: a step function, no version, no recipe.
    const byHand = { name: 'hand', initial: () => ({ n: 0 }), step: (s: { n: number }) => ({ n: s.n + 1 }) };
    expect(() => ReducerSpec.for(byHand as never)).toThrow(new TypeError('ReducerSpec.for: hand: it has no version (a string): build it with reducer() from @stancelog/core, which checks it where it is made'));
    expect(() => ReducerSpec.for({ ...byHand, version: '1' } as never)).toThrow(/^ReducerSpec\.for: hand: it has no recipe \(a function \(\(draft, event\) => void\)\): build it with reducer\(\)/);
  });

  it('refuses a thenError whose throw comes from a given event while the when event does not throw, naming where it threw', () => {
    const given = ReducerSpec.for(strict).given([statement({ holder: 'russia', issue: 'ceasefire', kind: 'threat', polarity: '+' })]);
    // Without a when event, the given events are the ones under test.
    given.thenError(RangeError);
    const e = failure(() => given.when(statement({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+' })).thenError(RangeError));
    expect(e.message).toContain("strict: the recipe threw at given event 1 (statement({ holder: 'russia', issue: 'ceasefire', kind: 'threat', polarity: '+' })), not at the when event (expected an instance of RangeError there): RangeError: no threats: russia");
  });

  it('says what thenError expected when the recipe does not throw', () => {
    const spec = ReducerSpec.for(countByIssue).given([statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })]);
    expect(failure(() => spec.thenError('boom')).message).toContain('count-by-issue: expected the recipe to throw an error whose message contains "boom", but it returned a state');
    expect(failure(() => spec.thenError(RangeError)).message).toContain('expected the recipe to throw an instance of RangeError, but it returned a state');
  });

  it('names the reducer in messages as options.name says', () => {
    const e = failure(() => ReducerSpec.for(countByIssue, { name: 'counts' }).given([statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })]).then({ counts: new Map() }));
    expect(e.message).toMatch(/^counts: the state differs/);
  });

  it('refuses an option it does not know, rather than name the reducer otherwise than asked', () => {
    expect(() => ReducerSpec.for(countByIssue, { nmae: 'counts' } as never)).toThrow(new RangeError('ReducerSpec.for: nmae: not an option (the options are name; did you mean name?)'));
    expect(() => ReducerSpec.for(countByIssue, { name: ' ' })).toThrow(new RangeError('ReducerSpec.for: name: expected how messages name the reducer (a name or an expression), got " "'));
  });

  it('refuses, from JavaScript, one event given bare or a list passed to when, saying how to write it', () => {
    const said = statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' });
    const spec = ReducerSpec.for(countByIssue) as unknown as { given(e: unknown): unknown; when(...e: unknown[]): unknown };
    expect(() => spec.given(said)).toThrow(new TypeError(`ReducerSpec.given: takes a list of events, given([event, ...]), not one event (${eventCode(said)})`));
    expect(() => spec.given(undefined)).toThrow(new TypeError('ReducerSpec.given: takes a list of events, given([event, ...]), not undefined'));
    expect(() => spec.when(said, [said])).toThrow(new TypeError('ReducerSpec.when: takes the events as arguments, when(a, b), not a list (argument 2): write when(...events)'));
  });

  it('names an event no store would take as given or when, with the spec, where stored() counted both lists as one', () => {
    const demand = statement({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+' });
    // A plain JavaScript test, or a cast, passes a kind the builder's type would refuse.
    const misspelt = statement({ holder: 'russia', issue: 'ceasefire', kind: 'red-lines' as 'red-line', polarity: '-' });
    const e = failure(() => ReducerSpec.for(countByIssue).given([demand, demand]).when(misspelt).state());
    expect(e.message).toMatch(/^count-by-issue: when event 1 \(statement\(\{ holder: 'russia', issue: 'ceasefire', kind: 'red-lines', polarity: '-' \}\)\) is invalid: data\.kind: expected one of .*got "red-lines" \(red-line\?\)$/);
    const late = failure(() => ReducerSpec.for(countByIssue).given([demand, { ...demand, recordedAt: 'yesterday' }]).state());
    expect(late.message).toBe(`count-by-issue: given event 2 (${eventCode({ ...demand, recordedAt: 'yesterday' })}) is invalid: recordedAt is not a timestamp: "yesterday"`);
  });

  it('refuses events stored by separate stored() calls, whose positions repeat, naming both and how to fix it', () => {
    const [accepts] = stored([statement({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+' })]);
    const [rejects] = stored([statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })]);
    const e = failure(() => ReducerSpec.for(analysis()).given([accepts!]).when(rejects!).state());
    expect(e.message).toContain("analysis: given event 1 (statement({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+' })) and when event 1 (statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })) are both at log position 1");
    expect(e.message).toContain('store them in one stored([...]) call, or pass the builder events unstored');
    // Stored together, they are in order, and the spec holds.
    const [a, b] = stored([statement({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+' }), statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })]);
    ReducerSpec.for(analysis()).given([a!]).when(b!).thenPositions([{ holder: 'russia', issue: 'ceasefire', polarity: '-' }]);
  });

  it('refuses stored events whose positions go back', () => {
    const log = stored([statement({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+' }), statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })]);
    const e = failure(() => ReducerSpec.for(countByIssue).given([log[1]!, log[0]!]).state());
    expect(e.message).toMatch(/^count-by-issue: given event 1 .* and given event 2 .* are at log positions 2 and 1, in that order/);
  });

  it('refuses a withdrawal of an event not in the log, as every store does', () => {
    const never = statement({ holder: 'russia', issue: 'sanctions', kind: 'reject', polarity: '-' });
    const e = failure(() => ReducerSpec.for(countByIssue).given([statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })]).when(withdrawal(never, 'misquoted')).state());
    expect(e.message).toBe(
      `count-by-issue: when event 1 (withdrawal('${idOf(never)}', 'misquoted')): data.event: no event ${idOf(never)} in the log or before the withdrawal in the batch (a withdrawal takes back an earlier event)`,
    );
    // Nor may it come before the event it withdraws.
    expect(failure(() => ReducerSpec.for(countByIssue).given([withdrawal(never, 'misquoted'), never]).state()).message).toContain('given event 1 (withdrawal(');
  });

  it('fails when the live update and a replay of the same events disagree', () => {
    const byIdentity = identityCounter('by-identity');
    const e = failure(() =>
      ReducerSpec.for(byIdentity)
        .given([statement({ holder: 'a', issue: 'b', kind: 'demand', polarity: '+' })])
        .when(statement({ holder: 'a', issue: 'c', kind: 'demand', polarity: '+' }))
        .then({ box: { n: 1 } }),
    );
    expect(e.message).toContain('the live update (step) and a replay of the same events disagree (expected = replay)');
    expect(e.differences).toEqual(['live.box.n: expected 1, got 2']);
  });

  it('fails when the live update changes the state it was given, so a pasted no-mutation counter-example reproduces', () => {
    class Tally {
      count = 0;
    }
    const mutating = reducer({ name: 'tally', version: '1', initial: () => ({ tally: new Tally() }), recipe: (s) => void s.tally.count++ });
    const e = failure(() => ReducerSpec.for(mutating).given([]).when(statement({ holder: 'a', issue: 'b', kind: 'demand', polarity: '+' })).state());
    expect(e.message).toContain('the live update (step) changed the state it was given, at when event 1');
    expect(e.differences).toEqual(['input.tally.count: expected 0, got 1']);
  });

  it('fails when the recipe changes an event it reads, saying what it changed, so a pasted no-mutation counter-example reproduces', () => {
    const marking = eventMarking();
    const said = statement({ holder: 'a', issue: 'b', kind: 'demand', polarity: '+' });
    const e = failure(() => ReducerSpec.for(marking).given([]).when(said).state());
    expect(e.message).toContain(`marking: the recipe changed the event it was given, when event 1 (${eventCode(said)}) (expected = the event as given):`);
    expect(e.differences).toEqual(["event.data.quote: unexpected 'seen'"]);
    // A given event too: the replay reads it.
    expect(failure(() => ReducerSpec.for(marking).given([said]).then({ n: 1 })).message).toContain('changed the event it was given, given event 1');
  });

  it('names a changed event as the test gave it, and leaves the test\'s own event as it was for the specs after it', () => {
    // A holder upper-cased is no actor id: once written into the test's own event, every later spec of it was refused as invalid.
    const shouting = holderShouting();
    const said = statement({ holder: 'russia', issue: 'ceasefire', kind: 'demand', polarity: '+' });
    const e = failure(() => ReducerSpec.for(shouting).given([said]).then({ n: 1 }));
    expect(e.message).toContain(`shouting: the recipe changed the event it was given, given event 1 (${eventCode(statement({ holder: 'russia', issue: 'ceasefire', kind: 'demand', polarity: '+' }))})`);
    expect(e.differences).toEqual(["event.data.holder: expected 'russia', got 'RUSSIA'"]);
    expect(said.data.holder).toBe('russia');
    ReducerSpec.for(countByIssue).given([said]).then({ counts: new Map([['ceasefire', 1]]) });
    // Events already stored too: the spec reads copies of them.
    const [kept] = stored([said]);
    failure(() => ReducerSpec.for(shouting).given([kept!]).then({ n: 1 }));
    expect(kept!.type === 'statement-made' && kept!.data.holder).toBe('russia');
  });

  it('can be awaited: as a thenable it resolves without comparing again', async () => {
    const spec = ReducerSpec.for(countByIssue)
      .given([statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })])
      .then({ counts: new Map([['ceasefire', 1]]) });
    await expect(Promise.resolve(spec)).resolves.toBeUndefined();
  });

  describe('with withdrawals', () => {
    const misquoted = statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' });
    const demand = statement({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+' });

    it('leaves a statement withdrawn among the given events out of the state', () => {
      ReducerSpec.for(countByIssue).given([demand, misquoted, withdrawal(misquoted, 'misquoted')]).then({ counts: new Map([['ceasefire', 1]]) });
    });

    it('applies a withdrawal among the when events by replaying, as a live app must, and agrees with a replay', () => {
      ReducerSpec.for(analysis())
        .given([demand, misquoted])
        .when(withdrawal(misquoted, 'misquoted'), statement({ holder: 'russia', issue: 'ceasefire', kind: 'hedge', polarity: '0', statedAt: '2025-05-20' }))
        .thenContradictions([])
        .thenPositions([
          { holder: 'russia', issue: 'ceasefire', polarity: '0' },
          { holder: 'ukraine', issue: 'ceasefire', polarity: '+' },
        ]);
    });

    it('restores a statement whose withdrawal is withdrawn', () => {
      const w = withdrawal(misquoted, 'misquoted');
      ReducerSpec.for(countByIssue).given([demand, misquoted, w]).when(withdrawal(w, 'the quote stands')).then({ counts: new Map([['ceasefire', 2]]) });
    });

    it('prints a withdrawal as builder code', () => {
      expect(eventCode(withdrawal('3f2a9c1b0d4e5f60718293a4b5c6d7e8', 'misquoted'))).toBe("withdrawal('3f2a9c1b0d4e5f60718293a4b5c6d7e8', 'misquoted')");
    });

    it('lets the jest matchers read a list of events with a withdrawal', () => {
      expect([demand, misquoted]).toHaveContradiction({ type: 'incompatible' });
      expect([demand, misquoted, withdrawal(misquoted, 'misquoted')]).not.toHaveContradiction({ type: 'incompatible' });
    });
  });
});
