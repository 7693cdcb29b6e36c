// `stancelog log | head` and `stancelog log --csv | head` as processes: the reader takes the first lines and closes
// the pipe; stancelog ends quietly, with no EPIPE or stack trace on stderr, and exit code 0. Run from the sources as
// bin/stancelog.js runs the build (test/fixtures/stancelog-process.ts).
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { sandbox, ukraineRefusesLand } from './harness.js';

const root = resolve(__dirname, '..', '..', '..');
const script = resolve(__dirname, 'fixtures', 'stancelog-process.ts');

/** `stancelog ARGS | head -1`: the reader closes its end once the first output has come. */
function piped(args: string[]): Promise<{ code: number | null; stderr: string; first: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let first = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`stancelog ${args.join(' ')} still ran after 60 s with its reader gone; stderr: ${stderr}`));
    }, 60_000);
    child.stdout.once('data', (chunk: Buffer) => {
      first = chunk.toString().split('\n')[0]!;
      child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stderr, first });
    });
  });
}

describe('stancelog log piped into a reader that stops after the first line (| head -1)', () => {
  const box = sandbox();
  let store: string;
  beforeAll(async () => {
    // Enough statements that the listing is far longer than the pipe holds.
    box.write('talks.jsonl', Array.from({ length: 20_000 }, (_, i) => ({ ...ukraineRefusesLand, source: { quote: `never, not one village (${i + 1})` } })));
    expect((await box.stancelog('append', 'talks.jsonl')).code).toBe(0);
    store = join(box.dir, 'stancelog.jsonl');
  }, 60_000);
  afterAll(() => box.remove());

  it.each([
    ['the table', [], '#'],
    ['the coding sheet (--csv)', ['--csv'], 'holder,issue,kind'],
  ])('ends quietly listing %s: exit code 0, nothing on stderr', async (_what, args, begins) => {
    const r = await piped(['log', ...args, '--store', store]);
    expect(r.first.startsWith(begins)).toBe(true);
    expect([r.code, r.stderr]).toEqual([0, '']);
  }, 90_000);
});
