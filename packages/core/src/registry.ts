/**
 * The registry projection: the vocabulary of the log (actors, aliases,
 * offices, issues), itself computed from events so that it can grow.
 *
 * Statements about actors or issues nobody registered are accepted: their
 * ids enter the registry as provisional entries, so a user can start from
 * statements alone and name things later.
 *
 * @since 0.1.0
 */
import type { Actor } from './actor.js';
import type { StoredEvent } from './envelope.js';
import type { Issue } from './issue.js';
import { reducer } from './reducer.js';
import type { Reducer } from './reducer.js';

/**
 * An actor as the registry knows it. `provisional` when only statements
 * named it.
 * @example
 * import { openMemoryStore, project, registry, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([statementMade({ holder: 'hungary', issue: 'sanctions', kind: 'reject', polarity: '-', source: { quote: 'we will not back new sanctions' } })])
 * const r = await project(store, registry())
 * assert.ok(r._tag === 'Right')
 * // Named only by a statement: a provisional state, its id as its name.
 * assert.deepStrictEqual(r.right.state.actors.get('hungary'), { actor: { id: 'hungary', kind: 'state', name: 'hungary' }, provisional: true })
 * @category registry
 * @since 0.1.0
 */
export interface RegisteredActor {
  actor: Actor;
  provisional: boolean;
}

/**
 * An issue as the registry knows it. `provisional` when only statements
 * named it.
 * @example
 * import { openMemoryStore, project, registry, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   { type: 'issue-defined', data: { id: 'peace-talks', title: 'Peace talks', proposition: 'direct talks begin' } },
 *   statementMade({ holder: 'ukraine', issue: 'peace-talks', kind: 'condition', polarity: '+', conditions: [{ issue: 'ceasefire', polarity: '+' }], source: { quote: 'a ceasefire must precede any talks' } }),
 * ])
 * const r = await project(store, registry())
 * assert.ok(r._tag === 'Right')
 * assert.strictEqual(r.right.state.issues.get('peace-talks')?.provisional, false)
 * assert.strictEqual(r.right.state.issues.get('ceasefire')?.provisional, true) // named only by a condition
 * @category registry
 * @since 0.1.0
 */
export interface RegisteredIssue {
  issue: Issue;
  provisional: boolean;
}

/**
 * The registry's state. All indexes are Maps, so any id is an ordinary key.
 * @example
 * import { openMemoryStore, readAll, registry, replay } from '@stancelog/core'
 * import type { RegistryState } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   { type: 'issue-defined', data: { id: 'peace-talks', title: 'Peace talks', proposition: 'direct talks begin' } },
 *   { type: 'issue-defined', data: { id: 'territorial-concessions', title: 'Territory', proposition: 'Ukraine cedes territory', parent: 'peace-talks' } },
 * ])
 * const state: RegistryState = replay(registry(), await readAll(store))
 * assert.deepStrictEqual([...(state.children.get('peace-talks') ?? [])], ['territorial-concessions'])
 * assert.strictEqual(state.hierarchyVersion, 1)
 * @category registry
 * @since 0.1.0
 */
export interface RegistryState {
  actors: Map<string, RegisteredActor>;
  issues: Map<string, RegisteredIssue>;
  /** Sub-issues of each issue (direct children). */
  children: Map<string, Set<string>>;
  /** Bumped whenever an issue's parent changes, so dependants can re-check. */
  hierarchyVersion: number;
}

/**
 * An empty registry.
 *
 * @example
 * import { emptyRegistry } from '@stancelog/core'
 * assert.strictEqual(emptyRegistry().actors.size, 0)
 * @category registry
 * @since 0.1.0
 */
export function emptyRegistry(): RegistryState {
  return { actors: new Map(), issues: new Map(), children: new Map(), hierarchyVersion: 0 };
}

function provisionalActor(registry: RegistryState, id: string): void {
  if (!registry.actors.has(id)) {
    registry.actors.set(id, { actor: { id, kind: 'state', name: id }, provisional: true });
  }
}

function setParent(registry: RegistryState, id: string, before: string | undefined, after: string | undefined): void {
  if (before === after) return;
  if (before !== undefined) registry.children.get(before)?.delete(id);
  if (after !== undefined) {
    let set = registry.children.get(after);
    if (!set) registry.children.set(after, (set = new Set()));
    set.add(id);
  }
  registry.hierarchyVersion++;
}

// The aliases of an actor as a set, by its array, for the next alias added to it: a replay adds to the same array (a
// live update to a draft of its own, whose set is made anew). Only alias-added adds to an array the registry made.
const aliasSets = new WeakMap<ReadonlyArray<string>, Set<string>>();
function aliasSet(aliases: ReadonlyArray<string>): ReadonlySet<string> {
  let set = aliasSets.get(aliases);
  if (set === undefined) aliasSets.set(aliases, (set = new Set(aliases)));
  return set;
}

/**
 * Applies one event to a registry (a recipe: mutates `registry`).
 *
 * @example
 * import { applyToRegistry, emptyRegistry } from '@stancelog/core'
 * const r = emptyRegistry()
 * applyToRegistry(r, { type: 'statement-made', data: { holder: 'ukraine', issue: 'ceasefire' } } as any)
 * assert.strictEqual(r.actors.get('ukraine')?.provisional, true)
 * @category registry
 * @since 0.1.0
 */
