// The desk over HTTP, on real file logs in a scratch folder: what a client posts and reads, and what it is told when
// it asks wrong.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawn } from 'node:child_process';
import { Agent, request as httpRequest } from 'node:http';
import type { ChildProcess } from 'node:child_process';
import { lockStatus } from '@stancelog/store-file';
import { deskArguments } from '../src/arguments.js';
import { openDesk } from '../src/desk.js';
import type { Desk, DeskOptions } from '../src/desk.js';
import { demo, strike } from '../src/demo.js';

// `__dirname` is CommonJS only: the test's own path, as jest gives it.
const here = dirname(expect.getState().testPath!);

let dir: string;
const opened: Desk[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'live-desk-test-'));
});
afterEach(async () => {
  for (const desk of opened.splice(0)) await desk.close();
  await rm(dir, { recursive: true, force: true });
});

async function start(options: Partial<DeskOptions> = {}): Promise<Desk> {
  const r = await openDesk({ log: join(dir, 'strike.jsonl'), ...options });
  if (r._tag === 'Left') throw new Error(r.left.message);
  opened.push(r.right);
  return r.right;
}

async function call(desk: Desk, method: string, path: string, body?: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`${desk.url}${path}`, { method, ...(body === undefined ? {} : { body }) });
  return { status: response.status, body: await response.json() };
}
const post = (desk: Desk, statements: unknown) => call(desk, 'POST', '/statements', JSON.stringify(statements));

describe('posting statements', () => {
  it('appends them and answers once the projection holds them, so that a read right after sees them', async () => {
    const desk = await start();
    const r = await post(desk, strike.slice(0, 2));
    expect(r).toEqual({ status: 201, body: { appended: [expect.objectContaining({ position: 1 }), expect.objectContaining({ position: 2 })], duplicates: [], position: 2 } });
    const open = await call(desk, 'GET', '/contradictions?status=open');
    expect(open.body.map((c: { type: string }) => c.type)).toEqual(['incompatible']);
  });

  it('takes one statement as well as a list, and answers 200 with nothing appended for one the log holds', async () => {
    const desk = await start();
    expect((await post(desk, strike[0])).status).toBe(201);
    const again = await post(desk, strike[0]);
    expect(again).toEqual({ status: 200, body: { appended: [], duplicates: [expect.any(String)], position: 1 } });
  });

  it('appends none of a list when one statement is wrong, and names it and its field', async () => {
    const desk = await start();
    await post(desk, [strike[0]]);
    const log = await readFile(join(dir, 'strike.jsonl'), 'utf8');
    const r = await post(desk, [strike[1], { ...strike[2], stated_at: '2026-03-04' }]);
    expect(r.status).toBe(400);
    expect(r.body.error).toMatch(/^event 2 of the batch: data\.stated_at: /);
    expect(await readFile(join(dir, 'strike.jsonl'), 'utf8')).toBe(log);
    expect((await call(desk, 'GET', '/health')).body).toEqual({ position: 1 });
  });

  it('refuses an event posted in place of a statement (a registry event, or a log\'s line), saying what it is', async () => {
    const desk = await start();
    const registered = { type: 'actor-registered', data: { id: 'dockers-union', kind: 'organisation', name: 'Dockers Union' } };
    expect(await post(desk, [strike[0], registered])).toEqual({
      status: 400,
      body: { error: 'event 2 of the batch: an event (type "actor-registered"), not a statement: post the statement itself (its data: holder, issue, kind, polarity, source, ...); register actors and issues with stancelog append' },
    });
    expect(desk.live.position).toBe(0);
  });

  it('refuses a body that is not JSON, an empty one, an empty list, and a body over the limit (a list, or one statement)', async () => {
    const desk = await start({ maxBodyBytes: 2048 });
    expect(await call(desk, 'POST', '/statements', '{"holder": ')).toEqual({ status: 400, body: { error: expect.stringMatching(/^body: not JSON \(.*\): post a statement, or a list of them$/) } });
    expect(await post(desk, [])).toEqual({ status: 400, body: { error: 'body: an empty list: post a statement, or a list of them' } });
    const many = Array.from({ length: 20 }, (_, i) => ({ ...strike[0], statedAt: `2026-03-${String(i + 1).padStart(2, '0')}` }));
    const tooMany = { status: 413, body: { error: "body: more than 2048 bytes (the desk's maxBodyBytes): post fewer statements at a time, or shorten a statement that alone is longer" } };
    expect(await post(desk, many)).toEqual(tooMany);
    // One statement over the limit: the same answer, which says what to do with it too.
    expect(await post(desk, { ...strike[0], source: { quote: 'x'.repeat(4096) } })).toEqual(tooMany);
    expect(await call(desk, 'POST', '/statements', '')).toEqual({ status: 400, body: { error: 'body: empty: post a statement, or a list of them, as JSON' } });
    expect((await call(desk, 'GET', '/health')).body).toEqual({ position: 0 });
  });
  it('answers a post under way as it closes, and closes that connection with the answer, so that a client sends nothing more on it', async () => {
    const desk = await start();
    opened.splice(opened.indexOf(desk), 1);
    // A client that keeps its connections, as fetch does: without the word, it sent its next post on this one, which
    // the closed desk cut off (ECONNRESET: appended or not?), and close() waited until the connection idled out.
    const agent = new Agent({ keepAlive: true });
    const body = JSON.stringify(strike[0]);
    let closed: Promise<void> | undefined;
    const answered = await new Promise<{ status?: number; connection?: string; body: string }>((resolve, reject) => {
      const request = httpRequest(`${desk.url}/statements`, { method: 'POST', agent, headers: { 'content-length': Buffer.byteLength(body), expect: '100-continue' } }, (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode, connection: response.headers.connection, body: text }));
      });
      request.on('error', reject);
      // The desk has the request (it says to go on): the post is under way when it is told to close.
      request.on('continue', () => {
        closed = desk.close();
        request.end(body);
      });
    });
    expect([answered.status, answered.connection, JSON.parse(answered.body).position]).toEqual([201, 'close', 1]);
    agent.destroy();
    await closed;
  });
});

