/**
 * The vocabulary of the 2025 Ukraine talks: the nine actors, the people who
 * spoke for them (with their offices and the dates they held them), and the
 * thirteen issues, six of them settled within the peace talks.
 *
 * Propositions and descriptions are written for this example.
 */
import { speaksFor } from '@stancelog/core';
import type { Actor, Issue, NewEvent, Speaker } from '@stancelog/core';

/** States, blocs and organisations that hold positions. */
export const actors: ReadonlyArray<Actor> = [
  { id: 'ukraine', kind: 'state', name: 'Ukraine', aliases: ['Kyiv'] },
  { id: 'russia', kind: 'state', name: 'Russia', aliases: ['Moscow', 'the Kremlin', 'Russian Foreign Ministry'] },
  { id: 'united-states', kind: 'state', name: 'United States', aliases: ['US', 'U.S.', 'Washington', 'Trump administration'] },
  { id: 'united-kingdom', kind: 'state', name: 'United Kingdom', aliases: ['UK', 'Britain', 'London'] },
  { id: 'germany', kind: 'state', name: 'Germany', aliases: ['Berlin'] },
  { id: 'france', kind: 'state', name: 'France', aliases: ['Paris'] },
  { id: 'european-union', kind: 'bloc', name: 'European Union', aliases: ['EU', 'EU Commission'] },
  { id: 'nato', kind: 'organisation', name: 'NATO' },
  { id: 'turkey', kind: 'state', name: 'Turkey', aliases: ['Türkiye', 'Ankara'] },
];

/**
 * People, with dated offices: a speaker speaks for the actor whose office
 * they held on the day they spoke. Rishi Sunak is here because one seed
 * article still calls him prime minister in March 2025; the register says
 * his office ended on 2024-07-05.
 */
export const people: ReadonlyArray<Actor> = [
  person('volodymyr-zelensky', 'Volodymyr Zelensky', ['Zelensky', 'Zelenskyy', 'Zelenskiy'], [{ actor: 'ukraine', title: 'President', from: '2019-05-20' }]),
  person('andriy-yermak', 'Andriy Yermak', ['Yermak'], [{ actor: 'ukraine', title: 'Head of the Presidential Office', from: '2020-02-11', until: '2025-11-28' }]),
  person('rustem-umerov', 'Rustem Umerov', ['Umerov'], [
    { actor: 'ukraine', title: 'Minister of Defence', from: '2023-09-06', until: '2025-07-16' },
    { actor: 'ukraine', title: 'Secretary of the National Security and Defense Council', from: '2025-07-17' },
  ]),
  person('vladimir-putin', 'Vladimir Putin', ['Putin'], [{ actor: 'russia', title: 'President', from: '2012-05-07' }]),
  person('dmitry-peskov', 'Dmitry Peskov', ['Peskov'], [{ actor: 'russia', title: 'Kremlin Press Secretary', from: '2012-05-22' }]),
  person('vladimir-medinsky', 'Vladimir Medinsky', ['Medinsky'], [{ actor: 'russia', title: 'Aide to the President', from: '2020-01-21' }]),
  person('donald-trump', 'Donald Trump', ['Trump'], [{ actor: 'united-states', title: 'President', from: '2025-01-20' }]),
  person('keir-starmer', 'Keir Starmer', ['Starmer', 'Sir Keir'], [{ actor: 'united-kingdom', title: 'Prime Minister', from: '2024-07-05' }]),
  person('rishi-sunak', 'Rishi Sunak', ['Sunak'], [{ actor: 'united-kingdom', title: 'Prime Minister', from: '2022-10-25', until: '2024-07-05' }]),
  person('jonathan-powell', 'Jonathan Powell', ['Powell'], [{ actor: 'united-kingdom', title: 'National Security Adviser', from: '2024-11' }]),
  person('friedrich-merz', 'Friedrich Merz', ['Merz'], [{ actor: 'germany', title: 'Chancellor', from: '2025-05-06' }]),
  person('emmanuel-macron', 'Emmanuel Macron', ['Macron'], [{ actor: 'france', title: 'President', from: '2017-05-14' }]),
  person('ursula-von-der-leyen', 'Ursula von der Leyen', ['von der Leyen'], [{ actor: 'european-union', title: 'President of the European Commission', from: '2019-12-01' }]),
  person('mark-rutte', 'Mark Rutte', ['Rutte'], [{ actor: 'nato', title: 'Secretary General', from: '2024-10-01' }]),
];

function person(id: string, name: string, aliases: string[], offices: NonNullable<Actor['offices']>): Actor {
  return { id, kind: 'person', name, aliases, offices };
}

/** The issues: each stands for one proposition that a `+` stance wants. */
export const issues: ReadonlyArray<Issue> = [
  { id: 'peace-talks', title: 'Peace talks', proposition: 'the sides negotiate or meet toward a peace settlement' },
  { id: 'ceasefire', title: 'Ceasefire', proposition: 'the fighting stops now, without conditions attached' },
  { id: 'territorial-concessions', title: 'Territorial concessions', proposition: 'Ukraine gives up, leaves, or legally recognises the loss of occupied or annexed land', parent: 'peace-talks' },
  { id: 'talks-format', title: 'Format of the talks', proposition: 'a given format of the talks: who is at the table and at what level (US present, Ukraine included, leaders meeting, three-way meeting)', parent: 'peace-talks' },
  { id: 'security-guarantees', title: 'Security guarantees', proposition: 'Ukraine receives firm guarantees of its future security', parent: 'peace-talks' },
  { id: 'neutrality', title: 'Neutrality', proposition: 'Ukraine becomes a neutral state', parent: 'peace-talks' },
  { id: 'nato-membership', title: 'NATO membership', proposition: 'Ukraine keeps its path to joining NATO', parent: 'peace-talks' },
  { id: 'armed-forces-limits', title: 'Limits on armed forces', proposition: "Ukraine's armed forces are capped", parent: 'peace-talks' },
  { id: 'prisoner-exchange', title: 'Prisoner exchange', proposition: 'the sides swap prisoners of war' },
  { id: 'return-of-children', title: 'Return of children', proposition: 'Ukrainian children taken to Russia are brought back' },
  { id: 'civilian-release', title: 'Release of civilians', proposition: 'detained civilians are set free' },
  { id: 'sanctions', title: 'Sanctions', proposition: 'Russia faces more or harsher sanctions' },
  { id: 'military-aid', title: 'US military aid', proposition: 'the US supplies weapons and shares intelligence with Ukraine' },
];

/** The registry as events, to append before the statements. */
export const registryEvents: ReadonlyArray<NewEvent> = [
  ...actors.map((data): NewEvent => ({ type: 'actor-registered', data, recordedAt: '2025-03-01T00:00:00Z' })),
  ...people.map((data): NewEvent => ({ type: 'actor-registered', data, recordedAt: '2025-03-01T00:00:00Z' })),
  ...issues.map((data): NewEvent => ({ type: 'issue-defined', data, recordedAt: '2025-03-01T00:00:00Z' })),
];

const byId = new Map(people.map((p) => [p.id, p]));

/**
 * A speaker as a statement records them: their name, and the actor their
 * office made them speak for on that day (from the register).
 */
export function speaker(personId: string, on: string): Speaker {
  const p = byId.get(personId);
  if (!p) throw new Error(`no such person in the register: ${personId}`);
  const actor = speaksFor(p, on);
  return actor !== undefined ? { name: p.name, actor } : { name: p.name };
}

/** A speaker who is an institution rather than a registered person. */
export function institution(name: string, actor: string): Speaker {
  return { name, actor };
}
