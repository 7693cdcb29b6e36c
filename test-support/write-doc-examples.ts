// Writes every `@example` of the packages' doc comments, and the TypeScript
// blocks of the READMEs and docs pages (page-example-source.ts), to
// `packages/<name>/.doc-examples/` as a module of its own (and those of
// docs/testing.md, testing-doc-source.ts, to the template's folder), so that
// `pnpm typecheck` checks them against the real API as it checks the
// sources (the jest run only transpiles them). Each sits in its package, so
// it resolves that package's dependencies; a relative import in an example
// is written as from the package's `src/` (as the jest run resolves it).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { examplesIn } from './doc-example-source.js';
import { pageExamples } from './page-example-source.js';
import { testingDocExamples } from './testing-doc-source.js';

const root = resolve(__dirname, '..');
let written = 0;
for (const pkg of readdirSync(join(root, 'packages'))) {
  const src = join(root, 'packages', pkg, 'src');
  const out = join(root, 'packages', pkg, '.doc-examples');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out);
  const fromOut = (specifier: string): string => relative(out, resolve(src, specifier));
  for (const example of examplesIn(src)) {
    const code = example.code.replace(/(from\s+|import\()(['"])(\.\.?\/[^'"]*)\2/g, (_, lead: string, quote: string, path: string) => `${lead}${quote}${fromOut(path)}${quote}`);
    // Examples that show a call and assert nothing (it needs a server, say) import no `assert`: the check refuses unused names.
    const header = `// From packages/${pkg}/src/${example.where}, written by test-support/write-doc-examples.ts.\n${/(?<![.\w$])assert\b/.test(code) ? "import * as assert from 'node:assert';\n" : ''}`;
    writeFileSync(join(out, `${example.where.replace(/[/:.]/g, '-')}.mts`), `${header}${code}\nexport {};\n`);
    written++;
  }
}
// The READMEs' and docs pages' blocks too, each in the folder of its package (the repository's and the docs' in the
// core's); a JavaScript block is run only, as a user's script in plain JavaScript is never type-checked, and a block
// that another continues is checked with it.
for (const example of pageExamples(root).filter((e) => e.language === 'ts' && !e.continuedBelow)) {
  const name = example.where.replace(/^packages\/[^/]+\//, '').replace(/[/:.]/g, '-');
  writeFileSync(join(root, 'packages', example.pkg, '.doc-examples', `${example.where.startsWith('packages/') ? '' : 'root-'}${name}.mts`), `// From ${example.where}, written by test-support/write-doc-examples.ts.\n${example.code}\nexport {};\n`);
  written++;
}
// docs/testing.md's blocks, as a reader's test in the template's folder (they use its pressureIndex and
// threatDuringTalks); one that needs PostgreSQL in that store's package, where `pg` resolves.
const template = join(root, 'examples', 'custom-reducer', '.doc-examples');
rmSync(template, { recursive: true, force: true });
mkdirSync(template);
for (const example of testingDocExamples(root)) {
  const dir = example.typeOnly === undefined ? template : join(root, 'packages', 'store-postgres', '.doc-examples');
  writeFileSync(join(dir, `${example.where.replace(/[/:.]/g, '-')}.mts`), `// From ${example.where}, written by test-support/write-doc-examples.ts.\n${example.code}\nexport {};\n`);
  written++;
}
console.log(`doc examples: ${written} written to packages/*/.doc-examples/ for the type check`);
