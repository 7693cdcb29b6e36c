// What `stancelog append` makes of its input: unknown fields, bytes that are
// not UTF-8, many bad lines, repeated lines, several files and stdin, and
// dates that look wrong.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { run } from '@stancelog/cli';
import { eventId } from '@stancelog/core';
import type { Event } from '@stancelog/core';
import { loadActorsFile } from '../src/ingest.js';
import { russiaDemandsLand, sandbox, ukraineRefusesLand, ukraineWantsCeasefireFirst } from './harness.js';
import type { Ran, Sandbox } from './harness.js';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.remove());

const noLog = (): boolean => !existsSync(join(box.dir, 'stancelog.jsonl'));

const withStdin = (input: string | Buffer, ...argv: string[]): Promise<Ran> => box.piped(input, ...argv);

describe('stancelog append: unknown fields', () => {
  it('refuses a misspelt field, naming the line, the path and the closest known name, and appends nothing', async () => {
    const misspelt = {
      holder: 'russia',
      issue: 'ceasefire',
      kind: 'demand',
      polarity: '+',
      stated_at: '2025-01-01',
      condition: [{ issue: 'territorial-concessions', polarity: '+' }],
      source: { quote: 'q', publisherr: 'X' },
    };
    box.write('talks.jsonl', [russiaDemandsLand, ukraineRefusesLand, misspelt]);
    const r = await box.stancelog('append', 'talks.jsonl');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'stancelog: talks.jsonl line 3: stated_at: unknown field (statedAt?); condition: unknown field (conditions?); source.publisherr: unknown field (publisher?)\n',
    );
    expect(noLog()).toBe(true);
  });

  it('refuses a line nested thousands of levels deep as such, naming it, instead of failing without a word on where', async () => {
    const deep = `{"type":"actor-registered","data":{"id":"x","kind":"state","name":"X","aliases":${'['.repeat(20_000)}${']'.repeat(20_000)}}}`;
    const r = await withStdin(`${JSON.stringify(russiaDemandsLand)}\n${deep}\n`, 'append', '-');
    expect([r.code, r.stderr]).toEqual([1, 'stancelog: stdin line 2: nested too deeply to be an event (arrays or objects thousands of levels deep)\n']);
    expect(noLog()).toBe(true);
  });

  it('refuses a statement with an empty quote, as a line of its own or as an event, naming the line', async () => {
    const blank = { ...russiaDemandsLand, source: { quote: '   ', publisher: 'Wire' } };
    const r = await withStdin(`${JSON.stringify(blank)}\n${JSON.stringify({ type: 'statement-made', data: { ...russiaDemandsLand, recordedAt: undefined, source: { quote: '' } } })}\n`, 'append', '-');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'stancelog: stdin line 1: source.quote: empty: give the words the statement rests on (a quote, or a paraphrase of what was said)\n' +
        'stancelog: stdin line 2: data.source.quote: empty: give the words the statement rests on (a quote, or a paraphrase of what was said)\n' +
        'stancelog: 2 lines are invalid (see above): nothing appended\n',
    );
    expect(noLog()).toBe(true);
  });

  it("refuses a speaker of a blank name, as a line of its own or as an event, naming the line (its keys and summaries would name no one)", async () => {
    const blank = { ...russiaDemandsLand, speaker: { name: '  ', actor: 'russia' } };
    const r = await withStdin(`${JSON.stringify(blank)}\n${JSON.stringify({ type: 'statement-made', data: { ...blank, recordedAt: undefined, source: { quote: '' } } })}\n`, 'append', '-');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "stancelog: stdin line 1: speaker.name: empty: give the speaker's name, or leave speaker out (the holder's own word, unnamed)\n" +
        "stancelog: stdin line 2: data.source.quote: empty: give the words the statement rests on (a quote, or a paraphrase of what was said); data.speaker.name: empty: give the speaker's name, or leave speaker out (the holder's own word, unnamed)\n" +
        'stancelog: 2 lines are invalid (see above): nothing appended\n',
    );
    expect(noLog()).toBe(true);
  });

  it("refuses a blank actor name or alias, alias added, issue title or proposition, naming the line and the field (they would name no one and nothing), and an actors file's blank name", async () => {
    const lines = [
      { type: 'actor-registered', data: { id: 'nurses-union', kind: 'organisation', name: '', aliases: ['RNU', ' '] } },
      { type: 'alias-added', data: { actor: 'nurses-union', alias: '' } },
      { type: 'issue-defined', data: { id: 'pay-rise', title: ' ', proposition: 'nurses are paid more' } },
      { type: 'issue-defined', data: { id: 'pay-rise', title: 'Pay rise', proposition: '' } },
    ];
    const r = await withStdin(lines.map((l) => JSON.stringify(l)).join('\n'), 'append', '-');
    const empty = 'empty: give a name the actor is known by (a blank one names no one)';
    expect([r.code, r.stderr.split('\n')]).toEqual([
      1,
      [
        `stancelog: stdin line 1: data.name: ${empty}; data.aliases[1]: ${empty}`,
        `stancelog: stdin line 2: data.alias: ${empty}`,
        'stancelog: stdin line 3: data.title: empty: give the issue a title (a few words, as tables and reports show it)',
        'stancelog: stdin line 4: data.proposition: empty: give the proposition a + stance wants (and a - stance rejects)',
        'stancelog: 4 lines are invalid (see above): nothing appended',
        '',
      ],
    ]);
    expect(noLog()).toBe(true);
    writeFileSync(join(box.dir, 'actors.json'), JSON.stringify([{ id: 'nurses-union', kind: 'organisation', name: '', aliases: ['Nurses Union'] }]));
    expect(loadActorsFile('actors.json', box.dir)).toEqual({ _tag: 'Left', left: { _tag: 'CliError', message: 'actors.json: [0].name: empty: give a name the actor is known by (a blank one names no one)' } });
  });

  it("refuses a blank office title, of an actor registered or an office held, naming the line and the field, and an actors file's (a review's finding)", async () => {
    const office = (title: string) => ({ actor: 'nurses-union', title, from: '2023-01-01' });
    const lines = [
      { type: 'actor-registered', data: { id: 'priya-okafor', kind: 'person', name: 'Priya Okafor', offices: [office('General Secretary'), office('  ')] } },
      { type: 'office-held', data: { person: 'priya-okafor', office: office('') } },
    ];
    const r = await withStdin(lines.map((l) => JSON.stringify(l)).join('\n'), 'append', '-');
    const empty = 'empty: give the title of the office, as texts name it (Prime Minister, General Secretary)';
    expect([r.code, r.stderr.split('\n')]).toEqual([
      1,
      [`stancelog: stdin line 1: data.offices[1].title: ${empty}`, `stancelog: stdin line 2: data.office.title: ${empty}`, 'stancelog: 2 lines are invalid (see above): nothing appended', ''],
    ]);
    expect(noLog()).toBe(true);
    writeFileSync(join(box.dir, 'actors.json'), JSON.stringify([{ id: 'priya-okafor', kind: 'person', name: 'Priya Okafor', offices: [office(' ')] }]));
    expect(loadActorsFile('actors.json', box.dir)).toEqual({ _tag: 'Left', left: { _tag: 'CliError', message: 'actors.json: [0].offices[0].title: empty: give the title of the office, as texts name it (Prime Minister, General Secretary)' } });
  });

  it('reads a log that already holds a blank name or title, as it was written (the log is never rewritten)', async () => {
    const events: Event[] = [
      { type: 'actor-registered', data: { id: 'nurses-union', kind: 'organisation', name: '' } },
      { type: 'issue-defined', data: { id: 'pay-rise', title: '', proposition: ' ' } },
    ];
    const stored = events.map((e, i) => ({ id: eventId(e), position: i + 1, recordedAt: '2025-05-01T09:00:00Z', schema: 1, tags: i === 0 ? ['actor:nurses-union'] : ['issue:pay-rise'], ...e }));
    box.write('old.jsonl', stored);
    const r = await box.stancelog('log', '--store', 'old.jsonl');
    expect([r.code, r.stderr, r.stdout.split('\n').slice(1, 3).map((l) => l.replace(/ +/g, ' '))]).toEqual([0, '', ['1 - 2025-05-01 actor-registered actor nurses-union: (organisation)', '2 - 2025-05-01 issue-defined issue pay-rise:']]);
  });

  it('refuses an office that ends before it begins, naming the line and the field', async () => {
    const office = { type: 'office-held', data: { person: 'sergey-lavrov', office: { actor: 'russia', title: 'Foreign Minister', from: '2004-03-09', until: '2004-01-01' } } };
    const r = await withStdin(`${JSON.stringify(russiaDemandsLand)}\n${JSON.stringify(office)}\n`, 'append', '-');
    expect([r.code, r.stderr]).toEqual([1, 'stancelog: stdin line 2: data.office.until: 2004-01-01 is before from (2004-03-09): an office ends after it begins\n']);
    expect(noLog()).toBe(true);
  });

  it('refuses an issue within itself, or within one within it by the log or the input (a review of the CLI), naming the line', async () => {
    const issue = (id: string, parent?: string) => JSON.stringify({ type: 'issue-defined', data: { id, title: id, proposition: id, ...(parent ? { parent } : {}) } });
    const self = await withStdin(`${issue('talks', 'talks')}\n`, 'append', '-');
    expect([self.code, self.stderr]).toEqual([1, 'stancelog: stdin line 1: data.parent: "talks" is the issue itself: an issue is not within itself\n']);
    expect(noLog()).toBe(true);
    const both = await withStdin(`${issue('format', 'talks')}\n${issue('talks', 'format')}\n`, 'append', '-');
    expect([both.code, both.stderr]).toEqual([1, 'stancelog: stdin line 1: data.parent: "talks" makes a cycle of issues (format within talks within format): an issue is not within itself; nothing appended\n']);
    // Against the log: talks within peace, then peace within format within talks.
    expect((await withStdin(`${issue('peace')}\n${issue('talks', 'peace')}\n${issue('format', 'talks')}\n`, 'append', '-')).code).toBe(0);
    const later = await withStdin(`${issue('peace', 'format')}\n`, 'append', '-');
    expect([later.code, later.stderr]).toEqual([1, 'stancelog: stdin line 1: data.parent: "format" makes a cycle of issues (peace within format within talks within peace): an issue is not within itself; nothing appended\n']);
    // A parent that makes no cycle is taken.
    expect((await withStdin(`${issue('format', 'peace')}\n`, 'append', '-')).code).toBe(0);
  });

  it('refuses a week 53 its year lacks, as a line of its own or as an event, naming the line and the week it would be', async () => {
    const late = { ...russiaDemandsLand, statedAt: '2025-W53' };
    const office = { type: 'office-held', data: { person: 'sergey-lavrov', office: { actor: 'russia', title: 'Foreign Minister', from: '2004-03-09', until: '2025-W53' } } };
    const r = await withStdin(`${JSON.stringify(late)}\n${JSON.stringify(office)}\n`, 'append', '-');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'stancelog: stdin line 1: statedAt: 2025 has 52 ISO weeks: 2025-W53 is 2026-W01\n' +
        'stancelog: stdin line 2: data.office.until: 2025 has 52 ISO weeks: 2025-W53 is 2026-W01\n' +
        'stancelog: 2 lines are invalid (see above): nothing appended\n',
    );
    expect(noLog()).toBe(true);
  });

  it('refuses a condition the store would refuse (on the statement\'s own issue, or one issue both ways), as a line of its own or as an event, naming the line, with every other invalid line', async () => {
    const own = { ...russiaDemandsLand, conditions: [{ issue: russiaDemandsLand.issue, polarity: '+' }] };
    const both = { ...russiaDemandsLand, recordedAt: undefined, conditions: [{ issue: 'ceasefire', polarity: '+' }, { issue: 'ceasefire', polarity: '-' }] };
    const wrong = { ...russiaDemandsLand, polarity: 'yes' };
    const r = await withStdin(`${JSON.stringify(own)}\n${JSON.stringify({ type: 'statement-made', data: both })}\n${JSON.stringify(wrong)}\n`, 'append', '-');
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toEqual([
      `stancelog: stdin line 1: conditions[0].issue: a statement cannot be conditioned on its own issue (${russiaDemandsLand.issue})`,
      'stancelog: stdin line 2: data.conditions[1].polarity: ceasefire is already a condition with polarity "+" (conditions[0]): it cannot also be one with "-"',
      'stancelog: stdin line 3: polarity: expected one of "0", "+", "-", got "yes"',
      'stancelog: 3 lines are invalid (see above): nothing appended',
      '',
    ]);
    expect(noLog()).toBe(true);
  });

  it('finds unknown fields at any depth: in conditions and the speaker', async () => {
    box.write('talks.jsonl', [
      { ...ukraineWantsCeasefireFirst, conditions: [{ issue: 'ceasefire', polarity: '+', polarty: '+' }], speaker: { name: 'Andriy Yermak', actor: 'ukraine', role: 'aide' } },
    ]);
    const r = await box.stancelog('append', 'talks.jsonl');
    expect(r.stderr).toBe('stancelog: talks.jsonl line 1: speaker.role: unknown field (the fields are name, actor); conditions[0].polarty: unknown field (polarity?)\n');
  });

  it('names the fields a line may have when no field is near, recordedAt among them, as a statement or as an event', async () => {
    box.write('talks.jsonl', [
      { ...russiaDemandsLand, mood: 'firm' },
      { type: 'alias-added', mood: 'firm', data: { actor: 'ukraine', alias: 'Kyiv' } },
    ]);
    const r = await box.stancelog('append', 'talks.jsonl');
    expect(r.stderr.split('\n')).toEqual([
      'stancelog: talks.jsonl line 1: mood: unknown field (the fields are holder, issue, kind, polarity, source, speaker, conditions, statedAt, confidence, corrects, recordedAt)',
      'stancelog: talks.jsonl line 2: mood: unknown field (the fields are type, data, recordedAt)',
      'stancelog: 2 lines are invalid (see above): nothing appended',
      '',
    ]);
    expect(noLog()).toBe(true);
  });

  it('says once that the fields of a typed line belong in data, where it named each as an unknown field (a review\'s finding, stop 48)', async () => {
    box.write('talks.jsonl', [
      { type: 'statement-made', ...russiaDemandsLand },
      { type: 'alias-added', actor: 'ukraine', alias: 'Kyiv', recordedAt: '2025-01-01' },
    ]);
    const r = await box.stancelog('append', 'talks.jsonl');
    const fields = Object.keys(russiaDemandsLand).filter((k) => k !== 'recordedAt').join(', '); // recordedAt is the line's own field
    expect(r.stderr.split('\n')).toEqual([
      `stancelog: talks.jsonl line 1: data: missing: a line with a type holds the event's fields in "data", and ${fields} are beside it: leave "type" out (a line without one is a statement), or move them into "data": {...}`,
      'stancelog: talks.jsonl line 2: data: missing: a line with a type holds the event\'s fields in "data", and actor, alias are beside it: move them into "data": {...}',
      'stancelog: 2 lines are invalid (see above): nothing appended',
      '',
    ]);
    expect(noLog()).toBe(true);
  });

  it('reports an empty quote along with the other wrong fields of its line, each value near a right one named', async () => {
    box.write('talks.jsonl', [{ ...ukraineRefusesLand, holder: 'SDP Party', kind: 'supports', source: { quote: '' } }]);
    const r = await box.stancelog('append', 'talks.jsonl');
    expect(r.stderr).toBe(
      'stancelog: talks.jsonl line 1: holder: expected an actor id (lowercase letters, digits, "-", "_" or ".", up to 128 characters, as "russia"), got "SDP Party" (as an id: "sdp-party"?); ' +
        'kind: expected one of "demand", "propose", "accept", "agree", "reject", "red-line", "condition", "threat", "commit", "retract", "hedge", "support", got "supports" (support?); ' +
        'source.quote: empty: give the words the statement rests on (a quote, or a paraphrase of what was said)\n',
    );
  });

  it('reports unknown fields along with wrong ones', async () => {
    const { quote: _quote, ...noQuote } = ukraineRefusesLand.source;
    box.write('talks.jsonl', [{ ...ukraineRefusesLand, source: { ...noQuote, qoute: 'Kyiv will not give up land' } }]);
    const r = await box.stancelog('append', 'talks.jsonl');
    expect(r.stderr).toBe('stancelog: talks.jsonl line 1: source.quote: required: a string; source.qoute: unknown field (quote?)\n');
  });

  it('checks registry lines too: the actor, its offices, an issue, and the line itself', async () => {
    box.write('registry.jsonl', [
      { type: 'actor-registered', data: { id: 'keir-starmer', kind: 'person', name: 'Keir Starmer', alias: ['Starmer'] } },
      { type: 'actor-registered', data: { id: 'keir-starmer', kind: 'person', name: 'Keir Starmer', offices: [{ actor: 'united-kingdom', title: 'PM', from: '2024-07-05', untill: '2029' }] } },
      { type: 'issue-defined', data: { id: 'ceasefire', title: 'Ceasefire', proposition: 'the guns fall silent', parnet: 'peace-talks' } },
      { type: 'alias-added', recordedat: '2025-05-01', data: { actor: 'ukraine', alias: 'Kyiv' } },
      { type: 'alias-added', position: 3, data: { actor: 'ukraine', alias: 'Kiev' } },
    ]);
    const r = await box.stancelog('append', 'registry.jsonl');
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toEqual([
      'stancelog: registry.jsonl line 1: data.alias: unknown field (aliases?)',
      'stancelog: registry.jsonl line 2: data.offices[0].untill: unknown field (until?)',
      'stancelog: registry.jsonl line 3: data.parnet: unknown field (parent?)',
      'stancelog: registry.jsonl line 4: recordedat: unknown field (recordedAt?)',
      'stancelog: registry.jsonl line 5: position: unknown field (the store computes it: leave it out)',
      'stancelog: 5 lines are invalid (see above): nothing appended',
      '',
    ]);
    expect(noLog()).toBe(true);
  });

  it('refuses unknown fields in an --actors file of ingest, naming the entry and field', () => {
    writeFileSync(join(box.dir, 'actors.json'), JSON.stringify([
      { id: 'dockers-union', kind: 'organisation', name: "Harbour Workers' Union" },
      { id: 'port-authority', kind: 'organisation', name: 'Port Authority', alises: ['PA'], offices: [] },
    ]));
    const r = loadActorsFile('actors.json', box.dir);
    expect(r).toEqual({ _tag: 'Left', left: { _tag: 'CliError', message: 'actors.json: [1].alises: unknown field (aliases?)' } });
    writeFileSync(join(box.dir, 'actors.json'), JSON.stringify([{ id: 'port-authority', kind: 'organisation', name: 'Port Authority', offices: [{ actor: 'x', title: 'Chair', from: '2020-01-01', term: 4 }] }]));
    expect(loadActorsFile('actors.json', box.dir)).toEqual({ _tag: 'Left', left: { _tag: 'CliError', message: 'actors.json: [0].offices[0].term: unknown field (the fields are actor, title, from, until)' } });
  });
});

