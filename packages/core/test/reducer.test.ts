import { pipe } from 'fp-ts/lib/function.js';
import { analysis, combine, filter, fold, follow, memorySnapshots, ofType, openMemoryStore, positions, project, RecipeError, RecipeReturnError, reducer, registry, replay, scope, statementMade, step, stepAll } from '@stancelog/core';
import type { Reducer, StoredEvent } from '@stancelog/core';

const count = reducer({ name: 'count', version: '1', initial: () => ({ n: 0 }), recipe: (s: { n: number }) => void s.n++ });
const issues = reducer({
  name: 'issues',
  version: '1',
  initial: () => new Set<string>(),
  recipe: (s: Set<string>, e: StoredEvent) => {
    if (e.type === 'statement-made') s.add(e.data.issue);
  },
});
const ev = (holder: string, issue: string) => ({ type: 'statement-made', data: { holder, issue } }) as unknown as StoredEvent;
const alias = { type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } } as unknown as StoredEvent;

describe('reducers', () => {
  it('combine runs reducers side by side', () => {
    expect(replay(combine({ count, issues }), [ev('a', 'x'), ev('b', 'y')])).toEqual({ count: { n: 2 }, issues: new Set(['x', 'y']) });
  });

  it('filter, ofType and scope compose with pipe', () => {
    const events = [ev('ukraine', 'ceasefire'), ev('russia', 'ceasefire'), ev('ukraine', 'sanctions'), alias];
    expect(replay(pipe(count, ofType('statement-made')), events).n).toBe(3);
    expect(replay(pipe(count, scope({ holders: ['ukraine'] })), events).n).toBe(3);
    expect(replay(pipe(count, scope({ holders: ['ukraine'] }), ofType('statement-made')), events).n).toBe(2);
    expect(replay(pipe(count, filter((e: StoredEvent) => e.type === 'alias-added', 'aliases')), events).n).toBe(1);
  });

  it('names a filtered reducer by its label, so that two filters of one reducer keep their snapshots apart', async () => {
    const store = openMemoryStore();
    await store.append([statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', source: { quote: 'no truce', publisher: 'TASS' } })]);
    await store.append([statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', source: { quote: 'no truce yet', publisher: 'Reuters' } })]);
    await store.append([statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', source: { quote: 'still no truce', publisher: 'Reuters' } })]);
    const from = (publisher: string) => filter((e: StoredEvent) => e.type === 'statement-made' && e.data.source.publisher === publisher, `from-${publisher}`);
    const snapshots = memorySnapshots();
    const counted = async (publisher: string) => {
      const r = await project(store, pipe(count, from(publisher)), { snapshots, snapshotEvery: 1 });
      if (r._tag === 'Left') throw new Error(r.left.message);
      return r.right.state.n;
    };
    expect([await counted('TASS'), await counted('Reuters'), await counted('TASS'), await counted('Nobody')]).toEqual([1, 2, 1, 0]);
    expect(pipe(count, from('TASS')).name).toBe('from-TASS(count)');
    expect(() => filter(() => true, '')).toThrow(/give a label naming what the predicate keeps/);
  });

  it('step leaves the input state untouched and freezes the output', () => {
    const s0 = issues.initial();
    const s1 = step(issues)(s0, ev('a', 'x'));
    expect(s0.size).toBe(0);
    expect(s1.has('x')).toBe(true);
    expect(() => (s1 as Set<string>).add('y')).toThrow();
  });

  it('says so, naming the reducer, when a fold starts from a state a step has frozen in part', () => {
    const both = combine({ count, issues });
    const base = replay(both, [ev('a', 'x')]);
    // The step changes the count only: the set of issues, shared with base, is frozen with the result.
    step(both)(base, alias);
    expect(() => replay(both, [ev('b', 'y')], { from: base })).toThrow(
      /^fold of combine\(count:count,issues:issues\): the state given as `from` is frozen, at least in part .*continue such a state with stepAll instead/,
    );
    // A state of replay's own goes on as before.
    expect(replay(both, [ev('b', 'y')], { from: replay(both, [ev('a', 'x')]) }).issues).toEqual(new Set(['x', 'y']));
  });

  it('a fold cannot be fed once done, and freezes on request', () => {
    const f = fold(count, { freeze: true });
    f.push(ev('a', 'x'));
    const state = f.done();
    expect(Object.isFrozen(state)).toBe(true);
    expect(() => f.push(ev('a', 'y'))).toThrow('fold of count is done');
  });

  // A reducer that puts work off (here: counting the events it saw, in `settled`) has it done once per batch, before its state is given out.
  const batches = reducer({
    name: 'batches',
    version: '1',
    initial: () => ({ seen: 0, settled: [] as number[] }),
    recipe: (s: { seen: number; settled: number[] }) => void s.seen++,
    settle: (s) => {
      if (s.seen > (s.settled.at(-1) ?? 0)) s.settled.push(s.seen);
    },
  });

  it('settles a fold once, when it is done, and each step and stepAll batch', () => {
    const f = fold(batches);
    f.push(ev('a', 'x'));
    f.pushAll([ev('a', 'y'), ev('a', 'z')]);
    expect(f.done().settled).toEqual([3]);
    expect(replay(batches, [ev('a', 'x'), ev('a', 'y')]).settled).toEqual([2]);
    const one = step(batches)(batches.initial(), ev('a', 'x'));
    expect(one.settled).toEqual([1]);
    expect(stepAll(batches)(one, [ev('a', 'y'), ev('a', 'z')]).settled).toEqual([1, 3]);
  });

  it('pushAll reads any iterable of events, an array or a generator alike, and names the event a recipe threw on in either', () => {
    function* three() {
      yield { ...ev('a', 'x'), position: 1, id: 'e1' };
      yield { ...ev('a', 'y'), position: 2, id: 'e2' };
      yield { ...ev('b', 'z'), position: 3, id: 'e3' };
    }
    const fromArray = fold(count);
    fromArray.pushAll([...three()]);
    const fromGenerator = fold(count);
    fromGenerator.pushAll(three());
    expect(fromGenerator.done()).toEqual(fromArray.done());
    const picky = reducer<{ n: number }>({ name: 'picky', version: '1', initial: () => ({ n: 0 }), recipe: (s, e) => { if (e.position === 2) throw new RangeError('no y'); s.n++; } });
    for (const events of [[...three()], three()]) expect(() => fold(picky).pushAll(events)).toThrow('picky failed on the event at position 2 (statement-made, id e2): no y');
  });

  it('combine and filter settle the reducers they run', () => {
    const both = combine({ count, batches });
    expect(replay(both, [ev('a', 'x'), ev('b', 'y')]).batches.settled).toEqual([2]);
    const onX = pipe(batches, filter((e: StoredEvent) => e.type === 'statement-made' && e.data.issue === 'x', 'x'));
    expect(replay(onX, [ev('a', 'x'), ev('b', 'y')]).settled).toEqual([1]);
  });
});

describe('a recipe that goes wrong', () => {
  const events = [1, 2, 3].map((position) => ({ position, id: `e${position}`, type: 'alias-added', recordedAt: '2025-01-01T00:00:00Z', schema: 1, tags: [], data: { actor: 'ukraine', alias: `K${position}` } }) as StoredEvent);

  it('is said with the reducer and the event it was reading, what it threw as the cause, in a replay as in a step', () => {
    const picky = reducer<{ n: number }>({ name: 'picky', version: '1', initial: () => ({ n: 0 }), recipe: (s, e) => { if (e.position === 2) throw new RangeError('no second event'); s.n++; } });
    const caught = (run: () => unknown): unknown => {
      try {
        run();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    for (const run of [() => replay(picky, events), () => stepAll(picky)(picky.initial(), events), () => step(picky)(step(picky)(picky.initial(), events[0]!), events[1]!)]) {
      const error = caught(run);
      expect(error).toBeInstanceOf(RecipeError);
      expect((error as Error).message).toBe('picky failed on the event at position 2 (alias-added, id e2): no second event');
      expect((error as Error).cause).toBeInstanceOf(RangeError);
    }
  });

  it('is refused when it returns a value, which immer would take for the new state and a replay would lose', () => {
    const counts = reducer<{ n: number }>({ name: 'counts', version: '1', initial: () => ({ n: 0 }), recipe: (s) => ({ n: s.n + 1 }) as unknown as void });
    const said = 'the recipe of counts returned an object: a recipe changes the draft it is given and returns nothing (what it returns is not taken as the new state: write its fields into the draft)';
    expect(() => replay(counts, events)).toThrow(`counts failed on the event at position 1 (alias-added, id e1): ${said}`);
    expect(() => step(counts)(counts.initial(), events[0]!)).toThrow(said);
    // Within a combination or a filter, the reducer that returned it is named.
    expect(() => replay(combine({ counts, registry: registry() }), events)).toThrow(said);
    expect(() => replay(ofType('alias-added')(counts), events)).toThrow(said);
    // Marked, for a report to say that the recipe returned a value, not that it threw: a TypeError of its own class.
    const refused = (() => { try { replay(counts, events); } catch (error) { return error; } return undefined; })() as RecipeError;
    expect(refused.cause).toBeInstanceOf(RecipeReturnError);
    expect(refused.cause).toBeInstanceOf(TypeError);
    // One returning nothing is as before.
    expect(replay(reducer<{ n: number }>({ name: 'n', version: '1', initial: () => ({ n: 0 }), recipe: (s) => { s.n++; } }), events).n).toBe(3);
  });
});

/** What a call throws, as "Name: message", or undefined when it throws nothing. */
const thrown = (make: () => unknown): string | undefined => {
  try {
    make();
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
  return undefined;
};

describe('a reducer spec', () => {
  const spec = { name: 'counts', version: '1', initial: () => ({ n: 0 }), recipe: (s: { n: number }) => void s.n++ };
  const refusal = (given: object): string | undefined => {
    try {
      reducer(given as never);
    } catch (error) {
      return error instanceof RangeError ? error.message : `not a RangeError: ${String(error)}`;
    }
    return undefined;
  };

  it("is refused where it is made when it is no reducer, naming the field, as analysis() refuses a rule (an empty name was taken, and two reducers so named shared each other's snapshots: a review's finding)", () => {
    expect(refusal({ ...spec, version: 1 })).toBe("reducer: counts: its version is a number (1), not a string (write version: '1')");
    expect(refusal({ ...spec, version: ' ' })).toBe(`reducer: counts: its version " " is blank: write one, such as '1' (and bump it when the recipe computes something new)`);
    expect(refusal({ ...spec, version: undefined })).toBe('reducer: counts: it has no version (a string)');
    expect(refusal({ ...spec, name: '' })).toBe(`reducer: its name "" is blank: name what it computes (with its version, the name keys the reducer's snapshots)`);
    expect(refusal({ ...spec, name: undefined })).toBe("reducer: it has no name (a string naming what it computes; with its version, it keys the reducer's snapshots)");
    expect(refusal({ ...spec, name: ' counts' })).toBe(`reducer: its name " counts" has blanks around it: write "counts" (it keys the reducer's snapshots)`);
    expect(refusal({ ...spec, initial: { n: 0 } })).toBe('reducer: counts: its initial is an object, not a function (its state for an empty log)');
    expect(refusal({ ...spec, recipe: undefined })).toBe('reducer: counts: it has no recipe (a function ((draft, event) => void))');
    expect(refusal({ ...spec, settle: true })).toBe('reducer: counts: its settle is a boolean (true), not a function');
    expect(refusal({ ...spec, snapshot: { encode: (s: unknown) => s } })).toBe('reducer: counts: its snapshot is an object, not a codec (an object of encode and decode functions)');
  });

  it('is checked as a part of combine() and as given to filter(), ofType() and scope(), naming the part or the filter (they took any object, and failed at its first event)', () => {
    expect(thrown(() => combine({ count: { ...spec, version: 2 } as never }))).toBe("RangeError: combine: its part count is no reducer: counts: its version is a number (2), not a string (write version: '2')");
    expect(thrown(() => combine({ count, other: { name: 'other', version: '1', initial: () => 0 } as never }))).toBe(
      'RangeError: combine: its part other is no reducer: other: it has no recipe (a function ((draft, event) => void))',
    );
    expect(thrown(() => combine({}))).toMatch(/^RangeError: combine: it is given no reducer: give an object of reducers/);
    expect(thrown(() => combine([count] as never))).toMatch(/^RangeError: combine: it is given an array, not an object of reducers/);
    expect(thrown(() => pipe({ ...spec, name: '' }, filter(() => true, 'all')))).toMatch(/^RangeError: filter all: the reducer it is given is no reducer: its name "" is blank/);
    expect(thrown(() => ofType('statement-made')({ ...spec, recipe: undefined } as never))).toBe(
      'RangeError: filter ofType(statement-made): the reducer it is given is no reducer: counts: it has no recipe (a function ((draft, event) => void))',
    );
    expect(thrown(() => scope({ holders: ['russia'] })({ ...spec, initial: 0 } as never))).toMatch(/^RangeError: filter scope\(russia\|\): the reducer it is given is no reducer: counts: its initial is a number/);
    expect(thrown(() => filter('statement-made' as never, 'statements'))).toBe('TypeError: filter statements: its predicate is a string ("statement-made"), not a function of an event that says whether to keep it');
    // Reducers as made pass.
    expect(thrown(() => combine({ count, positions: pipe(positions(), filter(() => true, 'all')) }))).toBeUndefined();
  });

  it('is refused up front by fold, replay, step, stepAll, project and follow when written by hand without a version or a recipe, with a TypeError naming what it lacks (replay failed deep inside with "recipe is not a function")', async () => {
    const advice = 'build it with reducer() from @stancelog/core, which checks it where it is made';
    const noVersion = { name: 'x', initial: () => ({ n: 0 }), recipe: () => undefined } as never;
    const noRecipe = { name: 'x', version: '1', initial: () => ({ n: 0 }) } as never;
    const events = [ev('ukraine', 'ceasefire')];
    expect(thrown(() => replay({ name: 'x' } as never, events))).toBe(`TypeError: replay: x: it has no version (a string): ${advice}`);
    expect(thrown(() => replay(noRecipe, events))).toBe(`TypeError: replay: x: it has no recipe (a function ((draft, event) => void)): ${advice}`);
    // Refused where the step is made, before any event: not when the first one comes.
    expect(thrown(() => step(noVersion))).toBe(`TypeError: step: x: it has no version (a string): ${advice}`);
    expect(thrown(() => stepAll(noRecipe))).toBe(`TypeError: stepAll: x: it has no recipe (a function ((draft, event) => void)): ${advice}`);
    expect(thrown(() => fold(noRecipe))).toBe(`TypeError: fold: x: it has no recipe (a function ((draft, event) => void)): ${advice}`);
    const store = openMemoryStore();
    await store.append([statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', source: { quote: 'no truce now' } })]);
    await expect(project(store, noVersion)).rejects.toThrow(new TypeError(`project: x: it has no version (a string): ${advice}`));
    expect(thrown(() => follow(store, noRecipe))).toBe(`TypeError: follow: x: it has no recipe (a function ((draft, event) => void)): ${advice}`);
    // A reducer as made passes, with its events.
    expect(replay(count, events).n).toBe(1);
  });

  it('takes the names the built-in reducers and combinators give, characters such as ( @ , : included', () => {
    const rule = { type: 'mine', version: '1', initial: () => undefined, onStatement: () => undefined };
    const built: Array<Reducer<any>> = [analysis(), analysis({ extraRules: [rule] }), analysis({ reportWindowDays: 14 }), positions({ ownWordsDays: 14 }), registry(), combine({ count, issues }), pipe(count, filter(() => true, 'all')), pipe(count, ofType('statement-made'))];
    expect(built.map((r) => reducer(r).name)).toEqual([
      'analysis',
      'analysis(incompatible@9,circular-precondition@12,reversal@16,conflicting-reports@14:30:1,self-contradiction@11:7,mine@1)',
      'analysis(incompatible@9,circular-precondition@12,reversal@16,conflicting-reports@14:14:1,self-contradiction@11:7):14',
      'positions:14',
      'registry',
      'combine(count:count,issues:issues)',
      'all(count)',
      expect.stringContaining('(count)'),
    ]);
  });
});
