import { isRight } from 'fp-ts/lib/Either.js';
import { analysis, contradictionList, replay, type Actor, type Statement, type StoredEvent } from '@stancelog/core';
import { prepareBatch } from '@stancelog/core/store-kit';
import { buildRegistry, compileLexicon, DEFAULT_ACTORS, DEFAULT_LEXICON, ingestFiles, ingestText, prepareOptions, type IngestResult } from '@stancelog/ingest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Northland changed foreign ministers on 1 April 2025: Alma Reyes held the
// office to 31 March, Tomas Berg from 1 April.
const northland: Actor[] = [
  { id: 'northland', kind: 'state', name: 'Northland' },
  { id: 'alma-reyes', kind: 'person', name: 'Alma Reyes', aliases: ['Reyes'], offices: [{ actor: 'northland', title: 'Foreign Minister', from: '2023-01-01', until: '2025-03-31' }] },
  { id: 'tomas-berg', kind: 'person', name: 'Tomas Berg', aliases: ['Berg'], offices: [{ actor: 'northland', title: 'Foreign Minister', from: '2025-04-01' }] },
  // A councillor the register gives no office: she votes as she likes.
  { id: 'ines-varga', kind: 'person', name: 'Ines Varga', aliases: ['Varga'] },
];
const options = prepareOptions({
  registry: buildRegistry([...DEFAULT_ACTORS, ...northland], {}),
  lexicon: compileLexicon(DEFAULT_LEXICON, { name: 'dam', issues: [{ id: 'high-dam', title: 'High dam', proposition: 'a high dam is built on the river', phrases: ['high dam'] }] }),
});

const ingest = (text: string, publishedAt = '2025-05-15'): IngestResult => {
  const r = ingestText(text, { publishedAt }, options);
  if (!isRight(r)) throw new Error(r.left.message);
  return r.right;
};
const said = (text: string, publishedAt?: string) =>
  ingest(text, publishedAt).statements.map((s) => [`${s.holder} ${s.kind} ${s.polarity} ${s.issue}`, s.statedAt, s.speaker]);
const titles = (text: string, publishedAt?: string) => ingest(text, publishedAt).inconsistencies.map((i) => i.message);

