/**
 * Structural comparison of states: Maps and Sets compare by content (in any
 * order), arrays element by element, objects by their own enumerable
 * properties (a missing property equals `undefined`), class instances also
 * by class. Each difference is reported with the path that reaches it.
 *
 * @since 0.1.0
 */
import { brief } from './show.js';
import { isDate, isMap, isSet } from './realm-tags.js';

/**
 * Options of {@link structuralDiff}.
 *
 * @example
 * import { structuralDiff } from '@stancelog/testing'
 * import type { DiffOptions } from '@stancelog/testing'
 * // Paths named after what is compared, and only the first difference, then a line saying that more differ.
 * const options: DiffOptions = { root: 'tally', limit: 1 }
 * assert.deepStrictEqual(structuralDiff(new Map([['russia', 2], ['ukraine', 1]]), new Map([['russia', 3], ['ukraine', 0]]), options), [
 *   "tally.get('russia'): expected 2, got 3",
 *   'tally: and more differences, not listed (the comparison stops after 1)',
 * ])
 * @category comparison
 * @since 0.1.0
 */
export interface DiffOptions {
  /** Stop after this many differences (default 20); a last line then says that more differ, when they do. */
  readonly limit?: number | undefined;
  /** How the root is named in paths (default `state`). */
  readonly root?: string | undefined;
}


function isPlainKey(k: unknown): k is string | number | boolean | bigint | symbol | null | undefined {
  return k === null || (typeof k !== 'object' && typeof k !== 'function');
}

/**
 * A canonical string for a value: equal structures give equal strings
 * (Maps, Sets and object keys sorted). Used for Set members and Map keys that
 * are objects, and as a fingerprint.
 *
 * @example
 * import { canonical } from '@stancelog/testing'
 * assert.strictEqual(canonical(new Set([2, 1])), canonical(new Set([1, 2])))
 * @category comparison
 * @since 0.1.0
 */
