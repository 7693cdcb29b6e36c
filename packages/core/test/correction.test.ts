import { getPosition, openMemoryStore, positions, project, readAll, statementCorrection, statementMade } from '@stancelog/core';
import type { EventStore, StoredEvent, StoredEventOf } from '@stancelog/core';

// A fare dispute: on one day the drivers' union accepts the arbitration offer (#1) and then, in a later statement of
// that day, refuses it (#2). The later word of the day counts.
async function oneDay(): Promise<{ store: EventStore; accepted: StoredEventOf<'statement-made'> }> {
  const store = openMemoryStore();
  const r = await store.append([
    statementMade({
      holder: 'drivers-union', issue: 'arbitration', kind: 'accept', polarity: '+', statedAt: '2026-04-07',
      speaker: { name: 'J. Moreau', actor: 'drivers-union' },
      source: { quote: 'We take the offer of arbitration', publisher: 'Transit Wire', offsets: [10, 42] },
      recordedAt: '2026-04-08T07:00:00Z',
    }),
    statementMade({
      holder: 'drivers-union', issue: 'arbitration', kind: 'reject', polarity: '-', statedAt: '2026-04-07',
      source: { quote: 'the union turned arbitration down by evening', publisher: 'Transit Wire' },
      recordedAt: '2026-04-08T08:00:00Z',
    }),
  ]);
  if (r._tag === 'Left') throw new Error(r.left.message);
  return { store, accepted: r.right.appended[0] as StoredEventOf<'statement-made'> };
}

async function appendAll(store: EventStore, events: Parameters<EventStore['append']>[0]): Promise<StoredEvent[]> {
  const r = await store.append(events);
  if (r._tag === 'Left') throw new Error(r.left.message);
  return [...r.right.appended];
}

describe('statementCorrection', () => {
  it('withdraws the statement and appends its copy with the changes, which counts where the statement did', async () => {
    const { store, accepted } = await oneDay();
    const [withdrawal, copy] = await appendAll(store, statementCorrection(accepted, { speaker: { name: 'Jeanne Moreau', actor: 'drivers-union' } }, { reason: 'the speaker\'s name in full' }));
    expect(withdrawal!.type === 'event-withdrawn' && withdrawal!.data).toEqual({ event: accepted.id, reason: 'the speaker\'s name in full' });
    expect(copy!.type === 'statement-made' && copy!.data.corrects).toEqual({ event: accepted.id, position: accepted.position });
    const state = await project(store, positions());
    if (state._tag === 'Left') throw new Error(state.left.message);
    const p = getPosition(state.right.state, 'drivers-union', 'arbitration')!;
    // Appended last, the copy of the acceptance still comes before the refusal of its day: the refusal counts.
    expect([p.current.polarity, p.history.map((e) => e.id)]).toEqual(['-', [copy!.id, p.current.id]]);
    expect(p.history[0]!.speaker).toBe('Jeanne Moreau');
  });

  it('keeps the place of the first statement when the copy is corrected in turn', async () => {
    const { store, accepted } = await oneDay();
    const [, copy] = await appendAll(store, statementCorrection(accepted, { confidence: 0.6 }, { reason: 'an uncertain reading' }));
    const [, again] = await appendAll(store, statementCorrection(copy as StoredEventOf<'statement-made'>, { confidence: 0.9 }, { reason: 'confirmed by a second outlet' }));
    expect(again!.type === 'statement-made' && again!.data.corrects).toEqual({ event: copy!.id, position: accepted.position });
  });

  it('changes the source field by field, and drops the quote\'s offsets: the copy is entered by hand', () => {
    const stored = { id: 'a'.repeat(32), position: 4, recordedAt: '2026-04-08T07:00:00Z', tags: [], schemaVersion: 1, type: 'statement-made',
      data: { holder: 'drivers-union', issue: 'arbitration', kind: 'accept', polarity: '+', source: { quote: 'q', publisher: 'p', offsets: [1, 2] } } } as unknown as StoredEventOf<'statement-made'>;
    const [, copy] = statementCorrection(stored, { source: { publisher: 'Transit Wire' } }, { reason: 'the outlet' });
    expect(copy.type === 'statement-made' && copy.data.source).toEqual({ quote: 'q', publisher: 'Transit Wire' });
    const [, placed] = statementCorrection(stored, { source: { offsets: [3, 4] } }, { reason: 'the offsets' });
    expect(placed.type === 'statement-made' && placed.data.source).toEqual({ quote: 'q', publisher: 'p', offsets: [3, 4] });
  });

  it('leaves out a field given as undefined', async () => {
    const { accepted } = await oneDay();
    const [, copy] = statementCorrection(accepted, { speaker: undefined }, { reason: 'the outlet\'s own account' });
    expect(copy.type === 'statement-made' && 'speaker' in copy.data).toBe(false);
  });

  it('records both events at the time given, so that a query known before it still sees the statement', async () => {
    const { store, accepted } = await oneDay();
    const appended = await appendAll(store, statementCorrection(accepted, { statedAt: '2026-04-06' }, { reason: 'a day early', recordedAt: '2026-04-09T12:00:00Z' }));
    expect(appended.map((e) => e.recordedAt)).toEqual(['2026-04-09T12:00:00Z', '2026-04-09T12:00:00Z']);
    const before = await project(store, positions(), { asOf: { recordedTime: '2026-04-09T11:00:00Z' } });
    if (before._tag === 'Left') throw new Error(before.left.message);
    expect(getPosition(before.right.state, 'drivers-union', 'arbitration')!.history[0]!.id).toBe(accepted.id);
  });

  it('appends nothing when the reason is blank: the store refuses the batch, naming the field', async () => {
    const { store, accepted } = await oneDay();
    const r = await store.append(statementCorrection(accepted, { kind: 'hedge', polarity: '0' }, { reason: ' ' }));
    expect(r._tag === 'Left' && r.left.message).toMatch(/^event 1 of the batch: data\.reason: /);
    expect(await readAll(store)).toHaveLength(2);
  });
});
