/**
 * How an error words a value that is not what was expected ("its version
 * is a number (1), not a string", "expected an array of actors, got an
 * object"): one wording for core's checks of a rule of one's own, the
 * command line's, and a tool's (through `@stancelog/core/store-kit`).
 *
 * @since 0.1.0
 */

/**
 * What a value is, in a few words: its kind with an article, and for a
 * string, number, boolean or bigint the value itself (a string quoted as
 * JSON, cut after 40 characters), so that the reader can find it.
 *
 * @example
 * import { describeValue } from '@stancelog/core/store-kit'
 * assert.strictEqual(describeValue('count threats'), 'a string ("count threats")')
 * assert.strictEqual(describeValue('x'.repeat(50)), `a string ("${'x'.repeat(40)}...")`)
 * assert.strictEqual(describeValue(2), 'a number (2)')
 * assert.strictEqual(describeValue(false), 'a boolean (false)')
 * assert.deepStrictEqual([describeValue({ actors: [] }), describeValue([]), describeValue(null), describeValue(undefined)], ['an object', 'an array', 'null', 'undefined'])
 * assert.deepStrictEqual([describeValue(() => 0), describeValue(Symbol('s'))], ['a function', 'a symbol'])
 * @category errors
 * @since 0.1.0
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      // A long string (a whole file read as one) would drown the message: its start names it.
      return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)})`;
    case 'number':
    case 'boolean':
    case 'bigint':
      return `a ${typeof value} (${String(value)})`;
    case 'object':
      return 'an object';
    case 'undefined':
      return 'undefined';
    default:
      // A function or a symbol: no value to show.
      return `a ${typeof value}`;
  }
}
