import { analysis, contradictionList, getPosition, incompatibleRule, positions, recomputePosition, replay, step, stepAll } from '@stancelog/core';
import type { AnalysisState } from '@stancelog/core';
import fc from 'fast-check';
import { statement, stored, withdrawal } from '@stancelog/testing';
import * as contradictionsModule from '../src/contradictions.js';
import * as stanceRuns from '../src/stance-runs.js';
import { corrected, firmKinds, found, foundLive, inValidTimeOrder, logOf, words } from './logs-read-out-of-order.js';
import type { Logged, Said } from './logs-read-out-of-order.js';

// A statement read late derives its holder's clashes anew from its holder's steps with it and without it, weighed only
// until the two readings meet again (the same stance, firmness, conditions, run start and latest own word, the current
// stance stated on a day after the statement), not to the end of its history; and of the holder's records, only those
// dated around those steps are read for the words it displaces. What it finds must be what reading in the order of
// valid times finds, in long histories where the readings meet again well before their end.
const runs = Number(process.env.STANCELOG_ORDER_RUNS ?? 1000);
const rule = incompatibleRule;
const holders = ['russia', 'ukraine', 'belarus'];

/**
 * Long histories of three holders on one issue (30 to 100 words over four weeks; most restate the holder's stance,
 * some are reports, retractions, words of one minute) read in the order of valid times but for up to six late
 * articles, which come last.
 */
function longLateArticles(options: { conditions?: boolean } = {}): fc.Arbitrary<Said[]> {
  const kinds = { kinds: firmKinds, ...options };
  return fc
    .tuple(fc.array(words(kinds), { minLength: 30, maxLength: 100 }), fc.uniqueArray(fc.nat(), { minLength: 1, maxLength: 6 }))
    .map(([list, late]) => {
      const held = new Map<string, string>();
      const spread = list.map((w, i) => {
        const holder = holders[(i * 7 + w.day) % holders.length]!;
        const polarity = held.get(holder) !== undefined && w.day !== 5 ? (held.get(holder) as typeof w.polarity) : w.polarity;
        held.set(holder, polarity);
        return { ...w, holder, issue: 'ceasefire', polarity, day: 1 + Math.floor((i * 28) / list.length) };
      });
      const log = inValidTimeOrder(logOf(spread, kinds));
      const moved = new Set(late.map((k) => k % log.length));
      return [...log.filter((_, k) => !moved.has(k)), ...log.filter((_, k) => moved.has(k))];
    });
}

const day = (d: number) => `2025-05-${String(d).padStart(2, '0')}`;
const clashes = (state: AnalysisState) => contradictionList(state, { type: 'incompatible' });

