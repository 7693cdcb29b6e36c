// Runs every `@example` of a package's doc comments as a test, so the docs
// cannot drift from the code. Examples use `assert` (node:assert), may
// await, and import packages by name as users do. An example that cannot
// run in a unit test (it needs a server, or declares tests itself) says so
// with a line `// doc-test: skip (reason)`.
// It also checks that every export of the package has such an example
// (the house rule: TSDoc with an example on every public export), in each
// entry point of its package.json `exports` (`@stancelog/testing/jest` as
// well as `@stancelog/testing`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as assert from 'node:assert';
import ts from 'typescript';
import { examplesIn } from './doc-example-source.js';
import { publicExports } from './public-docs.js';

/**
 * The source file of each entry point of the package whose sources are in
 * `srcDir`: what its `exports` map gives as types under `dist/esm/`, read
 * from `src/` (as the build's rootDir and outDir have it).
 */
export function entrySources(srcDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(srcDir, '..', 'package.json'), 'utf8')) as { exports?: Record<string, unknown> };
  const sources = Object.entries(manifest.exports ?? {}).flatMap(([key, target]) => {
    const types = (target as { import?: { types?: string } }).import?.types;
    if (types === undefined) return key === './package.json' ? [] : [`${key} (no import.types)`];
    const m = /^\.\/dist\/esm\/(.+)\.d\.ts$/.exec(types);
    return [m ? join(srcDir, `${m[1]}.ts`) : `${key} (types not under ./dist/esm/: ${types})`];
  });
  return sources.length > 0 ? sources : [join(srcDir, 'index.ts')];
}

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
      const entries = entrySources(srcDir);
      expect(entries.filter((e) => !e.endsWith('.ts'))).toEqual([]);
      const missing = entries
        .flatMap((entry) => publicExports(entry))
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
