// Lists what a package's entry point exports and whether each export's doc
// comment has an `@example`, reading the sources' syntax only (no type
// checker, so it stays fast): `export * from`, `export { a, b as c } from`,
// and exported declarations (functions, classes, interfaces, types,
// constants, enums). House rule: every export is documented with an example.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

/** One export of a package, and how its doc comment stands. */
export interface PublicExport {
  readonly name: string;
  /** `file:line` of its declaration. */
  readonly where: string;
  readonly documented: boolean;
  readonly example: boolean;
}

interface Declared {
  readonly line: number;
  readonly documented: boolean;
  readonly example: boolean;
}

interface ModuleExports {
  /** Names declared (or re-exported by name) here. */
  readonly own: Map<string, { file: string; declared: Declared } | { from: string; name: string }>;
  /** Modules re-exported whole (`export * from`). */
  readonly stars: string[];
}

const exported = (node: ts.Node): boolean =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

function docOf(node: ts.Node, sf: ts.SourceFile): Declared {
  const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? [];
  return {
    line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
    documented: docs.length > 0,
    example: docs.some((d) => (d.tags ?? []).some((t) => t.tagName.text === 'example')),
  };
}

// `./x.js` in a source file means `./x.ts` beside it; `@stancelog/core`, re-exported by another package, the core's
// own entry point (its doc comments are the core's).
const sourcePath = (from: string, specifier: string): string => {
  const pkg = /^@stancelog\/([a-z-]+)$/.exec(specifier);
  return pkg ? resolve(__dirname, '..', 'packages', pkg[1]!, 'src', 'index.ts') : resolve(dirname(from), specifier.replace(/\.js$/, '.ts'));
};

function exportsOf(file: string, cache: Map<string, ModuleExports>): ModuleExports {
  const known = cache.get(file);
  if (known) return known;
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const own: ModuleExports['own'] = new Map();
  const stars: string[] = [];
  const found: ModuleExports = { own, stars };
  cache.set(file, found);
  const merge = (name: string, declared: Declared) => {
    const before = own.get(name);
    // Overloads and a type beside its codec of the same name: any documented one counts.
    if (before && 'declared' in before) {
      own.set(name, {
        file,
        declared: {
          line: before.declared.line,
          documented: before.declared.documented || declared.documented,
          example: before.declared.example || declared.example,
        },
      });
    } else own.set(name, { file, declared });
  };
  for (const node of sf.statements) {
    if (ts.isExportDeclaration(node)) {
      if (!node.moduleSpecifier || !ts.isStringLiteral(node.moduleSpecifier)) continue;
      const from = sourcePath(file, node.moduleSpecifier.text);
      if (!node.exportClause) stars.push(from);
      else if (ts.isNamedExports(node.exportClause)) {
        for (const spec of node.exportClause.elements) own.set(spec.name.text, { from, name: (spec.propertyName ?? spec.name).text });
      }
      continue;
    }
    if (!exported(node)) continue;
    if (ts.isVariableStatement(node)) {
      for (const d of node.declarationList.declarations) if (ts.isIdentifier(d.name)) merge(d.name.text, docOf(node, sf));
    } else if (
      (ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isEnumDeclaration(node)) &&
      node.name
    ) {
      merge(node.name.text, docOf(node, sf));
    }
  }
  return found;
}

function resolveName(file: string, name: string, cache: Map<string, ModuleExports>, seen = new Set<string>()): { file: string; declared: Declared } | undefined {
  if (seen.has(`${file}#${name}`)) return undefined;
  seen.add(`${file}#${name}`);
  const mod = exportsOf(file, cache);
  const entry = mod.own.get(name);
  if (entry) return 'declared' in entry ? entry : resolveName(entry.from, entry.name, cache, seen);
  for (const star of mod.stars) {
    const hit = resolveName(star, name, cache, seen);
    if (hit) return hit;
  }
  return undefined;
}

function namesOf(file: string, cache: Map<string, ModuleExports>, seen = new Set<string>()): Set<string> {
  const names = new Set<string>();
  if (seen.has(file)) return names;
  seen.add(file);
  const mod = exportsOf(file, cache);
  for (const name of mod.own.keys()) names.add(name);
  for (const star of mod.stars) for (const name of namesOf(star, cache, seen)) names.add(name);
  return names;
}

/**
 * Every export of the module at `entry` (a package's `src/index.ts`), with
 * where it is declared and whether its doc comment has an example.
 */
export function publicExports(entry: string, root = dirname(entry)): PublicExport[] {
  const cache = new Map<string, ModuleExports>();
  return [...namesOf(entry, cache)].sort().map((name) => {
    const hit = resolveName(entry, name, cache);
    if (!hit) return { name, where: '(not found)', documented: false, example: false };
    return { name, where: `${hit.file.slice(root.length + 1)}:${hit.declared.line}`, documented: hit.declared.documented, example: hit.declared.example };
  });
}
