import { applyToRegistry, emptyRegistry } from '@stancelog/core';
import type { NewEvent, StoredEvent } from '@stancelog/core';
import { nameClashes } from '../src/name-clash.js';

const registered = (id: string, name: string, aliases?: string[]): NewEvent => ({ type: 'actor-registered', data: { id, kind: 'organisation', name, ...(aliases ? { aliases } : {}) } });
const alias = (actor: string, name: string): NewEvent => ({ type: 'alias-added', data: { actor, alias: name } });
const registryOf = (events: ReadonlyArray<NewEvent>) => {
  const registry = emptyRegistry();
  for (const e of events) applyToRegistry(registry, e as unknown as StoredEvent);
  return registry;
};
const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}`);

describe('the names a batch gives that another actor has (append\'s warning)', () => {
  it('names the first actor of the register that has the name, in any case and spacing, and not the actor given it', () => {
    const registry = registryOf([registered('greens', 'Green Future', ['Greens']), registered('green-league', 'Green League', ['Greens'])]);
    expect(nameClashes([alias('liberals', '  GREENS '), alias('greens', 'greens')], lines(2), registry)).toEqual([
      'line 1: data.alias "  GREENS " is already a name of greens (Green Future): ingest would read it as either; give it to one actor',
      'line 2: data.alias "greens" is already a name of green-league (Green League): ingest would read it as either; give it to one actor',
    ]);
  });

  it('reads the register as the batch changes it: a name a registration replaced is free, one it gave is taken, as is the id of an actor a line registers provisionally', () => {
    const registry = registryOf([registered('greens', 'Green League')]);
    const batch = [registered('greens', 'Green Future'), alias('liberals', 'Green League'), alias('liberals', 'green future'), alias('centre', 'Liberals')];
    expect(nameClashes(batch, lines(4), registry)).toEqual([
      'line 3: data.alias "green future" is already a name of greens (Green Future): ingest would read it as either; give it to one actor',
      'line 4: data.alias "Liberals" is already a name of liberals (liberals): ingest would read it as either; give it to one actor',
    ]);
  });

  it('weighs 20,000 aliases over 40 actors in time that grows with their number, not with it times the names of the register (a leftover of stop 50)', () => {
    const registry = registryOf(Array.from({ length: 40 }, (_, k) => registered(`party-${k}`, `Party ${k}`)));
    const batch = Array.from({ length: 20_000 }, (_, i) => alias(`party-${i % 40}`, `Party ${i % 40} nickname ${i}`));
    const started = Date.now();
    expect(nameClashes(batch, lines(batch.length), registry)).toEqual([]);
    // About 100 ms; each alias compared with every name of every actor took 55 s for 30,000 over 60 actors.
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
