/**
 * A statement as positions and contradiction rules keep it: a
 * {@link StanceEntry}, reduced from the stored event to what weighing
 * stances needs, with its valid time in whole minutes, and the comparisons
 * rules make between entries (`sameEntry`, `sameStance`, `sameConditions`).
 *
 * Entries are kept for every statement of a log, so the strings they hold
 * (attributions, publishers, speakers, dates, condition lists) are shared:
 * one object each, however many statements name it.
 *
 * @since 0.1.0
 */
import type { StoredEvent } from './envelope.js';
import type { Condition, Polarity, Statement, StatementKind } from './statement.js';
import { isFirstHand } from './statement.js';
import { dayOf, startOf } from './time.js';

/** Valid times are kept in whole minutes since the epoch: small integers, which V8 stores unboxed. */
const MINUTE_MS = 60_000;
/** Before any valid time (minutes since the epoch; year 0 is about -1.04e9), and a small integer. */
export const NEVER = -(2 ** 31);

/**
 * The valid time of a stated time, in whole minutes since the epoch.
 *
 * @example
 * import { validMinute } from '@stancelog/core'
 * assert.strictEqual(validMinute('1970-01-02'), 1440)
 * @category positions
 * @since 0.1.0
 */
export function validMinute(value: string): number {
  // A log read in order states one day after another: most statements name the time the one before them named,
  // and a comparison (the very string, most often) costs less than the parsed times' map lookup.
  if (value === lastTime) return lastMinute;
  const minute = Math.floor(startOf(value) / MINUTE_MS);
  lastTime = value;
  lastMinute = minute;
  return minute;
}
// The time `validMinute` read last, and its minute.
let lastTime = '';
let lastMinute = 0;

/**
 * One statement in a position's history, reduced to what positions and
 * contradiction rules need.
 * @example
 * import { getPosition, openMemoryStore, positions, readAll, replay, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([statementMade({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'hedge', polarity: '0', speaker: { name: 'Friedrich Merz', actor: 'germany' },
 *   statedAt: '2025-08-19', source: { quote: 'Kyiv is open to talks on territory', publisher: 'Daily' } })])
 * const entry = getPosition(replay(positions(), await readAll(store)), 'ukraine', 'territorial-concessions')!.current
 * // Germany's chancellor speaking of Ukraine's stance: a third party's report, attributed to germany.
 * assert.deepStrictEqual([entry.firstHand, entry.attribution, entry.publisher], [false, 'actor:germany', 'Daily'])
 * @category positions
 * @since 0.1.0
 */
export interface StanceEntry {
  /** The statement's event id. */
  readonly id: string;
  /**
   * Its place in the log's order, which breaks ties between statements of
   * the same minute: its log position, or, for a correction, the place of
   * the statement it corrects (`corrects.position`: it counts where that
   * one did). Two entries share one only when a correction and the
   * statement it corrects both count (the withdrawal withdrawn): the id
   * orders them.
   */
  readonly position: number;
  /** Valid time in whole minutes since the epoch: `statedAt`, or `recordedAt` when the date is unknown. */
  readonly validFrom: number;
  /** How to print its valid time: `statedAt` as stated, or the day it was recorded when undated. */
  readonly label: string;
  /** Whether `statedAt` was given. */
  readonly dated: boolean;
  readonly polarity: Polarity;
  readonly kind: StatementKind;
  readonly conditions: ReadonlyArray<Condition>;
  readonly firstHand: boolean;
  /** Who attributes the stance: `self` (the holder's own speaker), `actor:ID` (a third party), `publisher:NAME` (the source's own account). */
  readonly attribution: string;
  /** The publisher (or address) the statement was read in, for counting independent sources. */
  readonly publisher: string;
  readonly speaker: string | undefined;
}

/** The conditions of an entry that has none: one frozen list for all. */
export const NO_CONDITIONS: ReadonlyArray<Condition> = Object.freeze([]);

