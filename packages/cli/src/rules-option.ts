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
import { createHash } from 'node:crypto';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { delimiter, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import type { Command } from 'commander';
import { analysis, defaultRules, nearNames, RecipeError, RuleContextError, ruleProblem as coreRuleProblem } from '@stancelog/core';
import type { AnalysisState, ContradictionRule, Reducer } from '@stancelog/core';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';
import { describeValue } from '@stancelog/core/store-kit';
import type { CliIo } from './io.js';
import { oneLine } from './table.js';
import { VERSION } from './version.js';

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

// The hooks through which a rule hears the log.
const HOOKS = ['onStatement', 'onChange', 'onRegistry', 'onSettle'] as const satisfies ReadonlyArray<keyof AnyRule>;

/**
 * Why a module's export is not a contradiction rule (core's `ruleProblem`),
 * or undefined when it is one; a function is said to be the rule's
 * factory, not the rule.
 *
 * @example
 * import { ruleProblem } from './rules-option.js'
 * const rule = { type: 'threat-count', version: '1', initial: () => ({ count: 0 }), onStatement: () => undefined }
 * assert.strictEqual(ruleProblem(rule), undefined)
 * assert.strictEqual(ruleProblem({ ...rule, version: 1 }), "its version is a number (1), not a string (write version: '1')")
 * assert.strictEqual(ruleProblem(() => rule), 'it is a function, not a rule: export the rule it makes (an object with type, version, initial and a hook)')
 * @category rules
 * @since 0.1.0
 * @internal
 */
export function ruleProblem(value: unknown): string | undefined {
  // Said of a module's export: a function is a rule's factory, not yet the rule.
  if (typeof value === 'function') return 'it is a function, not a rule: export the rule it makes (an object with type, version, initial and a hook)';
  return coreRuleProblem(value);
}

/** A rule found in a module, with the export that gave it (`default`, `rules[2]`). */
interface Exported {
  readonly rule: AnyRule;
  readonly file: string;
  readonly name: string;
  /** The first 12 hex digits of the SHA-256 of the module file's bytes. */
  readonly hash: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The rules a module's exports give (its namespace, as `import()` gives
 * it), each named by its export; or why they give none. A default export
 * that is an object with no field of a rule is a CommonJS module's
 * `module.exports` (`{ rules }`, helpers, or empty), and when it is marked
 * `__esModule` (TypeScript or esbuild compiled to CommonJS) its `default`
 * is the default export. A rule exported both ways (the default, and in
 * `rules`) counts once.
 *
 * @example
 * import { exportedRules } from './rules-option.js'
 * const rule = { type: 'threat-count', version: '1', initial: () => ({ count: 0 }), onStatement: () => undefined }
 * const names = (r: ReturnType<typeof exportedRules>) => (r._tag === 'Right' ? r.right.map((e) => e.name) : r.left)
 * assert.deepStrictEqual(names(exportedRules({ default: rule })), ['default'])
 * assert.deepStrictEqual(names(exportedRules({ rules: [rule, { ...rule, type: 'other' }] })), ['rules[0]', 'rules[1]'])
 * assert.deepStrictEqual(names(exportedRules({ default: { rules: [rule] } })), ['rules[0]'])
 * assert.deepStrictEqual(names(exportedRules({ default: [rule], rules: [rule] })), ['default[0]'])
 * assert.strictEqual(names(exportedRules({})), 'exports no rules: export default a rule or an array of rules, or export const rules = [...] (module.exports in CommonJS)')
 * // A factory exported in place of its rule is named.
 * assert.strictEqual(names(exportedRules({ brokenPromise: () => rule })), 'exports no rules: export default a rule or an array of rules, or export const rules = [...] (module.exports in CommonJS); it exports the function brokenPromise: if it makes a rule, export the rule it makes (export default brokenPromise())')
 * // CommonJS: an empty module.exports, one of helpers only, and compiled TypeScript's exports.default.
 * assert.strictEqual(names(exportedRules({ default: {} })), names(exportedRules({})))
 * assert.match(names(exportedRules({ default: { helper: () => 1 } })) as string, /; it exports the function helper: /)
 * assert.deepStrictEqual(names(exportedRules({ default: { __esModule: true, default: rule } })), ['default'])
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
  let fallback = exports['default'];
  let named = exports['rules'];
  // CommonJS's module.exports, which import() gives as the default: an object of exports rather than a rule
  // (`module.exports = { rules }`, `exports.helper = ...`, an empty file), or compiled TypeScript's
  // `exports.default = rule` (marked `__esModule`), whose default export is its `default`.
  if (isObject(fallback) && !Array.isArray(fallback) && !looksLikeRule(fallback)) {
    const commonJs = fallback;
    fallback = commonJs['__esModule'] === true ? commonJs['default'] : undefined;
    named ??= commonJs['rules'];
  }
  // A factory exported in place of the rule it makes (the template's `threatDuringTalks`): named if no rule is found.
  const functions = [
    ...Object.entries(exports).filter(([key]) => key !== 'default' && key !== 'rules'),
    ...(isObject(exports['default']) && !Array.isArray(exports['default']) && !looksLikeRule(exports['default']) ? Object.entries(exports['default']) : []),
  ]
    .filter(([key, value]) => typeof value === 'function' && key !== 'default')
    .map(([key]) => key);
  if (fallback !== undefined) add(fallback, 'default');
  if (named !== undefined) {
    if (!Array.isArray(named)) return left(`export rules is ${describeValue(named)}, not an array of rules (export const rules = [...])`);
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
  if (rules.length === 0) return left(functions.length === 0 ? NO_RULES : `${NO_RULES}; ${factoryHint([...new Set(functions)])}`);
  return right(rules);
}

const NO_RULES = 'exports no rules: export default a rule or an array of rules, or export const rules = [...] (module.exports in CommonJS)';

/** What a module that exports functions and no rule is told: a factory's rule is what it makes, not the factory. */
function factoryHint(names: ReadonlyArray<string>): string {
  const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
  return `it exports the function${names.length > 1 ? 's' : ''} ${shown}: if ${names.length > 1 ? 'one' : 'it'} makes a rule, export the rule it makes (export default ${names[0]}())`;
}

/** Whether an object has any field of a rule: then a mistake in it is named, rather than the object taken for a module's exports. */
const looksLikeRule = (value: Record<string, unknown>): boolean =>
  ['type', 'version', 'initial', 'initialSlot', 'description', ...HOOKS].some((field) => value[field] !== undefined);

// The codes of an import() the host cannot do: a vm context given no module loader (jest's, without --experimental-vm-modules).
const NO_IMPORT = new Set(['ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING', 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG']);

// A dynamic import the compiler leaves alone: the CommonJS build would make `import()` a require(), which loads no ES module.
const nativeImport = new Function('url', 'return import(url)') as (url: string) => Promise<unknown>;

/**
 * What a message says of a thrown value, on one line: an error's name and
 * message (errors of a module are of another realm under a vm: no
 * instanceof), another object as JSON, anything else as text.
 *
 * @example
 * import { thrownText } from './rules-option.js'
 * assert.strictEqual(thrownText(new RangeError('no\nlexicon')), 'RangeError: no lexicon')
 * assert.strictEqual(thrownText({ code: 42 }), 'a thrown object, {"code":42}')
 * assert.strictEqual(thrownText('lost \u001b[31m'), 'lost \\u001b[31m')
 * @category rules
 * @since 0.1.0
 * @internal
 */
export function thrownText(error: unknown): string {
  if (isObject(error) && typeof error['message'] === 'string') {
    const name = typeof error['name'] === 'string' && error['name'] !== 'Error' ? `${error['name']}: ` : '';
    // Node's "Require stack" lists the modules that asked for one not found: the message says which.
    return oneLine(`${name}${error['message'].split('\nRequire stack:')[0]}`);
  }
  if (isObject(error)) {
    let json: string | undefined;
    try {
      json = JSON.stringify(error);
    } catch {
      json = undefined;
    }
    return oneLine(json === undefined ? `a thrown ${describeValue(error).replace(/^an? /, '')}` : `a thrown object, ${json.length > 200 ? `${json.slice(0, 200)}...` : json}`);
  }
  return oneLine(String(error));
}

/**
 * Keeps Node's warning "To load an ES module, set "type": "module"..." off
 * stderr while a module is imported: the error that follows says it, with
 * the file, in stancelog's words. Undone by the function it returns.
 */
function muteModuleTypeWarning(): () => void {
  const emit = process.emit;
  const muted = function (this: unknown, event: string | symbol, ...args: unknown[]): boolean {
    const warning = args[0];
    if (event === 'warning' && isObject(warning) && typeof warning['message'] === 'string' && warning['message'].startsWith('To load an ES module')) return false;
    return (emit as (...a: unknown[]) => boolean).call(this, event, ...args);
  };
  process.emit = muted as typeof process.emit;
  return () => {
    if (process.emit === (muted as unknown)) process.emit = emit;
  };
}

/**
 * The namespace of the module at `path` (absolute): `import()` of it, or,
 * in a host that gives code no `import()` (a vm context without a module
 * loader, as jest runs tests in), Node's own `require()`, which loads an
 * ES module too (Node 20.19 and later) and gives a CommonJS module's
 * `module.exports` as the default. Rule modules and upcaster modules
 * (`$STANCELOG_UPCASTERS`) are loaded by it.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { importModule } from './rules-option.js'
 * const path = join(mkdtempSync(join(tmpdir(), 'import-')), 'answer.mjs')
 * writeFileSync(path, 'export const answer = 42\n')
 * assert.strictEqual(((await importModule(path)) as { answer: number }).answer, 42)
 * @category rules
 * @since 0.1.0
 * @internal
 */
export async function importModule(path: string): Promise<unknown> {
  const unmute = muteModuleTypeWarning();
  try {
    return await nativeImport(pathToFileURL(path).href);
  } catch (error) {
    // The warning is emitted on a later tick than the failure.
    await new Promise((resolve) => setImmediate(resolve));
    const code = isObject(error) ? error['code'] : undefined;
    const builtin = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule;
    if (typeof code !== 'string' || !NO_IMPORT.has(code) || builtin === undefined) throw error;
    const { createRequire } = builtin('node:module') as typeof import('node:module');
    const loaded: unknown = createRequire(path)(path);
    return Object.prototype.toString.call(loaded) === '[object Module]' ? loaded : { default: loaded };
  } finally {
    unmute();
  }
}

/**
 * What to do about a module that failed to load, when stancelog knows:
 * after its error, or nothing.
 *
 * @example
 * import { loadHint } from './rules-option.js'
 * const esm = Object.assign(new SyntaxError("Unexpected token 'export'"), {})
 * assert.strictEqual(loadHint(esm, 'rule.js'), ': it is an ES module (import/export), which Node reads as CommonJS in a file outside a package of "type": "module": rename it .mjs')
 * assert.strictEqual(loadHint(new Error('disk full'), 'rule.mjs'), '')
 * @category rules
 * @since 0.1.0
 * @internal
 */
export function loadHint(error: unknown, file: string): string {
  const message = isObject(error) && typeof error['message'] === 'string' ? error['message'] : '';
  const name = isObject(error) ? error['name'] : undefined;
  const extension = extname(file).toLowerCase();
  if (name === 'SyntaxError' && extension !== '.mjs' && /Unexpected token 'export'|Cannot use import statement outside a module/.test(message)) {
    const read = extension === '.cjs' ? 'a .cjs file' : 'a file outside a package of "type": "module"';
    return `: it is an ES module (import/export), which Node reads as CommonJS in ${read}: rename it .mjs`;
  }
  const missing = /Cannot find (?:package|module) '(@stancelog\/[a-z-]+)/.exec(message)?.[1];
  if (missing !== undefined) {
    // Not on the npm registry yet: its tarball, as the root README's Install builds it, at this stancelog's version.
    const tarball = `/tmp/stancelog/${missing.slice(1).replace('/', '-')}-${VERSION}.tgz`;
    return `: install ${missing} next to the rule, at the version of this stancelog: it is not on the npm registry yet, so from its tarball, built from a checkout as the root README's Install says (npm install ${tarball} in the rule's folder or one above it), or bundle the rule with what it imports (esbuild ${file} --bundle --platform=node --format=esm --outfile=rule.bundle.mjs)`;
  }
  return '';
}

/**
 * An error of a rule of one's own: thrown by one of its functions (and
 * named `rule T of FILE failed in HOOK: ...`), or by its misuse of the
 * context. Followed by a command, it reads as the rule's failure, not the
 * log's.
 *
 * @example
 * import { RuleFailure } from './rules-option.js'
 * assert.strictEqual(new RuleFailure('rule x of x.mjs failed in initial: no').name, 'RuleFailure')
 * @category rules
 * @since 0.1.0
 * @internal
 */
export class RuleFailure extends Error {
  override readonly name = 'RuleFailure';

  /**
   * `head` and `what`, when a hook given an event threw: the failure is
   * worded again with the event's own log position once the replay's
   * error names it (see {@link ruleFailureOf}).
   */
  constructor(
    message: string,
    readonly parts?: { readonly head: string; readonly what: string },
  ) {
    super(message);
  }
}

/**
 * The failure of a rule of one's own an error is, or carries: core says a
 * replay's failure with the event (a `RecipeError`), and the rule's
 * failure, which names the rule, its file and the event, is its cause.
 *
 * @example
 * import { RecipeError } from '@stancelog/core'
 * import { RuleFailure, ruleFailureOf } from './rules-option.js'
 * const failure = new RuleFailure('rule x of x.mjs failed in onStatement at event #1: TypeError: no')
 * assert.strictEqual(ruleFailureOf(new RecipeError('analysis failed on the event at position 1', { cause: failure })), failure)
 * // A hook's failure at an entry, named by the event's own log position once the replay's error gives it.
 * const atEntry = new RuleFailure('rule x of x.mjs failed in onStatement at statement 3f2a9c1b0d4e5f60718293a4b5c6d7e8: TypeError: no', { head: 'rule x of x.mjs failed in onStatement', what: 'TypeError: no' })
 * const replayed = new RecipeError('analysis failed on the event at position 9 ...', { cause: atEntry, event: { position: 9, id: '3f2a9c1b0d4e5f60718293a4b5c6d7e8', type: 'statement-made' } })
 * assert.strictEqual(ruleFailureOf(replayed)!.message, 'rule x of x.mjs failed in onStatement at event #9: TypeError: no')
 * assert.strictEqual(ruleFailureOf(failure), failure)
 * assert.strictEqual(ruleFailureOf(new Error('disk full')), undefined)
 * @category rules
 * @since 0.1.0
 * @internal
 */
export function ruleFailureOf(error: unknown): RuleFailure | undefined {
  if (error instanceof RuleFailure) return error;
  if (!(error instanceof RecipeError) || !(error.cause instanceof RuleFailure)) return undefined;
  const failure = error.cause;
  // The replay names the event it read by its own log position: a correction's entry has the place it takes, that of the statement it corrects.
  if (failure.parts === undefined || error.event === undefined) return failure;
  return new RuleFailure(`${failure.parts.head} at event #${error.event.position}: ${failure.parts.what}`);
}

const BUILT_IN_TYPES = new Set(defaultRules().map((r) => r.type));

/**
 * How a failure names the event a hook was given, when it has one: a
 * registry event by its log position (`#12`); a statement's entry
 * (`entry`, `change.after`) by its id, as its `position` is the place it
 * takes in the log's order, for a correction that of the statement it
 * corrects. `ruleFailureOf` names either by its own log position, which
 * the replay's error carries.
 */
function eventNamed(hook: string, args: ReadonlyArray<unknown>): string | undefined {
  const given = args[2];
  const event = hook === 'onChange' && isObject(given) ? given['after'] : hook === 'onStatement' || hook === 'onRegistry' ? given : undefined;
  if (!isObject(event)) return undefined;
  if (hook !== 'onRegistry' && typeof event['id'] === 'string') return `statement ${event['id']}`;
  return typeof event['position'] === 'number' ? `event #${event['position']}` : undefined;
}

/**
 * `rule` with each of its functions made to name the rule and its file
 * when it throws: a bug in a rule of one's own then reads `rule T of FILE
 * failed in onStatement at event #12: ...`, not as a failure of
 * stancelog's. (Its writes to the ledger are checked by core's analysis,
 * as for any rule of one's own: a misuse reads `rule T of FILE failed in
 * onStatement at event #12: ctx.open: ...`.) With `hash` (of the module file's content) the version the analysis sees
 * is `version+hash`: an edited file never reads the snapshot of another.
 *
 * @example
 * import { guardedRule } from './rules-option.js'
 * const buggy = { type: 'buggy', version: '1', initial: () => undefined, onStatement: () => { throw new TypeError('no holder') } }
 * assert.throws(() => guardedRule(buggy, 'buggy.mjs').onStatement!({} as any, undefined, {} as any, {} as any, undefined), { message: 'rule buggy of buggy.mjs failed in onStatement: TypeError: no holder' })
 * // An entry is named by its id: its position is the place it takes in the log's order (a correction's, that of the statement it corrects).
 * assert.throws(() => guardedRule(buggy, 'buggy.mjs').onStatement!({} as any, undefined, { id: '3f2a9c1b0d4e5f60718293a4b5c6d7e8', position: 12 } as any, {} as any, undefined), { message: 'rule buggy of buggy.mjs failed in onStatement at statement 3f2a9c1b0d4e5f60718293a4b5c6d7e8: TypeError: no holder' })
 * assert.strictEqual(guardedRule(buggy, 'buggy.mjs', '0123456789ab').version, '1+0123456789ab')
 * @category rules
 * @since 0.1.0
 * @internal
 */
export function guardedRule(rule: AnyRule, file: string, hash?: string): AnyRule {
  const guarded: Record<string, unknown> = {
    type: rule.type,
    version: hash === undefined ? rule.version : `${rule.version}+${hash}`,
    ...(rule.description !== undefined ? { description: rule.description } : {}),
  };
  for (const name of ['initial', 'initialSlot', ...HOOKS] as const) {
    const f = rule[name] as ((...args: unknown[]) => unknown) | undefined;
    if (f === undefined) continue;
    const hook = (HOOKS as ReadonlyArray<string>).includes(name);
    guarded[name] = (...args: unknown[]): unknown => {
      try {
        // Called on the rule, as the analysis would: a hook written as a method may read `this`.
        return f.apply(rule, args);
      } catch (error) {
        const at = hook ? eventNamed(name, args) : undefined;
        // A misuse of the context is said as it is; what the rule threw, with its name.
        const what = error instanceof RuleContextError ? oneLine(error.misuse) : error instanceof RuleFailure ? oneLine(error.message) : thrownText(error);
        const head = `rule ${rule.type} of ${file} failed in ${name}`;
        throw new RuleFailure(`${head}${at === undefined ? '' : ` at ${at}`}: ${what}`, at === undefined ? undefined : { head, what });
      }
    };
  }
  return guarded as unknown as AnyRule;
}

/** The file names TypeScript gives its sources: Node does not load them (before it strips types). */
const TYPESCRIPT = new Set(['.ts', '.mts', '.cts', '.tsx']);

/**
 * Loads the rules of one module file (relative to the working directory),
 * or says why it gives none, naming the file as given. Each rule comes
 * with `hash`, the first 12 hex digits of the SHA-256 of the file's bytes.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { loadRuleFile } from './rules-option.js'
 * const cwd = mkdtempSync(join(tmpdir(), 'rules-'))
 * writeFileSync(join(cwd, 'count.mjs'), "export default { type: 'threat-count', version: '1', initial: () => ({ count: 0 }), onStatement: (_ctx, s, entry) => { if (entry.kind === 'threat') s.count++ } }\n")
 * const r = await loadRuleFile('count.mjs', cwd)
 * assert.ok(r._tag === 'Right' && r.right[0]!.rule.type === 'threat-count' && r.right[0]!.name === 'default' && /^[0-9a-f]{12}$/.test(r.right[0]!.hash))
 * const none = await loadRuleFile('nope.mjs', cwd)
 * assert.ok(none._tag === 'Left' && none.left === 'nope.mjs: no such file')
 * @category rules
 * @since 0.1.0
 * @internal
 */
export async function loadRuleFile(file: string, cwd: string): Promise<Either<string, ReadonlyArray<Exported>>> {
  const path = resolve(cwd, file);
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) return left(`${file}: a folder, not a module file`);
    if (TYPESCRIPT.has(extname(path).toLowerCase())) return left(`${file}: TypeScript is not loaded: compile it to an ES module (.mjs) first`);
    bytes = readFileSync(path);
  } catch (error) {
    const code = isObject(error) ? error['code'] : undefined;
    return left(code === 'ENOENT' || code === 'ENOTDIR' ? `${file}: no such file` : `${file}: ${thrownText(error)}`);
  }
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  let namespace: unknown;
  try {
    namespace = await importModule(path);
  } catch (error) {
    return left(`${file}: cannot load it: ${thrownText(error)}${loadHint(error, file)}`);
  }
  const rules = exportedRules(namespace);
  return isLeft(rules) ? left(`${file}: ${rules.left}`) : right(rules.right.map((r) => ({ ...r, file, hash })));
}

/** The name of the class an object is an instance of, as a message says it. */
function className(value: object): string {
  const proto: unknown = Object.getPrototypeOf(value);
  const ctor = isObject(proto) || typeof proto === 'function' ? (proto as { constructor?: unknown }).constructor : undefined;
  return typeof ctor === 'function' && ctor.name !== '' ? ctor.name : 'an anonymous class';
}

// The objects a snapshot keeps as they are (node:v8's serialisation, structuredClone): of any realm, hence by name.
const PLAIN = new Set(['Object', 'Array', 'Map', 'Set', 'Date', 'RegExp']);

/** Whether an object is plain data: a plain object (or one of no prototype), an array, Map, Set, Date or RegExp, or binary data. */
function isPlainObject(value: object): boolean {
  if (ArrayBuffer.isView(value) || Object.prototype.toString.call(value) === '[object ArrayBuffer]') return true;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === null) return true;
  if (!isObject(proto) || !Object.prototype.hasOwnProperty.call(proto, 'constructor')) return false;
  const ctor = proto['constructor'];
  const base: unknown = Object.getPrototypeOf(proto);
  // Object.prototype has no prototype; Array.prototype and the others have Object.prototype.
  const standard = ctor === undefined ? false : base === null ? (ctor as { name?: unknown }).name === 'Object' : isObject(base) && Object.getPrototypeOf(base) === null;
  return standard && typeof ctor === 'function' && PLAIN.has(ctor.name);
}

