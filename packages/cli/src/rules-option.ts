/**
 * The `--rules FILE` option (and `$STANCELOG_RULES`): contradiction rules of
 * the user's own, loaded from JavaScript modules and run beside the
 * built-in ones by every command that shows the analysis (`positions`,
 * `contradictions` and its `--watch`, `timeline`, `diff`, `explain`,
 * `report`).
 *
 * A module gives its rules as its default export (a rule, or an array of
 * rules) or as a named export `rules` (an array); a CommonJS module as
 * `module.exports` (a rule, an array, or an object with `rules`). Each is
 * checked before it runs: a mistake is named, with its file and its
 * export, rather than met as a crash halfway through the log.
 *
 * @since 0.1.0
 */
import { statSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import type { Command } from 'commander';
import { analysis, defaultRules } from '@stancelog/core';
import type { AnalysisState, ContradictionRule, Reducer } from '@stancelog/core';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';
import type { CliIo } from './io.js';

/**
 * A contradiction rule of any state, as a module gives it.
 *
 * @example
 * import type { AnyRule } from './rules-option.js'
 * const rule: AnyRule = { type: 'threat-count', version: '1', initial: () => ({ count: 0 }), onStatement: (_ctx, state: { count: number }) => void state.count++ }
 * assert.strictEqual(rule.type, 'threat-count')
 * @category rules
 * @since 0.1.0
 * @internal
 */
export type AnyRule = ContradictionRule<any, any>;

/**
 * Help of `--rules`.
 *
 * @example
 * import { Command } from 'commander'
 * import { RULES_OPTION_HELP, withRulesOption } from './rules-option.js'
 * const command = withRulesOption(new Command('contradictions'))
 * assert.strictEqual(command.options.find((o) => o.long === '--rules')?.description, RULES_OPTION_HELP)
 * @category rules
 * @since 0.1.0
 * @internal
 */
export const RULES_OPTION_HELP =
  'run the contradiction rules this JavaScript module exports (default export, or export const rules = [...]) beside the built-in ones; give it again for more modules (default: $STANCELOG_RULES)';

/**
 * Adds `--rules <file>` to a command: it may be given several times, each
 * time with one module, and `rules` is then the list of them (undefined
 * when it is not given).
 *
 * @example
 * import { Command } from 'commander'
 * import { withRulesOption } from './rules-option.js'
 * const command = withRulesOption(new Command('contradictions')).action(() => undefined)
 * command.parse(['--rules', 'threats.mjs', '--rules', 'deadlines.mjs'], { from: 'user' })
 * assert.deepStrictEqual(command.opts().rules, ['threats.mjs', 'deadlines.mjs'])
 * @category rules
 * @since 0.1.0
 * @internal
 */
export function withRulesOption(command: Command): Command {
  return command.option('--rules <file>', RULES_OPTION_HELP, (file: string, previous: string[] | undefined) => [...(previous ?? []), file]);
}

/**
 * The rule files a command runs: those of `--rules`, or else those
 * `$STANCELOG_RULES` names, separated as in `PATH` (`:`; `;` on Windows).
 * An empty variable names none.
 *
 * @example
 * import { ruleFiles } from './rules-option.js'
 * assert.deepStrictEqual(ruleFiles(['a.mjs'], { STANCELOG_RULES: 'b.mjs' }), { files: ['a.mjs'], from: '--rules' })
 * assert.deepStrictEqual(ruleFiles(undefined, { STANCELOG_RULES: 'b.mjs:rules/c.mjs' }), { files: ['b.mjs', 'rules/c.mjs'], from: '$STANCELOG_RULES' })
 * assert.deepStrictEqual(ruleFiles(undefined, { STANCELOG_RULES: '' }), { files: [], from: '$STANCELOG_RULES' })
 * @category rules
 * @since 0.1.0
 * @internal
 */
export function ruleFiles(option: ReadonlyArray<string> | undefined, env: CliIo['env']): { files: ReadonlyArray<string>; from: '--rules' | '$STANCELOG_RULES' } {
  if (option !== undefined) return { files: option, from: '--rules' };
  const named = env['STANCELOG_RULES'] ?? '';
  return { files: named.trim() === '' ? [] : named.split(delimiter).filter((f) => f.trim() !== ''), from: '$STANCELOG_RULES' };
}

// The hooks through which a rule hears the log: it needs one at least.
const HOOKS = ['onStatement', 'onChange', 'onRegistry', 'onSettle'] as const;

// A type is the first word of its contradictions' ids (`type:key`), and goes into the analysis' name
// (`analysis(type@version,...)`), which keys its snapshots: no separator of either.
const TYPE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** What a value is, in a word, for an error that says it is not what was expected. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)})`;
    case 'number':
    case 'boolean':
    case 'bigint':
      return `a ${typeof value} (${String(value)})`;
    case 'function':
      return 'a function';
    case 'undefined':
      return 'undefined';
    default:
      return `an ${typeof value}`;
  }
}

/**
 * Why `value` is not a contradiction rule, as the analysis needs one (see
 * core's `ContradictionRule`), or undefined when it is one: a `type` (a
 * name of letters, digits, `-`, `_` and `.`), a `version` string, an
 * `initial` function, at least one hook (`onStatement`, `onChange`,
 * `onRegistry`, `onSettle`), functions wherever it gives a hook or an
 * `initialSlot`, and a string for a `description`.
 *
 * @example
 * import { ruleProblem } from './rules-option.js'
 * const rule = { type: 'threat-count', version: '1', initial: () => ({ count: 0 }), onStatement: () => undefined }
 * assert.strictEqual(ruleProblem(rule), undefined)
 * assert.strictEqual(ruleProblem({ ...rule, version: 1 }), "its version is a number (1), not a string (write version: '1')")
 * assert.strictEqual(ruleProblem({ ...rule, description: ['threats'] }), 'its description is an array, not a string (what the rule finds: "a holder threatens while it proposes talks")')
 * assert.strictEqual(ruleProblem({ type: 'threat-count', version: '1', initial: () => 0 }), 'it has none of the hooks onStatement, onChange, onRegistry, onSettle: it would never hear the log')
 * assert.strictEqual(ruleProblem(() => rule), 'it is a function, not a rule: export the rule it makes (an object with type, version, initial and a hook)')
 * @category rules
 * @since 0.1.0
 * @internal
 */
export function ruleProblem(value: unknown): string | undefined {
  if (typeof value === 'function') return 'it is a function, not a rule: export the rule it makes (an object with type, version, initial and a hook)';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `it is ${kindOf(value)}, not a rule (an object with type, version, initial and a hook)`;
  }
  const rule = value as Record<string, unknown>;
  const missing = (field: string, what: string, hint = ''): string =>
    rule[field] === undefined ? `it has no ${field} (${what})` : `its ${field} is ${kindOf(rule[field])}, not ${what}${hint}`;
  if (typeof rule['type'] !== 'string' || rule['type'] === '') return missing('type', 'a string naming its contradictions');
  if (!TYPE_NAME.test(rule['type'])) {
    return `its type ${JSON.stringify(rule['type'])} is no name: use letters, digits, '-', '_' and '.' (a type begins its contradictions' ids, as in reversal:russia:ceasefire)`;
  }
  if (typeof rule['version'] !== 'string') {
    return missing('version', 'a string', typeof rule['version'] === 'number' ? ` (write version: '${String(rule['version'])}')` : '');
  }
  if (typeof rule['initial'] !== 'function') return missing('initial', 'a function (its state for an empty log)');
  if (rule['description'] !== undefined && typeof rule['description'] !== 'string') return missing('description', 'a string (what the rule finds: "a holder threatens while it proposes talks")');
  if (rule['initialSlot'] !== undefined && typeof rule['initialSlot'] !== 'function') return missing('initialSlot', 'a function');
  for (const hook of HOOKS) if (rule[hook] !== undefined && typeof rule[hook] !== 'function') return missing(hook, 'a function');
  if (HOOKS.every((hook) => rule[hook] === undefined)) return `it has none of the hooks ${HOOKS.join(', ')}: it would never hear the log`;
  return undefined;
}

