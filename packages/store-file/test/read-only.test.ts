import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLeft } from 'fp-ts/lib/Either.js';
import { readAll } from '@stancelog/core';
import { openFileStore } from '@stancelog/store-file';
import type { FileStoreOptions } from '@stancelog/store-file';
import { mustOpen, statement, tempDir } from './support.js';

async function waitUntil(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('a read-only store', () => {
  it('opens while a writer holds the lock, without taking it', async () => {
    const path = join(tempDir(), 'log.jsonl');
    const writer = await mustOpen(path);
    await writer.append([statement(1), statement(2)]);
    const lock = readFileSync(`${path}.lock`, 'utf8');
    const reader = await mustOpen(path, { readOnly: true });
    expect(reader.readOnly).toBe(true);
    expect(readFileSync(`${path}.lock`, 'utf8')).toBe(lock);
    expect(await readAll(reader)).toEqual(await readAll(writer));
    await reader.close();
    await writer.close();
  });

  it('refuses appends', async () => {
    const path = join(tempDir(), 'log.jsonl');
    const writer = await mustOpen(path);
    const reader = await mustOpen(path, { readOnly: true });
    const r = await reader.append([statement(1)]);
    expect(isLeft(r) && r.left).toMatchObject({ _tag: 'StoreUnavailable', message: `append: ${path} is open read-only` });
    await reader.close();
    await writer.close();
  });

  it("sees the writer's later appends in reads and head", async () => {
    const path = join(tempDir(), 'log.jsonl');
    const writer = await mustOpen(path);
    const reader = await mustOpen(path, { readOnly: true });
    expect(await reader.head()).toBe(0);
    await writer.append([statement(1), statement(2, 'russia')]);
    expect(await reader.head()).toBe(2);
    expect((await readAll(reader, { tags: ['actor:russia'] })).map((e) => e.position)).toEqual([2]);
    await reader.close();
    await writer.close();
  });

  it("follows the writer's appends in a subscription, by polling the file", async () => {
    const path = join(tempDir(), 'log.jsonl');
    const writer = await mustOpen(path);
    await writer.append([statement(1)]);
    const reader = await mustOpen(path, { readOnly: true, pollIntervalMillis: 20 });
    const seen: number[] = [];
    const sub = reader.subscribe((events) => void seen.push(...events.map((e) => e.position)));
    await sub.caughtUp;
    expect(seen).toEqual([1]);
    await writer.append([statement(2), statement(3)]);
    await writer.append([statement(4)]);
    await waitUntil(() => seen.length >= 4, 'the follower sees four events');
    await sub.unsubscribe();
    expect(seen).toEqual([1, 2, 3, 4]);
    await reader.close();
    await writer.close();
  });

  it('wakes its subscriptions for appends that a read, head() or another subscription of the same store found first', async () => {
    const path = join(tempDir(), 'log.jsonl');
    const writer = await mustOpen(path);
    await writer.append([statement(1)]);
    const reader = await mustOpen(path, { readOnly: true, pollIntervalMillis: 20 });
    try {
      const seen: number[] = [];
      const sub = reader.subscribe((events) => void seen.push(...events.map((e) => e.position)));
      await sub.caughtUp;
      // Each append is found by a read of the store (a projection, a dashboard's head()) before the poll looks.
      await writer.append([statement(2)]);
      expect(await reader.head()).toBe(2);
      await writer.append([statement(3)]);
      expect((await readAll(reader)).length).toBe(3);
      await waitUntil(() => seen.length >= 3, 'the subscription sees the events the head() and the read found');
      // A slow subscription's own read, too, finds what a quicker one has not been woken for.
      const slow: number[] = [];
      const other = reader.subscribe(async (events) => {
        slow.push(...events.map((e) => e.position));
        await new Promise((r) => setTimeout(r, 100));
      });
      await other.caughtUp;
      await writer.append([statement(4)]);
      await waitUntil(() => slow.length >= 4, 'the slow subscription sees the fourth event');
      await writer.append([statement(5)]);
      await waitUntil(() => slow.length >= 5 && seen.length >= 5, 'both subscriptions see the fifth event');
      await sub.unsubscribe();
      await other.unsubscribe();
      expect(seen).toEqual([1, 2, 3, 4, 5]);
    } finally {
      await reader.close();
      await writer.close();
    }
  });

  it('still reads the poll interval from its deprecated name pollInterval, the new name winning when both are given', async () => {
    const path = join(tempDir(), 'log.jsonl');
    const writer = await mustOpen(path);
    const follow = async (options: FileStoreOptions) => {
      const reader = await mustOpen(path, { readOnly: true, ...options });
      const seen: number[] = [];
      const sub = reader.subscribe((events) => void seen.push(...events.map((e) => e.position)));
      await sub.caughtUp;
      return { seen, stop: async () => (await sub.unsubscribe(), await reader.close()) };
    };
    const old = await follow({ pollInterval: 20 });
    const slow = await follow({ pollInterval: 20, pollIntervalMillis: 60_000 });
    await writer.append([statement(1)]);
    await waitUntil(() => old.seen.length === 1, 'the reader polling every 20 ms sees the append');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(slow.seen).toEqual([]); // it polls every minute: pollIntervalMillis, not pollInterval
    await old.stop();
    await slow.stop();
    await writer.close();
  });

  it('fails to open a log that does not exist, naming it', async () => {
    const path = join(tempDir(), 'missing.jsonl');
    const r = await openFileStore(path, { readOnly: true });
    expect(isLeft(r) && r.left._tag).toBe('StoreUnavailable');
    expect(isLeft(r) && r.left.message).toContain(path);
    // Said in words, with what to do: a dashboard started before its writer meets this first.
    expect(isLeft(r) && r.left.message).toBe(`open ${path}: there is no log there yet, and a read-only store does not create one: open it for writing first (a writer creates it)`);
  });
});
