import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analysis, replay } from '@stancelog/core';
import { SpecAssertionError, expectGolden, statement, stored, toGoldenText } from '@stancelog/testing';
import '@stancelog/testing/jest';

const log = [
  statement({ holder: 'russia', issue: 'ceasefire', kind: 'demand', polarity: '-', statedAt: '2025-05-16' }),
  statement({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-05-16' }),
];

describe('golden files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stancelog-golden-'));
  const text = toGoldenText(replay(analysis(), stored(log)));

  it('render positions and contradictions as stable text', () => {
    expect(text).toBe(
      'positions (2)\n  russia × ceasefire: - demand since 2025-05-16 · 1 statement, 1 source\n  ukraine × ceasefire: + demand since 2025-05-16 · 1 statement, 1 source\n\ncontradictions (1)\n' +
        `  incompatible [russia, ukraine] on ceasefire: 2025-05-16 -> open · 2 statements\n    ${replay(analysis(), stored(log)).contradictions.byIssue.get('ceasefire')!.records.values().next().value!.summary}\n`,
    );
  });

  it('name the lines that differ, and write the file under UPDATE_GOLDEN=1', () => {
    const file = join(dir, 'state.txt');
    expect(() => expectGolden(text, file)).toThrow(/does not exist: run the test with UPDATE_GOLDEN=1/);
    process.env.UPDATE_GOLDEN = '1';
    try {
      expectGolden(text, file);
    } finally {
      delete process.env.UPDATE_GOLDEN;
    }
    expectGolden(text, file);
    writeFileSync(file, readFileSync(file, 'utf8').replace('- demand since', '- reject since'));
    let error: unknown;
    try {
      expectGolden(text, file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SpecAssertionError);
    expect((error as SpecAssertionError).differences).toEqual(['line 2 -   russia × ceasefire: - reject since 2025-05-16 · 1 statement, 1 source', 'line 2 +   russia × ceasefire: - demand since 2025-05-16 · 1 statement, 1 source']);
  });
});

describe('jest matchers', () => {
  it('pass on a matching position or contradiction, from events or a state', () => {
    expect(log).toHavePosition('russia', 'ceasefire', '-');
    expect(replay(analysis(), stored(log))).toHaveContradiction({ type: 'incompatible', actors: ['ukraine', 'russia'] });
    expect(log).not.toHaveContradiction({ type: 'reversal' });
  });

  it('explain a failure by holder × issue and by closest contradiction', () => {
    expect(() => expect(log).toHavePosition('russia', 'ceasefire', '+')).toThrow("expected russia × ceasefire to be '+':\n  russia × ceasefire: polarity is '-', expected '+'");
    expect(() => expect(log).toHavePosition('france', 'ceasefire')).toThrow('france × ceasefire: missing (france has no position)');
    expect(() => expect(log).toHaveContradiction({ type: 'incompatible', status: 'resolved' })).toThrow(/status is 'open', expected 'resolved'[\s\S]*found: incompatible \[russia, ukraine\] on ceasefire/);
    expect(() => expect(log).not.toHavePosition('russia', 'ceasefire', '-')).toThrow("expected russia × ceasefire not to be '-', but it is (- demand since 2025-05-16)");
  });
});
