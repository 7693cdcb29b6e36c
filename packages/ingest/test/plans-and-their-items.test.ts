import { isRight } from 'fp-ts/lib/Either.js';
import { compileLexicon, DEFAULT_LEXICON, ingestText } from '@stancelog/ingest';

const brief = (text: string): string[] => {
  const r = ingestText(text, { publishedAt: '2025-06-04' });
  if (!isRight(r)) throw new Error(r.left.message);
  return r.right.statements.map((s) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}`);
};

describe('a plan or proposal and the items it lists', () => {
  it('proposes each item the lexicon knows, for the plan\'s owner', () => {
    expect(brief('The Ukrainian roadmap envisages a truce, an exchange of prisoners and the release of detained civilians.')).toEqual([
      'ukraine propose + ceasefire',
      'ukraine propose + prisoner-exchange',
      'ukraine propose + civilian-release',
    ]);
    expect(brief("Washington's proposal contains a truce and security guarantees.")).toEqual(['united-states propose + ceasefire', 'united-states propose + security-guarantees']);
    // An offer or a package lists its items as a plan does (a review on a nurses' dispute: "the board's offer includes ...").
    expect(brief("Kyiv's offer includes a ceasefire and a prisoner exchange.")).toEqual(['ukraine propose + ceasefire', 'ukraine propose + prisoner-exchange']);
  });

  it('gives the plan to the one who presents it ("unveiled a plan that includes ...")', () => {
    expect(brief('Zelensky tabled a proposal that includes a truce and a swap of prisoners.')).toEqual(['ukraine propose + ceasefire', 'ukraine propose + prisoner-exchange']);
    expect(brief('Paris and Berlin drafted a framework with a truce and security guarantees.')).toEqual([
      'france propose + ceasefire',
      'germany propose + ceasefire',
      'france propose + security-guarantees',
      'germany propose + security-guarantees',
    ]);
  });

  it('gives "the plan" or "the draft" of a later sentence to the one who presented a plan last in the article', () => {
    expect(brief('Zelensky tabled a new plan on Monday. The plan includes a truce and a swap of prisoners.')).toEqual(['ukraine propose + ceasefire', 'ukraine propose + prisoner-exchange']);
    expect(brief('Kyiv presented a draft on Monday. Moscow unveiled a draft on Tuesday. The draft contains security guarantees.')).toEqual(['russia propose + security-guarantees']);
    // "Under the plan, X would ...", and "Under the plan:" with its items on lines of their own (reviews of school,
    // congestion and sugar-levy talks).
    expect(brief('Zelensky tabled a new plan on Monday. Under the plan, a truce would begin on Friday.')).toEqual(['ukraine propose + ceasefire']);
    expect(brief('Zelensky tabled a new plan on Monday.\n\nUnder the plan:\n- a truce from Friday;\n- a swap of prisoners within a month.\n')).toEqual(['ukraine propose + ceasefire', 'ukraine propose + prisoner-exchange']);
    expect(brief('Under the plan, a truce would begin on Friday.')).toEqual([]);
    // In a later paragraph too, its items listed on lines of their own (a review of school-closure talks).
    expect(brief('Zelensky tabled a new plan on Monday.\n\nThe plan includes:\n- a truce from Friday;\n- a swap of prisoners within a month.\n')).toEqual(['ukraine propose + ceasefire', 'ukraine propose + prisoner-exchange']);
    // No plan presented before, or one not named as that one: no one's.
    expect(brief('The plan includes a truce and a swap of prisoners.')).toEqual([]);
    expect(brief('Kyiv presented a draft on Monday. A plan that circulated in Geneva includes a truce.')).toEqual([]);
    // A plan presented with nothing in it that the lexicon knows is no issue of its own ("draft", "new plan").
    expect(brief('Kyiv presented a draft on Monday.')).toEqual([]);
  });

  it('gives the plan to the one named after "from" ("the final offer from Kyiv included ...")', () => {
    expect(brief('The final offer from Kyiv included a ceasefire and a prisoner exchange.')).toEqual(['ukraine propose + ceasefire', 'ukraine propose + prisoner-exchange']);
    expect(brief('The proposal from the United States contains a ceasefire.')).toEqual(['united-states propose + ceasefire']);
  });

  it('gives what "the draft" or "the new text" calls for or requires to the one who presented it, as a proposal', () => {
    expect(brief('Kyiv presented a draft on Monday. The draft calls for a ceasefire.')).toEqual(['ukraine propose + ceasefire']);
    expect(brief('Kyiv presented a draft on Monday. The new text would require a ceasefire.')).toEqual(['ukraine propose + ceasefire']);
    expect(brief('The draft calls for a ceasefire.')).toEqual([]);
  });

  it('leaves a plan that someone else rejects or discusses to its named owner, or to no one', () => {
    expect(brief('Moscow dismissed a blueprint that included a truce.')).toEqual(['russia reject - ceasefire']);
    expect(brief("Moscow dismissed Kyiv's blueprint with a truce.")).toEqual(['russia reject - ceasefire', 'ukraine propose + ceasefire']);
    expect(brief('Moscow studied a plan that included a truce.')).toEqual([]);
  });

  it('is no plan where the word is a verb or names no items', () => {
    expect(brief('Kyiv plans to include a truce in the talks next week.')).toEqual([]);
    expect(brief('The plan was discussed in Geneva on Friday.')).toEqual([]);
  });
});

describe('a cue verb used as an adjective ("the proposed ceasefire")', () => {
  it('states no stance of its own', () => {
    expect(brief('Peskov said Moscow would study the results before taking a position on the suggested truce.')).toEqual([]);
    expect(brief('Officials in Kyiv discussed the offered prisoner swap on Friday.')).toEqual([]);
  });

  it('leaves the verb it is the object of to read as before, and a named owner his proposal', () => {
    expect(brief('Moscow turned down the proposed truce.')).toEqual(['russia reject - ceasefire']);
    expect(brief("Kyiv's proposed truce found no takers in Moscow.")).toEqual(['ukraine propose + ceasefire']);
    expect(brief('Kyiv proposed a truce.')).toEqual(['ukraine propose + ceasefire']);
  });
});

describe('a counter-proposal (a review of shipping-levy talks)', () => {
  it('is a plan presented, as a proposal is', () => {
    expect(brief('Kyiv tabled a counter-proposal for a ceasefire.')).toEqual(['ukraine propose + ceasefire']);
    expect(brief('Kyiv tabled a proposal for a ceasefire.')).toEqual(['ukraine propose + ceasefire']);
  });
});

describe('a plan or reform presented, its object opened by a possessive pronoun (a review of pension talks)', () => {
  const lexicon = compileLexicon(DEFAULT_LEXICON, { name: 'pensions', issues: [{ id: 'pension-reform', title: 'Reform', proposition: 'the pension reform passes', phrases: ['pension reform'] }] });
  const read = (text: string) => {
    const r = ingestText(text, { publishedAt: '2025-06-04' }, { lexicon });
    if (!isRight(r)) throw new Error(r.left.message);
    return r.right.statements.map((s) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}`);
  };

  it('is proposed: "unveiled its pension reform", "set out its long-awaited pension reform"', () => {
    expect(read('Kyiv unveiled its pension reform.')).toEqual(['ukraine propose + pension-reform']);
    expect(read('Kyiv set out its long-awaited pension reform on Monday.')).toEqual(['ukraine propose + pension-reform']);
  });

  it('calls a strike named after "its" as after "a" ("called its strike")', () => {
    expect(brief('Kyiv called its general strike.')).toEqual(['ukraine commit + general-strike']);
  });
});

