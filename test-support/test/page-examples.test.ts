// Runs the TypeScript blocks of every README (the repository's and each
// package's) and docs page (but testing.md's: docs-testing.test.ts of the
// template), as a user would paste one into a script of their own: in an
// empty working directory (or where its marker says), with top-level await,
// importing the packages by name. A block that ends with a run of `// `
// comment lines says what it prints: those lines are compared with what it
// logged; a comment after a statement that claims its result is checked
// (markdown-code-blocks.ts). `pnpm typecheck` checks the same blocks' types
// (write-doc-examples.ts). Every block of the pages is run, type-checked
// only or marked as a module a named test runs. The docs' command to run an
// example is checked too: one that works in a script.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import ts from 'typescript';
import { openFileStore } from '@stancelog/store-file';
import { claimChecks, codeBlocks, markerOf, withClaimsAsserted } from '../markdown-code-blocks.js';
import type { ClaimChecks } from '../markdown-code-blocks.js';
import { examplePages, pageExamples } from '../page-example-source.js';
import type { PageExample } from '../page-example-source.js';
import { testingDocExamples } from '../testing-doc-source.js';
import { dropSchemas, freshSchema } from '../../packages/store-postgres/test/postgres-server.js';
import { registryEvents } from '../../examples/ukraine-2025/src/registry.js';
import { statementEvents } from '../../examples/ukraine-2025/src/statements.js';

const root = resolve(__dirname, '..', '..');
const examples = pageExamples(root);
const pgSkip = process.env['STANCELOG_PG_SKIP'] === '1';
const pgUrl = process.env['STANCELOG_PG_URL'];

/** The schemas the blocks given one of their own ran in, dropped after them. */
const ownSchemas: string[] = [];

/** Runs a block in `cwd`; what it logs, line by line, and what it wrote to its process's stdout and stderr. */
async function run({ code, where, lines, ownSchema }: PageExample, cwd: string): Promise<{ logged: string[]; written: string }> {
  const logged: string[] = [];
  let written = '';
  const log = (...args: unknown[]): void => void logged.push(...format(...args).split('\n'));
  const sink = { write: (chunk: unknown): boolean => ((written += String(chunk)), true) };
  // The block's own `console` and `process` (its output only: the rest is the real process's).
  const fakeConsole = { ...console, log, info: log, error: log, warn: log };
  // A block that opens the server's default schema gets a URL that names a fresh one instead (the tests' other schemas are left alone).
  const schema = ownSchema ? freshSchema('doc_example') : undefined;
  if (schema !== undefined) ownSchemas.push(schema);
  const env = schema === undefined ? process.env : { ...process.env, STANCELOG_PG_URL: `${pgUrl}?schema=${schema}` };
  const fakeProcess = Object.create(process, { stdout: { value: sink }, stderr: { value: sink }, env: { value: env } }) as NodeJS.Process;
  const asserted = withClaimsAsserted(code, where, lines);
  const js = ts.transpileModule(asserted.code, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  }).outputText;
  const body = new Function('require', 'console', 'process', 'exports', '__claims', `return (async () => {\n${js}\n})();`) as (
    r: NodeJS.Require,
    c: Console,
    p: NodeJS.Process,
    e: object,
    claims: ClaimChecks,
  ) => Promise<void>;
  const checks = claimChecks();
  const before = process.cwd();
  process.chdir(cwd);
  try {
    await body(require, fakeConsole as Console, fakeProcess, {}, checks);
  } finally {
    process.chdir(before);
  }
  // A claim in a branch the run did not take checked nothing.
  expect(asserted.claims.filter((c) => !checks.checked.has(c))).toEqual([]);
  return { logged, written };
}

