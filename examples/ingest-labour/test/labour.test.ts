import { readFileSync, writeFileSync, mkdtempSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describeBatch, readLabour } from '../src/labour.js';

// The example's folder. `__dirname` does not exist in an ES module (this
// package is one), and `import.meta` is a syntax error where jest runs tests
// as CommonJS (as here): ask jest where this file is.
const root = join(dirname(expect.getState().testPath!), '..');
const read = readLabour(root);

describe('a labour negotiation with its own lexicon and actors', () => {
  if (read._tag === 'Left') throw new Error(read.left);
  const batch = read.right;
  const has = (holder: string, issue: string, polarity: string, kind: string) =>
    batch.statements.some((s) => s.holder === holder && s.issue === issue && s.polarity === polarity && s.kind === kind);

  it('ingests both articles without errors', () => {
    expect(batch.errors).toEqual([]);
  });

  it("reads the union's rejection of the pay freeze as a demand for a raise", () => {
    expect(has('dockers-union', 'wage-increase', '-', 'reject')).toBe(false);
    expect(batch.statements.some((s) => s.holder === 'dockers-union' && s.issue === 'wage-increase' && s.polarity === '+')).toBe(true);
  });

  it('reads the shorter week as a condition before automation, said by the general secretary', () => {
    const c = batch.statements.find((s) => s.kind === 'condition' && s.issue === 'automation-limits');
    expect(c).toMatchObject({ holder: 'dockers-union', speaker: { name: 'Marta Silva', actor: 'dockers-union' } });
    expect(c?.conditions).toContainEqual({ issue: 'shorter-week', polarity: '+' });
  });

  it('reads the strike threat (its condition, a return to the table, names no issue of the lexicon)', () => {
    expect(batch.statements.some((s) => s.holder === 'dockers-union' && s.issue === 'strike' && s.kind === 'threat')).toBe(true);
  });

  it("reads the employer's red line, offer and rejection", () => {
    expect(has('port-authority', 'automation-limits', '-', 'red-line')).toBe(true);
    expect(has('port-authority', 'wage-increase', '+', 'propose')).toBe(true);
    expect(has('port-authority', 'arbitration', '+', 'propose')).toBe(true);
    expect(has('port-authority', 'shorter-week', '-', 'reject')).toBe(true);
  });

  it('does not give the employer the demand it dismissed (the article does not say whose it is)', () => {
    expect(batch.statements.filter((s) => s.issue === 'shorter-week' && s.kind === 'demand')).toEqual([]);
  });

  it("names the union as the article does, apostrophe and all (Harbour Workers' Union)", () => {
    const rejection = batch.statements.find((s) => s.holder === 'dockers-union' && s.kind === 'reject');
    expect(rejection?.speaker).toEqual({ name: "Harbour Workers' Union", actor: 'dockers-union' });
  });

  it('dates statements by their relative days', () => {
    expect(batch.statements.find((s) => s.issue === 'automation-limits' && s.holder === 'port-authority')?.statedAt).toBe('2026-02-19');
  });

  it('prints exactly the output the README shows', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const shown = /It prints[^\n]*:\n\n```\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(shown?.split('\n')).toEqual(describeBatch(batch, root));
  });
});

describe('the data files of the example', () => {
  it('refuses an actors file with a wrong field, and names the file and the field', () => {
    const copy = mkdtempSync(join(tmpdir(), 'labour-'));
    cpSync(join(root, 'lexicon.json'), join(copy, 'lexicon.json'));
    writeFileSync(join(copy, 'actors.json'), JSON.stringify([{ id: 'dockers-union', kind: 'union', name: 'HWU' }]));
    const r = readLabour(copy);
    expect(r._tag === 'Left' && r.left).toMatch(/actors\.json: \[0\]\.kind: expected/);
  });
});
