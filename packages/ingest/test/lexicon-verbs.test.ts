import { isRight } from 'fp-ts/lib/Either.js';
import { buildRegistry, compileLexicon, DEFAULT_ACTORS, DEFAULT_LEXICON, ingestText } from '@stancelog/ingest';

// A strike's lexicon whose phrases open with the verb of a cue ("end", "suspend"), as a user writes them.
const lexicon = compileLexicon(DEFAULT_LEXICON, {
  name: 'strike',
  issues: [
    { id: 'strike', title: 'Strike', proposition: 'the union strikes', phrases: ['walkout', { phrase: 'end the strike', polarity: '-' }] },
    { id: 'overtime-ban', title: 'Overtime ban', proposition: 'the union bans overtime', phrases: ['overtime ban', { phrase: 'suspend the overtime ban', polarity: '-' }] },
    { id: 'mediation', title: 'Mediation', proposition: 'the parties take part in mediation', phrases: ['mediation', { phrase: 'suspend its participation', polarity: '-' }] },
    { id: 'steel-tariffs', title: 'Steel tariffs', proposition: 'tariffs on steel imports', phrases: ['steel tariffs', { phrase: 'suspend the steel tariffs', polarity: '-' }] },
    { id: 'coalition-talks', title: 'Coalition talks', proposition: 'the parties negotiate a coalition', phrases: ['coalition talks', { phrase: 'halt the coalition talks', polarity: '-' }] },
  ],
});
const registry = buildRegistry([
  ...DEFAULT_ACTORS,
  { id: 'dockers-union', kind: 'organisation', name: "Harbour Workers' Union", aliases: ['the union'] },
  { id: 'port-authority', kind: 'organisation', name: 'Port Authority', aliases: ['the port authority'] },
  { id: 'greens', kind: 'organisation', name: 'Green Party', aliases: ['the Greens'] },
]);
const read = (text: string, options = { lexicon, registry }) => {
  const r = ingestText(text, { publishedAt: '2026-03-04' }, options);
  if (!isRight(r)) throw new Error(r.left.message);
  return r.right.statements.map((s, i) => ({ s, rules: [...r.right.explanations[i]!.rules] }));
};
const brief = (text: string) => read(text).map(({ s }) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}`);

// "end the strike" in a lexicon was read by no cue where its verb was the clause's own: "will end" is a cue of halting
// that holds only on an object after it, and the phrase began at the verb (a leftover of stop 50).
describe('a lexicon phrase that opens with the verb of a cue, that verb the predicate of its party', () => {
  it('is what the party undertakes or does, with the phrase\'s polarity: the verb counted once', () => {
    expect(brief('The union will end the strike on Monday.')).toEqual(['dockers-union commit - strike']);
    expect(brief('The union said it would end the strike.')).toEqual(['dockers-union commit - strike']);
    expect(brief('The union ended the strike.')).toEqual(['dockers-union commit - strike']);
    expect(brief('The union will suspend the overtime ban.')).toEqual(['dockers-union commit - overtime-ban']);
    // The default lexicon's own: "stop the fighting" is a ceasefire, not a halt of one.
    expect(brief('Russia will stop the fighting.')).toEqual(['russia commit + ceasefire']);
  });

  // "The union, Moor said, will end the strike" read nothing: the aside hid the party right before the verb (a review,
  // stop 51), where "The union, Moor said, rejects X" was read.
  it('is read over an aside set off by commas between the party and its verb: a saying, or a few words with no verb', () => {
    expect(brief('The union, a steward said, will end the strike.')).toEqual(['dockers-union commit - strike']);
    expect(brief('The union, said a steward, will end the strike.')).toEqual(['dockers-union commit - strike']);
    expect(brief('The union, for its part, will end the strike.')).toEqual(['dockers-union commit - strike']);
    expect(brief('The union, however, ended the strike.')).toEqual(['dockers-union commit - strike']);
    // A relative clause about the party tells of it: what it does is the main verb's.
    expect(brief('The union, which rejects a pay freeze, will end the strike.')).toEqual(['dockers-union reject - pay-freeze', 'dockers-union commit - strike']);
    // The one saying it is the speaker, as for any other cue.
    expect(read('Russia, Lavrov said, will stop the fighting.').map(({ s }) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue} by ${s.speaker?.name}`)).toEqual(['russia commit + ceasefire by Sergei Lavrov']);
  });

  // "The union may end the strike" read nothing, where "Kyiv may agree to a ceasefire" is a hedge (a review, stop 51).
  it('is a hedge on the phrase\'s issue, weighed by "may", "might" or "could"', () => {
    expect(brief('The union may end the strike next week.')).toEqual(['dockers-union hedge 0 strike']);
    expect(brief('Russia might stop the fighting.')).toEqual(['russia hedge 0 ceasefire']);
    expect(read('The union could end the strike.')[0]!.rules).toEqual(expect.arrayContaining(['kind:own-phrase', 'hedge:possibility']));
    // Under a warning, the warning reads it, as before.
    expect(brief('The union warned it could end the strike.').some((b) => b.includes(' hedge '))).toBe(false);
  });

  it('names the rule that read it', () => {
    const [found] = read('The union will end the strike on Monday.');
    expect(found!.rules).toEqual(expect.arrayContaining(['cue:commit.halt', 'kind:own-phrase']));
  });

  it('is left, as before, to the verb that governs it and to a denial or a hedge', () => {
    expect(brief('The union agreed to end the strike.')).toEqual(['dockers-union agree - strike']);
    expect(brief('The port authority urged the union to end the strike.')).toEqual(['port-authority demand - strike']);
    expect(brief('The union will not end the strike.')).toEqual(['dockers-union red-line + strike']);
    expect(brief('Russia will not stop the fighting.')).toEqual(['russia red-line - ceasefire']);
  });

  it('is no one\'s act where no party is its subject, or where the verb is a noun\'s or a gerund\'s', () => {
    expect(brief('Talks on a plan for ending the strike resumed.')).toEqual([]);
    expect(brief('Members would end the strike, a steward said.')).toEqual([]);
  });
});

