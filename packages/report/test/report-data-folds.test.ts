import { eventWithdrawn, openMemoryStore, readAll, statementMade } from '@stancelog/core';
import type { NewEvent, StoredEvent } from '@stancelog/core';
import { reportData } from '@stancelog/report';
import { expectFramesAsReplayed } from './frames-as-replayed.js';

// Each replay reportData makes: of the whole log up to a day ('whole'), or of a day's statements onto the day before's state ('from').
const mockReplays: Array<'whole' | 'from'> = [];
jest.mock('@stancelog/core', () => {
  const actual = jest.requireActual<typeof import('@stancelog/core')>('@stancelog/core');
  return {
    ...actual,
    replay: (...args: Parameters<typeof actual.replay>) => {
      mockReplays.push(args[2]?.from === undefined ? 'whole' : 'from');
      return actual.replay(...args);
    },
  };
});

/** Twelve days of a strike, one statement a day each side, appended as they were said; then `more`. */
async function strikeLog(more: (said: ReadonlyArray<StoredEvent>) => NewEvent[]): Promise<ReadonlyArray<StoredEvent>> {
  const store = openMemoryStore();
  const said: NewEvent[] = [];
  for (let day = 1; day <= 12; day++) {
    const date = `2026-03-${String(day).padStart(2, '0')}`;
    said.push(statementMade({ holder: 'dockers-union', issue: 'pay-rise', kind: 'demand', polarity: '+', statedAt: date, source: { quote: `day ${day}: no return without a raise` } }));
    said.push(statementMade({ holder: 'port-authority', issue: 'pay-rise', kind: day % 4 === 0 ? 'hedge' : 'reject', polarity: day % 4 === 0 ? '0' : '-', statedAt: date, source: { quote: `day ${day}: the budget is fixed` } }));
  }
  const first = await store.append(said);
  if (first._tag === 'Left') throw new Error(first.left.message);
  const second = await store.append(more(first.right.appended));
  if (second._tag === 'Left') throw new Error(second.left.message);
  return readAll(store);
}

describe('reportData, on a log appended as things were said', () => {
  beforeEach(() => {
    mockReplays.length = 0;
  });

  it('folds each day onto the day before, a withdrawal appended last included, where every frame after the first was replayed whole (a review\'s finding, stop 53)', async () => {
    const log = await strikeLog((said) => [eventWithdrawn(said[5]!.id, 'the article misquoted the authority')]);
    const data = reportData(log);
    expect(data.frames).toHaveLength(12);
    expect(mockReplays.filter((r) => r === 'whole')).toEqual(['whole']);
    // The same frames as replaying the log as of each day.
    expectFramesAsReplayed(data, log);
  });
});
