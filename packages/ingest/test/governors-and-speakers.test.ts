import { isRight } from 'fp-ts/lib/Either.js';
import type { Statement } from '@stancelog/core';
import { ingestText, type IngestOptions } from '@stancelog/ingest';
import { labourSetting, shorterWeek } from './labour-setting.js';

const read = (text: string, options: IngestOptions = {}): { statements: Statement[]; rules: string[][] } => {
  const r = ingestText(text, { publishedAt: '2026-02-20' }, options);
  if (!isRight(r)) throw new Error(r.left.message);
  return { statements: [...r.right.statements], rules: r.right.explanations.map((e) => [...e.rules]) };
};
const brief = (text: string, options?: IngestOptions) => read(text, options).statements.map((s) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}`);
const speakers = (text: string, options?: IngestOptions) => read(text, options).statements.map((s) => s.speaker);

const labour = labourSetting(['HWU', 'the union'], [
  shorterWeek,
  { id: 'wage-increase', title: 'Wage increase', proposition: 'pay rises above inflation', phrases: ['pay rise'] },
]);

describe('a cue verb governed by another verb', () => {
  it('reads "refused to accept X" as a rejection of X only: the outer verb decides', () => {
    expect(brief('Kyiv refused to accept a ceasefire on Friday, Zelensky said.')).toEqual(['ukraine reject - ceasefire']);
    expect(brief('Kyiv has refused again and again to accept a ceasefire on Russian terms.')).toEqual(['ukraine reject - ceasefire']);
  });

  it('reads "rejected calls (from Washington) to accept X" as a rejection of X, not an acceptance', () => {
    expect(brief('Kyiv rejected calls to accept a ceasefire on Friday.')).toEqual(['ukraine reject - ceasefire']);
    expect(brief('Kyiv rejected calls from Washington to accept a ceasefire on Friday.')).toEqual(['ukraine reject - ceasefire']);
  });

  it('counts a refusal inside the complement: refusing to reject X is for X', () => {
    expect(brief('Kyiv refused to reject a ceasefire on Friday, Zelensky said.')).toEqual(['ukraine reject + ceasefire']);
  });

  it('negates the verb after "declined to" and "unwilling to" (not cues themselves)', () => {
    for (const text of [
      'Kyiv declined to accept a ceasefire on Friday, Zelensky said.',
      'Kyiv is unwilling to accept a ceasefire on Russian terms, Zelensky said.',
    ]) {
      expect(brief(text)).toEqual(['ukraine reject - ceasefire']);
    }
  });

  it('reads the refusal after "would not" and "won\'t" as a red line: declared for the future', () => {
    for (const text of [
      'Kyiv would not accept a ceasefire on Russian terms, Zelensky said.',
      "Kyiv won't accept a ceasefire on Russian terms, Zelensky said on Friday.",
    ]) {
      expect(brief(text)).toEqual(['ukraine red-line - ceasefire']);
    }
  });

  it('lets a positive verb decide too: "wanted to accept X" is a demand for X, "agreed to accept X" an agreement', () => {
    expect(brief('Kyiv wanted to accept a ceasefire on Russian terms, Zelensky said.')).toEqual(['ukraine demand + ceasefire']);
    expect(brief('Kyiv agreed to accept a ceasefire on Friday, Zelensky said.')).toEqual(['ukraine agree + ceasefire']);
  });
});

describe('a demand, proposal or call that is the object of a verb that is no cue', () => {
  it('gives the demand to no one when the verb does not make it the subject\'s own ("discussed", "responded to", "ignored")', () => {
    expect(brief('The employer discussed the demand for a shorter working week on Friday.', labour)).toEqual([]);
    expect(brief('The employer responded to the demand for a shorter working week on Friday.', labour)).toEqual([]);
    expect(brief('Kyiv ignored calls for a ceasefire on Friday.')).toEqual([]);
    expect(brief('The employer discussed the need for a shorter working week on Friday.', labour)).toEqual([]);
  });

  it('gives it to the owner the sentence names ("the union\'s demand", "the demand of the union")', () => {
    expect(brief("The employer discussed the union's demand for a shorter working week on Friday.", labour)).toEqual([
      'dockers-union demand + shorter-week',
    ]);
    expect(brief('The employer discussed the demand of the HWU for a shorter working week on Friday.', labour)).toEqual([
      'dockers-union demand + shorter-week',
    ]);
  });

  it('gives it to the subject when the verb makes it theirs ("made", "renewed", "put forward", "stressed")', () => {
    for (const verb of ['made', 'renewed', 'repeated', 'issued', 'stressed']) {
      expect(brief(`The union ${verb} its demand for a shorter working week on Friday.`, labour)).toEqual(['dockers-union demand + shorter-week']);
    }
    expect(brief('Kyiv renewed calls for a ceasefire on Friday.')).toEqual(['ukraine demand + ceasefire']);
    expect(brief('Zelensky stressed the need for a ceasefire on Friday.')).toEqual(['ukraine demand + ceasefire']);
  });

  it('still reads a call made as a verb, a gerund included ("continued calling for")', () => {
    expect(brief('Kyiv continued calling for a ceasefire on Friday.')).toEqual(['ukraine demand + ceasefire']);
  });
});

describe('a speaker the text does not name', () => {
  it('gives the statement no speaker for "..., a spokesperson said", rather than the subject', () => {
    const text = 'The employer dismissed the demand for a shorter working week as unaffordable, a spokesperson said.';
    const r = read(text, labour);
    expect(r.statements.map((s) => [s.holder, s.issue, s.speaker])).toEqual([['port-authority', 'shorter-week', undefined]]);
    expect(r.rules[0]).toContain('speaker.unnamed');
  });

  it('does the same for "an official", "officials", "people present", "a source close to ..." and "said a spokesperson"', () => {
    for (const text of [
      'Kyiv rejected any territorial concessions on Friday, an official said.',
      'Kyiv rejected any territorial concessions on Friday, officials said.',
      'Kyiv rejected any territorial concessions on Friday, people present said.',
      'Kyiv rejected any territorial concessions on Friday, a source close to the Kremlin said.',
      'Kyiv rejected any territorial concessions on Friday, said a spokesperson.',
      'A spokesperson said Kyiv rejected any territorial concessions on Friday.',
    ]) {
      expect([text, speakers(text)]).toEqual([text, [undefined]]);
    }
  });

  it('does not read the words of "a source close to the talks" as part of what was rejected', () => {
    // "the talks" (peace-talks in the default lexicon) are the source's, not rejected.
    expect(brief('Kyiv rejected any territorial concessions on Friday, a source close to the talks said.')).toEqual(['ukraine reject - territorial-concessions']);
  });

  it('gives no holder to a demand only an unnamed speaker makes', () => {
    expect(brief('Zelensky met Macron on Friday. "Russia must accept a ceasefire first," an official said.')).toEqual([]);
    expect(brief('Russia must accept a ceasefire first, officials said on Friday.')).toEqual([]);
  });

  // The actor's name is no one's name: the speaker is the phrase as written.
  it('lets the phrase name the actor spoken for ("a Kremlin spokesperson", "a spokesperson for the union", "officials in Brussels")', () => {
    expect(speakers('Kyiv rejected any territorial concessions on Friday, a Kremlin spokesperson said.')).toEqual([{ name: 'a Kremlin spokesperson', actor: 'russia' }]);
    expect(speakers('The employer rejected the pay rise on Friday, a spokesperson for the union said.', labour)).toEqual([
      { name: 'a spokesperson for the union', actor: 'dockers-union' },
    ]);
    expect(speakers("The employer rejected the pay rise on Friday, said a spokesperson for the Harbour Workers' Union.", labour)).toEqual([
      { name: "a spokesperson for the Harbour Workers' Union", actor: 'dockers-union' },
    ]);
    expect(speakers("The employer rejected the pay rise on Friday, a spokesperson for the Harbour Workers' Union said.", labour)).toEqual([
      { name: "a spokesperson for the Harbour Workers' Union", actor: 'dockers-union' },
    ]);
    expect(speakers('The EU is preparing new sanctions, officials in Brussels said.')).toEqual([{ name: 'officials in Brussels', actor: 'european-union' }]);
  });

  it('gives the actor an unnamed official speaks for, but not the actor\'s name as the speaker\'s', () => {
    expect(speakers('Moscow turned down the truce, a senior American official said.')).toEqual([{ name: 'a senior American official', actor: 'united-states' }]);
    expect(speakers('Moscow turned down the truce, a US diplomat said on Thursday.')).toEqual([{ name: 'a US diplomat', actor: 'united-states' }]);
    expect(speakers('Kyiv turned down the land swap, said a spokeswoman for the Kremlin.')).toEqual([{ name: 'a spokeswoman for the Kremlin', actor: 'russia' }]);
    // Named: the person, as before.
    expect(speakers('Kyiv turned down the land swap, Kremlin spokesman Dmitry Peskov said.')).toEqual([{ name: 'Dmitry Peskov', actor: 'russia' }]);
  });

  it('gives the actor of a possessive or demonym phrase ("Ukrainian officials", "the Kremlin\'s spokesman"), under the phrase as written', () => {
    expect(speakers('Kyiv rejected any territorial concessions on Friday, the Kremlin\'s spokesman said.')).toEqual([{ name: "the Kremlin's spokesman", actor: 'russia' }]);
    expect(read('Russia must accept a ceasefire first, Ukrainian officials said on Friday.').statements.map((s) => [s.holder, s.speaker?.actor])).toEqual([
      ['ukraine', 'ukraine'],
    ]);
  });
});

describe('a body named by its name or an alias', () => {
  // The self-contradiction rule hears a speaker by name: a body named two ways in one article would be two voices of
  // one holder that disagree whenever it changed its mind.
  it('speaks under the name the register gives it, however the text names it', () => {
    const union = labourSetting(['HWU', 'the union'], [shorterWeek]);
    for (const text of [
      'The union said on Monday that it rejected a shorter working week.',
      "The Harbour Workers' Union said on Monday that it rejected a shorter working week.",
      'HWU said on Monday that it rejected a shorter working week.',
    ]) {
      expect([text, speakers(text, union)]).toEqual([text, [{ name: "Harbour Workers' Union", actor: 'dockers-union' }]]);
    }
  });

  it('keeps the words of a phrase that names someone else of the body ("a spokesperson for the union")', () => {
    expect(speakers('The employer rejected a shorter working week on Friday, a spokesperson for the union said.', labour)).toEqual([
      { name: 'a spokesperson for the union', actor: 'dockers-union' },
    ]);
  });
});

describe('a pronoun or surname pointing back to an earlier sentence', () => {
  // Stances are read once the whole paragraph is read: the antecedent is
  // still the one before the sentence, not the last one of the paragraph.
  it('takes the actor or person named before it, not one named later in the paragraph', () => {
    expect(brief('Kyiv rejected talks. It wants a ceasefire. Moscow said nothing.')).toEqual(['ukraine reject - peace-talks', 'ukraine demand + ceasefire']);
    expect(brief('Zelensky rejected any territorial concessions. He demanded a ceasefire. Putin made no comment on Friday.')).toEqual([
      'ukraine reject - territorial-concessions',
      'ukraine demand + ceasefire',
    ]);
  });

  it('reads a surname as the full name before it, not one that comes after', () => {
    expect(brief('Kremlin aide Ivan Petrov met the envoy. Petrov rejected a ceasefire. Kyiv aide Olena Petrov was also there.')).toEqual(['russia reject - ceasefire']);
    expect(brief('Petrov rejected a ceasefire. Kremlin aide Ivan Petrov had met the envoy.')).toEqual([]);
  });
});

describe('speakers named together ("Macron and Merz said")', () => {
  it('each hold what they say is wanted, each as the speaker for their own actor', () => {
    const text = 'Sanctions on Russia must stay in place, Merz and Starmer said on Tuesday.';
    expect(brief(text)).toEqual(['germany demand + sanctions', 'united-kingdom demand + sanctions']);
    expect(speakers(text)).toEqual([
      { name: 'Friedrich Merz', actor: 'germany' },
      { name: 'Keir Starmer', actor: 'united-kingdom' },
    ]);
    expect(brief('Macron and Merz told reporters that Moscow has to agree to a truce.')).toEqual(['france demand + ceasefire', 'germany demand + ceasefire']);
  });

  it('each hold what their quote names, and "we" in it is all of them', () => {
    expect(brief('"We want the prisoner swap to go ahead," Macron and Merz said.')).toEqual(['france demand + prisoner-exchange', 'germany demand + prisoner-exchange']);
    expect(brief('"There can be no talks under fire," Macron and Merz said.')).toEqual(['france reject - peace-talks', 'germany reject - peace-talks']);
  });

  it('are not a speaker and someone met or named in passing', () => {
    expect(brief('Macron, after talks with Merz, said Russia must agree to a truce.')).toEqual(['france demand + ceasefire']);
    // The stance of a third party they report stays its own.
    expect(brief('Macron and Merz said Moscow rejected the truce.')).toEqual(['russia reject - ceasefire']);
  });
});

describe('three or more subjects listed ("Britain, France and Germany backed X", a review of articles on coalition talks)', () => {
  it('each hold the stance, the first of them too', () => {
    expect(brief('Britain, France and Germany backed a ceasefire on Monday.')).toEqual(['united-kingdom support + ceasefire', 'france support + ceasefire', 'germany support + ceasefire']);
    expect(brief('Britain, France, Turkey and Germany backed a ceasefire.')).toEqual(['united-kingdom support + ceasefire', 'france support + ceasefire', 'turkey support + ceasefire', 'germany support + ceasefire']);
  });

  it('takes a name before a comma alone for no subject, with no "and" after it', () => {
    expect(brief('After Britain, France backed a ceasefire.')).toEqual(['france support + ceasefire']);
  });
});

describe('a stance taken up by another ("Macron echoed Kyiv\'s call for X")', () => {
  it('is held by the one taking it up as well as by its owner', () => {
    expect(brief('Starmer echoed Zelensky\'s call for a truce.')).toEqual(['ukraine demand + ceasefire', 'united-kingdom demand + ceasefire']);
    expect(brief('Paris and Berlin shared Kyiv\'s refusal of territorial concessions.')).toEqual([
      'ukraine reject - territorial-concessions',
      'france reject - territorial-concessions',
      'germany reject - territorial-concessions',
    ]);
    expect(brief('Merz joined Zelensky in calling for a prisoner swap.')).toEqual(['ukraine demand + prisoner-exchange', 'germany demand + prisoner-exchange']);
    // Owned by no one named: only the one taking it up.
    expect(brief('Macron and Merz echoed the call for a truce.')).toEqual(['france demand + ceasefire', 'germany demand + ceasefire']);
  });

  it('takes up what the owner stated last when it names no issue', () => {
    const text = 'Kyiv ruled out territorial concessions on Monday. Zelensky demanded a truce. Starmer and Macron later echoed Kyiv\'s rejection.';
    expect(brief(text)).toEqual([
      'ukraine reject - territorial-concessions',
      'ukraine demand + ceasefire',
      'united-kingdom reject - territorial-concessions',
      'france reject - territorial-concessions',
    ]);
    expect(read(text).rules[2]).toContain('scope:echo-earlier:ukraine');
    expect(brief('Zelensky demanded a truce. Starmer echoed the Ukrainian demand.')).toEqual(['ukraine demand + ceasefire', 'united-kingdom demand + ceasefire']);
  });

  it('takes up nothing through a verb that does not adopt it, nor what no one stated before', () => {
    expect(brief('Moscow discussed Kyiv\'s call for a truce.')).toEqual(['ukraine demand + ceasefire']);
    expect(brief('Kyiv ruled out territorial concessions. Moscow mocked Kyiv\'s rejection.')).toEqual(['ukraine reject - territorial-concessions']);
    expect(brief('Starmer echoed Kyiv\'s rejection.')).toEqual([]);
    // The owner stated a demand, not a rejection.
    expect(brief('Zelensky demanded a truce. Starmer echoed Kyiv\'s rejection.')).toEqual(['ukraine demand + ceasefire']);
    expect(brief('Merz joined the talks on a truce.')).toEqual([]);
  });
});

describe('a name after a gerund that a preposition governs ("Macron, after meeting Merz, said")', () => {
  it('is the gerund\'s object, not the speaker or the subject', () => {
    expect(speakers('Macron, after meeting Merz, said Moscow must agree to a truce.')).toEqual([{ name: 'Emmanuel Macron', actor: 'france' }]);
    expect(brief('Starmer, while visiting Kyiv, called for a truce.')).toEqual(['united-kingdom demand + ceasefire']);
    expect(brief('Macron, before calling Putin, said Kyiv must get security guarantees.')).toEqual(['france demand + security-guarantees']);
  });

  it('leaves a name after a noun of the same form ("after the meeting Merz said") the speaker', () => {
    expect(speakers('After the meeting Merz said Moscow must agree to a truce.')).toEqual([{ name: 'Friedrich Merz', actor: 'germany' }]);
  });
});
