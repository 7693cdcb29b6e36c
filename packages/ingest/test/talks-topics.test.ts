// What talks are about is the talks' matter, not a stance of its own: a
// party ready for "talks on territorial questions" takes a stance on the
// talks, not on ceding territory. The talks issue is whatever the lexicon's
// "talks" names (peace-talks by default); a verb that is about the matter
// itself ("refuses to discuss X", "demands X") keeps its reading.
import { isRight } from 'fp-ts/lib/Either.js';
import type { Statement } from '@stancelog/core';
import { ingestText, type IngestOptions } from '@stancelog/ingest';
import { brief, read } from './briefs.js';
import { coalitionSetting } from './coalition-setting.js';
import { labourSetting } from './labour-setting.js';

const inSetting = (text: string, options: IngestOptions): string[] => {
  const r = ingestText(text, { publishedAt: '2026-03-02' }, options);
  if (!isRight(r)) throw new Error(r.left.message);
  return r.right.statements.map((s: Statement) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}`);
};

const payRise = { id: 'wage-increase', title: 'Wage increase', proposition: 'pay rises above inflation', phrases: ['pay rise'] };
const mediation = { id: 'mediation', title: 'Mediation', proposition: 'a mediator settles the dispute', phrases: ['talks', 'negotiations'] };

describe('an issue named as the topic of talks gives no stance of its own', () => {
  it('reads readiness for "talks on territorial questions" as readiness for talks only', () => {
    expect(brief('Kyiv says it is ready for talks on territorial questions.')).toEqual(['ukraine accept + peace-talks']);
    expect(brief('Moscow rejected negotiations about territorial concessions on Tuesday.')).toEqual(['russia reject - peace-talks']);
    expect(brief('The Kremlin wants talks over sanctions.')).toEqual(['russia demand + peace-talks']);
  });

  it('puts the truce before the talks, not before the concession the talks are about', () => {
    const found = read('Ukraine insists that Russia must agree to a ceasefire before any talks on territorial concessions.');
    expect(found.map((x) => x.brief)).toEqual(['ukraine demand + ceasefire', 'ukraine condition + peace-talks']);
    expect(found[1]!.conditions).toEqual([{ issue: 'ceasefire', polarity: '+' }]);
    expect(found.map((x) => x.brief)).not.toContain('ukraine condition + territorial-concessions');
  });

  it('reads past the parties talked with ("talks with Moscow on X") and through a list of topics', () => {
    expect(brief('Kyiv rejected talks with Moscow on a ceasefire.')).toEqual(['ukraine reject - peace-talks']);
    expect(brief('Kyiv is ready for negotiations with Washington and Moscow about its NATO membership.')).toEqual(['ukraine accept + peace-talks']);
    expect(brief('Kyiv turned down talks on territorial concessions and NATO membership.')).toEqual(['ukraine reject - peace-talks']);
  });

  it('reads a topic after modifiers and possessives ("about our security guarantees")', () => {
    expect(brief('"We are ready for talks about our security guarantees," Zelensky said.')).toEqual(['ukraine accept + peace-talks']);
    expect(brief('Kyiv proposed talks on a prisoner exchange.')).toEqual(['ukraine propose + peace-talks']);
  });

  it('reads "a discussion of X", a noun of talks the lexicon does not name, as the talks', () => {
    expect(brief('Kyiv rejected any discussion of NATO membership.')).toEqual(['ukraine reject - peace-talks']);
  });

  it('takes the talks issue from the lexicon: in a labour dispute "talks" are its mediation', () => {
    const labour = labourSetting(['HWU'], [payRise, mediation]);
    expect(inSetting('The HWU wants talks on a pay rise.', labour)).toEqual(['dockers-union demand + mediation']);
    expect(inSetting('The port authority rejected negotiations about a pay rise.', labour)).toEqual(['port-authority reject - mediation']);
  });
});

describe('an order whose later item is talks on a matter, followed by a predicate of its own', () => {
  it('conditions the talks only, and the matter of the later predicate keeps its own reading', () => {
    const said = (text: string) => read(text).map((x) => `${x.brief}${x.conditions.map((c) => ` if ${c.issue} ${c.polarity}`).join('')}`);
    expect(said('Kyiv demands a full truce before any talks on territory can start, and insisted that it will never recognise the annexation of Crimea.')).toEqual([
      'ukraine demand + ceasefire',
      'ukraine condition + peace-talks if ceasefire +',
      'ukraine red-line - territorial-concessions',
    ]);
  });
});

describe('a stance on the matter itself keeps its reading', () => {
  it('keeps a verb about the matter ("refuses to discuss X", "demands X", "willing to negotiate X")', () => {
    expect(brief('Ukraine refuses to discuss territorial concessions.')).toEqual(['ukraine reject - territorial-concessions']);
    expect(brief('Russia demands territorial concessions.')).toEqual(['russia demand + territorial-concessions']);
    expect(brief('Russia agreed to discuss a ceasefire.')).toEqual(['russia agree + ceasefire']);
    expect(brief('Kyiv is willing to negotiate security guarantees.')).toEqual(['ukraine support + security-guarantees']);
  });

  it('keeps an issue after talks that is no topic of them ("talks on Monday and rejects X", a new clause)', () => {
    expect(brief('Kyiv wants talks on Monday and rejects territorial concessions.')).toEqual(['ukraine demand + peace-talks', 'ukraine reject - territorial-concessions']);
    expect(brief('Kyiv wants talks on a ceasefire and rejects territorial concessions.')).toEqual(['ukraine demand + peace-talks', 'ukraine reject - territorial-concessions']);
    expect(brief('Kyiv held talks with Moscow, and Russia demanded territorial concessions.')).toEqual(['russia demand + territorial-concessions']);
  });

  it('keeps the matter of a labour dispute outside its talks', () => {
    const labour = labourSetting(['HWU'], [payRise, mediation]);
    expect(inSetting('The HWU wants a pay rise and talks.', labour)).toEqual(['dockers-union demand + wage-increase', 'dockers-union demand + mediation']);
  });
});

describe('talks named as the setting of a stance give no stance on the talks', () => {
  it('reads a demand made "in the talks with Kyiv" as the demand alone, not a demand for talks', () => {
    expect(brief('Russia demanded territorial concessions in the talks with Kyiv.')).toEqual(['russia demand + territorial-concessions']);
    expect(brief('Russia demanded territorial concessions during the negotiations with Ukraine.')).toEqual(['russia demand + territorial-concessions']);
  });

  it('reads "at the Istanbul talks", "ahead of the talks", "at the meeting with Russia" and a setting opening the sentence alike', () => {
    expect(brief('Ukraine proposed a prisoner exchange at the Istanbul talks.')).toEqual(['ukraine propose + prisoner-exchange']);
    expect(brief('Ukraine agreed to a ceasefire in principle during the talks in Jeddah.')).toEqual(['ukraine agree + ceasefire']);
    expect(brief('Kyiv rejected territorial concessions ahead of the talks in Geneva.')).toEqual(['ukraine reject - territorial-concessions']);
    expect(brief('Kyiv called for a ceasefire at the meeting with Russia.')).toEqual(['ukraine demand + ceasefire']);
    expect(brief('At the talks in Istanbul, Russia demanded territorial concessions.')).toEqual(['russia demand + territorial-concessions']);
  });

  it('reads the talks of another negotiation the same way ("in the coalition talks")', () => {
    const r = ingestText('Labour leader Ann Moss ruled out a wealth tax in the coalition talks.', { publishedAt: '2026-03-02' }, coalitionSetting);
    if (!isRight(r)) throw new Error(r.left.message);
    expect(r.right.statements.map((s) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}`)).toEqual(['labour reject - wealth-tax']);
  });

  it('reads how long talks lasted ("after 19 hours of talks", followed "weeks of frank talks") as a time, not an object', () => {
    expect(brief('Kyiv signed the ceasefire agreement on Wednesday after 19 hours of talks.')).toEqual(['ukraine commit + ceasefire']);
    expect(brief('Zelensky said the deal followed "weeks of frank talks" with Washington.')).toEqual([]);
    // Talks of a length agreed to are still talks: no word of time or sequence before them.
    expect(brief('Kyiv agreed to two more weeks of talks.')).toEqual(['ukraine agree + peace-talks']);
    // Which day of them, as how long (a review of election talks).
    expect(brief('Kyiv said it would accept a ceasefire, on the third day of peace talks mediated by Turkey.')).toEqual(['ukraine accept + ceasefire']);
  });

  it('ends an object at ", according to" (a review of league talks: "according to two people briefed on the talks")', () => {
    expect(brief('Russia dropped its demand for territorial concessions, according to two people briefed on the talks.')).toEqual(['russia retract + territorial-concessions']);
  });

  it('keeps talks that are what the stance is about: taking part, a role, or no other issue before them', () => {
    expect(brief('Kyiv wants to take part in the talks.')).toEqual(['ukraine demand + peace-talks']);
    expect(brief('Kyiv wants a ceasefire and a role in the talks.')).toEqual(['ukraine demand + ceasefire', 'ukraine demand + peace-talks']);
    expect(brief('Russia demanded a seat for Washington at the talks.')).toEqual(['russia demand + peace-talks']);
  });
});

