// `positions --csv` and `contradictions --csv`: the tables an analyst opens in a spreadsheet, the same rows as --json
// gives, read back by a CSV parser cell for cell.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { russiaDemandsLand, sandbox, ukraineRefusesLand, ukraineWantsCeasefireFirst } from './harness.js';
import type { Sandbox } from './harness.js';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.remove());

const table = (csv: string): Array<Record<string, string>> => parse(csv, { columns: true });

describe('positions --csv', () => {
  it('writes a header and a row per position, each cell what --json says of it', async () => {
    box.write('talks.jsonl', [russiaDemandsLand, ukraineRefusesLand, ukraineWantsCeasefireFirst]);
    await box.json('append', 'talks.jsonl');
    const r = await box.stancelog('positions', '--csv');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')[0]).toBe('holder,issue,polarity,kind,conditions,since,lastStated,reported,firmKind,sources,statements');
    const json = (await box.json('positions')) as Array<Record<string, any>>;
    expect(table(r.stdout)).toEqual(
      json.map((p) => ({
        holder: p.holder,
        issue: p.issue,
        polarity: p.polarity,
        kind: p.kind,
        conditions: p.conditions.map((c: { issue: string; polarity: string }) => `${c.issue} ${c.polarity}`).join('; '),
        since: p.since,
        lastStated: p.lastStated,
        reported: String(p.reported),
        firmKind: p.firmKind ?? '',
        sources: String(p.sources),
        statements: p.statements.join('; '),
      })),
    );
    // A condition made a cell: the one position with one.
    expect(table(r.stdout).filter((row) => row.conditions !== '').map((row) => row.conditions)).toEqual(['ceasefire +']);
  });

  it('writes the header alone when nothing is found, and filters as the table does', async () => {
    box.write('talks.jsonl', [russiaDemandsLand]);
    await box.json('append', 'talks.jsonl');
    const none = await box.stancelog('positions', '--csv', '--as-of', '2020-01-01');
    expect(none.stdout).toBe('holder,issue,polarity,kind,conditions,since,lastStated,reported,firmKind,sources,statements\r\n');
    const russia = await box.stancelog('positions', '--csv', '--holder', 'russia');
    expect(table(russia.stdout).map((row) => row.holder)).toEqual(['russia']);
  });

  it('separates the cells by ; or a tab with --separator, for a spreadsheet set to a decimal comma, and append reads them back', async () => {
    box.write('talks.jsonl', [russiaDemandsLand, ukraineRefusesLand, ukraineWantsCeasefireFirst]);
    await box.json('append', 'talks.jsonl');
    const comma = table((await box.stancelog('positions', '--csv')).stdout);
    const semi = await box.stancelog('positions', '--csv', '--separator', ';');
    expect(semi.stdout.split('\r\n')[0]).toBe('holder;issue;polarity;kind;conditions;since;lastStated;reported;firmKind;sources;statements');
    // A list of statement ids, joined with "; ", is quoted where ; separates the cells.
    expect(parse(semi.stdout, { columns: true, delimiter: ';' })).toEqual(comma);
    const tab = await box.stancelog('positions', '--csv', '--separator', 'tab');
    expect(parse(tab.stdout, { columns: true, delimiter: '\t' })).toEqual(comma);
    const contradictions = table((await box.stancelog('contradictions', '--csv')).stdout);
    expect(parse((await box.stancelog('contradictions', '--csv', '--separator', ';')).stdout, { columns: true, delimiter: ';' })).toEqual(contradictions);
  });

  it('refuses a --separator it does not write, and one without --csv', async () => {
    expect((await box.stancelog('positions', '--csv', '--separator', '|')).stderr).toBe('stancelog: --separator "|": expected , or ; or tab (; as a spreadsheet set to a decimal comma reads a file opened from disk)\n');
    expect((await box.stancelog('contradictions', '--separator', ';')).stderr).toBe('stancelog: --separator ;: only with --csv (the separator of its cells)\n');
  });

  it('refuses --csv with --json', async () => {
    const r = await box.stancelog('positions', '--csv', '--json');
    expect([r.code, r.stderr]).toEqual([1, 'stancelog: --csv and --json: give one (--csv writes a table for a spreadsheet, --json the whole of each row)\n']);
  });
});

