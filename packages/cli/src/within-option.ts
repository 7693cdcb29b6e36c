/**
 * `--within ISSUE` of `log`, `positions`, `contradictions` and `timeline`:
 * the issue and every issue under it in the registry's hierarchy (its
 * sub-issues, defined with `parent`, at any depth), where `--issue` takes
 * the one issue only.
 *
 * @since 0.1.0
 */
import { left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { descendants } from '@stancelog/core';
import type { RegistryState } from '@stancelog/core';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';

/** The help of `--issue` where `--within` is offered beside it. */
export const ISSUE_ONLY_HELP = 'only this issue, not the issues under it (see --within)';

/** The help of `--within`. */
export const WITHIN_HELP = 'only this issue and the issues under it (defined with parent, at any depth), by the hierarchy the registry holds (at --known-at when given)';

/**
 * Refuses `--issue` and `--within` given together: one issue alone, or an
 * issue with those under it, not both.
 *
 * @example
 * import { checkIssueOrWithin } from './within-option.js'
 * assert.strictEqual(checkIssueOrWithin({ within: 'peace-talks' })._tag, 'Right')
 * const both = checkIssueOrWithin({ issue: 'territorial-concessions', within: 'peace-talks' })
 * assert.ok(both._tag === 'Left' && both.left.message === '--issue territorial-concessions and --within peace-talks: give one (--issue takes the issue alone, --within the issue and the issues under it)')
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function checkIssueOrWithin(options: { readonly issue?: string | undefined; readonly within?: string | undefined }): Either<CliError, void> {
  if (options.issue === undefined || options.within === undefined) return right(undefined);
  return left(cliError(`--issue ${options.issue} and --within ${options.within}: give one (--issue takes the issue alone, --within the issue and the issues under it)`));
}

/**
 * The issues `--within` keeps, by the registry given (the analysis's, as
 * known at the query's `--known-at`): the issue itself and its sub-issues
 * at any depth; undefined when `within` is (no such filter).
 *
 * @example
 * import { registry, replay } from '@stancelog/core'
 * import { issuesWithin } from './within-option.js'
 * const state = replay(registry(), [
 *   { type: 'issue-defined', data: { id: 'peace-talks', title: 'Talks', proposition: 'talks begin' } },
 *   { type: 'issue-defined', data: { id: 'territorial-concessions', title: 'Territory', proposition: 'land is ceded', parent: 'peace-talks' } },
 * ] as any[])
 * assert.deepStrictEqual([...issuesWithin(state, 'peace-talks')!].sort(), ['peace-talks', 'territorial-concessions'])
 * assert.strictEqual(issuesWithin(state, undefined), undefined)
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function issuesWithin(registry: RegistryState, within: string | undefined): ReadonlySet<string> | undefined {
  return within === undefined ? undefined : descendants(registry, within);
}

/**
 * The contradictions (or anything with `issues`) on an issue `--within`
 * keeps, by the registry of `state`: one on any of its issues is kept (a
 * deadlock through an issue under it and one outside it too). All of them
 * when `within` is undefined.
 *
 * @example
 * import { registry, replay } from '@stancelog/core'
 * import { onIssuesWithin } from './within-option.js'
 * // The analysis's state, or any with its registry.
 * const state = { registry: replay(registry(), [
 *   { type: 'issue-defined', data: { id: 'peace-talks', title: 'Talks', proposition: 'talks begin' } },
 *   { type: 'issue-defined', data: { id: 'territorial-concessions', title: 'Territory', proposition: 'land is ceded', parent: 'peace-talks' } },
 * ] as any[]) }
 * const found = [{ id: 'a', issues: ['territorial-concessions'] }, { id: 'b', issues: ['sanctions'] }]
 * assert.deepStrictEqual(onIssuesWithin(found, state, 'peace-talks').map((c) => c.id), ['a'])
 * assert.strictEqual(onIssuesWithin(found, state, undefined), found)
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function onIssuesWithin<T extends { readonly issues: ReadonlyArray<string> }>(
  found: T[],
  state: { readonly registry: RegistryState },
  within: string | undefined,
): T[] {
  const issues = issuesWithin(state.registry, within);
  return issues === undefined ? found : found.filter((c) => c.issues.some((issue) => issues.has(issue)));
}
