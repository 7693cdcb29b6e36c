// Checks the packages as users get them: packs every public package, installs
// the tarballs into a scratch Node app outside the workspace (dependencies are
// linked from the workspace's pnpm store, so no network is needed), then
// imports them with `import` and `require`, type-checks a TypeScript user of
// both flavours, and runs the packed `stancelog` bin. Run after `pnpm build`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');

function fail(message) {
  console.error(`pack-test: FAILED: ${message}`);
  process.exit(1);
}

function sh(cmd, args, options = {}) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
  } catch (error) {
    fail(`${cmd} ${args.join(' ')} (in ${options.cwd ?? process.cwd()}) exited ${error.status}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
}

// The public packages of the workspace.
const packages = readdirSync(join(root, 'packages'))
  .map((name) => ({ dir: join(root, 'packages', name), manifest: join(root, 'packages', name, 'package.json') }))
  .filter((p) => existsSync(p.manifest))
  .map((p) => ({ ...p, json: JSON.parse(readFileSync(p.manifest, 'utf8')) }))
  .filter((p) => !p.json.private);
for (const p of packages) {
  for (const entry of ['dist/esm/index.js', 'dist/cjs/index.js', 'dist/esm/index.d.ts', 'dist/cjs/package.json']) {
    if (!existsSync(join(p.dir, entry))) fail(`${p.json.name} has no ${entry}: run \`pnpm build\` first`);
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'stancelog-pack-'));
const tarballs = join(scratch, 'tarballs');
const app = join(scratch, 'app');
const modules = join(app, 'node_modules');
mkdirSync(tarballs);
mkdirSync(join(modules, '@stancelog'), { recursive: true });
console.log(`pack-test: scratch app in ${app}`);

// A module whose source is gone is not packed: `tsc -b` never removes the
// output of a deleted or renamed source, so prepack prunes dist/
// (scripts/prune-dist.mjs). A stray module in the first package's dist/
// stands for one, removed whatever happens.
const strayOf = packages[0];
const strays = ['dist/esm/pack-test-stray.js', 'dist/esm/pack-test-stray.d.ts', 'dist/cjs/pack-test-stray.js'];
const removeStrays = () => { for (const f of strays) rmSync(join(strayOf.dir, f), { force: true }); };
process.on('exit', removeStrays);
for (const f of strays) writeFileSync(join(strayOf.dir, f), 'export const stray = true;\n');

// Pack and extract each package where npm would install it.
const names = new Set(packages.map((p) => p.json.name));
for (const p of packages) {
  const before = new Set(readdirSync(tarballs));
  sh('pnpm', ['pack', '--pack-destination', tarballs], { cwd: p.dir });
  const tarball = readdirSync(tarballs).find((f) => !before.has(f) && f.endsWith('.tgz'));
  if (!tarball) fail(`pnpm pack made no tarball for ${p.json.name}`);
  const dest = join(modules, p.json.name);
  mkdirSync(dest, { recursive: true });
  sh('tar', ['-xzf', join(tarballs, tarball), '-C', dest, '--strip-components=1']);
  const packed = JSON.parse(readFileSync(join(dest, 'package.json'), 'utf8'));
  // What a user of the tarball needs besides the code: the terms it comes under and how to start.
  for (const file of ['LICENSE', 'README.md']) if (!existsSync(join(dest, file))) fail(`${p.json.name}'s tarball has no ${file}`);
  // And nothing a user does not run or read: no build state (dist/esm.tsbuildinfo, the build tree's paths), no build scripts.
  const shipped = sh('tar', ['-tzf', join(tarballs, tarball)]).split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
  const extra = shipped.filter((f) => !/^(dist\/(esm|cjs)\/|src\/|bin\/)/.test(f) && !['LICENSE', 'README.md', 'package.json'].includes(f));
  if (p === strayOf) {
    removeStrays();
    const packed = strays.filter((f) => shipped.includes(f));
    if (packed.length > 0) fail(`${p.json.name}'s tarball holds ${packed.join(', ')}, which no source produces: prepack must prune dist/`);
  }
  if (extra.length > 0) fail(`${p.json.name}'s tarball holds what no user needs: ${extra.join(', ')} (its package.json's "files" names too much)`);
  for (const [dep, range] of Object.entries(packed.dependencies ?? {})) {
    if (String(range).startsWith('workspace:')) fail(`${p.json.name}'s packed manifest still says ${dep}@${range}`);
  }
  console.log(`pack-test: packed ${p.json.name}@${packed.version} (${tarball})`);
}

