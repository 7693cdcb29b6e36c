// Copies what tsc does not emit (the browser assets and the CommonJS asset
// locator) next to both builds.
import { cpSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const build of ['dist/esm', 'dist/cjs']) {
  cpSync(join(root, 'src', 'assets'), join(root, build, 'assets'), { recursive: true });
  for (const file of ['asset-files.cjs', 'asset-files.d.cts']) cpSync(join(root, 'src', file), join(root, build, file));
}