describe('stancelog append: bytes that are not UTF-8', () => {
  it('refuses the file, naming the line and byte of the first bad sequence, rather than reading U+FFFD', async () => {
    const good = JSON.stringify(russiaDemandsLand);
    const latin1 = Buffer.from(JSON.stringify({ ...ukraineRefusesLand, source: { quote: 'Kyiv: T\u00fcrkiye will host' } }), 'latin1');
    writeFileSync(join(box.dir, 'talks.jsonl'), Buffer.concat([Buffer.from(good + '\n'), latin1, Buffer.from('\n')]));
    const column = latin1.indexOf(0xfc);
    const r = await box.stancelog('append', 'talks.jsonl');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `stancelog: talks.jsonl line 2: not UTF-8: byte 0xfc at byte ${column} of the line (offset ${good.length + 1 + column} in the file); it looks like Latin-1 (ISO 8859-1): convert it to UTF-8 first (iconv -f latin1 -t utf-8 talks.jsonl | stancelog append -)\n`,
    );
    expect(noLog()).toBe(true);
  });

  it('says what an input is when its first bytes tell: gzip-compressed, or UTF-16, and how to append it', async () => {
    const line = JSON.stringify(russiaDemandsLand) + '\n';
    writeFileSync(join(box.dir, 'talks.jsonl.gz'), gzipSync(line));
    writeFileSync(join(box.dir, 'talks utf16.jsonl'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(line, 'utf16le')]));
    expect((await box.stancelog('append', 'talks.jsonl.gz')).stderr).toBe('stancelog: talks.jsonl.gz line 1: not UTF-8: the file is compressed (gzip); decompress it first (zcat talks.jsonl.gz | stancelog append -)\n');
    expect((await box.stancelog('append', 'talks utf16.jsonl')).stderr).toBe(
      "stancelog: talks utf16.jsonl line 1: not UTF-8: the file is UTF-16 (it starts with its byte order mark); convert it to UTF-8 first (iconv -f UTF-16 -t UTF-8 'talks utf16.jsonl' | stancelog append -)\n",
    );
    expect(noLog()).toBe(true);
  });

  it('reads a file saved with a byte order mark and Windows line ends', async () => {
    const lines = [russiaDemandsLand, ukraineRefusesLand].map((l) => JSON.stringify(l)).join('\r\n');
    writeFileSync(join(box.dir, 'talks.jsonl'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines + '\r\n')]));
    const r = await box.stancelog('append', 'talks.jsonl');
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout.split('\n')[0]).toBe('appended 2 events to stancelog.jsonl');
  });
});

