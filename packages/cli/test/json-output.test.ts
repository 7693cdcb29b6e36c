import { writeJsonArray } from '../src/json-output.js';

describe('JSON output of long lists', () => {
  it('writes what JSON.stringify writes, in pieces of about a megabyte however many elements make one', () => {
    // Few elements, each large (a position of a big log lists hundreds of statements), then many small ones.
    const items = [
      ...Array.from({ length: 40 }, (_, i) => ({ holder: `actor-${i}`, statements: Array.from({ length: 2000 }, (_, k) => `statement-${i}-${k}-0123456789abcdef`) })),
      ...Array.from({ length: 5000 }, (_, i) => ({ n: i })),
    ];
    const writes: string[] = [];
    writeJsonArray({ write: (s: string) => void writes.push(s) }, items);
    expect(writes.join('')).toBe(`${JSON.stringify(items, null, 2)}\n`);
    expect(writes.length).toBeGreaterThan(3);
    // A piece holds at most one element past the megabyte.
    const largest = Math.max(...items.map((item) => JSON.stringify(item, null, 2).length + 1000));
    for (const w of writes) expect(w.length).toBeLessThan((1 << 20) + largest);
  });
});
