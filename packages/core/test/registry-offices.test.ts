import { registry, replay, speaksFor } from '@stancelog/core';
import type { NewEvent } from '@stancelog/core';
import { statement, stored } from '@stancelog/testing';

// A statement naming someone nobody registered enters them provisionally, as
// a state (a guess); an office taken says they are a person. The registry
// reads its events as they come, but what it makes of the two must not
// depend on which came first.
describe('the registry, for a person named by a statement before the office they hold', () => {
  const office: NewEvent = { type: 'office-held', data: { person: 'sam-ivanova', office: { actor: 'russia', title: 'Envoy', from: '2025-05-01' } } };
  const said = statement({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-05-02', speaker: { name: 'Sam Ivanova', actor: 'sam-ivanova' } });

  it('makes them a person, provisional, who speaks for the actor of their office', () => {
    const { actor, provisional } = replay(registry(), stored([said, office])).actors.get('sam-ivanova')!;
    expect([actor.kind, provisional]).toEqual(['person', true]);
    expect(speaksFor(actor, '2025-05-02')).toBe('russia');
  });

  it('gives the person the registry gives them when the office comes first', () => {
    expect(replay(registry(), stored([said, office]))).toEqual(replay(registry(), stored([office, said])));
  });

  it('leaves an actor registered as a state one, offices and all', () => {
    const registered: NewEvent = { type: 'actor-registered', data: { id: 'sam-ivanova', kind: 'state', name: 'Sam Ivanova' } };
    expect(replay(registry(), stored([registered, office])).actors.get('sam-ivanova')!.actor.kind).toBe('state');
  });
});

// An office can be given at registration (`actor-registered` with `offices`) or
// after it (`office-held`): the registry makes the same of either.
describe('the registry, for an office at an actor nobody registered', () => {
  const office = { actor: 'centre', title: 'Party Leader', from: '2015-09-01' };
  const registered: NewEvent = { type: 'actor-registered', data: { id: 'tomas-lind', kind: 'person', name: 'Tomas Lind', offices: [office] } };
  const held: NewEvent = { type: 'office-held', data: { person: 'tomas-lind', office } };
  const person: NewEvent = { type: 'actor-registered', data: { id: 'tomas-lind', kind: 'person', name: 'Tomas Lind' } };

  it('registers the actor of an office given at registration provisionally, as a state named by its id', () => {
    expect(replay(registry(), stored([registered])).actors.get('centre')).toEqual({ actor: { id: 'centre', kind: 'state', name: 'centre' }, provisional: true });
  });

  it('registers it as an office-held naming it does', () => {
    expect(replay(registry(), stored([registered])).actors.get('centre')).toEqual(replay(registry(), stored([person, held])).actors.get('centre'));
  });

  it('leaves an actor registered before as it was registered', () => {
    const centre: NewEvent = { type: 'actor-registered', data: { id: 'centre', kind: 'organisation', name: 'Centre Party' } };
    expect(replay(registry(), stored([centre, registered])).actors.get('centre')).toEqual(replay(registry(), stored([centre])).actors.get('centre'));
  });

  it('gives the actor its registration when that comes after the office', () => {
    const centre: NewEvent = { type: 'actor-registered', data: { id: 'centre', kind: 'organisation', name: 'Centre Party' } };
    expect(replay(registry(), stored([registered, centre]))).toEqual(replay(registry(), stored([centre, registered])));
  });
});
