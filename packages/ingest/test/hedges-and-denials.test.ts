import { isRight } from 'fp-ts/lib/Either.js';
import { ingestText } from '@stancelog/ingest';
import { brief, read } from './briefs.js';
import { labourSetting, shorterWeek } from './labour-setting.js';

describe('a stance only possible ("may", "might", "could") is a hedge, not the stance', () => {
  it('reads the cue under a modal of possibility as hedge 0', () => {
    const [may] = read('Kyiv may agree to a ceasefire, a European diplomat said.');
    expect(may!.brief).toBe('ukraine hedge 0 ceasefire');
    expect(may!.rules).toEqual(expect.arrayContaining(['cue:agree.verb', 'hedge:possibility']));
    expect(brief('The Kremlin has hinted that it might endorse a prisoner swap.')).toEqual(['russia hedge 0 prisoner-exchange']);
    expect(brief('Moscow could eventually accept a limited truce.')).toEqual(['russia hedge 0 ceasefire']);
    expect(brief('Kyiv may be ready to accept peace talks in Istanbul.')).toEqual(['ukraine hedge 0 peace-talks']);
  });

  it('reads a possible refusal the same way: "might not", "could reject"', () => {
    expect(brief('Moscow might not accept a truce.')).toEqual(['russia hedge 0 ceasefire']);
    expect(brief('Kyiv could reject the land swap.')).toEqual(['ukraine hedge 0 territorial-concessions']);
  });

  it('reads the passive the same way: "could be accepted by"', () => {
    expect(brief('A truce could be accepted by Moscow.')).toEqual(['russia hedge 0 ceasefire']);
  });

  it('keeps the stance after "can", "will", "would", "is ready to", and a condition on "would"', () => {
    expect(brief('Moscow can accept a truce.')).toEqual(['russia accept + ceasefire']);
    expect(brief('Kyiv will agree to a prisoner swap.')).toEqual(['ukraine agree + prisoner-exchange']);
    expect(brief('The Kremlin said Moscow would accept a truce.')).toEqual(['russia accept + ceasefire']);
    expect(brief('Moscow stands ready to accept a prisoner swap.')).toEqual(['russia accept + prisoner-exchange']);
    const [conditional] = read('Moscow would accept a truce if Kyiv renounces its NATO bid.');
    expect(conditional!.brief).toBe('russia accept + ceasefire');
    expect(conditional!.conditions).toEqual([{ issue: 'nato-membership', polarity: '-' }]);
  });

  it('keeps "could not" a refusal: "cannot" told in the past', () => {
    expect(brief('Zelensky said Kyiv could not accept any territorial concessions.')).toEqual(['ukraine reject - territorial-concessions']);
  });

  it('reads "could accept X, provided Y" as an acceptance on terms, with the terms its conditions, named or not', () => {
    const [terms] = read('Moscow could accept a truce, provided Kyiv renounces its NATO bid.');
    expect(terms!.brief).toBe('russia accept + ceasefire');
    expect(terms!.conditions).toEqual([{ issue: 'nato-membership', polarity: '-' }]);
    expect(brief('Kyiv said it could live with a ceasefire on condition that monitors were deployed.')).toEqual(['ukraine accept + ceasefire']);
    expect(brief('Kyiv could support a ceasefire as long as it is a full one.')).toEqual(['ukraine support + ceasefire']);
    // "may", "might": possible still; and a price asked in return is no terms of an acceptance.
    expect(brief('Kyiv may accept a ceasefire if Russia withdrew its troops.')).toEqual(['ukraine hedge 0 ceasefire']);
    expect(brief('Kyiv could accept a ceasefire in exchange for sanctions relief.')).toEqual(['ukraine hedge 0 ceasefire']);
  });
});

