// Finds the `@example` blocks of a package's doc comments: used by the
// tests that run them (doc-examples.ts) and by the type check of them
// (write-doc-examples.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One `@example` block, where it is, and why it is skipped if it is. */
export interface Example {
  /** `path/from/src.ts:line` of its doc comment. */
  readonly where: string;
  readonly code: string;
  /** The reason given by a `// doc-test: skip (reason)` line. */
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
    const first = text.slice(0, block.index).split('\n').length;
    // Every `@example` of the comment, each up to the next tag: a second one is run too, not only read.
    lines.forEach((tag, start) => {
      if (!tag.startsWith('@example')) return;
      const body: string[] = [];
      for (const l of lines.slice(start + 1)) {
        if (l.startsWith('@')) break;
        body.push(l);
      }
      const code = body.join('\n').trim();
      if (code === '') return;
      const skip = /\/\/ doc-test: skip \(([^)]*)\)/.exec(code)?.[1];
      found.push({ where: `${relative(root, file)}:${first + start}`, code, skip });
    });
  }
  return found;
}

/** Every example of the `.ts` sources under `srcDir`. */
export function examplesIn(srcDir: string): Example[] {
  return sources(srcDir).flatMap((f) => examplesOf(srcDir, f));
}
