/**
 * Connection settings: from a URL and a few time-outs to a `pg` pool
 * configuration, and driver errors to messages that never show the password.
 *
 * @since 0.1.0
 */
import type { Either } from 'fp-ts/lib/Either.js';
import { left, right } from 'fp-ts/lib/Either.js';
import * as pg from 'pg';
import pgpass from 'pgpass';
import type { StoreUnavailable } from '@stancelog/core';
import { LONGEST_TIMER_MILLIS } from './options-check.js';

/**
 * How to reach the server. Every wait has a bound, so an unreachable server
 * or a wrong password is an error within seconds, never a hang.
 *
 * @example
 * import { clientConfig } from '@stancelog/store-postgres'
 * import type { ConnectionOptions } from '@stancelog/store-postgres'
 * // What openPostgresStore and migrate take (a worker with a small pool, named in pg_stat_activity).
 * const options: ConnectionOptions = { url: 'postgres://ana:secret@db.example:5432/log?sslmode=verify-full', pool: { max: 4 }, applicationName: 'ingest-worker' }
 * const config = clientConfig(options)
 * assert.ok(config._tag === 'Right' && config.right.max === 4 && config.right.connectionTimeoutMillis === 5000)
 * @category postgres
 * @since 0.1.0
 */
export interface ConnectionOptions {
  /**
   * `postgres://user:password@host:port/database` (`?sslmode=verify-full` for managed servers; percent-encode reserved
   * characters of the password). Without a password, as `psql` does, the store takes it from `PGPASSWORD`, or else
   * from the password file (`PGPASSFILE`, or `~/.pgpass`), which keep it off the command line.
   */
  readonly url: string;
  /**
   * Give up connecting after this long (default 5,000 ms; 0: no limit). A `?connect_timeout=SECONDS` on the URL, as
   * libpq takes it (and the CLI, which has no option for it), wins over it, as every setting the driver reads from
   * the URL wins over its option. Without either, libpq's `PGCONNECT_TIMEOUT` (whole seconds) in the environment sets it.
   * Each takes at most 2^31 - 1 ms (2,147,483 s, about 24.8 days), the longest a timer of node's waits: more is refused.
   */
  readonly connectionTimeoutMillis?: number | undefined;
  /** Cancel any statement running longer than this (default 30,000 ms; 0: no limit). */
  readonly statementTimeoutMillis?: number | undefined;
  /**
   * The former name of {@link ConnectionOptions.statementTimeoutMillis}, still
   * read (`statementTimeoutMillis` wins when both are given).
   * @deprecated Use `statementTimeoutMillis`: time options name their unit (`…Millis`, as `pg`'s own do).
   */
  readonly statementTimeout?: number | undefined;
  /** Pool settings: at most `max` connections (default 10), idle ones closed after `idleTimeoutMillis` (default 30,000). */
  readonly pool?: { readonly max?: number | undefined; readonly idleTimeoutMillis?: number | undefined } | undefined;
  /** Shown in `pg_stat_activity` (default `stancelog`). */
  readonly applicationName?: string | undefined;
}

/**
 * The URL without its password, for messages: the one before the host, and
 * a `password` parameter (which the driver reads as the password too).
 *
 * @example
 * import { redactUrl } from '@stancelog/store-postgres'
 * assert.strictEqual(redactUrl('postgres://ana:secret@db.example:5432/log'), 'postgres://ana@db.example:5432/log')
 * assert.strictEqual(redactUrl('postgres://ana@db.example/log?password=secret&sslmode=require'), 'postgres://ana@db.example/log?password=***&sslmode=require')
 * @category postgres
 * @since 0.1.0
 */
export function redactUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return '(an invalid URL)';
  }
  // A password typed with an @ of its own: the parser read its end as the host and path. Show none of it.
  if (typedAt(u)) return withoutPasswordParameter(`${u.protocol}//${u.username === '' ? '' : `${u.username}@`}${url.slice(url.lastIndexOf('@') + 1)}`);
  u.password = '';
  return withoutPasswordParameter(u.toString().replace(/^(\w+:\/\/[^@/]*):@/, '$1@'));
}

/**
 * The role a URL connects as, for messages: its user name, or, without
 * one, the words for the driver's default (PGUSER, or the system user).
 *
 * @example
 * import { roleOf } from './connection.js'
 * assert.strictEqual(roleOf('postgres://ana%2Bnews:secret@db.example/talks'), 'ana+news')
 * assert.strictEqual(roleOf('postgres://db.example/talks'), 'of this connection')
 * @category postgres
 * @since 0.1.0
 * @internal
 */