// Link third-party dependencies from the workspace's pnpm store. Node follows
// the links to their real paths, where pnpm keeps each package's own deps.
function link(p, dep) {
  if (names.has(dep) || existsSync(join(modules, dep))) return;
  const candidates = [join(p.dir, 'node_modules', dep), join(root, 'node_modules', dep)];
  const found = candidates.find((c) => existsSync(c));
  if (!found) fail(`${p.json.name} depends on ${dep}, which the workspace has not installed`);
  mkdirSync(dirname(join(modules, dep)), { recursive: true });
  symlinkSync(realpathSync(found), join(modules, dep), 'dir');
}
// Optional peers are left out until the jest checks below: the app is first
// a user without them (the testing kit's jest, which its main entry must not need).
const optionalPeers = (p) => Object.keys(p.json.peerDependenciesMeta ?? {}).filter((dep) => p.json.peerDependenciesMeta[dep].optional === true);
for (const p of packages) {
  const optional = new Set(optionalPeers(p));
  for (const dep of Object.keys({ ...p.json.dependencies, ...p.json.peerDependencies })) if (!optional.has(dep)) link(p, dep);
}

writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'stancelog-pack-test-app', private: true, version: '0.0.0' }, null, 2));

// Every package loads both ways, the testing kit's main entry too, with no
// jest installed: its specs and laws throw their own errors, so they run
// under any test runner (its README says so). Only its jest entries (the
// matchers, the conformance suite) need @jest/globals, an optional peer that
// runs inside jest alone: for them, check that both entry points resolve to files.
// Core's second entry, the kit stores are built from, and the report's data
// entry load both ways too.
const runnable = [...names, ...(names.has('@stancelog/core') ? ['@stancelog/core/store-kit'] : []), ...(names.has('@stancelog/report') ? ['@stancelog/report/data'] : [])];
const resolvable = names.has('@stancelog/testing') ? ['@stancelog/testing/jest', '@stancelog/testing/conformance'] : [];
const list = (xs) => xs.map((n) => JSON.stringify(n)).join(', ');
writeFileSync(
  join(app, 'load-all.mjs'),
  `import { existsSync } from 'node:fs';\nimport { fileURLToPath } from 'node:url';\n` +
    `for (const n of [${list(runnable)}]) { const m = await import(n); if (Object.keys(m).length < 2) throw new Error(n + ' exports nothing'); }\n` +
    `for (const n of [${list(resolvable)}]) { if (!existsSync(fileURLToPath(import.meta.resolve(n)))) throw new Error(n + ' does not resolve'); }\n` +
    (names.has('@stancelog/testing') ? `{ const { analysis } = await import('@stancelog/core'); const { ReducerSpec, statement } = await import('@stancelog/testing'); ReducerSpec.for(analysis()).given([statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })]).thenPositions([{ holder: 'russia', issue: 'ceasefire', polarity: '-' }]); }\n` : '') +
    `console.log('import: every package loads');\n`,
);
writeFileSync(
  join(app, 'load-all.cjs'),
  `for (const n of [${list(runnable)}]) { const m = require(n); if (Object.keys(m).length < 2) throw new Error(n + ' exports nothing'); }\n` +
    `for (const n of [${list(resolvable)}]) { require('node:fs').statSync(require.resolve(n)); }\n` +
    (names.has('@stancelog/testing') ? `{ const { analysis } = require('@stancelog/core'); const { ReducerSpec, statement } = require('@stancelog/testing'); ReducerSpec.for(analysis()).given([statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })]).thenPositions([{ holder: 'russia', issue: 'ceasefire', polarity: '-' }]); }\n` : '') +
    `console.log('require: every package loads');\n`,
);

