import { pipe } from 'fp-ts/lib/function.js';
import { combine, filter, fold, ofType, reducer, replay, scope, step } from '@stancelog/core';
import type { StoredEvent } from '@stancelog/core';

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
    expect(replay(pipe(count, filter((e: StoredEvent) => e.type === 'alias-added')), events).n).toBe(1);
  });

  it('step leaves the input state untouched and freezes the output', () => {
    const s0 = issues.initial();
    const s1 = step(issues)(s0, ev('a', 'x'));
    expect(s0.size).toBe(0);
    expect(s1.has('x')).toBe(true);
    expect(() => (s1 as Set<string>).add('y')).toThrow();
  });

  it('a fold cannot be fed once done, and freezes on request', () => {
    const f = fold(count, { freeze: true });
    f.push(ev('a', 'x'));
    const state = f.done();
    expect(Object.isFrozen(state)).toBe(true);
    expect(() => f.push(ev('a', 'y'))).toThrow('fold of count is done');
  });
});
