// Conditions as negotiation news words them, from a held-out review of
// ingest on sentences of its own: a condition named by a noun phrase
// ("only after a ceasefire"), "but only if", "provided", "in exchange for";
// and which conditional stances are threats (a refusal as trigger, a
// warning) and which are offers (the other side giving something up).
import { isRight } from 'fp-ts/lib/Either.js';
import { buildRegistry, compileLexicon, DEFAULT_ACTORS, DEFAULT_LEXICON, ingestText } from '@stancelog/ingest';
import { read } from './briefs.js';
import { coalitionSetting } from './coalition-setting.js';
import { transit } from './transit-setting.js';
import { labourSetting, shorterWeek } from './labour-setting.js';

/** Each statement as `holder kind polarity issue`, then ` if issue polarity` for each condition. */
const said = (text: string) => read(text).map((x) => `${x.brief}${x.conditions.map((c) => ` if ${c.issue} ${c.polarity}`).join('')}`);

const coalition = (text: string) => {
  const r = ingestText(text, { publishedAt: '2026-03-04' }, coalitionSetting);
  if (!isRight(r)) throw new Error(r.left.message);
  return r.right.statements.map((s) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}${(s.conditions ?? []).map((c) => ` if ${c.issue} ${c.polarity}`).join('')}`);
};

describe('a condition named by a noun phrase after "after", "before" or "until"', () => {
  it('"only after X" conditions the stance on X, which is no object of its own', () => {
    expect(said('Ukraine would only accept negotiations after a ceasefire.')).toEqual(['ukraine accept + peace-talks if ceasefire +']);
    expect(said('Ukraine would accept negotiations only after a truce.')).toEqual(['ukraine accept + peace-talks if ceasefire +']);
    expect(said('Ukraine will only agree to talks once a ceasefire holds.')).toEqual(['ukraine agree + peace-talks if ceasefire +']);
    expect(said('Zelensky said Ukraine would agree to talks only after a full ceasefire.')).toEqual(['ukraine agree + peace-talks if ceasefire +']);
    expect(said('Russia would only agree to a truce after sanctions relief.')).toEqual(['russia agree + ceasefire if sanctions -']);
  });

  it('names the marker among the rules, and reads "after X" under "would" or first in the sentence alike', () => {
    const [talks] = read('"We will only accept negotiations after a ceasefire," Zelensky said.');
    expect(talks!.brief).toBe('ukraine accept + peace-talks');
    expect(talks!.conditions).toEqual([{ issue: 'ceasefire', polarity: '+' }]);
    expect(talks!.rules).toContain('condition.marker:after');
    expect(said('After a ceasefire, Ukraine would accept negotiations.')).toEqual(['ukraine accept + peace-talks if ceasefire +']);
  });

  it('"not ... before X" and "not ... until X" are the stance once X holds, not a refusal of X', () => {
    expect(said('Ukraine will not accept talks before a ceasefire.')).toEqual(['ukraine accept + peace-talks if ceasefire +']);
    expect(said('Ukraine will not accept talks until a ceasefire.')).toEqual(['ukraine accept + peace-talks if ceasefire +']);
    expect(transit('The union rejects split shifts until a pay rise.')).toEqual(['transit-union reject - split-shifts if pay-rise -']);
  });

  it('told as past, or set off by a comma, is the time of the stance: it names no condition and no object', () => {
    expect(said('Ukraine accepted negotiations after a ceasefire.')).toEqual(['ukraine accept + peace-talks']);
    expect(said('Russia rejected a ceasefire after the talks.')).toEqual(['russia reject - ceasefire']);
    expect(said('Russia rejected a ceasefire after the talks and demanded territorial concessions.')).toEqual(['russia reject - ceasefire', 'russia demand + territorial-concessions']);
    expect(said('Ukraine did not accept talks before a ceasefire.')).toEqual(['ukraine reject - peace-talks']);
    expect(said('Kyiv will accept a truce if Moscow agrees, after peace talks in Jeddah.')).toEqual(['ukraine accept + ceasefire']);
  });

  it('is no condition when a year or a time follows "until" (a port strike: "a job guarantee until 2035" made a threat and cut a list short)', () => {
    // A verb later in the clause ("are run") made "until 2035, ..." a clause of its own.
    const text = 'Kyiv demanded security guarantees until 2035, a prisoner swap, and a say over how the talks are run.';
    expect(read(text)[0]!.rules.filter((r) => r.startsWith('condition.'))).toEqual([]);
    expect(said(text)).toEqual(['ukraine demand + security-guarantees', 'ukraine demand + prisoner-exchange', 'ukraine demand + peace-talks']);
    expect(said('Washington will keep military aid until the end of the year, a Pentagon official said.')).toEqual(['united-states support + military-aid']);
  });

  it('reads a clause after the word as before ("only after Russia withdraws from Kherson")', () => {
    expect(said('Kyiv said it was ready to consider a truce only after Russia withdraws from Kherson.')).toEqual(['ukraine condition - ceasefire if territorial-concessions -']);
  });
});

describe('"but only if", "but only after": the condition of the clause before "but"', () => {
  it('conditions what was said before it', () => {
    expect(said('Kyiv is ready to accept a truce, but only if Moscow agrees to a prisoner exchange.')).toEqual(['ukraine accept + ceasefire if prisoner-exchange +', 'ukraine demand + prisoner-exchange']);
    expect(said('Russia would agree to talks, but only after sanctions are lifted.')).toEqual(['russia agree + peace-talks if sanctions -']);
  });
});

describe('"provided" and "in exchange for" as condition markers', () => {
  it('"provided" before a clause conditions the stance; "provided" as a verb does not', () => {
    expect(transit('The operators will table a new offer provided the drivers return to work.')).toEqual(['operators propose + pay-offer if strike -', 'operators demand - strike']);
    expect(said('Washington provided military aid to Kyiv.')).toEqual([]);
  });

  it('what is asked in return is a condition, unless the stance is a refusal or "even" sets it aside', () => {
    expect(said('Russia offered a ceasefire in exchange for sanctions relief.')).toEqual(['russia propose + ceasefire if sanctions -']);
    expect(said('Zelensky said Kyiv would never give up Crimea, even in exchange for a ceasefire.')).toEqual(['ukraine red-line - territorial-concessions']);
    expect(said('Kyiv will not accept a ceasefire in exchange for territorial concessions.')).toEqual(['ukraine red-line - ceasefire']);
  });

  // "in return for an easing of sanctions" was a condition of more sanctions: "easing", read as a noun, undid nothing
  // (a leftover of stop 50).
  it('reads the price as its words undo it: the lifting or easing of sanctions is fewer of them', () => {
    expect(said('Russia would accept a truce in exchange for the lifting of sanctions.')).toEqual(['russia accept + ceasefire if sanctions -']);
    expect(said('Russia would accept a truce in return for an easing of sanctions.')).toEqual(['russia accept + ceasefire if sanctions -']);
    expect(said('Russia demanded the easing of sanctions.')).toEqual(['russia demand - sanctions']);
  });

  it('names a price, which alone makes no commitment of a clause with no cue', () => {
    expect(said('Russia said it would only withdraw from Kherson in exchange for sanctions relief.')).toEqual([]);
  });
});

describe('a stance denied "unless" Y (a review of a river treaty: "would not sign any treaty unless it secured X" was a threat)', () => {
  it('is the stance only if Y, a precondition, its "not" the condition\'s, as one denied "until" Y is', () => {
    expect(said('Kyiv would not sign any ceasefire unless Moscow agreed to a prisoner exchange.')).toEqual(['ukraine commit + ceasefire if prisoner-exchange +', 'ukraine demand + prisoner-exchange']);
    expect(said('Unless Moscow agrees to a prisoner exchange, Kyiv will not accept a ceasefire.')).toEqual(['ukraine accept + ceasefire if prisoner-exchange +', 'ukraine demand + prisoner-exchange']);
  });

  it('reaches no further than its own clause: a clause after "and" with a pronoun for subject is another\'s (a review of a nurses\' strike)', () => {
    // The refusal names no issue: the strike of the next clause is no part of it, and is not accepted "unless" Y.
    const read = transit('"We will not accept any deal that cuts pay, and we will strike unless the operators agree to arbitration," the union said.');
    expect(read.filter((s) => s.includes('accept'))).toEqual([]);
  });

  it('leaves a stance not denied a threat, and a refusal by the issue\'s own verb as it was', () => {
    expect(said('Washington would halt military aid unless Kyiv agreed to a ceasefire.')).toEqual(['united-states threat - military-aid if ceasefire -', 'united-states demand + ceasefire']);
    expect(said('Kyiv will not cede territory unless Moscow agrees to a ceasefire.')).toEqual(['ukraine reject - territorial-concessions if ceasefire -', 'ukraine demand + ceasefire']);
  });
});

describe('"the day", "the moment" and a clause: a time to come, as "once" (a review: "must be lifted the day the agreement takes effect" negated the agreement)', () => {
  it('conditions the stance on what the clause names, after the modal or before it', () => {
    expect(said('Lavrov said all sanctions must be lifted the day the peace agreement takes effect.')).toEqual(['russia demand - sanctions if peace-talks +']);
    expect(said('Russia will accept a ceasefire the moment Ukraine withdraws from the four regions.')).toEqual(['russia accept + ceasefire if territorial-concessions +']);
  });

  it('is a clause of its own, conditioning nothing, told as past; and no condition without a clause', () => {
    expect(said('Russia rejected the ceasefire the day Kyiv proposed it.')).toEqual(['russia reject - ceasefire', 'ukraine propose + ceasefire']);
    expect(said('Russia will accept a ceasefire the day after.')).toEqual(['russia accept + ceasefire']);
  });
});

describe('a conditional stance: an offer or a threat', () => {
  it('is an offer when the condition is the other side giving something up', () => {
    expect(said('Kyiv would support peace talks if Russia withdraws from Kherson.')).toEqual(['ukraine support + peace-talks if territorial-concessions -']);
    expect(said('The EU would lift sanctions if Russia withdraws from Kherson.')).toEqual(['european-union commit - sanctions if territorial-concessions -']);
    expect(said('Kyiv would back a prisoner exchange if Moscow drops its demand for neutrality.')).toEqual(['ukraine support + prisoner-exchange if neutrality -']);
    expect(coalition('The Greens would back the coalition agreement provided that Labour drops its opposition to a rent cap.')).toEqual(['green-alliance support + coalition-agreement if rent-cap +', 'green-alliance demand + rent-cap']);
  });

  it('is a threat when the trigger is a refusal, and stays one as before', () => {
    expect(said('The EU would impose sanctions if Moscow does not lift its blockade of the ports.')).toEqual(['european-union threat + sanctions']);
    expect(said('Zelensky called for harsher sanctions if Moscow does not accept a truce.')).toEqual(['ukraine threat + sanctions if ceasefire -']);
    expect(said('Washington would halt military aid unless Kyiv agreed to a ceasefire.')).toEqual(['united-states threat - military-aid if ceasefire -', 'united-states demand + ceasefire']);
  });

  it('is an offer on terms when a negative term is set by "provided" or "as long as" (reviews of plastics, hospital and police talks)', () => {
    expect(said('Kyiv would back a ceasefire as long as Moscow did not lift the sanctions.')).toEqual(['ukraine support + ceasefire if sanctions +', 'ukraine demand + sanctions']);
    expect(said('Kyiv would back a ceasefire provided the sanctions are real and not a promise.')).toEqual(['ukraine support + ceasefire if sanctions +', 'ukraine demand + sanctions']);
    // A verb's cue used as a noun in the term refuses nothing.
    expect(said('Kyiv would back a ceasefire only if its lawyers concluded it would survive a court challenge.')).toEqual(['ukraine support + ceasefire']);
  });

  it('ends a condition at ", and warned that": a second thing said, whose warning makes a threat of what follows it only (a review of plastics talks)', () => {
    expect(said('Zelensky said Kyiv would accept a ceasefire only if Moscow withdrew from Kherson, and warned that Kyiv would seek new sanctions if Moscow attacked again.')).toEqual([
      'ukraine accept + ceasefire if territorial-concessions -',
      'ukraine demand - territorial-concessions',
      'ukraine threat + sanctions',
    ]);
  });

  it('reads "will not hesitate to X" as undertaking X, its "not" the hesitation\'s (reviews of airport and music talks)', () => {
    expect(said('Kyiv will not hesitate to impose sanctions.')).toEqual(['ukraine commit + sanctions']);
    expect(said('Kyiv said it would never hesitate to accept a ceasefire.')).toEqual(['ukraine commit + ceasefire']);
  });

  it('reads failing to do a thing in the trigger as not doing it: a threat (a review of gas transit talks)', () => {
    expect(said('Kyiv would impose sanctions if Moscow failed to agree to a ceasefire.')).toEqual(['ukraine threat + sanctions if ceasefire -']);
    // Not "failed talks", which came to nothing: no negation of what the sentence asks for.
    expect(said('Kyiv urged Western allies to tighten sanctions on Russia following failed ceasefire talks in Istanbul.')).toContain('ukraine demand + peace-talks');
  });

  it('is a threat when the sentence warns of it, before or after', () => {
    const [halt] = read('Kyiv warned it would halt the prisoner exchange if Moscow kept shelling cities.');
    expect(halt!.brief).toBe('ukraine threat - prisoner-exchange');
    expect(halt!.rules).toContain('threat:warned');
    expect(said('Washington would impose sanctions if Moscow kept shelling cities, Rubio warned.')).toEqual(['united-states threat + sanctions']);
    expect(said('Washington would extend military aid if Moscow kept shelling cities.')).toEqual(['united-states commit + military-aid']);
    // Unwarned, an act of pressure undertaken if another acts is a threat by what it is (see below).
    expect(said('Washington would impose sanctions if Moscow kept shelling cities.')).toEqual(['united-states threat + sanctions']);
    // ", warning that ...", which the tagger reads as a noun (a review of coalition talks).
    expect(said('Zelensky went further, warning that Kyiv would walk out of the peace talks if sanctions were lifted.')).toEqual(['ukraine threat - peace-talks if sanctions -']);
  });

  it('counts a condition\'s verb that both is a cue and ends a thing once ("if Washington ends military aid")', () => {
    expect(said('Moscow would accept a ceasefire if Washington ends military aid.')).toEqual(['russia accept + ceasefire if military-aid -']);
    // So a phrasal one ("phases out"), which the tagger may take for a noun.
    expect(said('Moscow would accept a ceasefire if Washington phases out military aid.')).toEqual(['russia accept + ceasefire if military-aid -']);
    expect(said('Moscow would accept a ceasefire in exchange for a pledge to phase out military aid.')).toEqual(['russia accept + ceasefire if military-aid -']);
  });

  it('is a threat when what is denied "if" another acts is something the holder would give (a climate summit: "would not contribute to the fund if ...")', () => {
    expect(said("Moscow won't sign a peace deal if Kyiv joins NATO.")).toEqual(['russia threat - peace-talks if nato-membership +']);
    const [withheld] = read('Washington would not provide military aid if Kyiv joined NATO.');
    expect([withheld!.brief, withheld!.rules.includes('threat:withheld')]).toEqual(['united-states threat - military-aid', true]);
    // What is not ended is promised, not threatened; "unless" makes the "not" the condition's, as before.
    expect(said('Washington would not halt military aid if Kyiv agreed to talks.')).toEqual(['united-states commit + military-aid if peace-talks +']);
  });

  it('reads an issue that ends by itself with a verb the tagger takes for a noun ("military aid stops")', () => {
    expect(said('Moscow would accept a ceasefire only if Western military aid stops.')).toEqual(['russia accept + ceasefire if military-aid -', 'russia demand - military-aid']);
  });
});

describe('a refusal in the passive as the trigger ("if the truce is rejected")', () => {
  it('refuses what it is said of, as the active voice does, and makes a threat', () => {
    expect(said('The EU would impose new sanctions if the truce is rejected.')).toEqual(['european-union threat + sanctions if ceasefire -']);
    expect(said('Berlin would halt military aid if the peace deal is turned down.')).toEqual(['germany threat - military-aid if peace-talks -']);
    // "unless X is accepted" is "if X is not accepted", as before.
    expect(said('Washington will impose sanctions unless the ceasefire is accepted.')).toEqual(['united-states threat + sanctions if ceasefire -']);
  });
});

describe('a coordinated predicate with an auxiliary of its own ("backs X and is prepared to Y if Z")', () => {
  it('takes the condition after it, and the first predicate keeps its own reading', () => {
    expect(said('Paris backs a ceasefire and is prepared to impose sanctions if the truce is refused.')).toEqual(['france support + ceasefire', 'france threat + sanctions if ceasefire -']);
    expect(said('Kyiv rejects territorial concessions and would accept talks if Moscow agrees to a ceasefire.')).toEqual(['ukraine reject - territorial-concessions', 'ukraine accept + peace-talks if ceasefire +']);
  });

  // (Readiness on a condition is an offer since stop 53: propose.)
  it('one after a cue that is no verb ("is ready to X and is willing to Y if Z") takes the condition too', () => {
    expect(said('Ukraine is ready to sign a ceasefire and is willing to join peace talks if sanctions are lifted.')).toEqual(['ukraine support + ceasefire', 'ukraine commit + ceasefire', 'ukraine propose + peace-talks if sanctions -']);
    expect(said('Ukraine supports a ceasefire and is now ready to join peace talks if sanctions are lifted.')).toEqual(['ukraine support + ceasefire', 'ukraine propose + peace-talks if sanctions -']);
  });

  it('one with no cue of its own ("and will join talks if Z") is still read by the verb before it, with the condition', () => {
    expect(said('Ukraine supports a ceasefire and will join peace talks if sanctions are lifted.')).toEqual(['ukraine support + ceasefire if sanctions -', 'ukraine support + peace-talks if sanctions -']);
  });

  it('one whose cue names no issue of its own, or only the one before it ("and will keep fighting unless Z"), leaves the condition to the whole sentence', () => {
    // "keep fighting" is the ceasefire refused again, in other words: the refusal is what the condition is of.
    // Denied unless Z: the stance only if Z (before stop 37, the refusal if not Z).
    expect(said('Moscow will not agree to a truce and will keep fighting unless sanctions are eased.')).toEqual(['russia agree + ceasefire if sanctions -', 'russia demand - sanctions']);
    expect(said('Moscow will not agree to a truce and will keep fighting unless sanctions are eased.')).toEqual(said('Moscow will not agree to a truce unless sanctions are eased.'));
    expect(said('The Kremlin will turn down any truce and will continue the war until sanctions are lifted.')).toEqual(['russia reject - ceasefire if sanctions +']);
    // "keep up its offensive" names no issue at all.
    expect(said('Russia will reject any truce and will keep up its offensive unless sanctions are lifted.')).toEqual(['russia reject - ceasefire if sanctions +', 'russia demand - sanctions']);
  });
});

describe('a coordinated predicate with an auxiliary of its own, after a stance told as a fact', () => {
  it('takes the condition alone when the stance before "and" has no modal ("backs talks and would accept them if Z")', () => {
    // The backing is stated as it stands; only the acceptance waits for the condition, though it names the same issue.
    expect(said('The Kremlin backs talks and would accept them if sanctions are lifted.')).toEqual(['russia support + peace-talks', 'russia accept + peace-talks if sanctions -']);
    expect(said('Kyiv rejects a truce and will keep fighting until Russia withdraws from Kherson.')).toEqual(['ukraine reject - ceasefire']);
  });
});

describe('a threat appended by ", warning" ("X backed Y, warning Moscow would face Z if ...")', () => {
  it('is the threat of the subject who warns, the clause before keeping its own stance', () => {
    for (const text of [
      'Washington backed sanctions, warning Moscow would face new sanctions if it rejects a ceasefire.',
      'Washington backed sanctions, warning that Moscow would face new sanctions if it rejects a ceasefire.',
      // "faces" in the present says what "would face" does.
      'Washington backed sanctions, warning Moscow faces new sanctions if it rejects a ceasefire.',
    ]) expect(said(text)).toEqual(['united-states support + sanctions', 'united-states threat + sanctions if ceasefire -']);
  });
});

describe('a condition whose subject is named before an adverb or a coordinated predicate', () => {
  it('reads Russia withdrawing as no concession ("if Moscow accepts a truce and withdraws from Kherson")', () => {
    expect(said('Kyiv would accept talks if Moscow accepts a truce and withdraws from Kherson.')).toEqual(['ukraine accept + peace-talks if ceasefire + if territorial-concessions -']);
    expect(said('Kyiv would accept talks if Moscow withdraws from Kherson.')).toEqual(['ukraine accept + peace-talks if territorial-concessions -']);
    // Ukraine withdrawing is still a concession.
    expect(said('Moscow would accept talks if Kyiv accepts a truce and withdraws from Kherson.')).toEqual(['russia accept + peace-talks if ceasefire + if territorial-concessions +']);
  });
});

describe('"unless" with a trigger that names no issue ("unless Moscow complies")', () => {
  it('is a threat, as the same threat is whose trigger names its own issue', () => {
    expect(said('Washington will impose new sanctions unless Moscow complies.')).toEqual(['united-states threat + sanctions']);
    expect(said('Washington will impose new sanctions unless Moscow complies.')).toEqual(said('Washington will impose new sanctions unless Moscow complies with the existing sanctions.'));
  });
});

describe('a predicate after a condition that follows its stance ("X will do A if Y agrees to B and will do C")', () => {
  it('is the stance\'s subject\'s, not the condition\'s, and no part of the condition', () => {
    expect(said('Ukraine will join peace talks if Russia agrees to a ceasefire and will reject any territorial concessions.')).toEqual([
      'ukraine commit + peace-talks if ceasefire +',
      'ukraine reject - territorial-concessions',
    ]);
    expect(said('The EU will lift sanctions once Russia pulls out of Kherson, and would then back security guarantees for Kyiv.')).toEqual([
      'european-union commit - sanctions if territorial-concessions -',
      'european-union support + security-guarantees',
    ]);
  });

  it('is read as before when no modal opens it, or the condition has one of its own (the verb may be the condition\'s subject\'s)', () => {
    expect(said('Kyiv would accept talks if Moscow agrees to a truce but rejects territorial concessions.')).toEqual(['ukraine accept + peace-talks if ceasefire +', 'russia reject - territorial-concessions']);
    expect(said('Kyiv would accept talks if Moscow agrees to a truce and rejects territorial concessions.')).toEqual(['ukraine accept + peace-talks if ceasefire + if territorial-concessions -']);
  });

  it('leaves a condition that comes first, to its comma, with the clause after it ("If Y agrees to B, X will do A")', () => {
    expect(said('If Russia agrees to a ceasefire, Ukraine will join peace talks.')).toEqual(['ukraine commit + peace-talks if ceasefire +']);
    expect(said('If Russia agrees to a ceasefire, Ukraine will join peace talks.')).toEqual(said('Ukraine will join peace talks if Russia agrees to a ceasefire.'));
  });
});

describe('a clause with a subject of its own after a condition that follows its stance (", and it will demand X")', () => {
  it('ends the condition: what it states is no condition, and its pronoun is not the condition\'s subject', () => {
    expect(said('Kyiv would sign a truce if Moscow pulls out of Kherson, and it would also seek security guarantees.')).toEqual([
      'ukraine commit + ceasefire if territorial-concessions -',
      'ukraine demand + security-guarantees',
    ]);
    expect(said('Kyiv will accept talks if Moscow agrees to a truce, and the EU will back security guarantees.')).toEqual([
      'ukraine accept + peace-talks if ceasefire +',
      'european-union support + security-guarantees',
    ]);
    // With no modal it is still the condition's ("and Moscow withdraws from X").
    expect(said('Kyiv will accept talks if Moscow agrees to a truce and Moscow pulls out of Kherson.')).toEqual(['ukraine accept + peace-talks if ceasefire + if territorial-concessions -']);
  });
});

describe('a predicate with no cue resuming the clause before a condition ("... if Y and will resume talks")', () => {
  it('commits the subject to what it names, without the condition', () => {
    const [eased, talks] = read('The EU will ease sanctions if Russia agrees to a ceasefire and will resume the talks.');
    expect(eased!.brief).toBe('european-union commit - sanctions');
    expect(eased!.conditions).toEqual([{ issue: 'ceasefire', polarity: '+' }]);
    expect(talks!.brief).toBe('european-union commit + peace-talks');
    expect(talks!.conditions).toEqual([]);
    expect(talks!.rules).toContain('commit.resumed');
    expect(said('Germany will back new sanctions if Russia rejects a truce and will then resume military aid.')).toEqual(['germany threat + sanctions if ceasefire -', 'germany commit + military-aid']);
  });
});

describe('"otherwise": a stance on a condition refused that this sentence does not name', () => {
  it('is a threat with no condition, not a commitment, at the end or the start of its clause', () => {
    const text = 'Russia must accept a ceasefire by Friday. The EU will impose further sanctions otherwise.';
    const [sanctions] = read(text);
    expect(sanctions!.brief).toBe('european-union threat + sanctions');
    expect(sanctions!.conditions).toEqual([]);
    expect(sanctions!.rules).toContain('threat:otherwise');
    expect(said('Otherwise, the EU will impose further sanctions, Kallas said.')).toEqual(['european-union threat + sanctions']);
    // After a comma it is a clause of its own, out of the reach of the modal before it.
    expect(said('Russia must accept a ceasefire, otherwise the EU will impose further sanctions, Kallas said.')).toEqual(['european-union demand + ceasefire', 'european-union threat + sanctions']);
    expect(said('The EU will impose further sanctions, Kallas said.')).toEqual(['european-union commit + sanctions']);
  });

  it('reads "it" or "he" right after it as the one who asked in the clause before, not the party asked', () => {
    expect(said('Washington urged Moscow to accept a ceasefire, otherwise it will impose new sanctions.')).toEqual(['united-states demand + ceasefire', 'united-states threat + sanctions']);
    expect(said('Trump urged Putin to accept a truce, otherwise he would impose new sanctions.')).toEqual(['united-states demand + ceasefire', 'united-states threat + sanctions']);
    expect(said('Kyiv demanded that Moscow pull out of Kherson, otherwise it would halt the prisoner exchange.')).toEqual(['ukraine demand - territorial-concessions', 'ukraine threat - prisoner-exchange']);
    // Opening a sentence of its own, it still stands for the subject of the sentence before.
    expect(said('The EU urged Russia to accept a truce. Otherwise, it will impose new sanctions.')).toEqual(['european-union demand + ceasefire', 'european-union threat + sanctions']);
  });

  it('ends what was asked at ", otherwise," (a comma after it too) and at ", or else"', () => {
    expect(said('Trump urged Putin to accept a truce, otherwise, he would impose new sanctions.')).toEqual(['united-states demand + ceasefire', 'united-states threat + sanctions']);
    expect(said('Washington urged Moscow to accept a ceasefire, otherwise, it will impose new sanctions.')).toEqual(['united-states demand + ceasefire', 'united-states threat + sanctions']);
    expect(said('Washington urged Moscow to accept a ceasefire, or else it will impose new sanctions.')).toEqual(['united-states demand + ceasefire', 'united-states threat + sanctions']);
    expect(said('Trump urged Putin to accept a truce, or else he would impose new sanctions.')).toEqual(['united-states demand + ceasefire', 'united-states threat + sanctions']);
    // Ending the sentence, it cuts nothing.
    expect(said('Washington urged Moscow to accept a truce, or else.')).toEqual(['united-states demand + ceasefire']);
  });
});

describe('warning a party of a thing ("warning Moscow of new sanctions")', () => {
  it('is a threat of the one who warns, on a condition or not', () => {
    const [threat] = read('Washington warned Moscow of new sanctions.');
    expect(threat!.brief).toBe('united-states threat + sanctions');
    expect(threat!.rules).toContain('cue:threat.warn-of');
    expect(said('Washington warned Moscow of new sanctions if it rejects a ceasefire.')).toEqual(['united-states threat + sanctions if ceasefire -']);
    expect(said('Paris is warning the Kremlin of further sanctions.')).toEqual(['france threat + sanctions']);
  });

  it('appended by ", warning", is no part of the object of the verb before it', () => {
    expect(said('London turned down the land swap, warning Moscow of new sanctions.')).toEqual(['united-kingdom reject - territorial-concessions', 'united-kingdom threat + sanctions']);
    expect(said('Washington backed a ceasefire, warning Moscow of new sanctions.')).toEqual(['united-states support + ceasefire', 'united-states threat + sanctions']);
  });

  it('states nothing when no party is warned, or nothing the lexicon knows is warned of', () => {
    expect(said('Kyiv warned of a long war.')).toEqual([]);
    expect(said('Analysts warned of new sanctions.')).toEqual([]);
    expect(said('Kyiv warned Moscow of the consequences.')).toEqual([]);
  });

  it('needs the issue to head the noun phrase after "of": a risk of it, its collapse, or another\'s act is no threat', () => {
    for (const text of [
      'Ukraine warned the EU of the risks of lifting sanctions.',
      'Zelensky warned Trump of the dangers of a ceasefire.',
      'Moscow warned Kyiv of the consequences of joining NATO.',
      'Paris warned Berlin of the cost of new sanctions.',
      'London warned Moscow of the collapse of the ceasefire.',
      "Kyiv warned Moscow of the ceasefire's collapse.",
      'Kyiv warned Moscow of a ceasefire deadline.',
      'Kyiv warned the EU of new sanctions by Moscow.',
    ]) {
      expect(said(text)).toEqual([]);
    }
    // Determiners and adjectives before the issue, or an adverb before "of", are passed over.
    expect(said('Washington warned the Kremlin of tougher sanctions.')).toEqual(['united-states threat + sanctions']);
    expect(said('Paris warned Moscow and Kyiv of new sanctions.')).toEqual(['france threat + sanctions']);
    expect(said('Washington warned Moscow again of new sanctions.')).toEqual(['united-states threat + sanctions']);
    expect(said('Berlin warned Moscow of further sanctions, Scholz said.')).toEqual(['germany threat + sanctions']);
  });
});

describe('a condition after "and" and a verb of saying', () => {
  it('conditions what was said, not a stance before it ("rejected X and said the strike would continue until Y")', () => {
    expect(transit('The union rejected arbitration and said the strike would continue until the operators table a new offer.')).toEqual(['transit-union reject - arbitration']);
  });

  it('reads a clause after a word of sequence whose verb the tagger takes for a noun ("as soon as the operators sign")', () => {
    expect(transit('The union said it would end the strike as soon as the operators sign the agreement.')).toEqual(['transit-union commit - strike if agreement +']);
  });
});

describe('a statement is one a store takes', () => {
  it('is never conditioned on its own issue: a misread that would refuse the article\'s whole batch keeps the stance and drops the condition', () => {
    const text = 'The United States backs an immediate truce and is ready to impose new sanctions on Moscow if the truce is refused, an official said.\n';
    const r = ingestText(text, { publishedAt: '2025-06-04' });
    if (!isRight(r)) throw new Error(r.left.message);
    expect(r.right.statements.length).toBeGreaterThan(0);
    for (const s of r.right.statements) expect((s.conditions ?? []).map((c) => c.issue)).not.toContain(s.issue);
  });

  it('keeps a threat whose only trigger names its own issue a threat, with no condition, and says why among the rules', () => {
    // The trigger (complying with the sanctions in force) is no other issue: what is threatened stands, unconditioned.
    const [threat, ...rest] = read('Washington will impose new sanctions unless Moscow complies with the existing sanctions.');
    expect(rest).toEqual([]);
    expect([threat!.brief, threat!.conditions]).toEqual(['united-states threat + sanctions', []]);
    expect(threat!.rules).toEqual(expect.arrayContaining(['condition.marker:unless', 'condition.own-issue']));
    expect(said('The EU threatened new sanctions if Moscow keeps dodging sanctions.')).toEqual(['european-union threat + sanctions']);
    // A condition on another issue is kept, and no such rule is named.
    expect(read('Washington will impose new sanctions unless Moscow accepts a ceasefire.').map((x) => [x.brief, x.rules.includes('condition.own-issue')])).toEqual([['united-states threat + sanctions', false]]);
  });
});

describe('a condition whose issue is the subject of a verb denied (a review on a hostage deal)', () => {
  it('waits for the issue not to happen: "if the talks did not begin" is talks -', () => {
    expect(said('Russia would accept a ceasefire if the peace talks did not begin.')).toEqual(['russia accept + ceasefire if peace-talks -']);
    expect(said('Russia would accept a ceasefire if the peace talks began.')).toEqual(['russia accept + ceasefire if peace-talks +']);
  });

  it('keeps the issue when the verb denied would have undone it: "if sanctions are not lifted" is sanctions +', () => {
    expect(said('Russia would accept a ceasefire if sanctions are not lifted.')).toEqual(['russia accept + ceasefire if sanctions +']);
    expect(said('Russia would accept a ceasefire if sanctions are lifted.')).toEqual(['russia accept + ceasefire if sanctions -']);
    // A verb that would break it, denied (a re-score found "not broken", "not harmed" read as the issue refused).
    expect(said('Russia would accept peace talks if the truce was not broken.')).toEqual(['russia accept + peace-talks if ceasefire +']);
    expect(said('Russia would accept peace talks if the ceasefire did not collapse.')).toEqual(['russia accept + peace-talks if ceasefire +']);
  });
});

describe('quoted words that deny an issue until a condition holds (a review on a hostage deal)', () => {
  it('commit to it once the condition holds, as reported speech reads it, where they were a refusal', () => {
    expect(said('"There will be no peace talks before a ceasefire," Zelensky said.')).toEqual(['ukraine commit + peace-talks if ceasefire +']);
    expect(said('"There will be no peace talks until Russia agrees to a ceasefire," Zelensky said.')).toEqual(['ukraine commit + peace-talks if ceasefire +']);
    expect(said('Zelensky said there would be no peace talks before a ceasefire.')).toEqual(['ukraine commit + peace-talks if ceasefire +']);
    // With no condition, the quoted denial is a refusal; so is one not quoted (a review on a river treaty: it read nothing).
    expect(said('"There will be no peace talks," Zelensky said.')).toEqual(['ukraine reject - peace-talks']);
    expect(said('Zelensky said there would be no ceasefire.')).toEqual(['ukraine reject - ceasefire']);
    expect(said('There will be no ceasefire, Zelensky said.')).toEqual(['ukraine reject - ceasefire']);
    // No party speaking: no one's refusal.
    expect(said('Analysts said there would be no ceasefire.')).toEqual([]);
  });
});

describe('a threat "unless" something that names no issue (a review on a nurses\' dispute)', () => {
  it('is a threat of what the clause names, on no condition it can name', () => {
    const strike = labourSetting(['HWU', 'the union'], [{ id: 'strike', title: 'Strike', proposition: 'the dockers strike', phrases: ['strike', 'walk off the job'] }]);
    const r = ingestText('The union said its members would walk off the job unless the employer improved its offer.', { publishedAt: '2026-02-20' }, strike);
    expect(isRight(r) && r.right.statements.map((s) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue} ${JSON.stringify(s.conditions ?? [])}`)).toEqual(['dockers-union threat + strike []']);
  });

  it('reads "recommend" as support', () => {
    expect(said('Kyiv recommended a ceasefire.')).toEqual(['ukraine support + ceasefire']);
  });

  it('reads authorising a thing as support for it ("voted to authorise a strike")', () => {
    const strike = labourSetting(['HWU', 'the union'], [{ id: 'strike', title: 'Strike', proposition: 'the dockers strike', phrases: ['strike'] }]);
    const r = ingestText('The union voted on Sunday to authorise a strike.', { publishedAt: '2026-02-20' }, strike);
    expect(isRight(r) && r.right.statements.map((s) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}`)).toEqual(['dockers-union support + strike']);
    expect(said('Washington authorized the ceasefire.')).toEqual(['united-states support + ceasefire']);
  });
});

describe('a thing refused "without" another (a review of a climate summit: "We will not sign a text without a phase-out" refused the text)', () => {
  it('is the thing only with the other: a condition, and the other insisted on', () => {
    expect(said('Kyiv will not accept a ceasefire without security guarantees.')).toEqual(['ukraine condition + ceasefire if security-guarantees +', 'ukraine red-line + security-guarantees']);
    // Refusing it without the other insists on the other: a demand, not a refusal of a thing wanted (`reject +`).
    expect(said('Kyiv rejected a ceasefire without security guarantees.')).toEqual(['ukraine condition + ceasefire if security-guarantees +', 'ukraine demand + security-guarantees']);
    // So does refusing a thing that lacks the other (reviews of stadium and arms-control talks).
    expect(said('Kyiv would reject any ceasefire that does not include security guarantees.')).toEqual(['ukraine reject - ceasefire', 'ukraine demand + security-guarantees']);
    // A refusal of the undoing of a thing (no other thing refused) stays a refusal.
    expect(said('Kyiv rejected the lifting of sanctions.')).toEqual(['ukraine reject + sanctions']);
    // "Without" set first, before the refusal, as after its object (a review of a spectrum auction).
    expect(said('Without security guarantees, Kyiv will not sign a ceasefire.')).toEqual(['ukraine red-line + security-guarantees', 'ukraine condition + ceasefire if security-guarantees +']);
    expect(said('Kyiv said that without security guarantees it would not accept a ceasefire.')).toEqual(['ukraine red-line + security-guarantees', 'ukraine condition + ceasefire if security-guarantees +']);
    expect(said('Without a ceasefire, Kyiv rejected talks.')).toEqual(['ukraine demand + ceasefire', 'ukraine condition + peace-talks if ceasefire +']);
    // Quoted with no cue to read them by: the issue insisted on, not refused.
    expect(said('"Without security guarantees we will not sign anything," Zelensky said.')).toEqual(['ukraine demand + security-guarantees']);
    expect(said('"Without a ceasefire there is nothing to discuss," Zelensky said.')).toEqual(['ukraine demand + ceasefire']);
    // Opening the quote and closed by a comma, whatever follows tells what lacking it brings (the misses of the
    // negotiations, stop 52: '"Without the data, a coordination office is a switchboard with no lines"' refused the data).
    expect(said('"Without sanctions, Moscow simply waits us out," Zelensky said.')).toEqual(['ukraine demand + sanctions']);
    expect(transit('"Without a pay rise, our drivers simply leave for other cities," the union said.')).toEqual(['transit-union demand + pay-rise']);
    // Accepted without it, it is accepted as it is.
    expect(said('Kyiv would accept a ceasefire without security guarantees.')).toEqual(['ukraine accept + ceasefire', 'ukraine accept - security-guarantees']);
  });
});

// "The union has never ended a strike without a pay rise" read `commit - pay-rise` besides the condition: the verb's
// undoing was counted on the thing insisted on too (a leftover of stop 51).
describe('a thing a verb of ending is denied "without"', () => {
  it('is insisted on, as the condition says: a demand for it, whatever the verb undoes', () => {
    expect(transit('The union has never ended a strike without a pay rise.')).toEqual(['transit-union condition - strike if pay-rise +', 'transit-union demand + pay-rise']);
    expect(transit('The union will not end the strike without a pay rise.')).toEqual(['transit-union condition - strike if pay-rise +', 'transit-union demand + pay-rise']);
    expect(said('Kyiv will not halt the fighting without security guarantees.')).not.toContain('ukraine commit - security-guarantees');
  });
});

// "the team would not build without substantial public funding" read the funding as undertaken (`commit +`, the "not"
// and the "without" counted against each other: stop 58's readings).
describe('an act of its own a party denies "without" a thing', () => {
  it('insists on the thing, a demand for it, whether the act names its object or not', () => {
    expect(coalition('Labour said it would not build without a rent cap.')).toEqual(['labour demand + rent-cap']);
    expect(coalition('Labour said it would not build the new homes without a rent cap.')).toEqual(['labour demand + rent-cap']);
  });

  it('is no demand undenied', () => {
    expect(coalition('Labour said it would build without a rent cap.')).not.toContainEqual(expect.stringMatching(/demand/));
  });
});

// "The union ends the strike every year in May" was the union's undertaking to end it (a leftover of stop 51).
describe('a verb in the simple present with an adverb of frequency', () => {
  it('tells a habit, no stance of the day: set aside as habitual', () => {
    expect(transit('The union ends the strike every year in May.')).toEqual([]);
    expect(transit('The operators usually reject the first pay offer.')).toEqual([]);
    expect(said('Moscow often rejects a ceasefire in the spring.')).toEqual([]);
    const r = ingestText('Moscow rejects a truce every winter.', { publishedAt: '2025-09-12' });
    expect(isRight(r) && r.right.unread).toEqual([expect.objectContaining({ reason: 'set-aside', cue: 'reject.verb', rule: 'habitual' })]);
  });

  it('leaves "always" and "never", a position held, a frequency of the thing wanted, and other tenses, as before', () => {
    expect(transit('The operators always reject arbitration.')).toEqual(['operators reject - arbitration']);
    expect(said('Moscow never accepts a ceasefire.')).toEqual(['russia red-line - ceasefire']);
    expect(transit('The union wants a pay rise every year.')).toEqual(['transit-union demand + pay-rise']);
    expect(said('Kyiv has repeatedly rejected territorial concessions.')).toEqual(['ukraine reject - territorial-concessions']);
    expect(transit('The union will end the strike every day at noon.')).toEqual(['transit-union commit - strike']);
  });
});

describe('"said it would" and an issue named by its own verb (a review of a port strike: "The union said it would strike")', () => {
  it('is the sayer\'s undertaking, as "we will" is the speaker\'s', () => {
    const strike = labourSetting(['HWU', 'the union'], [{ id: 'strike', title: 'Strike', proposition: 'the dockers strike', phrases: ['strike'] }]);
    const r = ingestText('The union said it would strike on Monday.', { publishedAt: '2026-02-20' }, strike);
    expect(isRight(r) && r.right.statements.map((s) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}`)).toEqual(['dockers-union commit + strike']);
    expect(said('Kyiv said it would cede territory.')).toEqual(['ukraine commit + territorial-concessions']);
  });

  it('is the undertaking of a party named right before "will" too, in a sentence that tells a deal\'s terms (reviews of plant and tunnel deals: "In return, Vantrell will guarantee 2,400 jobs")', () => {
    expect(said('Under the agreement, Kyiv will cede territory.')).toEqual(['ukraine commit + territorial-concessions']);
    expect(said('In return, Kyiv will cede territory.')).toEqual(['ukraine commit + territorial-concessions']);
    // With no deal told, an event foretold; told as what would be, none.
    expect(said('Kyiv will cede territory.')).toEqual([]);
    expect(said('Under the agreement, Kyiv would cede territory.')).toEqual([]);
  });

  it('is the undertaking of the body the one quoted speaks for, named right before "will" or "would" (a review of congestion talks: "Amory said ... and that the council would ring-fence the revenue")', () => {
    expect(said('Zelensky said that Ukraine would cede territory.')).toEqual(['ukraine commit + territorial-concessions']);
    // Another body named is a report of it, no undertaking.
    expect(said('Zelensky said that Russia would withdraw its troops.')).not.toContain('russia commit + territorial-concessions');
  });

  it('is no one\'s undertaking when the subject is another\'s, nor when the phrase names the thing\'s opposite with no warning', () => {
    expect(said('Zelensky said Moscow would cede territory.')).toEqual([]);
    expect(said('Kyiv said it would continue the war.')).toEqual([]);
  });
});