/** A folder for a block to run in, as its marker says: empty, or holding the demo's log under the name the block opens. */
async function folderFor(example: PageExample): Promise<string> {
  if (example.cwd.kind === 'repository') return root;
  const cwd = mkdtempSync(join(tmpdir(), 'page-example-'));
  if (example.cwd.kind === 'log') {
    const opened = await openFileStore(join(cwd, example.cwd.file));
    if (opened._tag === 'Left') throw new Error(opened.left.message);
    const appended = await opened.right.append([...registryEvents, ...statementEvents]);
    await opened.right.close();
    if (appended._tag === 'Left') throw new Error(appended.left.message);
  }
  return cwd;
}

describe('the code of the READMEs and the docs pages', () => {
  it('is found: one block at least in the repository README and in each package README, and in the docs pages that show code', () => {
    const where = new Set(examples.map((e) => e.where.replace(/:\d+$/, '')));
    expect([...where].sort()).toEqual(
      [
        'README.md',
        ...['cli', 'core', 'ingest', 'report', 'store-file', 'store-postgres', 'testing'].map((p) => `packages/${p}/README.md`),
        ...['cli', 'concepts', 'ingest', 'postgres', 'report'].map((p) => `docs/${p}.md`),
      ].sort(),
    );
  });

  it('is every block of them: each is run, type-checked only or marked as a module that a named test reads from its page and runs', () => {
    const pages = [...examplePages(root).map((p) => p.page), 'docs/testing.md'];
    const covered = new Set([...examples.map((e) => e.where), ...testingDocExamples(root).map((e) => e.where)]);
    const uncovered = pages.flatMap((page) =>
      codeBlocks(root, page).flatMap((block) => {
        // A block that exports is a module file: run as a script, it would check nothing.
        const module = /^export\s|\bmodule\.exports\b/m.test(block.code);
        if (covered.has(block.where) && !module) return [];
        if (markerOf(block, 'imports') !== undefined) return [];
        const test = markerOf(block, 'module')?.test;
        if (test === undefined) return [`${block.where}: ${module ? 'a module file, not marked with the test that runs it' : 'neither run nor marked'}`];
        const source = existsSync(join(root, test)) ? readFileSync(join(root, test), 'utf8') : undefined;
        // The test reads the page: it names the page's file in a string ('cli.md', 'docs/testing.md').
        const named = new RegExp(`['/]${block.page.split('/').pop()!.replace('.', '\\.')}'`);
        return source !== undefined && named.test(source) ? [] : [`${block.where}: ${test} does not read ${block.page}`];
      }),
    );
    expect(uncovered).toEqual([]);
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
    if (example.typeOnly !== undefined) {
      it.skip(`${example.where} runs (type-checked only: ${example.typeOnly})`, () => undefined);
      continue;
    }
    const needsPostgres = example.code.includes('STANCELOG_PG_URL');
    if (needsPostgres && pgSkip) {
      it.skip(`${example.where} runs (needs PostgreSQL: STANCELOG_PG_SKIP=1)`, () => undefined);
      continue;
    }
    const claims = withClaimsAsserted(example.code, example.where, example.lines).claims.length;
    it(`${example.where} runs${example.prints === undefined && claims === 0 ? '' : ' and prints or gives what it says'}`, async () => {
      if (needsPostgres && (pgUrl === undefined || pgUrl === '')) {
        throw new Error('STANCELOG_PG_URL is not set: run `scripts/postgres.sh start` (or set STANCELOG_PG_SKIP=1)');
      }
      const { logged } = await run(example, await folderFor(example));
      if (example.prints !== undefined) expect(logged).toEqual(example.prints);
    });
  }

  afterAll(async () => {
    // The PostgreSQL README works in a schema of its own name, as a reader's first try would; the others were given theirs.
    const schemas = [...new Set(examples.flatMap((e) => [...e.code.matchAll(/schema: '([a-z_]+)'/g)].map((m) => m[1]!))), ...ownSchemas];
    if (pgSkip || pgUrl === undefined || pgUrl === '' || schemas.length === 0) return;
    await dropSchemas(pgUrl, schemas);
  });
});