// "The union is ending the strike" and "The union leaders will end the strike" read nothing, and of "will end the
// strike and suspend the overtime ban" only the first phrase was read (a leftover of stop 51).
describe('a lexicon phrase that opens with the verb of a cue, in the progressive, after the people of a party, or joined by "and"', () => {
  it('is the party\'s act in the progressive, and after "is going to"', () => {
    expect(brief('The union is ending the strike.')).toEqual(['dockers-union commit - strike']);
    expect(brief('Russia is stopping the fighting.')).toEqual(['russia commit + ceasefire']);
    expect(brief('The union is going to end the strike.')).toEqual(['dockers-union commit - strike']);
    // A gerund no "be" governs is still no one's act.
    expect(brief('Talks on ending the strike resumed.')).toEqual([]);
  });

  it('is the party\'s act where its leaders, members or negotiators are the subject', () => {
    expect(brief('The union leaders will end the strike.')).toEqual(['dockers-union commit - strike']);
    expect(brief("The union's negotiators are suspending the overtime ban.")).toEqual(['dockers-union commit - overtime-ban']);
    expect(brief('Members will end the strike.')).toEqual([]);
  });

  it('reads each of two phrases joined by "and", the second of the first\'s form sharing its subject and its denial', () => {
    expect(brief('The union will end the strike and suspend the overtime ban.')).toEqual(['dockers-union commit - strike', 'dockers-union commit - overtime-ban']);
    expect(brief('The union ended the strike and suspended the overtime ban.')).toEqual(['dockers-union commit - strike', 'dockers-union commit - overtime-ban']);
    expect(brief('The union is ending the strike and suspending the overtime ban.')).toEqual(['dockers-union commit - strike', 'dockers-union commit - overtime-ban']);
    expect(brief('The port authority hopes the union will end the strike and suspend the overtime ban.')).toEqual([]);
  });

  // "The union will accept a pay freeze and end the strike" was `accept - strike`: the first verb took the phrase after
  // "and" for a second object of its own (a leftover of stop 52).
  it('is the party\'s own act after "and" and a verb of another kind, not a second object of that verb', () => {
    expect(brief('The union will accept a pay freeze and end the strike.')).toEqual(['dockers-union accept + pay-freeze', 'dockers-union commit - strike']);
    expect(brief('The union agreed to a pay rise and ended the strike.')).toEqual(['dockers-union agree + pay-rise', 'dockers-union commit - strike']);
    expect(brief('The European Union backed the quota deal and suspended the steel tariffs.')).toEqual(['european-union support + quota-deal', 'european-union commit - steel-tariffs']);
    expect(brief('The Greens rejected the budget and halted the coalition talks.')).toEqual(['greens reject - budget', 'greens commit - coalition-talks']);
    // A verb the tagger takes for an adverb after "will" ("back") is a verb all the same.
    expect(brief('Russia will back a truce and stop the fighting.')).toEqual(['russia support + ceasefire', 'russia commit + ceasefire']);
  });

  it('keeps what follows the second phrase for the second verb, and a denial before the first for both', () => {
    expect(brief('The union accepted the offer and suspended the overtime ban for the summer.')).toEqual(['dockers-union commit - overtime-ban']);
    expect(brief('The union will not accept the overtime ban and end the strike.')).toEqual(['dockers-union red-line - overtime-ban', 'dockers-union red-line + strike']);
    // Governed by "to", the second verb is the first's too: refused, as before.
    expect(brief('The union refused to accept the overtime ban and end the strike.')).toEqual(['dockers-union reject - overtime-ban', 'dockers-union reject + strike']);
  });

  it('is a refusal where the party halts its own part in the thing, as walking out is', () => {
    expect(brief('The port authority is suspending its participation in the mediation.')).toEqual(['port-authority reject - mediation']);
  });
});

