/**
 * Decoding failures, named by the path of the field that is wrong.
 *
 * io-ts reports a failure as a stack of contexts; this module turns it into
 * `source.quote: expected string, got 42`, skipping the contexts that are
 * not fields (members of intersections and unions).
 *
 * @since 0.1.0
 */
import type * as t from 'io-ts';
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
   * refined codec's description (`a confidence from 0 to 1`), or else the
   * codec's name (`string`).
   */
  readonly expected: string;
  /** A short rendering of what was found. */
  readonly actual: string;
  /** `path: expected X, got Y` */
  readonly message: string;
}

function render(value: unknown): string {
  if (value === undefined) return 'nothing';
  let s: string;
  try {
    s = JSON.stringify(value) ?? String(value);
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

// An enumeration reads better as its values than as its codec's name, and a
// refined codec as the words it was described with (see `refine`).
function expectedOf(type: t.Decoder<unknown, unknown>): string {
  const keyof = type as unknown as { _tag?: string; keys?: Record<string, unknown>; description?: string };
  const keys = keyof._tag === 'KeyofType' ? keyof.keys : undefined;
  if (keys) return `one of ${Object.keys(keys).map((k) => JSON.stringify(k)).join(', ')}`;
  return keyof.description ?? type.name;
}

interface CodecShape {
  readonly _tag?: string;
  readonly type?: CodecShape;
  readonly types?: ReadonlyArray<CodecShape>;
  readonly props?: Readonly<Record<string, CodecShape>>;
  readonly value?: unknown;
}

// The literal fields of an object codec (through exact and refinement wrappers).
function literalsOf(codec: CodecShape): Map<string, unknown> {
  let inner = codec;
  while ((inner._tag === 'ExactType' || inner._tag === 'RefinementType') && inner.type) inner = inner.type;
  const found = new Map<string, unknown>();
  for (const [key, prop] of Object.entries(inner.props ?? {})) if (prop._tag === 'LiteralType') found.set(key, prop.value);
  return found;
}

// A tagged union (events by `type`) refuses a value whose tag is none of its
// members' at once, naming only itself: name the tag field and its values.
function unknownTag(type: t.Decoder<unknown, unknown>, value: unknown): { key: string; expected: string; actual: string } | undefined {
  const union = type as unknown as CodecShape;
  if (union._tag !== 'UnionType' || !union.types?.length || typeof value !== 'object' || value === null) return undefined;
  const members = union.types.map(literalsOf);
  for (const key of members[0]!.keys()) {
    if (!members.every((m) => m.has(key))) continue;
    const tags = members.map((m) => m.get(key));
    const found = (value as Record<string, unknown>)[key];
    if (tags.includes(found)) return undefined;
    return { key, expected: `one of ${tags.map((tag) => JSON.stringify(tag)).join(', ')}`, actual: render(found) };
  }
  return undefined;
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

/**
 * Turns io-ts validation errors into {@link DecodeIssue}s, one per field,
 * most specific first.
 *
 * @example
 * import { Statement, decodeIssues } from '@stancelog/core'
 * const result = Statement.decode({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: 'no', source: { quote: 'q' } })
 * if (result._tag === 'Left') {
 *   assert.strictEqual(decodeIssues(result.left)[0]?.path, 'polarity')
 * }
 * @category errors
 * @since 0.1.0
 */
export function decodeIssues(errors: t.Errors): ReadonlyArray<DecodeIssue> {
  const seen = new Set<string>();
  const issues: DecodeIssue[] = [];
  for (const error of errors) {
    const last = error.context[error.context.length - 1];
    const path = pathOf(error.context);
    if (seen.has(path)) continue;
    seen.add(path);
    const tag = last ? unknownTag(last.type, error.value) : undefined;
    if (tag) {
      const at = path === '' ? tag.key : `${path}.${tag.key}`;
      issues.push({ path: at, expected: tag.expected, actual: tag.actual, message: `${at}: expected ${tag.expected}, got ${tag.actual}` });
      continue;
    }
    const expected = last ? expectedOf(last.type) : 'a valid value';
    const actual = render(error.value);
    const where = path === '' ? 'value' : path;
    issues.push({ path, expected, actual, message: error.message ?? `${where}: expected ${expected}, got ${actual}${timeZoneHint(error.value)}` });
  }
  return issues;
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
