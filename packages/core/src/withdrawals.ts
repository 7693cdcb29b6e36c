/**
 * Withdrawals: how the log corrects itself without rewriting a line.
 *
 * An `event-withdrawn` event names an earlier event of the log (a statement
 * entered under the wrong holder, a wrong office date) that no longer
 * counts. The rules:
 *
 * - a withdrawal applies to an event before it in the log;
 * - a withdrawal can be withdrawn too, which restores what it withdrew;
 * - a withdrawal is filtered by recorded time only (like registry events),
 *   so `asOf.recordedTime` before it shows what the log knew then, the
 *   withdrawn event included.
 *
 * Reducers fold events one by one and cannot undo one, so withdrawals are
 * applied to the events before they are folded: {@link project} does it,
 * and {@link withoutWithdrawn} does it for events already in memory.
 *
 * @since 0.1.0
 */
import type { StoredEvent, StoredEventOf } from './envelope.js';

/**
 * A withdrawal as stored in the log.
 * @example
 * import { openMemoryStore, eventId, eventWithdrawn, statementMade } from '@stancelog/core'
 * import type { StoredWithdrawal } from '@stancelog/core'
 * const said = statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-11', source: { quote: 'Kyiv rejects a truce' } })
 * const r = await openMemoryStore().append([said, eventWithdrawn(eventId(said), 'entered twice')])
 * assert.ok(r._tag === 'Right')
 * const w = r.right.appended[1] as StoredWithdrawal
 * assert.deepStrictEqual([w.position, w.data.event], [2, eventId(said)])
 * @category withdrawals
 * @since 0.1.0
 */
export type StoredWithdrawal = StoredEventOf<'event-withdrawn'>;

/**
 * Which events of a log are withdrawn, and by which withdrawal: for each
 * withdrawn event's id, the latest withdrawal in force that names it. Built
 * by {@link withdrawalsOf}; asked with {@link isWithdrawn}.
 * @example
 * import { eventId, eventWithdrawn, openMemoryStore, readAll, statementMade, withdrawalsOf } from '@stancelog/core'
 * const store = openMemoryStore()
 * const said = statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-11', source: { quote: 'Kyiv rejects a truce' } })
 * await store.append([said, eventWithdrawn(eventId(said), 'misattributed')])
 * const withdrawals = withdrawalsOf(await readAll(store))
 * assert.strictEqual(withdrawals.get(eventId(said))?.data.reason, 'misattributed')
 * @category withdrawals
 * @since 0.1.0
 */
export type Withdrawals = ReadonlyMap<string, StoredWithdrawal>;

/**
 * Whether an event is a withdrawal.
 * @example
 * import { eventId, eventWithdrawn, isWithdrawal, openMemoryStore, statementMade } from '@stancelog/core'
 * const said = statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-11', source: { quote: 'Kyiv rejects a truce' } })
 * const r = await openMemoryStore().append([said, eventWithdrawn(eventId(said), 'entered twice')])
 * assert.ok(r._tag === 'Right' && !isWithdrawal(r.right.appended[0]!) && isWithdrawal(r.right.appended[1]!))
 * @category withdrawals
 * @since 0.1.0
 */
export function isWithdrawal(event: StoredEvent): event is StoredWithdrawal {
  return event.type === 'event-withdrawn';
}

/**
 * The withdrawals in force among `events` (a log, or only its withdrawals,
 * in log order). A withdrawal is in force unless a later withdrawal in force
 * withdraws it: read from the end of the log, each withdrawal's own fate is
 * known before it is applied, and content-addressed ids leave no cycles.
 *
 * @example
 * import { eventWithdrawn, isWithdrawn, openMemoryStore, readAll, statementMade, withdrawalsOf } from '@stancelog/core'
 * const store = openMemoryStore()
 * const made = await store.append([statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-11', source: { quote: 'Kyiv rejects a truce' } })])
 * assert.ok(made._tag === 'Right')
 * const statement = made.right.appended[0]!
 * const withdrawal = await store.append([eventWithdrawn(statement.id, 'misattributed')])
 * assert.ok(withdrawal._tag === 'Right')
 * assert.ok(isWithdrawn(withdrawalsOf(await readAll(store)), statement))
 * // Withdrawing the withdrawal restores the statement.
 * await store.append([eventWithdrawn(withdrawal.right.appended[0]!.id, 'the attribution was right after all')])
 * assert.ok(!isWithdrawn(withdrawalsOf(await readAll(store)), statement))
 * @category withdrawals
 * @since 0.1.0
 */
export function withdrawalsOf(events: Iterable<StoredEvent>): Withdrawals {
  const all: StoredWithdrawal[] = [];
  for (const e of events) if (isWithdrawal(e)) all.push(e);
  const inForce = new Map<string, StoredWithdrawal>();
  for (let i = all.length - 1; i >= 0; i--) {
    const w = all[i]!;
    if (isWithdrawn(inForce, w)) continue;
    // Read from the end: the first withdrawal of an event met is its latest.
    if (!inForce.has(w.data.event)) inForce.set(w.data.event, w);
  }
  return inForce;
}

/**
 * Whether a withdrawal in force withdraws `event`: one that names it and
 * comes after it in the log.
 * @example
 * import { isWithdrawn, withdrawalsOf } from '@stancelog/core'
 * assert.strictEqual(isWithdrawn(withdrawalsOf([]), { id: '3f2a9c1b0d4e5f60718293a4b5c6d7e8', position: 1 }), false)
 * @category withdrawals
 * @since 0.1.0
 */
export function isWithdrawn(withdrawals: Withdrawals, event: Pick<StoredEvent, 'id' | 'position'>): boolean {
  const by = withdrawals.get(event.id);
  return by !== undefined && by.position > event.position;
}

/**
 * The events that count: `events` (in log order) without those withdrawn.
 * The withdrawals in force stay, so a reducer can count corrections; the
 * ones withdrawn in turn go. Give it the events visible at a point in time
 * (see {@link visibleAt}) to honour only the withdrawals known then.
 *
 * @example
 * import { analysis, contradictionList, eventWithdrawn, openMemoryStore, readAll, replay, statementMade, withoutWithdrawn } from '@stancelog/core'
 * const store = openMemoryStore()
 * const r = await store.append([
 *   statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11', source: { quote: 'a 30-day ceasefire, now' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'no truce', publisher: 'a blog that misquoted' } }),
 * ])
 * assert.ok(r._tag === 'Right')
 * await store.append([eventWithdrawn(r.right.appended[1]!.id, 'misquoted: the blog corrected it')])
 * const events = await readAll(store)
 * assert.strictEqual(contradictionList(replay(analysis(), events)).length, 1) // replay folds what it is given
 * assert.strictEqual(contradictionList(replay(analysis(), withoutWithdrawn(events))).length, 0)
 * @category withdrawals
 * @since 0.1.0
 */
export function withoutWithdrawn(events: ReadonlyArray<StoredEvent>): StoredEvent[] {
  const withdrawals = withdrawalsOf(events);
  return withdrawals.size === 0 ? [...events] : events.filter((e) => !isWithdrawn(withdrawals, e));
}
