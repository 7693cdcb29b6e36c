/**
 * The pieces a state is written into a snapshot with as columns (internal):
 * a table of strings kept once, a table of lists kept once, numbers in the
 * narrowest typed array that holds them, and event ids packed as bytes.
 *
 * Why: a snapshot store writes the state with the structured clone
 * algorithm (node:v8's `serialize`), which writes a string each time it
 * meets it, and each field's name in every object it writes. A record of
 * the ledger written as an object took 450 bytes, most of them its field
 * names, its 32-digit statement ids and strings other records hold too.
 *
 * @since 0.1.0
 */

/** A column of numbers, as narrow as its values allow (see {@link narrow}). */
export type NumberColumn = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;

/**
 * The values in the narrowest typed array that gives each back as it is:
 * whole numbers in 1, 2 or 4 bytes, anything else (a fraction, -0, NaN,
 * a number beyond 32 bits) as a double.
 */
export function narrow(values: ArrayLike<number>): NumberColumn {
  let min = 0;
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isInteger(v) || Object.is(v, -0)) return Float64Array.from(values);
    if (v < min) min = v;
    else if (v > max) max = v;
  }
  if (min >= 0 && max <= 0xff) return Uint8Array.from(values);
  if (min >= 0 && max <= 0xffff) return Uint16Array.from(values);
  if (min >= 0 && max <= 0xffffffff) return Uint32Array.from(values);
  if (min >= -0x80000000 && max <= 0x7fffffff) return Int32Array.from(values);
  return Float64Array.from(values);
}

// A whole number read from a column as the small integer a replay stores:
// an object whose number fields held doubles would have another shape than
// the replayed ones, and code reading both would slow down.
export function small(x: number): number {
  return (x | 0) === x && !Object.is(x, -0) ? x | 0 : x;
}

/** Strings kept once, each referred to by its index; index 0 stands for `undefined`. */
export class StringTable {
  readonly list: Array<string | undefined> = [undefined];
  private readonly index = new Map<string | undefined, number>([[undefined, 0]]);

  of(s: string | undefined): number {
    let i = this.index.get(s);
    if (i === undefined) {
      this.index.set(s, (i = this.list.length));
      this.list.push(s);
    }
    return i;
  }
}

/** Lists of strings kept once by content, each referred to by its index: equal lists of many records are one array when read back. */
export class ListTable<T> {
  readonly list: Array<ReadonlyArray<T>> = [];
  private readonly index = new Map<string, number>();

  of(items: ReadonlyArray<T>): number {
    const key = JSON.stringify(items);
    let i = this.index.get(key);
    if (i === undefined) {
      this.index.set(key, (i = this.list.length));
      this.list.push(items);
    }
    return i;
  }
}

/** Event ids as a snapshot keeps them: 32 hex digits (as stores make them) in 16 bytes each, any other id as it is. */
export interface EncodedIds {
  readonly count: number;
  /** 16 bytes per id, in order (zeros for an id kept in `others`). */
  readonly packed: Uint8Array;
  /** The ids that are not 32 lowercase hex digits, by their index. */
  readonly others: ReadonlyArray<readonly [number, string]>;
}

const HEX_ID = /^[0-9a-f]{32}$/;
const HEX_DIGITS = '0123456789abcdef';

/** The value of a hex digit's character code (0-9, a-f). */
const hexValue = (code: number): number => (code <= 57 ? code - 48 : code - 87);

/** Event ids in the order they are added, each referred to by its index. */
export class IdTable {
  private readonly ids: string[] = [];
  private index: Map<string, number> | undefined;

  /** Adds an id that comes next (each entry of a history has an id of its own). */
  push(id: string): void {
    this.ids.push(id);
    this.index?.set(id, this.ids.length - 1);
  }

  /** The index of an id, added when the table does not hold it yet. */
  of(id: string): number {
    if (this.index === undefined) {
      this.index = new Map();
      for (let i = 0; i < this.ids.length; i++) if (!this.index.has(this.ids[i]!)) this.index.set(this.ids[i]!, i);
    }
    let i = this.index.get(id);
    if (i === undefined) {
      this.push(id);
      i = this.ids.length - 1;
    }
    return i;
  }

  encode(): EncodedIds {
    const count = this.ids.length;
    const packed = new Uint8Array(count * 16);
    const others: Array<readonly [number, string]> = [];
    for (let i = 0; i < count; i++) {
      const id = this.ids[i]!;
      if (!HEX_ID.test(id)) {
        others.push([i, id]);
        continue;
      }
      for (let b = 0; b < 16; b++) packed[i * 16 + b] = (hexValue(id.charCodeAt(2 * b)) << 4) | hexValue(id.charCodeAt(2 * b + 1));
    }
    return { count, packed, others };
  }
}

// The character codes of each byte's two hex digits.
const HEX_CODES = (() => {
  const codes = new Uint8Array(256 * 2);
  for (let b = 0; b < 256; b++) {
    codes[2 * b] = HEX_DIGITS.charCodeAt(b >> 4);
    codes[2 * b + 1] = HEX_DIGITS.charCodeAt(b & 15);
  }
  return codes;
})();

