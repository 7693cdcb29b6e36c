/**
 * `stancelog withdraw`: take back events of the log (statements entered
 * wrongly, a wrong office or alias) with a reason, by appending a
 * withdrawal of each. Withdrawing a withdrawal restores what it withdrew.
 *
 * @since 0.1.0
 */
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import type { Command } from 'commander';
import { correctsOf, eventId, eventWithdrawn, isWithdrawal, isWithdrawn, withdrawalsOf } from '@stancelog/core';
import type { EventStore, StoredEvent, StoredEventOf, Withdrawals } from '@stancelog/core';
import { recordedAtOption } from './as-of-option.js';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';
import { STORE_OPTION_HELP } from './command-registration.js';
import type { OutcomeSink } from './command-registration.js';
import type { CliIo } from './io.js';
import { describeEvent } from './log.js';
import { readEvents } from './read-events.js';
import { withStore } from './store-option.js';
import { oneLine } from './table.js';

/**
 * Options of `stancelog withdraw`.
 * @example
 * import type { WithdrawCommandOptions } from '@stancelog/cli'
 * const options: WithdrawCommandOptions = { reason: 'the quote was Moscow’s, not Kyiv’s', store: 'talks.jsonl' }
 * assert.strictEqual(options.json, undefined)
 * @category commands
 * @since 0.1.0
 */
export interface WithdrawCommandOptions {
  /** Why the event no longer counts (required: it is kept in the log beside the event). */
  readonly reason: string;
  /**
   * When the log learnt of the withdrawal, for a log filled in after the
   * fact (a day, its start, or an ISO timestamp with its zone; default:
   * now): not before the events withdrawn were recorded, nor after now.
   */
  readonly recordedAt?: string | undefined;
  readonly store?: string | undefined;
  readonly json?: boolean | undefined;
}

/**
 * One event `stancelog withdraw` took back: the withdrawal appended, the
 * event it withdraws, and, when that event was itself a withdrawal, the
 * event that counts again (undefined if another withdrawal still holds it).
 * @example
 * import { withdrawCommand } from '@stancelog/cli'
 * import type { Withdrawn } from '@stancelog/cli'
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { appendCommand } from '@stancelog/cli'
 * const dir = mkdtempSync(join(tmpdir(), 'stancelog-'))
 * const quiet = { write: () => true }
 * const io = { stdout: quiet, stderr: quiet, cwd: dir, env: {} }
 * writeFileSync(join(dir, 'in.jsonl'), JSON.stringify({ holder: 'ukraine', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-11', source: { quote: 'no truce' } }) + '\n')
 * await appendCommand(['in.jsonl'], {}, io)
 * const r = await withdrawCommand(['1'], { reason: 'misattributed' }, io)
 * assert.ok(r._tag === 'Right')
 * const [done]: ReadonlyArray<Withdrawn> = r.right
 * assert.deepStrictEqual([done!.withdrawn.position, done!.withdrawal.position, done!.restored, done!.copies, done!.corrected, done!.atPlace], [1, 2, undefined, [], undefined, []])
 * @category commands
 * @since 0.1.0
 */
export interface Withdrawn {
  readonly withdrawal: StoredEvent;
  readonly withdrawn: StoredEvent;
  readonly restored: StoredEvent | undefined;
  /**
   * The corrected copies of `restored` that still count (statements whose
   * `corrects` names it, not withdrawn): restored beside them, the statement
   * and its copy both count, at one place. Empty when nothing was restored.
   */
  readonly copies: ReadonlyArray<StoredEvent>;
  /**
   * When `restored` is itself a corrected copy (one `stancelog correct`
   * appended): the statement it corrects (whose place it takes, of a copy
   * corrected in turn), if that counts too (its correction's withdrawal
   * withdrawn since), as both then count, at one place; otherwise undefined.
   */
  readonly corrected: StoredEvent | undefined;
  /**
   * Every other statement that counts at the place of `restored` (see
   * `countingAtPlace`): `copies` and `corrected`, and any other copy there,
   * such as a copy of a copy of the statement restored. All of them count
   * there beside `restored`. Empty when nothing was restored, or nothing
   * else counts there.
   */
  readonly atPlace: ReadonlyArray<StoredEvent>;
}

const HEX = /^[0-9a-f]+$/;
// A shorter prefix names too many events to be typed on purpose.
const MIN_PREFIX = 4;

