/**
 * Runs the example: `pnpm --filter @stancelog/example-custom-reducer start`.
 */
import { demoLog, report } from './demo.js';

for (const line of report(await demoLog())) console.log(line);