describe('incompatible, a statement read late weighed up to where the readings with it and without it meet again', () => {
  it('finds, in long histories read in order but for a few late articles, read one statement at a time or replayed, what reading in order finds', () => {
    fc.assert(
      fc.property(longLateArticles(), (read) => {
        const inOrder = found(rule(), inValidTimeOrder(read));
        expect(foundLive(rule(), read)).toEqual(inOrder);
        expect(found(rule(), read)).toEqual(inOrder);
      }),
      { numRuns: Math.ceil(runs / 4) },
    );
  });

  it('finds it when the stances carry conditions, and when the log is read in batches (a draft for each)', () => {
    fc.assert(
      fc.property(longLateArticles({ conditions: true }), fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 4 }), (read, sizes) => {
        const a = analysis({ rules: [rule()] });
        const events = stored(read);
        let state = a.initial();
        for (let i = 0, k = 0; i < events.length; k++) {
          const n = sizes[k % sizes.length]!;
          state = stepAll(a)(state, events.slice(i, i + n));
          i += n;
        }
        expect(clashes(state)).toEqual(found(rule(), inValidTimeOrder(read)));
      }),
      { numRuns: Math.ceil(runs / 4) },
    );
  });

  it('finds it when the log withdraws some of its statements, and some withdrawals', () => {
    fc.assert(
      fc.property(corrected(longLateArticles()), (read) => {
        expect(foundLive(rule(), read)).toEqual(found(rule(), inValidTimeOrder(read)));
      }),
      { numRuns: Math.ceil(runs / 8) },
    );
  });

  it('finds it in a state loaded from a snapshot and in the state kept in memory alike', () => {
    fc.assert(
      fc.property(longLateArticles(), fc.nat(), (read, cut) => {
        const a = analysis({ rules: [rule()] });
        const events = stored(read);
        const at = events.length - 1 - (cut % 3);
        const kept = events.slice(0, at).reduce((s, e) => step(a)(s, e), a.initial());
        // A snapshot store keeps a state as a structured clone does (see snapshot.ts).
        const loaded = a.snapshot!.decode(structuredClone(a.snapshot!.encode(kept))) as AnalysisState;
        const rest = (from: AnalysisState) => clashes(events.slice(at).reduce((s, e) => step(a)(s, e), from));
        expect(rest(loaded)).toEqual(rest(kept));
        expect(rest(kept)).toEqual(found(rule(), inValidTimeOrder(read)));
      }),
      { numRuns: Math.ceil(runs / 8) },
    );
  });

  // Russia demands a ceasefire every day of May at noon; Ukraine refuses one, a red line, every other day at nine, and
  // supports one on the days between: their clash opens and ends fourteen times.
  const russia = (d: number, options: { hour?: string; kind?: 'demand' | 'retract'; own?: boolean; polarity?: '+' | '-' } = {}) =>
    statement({
      holder: 'russia',
      issue: 'ceasefire',
      kind: options.kind ?? 'demand',
      polarity: options.polarity ?? '+',
      statedAt: `${day(d)}T${options.hour ?? '12:00'}:00Z`,
      speaker: options.own === false ? { name: 'Envoy', actor: 'mediator' } : { name: 'Spokesperson', actor: 'russia' },
      quote: `russia ${d} ${options.hour ?? ''} ${options.kind ?? ''} ${options.polarity ?? ''} ${String(options.own ?? '')}`,
    });
  const ukraine = (d: number) =>
    statement({
      holder: 'ukraine',
      issue: 'ceasefire',
      kind: d % 2 === 0 ? 'red-line' : 'support',
      polarity: d % 2 === 0 ? '-' : '+',
      statedAt: `${day(d)}T09:00:00Z`,
      speaker: { name: 'Spokesperson', actor: 'ukraine' },
      quote: `ukraine ${d}`,
    });
  const month = Array.from({ length: 28 }, (_, d) => [ukraine(d + 1), russia(d + 1)]).flat();

  it('finds, for an archive of three holders read newest first one statement at a time, what reading in order finds: weighing a holder\'s words only until its two readings met again crashed there, as a later word still read the words before (stop 53)', () => {
    // Found by the property of rules-order.test.ts (batches of any size) on a CI run: the holders' words, newest first.
    const newestFirst: ReadonlyArray<[string, string, '+' | '-', number]> = [
      ['ukraine', 'condition', '+', 28], ['russia', 'support', '+', 27], ['belarus', 'demand', '+', 26], ['ukraine', 'accept', '+', 26],
      ['russia', 'condition', '+', 25], ['belarus', 'support', '+', 24], ['ukraine', 'demand', '+', 24], ['russia', 'accept', '+', 23],
      ['belarus', 'condition', '+', 22], ['ukraine', 'support', '+', 22], ['russia', 'demand', '+', 21], ['belarus', 'accept', '+', 20],
      ['ukraine', 'condition', '+', 19], ['russia', 'support', '+', 19], ['belarus', 'demand', '+', 18], ['ukraine', 'accept', '+', 17],
      ['russia', 'condition', '+', 17], ['russia', 'support', '+', 16], ['belarus', 'demand', '+', 15], ['belarus', 'reject', '-', 15],
      ['belarus', 'red-line', '-', 14], ['ukraine', 'support', '+', 13], ['russia', 'demand', '+', 12], ['belarus', 'reject', '-', 12],
      ['belarus', 'red-line', '-', 11], ['russia', 'support', '+', 10], ['belarus', 'demand', '+', 10], ['ukraine', 'accept', '+', 9],
      ['russia', 'condition', '+', 8], ['belarus', 'support', '+', 8], ['ukraine', 'demand', '+', 7], ['russia', 'accept', '+', 6],
      ['belarus', 'condition', '+', 5], ['ukraine', 'support', '+', 5], ['russia', 'demand', '+', 4], ['belarus', 'accept', '+', 3],
      ['ukraine', 'condition', '+', 3], ['russia', 'support', '+', 2], ['belarus', 'demand', '+', 1], ['ukraine', 'accept', '+', 1],
    ];
    const read = newestFirst.map(([holder, kind, polarity, d], n) => ({
      type: 'statement-made',
      data: { holder, issue: 'ceasefire', kind, polarity, statedAt: day(d), speaker: { name: 'Spokesperson', actor: holder }, source: { quote: `word ${n}`, publisher: 'Test Wire' } },
      recordedAt: `${day(d)}T12:30:00Z`,
    })) as Logged[];
    const a = analysis({ rules: [rule()] });
    const events = stored(read);
    let state = a.initial();
    for (const e of events) state = stepAll(a)(state, [e]);
    expect(clashes(state)).toEqual(found(rule(), inValidTimeOrder(read)));
  });

  it('reads, of a pair whose clash opened and ended many times, only the records dated around the words a restatement read late displaces', () => {
    const a = analysis({ rules: [rule()] });
    // The late word of the 14th displaces Russia's word of that noon until the next noon; Ukraine's refusal of the 14th
    // came before it (the clash it opened lists Russia's word of the 13th), its support of the 15th ends the clash: no
    // record lists the word displaced.
    const read = [...month, russia(14, { hour: '18:00' })];
    const events = stored(read);
    const state = replay(a, events.slice(0, month.length));
    expect(clashes(state).length).toBe(14);
    const records = jest.spyOn(contradictionsModule, 'numberedRecord');
    try {
      const after = step(a)(state, events[month.length]!);
      // A bisection of the pair's fourteen records, and the one open when the word was said: not all fourteen.
      expect(records.mock.calls.length).toBeLessThan(8);
      expect(clashes(after)).toEqual(found(rule(), inValidTimeOrder(read)));
    } finally {
      records.mockRestore();
    }
  });

  // Each a late word of Russia's in the middle of the month, read after it: whatever it changes, live or replayed, a
  // draft or the state kept, it finds what reading in order finds.
  const cases: ReadonlyArray<[string, ReadonlyArray<Logged>]> = [
    ['a word of the same day as words read before it, earlier that day', [russia(13, { hour: '06:00' })]],
    ['a word of the same day, of another stance, that the day’s later word outranks', [russia(13, { hour: '06:00', kind: 'demand', polarity: '-' })]],
    ['a report that yields to the holder’s own word, of another stance', [russia(13, { hour: '18:00', own: false, polarity: '-' })]],
    ['a retraction, which withdraws the stance until the next word', [russia(13, { hour: '18:00', kind: 'retract' })]],
    ['a turn for a day, then a restatement read late the same day', [russia(13, { hour: '18:00', polarity: '-' }), russia(13, { hour: '20:00' })]],
    ['a word read late, then withdrawn', [russia(13, { hour: '18:00', polarity: '-' }), withdrawal(russia(13, { hour: '18:00', polarity: '-' }))]],
    ['the last word of the month’s holder, read late after a turn of its own', [russia(28, { hour: '18:00', polarity: '-' }), russia(27, { hour: '18:00', polarity: '-' })]],
  ];
  it.each(cases)('finds what reading in order finds for %s', (_, late) => {
    const read = [...month, ...late];
    const inOrder = found(rule(), inValidTimeOrder(read));
    expect(foundLive(rule(), read)).toEqual(inOrder);
    const a = analysis({ rules: [rule()] });
    const events = stored(read);
    const kept = replay(a, events.slice(0, month.length));
    const loaded = a.snapshot!.decode(structuredClone(a.snapshot!.encode(kept))) as AnalysisState;
    if (late.every((e) => e.type === 'statement-made')) {
      expect(clashes(stepAll(a)(loaded, events.slice(month.length)))).toEqual(inOrder);
      expect(clashes(replay(a, events))).toEqual(inOrder);
    }
  });
});

