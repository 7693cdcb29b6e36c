// Checks of a lexicon that decodes but reads wrong (a review of bailout talks: the bare "subsidy" listed as the cut).
import { lexiconWarnings } from '@stancelog/ingest';

const issue = (phrases: Array<string | { phrase: string; polarity?: '+' | '-' | '0' }>) => ({ name: 'bailout', issues: [{ id: 'fuel-subsidy-cut', title: 'Fuel subsidy cut', proposition: 'fuel subsidies are cut', phrases }] });

describe('lexiconWarnings', () => {
  it('names each phrase listed with the polarity of a phrase that does away with what it names, by its path', () => {
    const warnings = lexiconWarnings(issue(['fuel subsidy cut', 'cut in fuel subsidies', 'phase out fuel subsidies', 'fuel subsidies', 'subsidy']));
    expect(warnings.map((w) => w.slice(0, w.indexOf(':')))).toEqual(['issues[0].phrases[3]', 'issues[0].phrases[4]']);
    expect(warnings[1]).toContain('"subsidy" names what "fuel subsidy cut" does away with, with the same polarity (+): give it "polarity": "-"');
  });

  it('says nothing of a phrase given the other polarity, of one naming something else, or of a lexicon with no undoing phrase', () => {
    expect(lexiconWarnings(issue(['cut fuel subsidies', { phrase: 'fuel subsidies', polarity: '-' }]))).toEqual([]);
    expect(lexiconWarnings(issue(['cut fuel subsidies', 'austerity']))).toEqual([]);
    expect(lexiconWarnings(issue(['fuel subsidies', 'subsidy']))).toEqual([]);
  });

  it('names a phrase that matches nothing, not even its own words as an article is read (a review of stadium talks)', () => {
    const warnings = lexiconWarnings(issue(['fuel subsidy cut', '£3bn', '"safe zone"', 'cut * subsidies']));
    expect(warnings).toEqual([
      'issues[0].phrases[1]: "£3bn" matches nothing, not even its own words as an article is read (£ | 3 | bn): write it as those words read, without the symbol',
      'issues[0].phrases[2]: ""safe zone"" matches nothing, not even its own words as an article is read (" | safe | zone | "): write it as those words read, without the symbol',
    ]);
    // A currency sign before a number and a percent sign after one are read apart, as the text is: these match.
    expect(lexiconWarnings(issue(['$640 million', 'a 50% cut', '€5 billion']))).toEqual([]);
  });

  it('names a phrase with no word in it, an empty one among them: it matches nothing', () => {
    expect(lexiconWarnings(issue(['fuel subsidy cut', '', { phrase: '  ', polarity: '-' }, '* |']))).toEqual([
      'issues[0].phrases[1]: "" matches nothing: a phrase needs a word',
      'issues[0].phrases[2]: "  " matches nothing: a phrase needs a word',
      'issues[0].phrases[3]: "* |" matches nothing: a phrase needs a word',
    ]);
  });

  it('points the advice at a phrase that opens with a negator, when the issue is the thing it negates: giving the thing "-" would flip every reading (a review\'s finding)', () => {
    const tax = (phrases: Array<string | { phrase: string; polarity?: '+' | '-' | '0' }>, title = 'Wealth tax') => ({ name: 'coalition', issues: [{ id: 'wealth-tax', title, proposition: 'a tax on fortunes is introduced', phrases }] });
    expect(lexiconWarnings(tax(['wealth tax', 'tax on fortunes', 'no wealth tax']))).toEqual([
      'issues[0].phrases[2]: "no wealth tax" does away with what "wealth tax" names, with the same polarity (+): give it "polarity": "-", or "want no wealth tax" reads as wealth-tax +',
    ]);
    // As the advice says: once given "-", nothing to say.
    expect(lexiconWarnings(tax(['wealth tax', { phrase: 'no wealth tax', polarity: '-' }]))).toEqual([]);
    // "An end to" and "without" negate too, and the title need not name the thing for them: each such phrase is named.
    expect(lexiconWarnings(tax(['fortune levy', 'an end to the fortune levy', 'without a fortune levy'], 'Taxing the rich')).map((w) => w.slice(0, w.indexOf(':')))).toEqual(['issues[0].phrases[1]', 'issues[0].phrases[2]']);
    // A title that names the thing makes an undoing phrase the slip, whatever its first word.
    expect(lexiconWarnings(tax(['wealth tax', 'scrap the wealth tax']))).toEqual([
      'issues[0].phrases[1]: "scrap the wealth tax" does away with what "wealth tax" names, with the same polarity (+): give it "polarity": "-", or a demand for "scrap the wealth tax" reads as wealth-tax +',
    ]);
    // A title that does away with the thing keeps the advice on the thing, negator or not: the issue is the undoing.
    const exit = { name: 'energy', issues: [{ id: 'coal-phase-out', title: 'Coal phase-out', proposition: 'coal power ends by 2030', phrases: ['an end to coal', 'coal'] }] };
    expect(lexiconWarnings(exit).map((w) => w.slice(0, w.indexOf(':')))).toEqual(['issues[0].phrases[1]']);
  });

  it('names a phrase listed under a second issue, which is never read through it (a review\'s finding)', () => {
    const lexicon = {
      name: 'coalition',
      issues: [
        { id: 'wealth-tax', title: 'Wealth tax', proposition: 'a tax on fortunes is introduced', phrases: ['wealth tax', 'levy'] },
        { id: 'wealth-tax-repeal', title: 'Repeal', proposition: 'the wealth tax is repealed', phrases: ['repeal', 'Wealth  Tax'] },
      ],
    };
    expect(lexiconWarnings(lexicon)).toEqual([
      'issues[1].phrases[1]: "Wealth  Tax" is listed under wealth-tax too (issues[0].phrases[0]), which is read: wealth-tax-repeal is never read through it; list it under one issue (or give this one more words)',
    ]);
  });

  it('warns of a parent neither the lexicon nor the issues defined besides it define, with the closest id, when given those issues (a review\'s finding)', () => {
    const lexicon = {
      name: 'coalition',
      issues: [
        { id: 'tax-policies', title: 'Tax policies', proposition: 'taxes change', phrases: ['tax policy'] },
        { id: 'wealth-tax', title: 'Wealth tax', proposition: 'a tax on fortunes is introduced', parent: 'tax-policy', phrases: ['wealth tax'] },
        { id: 'coal-exit', title: 'Coal exit', proposition: 'coal ends', parent: 'energy', phrases: ['coal exit'] },
      ],
    };
    expect(lexiconWarnings(lexicon, { issues: ['peace-talks'] })).toEqual([
      'issues[1].parent: "tax-policy" is defined by neither the lexicon nor the log (tax-policies?): wealth-tax is recorded within it all the same; define it (an issue of the lexicon, or an issue-defined event) or mend the id',
      'issues[2].parent: "energy" is defined by neither the lexicon nor the log: coal-exit is recorded within it all the same; define it (an issue of the lexicon, or an issue-defined event) or mend the id',
    ]);
    // Defined besides the lexicon (by the log), or not asked about: nothing to say.
    expect(lexiconWarnings(lexicon, { issues: ['tax-policy', 'energy'] })).toEqual([]);
    expect(lexiconWarnings(lexicon)).toEqual([]);
  });
});