describe('retaliation: answering one thing with another (a review of trade talks and of a port strike)', () => {
  it('threatens what follows "with", on the condition of what is answered', () => {
    expect(said('Moscow would answer any new sanctions with a halt to the prisoner exchange.')).toEqual(['russia threat - prisoner-exchange if sanctions +']);
    expect(said('Moscow would respond to any new sanctions with a halt to the prisoner exchange.')).toEqual(['russia threat - prisoner-exchange if sanctions +']);
    expect(said('Moscow would retaliate with new sanctions.')).toEqual(['russia threat + sanctions']);
  });

  it('threatens nothing where nothing is answered "with" anything', () => {
    expect(said('Kyiv answered questions on the ceasefire.')).toEqual([]);
    expect(said('Moscow responded to the ceasefire proposal on Friday.')).toEqual([]);
  });
});

describe('"but only once", "but only after" a thing told in the past (a review of farm talks)', () => {
  it('conditions the clause before "but", as "only once" does after it without "but"', () => {
    const [terms] = read('Kyiv could accept a ceasefire, but only once Russia withdrew its troops.');
    expect(terms!.brief).toBe('ukraine accept + ceasefire');
    expect(terms!.rules).toContain('condition.marker:once');
    const [after] = read('Kyiv would accept a ceasefire, but only after sanctions were lifted.');
    expect(after!.rules).toContain('condition.marker:after');
  });
});

