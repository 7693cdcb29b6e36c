import { isRight } from 'fp-ts/lib/Either.js';
import { ingestText } from '@stancelog/ingest';
import { coalitionSetting } from './coalition-setting.js';
import { brief as defaults } from './briefs.js';

const read = (text: string) => {
  const r = ingestText(text, { publishedAt: '2026-03-04' }, coalitionSetting);
  if (!isRight(r)) throw new Error(r.left.message);
  return r.right.statements.map((s, i) => ({ s, rules: [...r.right.explanations[i]!.rules] }));
};
const stances = (text: string) => read(text).map(({ s }) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}`);

describe('"it" or "they" opening a sentence, with no actor before it in that sentence', () => {
  it('stands for the one subject of the sentence before, in the same paragraph', () => {
    expect(stances('Labour met the Greens on Monday. It rejected a rent cap.')).toEqual(['labour reject - rent-cap']);
    expect(stances('The Greens walked out of the talks. They demanded a wealth tax.')).toEqual(['green-alliance reject - peace-talks', 'green-alliance demand + wealth-tax']);
  });

  it('names the rule that read it', () => {
    const [found] = read('Labour met the Greens on Monday. It rejected a rent cap.');
    expect(found!.rules).toContain('holder:subject/subject.previous-sentence');
  });

  it('reads "they" as the actors named together as that subject, and "it" as none of them', () => {
    expect(stances('Labour and the Greens met on Monday. They demanded a wealth tax.')).toEqual(['labour demand + wealth-tax', 'green-alliance demand + wealth-tax']);
    expect(stances('Labour and the Greens met on Monday. It demanded a wealth tax.')).toEqual([]);
  });

  it('carries on through sentences whose subject is the pronoun', () => {
    expect(stances('Labour walked out. It rejected a wealth tax. It demanded a rent cap.')).toEqual(['labour reject - wealth-tax', 'labour demand + rent-cap']);
  });

  it('states nothing when the sentence before has no actor as its one subject', () => {
    expect(stances('The talks resumed on Monday. It rejected a wealth tax.')).toEqual([]);
    expect(stances('Labour walked out and the Greens stayed. It rejected a wealth tax.')).toEqual([]);
    expect(stances('Labour walked out. The talks resumed. It rejected a wealth tax.')).toEqual([]);
    expect(stances('Finance Minister Karl Dahl met Labour. It rejected a wealth tax.')).toEqual([]);
  });
});

describe('"it" or "they" right after a verb of saying (a review of articles on a port strike)', () => {
  it('stands for the one who says it, not for the party named last before it', () => {
    expect(stances('Labour met the Greens and said it rejected a rent cap.')).toEqual(['labour reject - rent-cap']);
    expect(stances('Labour accused the Greens of stalling and said that it demanded a wealth tax.')).toEqual(['labour demand + wealth-tax']);
    const [found] = read('Labour met the Greens and said it rejected a rent cap.');
    expect(found!.rules).toContain('holder:subject/subject.sayer');
  });

  it('stands for what the pronoun can: "it" for no group of two, "they" for them', () => {
    expect(stances('Labour and the Greens met the Liberals and said they demanded a wealth tax.')).toEqual(['labour demand + wealth-tax', 'green-alliance demand + wealth-tax']);
    // "it" cannot stand for Labour and the Greens: read as before, the actor named last.
    expect(stances('Labour and the Greens met the Liberals and said it rejected a rent cap.')).not.toContain('labour reject - rent-cap');
  });
});

describe('a plural subject that names no actor, or a people ("Ukrainians")', () => {
  const said = (text: string) => {
    const r = ingestText(text, { publishedAt: '2025-06-04' });
    if (!isRight(r)) throw new Error(r.left.message);
    return r.right.statements.map((s) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}`);
  };

  it('holds the stance itself: it is neither the actor named before it nor the speaker', () => {
    expect(said('Kyiv said Russians want a ceasefire.')).toEqual([]);
    expect(said('Kyiv said the soldiers want a ceasefire.')).toEqual([]);
    expect(said('Kyiv said its allies want tougher sanctions.')).toEqual([]);
    expect(said('Ukrainians reject any territorial concessions, Zelensky said.')).toEqual([]);
  });

  it('is the actor its own words name, one of a coordinated subject, or both sides', () => {
    expect(said("Kyiv's negotiators want a ceasefire.")).toEqual(['ukraine demand + ceasefire']);
    expect(said('Peskov said Russian diplomats rejected a ceasefire.')).toEqual(['russia reject - ceasefire']);
    expect(said('Zelensky and his European allies called on Trump to push for a ceasefire.')).toContain('ukraine demand + ceasefire');
    expect(said('Ukraine and Russia met in Geneva. Both sides agreed to a prisoner swap.')).toEqual(['ukraine agree + prisoner-exchange', 'russia agree + prisoner-exchange']);
    // A bloc and one state: blocs were not counted among the actors an article names, so these sides were no one.
    expect(said('The EU met Ukraine in Geneva. Both sides agreed to a prisoner swap.')).toEqual(['european-union agree + prisoner-exchange', 'ukraine agree + prisoner-exchange']);
  });

  it('leaves a singular that may stand for an actor named before, and a subject that is what is declared ("X is non-negotiable")', () => {
    expect(said('Zelensky said the government would never accept territorial concessions.')).toEqual(['ukraine red-line - territorial-concessions']);
    expect(said('Kyiv says a truce along the whole front is non-negotiable.')).toEqual(['ukraine red-line + ceasefire']);
  });
});

