// Misreadings from an analyst's review of ingest on articles of their own
// about a transit strike (see transit-setting.ts for the parties and issues).
import { brief, transit, transitStatements } from './transit-setting.js';

describe('a noun that ends what it heads ("the abolition of X")', () => {
  it('turns a refusal of it into holding on to X', () => {
    expect(transit('The union rejects the abolition of split shifts.')).toEqual(['transit-union reject + split-shifts']);
    expect(transit('The union opposed the removal of split shifts on Friday.')).toEqual(['transit-union reject + split-shifts']);
    expect(transit('The operators called for the elimination of split shifts.')).toEqual(['operators demand - split-shifts']);
  });

  it('leaves X as it is when nothing ends it', () => {
    expect(transit('The union rejects split shifts.')).toEqual(['transit-union reject - split-shifts']);
  });
});

describe('an issue named before a modal ("an outsider should not set wages")', () => {
  it('is negated by a "not" after the modal', () => {
    expect(transit('The union said an outsider should not set wages.')).toEqual(['transit-union demand - arbitration']);
    expect(transit("The union said an outsider mustn't decide their pay.")).toEqual(['transit-union demand - arbitration']);
  });

  it('is wanted when nothing negates it', () => {
    expect(transit('The operators said an outsider should set wages.')).toEqual(['operators demand + arbitration']);
  });
});

describe('a stance put off until something happens', () => {
  it('"not ... until Y" is the stance on condition of Y', () => {
    expect(transit('The operators would not table an offer until the drivers return to work.')).toEqual(['operators propose + pay-offer if strike -']);
    expect(transit('The operators said they would not table an offer until the drivers returned to work.')).toEqual(['operators propose + pay-offer if strike -']);
  });

  it('"no X before Y" is X on condition of Y', () => {
    expect(transit('The operators said there would be no offer before the strike ends.')).toEqual(['operators propose + pay-offer if strike -']);
  });

  it('"once Y", "as soon as Y" condition what they come with, first or after', () => {
    expect(transit('The union will return to work once the offer is confirmed.')).toEqual(['transit-union commit - strike if pay-offer +']);
    expect(transit('As soon as the council pays the subsidy, the union will sign the agreement.')).toEqual(['transit-union commit + agreement if subsidy +']);
  });

  it('"X until Y" keeps X while Y does not happen', () => {
    expect(transit('The union rejects split shifts until the council pays the subsidy.')).toEqual(['transit-union reject - split-shifts if subsidy -']);
  });

  it('leaves what was told as past events, and times, unconditioned', () => {
    expect(transit('The operators did not table an offer until the drivers returned to work.')).toEqual(['operators propose - pay-offer']);
    expect(transit('The operators would not table an offer until Friday.')).toEqual(['operators propose - pay-offer']);
    expect(transit('The operators proposed a raise once again.')).toEqual(['operators propose + pay-rise']);
    expect(transit('The union will return to work.')).toEqual([]);
  });
});

describe('withdrawing what an issue names ("threatened to withdraw the pay offer")', () => {
  it('is against it, as ending it is', () => {
    expect(transit('The operators threatened to withdraw their pay offer unless the strike ends.')).toEqual(['operators threat - pay-offer if strike +', 'operators demand - strike']);
    expect(transit('The union will call off the strike only if the operators table a new pay offer.')).toEqual(['transit-union commit - strike if pay-offer +', 'transit-union demand + pay-offer']);
  });
});

describe('an article dated only by its dateline', () => {
  const article = 'VARNHOLM, 4 March 2026 - Tram drivers stayed out for a third day.\n\nThe union rejected the pay offer on Monday, its leaders said.\n';

  it('is published on the dateline\'s day, and "on Monday" is read against it', () => {
    const [s] = transitStatements(article, {});
    expect([s?.source.publishedAt, s?.statedAt]).toEqual(['2026-03-04', '2026-03-02']);
    expect(transitStatements(article.replace('4 March 2026', 'March 4, 2026'), {})[0]?.source.publishedAt).toBe('2026-03-04');
  });

  it('gives way to a date given', () => {
    expect(transitStatements(article, { publishedAt: '2026-03-05' })[0]?.source.publishedAt).toBe('2026-03-05');
  });

  it('leaves an article with no dateline undated', () => {
    expect(transitStatements('The union rejected the pay offer on Monday, its leaders said.', {})[0]?.source.publishedAt).toBeUndefined();
  });
});

