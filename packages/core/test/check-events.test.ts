import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { checkEvents, eventWithdrawn, openMemoryStore, statementMade, StatementInput } from '@stancelog/core';
import type { StatementInput as Input } from '@stancelog/core';

const said: Input = { holder: 'transit-union', issue: 'wage-raise', kind: 'demand', polarity: '+', statedAt: '2026-11-20', source: { quote: 'nothing under five percent' } };

// What a fresh store's append answers for the same batch.
async function appendVerdict(events: ReadonlyArray<unknown>): Promise<unknown> {
  const r = await openMemoryStore().append(events as never);
  return isLeft(r) ? r.left : r.right.appended.map((e) => e.id);
}

describe('checkEvents: new events checked as an append checks them, with no store', () => {
  it.each([
    ['a blank quote', { ...said, source: { quote: ' ' } }, 'event 1 of the batch: data.source.quote: empty: give the words the statement rests on (a quote, or a paraphrase of what was said)'],
    ['a condition on its own issue', { ...said, kind: 'condition', conditions: [{ issue: 'wage-raise', polarity: '+' }] }, 'event 1 of the batch: data.conditions[0].issue: a statement cannot be conditioned on its own issue (wage-raise)'],
    ['a misspelt field', { ...said, stated_at: '2026-01-01' }, 'event 1 of the batch: data.stated_at: unknown field (statedAt?)'],
  ])('refuses %s, which the codec takes, as the append does', async (_, input, message) => {
    expect(StatementInput.decode(input)._tag).toBe('Right');
    const r = checkEvents([statementMade(input as Input)]);
    expect(isLeft(r) && r.left.message).toBe(message);
    expect(isLeft(r) && r.left).toEqual(await appendVerdict([statementMade(input as Input)]));
  });

  it('names the event of a batch and each wrong field by its path, as the append does', async () => {
    const batch = [statementMade(said), statementMade({ ...said, holder: 'Transit Union', statedAt: '2026-02-30' })];
    const r = checkEvents(batch);
    if (!isLeft(r)) throw new Error('expected a refusal');
    expect([r.left.index, r.left.issues.map((i) => i.path)]).toEqual([1, ['data.holder', 'data.statedAt']]);
    expect(r.left).toEqual(await appendVerdict(batch));
  });

  it('gives the events as a store will append them: the same ids', async () => {
    const r = checkEvents([statementMade(said), { type: 'alias-added', data: { actor: 'transit-union', alias: 'the union' } }]);
    expect(isRight(r) && r.right.map((e) => e.id)).toEqual(await appendVerdict([statementMade(said), { type: 'alias-added', data: { actor: 'transit-union', alias: 'the union' } }]));
  });

  it('leaves to the append what needs the log: a withdrawal of an event it does not hold', async () => {
    const orphan = [eventWithdrawn('0123456789abcdef0123456789abcdef', 'entered twice')];
    expect(checkEvents(orphan)._tag).toBe('Right');
    expect(await appendVerdict(orphan)).toMatchObject({ _tag: 'InvalidEvent', index: 0 });
  });
});
