import { analysis, contradictionList, getPosition, replay, reversalRule, stepAll } from '@stancelog/core';
import type { ContradictionView } from '@stancelog/core';
import fc from 'fast-check';
import { ReducerSpec, checkReducerLaws, idOf, statement, stored } from '@stancelog/testing';
import { found, inValidTimeOrder } from './logs-read-out-of-order.js';
import type { Said } from './logs-read-out-of-order.js';

// A retraction ends a reversal only when it withdraws a stance, as positions
// read it (positions-retractions.test.ts): one of a stance the holder does
// not hold as it is said (`retract -` after turning to `+`) withdraws
// nothing, and the turn stands. What it withdraws depends on the words
// before it, a third party's among them (the stance held may rest on a
// report, past the 30 days of the holder's own word): the turns found do
// not depend on the order the log learns them in.

const spec = ReducerSpec.for(analysis());
const only = { exhaustive: false } as const;

type Kind = 'accept' | 'reject' | 'hedge' | 'retract';

/** A word of russia on the ceasefire: its own, or turkey's account of it. */
const says = (kind: Kind, polarity: '+' | '-' | '0', statedAt: string, reported = false) =>
  statement({
    holder: 'russia',
    issue: 'ceasefire',
    kind,
    polarity,
    statedAt,
    speaker: reported ? { name: 'Erdogan', actor: 'turkey' } : { name: 'Peskov', actor: 'russia' },
    quote: `${kind} ${polarity} on ${statedAt}${reported ? ' per turkey' : ''}`,
  });

const permutations = <T>(xs: ReadonlyArray<T>): T[][] => (xs.length <= 1 ? [[...xs]] : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest])));

const turns = (read: ReadonlyArray<Said>) => contradictionList(replay(analysis(), stored(read)), { type: 'reversal' }).map((c) => [c.since, c.status, c.until, c.resolvedBy]);

