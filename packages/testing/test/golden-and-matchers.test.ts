import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { analysis, replay } from '@stancelog/core';
import { SpecAssertionError, expectGolden, statement, stored, toGoldenText } from '@stancelog/testing';
import '@stancelog/testing/jest';
import { expect as globalsExpect } from '@jest/globals';

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

  it("refuse another reducer's state, and a state given for its text, saying what to pass (from JavaScript, where types do not stop them)", () => {
    // A reducer of one's own keyed by issue and holder, as the template's pressure index is: a Map of Maps, of numbers.
    const pressure = { byIssue: new Map([['ceasefire', new Map([['russia', 3]])]]), registered: new Set<string>() };
    const counts = { byHolder: new Map([['russia', 2]]) };
    // The counts gave an empty text, which any later state matched; the pressure threw reading `length` of undefined.
    for (const [state, keys] of [[counts, 'byHolder'], [pressure, 'byIssue, registered']] as const) {
      expect(() => toGoldenText(state as unknown as Parameters<typeof toGoldenText>[0])).toThrow(
        new TypeError(
          `toGoldenText: writes the positions and contradictions of a state of analysis() or positions() (or a ledger), and this one, an object with the keys ${keys}, has neither: write a text of your reducer's state yourself, and pass it to expectGolden`,
        ),
      );
    }
    const state = replay(analysis(), stored(log));
    expect(() => expectGolden(state as unknown as string, join(dir, 'state.txt'))).toThrow(
      new TypeError("expectGolden: compares a text, not an object with the keys registry, positions, contradictions, rules: pass toGoldenText(state) for a state of analysis() or positions(), or a text of your own reducer's state"),
    );
  });
});

describe('jest matchers', () => {
  it("type-check and run with @jest/globals' expect too", () => {
    globalsExpect(log).toHavePosition('russia', 'ceasefire', '-');
    globalsExpect(log).not.toHaveContradiction({ type: 'reversal' });
  });

  it('pass on a matching position or contradiction, from events or a state', () => {
    expect(log).toHavePosition('russia', 'ceasefire', '-');
    expect(replay(analysis(), stored(log))).toHaveContradiction({ type: 'incompatible', actors: ['ukraine', 'russia'] });
    expect(log).not.toHaveContradiction({ type: 'reversal' });
  });

  it('refuse to look for a contradiction type the analysis has no rule for, in a list of events or an analysis\'s state, either way', () => {
    const refusal = /^toHaveContradiction: a list of events is replayed with the default analysis\(\), which has no rule of type 'threat-during-talks' \(its types: incompatible, circular-precondition, reversal, conflicting-reports, self-contradiction\); replay the events with your rules/;
    expect(() => expect(log).toHaveContradiction({ type: 'threat-during-talks' })).toThrow(refusal);
    expect(() => expect(log).not.toHaveContradiction({ type: 'threat-during-talks' })).toThrow(refusal);
    // Given an analysis's state, the rules it ran say which types it can hold: a typo is refused too.
    const state = replay(analysis(), stored(log));
    const typo = /^toHaveContradiction: the analysis ran no rule of type 'incompatable' \(its types: incompatible, circular-precondition, reversal, conflicting-reports, self-contradiction\); check the type's spelling/;
    expect(() => expect(state).not.toHaveContradiction({ type: 'incompatable' })).toThrow(typo);
    expect(() => expect(state).toHaveContradiction({ type: 'incompatable' })).toThrow(typo);
    // An analysis with no rules says so, where it listed no types.
    expect(() => expect(replay(analysis({ rules: [] }), stored(log))).not.toHaveContradiction({ type: 'reversal' })).toThrow(
      "toHaveContradiction: the analysis ran no rule of type 'reversal' (it ran no rules); check the type's spelling",
    );
    // A ledger alone says nothing of the rules: the matcher looks at what it holds.
    expect(state.contradictions).not.toHaveContradiction({ type: 'threat-during-talks' });
  });

  it('read a state copied from another realm, as a snapshot loaded under jest is', () => {
    // Node's v8 module is outside jest's sandbox: its Maps are another realm's, as a file snapshot's are.
    const original = replay(analysis(), stored(log));
    const copy = deserialize(serialize(original)) as typeof original;
    expect(copy.positions.byIssue instanceof Map).toBe(false);
    expect(copy).toHavePosition('russia', 'ceasefire', '-');
    expect(copy.positions).toHavePosition('russia', 'ceasefire', '-');
    expect(copy.contradictions).toHaveContradiction({ type: 'incompatible' });
  });

  it('explain a failure by holder × issue and by closest contradiction', () => {
    expect(() => expect(log).toHavePosition('russia', 'ceasefire', '+')).toThrow("expected russia × ceasefire to be '+':\n  russia × ceasefire: polarity is '-', expected '+'");
    expect(() => expect(log).toHavePosition('france', 'ceasefire')).toThrow('france × ceasefire: missing (france has no position)');
    expect(() => expect(log).toHaveContradiction({ type: 'incompatible', status: 'resolved' })).toThrow(/status is 'open', expected 'resolved'[\s\S]*the state holds: incompatible \[russia, ukraine\] on ceasefire/);
    expect(() => expect(log).not.toHavePosition('russia', 'ceasefire', '-')).toThrow("expected russia × ceasefire not to be '-', but it is (- demand since 2025-05-16)");
  });

  it('name the keys of a state that holds no positions or contradictions, so the part to pass shows', () => {
    const counts = { byHolder: new Map<string, number>(), registry: {} };
    expect(() => expect(counts).toHavePosition('russia', 'grid', '+')).toThrow(
      "expected a state with positions (the positions reducer's, or one with a `positions` part) or a list of events, got an object with the keys byHolder, registry",
    );
    expect(() => expect(counts).toHaveContradiction({ type: 'incompatible' })).toThrow('got an object with the keys byHolder, registry');
    // A Map of Maps of numbers is no positions state: it threw reading the views of positions it has not.
    const pressure = { byIssue: new Map([['ceasefire', new Map([['russia', 3]])]]), registered: new Set<string>() };
    expect(() => expect(pressure).toHavePosition('russia', 'ceasefire', '+')).toThrow('got an object with the keys byIssue, registered');
  });
});
