// The CLI against PostgreSQL, when the repository's server runs
// (`scripts/postgres.sh start` exports its URL as STANCELOG_PG_URL).
import { analysis, eventId } from '@stancelog/core';
import type { Event } from '@stancelog/core';
import { run } from '@stancelog/cli';
import { openPostgresStore } from '@stancelog/store-postgres';
import { russiaDemandsLand, sandbox, ukraineRefusesLand } from './harness.js';
import type { Sandbox } from './harness.js';

const url = process.env['STANCELOG_PG_URL'];
const describeWithServer = url ? describe : describe.skip;

// A schema of its own for each suite, dropped afterwards; returns the --store spec naming it.
function scratchSchema(prefix: string): { schema: string; spec: string } {
  const schema = `${prefix}_${process.pid}_${Date.now()}`;
  afterAll(async () => {
    const opened = await openPostgresStore({ url: url!, schema });
    if (opened._tag === 'Right') {
      await opened.right.pool.query(`drop schema if exists "${schema}" cascade`);
      await opened.right.close();
    }
  });
  return { schema, spec: `${url}${url?.includes('?') ? '&' : '?'}schema=${schema}` };
}

/**
 * `stancelog contradictions --watch --store SPEC` run in-process in `box`
 * on a log that holds Russia's demand, once it listens; `stop()` ends it as
 * Ctrl-C does, `waitFor` polls a condition for up to 20 s (naming it and
 * the watch's stderr if it never holds), and `admin` is the test's own
 * connection to the schema (closed by `end()`, with the watch and the box).
 */