describe('reading', () => {
  it('filters positions by holder and issue, and contradictions by type, status, actor and issue', async () => {
    const desk = await start();
    await post(desk, strike);
    const positions = await call(desk, 'GET', '/positions?holder=dockers-union&issue=return-to-work');
    expect(positions.body.map((p: { holder: string; issue: string }) => `${p.holder} ${p.issue}`)).toEqual(['dockers-union return-to-work']);
    const cycles = await call(desk, 'GET', '/contradictions?type=circular-precondition&actor=port-authority&issue=pay-rise');
    expect(cycles.body.map((c: { type: string; status: string }) => `${c.type} ${c.status}`)).toEqual(['circular-precondition open']);
    const resolved = await call(desk, 'GET', '/contradictions?status=resolved');
    expect(resolved.body.map((c: { type: string }) => c.type)).toEqual(['incompatible']);
  });

  it('refuses a parameter the resource lacks, one given twice, an unknown type or status, and names them', async () => {
    const desk = await start();
    expect((await call(desk, 'GET', '/positions?holdr=x')).body.error).toBe('/positions: unknown query parameter "holdr" (the parameters are holder, issue)');
    expect((await call(desk, 'GET', '/health?verbose=1')).body.error).toBe('/health: unknown query parameter "verbose" (it takes none)');
    expect((await call(desk, 'GET', '/positions?holder=a&holder=b')).body.error).toBe('/positions: holder given twice');
    const type = await call(desk, 'GET', '/contradictions?type=incompatable');
    expect(type).toEqual({ status: 400, body: { error: 'type: "incompatable" is no contradiction type (the types are incompatible, circular-precondition, reversal, conflicting-reports, self-contradiction)' } });
    expect((await call(desk, 'GET', '/contradictions?status=closed')).body.error).toBe('status: "closed": expected open or resolved');
  });

  it('answers 404 for a path it lacks and 405 for a method a resource does not take', async () => {
    const desk = await start();
    expect(await call(desk, 'GET', '/stances')).toEqual({ status: 404, body: { error: '/stances: no such resource (the desk has /statements, /positions, /contradictions, /health)' } });
    expect(await call(desk, 'GET', '/statements')).toEqual({ status: 405, body: { error: 'GET /statements: post statements here (POST)' } });
    expect(await call(desk, 'POST', '/positions', '{}')).toEqual({ status: 405, body: { error: 'POST /positions: read it with GET' } });
  });
});

