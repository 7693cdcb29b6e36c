// jest's globalSetup: runs once, in the jest process, before the workers
// start (they inherit its environment). See run-directory.ts. Imports have
// no `.js`: jest loads this file without the tests' module mapper.
import { tmpdir } from 'node:os';
import { openRunDirectory } from './run-directory';

/** What the teardown needs: the run directory and the variables to give back. */
export interface RunTmpdir {
  dir: string;
  before: Record<'TMPDIR' | 'TMP' | 'TEMP', string | undefined>;
}

/** Where the setup leaves it for the teardown (jest shares globals between the two). */
export const RUN_TMPDIR = Symbol.for('stancelog.jest.runTmpdir');

export default function globalSetup(): void {
  const dir = openRunDirectory(tmpdir());
  const before = { TMPDIR: process.env['TMPDIR'], TMP: process.env['TMP'], TEMP: process.env['TEMP'] };
  (globalThis as Record<symbol, unknown>)[RUN_TMPDIR] = { dir, before } satisfies RunTmpdir;
  // TMPDIR on POSIX; TMP and TEMP are what os.tmpdir() reads on Windows.
  process.env['TMPDIR'] = process.env['TMP'] = process.env['TEMP'] = dir;
}
