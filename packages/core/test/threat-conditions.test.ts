import { analysis, contradictionEvidence, contradictionList, getPosition, positionList, preconditionEdges, replay } from '@stancelog/core';
import { ReducerSpec, idOf, issue, statement, stored } from '@stancelog/testing';

// A threat's conditions are what sets it off ("sanctions if the truce is
// refused"), not a step the holder wants taken first: the position shows
// them, the precondition graph and its deadlocks do not count them.
const spec = ReducerSpec.for(analysis());
// Only the contradictions of one type; others may exist.
const only = { exhaustive: false } as const;

const refused = [{ issue: 'ceasefire', polarity: '-' as const }];
const truceFirst = [{ issue: 'ceasefire', polarity: '+' as const }];
const reliefFirst = [{ issue: 'sanctions', polarity: '-' as const }];

/** The EU on sanctions: `kind` with `conditions` ("sanctions if the truce is refused", as a threat). */
const eu = (kind: 'threat' | 'demand' | 'condition' | 'support' | 'retract', statedAt: string, conditions?: ReadonlyArray<{ issue: string; polarity: '+' | '-' }>) =>
  statement({ holder: 'european-union', issue: 'sanctions', kind, polarity: kind === 'retract' ? '0' : '+', statedAt, quote: `eu ${kind} ${statedAt}`, ...(conditions ? { conditions: [...conditions] } : {}) });
/** Russia's real precondition: no truce before the sanctions are lifted (an edge sanctions -> ceasefire). */
const russia = statement({ holder: 'russia', issue: 'ceasefire', kind: 'condition', polarity: '+', statedAt: '2025-05-02', quote: 'a truce once the sanctions go', conditions: reliefFirst });

const cycles = (events: ReturnType<typeof stored>) => contradictionList(replay(analysis(), events), { type: 'circular-precondition' });