describe('the office a speaker holds, read on the day the statement was made', () => {
  it('is the office of the day the sentence names, not of the day the article was published', () => {
    const text = [
      'Alma Reyes said on March 20 that Northland rejects a high dam.',
      'Tomas Berg said on March 25 that Northland accepts a high dam.',
      'Tomas Berg said on May 14 that Northland rejects a high dam.',
    ].join('\n');
    expect(said(text)).toEqual([
      // Reyes was minister on 20 March: Northland's own word.
      ['northland reject - high-dam', '2025-03-20', { name: 'Alma Reyes', actor: 'northland' }],
      // Berg was not minister yet on 25 March: he speaks for himself, a third party.
      ['northland accept + high-dam', '2025-03-25', { name: 'Tomas Berg', actor: 'tomas-berg' }],
      ['northland reject - high-dam', '2025-05-14', { name: 'Tomas Berg', actor: 'northland' }],
    ]);
  });

  it('is the office of the day a sentence takes from the one before it, and of the publication day for a sentence with none', () => {
    expect(said('On March 20, Northland held a cabinet meeting. Reyes said Northland rejected a high dam.')).toEqual([
      ['northland reject - high-dam', '2025-03-20', { name: 'Alma Reyes', actor: 'northland' }],
    ]);
    expect(said('Reyes said Northland rejects a high dam.')).toEqual([['northland reject - high-dam', '2025-05-15', { name: 'Alma Reyes', actor: 'alma-reyes' }]]);
    expect(said('Berg said Northland rejects a high dam.')).toEqual([['northland reject - high-dam', '2025-05-15', { name: 'Tomas Berg', actor: 'northland' }]]);
  });

  it('gives the holder a person acts for on that day too ("Reyes rejected X")', () => {
    expect(said('Reyes rejected a high dam on March 20.').map(([stance, day]) => [stance, day])).toEqual([['northland reject - high-dam', '2025-03-20']]);
    // On 25 March Berg acted for no one: no one's stance.
    expect(said('Berg rejected a high dam on March 25.')).toEqual([]);
  });

  it('checks a title on the day of the sentence: right then is no inconsistency, wrong then is one', () => {
    expect(titles('Foreign Minister Alma Reyes said on March 20 that Northland rejects a high dam.')).toEqual([]);
    expect(titles('Foreign Minister Tomas Berg said on March 25 that Northland accepts a high dam.')).toEqual([
      '"Foreign Minister Tomas Berg" on 2025-03-25: the register has Tomas Berg as Foreign Minister from 2025-04-01; Alma Reyes held the office then',
    ]);
    // With no date of its own, the sentence is checked on the publication day.
    expect(titles('Foreign Minister Alma Reyes said Northland rejects a high dam.')).toEqual([
      '"Foreign Minister Alma Reyes" on 2025-05-15: the register has Alma Reyes as Foreign Minister 2023-01-01 to 2025-03-31; Tomas Berg held the office then',
    ]);
  });

  it('counts an office held on any day of a week or a month the statement is dated by', () => {
    // An article dated by its week: 2025-W14 runs from Monday 31 March to Sunday 6 April,
    // and both ministers held the office on some day of it.
    const week = said('Alma Reyes said Northland rejects a high dam.\nTomas Berg said Northland accepts a high dam.', '2025-W14');
    expect(week).toEqual([
      ['northland reject - high-dam', '2025-W14', { name: 'Alma Reyes', actor: 'northland' }],
      ['northland accept + high-dam', '2025-W14', { name: 'Tomas Berg', actor: 'northland' }],
    ]);
    expect(titles('Foreign Minister Tomas Berg said Northland accepts a high dam.', '2025-W14')).toEqual([]);
    // "last month" in an article of 20 April is March: Reyes's month, and none of Berg's days.
    expect(said('Alma Reyes said last month that Northland rejects a high dam.', '2025-04-20')).toEqual([
      ['northland reject - high-dam', '2025-03', { name: 'Alma Reyes', actor: 'northland' }],
    ]);
    expect(titles('Foreign Minister Tomas Berg said last month that Northland accepts a high dam.', '2025-04-20')).toEqual([
      '"Foreign Minister Tomas Berg" on 2025-03: the register has Tomas Berg as Foreign Minister from 2025-04-01; Alma Reyes held the office then',
    ]);
  });
});