describe('one writer, readers that follow it', () => {
  it('lets a read-only desk follow the writer and refuses its posts', async () => {
    const writer = await start();
    const reader = await start({ readOnly: true });
    const r = await post(writer, strike);
    expect(await reader.live.reached(r.body.position)).toBe(true);
    expect((await call(reader, 'GET', '/contradictions?type=circular-precondition')).body).toHaveLength(1);
    const refused = await post(reader, strike[0]);
    expect(refused.status).toBe(405);
  });

  it('refuses a second writer on the log, naming it', async () => {
    await start();
    const second = await openDesk({ log: join(dir, 'strike.jsonl') });
    expect(second._tag === 'Left' && second.left._tag).toBe('StoreLocked');
    expect(second._tag === 'Left' && second.left.message).toContain('strike.jsonl');
  });

  it('gives the log back when the port cannot be taken, removes the log it created, and a desk on a free port opens it', async () => {
    const first = await start({ log: join(dir, 'other.jsonl') });
    const port = Number(new URL(first.url).port);
    const taken = await openDesk({ log: join(dir, 'strike.jsonl'), port });
    expect(taken._tag === 'Left' && taken.left).toEqual({ _tag: 'ListenFailed', message: expect.stringMatching(new RegExp(`^listen on 127\\.0\\.0\\.1:${port}: .*EADDRINUSE`)) });
    // The log it created as it opened is gone again: a desk that did not start leaves no empty log behind.
    expect(existsSync(join(dir, 'strike.jsonl'))).toBe(false);
    await start();
  });

  it('throws a RangeError naming a port out of range before it opens the log, which a desk opens next', async () => {
    await expect(openDesk({ log: join(dir, 'strike.jsonl'), port: 99999 })).rejects.toThrow(new RangeError('openDesk: port: expected a whole number from 0 to 65535, got 99999'));
    await start();
  });

  it('says on /health, and to onError, that a reader stopped following, once its log is moved away', async () => {
    const writer = await start();
    await post(writer, strike[0]);
    const told: unknown[] = [];
    let stopped!: () => void;
    const noticed = new Promise<void>((resolve) => (stopped = resolve));
    const reader = await start({ readOnly: true, onError: (error) => {
      told.push(error);
      stopped();
    } });
    await rename(join(dir, 'strike.jsonl'), join(dir, 'moved.jsonl'));
    // The writer refuses to append to a file no reader of the path would see; the reader notices at its next poll,
    // which is waited for as what it is, the reader's onError, however long a loaded machine takes to get there.
    expect(await post(writer, strike[1])).toEqual({ status: 503, body: { error: expect.stringContaining('strike.jsonl') } });
    await noticed;
    expect(await call(reader, 'GET', '/health')).toEqual({ status: 503, body: { position: 1, error: expect.stringMatching(/^the desk stopped following its log: .*strike\.jsonl/) } });
    expect(told).toEqual([reader.live.error]);
  });
});