describe('a weekday in words about what is to come', () => {
  // 2026-03-07 is a Saturday: the Monday to come is past the article's day, so no day the words were said.
  it('is not the day before, when the words were said ("We agree to return to work on Monday," the union said)', () => {
    expect(transitStatements('"We agree to return to work on Monday," the union said.').map((s) => s.statedAt)).toEqual(['2026-03-07']);
    expect(transitStatements('The union said it agrees to sign the agreement on Monday.').map((s) => s.statedAt)).toEqual(['2026-03-07']);
    expect(transitStatements('The operators said they will propose a raise on Monday.').map((s) => s.statedAt)).toEqual(['2026-03-07']);
  });

  it('stays the day past when the words are told as past', () => {
    expect(transitStatements('The union rejected the pay offer on Monday, its leaders said.').map((s) => s.statedAt)).toEqual(['2026-03-02']);
    expect(transitStatements('The union said on Monday that it agrees to sign the agreement.').map((s) => s.statedAt)).toEqual(['2026-03-02']);
    expect(transitStatements('The union agreed to sign the agreement on Monday.').map((s) => s.statedAt)).toEqual(['2026-03-02']);
    expect(transitStatements('On Monday, the union agreed to sign the agreement.').map((s) => s.statedAt)).toEqual(['2026-03-02']);
  });
});

describe('a speaker named after the verb with a title in lower case', () => {
  it('is the one speaking, not the subject of what was said ("..., said mediator Ines Varga")', () => {
    const [s] = transitStatements('The union is ready to accept the offer, said mediator Ines Varga.');
    // The register does not know her, nor any actor she speaks for: she speaks for herself, a third party.
    expect([s && brief(s), s?.speaker]).toEqual(['transit-union accept + pay-offer', { name: 'Ines Varga', actor: 'ines-varga' }]);
    const [t] = transitStatements('The union is ready to accept the offer, said Transit Operators\' Association spokeswoman Mia Holt.');
    expect([t && brief(t), t?.speaker]).toEqual(['transit-union accept + pay-offer', { name: 'Mia Holt', actor: 'operators' }]);
  });
});

describe('a stance whose subject the register does not know', () => {
  it('is not the speaker\'s ("The drivers\' representatives are ready to accept the offer, the mediation service said")', () => {
    expect(transit("The drivers' representatives are ready to accept the offer, the mediation service said.")).toEqual([]);
    expect(transit('"We are ready to accept the offer," the union said.')).toEqual(['transit-union accept + pay-offer']);
    expect(transit('The union is ready to accept the offer, the mediation service said.')).toEqual(['transit-union accept + pay-offer']);
  });
});

describe('a person named by surname after the full name', () => {
  const intro = 'Varnholm City Council leader Rolf Andersen opened the session on Friday. ';

  it('is the person introduced, for the actor of the title', () => {
    expect(transit(intro + 'Andersen demanded an end to the strike.')).toEqual(['city-council demand - strike']);
    const [s] = transitStatements(intro + 'The operators must table a pay offer, Andersen said.');
    expect([s && brief(s), s?.speaker]).toEqual(['city-council demand + pay-offer', { name: 'Rolf Andersen', actor: 'city-council' }]);
  });

  it('is no one before the full name, or with another surname', () => {
    expect(transit('Andersen demanded an end to the strike.\n\n' + intro)).toEqual([]);
    expect(transit(intro + 'Lund demanded an end to the strike.')).toEqual([]);
  });
});

describe('the noun "offer" (a review of articles on a port strike)', () => {
  it('proposes nothing as the thing discussed, judged or put to a vote', () => {
    expect(transit('The union discussed the pay offer on Monday.')).toEqual([]);
    expect(transit('The union rejected the pay offer, and its leader said the offer was an insult.')).toEqual(['transit-union reject - pay-offer']);
    expect(transit('The union will put their offer to a ballot.')).toEqual([]);
  });

  it('is a proposal as the verb, and as the thing made or tabled', () => {
    expect(transit('The operators offered a new pay offer on Monday.')).toEqual(['operators propose + pay-offer']);
    expect(transit('The operators made an offer on Monday.')).toEqual(['operators propose + pay-offer']);
    expect(transit('The operators tabled a new offer.')).toEqual(['operators propose + pay-offer']);
    // Raising or improving it puts a new one forward (a re-score of articles on a port strike: "raised their offer" read nothing).
    expect(transit('The operators sweetened their offer on Monday.')).toEqual(['operators propose + pay-offer']);
    expect(transit('The operators improved their offer.')).toEqual(['operators propose + pay-offer']);
  });
});

describe('walking out of a thing (a review of articles on trade talks)', () => {
  it('gives it up, as pulling out of it does; walking out alone is the strike, and gives up nothing', () => {
    expect(transit('The union threatened to walk out of the arbitration.')).toEqual(['transit-union threat - arbitration']);
    expect(transit('The union threatened to pull out of the arbitration.')).toEqual(['transit-union threat - arbitration']);
    expect(transit('The union will quit the arbitration unless the operators table a pay offer.')).toEqual(['transit-union demand + pay-offer', 'transit-union threat - arbitration if pay-offer -']);
    expect(transit('The union threatened to walk out over split shifts.')).toEqual(['transit-union threat + split-shifts']);
  });
});

