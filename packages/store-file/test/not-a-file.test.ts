import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isLeft } from 'fp-ts/lib/Either.js';
import { openFileStore } from '@stancelog/store-file';
import { tempDir } from './support.js';

describe('a path that is not a regular file', () => {
  it('is refused for a writer when it is a named pipe: what it appended would be gone', async () => {
    const pipe = join(tempDir(), 'log.jsonl');
    execFileSync('mkfifo', [pipe]);
    const r = await openFileStore(pipe, { fsync: 'never' });
    if (!isLeft(r)) await r.right.close();
    expect(isLeft(r) && r.left).toEqual({ _tag: 'StoreUnavailable', message: `open ${pipe}: a named pipe (FIFO), not a log file` });
  });

  it('is refused for a reader when it is a device, rather than read as an empty log', async () => {
    const r = await openFileStore('/dev/null', { readOnly: true });
    if (!isLeft(r)) await r.right.close();
    expect(isLeft(r) && r.left).toEqual({ _tag: 'StoreUnavailable', message: 'open /dev/null: a device, not a log file' });
  });

  it('is refused when it is a folder, saying so', async () => {
    const folder = join(tempDir(), 'talks');
    mkdirSync(folder);
    const r = await openFileStore(folder, { readOnly: true });
    expect(isLeft(r) && r.left.message).toBe(`open ${folder}: a folder, not a log file`);
  });
});

describe('a path that is no file path (from JavaScript or a configuration)', () => {
  it.each<[string, unknown, string]>([
    // `openFileStore(process.env.STANCELOG_LOG)` with the variable unset threw node's TypeError, naming no store.
    ['undefined', undefined, 'expected the path of a log file (a string), got undefined'],
    ['a number', 42, 'expected the path of a log file (a string), got a number (42)'],
    ['a URL object', new URL('file:///tmp/talks.jsonl'), "expected the path of a log file (a string), got a URL object (file://...): a file: URL's path is fileURLToPath(url)"],
    // "" opened the working folder and said it was a folder.
    ['an empty string', '', 'expected the path of a log file, got an empty string'],
    // A writer made folders named after the URL ("./postgres:/ana:secret@db/") and an empty log in them.
    ['a postgres:// URL', 'postgres://ana:secret@db/talks', 'expected the path of a log file, got a postgres:// URL: open a PostgreSQL log with openPostgresStore'],
    ['a file:// URL', 'file:///tmp/talks.jsonl', "expected the path of a log file, got a file:// URL: a file: URL's path is fileURLToPath(url)"],
  ])('is refused when it is %s, naming it, and nothing is created', async (_name, path, problem) => {
    const dir = tempDir();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const r = await openFileStore(path as string);
      if (!isLeft(r)) await r.right.close();
      expect(isLeft(r) && r.left).toEqual({ _tag: 'StoreUnavailable', message: `open: path: ${problem}` });
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      process.chdir(cwd);
    }
  });
});
