import { join } from 'node:path';
import { isLeft } from 'fp-ts/lib/Either.js';
import { follow, positions } from '@stancelog/core';
import type { EventStore } from '@stancelog/core';
import { mustOpen, statement, tempDir } from './support.js';

describe('a follower of a file store closed during its first projection', () => {
  it('refuses to start: ready a Left naming the closed log, which error holds and onError is told', async () => {
    for (const count of [0, 2]) {
      const path = join(tempDir(), 'log.jsonl');
      const store = await mustOpen(path);
      if (count > 0) await store.append([statement(1), statement(2)]);
      // Closed once the projection's last read is done, before following begins: a shutdown racing a start.
      let reads = 0;
      const closing: EventStore = {
        ...store,
        append: store.append,
        head: store.head,
        subscribe: store.subscribe,
        close: store.close,
        read: (query) =>
          (async function* () {
            yield* store.read(query);
            if (++reads === 1) await store.close();
          })(),
      };
      const errors: unknown[] = [];
      const live = follow(closing, positions(), { onError: (e) => void errors.push(e) });
      const ready = await live.ready;
      const refusal = { _tag: 'StoreUnavailable', message: `subscribe: ${path} is closed` };
      expect([isLeft(ready) && ready.left, live.error, errors]).toEqual([refusal, refusal, [refusal]]);
      await live.stop();
    }
  });

  it("refuses to start when the log closes while the subscription's first read runs: ready a Left naming the closed log (a leftover of stop 49)", async () => {
    const path = join(tempDir(), 'log.jsonl');
    const store = await mustOpen(path);
    await store.append([statement(1), statement(2)]);
    const closing: EventStore = {
      append: store.append,
      read: store.read,
      head: store.head,
      close: store.close,
      subscribe: (handler, options) => {
        const sub = store.subscribe(handler, options);
        void store.close();
        return sub;
      },
    };
    const errors: unknown[] = [];
    const live = follow(closing, positions(), { onError: (e) => void errors.push(e) });
    const ready = await live.ready;
    const closed = { _tag: 'StoreUnavailable', message: `subscribe: ${path} was closed` };
    expect([isLeft(ready) && ready.left, live.error, errors]).toEqual([closed, closed, [closed]]);
    await live.stop();
  });
});
