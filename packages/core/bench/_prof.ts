import { analysis, fold } from '@stancelog/core';
import { syntheticLog } from '/work/main/packages/core/bench/synthetic.js';
const events = [...syntheticLog({ count: 200_000 })];
for (let i = 0; i < 3; i++) {
  const f = fold(analysis());
  const t0 = performance.now();
  f.pushAll(events);
  console.log('analysis push', (performance.now() - t0).toFixed(0), 'ms');
}