/**
 * The event a position (as `stancelog log` prints it, with or without its
 * `#`) or an id (or a prefix of one naming only one event) names. A number
 * that is both a position and the start of an id is refused: `'#N'`
 * (quoted, for the shell) names the position, and so does `'#N'` with its
 * quotes, as a shell that does not take them off (Windows' cmd.exe) passes it.
 * @example
 * import { findEvent } from './withdraw.js'
 * const events = [{ id: 'ab12cd34ef56ab12cd34ef56ab12cd34', position: 1 }, { id: '2024cd34ef56ab12cd34ef56ab12cd34', position: 2 }] as any[]
 * const found = (ref: string) => { const r = findEvent(events, ref); return r._tag === 'Right' ? r.right.position : r.left.message }
 * assert.deepStrictEqual([found('2'), found('#2'), found("'#2'"), found('ab12'), found('2024')], [2, 2, 2, 1, 2])
 * // A leading zero still reads as a position: digits that also start another event's id are refused as ambiguous.
 * const more = [...events, { id: '0002cd34ef56ab12cd34ef56ab12cd34', position: 3 }] as any[]
 * const ambiguous = findEvent(more, '0002')
 * assert.ok(ambiguous._tag === 'Left' && ambiguous.left.message === "0002 is both a position and the start of an id (of #3): write '#2' (quoted) for the position, or more digits of the id")
 * assert.strictEqual(found('ab'), '"ab" is neither a position (the # column of stancelog log) nor an event id (or its first 4 or more hex digits, as stancelog log --json prints it)')
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function findEvent(events: ReadonlyArray<StoredEvent>, ref: string): Either<CliError, StoredEvent> {
  const positions = events.length > 0 ? ` (positions ${events[0]!.position} to ${events[events.length - 1]!.position})` : '';
  const noPosition = (n: string) => `no event at position ${n}: the log has ${events.length} event${events.length === 1 ? '' : 's'}${positions}`;
  // With its quotes too: Windows' cmd.exe passes '#17', as the hints print it, quotes and all.
  const marked = /^#([1-9][0-9]*)$/.exec(ref) ?? /^'#([1-9][0-9]*)'$/.exec(ref);
  if (marked) {
    const found = events.find((e) => e.position === Number(marked[1]));
    return found ? right(found) : left(cliError(noPosition(marked[1]!)));
  }
  // Digits are a position even with a leading zero ("0985" is #985): such a string is an id prefix too, and ambiguous when both name an event.
  const isNumber = /^[0-9]+$/.test(ref) && Number(ref) > 0;
  const id = ref.toLowerCase();
  const isPrefix = HEX.test(id) && id.length >= MIN_PREFIX;
  const atPosition = isNumber ? events.find((e) => e.position === Number(ref)) : undefined;
  const matching = isPrefix ? events.filter((e) => e.id.startsWith(id)) : [];
  if (atPosition && matching.some((e) => e !== atPosition)) {
    // Quoted as it is to be typed: a shell takes an unquoted word beginning with # for a comment.
    return left(cliError(`${ref} is both a position and the start of an id (of #${matching.map((e) => e.position).join(', #')}): write '#${Number(ref)}' (quoted) for the position, or more digits of the id`));
  }
  if (atPosition) return right(atPosition);
  if (matching.length === 1) return right(matching[0]!);
  if (matching.length > 1) return left(cliError(`${id} starts ${matching.length} event ids (at positions ${matching.map((e) => e.position).join(', ')}): give more digits, or the position`));
  if (isNumber) return left(cliError(noPosition(ref) + (isPrefix ? `, and no event id starts with ${id}` : '')));
  if (!isPrefix) {
    return left(cliError(`${JSON.stringify(ref)} is neither a position (the # column of stancelog log) nor an event id (or its first ${MIN_PREFIX} or more hex digits, as stancelog log --json prints it)`));
  }
  return left(cliError(`no event id starts with ${id}`));
}

/**
 * Positions as a hint prints them for the user to type: each `'#N'`,
 * quoted. A bare number that also starts an event id is refused as
 * ambiguous, and on a long log most numbers of four or five digits do
 * (or will, as the log grows); `#N` unquoted is a comment to a shell.
 * `'#N'` names the position on any log, as printed.
 *
 * @example
 * import { typedPositions } from './withdraw.js'
 * assert.strictEqual(typedPositions([1204, 1205]), "'#1204' '#1205'")
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function typedPositions(positions: ReadonlyArray<number>): string {
  return positions.map((p) => `'#${p}'`).join(' ');
}

/**
 * The corrected copies of a statement that count (statements `stancelog
 * correct` appended in its place, their `corrects` naming it, not withdrawn
 * by `withdrawals`), in log order: beside the statement, when it counts
 * too, both count at one place. What `withdraw` says when it restores a
 * statement, and `correct` when it would append another copy.
 *
 * @example
 * import { withdrawalsOf } from '@stancelog/core'
 * import { countingCopies } from './withdraw.js'
 * const said = { id: 'a1', position: 1, type: 'statement-made', data: {} }
 * const copy = { id: 'c1', position: 3, type: 'statement-made', data: { corrects: { event: 'a1', position: 1 } } }
 * const events = [said, copy] as any[]
 * assert.deepStrictEqual(countingCopies(events, withdrawalsOf(events), 'a1').map((e) => e.id), ['c1'])
 * const taken = [...events, { id: 'w1', position: 4, type: 'event-withdrawn', data: { event: 'c1', reason: 'r' } }] as any[]
 * assert.deepStrictEqual(countingCopies(taken, withdrawalsOf(taken), 'a1'), [])
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function countingCopies(events: ReadonlyArray<StoredEvent>, withdrawals: Withdrawals, id: string): StoredEvent[] {
  return events.filter((e) => e.type === 'statement-made' && e.data.corrects?.event === id && !isWithdrawn(withdrawals, e));
}

/**
 * The statements other than `statement` that count at its place (the
 * position a corrected copy takes, `corrects.position`, or the statement's
 * own): the statement first at that place and every copy in it, copies of
 * copies too, not withdrawn by `withdrawals`, in log order. Each counts
 * there beside `statement`, when that counts.
 *
 * @example
 * import { withdrawalsOf } from '@stancelog/core'
 * import { countingAtPlace } from './withdraw.js'
 * // #1 corrected by #3, and #3 by #5 (at #1's place), #1's and #3's withdrawals withdrawn: all three count at #1's place.
 * const said = { id: 'a1', position: 1, type: 'statement-made', data: {} }
 * const copy = { id: 'c1', position: 3, type: 'statement-made', data: { corrects: { event: 'a1', position: 1 } } }
 * const again = { id: 'c2', position: 5, type: 'statement-made', data: { corrects: { event: 'c1', position: 1 } } }
 * const other = { id: 'b1', position: 2, type: 'statement-made', data: {} }
 * const events = [said, other, copy, again] as any[]
 * assert.deepStrictEqual(countingAtPlace(events, withdrawalsOf(events), said as any).map((e) => e.position), [3, 5])
 * assert.deepStrictEqual(countingAtPlace(events, withdrawalsOf(events), again as any).map((e) => e.position), [1, 3])
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function countingAtPlace(events: ReadonlyArray<StoredEvent>, withdrawals: Withdrawals, statement: StoredEventOf<'statement-made'>): StoredEvent[] {
  const place = correctsOf(statement).position;
  return events.filter((e) => e !== statement && e.type === 'statement-made' && correctsOf(e).position === place && !isWithdrawn(withdrawals, e));
}

/**
 * What stands at a withdrawn statement's place now, its corrected copy or
 * a copy of that copy (`#3 stands in its place`), and the last of them,
 * the one a second correction or withdrawal is meant for; undefined when
 * nothing does (or the event is no statement).
 *
 * @example
 * import { withdrawalsOf } from '@stancelog/core'
 * import { standingInPlace } from './withdraw.js'
 * const said = { id: 'a1', position: 1, type: 'statement-made', data: {} }
 * const copy = { id: 'c1', position: 3, type: 'statement-made', data: { corrects: { event: 'a1', position: 1 } } }
 * const events = [said, copy] as any[]
 * assert.deepStrictEqual(standingInPlace(events, withdrawalsOf(events), said as any), { words: '#3 stands in its place', last: 3 })
 * assert.strictEqual(standingInPlace(events, withdrawalsOf(events), copy as any)?.words, '#1 stands in its place')
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function standingInPlace(events: ReadonlyArray<StoredEvent>, withdrawals: Withdrawals, target: StoredEvent): { readonly words: string; readonly last: number } | undefined {
  const standing = target.type === 'statement-made' ? countingAtPlace(events, withdrawals, target).map((e) => e.position) : [];
  const last = standing[standing.length - 1];
  return last === undefined ? undefined : { words: `${standing.map((n) => `#${n}`).join(', ')} ${standing.length === 1 ? 'stands' : 'stand'} in its place`, last };
}

/**
 * Runs `stancelog withdraw EVENT... --reason TEXT`: appends, in one batch, a
 * withdrawal of each event named by its position or id. Refuses, appending
 * nothing, an event that is not in the log, named twice or already
 * withdrawn (or withdrawn by another command between its read of the log
 * and its append), and a blank reason.
 *
 * @example
 * import { withdrawCommand } from '@stancelog/cli'
 * const io = { stdout: process.stdout, stderr: process.stderr, cwd: '/nonexistent', env: {} }
 * const r = await withdrawCommand(['1'], { reason: ' ' }, io)
 * assert.ok(r._tag === 'Left' && r.left.message.startsWith('--reason'))
 * @category commands
 * @since 0.1.0
 */
