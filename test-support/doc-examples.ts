// Runs every `@example` of a package's doc comments as a test, so the docs
// cannot drift from the code. Examples use `assert` (node:assert), may
// await, and import packages by name as users do. An example that cannot
// run in a unit test (it needs a server, or declares tests itself) says so
// with a line `// doc-test: skip (reason)`.
// It also checks that every export of the package has such an example
// (the house rule: TSDoc with an example on every public export).
import { join } from 'node:path';
import * as assert from 'node:assert';
import ts from 'typescript';
import { examplesIn } from './doc-example-source.js';
import { publicExports } from './public-docs.js';

/**
 * Declares one test per `@example` found in `srcDir`.
 */
export function describeDocExamples(packageName: string, srcDir: string, minimum = 1): void {
  const all = examplesIn(srcDir);
  // An example of an internal module imports it as the sources do, relative
  // to `src/` ('./cue-rules.js'); packages are imported by name.
  const fromSrc = (id: string): unknown => (id.startsWith('./') || id.startsWith('../') ? require(join(srcDir, id.replace(/\.js$/, ''))) : require(id));
  describe(`the examples in the doc comments of ${packageName}`, () => {
    it(`number at least ${minimum}`, () => {
      expect(all.length).toBeGreaterThanOrEqual(minimum);
    });
    it('cover every export of the package: each has a doc comment with an @example', () => {
      const missing = publicExports(join(srcDir, 'index.ts'))
        .filter((e) => !e.example)
        .map((e) => `${e.name} (${e.where}${e.documented ? '' : ', no doc comment'})`);
      expect(missing).toEqual([]);
    });
    for (const example of all) {
      if (example.skip !== undefined) {
        it.skip(`${example.where} (${example.skip})`, () => undefined);
        continue;
      }
      it(`${example.where} runs`, async () => {
        const js = ts.transpileModule(example.code, {
          compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
        }).outputText;
        const run = new Function('require', 'assert', 'exports', `return (async () => {\n${js}\n})();`) as (
          r: (id: string) => unknown,
          a: typeof assert,
          e: object,
        ) => Promise<void>;
        await run(fromSrc, assert, {});
      });
    }
  });
}
