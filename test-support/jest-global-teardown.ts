// jest's globalTeardown: runs once after all tests, also when some failed.
import { RUN_TMPDIR, type RunTmpdir } from './jest-global-setup';
import { closeRunDirectory } from './run-directory';

export default function globalTeardown(): void {
  const run = (globalThis as Record<symbol, unknown>)[RUN_TMPDIR] as RunTmpdir | undefined;
  if (run === undefined) return;
  for (const [name, value] of Object.entries(run.before)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  closeRunDirectory(run.dir);
  delete (globalThis as Record<symbol, unknown>)[RUN_TMPDIR];
}
