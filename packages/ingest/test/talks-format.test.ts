import { isRight } from 'fp-ts/lib/Either.js';
import { analysis, contradictionList, replay, type StoredEvent } from '@stancelog/core';
import { prepareBatch } from '@stancelog/core/store-kit';
import { DEFAULT_LEXICON, ingestText } from '@stancelog/ingest';

const statements = (text: string) => {
  const r = ingestText(text, { publishedAt: '2025-06-04' });
  if (!isRight(r)) throw new Error(r.left.message);
  return r.right.statements;
};
const brief = (text: string) => statements(text).map((s) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}`);

// The incompatible clashes the core analysis finds among the statements of these sentences, with the default lexicon's issues defined.
const clashes = (...texts: string[]) => {
  const issues = DEFAULT_LEXICON.issues.map(({ phrases: _phrases, ...data }) => ({ type: 'issue-defined', data }));
  const said = texts.flatMap(statements).map((data) => ({ type: 'statement-made', data }));
  const batch = prepareBatch([...issues, ...said], { now: new Date('2026-01-01T00:00:00Z') });
  if (!isRight(batch)) throw new Error(batch.left.message);
  const events = batch.right.map((e, i) => ({ ...e, position: i + 1 }) as StoredEvent);
  return contradictionList(replay(analysis(), events), { type: 'incompatible' }).map((c) => `${c.issues.join('+')}: ${c.actors.join(' / ')}`);
};

describe('the questions of the talks format, each an issue of its own', () => {
  it('reads who sits at the table as a seat of the party named, within talks-format', () => {
    expect(brief('Moscow refused to have American officials in the room.')).toEqual(['russia reject - us-at-the-table']);
    expect(brief('Kyiv asked Washington to include US diplomats in the talks.')).toEqual(['ukraine demand + us-at-the-table']);
    expect(brief('Macron said Ukraine must be involved in all the talks.')).toEqual(['france demand + ukraine-at-the-table']);
    expect(brief('Merz said Kyiv must have a seat at the table.')).toEqual(['germany demand + ukraine-at-the-table']);
    expect(DEFAULT_LEXICON.issues.filter((i) => i.parent === 'talks-format').map((i) => i.id)).toEqual(expect.arrayContaining(['us-at-the-table', 'ukraine-at-the-table']));
  });

  it('reads a seat at the table of a party with no issue of its own as talks-format itself', () => {
    expect(brief('Brussels demanded a seat at the table for the EU.')).toEqual(['european-union demand + talks-format']);
  });

  it('does not give the seat to a party that only asks for it for another', () => {
    expect(brief('Kyiv demanded a seat at the table for Washington.')).not.toContain('ukraine demand + ukraine-at-the-table');
  });

  it("reads a meeting of the leaders as leaders-meeting, within talks-format, and not as who sits at the table", () => {
    expect(brief('Paris pushed for a summit between Trump and Putin.')).toEqual(['france demand + leaders-meeting']);
    expect(brief('Berlin insists on a face-to-face meeting of the two presidents.')).toEqual(['germany demand + leaders-meeting']);
    expect(brief('Moscow rejected a three-way meeting with Zelensky.')).toEqual(['russia reject - leaders-meeting']);
    expect(DEFAULT_LEXICON.issues.find((i) => i.id === 'leaders-meeting')?.parent).toBe('talks-format');
  });

  it('reads who is to decide a matter as who-decides, within talks-format, and not as who sits at the table', () => {
    expect(brief('Macron said questions of territory are for Kyiv alone to decide.')).toEqual(['france demand + who-decides']);
    expect(brief('"Nothing about Ukraine without Ukraine," Zelensky said.')).toEqual(['ukraine demand + who-decides']);
    expect(DEFAULT_LEXICON.issues.find((i) => i.id === 'who-decides')?.parent).toBe('talks-format');
  });

  it('lets a refusal to seat a party clash with a demand to seat that party, not another, nor a wish for a summit or for Kyiv to decide', () => {
    const refusal = 'Moscow refused to have American officials in the room.';
    expect(clashes(refusal, 'Kyiv asked Washington to include US diplomats in the talks.')).toEqual(['us-at-the-table: russia / ukraine']);
    expect(clashes(refusal, 'Merz said Kyiv must have a seat at the table.')).toEqual([]);
    expect(clashes(refusal, 'Paris pushed for a summit between Trump and Putin.')).toEqual([]);
    expect(clashes(refusal, 'Macron said questions of territory must be settled exclusively by Kyiv.')).toEqual([]);
  });

  it('lets a refusal of a summit clash with a demand for one', () => {
    expect(clashes('Moscow rejected a three-way meeting with Zelensky.', 'Paris pushed for a summit between Trump and Putin.')).toEqual(['leaders-meeting: france / russia']);
  });
});