/**
 * Why a rule's state (or slot), as its `initial` gives it, would not
 * survive a snapshot, or undefined: a function or a class instance in it
 * (a snapshot keeps plain data only: its copy of an instance has lost its
 * methods), looked for down to any depth. `where` names the value.
 *
 * @example
 * import { plainDataProblem } from './rules-option.js'
 * class Counter { n = 0 }
 * assert.strictEqual(plainDataProblem({ seen: new Map([['a', [1, new Set()]]]), at: new Date(0) }, 'its state'), undefined)
 * assert.strictEqual(plainDataProblem({ counts: new Map([['a', new Counter()]]) }, 'its state'), "its state holds an instance of the class Counter (at .counts.get(\"a\"))")
 * assert.strictEqual(plainDataProblem({ f: () => 1 }, 'its state'), 'its state holds a function (at .f)')
 * @category rules
 * @since 0.1.0
 * @internal
 */
export function plainDataProblem(value: unknown, where: string): string | undefined {
  const seen = new Set<object>();
  const visit = (v: unknown, path: string): string | undefined => {
    if (typeof v === 'function') return `${where} holds a function${path === '' ? '' : ` (at ${path})`}`;
    if (typeof v === 'symbol') return `${where} holds a symbol${path === '' ? '' : ` (at ${path})`}`;
    if (!isObject(v) || seen.has(v) || seen.size > 100_000) return undefined;
    seen.add(v);
    if (!isPlainObject(v)) return `${where} ${path === '' ? 'is' : 'holds'} an instance of the class ${className(v)}${path === '' ? '' : ` (at ${path})`}`;
    if (v instanceof Map || Object.prototype.toString.call(v) === '[object Map]') {
      for (const [key, item] of v as unknown as Map<unknown, unknown>) {
        const problem = visit(key, `${path}.keys()`) ?? visit(item, `${path}.get(${typeof key === 'string' ? JSON.stringify(key) : '...'})`);
        if (problem !== undefined) return problem;
      }
      return undefined;
    }
    if (Object.prototype.toString.call(v) === '[object Set]') {
      for (const item of v as unknown as Set<unknown>) {
        const problem = visit(item, `${path}.values()`);
        if (problem !== undefined) return problem;
      }
      return undefined;
    }
    for (const key of Object.keys(v)) {
      const problem = visit(v[key], Array.isArray(v) ? `${path}[${key}]` : `${path}.${key}`);
      if (problem !== undefined) return problem;
    }
    return undefined;
  };
  return visit(value, '');
}

