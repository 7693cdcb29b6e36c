import { isLeft } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { Actor, decodeIssues, Event, nearNames, openMemoryStore, Polarity, Source, StatementInput, unknownFieldIssue, unknownFieldIssues } from '@stancelog/core';

// What a user reads when an event is refused: the field, the rule in words, what was found.
async function refusal(event: unknown): Promise<string> {
  const store = openMemoryStore();
  const r = await store.append([event as never]);
  if (!isLeft(r)) throw new Error('expected a refusal');
  expect(await store.head()).toBe(0);
  return r.left.message;
}

describe('decoding errors', () => {
  it('say what an id, a date, a confidence and offsets must be, not the names of the codecs', async () => {
    const message = await refusal({
      type: 'statement-made',
      data: { holder: 'Russia Fed', issue: 'ceasefire', kind: 'reject', polarity: '-', confidence: 1.5, statedAt: 'soon', source: { quote: 'q', offsets: [5, 2] } },
    });
    expect(message.split('; ')).toEqual([
      'event 1 of the batch: data.holder: expected an actor id (lowercase letters, digits, "-", "_" or ".", up to 128 characters, as "russia"), got "Russia Fed" (as an id: "russia-fed"?)',
      'data.source.offsets: expected offsets [start, end]: whole numbers, 0 <= start <= end, got [5,2]',
      'data.statedAt: "soon" is not a date or timestamp (expected YYYY-MM-DD, YYYY-MM, YYYY-Www or an ISO timestamp)',
      'data.confidence: expected a confidence from 0 to 1, got 1.5',
    ]);
  });

  it('name the value meant by a slip from one of a list ("supports", "redline"), and the id a name written for an id makes', async () => {
    const message = await refusal({ type: 'statement-made', data: { holder: 'russia', issue: 'Coal Exit', kind: 'supports', polarity: '-', source: { quote: 'q' } } });
    expect(message.split('; ')).toEqual([
      'event 1 of the batch: data.issue: expected an issue id (lowercase letters, digits, "-", "_" or ".", up to 128 characters, as "ceasefire"), got "Coal Exit" (as an id: "coal-exit"?)',
      'data.kind: expected one of "demand", "propose", "accept", "agree", "reject", "red-line", "condition", "threat", "commit", "retract", "hedge", "support", got "supports" (support?)',
    ]);
    expect(await refusal({ type: 'statement-made', data: { holder: 'russia', issue: 'ceasefire', kind: 'redline', polarity: '-', source: { quote: 'q' } } })).toMatch(/got "redline" \(red-line\?\)$/);
    // Nothing near, no guess.
    expect(await refusal({ type: 'statement-made', data: { holder: 'russia', issue: 'ceasefire', kind: 'asks', polarity: '-', source: { quote: 'q' } } })).toMatch(/got "asks"$/);
  });

  it('say what a timestamp without its time zone lacks', async () => {
    const message = await refusal({ type: 'statement-made', data: { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-07-20T10:00:00', source: { quote: 'q' } } });
    expect(message).toBe(
      'event 1 of the batch: data.statedAt: "2025-07-20T10:00:00" is not a date or timestamp (expected YYYY-MM-DD, YYYY-MM, YYYY-Www or an ISO timestamp) (a timestamp needs its time zone: 2025-07-20T10:00:00Z, or an offset such as +02:00)',
    );
  });

  it('say a Date passed for a time is a Date object, and to give a string, rather than show the ISO string it would become', async () => {
    const said = (statedAt: unknown) => ({ type: 'statement-made', data: { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt, source: { quote: 'q' } } });
    expect(await refusal(said(new Date('2025-09-01')))).toBe(
      'event 1 of the batch: data.statedAt: expected a date or timestamp (YYYY-MM-DD, YYYY-MM, YYYY-Www or an ISO timestamp), got a Date object (2025-09-01T00:00:00.000Z): give a string, such as date.toISOString()',
    );
    expect(await refusal(said(new Date('no such day')))).toMatch(/data\.statedAt: expected .*, got a Date object \(Invalid Date\): give a string, such as date\.toISOString\(\)$/);
    expect(await refusal({ ...said('2025-09-01'), recordedAt: new Date('2025-09-02T10:00:00Z') })).toMatch(/recordedAt: expected .*, got a Date object \(2025-09-02T10:00:00\.000Z\): give a string/);
  });

  it('name an unknown event type and the known ones, instead of the whole event, with the type meant by a slip from one, as a kind\'s (a review\'s finding)', async () => {
    expect(await refusal({ type: 'actor-registerd', data: { id: 'x' } })).toBe(
      'event 1 of the batch: type: expected one of "statement-made", "actor-registered", "alias-added", "office-held", "issue-defined", "event-withdrawn", got "actor-registerd" (actor-registered?)',
    );
    expect(await refusal({ type: 'event-withdraw', data: { event: 'a'.repeat(32), reason: 'x' } })).toMatch(/got "event-withdraw" \(event-withdrawn\?\)$/);
    // Nothing near, no guess.
    expect(await refusal({ type: 'retraction', data: {} })).toMatch(/"event-withdrawn", got "retraction"$/);
  });

  it('say a field left out is required, and what it takes after a colon: words with parentheses of their own are not nested in others (a review\'s finding)', async () => {
    expect(await refusal({ type: 'event-withdrawn', data: { event: 'a'.repeat(32) } })).toBe('event 1 of the batch: data.reason: required: a reason (a non-empty text)');
    expect(await refusal({ type: 'event-withdrawn', data: { reason: 'misread' } })).toBe(
      'event 1 of the batch: data.event: required: an event id (32 lowercase hex digits, as "stancelog log --json" prints it)',
    );
    // Said alike of every field left out, as several may be on one line.
    expect(await refusal({ type: 'statement-made', data: { holder: 'russia', issue: 'ceasefire', polarity: '-' } })).toBe(
      'event 1 of the batch: data.kind: required: one of "demand", "propose", "accept", "agree", "reject", "red-line", "condition", "threat", "commit", "retract", "hedge", "support"; data.source: required: an object with at least {quote}',
    );
  });

  it('blame a value of an untagged union by the shape it has: an object by its wrong field, anything else as the union says', () => {
    // As a lexicon's phrases are: a string, or an object with its polarity.
    const Phrase = t.union([t.string, t.intersection([t.type({ phrase: t.string }), t.partial({ polarity: Polarity })])]);
    const r = t.type({ phrases: t.array(Phrase) }).decode({ phrases: ['pay rise', { phrase: 'pay freeze', polarity: 'yes' }, 3, { polarity: '-' }] });
    expect(isLeft(r) && decodeIssues(r.left).map((i) => i.message)).toEqual([
      // Not "phrases[1]: expected string, got {...}": the string member refusing an object says nothing of what is wrong in it.
      'phrases[1].polarity: expected one of "0", "+", "-", got "yes"',
      'phrases[2]: expected string or an object with at least {phrase}, got 3',
      'phrases[3].phrase: required: a string',
    ]);
  });
});

// The walk the CLI also uses for its input (a .jsonl line, an --actors file):
// what its own copy of the walk and of the suggestions specified.
describe('unknownFieldIssues', () => {
  it('walks a StatementInput (a statement and its recordedAt) at any depth, in the order the keys appear', () => {
    const line = { holder: 'r', issue: 'x', kind: 'demand', polarity: '+', stated_at: '2025-01-01', recordedAt: '2025-01-02', conditions: [{ issue: 'y', polarty: '+' }], source: { quote: 'q' } };
    expect(unknownFieldIssues(StatementInput, line).map((i) => i.message)).toEqual(['stated_at: unknown field (statedAt?)', 'conditions[0].polarty: unknown field (polarity?)']);
  });

  it('names the fields the object may hold, and the key found', () => {
    expect(unknownFieldIssues(Source, { quote: 'q', publisherr: 'X' })).toEqual([
      { path: 'publisherr', expected: 'one of the fields quote, publisher, url, title, publishedAt, offsets', actual: '"publisherr"', message: 'publisherr: unknown field (publisher?)' },
    ]);
  });

  it('puts its paths under the one given, an entry of a list included', () => {
    const actor = { id: 'port-authority', kind: 'organisation', name: 'Port Authority', alises: ['PA'], offices: [{ actor: 'x', title: 'Chair', from: '2020', untill: '2024' }] };
    expect(unknownFieldIssues(Actor, actor, '[2]').map((i) => i.message)).toEqual(['[2].alises: unknown field (aliases?)', '[2].offices[0].untill: unknown field (until?)']);
  });

  it('walks a union along the member the value is: an actor-registered event by the actor fields', () => {
    const event = { type: 'actor-registered', data: { id: 'keir-starmer', kind: 'person', name: 'Keir Starmer', alias: ['Starmer'] } };
    expect(unknownFieldIssues(Event, event).map((i) => i.message)).toEqual(['data.alias: unknown field (aliases?)']);
  });

  it('finds nothing in a value with only known keys, nor in what is not an object', () => {
    expect(unknownFieldIssues(StatementInput, { holder: 'r', issue: 'x', kind: 'demand', polarity: '+', source: { quote: 'q' } })).toEqual([]);
    expect(unknownFieldIssues(StatementInput, 'a string')).toEqual([]);
    expect(unknownFieldIssues(StatementInput, null)).toEqual([]);
  });
});

describe('unknownFieldIssue', () => {
  it('takes a hint in place of the suggestion', () => {
    expect(unknownFieldIssue('position', [], 'the store computes it: leave it out').message).toBe('position: unknown field (the store computes it: leave it out)');
  });

  it('reads the key off the end of a path with indexes', () => {
    expect(unknownFieldIssue('[2].offices[0].untill', ['actor', 'title', 'from', 'until']).message).toBe('[2].offices[0].untill: unknown field (until?)');
  });
});

describe('nearNames', () => {
  it('ignores case, "_" and "-"', () => {
    expect(nearNames('Russia', ['russia', 'ukraine'])).toEqual(['russia']);
    expect(nearNames('published-at', ['publishedAt', 'publisher'])).toEqual(['publishedAt']);
  });

  it('allows one edit in names of three letters or fewer, a third of the length in longer ones (at least two)', () => {
    expect(nearNames('uk', ['us', 'ul', 'eu'])).toEqual(['ul', 'us']);
    expect(nearNames('ukr', ['ukraine'])).toEqual([]);
    expect(nearNames('alias', ['aliases'])).toEqual(['aliases']);
    expect(nearNames('confidance', ['confidence'])).toEqual(['confidence']);
  });

  it('keeps only the closest, sorted, at most max of them, each once, and never the name itself', () => {
    expect(nearNames('abcd', ['abcx', 'abxx', 'abcy', 'abcz', 'abcw'])).toEqual(['abcw', 'abcx', 'abcy']);
    expect(nearNames('abcd', ['abcx', 'abcy', 'abcz'], 2)).toEqual(['abcx', 'abcy']);
    expect(nearNames('abcd', ['abcx', 'abcx'])).toEqual(['abcx']);
    expect(nearNames('russia', ['russia', 'rusia'])).toEqual(['rusia']);
  });
});