describe('a stance foretold ("is expected to", "is likely to", "expect X to") is a hedge, not the stance', () => {
  it('reads the cue after a word of prediction as hedge 0', () => {
    const [likely] = read('Moscow is unlikely to agree to a truce before winter, analysts believe.');
    expect(likely!.brief).toBe('russia hedge 0 ceasefire');
    expect(likely!.rules).toEqual(expect.arrayContaining(['cue:agree.verb', 'hedge:prediction']));
    expect(brief('Kyiv is widely expected to endorse the prisoner swap.')).toEqual(['ukraine hedge 0 prisoner-exchange']);
    expect(brief('Diplomats expect Moscow to reject peace talks in Geneva.')).toEqual(['russia hedge 0 peace-talks']);
  });

  it('reads a party expecting another to act as asking it to (reviews of ferry and hospital talks: "the department expected Northsound to honour the timetable")', () => {
    expect(brief('Berlin would also expect Kyiv to accept a ceasefire.')).toEqual(['germany demand + ceasefire']);
    expect(brief('The EU said it expected Moscow to lift the sanctions.')).toEqual(['european-union demand - sanctions']);
    // Expected, not expecting: foretold.
    expect(brief('Kyiv is expected to accept a ceasefire.')).toEqual(['ukraine hedge 0 ceasefire']);
  });

  it('keeps a plan announced ("is set to sign") and a readiness ("is ready to accept") as they were', () => {
    expect(brief('Kyiv is set to sign the prisoner swap deal on Monday.')).toEqual(['ukraine commit + prisoner-exchange']);
    expect(brief('Moscow is ready to accept a prisoner swap.')).toEqual(['russia accept + prisoner-exchange']);
  });
});

describe('a rejection denied by its own "not" is a hedge, not a rejection with polarity +', () => {
  it('reads "did not rule out", "has not rejected", "never dismissed" as hedge 0', () => {
    const [open] = read('The Kremlin did not rule out a summit between the two presidents.');
    expect(open!.brief).toBe('russia hedge 0 leaders-meeting');
    expect(open!.rules).toEqual(expect.arrayContaining(['cue:reject.rule-out', 'negation:before-cue', 'hedge:not-rejected']));
    expect(brief('Kyiv has not rejected the idea of a prisoner swap.')).toEqual(['ukraine hedge 0 prisoner-exchange']);
    expect(brief('Moscow never dismissed peace talks outright.')).toEqual(['russia hedge 0 peace-talks']);
  });

  it('keeps a rejection made, and a rejection of a thing\'s end, as they were', () => {
    expect(brief('The Kremlin ruled out a summit between the two presidents.')).toEqual(['russia reject - leaders-meeting']);
    expect(brief('Kyiv rejected the lifting of sanctions.')).toEqual(['ukraine reject + sanctions']);
  });
});

describe('what is denied, and reports dismissed, are no one\'s stance', () => {
  it('reads nothing in what a verb of denial denies', () => {
    expect(brief('Moscow denied that it had turned down the truce.')).toEqual([]);
    expect(brief('Kyiv denied agreeing to any territorial concessions.')).toEqual([]);
    expect(brief('Zelensky denied having accepted a land swap.')).toEqual([]);
  });

  // "The union denied it would end the strike" was the union's undertaking to end it, and "denied it would accept X"
  // an acceptance: English leaves out the "that" as often as not (a review, stop 51).
  it('reads nothing in a clause denied with no "that" before it, its subject a pronoun or a party', () => {
    expect(brief('Moscow denied it had turned down the truce.')).toEqual([]);
    expect(brief('Kyiv denied it would accept a land swap.')).toEqual([]);
    expect(brief('The Kremlin denied Moscow had endorsed a truce.')).toEqual([]);
    expect(brief('Russia denied it would stop the fighting.')).toEqual([]);
  });

  it('reads nothing in reports or claims denied or dismissed, nor in the dismissal itself', () => {
    expect(brief('The Kremlin dismissed reports that Moscow had endorsed a truce.')).toEqual([]);
    expect(brief('Kyiv denied claims that it had rejected a prisoner swap.')).toEqual([]);
    expect(brief('Zelensky rejected suggestions that Kyiv would accept a land swap.')).toEqual([]);
    // Said where they ran (a port strike: it read as the offer the reports were of).
    expect(brief('Peskov denied reports in the Western press that Russia had rejected a ceasefire.')).toEqual([]);
  });

  it('reads nothing in what is denied when the day or the channel of the denial stands between the verb and what it denies (a review of a port strike)', () => {
    // "The union denied on Tuesday that it had agreed to a minimum service" read as the union agreeing to it.
    expect(brief('Moscow denied on Tuesday that it had agreed to a truce.')).toEqual([]);
    expect(brief('Kyiv denied last week that it had rejected a prisoner swap.')).toEqual([]);
    expect(brief('The Kremlin denied in a statement on Monday that Moscow had endorsed a truce.')).toEqual([]);
    expect(brief('Kyiv denied on Friday agreeing to any territorial concessions.')).toEqual([]);
    // A verb of saying with its day still says it.
    expect(brief('Kyiv said on Tuesday that it had agreed to a truce.')).toEqual(['ukraine agree + ceasefire']);
  });

  it('reads a stance after the denial, in a clause of its own, as before', () => {
    expect(brief('Kyiv denied that the talks had failed and said it backs a truce.')).toEqual(['ukraine support + ceasefire']);
    expect(brief('Kyiv dismissed the reports and rejected a land swap.')).toEqual(['ukraine reject - territorial-concessions']);
  });

  it('reads what the dismisser says after it, in a participle set off by a comma (a review on a hostage deal)', () => {
    // The clause ", saying ..." was read as part of the reports dismissed, and nothing was read.
    expect(brief('Kyiv dismissed reports that it had accepted a ceasefire, saying any deal must include security guarantees.')).toEqual(['ukraine demand + security-guarantees']);
    expect(brief('Kyiv dismissed reports that it had accepted a ceasefire, adding that any deal must include security guarantees.')).toEqual(['ukraine demand + security-guarantees']);
  });
});

