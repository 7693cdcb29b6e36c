import { allPositions, analysis, contradictionList, getPosition, incompatibleRule, positionList, positions, replay, withoutWithdrawn } from '@stancelog/core';
import fc from 'fast-check';
import { statement, stored } from '@stancelog/testing';
import { corrected, firmKinds, inValidTimeOrder, logOf, logs, longLogs } from './logs-read-out-of-order.js';
import type { Logged } from './logs-read-out-of-order.js';

// Positions depend on what was said and when, not on the order the log
// learnt it: a log read in any order shows the positions that reading its
// statements in the order of their valid times shows (of one minute, in the
// log's order), as the contradiction rules find what that reading finds
// (rules-order.test.ts). Views are compared, which name statements by id.
const runs = Number(process.env.STANCELOG_ORDER_RUNS ?? 1000);
const shown = (log: ReadonlyArray<Logged>, ownWordsDays?: number) => positionList(replay(positions({ ownWordsDays }), withoutWithdrawn(stored(log))));

describe('positions, whatever the order the log learns the statements in', () => {
  it.each([30, 2, 0])('show what reading them in the order of their valid times shows (own words outweigh reports for %i days)', (ownWordsDays) => {
    fc.assert(
      fc.property(logs({ kinds: firmKinds, voices: 2, conditions: true }), ([, read]) => {
        expect(shown(read, ownWordsDays)).toEqual(shown(inValidTimeOrder(read), ownWordsDays));
      }),
      { numRuns: runs },
    );
  });

  // A threat's conditions are conditions of its position, not preconditions (which views do not show): both compared.
  it('keep the same conditions and preconditions when threats are among the conditional words', () => {
    const terms = (log: ReadonlyArray<Logged>) =>
      [...allPositions(replay(positions(), stored(log)))].map((p) => [p.key, p.conditions, p.preconditions]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
    fc.assert(
      fc.property(logs({ kinds: firmKinds, voices: 2, conditions: true, threats: true }), ([, read]) => {
        expect(shown(read)).toEqual(shown(inValidTimeOrder(read)));
        expect(terms(read)).toEqual(terms(inValidTimeOrder(read)));
      }),
      { numRuns: runs },
    );
  });

  it('show it when the log withdraws some of its statements, and some withdrawals, under an issue hierarchy', () => {
    const options = { kinds: firmKinds, voices: 2, conditions: true, hierarchy: true };
    fc.assert(
      fc.property(corrected(logs(options).map(([, read]) => read), options), (read) => {
        expect(shown(read)).toEqual(shown(inValidTimeOrder(read)));
      }),
      { numRuns: Math.ceil(runs / 8) },
    );
  });

  it('show it in long histories of one holder, most of them read late', () => {
    fc.assert(
      fc.property(longLogs({ kinds: firmKinds, voices: 2, conditions: true }), ([, read]) => {
        expect(shown(read)).toEqual(shown(inValidTimeOrder(read)));
      }),
      { numRuns: Math.ceil(runs / 10) },
    );
  });

  // Few days, each with several words of one holder at several times, many of them retractions and third parties' reports:
  // where a word read late may win its day above a retraction of that day.
  const crowdedDays = fc
    .array(
      fc.record({
        own: fc.boolean(),
        polarity: fc.constantFrom('+', '+', '+', '-', '0') as fc.Arbitrary<'+' | '-' | '0'>,
        retract: fc.constantFrom(false, false, false, true),
        day: fc.integer({ min: 1, max: 3 }),
        hour: fc.option(fc.constantFrom(8, 12, 17), { nil: undefined }),
        voice: fc.integer({ min: 0, max: 1 }),
      }),
      { minLength: 2, maxLength: 14 },
    )
    .map((list) => logOf(list.map((w) => ({ ...w, holder: 'russia', issue: 'ceasefire', dated: true, conditional: false })), { voices: 2 }))
    .chain((log) => fc.shuffledSubarray(log, { minLength: log.length, maxLength: log.length }));

  it.each([30, 0])('show it in histories of a few crowded days (own words outweigh reports for %i days)', (ownWordsDays) => {
    fc.assert(
      fc.property(crowdedDays, (read) => {
        expect(shown(read, ownWordsDays)).toEqual(shown(inValidTimeOrder(read), ownWordsDays));
      }),
      { numRuns: runs * 3 },
    );
  });

  it('show as current the stance a clash rests on, when a word of earlier that day is read after it (seed -445557254 of incompatible)', () => {
    const say = (holder: string, kind: 'demand' | 'reject' | 'red-line', statedAt: string) =>
      statement({ holder, issue: 'ceasefire', kind, polarity: kind === 'demand' ? '+' : '-', statedAt, speaker: { name: 'Spokesperson', actor: holder }, quote: `${holder} ${kind} ${statedAt}` });
    // Kyiv demands a ceasefire at noon, and refused one at 8:00 (read second); Moscow's red line of the next day clashes with the demand.
    const read = [say('ukraine', 'demand', '2025-05-01T12:00:00Z'), say('ukraine', 'reject', '2025-05-01T08:00:00Z'), say('russia', 'red-line', '2025-05-02')];
    const [demand, , redLine] = stored(read);
    const state = replay(analysis({ rules: [incompatibleRule()] }), stored(read));
    expect(contradictionList(state).map((c) => [c.id, [...c.statements].sort()])).toEqual([['incompatible:ceasefire:russia~ukraine', [demand!.id, redLine!.id].sort()]]);
    expect(positionList(state, { holder: 'ukraine' }).map((v) => [v.polarity, v.kind, v.since])).toEqual([['+', 'demand', '2025-05-01T12:00:00Z']]);
  });
});

describe('a firm word read late on the first day of its stance', () => {
  const say = (kind: 'support' | 'demand' | 'red-line' | 'propose', statedAt: string, n: number) =>
    statement({ holder: 'ukraine', issue: 'ceasefire', kind, polarity: '+', statedAt, speaker: { name: 'Spokesperson', actor: 'ukraine' }, quote: `word ${n}` });
  // As an archive read newest first: the demand, of the stance's first day, comes last in the log, so it is the last of its day.
  const kindShown = (read: ReturnType<typeof say>[]) => positionList(replay(positions(), stored(read))).map((v) => v.firmKind);

  it('makes the stance firm when no firm word of it comes later', () => {
    const read = [say('propose', '2025-05-03', 1), say('support', '2025-05-01', 2), say('demand', '2025-05-01', 3)];
    expect(kindShown(read)).toEqual(['demand']);
    expect(kindShown(read)).toEqual(kindShown(inValidTimeOrder(read)));
  });

  it('leaves it as its later firm word made it', () => {
    const read = [say('red-line', '2025-05-03', 1), say('support', '2025-05-01', 2), say('demand', '2025-05-01', 3)];
    expect(kindShown(read)).toEqual(['red-line']);
    expect(kindShown(read)).toEqual(kindShown(inValidTimeOrder(read)));
  });

  it('leaves a withdrawn stance without firmness (a shrunk counterexample of positions-incremental)', () => {
    // The withdrawal stands; two demands without a stance (0) of the first of May, read after it, are its run's first day.
    // (A retraction of 0, which names no stance: one of `+` would withdraw nothing, the holder holding 0.)
    const word = (kind: 'retract' | 'demand', polarity: '+' | '0', statedAt: string, n: number) =>
      statement({ holder: 'ukraine', issue: 'ceasefire', kind, polarity, statedAt, speaker: { name: 'Spokesperson', actor: 'ukraine' }, quote: `word ${n}` });
    const read = [word('retract', '0', '2025-05-02', 1), word('demand', '0', '2025-05', 2), word('demand', '0', '2025-05', 3)];
    const firmness = (log: typeof read) => getPosition(replay(positions(), stored(log)), 'ukraine', 'ceasefire')!.firmKind;
    expect(firmness(read)).toBeUndefined();
    expect(firmness(inValidTimeOrder(read))).toBeUndefined();
  });

  it('takes over from a firm word earlier that day', () => {
    const read = [say('propose', '2025-05-03', 1), say('red-line', '2025-05-01', 2), say('demand', '2025-05-01', 3)];
    expect(kindShown(read)).toEqual(['demand']);
    expect(kindShown(read)).toEqual(kindShown(inValidTimeOrder(read)));
  });
});
