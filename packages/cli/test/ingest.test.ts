import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isRight } from 'fp-ts/lib/Either.js';
import { StatementInput } from '@stancelog/core';
import type { Statement } from '@stancelog/core';
import { run } from '@stancelog/cli';
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
  'Moscow rejected any ceasefire in the weeks before the summit.',
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

// The statements --json prints, after the lines that define what they name (typed events, which append reads too).
const lines = (stdout: string): Statement[] =>
  stdout.trim().split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l) as Statement & { type?: string }).filter((l) => l.type === undefined);

interface LoggedEvent {
  id: string;
  type: string;
  data: { id?: string; holder?: string; source?: { quote: string } };
}
const statementsOf = (events: LoggedEvent[]): Array<{ id: string; data: unknown }> =>
  events.filter((e) => e.type === 'statement-made').map(({ id, data }) => ({ id, data })).sort((a, b) => a.id.localeCompare(b.id));

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

  it('defines the parents of a sub-issue the statements name, before it, though no statement names them', async () => {
    writeFileSync(join(box.dir, 'summit.txt'), 'Paris pushed for a summit between Trump and Putin on Friday.\n');
    const r = await box.stancelog('ingest', 'summit.txt', '--published-at', '2025-06-04');
    expect(r.stdout).toMatch(/defined issues: talks-format, leaders-meeting\n/);
    const logged = await box.json<Array<{ type: string; data: { id?: string; issue?: string; parent?: string } }>>('log');
    expect(logged.filter((e) => e.type === 'statement-made').map((e) => e.data.issue)).toEqual(['leaders-meeting']);
    expect(logged.filter((e) => e.type === 'issue-defined').map((e) => [e.data.id, e.data.parent])).toEqual([['talks-format', undefined], ['leaders-meeting', 'talks-format']]);
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

  it('names an article that is not UTF-8 by what it is, with the line of a bad byte and the command that converts it, as append does', async () => {
    mkdirSync(join(box.dir, 'saved'));
    const text = 'Kyiv rejected any territorial concessions on Friday, officials said.\n';
    writeFileSync(join(box.dir, 'saved', 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    writeFileSync(join(box.dir, 'saved', 'gzip.txt'), gzipSync(text));
    writeFileSync(join(box.dir, 'saved', 'latin1.txt'), Buffer.from(`Talks\n\nThe caf\u00e9 owners said ${text}`, 'latin1'));
    const r = await box.stancelog('ingest', 'saved', '--dry-run');
    expect(r.code).toBe(1);
    // Named relative to the working directory, in the command as well.
    expect(r.stderr).toBe(
      [
        'stancelog: saved/gzip.txt line 1: not UTF-8: the file is compressed (gzip); decompress it first (zcat saved/gzip.txt > saved/gzip.txt.utf8 && mv saved/gzip.txt.utf8 saved/gzip.txt)',
        'stancelog: saved/latin1.txt line 3: not UTF-8: byte 0xe9 at byte 7 of the line (offset 14 in the file); it looks like Latin-1 (ISO 8859-1): convert it to UTF-8 first (iconv -f latin1 -t utf-8 saved/latin1.txt > saved/latin1.txt.utf8 && mv saved/latin1.txt.utf8 saved/latin1.txt)',
        'stancelog: saved/utf16.txt line 1: not UTF-8: the file is UTF-16 (it starts with its byte order mark); convert it to UTF-8 first (iconv -f UTF-16 -t UTF-8 saved/utf16.txt > saved/utf16.txt.utf8 && mv saved/utf16.txt.utf8 saved/utf16.txt)',
        'stancelog: 3 of 3 files could not be ingested (see above)',
        '',
      ].join('\n'),
    );
  });

  it('names an actors file or a lexicon that is not UTF-8 by what it is, with the command that converts it, as it names an article, not as JSON gone wrong (a review\'s finding)', async () => {
    mkdirSync(join(box.dir, 'saved'));
    const actors = JSON.stringify([{ id: 'dockers-union', kind: 'organisation', name: 'Syndicat des dockers (F\u00e9d\u00e9ration)' }]);
    const lexicon = JSON.stringify({ name: 'port', issues: [{ id: 'strike', title: 'Gr\u00e8ve', proposition: 'the union strikes', phrases: ['walkout'] }] });
    const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const files: Array<[string, string, Buffer, string]> = [
      ['--actors', 'saved/actors16.json', utf16(actors), 'line 1: not UTF-8: the file is UTF-16 (it starts with its byte order mark); convert it to UTF-8 first (iconv -f UTF-16 -t UTF-8 saved/actors16.json > saved/actors16.json.utf8 && mv saved/actors16.json.utf8 saved/actors16.json)'],
      ['--actors', 'saved/actors.json.gz', gzipSync(actors), 'line 1: not UTF-8: the file is compressed (gzip); decompress it first (zcat saved/actors.json.gz > saved/actors.json.gz.utf8 && mv saved/actors.json.gz.utf8 saved/actors.json.gz)'],
      // Read as UTF-8 before, the name lost its letters (U+FFFD) without a word.
      ['--actors', 'saved/actors1.json', Buffer.from(actors, 'latin1'), 'line 1: not UTF-8: byte 0xe9 at byte 76 of the line (offset 76 in the file); it looks like Latin-1 (ISO 8859-1): convert it to UTF-8 first (iconv -f latin1 -t utf-8 saved/actors1.json > saved/actors1.json.utf8 && mv saved/actors1.json.utf8 saved/actors1.json)'],
      ['--lexicon', 'saved/lexicon16.json', utf16(lexicon), 'line 1: not UTF-8: the file is UTF-16 (it starts with its byte order mark); convert it to UTF-8 first (iconv -f UTF-16 -t UTF-8 saved/lexicon16.json > saved/lexicon16.json.utf8 && mv saved/lexicon16.json.utf8 saved/lexicon16.json)'],
      ['--lexicon', 'saved/lexicon1.json', Buffer.from(lexicon, 'latin1'), 'line 1: not UTF-8: byte 0xe8 at byte 51 of the line (offset 51 in the file); it looks like Latin-1 (ISO 8859-1): convert it to UTF-8 first (iconv -f latin1 -t utf-8 saved/lexicon1.json > saved/lexicon1.json.utf8 && mv saved/lexicon1.json.utf8 saved/lexicon1.json)'],
    ];
    for (const [option, file, bytes, message] of files) {
      writeFileSync(join(box.dir, file), bytes);
      const r = await box.stancelog('ingest', 'articles', option, file, '--dry-run');
      expect([r.code, r.stdout, r.stderr]).toEqual([1, '', `stancelog: ${option} ${file} ${message}\n`]);
    }
  });

  it('reads a folder\'s articles, not its subfolders, and warns of what it holds and does not read', async () => {
    const kyiv = 'Kyiv rejected any territorial concessions on Friday, officials said.\n';
    mkdirSync(join(box.dir, 'mixed', 'sub'), { recursive: true });
    for (const name of ['a.TXT', 'c.docx', 'd.text', 'sub/b.txt']) writeFileSync(join(box.dir, 'mixed', name), kyiv);
    const r = await box.stancelog('ingest', 'mixed', '--published-at', '2025-06-06', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('read 2 articles of 2: 2 statements\n');
    // Reading a tree would pull in whatever it holds: the subfolder is read when given as a path of its own.
    expect(r.stderr).toBe('stancelog: warning: mixed: skipped sub/ (a folder: give it as a path of its own) and c.docx (not .txt, .text, .md, .html or .htm)\n');
    expect((await box.stancelog('ingest', 'mixed', 'mixed/sub', '--published-at', '2025-06-06', '--dry-run')).stdout).toContain('read 3 articles of 3: 3 statements\n');
  });

  it('names what the folders given hold when none holds an article', async () => {
    mkdirSync(join(box.dir, 'only', 'sub'), { recursive: true });
    writeFileSync(join(box.dir, 'only', 'sub', 'x.txt'), 'Kyiv rejected any territorial concessions on Friday.\n');
    mkdirSync(join(box.dir, 'empty'));
    const r = await box.stancelog('ingest', 'only', 'empty', '--dry-run');
    expect([r.code, r.stdout, r.stderr]).toEqual([1, '', 'stancelog: no article files found in the paths given: only holds sub/ (a folder: give it as a path of its own); empty holds nothing\n']);
  });

  it('says in its help which files of a folder it reads', async () => {
    // Wrapped to the terminal's width: read as one line.
    const help = (await box.stancelog('ingest', '--help')).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('paths article files, or folders of them (their .txt, .text, .md, .html, .htm files; not their subfolders)');
  });

  it('leaves no empty log behind when no article could be read (a misspelt path)', async () => {
    const r = await box.stancelog('ingest', 'articles/gneva.txt', '--store', 'new.jsonl');
    expect([r.code, r.stdout]).toEqual([1, 'read 0 articles of 1: the log was not opened\n']);
    expect(r.stderr).toMatch(/gneva\.txt[\s\S]*1 of 1 files could not be ingested/);
    expect(existsSync(join(box.dir, 'new.jsonl'))).toBe(false);
  });

  it('prints a quote holding control characters (a tab, an escape) inert on its line, and keeps it exact in --json', async () => {
    writeFileSync(join(box.dir, 'tabbed.txt'), 'Kyiv rejected any territorial concessions\ton Friday, officials said.\n');
    const r = await box.stancelog('ingest', 'tabbed.txt', '--published-at', '2025-05-17', '--dry-run');
    expect(r.stdout.split('\n')[1]).toBe('    "Kyiv rejected any territorial concessions on Friday, officials said."');
    const json = await box.stancelog('ingest', 'tabbed.txt', '--published-at', '2025-05-17', '--dry-run', '--json');
    expect(lines(json.stdout)[0]!.source.quote).toBe('Kyiv rejected any territorial concessions\ton Friday, officials said.');
  });

  it('prints with --json one statement per line in the input contract of append, its quote exactly at source.offsets', async () => {
    const r = await box.stancelog('ingest', 'articles/geneva.txt', '--json', '--dry-run', '--url', 'https://example.test/geneva');
    expect(r.code).toBe(0);
    const printed = lines(r.stdout);
    expect(printed.length).toBeGreaterThanOrEqual(2);
    for (const s of printed) {
      expect(isRight(StatementInput.decode(s))).toBe(true);
      // Nothing append would refuse or drop: no null for an absent field, no ingest-only key.
      expect(JSON.stringify(s, (_key, value: unknown) => (value === null ? 'NULL!' : value))).not.toContain('NULL!');
      expect(Object.keys(s).filter((k) => !['holder', 'speaker', 'issue', 'kind', 'polarity', 'conditions', 'statedAt', 'source', 'confidence'].includes(k))).toEqual([]);
      expect(geneva.slice(s.source.offsets![0], s.source.offsets![1])).toBe(s.source.quote);
      expect(s.source).toEqual({ quote: s.source.quote, offsets: s.source.offsets, title: 'Talks stall in Geneva', publisher: 'Test Wire', url: 'https://example.test/geneva', publishedAt: '2025-06-07' });
    }
    expect(printed).toContainEqual(expect.objectContaining({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'reject', polarity: '-', statedAt: '2025-06-06' }));
    expect(printed).toContainEqual(expect.objectContaining({ holder: 'ukraine', issue: 'peace-talks', kind: 'condition', conditions: [{ issue: 'ceasefire', polarity: '+' }] }));
  });

  it('prints with --json lines that append accepts, giving the log the very statements ingest appends', async () => {
    const printed = await box.stancelog('ingest', 'articles', '--json', '--dry-run');
    expect(printed.code).toBe(0);
    // Among them statements with no speaker and no date: absent fields, which append refuses as null.
    expect(lines(printed.stdout)).toContainEqual(expect.not.objectContaining({ speaker: expect.anything(), statedAt: expect.anything() }));
    writeFileSync(join(box.dir, 'statements.jsonl'), printed.stdout);
    const appended = await box.stancelog('append', 'statements.jsonl', '--store', 'appended.jsonl');
    expect(appended).toMatchObject({ code: 0, stderr: '' });

    expect((await box.stancelog('ingest', 'articles', '--store', 'ingested.jsonl')).code).toBe(0);
    const viaAppend = statementsOf(await box.json<LoggedEvent[]>('log', '--store', 'appended.jsonl'));
    const viaIngest = statementsOf(await box.json<LoggedEvent[]>('log', '--store', 'ingested.jsonl'));
    expect(viaAppend.length).toBeGreaterThanOrEqual(3);
    expect(viaAppend).toEqual(viaIngest);
  });

  it('still writes the log with --json (only --dry-run does not), saying so on stderr while stdout keeps to the statements', async () => {
    // Dated, so that no warning of an undated article comes before the summary.
    const r = await box.stancelog('ingest', 'articles', '--json', '--published-at', '2025-06-04');
    expect(r.code).toBe(0);
    const printed = lines(r.stdout);
    expect(printed.every((s) => isRight(StatementInput.decode(s)))).toBe(true);
    expect(r.stderr).toMatch(/^read 2 articles of 2: \d+ statements\nappended \d+ events to stancelog\.jsonl\n/);
    const logged = statementsOf(await box.json<LoggedEvent[]>('log'));
    expect(logged.map((e) => e.data)).toEqual(expect.arrayContaining(printed));
    expect(logged).toHaveLength(new Set(printed.map((s) => JSON.stringify(s))).size);

    const help = await box.stancelog('ingest', '--help');
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('--json print one statement per line as JSON, as `stancelog append` reads it; the log is still written unless --dry-run, and the summary goes to stderr');
  });

  it('writes nothing with --dry-run', async () => {
    const r = await box.stancelog('ingest', 'articles', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/dry run: the log was not opened/);
    expect((await box.stancelog('log')).code).toBe(1);
  });

  it('warns of a title the register says the person did not hold on the day, naming the line, and still reads the statement', async () => {
    writeFileSync(join(box.dir, 'articles', 'london.txt'), ['London line', '', 'Prime Minister Rishi Sunak said on Monday that Ukraine rejects any territorial concessions.'].join('\n'));
    const r = await box.stancelog('ingest', 'articles/london.txt', '--published-at', '2025-03-12', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('stancelog: warning: articles/london.txt:3: "Prime Minister Rishi Sunak" on 2025-03-');
    expect(r.stderr).toContain('Keir Starmer held the office then');
    expect(r.stdout).toMatch(/read 1 article of 1: [1-9]/);
  });

  it("reads with the actors the log registers (their aliases and offices), and with --actors over the log's", async () => {
    const actors = [
      { id: 'northland', kind: 'state', name: 'Northland', aliases: ['Nordhavn'] },
      { id: 'alma-reyes', kind: 'person', name: 'Alma Reyes', offices: [{ actor: 'northland', title: 'Foreign Minister', from: '2023-01-01' }] },
    ];
    writeFileSync(join(box.dir, 'actors.jsonl'), actors.map((data) => JSON.stringify({ type: 'actor-registered', data })).join('\n') + '\n');
    expect((await box.stancelog('append', 'actors.jsonl')).code).toBe(0);
    writeFileSync(join(box.dir, 'articles', 'second.txt'), 'Alma Reyes said on Tuesday that Nordhavn would accept peace talks.\n');
    // Without --actors: the log knows Northland by its alias, and Alma Reyes as its minister.
    const dry = await box.stancelog('ingest', 'articles/second.txt', '--published-at', '2025-06-04', '--dry-run', '--json');
    expect(lines(dry.stdout).map((s) => [s.holder, s.issue, s.speaker?.actor])).toEqual([['northland', 'peace-talks', 'northland']]);
    expect(dry.stderr).toContain('dry run: stancelog.jsonl was read for the actors it registers, not written');
    expect((await box.stancelog('ingest', 'articles/second.txt', '--published-at', '2025-06-04')).stdout).toMatch(/appended 2 events .*\ndefined issues: peace-talks\n/);
    // An --actors file that gives the minister no office: she speaks for herself in this reading, a third party's report.
    writeFileSync(join(box.dir, 'fewer.json'), JSON.stringify([{ id: 'alma-reyes', kind: 'person', name: 'Alma Reyes' }]));
    const fewer = await box.stancelog('ingest', 'articles/second.txt', '--published-at', '2025-06-04', '--actors', 'fewer.json', '--dry-run', '--json');
    expect(lines(fewer.stdout).map((s) => [s.holder, s.speaker?.name, s.speaker?.actor])).toEqual([['northland', 'Alma Reyes', 'alma-reyes']]);
  });

  it('registers a speaker the register does not know, who speaks for no one, as a person, and the statement as a report', async () => {
    writeFileSync(join(box.dir, 'articles', 'pundit.txt'), 'Independent analyst John Doe said on Monday that Russia would accept a ceasefire.\n');
    const r = await box.stancelog('ingest', 'articles/pundit.txt', '--published-at', '2025-06-04');
    expect(r.stdout).toMatch(/russia \w+ \+ ceasefire \(reported by John Doe\)/);
    expect(r.stdout).toMatch(/defined actors: .*john-doe/);
    const logged = await box.json<Array<{ type: string; data: { id?: string; kind?: string } }>>('log');
    expect(logged.find((e) => e.type === 'actor-registered' && e.data.id === 'john-doe')?.data).toEqual({ id: 'john-doe', kind: 'person', name: 'John Doe' });
    const [position] = await box.json<Array<{ holder: string; reported: boolean }>>('positions', '--holder', 'russia');
    expect(position).toMatchObject({ holder: 'russia', reported: true });
  });

  it("describes a statement whose speaker speaks for no actor (\"according to the source\") as the analysis weighs it, the holder's own word, not as a report (a review's finding)", async () => {
    writeFileSync(join(box.dir, 'articles', 'sources.txt'), 'According to the source, Moscow rejected a ceasefire on Monday.\n\nIndependent analyst John Doe said on Monday that Kyiv would accept a ceasefire.\n');
    const r = await box.stancelog('ingest', 'articles/sources.txt', '--published-at', '2025-06-04');
    expect(r.stdout.split('\n').filter((l) => l.startsWith('articles/'))).toEqual([
      "articles/sources.txt:1  2025-06-02  russia reject - ceasefire (according to the source: counts as russia's own word)",
      'articles/sources.txt:3  2025-06-02  ukraine accept + ceasefire (reported by John Doe)',
    ]);
    const positions = await box.json<Array<{ holder: string; reported: boolean }>>('positions', '--issue', 'ceasefire');
    expect(positions.map((p) => [p.holder, p.reported])).toEqual([['russia', false], ['ukraine', true]]);
  });

  it('gives through --json and append the log that ingest writes, a speaker who speaks for no one defined as a person by both', async () => {
    writeFileSync(join(box.dir, 'articles', 'pundit.txt'), 'Independent analyst John Doe said on Monday that Russia would accept a ceasefire.\n');
    // Both logs first define Russia and the ceasefire alike, as an earlier ingest does: what append registers provisionally, not ingest.
    for (const store of ['direct.jsonl', 'piped.jsonl']) expect((await box.stancelog('ingest', 'articles/brussels.txt', '--store', store)).code).toBe(0);
    expect((await box.stancelog('ingest', 'articles/pundit.txt', '--published-at', '2025-06-04', '--store', 'direct.jsonl')).code).toBe(0);
    // stancelog ingest --json --dry-run articles/pundit.txt | stancelog append -
    const printed = await box.stancelog('ingest', 'articles/pundit.txt', '--published-at', '2025-06-04', '--json', '--dry-run', '--store', 'piped.jsonl');
    expect(printed.code).toBe(0);
    writeFileSync(join(box.dir, 'printed.jsonl'), printed.stdout);
    const appended = await box.stancelog('append', 'printed.jsonl', '--store', 'piped.jsonl');
    expect(appended).toMatchObject({ code: 0, stderr: '' });
    expect(appended.stdout).not.toContain('provisionally');

    const logOf = async (store: string) =>
      (await box.json<Array<LoggedEvent & { position: number }>>('log', '--store', store)).map(({ position, id, type, data }) => ({ position, id, type, data }));
    const direct = await logOf('direct.jsonl');
    expect(direct).toContainEqual(expect.objectContaining({ type: 'actor-registered', data: { id: 'john-doe', kind: 'person', name: 'John Doe' } }));
    expect(await logOf('piped.jsonl')).toEqual(direct);
  });

  it('prints with --json, before the statements, the actor-registered and issue-defined lines ingest appends, a speaker who speaks for no one as a person, unless the log defines them', async () => {
    writeFileSync(join(box.dir, 'articles', 'pundit.txt'), 'Independent analyst John Doe said on Monday that Russia would accept a ceasefire.\n');
    const printed = await box.stancelog('ingest', 'articles/pundit.txt', '--published-at', '2025-06-04', '--json', '--dry-run');
    const all = printed.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type?: string; data?: { id?: string; kind?: string; title?: string }; speaker?: { actor?: string } });
    const typed = all.filter((l) => l.type !== undefined);
    expect(all.slice(0, typed.length)).toEqual(typed);
    expect(typed.map((e) => `${e.type} ${e.data?.id}`)).toEqual(['actor-registered russia', 'actor-registered john-doe', 'issue-defined ceasefire']);
    expect(typed.map((e) => e.data?.kind ?? e.data?.title)).toEqual(['state', 'person', 'Ceasefire']);
    const rest = all.slice(typed.length);
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.every((s) => s.speaker?.actor === 'john-doe')).toBe(true);
    // With no log there, append defines them all: nothing is registered provisionally.
    writeFileSync(join(box.dir, 'printed.jsonl'), printed.stdout);
    expect((await box.stancelog('append', 'printed.jsonl')).stdout).not.toContain('provisionally');
    // Once the log defines them, they are not printed again.
    const again = await box.stancelog('ingest', 'articles/pundit.txt', '--published-at', '2025-06-04', '--json', '--dry-run');
    expect(again.stdout).not.toMatch(/actor-registered|issue-defined/);
  });

  it('gives through --json --dry-run and append the log a direct ingest writes: the same actors (names, aliases, kinds, offices), issues and statements', async () => {
    // The labour example: a register and a lexicon of its own, people with offices, issues with parents.
    const example = join(__dirname, '..', '..', '..', 'examples', 'ingest-labour');
    const argv = ['ingest', join(example, 'articles'), '--actors', join(example, 'actors.json'), '--lexicon', join(example, 'lexicon.json')];
    expect((await box.stancelog(...argv, '--store', 'direct.jsonl')).code).toBe(0);
    const printed = await box.stancelog(...argv, '--json', '--dry-run', '--store', 'piped.jsonl');
    expect(printed.code).toBe(0);
    writeFileSync(join(box.dir, 'printed.jsonl'), printed.stdout);
    const appended = await box.stancelog('append', 'printed.jsonl', '--store', 'piped.jsonl');
    expect([appended.code, appended.stderr, appended.stdout.includes('provisionally')]).toEqual([0, '', false]);
    // The same events in the same order; only the times they were recorded differ.
    const events = async (store: string) => (await box.json<LoggedEvent[]>('log', '--store', store)).map(({ type, data }) => ({ type, data }));
    const direct = await events('direct.jsonl');
    expect(direct.filter((e) => e.type === 'actor-registered').map((e) => e.data.id)).toEqual(['dockers-union', 'marta-silva', 'port-authority', 'tom-becker']);
    expect(direct.filter((e) => e.type === 'issue-defined').length).toBeGreaterThan(0);
    expect(await events('piped.jsonl')).toEqual(direct);
    // So the positions the two logs give are named alike.
    expect((await box.stancelog('positions', '--store', 'piped.jsonl')).stdout).toBe((await box.stancelog('positions', '--store', 'direct.jsonl')).stdout);
    const help = await box.stancelog('ingest', '--help');
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('as actor-registered and issue-defined lines, and with --replace the withdrawals come last: append of the lines gives the log ingest writes');
  });

  it('prints the rules that fired with --explain', async () => {
    const text = await box.stancelog('ingest', 'articles/geneva.txt', '--explain', '--dry-run');
    expect(text.stdout).toMatch(/rules: cue:reject\.verb holder:subject\/subject\.nearest .*date\.weekday-past:on Friday/);
    // With --json the rules go to stderr, one line per printed statement, so stdout stays appendable.
    const json = await box.stancelog('ingest', 'articles/geneva.txt', '--explain', '--dry-run', '--json');
    const printed = lines(json.stdout);
    expect(printed.every((s) => !('rules' in s))).toBe(true);
    const explained = json.stderr.split('\n').filter((l) => l.startsWith('line '));
    expect(explained).toHaveLength(printed.length);
    // "line N": the line of stdout that holds the statement, after those that define what the statements name; then
    // FILE:LINE, the line the quote starts on (its offsets are in the JSON).
    const stdout = json.stdout.trim().split('\n');
    const lineOf = (offset: number) => geneva.slice(0, offset).split('\n').length;
    explained.forEach((l, i) => {
      const n = Number(/^line (\d+) /.exec(l)?.[1]);
      expect(JSON.parse(stdout[n - 1]!)).toEqual(printed[i]);
      expect(l).toMatch(new RegExp(`^line ${n} \\(articles/geneva\\.txt:${lineOf(printed[i]!.source.offsets![0])}\\) rules: cue:`));
    });
    expect(text.stdout).toMatch(/^articles\/geneva\.txt:8  /);
    expect(text.stdout).toMatch(/\narticles\/geneva\.txt:9  /);
  });

  it('names with --explain the lines not read as prose, and why, on stderr', async () => {
    const r = await box.stancelog('ingest', 'articles/geneva.txt', '--explain', '--dry-run');
    const dropped = r.stderr.split('\n').filter((l) => l.includes('not read'));
    // Each named by its line in the file (front matter included), as an editor's FILE:LINE.
    expect(dropped).toEqual([
      'articles/geneva.txt:6  not read (repeated-headline): Talks stall in Geneva',
      'articles/geneva.txt:7  not read (headline-or-navigation): Menu | World | Politics',
      'articles/geneva.txt:10  not read (footer): Share this article',
    ]);
    expect((await box.stancelog('ingest', 'articles/geneva.txt', '--dry-run')).stderr).not.toContain('not read');
  });

  it('names with --explain each sentence of prose that gave no statement, and why, on stderr among the lines not read', async () => {
    const operators = 'The crane operators are ready to accept a ceasefire as soon as the harbour master reopens the southern quay to shipping.';
    writeFileSync(
      join(box.dir, 'articles', 'quay.txt'),
      [
        'Strike talks resume at the quay',
        'Kyiv rejected any territorial concessions on Friday.',
        operators,
        'Would Moscow accept a ceasefire if the talks moved to Geneva next month?',
        'Photo: Quay archive',
        'Fog delayed the morning ferries.',
      ].join('\n'),
    );
    const r = await box.stancelog('ingest', 'articles/quay.txt', '--published-at', '2025-06-04', '--explain', '--dry-run');
    const notes = r.stderr.split('\n').filter((l) => l.startsWith('articles/quay.txt:'));
    // In the order of the file, one line each; a long sentence cut at 80 characters.
    expect(notes).toEqual([
      'articles/quay.txt:1  not read (headline-or-navigation): Strike talks resume at the quay',
      `articles/quay.txt:3  no statement (no holder "The crane operators"; cue accept.readiness): ${operators.slice(0, 79)}…`,
      'articles/quay.txt:4  no statement (question): Would Moscow accept a ceasefire if the talks moved to Geneva next month?',
      'articles/quay.txt:5  not read (credit): Photo: Quay archive',
      'articles/quay.txt:6  no statement (no cue): Fog delayed the morning ferries.',
    ]);
    expect(r.stdout).toContain('ukraine reject - territorial-concessions');
    // Only with --explain, and with --json on stderr too, leaving stdout to what `append` reads.
    expect((await box.stancelog('ingest', 'articles/quay.txt', '--published-at', '2025-06-04', '--dry-run')).stderr).not.toContain('no statement');
    const json = await box.stancelog('ingest', 'articles/quay.txt', '--published-at', '2025-06-04', '--explain', '--json', '--dry-run');
    expect(json.stderr).toContain('articles/quay.txt:6  no statement (no cue): Fog delayed the morning ferries.');
    expect(lines(json.stdout).map((s) => s.holder)).toEqual(['ukraine']);
  });

  it('reads a hard-wrapped article by paragraph: --explain shows whole sentences, each on one line, at the line it starts on', async () => {
    const rejected = 'Kyiv rejected any territorial concessions on Friday, officials said, as the talks in Geneva stalled for a third day.';
    const fog = 'Fog over the lake delayed the morning boats that carry the delegations from their hotels to the conference hall.';
    // Lines of at most 72 columns, as e-mail and wire copy break them.
    writeFileSync(
      join(box.dir, 'articles', 'wrapped.txt'),
      [
        'Talks stall in Geneva',
        '',
        'Kyiv rejected any territorial concessions on Friday, officials said, as',
        'the talks in Geneva stalled for a third day.',
        '',
        'Fog over the lake delayed the morning boats that carry the delegations',
        'from their hotels to the conference hall.',
        '',
      ].join('\r\n'),
    );
    const r = await box.stancelog('ingest', 'articles/wrapped.txt', '--published-at', '2025-06-09', '--explain', '--dry-run');
    expect(r.code).toBe(0);
    // The statement's quote is the whole sentence, on one line (a quote over 100 characters is cut with "…").
    expect(r.stdout).toContain(`articles/wrapped.txt:3  2025-06-06  ukraine reject - territorial-concessions\n    "${rejected.slice(0, 99)}…"\n`);
    // The headline alone is set aside; the paragraph that gave nothing is named whole, from its first line.
    expect(r.stderr.split('\n').filter((l) => l.startsWith('articles/wrapped.txt:'))).toEqual([
      'articles/wrapped.txt:1  not read (headline-or-navigation): Talks stall in Geneva',
      `articles/wrapped.txt:6  no statement (no cue): ${fog.slice(0, 79)}…`,
    ]);
    // The quote appended is the file's own text, line break and all, at its offsets.
    const [statement] = lines((await box.stancelog('ingest', 'articles/wrapped.txt', '--published-at', '2025-06-09', '--json', '--dry-run')).stdout);
    expect(statement!.source.quote).toBe(rejected.replace(' as the', ' as\r\nthe'));
  });

  it('leaves statedAt out when no date is known', async () => {
    const printed = lines((await box.stancelog('ingest', 'articles/brussels.txt', '--json', '--dry-run')).stdout);
    expect(printed.length).toBeGreaterThan(0);
    expect(printed.every((s) => !('statedAt' in s))).toBe(true);
  });

  it("warns of an article no date was found for, naming it, how many of its statements take the day they are recorded, and --published-at, by --dry-run and --json too (a review's finding)", async () => {
    const warning = (n: number) =>
      `stancelog: warning: articles/brussels.txt: no publication date found (in front matter, a sidecar file, the page's markup or a dateline): its ${n} statements that name no day of their own are dated by the day they are recorded; give --published-at DATE\n`;
    const dry = await box.stancelog('ingest', 'articles/brussels.txt', '--dry-run');
    const n = dry.stdout.split('\n').filter((l) => l.includes('date unknown')).length;
    expect(n).toBeGreaterThan(1);
    expect([dry.code, dry.stderr]).toEqual([0, warning(n)]);
    expect((await box.stancelog('ingest', 'articles/brussels.txt', '--dry-run', '--json')).stderr).toContain(warning(n));
    const run = await box.stancelog('ingest', 'articles');
    expect([run.code, run.stderr]).toEqual([0, warning(n)]);
    // Dated by the option, or by its front matter (geneva.txt), it is said nothing of. (brussels.txt, with no address,
    // now reads otherwise than when it was ingested, dated: that is warned of, as for an article with a url.)
    const dated = await box.stancelog('ingest', 'articles', '--published-at', '2025-06-04', '--dry-run');
    expect(dated.stderr).not.toContain('no publication date');
    expect(dated.stderr).toMatch(/^stancelog: warning: articles\/brussels.txt was ingested before \(each of its \d+ statements quotes a sentence the log has read before\), but has no address/);
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

  it('leaves out the statements read with a confidence below --min-confidence, says how many, and refuses a value out of 0 to 1', async () => {
    writeFileSync(join(box.dir, 'kyiv.txt'), '"No territorial concessions," Zelensky said on Friday. Kyiv rejected a ceasefire on Friday.\n');
    const all = lines((await box.stancelog('ingest', 'kyiv.txt', '--published-at', '2025-06-07', '--json', '--dry-run')).stdout);
    expect(all.map((x) => x.confidence)).toEqual([0.4, 0.8]);
    const r = await box.stancelog('ingest', 'kyiv.txt', '--published-at', '2025-06-07', '--json', '--dry-run', '--min-confidence', '0.5');
    expect(lines(r.stdout).map((x) => `${x.holder} ${x.kind} ${x.issue}`)).toEqual(['ukraine reject ceasefire']);
    expect(r.stderr).toContain('read 1 article of 1: 1 statement\nleft out 1 statement read with a confidence below --min-confidence\n');
    for (const bad of ['high', '1.5', '-0.1', '']) {
      const refused = await box.stancelog('ingest', 'kyiv.txt', '--dry-run', '--min-confidence', bad);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`--min-confidence ${bad}: expected a number from 0 to 1`);
    }
  });

  it('warns of a lexicon phrase that names what another phrase of its issue does away with, and reads with it still', async () => {
    writeFileSync(join(box.dir, 'cuts.json'), JSON.stringify({ name: 'cuts', issues: [{ id: 'sanctions-cut', title: 'Sanctions cut', proposition: 'sanctions on banks are cut', phrases: ['cut sanctions', 'sanctions'] }] }));
    const r = await box.stancelog('ingest', 'articles/brussels.txt', '--json', '--dry-run', '--lexicon', 'cuts.json');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('stancelog: warning: --lexicon cuts.json: issues[0].phrases[1]: "sanctions" names what "cut sanctions" does away with, with the same polarity (+): give it "polarity": "-"');
    const fixed = { name: 'cuts', issues: [{ id: 'sanctions-cut', title: 'Sanctions cut', proposition: 'sanctions on banks are cut', phrases: ['cut sanctions', { phrase: 'sanctions', polarity: '-' }] }] };
    writeFileSync(join(box.dir, 'cuts.json'), JSON.stringify(fixed));
    expect((await box.stancelog('ingest', 'articles/brussels.txt', '--json', '--dry-run', '--lexicon', 'cuts.json')).stderr).not.toContain('warning: --lexicon');
  });

  it('warns of a lexicon parent that neither the lexicon, the default one nor the log defines, with the closest id, and not of one the log defines (a review\'s finding)', async () => {
    const lexicon = (parent: string) => ({ name: 'banks', issues: [{ id: 'bank-sanctions', title: 'Bank sanctions', proposition: 'banks are sanctioned', parent, phrases: ['sanctions on Russian banks'] }] });
    writeFileSync(join(box.dir, 'banks.json'), JSON.stringify(lexicon('sanction')));
    const warning = 'stancelog: warning: --lexicon banks.json: issues[0].parent: "sanction" is defined by neither the lexicon nor the log (sanctions?): bank-sanctions is recorded within it all the same; define it (an issue of the lexicon, or an issue-defined event) or mend the id\n';
    // With no log, by the dry run; and as the run appends (dated: an article of no date is warned of too).
    const dry = await box.stancelog('ingest', 'articles/brussels.txt', '--dry-run', '--lexicon', 'banks.json', '--published-at', '2025-05-16');
    expect([dry.code, dry.stderr]).toEqual([0, warning]);
    const run = await box.stancelog('ingest', 'articles/brussels.txt', '--lexicon', 'banks.json', '--published-at', '2025-05-16');
    expect([run.code, run.stderr]).toEqual([0, warning]);
    // The default lexicon's issues, and those the log defines, are parents enough.
    writeFileSync(join(box.dir, 'banks.json'), JSON.stringify(lexicon('sanctions')));
    expect((await box.stancelog('ingest', 'articles/brussels.txt', '--dry-run', '--lexicon', 'banks.json', '--published-at', '2025-05-16')).stderr).toBe('');
    box.write('finance.jsonl', [{ type: 'issue-defined', data: { id: 'finance', title: 'Finance', proposition: 'finance is regulated' } }]);
    expect((await box.stancelog('append', 'finance.jsonl')).code).toBe(0);
    writeFileSync(join(box.dir, 'banks.json'), JSON.stringify(lexicon('finance')));
    expect((await box.stancelog('ingest', 'articles/brussels.txt', '--dry-run', '--lexicon', 'banks.json', '--published-at', '2025-05-16')).stderr).toBe('');
    expect((await box.stancelog('ingest', 'articles/brussels.txt', '--dry-run', '--lexicon', 'banks.json', '--published-at', '2025-05-16', '--store', 'other.jsonl')).stderr).toContain('"finance" is defined by neither');
  });

  it('reads with --lexicon alone under --no-default-lexicon: the Ukraine talks\' words name none of their issues in another negotiation', async () => {
    // Not port.json: that would be port.txt's sidecar (its publication details).
    writeFileSync(join(box.dir, 'port-lexicon.json'), JSON.stringify({ name: 'port', issues: [{ id: 'pay-offer', title: 'Pay offer', proposition: 'the pay offer is accepted', phrases: ['pay offer'] }] }));
    writeFileSync(join(box.dir, 'port.txt'), 'France rejected the pay offer on Monday.\n\nFrance called for new sanctions on Tuesday.\n\nFrance said it was ready to resume negotiations.\n');
    const read = async (...extra: string[]) =>
      lines((await box.stancelog('ingest', 'port.txt', '--published-at', '2025-06-10', '--json', '--dry-run', '--lexicon', 'port-lexicon.json', ...extra)).stdout).map((s) => s.issue);
    expect(await read()).toEqual(['pay-offer', 'sanctions', 'peace-talks']);
    // Without the default lexicon, what it does not name becomes a provisional issue of the article's own words.
    expect(await read('--no-default-lexicon')).toEqual(['pay-offer', 'new-sanction', 'resume-negotiation']);
    const alone = await box.stancelog('ingest', 'port.txt', '--no-default-lexicon', '--dry-run');
    expect([alone.code, alone.stdout, alone.stderr]).toEqual([1, '', 'stancelog: --no-default-lexicon needs --lexicon FILE: without a lexicon the articles would name no issue it knows\n']);
  });

  it('names a missing, misplaced or wrong lexicon file in words, by the name it was given, as --actors does', async () => {
    mkdirSync(join(box.dir, 'lexicons'));
    writeFileSync(join(box.dir, 'lexicons', 'bad.json'), JSON.stringify({ name: 'banks', issues: [{ id: 'bank-sanctions', title: 'Bank sanctions' }] }));
    // A misspelt polarity read as none would make "rejected the pay freeze" a rejection of the pay rise.
    const pay = { id: 'pay-rise', title: 'Pay rise', proposition: 'pay rises', phrases: ['pay rise', { phrase: 'pay freeze', polarty: '-' }] };
    writeFileSync(join(box.dir, 'lexicons', 'typo.json'), JSON.stringify({ name: 'pay', issues: [pay] }));
    writeFileSync(join(box.dir, 'lexicons', 'syntax.json'), '{ "name": "pay",\n  "issues": [\n    { "id": "pay-rise", "title": "Pay rise", }\n  ]\n}\n');
    for (const [lexicon, message] of [
      ['missing.json', '--lexicon missing.json: no such file'],
      ['lexicons', '--lexicon lexicons is a folder, not a lexicon JSON file'],
      // Every field that is wrong, as --actors names them.
      ['lexicons/bad.json', '--lexicon lexicons/bad.json: issues[0].proposition: required: a string; issues[0].phrases: required: a list of strings or objects with at least {phrase}'],
      ['lexicons/typo.json', '--lexicon lexicons/typo.json: issues[0].phrases[1].polarty: unknown field (polarity?)'],
      ['lexicons/syntax.json', '--lexicon lexicons/syntax.json: not JSON at line 3, column 46: expected a field after ",", got "}" (JSON has no "," after the last field of an object)'],
    ]) {
      const r = await box.stancelog('ingest', 'articles', '--lexicon', lexicon!, '--dry-run');
      expect([r.code, r.stdout, r.stderr]).toEqual([1, '', `stancelog: ${message}\n`]);
    }
  });

  describe('--actors', () => {
    const harbour = [
      '---',
      'publishedAt: 2026-02-12',
      'publisher: Harbour Post',
      '---',
      'Dock strike looms',
      "The Harbour Workers' Union rejected the port's latest pay freeze on Wednesday.",
      '"The 35-hour week must come before any talk of automation," said Marta Silva, the union\'s general secretary.',
    ].join('\n');
    const union = { id: 'dockers-union', kind: 'organisation', name: "Harbour Workers' Union", aliases: ['HWU', 'the union'] };
    const silva = { id: 'marta-silva', kind: 'person', name: 'Marta Silva', offices: [{ actor: 'dockers-union', title: 'General Secretary', from: '2023-01-01' }] };
    beforeEach(() => writeFileSync(join(box.dir, 'harbour.txt'), harbour));

    it('finds nothing where the default register knows no party, and says why', async () => {
      const r = await box.stancelog('ingest', 'harbour.txt', '--dry-run');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(
        'read 1 article of 1: 0 statements\n' +
          'no statement found: a statement needs a holder the actor register knows; name the actors of these articles with --actors FILE.json\n' +
          'dry run: the log was not opened\n',
      );
    });

    it('says, when the register was given and still nothing is found, why the sentences were passed over (not to give one)', async () => {
      writeFileSync(join(box.dir, 'actors.json'), JSON.stringify([union, silva], null, 2));
      writeFileSync(join(box.dir, 'quiet.txt'), ['---', 'publishedAt: 2026-02-12', '---', 'The HWU met the port on Wednesday. The drivers rejected the offer.'].join('\n'));
      const r = await box.stancelog('ingest', 'quiet.txt', '--actors', 'actors.json', '--dry-run');
      expect(r.stdout).toBe(
        'read 1 article of 1: 0 statements\n' +
          'no statement found: of 2 sentences passed over, 1 with no stance in words the reader knows, 1 with no holder the actor register knows (--explain shows each)\n' +
          'dry run: the log was not opened\n',
      );
    });

    it('adds the actors of the file to the register, and defines those the statements name in the log', async () => {
      writeFileSync(join(box.dir, 'actors.json'), JSON.stringify([union, silva], null, 2));
      const r = await box.stancelog('ingest', 'harbour.txt', '--actors', 'actors.json');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/dockers-union reject - /);
      expect(r.stdout).not.toMatch(/no statement found/);
      expect(r.stdout).toMatch(/defined actors: dockers-union\n/);
      const logged = await box.json<LoggedEvent[]>('log');
      expect(logged.find((e) => e.type === 'actor-registered')?.data).toEqual(union);
      expect(logged.find((e) => e.type === 'statement-made')?.data.holder).toBe('dockers-union');
      // The default register is still there.
      expect(lines((await box.stancelog('ingest', 'articles/geneva.txt', '--actors', 'actors.json', '--json', '--dry-run')).stdout).some((s) => s.holder === 'ukraine')).toBe(true);
    });

    it('defines in the log the persons of the file who speak, with their offices, so that a later ingest without the file reads them as this one did', async () => {
      writeFileSync(join(box.dir, 'actors.json'), JSON.stringify([union, silva]));
      writeFileSync(join(box.dir, 'first.txt'), '---\npublishedAt: 2026-02-12\n---\nMarta Silva said on Monday that the union rejects any ceasefire.\n');
      const r = await box.stancelog('ingest', 'first.txt', '--actors', 'actors.json');
      expect(r.stdout).toMatch(/defined actors: dockers-union, marta-silva\n/);
      expect((await box.json<LoggedEvent[]>('log')).filter((e) => e.type === 'actor-registered').map((e) => e.data)).toEqual([union, silva]);
      // Without --actors, the General Secretary still speaks for the union: its own word, not a third party's report on it.
      writeFileSync(join(box.dir, 'later.txt'), '---\npublishedAt: 2026-02-20\n---\nMarta Silva said on Thursday that the union would never accept new sanctions.\n');
      const later = await box.stancelog('ingest', 'later.txt');
      expect([later.code, later.stderr]).toEqual([0, '']);
      expect(later.stdout).not.toMatch(/reported by|defined actors/);
      const positions = await box.json<Array<{ holder: string; issue: string; reported: boolean }>>('positions', '--holder', 'dockers-union');
      expect(positions.map((p) => [p.issue, p.reported])).toEqual([['ceasefire', false], ['sanctions', false]]);
    });

    it('gives a name the file shares with another actor of the register to the file\'s actor, and says so', async () => {
      writeFileSync(join(box.dir, 'actors.json'), JSON.stringify([{ ...union, aliases: ['HWU', 'the union', 'Kyiv'] }]));
      writeFileSync(join(box.dir, 'kyiv.txt'), '---\npublishedAt: 2026-02-12\n---\nKyiv rejected new sanctions on Monday.\n');
      const r = await box.stancelog('ingest', 'kyiv.txt', '--actors', 'actors.json', '--dry-run');
      expect([r.code, r.stdout.split('\n')[0]]).toEqual([0, 'kyiv.txt:4  2026-02-09  dockers-union reject - sanctions']);
      expect(r.stderr).toBe('stancelog: warning: --actors actors.json: "Kyiv" is also a name of ukraine (Ukraine) in the register: the articles\' "Kyiv" is read as dockers-union\n');
      // Without the file, the name is Ukraine's, and nothing is said.
      const plain = await box.stancelog('ingest', 'kyiv.txt', '--dry-run');
      expect([plain.stdout.split('\n')[0], plain.stderr]).toEqual(['kyiv.txt:4  2026-02-09  ukraine reject - sanctions', '']);
    });

    it('names the actors its statements name that no register defines, as registered provisionally, as append does', async () => {
      // Silva speaks for the union, which the register does not hold: the log registers it provisionally.
      writeFileSync(join(box.dir, 'actors.json'), JSON.stringify([silva]));
      writeFileSync(join(box.dir, 'harbour.txt'), '---\npublishedAt: 2026-02-12\n---\n"We will not accept new sanctions," said Marta Silva, the union general secretary.\n');
      const read = await box.stancelog('ingest', 'harbour.txt', '--actors', 'actors.json', '--json', '--dry-run');
      writeFileSync(join(box.dir, 'statements.jsonl'), read.stdout);
      const appended = await box.stancelog('append', 'statements.jsonl', '--store', 'appended.jsonl');
      expect(appended.stdout).toContain('registered provisionally (actors): dockers-union\n');
      const r = await box.stancelog('ingest', 'harbour.txt', '--actors', 'actors.json');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('registered provisionally (actors): dockers-union\nregister them with actor-registered / issue-defined events to give them names and kinds\n');
      // With --json, the summary on stderr says it too; ingesting again registers nothing more.
      const again = await box.stancelog('ingest', 'harbour.txt', '--actors', 'actors.json', '--json', '--store', 'other.jsonl');
      expect(again.stderr).toContain('registered provisionally (actors): dockers-union\n');
      expect((await box.stancelog('ingest', 'harbour.txt', '--actors', 'actors.json')).stdout).not.toContain('provisionally');
    });

    it('names by the dry run what the run would register provisionally, before anything is appended (a review of a port strike)', async () => {
      // The review step said nothing of it: "registered provisionally (issues): minister" came only once it was in the log.
      writeFileSync(join(box.dir, 'actors.json'), JSON.stringify([silva]));
      writeFileSync(join(box.dir, 'harbour.txt'), '---\npublishedAt: 2026-02-12\n---\n"We will not accept new sanctions," said Marta Silva, the union general secretary.\n');
      const dry = await box.stancelog('ingest', 'harbour.txt', '--actors', 'actors.json', '--dry-run');
      expect([dry.code, dry.stdout.split('\n').slice(-4)]).toEqual([0, ['dry run: the log was not opened', 'would register provisionally (actors): dockers-union', 'name them in --actors or --lexicon (or correct the statements after the ingest) to give them names and kinds', '']]);
      // An issue read from the article's own words, which no lexicon names.
      writeFileSync(join(box.dir, 'actors.json'), JSON.stringify([union]));
      writeFileSync(join(box.dir, 'roster.txt'), '---\npublishedAt: 2026-03-19\n---\nThe union rejected the new roster on Thursday.\n');
      const roster = await box.stancelog('ingest', 'roster.txt', '--actors', 'actors.json', '--dry-run');
      expect(roster.stdout).toContain('would register provisionally (issues): new-roster\n');
      // Once the log holds it, a dry run has nothing more to register.
      expect((await box.stancelog('ingest', 'roster.txt', '--actors', 'actors.json')).stdout).toContain('registered provisionally (issues): new-roster\n');
      expect((await box.stancelog('ingest', 'roster.txt', '--actors', 'actors.json', '--dry-run')).stdout).not.toContain('provisionally');
    });

    it('warns of an office at an actor nothing defines whose id is one slip from one the register holds, by the dry run too (a review\'s finding)', async () => {
      writeFileSync(join(box.dir, 'actors.json'), JSON.stringify([union, { ...silva, offices: [{ ...silva.offices[0], actor: 'dockers-unoin' }] }]));
      const warning = 'stancelog: warning: --actors actors.json: [1].offices[0].actor: "dockers-unoin" is no actor of the register or the log; did you mean dockers-union? (what marta-silva says for it is held by dockers-unoin, a new actor registered provisionally)\n';
      const dry = await box.stancelog('ingest', 'harbour.txt', '--actors', 'actors.json', '--dry-run');
      expect([dry.code, dry.stderr]).toEqual([0, warning]);
      // An office at an actor close to none is left alone: the log may define it later.
      writeFileSync(join(box.dir, 'actors.json'), JSON.stringify([union, { ...silva, offices: [{ ...silva.offices[0], actor: 'port-federation' }] }]));
      expect((await box.stancelog('ingest', 'harbour.txt', '--actors', 'actors.json', '--dry-run')).stderr).toBe('');
    });

    it('names as registered provisionally only what the statements it appends name: a statement the log holds, withdrawn, registers nothing again (a review\'s finding)', async () => {
      writeFileSync(join(box.dir, 'actors.json'), JSON.stringify([silva]));
      writeFileSync(join(box.dir, 'harbour.txt'), '---\npublishedAt: 2026-02-12\n---\n"We will not accept new sanctions," said Marta Silva, the union general secretary.\n');
      const first = await box.stancelog('ingest', 'harbour.txt', '--actors', 'actors.json');
      expect(first.stdout).toContain('registered provisionally (actors): dockers-union\n');
      const events = await box.json<LoggedEvent[]>('log');
      const statement = events.find((e) => e.type === 'statement-made')!;
      expect((await box.stancelog('withdraw', statement.id, '--reason', 'misread')).code).toBe(0);
      const again = await box.stancelog('ingest', 'harbour.txt', '--actors', 'actors.json');
      expect([again.code, again.stderr]).toEqual([0, '']);
      expect(again.stdout).toContain('appended 0 events to stancelog.jsonl (1 event already in the log, skipped)\n');
      expect(again.stdout).not.toContain('provisionally');
    });

    it.each([
      ['missing.json', undefined, 'missing.json: no such file'],
      ['broken.json', '[{ "id": "dockers-union",', 'broken.json: not JSON at line 1, column 26: expected a field\'s name in double quotes, got the end of the text'],
      // Where it stops being JSON, by line and column, as a lexicon's is said (Node 20 gives an offset alone, or nothing).
      ['comma.json', '[\n  { "id": "dockers-union", "kind": "organisation",\n    "name": "Harbour Workers\' Union"\n    "aliases": ["HWU"] }\n]\n', 'comma.json: not JSON at line 4, column 5: expected "," or "}" after a field\'s value, got the string "aliases" (a "," missing?)'],
      ['object.json', JSON.stringify({ actors: [union] }), 'object.json: expected an array of actors ({ "id", "kind", "name", "aliases", "offices" }), got an object'],
      // Worded as a value of the wrong kind is everywhere on the command line: its kind, and the value itself.
      ['string.json', JSON.stringify('dockers-union'), 'string.json: expected an array of actors ({ "id", "kind", "name", "aliases", "offices" }), got a string ("dockers-union")'],
      ['number.json', '42', 'number.json: expected an array of actors ({ "id", "kind", "name", "aliases", "offices" }), got a number (42)'],
      ['kind.json', JSON.stringify([union, { ...silva, kind: 'secretary' }]), 'kind.json: [1].kind: expected one of "state", "bloc", "organisation", "person", got "secretary"'],
      ['office.json', JSON.stringify([union, { ...silva, offices: [{ actor: 'dockers-union', title: 'General Secretary', from: 'soon' }] }]), 'office.json: [1].offices[0].from: "soon" is not a date or timestamp (expected YYYY-MM-DD, YYYY-MM, YYYY-Www or an ISO timestamp)'],
      // As the codecs say it: an id with the one it may have meant.
      ['id.json', JSON.stringify([union, { ...silva, id: 'Marta Silva' }]), 'id.json: [1].id: expected an actor id (lowercase letters, digits, "-", "_" or ".", up to 128 characters, as "russia"), got "Marta Silva" (as an id: "marta-silva"?)'],
      ['entry.json', JSON.stringify([union, 5]), 'entry.json: [1]: expected an object {id, kind, name}, got 5'],
      ['twice.json', JSON.stringify([union, silva, { ...union, name: 'HWU' }]), 'twice.json: [2].id: "dockers-union" is already the id of [0]'],
      // The text's "the union" would always go to the first; matched as the text is, in any case and without "the".
      ['alias.json', JSON.stringify([union, silva, { id: 'port-union', kind: 'organisation', name: 'Port Union', aliases: ['the  dockers', 'hwu'] }]), 'alias.json: [2].aliases[1]: "hwu" is already a name of [0] (dockers-union): a name stands for one actor'],
      ['name.json', JSON.stringify([{ ...union, aliases: ['The Union'] }, { id: 'port-union', kind: 'organisation', name: 'Union' }]), 'name.json: [1].name: "Union" is already a name of [0] (dockers-union): a name stands for one actor'],
    ])('refuses %s, naming the file and what is wrong, and writes nothing', async (name, text, message) => {
      if (text !== undefined) writeFileSync(join(box.dir, name), text);
      const r = await box.stancelog('ingest', 'harbour.txt', '--actors', name);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.startsWith(`stancelog: --actors ${message}`)).toBe(true);
      expect(r.stderr.split('\n')).toHaveLength(2);
      expect((await box.stancelog('log')).stderr).toMatch(/no log at/);
    });
  });

  it('withdraws, with --replace, what an updated article no longer says, and only from that address', async () => {
    const url = 'https://example.test/geneva';
    expect((await box.stancelog('ingest', 'articles/geneva.txt', '--url', url)).code).toBe(0);
    expect((await box.stancelog('ingest', 'articles/brussels.txt', '--url', 'https://example.test/brussels', '--published-at', '2025-06-03')).code).toBe(0);
    const logged = await box.json<LoggedEvent[]>('log');
    const before = statementsOf(logged);
    // The outlet corrected the article: Zelensky's line is gone.
    writeFileSync(join(box.dir, 'articles', 'geneva.txt'), geneva.split('\n').filter((l) => !l.includes('Zelensky')).join('\n'));
    const r = await box.stancelog('ingest', 'articles/geneva.txt', '--url', url, '--replace');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/withdrew 2 statements read before at these articles' addresses and not in them now, in the same append/);
    // "appended N events" counts every event the append wrote, the two withdrawals with the rest (a review's finding: it left them out).
    const appended = (await box.json<LoggedEvent[]>('log')).length - logged.length;
    expect(r.stdout).toContain(`appended ${appended} events to `);
    const positions = await box.json<Array<{ holder: string; issue: string; statements: string[] }>>('positions');
    const gone = before.filter((b) => !positions.some((p) => p.statements.includes(b.id)));
    // Zelensky's line gave two statements (a demand, and a condition on talks): both go; Brussels's stay.
    expect(gone.map((g) => (g.data as Statement).source.quote)).toEqual([expect.stringContaining('Russia must agree'), expect.stringContaining('Russia must agree')]);
    const log = (await box.stancelog('log')).stdout;
    expect(log).toMatch(/withdraws #\d+: not in the updated article https:\/\/example.test\/geneva \(ingested \d{4}-\d{2}-\d{2}\)/);
    // Run again, the same reading withdraws nothing more.
    const again = await box.stancelog('ingest', 'articles/geneva.txt', '--url', url, '--replace');
    expect([again.code, again.stdout.includes('withdrew')]).toEqual([0, false]);
  });

  it('restores, with --replace, what a later version says again, and leaves alone what was withdrawn by hand or entered by hand', async () => {
    const url = 'https://example.test/geneva';
    await box.stancelog('ingest', 'articles/geneva.txt', '--url', url);
    box.write('hand.jsonl', [{ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-06-07', source: { quote: 'noted by our reporter', url } }]);
    await box.stancelog('append', 'hand.jsonl');
    const kyiv = (await box.json<Array<{ position: number; type: string; data: { source?: { quote: string } } }>>('log')).find((e) => e.data.source?.quote.startsWith('Kyiv rejected'))!;
    await box.stancelog('withdraw', String(kyiv.position), '--reason', 'the officials were not named');
    writeFileSync(join(box.dir, 'articles', 'geneva.txt'), geneva.split('\n').filter((l) => !l.includes('Zelensky')).join('\n'));
    await box.stancelog('ingest', 'articles/geneva.txt', '--url', url, '--replace');
    writeFileSync(join(box.dir, 'articles', 'geneva.txt'), geneva);
    const back = await box.stancelog('ingest', 'articles/geneva.txt', '--url', url, '--replace');
    expect(back.stdout).toMatch(/restored 2 statements read again, withdrawn by an earlier --replace/);
    expect(back.stdout).toMatch(new RegExp(`--replace leaves #${kyiv.position} withdrawn: read again, but withdrawn by hand`));
    const holders = (await box.json<Array<{ holder: string; issue: string }>>('positions')).map((p) => `${p.holder} ${p.issue}`);
    // Zelensky's two statements are back, Kyiv's is still withdrawn by hand, the reporter's note stays.
    expect(holders).toEqual(['russia ceasefire', 'ukraine ceasefire', 'ukraine peace-talks']);
  });

  it('prints, with --replace --json, the withdrawals and restorations after the statements, so that append of the lines does what ingest --replace does', async () => {
    const url = 'https://example.test/geneva';
    const other = sandbox();
    try {
      mkdirSync(join(other.dir, 'articles'));
      writeFileSync(join(other.dir, 'articles', 'geneva.txt'), geneva);
      for (const b of [box, other]) expect((await b.stancelog('ingest', 'articles/geneva.txt', '--url', url)).code).toBe(0);
      const piped = async (): Promise<void> => {
        const r = await other.stancelog('ingest', 'articles/geneva.txt', '--url', url, '--replace', '--json', '--dry-run');
        expect(r.code).toBe(0);
        writeFileSync(join(other.dir, 'lines.jsonl'), r.stdout);
        expect((await other.stancelog('append', 'lines.jsonl')).code).toBe(0);
      };
      const events = async (b: typeof box) => (await b.json<LoggedEvent[]>('log')).map(({ type, data }) => ({ type, data }));
      // The correction withdraws Zelensky's line; the article as it was restores it.
      for (const text of [geneva.split('\n').filter((l) => !l.includes('Zelensky')).join('\n'), geneva]) {
        for (const b of [box, other]) writeFileSync(join(b.dir, 'articles', 'geneva.txt'), text);
        expect((await box.stancelog('ingest', 'articles/geneva.txt', '--url', url, '--replace')).code).toBe(0);
        await piped();
        expect(await events(other)).toEqual(await events(box));
      }
      expect((await events(box)).filter((e) => e.type === 'event-withdrawn')).toHaveLength(4);
    } finally {
      other.remove();
    }
  });

  it("keeps an analyst's correction (withdrawn by hand, the corrected copy appended from log --json without offsets): a re-ingest does not warn of it, and --replace does not withdraw it", async () => {
    const url = 'https://example.test/geneva';
    await box.stancelog('ingest', 'articles/geneva.txt', '--url', url);
    const kyiv = (await box.json<Array<Record<string, unknown> & { position: number; data: { statedAt?: string; source?: { quote: string } } }>>('log')).find((e) =>
      e.data.source?.quote.startsWith('Kyiv rejected'),
    )!;
    expect((await box.stancelog('withdraw', String(kyiv.position), '--reason', "dated the Thursday: the officials spoke before the article's Friday")).code).toBe(0);
    // As docs/cli.md says: jq -c '.[] | select(.position == N) | del(.id, .position, .schema, .tags, .withdrawnBy, .recordedAt, .data.source.offsets) | .data.statedAt = "..."'
    const { id: _id, position: _position, schema: _schema, tags: _tags, withdrawnBy: _by, recordedAt: _at, ...copy } = kyiv;
    const { offsets: _offsets, ...source } = kyiv.data.source as { quote: string; offsets?: unknown };
    box.write('fix.jsonl', [{ ...copy, data: { ...kyiv.data, source, statedAt: '2025-06-05' } }]);
    expect((await box.stancelog('append', 'fix.jsonl')).code).toBe(0);
    const corrected = (await box.json<Array<{ position: number; data: { statedAt?: string } }>>('log')).find((e) => e.data.statedAt === '2025-06-05')!;

    const again = await box.stancelog('ingest', 'articles/geneva.txt', '--url', url);
    expect([again.code, again.stderr]).toEqual([0, '']);
    // The outlet corrected the article: Zelensky's line is gone. His two statements go; the analyst's correction stays.
    writeFileSync(join(box.dir, 'articles', 'geneva.txt'), geneva.split('\n').filter((l) => !l.includes('Zelensky')).join('\n'));
    const r = await box.stancelog('ingest', 'articles/geneva.txt', '--url', url, '--replace');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/withdrew 2 statements read before/);
    expect(r.stdout).not.toContain(`#${corrected.position}:`);
    expect(r.stdout).toContain(`--replace leaves #${kyiv.position} withdrawn: read again, but withdrawn by hand`);
    const positions = await box.json<Array<{ holder: string; issue: string; since: string }>>('positions');
    expect(positions.map((p) => `${p.holder} ${p.issue} ${p.since}`)).toEqual(['ukraine territorial-concessions 2025-06-05']);
  });

  it('takes its own new reading at the offsets of a statement withdrawn by hand for a reading of the article, which --replace withdraws once the article no longer says it (a review\'s finding)', async () => {
    const url = 'https://example.test/geneva';
    await box.stancelog('ingest', 'articles/geneva.txt', '--url', url);
    const log = await box.json<Array<{ id: string; position: number; type: string; data: Record<string, unknown> & { source?: { quote: string; offsets?: [number, number] } } }>>('log');
    const kyiv = log.find((e) => e.data.source?.quote.startsWith('Kyiv rejected'))!;
    expect((await box.stancelog('withdraw', String(kyiv.position), '--reason', 'misread')).code).toBe(0);
    // What a later ingest would append at the same offsets after a change of its rules or lexicon: another reading.
    const { id: _id, position: _position, ...event } = kyiv as typeof kyiv & Record<string, unknown>;
    const reread = { type: 'statement-made', data: { ...event.data, kind: 'hedge', polarity: '0' } };
    box.write('reread.jsonl', [reread]);
    expect((await box.stancelog('append', 'reread.jsonl')).code).toBe(0);
    const rereadAt = (await box.json<Array<{ position: number; data: { kind?: string; source?: { offsets?: unknown } } }>>('log')).find((e) => e.data.kind === 'hedge' && e.data.source?.offsets !== undefined)!;
    // The outlet dropped the sentence: the new reading goes with the others it no longer says.
    writeFileSync(join(box.dir, 'articles', 'geneva.txt'), geneva.split('\n').filter((l) => !l.includes('Kyiv rejected')).join('\n'));
    const r = await box.stancelog('ingest', 'articles/geneva.txt', '--url', url, '--replace', '--dry-run');
    expect(r.stdout).toContain(`--replace would withdraw #${rereadAt.position}:`);
  });

  it('keeps, with --replace, a statement withdrawn by hand withdrawn when an edit before it moves its sentence', async () => {
    const url = 'https://example.test/geneva';
    await box.stancelog('ingest', 'articles/geneva.txt', '--url', url);
    const zelensky = (await box.json<Array<{ position: number; data: { issue?: string; source?: { quote: string } } }>>('log')).find(
      (e) => e.data.issue === 'peace-talks' && e.data.source?.quote.includes('Zelensky'),
    )!;
    await box.stancelog('withdraw', String(zelensky.position), '--reason', 'a condition on the ceasefire, not on the talks');
    // The outlet added a line above it: every sentence after it has other offsets.
    writeFileSync(join(box.dir, 'articles', 'geneva.txt'), geneva.replace('Menu | World | Politics\n', 'Menu | World | Politics\nThe delegations met for a third day in a row at the Palais des Nations.\n'));
    const r = await box.stancelog('ingest', 'articles/geneva.txt', '--url', url, '--replace');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`--replace leaves #${zelensky.position} withdrawn: read again, but withdrawn by hand`));
    const positions = await box.json<Array<{ holder: string; issue: string }>>('positions');
    expect(positions.map((p) => `${p.holder} ${p.issue}`)).toEqual(['ukraine ceasefire', 'ukraine territorial-concessions']);
  });

  it('warns, without --replace, when an article ingested before reads otherwise now, naming the earlier statements that still count; one withdrawn by hand stays out', async () => {
    const url = 'https://example.test/geneva';
    await box.stancelog('ingest', 'articles/geneva.txt', '--url', url);
    const first = await box.json<Array<{ position: number; type: string; data: { issue?: string; source?: { quote: string } } }>>('log');
    const zelensky = first.find((e) => e.data.issue === 'peace-talks' && e.data.source?.quote.includes('Zelensky'))!;
    await box.stancelog('withdraw', String(zelensky.position), '--reason', 'a condition on the ceasefire, not on the talks');
    // The same reading again: nothing to say, nothing appended.
    const same = await box.stancelog('ingest', 'articles/geneva.txt', '--url', url);
    expect([same.code, same.stderr]).toEqual([0, '']);
    // The outlet added a line above the others: each sentence is read again at other offsets, as another statement.
    writeFileSync(join(box.dir, 'articles', 'geneva.txt'), geneva.replace('Menu | World | Politics\n', 'Menu | World | Politics\nThe delegations met for a third day in a row at the Palais des Nations.\n'));
    const r = await box.stancelog('ingest', 'articles/geneva.txt', '--url', url);
    expect(r.code).toBe(0);
    const counting = first.filter((e) => e.type === 'statement-made' && e.position !== zelensky.position).map((e) => `#${e.position}`);
    expect(r.stderr).toBe(
      `stancelog: warning: articles/geneva.txt (${url}) reads otherwise than when it was ingested: ${counting.join(', ')} of the earlier reading are read again at other offsets (an edit moved them), and now count twice; ingest --replace withdraws the earlier reading of them (with --dry-run, it lists the changes)\n`,
    );
    // The statement withdrawn by hand did not come back under its new offsets.
    const positions = await box.json<Array<{ holder: string; issue: string }>>('positions');
    expect(positions.map((p) => `${p.holder} ${p.issue}`)).toEqual(['ukraine ceasefire', 'ukraine territorial-concessions']);
  });

  it('warns, of an article with no address ingested before, that its earlier reading cannot be compared, and how to have it compared (a leftover of stop 48)', async () => {
    expect((await box.stancelog('ingest', 'articles/geneva.txt')).code).toBe(0);
    // The outlet dropped a sentence: with an address the earlier statement not read now is named; with none it went unsaid.
    writeFileSync(join(box.dir, 'articles', 'geneva.txt'), geneva.split('\n').filter((l) => !l.includes('Kyiv rejected')).join('\n'));
    const warning =
      "stancelog: warning: articles/geneva.txt was ingested before (each of its 2 statements quotes a sentence the log has read before), but has no address: its earlier reading cannot be told from other articles', " +
      'so what it said then and does not say now is not looked for, as it is for an article with a url; give it its url (--url, or url in its front matter or sidecar file) to have later readings compared (and --replace)\n';
    const dry = await box.stancelog('ingest', 'articles/geneva.txt', '--dry-run');
    expect([dry.code, dry.stderr]).toEqual([0, warning]);
    const r = await box.stancelog('ingest', 'articles/geneva.txt');
    expect([r.code, r.stderr]).toEqual([0, warning]);
    // An article the log has read nothing of is new: nothing to say.
    const other = await box.stancelog('ingest', 'articles/brussels.txt', '--published-at', '2025-06-04');
    expect([other.code, other.stderr]).toEqual([0, '']);
  });

  it("says, of an article that reads otherwise for want of the earlier ingest's --lexicon, to give it again, rather than only pointing to --replace", async () => {
    const url = 'https://example.test/port';
    writeFileSync(join(box.dir, 'actors.json'), JSON.stringify([{ id: 'dockers-union', kind: 'organisation', name: "Harbour Workers' Union", aliases: ['HWU'] }]));
    writeFileSync(join(box.dir, 'port-lexicon.json'), JSON.stringify({ name: 'port', issues: [{ id: 'wage-deal', title: 'Wage deal', proposition: 'the pay offer is accepted', phrases: ['pay offer'] }] }));
    writeFileSync(join(box.dir, 'port.txt'), 'The HWU rejected the pay offer on Friday.\n');
    const article = ['port.txt', '--url', url, '--published-at', '2025-06-10'];
    expect((await box.stancelog('ingest', ...article, '--actors', 'actors.json', '--lexicon', 'port-lexicon.json')).code).toBe(0);
    // Without the lexicon, "the pay offer" is an issue of the article's own words: the log's wage-deal is not read.
    const dry = await box.stancelog('ingest', ...article, '--dry-run');
    expect([dry.code, dry.stderr]).toEqual([
      0,
      `stancelog: warning: port.txt (${url}) reads otherwise than when it was ingested: #3 of the earlier reading still counts and is not read now; ` +
        "its issue wage-deal is in no lexicon of this run: the log keeps no lexicon, so give the earlier ingest's --lexicon again; ingest --replace would withdraw it, and read the article without it\n",
    ]);
    const replace = await box.stancelog('ingest', ...article, '--replace', '--dry-run');
    expect(replace.stdout).toContain('--replace would withdraw #3: dockers-union reject wage-deal -\n');
    expect(replace.stderr).toBe(
      "stancelog: warning: --replace would withdraw statements on wage-deal, an issue the log defines and no lexicon of this run has: the log keeps no lexicon, so give the earlier ingest's --lexicon again\n",
    );
    // With the lexicon, the same reading: nothing to say.
    const again = await box.stancelog('ingest', ...article, '--lexicon', 'port-lexicon.json', '--dry-run');
    expect([again.code, again.stderr]).toEqual([0, '']);
  });

  it('warns with --dry-run, as the run does, of an article that reads otherwise than when it was ingested, and prints with --json only what the run appends', async () => {
    const url = 'https://example.test/geneva';
    await box.stancelog('ingest', 'articles/geneva.txt', '--url', url);
    const zelensky = (await box.json<Array<{ position: number; data: { issue?: string; source?: { quote: string } } }>>('log')).find(
      (e) => e.data.issue === 'peace-talks' && e.data.source?.quote.includes('Zelensky'),
    )!;
    await box.stancelog('withdraw', String(zelensky.position), '--reason', 'a condition on the ceasefire, not on the talks');
    const before = await box.json<unknown[]>('log');
    // The outlet added a line above the others: each sentence is read again at other offsets.
    writeFileSync(join(box.dir, 'articles', 'geneva.txt'), geneva.replace('Menu | World | Politics\n', 'Menu | World | Politics\nThe delegations met for a third day in a row at the Palais des Nations.\n'));
    const dry = await box.stancelog('ingest', 'articles/geneva.txt', '--url', url, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stderr).toMatch(/^stancelog: warning: articles\/geneva\.txt \(https:\/\/example\.test\/geneva\) reads otherwise than when it was ingested: .* now count twice; ingest --replace withdraws/);
    const json = await box.stancelog('ingest', 'articles/geneva.txt', '--url', url, '--dry-run', '--json');
    expect(json.stderr).toContain(dry.stderr);
    // The sentence withdrawn by hand, read again where the edit moved it, stays out: the run does not append it.
    expect(lines(json.stdout).map((s) => s.issue).sort()).toEqual(['ceasefire', 'territorial-concessions']);
    expect(await box.json<unknown[]>('log')).toHaveLength(before.length);

    const run = await box.stancelog('ingest', 'articles/geneva.txt', '--url', url);
    expect([run.code, run.stderr]).toEqual([0, dry.stderr]);
    const appended = (await box.json<Array<{ type: string; data: Statement }>>('log')).slice(before.length).map((e) => e.data);
    expect(appended).toEqual(lines(json.stdout));
  });

  it('tells, without --replace, the statements of an earlier reading read again where an edit moved them from those no longer read', async () => {
    const url = 'https://example.test/geneva';
    await box.stancelog('ingest', 'articles/geneva.txt', '--url', url);
    const first = await box.json<Array<{ position: number; type: string; data: { issue?: string; source?: { quote: string } } }>>('log');
    const kyiv = first.find((e) => e.type === 'statement-made' && e.data.source?.quote.startsWith('Kyiv rejected'))!;
    const moved = first.filter((e) => e.type === 'statement-made' && e !== kyiv).map((e) => `#${e.position}`);
    // The outlet dropped its first sentence: the others are read again, earlier in the article.
    writeFileSync(join(box.dir, 'articles', 'geneva.txt'), geneva.replace('Kyiv rejected any territorial concessions on Friday, officials said, as the talks in Geneva stalled.\n', ''));
    const r = await box.stancelog('ingest', 'articles/geneva.txt', '--url', url);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `stancelog: warning: articles/geneva.txt (${url}) reads otherwise than when it was ingested: ${moved.join(', ')} of the earlier reading are read again at other offsets (an edit moved them), and now count twice; ` +
        `#${kyiv.position} of the earlier reading still counts and is not read now; ingest --replace withdraws the earlier reading of them (with --dry-run, it lists the changes)\n`,
    );
  });

  it('refuses --replace when the new reading gives no statement where some count, and when two articles share an address', async () => {
    const url = 'https://example.test/geneva';
    await box.stancelog('ingest', 'articles/geneva.txt', '--url', url);
    const before = await box.json<unknown[]>('log');
    writeFileSync(join(box.dir, 'articles', 'geneva.txt'), 'Talks stall in Geneva\nNothing was said today, the weather was fine and the delegations went home early.\n');
    const empty = await box.stancelog('ingest', 'articles/geneva.txt', '--url', url, '--replace');
    expect([empty.code, empty.stderr]).toEqual([1, `stancelog: --replace: the article at ${url} gives no statement now, where 3 read before still count; nothing withdrawn (if a register or lexicon option is missing, add it; to take them back anyway, stancelog withdraw them)\n`]);
    const shared = await box.stancelog('ingest', 'articles', '--url', url, '--replace');
    expect([shared.code, shared.stderr]).toEqual([1, `stancelog: --replace: articles/brussels.txt and articles/geneva.txt have the same address ${url}; replace one article at a time, or give each its own url (front matter or sidecar file)\n`]);
    expect(shared.stdout).toBe('');
    expect(await box.json<unknown[]>('log')).toHaveLength(before.length);
  });

  it('says with --replace --dry-run what would be withdrawn, reading the log without writing it', async () => {
    const url = 'https://example.test/geneva';
    await box.stancelog('ingest', 'articles/geneva.txt', '--url', url);
    const before = await box.json<unknown[]>('log');
    writeFileSync(join(box.dir, 'articles', 'geneva.txt'), geneva.split('\n').filter((l) => !l.includes('Zelensky')).join('\n'));
    const r = await box.stancelog('ingest', 'articles/geneva.txt', '--url', url, '--replace', '--dry-run');
    expect(r.stdout.split('\n').filter((l) => l.startsWith('--replace would withdraw #'))).toHaveLength(2);
    expect(r.stdout).toMatch(/dry run: stancelog.jsonl was read for --replace, not written/);
    expect(await box.json<unknown[]>('log')).toHaveLength(before.length);
  });

  it('refuses --replace for an article without an address, before opening the log', async () => {
    const r = await box.stancelog('ingest', 'articles/brussels.txt', '--replace');
    expect([r.code, r.stderr]).toEqual([1, 'stancelog: --replace: articles/brussels.txt has no address to find its earlier version by; give --url, or a url in its front matter or sidecar file\n']);
    expect((await box.stancelog('log')).code).toBe(1);
  });

  it('refuses a publication date it cannot read', async () => {
    const r = await box.stancelog('ingest', 'articles', '--published-at', 'last June');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--published-at last June/);
    const zoneless = await box.stancelog('ingest', 'articles', '--published-at', '2025-06-04T10:00:00');
    expect([zoneless.code, zoneless.stderr]).toEqual([
      1,
      'stancelog: --published-at 2025-06-04T10:00:00: not a date or timestamp (expected YYYY-MM-DD, YYYY-MM, YYYY-Www or an ISO timestamp) (a timestamp needs its time zone: 2025-06-04T10:00:00Z, or an offset such as +02:00)\n',
    ]);
    // A week 53 its year lacks: refused up front (appends would refuse it, after printing the statements), with --dry-run too.
    const week53 = await box.stancelog('ingest', 'articles', '--published-at', '2025-W53', '--dry-run');
    expect([week53.code, week53.stderr]).toEqual([1, 'stancelog: --published-at 2025-W53: 2025 has 52 ISO weeks: 2025-W53 is 2026-W01\n']);
    // A day the calendar lacks, said as --as-of says it.
    const feb30 = await box.stancelog('ingest', 'articles', '--published-at', '2025-02-30', '--dry-run');
    expect([feb30.code, feb30.stderr]).toEqual([1, 'stancelog: --published-at 2025-02-30: 2025-02-30 is not a day of the calendar (February 2025 has 28 days)\n']);
  });

  it('dates by --published-at an article whose front matter gives a date it cannot read, the option taking its place', async () => {
    writeFileSync(join(box.dir, 'undated.md'), ['---', 'publishedAt: last Friday', '---', 'Kyiv rejected any territorial concessions on Friday, officials said.'].join('\n'));
    const r = await box.stancelog('ingest', 'undated.md', '--published-at', '2025-06-07', '--dry-run', '--json');
    expect([r.code, lines(r.stdout).filter((s) => s.holder !== undefined).map((s) => [s.source.publishedAt, s.statedAt])]).toEqual([0, [['2025-06-07', '2025-06-06']]]);
    // Without it, the file is refused, naming the line.
    const refused = await box.stancelog('ingest', 'undated.md', '--dry-run');
    expect([refused.code, refused.stderr]).toEqual([1, expect.stringContaining('undated.md: front matter line 2: publishedAt: "last Friday" is not a date or timestamp')]);
  });

  it('reads a file named twice once, and counts it once', async () => {
    const r = await box.stancelog('ingest', 'articles/geneva.txt', './articles/geneva.txt', '--published-at', '2025-06-04', '--dry-run');
    const once = await box.stancelog('ingest', 'articles/geneva.txt', '--published-at', '2025-06-04', '--dry-run');
    expect(r.stdout).toBe(once.stdout);
    expect(r.stdout).toMatch(/^read 1 article of 1: /m);
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
    expect(piped.stderr).not.toMatch(/ingesting/);
  });
});
