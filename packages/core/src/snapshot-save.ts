/**
 * Saving a reducer's state as a snapshot, as `project` and `follow` both do
 * (internal): when one is due, and the save itself, the state written
 * through the reducer's codec and a failure returned as the error to tell.
 *
 * @since 0.1.0
 */
import { unavailable } from './errors.js';
import type { StoreUnavailable } from './errors.js';
import type { Reducer } from './reducer.js';
import type { SnapshotStore } from './snapshot.js';
import type { OptionRule } from './store-options.js';

/**
 * What `project` and `follow` take as `snapshots` and `snapshotEvery`,
 * checked at run time (see store-options.ts): a snapshot store has `load`
 * and `save`; a threshold is a number of events, 0 or more (`Infinity`:
 * never), or a function of the log position.
 */
export const SNAPSHOT_OPTIONS: Readonly<Record<string, OptionRule>> = {
  snapshots: {
    accepts: (v) => typeof v === 'object' && v !== null && typeof (v as SnapshotStore).load === 'function' && typeof (v as SnapshotStore).save === 'function',
    expected: 'a snapshot store (an object with load and save)',
  },
  snapshotEvery: {
    accepts: (v) => typeof v === 'function' || (typeof v === 'number' && v >= 0),
    expected: 'a number of events, 0 or more, or a function of the log position',
  },
};

/** How many events replayed make a snapshot due at a log position: `snapshotEvery`, a number or a function of the position (default 1,000). */
export function snapshotThreshold(every: number | ((head: number) => number) | undefined, position: number): number {
  return typeof every === 'function' ? every(position) : (every ?? 1000);
}

/**
 * Whether a projection's state is due to be saved as its snapshot: it read
 * events (one or more, `replayed`), at least the threshold of its position,
 * or it ignored a snapshot, which is replaced at once however short the
 * replay (kept, it would be loaded and ignored on every projection).
 * `project` saves it before it answers, `follow` once it is ready.
 */
export function snapshotDue(
  projected: { readonly position: number; readonly replayed: number; readonly eventId?: string | undefined; readonly snapshotIgnored?: unknown },
  every: number | ((head: number) => number) | undefined,
): boolean {
  const { position, replayed, eventId, snapshotIgnored } = projected;
  return eventId !== undefined && replayed > 0 && (snapshotIgnored !== undefined || replayed >= snapshotThreshold(every, position));
}

/** Saves a state as the snapshot of its reducer at a log position (the event there is `eventId`). Resolves to the error to tell when the save failed. */
export async function saveSnapshot<S>(snapshots: SnapshotStore, reducer: Reducer<S>, position: number, eventId: string | undefined, state: S): Promise<StoreUnavailable | undefined> {
  try {
    await snapshots.save({ reducer: reducer.name, version: reducer.version, position, eventId, state: reducer.snapshot ? reducer.snapshot.encode(state) : state });
    return undefined;
  } catch (error) {
    return unavailable(`saving the snapshot of ${reducer.name}`, error);
  }
}
