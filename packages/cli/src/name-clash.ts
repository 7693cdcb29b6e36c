/**
 * A name or alias given to two actors. Ingest reads a text's names through
 * the register (the log's actors among them), so one name on two actors
 * makes a mention mean either; `ingest --actors` refuses such a file, and
 * `append` warns of such a line.
 *
 * @since 0.1.0
 */
import { applyToRegistry } from '@stancelog/core';
import type { NewEvent, RegistryState, StoredEvent } from '@stancelog/core';

// Names as ingest matches them: in any case, spacing and Unicode normalisation form.
function normalName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The warnings for the names and aliases a batch gives an actor that are
 * already a name or alias of another actor of the register (the log's
 * registry, given, then the batch's own lines in order), one per name,
 * each naming the line (`where[i]` says where event `i` was read), the
 * field and the actor that has it. It applies the batch's registry events
 * to `registry` as it goes.
 *
 * @example
 * import { applyToRegistry, emptyRegistry } from '@stancelog/core'
 * import { nameClashes } from './name-clash.js'
 * const registry = emptyRegistry()
 * applyToRegistry(registry, { type: 'actor-registered', data: { id: 'greens', kind: 'organisation', name: 'Green Future', aliases: ['Greens'] } } as any)
 * const events = [
 *   { type: 'alias-added', data: { actor: 'liberals', alias: 'greens' } },
 *   { type: 'actor-registered', data: { id: 'greens', kind: 'organisation', name: 'Green Future', aliases: ['Green League'] } },
 * ] as any
 * assert.deepStrictEqual(nameClashes(events, ['line 1', 'line 2'], registry), [
 *   'line 1: data.alias "greens" is already a name of greens (Green Future): ingest would read it as either; give it to one actor',
 * ])
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function nameClashes(events: ReadonlyArray<NewEvent>, where: ReadonlyArray<string>, registry: RegistryState): string[] {
  // The register's names, each with the actors that have it, kept as the batch's lines are applied: a look-up each,
  // where every name given compared itself with every name of every actor (30,000 aliases took 55 s of CPU time).
  const holders = new Map<string, Set<string>>();
  const namesOf = new Map<string, Set<string>>();
  // The register's order of its actors, by which the first that has a name is named, as it was read in that order.
  const order = new Map<string, number>();
  const hold = (id: string, name: string): void => {
    namesOf.get(id)!.add(name);
    let set = holders.get(name);
    if (set === undefined) holders.set(name, (set = new Set()));
    set.add(id);
  };
  // All of an actor's names, anew (a registration replaces its name); an alias added is one name more.
  const index = (id: string): void => {
    const actor = registry.actors.get(id)?.actor;
    if (actor === undefined) return;
    if (!order.has(id)) order.set(id, order.size);
    for (const name of namesOf.get(id) ?? []) holders.get(name)?.delete(id);
    namesOf.set(id, new Set());
    for (const name of [actor.name, ...(actor.aliases ?? [])]) hold(id, normalName(name));
  };
  for (const id of registry.actors.keys()) index(id);
  const out: string[] = [];
  events.forEach((e, i) => {
    const given: Array<{ actor: string; path: string; name: string }> = [];
    if (e.type === 'alias-added') given.push({ actor: e.data.actor, path: 'data.alias', name: e.data.alias });
    if (e.type === 'actor-registered') {
      given.push({ actor: e.data.id, path: 'data.name', name: e.data.name });
      (e.data.aliases ?? []).forEach((alias, k) => given.push({ actor: e.data.id, path: `data.aliases[${k}]`, name: alias }));
    }
    for (const g of given) {
      let first: string | undefined;
      for (const id of holders.get(normalName(g.name)) ?? []) {
        if (id !== g.actor && (first === undefined || order.get(id)! < order.get(first)!)) first = id;
      }
      if (first === undefined) continue;
      const actor = registry.actors.get(first)!.actor;
      out.push(`${where[i]}: ${g.path} ${JSON.stringify(g.name)} is already a name of ${actor.id} (${actor.name}): ingest would read it as either; give it to one actor`);
    }
    if (e.type !== 'statement-made' && e.type !== 'event-withdrawn') {
      applyToRegistry(registry, e as unknown as StoredEvent);
      if (e.type === 'actor-registered') index(e.data.id);
      if (e.type === 'alias-added' && namesOf.has(e.data.actor)) hold(e.data.actor, normalName(e.data.alias));
      // Actors new to the register (provisional ones, their ids as their names); an office held changes no name.
      for (const id of actorsOf(e)) if (!namesOf.has(id)) index(id);
    }
  });
  return out;
}

/** The actors a registry event names, which it registers (provisionally) when the register has them not. */
function actorsOf(e: NewEvent): string[] {
  switch (e.type) {
    case 'alias-added':
      return [e.data.actor];
    case 'actor-registered':
      return [e.data.id, ...(e.data.offices ?? []).map((o) => o.actor)];
    case 'office-held':
      return [e.data.person, e.data.office.actor];
    default:
      return [];
  }
}
