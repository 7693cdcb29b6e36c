import { isRight } from 'fp-ts/lib/Either.js';
import { ingestText, prepareOptions } from '@stancelog/ingest';
import { coalitionSetting } from './coalition-setting.js';

const read = (text: string, options = coalitionSetting) => {
  const r = ingestText(text, { publishedAt: '2026-03-04' }, options);
  if (!isRight(r)) throw new Error(r.left.message);
  return r.right.statements.map((s, i) => ({ s, rules: [...r.right.explanations[i]!.rules] }));
};
const stances = (text: string, options = coalitionSetting) =>
  read(text, options).map(({ s }) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}${s.speaker ? ` by ${s.speaker.name}` : ''}`);

describe('a quoted "no" given as the answer on an issue the sentence opens with', () => {
  it('is the speaker\'s rejection of that issue', () => {
    expect(stances('On the wealth tax, the Greens said: "Not with us."')).toEqual(['green-alliance reject - wealth-tax by the Greens']);
    expect(stances('Asked about the rent cap, Labour said "no".')).toEqual(['labour reject - rent-cap by Labour']);
    expect(stances('Asked about the rent cap, Labour\'s Ann Moss said: "Absolutely not."')).toEqual(['labour reject - rent-cap by Ann Moss']);
    expect(stances('Asked about the ceasefire, Peskov said "no".', prepareOptions({}))).toEqual(['russia reject - ceasefire by Dmitry Peskov']);
  });

  it('names the rule that read it', () => {
    const [found] = read('On the wealth tax, the Greens said: "No." Labour agreed.');
    expect(found!.rules).toEqual(expect.arrayContaining(['cue:reject.quoted-answer', 'scope:topic']));
  });

  it('is read inside the quote too, the issue first and the refusal after a comma, colon or dash', () => {
    expect(stances('"A wealth tax: not with us," the Greens said.')).toEqual(['green-alliance reject - wealth-tax by the Greens']);
    expect(stances('"The rent cap - never," said Labour\'s Ann Moss.')).toEqual(['labour reject - rent-cap by Ann Moss']);
  });

  it('states nothing when the quote says more than "no", or something else', () => {
    expect(stances('Asked about the rent cap, Labour said "no comment".')).toEqual([]);
    expect(stances('Asked about the rent cap, Labour said "not yet".')).toEqual([]);
    expect(stances('On the rent cap, the Greens said: "No decision has been taken."')).toEqual([]);
    expect(stances('On the rent cap, the Greens said "no", according to Labour.')).toEqual([]);
  });

  it('states nothing without one issue as the topic, or without a speaker who acts for someone', () => {
    expect(stances('On Monday, the Greens said: "No."')).toEqual([]);
    expect(stances('On the rent cap and the wealth tax, the Greens said: "No."')).toEqual([]);
    expect(stances('On the rent cap, a spokesperson said: "No."')).toEqual([]);
  });

  it('leaves a quote that merely names the issue as it was', () => {
    expect(stances('"A rent cap, no doubt, would help," the Greens said.')).toEqual(['green-alliance support + rent-cap by the Greens']);
  });
});
