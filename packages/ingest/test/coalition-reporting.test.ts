// How ingest reads the sentences of coalition reporting that a data
// journalist's review of the command line found misread: a day named after a
// verb ("insisted on Monday that"), an issue taken off the table in a
// condition, a weekday after a noun of an issue, a speaker named with a title
// in apposition, one member of a party, and the plain verbs of negotiation
// ("walked out of the talks", "endorsed the agreement").
import { isRight } from 'fp-ts/lib/Either.js';
import { compileLexicon, ingestText } from '@stancelog/ingest';
import { cityCoalition, publishedAt } from './city-coalition-setting.js';

const read = (text: string) => {
  const r = ingestText(text, { publishedAt }, cityCoalition);
  if (!isRight(r)) throw new Error(r.left.message);
  return r.right.statements.map((s, i) => ({ s, rules: r.right.explanations[i]!.rules }));
};
/** Each statement as `holder kind polarity issue`, then ` if issue polarity` for each condition. */
const said = (text: string) => read(text).map(({ s }) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}${(s.conditions ?? []).map((c) => ` if ${c.issue} ${c.polarity}`).join('')}`);

describe('"on" and a day after a verb ("Brandt insisted on Tuesday that ...")', () => {
  it('is no particle of the verb: the clause after it is read as with no day named', () => {
    // "insist on" would have demanded "Tuesday that the Centrists still oppose a parking levy": a demand for the levy.
    expect(said('Brandt insisted on Tuesday that the Centrists still oppose a parking levy.')).toEqual(['centre-party reject - parking-levy']);
    expect(said('Brandt insisted that the Centrists still oppose a parking levy.')).toEqual(['centre-party reject - parking-levy']);
  });

  it('dates the saying to that day, and keeps a demand of a clause in the subjunctive', () => {
    const [levy] = read('Brandt insisted on Tuesday that the Centrists still oppose a parking levy.');
    expect(levy!.s.statedAt).toBe('2026-05-12');
    expect(said('The Greens insisted on Tuesday that the Centrists drop the ring road widening.')).toEqual(['green-alliance demand - ring-road']);
    expect(said('The Greens insisted on 11 May that the Centrists accept a parking levy.')).toEqual(['green-alliance demand + parking-levy']);
  });

  it('keeps the speaker of a verb that asks ("Brandt demanded on Tuesday that ..."), as with no day named', () => {
    const speakers = (text: string) => read(text).map(({ s, rules }) => [s.holder, s.kind, s.polarity, s.issue, s.speaker?.name ?? null, rules[1]]);
    // "demanded" was read as the party's possession, as "Russian demands" is: no one spoke, the day named or not.
    for (const day of ['', ' on Tuesday', ' on 11 May']) {
      expect(speakers(`Brandt demanded${day} that the Greens drop the ring road widening.`)).toEqual([['centre-party', 'demand', '-', 'ring-road', 'Ola Brandt', 'holder:subject/subject.nearest']]);
    }
    // A person the register does not know, named in full before, as "Lindqvist rejected X" after it.
    const article = "The Greens' treasurer, Kai Lindqvist, spoke first.\n\nLindqvist demanded on Monday that the Centrists drop the parking levy. Lindqvist rejected the ring road widening.";
    expect(speakers(article)).toEqual([
      ['green-alliance', 'demand', '-', 'parking-levy', 'Kai Lindqvist', 'holder:subject/subject.surname'],
      ['green-alliance', 'reject', '-', 'ring-road', 'Kai Lindqvist', 'holder:subject/subject.surname'],
    ]);
  });

  it('reads "agreed on Friday to X" as "agreed to X"', () => {
    expect(said('The Greens agreed on Friday to a parking levy.')).toEqual(['green-alliance agree + parking-levy']);
    expect(said('The Greens insisted on a parking levy.')).toEqual(['green-alliance demand + parking-levy']);
  });
});

describe('a weekday after the words of an issue ("rejected the ring road widening on Wednesday")', () => {
  it('is dated by the verb that tells it, not by a word of the issue\'s phrase the tagger reads as a verb', () => {
    // "widening" (a word of the phrase "ring road widening") was taken for the verb the weekday belongs to: not told
    // as past, so the statement fell back to the article's day.
    const [widening] = read('The Greens rejected the ring road widening on Wednesday.');
    expect([widening!.s.issue, widening!.s.statedAt]).toEqual(['ring-road', '2026-05-13']);
    expect(widening!.rules).toContain('date.weekday-past:on Wednesday');
  });

  it('passes over a gerund after a determiner too, and still reads a weekday to come as no date', () => {
    expect(read('The Greens rejected the planned widening of the ring road on Wednesday.').map(({ s }) => s.statedAt)).toEqual(['2026-05-13']);
    expect(read('The Greens will reject the ring road widening on Wednesday.').map(({ s }) => s.statedAt)).toEqual([publishedAt]);
  });
});

describe('an issue "off the table" in a condition ("only if the parking levy is off the table")', () => {
  it('undoes the issue, as "is dropped" does, and makes no threat of the stance it conditions', () => {
    // It read as a threat on the levy kept: the refusal of "off the table" taken for a refusing trigger.
    expect(said('The Centrists will only join coalition talks if the parking levy is off the table.')).toEqual(['centre-party commit + coalition-talks if parking-levy -']);
    expect(said('The Centrists will only join coalition talks if the parking levy is dropped.')).toEqual(['centre-party commit + coalition-talks if parking-levy -']);
  });

  it('reads "taken off the table", "no longer on the table" and "not on the table" the same', () => {
    for (const words of ['has been taken off the table', 'is no longer on the table', 'is not on the table']) {
      expect(said(`Brandt said the Centrists would back the tram line once the parking levy ${words}.`)).toEqual(['centre-party support + tram-line if parking-levy -']);
    }
  });

  it('refuses the issue outside a condition, "no longer on the table" and "taken off the table" as "off the table" does', () => {
    expect(said('Brandt said the parking levy was no longer on the table.')).toEqual(['centre-party reject - parking-levy']);
    expect(said('The parking levy has been taken off the table, Brandt said.')).toEqual(['centre-party reject - parking-levy']);
  });
});

describe('a speaker named with a title in apposition ("Ola Brandt, the Centre Party\'s deputy leader, said ...")', () => {
  const speakers = (text: string) => read(text).map(({ s, rules }) => [s.holder, s.speaker?.name ?? null, s.speaker?.actor ?? null, rules.find((r) => r.startsWith('speaker.'))]);

  it('is the person named, for the party of their office, the title before or after the party', () => {
    // The words after "said" were taken for an unnamed speaker put after the verb, or the party of the title spoke.
    for (const title of ["the Centre Party's deputy leader", 'the deputy leader of the Centre Party', 'deputy leader of the Centrists']) {
      expect(speakers(`Ola Brandt, ${title}, said the party opposed the ring road widening.`)).toEqual([['centre-party', 'Ola Brandt', 'centre-party', 'speaker.apposition']]);
    }
  });

  it('keeps the person when what is said names the party, or the saying names where it was said', () => {
    expect(speakers("Ola Brandt, the Centre Party's deputy leader, said the Centrists opposed the ring road widening.")).toEqual([['centre-party', 'Ola Brandt', 'centre-party', 'speaker.apposition']]);
    expect(speakers("Ola Brandt, the Centre Party's deputy leader, said in an interview that the party opposed the ring road widening.")).toEqual([['centre-party', 'Ola Brandt', 'centre-party', 'speaker.apposition']]);
  });

  it('is the person of the register where the title names the party by a noun ("the party\'s deputy leader"), not the party so named', () => {
    // "the party" was the speaker: Brandt's words and the party's, named "the party", read as two speakers of one party.
    for (const title of ["the party's deputy leader", 'the deputy leader of the party']) {
      const text = `The Centre Party met on Monday. "We will not accept the ring road widening," Ola Brandt, ${title}, told reporters.`;
      expect(speakers(text)).toEqual([['centre-party', 'Ola Brandt', 'centre-party', 'speaker.apposition']]);
    }
  });

  it('reads a name the register does not know as speaking for the party its title names, by its possessive or after "of"', () => {
    for (const title of ["the Civic List's deputy leader", 'the deputy leader of the Civic List']) {
      expect(speakers(`Lars Moen, ${title}, said the Civic List opposed the ring road widening.`)).toEqual([['civic-list', 'Lars Moen', 'civic-list', 'speaker.apposition']]);
    }
  });
});

describe('a speaker named after "according to" with a title in apposition ("according to its deputy leader, Ola Brandt", a leftover of stop 48)', () => {
  const speakers = (text: string) => read(text).map(({ s, rules }) => [s.holder, s.speaker?.name ?? null, s.speaker?.actor ?? null, rules.find((r) => r.startsWith('speaker.'))]);

  it('is the person named, not the subject of "said" nor the words of the title', () => {
    // The party that "said" was the speaker, or, with no "said", one named "its deputy leader".
    expect(speakers('The Centre Party said it opposed the ring road widening, according to its deputy leader, Ola Brandt.')).toEqual([['centre-party', 'Ola Brandt', 'centre-party', 'speaker.according-to']]);
    expect(speakers('The Centre Party opposes the ring road widening, according to its deputy leader, Ola Brandt.')).toEqual([['centre-party', 'Ola Brandt', 'centre-party', 'speaker.according-to']]);
  });

  it('reads a name the register does not know as speaking for the party of the title: the one it names, or the one "its" stands for', () => {
    expect(speakers('The Civic List opposes the ring road widening, according to its treasurer, Lars Moen.')).toEqual([['civic-list', 'Lars Moen', 'civic-list', 'speaker.according-to']]);
    expect(speakers("The ring road widening is dead, according to the Civic List's treasurer, Lars Moen.")).toEqual([]);
    expect(speakers("The Centrists oppose the ring road widening, according to the Civic List's treasurer, Lars Moen.")).toEqual([['centre-party', 'Lars Moen', 'civic-list', 'speaker.according-to']]);
  });

  it('leaves "according to" with no name in apposition as it was', () => {
    expect(speakers('The Centre Party opposes the ring road widening, according to people close to its leadership.')).toEqual([['centre-party', 'people close to its leadership', null, 'speaker.according-to']]);
  });
});

describe('a body named by the noun that heads its name ("The list has told the Greens ...", a leftover of stop 48)', () => {
  it('speaks under the name the register gives it, not the words "The list"', () => {
    const [told] = read('The Civic List met on Monday. The list has told the Greens it could accept the parking levy.');
    expect(told!.s.speaker).toEqual({ name: 'Civic List', actor: 'civic-list' });
  });
});

describe('one member of a party named by a plural ("a senior Free Democrat", of "the Free Democrats")', () => {
  it('is an unnamed speaker for the party, no person of that name', () => {
    // "a senior Social Democrat" became a person named "Social Democrat", speaking for themself.
    const [told] = read('Ola Brandt privately backs the harbour tram, a senior Free Democrat told the Harbour Gazette on Thursday.');
    expect([told!.s.holder, told!.s.issue, told!.s.speaker]).toEqual(['centre-party', 'tram-line', { name: 'a senior Free Democrat', actor: 'free-democrats' }]);
    const [after] = read('The Centrists will back the harbour tram, said one Centrist.');
    expect(after!.s.speaker).toEqual({ name: 'one Centrist', actor: 'centre-party' });
  });

  it('as a subject, holds the party\'s stance, as a party\'s official does', () => {
    expect(said('A senior Free Democrat rejected the parking levy.')).toEqual(['free-democrats reject - parking-levy']);
    expect(said('A senior Green rejected the parking levy.')).toEqual(['green-alliance reject - parking-levy']);
  });

  it('defines no person', () => {
    const r = ingestText('Ola Brandt privately backs the harbour tram, a senior Free Democrat told the Harbour Gazette.', { publishedAt }, cityCoalition);
    expect(isRight(r) && r.right.unregisteredSpeakers).toEqual([]);
  });
});

describe('leaving talks and going back to them, told as done', () => {
  it('"walked out of the talks" refuses the talks, and "returned to the talks" takes part in them again', () => {
    expect(said('The Greens walked out of the coalition talks on Wednesday.')).toEqual(['green-alliance reject - coalition-talks']);
    expect(said('The Greens returned to the coalition talks on Wednesday.')).toEqual(['green-alliance commit + coalition-talks']);
    expect(said('The Greens came back to the negotiating table.')).toEqual(['green-alliance commit + coalition-talks']);
    expect(said('The Greens rejoined the coalition talks.')).toEqual(['green-alliance commit + coalition-talks']);
  });

  it('names its rule, and is dated as the verb is told', () => {
    const [out] = read('The Greens walked out of the coalition talks on Wednesday.');
    expect(out!.rules).toContain('cue:reject.walk-out');
    expect(out!.s.statedAt).toBe('2026-05-13');
  });

  // "will return to the talks" read nothing, where "returned to" and "would return to the talks if X" were read (a leftover
  // of stop 52's ingest review).
  it('reads a return undertaken, told ahead ("will return to", "is returning to", "will rejoin"), as one told as done', () => {
    expect(said('The Greens will return to the coalition talks on Monday.')).toEqual(['green-alliance commit + coalition-talks']);
    expect(said('The Greens are returning to the coalition talks.')).toEqual(['green-alliance commit + coalition-talks']);
    expect(said('The Greens will rejoin the coalition talks.')).toEqual(['green-alliance commit + coalition-talks']);
    expect(said('The Greens will not return to the coalition talks.')).not.toContainEqual(expect.stringMatching(/ \+ coalition-talks$/));
    expect(said('The drivers will return to work on Monday.')).toEqual([]);
  });

  it('leaves a walkout to come, threatened or asked for, read as before', () => {
    expect(said('The Greens will walk out of the talks unless the tram line is built.')).toEqual(['green-alliance demand + tram-line', 'green-alliance threat - coalition-talks if tram-line -']);
    expect(said('The Greens threatened to walk out of the talks.')).toEqual(['green-alliance threat - coalition-talks']);
    expect(said('Brandt urged the Greens to return to the talks.')).toEqual(['centre-party demand + coalition-talks']);
  });

  it('states nothing of a return to anything but an issue ("returned to work", "walked out" alone)', () => {
    expect(said('The drivers returned to work on Monday.')).toEqual([]);
    expect(said('The Greens walked out on Monday.')).toEqual([]);
  });
});

describe('"endorse"', () => {
  it('backs what it names, as "support" does, and denied refuses it', () => {
    expect(said('The Greens endorsed the coalition agreement.')).toEqual(['green-alliance support + coalition-agreement']);
    expect(said('The Greens did not endorse the coalition agreement.')).toEqual(['green-alliance reject - coalition-agreement']);
    expect(said('The coalition agreement was endorsed by the Greens.')).toEqual(['green-alliance support + coalition-agreement']);
  });
});

describe('"the agreement" after an agreement the lexicon names ("signed a coalition agreement ... welcomed the agreement")', () => {
  const article = 'The Centrists and the Greens signed a coalition agreement on Monday.\n\nIt was a long night. Vera Lund welcomed the agreement. Holm said the Greens endorsed the agreement.';

  it('is that agreement, whoever speaks of it later in the article', () => {
    // "the agreement" named no issue: a deal named by its kind alone makes no provisional one.
    expect(said(article).slice(2)).toEqual(['vera-lund support + coalition-agreement', 'green-alliance support + coalition-agreement']);
  });

  it('is none when the article names another agreement with that noun, or the words after it name one of their own', () => {
    expect(said('The Centrists signed a side agreement with the Civic List. The Greens signed a coalition agreement. Vera Lund welcomed the agreement.')).toEqual(['green-alliance commit + coalition-agreement']);
    expect(said('The Greens signed a coalition agreement. Vera Lund welcomed the agreement on parking.')).toEqual(['green-alliance commit + coalition-agreement']);
    expect(said('The Greens signed a coalition agreement. "It is not the agreement we wanted," Holm said.')).toEqual(['green-alliance commit + coalition-agreement']);
  });

  it('still reads "the agreement on Monday" as that agreement', () => {
    expect(said('The Greens signed a coalition agreement. Vera Lund welcomed the agreement on Monday.')).toEqual(['green-alliance commit + coalition-agreement', 'vera-lund support + coalition-agreement']);
  });
});

describe('"the table" of "back to the table" and "at the table", with "negotiating table" in the lexicon', () => {
  it('is the talks: urging a return to it asks for the talks', () => {
    expect(said('Brandt urged both parties to come back to the table.')).toEqual(['centre-party demand + coalition-talks']);
    expect(said('The Greens came back to the table on Wednesday.')).toEqual(['green-alliance commit + coalition-talks']);
  });

  it('is no talks after other words ("put a new offer on the table"), nor where the lexicon names no such table', () => {
    expect(said('The Centrists put the tram line on the table.')).toEqual([]);
    const none = ingestText('Brandt urged both parties to come back to the table.', { publishedAt }, { ...cityCoalition, lexicon: compileLexicon({ name: 'no-table', issues: [{ id: 'coalition-talks', title: 'Coalition talks', proposition: 'the parties negotiate', phrases: ['coalition talks'] }] }) });
    expect(isRight(none) && none.right.statements).toEqual([]);
  });
});

describe('an agreement told in the passive with no agent ("the parking levy had been agreed, Brandt said")', () => {
  it('is the agreement of the party whose speaker says so', () => {
    // The subject is no actor: it read as no one's.
    expect(said('Brandt said the parking levy for office car parks had been agreed.')).toEqual(['centre-party agree + parking-levy']);
    expect(said('"The tram line was agreed last week," Holm said.')).toEqual(['green-alliance agree + tram-line']);
    const [levy] = read('Brandt said the parking levy had been agreed.');
    expect(levy!.rules).toContain('holder:speaker.passive');
  });

  it('is no one\'s with no speaker, and none when it is to come, denied, or told with its agent', () => {
    expect(said('The parking levy had been agreed.')).toEqual([]);
    expect(said('Brandt said the parking levy would be agreed next week.')).toEqual([]);
    expect(said('Brandt said the parking levy had not been agreed.')).toEqual([]);
    expect(said('Brandt said the parking levy was agreed by the Greens.')).toEqual(['green-alliance agree + parking-levy']);
  });
});
