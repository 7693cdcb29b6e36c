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
import { IssueId } from './ids.js';

// The model types are written out rather than `t.TypeOf<typeof Codec>`, so that
// signatures, hovers and the API reference name them instead of spelling out
// their fields; packages/core/test/model-types.check.ts keeps each equal to
// what its codec decodes to.

/**
 * An issue of the registry.
 *
 * @example
 * import { Issue } from '@stancelog/core'
 * assert.ok(Issue.is({
 *   id: 'territorial-concessions',
 *   title: 'Territorial concessions',
 *   proposition: 'Ukraine cedes or legally recognises the loss of occupied territory',
 *   parent: 'peace-talks',
 * }))
 * @category codecs
 * @since 0.1.0
 */
export const Issue = t.intersection(
  [t.type({ id: IssueId, title: t.string, proposition: t.string }), t.partial({ parent: IssueId })],
  'Issue',
);
/** @category model @since 0.1.0 */
export type Issue = {
  id: IssueId;
  title: string;
  proposition: string;
  parent?: IssueId | undefined;
};
