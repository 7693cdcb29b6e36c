import { isRight } from 'fp-ts/lib/Either.js';
import type { Statement } from '@stancelog/core';
import { compileLexicon, DEFAULT_LEXICON, ingestText, prepareOptions } from '@stancelog/ingest';

// A lexicon with an issue the default one lacks, to show the rule is about
// the words, not about the seed negotiation.
const options = prepareOptions({
  lexicon: compileLexicon(DEFAULT_LEXICON, {
    name: 'sovereignty',
    issues: [{ id: 'sovereignty', title: 'Sovereignty', proposition: 'the state keeps its sovereignty', phrases: ['sovereignty'] }],
  }),
});

function stances(text: string): Array<Pick<Statement, 'holder' | 'issue' | 'kind' | 'polarity'>> {
  const r = ingestText(text, { publishedAt: '2025-09-03' }, options);
  if (!isRight(r)) throw new Error(r.left.message);
  return r.right.statements.map(({ holder, issue, kind, polarity }) => ({ holder, issue, kind, polarity }));
}

describe('"non-negotiable" takes its polarity from what is declared non-negotiable', () => {
  it('insists on a thing declared non-negotiable ("sovereignty is non-negotiable" is +)', () => {
    expect(stances("Ukraine's sovereignty is non-negotiable, the foreign minister told parliament on Tuesday.")).toContainEqual({
      holder: 'ukraine', issue: 'sovereignty', kind: 'red-line', polarity: '+',
    });
  });

  it('insists on a demand declared non-negotiable (a truce is +)', () => {
    expect(stances('Kyiv says a complete truce along the whole front is non-negotiable.')).toContainEqual({
      holder: 'ukraine', issue: 'ceasefire', kind: 'red-line', polarity: '+',
    });
  });

  it('refuses the recognition of X declared non-negotiable (X is -)', () => {
    expect(stances('Any recognition of the annexation of Crimea is non-negotiable for Kyiv, Zelensky said.')).toContainEqual({
      holder: 'ukraine', issue: 'territorial-concessions', kind: 'red-line', polarity: '-',
    });
  });

  it('refuses concessions declared non-negotiable', () => {
    expect(stances('The Ukrainian government says territorial concessions are non-negotiable.')).toContainEqual({
      holder: 'ukraine', issue: 'territorial-concessions', kind: 'red-line', polarity: '-',
    });
  });

  it('reads a withdrawal the other side must make as required, not refused', () => {
    // A withdrawal is not a concession word: Moscow insists on it.
    expect(stances('The Kremlin insists that a full withdrawal from the four regions is non-negotiable.')).toContainEqual({
      holder: 'russia', issue: 'territorial-concessions', kind: 'red-line', polarity: '+',
    });
  });

  it('explains a flipped polarity with the concession rule', () => {
    const r = ingestText('Legal recognition of the occupation is non-negotiable, Zelensky said.', { publishedAt: '2025-09-03' }, options);
    expect(isRight(r) && r.right.explanations.some((e) => e.rules.includes('polarity:concession'))).toBe(true);
  });
});

describe('"not up for negotiation", "not a bargaining chip" (a review of articles on coalition talks)', () => {
  it('read as "non-negotiable"', () => {
    for (const words of ['is not up for negotiation', 'is not up for debate', 'is not a bargaining chip', 'is no bargaining chip']) {
      expect([words, stances(`Ukraine's sovereignty ${words}, the foreign minister said.`)]).toEqual([words, [{ holder: 'ukraine', issue: 'sovereignty', kind: 'red-line', polarity: '+' }]]);
    }
    expect(stances('Kyiv said territorial concessions were not up for negotiation.')).toEqual([{ holder: 'ukraine', issue: 'territorial-concessions', kind: 'red-line', polarity: '-' }]);
  });
});

describe('"live with" a thing (a review of articles on coalition talks)', () => {
  it('accepts it, as "accept" does', () => {
    expect(stances('Kyiv said it would live with a frozen front line for now and can live with a ceasefire.').map((s) => `${s.kind} ${s.polarity} ${s.issue}`)).toContain('accept + ceasefire');
  });

  it('accepts it with "could" too, what the holder would take (read so in five of seven negotiations that say it), where "may" weighs it', () => {
    expect(stances('Kyiv said it could live with a ceasefire.')).toEqual([{ holder: 'ukraine', issue: 'ceasefire', kind: 'accept', polarity: '+' }]);
    expect(stances('Kyiv said it may live with a ceasefire.')).toEqual([{ holder: 'ukraine', issue: 'ceasefire', kind: 'hedge', polarity: '0' }]);
  });

  it('reads "settle for X" as taking it, less than asked (reviews of vaccine and water talks), "could" no weaker', () => {
    expect(stances('Kyiv said it would settle for a ceasefire.')).toEqual([{ holder: 'ukraine', issue: 'ceasefire', kind: 'accept', polarity: '+' }]);
    expect(stances('Kyiv said it could settle for a ceasefire.')).toEqual([{ holder: 'ukraine', issue: 'ceasefire', kind: 'accept', polarity: '+' }]);
    // Settling for nothing less is a red line still.
    expect(stances('Kyiv would not settle for anything less than a ceasefire.')).toEqual([{ holder: 'ukraine', issue: 'ceasefire', kind: 'red-line', polarity: '+' }]);
  });
});
