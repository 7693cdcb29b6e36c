// A UI memoises a row on its view (`React.memo`): a view must be the same
// object while what it shows has not changed, and only then. A frozen state's
// positions and records never change, so their views are kept; a replay's
// own state changes in place, so its views are made anew at each call.
import { isLeft } from 'fp-ts/lib/Either.js';
import { analysis, contradictionList, contradictionView, eventWithdrawn, follow, getPosition, openMemoryStore, positionList, positionView, readAll, replay, statementMade } from '@stancelog/core';
import type { AnalysisState, EventStore, NewEvent, StoredEvent } from '@stancelog/core';

const said = (holder: string, issue: string, polarity: '+' | '-', statedAt: string): NewEvent =>
  statementMade({ holder, issue, kind: polarity === '+' ? 'demand' : 'reject', polarity, statedAt, source: { quote: `${holder} ${polarity} on ${issue}, ${statedAt}` } });

async function append(store: EventStore, events: NewEvent[]): Promise<StoredEvent[]> {
  const r = await store.append(events);
  if (isLeft(r)) throw new Error(r.left.message);
  return [...r.right.appended];
}

/** The states `follow` gives, in order, once `count` of them came. */
async function followed(store: EventStore, count: number, run: () => Promise<void>): Promise<AnalysisState[]> {
  const states: AnalysisState[] = [];
  const live = follow(store, analysis(), { onChange: (state) => void states.push(state) });
  await live.ready;
  await run();
  const deadline = Date.now() + 5000;
  while (states.length < count) {
    if (Date.now() > deadline) throw new Error(`${states.length} states, expected ${count}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await live.stop();
  return states;
}

const byKey = <V extends { holder: string; issue: string }>(views: ReadonlyArray<V>): Map<string, V> => new Map(views.map((v) => [`${v.holder} ${v.issue}`, v]));

describe('the views of a live state', () => {
  it('are the same objects, asked twice of one state', async () => {
    const store = openMemoryStore();
    await append(store, [said('union', 'wages', '+', '2026-09-01'), said('authority', 'wages', '-', '2026-09-02')]);
    const [state] = await followed(store, 1, async () => undefined);
    expect(positionList(state!)[0]).toBe(positionList(state!)[0]);
    expect(contradictionList(state!)[0]).toBe(contradictionList(state!)[0]);
    expect(Object.isFrozen(positionList(state!)[0])).toBe(true);
    expect(Object.isFrozen(contradictionList(state!)[0])).toBe(true);
  });

  it('are the same objects in the next state for what a new statement left unchanged, and new for what it changed', async () => {
    const store = openMemoryStore();
    await append(store, [
      said('union', 'wages', '+', '2026-09-01'),
      said('authority', 'wages', '-', '2026-09-02'),
      said('riders', 'fares', '-', '2026-09-03'),
      said('council', 'fares', '+', '2026-09-04'),
    ]);
    const [before, after] = await followed(store, 2, async () => void (await append(store, [said('riders', 'fares', '+', '2026-09-20')])));
    const [p0, p1] = [byKey(positionList(before!)), byKey(positionList(after!))];
    // Another issue, and another holder on the same issue: shared. The holder who spoke: a new view.
    expect(p1.get('union wages')).toBe(p0.get('union wages'));
    expect(p1.get('authority wages')).toBe(p0.get('authority wages'));
    expect(p1.get('council fares')).toBe(p0.get('council fares'));
    expect(p1.get('riders fares')).not.toBe(p0.get('riders fares'));
    expect(p1.get('riders fares')!.polarity).toBe('+');
    const [c0, c1] = [contradictionList(before!), contradictionList(after!)];
    const wages = (list: typeof c0) => list.find((c) => c.issues.includes('wages'));
    const fares = (list: typeof c0) => list.find((c) => c.type === 'incompatible' && c.issues.includes('fares'));
    expect(wages(c1)).toBe(wages(c0));
    // The clash on fares ended: its record changed, and so did its view.
    expect([fares(c0)!.status, fares(c1)!.status]).toEqual(['open', 'resolved']);
    expect(fares(c1)).not.toBe(fares(c0));
  });

  it('are all new after a withdrawal, which projects the log again', async () => {
    const store = openMemoryStore();
    const [first] = await append(store, [said('union', 'wages', '+', '2026-09-01'), said('riders', 'fares', '-', '2026-09-03')]);
    const [before, after] = await followed(store, 2, async () => void (await append(store, [eventWithdrawn(first!.id, 'misattributed')])));
    expect(byKey(positionList(after!)).get('riders fares')).not.toBe(byKey(positionList(before!)).get('riders fares'));
    expect(byKey(positionList(after!)).get('riders fares')).toEqual(byKey(positionList(before!)).get('riders fares'));
  });
});

describe('the views of a replay\'s own state (not frozen)', () => {
  it('show the position as it is now, after the replay changed it in place, not a view kept from before', async () => {
    const store = openMemoryStore();
    await append(store, [said('union', 'wages', '+', '2026-09-01')]);
    const state = replay(analysis(), await readAll(store));
    const p = getPosition(state.positions, 'union', 'wages')!;
    const first = positionView(p);
    expect(first.polarity).toBe('+');
    const [later] = await append(store, [said('union', 'wages', '-', '2026-09-10')]);
    // Continued in place: the same position object, changed.
    replay(analysis(), [later!], { from: state });
    expect(getPosition(state.positions, 'union', 'wages')).toBe(p);
    expect(positionView(p).polarity).toBe('-');
    expect(positionView(p)).not.toBe(first);
  });

  it('show a contradiction as it is now, after the replay resolved it in place', async () => {
    const store = openMemoryStore();
    await append(store, [said('union', 'wages', '+', '2026-09-01'), said('authority', 'wages', '-', '2026-09-02')]);
    const state = replay(analysis(), await readAll(store));
    const record = [...state.contradictions.byIssue.get('wages')!.records.values()].find((r) => r.type === 'incompatible')!;
    expect(contradictionView(record).status).toBe('open');
    const [later] = await append(store, [said('authority', 'wages', '+', '2026-09-10')]);
    replay(analysis(), [later!], { from: state });
    expect(contradictionView(record).status).toBe('resolved');
  });
});
