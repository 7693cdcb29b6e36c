import { Event, eventId, visibleAt } from '@stancelog/core';
import { TestLog, actor, alias, eventCode, idOf, issue, specCode, statement, stored, timeline } from '@stancelog/testing';

describe('builders', () => {
  it('make valid events with defaults for date, publisher and quote', () => {
    const s = statement({ holder: 'russia', issue: 'nato-membership', kind: 'demand', polarity: '-' });
    expect(s.data).toEqual({ holder: 'russia', issue: 'nato-membership', kind: 'demand', polarity: '-', statedAt: '2025-01-01', source: { quote: 'russia demand - nato-membership', publisher: 'Test Wire' } });
    for (const e of [s, actor('united-states'), issue('territorial-concessions', { parent: 'peace-talks' }), alias('ukraine', 'Kyiv'), actor('keir-starmer', { offices: [{ actor: 'united-kingdom', title: 'Prime Minister', from: '2024-07-05' }] })]) {
      expect(Event.is(e)).toBe(true);
    }
    expect(actor('keir-starmer', { offices: [{ actor: 'united-kingdom', title: 'PM', from: '2024-07-05' }] }).data.kind).toBe('person');
    expect(statement({ holder: 'a', issue: 'b', kind: 'hedge', polarity: '0', statedAt: null }).data.statedAt).toBeUndefined();
  });

  it('store events with content ids, increasing positions and tags, keeping stored ones as they are', () => {
    const s = statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', speaker: { name: 'Peskov', actor: 'russia' }, conditions: [{ issue: 'sanctions', polarity: '-' }] });
    const [a, b] = stored([s, issue('ceasefire')], { after: 10 });
    expect(a).toMatchObject({ id: eventId(s), position: 11, recordedAt: '2025-09-01T00:00:00Z', schema: 1, tags: ['actor:russia', 'issue:ceasefire', 'issue:sanctions'] });
    expect(b?.position).toBe(12);
    expect(idOf(s)).toBe(a?.id);
    expect(stored([a!, statement({ holder: 'x', issue: 'y', kind: 'demand', polarity: '+' })]).map((e) => e.position)).toEqual([11, 12]);
  });

  it('take a field given as undefined as not given (code that forwards a maybe-value under exactOptionalPropertyTypes)', () => {
    const actorOf = (name: string): string | undefined => (name === 'Peskov' ? 'russia' : undefined);
    const unnamedActor = statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', speaker: { name: 'a wire editor', actor: actorOf('a wire editor') }, recordedAt: undefined });
    const plain = statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', speaker: { name: 'a wire editor' } });
    expect(unnamedActor).toEqual(plain);
    expect('actor' in unnamedActor.data.speaker!).toBe(false);
    expect('recordedAt' in unnamedActor).toBe(false);
    expect(idOf(unnamedActor)).toBe(idOf(plain));
  });

  it('refuses an invalid event, naming its index and field', () => {
    expect(() => stored([statement({ holder: 'Russia!', issue: 'ceasefire', kind: 'reject', polarity: '-' })])).toThrow(/test event 1 \(statement-made\) is invalid: .*holder/);
  });

  it("take the rest of a statement's source (title, publishedAt, offsets), and null for no publisher, and print them back", () => {
    // core's statementMade nests these in `source`; a test of a reducer that reads them must be able to build them.
    const s = statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', url: 'https://example.org/a', source: { title: 'Talks stall', publishedAt: '2025-05-17', offsets: [3, 40] } });
    expect(s.data.source).toEqual({ quote: 'russia reject - ceasefire', publisher: 'Test Wire', url: 'https://example.org/a', title: 'Talks stall', publishedAt: '2025-05-17', offsets: [3, 40] });
    const anonymous = statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', publisher: null });
    expect(anonymous.data.source).toEqual({ quote: 'russia reject - ceasefire' });
    // The fields named at the top win over the same ones in `source`.
    expect(statement({ holder: 'a', issue: 'b', kind: 'hedge', polarity: '0', publisher: 'Daily', source: { publisher: 'Weekly', quote: 'q' } }).data.source).toEqual({ quote: 'q', publisher: 'Daily' });
    // A counter-example is printed with every field, so the code pasted from it builds the very same event.
    const rebuild = (e: typeof s) => new Function('statement', `return ${eventCode(e)}`)(statement);
    for (const e of [s, anonymous]) expect(idOf(rebuild(e))).toBe(idOf(e));
    expect(eventCode(anonymous)).toBe("statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', publisher: null })");
  });

  it('grow a test log whose positions continue across appends', () => {
    const log = new TestLog({ recordedAt: '2025-05-01T00:00:00Z' });
    log.append(statement({ holder: 'a', issue: 'b', kind: 'demand', polarity: '+' }));
    const [e] = log.append(statement({ holder: 'a', issue: 'c', kind: 'demand', polarity: '+' }));
    expect([e?.position, e?.recordedAt, log.head, log.events.length]).toEqual([2, '2025-05-01T00:00:00Z', 2, 2]);
  });

  it('print back as the builder calls that make them', () => {
    const s = statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-05-16', publisher: 'Daily', speaker: { name: 'Peskov', actor: 'russia' } });
    expect(eventCode(s)).toBe("statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-05-16', speaker: { name: 'Peskov', actor: 'russia' }, publisher: 'Daily' })");
    expect(eventCode(issue('x', { parent: 'y' }))).toBe("issue('x', { parent: 'y', title: 'X', proposition: 'X' })");
    // The printed code, evaluated with the builders, gives the same event.
    const rebuilt = new Function('statement', 'issue', 'actor', 'alias', `return ${eventCode(s)}`)(statement, issue, actor, alias);
    expect(rebuilt).toEqual(s);
    expect(specCode('positions()', [s], [issue('x')])).toContain(".when(issue('x', { title: 'X', proposition: 'X' }))");
  });
});

