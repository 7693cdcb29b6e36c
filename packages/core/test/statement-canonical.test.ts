import fc from 'fast-check';
import { eventId, openMemoryStore, Statement, statementMade } from '@stancelog/core';
import { canonicalJson, prepareBatch } from '@stancelog/core/store-kit';
// Not exported: prepareBatch's shortcut for statements, valid only after its checks.
import { canonicalStatement } from '../src/statement-canonical.js';
import { arbStatement } from '@stancelog/testing';
import { isRight } from 'fp-ts/lib/Either.js';

// The append fast path must give exactly what the general path gives:
// the same canonical JSON (so the same ids) and the same stored data.
const withNoise = arbStatement({ mixedPrecision: true, speakers: true, conditions: true }).chain((e) =>
  fc.record({ extra: fc.option(fc.string(), { nil: undefined }), shuffle: fc.boolean() }).map(({ extra, shuffle }) => {
    const data: Record<string, unknown> = { ...e.data, ...(extra !== undefined ? { unknownField: extra } : {}) };
    const source: Record<string, unknown> = { ...e.data.source, ...(extra !== undefined ? { note: extra } : {}) };
    data['source'] = shuffle ? Object.fromEntries(Object.entries(source).reverse()) : source;
    return { type: 'statement-made' as const, data: shuffle ? Object.fromEntries(Object.entries(data).reverse()) : data };
  }),
);

describe('the statement fast path', () => {
  it('writes the canonical JSON of the decoded statement, whatever the key order and extra keys', () => {
    fc.assert(
      fc.property(withNoise, (event) => {
        const decoded = Statement.decode(event.data);
        if (!isRight(decoded)) throw new Error('the arbitrary made an invalid statement');
        const { copy, json } = canonicalStatement(event.data as Statement);
        expect(json).toBe(canonicalJson({ type: 'statement-made', data: decoded.right }));
        expect(JSON.parse(JSON.stringify(copy))).toEqual(JSON.parse(JSON.stringify(decoded.right)));
      }),
      { numRuns: 500 },
    );
  });

  it('gives prepareBatch the ids and data of the general path', () => {
    // Key order only: a key nothing reads is refused (see the next test).
    const shuffled = withNoise.filter((e) => !('unknownField' in e.data));
    fc.assert(
      fc.property(shuffled, (event) => {
        const r = prepareBatch([event], { now: new Date('2025-09-01T00:00:00Z') });
        if (!isRight(r)) throw new Error(r.left.message);
        const decoded = Statement.decode(event.data);
        if (!isRight(decoded)) throw new Error('invalid');
        const data = decoded.right;
        expect(r.right[0]?.id).toBe(eventId({ type: 'statement-made', data }));
        expect(JSON.parse(JSON.stringify(r.right[0]?.data))).toEqual(JSON.parse(JSON.stringify(data)));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a statement with a key nothing reads, at any depth, naming its path', () => {
    fc.assert(
      fc.property(
        withNoise.filter((e) => 'unknownField' in e.data),
        (event) => {
          const r = prepareBatch([event], { now: new Date('2025-09-01T00:00:00Z') });
          expect(r._tag === 'Left' && r.left.issues.map((i) => i.path).sort()).toEqual(['data.source.note', 'data.unknownField']);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('still names the field of an invalid statement (the general path reports it)', () => {
    const r = prepareBatch([{ type: 'statement-made', data: { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: 'maybe', source: { quote: 'q' } } }]);
    expect(r._tag === 'Left' && r.left.message).toBe('event 1 of the batch: data.polarity: expected one of "0", "+", "-", got "maybe"');
  });

  it('takes an optional field set to undefined as absent: same id, no key stored (the types accept it under exactOptionalPropertyTypes)', async () => {
    const bare = statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', source: { quote: 'q' } });
    const withUndefined = statementMade({
      ...bare.data,
      statedAt: undefined,
      speaker: { name: 'Dmitry Peskov', actor: undefined },
      source: { quote: 'q', publisher: undefined, url: undefined, offsets: undefined },
    });
    const named = statementMade({ ...bare.data, speaker: { name: 'Dmitry Peskov' } });
    const r = await openMemoryStore().append([withUndefined, { ...bare, recordedAt: undefined }]);
    if (!isRight(r)) throw new Error(r.left.message);
    expect(r.right.appended.map((e) => e.id)).toEqual([eventId(named), eventId(bare)]);
    const stored = r.right.appended[0]!;
    expect(stored.type === 'statement-made' && [Object.keys(stored.data), Object.keys(stored.data.source), Object.keys(stored.data.speaker ?? {})]).toEqual([
      ['holder', 'issue', 'kind', 'polarity', 'source', 'speaker'],
      ['quote'],
      ['name'],
    ]);
  });
});