export function applyToRegistry(registry: RegistryState, event: StoredEvent): void {
  switch (event.type) {
    case 'statement-made': {
      const s = event.data;
      if (!registry.actors.has(s.holder)) provisionalActor(registry, s.holder);
      if (s.speaker?.actor !== undefined && !registry.actors.has(s.speaker.actor)) provisionalActor(registry, s.speaker.actor);
      if (!registry.issues.has(s.issue)) {
        registry.issues.set(s.issue, { issue: { id: s.issue, title: s.issue, proposition: s.issue }, provisional: true });
      }
      if (s.conditions) {
        for (const c of s.conditions) {
          if (!registry.issues.has(c.issue)) {
            registry.issues.set(c.issue, { issue: { id: c.issue, title: c.issue, proposition: c.issue }, provisional: true });
          }
        }
      }
      return;
    }
    case 'actor-registered': {
      const before = registry.actors.get(event.data.id);
      // A re-registration replaces the record but keeps aliases and offices added since.
      const aliases = new Set([...(before?.actor.aliases ?? []), ...(event.data.aliases ?? [])]);
      const offices = [...(event.data.offices ?? [])];
      for (const o of before?.actor.offices ?? []) {
        if (!offices.some((x) => x.actor === o.actor && x.title === o.title && x.from === o.from)) offices.push(o);
      }
      registry.actors.set(event.data.id, {
        actor: { ...event.data, aliases: [...aliases], offices },
        provisional: false,
      });
      // The actor of an office enters the registry as it does from an `office-held`, whichever event names the office.
      for (const o of event.data.offices ?? []) provisionalActor(registry, o.actor);
      return;
    }
    case 'alias-added': {
      provisionalActor(registry, event.data.actor);
      const entry = registry.actors.get(event.data.actor)!;
      const aliases = entry.actor.aliases;
      if (aliases === undefined) entry.actor = { ...entry.actor, aliases: [event.data.alias] };
      // Added to in place: the registry made the array (a registration copies its own), and a live update's is immer's
      // draft. A copy and a search per alias made an actor's thousands of aliases quadratic (an append of 30,000 took
      // 16 s, a third of it the system's, allocating).
      else if (!aliasSet(aliases).has(event.data.alias)) {
        (aliases as string[]).push(event.data.alias);
        aliasSets.get(aliases)?.add(event.data.alias);
      }
      return;
    }
    case 'office-held': {
      if (!registry.actors.has(event.data.person)) {
        registry.actors.set(event.data.person, {
          actor: { id: event.data.person, kind: 'person', name: event.data.person },
          provisional: true,
        });
      }
      provisionalActor(registry, event.data.office.actor);
      const entry = registry.actors.get(event.data.person)!;
      // Only statements named them: a state was a guess, and one who takes an office is a person (else the kind, and
      // `speaksFor`, would depend on whether a statement naming them was read before the office or after it).
      if (entry.provisional && entry.actor.kind !== 'person') entry.actor = { ...entry.actor, kind: 'person' };
      const offices = (entry.actor.offices ?? []).filter(
        (o) => !(o.actor === event.data.office.actor && o.title === event.data.office.title && o.from === event.data.office.from),
      );
      entry.actor = { ...entry.actor, offices: [...offices, event.data.office] };
      return;
    }
    case 'issue-defined': {
      const before = registry.issues.get(event.data.id);
      registry.issues.set(event.data.id, { issue: event.data, provisional: false });
      setParent(registry, event.data.id, before?.issue.parent, event.data.parent);
      return;
    }
  }
}

/**
 * The registry as a reducer of its own.
 *
 * @example
 * import { registry, replay } from '@stancelog/core'
 * const state = replay(registry(), [{ type: 'issue-defined', data: { id: 'ceasefire', title: 'Ceasefire', proposition: 'an immediate ceasefire' } }] as any[])
 * assert.strictEqual(state.issues.get('ceasefire')?.provisional, false)
 * @category registry
 * @since 0.1.0
 */
export function registry(): Reducer<RegistryState> {
  // 2: an office held makes a person of an actor only statements had named (provisionally a state).
  // 3: the actor of an office given at registration is registered provisionally, as that of an `office-held` is.
  return reducer({ name: 'registry', version: '3', initial: emptyRegistry, recipe: applyToRegistry });
}

/**
 * The sub-issues of an issue, at any depth, the issue itself included.
 *
 * @example
 * import { descendants, registry, replay } from '@stancelog/core'
 * const state = replay(registry(), [
 *   { type: 'issue-defined', data: { id: 'peace-talks', title: 'Talks', proposition: 'talks' } },
 *   { type: 'issue-defined', data: { id: 'talks-format', title: 'Format', proposition: 'format', parent: 'peace-talks' } },
 * ] as any[])
 * assert.deepStrictEqual([...descendants(state, 'peace-talks')], ['peace-talks', 'talks-format'])
 * @category registry
 * @since 0.1.0
 */
export function descendants(registry: RegistryState, issue: string): Set<string> {
  const found = new Set<string>([issue]);
  const queue = [issue];
  while (queue.length > 0) {
    for (const child of registry.children.get(queue.pop()!) ?? []) {
      if (!found.has(child)) {
        found.add(child);
        queue.push(child);
      }
    }
  }
  return found;
}