// main.ts as `pnpm --filter @stancelog/example-live-desk start ...` runs it: the start script's command, in the example's
// folder, with the directory the command was typed in as INIT_CWD. `onListening` is called once it says it listens
// (default: stop it, SIGTERM); its pid, what it printed, and its code.
function runMain(args: ReadonlyArray<string>, initCwd: string, onListening = (child: ChildProcess) => void child.kill('SIGTERM')): Promise<{ pid: number | undefined; code: number | null; stdout: string; stderr: string }> {
  const start = (JSON.parse(readFileSync(join(here, '..', 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start.split(' ');
  const command = start[0] === 'node' ? process.execPath : join(here, '..', '..', '..', 'node_modules', '.bin', start[0]!);
  const child = spawn(command, [...start.slice(1), ...args], { cwd: join(here, '..'), env: { ...process.env, INIT_CWD: initCwd } });
  let stdout = '';
  let stderr = '';
  let failed: unknown;
  child.stdout.on('data', (chunk: Buffer) => {
    const before = stdout;
    stdout += chunk.toString();
    if (!stdout.includes('listening on') || before.includes('listening on')) return;
    try {
      onListening(child);
    } catch (e) {
      // A spec's own mistake: the desk is ended rather than left to run past the spec's timeout.
      failed = e;
      child.kill('SIGKILL');
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => child.on('close', (code) => (failed === undefined ? resolve({ pid: child.pid, code, stdout, stderr }) : reject(failed))));
}

describe('the command line (main.ts)', () => {
  it('reads LOG against the directory the command was typed in, PORT from 0 to 65535, and --read-only', () => {
    expect(deskArguments(['strike.jsonl', '8080'], '/home/desk')).toEqual({ _tag: 'Right', right: { log: '/home/desk/strike.jsonl', port: 8080, readOnly: false } });
    expect(deskArguments(['/var/log/strike.jsonl', '8081', '--read-only'], '/home/desk')).toEqual({ _tag: 'Right', right: { log: '/var/log/strike.jsonl', port: 8081, readOnly: true } });
    expect(deskArguments([], '/home/desk')).toEqual({ _tag: 'Right', right: { log: '/home/desk/desk.jsonl', port: 8080, readOnly: false } });
  });

  it('refuses an option it lacks, an argument too many and a port out of range, naming each', () => {
    expect(deskArguments(['strike.jsonl', '8080', '--readonly'], '/d')).toEqual({ _tag: 'Left', left: '"--readonly": no such option (the one option is --read-only); usage: start [LOG] [PORT] [--read-only]' });
    expect(deskArguments(['strike.jsonl', '8080', 'extra'], '/d')).toEqual({ _tag: 'Left', left: '"extra": one argument too many (LOG, then PORT); usage: start [LOG] [PORT] [--read-only]' });
    expect(deskArguments(['strike.jsonl', '99999'], '/d')).toEqual({ _tag: 'Left', left: 'PORT: expected a port number from 0 to 65535, got "99999"' });
  });

  it('writes the log in the directory the command was typed in, and says a wrong argument with code 2', async () => {
    const run = await runMain(['strike.jsonl', '0'], dir);
    expect(run.stdout).toMatch(new RegExp(`^live-desk: writing ${join(dir, 'strike.jsonl').replace(/[.]/g, '\\.')} at position 0, listening on http://127\\.0\\.0\\.1:\\d+\\n`));
    expect(run.code).toBe(0);
    const typo = await runMain(['strike.jsonl', '0', '--readonly'], dir);
    expect([typo.code, typo.stderr]).toEqual([2, 'live-desk: "--readonly": no such option (the one option is --read-only); usage: start [LOG] [PORT] [--read-only]\n']);
    const port = await runMain(['strike.jsonl', '99999'], dir);
    expect([port.code, port.stderr]).toEqual([2, 'live-desk: PORT: expected a port number from 0 to 65535, got "99999"\n']);
  }, 30_000);

  it('is the process the start script starts, so that a stop sent to it, even while it is busy, closes it and lets go of the lock', async () => {
    // A runner in between (tsx's command relays a signal, and kills with SIGKILL a child that has not answered within
    // 60 ms) would end a desk busy with a projection or an append without closing it: exit 143, the lock left behind.
    let holder: number | undefined;
    const run = await runMain(['strike.jsonl', '0'], dir, (child) => {
      const lock = lockStatus(join(dir, 'strike.jsonl'));
      holder = lock.state === 'held' ? lock.pid : undefined;
      // Busy: not running at all when the stop comes, which it handles once it runs again.
      child.kill('SIGSTOP');
      child.kill('SIGTERM');
      child.kill('SIGCONT');
    });
    expect(holder).toBe(run.pid);
    expect([run.code, run.stdout.trimEnd().split('\n').at(-1), run.stderr]).toEqual([0, 'live-desk: stopped at position 0', '']);
    expect(lockStatus(join(dir, 'strike.jsonl'))).toEqual({ state: 'free' });
  }, 30_000);

  it('tells a second writer to start with --read-only, in the words of the command line', async () => {
    await start();
    const second = await runMain(['strike.jsonl', '0'], dir);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/^live-desk: .*strike\.jsonl is locked for writing by pid \d+/);
    expect(second.stderr.trimEnd().split('\n').at(-1)).toBe(`live-desk: another process writes ${join(dir, 'strike.jsonl')}: start this desk with --read-only to follow it and answer reads`);
  }, 30_000);
});

describe('the example run', () => {
  it('prints exactly the output the README shows', async () => {
    const lines = await demo();
    const readmePath = join(here, '..', 'README.md');
    expect(existsSync(readmePath)).toBe(true);
    const shown = /It prints:\n\n```\n([\s\S]*?)\n```/.exec(readFileSync(readmePath, 'utf8'))?.[1];
    expect(shown?.split('\n')).toEqual(lines);
  });
});