// A small user of core and the file store, written once for each module system.
const program = (load) => `${load}
const assert = require_('node:assert/strict');
const { mkdtempSync } = require_('node:fs');
const { join } = require_('node:path');
const { tmpdir } = require_('node:os');
const demand = statementMade({ holder: 'russia', issue: 'territorial-concessions', kind: 'demand', polarity: '+', statedAt: '2025-05-16', source: { quote: 'wants land handed over' } });
const refusal = statementMade({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'red-line', polarity: '-', statedAt: '2025-05-16', source: { quote: 'will not hand over land' } });
async function main() {
  const memory = openMemoryStore();
  const appended = await memory.append([demand, refusal, demand]);
  assert.equal(appended._tag, 'Right');
  assert.equal(appended.right.head, 2);
  const projected = await project(memory, analysis());
  assert.equal(projected._tag, 'Right');
  const positions = positionList(projected.right.state);
  assert.deepEqual(positions.map((p) => p.holder + ' ' + p.polarity), ['russia +', 'ukraine -']);
  assert.equal(contradictionList(projected.right.state)[0].type, 'incompatible');
  const opened = await openFileStore(join(mkdtempSync(join(tmpdir(), 'stancelog-pack-store-')), 'log.jsonl'));
  assert.equal(opened._tag, 'Right', opened.left && opened.left.message);
  const file = opened.right;
  assert.equal((await file.append([demand, refusal]))._tag, 'Right');
  assert.equal((await readAll(file)).length, 2);
  await file.close();
  console.log(KIND + ': core and store-file work');
}
main().catch((error) => { console.error(error); process.exit(1); });
`;
writeFileSync(
  join(app, 'use.mjs'),
  program(`import { createRequire } from 'node:module';
import { analysis, contradictionList, openMemoryStore, positionList, project, readAll, statementMade } from '@stancelog/core';
import { openFileStore } from '@stancelog/store-file';
const require_ = createRequire(import.meta.url);
const KIND = 'import';`),
);
writeFileSync(
  join(app, 'use.cjs'),
  program(`const { analysis, contradictionList, openMemoryStore, positionList, project, readAll, statementMade } = require('@stancelog/core');
const { openFileStore } = require('@stancelog/store-file');
const require_ = require;
const KIND = 'require';`),
);
// TMPDIR inside the scratch folder: the store each program opens goes when the scratch does.
for (const file of ['load-all.mjs', 'load-all.cjs', 'use.mjs', 'use.cjs']) console.log(`pack-test: ${sh(process.execPath, [file], { cwd: app, env: { ...process.env, TMPDIR: scratch } }).trim()}`);

// TypeScript users of both flavours find the types through the exports map.
writeFileSync(
  join(app, 'check.mts'),
  `import { openMemoryStore, statementMade } from '@stancelog/core';\nimport type { EventStore } from '@stancelog/core';\nimport { prepareBatch } from '@stancelog/core/store-kit';\nexport const prepared = prepareBatch([]);\nimport { openFileStore } from '@stancelog/store-file';\nimport { run } from '@stancelog/cli';\nimport { frameViews, reportData } from '@stancelog/report/data';\nconst data = reportData([]);\nexport const drawn = data.frames.map((frame) => frameViews(data, frame));\nconst store: EventStore = openMemoryStore();\nexport const pending = [store.append([statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', source: { quote: 'q' } })]), openFileStore('x.jsonl'), run(['--version'], { stdout: { write: () => true }, stderr: { write: () => true }, cwd: '.', env: {} })];\n`,
);
writeFileSync(
  join(app, 'check.cts'),
  `import core = require('@stancelog/core');\nimport kit = require('@stancelog/core/store-kit');\nimport file = require('@stancelog/store-file');\nimport data = require('@stancelog/report/data');\nexport const days = data.statementDays([]);\nexport const prepared = kit.prepareBatch([]);\nconst store: core.EventStore = core.openMemoryStore();\nexport const pending = [store.head(), file.openFileStore('x.jsonl')];\n`,
);
writeFileSync(
  join(app, 'tsconfig.json'),
  JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['check.mts', 'check.cts'] }, null, 2),
);
sh(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: app });
console.log('pack-test: types resolve for import and require');

