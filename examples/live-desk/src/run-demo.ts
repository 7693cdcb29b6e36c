/**
 * Runs the scripted session: `pnpm --filter @stancelog/example-live-desk demo`.
 */
import { demo } from './demo.js';

for (const line of await demo()) console.log(line);
