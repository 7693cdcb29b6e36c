import { brief, read } from './briefs.js';

describe('an occupied place given up is territory ("cede Crimea", "withdraw from the Donbas")', () => {
  it('reads the places of the war in the frames that give territory up', () => {
    expect(brief('Kyiv refused to hand over Zaporizhzhia, a presidential adviser said.')).toEqual(['ukraine reject - territorial-concessions']);
    expect(brief('Peskov said Kyiv had to pull out of Kherson.')).toEqual(['russia demand + territorial-concessions']);
    expect(brief('Zelensky again ruled out ceding Crimea on Tuesday.')).toEqual(['ukraine reject - territorial-concessions']);
    expect(brief('The Kremlin wants Kyiv to withdraw from the Donetsk and Luhansk regions.')).toEqual(['russia demand + territorial-concessions']);
  });

  it('reads "all of" a place as the territory wanted, not a provisional issue', () => {
    expect(brief('Moscow still wants all of the Donbas.')).toEqual(['russia demand + territorial-concessions']);
    expect(brief('The Kremlin is seeking all of Luhansk, a diplomat said.')).toEqual(['russia demand + territorial-concessions']);
  });

  it('reads "the east" only right after the verb that gives it up', () => {
    expect(brief('Kyiv rejected ceding the east, officials said.')).toEqual(['ukraine reject - territorial-concessions']);
    expect(brief('Lavrov said Ukraine must withdraw from the east.')).toEqual(['russia demand + territorial-concessions']);
  });

  it('reads a Russian withdrawal as the opposite of a concession, and a place alone as nothing', () => {
    expect(brief('Kyiv demands that Russia withdraw from Crimea.')).toEqual(['ukraine demand - territorial-concessions']);
    expect(brief('Zelensky said Russian troops must leave and withdraw from Kherson.')).toEqual(['ukraine demand - territorial-concessions']);
    expect(brief('Fighting intensified around Donetsk, the Ukrainian army said.')).toEqual([]);
    expect(brief('Zelensky visited Kherson and called for a ceasefire.')).toEqual(['ukraine demand + ceasefire']);
  });
});

