/**
 * Type-level equality for the typecheck-only files that keep hand-written
 * types equal to what their codecs decode to
 * (packages/core/test/model-types.check.ts,
 * packages/ingest/test/lexicon-types.check.ts).
 */

/** `true` when each of A and B fits the other. */
export type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** The keys of T's optional fields. */
export type OptionalKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? K : never }[keyof T];

/** `true` when A and B accept the same values and have the same (optional) fields. */
export type Same<A, B> =
  Mutual<A, B> extends true
    ? Mutual<keyof A, keyof B> extends true
      ? Mutual<OptionalKeys<A>, OptionalKeys<B>>
      : false
    : false;