describe('a threat and its conditions', () => {
  it('makes no deadlock with another holder\'s real precondition: what sets a threat off is no step before it', () => {
    spec
      .given([eu('threat', '2025-05-01', refused)])
      .when(russia)
      .thenContradictions([], only)
      .thenState((state) => {
        expect(contradictionList(state, { type: 'circular-precondition' })).toEqual([]);
        // The graph holds Russia's precondition alone.
        expect(preconditionEdges(state).map((e) => [e.from, e.to, e.holders])).toEqual([['sanctions', 'ceasefire', ['russia']]]);
      });
  });

  it('is still shown on the position: sanctions + if ceasefire -', () => {
    spec
      .given([eu('threat', '2025-05-01', refused)])
      .when(russia)
      .thenPositions([{ holder: 'european-union', issue: 'sanctions', polarity: '+', kind: 'threat', conditions: refused }], only)
      .thenState((state) => {
        const p = getPosition(state.positions, 'european-union', 'sanctions')!;
        expect([p.conditions, p.preconditions]).toEqual([refused, []]);
        expect(positionList(state.positions).find((v) => v.holder === 'european-union')?.conditions).toEqual(refused);
      });
  });

  it('leaves a real precondition cycle found: sanctions lifted only after a truce, a truce only after they are lifted', () => {
    const euCondition = statement({ holder: 'european-union', issue: 'sanctions', kind: 'condition', polarity: '-', statedAt: '2025-05-01', quote: 'relief only after a truce', conditions: truceFirst });
    spec
      .given([euCondition])
      .when(russia)
      .thenContradictions([{ type: 'circular-precondition', actors: ['european-union', 'russia'], since: '2025-05-02', status: 'open' }], only);
  });

  describe('restated', () => {
    it('by a demand of the same stance without conditions: the threat\'s trigger stays a condition of the position, and no precondition', () => {
      spec
        .given([eu('threat', '2025-05-01', refused), russia])
        .when(eu('demand', '2025-05-03'))
        .thenPositions([{ holder: 'european-union', issue: 'sanctions', kind: 'demand', conditions: refused }], only)
        .thenState((state) => {
          expect(getPosition(state.positions, 'european-union', 'sanctions')!.preconditions).toEqual([]);
          expect(contradictionList(state, { type: 'circular-precondition' })).toEqual([]);
        });
    });

    it('as a threat, after a demand with the same condition: the demand\'s precondition stands, and its deadlock with it', () => {
      const demand = eu('demand', '2025-05-01', refused);
      spec
        .given([demand, russia])
        .when(eu('threat', '2025-05-03', refused))
        .thenContradictions([{ type: 'circular-precondition', actors: ['european-union', 'russia'], since: '2025-05-02', status: 'open' }], only)
        .thenState((state) => {
          expect(getPosition(state.positions, 'european-union', 'sanctions')!.preconditions).toEqual(refused);
          // The threat restating it is no evidence of the edge: the demand is.
          const [cycle] = contradictionList(state, { type: 'circular-precondition' });
          const edge = contradictionEvidence(state, cycle!).cycle.find((e) => e.to === 'sanctions')!;
          expect(edge.holders).toEqual([{ holder: 'european-union', condition: '-', statements: [idOf(demand)], reportedBy: null }]);
        });
    });

    it('by a condition statement naming the threat\'s condition: the deadlock begins with that statement, not with the threat', () => {
      const condition = eu('condition', '2025-05-05', refused);
      spec
        .given([eu('threat', '2025-05-01', refused), russia])
        .when(condition)
        .thenContradictions([{ type: 'circular-precondition', actors: ['european-union', 'russia'], since: '2025-05-05', status: 'open' }], only)
        .thenState((state) => {
          const [cycle] = contradictionList(state, { type: 'circular-precondition' });
          const edge = contradictionEvidence(state, cycle!).cycle.find((e) => e.to === 'sanctions')!;
          expect(edge.holders).toEqual([{ holder: 'european-union', condition: '-', statements: [idOf(condition)], reportedBy: null }]);
        });
    });

    it('by a soft word of the same stance naming the threat\'s condition: it makes the precondition, though the conditions stay as they were', () => {
      spec
        .given([eu('threat', '2025-05-01', refused), russia])
        .when(eu('support', '2025-05-05', refused))
        .thenPositions([{ holder: 'european-union', issue: 'sanctions', kind: 'support', conditions: refused }], only)
        .thenContradictions([{ type: 'circular-precondition', actors: ['european-union', 'russia'], since: '2025-05-05', status: 'open' }], only);
    });
  });

  it('dates a deadlock the issue hierarchy closes by the word that made the precondition, not by the threat that named it first', () => {
    // The EU: talks, with the truce refused as the threat's trigger (1 May), then as its precondition (5 May); Birch: no truce
    // before a land swap (3 May). The land swap, defined within the talks only later, closes the cycle.
    const talks = (kind: 'threat' | 'condition', statedAt: string) =>
      statement({ holder: 'european-union', issue: 'talks', kind, polarity: '+', statedAt, quote: `eu ${kind} ${statedAt}`, conditions: [{ issue: 'truce', polarity: '+' }] });
    spec
      .given([
        talks('threat', '2025-05-01'),
        statement({ holder: 'birch', issue: 'truce', kind: 'condition', polarity: '-', statedAt: '2025-05-03', quote: 'no truce before a land swap', conditions: [{ issue: 'land-swap', polarity: '+' }] }),
        talks('condition', '2025-05-05'),
      ])
      .when({ ...issue('land-swap', { parent: 'talks' }), recordedAt: '2026-01-05T10:00:00Z' })
      .thenContradictions([{ type: 'circular-precondition', actors: ['birch', 'european-union'], since: '2025-05-05', status: 'open' }], only);
  });

  it('clashes, for incompatible, by its stance alone: its trigger is no part of it, and a threat is no firm stance', () => {
    const moscow = (kind: 'red-line' | 'reject') => statement({ holder: 'russia', issue: 'sanctions', kind, polarity: '-', statedAt: '2025-05-02', quote: `russia ${kind}` });
    spec.given([eu('threat', '2025-05-01', refused)]).when(moscow('red-line')).thenContradictions([{ type: 'incompatible', actors: ['european-union', 'russia'], since: '2025-05-02', status: 'open' }]);
    spec.given([eu('threat', '2025-05-01', refused)]).when(moscow('reject')).thenContradictions([]);
  });

  describe('read out of the order of valid times', () => {
    // Each log read in order, newest first, and with its last statement read first: the same cycles (dates, statements,
    // summaries), whether the rule derives them anew or lets a late statement join its positions alone.
    const logs: Array<[string, ReturnType<typeof statement>[]]> = [
      ['a threat, then a real precondition of another holder', [eu('threat', '2025-05-01', refused), russia]],
      ['a threat restated by a demand without conditions', [eu('threat', '2025-05-01', refused), russia, eu('demand', '2025-05-03')]],
      ['a demand restated by a threat', [eu('demand', '2025-05-01', refused), russia, eu('threat', '2025-05-03', refused)]],
      ['a threat, then a condition statement naming its condition', [eu('threat', '2025-05-01', refused), russia, eu('condition', '2025-05-05', refused)]],
      ['a condition statement, then a threat, then a retraction and a threat again', [eu('condition', '2025-05-01', refused), russia, eu('threat', '2025-05-03', refused), eu('retract', '2025-05-06'), eu('threat', '2025-05-07', refused)]],
    ];
    it.each(logs)('find what reading in order finds: %s', (_, log) => {
      const inOrder = cycles(stored(log));
      for (const read of [[...log].reverse(), [log[log.length - 1]!, ...log.slice(0, -1)], [...log.slice(1), log[0]!]]) {
        expect(cycles(stored(read))).toEqual(inOrder);
        // Read one statement at a time, as `follow` reads a late article.
        expect(spec.given(read.slice(0, -1)).when(read[read.length - 1]!).state().contradictions).toEqual(replay(analysis(), stored(read)).contradictions);
      }
    });

    it('find no deadlock in a threat read after the precondition it would have closed a cycle with', () => {
      expect(cycles(stored([russia, eu('threat', '2025-05-01', refused)]))).toEqual([]);
    });
  });
});
