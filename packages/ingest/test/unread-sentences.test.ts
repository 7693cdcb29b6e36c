// A sentence of prose that gives no statement is listed in
// `IngestResult.unread`, with the furthest its reading got: a reader whose
// sentence was lost can tell whether a cue, a holder or an issue was missing.
import { isRight } from 'fp-ts/lib/Either.js';
import { ingestText, type IngestOptions, type IngestResult } from '@stancelog/ingest';
import { labourSetting, shorterWeek } from './labour-setting.js';

// The union and the employer (the port authority) are known; the issue is a shorter week.
const labour = labourSetting(['the union'], [shorterWeek]);

const ingest = (text: string, options: IngestOptions = labour): IngestResult => {
  const r = ingestText(text, { publishedAt: '2026-02-10' }, options);
  if (!isRight(r)) throw new Error(r.left.message);
  return r.right;
};

/** Each unread sentence as its text and what was said of it (fields left out when absent). */
const unread = (text: string, options?: IngestOptions) =>
  ingest(text, options).unread.map(({ sentence, ...why }) => ({ text: text.slice(sentence[0], sentence[1]), ...why }));

describe('the sentences of prose that gave no statement', () => {
  it('are listed at their offsets, and the sentences that gave statements are not', () => {
    const text = 'The union demanded a shorter working week. Pickets gathered at the north gate before dawn.';
    const r = ingest(text);
    expect(r.statements.map((s) => s.holder)).toEqual(['dockers-union']);
    expect(unread(text)).toEqual([{ text: 'Pickets gathered at the north gate before dawn.', reason: 'no-cue' }]);
  });

  it('leave out the lines set aside as boilerplate, which `lines` names', () => {
    const text = 'Dock strike enters second week\nPickets gathered at the north gate before dawn.\nSubscribe to our newsletter';
    expect(unread(text).map((u) => u.text)).toEqual(['Pickets gathered at the north gate before dawn.']);
  });

  it('never overlap a sentence that gave a statement', () => {
    const text = 'The union demanded a shorter working week on Monday. The cranes stood idle. The employer rejected the demand, a spokesman said.';
    const r = ingest(text);
    for (const u of r.unread) for (const e of r.explanations) expect(u.sentence[1] <= e.sentence[0] || e.sentence[1] <= u.sentence[0]).toBe(true);
    expect(r.unread.map((u) => text.slice(...u.sentence))).toEqual(['The cranes stood idle.']);
  });

  it('name a question as such: a question states no position', () => {
    expect(unread('Will the union accept a shorter working week?')).toEqual([{ text: 'Will the union accept a shorter working week?', reason: 'question' }]);
  });
});

describe('why a sentence with a cue gave nothing', () => {
  it('is no holder when the cue has no actor of the register as its subject, naming the words looked at', () => {
    expect(unread('A union official said the crane operators are ready to accept a shorter working week.')).toEqual([
      { text: 'A union official said the crane operators are ready to accept a shorter working week.', reason: 'no-holder', cue: 'accept.readiness', words: 'the crane operators' },
    ]);
    expect(unread('The stevedores rejected a shorter working week.')).toEqual([
      { text: 'The stevedores rejected a shorter working week.', reason: 'no-holder', cue: 'reject.verb', words: 'The stevedores' },
    ]);
  });

  it('names the speaker for a stance the speaker holds, and for quoted "we"', () => {
    expect(unread('Night shifts must end, a harbour pilot said.')[0]).toMatchObject({ reason: 'no-holder', cue: 'demand.modal', words: 'a harbour pilot' });
    expect(unread('"We reject a shorter working week," a crane driver told reporters.')[0]).toMatchObject({ reason: 'no-holder', words: 'a crane driver' });
  });

  it('is no issue when a holder is found but nothing the lexicon knows is in the cue\'s scope', () => {
    const text = 'The union demanded longer lunch breaks.';
    expect(unread(text, { ...labour, provisional: false })).toEqual([{ text, reason: 'no-issue', cue: 'demand.verb' }]);
    // With provisional issues (the default) the demand is read, on an issue of its own words.
    expect(unread(text)).toEqual([]);
  });

  it('is "only possible" when the issue is named as a mere possibility', () => {
    expect(unread('The employer proposed a possible shorter week.')).toEqual([
      { text: 'The employer proposed a possible shorter week.', reason: 'only-possible', cue: 'propose.verb' },
    ]);
  });

  it('is "set aside", with the rule, when the cue is used in a way that states no stance', () => {
    expect(unread('The employer denied that it had rejected a shorter week.')).toEqual([
      { text: 'The employer denied that it had rejected a shorter week.', reason: 'set-aside', cue: 'reject.verb', rule: 'denied' },
    ]);
  });

  it('prefers the cue that got furthest: a holder found outweighs another cue with none', () => {
    // "the crane operators" hold nothing; "the union" holds a demand on a matter the lexicon does not know.
    const [why] = unread('The crane operators rejected overtime bans and the union demanded longer lunch breaks.', { ...labour, provisional: false });
    expect(why).toMatchObject({ reason: 'no-issue', cue: 'demand.verb' });
  });
});

describe('the default setting', () => {
  it('reports a party outside the default register as no holder, the first thing to add with --actors', () => {
    const text = 'The harbour union rejected any ceasefire talk at the docks.';
    expect(ingest(text, {}).statements).toEqual([]);
    expect(unread(text, {})[0]).toMatchObject({ reason: 'no-holder', words: 'The harbour union' });
  });
});
