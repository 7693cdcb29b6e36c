/**
 * The checks a contradiction rule of one's own passes through: its shape,
 * when `analysis({ extraRules })` is given it, and each of its writes to
 * the ledger, as it makes them. A built-in rule, as core's factories make
 * it, is trusted; a rule of one's own, whatever its type, that opens
 * another rule's contradictions, or the same key under two issues (two
 * records of one id), would corrupt the analysis without a word, so it is
 * stopped with an error that says what it did.
 *
 * @since 0.1.0
 */
import type { ContradictionRule, RuleContext } from './contradiction-rule.js';
import type { Moment, OpenSpec } from './contradictions.js';
import { describeValue } from './value-description.js';

// The hooks through which a rule hears the log: it needs one at least.
const HOOKS = ['onStatement', 'onChange', 'onRegistry', 'onSettle'] as const;

// A type is the first word of its contradictions' ids (`type:key`), and goes into the analysis' name
// (`analysis(type@version,...)`), which keys its snapshots: no separator of either.
const TYPE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

// The rules core made (its five built-in rules, as their factories return them), trusted by the analysis: a rule of
// one's own that takes a built-in rule's type is checked as any other (an object it copied from one too).
const madeByCore = new WeakSet<object>();

/**
 * Marks a rule as one of core's built-in rules, trusted by the analysis
 * (not checked at each write): its factories call it.
 * @internal
 */
export function builtInRule<R extends ContradictionRule<any, any>>(rule: R): R {
  madeByCore.add(rule);
  return rule;
}

/**
 * Whether core made this rule (see {@link builtInRule}): the type alone
 * does not say it, as a rule of one's own may take a built-in rule's type
 * in `analysis({ rules })`.
 * @internal
 */
