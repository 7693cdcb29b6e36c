import { analysis, contradictionList, dayOf, endOf, isStatedAt, openMemoryStore, overlaps, positionList, precisionOf, prepareBatch, readAll, replay, startOf, StatedAt, statementMade } from '@stancelog/core';

describe('stated times', () => {
  it.each([
    ['2025-05', 'month', '2025-05-01', '2025-06-01'],
    ['2025-W20', 'week', '2025-05-12', '2025-05-19'],
    ['2025-05-16', 'day', '2025-05-16', '2025-05-17'],
    // Years below 100 are not read as 19xx (Date.UTC's quirk).
    ['0050-03-16', 'day', '0050-03-16', '0050-03-17'],
    ['0099-12', 'month', '0099-12-01', '0100-01-01'],
    ['0050-W01', 'week', '0050-01-03', '0050-01-10'],
  ])('%s has %s precision and covers [%s, %s)', (value, precision, start, end) => {
    expect(precisionOf(value)).toBe(precision);
    expect(new Date(startOf(value)).toISOString().slice(0, 10)).toBe(start);
    expect(new Date(endOf(value)).toISOString().slice(0, 10)).toBe(end);
  });

  it('normalises timestamps with an offset to UTC', () => {
    expect(startOf('2025-05-17T02:00:00+02:00')).toBe(Date.UTC(2025, 4, 17, 0));
    expect(precisionOf('2025-05-17T09:00:00Z')).toBe('instant');
    expect(dayOf('2025-05-17T09:00:00Z')).toBe('2025-05-17');
  });

  it('rejects what is not a date, including impossible days', () => {
    for (const bad of ['May 2025', '2025-13', '2025-02-30', '2025-5-1', '2025-05-16T09:00', '']) {
      expect(isStatedAt(bad)).toBe(false);
      expect(StatedAt.is(bad)).toBe(false);
    }
  });

  it('tells overlapping periods apart', () => {
    expect(overlaps('2025-05', '2025-05-16')).toBe(true);
    expect(overlaps('2025-05-16', '2025-05-17')).toBe(false);
    expect(overlaps('2025-W20', '2025-05-18')).toBe(true);
  });

  it('refuses a week 53 its year lacks in a new event, naming the field, and still reads one already stored', async () => {
    const said = (statedAt: string) => statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt, source: { quote: 'no truce this winter' } });
    // 2025 has 52 ISO weeks: its "week 53" would silently be 2026's first.
    const refused = prepareBatch([said('2025-12-29'), said('2025-W53')], { lines: [4, 5] });
    expect(refused._tag === 'Left' && [refused.left.index, refused.left.message]).toEqual([1, 'line 5: data.statedAt: 2025 has 52 ISO weeks: 2025-W53 is 2026-W01']);
    const office = prepareBatch([{ type: 'office-held', data: { person: 'p', office: { actor: 'russia', title: 'Envoy', from: '2020-W53', until: '2021-W53' } } }]);
    expect(office._tag === 'Left' && office.left.message).toBe('event 1 of the batch: data.office.until: 2021 has 52 ISO weeks: 2021-W53 is 2022-W01');
    expect(prepareBatch([said('2026-W53')])._tag).toBe('Right');
    const store = openMemoryStore();
    const r = await store.append([said('2025-W53')]);
    expect(r._tag === 'Left' && r.left._tag).toBe('InvalidEvent');
    expect(await readAll(store)).toEqual([]);
    // A log written before the check, holding one, is still read: as the week it reads as.
    const stored = [{ id: 'a', position: 1, recordedAt: '2026-01-05T09:00:00.000Z', schema: 1, tags: [], type: 'statement-made', data: { ...said('2025-W53').data } }] as never[];
    expect(positionList(replay(analysis(), stored)).map((p) => p.since)).toEqual(['2025-W53']);
    expect(contradictionList(replay(analysis(), stored))).toEqual([]);
  });
});
