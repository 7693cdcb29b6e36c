// The example run, for real: the log appended to a memory store, read back,
// and replayed through the pressure index and the analysis with the rule.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { demoLog, report } from '../src/demo.js';

// See custom-reducer.test.ts: `__dirname` is CommonJS only.
const here = dirname(expect.getState().testPath!);

describe('the example run', () => {
  let lines: string[];
  beforeAll(async () => {
    lines = report(await demoLog());
  });

  it('ranks holders by pressure on each issue; support and rejection weigh nothing', () => {
    expect(lines.slice(0, 3)).toEqual([
      'pressure index (threat 3, red-line 2, demand 2, condition 1):',
      '  ceasefire: ukraine 2, russia 1',
      '  energy-infrastructure: russia 3, ukraine 2',
    ]);
  });

  it('opens threat-during-talks on the threat and resolves it when Russia rejects the talks', () => {
    expect(lines).toContain('  threat-during-talks [russia] on energy-infrastructure, peace-talks: 2025-05-19 -> 2025-06-01');
    expect(lines).toContain('    russia threatens on energy-infrastructure while supporting peace-talks');
  });

  // The template's README: a project that copied the tests without it has no output to compare.
  const readmePath = join(here, '..', 'README.md');
  (existsSync(readmePath) ? it : it.skip)('prints exactly the output the README shows', () => {
    const readme = readFileSync(readmePath, 'utf8');
    const shown = /It prints:\n\n```\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(shown?.split('\n')).toEqual(lines);
  });
});