export function roleOf(url: string): string {
  try {
    const user = decodeURIComponent(new URL(url).username);
    return user === '' ? 'of this connection' : user;
  } catch {
    return 'of this connection';
  }
}

/** A URL with the value of its `password` parameter masked, up to the next parameter or the fragment. */
function withoutPasswordParameter(url: string): string {
  return url.replace(/([?&]password=)[^&#]*/gi, '$1***');
}

/** Whether an @ follows the host: the sign of a password (or user name) written without percent-encoding. */
function typedAt(url: URL): boolean {
  return (url.pathname + url.search + url.hash).includes('@');
}

const ENCODE_HINT =
  'url: not a valid postgres://user:password@host:port/database URL: percent-encode any @ : / ? # % [ ] or space in the user name and password (as encodeURIComponent does: p@ss becomes p%40ss)';

/**
 * Builds a `pg` client configuration from the options, or says what is wrong.
 *
 * @example
 * import { clientConfig } from '@stancelog/store-postgres'
 * const r = clientConfig({ url: 'postgres://ana@localhost/log', statementTimeoutMillis: 1000 })
 * assert.strictEqual(r._tag === 'Right' && r.right.statement_timeout, 1000)
 * // libpq's connect_timeout, in seconds, on the URL: the CLI's way to set it.
 * const slow = clientConfig({ url: 'postgres://ana@localhost/log?connect_timeout=20' })
 * assert.strictEqual(slow._tag === 'Right' && slow.right.connectionTimeoutMillis, 20_000)
 * // Or libpq's PGCONNECT_TIMEOUT in the environment (the second argument, process.env by default), when neither the URL nor the options set it.
 * const env = clientConfig({ url: 'postgres://ana@localhost/log' }, { PGCONNECT_TIMEOUT: '12' })
 * assert.strictEqual(env._tag === 'Right' && env.right.connectionTimeoutMillis, 12_000)
 * const typo = clientConfig({ url: 'postgres://ana@localhost/log' }, { PGCONNECT_TIMEOUT: '2s' })
 * assert.ok(typo._tag === 'Left' && typo.left.message === 'PGCONNECT_TIMEOUT (in the environment): expected whole seconds, 0 or more (0: no limit), at most 2147483 (about 24.8 days), got "2s"')
 * // The driver's timeouts on the URL are whole milliseconds: it read '30s' as 30.
 * const unit = clientConfig({ url: 'postgres://ana@localhost/log?statement_timeout=30s' })
 * assert.ok(unit._tag === 'Left' && unit.left.message.endsWith('got "30s": the driver would read it as 30 ms'))
 * const port = clientConfig({ url: 'postgres://ana:secret@localhost:99999/log' })
 * assert.ok(port._tag === 'Left' && port.left.message === 'url: port 99999 is out of range (0 to 65535)')
 * @category postgres
 * @since 0.1.0
 */
export function clientConfig(options: ConnectionOptions, env: Readonly<Record<string, string | undefined>> = process.env): Either<StoreUnavailable, pg.PoolConfig> {
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    // A port out of range is no password's fault: say so, not how to encode one.
    const port = /^postgres(?:ql)?:\/\/(?:[^@/]*@)?[^/:?#]*:(\d+)(?:[/?#]|$)/i.exec(options.url)?.[1];
    if (port !== undefined && Number(port) > 65535) return left({ _tag: 'StoreUnavailable', message: `url: port ${port} is out of range (0 to 65535)` });
    // Most often a password with a character the URL syntax reserves: say how to write it (the URL itself may show it).
    return left({
      _tag: 'StoreUnavailable',
      message: /^postgres(ql)?:\/\//i.test(options.url) ? ENCODE_HINT : `url: expected postgres://user:password@host:port/database, got ${JSON.stringify(redactUrl(options.url))}`,
    });
  }
  // It parses, but part of the password would be taken for the host (and shown in the driver's errors).
  if (typedAt(url)) return left({ _tag: 'StoreUnavailable', message: ENCODE_HINT });
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    return left({ _tag: 'StoreUnavailable', message: `url: expected the postgres:// scheme, got ${url.protocol}//` });
  }
  const statementTimeout = options.statementTimeoutMillis ?? options.statementTimeout ?? 30_000;
  const urlTimeout = connectTimeout(url);
  if (urlTimeout._tag === 'Left') return urlTimeout;
  const driverTimeouts = checkDriverTimeouts(url);
  if (driverTimeouts._tag === 'Left') return driverTimeouts;
  // Read only when neither the URL nor the options set the timeout, as libpq reads it: a setting given wins.
  const envTimeout = urlTimeout.right === undefined && options.connectionTimeoutMillis === undefined ? environmentTimeout(env) : right(undefined);
  if (envTimeout._tag === 'Left') return envTimeout;
  return right({
    connectionString: options.url,
    // The pool's clients look for a password the URL does not give as libpq does (see StoreClient).
    Client: StoreClient as unknown as pg.PoolConfig['Client'],
    // The URL's wins, as every setting the driver reads from a URL wins over its option (application_name, statement_timeout).
    connectionTimeoutMillis: urlTimeout.right ?? options.connectionTimeoutMillis ?? envTimeout.right ?? 5_000,
    ...(statementTimeout > 0 ? { statement_timeout: statementTimeout } : {}),
    // A client that dies mid-transaction must not hold the append lock for long.
    idle_in_transaction_session_timeout: Math.max(statementTimeout, 60_000),
    max: options.pool?.max ?? 10,
    idleTimeoutMillis: options.pool?.idleTimeoutMillis ?? 30_000,
    application_name: options.applicationName ?? 'stancelog',
    // Notices a silently dead connection (the listener's above all) in seconds, not the OS default of hours.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
}

/**
 * libpq's `connect_timeout` URL parameter (whole seconds; 0: no limit) in
 * milliseconds, undefined when the URL has none. The driver ignores it in
 * a URL, where the CLI has no other way to set the connection timeout.
 */
function connectTimeout(url: URL): Either<StoreUnavailable, number | undefined> {
  const given = [...new Set(url.searchParams.getAll('connect_timeout'))];
  if (given.length === 0) return right(undefined);
  if (given.length > 1) return left({ _tag: 'StoreUnavailable', message: `url: connect_timeout: given ${given.length} times (${given.join(', ')}): give it once` });
  return timeoutSeconds(given[0]!, 'url: connect_timeout');
}

// The timeouts the driver takes from a URL, in milliseconds, as parseInt reads them: '30s' became 30 ms (every
// statement longer cancelled), 'abc' reached the server as "NaN", and a query_timeout of 0 failed every query at once
// ("Query read timeout"), where the others' 0 is the server's "no limit".
const DRIVER_TIMEOUTS = ['statement_timeout', 'lock_timeout', 'idle_in_transaction_session_timeout', 'query_timeout'] as const;

/**
 * The driver's timeouts on the URL checked as whole milliseconds, given
 * once, at most LONGEST_TIMER_MILLIS (more than 0 for `query_timeout`,
 * the driver's own timer, which leaves no limit only when it is left out).
 */
function checkDriverTimeouts(url: URL): Either<StoreUnavailable, void> {
  for (const name of DRIVER_TIMEOUTS) {
    const given = [...new Set(url.searchParams.getAll(name))];
    if (given.length === 0) continue;
    if (given.length > 1) return left({ _tag: 'StoreUnavailable', message: `url: ${name}: given ${given.length} times (${given.join(', ')}): give it once` });
    const value = given[0]!;
    const least = name === 'query_timeout' ? 1 : 0;
    if (/^\d+$/.test(value) && Number(value) >= least && Number(value) <= LONGEST_TIMER_MILLIS) continue;
    const expected = least === 0 ? '0 or more (0: no limit)' : 'more than 0 (leave it out for no limit)';
    // What the driver would have made of it, the surprise a unit ('30s', '2min') is.
    const read = /^\d+\D/.test(value) ? `: the driver would read it as ${parseInt(value, 10)} ms` : '';
    return left({ _tag: 'StoreUnavailable', message: `url: ${name}: expected whole milliseconds, ${expected}, at most ${LONGEST_TIMER_MILLIS}, got ${JSON.stringify(value)}${read}` });
  }
  return right(undefined);
}

// The most whole seconds a timer of node's waits: a connect_timeout of more (2^31 ms and up) failed every connection
// at once, as 'no answer within 2147484 s', for node runs such a timer after 1 ms.
const LONGEST_TIMEOUT_SECONDS = Math.floor(LONGEST_TIMER_MILLIS / 1_000);

/**
 * Whole seconds (0: no limit; at most LONGEST_TIMEOUT_SECONDS), as
 * libpq takes `connect_timeout` and `PGCONNECT_TIMEOUT`, in milliseconds;
 * `where` names where they were given.
 */
function timeoutSeconds(seconds: string, where: string): Either<StoreUnavailable, number> {
  const millis = Number(seconds) * 1_000;
  return /^\d+$/.test(seconds) && millis <= LONGEST_TIMER_MILLIS
    ? right(millis)
    : left({
        _tag: 'StoreUnavailable',
        message: `${where}: expected whole seconds, 0 or more (0: no limit), at most ${LONGEST_TIMEOUT_SECONDS} (about 24.8 days), got ${JSON.stringify(seconds)}`,
      });
}

/**
 * libpq's `PGCONNECT_TIMEOUT` (whole seconds) in milliseconds, undefined
 * when it is not set (or set empty, which libpq ignores too). The driver
 * reads it only when no `connectionTimeoutMillis` is given, and the store
 * always gives one.
 */
function environmentTimeout(env: Readonly<Record<string, string | undefined>>): Either<StoreUnavailable, number | undefined> {
  const seconds = env['PGCONNECT_TIMEOUT']?.trim();
  return seconds === undefined || seconds === '' ? right(undefined) : timeoutSeconds(seconds, 'PGCONNECT_TIMEOUT (in the environment)');
}

/**
 * A `pg` client whose connection, when neither the URL nor `PGPASSWORD`
 * gives a password, takes it from the password file (`PGPASSFILE`, or
 * `~/.pgpass`) when the server asks for one, or fails saying that none was
 * given and where to put one. The driver reads the file itself, but that is
 * deprecated (it prints a warning, and pg 9 drops it), and finding none it
 * failed with "SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a
 * string". A password function in the configuration would not do: the
 * driver takes the URL's empty password over it.
 */
export class StoreClient extends pg.Client {
  constructor(config?: pg.ClientConfig) {
    super(config);
    const self = this as unknown as { password: unknown; connectionParameters: { user?: string; host?: string; port?: number; database?: string } };
    if (self.password === null || self.password === undefined || self.password === '') self.password = () => passwordFromFile(self.connectionParameters);
  }
}

/** The password file's password for a connection, or the error that says none was given. */
async function passwordFromFile(connection: { user?: string | undefined; host?: string | undefined; port?: number | undefined; database?: string | undefined }): Promise<string> {
  const filed = await new Promise<string | undefined>((resolve) => pgpass(connection, resolve));
  if (filed !== undefined) return filed;
  throw new Error(`no password given for user ${connection.user ?? '(none named)'}: put it in the URL, or in PGPASSWORD or ~/.pgpass (PGPASSFILE names another file)`);
}

/**
 * A driver error as one line. Node reports a refused connection to a name
 * with several addresses as an `AggregateError` with an empty message.
 */
export function describeError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) {
    return [...new Set(error.errors.map(describeError))].join('; ');
  }
  if (error instanceof Error) {
    // The driver says a connection timed out three ways, by where it waited (a client, the pool, the pool's
    // client): one wording, for the alerts that watch for it.
    if (/^(timeout expired|Connection terminated due to connection timeout|timeout exceeded when trying to connect)$/i.test(error.message)) {
      return 'no answer within the connection timeout (set by ?connect_timeout=SECONDS on the URL, the connectionTimeoutMillis option or PGCONNECT_TIMEOUT; 5 s by default)';
    }
    const code = (error as { code?: unknown }).code;
    const message = error.message || String(code ?? error.name);
    return typeof code === 'string' && !message.includes(code) && /^[0-9A-Z]{5}$/.test(code) ? `${message} (SQLSTATE ${code})` : message;
  }
  return String(error);
}

/**
 * A {@link StoreUnavailable} naming what was being done and where, the
 * driver's reason, and what to do about it when the reason is one met
 * while connecting (see {@link connectionAdvice}). `timeoutMillis`, the
 * connection timeout in force, is named when the wait ran out: "5 s by
 * default" alone read as if 5 s had been waited whatever was set.
 */
export function unreachable(what: string, url: string, error: unknown, timeoutMillis?: number): StoreUnavailable {
  const advice = connectionAdvice(error);
  let reason = describeError(error);
  if (timeoutMillis !== undefined && reason.startsWith(NO_ANSWER)) reason = `no answer within ${duration(timeoutMillis)}, the connection timeout${reason.slice(NO_ANSWER.length)}`;
  return { _tag: 'StoreUnavailable', message: `${what} ${redactUrl(url)}: ${reason}${advice === undefined ? '' : `: ${advice}`}`, cause: error };
}

// The start of describeError's wording of a connection timeout, which unreachable gives the value in force.
const NO_ANSWER = 'no answer within the connection timeout';

/** Milliseconds as a person reads them: whole seconds as seconds. */
function duration(millis: number): string {
  return millis % 1_000 === 0 ? `${millis / 1_000} s` : `${millis} ms`;
}

/**
 * What to do about a connection the server or the network refused: the
 * driver's reason (`connect ECONNREFUSED 127.0.0.1:5433`, `password
 * authentication failed`) says what happened, in the words of a socket or
 * of SQLSTATE, and not which part of the URL or the server to look at.
 * Undefined for any other error, whose message is its own advice.
 *
 * @example
 * import { connectionAdvice } from './connection.js'
 * const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5433'), { code: 'ECONNREFUSED' })
 * assert.match(connectionAdvice(refused) ?? '', /^no server is listening there/)
 * assert.strictEqual(connectionAdvice(new Error('duplicate key')), undefined)
 * @category postgres
 * @since 0.1.0
 * @internal
 */
export function connectionAdvice(error: unknown): string | undefined {
  // A host name with several addresses (localhost: ::1 and 127.0.0.1) fails as an AggregateError of each one's error.
  const errors = error instanceof AggregateError && error.errors.length > 0 ? error.errors : [error];
  const codes = new Set(errors.map((e) => (e as { code?: unknown } | null)?.code).filter((c): c is string => typeof c === 'string'));
  const message = error instanceof Error ? error.message : '';
  if (codes.has('ECONNREFUSED')) return 'no server is listening there: start PostgreSQL, or correct the host and port in the URL';
  if (codes.has('ENOTFOUND') || codes.has('EAI_AGAIN')) return 'no host of that name was found: correct the host in the URL (or check the network\'s name service)';
  if (codes.has('EHOSTUNREACH') || codes.has('ENETUNREACH')) return 'the network has no route to that host: correct the host in the URL, or check the network';
  if (codes.has('28P01')) return 'correct the user name or the password (in the URL, or in PGPASSWORD or ~/.pgpass)';
  if (codes.has('28000')) return 'the server lets no such user in from here: correct the user name in the URL, or have the server\'s administrator create the role or allow it (pg_hba.conf)';
  if (codes.has('3D000')) return 'correct the database\'s name in the URL, or create the database (createdb NAME, as a role allowed to)';
  if (codes.has('53300')) return 'the server has no connection to spare: lower pool.max of the processes that use it, or raise its max_connections';
  if (codes.has('57P03')) return 'the server is starting up or shutting down: try again in a moment';
  if (/^(timeout expired|Connection terminated due to connection timeout|timeout exceeded when trying to connect)$/i.test(message)) {
    return 'is the host reachable and the port right? A firewall that drops the connection answers nothing; a busy server may need more time';
  }
  return undefined;
}

/**
 * Whether an error means the connection (not the statement) failed, so a
 * retry on a new connection may succeed.
 */
export function isConnectionError(error: unknown): boolean {
  if (error instanceof AggregateError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') {
    // 08: connection exception; 57P01-57P03: the server shut the session down.
    if (code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03') return true;
    if (/^E[A-Z]+$/.test(code)) return true; // ECONNRESET, ECONNREFUSED, EPIPE...
  }
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|Client has encountered a connection error|not queryable|timeout exceeded when trying to connect/i.test(message);
}

/**
 * A client taken from the pool, whose connection's errors are heard while
 * it is held. The pool listens for the errors of its idle clients only: a
 * connection that dies under a held client (its backend ended, the server
 * gone) makes `pg` emit an error that nothing hears, which ends the
 * process. The statement running on it fails with the error anyway, so
 * hearing it is enough. `release` gives the client back (with an error:
 * closes it) and stops listening, once.
 */
export async function holdClient(pool: pg.Pool): Promise<{ client: pg.PoolClient; release: (error?: Error) => void }> {
  const { max = 10, connectionTimeoutMillis = 0 } = (pool as unknown as { options: { max?: number; connectionTimeoutMillis?: number } }).options;
  // Every connection held: this waits for one to come free. pg's timer of that wait does not keep the process
  // alive, so an append inside a read's loop with pool.max 1 (the read holds the one connection) ended the
  // process without a word; kept alive, the wait ends in the error below.
  const full = pool.totalCount >= max && pool.idleCount === 0;
  const alive = full && connectionTimeoutMillis > 0 ? setTimeout(() => undefined, connectionTimeoutMillis + 1_000) : undefined;
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    if (full && error instanceof Error && /^timeout exceeded when trying to connect$/i.test(error.message)) {
      throw new Error(
        `no connection of the pool came free within connectionTimeoutMillis (${connectionTimeoutMillis} ms): all ${max} (pool.max) were held; an append or read inside the loop of a read needs one of its own (pool.max of 2 or more)`,
        { cause: error },
      );
    }
    throw error;
  } finally {
    if (alive !== undefined) clearTimeout(alive);
  }
  const heard = (): void => undefined;
  client.on('error', heard);
  let released = false;
  return {
    client,
    release: (error) => {
      if (released) return;
      released = true;
      client.removeListener('error', heard);
      client.release(error);
    },
  };
}
