/**
 * `stancelog store status`: what the store `--store` names holds: its
 * events by type, its first and last position and recording time, a file
 * log's size and writer lock, a PostgreSQL log's schema version, and the
 * snapshots kept beside it, current or stale. It writes nothing, and takes
 * no lock.
 *
 * @since 0.1.0
 */
import { statSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { registry } from '@stancelog/core';
import type { EventStore } from '@stancelog/core';
import { lockStatus, snapshotFiles, snapshotFolderOf } from '@stancelog/store-file';
import type { LockStatus } from '@stancelog/store-file';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';
import { STORE_OPTION_HELP } from './command-registration.js';
import type { OutcomeSink } from './command-registration.js';
import type { CliIo } from './io.js';
import { progressBar } from './progress.js';
import { analysisWith } from './rules-option.js';
import { namingOnce, postgresOpener, storeSpec, withStore } from './store-option.js';
import { counted, oneLine, renderTable } from './table.js';
import { registryDefinitions } from './undated-registry.js';

/**
 * One event of the log: its position and when it was recorded.
 *
 * @example
 * import type { LoggedAt } from '@stancelog/cli'
 * const first: LoggedAt = { position: 1, recordedAt: '2025-05-17T09:00:00.000Z' }
 * assert.strictEqual(first.position, 1)
 * @category commands
 * @since 0.1.0
 */
export interface LoggedAt {
  readonly position: number;
  readonly recordedAt: string;
}

/**
 * The writer lock of a file log, read without taking it, as the file store
 * judges it (`lockStatus` of `@stancelog/store-file`): `free`, `held` or
 * `stale`.
 *
 * @example
 * import type { LockState } from '@stancelog/cli'
 * const lock: LockState = { state: 'held', pid: 4242, hostname: 'analyst-laptop', since: '2025-05-17T09:00:00.000Z', file: '/data/talks.jsonl.lock' }
 * assert.strictEqual(lock.state, 'held')
 * @category commands
 * @since 0.1.0
 */
export type LockState = LockStatus;

/**
 * A snapshot kept beside the log: the reducer it is of, its version and
 * the position it was taken at (null when its file cannot be read),
 * whether this build would start from it (`current`), would replay the
 * log instead (`stale`: another version), or does not save that reducer
 * (`other`: an analysis with `--rules`, or another program's), and its
 * size in bytes.
 *
 * @example
 * import type { SnapshotStatus } from '@stancelog/cli'
 * const s: SnapshotStatus = { reducer: 'registry', version: '3', position: 2, state: 'current', bytes: 512 }
 * assert.strictEqual(s.state, 'current')
 * @category commands
 * @since 0.1.0
 */
export interface SnapshotStatus {
  readonly reducer: string;
  readonly version: string | null;
  readonly position: number | null;
  readonly state: 'current' | 'stale' | 'other' | 'unreadable';
  readonly bytes: number;
}

/**
 * What `stancelog store status` says of a store.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { appendCommand, storeStatusCommand } from '@stancelog/cli'
 * import type { StoreStatus } from '@stancelog/cli'
 * const cwd = mkdtempSync(join(tmpdir(), 'status-'))
 * writeFileSync(join(cwd, 'talks.jsonl'), '{"holder":"russia","issue":"sanctions","kind":"demand","polarity":"-","source":{"quote":"lift them"}}\n')
 * const io = { stdout: { write: (s: string) => s.length }, stderr: process.stderr, cwd, env: {} }
 * await appendCommand('talks.jsonl', {}, io)
 * const r = await storeStatusCommand({ json: true }, io)
 * assert.ok(r._tag === 'Right')
 * const status: StoreStatus = r.right
 * // One statement, and the registry's provisional entries made for its names.
 * assert.deepStrictEqual([status.kind, status.types.statements, status.last?.position, status.lock], ['file', 1, status.events, { state: 'free' }])
 * @category commands
 * @since 0.1.0
 */
export interface StoreStatus {
  /** The store as `--store` named it, a URL with its password masked. */
  readonly store: string;
  readonly kind: 'file' | 'postgres';
  /** A file log's absolute path. */
  readonly path?: string | undefined;
  /** A file log's size on disk, in bytes. */
  readonly bytes?: number | undefined;
  /** A file log's writer lock. */
  readonly lock?: LockState | undefined;
  /** A PostgreSQL log's schema. */
  readonly schema?: string | undefined;
  /** A PostgreSQL log's schema version, and the one this build migrates to. */
  readonly schemaVersion?: { readonly at: number; readonly latest: number } | undefined;
  readonly events: number;
  readonly types: { readonly statements: number; readonly registry: number; readonly withdrawals: number; readonly other: number };
  /** The first and last events (none in an empty log). */
  readonly first?: LoggedAt | undefined;
  readonly last?: LoggedAt | undefined;
  readonly snapshots: ReadonlyArray<SnapshotStatus>;
}

/**
 * Options of `stancelog store status`.
 *
 * @example
 * import type { StoreStatusOptions } from '@stancelog/cli'
 * const options: StoreStatusOptions = { store: 'talks.jsonl', json: true }
 * assert.strictEqual(options.json, true)
 * @category commands
 * @since 0.1.0
 */
export interface StoreStatusOptions {
  readonly store?: string | undefined;
  readonly json?: boolean | undefined;
}

const REGISTRY_TYPES: ReadonlySet<string> = new Set(['actor-registered', 'alias-added', 'office-held', 'issue-defined']);

type Types = { statements: number; registry: number; withdrawals: number; other: number };

function addType(types: Types, type: string, n: number): void {
  if (type === 'statement-made') types.statements += n;
  else if (type === 'event-withdrawn') types.withdrawals += n;
  else if (REGISTRY_TYPES.has(type)) types.registry += n;
  else types.other += n;
}

// The reducers this build's commands save snapshots of, at the version each would load: `append`'s registry-definitions
// too (for its warning of statements back-filled before the registry), which was listed as another program's (`other`).
function currentVersions(): ReadonlyMap<string, string> {
  return new Map([analysisWith(), registry(), registryDefinitions()].map((r) => [r.name, r.version]));
}

function snapshotState(reducer: string, version: string): SnapshotStatus['state'] {
  const current = currentVersions().get(reducer);
  return current === undefined ? 'other' : current === version ? 'current' : 'stale';
}

// The snapshots folder beside a file log, each file read for what it says of itself, not for its state: a status does
// not vouch for its checksum. In the order of their reducers' names, as the PostgreSQL table is read.
async function fileSnapshotStatuses(path: string): Promise<SnapshotStatus[]> {
  return (await snapshotFiles(snapshotFolderOf(path))).map(({ reducer, version, position, bytes }) =>
    version === undefined || position === undefined
      ? { reducer, version: null, position: null, state: 'unreadable', bytes }
      : { reducer, version, position, state: snapshotState(reducer, version), bytes },
  );
}

// Every event read once: the file store keeps no count by type. A read skips an event of a type this stancelog does
// not know (a newer one wrote it): the positions up to the head that it did not give are those, counted as other.
async function countByReading(store: EventStore, io: CliIo): Promise<{ types: Types; first?: LoggedAt; last?: LoggedAt; events: number }> {
  const types: Types = { statements: 0, registry: 0, withdrawals: 0, other: 0 };
  const bar = progressBar(io, 'reading the log');
  let first: LoggedAt | undefined;
  let last: LoggedAt | undefined;
  let events = 0;
  let total = 0;
  // Up to the head taken before reading: an append meanwhile may add events after it.
  let withinHead = 0;
  try {
    total = await store.head();
    for await (const page of store.read()) {
      for (const e of page) {
        addType(types, e.type, 1);
        first ??= { position: e.position, recordedAt: e.recordedAt };
        last = { position: e.position, recordedAt: e.recordedAt };
        events++;
        if (e.position <= total) withinHead++;
      }
      bar.update(events, Math.max(total, events));
    }
  } finally {
    bar.stop();
  }
  const skipped = Math.max(0, total - withinHead);
  types.other += skipped;
  return { types, events: events + skipped, ...(first ? { first } : {}), ...(last ? { last } : {}) };
}

interface PostgresModule {
  readonly logNames: (schema: string) => Either<{ message: string }, { events: string; snapshots: string; migrations: string }>;
  readonly SCHEMA_VERSION: number;
}

interface PgStore extends EventStore {
  readonly schema: string;
  readonly pool: { query<R>(text: string, values?: unknown[]): Promise<{ rows: R[] }> };
}

// The server counts the events by type and reads the snapshots' headings: nothing of the log crosses the network.
async function postgresStatus(store: PgStore): Promise<Omit<StoreStatus, 'store' | 'kind'>> {
  // A variable specifier keeps bundlers and tsc from requiring the package (the store opened: it is installed).
  const name = '@stancelog/store-postgres';
  const mod = (await import(name)) as PostgresModule;
  const names = mod.logNames(store.schema);
  if (isLeft(names)) throw new Error(names.left.message);
  const { events, snapshots, migrations } = names.right;
  const q = <R>(text: string): Promise<R[]> => store.pool.query<R>(text).then((r) => r.rows);
  const [version] = await q<{ v: number }>(`select max(version)::int as v from ${migrations}`);
  const byType = await q<{ type: string | null; n: string }>(`select body::jsonb->>'type' as type, count(*)::text as n from ${events} group by 1`);
  const ends = await q<{ position: string; recorded_at: string | null }>(
    `select position::text, body::jsonb->>'recordedAt' as recorded_at from ${events} where position = (select min(position) from ${events}) or position = (select max(position) from ${events}) order by position`,
  );
  const kept = await q<{ reducer: string; version: string; position: string; bytes: string }>(
    `select reducer, version, position::text, octet_length(state)::text as bytes from ${snapshots} order by reducer collate "C", version collate "C"`,
  );
  const types: Types = { statements: 0, registry: 0, withdrawals: 0, other: 0 };
  for (const row of byType) addType(types, row.type ?? '', Number(row.n));
  const at = (row: { position: string; recorded_at: string | null } | undefined): LoggedAt | undefined =>
    row === undefined ? undefined : { position: Number(row.position), recordedAt: row.recorded_at ?? '' };
  const first = at(ends[0]);
  const last = at(ends[ends.length - 1]);
  return {
    schema: store.schema,
    schemaVersion: { at: version?.v ?? 0, latest: mod.SCHEMA_VERSION },
    events: byType.reduce((sum, row) => sum + Number(row.n), 0),
    types,
    ...(first ? { first } : {}),
    ...(last ? { last } : {}),
    snapshots: kept.map((s) => ({ reducer: s.reducer, version: s.version, position: Number(s.position), state: snapshotState(s.reducer, s.version), bytes: Number(s.bytes) })),
  };
}

const number = (n: number): string => n.toLocaleString('en-US');

// `counted`, its number with thousands separated, as a log's counts run to millions.
const many = (n: number, word: string): string => counted(n, word).replace(/^\d+/, number(n));

function render(s: StoreStatus): string {
  const lines: string[] = [];
  if (s.kind === 'file') {
    lines.push(`store ${s.store}: a file log, ${many(s.bytes ?? 0, 'byte')}`);
  } else {
    const v = s.schemaVersion!;
    const behind = v.at < v.latest ? ` (this stancelog migrates to ${v.latest}: run stancelog store migrate)` : v.at > v.latest ? ` (a later stancelog's; this one knows up to ${v.latest})` : '';
    lines.push(`store ${s.store}: a PostgreSQL log, schema ${s.schema} at version ${v.at}${behind}`);
  }
  const t = s.types;
  const other = t.other > 0 ? `, ${number(t.other)} of other types` : '';
  lines.push(`events: ${number(s.events)} (${many(t.statements, 'statement')}, ${many(t.registry, 'registry event')}, ${many(t.withdrawals, 'withdrawal')}${other})`);
  if (s.first && s.last) {
    lines.push(`first: position ${s.first.position}, recorded ${s.first.recordedAt}`);
    lines.push(`last: position ${s.last.position}, recorded ${s.last.recordedAt}`);
  }
  if (s.lock) {
    const l = s.lock;
    const who = l.state === 'free' ? '' : `${l.pid === 0 ? 'a process that never wrote its pid' : `pid ${l.pid}`}${l.hostname === hostname() || l.hostname === '' ? '' : ` on ${oneLine(l.hostname)}`}${l.since ? ` since ${oneLine(l.since)}` : ''}`;
    lines.push(
      l.state === 'free'
        ? 'lock: free (no stancelog is writing to it)'
        : l.state === 'held'
          ? `lock: held by ${who}: a stancelog is writing to it (${l.file})`
          : `lock: left by ${who}, which no longer runs: the next writing command takes it over (${l.file})`,
    );
  }
  const where = s.kind === 'file' ? basename(snapshotFolderOf(s.path!)) + '/' : `table ${s.schema}.snapshots`;
  if (s.snapshots.length === 0) {
    lines.push(`snapshots: none (${where})`);
    return lines.join('\n') + '\n';
  }
  lines.push(`snapshots (${where}):`);
  // The version last: an analysis' names its rules', and runs long.
  const rows = s.snapshots.map((x) => [oneLine(x.reducer), x.position === null ? '?' : String(x.position), x.state, number(x.bytes), x.version === null ? '?' : oneLine(x.version)]);
  const table = renderTable(['reducer', 'position', 'state', 'bytes', 'version'], rows);
  return [...lines, ...table.trimEnd().split('\n').map((line) => `  ${line}`)].join('\n') + '\n';
}

/**
 * Says what the store named by `--store` (or `$STANCELOG_STORE`, or
 * `./stancelog.jsonl`) holds, on stdout (as JSON with `json`). A file log
 * is read whole, once (the file keeps no count of its events by type); a
 * PostgreSQL log is counted by its server. Each snapshot file beside a
 * file log is read whole too (its heading is in its body).
 *
 * @example
 * import { mkdtempSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { storeStatusCommand } from '@stancelog/cli'
 * const cwd = mkdtempSync(join(tmpdir(), 'status-'))
 * const r = await storeStatusCommand({ store: 'talks.jsonl' }, { stdout: process.stdout, stderr: process.stderr, cwd, env: {} })
 * // No log there: the message every reading command gives.
 * assert.ok(r._tag === 'Left' && r.left.message.startsWith('no log at talks.jsonl: append statements first'))
 * @category commands
 * @since 0.1.0
 */
export async function storeStatusCommand(options: StoreStatusOptions, io: CliIo): Promise<Either<CliError, StoreStatus>> {
  return withStore(options.store, io, 'read', async (store, spec) => {
    let status: StoreStatus;
    try {
      if (postgresOpener.matches(storeSpec(options.store, io))) {
        status = { store: spec, kind: 'postgres', ...(await postgresStatus(store as PgStore)) };
      } else {
        const path = (store as { path?: string }).path!;
        const bytes = statSync(path).size;
        const lock = lockStatus(path);
        const { events, types, first, last } = await countByReading(store, io);
        status = { store: spec, kind: 'file', path, bytes, lock, events, types, ...(first ? { first, last } : {}), snapshots: await fileSnapshotStatuses(path) };
      }
    } catch (error) {
      return left(cliError(namingOnce(error instanceof Error ? error.message : String(error), storeSpec(options.store, io), io.cwd, 'store')));
    }
    io.stdout.write(options.json ? JSON.stringify(status, null, 2) + '\n' : render(status));
    return right(status);
  });
}

/**
 * Registers `stancelog store status` under `stancelog store`.
 *
 * @example
 * import { Command } from 'commander'
 * import { registerStoreStatus } from './store-status.js'
 * const store = new Command('stancelog').command('store')
 * registerStoreStatus(store, { stdout: process.stdout, stderr: process.stderr, cwd: '.', env: {} }, () => undefined)
 * assert.ok(store.commands.some((c) => c.name() === 'status'))
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function registerStoreStatus(store: Command, io: CliIo, done: OutcomeSink): void {
  store
    .command('status')
    .description('say what a store holds: its events by type, first and last, its lock or schema version, its snapshots (writes nothing)')
    .option('--store <path|url>', STORE_OPTION_HELP)
    .option('--json', 'print it as JSON')
    .action(async (opts: StoreStatusOptions) => {
      done(await storeStatusCommand(opts, io));
    });
}
