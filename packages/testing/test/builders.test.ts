import { Event, eventId, openMemoryStore, positions, visibleAt } from '@stancelog/core';
import { ReducerSpec, TestLog, actor, alias, eventCode, idOf, issue, specCode, statement, stored, timeline } from '@stancelog/testing';

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

  it('name an actor or title an issue whose id has no word (_) by its id, as a store refuses a blank name or title', async () => {
    expect([actor('_').data.name, issue('_').data.title, issue('_').data.proposition]).toEqual(['_', '_', '_']);
    expect((await openMemoryStore().append([actor('_'), issue('_')]))._tag).toBe('Right');
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

  it('refuse a field none of theirs, as JavaScript gives it, naming it and the field meant, rather than build the event with the default', () => {
    const said = { holder: 'tram-workers', issue: 'strike', kind: 'threat', polarity: '+' } as const;
    expect(() => statement({ ...said, statedat: '2026-03-09' } as never)).toThrow(
      new RangeError('statement: statedat: not a field of a statement (its fields are holder, issue, kind, polarity, statedAt, recordedAt, conditions, speaker, quote, publisher, url, confidence, source; did you mean statedAt?)'),
    );
    expect(() => issue('strike', { parnt: 'contract-talks' } as never)).toThrow(new RangeError('issue: parnt: not a field of an issue (its fields are parent, title, proposition, recordedAt; did you mean parent?)'));
    expect(() => actor('tram-workers', { kind: 'organisation', alias: ['the federation'] } as never)).toThrow(
      new RangeError('actor: alias: not a field of an actor (its fields are kind, name, aliases, offices, recordedAt; did you mean aliases?)'),
    );
    // Each field of its own, given as undefined too, is taken.
    expect(statement({ ...said, statedAt: '2026-03-09', recordedAt: undefined, source: { title: 'Strike threat' } }).data.statedAt).toBe('2026-03-09');
    expect(issue('strike', { parent: 'contract-talks', title: undefined }).data.parent).toBe('contract-talks');
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

  it('record a statement stated after the default recorded time at the end of the period it was stated in, not before it was said', () => {
    const [late, month, instant, early] = stored([
      statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-12-01' }),
      statement({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-12' }),
      statement({ holder: 'russia', issue: 'ceasefire', kind: 'hedge', polarity: '0', statedAt: '2025-10-02T08:30:00Z' }),
      statement({ holder: 'russia', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-01' }),
    ]);
    expect([late?.recordedAt, month?.recordedAt, instant?.recordedAt, early?.recordedAt]).toEqual(['2025-12-01T23:59:59Z', '2025-12-31T23:59:59Z', '2025-10-02T08:30:00Z', '2025-09-01T00:00:00Z']);
    // So a read of what the log knew by the day it was said finds it.
    ReducerSpec.for(positions())
      .given([statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-12-01' })])
      .asOf({ recordedTime: '2025-12-01' })
      .thenPositions([{ holder: 'russia', issue: 'ceasefire', polarity: '-' }]);
    // A time the test gives stays as given, and the printed code leaves the default out.
    expect(stored([statement({ holder: 'a', issue: 'b', kind: 'demand', polarity: '+', statedAt: '2025-12-01' })], { recordedAt: '2025-05-01T00:00:00Z' })[0]?.recordedAt).toBe('2025-05-01T00:00:00Z');
    expect(eventCode(late!)).toBe("statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-12-01' })");
  });

  it('refuse stored events whose positions repeat or go back, naming them and the fix', () => {
    const [a] = stored([statement({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+' })]);
    const [b] = stored([statement({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+' })]);
    expect(() => stored([a!, b!])).toThrow(
      /^stored: test events 1 and 2 \(statement-made russia ceasefire \(accept \+\); statement-made ukraine ceasefire \(demand \+\)\) are both at position 1: .*store them in one stored\(\[\.\.\.\]\) call/,
    );
    const log = new TestLog();
    log.append(statement({ holder: 'a', issue: 'b', kind: 'demand', polarity: '+' }));
    expect(() => log.append(a!)).toThrow(/TestLog.append: the first event \(statement-made russia ceasefire \(accept \+\)\) is at position 1, not after the log's last \(1\)/);
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

  it("moves a month on to the month's last day when it lacks the day, not on into the next month", () => {
    const day = (start: string, duration: string) => timeline(start, (t) => t.after(duration).say({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' }))[0]!;
    const statedOn = (e: ReturnType<typeof day>) => (e.type === 'statement-made' ? e.data.statedAt : undefined);
    expect(statedOn(day('2025-01-31', '1 month'))).toBe('2025-02-28');
    expect(statedOn(day('2024-02-29', '12 months'))).toBe('2025-02-28');
    expect(statedOn(day('2024-01-31', '1 month'))).toBe('2024-02-29');
    expect(statedOn(day('2025-03-31', '1 month'))).toBe('2025-04-30');
    expect(statedOn(day('2025-01-15', '1 month'))).toBe('2025-02-15');
  });

  it('refuses a malformed day or duration', () => {
    expect(() => timeline('2025-02-30', () => undefined)).toThrow(/timeline start: not a day/);
    expect(() => timeline('2025-02-01', (t) => t.after('soon'))).toThrow(/expected '<n> days\|weeks\|months', got "soon"/);
  });
});
