// What `--rules` does to the process of the `stancelog` executable: its exit, its streams, Ctrl-C. Run from the
// sources as bin/stancelog.js runs the build (test/fixtures/stancelog-process.ts), in a process of its own.
import { spawn } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sandbox } from './harness.js';
import type { Sandbox } from './harness.js';

const root = resolve(__dirname, '..', '..', '..');
const script = resolve(__dirname, 'fixtures', 'stancelog-process.ts');

interface Exited {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `stancelog ARGS` in a process of its own (tsx finds the workspace's packages from the root's tsconfig,
 * hence the root as working directory: paths are given absolute). `during` is called with the child once it
 * has written `ready` to stderr. Killed after `timeout` ms, which then fails the test.
 */
function stancelog(args: string[], options: { readyOn?: string; during?: (kill: (signal: NodeJS.Signals) => void) => void; timeout?: number } = {}): Promise<Exited> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let told = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`stancelog ${args.join(' ')} still ran after ${options.timeout ?? 20_000} ms; stderr: ${stderr}`));
    }, options.timeout ?? 20_000);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (!told && options.readyOn !== undefined && stderr.includes(options.readyOn)) {
        told = true;
        options.during?.((signal) => child.kill(signal));
      }
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr });
    });
  });
}

const statement = (holder: string, issue: string, kind: string, polarity: string, statedAt: string) => ({ holder, issue, kind, polarity, statedAt, source: { quote: `${holder} on ${issue}` } });

