import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { openMemoryStore, readAll, statementMade } from '@stancelog/core';
import type { Statement } from '@stancelog/core';

const demand: Statement = {
  holder: 'ukraine',
  issue: 'ceasefire',
  kind: 'demand',
  polarity: '+',
  statedAt: '2025-04-23',
  source: { quote: 'Kyiv wants a full ceasefire before any talks' },
};

describe('the memory store', () => {
  it('appends a statement at position 1 and reads it back', async () => {
    const store = openMemoryStore();
    const r = await store.append([statementMade(demand)]);
    expect(isRight(r) && r.right.head).toBe(1);
    const events = await readAll(store);
    expect(events.map((e) => e.position)).toEqual([1]);
    expect(events[0]?.tags).toEqual(['actor:ukraine', 'issue:ceasefire']);
  });

  it('refuses an invalid batch whole, naming the field', async () => {
    const store = openMemoryStore();
    const bad = { type: 'statement-made', data: { ...demand, polarity: 'yes' } };
    const r = await store.append([statementMade(demand), bad as never]);
    expect(isLeft(r) && r.left.message).toBe('event 2 of the batch: data.polarity: expected one of "0", "+", "-", got "yes"');
    expect(await store.head()).toBe(0);
  });

  it('takes null options from JavaScript as none, and refuses options that are not an object, as values', async () => {
    const store = openMemoryStore();
    const appended = await store.append([statementMade(demand)], null as never);
    expect(isRight(appended) && appended.right.head).toBe(1);
    const refused = await store.append([statementMade({ ...demand, issue: 'peace-talks' })], 3 as never);
    expect(isLeft(refused) && refused.left).toEqual({ _tag: 'InvalidQuery', message: 'append: expected an object of options, got 3' });
    const read: unknown[] = [];
    for await (const e of store.read(null as never)) read.push(e);
    expect(read).toHaveLength(1);
    const heard: unknown[] = [];
    const sub = store.subscribe((events) => void heard.push(...events), null as never);
    await sub.caughtUp;
    await sub.unsubscribe();
    expect(heard).toHaveLength(1);
    await expect(async () => {
      for await (const e of store.read('all' as never)) read.push(e);
    }).rejects.toThrow('read: expected an object of options, got "all"');
    expect(await store.head()).toBe(1);
  });

  it('refuses a tag holding a NUL character, as every store does (PostgreSQL takes none in a text)', async () => {
    const store = openMemoryStore();
    await expect(readAll(store, { tags: ['actor:rus\u0000sia'] })).rejects.toThrow('read: tags hold no NUL character, got "actor:rus\\u0000sia"');
  });
});
