// What --store (and $STANCELOG_STORE) may name, and what the messages about it show.
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { russiaDemandsLand, sandbox } from './harness.js';
import type { Sandbox } from './harness.js';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
  box.write('talks.jsonl', [russiaDemandsLand]);
});
afterEach(() => box.remove());

describe('--store naming a URL', () => {
  it('refuses a URL of a store stancelog cannot open, masking its password, rather than take it for a file path', async () => {
    const refused = 'stancelog: store mysql://analyst:***@db.example.org/talks: not a store stancelog can open: name a log file by its path, or a PostgreSQL log by a postgres:// URL\n';
    for (const argv of [
      ['append', 'talks.jsonl', '--store', 'mysql://analyst:hunter22@db.example.org/talks'],
      ['positions', '--store', 'mysql://analyst:hunter22@db.example.org/talks'],
      ['copy', '--to', 'mysql://analyst:hunter22@db.example.org/talks', '--store', 'talks-log.jsonl'],
      ['store', 'migrate', '--store', 'mysql://analyst:hunter22@db.example.org/talks'],
    ]) {
      if (argv[0] === 'copy') expect((await box.stancelog('append', 'talks.jsonl', '--store', 'talks-log.jsonl')).code).toBe(0);
      const r = await box.stancelog(...argv);
      // copy names the store it writes to by its option: --to.
      expect([argv[0], r.code, r.stdout, r.stderr]).toEqual([argv[0], 1, '', argv[0] === 'copy' ? refused.replace('store', '--to') : refused]);
    }
    // No folder named after the URL, its password in it, and no log nobody meant.
    expect(readdirSync(box.dir).sort()).toEqual(['talks-log.jsonl', 'talks.jsonl']);
  });

  it('names the path of a file:// URL', async () => {
    const r = await box.stancelog('append', 'talks.jsonl', '--store', 'file:///tmp/my%20talks.jsonl');
    expect([r.code, r.stderr]).toEqual([1, 'stancelog: store file:///tmp/my%20talks.jsonl: a file URL: name the log file by its path (/tmp/my talks.jsonl)\n']);
    expect(readdirSync(box.dir)).toEqual(['talks.jsonl']);
  });

  it('reads a postgres:// scheme in any case as PostgreSQL, not as a file path', async () => {
    // Port 1 of the loopback refuses at once: what matters is the store that was tried.
    const r = await box.stancelog('append', 'talks.jsonl', '--store', 'Postgres://analyst:hunter22@127.0.0.1:1/talks');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^stancelog: migrate: cannot connect to store Postgres:\/\/analyst:\*\*\*@127\.0\.0\.1:1\/talks: /);
    expect(r.stderr).not.toContain('hunter22');
    expect(readdirSync(box.dir)).toEqual(['talks.jsonl']);
  });

  it('names a PostgreSQL store once when it cannot be reached, as typed and its password masked, not again as the store named it', async () => {
    // The store's message names its URL (without the password, nor the ?schema= it read): the command said both.
    const r = await box.stancelog('log', '--store', 'postgres://analyst:hunter22@127.0.0.1:1/talks?schema=talks');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^stancelog: cannot open store postgres:\/\/analyst:\*\*\*@127\.0\.0\.1:1\/talks\?schema=talks: (Error: )?connect ECONNREFUSED 127\.0\.0\.1:1: no server is listening there: /);
    const migrate = await box.stancelog('store', 'migrate', '--store', 'postgres://analyst:hunter22@127.0.0.1:1/talks');
    expect(migrate.stderr).toMatch(/^stancelog: migrate: cannot connect to store postgres:\/\/analyst:\*\*\*@127\.0\.0\.1:1\/talks: (Error: )?connect ECONNREFUSED/);
    for (const stderr of [r.stderr, migrate.stderr]) expect(stderr.match(/127\.0\.0\.1:1\/talks/g)).toHaveLength(1);
  });

  it('names a PostgreSQL URL it cannot read once, by the option that gave it, not again as the field url (a leftover of stop 49)', async () => {
    const r = await box.stancelog('log', '--store', 'postgres://analyst:p#ss@127.0.0.1:1/talks');
    expect([r.code, r.stderr]).toEqual([
      1,
      'stancelog: store postgres://analyst:***@127.0.0.1:1/talks: not a valid postgres://user:password@host:port/database URL: percent-encode any @ : / ? # % [ ] or space in the user name and password (as encodeURIComponent does: p@ss becomes p%40ss)\n',
    ]);
  });

  it('masks a short password only where it stands alone, not in every word that holds its letters', async () => {
    // A password "w" made "pass***ord" and "***riter" of the words around it.
    const r = await box.stancelog('positions', '--store', 'postgres://writer:w@127.0.0.1:1/talks');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^stancelog: cannot open store postgres:\/\/writer:\*\*\*@127\.0\.0\.1:1\/talks: /);
    expect(r.stderr).not.toContain('***riter');
  });

  it('masks a password given as a parameter of the URL, in every message', async () => {
    for (const argv of [
      ['positions', '--store', 'postgres://analyst@127.0.0.1:1/talks?schema=talks&password=hunter22'],
      ['store', 'migrate', '--store', 'postgres://analyst@127.0.0.1:1/talks?password=hunter%2522'],
      ['positions', '--store=postgres://analyst@127.0.0.1:1/talks?password=hunter22'],
    ]) {
      const r = await box.stancelog(...argv);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('password=***');
      expect(r.stderr).not.toMatch(/hunter/);
    }
    const fromEnvironment = sandbox({ STANCELOG_STORE: 'postgres://analyst@127.0.0.1:1/talks?password=hunter22' });
    try {
      const r = await fromEnvironment.stancelog('log');
      expect(r.code).toBe(1);
      expect(r.stderr).not.toContain('hunter22');
    } finally {
      fromEnvironment.remove();
    }
  });

  it('masks the password in a usage error that quotes the option', async () => {
    const r = await box.stancelog('log', '--store', 'postgres://analyst:hunter22@h/a', '--store', 'postgres://analyst:hunter22@h/b');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--store is given twice (postgres://analyst:***@h/a, then postgres://analyst:***@h/b)');
    expect(r.stderr).not.toContain('hunter22');
  });
});

