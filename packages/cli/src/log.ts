/**
 * `stancelog log`: the events of the log in order, optionally only those
 * about one holder, one issue, or an issue and those under it, and those
 * the log had recorded by a date.
 *
 * @since 0.1.0
 */
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { dayOf, isWithdrawn, project, registry, visibleAt, withdrawalsOf } from '@stancelog/core';
import type { Event, RegistryState, StoredEvent, StoredEventOf, StoredWithdrawal } from '@stancelog/core';
import { dateOption, nothingKnownNote } from './as-of-option.js';
import { cliError } from './cli-error.js';
import { checkCsvOption } from './csv-output.js';
import type { CliError } from './cli-error.js';
import type { CliIo } from './io.js';
import { emptyAnswer } from './empty-answer.js';
import { checkFilterIds } from './filter-ids.js';
import { jsonArrayWriter } from './json-output.js';
import { projectRegistryNow } from './registry-projection.js';
import { sheetNote, sheetWriter } from './statement-sheet.js';
import { statementConditionsText } from './positions.js';
import { withStore } from './store-option.js';
import { tableWriter } from './table.js';
import { checkIssueOrWithin, issuesWithin } from './within-option.js';

/**
 * Options of `stancelog log`.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { appendCommand, logCommand } from '@stancelog/cli'
 * const cwd = mkdtempSync(join(tmpdir(), 'log-'))
 * writeFileSync(join(cwd, 'talks.jsonl'), [
 *   '{"holder":"ukraine","issue":"peace-talks","kind":"condition","polarity":"+","conditions":[{"issue":"ceasefire","polarity":"+"}],"source":{"quote":"a truce first"}}',
 *   '{"holder":"russia","issue":"sanctions","kind":"demand","polarity":"-","source":{"quote":"lift them"}}',
 * ].join('\n'))
 * const io = { stdout: { write: (s: string) => s.length }, stderr: process.stderr, cwd, env: {} }
 * await appendCommand('talks.jsonl', {}, io)
 * // `issue` keeps the statements conditioned on it too.
 * let out = ''
 * const r = await logCommand({ issue: 'ceasefire', json: true }, { ...io, stdout: { write: (s: string) => (out += s).length } })
 * assert.ok(r._tag === 'Right')
 * assert.deepStrictEqual(JSON.parse(out).map((e: { data: { issue: string } }) => e.data.issue), ['peace-talks'])
 * assert.deepStrictEqual(r.right, { listed: 1, outputClosed: false })
 * @category commands
 * @since 0.1.0
 */
export interface LogCommandOptions {
  readonly store?: string | undefined;
  readonly json?: boolean | undefined;
  /** Only statements whose holder is this actor (and registry events about it). */
  readonly holder?: string | undefined;
  /** Only statements on this issue or conditioned on it (and its definition), not on the issues under it (`--issue`; see `within`). */
  readonly issue?: string | undefined;
  /**
   * Only statements on this issue or an issue under it, at any depth, or
   * conditioned on one of them (and their definitions), by the issue
   * hierarchy of the registry the log holds (withdrawn events left out):
   * `--within peace-talks` keeps the statements on `territorial-concessions`,
   * defined with `parent: "peace-talks"`. Not with `issue`. With
   * `knownAt`, by the hierarchy as the log knew it then.
   */
  readonly within?: string | undefined;
  /**
   * The log as it was known at this date (recorded time, `--known-at`):
   * only the events recorded by its end, and of the withdrawals only those
   * recorded by then mark what they take back, as `positions --known-at`
   * counts them. A date in the forms `--as-of` takes.
   */
  readonly knownAt?: string | undefined;
  /**
   * Print the statements that count as a coding sheet (`--csv`; not with
   * `json`), the rows `stancelog append FILE.csv` reads back as the same
   * statements: see docs/cli.md.
   */
  readonly csv?: boolean | undefined;
  /** The separator of `--csv`'s cells: `,` (the default), `;` or `tab` (`--separator`). */
  readonly separator?: string | undefined;
  /** With `csv`: a UTF-8 byte order mark first (`--bom`), for a spreadsheet to read non-ASCII text right: see docs/cli.md. */
  readonly bom?: boolean | undefined;
}

