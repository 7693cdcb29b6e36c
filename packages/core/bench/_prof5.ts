import { analysis, fold, defaultRules } from '@stancelog/core';
import { syntheticLog } from './synthetic.js';
const N = 1_000_000;
const events = [...syntheticLog({ count: N })];
const all = defaultRules();
const pick = (process.env.RULES ?? 'none,conflicting-reports').split(',');
const variants: [string, any[]][] = pick.map((p) => [p, p === 'none' ? [] : p === 'all' ? all : all.filter((r) => p.split('+').includes(r.type))]);
const best = new Map<string, number>();
for (let r = 0; r < 4; r++) for (const [name, rules] of variants) {
  const t0 = performance.now();
  const f = fold(analysis({ rules })); f.pushAll(events); f.done();
  const ms = performance.now() - t0;
  best.set(name, Math.min(best.get(name) ?? Infinity, ms));
}
for (const [name, ms] of best) console.log(name.padEnd(40), Math.round(N / (ms / 1000)).toLocaleString().padStart(12), '/s', (ms / N * 1000).toFixed(3), 'µs/ev');
