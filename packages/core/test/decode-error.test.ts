import { isLeft } from 'fp-ts/lib/Either.js';
import { openMemoryStore } from '@stancelog/core';

// What a user reads when an event is refused: the field, the rule in words, what was found.
async function refusal(event: unknown): Promise<string> {
  const store = openMemoryStore();
  const r = await store.append([event as never]);
  if (!isLeft(r)) throw new Error('expected a refusal');
  expect(await store.head()).toBe(0);
  return r.left.message;
}

describe('decoding errors', () => {
  it('say what an id, a date, a confidence and offsets must be, not the names of the codecs', async () => {
    const message = await refusal({
      type: 'statement-made',
      data: { holder: 'Russia Fed', issue: 'ceasefire', kind: 'reject', polarity: '-', confidence: 1.5, statedAt: 'soon', source: { quote: 'q', offsets: [5, 2] } },
    });
    expect(message.split('; ')).toEqual([
      'event 1 of the batch: data.holder: expected an actor id (lowercase letters, digits, "-", "_" or ".", as "russia"), got "Russia Fed"',
      'data.source.offsets: expected offsets [start, end]: whole numbers, 0 <= start <= end, got [5,2]',
      'data.statedAt: expected a date (YYYY-MM-DD, YYYY-MM, YYYY-Www) or an ISO timestamp, got "soon"',
      'data.confidence: expected a confidence from 0 to 1, got 1.5',
    ]);
  });

  it('say what a timestamp without its time zone lacks', async () => {
    const message = await refusal({ type: 'statement-made', data: { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-07-20T10:00:00', source: { quote: 'q' } } });
    expect(message).toBe(
      'event 1 of the batch: data.statedAt: expected a date (YYYY-MM-DD, YYYY-MM, YYYY-Www) or an ISO timestamp, got "2025-07-20T10:00:00" (a timestamp needs its time zone: 2025-07-20T10:00:00Z, or an offset such as +02:00)',
    );
  });

  it('name an unknown event type and the known ones, instead of the whole event', async () => {
    expect(await refusal({ type: 'actor-registerd', data: { id: 'x' } })).toBe(
      'event 1 of the batch: type: expected one of "statement-made", "actor-registered", "alias-added", "office-held", "issue-defined", "event-withdrawn", got "actor-registerd"',
    );
  });
});
