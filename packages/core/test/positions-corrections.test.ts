import { deserialize, serialize } from 'node:v8';
import {
  analysis,
  contradictionList,
  eventId,
  eventsAsOf,
  eventWithdrawn,
  getPosition,
  memorySnapshots,
  positionList,
  openMemoryStore,
  positions,
  project,
  readAll,
  replay,
  statementMade,
  step,
  withoutWithdrawn,
} from '@stancelog/core';
import type { Corrects, EventStore, Statement, StoredEvent } from '@stancelog/core';
import { stored } from '@stancelog/testing';
import fc from 'fast-check';
import { firmKinds, logOf, longLogs, words } from './logs-read-out-of-order.js';
import type { Said } from './logs-read-out-of-order.js';

// A statement entered wrongly is withdrawn and its corrected copy appended
// in one append (`stancelog correct`). Of a holder's words on an issue
// stated at one time, the later in the log counts last: a copy appended
// last would count after the words the log learnt since the statement, and
// could turn the stance. A copy that says what it corrects (`corrects`)
// counts where that statement did.
const said = (over: Partial<Statement> & Pick<Statement, 'kind' | 'polarity'>): Statement => ({
  holder: 'nurses-union',
  issue: 'arbitration',
  statedAt: '2026-03-12',
  source: { quote: `${over.kind} ${over.polarity}`, publisher: 'Wire' },
  ...over,
});

// #1 the union accepts arbitration, #2 it rejects it, both of 2026-03-12: the later in the log, the rejection, counts.
async function logOfOneDay(): Promise<{ store: EventStore; accepted: StoredEvent }> {
  const store = openMemoryStore();
  const r = await store.append([
    statementMade({ ...said({ kind: 'accept', polarity: '+', speaker: { name: 'R. Okafor', actor: 'nurses-union' } }), recordedAt: '2026-03-13T08:00:00Z' }),
    statementMade({ ...said({ kind: 'reject', polarity: '-' }), recordedAt: '2026-03-13T09:00:00Z' }),
  ]);
  if (r._tag === 'Left') throw new Error(r.left.message);
  return { store, accepted: r.right.appended[0]! };
}

// What `stancelog correct` appends: the withdrawal of `target` and its copy with `change` (here, the speaker's name spelt right).
async function correct(store: EventStore, target: StoredEvent, corrects: Corrects | undefined, recordedAt = '2026-03-20T10:00:00Z'): Promise<StoredEvent> {
  if (target.type !== 'statement-made') throw new Error('a statement');
  const { corrects: _previous, ...data } = target.data;
  const copy: Statement = { ...data, speaker: { name: 'Ruth Okafor', actor: 'nurses-union' }, ...(corrects ? { corrects } : {}) };
  const r = await store.append([{ ...eventWithdrawn(target.id, 'the speaker is Ruth Okafor'), recordedAt }, statementMade({ ...copy, recordedAt })]);
  if (r._tag === 'Left') throw new Error(r.left.message);
  return r.right.appended[1]!;
}

const stance = (events: ReadonlyArray<StoredEvent>) => getPosition(replay(positions(), withoutWithdrawn(events)), 'nurses-union', 'arbitration')!;