describe('a --csv cell longer than a spreadsheet cell holds', () => {
  it('is warned of on stderr by positions --csv, naming its row and column: a list of statements longer than 32,767 characters', async () => {
    // 1,000 statements of one holder on one issue: their ids, joined, are some 34,000 characters.
    box.write('talks.jsonl', Array.from({ length: 1_000 }, (_, i) => ({ ...ukraineRefusesLand, source: { quote: `never, day ${i + 1}` } })));
    await box.json('append', 'talks.jsonl');
    const r = await box.stancelog('positions', '--csv');
    expect(r.code).toBe(0);
    const [row] = parse(r.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(r.stderr).toBe(
      `stancelog: warning: a cell holds more characters than a spreadsheet cell does (32,767; Excel opens it cut there): row 2, column K (statements), ${row!.statements!.length.toLocaleString('en-US')} characters\n`,
    );
    expect(row!.statements!.length).toBeGreaterThan(32_767);
  });
});

describe('contradictions --csv', () => {
  it('writes a row per contradiction, with whole ids, lists joined and a summary holding commas quoted', async () => {
    box.write('talks.jsonl', [russiaDemandsLand, ukraineRefusesLand]);
    await box.json('append', 'talks.jsonl');
    const r = await box.stancelog('contradictions', '--csv');
    const json = (await box.json('contradictions')) as Array<Record<string, any>>;
    expect(json.length).toBeGreaterThan(0);
    expect(table(r.stdout)).toEqual(
      json.map((c) => ({
        id: c.id,
        type: c.type,
        status: c.status,
        since: c.since,
        until: c.until ?? '',
        issues: c.issues.join('; '),
        actors: c.actors.join('; '),
        statements: c.statements.join('; '),
        resolvedBy: c.resolvedBy ?? '',
        summary: c.summary,
      })),
    );
  });

  it('writes the open ones first, then the resolved ones, in the order of the table', async () => {
    const said = (holder: string, issue: string, kind: string, polarity: string, statedAt: string) => ({ holder, issue, kind, polarity, statedAt, source: { quote: `${holder} on ${issue}` } });
    box.write('talks.jsonl', [
      said('norland', 'quota-split', 'demand', '+', '2026-03-02'),
      said('vesteria', 'quota-split', 'red-line', '-', '2026-03-03'),
      // Vesteria gives way: the first clash ends, before the one on the season opens.
      said('vesteria', 'quota-split', 'accept', '+', '2026-03-04'),
      said('norland', 'closed-season', 'demand', '+', '2026-03-05'),
      said('vesteria', 'closed-season', 'reject', '-', '2026-03-06'),
    ]);
    await box.json('append', 'talks.jsonl');
    const json = (await box.json('contradictions')) as Array<{ id: string; status: string }>;
    const statuses = json.map((c) => c.status);
    // The log's order puts a resolved one before an open one: the case the table reorders.
    expect(statuses.indexOf('resolved')).toBeLessThan(statuses.lastIndexOf('open'));
    const rows = table((await box.stancelog('contradictions', '--csv')).stdout);
    const open = json.filter((c) => c.status === 'open').map((c) => c.id);
    const resolved = json.filter((c) => c.status !== 'open').map((c) => c.id);
    expect(rows.map((row) => row.id)).toEqual([...open, ...resolved]);
    // The table lists them in that order too (its ids shortened, so compared by type and status).
    const tableLines = (await box.stancelog('contradictions')).stdout.trimEnd().split('\n').slice(1);
    expect(tableLines.map((line) => /\b(open|resolved)\b/.exec(line)?.[1])).toEqual(rows.map((row) => row.status));
  });

  it('refuses --csv with --watch, and with --json', async () => {
    const watch = await box.stancelog('contradictions', '--csv', '--watch');
    expect(watch.stderr).toBe('stancelog: --csv and --watch: a table is written once; --watch --json prints each change as a JSON line\n');
    const json = await box.stancelog('contradictions', '--csv', '--json');
    expect(json.code).toBe(1);
  });
});

describe('a table read back', () => {
  it('appends the positions a coding sheet holds, and writes them out again as it read them', async () => {
    box.write('talks.jsonl', [russiaDemandsLand, ukraineRefusesLand, ukraineWantsCeasefireFirst]);
    await box.json('append', 'talks.jsonl');
    const rows = table((await box.stancelog('positions', '--csv')).stdout);
    // The cells of a position, as the columns of a coding sheet (a quote of one's own, since positions carry none).
    const sheet = ['holder,issue,kind,polarity,conditions,statedAt,source.quote', ...rows.map((p) => [p.holder, p.issue, p.kind, p.polarity, p.conditions, p.since, 'as the table says'].join(','))];
    box.write('sheet.csv', sheet);
    await box.json('append', 'sheet.csv', '--store', 'copy.jsonl');
    const again = table((await box.stancelog('positions', '--csv', '--store', 'copy.jsonl')).stdout);
    const stance = (p: Record<string, string>) => [p.holder, p.issue, p.polarity, p.kind, p.conditions, p.since];
    expect(again.map(stance)).toEqual(rows.map(stance));
  });
});

describe('--bom', () => {
  it('writes a UTF-8 byte order mark before the header of each --csv table, and append reads such a sheet back as it is', async () => {
    box.write('talks.jsonl', [russiaDemandsLand, ukraineRefusesLand, { ...ukraineWantsCeasefireFirst, source: { quote: 'Zürich first, then «talks»' } }]);
    await box.json('append', 'talks.jsonl');
    for (const command of ['positions', 'contradictions', 'alignment', 'graph', 'log']) {
      const plain = await box.stancelog(command, '--csv');
      const marked = await box.stancelog(command, '--csv', '--bom');
      expect([command, marked.code, marked.stdout]).toEqual([command, 0, `\uFEFF${plain.stdout}`]);
      // Where the separator is not a comma too.
      const header = (await box.stancelog(command, '--csv', '--bom', '--separator', ';')).stdout.split('\r\n')[0]!;
      expect([header.startsWith('\uFEFF'), header.includes(';')]).toEqual([true, true]);
    }
    writeFileSync(join(box.dir, 'sheet.csv'), (await box.stancelog('log', '--csv', '--bom')).stdout);
    await box.json('append', 'sheet.csv', '--store', 'copy.jsonl');
    const data = async (store: string) => ((await box.json('log', '--store', store)) as Array<{ id: string; data: unknown }>).map((e) => [e.id, e.data]);
    expect(await data('copy.jsonl')).toEqual(await data('stancelog.jsonl'));
  });

  it('is refused without --csv, by each command that has it', async () => {
    for (const command of ['positions', 'contradictions', 'alignment', 'graph', 'log']) {
      const r = await box.stancelog(command, '--bom');
      expect([command, r.code, r.stderr]).toEqual([command, 1, 'stancelog: --bom: only with --csv (a byte order mark before its header, for a spreadsheet to read non-ASCII text right)\n']);
    }
  });
});