describe('a verb of asking joined by "and" to a verb before it ("opposes the strike and urged both sides to return to talks", a leftover of stop 48)', () => {
  const strike = { id: 'strike', title: 'Strike', proposition: 'the dockers stay on strike', phrases: ['strike'] };
  const text = 'The port authority opposes the strike and urged both sides to return to talks.';

  it("asks for what its own infinitive names, not for the other verb's object", () => {
    // It read a demand for the strike: "the strike" carried over "and" to "urged", which asks for talks.
    expect(inSetting(text, labourSetting(['the union'], [strike]))).toEqual(['port-authority reject - strike']);
  });

  it('is a demand for the talks where the lexicon names them, as "urged both sides to return to talks" alone is', () => {
    expect(inSetting(text, labourSetting(['the union'], [strike, mediation]))).toEqual(['port-authority reject - strike', 'port-authority demand + mediation']);
    expect(inSetting('The port authority urged both sides to return to talks.', labourSetting(['the union'], [strike, mediation]))).toEqual(['port-authority demand + mediation']);
  });

  it('still asks for the thing named before when what follows only stands for it ("to accept it")', () => {
    expect(inSetting('The port authority welcomed the pay rise and urged both sides to accept it.', labourSetting(['the union'], [strike, payRise]))).toEqual([
      'port-authority support + wage-increase',
      'port-authority demand + wage-increase',
    ]);
  });

  it('asks for the thing named before undone when what follows undoes it ("to call it off", a leftover of stop 49)', () => {
    // It read a demand for the strike: the pronoun was read as the strike named before "urged", past the verb that ends it.
    const setting = labourSetting(['the union'], [strike]);
    for (const undone of ['call it off', 'end it', 'drop it', 'abandon it']) {
      expect([undone, inSetting(`The port authority opposes the strike and urged the union to ${undone}.`, setting)]).toEqual([undone, ['port-authority reject - strike', 'port-authority demand - strike']]);
    }
    expect(inSetting('The port authority opposes the strike and called on the union to call it off.', setting)).toEqual(['port-authority reject - strike', 'port-authority demand - strike']);
    // As named: "to call off the strike"; and a refusal to end it holds on to it, as "refused to call off the strike" does.
    expect(inSetting('The port authority opposes the strike and urged the union to call off the strike.', setting)).toEqual(['port-authority reject - strike', 'port-authority demand - strike']);
    expect(inSetting('The union announced the strike and refused to call it off.', setting)).toEqual(inSetting('The union announced the strike and refused to call off the strike.', setting));
    expect(inSetting('The port authority backed the strike and urged the union to continue it.', setting)).toEqual(['port-authority support + strike', 'port-authority demand + strike']);
  });
});
