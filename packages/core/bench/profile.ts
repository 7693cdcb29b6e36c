/**
 * Where one replay of the benchmark log spends its time, by function: V8's
 * sampling CPU profiler over a replay, after `--warm` replays (2 by default)
 * that let the code be optimised, with each function's self time (its own
 * code, and what V8 inlined into it) and each file's. Absolute times move
 * with the machine's load; the shares hold better, so that it can point at
 * a cost on a busy machine. `compare.ts` then times a change against the
 * build before it.
 *
 *   pnpm -s --filter @stancelog/core exec tsc -b
 *   node --import tsx packages/core/bench/profile.ts [variant] [--count N] [--top K] [--warm W]
 *
 * It profiles the built core (`dist/esm`), so functions are named by the
 * compiled code's files and lines. A variant is read as `allocations.ts`
 * reads it (see `variants.ts`). V8 charges a function it inlined to its
 * caller: run node with `--no-turbo-inlining` to see each on its own (the
 * replay is then slower, and the shares shift towards calls).
 */
import { Session } from 'node:inspector/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { StoredEvent } from '@stancelog/core';
import { syntheticLog } from './synthetic.js';
import { refuseUnknownVariants, variantReducer } from './variants.js';

const built = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'esm', 'index.js');
const core = (await import(pathToFileURL(built).href)) as typeof import('@stancelog/core');

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { count: { type: 'string', default: '1000000' }, top: { type: 'string', default: '30' }, warm: { type: 'string', default: '2' } },
});
const variant = positionals[0] ?? 'all';
const count = Number(args.count);
const top = Number(args.top);
refuseUnknownVariants([core], [variant]);

const events: StoredEvent[] = [...syntheticLog({ count })];
const replay = (): number => {
  const t0 = performance.now();
  const f = core.fold(variantReducer(core, variant));
  f.pushAll(events);
  f.done();
  return performance.now() - t0;
};
for (let i = 0; i < Number(args.warm); i++) replay();

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
const session = new Session();
session.connect();
await session.post('Profiler.enable');
// Every 200 µs: some 5,000 samples over a replay of the 1M log.
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const ms = replay();
const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[] } };
session.disconnect();

const hits = new Map<number, number>();
for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
const add = (map: Map<string, number>, key: string, n: number): void => void map.set(key, (map.get(key) ?? 0) + n);
for (const node of profile.nodes) {
  const n = hits.get(node.id) ?? 0;
  if (n === 0) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  // The last two parts of a path name a file here (`esm/positions.js`, `rules/reversal.js`); V8's own entries have no url.
  const file = url === '' ? functionName : url.split('/').slice(-2).join('/');
  add(byFunction, url === '' ? functionName : `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`, n);
  add(byFile, file, n);
}
const msOf = (n: number) => ((n / profile.samples.length) * ms).toFixed(1).padStart(8);
console.log(`${variant}: one replay of ${count.toLocaleString('en-US')} statements took ${ms.toFixed(0)} ms (profiled); self time by function:`);
for (const [name, n] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${msOf(n)} ms  ${name}`);
console.log('by file:');
for (const [name, n] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${msOf(n)} ms  ${name}`);
