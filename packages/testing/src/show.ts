/**
 * Short, readable renderings of values for assertion messages and for
 * counter-examples printed as code: strings in single quotes, Maps and Sets
 * by their entries, long values cut.
 *
 * @since 0.1.0
 */
import { isDate, isMap, isSet } from './realm-tags.js';

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A value as a TypeScript literal (single-quoted strings, unquoted keys),
 * for messages and pasteable code. Maps and Sets print as `new Map([...])`.
 *
 * @example
 * import { literal } from '@stancelog/testing'
 * assert.strictEqual(literal({ holder: 'russia', n: 2 }), "{ holder: 'russia', n: 2 }")
 * @category printing
 * @since 0.1.0
 */
export function literal(value: unknown): string {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return typeof value === 'function' ? `[function ${(value as { name?: string }).name || 'anonymous'}]` : String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (isMap(value)) return `new Map([${[...value].map(([k, v]) => `[${literal(k)}, ${literal(v)}]`).join(', ')}])`;
  if (isSet(value)) return `new Set([${[...value].map(literal).join(', ')}])`;
  if (isDate(value)) return `new Date(${literal(value.toISOString())})`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  const proto = Object.getPrototypeOf(value);
  // By name: a plain object of another realm has another Object.prototype.
  const prefix = proto && proto.constructor?.name && proto.constructor.name !== 'Object' ? `${proto.constructor.name} ` : '';
  return `${prefix}{ ${entries.map(([k, v]) => `${IDENT.test(k) ? k : literal(k)}: ${literal(v)}`).join(', ')} }`;
}

/**
 * {@link literal}, cut to `max` characters with an ellipsis.
 *
 * @example
 * import { brief } from '@stancelog/testing'
 * assert.strictEqual(brief('abcdef', 4), "'ab…")
 * @category printing
 * @since 0.1.0
 */
export function brief(value: unknown, max = 80): string {
  const s = literal(value);
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