describe('a correction that says what it corrects', () => {
  it('counts where the statement it corrects did among the words of its time, not after those the log learnt since', async () => {
    const { store, accepted } = await logOfOneDay();
    const copy = await correct(store, accepted, { event: accepted.id, position: accepted.position });
    const p = stance(await readAll(store));
    expect(p.current.polarity).toBe('-');
    expect(p.history.map((e) => e.id)).toEqual([copy.id, p.current.id]);
    // The copy's place is the statement's: its entry's position, which rules order the words of one minute by.
    expect(p.history[0]!.position).toBe(accepted.position);
  });

  it('is a copy appended last when it does not say what it corrects, and then turns the stance (what correct did before)', async () => {
    const { store, accepted } = await logOfOneDay();
    await correct(store, accepted, undefined);
    expect(stance(await readAll(store)).current.polarity).toBe('+');
  });

  it('keeps the place of the first statement when a correction is corrected in turn', async () => {
    const { store, accepted } = await logOfOneDay();
    const copy = await correct(store, accepted, { event: accepted.id, position: accepted.position });
    // The copy's own `corrects` says where it stood: the second copy takes that place, not the first copy's log position.
    const again = await correct(store, copy, { event: copy.id, position: accepted.position }, '2026-03-21T10:00:00Z');
    const p = stance(await readAll(store));
    expect([p.current.polarity, p.history.map((e) => e.id)]).toEqual(['-', [again.id, p.current.id]]);
  });

  it('leaves the statement counting as of a recorded time before the correction, and the copy in its place after', async () => {
    const { store, accepted } = await logOfOneDay();
    const copy = await correct(store, accepted, { event: accepted.id, position: accepted.position });
    const events = await readAll(store);
    const before = stance(eventsAsOf(events, { recordedTime: '2026-03-19' }));
    const after = stance(eventsAsOf(events, { recordedTime: '2026-03-21' }));
    expect([before.current.polarity, before.history[0]!.id]).toEqual(['-', accepted.id]);
    expect([after.current.polarity, after.history[0]!.id]).toEqual(['-', copy.id]);
  });

  it('counts beside the statement, ordered by id, when the withdrawal is withdrawn and both count, whatever order they are read in', async () => {
    const { store, accepted } = await logOfOneDay();
    const copy = await correct(store, accepted, { event: accepted.id, position: accepted.position });
    const withdrawal = (await readAll(store)).find((e) => e.type === 'event-withdrawn')!;
    await store.append([eventWithdrawn(withdrawal.id, 'the first spelling was right')]);
    const events = withoutWithdrawn(await readAll(store));
    const statements = events.filter((e) => e.type === 'statement-made');
    const inLogOrder = getPosition(replay(positions(), statements), 'nurses-union', 'arbitration')!;
    const reversed = getPosition(replay(positions(), [...statements].reverse()), 'nurses-union', 'arbitration')!;
    expect(inLogOrder.history.map((e) => e.id)).toEqual([accepted.id, copy.id].sort().concat(inLogOrder.current.id));
    expect(reversed.history.map((e) => e.id)).toEqual(inLogOrder.history.map((e) => e.id));
    expect([inLogOrder.current.polarity, reversed.current.polarity]).toEqual(['-', '-']);
  });

  it('keeps its place in a snapshot of the positions, and in a projection resumed from one', async () => {
    const { store, accepted } = await logOfOneDay();
    const copy = await correct(store, accepted, { event: accepted.id, position: accepted.position });
    const snapshots = memorySnapshots();
    await project(store, positions(), { snapshots, snapshotEvery: 1 });
    // One more word, of another issue: the projection resumes from the snapshot, and reads it alone.
    await store.append([statementMade(said({ issue: 'pay-rise', kind: 'demand', polarity: '+' }))]);
    const resumed = await project(store, positions(), { snapshots });
    if (resumed._tag === 'Left') throw new Error(resumed.left.message);
    expect(resumed.right.replayed).toBe(1);
    const codec = positions().snapshot!;
    const decoded = codec.decode(deserialize(serialize(codec.encode(resumed.right.state))));
    for (const s of [resumed.right.state, decoded]) {
      const p = getPosition(s, 'nurses-union', 'arbitration')!;
      expect([p.current.polarity, p.history[0]!.id, p.history[0]!.position]).toEqual(['-', copy.id, accepted.position]);
    }
  });

  it('changes no id of a statement that corrects nothing, and gives the copy an id of its own', () => {
    const plain = statementMade(said({ kind: 'accept', polarity: '+' }));
    const copy = statementMade({ ...said({ kind: 'accept', polarity: '+' }), corrects: { event: '3f2a9c1b0d4e5f60718293a4b5c6d7e8', position: 1 } });
    expect(eventId(plain)).not.toBe(eventId(copy));
    expect(eventId(statementMade({ ...said({ kind: 'accept', polarity: '+' }), corrects: undefined }))).toBe(eventId(plain));
  });

  it('is refused by an append when its position is not a log position, naming the field', async () => {
    const r = await openMemoryStore().append([statementMade({ ...said({ kind: 'accept', polarity: '+' }), corrects: { event: '3f2a9c1b0d4e5f60718293a4b5c6d7e8', position: 0 } })]);
    expect(r._tag === 'Left' && r.left.message).toMatch(/data\.corrects\.position: .*a log position/);
  });
});

