// A coalition negotiation some ingest specs read: parties outside the
// default register, and issues outside the default lexicon.
import type { Actor } from '@stancelog/core';
import { buildRegistry, compileLexicon, DEFAULT_ACTORS, DEFAULT_LEXICON, prepareOptions } from '@stancelog/ingest';

const parties: Actor[] = [
  { id: 'green-alliance', kind: 'organisation', name: 'Green Alliance', aliases: ['the Greens'] },
  { id: 'labour', kind: 'organisation', name: 'Labour', aliases: ['the Labour Party'] },
  { id: 'norland', kind: 'state', name: 'Norland' },
  { id: 'karl-dahl', kind: 'person', name: 'Karl Dahl', aliases: ['Dahl'], offices: [{ title: 'Finance Minister', actor: 'norland', from: '2025-11-01' }] },
];

/** Prepared options with the two parties, the state's finance minister, and the issues of their talks (a wealth tax, a rent cap, the coalition agreement). */
export const coalitionSetting = prepareOptions({
  registry: buildRegistry([...DEFAULT_ACTORS, ...parties], {}),
  lexicon: compileLexicon(DEFAULT_LEXICON, {
    name: 'coalition',
    issues: [
      { id: 'wealth-tax', title: 'Wealth tax', proposition: 'a tax on large fortunes', phrases: ['wealth tax'] },
      { id: 'rent-cap', title: 'Rent cap', proposition: 'a ceiling on rents', phrases: ['rent cap', 'cap on rents'] },
      { id: 'coalition-agreement', title: 'Coalition agreement', proposition: 'the parties govern together on an agreed programme', phrases: ['coalition agreement', 'coalition pact'] },
    ],
  }),
});
