// `stancelog explain` of an id that names no contradiction now: whether a
// withdrawal took it away, found with one replay of the log where it took
// one per recording of withdrawals looked at (a leftover of stop 53).
import { eventWithdrawn, statementMade } from '@stancelog/core';
import type { ContradictionRule, StoredEvent } from '@stancelog/core';
import { goneWithWithdrawal } from '../src/explain.js';

// Seven holders refuse what north demands, on seven issues; each refusal is withdrawn on a day of its own, in November.
const ids = (n: number): string => n.toString(16).padStart(32, '0');
function log(): StoredEvent[] {
  const events: StoredEvent[] = [];
  const add = (id: string, recordedAt: string, event: { type: string; data: unknown }): void => {
    events.push({ ...event, id, position: events.length + 1, recordedAt, schema: 1, tags: [] } as StoredEvent);
  };
  for (let i = 0; i < 7; i++) {
    const issue = `quota-${i}`;
    add(ids(10 + i), '2026-10-02T09:00:00.000Z', statementMade({ holder: 'north', issue, kind: 'demand', polarity: '+', statedAt: '2026-10-01', source: { quote: `north ${i}` } }));
    add(ids(20 + i), '2026-10-02T09:00:00.000Z', statementMade({ holder: `south-${i}`, issue, kind: 'reject', polarity: '-', statedAt: '2026-10-01', source: { quote: `south ${i}` } }));
  }
  for (let i = 0; i < 7; i++) add(ids(30 + i), `2026-11-0${i + 1}T10:00:00.000Z`, eventWithdrawn(ids(20 + i), `retracted ${i}`));
  return events;
}

// A rule of one's own that counts the statements the analysis folds: a replay of the log each 14.
function counting(): { rule: ContradictionRule<{ n: number }>; folded: () => number } {
  let folded = 0;
  return { rule: { type: 'count', version: '1', initial: () => ({ n: 0 }), onStatement: () => void folded++ }, folded: () => folded };
}

describe('explain, of an id no contradiction has now', () => {
  it('still finds one that only existed before a withdrawal, the latest or one of the four before it, and what took it away', () => {
    const events = log();
    const latest = goneWithWithdrawal(events, 'incompatible:quota-6:north~south-6', undefined, []);
    expect(latest).toBe(
      'it was found as known at 2026-11-07T09:59:59.999Z, and went with what was recorded at 2026-11-07T10:00:00.000Z: #21 withdrew #14 (south-6 reject quota-6 -): retracted 6; stancelog explain incompatible:quota-6:north~south-6 --known-at 2026-11-07T09:59:59.999Z explains it as it stood',
    );
    // Gone with the fifth recording from the last: found; a prefix naming it names it whole.
    expect(goneWithWithdrawal(events, 'incompatible:quota-2', undefined, [])).toMatch(/^it was found as known at 2026-11-03T09:59:59\.999Z \(as incompatible:quota-2:north~south-2\), and went with what was recorded at 2026-11-03T10:00:00\.000Z: #17 withdrew #6 \(south-2 reject quota-2 -\): retracted 2; /);
    // The recordings looked at are those that withdrew a statement of a holder or an issue the id names, however far back.
    expect(goneWithWithdrawal(events, 'incompatible:quota-0:north~south-0', undefined, [])).toMatch(/went with what was recorded at 2026-11-01T10:00:00\.000Z: #15 withdrew #2 /);
    // As known at a date, only the withdrawals recorded by then.
    expect(goneWithWithdrawal(events, 'incompatible:quota-6:north~south-6', { recordedTime: '2026-11-05' }, [])).toBeUndefined();
    expect(goneWithWithdrawal(events, 'incompatible:quota-4:north~south-4', { recordedTime: '2026-11-05' }, [])).toMatch(/went with what was recorded at 2026-11-05T10:00:00\.000Z: #19 withdrew #10 /);
  });

  it('reads the log once for an id that no contradiction ever had, where it replayed it for each of the last five recordings of withdrawals', () => {
    const events = log();
    const { rule, folded } = counting();
    expect(goneWithWithdrawal(events, 'reversal:nobody:nothing', undefined, [rule])).toBeUndefined();
    // 14 statements: read once (those withdrawn before the earliest of the five left out), not five times.
    expect(folded()).toBeLessThanOrEqual(14);
  });

  it('finds it still in a log not in the order it was recorded (an import keeps its recordedAt), by the replays of each recording', () => {
    const events = log();
    // The last statement recorded after the withdrawals that follow it in the log.
    const late = events.map((e) => (e.position === 14 ? { ...e, recordedAt: '2026-11-06T12:00:00.000Z' } : e));
    expect(goneWithWithdrawal(late, 'incompatible:quota-6:north~south-6', undefined, [])).toMatch(/^it was found as known at 2026-11-07T09:59:59\.999Z, and went with what was recorded at 2026-11-07T10:00:00\.000Z/);
  });
});
