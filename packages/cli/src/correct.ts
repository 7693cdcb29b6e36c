/**
 * `stancelog correct EVENT --set FIELD=VALUE... --reason TEXT`: a statement
 * entered wrongly (a misread holder, a wrong date) withdrawn and its
 * corrected copy appended in one append, made from the stored statement so
 * that it keeps what was right. What docs/cli.md did with a `jq` filter
 * and a file of two lines, checked as `withdraw` and `append` check them.
 *
 * @since 0.1.0
 */
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import type { Command } from 'commander';
import { applyToRegistry, correctsOf, emptyRegistry, eventId, eventWithdrawn, isWithdrawn, nearNames, withdrawalsOf } from '@stancelog/core';
import type { NewEvent, StoredEvent } from '@stancelog/core';
import { parseJson } from '@stancelog/ingest';
import { recordedAtOption } from './as-of-option.js';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';
import { STORE_OPTION_HELP } from './command-registration.js';
import type { OutcomeSink } from './command-registration.js';
import type { CliIo } from './io.js';
import { describeEvent } from './log.js';
import { readEvents } from './read-events.js';
import { parseStatementLines } from './statement-file.js';
import { speakerWarnings } from './speaker-check.js';
import { withStore } from './store-option.js';
import { oneLine } from './table.js';
import { countingAtPlace, countingCopies, findEvent, standingInPlace, typedPositions } from './withdraw.js';

/**
 * Options of `stancelog correct`.
 *
 * @example
 * import type { CorrectCommandOptions } from '@stancelog/cli'
 * const options: CorrectCommandOptions = { set: ['statedAt=2025-05-15'], reason: 'Kyiv spoke the day before', dryRun: true }
 * assert.strictEqual(options.unset, undefined)
 * @category commands
 * @since 0.1.0
 */
export interface CorrectCommandOptions {
  /**
   * The fields to change, each `PATH=VALUE`: `PATH` a field of the
   * statement as a line of `append` has it (`statedAt`, `holder`,
   * `speaker.actor`, `conditions[0].polarity`); `VALUE` the text as typed,
   * or JSON when it starts with `[`, `{` or `"` (`conditions=[{"issue":
   * "ceasefire","polarity":"+"}]`), and a number for `confidence`.
   */
  readonly set?: ReadonlyArray<string> | undefined;
  /** The fields to leave out of the corrected statement (`speaker`, `conditions`, `statedAt`). */
  readonly unset?: ReadonlyArray<string> | undefined;
  /** Why the statement as it stands is wrong (required: it is kept in the log, on the withdrawal). */
  readonly reason: string;
  /**
   * When the log learnt of the correction, for a log filled in after the
   * fact (a day, its start, or an ISO timestamp with its zone; default:
   * now): the withdrawal and the copy are recorded then, not before the
   * statement was, nor after now.
   */
  readonly recordedAt?: string | undefined;
  /** Read the log and say what would be appended, without writing it. */
  readonly dryRun?: boolean | undefined;
  readonly store?: string | undefined;
  readonly json?: boolean | undefined;
}

/**
 * One field a correction changes: its path, and its value before and after
 * (undefined where the statement has none).
 *
 * @example
 * import type { FieldChange } from '@stancelog/cli'
 * const change: FieldChange = { path: 'statedAt', from: '2025-05-16', to: '2025-05-15' }
 * assert.strictEqual(change.path, 'statedAt')
 * @category commands
 * @since 0.1.0
 */
export interface FieldChange {
  readonly path: string;
  readonly from: unknown;
  readonly to: unknown;
}