export async function withdrawCommand(refs: ReadonlyArray<string>, options: WithdrawCommandOptions, io: CliIo): Promise<Either<CliError, ReadonlyArray<Withdrawn>>> {
  const reason = typeof options.reason === 'string' ? options.reason.trim() : '';
  if (reason === '') return left(cliError('--reason: say why the event no longer counts (the reason is kept in the log beside it)'));
  if (refs.length === 0) return left(cliError('name the event to withdraw: its position (the # column of stancelog log) or its id'));
  // One open, as a writer that finds the log there (a misspelt --store is "no log there", not a new empty log): a file
  // log is scanned once, and under its lock nothing is withdrawn between the read and the append.
  return withStore(options.store, io, 'write-existing', async (store, spec) => {
    const read = await readEvents(store, spec, io);
    if (isLeft(read)) return read;
    const checked = chooseTargets(read.right, refs, reason);
    if (isLeft(checked)) return checked;
    const { events, targets } = checked.right;
    // Filled in after the fact: recorded then, as a line's recordedAt is, after what it takes back.
    const recordedAt = options.recordedAt === undefined ? undefined : recordedAtOption(options.recordedAt, targets);
    if (recordedAt !== undefined && isLeft(recordedAt)) return recordedAt;
    const head = events.length > 0 ? events[events.length - 1]!.position : 0;
    // Nothing may have withdrawn an event named since it was read (nor corrected it, which withdraws it): it would be
    // withdrawn twice. A file log's lock keeps other writers out meanwhile; a PostgreSQL log takes none, and this
    // condition is what holds there, as for correct.
    const appended = await store.append(
      targets.map((t) => ({ ...eventWithdrawn(t.id, reason), ...(recordedAt === undefined ? {} : { recordedAt: recordedAt.right }) })),
      { condition: { tags: targets.map((t) => `event:${t.id}`), after: head } },
    );
    const listed = targets.map((t) => `#${t.position}`).join(', ');
    if (isLeft(appended)) {
      if (appended.left._tag !== 'AppendConflict') return left(cliError(`store ${spec}: ${appended.left.message}`));
      return left(await conflictFailure(store, spec, targets, head, reason));
    }
    // The very withdrawals another command appended meanwhile: a batch the log holds already is no conflict, and appends
    // nothing. Never only some of them: one held already came after the read, and the condition refuses the others with it.
    if (appended.right.appended.length < targets.length) {
      const were = targets.length === 1 ? 'was' : 'were';
      return left(cliError(`store ${spec}: ${listed} ${were} withdrawn for this very reason by another command since ${targets.length === 1 ? 'it' : 'they'} ${were} read: nothing appended`));
    }
    const after = withdrawalsOf([...events, ...appended.right.appended]);
    const results: Withdrawn[] = targets.map((target, i) => {
      const counted = isWithdrawal(target) ? events.find((e) => e.id === target.data.event && e.position < target.position) : undefined;
      const restored = counted && !isWithdrawn(after, counted) ? counted : undefined;
      // A correction's withdrawal withdrawn: its copy, appended with it, still counts beside the statement restored.
      const copies = restored === undefined ? [] : countingCopies(events, after, restored.id);
      // The copy restored (its own withdrawal withdrawn): the statement whose place it takes (the first of a chain of
      // copies, each passing its place on), given back since, counts beside it.
      const place = restored?.type === 'statement-made' ? restored.data.corrects?.position : undefined;
      const original = place === undefined ? undefined : events.find((e) => e.position === place);
      const corrected = original !== undefined && original.type === 'statement-made' && !isWithdrawn(after, original) ? original : undefined;
      // Not only those two: a copy of a copy takes the same place, and counts there as well.
      const atPlace = restored?.type === 'statement-made' ? countingAtPlace(events, after, restored) : [];
      return { withdrawal: appended.right.appended[i]!, withdrawn: target, restored, copies, corrected, atPlace };
    });
    if (options.json) io.stdout.write(JSON.stringify(results, null, 2) + '\n');
    else {
      const positionOf = (id: string) => events.find((e) => e.id === id)?.position;
      const shown = oneLine(reason);
      for (const { withdrawal, withdrawn, restored, copies, corrected, atPlace } of results) {
        const together = atPlace.length === 1 ? 'both now count' : `all ${atPlace.length + 1} now count`;
        const when = options.recordedAt === undefined ? '' : ` (recorded ${withdrawal.recordedAt})`;
        io.stdout.write(`withdrew #${withdrawn.position} (${oneLine(describeEvent(withdrawn, positionOf))}) in ${spec}, as #${withdrawal.position}${when}: ${shown}\n`);
        if (restored) io.stdout.write(`#${restored.position} counts again (${oneLine(describeEvent(restored, positionOf))})\n`);
        if (restored && copies.length > 0) {
          const named = copies.map((c) => `#${c.position} (${oneLine(describeEvent(c, positionOf))})`).join(', ');
          const one = copies.length === 1;
          io.stdout.write(
            `${named}, which correct${one ? 's' : ''} #${restored.position}, still count${one ? 's' : ''}: ${together}, at one place; ` +
              `stancelog withdraw ${typedPositions(copies.map((c) => c.position))} --reason ... takes ${one ? 'the copy' : 'the copies'} back\n`,
          );
        }
        if (restored && corrected) {
          io.stdout.write(
            `#${corrected.position} (${oneLine(describeEvent(corrected, positionOf))}), ${restored.type === 'statement-made' && restored.data.corrects?.event === corrected.id ? `which #${restored.position} corrects` : `whose place #${restored.position} takes`}, still counts: ${together}, at one place; ` +
              `stancelog withdraw ${typedPositions([corrected.position])} --reason ... takes it back, leaving the copy in its place\n`,
          );
        }
        // The others at that place, which neither line above names (a copy of a copy of the statement restored).
        const more = atPlace.filter((e) => e !== corrected && !copies.includes(e));
        if (restored && more.length > 0) {
          const named = more.map((e) => `#${e.position} (${oneLine(describeEvent(e, positionOf))})`).join(', ');
          const one = more.length === 1;
          const place = restored.type === 'statement-made' ? correctsOf(restored).position : restored.position;
          io.stdout.write(
            `${named}, at #${place}'s place too, still count${one ? 's' : ''}: ${together}, at one place; ` +
              `stancelog withdraw ${typedPositions(more.map((e) => e.position))} --reason ... takes ${one ? 'it' : 'them'} back\n`,
          );
        }
        if (!restored && isWithdrawal(withdrawn)) {
          // Another withdrawal still holds the event this one named.
          const still = events.find((e) => e.id === withdrawn.data.event);
          const by = still && after.get(still.id);
          if (still && by) io.stdout.write(`#${still.position} stays withdrawn (by #${by.position}: ${oneLine(by.data.reason)})\n`);
        }
      }
      const plain = results.filter((r) => !isWithdrawal(r.withdrawn)).map((r) => r.withdrawal.position);
      if (plain.length > 0) io.stdout.write(`positions and contradictions leave ${plain.length === 1 ? 'it' : 'them'} out from now on; stancelog withdraw ${typedPositions(plain)} --reason ... restores ${plain.length === 1 ? 'it' : 'them'}\n`);
    }
    return right(results);
  });
}

