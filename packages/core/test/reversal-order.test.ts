import { analysis, contradictionList, reversalRule, stepAll } from '@stancelog/core';
import type { ContradictionView } from '@stancelog/core';
import fc from 'fast-check';
import { checkReducerLaws, idOf, statement, stored } from '@stancelog/testing';
import { corrected, found, foundLive, inValidTimeOrder, logOf, logs, longLogs } from './logs-read-out-of-order.js';
import type { Logged, Said, Word } from './logs-read-out-of-order.js';

// The turns of a holder's own stance depend on what it said and when, not on
// the order the log learnt it: a log read in any order finds the reversals
// that reading its statements in the order of their valid times finds (ties
// by log position, as positions weigh them).
const reversals = (log: ReadonlyArray<Logged>) => found(reversalRule(), log);

/** The reversals found reading the log in batches of these sizes (the last batch takes the rest), each settled before the next is read, as a live follower reads. */
function reversalsInBatches(log: ReadonlyArray<Said>, sizes: ReadonlyArray<number>): ContradictionView[] {
  const r = analysis({ rules: [reversalRule()] });
  const events = stored(log);
  const apply = stepAll(r);
  let state = r.initial();
  let from = 0;
  for (const size of sizes) {
    if (from >= events.length) break;
    state = apply(state, events.slice(from, (from += size)));
  }
  if (from < events.length) state = apply(state, events.slice(from));
  return contradictionList(state, { type: 'reversal' });
}

/** A holder's own words on one issue, a day apart, turning every day: accept, reject, accept... */
const alternating = (n: number): Said[] =>
  Array.from({ length: n }, (_, i) =>
    statement({
      holder: 'russia',
      issue: 'ceasefire',
      kind: i % 2 === 0 ? 'accept' : 'reject',
      polarity: i % 2 === 0 ? '+' : '-',
      statedAt: new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10),
      speaker: { name: 'Peskov', actor: 'russia' },
      quote: `word ${i}`,
    }),
  );

/**
 * Stances taken back and stated again the same day, among other words: a
 * retraction in the morning, then a word of either stance at its hour (at
 * 8, the same minute, the log's order puts the retraction first).
 */
const restatedLogs = fc
  .array(
    fc.record({
      polarity: fc.constantFrom('+', '-') as fc.Arbitrary<'+' | '-'>,
      day: fc.integer({ min: 1, max: 3 }),
      hour: fc.constantFrom(8, 12, 17),
      retractedFirst: fc.boolean(),
      own: fc.constantFrom(true, true, true, false),
    }),
    { minLength: 2, maxLength: 10 },
  )
  .map((episodes) =>
    logOf(
      episodes.flatMap(({ polarity, day, hour, retractedFirst, own }): Word[] => {
        const restated: Word = { holder: 'russia', issue: 'ceasefire', own, polarity, retract: false, day, hour, dated: true, voice: 0, conditional: false };
        return retractedFirst ? [{ ...restated, retract: true, hour: 8 }, restated] : [restated];
      }),
    ),
  )
  .chain((log) => fc.tuple(fc.constant(log), fc.shuffledSubarray(log, { minLength: log.length, maxLength: log.length })));

