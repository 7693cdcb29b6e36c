// A city council's coalition talks some ingest specs read: parties named by a
// plural ("the Centrists", "the Free Democrats"), people with a party office, and the issues of
// their talks (a tram line, a ring road's widening, a parking levy, the talks
// themselves and the coalition agreement), with no default lexicon.
import type { Actor } from '@stancelog/core';
import { buildRegistry, compileLexicon, DEFAULT_ACTORS, prepareOptions } from '@stancelog/ingest';

const actors: Actor[] = [
  { id: 'centre-party', kind: 'organisation', name: 'Centre Party', aliases: ['the Centrists', 'Centrists'] },
  { id: 'green-alliance', kind: 'organisation', name: 'Green Alliance', aliases: ['the Greens', 'Greens'] },
  { id: 'civic-list', kind: 'organisation', name: 'Civic List' },
  { id: 'free-democrats', kind: 'organisation', name: 'Free Democratic Party', aliases: ['the Free Democrats', 'Free Democrats'] },
  { id: 'ola-brandt', kind: 'person', name: 'Ola Brandt', aliases: ['Brandt'], offices: [{ actor: 'centre-party', title: 'Deputy Leader', from: '2024-05-01' }] },
  { id: 'ines-holm', kind: 'person', name: 'Ines Holm', aliases: ['Holm'], offices: [{ actor: 'green-alliance', title: 'Leader', from: '2023-02-01' }] },
  { id: 'vera-lund', kind: 'person', name: 'Vera Lund', aliases: ['Lund'] },
];

/** Prepared options for the council's coalition talks, published on a Thursday (see `publishedAt`). */
export const cityCoalition = prepareOptions({
  registry: buildRegistry([...DEFAULT_ACTORS, ...actors], {}),
  lexicon: compileLexicon({
    name: 'city-coalition',
    issues: [
      { id: 'tram-line', title: 'Harbour tram line', proposition: 'a tram line to the harbour is built', phrases: ['tram line', 'harbour tram'] },
      { id: 'ring-road', title: 'Ring road widening', proposition: 'the ring road is widened to four lanes', phrases: ['ring road widening', 'widening of the ring road', 'widen the ring road'] },
      { id: 'parking-levy', title: 'Parking levy', proposition: 'a levy on office parking spaces', phrases: ['parking levy'] },
      { id: 'coalition-talks', title: 'Coalition talks', proposition: 'the parties negotiate a coalition', phrases: ['coalition talks', 'talks', 'negotiating table'] },
      { id: 'coalition-agreement', title: 'Coalition agreement', proposition: 'the parties sign a coalition agreement', phrases: ['coalition agreement'] },
    ],
  }),
});

/** The day the specs' articles are published: a Thursday. */
export const publishedAt = '2026-05-14';