describe('a step reserved as a right (a review of border talks: "reserved the right to suspend the agreement if X")', () => {
  it('is a threat, on its condition', () => {
    expect(said('Kyiv reserved the right to suspend the ceasefire if sanctions were lifted.')).toEqual(['ukraine threat - ceasefire if sanctions -']);
  });

  it('is the step itself, said plainly', () => {
    expect(said('Kyiv would suspend the ceasefire if sanctions were lifted.')).not.toContain('ukraine threat - ceasefire if sanctions -');
  });
});

describe('a thing that "comes first", with nothing named to follow it (a review of border talks: "Withdrawal comes first.")', () => {
  it('is demanded, by the speaker', () => {
    expect(said('"A ceasefire comes first," Zelensky said.')).toEqual(['ukraine demand + ceasefire']);
    expect(said('A ceasefire must come first, Zelensky said.')).toEqual(['ukraine demand + ceasefire']);
  });

  it('leaves an order of two things to the condition it is, and one that only can come first to nothing', () => {
    expect(said('A ceasefire must come before any peace talks, Zelensky said.')).toEqual(['ukraine condition + peace-talks if ceasefire +']);
    expect(said('Kyiv has accepted that a ceasefire can come first.')).not.toContain('ukraine demand + ceasefire');
  });
});

