import { analysis, contradictionList, replay } from '@stancelog/core';
import type { StoredEvent } from '@stancelog/core';
import { issue, said } from './statements.js';

const run = (...events: StoredEvent[]) => contradictionList(replay(analysis(), events));

describe('incompatible', () => {
  it('opens when two holders take opposite stances and one is a demand', () => {
    const [c, ...rest] = run(
      said({ holder: 'russia', issue: 'territorial-concessions', kind: 'demand', polarity: '+', on: '2025-05-16' }),
      said({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'reject', polarity: '-', on: '2025-05-16' }),
    );
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ type: 'incompatible', issues: ['territorial-concessions'], actors: ['russia', 'ukraine'], since: '2025-05-16', status: 'open' });
  });

  it('is not reported between two soft stances', () => {
    expect(
      run(
        said({ holder: 'united-states', issue: 'peace-talks', kind: 'propose', polarity: '+', on: '2025-04-23' }),
        said({ holder: 'russia', issue: 'peace-talks', kind: 'reject', polarity: '-', on: '2025-08-13' }),
      ),
    ).toEqual([]);
  });

  it('is resolved, with its end date, when a side changes', () => {
    const [c] = run(
      said({ holder: 'russia', issue: 'prisoner-exchange', kind: 'reject', polarity: '-', on: '2025-05-01' }),
      said({ holder: 'ukraine', issue: 'prisoner-exchange', kind: 'demand', polarity: '+', on: '2025-05-02' }),
      said({ holder: 'russia', issue: 'prisoner-exchange', kind: 'agree', polarity: '+', on: '2025-05-16' }),
    );
    expect(c).toMatchObject({ type: 'incompatible', since: '2025-05-02', until: '2025-05-16', status: 'resolved' });
  });
});

describe('circular-precondition', () => {
  it('finds a deadlock through a sub-issue: ceasefire before talks, territory before ceasefire', () => {
    const found = run(
      issue('peace-talks'),
      issue('territorial-concessions', 'peace-talks'),
      said({ holder: 'ukraine', issue: 'peace-talks', kind: 'condition', polarity: '+', on: '2025-04-23', conditions: [{ issue: 'ceasefire', polarity: '+' }] }),
      said({ holder: 'russia', issue: 'ceasefire', kind: 'condition', polarity: '-', on: '2025-07-20', conditions: [{ issue: 'territorial-concessions', polarity: '+' }] }),
    ).filter((c) => c.type === 'circular-precondition');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ actors: ['russia', 'ukraine'], since: '2025-07-20', status: 'open' });
    expect(found[0]?.issues).toEqual(expect.arrayContaining(['ceasefire', 'territorial-concessions']));
  });

  it('is not reported for one holder alone, and is resolved when a condition is dropped', () => {
    const events = [
      said({ holder: 'a', issue: 'x', kind: 'condition', polarity: '+', on: '2025-01-01', conditions: [{ issue: 'y', polarity: '+' }] }),
      said({ holder: 'a', issue: 'y', kind: 'condition', polarity: '+', on: '2025-01-02', conditions: [{ issue: 'x', polarity: '+' }] }),
    ];
    expect(run(...events).filter((c) => c.type === 'circular-precondition')).toEqual([]);
    const two = run(
      said({ holder: 'a', issue: 'x', kind: 'condition', polarity: '+', on: '2025-01-01', conditions: [{ issue: 'y', polarity: '+' }] }),
      said({ holder: 'b', issue: 'y', kind: 'condition', polarity: '+', on: '2025-01-02', conditions: [{ issue: 'x', polarity: '+' }] }),
      said({ holder: 'b', issue: 'y', kind: 'demand', polarity: '+', on: '2025-01-20' }),
      said({ holder: 'b', issue: 'y', kind: 'retract', polarity: '+', on: '2025-02-01' }),
    ).filter((c) => c.type === 'circular-precondition');
    // Restating the stance without the condition keeps it; the retraction drops it.
    expect(two).toMatchObject([{ status: 'resolved', since: '2025-01-02', until: '2025-02-01' }]);
  });
});

describe('reversal', () => {
  it('flags a holder flipping its own stance, not a third party reporting otherwise', () => {
    const flips = run(
      said({ holder: 'russia', issue: 'peace-talks', kind: 'support', polarity: '+', on: '2025-07-20', speaker: { name: 'Peskov', actor: 'russia' } }),
      said({ holder: 'russia', issue: 'peace-talks', kind: 'reject', polarity: '-', on: '2025-07-25', speaker: { name: 'Zelensky', actor: 'ukraine' } }),
      said({ holder: 'russia', issue: 'peace-talks', kind: 'reject', polarity: '-', on: '2025-08-13', speaker: { name: 'Foreign Ministry', actor: 'russia' } }),
    ).filter((c) => c.type === 'reversal');
    expect(flips).toMatchObject([{ actors: ['russia'], issues: ['peace-talks'], since: '2025-08-13', status: 'open' }]);
  });
});

describe('conflicting-reports', () => {
  it('flags sources attributing different stances to a holder within the window', () => {
    const found = run(
      said({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'reject', polarity: '-', on: '2025-07-20', publisher: 'Daily' }),
      said({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'propose', polarity: '0', on: '2025-08-13', speaker: { name: 'Merz', actor: 'germany' } }),
    ).filter((c) => c.type === 'conflicting-reports');
    expect(found).toMatchObject([{ actors: ['ukraine'], since: '2025-08-13', status: 'open' }]);
  });

  it('ignores attributions further apart than the window', () => {
    const found = run(
      said({ holder: 'russia', issue: 'ceasefire', kind: 'hedge', polarity: '0', on: '2025-03-12', speaker: { name: 'Peskov', actor: 'russia' } }),
      said({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', on: '2025-04-23', speaker: { name: 'Yermak', actor: 'ukraine' } }),
    ).filter((c) => c.type === 'conflicting-reports');
    expect(found).toEqual([]);
  });
});

describe('self-contradiction', () => {
  it("flags two of the holder's own speakers taking opposite stances in the same week", () => {
    const found = run(
      said({ holder: 'united-states', issue: 'sanctions', kind: 'threat', polarity: '+', on: '2025-05-01', speaker: { name: 'Secretary', actor: 'united-states' } }),
      said({ holder: 'united-states', issue: 'sanctions', kind: 'reject', polarity: '-', on: '2025-05-03', speaker: { name: 'Envoy', actor: 'united-states' } }),
    ).filter((c) => c.type === 'self-contradiction');
    expect(found).toMatchObject([{ actors: ['united-states'], since: '2025-05-03', status: 'open' }]);
  });
});
