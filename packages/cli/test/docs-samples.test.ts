import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoSandbox } from './demo-analysis.js';
import { sandbox } from './harness.js';
import type { Sandbox } from './harness.js';

// The outputs docs/cli.md shows for the demo's log are what the commands
// print: each `$ stancelog ...` of a plain code block that reads the demo's
// log (no --store, no append or ingest, no pipe) is run and compared.
const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'cli.md'), 'utf8');

interface Sample {
  readonly command: string;
  readonly output: string;
}

function samples(markdown: string): Sample[] {
  const found: Sample[] = [];
  let block: string[] | undefined;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) {
      if (block === undefined) block = line.trim() === '```' || line.trim() === '```console' ? [] : ['(not a console block)'];
      else {
        const text = block.join('\n');
        if (block[0] !== '(not a console block)') {
          for (const part of text.split(/^\$ /m).slice(1)) {
            const [command = '', ...output] = part.replace(/\n+$/, '').split('\n');
            found.push({ command, output: output.join('\n') });
          }
        }
        block = undefined;
      }
      continue;
    }
    block?.push(line);
  }
  return found.filter((s) => s.command.startsWith('stancelog ') && !/\b(append|ingest|report|migrate|withdraw)\b|--store|[|>]/.test(s.command));
}

let box: Sandbox;
beforeAll(async () => {
  box = await demoSandbox('--store', 'demo.jsonl');
});
afterAll(() => box.remove());

describe('the sample outputs of docs/cli.md', () => {
  const all = samples(doc);

  it('are found (at least the positions, contradictions, timeline, diff and explain samples)', () => {
    expect(all.length).toBeGreaterThanOrEqual(6);
  });

  for (const sample of all) {
    it(`print what \`${sample.command}\` prints`, async () => {
      const r = await box.stancelog(...sample.command.split(' ').slice(1), '--store', 'demo.jsonl');
      expect((r.stdout + r.stderr).replace(/\n+$/, '')).toBe(sample.output);
    });
  }
});

describe('the --explain sample of docs/ingest.md', () => {
  const ingestDoc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'ingest.md'), 'utf8');
  const command = 'stancelog ingest examples/ukraine-2025/articles/004.txt --json --explain --dry-run 2>&1 >/dev/null | head -2';
  const shown = ingestDoc.split(`$ ${command}\n`)[1]?.split('\n```')[0];

  it('prints the rules the doc shows, for the repository\'s article', async () => {
    expect(shown).toBeDefined();
    const repo = join(__dirname, '..', '..', '..');
    const r = await box.stancelog('ingest', join(repo, 'examples/ukraine-2025/articles/004.txt'), '--json', '--explain', '--dry-run');
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('line ')).slice(0, 2);
    expect(lines.map((l) => l.replace(repo + '/', ''))).toEqual(shown!.split('\n'));
  });
});

describe('the ingest sample of docs/ingest.md', () => {
  // Its counts change with every reading ingest learns: the doc shows what the build prints, not what it printed once.
  const ingestDoc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'ingest.md'), 'utf8');
  const first = 'stancelog ingest examples/ukraine-2025/articles --store talks.jsonl | tail -4';
  const again = 'stancelog ingest examples/ukraine-2025/articles --store talks.jsonl | tail -2';
  const shown = (command: string) => ingestDoc.split(`$ ${command}\n`)[1]?.split(/\n(?:\$ |```)/)[0];

  it('prints the counts the doc shows, on the first ingest and the next', async () => {
    expect([shown(first), shown(again)].every((s) => s !== undefined)).toBe(true);
    const seeds = join(__dirname, '..', '..', '..', 'examples/ukraine-2025/articles');
    const tail = (out: string, n: number) => out.replace(/\n+$/, '').split('\n').slice(-n).join('\n');
    const inDoc = sandbox();
    try {
      const once = await inDoc.stancelog('ingest', seeds, '--store', 'talks.jsonl');
      const twice = await inDoc.stancelog('ingest', seeds, '--store', 'talks.jsonl');
      expect([tail(once.stdout, 4), tail(twice.stdout, 2)]).toEqual([shown(first), shown(again)]);
    } finally {
      inDoc.remove();
    }
  });
});

describe('the sample of docs/cli.md of an input with no statement', () => {
  const command = 'stancelog append empty.jsonl --store new.jsonl';
  const shown = doc.split(`$ ${command}\n`)[1]?.split('\n```')[0];

  it('prints what the doc shows, on stderr then stdout, and creates no log', async () => {
    expect(shown).toBeDefined();
    box.write('empty.jsonl', []);
    const r = await box.stancelog(...command.split(' ').slice(1));
    expect([r.code, `${r.stderr}${r.stdout}`.replace(/\n$/, '')]).toEqual([0, shown]);
    expect(readdirSync(box.dir)).not.toContain('new.jsonl');
  });
});