describe('an issue named by its own verb, denied ("will not cede any territory"), is a refusal', () => {
  it('reads "will not" and "would not" before the issue\'s verb as a red line', () => {
    const [land] = read('Ukraine will not cede any territory, Zelensky said.');
    expect(land!.brief).toBe('ukraine red-line - territorial-concessions');
    expect(land!.rules).toEqual(expect.arrayContaining(['cue:reject.will-not-do', 'red-line:will-not']));
    expect(brief('Kyiv would not give up the Donbas, the president told lawmakers.')).toEqual(['ukraine red-line - territorial-concessions']);
    expect(brief("Ukraine won't surrender Crimea, Zelensky said.")).toEqual(['ukraine red-line - territorial-concessions']);
  });

  it('reads a verb of the holder\'s own with the issue for its object the same way, undoing it turning the polarity (a review of bailout talks)', () => {
    expect(brief('Kyiv will not touch the sanctions before the election.')).toEqual(['ukraine red-line - sanctions']);
    expect(brief('Brussels said it would not remove the sanctions in one go.')).toEqual(['european-union red-line + sanctions']);
    expect(brief('The EU will not sign off on new sanctions.')).toEqual(['european-union red-line - sanctions']);
    // Not a verb of telling, nor one held over a condition (the readings of a clause with no cue give that).
    expect(brief('Kyiv will not comment on the sanctions.')).toEqual([]);
    expect(brief('Kyiv will not touch the sanctions if Moscow withdraws.')).not.toContain('ukraine red-line - sanctions');
  });

  it('reads "cannot" as a refusal, and a condition as before', () => {
    expect(brief('Zelensky said Kyiv cannot simply give up its land.')).toEqual(['ukraine reject - territorial-concessions']);
    const [conditional] = read('Kyiv will not cede territory unless Moscow agrees to a ceasefire.');
    expect(conditional!.brief).toBe('ukraine reject - territorial-concessions');
    expect(conditional!.conditions).toEqual([{ issue: 'ceasefire', polarity: '-' }]);
  });

  it('reads Russia refusing to withdraw as holding on to the territory (`+`), as "will never withdraw" is', () => {
    const [held] = read('Russia would not withdraw from Zaporizhzhia, Lavrov said.');
    expect(held!.brief).toBe('russia red-line + territorial-concessions');
    expect(held!.rules).toEqual(expect.arrayContaining(['cue:reject.will-not-do', 'red-line:will-not']));
    expect(brief('Moscow will not pull out of Kherson.')).toEqual(['russia red-line + territorial-concessions']);
    expect(brief('Russia cannot withdraw from Kherson.')).toEqual(['russia reject + territorial-concessions']);
    // Through the verb that governs the infinitive, the subject still makes the withdrawal Russia's.
    expect(brief('Moscow refused to pull out of the Donbas.')).toEqual(['russia reject + territorial-concessions']);
    expect(brief('The Kremlin agreed to withdraw from Kherson.')).toEqual(['russia agree - territorial-concessions']);
    // Ready to give it up is an offer, no threat against the issue.
    expect(brief('Moscow is ready to withdraw from Kherson.')).toEqual(['russia support - territorial-concessions']);
    expect(brief('Kyiv urged Moscow to withdraw from Kherson.')).toEqual(['ukraine demand - territorial-concessions']);
    // Denied until a condition holds, it is the withdrawal on that condition, as before.
    expect(brief('Russia will not withdraw from Kherson until sanctions are lifted.')).toEqual(['russia commit - territorial-concessions']);
  });

  it('reads a quoted "we" as the party of the one who says it, as its name would be', () => {
    const [held] = read('"We will not withdraw from Kherson," Lavrov said.');
    expect(held!.brief).toBe('russia red-line + territorial-concessions');
    expect(held!.rules).toEqual(expect.arrayContaining(['cue:reject.will-not-do', 'red-line:will-not']));
    expect(brief('"We will not withdraw from Kherson," Lavrov said.')).toEqual(['russia red-line + territorial-concessions']);
    expect(brief('"Russia will not withdraw from Kherson," Lavrov said.')).toEqual(['russia red-line + territorial-concessions']);
    expect(brief('"We will never pull out of Zaporizhzhia," a Kremlin spokesman said.')).toEqual(['russia red-line + territorial-concessions']);
    // Said for Ukraine, the same words give the land up, as before.
    expect(brief('"We will not withdraw from the Donbas," Zelensky said.')).toEqual(['ukraine red-line - territorial-concessions']);
  });

  it('reads troops withdrawn ("will not withdraw its troops from X") as "will not withdraw from X"', () => {
    expect(brief('Russia will not withdraw its troops from Kherson.')).toEqual(['russia red-line + territorial-concessions']);
    expect(brief('Russia will not withdraw from Kherson.')).toEqual(['russia red-line + territorial-concessions']);
    expect(brief('Moscow would never withdraw its forces from Zaporizhzhia, Lavrov said.')).toEqual(['russia red-line + territorial-concessions']);
    expect(brief('"We will not withdraw our troops from Kherson," Lavrov said.')).toEqual(['russia red-line + territorial-concessions']);
    expect(brief('Ukraine will not withdraw its troops from the Donbas.')).toEqual(['ukraine red-line - territorial-concessions']);
    // With no one named, whose troops they are is unknown: no stance, as before.
    expect(brief('The troops will not withdraw from the city.')).toEqual([]);
  });

  it('reads "has no intention of withdrawing" as a refusal to withdraw', () => {
    const [held] = read('Russia has no intention of withdrawing from Kherson.');
    expect(held!.brief).toBe('russia reject + territorial-concessions');
    expect(held!.rules).toContain('cue:reject.no-intention');
    expect(brief('Moscow has no intention to withdraw its troops from Zaporizhzhia.')).toEqual(['russia reject + territorial-concessions']);
    expect(brief('Kyiv has no intention of giving up the Donbas, Zelensky said.')).toEqual(['ukraine reject - territorial-concessions']);
    // A cue after it reads through it, once: no acceptance besides the refusal.
    expect(brief('Russia has no intention of accepting a ceasefire.')).toEqual(['russia reject - ceasefire']);
    expect(brief('Kyiv has no intention of joining NATO.')).toEqual(['ukraine reject - nato-membership']);
  });

  it('reads a phrase whose subject is "it" or "they" with the actor the pronoun stands for, as the holder is', () => {
    expect(brief('Russia said it has no intention of withdrawing from Kherson.')).toEqual(['russia reject + territorial-concessions']);
    expect(brief('Russia said it will not withdraw from Kherson.')).toEqual(['russia red-line + territorial-concessions']);
    expect(brief('Moscow has said it has no intention of withdrawing its troops from Kherson.')).toEqual(['russia reject + territorial-concessions']);
    expect(brief('Russia said they had no intention to withdraw from Zaporizhzhia.')).toEqual(['russia reject + territorial-concessions']);
    expect(brief('Russia rejected the grain plan. It will not withdraw from Kherson.')).toEqual(['russia reject - grain-plan', 'russia red-line + territorial-concessions']);
    // For Ukraine the same words give the land up, as before.
    expect(brief('Kyiv said it has no intention of giving up the Donbas.')).toEqual(['ukraine reject - territorial-concessions']);
    expect(brief('Kyiv said it would never withdraw from the Donbas.')).toEqual(['ukraine red-line - territorial-concessions']);
  });

  it('reads "absolutely no intention", "no intention whatsoever" and "not have any intention" as "no intention"', () => {
    for (const text of [
      'Russia has absolutely no intention of withdrawing from Kherson.',
      'Russia has no intention whatsoever of withdrawing from Kherson.',
      'Russia does not have any intention of withdrawing from Kherson.',
      "Russia doesn't have any intention of withdrawing from Kherson.",
    ]) {
      expect(brief(text)).toEqual(['russia reject + territorial-concessions']);
    }
    expect(read('Russia has absolutely no intention of withdrawing from Kherson.')[0]!.rules).toContain('cue:reject.no-intention');
  });

  it('leaves a cue verb denied, and a phrase against the issue, as they were', () => {
    expect(brief('Kyiv will not accept territorial concessions.')).toEqual(['ukraine red-line - territorial-concessions']);
    expect(read('Kyiv will not accept territorial concessions.')[0]!.rules).toContain('cue:accept.verb');
    expect(brief('"We will not continue the war," Zelensky said.')).toEqual(['ukraine support + ceasefire']);
    expect(brief('Kyiv said it would not attend the ceremony.')).toEqual([]);
  });
});

