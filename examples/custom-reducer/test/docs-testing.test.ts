// Runs the code of docs/testing.md as a reader's test would: each block with
// the imports the page lists (and this template's pressureIndex and
// threatDuringTalks), in this folder, under jest. A spec or law of a block
// that does not hold throws, and fails its test, as does a result a comment
// of it claims that it does not give. `pnpm typecheck` checks the
// same blocks' types (test-support/write-doc-examples.ts).
import { join } from 'node:path';
import ts from 'typescript';
import { claimChecks, codeBlocks, markerOf } from '../../../test-support/markdown-code-blocks.js';
import type { ClaimChecks } from '../../../test-support/markdown-code-blocks.js';
import { testingDocExamples } from '../../../test-support/testing-doc-source.js';
import type { TestingDocExample } from '../../../test-support/testing-doc-source.js';

const root = join(__dirname, '..', '..', '..');
const examples = testingDocExamples(root);

/** Runs a block, compiled as ts-jest compiles a reader's test (CommonJS), with this test's `require`, and the checks of what its comments claim. */
function run(example: TestingDocExample): void {
  const js = ts.transpileModule(example.checked, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } }).outputText;
  const checks = claimChecks();
  (new Function('require', 'exports', '__claims', js) as (r: NodeJS.Require, e: object, c: ClaimChecks) => void)(require, {}, checks);
  // A claim in a branch the run did not take checked nothing.
  expect(example.claims.filter((c) => !checks.checked.has(c))).toEqual([]);
}

describe('the code of docs/testing.md', () => {
  it('is found: the reducer, its spec, the timeline, the laws, the rule, its hooks, the golden file and the options', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
    expect(examples.filter((e) => e.typeOnly === undefined).length).toBeGreaterThanOrEqual(7);
  });

  for (const example of examples) {
    if (example.typeOnly !== undefined) {
      it.skip(`${example.where} runs (type-checked only: ${example.typeOnly})`, () => undefined);
      continue;
    }
    it(`${example.where} runs, its specs and laws holding`, () => {
      run(example);
    });
  }
});

/** What the page's jest.config.cjs sets that its comments speak of. */
interface JestConfig {
  testEnvironment?: string;
  transform?: Record<string, [string, { tsconfig?: string }]>;
  moduleNameMapper?: Record<string, string>;
  testPathIgnorePatterns?: string[];
}

describe('the jest.config.cjs of docs/testing.md', () => {
  const block = codeBlocks(root, 'docs/testing.md').find((b) => markerOf(b, 'module') !== undefined && b.code.startsWith('// jest.config.cjs'));

  it('is a CommonJS module that compiles the .ts tests with ts-jest, and finds ./rule.ts where an ES module source imports ./rule.js', () => {
    const module = { exports: {} as JestConfig };
    (new Function('module', 'exports', block?.code ?? '') as (m: typeof module, e: object) => void)(module, module.exports);
    const config = module.exports;
    expect(config.testEnvironment).toBe('node');
    const [[compiled, [transformer, options]] = ['', ['', {}]]] = Object.entries(config.transform ?? {});
    expect([new RegExp(compiled).test('test/rule.test.ts'), transformer, options.tsconfig]).toEqual([true, 'ts-jest', 'tsconfig.jest.json']);
    const mapped = (id: string): string => Object.entries(config.moduleNameMapper ?? {}).reduce((to, [from, target]) => to.replace(new RegExp(from), target), id);
    expect([mapped('./rule.js'), mapped('../src/rule.js'), mapped('@stancelog/core')]).toEqual(['./rule', '../src/rule', '@stancelog/core']);
  });

  it('runs the tests of test/, not the copies that tsc writes to dist/ with the page\'s tsconfig.json (ES modules jest cannot load)', () => {
    const module = { exports: {} as JestConfig };
    (new Function('module', 'exports', block?.code ?? '') as (m: typeof module, e: object) => void)(module, module.exports);
    // As jest reads the patterns: <rootDir> replaced by the project's folder, each a regular expression over a test's path.
    const ignored = (path: string): boolean => (module.exports.testPathIgnorePatterns ?? ['/node_modules/']).some((p) => new RegExp(p.replace('<rootDir>', '/home/ana/app')).test(path));
    expect(['/home/ana/app/dist/test/rule.test.js', '/home/ana/app/test/rule.test.ts', '/home/ana/app/node_modules/x/a.test.js'].map(ignored)).toEqual([true, false, true]);
  });
});
