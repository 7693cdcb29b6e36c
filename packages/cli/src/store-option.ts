/**
 * The `--store` option: which log a command reads or writes.
 *
 * A path (the default, `./stancelog.jsonl` in the working directory, or
 * `$STANCELOG_STORE`) opens the embedded file store; a `postgres://` URL
 * opens `@stancelog/store-postgres`, imported only then, so the CLI needs
 * no database driver unless one is used. Another kind of store is one more
 * entry in {@link storeOpeners}.
 *
 * @since 0.1.0
 */
import { existsSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import type { EventStore, StoreError, Upcaster } from '@stancelog/core';
import { openFileStore } from '@stancelog/store-file';
import type { FileStore, StoreLockedBy } from '@stancelog/store-file';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';
import type { CliIo } from './io.js';
import { oneLine } from './table.js';
import { loadUpcasters } from './upcasters-option.js';
import { NO_LOG_ADVICE } from './store-advice.js';
import { VERSION } from './version.js';

/**
 * The log a command uses when `--store` and `$STANCELOG_STORE` are not set.
 *
 * @example
 * import { DEFAULT_STORE } from '@stancelog/cli'
 * assert.strictEqual(DEFAULT_STORE, 'stancelog.jsonl')
 * @category store
 * @since 0.1.0
 */
export const DEFAULT_STORE = 'stancelog.jsonl';

/**
 * `read` commands must find an existing log; `write` commands create one;
 * `write-existing` commands (`withdraw`, `correct`) write to a log that
 * must exist already, refused as a reader refuses it (`no log at ...`) and
 * nothing created: they read it and append in one open, where a reader's
 * open and then a writer's would scan a file log twice.
 *
 * @example
 * import { mkdtempSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { openStoreOption } from './store-option.js'
 * import type { StoreMode } from './store-option.js'
 * const io = { stdout: process.stdout, stderr: process.stderr, cwd: mkdtempSync(join(tmpdir(), 'mode-')), env: {} }
 * const open = (mode: StoreMode) => openStoreOption('talks.jsonl', io, mode)
 * assert.strictEqual((await open('read'))._tag, 'Left') // no log there yet, and a reader does not create one
 * const none = await open('write-existing') // nor a writer that takes an existing log only
 * assert.ok(none._tag === 'Left' && none.left.message.startsWith('no log at talks.jsonl'))
 * const created = await open('write')
 * assert.ok(created._tag === 'Right')
 * await created.right.close() // a writer holds the log's lock until closed
 * @category store
 * @since 0.1.0
 * @internal
 */
export type StoreMode = 'read' | 'write' | 'write-existing';

/**
 * One kind of store the `--store` option can name.
 *
 * @example
 * import { right } from 'fp-ts/lib/Either.js'
 * import { openMemoryStore } from '@stancelog/core'
 * import type { StoreOpener } from './store-option.js'
 * // A log kept in memory, named `memory:`: a kind of store for tests.
 * const memoryOpener: StoreOpener = { matches: (spec) => spec === 'memory:', open: async () => right(openMemoryStore()) }
 * const opened = await memoryOpener.open('memory:', { stdout: process.stdout, stderr: process.stderr, cwd: '.', env: {} }, 'write')
 * assert.ok(opened._tag === 'Right' && (await opened.right.head()) === 0)
 * @category store
 * @since 0.1.0
 * @internal
 */
export interface StoreOpener {
  /** Whether `spec` names a store of this kind. */
  readonly matches: (spec: string) => boolean;
  /**
   * `label` is how messages name the store: `store` (the default) for `--store`, `--to` for the store `copy` writes
   * to; `upcasters` are those `$STANCELOG_UPCASTERS` gives, for the store to read older schemas' events through.
   */
  readonly open: (spec: string, io: CliIo, mode: StoreMode, label?: StoreLabel, upcasters?: ReadonlyArray<Upcaster>) => Promise<Either<CliError, EventStore>>;
}

/**
 * How messages about a store name it, before its path or URL: `store` for
 * the log a command reads or writes (`--store`, `$STANCELOG_STORE`), `--to`
 * for the one `stancelog copy` writes to, so that with two stores on the
 * line a problem with the target does not read as one with the source.
 *
 * @example
 * import type { StoreLabel } from './store-option.js'
 * const target: StoreLabel = '--to'
 * assert.strictEqual(`${target} backup.jsonl: a folder`, '--to backup.jsonl: a folder')
 * @category store
 * @since 0.1.0
 * @internal
 */
export type StoreLabel = 'store' | '--to';

function storeFailure(spec: string, path: string, error: StoreError, label: StoreLabel): CliError {
  return cliError(namingFileOnce(error.message, spec, path, label));
}

/**
 * A file store's error as a command says it, naming the log once: a
 * message that opens with the log's path (`/home/ana/talks.jsonl:3: not a
 * valid event`, as the file store names a line) takes the label before it,
 * where a prefix said the log a second time (`store talks.jsonl:
 * /home/ana/talks.jsonl:3: ...`); the line stays named. Any other message
 * is prefixed with the label and the path as typed.
 *
 * @example
 * import { namingFileOnce } from './store-option.js'
 * assert.strictEqual(namingFileOnce('/home/ana/talks.jsonl:3: not a valid event: id: required: a string', 'talks.jsonl', '/home/ana/talks.jsonl', 'store'), 'store /home/ana/talks.jsonl:3: not a valid event: id: required: a string')
 * assert.strictEqual(namingFileOnce('fsync: expected "always" or "never", got "on"', 'talks.jsonl', '/home/ana/talks.jsonl', '--to'), '--to talks.jsonl: fsync: expected "always" or "never", got "on"')
 * @category store
 * @since 0.1.0
 * @internal
 */
export function namingFileOnce(message: string, spec: string, path: string, label: StoreLabel): string {
  // The path, then a line (`:3:`), a clause (`: `) or words (` is another file ...`): not a longer name it begins.
  const opensWithPath = message.startsWith(path) && /^(:| )/.test(message.slice(path.length));
  return opensWithPath ? `${label} ${message}` : `${label} ${spec}: ${message}`;
}

// A URL that ends a clause of a message (`cannot open URL: why`), up to that `: `: a port's colon is followed by its digits.
const URL_IN_MESSAGE = /[a-z][a-z0-9+.-]*:\/\/\S+?(?=: )/i;

/**
 * A PostgreSQL store's error as a command says it, naming the store once:
 * a store that cannot be reached names its URL already, at the end of a
 * clause (`cannot open postgres://ana@h/db: why`, without the password,
 * nor the `?schema=` it read off it), so the store's label and URL, as
 * typed and with its password masked, take that URL's place, where a
 * prefix said it a second time (`store postgres://ana:***@h/db: cannot
 * open postgres://ana@h/db: ...`). Any other message is prefixed, as
 * every other store's. Secrets are masked either way.
 *
 * @example
 * import { namingStoreOnce } from './store-option.js'
 * const spec = 'postgres://ana:secret@127.0.0.1:1/talks?schema=talks'
 * assert.strictEqual(namingStoreOnce('cannot open postgres://ana@127.0.0.1:1/talks: connect ECONNREFUSED 127.0.0.1:1', spec, 'store'), 'cannot open store postgres://ana:***@127.0.0.1:1/talks?schema=talks: connect ECONNREFUSED 127.0.0.1:1')
 * assert.strictEqual(namingStoreOnce('openPostgresStore: pageSize must be a whole number', spec, '--to'), '--to postgres://ana:***@127.0.0.1:1/talks?schema=talks: openPostgresStore: pageSize must be a whole number')
 * // A message whose subject is the log, and one of the option `url`, which the label names already.
 * assert.strictEqual(namingStoreOnce('postgres://ana@127.0.0.1:1/talks holds no stancelog log in schema talks: run migrate', spec, 'store'), 'store postgres://ana:***@127.0.0.1:1/talks?schema=talks holds no stancelog log in schema talks: run migrate')
 * assert.strictEqual(namingStoreOnce('url: port 99999 is out of range (0 to 65535)', spec, 'store'), 'store postgres://ana:***@127.0.0.1:1/talks?schema=talks: port 99999 is out of range (0 to 65535)')
 * @category store
 * @since 0.1.0
 * @internal
 */
export function namingStoreOnce(message: string, spec: string, label: StoreLabel): string {
  const named = `${label} ${redact(spec)}`;
  // The option `url` is the URL the label names: its field said again would name the store twice.
  const text = message.startsWith('url: ') ? message.slice('url: '.length) : message;
  // A function as replacement: a `$` in the URL is no pattern of replace's.
  if (URL_OPENING_MESSAGE.test(text)) return maskSecrets(text.replace(URL_OPENING_MESSAGE, () => named), spec);
  return maskSecrets(URL_IN_MESSAGE.test(text) ? text.replace(URL_IN_MESSAGE, () => named) : `${named}: ${text}`, spec);
}

/**
 * Whether a store's message names the store itself, as the file store
 * names its log's path (`/home/ana/talks.jsonl was deleted or moved away
 * since ...`) and the PostgreSQL store its URL (`the log at
 * postgres://ana@h/db schema talks was replaced ...`): then a command says
 * it without naming the store before it a second time.
 *
 * @example
 * import { namesStore } from './store-option.js'
 * assert.strictEqual(namesStore('/home/ana/talks.jsonl was deleted or moved away', 'talks.jsonl', '/home/ana'), true)
 * assert.strictEqual(namesStore('the log at postgres://ana@h/db schema talks was replaced', 'postgres://ana:secret@h/db?schema=talks', '/home/ana'), true)
 * assert.strictEqual(namesStore('read: the store is closed', 'talks.jsonl', '/home/ana'), false)
 * @category store
 * @since 0.1.0
 * @internal
 */
export function namesStore(message: string, spec: string, cwd: string): boolean {
  // A store reached by URL names it without its password (and schema parameter): any URL in its message is its own.
  return URL_LIKE.test(spec) ? /[a-z][a-z0-9+.-]*:\/\/\S/i.test(message) : message.includes(resolve(cwd, spec));
}

/**
 * A store's error as a command says it, naming the store once, whichever
 * kind it is: {@link namingStoreOnce} for a URL, {@link namingFileOnce}
 * for a file's path (resolved from `cwd`).
 *
 * @example
 * import { namingOnce } from './store-option.js'
 * assert.strictEqual(namingOnce('/home/ana/talks.jsonl:3: not a valid event', 'talks.jsonl', '/home/ana', 'store'), 'store /home/ana/talks.jsonl:3: not a valid event')
 * @category store
 * @since 0.1.0
 * @internal
 */
export function namingOnce(message: string, spec: string, cwd: string, label: StoreLabel): string {
  return URL_LIKE.test(spec) ? namingStoreOnce(message, spec, label) : namingFileOnce(message, spec, resolve(cwd, spec), label);
}

// A URL a message opens with, its subject (`postgres://h/db holds no stancelog log in schema talks: ...`).
const URL_OPENING_MESSAGE = /^[a-z][a-z0-9+.-]*:\/\/\S+?(?=:? )/i;

/**
 * A URL with its password masked: passwords must not reach a terminal or a CI log.
 * The password runs to the last `@`, as the driver reads it: one typed without
 * percent-encoding may hold `@`, `/`, `?` or `#` of its own (the URL is then
 * refused, and its message names it masked all the same). A password given
 * as a parameter (`?password=...`, which the driver reads too) is masked
 * as well.
 *
 * @example
 * import { redact } from './store-option.js'
 * assert.strictEqual(redact('postgres://u:secret@h/db'), 'postgres://u:***@h/db')
 * assert.strictEqual(redact('postgres://u:p@ss/word@h/db?schema=talks'), 'postgres://u:***@h/db?schema=talks')
 * assert.strictEqual(redact('postgres://:secret@h/db'), 'postgres://:***@h/db')
 * assert.strictEqual(redact('postgres://u@h/db?schema=talks&password=secret'), 'postgres://u@h/db?schema=talks&password=***')
 * @category store
 * @since 0.1.0
 * @internal
 */
export function redact(url: string): string {
  if (!URL_LIKE.test(url)) return url;
  const masked = url.replace(PASSWORD_PARAMETER, '$1***');
  const user = /^[a-z][a-z0-9+.-]*:\/\/[^:/@?#]*:/i.exec(masked);
  if (user === null) return masked;
  const at = masked.lastIndexOf('@');
  return at < user[0].length ? masked : `${user[0]}***${masked.slice(at)}`;
}

// `scheme://...`: a URL, not a file path.
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

// A password among a URL's parameters, up to the next parameter (or the fragment).
const PASSWORD_PARAMETER = /([?&]password=)([^&#]*)/gi;

/**
 * The secrets a store's URL holds (its password, as typed and decoded, and
 * a `password` parameter), for masking them wherever a message repeats
 * them: a driver's error may quote the URL otherwise than {@link redact}
 * would. None for a file path.
 *
 * @example
 * import { secretsOf } from './store-option.js'
 * assert.deepStrictEqual(secretsOf('postgres://u:p%40ss@h/db'), ['p%40ss', 'p@ss'])
 * assert.deepStrictEqual(secretsOf('postgres://h/db?password=hunter2'), ['hunter2'])
 * assert.deepStrictEqual(secretsOf('talks.jsonl'), [])
 * @category store
 * @since 0.1.0
 * @internal
 */
export function secretsOf(spec: string): string[] {
  if (!URL_LIKE.test(spec)) return [];
  const found: string[] = [];
  const user = /^[a-z][a-z0-9+.-]*:\/\/[^:/@?#]*:/i.exec(spec);
  const at = spec.lastIndexOf('@');
  if (user !== null && at > user[0].length) found.push(spec.slice(user[0].length, at));
  for (const m of spec.matchAll(PASSWORD_PARAMETER)) found.push(m[2]!);
  const all = new Set<string>();
  for (const secret of found) {
    if (secret === '') continue;
    all.add(secret);
    try {
      all.add(decodeURIComponent(secret));
    } catch {
      // Not percent-encoding: as typed only.
    }
  }
  return [...all];
}

/**
 * `message` with every secret of the store `spec` names masked (see
 * {@link secretsOf}).
 *
 * @example
 * import { maskSecrets } from './store-option.js'
 * assert.strictEqual(maskSecrets('cannot open postgres://h/db?password=hunter2: refused', 'postgres://h/db?password=hunter2'), 'cannot open postgres://h/db?password=***: refused')
 * // Not within a word: a short password leaves the words around it as they are.
 * assert.strictEqual(maskSecrets('password authentication failed for user "writer" (postgres://writer:w@h/db)', 'postgres://writer:w@h/db'), 'password authentication failed for user "writer" (postgres://writer:***@h/db)')
 * @category store
 * @since 0.1.0
 * @internal
 */
export function maskSecrets(message: string, spec: string): string {
  let masked = message;
  // The longest first: a password may hold another (its decoded form). Only where it stands alone: a password "w"
  // leaves "password" and "writer" as they are.
  for (const secret of secretsOf(spec).sort((a, b) => b.length - a.length)) {
    masked = masked.replace(new RegExp(`(?<![\\p{L}\\p{N}])${secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu'), '***');
  }
  return masked;
}

/**
 * PostgreSQL: `postgres://` and `postgresql://` URLs, with an optional
 * `?schema=NAME`. `append` creates or upgrades the log's schema on open.
 *
 * @example
 * import { postgresOpener } from './store-option.js'
 * assert.ok(postgresOpener.matches('postgresql://db.example/talks'))
 * assert.ok(!postgresOpener.matches('talks.jsonl'))
 * @category store
 * @since 0.1.0
 * @internal
 */
export const postgresOpener: StoreOpener = {
  // A URL's scheme is in any case (RFC 3986): Postgres:// is no file path.
  matches: (spec) => /^postgres(ql)?:\/\//i.test(spec),
  async open(spec, io, mode, label = 'store', upcasters) {
    // A variable specifier keeps bundlers and tsc from requiring the package.
    const name = '@stancelog/store-postgres';
    type Open = (options: {
      url: string;
      schema?: string | undefined;
      migrate?: boolean | undefined;
      onConnectionLost?: ((error: unknown) => void) | undefined;
      onConnectionRestored?: (() => void) | undefined;
      upcasters?: ReadonlyArray<Upcaster> | undefined;
    }) => Promise<Either<StoreError, EventStore>>;
    let mod: { openPostgresStore?: Open };
    try {
      mod = (await import(name)) as typeof mod;
    } catch (error) {
      return left(postgresDriverMissing(spec, 'a PostgreSQL store', error, label));
    }
    if (typeof mod.openPostgresStore !== 'function') return left(cliError(`${label} ${redact(spec)}: ${name} has no openPostgresStore`));
    if (mode === 'write-existing') {
      // Opened as a reader first, which refuses a schema holding no log (a misspelt ?schema= would otherwise be created,
      // empty), then as a writer, which upgrades an older schema as every writing command's open does. Opening a
      // PostgreSQL log reads none of it: the two opens cost a few queries, not a scan of the log.
      const existing = await postgresOpener.open(spec, io, 'read', label, upcasters);
      if (isLeft(existing)) return existing;
      await existing.right.close();
    }
    const opened = await mod.openPostgresStore({
      // The store reads `?schema=NAME` off the URL itself (and refuses a misspelt one).
      url: spec,
      migrate: mode !== 'read',
      ...(upcasters !== undefined ? { upcasters } : {}),
      // Heard only by commands that follow the log (--watch): silence during an outage would look like a quiet log.
      onConnectionLost: (error) =>
        void io.stderr.write(`stancelog: warning: ${label} ${redact(spec)}: lost the server (${error instanceof Error ? error.message : String(error)}); waiting for it, nothing appended meanwhile is lost\n`),
      onConnectionRestored: () => void io.stderr.write(`stancelog: ${label} ${redact(spec)}: the server is back; catching up\n`),
    });
    return isLeft(opened) ? left(cliError(namingStoreOnce(opened.left.message, spec, label))) : opened;
  },
};

/**
 * The error of a command given a `postgres://` store when
 * `@stancelog/store-postgres` cannot be loaded next to the CLI. The package
 * is not on the npm registry yet, so the message gives the route the
 * READMEs give (its tarball, built from a checkout), not a bare `npm
 * install` that answers 404; a package that is there but fails to load
 * (its own dependency `pg` missing) is named with the loader's reason.
 *
 * @example
 * import { postgresDriverMissing } from './store-option.js'
 * const e = postgresDriverMissing('postgres://ana:secret@db/log', 'a PostgreSQL store', new Error("Cannot find module '@stancelog/store-postgres'"))
 * assert.ok(e.message.startsWith('store postgres://ana:***@db/log: a PostgreSQL store needs the package @stancelog/store-postgres, which is not installed next to @stancelog/cli'))
 * assert.ok(e.message.includes('npm install /tmp/stancelog/stancelog-store-postgres-'))
 * // Installed, but its own dependency missing: the loader's reason, not "not installed".
 * const pg = postgresDriverMissing('postgres://db/log', 'migrating', new Error("Cannot find package 'pg' imported from /app/node_modules/@stancelog/store-postgres/dist/esm/index.js"))
 * assert.ok(pg.message.includes("@stancelog/store-postgres, which failed to load (Cannot find package 'pg' imported from"))
 * @category store
 * @since 0.1.0
 * @internal
 */
export function postgresDriverMissing(spec: string, needing: string, error: unknown, label: StoreLabel = 'store'): CliError {
  const name = '@stancelog/store-postgres';
  const reason = error instanceof Error ? error.message : String(error);
  // Only a failure to find the package itself means it is not installed; any other is the loader's to tell.
  const absent = /Cannot find (?:package|module) '@stancelog\/store-postgres'/.test(reason) || !/Cannot find (?:package|module)/.test(reason);
  const what = absent ? 'which is not installed next to @stancelog/cli' : `which failed to load (${oneLine(reason)})`;
  return cliError(
    `${label} ${redact(spec)}: ${needing} needs the package ${name}, ${what}: it is not on the npm registry yet, so install its tarball, built from a checkout of stancelog as the root README's Install says (npm install /tmp/stancelog/stancelog-store-postgres-${VERSION}.tgz, in the project where @stancelog/cli is installed)`,
  );
}

/**
 * How long (ms) a writing command waits for a file log's lock while another
 * stancelog writes to it, unless `$STANCELOG_LOCK_WAIT_MS` says otherwise.
 *
 * @example
 * import { DEFAULT_LOCK_WAIT_MS, lockWaitMs } from './store-option.js'
 * assert.deepStrictEqual(lockWaitMs({}), { _tag: 'Right', right: DEFAULT_LOCK_WAIT_MS })
 * assert.strictEqual(DEFAULT_LOCK_WAIT_MS, 10_000)
 * @category store
 * @since 0.1.0
 * @internal
 */
export const DEFAULT_LOCK_WAIT_MS = 10_000;

/**
 * The lock wait of a writing command: `$STANCELOG_LOCK_WAIT_MS` (a whole
 * number of milliseconds, 0 to fail at once) or {@link DEFAULT_LOCK_WAIT_MS}.
 *
 * @example
 * import { lockWaitMs } from './store-option.js'
 * assert.deepStrictEqual(lockWaitMs({ STANCELOG_LOCK_WAIT_MS: '60000' }), { _tag: 'Right', right: 60_000 })
 * const bad = lockWaitMs({ STANCELOG_LOCK_WAIT_MS: '10s' })
 * assert.ok(bad._tag === 'Left' && bad.left.message.includes('got "10s"'))
 * @category store
 * @since 0.1.0
 * @internal
 */
export function lockWaitMs(env: CliIo['env']): Either<CliError, number> {
  const text = env['STANCELOG_LOCK_WAIT_MS'];
  if (text === undefined || text.trim() === '') return right(DEFAULT_LOCK_WAIT_MS);
  if (!/^\s*\d+\s*$/.test(text)) {
    return left(cliError(`STANCELOG_LOCK_WAIT_MS must be a whole number of milliseconds (0 or more), got ${JSON.stringify(text)}`));
  }
  return right(Number(text));
}

// What a CLI user can do about a log another process writes to (the store's own advice is for API users).
function lockedFailure(spec: string, error: StoreLockedBy, waitedMs: number, label: StoreLabel): CliError {
  const holder = error.holder;
  const who = holder ? `another stancelog (pid ${holder.pid}${holder.hostname === hostname() ? '' : ` on ${holder.hostname}`})` : 'another stancelog';
  const waited = waitedMs > 0 ? `still busy after waiting ${waitedMs / 1000} s` : 'busy';
  // The lock file lives beside the log's real path (a symbolic link's target), which the spec may not show.
  const lockFile = error.lockFile ?? `${error.path}.lock`;
  // A dead writer's lock on this host is taken over; one of another host's cannot be checked, and a live pid may
  // belong to another program where /proc cannot tell: only a person can be sure, and remove the lock file.
  const remove =
    holder && holder.hostname !== hostname()
      ? `; if no stancelog runs on ${holder.hostname} any more, remove ${lockFile}`
      : `; if you are sure no stancelog writes to it any more, remove ${lockFile}`;
  return cliError(
    `${label} ${spec}: ${who} is writing to this log (${waited}). Run the command again when it is done, or wait longer with STANCELOG_LOCK_WAIT_MS=60000; reading commands work meanwhile${remove}`,
  );
}

// A writer's open may cut an incomplete end of the log or take over a dead writer's lock: say so, once.
// A reader cuts nothing, but leaves the tail out of what it shows: it says so too, or the log would look shorter without a word.
// The file says what its end holds, not how it came to: an append interrupted, or a file truncated or damaged (a partial
// restore); each has its remedy, so both are said.
function reportRecovery(spec: string, store: FileStore, io: CliIo, label: StoreLabel): void {
  const { tornTail, staleLock } = store.recovery;
  if (tornTail) {
    const lines = tornTail.lines === 1 ? `line ${tornTail.line}` : `lines ${tornTail.line}-${tornTail.line + tornTail.lines - 1}`;
    const end = `${lines}, ${tornTail.bytes} bytes (${tornTail.reason})`;
    if (tornTail.cut) {
      const saved = tornTail.savedTo ? `, and its bytes saved in ${tornTail.savedTo}` : '';
      io.stderr.write(
        `stancelog: warning: ${label} ${spec}: the end of the log was incomplete: ${end}; it was cut${saved}. Either a command was interrupted while appending it: run it again to append its statements; or the file was truncated or damaged (a partial restore, a copy cut short): restore the log from a copy${saved ? ' (the saved bytes hold what was cut)' : ''}\n`,
      );
    } else {
      io.stderr.write(
        `stancelog: warning: ${label} ${spec}: left out the incomplete end of the log: ${end}: a command appending it now, or one interrupted while appending it, or a file truncated or damaged (the next writing command cuts it, saving its bytes beside the log)\n`,
      );
    }
  }
  if (staleLock) {
    const since = staleLock.since ? ` since ${staleLock.since}` : '';
    // A lock is also stale when its pid was given to another process since (after a restart): "no longer runs" would then look false.
    const reused = staleLock.reason === 'own-pid' ? ' (that pid is now this command’s)' : staleLock.reason === 'pid-reused' ? ' (that pid now belongs to another process)' : '';
    const who = staleLock.pid > 0 ? `pid ${staleLock.pid}${since}, which no longer runs${reused}` : 'a process that never wrote its pid';
    io.stderr.write(`stancelog: warning: ${label} ${spec}: took over the lock left by ${who}\n`);
  }
}

/**
 * The embedded file store: any other spec is a path, relative to the
 * working directory. A writing command creates the log, in a folder that
 * exists: one that does not (a misspelt `--store`) is refused, and nothing
 * is created; one that writes to an existing log only (`write-existing`)
 * refuses a log not there as a reader does. A writing command waits for the lock
 * ({@link lockWaitMs}), and says on stderr what its open repaired: an
 * incomplete end of the log cut (where its bytes were saved, and what to
 * do: run an interrupted command again, or restore a truncated file), a
 * dead writer's lock taken over. A reading command says when it left out
 * an incomplete end it did not cut.
 *
 * @example
 * import { mkdtempSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { fileOpener } from './store-option.js'
 * assert.ok(fileOpener.matches('logs/talks.jsonl'))
 * const io = { stdout: process.stdout, stderr: process.stderr, cwd: mkdtempSync(join(tmpdir(), 'opener-')), env: {} }
 * const r = await fileOpener.open('logz/2025/talks.jsonl', io, 'write')
 * assert.ok(r._tag === 'Left' && r.left.message === 'store logz/2025/talks.jsonl: logz/2025: no such folder (create it first, or check the path)')
 * @category store
 * @since 0.1.0
 * @internal
 */
export const fileOpener: StoreOpener = {
  matches: () => true,
  async open(spec, io, mode, label = 'store', upcasters) {
    const path = resolve(io.cwd, spec);
    // A trailing slash names a folder, made or not: not a file to create under that name.
    if (/[\\/]$/.test(spec) || (existsSync(path) && statSync(path).isDirectory())) {
      return left(cliError(`${label} ${spec}: a folder, not a log file; name the log file in it (such as ${join(spec, DEFAULT_STORE)})`));
    }
    // A writer creates the log, not the folder it goes in: a misspelt folder would start a new tree of logs without a word.
    if (mode === 'write' && !existsSync(path)) {
      const folder = dirname(path);
      if (!existsSync(folder)) return left(cliError(`${label} ${spec}: ${dirname(spec)}: no such folder (create it first, or check the path)`));
      if (!statSync(folder).isDirectory()) return left(cliError(`${label} ${spec}: ${dirname(spec)} is a file, not a folder`));
    }
    // Readers take no lock, so `positions` works while another process appends.
    const lockWait = mode !== 'read' ? lockWaitMs(io.env) : right(0);
    if (isLeft(lockWait)) return lockWait;
    // `write-existing` refuses a log not there in the open itself, creating nothing: a check before it would leave a
    // moment in which a log deleted would be created anew, empty.
    const opened = await openFileStore(path, {
      readOnly: mode === 'read',
      mustExist: mode === 'write-existing',
      lockWaitMillis: lockWait.right,
      ...(upcasters !== undefined ? { upcasters } : {}),
    });
    if (isLeft(opened)) {
      if (opened.left._tag === 'StoreLocked') return left(lockedFailure(spec, opened.left as StoreLockedBy, lockWait.right, label));
      // Refused for want of a log (the store's checks need one there): said as the command line's, with what to run.
      if (mode !== 'write' && opened.left._tag === 'StoreUnavailable' && !existsSync(path)) {
        return left(cliError(`no log at ${spec}: ${NO_LOG_ADVICE}`));
      }
      return left(storeFailure(spec, path, opened.left, label));
    }
    reportRecovery(spec, opened.right, io, label);
    return right(opened.right);
  },
};

/**
 * Any other URL (`mysql://`, `file://`, `postgres:/` with one slash is a
 * path, but `postgress://` is not): refused, rather than taken for a file
 * path, which would create folders named after the URL, its password
 * included, and a log nobody meant.
 *
 * @example
 * import { otherUrlOpener } from './store-option.js'
 * assert.ok(otherUrlOpener.matches('mysql://u:secret@h/db') && !otherUrlOpener.matches('talks.jsonl'))
 * const r = await otherUrlOpener.open('mysql://u:secret@h/db', { stdout: process.stdout, stderr: process.stderr, cwd: '.', env: {} }, 'write')
 * assert.ok(r._tag === 'Left' && r.left.message.startsWith('store mysql://u:***@h/db: not a store stancelog can open'))
 * @category store
 * @since 0.1.0
 * @internal
 */
export const otherUrlOpener: StoreOpener = {
  matches: (spec) => URL_LIKE.test(spec),
  async open(spec, _io, _mode, label = 'store') {
    if (/^file:/i.test(spec)) return left(cliError(`${label} ${redact(spec)}: a file URL: name the log file by its path (${fileUrlPath(spec)})`));
    return left(cliError(`${label} ${redact(spec)}: not a store stancelog can open: name a log file by its path, or a PostgreSQL log by a postgres:// URL`));
  },
};

function fileUrlPath(spec: string): string {
  try {
    return decodeURIComponent(new URL(spec).pathname);
  } catch {
    return 'such as logs/talks.jsonl';
  }
}

/**
 * The openers `--store` tries, first match wins: adding a kind of store is
 * adding an entry before the file store, which matches anything.
 *
 * @example
 * import { storeOpeners } from './store-option.js'
 * assert.strictEqual(storeOpeners.find((o) => o.matches('postgres://h/db')), storeOpeners[0])
 * @category store
 * @since 0.1.0
 * @internal
 */
export const storeOpeners: ReadonlyArray<StoreOpener> = [postgresOpener, otherUrlOpener, fileOpener];

/**
 * The store a command names: the `--store` option, else `$STANCELOG_STORE`,
 * else {@link DEFAULT_STORE}.
 *
 * @example
 * import { storeSpec } from './store-option.js'
 * assert.strictEqual(storeSpec(undefined, { env: {} } as any), 'stancelog.jsonl')
 * assert.strictEqual(storeSpec(undefined, { env: { STANCELOG_STORE: 'talks.jsonl' } } as any), 'talks.jsonl')
 * @category store
 * @since 0.1.0
 * @internal
 */
export function storeSpec(option: string | undefined, io: Pick<CliIo, 'env'>): string {
  return option ?? (io.env['STANCELOG_STORE'] || undefined) ?? DEFAULT_STORE; // an empty variable is unset, not a path
}

/**
 * Opens the store a command names; its errors name it as `label` says
 * (`store talks.jsonl: ...`, or `--to backup.jsonl: ...` for the target of
 * a copy: see {@link StoreLabel}). The store reads events of an older
 * schema through the upcasters the module `$STANCELOG_UPCASTERS` names
 * exports, when it is set (see `loadUpcasters`).
 *
 * @example
 * import { openStoreOption } from './store-option.js'
 * const io = { stdout: process.stdout, stderr: process.stderr, cwd: '/nonexistent', env: {} }
 * const r = await openStoreOption(undefined, io, 'read')
 * assert.strictEqual(r._tag, 'Left')
 * const empty = await openStoreOption('', io, 'read')
 * assert.ok(empty._tag === 'Left' && empty.left.message === '--store is empty: name a log file or a postgres:// URL')
 * // Named by the environment: the error says so.
 * const named = await openStoreOption(undefined, { ...io, env: { STANCELOG_STORE: 'nope.jsonl' } }, 'read')
 * assert.ok(named._tag === 'Left' && named.left.message.endsWith('(the log named by $STANCELOG_STORE)'))
 * @category store
 * @since 0.1.0
 * @internal
 */
export async function openStoreOption(option: string | undefined, io: CliIo, mode: StoreMode, label: StoreLabel = 'store'): Promise<Either<CliError, EventStore>> {
  // An empty name would open the working directory (a shell variable that was never set, as in --store "$DB").
  if (option !== undefined && option.trim() === '') return left(cliError('--store is empty: name a log file or a postgres:// URL'));
  const spec = storeSpec(option, io);
  const opener = storeOpeners.find((o) => o.matches(spec))!;
  // Every store a run opens reads through the same upcasters, a copy's target too (it keeps events as written).
  const upcasters = await loadUpcasters(io);
  if (isLeft(upcasters)) return upcasters;
  let opened: Either<CliError, EventStore>;
  try {
    opened = await opener.open(spec, io, mode, label, upcasters.right);
  } catch (error) {
    opened = left(cliError(maskSecrets(`${label} ${redact(spec)}: ${error instanceof Error ? error.message : String(error)}`, spec)));
  }
  // A log named by the environment, not on the command line: someone who forgot the variable is set would not know where the name came from.
  const fromEnvironment = option === undefined && (io.env['STANCELOG_STORE'] || undefined) !== undefined;
  return isLeft(opened) && fromEnvironment ? left(cliError(`${opened.left.message} (the log named by $STANCELOG_STORE)`)) : opened;
}

/**
 * Opens the store a command names, runs `use` with it, and closes it
 * whatever happens (the file store's writer lock must not outlive a command).
 * `label` names it in errors, as for {@link openStoreOption}.
 *
 * @example
 * import { withStore } from './store-option.js'
 * const io = { stdout: process.stdout, stderr: process.stderr, cwd: '/nonexistent', env: {} }
 * const r = await withStore(undefined, io, 'read', async () => ({ _tag: 'Right', right: 1 }) as const)
 * assert.strictEqual(r._tag, 'Left')
 * @category store
 * @since 0.1.0
 * @internal
 */
export async function withStore<A>(
  option: string | undefined,
  io: CliIo,
  mode: StoreMode,
  use: (store: EventStore, spec: string) => Promise<Either<CliError, A>>,
  label: StoreLabel = 'store',
): Promise<Either<CliError, A>> {
  const opened = await openStoreOption(option, io, mode, label);
  if (isLeft(opened)) return opened;
  try {
    return await use(opened.right, redact(storeSpec(option, io)));
  } finally {
    await opened.right.close();
  }
}