describe('stancelog append: many bad lines', () => {
  it('names every bad line, up to 20, counts the rest, and appends nothing', async () => {
    const bad = (i: number) => ({ ...russiaDemandsLand, polarity: 'yes', source: { quote: `q${i}` } });
    box.write('talks.jsonl', [russiaDemandsLand, ...Array.from({ length: 25 }, (_, i) => bad(i)), '{"holder": ']);
    const r = await box.stancelog('append', 'talks.jsonl');
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(22);
    expect(lines[0]).toBe('stancelog: talks.jsonl line 2: polarity: expected one of "0", "+", "-", got "yes"');
    expect(lines[19]).toBe('stancelog: talks.jsonl line 21: polarity: expected one of "0", "+", "-", got "yes"');
    expect(lines[20]).toBe('stancelog: and 6 more invalid lines');
    expect(lines[21]).toBe('stancelog: 26 lines are invalid (see above): nothing appended');
    expect(noLog()).toBe(true);
  });

  it('names them in the order of their lines, a withdrawal the log refuses among them (a review\'s finding: line 1 came last, or not at all)', async () => {
    box.write('first.jsonl', [russiaDemandsLand]);
    expect((await box.stancelog('append', 'first.jsonl')).code).toBe(0);
    const bad = (i: number) => ({ ...russiaDemandsLand, polarity: 'yes', source: { quote: `q${i}` } });
    box.write('talks.jsonl', [{ type: 'event-withdrawn', data: { event: '0'.repeat(32), reason: 'typo' } }, ...Array.from({ length: 21 }, (_, i) => bad(i))]);
    const lines = (await box.stancelog('append', 'talks.jsonl')).stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^stancelog: talks\.jsonl line 1: data\.event: no event 0{32} in the log/);
    expect(lines[1]).toMatch(/^stancelog: talks\.jsonl line 2: polarity: /);
    expect(lines.slice(19)).toEqual([expect.stringMatching(/^stancelog: talks\.jsonl line 20: /), 'stancelog: and 2 more invalid lines', 'stancelog: 22 lines are invalid (see above): nothing appended']);
  });

  it('keeps a single bad line to one line on stderr', async () => {
    box.write('talks.jsonl', [russiaDemandsLand, { ...ukraineRefusesLand, kind: 'no' }]);
    const r = await box.stancelog('append', 'talks.jsonl');
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^stancelog: talks\.jsonl line 2: kind: expected one of /)]);
  });
});

