// docs/guide-first-negotiation.md, run as written: its files written to a folder of their own, then each `$ stancelog`
// command of its sessions run there in order, each printing what the guide shows.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sandbox } from './harness.js';

const guide = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'guide-first-negotiation.md'), 'utf8');
// The folder the guide says it runs in, where the sandbox's path is printed.
const FOLDER = '/home/analyst/coalition';

/** The files the guide gives (a fenced block after `<!-- file: NAME -->`), in order. */
const files = [...guide.matchAll(/<!-- file: (\S+) -->\n```\w*\n([\s\S]*?)\n```/g)].map((m) => ({ name: m[1]!, text: `${m[2]!}\n` }));
/** Its commands, each with what it prints, in order. */
const commands = [...guide.matchAll(/```text\n([\s\S]*?)\n```/g)].flatMap((m) =>
  m[1]!
    .split(/^\$ /m)
    .slice(1)
    .map((part) => {
      const [line, ...shown] = part.split('\n');
      return { line: line!, shown: shown.join('\n') };
    }),
);

// The arguments as a shell reads them: words, and texts in single or double quotes.
const argv = (line: string): string[] => [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);

describe('docs/guide-first-negotiation.md', () => {
  const box = sandbox();
  afterAll(() => box.remove());

  it('gives its files and its commands', () => {
    expect(files.map((f) => f.name)).toEqual(['talks.csv', 'parties.jsonl']);
    expect(commands.length).toBeGreaterThanOrEqual(10);
    for (const { line } of commands) expect(line).toMatch(/^stancelog /);
    for (const f of files) writeFileSync(join(box.dir, f.name), f.text);
  });

  // In order: each command reads the log the ones before it wrote.
  for (const [i, { line, shown }] of commands.entries()) {
    it(`prints what it shows for $ ${line}`, async () => {
      expect(files.every((f) => existsSync(join(box.dir, f.name)))).toBe(true);
      const r = await box.stancelog(...argv(line).slice(1));
      // --csv ends its rows with CRLF, which a page shows as line ends.
      const printed = `${r.stdout}${r.stderr}`.replaceAll(box.dir, FOLDER).replaceAll('\r\n', '\n').trimEnd();
      expect({ command: i + 1, printed }).toEqual({ command: i + 1, printed: shown.trimEnd() });
      expect(r.code).toBe(0);
    });
  }

  it('leaves the report it says it wrote', () => {
    expect(existsSync(join(box.dir, 'report', 'index.html'))).toBe(true);
  });
});