describe('a demand that a thing hold "until" something happens (reviews of tax and data talks)', () => {
  it('is a demand for as long as that, not a threat', () => {
    expect(said('Kyiv urged Washington to keep the sanctions until Russia agrees to a ceasefire.')).toEqual(['ukraine demand + sanctions if ceasefire -']);
    expect(said('Kyiv called on the allies to suspend the peace talks until Russia withdraws.')).toEqual(['ukraine demand - peace-talks']);
  });

  it('leaves a warning with "until" the threat it is', () => {
    expect(said('Kyiv warned it would suspend the peace talks until Russia withdraws.')).toEqual(['ukraine threat - peace-talks']);
  });
});

describe('an act of pressure undertaken if another acts (reviews of school, sugar and wage talks: "If the board adopts this plan, we will walk out" read as an undertaking)', () => {
  const strike = labourSetting(['HWU', 'the union'], [
    { id: 'strike', title: 'Strike', proposition: 'the dockers strike', phrases: ['strike', 'walk out'] },
    { id: 'pay-cut', title: 'Pay cut', proposition: 'pay is cut', phrases: ['pay cut'] },
  ]);
  const union = (text: string) => {
    const r = ingestText(text, { publishedAt: '2026-02-20' }, strike);
    if (!isRight(r)) throw new Error(r.left.message);
    return r.right.statements.map((s) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}${(s.conditions ?? []).map((c) => ` if ${c.issue} ${c.polarity}`).join('')}`);
  };

  it('is a threat, whether the condition comes first or after', () => {
    expect(union('The union said that if the employer imposed a pay cut, it would walk out.')).toEqual(['dockers-union threat + strike if pay-cut +']);
    expect(union('The union said it would strike if the employer imposed a pay cut.')).toEqual(['dockers-union threat + strike if pay-cut +']);
  });

  // "the walkout would also go ahead if X" was an undertaking, and with the condition first, or in the present, nothing
  // (the negotiations' misses, stop 54).
  it('is a threat where the act of pressure itself is said to come about, "will" or the present, the one who says so its holder', () => {
    expect(union('The union said the strike would go ahead if the employer imposed a pay cut.')).toEqual(['dockers-union threat + strike if pay-cut +']);
    expect(union('The union said that if the employer imposed a pay cut, the strike would begin at once.')).toEqual(['dockers-union threat + strike if pay-cut +']);
    expect(union('"If the employer imposes a pay cut, the strike starts the same day," the union said.')).toEqual(['dockers-union threat + strike if pay-cut +']);
    // With no condition, an undertaking as before, and told of no one, nothing.
    expect(union('The union said the strike would go ahead.')).toEqual(['dockers-union commit + strike']);
  });

  it('is a threat on a condition the clauses do not attach, a quote between (a review of transit talks: \'would walk out "the same day" if ...\')', () => {
    expect(union('The union said it would strike "the same day" if the employer imposed a pay cut.')).toEqual(['dockers-union threat + strike']);
  });

  it('stays an undertaking when what is undertaken puts no pressure, or is called off', () => {
    expect(said('Kyiv said it would accept a ceasefire if Moscow agreed to peace talks.')).toEqual(['ukraine accept + ceasefire if peace-talks +']);
    expect(union('The union said it would call off the strike if the employer dropped the pay cut.')).toEqual(['dockers-union commit - strike if pay-cut -']);
  });
});

describe('a condition told by inversion ("should the bill pass", "Should the talks fail, ...", a review of sugar-levy talks)', () => {
  it('conditions the stance as "if" does, before or after it', () => {
    expect(said('Should Moscow reject a ceasefire, the EU will impose new sanctions.')).toEqual(['european-union threat + sanctions if ceasefire -']);
    expect(said('Kyiv said it would impose new sanctions, should Moscow reject a ceasefire.')).toEqual(['ukraine threat + sanctions if ceasefire -']);
    expect(said('Kyiv said it would impose new sanctions should Moscow reject a ceasefire.')).toEqual(['ukraine threat + sanctions if ceasefire -']);
  });

  it('leaves "should" a modal where no subject stands between it and its verb, and in a question', () => {
    expect(said('Moscow said Kyiv should accept a ceasefire.')).toEqual(['russia demand + ceasefire']);
    expect(said('Moscow said the government should accept a ceasefire.')).toEqual(['russia demand + ceasefire']);
  });
});

// '"If the ministry's money disappears, we would have to look again at X"' was the speaker's demand for X: "have to"
// read as a call on another (the negotiations' misses, stop 54).
describe('what a party says it would have to reconsider of its own', () => {
  const strike = labourSetting(['the union'], [
    { id: 'strike', title: 'Strike', proposition: 'the dockers strike', phrases: ['strike', 'walk out'] },
    { id: 'pay-cut', title: 'Pay cut', proposition: 'pay is cut', phrases: ['pay cut'] },
    { id: 'night-shift', title: 'Night shift', proposition: 'the port works at night', phrases: ['night shift'] },
  ]);
  const union = (text: string) => {
    const r = ingestText(text, { publishedAt: '2026-02-20' }, strike);
    if (!isRight(r)) throw new Error(r.left.message);
    return r.right.statements.map((s) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}${(s.conditions ?? []).map((c) => ` if ${c.issue} ${c.polarity}`).join('')}`);
  };

  it('is held over the other side, a threat against it, its pronoun for subject', () => {
    expect(union('"If the employer imposes a pay cut, we would have to review the night shift," the union said.')).toEqual(['dockers-union threat - night-shift if pay-cut +']);
    expect(union('The union said it would have to look again at the night shift.')).toEqual(['dockers-union threat - night-shift']);
  });

  it('is still asked of a party named as the subject', () => {
    expect(union('The employer would have to review the night shift, the union said.')).toEqual(['dockers-union demand + night-shift']);
  });
});

