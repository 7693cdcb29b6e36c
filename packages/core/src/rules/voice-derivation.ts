/**
 * A position whose history a voice rule heard out of the order of valid
 * times (a statement older than its latest one: an archive read backwards,
 * a late article) is read anew once the batch is read: its records are
 * taken away, its book is emptied, and every statement of its history is
 * read again in order. What the rule then holds for the position (records
 * and book) is what reading the history in the order of valid times from
 * the start holds, whatever order the log learnt the statements in and
 * however they were batched, so a live update and a replay hold the same.
 * A position read anew once for a batch costs its history once: an archive
 * read newest first costs each position one reading, not one a statement.
 *
 * @since 0.1.0
 */
import type { RuleContext } from '../contradictions.js';
import { plainHistory } from '../positions.js';
import type { PositionState } from '../positions.js';
import { emptyBook } from './voice-book.js';
import type { VoiceBook } from './voice-book.js';
import { readLatest } from './voice-conflicts.js';
import type { VoiceTerms } from './voice-spec.js';

/** Takes back the rule's records on the position and reads its whole history again, in order, into an empty book. */
export function readAnew(terms: VoiceTerms, ctx: RuleContext, position: PositionState, book: VoiceBook): void {
  const { spec } = terms;
  if (book.pairs !== undefined) for (const { key } of book.pairs.values()) ctx.rewind(spec.type, position.issue, key, 0);
  // Read into a book of its own, then put in the position's (under immer, a
  // draft): each statement touches the book a dozen times, and a draft's
  // every touch goes through its proxy. The history is read plain for the same reason.
  const fresh = emptyBook();
  const history = plainHistory(position);
  for (let i = 0; i < history.length; i++) {
    const e = history[i]!;
    const voice = spec.voiceOf(e);
    if (voice !== undefined) readLatest(terms, ctx, e, voice, position, fresh, history, i);
  }
  Object.assign(book, fresh);
}
