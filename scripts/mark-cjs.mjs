// Marks a build folder as CommonJS: the packages are "type": "module", so the
// CJS build needs its own package.json for Node to load its .js files with require().
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: mark-cjs.mjs DIR');
  process.exit(2);
}
writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'commonjs' }, null, 2) + '\n');