// "would go straight back to court if X", '"We will see the ministry in court"', "will take the ministry to arbitration"
// read nothing, or a quoted mention's weak support, and "would launch a legal challenge if X" was an undertaking, where
// "would go to court if X" was a threat (a leftover of stop 52: the commonest family of legal threats missed).
describe('going to law told ahead', () => {
  const lexicon = compileLexicon(DEFAULT_LEXICON, {
    name: 'steel',
    issues: [
      { id: 'legal-challenge', title: 'Legal challenge', proposition: 'the tariffs are challenged at law', phrases: ['legal challenge', 'in court', 'to court', 'the courts', 'arbitration', 'judicial review', 'sue'] },
      { id: 'steel-tariffs', title: 'Steel tariffs', proposition: 'tariffs on steel imports', phrases: ['steel tariffs'] },
    ],
  });
  const registry = buildRegistry([
    ...DEFAULT_ACTORS,
    { id: 'exporters', kind: 'organisation', name: 'Steel Exporters Federation', aliases: ['the exporters', 'the federation'] },
    { id: 'trade-ministry', kind: 'organisation', name: 'Trade Ministry', aliases: ['the ministry'] },
  ]);
  const steel = (text: string) => {
    const r = ingestText(text, { publishedAt: '2026-03-04' }, { lexicon, registry });
    if (!isRight(r)) throw new Error(r.left.message);
    return r.right.statements.map((s) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}${(s.conditions ?? []).map((c) => ` if ${c.issue} ${c.polarity}`).join('')}`);
  };

  it('is an undertaking to go to law, whatever the verb: go, return, take a party there, see it there, be there', () => {
    expect(steel('The exporters said they would go to court.')).toEqual(['exporters commit + legal-challenge']);
    expect(steel('The federation will take the ministry to arbitration over the steel tariffs.')).toEqual(['exporters commit + legal-challenge']);
    expect(steel('"We will see the ministry in court," the exporters said.')).toEqual(['exporters commit + legal-challenge']);
    // Done, it is done.
    expect(steel('The exporters went to court on Monday.')).toEqual(['exporters commit + legal-challenge']);
  });

  // "said it would take the case to international arbitration" read nothing (the negotiations' misses, stop 54).
  it('is so with the venue\'s kind before it ("international arbitration", "binding arbitration")', () => {
    expect(steel('The federation would take the ministry to international arbitration over the steel tariffs.')).toEqual(['exporters commit + legal-challenge']);
    expect(steel('The exporters would go to binding arbitration if the ministry kept the steel tariffs.')).toEqual(['exporters threat + legal-challenge if steel-tariffs +']);
  });

  it('is a threat under a condition, by any of the names of going to law', () => {
    expect(steel('The exporters would go straight back to court if the ministry raised the steel tariffs.')).toEqual(['exporters threat + legal-challenge if steel-tariffs +']);
    expect(steel('"If the steel tariffs stay, we will be in the courts," the federation said.')).toEqual(['exporters threat + legal-challenge if steel-tariffs +']);
    expect(steel('The exporters would launch a legal challenge if the ministry kept the steel tariffs.')).toEqual(['exporters threat + legal-challenge if steel-tariffs +']);
  });

  // "will never go to court", "will not sue", "would not launch a legal challenge" were red lines, where "will not go
  // to court" was `commit -` and going to law affirmed is `commit +` (a leftover of stop 53).
  it('is the undertaking denied, refused ahead by any words: "not", "never", "sue", "launch a legal challenge"', () => {
    const refusals = [
      'The exporters will not go to court.',
      'The exporters will never go to court over the steel tariffs.',
      'The exporters would never take the ministry to arbitration.',
      'The exporters will not sue the ministry.',
      '"We will never sue," the federation said.',
      'The exporters would not launch a legal challenge.',
    ];
    for (const text of refusals) expect(steel(text)).toEqual(['exporters commit - legal-challenge']);
    // Refused by a verb that governs it, and a red line on another thing, as before.
    expect(steel('The exporters refused to go to court.')).toEqual(['exporters reject - legal-challenge']);
    expect(steel('The exporters will never accept the steel tariffs.')).toEqual(['exporters red-line - steel-tariffs']);
  });

  // It held only while the tagger took "court" for a verb, whose quote is its object (a leftover of stop 53).
  it('is a threat on its condition with a quote that says how between', () => {
    expect(steel('The exporters would go back to court "at the first chance" if the ministry raised the steel tariffs.')).toEqual(['exporters threat + legal-challenge if steel-tariffs +']);
  });

  // It was a threat withheld (`threat -`), as "would not provide aid if X" is; pressure held back is offered.
  it('is an offer, denied under a condition: the pressure held back if the other side gives way', () => {
    expect(steel('The exporters would not go to court if the ministry dropped the steel tariffs.')).toEqual(['exporters commit - legal-challenge if steel-tariffs -']);
  });

  it('leaves what it is for to the verb that says it, and counts a denial once', () => {
    expect(steel('The exporters would go to court to block the steel tariffs.')).toEqual(['exporters commit + legal-challenge', 'exporters reject - steel-tariffs']);
    expect(steel('"Nobody is going to court," the exporters said.')).toEqual(['exporters commit - legal-challenge']);
    // Refused or threatened by a verb that governs it, as before.
    expect(steel('The exporters refused to go to court.')).toEqual(['exporters reject - legal-challenge']);
    expect(steel('The exporters threatened to go to court.')).toEqual(['exporters threat + legal-challenge']);
  });

  // "would ask the courts to block the permit" was a demand of the courts themselves and the party's own refusal, and
  // "asked a court to suspend the ban" the party's own halt (the negotiations' misses, stop 56).
  // "would not join any exchange and would sue unless X" was an undertaking on the opposite condition: the "not" of
  // the first predicate was read as lifted by the second's "unless" (stop 56).
  it('is a threat on its own condition after a refusal joined by "and" and a modal of its own', () => {
    expect(steel('The exporters said they would not join any deal and would sue unless the ministry dropped the steel tariffs.')).toEqual(['exporters demand - steel-tariffs', 'exporters threat + legal-challenge if steel-tariffs +']);
    expect(steel('The exporters would not join any deal and would go to court unless the ministry dropped the steel tariffs.')).toEqual(['exporters threat + legal-challenge if steel-tariffs +']);
  });

  it('is told by asking a court, and what the court is asked to do is the party\'s demand, not its own act', () => {
    expect(steel('The exporters said they would ask the courts to block the steel tariffs.')).toEqual(['exporters commit + legal-challenge', 'exporters demand - steel-tariffs']);
    expect(steel('The exporters would ask the courts to block the steel tariffs if the ministry raised them.')).toEqual(['exporters threat + legal-challenge', 'exporters demand - steel-tariffs']);
    expect(steel('The exporters asked a court to suspend the steel tariffs.')).toEqual(['exporters demand - steel-tariffs']);
    // Another asked is asked, as before.
    expect(steel('The exporters would ask the ministry to drop the steel tariffs.')).toEqual(['exporters demand - steel-tariffs']);
  });
});

// "was prepared to lower the rate, provided X", "willing to fund the dredging if X" were support: readiness to act on a
// condition the other side is to meet is an offer (a leftover of stop 52, from the misses of the negotiations).
describe('readiness to act on a condition ("prepared to", "ready to", "willing to" ... "if", "provided")', () => {
  const port = {
    lexicon: compileLexicon({
      name: 'port',
      issues: [
        { id: 'strike', title: 'Strike', proposition: 'the dockers strike', phrases: ['strike', 'walkout', { phrase: 'end the strike', polarity: '-' }] },
        { id: 'overtime-ban', title: 'Overtime ban', proposition: 'overtime is banned', phrases: ['overtime ban', { phrase: 'suspend the overtime ban', polarity: '-' }] },
      ],
    }),
    registry: buildRegistry([
      ...DEFAULT_ACTORS,
      { id: 'dockers-union', kind: 'organisation', name: "Harbour Workers' Union", aliases: ['the union'] },
      { id: 'port-authority', kind: 'organisation', name: 'Port Authority', aliases: ['the port authority'] },
    ]),
  };
  const union = (text: string) => {
    const r = ingestText(text, { publishedAt: '2026-02-20' }, port);
    if (!isRight(r)) throw new Error(r.left.message);
    return r.right.statements.map((s) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}${(s.conditions ?? []).map((c) => ` if ${c.issue} ${c.polarity}`).join('')}`);
  };

  it('is an offer of the act', () => {
    expect(union('The port authority was prepared to suspend the overtime ban, provided the union ended the strike.')).toEqual(['port-authority propose - overtime-ban if strike -', 'port-authority demand - strike']);
    expect(union('The union was ready to end the strike if the port authority suspended the overtime ban.')).toEqual(['dockers-union propose - strike if overtime-ban -']);
  });

  it('is a threat where the act presses the other side, and support with no condition, as before', () => {
    expect(union('The union was prepared to stage a walkout if the port authority imposed the overtime ban.')).toEqual(['dockers-union threat + strike if overtime-ban +']);
    expect(said('Kyiv was prepared to provide security guarantees.')).toEqual(['ukraine support + security-guarantees']);
  });
});