describe('positions, a firm restatement read late inside the current run', () => {
  it('makes it the run’s latest firm word when none follows it, without weighing the run again', () => {
    const say = (d: number, kind: 'support' | 'demand' | 'red-line', polarity: '+' | '-' = '+') =>
      statement({ holder: 'russia', issue: 'ceasefire', kind, polarity, statedAt: day(d), speaker: { name: 'Spokesperson', actor: 'russia' }, quote: `${d} ${kind}` });
    const soft = Array.from({ length: 20 }, (_, d) => say(d + 1, 'support'));
    const events = stored([...soft, say(10, 'demand'), say(12, 'red-line', '-')]);
    const state = replay(positions(), events.slice(0, soft.length));
    const runs = jest.spyOn(stanceRuns, 'runOf');
    try {
      const firm = step(positions())(state, events[soft.length]!);
      const p = getPosition(firm, 'russia', 'ceasefire')!;
      expect([p.firmKind, p.sinceLabel]).toEqual(['demand', '2025-05-01']);
      expect(runs).not.toHaveBeenCalled();
      expect(p).toEqual({ ...recomputePosition(p), slots: p.slots });
      // Another stance inside the run splits it: weighed again.
      const split = getPosition(step(positions())(firm, events[soft.length + 1]!), 'russia', 'ceasefire')!;
      expect([split.firmKind, split.sinceLabel]).toEqual([undefined, '2025-05-13']);
    } finally {
      runs.mockRestore();
    }
  });
});
