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
 * The first place where `loaded` is not shaped as `initial` (the reducer's
 * initial state, or its encoding, named by `what`), said as `state.actors is
 * a Map in the initial state, but a plain object in the snapshot`;
 * undefined when none is found. Only what
 * a state keeps the shape of is compared: a Map, Set, array or Date stays
 * one, and a plain object stays one, its fields compared in turn; a field
 * whose initial value is a primitive, `null`, `undefined` or a class
 * instance may become anything.
 */
export function shapeProblem(initial: unknown, loaded: unknown, what = 'the initial state', path = 'state'): string | undefined {
  const expected = kind(initial);
  if (expected === undefined) return undefined;
  const actual = kind(loaded);
  if (actual !== expected) return `${path} is ${expected} in ${what}, but ${found(loaded)} in the snapshot`;
  if (expected !== 'a plain object') return undefined;
  const was = initial as Record<string, unknown>;
  const is = loaded as Record<string, unknown>;
  for (const key of Object.keys(was)) {
    const problem = shapeProblem(was[key], is[key], what, fieldPath(path, key));
    if (problem !== undefined) return problem;
  }
  return undefined;
}
