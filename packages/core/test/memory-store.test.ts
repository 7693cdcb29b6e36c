import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { memoryStoreOf, openMemoryStore, readAll, statementMade } from '@stancelog/core';
import type { EventStore, Statement, StoreCorrupt, StoredEvent } from '@stancelog/core';

const demand: Statement = {
  holder: 'ukraine',
  issue: 'ceasefire',
  kind: 'demand',
  polarity: '+',
  statedAt: '2025-04-23',
  source: { quote: 'Kyiv wants a full ceasefire before any talks' },
};

describe('the memory store', () => {
  it('appends a statement at position 1 and reads it back', async () => {
    const store = openMemoryStore();
    const r = await store.append([statementMade(demand)]);
    expect(isRight(r) && r.right.head).toBe(1);
    const events = await readAll(store);
    expect(events.map((e) => e.position)).toEqual([1]);
    expect(events[0]?.tags).toEqual(['actor:ukraine', 'issue:ceasefire']);
  });

  it('says of a conflict that nothing was appended, and what to read and retry with (a review\'s finding, stop 48)', async () => {
    const store = openMemoryStore();
    await store.append([statementMade(demand)]);
    const later = statementMade({ ...demand, source: { quote: 'Kyiv repeats its call for a ceasefire' } });
    const moved = await store.append([later], { expectedPosition: 0 });
    expect(isLeft(moved) && moved.left.message).toBe('append expected the log at position 0, but it is at 1: nothing was appended; read what came after position 0, decide again, and retry expecting position 1');
    const tagged = await store.append([later], { condition: { tags: ['issue:ceasefire'], after: 0 } });
    expect(isLeft(tagged) && tagged.left.message).toBe('append expected nothing tagged issue:ceasefire after position 0, but position 1 is: nothing was appended; read what came, decide again, and retry with after: 1');
    expect(await store.head()).toBe(1);
  });

  it('refuses an invalid batch whole, naming the field', async () => {
    const store = openMemoryStore();
    const bad = { type: 'statement-made', data: { ...demand, polarity: 'yes' } };
    const r = await store.append([statementMade(demand), bad as never]);
    expect(isLeft(r) && r.left.message).toBe('event 2 of the batch: data.polarity: expected one of "0", "+", "-", got "yes"');
    expect(await store.head()).toBe(0);
  });

  it('takes null options from JavaScript as none, and refuses options that are not an object, as values', async () => {
    const store = openMemoryStore();
    const appended = await store.append([statementMade(demand)], null as never);
    expect(isRight(appended) && appended.right.head).toBe(1);
    const refused = await store.append([statementMade({ ...demand, issue: 'peace-talks' })], 3 as never);
    expect(isLeft(refused) && refused.left).toEqual({ _tag: 'InvalidQuery', message: 'append: expected an object of options, got 3' });
    const read: unknown[] = [];
    for await (const e of store.read(null as never)) read.push(e);
    expect(read).toHaveLength(1);
    const heard: unknown[] = [];
    const sub = store.subscribe((events) => void heard.push(...events), null as never);
    await sub.caughtUp;
    await sub.unsubscribe();
    expect(heard).toHaveLength(1);
    await expect(async () => {
      for await (const e of store.read('all' as never)) read.push(e);
    }).rejects.toThrow('read: expected an object of options, got "all"');
    expect(await store.head()).toBe(1);
  });

  it('refuses a tag holding a NUL character, as every store does (PostgreSQL takes none in a text)', async () => {
    const store = openMemoryStore();
    await expect(readAll(store, { tags: ['actor:rus\u0000sia'] })).rejects.toThrow('read: tags hold no NUL character, got "actor:rus\\u0000sia"');
  });
});

