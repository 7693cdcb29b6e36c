/**
 * What a read command prints when it finds nothing: a line that says so,
 * with what was asked, in place of a table's header alone (which reads as
 * output cut short, or as a command that failed half way).
 *
 * @since 0.1.0
 */

/**
 * "no positions (holder ukraine, as of 2020-01-01)": the things not found,
 * and the filters and dates asked, as given, in the order given; those not
 * given are left out.
 *
 * @example
 * import { emptyAnswer } from './empty-answer.js'
 * assert.strictEqual(emptyAnswer('positions', [['holder', 'ukraine'], ['issue', undefined], ['as of', '2020-01-01']]), 'no positions (holder ukraine, as of 2020-01-01)\n')
 * assert.strictEqual(emptyAnswer('contradictions', []), 'no contradictions\n')
 * @category output
 * @since 0.1.0
 * @internal
 */
export function emptyAnswer(what: string, asked: ReadonlyArray<readonly [string, string | undefined]>): string {
  const named = asked.flatMap(([name, value]) => (value === undefined ? [] : [`${name} ${value}`]));
  return named.length === 0 ? `no ${what}\n` : `no ${what} (${named.join(', ')})\n`;
}
