import { registry, replay, step } from '@stancelog/core';
import type { NewEvent } from '@stancelog/core';
import { stored } from '@stancelog/testing';

const alias = (actor: string, name: string): NewEvent => ({ type: 'alias-added', data: { actor, alias: name } });

// An actor can be given aliases by the thousand (a gazetteer's spellings):
// each is added to the actor's own list, once, in the order given.
describe('the registry, for the aliases added to an actor', () => {
  it('keeps each alias once, in the order first added, after those of its registration', () => {
    const registered: NewEvent = { type: 'actor-registered', data: { id: 'ukraine', kind: 'state', name: 'Ukraine', aliases: ['Kyiv'] } };
    const state = replay(registry(), stored([registered, alias('ukraine', 'Kiev'), alias('ukraine', 'Kyiv'), alias('ukraine', 'UA'), alias('ukraine', 'Kiev')]));
    expect(state.actors.get('ukraine')!.actor.aliases).toEqual(['Kyiv', 'Kiev', 'UA']);
  });

  it('leaves the state a live update started from as it was, and adds no alias twice there either', () => {
    const before = replay(registry(), stored([alias('ukraine', 'Kyiv')]));
    const next = step(registry());
    const [kiev, kyiv] = stored([alias('ukraine', 'Kiev'), alias('ukraine', 'Kyiv')]);
    const after = next(next(before, kiev!), kyiv!);
    expect([before.actors.get('ukraine')!.actor.aliases, after.actors.get('ukraine')!.actor.aliases]).toEqual([['Kyiv'], ['Kyiv', 'Kiev']]);
  });

  it('takes 40,000 aliases of one actor in time that grows with their number, not its square (a leftover of stop 50: an append of 30,000 took 16 s)', () => {
    const events = stored(Array.from({ length: 40_000 }, (_, i) => alias('ukraine', `Ukraine ${i}`)));
    const started = Date.now();
    const state = replay(registry(), events);
    // About 40 ms; a copy and a search of the list per alias took 3 s, on an idle machine.
    expect(Date.now() - started).toBeLessThan(1000);
    expect(state.actors.get('ukraine')!.actor.aliases).toHaveLength(40_000);
  });
});
