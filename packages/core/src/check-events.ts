/**
 * New events checked as an append checks them, without a store: for a form
 * that says what is wrong, field by field, before it appends.
 *
 * @since 0.1.0
 */
import type { Either } from 'fp-ts/lib/Either.js';
import { prepareBatch } from './envelope.js';
import type { PreparedEvent } from './envelope.js';
import type { InvalidEvent } from './errors.js';

/**
 * Checks a batch of new events (one is `[event]`) as every store's
 * `append` checks it before it appends any, with no store: the same
 * `InvalidEvent`, with the same `index`, `issues` (each with its `path`,
 * `data.source.quote`, to mark the field) and `message`, for the first
 * event that is wrong; or the events as a store would append them, but for
 * their positions (each with the id, tags and schema a store gives it,
 * recorded now unless it carries a `recordedAt`). It is the append's own
 * check (`prepareBatch`), which refuses more than the codecs do: a blank
 * quote or speaker's name, a condition on the statement's own issue or on
 * one issue both ways, a field nothing reads (`stated_at`), a day the
 * calendar lacks. What needs the log is left to the append: a withdrawal
 * of an event neither in the log nor earlier in the batch, and the
 * append's conditions (`expectedPosition`, `condition`); an event the log
 * holds already is no error, and the append skips it.
 *
 * A form calls it, then shows what is unlikely but taken with
 * {@link dateWarnings} (a statement dated in the future: "append
 * anyway?"), and the weeks 53 a year lacks with {@link statedWeekIssues},
 * which `stancelog append` refuses; then it appends.
 *
 * @example
 * import { checkEvents, dateWarnings, openMemoryStore, statementMade, StatementInput } from '@stancelog/core'
 * const form = { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-05-16', source: { quote: ' ' } } as const
 * assert.strictEqual(StatementInput.decode(form)._tag, 'Right') // the codec takes a blank quote...
 * const checked = checkEvents([statementMade(form)]) // ...the append does not
 * assert.ok(checked._tag === 'Left' && checked.left._tag === 'InvalidEvent')
 * assert.deepStrictEqual(checked.left.issues.map((i) => i.path), ['data.source.quote'])
 * assert.strictEqual(checked.left.message, 'event 1 of the batch: data.source.quote: empty: give the words the statement rests on (a quote, or a paraphrase of what was said)')
 * const store = openMemoryStore()
 * const appended = await store.append([statementMade(form)])
 * assert.ok(appended._tag === 'Left' && appended.left.message === checked.left.message) // the very same refusal
 * // Put right, it passes, with the id the store will give it: then warn, then append.
 * const fixed = statementMade({ ...form, source: { quote: 'no ceasefire before talks' } })
 * const ok = checkEvents([fixed])
 * assert.ok(ok._tag === 'Right' && dateWarnings(fixed).length === 0)
 * const stored = await store.append([fixed])
 * assert.ok(stored._tag === 'Right' && stored.right.appended[0]!.id === ok.right[0]!.id)
 * @category store
 * @since 0.1.0
 */
export function checkEvents(events: ReadonlyArray<unknown>): Either<InvalidEvent, ReadonlyArray<PreparedEvent>> {
  return prepareBatch(events);
}