/**
 * What `withdraw` says when another command withdrew events it names
 * between its read of the log and its append (the append's condition
 * refused the whole batch): which of them, read from what came after, and
 * that the others were not withdrawn either, with the command that
 * withdraws those. Said without naming them when they cannot be read.
 */
async function conflictFailure(store: EventStore, spec: string, targets: ReadonlyArray<StoredEvent>, head: number, reason: string): Promise<CliError> {
  const listed = targets.map((t) => `#${t.position}`).join(', ');
  const vague = cliError(
    `store ${spec}: ${targets.length === 1 ? listed : `one of ${listed}`} was withdrawn by another command since it was read: nothing appended; see stancelog log, and run this again if it still needs withdrawing`,
  );
  const meanwhile = new Map<string, string>();
  try {
    for await (const chunk of store.read({ after: head, tags: targets.map((t) => `event:${t.id}`) })) {
      for (const e of chunk) if (isWithdrawal(e)) meanwhile.set(e.data.event, e.data.reason);
    }
  } catch {
    return vague;
  }
  const taken = targets.filter((t) => meanwhile.has(t.id));
  if (taken.length === 0) return vague;
  const rest = targets.filter((t) => !meanwhile.has(t.id));
  const one = taken.length === 1;
  const same = taken.every((t) => meanwhile.get(t.id) === reason) ? ' (for this very reason)' : '';
  const others = rest.length === 0 ? '' : `, not even the withdrawal of ${rest.map((t) => `#${t.position}`).join(', ')}`;
  const again = rest.length === 0 ? `if ${one ? 'it' : 'they'} still ${one ? 'needs' : 'need'} withdrawing` : `for what still needs withdrawing (stancelog withdraw ${typedPositions(rest.map((t) => t.position))} --reason ...)`;
  return cliError(
    `store ${spec}: ${taken.map((t) => `#${t.position}`).join(', ')} ${one ? 'was' : 'were'} withdrawn by another command since ${one ? 'it was' : 'they were'} read${same}: nothing appended${others}; see stancelog log, and run this again ${again}`,
  );
}

