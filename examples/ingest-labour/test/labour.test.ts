import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor } from '@stancelog/core';
import { buildRegistry, DEFAULT_ACTORS, ingestFiles, Lexicon, compileLexicon } from '@stancelog/ingest';

const root = join(__dirname, '..');
const lexicon = Lexicon.decode(JSON.parse(readFileSync(join(root, 'lexicon.json'), 'utf8')));
const actors = JSON.parse(readFileSync(join(root, 'actors.json'), 'utf8')) as Actor[];

describe('a labour negotiation with its own lexicon and actors', () => {
  if (lexicon._tag !== 'Right') throw new Error('lexicon.json does not decode');
  const batch = ingestFiles([join(root, 'articles')], { lexicon: compileLexicon(lexicon.right), registry: buildRegistry([...DEFAULT_ACTORS, ...actors], {}) });
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

  it('reads the strike threat with its condition', () => {
    expect(batch.statements.some((s) => s.holder === 'dockers-union' && s.issue === 'strike' && s.kind === 'threat')).toBe(true);
  });

  it("reads the employer's red line, offer and rejection", () => {
    expect(has('port-authority', 'automation-limits', '-', 'red-line')).toBe(true);
    expect(has('port-authority', 'wage-increase', '+', 'propose')).toBe(true);
    expect(has('port-authority', 'arbitration', '+', 'propose')).toBe(true);
    expect(has('port-authority', 'shorter-week', '-', 'reject')).toBe(true);
  });

  it('dates statements by their relative days', () => {
    expect(batch.statements.find((s) => s.issue === 'automation-limits' && s.holder === 'port-authority')?.statedAt).toBe('2026-02-19');
  });
});
