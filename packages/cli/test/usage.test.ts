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