describe('--store naming a log in a folder that does not exist', () => {
  it('is refused by a writing command, naming the folder, and nothing is created (a misspelt folder started a new tree: a review\'s finding)', async () => {
    for (const argv of [
      ['append', 'talks.jsonl', '--store', 'nodir/sub/log.jsonl'],
      ['ingest', box.write('article.txt', ['Moscow rejected any ceasefire on Friday.']), '--published-at', '2025-05-16', '--store', 'nodir/sub/log.jsonl'],
      ['copy', '--store', 'talks-log.jsonl', '--to', 'nodir/sub/log.jsonl'],
    ]) {
      if (argv[0] === 'copy') expect((await box.stancelog('append', 'talks.jsonl', '--store', 'talks-log.jsonl')).code).toBe(0);
      const r = await box.stancelog(...argv);
      const label = argv[0] === 'copy' ? '--to' : 'store';
      expect([argv[0], r.code, r.stderr.split('\n').filter((l) => l.startsWith('stancelog: '))]).toEqual([argv[0], 1, [`stancelog: ${label} nodir/sub/log.jsonl: nodir/sub: no such folder (create it first, or check the path)`]]);
    }
    expect(readdirSync(box.dir).sort()).toEqual(['article.txt', 'talks-log.jsonl', 'talks.jsonl']);
    // Named by the environment, it says so; a file where the folder should be is no folder.
    const fromEnvironment = sandbox({ STANCELOG_STORE: 'nodir/log.jsonl' });
    try {
      const r = await fromEnvironment.stancelog('append', fromEnvironment.write('talks.jsonl', [russiaDemandsLand]));
      expect([r.code, r.stderr]).toEqual([1, 'stancelog: store nodir/log.jsonl: nodir: no such folder (create it first, or check the path) (the log named by $STANCELOG_STORE)\n']);
    } finally {
      fromEnvironment.remove();
    }
    const onFile = await box.stancelog('append', 'talks.jsonl', '--store', 'talks.jsonl/log.jsonl');
    expect([onFile.code, onFile.stderr]).toEqual([1, 'stancelog: store talks.jsonl/log.jsonl: talks.jsonl is a file, not a folder\n']);
  });

  it('writes a new log in a folder that exists', async () => {
    mkdirSync(join(box.dir, 'logs', '2025'), { recursive: true });
    const r = await box.stancelog('append', 'talks.jsonl', '--store', 'logs/2025/talks.jsonl');
    expect([r.code, r.stdout.split('\n')[0]]).toEqual([0, 'appended 1 event to logs/2025/talks.jsonl']);
  });
});
