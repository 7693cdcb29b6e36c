// Finds the TypeScript blocks of the READMEs (the repository's and each
// package's) and of the docs pages (docs/*.md but testing.md, whose blocks
// leave their imports out: testing-doc-source.ts), each as a script a user
// would paste: used by the test that runs them (test/page-examples.test.ts)
// and by the type check of them (write-doc-examples.ts), so that the code a
// user copies cannot drift from the API. A block's markers
// (markdown-code-blocks.ts) say where it runs and what it continues.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { codeBlocks, markerOf } from './markdown-code-blocks.js';
import type { CodeBlock } from './markdown-code-blocks.js';

/** One block of a README or docs page, as a script of its own. */
export interface PageExample {
  /** `path/of/page.md:line` of the block's opening fence, from the repository root. */
  readonly where: string;
  /** The package folder whose `.doc-examples/` the type check writes it to (`core` for the repository's README and the docs pages: the root tsconfig resolves every package by name). */
  readonly pkg: string;
  readonly language: 'ts' | 'js';
  /** The block, after the blocks it continues. */
  readonly code: string;
  /** The page's line of each line of `code`. */
  readonly lines: ReadonlyArray<number>;
  /**
   * What it prints: the run of `// ` comment lines that ends the block, one
   * printed line each. Undefined when the block ends with code.
   */
  readonly prints: string[] | undefined;
  /** Where it runs: an empty folder, the repository's root, or a folder holding the demo's log under that name. */
  readonly cwd: { readonly kind: 'empty' } | { readonly kind: 'repository' } | { readonly kind: 'log'; readonly file: string };
  /** Whether it runs with $STANCELOG_PG_URL naming a schema of its own, the one it opens by default. */
  readonly ownSchema: boolean;
  /** Why it is type-checked only, not run, if so. */
  readonly typeOnly: string | undefined;
  /** Whether the block after it continues it: its names are that one's too, which the type check of it alone would call unused. */
  readonly continuedBelow: boolean;
}

/** The pages whose blocks are scripts: the repository's README, each package's, then the docs pages but testing.md. */
export function examplePages(root: string): Array<{ page: string; pkg: string }> {
  const packages = readdirSync(join(root, 'packages'))
    .sort()
    .filter((pkg) => existsSync(join(root, 'packages', pkg, 'README.md')))
    .map((pkg) => ({ page: `packages/${pkg}/README.md`, pkg }));
  const docs = readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md') && f !== 'testing.md')
    .sort()
    .map((f) => ({ page: `docs/${f}`, pkg: 'core' }));
  return [{ page: 'README.md', pkg: 'core' }, ...packages, ...docs];
}

/** The trailing run of `// ` lines of a block, as the lines they say are printed. */
function printedLines(lines: ReadonlyArray<string>): string[] | undefined {
  let start = lines.length;
  while (start > 0 && lines[start - 1]!.startsWith('// ')) start--;
  return start === lines.length || start === 0 ? undefined : lines.slice(start).map((l) => l.slice(3));
}

/** A block with those it continues before it (the marker `continues`, block after block), and the page's line of each of its lines. */
function continued(blocks: ReadonlyArray<CodeBlock>, i: number): { code: string; lines: number[] } {
  const block = blocks[i]!;
  const fence = Number(/:(\d+)$/.exec(block.where)![1]);
  const own = { code: block.code, lines: block.code.split('\n').map((_, j) => fence + j + 1) };
  if (markerOf(block, 'continues') === undefined) return own;
  if (i === 0) throw new Error(`${block.where}: marked as continuing the block before it, which the page does not have`);
  const before = continued(blocks, i - 1);
  return { code: `${before.code}\n${own.code}`, lines: [...before.lines, ...own.lines] };
}

/** Every block of the pages under `root` that is a script (not a module file a test of its own runs). */
export function pageExamples(root: string): PageExample[] {
  return examplePages(root).flatMap(({ page, pkg }) => {
    const blocks = codeBlocks(root, page);
    return blocks.flatMap((block, i) => {
      if (markerOf(block, 'module') !== undefined) return [];
      const log = markerOf(block, 'given-log');
      const cwd = markerOf(block, 'in-repository') !== undefined ? { kind: 'repository' as const } : log !== undefined ? { kind: 'log' as const, file: log.file } : { kind: 'empty' as const };
      return [{ where: block.where, pkg, language: block.language, ...continued(blocks, i), prints: printedLines(block.code.split('\n')), cwd, ownSchema: markerOf(block, 'given-schema') !== undefined, typeOnly: markerOf(block, 'type-only')?.why, continuedBelow: blocks[i + 1] !== undefined && markerOf(blocks[i + 1]!, 'continues') !== undefined }];
    });
  });
}