// A browser app bundles the core and the report's data entry from the packed
// packages as the core's README says (esbuild, --platform=browser, which fails
// the build on any import of a Node built-in), and the bundle runs with a
// browser's globals alone: a log replayed into the report's frames.
if (names.has('@stancelog/core') && names.has('@stancelog/report')) {
  const { build } = await import('esbuild');
  writeFileSync(
    join(app, 'browser-app.mjs'),
    `import { openMemoryStore, readAll, statementMade } from '@stancelog/core';
import { frameViews, reportData } from '@stancelog/report/data';
globalThis.drawn = (async () => {
  const store = openMemoryStore();
  await store.append([
    statementMade({ holder: 'dockers-union', issue: 'wage-raise', kind: 'demand', polarity: '+', statedAt: '2026-09-01', source: { quote: 'five percent or we stay out' } }),
    statementMade({ holder: 'port-authority', issue: 'wage-raise', kind: 'reject', polarity: '-', statedAt: '2026-09-03', source: { quote: 'there is no money for a raise' } }),
  ]);
  const data = reportData(await readAll(store));
  const last = frameViews(data, data.frames[data.frames.length - 1]);
  return data.frames.length + ' days, ' + last.contradictions.map((c) => c.type).join(', ');
})();
`,
  );
  let code;
  try {
    code = (await build({ entryPoints: [join(app, 'browser-app.mjs')], bundle: true, platform: 'browser', format: 'iife', minify: true, write: false, logLevel: 'silent' })).outputFiles[0].text;
  } catch (error) {
    fail(`a browser bundle of @stancelog/core and @stancelog/report/data does not build:\n${(error.errors ?? [error]).map((e) => `  ${e.text ?? e.message}${e.location ? ` (${e.location.file}:${e.location.line})` : ''}`).join('\n')}`);
  }
  const { createContext, runInContext } = await import('node:vm');
  const context = createContext({ TextEncoder, TextDecoder, structuredClone, queueMicrotask, setTimeout, clearTimeout, console });
  runInContext(code, context);
  const drawn = await context.drawn;
  if (drawn !== '2 days, incompatible') fail(`the browser bundle of @stancelog/report/data drew ${JSON.stringify(drawn)}`);
  console.log(`pack-test: core and the report's data entry bundle for a browser (${Math.round(code.length / 1024)} kB) and draw a log there`);
}