/** A rule found in a module, with the export that gave it (`default`, `rules[2]`). */
interface Exported {
  readonly rule: AnyRule;
  readonly file: string;
  readonly name: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The rules a module's exports give (its namespace, as `import()` gives
 * it), each named by its export; or why they give none. A default export
 * that is an object with `rules` and no `type` is a CommonJS module's
 * `module.exports = { rules }`. A rule exported both ways (the default,
 * and in `rules`) counts once.
 *
 * @example
 * import { exportedRules } from './rules-option.js'
 * const rule = { type: 'threat-count', version: '1', initial: () => ({ count: 0 }), onStatement: () => undefined }
 * const names = (r: ReturnType<typeof exportedRules>) => (r._tag === 'Right' ? r.right.map((e) => e.name) : r.left)
 * assert.deepStrictEqual(names(exportedRules({ default: rule })), ['default'])
 * assert.deepStrictEqual(names(exportedRules({ rules: [rule, { ...rule, type: 'other' }] })), ['rules[0]', 'rules[1]'])
 * assert.deepStrictEqual(names(exportedRules({ default: { rules: [rule] } })), ['rules[0]'])
 * assert.deepStrictEqual(names(exportedRules({ default: [rule], rules: [rule] })), ['default[0]'])
 * assert.strictEqual(names(exportedRules({ helper: () => 1 })), 'exports no rules: export default a rule or an array of rules, or export const rules = [...] (module.exports in CommonJS)')
 * assert.strictEqual(names(exportedRules({ rules: [{ ...rule, initial: undefined }] })), 'export rules[0] is no contradiction rule: it has no initial (a function (its state for an empty log))')
 * @category rules
 * @since 0.1.0
 * @internal
 */
