import { analysis, applyStatement, contradictionList, getPosition, outweighedReports, positionList, positions, replay, unheldRetractions } from '@stancelog/core';
import type { StatementApplied } from '@stancelog/core';
import { ReducerSpec, idOf, statement, stored } from '@stancelog/testing';

// A retraction's polarity is the stance it withdraws ("Moscow dropped its
// demand for territorial concessions" is `retract +`). It withdraws that
// stance when the holder holds it as the retraction is said (in valid
// time); a retraction of a stance the holder does not hold then changes
// nothing. Positions read a retraction that withdraws a stance as `0`.

const spec = ReducerSpec.for(positions());
const withRules = ReducerSpec.for(analysis());
const only = { exhaustive: false } as const;

type Kind = 'commit' | 'demand' | 'red-line' | 'hedge' | 'retract';

/** A word of `holder` on territorial concessions: its own, or `reporter`'s account of it. */
const says = (holder: string, kind: Kind, polarity: '+' | '-' | '0', statedAt: string, options: { reporter?: string; publisher?: string } = {}) =>
  statement({
    holder,
    issue: 'territorial-concessions',
    kind,
    polarity,
    statedAt,
    speaker: options.reporter !== undefined ? { name: 'Envoy', actor: options.reporter } : { name: 'Spokesperson', actor: holder },
    ...(options.publisher !== undefined ? { publisher: options.publisher } : {}),
    quote: `${holder} ${kind} ${polarity} on ${statedAt}${options.reporter !== undefined ? ` per ${options.reporter}` : ''}`,
  });

const permutations = <T>(xs: ReadonlyArray<T>): T[][] => (xs.length <= 1 ? [[...xs]] : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest])));

/** The position of russia on territorial concessions, as shown, read in the order given. */
const shown = (read: ReadonlyArray<ReturnType<typeof says>>) => positionList(replay(positions(), stored(read)), { holder: 'russia' });

