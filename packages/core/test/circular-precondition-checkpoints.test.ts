import { analysis, circularPreconditionRule, contradictionList, replay, step, stepAll } from '@stancelog/core';
import type { AnalysisState } from '@stancelog/core';
import fc from 'fast-check';
import { issue, statement, stored } from '@stancelog/testing';
import * as positionsModule from '../src/positions.js';
import { corrected, found, foundLive, inValidTimeOrder, logOf, words } from './logs-read-out-of-order.js';
import type { Logged, Said } from './logs-read-out-of-order.js';

// A derivation of the circular-precondition rule keeps checkpoints of its graph, open cycles and records, before the
// first word of a minute, every so many words: a statement read late is derived from the last checkpoint at or before
// its valid time on, not from the start. What it finds must be what reading in the order of valid times finds, whatever
// the checkpoint it starts from (one of the statement's own minute), and in a state that holds none (loaded from a
// snapshot, after a change of the issue hierarchy).
const runs = Number(process.env.STANCELOG_ORDER_RUNS ?? 1000);
const rule = circularPreconditionRule;
const conditions = { conditions: true } as const;

/**
 * Long logs (30 to 120 words over four weeks, most of them conditional, most dated by the day alone, so that many share
 * a minute) read in the order of valid times but for up to eight late articles, which come last.
 */
function longLateArticles(options: { conditions: true; hierarchy?: boolean } = conditions): fc.Arbitrary<Said[]> {
  return fc
    .tuple(fc.array(words(options), { minLength: 30, maxLength: 120 }), fc.uniqueArray(fc.nat(), { minLength: 2, maxLength: 8 }))
    .map(([list, late]) => {
      const held = new Map<string, string>();
      const spread = list.map((w, i) => {
        const key = `${w.holder}|${w.issue}`;
        const polarity = held.get(key) !== undefined && w.day !== 5 ? (held.get(key) as typeof w.polarity) : w.polarity;
        held.set(key, polarity);
        return { ...w, polarity, conditional: w.conditional || w.hour !== 17, hour: w.hour === 8 ? 8 : undefined, day: 1 + Math.floor((i * 28) / list.length) };
      });
      const log = inValidTimeOrder(logOf(spread, options));
      const moved = new Set(late.map((k) => k % log.length));
      return [...log.filter((_, k) => !moved.has(k)), ...log.filter((_, k) => moved.has(k))];
    });
}

/** What the rule finds in a log read in batches (`stepAll`, under immer) of the sizes given, in turn. */
function foundInBatches(log: ReadonlyArray<Logged>, sizes: ReadonlyArray<number>): ReturnType<typeof found> {
  const a = analysis({ rules: [rule()] });
  const events = stored(log);
  let state = a.initial();
  for (let i = 0, k = 0; i < events.length; k++) {
    const n = sizes[k % sizes.length]!;
    state = stepAll(a)(state, events.slice(i, i + n));
    i += n;
  }
  return contradictionList(state, { type: 'circular-precondition' });
}

