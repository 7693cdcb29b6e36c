import { createHash } from 'node:crypto';
import { encodeBatchInto, eventLine } from '../src/line-format.js';
import type { StoredEvent } from '@stancelog/core';

const event = (n: number, quote: string): StoredEvent =>
  ({
    id: n.toString(16).padStart(32, '0'),
    position: n,
    recordedAt: '2025-05-17T09:00:00.000Z',
    schema: 1,
    tags: ['actor:ukraine', 'issue:ceasefire'],
    type: 'statement-made',
    data: { holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', source: { quote } },
  }) as StoredEvent;

describe('the bytes of a batch', () => {
  const events = [event(5, 'plain words'), event(6, 'Kyiv — «ceasefire first» ✓ 𝄞'), event(7, 'é'.repeat(200))];

  it('are a batch record whose checksum covers the event lines that follow, one line per event', () => {
    const { bytes, starts } = encodeBatchInto(events);
    const text = bytes.toString('utf8');
    const [record, ...lines] = text.trimEnd().split('\n');
    expect(lines).toEqual(events.map(eventLine));
    const body = bytes.subarray(starts[0], starts[events.length]);
    expect(JSON.parse(record!)).toEqual({ batch: 3, first: 5, sha256: createHash('sha256').update(body).digest('hex') });
    expect(starts[events.length]).toBe(bytes.length);
  });

  it('are the same when encoded into a reused buffer too small to start with', () => {
    const fresh = encodeBatchInto(events);
    let scratch: Buffer = Buffer.alloc(8);
    for (let round = 0; round < 3; round++) {
      const again = encodeBatchInto(events, scratch);
      expect(again.bytes.equals(fresh.bytes)).toBe(true);
      expect([...again.starts]).toEqual([...fresh.starts]);
      scratch = again.scratch;
    }
  });
});