// A review's sentences (stop 51): another party's hope or belief, and a compound the phrase only qualifies, were read as
// the union's undertaking.
describe('a lexicon phrase that opens with the verb of a cue, in a clause no party of it undertakes', () => {
  it('is no undertaking of the clause\'s subject under a verb of hoping, fearing or believing, "that" or not', () => {
    expect(brief('The port authority hopes the union will end the strike.')).toEqual([]);
    expect(brief('The port authority believes that the union will end the strike.')).toEqual([]);
    expect(brief('The port authority fears the union will suspend the overtime ban.')).toEqual([]);
    // Said, it is still the union's word, told by another.
    expect(brief('The port authority said the union would end the strike.')).toEqual(['dockers-union commit - strike']);
  });

  // "The port authority's hope is that the union will end the strike" was the union's undertaking (a leftover of stop 51).
  it('is no undertaking of the clause\'s subject under a noun of hope or fear that "is" joins to it, or an adjective', () => {
    // The hope itself is the port authority's, as "hopes that" is (since stop 53).
    expect(brief("The port authority's hope is that the union will end the strike.")).toEqual(['port-authority support - strike']);
    expect(brief('The port authority is confident the union will suspend the overtime ban.')).toEqual([]);
  });

  it('leaves the one hoping its own verb joined to the hope, which "will" cannot govern', () => {
    expect(brief('The port authority hopes the union will end the strike and rejects a walkout.')).toEqual(['port-authority reject - strike']);
    expect(brief('The port authority hopes the union will end the strike and suspend the overtime ban.')).toEqual([]);
  });

  it('is not read where its last word only qualifies the noun after it ("the strike vote")', () => {
    expect(brief('The union will end the strike vote.')).toEqual([]);
    expect(brief('The union ended the strike vote.')).toEqual([]);
    expect(brief('The union said it would end the strike ballot.')).toEqual([]);
    // A time after it is no such noun.
    expect(brief('The union will end the strike next week.')).toEqual(['dockers-union commit - strike']);
  });
});
