/**
 * The `--as-of` and `--known-at` options: a bitemporal point.
 * `--as-of` is valid time (what had been stated by then), `--known-at` is
 * recorded time (what the log had learnt by then).
 *
 * @since 0.1.0
 */
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { checkAsOf, dayOf, startOf, statedAtProblem, statedWeekProblem, visibleAt } from '@stancelog/core';
import type { AsOf, EventStore, StoredEvent } from '@stancelog/core';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';

/**
 * The options as given on the command line.
 *
 * @example
 * import { asOfOption } from './as-of-option.js'
 * import type { AsOfOptions } from '@stancelog/cli'
 * // `--known-at` alone: every statement, as the log knew them on that day.
 * const options: AsOfOptions = { knownAt: '2025-06-01' }
 * assert.deepStrictEqual(asOfOption(options), { _tag: 'Right', right: { recordedTime: '2025-06-01' } })
 * assert.deepStrictEqual(asOfOption({}), { _tag: 'Right', right: undefined }) // neither: the log as it is now
 * @category options
 * @since 0.1.0
 */
export interface AsOfOptions {
  readonly asOf?: string | undefined;
  readonly knownAt?: string | undefined;
}

/**
 * Checks the date given to a date option with core's `checkAsOf`, so the
 * CLI accepts the dates `project` does, and names the option, not core's
 * field, when it refuses one. A week 53 its year lacks (core reads it as the
 * next year's first week) is refused too, as at every other input.
 *
 * @example
 * import { dateOption } from './as-of-option.js'
 * assert.deepStrictEqual(dateOption('--from', '2025-W20'), { _tag: 'Right', right: '2025-W20' })
 * const bad = dateOption('--from', '20 May')
 * assert.ok(bad._tag === 'Left' && bad.left.message === '--from "20 May": not a date or timestamp (expected YYYY-MM-DD, YYYY-MM, YYYY-Www or an ISO timestamp)')
 * const feb30 = dateOption('--known-at', '2025-02-30')
 * assert.ok(feb30._tag === 'Left' && feb30.left.message === '--known-at "2025-02-30": 2025-02-30 is not a day of the calendar (February 2025 has 28 days)')
 * const unpadded = dateOption('--as-of', '2026-3-12')
 * assert.ok(unpadded._tag === 'Left' && unpadded.left.message === '--as-of "2026-3-12": not a date or timestamp (expected YYYY-MM-DD, YYYY-MM, YYYY-Www or an ISO timestamp); did you mean 2026-03-12?')
 * const month13 = dateOption('--to', '2026-13-01')
 * assert.ok(month13._tag === 'Left' && month13.left.message === '--to "2026-13-01": 2026-13-01 is not a day of the calendar (months run from 01 to 12)')
 * const week53 = dateOption('--as-of', '2025-W53')
 * assert.ok(week53._tag === 'Left' && week53.left.message === '--as-of "2025-W53": 2025 has 52 ISO weeks: 2025-W53 is 2026-W01')
 * @category options
 * @since 0.1.0
 * @internal
 */
export function dateOption(flag: string, value: string): Either<CliError, string> {
  if (isLeft(checkAsOf({ validTime: value }))) {
    // Core's words, as a statement's statedAt is refused with: a day the calendar lacks (February 2025 has 28 days), or the forms.
    return left(cliError(`${flag} ${JSON.stringify(value)}: ${statedAtProblem(value) ?? 'not a date or timestamp'}`));
  }
  const week = statedWeekProblem(value);
  return week === undefined ? right(value) : left(cliError(`${flag} ${JSON.stringify(value)}: ${week}`));
}

/**
 * Checks the dates and builds the point for `project`.
 *
 * @example
 * import { asOfOption } from './as-of-option.js'
 * const r = asOfOption({ asOf: '2025-05-20', knownAt: '2025-06-01' })
 * assert.deepStrictEqual(r, { _tag: 'Right', right: { validTime: '2025-05-20', recordedTime: '2025-06-01' } })
 * const bad = asOfOption({ asOf: '2025-05-20', knownAt: 'May 20' })
 * assert.ok(bad._tag === 'Left' && bad.left.message.startsWith('--known-at "May 20": not a date or timestamp'))
 * @category options
 * @since 0.1.0
 * @internal
 */
export function asOfOption(options: AsOfOptions): Either<CliError, AsOf | undefined> {
  for (const [flag, value] of [['--as-of', options.asOf], ['--known-at', options.knownAt]] as const) {
    if (value === undefined) continue;
    const checked = dateOption(flag, value);
    if (isLeft(checked)) return checked;
  }
  if (options.asOf === undefined && options.knownAt === undefined) return right(undefined);
  return right({
    ...(options.asOf !== undefined ? { validTime: options.asOf } : {}),
    ...(options.knownAt !== undefined ? { recordedTime: options.knownAt } : {}),
  });
}

