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
  const out: string[] = [];
  events.forEach((e, i) => {
    const given: Array<{ actor: string; path: string; name: string }> = [];
    if (e.type === 'alias-added') given.push({ actor: e.data.actor, path: 'data.alias', name: e.data.alias });
    if (e.type === 'actor-registered') {
      given.push({ actor: e.data.id, path: 'data.name', name: e.data.name });
      (e.data.aliases ?? []).forEach((alias, k) => given.push({ actor: e.data.id, path: `data.aliases[${k}]`, name: alias }));
    }
    for (const g of given) {
      const wanted = normalName(g.name);
      for (const { actor } of registry.actors.values()) {
        if (actor.id === g.actor || ![actor.name, ...(actor.aliases ?? [])].some((n) => normalName(n) === wanted)) continue;
        out.push(`${where[i]}: ${g.path} ${JSON.stringify(g.name)} is already a name of ${actor.id} (${actor.name}): ingest would read it as either; give it to one actor`);
        break;
      }
    }
    if (e.type !== 'statement-made' && e.type !== 'event-withdrawn') applyToRegistry(registry, e as unknown as StoredEvent);
  });
  return out;
}