describe('a verb of saying in a condition (a review of articles on trade talks)', () => {
  it('names no speaker: the one who set the condition is not the one who spoke', () => {
    const [said] = transitStatements('The union will walk out of the arbitration if the operators insist on split shifts, the mediation service said.');
    expect([brief(said!), said!.speaker]).toEqual(['transit-union commit - arbitration if split-shifts +', { name: 'State Mediation Service', actor: 'state-mediator' }]);
    const [unsaid] = transitStatements('The union will walk out of the arbitration if the operators insist on split shifts.');
    expect([brief(unsaid!), unsaid!.speaker]).toEqual(['transit-union commit - arbitration if split-shifts +', undefined]);
  });
});

describe('what "instead of" or "rather than" sets aside (a review of articles on trade talks)', () => {
  it('is not taken with what is taken', () => {
    expect(transit('The union would accept arbitration instead of a strike.')).toEqual(['transit-union accept + arbitration']);
    expect(transit('The union would accept arbitration rather than a strike.')).toEqual(['transit-union accept + arbitration']);
    expect(transit('The union demanded a pay rise instead of a subsidy.')).toEqual(['transit-union demand + pay-rise']);
    expect(transit('Instead of a strike, the union accepted arbitration.')).toEqual(['transit-union accept + arbitration']);
    // "in place of" too (a re-score of trade talks: a red line against the duties the association wanted).
    expect(transit('The union would never accept arbitration in place of a strike.')).toEqual(['transit-union red-line - arbitration']);
  });

  it('takes no thing a review or an inquiry is of for the thing asked for', () => {
    expect(transit('The union demanded a review of the pay offer.')).not.toContain('transit-union demand + pay-offer');
  });

  it('is no stance when it is an act: "instead of accepting X" accepts nothing', () => {
    expect(transit('The union will strike instead of accepting arbitration.')).toEqual([]);
  });
});

describe('a threat named by its noun ("its threat to walk out", a review of articles on trade talks)', () => {
  it('is a threat when a verb follows, and withdrawn it is retracted', () => {
    expect(transit('The union repeated its threat to walk out of the arbitration.')).toEqual(['transit-union threat - arbitration']);
    expect(transit('The union withdrew its threat to walk out of the arbitration.')).toEqual(['transit-union retract - arbitration']);
    expect(transit('The union dropped its threats to quit the arbitration.')).toEqual(['transit-union retract - arbitration']);
    expect(transit('The union has not withdrawn its threat to walk out of the arbitration.')).toEqual(['transit-union threat - arbitration']);
  });

  it('names a danger, no one\'s stance, when no verb follows ("a threat to the arbitration")', () => {
    expect(transit('The union called the dispute a threat to the arbitration.')).toEqual([]);
    const r = transitStatements('The split shifts are a threat to the arbitration, the union said.', {});
    expect(r.map(brief)).toEqual([]);
  });
});

describe('an action of the holder\'s own called, or called off (a review of bailout talks)', () => {
  it('is undertaken when called or staged, and taken back when called off', () => {
    expect(transit('The union called a 48-hour strike.')).toEqual(['transit-union commit + strike']);
    expect(transit('The union staged a walkout on Monday.')).toEqual(['transit-union commit + strike']);
    expect(transit('The union called off the strike planned for Wednesday.')).toEqual(['transit-union retract + strike']);
  });

  it('is no undertaking when the verb names it ("called the strike a success") or calls for it', () => {
    expect(transit('The union called the strike a success.')).toEqual([]);
    expect(transit('The union called for a strike.')).toEqual(['transit-union demand + strike']);
  });
});

describe('who "it" is after "told X that" (a review of medicine-price talks)', () => {
  it('is the teller for what it will do, the one told for what it must do', () => {
    expect(transit('The operators told the union that it would table a pay offer.')).toEqual(['operators propose + pay-offer']);
    expect(transit('The operators told the union it would table a pay offer.')).toEqual(['operators propose + pay-offer']);
    expect(transit('The operators told the union that it must end the strike.')).not.toContain('operators propose + pay-offer');
  });
});

describe('an organisation named again by what it is ("the group", "the company")', () => {
  it('is the organisation the sentence names before it, else the subject of the sentence before', () => {
    expect(transit('People close to the operators said the group would table a pay offer.')).toEqual(['operators propose + pay-offer']);
    expect(transit('The operators met the mediation service on Monday. The group said it would table a pay offer.')).toEqual(['operators propose + pay-offer']);
  });

  it('is no one when no organisation was named, or when the noun heads a compound', () => {
    expect(transit('The group said it would table a pay offer.')).toEqual([]);
    expect(transit('The operators met on Monday. The group leader said a pay offer would help.')).not.toContain('operators support + pay-offer');
  });
});