/**
 * How output names the point a command answers for: `as of DATE` (valid
 * time), `as known at DATE` (recorded time), both, or undefined for the log
 * as it is now. Where "now" or "in the log" would be wrong, as of a date.
 *
 * @example
 * import { pointWords } from './as-of-option.js'
 * assert.strictEqual(pointWords({ validTime: '2025-03-05' }), 'as of 2025-03-05')
 * assert.strictEqual(pointWords({ recordedTime: '2025-06-01' }), 'as known at 2025-06-01')
 * assert.strictEqual(pointWords({ validTime: '2025-03', recordedTime: '2025-06-01' }), 'as of 2025-03, as known at 2025-06-01')
 * assert.strictEqual(pointWords(undefined), undefined)
 * @category options
 * @since 0.1.0
 * @internal
 */
export function pointWords(asOf: AsOf | undefined): string | undefined {
  const words = [
    ...(asOf?.validTime !== undefined ? [`as of ${asOf.validTime}`] : []),
    ...(asOf?.recordedTime !== undefined ? [`as known at ${asOf.recordedTime}`] : []),
  ];
  return words.length > 0 ? words.join(', ') : undefined;
}

/**
 * The options that name the same point on another command's line (` --as-of
 * DATE --known-at DATE`, with its leading space), for a hint; empty for the
 * log as it is now.
 *
 * @example
 * import { asOfArguments } from './as-of-option.js'
 * assert.strictEqual(asOfArguments({ validTime: '2025-03-05', recordedTime: '2025-06-01' }), ' --as-of 2025-03-05 --known-at 2025-06-01')
 * assert.strictEqual(asOfArguments(undefined), '')
 * @category options
 * @since 0.1.0
 * @internal
 */
export function asOfArguments(asOf: AsOf | undefined): string {
  return (asOf?.validTime !== undefined ? ` --as-of ${asOf.validTime}` : '') + (asOf?.recordedTime !== undefined ? ` --known-at ${asOf.recordedTime}` : '');
}

/**
 * A note for an empty answer at a `--known-at` before the log recorded
 * anything, or anything but its register (actors and issues recorded
 * first, the statements later): the answer then says nothing of the
 * statements, and what was meant is likelier `--as-of` (when they were
 * made) than `--known-at` (when the log learnt of them). Undefined
 * otherwise, or when the log is empty or cannot be read (the answer speaks
 * for itself then).
 *
 * @example
 * import { nothingKnownNote } from './as-of-option.js'
 * import { openMemoryStore, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([{ ...statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'no truce' } }), recordedAt: '2025-03-14T08:00:00Z' }])
 * assert.match((await nothingKnownNote(store, { recordedTime: '2025-03-01' }))!, /^nothing was recorded by 2025-03-01 \(the log's earliest event was recorded on 2025-03-14\)/)
 * assert.strictEqual(await nothingKnownNote(store, { recordedTime: '2025-03-14' }), undefined)
 * // The register recorded first, and no statement yet: said so, with the day of the first statement.
 * const early = openMemoryStore()
 * await early.append([{ type: 'alias-added', data: { actor: 'russia', alias: 'Moscow' }, recordedAt: '2025-03-01T08:00:00Z' }])
 * await early.append([{ ...statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'no truce' } }), recordedAt: '2025-03-14T08:00:00Z' }])
 * assert.match((await nothingKnownNote(early, { recordedTime: '2025-03-05' }))!, /^no statement was recorded by 2025-03-05, only the register \(the log's earliest statement was recorded on 2025-03-14\)/)
 * assert.strictEqual(await nothingKnownNote(store, { validTime: '2025-03-01' }), undefined)
 * @category options
 * @since 0.1.0
 * @internal
 */
export async function nothingKnownNote(store: EventStore, asOf: AsOf | undefined): Promise<string | undefined> {
  if (asOf?.recordedTime === undefined) return undefined;
  const known = visibleAt({ recordedTime: asOf.recordedTime });
  let earliest: string | undefined;
  let earliestStatement: string | undefined;
  let anyKnown = false;
  try {
    // Read until a statement known then (most logs: among the first): the log is not always in the order it was
    // recorded (an import keeps its events' own recordedAt).
    for await (const chunk of store.read()) {
      for (const e of chunk) {
        const isStatement = e.type === 'statement-made';
        if (known(e)) {
          if (isStatement) return undefined;
          anyKnown = true;
        }
        if (earliest === undefined || Date.parse(e.recordedAt) < Date.parse(earliest)) earliest = e.recordedAt;
        if (isStatement && (earliestStatement === undefined || Date.parse(e.recordedAt) < Date.parse(earliestStatement))) earliestStatement = e.recordedAt;
      }
    }
  } catch {
    // Unreadable now: the empty answer stands alone, as it did.
    return undefined;
  }
  if (earliest === undefined) return undefined;
  return anyKnown ? (earliestStatement === undefined ? undefined : noStatementText(asOf.recordedTime, earliestStatement)) : nothingKnownText(asOf.recordedTime, earliest);
}

