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

  // Corrections and a vocabulary that grows: withdrawals of earlier events (the laws honour them as project does), persons
  // holding offices and speaking, issue hierarchies set, changed and dropped after statements.
  const corrected = { withdrawals: true, offices: true, hierarchy: true } as const;

  it('hold for the analysis on logs with withdrawals, persons in office and issue hierarchies defined late', () => {
    checkReducerLaws(analysis(), { numRuns: 40, events: arbEvents({ maxLength: 30, ...corrected }) });
    checkReducerLaws(analysis({ reportWindowDays: 2, speakerWindowDays: 1 }), { numRuns: 30, events: arbEvents({ maxLength: 20, days: 4, holders: ['a', 'b'], issues: ['x', 'y', 'z'], ...corrected }) });
  });

  it('hold for positions alone on such logs', () => {
    checkReducerLaws(positions(), { numRuns: 60, events: arbEvents(corrected) });
  });
});
