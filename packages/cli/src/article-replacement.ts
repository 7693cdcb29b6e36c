/**
 * `ingest --replace`: what a new reading of updated articles changes in the
 * log. The statements read before at an article's address and not in the
 * new reading are withdrawn; those back in it, withdrawn by an earlier
 * `--replace`, are restored. Withdrawals made by hand, and statements
 * entered by hand (an analyst's corrections too), are left alone.
 *
 * @since 0.1.0
 */
import { left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { eventId, eventWithdrawn, isWithdrawal, isWithdrawn, withdrawalsOf } from '@stancelog/core';
import type { NewEvent, Statement, StoredEvent } from '@stancelog/core';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';

/**
 * The changes of a replacement: withdrawals to append (of statements no
 * longer read, and of earlier `--replace` withdrawals of statements read
 * again), and the statements read again that a withdrawal made by hand
 * still holds.
 * @example
 * import type { Replacement } from './article-replacement.js'
 * const nothing: Replacement = { withdrawals: [], withdrawn: [], moved: new Set(), restored: [], heldByHand: [], leftOut: new Set() }
 * assert.strictEqual(nothing.withdrawals.length, 0)
 * @category commands
 * @since 0.1.0
 * @internal
 */
export interface Replacement {
  readonly withdrawals: ReadonlyArray<NewEvent>;
  /** The statements withdrawn, as no longer read. */
  readonly withdrawn: ReadonlyArray<StoredEvent>;
  /** Ids of those of `withdrawn` whose sentence is read again at other offsets (an edit earlier in the article moved it). */
  readonly moved: ReadonlySet<string>;
  /** The statements read again that an earlier `--replace` had withdrawn. */
  readonly restored: ReadonlyArray<StoredEvent>;
  /** Statements read again that a withdrawal made by hand still holds, each with it. */
  readonly heldByHand: ReadonlyArray<{ readonly statement: StoredEvent; readonly by: StoredEvent }>;
  /**
   * Ids of statements of the new reading to leave out: each is a statement
   * withdrawn by hand, read again at other offsets (the article changed
   * before it), so the withdrawal made by hand still holds it.
   */
  readonly leftOut: ReadonlySet<string>;
}

/** The reason of a `--replace` withdrawal; the prefix says which withdrawals `--replace` may undo. */
const reasonPrefix = (url: string): string => `not in the updated article ${url} `;

/** A statement's id as if it had no quote offsets: the same sentence read where the article moved it. */
function idWithoutOffsets(data: Statement): string {
  const { offsets: _offsets, ...source } = data.source;
  return eventId({ type: 'statement-made', data: { ...data, source } });
}

/**
 * What replacing the articles at `urls` by `reading` (their statements now)
 * changes in `log`. Only statements read from an article (they have quote
 * offsets) count as read before; statements entered by hand with the same
 * address are left alone: those without offsets, as an analyst's
 * corrections are (`ingest` itself may read a sentence anew at the offsets
 * of a statement withdrawn by hand, after a change of its lexicon or rules:
 * such a reading is one of the article). A new reading that gives no statement at an
 * address where statements count is refused: it would withdraw the whole
 * article, which is more often a missing `--actors` than a rewrite.
 *
 * @example
 * import { replacement } from './article-replacement.js'
 * import { eventId, eventWithdrawn, openMemoryStore, readAll, statementMade } from '@stancelog/core'
 * const r = replacement([], [], new Set(['https://example.org/a']), '2025-06-01')
 * assert.ok(r._tag === 'Right' && r.right.withdrawals.length === 0)
 * // A misread statement withdrawn by hand, and its corrected copy (its source without the offsets) appended after it.
 * const source = { quote: 'Kyiv rejected any ceasefire.', url: 'https://example.org/a', offsets: [0, 28] as [number, number] }
 * const misread = statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', source })
 * const store = openMemoryStore()
 * await store.append([misread, eventWithdrawn(eventId(misread), 'Kyiv said it, not Moscow')])
 * await store.append([statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'reject', polarity: '-', source: { quote: source.quote, url: source.url } })])
 * // Read again as before: the misreading stays withdrawn, and the correction is no earlier reading to withdraw.
 * const again = replacement(await readAll(store), [misread], new Set([source.url]), '2025-06-02')
 * assert.ok(again._tag === 'Right' && again.right.withdrawn.length === 0 && again.right.heldByHand.length === 1)
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function replacement(log: ReadonlyArray<StoredEvent>, reading: ReadonlyArray<NewEvent>, urls: ReadonlySet<string>, today: string): Either<CliError, Replacement> {
  const inForce = withdrawalsOf(log);
  const current = new Set(reading.map((e) => eventId(e)));
  // The new reading's statements by their content without offsets: an edit earlier in the article moves a sentence, and gives it another id.
  const moved = new Map<string, string>();
  for (const e of reading) if (e.type === 'statement-made' && e.data.source.offsets !== undefined) moved.set(idWithoutOffsets(e.data), eventId(e));
  const leftOut = new Set<string>();
  const readNow = new Set<string>();
  for (const e of reading) if (e.type === 'statement-made' && e.data.source.url !== undefined) readNow.add(e.data.source.url);
  const withdrawals: NewEvent[] = [];
  const withdrawn: StoredEvent[] = [];
  const movedAway = new Set<string>();
  const restored: StoredEvent[] = [];
  const heldByHand: Array<{ statement: StoredEvent; by: StoredEvent }> = [];
  const counting = new Map<string, number>();
  // Every withdrawal in force naming each event: restoring needs all of them gone.
  const holding = new Map<string, StoredEvent[]>();
  for (const e of log) {
    if (!isWithdrawal(e) || isWithdrawn(inForce, e)) continue;
    const list = holding.get(e.data.event);
    if (list) list.push(e);
    else holding.set(e.data.event, [e]);
  }
  for (const e of log) {
    if (e.type !== 'statement-made' || e.data.source.offsets === undefined) continue;
    const url = e.data.source.url;
    if (url === undefined || !urls.has(url)) continue;
    if (!isWithdrawn(inForce, e)) {
      counting.set(url, (counting.get(url) ?? 0) + 1);
      if (!current.has(e.id)) {
        withdrawals.push(eventWithdrawn(e.id, `${reasonPrefix(url)}(ingested ${today})`));
        withdrawn.push(e);
        if (moved.has(idWithoutOffsets(e.data))) movedAway.add(e.id);
      }
      continue;
    }
    const movedTo = current.has(e.id) ? undefined : moved.get(idWithoutOffsets(e.data));
    if (!current.has(e.id) && movedTo === undefined) continue;
    const holders = (holding.get(e.id) ?? []).filter((w) => w.position > e.position);
    const byHand = holders.find((w) => isWithdrawal(w) && !w.data.reason.startsWith(reasonPrefix(url)));
    if (byHand) {
      heldByHand.push({ statement: e, by: byHand });
      if (movedTo !== undefined) leftOut.add(movedTo);
      continue;
    }
    // Withdrawn by an earlier --replace and read again elsewhere in the article: the new reading comes in as itself.
    if (movedTo !== undefined) continue;
    for (const w of holders) withdrawals.push(eventWithdrawn(w.id, `back in the updated article ${url} (ingested ${today})`));
    restored.push(e);
  }
  for (const [url, count] of counting) {
    if (!readNow.has(url)) {
      return left(cliError(`--replace: the article at ${url} gives no statement now, where ${count} read before still count; nothing withdrawn (if a register or lexicon option is missing, add it; to take them back anyway, stancelog withdraw them)`));
    }
  }
  return right({ withdrawals, withdrawn, moved: movedAway, restored, heldByHand, leftOut });
}
