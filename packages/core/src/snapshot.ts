/**
 * Snapshots: a reducer's state at a position of the log, so a reader replays
 * only the tail. A snapshot is keyed by the reducer's name and version: when
 * the version changes, the old snapshot is ignored and the state rebuilt.
 * It records the id of the event at its position, which `project` checks
 * the log still holds there: a snapshot of another log (or of this one
 * before it was cut back or rewritten) is ignored and the state rebuilt,
 * never applied to the wrong log.
 *
 * @since 0.1.0
 */

/**
 * A reducer's state after the event at `position`.
 * @example
 * import { memorySnapshots, openMemoryStore, project, reducer } from '@stancelog/core'
 * import type { Snapshot } from '@stancelog/core'
 * const snapshots = memorySnapshots()
 * const store = openMemoryStore()
 * const made = await store.append([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }])
 * if (made._tag === 'Left') throw new Error(made.left.message)
 * const old: Snapshot<{ n: number }> = { reducer: 'count', version: '1', position: 1, eventId: made.right.appended[0]!.id, state: { n: 100 } }
 * await snapshots.save(old)
 * const countV2 = reducer({ name: 'count', version: '2', initial: () => ({ n: 0 }), recipe: (s) => { s.n++ } })
 * const r = await project(store, countV2, { snapshots })
 * assert.ok(r._tag === 'Right' && r.right.state.n === 1) // the version-1 snapshot was ignored
 * @category snapshots
 * @since 0.1.0
 */
export interface Snapshot<S> {
  readonly reducer: string;
  readonly version: string;
  readonly position: number;
  /**
   * The id of the event at `position`, which `project` saves and checks:
   * a snapshot whose event the log no longer holds at that position
   * belongs to another log, and is ignored. Since event ids are hashes of
   * the events' content, a log made again from the same events (a copy, a
   * restore) keeps its snapshots. The check is of that one event: a log
   * rebuilt with other events before it but the same event at the same
   * position passes it, so remove a log's snapshots after rewriting its
   * past by other means than appending. A snapshot without one (saved before the
   * check existed) cannot be checked, and is ignored too: the first
   * projection replays in full and saves one with it.
   */
  readonly eventId?: string | undefined;
  readonly state: S;
}

/**
 * Where snapshots are kept. `load` returns a state the caller may mutate
 * (a copy, never the stored object), and nothing when the stored snapshot
 * has another version.
 *
 * A state holds Maps, Sets, arrays, `Date`s, `undefined` fields and shared
 * objects: a store keeps it as a structured clone does (node:v8's
 * `serialize` and `deserialize` into bytes, as the file and PostgreSQL
 * stores do; `structuredClone` in memory), never as JSON, which turns a Map
 * or a Set into a plain object. A store that can hold only text writes the
 * bytes as base64. `project` checks a state loaded against the shape of the
 * reducer's initial state and ignores one that is not shaped as it is
 * (`snapshotError`, then a full replay); `describeSnapshotStoreConformance`
 * of `@stancelog/testing/conformance` says which field did not survive.
 *
 * @example
 * // A store of snapshots as text (a Redis key, a file, an S3 object): v8's bytes, as base64.
 * import { deserialize, serialize } from 'node:v8'
 * import type { Snapshot, SnapshotStore } from '@stancelog/core'
 * const kept = new Map<string, string>()
 * const textSnapshots: SnapshotStore = {
 *   async load<S>(reducer: string, version: string) {
 *     const text = kept.get(reducer)
 *     const snapshot = text === undefined ? undefined : (deserialize(Buffer.from(text, 'base64')) as Snapshot<S>)
 *     return snapshot?.version === version ? snapshot : undefined
 *   },
 *   async save(snapshot) {
 *     kept.set(snapshot.reducer, serialize(snapshot).toString('base64'))
 *   },
 * }
 * await textSnapshots.save({ reducer: 'count', version: '1', position: 10, eventId: 'e10', state: { byIssue: new Map([['ceasefire', new Set(['russia'])]]) } })
 * const loaded = await textSnapshots.load<{ byIssue: Map<string, Set<string>> }>('count', '1')
 * assert.ok(loaded?.state.byIssue.get('ceasefire')?.has('russia')) // still a Map of Sets
 * assert.strictEqual(JSON.stringify(loaded?.state), '{"byIssue":{}}') // what JSON would have kept
 * @example
 * import { memorySnapshots } from '@stancelog/core'
 * const snapshots = memorySnapshots()
 * await snapshots.save({ reducer: 'count', version: '1', position: 10, state: { n: 10 } })
 * assert.strictEqual((await snapshots.load('count', '2')), undefined)
 * @category snapshots
 * @since 0.1.0
 */
export interface SnapshotStore {
  /** The snapshot kept for a reducer, as a copy; nothing when there is none or it has another version. */
  load<S>(reducer: string, version: string): Promise<Snapshot<S> | undefined>;
  /** Keeps a snapshot (a copy of it, as a structured clone: Maps and Sets stay Maps and Sets) in place of the reducer's previous one. */
  save<S>(snapshot: Snapshot<S>): Promise<void>;
}

/**
 * Snapshots kept in memory (copied with `structuredClone`, so Maps and Sets
 * survive).
 *
 * @example
 * import { memorySnapshots } from '@stancelog/core'
 * const snapshots = memorySnapshots()
 * await snapshots.save({ reducer: 'count', version: '1', position: 10, state: new Map([['a', 1]]) })
 * const s = await snapshots.load<Map<string, number>>('count', '1')
 * assert.strictEqual(s?.state.get('a'), 1)
 * @category snapshots
 * @since 0.1.0
 */
export function memorySnapshots(): SnapshotStore {
  const kept = new Map<string, Snapshot<unknown>>();
  return {
    async load<S>(reducer: string, version: string) {
      const s = kept.get(reducer);
      if (!s || s.version !== version) return undefined;
      return { ...s, state: structuredClone(s.state) } as Snapshot<S>;
    },
    async save<S>(snapshot: Snapshot<S>) {
      kept.set(snapshot.reducer, { ...snapshot, state: structuredClone(snapshot.state) });
    },
  };
}
