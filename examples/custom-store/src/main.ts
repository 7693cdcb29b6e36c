/**
 * Runs the example: `pnpm --filter @stancelog/example-custom-store start`.
 */
import { demo } from './demo.js';

for (const line of await demo()) console.log(line);
