import { analysis, copyLog, decodeIssues, STATED_AT_FORMS, statedAtProblem, StatementInput, dayOf, endOf, isStatedAt, openMemoryStore, overlaps, positionList, precisionOf, readAll, replay, startOf, StatedAt, statedWeekIssues, statementMade } from '@stancelog/core';

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

  it('names, when a statement is decoded, the field, the value, why it is refused and the forms a date takes, as the date options do', () => {
    const said = (fields: Record<string, unknown>) => {
      const r = StatementInput.decode({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', source: { quote: 'no truce' }, ...fields });
      return r._tag === 'Left' ? decodeIssues(r.left).map((i) => i.message) : [];
    };
    const forms = `(expected ${STATED_AT_FORMS})`;
    expect(said({ statedAt: '2025-13-01' })).toEqual(['statedAt: 2025-13-01 is not a day of the calendar (months run from 01 to 12)']);
    expect(said({ statedAt: '2025-13' })).toEqual(['statedAt: 2025-13 is not a month of the calendar (months run from 01 to 12)']);
    expect(said({ statedAt: '2025-06-31' })).toEqual(['statedAt: 2025-06-31 is not a day of the calendar (June has 30 days)']);
    expect(said({ statedAt: '2025-05-00' })).toEqual(['statedAt: 2025-05-00 is not a day of the calendar (days run from 01)']);
    expect(said({ statedAt: '2025-05-32' })).toEqual(['statedAt: 2025-05-32 is not a day of the calendar (May has 31 days)']);
    expect(said({ statedAt: '2025-W54' })).toEqual(['statedAt: 2025-W54 is not a week of the calendar (ISO weeks run from W01 to W53)']);
    expect(said({ statedAt: '16 May 2025' })).toEqual([`statedAt: "16 May 2025" is not a date or timestamp ${forms}`]);
    expect(said({ statedAt: '2025-5-16' })).toEqual([`statedAt: "2025-5-16" is not a date or timestamp ${forms}; did you mean 2025-05-16?`]);
    expect(said({ source: { quote: 'q', publishedAt: '2025-13-02T08:00:00Z' } })).toEqual(['source.publishedAt: 2025-13-02 is not a day of the calendar (months run from 01 to 12)']);
    // A recording is an instant or a day: a month is refused as such, with the forms it takes.
    expect(said({ recordedAt: '2025-13-01' })).toEqual(['recordedAt: 2025-13-01 is not a day of the calendar (months run from 01 to 12)']);
    expect(said({ recordedAt: '2025-05' })).toEqual(['recordedAt: "2025-05" is a month, not a time of recording: expected an ISO timestamp (2025-05-17T09:00:00Z) or a day (2025-05-17)']);
    expect(said({ recordedAt: 'yesterday' })).toEqual(['recordedAt: "yesterday" is not a timestamp or a day: expected an ISO timestamp (2025-05-17T09:00:00Z) or a day (2025-05-17)']);
    // The one description, shared with the options: what follows `--as-of "VALUE": `.
    expect(statedAtProblem('16 May 2025')).toBe(`not a date or timestamp ${forms}`);
    expect(statedAtProblem('2025-13-01')).toBe('2025-13-01 is not a day of the calendar (months run from 01 to 12)');
  });

  it('tells overlapping periods apart', () => {
    expect(overlaps('2025-05', '2025-05-16')).toBe(true);
    expect(overlaps('2025-05-16', '2025-05-17')).toBe(false);
    expect(overlaps('2025-W20', '2025-05-18')).toBe(true);
  });

  it('names a week 53 its year lacks, field by field, while stores take and copy a log that holds one', async () => {
    const said = (statedAt: string) => statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt, source: { quote: 'no truce this winter' } });
    // 2025 has 52 ISO weeks: its "week 53" would silently be 2026's first. What reads new input refuses it with these words.
    expect(statedWeekIssues(said('2025-W53')).map((i) => i.message)).toEqual(['data.statedAt: 2025 has 52 ISO weeks: 2025-W53 is 2026-W01']);
    const office = { type: 'office-held', data: { person: 'p', office: { actor: 'russia', title: 'Envoy', from: '2020-W53', until: '2021-W53' } } } as const;
    expect(statedWeekIssues(office).map((i) => i.message)).toEqual(['data.office.until: 2021 has 52 ISO weeks: 2021-W53 is 2022-W01']);
    expect(statedWeekIssues(said('2026-W53'))).toEqual([]);
    // A log written before the check, holding one, is read as the week it reads as, and copied whole.
    const store = openMemoryStore();
    expect((await store.append([said('2025-W53')]))._tag).toBe('Right');
    const copy = openMemoryStore();
    expect((await copyLog(store, copy))._tag).toBe('Right');
    expect(positionList(replay(analysis(), await readAll(copy))).map((p) => p.since)).toEqual(['2025-W53']);
  });

});
