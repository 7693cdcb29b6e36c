/**
 * Decoding failures, named by the path of the field that is wrong.
 *
 * io-ts reports a failure as a stack of contexts; this module turns it into
 * `source.quote: expected string, got 42`, skipping the contexts that are
 * not fields (members of intersections and unions), in plain words rather
 * than io-ts's names of codecs (`source: required: an object with at least
 * {quote}`, not `expected Source, got nothing`). It also names the keys no
 * codec declares (`stated_at: unknown field (statedAt?)`), which decoding
 * would drop without a word.
 *
 * @since 0.1.0
 */
import type * as t from 'io-ts';
import { distance } from 'fastest-levenshtein';
import { timeZoneHint } from './time.js';

/**
 * One thing wrong with a decoded value: where, and what was expected.
 * @example
 * import { Statement, decodeIssues } from '@stancelog/core'
 * import type { DecodeIssue } from '@stancelog/core'
 * const r = Statement.decode({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', conditions: [{ issue: 'sanctions-relief', polarity: 'yes' }], source: { quote: 'only once sanctions go' } })
 * assert.ok(r._tag === 'Left')
 * const [issue]: ReadonlyArray<DecodeIssue> = decodeIssues(r.left)
 * assert.deepStrictEqual(issue, { path: 'conditions[0].polarity', expected: 'one of "0", "+", "-"', actual: '"yes"', message: 'conditions[0].polarity: expected one of "0", "+", "-", got "yes"' })
 * @category errors
 * @since 0.1.0
 */
export interface DecodeIssue {
  /** The field's path, `conditions[0].polarity`; empty for the value itself. */
  readonly path: string;
  /**
   * What the field should have been, in words: `one of "0", "+", "-"`, a
   * refined codec's description (`a confidence from 0 to 1`), an object
   * by its fields (`an object with at least {quote}`), a list by what it
   * holds (`a list of {issue, polarity}`), or else the codec's name (`string`).
   */
  readonly expected: string;
  /**
   * A short rendering of what was found (`Infinity` and `NaN` as such, though
   * JSON has neither; a `Date` as `a Date object (2025-09-01T00:00:00.000Z)`,
   * not the string it would become, and the message then says to give a string).
   * @example
   * import { Statement, decodeIssues } from '@stancelog/core'
   * const r = Statement.decode({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: new Date('2025-09-01'), source: { quote: 'no truce' } })
   * assert.ok(r._tag === 'Left')
   * const [issue] = decodeIssues(r.left)
   * assert.strictEqual(issue?.actual, 'a Date object (2025-09-01T00:00:00.000Z)')
   * assert.match(issue!.message, /got a Date object \(2025-09-01T00:00:00\.000Z\): give a string, such as date\.toISOString\(\)$/)
   */
  readonly actual: string;
  /**
   * `path: expected X, got Y`; `path: required: X` for a field left out;
   * what a refined codec says is wrong (`statedAt: 2025-04-31 is not a day
   * of the calendar (April has 30 days)`); `path: unknown field (near?)`.
   */
  readonly message: string;
}

// JSON has no Infinity, NaN or BigInt (JSON.stringify writes null for the
// first two and throws for the last), but a JavaScript caller can pass them:
// the rendering shows them as they are written (`1n`, not `1`).
const RAW = '\u0000raw:';
const keepNonJson = (_key: string, v: unknown): unknown =>
  typeof v === 'number' && !Number.isFinite(v) ? `${RAW}${v}` : typeof v === 'bigint' ? `${RAW}${v}n` : v;

// A Date is what a JavaScript caller passes for a time most often; JSON.stringify would render it as the ISO string it
// turns into, which reads as the very thing asked for ("expected ... an ISO timestamp, got "2025-09-01T00:00:00.000Z"").
const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

