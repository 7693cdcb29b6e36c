// Runs the TypeScript example of every README (the repository's and each
// package's), as a user would paste it into a script of their own: in an
// empty working directory, with top-level await, importing the packages by
// name. A block that ends with a run of `// ` comment lines says what it
// prints: those lines are compared with what it logged. `pnpm typecheck`
// checks the same blocks' types (write-doc-examples.ts). The docs' command
// to run an example is checked too: one that works in a script.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import ts from 'typescript';
import { readmeExamples } from '../readme-example-source.js';

const root = resolve(__dirname, '..', '..');
const examples = readmeExamples(root);
const pgSkip = process.env['STANCELOG_PG_SKIP'] === '1';
const pgUrl = process.env['STANCELOG_PG_URL'];

/** The part of `pg` the clean-up uses. */
interface PgModule {
  Client: new (config: { connectionString: string }) => { connect(): Promise<void>; query(sql: string): Promise<unknown>; end(): Promise<void> };
}

/** Runs a block in `cwd`; what it logs, line by line, and what it wrote to its process's stdout and stderr. */
async function run(code: string, cwd: string): Promise<{ logged: string[]; written: string }> {
  const logged: string[] = [];
  let written = '';
  const log = (...args: unknown[]): void => void logged.push(...format(...args).split('\n'));
  const sink = { write: (chunk: unknown): boolean => ((written += String(chunk)), true) };
  // The block's own `console` and `process` (its output only: the rest is the real process's).
  const fakeConsole = { ...console, log, info: log, error: log, warn: log };
  const fakeProcess = Object.create(process, { stdout: { value: sink }, stderr: { value: sink } }) as NodeJS.Process;
  const js = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  }).outputText;
  const body = new Function('require', 'console', 'process', 'exports', `return (async () => {\n${js}\n})();`) as (
    r: NodeJS.Require,
    c: Console,
    p: NodeJS.Process,
    e: object,
  ) => Promise<void>;
  const before = process.cwd();
  process.chdir(cwd);
  try {
    await body(require, fakeConsole as Console, fakeProcess, {});
  } finally {
    process.chdir(before);
  }
  return { logged, written };
}

describe('the examples of the READMEs', () => {
  it('are found: one at least in the repository README and in each package README', () => {
    const where = new Set(examples.map((e) => e.where.replace(/:\d+$/, '')));
    expect([...where].sort()).toEqual(
      ['README.md', ...['cli', 'core', 'ingest', 'report', 'store-file', 'store-postgres', 'testing'].map((p) => `packages/${p}/README.md`)].sort(),
    );
  });

  it('are run with a command that works in a script too: npx --yes tsx, which fetches tsx unasked where it is not installed', () => {
    // Without --yes, npx asks first, and where nothing can answer (CI, a script) gives up: "npx canceled due to missing packages".
    const within = (dir: string, name: (entry: string) => string): string[] =>
      readdirSync(join(root, dir)).map((e) => join(dir, name(e))).filter((f) => f.endsWith('.md') && existsSync(join(root, f)));
    const docs = ['README.md', ...within('docs', (e) => e), ...within('packages', (e) => join(e, 'README.md')), ...within('examples', (e) => join(e, 'README.md'))];
    const runs = docs.flatMap((f) => readFileSync(join(root, f), 'utf8').split('\n').flatMap((line, i) => (/\bnpx\b[^`]*\btsx\b/.test(line) ? [`${f}:${i + 1}: ${line}`] : [])));
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.filter((r) => !/\bnpx --yes tsx\b/.test(r))).toEqual([]);
  });

  for (const example of examples) {
    const needsPostgres = example.code.includes('STANCELOG_PG_URL');
    if (needsPostgres && pgSkip) {
      it.skip(`${example.where} runs (needs PostgreSQL: STANCELOG_PG_SKIP=1)`, () => undefined);
      continue;
    }
    it(`${example.where} runs${example.prints === undefined ? '' : ' and prints what it says'}`, async () => {
      if (needsPostgres && (pgUrl === undefined || pgUrl === '')) {
        throw new Error('STANCELOG_PG_URL is not set: run `scripts/postgres.sh start` (or set STANCELOG_PG_SKIP=1)');
      }
      const cwd = mkdtempSync(join(tmpdir(), 'readme-example-'));
      const { logged } = await run(example.code, cwd);
      if (example.prints !== undefined) expect(logged).toEqual(example.prints);
    });
  }

  afterAll(async () => {
    // The PostgreSQL README works in a schema of its own name, as a reader's first try would.
    const schemas = [...new Set(examples.flatMap((e) => [...e.code.matchAll(/schema: '([a-z_]+)'/g)].map((m) => m[1]!)))];
    if (pgSkip || pgUrl === undefined || pgUrl === '' || schemas.length === 0) return;
    // `pg` is the PostgreSQL store's dependency, not the repository root's.
    const pg = createRequire(join(root, 'packages', 'store-postgres', 'package.json'))('pg') as PgModule;
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    try {
      for (const s of schemas) await client.query(`drop schema if exists "${s}" cascade`);
    } finally {
      await client.end();
    }
  });
});
