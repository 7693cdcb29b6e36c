// Runs every benchmark of the workspace (`packages/*/bench/*.bench.ts`), one
// after the other, passing this script's arguments through (`--quick`).
// Fails when one fails.
//
// Each runs with V8's defaults, as users' processes do; STANCELOG_BENCH_NODE_FLAGS
// gives node flags to add. Until stop 26 they ran with a 64 MiB young
// generation (`--max-semi-space-size=64`), which the replay needed then; it no
// longer changes the figures beyond the noise, and it raises peak memory
// (docs/benchmarks.md).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const benches = [];
for (const pkg of readdirSync(join(root, 'packages')).sort()) {
  const dir = join(root, 'packages', pkg, 'bench');
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).sort()) if (file.endsWith('.bench.ts')) benches.push(join(dir, file));
}
if (benches.length === 0) {
  console.log('bench: no benchmarks found (packages/*/bench/*.bench.ts)');
  process.exit(0);
}
const flags = (process.env.STANCELOG_BENCH_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean);
const failed = [];
for (const file of benches) {
  const name = relative(root, file);
  console.log(`\n=== ${name} ${args.join(' ')}${flags.length > 0 ? ` (node ${flags.join(' ')})` : ''}`.trimEnd());
  const started = Date.now();
  const r = spawnSync(process.execPath, [...flags, '--import', 'tsx', file, ...args], { cwd: root, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    failed.push(name);
    console.error(`=== ${name}: FAILED (exit ${r.status ?? r.signal}) after ${seconds}s`);
  } else {
    console.log(`=== ${name}: done in ${seconds}s`);
  }
}
if (failed.length > 0) {
  console.error(`\nbench: ${failed.length} of ${benches.length} failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log(`\nbench: all ${benches.length} benchmarks ran`);
