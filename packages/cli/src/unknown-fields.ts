/**
 * Unknown fields in input: io-ts's exact codecs drop keys they do not know
 * and its other codecs let them through unseen, so a misspelt optional
 * field (`stated_at`, `source.publisherr`) would vanish without a word.
 * At the CLI's input boundary the raw JSON is walked along the codec that
 * decoded it, and every key no codec declares is named.
 *
 * Walking the codec, rather than diffing the input with what the codec
 * returned, also finds keys under codecs that are not exact (an actor's
 * `offices[0].untill`), which a decode leaves in place.
 *
 * @since 0.1.0
 */
import { didYouMean } from './suggest.js';

// The parts of an io-ts codec the walk reads: its tag and what it wraps.
// Typed structurally, so the CLI needs no io-ts of its own.
interface CodecShape {
  readonly _tag?: string;
  readonly props?: Readonly<Record<string, CodecShape>>;
  readonly type?: CodecShape;
  readonly types?: ReadonlyArray<CodecShape>;
  readonly codomain?: CodecShape;
  readonly decode: (value: unknown) => { readonly _tag: 'Left' | 'Right'; readonly left?: ReadonlyArray<unknown> };
}

/**
 * A key no codec declares, where it is, and the known keys it sits among.
 *
 * @example
 * import { unknownFields } from './unknown-fields.js'
 * import { Source } from '@stancelog/core'
 * const [field] = unknownFields(Source, { quote: 'q', publisherr: 'X' })
 * assert.deepStrictEqual(field, { path: 'publisherr', key: 'publisherr', known: ['quote', 'publisher', 'url', 'title', 'publishedAt', 'offsets'] })
 * @category input
 * @since 0.1.0
 * @internal
 */
export interface UnknownField {
  /** The path of the key, `source.publisherr`, `conditions[0].polarty`. */
  readonly path: string;
  readonly key: string;
  /** The keys the object may hold. */
  readonly known: ReadonlyArray<string>;
}

const WRAPPERS = new Set(['ExactType', 'StrictType', 'RefinementType', 'ReadonlyType']);

// Codecs are built once and walked for every line: their props are worked out once.
const propsCache = new WeakMap<CodecShape, { props: Map<string, CodecShape[]> | undefined; known: string[] }>();

function cachedProps(codec: CodecShape): { props: Map<string, CodecShape[]> | undefined; known: string[] } {
  let entry = propsCache.get(codec);
  if (entry === undefined) {
    const props = objectProps(codec);
    entry = { props, known: props ? [...props.keys()] : [] };
    propsCache.set(codec, entry);
  }
  return entry;
}

// The props of an object codec, merged over an intersection's members; undefined for a codec that is not a plain object.
function objectProps(codec: CodecShape): Map<string, CodecShape[]> | undefined {
  while (codec._tag !== undefined && WRAPPERS.has(codec._tag) && codec.type) codec = codec.type;
  if ((codec._tag === 'InterfaceType' || codec._tag === 'PartialType') && codec.props) {
    return new Map(Object.entries(codec.props).map(([k, c]) => [k, [c]]));
  }
  if (codec._tag === 'IntersectionType' && codec.types) {
    const merged = new Map<string, CodecShape[]>();
    for (const member of codec.types) {
      const props = objectProps(member);
      if (props === undefined) return undefined;
      for (const [k, cs] of props) merged.set(k, [...(merged.get(k) ?? []), ...cs]);
    }
    return merged;
  }
  return undefined;
}

function join(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
}

function walk(codec: CodecShape, value: unknown, path: string, out: UnknownField[]): void {
  if (value === null || typeof value !== 'object') return;
  while (codec._tag !== undefined && WRAPPERS.has(codec._tag) && codec.type) codec = codec.type;
  const { props, known } = cachedProps(codec);
  if (props !== undefined) {
    if (Array.isArray(value)) return;
    const record = value as Record<string, unknown>;
    for (const key in record) {
      if (!Object.prototype.hasOwnProperty.call(record, key)) continue;
      const codecs = props.get(key);
      if (codecs === undefined) out.push({ path: join(path, key), key, known });
      else for (const c of codecs) walk(c, record[key], join(path, key), out);
    }
    return;
  }
  switch (codec._tag) {
    case 'ArrayType':
    case 'ReadonlyArrayType':
      if (Array.isArray(value) && codec.type) value.forEach((v, i) => walk(codec.type!, v, join(path, i), out));
      return;
    case 'TupleType':
      if (Array.isArray(value) && codec.types) codec.types.forEach((c, i) => walk(c, value[i], join(path, i), out));
      return;
    case 'DictionaryType':
      if (!Array.isArray(value) && codec.codomain) {
        for (const [k, v] of Object.entries(value)) walk(codec.codomain, v, join(path, k), out);
      }
      return;
    case 'UnionType': {
      // The member the value is: the one that decodes it, else the one it fails least.
      let best: CodecShape | undefined;
      let fewest = Infinity;
      for (const member of codec.types ?? []) {
        const r = member.decode(value);
        const errors = r._tag === 'Right' ? 0 : (r.left?.length ?? 1);
        if (errors < fewest) [best, fewest] = [member, errors];
        if (errors === 0) break;
      }
      if (best) walk(best, value, path, out);
      return;
    }
    default:
      return;
  }
}

/**
 * The keys of `value` that `codec` does not declare, at any depth, in the
 * order they appear. A union is walked along the member that decodes the
 * value (or fails it least), so an `actor-registered` line is checked
 * against the actor's fields.
 *
 * @example
 * import { unknownFields } from './unknown-fields.js'
 * import { StatementInput } from '@stancelog/core'
 * const line = { holder: 'r', issue: 'x', kind: 'demand', polarity: '+', stated_at: '2025-01-01', conditions: [{ issue: 'y', polarty: '+' }], source: { quote: 'q' } }
 * assert.deepStrictEqual(unknownFields(StatementInput, line).map((f) => f.path), ['stated_at', 'conditions[0].polarty'])
 * @category input
 * @since 0.1.0
 * @internal
 */
export function unknownFields(codec: CodecShape, value: unknown): UnknownField[] {
  const out: UnknownField[] = [];
  walk(codec, value, '', out);
  return out;
}

/**
 * `path: unknown field (closest?)`, as the CLI prints it; `path` may be
 * given when the value sits inside a larger input (`[2].aliass`).
 *
 * @example
 * import { describeUnknownField } from './unknown-fields.js'
 * const field = { path: 'stated_at', key: 'stated_at', known: ['statedAt', 'source'] }
 * assert.strictEqual(describeUnknownField(field), 'stated_at: unknown field (statedAt?)')
 * assert.strictEqual(describeUnknownField({ ...field, key: 'xyz' }, '[2].xyz'), '[2].xyz: unknown field')
 * @category input
 * @since 0.1.0
 * @internal
 */
export function describeUnknownField(field: UnknownField, path = field.path): string {
  return `${path}: unknown field${didYouMean(field.key, field.known)}`;
}
