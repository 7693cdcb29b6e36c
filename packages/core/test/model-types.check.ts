/**
 * The model types are written out by hand (so signatures and editors name
 * them instead of spelling out their fields), but they must stay the types
 * the codecs decode to: `pnpm typecheck` checks this file (it holds no jest
 * test; a difference is a type error here). Each pair must be assignable both
 * ways and have the same fields, with the same ones optional: mutual
 * assignability alone would miss a field one side adds as optional.
 */
import type * as t from 'io-ts';
import type {
  Actor,
  ActorRegistered,
  AliasAdded,
  Condition,
  Envelope,
  Event,
  EventWithdrawn,
  IssueDefined,
  Issue,
  OfficeHeld,
  Office,
  Source,
  Speaker,
  Statement,
  StatementInput,
  StatementMade,
  StoredEvent,
} from '@stancelog/core';
import type * as codecs from '@stancelog/core';
import type { Same } from '../../../test-support/type-equality.js';

type Decoded<C extends t.Any> = t.TypeOf<C>;

// A `false` does not fit `true`: the line of the pair that differs fails.
export const sameAsCodecs: {
  [K in
    | 'Condition' | 'Speaker' | 'Source' | 'Statement' | 'StatementInput'
    | 'Office' | 'Actor' | 'Issue'
    | 'StatementMade' | 'ActorRegistered' | 'AliasAdded' | 'OfficeHeld' | 'IssueDefined' | 'EventWithdrawn' | 'Event'
    | 'Envelope' | 'StoredEvent']: true;
} = {
  Condition: true as Same<Condition, Decoded<typeof codecs.Condition>>,
  Speaker: true as Same<Speaker, Decoded<typeof codecs.Speaker>>,
  Source: true as Same<Source, Decoded<typeof codecs.Source>>,
  Statement: true as Same<Statement, Decoded<typeof codecs.Statement>>,
  StatementInput: true as Same<StatementInput, Decoded<typeof codecs.StatementInput>>,
  Office: true as Same<Office, Decoded<typeof codecs.Office>>,
  Actor: true as Same<Actor, Decoded<typeof codecs.Actor>>,
  Issue: true as Same<Issue, Decoded<typeof codecs.Issue>>,
  StatementMade: true as Same<StatementMade, Decoded<typeof codecs.StatementMade>>,
  ActorRegistered: true as Same<ActorRegistered, Decoded<typeof codecs.ActorRegistered>>,
  AliasAdded: true as Same<AliasAdded, Decoded<typeof codecs.AliasAdded>>,
  OfficeHeld: true as Same<OfficeHeld, Decoded<typeof codecs.OfficeHeld>>,
  IssueDefined: true as Same<IssueDefined, Decoded<typeof codecs.IssueDefined>>,
  EventWithdrawn: true as Same<EventWithdrawn, Decoded<typeof codecs.EventWithdrawn>>,
  Event: true as Same<Event, Decoded<typeof codecs.Event>>,
  Envelope: true as Same<Envelope, Decoded<typeof codecs.Envelope>>,
  StoredEvent: true as Same<StoredEvent, Decoded<typeof codecs.StoredEvent>>,
};

// Written out as type literals (not interfaces), the model types keep what
// the derived types had: a value of them fits `Record<string, unknown>`.
export const asRecords: ReadonlyArray<Record<string, unknown>> = [
  {} as Statement,
  {} as Source,
  {} as StoredEvent,
  {} as Actor,
];
