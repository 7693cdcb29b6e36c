import { analysis, contradictionList, replay, reversalRule, validMinute } from '@stancelog/core';
import fc from 'fast-check';
import { checkReducerLaws, idOf, statement, stored } from '@stancelog/testing';

// The turns of a holder's own stance depend on what it said and when, not on
// the order the log learnt it: a log read in any order finds the reversals
// that reading its statements in the order of their valid times finds (ties
// by log position, as positions weigh them).
type Said = ReturnType<typeof statement>;

const reversals = (log: ReadonlyArray<Said>) => contradictionList(replay(analysis({ rules: [reversalRule()] }), stored(log)), { type: 'reversal' });

/** The same statements in the order of their valid times; a stable sort keeps the order of the log between statements of one minute. */
function inValidTimeOrder(log: ReadonlyArray<Said>): Said[] {
  const validTime = (e: Said) => validMinute(e.data.statedAt ?? e.recordedAt!);
  return [...log].sort((a, b) => validTime(a) - validTime(b));
}

type Word = { holder: string; issue: string; own: boolean; polarity: '+' | '-' | '0'; retract: boolean; day: number; hour: number | undefined; dated: boolean };

const kinds = { '+': ['accept', 'agree', 'support'], '-': ['reject', 'red-line'], '0': ['hedge'] } as const;

function said(word: Word, index: number): Said {
  const day = `2025-05-${String(word.day).padStart(2, '0')}`;
  const at = word.hour === undefined ? day : `${day}T${String(word.hour).padStart(2, '0')}:00:00Z`;
  const kind = word.retract ? 'retract' : kinds[word.polarity][index % kinds[word.polarity].length]!;
  return statement({
    holder: word.holder,
    issue: word.issue,
    kind,
    polarity: word.polarity,
    // Undated: it counts from when it was recorded.
    statedAt: word.dated ? at : null,
    recordedAt: `${day}T${String(word.hour ?? 12).padStart(2, '0')}:30:00Z`,
    speaker: word.own ? { name: 'Spokesperson', actor: word.holder } : { name: 'Envoy', actor: 'mediator' },
    // One quote per statement: two alike would be one event.
    quote: `statement ${index}`,
  });
}

const word: fc.Arbitrary<Word> = fc.record({
  holder: fc.constantFrom('russia', 'ukraine'),
  issue: fc.constantFrom('ceasefire', 'prisoner-exchange'),
  own: fc.constantFrom(true, true, true, false),
  polarity: fc.constantFrom('+', '-', '+', '-', '0'),
  retract: fc.constantFrom(false, false, false, false, true),
  day: fc.integer({ min: 1, max: 5 }),
  hour: fc.option(fc.constantFrom(8, 12, 17), { nil: undefined }),
  dated: fc.constantFrom(true, true, true, true, false),
});

/** A log and the order it is read in. */
const logs = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 14 }), fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 }))
  .map(([words, holders, issues]) =>
    words.map((w, i) => said({ ...w, holder: holders === 1 ? 'russia' : w.holder, issue: issues === 1 ? 'ceasefire' : w.issue }, i)),
  )
  .chain((log) => fc.tuple(fc.constant(log), fc.shuffledSubarray(log, { minLength: log.length, maxLength: log.length })));

/** Long histories of one holder on one issue, mostly its own words: a derivation anew looks for where the turns found resume (past 32 words). */
const longLogs = fc
  .array(word.map((w) => ({ ...w, holder: 'russia', issue: 'ceasefire', own: w.own || w.day % 2 === 0 })), { minLength: 34, maxLength: 70 })
  .map((words) => words.map((w, i) => said({ ...w, day: 1 + ((i * 7 + w.day) % 9) }, i)))
  .chain((log) => fc.tuple(fc.constant(log), fc.shuffledSubarray(log, { minLength: log.length, maxLength: log.length })));

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
    episodes
      .flatMap(({ polarity, day, hour, retractedFirst, own }): Word[] => {
        const restated: Word = { holder: 'russia', issue: 'ceasefire', own, polarity, retract: false, day, hour, dated: true };
        return retractedFirst ? [{ ...restated, retract: true, hour: 8 }, restated] : [restated];
      })
      .map(said),
  )
  .chain((log) => fc.tuple(fc.constant(log), fc.shuffledSubarray(log, { minLength: log.length, maxLength: log.length })));

describe('reversal, whatever the order the log learns the statements in', () => {
  it('finds the turns that reading them in the order of their valid times finds: ids, dates, status, statements and summaries', () => {
    fc.assert(
      fc.property(logs, ([, read]) => {
        expect(reversals(read)).toEqual(reversals(inValidTimeOrder(read)));
      }),
      { numRuns: 1000 },
    );
  });

  it('so in long histories, where the turns found after a word read late stand', () => {
    fc.assert(
      fc.property(longLogs, ([, read]) => {
        expect(reversals(read)).toEqual(reversals(inValidTimeOrder(read)));
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
    checkReducerLaws(analysis({ rules: [reversalRule()] }), { numRuns: 100, events: logs.map(([, read]) => read) });
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

  it('takes the day of an earliest word read late for the first stance\'s: a change on the old first day is a turn', () => {
    // Read in order: accepted on 1 and 3 May, refused on the evening of the 3rd, a turn. The 1 May acceptance is read last but one.
    const read = [own('accept', '2025-05-03T09:00:00Z'), own('agree', '2025-05-01'), own('reject', '2025-05-03T17:00:00Z')];
    expect(reversals(read).map((c) => [c.since, c.status, c.summary])).toEqual([['2025-05-03T17:00:00Z', 'open', 'russia went from accept (+) to reject (-) on ceasefire']]);
    expect(reversals(read)).toEqual(reversals(inValidTimeOrder(read)));
  });
});
