/**
 * The stancelog event store on PostgreSQL: a shared log for many writers
 * and readers on many machines.
 *
 * @since 0.1.0
 */
import * as pg from 'pg';
import type { Either } from 'fp-ts/lib/Either.js';
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import { StoreReadError } from '@stancelog/core';
import { asRead, checkAppendOptions, checkReadQuery, prepareBatch, subscriberSet } from '@stancelog/core/store-kit';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  NewEvent,
  ReadOptions,
  ReadQuery,
  SnapshotStore,
  StoreError,
  StoredEvent,
} from '@stancelog/core';
import { appendPrepared, appendStatements, waitedForLock } from './append-transaction.js';
import { clientConfig, describeError, holdClient, isConnectionError, redactUrl, roleOf, unreachable } from './connection.js';
import type { ConnectionOptions } from './connection.js';
import { startListener } from './listener.js';
import { migrate, schemaRefusal, schemaState } from './migrate.js';
import { OLDEST_OPENABLE_VERSION } from './migrations.js';
import { changedLog, checkStatement, isMissingRelation, logChanged, readIdentity } from './log-identity.js';
import type { CheckRow } from './log-identity.js';
import { readByCopy } from './copy-read.js';
import { readPages } from './read-pages.js';
import type { RunQuery } from './read-pages.js';
import { DEFAULT_SCHEMA, logNames, schemaTarget } from './schema-name.js';
import { optionsProblem } from './options-check.js';
import { postgresSnapshots } from './snapshots.js';
import { hash } from 'node:crypto';

// Native one-shot SHA-256 for event ids: the same ids as core's portable one, several times faster.
const sha256Hex = (text: string): string => hash('sha256', text, 'hex');

/**
 * Options of {@link openPostgresStore}.
 *
 * @example
 * // doc-test: skip (needs a PostgreSQL server; run by the package tests)
 * import { openPostgresStore } from '@stancelog/store-postgres'
 * import type { PostgresStoreOptions } from '@stancelog/store-postgres'
 * // A dashboard's reader: its own schema, created on first open, smaller pages, a longer retry for its subscriptions.
 * const options: PostgresStoreOptions = { url: process.env.STANCELOG_PG_URL!, schema: 'newsroom', migrate: true, pageSize: 10_000, retryMillis: 60_000 }
 * const opened = await openPostgresStore(options)
 * if (opened._tag === 'Left') throw new Error(opened.left.message)
 * assert.strictEqual(opened.right.schema, 'newsroom')
 * await opened.right.close()
 * @category postgres
 * @since 0.1.0
 */
export interface PostgresStoreOptions extends ConnectionOptions, Pick<ReadOptions, 'upcasters'> {
  /** The schema holding the log (default `stancelog`). */
  readonly schema?: string | undefined;
  /** Create or upgrade the schema on open (default false: `stancelog store migrate` does it). */
  readonly migrate?: boolean | undefined;
  /**
   * Rows per query of a read (default 50,000). `read` streams each page with
   * one COPY statement, handing its events over in batches of about 1,000,
   * and holds a pool connection while the caller works through the page:
   * large pages save round trips. Live subscriptions read pages of at most
   * 2,000 rows (`pageSize` if smaller) with select queries, which arrive whole.
   */
  readonly pageSize?: number | undefined;
  /**
   * How long a live subscription retries a read on lost connections, while
   * the server answers its listening connection, before it reports an error
   * (default 30,000 ms): pages it cannot get from a server that is there.
   * While the server is away (the listening connection lost too) a read
   * waits for it, however long, as a subscription waiting for news does.
   */
  readonly retryMillis?: number | undefined;
  /**
   * Told when live subscriptions lose the server: the connection that wakes
   * them dropped, or cannot be made. Once per outage, with the error.
   * Subscriptions wait through an outage of any length, and catch up when it
   * ends: this says why nothing comes meanwhile (a dashboard can show it).
   */
  readonly onConnectionLost?: ((error: unknown) => void) | undefined;
  /** Told when live subscriptions have the server again, just before they read what was appended during the outage. */
  readonly onConnectionRestored?: (() => void) | undefined;
  /**
   * How often a store with live subscriptions looks whether its log is still
   * there and the same one (default 5,000 ms): a schema dropped, created
   * again or restored to an earlier point while nothing is appended wakes
   * no subscription, and this is when they hear of it. Appends and
   * reconnections make every subscription check at once. More than 0, at
   * most 2^31 - 1 (node's longest timer).
   */
  readonly logCheckMillis?: number | undefined;
}

