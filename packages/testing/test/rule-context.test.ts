import { analysis, contradictionList, getPosition, momentOf, positions, replay } from '@stancelog/core';
import type { ContradictionRule, OpenSpec, RuleContext } from '@stancelog/core';
import { ruleContext, statement, stored } from '@stancelog/testing';

const spec = (since: string, time: number): OpenSpec => ({
  type: 'reversal',
  key: 'russia:ceasefire',
  issues: ['ceasefire'],
  actors: ['russia'],
  since: { time, label: since },
  statements: [since],
  summary: 'russia turned',
  distinct: true,
});

// A rule that opens a contradiction at a threat on an issue where the holder has also agreed to something.
const threatAfterAgreeing: ContradictionRule = {
  type: 'threat-after-agreeing',
  version: '1',
  initial: () => undefined,
  onStatement: (ctx, _state, entry, p) => {
    if (entry.kind !== 'threat' || !p.history.some((h) => h.kind === 'agree')) return;
    ctx.open({ type: 'threat-after-agreeing', key: p.key, issues: [p.issue], actors: [p.holder], since: momentOf(entry), statements: [entry.id], summary: `${p.holder} threatens after agreeing` });
  },
};

describe('ruleContext', () => {
  it('is a RuleContext with every member the analysis gives its rules (a type check: it fails to compile when RuleContext gains one it lacks)', () => {
    const ctx: Required<RuleContext> = ruleContext();
    expect(Object.keys(ctx).sort()).toEqual(['append', 'contradictions', 'isOpen', 'open', 'positions', 'registry', 'resolve', 'rewind']);
  });

  it('opens, resolves, rewinds and appends contradictions in the ledger of the state it is given (a fresh analysis state by default)', () => {
    const ctx = ruleContext();
    ctx.open(spec('2025-03-01', 1));
    expect(ctx.isOpen('reversal', 'ceasefire', 'russia:ceasefire')).toBe(true);
    ctx.resolve('reversal', 'ceasefire', 'russia:ceasefire', { time: 2, label: '2025-04-01' }, 'turned-back');
    ctx.open(spec('2025-04-01', 2));
    expect(contradictionList(ctx).map((c) => [c.id, c.status, c.resolvedBy])).toEqual([
      ['reversal:russia:ceasefire', 'resolved', 'turned-back'],
      ['reversal:russia:ceasefire#2', 'open', null],
    ]);
    const later = ctx.rewind('reversal', 'ceasefire', 'russia:ceasefire', 1, true);
    expect(contradictionList(ctx).map((c) => [c.id, c.status])).toEqual([['reversal:russia:ceasefire', 'open']]);
    // Filed again after the first, resolved: the record taken away is the second again.
    ctx.resolve('reversal', 'ceasefire', 'russia:ceasefire', { time: 2, label: '2025-04-01' });
    ctx.append('reversal', 'ceasefire', 'russia:ceasefire', later);
    expect(contradictionList(ctx).map((c) => [c.id, c.since, c.status])).toEqual([
      ['reversal:russia:ceasefire', '2025-03-01', 'resolved'],
      ['reversal:russia:ceasefire#2', '2025-04-01', 'open'],
    ]);
    expect(ruleContext().contradictions.byIssue.size).toBe(0); // each fresh context has a ledger of its own
  });

  it('lets a hook called directly see the registry and positions of a replayed state, and finds what a replay with the rule finds', () => {
    const events = stored([
      statement({ holder: 'russia', issue: 'black-sea-shipping', kind: 'agree', polarity: '+', statedAt: '2025-03-25' }),
      statement({ holder: 'russia', issue: 'black-sea-shipping', kind: 'threat', polarity: '-', statedAt: '2025-04-02' }),
    ]);
    const before = replay(analysis({ rules: [] }), events.slice(0, 1));
    const afterThreat = replay(analysis({ rules: [] }), events);
    const position = getPosition(afterThreat.positions, 'russia', 'black-sea-shipping')!;
    const ctx = ruleContext({ ...afterThreat, contradictions: before.contradictions });
    expect(ctx.positions).toBe(afterThreat.positions);
    expect(ctx.registry).toBe(afterThreat.registry);
    threatAfterAgreeing.onStatement!(ctx, undefined, position.current, position, undefined);
    const direct = contradictionList(ctx);
    expect(direct.map((c) => [c.type, c.since, c.status])).toEqual([['threat-after-agreeing', '2025-04-02', 'open']]);
    expect(direct).toEqual(contradictionList(replay(analysis({ rules: [threatAfterAgreeing] }), events)));
  });

  it('refuses, from JavaScript, a state that is no analysis state, saying which to pass, before a hook reads it', () => {
    const take = ruleContext as (state: unknown) => RuleContext;
    // The positions a hook is to see, replayed with positions(): it failed at the hook's first read of ctx.positions.
    const seen = replay(positions(), stored([statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })]));
    expect(() => take(seen)).toThrow(
      new TypeError('ruleContext: takes an analysis state, with its registry, positions and contradictions (replay(analysis({ rules: [] }), stored(events)) for the positions a hook is to see), not an object with the keys byIssue'),
    );
    expect(() => take(null)).toThrow(/^ruleContext: takes an analysis state, .*, not null$/);
    expect(take(replay(analysis({ rules: [] }), stored([]))).positions.byIssue.size).toBe(0);
  });
});