// Attributions repeat (a few hundred actors and publishers in a log): one
// shared string each, so that replay neither builds nor keeps a new string
// per statement, and the rules' lookups by attribution hash it once.
const actorAttributions = new Map<string, string>();
const publisherAttributions = new Map<string, string>();
/** The one string kept for `prefix + name` in `cache` (cleared past 100,000 names, so that it stays bounded). */
function sharedString(cache: Map<string, string>, prefix: string, name: string): string {
  let value = cache.get(name);
  if (value === undefined) {
    if (cache.size > 100_000) cache.clear();
    cache.set(name, (value = prefix + name));
  }
  return value;
}

// Publishers, speakers and dates repeat too, but `JSON.parse` makes a string
// of its own for every value longer than ten characters ("The Guardian",
// "Dmitry Peskov", a full timestamp), and `dayOf` one for every day it
// names: the entry kept for each statement read from a store kept one more
// string or two. One string each instead: less memory (a state of 1.5M
// statements read from PostgreSQL: 337 MiB before, 284 with these and the
// condition lists below), and fewer objects for every scavenge to copy.
const sharedNames = new Map<string, string>();
/** The shared string for one from `JSON.parse`, which shares those of ten characters or fewer (a day, a month, most ids) itself. */
function sharedParsed(name: string): string {
  if (name.length <= 10) return name;
  const at = recentIndex(name);
  if (recentParsed.names[at] === name) return recentParsed.values[at]!;
  const value = sharedString(sharedNames, '', name);
  recentParsed.names[at] = value;
  recentParsed.values[at] = value;
  return value;
}

/**
 * The names a lookup met last, and what it gave for each, in front of its
 * map: a statement names a publisher and a speaker, of a few hundred in a
 * log, and a hit costs one comparison (with the very string, most often)
 * where a map lookup hashes the name and probes its table. Placed by a cheap
 * hash of the name ({@link recentIndex}); bounded, as the maps are.
 */
export class RecentNames {
  readonly names: string[] = new Array<string>(RECENT).fill('');
  readonly values: string[] = new Array<string>(RECENT).fill('');
}
const RECENT = 256;

/** Where a name goes in a {@link RecentNames}: by its length and last two characters. */
export function recentIndex(name: string): number {
  const n = name.length;
  return n < 2 ? n : (n * 31 + name.charCodeAt(n - 1) * 7 + name.charCodeAt(n - 2)) & (RECENT - 1);
}

const recentParsed = new RecentNames();

// A holder restates its conditions statement after statement, and each
// parsed statement brings its own list of them: one frozen list for each
// (as a snapshot's read gives back), keyed by issue and polarity in order.
const sharedConditionLists = new Map<string, ReadonlyArray<Condition>>();
function sharedConditions(conditions: ReadonlyArray<Condition>): ReadonlyArray<Condition> {
  if (conditions.length === 0) return NO_CONDITIONS;
  // An id holds no comma, and each polarity is one character: the key names one list only.
  let key = '';
  for (const c of conditions) key += `${c.issue}${c.polarity},`;
  const known = sharedConditionLists.get(key);
  if (known !== undefined) return known;
  if (sharedConditionLists.size > 100_000) sharedConditionLists.clear();
  const list: ReadonlyArray<Condition> = Object.freeze(conditions.map((c) => Object.freeze({ issue: c.issue, polarity: c.polarity })));
  sharedConditionLists.set(key, list);
  return list;
}

/**
 * The stance a statement expresses: a retraction is a withdrawn, `0` stance.
 *
 * @example
 * import { effectivePolarity } from '@stancelog/core'
 * assert.strictEqual(effectivePolarity({ kind: 'retract', polarity: '+' } as any), '0')
 * @category positions
 * @since 0.1.0
 */
export function effectivePolarity(entry: Pick<StanceEntry, 'kind' | 'polarity'>): Polarity {
  return entry.kind === 'retract' ? '0' : entry.polarity;
}

/**
 * Reduces a stored statement to a {@link StanceEntry}.
 *
 * @example
 * import { stanceEntry } from '@stancelog/core'
 * const e = stanceEntry({ id: 'a', position: 1, recordedAt: '2025-05-17T09:00:00Z', type: 'statement-made',
 *   data: { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-05-16', source: { quote: 'q', publisher: 'P' } } } as any)
 * assert.strictEqual(e.attribution, 'publisher:P')
 * @category positions
 * @since 0.1.0
 */