// The register known by then, and no statement: the earliest statement's day, for the --known-at meant.
function noStatementText(recordedTime: string, earliestStatement: string): string {
  return `no statement was recorded by ${recordedTime}, only the register (the log's earliest statement was recorded on ${dayOf(earliestStatement)}): --known-at asks what the log had learnt by a date; --as-of asks what had been said by then`;
}

function nothingKnownText(recordedTime: string, earliest: string): string {
  return `nothing was recorded by ${recordedTime} (the log's earliest event was recorded on ${dayOf(earliest)}): --known-at asks what the log had learnt by a date; --as-of asks what had been said by then`;
}

/**
 * {@link nothingKnownNote} of a log read whole already (`diff` reads it
 * into memory): the note, or undefined when an event was recorded by then
 * or the log is empty.
 *
 * @example
 * import { nothingKnownNoteOf } from './as-of-option.js'
 * const events = [{ id: 'a1', position: 1, recordedAt: '2025-03-14T08:00:00Z', schema: 1, tags: [], type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }] as const
 * assert.match(nothingKnownNoteOf(events, { recordedTime: '2025-03-01' })!, /^nothing was recorded by 2025-03-01 \(the log's earliest event was recorded on 2025-03-14\)/)
 * assert.strictEqual(nothingKnownNoteOf(events, { recordedTime: '2025-03-14' }), undefined)
 * @category options
 * @since 0.1.0
 * @internal
 */
export function nothingKnownNoteOf(events: ReadonlyArray<StoredEvent>, asOf: AsOf | undefined): string | undefined {
  if (asOf?.recordedTime === undefined || events.length === 0) return undefined;
  const known = visibleAt({ recordedTime: asOf.recordedTime });
  const earliestOf = (list: ReadonlyArray<StoredEvent>) => list.reduce((a, e) => (Date.parse(e.recordedAt) < Date.parse(a) ? e.recordedAt : a), list[0]!.recordedAt);
  const statements = events.filter((e) => e.type === 'statement-made');
  if (statements.some(known)) return undefined;
  if (events.some(known)) return statements.length === 0 ? undefined : noStatementText(asOf.recordedTime, earliestOf(statements));
  return nothingKnownText(asOf.recordedTime, earliestOf(events));
}

/**
 * Checks `--recorded-at TIME` of the commands that write a withdrawal
 * (`withdraw`, `correct`): a day (`YYYY-MM-DD`, its start) or an ISO
 * timestamp with its time zone, as a line's `recordedAt` is written; not
 * after `now` (the log cannot have learnt it later than it is), and not
 * before the recording of any event of `after` (what is withdrawn or
 * corrected: the log would have known of the withdrawal first, and
 * `--known-at` a day between would answer otherwise).
 *
 * @example
 * import { recordedAtOption } from './as-of-option.js'
 * const now = new Date('2026-12-07T12:00:00Z')
 * const read = { position: 74, recordedAt: '2026-11-02T09:00:00Z' }
 * assert.deepStrictEqual(recordedAtOption('2026-11-05T10:00:00Z', [read], now), { _tag: 'Right', right: '2026-11-05T10:00:00Z' })
 * const early = recordedAtOption('2026-11-01', [read], now)
 * assert.ok(early._tag === 'Left' && early.left.message === '--recorded-at 2026-11-01: before #74 was recorded (2026-11-02T09:00:00Z): a withdrawal is recorded after what it takes back; nothing appended')
 * const later = recordedAtOption('2026-12-08T00:00:00Z', [read], now)
 * assert.ok(later._tag === 'Left' && later.left.message.startsWith('--recorded-at 2026-12-08T00:00:00Z: after now'))
 * const month = recordedAtOption('2026-11', [read], now)
 * assert.ok(month._tag === 'Left' && month.left.message.startsWith('--recorded-at "2026-11": expected an ISO timestamp (2026-11-05T10:00:00Z) or a day (2026-11-05)'))
 * @category options
 * @since 0.1.0
 * @internal
 */
export function recordedAtOption(value: string, after: ReadonlyArray<{ readonly position: number; readonly recordedAt: string }>, now: Date = new Date()): Either<CliError, string> {
  const checked = dateOption('--recorded-at', value);
  if (isLeft(checked)) return checked;
  // A recording is an instant: a day is its start, and a week or a month is none.
  if (!/^\d{4}-\d{2}-\d{2}(?:T.*)?$/.test(value)) {
    return left(cliError(`--recorded-at ${JSON.stringify(value)}: expected an ISO timestamp (2026-11-05T10:00:00Z) or a day (2026-11-05), as a line's recordedAt`));
  }
  const at = startOf(value);
  if (at > now.getTime()) return left(cliError(`--recorded-at ${value}: after now (${now.toISOString()}): the log cannot have learnt it later than it is; nothing appended`));
  const first = after.find((e) => at < startOf(e.recordedAt));
  if (first !== undefined) {
    return left(cliError(`--recorded-at ${value}: before #${first.position} was recorded (${first.recordedAt}): a withdrawal is recorded after what it takes back; nothing appended`));
  }
  return right(value);
}
