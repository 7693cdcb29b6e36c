/**
 * Checking a store adapter's options at run time. The types say what an
 * adapter takes, but a JavaScript caller, or options read from a
 * configuration file, are not checked by them: a misspelt option would be
 * ignored without a word, and a value of the wrong type read as some
 * default. An adapter lists what each option takes and refuses the rest
 * before it opens anything, naming the option.
 *
 * @since 0.1.0
 */
import { nearNames } from './decode-error.js';

/**
 * What one option takes: a test of its value and how an error names what
 * it expects. An option left `undefined` is taken as not given, whatever
 * the test.
 *
 * @example
 * import { optionsProblem } from '@stancelog/core/store-kit'
 * import type { OptionRule } from '@stancelog/core/store-kit'
 * const fsync: OptionRule = { accepts: (v) => v === 'always' || v === 'never', expected: '"always" or "never"' }
 * assert.strictEqual(optionsProblem({ fsync: 'on' }, { fsync }), 'fsync: expected "always" or "never", got "on"')
 * @category store
 * @since 0.1.0
 */
export interface OptionRule {
  /** Whether the option takes the value given. */
  readonly accepts: (value: unknown) => boolean;
  /** What it takes, as in `expected ${expected}, got ...`. */
  readonly expected: string;
  /** An older name of an option, still taken but not listed among the options an error names. */
  readonly alias?: boolean | undefined;
}

// NaN and Infinity as they are, not as JSON's null; a function by what it is.
const shown = (value: unknown): string =>
  typeof value === 'function' ? 'a function' : typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));

/**
 * What is wrong with a store's options, naming the first option that is
 * (`pool.max: expected a whole number, got 0`, with `prefix` 'pool.' for
 * options nested in one), or undefined when nothing is. An option it does
 * not know is refused with the list of those it does, and the nearest of
 * them when one is a slip away (see {@link nearNames}: case, `_` and `-`
 * aside, a letter or two).
 *
 * @example
 * import { optionsProblem } from '@stancelog/core/store-kit'
 * const rules = {
 *   readOnly: { accepts: (v: unknown) => typeof v === 'boolean', expected: 'true or false' },
 *   lockWait: { accepts: (v: unknown) => typeof v === 'number', expected: 'milliseconds', alias: true },
 * }
 * assert.strictEqual(optionsProblem({ readonly: true }, rules), 'readonly: not an option (the options are readOnly; did you mean readOnly?)')
 * assert.strictEqual(optionsProblem({ fast: true }, rules), 'fast: not an option (the options are readOnly)')
 * assert.strictEqual(optionsProblem({ readOnly: undefined, lockWait: 5 }, rules), undefined)
 * assert.strictEqual(optionsProblem('fast', rules), 'expected an object of options, got "fast"')
 * // An option inherited is read as one of its own would be, so it is checked as one.
 * assert.strictEqual(optionsProblem(Object.create({ readOnly: 'yes' }), rules), 'readOnly: expected true or false, got "yes"')
 * @category store
 * @since 0.1.0
 */
export function optionsProblem(options: unknown, rules: Readonly<Record<string, OptionRule>>, prefix = ''): string | undefined {
  // Named by the prefix: `project: expected ...`, or for options nested in one (`pool.`), `pool: expected ...`.
  // An array is no object of options: it has none, and was meant to hold something else (events, upcasters).
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return `${prefix.endsWith('.') ? `${prefix.slice(0, -1)}: ` : prefix}expected an object of options, got ${shown(options)}`;
  // Every key the caller will read: its own, and those inherited (`Object.create(defaults)`), as `options.readOnly` reads them.
  for (const key in options) {
    const value = (options as Record<string, unknown>)[key];
    // Own keys only: `constructor` or `__proto__` in a configuration file is not an option.
    const rule = Object.prototype.hasOwnProperty.call(rules, key) ? rules[key] : undefined;
    if (rule === undefined) return notAnOption(key, Object.keys(rules).filter((k) => rules[k]!.alias !== true), prefix);
    if (value !== undefined && !rule.accepts(value)) return `${prefix}${key}: expected ${rule.expected}, got ${shown(value)}`;
  }
  return undefined;
}

/**
 * The refusal of an option that is none: `key: not an option (the options
 * are ...)`, with the nearest of `names` when one is a slip away (`; did
 * you mean snapshotEvery?`), as {@link optionsProblem} and the stores'
 * checks of a read's, a subscription's and an append's options say it.
 *
 * @example
 * import { notAnOption } from '@stancelog/core/store-kit'
 * assert.strictEqual(notAnOption('snapshotEvry', ['snapshots', 'snapshotEvery'], 'follow: '), 'follow: snapshotEvry: not an option (the options are snapshots, snapshotEvery; did you mean snapshotEvery?)')
 * assert.strictEqual(notAnOption('timeout', ['after', 'tags', 'limit']), 'timeout: not an option (the options are after, tags, limit)')
 * @category store
 * @since 0.1.0
 */
export function notAnOption(key: string, names: ReadonlyArray<string>, prefix = ''): string {
  // The list stays: a slip's correction is a guess, and the list says what else there is.
  const near = nearNames(key, names);
  return `${prefix}${key}: not an option (the options are ${names.join(', ')}${near.length > 0 ? `; did you mean ${near.join(' or ')}?` : ''})`;
}

/**
 * The rule of a store's `upcasters` option, one for every store that takes
 * it: an array of upcasters, each `{ type, from, up }` with `from` a whole
 * number of 0 or more and `up` a function.
 *
 * @example
 * import { optionsProblem, UPCASTERS_OPTION } from '@stancelog/core/store-kit'
 * const rules = { upcasters: UPCASTERS_OPTION }
 * assert.strictEqual(optionsProblem({ upcasters: [{ type: 'alias-added', from: 0, up: (d: unknown) => d }] }, rules), undefined)
 * assert.strictEqual(optionsProblem({ upcasters: [{ type: 'alias-added', from: 0 }] }, rules), 'upcasters: expected an array of upcasters ({ type, from, up }), got [{"type":"alias-added","from":0}]')
 * @category store
 * @since 0.1.0
 */
export const UPCASTERS_OPTION: OptionRule = {
  accepts: (v) => Array.isArray(v) && v.every(isUpcaster),
  expected: 'an array of upcasters ({ type, from, up })',
};

function isUpcaster(u: unknown): boolean {
  const x = u as { type?: unknown; from?: unknown; up?: unknown } | null;
  return typeof x === 'object' && x !== null && typeof x.type === 'string' && Number.isSafeInteger(x.from) && (x.from as number) >= 0 && typeof x.up === 'function';
}
