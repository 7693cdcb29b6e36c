/**
 * What a reading found, recorded in a log in one call, as `stancelog
 * ingest` records it: the definitions of what the statements name and the
 * log lacks, then the statements. Any core `EventStore` (a store package is
 * the caller's choice, not ingest's).
 *
 * @since 0.1.0
 */
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { project, registry, statementMade } from '@stancelog/core';
import type { Actor, EventStore, Statement, StoredEvent, StoreError } from '@stancelog/core';
import { definitionsFor } from './definitions.js';
import { prepareOptions } from './ingest-text.js';
import type { IngestOptions } from './ingest-text.js';

/**
 * What `recordBatch` records with: the register and lexicon the statements
 * were read with (the options given to `ingestFiles` or `ingestText`), and
 * the people of your own register to define when they speak, as
 * `definitionsFor`'s `people` (`stancelog ingest` gives the persons of
 * `--actors`).
 *
 * @example
 * import { buildRegistry, DEFAULT_ACTORS } from '@stancelog/ingest'
 * import type { RecordOptions } from '@stancelog/ingest'
 * const silva = { id: 'marta-silva', kind: 'person', name: 'Marta Silva' } as const
 * const options: RecordOptions = { registry: buildRegistry([...DEFAULT_ACTORS, silva]), people: [silva] }
 * assert.strictEqual(options.people?.length, 1)
 * @category ingest
 * @since 0.1.0
 */
export interface RecordOptions extends IngestOptions {
  /** People of your own register to define, with their offices, when a statement carries their words for the actor of an office. */
  readonly people?: ReadonlyArray<Actor> | undefined;
}

/**
 * What `recordBatch` appended: the events written (definitions first), the
 * ids of those the log held already, and the actors and issues the events
 * written define.
 *
 * @example
 * import type { Recorded } from '@stancelog/ingest'
 * const nothing: Recorded = { appended: [], duplicates: [], defined: { actors: [], issues: [] } }
 * assert.strictEqual(nothing.appended.length, 0)
 * @category ingest
 * @since 0.1.0
 */
export interface Recorded {
  readonly appended: ReadonlyArray<StoredEvent>;
  readonly duplicates: ReadonlyArray<string>;
  readonly defined: { readonly actors: ReadonlyArray<string>; readonly issues: ReadonlyArray<string> };
}

/**
 * Appends what a reading found (an `IngestBatch` of `ingestFiles`, an
 * `IngestResult` of `ingestText`) to a log, as `stancelog ingest` does
 * without `--replace`: the `actor-registered` and `issue-defined` events of
 * what the statements name and the log does not define yet (read from the
 * store, withdrawals applied; see `definitionsFor`), then the statements,
 * in one atomic append. Idempotent: a statement's id is the hash of its
 * content, so recording the same reading again appends nothing. The store's
 * failure to read or to append (a closed store, a statement it refuses) is
 * its `StoreError`, as a `Left`, and then nothing is appended. `options` are
 * those the reading was given: the definitions come from its register and
 * lexicon.
 * What the command does besides is not done: comparing the articles with
 * their earlier readings (its warnings, and a statement withdrawn by hand
 * left out when an edit moved it, whose new offsets give it a new id), and
 * `--replace`'s withdrawals.
 *
 * @example
 * import { ingestText, recordBatch } from '@stancelog/ingest'
 * import { openMemoryStore, readAll } from '@stancelog/core'
 * const read = ingestText('Moscow rejected any ceasefire on Friday.', { publishedAt: '2025-05-16' })
 * assert.ok(read._tag === 'Right')
 * const store = openMemoryStore() // or the file or PostgreSQL store of your log
 * const recorded = await recordBatch(store, read.right)
 * assert.ok(recorded._tag === 'Right')
 * assert.deepStrictEqual(recorded.right.defined, { actors: ['russia'], issues: ['ceasefire'] })
 * assert.deepStrictEqual((await readAll(store)).map((e) => e.type), ['actor-registered', 'issue-defined', 'statement-made'])
 * // Recorded again: nothing new.
 * const again = await recordBatch(store, read.right)
 * assert.ok(again._tag === 'Right' && again.right.appended.length === 0)
 * @category ingest
 * @since 0.1.0
 */
export async function recordBatch(
  store: EventStore,
  batch: { readonly statements: ReadonlyArray<Statement>; readonly unregisteredSpeakers: ReadonlyArray<Actor> },
  options: RecordOptions = {},
): Promise<Either<StoreError, Recorded>> {
  const known = await project(store, registry());
  if (isLeft(known)) return known;
  const { registry: register, lexicon } = prepareOptions(options);
  const definitions = definitionsFor(batch.statements, { registry: register, lexicon, speakers: batch.unregisteredSpeakers, people: options.people }, known.right.state);
  // A statement read twice (an article's repeated sentence) is one event: every store keeps one event of an id in a batch (the conformance suite asks it).
  const events = [...definitions, ...batch.statements.map(statementMade)];
  if (events.length === 0) return right({ appended: [], duplicates: [], defined: { actors: [], issues: [] } });
  const appended = await store.append(events);
  if (isLeft(appended)) return left(appended.left);
  // What this append wrote: another writer may have defined some of the same since the read, and those were skipped.
  const written = appended.right.appended;
  return right({
    appended: written,
    duplicates: appended.right.duplicates,
    defined: {
      actors: written.flatMap((e) => (e.type === 'actor-registered' ? [e.data.id] : [])),
      issues: written.flatMap((e) => (e.type === 'issue-defined' ? [e.data.id] : [])),
    },
  });
}