describe('"his party", "her government" after a verb of saying (a review of articles on coalition talks)', () => {
  it('is the group the one who says it speaks for, not that of the last name before it', () => {
    const [vote] = read('Karl Dahl accused the Greens of stalling and said his government would vote against a wealth tax.');
    expect(`${vote!.s.holder} ${vote!.s.kind} ${vote!.s.polarity} ${vote!.s.issue}`).toBe('norland reject - wealth-tax');
    expect(vote!.rules).toContain('holder:subject/subject.sayer');
  });

  it('opening a sentence, is the group of the person last named as a subject, as "he" or "she" would be (a review of gas transit talks)', () => {
    const [backed] = read('Karl Dahl spoke in parliament on Monday. His government has also backed a wealth tax.');
    expect(`${backed!.s.holder} ${backed!.s.kind} ${backed!.s.polarity} ${backed!.s.issue}`).toBe('norland support + wealth-tax');
    expect(backed!.rules).toContain('holder:subject/subject.person-group');
  });
});

describe('a document of one issuer\'s words opening a sentence ("The communique also called for X")', () => {
  it('says what the actor that was the subject before says (a review of election talks)', () => {
    expect(defaults('The EU met in Brussels on Monday and demanded a ceasefire. The communique also called for a prisoner exchange.')).toEqual([
      'european-union demand + ceasefire',
      'european-union demand + prisoner-exchange',
    ]);
  });

  it('is no one\'s with no actor before it, nor a document anyone may write ("The report")', () => {
    expect(defaults('The communique also called for a prisoner exchange.')).toEqual([]);
    expect(defaults('The EU met in Brussels on Monday and demanded a ceasefire. The report also called for a prisoner exchange.')).toEqual(['european-union demand + ceasefire']);
  });
});

describe('"its" or "their" opening a sentence, before the people or the document of a group (a review of farm talks)', () => {
  it('stands for the subject of the sentence before, as "it" does, not for the actor named last', () => {
    expect(defaults('Kyiv met Moscow on Monday. Its delegation called for a ceasefire.')).toEqual(['ukraine demand + ceasefire']);
  });

  it('reads its list of demands as its demands, and what its proposal calls for as proposed', () => {
    expect(defaults('Kyiv set out its terms on Monday. Its list of demands calls for a ceasefire.')).toEqual(['ukraine demand + ceasefire']);
    expect(defaults('Kyiv set out its terms on Monday. Its proposal calls for a ceasefire.')).toEqual(['ukraine propose + ceasefire']);
  });
});