// "would withdraw its support for the charge if X" read nothing: a withdrawal on a condition is not made yet, and so no
// stance (the negotiations' misses, stop 55). A party's own backing so held over the other side is a threat.
describe('backing of its own withdrawn on a condition', () => {
  it('is a threat against the thing backed, on that condition', () => {
    expect(coalition('The Greens would withdraw their support for the rent cap if Labour raised the wealth tax.')).toEqual(['green-alliance threat - rent-cap if wealth-tax +']);
    expect(said('Berlin would withdraw its backing for new sanctions unless Kyiv accepted a ceasefire.')).toEqual(['germany threat - sanctions if ceasefire -']);
    expect(said('Ankara would end its support for a ceasefire if Kyiv rejected the peace talks.')).toEqual(['turkey threat - ceasefire if peace-talks -']);
    const strike = ingestText('The union would withdraw its backing for a shorter working week if the employer cut jobs.', { publishedAt: '2025-06-04' }, labourSetting(['the union'], [shorterWeek]));
    expect(isRight(strike) && strike.right.statements.map((x) => `${x.holder} ${x.kind} ${x.polarity} ${x.issue}`)).toEqual(['dockers-union threat - shorter-week']);
  });

  it('leaves a demand dropped on a condition an offer not yet made, and an objection dropped an acceptance on it', () => {
    expect(coalition('The Greens would drop their demand for a rent cap if Labour dropped the wealth tax.')).toEqual([]);
    expect(coalition('The Greens would drop their opposition to the rent cap if Labour dropped the wealth tax.')).toEqual(['green-alliance accept + rent-cap if wealth-tax -']);
  });

  it('leaves backing withdrawn outright a retraction', () => {
    expect(said('Berlin withdrew its support for new sanctions.')).toEqual(['germany retract + sanctions']);
  });
});