export function stanceEntry(event: StoredEvent & { type: 'statement-made' }): StanceEntry {
  const s: Statement = event.data;
  const validFrom = validMinute(s.statedAt ?? event.recordedAt);
  const firstHand = isFirstHand(s);
  const publisher = sharedParsed(s.source.publisher ?? s.source.url ?? 'unknown');
  const speakerActor = s.speaker?.actor;
  const speaker = s.speaker?.name;
  // A correction stands where the statement it replaces stood (read as `undefined` for every other statement: no lookup).
  const corrects = s.corrects;
  return {
    id: event.id,
    position: corrects === undefined ? event.position : corrects.position,
    validFrom,
    label: s.statedAt !== undefined ? sharedParsed(s.statedAt) : sharedString(sharedNames, '', dayOf(event.recordedAt)),
    dated: s.statedAt !== undefined,
    polarity: s.polarity,
    kind: s.kind,
    // A retraction withdraws a stance: conditions attached to it mean nothing.
    conditions: s.kind === 'retract' || s.conditions === undefined ? NO_CONDITIONS : sharedConditions(s.conditions),
    firstHand,
    attribution: !firstHand ? sharedString(actorAttributions, 'actor:', speakerActor!) : speakerActor !== undefined ? 'self' : sharedString(publisherAttributions, 'publisher:', publisher),
    publisher,
    speaker: speaker === undefined ? undefined : sharedParsed(speaker),
  };
}

/**
 * Whether two entries are one statement's. Under immer one entry reached by
 * two paths is two drafts, so objects cannot be compared; the log position
 * (a small integer kept in the entry) settles it before the ids are read:
 * two different ids of 32 characters are two more objects to fetch from
 * memory, and a comparison that may walk their common prefix. Custom rules
 * comparing entries should use it too.
 * @example
 * import { getPosition, openMemoryStore, positions, readAll, replay, sameEntry, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'no truce' } })])
 * const p = getPosition(replay(positions(), await readAll(store)), 'russia', 'ceasefire')!
 * assert.ok(sameEntry(p.current, { ...p.history[0]! }) && !sameEntry(p.current, { id: p.current.id, position: 2 }))
 * @category positions
 * @since 0.1.0
 */
export function sameEntry(a: Pick<StanceEntry, 'id' | 'position'>, b: Pick<StanceEntry, 'id' | 'position'>): boolean {
  return a === b || (a.position === b.position && a.id === b.id);
}

/**
 * Whether two lists of conditions are the same, in the same order (a
 * position keeps its conditions in the order they were first named): for a
 * rule telling, from a {@link StanceChange}, whether the conditions changed.
 * @example
 * import { sameConditions } from '@stancelog/core'
 * const ceasefire = { issue: 'ceasefire', polarity: '+' } as const
 * assert.ok(sameConditions([ceasefire], [{ issue: 'ceasefire', polarity: '+' }]))
 * assert.ok(!sameConditions([ceasefire], [{ issue: 'ceasefire', polarity: '-' }]) && !sameConditions([ceasefire], []))
 * @category positions
 * @since 0.1.0
 */
export function sameConditions(a: ReadonlyArray<Condition>, b: ReadonlyArray<Condition>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.issue !== b[i]!.issue || a[i]!.polarity !== b[i]!.polarity) return false;
  return true;
}

/**
 * Whether two entries express the same stance (polarity and kind).
 *
 * @example
 * import { sameStance } from '@stancelog/core'
 * assert.ok(sameStance({ polarity: '+', kind: 'demand' } as any, { polarity: '+', kind: 'demand' } as any))
 * @category positions
 * @since 0.1.0
 */
export function sameStance(a: Pick<StanceEntry, 'polarity' | 'kind'>, b: Pick<StanceEntry, 'polarity' | 'kind'>): boolean {
  return effectivePolarity(a) === effectivePolarity(b) && a.kind === b.kind;
}