describe('what one party accuses another of is no stance ("accused Moscow of rejecting X")', () => {
  it('gives the accused no stance, and the accuser none', () => {
    expect(brief('Kyiv accused Moscow of rejecting a ceasefire.')).toEqual([]);
    expect(brief('Moscow was accused by Kyiv of rejecting the prisoner exchange.')).toEqual([]);
  });

  it('leaves the accuser\'s own stance after it as it is', () => {
    expect(brief('Kyiv accused Moscow of stalling and demanded a ceasefire.')).toEqual(['ukraine demand + ceasefire']);
  });
});

describe('a verb of saying in the infinitive ("too early to say whether ...")', () => {
  it('names no speaker: the name after it is what is asked about', () => {
    expect(brief('It is too early to say whether Kyiv will back the peace plan.')).toEqual([]);
    const [hedge] = read('It is too early to say whether Kyiv will back the peace plan, Yermak said.');
    expect(hedge!.brief).toBe('ukraine hedge 0 peace-talks');
    expect(hedge!.rules).toContain('speaker.subject.nearest');
  });
});

describe('doubting a thing, or leaving it open, is a hedge (a review of peace and trade talks)', () => {
  it('reads "is sceptical of X" and "does not rule anything in or out on X" as hedge 0; not sceptical, nothing', () => {
    expect(brief('Moscow is sceptical about a ceasefire.')).toEqual(['russia hedge 0 ceasefire']);
    expect(brief('Zelensky said he does not rule anything in or out on territorial concessions.')).toEqual(['ukraine hedge 0 territorial-concessions']);
    expect(brief('Moscow is not sceptical about a ceasefire.')).toEqual([]);
  });

  it('weighs "it" in quotes, after the quotation mark: what the sentence before demanded', () => {
    expect(brief('Kyiv demanded a prisoner swap. Peskov said Moscow "will consider" it.')).toEqual(['ukraine demand + prisoner-exchange', 'russia hedge 0 prisoner-exchange']);
  });
});

describe('a negation before an aside set off by commas (a review of trade talks: "would not, whatever pressure came ..., agree to drop the tariff" was an agreement)', () => {
  it('denies the cue after the aside, as it would without it', () => {
    expect(brief('Kyiv would not, whatever pressure came from Washington, agree to territorial concessions.')).toEqual(brief('Kyiv would not agree to territorial concessions.'));
    expect(brief('Kyiv would not, whatever pressure came from Washington, agree to territorial concessions.')).toEqual(['ukraine red-line - territorial-concessions']);
    // An aside with no negation before it denies nothing.
    expect(brief('Kyiv, after long talks, agreed to a ceasefire.')).toEqual(['ukraine agree + ceasefire']);
  });
});

describe('"nor" or "neither" before its auxiliary (a review of ferry talks: "Nor has the department ruled out a reduced timetable")', () => {
  it('denies the verb after the subject, in a clause of its own', () => {
    expect(brief('Nor has Kyiv ruled out a ceasefire.')).toEqual(['ukraine hedge 0 ceasefire']);
    expect(brief('Kyiv did not reject the plan, nor has it ruled out a ceasefire.')).toEqual(['ukraine hedge 0 ceasefire']);
    // A "nor" with no auxiliary carries the negation before it to its noun.
    expect(brief('Kyiv did not accept a ceasefire, nor new sanctions.')).toEqual(['ukraine reject - ceasefire', 'ukraine reject - sanctions']);
  });
});

