// `stancelog append talks.csv`: statements kept in a spreadsheet, exported as CSV, are appended as the same statements
// written as JSON Lines, and checked with the same words, each row named by the line it starts on.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docSample, sandbox } from './harness.js';
import type { Sandbox } from './harness.js';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.remove());

const noLog = (): boolean => !existsSync(join(box.dir, 'stancelog.jsonl'));
const csv = (name: string, rows: ReadonlyArray<string>): void => writeFileSync(join(box.dir, name), rows.join('\r\n') + '\r\n');

const HEADER = 'holder,issue,kind,polarity,conditions,statedAt,recordedAt,speaker.name,speaker.actor,source.quote,source.publisher,confidence';

describe('stancelog append FILE.csv', () => {
  it('appends each row as the statement the same fields give as a JSON line, with the same ids', async () => {
    csv('talks.csv', [
      HEADER,
      'dockers-union,pay-rise,demand,+,,2026-03-02,2026-03-02T18:00:00Z,Ana Ruiz,dockers-union,"eight percent, or the cranes stay still",Harbourton Ledger,0.9',
      // A quote over two lines, with a quote inside it; a condition, and one more after a ;.
      'port-authority,pay-rise,condition,+,"return-to-work +; safety-audit -",2026-03-05,,,,"a rise, once the ships move again:\n""no sooner""",Quayside Radio,',
    ]);
    box.write('talks.jsonl', [
      {
        holder: 'dockers-union', issue: 'pay-rise', kind: 'demand', polarity: '+', statedAt: '2026-03-02', recordedAt: '2026-03-02T18:00:00Z',
        speaker: { name: 'Ana Ruiz', actor: 'dockers-union' }, source: { quote: 'eight percent, or the cranes stay still', publisher: 'Harbourton Ledger' }, confidence: 0.9,
      },
      {
        holder: 'port-authority', issue: 'pay-rise', kind: 'condition', polarity: '+', conditions: [{ issue: 'return-to-work', polarity: '+' }, { issue: 'safety-audit', polarity: '-' }],
        statedAt: '2026-03-05', source: { quote: 'a rise, once the ships move again:\n"no sooner"', publisher: 'Quayside Radio' },
      },
    ]);
    const fromCsv = await box.json('append', 'talks.csv', '--store', 'a.jsonl');
    const fromJson = await box.json('append', 'talks.jsonl', '--store', 'b.jsonl');
    const ids = async (store: string) => ((await box.json('log', '--store', store)) as Array<{ id: string; type: string }>).filter((e) => e.type === 'statement-made').map((e) => e.id);
    expect(fromCsv).toMatchObject({ appended: 2 });
    expect(fromJson).toMatchObject({ appended: 2 });
    // The second row has no recordedAt: recorded now, as its JSON line is; the ids are the contents' hashes.
    expect(await ids('a.jsonl')).toEqual(await ids('b.jsonl'));
  });

  it('reads a spreadsheet export with a byte order mark, columns in any order, blank rows (and rows of empty cells), and cells padded with spaces', async () => {
    writeFileSync(join(box.dir, 'talks.csv'), '\uFEFFsource.quote , polarity,holder,issue,kind\n\n  no truce now ,-, russia ,ceasefire,reject\n\n,,,,\n, , ,,\n');
    const r = await box.json('append', 'talks.csv');
    expect(r).toMatchObject({ appended: 1 });
    const [event] = (await box.json('log')) as Array<{ data: unknown }>;
    expect(event!.data).toEqual({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', source: { quote: 'no truce now' } });
  });

  it('reads cells separated by semicolons or tabs, as a spreadsheet set to a decimal comma exports them (its confidence with one), by its header', async () => {
    csv('semicolons.csv', ['holder;issue;kind;polarity;conditions;source.quote;confidence', 'russia;ceasefire;condition;+;"territorial-concessions +; sanctions -";a truce, once the land is ours;0,8']);
    writeFileSync(join(box.dir, 'tabs.csv'), 'holder\tissue\tkind\tpolarity\tsource.quote\nukraine\tceasefire\tdemand\t+\ta truce, now\n');
    expect(await box.json('append', 'semicolons.csv', 'tabs.csv')).toMatchObject({ appended: 2 });
    const events = (await box.json('log')) as Array<{ data: unknown }>;
    expect(events.map((e) => e.data)).toEqual([
      {
        holder: 'russia', issue: 'ceasefire', kind: 'condition', polarity: '+', conditions: [{ issue: 'territorial-concessions', polarity: '+' }, { issue: 'sanctions', polarity: '-' }],
        source: { quote: 'a truce, once the land is ours' }, confidence: 0.8,
      },
      { holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', source: { quote: 'a truce, now' } },
    ]);
  });

  it('takes a first line sep=; (which tells Excel the separator) at its word, and counts the lines after it', async () => {
    csv('talks.csv', ['sep=;', 'holder;issue;kind;polarity;source.quote;confidence', 'norland;quota-split;demand;+;sixty, at least;0,9', 'vesteria;quota-split;red-line;yes;not sixty;0,9']);
    expect((await box.stancelog('append', 'talks.csv')).stderr).toMatch(/^stancelog: talks\.csv line 4: polarity: expected one of /);
    csv('talks.csv', ['\uFEFFsep=;', 'holder;issue;kind;polarity;source.quote;confidence', 'norland;quota-split;demand;+;sixty, at least;0,9']);
    expect(await box.json('append', 'talks.csv')).toMatchObject({ appended: 1 });
    const [event] = (await box.json('log')) as Array<{ data: unknown }>;
    expect(event!.data).toEqual({ holder: 'norland', issue: 'quota-split', kind: 'demand', polarity: '+', source: { quote: 'sixty, at least' }, confidence: 0.9 });
  });

  it('names each wrong row by the line it starts on, with the words a JSON line gets, and appends nothing', async () => {
    csv('talks.csv', [
      'holder,issue,kind,polarity,statedAt,source.quote,confidence',
      'russia,ceasefire,reject,-,2025-05-16,"a quote\nover two lines",0.5',
      'ukraine,ceasefire,demand,yes,2025-05-16,a truce first,0.5',
      'ukraine,ceasefire,demand,+,2025-13-01,a truce first,high',
    ]);
    const r = await box.stancelog('append', 'talks.csv');
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^stancelog: talks\.csv line 4: polarity: expected one of "0", "\+", "-", got "yes"$/);
    expect(lines[1]).toMatch(/^stancelog: talks\.csv line 5: statedAt: .*2025-13-01.*; confidence: .*"high"/);
    expect(noLog()).toBe(true);
  });

  it('refuses a header with a column no statement has, or one named twice, before reading a row', async () => {
    csv('talks.csv', ['holder,isue,kind,polarity,source.quote', 'russia,ceasefire,reject,-,no truce']);
    expect((await box.stancelog('append', 'talks.csv')).stderr).toBe('stancelog: talks.csv line 1: column 2, "isue": not a field of a statement (issue?)\n');
    csv('talks.csv', ['holder,issue,kind,polarity,source.quote,holder', 'russia,ceasefire,reject,-,no truce,russia']);
    expect((await box.stancelog('append', 'talks.csv')).stderr).toBe('stancelog: talks.csv line 1: column 6, "holder": named twice (column 1 too)\n');
    expect(noLog()).toBe(true);
  });

  it('refuses a row of another length than the header, a condition without its polarity, and a quote never closed', async () => {
    csv('talks.csv', [
      'holder,issue,kind,polarity,conditions,source.quote',
      'russia,ceasefire,reject,-,,no truce, not now',
      'russia,ceasefire,condition,+,territorial-concessions,land first',
    ]);
    expect((await box.stancelog('append', 'talks.csv')).stderr).toBe(
      'stancelog: talks.csv line 2: 7 cells where the header (line 1) names 6 columns: a cell holding a comma is quoted ("...")\n' +
        'stancelog: talks.csv line 3: conditions: "territorial-concessions": expected an issue and its polarity (ceasefire +), several separated by ;\n' +
        'stancelog: 2 lines are invalid (see above): nothing appended\n',
    );
    csv('talks.csv', ['holder,issue,kind,polarity,source.quote', 'russia,ceasefire,reject,-,no truce', '', 'russia,ceasefire,reject,-,"no truce', 'ukraine,ceasefire,demand,+,now']);
    expect((await box.stancelog('append', 'talks.csv')).stderr).toBe('stancelog: talks.csv line 4: a quoted cell is never closed: a quote (") inside a quoted cell is written twice ("")\n');
    expect(noLog()).toBe(true);
  });

  it('says how to convert a .csv file that is not UTF-8 in its place, since the standard input is read as JSON Lines', async () => {
    const text = 'holder,issue,kind,polarity,source.quote\r\nnorland,quota-split,demand,+,sixty percent in Br\u00fcssel too\r\n';
    writeFileSync(join(box.dir, 'coding sheet.csv'), Buffer.from(text, 'latin1'));
    const r = await box.stancelog('append', 'coding sheet.csv');
    expect(r.stderr).toBe(
      "stancelog: coding sheet.csv line 2: not UTF-8: byte 0xfc at byte 48 of the line (offset 89 in the file); it looks like Latin-1 (ISO 8859-1): convert it to UTF-8 first (iconv -f latin1 -t utf-8 'coding sheet.csv' > 'coding sheet.csv'.utf8 && mv 'coding sheet.csv'.utf8 'coding sheet.csv')\n",
    );
    // What that command leaves: the same name, in UTF-8, which appends.
    writeFileSync(join(box.dir, 'coding sheet.csv'), text);
    expect(await box.json('append', 'coding sheet.csv')).toMatchObject({ appended: 1 });
  });

  it('names a stray quote by its line and its column (from 1, with its name), and says how to write the cell', async () => {
    csv('talks.csv', ['holder,issue,kind,polarity,source.quote', 'norland,quota-split,demand,+,sixty "at least"']);
    expect((await box.stancelog('append', 'talks.csv')).stderr).toBe(
      'stancelog: talks.csv line 2: column 5 (source.quote): a quote (") in a cell not quoted whole, or a space before its opening quote: quote the whole cell, with no space before it, and write each quote inside it twice ("say ""no""")\n',
    );
    csv('talks.csv', ['holder;issue;kind;polarity;source.quote', 'norland;quota-split;demand;+; "sixty; at least"']);
    expect((await box.stancelog('append', 'talks.csv')).stderr).toMatch(/^stancelog: talks\.csv line 2: column 5 \(source\.quote\): a quote \(".*a space before its opening quote/);
    csv('talks.csv', ['holder,issue,kind,polarity,source.quote,source.publisher', 'norland,quota-split,demand,+,"sixty" at least,Harbour Post']);
    expect((await box.stancelog('append', 'talks.csv')).stderr).toBe(
      'stancelog: talks.csv line 2: column 5 (source.quote): text after a quoted cell\'s closing quote: a quote (") inside a quoted cell is written twice ("")\n',
    );
    expect(noLog()).toBe(true);
  });

  it('says a row of another length in the words of its file: the separator it uses, and a missing cell when there are too few', async () => {
    csv('talks.csv', ['holder;issue;kind;polarity;source.quote', 'norland;quota-split;demand;+;sixty; at least', 'vesteria;quota-split;red-line;-']);
    expect((await box.stancelog('append', 'talks.csv')).stderr).toBe(
      'stancelog: talks.csv line 2: 6 cells where the header (line 1) names 5 columns: a cell holding a semicolon is quoted ("...")\n' +
        'stancelog: talks.csv line 3: 4 cells where the header (line 1) names 5 columns: a cell is missing: each column has one, an empty one written as nothing between two semicolons\n' +
        'stancelog: 2 lines are invalid (see above): nothing appended\n',
    );
  });

  it('skips a column with no name while its cells are empty, as a spreadsheet exports the columns it formatted, and names the first row that fills one', async () => {
    csv('talks.csv', ['holder,issue,kind,polarity,source.quote,,', 'norland,quota-split,demand,+,sixty at least,,', ',,,,,,']);
    expect(await box.json('append', 'talks.csv')).toMatchObject({ appended: 1 });
    csv('talks.csv', ['holder,issue,kind,polarity,source.quote,', 'vesteria,quota-split,red-line,-,not sixty,', 'vesteria,quota-split,red-line,-,never sixty,checked by Ana']);
    expect((await box.stancelog('append', 'talks.csv')).stderr).toBe(
      'stancelog: talks.csv line 3: column 6 has no name in the header (line 1) but holds "checked by Ana": name it by a field of a statement (holder, issue, kind, polarity, conditions, statedAt, recordedAt, speaker.name, speaker.actor, source.quote, source.publisher, source.url, source.title, source.publishedAt, source.offsets, confidence), or empty it\n',
    );
  });

  it('says how to fix in the spreadsheet a date exported as the spreadsheet shows it, after the codec\'s words', async () => {
    csv('talks.csv', [
      'holder;issue;kind;polarity;statedAt;recordedAt;source.quote;confidence',
      'norland;quota-split;demand;+;02.03.2026;02.03.2026 18:00;sixty at least;0,9',
      'vesteria;quota-split;red-line;-;46084;;not sixty;2',
      'vesteria;quota-split;red-line;-;2026-13-03;;not sixty;0,9',
      // A month (2026-03) and a day as an English spreadsheet shows them.
      'vesteria;quota-split;red-line;-;Mar-26;2-Mar-26;not sixty;0,9',
    ]);
    const lines = (await box.stancelog('append', 'talks.csv')).stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^stancelog: talks\.csv line 2: statedAt: "02\.03\.2026" is not a date .*; recordedAt: "02\.03\.2026 18:00" .* \(statedAt, recordedAt hold dates as a spreadsheet shows them: format those columns as text and write 2026-03-02 \(a month as 2026-03, a time as 2026-03-02T18:00:00Z\), then export again\)$/);
    expect(lines[1]).toMatch(/^stancelog: talks\.csv line 3: statedAt: "46084" .*confidence: .* \(statedAt holds a date as a spreadsheet shows it/);
    // A date written as text, only wrong: the codec's words alone.
    expect(lines[2]).toBe('stancelog: talks.csv line 4: statedAt: 2026-13-03 is not a day of the calendar (months run from 01 to 12)');
    expect(lines[3]).toMatch(/^stancelog: talks\.csv line 5: statedAt: "Mar-26" .* \(statedAt, recordedAt hold dates as a spreadsheet shows them: .*\(a month as 2026-03, /);
  });

  it('reads a quote\'s offsets in the text it was read from as start..end, and names a cell written otherwise', async () => {
    csv('talks.csv', ['holder,issue,kind,polarity,source.quote,source.offsets', 'norland,quota-split,demand,+,sixty at least,12 .. 26']);
    expect(await box.json('append', 'talks.csv')).toMatchObject({ appended: 1 });
    const [event] = (await box.json('log')) as Array<{ data: { source: unknown } }>;
    expect(event!.data.source).toEqual({ quote: 'sixty at least', offsets: [12, 26] });
    // A dash is what a spreadsheet reads as a date (1-12), and an end before the start is the codec's to say.
    csv('talks.csv', ['holder,issue,kind,polarity,source.quote,source.offsets', 'norland,quota-split,demand,+,sixty at least,12-26', 'vesteria,quota-split,red-line,-,not sixty,26..12']);
    const lines = (await box.stancelog('append', 'talks.csv')).stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('stancelog: talks.csv line 2: source.offsets: "12-26": expected the start and end of the quote in the text it was read from, as 30..39');
    expect(lines[1]).toMatch(/^stancelog: talks\.csv line 3: source\.offsets: /);
  });

  it('says a sheet of a header alone (as log --csv writes one where no statement counts) holds no statements, and appends nothing', async () => {
    csv('talks.csv', [HEADER]);
    const r = await box.stancelog('append', 'talks.csv');
    expect([r.code, r.stderr]).toEqual([0, 'stancelog: warning: talks.csv holds no statements (a header alone, blank lines, or nothing): nothing appended\n']);
    expect(noLog()).toBe(true);
  });

  it('says a missing .csv file is not there', async () => {
    const r = await box.stancelog('append', 'missing.csv');
    expect(r.stderr).toMatch(/^stancelog: missing\.csv: no such file/);
  });

  it('prints what docs/cli.md shows for a coding sheet with a wrong polarity and an unquoted comma', async () => {
    csv('coding-sheet.csv', [
      'holder,issue,kind,polarity,statedAt,source.quote,source.publisher,confidence',
      'dockers-union,pay-rise,demand,+,2026-03-02,eight percent or the cranes stay still,Harbourton Ledger,0.9',
      'port-authority,pay-rise,red-line,-,2026-03-02,no room in the budget,Harbourton Ledger,0.9',
      'dockers-union,overtime-ban,threat,yes,2026-03-03,no overtime from Monday,Quayside Radio,0.8',
      'port-authority,overtime-ban,reject,-,2026-03-04,the ban breaks the agreement,Quayside Radio,0.8',
      'city-council,pay-rise,hedge,0,2026-03-04,both sides should talk,Harbourton Ledger,0.6',
      'dockers-union,return-to-work,reject,-,2026-03-05,not one ship, not one crane,Quayside Radio,0.9',
    ]);
    const { sample, shown } = await docSample(box, '### Statements kept in a spreadsheet');
    expect(shown).toBe(sample);
  });
});

describe('stancelog append - --format csv', () => {
  const sheet = ['holder,issue,kind,polarity,source.quote', 'norland,quota-split,demand,+,"sixty, at least"', 'vesteria,quota-split,red-line,-,not sixty'].join('\r\n') + '\r\n';

  it('reads a table piped in as a .csv file of the same rows is read, with the same ids', async () => {
    csv('talks.csv', sheet.trimEnd().split('\r\n'));
    const piped = await box.piped(sheet, 'append', '-', '--format', 'csv', '--store', 'a.jsonl', '--json');
    expect(piped.code).toBe(0);
    await box.json('append', 'talks.csv', '--store', 'b.jsonl');
    const ids = async (store: string) => ((await box.json('log', '--store', store)) as Array<{ id: string }>).map((e) => e.id);
    expect(await ids('a.jsonl')).toEqual(await ids('b.jsonl'));
    expect(await ids('a.jsonl')).toHaveLength(2);
  });

  it('names a wrong row of the standard input by its line, as of a file', async () => {
    const r = await box.piped('holder,issue,kind,polarity,source.quote\n\nnorland,quota-split,demand,yes,sixty\n', 'append', '-', '--format', 'csv');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^stancelog: stdin line 3: polarity: expected one of "0", "\+", "-", got "yes"\n$/);
    expect(noLog()).toBe(true);
  });

  it('reads the standard input as JSON Lines without --format, saying a table given so once, and a file whose name says neither format as --format says', async () => {
    // A table piped in without --format: one error, at its header, rather than one for each line.
    expect((await box.piped(`\n${sheet}`, 'append', '-')).stderr).toBe(
      'stancelog: stdin line 2: the header of a table of statements (holder, issue, kind, polarity, ...), not JSON: the standard input is read as JSON Lines; give --format csv to read it as a table\n',
    );
    writeFileSync(join(box.dir, 'talks.jsonl'), sheet);
    expect((await box.stancelog('append', 'talks.jsonl')).stderr).toBe(
      'stancelog: talks.jsonl line 1: the header of a table of statements (holder, issue, kind, polarity, ...), not JSON: a file named .jsonl is read as JSON Lines; rename it talks.csv to read it as a table\n',
    );
    // JSON Lines with a wrong line are said as ever.
    expect((await box.piped('{"holder":"russia"}\n', 'append', '-')).stderr).toMatch(/^stancelog: stdin line 1: issue: required/);
    // JSON Lines under a stray header line are no table: that line is named as it is, bad JSON, and no rename is advised.
    writeFileSync(join(box.dir, 'mixed.jsonl'), `${sheet.split('\r\n')[0]}\n{"holder":"russia","issue":"ceasefire","kind":"reject","polarity":"-","source":{"quote":"no truce"}}\n`);
    const mixed = (await box.stancelog('append', 'mixed.jsonl')).stderr;
    expect(mixed).toMatch(/^stancelog: mixed\.jsonl line 1: /);
    expect(mixed).not.toContain('rename it');
    writeFileSync(join(box.dir, 'talks.txt'), sheet);
    expect(await box.json('append', 'talks.txt', '--format', 'CSV')).toMatchObject({ appended: 2 });
  });

  it('says a table piped in without --format once also when it begins with a line sep=; (as Excel is told its separator)', async () => {
    const semicolons = `sep=;\r\n${sheet.replace(/,(?=[^ ])/g, ';')}`;
    expect((await box.piped(semicolons, 'append', '-')).stderr).toBe(
      'stancelog: stdin line 2: the header of a table of statements (holder, issue, kind, polarity, ...), not JSON: the standard input is read as JSON Lines; give --format csv to read it as a table\n',
    );
    const read = await box.piped(semicolons, 'append', '-', '--format', 'csv', '--json');
    expect([read.code, JSON.parse(read.stdout).appended]).toEqual([0, 2]);
  });

  it('refuses a file whose name says the other format, and a format it does not read, before reading any input', async () => {
    csv('talks.csv', sheet.trimEnd().split('\r\n'));
    box.write('talks.jsonl', [{ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', source: { quote: 'no truce' } }]);
    const jsonl = await box.stancelog('append', 'talks.csv', 'talks.jsonl', '--format', 'csv');
    expect([jsonl.code, jsonl.stderr]).toEqual([
      1,
      'stancelog: talks.jsonl: --format csv, but its name says JSON Lines: rename it talks.csv if it holds CSV, or leave --format out (a file is read by its name; --format is for the standard input, -, and names that say neither)\n',
    ]);
    const csvFile = await box.stancelog('append', 'talks.csv', '--format', 'jsonl');
    expect(csvFile.stderr).toBe(
      'stancelog: talks.csv: --format jsonl, but its name says CSV: rename it talks.jsonl if it holds JSON Lines, or leave --format out (a file is read by its name; --format is for the standard input, -, and names that say neither)\n',
    );
    const tsv = await box.piped(sheet, 'append', '-', '--format', 'tsv');
    expect(tsv.stderr).toBe('stancelog: --format "tsv": expected jsonl (a statement as JSON per line) or csv (a header row, then a statement per row)\n');
    expect(noLog()).toBe(true);
  });

  it('says how to convert a table piped in that is not UTF-8, piped on with --format csv', async () => {
    const r = await box.piped(Buffer.from('holder,issue,kind,polarity,source.quote\r\nnorland,quota-split,demand,+,Br\u00fcssel\r\n', 'latin1'), 'append', '-', '--format', 'csv');
    expect(r.stderr).toMatch(/\(iconv -f latin1 -t utf-8 FILE \| stancelog append - --format csv\)\n$/);
  });
});