describe('the stancelog process, with rules of your own', () => {
  let s: Sandbox;
  const file = (name: string) => join(s.dir, name);
  beforeAll(async () => {
    s = sandbox();
    s.write('talks.jsonl', [
      statement('russia', 'ceasefire', 'reject', '-', '2025-05-10'),
      statement('ukraine', 'ceasefire', 'demand', '+', '2025-05-11'),
      statement('russia', 'sanctions', 'threat', '+', '2025-05-12'),
    ]);
    const r = await s.stancelog('append', 'talks.jsonl');
    if (r.code !== 0) throw new Error(r.stderr);
  });
  afterAll(() => s.remove());

  it('exits once the command is done and its output written, though a rule module left a timer running', async () => {
    writeFileSync(file('timer.mjs'), "setInterval(() => {}, 1000)\nexport default { type: 'ticking', version: '1', initial: () => ({}), onStatement() {} }\n");
    const expected = (await s.stancelog('contradictions', '--json')).stdout;
    const r = await stancelog(['contradictions', '--json', '--store', file('stancelog.jsonl'), '--rules', file('timer.mjs')]);
    expect([r.code, r.stderr, r.stdout]).toEqual([0, '', expected]);
  });

  it('says which module has a top-level await that never settles, rather than exit 13 in silence', async () => {
    writeFileSync(file('waits.mjs'), "await new Promise(() => {})\nexport default { type: 'waiting', version: '1', initial: () => ({}), onStatement() {} }\n");
    const r = await stancelog(['contradictions', '--store', file('stancelog.jsonl'), '--rules', file('waits.mjs')]);
    expect([r.code, r.stdout, r.stderr]).toEqual([1, '', `stancelog: --rules ${file('waits.mjs')}: its top-level await never settled (it waits for something nothing will do)\n`]);
  });

  it("sends what a rule prints (console.log, process.stdout) to stderr: stdout holds the command's output alone", async () => {
    writeFileSync(
      file('noisy.mjs'),
      "console.log('loading the noisy rule')\n" +
        "export default { type: 'noisy', version: '1', initial: () => ({}), onStatement(ctx, s, e) { console.info('saw', e.kind) }, onSettle() { process.stdout.write('settled\\n') } }\n",
    );
    const expected = (await s.stancelog('contradictions', '--json')).stdout;
    const r = await stancelog(['contradictions', '--json', '--no-snapshots', '--store', file('stancelog.jsonl'), '--rules', file('noisy.mjs')]);
    expect([r.code, r.stdout]).toEqual([0, expected]);
    expect(r.stderr.split('\n').slice(0, 3)).toEqual(['loading the noisy rule', 'saw reject', 'saw demand']);
    expect(r.stderr).toContain('settled\n');
  });

  it('ends contradictions --watch on Ctrl-C while a slow rule first reads the log (130, as any other command), and on Ctrl-C once it watches (0)', async () => {
    writeFileSync(
      file('slow.mjs'),
      // Busy for good from its first statement: only the signal can end the command, so how it ends says whether the signal did.
      "export default { type: 'slow', version: '1', initial: () => ({}), onStatement() { process.stderr.write('replaying\\n'); for (;;); } }\n",
    );
    const during = await stancelog(['contradictions', '--watch', '--no-snapshots', '--store', file('stancelog.jsonl'), '--rules', file('slow.mjs')], {
      readyOn: 'replaying',
      during: (kill) => kill('SIGINT'),
    });
    // Ended by the signal (the shell's 130) while the rule was still at its first statement: it never returned, and the
    // command neither read on nor printed anything (a command that waited for the rule would run until the harness kills it).
    expect([during.code, during.signal, during.stdout, during.stderr]).toEqual([null, 'SIGINT', '', 'replaying\n']);
    // Once watching, Ctrl-C stops the watch and the command exits 0, though the module runs no more.
    const after = await stancelog(['contradictions', '--watch', '--store', file('stancelog.jsonl'), '--rules', file('timer.mjs')], {
      readyOn: 'watching',
      during: (kill) => kill('SIGINT'),
    });
    expect([after.code, after.stderr]).toEqual([0, `watching ${file('stancelog.jsonl')} for changes (Ctrl-C to stop)\n`]);
    expect(after.stdout).toContain('incompatible');
  }, 30_000);

  it('never reads the snapshot of a module as it was before an edit, though its version is the same', async () => {
    const box = sandbox();
    try {
      box.write('talks.jsonl', [
        statement('russia', 'peace-talks', 'support', '+', '2025-05-10'),
        statement('russia', 'sanctions', 'threat', '+', '2025-05-12'),
        ...Array.from({ length: 1_000 }, (_, i) => ({ ...statement('belarus', `issue-${i % 7}`, 'demand', '+', '2025-05-16'), source: { quote: `filler ${i}` } })),
      ]);
      expect((await box.stancelog('append', 'talks.jsonl')).code).toBe(0);
      const rule = (summary: string) =>
        `export default { type: 'threats', version: '1', initial: () => ({}), onStatement(ctx, s, e, p) { if (e.kind === 'threat') ctx.open({ type: 'threats', key: p.key, issues: [p.issue], actors: [p.holder], since: { time: e.validFrom, label: e.label }, statements: [e.id], summary: '${summary}' }) } }\n`;
      const summaries = async () => {
        const r = await stancelog(['contradictions', '--json', '--type', 'threats', '--store', join(box.dir, 'stancelog.jsonl'), '--rules', join(box.dir, 'threats.mjs')]);
        if (r.code !== 0) throw new Error(r.stderr);
        return (JSON.parse(r.stdout) as Array<{ summary: string }>).map((c) => c.summary);
      };
      writeFileSync(join(box.dir, 'threats.mjs'), rule('a threat'));
      expect(await summaries()).toEqual(['a threat']);
      expect(readdirSync(join(box.dir, 'stancelog.jsonl.snapshots'))).toHaveLength(1);
      // Edited, its version left as it was: read anew, and its snapshot saved beside the other.
      writeFileSync(join(box.dir, 'threats.mjs'), rule('russia threatens'));
      expect(await summaries()).toEqual(['russia threatens']);
      expect(readdirSync(join(box.dir, 'stancelog.jsonl.snapshots'))).toHaveLength(2);
      expect(await summaries()).toEqual(['russia threatens']);
    } finally {
      box.remove();
    }
  }, 30_000);

  it('does nothing of the kind without --rules: the process ends as it always has', async () => {
    const r = await stancelog(['log', '--store', file('stancelog.jsonl')]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout.trim().split('\n')).toHaveLength(4);
  });
});