/**
 * Whether an event belongs to a `log --holder/--issue/--within` listing. A holder
 * filter keeps statements *held* by the actor, not those it merely reports;
 * `within` is the set of issues `--within` keeps.
 *
 * @example
 * import { matchesLogFilter } from './log.js'
 * const e = { type: 'statement-made', tags: ['actor:russia', 'actor:ukraine', 'issue:ceasefire'], data: { holder: 'russia', issue: 'ceasefire' } } as any
 * assert.ok(matchesLogFilter(e, { holder: 'russia' }))
 * assert.ok(!matchesLogFilter(e, { holder: 'ukraine' }))
 * assert.ok(matchesLogFilter(e, { within: new Set(['peace-talks', 'ceasefire']) }))
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function matchesLogFilter(event: StoredEvent, filter: Pick<LogCommandOptions, 'holder' | 'issue'> & { readonly within?: ReadonlySet<string> | undefined }): boolean {
  if (filter.holder !== undefined) {
    const ok = event.type === 'statement-made' ? event.data.holder === filter.holder : event.tags.includes(`actor:${filter.holder}`);
    if (!ok) return false;
  }
  if (filter.issue !== undefined && !event.tags.includes(`issue:${filter.issue}`)) return false;
  const within = filter.within;
  if (within !== undefined && !event.tags.some((tag) => tag.startsWith('issue:') && within.has(tag.slice('issue:'.length)))) return false;
  return true;
}

/**
 * A one-line description of an event, for the human listing.
 *
 * @example
 * import { describeEvent } from './log.js'
 * const e = { type: 'issue-defined', data: { id: 'ceasefire', title: 'Ceasefire', proposition: 'an immediate ceasefire' } } as any
 * assert.strictEqual(describeEvent(e), 'issue ceasefire: an immediate ceasefire')
 * // Conditions as positions writes them; a threat's are what sets it off.
 * const strike = { type: 'statement-made', data: { holder: 'dockers-union', kind: 'threat', issue: 'strike', polarity: '+', conditions: [{ issue: 'wage-increase', polarity: '-' }], source: { quote: 'q' } } } as any
 * assert.strictEqual(describeEvent(strike), 'dockers-union threat strike + if wage-increase - (trigger)')
 * // An office's end is what an office-held of a resignation says: shown, as the aliases and offices of a registration.
 * const resigned = { type: 'office-held', data: { person: 'tomas-lind', office: { actor: 'centre', title: 'Party Leader', from: '2015-09-01', until: '2026-02-20' } } } as any
 * assert.strictEqual(describeEvent(resigned), 'tomas-lind Party Leader of centre from 2015-09-01 until 2026-02-20')
 * const sand = { type: 'actor-registered', data: { id: 'erik-sand', kind: 'person', name: 'Erik Sand', aliases: ['Sand'], offices: [{ actor: 'sdp', title: 'Chief Negotiator', from: '2026-01-10', until: '2026-02-28' }] } } as any
 * assert.strictEqual(describeEvent(sand), 'actor erik-sand: Erik Sand (person; also Sand; Chief Negotiator of sdp from 2026-01-10 until 2026-02-28)')
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function describeEvent(event: Event, positionOf: (id: string) => number | undefined = () => undefined): string {
  switch (event.type) {
    case 'statement-made': {
      const s = event.data;
      // As positions, timeline and explain write them: one "if", a threat's conditions marked (trigger).
      const conditions = statementConditionsText({ kind: s.kind, conditions: s.conditions ?? [] });
      const by = s.speaker ? ` (${s.speaker.name}${s.speaker.actor && s.speaker.actor !== s.holder ? `, ${s.speaker.actor}` : ''})` : '';
      return `${s.holder} ${s.kind} ${s.issue} ${s.polarity}${conditions ? ` ${conditions}` : ''}${by}`;
    }
    case 'actor-registered': {
      // A registration again (a party renamed, a person's offices set anew) differs from the first only in these.
      const aliases = event.data.aliases?.length ? `; also ${event.data.aliases.join(', ')}` : '';
      const offices = (event.data.offices ?? []).map((o) => `; ${officeText(o)}`).join('');
      return `actor ${event.data.id}: ${event.data.name} (${event.data.kind}${aliases}${offices})`;
    }
    case 'alias-added':
      return `alias of ${event.data.actor}: ${event.data.alias}`;
    case 'office-held':
      return `${event.data.person} ${officeText(event.data.office)}`;
    case 'issue-defined':
      return `issue ${event.data.id}: ${event.data.proposition}${event.data.parent ? ` (within ${event.data.parent})` : ''}`;
    case 'event-withdrawn': {
      const position = positionOf(event.data.event);
      return `withdraws ${position !== undefined ? `#${position}` : event.data.event}: ${event.data.reason}`;
    }
  }
}

// An office with its end, when it has one: an office-held that ends an office differs from the one that began it only there.
function officeText(office: { readonly actor: string; readonly title: string; readonly from: string; readonly until?: string | undefined }): string {
  return `${office.title} of ${office.actor} from ${office.from}${office.until !== undefined ? ` until ${office.until}` : ''}`;
}

// The envelope's fields first, in one order whichever store gave the event (a PostgreSQL row's body begins with its
// position, a file's line with its id): the listings of a log and of its copy compare byte for byte.
const inEnvelopeOrder = (e: StoredEvent): StoredEvent => {
  const { id, position, recordedAt, schema, tags, ...rest } = e;
  return { id, position, recordedAt, schema, tags, ...rest } as StoredEvent;
};

/**
 * What `log --json` adds to an event that no longer counts: the withdrawal
 * in force, by position and id, with its reason.
 *
 * @example
 * import { withdrawnBy } from './log.js'
 * const w = { id: 'b'.repeat(32), position: 3, type: 'event-withdrawn', data: { event: 'a'.repeat(32), reason: 'misattributed' } } as any
 * assert.deepStrictEqual(withdrawnBy(w), { position: 3, id: 'b'.repeat(32), reason: 'misattributed' })
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function withdrawnBy(withdrawal: StoredWithdrawal): LogWithdrawnBy {
  return { position: withdrawal.position, id: withdrawal.id, reason: withdrawal.data.reason };
}

/**
 * The `withdrawnBy` field of `stancelog log --json`, on each event that a
 * withdrawal in force takes back (see `stancelog withdraw`).
 *
 * @example
 * import type { LogWithdrawnBy } from '@stancelog/cli'
 * const by: LogWithdrawnBy = { position: 3, id: '0f'.repeat(16), reason: 'the outlet corrected its report' }
 * assert.strictEqual(by.position, 3)
 * @category commands
 * @since 0.1.0
 */
