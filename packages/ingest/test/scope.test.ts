import { isRight } from 'fp-ts/lib/Either.js';
import type { Statement } from '@stancelog/core';
import { ingestText } from '@stancelog/ingest';

const briefOf = (text: string): string[] => statementsOf(text).map((s) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}`);
const statementsOf = (text: string): Statement[] => {
  const r = ingestText(text, { publishedAt: '2025-06-07' });
  if (!isRight(r)) throw new Error(r.left.message);
  return [...r.right.statements];
};

describe('the reach of a cue and whose it is', () => {
  it('ends a verb\'s object at an inserted attribution (", officials said, as ...")', () => {
    const st = statementsOf('Kyiv rejected any territorial concessions on Friday, officials said, as the talks in Geneva stalled.');
    expect(st.map((s) => `${s.holder} ${s.issue} ${s.polarity}`)).toEqual(['ukraine territorial-concessions -']);
  });

  it('gives an order under a modal to the one who demands it, not to the subject', () => {
    const st = statementsOf('"Moscow must accept a full truce before any peace talks," the Ukrainian president told reporters in Kyiv, Zelensky\'s office said.');
    const condition = st.find((s) => s.kind === 'condition');
    expect(condition).toMatchObject({ issue: 'peace-talks', conditions: [{ issue: 'ceasefire', polarity: '+' }] });
    expect(condition?.holder).toBe('ukraine');
  });

  it('gives the speaker the order of a quoted demand', () => {
    const st = statementsOf('"Russia has to agree to a ceasefire before any peace talks start," Macron told reporters on Friday.');
    expect(st).toContainEqual(expect.objectContaining({ holder: 'france', issue: 'peace-talks', kind: 'condition', conditions: [{ issue: 'ceasefire', polarity: '+' }] }));
  });
});

describe('a quote that ends on a cue whose object the sentence goes on to name (a river treaty: "has not ruled out" binding arbitration)', () => {
  it('reads the object after the quote as the cue\'s, long as the quote may be', () => {
    const brief = (text: string) => statementsOf(text).map((s) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}`);
    expect(brief('The Kremlin said that it "has not ruled out" a ceasefire.')).toEqual(['russia hedge 0 ceasefire']);
    expect(brief('Moscow said it "would never accept" territorial concessions, officials said.')).toEqual(['russia red-line - territorial-concessions']);
    // A long quote that is a sentence of its own still is one.
    expect(brief('"We will not accept a ceasefire on these terms," Peskov said.')).toEqual(['russia red-line - ceasefire']);
  });
});

describe('an issue named as what another is on ("arbitration on the debt", a review of gas transit talks)', () => {
  it('is the topic of the object, no object of its own', () => {
    const brief = (text: string) => statementsOf(text).map((s) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}`);
    expect(brief('Kyiv agreed to talks on a ceasefire.')).toEqual(['ukraine agree + peace-talks']);
    expect(brief('Kyiv backed talks over territorial concessions.')).toEqual(['ukraine support + peace-talks']);
    // Joined by "and", it is an object of its own.
    expect(brief('Kyiv demanded talks and a ceasefire.')).toEqual(['ukraine demand + peace-talks', 'ukraine demand + ceasefire']);
  });
});

describe('two reported clauses joined by "and that" (a review of budget talks)', () => {
  it('each read on its own: neither the first cue\'s object nor the second\'s judgement reaches across', () => {
    const brief = (text: string) => statementsOf(text).map((s) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}`);
    expect(brief('Kyiv said it would not accept territorial concessions and that a ceasefire was not on the table.')).toEqual(['ukraine red-line - territorial-concessions', 'ukraine reject - ceasefire']);
  });
});

describe('the reason given for a stance (", because ...", a review of a peace process)', () => {
  it('is no part of the cue\'s object, nor a quoted stance of the speaker', () => {
    const brief = (text: string) => statementsOf(text).map((s) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}`);
    expect(brief('"We have accepted talks, because without them there will be no ceasefire at all," Zelensky said.')).toEqual(['ukraine accept + peace-talks']);
  });
});

describe('", as" and a clause of its own (a review of articles on a climate summit)', () => {
  it('ends the object before it: what the clause names is no part of it', () => {
    const brief = (text: string) => statementsOf(text).map((s) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}`);
    expect(brief('Kyiv demanded a ceasefire, as the peace talks stalled in Geneva.')).toEqual(['ukraine demand + ceasefire']);
    // ", as well as X" goes on with the object.
    expect(brief('Kyiv demanded a ceasefire, as well as security guarantees.')).toEqual(['ukraine demand + ceasefire', 'ukraine demand + security-guarantees']);
  });
});

describe('a reason given for a stance ("because X", "now that X", "given that X")', () => {
  const brief = (text: string) => statementsOf(text).map((s) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}`);
  it('is no object of it (a review of pension talks: "would vote for the bill now that the cap was gone")', () => {
    expect(brief('Kyiv would back the peace plan now that sanctions were gone.')).toEqual(['ukraine support + peace-talks']);
    expect(brief('Kyiv would back the peace plan given that sanctions were lifted.')).toEqual(['ukraine support + peace-talks']);
  });
});

describe('what a deal reached would do, in a relative clause of bare verbs sharing its modal (a review of pension talks)', () => {
  const brief = (text: string) => statementsOf(text).map((s) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}`);

  it('is agreed, each verb\'s object ("that would begin X, free Y and lift Z")', () => {
    expect(brief('Kyiv reached an agreement that would begin a ceasefire and lift sanctions.')).toEqual(['ukraine agree + ceasefire', 'ukraine agree - sanctions']);
  });

  it('sets aside only what "rather than" names, up to its comma', () => {
    expect(brief('Kyiv reached an agreement that would begin a ceasefire rather than a truce, and lift sanctions.')).toEqual(['ukraine agree + ceasefire', 'ukraine agree - sanctions']);
  });
});

// "The union, which rejects a pay freeze, will end the strike" was a refusal to end the strike, and "Kyiv, which rejected
// a land swap, will not accept a ceasefire" a demand for one: the relative clause's verb reached the main clause's words
// (a review, stop 51).
describe('a relative clause set off by commas after a party', () => {
  it('keeps its verb to its own words: the main verb after its closing comma reads the rest', () => {
    expect(briefOf('Kyiv, which rejected a land swap, will not accept a ceasefire.')).toEqual(['ukraine reject - territorial-concessions', 'ukraine red-line - ceasefire']);
    expect(briefOf('Moscow, which wants a ceasefire, rejected peace talks.')).toEqual(['russia demand + ceasefire', 'russia reject - peace-talks']);
  });
});

// "would refuse to read pages written during the strike" refused the strike (the negotiations' wrong readings, stop 57).
describe('a thing named after "during" or "throughout" in the reach of a cue', () => {
  it('is when the stance holds, not what it is on', () => {
    expect(briefOf('Kyiv said it would refuse to vote during the ceasefire talks.')).toEqual([]);
    expect(briefOf('Kyiv said it would accept new sanctions during the ceasefire.')).toEqual(['ukraine accept + sanctions']);
    expect(briefOf('Kyiv rejected new sanctions throughout the ceasefire.')).toEqual(['ukraine reject - sanctions']);
  });

  it('is no object either when it stands between the cue and its object ("agreed during the talks to a ceasefire")', () => {
    expect(briefOf('Kyiv agreed during the talks to a ceasefire.')).toEqual(['ukraine agree + ceasefire']);
  });
});
