/**
 * fast-check arbitraries for valid statements and logs. Holders, issues and
 * days come from small pools, so generated logs often hold several
 * statements on one holder x issue, on one day: where reducers break.
 *
 * @since 0.1.0
 */
import fc from 'fast-check';
import { eventId } from '@stancelog/core';
import { optionsProblem } from '@stancelog/core/store-kit';
import type { OptionRule } from '@stancelog/core/store-kit';
import type { NewEvent, Office, StatementKind, StoredEvent } from '@stancelog/core';
import { actor, issue, statement, withdrawal } from './builders.js';
import type { StatementEvent } from './builders.js';
import { stored } from './stored-log.js';

const DAY_MS = 86_400_000;

/**
 * Every statement kind.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbStatement, STATEMENT_KINDS } from '@stancelog/testing'
 * // Statements of every kind but hedges.
 * const firm = arbStatement({ kinds: STATEMENT_KINDS.filter((k) => k !== 'hedge') })
 * assert.ok(fc.sample(firm, 200).every((s) => s.data.kind !== 'hedge'))
 * @category arbitraries
 * @since 0.1.0
 */
export const STATEMENT_KINDS: ReadonlyArray<StatementKind> = ['demand', 'propose', 'accept', 'agree', 'reject', 'red-line', 'condition', 'threat', 'commit', 'retract', 'hedge', 'support'];

/**
 * The pools and sizes the arbitraries draw from.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbLog } from '@stancelog/testing'
 * import type { LogShape } from '@stancelog/testing'
 * // Dense logs for a rule on two parties: one issue, statements only, each dated to the day.
 * const shape: LogShape = { holders: ['russia', 'ukraine'], issues: ['ceasefire'], mixedPrecision: false, registry: false, maxLength: 10 }
 * assert.ok(fc.sample(arbLog(shape), 50).flat().every((e) => e.type === 'statement-made' && e.data.issue === 'ceasefire' && e.data.statedAt?.length === 10))
 * @category arbitraries
 * @since 0.1.0
 */
export interface LogShape {
  /** Default russia, ukraine, united-states, france. */
  readonly holders?: ReadonlyArray<string> | undefined;
  /** Default ceasefire, peace-talks, sanctions, territorial-concessions. */
  readonly issues?: ReadonlyArray<string> | undefined;
  /** Default three wires. */
  readonly publishers?: ReadonlyArray<string> | undefined;
  /** The statement kinds drawn (default all of them): a rule's own, so that the words it weighs meet. */
  readonly kinds?: ReadonlyArray<StatementKind> | undefined;
  /** The first day statements are stated on (default 2025-05-01). */
  readonly from?: string | undefined;
  /** How many days they spread over (default 10). */
  readonly days?: number | undefined;
  /** Also undated, month-precision and instant statements (default true). */
  readonly mixedPrecision?: boolean | undefined;
  /** Also speakers, including third parties reporting the holder (default true). */
  readonly speakers?: boolean | undefined;
  /** Also conditions on other issues (default true). */
  readonly conditions?: boolean | undefined;
  /** Also issue and actor registrations (default true). */
  readonly registry?: boolean | undefined;
  /**
   * Also withdrawals of events before them in the log (default false):
   * statements, registry events, and now and then a withdrawal, which
   * restores what it withdrew. Only {@link arbEvents} and {@link arbLog} add
   * them; they count in `maxLength`.
   */
  readonly withdrawals?: boolean | undefined;
  /**
   * Also persons holding offices for the holders, over validity periods
   * within the days (an `actor-registered` person with offices, or an
   * `office-held`), and statements they make: for the state they speak for,
   * for themselves as a third party, or as holders of their own
   * (default false). Only {@link arbEvents} and {@link arbLog} add them.
   * A reducer that looks a holder up in its registry as it folds a
   * statement breaks `equal-time-order` on such logs (a person's statement
   * moved before the office it was read after is read without it).
   */
  readonly offices?: boolean | undefined;
  /**
   * Also issue hierarchies defined after statements (default false): a
   * parent set, changed or dropped once some statements are in the log,
   * nested two deep at times. Only {@link arbEvents} and {@link arbLog} add
   * them; they count in `maxLength`.
   */
  readonly hierarchy?: boolean | undefined;
  readonly minLength?: number | undefined;
  /** Default 25. */
  readonly maxLength?: number | undefined;
}

