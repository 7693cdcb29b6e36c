// An analysis names statements by id (a contradiction's evidence, a
// position's runs): a page that shows their quotes, publishers and speakers
// keeps the statements beside it, `statements()` through `combine`, and looks
// each up with `statementOf` (a review's finding).
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import {
  analysis,
  combine,
  contradictionEvidence,
  contradictionList,
  eventWithdrawn,
  follow,
  memorySnapshots,
  openMemoryStore,
  positionList,
  project,
  readAll,
  replay,
  statementIndex,
  statementMade,
  statementOf,
  statements,
} from '@stancelog/core';
import type { EventStore, NewEvent, StatementsState, StoredEvent } from '@stancelog/core';

async function append(store: EventStore, events: NewEvent[], now?: string): Promise<StoredEvent[]> {
  const r = await store.append(events, now === undefined ? {} : { now: new Date(now) });
  if (isLeft(r)) throw new Error(r.left.message);
  return [...r.right.appended];
}

const demand = statementMade({
  holder: 'union',
  issue: 'wage-raise',
  kind: 'condition',
  polarity: '+',
  conditions: [{ issue: 'back-to-work', polarity: '-' }],
  statedAt: '2026-09-01',
  speaker: { name: 'Dana Ruiz', actor: 'union' },
  source: { quote: 'nothing under five percent', publisher: 'Harbourton Ledger', url: 'https://ledger.example/strike', title: 'Union holds out' },
});
const refusal = statementMade({ holder: 'transit-authority', issue: 'wage-raise', kind: 'reject', polarity: '-', statedAt: '2026-09-03', source: { quote: 'no money for a raise' } });

const both = () => combine({ analysis: analysis(), statements: statements() });

describe('statements() beside the analysis', () => {
  it("finds each statement of a contradiction's evidence by id, with its quote, publisher and speaker, as the CLI's explain shows them", async () => {
    const store = openMemoryStore();
    await append(store, [demand, refusal]);
    const r = await project(store, both());
    if (isLeft(r)) throw new Error(r.left.message);
    const [clash] = contradictionList(r.right.state.analysis);
    const shown = contradictionEvidence(r.right.state.analysis, clash!).statements.map((id) => statementOf(r.right.state, id));
    // What explain reads from the events read whole: the same records.
    const index = statementIndex(await readAll(store));
    expect(shown).toEqual(clash!.statements.map((id) => index.get(id)));
    expect(shown.map((s) => s && [s.holder, s.quote, s.publisher, s.speaker, s.title, s.link, s.stated])).toEqual([
      ['transit-authority', 'no money for a raise', null, null, null, null, '2026-09-03'],
      ['union', 'nothing under five percent', 'Harbourton Ledger', 'Dana Ruiz', 'Union holds out', 'https://ledger.example/strike', '2026-09-01'],
    ]);
    // A position's evidence too, and its history's runs.
    const [union] = positionList(r.right.state.analysis, { holder: 'union' });
    expect(union!.history.flatMap((run) => run.statements).map((id) => statementOf(r.right.state.statements, id)?.quote)).toEqual(['nothing under five percent']);
  });

  it('holds, as of a point, the statements known then, and leaves out those withdrawn', async () => {
    const store = openMemoryStore();
    const [first] = await append(store, [demand], '2026-09-02T08:00:00Z');
    const [second] = await append(store, [refusal], '2026-09-04T08:00:00Z');
    const at = async (asOf?: { recordedTime: string }): Promise<StatementsState> => {
      const r = await project(store, statements(), asOf === undefined ? {} : { asOf });
      if (isLeft(r)) throw new Error(r.left.message);
      return r.right.state;
    };
    const known = await at({ recordedTime: '2026-09-02' });
    expect([known.count, statementOf(known, first!.id)?.quote, statementOf(known, second!.id)]).toEqual([1, 'nothing under five percent', undefined]);
    await append(store, [eventWithdrawn(first!.id, 'misattributed')], '2026-09-05T08:00:00Z');
    const now = await at();
    expect([now.count, statementOf(now, first!.id), statementOf(now, second!.id)?.quote]).toEqual([1, undefined, 'no money for a raise']);
  });

  it('live, adds a statement by copying one small map: the rest of the index is shared with the state before', async () => {
    const store = openMemoryStore();
    // Enough statements to fill many of the maps.
    await append(
      store,
      Array.from({ length: 200 }, (_, i) => statementMade({ holder: `h${i % 20}`, issue: 'wage-raise', kind: 'demand', polarity: '+', statedAt: '2026-09-01', source: { quote: `q${i}` } })),
    );
    const states: StatementsState[] = [];
    const live = follow(store, statements(), { onChange: (state) => void states.push(state) });
    await live.ready;
    const [added] = await append(store, [refusal]);
    while (states.length < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    await live.stop();
    const [before, after] = states as [StatementsState, StatementsState];
    const prefix = added!.id.slice(0, 2);
    expect([before.count, after.count]).toEqual([200, 201]);
    expect(statementOf(after, added!.id)?.quote).toBe('no money for a raise');
    const unchanged = [...after.byPrefix].filter(([p, kept]) => p !== prefix && kept === before.byPrefix.get(p));
    expect(unchanged.length).toBe(after.byPrefix.size - 1);
    expect(after.byPrefix.get(prefix)).not.toBe(before.byPrefix.get(prefix));
    expect(Object.isFrozen(statementOf(after, added!.id))).toBe(true);
  });

  it("freezes its own copy of a statement's conditions, never the event's", async () => {
    const store = openMemoryStore();
    await append(store, [demand]);
    const events = await readAll(store);
    const frozen = replay(statements(), events, { freeze: true });
    const [info] = [...frozen.byPrefix.values()].flatMap((kept) => [...kept.values()]);
    expect(Object.isFrozen(info!.conditions)).toBe(true);
    const event = events[0]!;
    expect(event.type === 'statement-made' && Object.isFrozen(event.data.conditions)).toBe(false);
  });

  it('is a reducer of its own name and version, whose snapshot the projection takes back', async () => {
    expect([statements().name, statements().version]).toEqual(['statements', '1']);
    const store = openMemoryStore();
    await append(store, [demand, refusal]);
    const snapshots = memorySnapshots();
    await project(store, statements(), { snapshots, snapshotEvery: 1 });
    const again = await project(store, statements(), { snapshots });
    expect(isRight(again) && [again.right.replayed, again.right.state.count]).toEqual([0, 2]);
  });
});
