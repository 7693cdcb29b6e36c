/**
 * A correction built in code: the withdrawal of a statement entered wrongly
 * and its corrected copy, which counts where the statement did (what
 * `stancelog correct` appends).
 *
 * @since 0.1.0
 */
import type { NewEvent, StoredEventOf } from './envelope.js';
import { eventWithdrawn, statementMade } from './events.js';
import type { Corrects, Source, Statement } from './statement.js';

/**
 * What a correction changes of a statement: any of its fields but
 * `corrects` (written from the statement), with `source` changed field by
 * field. A field given as `undefined` is left out of the copy (a
 * `speaker` that was the publisher's own account, `conditions` read
 * wrongly).
 *
 * @example
 * import type { StatementChanges } from '@stancelog/core'
 * const misdated: StatementChanges = { statedAt: '2025-05-15', source: { publisher: 'Kyiv Independent' } }
 * const unattributed: StatementChanges = { speaker: undefined }
 * assert.ok(misdated.source?.quote === undefined && 'speaker' in unattributed)
 * @category constructors
 * @since 0.1.0
 */
export type StatementChanges = Partial<Omit<Statement, 'corrects' | 'source'>> & { readonly source?: Partial<Source> | undefined };

/**
 * Why a statement is corrected (kept on its withdrawal), and, for a log
 * filled in after the fact, when the log learnt of the correction (both
 * events are recorded then; by default, when they are appended).
 *
 * @example
 * import type { CorrectionOptions } from '@stancelog/core'
 * const options: CorrectionOptions = { reason: 'the outlet dated it a day late', recordedAt: '2025-05-20T08:00:00Z' }
 * assert.ok(options.reason.length > 0)
 * @category constructors
 * @since 0.1.0
 */
export interface CorrectionOptions {
  readonly reason: string;
  readonly recordedAt?: string | undefined;
}

/**
 * What a corrected copy of a stored statement says it corrects: the
 * statement's id, and the place it takes among the words of its time (the
 * statement's log position, or, when the statement is a correction itself,
 * the place that one took: a chain of copies keeps the first one's place).
 *
 * @example
 * import { correctsOf } from '@stancelog/core'
 * const copy = { id: 'c'.repeat(32), position: 9, type: 'statement-made', data: { corrects: { event: 'a'.repeat(32), position: 4 } } } as any
 * assert.deepStrictEqual(correctsOf(copy), { event: 'c'.repeat(32), position: 4 })
 * @category constructors
 * @since 0.1.0
 */
export function correctsOf(statement: StoredEventOf<'statement-made'>): Corrects {
  return { event: statement.id, position: statement.data.corrects?.position ?? statement.position };
}

/**
 * The two events that correct a stored statement, to append in one batch
 * (all or nothing): its withdrawal for `options.reason`, and a copy of it
 * with `changes`, which says what it corrects (`corrects`: the statement's
 * id, and the place it took among the words of its time, or, for a copy
 * corrected in turn, the place that copy took), so that positions and
 * rules count it there and not after the words the log learnt since.
 *
 * The copy drops the quote's `offsets` unless `changes.source` gives them:
 * it is entered by hand, not read from the article at those characters
 * (`stancelog ingest` tells the two apart by them). Like
 * {@link statementMade}, it checks nothing: the store refuses, when they
 * are appended, a blank reason or a copy that is no statement, and appends
 * neither. A statement with no `statedAt` counted from when it was
 * recorded; its copy, recorded later, counts from then: give
 * `statedAt: statement.recordedAt` in `changes` to keep it where it stood.
 * A registry event is corrected with {@link eventWithdrawn} and the event
 * anew, which counts in log order as every registry event does.
 *
 * @example
 * import { getPosition, openMemoryStore, positions, project, statementCorrection, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * const made = await store.append([statementMade({ holder: 'dockers-union', issue: 'strike', kind: 'threat', polarity: '+',
 *   statedAt: '2026-02-02', source: { quote: 'the union says it will walk out on Monday', publisher: 'Port Daily' } })])
 * const said = made._tag === 'Right' ? made.right.appended[0] : undefined
 * if (said?.type !== 'statement-made') throw new Error('not appended')
 * // The threat was the employers' reading of the union, not the union's own word.
 * const fixed = await store.append(statementCorrection(said, { kind: 'hedge', polarity: '0' },
 *   { reason: 'the union only said a walk-out was not ruled out' }))
 * assert.strictEqual(fixed._tag, 'Right')
 * const state = await project(store, positions())
 * assert.ok(state._tag === 'Right' && getPosition(state.right.state, 'dockers-union', 'strike')!.current.kind === 'hedge')
 * @category constructors
 * @since 0.1.0
 */
export function statementCorrection(
  statement: StoredEventOf<'statement-made'>,
  changes: StatementChanges,
  options: CorrectionOptions,
): [NewEvent, NewEvent] {
  const { corrects: _corrects, source, ...data } = statement.data;
  const { source: sourceChanges, ...fieldChanges } = changes;
  const { offsets: _offsets, ...unplaced } = source;
  const copy = present({
    ...data,
    ...fieldChanges,
    source: sourceChanges === undefined ? unplaced : present({ ...unplaced, ...sourceChanges }),
    corrects: correctsOf(statement),
  }) as Statement;
  const when = options.recordedAt === undefined ? {} : { recordedAt: options.recordedAt };
  return [{ ...eventWithdrawn(statement.id, options.reason), ...when }, { ...statementMade(copy), ...when }];
}

/** `value` without the fields given as `undefined`: left out, as a line of JSON leaves them. */
function present<T extends object>(value: T): T {
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (field !== undefined) kept[key] = field;
  return kept as T;
}
