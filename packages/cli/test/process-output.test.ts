import { Writable } from 'node:stream';
import { logCommand } from '@stancelog/cli';
import { outputSink } from '../src/process-output.js';
import { sandbox, ukraineRefusesLand } from './harness.js';

const failingWith = (code: string, message: string): Writable =>
  new Writable({ write: (_chunk, _encoding, done) => done(Object.assign(new Error(message), { code })) });
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('the stancelog executable’s output', () => {
  it('drops output quietly once its reader closes the pipe (stancelog log | head -1)', async () => {
    const failed: string[] = [];
    let closed = 0;
    const sink = outputSink(failingWith('EPIPE', 'write EPIPE'), 'stdout', { failed: (m) => failed.push(m), closed: () => closed++ });
    sink.write('#  stated\n');
    await settle();
    sink.write('1  2025-07-20\n');
    await settle();
    expect([failed, closed]).toEqual([[], 1]);
  });

  it('says once, in one line and without a stack trace, that the output failed otherwise (stdout on a full disk)', async () => {
    const failed: string[] = [];
    let closed = 0;
    const sink = outputSink(failingWith('ENOSPC', 'ENOSPC: no space left on device, write'), 'stdout', { failed: (m) => failed.push(m), closed: () => closed++ });
    sink.write('#  stated\n');
    await settle();
    sink.write('1  2025-07-20\n');
    await settle();
    expect([failed, closed]).toEqual([['stancelog: cannot write to stdout: ENOSPC: no space left on device, write'], 1]);
  });

  it('catches a write that throws at once, as a stream onto a file may', () => {
    const failed: string[] = [];
    const throwing = {
      write: (): boolean => {
        throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
      },
      on: () => undefined,
      once: () => undefined,
    };
    const sink = outputSink(throwing, 'stdout', { failed: (m) => failed.push(m) });
    expect(() => sink.write('text')).not.toThrow();
    expect(failed).toEqual(['stancelog: cannot write to stdout: EIO: i/o error, write']);
  });

  it('waits, when asked, until a slow reader has taken what was written', async () => {
    const taken: string[] = [];
    let pass: () => void = () => {};
    // A reader that takes each write only when told to.
    const slow = new Writable({ highWaterMark: 4, write: (chunk, _encoding, done) => void (pass = () => (taken.push(String(chunk)), done())) });
    const sink = outputSink(slow, 'stdout');
    await sink.drained!();
    sink.write('a long line\n');
    let drained = false;
    void sink.drained!().then(() => (drained = true));
    await settle();
    expect([taken, drained]).toEqual([[], false]);
    pass();
    await settle();
    expect([taken, drained]).toEqual([['a long line\n'], true]);
  });

  it('stops waiting when the reader goes away', async () => {
    const sink = outputSink(failingWith('EPIPE', 'write EPIPE'), 'stdout');
    // The write is refused asynchronously: the sink waits for a drain that never comes, until the pipe's error.
    sink.write('x'.repeat(100_000));
    await expect(sink.drained!()).resolves.toBeUndefined();
    expect(sink.closed).toBe(true);
  });
});

describe('stancelog log | head', () => {
  // 30,000 events: about 30 chunks of the file store's reads.
  const total = 30_000;
  const box = sandbox();
  beforeAll(async () => {
    box.write('aliases.jsonl', Array.from({ length: total }, (_, i) => ({ type: 'alias-added', data: { actor: 'ukraine', alias: `Kyiv ${i}` } })));
    expect((await box.stancelog('append', 'aliases.jsonl')).code).toBe(0);
  });
  afterAll(() => box.remove());

  // A reader that takes the first lines and closes the pipe: every write after its first fails with EPIPE.
  const head = (): Writable => {
    let writes = 0;
    return new Writable({
      write: (_chunk, _encoding, done) => (++writes === 1 ? done() : done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }))),
    });
  };

  it.each([['a table', {}], ['JSON', { json: true }]])('stops reading the log once the reader has gone, listing %s, and ends without an error', async (_what, options) => {
    const failed: string[] = [];
    const stdout = outputSink(head(), 'stdout', { failed: (m) => failed.push(m) });
    const r = await logCommand(options, { stdout, stderr: { write: () => true }, cwd: box.dir, env: {} });
    expect(r._tag).toBe('Right');
    expect(stdout.closed).toBe(true);
    // What was read before the pipe closed: far from the whole log.
    expect(r._tag === 'Right' && r.right.outputClosed).toBe(true);
    expect(r._tag === 'Right' && r.right.listed).toBeLessThan(total / 3);
    expect(failed).toEqual([]);
  });

  it('lets a slow reader set the pace: what it has not taken yet stays within a chunk or two, not the whole listing', async () => {
    let most = 0;
    let bytes = 0;
    const slow = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        bytes += chunk.length;
        setTimeout(done, 50);
      },
    });
    const stdout = outputSink(slow, 'stdout');
    const watched = { ...stdout, write: (s: string) => (stdout.write(s), (most = Math.max(most, slow.writableLength))), closed: undefined, drained: stdout.drained };
    const r = await logCommand({ json: true }, { stdout: watched, stderr: { write: () => true }, cwd: box.dir, env: {} });
    await new Promise((resolve) => slow.end(resolve));
    expect(r._tag === 'Right' && r.right).toEqual({ listed: total, outputClosed: false });
    // Without the waits, the whole listing (some megabytes) piles up in the stream.
    expect(most).toBeLessThan(bytes / 4);
  });

  it('still reads and lists the whole log for a reader that stays', async () => {
    let lines = 0;
    const r = await logCommand({}, { stdout: { write: (s: string) => (lines += s.split('\n').length - 1) }, stderr: { write: () => true }, cwd: box.dir, env: {} });
    expect([r._tag === 'Right' && r.right, lines]).toEqual([{ listed: total, outputClosed: false }, total + 1]);
  });
});

describe('stancelog log --csv | head', () => {
  // 30,000 statements: the sheet's rows fill some 30 chunks of the file store's reads.
  const total = 30_000;
  const box = sandbox();
  beforeAll(async () => {
    box.write('talks.jsonl', Array.from({ length: total }, (_, i) => ({ ...ukraineRefusesLand, source: { quote: `never, not one village (${i + 1})` } })));
    expect((await box.stancelog('append', 'talks.jsonl')).code).toBe(0);
  });
  afterAll(() => box.remove());

  it('stops reading the log once the reader has gone, after its first rows, and ends without an error', async () => {
    const failed: string[] = [];
    let writes = 0;
    const head = new Writable({ write: (_chunk, _encoding, done) => (++writes === 1 ? done() : done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }))) });
    const stdout = outputSink(head, 'stdout', { failed: (m) => failed.push(m) });
    const r = await logCommand({ csv: true }, { stdout, stderr: { write: () => true }, cwd: box.dir, env: {} });
    expect(r._tag === 'Right' && r.right.outputClosed).toBe(true);
    // The rows written before the pipe closed: far from the whole sheet.
    expect(r._tag === 'Right' && r.right.listed).toBeLessThan(total / 3);
    expect(failed).toEqual([]);
  });
});
