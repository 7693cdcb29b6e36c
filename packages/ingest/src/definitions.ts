/**
 * What statements read from articles name, as events that define it in a
 * log: the actors from the register they were read with, the issues from
 * the lexicon. A log given statements alone registers what they name
 * provisionally (every actor a state, every issue untitled).
 *
 * @since 0.1.0
 */
import type { Actor, ActorRegistered, IssueDefined, Statement } from '@stancelog/core';
import type { ActorRegistry } from './actor-registry.js';
import type { CompiledLexicon } from './lexicon.js';

/**
 * What statements were read with, to define what they name: the register
 * and the lexicon (a `PreparedOptions` has both), the people the articles
 * name as speaking for themselves whom the register does not hold (an
 * `IngestBatch`'s or `IngestResult`'s `unregisteredSpeakers`), and the
 * people of your own register to define when they speak (`people`).
 *
 * @example
 * import { prepareOptions } from '@stancelog/ingest'
 * import type { Vocabulary } from '@stancelog/ingest'
 * const { registry, lexicon } = prepareOptions({})
 * const vocabulary: Vocabulary = { registry, lexicon, speakers: [] }
 * assert.ok(vocabulary.registry.actors.has('ukraine'))
 * @category ingest
 * @since 0.1.0
 */
export interface Vocabulary {
  readonly registry: ActorRegistry;
  readonly lexicon: CompiledLexicon;
  readonly speakers?: ReadonlyArray<Actor> | undefined;
  /**
   * People of the register to define, with their offices, when a statement
   * carries their words for the actor of an office (its `speaker` has their
   * name and that actor): the people of an actors file, whom a reading
   * without it would take for people speaking for themselves, and their
   * words for a third party's report. Leave out the default register's
   * people, whom every reading has. (One who speaks for no one that day is
   * the statement's `speaker.actor`, defined as any actor it names.)
   */
  readonly people?: ReadonlyArray<Actor> | undefined;
}

/**
 * What a log defines already (a registry state has both maps): left out of
 * the definitions.
 *
 * @example
 * import type { Defined } from '@stancelog/ingest'
 * const defined: Defined = { actors: new Set(['ukraine']), issues: new Map() }
 * assert.ok(defined.actors?.has('ukraine') && !defined.issues?.has('ceasefire'))
 * @category ingest
 * @since 0.1.0
 */
export interface Defined {
  readonly actors?: Ids | undefined;
  readonly issues?: Ids | undefined;
}

/**
 * Ids a log defines: a `Set`, or a registry state's `Map` by id.
 *
 * @example
 * import type { Ids } from '@stancelog/ingest'
 * const ids: Ids = new Set(['ukraine'])
 * assert.ok(ids.has('ukraine'))
 * @category ingest
 * @since 0.1.0
 */
export interface Ids {
  /** Whether the log defines `id`. */
  has(id: string): boolean;
}

