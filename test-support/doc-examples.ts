// Runs every `@example` of a package's doc comments as a test, so the docs
// cannot drift from the code. Examples use `assert` (node:assert), may
// await, and import packages by name as users do. An example that cannot
// run in a unit test (it needs a server, or declares tests itself) says so
// with a line `// doc-test: skip (reason)`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as assert from 'node:assert';
import ts from 'typescript';

interface Example {
  readonly where: string;
  readonly code: string;
  readonly skip: string | undefined;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

function examplesOf(root: string, file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const found: Example[] = [];
  for (const block of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const lines = block[0].split('\n').map((l) => l.replace(/^\s*\/?\*+\/?\s?/, ''));
    const start = lines.findIndex((l) => l.startsWith('@example'));
    if (start < 0) continue;
    const body: string[] = [];
    for (const l of lines.slice(start + 1)) {
      if (l.startsWith('@')) break;
      body.push(l);
    }
    const code = body.join('\n').trim();
    if (code === '') continue;
    const line = text.slice(0, block.index).split('\n').length;
    const skip = /\/\/ doc-test: skip \(([^)]*)\)/.exec(code)?.[1];
    found.push({ where: `${relative(root, file)}:${line}`, code, skip });
  }
  return found;
}

/**
 * Declares one test per `@example` found in `srcDir`.
 */
export function describeDocExamples(packageName: string, srcDir: string, minimum = 1): void {
  const all = sources(srcDir).flatMap((f) => examplesOf(srcDir, f));
  describe(`the examples in the doc comments of ${packageName}`, () => {
    it(`number at least ${minimum}`, () => {
      expect(all.length).toBeGreaterThanOrEqual(minimum);
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
          r: NodeRequire,
          a: typeof assert,
          e: object,
        ) => Promise<void>;
        await run(require, assert, {});
      });
    }
  });
}
