import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { clientConfig, logNames, migrate, MIGRATIONS, openPostgresStore, redactUrl } from '@stancelog/store-postgres';
import { statementName } from '../src/schema-name.js';
import type { PostgresStoreOptions } from '@stancelog/store-postgres';

describe('connection settings (no server needed)', () => {
  it('keeps the names of the migrations released: a log records them, and a store that finds others takes the schema for another application\'s', () => {
    expect(MIGRATIONS.slice(0, 5).map((m) => [m.version, m.name])).toEqual([
      [1, 'events and snapshots'],
      [2, 'identity'],
      [3, 'snapshot event'],
      [4, 'truncate draws a new identity'],
      [5, 'events are never changed'],
    ]);
  });

  it('never shows the password of a URL', () => {
    expect(redactUrl('postgres://ana:s3cr%40t@db.example:5432/talks?sslmode=require')).toBe('postgres://ana@db.example:5432/talks?sslmode=require');
    expect(redactUrl('postgres://db.example/talks')).toBe('postgres://db.example/talks');
    // The driver takes a password parameter as the password: masked too, in any case of its name.
    expect(redactUrl('postgres://ana@db.example/talks?sslmode=require&PASSWORD=s3cret#x')).toBe('postgres://ana@db.example/talks?sslmode=require&PASSWORD=***#x');
    expect(redactUrl('not a url :secret@')).toBe('(an invalid URL)');
  });

  it('bounds every wait: connection time-out, statement time-out, idle transactions', () => {
    const r = clientConfig({ url: 'postgres://ana@localhost/talks' });
    expect(isRight(r) && r.right).toMatchObject({ connectionTimeoutMillis: 5_000, statement_timeout: 30_000, idle_in_transaction_session_timeout: 60_000, max: 10 });
    const custom = clientConfig({ url: 'postgresql://ana@localhost/talks', connectionTimeoutMillis: 800, statementTimeoutMillis: 0, pool: { max: 3 } });
    expect(isRight(custom) && custom.right).toMatchObject({ connectionTimeoutMillis: 800, max: 3 });
    expect(isRight(custom) && 'statement_timeout' in custom.right).toBe(false);
  });

  it('still reads the statement time-out from its deprecated name statementTimeout, the new name winning when both are given', () => {
    const old = clientConfig({ url: 'postgres://ana@localhost/talks', statementTimeout: 1_000 });
    expect(isRight(old) && old.right.statement_timeout).toBe(1_000);
    const both = clientConfig({ url: 'postgres://ana@localhost/talks', statementTimeout: 1_000, statementTimeoutMillis: 2_000 });
    expect(isRight(both) && both.right.statement_timeout).toBe(2_000);
    const off = clientConfig({ url: 'postgres://ana@localhost/talks', statementTimeout: 1_000, statementTimeoutMillis: 0 });
    expect(isRight(off) && 'statement_timeout' in off.right).toBe(false);
  });

  it("reads libpq's connect_timeout on the URL, in seconds, as the connection timeout, over the option, as the driver's URL settings win over theirs", () => {
    const timeout = (url: string, connectionTimeoutMillis?: number): unknown => {
      const r = clientConfig({ url, connectionTimeoutMillis });
      return isRight(r) ? r.right.connectionTimeoutMillis : r.left.message;
    };
    expect(timeout('postgres://ana@localhost/talks?connect_timeout=2')).toBe(2_000);
    expect(timeout('postgres://ana@localhost/talks?sslmode=require&connect_timeout=2', 800)).toBe(2_000);
    expect(timeout('postgres://ana@localhost/talks?connect_timeout=0')).toBe(0);
    expect(timeout('postgres://ana@localhost/talks', 800)).toBe(800);
    for (const bad of ['1.5', '-1', 'ten', '']) {
      expect(timeout(`postgres://ana@localhost/talks?connect_timeout=${bad}`)).toBe(`url: connect_timeout: expected whole seconds, 0 or more (0: no limit), at most 2147483 (about 24.8 days), got ${JSON.stringify(bad)}`);
    }
    expect(timeout('postgres://ana@localhost/talks?connect_timeout=2&connect_timeout=3')).toBe('url: connect_timeout: given 2 times (2, 3): give it once');
  });

  it("reads libpq's PGCONNECT_TIMEOUT, in seconds, when neither the URL nor the option sets the timeout (the driver never read it: the store always gives one)", () => {
    const timeout = (env: Record<string, string | undefined>, url = 'postgres://ana@localhost/talks', connectionTimeoutMillis?: number): unknown => {
      const r = clientConfig({ url, connectionTimeoutMillis }, env);
      return isRight(r) ? r.right.connectionTimeoutMillis : r.left.message;
    };
    expect(timeout({ PGCONNECT_TIMEOUT: '12' })).toBe(12_000);
    expect(timeout({ PGCONNECT_TIMEOUT: ' 0 ' })).toBe(0);
    expect(timeout({ PGCONNECT_TIMEOUT: '' })).toBe(5_000);
    expect(timeout({})).toBe(5_000);
    // A setting given wins, as libpq's own settings win over its environment.
    expect(timeout({ PGCONNECT_TIMEOUT: '12' }, 'postgres://ana@localhost/talks?connect_timeout=2')).toBe(2_000);
    expect(timeout({ PGCONNECT_TIMEOUT: '12' }, undefined, 800)).toBe(800);
    // And a wrong one in the environment is refused only where it would be read.
    expect(timeout({ PGCONNECT_TIMEOUT: '2s' })).toBe('PGCONNECT_TIMEOUT (in the environment): expected whole seconds, 0 or more (0: no limit), at most 2147483 (about 24.8 days), got "2s"');
    expect(timeout({ PGCONNECT_TIMEOUT: '2s' }, undefined, 800)).toBe(800);
  });

  it("refuses a connect_timeout or PGCONNECT_TIMEOUT longer than node's longest timer (2^31 - 1 ms), naming it and its value, where every connection failed at once as 'no answer within 2147484 s'", () => {
    const timeout = (url: string, env: Record<string, string> = {}): unknown => {
      const r = clientConfig({ url }, env);
      return isRight(r) ? r.right.connectionTimeoutMillis : r.left.message;
    };
    // The longest: 2,147,483 s (about 24.8 days) is 2,147,483,000 ms, under 2^31 - 1.
    expect(timeout('postgres://ana@localhost/talks?connect_timeout=2147483')).toBe(2_147_483_000);
    expect(timeout('postgres://ana@localhost/talks', { PGCONNECT_TIMEOUT: '2147483' })).toBe(2_147_483_000);
    for (const huge of ['2147484', '99999999999', '9'.repeat(400)]) {
      expect(timeout(`postgres://ana@localhost/talks?connect_timeout=${huge}`)).toBe(`url: connect_timeout: expected whole seconds, 0 or more (0: no limit), at most 2147483 (about 24.8 days), got "${huge}"`);
      expect(timeout('postgres://ana@localhost/talks', { PGCONNECT_TIMEOUT: huge })).toBe(
        `PGCONNECT_TIMEOUT (in the environment): expected whole seconds, 0 or more (0: no limit), at most 2147483 (about 24.8 days), got "${huge}"`,
      );
    }
  });

  it("refuses a timeout of the driver's on the URL that is not whole milliseconds, where the driver read '30s' as 30 ms, 'abc' as NaN, and a query_timeout of 0 failed every query at once", () => {
    const config = (query: string): unknown => {
      const r = clientConfig({ url: `postgres://ana@localhost/talks?${query}` });
      return isRight(r) ? 'taken' : r.left.message;
    };
    const limit = 'at most 2147483647';
    for (const name of ['statement_timeout', 'lock_timeout', 'idle_in_transaction_session_timeout']) {
      expect(config(`${name}=2000`)).toBe('taken');
      // The server's "no limit".
      expect(config(`${name}=0`)).toBe('taken');
      expect(config(`${name}=30s`)).toBe(`url: ${name}: expected whole milliseconds, 0 or more (0: no limit), ${limit}, got "30s": the driver would read it as 30 ms`);
      expect(config(`${name}=abc`)).toBe(`url: ${name}: expected whole milliseconds, 0 or more (0: no limit), ${limit}, got "abc"`);
      expect(config(`${name}=-5`)).toBe(`url: ${name}: expected whole milliseconds, 0 or more (0: no limit), ${limit}, got "-5"`);
      expect(config(`${name}=2147483648`)).toBe(`url: ${name}: expected whole milliseconds, 0 or more (0: no limit), ${limit}, got "2147483648"`);
      expect(config(`${name}=1000&${name}=2000`)).toBe(`url: ${name}: given 2 times (1000, 2000): give it once`);
    }
    // The driver's own timer: its 0 timed every query out, where leaving it out sets no limit.
    expect(config('query_timeout=60000')).toBe('taken');
    expect(config('query_timeout=0')).toBe(`url: query_timeout: expected whole milliseconds, more than 0 (leave it out for no limit), ${limit}, got "0"`);
    expect(config('query_timeout=1min')).toBe(`url: query_timeout: expected whole milliseconds, more than 0 (leave it out for no limit), ${limit}, got "1min": the driver would read it as 1 ms`);
  });

  it('takes an option set to undefined as not given: its default', () => {
    const r = clientConfig({ url: 'postgres://ana@localhost/talks', connectionTimeoutMillis: undefined, statementTimeoutMillis: undefined, pool: undefined });
    expect(isRight(r) && r.right).toMatchObject({ connectionTimeoutMillis: 5_000, statement_timeout: 30_000, max: 10 });
  });

  it('refuses a URL that is not a postgres:// URL, saying what it expected', () => {
    const r = clientConfig({ url: 'talks.jsonl' });
    expect(isLeft(r) && r.left.message).toBe('url: expected postgres://user:password@host:port/database, got "(an invalid URL)"');
  });

  it('says how to write a password with characters a URL reserves, without showing it', () => {
    const r = clientConfig({ url: 'postgres://ana:p@ss/w#rd@db.example:5432/talks' });
    expect(isLeft(r) && r.left.message).toBe(
      'url: not a valid postgres://user:password@host:port/database URL: percent-encode any @ : / ? # % [ ] or space in the user name and password (as encodeURIComponent does: p@ss becomes p%40ss)',
    );
    expect(isLeft(r) && r.left.message).not.toContain('w#rd');
    // One the URL parser cannot read at all gets the same advice.
    const broken = clientConfig({ url: 'postgres://ana:wr/ong@db.example:5432/talks' });
    expect(isLeft(broken) && broken.left.message).toMatch(/^url: not a valid postgres:\/\/.*percent-encode/);
    // Messages naming the server show none of such a password either.
    expect(redactUrl('postgres://ana:p@ss/w#rd@db.example:5432/talks?sslmode=require')).toBe('postgres://ana@db.example:5432/talks?sslmode=require');
    expect(redactUrl('postgres://ana:p@ss?x@db.example/talks')).toBe('postgres://ana@db.example/talks');
  });

  it('derives table names, channel and lock keys from the schema, which must be a plain lowercase name', () => {
    const a = logNames('newsroom');
    const b = logNames('research');
    expect(isRight(a) && [a.right.events, a.right.snapshots, a.right.channel]).toEqual(['"newsroom".events', '"newsroom".snapshots', 'stancelog_newsroom']);
    expect(isRight(a) && isRight(b) && a.right.appendLock[1] !== b.right.appendLock[1]).toBe(true);
    for (const bad of ['News', 'a"; drop table x; --', '', 'x'.repeat(49), '1abc']) {
      expect(isLeft(logNames(bad))).toBe(true);
    }
    // The server's own names, refused in words rather than by the server.
    const reserved = logNames('pg_talks');
    expect(isLeft(reserved) && reserved.left.message).toBe('schema: names beginning pg_ are PostgreSQL\'s own, got "pg_talks"');
  });

  it('names prepared statements within PostgreSQL\'s 63 bytes for the longest schema names, one name for each schema', () => {
    // Longer, the driver warns on every new connection that the server would cut them (and two could then be one).
    const long = 'r'.repeat(48);
    const names = ['insert', 'check_tags_v1', 'log_check_v1', 'read_tags'].map((kind) => statementName(kind, long));
    expect(names.every((n) => n.length <= 63)).toBe(true);
    expect(new Set(names).size).toBe(4);
    expect(statementName('insert', `${'r'.repeat(47)}s`)).not.toBe(statementName('insert', long));
    expect(statementName('read', 'newsroom')).toBe('stancelog_read_newsroom');
  });
});