/**
 * What `stancelog correct` did (what `--json` prints): the statement
 * withdrawn, the withdrawal and the corrected statement (stored events once
 * appended; on a dry run, the events as they would be appended, without
 * ids or positions), and the fields changed.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { appendCommand, correctCommand } from '@stancelog/cli'
 * const dir = mkdtempSync(join(tmpdir(), 'correct-'))
 * const quiet = { write: () => true }
 * const io = { stdout: quiet, stderr: quiet, cwd: dir, env: {} }
 * writeFileSync(join(dir, 'in.jsonl'), JSON.stringify({ holder: 'ukraine', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-12', source: { quote: 'no truce' } }) + '\n')
 * await appendCommand(['in.jsonl'], {}, io)
 * const r = await correctCommand('#1', { set: ['statedAt=2025-03-11'], reason: 'said the day before' }, io)
 * assert.ok(r._tag === 'Right' && !r.right.dryRun)
 * assert.deepStrictEqual(r.right.changes, [{ path: 'statedAt', from: '2025-03-12', to: '2025-03-11' }])
 * assert.ok('position' in r.right.corrected && r.right.corrected.position === 3)
 * @category commands
 * @since 0.1.0
 */
export interface Correction {
  readonly store: string;
  readonly dryRun: boolean;
  readonly withdrawn: StoredEvent;
  readonly withdrawal: StoredEvent | NewEvent;
  readonly corrected: StoredEvent | NewEvent;
  readonly changes: ReadonlyArray<FieldChange>;
}

// A field path as an append line's errors name one: `statedAt`, `speaker.actor`, `conditions[0].issue`.
const PATH = /^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*|\[[0-9]+\])*$/;

type Segment = string | number;

function segmentsOf(path: string): Segment[] {
  return [...path.matchAll(/([A-Za-z_][\w-]*)|\[([0-9]+)\]/g)].map((m) => (m[1] !== undefined ? m[1] : Number(m[2])));
}

function valueAt(value: unknown, segments: ReadonlyArray<Segment>): unknown {
  let at = value;
  for (const s of segments) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, unknown>)[s];
  }
  return at;
}

