import { buildRegistry, DEFAULT_ACTORS, ingestText, prepareOptions, recordBatch } from '@stancelog/ingest';
import type { IngestResult } from '@stancelog/ingest';
import { openMemoryStore, readAll, StoreReadError } from '@stancelog/core';
import type { Actor, EventStore } from '@stancelog/core';

const union: Actor = { id: 'dockers-union', kind: 'organisation', name: "Harbour Workers' Union", aliases: ['the union'] };
const silva: Actor = { id: 'marta-silva', kind: 'person', name: 'Marta Silva', offices: [{ actor: 'dockers-union', title: 'General Secretary', from: '2023-01-01' }] };
const options = { registry: buildRegistry([...DEFAULT_ACTORS, union, silva]) };

const read = (text: string): IngestResult => {
  const r = ingestText(text, { publishedAt: '2026-02-12' }, prepareOptions(options));
  if (r._tag === 'Left') throw new Error(r.left.message);
  return r.right;
};
const described = (events: ReadonlyArray<{ type: string; data: unknown }>): string[] =>
  events.map((e) => (e.type === 'statement-made' ? `statement ${(e.data as { holder: string }).holder} ${(e.data as { issue: string }).issue}` : `${e.type} ${(e.data as { id: string }).id}`));

const article = 'Marta Silva said on Monday that the union rejects any ceasefire. Moscow rejected the sanctions on Tuesday.';

describe('recordBatch', () => {
  it('appends the definitions of what the statements name, then the statements, in one append', async () => {
    const store = openMemoryStore();
    const recorded = await recordBatch(store, read(article), { ...options, people: [silva] });
    expect(recorded._tag).toBe('Right');
    const log = await readAll(store);
    expect(described(log)).toEqual([
      'actor-registered dockers-union',
      'actor-registered marta-silva',
      'issue-defined ceasefire',
      'actor-registered russia',
      'issue-defined sanctions',
      'statement dockers-union ceasefire',
      'statement russia sanctions',
    ]);
    if (recorded._tag === 'Left') return;
    expect(recorded.right.appended.map((e) => e.id)).toEqual(log.map((e) => e.id));
    expect(recorded.right.defined).toEqual({ actors: ['dockers-union', 'marta-silva', 'russia'], issues: ['ceasefire', 'sanctions'] });
    // Defined as the register holds them, not provisionally.
    expect(log[1]!.data).toEqual(silva);
  });

  it('appends nothing when called again with the same reading', async () => {
    const store = openMemoryStore();
    await recordBatch(store, read(article), options);
    const head = await store.head();
    const again = await recordBatch(store, read(article), options);
    expect(again).toEqual({ _tag: 'Right', right: { appended: [], duplicates: expect.any(Array), defined: { actors: [], issues: [] } } });
    if (again._tag === 'Right') expect(again.right.duplicates).toHaveLength(2);
    expect(await store.head()).toBe(head);
  });

  it('does not define again what the log defines already, and defines the rest', async () => {
    const store = openMemoryStore();
    const before = await store.append([
      { type: 'actor-registered', data: { id: 'russia', kind: 'state', name: 'Russian Federation' } },
      { type: 'issue-defined', data: { id: 'ceasefire', title: 'A truce', proposition: 'The fighting stops.' } },
    ]);
    expect(before._tag).toBe('Right');
    const recorded = await recordBatch(store, read(article), options);
    expect(recorded._tag === 'Right' && recorded.right.defined).toEqual({ actors: ['dockers-union'], issues: ['sanctions'] });
    const log = await readAll(store);
    expect(described(log.slice(2))).toEqual(['actor-registered dockers-union', 'issue-defined sanctions', 'statement dockers-union ceasefire', 'statement russia sanctions']);
    // The log's own definitions stand.
    expect(log.filter((e) => e.type === 'actor-registered' && e.data.id === 'russia').map((e) => e.data)).toEqual([{ id: 'russia', kind: 'state', name: 'Russian Federation' }]);
  });

  it("gives the store's failure to read the log as a Left, and appends nothing", async () => {
    const store = openMemoryStore();
    const unreadable: EventStore = {
      ...store,
      read: () => ({
        [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new StoreReadError({ _tag: 'StoreUnavailable', message: 'read: connection lost' })) }),
      }),
    };
    const recorded = await recordBatch(unreadable, read(article), options);
    expect(recorded).toEqual({ _tag: 'Left', left: { _tag: 'StoreUnavailable', message: 'read: connection lost' } });
    expect(await store.head()).toBe(0);
  });

  it('gives a statement the store refuses as a Left, and appends none of the definitions either', async () => {
    const store = openMemoryStore();
    const reading = read(article);
    const bad = { ...reading, statements: [reading.statements[0]!, { ...reading.statements[1]!, statedAt: '2025-02-30' }] };
    const recorded = await recordBatch(store, bad, options);
    expect(recorded._tag === 'Left' && recorded.left._tag).toBe('InvalidEvent');
    expect(await store.head()).toBe(0);
  });
});
