import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { eventId, withdrawnBy } from '@stancelog/core';
import { asRead, decodeStored, prepareBatch } from '@stancelog/core/store-kit';
import type { Event, Upcaster } from '@stancelog/core';

// Imagine version 1 of statements said `stance: 'for' | 'against'`, and
// version 2 (current here) says `polarity`.
const polarityFromStance: Upcaster = {
  type: 'statement-made',
  from: 1,
  up: (data) => {
    const { stance, ...rest } = data as { stance: string };
    return { ...rest, polarity: stance === 'for' ? '+' : '-' };
  },
};

const old = {
  id: 'e1',
  position: 1,
  recordedAt: '2025-05-17T09:00:00Z',
  schema: 1,
  tags: ['actor:russia', 'issue:neutrality'],
  type: 'statement-made',
  data: { holder: 'russia', issue: 'neutrality', kind: 'demand', stance: 'for', source: { quote: 'Kyiv must stay neutral' } },
};
const versions = { 'statement-made': 2 };

describe('upcasting', () => {
  it('turns an old version into the current one on read', () => {
    const r = decodeStored(old, { upcasters: [polarityFromStance], versions });
    expect(isRight(r) && r.right).toMatchObject({ schema: 2, data: { polarity: '+' } });
  });

  it('names the missing upcaster, calling the record what it is: written by an older schema, not damaged (a review\'s finding)', () => {
    const r = decodeStored(old, { versions });
    expect(isLeft(r) && r.left).toEqual([
      {
        path: 'schema',
        expected: 'an upcaster for statement-made from version 1',
        actual: '1',
        message: 'schema: written by an older schema (statement-made version 1; this release reads version 2): open the store with an upcaster for statement-made 1→2',
      },
    ]);
    // Two versions behind, with the first step given: the one missing.
    const older = decodeStored({ ...old, schema: 0 }, { versions, upcasters: [{ type: 'statement-made', from: 0, up: (d) => d }] });
    expect(isLeft(older) && older.left[0]?.message).toBe('schema: written by an older schema (statement-made version 0; this release reads version 2): open the store with an upcaster for statement-made 1→2');
  });

  it('refuses a record its upcaster throws on, naming the upcaster and what it threw, rather than throw', () => {
    const broken: Upcaster = { type: 'statement-made', from: 1, up: () => { throw new Error('no stance'); } };
    const r = decodeStored(old, { upcasters: [broken], versions });
    expect(isLeft(r) && r.left.map((i) => [i.path, i.message])).toEqual([['schema', 'schema: written by an older schema (statement-made version 1; this release reads version 2): the upcaster for statement-made 1→2 threw: no stance']]);
  });

  it('skips event types this reader does not know', () => {
    expect(decodeStored({ ...old, type: 'mood-changed' })).toEqual({ _tag: 'Right', right: null });
  });

  it('checks what the store reads of a record it skips (its id, position and tags), which the store still counts and indexes', () => {
    const { position: _position, ...unplaced } = old;
    const r = decodeStored({ ...unplaced, type: 'mood-changed', tags: 'actor:russia' });
    expect(isLeft(r) && r.left.map((i) => i.path)).toEqual(['position', 'tags']);
    // The rest of a newer version's envelope is its own: a record with no schema or recordedAt is skipped, not refused.
    const { schema: _schema, recordedAt: _recordedAt, ...placed } = old;
    expect(decodeStored({ ...placed, type: 'mood-changed' })).toEqual({ _tag: 'Right', right: null });
  });

  it('names the field path of a record that does not decode', () => {
    const r = decodeStored({ ...old, schema: 1, data: { ...old.data, polarity: '+', source: { quote: 7 } } });
    expect(isLeft(r) && r.left.map((i) => i.path)).toEqual(['data.source.quote']);
  });
});

// A copy of an event upcast on read gives it as it was written (copyLog): the store keeps it so (the log is never
// rewritten, and its id is the hash of that), checking it through its upcasters. A review's finding: a log holding an
// upcast event could never be copied.
describe('an event of an older schema version appended (a copy of one upcast on read)', () => {
  // This release's statement-made is version 1: version 0 said `stance` where it says `polarity`.
  const stanceToPolarity: Upcaster = { ...polarityFromStance, from: 0 };
  const v0 = { ...old.data, stance: 'against' };
  const copied = { type: 'statement-made', schema: 0, data: v0, recordedAt: '2025-05-17T09:00:00Z' };

  it('is prepared as it was written, its schema and data kept, its id the hash of that data, and read back upcast', () => {
    const r = prepareBatch([copied], { upcasters: [stanceToPolarity] });
    if (isLeft(r)) throw new Error(r.left.message);
    const [written] = r.right;
    expect(written).toMatchObject({ id: eventId({ type: 'statement-made', data: v0 } as unknown as Event), schema: 0, data: v0, tags: ['actor:russia', 'issue:neutrality'] });
    expect(asRead(written!)).toMatchObject({ id: written!.id, schema: 1, data: { polarity: '-' } });
    expect(asRead(written!).data).not.toHaveProperty('stance');
  });

  it('is refused without the upcaster it needs, naming it, rather than taken as this release\'s version', () => {
    const r = prepareBatch([copied]);
    expect(isLeft(r) && r.left).toMatchObject({
      _tag: 'InvalidEvent',
      index: 0,
      message: 'event 1 of the batch: schema: written by an older schema (statement-made version 0; this release reads version 1): open the store with an upcaster for statement-made 0→1',
    });
  });

  it('is checked as upcast: what its upcaster makes of it must be a valid event', () => {
    const r = prepareBatch([{ ...copied, data: { ...v0, source: { quote: ' ' } } }], { upcasters: [stanceToPolarity] });
    expect(isLeft(r) && r.left.message).toMatch(/^event 1 of the batch: data\.source\.quote: empty/);
  });

  it('names in a withdrawal of an older schema the event it withdraws as a read of it will (upcast)', () => {
    // Imagine event-withdrawn version 0 said `target`.
    const targetToEvent: Upcaster = { type: 'event-withdrawn', from: 0, up: (d) => ({ event: (d as { target: string }).target, reason: (d as { reason: string }).reason }) };
    const r = prepareBatch([{ type: 'event-withdrawn', schema: 0, data: { target: '0123456789abcdef0123456789abcdef', reason: 'misattributed' } }], { upcasters: [targetToEvent] });
    if (isLeft(r)) throw new Error(r.left.message);
    expect(withdrawnBy(r.right[0]!)).toBe('0123456789abcdef0123456789abcdef');
  });
});
