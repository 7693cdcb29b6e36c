/**
 * Keys joined from two strings, made once per pair (internal).
 *
 * The ledger files a contradiction under `type:key` and numbers its records
 * `type:key#n`; a rule names a pair of holders `issue:a~b`. Built anew at
 * each call, such a key is a rope that V8 must flatten and hash before a
 * map can find it: in a replay of 1M statements the incompatible rule alone
 * built and hashed some 400,000 of them, most naming a pair it had named
 * before. Made once, a key is one flat string whose hash V8 keeps in it, and
 * the parts it is looked up by (a rule's type, an issue, a holder) are
 * strings the state keeps, hashed once too.
 *
 * @since 0.1.0
 */

/** The keys made from pairs of strings, by first part, then second. */
export class KeyCache<B extends string | number = string> {
  private readonly byFirst = new Map<string, Map<B, string>>();
  private size = 0;
  /**
   * @param join Makes the key of a pair (called once per pair while cached).
   * @param limit How many keys are kept before the cache starts anew: a long-lived follower of many issues keeps it bounded.
   */
  constructor(
    private readonly join: (a: string, b: B) => string,
    private readonly limit = 100_000,
  ) {}

  /** The key of `a` and `b`: the string `join(a, b)` made, the same one at every call. */
  key(a: string, b: B): string {
    let bySecond = this.byFirst.get(a);
    if (bySecond === undefined) {
      if (this.size >= this.limit) this.clear();
      this.byFirst.set(a, (bySecond = new Map()));
    }
    let value = bySecond.get(b);
    if (value === undefined) {
      if (this.size >= this.limit) {
        this.clear();
        this.byFirst.set(a, (bySecond = new Map()));
      }
      value = flatString(this.join(a, b));
      bySecond.set(b, value);
      this.size++;
    }
    return value;
  }

  private clear(): void {
    this.byFirst.clear();
    this.size = 0;
  }
}

// A string built by concatenation is a rope in V8: a node per piece, every
// piece kept alive. Reading a character flattens it into one block (the
// trick of the `flatstr` package); the xor keeps the read from being
// optimised away.
let flattened = 0;
/**
 * The string as one flat block (see above): for a string the state keeps.
 * @internal
 */
export function flatString(text: string): string {
  flattened ^= text.length > 0 ? text.charCodeAt(0) : 0;
  return text;
}

/**
 * The key a ledger files a contradiction under: `type:key` (the id of its
 * first record, the key of its status).
 * @internal
 */
export const ledgerKey: (type: string, key: string) => string = ((cache) => (type: string, key: string) => cache.key(type, key))(
  new KeyCache<string>((type, key) => `${type}:${key}`),
);

const numbered = new KeyCache<number>((first, n) => `${first}#${n}`);
/**
 * The id of record `n` of the contradiction whose first record's id is
 * `first`: that id itself, then `first#2`, `first#3` and so on.
 * @internal
 */
export function recordId(first: string, n: number): string {
  return n === 1 ? first : numbered.key(first, n);
}