async function watchingOn(box: Sandbox, spec: string, schema: string) {
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const out = { stdout: '', stderr: '' };
  const waitFor = async (what: string, condition: () => boolean | Promise<boolean>): Promise<void> => {
    const deadline = Date.now() + 20_000;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}; stderr: ${out.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  box.write('russia.jsonl', [russiaDemandsLand]);
  expect((await box.stancelog('append', 'russia.jsonl', '--store', spec)).code).toBe(0);
  const admin = await openPostgresStore({ url: url!, schema });
  if (admin._tag === 'Left') throw new Error(admin.left.message);
  const code = run(['contradictions', '--watch', '--store', spec], {
    stdout: { write: (text: string) => (out.stdout += text) },
    stderr: { write: (text: string) => (out.stderr += text) },
    cwd: box.dir,
    env: {},
    interrupted: () => stopped,
  });
  // Its listening connection, idle between notifications.
  const listening = [`listen "stancelog_${schema}"`];
  await waitFor('the watch listens', async () => (await admin.right.pool.query('select 1 from pg_stat_activity where query = $1 and state = $2', [...listening, 'idle'])).rowCount !== 0);
  const end = async (): Promise<void> => {
    stop();
    await admin.right.close();
    box.remove();
  };
  return { out, waitFor, code, stop: () => stop(), admin: admin.right, listening, end };
}

describeWithServer('stancelog with --store postgres://', () => {
  const { spec } = scratchSchema('cli_test');
  const { spec: copySpec } = scratchSchema('cli_copy');
  const watchSchema = scratchSchema('cli_watch');
  const replacedSchema = scratchSchema('pgid_cli_replaced');
  const snapshotSchema = scratchSchema('cli_snapshots');
  const { spec: upcastSpec } = scratchSchema('cli_upcast');
  // Never migrated: no log in it.
  const empty = scratchSchema('cli_nolog');
  const { spec: withdrawSpec } = scratchSchema('cli_withdraw');
  const { spec: overlapSpec } = scratchSchema('cli_overlap');

  it('appends to the schema the URL names, and reads positions and contradictions back', async () => {
    const box = sandbox();
    try {
      box.write('talks.jsonl', [russiaDemandsLand, ukraineRefusesLand]);
      const appended = await box.stancelog('append', 'talks.jsonl', '--store', spec);
      expect(appended.stderr).toBe('');
      expect(appended.code).toBe(0);
      expect(appended.stdout).not.toContain('stancelog-local');
      const again = await box.json<{ appended: number; duplicates: number }>('append', 'talks.jsonl', '--store', spec);
      expect(again).toMatchObject({ appended: 0, duplicates: 2 });
      const positions = await box.json<Array<{ holder: string }>>('positions', '--store', spec);
      expect(positions.map((p) => p.holder)).toEqual(['russia', 'ukraine']);
      const contradictions = await box.json<Array<{ type: string }>>('contradictions', '--store', spec);
      expect(contradictions.map((c) => c.type)).toEqual(['incompatible']);
    } finally {
      box.remove();
    }
  });

  it("starts positions and timeline from the schema's snapshots table, and not with --no-snapshots", async () => {
    const box = sandbox();
    const { schema, spec: snapshotSpec } = snapshotSchema;
    try {
      const said = (n: number, holder: string) =>
        Array.from({ length: n }, (_, i) => ({ holder, issue: `issue-${i % 5}`, kind: 'demand', polarity: '+', statedAt: '2025-05-16', source: { quote: `${holder} ${i}` } }));
      box.write('many.jsonl', said(1_000, 'russia'));
      expect((await box.stancelog('append', 'many.jsonl', '--store', snapshotSpec)).code).toBe(0);
      const first = await box.stancelog('positions', '--store', snapshotSpec);
      expect([first.code, first.stderr]).toEqual([0, '']);
      const opened = await openPostgresStore({ url: url!, schema });
      if (opened._tag === 'Left') throw new Error(opened.left.message);
      try {
        const saved = await opened.right.snapshots.load('analysis', analysis().version);
        const atThousand = await opened.right.pool.query<{ id: string }>(`select id from "${schema}".events where position = 1000`);
        expect(saved && [saved.position, saved.eventId]).toEqual([1_000, atThousand.rows[0]?.id]);
        // An empty analysis in its place: what positions shows is the snapshot's, and the tail's.
        await opened.right.snapshots.save({ ...saved!, state: analysis().initial() });
      } finally {
        await opened.right.close();
      }
      box.write('late.jsonl', said(1, 'ukraine'));
      expect((await box.stancelog('append', 'late.jsonl', '--store', snapshotSpec)).code).toBe(0);
      expect((await box.json<Array<{ holder: string }>>('positions', '--store', snapshotSpec)).map((p) => p.holder)).toEqual(['ukraine']);
      expect((await box.json<Array<{ holder: string }>>('positions', '--no-snapshots', '--store', snapshotSpec)).map((p) => p.holder)).toContain('russia');
      // timeline too, though it reads every event for their quotes.
      expect((await box.json<Array<{ holder: string }>>('timeline', '--store', snapshotSpec)).map((p) => p.holder)).toEqual(['ukraine']);
      expect((await box.json<Array<{ holder: string }>>('timeline', '--no-snapshots', '--store', snapshotSpec)).map((p) => p.holder)).toContain('russia');
    } finally {
      box.remove();
    }
  });

  it('copies a file log into PostgreSQL and back, ids, recording times and withdrawals kept, without printing the password', async () => {
    const box = sandbox();
    try {
      box.write('talks.jsonl', [russiaDemandsLand, ukraineRefusesLand]);
      await box.stancelog('append', 'talks.jsonl');
      await box.stancelog('withdraw', '1', '--reason', 'misattributed');
      const up = await box.stancelog('copy', '--to', copySpec);
      expect([up.code, up.stderr]).toEqual([0, '']);
      expect(up.stdout).toMatch(/^copied stancelog.jsonl to postgres:\/\/[^ ]*\*\*\*[^ ]*: 3 events read, 3 appended; /);
      const down = await box.json<{ appended: number }>('copy', '--store', copySpec, '--to', 'back.jsonl');
      expect(down.appended).toBe(3);
      const strip = (events: Array<Record<string, unknown>>) => events.map(({ position: _p, ...rest }) => rest);
      expect(strip(await box.json('log', '--store', 'back.jsonl'))).toEqual(strip(await box.json('log')));
      expect((await box.json<Array<{ holder: string }>>('positions', '--store', copySpec)).map((p) => p.holder)).toEqual(['ukraine']);
    } finally {
      box.remove();
    }
  });

  it('copies a file log holding an older schema\'s event into PostgreSQL and reads it there through $STANCELOG_UPCASTERS (a leftover of stop 47)', async () => {
    const box = sandbox({ STANCELOG_UPCASTERS: 'upcasters.mjs' });
    try {
      // alias-added as a release whose version 0 said `name` wrote it, under the id of its data as written.
      const data = { actor: 'ukraine', name: 'Kyiv' };
      box.write('old.jsonl', [{ id: eventId({ type: 'alias-added', data } as unknown as Event), position: 1, recordedAt: '2025-01-01T00:00:00.000Z', schema: 0, tags: ['actor:ukraine'], type: 'alias-added', data }]);
      box.write('upcasters.mjs', ["export default [{ type: 'alias-added', from: 0, up: (d) => ({ actor: d.actor, alias: d.name }) }]"]);
      const copied = await box.stancelog('copy', '--store', 'old.jsonl', '--to', upcastSpec);
      expect([copied.code, copied.stderr]).toEqual([0, '']);
      expect((await box.json<Array<{ data: unknown }>>('log', '--store', upcastSpec)).map((e) => e.data)).toEqual([{ actor: 'ukraine', alias: 'Kyiv' }]);
      // Without the module, the row is refused as what it is, an event of an older schema, and the command says where the upcaster goes.
      const bare = sandbox();
      try {
        const refused = await bare.stancelog('log', '--store', upcastSpec);
        expect(refused.code).toBe(1);
        expect(refused.stderr).toContain(
          'position 1: written by an older schema (alias-added version 0; this release reads version 1): open the store with an upcaster for alias-added 0→1 (in a JavaScript module that STANCELOG_UPCASTERS names, its default export an array of upcasters { type, from, up }); the row is not damaged, and the table is left as it is',
        );
      } finally {
        bare.remove();
      }
    } finally {
      box.remove();
    }
  });

  it('watches contradictions on PostgreSQL, saying when the server is lost and back, and catching up after', async () => {
    const { spec: watchSpec, schema } = watchSchema;
    const box = sandbox();
    const { out, waitFor, code, stop, admin, listening, end } = await watchingOn(box, watchSpec, schema);
    try {
      // The test's own connection ends the watch's listening one, as a server restart would.
      await admin.pool.query('select pg_terminate_backend(pid) from pg_stat_activity where query = $1', listening);
      box.write('kyiv.jsonl', [ukraineRefusesLand]);
      expect((await box.stancelog('append', 'kyiv.jsonl', '--store', watchSpec)).code).toBe(0);
      await waitFor('the clash is printed', () => out.stdout.includes('opened'));
      await waitFor('the server is back', () => out.stderr.includes('the server is back'));
      const lines = out.stderr.split('\n');
      expect(lines.find((l) => l.includes('lost the server'))).toMatch(/^stancelog: warning: store postgres:\/\/[^ ]*\*\*\*[^ ]*: lost the server \(.+\); waiting for it, nothing appended meanwhile is lost$/);
      expect(out.stderr).not.toContain(new URL(url!).password || 'no password');
      stop();
      expect(await code).toBe(0);
    } finally {
      await end();
    }
  });

  it('stops a watch with exit 1, saying so, when the schema is dropped and created again and a writer appends positions it had read, naming the log once', async () => {
    const { spec: watchSpec, schema } = replacedSchema;
    const box = sandbox();
    const { out, code, admin, end } = await watchingOn(box, watchSpec, schema);
    try {
      await admin.pool.query(`drop schema "${schema}" cascade`);
      // Another log in its place: `stancelog append` creates the schema again, and appends at position 1, which the watch had read.
      box.write('kyiv.jsonl', [ukraineRefusesLand]);
      expect((await box.stancelog('append', 'kyiv.jsonl', '--store', watchSpec)).code).toBe(0);
      expect(await code).toBe(1);
      const error = out.stderr.split('\n').find((l) => l.includes('following stopped'));
      expect(error).toMatch(
        new RegExp(
          `^stancelog: following stopped: the log at postgres://[^ ]+ schema ${schema} (was replaced \\(its identity changed\\) since this command opened it: run the command again|is gone \\(its schema or its tables were dropped\\) since this command opened it: run the command again once it is back)$`,
        ),
      );
      expect(out.stdout).not.toContain('opened');
    } finally {
      await end();
    }
  });

  it('names a schema that holds no log once, by the URL as typed, its password masked (a leftover of stop 49)', async () => {
    const box = sandbox();
    try {
      const r = await box.stancelog('log', '--store', empty.spec);
      expect(r.code).toBe(1);
      // The store's message opens with the URL it opened (without the password and the ?schema=): the command's stands there, once.
      const named = empty.spec.replace(/^(postgres:\/\/[^:/@?#]*:)[^@]*@/, '$1***@');
      expect(r.stderr).toBe(
        `stancelog: store ${named} holds no stancelog log in schema ${empty.schema}: run \`stancelog store migrate --store '<url>?schema=${empty.schema}'\` (or run a writing command such as stancelog append, which creates it)\n`,
      );
    } finally {
      box.remove();
    }
  });

  it('withdraws and corrects on a PostgreSQL log, and refuses a schema that holds no log in a reader\'s words, creating none (a finding of stop 54)', async () => {
    const box = sandbox();
    try {
      const noLog = await box.stancelog('log', '--store', empty.spec);
      expect(noLog.code).toBe(1);
      // Opened once as a writer, a schema holding no log would be migrated: a new, empty log under a misspelt name.
      for (const argv of [
        ['withdraw', '1', '--reason', 'misattributed'],
        ['correct', '1', '--set', 'statedAt=2025-05-15', '--reason', 'said the day before'],
      ]) {
        expect(await box.stancelog(...argv, '--store', empty.spec)).toEqual({ code: 1, stdout: '', stderr: noLog.stderr });
      }
      expect(await box.stancelog('log', '--store', empty.spec)).toEqual(noLog);
      box.write('talks.jsonl', [russiaDemandsLand, ukraineRefusesLand]);
      expect((await box.stancelog('append', 'talks.jsonl', '--store', withdrawSpec)).code).toBe(0);
      const withdrawn = await box.stancelog('withdraw', '2', '--reason', 'misattributed', '--store', withdrawSpec);
      expect([withdrawn.code, withdrawn.stderr]).toEqual([0, '']);
      const corrected = await box.stancelog('correct', '1', '--set', 'statedAt=2025-05-15', '--reason', 'said the day before', '--store', withdrawSpec);
      expect([corrected.code, corrected.stderr]).toEqual([0, '']);
      expect((await box.json<Array<{ type: string }>>('log', '--store', withdrawSpec)).map((e) => e.type)).toEqual(['statement-made', 'statement-made', 'event-withdrawn', 'event-withdrawn', 'statement-made']);
    } finally {
      box.remove();
    }
  });

  it('appends the batch of one of two withdraws of overlapping events with one reason run at once, and none of the other’s, on a log no lock keeps them apart on (a leftover of stop 54)', async () => {
    const box = sandbox();
    try {
      box.write('talks.jsonl', [russiaDemandsLand, ukraineRefusesLand, { ...ukraineRefusesLand, statedAt: '2025-05-18' }]);
      expect((await box.stancelog('append', 'talks.jsonl', '--store', overlapSpec)).code).toBe(0);
      for (let round = 0; round < 5; round++) {
        const reason = `entered twice, round ${round}`;
        const before = (await box.json<unknown[]>('log', '--store', overlapSpec)).length;
        const runs = await Promise.all([box.stancelog('withdraw', '1', '2', '--reason', reason, '--store', overlapSpec), box.stancelog('withdraw', '2', '3', '--reason', reason, '--store', overlapSpec)]);
        const log = await box.json<Array<{ type: string; position: number; data: { event?: string; reason?: string } }>>('log', '--store', overlapSpec);
        const appended = log.slice(before);
        // One withdraw appended its two withdrawals whole; the other nothing, and said which was withdrawn meanwhile (or, reading after the first, that it is).
        expect(runs.map((r) => r.code).sort()).toEqual([0, 1]);
        expect(appended.map((e) => e.type)).toEqual(['event-withdrawn', 'event-withdrawn']);
        const refused = runs.find((r) => r.code === 1)!;
        expect(refused.stdout).toBe('');
        expect(refused.stderr).toMatch(/^stancelog: (store \S+: #2 was withdrawn by another command since it was read \(for this very reason\): nothing appended, not even the withdrawal of #[13];|#2 is already withdrawn)/);
        // Given back for the next round: both withdrawals withdrawn.
        expect((await box.stancelog('withdraw', ...appended.map((e) => `#${e.position}`), '--reason', `round ${round} undone`, '--store', overlapSpec)).code).toBe(0);
      }
    } finally {
      box.remove();
    }
  });

  it('fails with one line, without the password, when the server cannot be reached', async () => {
    const box = sandbox();
    try {
      const r = await box.stancelog('log', '--store', 'postgres://someone:hunter2@127.0.0.1:1/nowhere');
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toContain('hunter2');
    } finally {
      box.remove();
    }
  });
});

describeWithServer('stancelog store migrate', () => {
  const { schema, spec } = scratchSchema('cli_migrate');

  it('creates the schema, then finds nothing to do the second time', async () => {
    const box = sandbox();
    try {
      const first = await box.json<{ from: number; to: number; applied: unknown[] }>('store', 'migrate', '--store', spec);
      expect(first.from).toBe(0);
      expect(first.applied.length).toBeGreaterThan(0);
      const second = await box.stancelog('store', 'migrate', '--store', spec);
      expect(second.code).toBe(0);
      expect(second.stdout).toBe(`schema ${schema} is at version ${first.to}: nothing to migrate\n`);
    } finally {
      box.remove();
    }
  });
});

describe('stancelog store migrate on a file store', () => {
  it('says a file store needs no migration', async () => {
    const box = sandbox();
    try {
      const r = await box.stancelog('store', 'migrate', '--store', 'talks.jsonl');
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('stancelog: store talks.jsonl: only a PostgreSQL store (postgres://...) has a schema to migrate; a file store needs none\n');
    } finally {
      box.remove();
    }
  });
});

describe('a PostgreSQL URL in messages (no server needed)', () => {
  // Port 1 refuses at once; the messages name the store without its password, however it is typed.
  it.each([
    ['a password with an @ not percent-encoded', 'postgres://ana:wr@ngpass@127.0.0.1:1/talks', ['ngpass', 'wr@']],
    ['a password with @, : and / not percent-encoded', 'postgres://ana:qu@rt:z/yx@127.0.0.1:1/talks', ['rt:z', 'z/yx', 'qu@rt']],
    ['a password without a user name', 'postgres://:hunter2@127.0.0.1:1/talks', ['hunter2']],
  ])('never prints %s', async (_what, store, secrets) => {
    const box = sandbox();
    try {
      for (const argv of [['positions'], ['append', box.write('talks.jsonl', [russiaDemandsLand])], ['store', 'migrate']]) {
        const r = await box.stancelog(...argv, '--store', store);
        expect(r.code).toBe(1);
        // Named once: in place of the URL the store's message names (cannot open store ...: why), or before a message naming none.
        expect(r.stderr).toMatch(/^stancelog: ((cannot open|migrate: cannot connect to) )?store postgres:\/\/[^ ]*\*\*\*@127\.0\.0\.1:1\/talks: /);
        for (const secret of secrets) expect(r.stderr + r.stdout).not.toContain(secret);
      }
    } finally {
      box.remove();
    }
  });

  it('never prints the password of a log copied to itself', async () => {
    const box = sandbox();
    try {
      const store = 'postgres://ana:hunter2@127.0.0.1:1/talks?schema=talks';
      const r = await box.stancelog('copy', '--store', store, '--to', store);
      expect([r.code, r.stderr]).toEqual([1, 'stancelog: --to postgres://ana:***@127.0.0.1:1/talks?schema=talks: the log itself; name another store to copy it to\n']);
    } finally {
      box.remove();
    }
  });
});