describe('a firm negation fronted before an issue\'s own verb ("Under no circumstances will Kyiv cede the occupied regions", a leftover of stop 48)', () => {
  it('is a red line of the subject between the auxiliary and the verb, as "Kyiv will not cede X" is', () => {
    expect(brief('Under no circumstances will Kyiv cede the occupied regions.')).toEqual(['ukraine red-line - territorial-concessions']);
    expect(brief('Under no circumstances will Kyiv cede the occupied regions.')).toEqual(brief('Kyiv will not cede the occupied regions.'));
    expect(brief('At no point would the Ukrainian government cede the occupied regions.')).toEqual(['ukraine red-line - territorial-concessions']);
    const [fronted] = read('Under no circumstances will Kyiv cede the occupied regions, Zelensky said.');
    expect(fronted!.rules).toEqual(expect.arrayContaining(['cue:reject.will-not-do', 'holder:subject.inverted/subject.nearest', 'red-line:will-not']));
  });

  it('holds after "nor", the subject named or a pronoun for the holder of the sentence before', () => {
    expect(brief('Kyiv will not accept neutrality. Nor will Kyiv cede the occupied regions.')).toEqual(['ukraine red-line - neutrality', 'ukraine red-line - territorial-concessions']);
    expect(brief('Zelensky said Kyiv would not accept neutrality. Nor will it give up the occupied regions, he added.')).toEqual(['ukraine red-line - neutrality', 'ukraine red-line - territorial-concessions']);
  });

  it('reads nothing where no subject stands between the auxiliary and a verb, or the verb names no issue', () => {
    expect(brief('Nor will the talks resume soon.')).toEqual([]);
  });

  it('reads a bare "Never will X cede Y." as the red line it is, not as a line too short to be prose (a leftover of stop 49)', () => {
    // Five words, and no subject before the first verb: the line was set aside as `too-short`, with no unread reason.
    expect(brief('Never will Kyiv cede territory.')).toEqual(['ukraine red-line - territorial-concessions']);
    expect(brief('Nor will Moscow withdraw.')).toEqual([]);
    expect(read('Never will Kyiv cede territory.')[0]!.rules).toEqual(expect.arrayContaining(['cue:reject.will-not-do', 'holder:subject.inverted/subject.nearest']));
  });

  it('reads the phrase the lexicon names with its subject, the subject inverted ("Nor will Russia withdraw from Kherson", a leftover of stop 49)', () => {
    // "russia withdraw from * kherson" was matched from "Russia" on: no issue started at the verb, and the sentence was
    // set aside as `no-issue-verb`.
    expect(brief('Nor will Russia withdraw from Kherson.')).toEqual(['russia red-line + territorial-concessions']);
    expect(brief('Nor will Russia withdraw from Kherson.')).toEqual(brief('Russia will not withdraw from Kherson.'));
    expect(brief('Never will Moscow pull out of Crimea.')).toEqual(['russia red-line + territorial-concessions']);
    expect(brief('Under no circumstances will Russia withdraw from Kherson.')).toEqual(['russia red-line + territorial-concessions']);
    expect(brief('Nor will Kyiv withdraw from Kherson.')).toEqual(['ukraine red-line - territorial-concessions']);
    expect(brief('Kyiv demands that Russia withdraw from Kherson.')).toEqual(['ukraine demand - territorial-concessions']);
  });
});

describe('"not in a position to" X (a review of restitution talks: "\'not in a position today\' to commit to a deaccession law")', () => {
  it('is a hedge, not X, quoted or not', () => {
    expect(brief('Kyiv said it was not in a position to commit to a ceasefire.')).toEqual(['ukraine hedge 0 ceasefire']);
    expect(brief('Kyiv said it was "not in a position today" to commit to a ceasefire.')).toEqual(['ukraine hedge 0 ceasefire']);
    expect(brief('Kyiv said it was in a position to commit to a ceasefire.')).toEqual(['ukraine commit + ceasefire']);
  });
});