describe('the analysis, of a correction of a word of a crowded day', () => {
  // Russia refused a truce on March 10; on March 12 it accepted one (#2) and then refused it again (#3): the day's word is
  // the refusal, and Russia's stance does not turn. Ukraine wants the truce: the two stances are incompatible.
  async function crowdedDay(): Promise<{ store: EventStore; accepted: StoredEvent }> {
    const store = openMemoryStore();
    const r = await store.append([
      statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2026-03-10', source: { quote: 'no truce', publisher: 'TASS' } }),
      statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2026-03-12', source: { quote: 'a truce, yes', publisher: 'TASS' } }),
      statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2026-03-12', source: { quote: 'no truce after all', publisher: 'TASS' } }),
      statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2026-03-11', source: { quote: 'a truce now', publisher: 'Ukrinform' } }),
    ]);
    if (r._tag === 'Left') throw new Error(r.left.message);
    return { store, accepted: r.right.appended[1]! };
  }
  const fix = async (store: EventStore, accepted: StoredEvent, placed: boolean) => {
    if (accepted.type !== 'statement-made') throw new Error('a statement');
    // The quote corrected, not the outlet: another outlet's account of that day would be another source, and conflict with TASS's.
    const copy: Statement = { ...accepted.data, source: { ...accepted.data.source, quote: 'a truce, yes, for thirty days' }, ...(placed ? { corrects: { event: accepted.id, position: accepted.position } } : {}) };
    await store.append([eventWithdrawn(accepted.id, 'the quote was cut short'), statementMade(copy)]);
  };
  const types = (state: ReturnType<ReturnType<typeof analysis>['initial']>) => contradictionList(state).map((c) => `${c.type}:${c.status}`).sort();

  it('finds what it found before the correction: the turn of March 12 taken back that day, and the stances still incompatible', async () => {
    const { store, accepted } = await crowdedDay();
    const before = types(replay(analysis(), withoutWithdrawn(await readAll(store))));
    await fix(store, accepted, true);
    const after = replay(analysis(), withoutWithdrawn(await readAll(store)));
    expect(types(after)).toEqual(before);
    expect(before).toEqual(['incompatible:open', 'reversal:resolved']);
    expect(getPosition(after.positions, 'russia', 'ceasefire')!.current.polarity).toBe('-');
  });

  it('would find Russia turned, and the incompatibility ended, were the copy counted last of its day', async () => {
    const { store, accepted } = await crowdedDay();
    await fix(store, accepted, false);
    const after = replay(analysis(), withoutWithdrawn(await readAll(store)));
    expect(types(after)).toEqual(['incompatible:resolved', 'reversal:open']);
    expect(getPosition(after.positions, 'russia', 'ceasefire')!.current.polarity).toBe('+');
  });
});

// A log whose statement at `k` is corrected (withdrawn, and a copy that says what it corrects appended last) is read as
// the log in which the copy had stood there from the start: the same positions and contradictions, whatever the
// statement, the correction (a quote, a polarity) and the words of its time around it.
describe('a log with a correction, against the log that had the copy in the statement\'s place from the start', () => {
  const runs = Math.ceil(Number(process.env.STANCELOG_ORDER_RUNS ?? 1000) / 4);
  const sameDays = fc
    .array(words({ kinds: firmKinds, voices: 2, conditions: true }).map((w) => ({ ...w, day: 1 + (w.day % 2), dated: true })), { minLength: 2, maxLength: 12 })
    .map((list) => logOf(list, { kinds: firmKinds, voices: 2, conditions: true }));

  it('finds the same positions and contradictions (of every built-in rule)', () => {
    fc.assert(
      fc.property(sameDays, fc.nat(), fc.constantFrom('quote', 'polarity'), (log, pick, change) => {
        const events = stored(log);
        const target = events[pick % events.length]!;
        if (target.type !== 'statement-made') return;
        const fixed: Statement =
          change === 'quote' ? { ...target.data, source: { ...target.data.source, quote: `${target.data.source.quote}, corrected` } } : { ...target.data, polarity: target.data.polarity === '+' ? '-' : '+' };
        const copy = { ...fixed, corrects: { event: target.id, position: target.position } };
        const copyId = eventId({ type: 'statement-made', data: copy });
        const plainId = eventId({ type: 'statement-made', data: fixed });
        const head = events.length;
        const withCorrection = [
          ...events,
          { id: eventId(eventWithdrawn(target.id, 'wrong')), position: head + 1, recordedAt: target.recordedAt, schema: 1, tags: ['withdrawal', `event:${target.id}`], ...eventWithdrawn(target.id, 'wrong') },
          { ...target, id: copyId, position: head + 2, data: copy },
        ] as StoredEvent[];
        const fromTheStart = events.map((e) => (e === target ? ({ ...target, id: plainId, data: fixed } as StoredEvent) : e));
        const seen = (list: StoredEvent[]) => {
          const state = replay(analysis(), withoutWithdrawn(list));
          return JSON.stringify([positionList(state.positions), contradictionList(state)]).split(copyId).join(plainId);
        };
        expect(seen(withCorrection)).toBe(seen(fromTheStart));
      }),
      { numRuns: runs },
    );
  });
});