describe('a position stated by an adjective or a preposition', () => {
  it('reads "unacceptable" and "not acceptable" said of an issue as a rejection', () => {
    const [guarantees] = read('Moscow has called such guarantees unacceptable.');
    expect(guarantees!.brief).toBe('russia reject - security-guarantees');
    expect(guarantees!.rules).toEqual(expect.arrayContaining(['cue:reject.unacceptable', 'scope:left']));
    expect(brief('Peskov said a truce on those terms was completely unacceptable.')).toEqual(['russia reject - ceasefire']);
    expect(brief('For Kyiv, territorial concessions are not acceptable, Zelensky said.')).toEqual(['ukraine reject - territorial-concessions']);
  });

  it('leaves "unacceptable" before a noun as a description', () => {
    expect(brief('Kyiv said Moscow had made unacceptable demands.')).toEqual([]);
    expect(brief('Kyiv rejected unacceptable territorial concessions.')).toEqual(['ukraine reject - territorial-concessions']);
  });

  it('reads "not on the table" and "off the table" as a rejection', () => {
    const [table] = read('Lavrov said a ceasefire is not on the table.');
    expect(table!.brief).toBe('russia reject - ceasefire');
    expect(table!.rules).toContain('cue:reject.off-table');
    expect(brief("Zelensky said territorial concessions weren't on the table.")).toEqual(['ukraine reject - territorial-concessions']);
    expect(brief('NATO membership for Ukraine remains off the table, the Kremlin said.')).toEqual(['russia reject - nato-membership']);
  });

  it('reads "is against" as a rejection, and "against" a thing that is no issue as nothing', () => {
    expect(brief('Ukraine is against any territorial concessions.')).toEqual(['ukraine reject - territorial-concessions']);
    expect(brief('Moscow was firmly against a ceasefire, Peskov said.')).toEqual(['russia reject - ceasefire']);
    expect(brief('The plan is against international law, Kyiv said.')).toEqual([]);
  });

  it('reads "irreversible" as a red line, and relief from sanctions as fewer sanctions', () => {
    expect(brief("Zelensky said Ukraine's path to NATO membership was irreversible.")).toEqual(['ukraine red-line + nato-membership']);
    expect(brief('The damage to the economy is irreversible, Kyiv said.')).toEqual([]);
    const [relief] = read('The Kremlin said sanctions relief was a precondition for any peace deal.');
    expect(relief!.brief).toBe('russia condition - peace-talks');
    expect(relief!.conditions).toEqual([{ issue: 'sanctions', polarity: '-' }]);
  });
});

describe('a leader met by name is a leaders\' meeting', () => {
  it('reads a readiness to meet a leader as support for the meeting', () => {
    expect(brief('Zelensky said he was ready to meet Putin face to face.')).toEqual(['ukraine support + leaders-meeting']);
    expect(brief('Zelensky is willing to meet Putin, his office said.')).toEqual(['ukraine support + leaders-meeting']);
    expect(brief('The Kremlin refused to meet with Zelensky.')).toEqual(['russia reject - leaders-meeting']);
  });

  it('reads a meeting told, with no cue, as no stance', () => {
    expect(brief('Trump will meet Putin in Alaska on Friday.')).toEqual([]);
  });
});
