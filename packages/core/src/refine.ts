/**
 * Refined codecs whose TypeScript type stays the plain base type.
 *
 * io-ts brands make every literal (`'ukraine'`) need a cast before it is an
 * `ActorId`; for a library whose users type ids by hand that is more friction
 * than safety. These codecs validate at every boundary (decode) while the
 * static type stays `string` or `number`.
 *
 * @since 0.1.0
 */
import * as t from 'io-ts';

/**
 * A codec for the values of `base` that satisfy `predicate`.
 *
 * @example
 * import { refine } from '@stancelog/core'
 * import * as t from 'io-ts'
 * const Even = refine(t.number, (n) => n % 2 === 0, 'Even')
 * assert.ok(Even.is(4))
 * assert.ok(!Even.is(3))
 * @category codecs
 * @since 0.1.0
 */
export function refine<A, O>(base: t.Type<A, O, unknown>, predicate: (a: A) => boolean, name: string): t.Type<A, O, unknown> {
  return new t.Type<A, O, unknown>(
    name,
    (u): u is A => base.is(u) && predicate(u),
    (u, c) => {
      const r = base.validate(u, c);
      if (r._tag === 'Left') return r;
      return predicate(r.right) ? t.success(r.right) : t.failure(u, c);
    },
    base.encode,
  );
}
