import fc from 'fast-check';
import { allPositions, getPosition, positions, recomputePosition, replay, step, stepAll } from '@stancelog/core';
import type { StanceEntry } from '@stancelog/core';
import { arbLog, statement, stored } from '@stancelog/testing';

// The positions are maintained incrementally (statements read late are
// inserted in valid-time order, and the run is rescanned only when it can
// change). Whatever the order statements arrive in, the result must be what
// a computation from the whole history gives.
describe('incremental positions', () => {
  it('equal a recomputation from the history, for logs read in any order', () => {
    fc.assert(
      fc.property(arbLog({ holders: ['a', 'b'], issues: ['x', 'y'], days: 6, maxLength: 40 }), (log) => {
        const state = replay(positions(), log);
        for (const p of allPositions(state)) {
          const again = recomputePosition(p);
          expect({ current: p.current.id, since: p.since, firmKind: p.firmKind, conditions: [...p.conditions].sort((m, n) => (m.issue < n.issue ? -1 : 1)) }).toEqual({
            current: again.current.id,
            since: again.since,
            firmKind: again.firmKind,
            conditions: [...again.conditions].sort((m, n) => (m.issue < n.issue ? -1 : 1)),
          });
        }
      }),
      { numRuns: 1000 },
    );
  });

  // The reference, written as the rule reads: a report yields when the
  // holder's latest own word before it is fewer calendar days older than the window; the
  // current stance is the best statement of the latest day with one that
  // does not yield (first-hand, then firm, then the later recorded).
  const referenceCurrent = (history: ReadonlyArray<StanceEntry>, windowDays: number): string => {
    const rank = (e: StanceEntry) => (e.firstHand ? 2 : 0) + (e.kind === 'retract' || e.polarity !== '0' ? 1 : 0);
    const day = (e: StanceEntry) => Math.floor(e.validFrom / 1440);
    const yields = history.map((e, i) => {
      const own = history.slice(0, i).filter((o) => o.firstHand).pop();
      return !e.firstHand && own !== undefined && day(e) - day(own) < windowDays;
    });
    let best: StanceEntry | undefined;
    history.forEach((e, i) => {
      if (yields[i]) return;
      if (!best || day(e) > day(best) || (day(e) === day(best) && (rank(e) > rank(best) || (rank(e) === rank(best) && e.position > best.position)))) best = e;
    });
    return best!.id;
  };

  it.each([0, 2, 30])("let reports yield to the holder's own word as a direct reading of the rule does (window of %i days), in any reading order", (ownWordsDays) => {
    fc.assert(
      fc.property(arbLog({ holders: ['a', 'b'], issues: ['x'], days: 8, maxLength: 40 }), (log) => {
        const state = replay(positions({ ownWordsDays }), log);
        for (const p of allPositions(state)) {
          expect(p.current.id).toBe(referenceCurrent(p.history, ownWordsDays));
          const again = recomputePosition(p);
          expect({ since: p.since, conditions: p.conditions, lastOwn: p.lastOwn, firmKind: p.firmKind }).toEqual({
            since: again.since,
            conditions: again.conditions,
            lastOwn: again.lastOwn,
            firmKind: again.firmKind,
          });
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('live updates of positions', () => {
  // A live update replaces the history of the position it changes by a
  // frozen copy: the previous state keeps its own, and immer has no long
  // drafted array to visit when the update ends.
  it('give the changed position a frozen copy of its history and leave the previous one as it was', () => {
    const says = (statedAt: string, polarity: '+' | '-') => statement({ holder: 'russia', issue: 'ceasefire', kind: polarity === '+' ? 'propose' : 'reject', polarity, statedAt });
    const log = stored([says('2025-03-01', '-'), says('2025-03-05', '-'), says('2025-03-10', '-'), says('2025-03-12', '+'), says('2025-03-03', '+'), says('2025-03-20', '+')]);
    const r = positions();
    const before = stepAll(r)(replay(r, log.slice(0, 3)), []);
    const history = getPosition(before, 'russia', 'ceasefire')!.history;
    // In order, then read late (inserted in valid-time order), then two in one batch.
    const inOrder = step(r)(before, log[3]!);
    const late = step(r)(inOrder, log[4]!);
    const batch = stepAll(r)(before, [log[3]!, log[4]!, log[5]!]);
    expect(history.map((e) => e.id)).toEqual(log.slice(0, 3).map((e) => e.id));
    const ids = (s: typeof before) => getPosition(s, 'russia', 'ceasefire')!.history.map((e) => e.id);
    expect(ids(inOrder)).toEqual([log[0], log[1], log[2], log[3]].map((e) => e!.id));
    expect(ids(late)).toEqual([log[0], log[4], log[1], log[2], log[3]].map((e) => e!.id));
    expect(ids(batch)).toEqual([log[0], log[4], log[1], log[2], log[3], log[5]].map((e) => e!.id));
    for (const s of [inOrder, late, batch]) {
      const p = getPosition(s, 'russia', 'ceasefire')!;
      expect(Object.isFrozen(p.history)).toBe(true);
      expect(p.history[0]).toBe(history[0]);
      expect(p).toEqual(recomputePosition(p));
    }
    expect(getPosition(batch, 'russia', 'ceasefire')).toEqual(getPosition(replay(r, log), 'russia', 'ceasefire'));
  });
});
