// `stancelog store status` on a file log, and on a PostgreSQL one when the repository's server runs
// (`scripts/postgres.sh start` exports its URL as STANCELOG_PG_URL).
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { analysis, eventId, registry } from '@stancelog/core';
import { fileSnapshots, openFileStore } from '@stancelog/store-file';
import { openPostgresStore, SCHEMA_VERSION } from '@stancelog/store-postgres';
import { docSample, russiaDemandsLand, sandbox, ukraineRefusesLand } from './harness.js';
import type { Sandbox } from './harness.js';

const ukraine = { type: 'actor-registered', data: { id: 'ukraine', kind: 'state', name: 'Ukraine' } };

/** A log of two statements, Ukraine registered, and its first event withdrawn: four events. */
async function smallLog(s: Sandbox): Promise<void> {
  expect((await s.stancelog('append', s.write('talks.jsonl', [russiaDemandsLand, ukraineRefusesLand, ukraine]))).code).toBe(0);
  const [first] = (await s.json<Array<{ id: string }>>('log'));
  expect((await s.stancelog('withdraw', first!.id, '--reason', 'misattributed')).code).toBe(0);
}

describe('stancelog store status on a file log', () => {
  let s: Sandbox;
  beforeEach(() => (s = sandbox()));
  afterEach(() => s.remove());

  it('counts the events by type, and names the first and last, the size on disk and a free lock', async () => {
    await smallLog(s);
    const log = join(s.dir, 'stancelog.jsonl');
    const status = await s.json<Record<string, unknown>>('store', 'status');
    const recorded = (await s.json<Array<{ position: number; recordedAt: string }>>('log')).map((e) => [e.position, e.recordedAt]);
    expect(status).toEqual({
      store: 'stancelog.jsonl',
      kind: 'file',
      path: log,
      bytes: statSync(log).size,
      lock: { state: 'free' },
      events: 4,
      // Names registered provisionally by the append are no events: Russia's is not counted.
      types: { statements: 2, registry: 1, withdrawals: 1, other: 0 },
      first: { position: 1, recordedAt: expect.any(String) },
      last: { position: 4, recordedAt: expect.any(String) },
      snapshots: [],
    });
    expect([(status['first'] as { recordedAt: string }).recordedAt, (status['last'] as { recordedAt: string }).recordedAt]).toEqual([recorded[0]![1], recorded[3]![1]]);
    const text = await s.stancelog('store', 'status');
    expect(text.stdout.split('\n').slice(0, 2)).toEqual([
      `store stancelog.jsonl: a file log, ${statSync(log).size.toLocaleString('en-US')} bytes`,
      'events: 4 (2 statements, 1 registry event, 1 withdrawal)',
    ]);
  });

  it('lists the snapshots kept beside the log: the position each was taken at, current or stale for this build, and its size', async () => {
    await smallLog(s);
    const folder = join(s.dir, 'stancelog.jsonl.snapshots');
    const snapshots = fileSnapshots(folder);
    await snapshots.save({ reducer: registry().name, version: registry().version, position: 4, state: registry().initial() });
    // Saved by an earlier release: this one replays the log rather than start from it.
    await snapshots.save({ reducer: analysis().name, version: 'an earlier one', position: 3, state: {} });
    await snapshots.save({ reducer: 'analysis(threat-count@1)', version: '1', position: 4, state: {} });
    writeFileSync(join(folder, 'damaged.snapshot'), 'not a snapshot');
    const size = (name: string) => statSync(join(folder, name)).size;
    const status = await s.json<{ snapshots: unknown[] }>('store', 'status');
    expect(status.snapshots).toEqual([
      { reducer: 'analysis', version: 'an earlier one', position: 3, state: 'stale', bytes: size('analysis.snapshot') },
      { reducer: 'analysis(threat-count@1)', version: '1', position: 4, state: 'other', bytes: size(`${encodeURIComponent('analysis(threat-count@1)')}.snapshot`) },
      { reducer: 'damaged', version: null, position: null, state: 'unreadable', bytes: 14 },
      { reducer: 'registry', version: registry().version, position: 4, state: 'current', bytes: size('registry.snapshot') },
    ]);
    const text = (await s.stancelog('store', 'status')).stdout;
    expect(text).toContain('snapshots (stancelog.jsonl.snapshots/):\n  reducer ');
    expect(text).toMatch(new RegExp(`\n {2}registry +4 +current +[\\d,]+ +${registry().version}\n`));
  });

  it("tells the snapshot append keeps of the registry's definitions (for back-filled statements) as this build's own, current, not another program's (a finding of stop 53)", async () => {
    const define = { type: 'issue-defined', data: { id: 'wealth-tax', title: 'Wealth tax', proposition: 'a tax on fortunes is levied' } };
    const filler = Array.from({ length: 1200 }, (_, i) => ({ holder: 'greens', issue: 'wealth-tax', kind: 'demand', polarity: '+', statedAt: '2026-03-20', source: { quote: `tax fortunes, said for the ${i}th time` } }));
    expect((await s.stancelog('append', s.write('log.jsonl', [define, ...filler]))).code).toBe(0);
    // A statement back-filled before the registry named it: append weighs it against the definitions, and saves their snapshot.
    const backFilled = { holder: 'greens', issue: 'wealth-tax', kind: 'demand', polarity: '+', statedAt: '2026-03-20', recordedAt: '2026-03-21T08:00:00Z', source: { quote: 'back-filled' } };
    expect((await s.stancelog('append', s.write('late.jsonl', [backFilled]))).code).toBe(0);
    expect(existsSync(join(s.dir, 'stancelog.jsonl.snapshots', 'registry-definitions.snapshot'))).toBe(true);
    const status = await s.json<{ snapshots: Array<{ reducer: string; state: string }> }>('store', 'status');
    expect(status.snapshots.map((x) => [x.reducer, x.state])).toContainEqual(['registry-definitions', 'current']);
  });

  it('names the process that holds the writer lock, reading the lock without taking it', async () => {
    await smallLog(s);
    const log = join(s.dir, 'stancelog.jsonl');
    const writer = await openFileStore(log);
    if (writer._tag === 'Left') throw new Error(writer.left.message);
    try {
      const status = await s.json<{ lock: unknown }>('store', 'status');
      expect(status.lock).toEqual({ state: 'held', pid: process.pid, hostname: hostname(), since: expect.any(String), file: `${log}.lock` });
      expect((await s.stancelog('store', 'status')).stdout).toContain(`lock: held by pid ${process.pid} since `);
    } finally {
      await writer.right.close();
    }
  });

  it('names a lock held by another process, and one left by a process that no longer runs, which it leaves in place', async () => {
    await smallLog(s);
    const log = join(s.dir, 'stancelog.jsonl');
    // Another process, alive while the status is taken.
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      // Taken after that process started (a lock dated before it would be an earlier holder's, its pid given again since).
      writeFileSync(`${log}.lock`, JSON.stringify({ pid: other.pid, hostname: hostname(), since: new Date(Date.now() + 60_000).toISOString() }));
      expect((await s.json<{ lock: { state: string } }>('store', 'status')).lock.state).toBe('held');
    } finally {
      other.kill();
    }
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    const lock = JSON.stringify({ pid: dead, hostname: hostname(), since: '2025-05-17T09:00:00.000Z' });
    writeFileSync(`${log}.lock`, lock);
    const r = await s.stancelog('store', 'status');
    expect(r.stdout).toContain(`lock: left by pid ${dead} since 2025-05-17T09:00:00.000Z, which no longer runs: the next writing command takes it over (${log}.lock)\n`);
    expect(readFileSync(`${log}.lock`, 'utf8')).toBe(lock);
  });

  it('tells a lock whose pid another process was given since (after a restart), and one that names no holder, as the file store does', async () => {
    await smallLog(s);
    const log = join(s.dir, 'stancelog.jsonl');
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      // The lock records its holder's boot and start time: a process of that pid started at another time is not it.
      const bootId = existsSync('/proc/sys/kernel/random/boot_id') ? readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() : undefined;
      writeFileSync(`${log}.lock`, JSON.stringify({ pid: other.pid, hostname: hostname(), since: '2025-05-17T09:00:00.000Z', bootId: bootId ?? 'another boot', startTicks: 1 }));
      expect((await s.json<{ lock: { state: string } }>('store', 'status')).lock.state).toBe(bootId === undefined ? 'held' : 'stale');
    } finally {
      other.kill();
    }
    // Empty: a writer about to write its pid, for a moment; older, left by one that never did.
    writeFileSync(`${log}.lock`, '');
    expect((await s.json<{ lock: unknown }>('store', 'status')).lock).toEqual({ state: 'held', pid: 0, hostname: '', since: '', file: `${log}.lock` });
    utimesSync(`${log}.lock`, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    expect((await s.stancelog('store', 'status')).stdout).toContain(`lock: left by a process that never wrote its pid, which no longer runs: the next writing command takes it over (${log}.lock)\n`);
  });

  it('counts an event of a type this stancelog does not know, which a read skips, as of another type', async () => {
    expect((await s.stancelog('append', s.write('talks.jsonl', [russiaDemandsLand, ukraineRefusesLand]))).code).toBe(0);
    // A line a newer stancelog wrote, at position 3, then a statement of this one's.
    const newer = { type: 'mood-changed', data: { actor: 'russia', mood: 'tense' } };
    appendFileSync(join(s.dir, 'stancelog.jsonl'), JSON.stringify({ id: eventId(newer as never), position: 3, recordedAt: '2025-06-01T09:00:00.000Z', schema: 1, tags: ['actor:russia'], ...newer }) + '\n');
    expect((await s.stancelog('append', s.write('late.jsonl', [{ ...russiaDemandsLand, issue: 'sanctions' }]))).code).toBe(0);
    const status = await s.json<{ events: number; types: unknown; last: { position: number } }>('store', 'status');
    expect([status.events, status.types, status.last.position]).toEqual([4, { statements: 3, registry: 0, withdrawals: 0, other: 1 }, 4]);
    expect((await s.stancelog('store', 'status')).stdout).toContain('events: 4 (3 statements, 0 registry events, 0 withdrawals, 1 of other types)\n');
  });

  it('says so of an empty log, with no first or last event', async () => {
    writeFileSync(join(s.dir, 'empty.jsonl'), '');
    const status = await s.json<Record<string, unknown>>('store', 'status', '--store', 'empty.jsonl');
    expect([status['events'], status['first'], status['last']]).toEqual([0, undefined, undefined]);
    expect((await s.stancelog('store', 'status', '--store', 'empty.jsonl')).stdout).toBe(
      'store empty.jsonl: a file log, 0 bytes\nevents: 0 (0 statements, 0 registry events, 0 withdrawals)\nlock: free (no stancelog is writing to it)\nsnapshots: none (empty.jsonl.snapshots/)\n',
    );
  });

  it('reads the log named by $STANCELOG_STORE, and refuses a missing one as every reading command does, creating nothing', async () => {
    const named = sandbox({ STANCELOG_STORE: 'talks-log.jsonl' });
    try {
      const r = await named.stancelog('store', 'status');
      const log = await named.stancelog('log');
      expect([r.code, r.stderr]).toEqual([1, log.stderr]);
      expect(r.stderr).toBe('stancelog: no log at talks-log.jsonl: append statements first (stancelog append FILE.jsonl or FILE.csv), or name a log with --store (the log named by $STANCELOG_STORE)\n');
      expect(existsSync(join(named.dir, 'talks-log.jsonl'))).toBe(false);
    } finally {
      named.remove();
    }
  });

  it('gives the advice every command gives when a PostgreSQL server cannot be reached, its password masked', async () => {
    const spec = 'postgres://analyst:hunter22@127.0.0.1:1/talks?schema=talks';
    const [r, log] = [await s.stancelog('store', 'status', '--store', spec), await s.stancelog('log', '--store', spec)];
    expect([r.code, r.stderr]).toEqual([1, log.stderr]);
    expect(r.stderr).toMatch(/^stancelog: cannot open store postgres:\/\/analyst:\*\*\*@127\.0\.0\.1:1\/talks\?schema=talks: /);
  });

  it('prints what docs/cli.md shows, of a log whose reading commands saved their snapshots', async () => {
    // 1,200 statements (a snapshot is saved after 1,000 events replayed), each recorded a second after the last.
    const statements = Array.from({ length: 1_200 }, (_, i) => ({
      ...(i % 2 === 0 ? russiaDemandsLand : ukraineRefusesLand),
      issue: `issue-${i % 7}`,
      recordedAt: new Date(Date.UTC(2025, 4, 17, 9, 0, i)).toISOString(),
      source: { quote: `said ${i}` },
    }));
    expect((await s.stancelog('append', s.write('talks.jsonl', statements))).code).toBe(0);
    expect((await s.stancelog('contradictions')).code).toBe(0);
    const { sample, shown } = await docSample(s, '### `stancelog store status');
    // All of it as shown, but a snapshot's size, within 5%: the serializer of another Node release may write a few
    // bytes more or fewer, where a change of the state's encoding (a third of the size, stop 51) must be said in the docs.
    const bytes = (text: string) => text.replace(/^( {2}\S+ +\S+ +\S+ +)([\d,]+)( .*)$/gm, (_, a: string, _n: string, b: string) => `${a.trimEnd()} BYTES${b}`).replace(/ +/g, ' ');
    const sizes = (text: string) => [...text.matchAll(/^ {2}\S+ +\S+ +\S+ +([\d,]+) /gm)].map((m) => Number(m[1]!.replace(/,/g, '')));
    expect(bytes(shown)).toBe(bytes(sample));
    const [documented, measured] = [sizes(sample), sizes(shown)];
    expect(measured).toHaveLength(documented.length);
    measured.forEach((n, i) => expect(Math.abs(n - documented[i]!) / documented[i]!).toBeLessThan(0.05));
  });
});