describe('stancelog append: a JSON file that is not JSON Lines', () => {
  it('names a JSON array written over several lines once, as such, not each of its lines as not JSON', async () => {
    writeFileSync(join(box.dir, 'talks.json'), JSON.stringify([russiaDemandsLand, ukraineRefusesLand], null, 2) + '\n');
    const r = await box.stancelog('append', 'talks.json');
    expect([r.code, r.stderr]).toEqual([
      1,
      "stancelog: talks.json line 1: the file is one JSON array (of 2 values) written over several lines, not JSON Lines: write each statement as one JSON object on a line of its own (jq -c '.[]' converts it)\n",
    ]);
    expect(noLog()).toBe(true);
  });

  it('names a statement written over several lines as one JSON object', async () => {
    writeFileSync(join(box.dir, 'one.json'), '\n' + JSON.stringify(russiaDemandsLand, null, 2));
    const r = await box.stancelog('append', 'one.json');
    expect(r.stderr).toBe("stancelog: one.json line 2: the file is one JSON object written over several lines, not JSON Lines: write each statement as one JSON object on a line of its own (jq -c '.' converts it)\n");
  });

  it('names an array on one line as an array', async () => {
    box.write('talks.jsonl', [russiaDemandsLand, [russiaDemandsLand, ukraineRefusesLand]]);
    const r = await box.stancelog('append', 'talks.jsonl');
    expect(r.stderr).toBe('stancelog: talks.jsonl line 2: expected a JSON object, got an array (of 2 values): write each statement as one JSON object on a line of its own\n');
  });

  it('still names each bad line of a file that is not one JSON value', async () => {
    box.write('talks.jsonl', ['{', russiaDemandsLand, '}', '{']);
    const r = await box.stancelog('append', 'talks.jsonl');
    expect(r.stderr.trimEnd().split('\n').map((l) => l.slice(0, 37))).toEqual([
      'stancelog: talks.jsonl line 1: not JS',
      'stancelog: talks.jsonl line 3: not JS',
      'stancelog: talks.jsonl line 4: not JS',
      'stancelog: 3 lines are invalid (see a',
    ]);
  });
});

