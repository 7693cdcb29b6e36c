// scripts/with-postgres.sh, on a cluster of its own (never the one the
// other tests use): runs at once share the cluster, and the last to end
// stops it, if a run started it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const scripts = resolve(__dirname, '..', '..', 'scripts');
const skip = process.env['STANCELOG_PG_SKIP'] === '1';

const freePort = (): Promise<number> =>
  new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? done(address.port) : fail(new Error('no port'))));
    });
  });

(skip ? describe.skip : describe)('scripts/with-postgres.sh', () => {
  let env: NodeJS.ProcessEnv;
  let sync: string;
  const postgres = (command: string): number => spawnSync('bash', [join(scripts, 'postgres.sh'), command], { env, stdio: 'ignore' }).status ?? -1;
  const running = (): boolean => postgres('status') === 0;
  /** A run of `script` (bash, with SYNC the test's folder of flag files) under with-postgres.sh, in a process group of its own. */
  const run = (script: string): { pid: number; done: Promise<number | null> } => {
    const child = spawn('bash', [join(scripts, 'with-postgres.sh'), 'bash', '-c', `cd "$SYNC"; ${script}`], { env: { ...env, SYNC: sync }, detached: true, stdio: 'ignore' });
    return { pid: child.pid!, done: new Promise((done) => child.on('exit', (code) => done(code))) };
  };
  const appears = async (name: string): Promise<void> => {
    for (let waited = 0; !existsSync(join(sync, name)); waited += 50) {
      if (waited > 60_000) throw new Error(`${name} never appeared`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  beforeAll(async () => {
    env = { ...process.env, STANCELOG_PG_DIR: mkdtempSync(join(tmpdir(), 'with-postgres-')), STANCELOG_PG_PORT: String(await freePort()) };
    delete env['STANCELOG_PG_URL'];
  });
  beforeEach(() => {
    sync = mkdtempSync(join(tmpdir(), 'with-postgres-sync-'));
  });
  afterAll(() => {
    postgres('stop');
    rmSync(env['STANCELOG_PG_DIR']!, { recursive: true, force: true });
  });

  it('keeps the cluster a run started while another run uses it, and the last run to end stops it', async () => {
    expect(running()).toBe(false);
    const first = run('touch first-up; until [ -e second-up ]; do sleep 0.05; done');
    await appears('first-up');
    // The second finds the cluster running, and checks it still runs once the first has ended.
    const second = run(`test -n "$STANCELOG_PG_URL"; touch second-up; until [ -e first-gone ]; do sleep 0.05; done; bash ${join(scripts, 'postgres.sh')} status`);
    expect(await first.done).toBe(0);
    await new Promise((r) => setTimeout(r, 200));
    expect(running()).toBe(true);
    spawnSync('touch', [join(sync, 'first-gone')]);
    expect(await second.done).toBe(0);
    expect(running()).toBe(false);
  }, 120_000);

  it('leaves a cluster started by hand running, and passes on the status of its command', async () => {
    expect(postgres('start')).toBe(0);
    expect(await run('exit 3').done).toBe(3);
    expect(running()).toBe(true);
    expect(postgres('stop')).toBe(0);
  }, 120_000);

  it('has the cluster a run started and that was killed (SIGKILL) stopped by the next run to end', async () => {
    const killed = run('touch up; sleep 60');
    await appears('up');
    process.kill(-killed.pid, 'SIGKILL');
    await killed.done;
    expect(running()).toBe(true);
    expect(await run('true').done).toBe(0);
    expect(running()).toBe(false);
  }, 120_000);
});
