// The example run, for real: a log written to a map store, read back after
// the store is opened again on the same Map, and copied to a memory store.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { demo } from '../src/demo.js';

// `__dirname` is CommonJS only: the test's own path, as jest gives it.
const here = dirname(expect.getState().testPath!);

describe('the example run', () => {
  let lines: string[];
  beforeAll(async () => {
    lines = await demo();
  });

  it('reads the log back from the Map after the store is opened again, and replays it', () => {
    expect(lines).toContain('opened again: head 3');
    expect(lines).toContain('  russia on ceasefire: + (accept) since 2025-04-01');
  });

  it('copies into a memory store with the ids the other stores give', () => {
    expect(lines[lines.length - 1]).toBe('copied to a memory store: 3 events, the same ids');
  });

  // The template's README: a project that copied the tests without it has no output to compare.
  const readmePath = join(here, '..', 'README.md');
  (existsSync(readmePath) ? it : it.skip)('prints exactly the output the README shows', () => {
    const readme = readFileSync(readmePath, 'utf8');
    const shown = /It prints:\n\n```\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(shown?.split('\n')).toEqual(lines);
  });

  (existsSync(readmePath) ? it : it.skip)('has a README that accounts for every place of the store marked STORAGE', () => {
    const readme = readFileSync(readmePath, 'utf8');
    const source = readFileSync(join(here, '..', 'src', 'map-store.ts'), 'utf8');
    // The marks in the code (the header's summary of them aside): each a place a user of the template changes.
    const marks = source.split('\n').filter((line) => /\/\/.*\bSTORAGE\b/.test(line));
    const required = marks.filter((line) => /STORAGE:/.test(line));
    expect(readme).toContain(`Replace the ${['one', 'two', 'three', 'four'][required.length - 1]} places marked \`STORAGE\``);
    // A mark of another kind is an optional one, above the function it is about: the README names that function.
    for (const line of marks.filter((l) => !/STORAGE:/.test(l))) {
      const below = /const (\w+) = /.exec(source.slice(source.indexOf(line)))?.[1];
      expect(readme).toContain(`mark, at \`${below}\`, is optional`);
    }
  });
});