function render(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (isDate(value)) return `a Date object (${Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString()})`;
  let s: string;
  try {
    s = (JSON.stringify(value, keepNonJson) ?? String(value)).replace(/"\\u0000raw:(-?Infinity|NaN|-?\d+n)"/g, '$1');
  } catch {
    s = String(value);
  }
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

// Intersections and unions add a context entry per member (keyed by index);
// exact and refinement codecs add none of their own, so what follows them is
// a member when they wrap an intersection or union, and a field otherwise.
function isStructural(type: t.Decoder<unknown, unknown>): boolean {
  const { _tag: tag, type: inner } = type as { _tag?: string; type?: t.Decoder<unknown, unknown> };
  if (tag === 'IntersectionType' || tag === 'UnionType') return true;
  if ((tag === 'RefinementType' || tag === 'ExactType') && inner !== undefined) return isStructural(inner);
  return false;
}

interface CodecShape {
  readonly _tag?: string | undefined;
  readonly name?: string | undefined;
  readonly description?: string | undefined;
  /** What a list of values of this codec holds, in words (`strings, none blank`), where `each` and the description would read badly. */
  readonly plural?: string | undefined;
  readonly problem?: (value: unknown) => string | undefined;
  readonly keys?: Readonly<Record<string, unknown>> | undefined;
  readonly type?: CodecShape | undefined;
  readonly types?: ReadonlyArray<CodecShape> | undefined;
  readonly props?: Readonly<Record<string, CodecShape>> | undefined;
  readonly codomain?: CodecShape | undefined;
  readonly value?: unknown | undefined;
  readonly decode?: (value: unknown) => { readonly _tag: 'Left' | 'Right'; readonly left?: ReadonlyArray<unknown> };
}

// Codecs that wrap another without changing the shape of what it takes.
const WRAPPERS = new Set(['ExactType', 'StrictType', 'RefinementType', 'ReadonlyType']);
// Names that already read as words ("expected string, got 3").
const PLAIN = new Set(['string', 'number', 'boolean', 'null', 'undefined']);
// What a field of a plain type takes, said of one left out.
const PLAIN_WORDS: ReadonlyMap<string, string> = new Map([['string', 'a string'], ['number', 'a number'], ['boolean', 'true or false']]);

// What a wrapper wraps; a wrapper with words of its own (`description`) stays, when asked to.
function unwrap(codec: CodecShape, keepDescribed = false): CodecShape {
  while (codec._tag !== undefined && WRAPPERS.has(codec._tag) && codec.type && !(keepDescribed && codec.description !== undefined)) codec = codec.type;
  return codec;
}

interface Fields {
  readonly required: ReadonlyArray<string>;
  readonly optional: ReadonlyArray<string>;
  /** Each field's codecs (one per member of an intersection that declares it). */
  readonly codecs: ReadonlyMap<string, ReadonlyArray<CodecShape>>;
}

// Codecs are built once and read for every error and every walk: their fields are worked out once.
const fieldsCache = new WeakMap<CodecShape, Fields | null>();

/** The fields of an object codec (merged over an intersection's members); null for a codec that is not a plain object. */
function fieldsOf(codec: CodecShape): Fields | null {
  codec = unwrap(codec);
  let found = fieldsCache.get(codec);
  if (found !== undefined) return found;
  found = null;
  if ((codec._tag === 'InterfaceType' || codec._tag === 'PartialType') && codec.props) {
    const keys = Object.keys(codec.props);
    found = {
      required: codec._tag === 'InterfaceType' ? keys : [],
      optional: codec._tag === 'PartialType' ? keys : [],
      codecs: new Map(Object.entries(codec.props).map(([k, c]) => [k, [c]])),
    };
  } else if (codec._tag === 'IntersectionType' && codec.types) {
    const members = codec.types.map(fieldsOf);
    if (members.every((m): m is Fields => m !== null)) {
      const codecs = new Map<string, CodecShape[]>();
      for (const m of members) for (const [k, cs] of m.codecs) codecs.set(k, [...(codecs.get(k) ?? []), ...cs]);
      const required = [...new Set(members.flatMap((m) => m.required))];
      found = { required, optional: [...new Set(members.flatMap((m) => m.optional))].filter((k) => !required.includes(k)), codecs };
    }
  }
  fieldsCache.set(codec, found);
  return found;
}

// `{issue, polarity}`: an object read by its fields, where io-ts would name it
// by its codec (`Condition`) or spell its type out (`{ issue: IssueId, ... }`).
function objectWords(fields: Fields, plural: boolean): string {
  const braces = (keys: ReadonlyArray<string>): string => `{${keys.join(', ')}}`;
  if (fields.required.length === 0) return fields.optional.length === 0 ? (plural ? 'objects' : 'an object') : `${plural ? 'objects' : 'an object'} with any of ${braces(fields.optional)}`;
  if (fields.optional.length === 0) return plural ? braces(fields.required) : `an object ${braces(fields.required)}`;
  return `${plural ? 'objects' : 'an object'} with at least ${braces(fields.required)}`;
}

/**
 * What a codec takes, in words: an enumeration as its values, a refined
 * codec as the words it was described with (see `refine`), an object by its
 * fields, a list by what it holds; a codec's own name only when it is one
 * of the plain ones (`string`) or nothing better is known. io-ts's names
 * (`Source`, `Exact<Office>`, `ReadonlyArray<Condition>`) are not words a
 * user of the CLI or of a file store knows.
 */
function expectedOf(type: t.Decoder<unknown, unknown>, plural = false): string {
  const codec = unwrap(type as unknown as CodecShape, true);
  if (codec.description !== undefined) return plural ? (codec.plural ?? `each ${codec.description}`) : codec.description;
  switch (codec._tag) {
    case 'KeyofType':
      return `${plural ? 'each ' : ''}one of ${Object.keys(codec.keys ?? {}).map((k) => JSON.stringify(k)).join(', ')}`;
    case 'LiteralType':
      return JSON.stringify(codec.value);
    case 'ArrayType':
    case 'ReadonlyArrayType':
      if (codec.type) return `${plural ? 'lists' : 'a list'} of ${expectedOf(codec.type as unknown as t.Decoder<unknown, unknown>, true)}`;
      break;
    case 'UnionType': {
      const tagged = codec.types && taggedBy(codec.types);
      if (tagged) return `${plural ? 'objects' : 'an object'} whose ${tagged.key} is one of ${tagged.tags.map((x) => JSON.stringify(x)).join(', ')}`;
      if (codec.types) return codec.types.map((m) => expectedOf(m as unknown as t.Decoder<unknown, unknown>, plural)).join(' or ');
      break;
    }
    default: {
      const fields = fieldsOf(codec);
      if (fields) return objectWords(fields, plural);
    }
  }
  const name = codec.name ?? type.name;
  if (PLAIN.has(name)) return plural ? `${name}s` : name;
  return plural ? `each ${name}` : name;
}

// The problem a refined codec sees in the value, in its own words (see `refine`).
function problemOf(type: t.Decoder<unknown, unknown>, value: unknown): string | undefined {
  const problem = (type as unknown as CodecShape).problem;
  return problem ? problem(value) : undefined;
}

// The literal fields of an object codec (through exact and refinement wrappers).
function literalsOf(codec: CodecShape): Map<string, unknown> {
  let inner = codec;
  while ((inner._tag === 'ExactType' || inner._tag === 'RefinementType') && inner.type) inner = inner.type;
  const found = new Map<string, unknown>();
  for (const [key, prop] of Object.entries(inner.props ?? {})) if (prop._tag === 'LiteralType') found.set(key, prop.value);
  return found;
}

// The field every member of a union has as a literal (events' `type`), and its values.
function taggedBy(types: ReadonlyArray<CodecShape>): { key: string; tags: unknown[] } | undefined {
  if (types.length === 0) return undefined;
  const members = types.map(literalsOf);
  for (const key of members[0]!.keys()) {
    if (members.every((m) => m.has(key))) return { key, tags: members.map((m) => m.get(key)) };
  }
  return undefined;
}

// A tagged union (events by `type`) refuses a value whose tag is none of its
// members' at once, naming only itself: name the tag field and its values.
function unknownTag(type: t.Decoder<unknown, unknown>, value: unknown): { key: string; expected: string; actual: string; near: string } | undefined {
  const union = type as unknown as CodecShape;
  if (union._tag !== 'UnionType' || !union.types?.length || typeof value !== 'object' || value === null) return undefined;
  const tagged = taggedBy(union.types);
  if (!tagged) return undefined;
  const found = (value as Record<string, unknown>)[tagged.key];
  if (tagged.tags.includes(found)) return undefined;
  // A slip from one of the tags ("event-withdraw") is answered as a slip from an enumeration's value is.
  const near = typeof found === 'string' && found.length <= 40 ? nearNames(found, tagged.tags.filter((tag): tag is string => typeof tag === 'string')) : [];
  return { key: tagged.key, expected: `one of ${tagged.tags.map((tag) => JSON.stringify(tag)).join(', ')}`, actual: render(found), near: near.length > 0 ? ` (${near.join(' or ')}?)` : '' };
}

// " (support?)" after an enumeration's value that is a slip from one of its values ("supports", "redline"), or nothing.
function nearValue(type: t.Decoder<unknown, unknown>, value: unknown): string {
  const codec = unwrap(type as unknown as CodecShape);
  if (codec._tag !== 'KeyofType' || typeof value !== 'string' || value.length > 40) return '';
  const near = nearNames(value, Object.keys(codec.keys ?? {}));
  return near.length > 0 ? ` (${near.join(' or ')}?)` : '';
}

function pathOf(context: t.Context): string {
  let path = '';
  for (let i = 1; i < context.length; i++) {
    const parent = context[i - 1]!;
    const entry = context[i]!;
    if (isStructural(parent.type)) continue;
    path += /^\d+$/.test(entry.key) ? `[${entry.key}]` : path === '' ? entry.key : `.${entry.key}`;
  }
  return path;
}

// The union a member's error is of when the member refused the union's value as a whole (a string member given an
// object): the error's path is then the union's own. The innermost such union, or undefined.
function unionOfWhole(context: t.Context, path: string): t.Decoder<unknown, unknown> | undefined {
  for (let i = context.length - 2; i >= 0; i--) {
    const type = context[i]!.type;
    if (unwrap(type as unknown as CodecShape)._tag === 'UnionType' && pathOf(context.slice(0, i + 1)) === path) return type;
  }
  return undefined;
}

/**
 * Turns io-ts validation errors into {@link DecodeIssue}s, one per field,
 * most specific first. A value a union (a phrase as a string, or an object
 * `{ phrase, polarity }`) takes in none of its shapes is blamed by its
 * fields when one of the union's objects takes the value's shape
 * (`phrases[1].polarity: expected one of "0", "+", "-", got "yes"`, not
 * `phrases[1]: expected string`), else as the union says
 * (`expected string or an object with at least {phrase}, got 3`).
 *
 * @example
 * import { Event, Statement, decodeIssues } from '@stancelog/core'
 * const result = Statement.decode({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: 'no', source: { quote: 'q' } })
 * if (result._tag === 'Left') {
 *   assert.strictEqual(decodeIssues(result.left)[0]?.path, 'polarity')
 * }
 * // An event's type one slip from a type is answered with it, as a kind's or a field's is.
 * const slip = Event.decode({ type: 'event-withdraw', data: { event: '0123456789abcdef0123456789abcdef', reason: 'misread' } })
 * assert.ok(slip._tag === 'Left' && decodeIssues(slip.left)[0]!.message.endsWith('got "event-withdraw" (event-withdrawn?)'))
 * // A field left out is required, with what it takes (its words' own parentheses not nested in others).
 * const bare = Event.decode({ type: 'event-withdrawn', data: { event: '0123456789abcdef0123456789abcdef' } })
 * assert.ok(bare._tag === 'Left' && decodeIssues(bare.left)[0]!.message === 'data.reason: required: a reason (a non-empty text)')
 * @category errors
 * @since 0.1.0
 */
export function decodeIssues(errors: t.Errors): ReadonlyArray<DecodeIssue> {
  const seen = new Set<string>();
  const issues: DecodeIssue[] = [];
  // The paths of values a union refused as a whole.
  const whole = new Set<string>();
  for (const error of errors) {
    const last = error.context[error.context.length - 1];
    const path = pathOf(error.context);
    if (seen.has(path)) continue;
    seen.add(path);
    const tag = last ? unknownTag(last.type, error.value) : undefined;
    if (tag) {
      const at = path === '' ? tag.key : `${path}.${tag.key}`;
      issues.push({ path: at, expected: tag.expected, actual: tag.actual, message: `${at}: expected ${tag.expected}, got ${tag.actual}${tag.near}` });
      continue;
    }
    // A member refusing the union's value as a whole is the union refusing it: what the union takes is what was expected.
    const union = last ? unionOfWhole(error.context, path) : undefined;
    const expected = union ? expectedOf(union) : last ? expectedOf(last.type) : 'a valid value';
    const actual = render(error.value);
    const where = path === '' ? 'value' : path;
    const problem = last && !union ? problemOf(last.type, error.value) : undefined;
    // A field left out is "required", with what it takes, after a colon, not in parentheses: its words may have their
    // own ("required: a reason (a non-empty text)"); a plain type's name as words ("required: a string", where it said
    // "expected string, got nothing", unlike every other field left out).
    const missing = error.value === undefined && path !== '';
    const message =
      error.message ??
      (problem !== undefined ? `${where}: ${problem}`
      : missing ? `${where}: required: ${PLAIN_WORDS.get(expected) ?? expected}`
      : `${where}: expected ${expected}, got ${actual}${timeZoneHint(error.value)}${isDate(error.value) ? ': give a string, such as date.toISOString()' : ''}${last ? nearValue(last.type, error.value) : ''}`);
    issues.push({ path, expected, actual, message });
    if (union) whole.add(path);
  }
  // A union's value refused as a whole by one member and within it by another is of the other's shape: its fields say what is wrong.
  return whole.size === 0 ? issues : issues.filter((i) => !whole.has(i.path) || !issues.some((o) => o.path !== i.path && within(o.path, i.path)));
}

// Whether a field's path lies inside another's (`a[1].b` inside `a[1]`; every path inside the value's own, '').
function within(path: string, outer: string): boolean {
  return outer === '' ? path !== '' : path.startsWith(`${outer}.`) || path.startsWith(`${outer}[`);
}

/**
 * One line of text for a list of issues.
 *
 * @example
 * import { formatIssues } from '@stancelog/core'
 * assert.strictEqual(formatIssues([{ path: 'kind', expected: 'StatementKind', actual: '"ask"', message: 'kind: expected StatementKind, got "ask"' }]), 'kind: expected StatementKind, got "ask"')
 * @category errors
 * @since 0.1.0
 */
export function formatIssues(issues: ReadonlyArray<DecodeIssue>): string {
  return issues.map((i) => i.message).join('; ');
}

// Case, `_` and `-` do not count: `stated_at` is `statedAt`, `Russia` is `russia`.
function normalise(name: string): string {
  return name.toLowerCase().replace(/[_-]/g, '');
}

/**
 * "Did you mean ...?": the candidates closest to a misspelt name (at most
 * `max`, sorted), for the errors that name an unknown field or an id
 * nothing mentions. Closest is fewest edits away (Levenshtein distance),
 * ignoring case, `_` and `-`, and within a third of the name's length (at
 * least two edits, one for names of three letters or fewer); only the
 * closest are kept (`publisherr` is `publisher`, not also `publishedAt`),
 * and none when nothing is close: a far-fetched guess misleads more than none.
 *
 * @example
 * import { nearNames } from '@stancelog/core'
 * assert.deepStrictEqual(nearNames('stated_at', ['statedAt', 'recordedAt', 'source']), ['statedAt'])
 * assert.deepStrictEqual(nearNames('rusia', ['russia', 'ukraine', 'belarus']), ['russia'])
 * assert.deepStrictEqual(nearNames('publisherr', ['publisher', 'publishedAt', 'url']), ['publisher'])
 * assert.deepStrictEqual(nearNames('weather', ['russia', 'ukraine']), [])
 * @category errors
 * @since 0.1.0
 */
export function nearNames(name: string, candidates: Iterable<string>, max = 3): string[] {
  const wanted = normalise(name);
  // A slip of one or two letters (`alias` for `aliases`), more in long names; one in very short ones.
  const limit = wanted.length <= 3 ? 1 : Math.max(2, Math.floor(wanted.length / 3));
  const scored: Array<{ candidate: string; d: number }> = [];
  for (const candidate of new Set(candidates)) {
    if (candidate === name) continue;
    const d = distance(wanted, normalise(candidate));
    if (d <= limit) scored.push({ candidate, d });
  }
  const best = scored.reduce((m, s) => Math.min(m, s.d), Infinity);
  return scored
    .filter((s) => s.d === best)
    .map((s) => s.candidate)
    .sort()
    .slice(0, max);
}

/**
 * The issue for a key no codec declares: `path: unknown field (near?)`, or
 * with the fields the object has when no name is near. `known` is the
 * fields the object may hold; `hint`, when given, replaces the suggestion.
 *
 * @example
 * import { unknownFieldIssue } from '@stancelog/core'
 * assert.strictEqual(unknownFieldIssue('data.stated_at', ['holder', 'statedAt', 'source']).message, 'data.stated_at: unknown field (statedAt?)')
 * assert.strictEqual(unknownFieldIssue('mood', ['type', 'data']).message, 'mood: unknown field (the fields are type, data)')
 * @category errors
 * @since 0.1.0
 */
export function unknownFieldIssue(path: string, known: ReadonlyArray<string>, hint?: string): DecodeIssue {
  const key = /(?:^|\.)([^.[\]]*)$/.exec(path)?.[1] ?? path;
  const near = nearNames(key, known);
  const why = hint ?? (near.length > 0 ? `${near.join(' or ')}?` : `the fields are ${known.join(', ')}`);
  return { path, expected: `one of the fields ${known.join(', ')}`, actual: JSON.stringify(key), message: `${path}: unknown field (${why})` };
}

// The path is kept as its steps and written out only for an unknown key:
// appending walks every event, and almost none has one.
function written(trail: ReadonlyArray<string | number>): string {
  let path = '';
  for (const key of trail) path = typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
  return path;
}

// Only objects hold keys: most fields are strings, and are not walked.
function step(codec: CodecShape, value: unknown, key: string | number, trail: Array<string | number>, out: DecodeIssue[]): void {
  if (typeof value !== 'object' || value === null) return;
  trail.push(key);
  walk(codec, value, trail, out);
  trail.pop();
}

function walk(codec: CodecShape, value: unknown, trail: Array<string | number>, out: DecodeIssue[]): void {
  if (value === null || typeof value !== 'object') return;
  codec = unwrap(codec);
  const fields = fieldsOf(codec);
  if (fields) {
    if (Array.isArray(value)) return;
    const record = value as Record<string, unknown>;
    for (const key in record) {
      if (!Object.prototype.hasOwnProperty.call(record, key)) continue;
      const codecs = fields.codecs.get(key);
      if (codecs === undefined) out.push(unknownFieldIssue(written([...trail, key]), [...fields.required, ...fields.optional]));
      else for (const c of codecs) step(c, record[key], key, trail, out);
    }
    return;
  }
  switch (codec._tag) {
    case 'ArrayType':
    case 'ReadonlyArrayType':
      if (Array.isArray(value) && codec.type) for (let i = 0; i < value.length; i++) step(codec.type, value[i], i, trail, out);
      return;
    case 'TupleType':
      if (Array.isArray(value) && codec.types) codec.types.forEach((c, i) => step(c, value[i], i, trail, out));
      return;
    case 'DictionaryType':
      if (!Array.isArray(value) && codec.codomain) for (const [k, v] of Object.entries(value)) step(codec.codomain, v, k, trail, out);
      return;
    case 'UnionType': {
      // The member the value is: the one that decodes it, else the one it fails least.
      let best: CodecShape | undefined;
      let fewest = Infinity;
      for (const member of codec.types ?? []) {
        const r = member.decode?.(value);
        const errors = r === undefined ? Infinity : r._tag === 'Right' ? 0 : (r.left?.length ?? 1);
        if (errors < fewest) [best, fewest] = [member, errors];
        if (errors === 0) break;
      }
      if (best) walk(best, value, trail, out);
      return;
    }
    default:
      return;
  }
}

/**
 * The keys of `value` that `codec` does not declare, at any depth, as
 * issues naming their paths (from `path`) and the near field name when one
 * is close. io-ts's exact codecs drop such keys and its other codecs let
 * them through unseen, so a misspelt optional field (`stated_at`,
 * `source.publisherr`) would vanish without a word; appending refuses them
 * (see `prepareBatch`). A union is walked along the member that decodes
 * the value, or fails it least.
 *
 * @example
 * import { Statement, unknownFieldIssues } from '@stancelog/core'
 * const said = { holder: 'eu', issue: 'tariffs', kind: 'demand', polarity: '+', stated_at: '2025-03-01', conditions: [{ issue: 'quotas', polarty: '+' }], source: { quote: 'q' } }
 * assert.deepStrictEqual(unknownFieldIssues(Statement, said, 'data').map((i) => i.message), ['data.stated_at: unknown field (statedAt?)', 'data.conditions[0].polarty: unknown field (polarity?)'])
 * @category errors
 * @since 0.1.0
 */
export function unknownFieldIssues(codec: t.Decoder<unknown, unknown>, value: unknown, path = ''): DecodeIssue[] {
  const out: DecodeIssue[] = [];
  walk(codec as unknown as CodecShape, value, path === '' ? [] : [path], out);
  return out;
}
