import { KeyCache, ledgerKey, recordId } from '../src/key-cache.js';
import { analysis, contradictionList, replay, statementMade } from '@stancelog/core';
import type { StoredEvent } from '@stancelog/core';

describe('keys joined from two strings', () => {
  it('are made once per pair: the same string at every call, whatever string of the same text names a part', () => {
    let made = 0;
    const cache = new KeyCache((a, b) => (made++, `${a}:${b}`));
    const first = cache.key('incompatible', 'ceasefire:russia~ukraine');
    // A part read anew (as JSON.parse gives each row's strings) finds the same key.
    const again = cache.key(['incom', 'patible'].join(''), ['ceasefire:russia', 'ukraine'].join('~'));
    expect([first, again, made]).toEqual(['incompatible:ceasefire:russia~ukraine', 'incompatible:ceasefire:russia~ukraine', 1]);
    expect(cache.key('reversal', 'russia:ceasefire')).toBe('reversal:russia:ceasefire');
    expect(made).toBe(2);
  });

  it('start anew past their limit, so that a long-lived follower of many issues keeps the cache bounded, and still give the right key', () => {
    let made = 0;
    const cache = new KeyCache<number>((a, n) => (made++, `${a}#${n}`), 3);
    for (const n of [1, 2, 3]) cache.key('x', n);
    expect(made).toBe(3);
    expect(cache.key('x', 1)).toBe('x#1');
    expect(made).toBe(3);
    // The fourth key clears the three: each is made again when asked for.
    expect(cache.key('y', 1)).toBe('y#1');
    expect(cache.key('x', 1)).toBe('x#1');
    expect(made).toBe(5);
  });

  it('name records as the ledger always has: type:key, then #2, #3 after it', () => {
    const base = ledgerKey('reversal', 'russia:ceasefire');
    expect([recordId(base, 1), recordId(base, 2), recordId(base, 12)]).toEqual(['reversal:russia:ceasefire', 'reversal:russia:ceasefire#2', 'reversal:russia:ceasefire#12']);
  });

  it('give a contradiction the same id whether its keys are made or found in the cache', () => {
    // Two holders whose stances cross and uncross: one pair key, a record each time.
    const events: StoredEvent[] = Array.from({ length: 6 }, (_, i) => ({
      ...statementMade({ holder: i % 2 === 0 ? 'russia' : 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: i % 4 < 2 ? '+' : '-', statedAt: `2025-05-0${i + 1}`, source: { quote: `word ${i}` } }),
      id: `id-${i}`,
      position: i + 1,
      recordedAt: '2025-06-01T00:00:00Z',
    })) as StoredEvent[];
    const ids = () => contradictionList(replay(analysis(), events)).map((c) => c.id);
    const once = ids();
    expect(once.length).toBeGreaterThan(0);
    // Every key is cached now; a second replay finds the cached ones.
    expect(ids()).toEqual(once);
  });
});