/**
 * One `--set PATH=VALUE` or `--unset PATH` read: its path and the value
 * set (undefined to unset).
 *
 * @example
 * import { fieldEdit } from './correct.js'
 * assert.deepStrictEqual(fieldEdit('--set', 'statedAt=2025-05-15'), { _tag: 'Right', right: { path: 'statedAt', value: '2025-05-15' } })
 * assert.deepStrictEqual(fieldEdit('--set', 'conditions=[{"issue":"ceasefire","polarity":"+"}]'), { _tag: 'Right', right: { path: 'conditions', value: [{ issue: 'ceasefire', polarity: '+' }] } })
 * assert.deepStrictEqual(fieldEdit('--set', 'confidence=0.8'), { _tag: 'Right', right: { path: 'confidence', value: 0.8 } })
 * const bad = fieldEdit('--set', 'statedAt')
 * assert.ok(bad._tag === 'Left' && bad.left.message === '--set statedAt: expected PATH=VALUE (statedAt=2025-05-15, holder=ukraine)')
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function fieldEdit(option: '--set' | '--unset', text: string): Either<CliError, { path: string; value: unknown }> {
  const equals = text.indexOf('=');
  if (option === '--set' && equals < 0) return left(cliError(`--set ${text}: expected PATH=VALUE (statedAt=2025-05-15, holder=ukraine)`));
  const path = option === '--set' ? text.slice(0, equals).trim() : text.trim();
  // An object's own machinery is no field of a statement (and setting it would change the object, not the statement).
  if (!PATH.test(path) || segmentsOf(path).some((s) => s === '__proto__' || s === 'constructor' || s === 'prototype')) return left(cliError(`${option} ${text}: ${JSON.stringify(path)} is no field path (statedAt, speaker.actor, conditions[0].polarity)`));
  const first = segmentsOf(path)[0];
  // Recorded when it is made: a recording time set back would have the log know of the correction before it was made.
  if (first === 'recordedAt') return left(cliError(`${option} ${path}: a correction is recorded when it is made; its recording time is not set`));
  // What the copy corrects is the statement named, at its place: `correct` writes it.
  if (first === 'corrects') return left(cliError(`${option} ${path}: the copy corrects the statement named (corrects is written from it, to take its place); to correct another, name that one`));
  // A reading of an article has offsets; one entered by hand has none, and ingest leaves it alone (docs/cli.md).
  if (path === 'source.offsets' && option === '--set') return left(cliError('--set source.offsets: a correction is entered by hand, not read from the article: it keeps no offsets'));
  if (option === '--unset') return right({ path, value: undefined });
  const raw = text.slice(equals + 1);
  if (/^\s*[[{"]/.test(raw)) {
    const parsed = parseJson(raw);
    if (isLeft(parsed)) return left(cliError(`--set ${path}: ${parsed.left.message.replace(/^not JSON at line 1, /, 'not JSON at ')} (a value starting with [, { or " is read as JSON)`));
    return right({ path, value: parsed.right });
  }
  // The one number of a statement; any other value is the text as typed ('0' is a polarity, not a number).
  if (path === 'confidence' && raw.trim() !== '' && Number.isFinite(Number(raw))) return right({ path, value: Number(raw) });
  return right({ path, value: raw });
}

// `data` with the value at `segments` set (or removed): objects missing on the way are made, an array takes an index up to its length.
function edited(data: unknown, segments: ReadonlyArray<Segment>, value: unknown, path: string): Either<string, unknown> {
  if (segments.length === 0) return right(value);
  const [head, ...rest] = segments as [Segment, ...Segment[]];
  if (typeof head === 'number') {
    if (!Array.isArray(data)) return left(`${path}: ${data === undefined ? 'the statement has no list there' : 'not a list'}: set the whole list (conditions=[...])`);
    if (head > data.length || (value === undefined && rest.length === 0 && head >= data.length)) return left(`${path}: the list has ${data.length} item${data.length === 1 ? '' : 's'} (from [0])`);
    const inner = edited(data[head], rest, value, path);
    if (isLeft(inner)) return inner;
    const copy = [...data];
    if (inner.right === undefined && rest.length === 0) copy.splice(head, 1);
    else copy[head] = inner.right;
    return right(copy);
  }
  if (data !== undefined && (data === null || typeof data !== 'object' || Array.isArray(data))) return left(`${path}: ${head} is set within a value that is not an object`);
  const object = { ...(data as Record<string, unknown> | undefined) };
  const inner = edited(object[head], rest, value, path);
  if (isLeft(inner)) return inner;
  if (inner.right === undefined) delete object[head];
  else object[head] = inner.right;
  return right(object);
}

// The ids a statement names, by the field that names each, as an append line's errors name them.
function idFields(data: Record<string, unknown>): Array<{ kind: 'actor' | 'issue'; path: string; id: unknown }> {
  const conditions = Array.isArray(data['conditions']) ? (data['conditions'] as Array<Record<string, unknown>>) : [];
  return [
    { kind: 'actor', path: 'holder', id: data['holder'] },
    { kind: 'actor', path: 'speaker.actor', id: valueAt(data, ['speaker', 'actor']) },
    { kind: 'issue', path: 'issue', id: data['issue'] },
    ...conditions.map((c, i) => ({ kind: 'issue' as const, path: `conditions[${i}].issue`, id: c?.['issue'] })),
  ];
}

/**
 * Runs `stancelog correct EVENT --set FIELD=VALUE... --reason TEXT`: the
 * statement at `ref` (a position, `#N`, or an id or the first 4 or more hex
 * digits of one), or the registry event (an office, a name, an issue,
 * its fields those of its `data`: `office.until=2026-02-19`) is withdrawn with `reason`, and a copy of it with the
 * fields set (and those unset) appended in its place, in one append: all
 * or nothing, and no reader of the log sees the statement withdrawn with
 * nothing in its place. The copy keeps the rest (its quote, its source),
 * leaves out the quote's offsets (it is entered by hand, which `ingest`
 * leaves alone) and is recorded now. It is checked as a line of `append`
 * is; the statement must be in the log and in force, and the copy must
 * differ from it. An id the log never named is warned of, with the ids it
 * names that are one slip from it (or, with none, the log's ids). The copy
 * says what it corrects (`corrects`: the statement's id, and its place in
 * the log, or the place it took when it was a correction itself), and
 * counts at that place among its holder's words of its time, not after
 * those the log learnt since. A statement without a date counted from
 * when it was recorded, and its copy, recorded now (or at `recordedAt`),
 * counts from then: that is warned of, with the `--set statedAt=` that puts
 * it back (unless `recordedAt` is the statement's own recording time). With
 * `dryRun`, the log is read and nothing written.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { appendCommand, correctCommand } from '@stancelog/cli'
 * const dir = mkdtempSync(join(tmpdir(), 'correct-'))
 * let out = ''
 * const io = { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true }, cwd: dir, env: {} }
 * writeFileSync(join(dir, 'in.jsonl'), JSON.stringify({ holder: 'ukraine', issue: 'ceasefire', kind: 'reject', polarity: '-', source: { quote: 'no truce' } }) + '\n')
 * await appendCommand(['in.jsonl'], {}, io)
 * out = ''
 * const dry = await correctCommand('1', { set: ['holder=russia'], reason: 'Moscow said it', dryRun: true }, io)
 * assert.ok(dry._tag === 'Right' && dry.right.dryRun && !('position' in dry.right.corrected))
 * assert.ok(out.endsWith('dry run: stancelog.jsonl was read, not written\n'))
 * const same = await correctCommand('1', { set: ['holder=ukraine'], reason: 'no change' }, io)
 * assert.ok(same._tag === 'Left' && same.left.message === '#1 has holder "ukraine" already: nothing to correct, nothing appended')
 * @category commands
 * @since 0.1.0
 */
