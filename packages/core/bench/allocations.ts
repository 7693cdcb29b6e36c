/**
 * What one replay of the benchmark log allocates, by allocation site: V8's
 * sampling heap profiler over a replay (after one that warms the code up),
 * objects collected since included, so garbage counts as well as the state
 * kept. Unlike a time, it does not move with the machine's load: a change
 * that should allocate less can be checked on a busy machine.
 *
 *   pnpm -s --filter @stancelog/core exec tsc -b
 *   node --import tsx packages/core/bench/allocations.ts [variant] [--count N] [--top K]
 *
 * It profiles the built core (`dist/esm`, as `compare.ts` times it), so the
 * sites are named by the compiled code's functions and lines.
 * A variant is `all` (the analysis, the default), `positions`, `none` (the
 * analysis without rules) or rule types joined with `+`. Allocations in V8's
 * built-ins (a Map growing, a sort) are named with the function of ours that
 * called them.
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
const { fold } = core;

const { values: args, positionals } = parseArgs({ allowPositionals: true, options: { count: { type: 'string', default: '1000000' }, top: { type: 'string', default: '20' } } });
const variant = positionals[0] ?? 'all';
const count = Number(args.count);
const top = Number(args.top);
refuseUnknownVariants([core], [variant]);

const events: StoredEvent[] = [...syntheticLog({ count })];
const replay = (): unknown => {
  const f = fold(variantReducer(core, variant));
  f.pushAll(events);
  return f.done();
};
replay();

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
}
const session = new Session();
session.connect();
await session.post('HeapProfiler.enable');
await session.post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
replay();
const { profile } = (await session.post('HeapProfiler.stopSampling')) as unknown as { profile: { head: ProfileNode } };
session.disconnect();

const bySite = new Map<string, number>();
const walk = (node: ProfileNode, caller: string): void => {
  const { functionName, url, lineNumber } = node.callFrame;
  const here = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
  // A built-in has no url: it is named by the function of ours that called it.
  const site = url === '' ? `${functionName || '(anonymous)'} in ${caller}` : here;
  bySite.set(site, (bySite.get(site) ?? 0) + node.selfSize);
  for (const child of node.children) walk(child, url === '' ? caller : here);
};
walk(profile.head, '(root)');
const total = [...bySite.values()].reduce((a, b) => a + b, 0);
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1).padStart(7);
console.log(`${variant}: one replay of ${count.toLocaleString('en-US')} statements allocates ${mb(total).trim()} MB (sampled), by site:`);
for (const [site, bytes] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${mb(bytes)} MB  ${site}`);
