// Type tests of the store contract: `pnpm typecheck` fails when a line
// marked @ts-expect-error compiles (the type no longer protects) or when a
// valid line stops compiling. Never run, only type-checked.
import type { EventStore, StoredEvent, Subscription } from '@stancelog/core';

export function typeChecks(store: EventStore): void {
  // A handler that has no use for the signal leaves it out.
  store.subscribe((events: ReadonlyArray<StoredEvent>) => void events.length);
  store.subscribe(() => undefined);
  // One that waits reads it without a check: every store gives it.
  store.subscribe(async (_events, signal) => {
    if (signal.aborted) return;
    await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()));
  });

  // A store of one's own must give it: a subscription that forgot it once compiled, and failed only when a handler read it.
  const subscribe: EventStore['subscribe'] = (handler): Subscription => {
    // @ts-expect-error the signal is required
    void handler([]);
    void handler([], new AbortController().signal);
    return { caughtUp: Promise.resolve(), unsubscribe: async () => undefined };
  };
  void subscribe;
}
