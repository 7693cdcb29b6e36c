// `stancelog log --csv`: a log's statements as a coding sheet, which `stancelog append FILE.csv` reads back into another
// log as the same statements: the same ids, the same positions and contradictions.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { logCommand } from '@stancelog/cli';
import { registryEvents } from '../../../examples/ukraine-2025/src/registry.js';
import { statementEvents } from '../../../examples/ukraine-2025/src/statements.js';
import { russiaDemandsLand, sandbox, ukraineRefusesLand, ukraineWantsCeasefireFirst } from './harness.js';
import type { Sandbox } from './harness.js';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.remove());

const HEADER = 'holder,issue,kind,polarity,conditions,statedAt,recordedAt,speaker.name,speaker.actor,source.quote,source.publisher,source.url,source.title,source.publishedAt,source.offsets,confidence';

interface Stored {
  id: string;
  type: string;
  recordedAt: string;
  data: Record<string, unknown>;
}

const rowsOf = (sheet: string): Array<Record<string, string>> => parse(sheet, { columns: true });

const statementsOf = async (store: string): Promise<Stored[]> => ((await box.json('log', '--store', store)) as Stored[]).filter((e) => e.type === 'statement-made');

/** `log --csv` of `from` written to a sheet, appended to a new log `to` (after `first`, files of registry events): what each printed. */
async function roundTrip(from: string, to: string, sheetArgs: ReadonlyArray<string> = [], first: ReadonlyArray<string> = []): Promise<{ sheet: string; stderr: string }> {
  const r = await box.stancelog('log', '--csv', ...sheetArgs, '--store', from);
  expect(r.code).toBe(0);
  writeFileSync(join(box.dir, 'sheet.csv'), r.stdout);
  const appended = await box.stancelog('append', ...first, 'sheet.csv', '--store', to);
  expect([appended.code, appended.stderr]).toEqual([0, '']);
  return { sheet: r.stdout, stderr: r.stderr };
}

/** The readings of a log the round trip keeps: its statements' ids and contents, recorded when, its positions and contradictions. */
async function readings(store: string): Promise<unknown> {
  return {
    statements: (await statementsOf(store)).map((e) => ({ id: e.id, recordedAt: e.recordedAt, data: e.data })),
    positions: await box.json('positions', '--store', store),
    contradictions: await box.json('contradictions', '--store', store),
  };
}