describe('reversal, whatever the order the log learns the statements in', () => {
  it('finds the turns that reading them in the order of their valid times finds: ids, dates, status, statements and summaries', () => {
    fc.assert(
      fc.property(logs(), ([, read]) => {
        expect(reversals(read)).toEqual(reversals(inValidTimeOrder(read)));
      }),
      { numRuns: 1000 },
    );
  });

  it('so in long histories, where the turns found after a word read late stand', () => {
    fc.assert(
      fc.property(longLogs(), ([, read]) => {
        expect(reversals(read)).toEqual(reversals(inValidTimeOrder(read)));
      }),
      { numRuns: 150 },
    );
  });

  it('so when several words of a long history are read late together, far apart: the turns found between and after them stand', () => {
    const lateTogether = longLogs()
      .map(([log]) => inValidTimeOrder(log))
      .chain((log) => fc.tuple(fc.constant(log), fc.uniqueArray(fc.nat(log.length - 1), { minLength: 2, maxLength: 4 })));
    fc.assert(
      fc.property(lateTogether, ([log, late]) => {
        // Read in order but for a few words, read last (in one batch, with each other); of one minute, the log's order weighs them.
        const read = [...log.filter((_, i) => !late.includes(i)), ...late.map((i) => log[i]!)];
        expect(reversals(read)).toEqual(reversals(inValidTimeOrder(read)));
      }),
      { numRuns: 300 },
    );
  });

  it('so when the log is read in batches, each settled before the next: the words read late in one are weighed together', () => {
    fc.assert(
      fc.property(longLogs(), fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 20 }), ([, read], sizes) => {
        expect(reversalsInBatches(read, sizes)).toEqual(reversals(inValidTimeOrder(read)));
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(logs(), fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 14 }), ([, read], sizes) => {
        expect(reversalsInBatches(read, sizes)).toEqual(reversals(inValidTimeOrder(read)));
      }),
      { numRuns: 300 },
    );
  });

  it('finds every turn of a long history read newest first, whose every word is a turn before all the others: as read in order', () => {
    const history = alternating(3000);
    const inOrder = reversals(history);
    expect(inOrder).toHaveLength(2999);
    expect(inOrder[0]).toMatchObject({ id: 'reversal:russia:ceasefire', since: '2020-01-02', until: '2020-01-03', statements: [idOf(history[0]!), idOf(history[1]!)] });
    expect(inOrder[2998]).toMatchObject({ id: 'reversal:russia:ceasefire#2999', status: 'open', summary: 'russia went from accept (+) to reject (-) on ceasefire' });
    const newestFirst = [...history].reverse();
    expect(reversals(newestFirst)).toEqual(inOrder);
    // Read a word at a time, each batch settled (a follower backfilling an archive), as well.
    const short = alternating(200);
    expect(reversalsInBatches([...short].reverse(), Array.from({ length: 200 }, () => 1))).toEqual(reversals(short));
  });

  it('so when the log withdraws some of its words, and some withdrawals, read in a replay or one event at a time', () => {
    fc.assert(
      fc.property(corrected(logs().map(([, read]) => read)), (read) => {
        const inOrder = reversals(inValidTimeOrder(read));
        expect(found(reversalRule(), read)).toEqual(inOrder);
        expect(foundLive(reversalRule(), read)).toEqual(inOrder);
      }),
      { numRuns: 150 },
    );
  });

  it('so when the holder takes its stance back and states it again the same day', () => {
    fc.assert(
      fc.property(restatedLogs, ([, read]) => {
        expect(reversals(read)).toEqual(reversals(inValidTimeOrder(read)));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the reducer laws on such logs: a live update, which edits the turns found through a draft, finds what a replay finds', () => {
    checkReducerLaws(analysis({ rules: [reversalRule()] }), { numRuns: 100, events: logs().map(([, read]) => read) });
    // A turn a restatement takes back the end of is opened again through the draft too.
    checkReducerLaws(analysis({ rules: [reversalRule()] }), { numRuns: 100, events: restatedLogs.map(([, read]) => read) });
  });

  const own = (kind: 'accept' | 'agree' | 'support' | 'reject' | 'red-line', statedAt: string) =>
    statement({ holder: 'russia', issue: 'ceasefire', kind, polarity: kind === 'reject' || kind === 'red-line' ? '-' : '+', statedAt, speaker: { name: 'Peskov', actor: 'russia' }, quote: `${kind} at ${statedAt}` });

  it('names, as the word a turn turns from, the last word of the stance before it, read late or not (fast-check seed 365243578)', () => {
    // Three acceptances of 1 May (one minute: weighed in log order), then a red line of 2 May read first.
    const read = [own('red-line', '2025-05-02'), own('agree', '2025-05-01'), own('accept', '2025-05-01'), own('support', '2025-05-01')];
    expect(reversals(read).map((c) => [c.since, c.statements, c.summary])).toEqual([
      ['2025-05-02', [idOf(read[3]!), idOf(read[0]!)], 'russia went from support (+) to red-line (-) on ceasefire'],
    ]);
    expect(reversals(read)).toEqual(reversals(inValidTimeOrder(read)));
  });

  it('ends a turn where its retraction ended it, when a change the same day, read late, comes before the restatement (fast-check seed 2136148681)', () => {
    const retract = statement({ holder: 'russia', issue: 'ceasefire', kind: 'retract', polarity: '+', statedAt: '2025-05-09', speaker: { name: 'Peskov', actor: 'russia' } });
    // The retraction of 9 May ends the turn of the 8th; a red line the same minute (after it in the log) turns again, before the acceptance that would restate it.
    const read = [retract, own('agree', '2025-05-09T08:00:00Z'), own('red-line', '2025-05-09T08:00:00Z'), own('reject', '2025-05-07'), own('accept', '2025-05-08'), own('red-line', '2025-05-09')];
    expect(reversals(read).map((c) => [c.id, c.since, c.until ?? null])).toEqual([
      ['reversal:russia:ceasefire', '2025-05-08', '2025-05-09'],
      ['reversal:russia:ceasefire#2', '2025-05-09', '2025-05-09T08:00:00Z'],
      ['reversal:russia:ceasefire#3', '2025-05-09T08:00:00Z', null],
    ]);
    expect(reversals(read)).toEqual(reversals(inValidTimeOrder(read)));
  });

  it('keeps a turn a restatement opened again after the day\'s second retraction, when the first retraction is read late in a long history (fast-check seed -2008871764)', () => {
    const retract = (statedAt: string) =>
      statement({ holder: 'russia', issue: 'ceasefire', kind: 'retract', polarity: '-', statedAt, speaker: { name: 'Peskov', actor: 'russia' }, quote: `retract at ${statedAt}` });
    // Refused on 2 May, a turn; retracted at noon and refused again in the evening: the turn stands, restated at every
    // hour after (past 32 words, the derivation anew stops where it meets the turns found). The morning's retraction is read last.
    const hour = (h: number) => new Date(Date.UTC(2025, 4, 3, h)).toISOString().replace('.000', '');
    const restated = Array.from({ length: 33 }, (_, h) => own(h % 2 === 0 ? 'reject' : 'red-line', hour(h)));
    const read = [own('accept', '2025-05-01'), own('reject', '2025-05-02'), retract('2025-05-02T12:00:00Z'), own('red-line', '2025-05-02T17:00:00Z'), ...restated, retract('2025-05-02T08:00:00Z')];
    expect(reversals(read).map((c) => [c.since, c.status])).toEqual([['2025-05-02', 'open']]);
    expect(reversals(read)).toEqual(reversals(inValidTimeOrder(read)));
    // Turned back on 5 May: the turn ends there, not at the retraction read late.
    const turnedBack = [...read.slice(0, -1), own('accept', '2025-05-05'), read[read.length - 1]!];
    expect(reversals(turnedBack).map((c) => [c.since, c.until ?? null])).toEqual([
      ['2025-05-02', '2025-05-05'],
      ['2025-05-05', null],
    ]);
    expect(reversals(turnedBack)).toEqual(reversals(inValidTimeOrder(turnedBack)));
  });

  it('takes the day of an earliest word read late for the first stance\'s: a change on the old first day is a turn', () => {
    // Read in order: accepted on 1 and 3 May, refused on the evening of the 3rd, a turn. The 1 May acceptance is read last but one.
    const read = [own('accept', '2025-05-03T09:00:00Z'), own('agree', '2025-05-01'), own('reject', '2025-05-03T17:00:00Z')];
    expect(reversals(read).map((c) => [c.since, c.status, c.summary])).toEqual([['2025-05-03T17:00:00Z', 'open', 'russia went from accept (+) to reject (-) on ceasefire']]);
    expect(reversals(read)).toEqual(reversals(inValidTimeOrder(read)));
  });
});
