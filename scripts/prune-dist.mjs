// Removes from a package's dist/esm and dist/cjs what no file of its src/
// produces any more, before the package is packed (its prepack runs this
// last, from the package's folder). `tsc -b` never deletes the output of a
// source that was deleted or renamed, so a checkout built before packed
// such modules and their declarations into the tarball: dead code that
// still claims an API (the main checkout held core's key-cache.js,
// report's statement-info.js and testing's reducer-check.js, whose sources
// were gone). A full clean would rebuild every package on each pack instead.
import { existsSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const pkg = process.cwd();
const src = join(pkg, 'src');
if (!existsSync(src)) {
  console.error(`prune-dist: no src/ in ${pkg}: run it from a package's folder`);
  process.exit(2);
}

// What tsc emits for a source, longest suffix first; a file copied as it is
// (the report's assets, its asset-files.cjs) has a source of its own name.
const EMITTED = ['.d.ts.map', '.d.cts.map', '.d.mts.map', '.js.map', '.cjs.map', '.mjs.map', '.d.ts', '.d.cts', '.d.mts', '.js', '.cjs', '.mjs'];
const SOURCES = ['.ts', '.tsx', '.mts', '.cts', '.js', '.cjs', '.mjs'];

function hasSource(rel) {
  if (existsSync(join(src, rel))) return true;
  const suffix = EMITTED.find((s) => rel.endsWith(s));
  if (suffix === undefined) return false;
  const base = rel.slice(0, -suffix.length);
  return SOURCES.some((s) => existsSync(join(src, base + s)));
}

const removed = [];
function prune(dir, root) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      prune(path, root);
      if (readdirSync(path).length === 0) rmdirSync(path);
      continue;
    }
    const rel = relative(root, path);
    // The CommonJS build's marker (scripts/mark-cjs.mjs).
    if (rel === 'package.json' && root.endsWith('cjs')) continue;
    if (!hasSource(rel)) {
      rmSync(path);
      removed.push(relative(pkg, path));
    }
  }
}
for (const build of ['dist/esm', 'dist/cjs']) if (existsSync(join(pkg, build))) prune(join(pkg, build), join(pkg, build));
if (removed.length > 0) console.log(`prune-dist: removed what no source produces any more: ${removed.join(', ')}`);
