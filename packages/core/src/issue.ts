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
export type Issue = t.TypeOf<typeof Issue>;