describe('stancelog append: a log, or events as a log prints them', () => {
  // A log holding Russia's demand, and the events `log --json` prints of it.
  async function aLog(): Promise<Array<Record<string, unknown>>> {
    box.write('talks.jsonl', [russiaDemandsLand, ukraineRefusesLand]);
    expect((await box.stancelog('append', 'talks.jsonl', '--store', 'first.jsonl')).code).toBe(0);
    expect((await box.stancelog('withdraw', '2', '--reason', 'misattributed', '--store', 'first.jsonl')).code).toBe(0);
    return box.json<Array<Record<string, unknown>>>('log', '--store', 'first.jsonl');
  }

  it('names a log file given as the input once, as a log, pointing to stancelog copy', async () => {
    await aLog();
    const r = await box.stancelog('append', 'first.jsonl');
    expect([r.code, r.stderr]).toEqual([
      1,
      'stancelog: first.jsonl line 1: this is a stancelog log (a batch record, then stored events), not a file of statements: stancelog copy --store first.jsonl --to OTHER.jsonl adds its events to another log, ids and recording times kept\n',
    ]);
    expect(noLog()).toBe(true);
  });

  it('names the output of log --json as stored events, with what turns them into lines to append', async () => {
    writeFileSync(join(box.dir, 'events.json'), JSON.stringify(await aLog(), null, 2) + '\n');
    const r = await box.stancelog('append', 'events.json');
    expect([r.code, r.stderr]).toEqual([
      1,
      "stancelog: events.json line 1: the file is one JSON array of 3 stored events (as stancelog log --json prints them) written over several lines, not JSON Lines of statements: stancelog copy moves events from one log to another, ids and recording times kept; to append them, leave out their envelopes (id, position, schema, tags), which the store computes (jq -c '.[] | del(.id, .position, .schema, .tags, .withdrawnBy)' does both)\n",
    ]);
  });

  it('names the envelope of a stored event line once, and what else is wrong with the event', async () => {
    const [first, , withdrawal] = await aLog();
    box.write('events.jsonl', [first, { ...withdrawal!, data: { reason: 'misattributed' } }]);
    const r = await box.stancelog('append', 'events.jsonl');
    const envelope = (fields: string) =>
      `${fields}: the envelope of a stored event (a line of a log file, or of log --json), which the store computes: leave it out (jq -c 'del(.id, .position, .schema, .tags, .withdrawnBy)'), or copy a whole log with stancelog copy`;
    expect(r.stderr.split('\n')).toEqual([
      `stancelog: events.jsonl line 1: ${envelope('id, position, schema, tags')}`,
      `stancelog: events.jsonl line 2: ${envelope('id, position, schema, tags')}; data.event: required: an event id (32 lowercase hex digits, as "stancelog log --json" prints it)`,
      'stancelog: 2 lines are invalid (see above): nothing appended',
      '',
    ]);
  });

  it('appends the events of log --json once their envelopes are left out, under the same ids', async () => {
    const events = await aLog();
    box.write('events.jsonl', events.map(({ id: _id, position: _position, schema: _schema, tags: _tags, withdrawnBy: _by, ...event }) => event));
    expect((await box.stancelog('append', 'events.jsonl')).code).toBe(0);
    expect((await box.json<Array<{ id: string }>>('log')).map((e) => e.id)).toEqual(events.map((e) => e['id']));
  });
});

