/**
 * Source inconsistencies: a title the register contradicts on the article's
 * date ("Prime Minister Rishi Sunak" in March 2025, when Sunak had left the
 * office and Keir Starmer held it).
 *
 * @since 0.1.0
 */
import { startOf, endOf, type Actor } from '@stancelog/core';
import type { ActorMention } from './actor-registry.js';

/**
 * A title that the register says the person did not hold on the date.
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

function holds(office: NonNullable<Actor['offices']>[number], at: string): boolean {
  return startOf(office.from) <= startOf(at) && (office.until === undefined || startOf(at) < endOf(office.until));
}

/**
 * Checks a person mention's title against the register on `date`.
 *
 * @example
 * import { checkTitle } from '@stancelog/ingest'
 * assert.ok(typeof checkTitle === 'function')
 * @category pipeline
 * @since 0.1.0
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
  if (matching.length === 0 || matching.some((o) => holds(o, date))) return undefined;
  const office = matching[0]!;
  let heldBy: string | undefined;
  for (const other of actors) {
    if (other.id === person.id) continue;
    if ((other.offices ?? []).some((o) => o.actor === office.actor && o.title.toLowerCase() === office.title.toLowerCase() && holds(o, date))) {
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
