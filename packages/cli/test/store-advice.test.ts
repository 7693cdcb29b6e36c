import { appendFileSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLeft } from 'fp-ts/lib/Either.js';
import { eventId } from '@stancelog/core';
import type { Event } from '@stancelog/core';
import { openFileStore } from '@stancelog/store-file';
import type { FileStore } from '@stancelog/store-file';
import { cliError } from '../src/cli-error.js';
import { STORE_ADVICE } from '../src/store-advice.js';
import { russiaDemandsLand, sandbox } from './harness.js';
import type { Sandbox } from './harness.js';

// What only a program can do: pass an option of the store's API, or open the store object again.
const API_ADVICE = /readOnly|lockWaitMillis|open the store again|open it for writing|read-only store|in code:|migrate\(/;

let box: Sandbox;
beforeEach(async () => {
  box = sandbox();
  box.write('talks.jsonl', [russiaDemandsLand]);
  expect((await box.stancelog('append', 'talks.jsonl')).code).toBe(0);
});
afterEach(() => box.remove());

describe("a file store's advice, reaching a user of stancelog", () => {
  it('says to run the command again, not to open the store again, when the log is replaced under a watch', async () => {
    let stderr = '';
    let stop: () => void = () => undefined;
    const { run } = await import('@stancelog/cli');
    const code = run(['contradictions', '--watch'], {
      stdout: { write: () => true },
      stderr: { write: (s: string) => (stderr += s) },
      cwd: box.dir,
      env: {},
      interrupted: () => new Promise<void>((resolve) => (stop = resolve)),
    });
    const deadline = Date.now() + 10_000;
    while (!stderr.includes('watching') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    // Another file now at the log's path (restored from a backup, say).
    writeFileSync(join(box.dir, 'other.jsonl'), '');
    renameSync(join(box.dir, 'other.jsonl'), join(box.dir, 'stancelog.jsonl'));
    // The watch ends by itself, on the error; stop() would end it otherwise, failing the test.
    const exited = await code;
    stop();
    expect(exited).toBe(1);
    const said = stderr.split('\n')[1]!;
    expect(said).toMatch(/^stancelog: following stopped: \/\S*\/stancelog.jsonl is another file than the one opened: it was replaced since \(run the command again to use the file now at that path\)$/);
    expect(said).not.toMatch(API_ADVICE);
  });

  it('names what to run or set rather than the options of openFileStore, for each failure of the store a command may print', async () => {
    const path = join(box.dir, 'stancelog.jsonl');
    const said: string[] = [];
    const fails = (r: { _tag: string; left?: { message: string } }): void => {
      if (r._tag !== 'Left') throw new Error('expected the store to refuse');
      said.push(cliError(`store stancelog.jsonl: ${r.left!.message}`).message);
    };
    // A log gone between the command's check and its open (a reading command opens the store read-only).
    fails(await openFileStore(join(box.dir, 'gone.jsonl'), { readOnly: true }));
    // A log another process writes to, at once and after a wait.
    const writer = await openFileStore(path);
    if (isLeft(writer)) throw new Error(writer.left.message);
    fails(await openFileStore(path));
    fails(await openFileStore(path, { lockWaitMillis: 50 }));
    await writer.right.close();
    // A log deleted under a reader.
    const reader = await openFileStore(path, { readOnly: true });
    if (isLeft(reader)) throw new Error(reader.left.message);
    rmSync(path);
    said.push(cliError(`store stancelog.jsonl: ${await (reader.right as FileStore).head().then(() => 'no failure', (e: { error?: { message: string } }) => e.error?.message)}`).message);
    await reader.right.close();

    // A log file this user may not write to (the store's words, as it says them).
    said.push(cliError('store stancelog.jsonl: open stancelog.jsonl: the log file is not writable by this user (EACCES), so it cannot be opened for writing; reading it still works: open it with readOnly: true to read it, or make the file writable for this user to append').message);

    for (const message of said) expect(message).not.toMatch(API_ADVICE);
    expect(said[4]).toMatch(/reading commands \(log, positions, contradictions\) still work, or make the file writable for this user to append$/);
    expect(said[0]).toMatch(/there is no log there yet: append statements first \(stancelog append FILE\.jsonl or FILE\.csv\), or name a log with --store$/);
    expect(said[1]).toMatch(/reading commands work meanwhile, or wait for the lock with STANCELOG_LOCK_WAIT_MS=60000;/);
    expect(said[2]).toMatch(/reading commands work meanwhile, or wait longer with STANCELOG_LOCK_WAIT_MS=60000;/);
    expect(said[3]).toMatch(/was deleted or moved away since the store opened it \(run the command again to use the file now at that path\)$/);
  });
});

describe('a file log holding a line of an older schema', () => {
  it('is refused by a command as what it is, naming the upcaster it needs and where a command takes it from, not as a damaged log (a review\'s finding)', async () => {
    const data = { actor: 'ukraine', name: 'Kyiv' }; // alias-added as a release whose version 0 said `name` wrote it
    const id = eventId({ type: 'alias-added', data } as unknown as Event);
    appendFileSync(join(box.dir, 'stancelog.jsonl'), JSON.stringify({ id, position: 2, recordedAt: '2025-01-01T00:00:00Z', schema: 0, tags: ['actor:ukraine'], type: 'alias-added', data }) + '\n');
    const r = await box.stancelog('log');
    expect([r.code, r.stderr.replace(box.dir, 'DIR')]).toEqual([
      1,
      "stancelog: store DIR/stancelog.jsonl:3: written by an older schema (alias-added version 0; this release reads version 1): open the store with an upcaster for alias-added 0→1 (in a JavaScript module that STANCELOG_UPCASTERS names, its default export an array of upcasters { type, from, up }); the line is not damaged, and the file is left as it is\n",
    ]);
  });
});

describe('an append with no statement, on a file log of an older schema', () => {
  it('says the log did not open, and why, rather than that there is no log (a leftover of stop 47)', async () => {
    const data = { actor: 'ukraine', name: 'Kyiv' };
    const id = eventId({ type: 'alias-added', data } as unknown as Event);
    appendFileSync(join(box.dir, 'stancelog.jsonl'), JSON.stringify({ id, position: 2, recordedAt: '2025-01-01T00:00:00Z', schema: 0, tags: ['actor:ukraine'], type: 'alias-added', data }) + '\n');
    writeFileSync(join(box.dir, 'empty.jsonl'), '\n');
    const r = await box.stancelog('append', 'empty.jsonl');
    expect([r.code, r.stdout]).toEqual([0, 'appended 0 events to stancelog.jsonl (the log did not open: see above)\n']);
    expect(r.stderr.replace(box.dir, 'DIR').split('\n')).toEqual([
      'stancelog: warning: empty.jsonl holds no statements (only blank lines, or nothing): nothing appended',
      "stancelog: warning: store DIR/stancelog.jsonl:3: written by an older schema (alias-added version 0; this release reads version 1): open the store with an upcaster for alias-added 0→1 (in a JavaScript module that STANCELOG_UPCASTERS names, its default export an array of upcasters { type, from, up }); the line is not damaged, and the file is left as it is",
      '',
    ]);
  });
});

describe("a PostgreSQL store's advice to go on from a position, reaching a user of stancelog", () => {
  it('says to run the command again, not to subscribe again or read on after a position, which no command takes', () => {
    const where = 'the log at postgres://ana@db.example:5432/talks schema talks';
    const watch = cliError(
      `store postgres://ana:***@db.example:5432/talks: following stopped: subscribe: the connection to ${where} was lost after position 51432, the last delivered, and not made again within retryMillis (30000 ms): timeout exceeded when trying to connect; subscribe again from there (after: 51432)`,
    ).message;
    const read = cliError(`store postgres://ana:***@db.example:5432/talks: read: the connection to ${where} was lost after position 48000: Connection terminated unexpectedly; read on from there (after: 48000)`).message;
    expect(watch).toMatch(/; run the command again once the server takes connections$/);
    expect(read).toBe(`store postgres://ana:***@db.example:5432/talks: read: the connection to ${where} was lost after position 48000: Connection terminated unexpectedly; run the command again once the server takes connections`);
    for (const message of [watch, read]) expect(message).not.toMatch(/\(after: \d+\)|subscribe again|read on from/);
  });

  it("is still the store's wording: a store message worded anew would pass untranslated", () => {
    const source = readFileSync(join(__dirname, '..', '..', 'store-postgres', 'src', 'postgres-store.ts'), 'utf8');
    expect(source).toContain('; subscribe again from there (after: ${seen})');
    expect(source).toContain('; read on from there (after: ${given})');
  });
});

describe('the advice translated', () => {
  it("is each still in a store's messages: a store message worded anew would pass untranslated", () => {
    const packages = join(__dirname, '..', '..');
    const sources = ['store-file', 'store-postgres']
      .flatMap((name) => readdirSync(join(packages, name, 'src')).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(packages, name, 'src', f), 'utf8')))
      .join('\n');
    // Messages name who opened the store (`this ${who}`): a reader or a writer.
    const said = ['reader', 'writer'].map((who) => sources.replaceAll('${who}', who)).join('\n');
    for (const [api] of STORE_ADVICE) expect(said).toContain(api);
  });
});