describe('stancelog append: control characters in a bad line', () => {
  it('shows them as escapes in its messages, so that a line of a file cannot recolour or rewrite the terminal', async () => {
    writeFileSync(join(box.dir, 'talks.jsonl'), ['\u001b[2Jcleared', JSON.stringify({ ...russiaDemandsLand, 'mo\u001b[31mod': 1 }), '\u0000'].join('\n') + '\n');
    const r = await box.stancelog('append', 'talks.jsonl');
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(r.stderr.split('\n')).toEqual([
      'stancelog: talks.jsonl line 1: not JSON at column 1: expected a value, got "\\u001b"',
      'stancelog: talks.jsonl line 2: mo\\u001b[31mod: unknown field (the fields are holder, issue, kind, polarity, source, speaker, conditions, statedAt, confidence, corrects, recordedAt)',
      'stancelog: talks.jsonl line 3: not JSON at column 1: expected a value, got "\\u0000"',
      'stancelog: 3 lines are invalid (see above): nothing appended',
      '',
    ]);
    // One bad line: the message `run` prints, escaped alike.
    writeFileSync(join(box.dir, 'one.jsonl'), '\u001b[2Jcleared\n');
    expect((await box.stancelog('append', 'one.jsonl')).stderr).toBe('stancelog: one.jsonl line 1: not JSON at column 1: expected a value, got "\\u001b"\n');
  });
});

