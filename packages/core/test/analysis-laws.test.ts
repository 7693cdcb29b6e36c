import { analysis, positions } from '@stancelog/core';
import { arbEvents, checkReducerLaws } from '@stancelog/testing';

// The built-in projections satisfy the reducer laws on generated logs:
// deterministic, no mutation of the state a live update starts from,
// snapshot + tail = full replay, live step/stepAll = replay, no wall clock.
describe('reducer laws of the built-in projections', () => {
  it('hold for the analysis (registry, positions and the five rules)', () => {
    const report = checkReducerLaws(analysis(), { numRuns: 80, events: arbEvents({ maxLength: 30 }) });
    expect(report.laws.map((l) => l.law)).toEqual(['determinism', 'no-mutation', 'live-equals-replay', 'snapshot-plus-tail', 'wall-clock']);
  });

  it('hold for the analysis with narrow windows, where the rules open and resolve most', () => {
    checkReducerLaws(analysis({ reportWindowDays: 2, speakerWindowDays: 1 }), { numRuns: 50, events: arbEvents({ maxLength: 20, days: 4, holders: ['a', 'b'], issues: ['x', 'y', 'z'] }) });
  });

  it('hold for positions alone', () => {
    checkReducerLaws(positions(), { numRuns: 80 });
  });
});
