/**
 * A log followed live, as a store's subscription delivers it: the events up
 * to `from` replayed (a frozen state, as `follow` keeps), then the rest
 * applied as live updates (immer's drafts) in pages of 1,024, a store's
 * page. Timed from the first page; `gc` runs first, so that the replay's
 * garbage is not charged to the pages.
 */
import type { Reducer, StoredEvent } from '@stancelog/core';

type Core = Pick<typeof import('@stancelog/core'), 'analysis' | 'fold' | 'stepAll'>;

/** The pages' time (ms) and the state they end at; `reducer` is the analysis unless given (one of `compare.ts`'s variants). */
export function livePages(core: Core, log: ReadonlyArray<StoredEvent>, from: number, gc: () => void, reducer: Reducer<unknown> = core.analysis() as Reducer<unknown>): { ms: number; state: unknown } {
  const f = core.fold(reducer, { freeze: true });
  f.pushAll(log.slice(0, from));
  let state = f.done();
  const step = core.stepAll(reducer);
  gc();
  const t0 = performance.now();
  for (let i = from; i < log.length; i += 1024) state = step(state, log.slice(i, i + 1024));
  return { ms: performance.now() - t0, state };
}