export interface LogWithdrawnBy {
  /** The withdrawal's log position. */
  readonly position: number;
  /** The withdrawal's event id. */
  readonly id: string;
  readonly reason: string;
}

/**
 * What `stancelog log` did: how many events it listed, and whether it
 * stopped because the reader of its output went away (`log | head`).
 * The events themselves are printed, not returned: a program that wants
 * them reads the store (`store.read()`), in chunks.
 *
 * @example
 * import type { LogListing } from '@stancelog/cli'
 * const listing: LogListing = { listed: 10, outputClosed: true }
 * assert.ok(listing.outputClosed)
 * @category commands
 * @since 0.1.0
 */
export interface LogListing {
  /** The events printed (those the filters keep, up to where the output closed); with `csv`, the statements written as rows. */
  readonly listed: number;
  /** The output closed before the end of the log, and the read stopped there. */
  readonly outputClosed: boolean;
}

/**
 * Runs `stancelog log`.
 *
 * @example
 * import { logCommand } from '@stancelog/cli'
 * const io = { stdout: process.stdout, stderr: process.stderr, cwd: '/nonexistent', env: {} }
 * assert.strictEqual((await logCommand({}, io))._tag, 'Left')
 * @category commands
 * @since 0.1.0
 */
export async function logCommand(options: LogCommandOptions, io: CliIo): Promise<Either<CliError, LogListing>> {
  const one = checkIssueOrWithin(options);
  if (isLeft(one)) return one;
  const csv = checkCsvOption(options);
  if (isLeft(csv)) return csv;
  const knownAt = options.knownAt === undefined ? undefined : dateOption('--known-at', options.knownAt);
  if (knownAt !== undefined && isLeft(knownAt)) return knownAt;
  // What the log had recorded by then (every event, without --known-at): the listing and the withdrawals that mark it.
  const known = knownAt === undefined ? () => true : visibleAt({ recordedTime: knownAt.right });
  return withStore(options.store, io, 'read', async (store, spec) => {
    // The hierarchy as the analysis reads it, as `registry` shows it: withdrawn events left out.
    let within: ReadonlySet<string> | undefined;
    if (options.within !== undefined) {
      // From the registry's snapshot and the events since, not a replay of the whole log (`registry` reads it so too);
      // as known at a date, a replay up to it, as `registry --known-at` and `positions --known-at` read it.
      let registered: Either<CliError, RegistryState>;
      if (knownAt === undefined) registered = await projectRegistryNow(store, spec, io);
      else {
        const projected = await project(store, registry(), { asOf: { recordedTime: knownAt.right } });
        registered = isLeft(projected) ? left(cliError(`store ${spec}: ${projected.left.message}`)) : right(projected.right.state);
      }
      if (isLeft(registered)) return registered;
      within = issuesWithin(registered.right, options.within);
    }
    const tags = [
      ...(options.holder !== undefined ? [`actor:${options.holder}`] : []),
      ...(options.issue !== undefined ? [`issue:${options.issue}`] : []),
      ...[...(within ?? [])].map((issue) => `issue:${issue}`),
    ];
    // A count, not the events: a listing of a million events held in memory took gigabytes (`log --json > dump.json`).
    let listed = 0;
    // Each row is printed as it is read, so that a reader that stops early (`log | head`) stops the read: the
    // withdrawals, which come after what they withdraw, are read first (by tag; with --csv, see below) to mark the
    // rows they hold.
    let inForce: ReturnType<typeof withdrawalsOf>;
    let widestPosition: number;
    const withdrawn = new Set<string>();
    // The withdrawals that name each event, by its id.
    const namedBy = new Map<string, string[]>();
    // With --csv, the corrections the filters keep, whether they count or not (known once the withdrawals are).
    const corrections: Array<StoredEventOf<'statement-made'>> = [];
    try {
      const withdrawals: StoredEvent[] = [];
      // A withdrawal recorded after --known-at was not known then: what it takes back still counted.
      if (!options.csv) {
        for await (const chunk of store.read({ tags: [WITHDRAWAL_TAG] })) for (const e of chunk) if (known(e)) withdrawals.push(e);
      } else {
        // A correction is written at the place it takes, so the sheet's first row waits for a read of every statement
        // the filters keep (no tag marks a correction): the withdrawals are found by the same read, where a read of
        // them by tag first cost a file log a scan of each line's tags (0.7 s of the 200,000 statements of the CLI's
        // benchmark log, a third of the wait). In a log without withdrawals too: a line naming what it corrects may be
        // appended before the withdrawal of that (or be known before it).
        const read = tags.length > 0 ? { tags: [...tags, WITHDRAWAL_TAG] } : {};
        for await (const chunk of store.read(read)) {
          for (const e of chunk) {
            if (!known(e)) continue;
            // What each of the two reads it stands for yielded: the events tagged a withdrawal, and those of the filters' tags.
            if (e.tags.includes(WITHDRAWAL_TAG)) withdrawals.push(e);
            if (e.type === 'statement-made' && e.data.corrects !== undefined && carriesOneOf(e, tags) && matchesLogFilter(e, { ...options, within })) corrections.push(e);
          }
        }
      }
      inForce = withdrawalsOf(withdrawals);
      for (const w of withdrawals) {
        if (w.type !== 'event-withdrawn') continue;
        withdrawn.add(w.data.event);
        namedBy.set(w.data.event, [...(namedBy.get(w.data.event) ?? []), w.id]);
      }
      widestPosition = String(await store.head()).length;
    } catch (error) {
      return left(cliError(`store ${spec}: ${(error as Error).message}`));
    }
    // Positions of the events some withdrawal names, for "withdraws #N".
    const positions = new Map<string, number>();
    // A correction: a statement that names the statement it corrects (`corrects`), or, written without, one appended in
    // one batch with the withdrawal in force of a statement of the same quote (one file of both lines). One append records its events at one instant: the
    // withdrawals in force by that instant, and the quotes of the statements they take back, as the listing reaches them.
    const withdrawnAt = new Map<string, string[]>();
    for (const [target, w] of inForce) withdrawnAt.set(w.recordedAt, [...(withdrawnAt.get(w.recordedAt) ?? []), target]);
    const quotes = new Map<string, { position: number; quote: string }>();
    const corrects = (e: StoredEvent): string => {
      if (e.type !== 'statement-made') return '';
      // A copy that says what it corrects (as `correct` writes it): the statement it names, withdrawn.
      const named = e.data.corrects === undefined ? undefined : positions.get(e.data.corrects.event);
      // The statement it corrects restored since (its withdrawal withdrawn): both count, at one place.
      if (named !== undefined) return ` [corrects #${named}${inForce.has(e.data.corrects!.event) ? '' : ', which counts again'}]`;
      const found = (withdrawnAt.get(e.recordedAt) ?? []).flatMap((target) => {
        const t = quotes.get(target);
        return t !== undefined && target !== e.id && t.quote === e.data.source.quote ? [`#${t.position}`] : [];
      });
      return found.length > 0 ? ` [corrects ${found.join(', ')}]` : '';
    };
    // An event some withdrawal named, that counts again: the withdrawal of that withdrawal which restored it.
    const restored = (e: StoredEvent): string => {
      const by = (namedBy.get(e.id) ?? []).map((w) => inForce.get(w)).find((w) => w !== undefined);
      return by === undefined ? '' : ` [restored by #${by.position}]`;
    };
    // The corrections that count are written at the place each takes.
    const sheet = options.csv
      ? sheetWriter(
          io.stdout,
          csv.right,
          (e) => !isWithdrawn(inForce, e),
          corrections.filter((e) => !isWithdrawn(inForce, e)),
        )
      : undefined;
    const json = options.json ? jsonArrayWriter(io.stdout) : undefined;
    const table = options.json || options.csv ? undefined : tableWriter(io.stdout, ['#', 'stated', 'recorded', 'type', 'event'], [widestPosition, DAY_WIDTH, DAY_WIDTH, WIDEST_TYPE]);
    const print = (e: StoredEvent): void => {
      sheet?.add(e);
      // The stored event as it is, and for one that no longer counts, the withdrawal that holds it.
      json?.add(isWithdrawn(inForce, e) ? { ...inEnvelopeOrder(e), withdrawnBy: withdrawnBy(inForce.get(e.id)!) } : inEnvelopeOrder(e));
      if (table === undefined) return;
      if (withdrawn.has(e.id)) positions.set(e.id, e.position);
      if (e.type === 'statement-made' && isWithdrawn(inForce, e)) quotes.set(e.id, { position: e.position, quote: e.data.source.quote });
      table.add([
        String(e.position),
        e.type === 'statement-made' && e.data.statedAt !== undefined ? e.data.statedAt : '-',
        dayOf(e.recordedAt),
        e.type,
        describeEvent(e, (id) => positions.get(id)) + (isWithdrawn(inForce, e) ? ` [withdrawn by #${inForce.get(e.id)!.position}]` : restored(e)) + corrects(e),
      ]);
    };
    try {
      // A tag read narrows what is decoded; the filter then applies both conditions exactly.
      for await (const chunk of store.read(tags.length > 0 ? { tags } : {})) {
        for (const e of chunk) {
          // Every event is read: a log is not always in the order it was recorded (an import keeps its events' recordedAt).
          if (!known(e) || !matchesLogFilter(e, { ...options, within })) continue;
          listed++;
          print(e);
        }
        // A slow reader sets the pace (what it has not taken yet waits in memory); a closed pipe is reported by an event:
        // let it in between chunks, and stop reading once nobody reads on.
        await io.stdout.drained?.();
        await new Promise((resolve) => setImmediate(resolve));
        if (io.stdout.closed === true) return right({ listed: sheet?.rows() ?? listed, outputClosed: true });
      }
    } catch (error) {
      return left(cliError(`store ${spec}: ${(error as Error).message}`));
    }
    // Nothing listed for an id the log never mentions is a typo, not an empty listing (nothing is printed before this).
    if (listed === 0) {
      const checked = await checkFilterIds(store, spec, [
        { option: '--holder', kind: 'actor', id: options.holder },
        { option: '--issue', kind: 'issue', id: options.issue },
        { option: '--within', kind: 'issue', id: options.within },
      ]);
      if (isLeft(checked)) return checked;
      // Nothing recorded by --known-at, or only the register: said with the day it began, as positions says it.
      const note = knownAt === undefined ? undefined : await nothingKnownNote(store, { recordedTime: knownAt.right });
      if (note !== undefined) io.stderr.write(`stancelog: ${note}\n`);
    }
    json?.end();
    if (sheet !== undefined) {
      const counts = sheet.end();
      const note = sheetNote(counts);
      if (note !== undefined) io.stderr.write(note);
      return right({ listed: counts.rows, outputClosed: false });
    }
    if (table !== undefined && listed === 0) io.stdout.write(emptyAnswer('events', [['holder', options.holder], ['issue', options.issue], ['within', options.within], ['known at', options.knownAt]]));
    else table?.end();
    return right({ listed, outputClosed: false });
  });
}

// The tag every withdrawal carries, by which the listing reads them first.
const WITHDRAWAL_TAG = 'withdrawal';

// Whether a read by `tags` (none: the whole log) yields the event: it carries one of them.
const carriesOneOf = (event: StoredEvent, tags: ReadonlyArray<string>): boolean => tags.length === 0 || tags.some((tag) => event.tags.includes(tag));

// A day (YYYY-MM-DD): the stated and recorded columns are as wide from the first row, though the first rows state none.
const DAY_WIDTH = 10;

// The widest event type: a listing longer than a write is aligned on it before its last row is read.
const EVENT_TYPES: Record<StoredEvent['type'], true> = {
  'statement-made': true,
  'actor-registered': true,
  'alias-added': true,
  'office-held': true,
  'issue-defined': true,
  'event-withdrawn': true,
};
const WIDEST_TYPE = Math.max(...Object.keys(EVENT_TYPES).map((t) => t.length));

