import { analysis, contradictionList, fold, incompatibleRule, positionList, stepAll } from '@stancelog/core';
import fc from 'fast-check';
import { issue, stored } from '@stancelog/testing';
import { firmKinds, found, inValidTimeOrder, logOf, words } from './logs-read-out-of-order.js';
import type { Logged } from './logs-read-out-of-order.js';

// `incompatible` under live updates of statements read out of order (`stepAll`, as `follow` delivers a store's pages):
// it derives the pairs those statements change in ledgers of their own and writes to the update's draft only the
// records that differ, and skips the pairs whose two readings, with and without them, find the same. Five holders, so
// that most pairs of a batch have both sides read late.
const runs = Number(process.env.STANCELOG_ORDER_RUNS ?? 1000);
const holders = ['russia', 'ukraine', 'belarus', 'poland', 'hungary'];

const readOutOfOrder = fc
  .array(words({ kinds: firmKinds }), { minLength: 5, maxLength: 60 })
  .map((list) => logOf(list.map((w, i) => ({ ...w, holder: holders[(i * 3 + w.day) % holders.length]! })), { kinds: firmKinds }))
  .chain((log) => fc.shuffledSubarray(log, { minLength: log.length, maxLength: log.length }));

// Events other than statements settle the rules where they are read, in the middle of a batch: the statements after
// them in the batch change the records that settling wrote.
const withDefinitions = fc.tuple(readOutOfOrder, fc.array(fc.nat(), { maxLength: 4 })).map(([log, at]) => {
  const read: Logged[] = [...log];
  at.forEach((k, i) => read.splice(k % (read.length + 1), 0, issue(`topic-${i}`)));
  return read;
});

const sizes = fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 6 });

function inBatches<S>(apply: (state: S, events: ReturnType<typeof stored>) => S, state: S, events: ReturnType<typeof stored>, from: number, batchSizes: ReadonlyArray<number>): S {
  for (let at = from, k = 0; at < events.length; k++) {
    const size = batchSizes[k % batchSizes.length]!;
    state = apply(state, events.slice(at, at + size));
    at += size;
  }
  return state;
}

describe('incompatible, live updates of statements read out of order', () => {
  it('finds in batches what reading the statements in the order of their valid times finds, definitions read among them', () => {
    fc.assert(
      fc.property(withDefinitions, sizes, (read, batchSizes) => {
        const a = analysis({ rules: [incompatibleRule()] });
        const state = inBatches(stepAll(a), a.initial(), stored(read), 0, batchSizes);
        expect(contradictionList(state, { type: 'incompatible' })).toEqual(found(incompatibleRule(), inValidTimeOrder(read)));
      }),
      { numRuns: Math.ceil(runs / 2) },
    );
  });

  it('leaves, applied to a frozen replay of the first statements, what a replay of them all leaves (every rule, and the positions)', () => {
    fc.assert(
      fc.property(withDefinitions, sizes, fc.nat(), (read, batchSizes, cut) => {
        const a = analysis();
        const events = stored(read);
        const from = cut % (events.length + 1);
        const head = fold(a, { freeze: true });
        head.pushAll(events.slice(0, from));
        const live = inBatches(stepAll(a), head.done(), events, from, batchSizes);
        const all = fold(a);
        all.pushAll(events);
        const replayed = all.done();
        expect(contradictionList(live)).toEqual(contradictionList(replayed));
        expect(positionList(live)).toEqual(positionList(replayed));
      }),
      { numRuns: Math.ceil(runs / 4) },
    );
  });
});
