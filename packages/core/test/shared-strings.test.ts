import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { openMemoryStore, positions, readAll, replay, statementMade } from '@stancelog/core';
import type { StoredEvent } from '@stancelog/core';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** The heap a state built by `build` keeps, once everything else it made is garbage. */
function retained(build: () => unknown): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const state = build();
  gc();
  const after = process.memoryUsage().heapUsed;
  // Read after the measure, so that the state is still alive when it is taken.
  expect(state).toBeDefined();
  return after - before;
}

// A store hands out what `JSON.parse` makes of each row: a string of its own
// for every value longer than ten characters, though publishers, speakers and
// times repeat across the log.
describe("positions' memory", () => {
  it('keeps one string for each publisher, speaker and time of the statements read from a store, and one list for each set of conditions, however many name them', async () => {
    const store = openMemoryStore();
    const statements = Array.from({ length: 20_000 }, (_, i) =>
      statementMade({
        holder: `holder-${i % 20}`,
        issue: `issue-${Math.floor(i / 20) % 25}`,
        kind: i % 7 === 0 ? 'reject' : 'demand',
        polarity: i % 7 === 0 ? '-' : '+',
        speaker: { name: `A spokesperson of holder ${i % 20}, quoted at length` },
        // Undated, a statement is dated by the day its record names.
        ...(i % 4 === 3 ? {} : { statedAt: `2025-05-${String(1 + (i % 28)).padStart(2, '0')}T09:30:00Z` }),
        source: { quote: `statement ${i}`, publisher: `The Publisher of Long Name ${i % 5}` },
        ...(i % 2 === 0 ? { conditions: [{ issue: `issue-with-a-longer-id-${i % 3}`, polarity: '+' as const }, { issue: 'ceasefire', polarity: '-' as const }] } : {}),
      }),
    );
    const appended = await store.append(statements);
    expect(appended._tag).toBe('Right');
    // Held by the test, these events' strings weigh nothing in the state's measure: only what the state makes of its own counts.
    const held: ReadonlyArray<StoredEvent> = await readAll(store);
    // The same events as a store reads them: parsed from their lines, every string its own, and dropped once folded.
    const lines = held.map((e) => JSON.stringify(e));
    function* parse(): Generator<StoredEvent> {
      for (const line of lines) yield JSON.parse(line) as StoredEvent;
    }
    expect([...parse()][0]!.data).toEqual(held[0]!.data);

    // The parsed state keeps its statements' ids besides (about 0.96 MB: each is its own in any log). A publisher, a speaker and a
    // time of its own for each statement would keep about 3.6 MB more, a list of conditions of its own for every other one 1.5 MB.
    // A heap weighed in a jest worker can be off once: the least of three weighings counts.
    const allowed = 1_300_000;
    let extra = Infinity;
    for (let attempt = 0; attempt < 3 && extra >= allowed; attempt++) {
      extra = retained(() => replay(positions(), parse())) - retained(() => replay(positions(), held));
    }
    expect(extra).toBeLessThan(allowed);
    expect(replay(positions(), parse())).toEqual(replay(positions(), held));
  });
});
