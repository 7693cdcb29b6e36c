// A reducer that behaves differently live and in a replay: it counts the
// first time it sees each object, and a replay mutates one object while each
// live update hands it a new draft. The kit's own tests use it to prove that
// both the laws and the specs catch such a reducer.
import { reducer } from '@stancelog/core';

export function identityCounter(name: string) {
  const seen = new WeakSet<object>();
  return reducer({
    name,
    version: '1',
    initial: () => ({ box: { n: 0 } }),
    recipe: (s: { box: { n: number } }) => {
      if (!seen.has(s.box)) {
        seen.add(s.box);
        s.box.n++;
      }
    },
  });
}
