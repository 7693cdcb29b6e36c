import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '@stancelog/cli';
import type { IngestedStatement } from '@stancelog/cli';
import { sandbox } from './harness.js';
import type { Sandbox } from './harness.js';

// Articles written for these tests, with their noise.
const geneva = [
  '---',
  'publishedAt: 2025-06-07',
  'publisher: Test Wire',
  'title: Talks stall in Geneva',
  '---',
  'Talks stall in Geneva',
  'Menu | World | Politics',
  'Kyiv rejected any territorial concessions on Friday, officials said, as the talks in Geneva stalled.',
  '"Russia must agree to a full ceasefire before any peace talks," Zelensky told reporters.',
  'Share this article',
].join('\n');
const brussels = [
  'Brussels weighs new measures',
  'The European Union is preparing new sanctions on Russian banks, von der Leyen said on Tuesday.',
  'Subscribe to our newsletter',
].join('\n');

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
  mkdirSync(join(box.dir, 'articles'));
  writeFileSync(join(box.dir, 'articles', 'geneva.txt'), geneva);
  writeFileSync(join(box.dir, 'articles', 'brussels.txt'), brussels);
});
afterEach(() => box.remove());

const lines = (stdout: string): IngestedStatement[] =>
  stdout.trim().split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l) as IngestedStatement);

describe('stancelog ingest', () => {
  it('appends the statements of a folder of articles, and nothing when the same articles come again', async () => {
    const first = await box.stancelog('ingest', 'articles', '--published-at', '2025-06-04');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/appended \d+ events to stancelog\.jsonl/);
    const logged = await box.json<Array<{ type: string }>>('log');
    const statements = logged.filter((e) => e.type === 'statement-made').length;
    expect(statements).toBeGreaterThanOrEqual(3);

    const again = await box.stancelog('ingest', 'articles/geneva.txt', 'articles/brussels.txt', '--published-at', '2025-06-04');
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/appended 0 events .*already in the log, skipped/);
    expect(await box.json<unknown[]>('log')).toHaveLength(logged.length);
  });

  it('defines the lexicon issues and register actors the statements name, so positions have names', async () => {
    const r = await box.stancelog('ingest', 'articles/geneva.txt');
    expect(r.stdout).toMatch(/defined issues: .*territorial-concessions/);
    const logged = await box.json<Array<{ type: string; data: { id?: string } }>>('log');
    expect(logged.some((e) => e.type === 'issue-defined' && e.data.id === 'ceasefire')).toBe(true);
    expect(logged.some((e) => e.type === 'actor-registered' && e.data.id === 'ukraine')).toBe(true);
  });

  it('reports one bad file by name, ingests the others, and exits 1', async () => {
    writeFileSync(join(box.dir, 'articles', 'empty.txt'), '');
    writeFileSync(join(box.dir, 'articles', 'binary.txt'), Buffer.from([0, 1, 2, 255, 254, 0, 0, 7]));
    const r = await box.stancelog('ingest', 'articles', 'articles/missing.txt');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/empty\.txt/);
    expect(r.stderr).toMatch(/binary\.txt/);
    expect(r.stderr).toMatch(/missing\.txt/);
    expect(r.stderr).toMatch(/3 of 5 files could not be ingested/);
    const logged = await box.json<Array<{ type: string; data: { source?: { quote: string } } }>>('log');
    const quotes = logged.filter((e) => e.type === 'statement-made').map((e) => e.data.source!.quote);
    expect(quotes.some((q) => q.includes('Kyiv rejected'))).toBe(true);
    expect(quotes.some((q) => q.includes('European Union'))).toBe(true);
  });

  it('prints one statement per line with --json, each with its quote exactly at its offsets', async () => {
    const r = await box.stancelog('ingest', 'articles/geneva.txt', '--json', '--dry-run', '--url', 'https://example.test/geneva');
    expect(r.code).toBe(0);
    const printed = lines(r.stdout);
    expect(printed.length).toBeGreaterThanOrEqual(2);
    for (const s of printed) {
      expect(Object.keys(s)).toEqual(expect.arrayContaining(['holder', 'speaker', 'issue', 'kind', 'polarity', 'conditions', 'statedAt', 'quote', 'offsets', 'source', 'confidence']));
      expect(geneva.slice(s.offsets![0], s.offsets![1])).toBe(s.quote);
      expect(s.source).toMatchObject({ file: 'articles/geneva.txt', publisher: 'Test Wire', url: 'https://example.test/geneva', publishedAt: '2025-06-07' });
      expect(s.rules).toBeUndefined();
    }
    expect(printed).toContainEqual(expect.objectContaining({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'reject', polarity: '-', statedAt: '2025-06-06' }));
    expect(printed).toContainEqual(expect.objectContaining({ holder: 'ukraine', issue: 'peace-talks', kind: 'condition', conditions: [{ issue: 'ceasefire', polarity: '+' }] }));
  });

  it('writes nothing with --dry-run', async () => {
    const r = await box.stancelog('ingest', 'articles', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/dry run: the log was not opened/);
    expect((await box.stancelog('log')).code).toBe(1);
  });

  it('prints the rules that fired with --explain', async () => {
    const text = await box.stancelog('ingest', 'articles/geneva.txt', '--explain', '--dry-run');
    expect(text.stdout).toMatch(/rules: cue:reject\.verb holder:subject\/subject\.nearest .*date\.weekday-past:on Friday/);
    const json = lines((await box.stancelog('ingest', 'articles/geneva.txt', '--explain', '--dry-run', '--json')).stdout);
    expect(json.every((s) => Array.isArray(s.rules) && s.rules.some((r) => r.startsWith('cue:')))).toBe(true);
  });

  it('leaves statedAt null when no date is known', async () => {
    const printed = lines((await box.stancelog('ingest', 'articles/brussels.txt', '--json', '--dry-run')).stdout);
    expect(printed.length).toBeGreaterThan(0);
    expect(printed.every((s) => s.statedAt === null)).toBe(true);
  });

  it('reads issues from --lexicon, and names a bad lexicon file', async () => {
    writeFileSync(join(box.dir, 'banks.json'), JSON.stringify({ name: 'banks', issues: [{ id: 'bank-sanctions', title: 'Bank sanctions', proposition: 'sanctions on banks', phrases: ['sanctions on * banks'] }] }));
    const printed = lines((await box.stancelog('ingest', 'articles/brussels.txt', '--json', '--dry-run', '--lexicon', 'banks.json')).stdout);
    expect(printed.some((s) => s.issue === 'bank-sanctions' && s.holder === 'european-union')).toBe(true);
    writeFileSync(join(box.dir, 'bad.json'), '{ "issues": 3 }');
    const bad = await box.stancelog('ingest', 'articles', '--lexicon', 'bad.json', '--dry-run');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad\.json/);
  });

  it('refuses a publication date it cannot read', async () => {
    const r = await box.stancelog('ingest', 'articles', '--published-at', 'last June');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--published-at last June/);
  });

  it('draws a progress bar on a terminal only', async () => {
    let tty = '';
    const code = await run(['ingest', 'articles', '--dry-run', '--json'], {
      stdout: { write: () => true },
      stderr: { write: (s: string) => (tty += s), isTTY: true },
      cwd: box.dir,
      env: {},
    });
    expect(code).toBe(0);
    expect(tty).toMatch(/ingesting/);
    const piped = await box.stancelog('ingest', 'articles', '--dry-run', '--json');
    expect(piped.stderr).toBe('');
  });
});
