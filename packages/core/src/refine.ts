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
 * A codec for the values of `base` that satisfy `predicate`. `description`,
 * when given, is what a decoding error says was expected, in words a user
 * reads (`an even number`), instead of the codec's `name`. `problem`, when
 * given, says more precisely what is wrong with a value of `base` the
 * predicate refuses (`2025-04-31 is not a day of the calendar`); the error
 * says that instead, when it returns a text.
 *
 * @example
 * import { decodeIssues, refine } from '@stancelog/core'
 * import * as t from 'io-ts'
 * const Even = refine(t.number, (n) => n % 2 === 0, 'Even', 'an even number')
 * assert.ok(Even.is(4))
 * assert.ok(!Even.is(3))
 * const r = t.type({ n: Even }).decode({ n: 3 })
 * assert.ok(r._tag === 'Left' && decodeIssues(r.left)[0]?.message === 'n: expected an even number, got 3')
 * const Small = refine(t.number, (n) => n < 10, 'Small', 'a number below 10', (n) => (n === 10 ? '10 is not below 10: count from 0' : undefined))
 * const ten = t.type({ n: Small }).decode({ n: 10 })
 * assert.ok(ten._tag === 'Left' && decodeIssues(ten.left)[0]?.message === 'n: 10 is not below 10: count from 0')
 * @category codecs
 * @since 0.1.0
 */
export function refine<A, O>(
  base: t.Type<A, O, unknown>,
  predicate: (a: A) => boolean,
  name: string,
  description?: string,
  problem?: (a: A) => string | undefined,
): t.Type<A, O, unknown> {
  const codec = new t.Type<A, O, unknown>(
    name,
    (u): u is A => base.is(u) && predicate(u),
    (u, c) => {
      const r = base.validate(u, c);
      if (r._tag === 'Left') return r;
      return predicate(r.right) ? t.success(r.right) : t.failure(u, c);
    },
    base.encode,
  );
  if (description !== undefined) (codec as { description?: string }).description = description;
  // Read by `decodeIssues`, which knows the field's path; guarded, as it is
  // handed whatever value failed (of `base`'s type only if `base` took it).
  if (problem !== undefined) {
    (codec as { problem?: (u: unknown) => string | undefined }).problem = (u) => (base.is(u) && !predicate(u) ? problem(u) : undefined);
  }
  return codec;
}

/**
 * Whether a value is a string with more than spaces in it: what
 * {@link nonBlank} takes.
 * @example
 * import { filled } from './refine.js'
 * assert.ok(filled('Kyiv') && !filled(' \t') && !filled(undefined))
 * @since 0.1.0
 */
export function filled(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * A codec for strings that are not blank (empty, or spaces only): a name
 * or a title a person reads. `description` is what a decoding error says
 * was expected (`a title (not blank)`), `problem` what it says is wrong
 * with a blank one (`empty: give a title`). A value that is no string at
 * all is refused as `t.string` refuses it (`expected string, got
 * nothing`): a field left out or of the wrong type is said as any string
 * field's, whatever codec it is.
 *
 * @example
 * import { decodeIssues, nonBlank } from '@stancelog/core'
 * import * as t from 'io-ts'
 * const Page = t.type({ title: nonBlank('Title', 'a title (not blank)', 'empty: give a title') })
 * const blank = Page.decode({ title: '  ' })
 * assert.ok(blank._tag === 'Left' && decodeIssues(blank.left)[0]?.message === 'title: empty: give a title')
 * const missing = Page.decode({})
 * assert.ok(missing._tag === 'Left' && decodeIssues(missing.left)[0]?.message === 'title: required: a string')
 * const list = t.type({ titles: t.array(nonBlank('Title', 'a title (not blank)', 'empty: give a title')) }).decode({ titles: 'Ceasefire' })
 * assert.ok(list._tag === 'Left' && decodeIssues(list.left)[0]?.message === 'titles: expected a list of strings, none blank, got "Ceasefire"')
 * assert.ok(Page.is({ title: 'Ceasefire' }))
 * @category codecs
 * @since 0.1.0
 */
export function nonBlank(name: string, description: string, problem: string): t.Type<string, string, unknown> {
  const codec = new t.Type<string, string, unknown>(
    name,
    (u): u is string => typeof u === 'string' && filled(u),
    (u, c) => {
      if (typeof u === 'string') return filled(u) ? t.success(u) : t.failure(u, c);
      // Refused as a string field's: the context's last entry names t.string, whose words decodeIssues uses.
      const at = c[c.length - 1];
      return t.string.validate(u, at === undefined ? [{ key: '', type: t.string, actual: u }] : [...c.slice(0, -1), { ...at, type: t.string }]);
    },
    t.identity,
  );
  // Read by `decodeIssues`, as `refine` sets them; a list of them is said as one of strings is ("a list of strings").
  (codec as { description?: string }).description = description;
  (codec as { plural?: string }).plural = 'strings, none blank';
  (codec as { problem?: (u: unknown) => string | undefined }).problem = (u) => (typeof u === 'string' && !filled(u) ? problem : undefined);
  return codec;
}
