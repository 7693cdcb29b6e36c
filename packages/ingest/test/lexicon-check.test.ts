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
});
