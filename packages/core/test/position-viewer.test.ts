import fc from 'fast-check';
import { allPositions, analysis, getPosition, positionView, positionViewer, positions, replay, step } from '@stancelog/core';
import type { PositionState, StoredEvent } from '@stancelog/core';
import { arbLog, statement, stored } from '@stancelog/testing';

describe('positionViewer', () => {
  it("gives, for a state folded batch by batch in place, each position's view as positionView makes it, whatever the batches' days", async () => {
    // Batches read in any order of days (words read late among them), registry events and offices among them, the
    // positions viewed after each batch, or some batches skipped; the own-words window of three days or none.
    const runs = fc.record({
      log: arbLog({ holders: ['russia', 'ukraine', 'china'], issues: ['ceasefire', 'peace-talks'], days: 12, maxLength: 80, offices: true }),
      cuts: fc.array(fc.nat(), { maxLength: 12 }),
      skip: fc.array(fc.boolean(), { maxLength: 12 }),
      ownWordsDays: fc.constantFrom(0, 3, 30),
    });
    let continued = 0;
    await fc.assert(
      fc.asyncProperty(runs, async ({ log, cuts, skip, ownWordsDays }) => {
        const points = [...new Set([0, ...cuts.map((c) => c % (log.length + 1)), log.length])].sort((a, b) => a - b);
        const reducer = analysis({ ownWordsDays });
        const view = positionViewer();
        const state = replay(reducer, []);
        for (let k = 1; k < points.length; k++) {
          replay(reducer, log.slice(points[k - 1], points[k]), { from: state });
          if (skip[k] === true && k < points.length - 1) continue;
          for (const p of allPositions(state.positions)) {
            expect(view(p)).toEqual(positionView(p));
            if (p.history.length > 1) continued++;
          }
        }
      }),
      { numRuns: 400 },
    );
    expect(continued).toBeGreaterThan(300);
  }, 120_000);

  it('gives the view of a position that gained a word of its last day, or of a day before it, as positionView does', () => {
    const reducer = positions();
    const log = stored([
      statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-01' }),
      statement({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-03-10' }),
      // Of the last day: the day is weighed again (a red line outranks the acceptance: a run of its own, firmer).
      statement({ holder: 'russia', issue: 'ceasefire', kind: 'red-line', polarity: '-', statedAt: '2025-03-10' }),
      // Read late, of a day between: the days from it on are weighed again, those before it kept.
      statement({ holder: 'russia', issue: 'ceasefire', kind: 'hedge', polarity: '0', statedAt: '2025-03-05' }),
      statement({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-03-12' }),
    ]);
    const state = replay(reducer, log.slice(0, 2));
    const view = positionViewer();
    const p = (): PositionState => getPosition(state, 'russia', 'ceasefire')!;
    const seen: Array<Array<[string, number]>> = [];
    for (let n = 2; n <= log.length; n++) {
      expect(view(p())).toEqual(positionView(p()));
      seen.push(view(p()).history.map((run) => [run.polarity, run.statements.length]));
      if (n < log.length) replay(reducer, [log[n]!], { from: state });
    }
    expect(seen).toEqual([
      [['-', 1], ['+', 1]],
      [['-', 1], ['-', 1]],
      [['-', 1], ['0', 1], ['-', 1]],
      [['-', 1], ['0', 1], ['-', 1], ['+', 1]],
    ]);
  });

  it("gives a frozen position's view as positionView does: the same object", () => {
    const reducer = analysis();
    const [first, second] = stored([
      statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-01' }),
      statement({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-03-10' }),
    ]) as [StoredEvent, StoredEvent];
    const live = step(reducer)(step(reducer)(reducer.initial(), first), second);
    const p = getPosition(live.positions, 'russia', 'ceasefire')!;
    expect(positionViewer()(p)).toBe(positionView(p));
  });
});
