// Makes each TypeScript block of docs/testing.md (markdown-code-blocks.ts
// finds them) a module a reader's test would be: the blocks leave their
// imports out, and the page lists them in its block marked `imports` (the
// kit's and core's names) and says that
// `pressureIndex` and `threatDuringTalks` are the template's
// (examples/custom-reducer/src). Used by the test that runs them
// (examples/custom-reducer/test/docs-testing.test.ts) and by the type check
// of them (write-doc-examples.ts), so that the page's code cannot drift from
// the API as the READMEs' cannot.
import { codeBlocks, markerOf, withClaimsAsserted } from './markdown-code-blocks.js';

/** One ```ts block of docs/testing.md, as a module of its own. */
export interface TestingDocExample {
  /** `docs/testing.md:line` of the block's opening fence. */
  readonly where: string;
  /** The block with the imports it uses, and the timeline of section 3 before it when it reads `events` that it does not make. */
  readonly code: string;
  /** The same, with what its comments claim it gives checked (`__claims`: markdown-code-blocks.ts), to run. */
  readonly checked: string;
  /** The `docs/testing.md:line` of each of those claims. */
  readonly claims: string[];
  /** Why it is type-checked only, not run (it needs a server), as its marker says, if so. */
  readonly typeOnly: string | undefined;
}

/** The template's names the page's blocks use, and their modules, from a file of examples/custom-reducer/test (or .doc-examples). */
const TEMPLATE: Record<string, string> = {
  pressureIndex: '../src/pressure-index.js',
  threatDuringTalks: '../src/threat-during-talks.js',
};

/** The names an import line binds (`import { a, b as c } from`, `import x from`, `import type { T } from`). */
function bound(importLine: string): string[] {
  const named = /\{([^}]*)\}/.exec(importLine)?.[1];
  if (named !== undefined) return named.split(',').map((n) => n.trim().split(/\s+as\s+/).pop()!.trim()).filter((n) => n !== '');
  const single = /^import\s+(?:type\s+)?([A-Za-z_$][\w$]*)\s+from/.exec(importLine)?.[1];
  return single === undefined ? [] : [single];
}

/** The `import` statements at the head of a block (one may span lines), and the rest. */
function splitImports(code: string): { imports: string[]; body: string } {
  const statements = [...code.matchAll(/^import\b[\s\S]*?(?:from\s+)?'[^']+'[^\n]*$/gm)].map((m) => m[0]);
  let body = code;
  for (const s of statements) body = body.replace(s, '');
  return { imports: statements, body };
}

/** Whether `name` is used as an identifier in `code` (not as a property, `.name`, nor as a key, `name:`). */
function uses(code: string, name: string): boolean {
  return new RegExp(`(?<![.\\w$])${name.replace(/\$/g, '\\$')}\\b(?!\\s*:)`).test(code);
}

/** Every ```ts block of docs/testing.md under `root` but the list of imports (and the modules a test of their own runs), each made a module. */
export function testingDocExamples(root: string): TestingDocExample[] {
  const all = codeBlocks(root, 'docs/testing.md').filter((b) => b.language === 'ts' && markerOf(b, 'module') === undefined);
  const list = all.find((b) => markerOf(b, 'imports') !== undefined);
  if (list === undefined) return [];
  const rest = all.filter((b) => b !== list);
  const listed = splitImports(list.code).imports;
  const timeline = rest.find((b) => /^const events = /m.test(b.code));
  // The block `code` as a module: the timeline before it if it reads it, and the imports it needs.
  const asModule = (code: string, isTimeline: boolean): string => {
    // A block that reads the events of section 3 without making them: "the timeline of section 3".
    const whole = timeline !== undefined && uses(code, 'events') && !/\bconst (\[[^\]]*\bevents\b|events\b)/.test(code) ? `${timeline.code}\n${code}` : code;
    const own = splitImports(whole);
    const ownNames = new Set(own.imports.flatMap(bound));
    // From the page's list, the names the block uses and does not import itself (an unused import fails the type check).
    const fromList = listed.flatMap((statement) => {
      const names = bound(statement).filter((n) => !ownNames.has(n) && uses(own.body, n));
      if (names.length === 0) {
        // The matchers' module binds nothing: it is needed where the block uses a matcher and does not import it.
        const sideEffect = /^import\s+'([^']+)'/.exec(statement)?.[1];
        return sideEffect !== undefined && /\.toHave(Position|Contradiction)\(/.test(own.body) && !own.imports.some((s) => s.includes(`'${sideEffect}'`)) ? [`import '${sideEffect}'`] : [];
      }
      const from = /'([^']+)'\s*$/.exec(statement.split('\n').pop()!)?.[1] ?? /from\s+'([^']+)'/.exec(statement)?.[1];
      return [`import { ${names.join(', ')} } from '${from}'`];
    });
    const template = Object.entries(TEMPLATE)
      .filter(([name]) => !ownNames.has(name) && uses(own.body, name))
      .map(([name, from]) => `import { ${name} } from '${from}'`);
    // The timeline alone makes events that only later blocks read: exported, it is no unused name.
    const shared = isTimeline ? ['export { events }'] : [];
    return [...own.imports, ...fromList, ...template, own.body.replace(/^\n+/, ''), ...shared].join('\n');
  };
  return rest.map((block) => {
    const asserted = withClaimsAsserted(block.code, block.where);
    return { where: block.where, code: asModule(block.code, block === timeline), checked: asModule(asserted.code, block === timeline), claims: asserted.claims, typeOnly: markerOf(block, 'type-only')?.why };
  });
}
