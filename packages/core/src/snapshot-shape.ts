/**
 * Whether a state loaded from a snapshot is shaped as its reducer's states
 * are (internal): a snapshot store that keeps a snapshot as JSON hands its
 * Maps and Sets back as plain objects, and `project` then returned a broken
 * state without a word (`state.actors.get is not a function` came later, in
 * the caller's code).
 *
 * @since 0.1.0
 */

// By tag rather than `instanceof`: a state copied by `structuredClone` or `v8.deserialize` may come from another
// realm (jest's sandbox), whose Map is another constructor.
const tag = (v: unknown): string => Object.prototype.toString.call(v);

/** What a value is, as the message names it; `undefined` for what is not checked (primitives, class instances). */
function kind(v: unknown): string | undefined {
  if (Array.isArray(v)) return 'an array';
  switch (tag(v)) {
    case '[object Map]':
      return 'a Map';
    case '[object Set]':
      return 'a Set';
    case '[object Date]':
      return 'a Date';
  }
  if (typeof v !== 'object' || v === null) return undefined;
  const proto = Object.getPrototypeOf(v);
  // A plain object of this realm or another (whose Object.prototype is another), or one without a prototype.
  return proto === null || Object.getPrototypeOf(proto) === null ? 'a plain object' : undefined;
}

/** What a loaded value is, as the message names it, when it is not what was expected. */
function found(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  return kind(v) ?? (typeof v === 'object' ? 'an object of a class' : `a ${typeof v}`);
}

const fieldPath = (path: string, key: string): string => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`);

/**
 * Where a loaded state is not shaped as its reducer's: the first place,
 * said as `state.actors is a Map in the initial state, but a plain object
 * in the snapshot`, and whether JSON could have made it so (a Map or Set
 * come back as a plain object, a Date as a string): if not, the snapshot
 * was saved by a reducer whose state had another shape, under the same
 * name and version.
 */
export interface ShapeProblem {
  readonly message: string;
  readonly fromJson: boolean;
}

/**
 * The first place where `loaded` is not shaped as `initial` (the reducer's
 * initial state, or its encoding, named by `what`); undefined when none is
 * found. Only what
 * a state keeps the shape of is compared: a Map, Set, array or Date stays
 * one, and a plain object stays one, its fields compared in turn; a field
 * whose initial value is a primitive, `null`, `undefined` or a class
 * instance may become anything.
 */
export function shapeProblem(initial: unknown, loaded: unknown, what = 'the initial state', path = 'state'): ShapeProblem | undefined {
  const expected = kind(initial);
  if (expected === undefined) return undefined;
  const actual = kind(loaded);
  if (actual !== expected) {
    // What JSON.parse(JSON.stringify(state)) gives back: a Map or Set as an object, a Date as a string.
    const fromJson = ((expected === 'a Map' || expected === 'a Set') && actual === 'a plain object') || (expected === 'a Date' && typeof loaded === 'string');
    return { message: `${path} is ${expected} in ${what}, but ${found(loaded)} in the snapshot`, fromJson };
  }
  if (expected !== 'a plain object') return undefined;
  const was = initial as Record<string, unknown>;
  const is = loaded as Record<string, unknown>;
  for (const key of Object.keys(was)) {
    const problem = shapeProblem(was[key], is[key], what, fieldPath(path, key));
    if (problem !== undefined) return problem;
  }
  return undefined;
}