// "Foreign Minister Reyes rejected X on March 20, and on May 2 Foreign Minister Berg backed it": Berg's title was
// checked on March 20, the sentence's first day, and he was read on it too, when he acted for no one (a leftover of
// stop 52).
describe('the office of a person in the second of two clauses joined by ", and", each with a day of its own', () => {
  it('is checked on the day of that clause, not on the first clause\'s', () => {
    expect(titles('Foreign Minister Alma Reyes rejected a high dam on March 20, and on May 2 Foreign Minister Tomas Berg backed it.')).toEqual([]);
    // Wrong on its own clause's day, it is still reported, on that day.
    expect(titles('Foreign Minister Alma Reyes rejected a high dam on March 20, and Foreign Minister Tomas Berg backed it on March 25.')).toEqual([
      '"Foreign Minister Tomas Berg" on 2025-03-25: the register has Tomas Berg as Foreign Minister from 2025-04-01; Alma Reyes held the office then',
    ]);
  });

  it('is the one held on that clause\'s day, for whom the person acts and speaks', () => {
    expect(said('Reyes rejected a high dam on March 20, and Berg backed it on May 2.')).toEqual([
      ['northland reject - high-dam', '2025-03-20', { name: 'Alma Reyes', actor: 'northland' }],
      ['northland support + high-dam', '2025-05-02', { name: 'Tomas Berg', actor: 'northland' }],
    ]);
  });

  // "Reyes said on March 20 that X, and Berg said on May 2 that Y" gave Y to Reyes; with no saying in the first clause,
  // Berg was read on March 20, out of office, and spoke for himself (a leftover of stop 52).
  it('is the one held on that clause\'s day by the speaker its own saying names', () => {
    expect(said('Reyes said on March 20 that Northland rejects a high dam, and Berg said on May 2 that Northland backs it.')).toEqual([
      ['northland reject - high-dam', '2025-03-20', { name: 'Alma Reyes', actor: 'northland' }],
      ['northland support + high-dam', '2025-05-02', { name: 'Tomas Berg', actor: 'northland' }],
    ]);
    expect(said('Reyes rejected a high dam on March 20, and on May 2 Berg said Northland backs it.').map(([, , speaker]) => speaker)).toEqual([
      { name: 'Tomas Berg', actor: 'northland' },
      { name: 'Tomas Berg', actor: 'northland' },
    ]);
  });

  // "Northland rejected X on March 20, and it backed X on May 2, Berg said" read Berg on March 20 for both clauses, out
  // of office, so speaking for himself of May 2 too (a leftover of stop 53).
  it('is the one held on each clause\'s day by a speaker named after both clauses', () => {
    expect(said('Northland rejected a high dam on March 20, and it backed the high dam on May 2, Berg said.')).toEqual([
      ['northland reject - high-dam', '2025-03-20', { name: 'Tomas Berg', actor: 'tomas-berg' }],
      ['northland support + high-dam', '2025-05-02', { name: 'Tomas Berg', actor: 'northland' }],
    ]);
    expect(said('Northland rejected a high dam on March 25, and it backed the high dam on May 2, said Berg.').map(([, , speaker]) => speaker)).toEqual([
      { name: 'Tomas Berg', actor: 'tomas-berg' },
      { name: 'Tomas Berg', actor: 'northland' },
    ]);
  });

  // "Reyes rejected X on March 20, and on May 2 the new foreign minister backed it" lost its second clause: a title
  // alone opened no clause of its own, and named Reyes, or no one, where Berg held the office that day (a leftover of
  // stop 53).
  it('is the one held on that clause\'s day by whoever holds it, named by the title alone', () => {
    expect(said('Reyes rejected a high dam on March 20, and on May 2 the new foreign minister backed it.')).toEqual([
      ['northland reject - high-dam', '2025-03-20', { name: 'Alma Reyes', actor: 'northland' }],
      ['northland support + high-dam', '2025-05-02', { name: 'Tomas Berg', actor: 'northland' }],
    ]);
    expect(said('Reyes rejected a high dam on March 20, and the minister backed it on May 2.').map(([, , speaker]) => speaker)).toEqual([
      { name: 'Alma Reyes', actor: 'northland' },
      { name: 'Tomas Berg', actor: 'northland' },
    ]);
    // In a sentence of its own, as in the clause.
    expect(said('Reyes rejected a high dam on March 20. On May 2 the new foreign minister backed it.').map(([, , speaker]) => speaker)).toEqual([
      { name: 'Alma Reyes', actor: 'northland' },
      { name: 'Tomas Berg', actor: 'northland' },
    ]);
    // On a day the one named held it, still that one.
    expect(said('Reyes rejected a high dam on March 20. On March 25 the foreign minister backed it.').map(([, , speaker]) => speaker)).toEqual([
      { name: 'Alma Reyes', actor: 'northland' },
      { name: 'Alma Reyes', actor: 'northland' },
    ]);
  });

  it('counts a time that opens the clause, a month or a day, as the clause\'s own and not as a title of the name after it', () => {
    expect(said('Reyes rejected a high dam in March, and in May Berg backed it.')).toEqual([
      ['northland reject - high-dam', '2025-03', { name: 'Alma Reyes', actor: 'northland' }],
      ['northland support + high-dam', '2025-05', { name: 'Tomas Berg', actor: 'northland' }],
    ]);
    expect(said('In April Berg backed a high dam.')).toEqual([['northland support + high-dam', '2025-04', { name: 'Tomas Berg', actor: 'northland' }]]);
  });
});

