/**
 * A statement's speaker against the register's offices. The analysis reads
 * `speaker.actor` alone (whose word a statement is), never the offices, so
 * a line that the register contradicts would count for the wrong party, or
 * as a report, without a word: `append` says so, and appends it all the
 * same (the register may be what is wrong, or incomplete).
 *
 * @since 0.1.0
 */
import { dayOf, endOf, speaksFor, startOf } from '@stancelog/core';
import type { Actor, NewEvent, Office, RegistryState } from '@stancelog/core';

// Names as the self-contradiction rule compares speakers: in any case, spacing and Unicode normalisation form.
function normalName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function officeText(office: Office): string {
  return `${office.title} of ${office.actor} from ${office.from}${office.until !== undefined ? ` until ${office.until}` : ''}`;
}

function holds(office: Office, at: string): boolean {
  const when = startOf(at);
  return startOf(office.from) <= when && (office.until === undefined || when < endOf(office.until));
}

/**
 * What the register says against the speakers of a batch's statements,
 * one warning per line that it contradicts (`where[i]` says where event
 * `i` was read), given the registry of the log with the batch's own
 * registry events applied. A speaker is a person of the register when
 * their name is the name or an alias of exactly one registered person (in
 * any case and spacing). It warns of a line when:
 *
 * - it has no `speaker.actor` while the person held an office of another
 *   actor than the holder the day it was said: it counts as the holder's
 *   own word, where it may be that actor's account of the holder;
 * - its `speaker.actor` is an actor the person held no office of that
 *   day, when the register gives the person offices;
 * - its `speaker.actor` is a person who held an office that day: the
 *   statement is then that person's report of the holder, where the actor
 *   they spoke for was likelier meant (one out of office speaks for
 *   themselves, and their word is rightly a report).
 *
 * The day is the statement's `statedAt`, else its `recordedAt`, else `now`.
 * A warning does not say what came of the line: the caller adds it
 * (`append` appends the line all the same).
 *
 * @example
 * import { applyToRegistry, emptyRegistry } from '@stancelog/core'
 * import { speakerWarnings } from './speaker-check.js'
 * const registry = emptyRegistry()
 * applyToRegistry(registry, { type: 'actor-registered', data: { id: 'erik-sand', kind: 'person', name: 'Erik Sand', offices: [{ actor: 'sdp', title: 'Chief Negotiator', from: '2026-01-10' }] } } as any)
 * applyToRegistry(registry, { type: 'actor-registered', data: { id: 'tomas-lind', kind: 'person', name: 'Tomas Lind', offices: [{ actor: 'centre', title: 'Party Leader', from: '2015-09-01', until: '2026-02-20' }] } } as any)
 * const said = (holder: string, speaker: object, statedAt = '2026-03-02') => ({ type: 'statement-made', data: { holder, issue: 'wealth-tax', kind: 'reject', polarity: '-', statedAt, speaker, source: { quote: 'q' } } }) as any
 * assert.deepStrictEqual(speakerWarnings([said('liberals', { name: 'Erik Sand' }), said('centre', { name: 'tomas lind', actor: 'centre' }), said('centre', { name: 'Tomas Lind', actor: 'tomas-lind' }, '2026-02-10')], ['line 1', 'line 2', 'line 3'], registry, new Date()), [
 *   `line 1: speaker "Erik Sand" is erik-sand of the register, Chief Negotiator of sdp on 2026-03-02: with no speaker.actor, the line counts as the holder's own word (liberals); give speaker.actor "sdp" if it is sdp's account of it`,
 *   `line 2: speaker "tomas lind" (tomas-lind of the register) held no office of centre on 2026-03-02 (the register has: Party Leader of centre from 2015-09-01 until 2026-02-20); if they spoke for centre then, register the office with an office-held line`,
 *   `line 3: speaker.actor "tomas-lind" is a person of the register (Tomas Lind): the line counts as a report by tomas-lind on centre; give speaker.actor "centre", the actor Tomas Lind spoke for on 2026-02-10`,
 * ])
 * // Said for the party the register has them in that day, or for themselves once out of office: nothing to say.
 * assert.deepStrictEqual(speakerWarnings([said('sdp', { name: 'Erik Sand' }), said('centre', { name: 'Tomas Lind', actor: 'centre' }, '2026-02-20'), said('centre', { name: 'Tomas Lind', actor: 'tomas-lind' })], ['line 1', 'line 2', 'line 3'], registry, new Date()), [])
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function speakerWarnings(events: ReadonlyArray<NewEvent>, where: ReadonlyArray<string>, registry: RegistryState, now: Date): string[] {
  const byName = new Map<string, Actor[]>();
  for (const { actor } of registry.actors.values()) {
    if (actor.kind !== 'person') continue;
    for (const name of new Set([actor.name, ...(actor.aliases ?? [])].map(normalName))) byName.set(name, [...(byName.get(name) ?? []), actor]);
  }
  const out: string[] = [];
  events.forEach((e, i) => {
    if (e.type !== 'statement-made' || e.data.speaker === undefined) return;
    const { holder, speaker } = e.data;
    const at = e.data.statedAt ?? e.recordedAt ?? now.toISOString();
    const day = dayOf(at);
    const named = byName.get(normalName(speaker.name));
    // Two people of one name: the register cannot say which spoke.
    const person = named?.length === 1 ? named[0]! : undefined;
    const line = where[i];
    if (speaker.actor !== undefined && speaker.actor !== holder) {
      const as = registry.actors.get(speaker.actor)?.actor;
      // One who held no office then speaks for themselves (a commentator, a former minister: ingest registers such a
      // speaker as a person of their own), and their word is rightly a report.
      const spoke = as?.kind === 'person' ? speaksFor(as, at) : undefined;
      if (as !== undefined && spoke !== undefined) {
        out.push(`${line}: speaker.actor ${JSON.stringify(speaker.actor)} is a person of the register (${as.name}): the line counts as a report by ${speaker.actor} on ${holder}; give speaker.actor ${JSON.stringify(spoke)}, the actor ${as.name} spoke for on ${day}`);
        return;
      }
    }
    if (person === undefined || person.id === holder) return;
    if (speaker.actor === undefined) {
      const office = (person.offices ?? []).find((o) => holds(o, at));
      if (office === undefined || office.actor === holder) return;
      out.push(`${line}: speaker ${JSON.stringify(speaker.name)} is ${person.id} of the register, ${office.title} of ${office.actor} on ${day}: with no speaker.actor, the line counts as the holder's own word (${holder}); give speaker.actor ${JSON.stringify(office.actor)} if it is ${office.actor}'s account of it`);
      return;
    }
    const offices = person.offices ?? [];
    // Their own id: out of office, they speak for themselves (said above while they held one).
    if (speaker.actor === person.id || offices.length === 0 || offices.some((o) => o.actor === speaker.actor && holds(o, at))) return;
    out.push(`${line}: speaker ${JSON.stringify(speaker.name)} (${person.id} of the register) held no office of ${speaker.actor} on ${day} (the register has: ${offices.map(officeText).join('; ')}); if they spoke for ${speaker.actor} then, register the office with an office-held line`);
  });
  return out;
}
