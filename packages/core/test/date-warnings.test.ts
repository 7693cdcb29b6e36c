import { dateWarnings, statementMade } from '@stancelog/core';
import type { NewEvent } from '@stancelog/core';

const now = Date.UTC(2025, 5, 1, 12);
const said = (statedAt: string | undefined, recordedAt?: string): NewEvent => ({
  ...statementMade({ holder: 'nurses-union', issue: 'staffing-ratios', kind: 'demand', polarity: '+', ...(statedAt ? { statedAt } : {}), source: { quote: 'one nurse for every four patients' } }),
  ...(recordedAt ? { recordedAt } : {}),
});

describe('dateWarnings: dates an append takes but a reader would question', () => {
  it('says nothing of a statement stated before it was recorded, or of one with no date', () => {
    expect(dateWarnings(said('2025-05-30', '2025-05-31T08:00:00Z'), now)).toEqual([]);
    expect(dateWarnings(said(undefined, '2025-05-31T08:00:00Z'), now)).toEqual([]);
    expect(dateWarnings(said('2025-05-30'), now)).toEqual([]);
  });

  it('takes a stated day, week or month that holds its recording as stated before it', () => {
    for (const statedAt of ['2025-05-31', '2025-W22', '2025-05']) expect(dateWarnings(said(statedAt, '2025-05-31T08:00:00Z'), now)).toEqual([]);
  });

  it('names a statement stated after its recording, by its field', () => {
    expect(dateWarnings(said('2025-06-01', '2025-05-31T23:59:00Z'), now)).toEqual([{ path: 'data.statedAt', message: 'statedAt 2025-06-01 is after recordedAt 2025-05-31T23:59:00Z' }]);
  });

  it('names a date in the future of `now`: the recording time given, or the statement dated by a store that records it now', () => {
    expect(dateWarnings(said('2025-06-02'), now)).toEqual([{ path: 'data.statedAt', message: 'statedAt 2025-06-02 is in the future' }]);
    // Later today is not the future of the day: only a start after `now` is.
    expect(dateWarnings(said('2025-06-01'), now)).toEqual([]);
    expect(dateWarnings(said('2025-06-03', '2025-06-04T00:00:00Z'), now)).toEqual([{ path: 'recordedAt', message: 'recordedAt 2025-06-04T00:00:00Z is in the future' }]);
  });

  it('reads the recording time of any event, the stated time of a statement only', () => {
    expect(dateWarnings({ type: 'alias-added', data: { actor: 'nurses-union', alias: 'the union' }, recordedAt: '2030-01-01T00:00:00Z' }, now).map((w) => w.path)).toEqual(['recordedAt']);
    expect(dateWarnings({ type: 'alias-added', data: { actor: 'nurses-union', alias: 'the union' } }, now)).toEqual([]);
  });

  it('reads the clock when no `now` is given', () => {
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect(dateWarnings(said(tomorrow)).map((w) => w.path)).toEqual(['data.statedAt']);
  });
});

describe('dateWarnings on a form\'s input, before any check', () => {
  it.each(['', '2026-02-30', '20/11/2026', 'soon'])('passes over a stated time %j it cannot read, without throwing: the append refuses it, naming its path', (statedAt) => {
    expect(dateWarnings({ ...said('2025-05-30'), data: { ...said('2025-05-30').data, statedAt } } as NewEvent, now)).toEqual([]);
  });

  it('passes over a recording time it cannot read, and the stated time with it: the store records the event neither then nor now', () => {
    for (const recordedAt of ['', '2025-02-30T10:00:00Z', 'yesterday']) {
      expect(dateWarnings({ ...said('2030-01-01'), recordedAt }, now)).toEqual([]);
    }
    // A day is a recording time a store takes: still weighed.
    expect(dateWarnings(said('2025-06-02', '2025-05-31'), now).map((w) => w.path)).toEqual(['data.statedAt']);
  });

  it('throws on nothing JavaScript may give it', () => {
    for (const odd of [null, undefined, 'statement', { type: 'statement-made' }, { type: 'statement-made', data: null }, { type: 'statement-made', data: { statedAt: 42 }, recordedAt: 7 }]) {
      expect(dateWarnings(odd as never, now)).toEqual([]);
    }
  });
});