describe('reversal, ended by a retraction', () => {
  const refused = says('reject', '-', '2025-04-01');
  const accepted = says('accept', '+', '2025-04-10');

  it('of the stance the turn took: it withdraws it, and the turn is over', () => {
    const dropsPlus = says('retract', '+', '2025-05-19');
    spec
      .given([refused, accepted])
      .when(dropsPlus)
      .thenContradictions([{ type: 'reversal', since: '2025-04-10', until: '2025-05-19', status: 'resolved', resolvedBy: idOf(dropsPlus) }]);
  });

  it('of the stance the holder turned from: it withdraws nothing, and the turn stands, as the position does', () => {
    const dropsMinus = says('retract', '-', '2025-05-19');
    spec
      .given([refused, accepted])
      .when(dropsMinus)
      .thenContradictions([{ type: 'reversal', since: '2025-04-10', until: null, status: 'open', resolvedBy: null }])
      .thenPositions([{ holder: 'russia', issue: 'ceasefire', polarity: '+', kind: 'accept', since: '2025-04-10' }], only);
    // Then the stance it turned to, withdrawn: the turn ends there.
    const dropsPlus = says('retract', '+', '2025-05-25');
    spec
      .given([refused, accepted, dropsMinus])
      .when(dropsPlus)
      .thenContradictions([{ type: 'reversal', since: '2025-04-10', until: '2025-05-25', status: 'resolved', resolvedBy: idOf(dropsPlus) }]);
  });

  it('of the stance turned from that morning, the same day: it withdraws nothing', () => {
    const turned = says('accept', '+', '2025-05-19T09:00:00Z');
    const dropsMinus = says('retract', '-', '2025-05-19T17:00:00Z');
    spec.given([refused, turned]).when(dropsMinus).thenContradictions([{ type: 'reversal', since: '2025-05-19T09:00:00Z', status: 'open' }]);
  });

  it('of 0, or with a hedge held, as before: a retraction of 0 withdraws whatever is held; a hedge ended the turn already', () => {
    spec.given([refused, accepted]).when(says('retract', '0', '2025-05-19')).thenContradictions([{ type: 'reversal', until: '2025-05-19', status: 'resolved' }]);
    const hedge = says('hedge', '0', '2025-05-01');
    spec.given([refused, accepted, hedge]).when(says('retract', '-', '2025-05-19')).thenContradictions([{ type: 'reversal', until: '2025-05-01', status: 'resolved', resolvedBy: idOf(hedge) }]);
  });

  it('finds the same in whichever order the log learns the words, the turn or the retraction read late', () => {
    const dropsMinus = says('retract', '-', '2025-05-19');
    const dropsPlus = says('retract', '+', '2025-05-25');
    for (const read of permutations([refused, accepted, dropsMinus])) expect(turns(read)).toEqual([['2025-04-10', 'open', null, null]]);
    for (const read of permutations([refused, accepted, dropsMinus, dropsPlus])) expect(turns(read)).toEqual([['2025-04-10', 'resolved', '2025-05-25', idOf(dropsPlus)]]);
    // A refusal of 15 May, read late: russia turned back, and the retraction of 19 May withdrew that refusal.
    const refusedAgain = says('reject', '-', '2025-05-15');
    const expected = [
      ['2025-04-10', 'resolved', '2025-05-15', idOf(refusedAgain)],
      ['2025-05-15', 'resolved', '2025-05-19', idOf(dropsMinus)],
    ];
    for (const read of permutations([refused, accepted, dropsMinus, refusedAgain])) expect(turns(read)).toEqual(expected);
  });

  describe("when the stance held rests on a third party's report (past the 30 days of the holder's own word)", () => {
    // russia turned to + on 10 April; on 15 May (35 days on) turkey reports it against a truce, and positions hold that; on 20 May russia drops -.
    const report = says('reject', '-', '2025-05-15', true);
    const dropsMinus = says('retract', '-', '2025-05-20');

    it('ends the turn, as it withdraws the stance held, whatever order the four are read in', () => {
      spec
        .given([refused, accepted, report])
        .when(dropsMinus)
        .thenPositions([{ holder: 'russia', issue: 'ceasefire', polarity: '0', kind: 'retract', since: '2025-05-20' }], only)
        .thenContradictions([{ type: 'reversal', since: '2025-04-10', until: '2025-05-20', status: 'resolved', resolvedBy: idOf(dropsMinus) }], only);
      for (const read of permutations([refused, accepted, report, dropsMinus])) expect(turns(read)).toEqual([['2025-04-10', 'resolved', '2025-05-20', idOf(dropsMinus)]]);
    });

    it('the report read last, in a long history: the turns after it stand as the in-order reading finds them', () => {
      // 40 restatements of the refusal after the retraction (past the stretch derived anew without looking for where to stop).
      const later = Array.from({ length: 40 }, (_, i) => says(i % 2 === 0 ? 'reject' : 'accept', i % 2 === 0 ? '-' : '+', new Date(Date.UTC(2025, 5, 1 + i)).toISOString().slice(0, 10)));
      const log = [refused, accepted, report, dropsMinus, ...later];
      const read = [refused, accepted, dropsMinus, ...later, report];
      expect(contradictionList(replay(analysis(), stored(read)), { type: 'reversal' })).toEqual(contradictionList(replay(analysis(), stored(log)), { type: 'reversal' }));
      expect(turns(read).slice(0, 2)).toEqual([
        ['2025-04-10', 'resolved', '2025-05-20', idOf(dropsMinus)],
        // Turning away from the + it had withdrawn is a turn, as ever.
        ['2025-06-01', 'resolved', '2025-06-02', idOf(later[1]!)],
      ]);
    });
  });
});

/**
 * Logs of one holder over four months, many of its words retractions of
 * either stance, some of them third parties' reports (past 30 days of the
 * holder's own word, a report sets the stance): read in some order.
 */
