/**
 * What `stancelog ingest` needs of the log before it appends, in one read:
 * the registry (to define the actors and issues the new statements mention
 * and the log lacks) and the earlier readings of the articles read again
 * (to warn of statements a new reading no longer gives). A log is streamed,
 * never held whole.
 *
 * @since 0.1.0
 */
import { isLeft } from 'fp-ts/lib/Either.js';
import { fold, isWithdrawal, isWithdrawn, project, registry, withdrawalsOf } from '@stancelog/core';
import type { EventStore, RegistryState, StoredEvent } from '@stancelog/core';
import { snapshotEvery } from './analyse.js';
import { snapshotsOf } from './snapshot-option.js';

/**
 * The log as `ingest` sees it.
 *
 * @example
 * import type { IngestLog } from './ingest-log.js'
 * import { emptyRegistry } from '@stancelog/core'
 * const empty: IngestLog = { registry: emptyRegistry(), earlier: [] }
 * assert.strictEqual(empty.earlier.length, 0)
 * @category commands
 * @since 0.1.0
 * @internal
 */
export interface IngestLog {
  /** The registry, as `project(store, registry())` gives it. */
  readonly registry: RegistryState;
  /** The statements read before from the articles at the addresses asked for (with quote offsets), and every withdrawal: what `replacement` compares a new reading with. */
  readonly earlier: StoredEvent[];
  /**
   * Of the quotes asked for (of statements read from articles with no address), those of statements the log holds read
   * from an article with no address (with quote offsets): the same sentence read before, wherever an edit moved it; and
   * the ids of those statements.
   */
  readonly readBefore?: { readonly quotes: ReadonlySet<string>; readonly ids: ReadonlySet<string> };
}

/**
 * Reads the log once for `ingest`. Folding the registry stops at the first
 * withdrawal, as `project` does: what it withdraws was folded already, so
 * the registry of a log with withdrawals is then folded again, without the
 * withdrawn events: on a log of 1,000 events or more, by `project`, from
 * its snapshot kept with the store (`LOG.snapshots/registry.snapshot`, the
 * one `append` and `registry` keep) and the events appended since, saving
 * a new one as the analysis' is saved, where each such ingest read the
 * whole log a second time; on a shorter one (which keeps no snapshot), in
 * a second read. A snapshot that cannot be read or saved costs that read,
 * and changes nothing (as for `append`, it is not said). Throws what the
 * store throws.
 *
 * @example
 * import { readIngestLog } from './ingest-log.js'
 * import { eventWithdrawn, openMemoryStore, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * const read = statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', source: { quote: 'a truce now', url: 'https://example.org/a', offsets: [0, 11] } })
 * const typed = statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', source: { quote: 'no truce', url: 'https://example.org/a' } })
 * const r = await store.append([read, typed])
 * assert.ok(r._tag === 'Right')
 * await store.append([eventWithdrawn(r.right.appended[1]!.id, 'typed twice')])
 * const log = await readIngestLog(store, new Set(['https://example.org/a']))
 * // The statement read from the article, and the withdrawal; not the one entered by hand.
 * assert.deepStrictEqual(log.earlier.map((e) => e.type), ['statement-made', 'event-withdrawn'])
 * // Russia's one statement is withdrawn: the registry does not know it.
 * assert.deepStrictEqual([log.registry.actors.has('ukraine'), log.registry.actors.has('russia')], [true, false])
 * // A statement of an article with no address, asked for by its quote, is found as read before.
 * await store.append([statementMade({ holder: 'ukraine', issue: 'sanctions', kind: 'demand', polarity: '+', source: { quote: 'more sanctions', offsets: [0, 14] } })])
 * const again = await readIngestLog(store, new Set(), new Set(['more sanctions', 'a quote no one read']))
 * assert.deepStrictEqual([...again.readBefore!.quotes], ['more sanctions'])
 * @category commands
 * @since 0.1.0
 * @internal
 */
export async function readIngestLog(store: EventStore, urls: ReadonlySet<string>, unaddressed: ReadonlySet<string> = new Set()): Promise<IngestLog> {
  const known = fold(registry());
  const earlier: StoredEvent[] = [];
  const readBefore = { quotes: new Set<string>(), ids: new Set<string>() };
  let withdrawals = false;
  let last = 0;
  for await (const chunk of store.read()) {
    for (const e of chunk) {
      last = e.position;
      if (isWithdrawal(e)) {
        withdrawals = true;
        earlier.push(e);
        continue;
      }
      if (!withdrawals) known.push(e);
      if (e.type === 'statement-made' && e.data.source.offsets !== undefined && e.data.source.url !== undefined && urls.has(e.data.source.url)) earlier.push(e);
      if (e.type === 'statement-made' && e.data.source.offsets !== undefined && e.data.source.url === undefined && unaddressed.has(e.data.source.quote)) {
        readBefore.quotes.add(e.data.source.quote);
        readBefore.ids.add(e.id);
      }
    }
  }
  const folded = known.done();
  if (!withdrawals) return { registry: folded, earlier, readBefore };
  // A log with withdrawals: the registry without what they withdraw. From its snapshot and the events since, on a log
  // long enough to keep one (the first such run folds it again, and saves it); a shorter one is folded again here.
  const snapshots = snapshotsOf(store);
  if (snapshots !== undefined && last >= snapshotEvery(0)) {
    const projected = await project(store, registry(), { snapshots, snapshotEvery });
    if (isLeft(projected)) throw new Error(projected.left.message);
    return { registry: projected.right.state, earlier, readBefore };
  }
  // `earlier` holds every withdrawal: the ones in force are those of the whole log.
  const inForce = withdrawalsOf(earlier);
  const again = fold(registry());
  // Up to where the first read ended: what another writer appended since is not in `earlier` either.
  refold: for await (const chunk of store.read()) {
    for (const e of chunk) {
      if (e.position > last) break refold;
      if (!isWithdrawn(inForce, e)) again.push(e);
    }
  }
  return { registry: again.done(), earlier, readBefore };
}