export async function correctCommand(ref: string, options: CorrectCommandOptions, io: CliIo): Promise<Either<CliError, Correction>> {
  const reason = typeof options.reason === 'string' ? options.reason.trim() : '';
  if (reason === '') return left(cliError('--reason: say what was wrong with the statement (the reason is kept in the log, on its withdrawal)'));
  const edits: Array<{ path: string; value: unknown }> = [];
  for (const [option, texts] of [['--set', options.set ?? []], ['--unset', options.unset ?? []]] as const) {
    for (const text of texts) {
      const edit = fieldEdit(option, text);
      if (isLeft(edit)) return edit;
      if (edits.some((e) => e.path === edit.right.path)) return left(cliError(`${edit.right.path} is set twice (--set or --unset): give each field once`));
      edits.push(edit.right);
    }
  }
  if (edits.length === 0) return left(cliError('name what to correct: --set FIELD=VALUE (statedAt=2025-05-15, holder=ukraine) or --unset FIELD; to take a statement back with nothing in its place, stancelog withdraw'));
  // One open: as a writer that finds the log there (a misspelt --store is "no log there", not a new empty log), which
  // scans a file log once where a reader's open and then a writer's scanned it twice; a dry run writes nothing, and
  // takes no lock, as a reader.
  return withStore(options.store, io, options.dryRun ? 'read' : 'write-existing', async (store, spec) => {
    const read = await readEvents(store, spec, io);
    if (isLeft(read)) return read;
    const planned = plan(read.right, ref, edits, reason, io, options.dryRun === true);
    if (isLeft(planned)) return planned;
    const { target, events, changes } = planned.right;
    // Filled in after the fact: both recorded then, as lines' recordedAt are, after the statement they correct.
    const recordedAt = options.recordedAt === undefined ? undefined : recordedAtOption(options.recordedAt, [target]);
    if (recordedAt !== undefined && isLeft(recordedAt)) return recordedAt;
    const when = recordedAt === undefined ? {} : { recordedAt: recordedAt.right };
    const withdrawal: NewEvent = { ...planned.right.withdrawal, ...when };
    const corrected: NewEvent = { ...planned.right.corrected, ...when };
    const positionOf = (id: string): number | undefined => events.find((e) => e.id === id)?.position;
    const said = (text: string): void => void (options.json ? undefined : io.stdout.write(text));
    const changed = changes.map((c) => `  ${c.path}: ${shown(c.from)} -> ${shown(c.to)}\n`).join('');
    // Undated, the statement counted from when it was recorded, and the copy, recorded now, counts from now: `corrects`
    // keeps its place among the words of one time, not its time. Said, with the date that puts it back, not set unasked:
    // the copy would claim a date the statement never gave.
    // With --recorded-at, the copy counts from the time given (from where the statement stood, when that is its recording time).
    const given = recordedAt === undefined ? undefined : recordedAt.right;
    const undated =
      target.type === 'statement-made' && target.data.statedAt === undefined && corrected.type === 'statement-made' && corrected.data.statedAt === undefined &&
      (given === undefined || Date.parse(given) !== Date.parse(target.recordedAt))
        ? (copy: string) =>
            io.stderr.write(
              `stancelog: warning: the corrected statement: #${target.position} has no statedAt, and counted from when it was recorded (${target.recordedAt}); ` +
                `the copy, recorded ${given === undefined ? 'now' : `${given} (--recorded-at)`}, ${copy}\n`,
            )
        : undefined;
    if (options.dryRun) {
      undated?.(`would count from ${given === undefined ? 'now' : 'then'}: to keep it where #${target.position} stood, give --set statedAt=${target.recordedAt} as well (or the time it was said)`);
      const report: Correction = { store: spec, dryRun: true, withdrawn: target, withdrawal, corrected, changes };
      said(`would withdraw #${target.position} (${oneLine(describeEvent(target))}): ${oneLine(reason)}\n`);
      said(`and append in its place: ${oneLine(describeEvent(corrected))}\n${changed}`);
      said(`dry run: ${spec} was read, not written\n`);
      if (options.json) io.stdout.write(JSON.stringify(report, null, 2) + '\n');
      return right(report);
    }
    const head = events.length > 0 ? events[events.length - 1]!.position : 0;
    // Nothing may have withdrawn it (or corrected it) since it was read: the withdrawal would then take back nothing, and the copy count twice.
    // A file log's lock keeps other writers out meanwhile; a PostgreSQL log takes none, and this condition is what holds there.
    const appended = await store.append([withdrawal, corrected], { condition: { tags: [`event:${target.id}`], after: head } });
    if (isLeft(appended)) {
      if (appended.left._tag === 'AppendConflict') return left(cliError(`store ${spec}: #${target.position} was withdrawn by another command since it was read: nothing appended; see stancelog log, and run this again if it still needs correcting`));
      return left(cliError(`store ${spec}: ${appended.left.message}`));
    }
    const [w, c] = appended.right.appended as [StoredEvent, StoredEvent];
    undated?.(`${given === undefined ? `counts from now (${c.recordedAt})` : 'counts from then'}: stancelog correct ${typedPositions([c.position])} --set statedAt=${target.recordedAt} --reason ... puts it where #${target.position} stood (or give the time it was said)`);
    const report: Correction = { store: spec, dryRun: false, withdrawn: target, withdrawal: w, corrected: c, changes };
    const at = recordedAt === undefined ? '' : `, recorded ${w.recordedAt}`;
    said(`corrected #${target.position} (${oneLine(describeEvent(target, positionOf))}) in ${spec}: withdrew it as #${w.position}, and appended #${c.position} in its place (${oneLine(describeEvent(c))})${at}\n${changed}`);
    said(`stancelog withdraw ${typedPositions([w.position, c.position])} --reason ... takes the correction back\n`);
    if (options.json) io.stdout.write(JSON.stringify(report, null, 2) + '\n');
    return right(report);
  });
}

