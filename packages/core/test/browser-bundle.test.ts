// The core runs in browsers (README): bundled for the browser it must need no
// Node built-in, carry fp-ts once, and work with only what a browser offers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { BuildOptions } from 'esbuild';

const entry = join(__dirname, '..', 'src', 'index.ts');

/** The core bundled as the README's "In the browser" says (esm, minified), from `contents` importing it. */
async function bundled(contents: string, options: BuildOptions = {}): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: join(__dirname, '..', 'src'), loader: 'ts' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'silent',
    ...options,
  });
  return result.outputFiles![0]!.text;
}

describe('the core bundled for a browser', () => {
  let code: string;
  let inputs: string[];
  beforeAll(async () => {
    // platform 'browser' fails the build on any import of a Node built-in ("Could not resolve \"node:fs\"").
    const result = await build({ entryPoints: [entry], bundle: true, platform: 'browser', format: 'iife', globalName: 'stancelog', target: 'es2020', write: false, metafile: true, logLevel: 'silent' });
    code = result.outputFiles[0]!.text;
    inputs = Object.keys(result.metafile.inputs);
  });

  it('carries fp-ts once: its ES build (through io-ts), not also its CommonJS one', () => {
    expect(inputs.some((p) => p.includes('fp-ts/es6/'))).toBe(true);
    expect(inputs.filter((p) => p.includes('fp-ts/lib/'))).toEqual([]);
  });

  it('appends, projects and finds a contradiction with browser globals alone', async () => {
    const context = createContext({ TextEncoder, TextDecoder, structuredClone, queueMicrotask, setTimeout, clearTimeout, console });
    runInContext(code, context);
    const run = runInContext(
      `(async () => {
        const { analysis, contradictionList, openMemoryStore, project, statementMade } = stancelog;
        const store = openMemoryStore();
        const appended = await store.append([
          statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-05-16', source: { quote: 'no truce' } }),
          statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-05-16', source: { quote: 'a truce now' } }),
        ]);
        if (appended._tag === 'Left') return appended.left.message;
        const projected = await project(store, analysis());
        return projected._tag === 'Left' ? projected.left.message : contradictionList(projected.right.state).map((c) => c.type + ' ' + c.actors.join(','));
      })()`,
      context,
    ) as Promise<unknown>;
    expect(await run).toEqual(['incompatible russia,ukraine']);
  });

  // The README's "In the browser" names browsers and sizes: they must stay true.
  it("needs no lowering for the browsers the README names (ES2022, as compiled), and esbuild's --target lowers it down to the older ones it names", async () => {
    const all = `export * from ${JSON.stringify(entry)}`;
    const asIs = await bundled(all);
    expect(await bundled(all, { target: ['chrome98', 'edge98', 'firefox94', 'safari16.4'] })).toBe(asIs);
    for (const target of ['chrome80', 'firefox78', 'safari14.1']) await expect(bundled(all, { target })).resolves.toEqual(expect.any(String));
  });

  // Read from the README, so that its figures and this check cannot part: the targets it says esbuild lowers the
  // syntax to, the one it says fails, and the functions it says the bundle uses, which no target adds.
  it("lowers to the oldest browsers the README names, fails for the target it says fails, and uses the functions it says older browsers lack", async () => {
    const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8').replace(/\s+/g, ' ');
    const browsers = /the repository's test builds for Chrome (\d+), Firefox (\d+) and Safari ([\d.]+),.*?`--target=(\w+)` fails: "([^"]+)".*?down to Chrome (\d+) and Firefox (\d+)\. Lowered syntax adds no functions, though: the bundle uses ([^(]+)\(/.exec(readme);
    expect(browsers).not.toBeNull();
    const [, chrome, firefox, safari, failing, failure, oldestChrome, oldestFirefox, calls] = browsers!;
    const all = `export * from ${JSON.stringify(entry)}`;
    for (const target of [`chrome${chrome}`, `firefox${firefox}`, `safari${safari}`, `chrome${oldestChrome}`, `firefox${oldestFirefox}`]) {
      await expect(bundled(all, { target })).resolves.toEqual(expect.any(String));
    }
    // The oldest: one version before each does not build.
    await expect(bundled(all, { target: `chrome${Number(oldestChrome) - 1}` })).rejects.toThrow(/is not supported yet/);
    await expect(bundled(all, { target: `firefox${Number(oldestFirefox) - 1}` })).rejects.toThrow(/is not supported yet/);
    await expect(bundled(all, { target: failing! })).rejects.toThrow(failure!.replace('the configured target environment', `the configured target environment ("${failing}")`));
    const asIs = await bundled(all);
    const named = [...calls!.matchAll(/`([\w.]+)`/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(0);
    for (const name of named) expect(asIs).toContain(name);
  });

  it('is about the size the README says, gzipped: the whole core under 69 kB, the codecs alone under 9 kB', async () => {
    const gzipped = async (contents: string): Promise<number> => gzipSync(await bundled(contents)).length;
    expect(await gzipped(`export * from ${JSON.stringify(entry)}`)).toBeLessThan(69_000);
    expect(await gzipped(`export { Actor, Issue, Statement, StatementInput, Event, StoredEvent } from ${JSON.stringify(entry)}`)).toBeLessThan(9_000);
  });
});
