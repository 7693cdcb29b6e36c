import { isLeft, isRight, left } from 'fp-ts/lib/Either.js';
import { copyLog, eventId, memoryStoreOf, openMemoryStore, readAll, statementMade } from '@stancelog/core';
import { decodeStored } from '@stancelog/core/store-kit';
import type { Event, EventStore, NewEvent, StoredEvent, Upcaster } from '@stancelog/core';

const said = (n: number): NewEvent =>
  statementMade({ holder: n % 2 ? 'russia' : 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11', source: { quote: `statement ${n}` } });

async function sourceOf(count: number): Promise<EventStore> {
  const source = openMemoryStore();
  for (let n = 1; n <= count; n++) {
    const r = await source.append([said(n)], { now: new Date(Date.UTC(2025, 2, n, 9)) });
    if (isLeft(r)) throw new Error(r.left.message);
  }
  return source;
}

const content = (events: ReadonlyArray<StoredEvent>) => events.map(({ id, recordedAt, type, data }) => ({ id, recordedAt, type, data }));

describe('copyLog', () => {
  it('copies every event in order, with its id and recording time, after what the target holds', async () => {
    const source = await sourceOf(7);
    const target = openMemoryStore();
    await target.append([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }]);
    const progress: Array<[number, number]> = [];
    const r = await copyLog(source, target, { batchSize: 3, onProgress: (read, total) => void progress.push([read, total]) });
    expect(isRight(r) && r.right).toEqual({ read: 7, appended: 7, duplicates: 0, head: 8 });
    expect(progress).toEqual([[3, 7], [6, 7], [7, 7]]);
    const copied = await readAll(target);
    expect(content(copied.slice(1))).toEqual(content(await readAll(source)));
    expect(copied.map((e) => e.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('appends only what is missing when run again after an interruption, which says what was copied before it and to copy again', async () => {
    const source = await sourceOf(5);
    const target = openMemoryStore();
    let appends = 0;
    const failing: EventStore = Object.assign(Object.create(target) as EventStore, {
      append: async (events: ReadonlyArray<NewEvent>) => (++appends === 2 ? left({ _tag: 'StoreUnavailable', message: 'append: connection lost' }) : target.append(events)),
    });
    const broken = await copyLog(source, failing, { batchSize: 2 });
    expect(isLeft(broken) && broken.left).toEqual({
      _tag: 'StoreUnavailable',
      message: 'append: connection lost; the first 2 events of the source were copied before this batch: run the copy again (what was copied is skipped)',
    });
    expect(await target.head()).toBe(2);
    const resumed = await copyLog(source, target, { batchSize: 2 });
    expect(isRight(resumed) && resumed.right).toEqual({ read: 5, appended: 3, duplicates: 2, head: 5 });
    expect(content(await readAll(target))).toEqual(content(await readAll(source)));
  });

  it('copies nothing when an id of the source is not the hash of its event, naming its position and type, and what to do', async () => {
    const events = await readAll(await sourceOf(3));
    const forged = [events[0]!, { ...events[1]!, data: { ...events[1]!.data, holder: 'belarus' } } as StoredEvent, events[2]!];
    const source = { read: async function* () { yield forged; }, head: async () => 3 } as unknown as EventStore;
    const target = openMemoryStore();
    const r = await copyLog(source, target);
    expect(isLeft(r) && r.left).toMatchObject({ _tag: 'CopyMismatch', position: 2, id: events[1]!.id });
    expect(isLeft(r) && r.left.message).toMatch(
      /^event 2 of the source \(statement-made\): its id [0-9a-f]{32} is not the hash of its content \([0-9a-f]{32}\): the event or its id changed after it was written \(by hand, or by a store that did not keep them as given\); nothing copied: put it back as it was written \(from a backup of the log\), then run the copy again$/,
    );
    expect(await target.head()).toBe(0);
  });

  it('copies nothing when the source holds an event a store refuses now (written before it was refused), naming its position in the source and its type (a review\'s finding)', async () => {
    const events = await readAll(await sourceOf(3));
    // A blank quote, which stores took before they refused it: its id is still the hash of its content.
    const data = { ...events[2]!.data, source: { quote: ' ' } };
    const blank = { ...events[2]!, data, id: eventId({ type: 'statement-made', data } as Parameters<typeof eventId>[0]) } as StoredEvent;
    const source = { read: async function* () { yield [events[0]!, events[1]!, blank]; }, head: async () => 3 } as unknown as EventStore;
    const target = openMemoryStore();
    const r = await copyLog(source, target, { batchSize: 1 });
    expect(isLeft(r) && r.left).toMatchObject({ _tag: 'InvalidEvent', index: 2 });
    expect(isLeft(r) && r.left.message).toBe(
      'event 3 of the source (statement-made): data.source.quote: empty: give the words the statement rests on (a quote, or a paraphrase of what was said): a store refuses it now (the source took it before that was checked); nothing copied: a log holding it is copied whole only as its storage is (the .jsonl file, or a dump of the PostgreSQL schema)',
    );
    // Not the first two events, in batches of one: nothing.
    expect(await target.head()).toBe(0);
  });

  it('stops at the last event it checked: one appended to the source meanwhile waits for the next copy', async () => {
    const inner = await sourceOf(2);
    let reads = 0;
    const source: EventStore = Object.assign(Object.create(inner) as EventStore, {
      read: (query?: Parameters<EventStore['read']>[0]) => {
        if (++reads === 2) void inner.append([said(3)]);
        return inner.read(query);
      },
    });
    const target = openMemoryStore();
    const r = await copyLog(source, target);
    expect(isRight(r) && [r.right.read, await target.head()]).toEqual([2, 2]);
  });

  it('says that nothing was copied when the first batch fails on the target, and to copy again', async () => {
    const source = await sourceOf(3);
    const target = openMemoryStore();
    const gone: EventStore = Object.assign(Object.create(target) as EventStore, {
      append: async () => left({ _tag: 'StoreUnavailable', message: 'append: connection lost' }),
    });
    const r = await copyLog(source, gone, { batchSize: 2 });
    expect(isLeft(r) && r.left).toEqual({ _tag: 'StoreUnavailable', message: 'append: connection lost; nothing was copied before this batch: run the copy again' });
  });

  it('names an event a store of one\'s own refuses by its position in the source and its type, and says to copy again once the store takes it (a leftover of stop 47)', async () => {
    const source = await sourceOf(2);
    await source.append([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }]);
    const target = openMemoryStore();
    // A store that keeps no aliases: its own refusal, at the event's place in its batch.
    const picky: EventStore = Object.assign(Object.create(target) as EventStore, {
      append: async (events: ReadonlyArray<NewEvent>) => {
        const index = events.findIndex((e) => e.type === 'alias-added');
        if (index < 0) return target.append(events);
        const issues = [{ path: 'type', expected: 'an event this store keeps', actual: 'alias-added', message: 'type: this store keeps no aliases' }];
        return left({ _tag: 'InvalidEvent', index, issues, message: `event ${index + 1} of the batch: type: this store keeps no aliases` });
      },
    });
    const r = await copyLog(source, picky, { batchSize: 2 });
    expect(isLeft(r) && r.left).toMatchObject({
      _tag: 'InvalidEvent',
      index: 2,
      message: 'event 3 of the source (alias-added): the target refused it: type: this store keeps no aliases; the 2 events before it were copied: once the target takes it (see why it refused it), run the copy again (what was copied is skipped)',
    });
    const aliasOnly = openMemoryStore();
    await aliasOnly.append([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }]);
    const alone = await copyLog(aliasOnly, picky);
    expect(isLeft(alone) && alone.left.message).toBe('event 1 of the source (alias-added): the target refused it: type: this store keeps no aliases; nothing copied: once the target takes it (see why it refused it), run the copy again');
  });

  it('passes on a source that refuses the read', async () => {
    const source = await sourceOf(1);
    await source.close();
    const r = await copyLog(source, openMemoryStore());
    expect(isLeft(r) && r.left).toEqual({ _tag: 'StoreUnavailable', message: 'head: the store is closed' });
    const unreadable = { head: async () => 1, read: () => source.read() } as unknown as EventStore;
    const read = await copyLog(unreadable, openMemoryStore());
    expect(isLeft(read) && read.left).toEqual({ _tag: 'StoreUnavailable', message: 'read: the store is closed' });
  });

  describe('a source holding an event of an older schema, upcast on read (a review\'s finding: such a log could never be copied)', () => {
    // Version 0 of statement-made said `stance` where version 1 says `polarity`.
    const stanceToPolarity: Upcaster = { type: 'statement-made', from: 0, up: (d) => { const { stance, ...rest } = d as { stance: string }; return { ...rest, polarity: stance === 'for' ? '+' : '-' }; } };
    const v0 = { holder: 'belarus', issue: 'ceasefire', kind: 'reject', stance: 'against', source: { quote: 'not now' } };
    const v0id = eventId({ type: 'statement-made', data: v0 } as unknown as Event);
    // What a store reads of a log whose second event an older release wrote: decodeStored's events, as stores hand them out.
    async function sourceWithOld(data: unknown = v0): Promise<EventStore> {
      const [first] = await readAll(await sourceOf(1));
      const decode = (record: unknown): StoredEvent => {
        const r = decodeStored(record, { upcasters: [stanceToPolarity] });
        if (isLeft(r) || r.right === null) throw new Error('not decoded');
        return r.right;
      };
      const old = decode({ id: v0id, position: 2, recordedAt: '2025-03-02T09:00:00Z', schema: 0, tags: ['actor:belarus', 'issue:ceasefire'], type: 'statement-made', data });
      return { read: async function* () { yield [first!, old]; }, head: async () => 2 } as unknown as EventStore;
    }

    it('checks its id against its data as written, naming the upcast when they differ', async () => {
      const r = await copyLog(await sourceWithOld({ ...v0, holder: 'serbia' }), openMemoryStore());
      expect(isLeft(r) && r.left).toMatchObject({ _tag: 'CopyMismatch', position: 2, id: v0id });
      expect(isLeft(r) && r.left.message).toMatch(/^event 2 of the source \(statement-made\): its id [0-9a-f]{32} is not the hash of its content as written \(statement-made version 0, upcast on read\) \([0-9a-f]{32}\): .*; nothing copied: /);
    });

    it('gives it to the target as it was written, with its schema, which a target without the upcaster refuses, named by its position in the source', async () => {
      const target = openMemoryStore();
      const appends: unknown[][] = [];
      const spy = Object.assign(Object.create(target) as EventStore, { append: (events: ReadonlyArray<NewEvent>) => (appends.push([...events]), target.append(events)) });
      const r = await copyLog(await sourceWithOld(), spy, { batchSize: 1 });
      expect(appends[1]).toEqual([{ type: 'statement-made', schema: 0, data: v0, recordedAt: '2025-03-02T09:00:00Z' }]);
      expect(isLeft(r) && r.left).toMatchObject({
        _tag: 'InvalidEvent',
        index: 1,
        message:
          'event 2 of the source (statement-made): the target refused it: schema: written by an older schema (statement-made version 0; this release reads version 1): open the store with an upcaster for statement-made 0→1; the event before it was copied: once the target takes it (see why it refused it), run the copy again (what was copied is skipped)',
      });
      expect(await target.head()).toBe(1);
    });

    it('goes into a memory store given the upcaster, which reads it upcast and copies it on as it was written, its id kept', async () => {
      const target = openMemoryStore({ upcasters: [stanceToPolarity] });
      const r = await copyLog(await sourceWithOld(), target);
      expect(isLeft(r) ? r.left.message : r.right.appended).toBe(2);
      const [, copied] = await readAll(target);
      expect([copied!.id, copied!.schema, (copied!.data as { polarity?: string }).polarity]).toEqual([v0id, 1, '-']);
      // And on from it, to another: checked against its written form, written so again.
      const next = openMemoryStore({ upcasters: [stanceToPolarity] });
      const again = await copyLog(target, next);
      expect(isLeft(again) ? again.left.message : again.right.appended).toBe(2);
      expect((await readAll(next)).map((e) => e.id)).toEqual((await readAll(target)).map((e) => e.id));
      // A seed holding it as written is read through the upcasters too (refused without them, naming the upcaster).
      const written = { id: v0id, position: 1, recordedAt: '2025-03-02T09:00:00Z', schema: 0, tags: ['actor:belarus', 'issue:ceasefire'], type: 'statement-made', data: v0 };
      const seeded = memoryStoreOf([written], { upcasters: [stanceToPolarity] });
      expect(isLeft(seeded) ? seeded.left.message : ((await readAll(seeded.right))[0]!.data as { polarity?: string }).polarity).toBe('-');
      const refused = memoryStoreOf([written]);
      expect(isLeft(refused) && refused.left.message).toMatch(/^events\[0\]: not a valid event: schema: written by an older schema \(statement-made version 0; this release reads version 1\)/);
      expect(() => memoryStoreOf([written], { upcasters: [{ type: 'statement-made', from: 0 }] as never })).toThrow(
        'memoryStoreOf: upcasters: expected an array of upcasters ({ type, from, up }), got [{"type":"statement-made","from":0}]',
      );
    });
  });

  describe('a source whose read skips events (of a type this version does not know, a newer stancelog\'s: a review\'s finding)', () => {
    // What a store gives of a log of `head` events whose read skips those at `skipped` positions.
    const skipping = async (head: number, skipped: ReadonlyArray<number>): Promise<EventStore> => {
      const events = (await readAll(await sourceOf(head))).filter((e) => !skipped.includes(e.position));
      return { read: async function* () { yield events; }, head: async () => head } as unknown as EventStore;
    };

    it('copies nothing when an event in the middle is skipped, naming its position and what to do', async () => {
      const target = openMemoryStore();
      const r = await copyLog(await skipping(3, [2]), target, { batchSize: 1 });
      expect(isLeft(r) && r.left).toEqual({
        _tag: 'CopyIncomplete',
        position: 2,
        count: 1,
        message:
          'event 2 of the source is of a type this version of stancelog does not know (a newer one wrote it; a read skips it): a copy would lose it, so nothing copied; copy the log with the stancelog that wrote it, or a newer one',
      });
      expect(await target.head()).toBe(0);
    });

    it('copies nothing when the last events are skipped: what it read falls short of the source\'s head', async () => {
      const target = openMemoryStore();
      const r = await copyLog(await skipping(5, [4, 5]), target);
      expect(isLeft(r) && [r.left._tag, 'position' in r.left && r.left.position, r.left.message]).toEqual([
        'CopyIncomplete',
        4,
        'events 4 to 5 of the source are of types this version of stancelog does not know (a newer one wrote them; a read skips them): a copy would lose them, so nothing copied; copy the log with the stancelog that wrote them, or a newer one',
      ]);
      expect(await target.head()).toBe(0);
    });

    it('stops when a second read skips what the first gave (the source changed under the copy), saying what was copied', async () => {
      const events = await readAll(await sourceOf(3));
      let reads = 0;
      const source = { read: async function* () { yield ++reads === 1 ? events : [events[0]!, events[2]!]; }, head: async () => 3 } as unknown as EventStore;
      const target = openMemoryStore();
      const r = await copyLog(source, target, { batchSize: 1 });
      expect(isLeft(r) && r.left).toMatchObject({ _tag: 'CopyIncomplete', position: 2, count: 1 });
      expect(isLeft(r) && r.left.message).toContain('a copy would lose it, and the source changed since it was checked (the event before it was copied); copy the log');
      expect(await target.head()).toBe(1);
    });
  });
});