/**
 * The events that define what `statements` name and `defined` lacks, to
 * append before them, as `stancelog ingest` does: an `actor-registered`
 * event for each holder and speaker the register (or `speakers`) holds,
 * and for each person of `people` whose words a statement carries (after
 * the actor they speak for), an `issue-defined` event for each issue and
 * condition's issue the lexicon holds, its parents first (a sub-issue is
 * read within them); once each, in the order first named. What neither
 * holds is left to the log, which registers it provisionally. An issue's
 * lexicon phrases are not defined: an `issue-defined` event has no field
 * for them.
 *
 * @example
 * import { buildRegistry, definitionsFor, ingestText, prepareOptions } from '@stancelog/ingest'
 * import { openMemoryStore, registry, replay, readAll, statementMade } from '@stancelog/core'
 * const prepared = prepareOptions({})
 * const read = ingestText('Moscow rejected any ceasefire on Friday.', { publishedAt: '2025-05-16' }, prepared)
 * assert.ok(read._tag === 'Right')
 * const { statements, unregisteredSpeakers } = read.right
 * const definitions = definitionsFor(statements, { ...prepared, speakers: unregisteredSpeakers })
 * assert.deepStrictEqual(definitions.map((e) => `${e.type} ${e.data.id}`), ['actor-registered russia', 'issue-defined ceasefire'])
 * const store = openMemoryStore()
 * await store.append([...definitions, ...statements.map(statementMade)])
 * const known = replay(registry(), await readAll(store))
 * assert.deepStrictEqual([known.actors.get('russia')?.actor.kind, known.actors.get('russia')?.provisional], ['state', false])
 * // Appended again: what the log defines now is left out.
 * assert.deepStrictEqual(definitionsFor(statements, prepared, known), [])
 * // A person of your own register speaking for the actor of her office, given as `people`: defined with her offices.
 * const union = { id: 'dockers-union', kind: 'organisation', name: "Harbour Workers' Union", aliases: ['the union'] } as const
 * const silva = { id: 'marta-silva', kind: 'person', name: 'Marta Silva', offices: [{ actor: 'dockers-union', title: 'General Secretary', from: '2023-01-01' }] } as const
 * const own = prepareOptions({ registry: buildRegistry([union, silva]) })
 * const said = ingestText('Marta Silva said on Monday that the union rejects any ceasefire.', { publishedAt: '2026-02-12' }, own)
 * assert.ok(said._tag === 'Right')
 * assert.deepStrictEqual(said.right.statements[0]?.speaker, { name: 'Marta Silva', actor: 'dockers-union' })
 * const withPeople = definitionsFor(said.right.statements, { ...own, people: [silva] })
 * assert.deepStrictEqual(withPeople.map((e) => `${e.type} ${e.data.id}`), ['actor-registered dockers-union', 'actor-registered marta-silva', 'issue-defined ceasefire'])
 * @category ingest
 * @since 0.1.0
 */
export function definitionsFor(statements: ReadonlyArray<Statement>, vocabulary: Vocabulary, defined: Defined = {}): Array<ActorRegistered | IssueDefined> {
  const people = new Map((vocabulary.speakers ?? []).map((p) => [p.id, p]));
  // A person's words carry their name (the register's, not the text's "Silva"), as `speaker.name`.
  const named = new Map((vocabulary.people ?? []).map((p) => [p.name, p]));
  const issues = new Map(vocabulary.lexicon.lexicon.issues.map((i) => [i.id, i]));
  const out: Array<ActorRegistered | IssueDefined> = [];
  const actorsDone = new Set<string>();
  const issuesDone = new Set<string>();
  for (const s of statements) {
    const person = s.speaker === undefined ? undefined : named.get(s.speaker.name);
    const speaking = person !== undefined && (person.offices ?? []).some((o) => o.actor === s.speaker?.actor) ? person : undefined;
    for (const id of [s.holder, s.speaker?.actor, speaking?.id]) {
      if (id === undefined || actorsDone.has(id)) continue;
      actorsDone.add(id);
      const actor = id === speaking?.id ? speaking : (vocabulary.registry.actors.get(id) ?? people.get(id));
      if (actor !== undefined && defined.actors?.has(id) !== true) out.push({ type: 'actor-registered', data: actor });
    }
    for (const named of [s.issue, ...(s.conditions ?? []).map((c) => c.issue)]) {
      const chain: string[] = [];
      for (let id: string | undefined = named; id !== undefined && !chain.includes(id); id = issues.get(id)?.parent) chain.unshift(id);
      for (const id of chain) {
        if (issuesDone.has(id)) continue;
        issuesDone.add(id);
        const issue = issues.get(id);
        if (issue === undefined || defined.issues?.has(id) === true) continue;
        const { phrases: _phrases, ...data } = issue;
        out.push({ type: 'issue-defined', data });
      }
    }
  }
  return out;
}