describe('an append of a correction', () => {
  it('refuses one whose place is not before its own position, naming the field and the position it would have', async () => {
    const store = openMemoryStore();
    await store.append([statementMade(said({ kind: 'accept', polarity: '+' }))]);
    const ahead = await store.append([statementMade({ ...said({ kind: 'reject', polarity: '-' }), corrects: { event: '3f2a9c1b0d4e5f60718293a4b5c6d7e8', position: 2 } })]);
    expect(ahead._tag === 'Left' && ahead.left.message).toBe(
      "event 1 of the batch: data.corrects.position: 2 is not before the statement's own position (2): a correction takes the place of a statement before it in the log (its # in stancelog log)",
    );
    const [first] = await readAll(store);
    const before = await store.append([statementMade({ ...said({ kind: 'reject', polarity: '-' }), corrects: { event: first!.id, position: 1 } })]);
    expect(before._tag).toBe('Right');
  });

  it('refuses one whose corrects.event is not the statement at corrects.position, naming both ids and the place, and appends nothing', async () => {
    const { store, accepted } = await logOfOneDay();
    const [, rejected] = await readAll(store);
    // Names #2 and takes #1's place: it would count where #1 did, in its stead.
    const r = await store.append([eventWithdrawn(accepted.id, 'misquoted'), statementMade({ ...said({ kind: 'demand', polarity: '+' }), corrects: { event: rejected!.id, position: 1 } })]);
    expect(r._tag === 'Left' && r.left).toMatchObject({
      _tag: 'InvalidEvent',
      index: 1,
      issues: [{ path: 'data.corrects.event', actual: rejected!.id }],
      message: `event 2 of the batch: data.corrects.event: ${rejected!.id} is not the statement at position 1, which is statement ${accepted.id}: a correction names the statement it replaces and takes its place; give corrects.position the # of ${rejected!.id} in stancelog log (of a correction, the place it took), or corrects.event the id of the statement at 1`,
    });
    expect(await store.head()).toBe(2);
  });

  it('refuses one whose corrects names a registry event, the place of no statement', async () => {
    const store = openMemoryStore();
    const alias = await store.append([{ type: 'alias-added', data: { actor: 'nurses-union', alias: 'the union' } }]);
    const id = alias._tag === 'Right' ? alias.right.appended[0]!.id : '';
    const r = await store.append([statementMade({ ...said({ kind: 'accept', polarity: '+' }), corrects: { event: id, position: 1 } })]);
    expect(r._tag === 'Left' && r.left.message).toBe(
      `event 1 of the batch: data.corrects.event: ${id}, at position 1, is an event of type alias-added, not a statement: a correction replaces a statement (withdraw the alias-added event and append it anew, without corrects)`,
    );
    const named = await store.append([statementMade({ ...said({ kind: 'accept', polarity: '+' }), corrects: { event: '3f2a9c1b0d4e5f60718293a4b5c6d7e8', position: 1 } })]);
    expect(named._tag === 'Left' && named.left.message).toContain(`data.corrects.event: 3f2a9c1b0d4e5f60718293a4b5c6d7e8 is not the statement at position 1, which is the alias-added event ${id}`);
    expect(await store.head()).toBe(1);
  });

  it('takes a correction of a correction, which names the copy and the place the copy took, and one of a statement earlier in its batch', async () => {
    const { store, accepted } = await logOfOneDay();
    const copy = statementMade({ ...said({ kind: 'accept', polarity: '+' }), statedAt: '2026-03-11', corrects: { event: accepted.id, position: 1 } });
    expect((await store.append([eventWithdrawn(accepted.id, 'wrong day'), copy]))._tag).toBe('Right');
    const again = statementMade({ ...said({ kind: 'accept', polarity: '+' }), statedAt: '2026-03-10', corrects: { event: eventId(copy), position: 1 } });
    expect((await store.append([eventWithdrawn(eventId(copy), 'wrong day again'), again]))._tag).toBe('Right');
    // The copy took position 1, not 2: named with 2, its correction is refused.
    const elsewhere = await store.append([statementMade({ ...said({ kind: 'demand', polarity: '+' }), corrects: { event: eventId(again), position: 2 } })]);
    expect(elsewhere._tag === 'Left' && elsewhere.left.message).toContain(`data.corrects.event: ${eventId(again)} is not the statement at position 2, which is statement `);
    const fresh = statementMade(said({ kind: 'reject', polarity: '-', statedAt: '2026-03-13' }));
    const fix = statementMade({ ...said({ kind: 'reject', polarity: '-', statedAt: '2026-03-14' }), corrects: { event: eventId(fresh), position: 7 } });
    expect((await store.append([fresh, eventWithdrawn(eventId(fresh), 'wrong day'), fix]))._tag).toBe('Right');
  });
});

