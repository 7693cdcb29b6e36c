/**
 * Identifiers of actors and issues.
 *
 * An id is a lowercase slug (`united-states`, `territorial-concessions`).
 * Underscores and dots are allowed too, so ids such as `__proto__` or
 * `constructor` are ordinary ids: every index in stancelog is a `Map`, never
 * an object used as a dictionary.
 *
 * @since 0.1.0
 */
import * as t from 'io-ts';
import { refine } from './refine.js';

const ID = /^[a-z0-9_][a-z0-9_.-]{0,127}$/;
const ACTOR_ID_WORDS = 'an actor id (lowercase letters, digits, "-", "_" or ".", up to 128 characters, as "russia")';
const ISSUE_ID_WORDS = 'an issue id (lowercase letters, digits, "-", "_" or ".", up to 128 characters, as "ceasefire")';

// A name written where its id goes ("SDP Party", "Coal Exit"): the error says the id it makes, as the ingest and
// provisional registrations make ids of names.
function idProblem(words: string, value: string): string | undefined {
  if (value.length > 128) return undefined;
  const id = slugify(value);
  return id !== '' && id !== value && ID.test(id) ? `expected ${words}, got ${JSON.stringify(value)} (as an id: ${JSON.stringify(id)}?)` : undefined;
}


/**
 * The canonical id of an actor: `ukraine`, `european-union`, `olaf-scholz`.
 *
 * @example
 * import { ActorId } from '@stancelog/core'
 * assert.ok(ActorId.is('united-states'))
 * assert.ok(!ActorId.is('United States'))
 * @category codecs
 * @since 0.1.0
 */
export const ActorId = refine(t.string, (s) => ID.test(s), 'ActorId', ACTOR_ID_WORDS, (s) => idProblem(ACTOR_ID_WORDS, s));
/** @category model @since 0.1.0 */
export type ActorId = t.TypeOf<typeof ActorId>;

/**
 * The id of an issue: `ceasefire`, `territorial-concessions`.
 *
 * @example
 * import { IssueId } from '@stancelog/core'
 * assert.ok(IssueId.is('nato-membership'))
 * @category codecs
 * @since 0.1.0
 */
export const IssueId = refine(t.string, (s) => ID.test(s), 'IssueId', ISSUE_ID_WORDS, (s) => idProblem(ISSUE_ID_WORDS, s));
/** @category model @since 0.1.0 */
export type IssueId = t.TypeOf<typeof IssueId>;

/**
 * Turns a display name into an id: lowercase, words joined by hyphens,
 * accents dropped. A name with no Latin letter or digit gives the empty
 * string, which is no id: check the result (`ActorId.is`, `IssueId.is`)
 * before using it as one.
 *
 * @example
 * import { ActorId, slugify } from '@stancelog/core'
 * assert.strictEqual(slugify('United Kingdom'), 'united-kingdom')
 * assert.strictEqual(slugify('Türkiye'), 'turkiye')
 * assert.ok(!ActorId.is(slugify('日本')))
 * @category model
 * @since 0.1.0
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 128);
}
