import { isRight } from 'fp-ts/lib/Either.js';
import { ingestText } from '@stancelog/ingest';
import { brief, read } from './briefs.js';

/** Each statement with who said it: `holder kind polarity issue (speaker actor)`, or `(writer)` when no one. */
const said = (text: string) => {
  const r = ingestText(text, { publishedAt: '2025-09-12', publisher: 'Wire' });
  if (!isRight(r)) throw new Error(r.left.message);
  return r.right.statements.map((s) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue} (${s.speaker ? `${s.speaker.name} ${s.speaker.actor ?? ''}`.trim() : 'writer'})`);
};

describe('a thing named only as possible ("possible", "potential", "eventual") is no stance on the thing', () => {
  it('reads no support for a truce from offering options or drafts for a possible one', () => {
    expect(brief('Moscow suggested potential ceasefire formats on Tuesday.')).toEqual([]);
    expect(brief('Moscow offered proposals for an eventual ceasefire.')).toEqual([]);
    // What else the clause offers, named without such a word, is still read.
    expect(brief('The Kremlin floated possible truce options and continued dialogue.')).toEqual(['russia support + peace-talks']);
  });

  it('still reads the truce itself when it is named plainly', () => {
    expect(brief('Moscow suggested ceasefire formats on Tuesday.')).toEqual(['russia propose + ceasefire']);
    expect(brief('Moscow offered proposals for a ceasefire.')).toEqual(['russia propose + ceasefire']);
  });

  it('keeps a refusal of even a possible truce a refusal', () => {
    expect(brief('Kyiv dismissed any possible truce that freezes the front line.')).toEqual(['ukraine reject - ceasefire']);
  });

  it('sets no precondition of talks on a truce that is only possible', () => {
    // What is to come before the talks is the drafting, not a truce.
    expect(brief('Medinsky said the delegations would work out proposals for a potential truce before any further talks.')).toEqual([]);
    const [plain] = read('Medinsky said the delegations would work out proposals for a truce before any further talks.');
    expect(plain!.brief).toBe('russia condition + peace-talks');
    expect(plain!.conditions).toEqual([{ issue: 'ceasefire', polarity: '+' }]);
  });
});

describe("a judgement appended after a dash to what someone demands is the writer's, not the demander's", () => {
  it("gives the refusal of the demands no speaker: it is not the demander reporting the other side", () => {
    expect(said('The Kremlin insists that Ukraine give up its NATO bid – a demand deemed unacceptable by Kyiv.')).toEqual([
      'russia demand - nato-membership (Russia russia)',
      'ukraine reject + nato-membership (writer)',
    ]);
    expect(said('The Kremlin wants Kyiv to hand over the four regions – a condition deemed unacceptable by Kyiv.')).toEqual([
      'russia demand + territorial-concessions (writer)',
      'ukraine reject - territorial-concessions (writer)',
    ]);
  });

  it("keeps the speaker when the one speaking is the side that refuses", () => {
    expect(said('Zelensky said the Kremlin insists that Ukraine give up its NATO bid – a demand deemed unacceptable by Kyiv.')).toEqual([
      'russia demand - nato-membership (Volodymyr Zelensky ukraine)',
      'ukraine reject + nato-membership (Volodymyr Zelensky ukraine)',
    ]);
  });
});
