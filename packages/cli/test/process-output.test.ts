import { Writable } from 'node:stream';
import { outputSink } from '../src/process-output.js';

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
    };
    const sink = outputSink(throwing, 'stdout', { failed: (m) => failed.push(m) });
    expect(() => sink.write('text')).not.toThrow();
    expect(failed).toEqual(['stancelog: cannot write to stdout: EIO: i/o error, write']);
  });
});
