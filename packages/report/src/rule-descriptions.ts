/**
 * What each built-in contradiction rule looks for, in one sentence: the
 * "rule" line of `stancelog explain` and of the report's contradictions.
 *
 * @since 0.1.0
 */
import type { AnalysisOptions } from '@stancelog/core';

/**
 * The built-in rules, by contradiction type.
 *
 * @example
 * import { RULE_DESCRIPTIONS } from '@stancelog/report'
 * import { defaultRules } from '@stancelog/core'
 * // One sentence for each rule core runs by default: the "WHY" of `stancelog explain`.
 * assert.deepStrictEqual(Object.keys(RULE_DESCRIPTIONS), defaultRules().map((rule) => rule.type))
 * @category report
 * @since 0.1.0
 */
export const RULE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  incompatible:
    'two holders hold opposite current stances (+ against -) on the same issue, and at least one of them is a demand, a condition or a red line',
  'circular-precondition':
    "the preconditions of two or more holders (their conditions, a threat's triggers aside) form a cycle in the precondition graph, so no order of steps satisfies them all (a deadlock)",
  reversal: "a holder's own stance on an issue flipped from + to - or back (first-hand statements only); it stays open while the new stance stands, and ends when the holder turns back, hedges or retracts",
  'conflicting-reports':
    "different sources attribute different stances (for, against, non-committal) to the same holder on the same issue at about the same time, at least one of them a third-party report; it ends when the sources agree, or when the holder's own later word settles it, whoever speaks for the holder",
  'self-contradiction':
    "two of the holder's own speakers took opposite stances on the same issue within a few days of each other; it ends when they agree, or when another of the holder's speakers speaks after both",
};

/**
 * The description of a rule when one is known: a built-in rule's, or the
 * `description` a rule of one's own (among `own`) gives. Undefined for a
 * rule of one's own that gives none: all that is known of it is its type,
 * and what {@link describeRule} says of it is made of that alone.
 *
 * @example
 * import { knownRuleDescription } from '@stancelog/report'
 * assert.ok(knownRuleDescription('reversal')?.includes('flipped'))
 * assert.strictEqual(knownRuleDescription('threat-while-talking'), undefined)
 * assert.strictEqual(knownRuleDescription('constructor'), undefined)
 * const own = [{ type: 'threat-while-talking', description: 'a holder threatens while it proposes talks' }]
 * assert.strictEqual(knownRuleDescription('threat-while-talking', own), 'a holder threatens while it proposes talks')
 * assert.strictEqual(knownRuleDescription('threat-while-talking', [{ type: 'threat-while-talking', description: ' ' }]), undefined)
 * @category report
 * @since 0.1.0
 */
export function knownRuleDescription(type: string, own: ReadonlyArray<{ readonly type: string; readonly description?: string | undefined }> = []): string | undefined {
  // By own property: a type named as one of every object's (`constructor`, `toString`) is no built-in rule.
  // A blank description says nothing: the rule has none ("fires when ." otherwise).
  return (isBuiltIn(type) ? RULE_DESCRIPTIONS[type] : undefined) ?? own.find((r) => r.type === type && r.description !== undefined && r.description.trim() !== '')?.description;
}

/**
 * The description of a rule: a built-in rule's, the `description` a rule of
 * one's own gives (among `own`), or a neutral one for a rule that gives none
 * (see {@link knownRuleDescription}).
 *
 * @example
 * import { describeRule } from '@stancelog/report'
 * assert.ok(describeRule('reversal').includes('flipped'))
 * assert.strictEqual(describeRule('threat-while-talking'), 'found by the rule threat-while-talking (not a built-in rule)')
 * assert.strictEqual(describeRule('constructor'), 'found by the rule constructor (not a built-in rule)')
 * const own = [{ type: 'threat-while-talking', description: 'a holder threatens while it proposes talks' }]
 * assert.strictEqual(describeRule('threat-while-talking', own), 'a holder threatens while it proposes talks')
 * @category report
 * @since 0.1.0
 */
export function describeRule(type: string, own: ReadonlyArray<{ readonly type: string; readonly description?: string | undefined }> = []): string {
  return knownRuleDescription(type, own) ?? ownRuleWords(type);
}

/** What is said of a rule of one's own that gives no description: its type names what it found (the report's page says the same). */
function ownRuleWords(type: string): string {
  return `found by the rule ${type} (not a built-in rule)`;
}

const isBuiltIn = (type: string): boolean => Object.prototype.hasOwnProperty.call(RULE_DESCRIPTIONS, type);

/** What is read of a rule to say what it finds. */
type RuleWords = { readonly type: string; readonly description?: string | undefined };

const isRuleList = (own: unknown): own is ReadonlyArray<RuleWords> => Array.isArray(own);

/**
 * The descriptions of the built-in rules and of those of one's own among
 * `own` that give one ({@link describeRule}), by type: what a report's data
 * carries for its page to say of each contradiction. `own` is a list of
 * rules, or the options of the analysis the report runs (its `rules` and
 * `extraRules`).
 *
 * @example
 * import { ruleDescriptions } from '@stancelog/report'
 * const rules = ruleDescriptions([{ type: 'threat-while-talking', description: 'a holder threatens while it proposes talks' }, { type: 'quiet' }])
 * assert.strictEqual(rules['threat-while-talking'], 'a holder threatens while it proposes talks')
 * assert.ok(rules['reversal'] !== undefined && rules['quiet'] === undefined)
 * assert.deepStrictEqual(ruleDescriptions({ extraRules: [{ type: 'quiet', version: '1', description: 'nothing is said', initial: () => 0 }] })['quiet'], 'nothing is said')
 * @category report
 * @since 0.1.0
 */
export function ruleDescriptions(
  own: ReadonlyArray<{ readonly type: string; readonly description?: string | undefined }> | Pick<AnalysisOptions, 'rules' | 'extraRules'> | undefined = [],
): Readonly<Record<string, string>> {
  const rules: ReadonlyArray<RuleWords> = isRuleList(own) ? own : [...(own?.rules ?? []), ...(own?.extraRules ?? [])];
  const described = rules.filter((r) => r.description !== undefined && !isBuiltIn(r.type));
  return described.length === 0 ? RULE_DESCRIPTIONS : { ...RULE_DESCRIPTIONS, ...Object.fromEntries(described.map((r) => [r.type, r.description!])) };
}