/** The events `refs` name, each checked: in the log, named once, not withdrawn, not withdrawn before for this very reason. */
function chooseTargets(events: StoredEvent[], refs: ReadonlyArray<string>, reason: string): Either<CliError, { events: StoredEvent[]; targets: StoredEvent[] }> {
  const inForce = withdrawalsOf(events);
  const ids = new Set(events.map((e) => e.id));
  const targets: StoredEvent[] = [];
  for (const ref of refs) {
    const found = findEvent(events, ref);
    if (isLeft(found)) return found;
    const target = found.right;
    if (targets.includes(target)) return left(cliError(`#${target.position} is named twice; nothing appended`));
    if (isWithdrawn(inForce, target)) {
      const by = inForce.get(target.id)!;
      // A corrected copy standing in its place still counts: to take the statement back is to withdraw that copy.
      const standing = standingInPlace(events, inForce, target);
      const instead = standing === undefined ? '' : `, and ${standing.words}: to take it back, withdraw #${standing.last} (stancelog withdraw ${typedPositions([standing.last])} --reason ...)`;
      return left(cliError(`#${target.position} is already withdrawn (by #${by.position}: ${by.data.reason})${instead}; nothing appended`));
    }
    // The same withdrawal (event and reason) already in the log, withdrawn since: its content cannot be appended twice.
    if (ids.has(eventId(eventWithdrawn(target.id, reason)))) {
      return left(cliError(`#${target.position} was withdrawn for this very reason before, and that withdrawal withdrawn since; give another reason to withdraw it again`));
    }
    targets.push(target);
  }
  return right({ events, targets });
}

