/**
 * The check of a reducer a spec or the laws are given (internal): one
 * written by hand (without `reducer()`) may lack a version or a recipe,
 * and was read anyway, its mistake reported as a recipe that threw
 * (`r.recipe is not a function`).
 *
 * @since 0.1.0
 */
import { reducer as checkedReducer } from '@stancelog/core';

/**
 * Throws a `TypeError` naming what makes `value` no reducer, as core's
 * `reducer()` names it, said by `caller`: `ReducerSpec.for: hand: it has no
 * version (a string): build it with reducer() from @stancelog/core, which
 * checks it where it is made`.
 */
export function checkReducer(value: unknown, caller: string): void {
  try {
    checkedReducer(value as never);
  } catch (error) {
    const problem = error instanceof Error ? error.message.replace(/^reducer: /, '') : String(error);
    throw new TypeError(`${caller}: ${problem}: build it with reducer() from @stancelog/core, which checks it where it is made`);
  }
}
