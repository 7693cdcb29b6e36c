// The CLI against PostgreSQL, when the repository's server runs
// (`scripts/postgres.sh start` exports its URL as STANCELOG_PG_URL).
import { openPostgresStore } from '@stancelog/store-postgres';
import { russiaDemandsLand, sandbox, ukraineRefusesLand } from './harness.js';

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

describeWithServer('stancelog with --store postgres://', () => {
  const { spec } = scratchSchema('cli_test');
  const { spec: copySpec } = scratchSchema('cli_copy');

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
