/**
 * What kind of built-in object a value is, by its tag rather than by
 * `instanceof`: under jest, a state loaded from a snapshot (copied by
 * `structuredClone` or `v8.deserialize`) comes from another realm, whose
 * `Map`, `Set` and `Date` are other constructors.
 *
 * @since 0.1.0
 */

const tag = (v: unknown): string => Object.prototype.toString.call(v);

/**
 * Whether a value is a Map, of this realm or another.
 *
 * @example
 * import { isMap } from './realm-tags.js'
 * import { runInNewContext } from 'node:vm'
 * assert.ok(isMap(runInNewContext('new Map()')) && !(runInNewContext('new Map()') instanceof Map))
 * @category printing
 * @since 0.1.0
 * @internal
 */
export const isMap = (v: unknown): v is Map<unknown, unknown> => tag(v) === '[object Map]';

/**
 * Whether a value is a Set, of this realm or another.
 *
 * @example
 * import { isSet } from './realm-tags.js'
 * assert.ok(isSet(new Set()) && !isSet(new Map()))
 * @category printing
 * @since 0.1.0
 * @internal
 */
export const isSet = (v: unknown): v is Set<unknown> => tag(v) === '[object Set]';

/**
 * Whether a value is a Date, of this realm or another.
 *
 * @example
 * import { isDate } from './realm-tags.js'
 * assert.ok(isDate(new Date(0)) && !isDate('1970-01-01'))
 * @category printing
 * @since 0.1.0
 * @internal
 */
export const isDate = (v: unknown): v is Date => tag(v) === '[object Date]';