function shown(value: unknown): string {
  return value === undefined ? '(none)' : oneLine(JSON.stringify(value));
}

/** The statement or registry event `ref` names, checked, and the two events that correct it. */
function plan(
  events: StoredEvent[],
  ref: string,
  edits: ReadonlyArray<{ path: string; value: unknown }>,
  reason: string,
  io: CliIo,
  dryRun: boolean,
): Either<CliError, { target: StoredEvent; events: StoredEvent[]; withdrawal: NewEvent; corrected: NewEvent; changes: FieldChange[] }> {
  const found = findEvent(events, ref);
  if (isLeft(found)) return found;
  const target = found.right;
  const inForce = withdrawalsOf(events);
  if (target.type === 'event-withdrawn') {
    const positionOf = (id: string) => events.find((e) => e.id === id)?.position;
    const described = `#${target.position} is a withdrawal (${oneLine(describeEvent(target, positionOf))}): correct takes statements and registry events`;
    // Withdrawn itself: what it took back counts already, and withdrawing it again is refused.
    const by = inForce.get(target.id);
    if (by !== undefined) {
      const back = positionOf(target.data.event);
      return left(cliError(`${described}; it is withdrawn itself (by #${by.position}: ${oneLine(by.data.reason)})${back === undefined ? '' : `, so #${back} counts already`}; nothing appended`));
    }
    return left(cliError(`${described}; withdraw it (stancelog withdraw ${typedPositions([target.position])} --reason ...) to restore what it took back`));
  }
  if (isWithdrawn(inForce, target)) {
    const by = inForce.get(target.id)!;
    const withdrawn = `#${target.position} is already withdrawn (by #${by.position}: ${oneLine(by.data.reason)})`;
    // What stands at its place now (its corrected copy, or a copy of that copy) is what a second correction is meant for.
    const standing = standingInPlace(events, inForce, target);
    if (standing === undefined) return left(cliError(`${withdrawn}: nothing to correct, nothing appended`));
    return left(cliError(`${withdrawn}, and ${standing.words}: correct #${standing.last} instead (stancelog correct ${typedPositions([standing.last])} --set ... --reason ...); nothing appended`));
  }
  // The copy: the stored statement, entered by hand now (no offsets), or the registry event (an office's end, a name),
  // with the fields given, its paths those of its data.
  const what = target.type === 'statement-made' ? 'the corrected statement' : 'the corrected event';
  let data: unknown = target.data;
  if (target.type === 'statement-made') {
    const { offsets: _offsets, ...source } = target.data.source;
    data = { ...target.data, source };
  }
  for (const { path, value } of edits) {
    const next = edited(data, segmentsOf(path), value, path);
    if (isLeft(next)) return left(cliError(`${value === undefined ? '--unset' : '--set'} ${next.left}; nothing appended`));
    data = next.right;
  }
  // It takes the statement's place among the words of its time (of a correction corrected in turn, the place that one
  // took): appended last, it would count after the words the log learnt since, and could turn the stance.
  // A registry event has no place among words to keep: it is read in log order, as every registry event is.
  if (target.type === 'statement-made') data = { ...(data as object), corrects: correctsOf(target) };
  const changes = edits.map(({ path }) => ({ path, from: valueAt(target.data, segmentsOf(path)), to: valueAt(data, segmentsOf(path)) }));
  const moved = changes.filter((c) => JSON.stringify(c.from) !== JSON.stringify(c.to));
  // A field left out that statements (or the registry event) do not have at all: a slip, named as --set names one.
  for (const { path, value } of edits) {
    if (value !== undefined || valueAt(target.data, segmentsOf(path)) !== undefined) continue;
    const probe = edited(data, segmentsOf(path), '?', path);
    if (isLeft(probe)) continue;
    const checked = parseStatementLines('correction', JSON.stringify(target.type === 'statement-made' ? probe.right : { type: target.type, data: probe.right }), { maxReported: 1 });
    const unknown = checked.errors
      .flatMap((e) => e.replace(/^correction line 1: /, '').split('; '))
      .find((e) => e.startsWith(`${path}: unknown field`) || e.startsWith(`data.${path}: unknown field`));
    if (unknown !== undefined) return left(cliError(`--unset ${unknown.replace(/^data\./, '')}; nothing appended`));
  }
  if (moved.length === 0) {
    const said = changes.map((c) => (c.to === undefined ? `no ${c.path}` : `${c.path} ${JSON.stringify(c.to)}`)).join(', ');
    return left(cliError(`#${target.position} has ${said} already: nothing to correct, nothing appended`));
  }
  // Checked as a line of append is, its errors by the field (the paths of --set; a registry event's under data).
  const parsed = parseStatementLines('correction', JSON.stringify(target.type === 'statement-made' ? data : { type: target.type, data }), { maxReported: 1 });
  const line = (message: string): string => message.replace(/^correction line 1: /, '');
  if (parsed.errors.length > 0) return left(cliError(`${what}: ${line(parsed.errors[0]!)}; nothing appended`));
  for (const w of parsed.warnings) io.stderr.write(`stancelog: warning: ${what}: ${oneLine(line(w))}\n`);
  const corrected = parsed.events[0]!;
  const ids = new Set(events.map((e) => e.id));
  const withdrawal = eventWithdrawn(target.id, reason);
  // The same withdrawal (event and reason) already in the log, withdrawn since: its content cannot be appended twice.
  if (ids.has(eventId(withdrawal))) return left(cliError(`#${target.position} was withdrawn for this very reason before, and that withdrawal withdrawn since; give another reason`));
  // A copy the log holds already would be skipped as a duplicate: the append would withdraw the statement and put nothing
  // in its place. So is one the log holds but for what it corrects: the same statement twice, counted twice.
  const copyIds = [eventId(corrected)];
  if (corrected.type === 'statement-made') {
    const { corrects: _corrects, ...alone } = corrected.data;
    copyIds.push(eventId({ type: 'statement-made', data: alone }));
  }
  const held = events.find((e) => copyIds.includes(e.id));
  if (held !== undefined) {
    const hint = isWithdrawn(inForce, held)
      ? `, withdrawn (stancelog withdraw ${typedPositions([inForce.get(held.id)!.position])} --reason ... restores it)`
      : `, and counts: stancelog withdraw ${typedPositions([target.position])} --reason ... takes #${target.position} back alone, leaving #${held.position} in its place`;
    return left(cliError(`${what} is in the log already, as #${held.position}${hint}; nothing appended`));
  }
  // What follows weighs a statement: the actors and issues it names, its speaker.
  if (target.type !== 'statement-made') return right({ target, events, withdrawal, corrected, changes: moved });
  // A copy of it that counts already (its correction's withdrawal withdrawn since): this one would count beside it.
  const copies = countingCopies(events, inForce, target.id);
  if (copies.length > 0) {
    const listed = copies.map((c) => `#${c.position} (${oneLine(describeEvent(c))})`).join(', ');
    io.stderr.write(
      `stancelog: warning: #${target.position} has a corrected copy that counts already, ${listed}: the new copy would count beside it, at one place; ` +
        `stancelog withdraw ${typedPositions(copies.map((c) => c.position))} --reason ... takes ${copies.length === 1 ? 'it' : 'them'} back (${dryRun ? 'it would be appended' : 'appended'} all the same)\n`,
    );
  }
  // A copy corrected in turn while the statement whose place it takes counts again (the first of a chain of copies, each
  // passing its place on): the new copy, at that place, would count beside it.
  const place = target.data.corrects?.position;
  const original = place === undefined ? undefined : events.find((e) => e.position === place);
  if (original !== undefined && original.type === 'statement-made' && !isWithdrawn(inForce, original)) {
    io.stderr.write(
      `stancelog: warning: #${target.position} ${original.id === target.data.corrects?.event ? 'corrects' : 'takes the place of'} #${original.position} (${oneLine(describeEvent(original))}), which counts again: the new copy would count beside it, at one place; ` +
        `stancelog withdraw ${typedPositions([original.position])} --reason ... takes it back (${dryRun ? 'it would be appended' : 'appended'} all the same)\n`,
    );
  }
  // Any other statement counting at that place (a copy of a copy of the statement): the new copy would count beside it too.
  const more = countingAtPlace(events, inForce, target).filter((e) => e !== original && !copies.includes(e));
  if (more.length > 0) {
    const listed = more.map((e) => `#${e.position} (${oneLine(describeEvent(e))})`).join(', ');
    const one = more.length === 1;
    io.stderr.write(
      `stancelog: warning: ${listed} count${one ? 's' : ''} at #${correctsOf(target).position}'s place already: the new copy would count beside ${one ? 'it' : 'them'}, at one place; ` +
        `stancelog withdraw ${typedPositions(more.map((e) => e.position))} --reason ... takes ${one ? 'it' : 'them'} back (${dryRun ? 'it would be appended' : 'appended'} all the same)\n`,
    );
  }
  // An id the log never named, given by --set: a slip (`rusia`) is said, as append says one; the statement goes in all the same.
  // Of the events in force, as append weighs a line's ids: an id that only withdrawn statements named is none of the log's.
  const named = { actor: new Set<string>(), issue: new Set<string>() };
  for (const e of events) {
    if (isWithdrawn(inForce, e)) continue;
    for (const tag of e.tags) {
      if (tag.startsWith('actor:')) named.actor.add(tag.slice('actor:'.length));
      else if (tag.startsWith('issue:')) named.issue.add(tag.slice('issue:'.length));
    }
  }
  const before = new Set(idFields(target.data as unknown as Record<string, unknown>).map((f) => `${f.kind}:${String(f.id)}`));
  for (const { kind, path, id } of idFields(data as Record<string, unknown>)) {
    if (typeof id !== 'string' || named[kind].has(id) || before.has(`${kind}:${id}`)) continue;
    const near = nearNames(id, named[kind]);
    // None a slip away ("nurses" for nurses-union): the log's own, as a filter's error lists them, for the one meant.
    const all = [...named[kind]].sort();
    const listed = all.length === 0 ? '' : `, whose ${kind === 'actor' ? 'actors' : 'issues'} are ${all.slice(0, 10).join(', ')}${all.length > 10 ? `, and ${all.length - 10} more` : ''}`;
    const meant = near.length > 0 ? `; did you mean ${near.join(' or ')}?` : listed;
    io.stderr.write(`stancelog: warning: the corrected statement: ${path} ${JSON.stringify(id)} is no ${kind} of the log${meant} (${dryRun ? 'it would be appended' : 'appended'} all the same, as a new ${kind})\n`);
  }
  // A speaker the register's offices contradict, as append says of a line: the copy is a line entered by hand.
  const registered = emptyRegistry();
  for (const e of events) if (!isWithdrawn(inForce, e)) applyToRegistry(registered, e);
  for (const w of speakerWarnings([corrected], ['the corrected statement'], registered, new Date())) {
    io.stderr.write(`stancelog: warning: ${oneLine(w)} (${dryRun ? 'it would be appended' : 'appended'} all the same)\n`);
  }
  return right({ target, events, withdrawal, corrected, changes: moved });
}

/**
 * Registers `stancelog correct` on the program.
 *
 * @example
 * import { Command } from 'commander'
 * import { registerCorrect } from './correct.js'
 * const program = new Command('stancelog')
 * registerCorrect(program, { stdout: process.stdout, stderr: process.stderr, cwd: '.', env: {} }, () => undefined)
 * assert.ok(program.commands.some((c) => c.name() === 'correct'))
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function registerCorrect(program: Command, io: CliIo, done: OutcomeSink): void {
  const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
  program
    .command('correct')
    .description('correct a statement (or a registry event) entered wrongly: withdraw it and append a copy with the fields given, in one append (log marks a statement\'s copy [corrects #N])')
    .argument('<event>', 'the position of the statement or registry event (the # column of stancelog log), or its id or the first digits of it')
    .option('--set <field=value>', 'a field of the corrected statement, as a line of append has it (statedAt=2025-05-15, holder=ukraine, speaker.actor=russia); a value starting with [, { or " is JSON (repeatable)', collect)
    .option('--unset <field>', 'a field to leave out of the corrected statement (speaker, conditions) (repeatable)', collect)
    .requiredOption('--reason <text>', 'what was wrong with the statement (kept on its withdrawal)')
    .option('--recorded-at <time>', 'when the log learnt of the correction, for a log filled in after the fact (YYYY-MM-DD or an ISO timestamp; default: now)')
    .option('--dry-run', 'read the log and say what would be withdrawn and appended, without writing it')
    .option('--store <path|url>', STORE_OPTION_HELP)
    .option('--json', 'print the statement withdrawn, the withdrawal, the corrected statement and the fields changed as JSON')
    .action(async (ref: string, opts: CorrectCommandOptions) => {
      done(await correctCommand(ref, opts, io));
    });
}