export function exportedRules(namespace: unknown): Either<string, ReadonlyArray<{ readonly rule: AnyRule; readonly name: string }>> {
  const found: Array<{ value: unknown; name: string }> = [];
  const add = (value: unknown, name: string): void => {
    if (Array.isArray(value)) value.forEach((item, i) => found.push({ value: item, name: `${name}[${i}]` }));
    else found.push({ value, name });
  };
  const exports = isObject(namespace) ? namespace : {};
  const fallback = exports['default'];
  // CommonJS's `module.exports = { rules }` (or `exports.rules = ...`): import() gives it as the default.
  const commonJsRules = isObject(fallback) && !Array.isArray(fallback) && fallback['type'] === undefined && fallback['rules'] !== undefined;
  if (fallback !== undefined && !commonJsRules) add(fallback, 'default');
  const named = exports['rules'] ?? (commonJsRules ? (fallback as Record<string, unknown>)['rules'] : undefined);
  if (named !== undefined) {
    if (!Array.isArray(named)) return left(`export rules is ${kindOf(named)}, not an array of rules (export const rules = [...])`);
    add(named, 'rules');
  }
  const seen = new Set<unknown>();
  const rules: Array<{ rule: AnyRule; name: string }> = [];
  for (const { value, name } of found) {
    if (seen.has(value)) continue;
    seen.add(value);
    const problem = ruleProblem(value);
    if (problem !== undefined) return left(`export ${name} is no contradiction rule: ${problem}`);
    rules.push({ rule: value as AnyRule, name });
  }
  if (rules.length === 0) return left('exports no rules: export default a rule or an array of rules, or export const rules = [...] (module.exports in CommonJS)');
  return right(rules);
}

