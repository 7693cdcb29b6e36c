import { isRight } from 'fp-ts/lib/Either.js';
import { compileLexicon, ingestText } from '@stancelog/ingest';

const read = (text: string) => {
  const r = ingestText(text, { publishedAt: '2025-06-04' });
  if (!isRight(r)) throw new Error(r.left.message);
  return r.right.statements.map((s, i) => ({ brief: `${s.holder} ${s.kind} ${s.polarity} ${s.issue}`, rules: r.right.explanations[i]!.rules }));
};
const brief = (text: string) => read(text).map((x) => x.brief);

describe('a stated readiness or willingness', () => {
  it('to go on with what an issue would stop is a threat against the issue, not support', () => {
    const [fighting] = read('Peskov said Moscow stands ready to keep fighting.');
    expect(fighting!.brief).toBe('russia threat - ceasefire');
    expect(fighting!.rules).toEqual(expect.arrayContaining(['cue:support.willingness', 'threat:against-issue']));
    expect(brief('The Kremlin said it was willing to continue the war for years.')).toEqual(['russia threat - ceasefire']);
    expect(brief("Lavrov spoke of Russia's readiness to continue fighting.")).toEqual(['russia threat - ceasefire']);
  });

  it('to do what an issue names keeps its kind', () => {
    expect(brief('Zelensky said Kyiv is ready to sign a ceasefire.')).toEqual(['ukraine support + ceasefire', 'ukraine commit + ceasefire']);
    expect(brief('Kyiv said it was willing to accept a truce.')).toEqual(['ukraine accept + ceasefire']);
    expect(brief('Zelensky expressed his readiness to hold peace talks.')).toEqual(['ukraine support + peace-talks']);
  });

  it('denied is no threat: not ready to go on fighting is for the issue', () => {
    expect(brief('Peskov said Moscow was not ready to continue fighting.')).toEqual(['russia support + ceasefire']);
  });

  it('to undo an issue by a verb ("lift sanctions") is not read as a threat', () => {
    expect(brief('Washington is willing to lift sanctions, Rubio said.')).toEqual(['united-states support - sanctions']);
  });

  it('reads through a verb that stops what the issue names, as support against it and no commitment yet', () => {
    expect(brief('Washington is willing to cut military aid.')).toEqual(['united-states support - military-aid']);
    expect(brief('Washington is ready to halt military aid.')).toEqual(['united-states support - military-aid']);
  });

  it('to do a thing a lexicon names as its issue\'s opposite, with no fight gone on with, gives ground: no threat (a review of articles on coalition talks)', () => {
    const budget = { lexicon: compileLexicon({ name: 'budget', issues: [{ id: 'debt-brake', title: 'Debt brake', proposition: 'the debt brake is kept', phrases: ['debt brake', { phrase: 'loosen|loosening * debt brake', polarity: '-' as const }] }] }) };
    const r = ingestText('The Kremlin said it was ready to loosen the debt brake.', { publishedAt: '2025-06-04' }, budget);
    expect(isRight(r) && r.right.statements.map((s) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}`)).toEqual(['russia support - debt-brake']);
  });

  it('to discuss or talk about an issue is openness to it, as "open to discussing" is: no support besides', () => {
    expect(brief('Kyiv is willing to discuss a prisoner swap.')).toEqual(['ukraine accept 0 prisoner-exchange']);
    expect(brief('Moscow is ready to talk about a ceasefire.')).toEqual(['russia accept 0 ceasefire']);
    expect(brief('Kyiv is open to discussing a prisoner swap.')).toEqual(['ukraine accept 0 prisoner-exchange']);
  });

  it('to the talks themselves is acceptance of them ("open to talks with Moscow"), and refusal denied (a review of coalition talks)', () => {
    expect(brief('Kyiv is open to talks with Moscow.')).toEqual(['ukraine accept + peace-talks']);
    expect(brief('Kyiv is not open to talks with Moscow.')).toEqual(['ukraine reject - peace-talks']);
    expect(brief('Kyiv may be open to talks with Moscow.')).toEqual(['ukraine hedge 0 peace-talks']);
  });

  it('to consider an issue weighs it (a hedge), with no support besides', () => {
    const [weighed] = read('Kyiv said it was willing to consider a prisoner swap.');
    expect(weighed!.brief).toBe('ukraine hedge 0 prisoner-exchange');
    expect(weighed!.rules).toContain('cue:hedge.consider');
    expect(brief("Russia's readiness to consider a ceasefire surprised diplomats.")).toEqual(['russia hedge 0 ceasefire']);
    expect(brief('Kyiv is not willing to consider territorial concessions.')).toEqual(['ukraine reject - territorial-concessions']);
  });
});

// "a bill would be ready for consultation by the autumn" was the minister's acceptance of the consultation (two readings
// of the negotiations, both wrong: stop 58).
describe('a text made ready for a step', () => {
  it('is no party\'s acceptance of the step', () => {
    expect(brief('Zelensky said a draft would be ready for the peace talks by the autumn.')).toEqual([]);
    expect(brief('Zelensky said the bill was now ready for a ceasefire vote.')).toEqual([]);
    expect(brief('Kyiv said its report would be ready for the peace talks in June.')).toEqual([]);
  });

  it('leaves a party ready for it accepting it', () => {
    expect(brief('Zelensky said Kyiv would be ready for peace talks by the autumn.')).toEqual(['ukraine accept + peace-talks']);
  });
});

describe('a warning that the warner would do what a phrase of the issue\'s opposite names', () => {
  it('is a threat against the issue, as a readiness to do it is, whether the warning is the verb or appended by ", warning"', () => {
    const [land, war] = read('Ukraine turned down the land swap, warning Moscow it would continue the war.');
    expect(land!.brief).toBe('ukraine reject - territorial-concessions');
    // Not a refusal of a ceasefire by the verb before the comma.
    expect(war!.brief).toBe('ukraine threat - ceasefire');
    expect(war!.rules).toEqual(expect.arrayContaining(['cue:threat.warned', 'threat:against-issue', 'threat:warned']));
    expect(brief('Ukraine turned down the land swap, warning that it would continue the war.')).toEqual(['ukraine reject - territorial-concessions', 'ukraine threat - ceasefire']);
    expect(brief('Zelensky warned that Kyiv would continue the war.')).toEqual(['ukraine threat - ceasefire']);
  });

  it('states nothing of another party, denied, or said without a warning', () => {
    expect(brief('Zelensky warned that Russia would continue the war.')).toEqual([]);
    expect(brief('Kyiv warned it would not continue the war.')).toEqual([]);
    expect(brief('Kyiv said it would continue the war.')).toEqual([]);
    // "it" is the one told here, who would face what follows: no refusal of the sanctions.
    expect(brief('Ukraine turned down the land swap, warning Moscow it would face new sanctions.')).toEqual(['ukraine reject - territorial-concessions']);
  });
});