const isList = (each: (v: unknown) => boolean) => (v: unknown): boolean => Array.isArray(v) && v.length > 0 && v.every(each);
const isName = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '';
const isWhole = (min: number) => (v: unknown): boolean => Number.isInteger(v) && (v as number) >= min;
const flag = { accepts: (v: unknown) => typeof v === 'boolean', expected: 'true or false' };

// Checked where an arbitrary is made: a misspelt option (`holder`) was ignored, and the laws ran on the default
// holders, not the test's; a misspelt kind made statements that stored() refused, which the laws reported as the
// reducer's throw; a day written otherwise failed as 'Invalid time value'.
const SHAPE_OPTIONS: Readonly<Record<keyof LogShape, OptionRule>> = {
  holders: { accepts: isList(isName), expected: 'a list of one actor id or more' },
  issues: { accepts: isList(isName), expected: 'a list of one issue id or more' },
  publishers: { accepts: isList(isName), expected: 'a list of one publisher or more' },
  kinds: { accepts: isList((k) => (STATEMENT_KINDS as ReadonlyArray<unknown>).includes(k)), expected: `a list of statement kinds (${STATEMENT_KINDS.join(', ')})` },
  from: { accepts: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), expected: 'a day, YYYY-MM-DD' },
  days: { accepts: isWhole(1), expected: 'a whole number of days, 1 or more' },
  mixedPrecision: flag,
  speakers: flag,
  conditions: flag,
  registry: flag,
  withdrawals: flag,
  offices: flag,
  hierarchy: flag,
  minLength: { accepts: isWhole(0), expected: 'a whole number, 0 or more' },
  maxLength: { accepts: isWhole(0), expected: 'a whole number, 0 or more' },
};

/** Throws a RangeError naming an option of a shape that is none, or a value of the wrong kind. */
function checkShape(shape: LogShape, caller: string): void {
  const problem = optionsProblem(shape, SHAPE_OPTIONS);
  if (problem !== undefined) throw new RangeError(`${caller}: ${problem}`);
}

const defaults = {
  holders: ['russia', 'ukraine', 'united-states', 'france'],
  issues: ['ceasefire', 'peace-talks', 'sanctions', 'territorial-concessions'],
  publishers: ['Wire A', 'Wire B', 'Wire C'],
};

/**
 * A valid `statement-made` event, built with {@link statement} (so a
 * counter-example prints as builder code).
 *
 * @example
 * import fc from 'fast-check'
 * import { arbStatement } from '@stancelog/testing'
 * import { StatementMade } from '@stancelog/core'
 * fc.assert(fc.property(arbStatement(), (s) => StatementMade.is(s)))
 * @category arbitraries
 * @since 0.1.0
 */
export function arbStatement(shape: LogShape = {}): fc.Arbitrary<StatementEvent> {
  checkShape(shape, 'arbStatement');
  const holders = shape.holders ?? defaults.holders;
  const issues = shape.issues ?? defaults.issues;
  const publishers = shape.publishers ?? defaults.publishers;
  const kinds = shape.kinds ?? STATEMENT_KINDS;
  const start = Date.parse(`${shape.from ?? '2025-05-01'}T00:00:00Z`);
  const days = shape.days ?? 10;
  const day = fc.integer({ min: 0, max: Math.max(0, days - 1) }).map((d) => new Date(start + d * DAY_MS).toISOString().slice(0, 10));
  const statedAt: fc.Arbitrary<string | null> =
    shape.mixedPrecision === false
      ? day
      : fc.oneof(
          { arbitrary: day, weight: 12 },
          { arbitrary: fc.constant(null), weight: 1 },
          { arbitrary: day.map((d) => d.slice(0, 7)), weight: 1 },
          { arbitrary: fc.tuple(day, fc.integer({ min: 0, max: 23 })).map(([d, h]) => `${d}T${String(h).padStart(2, '0')}:00:00Z`), weight: 1 },
        );
  const who = fc.constantFrom(...holders);
  return fc
    .record({
      holder: who,
      issue: fc.constantFrom(...issues),
      kind: fc.constantFrom(...kinds),
      polarity: fc.constantFrom('+' as const, '-' as const, '0' as const),
      statedAt,
      publisher: fc.constantFrom(...publishers),
      speaker: shape.speakers === false ? fc.constant(undefined) : fc.option(fc.record({ name: fc.constantFrom('Spokesperson', 'Minister', 'Envoy'), actor: who }), { nil: undefined, freq: 3 }),
      conditions:
        shape.conditions === false
          ? fc.constant(undefined)
          : fc.option(fc.uniqueArray(fc.record({ issue: fc.constantFrom(...issues), polarity: fc.constantFrom('+' as const, '-' as const) }), { minLength: 1, maxLength: 2, selector: (c) => c.issue }), { nil: undefined, freq: 4 }),
    })
    .map((s) => {
      const conditions = s.conditions?.filter((c) => c.issue !== s.issue);
      return statement({ ...s, conditions: conditions && conditions.length > 0 ? conditions : undefined });
    });
}

