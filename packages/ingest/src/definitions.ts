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
 * and the lexicon (a `PreparedOptions` has both), and the people the
 * articles name as speaking for themselves whom the register does not hold
 * (an `IngestBatch`'s or `IngestResult`'s `unregisteredSpeakers`).
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
 * an `issue-defined` event for each issue and condition's issue the lexicon
 * holds, its parents first (a sub-issue is read within them); once each,
 * in the order first named. What neither holds is left to the log, which
 * registers it provisionally.
 *
 * @example
 * import { definitionsFor, ingestText, prepareOptions } from '@stancelog/ingest'
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
 * @category ingest
 * @since 0.1.0
 */
export function definitionsFor(statements: ReadonlyArray<Statement>, vocabulary: Vocabulary, defined: Defined = {}): Array<ActorRegistered | IssueDefined> {
  const people = new Map((vocabulary.speakers ?? []).map((p) => [p.id, p]));
  const issues = new Map(vocabulary.lexicon.lexicon.issues.map((i) => [i.id, i]));
  const out: Array<ActorRegistered | IssueDefined> = [];
  const actorsDone = new Set<string>();
  const issuesDone = new Set<string>();
  for (const s of statements) {
    for (const id of [s.holder, s.speaker?.actor]) {
      if (id === undefined || actorsDone.has(id)) continue;
      actorsDone.add(id);
      const actor = vocabulary.registry.actors.get(id) ?? people.get(id);
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