describe('circular-precondition, deriving a statement read late from a checkpoint', () => {
  it('finds, in long logs read in order but for a few late articles, read one statement at a time or replayed, what reading in the order of valid times finds', () => {
    fc.assert(
      fc.property(longLateArticles(), (read) => {
        const inOrder = found(rule(), inValidTimeOrder(read));
        expect(foundLive(rule(), read)).toEqual(inOrder);
        expect(found(rule(), read)).toEqual(inOrder);
      }),
      { numRuns: Math.ceil(runs / 4) },
    );
  });

  it('finds it when the log is read in batches, a late article and words after it in one update', () => {
    fc.assert(
      fc.property(longLateArticles(), fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 4 }), (read, sizes) => {
        expect(foundInBatches(read, sizes)).toEqual(found(rule(), inValidTimeOrder(read)));
      }),
      { numRuns: Math.ceil(runs / 4) },
    );
  });

  it('finds it when the log withdraws some of its statements, and under an issue hierarchy', () => {
    const options = { conditions: true, hierarchy: true } as const;
    fc.assert(
      fc.property(corrected(longLateArticles(options), options), (read) => {
        const inOrder = found(rule(), inValidTimeOrder(read));
        expect(foundLive(rule(), read)).toEqual(inOrder);
        expect(found(rule(), read)).toEqual(inOrder);
      }),
      { numRuns: Math.ceil(runs / 8) },
    );
  });

  // A change of the hierarchy is read as it comes (see the rule's notes): its checkpoints no longer stand, and the
  // next statement read late derives from the start. The hierarchy here comes before any cycle it could change.
  it('finds it when the issue hierarchy changes between two late articles', () => {
    fc.assert(
      fc.property(longLateArticles(), fc.nat(), (read, at) => {
        const place = read.length - 1 - (at % 2);
        const log: Logged[] = [...read.slice(0, place), issue('peace-talks'), ...read.slice(place)];
        expect(foundLive(rule(), log)).toEqual(foundLive(rule(), [issue('peace-talks'), ...read]));
      }),
      { numRuns: Math.ceil(runs / 8) },
    );
  });

  it('finds it in a state loaded from a snapshot (which keeps no checkpoint) and in the state kept in memory alike', () => {
    fc.assert(
      fc.property(longLateArticles(), fc.nat(), (read, cut) => {
        const a = analysis({ rules: [rule()] });
        const events = stored(read);
        const at = events.length - 1 - (cut % 3);
        const kept = events.slice(0, at).reduce((s, e) => step(a)(s, e), a.initial());
        // A snapshot store keeps a state as a structured clone does (see snapshot.ts).
        const loaded = a.snapshot!.decode(structuredClone(a.snapshot!.encode(kept))) as AnalysisState;
        const rest = (from: AnalysisState) => contradictionList(events.slice(at).reduce((s, e) => step(a)(s, e), from), { type: 'circular-precondition' });
        expect(rest(loaded)).toEqual(rest(kept));
        expect(rest(kept)).toEqual(found(rule(), inValidTimeOrder(read)));
      }),
      { numRuns: Math.ceil(runs / 8) },
    );
  });

  // Russia: prisoners before a ceasefire; Ukraine: a ceasefire before prisoners, four words a day for four weeks.
  const russia = (day: number, n: number, conditional = true) =>
    statement({ holder: 'russia', issue: 'ceasefire', kind: conditional ? 'condition' : 'reject', polarity: conditional ? '+' : '-', statedAt: `2025-05-${String(day).padStart(2, '0')}`,
      speaker: { name: 'Spokesperson', actor: 'russia' }, quote: `russia ${day} ${n}`, ...(conditional ? { conditions: [{ issue: 'prisoner-exchange', polarity: '+' as const }] } : {}) });
  const ukraine = (day: number, n: number) =>
    statement({ holder: 'ukraine', issue: 'prisoner-exchange', kind: 'condition', polarity: '+', statedAt: `2025-05-${String(day).padStart(2, '0')}`,
      speaker: { name: 'Spokesperson', actor: 'ukraine' }, quote: `ukraine ${day} ${n}`, conditions: [{ issue: 'ceasefire', polarity: '+' }] });
  const month = Array.from({ length: 28 }, (_, d) => [russia(d + 1, 0), ukraine(d + 1, 0), russia(d + 1, 1), ukraine(d + 1, 1)]).flat();

  it('reads, for a late article near the end of a long log, only the words from the checkpoint before it on, and takes the positions as the checkpoint keeps them', () => {
    const a = analysis({ rules: [rule()] });
    // Read in order, then a late article of the second day (the first derivation, from the start), then one of the
    // day before last that breaks the cycle for that day (Russia rejects a ceasefire outright): it changes the records.
    const late = [russia(2, 2), russia(27, 2, false)];
    const events = stored([...month, ...late]);
    let state = replay(a, events.slice(0, month.length));
    state = step(a)(state, events[month.length]!);
    const applied = jest.spyOn(positionsModule, 'applyEntry');
    const weighed = jest.spyOn(positionsModule, 'positionOf');
    try {
      state = step(a)(state, events[month.length + 1]!);
      // The words of the last days (and the late one's own weighing), not the month's 114.
      expect(applied.mock.calls.length).toBeLessThan(20);
      // The two holders' positions as the checkpoint keeps them, not weighed again from their words before it: only the
      // late word's weighing against its holder's history (with it and without it) makes positions of words.
      expect(weighed.mock.calls.length).toBeLessThanOrEqual(2);
    } finally {
      applied.mockRestore();
      weighed.mockRestore();
    }
    const cycles = contradictionList(state, { type: 'circular-precondition' });
    expect(cycles.map((c) => [c.since, c.until])).toEqual([
      ['2025-05-01', '2025-05-27'],
      ['2025-05-28', null],
    ]);
    expect(cycles).toEqual(found(rule(), inValidTimeOrder([...month, ...late])));
  });

  it('finds, for a late article of a checkpoint\'s own minute (every word of a day shares one), what reading in order finds', () => {
    const log = [...month, russia(2, 2), ...[26, 20, 14, 8].map((d) => russia(d, 2, false))];
    const inOrder = found(rule(), inValidTimeOrder(log));
    expect(inOrder.length).toBeGreaterThan(4);
    expect(foundLive(rule(), log)).toEqual(inOrder);
    expect(foundInBatches(log, [1, 3])).toEqual(inOrder);
  });
});