// "warned that the group would block consensus if the phase-out language returned" was a plain refusal (the
// negotiations' wrong readings, stop 56).
describe('a refusal ahead on a condition, told as a warning', () => {
  it('is a threat held over the other side, on its condition', () => {
    expect(coalition('Labour warned that it would block the coalition agreement if the Greens kept the wealth tax.')).toEqual(['labour threat - coalition-agreement if wealth-tax +']);
    expect(coalition('The Greens warned that they would vote against the coalition pact unless Labour dropped the rent cap.')).toEqual(['green-alliance threat - coalition-agreement if rent-cap +', 'green-alliance demand - rent-cap']);
  });

  it('stays a refusal when it is only said, or warned with no condition', () => {
    expect(coalition('Labour said it would block the coalition agreement if the Greens kept the wealth tax.')).toEqual(['labour reject - coalition-agreement if wealth-tax +']);
    expect(coalition('Labour warned that it would block the coalition agreement.')).toEqual(['labour reject - coalition-agreement']);
  });
});

// "would treat any sanctions as an act of hostility" read nothing (the negotiations' misses, stop 56).
describe('a thing a party says it would treat as an act of war, of hostility or aggression, or a declaration of war', () => {
  it('is a threat against it, by the one who would so treat it', () => {
    expect(said('Moscow said it would treat any new sanctions as an act of war.')).toEqual(['russia threat - sanctions']);
    expect(said('"We will treat any sanctions as an act of hostility," Peskov said.')).toEqual(['russia threat - sanctions']);
    expect(said('Peskov said the Kremlin would treat new sanctions as a declaration of war by the West.')).toEqual(['russia threat - sanctions']);
  });

  it('is nothing denied, or treated as anything else', () => {
    expect(said('Moscow would not treat new sanctions as an act of war, Peskov said.')).toEqual([]);
    expect(said('Moscow treated the peace talks as an act of goodwill.')).toEqual([]);
  });
});

// "would blockade the port with its boats if the government signed up to any closure of the bank" read nothing (the
// negotiations' misses, stop 56).
describe('an act of pressure that names no issue, held over a condition that names one', () => {
  it('is a threat against what the condition names, by the one who would act', () => {
    expect(coalition('Labour said it would table a censure motion if the Greens pushed through a wealth tax.')).toEqual(['labour threat - wealth-tax']);
    expect(coalition('Labour said its members would blockade the port if the Greens signed up to a rent cap.')).toEqual(['labour threat - rent-cap']);
    expect(coalition('Labour said it would quit the coalition if the Greens introduced a wealth tax.')).toEqual(['labour threat - wealth-tax']);
  });

  it('is none denied, or for an act that presses no one', () => {
    expect(coalition('Labour said it would not table a censure motion if the Greens dropped the wealth tax.')).toEqual([]);
    expect(coalition('Labour said it would meet the Greens if they dropped the wealth tax.')).toEqual([]);
  });
});

// "Corvane said it would hold off on X" after an "until" clause and ", and", "he warned that the Forum would Y if Z"
// after an "only if" clause: the second party's words went into the first's condition, and "Labour would walk out
// unless X, and the Greens said they would sue unless Y" gave both conditions to Labour (stop 57's readings, stop 58).
describe('a second subject that says a thing of its own after a condition', () => {
  it('keeps its own condition, and leaves the first subject the one before', () => {
    expect(coalition('Labour would walk out unless the Greens dropped the wealth tax, and the Greens said they would sue unless Labour gave up the rent cap.')).toEqual(['labour demand - wealth-tax', 'green-alliance demand - rent-cap']);
    expect(coalition('Labour said it would oppose the coalition agreement unless it held a rent cap, and the Greens warned they would quit unless the wealth tax stayed.')).toEqual(['labour reject - coalition-agreement if rent-cap -', 'labour demand + rent-cap', 'green-alliance demand + wealth-tax']);
  });

  it('is no second subject where it is part of the condition, saying nothing', () => {
    expect(coalition('Labour would walk out unless the Greens dropped the wealth tax and the rent cap stayed.')).toEqual(['labour demand - wealth-tax', 'labour demand + rent-cap']);
  });
});

// "The Greens threatened to sue unless Labour dropped X" read nothing, where "said they would sue unless X" asks for
// X's undoing (stop 58's known misreads).
describe('a threat of an act that names no issue, held over a condition that names one', () => {
  it('asks for what "unless" names, as the act told with "would" does', () => {
    expect(coalition('The Greens threatened to sue unless Labour dropped the rent cap.')).toEqual(['green-alliance demand - rent-cap']);
    expect(coalition('Labour threatened to walk out unless the Greens dropped the wealth tax.')).toEqual(['labour demand - wealth-tax']);
  });

  it('is a threat against what "if" or "as long as" names', () => {
    expect(coalition('The Greens have threatened to sue if Labour introduced a rent cap.')).toEqual(['green-alliance threat - rent-cap']);
    expect(coalition('The Greens threatened to sue as long as Labour kept the rent cap.')).toEqual(['green-alliance threat - rent-cap']);
  });

  it('is none denied', () => {
    expect(coalition('The Greens did not threaten to sue unless Labour dropped the rent cap.')).toEqual([]);
  });
});