// Were the withdrawal of a corrected statement withdrawn, the statement and its copy would both count, at one place in
// the log's order, ordered by their ids: as in the log that had the copy beside the statement, on the side its id puts it.
// (A copy appended without the withdrawal counts so too.) Two entries of one place once made the incompatible rule take
// the one read first for the one read late (a clash missed): its statements marked are kept by id.
describe('a log in which a statement and its correction both count, against the log that had the copy beside the statement', () => {
  const runs = Math.ceil(Number(process.env.STANCELOG_ORDER_RUNS ?? 1000) / 4);
  const sameDays = fc
    .array(words({ kinds: firmKinds, voices: 2, conditions: true }).map((w) => ({ ...w, day: 1 + (w.day % 2), dated: true })), { minLength: 2, maxLength: 12 })
    .map((list) => logOf(list, { kinds: firmKinds, voices: 2, conditions: true }));

  // Corrects the statement `pick` of `log` by a copy (its quote, its polarity or its holder changed) appended last, without
  // withdrawing it; `type`: compare the contradictions of that type only.
  const holdsBeside = (log: ReadonlyArray<Said>, pick: number, change: 'quote' | 'polarity' | 'holder', type?: string): void => {
    const events = stored(log);
    const target = events[pick % events.length]!;
    if (target.type !== 'statement-made') return;
    const fixed: Statement =
      change === 'quote' ? { ...target.data, source: { ...target.data.source, quote: `${target.data.source.quote}, corrected` } }
      : change === 'holder' ? { ...target.data, holder: target.data.holder === 'russia' ? 'ukraine' : 'russia', speaker: undefined }
      : { ...target.data, polarity: target.data.polarity === '+' ? '-' : '+' };
    const copy = { ...fixed, corrects: { event: target.id, position: target.position } };
    const copyId = eventId({ type: 'statement-made', data: copy });
    const plainId = eventId({ type: 'statement-made', data: fixed });
    const both = [...events, { ...target, id: copyId, position: events.length + 1, data: copy }] as StoredEvent[];
    // Beside the statement: before it when the copy's id comes first, as positions order the two.
    const at = target.position - 1 + (copyId < target.id ? 0 : 1);
    const beside = [...events.slice(0, at), { ...target, id: plainId, data: fixed }, ...events.slice(at)].map((e, i) => ({ ...e, position: i + 1 })) as StoredEvent[];
    const seen = (state: ReturnType<ReturnType<typeof analysis>['initial']>) =>
      JSON.stringify([positionList(state.positions), contradictionList(state, type === undefined ? {} : { type })]).split(copyId).join(plainId);
    const expected = seen(replay(analysis(), beside));
    expect(seen(replay(analysis(), both))).toBe(expected);
    const a = analysis();
    expect(seen(both.reduce(step(a), a.initial()))).toBe(expected);
  };

  it('finds the same positions and contradictions (of every built-in rule), read at once and one event at a time', () => {
    fc.assert(fc.property(sameDays, fc.nat(), fc.constantFrom('quote', 'polarity'), (log, pick, change) => holdsBeside(log, pick, change)), { numRuns: runs });
  });

  // A copy that names another holder shares the place of the statement with a word of another holder: the two are
  // ordered by id there too, where incompatible once left them unordered (a clash of no length ended, or left open).
  it('finds the same incompatibilities when the copy moves the statement to another holder', () => {
    fc.assert(fc.property(sameDays, fc.nat(), (log, pick) => holdsBeside(log, pick, 'holder', 'incompatible')), { numRuns: runs });
  });

  it('finds them the same in a long history read out of order (where reversal derives anew only up to where two readings meet)', () => {
    fc.assert(fc.property(longLogs({ kinds: firmKinds }).map(([, read]) => read), fc.nat(), fc.constantFrom('quote', 'polarity'), (log, pick, change) => holdsBeside(log, pick, change)), { numRuns: Math.ceil(runs / 4) });
  });
});
