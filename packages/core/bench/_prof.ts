import * as core from '../dist/esm/index.js';
import { syntheticLog } from './synthetic.js';
const variant = process.argv[2] ?? 'all';
const events = [...syntheticLog({ count: 1_000_000 })];
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  const rules = variant === 'all' ? undefined : variant === 'positions' ? null : core.defaultRules().filter((r: any) => variant.split('+').includes(r.type));
  const f = rules === null ? core.fold(core.positions()) : core.fold(core.analysis(rules ? { rules } : {}));
  f.pushAll(events);
  f.done();
  console.log(variant, i, (performance.now() - t0).toFixed(0), 'ms');
}