// In every browser and in Node, though not in the ES library the core is typed against.
declare const TextDecoder: new (label: string) => { decode(bytes: Uint8Array): string };

/**
 * The ids again. The hex digits of all of them are written as one string,
 * decoded at once from their character codes, and each id is a slice of
 * it: one allocation for the text of a million ids, rather than a million
 * strings made and concatenated.
 */
export function decodeIds(encoded: EncodedIds): string[] {
  const { count, packed, others } = encoded;
  const chars = new Uint8Array(packed.length * 2);
  for (let i = 0; i < packed.length; i++) {
    const b = packed[i]! * 2;
    chars[2 * i] = HEX_CODES[b]!;
    chars[2 * i + 1] = HEX_CODES[b + 1]!;
  }
  // Hex digits are ASCII, which latin1 (windows-1252, as TextDecoder reads it) gives back as they are.
  const all = new TextDecoder('latin1').decode(chars);
  const ids = new Array<string>(count);
  for (let i = 0; i < count; i++) ids[i] = all.slice(i * 32, i * 32 + 32);
  for (const [i, id] of others) ids[i] = id;
  return ids;
}

/**
 * Plain data (the rules' slots of each position) with each plain object's
 * field names kept once per set of them: an object is written as an array
 * of its shape's number and its values, an array as -1 and its items, any
 * other object (a Date, a typed array, a class instance, an object without
 * a prototype) as -2 and itself; Maps and Sets stay Maps and Sets of
 * encoded values. An object met twice is encoded once, so that what was
 * shared (or a cycle) is shared again when read back.
 */
export class ShapeTable {
  readonly shapes: Array<ReadonlyArray<string>> = [];
  private readonly index = new Map<string, number>();
  private readonly seen = new Map<object, unknown>();

  encode(value: unknown): unknown {
    if (typeof value !== 'object' || value === null) return value;
    const met = this.seen.get(value);
    if (met !== undefined) return met;
    if (Array.isArray(value)) {
      const out: unknown[] = [-1];
      this.seen.set(value, out);
      for (let i = 0; i < value.length; i++) out.push(this.encode(value[i]));
      return out;
    }
    switch (Object.prototype.toString.call(value)) {
      case '[object Map]': {
        const out = new Map<unknown, unknown>();
        this.seen.set(value, out);
        for (const [k, v] of value as Map<unknown, unknown>) out.set(this.encode(k), this.encode(v));
        return out;
      }
      case '[object Set]': {
        const out = new Set<unknown>();
        this.seen.set(value, out);
        for (const v of value as Set<unknown>) out.add(this.encode(v));
        return out;
      }
      case '[object Object]': {
        const proto = Object.getPrototypeOf(value);
        // A plain object, of this realm or another (jest's); one without a prototype is kept as it is, to come back as one.
        if (proto !== null && Object.getPrototypeOf(proto) === null) {
          const keys = Object.keys(value);
          const key = keys.join('\u0000');
          let shape = this.index.get(key);
          if (shape === undefined) {
            this.index.set(key, (shape = this.shapes.length));
            this.shapes.push(keys);
          }
          const out: unknown[] = [shape];
          this.seen.set(value, out);
          for (const k of keys) out.push(this.encode((value as Record<string, unknown>)[k]));
          return out;
        }
      }
    }
    const out = [-2, value];
    this.seen.set(value, out);
    return out;
  }
}

/** Plain data again from what {@link ShapeTable} made of it; `seen` is shared by the values of one snapshot. */
export function decodeShapes(shapes: ReadonlyArray<ReadonlyArray<string>>, encoded: unknown, seen: Map<object, unknown>): unknown {
  if (typeof encoded !== 'object' || encoded === null) return encoded;
  const met = seen.get(encoded);
  if (met !== undefined) return met;
  if (Array.isArray(encoded)) {
    const tag = encoded[0] as number;
    if (tag === -2) {
      seen.set(encoded, encoded[1]);
      return encoded[1];
    }
    if (tag === -1) {
      const out = new Array<unknown>(encoded.length - 1);
      seen.set(encoded, out);
      for (let i = 1; i < encoded.length; i++) out[i - 1] = decodeShapes(shapes, encoded[i], seen);
      return out;
    }
    const keys = shapes[tag]!;
    const out: Record<string, unknown> = {};
    seen.set(encoded, out);
    for (let i = 0; i < keys.length; i++) out[keys[i]!] = decodeShapes(shapes, encoded[i + 1], seen);
    return out;
  }
  if (Object.prototype.toString.call(encoded) === '[object Map]') {
    const out = new Map<unknown, unknown>();
    seen.set(encoded, out);
    for (const [k, v] of encoded as Map<unknown, unknown>) out.set(decodeShapes(shapes, k, seen), decodeShapes(shapes, v, seen));
    return out;
  }
  if (Object.prototype.toString.call(encoded) === '[object Set]') {
    const out = new Set<unknown>();
    seen.set(encoded, out);
    for (const v of encoded as Set<unknown>) out.add(decodeShapes(shapes, v, seen));
    return out;
  }
  return encoded;
}