describe('"consider": weighing an issue is a hedge', () => {
  it('reads "might consider", "is considering" as hedge 0', () => {
    const [weighs] = read('Moscow said it might consider a prisoner swap.');
    expect(weighs!.brief).toBe('russia hedge 0 prisoner-exchange');
    expect(weighs!.rules).toContain('cue:hedge.consider');
    expect(brief('Kyiv is considering a truce for the winter, officials said.')).toEqual(['ukraine hedge 0 ceasefire']);
  });

  it('reads "would only consider X after Y" as a condition on X (no X until Y)', () => {
    const [only] = read("The Kremlin will only consider a truce after Kyiv's forces withdraw from the Zaporizhzhia region.");
    expect(only!.brief).toBe('russia condition - ceasefire');
    expect(only!.conditions).toEqual([{ issue: 'territorial-concessions', polarity: '+' }]);
    expect(only!.rules).toEqual(expect.arrayContaining(['cue:hedge.consider', 'condition:only']));
    const [late] = read('Moscow would consider peace talks only once Kyiv renounces its NATO bid.');
    expect([late!.brief, late!.conditions]).toEqual(['russia condition - peace-talks', [{ issue: 'nato-membership', polarity: '-' }]]);
  });

  it('keeps a condition without "only" on the hedge', () => {
    const [cond] = read('Moscow would consider a truce if Kyiv renounces its NATO bid.');
    expect([cond!.brief, cond!.conditions]).toEqual(['russia hedge 0 ceasefire', [{ issue: 'nato-membership', polarity: '-' }]]);
  });

  it('reads "will not consider" as a refusal', () => {
    expect(brief('Kyiv will not consider a land swap.')).toEqual(['ukraine reject - territorial-concessions']);
  });

  it('reads nothing where "consider" judges its object or takes a clause', () => {
    // No hedge: what it judges its object says the stance ("unthinkable" as "unacceptable": a refusal).
    expect(brief('Kyiv considers a land swap unthinkable.')).toEqual(['ukraine reject - territorial-concessions']);
    expect(brief('Kyiv considers a land swap unacceptable.')).toEqual(['ukraine reject - territorial-concessions']);
    expect(brief('Moscow considers the truce a trap.')).toEqual([]);
    expect(brief('The Kremlin considers that peace talks are premature.')).not.toContain('russia hedge 0 peace-talks');
  });
});

describe('a penalty the subject would face is the speaker\'s threat', () => {
  it('gives "X would face sanctions if ..." to the speaker, on the condition', () => {
    const [threat] = read('Washington warned that Moscow would face fresh sanctions if it turned down a truce.');
    expect(threat!.brief).toBe('united-states threat + sanctions');
    expect(threat!.conditions).toEqual([{ issue: 'ceasefire', polarity: '-' }]);
    expect(threat!.rules).toEqual(expect.arrayContaining(['cue:commit.conditional', 'holder:speaker']));
    expect(brief('Russia will face tougher sanctions unless it agrees to a truce, Macron said.')).toEqual(['france threat + sanctions']);
  });

  it('gives nothing with no speaker, and keeps the subject\'s own commitment ("will hold talks if ...")', () => {
    expect(brief('Russia would face fresh sanctions if it turned down a truce.')).toEqual([]);
    expect(brief('Kyiv will hold peace talks if Moscow agrees to a truce, Zelensky said.')).toContain('ukraine commit + peace-talks');
  });
});

