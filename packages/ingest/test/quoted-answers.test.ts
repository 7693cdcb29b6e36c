import { isRight } from 'fp-ts/lib/Either.js';
import { ingestText, prepareOptions } from '@stancelog/ingest';
import { coalitionSetting } from './coalition-setting.js';
import { brief as defaults } from './briefs.js';

const read = (text: string, options = coalitionSetting) => {
  const r = ingestText(text, { publishedAt: '2026-03-04' }, options);
  if (!isRight(r)) throw new Error(r.left.message);
  return r.right.statements.map((s, i) => ({ s, rules: [...r.right.explanations[i]!.rules] }));
};
const stances = (text: string, options = coalitionSetting) =>
  read(text, options).map(({ s }) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}${s.speaker ? ` by ${s.speaker.name}` : ''}`);

describe('a quoted "no" given as the answer on an issue the sentence opens with', () => {
  it('is the speaker\'s rejection of that issue', () => {
    expect(stances('On the wealth tax, the Greens said: "Not with us."')).toEqual(['green-alliance reject - wealth-tax by Green Alliance']);
    expect(stances('Asked about the rent cap, Labour said "no".')).toEqual(['labour reject - rent-cap by Labour']);
    expect(stances('Asked about the rent cap, Labour\'s Ann Moss said: "Absolutely not."')).toEqual(['labour reject - rent-cap by Ann Moss']);
    expect(stances('Asked about the ceasefire, Peskov said "no".', prepareOptions({}))).toEqual(['russia reject - ceasefire by Dmitry Peskov']);
  });

  it('names the rule that read it', () => {
    const [found] = read('On the wealth tax, the Greens said: "No." Labour agreed.');
    expect(found!.rules).toEqual(expect.arrayContaining(['cue:reject.quoted-answer', 'scope:topic']));
  });

  it('is read inside the quote too, the issue first and the refusal after a comma, colon or dash', () => {
    expect(stances('"A wealth tax: not with us," the Greens said.')).toEqual(['green-alliance reject - wealth-tax by Green Alliance']);
    expect(stances('"The rent cap - never," said Labour\'s Ann Moss.')).toEqual(['labour reject - rent-cap by Ann Moss']);
  });

  it('states nothing when the quote says more than "no", or something else', () => {
    expect(stances('Asked about the rent cap, Labour said "no comment".')).toEqual([]);
    expect(stances('On the rent cap, the Greens said: "No decision has been taken."')).toEqual([]);
    expect(stances('On the rent cap, the Greens said "no", according to Labour.')).toEqual([]);
  });

  it('states nothing without one issue as the topic, or without a speaker who acts for someone', () => {
    expect(stances('On Monday, the Greens said: "No."')).toEqual([]);
    expect(stances('On the rent cap and the wealth tax, the Greens said: "No."')).toEqual([]);
    expect(stances('On the rent cap, a spokesperson said: "No."')).toEqual([]);
  });

  it('leaves a quote that merely names the issue as it was', () => {
    expect(stances('"A rent cap, no doubt, would help," the Greens said.')).toEqual(['green-alliance support + rent-cap by Green Alliance']);
  });

  it('ends at a comma or dash after "yes" or "no" that goes on: the words after it are read by no rule, so nothing is stated', () => {
    expect(stances('"A rent cap: yes, but not this year," the Greens said.')).toEqual([]);
    expect(stances('"A rent cap: no, not this year," the Greens said.')).toEqual([]);
    expect(stances('Asked about the rent cap, Labour said: "Yes, but only after the election."')).toEqual([]);
  });
});

describe('a quoted answer that puts an issue off ("not yet", "maybe later", "we\'ll see")', () => {
  it('is the speaker\'s hedge on it, never support', () => {
    expect(stances('"A rent cap: not yet," the Greens said.')).toEqual(['green-alliance hedge 0 rent-cap by Green Alliance']);
    expect(stances('"The wealth tax - maybe later," said Labour\'s Ann Moss.')).toEqual(['labour hedge 0 wealth-tax by Ann Moss']);
    expect(stances('Asked about the rent cap, Labour said "not yet".')).toEqual(['labour hedge 0 rent-cap by Labour']);
    expect(stances('On the wealth tax, the Greens said: "We\'ll see."')).toEqual(['green-alliance hedge 0 wealth-tax by Green Alliance']);
  });

  it('names the rule that read it', () => {
    const [found] = read('"A rent cap: not now," the Greens said.');
    expect(found!.rules).toEqual(expect.arrayContaining(['cue:hedge.quoted-answer', 'scope:topic']));
  });

  it('answers a question put to the speaker ("Asked whether X would ...") on the first issue it names (a review of a port strike)', () => {
    expect(stances('Asked whether Labour would accept a rent cap to win the Greens, Labour\'s Ann Moss said: "We\'ll see."')).toEqual(['labour hedge 0 rent-cap by Ann Moss']);
    expect(stances('Asked if Labour would back a wealth tax, Labour said "no".')).toEqual(['labour reject - wealth-tax by Labour']);
  });

  it('reads declining to say for now as putting it off ("not going to speculate", "a conversation for another day")', () => {
    expect(stances('On the rent cap, Labour said: "I am not going to speculate about that today."')).toEqual(['labour hedge 0 rent-cap by Labour']);
    expect(stances('On the rent cap, Labour said: "I will not answer hypothetical questions."')).toEqual(['labour hedge 0 rent-cap by Labour']);
    expect(stances('Asked about the wealth tax, Labour\'s Ann Moss said that was "a conversation for another day".')).toEqual(['labour hedge 0 wealth-tax by Ann Moss']);
  });

  it('is no hedge when the quote goes on after it', () => {
    expect(stances('Asked about the rent cap, Labour said "not yet, we are still talking".')).toEqual([]);
  });

  // 'Fenwick, asked whether the company would bid, said it was "far too early to say."' read nothing: the frame was read
  // only where it opened the sentence, and "far" ended the hedge (the negotiations' misses, stop 56).
  it('answers a question set off after the name that answers it, and "far too early to say" puts it off', () => {
    expect(stances('Dahl, asked whether the government would back a wealth tax, said it was "far too early to say."')).toEqual(['norland hedge 0 wealth-tax by Karl Dahl']);
    expect(stances('Karl Dahl, asked about the rent cap, said "no".')).toEqual(['norland reject - rent-cap by Karl Dahl']);
    // Not a question the name's own clause tells of.
    expect(stances('Dahl, who was asked about the rent cap, said "no".')).toEqual([]);
  });
});

describe('a quoted plain "yes" given as the answer on an issue', () => {
  it('is the speaker\'s support of it', () => {
    expect(stances('Asked about a wealth tax, Labour said "yes".')).toEqual(['labour support + wealth-tax by Labour']);
    expect(stances('On the rent cap, the Greens said: "Of course."')).toEqual(['green-alliance support + rent-cap by Green Alliance']);
    expect(stances('"A rent cap: absolutely," said Labour\'s Ann Moss.')).toEqual(['labour support + rent-cap by Ann Moss']);
  });

  it('names the rule that read it', () => {
    const [found] = read('Asked about a wealth tax, Labour said "yes".');
    expect(found!.rules).toEqual(expect.arrayContaining(['cue:support.quoted-answer', 'scope:topic']));
  });

  it('carries the condition of a trailing "if ..." where it names an issue, and is plain support where it names none', () => {
    const [conditioned] = read('Asked about the rent cap, Labour said: "Yes, if the Greens accept a wealth tax."');
    expect([conditioned!.s.kind, conditioned!.s.polarity, conditioned!.s.conditions]).toEqual(['support', '+', [{ issue: 'wealth-tax', polarity: '+' }]]);
    expect(conditioned!.rules).toContain('condition.marker:if');
    const kremlin = read('On the ceasefire, the Kremlin said: "Yes, if Kyiv withdraws."', prepareOptions({}));
    expect(kremlin.map(({ s }) => [s.holder, s.kind, s.polarity, s.issue, s.conditions])).toEqual([['russia', 'support', '+', 'ceasefire', undefined]]);
  });

  it('states nothing for a yes that is no whole answer, or from an unnamed speaker', () => {
    expect(stances('Asked about a wealth tax, Labour said "yes and no".')).toEqual([]);
    expect(stances('Asked about a wealth tax, Labour said "of course not yet".')).toEqual([]);
    expect(stances('On the rent cap, a spokesperson said: "Yes."')).toEqual([]);
  });
});

describe('a quote that asks its own question on an issue and answers it', () => {
  it('is read as the issue named and then answered', () => {
    expect(stances('"A wealth tax? Not with us," the Greens said.')).toEqual(['green-alliance reject - wealth-tax by Green Alliance']);
    expect(stances('"A rent cap? Yes," said Labour\'s Ann Moss.')).toEqual(['labour support + rent-cap by Ann Moss']);
    expect(stances('"And the rent cap? Not yet," the Greens said.')).toEqual(['green-alliance hedge 0 rent-cap by Green Alliance']);
    // An answer that says what harm the thing would do judges it.
    expect(stances('"A wealth tax? It would ruin us," Labour said.')).toEqual(['labour reject - wealth-tax by Labour']);
  });

  it('states nothing when the question says more than the issue, or the answer is no whole answer', () => {
    expect(stances('"Will the Greens accept a wealth tax? We doubt it," Labour said.')).toEqual([]);
    expect(stances('A wealth tax? Labour said no.')).toEqual([]);
  });
});

describe('quoted words on an issue with no cue (a review of bailout talks)', () => {
  it('back it, weakly, as the speaker\'s mention of it', () => {
    expect(stances('"A wealth tax, and soon," the Greens said.')).toEqual(['green-alliance support + wealth-tax by Green Alliance']);
  });

  // 'a vote would go ahead "deal or no deal"' read both halves, a support and a refusal (the negotiations' wrong
  // readings, stop 56).
  it('state nothing on a thing named as "X or no X", or "X or not": whatever becomes of it', () => {
    expect(stances('"Wealth tax or no wealth tax, we will govern," Labour said.')).toEqual([]);
    expect(stances('Labour said the talks would go on "rent cap or no rent cap."')).toEqual([]);
    expect(stances('"Rent cap or not, we will keep talking," the Greens said.')).toEqual([]);
  });

  it('state nothing when they say what it would be, or act on it by a verb no rule reads', () => {
    expect(stances('"A wealth tax today, with growth at zero, would be a leap in the dark," Labour said.')).toEqual([]);
    expect(stances('Labour said it would "tear up the wealth tax" if it won.')).not.toContain('labour support + wealth-tax by Labour');
  });
});

describe('a question answered in words that name no issue and state no stance', () => {
  it('leaves what was asked open: a hedge of the one who answers', () => {
    expect(defaults('Asked whether Kyiv would accept a ceasefire, Zelensky said: "We will decide when we see the text."')).toEqual(['ukraine hedge 0 ceasefire']);
    // A verb that states a stance only on a thing named after it names none here ("prefers to talk", "keeping every option open").
    expect(defaults('Asked whether Kyiv would accept a ceasefire, Zelensky said Kyiv "prefers to talk".')).toEqual(['ukraine hedge 0 ceasefire']);
    expect(defaults('Asked whether Kyiv would accept a ceasefire, Zelensky said Kyiv was "keeping every option open".')).toEqual(['ukraine hedge 0 ceasefire']);
  });

  it('reads the quoted answer alone when the sentence goes on with another thing said ("and that ...", ", adding that ...")', () => {
    expect(defaults('Asked whether Kyiv would accept a ceasefire, Zelensky said the question was "under review" and that nothing would happen before May.')).toEqual(['ukraine hedge 0 ceasefire']);
    expect(defaults('Asked whether Kyiv would accept a ceasefire, Zelensky said he would "not speculate about hypotheticals," adding that Kyiv wanted new sanctions.')).toEqual(['ukraine demand + sanctions', 'ukraine hedge 0 ceasefire']);
    // Without a question, a quote that does not end the sentence is no answer.
    expect(defaults('On the ceasefire, Zelensky said the question was "under review" and that nothing would happen before May.')).toEqual([]);
  });

  it('asks of the first issue the question names, past a comma inside the question ("Asked whether Kyiv, after the shelling, would ...")', () => {
    expect(defaults('Asked whether Kyiv, after the shelling of Odesa, would accept a ceasefire, Zelensky said: "We will decide when we see the text."')).toEqual(['ukraine hedge 0 ceasefire']);
  });

  it('reads "Nothing is off the table", "Everything is still on the table" as keeping every option, a hedge (reviews of rent and budget talks)', () => {
    expect(defaults('Asked whether Kyiv would accept a ceasefire, Zelensky said: "Nothing is off the table."')).toEqual(['ukraine hedge 0 ceasefire']);
    expect(defaults('Asked whether Kyiv would accept a ceasefire, Zelensky said: "Everything is still on the table."')).toEqual(['ukraine hedge 0 ceasefire']);
  });

  it('leaves an answer that names an issue or states a stance to be read as it is, and a topic not asked to nothing', () => {
    expect(defaults('Asked whether Kyiv would accept a ceasefire, Zelensky said: "We will never give up our land."')).toEqual(['ukraine red-line - territorial-concessions']);
    expect(defaults('On the ceasefire, Zelensky said: "We will decide when we see the text."')).toEqual([]);
  });
});

describe('"Not while I am in office" as an answer (a review of defence talks)', () => {
  it('refuses what was asked; "Not until X" waits, a hedge', () => {
    expect(defaults('Asked whether Kyiv would accept a ceasefire, Zelensky said: "Not while I am president."')).toEqual(['ukraine reject - ceasefire']);
    expect(defaults('Asked whether Kyiv would accept a ceasefire, Zelensky said: "Not until the troops leave."')).toEqual(['ukraine hedge 0 ceasefire']);
  });
});