describe('a named speaker who speaks for no actor', () => {
  it('is a third party: a person of the register out of office speaks for themselves', () => {
    const r = ingest('Alma Reyes said on May 14 that Northland accepts a high dam.');
    expect(r.statements.map((s) => s.speaker)).toEqual([{ name: 'Alma Reyes', actor: 'alma-reyes' }]);
    // The register holds her: nothing to add.
    expect(r.unregisteredSpeakers).toEqual([]);
    expect(r.explanations[0]?.rules).toContain('speaker.for-self');
  });

  it('is a third party: a person the register does not know speaks under an id made of their name, returned for the caller to register', () => {
    for (const text of [
      'Independent analyst John Doe said Northland accepts a high dam.',
      'Northland accepts a high dam, said analyst John Doe.',
      'Northland accepts a high dam, according to John Doe.',
      'Analyst John Doe spoke on Monday. He said Northland accepted a high dam.',
      'Analyst John Doe spoke on Monday. Doe said Northland accepted a high dam.',
      '"Northland accepts a high dam," said former Kremlin aide John Doe.',
      // A calling capitalised at the start of a sentence is no part of the name.
      'Commentator John Doe said Northland accepts a high dam.',
      'Columnist John Doe said Northland accepts a high dam.',
    ]) {
      const r = ingest(text);
      expect([text, r.statements.map((s) => [s.holder, s.speaker])]).toEqual([text, [['northland', { name: 'John Doe', actor: 'john-doe' }]]]);
      expect([text, r.unregisteredSpeakers]).toEqual([text, [{ id: 'john-doe', kind: 'person', name: 'John Doe' }]]);
    }
  });

  it('keeps a speaker who is the holder\'s own, or no one named, as before', () => {
    expect(said('Northland rejects a high dam, officials said.')).toEqual([['northland reject - high-dam', '2025-05-15', undefined]]);
    expect(said('A Northland spokesperson said Northland rejects a high dam.')).toEqual([
      ['northland reject - high-dam', '2025-05-15', { name: 'A Northland spokesperson', actor: 'northland' }],
    ]);
    // Sources the text does not name: the publisher's account, as core reads a speaker with no actor.
    expect(said('Northland rejects a high dam, according to diplomatic sources.')).toEqual([['northland reject - high-dam', '2025-05-15', { name: 'diplomatic sources' }]]);
    expect(ingest('Northland rejects a high dam, according to diplomatic sources.').unregisteredSpeakers).toEqual([]);
  });

  it("gives the id of the name a suffix when the register uses it for another actor", () => {
    const registry = buildRegistry([...DEFAULT_ACTORS, ...northland, { id: 'john-doe', kind: 'organisation', name: 'John Doe Holdings' }], {});
    const r = ingestText('Independent analyst John Doe said Northland accepts a high dam.', { publishedAt: '2025-05-15' }, { registry, lexicon: options.lexicon });
    expect(isRight(r) && [r.right.statements.map((s) => s.speaker), r.right.unregisteredSpeakers]).toEqual([
      [{ name: 'John Doe', actor: 'john-doe-person' }],
      [{ id: 'john-doe-person', kind: 'person', name: 'John Doe' }],
    ]);
  });

  it('makes no reversal of the holder out of a pundit\'s or a former minister\'s account', () => {
    const text = [
      'Northland rejects a high dam, Foreign Minister Alma Reyes said on March 20.',
      'Independent analyst John Doe said on March 22 that Northland accepts a high dam.',
      'Alma Reyes said on May 14 that Northland accepts a high dam.',
    ].join('\n');
    const statements: Statement[] = [...ingest(text).statements];
    expect(statements.map((s) => [s.polarity, s.speaker?.actor])).toEqual([['-', 'northland'], ['+', 'john-doe'], ['+', 'alma-reyes']]);
    const batch = prepareBatch(statements.map((data) => ({ type: 'statement-made', data })), { now: new Date('2025-06-01T00:00:00Z') });
    if (!isRight(batch)) throw new Error(batch.left.message);
    const found = contradictionList(replay(analysis(), batch.right.map((e, i) => ({ ...e, position: i + 1 }) as StoredEvent)));
    expect(found.filter((c) => c.type === 'reversal')).toEqual([]);
  });

  it('gathers the people a batch of files names, once each', () => {
    const dir = mkdtempSync(join(tmpdir(), 'speakers-'));
    writeFileSync(join(dir, 'a.txt'), 'Independent analyst John Doe said Northland accepts a high dam.');
    writeFileSync(join(dir, 'b.txt'), 'Northland accepts a high dam, said analyst John Doe. Northland rejects a high dam, said analyst Mia Holt.');
    const batch = ingestFiles([dir], { registry: options.registry, lexicon: options.lexicon, meta: { publishedAt: '2025-05-15' } });
    expect(batch.unregisteredSpeakers).toEqual([
      { id: 'john-doe', kind: 'person', name: 'John Doe' },
      { id: 'mia-holt', kind: 'person', name: 'Mia Holt' },
    ]);
  });
});