describe('"both" after its auxiliary (a review of cocoa talks: "Exporters and the board have both asked for a delay")', () => {
  it('floats off the subject named before it, not the two sides of an earlier sentence', () => {
    expect(stances('Russia and Turkey met in Istanbul on Monday. Kyiv and Washington have both asked for a ceasefire.')).toEqual(['ukraine demand + ceasefire', 'united-states demand + ceasefire']);
  });

  it('right after the parties named before its verb, floats off them (a review of debris talks: "Brightwell and Lodestar both backed the fund")', () => {
    expect(stances('Russia and Turkey met in Istanbul on Monday. Kyiv and Washington both demanded a ceasefire.')).toEqual(['ukraine demand + ceasefire', 'united-states demand + ceasefire']);
  });

  it('standing alone before its verb, is still the two sides', () => {
    expect(stances('Russia and Turkey met in Istanbul on Monday. Both said they wanted a ceasefire.')).toEqual(['russia demand + ceasefire', 'turkey demand + ceasefire']);
  });
});

describe('a coordinated subject of a verb that may name a thing ("demanded")', () => {
  it('holds it, every party of it, not only the name right before the verb', () => {
    expect(stances('Kyiv and Washington demanded a ceasefire.')).toEqual(['ukraine demand + ceasefire', 'united-states demand + ceasefire']);
    expect(stances('Kyiv demanded a ceasefire.')).toEqual(['ukraine demand + ceasefire']);
  });
});

describe('an indefinite apposition after the subject (a review of plastics talks: "The Alliance and Bluewake, a coalition of environmental groups, want X")', () => {
  it('names none of the subject: the names before it do', () => {
    expect(stances('Kyiv and Washington, a pair of old NATO allies, demanded a ceasefire.')).toEqual(['ukraine demand + ceasefire', 'united-states demand + ceasefire']);
  });
});

describe('"he" or "she" after "people close to X said" (reviews of pesticide and police talks)', () => {
  it('is X, by name or by the title X was named with, not the person named last', () => {
    expect(stances('Merz spoke to reporters on Monday. People close to Zelensky said he was willing to accept a ceasefire.')).toEqual(['ukraine accept + ceasefire']);
    expect(stances('President Volodymyr Zelensky flew to Berlin on Sunday. Merz spoke to reporters on Monday. Officials close to the president said he was willing to accept a ceasefire.')).toEqual(['ukraine accept + ceasefire']);
  });
});

describe('the party told, right after "told" (a review of music talks: "Renk told the committee that performers would back X")', () => {
  it('is no subject of what it is told: the teller is', () => {
    expect(stances('Merz told Zelensky that he would back a ceasefire.')).toEqual(['germany support + ceasefire']);
    expect(stances('The Ukrainian president, Volodymyr Zelensky, told the European Commission that member states would back a ceasefire.')).toEqual(['ukraine support + ceasefire']);
  });
});

describe('the party written or sent to, right before an -ing verb (a review of cocoa talks: "has written to the finance ministry asking it to block the levy")', () => {
  it('is no subject of the participle: the writer asks', () => {
    expect(stances('Kyiv wrote to Washington asking it to lift the sanctions.')).toEqual(['ukraine demand - sanctions']);
    expect(stances('Kyiv sent a letter to Moscow urging it to accept a ceasefire.')).toEqual(['ukraine demand + ceasefire']);
  });

  it('leaves a name that is the subject of its own verb alone', () => {
    expect(stances('Kyiv said Moscow was demanding territorial concessions.')).toEqual(['russia demand + territorial-concessions']);
  });
});

describe('a possessor inside the object of a clause before "but" (a review of telecom talks: "accepted the directorate\'s findings but called the timetable unrealistic")', () => {
  it('is no subject of the clause after it: the subject before is', () => {
    expect(stances("Kyiv said it accepted the Kremlin's findings but called the ceasefire unrealistic.")).toEqual(['ukraine reject - ceasefire']);
  });
});