const url = process.env['STANCELOG_PG_URL'];
const describeWithServer = url ? describe : describe.skip;

describeWithServer('stancelog store status on a PostgreSQL log', () => {
  const schema = `cli_status_${process.pid}_${Date.now()}`;
  const spec = `${url}${url?.includes('?') ? '&' : '?'}schema=${schema}`;
  const shown = spec.replace(/^(postgres:\/\/[^:]*:)[^@]*@/, '$1***@');
  let s: Sandbox;
  beforeEach(() => (s = sandbox()));
  afterEach(() => s.remove());
  afterAll(async () => {
    const opened = await openPostgresStore({ url: url!, schema });
    if (opened._tag === 'Right') {
      await opened.right.pool.query(`drop schema if exists "${schema}" cascade`);
      await opened.right.close();
    }
  });

  it("counts the events by type on the server, and names the schema's version and the snapshots table's rows, current or stale", async () => {
    expect((await s.stancelog('append', s.write('talks.jsonl', [russiaDemandsLand, ukraineRefusesLand, ukraine]), '--store', spec)).code).toBe(0);
    const logged = await s.json<Array<{ id: string; position: number; recordedAt: string }>>('log', '--store', spec);
    expect((await s.stancelog('withdraw', logged[0]!.id, '--reason', 'misattributed', '--store', spec)).code).toBe(0);
    const opened = await openPostgresStore({ url: url!, schema });
    if (opened._tag === 'Left') throw new Error(opened.left.message);
    try {
      await opened.right.snapshots.save({ reducer: registry().name, version: registry().version, position: 4, state: registry().initial() });
      await opened.right.snapshots.save({ reducer: analysis().name, version: 'an earlier one', position: 3, state: {} });
    } finally {
      await opened.right.close();
    }
    const last = (await s.json<Array<{ recordedAt: string }>>('log', '--store', spec))[3]!;
    const status = await s.json<Record<string, unknown>>('store', 'status', '--store', spec);
    expect(status).toEqual({
      store: shown,
      kind: 'postgres',
      schema,
      schemaVersion: { at: SCHEMA_VERSION, latest: SCHEMA_VERSION },
      events: 4,
      types: { statements: 2, registry: 1, withdrawals: 1, other: 0 },
      first: { position: 1, recordedAt: logged[0]!.recordedAt },
      last: { position: 4, recordedAt: last.recordedAt },
      snapshots: [
        { reducer: 'analysis', version: 'an earlier one', position: 3, state: 'stale', bytes: expect.any(Number) },
        { reducer: 'registry', version: registry().version, position: 4, state: 'current', bytes: expect.any(Number) },
      ],
    });
    const text = await s.stancelog('store', 'status', '--store', spec);
    expect(text.stdout.split('\n').slice(0, 2)).toEqual([`store ${shown}: a PostgreSQL log, schema ${schema} at version ${SCHEMA_VERSION}`, 'events: 4 (2 statements, 1 registry event, 1 withdrawal)']);
    expect(text.stdout).toContain(`snapshots (table ${schema}.snapshots):`);
    const password = decodeURIComponent(new URL(url!).password);
    if (password !== '') expect(text.stdout + text.stderr).not.toContain(password);
  });

  it('says when the schema is behind the version this stancelog migrates to, and what to run', async () => {
    // The schema of the test above, as an earlier release left it: its last migration not yet applied.
    const opened = await openPostgresStore({ url: url!, schema });
    if (opened._tag === 'Left') throw new Error(opened.left.message);
    try {
      await opened.right.pool.query(`delete from "${schema}".migrations where version = $1`, [SCHEMA_VERSION]);
    } finally {
      await opened.right.close();
    }
    const r = await s.stancelog('store', 'status', '--store', spec);
    expect(r.stdout.split('\n')[0]).toBe(`store ${shown}: a PostgreSQL log, schema ${schema} at version ${SCHEMA_VERSION - 1} (this stancelog migrates to ${SCHEMA_VERSION}: run stancelog store migrate)`);
    expect((await s.json<{ schemaVersion: unknown }>('store', 'status', '--store', spec)).schemaVersion).toEqual({ at: SCHEMA_VERSION - 1, latest: SCHEMA_VERSION });
  });

  it('refuses a schema that holds no log as every reading command does', async () => {
    const empty = `${url}${url?.includes('?') ? '&' : '?'}schema=cli_status_none_${process.pid}`;
    const [r, log] = [await s.stancelog('store', 'status', '--store', empty), await s.stancelog('log', '--store', empty)];
    expect([r.code, r.stderr]).toEqual([1, log.stderr]);
  });
});
