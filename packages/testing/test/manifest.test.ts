// The kit's jest entry types its matchers on the user's own jest: with jest 30 and
// @jest/globals 30 installed, a copy of 29 pinned as a dependency got the matchers
// instead ("Property 'toHavePosition' does not exist on type 'Matchers<void, ...>'").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};

describe("the testing kit's manifest", () => {
  it.each(['@jest/globals', 'expect'])('takes %s from the user (jest 29 or 30), not a copy of its own', (name) => {
    expect(manifest.dependencies?.[name]).toBeUndefined();
    expect(manifest.peerDependencies?.[name]?.split('||').map((r) => r.trim())).toEqual(['^29.7.0', '^30.0.0']);
  });
});