// An application's own code, under the strictest settings users turn on and
// without skipLibCheck, so the packed declarations are checked too: every
// error a store returns is switched on exhaustively, results are read through
// their tags, and a custom rule and reducer are written and specified. Under
// node16 and bundler resolution alike.
writeFileSync(
  join(app, 'check-strict.ts'),
  `import { analysis, contradictionList, follow, momentOf, openMemoryStore, positionList, positions, project, readAll, reducer, statementMade } from '@stancelog/core';
import type { ContradictionRule, EventStore, Reducer, StanceEntry, StoreError } from '@stancelog/core';
import { ingestText } from '@stancelog/ingest';
import { openFileStore } from '@stancelog/store-file';
import type { FileStoreOptions } from '@stancelog/store-file';
import { openPostgresStore } from '@stancelog/store-postgres';
import type { PostgresStoreOptions } from '@stancelog/store-postgres';
import { ReducerSpec, checkReducerLaws, statement } from '@stancelog/testing';
export function describeError(e: StoreError): string {
  switch (e._tag) {
    case 'InvalidEvent': return \`\${e.index} \${e.line ?? '-'} \${e.issues.map((i) => i.path).join()}\`;
    case 'AppendConflict': return \`\${e.expected} \${e.actual}\`;
    case 'StoreLocked': return e.path;
    case 'StoreCorrupt': return \`\${e.location}:\${e.line ?? '?'}\`;
    case 'StoreUnavailable': return e.message;
    case 'InvalidQuery': return e.message;
    default: { const never: never = e; return never; }
  }
}
export function threatThenCommit(days: number): ContradictionRule<null, { threat: StanceEntry | undefined }> {
  return {
    type: 'threat-then-commit', version: '1', initial: () => null, initialSlot: () => ({ threat: undefined }),
    onStatement: (ctx, _state, entry, position, slot) => {
      if (entry.kind === 'threat') slot.threat = entry;
      else if (entry.kind === 'commit' && slot.threat && entry.validFrom - slot.threat.validFrom <= days * 1440) {
        ctx.open({ type: 'threat-then-commit', key: position.key, issues: [position.issue], actors: [position.holder], since: momentOf(entry), statements: [slot.threat.id, entry.id], summary: 'threat, then commit' });
      }
    },
  };
}
export const publishers: Reducer<{ byIssue: Map<string, Set<string>> }> = reducer({
  name: 'publishers', version: '1', initial: () => ({ byIssue: new Map() }),
  recipe: (state, event) => {
    if (event.type !== 'statement-made') return;
    const seen = state.byIssue.get(event.data.issue) ?? new Set<string>();
    seen.add(event.data.source.publisher ?? 'unnamed');
    state.byIssue.set(event.data.issue, seen);
  },
});
// The PostgreSQL store's declarations name pg's types: they must resolve in an application that installed only the store.
export async function openShared(options: PostgresStoreOptions): Promise<string> {
  const opened = await openPostgresStore(options);
  if (opened._tag === 'Left') return describeError(opened.left);
  await opened.right.close();
  return 'open';
}
export async function main(): Promise<string[]> {
  const opened = await openFileStore('talks.jsonl', { readOnly: false, fsync: 'never' });
  if (opened._tag === 'Left') return [describeError(opened.left)];
  const store: EventStore = opened.right;
  const appended = await store.append([statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'threat', polarity: '-', statedAt: '2025-05-16', source: { quote: 'q', publisher: 'Wire' } })], { expectedPosition: 0 });
  if (appended._tag === 'Left') return [describeError(appended.left)];
  const projected = await project(store, analysis({ extraRules: [threatThenCommit(7)] }), { asOf: { validTime: '2025-06-01' } });
  if (projected._tag === 'Left') return [describeError(projected.left)];
  const first = positionList(projected.right.state)[0];
  const live = follow(openMemoryStore(), publishers, { onChange: (state) => void state.byIssue.size });
  await live.stop();
  ReducerSpec.for(publishers).given([statement({ holder: 'russia', issue: 'ceasefire', kind: 'threat', polarity: '-', publisher: null, source: { title: 't' } })]).then({ byIssue: new Map([['ceasefire', new Set(['unnamed'])]]) });
  checkReducerLaws(publishers, { numRuns: 1 });
  return [first?.holder ?? 'none', ...contradictionList(projected.right.state).map((c) => c.type)];
}
// An optional field set to undefined is accepted as absent, as the runtime
// does (io-ts's t.partial, \`options.x ?? default\`): code that forwards a
// maybe-missing value need not drop the key under exactOptionalPropertyTypes.
export async function forwardsUndefined(publisher: string | undefined, after: number | undefined): Promise<unknown[]> {
  const store = openMemoryStore({ events: undefined });
  const made = statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: undefined, confidence: undefined, conditions: undefined, speaker: { name: 'Dmitry Peskov', actor: undefined }, source: { quote: 'q', publisher, url: undefined, title: undefined, publishedAt: undefined, offsets: undefined } });
  await store.append([made, { ...made, recordedAt: undefined }], { expectedPosition: undefined, now: undefined });
  const read = await readAll(store, { after, tags: undefined, limit: undefined });
  const projected = await project(store, analysis({ extraRules: undefined, reportWindowDays: undefined, ownWordsDays: undefined }), { asOf: { validTime: undefined, recordedTime: undefined }, snapshots: undefined });
  const state = projected._tag === 'Right' ? projected.right.state : undefined;
  const file: FileStoreOptions = { readOnly: undefined, fsync: undefined };
  const text = ingestText('Russia rejects a ceasefire.', { publisher, url: undefined }, { maxChars: undefined });
  // A rule whose hooks are chosen at run time: a hook set to undefined is one it does not have.
  const quiet: ContradictionRule<null> = { type: 'quiet', version: '1', initial: () => null, onChange: undefined, onSettle: undefined, onRegistry: undefined };
  await project(store, analysis({ extraRules: [quiet] }));
  return [read.length, state && contradictionList(state, { type: undefined, actor: undefined }), state && positionList(state, { holder: undefined, issue: undefined }), file, text._tag, statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', publisher, statedAt: undefined, recordedAt: undefined, speaker: { name: 'an editor', actor: undefined } }), positions({ ownWordsDays: undefined })];
}
`,
);
for (const [module, resolution] of [['node16', 'node16'], ['esnext', 'bundler']]) {
  const config = `tsconfig.strict-${resolution}.json`;
  writeFileSync(
    join(app, config),
    JSON.stringify({ compilerOptions: { module, moduleResolution: resolution, target: 'es2022', strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, noImplicitOverride: true, noPropertyAccessFromIndexSignature: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['check-strict.ts'] }, null, 2),
  );
  sh(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', config], { cwd: app });
}
console.log('pack-test: strict application code (exactOptionalPropertyTypes, noUncheckedIndexedAccess, declarations checked) compiles under node16 and bundler');

// A CommonJS application as TypeScript compiles one by default (module
// commonjs, node10 resolution, no esModuleInterop) reads the declarations
// too: a default import of a CommonJS module in them (pg's) fails it. The
// testing kit is left out: fast-check's own declarations need node16
// (docs/testing.md).
writeFileSync(
  join(app, 'check-commonjs.ts'),
  `import * as core from '@stancelog/core';\nimport * as kit from '@stancelog/core/store-kit';\nimport * as file from '@stancelog/store-file';\nimport * as postgres from '@stancelog/store-postgres';\nimport * as ingest from '@stancelog/ingest';\nimport * as report from '@stancelog/report';\nimport * as data from '@stancelog/report/data';\nimport * as cli from '@stancelog/cli';\nexport const all = [core, kit, file, postgres, ingest, report, data, cli];\nexport async function open(url: string): Promise<string> { const opened = await postgres.openPostgresStore({ url }); return opened._tag === 'Left' ? opened.left.message : String(await opened.right.head()); }\n`,
);
writeFileSync(
  join(app, 'tsconfig.commonjs.json'),
  JSON.stringify({ compilerOptions: { module: 'commonjs', target: 'es2022', strict: true, exactOptionalPropertyTypes: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['check-commonjs.ts'] }, null, 2),
);
sh(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.commonjs.json'], { cwd: app });
console.log('pack-test: a CommonJS application without esModuleInterop compiles against the declarations');

// The PostgreSQL store's driver loads both ways: a server that is not there is a Left naming it, not a crash.
const refused = (load) => `${load}\nopenPostgresStore({ url: 'postgres://nobody@127.0.0.1:1/none', connectionTimeoutMillis: 2000 }).then((opened) => { if (opened._tag !== 'Left' || !/ECONNREFUSED/.test(opened.left.message)) throw new Error(JSON.stringify(opened)); console.log(KIND + ': store-postgres says the server is not there'); }).catch((error) => { console.error(error); process.exit(1); });\n`;
writeFileSync(join(app, 'postgres-refused.mjs'), refused(`import { openPostgresStore } from '@stancelog/store-postgres';\nconst KIND = 'import';`));
writeFileSync(join(app, 'postgres-refused.cjs'), refused(`const { openPostgresStore } = require('@stancelog/store-postgres');\nconst KIND = 'require';`));
for (const file of ['postgres-refused.mjs', 'postgres-refused.cjs']) console.log(`pack-test: ${sh(process.execPath, [file], { cwd: app }).trim()}`);

// The testing kit's matchers type-check on @jest/globals' expect, under nodenext and under node10 (ts-jest's CommonJS default),
// and core's store-kit resolves under both (node10 reads no exports map: typesVersions names the kit's types).
// The user installs the optional peers (jest) first.
for (const p of packages) for (const dep of optionalPeers(p)) link(p, dep);
writeFileSync(
  join(app, 'check-jest.ts'),
  `import '@stancelog/testing/jest';\nimport { expect } from '@jest/globals';\nimport { prepareBatch } from '@stancelog/core/store-kit';\nexport const prepared = prepareBatch([]);\nimport { statementDays } from '@stancelog/report/data';\nexport const days = statementDays([]);\nexport const check = (): void => {\n  expect([]).toHavePosition('russia', 'ceasefire', '-');\n  expect([]).not.toHaveContradiction({ type: 'incompatible' });\n};\n`,
);
for (const [module, resolution] of [['nodenext', 'nodenext'], ['commonjs', 'node10']]) {
  const config = `tsconfig.jest-${resolution}.json`;
  writeFileSync(join(app, config), JSON.stringify({ compilerOptions: { module, moduleResolution: resolution, target: 'es2022', strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['check-jest.ts'] }, null, 2));
  sh(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', config], { cwd: app });
}
console.log('pack-test: the jest matchers, the store-kit and the report\'s data entry type-check under nodenext and node10');

// The packed bin.
const bin = join(modules, '@stancelog', 'cli', JSON.parse(readFileSync(join(modules, '@stancelog', 'cli', 'package.json'), 'utf8')).bin.stancelog);
writeFileSync(
  join(app, 'talks.jsonl'),
  [
    { holder: 'russia', issue: 'nato-membership', kind: 'demand', polarity: '-', statedAt: '2025-05-16', source: { quote: 'Kyiv must give up on NATO' } },
    { holder: 'ukraine', issue: 'nato-membership', kind: 'red-line', polarity: '+', statedAt: '2025-05-16', source: { quote: 'giving up NATO would be surrender' } },
  ]
    .map((l) => JSON.stringify(l))
    .join('\n') + '\n',
);
const stancelog = (...args) => sh(process.execPath, [bin, ...args], { cwd: app });
if (stancelog('--version').trim() !== JSON.parse(readFileSync(join(modules, '@stancelog', 'cli', 'package.json'), 'utf8')).version) fail('stancelog --version');
console.log(`pack-test: ${stancelog('append', 'talks.jsonl').trim()}`);
const contradictions = JSON.parse(stancelog('contradictions', '--json'));
if (contradictions.length !== 1 || contradictions[0].type !== 'incompatible') fail(`stancelog contradictions --json gave ${JSON.stringify(contradictions)}`);
const positions = JSON.parse(stancelog('positions', '--json'));
if (positions.length !== 2) fail(`stancelog positions --json gave ${positions.length} positions`);
console.log('pack-test: the packed stancelog bin appends and analyses');

// A correction and a copy, with the packed bin: the withdrawn statement leaves the analysis, and the copy keeps it withdrawn.
stancelog('withdraw', '2', '--reason', 'misattributed');
if (JSON.parse(stancelog('contradictions', '--json')).length !== 0) fail('stancelog withdraw left the contradiction');
stancelog('copy', '--to', 'copy.jsonl');
if (JSON.parse(stancelog('positions', '--json', '--store', 'copy.jsonl')).length !== 1) fail('stancelog copy did not keep the withdrawal');
console.log('pack-test: the packed stancelog bin withdraws and copies');

// contradictions --watch prints changes as another process appends, and Ctrl-C (SIGINT) ends it with exit 0.
writeFileSync(join(app, 'later.jsonl'), JSON.stringify({ holder: 'moldova', issue: 'nato-membership', kind: 'red-line', polarity: '+', statedAt: '2025-05-20', source: { quote: 'our path to NATO is not for sale' } }) + '\n');
const waitFor = (file, text) => `for i in $(seq 1 200); do grep -q "${text}" ${file} 2>/dev/null && break; sleep 0.05; done`;
const watched = sh('bash', ['-c', [
  `"${process.execPath}" "${bin}" contradictions --watch > watch.out 2> watch.err & P=$!`,
  waitFor('watch.err', 'watching'),
  `"${process.execPath}" "${bin}" append later.jsonl > /dev/null 2>&1`,
  waitFor('watch.out', 'opened'),
  'kill -INT $P; wait $P; echo "exit $?"',
].join('\n')], { cwd: app });
const watchOut = readFileSync(join(app, 'watch.out'), 'utf8');
if (watched.trim() !== 'exit 0' || !/^#\d+ +opened +incompatible on nato-membership \(moldova, russia\)/m.test(watchOut)) fail(`stancelog contradictions --watch: ${watched.trim()}, printed ${JSON.stringify(watchOut.slice(0, 400))}`);
console.log('pack-test: the packed stancelog bin watches the log and stops on Ctrl-C');

// A reader that stops early (`| head -1`) must not crash the bin with EPIPE.
writeFileSync(
  join(app, 'many.jsonl'),
  Array.from({ length: 3000 }, (_, i) =>
    JSON.stringify({ holder: `h${i % 50}`, issue: `i${i % 40}`, kind: 'demand', polarity: '+', statedAt: '2025-01-01', source: { quote: `q${i}` } }),
  ).join('\n') + '\n',
);
stancelog('append', 'many.jsonl', '--store', 'many.log.jsonl');
const piped = sh('bash', ['-c', `"${process.execPath}" "${bin}" log --store many.log.jsonl 2>stderr.txt | head -n 1 >/dev/null; echo "\${PIPESTATUS[0]}"`], { cwd: app });
const pipedErr = readFileSync(join(app, 'stderr.txt'), 'utf8');
if (piped.trim() !== '0' || pipedErr !== '') fail(`stancelog log | head -1 exited ${piped.trim()} with ${JSON.stringify(pipedErr.slice(0, 300))}`);
console.log('pack-test: the packed stancelog bin stops quietly when its reader closes the pipe');

// Output that fails otherwise (stdout on a full disk) is said in one line, with exit 1, not a stack trace.
const full = sh('bash', ['-c', `"${process.execPath}" "${bin}" log --store many.log.jsonl 2>stderr.txt >/dev/full; echo "$?"`], { cwd: app });
const fullErr = readFileSync(join(app, 'stderr.txt'), 'utf8');
if (full.trim() !== '1' || fullErr !== 'stancelog: cannot write to stdout: ENOSPC: no space left on device, write\n') fail(`stancelog log >/dev/full exited ${full.trim()} with ${JSON.stringify(fullErr.slice(0, 300))}`);
console.log('pack-test: the packed stancelog bin says so when its output fails');

if (!keep) rmSync(scratch, { recursive: true, force: true });
console.log('pack-test: OK');