describe('stancelog append: repeated lines', () => {
  it('counts a line repeating an earlier one as a duplicate, and says so', async () => {
    box.write('talks.jsonl', [russiaDemandsLand, ukraineRefusesLand, russiaDemandsLand]);
    const human = await box.stancelog('append', 'talks.jsonl', '--store', 'human.jsonl');
    expect(human.stdout.split('\n')[0]).toBe('appended 2 events to human.jsonl (1 duplicate of an earlier line, skipped)');
    const report = await box.json<{ appended: number; duplicates: number; repeated: number; duplicateIds: string[] }>('append', 'talks.jsonl');
    expect(report).toMatchObject({ appended: 2, duplicates: 1, repeated: 1, duplicateIds: [] });
  });

  it('tells the duplicates already in the log from those the input repeats', async () => {
    box.write('first.jsonl', [russiaDemandsLand]);
    await box.stancelog('append', 'first.jsonl');
    box.write('talks.jsonl', [russiaDemandsLand, ukraineRefusesLand, ukraineRefusesLand, russiaDemandsLand]);
    const r = await box.stancelog('append', 'talks.jsonl');
    expect(r.stdout.split('\n')[0]).toBe('appended 1 event to stancelog.jsonl (3 duplicates skipped: 1 already in the log, 2 of earlier lines)');
  });
});

