import { analysis, replay, positions } from '@stancelog/core';
import { syntheticLog } from './synthetic.js';
const events = [...syntheticLog({ count: 1_000_000 })];
const which = process.argv[2] ?? 'all';
for (let r = 0; r < 4; r++) {
  const t = performance.now();
  const s = which === 'pos' ? replay(positions(), events) : replay(analysis(), events);
  console.log(which, r, ((1e6 / (performance.now() - t)) * 1000).toFixed(0), '/s');
}
