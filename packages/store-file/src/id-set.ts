/**
 * The set of event ids a writer checks appends against (appending an event
 * already in the log is a no-op). Ids the store made itself are 128-bit
 * hashes written as 32 lowercase hex digits: those are kept as four 32-bit
 * words in one open-addressing table (16 bytes an id, no string per id),
 * read straight from the log's bytes. Any other id (a line written by hand)
 * goes to an ordinary `Set`.
 *
 * @since 0.1.0
 */

const HEX = new Int8Array(256).fill(-1);
for (let c = 0; c < 10; c++) HEX[0x30 + c] = c;
for (let c = 0; c < 6; c++) HEX[0x61 + c] = 10 + c;

/** The width of a store-made id, in hex digits. */
const ID_DIGITS = 32;

/**
 * A set of event ids.
 *
 * @example
 * import { IdSet } from './id-set.js'
 * const ids = new IdSet()
 * ids.add('0123456789abcdef0123456789abcdef')
 * ids.add('written-by-hand')
 * assert.ok(ids.has('0123456789abcdef0123456789abcdef') && ids.has('written-by-hand'))
 * assert.ok(!ids.has('ffffffffffffffffffffffffffffffff'))
 * @category file store
 * @since 0.1.0
 * @internal
 */
export class IdSet {
  private words = new Int32Array(4 * 1024);
  private mask = 1023;
  private hashed = 0;
  private readonly others = new Set<string>();
  // The words of the id being looked at, reused to allocate nothing.
  private readonly key = new Int32Array(4);

  /** How many ids the set holds. */
  get size(): number {
    return this.hashed + this.others.size;
  }

  /** Whether the set holds `id`. */
  has(id: string): boolean {
    return this.keyOfString(id) ? this.find() >= 0 : this.others.has(id);
  }

  /** Adds `id`; returns false when it was already there. */
  add(id: string): boolean {
    if (!this.keyOfString(id)) return this.addOther(id);
    return this.insert();
  }

  /**
   * Adds the id written as 32 hex digits at `buf[at]`, without making a
   * string of it. Returns false when it was already there, `undefined` when
   * the bytes are not such an id (the caller then adds it as a string).
   */
  addHex(buf: Uint8Array, at: number): boolean | undefined {
    if (!this.keyOfBytes(buf, at)) return undefined;
    return this.insert();
  }

  private addOther(id: string): boolean {
    if (this.others.has(id)) return false;
    this.others.add(id);
    return true;
  }

  // Fills `key` from a 32-digit hex id; false for any other id (and for
  // the all-zero id, as zero words mark an empty slot).
  private keyOfString(id: string): boolean {
    if (id.length !== ID_DIGITS) return false;
    const key = this.key;
    for (let w = 0; w < 4; w++) {
      let word = 0;
      for (let k = 0; k < 8; k++) {
        const c = id.charCodeAt(w * 8 + k);
        const h = c < 256 ? HEX[c]! : -1;
        if (h < 0) return false;
        word = (word << 4) | h;
      }
      key[w] = word;
    }
    return (key[0]! | key[1]! | key[2]! | key[3]!) !== 0;
  }

  private keyOfBytes(buf: Uint8Array, start: number): boolean {
    if (start + ID_DIGITS > buf.length) return false;
    const key = this.key;
    for (let w = 0; w < 4; w++) {
      let word = 0;
      for (let k = 0; k < 8; k++) {
        const h = HEX[buf[start + w * 8 + k]!]!;
        if (h < 0) return false;
        word = (word << 4) | h;
      }
      key[w] = word;
    }
    return (key[0]! | key[1]! | key[2]! | key[3]!) !== 0;
  }

  // The slot holding `key`, or -1. Ids are hashes: their first word spreads evenly.
  private find(): number {
    const { key, words, mask } = this;
    for (let slot = key[0]! & mask; ; slot = (slot + 1) & mask) {
      const at = slot * 4;
      const w0 = words[at]!;
      if ((w0 | words[at + 1]! | words[at + 2]! | words[at + 3]!) === 0) return -1;
      if (w0 === key[0] && words[at + 1] === key[1] && words[at + 2] === key[2] && words[at + 3] === key[3]) return slot;
    }
  }

  private insert(): boolean {
    if (this.find() >= 0) return false;
    if ((this.hashed + 1) * 2 > this.mask + 1) this.grow();
    this.place(this.words, this.mask, this.key[0]!, this.key[1]!, this.key[2]!, this.key[3]!);
    this.hashed++;
    return true;
  }

  private place(words: Int32Array, mask: number, w0: number, w1: number, w2: number, w3: number): void {
    let slot = w0 & mask;
    while ((words[slot * 4]! | words[slot * 4 + 1]! | words[slot * 4 + 2]! | words[slot * 4 + 3]!) !== 0) slot = (slot + 1) & mask;
    words[slot * 4] = w0;
    words[slot * 4 + 1] = w1;
    words[slot * 4 + 2] = w2;
    words[slot * 4 + 3] = w3;
  }

  private grow(): void {
    const old = this.words;
    const mask = this.mask * 2 + 1;
    const words = new Int32Array(4 * (mask + 1));
    for (let at = 0; at < old.length; at += 4) {
      if ((old[at]! | old[at + 1]! | old[at + 2]! | old[at + 3]!) !== 0) this.place(words, mask, old[at]!, old[at + 1]!, old[at + 2]!, old[at + 3]!);
    }
    this.words = words;
    this.mask = mask;
  }
}
