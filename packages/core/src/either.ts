/**
 * The `Either` functions core uses, as fp-ts defines them (same
 * values, same types). Core imports them from here rather than from
 * `fp-ts/lib/Either.js`: that path is fp-ts's CommonJS build, which a
 * browser bundle would carry beside the ES build io-ts imports (about
 * 28 kB minified twice over). Not exported: callers use fp-ts's own.
 *
 * @since 0.1.0
 */
import type { Either, Left } from 'fp-ts/lib/Either.js';

export const left = <E = never, A = never>(e: E): Either<E, A> => ({ _tag: 'Left', left: e });

export const right = <E = never, A = never>(a: A): Either<E, A> => ({ _tag: 'Right', right: a });

export const isLeft = <E, A>(ma: Either<E, A>): ma is Left<E> => ma._tag === 'Left';
