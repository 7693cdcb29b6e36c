// A transit strike read by several ingest specs: a union, an operators'
// association, a state mediator and a city council, with issues of their own.
import { isRight } from 'fp-ts/lib/Either.js';
import type { Actor, Statement } from '@stancelog/core';
import { buildRegistry, compileLexicon, DEFAULT_ACTORS, ingestText, prepareOptions, type ArticleMeta } from '@stancelog/ingest';

const actors: Actor[] = [
  { id: 'transit-union', kind: 'organisation', name: "Tram and Bus Workers' Union", aliases: ['the union', 'TBWU'] },
  { id: 'operators', kind: 'organisation', name: "Transit Operators' Association", aliases: ['the operators', 'the association'] },
  { id: 'state-mediator', kind: 'organisation', name: 'State Mediation Service', aliases: ['the mediation service'] },
  { id: 'city-council', kind: 'organisation', name: 'Varnholm City Council', aliases: ['the council', 'the city council'] },
];

const lexicon = compileLexicon({
  name: 'transit',
  issues: [
    { id: 'pay-rise', title: 'Pay rise', proposition: 'drivers are paid more', phrases: ['raise', 'pay rise', 'wage increase'] },
    { id: 'pay-offer', title: 'Pay offer', proposition: 'the operators table a pay offer', phrases: ['pay offer', 'offer'] },
    { id: 'strike', title: 'Strike', proposition: 'the drivers stay on strike', phrases: ['strike', 'walkout', { phrase: 'return|returning to work', polarity: '-' }] },
    { id: 'split-shifts', title: 'Split shifts', proposition: 'split shifts stay in the rota', phrases: ['split shift|shifts'] },
    { id: 'arbitration', title: 'Arbitration', proposition: 'an outside arbitrator settles pay', phrases: ['arbitration', 'arbitrator', 'outsider'] },
    { id: 'subsidy', title: 'City subsidy', proposition: 'the council pays a subsidy for the settlement', phrases: ['subsidy', 'subsidies'] },
    { id: 'agreement', title: 'Agreement', proposition: 'a collective agreement is signed', phrases: ['agreement', 'collective agreement'] },
  ],
});

const options = prepareOptions({ registry: buildRegistry([...DEFAULT_ACTORS, ...actors], {}), lexicon });

/** The statements of a text in the transit setting, each as "holder kind polarity issue (if issue polarity)...". */
export function transitStatements(text: string, meta: ArticleMeta = { publishedAt: '2026-03-07' }): Statement[] {
  const r = ingestText(text, meta, options);
  if (!isRight(r)) throw new Error(r.left.message);
  return [...r.right.statements];
}

export const brief = (s: Statement): string =>
  `${s.holder} ${s.kind} ${s.polarity} ${s.issue}${(s.conditions ?? []).map((c) => ` if ${c.issue} ${c.polarity}`).join('')}`;

export const transit = (text: string, meta?: ArticleMeta): string[] => transitStatements(text, meta).map(brief);