/**
 * Registers `stancelog withdraw` on the program.
 *
 * @example
 * import { Command } from 'commander'
 * import { registerWithdraw } from './withdraw.js'
 * const program = new Command('stancelog')
 * registerWithdraw(program, { stdout: process.stdout, stderr: process.stderr, cwd: '.', env: {} }, () => undefined)
 * assert.ok(program.commands.some((c) => c.name() === 'withdraw'))
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function registerWithdraw(program: Command, io: CliIo, done: OutcomeSink): void {
  program
    .command('withdraw')
    .description('take back an event entered wrongly (it stays in the log, with the reason, but no longer counts); withdrawing a withdrawal restores the event')
    .argument('<events...>', 'the position of each event (the # column of stancelog log), or its id or the first digits of it')
    .requiredOption('--reason <text>', 'why the event no longer counts')
    .option('--recorded-at <time>', 'when the log learnt of the withdrawal, for a log filled in after the fact (YYYY-MM-DD or an ISO timestamp; default: now)')
    .option('--store <path|url>', STORE_OPTION_HELP)
    .option('--json', 'print the withdrawal and the event withdrawn as JSON')
    .action(async (refs: string[], opts: WithdrawCommandOptions) => {
      done(await withdrawCommand(refs, opts, io));
    });
}
