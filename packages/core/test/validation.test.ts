import fc from 'fast-check';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import {
  Actor,
  analysis,
  checkAsOf,
  Confidence,
  decodeIssues,
  eventId,
  formatIssues,
  Issue,
  openMemoryStore,
  positionList,
  readAll,
  registry,
  replay,
  startOf,
  StatedAt,
  Statement,
  statementMade,
  Timestamp,
} from '@stancelog/core';
import { decodeStored } from '@stancelog/core/store-kit';
import type { EventStore, NewEvent, StatementInput, StoredEvent } from '@stancelog/core';

const said = { holder: 'eu', issue: 'tariffs', kind: 'demand', polarity: '+', source: { quote: 'q' } } as const;

// What an append refuses, checking that nothing of the batch went in.
async function refused(events: ReadonlyArray<unknown>, store: EventStore = openMemoryStore()): Promise<string> {
  const before = await store.head();
  const r = await store.append(events as NewEvent[]);
  if (!isLeft(r)) throw new Error('expected a refusal');
  expect(r.left._tag).toBe('InvalidEvent');
  expect(await store.head()).toBe(before);
  return r.left.message;
}

describe('impossible dates inside timestamps', () => {
  it.each(['2025-04-31T09:00:00Z', '2025-02-30T00:00:00Z', '2025-02-29T10:00:00+01:00', '2025-02-03T24:00:00Z', '2025-02-03T10:60Z', '2025-02-03T10:00:61Z', '2025-02-03T23:59:60Z'])(
    '%s is neither a stated time nor a timestamp',
    (value) => {
      expect([StatedAt.is(value), Timestamp.is(value)]).toEqual([false, false]);
    },
  );

  it('still takes the days and times that exist', () => {
    for (const value of ['2024-02-29T10:00:00+01:00', '2025-04-30T23:59:59.999Z', '2025-02-03T00:00+0530', '0050-02-28T12:00:00Z']) {
      expect([value, StatedAt.is(value), Timestamp.is(value)]).toEqual([value, true, true]);
    }
  });

  it('reads a valid timestamp as the instant Date.parse reads', () => {
    const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
    const instant = fc
      .record({
        year: fc.integer({ min: 1000, max: 9998 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
        hour: fc.integer({ min: 0, max: 23 }),
        minute: fc.integer({ min: 0, max: 59 }),
        second: fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
        fraction: fc.option(fc.stringMatching(/^\d{1,9}$/), { nil: undefined }),
        zone: fc.oneof(fc.constant('Z'), fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.boolean()).map(([sign, h, m, colon]) => `${sign}${pad(h)}${colon ? ':' : ''}${pad(m)}`)),
      })
      .map(({ year, month, day, hour, minute, second, fraction, zone }) => {
        const seconds = second === undefined ? '' : `:${pad(second)}${fraction === undefined ? '' : `.${fraction}`}`;
        return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}${seconds}${zone}`;
      });
    fc.assert(fc.property(instant, (value) => expect(startOf(value)).toBe(Date.parse(value))), { numRuns: 500 });
  });

  it('says which day or time does not exist, and in which field', async () => {
    const message = await refused([statementMade({ ...said, statedAt: '2025-04-31T09:00:00Z', recordedAt: '2025-02-03T24:00:00Z', source: { quote: 'q', publishedAt: '2025-02-29T10:00:00+01:00' } })]);
    expect(message.split('; ')).toEqual([
      'event 1 of the batch: data.source.publishedAt: 2025-02-29 is not a day of the calendar (February 2025 has 28 days)',
      'data.statedAt: 2025-04-31 is not a day of the calendar (April has 30 days)',
      'recordedAt: 24:00:00 is not a time of day (hours run from 00 to 23: midnight at the end of a day is 00:00 of the next)',
    ]);
  });

  it('refuses them in office validity periods and in asOf too', async () => {
    const office = { type: 'office-held', data: { person: 'friedrich-merz', office: { actor: 'germany', title: 'Chancellor', from: '2025-05-06T09:00:00Z', until: '2029-02-29T00:00:00Z' } } };
    expect(await refused([office])).toBe('event 1 of the batch: data.office.until: 2029-02-29 is not a day of the calendar (February 2029 has 28 days)');
    const actor = { type: 'actor-registered', data: { id: 'keir-starmer', kind: 'person', name: 'Keir Starmer', offices: [{ actor: 'united-kingdom', title: 'Prime Minister', from: '2024-06-31T12:00:00Z' }] } };
    expect(await refused([actor])).toBe('event 1 of the batch: data.offices[0].from: 2024-06-31 is not a day of the calendar (June has 30 days)');
    expect(isLeft(checkAsOf({ validTime: '2025-04-31T09:00:00Z' }))).toBe(true);
    expect(isLeft(checkAsOf({ recordedTime: '2025-02-03T24:00:00Z' }))).toBe(true);
  });
});

describe('an impossible timestamp a log already holds (stored by an earlier version)', () => {
  it('still replays, read as the earlier version read it (rolled over), rather than failing the projection', () => {
    // As a store reads a line it wrote and checksummed: not decoded again.
    const stored = { id: 'a'.repeat(32), position: 1, schema: 1, tags: [], type: 'statement-made', recordedAt: '2025-05-02T09:00:00Z', data: { ...said, statedAt: '2025-04-31T09:00:00Z' } } as unknown as StoredEvent;
    const state = replay(analysis(), [stored]);
    expect(positionList(state).map((p) => [p.holder, p.since])).toEqual([['eu', '2025-04-31T09:00:00Z']]);
    expect(startOf('2025-04-31T09:00:00Z')).toBe(Date.UTC(2025, 4, 1, 9));
    expect(StatedAt.is('2025-04-31T09:00:00Z')).toBe(false);
  });
});

describe('unknown fields', () => {
  const misspelt = JSON.parse(
    '{"holder":"eu","issue":"tariffs","kind":"demand","polarity":"+","stated_at":"2025-03-01","confidance":0.2,"conditons":[{"issue":"quotas","polarity":"-"}],"source":{"quote":"q","published_at":"2025-03-02"}}',
  ) as StatementInput;

  it('are refused at any depth in a statement, with the near field name, and nothing of the batch is appended', async () => {
    const message = await refused([statementMade(said), statementMade(misspelt)]);
    expect(message.split('; ')).toEqual([
      'event 2 of the batch: data.stated_at: unknown field (statedAt?)',
      'data.confidance: unknown field (confidence?)',
      'data.conditons: unknown field (conditions?)',
      'data.source.published_at: unknown field (publishedAt?)',
    ]);
  });

  it('are refused in a condition, a speaker and the other events, and beside the data', async () => {
    expect(await refused([statementMade({ ...said, conditions: [{ issue: 'quotas', polarity: '-', polarty: '+' } as never] })])).toBe(
      'event 1 of the batch: data.conditions[0].polarty: unknown field (polarity?)',
    );
    expect(await refused([statementMade({ ...said, speaker: { name: 'Ursula von der Leyen', actr: 'eu' } as never })])).toBe('event 1 of the batch: data.speaker.actr: unknown field (actor?)');
    expect(await refused([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv', aliass: 'Kiev' } }])).toBe('event 1 of the batch: data.aliass: unknown field (alias?)');
    const offices = [{ actor: 'united-kingdom', title: 'Prime Minister', from: '2024-07-05', untill: '2026-01-01' }];
    expect(await refused([{ type: 'actor-registered', data: { id: 'keir-starmer', kind: 'person', name: 'Keir Starmer', offices } }])).toBe(
      'event 1 of the batch: data.offices[0].untill: unknown field (until?)',
    );
    expect(await refused([{ ...statementMade(said), recordedat: '2025-03-01T00:00:00Z' }])).toBe('event 1 of the batch: recordedat: unknown field (recordedAt?)');
    expect(await refused([{ type: 'statement-made', data: { ...said, recordedAt: '2025-03-01T00:00:00Z' } }])).toBe(
      'event 1 of the batch: data.recordedAt: unknown field (recordedAt goes beside data, on the event, as statementMade puts it)',
    );
  });

  it('are named besides what is wrong with the known ones', async () => {
    expect(await refused([{ type: 'statement-made', data: { ...said, polarity: 'yes', statedat: '2025-03-01' } }])).toBe(
      'event 1 of the batch: data.polarity: expected one of "0", "+", "-", got "yes"; data.statedat: unknown field (statedAt?)',
    );
  });

  it('do not include the envelope of an event read from a log: a log still copies into another', async () => {
    const source = openMemoryStore();
    await source.append([statementMade({ ...said, statedAt: '2025-03-01' }), { type: 'alias-added', data: { actor: 'eu', alias: 'Brussels' } }], { now: new Date('2025-03-02T00:00:00Z') });
    const stored = await readAll(source);
    const target = openMemoryStore();
    const r = await target.append(stored);
    expect(isRight(r) && r.right.appended.map((e) => [e.id, e.recordedAt])).toEqual(stored.map((e) => [e.id, e.recordedAt]));
  });
});

describe('statementMade', () => {
  it('keeps a StatementInput\'s recordedAt on the event, where the store takes it', async () => {
    const input: StatementInput = { ...said, statedAt: '2025-03-01', recordedAt: '2025-03-02T08:00:00Z' };
    const made = statementMade(input);
    expect(made).toEqual({ type: 'statement-made', data: { ...said, statedAt: '2025-03-01' }, recordedAt: '2025-03-02T08:00:00Z' });
    expect(eventId(made)).toBe(eventId(statementMade({ ...said, statedAt: '2025-03-01' })));
    const r = await openMemoryStore().append([made], { now: new Date('2025-06-01T00:00:00Z') });
    expect(isRight(r) && r.right.appended[0]?.recordedAt).toBe('2025-03-02T08:00:00Z');
    const now = await openMemoryStore().append([statementMade({ ...said, recordedAt: undefined })], { now: new Date('2025-06-01T00:00:00Z') });
    expect(isRight(now) && now.right.appended[0]?.recordedAt).toBe('2025-06-01T00:00:00.000Z');
  });

  it('checks nothing, as eventWithdrawn does not: given what is no statement (from JavaScript), it throws nothing, and the append refuses it as a value', async () => {
    const store = openMemoryStore();
    const refusals: unknown[] = [];
    for (const input of [undefined, null, 'Kyiv demands a ceasefire']) {
      const r = await store.append([statementMade(input as never)]);
      refusals.push(isLeft(r) && r.left.message);
    }
    expect(refusals).toEqual([
      'event 1 of the batch: data: required: an object with at least {holder, issue, kind, polarity, source}',
      'event 1 of the batch: data: expected an object with at least {holder, issue, kind, polarity, source}, got null',
      'event 1 of the batch: data: expected an object with at least {holder, issue, kind, polarity, source}, got "Kyiv demands a ceasefire"',
    ]);
    expect(await store.head()).toBe(0);
  });
});

describe('error messages', () => {
  it('show a confidence of Infinity or NaN as it is, not as null', () => {
    for (const [value, shown] of [[Infinity, 'Infinity'], [-Infinity, '-Infinity'], [NaN, 'NaN']] as const) {
      const r = Confidence.decode(value);
      expect(isLeft(r) && formatIssues(decodeIssues(r.left))).toBe(`value: expected a confidence from 0 to 1, got ${shown}`);
    }
    const offsets = Statement.decode({ ...said, source: { quote: 'q', offsets: [1, Infinity] } });
    expect(isLeft(offsets) && formatIssues(decodeIssues(offsets.left))).toBe('source.offsets: expected offsets [start, end]: whole numbers, 0 <= start <= end, got [1,Infinity]');
  });

  it('show a bigint as written (1n), not as the number it would be', () => {
    const r = Confidence.decode(BigInt(1));
    expect(isLeft(r) && formatIssues(decodeIssues(r.left))).toBe('value: expected a confidence from 0 to 1, got 1n');
    const offsets = Statement.decode({ ...said, source: { quote: 'q', offsets: [BigInt(1), 2] } });
    expect(isLeft(offsets) && formatIssues(decodeIssues(offsets.left))).toBe('source.offsets[0]: expected number, got 1n');
  });

  it('say a missing field is required, and what a list or an object holds, without the names of the codecs', async () => {
    const r = Statement.decode({ holder: 'eu', issue: 'tariffs', kind: 'demand', polarity: '+', conditions: { issue: 'quotas', polarity: '-' }, speaker: {} });
    expect(isLeft(r) && formatIssues(decodeIssues(r.left)).split('; ')).toEqual([
      'source: required: an object with at least {quote}',
      'speaker.name: required: a string',
      'conditions: expected a list of {issue, polarity}, got {"issue":"quotas","polarity":"-"}',
    ]);
    expect(await refused([{ type: 'office-held', data: { person: 'friedrich-merz' } }])).toBe('event 1 of the batch: data.office: required: an object with at least {actor, title, from}');
    expect(await refused([{ type: 'actor-registered', data: { id: 'keir-starmer', kind: 'person', name: 'Keir Starmer', aliases: 'Starmer' } }])).toBe(
      'event 1 of the batch: data.aliases: expected a list of strings, got "Starmer"',
    );
    expect(await refused([{ type: 'statement-made', data: { ...said, kind: undefined } }])).toMatch(/^event 1 of the batch: data\.kind: required: one of "demand", "propose", /);
  });
});

describe('conditions', () => {
  it('may not name the statement\'s own issue', async () => {
    const talks = statementMade({ holder: 'ukraine', issue: 'peace-talks', kind: 'condition', polarity: '+', conditions: [{ issue: 'ceasefire', polarity: '+' }, { issue: 'peace-talks', polarity: '+' }], source: { quote: 'q' } });
    expect(await refused([talks])).toBe('event 1 of the batch: data.conditions[1].issue: a statement cannot be conditioned on its own issue (peace-talks)');
  });

  it('may not name one issue with opposite polarities; named twice alike, it is one condition', async () => {
    const both = statementMade({ ...said, conditions: [{ issue: 'quotas', polarity: '+' }, { issue: 'quotas', polarity: '-' }] });
    expect(await refused([both])).toBe('event 1 of the batch: data.conditions[1].polarity: quotas is already a condition with polarity "+" (conditions[0]): it cannot also be one with "-"');
    const twice = statementMade({ ...said, conditions: [{ issue: 'quotas', polarity: '+' }, { issue: 'quotas', polarity: '+' }] });
    expect(isRight(await openMemoryStore().append([twice]))).toBe(true);
  });
});

describe('issues', () => {
  it('may not be within themselves; the batch is refused, the log left as it was', async () => {
    const talks = { type: 'issue-defined', data: { id: 'talks', title: 'Talks', proposition: 'talks are held', parent: 'talks' } } as NewEvent;
    expect(await refused([talks])).toBe('event 1 of the batch: data.parent: "talks" is the issue itself: an issue is not within itself');
  });
});

describe('offices', () => {
  it('may not end before they begin, in an actor registered or an office held; the batch is refused, the log left as it was (a review\'s finding)', async () => {
    const minister = { type: 'actor-registered', data: { id: 'p', kind: 'person', name: 'P', offices: [{ actor: 'russia', title: 'Minister', from: '2025-05-01', until: '2025-01-01' }] } } as NewEvent;
    expect(await refused([minister])).toBe('event 1 of the batch: data.offices[0].until: 2025-01-01 is before from (2025-05-01): an office ends after it begins');
    // At their precision: an office from May 2025 cannot end in April; held for a day, or ended within its month, it can.
    const envoy = (from: string, until: string) => ({ type: 'office-held', data: { person: 'q', office: { actor: 'russia', title: 'Envoy', from, until } } }) as NewEvent;
    expect(await refused([envoy('2025-05', '2025-04-30')])).toBe('event 1 of the batch: data.office.until: 2025-04-30 is before from (2025-05): an office ends after it begins');
    const store = openMemoryStore();
    expect(isRight(await store.append([envoy('2025-05-01', '2025-05-01'), envoy('2025-05', '2025-05-02')]))).toBe(true);
  });
});

describe('the texts of a statement', () => {
  const said = (source: { quote: string }, speaker?: { name: string; actor?: string }) =>
    statementMade({ holder: 'nurses-union', issue: 'pay-rise', kind: 'demand', polarity: '+', ...(speaker ? { speaker } : {}), source });

  it('may not be blank when appended through the library, as stancelog append refuses them: a quote, a speaker\'s name (a review\'s finding)', async () => {
    expect(await refused([said({ quote: '  ' })])).toBe('event 1 of the batch: data.source.quote: empty: give the words the statement rests on (a quote, or a paraphrase of what was said)');
    // A blank speaker made summaries that name no one: "Ann Ortiz (+) and  (-) both speak for city-council".
    expect(await refused([said({ quote: 'we want 8 percent' }, { name: ' ', actor: 'nurses-union' })])).toBe(
      "event 1 of the batch: data.speaker.name: empty: give the speaker's name, or leave speaker out (the holder's own word, unnamed)",
    );
    expect(isRight(await openMemoryStore().append([said({ quote: 'we want 8 percent' }, { name: 'Priya Okafor', actor: 'nurses-union' })]))).toBe(true);
  });
});

describe('names and texts of the registry', () => {
  const union = (name: string, aliases?: string[]) => ({ type: 'actor-registered', data: { id: 'nurses-union', kind: 'organisation', name, ...(aliases ? { aliases } : {}) } }) as NewEvent;
  const payRise = (title: string, proposition: string) => ({ type: 'issue-defined', data: { id: 'pay-rise', title, proposition } }) as NewEvent;

  it('may not be blank when appended: an actor\'s name or alias, an alias added, an issue\'s title or proposition; the batch is refused, naming the field (a review\'s finding)', async () => {
    const empty = 'empty: give a name the actor is known by (a blank one names no one)';
    expect(await refused([union('')])).toBe(`event 1 of the batch: data.name: ${empty}`);
    expect(await refused([union('Nurses Union', ['RNU', ' \t'])])).toBe(`event 1 of the batch: data.aliases[1]: ${empty}`);
    expect(await refused([{ type: 'alias-added', data: { actor: 'nurses-union', alias: '  ' } }])).toBe(`event 1 of the batch: data.alias: ${empty}`);
    expect(await refused([payRise(' ', '')])).toBe(
      'event 1 of the batch: data.title: empty: give the issue a title (a few words, as tables and reports show it); data.proposition: empty: give the proposition a + stance wants (and a - stance rejects)',
    );
    expect(isRight(await openMemoryStore().append([union('Nurses Union', ['RNU']), payRise('Pay rise', 'nurses are paid more')]))).toBe(true);
  });

  it('may not be blank when appended: an office\'s title, of an actor registered or an office held; the batch is refused, naming the field (a review\'s finding)', async () => {
    const empty = 'empty: give the title of the office, as texts name it (Prime Minister, General Secretary)';
    const office = (title: string) => ({ actor: 'nurses-union', title, from: '2023-01-01' });
    const okafor = (...titles: string[]) => ({ type: 'actor-registered', data: { id: 'priya-okafor', kind: 'person', name: 'Priya Okafor', offices: titles.map(office) } }) as NewEvent;
    const held = (title: string) => ({ type: 'office-held', data: { person: 'priya-okafor', office: office(title) } }) as NewEvent;
    expect(await refused([okafor('General Secretary', ' \t')])).toBe(`event 1 of the batch: data.offices[1].title: ${empty}`);
    expect(await refused([okafor('General Secretary'), held('')])).toBe(`event 2 of the batch: data.office.title: ${empty}`);
    expect(isRight(await openMemoryStore().append([okafor('General Secretary'), held('President')]))).toBe(true);
    // As the Actor codec refuses one, an actors file's.
    const r = Actor.decode({ id: 'priya-okafor', kind: 'person', name: 'Priya Okafor', offices: [office('  ')] });
    expect(isLeft(r) ? decodeIssues(r.left).map((i) => i.message) : []).toEqual([`offices[0].title: ${empty}`]);
  });

  it('are refused blank by the Actor and Issue codecs, as an actors file or a lexicon decodes them; a field left out is said as before', () => {
    const messages = (r: ReturnType<typeof Actor.decode> | ReturnType<typeof Issue.decode>) => (isLeft(r) ? decodeIssues(r.left).map((i) => i.message) : []);
    expect(messages(Actor.decode({ id: 'nurses-union', kind: 'organisation', name: '', aliases: ['RNU', ''] }))).toEqual([
      'name: empty: give a name the actor is known by (a blank one names no one)',
      'aliases[1]: empty: give a name the actor is known by (a blank one names no one)',
    ]);
    expect(messages(Issue.decode({ id: 'pay-rise', title: 'Pay rise', proposition: ' ' }))).toEqual(['proposition: empty: give the proposition a + stance wants (and a - stance rejects)']);
    expect(messages(Actor.decode({ id: 'nurses-union', kind: 'organisation', aliases: 'RNU' }))).toEqual(['name: required: a string', 'aliases: expected a list of strings, none blank, got "RNU"']);
  });

  it('already in a log, blank, are read as they are: the log is never rewritten, and reads on', () => {
    const envelope = { recordedAt: '2025-05-01T09:00:00Z', schema: 1, tags: [] };
    const records = [
      { ...envelope, id: 'a', position: 1, type: 'actor-registered', data: { id: 'nurses-union', kind: 'organisation', name: '', aliases: [' '] } },
      { ...envelope, id: 'b', position: 2, type: 'alias-added', data: { actor: 'nurses-union', alias: '' } },
      { ...envelope, id: 'c', position: 3, type: 'issue-defined', data: { id: 'pay-rise', title: '', proposition: ' ' } },
      { ...envelope, id: 'd', position: 4, type: 'actor-registered', data: { id: 'priya-okafor', kind: 'person', name: 'Priya Okafor', offices: [{ actor: 'nurses-union', title: ' ', from: '2023-01-01' }] } },
      { ...envelope, id: 'e', position: 5, type: 'office-held', data: { person: 'priya-okafor', office: { actor: 'nurses-union', title: '', from: '2024-01-01' } } },
    ];
    const read = records.map((record) => decodeStored(record));
    expect(read.map((r) => r._tag)).toEqual(['Right', 'Right', 'Right', 'Right', 'Right']);
    const known = replay(registry(), read.map((r) => (r as { right: StoredEvent }).right));
    expect([known.actors.get('nurses-union')?.actor.name, known.issues.get('pay-rise')?.issue.title]).toEqual(['', '']);
    expect(known.actors.get('priya-okafor')?.actor.offices?.map((o) => o.title)).toEqual([' ', '']);
  });
});