describe('timeline', () => {
  it('dates statements by a cursor that moves by days, weeks and months or jumps to a day', () => {
    const events = timeline('2025-05-16', (t) =>
      t
        .say({ holder: 'russia', issue: 'nato-membership', kind: 'demand', polarity: '-' }, { holder: 'ukraine', issue: 'nato-membership', kind: 'red-line', polarity: '+' })
        .after('3 days')
        .say({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })
        .after('1 week')
        .add(issue('ceasefire'))
        .after('1 month')
        .say({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+' })
        .on('2025-05-10')
        .say({ holder: 'france', issue: 'ceasefire', kind: 'support', polarity: '+', recordedAt: '2025-07-01T08:00:00Z' }),
    );
    const dates = events.map((e) => (e.type === 'statement-made' ? e.data.statedAt : 'issue'));
    expect(dates).toEqual(['2025-05-16', '2025-05-16', '2025-05-19', 'issue', '2025-06-26', '2025-05-10']);
    expect(events.map((e) => (e as { recordedAt?: string }).recordedAt)).toEqual([
      '2025-05-16T12:00:00Z', '2025-05-16T12:00:00Z', '2025-05-19T12:00:00Z', '2025-05-26T12:00:00Z', '2025-06-26T12:00:00Z', '2025-07-01T08:00:00Z',
    ]);
  });

  it('makes what is said after going back a late report: stated that earlier day, recorded on the latest day reached', () => {
    const events = timeline('2025-05-16', (t) =>
      t
        .say({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })
        .after('1 week')
        .on('2025-05-10')
        .say({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+' })
        .add(issue('ceasefire'))
        .after('2 days')
        .say({ holder: 'france', issue: 'ceasefire', kind: 'support', polarity: '+' })
        .after('2 weeks')
        .say({ holder: 'germany', issue: 'ceasefire', kind: 'support', polarity: '+' }),
    );
    expect(events.map((e) => [e.type === 'statement-made' ? e.data.statedAt : e.type, (e as { recordedAt?: string }).recordedAt])).toEqual([
      ['2025-05-16', '2025-05-16T12:00:00Z'],
      ['2025-05-10', '2025-05-23T12:00:00Z'],
      ['issue-defined', '2025-05-23T12:00:00Z'],
      ['2025-05-12', '2025-05-23T12:00:00Z'],
      ['2025-05-26', '2025-05-26T12:00:00Z'],
    ]);
    // What the log knew on 2025-05-20 leaves the late report out, though it was stated before.
    const known = stored(events).filter(visibleAt({ recordedTime: '2025-05-20' }));
    expect(known.map((e) => e.type === 'statement-made' && e.data.holder)).toEqual(['russia']);
  });

  it('refuses a malformed day or duration', () => {
    expect(() => timeline('2025-02-30', () => undefined)).toThrow(/timeline start: not a day/);
    expect(() => timeline('2025-02-01', (t) => t.after('soon'))).toThrow(/expected '<n> days\|weeks\|months', got "soon"/);
  });
});
