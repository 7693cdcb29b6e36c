/**
 * A position whose history a voice rule heard out of the order of valid
 * times (a statement older than its latest one: an archive read backwards,
 * a late article) is read anew once the batch is read: every statement of
 * its history is read again in order, into an empty book and a ledger of
 * its own, and the records found replace the rule's records on the
 * position when they differ. What the rule then holds for the position
 * (records and book) is what reading the history in the order of valid
 * times from the start holds, whatever order the log learnt the statements
 * in and however they were batched, so a live update and a replay hold the
 * same. A position read anew once for a batch costs its history once: an
 * archive read newest first costs each position one reading, not one a
 * statement.
 *
 * @since 0.1.0
 */
import type { ContradictionRecord, IssueLedger } from '../contradictions.js';
import type { RuleContext } from '../contradiction-rule.js';
import { emptyContradictions, numberedRecord, sameRecord } from '../contradictions.js';
import { LedgerContext } from '../ledger-context.js';
import { plainHistory } from '../positions.js';
import type { PositionState } from '../positions.js';
import { emptyBook } from './voice-book.js';
import type { VoiceBook, VoicePair } from './voice-book.js';
import { readLatest } from './voice-conflicts.js';
import type { VoiceTerms } from './voice-spec.js';

/** Reads the position's whole history again, in order, into an empty book, and puts in the records it finds where they differ. */
export function readAnew(terms: VoiceTerms, ctx: RuleContext, position: PositionState, book: VoiceBook): void {
  const { spec } = terms;
  const { issue } = position;
  // Read into a book and a ledger of its own: each statement touches the
  // book a dozen times, and under immer a draft's every touch goes through
  // its proxy; and most late statements leave the records as they were, so
  // the position's ledger (which immer copies whole once it is written)
  // is written only when they changed. The few records compared are read
  // through the draft: `plainLedger` would copy the issue's whole ledger
  // once the batch has changed it, for each position read anew (a batch
  // of 5,000 statements read out of order took 4 s more). The history is read plain.
  const fresh = emptyBook();
  const scratch = emptyContradictions();
  const local = new LedgerContext(ctx.registry, ctx.positions, scratch);
  const history = plainHistory(position);
  for (let i = 0; i < history.length; i++) {
    const e = history[i]!;
    const voice = spec.voiceOf(e);
    if (voice !== undefined) readLatest(terms, local, e, voice, position, fresh, history, i);
  }
  const found = scratch.byIssue.get(issue);
  if (!sameRecords(ctx.contradictions.byIssue.get(issue), book.pairs, found, fresh.pairs)) {
    if (book.pairs !== undefined) for (const { key } of book.pairs.values()) ctx.rewind(spec.type, issue, key, 0);
    if (found !== undefined && fresh.pairs !== undefined) {
      // Pairs the spec names alike share a key, and their records: appended once.
      const appended = new Set<string>();
      for (const { key, id } of fresh.pairs.values()) {
        if (appended.has(key)) continue;
        appended.add(key);
        const records: ContradictionRecord[] = [];
        for (let n = 1, last = found.status.get(id)?.opened ?? 0; n <= last; n++) records.push(numberedRecord(found, id, n)!);
        ctx.append(spec.type, issue, key, records);
      }
    }
  }
  Object.assign(book, fresh);
}

/** Whether two ledgers hold the same records of the pairs of voices named (by the id of their first record), and the same one open. */
function sameRecords(a: IssueLedger | undefined, aPairs: ReadonlyMap<string, VoicePair> | undefined, b: IssueLedger | undefined, bPairs: ReadonlyMap<string, VoicePair> | undefined): boolean {
  const ids = new Set<string>();
  for (const pairs of [aPairs, bPairs]) if (pairs !== undefined) for (const { id } of pairs.values()) ids.add(id);
  for (const id of ids) {
    const x = a?.status.get(id);
    const y = b?.status.get(id);
    const opened = x?.opened ?? 0;
    if (opened !== (y?.opened ?? 0) || x?.open !== y?.open) return false;
    for (let n = 1; n <= opened; n++) if (!sameRecord(numberedRecord(a!, id, n), numberedRecord(b!, id, n))) return false;
  }
  return true;
}
