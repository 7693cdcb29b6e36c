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
  const writer = jsonArrayWriter(sink);
  for (const item of items) {
    writer.add(item);
    // Nobody reads the rest (`| head`): stringifying it is wasted.
    if (sink.closed === true) return;
  }
  writer.end();
}

/**
 * A JSON array written while its elements are still being read: {@link jsonArrayWriter}.
 *
 * @category output
 * @since 0.1.0
 * @internal
 */
export interface JsonArrayWriter {
  /** Adds an element; dropped once the sink is closed. */
  add(item: unknown): void;
  /** Closes the array (`[]` when nothing was added). */
  end(): void;
}

/**
 * Writes a JSON array element by element as {@link writeJsonArray} does,
 * for elements that come from a read still under way: about a megabyte of
 * text is written at a time, before the read ends, so a reader that stops
 * early stops the read too.
 *
 * @example
 * import { jsonArrayWriter } from './json-output.js'
 * let text = ''
 * const writer = jsonArrayWriter({ write: (s: string) => (text += s) })
 * writer.add({ n: 1 })
 * writer.add({ n: 2 })
 * writer.end()
 * assert.strictEqual(text, JSON.stringify([{ n: 1 }, { n: 2 }], null, 2) + '\n')
 * @category output
 * @since 0.1.0
 * @internal
 */
export function jsonArrayWriter(sink: TextSink): JsonArrayWriter {
  let chunk = '';
  let any = false;
  return {
    add(item) {
      if (sink.closed === true) return;
      // An element nested one level down, as JSON.stringify indents it inside
      // a list of its own ("[\n  ...\n]" less the brackets): no pass over its
      // text to indent it again. The comma before it, as the last has none.
      chunk += (any ? ',\n' : '[\n') + JSON.stringify([item], null, 2).slice(2, -2);
      any = true;
      if (chunk.length >= CHARS_PER_WRITE) {
        sink.write(chunk);
        chunk = '';
      }
    },
    end() {
      if (sink.closed === true) return;
      sink.write(any ? `${chunk}\n]\n` : '[]\n');
    },
  };
}
