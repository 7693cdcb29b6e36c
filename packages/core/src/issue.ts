/**
 * Issues: the propositions actors take positions on.
 *
 * An issue stands for one proposition (`territorial-concessions`: "Ukraine
 * cedes or legally recognises the loss of occupied territory"); a `+` stance
 * wants it, a `-` stance rejects it. An issue may be settled within a parent
 * (`territorial-concessions` within `peace-talks`), and a condition set on a
 * parent applies to its sub-issues.
 *
 * @since 0.1.0
 */
import * as t from 'io-ts';
import type { DecodeIssue } from './decode-error.js';
import { IssueId } from './ids.js';
import { nonBlank } from './refine.js';

// The model types are written out rather than `t.TypeOf<typeof Codec>`, so that
// signatures, hovers and the API reference name them instead of spelling out
// their fields; packages/core/test/model-types.check.ts keeps each equal to
// what its codec decodes to.

// What tables, reports and explanations show of an issue, and what its stances are for or against: not blank.
const Title = nonBlank('IssueTitle', 'a title (not blank)', 'empty: give the issue a title (a few words, as tables and reports show it)');
const Proposition = nonBlank('Proposition', 'a proposition (not blank)', 'empty: give the proposition a + stance wants (and a - stance rejects)');

// An issue whose texts are of these codecs: not blank as one is given (Issue), any string as a log holds it
// (LoggedIssue: a log written before texts were checked stays readable).
function issueOf(title: t.Type<string, string, unknown>, proposition: t.Type<string, string, unknown>) {
  return t.intersection([t.type({ id: IssueId, title, proposition }), t.partial({ parent: IssueId })], 'Issue');
}

/**
 * An issue of the registry. Its `title` and `proposition` are not blank
 * (empty, or spaces only): appending an `issue-defined` event refuses
 * blank ones (see `blankTextIssues`), though a log written before holds
 * them readably (the events' codecs take any string there).
 *
 * @example
 * import { Issue } from '@stancelog/core'
 * const issue: Issue = {
 *   id: 'territorial-concessions',
 *   title: 'Territorial concessions',
 *   proposition: 'Ukraine cedes or legally recognises the loss of occupied territory',
 *   parent: 'peace-talks',
 * }
 * assert.ok(Issue.is(issue))
 * assert.ok(!Issue.is({ ...issue, proposition: '' }))
 * @category codecs
 * @since 0.1.0
 */
export const Issue = issueOf(Title, Proposition);

/**
 * An issue as an `issue-defined` event of a log holds it: as
 * {@link Issue}, its title and proposition any string (a log written
 * before blank ones were refused is read as it is).
 *
 * @example
 * import { LoggedIssue } from './issue.js'
 * assert.ok(LoggedIssue.is({ id: 'pay-rise', title: '', proposition: ' ' }))
 * @category codecs
 * @since 0.1.0
 * @internal
 */
export const LoggedIssue = issueOf(t.string, t.string);
/** @category model @since 0.1.0 */
export type Issue = {
  /** The id statements name as `issue` and conditions as `issue` (`territorial-concessions`, `ceasefire`). */
  id: IssueId;
  /** A few words, as tables and reports show it (`Territorial concessions`); not blank. */
  title: string;
  /**
   * What a `+` stance wants and a `-` stance rejects, as one sentence
   * (`Ukraine cedes or legally recognises the loss of occupied territory`);
   * not blank. Phrase it so that polarity reads plainly: "we refuse to cede
   * land" is `-` on it.
   */
  proposition: string;
  /** The issue this one is settled within (`peace-talks` for `territorial-concessions`): a condition on the parent applies to it. */
  parent?: IssueId | undefined;
};

/**
 * What is wrong with the parent an `issue-defined` event gives that its
 * codec does not see: the issue itself (an issue within itself is within
 * nothing a negotiation settles). Appending refuses such an event (see
 * `prepareBatch`); the codecs take it, so that a log written before stays
 * readable. A cycle through several issues (a within b within a) needs the
 * log's other definitions to be seen: `stancelog append` refuses it.
 *
 * @example
 * import { parentIssues } from '@stancelog/core'
 * const self = { type: 'issue-defined', data: { id: 'talks', title: 'Talks', proposition: 'talks', parent: 'talks' } } as const
 * assert.deepStrictEqual(parentIssues(self).map((i) => i.message), ['data.parent: "talks" is the issue itself: an issue is not within itself'])
 * assert.deepStrictEqual(parentIssues({ type: 'issue-defined', data: { id: 'format', title: 'Format', proposition: 'format', parent: 'talks' } }), [])
 * @category model
 * @since 0.1.0
 */
export function parentIssues(event: { readonly type: string; readonly data: unknown }): DecodeIssue[] {
  if (event.type !== 'issue-defined') return [];
  const { id, parent } = event.data as { id?: unknown; parent?: unknown };
  if (parent === undefined || parent !== id) return [];
  return [{ path: 'data.parent', expected: 'an issue other than the one defined', actual: JSON.stringify(parent), message: `data.parent: ${JSON.stringify(parent)} is the issue itself: an issue is not within itself` }];
}