describe('stancelog append: several files, and stdin', () => {
  it('appends several files in one batch', async () => {
    box.write('a.jsonl', [russiaDemandsLand]);
    box.write('b.jsonl', [ukraineRefusesLand, ukraineWantsCeasefireFirst]);
    const r = await box.json<{ appended: number; head: number }>('append', 'a.jsonl', 'b.jsonl');
    expect(r).toMatchObject({ appended: 3, head: 3 });
  });

  it('appends nothing from any file when one line of one file is invalid, and names the file', async () => {
    box.write('a.jsonl', [russiaDemandsLand]);
    box.write('b.jsonl', [ukraineRefusesLand, { ...ukraineWantsCeasefireFirst, polarity: '?' }]);
    const r = await box.stancelog('append', 'a.jsonl', 'b.jsonl');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^stancelog: b\.jsonl line 2: polarity: /);
    expect(noLog()).toBe(true);
  });

  it('reads the standard input for -, alone or among files', async () => {
    box.write('b.jsonl', [ukraineRefusesLand]);
    const r = await withStdin(JSON.stringify(russiaDemandsLand) + '\n', 'append', '-', 'b.jsonl', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ appended: 2 });
    const bad = await withStdin('{"holder": "russia"}\n', 'append', '-');
    expect(bad.stderr).toMatch(/^stancelog: stdin line 1: issue: required: /);
  });

  it('says how to end the input when it is read from a terminal, rather than seem to hang', async () => {
    let stderr = '';
    const typed = Object.assign(Readable.from([Buffer.from(JSON.stringify(russiaDemandsLand) + '\n')]), { isTTY: true });
    const code = await run(['append', '-'], { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, cwd: box.dir, env: {}, stdin: typed });
    expect([code, stderr]).toEqual([0, 'stancelog: reading statements from the terminal, one JSON object per line; end with Ctrl-D (Ctrl-Z then Enter on Windows)\n']);
    // Piped, it says nothing.
    expect((await withStdin(JSON.stringify(ukraineRefusesLand) + '\n', 'append', '-')).stderr).toBe('');
    // A table typed in: a header row first.
    stderr = '';
    const table = Object.assign(Readable.from([Buffer.from('holder,issue,kind,polarity,source.quote\nrussia,ceasefire,reject,-,no truce now\n')]), { isTTY: true });
    const tableCode = await run(['append', '-', '--format', 'csv'], { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, cwd: box.dir, env: {}, stdin: table });
    expect([tableCode, stderr]).toEqual([0, 'stancelog: reading statements from the terminal, a header row, then a statement per row; end with Ctrl-D (Ctrl-Z then Enter on Windows)\n']);
  });

  it('refuses - twice: the standard input can be read once', async () => {
    const r = await withStdin('', 'append', '-', '-');
    expect(r).toMatchObject({ code: 1, stderr: 'stancelog: - (the standard input) is named twice: it can be read only once\n' });
  });
});

describe('stancelog append: dates that look wrong', () => {
  it.each([
    ['statedAt', { statedAt: '2025-13-01' }, 'statedAt: 2025-13-01 is not a day of the calendar (months run from 01 to 12)'],
    ['statedAt', { statedAt: '16 May 2025' }, 'statedAt: "16 May 2025" is not a date or timestamp (expected YYYY-MM-DD, YYYY-MM, YYYY-Www or an ISO timestamp)'],
    ['source.publishedAt', { source: { quote: 'q', publishedAt: '2025-04-31' } }, 'source.publishedAt: 2025-04-31 is not a day of the calendar (April has 30 days)'],
    ['recordedAt', { recordedAt: '2025-06' }, 'recordedAt: "2025-06" is a month, not a time of recording: expected an ISO timestamp (2025-05-17T09:00:00Z) or a day (2025-05-17)'],
  ])('refuses a date that is none (%s) on line 3 as the date options do, naming the line, the field, the value and why, and appends nothing', async (_field, fields, said) => {
    box.write('talks.jsonl', [russiaDemandsLand, ukraineRefusesLand, { ...ukraineWantsCeasefireFirst, ...fields }]);
    const r = await box.stancelog('append', 'talks.jsonl');
    expect([r.code, r.stderr]).toEqual([1, `stancelog: talks.jsonl line 3: ${said}\n`]);
    expect(noLog()).toBe(true);
  });

  it('warns about a statement dated after it was recorded, and a recording in the future, naming the lines, and appends them', async () => {
    box.write('talks.jsonl', [
      russiaDemandsLand,
      { ...ukraineRefusesLand, statedAt: '2030-01-01', recordedAt: '2025-01-01' },
      { ...ukraineWantsCeasefireFirst, recordedAt: '2099-01-01T00:00:00Z' },
      { ...russiaDemandsLand, polarity: '0', statedAt: '2099-05', recordedAt: undefined },
    ]);
    const r = await box.stancelog('append', 'talks.jsonl');
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')).toEqual([
      'stancelog: warning: talks.jsonl line 2: statedAt 2030-01-01 is after recordedAt 2025-01-01',
      'stancelog: warning: talks.jsonl line 3: recordedAt 2099-01-01T00:00:00Z is in the future',
      'stancelog: warning: talks.jsonl line 4: statedAt 2099-05 is in the future',
      '',
    ]);
    expect(r.stdout).toMatch(/^appended 4 events/);
  });

  it('says nothing of a statement recorded within the day or month it is dated by, or dated within the day it was recorded', async () => {
    box.write('talks.jsonl', [
      { ...russiaDemandsLand, statedAt: '2025-05', recordedAt: '2025-05-10' },
      { ...ukraineRefusesLand, statedAt: '2025-05-10', recordedAt: '2025-05-10T08:00:00Z' },
      { ...ukraineWantsCeasefireFirst, statedAt: '2025-05-10T12:00:00Z', recordedAt: '2025-05-10' },
    ]);
    const r = await box.stancelog('append', 'talks.jsonl');
    expect(r).toMatchObject({ code: 0, stderr: '' });
  });
});
