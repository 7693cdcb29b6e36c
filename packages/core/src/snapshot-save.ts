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

/** How many events replayed make a snapshot due at a log position: `snapshotEvery`, a number or a function of the position (default 1,000). */
export function snapshotThreshold(every: number | ((head: number) => number) | undefined, position: number): number {
  return typeof every === 'function' ? every(position) : (every ?? 1000);
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