describe('a retraction', () => {
  it('withdraws the stance of its polarity, and ends the clash the stance made', () => {
    const demand = says('russia', 'demand', '-', '2025-04-01');
    const dropped = says('russia', 'retract', '-', '2025-05-19');
    withRules
      .given([demand, says('ukraine', 'demand', '+', '2025-04-02')])
      .when(dropped)
      .thenPositions([{ holder: 'russia', issue: 'territorial-concessions', polarity: '0', kind: 'retract', since: '2025-05-19', statements: [idOf(dropped)] }], only)
      .thenContradictions([{ type: 'incompatible', status: 'resolved', since: '2025-04-02', until: '2025-05-19', resolvedBy: idOf(dropped) }]);
  });

  describe('of a stance the holder does not hold then', () => {
    // The analyst's case: Moscow committed (+) on 1 April, Kyiv drew a red line (-) on 2 April; on 19 May Moscow "drops -".
    const commit = says('russia', 'commit', '+', '2025-04-01');
    const redLine = says('ukraine', 'red-line', '-', '2025-04-02');
    const dropsMinus = says('russia', 'retract', '-', '2025-05-19');

    it('leaves the position as it was, the retraction kept in its history', () => {
      withRules
        .given([commit, redLine])
        .when(dropsMinus)
        .thenPositions([{ holder: 'russia', issue: 'territorial-concessions', polarity: '+', kind: 'commit', since: '2025-04-01', lastStated: '2025-04-01', statements: [idOf(commit)], history: [{ polarity: '+', kind: 'commit' }] }], only)
        .thenState((state) => expect(getPosition(state.positions, 'russia', 'territorial-concessions')!.history.map((e) => e.id)).toEqual([idOf(commit), idOf(dropsMinus)]));
    });

    it('resolves no clash, and is no change of stance for the rules', () => {
      withRules
        .given([commit, redLine])
        .when(dropsMinus)
        .thenContradictions([{ type: 'incompatible', status: 'open', since: '2025-04-02', until: null, resolvedBy: null }]);
      const state = positions().initial();
      const applied: StatementApplied[] = stored([commit, redLine, dropsMinus]).map((e) => applyStatement(state, e as Parameters<typeof applyStatement>[1]));
      expect(applied[2]!.change).toBeUndefined();
    });

    it('finds the same in whichever order the log learns the three statements', () => {
      for (const read of permutations([commit, redLine, dropsMinus])) {
        const state = replay(analysis(), stored(read));
        expect(positionList(state, { holder: 'russia' }).map((v) => [v.polarity, v.kind, v.since])).toEqual([['+', 'commit', '2025-04-01']]);
        expect(contradictionList(state).map((c) => [c.type, c.status, c.since])).toEqual([['incompatible', 'open', '2025-04-02']]);
      }
    });
  });

  describe('after a non-committal stance (0)', () => {
    const demand = says('russia', 'demand', '+', '2025-04-01');
    const hedge = says('russia', 'hedge', '0', '2025-05-01');

    it('of + or - changes nothing: the hedge stands', () => {
      for (const polarity of ['+', '-'] as const) {
        spec
          .given([demand, hedge])
          .when(says('russia', 'retract', polarity, '2025-05-19'))
          .thenPositions([{ holder: 'russia', issue: 'territorial-concessions', polarity: '0', kind: 'hedge', since: '2025-05-01', statements: [idOf(hedge)] }]);
      }
    });

    it('of 0 withdraws it', () => {
      const dropped = says('russia', 'retract', '0', '2025-05-19');
      spec
        .given([demand, hedge])
        .when(dropped)
        .thenPositions([{ holder: 'russia', issue: 'territorial-concessions', polarity: '0', kind: 'retract', since: '2025-05-01', statements: [idOf(hedge), idOf(dropped)] }]);
    });
  });

  it('of 0 names no stance, and withdraws whatever the holder holds', () => {
    spec
      .given([says('russia', 'commit', '+', '2025-04-01')])
      .when(says('russia', 'retract', '0', '2025-05-19'))
      .thenPositions([{ holder: 'russia', issue: 'territorial-concessions', polarity: '0', kind: 'retract', since: '2025-05-19' }]);
  });

  describe('after a withdrawal', () => {
    const commit = says('russia', 'commit', '+', '2025-04-01');
    const dropped = says('russia', 'retract', '+', '2025-05-19', { publisher: 'A' });

    it('of the same stance is the withdrawal said again: one more piece of evidence of it', () => {
      const again = says('russia', 'retract', '+', '2025-05-20', { publisher: 'B' });
      spec
        .given([commit, dropped])
        .when(again)
        .thenPositions([{ holder: 'russia', issue: 'territorial-concessions', polarity: '0', kind: 'retract', since: '2025-05-19', lastStated: '2025-05-20', statements: [idOf(dropped), idOf(again)], sources: 2 }]);
    });

    it('of another stance changes nothing', () => {
      spec
        .given([commit, dropped])
        .when(says('russia', 'retract', '-', '2025-05-20', { publisher: 'B' }))
        .thenPositions([{ holder: 'russia', issue: 'territorial-concessions', polarity: '0', kind: 'retract', since: '2025-05-19', lastStated: '2025-05-19', statements: [idOf(dropped)], sources: 1 }]);
    });
  });

  describe('with nothing before it', () => {
    const dropsMinus = says('russia', 'retract', '-', '2025-05-19');

    it('stands: the holder holds no stance from its day', () => {
      spec.given([dropsMinus]).thenPositions([{ holder: 'russia', issue: 'territorial-concessions', polarity: '0', kind: 'retract', since: '2025-05-19' }]);
    });

    it('withdraws what an earlier word read after it says was held: nothing, when it was the other stance', () => {
      spec
        .given([dropsMinus])
        .when(says('russia', 'commit', '+', '2025-04-01'))
        .thenPositions([{ holder: 'russia', issue: 'territorial-concessions', polarity: '+', kind: 'commit', since: '2025-04-01' }]);
      spec
        .given([dropsMinus])
        .when(says('russia', 'demand', '-', '2025-04-01'))
        .thenPositions([{ holder: 'russia', issue: 'territorial-concessions', polarity: '0', kind: 'retract', since: '2025-05-19' }]);
    });
  });

  describe("reported by a third party (an account of the holder's dropping a stance)", () => {
    const reported = { reporter: 'germany' };

    it('of a stance the holder does not hold then changes nothing, as the holder saying it would not', () => {
      // A holder known only from reports: the accounts set its stance.
      spec
        .given([says('russia', 'demand', '+', '2025-04-01', reported)])
        .when(says('russia', 'retract', '-', '2025-05-19', reported))
        .thenPositions([{ holder: 'russia', issue: 'territorial-concessions', polarity: '+', kind: 'demand', reported: true, since: '2025-04-01' }]);
      // More than 30 days after the holder's own word, when an account of the stance it holds would set it.
      spec
        .given([says('russia', 'commit', '+', '2025-04-01')])
        .when(says('russia', 'retract', '-', '2025-06-15', reported))
        .thenPositions([{ holder: 'russia', issue: 'territorial-concessions', polarity: '+', kind: 'commit', reported: false, since: '2025-04-01' }]);
    });

    it('of the stance the holder holds withdraws it once no own word of the 30 days before outweighs it', () => {
      spec
        .given([says('russia', 'commit', '+', '2025-04-01')])
        .when(says('russia', 'retract', '+', '2025-06-15', reported))
        .thenPositions([{ holder: 'russia', issue: 'territorial-concessions', polarity: '0', kind: 'retract', reported: true, since: '2025-06-15' }]);
      spec
        .given([says('russia', 'commit', '+', '2025-04-01')])
        .when(says('russia', 'retract', '+', '2025-04-10', reported))
        .thenPositions([{ holder: 'russia', issue: 'territorial-concessions', polarity: '+', kind: 'commit', reported: false, since: '2025-04-01' }]);
    });
  });

  describe('of the day of a stance, weighed with the words of that day before it', () => {
    const before = says('russia', 'demand', '-', '2025-04-01');

    it('of the stance the holder turned from that morning changes nothing', () => {
      const turned = says('russia', 'commit', '+', '2025-05-19T09:00:00Z');
      const dropsMinus = says('russia', 'retract', '-', '2025-05-19T17:00:00Z');
      spec.given([before, turned]).when(dropsMinus).thenPositions([{ holder: 'russia', issue: 'territorial-concessions', polarity: '+', kind: 'commit', since: '2025-05-19T09:00:00Z' }]);
      spec.given([before, dropsMinus]).when(turned).thenPositions([{ holder: 'russia', issue: 'territorial-concessions', polarity: '+', kind: 'commit', since: '2025-05-19T09:00:00Z' }]);
    });

    it('of the stance held that morning withdraws it, and a word after it that day states a stance anew', () => {
      const dropsMinus = says('russia', 'retract', '-', '2025-05-19T09:00:00Z');
      const commit = says('russia', 'commit', '+', '2025-05-19T17:00:00Z');
      spec.given([before]).when(dropsMinus).thenPositions([{ holder: 'russia', issue: 'territorial-concessions', polarity: '0', kind: 'retract', since: '2025-05-19T09:00:00Z' }]);
      spec.given([before, dropsMinus]).when(commit).thenPositions([{ holder: 'russia', issue: 'territorial-concessions', polarity: '+', kind: 'commit', since: '2025-05-19T17:00:00Z' }]);
    });

    it('weighs the words of its day before it as the day is weighed: a hedge that morning is held, unless a firm word of the day outweighs it', () => {
      const hedge = says('russia', 'hedge', '0', '2025-05-19T09:00:00Z');
      const dropsMinus = says('russia', 'retract', '-', '2025-05-19T17:00:00Z');
      spec.given([before, hedge]).when(dropsMinus).thenPositions([{ holder: 'russia', issue: 'territorial-concessions', polarity: '0', kind: 'hedge', since: '2025-05-19T09:00:00Z' }]);
      // A red line at 8:00 outweighs the hedge of 9:00: the holder still holds -, and withdraws it (the hedge is evidence of the 0 it leaves).
      const redLine = says('russia', 'red-line', '-', '2025-05-19T08:00:00Z');
      spec
        .given([before, redLine, hedge])
        .when(dropsMinus)
        .thenPositions([{ holder: 'russia', issue: 'territorial-concessions', polarity: '0', kind: 'retract', since: '2025-05-19T09:00:00Z', statements: [idOf(hedge), idOf(dropsMinus)] }]);
    });

    it('of one minute with the stance (dated to the day alone) comes after it when recorded after it', () => {
      const commit = says('russia', 'commit', '+', '2025-04-01');
      const demand = says('russia', 'demand', '-', '2025-05-19');
      const dropsMinus = says('russia', 'retract', '-', '2025-05-19');
      // Recorded before the demand: Moscow held + then, and the demand is the day's word.
      spec.given([commit, dropsMinus]).when(demand).thenPositions([{ holder: 'russia', issue: 'territorial-concessions', polarity: '-', kind: 'demand', since: '2025-05-19' }]);
      // Recorded after it: the demand is withdrawn.
      spec.given([commit, demand]).when(dropsMinus).thenPositions([{ holder: 'russia', issue: 'territorial-concessions', polarity: '0', kind: 'retract', since: '2025-05-19' }]);
    });
  });

  describe('read out of the order of valid times', () => {
    it('withdraws what the holder held when it was said, whether read before or after the words around it (a late article)', () => {
      // The commitment of 10 May, read in a late article, is what Moscow held on 19 May: dropping - withdraws nothing.
      const held = [says('russia', 'demand', '-', '2025-04-01'), says('russia', 'commit', '+', '2025-05-10'), says('russia', 'retract', '-', '2025-05-19')];
      // The demand of 10 May is what it held: dropping - withdraws it.
      const dropped = [says('russia', 'commit', '+', '2025-04-01'), says('russia', 'demand', '-', '2025-05-10'), says('russia', 'retract', '-', '2025-05-19')];
      for (const read of permutations(held)) expect(shown(read).map((v) => [v.polarity, v.kind, v.since])).toEqual([['+', 'commit', '2025-05-10']]);
      for (const read of permutations(dropped)) expect(shown(read).map((v) => [v.polarity, v.kind, v.since])).toEqual([['0', 'retract', '2025-05-19']]);
    });

    it('settles what each of several retractions withdraws in the order they were said, whatever order they are read in', () => {
      const commit = says('russia', 'commit', '+', '2025-04-01');
      const dropsMinus = says('russia', 'retract', '-', '2025-05-01');
      const dropsPlus = says('russia', 'retract', '+', '2025-05-10');
      // Moscow held + on 1 May: dropping - withdrew nothing, and dropping + on 10 May withdrew it.
      for (const read of permutations([commit, dropsMinus, dropsPlus])) expect(shown(read).map((v) => [v.kind, v.since, v.statements])).toEqual([['retract', '2025-05-10', [idOf(dropsPlus)]]]);
      // A demand of 20 April, read late: Moscow held - on 1 May and dropped it; there was no + left to drop on 10 May.
      const demand = says('russia', 'demand', '-', '2025-04-20');
      for (const read of permutations([commit, dropsMinus, dropsPlus, demand])) expect(shown(read).map((v) => [v.kind, v.since, v.statements])).toEqual([['retract', '2025-05-01', [idOf(dropsMinus)]]]);
    });
  });
});