describe('a stance left open on purpose is a hedge ("declined to comment on X", "remained neutral on X")', () => {
  it('reads declining to comment, to discuss, or to say whether as hedge 0, and neutrality, and taking no position', () => {
    expect(brief('Zelensky declined to comment on the ceasefire.')).toEqual(['ukraine hedge 0 ceasefire']);
    expect(brief('Kyiv declined to discuss a ceasefire.')).toEqual(['ukraine hedge 0 ceasefire']);
    expect(brief('Kyiv remained neutral on the ceasefire.')).toEqual(['ukraine hedge 0 ceasefire']);
    expect(brief('Kyiv takes no position on the ceasefire.')).toEqual(['ukraine hedge 0 ceasefire']);
  });

  // "had not decided whether to X", "had not yet taken a position on X", "an open mind about X", "willing to look at X"
  // read nothing, or a support (the negotiations' misses, stop 55).
  it('reads a thing not yet decided on, or no position yet taken on it, as hedge 0', () => {
    expect(brief('Kyiv has not decided whether to back a ceasefire.')).toEqual(['ukraine hedge 0 ceasefire']);
    expect(brief('Brussels has not yet decided on new sanctions.')).toEqual(['european-union hedge 0 sanctions']);
    expect(brief('Ankara has not yet taken a position on a prisoner exchange.')).toEqual(['turkey hedge 0 prisoner-exchange']);
    expect(brief('Berlin keeps an open mind about new sanctions.')).toEqual(['germany hedge 0 sanctions']);
    // Decided, it is the stance decided on.
    expect(brief('Kyiv has decided to back a ceasefire.')).toEqual(['ukraine support + ceasefire']);
    const strike = ingestText('The employer had not yet decided whether to offer a shorter working week.', { publishedAt: '2025-06-04' }, labourSetting(['the union'], [shorterWeek]));
    expect(isRight(strike) && strike.right.statements.map((x) => `${x.holder} ${x.kind} ${x.polarity} ${x.issue}`)).toEqual(['port-authority hedge 0 shorter-week']);
  });

  it('reads being willing or open to look at a thing as weighing it, as "willing to consider" is', () => {
    expect(brief('Ankara was willing to look at a ceasefire.')).toEqual(['turkey hedge 0 ceasefire']);
    expect(brief('Moscow was open to looking at a prisoner exchange.')).toEqual(['russia hedge 0 prisoner-exchange']);
  });

  // "the ministry was looking at a drought fund" and "X was one option among several" read nothing (the negotiations'
  // misses, stop 55).
  it('reads a thing being looked at, or called one option among others, as weighed', () => {
    expect(brief('Berlin was looking at new sanctions.')).toEqual(['germany hedge 0 sanctions']);
    expect(brief('Ankara said a prisoner exchange was one option among several.')).toEqual(['turkey hedge 0 prisoner-exchange']);
    expect(brief('New sanctions are among the options, Berlin said.')).toEqual(['germany hedge 0 sanctions']);
    // Looked at, done, weighs nothing said; nor what a party is looking at that is no matter of the lexicon.
    expect(brief('Kyiv looked at the ceasefire.')).toEqual([]);
    expect(brief('Kyiv is looking at a long winter.')).toEqual([]);
  });

  it('reads the stance asked about after "declined to say whether" as a hedge, not as the stance', () => {
    expect(brief('Zelensky declined to say whether Kyiv would back the peace plan.')).toEqual(['ukraine hedge 0 peace-talks']);
  });

  it('leaves declining to accept a refusal, and refusing to discuss to its other readings', () => {
    expect(brief('Kyiv declined to accept a ceasefire.')).toEqual(['ukraine reject - ceasefire']);
    expect(brief('Kyiv refused to discuss a ceasefire.')).not.toContain('ukraine hedge 0 ceasefire');
  });
});

describe('"stopped short of" a stance (a review of election talks: "a non-demand; at most a hedge")', () => {
  it('is a hedge of it, neither taken nor refused', () => {
    expect(brief('Kyiv stopped short of demanding a ceasefire.')).toEqual(['ukraine hedge 0 ceasefire']);
    expect(brief('The EU stopped short of backing a ceasefire.')).toEqual(['european-union hedge 0 ceasefire']);
  });
});

describe('"avoided" doing a thing (a review of accession talks: "avoided committing to a referendum" read as a commitment)', () => {
  it('is a hedge of it, neither done nor refused', () => {
    expect(brief('Kyiv avoided committing to a ceasefire.')).toEqual(['ukraine hedge 0 ceasefire']);
    expect(brief('Kyiv avoided backing a ceasefire.')).toEqual(['ukraine hedge 0 ceasefire']);
    expect(brief('Kyiv avoided rejecting a ceasefire.')).toEqual(['ukraine hedge 0 ceasefire']);
  });
});

describe('readiness to accept denied (a review of accession talks: "was not prepared to accept arbitration" kept its kind)', () => {
  it('refuses it, as "would not accept" does', () => {
    expect(brief('Kyiv was not prepared to accept a ceasefire.')).toEqual(['ukraine reject - ceasefire']);
    expect(brief('Kyiv is not ready to accept a ceasefire.')).toEqual(['ukraine reject - ceasefire']);
    expect(brief('Kyiv is ready to accept a ceasefire.')).toEqual(['ukraine accept + ceasefire']);
  });
});

describe('what a speaker did not say (a review of wage talks: "I never said we would overrule")', () => {
  it('is no one\'s stance, with or without "that"', () => {
    expect(brief('Zelensky did not say Kyiv would accept a ceasefire.')).toEqual([]);
    expect(brief('"I never said we would accept a ceasefire," Zelensky said.')).toEqual([]);
    expect(brief('Zelensky never said that Kyiv would accept a ceasefire.')).toEqual([]);
  });

  it('leaves what was said as it was', () => {
    expect(brief('Zelensky said Kyiv would accept a ceasefire.')).toEqual(['ukraine accept + ceasefire']);
  });
});

