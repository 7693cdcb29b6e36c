import fc from 'fast-check';
import { analysis, fold, registry, replay, withoutWithdrawn } from '@stancelog/core';
import { arbLog } from '@stancelog/testing';

// The analysis keeps its own registry beside the positions (the rules read
// it); it looks a statement's names up only where they may be new.
describe("the analysis' registry", () => {
  it("is the registry reducer's on any log: each holder, issue, third-party speaker's actor and condition's issue a statement names is there, provisional until defined", () => {
    fc.assert(
      fc.property(arbLog({ maxLength: 40 }), (log) => {
        expect(replay(analysis(), log).registry).toEqual(replay(registry(), log));
      }),
      { numRuns: 300 },
    );
  });

  it("is the registry reducer's on logs of few holders and issues, where most statements restate a position seen before, fed one event at a time", () => {
    fc.assert(
      fc.property(arbLog({ maxLength: 30, holders: ['a', 'b', 'c'], issues: ['x', 'y'] }), (log) => {
        const f = fold(analysis());
        for (const e of log) f.push(e);
        expect(f.done().registry).toEqual(replay(registry(), log));
      }),
      { numRuns: 200 },
    );
  });

  it("is the registry reducer's on logs with withdrawals, persons in office and speaking (or holding stances of their own), and issue hierarchies defined late", () => {
    fc.assert(
      fc.property(arbLog({ maxLength: 30, holders: ['a', 'b'], issues: ['x', 'y'], withdrawals: true, offices: true, hierarchy: true }), (log) => {
        const counted = withoutWithdrawn(log);
        expect(replay(analysis(), counted).registry).toEqual(replay(registry(), counted));
      }),
      { numRuns: 150 },
    );
  });
});