describe('words of a negotiation\'s moves (a review of medicine-price talks)', () => {
  it('reads drafting as proposing, pressing ahead as undertaking, resisting as refusing', () => {
    expect(transit('The operators were drafting a pay offer.')).toEqual(['operators propose + pay-offer']);
    expect(transit('The operators are to begin drafting a pay offer.')).toEqual([]);
    expect(transit('The union said it would press ahead with the strike.')).toEqual(['transit-union commit + strike']);
    expect(transit('The union resisted arbitration for weeks.')).toEqual(['transit-union reject - arbitration']);
  });

  // "said it would press on with its lawsuit" read nothing: only "ahead with" was read (the negotiations' misses, stop 55).
  it('reads pressing, carrying or going on with a thing as pressing ahead with it', () => {
    expect(transit('The union said it would press on with the strike.')).toEqual(['transit-union commit + strike']);
    expect(transit('The operators carried on with arbitration.')).toEqual(['operators commit + arbitration']);
  });

  it('reads "its threat of X" as the holder\'s threat, withdrawn when dropped; "the threat of X" as no one\'s', () => {
    expect(transit('The operators repeated their threat of arbitration.')).toEqual(['operators threat + arbitration']);
    expect(transit('The operators dropped their threat of arbitration.')).toEqual(['operators retract + arbitration']);
    expect(transit('The union faces the threat of arbitration.')).toEqual([]);
  });
});

describe('where an object ends (reviews of medicine-price and bailout talks)', () => {
  it('before a participle after a comma, which tells what the stance brings about', () => {
    expect(transit('The operators would not table a pay offer, opening weeks of arbitration.')).toEqual(['operators propose - pay-offer']);
  });

  it('before "without" and a gerund, which tells how the thing is to be done', () => {
    expect(transit('The union urged the operators to table a pay offer without waiting for arbitration.')).toEqual(['transit-union demand + pay-offer']);
  });

  it('not at "until last", which orders the steps and sets no condition', () => {
    // It was a condition that took the rest of the sentence, the stance a threat over it.
    expect(transit('The operators proposed to scrap split shifts, leaving the night shifts until last, and to pay the subsidy.')).toEqual(['operators propose - split-shifts']);
  });
});

describe('a thing said to be weighed, with no one named weighing it (a review of bailout talks)', () => {
  it('is weighed by the side that says so, and by no one when no one says it', () => {
    expect(transit('The operators said arbitration was being considered.')).toEqual(['operators hedge 0 arbitration']);
    expect(transit('Officials at the union said privately that arbitration was being studied.')).toEqual(['transit-union hedge 0 arbitration']);
    expect(transit('Arbitration was being considered.')).toEqual([]);
  });
});

describe('"prepared to" and "nobody" (a review of merger talks)', () => {
  it('reads "is prepared to" as willingness, as "is ready to" is, not as preparing the thing', () => {
    expect(transit('The operators are prepared to accept arbitration.')).toEqual(transit('The operators are ready to accept arbitration.'));
    expect(transit('The operators are prepared to scrap split shifts.')).toEqual(['operators support - split-shifts']);
  });

  it('reads "nobody" in quoted words as denying the thing they name, as "no one" does', () => {
    expect(transit('"Nobody is calling for arbitration," the union said.')).toEqual(transit('"No one is calling for arbitration," the union said.'));
    expect(transit('"Nobody wants arbitration," the union said.')).not.toContain('transit-union demand + arbitration');
  });
});

describe('votes and prices (reviews of league and merger talks)', () => {
  it('reads voting for a thing as backing it, as voting against refuses it; not a vote named as a noun', () => {
    expect(transit('The union said it would vote for the agreement.')).toEqual(['transit-union support + agreement']);
    expect(transit('The union voted in favour of the agreement.')).toEqual(['transit-union support + agreement']);
    expect(transit('The union called a vote for Friday on the agreement.')).not.toContain('transit-union support + agreement');
  });

  it('reads clearing a thing as approving it, not clearing the way for it', () => {
    expect(transit('The union cleared the agreement on Friday.')).toEqual(['transit-union accept + agreement']);
    expect(transit('The union cleared the way for arbitration.')).toEqual([]);
  });

  it('reads "a basis for talks" as backing the thing so called, and "not a basis for discussion" as refusing it (a review of sugar-levy talks)', () => {
    expect(transit('The union said arbitration was a basis for talks.')).toEqual(['transit-union support + arbitration']);
    expect(transit('The union said arbitration was not a basis for discussion.')).toEqual(['transit-union reject - arbitration']);
  });

  it('reads "a price worth paying" as backing the thing so called', () => {
    expect(transit('The union said arbitration was a price worth paying.')).toEqual(['transit-union support + arbitration']);
  });
});
