import { isRight } from 'fp-ts/lib/Either.js';
import { ingestText, type IngestOptions } from '@stancelog/ingest';
import { labourSetting, shorterWeek } from './labour-setting.js';

const read = (text: string, options: IngestOptions = {}) => {
  const r = ingestText(text, { publishedAt: '2025-06-04' }, options);
  if (!isRight(r)) throw new Error(r.left.message);
  return r.right.statements.map((s, i) => ({ brief: `${s.holder} ${s.kind} ${s.polarity} ${s.issue}`, rules: r.right.explanations[i]!.rules }));
};
const brief = (text: string, options?: IngestOptions) => read(text, options).map((x) => x.brief);

describe('a sentence saying who is to decide a matter', () => {
  it('is a demand on the format of the talks, not support for the matter decided', () => {
    expect(brief('Macron said that territorial concessions can be negotiated only by Kyiv.')).toEqual(['france demand + who-decides']);
    expect(brief('Merz said it is up to Kyiv to decide on any land swap.')).toEqual(['germany demand + who-decides']);
    expect(brief('Territorial questions are a matter for Kyiv alone to decide, Macron said.')).toEqual(['france demand + who-decides']);
    expect(read('Zelensky wants territorial questions decided by Kyiv alone.').map((x) => x.brief)).toEqual(['ukraine demand + who-decides']);
  });

  it('gives no quoted support to the matter, in a quote or as the topic it answers', () => {
    expect(brief('"Territorial questions will be decided solely by Kyiv," Macron said.')).toEqual(['france red-line + who-decides']);
    expect(brief('"Territorial concessions? That is for Kyiv to decide," Macron said.')).toEqual(['france demand + who-decides']);
    expect(brief('"Nothing about Ukraine without Ukraine," Zelensky said.')).toEqual(['ukraine demand + who-decides']);
  });

  it('is a red line when only the one named may decide ("exclusively", "solely", "must be, and will be")', () => {
    const firm = read('Merz said a land swap must be, and will be, negotiated only by Kyiv.');
    expect(firm.map((x) => x.brief)).toEqual(['germany red-line + who-decides']);
    expect(firm[0]!.rules).toContain('red-line:who-decides');
    expect(brief('Macron said territorial concessions must be settled exclusively by the Ukrainian president.')).toEqual(['france red-line + who-decides']);
    expect(brief('Macron said territorial concessions must be settled only by the Ukrainian president.')).toEqual(['france demand + who-decides']);
  });

  it('hides the matter even with a lexicon that has no issue for the format of talks', () => {
    const labour = labourSetting(['the union'], [shorterWeek]);
    // Without a "who decides" reading these were the employer's support for, and demand of, a shorter week.
    expect(brief('"A shorter week is for the union alone to decide," the port authority said.', labour)).toEqual([]);
    expect(brief('The port authority said a shorter week must be negotiated only by the union.', labour)).toEqual([]);
    expect(brief('The port authority said a shorter week must be negotiated at the next meeting.', labour)).toEqual(['port-authority demand + shorter-week']);
  });

  it('leaves alone a matter that is only to be discussed somewhere, or by some time', () => {
    expect(brief('Merz said territorial concessions must be discussed at the summit.')).toEqual(['germany demand + territorial-concessions']);
    expect(brief('Merz said the truce must be decided by Friday.')).toEqual(['germany demand + ceasefire']);
  });

  it('needs an actor of the register as the one who decides ("only by peaceful means" says how, not who)', () => {
    expect(brief('Merz said the dispute must be settled only by peaceful means.')).toEqual([]);
    expect(brief('Merz said territorial questions must be settled by negotiation alone.')).toEqual(['germany demand + territorial-concessions']);
  });

  it('does not reach into another clause of the sentence', () => {
    expect(brief('Kyiv rejected territorial concessions, and Macron said such questions are for Kyiv alone to decide.')).toEqual([
      'ukraine reject - territorial-concessions',
      'france demand + who-decides',
    ]);
  });
});