describe('a speaker named by the title of an office alone ("the foreign minister said", a review of a peace process)', () => {
  it('is the registered person named earlier in the article who holds that office on the day', () => {
    const r = ingest('Berg met his counterparts on Monday. "We have accepted a high dam," the foreign minister said.');
    expect(r.statements.map((s) => [s.holder, s.kind, s.polarity, s.issue, s.speaker?.name])).toEqual([['northland', 'accept', '+', 'high-dam', 'Tomas Berg']]);
    expect(r.explanations[0]!.rules).toContain('speaker.title-named-before');
  });

  it('is so as a subject too, and by the last word of the title when one title ends with it ("the minister")', () => {
    const r = ingest('Berg met his counterparts on Monday. The minister rejected the high dam.');
    expect(r.statements.map((s) => [s.holder, s.kind, s.polarity, s.issue, s.speaker?.name])).toEqual([['northland', 'reject', '-', 'high-dam', 'Tomas Berg']]);
  });

  it('is neither of two persons holding it named before, but the one its own sentence names', () => {
    const southland: Actor[] = [
      { id: 'southland', kind: 'state', name: 'Southland' },
      { id: 'ines-cruz', kind: 'person', name: 'Ines Cruz', aliases: ['Cruz'], offices: [{ actor: 'southland', title: 'Foreign Minister', from: '2024-01-01' }] },
    ];
    const both = prepareOptions({ registry: buildRegistry([...DEFAULT_ACTORS, ...northland, ...southland], {}), lexicon: options.lexicon });
    const read = (text: string) => {
      const r = ingestText(text, { publishedAt: '2025-05-15' }, both);
      if (!isRight(r)) throw new Error(r.left.message);
      return r.right.statements.map((s) => s.holder);
    };
    expect(read('Berg met Cruz on Monday. The foreign minister rejected the high dam.')).toEqual([]);
    expect(read('Berg met Cruz on Monday. An aide to Cruz said the foreign minister rejected the high dam.')).toEqual(['southland']);
  });

  it('is no one registered when no one holding it was named before', () => {
    const r = ingest('"We have accepted a high dam," the foreign minister said.');
    expect(r.statements.map((s) => s.speaker?.name)).not.toContain('Tomas Berg');
  });
});

describe('a person the register gives no office at all (a review of stadium talks)', () => {
  it('holds her own positions, as the actor she is, where one out of office holds none', () => {
    expect(said('Ines Varga said she would vote against a high dam.')).toEqual([['ines-varga reject - high-dam', '2025-05-15', { name: 'Ines Varga', actor: 'ines-varga' }]]);
    expect(said('Varga rejected a high dam on Tuesday.').map(([brief]) => brief)).toEqual(['ines-varga reject - high-dam']);
    // Berg before his office: a speaker for himself, no holder of his own.
    expect(said('Tomas Berg rejected a high dam on March 25.')).toEqual([]);
  });
});
