import { positions, positionList, replay } from '@stancelog/core';
import { said } from './statements.js';

describe('positions', () => {
  it('keeps one position per holder and issue, with the latest stance current', () => {
    const state = replay(positions(), [
      said({ holder: 'russia', issue: 'ceasefire', kind: 'hedge', polarity: '0', on: '2025-03-12' }),
      said({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', on: '2025-04-23' }),
    ]);
    const [p] = positionList(state);
    expect(p).toMatchObject({ holder: 'russia', issue: 'ceasefire', polarity: '-', kind: 'reject', since: '2025-04-23' });
    expect(p?.history.map((r) => r.polarity)).toEqual(['0', '-']);
  });

  it('counts the same stance from several publishers as one position with several pieces of evidence', () => {
    const a = said({ holder: 'russia', issue: 'neutrality', kind: 'demand', polarity: '+', on: '2025-05-16', publisher: 'A' });
    const b = said({ holder: 'russia', issue: 'neutrality', kind: 'demand', polarity: '+', on: '2025-05-17', publisher: 'B' });
    const c = said({ holder: 'russia', issue: 'neutrality', kind: 'demand', polarity: '+', on: '2025-05-18', publisher: 'A', quote: 'again' });
    const [p] = positionList(replay(positions(), [a, b, c]));
    expect(p?.statements).toEqual([a.id, b.id, c.id]);
    expect(p?.sources).toBe(2);
    expect(p?.since).toBe('2025-05-16');
  });

  it('lets a first-hand statement outweigh a third-party report of the same day', () => {
    const own = said({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'red-line', polarity: '-', on: '2025-08-13', speaker: { name: 'Zelensky', actor: 'ukraine' } });
    const report = said({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'propose', polarity: '+', on: '2025-08-13', speaker: { name: 'Merz', actor: 'germany' } });
    for (const order of [[own, report], [report, own]]) {
      const [p] = positionList(replay(positions(), order));
      expect(p).toMatchObject({ polarity: '-', reported: false });
    }
  });

  it('lets a firm stance outweigh a non-committal one of the same day', () => {
    const firm = said({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'red-line', polarity: '-', on: '2025-08-13', speaker: { name: 'Merz', actor: 'germany' } });
    const soft = said({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'propose', polarity: '0', on: '2025-08-13', speaker: { name: 'Merz', actor: 'germany' } });
    const [p] = positionList(replay(positions(), [firm, soft]));
    expect(p).toMatchObject({ polarity: '-', kind: 'red-line', reported: true });
  });

  it('orders by the date stated, not by the order statements were read', () => {
    const late = said({ holder: 'united-states', issue: 'military-aid', kind: 'commit', polarity: '+', on: '2025-03-12' });
    const early = said({ holder: 'united-states', issue: 'military-aid', kind: 'reject', polarity: '-', on: '2025-03-03' });
    const [p] = positionList(replay(positions(), [late, early]));
    expect(p).toMatchObject({ polarity: '+', since: '2025-03-12' });
    expect(p?.history.map((r) => r.polarity)).toEqual(['-', '+']);
  });

  it('keeps conditions while the stance holds, and drops them when it flips', () => {
    const conditional = said({ holder: 'ukraine', issue: 'peace-talks', kind: 'condition', polarity: '+', on: '2025-04-23', conditions: [{ issue: 'ceasefire', polarity: '+' }] });
    const restated = said({ holder: 'ukraine', issue: 'peace-talks', kind: 'propose', polarity: '+', on: '2025-07-19' });
    const [p] = positionList(replay(positions(), [conditional, restated]));
    expect(p).toMatchObject({ kind: 'propose', conditions: [{ issue: 'ceasefire', polarity: '+' }], statements: [conditional.id, restated.id] });
    const flipped = said({ holder: 'ukraine', issue: 'peace-talks', kind: 'reject', polarity: '-', on: '2025-08-01' });
    const [q] = positionList(replay(positions(), [conditional, restated, flipped]));
    expect(q).toMatchObject({ polarity: '-', conditions: [] });
  });

  it('withdraws the stance on a retraction', () => {
    const [p] = positionList(
      replay(positions(), [
        said({ holder: 'france', issue: 'talks-format', kind: 'propose', polarity: '+', on: '2025-08-13' }),
        said({ holder: 'france', issue: 'talks-format', kind: 'retract', polarity: '+', on: '2025-08-20' }),
      ]),
    );
    expect(p).toMatchObject({ polarity: '0', kind: 'retract' });
  });

  it('treats __proto__ and constructor as ordinary ids', () => {
    const list = positionList(
      replay(positions(), [
        said({ holder: '__proto__', issue: 'constructor', kind: 'demand', polarity: '+', on: '2025-01-01' }),
      ]),
    );
    expect(list.map((p) => [p.holder, p.issue])).toEqual([['__proto__', 'constructor']]);
    expect(({} as Record<string, unknown>).polarity).toBeUndefined();
  });
});