// The codes of an import() the host cannot do: a vm context given no module loader (jest's, without --experimental-vm-modules).
const NO_IMPORT = new Set(['ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING', 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG']);

// A dynamic import the compiler leaves alone: the CommonJS build would make `import()` a require(), which loads no ES module.
const nativeImport = new Function('url', 'return import(url)') as (url: string) => Promise<unknown>;

/** What a message says of a thrown value: its name and message (errors of a module are of another realm under a vm: no instanceof). */
function thrownText(error: unknown): string {
  if (isObject(error) && typeof error['message'] === 'string') {
    const name = typeof error['name'] === 'string' && error['name'] !== 'Error' ? `${error['name']}: ` : '';
    return `${name}${error['message']}`;
  }
  return String(error);
}

/**
 * The namespace of the module at `path` (absolute): `import()` of it, or,
 * in a host that gives code no `import()` (a vm context without a module
 * loader, as jest runs tests in), Node's own `require()`, which loads an
 * ES module too (Node 20.19 and later) and gives a CommonJS module's
 * `module.exports` as the default.
 */
async function importModule(path: string): Promise<unknown> {
  try {
    return await nativeImport(pathToFileURL(path).href);
  } catch (error) {
    const code = isObject(error) ? error['code'] : undefined;
    const builtin = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule;
    if (typeof code !== 'string' || !NO_IMPORT.has(code) || builtin === undefined) throw error;
    const { createRequire } = builtin('node:module') as typeof import('node:module');
    const loaded: unknown = createRequire(path)(path);
    return Object.prototype.toString.call(loaded) === '[object Module]' ? loaded : { default: loaded };
  }
}

/**
 * `rule` with each of its functions made to name the rule and its file
 * when it throws: a bug in a rule of one's own then reads `rule T of FILE
 * failed in onStatement: ...`, not as a failure of stancelog's.
 *
 * @example
 * import { guardedRule } from './rules-option.js'
 * const buggy = { type: 'buggy', version: '1', initial: () => undefined, onStatement: () => { throw new TypeError('no holder') } }
 * assert.throws(() => guardedRule(buggy, 'buggy.mjs').onStatement!({} as any, undefined, {} as any, {} as any, undefined), { message: 'rule buggy of buggy.mjs failed in onStatement: TypeError: no holder' })
 * @category rules
 * @since 0.1.0
 * @internal
 */
export function guardedRule(rule: AnyRule, file: string): AnyRule {
  const guarded: Record<string, unknown> = { type: rule.type, version: rule.version, ...(rule.description !== undefined ? { description: rule.description } : {}) };
  for (const name of ['initial', 'initialSlot', ...HOOKS] as const) {
    const f = rule[name] as ((...args: unknown[]) => unknown) | undefined;
    if (f === undefined) continue;
    guarded[name] = (...args: unknown[]): unknown => {
      try {
        // Called on the rule, as the analysis would: a hook written as a method may read `this`.
        return f.apply(rule, args);
      } catch (error) {
        throw new Error(`rule ${rule.type} of ${file} failed in ${name}: ${thrownText(error)}`);
      }
    };
  }
  return guarded as unknown as AnyRule;
}

/**
 * Loads the rules of one module file (relative to the working directory),
 * or says why it gives none, naming the file as given.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { loadRuleFile } from './rules-option.js'
 * const cwd = mkdtempSync(join(tmpdir(), 'rules-'))
 * writeFileSync(join(cwd, 'count.mjs'), "export default { type: 'threat-count', version: '1', initial: () => ({ count: 0 }), onStatement: (_ctx, s, entry) => { if (entry.kind === 'threat') s.count++ } }\n")
 * const r = await loadRuleFile('count.mjs', cwd)
 * assert.ok(r._tag === 'Right' && r.right[0]!.rule.type === 'threat-count' && r.right[0]!.name === 'default')
 * const none = await loadRuleFile('nope.mjs', cwd)
 * assert.ok(none._tag === 'Left' && none.left === 'nope.mjs: no such file')
 * @category rules
 * @since 0.1.0
 * @internal
 */
export async function loadRuleFile(file: string, cwd: string): Promise<Either<string, ReadonlyArray<Exported>>> {
  const path = resolve(cwd, file);
  try {
    if (statSync(path).isDirectory()) return left(`${file}: a folder, not a module file`);
  } catch (error) {
    const code = isObject(error) ? error['code'] : undefined;
    return left(code === 'ENOENT' || code === 'ENOTDIR' ? `${file}: no such file` : `${file}: ${thrownText(error)}`);
  }
  let namespace: unknown;
  try {
    namespace = await importModule(path);
  } catch (error) {
    return left(`${file}: cannot load it: ${thrownText(error)}`);
  }
  const rules = exportedRules(namespace);
  return isLeft(rules) ? left(`${file}: ${rules.left}`) : right(rules.right.map((r) => ({ ...r, file })));
}

/**
 * The rules a command runs beside the built-in ones: those of the modules
 * `--rules` names (`option`), or else `$STANCELOG_RULES`, in order; none
 * when neither names one. A module named twice counts once. Each rule is
 * given as {@link guardedRule} makes it. Refused, with
 * the file (and the export) named: a file missing or that fails to load
 * (its error's message), a module that exports no rule or something that
 * is no rule, two rules of one type, a rule of a built-in rule's type.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { loadRules } from './rules-option.js'
 * const cwd = mkdtempSync(join(tmpdir(), 'rules-'))
 * const io = { stdout: process.stdout, stderr: process.stderr, cwd, env: {} }
 * writeFileSync(join(cwd, 'count.mjs'), "export const rules = [{ type: 'threat-count', version: '1', initial: () => ({ count: 0 }), onStatement: (_ctx, s, entry) => { if (entry.kind === 'threat') s.count++ } }]\n")
 * const loaded = await loadRules(['count.mjs'], io)
 * assert.ok(loaded._tag === 'Right' && loaded.right.map((r) => r.type).join() === 'threat-count')
 * assert.deepStrictEqual(await loadRules(undefined, io), { _tag: 'Right', right: [] })
 * writeFileSync(join(cwd, 'reversal.mjs'), "export default { type: 'reversal', version: '1', initial: () => 0, onChange: () => undefined }\n")
 * const clash = await loadRules(undefined, { ...io, env: { STANCELOG_RULES: 'reversal.mjs' } })
 * assert.ok(clash._tag === 'Left' && clash.left.message === "$STANCELOG_RULES reversal.mjs: export default has the type reversal, a built-in rule's: give it a type of its own")
 * @category rules
 * @since 0.1.0
 * @internal
 */
export async function loadRules(option: ReadonlyArray<string> | undefined, io: Pick<CliIo, 'cwd' | 'env'>): Promise<Either<CliError, ReadonlyArray<AnyRule>>> {
  const { files, from } = ruleFiles(option, io.env);
  const builtIn = new Set(defaultRules().map((r) => r.type));
  const byType = new Map<string, Exported>();
  const paths = new Set<string>();
  for (const file of files) {
    // An empty name would be the working directory (a shell variable that was never set, as in --rules "$RULES").
    if (file.trim() === '') return left(cliError(`${from} names an empty file: name a JavaScript module of rules (an unset shell variable?)`));
    const path = resolve(io.cwd, file);
    if (paths.has(path)) continue;
    paths.add(path);
    const loaded = await loadRuleFile(file, io.cwd);
    if (isLeft(loaded)) return left(cliError(`${from} ${loaded.left}`));
    for (const found of loaded.right) {
      const { type } = found.rule;
      if (builtIn.has(type)) return left(cliError(`${from} ${file}: export ${found.name} has the type ${type}, a built-in rule's: give it a type of its own`));
      const other = byType.get(type);
      if (other !== undefined) {
        const where = other.file === file ? `export ${other.name}` : `export ${other.name} of ${other.file}`;
        return left(cliError(`${from} ${file}: export ${found.name} has the type ${type}, as ${where} has: give each rule a type of its own`));
      }
      byType.set(type, found);
    }
  }
  return right([...byType.values()].map((found) => guardedRule(found.rule, found.file)));
}

/**
 * The analysis a command runs: core's `analysis()`, with `rules` added to
 * the built-in ones. With rules of one's own its name (which keys its
 * snapshots) names them, so that a run with them and one without never
 * read each other's snapshot.
 *
 * @example
 * import { analysis } from '@stancelog/core'
 * import { analysisWith } from './rules-option.js'
 * const count = { type: 'threat-count', version: '1', initial: () => ({ count: 0 }), onStatement: () => undefined }
 * assert.strictEqual(analysisWith([]).name, analysis().name)
 * assert.notStrictEqual(analysisWith([count]).name, analysis().name)
 * assert.ok(analysisWith([count]).name.includes('threat-count@1'))
 * @category rules
 * @since 0.1.0
 * @internal
 */
export function analysisWith(rules: ReadonlyArray<AnyRule> = []): Reducer<AnalysisState> {
  return analysis(rules.length === 0 ? {} : { extraRules: rules });
}
