/**
 * Prints what ingest reads in the example's two articles:
 * `pnpm --filter @stancelog/example-ingest-labour start`.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeBatch, readLabour } from './labour.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const batch = readLabour(root);
if (batch._tag === 'Left') {
  console.error(batch.left);
  process.exit(1);
}
for (const line of describeBatch(batch.right, root)) console.log(line);