/**
 * An open PostgreSQL store: the {@link EventStore} contract, the snapshots
 * kept beside the log, and the pool (for the application's own queries).
 *
 * @example
 * // doc-test: skip (needs a PostgreSQL server; run by the package tests)
 * import { logNames, openPostgresStore } from '@stancelog/store-postgres'
 * import type { PostgresStore } from '@stancelog/store-postgres'
 * const opened = await openPostgresStore({ url: process.env.STANCELOG_PG_URL!, migrate: true })
 * if (opened._tag === 'Left') throw new Error(opened.left.message)
 * const store: PostgresStore = opened.right
 * await store.append([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }])
 * // The application's own query on the log's table, through the store's pool.
 * const names = logNames(store.schema)
 * if (names._tag === 'Left') throw new Error(names.left.message)
 * const r = await store.pool.query<{ n: number }>(`select count(*)::int as n from ${names.right.events} where tags @> $1`, [['actor:ukraine']])
 * assert.ok(r.rows[0]!.n >= 1)
 * await store.close()
 * @category postgres
 * @since 0.1.0
 */
export interface PostgresStore extends EventStore {
  /** Projection snapshots in the log's schema. */
  readonly snapshots: SnapshotStore;
  /** The schema holding the log. */
  readonly schema: string;
  /** The server's URL, without the password. */
  readonly url: string;
  /** The connection pool (`pg.Pool`). */
  readonly pool: pg.Pool;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// The command that migrates this schema: the CLI takes a schema other than
// the default as `?schema=` on the URL, and would otherwise migrate `stancelog`.
function migrateAdvice(schema: string): string {
  return schema === DEFAULT_SCHEMA
    ? 'run `stancelog store migrate --store <url>`'
    : `run \`stancelog store migrate --store '<url>?schema=${schema}'\` (in code: migrate({ url, schema: '${schema}' }))`;
}

/**
 * Opens a log on a PostgreSQL server. Fails (as a value) when the server
 * cannot be reached within the connection time-out, refuses the credentials,
 * or holds no log of a schema version this release reads (run `migrate`
 * first, or pass `migrate: true`), or the schema holds tables of another
 * application under the names of a log's (a log needs a schema of its own). It reads the log's identity: a store
 * whose schema is dropped, created again or restored to an earlier point
 * while it is open fails its appends, reads, `head` and subscriptions with
 * a `StoreUnavailable` saying which, instead of taking the new log for the
 * old one (a schema of version 1, migrated before the identity existed, is
 * opened without it: only what its subscriptions had read is checked).
 * Options it does not take, or values they cannot hold (`pool.max: expected
 * a whole number of connections, 1 or more, got 0`), fail it too, as a
 * `StoreUnavailable` naming the option, before any connection is made:
 * a value, as its other failures are, where `openMemoryStore` (synchronous,
 * with no `Either` to return) throws a `RangeError`, since these options
 * (the URL first) are as often read from a configuration file or the
 * environment as written in the program.
 *
 * @example
 * // doc-test: skip (needs a PostgreSQL server; run by the package tests)
 * import { openPostgresStore } from '@stancelog/store-postgres'
 * import { statementMade } from '@stancelog/core'
 * const opened = await openPostgresStore({ url: 'postgres://stancelog:secret@127.0.0.1:5432/stancelog', migrate: true })
 * if (opened._tag === 'Left') throw new Error(opened.left.message)
 * const store = opened.right
 * await store.append([statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11', source: { quote: 'Kyiv backs a 30-day ceasefire' } })])
 * await store.close()
 * @category postgres
 * @since 0.1.0
 */
export async function openPostgresStore(given: PostgresStoreOptions): Promise<Either<StoreError, PostgresStore>> {
  const problem = optionsProblem(given);
  if (problem !== undefined) return left({ _tag: 'StoreUnavailable', message: problem });
  const target = schemaTarget(given);
  if (isLeft(target)) return left({ _tag: 'StoreUnavailable', message: `${redactUrl(given.url)}: ${target.left.message}` });
  const options: PostgresStoreOptions = { ...given, ...target.right };
  const named = logNames(options.schema);
  if (isLeft(named)) return named;
  const pageSize = options.pageSize ?? 50_000;
  if (!Number.isSafeInteger(pageSize) || pageSize < 1) {
    return left({ _tag: 'StoreUnavailable', message: `pageSize: expected a positive whole number of rows, got ${String(options.pageSize)}` });
  }
  const names = named.right;
  const config = clientConfig(options);
  if (isLeft(config)) return config;
  // Named by the errors of a connection that timed out.
  const connectTimeoutMillis = config.right.connectionTimeoutMillis;
  if (options.migrate) {
    const migrated = await migrate(options);
    if (isLeft(migrated)) return migrated;
  }
  const pool = new pg.Pool(config.right);
  // An idle client whose server went away is dropped from the pool; the next query reports the failure.
  pool.on('error', () => undefined);
  // The log's identity as opened; undefined for a schema migrated before version 2, whose replacement only the position checks find.
  let identity: string | undefined;
  try {
    const state = await schemaState(pool, names);
    const version = state.version ?? 0;
    const refused = schemaRefusal(options.url, names, state);
    if (refused !== undefined || version < OLDEST_OPENABLE_VERSION) {
      await pool.end();
      return left({
        _tag: 'StoreUnavailable',
        message:
          refused ??
          (version === 0
            ? `${redactUrl(options.url)} holds no stancelog log in schema ${names.schema}: ${migrateAdvice(names.schema)} (or open with migrate: true)`
            : `${redactUrl(options.url)} schema ${names.schema} is at version ${version}, this release needs ${OLDEST_OPENABLE_VERSION} or later: ${migrateAdvice(names.schema)}`),
      });
    }
    identity = await readIdentity(pool, names);
    // From version 2 on, migrate gives every log its identity: a schema without one was made or changed by hand,
    // and would be opened without the checks that tell it from another log.
    if (identity === undefined && version >= 2) {
      await pool.end();
      return left({
        _tag: 'StoreUnavailable',
        message: `${redactUrl(options.url)} schema ${names.schema} is marked version ${version} but has no log identity (its identity table is missing or empty): it was made or changed by hand; run migrate on a new schema and copy the log there (stancelog copy)`,
      });
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    return left(unreachable('cannot open', options.url, error, connectTimeoutMillis));
  }
  const where = `the log at ${redactUrl(options.url)} schema ${names.schema}`;

  // What a missing table means: the log's tables gone, or (identity only) a log created again by an older release, without one.
  const missing = async (who: string, error: unknown): Promise<StoreError> => {
    const events = await pool
      .query<{ present: boolean }>('select to_regclass($1) is not null as present', [names.events])
      .then((r) => r.rows[0]?.present === true)
      .catch(() => false);
    return changedLog(events && identity !== undefined ? logChanged.replaced(where, who) : logChanged.gone(where, who), error);
  };
  // A driver error, as the error of a log no longer there when it is one.
  const asReadError = async (who: string, error: unknown): Promise<unknown> =>
    isMissingRelation(error) && !(error instanceof StoreReadError) ? new StoreReadError(await missing(who, error)) : error;

  const sql = appendStatements(names, identity !== undefined);
  const appendGuard =
    identity === undefined ? undefined : { identity, replaced: changedLog(`append: ${logChanged.replaced(where, 'writer')}; nothing was appended`) };
  const retryMillis = options.retryMillis ?? 30_000;
  // What reads decode with: the upcasters (the schema versions are this release's, as appends prepare them).
  const decoding = options.upcasters ? { upcasters: options.upcasters } : {};
  // Another log in the schema is an error, not its events read as this one's: one query more per read, on the first page's connection.
  const checkIdentity = async (client: pg.ClientBase): Promise<void> => {
    const now = await client.query<{ id: string }>(`select id from ${names.identity}`);
    if (now.rows[0]?.id !== identity) throw new StoreReadError(changedLog(logChanged.replaced(where, 'reader')));
  };
  const readSettings = { pageSize, ...decoding, ...(identity !== undefined ? { beforeFirstPage: checkIdentity } : {}) };
  // A select page arrives whole (the driver builds every row before handing it over): larger ones cost more in garbage collection than they save.
  const liveSettings = { pageSize: Math.min(pageSize, 2_000), ...decoding };
  // The position each live subscription has read up to (checked against the log on each catch-up).
  const guards = new Set<{ seen: number }>();
  // Listeners closed after the last subscription ended, until their connection is gone: close() waits for them.
  const listenersEnding = new Set<Promise<void>>();
  let closed = false;
  const appending = new Set<Promise<unknown>>();
  // The LISTEN connection while the store has subscriptions: a read that lost its connection waits while this one is down too.
  let listener: { readonly down: boolean } | undefined;

  const runOnce: RunQuery = (query) => pool.query(query) as never;

  // Subscriptions outlive dropped connections: a page that fails on a lost
  // connection is asked again (on a new one) until `retryMillis` passes.
  // While the listening connection is lost too, the server is away: the read
  // waits for it as an idle subscription does (an outage of any length, a
  // failover, a restart), and `retryMillis` counts from the listener's return.
  // A subscription that ended meanwhile (`guard` released) stops waiting.
  const retrying = async <T>(run: () => Promise<T>, guard: { seen: number }): Promise<T> => {
    let started = Date.now();
    let pause = 50;
    for (;;) {
      try {
        return await run();
      } catch (error) {
        if (closed || !guards.has(guard) || !isConnectionError(error)) throw error;
        if (listener?.down === true) started = Date.now();
        else if (Date.now() - started > retryMillis) throw error;
        await sleep(pause);
        pause = Math.min(pause * 2, 1_000);
      }
    }
  };

  // Why a read is refused before any SQL runs, if it is (the subscribers check a subscription's options).
  const refusal = (query: ReadQuery | null): Either<StoreError, unknown> => (closed ? left({ _tag: 'StoreUnavailable', message: 'read: the store is closed' }) : checkReadQuery(query));

  async function* read(asked: ReadQuery | null = {}): AsyncIterable<ReadonlyArray<StoredEvent>> {
    // Checked at the first step, like the other stores: a read begun before close() and started after it is refused too.
    const refused = refusal(asked);
    if (isLeft(refused)) throw new StoreReadError(refused.left);
    // From JavaScript, `read(null)` asks for the defaults, as the check takes it.
    const query = asked ?? {};
    // The last position given: where a read cut off by a lost connection can begin again.
    let given = (query.after ?? 0) as number;
    let yielded = false;
    try {
      for await (const batch of readByCopy(pool, names, query, readSettings)) {
        if (batch.length > 0) given = batch[batch.length - 1]!.position;
        yielded = true;
        yield batch;
        // A read under way stops at its next step once the store is closed (leaving the loop closes its page's connection).
        if (closed) throw new StoreReadError({ _tag: 'StoreUnavailable', message: 'read: the store was closed during the read' });
      }
    } catch (error) {
      if (isConnectionError(error) && !(error instanceof StoreReadError)) {
        // Before its first page, nothing was read: no position to read on from, only the read to ask again.
        const message = yielded
          ? `read: the connection to ${where} was lost after position ${given}: ${describeError(error)}; read on from there (after: ${given})`
          : `read: the connection to ${where} failed before the first page was read: ${describeError(error)}; nothing was read, ask for the read again`;
        throw new StoreReadError({ _tag: 'StoreUnavailable', message, cause: error });
      }
      throw await asReadError('reader', error);
    }
  }
  // Subscriptions keep short select pages: no connection is held while their handler runs, and a page lost with its connection is asked again.
  const readLive = (query: ReadQuery, guard: { seen: number }): AsyncIterable<ReadonlyArray<StoredEvent>> =>
    readPages((q) => retrying(() => runOnce(q), guard), names, query, liveSettings);
  const check = checkStatement(names, identity !== undefined);

  // A subscription's reads, each catch-up after a check that the log is still the one it has read: same identity,
  // and the event at the position it read up to still there, with the same id (a restore keeps the identity).
  const guardedLive = (guard: { seen: number }): ((query: ReadQuery) => AsyncIterable<ReadonlyArray<StoredEvent>>) => {
    // The id of the event at `guard.seen`, once known: from the events delivered, or, at the first catch-up, the log.
    let seenId: string | undefined;
    const stop = (error: StoreError): StoreReadError => {
      guards.delete(guard);
      return new StoreReadError(error);
    };
    return async function* (query) {
      // A subscription reads only while it runs: its end (which drops the guard) comes before any read it would not make.
      guards.add(guard);
      const after = query.after ?? 0;
      try {
        const row = (await retrying(() => pool.query<CheckRow>({ ...check, values: [after] }), guard)).rows[0]!;
        if (identity !== undefined && row.identity !== identity) throw stop(changedLog(logChanged.replaced(where, 'reader')));
        if (seenId !== undefined && guard.seen === after) {
          if (row.at === null) throw stop(changedLog(logChanged.cutBack(where, 'reader', Number(row.head), after)));
          if (row.at !== seenId) throw stop(changedLog(logChanged.rewritten(where, 'reader', after)));
        } else if (row.at !== null) {
          guard.seen = after;
          seenId = row.at;
        }
        for await (const chunk of readLive(query, guard)) {
          const last = chunk[chunk.length - 1];
          if (last !== undefined) {
            guard.seen = last.position;
            seenId = last.id;
          }
          yield chunk;
        }
      } catch (error) {
        // Retried for retryMillis already: the subscription stops, and says where to take it up again.
        if (isConnectionError(error) && !(error instanceof StoreReadError)) {
          guards.delete(guard);
          const seen = Math.max(guard.seen, after);
          throw new StoreReadError({
            _tag: 'StoreUnavailable',
            message: `subscribe: the connection to ${where} was lost after position ${seen}, the last delivered, and not made again within retryMillis (${retryMillis} ms): ${describeError(error)}; subscribe again from there (after: ${seen})`,
            cause: error,
          });
        }
        const mapped = await asReadError('reader', error);
        if (mapped !== error) guards.delete(guard);
        throw mapped;
      }
    };
  };

  // Nothing wakes a subscription while nothing is appended: now and then, one query looks whether the log is
  // still there and the same, and if not, wakes them all to find out (each checks its own position).
  let checking = false;
  const checkLog = async (): Promise<void> => {
    if (checking || closed || guards.size === 0) return;
    checking = true;
    try {
      const row = (await pool.query<CheckRow>({ ...check, values: [0] })).rows[0]!;
      const furthest = Math.max(...[...guards].map((g) => g.seen));
      if ((identity !== undefined && row.identity !== identity) || Number(row.head) < furthest) wakeAll();
    } catch (error) {
      // A lost connection is the listener's business (subscriptions wait through outages); a missing table is news.
      if (isMissingRelation(error)) wakeAll();
    } finally {
      checking = false;
    }
  };

  const wakeAll = (): void => subscribers.wakeAll();

  // From the first subscription to the end of the last, the LISTEN connection and the log check run (docs/postgres.md,
  // Sizing: one connection more only while the store has subscriptions), and a later subscribe starts them again.
  // The swap is synchronous: a subscribe that comes while the old listener is closing starts a listener of its own,
  // which wakes it once listening, so nothing appended in between is missed.
  const watch = (): (() => Promise<void>) => {
    const checker = setInterval(() => void checkLog(), options.logCheckMillis ?? 5_000);
    checker.unref();
    const started = startListener({
      config: config.right,
      channel: names.channel,
      wake: wakeAll,
      ...(options.onConnectionLost ? { onLost: options.onConnectionLost } : {}),
      ...(options.onConnectionRestored ? { onRestored: options.onConnectionRestored } : {}),
    });
    listener = started;
    return async () => {
      clearInterval(checker);
      if (listener === started) listener = undefined;
      const ending = started.close();
      listenersEnding.add(ending);
      await ending;
      listenersEnding.delete(ending);
    };
  };
  const subscribers = subscriberSet({ watch });

  /** An append to the open store (see `append`). */
  async function appendOpen(events: ReadonlyArray<NewEvent>, given: AppendOptions): Promise<Either<StoreError, AppendResult>> {
    // Validation first: a malformed batch never reaches the server.
    const checkedOptions = checkAppendOptions(given);
    if (isLeft(checkedOptions)) return checkedOptions;
    const opts = checkedOptions.right;
    const prepared = prepareBatch(events, { ...(opts.now ? { now: opts.now } : {}), hash: sha256Hex, ...(options.upcasters ? { upcasters: options.upcasters } : {}) });
    if (isLeft(prepared)) return prepared;
    let held: Awaited<ReturnType<typeof holdClient>>;
    try {
      held = await holdClient(pool);
    } catch (error) {
      return left(unreachable('append: cannot connect to', options.url, error, connectTimeoutMillis));
    }
    try {
      const result = await appendPrepared(held.client, names, sql, prepared.right, opts, appendGuard);
      held.release();
      // An event of an older schema (a copy of an upcast one) is written as it was, and handed back as a read gives it: upcast.
      const older = new Map(prepared.right.filter((e) => asRead(e) !== e).map((e) => [e.id, asRead(e)]));
      if (isLeft(result) || older.size === 0) return result;
      const handedBack = result.right.appended.map((e) => (older.has(e.id) ? ({ ...older.get(e.id)!, position: e.position } as StoredEvent) : e));
      return right({ ...result.right, appended: handedBack });
    } catch (error) {
      // The connection may be broken or mid-transaction: do not give it back to the pool.
      held.release(error instanceof Error ? error : new Error(String(error)));
      if (isMissingRelation(error)) {
        const gone = await missing('writer', error);
        return left({ ...gone, message: `append: ${gone.message}; nothing was appended` });
      }
      const failed = unreachable('append: failed on', options.url, error);
      // A grant missing is certain to refuse the batch again: say so, and which grant, rather than "append it again".
      if ((error as { code?: unknown } | null)?.code === '42501') {
        return left({ ...failed, message: `${failed.message}; nothing was appended: the role ${roleOf(options.url)} may not write to this log: grant it select, insert on ${names.events} and select on ${names.migrations}, ${names.identity} (docs/postgres.md, Roles), or append as a role that may` });
      }
      // When the commit itself was lost the batch may or may not be in the log; appending it again is safe (ids).
      // A statement timeout while the append waited for the append lock: another writer held it (a batch of its own too large for the timeout is told as it is).
      const timedOut = (error as { code?: unknown } | null)?.code === '57014';
      const waited = !timedOut ? '' : waitedForLock(error) ? '; the append waited for the append lock of the log while another writer held it (a writer paused inside its transaction?)' : '; the batch took longer than statementTimeoutMillis to write (append it in smaller batches, or allow more time)';
      return left({ ...failed, message: `${failed.message}${waited}; the batch was appended whole or not at all, and appending it again is safe: events already in the log are skipped as duplicates` });
    }
  }

  const store: PostgresStore = {
    schema: names.schema,
    url: redactUrl(options.url),
    pool,
    snapshots: postgresSnapshots(pool, names),

    async append(events: ReadonlyArray<NewEvent>, given: AppendOptions = {}): Promise<Either<StoreError, AppendResult>> {
      if (closed) return left({ _tag: 'StoreUnavailable', message: 'append: the store is closed' });
      // close() waits for an append under way, so that its batch is committed or not before the pool ends and its
      // caller hears which: ended under it, the append failed as if the server had not answered.
      const running = appendOpen(events, given);
      appending.add(running);
      try {
        return await running;
      } finally {
        appending.delete(running);
      }
    },

    read,

    async head() {
      if (closed) throw new StoreReadError({ _tag: 'StoreUnavailable', message: 'head: the store is closed' });
      try {
        // The identity comes with the head, in the same statement: a head of another log is an error.
        const r = await pool.query<{ head: string; identity: string | null }>(
          `select coalesce(max(position), 0)::text as head, ${identity !== undefined ? `(select id from ${names.identity})` : 'null::text'} as identity from ${names.events}`,
        );
        if (identity !== undefined && r.rows[0]!.identity !== identity) throw new StoreReadError(changedLog(logChanged.replaced(where, 'reader')));
        return Number(r.rows[0]!.head);
      } catch (error) {
        const mapped = await asReadError('reader', error);
        // The server gone, the pool ended: a StoreReadError as the contract says, naming the store, not the driver's Error.
        throw mapped instanceof StoreReadError ? mapped : new StoreReadError({ _tag: 'StoreUnavailable', message: `head: ${where}: ${describeError(error)}`, cause: error });
      }
    },

    subscribe(handler, opts) {
      // Its position, kept from its first read (one refused never reads) for the log check, is dropped as it ends
      // (unsubscribed, stopped by an error, the store closed).
      const guard = { seen: 0 };
      return subscribers.subscribe(guardedLive(guard), handler, opts, () => guards.delete(guard));
    },

    async close() {
      if (closed) return;
      closed = true;
      // The subscriptions end before any wait (a handler may close the store before its first await: see
      // Subscription), the listener and the log check with them.
      const ending = subscribers.endAll();
      await Promise.allSettled(appending);
      await ending;
      await Promise.all(listenersEnding);
      await pool.end().catch(() => undefined);
    },
  };
  return right(store);
}
