import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderTable } from '../src/table.js';
import { sandbox } from './harness.js';
import type { Sandbox } from './harness.js';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.remove());

describe('stancelog usage', () => {
  it('exits with 2 on an unknown command', async () => {
    const r = await box.stancelog('stances');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'stances'");
  });

  it('exits with 2 when append is given no file', async () => {
    expect((await box.stancelog('append')).code).toBe(2);
  });

  it('exits with 2 on an unknown option', async () => {
    expect((await box.stancelog('positions', '--as-at', '2025-05-01')).code).toBe(2);
  });

  it('points a usage error at the help of the command it is in', async () => {
    const r = await box.stancelog('positions', '--bogus');
    expect([r.code, r.stderr]).toEqual([2, "error: unknown option '--bogus'\n(run stancelog positions --help for usage)\n"]);
    expect((await box.stancelog('store', 'migrate', '--bogus')).stderr).toContain('(run stancelog store migrate --help for usage)');
    expect((await box.stancelog('stances')).stderr).toContain('(run stancelog --help for usage)');
  });

  it('prints help on stdout with exit code 0', async () => {
    const r = await box.stancelog('--help');
    expect(r.code).toBe(0);
    for (const command of ['append', 'log', 'positions', 'contradictions']) expect(r.stdout).toContain(command);
  });

  it('exits with 2 and prints help on stderr when no command is given', async () => {
    const r = await box.stancelog();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: stancelog');
  });

  it('names the option a filter has in this command, and the commands an unknown option belongs to', async () => {
    expect((await box.stancelog('contradictions', '--holder', 'russia')).stderr).toBe(
      "error: unknown option '--holder'\n(Did you mean --actor? stancelog contradictions names the actor with --actor)\n(run stancelog contradictions --help for usage)\n",
    );
    expect((await box.stancelog('positions', '--actor', 'russia')).stderr).toContain('(Did you mean --holder? stancelog positions names the holder with --holder)\n');
    const r = await box.stancelog('log', '--watch');
    expect([r.code, r.stderr]).toEqual([2, "error: unknown option '--watch'\n(--watch is an option of stancelog contradictions, not of stancelog log)\n(run stancelog log --help for usage)\n"]);
    // A misspelling of the command's own option keeps its suggestion alone.
    expect((await box.stancelog('log', '--jsn')).stderr).toBe("error: unknown option '--jsn'\n(Did you mean --json?)\n(run stancelog log --help for usage)\n");
  });

  it('says an option of the commands given before the command goes after it, with the line it makes there (the README says every command takes --store: a review\'s finding)', async () => {
    const usage = '(run stancelog --help for usage)\n';
    const r = await box.stancelog('--store', 'x', 'log');
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `error: unknown option '--store'\n(--store goes after the command: stancelog log --store x)\n${usage}`]);
    // The rest of the line kept, a value given with = or holding a space, a subcommand, and a password masked.
    expect((await box.stancelog('--store=my logs/x.jsonl', '--json', 'positions', '--holder', 'russia')).stderr).toBe(
      `error: unknown option '--store=my logs/x.jsonl'\n(--store goes after the command: stancelog positions '--store=my logs/x.jsonl' --json --holder russia)\n${usage}`,
    );
    expect((await box.stancelog('--store', 'postgres://analyst:hunter22@h/db', 'store', 'migrate')).stderr).toBe(
      `error: unknown option '--store'\n(--store goes after the command: stancelog store migrate --store postgres://analyst:***@h/db)\n${usage}`,
    );
    // No command named, or one that does not take it.
    expect((await box.stancelog('--json')).stderr).toBe(`error: unknown option '--json'\n(--json goes after the command: stancelog COMMAND --json)\n${usage}`);
    expect((await box.stancelog('--watch', 'log')).stderr).toBe(`error: unknown option '--watch'\n(--watch goes after the command, and is an option of stancelog contradictions, not of stancelog log)\n${usage}`);
    // An option no command takes is unknown as before.
    expect((await box.stancelog('--stor', 'x', 'log')).stderr).toBe(`error: unknown option '--stor'\n${usage}`);
    expect(readdirSync(box.dir)).toEqual([]);
  });

  it('takes the word after an option that takes a value, given before the command, as its value and not as the command (a store folder named log)', async () => {
    const usage = '(run stancelog --help for usage)\n';
    const r = await box.stancelog('--store', 'log', 'positions');
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `error: unknown option '--store'\n(--store goes after the command: stancelog positions --store log)\n${usage}`]);
    // The value of another option before the command is passed over too; a switch takes none.
    expect((await box.stancelog('--store', 'x', '--holder', 'log', '--json', 'positions')).stderr).toBe(
      `error: unknown option '--store'\n(--store goes after the command: stancelog positions --store x --holder log --json)\n${usage}`,
    );
    // No command after the value: none is named.
    expect((await box.stancelog('--store', 'log')).stderr).toBe(`error: unknown option '--store'\n(--store goes after the command: stancelog COMMAND --store log)\n${usage}`);
    expect(readdirSync(box.dir)).toEqual([]);
  });

  it('says a switch of the command takes no value, where --json=false read as an option of other commands (a review\'s finding)', async () => {
    for (const [flag, name] of [['--json=false', '--json'], ['--no-snapshots=yes', '--no-snapshots']]) {
      const r = await box.stancelog('positions', flag!);
      expect([r.code, r.stderr]).toEqual([2, `error: ${name} takes no value: give ${name} alone, or leave it out (not ${flag})\n(run stancelog positions --help for usage)\n`]);
    }
  });

  it('refuses an option given twice with two values, rather than keep the last without a word', async () => {
    const r = await box.stancelog('positions', '--holder', 'russia', '--holder', 'ukraine');
    expect([r.code, r.stderr]).toEqual([
      2,
      "error: option '--holder <actor>' argument 'ukraine' is invalid. --holder is given twice (russia, then ukraine): it takes one value\n(run stancelog positions --help for usage)\n",
    ]);
    // The same value twice says the same thing once.
    expect((await box.stancelog('contradictions', '--status', 'open', '--status', 'open', '--store', 'none.jsonl')).stderr).toBe('stancelog: no log at none.jsonl: append statements first (stancelog append FILE.jsonl or FILE.csv), or name a log with --store\n');
  });

  it('refuses an option of the command taken as the value of the one before it, and appends nothing', async () => {
    box.write('talks.jsonl', [{ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', source: { quote: 'no truce' } }]);
    expect((await box.stancelog('append', 'talks.jsonl')).code).toBe(0);
    const log = readFileSync(join(box.dir, 'stancelog.jsonl'), 'utf8');
    // A reason forgotten: "--json" would be kept in the log for good as the reason.
    const r = await box.stancelog('withdraw', '1', '--reason', '--json');
    expect([r.code, r.stderr]).toEqual([
      2,
      "error: option '--reason <text>' argument '--json' is invalid. --json is an option of stancelog withdraw, not a value: --reason needs its value before it\n(run stancelog withdraw --help for usage)\n",
    ]);
    expect((await box.stancelog('append', 'talks.jsonl', '--store', '--json')).code).toBe(2);
    expect(readFileSync(join(box.dir, 'stancelog.jsonl'), 'utf8')).toBe(log);
    expect(readdirSync(box.dir).sort()).toEqual(['stancelog.jsonl', 'talks.jsonl']);
    // A value that only starts with a dash is a value.
    const dashed = await box.stancelog('withdraw', '1', '--reason', '- misattributed');
    expect([dashed.code, dashed.stderr]).toEqual([0, '']);
  });

  it('refuses an empty path (an unset shell variable) rather than read or write the working directory', async () => {
    writeFileSync(join(box.dir, 'notes.txt'), 'Kyiv rejected any territorial concessions on Friday, officials said.\n');
    for (const [argv, message] of [
      [['ingest', ''], 'an article path is empty: name article files or folders (an unset shell variable?)'],
      [['append', ''], 'a file name is empty: name .jsonl (or .csv) files, or - for the standard input (an unset shell variable?)'],
      [['report', '--out', ''], '--out is empty: name the folder to write the report to'],
    ] as const) {
      const r = await box.stancelog(...argv);
      expect([argv[0], r.code, r.stdout, r.stderr]).toEqual([argv[0], 1, '', `stancelog: ${message}\n`]);
    }
    expect(readdirSync(box.dir)).toEqual(['notes.txt']);
  });

  it('refuses "ingest -" saying that articles are read from files, where it said "-: no such file" (a review of a port strike)', async () => {
    const r = await box.stancelog('ingest', '-', '--dry-run');
    expect([r.code, r.stdout, r.stderr]).toEqual([1, '', 'stancelog: -: ingest reads article files and folders, not the standard input (as append - does): save the text as a file (article.txt, with its date in front matter or --published-at) and give its path\n']);
  });

  it('offers --rules FILE on every command that runs the analysis, given once per module, and on no other', async () => {
    for (const command of [['positions'], ['contradictions'], ['alignment'], ['graph'], ['timeline'], ['diff'], ['explain'], ['report']]) {
      const help = await box.stancelog(...command, '--help');
      expect([command[0], help.stdout]).toEqual([command[0], expect.stringMatching(/\n  --rules <file> +run the contradiction rules this JavaScript module exports\n/)]);
      expect(help.stdout).toContain('give it again for more modules (default:\n');
    }
    expect((await box.stancelog('contradictions', '--help')).stdout).toContain('reversal, conflicting-reports, self-contradiction, or that\n                      of a rule of --rules\n');
    // Given twice, it is no usage error (as another option given twice with two values is): each module is loaded in turn.
    const twice = await box.stancelog('contradictions', '--rules', 'a.mjs', '--rules', 'b.mjs');
    expect([twice.code, twice.stderr]).toEqual([1, 'stancelog: --rules a.mjs: no such file\n']);
    const log = await box.stancelog('log', '--rules', 'a.mjs');
    expect([log.code, log.stderr]).toEqual([2, "error: unknown option '--rules'\n(--rules is an option of stancelog positions, stancelog contradictions, stancelog alignment, stancelog graph, stancelog timeline, stancelog diff, stancelog explain, stancelog report, not of stancelog log)\n(run stancelog log --help for usage)\n"]);
  });

  it('reads no store on a user error in the options', async () => {
    const r = await box.stancelog('contradictions', '--status', 'closed');
    expect(r).toMatchObject({ code: 1, stderr: 'stancelog: --status "closed": expected open or resolved\n' });
  });
});

describe('renderTable', () => {
  it('pads every column but the last to its widest cell', () => {
    expect(renderTable(['a', 'bb', 'c'], [['xxx', 'y', 'z'], ['', 'yyy', '']])).toBe('a    bb   c\nxxx  y    z\n     yyy\n');
  });

  it('measures width in characters, not UTF-16 units', () => {
    const text = renderTable(['name', 'x'], [['Türkiye', '1'], ['𝔸', '2']]);
    expect(text.split('\n')[2]).toBe('𝔸        2');
  });
});
