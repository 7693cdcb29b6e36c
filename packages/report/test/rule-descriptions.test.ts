import { analysis, openMemoryStore, readAll, statementMade } from '@stancelog/core';
import type { ContradictionRule } from '@stancelog/core';
import { describeRule, knownRuleDescription, reportData, RULE_DESCRIPTIONS, ruleDescriptions } from '@stancelog/report';

// Names every object has: a lookup by type that is not of the descriptions' own properties finds Object's.
const OBJECT_NAMES = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__'];

describe('the description of a rule, by its type', () => {
  it.each(OBJECT_NAMES)('of a rule of one\'s own named %s is its own, or says it is not a built-in rule', (type) => {
    expect(describeRule(type)).toBe(`found by the rule ${type} (not a built-in rule)`);
    expect(describeRule(type, [{ type, description: 'a holder threatens' }])).toBe('a holder threatens');
    // The report's data carries only the descriptions given: none of Object's.
    const described = ruleDescriptions([{ type }]);
    expect(Object.prototype.hasOwnProperty.call(described, type)).toBe(false);
    expect(Object.prototype.hasOwnProperty.call(ruleDescriptions([{ type, description: 'a holder threatens' }]), type)).toBe(true);
    expect(JSON.parse(JSON.stringify(ruleDescriptions([{ type, description: 'a holder threatens' }])))[type]).toBe('a holder threatens');
  });

  it.each(OBJECT_NAMES)("is known of a rule of one's own named %s only when it gives one", (type) => {
    expect(knownRuleDescription(type)).toBeUndefined();
    expect(knownRuleDescription(type, [{ type }])).toBeUndefined();
    expect(knownRuleDescription(type, [{ type, description: 'a holder threatens' }])).toBe('a holder threatens');
  });

  it.each(Object.keys(RULE_DESCRIPTIONS))('is known of the built-in rule %s, and is the one describeRule gives', (type) => {
    expect(knownRuleDescription(type)).toBe(RULE_DESCRIPTIONS[type]);
    expect(describeRule(type)).toBe(RULE_DESCRIPTIONS[type]);
    // A built-in rule's words stand, whatever a rule of one's own of its type says.
    expect(knownRuleDescription(type, [{ type, description: 'a holder threatens' }])).toBe(RULE_DESCRIPTIONS[type]);
  });

  it('is carried by the report data as the page reads it', async () => {
    const rule: ContradictionRule = { type: 'constructor', version: '1', initial: () => undefined, onStatement: () => undefined };
    const store = openMemoryStore();
    await store.append([statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-05-16', source: { quote: 'no truce' } })]);
    const data = reportData(await readAll(store), { analysis: { extraRules: [rule] } });
    expect(Object.prototype.hasOwnProperty.call(data.rules, 'constructor')).toBe(false);
    expect(analysis({ extraRules: [rule] }).name).toContain('constructor@1');
  });
});