/**
 * Why a rule's state would not do, as its `initial` (and `initialSlot`)
 * give it, or undefined: the same object given twice (runs of the analysis
 * would share it), or what {@link plainDataProblem} says.
 */
function stateProblem(rule: AnyRule): string | undefined {
  for (const [name, make] of [['initial', rule.initial], ['initialSlot', rule.initialSlot]] as const) {
    if (make === undefined) continue;
    const first: unknown = make();
    if (isObject(first) && make() === first) return `its ${name} returns the same object on each call: return a new one each time (${name}: () => ({ ... })), or two analyses would share it`;
    const problem = plainDataProblem(first, `the state its ${name} returns`);
    if (problem !== undefined) {
      return `${problem}: a rule's state must be plain data (objects, arrays, Maps, Sets, strings, numbers), which snapshots keep as it is; a snapshot's copy of a class instance has lost its methods, and a function cannot be kept`;
    }
  }
  return undefined;
}

/**
 * The rules a command runs beside the built-in ones: those of the modules
 * `--rules` names (`option`), or else `$STANCELOG_RULES`, in order; none
 * when neither names one. A module named twice counts once, by whatever
 * name (a symbolic link to it). Each rule is given as {@link guardedRule}
 * makes it, its version followed by the hash of its file. Refused, with
 * the file (and the export) named: a file missing or that fails to load
 * (its error's message), a module that exports no rule or something that
 * is no rule, two rules of one type, a rule of a built-in rule's type, a
 * state that is no plain data or the same object on each call. `io`'s
 * `loadingRules`, when given, is told of each module as it is loaded.
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
export async function loadRules(
  option: ReadonlyArray<string> | undefined,
  io: Pick<CliIo, 'cwd' | 'env'> & Partial<Pick<CliIo, 'loadingRules'>>,
): Promise<Either<CliError, ReadonlyArray<AnyRule>>> {
  const { files, from } = ruleFiles(option, io.env);
  const byType = new Map<string, Exported>();
  const paths = new Set<string>();
  for (const file of files) {
    // An empty name would be the working directory (a shell variable that was never set, as in --rules "$RULES").
    if (file.trim() === '') return left(cliError(`${from} names an empty file: name a JavaScript module of rules (an unset shell variable?)`));
    // The same file by two names (a symbolic link, a path through one) is one module: Node loads it once.
    const path = resolve(io.cwd, file);
    let real = path;
    try {
      real = realpathSync(path);
    } catch {
      // Not there: loading it says so.
    }
    if (paths.has(real)) continue;
    paths.add(real);
    const loadedAll = io.loadingRules?.(`${from} ${file}`);
    let loaded: Either<string, ReadonlyArray<Exported>>;
    try {
      loaded = await loadRuleFile(file, io.cwd);
    } finally {
      loadedAll?.();
    }
    if (isLeft(loaded)) return left(cliError(`${from} ${loaded.left}`));
    for (const found of loaded.right) {
      const { type } = found.rule;
      if (BUILT_IN_TYPES.has(type)) return left(cliError(`${from} ${file}: export ${found.name} has the type ${type}, a built-in rule's: give it a type of its own`));
      const other = byType.get(type);
      if (other !== undefined) {
        const where = other.file === file ? `export ${other.name}` : `export ${other.name} of ${other.file}`;
        return left(cliError(`${from} ${file}: export ${found.name} has the type ${type}, as ${where} has: give each rule a type of its own`));
      }
      // Its initial state, made as the analysis will (a throw names the rule, as one while the log is read does).
      const problem = stateProblem(guardedRule(found.rule, file));
      if (problem !== undefined) return left(cliError(`${from} ${file}: export ${found.name} (rule ${type}): ${problem}`));
      byType.set(type, found);
    }
  }
  return right([...byType.values()].map((found) => guardedRule(found.rule, found.file, found.hash)));
}

/**
 * What a refusal of a contradiction type the analysis does not run adds,
 * when the type may be that of a rule of one's own (no rules given, and
 * not a built-in type, the beginning of one, nor near one): to give the
 * module of its rule.
 *
 * @example
 * import { unknownTypeHint } from './rules-option.js'
 * assert.strictEqual(unknownTypeHint('threat-while-talking', []), '; threat-while-talking is not a built-in type: give --rules FILE with the rule that finds it?')
 * assert.strictEqual(unknownTypeHint('reversal', []), '')
 * // A slip in a built-in type, or a type missing among rules given, is no rule left out.
 * assert.strictEqual(unknownTypeHint('reversl', []), '')
 * assert.strictEqual(unknownTypeHint('circular', []), '')
 * assert.strictEqual(unknownTypeHint('threat-count', [{ type: 'threat-while-talking' } as any]), '')
 * @category rules
 * @since 0.1.0
 * @internal
 */
export function unknownTypeHint(type: string, rules: ReadonlyArray<AnyRule>): string {
  // Given rules, one knows of --rules; a slip of a letter in a built-in type is no rule of one's own.
  if (rules.length > 0 || type === '' || [...BUILT_IN_TYPES].some((t) => t.startsWith(type)) || nearNames(type, BUILT_IN_TYPES).length > 0) return '';
  return `; ${type} is not a built-in type: give --rules FILE with the rule that finds it?`;
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