// "would lend the money on condition that its carriers got priority passage" and "would back the move only if every job
// was kept" read only the lending or the backing, on its condition (the negotiations' misses, stop 57).
describe('a term a party sets on its own act ("only if", "provided", "as long as", "on condition that")', () => {
  it('is asked for, as the term names it', () => {
    expect(coalition('Labour said it would back the coalition agreement only if it held a rent cap.')).toContain('labour demand + rent-cap');
    expect(coalition('Labour said it would lend the city money on condition that the Greens dropped the wealth tax.')).toEqual(['labour demand - wealth-tax']);
  });

  it('is not asked for where the act is a refusal, nor a thing the term sets aside', () => {
    expect(coalition('Labour said it would not approve the coalition agreement as long as it held a wealth tax.')).not.toContainEqual(expect.stringMatching(/demand/));
    expect(coalition('Labour would back the coalition agreement only if it came with a rent cap rather than a wealth tax.')).not.toContain('labour demand + wealth-tax');
  });

  // "wants a percentage of revenue for as long as the mine operates", "a clause that runs at least as long as the bonds"
  // asked for the mine and the bonds (the negotiations' wrong readings, stop 58).
  it('is no term after "for" or "at least", which say how long a thing is to last', () => {
    expect(coalition('Labour wants the rent cap for as long as the wealth tax stays.')).toEqual(['labour demand + rent-cap if wealth-tax +']);
    expect(coalition('Labour said the coalition agreement would have to hold a rent cap that runs at least as long as the wealth tax.')).toEqual(['labour demand + rent-cap if wealth-tax +']);
  });
});

// "would withhold its votes for as long as X" asked for X, and a warning reached the backing said after it ("warned that
// the region would withhold X for as long as Y, and said the council would back Z only if W" read a threat on Z): stop
// 57's readings, stop 58.
describe('an act of pressure kept up as long as a thing holds', () => {
  it('is a threat against the thing, held while it lasts, as one held over "if" it holds, not a term asked for', () => {
    expect(coalition('Labour said it would withhold its votes for as long as the Greens kept the wealth tax.')).toEqual(['labour threat - wealth-tax']);
    expect(coalition('Labour warned it would withhold its votes as long as the Greens kept the wealth tax.')).toEqual(['labour threat - wealth-tax']);
    expect(coalition('Labour said it would withhold its votes if the Greens kept the wealth tax.')).toEqual(['labour threat - wealth-tax']);
  });

  it('leaves what is said after it, on terms of its own, unwarned', () => {
    expect(coalition('Labour warned it would withhold its votes as long as the Greens kept the wealth tax, and said Labour would back the coalition agreement only if it held a rent cap.')).toEqual([
      'labour threat - wealth-tax',
      'labour support + coalition-agreement if rent-cap +',
      'labour demand + rent-cap',
    ]);
  });
});

// "warned that the region would withhold the building permits for the viaduct for as long as it remained" read the
// viaduct as undertaken, under "would", a threat for it; the permits alone read nothing (stop 58's readings).
describe('what lets a thing go ahead, held back', () => {
  it('holds back the thing it is for, as the thing itself held back', () => {
    expect(coalition('Labour would withhold the permits for the rent cap.')).toEqual(['labour commit - rent-cap']);
    expect(coalition("Labour would suspend the city's funding for the rent cap.")).toEqual(['labour commit - rent-cap']);
  });

  it('warned of, and kept up as long as the thing holds, is a threat against it', () => {
    expect(coalition('Labour warned it would withhold the building permits for the rent cap for as long as it stayed in the plans.')).toEqual(['labour threat - rent-cap']);
  });

  it('is nothing held back where the thing held is no means of it', () => {
    expect(coalition('Labour would withhold the report for the rent cap.')).toEqual([]);
  });
});

// "would withhold funding for X unless Y" read the threat against X, but not the demand for Y that "would sue unless Y"
// reads (stop 58's readings).
describe('a thing held back unless another acts', () => {
  it('asks for what "unless" names, beside the threat against the thing held back', () => {
    expect(coalition("Labour would withhold the city's funding for the rent cap unless the Greens dropped the wealth tax.")).toEqual(['labour threat - rent-cap if wealth-tax +', 'labour demand - wealth-tax']);
    expect(said('Washington would suspend military aid unless Kyiv agreed to a ceasefire.')).toEqual(['united-states threat - military-aid if ceasefire -', 'united-states demand + ceasefire']);
  });

  it('asks for nothing held back "if" another acts: the threat is against what it names', () => {
    expect(said('Washington would withhold funding for military aid if Kyiv rejected a ceasefire.')).toEqual(['united-states threat - military-aid if ceasefire -']);
  });
});

// "would not reverse the abolition of the rebate" was read as refusing the abolition's opposite, and "unless the steel
// decision was reversed" as asking for it (the negotiations' misses, stop 57).
describe('a thing reversed, overturned or revoked', () => {
  it('is undone, as one dropped or lifted is', () => {
    expect(coalition('Labour said it would not reverse the rent cap.')).toEqual(['labour red-line + rent-cap']);
    expect(coalition('Labour wants the Greens to overturn the wealth tax.')).toEqual(['labour demand - wealth-tax']);
    expect(coalition('Labour called for a reversal of the rent cap.')).toEqual(['labour demand - rent-cap']);
    expect(coalition('Labour will back the coalition agreement if the Greens revoke the wealth tax.')).toEqual(['labour support + coalition-agreement if wealth-tax -']);
  });
});

// "unless part of the revenue was set aside for a fund" asked for no fund (the negotiations' misses, stop 57).
describe('a thing set aside for a use, or as one', () => {
  it('is kept for it, where a thing set aside alone is given up', () => {
    expect(coalition('Labour wants half the budget set aside for a rent cap.')).toEqual(['labour demand + rent-cap']);
    expect(coalition('Labour said it would oppose the coalition agreement unless part of the revenue was set aside for a rent cap.')).toEqual(['labour reject - coalition-agreement if rent-cap -', 'labour demand + rent-cap']);
    expect(coalition('Labour wants the Greens to set aside the wealth tax.')).toEqual(['labour demand - wealth-tax']);
  });
});

// "would ballot its members unless the department wrote a guarantee into the tender" read nothing, or only the ballot's
// threat: what the party waits on is what it asks for (the negotiations' misses, stop 57).
describe('an act a party says it will take unless another acts', () => {
  it('is a demand for what the "unless" clause names, whatever the act', () => {
    expect(coalition('Labour warned it would leave the table unless a rent cap was written into the text.')).toEqual(['labour demand + rent-cap']);
    expect(coalition('Labour said the strike would start on Monday unless the Greens agreed to a rent cap.')).toEqual(['labour demand + rent-cap']);
  });

  it('asks for a thing undone where the clause undoes it', () => {
    expect(coalition('Labour said it would walk out of the talks unless the Greens dropped the wealth tax.')[0]).toBe('labour demand - wealth-tax');
  });

  it('asks for the thing itself where the act is denied, the "not" being the condition\'s', () => {
    expect(coalition('Labour said it would not sign unless the text held a rent cap.')).toEqual(['labour demand + rent-cap']);
    expect(coalition('Labour said it would not sign unless the Greens gave up the wealth tax.')).toEqual(['labour demand - wealth-tax']);
  });

  it('asks nothing of a thing named as where the other is to act, or what it is to spare', () => {
    expect(coalition('Labour said it would walk out unless the Greens wrote a rent cap into the coalition agreement.')).toEqual(['labour demand + rent-cap']);
    expect(coalition('Labour said it would walk out unless small landlords were exempted from the rent cap.')).toEqual([]);
    expect(coalition('Labour said it would walk out unless the Greens removed the wealth tax from their draft coalition agreement.')).toEqual(['labour demand - wealth-tax']);
  });

  it('is so beside a refusal, a threat or an undertaking denied that a cue states on that condition', () => {
    expect(coalition('Labour said it would oppose the coalition agreement unless it held a rent cap.')).toEqual(['labour reject - coalition-agreement if rent-cap -', 'labour demand + rent-cap']);
    expect(coalition('Labour would not sign the coalition agreement unless it held a rent cap.')).toEqual(['labour commit + coalition-agreement if rent-cap +', 'labour demand + rent-cap']);
    expect(coalition('Labour said it would fight the coalition agreement unless the Greens removed the wealth tax from their programme.')).toEqual(['labour reject - coalition-agreement if wealth-tax +', 'labour demand - wealth-tax']);
  });

  it('is none beside backing that a cue states on that condition, which asks for no such thing', () => {
    expect(coalition('Labour said it would back the coalition agreement unless the Greens pushed through a wealth tax.')).toEqual(['labour threat + coalition-agreement if wealth-tax -']);
  });

  it('is the act\'s own stance, not a demand, on an issue the act names', () => {
    expect(coalition('Labour said it would table a rent cap unless the Greens objected.')).not.toContainEqual(expect.stringMatching(/demand/));
  });

  it('is none beside a condition marked "if", nor held over a condition said to another\'s harm', () => {
    expect(coalition('Labour said it would walk out if the Greens kept the wealth tax, unless the rent cap was dropped.')).not.toContainEqual(expect.stringMatching(/demand/));
    expect(coalition('Labour said the Greens would face a censure motion unless they dropped the wealth tax.')).not.toContainEqual(expect.stringMatching(/demand/));
  });
});
