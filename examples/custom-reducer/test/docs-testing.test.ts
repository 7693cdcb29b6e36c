// Runs the code of docs/testing.md as a reader's test would: each block with
// the imports the page lists (and this template's pressureIndex and
// threatDuringTalks), in this folder, under jest. A spec or law of a block
// that does not hold throws, and fails its test. `pnpm typecheck` checks the
// same blocks' types (test-support/write-doc-examples.ts).
import { join } from 'node:path';
import ts from 'typescript';
import { testingDocExamples } from '../../../test-support/testing-doc-source.js';

const examples = testingDocExamples(join(__dirname, '..', '..', '..'));

/** Runs a block, compiled as ts-jest compiles a reader's test (CommonJS), with this test's `require`. */
function run(code: string): void {
  const js = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } }).outputText;
  (new Function('require', 'exports', js) as (r: NodeJS.Require, e: object) => void)(require, {});
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
      run(example.code);
    });
  }
});