describe("a retraction that withdrew nothing, in the position's history", () => {
  // Evidence of nothing held: it is in no run's statements (as a report the holder's own word outweighs is in none),
  // begins no run and changes none; the history keeps it, and `unheldRetractions` names it.
  const commit = says('russia', 'commit', '+', '2025-04-01');
  const runs = (read: ReadonlyArray<ReturnType<typeof says>>) => shown(read)[0]!.history.map((r) => [r.polarity, r.kind, r.from, r.statements]);
  const unheld = (read: ReadonlyArray<ReturnType<typeof says>>) => [...unheldRetractions(getPosition(replay(positions(), stored(read)), 'russia', 'territorial-concessions')!)];

  it('after a hedge, is not listed among the statements of the run of 0', () => {
    const hedge = says('russia', 'hedge', '0', '2025-05-01');
    const dropsPlus = says('russia', 'retract', '+', '2025-05-19');
    for (const read of permutations([commit, hedge, dropsPlus])) {
      expect(runs(read)).toEqual([
        ['+', 'commit', '2025-04-01', [idOf(commit)]],
        ['0', 'hedge', '2025-05-01', [idOf(hedge)]],
      ]);
      expect(unheld(read)).toEqual([idOf(dropsPlus)]);
    }
  });

  it('before a hedge of its day, does not begin the run of 0 the hedge begins', () => {
    const dropsMinus = says('russia', 'retract', '-', '2025-05-19T09:00:00Z');
    const hedge = says('russia', 'hedge', '0', '2025-05-19T17:00:00Z');
    for (const read of permutations([commit, dropsMinus, hedge])) {
      expect(runs(read)).toEqual([
        ['+', 'commit', '2025-04-01', [idOf(commit)]],
        ['0', 'hedge', '2025-05-19T17:00:00Z', [idOf(hedge)]],
      ]);
      expect(unheld(read)).toEqual([idOf(dropsMinus)]);
    }
  });

  it('after a withdrawal of another stance, is not listed with it; the withdrawal said again is', () => {
    const dropped = says('russia', 'retract', '+', '2025-05-19');
    const dropsMinus = says('russia', 'retract', '-', '2025-05-20');
    const again = says('russia', 'retract', '+', '2025-05-21');
    expect(runs([commit, dropped, dropsMinus, again])).toEqual([
      ['+', 'commit', '2025-04-01', [idOf(commit)]],
      ['0', 'retract', '2025-05-19', [idOf(dropped), idOf(again)]],
    ]);
    expect(unheld([commit, dropped, dropsMinus, again])).toEqual([idOf(dropsMinus)]);
  });

  it('is named whether the holder said it or a third party reported it; a retraction of 0, or one that withdrew a stance, is not', () => {
    const reported = says('russia', 'retract', '-', '2025-04-05', { reporter: 'germany' });
    const dropsAll = says('russia', 'retract', '0', '2025-05-19');
    const state = replay(positions(), stored([commit, reported, dropsAll]));
    const p = getPosition(state, 'russia', 'territorial-concessions')!;
    expect([...unheldRetractions(p)]).toEqual([idOf(reported)]);
    // Within 30 days of the holder's own word it is outweighed as well: each export says what it says.
    expect([...outweighedReports(p)]).toEqual([idOf(reported)]);
    expect(unheld([commit, says('russia', 'retract', '+', '2025-05-19')])).toEqual([]);
    expect(unheld([says('russia', 'retract', '-', '2025-05-19')])).toEqual([]);
  });
});
