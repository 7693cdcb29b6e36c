import fc from 'fast-check';
import { allPositions, positions, recomputePosition, replay } from '@stancelog/core';
import { arbLog } from '@stancelog/testing';

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
          expect({ current: p.current.id, since: p.since, conditions: [...p.conditions].sort((m, n) => (m.issue < n.issue ? -1 : 1)) }).toEqual({
            current: again.current.id,
            since: again.since,
            conditions: [...again.conditions].sort((m, n) => (m.issue < n.issue ? -1 : 1)),
          });
        }
      }),
      { numRuns: 1000 },
    );
  });
});