/** The persons of generated logs, who hold offices for the holders. */
const persons = [
  { id: 'alex-morgan', name: 'Alex Morgan' },
  { id: 'sam-ivanova', name: 'Sam Ivanova' },
  { id: 'kim-novak', name: 'Kim Novak' },
];

const REASONS = ['misattributed', 'entered twice', 'the outlet corrected its report'];

/** Offices over the shape's days: from a day (or its month), for a few days or open-ended. */
function arbOffice(shape: LogShape, holders: ReadonlyArray<string>): fc.Arbitrary<Office> {
  const start = Date.parse(`${shape.from ?? '2025-05-01'}T00:00:00Z`);
  const days = shape.days ?? 10;
  const dayOf = (d: number) => new Date(start + d * DAY_MS).toISOString().slice(0, 10);
  return fc
    .record({
      actor: fc.constantFrom(...holders),
      title: fc.constantFrom('President', 'Foreign Minister', 'Envoy'),
      from: fc.integer({ min: -1, max: Math.max(0, days - 1) }),
      month: fc.constantFrom(false, false, false, true),
      length: fc.option(fc.integer({ min: 0, max: Math.max(0, days - 1) }), { nil: undefined }),
    })
    .map(({ actor: held, title, from, month, length }) => ({
      actor: held,
      title,
      // An office taken in a month (its first day), or on a day, the day before the log's first at the earliest.
      from: month ? dayOf(from).slice(0, 7) : dayOf(from),
      ...(length !== undefined ? { until: dayOf(from + length) } : {}),
    }));
}

/** A statement of a person holding offices: for a holder it speaks for, as a third party (the register is not consulted: the speaker's actor decides), or as a holder itself. */
function arbPersonStatement(shape: LogShape): fc.Arbitrary<NewEvent> {
  return fc.tuple(arbStatement(shape), fc.constantFrom(...persons), fc.constantFrom('for the holder', 'as itself', 'holder')).map(([s, person, as]) => {
    const d = s.data;
    const spec = { issue: d.issue, kind: d.kind, polarity: d.polarity, statedAt: d.statedAt ?? null, conditions: d.conditions, publisher: d.source.publisher ?? null };
    if (as === 'holder') return statement({ ...spec, holder: person.id });
    return statement({ ...spec, holder: d.holder, speaker: { name: person.name, actor: as === 'as itself' ? person.id : d.holder } });
  });
}

/** Inserts each of `add` (made from the events before its place) at `place % (length + 1)`, not before `from`, keeping ids unique. */
function insertAll<T>(events: ReadonlyArray<NewEvent>, picks: ReadonlyArray<T>, from: (log: ReadonlyArray<NewEvent>) => number, make: (pick: T, before: ReadonlyArray<NewEvent>) => NewEvent | undefined, place: (pick: T) => number): NewEvent[] {
  const log = [...events];
  const ids = new Set(log.map((e) => eventId(e)));
  for (const pick of picks) {
    const first = from(log);
    if (first > log.length) continue;
    const at = first + (place(pick) % (log.length - first + 1));
    const event = make(pick, log.slice(0, at));
    if (event === undefined || ids.has(eventId(event))) continue;
    ids.add(eventId(event));
    log.splice(at, 0, event);
  }
  return log;
}

/**
 * A log's worth of events (not yet stored): mostly statements, some issue
 * and actor registrations; no two with the same id (a store keeps one).
 * Opt in to withdrawals, persons holding offices and issue hierarchies
 * defined late with the {@link LogShape} fields of those names: a log a
 * store accepts (a withdrawal only names an event before it), in which
 * laws and properties meet corrections and the registry's changes.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbEvents } from '@stancelog/testing'
 * fc.assert(fc.property(arbEvents({ maxLength: 5 }), (events) => events.length <= 5))
 * @example
 * import fc from 'fast-check'
 * import { arbEvents, idOf } from '@stancelog/testing'
 * import { openMemoryStore } from '@stancelog/core'
 * // Corrections, offices and late hierarchies: each withdrawal names an event before it, so a store takes the log.
 * const shape = { withdrawals: true, offices: true, hierarchy: true, maxLength: 12 }
 * fc.assert(fc.property(arbEvents(shape), (events) =>
 *   events.every((e, i) => e.type !== 'event-withdrawn' || events.slice(0, i).some((before) => idOf(before) === e.data.event))))
 * const logs = fc.sample(arbEvents(shape), 100)
 * assert.ok(logs.some((l) => l.some((e) => e.type === 'event-withdrawn')) && logs.some((l) => l.some((e) => e.type === 'office-held')))
 * assert.ok((await openMemoryStore().append(logs.find((l) => l.some((e) => e.type === 'event-withdrawn'))!))._tag === 'Right')
 * @category arbitraries
 * @since 0.1.0
 */
