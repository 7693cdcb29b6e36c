/**
 * JSON output of long lists, written element by element.
 *
 * @since 0.1.0
 */
import type { TextSink } from './io.js';

// Written once this much text is waiting: the JSON of a whole log is never
// held as one string. Counted in characters, not elements: a position of a
// large log lists hundreds of statements, and a thousand of them made
// chunks of tens of megabytes.
const CHARS_PER_WRITE = 1 << 20;

/**
 * Writes `items` as `JSON.stringify(items, null, 2)` would, plus a newline,
 * about a megabyte of text a write.
 *
 * @example
 * import { writeJsonArray } from './json-output.js'
 * const items = [{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }, { n: [1, 2] }]
 * let text = ''
 * writeJsonArray({ write: (s: string) => (text += s) }, items)
 * assert.strictEqual(text, JSON.stringify(items, null, 2) + '\n')
 * let empty = ''
 * writeJsonArray({ write: (s: string) => (empty += s) }, [])
 * assert.strictEqual(empty, '[]\n')
 * @category output
 * @since 0.1.0
 * @internal
 */
export function writeJsonArray(sink: TextSink, items: ReadonlyArray<unknown>): void {
  if (items.length === 0) return void sink.write('[]\n');
  let chunk = '[\n';
  for (let i = 0; i < items.length; i++) {
    // An element nested one level down, as JSON.stringify indents it inside
    // a list of its own ("[\n  ...\n]" less the brackets): no pass over its
    // text to indent it again.
    chunk += JSON.stringify([items[i]], null, 2).slice(2, -2) + (i === items.length - 1 ? '\n' : ',\n');
    if (chunk.length >= CHARS_PER_WRITE) {
      sink.write(chunk);
      chunk = '';
    }
  }
  sink.write(chunk + ']\n');
}
