/**
 * Source inconsistencies: a title the register contradicts on the day the
 * words were said ("Prime Minister Rishi Sunak" in March 2025, when Sunak
 * had left the office and Keir Starmer held it).
 *
 * @since 0.1.0
 */
import type { Actor } from '@stancelog/core';
import { heldDuring, type ActorMention } from './actor-registry.js';

/**
 * A title that the register says the person did not hold on the date of
 * the sentence that gives it (in `IngestResult.inconsistencies`; the
 * statements are still read). `date` is that sentence's date, as its
 * statements' `statedAt` (the publication date when it names none).
 *
 * @example
 * import { ingestText } from '@stancelog/ingest'
 * const r = ingestText('Prime Minister Rishi Sunak said Russia must withdraw.', { publishedAt: '2025-03-12' })
 * assert.ok(r._tag === 'Right')
 * assert.deepStrictEqual(r.right.inconsistencies.map((i) => i.message), [
 *   '"Prime Minister Rishi Sunak" on 2025-03-12: the register has Rishi Sunak as Prime Minister 2022-10-25 to 2024-07-05; Keir Starmer held the office then',
 * ])
 * @category pipeline
 * @since 0.1.0
 */
export interface SourceInconsistency {
  readonly kind: 'title-not-held';
  readonly person: string;
  readonly title: string;
  readonly date: string;
  readonly offsets: readonly [number, number];
  /** Who held that office then, according to the register. */
  readonly heldBy?: string;
  readonly message: string;
}

/**
 * Checks a person mention's title against the register on `date`, the
 * sentence's date. A week or a month (`2025-W14`, "last month") is checked
 * as the speaker's office is read (`representedActor`): a title held on any
 * day of it is no inconsistency, and "held the office then" names one who
 * held it on some day of it.
 *
 * @example
 * import { buildRegistry, DEFAULT_ACTORS } from '@stancelog/ingest'
 * import { checkTitle } from './title-check.js'
 * import { findActors } from './actor-registry.js'
 * import { tokenize } from './nlp.js'
 * const { tokens } = tokenize('Prime Minister Rishi Sunak spoke.', 0)
 * const [sunak] = findActors(buildRegistry(), tokens, 0, tokens.length)
 * const found = checkTitle(sunak!, '2025-03-12', DEFAULT_ACTORS, [0, 26])
 * assert.deepStrictEqual([found?.person, found?.title, found?.heldBy], ['Rishi Sunak', 'Prime Minister', 'Keir Starmer'])
 * // In office on the date: nothing to report.
 * assert.strictEqual(checkTitle(sunak!, '2023-03-12', DEFAULT_ACTORS, [0, 26]), undefined)
 * // Nor in a month he held it on some day of (he left on 5 July 2024).
 * assert.strictEqual(checkTitle(sunak!, '2024-07', DEFAULT_ACTORS, [0, 26]), undefined)
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function checkTitle(
  mention: ActorMention,
  date: string,
  actors: Iterable<Actor>,
  offsets: readonly [number, number],
): SourceInconsistency | undefined {
  const person = mention.actor;
  if (person.kind !== 'person' || mention.title === '') return undefined;
  const said = mention.title.toLowerCase();
  const matching = (person.offices ?? []).filter((o) => said.includes(o.title.toLowerCase()) || o.title.toLowerCase().includes(said));
  if (matching.length === 0 || matching.some((o) => heldDuring(o, date))) return undefined;
  const office = matching[0]!;
  let heldBy: string | undefined;
  for (const other of actors) {
    if (other.id === person.id) continue;
    if ((other.offices ?? []).some((o) => o.actor === office.actor && o.title.toLowerCase() === office.title.toLowerCase() && heldDuring(o, date))) {
      heldBy = other.name;
      break;
    }
  }
  const span = office.until ? `${office.from} to ${office.until}` : `from ${office.from}`;
  return {
    kind: 'title-not-held',
    person: person.name,
    title: mention.title,
    date,
    offsets,
    ...(heldBy ? { heldBy } : {}),
    message: `"${mention.title} ${person.name}" on ${date}: the register has ${person.name} as ${office.title} ${span}${heldBy ? `; ${heldBy} held the office then` : ''}`,
  };
}
