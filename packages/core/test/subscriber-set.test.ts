// The subscriptions of a store that sees its own appends (the memory store, the template's map store), kept by the
// store kit where each store wrote the same set, wake-ups and close of its own.
import { openMemoryStore, StoreReadError } from '@stancelog/core';
import type { StoredEvent } from '@stancelog/core';
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
});