// From JavaScript or a configuration file, options reach the store unchecked by
// the types: a misspelt schema would open (and with migrate, create) the
// default one. They are refused before any connection is made (the URL's
// port 1 would refuse one anyway: no server is needed).
describe('options of openPostgresStore and migrate (no server needed)', () => {
  const url = 'postgres://ana:secret@127.0.0.1:1/talks';
  const asOptions = (o: Record<string, unknown>): PostgresStoreOptions => ({ url, ...o }) as PostgresStoreOptions;

  it.each([
    [{ schma: 'talks' }, 'schma: not an option (the options are url, schema, migrate, connectionTimeoutMillis, statementTimeoutMillis, retryMillis, logCheckMillis, applicationName, pool, pageSize, onConnectionLost, onConnectionRestored, upcasters; did you mean schema?)'],
    [{ migrate: 'no' }, 'migrate: expected true or false, got "no"'],
    [{ statementTimeoutMillis: -5 }, 'statementTimeoutMillis: expected milliseconds (0 or more, at most 2147483647), got -5'],
    [{ connectionTimeoutMillis: Number.NaN }, 'connectionTimeoutMillis: expected milliseconds (0 or more, at most 2147483647), got NaN'],
    // Longer than a timer of node's (or the server's statement_timeout) can wait: pg timed the connection out after 1 ms.
    [{ connectionTimeoutMillis: 2 ** 31 }, 'connectionTimeoutMillis: expected milliseconds (0 or more, at most 2147483647), got 2147483648'],
    [{ pool: { max: 2, idleTimeoutMillis: 2 ** 31 } }, 'pool.idleTimeoutMillis: expected milliseconds (0 or more, at most 2147483647), got 2147483648'],
    // A store with subscriptions looked whether its log was still there every millisecond, a query after a query (stop 57).
    [{ logCheckMillis: 0 }, 'logCheckMillis: expected milliseconds (more than 0, at most 2147483647), got 0'],
    [{ logCheckMillis: 1e12 }, 'logCheckMillis: expected milliseconds (more than 0, at most 2147483647), got 1000000000000'],
    [{ pool: { max: 0 } }, 'pool.max: expected a whole number of connections, 1 or more, got 0'],
    [{ pool: { maxConnections: 4 } }, 'pool.maxConnections: not an option (the options are max, idleTimeoutMillis)'],
    [{ onConnectionLost: 'log' }, 'onConnectionLost: expected a function, got "log"'],
    // `{ url: process.env.STANCELOG_PG_URL }` with the variable unset threw a TypeError of pg's URL parser.
    [{ url: undefined }, 'url: expected a postgres:// URL, got nothing (is the variable it was read from set?)'],
    [{ url: '' }, 'url: expected a postgres:// URL, got ""'],
    // Each upcaster's shape, as the file and memory stores check it (a leftover of stop 47).
    [{ upcasters: [{ type: 'alias-added', from: 0 }] }, 'upcasters: expected an array of upcasters ({ type, from, up }), got [{"type":"alias-added","from":0}]'],
    // Read by reads only, not by appends: a type left out was appended and never read back (a leftover of stop 47).
    [
      { versions: { 'statement-made': 1 } },
      'versions: expected nothing: a store reads and writes this release\'s schema versions (events of an older one are read through upcasters), got {"statement-made":1}',
    ],
  ])('refuse %j, naming the option', async (options, problem) => {
    const opened = await openPostgresStore(asOptions(options));
    expect(isLeft(opened) && opened.left).toEqual({ _tag: 'StoreUnavailable', message: problem });
    const migrated = await migrate(asOptions(options));
    expect(isLeft(migrated) && migrated.left).toEqual({ _tag: 'StoreUnavailable', message: `migrate: ${problem}` });
  });

  it('take every documented option, and undefined for any of them, as far as the connection', async () => {
    const all = asOptions({
      schema: 'talks', migrate: false, connectionTimeoutMillis: 200, statementTimeoutMillis: 0, statementTimeout: undefined, retryMillis: 10, logCheckMillis: 10,
      applicationName: 'test', pool: { max: 2, idleTimeoutMillis: undefined }, pageSize: 10, onConnectionLost: () => undefined, onConnectionRestored: undefined, upcasters: [],
    });
    const opened = await openPostgresStore(all);
    // Past the options: the connection to port 1 is what fails.
    expect(isLeft(opened) && opened.left.message).toMatch(/^cannot open postgres:\/\/ana@127\.0\.0\.1:1\/talks: /);
  });
});