describe('a memory store started with a log stored elsewhere (a seed)', () => {
  const statements: ReadonlyArray<Statement> = [
    demand,
    { ...demand, holder: 'russia', kind: 'reject', polarity: '-', source: { quote: 'no ceasefire before talks' } },
    { ...demand, issue: 'peace-talks', kind: 'condition', conditions: [{ issue: 'ceasefire', polarity: '+' }], source: { quote: 'a truce first' } },
    { ...demand, holder: 'russia', issue: 'peace-talks', kind: 'propose', source: { quote: 'talks in Istanbul' } },
  ];
  // A whole log, as a server sends it (`stancelog log --json`, or readAll of its store): plain JSON.
  const fetchedLog = async (): Promise<StoredEvent[]> => {
    const elsewhere = openMemoryStore();
    await elsewhere.append(statements.map((s) => statementMade(s)));
    return JSON.parse(JSON.stringify(await readAll(elsewhere))) as StoredEvent[];
  };
  const positionsTagged = async (store: EventStore, tag: string): Promise<number[]> => (await readAll(store, { tags: [tag] })).map((e) => e.position);
  const refusal = (events: unknown): StoreCorrupt => {
    const r = memoryStoreOf(events as StoredEvent[]);
    if (!isLeft(r)) throw new Error('expected a refusal');
    expect(r.left._tag).toBe('StoreCorrupt');
    // openMemoryStore throws the same message, the seed being the program's there.
    expect(() => openMemoryStore({ events: events as StoredEvent[] })).toThrow(new RangeError(r.left.message));
    return r.left as StoreCorrupt;
  };

  it('keeps its positions, reads it by tag as its own store does, and appends after it', async () => {
    const log = await fetchedLog();
    const r = memoryStoreOf(log);
    if (!isRight(r)) throw new Error(r.left.message);
    const store = r.right;
    expect(await store.head()).toBe(4);
    expect(await positionsTagged(store, 'actor:russia')).toEqual([2, 4]);
    expect(await positionsTagged(store, 'issue:peace-talks')).toEqual([3, 4]);
    const appended = await store.append([statementMade({ ...demand, holder: 'eu', source: { quote: 'a ceasefire now' } }), statementMade(demand)]);
    expect(isRight(appended) && [appended.right.appended.map((e) => e.position), appended.right.duplicates]).toEqual([[5], [log[0]!.id]]);
  });

  it('refuses a listing filtered by holder or issue, whose positions have gaps, naming the entry and what to give instead', async () => {
    const log = await fetchedLog();
    const russia = refusal(log.filter((e) => e.type === 'statement-made' && e.data.holder === 'russia'));
    expect([russia.location, russia.index]).toEqual(['events', 0]);
    expect(russia.message).toBe(
      'events[0]: position 2 first (positions run 1, 2, 3 ... without gaps: a log filtered by holder or issue, such as stancelog log --holder X --json, is no log to seed a store with)',
    );
    // One event missing in the middle: it read other holders' events by tag, and appended at a position already taken.
    expect(refusal(log.filter((e) => e.position !== 2)).message).toMatch(/^events\[1\]: position 3 after 1 \(positions run 1, 2, 3 \.\.\. without gaps: /);
  });

  it('refuses events out of order, saying where the position expected is', async () => {
    const log = await fetchedLog();
    const newestFirst = refusal([...log].reverse());
    expect(newestFirst.message).toBe('events[0]: position 4 first (positions run 1, 2, 3 ... in order: position 1 is events[3]; sort the events by position, oldest first)');
    expect(refusal([log[0], log[1], log[3], log[2]]).message).toBe('events[2]: position 4 after 2 (positions run 1, 2, 3 ... in order: position 3 is events[3]; sort the events by position, oldest first)');
  });

  it('refuses a position or an event given twice, naming the first', async () => {
    const log = await fetchedLog();
    expect(refusal([...log, log[1]]).message).toBe('events[4]: position 2 after 4: events[1] is at position 2 already (positions run 1, 2, 3 ... each once: an event given twice?)');
    const again = refusal([...log, { ...log[1]!, position: 5 }]);
    expect([again.index, again.message]).toEqual([4, `events[4]: event ${log[1]!.id} is events[1] too (position 2): a log holds an event once`]);
  });

  it('refuses an entry that is no stored event, naming each wrong field as a store reading it does', async () => {
    const log = await fetchedLog();
    const garbage = refusal([log[0], { foo: 1 }]);
    expect(garbage.index).toBe(1);
    expect(garbage.message).toMatch(/^events\[1\]: not a valid event: id: required: a string; position: required: a number; /);
    const invalid = refusal([{ ...log[0]!, data: { ...(log[0]!.data as Statement), holder: 'A B', kind: 'insist', polarity: 'yes' } }]);
    expect(invalid.issues?.map((i) => i.path)).toEqual(['data.holder', 'data.kind', 'data.polarity']);
    expect(invalid.message).toMatch(/^events\[0\]: not a valid event: data\.holder: expected an actor id .*; data\.kind: expected one of .*, got "insist"; data\.polarity: expected one of "0", "\+", "-", got "yes"$/);
    // Of an older schema with no upcaster to read it: refused as the file store refuses its line.
    expect(refusal([{ ...log[0]!, schema: 0 }]).message).toBe(
      'events[0]: not a valid event: schema: written by an older schema (statement-made version 0; this release reads version 1): open the store with an upcaster for statement-made 0→1',
    );
  });

  it('refuses a seed that is no array, and an option it does not take', () => {
    expect(refusal({ events: [] }).message).toBe('events: expected an array of stored events (readAll of a store, or stancelog log --json of a whole log), got an object');
    expect(() => openMemoryStore({ event: [] } as never)).toThrow(new RangeError('openMemoryStore: event: not an option (the options are events, upcasters; did you mean events?)'));
    expect(() => openMemoryStore(null as never)).not.toThrow();
  });

  it('throws a RangeError for options that are an array (the events meant as its seed?), and for an option it would read inherited, as the file and PostgreSQL stores return them as a Left (a leftover of stop 50)', () => {
    expect(() => openMemoryStore([] as never)).toThrow(new RangeError('openMemoryStore: expected an object of options, got []'));
    expect(() => openMemoryStore(Object.create({ upcasters: 'none' }) as never)).toThrow(new RangeError('openMemoryStore: upcasters: expected an array of upcasters ({ type, from, up }), got "none"'));
  });

  it('keeps an event of a type this version does not know in its place, and reads pass over it, as the file store does', async () => {
    const log = await fetchedLog();
    const newer = { id: 'f'.repeat(32), position: 2, recordedAt: '2025-05-01T00:00:00Z', schema: 1, tags: ['actor:russia'], type: 'mood-changed', data: {} };
    const r = memoryStoreOf([log[0], newer, ...log.slice(1).map((e) => ({ ...e, position: e.position + 1 }))]);
    if (!isRight(r)) throw new Error(r.left.message);
    expect(await r.right.head()).toBe(5);
    expect((await readAll(r.right)).map((e) => e.position)).toEqual([1, 3, 4, 5]);
    expect(await positionsTagged(r.right, 'actor:russia')).toEqual([3, 5]);
    expect((await readAll(r.right, { after: 1, limit: 1 })).map((e) => e.position)).toEqual([3]);
  });
});
