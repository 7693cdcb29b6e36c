/**
 * What the core's benchmark tools replay, by name: `all` (the analysis with
 * its default rules), `positions` (the positions reducer alone), `none` (the
 * analysis without rules), or built-in rule types joined with `+` (the
 * analysis with those rules only). One reading for `compare.ts`,
 * `allocations.ts` and `profile.ts`, so that a variant means the same in
 * each, and a misspelt rule type is refused rather than timed as an
 * analysis without that rule.
 */
import type { Reducer } from '@stancelog/core';

type Core = typeof import('@stancelog/core');

/** The reducer a variant names, made with `core` (a build of @stancelog/core); throws naming a rule type that is not built in. */
export function variantReducer(core: Core, variant: string): Reducer<unknown> {
  if (variant === 'positions') return core.positions() as Reducer<unknown>;
  if (variant === 'all') return core.analysis() as Reducer<unknown>;
  const types = variant === 'none' ? [] : variant.split('+');
  const rules = core.defaultRules();
  const unknown = types.filter((type) => !rules.some((r) => r.type === type));
  if (unknown.length > 0) {
    throw new RangeError(`variant ${variant}: ${unknown.join(', ')} is no built-in rule (the variants are all, positions, none, or of ${rules.map((r) => r.type).join(', ')} joined with +)`);
  }
  return core.analysis({ rules: rules.filter((r) => types.includes(r.type)) }) as Reducer<unknown>;
}

/** Ends the process (status 2) with the message of the first variant no build of `cores` reads: a tool checks its variants before it replays anything. */
export function refuseUnknownVariants(cores: ReadonlyArray<Core>, variants: ReadonlyArray<string>): void {
  for (const variant of variants) {
    try {
      for (const core of cores) variantReducer(core, variant);
    } catch (e) {
      console.error((e as Error).message);
      process.exit(2);
    }
  }
}