// "put a proposal on the table that would impose a hard salary cap" was the owners' undertaking, and "a consultation
// paper that would create a statutory licence" read nothing (the negotiations' misses, stop 56).
describe('what a plan or a text would do', () => {
  it('is proposed by whoever put it forward, not undertaken', () => {
    expect(brief('Washington put a proposal on the table that would impose new sanctions.')).toEqual(['united-states propose + sanctions']);
    expect(brief('Kyiv published a consultation paper that would create a prisoner exchange.')).toEqual(['ukraine propose + prisoner-exchange']);
    expect(brief('Washington presented a peace plan on Monday. The draft would also impose new sanctions.')).toEqual(['united-states propose + peace-talks', 'united-states propose + sanctions']);
  });

  it('leaves what a party would do its undertaking, with "also" between too, and under a plan', () => {
    expect(brief('Washington said it would also impose new sanctions.')).toEqual(['united-states commit + sanctions']);
    expect(brief('Under the plan, Washington would impose new sanctions.')).toEqual(['united-states commit + sanctions']);
    expect(brief('Kyiv said it would establish a prisoner exchange.')).toEqual(['ukraine commit + prisoner-exchange']);
  });
});

// "The union's demands, according to a bargaining update sent to members, are: - X" read the update's "bargaining" as a
// demand for contract talks (the negotiations' wrong readings, stop 57).
describe('the source of a list of demands, set off by commas after them ("according to a paper on X")', () => {
  it('is no part of what is demanded: the items after it are', () => {
    expect(brief("Kyiv's demands, according to a position paper on the peace talks seen by reporters, are:\n\n- a full ceasefire\n- new sanctions on Russian banks")).toEqual(['ukraine demand + ceasefire', 'ukraine demand + sanctions']);
    expect(brief("Ukraine's demands, according to a memo on NATO membership, are a ceasefire and new sanctions.")).toEqual(['ukraine demand + ceasefire', 'ukraine demand + sanctions']);
  });
});
