/**
 * fast-check arbitraries for valid statements and logs. Holders, issues and
 * days come from small pools, so generated logs often hold several
 * statements on one holder x issue, on one day: where reducers break.
 *
 * @since 0.1.0
 */
import fc from 'fast-check';
import { eventId } from '@stancelog/core';
import type { NewEvent, StatementKind, StoredEvent } from '@stancelog/core';
import { actor, issue, statement } from './builders.js';
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
  readonly minLength?: number | undefined;
  /** Default 25. */
  readonly maxLength?: number | undefined;
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

/**
 * A log's worth of events (not yet stored): mostly statements, some issue
 * and actor registrations; no two with the same id (a store keeps one).
 *
 * @example
 * import fc from 'fast-check'
 * import { arbEvents } from '@stancelog/testing'
 * fc.assert(fc.property(arbEvents({ maxLength: 5 }), (events) => events.length <= 5))
 * @category arbitraries
 * @since 0.1.0
 */
export function arbEvents(shape: LogShape = {}): fc.Arbitrary<NewEvent[]> {
  const issues = shape.issues ?? defaults.issues;
  const holders = shape.holders ?? defaults.holders;
  const registration: fc.Arbitrary<NewEvent> = fc.oneof(
    fc.tuple(fc.constantFrom(...issues), fc.option(fc.constantFrom(...issues), { nil: undefined })).map(([id, parent]) => issue(id, parent !== undefined && parent !== id ? { parent } : {})),
    fc.constantFrom(...holders).map((id) => actor(id)),
  );
  const event: fc.Arbitrary<NewEvent> = shape.registry === false ? arbStatement(shape) : fc.oneof({ arbitrary: arbStatement(shape), weight: 8 }, { arbitrary: registration, weight: 1 });
  return fc.uniqueArray(event, { minLength: shape.minLength ?? 0, maxLength: shape.maxLength ?? 25, selector: (e) => eventId(e) });
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
  return arbEvents(shape).map((events) => stored(events));
}
