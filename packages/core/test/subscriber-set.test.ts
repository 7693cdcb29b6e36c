// The subscriptions of a store that sees its own appends (the memory store, the template's map store), kept by the
// store kit where each store wrote the same set, wake-ups and close of its own.
import { openMemoryStore, StoreReadError } from '@stancelog/core';
import type { ReadQuery, StoredEvent } from '@stancelog/core';
import { subscriberSet } from '@stancelog/core/store-kit';

const kyiv = { type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } } as const;
const kiev = { type: 'alias-added', data: { actor: 'ukraine', alias: 'Kiev' } } as const;
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('a subscriber set', () => {
  it('delivers the log, then what an append woke it for, and counts the subscriptions open', async () => {
    const log = openMemoryStore();
    await log.append([kyiv]);
    const subscribers = subscriberSet();
    const seen: number[] = [];
    const sub = subscribers.subscribe((query) => log.read(query), (events: ReadonlyArray<StoredEvent>) => void seen.push(...events.map((e) => e.position)));
    await sub.caughtUp;
    expect(subscribers.size).toBe(1);
    await log.append([kiev]);
    subscribers.wakeAll();
    await settle();
    expect(seen).toEqual([1, 2]);
    await sub.unsubscribe();
    expect(subscribers.size).toBe(0);
  });

  it('refuses a subscription whose options are wrong, and any once endAll was called, telling onError a StoreReadError, caughtUp resolved', async () => {
    const log = openMemoryStore();
    const subscribers = subscriberSet();
    const errors: unknown[] = [];
    const onError = (e: unknown) => void errors.push(e);
    await subscribers.subscribe((query) => log.read(query), () => undefined, { after: -1, onError }).caughtUp;
    await subscribers.endAll();
    await subscribers.subscribe((query) => log.read(query), () => undefined, { onError }).caughtUp;
    expect(errors.map((e) => (e instanceof StoreReadError ? `${e.error._tag}: ${e.message}` : String(e)))).toEqual([
      'InvalidQuery: subscribe: after must be a position (a whole number, 0 or more), got -1',
      'StoreUnavailable: subscribe: the store is closed',
    ]);
    expect(subscribers.size).toBe(0);
  });

  it('ends every subscription, and resolves when awaited from a handler before its first await (as a store\'s close() must)', async () => {
    const log = openMemoryStore();
    await log.append([kyiv]);
    const subscribers = subscriberSet();
    let ended: Promise<void> | undefined;
    const other = subscribers.subscribe((query) => log.read(query), () => undefined);
    const closing = subscribers.subscribe((query) => log.read(query), () => {
      ended = subscribers.endAll();
      return ended;
    });
    await closing.caughtUp;
    await other.caughtUp;
    await expect(ended).resolves.toBeUndefined();
    expect(subscribers.size).toBe(0);
  });

  it('runs its watching from the first subscription to the end of the last, however it ends: unsubscribed, stopped by an error, or by endAll (a leftover of stop 49)', async () => {
    const log = openMemoryStore();
    await log.append([kyiv]);
    const said: string[] = [];
    const subscribers = subscriberSet({
      watch: () => {
        said.push('start');
        return async () => {
          await settle();
          said.push('stop');
        };
      },
    });
    const read = (query: ReadQuery) => log.read(query);
    const first = subscribers.subscribe(read, () => undefined);
    const second = subscribers.subscribe(read, () => undefined);
    await Promise.all([first.caughtUp, second.caughtUp]);
    expect(said).toEqual(['start']);
    await first.unsubscribe();
    expect(said).toEqual(['start']);
    // The last one's unsubscribe() waits for the watching to stop.
    await second.unsubscribe();
    expect(said).toEqual(['start', 'stop']);
    // Started again, and stopped by a handler's throw, which onError hears of.
    const errors: unknown[] = [];
    const failing = subscribers.subscribe(read, () => {
      throw new Error('the dashboard is gone');
    }, { onError: (e) => void errors.push(e) });
    await failing.caughtUp;
    await settle();
    expect([said, subscribers.size, errors.map((e) => (e as Error).message)]).toEqual([['start', 'stop', 'start', 'stop'], 0, ['the dashboard is gone']]);
    // And by endAll, which waits for the stop.
    subscribers.subscribe(read, () => undefined);
    await subscribers.endAll();
    expect(said).toEqual(['start', 'stop', 'start', 'stop', 'start', 'stop']);
  });

  it("tells a store once that each subscription ended (ended), and says which the close ended (endedBy), naming the store as it is named", async () => {
    const log = openMemoryStore();
    await log.append([kyiv]);
    const subscribers = subscriberSet({ name: '/home/ana/talks.jsonl' });
    const read = (query: ReadQuery) => log.read(query);
    const ended: string[] = [];
    const left = subscribers.subscribe(read, () => undefined, {}, () => void ended.push('left'));
    const kept = subscribers.subscribe(read, () => undefined, {}, () => void ended.push('kept'));
    await Promise.all([left.caughtUp, kept.caughtUp]);
    await left.unsubscribe();
    await left.unsubscribe();
    expect([ended, left.endedBy, kept.endedBy]).toEqual([['left'], undefined, undefined]);
    await subscribers.endAll();
    expect([ended, left.endedBy, kept.endedBy]).toEqual([['left', 'kept'], undefined, { _tag: 'StoreUnavailable', message: 'subscribe: /home/ana/talks.jsonl was closed' }]);
    const errors: unknown[] = [];
    const refused = subscribers.subscribe(read, () => undefined, { onError: (e) => void errors.push(e) }, () => void ended.push('refused'));
    await refused.caughtUp;
    expect([ended, (errors[0] as Error).message, refused.endedBy]).toEqual([['left', 'kept'], 'subscribe: /home/ana/talks.jsonl is closed', undefined]);
  });
});