describe('stancelog log --csv, appended to another log', () => {
  it("gives the Ukraine demo's statements again, with their ids, positions and contradictions; its registry comes from elsewhere", async () => {
    box.write('registry.jsonl', registryEvents);
    box.write('statements.jsonl', statementEvents);
    await box.json('append', 'registry.jsonl', 'statements.jsonl', '--store', 'demo.jsonl');
    const { sheet, stderr } = await roundTrip('demo.jsonl', 'copy.jsonl', [], ['registry.jsonl']);
    expect(sheet.split('\r\n')[0]).toBe(HEADER);
    expect(rowsOf(sheet)).toHaveLength(statementEvents.length);
    expect(stderr).toBe(`stancelog: the sheet holds ${statementEvents.length} statements that count; left out: ${registryEvents.length} registry events (stancelog copy --to OTHER.jsonl copies the whole log, log --json lists every event)\n`);
    expect(await readings('copy.jsonl')).toEqual(await readings('demo.jsonl'));
    // Without the registry, the statements and the analysis are the same still: the registry names, it does not weigh.
    await roundTrip('demo.jsonl', 'bare.jsonl');
    expect(await statementsOf('bare.jsonl')).toEqual((await statementsOf('demo.jsonl')).map((e) => expect.objectContaining({ id: e.id, data: e.data })));
  });

  it('keeps conditions, reported speakers, month and week dates, undated statements, offsets, confidence and quotes with commas, quotes, line breaks and non-ASCII text', async () => {
    box.write('talks.jsonl', [
      russiaDemandsLand,
      ukraineRefusesLand,
      ukraineWantsCeasefireFirst,
      {
        holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', conditions: [{ issue: 'territorial-concessions', polarity: '+' }, { issue: 'sanctions', polarity: '-' }],
        statedAt: '2025-07', recordedAt: '2025-08-01T10:00:00Z', speaker: { name: 'Andriy Yermak', actor: 'ukraine' },
        source: { quote: 'Moscow says "no truce",\nnot before the land is theirs; Кремль: «нет»', publisher: 'Zürcher Blatt', url: 'https://example.org/a?x=1,2', title: 'Talks, again', publishedAt: '2025-07-31', offsets: [120, 187] },
        confidence: 0.85,
      },
      { holder: 'germany', issue: 'sanctions', kind: 'support', polarity: '+', statedAt: '2025-W33', recordedAt: '2025-08-15T09:00:00Z', speaker: { name: 'Friedrich Merz' }, source: { quote: 'Berlin backs them — "fully"' } },
      // Undated: its recording time stands in for the time it was said, so the sheet keeps it.
      { holder: 'united-states', issue: 'peace-talks', kind: 'hedge', polarity: '0', recordedAt: '2025-08-16T09:00:00Z', source: { quote: 'we will see' } },
    ]);
    await box.json('append', 'talks.jsonl', '--store', 'talks-log.jsonl');
    const { stderr } = await roundTrip('talks-log.jsonl', 'comma.jsonl');
    // Nothing left out: no note.
    expect(stderr).toBe('');
    const original = await readings('talks-log.jsonl');
    expect(await readings('comma.jsonl')).toEqual(original);
    await roundTrip('talks-log.jsonl', 'semicolon.jsonl', ['--separator', ';']);
    expect(await readings('semicolon.jsonl')).toEqual(original);
    await roundTrip('talks-log.jsonl', 'tab.jsonl', ['--separator', 'tab']);
    expect(await readings('tab.jsonl')).toEqual(original);
  });

  it('quotes a cell holding a line break of any kind, as a spreadsheet splits rows at a lone LF or CR too: the sheet with its lines ended by LF reads back the same', async () => {
    box.write('talks.jsonl', [
      { ...russiaDemandsLand, source: { quote: 'no truce\nnot before the land is ours' } },
      { ...ukraineRefusesLand, source: { quote: 'never\rnot one village' } },
    ]);
    await box.json('append', 'talks.jsonl', '--store', 'talks-log.jsonl');
    const { sheet } = await roundTrip('talks-log.jsonl', 'copy.jsonl');
    expect(sheet).toContain(',"no truce\nnot before the land is ours",');
    expect(sheet).toContain(',"never\rnot one village",');
    // An editor or git that makes the line ends LF leaves the quoted break as it is.
    writeFileSync(join(box.dir, 'lf.csv'), sheet.replace(/\r\n/g, '\n'));
    expect((await box.stancelog('append', 'lf.csv', '--store', 'lf.jsonl')).code).toBe(0);
    const ids = async (store: string) => (await statementsOf(store)).map((e) => e.id);
    expect(await ids('lf.jsonl')).toEqual(await ids('talks-log.jsonl'));
  });

  it('writes a quote a spreadsheet would take for a formula (=, +, -, @ first) as it is, and reads it back as the same statement', async () => {
    const quotes = ['=HYPERLINK("https://example.org","no truce")', '+ a truce first', '-never, not one village', '@once the land is ours'];
    box.write('talks.jsonl', quotes.map((quote) => ({ ...russiaDemandsLand, source: { quote, publisher: '=Harbour Post' } })));
    await box.json('append', 'talks.jsonl', '--store', 'talks-log.jsonl');
    const { sheet } = await roundTrip('talks-log.jsonl', 'copy.jsonl');
    expect(rowsOf(sheet).map((row) => row['source.quote'])).toEqual(quotes);
    expect(await readings('copy.jsonl')).toEqual(await readings('talks-log.jsonl'));
  });

  it("gives the statements ingest read from the demo's articles again: offsets, confidence, urls and titles kept, with their ids", async () => {
    const articles = join(__dirname, '..', '..', '..', 'examples', 'ukraine-2025', 'articles');
    expect((await box.stancelog('ingest', articles, '--store', 'read.jsonl')).code).toBe(0);
    await roundTrip('read.jsonl', 'copy.jsonl');
    const original = (await statementsOf('read.jsonl')).map((e) => ({ id: e.id, data: e.data }));
    expect(original.every((e) => (e.data.source as { offsets?: unknown }).offsets !== undefined)).toBe(true);
    expect((await statementsOf('copy.jsonl')).map((e) => ({ id: e.id, data: e.data }))).toEqual(original);
    expect(await box.json('positions', '--store', 'copy.jsonl')).toEqual(await box.json('positions', '--store', 'read.jsonl'));
  });

  it('holds the statements that count: a withdrawn one left out, a correction written as the statement it makes, at the place of the one it corrects', async () => {
    const said = (quote: string, polarity: string, kind = 'reject') => ({ holder: 'vesteria', issue: 'quota-split', kind, polarity, statedAt: '2026-03-03', source: { quote } });
    box.write('talks.jsonl', [
      { holder: 'norland', issue: 'quota-split', kind: 'demand', polarity: '+', statedAt: '2026-03-02', source: { quote: 'sixty percent' } },
      said('not sixty', '-'),
      said('never sixty', '-', 'red-line'),
      said('a split, perhaps', '0', 'hedge'),
    ]);
    await box.json('append', 'talks.jsonl', '--store', 'talks-log.jsonl');
    await box.json('withdraw', '4', '--reason', 'an aide, not the minister', '--store', 'talks-log.jsonl');
    // #2 corrected: its copy is appended last, and counts at #2's place, before #3 of the same day.
    await box.json('correct', '2', '--set', 'kind=accept', '--set', 'polarity=+', '--reason', 'misread', '--store', 'talks-log.jsonl');
    const { sheet, stderr } = await roundTrip('talks-log.jsonl', 'copy.jsonl');
    expect(rowsOf(sheet).map((row) => row['source.quote'])).toEqual(['sixty percent', 'not sixty', 'never sixty']);
    expect(rowsOf(sheet).map((row) => row.kind)).toEqual(['demand', 'accept', 'red-line']);
    expect(stderr).toBe(
      'stancelog: the sheet holds 3 statements that count; left out: 2 withdrawals, 2 statements withdrawn (stancelog copy --to OTHER.jsonl copies the whole log, log --json lists every event)\n' +
        'stancelog: 1 correction written as the statement it makes, at the place of the one corrected: appended from the sheet, it is a statement of its own, with an id of its own\n',
    );
    // The stances are the same: the red line stated after the corrected acceptance, the same day, is the one that counts.
    const stance = (p: Record<string, unknown>) => [p.holder, p.issue, p.polarity, p.kind, p.since];
    const before = (await box.json('positions', '--store', 'talks-log.jsonl')) as Array<Record<string, unknown>>;
    const after = (await box.json('positions', '--store', 'copy.jsonl')) as Array<Record<string, unknown>>;
    expect(after.map(stance)).toEqual(before.map(stance));
    expect(before.find((p) => p.holder === 'vesteria')).toMatchObject({ kind: 'red-line', polarity: '-' });
    // The statements that were not corrected keep their ids; the correction is a statement of its own, without `corrects`.
    const ids = (await statementsOf('copy.jsonl')).map((e) => e.id);
    const original = await statementsOf('talks-log.jsonl');
    expect(ids[0]).toBe(original[0]!.id);
    expect(ids[2]).toBe(original[2]!.id);
    expect((await statementsOf('copy.jsonl'))[1]!.data).not.toHaveProperty('corrects');
  });

  it('writes a statement restored after its correction, and the correction at its place: both count there', async () => {
    const said = (quote: string, kind: string, polarity: string) => ({ holder: 'vesteria', issue: 'quota-split', kind, polarity, statedAt: '2026-03-03', source: { quote } });
    box.write('talks.jsonl', [said('not sixty', 'reject', '-'), said('never sixty', 'red-line', '-')]);
    await box.json('append', 'talks.jsonl');
    await box.json('correct', '1', '--set', 'kind=accept', '--set', 'polarity=+', '--reason', 'misread');
    // #3 withdrew #1 for the copy #4; withdrawing #3 brings #1 back beside it.
    await box.json('withdraw', '3', '--reason', 'the first reading was right');
    const r = await box.stancelog('log', '--csv');
    expect(rowsOf(r.stdout).map((row) => [row.kind, row['source.quote']])).toEqual([
      ['reject', 'not sixty'],
      ['accept', 'not sixty'],
      ['red-line', 'never sixty'],
    ]);
  });

  it('writes a restored statement and its correction, which count at one place, in the order the log counts them there (by id), whichever was appended first', async () => {
    // The correction's id comes before the statement's: at one place the log counts it first, and the statement after.
    box.write('talks.jsonl', [{ holder: 'vesteria', issue: 'quota-split', kind: 'reject', polarity: '-', statedAt: '2026-03-03', source: { quote: 'not sixty c' } }]);
    await box.json('append', 'talks.jsonl', '--store', 'talks-log.jsonl');
    await box.json('correct', '1', '--set', 'kind=accept', '--set', 'polarity=+', '--reason', 'misread', '--store', 'talks-log.jsonl');
    await box.json('withdraw', '2', '--reason', 'the first reading was right', '--store', 'talks-log.jsonl');
    const [said, corrected] = await statementsOf('talks-log.jsonl');
    expect(corrected!.id < said!.id).toBe(true);
    const { sheet } = await roundTrip('talks-log.jsonl', 'copy.jsonl');
    expect(rowsOf(sheet).map((row) => row.kind)).toEqual(['accept', 'reject']);
    const stance = (p: Record<string, unknown>) => [p.holder, p.issue, p.polarity, p.kind, p.since];
    const before = (await box.json('positions', '--store', 'talks-log.jsonl')) as Array<Record<string, unknown>>;
    expect(before.map(stance)).toEqual([['vesteria', 'quota-split', '-', 'reject', '2026-03-03']]);
    expect(((await box.json('positions', '--store', 'copy.jsonl')) as Array<Record<string, unknown>>).map(stance)).toEqual(before.map(stance));
  });

  it('writes a statement that names what it corrects at that place also when the log holds no withdrawal (its line appended before withdraw takes the statement back)', async () => {
    box.write('said.jsonl', [{ holder: 'vesteria', issue: 'quota-split', kind: 'reject', polarity: '-', statedAt: '2026-03-03', source: { quote: 'not sixty' } }]);
    await box.json('append', 'said.jsonl', '--store', 'talks-log.jsonl');
    const [said] = await statementsOf('talks-log.jsonl');
    box.write('more.jsonl', [
      { holder: 'vesteria', issue: 'quota-split', kind: 'red-line', polarity: '-', statedAt: '2026-03-03', source: { quote: 'never sixty' } },
      // The corrected line, appended before `withdraw` takes the statement back: it counts at #1's place, before #2.
      { holder: 'vesteria', issue: 'quota-split', kind: 'accept', polarity: '+', statedAt: '2026-03-03', source: { quote: 'not sixty' }, corrects: { event: said!.id, position: 1 } },
    ]);
    await box.json('append', 'more.jsonl', '--store', 'talks-log.jsonl');
    const { sheet } = await roundTrip('talks-log.jsonl', 'copy.jsonl');
    expect(rowsOf(sheet).map((row) => row.kind)).toEqual(expect.arrayContaining(['reject', 'accept']));
    expect(rowsOf(sheet).map((row) => row.kind).pop()).toBe('red-line');
    const stance = (p: Record<string, unknown>) => [p.holder, p.issue, p.polarity, p.kind, p.since];
    const before = (await box.json('positions', '--store', 'talks-log.jsonl')) as Array<Record<string, unknown>>;
    expect(before.map(stance)).toEqual([['vesteria', 'quota-split', '-', 'red-line', '2026-03-03']]);
    expect(((await box.json('positions', '--store', 'copy.jsonl')) as Array<Record<string, unknown>>).map(stance)).toEqual(before.map(stance));
  });

  it('warns of a statement whose row reads back as another: an empty list of conditions, a text with spaces at its ends', async () => {
    box.write('talks.jsonl', [russiaDemandsLand, { ...ukraineRefusesLand, conditions: [] }, { ...ukraineWantsCeasefireFirst, source: { quote: ' a truce first ' } }]);
    await box.json('append', 'talks.jsonl', '--store', 'talks-log.jsonl');
    const { stderr } = await roundTrip('talks-log.jsonl', 'copy.jsonl');
    expect(stderr).toBe(
      'stancelog: warning: 2 statements (#2, #3) have what a cell cannot hold as it is (an empty list of conditions, a text with spaces at its ends, an empty one, or half of a surrogate pair): appended from the sheet, they are other statements, with other ids\n',
    );
    const ids = async (store: string) => (await statementsOf(store)).map((e) => e.id);
    const [first, second, third] = await ids('copy.jsonl');
    const original = await ids('talks-log.jsonl');
    expect([first === original[0], second === original[1], third === original[2]]).toEqual([true, false, false]);
  });

  it('warns of a statement whose text holds half of a surrogate pair (an emoji cut in two), which the sheet, UTF-8, writes as U+FFFD', async () => {
    box.write('talks.jsonl', [russiaDemandsLand, { ...ukraineRefusesLand, source: { quote: 'never \ud83d, not one village' } }]);
    await box.json('append', 'talks.jsonl', '--store', 'talks-log.jsonl');
    const { sheet, stderr } = await roundTrip('talks-log.jsonl', 'copy.jsonl');
    expect(rowsOf(sheet)[1]!['source.quote']).toBe('never \ufffd, not one village');
    expect(stderr).toBe(
      'stancelog: warning: 1 statement (#2) has what a cell cannot hold as it is (an empty list of conditions, a text with spaces at its ends, an empty one, or half of a surrogate pair): appended from the sheet, it is another statement, with another id\n',
    );
  });

  it("warns, naming its row and column, of a quote longer than a spreadsheet cell holds (32,767 characters), which Excel opens cut there and which then reads back as another statement", async () => {
    const long = `we will never give up ${'any of our land, '.repeat(2_000)}`.trim();
    box.write('talks.jsonl', [russiaDemandsLand, { ...ukraineRefusesLand, source: { quote: long } }]);
    await box.json('append', 'talks.jsonl', '--store', 'talks-log.jsonl');
    const { sheet, stderr } = await roundTrip('talks-log.jsonl', 'copy.jsonl');
    // Written whole all the same: appended as it is, the row is the same statement.
    expect(rowsOf(sheet)[1]!['source.quote']).toBe(long);
    expect(stderr).toBe(
      `stancelog: warning: a cell holds more characters than a spreadsheet cell does (32,767; Excel opens it cut there): row 3, column J (source.quote), ${long.length.toLocaleString('en-US')} characters: saved from it so and appended, its row is another statement\n`,
    );
    expect((await statementsOf('copy.jsonl')).map((e) => e.id)).toEqual((await statementsOf('talks-log.jsonl')).map((e) => e.id));
  });

  it('says nothing of a quote of 32,767 characters, which a spreadsheet cell holds', async () => {
    box.write('talks.jsonl', [{ ...ukraineRefusesLand, source: { quote: `never${'.'.repeat(32_762)}` } }]);
    await box.json('append', 'talks.jsonl', '--store', 'talks-log.jsonl');
    expect((await roundTrip('talks-log.jsonl', 'copy.jsonl')).stderr).toBe('');
  });

  it('keeps the filters of log: --holder, --issue, and --known-at (a statement withdrawn later still counted then)', async () => {
    box.write('talks.jsonl', [
      { ...russiaDemandsLand, recordedAt: '2025-05-17T09:00:00Z' },
      { ...ukraineRefusesLand, recordedAt: '2025-05-17T09:00:00Z' },
      { ...ukraineWantsCeasefireFirst, recordedAt: '2025-05-17T09:00:00Z' },
    ]);
    await box.json('append', 'talks.jsonl');
    await box.json('withdraw', '2', '--reason', 'misattributed', '--recorded-at', '2025-06-20T08:00:00Z');
    const holders = async (...args: string[]) => rowsOf((await box.stancelog('log', '--csv', ...args)).stdout).map((row) => row.holder);
    expect(await holders()).toEqual(['russia', 'ukraine']);
    expect(await holders('--known-at', '2025-06-01')).toEqual(['russia', 'ukraine', 'ukraine']);
    expect(await holders('--holder', 'ukraine')).toEqual(['ukraine']);
    expect(await holders('--issue', 'ceasefire')).toEqual(['ukraine']);
    // What the command says it listed: the rows, not the events read (the withdrawal among them).
    const listed = await logCommand({ csv: true }, { stdout: { write: () => true }, stderr: { write: () => true }, cwd: box.dir, env: {} });
    expect(listed).toEqual({ _tag: 'Right', right: { listed: 2, outputClosed: false } });
  });

  it('writes the header alone when no statement counts, and prints nothing for a filter naming no id of the log', async () => {
    box.write('talks.jsonl', [russiaDemandsLand]);
    await box.json('append', 'talks.jsonl');
    const none = await box.stancelog('log', '--csv', '--known-at', '2020-01-01');
    expect(none.stdout).toBe(`${HEADER}\r\n`);
    const typo = await box.stancelog('log', '--csv', '--holder', 'rusia');
    expect([typo.code, typo.stdout, typo.stderr]).toEqual([1, '', 'stancelog: --holder rusia: no actor "rusia" in the log; did you mean russia?\n']);
  });

  it('refuses --csv with --json, and --separator without --csv', async () => {
    box.write('talks.jsonl', [russiaDemandsLand]);
    await box.json('append', 'talks.jsonl');
    expect((await box.stancelog('log', '--csv', '--json')).stderr).toBe('stancelog: --csv and --json: give one (--csv writes a table for a spreadsheet, --json the whole of each row)\n');
    expect((await box.stancelog('log', '--separator', ';')).stderr).toBe('stancelog: --separator ;: only with --csv (the separator of its cells)\n');
  });
});