export function arbEvents(shape: LogShape = {}): fc.Arbitrary<NewEvent[]> {
  checkShape(shape, 'arbEvents');
  const issues = shape.issues ?? defaults.issues;
  const holders = shape.holders ?? defaults.holders;
  const maxLength = shape.maxLength ?? 25;
  const registration: fc.Arbitrary<NewEvent> = fc.oneof(
    fc.tuple(fc.constantFrom(...issues), fc.option(fc.constantFrom(...issues), { nil: undefined })).map(([id, parent]) => issue(id, parent !== undefined && parent !== id ? { parent } : {})),
    fc.constantFrom(...holders).map((id) => actor(id)),
  );
  const said: fc.Arbitrary<NewEvent> = shape.offices === true ? fc.oneof({ arbitrary: arbStatement(shape), weight: 3 }, { arbitrary: arbPersonStatement(shape), weight: 1 }) : arbStatement(shape);
  const office: fc.Arbitrary<NewEvent> = fc.tuple(fc.constantFrom(...persons), fc.array(arbOffice(shape, holders), { minLength: 1, maxLength: 2 }), fc.boolean()).map(([person, offices, registered]) =>
    registered ? actor(person.id, { kind: 'person', name: person.name, offices }) : { type: 'office-held', data: { person: person.id, office: offices[0]! } },
  );
  const kinds: Array<fc.WeightedArbitrary<NewEvent>> = [
    { arbitrary: said, weight: 8 },
    ...(shape.registry === false ? [] : [{ arbitrary: registration, weight: 1 }]),
    ...(shape.offices === true ? [{ arbitrary: office, weight: 1 }] : []),
  ];
  const event = kinds.length === 1 ? said : fc.oneof(...kinds);
  const events = fc.uniqueArray(event, { minLength: shape.minLength ?? 0, maxLength, selector: (e) => eventId(e) });
  if (shape.withdrawals !== true && shape.hierarchy !== true) return events;
  // Parents set, changed or dropped once statements are in the log, and withdrawals of events before them; the log kept to maxLength (its end cut: a withdrawal names an event before it).
  const nat = fc.nat({ max: 1000 });
  const definition = fc.record({ place: nat, id: fc.constantFrom(...issues), parent: fc.option(fc.constantFrom(...issues), { nil: undefined, freq: 4 }) });
  const correction = fc.record({ place: nat, target: nat, reason: fc.constantFrom(...REASONS) });
  return fc
    .tuple(events, shape.hierarchy === true ? fc.array(definition, { maxLength: 3 }) : fc.constant([]), shape.withdrawals === true ? fc.array(correction, { maxLength: 3 }) : fc.constant([]))
    .map(([log, definitions, corrections]) => {
      const afterFirstStatement = (l: ReadonlyArray<NewEvent>) => l.findIndex((e) => e.type === 'statement-made') + 1 || l.length + 1;
      const defined = insertAll(log, definitions, afterFirstStatement, (d) => issue(d.id, d.parent !== undefined && d.parent !== d.id ? { parent: d.parent } : {}), (d) => d.place);
      const corrected = insertAll(defined, corrections, () => 1, (c, before) => withdrawal(before[c.target % before.length]!, c.reason), (c) => c.place);
      return corrected.slice(0, Math.max(maxLength, log.length));
    });
}

/**
 * A stored log: {@link arbEvents} wrapped in envelopes by {@link stored}.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbLog } from '@stancelog/testing'
 * fc.assert(fc.property(arbLog(), (log) => log.every((e, i) => e.position === i + 1)))
 * @category arbitraries
 * @since 0.1.0
 */
export function arbLog(shape: LogShape = {}): fc.Arbitrary<StoredEvent[]> {
  checkShape(shape, 'arbLog');
  return arbEvents(shape).map((events) => stored(events));
}