describe('"I never said we would X" with no cue before X', () => {
  it('commits to nothing, where "said we would X" commits', () => {
    expect(brief('Zelensky said we would cede territory.')).toEqual(['ukraine commit + territorial-concessions']);
    expect(brief('"I never said we would cede territory," Zelensky said.')).not.toContain('ukraine commit + territorial-concessions');
  });
});

describe('a subject that names no one denies its verb, whatever words qualify it (a review of a port strike)', () => {
  it('reads "nobody from X", "no one here", "none of us" before the cue as its denial, as "nobody" right before it is', () => {
    // Each read as agreeing to, accepting or supporting the thing: the "nobody" stood too far before the verb.
    expect(brief('"Nobody in Kyiv has agreed to a truce," Zelensky said.')).toEqual(['ukraine reject - ceasefire']);
    expect(brief('"No one here will accept territorial concessions," Zelensky said.')).toEqual(['ukraine reject - territorial-concessions']);
    expect(brief('"None of us supports a truce," Zelensky said.')).toEqual(['ukraine reject - ceasefire']);
    expect(brief('Zelensky said nobody in Kyiv would accept a land swap.')).toEqual(['ukraine reject - territorial-concessions']);
  });

  it('leaves a stance alone when "nobody" is the subject of another verb or of a clause of its own', () => {
    expect(brief('"Nobody doubts that Kyiv will accept a truce," Zelensky said.')).toEqual(['ukraine accept + ceasefire']);
    expect(brief('Kyiv, which nobody trusts, accepted a truce.')).toEqual(['ukraine accept + ceasefire']);
  });
});

// "was leaning against litigation", "is leaning toward a 6.5 percent rise" read nothing (the negotiations' misses, stop 56).
describe('a party leaning towards or against a thing', () => {
  it('is undecided with a side it tends to: a hedge of that polarity', () => {
    expect(brief('Peskov said Moscow was leaning against new sanctions.')).toEqual(['russia hedge - sanctions']);
    expect(brief('Kyiv was leaning towards a ceasefire, officials said.')).toEqual(['ukraine hedge + ceasefire']);
    expect(brief('Brussels is leaning toward a prisoner exchange.')).toEqual(['european-union hedge + prisoner-exchange']);
  });

  it('is nothing denied, or said of a thing that leans', () => {
    expect(brief('Kyiv was not leaning towards a ceasefire.')).toEqual([]);
    expect(brief('The old building was leaning against the wall.')).toEqual([]);
  });

  // "was inclined to re-tender the route", "inclined to raise the fund" read nothing, and "inclined to accept X" an
  // acceptance (the negotiations' misses, stop 56).
  it('is so inclined to do what a verb says of the thing: a hedge of the verb\'s polarity; not inclined, a refusal as before', () => {
    expect(brief('Peskov said Moscow was inclined to accept a ceasefire.')).toEqual(['russia hedge + ceasefire']);
    expect(brief('Officials said Brussels was inclined to lift sanctions.')).toEqual(['european-union hedge - sanctions']);
    expect(brief('Kyiv was not inclined to accept a ceasefire.')).toEqual(['ukraine reject - ceasefire']);
  });
});

// '"Nobody wants to strike"', told by the union that may strike, was its refusal of the strike (the negotiations' wrong
// readings, stop 57).
describe('a reluctance told of everyone ("nobody wants to X", "no one here wants to X")', () => {
  it('is the speaker\'s hedge on what the verb after it names, not a refusal', () => {
    expect(brief('"Nobody in Kyiv wants to keep fighting," Zelensky said.')).toEqual(['ukraine hedge 0 ceasefire']);
    expect(brief('"No one wants to impose new sanctions," a Kremlin spokesman said.')).toEqual(['russia hedge 0 sanctions']);
    expect(read('Peskov said nobody wanted to impose new sanctions.')[0]!.rules).toContain('cue:hedge.nobody-wants');
  });

  it('leaves a thing no one wants, with no verb, to the reading of "want" denied', () => {
    expect(brief('"Nobody wants new sanctions," Peskov said.')).toEqual(['russia reject - sanctions']);
  });
});