export function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return Object.is(value, -0) ? '0' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return `[function ${value.name}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isMap(value)) return `Map{${[...value].map(([k, v]) => `${canonical(k)}=>${canonical(v)}`).sort().join(',')}}`;
  if (isSet(value)) return `Set{${[...value].map(canonical).sort().join(',')}}`;
  if (isDate(value)) return `Date(${value.getTime()})`;
  const proto = Object.getPrototypeOf(value);
  const cls = proto && proto.constructor?.name !== 'Object' ? `${proto.constructor?.name ?? 'null'}` : '';
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => record[k] !== undefined).sort();
  return `${cls}{${keys.map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`).join(',')}}`;
}

function keyPath(path: string, key: unknown): string {
  return `${path}.get(${brief(key, 40)})`;
}

function propPath(path: string, key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${path}.${key}` : `${path}[${brief(key, 40)}]`;
}

function className(value: object): string {
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return 'null-prototype object';
  if (proto === Object.prototype || (Object.getPrototypeOf(proto) === null && proto.constructor?.name === 'Object')) return 'plain object';
  return `class ${proto.constructor?.name ?? '?'}`;
}

function walk(expected: unknown, actual: unknown, path: string, out: string[], limit: number): void {
  if (out.length >= limit) return;
  if (expected === actual || (Number.isNaN(expected) && Number.isNaN(actual))) return;
  const eo = expected !== null && typeof expected === 'object';
  const ao = actual !== null && typeof actual === 'object';
  if (!eo || !ao) {
    out.push(`${path}: expected ${brief(expected)}, got ${brief(actual)}`);
    return;
  }
  if (Array.isArray(expected) !== Array.isArray(actual) || (isMap(expected)) !== (isMap(actual)) || (isSet(expected)) !== (isSet(actual))) {
    out.push(`${path}: expected ${brief(expected)}, got ${brief(actual)}`);
    return;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const n = Math.max(expected.length, actual.length);
    for (let i = 0; i < n && out.length < limit; i++) {
      if (i >= actual.length) out.push(`${path}[${i}]: missing (expected ${brief(expected[i])})`);
      else if (i >= expected.length) out.push(`${path}[${i}]: unexpected ${brief(actual[i])}`);
      else walk(expected[i], actual[i], `${path}[${i}]`, out, limit);
    }
    return;
  }
  if (isMap(expected) && isMap(actual)) {
    const actualByCanon = new Map<string, unknown>();
    for (const k of actual.keys()) if (!isPlainKey(k)) actualByCanon.set(canonical(k), k);
    const seen = new Set<unknown>();
    for (const [k, v] of expected) {
      if (out.length >= limit) return;
      const key = actual.has(k) ? k : isPlainKey(k) ? undefined : actualByCanon.get(canonical(k));
      if (!actual.has(key)) {
        out.push(`${keyPath(path, k)}: missing (expected ${brief(v)})`);
        continue;
      }
      seen.add(key);
      walk(v, actual.get(key), keyPath(path, k), out, limit);
    }
    for (const [k, v] of actual) {
      if (out.length >= limit) return;
      if (!seen.has(k)) out.push(`${keyPath(path, k)}: unexpected ${brief(v)}`);
    }
    return;
  }
  if (isSet(expected) && isSet(actual)) {
    const canon = (s: Set<unknown>) => new Map([...s].map((v) => [isPlainKey(v) ? v : canonical(v), v]));
    const e = canon(expected);
    const a = canon(actual);
    for (const [k, v] of e) if (!a.has(k) && out.length < limit) out.push(`${path}: missing member ${brief(v)}`);
    for (const [k, v] of a) if (!e.has(k) && out.length < limit) out.push(`${path}: unexpected member ${brief(v)}`);
    return;
  }
  if (isDate(expected) && isDate(actual)) {
    if (expected.getTime() !== actual.getTime()) out.push(`${path}: expected ${brief(expected)}, got ${brief(actual)}`);
    return;
  }
  if (className(expected) !== className(actual)) {
    out.push(`${path}: expected a ${className(expected)}, got a ${className(actual)}`);
    return;
  }
  const e = expected as Record<string, unknown>;
  const a = actual as Record<string, unknown>;
  const keys = new Set([...Object.keys(e), ...Object.keys(a)]);
  for (const k of keys) {
    if (out.length >= limit) return;
    if (e[k] === undefined && a[k] !== undefined) out.push(`${propPath(path, k)}: unexpected ${brief(a[k])}`);
    else if (e[k] !== undefined && a[k] === undefined) out.push(`${propPath(path, k)}: missing (expected ${brief(e[k])})`);
    else walk(e[k], a[k], propPath(path, k), out, limit);
  }
}

/**
 * The differences between an expected and an actual value, one line per
 * difference, each naming its path (`state.byIssue.get('ceasefire')...`).
 * Empty when they are structurally equal.
 *
 * @example
 * import { structuralDiff } from '@stancelog/testing'
 * const diff = structuralDiff({ tally: new Map([['russia', 2]]) }, { tally: new Map([['russia', 3]]) })
 * assert.deepStrictEqual(diff, ["state.tally.get('russia'): expected 2, got 3"])
 * @category comparison
 * @since 0.1.0
 */
export function structuralDiff(expected: unknown, actual: unknown, options: DiffOptions = {}): string[] {
  const out: string[] = [];
  const limit = options.limit ?? 20;
  const root = options.root ?? 'state';
  // One difference more than are listed, to say that the list stops short: a reader took twenty lines for all there were.
  walk(expected, actual, root, out, limit + 1);
  if (out.length > limit) out.splice(limit, out.length - limit, `${root}: and more differences, not listed (the comparison stops after ${limit})`);
  return out;
}

/**
 * Whether two values are structurally equal (see {@link structuralDiff}).
 *
 * @example
 * import { structurallyEqual } from '@stancelog/testing'
 * assert.ok(structurallyEqual(new Map([['a', new Set([1, 2])]]), new Map([['a', new Set([2, 1])]])))
 * @category comparison
 * @since 0.1.0
 */
export function structurallyEqual(a: unknown, b: unknown): boolean {
  return structuralDiff(a, b, { limit: 1 }).length === 0;
}

/**
 * A deep copy that keeps classes (unlike `structuredClone`), so a copy of a
 * state compares equal to the state it was taken from.
 *
 * @example
 * import { deepCopy } from '@stancelog/testing'
 * class Tally { n = 1 }
 * const copy = deepCopy({ t: new Tally() })
 * assert.ok(copy.t instanceof Tally)
 * @category comparison
 * @since 0.1.0
 */
export function deepCopy<T>(value: T, seen = new Map<unknown, unknown>()): T {
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return seen.get(value) as T;
  if (isDate(value)) return new Date(value.getTime()) as T;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const v of value) out.push(deepCopy(v, seen));
    return out as T;
  }
  if (isMap(value)) {
    const out = new Map();
    seen.set(value, out);
    for (const [k, v] of value) out.set(deepCopy(k, seen), deepCopy(v, seen));
    return out as T;
  }
  if (isSet(value)) {
    const out = new Set();
    seen.set(value, out);
    for (const v of value) out.add(deepCopy(v, seen));
    return out as T;
  }
  const out = Object.create(Object.getPrototypeOf(value)) as Record<string, unknown>;
  seen.set(value, out);
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = deepCopy(v, seen);
  return out as T;
}