export function isBuiltInRule(rule: ContradictionRule<any, any>): boolean {
  return madeByCore.has(rule);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * Why `value` is not a contradiction rule, as the analysis needs one (see
 * {@link ContradictionRule}), or undefined when it is one: a `type` (a
 * name of letters, digits, `-`, `_` and `.`), a `version` string, an
 * `initial` function, at least one hook (`onStatement`, `onChange`,
 * `onRegistry`, `onSettle`), functions wherever it gives a hook or an
 * `initialSlot`, and a sentence (a string not blank) for a `description`.
 * `analysis()` refuses a rule it names a problem of; a tool that loads
 * rules (the command line's `--rules`) can say it first.
 *
 * @example
 * import { ruleProblem } from '@stancelog/core'
 * const rule = { type: 'threat-count', version: '1', initial: () => ({ count: 0 }), onStatement: () => undefined }
 * assert.strictEqual(ruleProblem(rule), undefined)
 * assert.strictEqual(ruleProblem({ ...rule, version: 1 }), "its version is a number (1), not a string (write version: '1')")
 * assert.match(ruleProblem({ ...rule, version: '1,other@2' })!, /^its version "1,other@2" holds a ','/)
 * assert.strictEqual(ruleProblem({ ...rule, description: ['threats'] }), 'its description is an array, not a sentence (what the rule finds: "a holder threatens while it proposes talks"; leave it out rather than empty)')
 * assert.strictEqual(ruleProblem({ ...rule, description: '' }), 'its description is a string (""), not a sentence (what the rule finds: "a holder threatens while it proposes talks"; leave it out rather than empty)')
 * assert.strictEqual(ruleProblem({ type: 'threat-count', version: '1', initial: () => 0 }), 'it has none of the hooks onStatement, onChange, onRegistry, onSettle: it would never hear the log')
 * assert.strictEqual(ruleProblem(() => rule), 'it is a function, not a rule (an object with type, version, initial and a hook): give the rule it makes')
 * @category rules
 * @since 0.1.0
 */
export function ruleProblem(value: unknown): string | undefined {
  if (typeof value === 'function') return 'it is a function, not a rule (an object with type, version, initial and a hook): give the rule it makes';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `it is ${describeValue(value)}, not a rule (an object with type, version, initial and a hook)`;
  }
  const rule = value as Record<string, unknown>;
  const missing = (field: string, what: string, hint = ''): string =>
    rule[field] === undefined ? `it has no ${field} (${what})` : `its ${field} is ${describeValue(rule[field])}, not ${what}${hint}`;
  if (typeof rule['type'] !== 'string' || rule['type'] === '') return missing('type', 'a string naming its contradictions');
  if (!TYPE_NAME.test(rule['type'])) {
    return `its type ${JSON.stringify(rule['type'])} is no name: use letters, digits, '-', '_' and '.' (a type begins its contradictions' ids, as in reversal:russia:ceasefire)`;
  }
  if (typeof rule['version'] !== 'string') {
    return missing('version', 'a string', typeof rule['version'] === 'number' ? ` (write version: '${String(rule['version'])}')` : '');
  }
  // The analysis' name joins the rules as type@version with commas: a version holding either would let two sets of rules share one name, and one snapshot.
  if (/[,@]|[\u0000-\u001f\u007f]/.test(rule['version'])) {
    return `its version ${JSON.stringify(rule['version'])} holds a ',', an '@' or a control character: use letters, digits and marks such as '.', '-', ':' (it names the rule in the analysis' name, type@version, joined by commas)`;
  }
  if (typeof rule['initial'] !== 'function') return missing('initial', 'a function (its state for an empty log)');
  // An empty one would say "fires when ." in explain's WHY: a description says what the rule finds, or is left out.
  if (rule['description'] !== undefined && (typeof rule['description'] !== 'string' || rule['description'].trim() === '')) {
    return missing('description', 'a sentence (what the rule finds: "a holder threatens while it proposes talks"; leave it out rather than empty)');
  }
  if (rule['initialSlot'] !== undefined && typeof rule['initialSlot'] !== 'function') return missing('initialSlot', 'a function');
  for (const hook of HOOKS) if (rule[hook] !== undefined && typeof rule[hook] !== 'function') return missing(hook, 'a function');
  if (HOOKS.every((hook) => rule[hook] === undefined)) return `it has none of the hooks ${HOOKS.join(', ')}: it would never hear the log`;
  return undefined;
}

/**
 * Builds a contradiction rule of one's own, as `reducer` builds a reducer:
 * gives it its type, so that a rule written inline infers its state from
 * `initial` (and its slot from `initialSlot`) and its hooks are typed with
 * it (in `analysis({ extraRules: [{ ... }] })` a rule's state is `any`), and
 * checks it as `analysis()` does (see {@link ruleProblem}): a rule that is
 * none throws a `RangeError` naming what is wrong, where it is made.
 *
 * @example
 * import { analysis, contradictionRule, openMemoryStore, readAll, replay, ruleState, statementMade } from '@stancelog/core'
 * const threats = contradictionRule({
 *   type: 'threat-count', version: '1', initial: () => ({ count: 0 }),
 *   // `state` is { count: number }, from `initial`: `state.nope` would not compile.
 *   onStatement: (_ctx, state, entry) => { if (entry.kind === 'threat') state.count++ },
 * })
 * const store = openMemoryStore()
 * await store.append([statementMade({ holder: 'russia', issue: 'black-sea-shipping', kind: 'threat', polarity: '-', source: { quote: 'ships bound for Ukrainian ports are targets' } })])
 * assert.strictEqual(ruleState(replay(analysis({ extraRules: [threats] }), await readAll(store)), threats)?.count, 1)
 * // Checked as analysis() checks a rule, where it is made.
 * assert.throws(() => contradictionRule({ ...threats, version: 1 } as any), { name: 'RangeError', message: "contradictionRule: its version is a number (1), not a string (write version: '1')" })
 * @category rules
 * @since 0.1.0
 */
export function contradictionRule<R, S = undefined>(rule: ContradictionRule<R, S>): ContradictionRule<R, S> {
  const problem = ruleProblem(rule);
  if (problem !== undefined) throw new RangeError(`contradictionRule: ${problem}`);
  return rule;
}

/**
 * What a rule of one's own is stopped with when it misuses its context:
 * a write with arguments of the wrong kind, one of another rule's type, or
 * a key opened under another issue than the one it is open under. Thrown
 * from the hook (a replay then throws a `RecipeError` naming the event,
 * this as its `cause`).
 *
 * @example
 * import { analysis, momentOf, RecipeError, replay, RuleContextError } from '@stancelog/core'
 * import type { ContradictionRule } from '@stancelog/core'
 * import { statement, stored } from '@stancelog/testing'
 * // Files its contradiction under the issue of each threat: the second threat opens the key under another issue.
 * const threatens: ContradictionRule<undefined> = { type: 'threatens', version: '1', initial: () => undefined,
 *   onStatement: (ctx, _s, e, p) => { if (e.kind === 'threat') ctx.open({ type: 'threatens', key: p.holder, issues: [p.issue], actors: [p.holder], since: momentOf(e), statements: [e.id], summary: 'threatens' }) } }
 * const log = stored([statement({ holder: 'russia', issue: 'grid', kind: 'threat', polarity: '+' }), statement({ holder: 'russia', issue: 'sanctions', kind: 'threat', polarity: '+' })])
 * assert.throws(() => replay(analysis({ extraRules: [threatens] }), log), (e: unknown) =>
 *   e instanceof RecipeError && e.cause instanceof RuleContextError &&
 *   e.cause.message === 'rule threatens: ctx.open: threatens:russia is open under the issue grid, not sanctions: a key names one contradiction, filed under the first of its issues (give it the same first issue, or another key)')
 * @category rules
 * @since 0.1.0
 */
export class RuleContextError extends Error {
  override readonly name = 'RuleContextError';
  /**
   * @param rule The type of the rule that misused its context.
   * @param misuse What it did, from the method on: "ctx.open: key must be ...".
   */
  constructor(
    readonly rule: string,
    readonly misuse: string,
  ) {
    super(`rule ${rule}: ${misuse}`);
  }
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const MOMENT_HINT = 'use momentOf(entry) (of @stancelog/core), or { time: entry.validFrom, label: entry.label }';

/** Why a value is not a moment `{ time, label }`, or undefined. */
function momentProblem(value: unknown, name: string): string | undefined {
  if (isObject(value) && typeof value['time'] === 'number' && Number.isFinite(value['time']) && typeof value['label'] === 'string') return undefined;
  const what = isObject(value) && !Array.isArray(value) ? `an object of time ${describeValue(value['time'])} and label ${describeValue(value['label'])}` : describeValue(value);
  return `${name} must be a moment { time: number, label: string }, not ${what}: ${MOMENT_HINT}`;
}

/** Why a value is not a non-empty array of non-empty strings, or undefined. */
function namesProblem(value: unknown, name: string, example: string): string | undefined {
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' && v !== '')) return undefined;
  if (typeof value === 'string') return `${name} must be an array of strings, not ${describeValue(value)}: write [${JSON.stringify(value)}]`;
  if (Array.isArray(value)) return value.length === 0 ? `${name} must name one at least (${example})` : `${name} must hold strings only (${example}), not ${describeValue(value.find((v) => typeof v !== 'string' || v === ''))}`;
  return `${name} must be an array of strings (${example}), not ${describeValue(value)}`;
}

/** Why a key is not one: a non-empty string of one line, without `#` (which numbers a contradiction's records: `id#2`). */
function keyProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return `key must be a non-empty string (position.key, or holder + ':' + issue), not ${describeValue(value)}`;
  if (value.includes('#')) return `key ${JSON.stringify(value)} holds a '#', which numbers a contradiction's records (id#2): use another mark`;
  if (CONTROL.test(value)) return `key ${JSON.stringify(value)} holds a line break or a control character`;
  return undefined;
}

/** The issue a contradiction of `type` and `key` is open under, if it is open. */
function openUnder(ctx: RuleContext, type: string, key: string): string | undefined {
  const id = `${type}:${key}`;
  for (const [issue, ledger] of ctx.contradictions.byIssue) if (ledger.status.get(id)?.open !== undefined) return issue;
  return undefined;
}

/**
 * `ctx` as a rule of one's own of type `type` is given it: its reads
 * (`positions`, `registry`, `contradictions`) pass through; its writes
 * check their arguments, refuse another type than the rule's own (a
 * built-in rule's named so), and a key opened or resolved under another
 * issue than the one it is open under.
 */
function checkedContext(ctx: RuleContext, type: string, builtIn: ReadonlySet<string>): RuleContext {
  const fail = (method: string, problem: string): never => {
    throw new RuleContextError(type, `ctx.${method}: ${problem}`);
  };
  const ownType = (method: string, given: unknown): void => {
    if (given === type) return;
    // Another type is named as written, quoted: "not a string" reads as the fault when the rule's own type is a string too.
    const shown = typeof given === 'string' ? `${JSON.stringify(given)}${builtIn.has(given) ? ", a built-in rule's type" : ''}` : describeValue(given);
    fail(method, `type must be the rule's own (${JSON.stringify(type)}), not ${shown}: a rule writes and reads only its own contradictions`);
  };
  const text = (method: string, value: unknown, name: string): void => {
    if (typeof value !== 'string') fail(method, `${name} must be a string, not ${describeValue(value)}`);
  };
  const checked = Object.create(ctx) as Record<string, unknown>;
  checked['open'] = (spec: unknown): void => {
    if (!isObject(spec) || Array.isArray(spec)) fail('open', `takes one object { type, key, issues, actors, since, statements, summary }, not ${describeValue(spec)}`);
    const s = spec as Record<string, unknown>;
    ownType('open', s['type']);
    const problem =
      keyProblem(s['key']) ??
      namesProblem(s['issues'], 'issues', '[position.issue]: the first is the issue it is filed under') ??
      namesProblem(s['actors'], 'actors', '[position.holder]') ??
      momentProblem(s['since'], 'since') ??
      (Array.isArray(s['statements']) && s['statements'].every((v) => typeof v === 'string') ? undefined : `statements must be an array of statement ids ([entry.id]), not ${describeValue(s['statements'])}`) ??
      (typeof s['summary'] === 'string' ? undefined : `summary must be a string, not ${describeValue(s['summary'])}`) ??
      (s['distinct'] === undefined || typeof s['distinct'] === 'boolean' ? undefined : `distinct must be true, false or left out, not ${describeValue(s['distinct'])}`);
    if (problem !== undefined) fail('open', problem);
    const filed = (s['issues'] as string[])[0]!;
    const under = openUnder(ctx, type, s['key'] as string);
    if (under !== undefined && under !== filed) {
      fail('open', `${type}:${s['key'] as string} is open under the issue ${under}, not ${filed}: a key names one contradiction, filed under the first of its issues (give it the same first issue, or another key)`);
    }
    ctx.open(spec as unknown as OpenSpec);
  };
  checked['resolve'] = (t: unknown, issue: unknown, key: unknown, at: unknown, by?: unknown): void => {
    ownType('resolve', t);
    text('resolve', issue, 'issue');
    text('resolve', key, 'key');
    const problem = momentProblem(at, 'at');
    if (problem !== undefined) fail('resolve', problem);
    if (by !== undefined) text('resolve', by, 'by (the id of the statement that ends it)');
    const under = openUnder(ctx, type, key as string);
    if (under !== undefined && under !== issue) fail('resolve', `${type}:${key as string} is open under the issue ${under}, not ${issue as string}: name the issue it is filed under (the first of its issues)`);
    ctx.resolve(type, issue as string, key as string, at as Moment, by as string | undefined);
  };
  checked['isOpen'] = (t: unknown, issue: unknown, key: unknown): boolean => {
    ownType('isOpen', t);
    return ctx.isOpen(type, issue as string, key as string);
  };
  checked['rewind'] = (t: unknown, issue: unknown, key: unknown, keep: unknown, reopen?: unknown): unknown => {
    ownType('rewind', t);
    return ctx.rewind(type, issue as string, key as string, keep as number, reopen as boolean | undefined);
  };
  checked['append'] = (t: unknown, issue: unknown, key: unknown, records: unknown): void => {
    ownType('append', t);
    ctx.append(type, issue as string, key as string, records as never);
  };
  return checked as unknown as RuleContext;
}

/**
 * `rule` with each hook given the context through a wrapper (made once per
 * context: a replay uses one throughout) that checks its writes. Its type,
 * version, description, `initial` and `initialSlot` are the rule's own.
 * @internal
 */
export function checkedRule<S, Slot>(rule: ContradictionRule<S, Slot>, builtIn: ReadonlySet<string>): ContradictionRule<S, Slot> {
  const contexts = new WeakMap<object, RuleContext>();
  const contextOf = (ctx: RuleContext): RuleContext => {
    let checked = contexts.get(ctx);
    if (checked === undefined) contexts.set(ctx, (checked = checkedContext(ctx, rule.type, builtIn)));
    return checked;
  };
  // Its own fields and methods through the prototype (a rule may be a class's instance): the hooks are replaced.
  const checked = Object.create(rule) as Record<string, unknown>;
  for (const name of HOOKS) {
    const f = rule[name] as ((...args: unknown[]) => unknown) | undefined;
    if (f === undefined) continue;
    // Called on the rule, as the analysis would: a hook written as a method may read `this`.
    checked[name] = (ctx: RuleContext, ...rest: unknown[]): unknown => f.call(rule, contextOf(ctx), ...rest);
  }
  return checked as unknown as ContradictionRule<S, Slot>;
}