const sparseLogs = (minLength: number, maxLength: number) =>
  fc
    .array(
      fc.record({
        own: fc.constantFrom(true, true, false),
        polarity: fc.constantFrom('+', '-', '0') as fc.Arbitrary<'+' | '-' | '0'>,
        retract: fc.boolean(),
        day: fc.integer({ min: 0, max: 120 }),
        hour: fc.constantFrom(8, 17),
      }),
      { minLength, maxLength },
    )
    .map((words) =>
      words.map((w, i) =>
        statement({
          holder: 'russia',
          issue: 'ceasefire',
          kind: w.retract ? 'retract' : w.polarity === '+' ? 'accept' : w.polarity === '-' ? 'reject' : 'hedge',
          polarity: w.polarity,
          statedAt: new Date(Date.UTC(2025, 2, 1 + w.day, w.hour)).toISOString().replace('.000', ''),
          speaker: w.own ? { name: 'Peskov', actor: 'russia' } : { name: 'Erdogan', actor: 'turkey' },
          quote: `word ${i}`,
        }),
      ),
    )
    .chain((log) => fc.tuple(fc.constant(log), fc.shuffledSubarray(log, { minLength: log.length, maxLength: log.length })));

const runs = Number(process.env.STANCELOG_ORDER_RUNS ?? 1000);

describe('reversal, with retractions of stances held or not, whatever the order the log learns the statements in', () => {
  /** The reversals found reading the log in batches of these sizes, each settled before the next. */
  const inBatches = (log: ReadonlyArray<Said>, sizes: ReadonlyArray<number>): ContradictionView[] => {
    const r = analysis({ rules: [reversalRule()] });
    const events = stored(log);
    let state = r.initial();
    for (let at = 0, k = 0; at < events.length; k++) {
      const size = sizes.length === 0 ? events.length : sizes[k % sizes.length]!;
      state = stepAll(r)(state, events.slice(at, (at += size)));
    }
    return contradictionList(state, { type: 'reversal' });
  };

  it('finds what reading them in the order of their valid times finds, in short and long histories', () => {
    fc.assert(
      fc.property(sparseLogs(1, 14), ([, read]) => {
        expect(found(reversalRule(), read)).toEqual(found(reversalRule(), inValidTimeOrder(read)));
      }),
      { numRuns: runs },
    );
    fc.assert(
      fc.property(sparseLogs(34, 80), ([, read]) => {
        expect(found(reversalRule(), read)).toEqual(found(reversalRule(), inValidTimeOrder(read)));
      }),
      { numRuns: Math.ceil(runs / 4) },
    );
  });

  it('so when a few words of a long history are read last, or the log is read in batches', () => {
    const lateFew = sparseLogs(34, 80)
      .map(([log]) => inValidTimeOrder(log))
      .chain((log) => fc.tuple(fc.constant(log), fc.uniqueArray(fc.nat(log.length - 1), { minLength: 1, maxLength: 3 })));
    fc.assert(
      fc.property(lateFew, ([log, late]) => {
        const read = [...log.filter((_, i) => !late.includes(i)), ...late.map((i) => log[i]!)];
        expect(found(reversalRule(), read)).toEqual(found(reversalRule(), inValidTimeOrder(read)));
      }),
      { numRuns: Math.ceil(runs / 2) },
    );
    fc.assert(
      fc.property(sparseLogs(1, 40), fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 10 }), ([, read], sizes) => {
        expect(inBatches(read, sizes)).toEqual(found(reversalRule(), inValidTimeOrder(read)));
      }),
      { numRuns: Math.ceil(runs / 2) },
    );
  });

  it('ends a turn exactly where positions, read up to the retraction, no longer hold the stance it withdrew', () => {
    fc.assert(
      fc.property(sparseLogs(1, 14), ([log]) => {
        const inOrder = inValidTimeOrder(log);
        const events = stored(inOrder);
        for (const c of contradictionList(replay(analysis(), events), { type: 'reversal' })) {
          const by = events.find((e) => e.id === c.resolvedBy);
          if (by === undefined || by.type !== 'statement-made' || by.data.kind !== 'retract') continue;
          // The positions up to and with the retraction: it changed the stance (to 0).
          const upTo = events.slice(0, events.indexOf(by) + 1);
          expect(getPosition(replay(analysis(), upTo).positions, 'russia', 'ceasefire')!.current.kind).toBe('retract');
        }
      }),
      { numRuns: Math.ceil(runs / 2) },
    );
  });

  it('keeps the reducer laws on such logs', () => {
    checkReducerLaws(analysis({ rules: [reversalRule()] }), { numRuns: 100, events: sparseLogs(1, 20).map(([, read]) => read) });
  });
});
