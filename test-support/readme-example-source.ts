// Finds the TypeScript blocks of the READMEs (the repository's and each
// package's): used by the test that runs them (test/readme-examples.test.ts)
// and by the type check of them (write-doc-examples.ts), so that the first
// code a user copies cannot drift from the API.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One ```ts block of a README. */
export interface ReadmeExample {
  /** `path/of/README.md:line` of the block's opening fence, from the repository root. */
  readonly where: string;
  /** The package folder the README belongs to (`core` for the repository's own, whose example imports only the core). */
  readonly pkg: string;
  readonly code: string;
  /**
   * What it prints: the run of `// ` comment lines that ends the block, one
   * printed line each. Undefined when the block ends with code.
   */
  readonly prints: string[] | undefined;
}

/** The READMEs whose blocks are examples: the repository's, then each package's. */
function readmes(root: string): Array<{ path: string; pkg: string }> {
  const packages = readdirSync(join(root, 'packages'))
    .sort()
    .filter((pkg) => existsSync(join(root, 'packages', pkg, 'README.md')))
    .map((pkg) => ({ path: `packages/${pkg}/README.md`, pkg }));
  return [{ path: 'README.md', pkg: 'core' }, ...packages];
}

/** The trailing run of `// ` lines of a block, as the lines they say are printed. */
function printedLines(lines: ReadonlyArray<string>): string[] | undefined {
  let start = lines.length;
  while (start > 0 && lines[start - 1]!.startsWith('// ')) start--;
  return start === lines.length || start === 0 ? undefined : lines.slice(start).map((l) => l.slice(3));
}

/** Every ```ts block of the READMEs under `root`. */
export function readmeExamples(root: string): ReadmeExample[] {
  return readmes(root).flatMap(({ path, pkg }) => {
    const lines = readFileSync(join(root, path), 'utf8').split('\n');
    const found: ReadmeExample[] = [];
    for (let i = 0; i < lines.length; i++) {
      if (!/^```(ts|typescript)\s*$/.test(lines[i]!)) continue;
      const end = lines.indexOf('```', i + 1);
      if (end < 0) throw new Error(`${path}:${i + 1}: a \`\`\`ts block that is never closed`);
      const body = lines.slice(i + 1, end);
      found.push({ where: `${path}:${i + 1}`, pkg, code: body.join('\n'), prints: printedLines(body) });
      i = end;
    }
    return found;
  });
}
