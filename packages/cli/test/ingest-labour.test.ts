import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLabour } from '../../../examples/ingest-labour/src/labour.js';
import { sandbox } from './harness.js';
import type { Sandbox } from './harness.js';

// The example's README shows the CLI run next to the example's own: the command must print what the README shows,
// and find the statements the example finds with its own set-up.
const root = join(__dirname, '..', '..', '..');
const example = join(root, 'examples', 'ingest-labour');
const readme = readFileSync(join(example, 'README.md'), 'utf8');
const shown = /## The same from the command line[\s\S]*?```\n\$ pnpm exec stancelog (.*)\n([\s\S]*?)\n```/.exec(readme);

let box: Sandbox;
beforeAll(() => {
  box = sandbox();
  // The same relative paths as from the repository root, in a folder of its own.
  for (const f of ['articles', 'lexicon.json', 'actors.json']) cpSync(join(example, f), join(box.dir, 'examples', 'ingest-labour', f), { recursive: true });
});
afterAll(() => box.remove());

describe('examples/ingest-labour/README.md, from the command line', () => {
  it('shows exactly what its command prints', async () => {
    expect(shown).not.toBeNull();
    const r = await box.stancelog(...shown![1]!.split(' '));
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout.replace(/\n$/, '').split('\n')).toEqual(shown![2]!.split('\n'));
  });

  it('finds the statements src/labour.ts finds, speakers and sources included', async () => {
    const read = readLabour(example);
    if (read._tag === 'Left') throw new Error(read.left);
    const argv = shown![1]!.split(' ').filter((a) => a !== '--dry-run');
    const r = await box.stancelog(...argv, '--dry-run', '--json');
    expect(r.code).toBe(0);
    // The statements, after the lines that define what they name (typed events, as append reads them).
    const printed = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type?: string });
    expect(printed.filter((l) => l.type === undefined)).toEqual(JSON.parse(JSON.stringify(read.right.statements)));
  });
});
