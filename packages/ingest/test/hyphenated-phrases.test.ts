// wink splits some hyphenated words into their parts and hyphens ("pay-rise"
// is pay, -, rise) and keeps others whole ("counter-offer", after a prefix
// it knows): a lexicon or a register names such a word once, with its
// hyphen, and finds it however wink reads it.
import { isRight } from 'fp-ts/lib/Either.js';
import type { Statement } from '@stancelog/core';
import { buildRegistry, compileLexicon, DEFAULT_ACTORS, ingestText, type IngestOptions } from '@stancelog/ingest';
import { labourSetting } from './labour-setting.js';

const read = (text: string, options: IngestOptions): string[] => {
  const r = ingestText(text, { publishedAt: '2026-02-20' }, options);
  if (!isRight(r)) throw new Error(r.left.message);
  return r.right.statements.map((s: Statement) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}`);
};

// A user's labour lexicon, each hyphenated phrase written once.
const labour = labourSetting(['HWU'], [
  { id: 'wage-increase', title: 'Wage increase', proposition: 'pay rises above inflation', phrases: ['pay-rise'] },
  { id: 'work-to-rule', title: 'Work-to-rule', proposition: 'the union works to rule', phrases: ['work-to-rule'] },
  { id: 'counter-offer', title: 'Counter-offer', proposition: 'the employer tables a counter-offer', phrases: ['counter-offer'] },
  { id: 'long-term-deal', title: 'Long-term deal', proposition: 'a deal for three years or more', phrases: ['long-term deal'] },
]);

describe('a hyphenated phrase of a lexicon', () => {
  it('matches a word wink splits at its hyphens (pay-rise, work-to-rule)', () => {
    expect(read('The HWU demanded a pay-rise on Friday.', labour)).toEqual(['dockers-union demand + wage-increase']);
    expect(read('The port authority rejected the work-to-rule on Friday.', labour)).toEqual(['port-authority reject - work-to-rule']);
  });

  it('matches a word wink keeps whole (counter-offer)', () => {
    expect(read('The HWU demanded a counter-offer on Friday.', labour)).toEqual(['dockers-union demand + counter-offer']);
  });

  it('matches within a phrase of several words (long-term deal)', () => {
    expect(read('The HWU demanded a long-term deal on Friday.', labour)).toEqual(['dockers-union demand + long-term-deal']);
  });

  it('matches whatever the case (Pay-Rise), and a plural by its last part\'s lemma (pay-rises)', () => {
    expect(read('The HWU demanded a Pay-Rise on Friday.', labour)).toEqual(['dockers-union demand + wage-increase']);
    expect(read('The HWU demanded pay-rises on Friday.', labour)).toEqual(['dockers-union demand + wage-increase']);
  });

  it('matches the word written with a Unicode hyphen (U+2010, or U+2011 that does not break)', () => {
    expect(read('The HWU demanded a pay\u2011rise on Friday.', labour)).toEqual(['dockers-union demand + wage-increase']);
    expect(read('The HWU demanded a pay\u2010rise on Friday.', labour)).toEqual(['dockers-union demand + wage-increase']);
  });

  it('does not match the parts joined by a dash or a hyphen with space around it, which join no word', () => {
    expect(read('The HWU demanded a pay\u2013rise on Friday.', labour)).not.toContain('dockers-union demand + wage-increase');
    expect(read('The HWU demanded a pay - rise on Friday.', labour)).not.toContain('dockers-union demand + wage-increase');
  });

  it('does not match the parts written apart (a "pay rise" is another phrase to list)', () => {
    expect(read('The HWU demanded a pay rise on Friday.', labour)).not.toContain('dockers-union demand + wage-increase');
  });

  it('still matches a phrase written with its hyphen set apart ("pay - rise", as lexicons listed it for wink\'s split)', () => {
    const spaced = labourSetting(['HWU'], [{ id: 'wage-increase', title: 'Wage increase', proposition: 'pay rises above inflation', phrases: ['pay - rise'] }]);
    expect(read('The HWU demanded a pay-rise on Friday.', spaced)).toEqual(['dockers-union demand + wage-increase']);
  });
});

describe('the default lexicon, each hyphenated phrase listed once', () => {
  it.each([
    ['Russia rejected a cease-fire on Friday.', 'russia reject - ceasefire'],
    ['Ukraine demanded long-term security on Friday.', 'ukraine demand + security-guarantees'],
    ['Ukraine demanded intelligence-sharing on Friday.', 'ukraine demand + military-aid'],
    ['Russia demanded non-aligned status for Ukraine on Friday.', 'russia demand + neutrality'],
    ['Ukraine proposed a three-way meeting on Friday.', 'ukraine propose + leaders-meeting'],
    ['Ukraine proposed a face-to-face meeting on Friday.', 'ukraine propose + leaders-meeting'],
  ])('reads "%s" as %s', (text, statement) => {
    expect(read(text, {})).toContain(statement);
  });
});

describe('a hyphenated name in the register', () => {
  const registry = buildRegistry([
    ...DEFAULT_ACTORS,
    { id: 'co-op', kind: 'organisation', name: 'the Co-op', aliases: [] },
    { id: 'north-east-ferries', kind: 'organisation', name: 'North-East Ferries', aliases: [] },
  ], {});

  it('is found whether wink keeps it whole (Co-op) or splits it (North-East)', () => {
    expect(read('The Co-op rejected the sanctions on Friday.', { registry })).toEqual(['co-op reject - sanctions']);
    expect(read('North-East Ferries rejected the sanctions on Friday.', { registry })).toEqual(['north-east-ferries reject - sanctions']);
  });
});

describe('a hyphenated word wink splits, in the text', () => {
  const treaty = labourSetting(['HWU'], [
    { id: 'water-treaty', title: 'Water treaty', proposition: 'the water-sharing treaty is signed', phrases: ['water treaty', 'water-sharing treaty'] },
    { id: 'wage-increase', title: 'Wage increase', proposition: 'pay rises above inflation', phrases: ['pay rise'] },
  ]);

  it('is one word of the object: a participle after a hyphen ("water-sharing", "long-awaited") does not end it', () => {
    expect(read('The HWU signed the water-sharing treaty on Friday.', treaty)).toEqual(['dockers-union commit + water-treaty']);
    expect(read('The HWU signed the long-awaited water treaty on Friday.', treaty)).toEqual(['dockers-union commit + water-treaty']);
    // Not only a lexicon's issue: the provisional issue an unknown object makes is found too.
    expect(read('The HWU rejected the long-awaited railway deal on Friday.', treaty)).toEqual(['dockers-union reject - long-awaited-railway-deal']);
  });

  it('names no actor inside it: a "Kremlin-backed" council is not the Kremlin', () => {
    expect(read('The Kremlin-backed council demanded a ceasefire on Friday.', {})).toEqual([]);
  });
});

describe('a lexicon phrase with a currency or percent sign (a review of stadium talks)', () => {
  it('matches the text it is written as, the sign a word of its own as the text reads it', () => {
    const lexicon = compileLexicon({ name: 'stadium', issues: [{ id: 'public-funding', title: 'Public funding', proposition: 'the city pays for the stadium', phrases: ['$640 million', 'a 50% share'] }] });
    const read = (text: string) => {
      const r = ingestText(text, { publishedAt: '2031-04-02' }, { lexicon, provisional: false });
      return isRight(r) ? r.right.statements.map((s) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}`) : [];
    };
    // (A short line with an amount is read as a ticker's: a sentence of prose.)
    expect(read('Kyiv said on Tuesday that it rejected the $640 million, calling the sum far too high for a city of its size.')).toEqual(['ukraine reject - public-funding']);
    expect(read('Ukraine demanded a 50% share.')).toEqual(['ukraine demand + public-funding']);
  });
});
